#!/usr/bin/env python3
"""Source of the devset130 annotation: the hand-chosen spans, values and dates for 1133-1140.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset130/annotation_source.py && python3 tests/devset130/verify.py
"""
import json, os, re
D=os.path.dirname(os.path.abspath(__file__))
T={f:open(os.path.join(D,'docs',f),encoding='utf-8').read() for f in os.listdir(os.path.join(D,'docs'))}
def doc(p): return [f for f in T if f.startswith(p)][0]
def line_of(t,off): return t.count('\n',0,off)+1
def last_line(p):
    L=T[doc(p)].split('\n')
    return max(i+1 for i,l in enumerate(L) if l.strip())
def cut80(s):
    if len(s)<=80: return s
    i=s.rfind(' ',0,81)
    return s[:i]
A,Q,C,E=[],[],[],[]
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    for _ in range(n):
        off=t.index(quote,off+1)
    if saw is not None: assert saw in t,(f,saw)
    if cue is not None: assert cue in t,(f,cue)
    if zone=='related': art=None
    Q.append(dict(doc=f,article_index=art,quote=quote,speaker=speaker,speaker_as_written=saw,cue=cue,malformed=malformed,partial=partial,zone=zone,line=line_of(t,off),offset=off,note=note))
def c(p,what,value,qual,subject,src,ev,art=0,zone='body',vmax=None,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    if zone=='related': art=None
    C.append(dict(doc=f,article_index=art,what=what,value=value,qualifier=qual,subject=subject,source_attributed=src,evidence=ev,value_max=vmax,zone=zone,line=line_of(t,t.index(ev)),note=note))
def e(p,date,typ,loc,parts,ev,art=0,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    E.append(dict(doc=f,article_index=art,date=date,type=typ,location=loc,participants=parts,evidence=ev,line=line_of(t,t.index(ev)),note=note))
def ln(p,s):
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
MOH='Kazakh Ministry of Health'; KA='Kazakh authorities'; NZMFAT='New Zealand Ministry of Foreign Affairs and Trade'
ARMFA='Argentine Foreign Ministry'

# ---------------- 1133 Canadian Press full-length wire story (Jan 11, 2022, a Tuesday)
art('1133',0,4,11,'The Canadian Press','2022-01-11',['Marc-Andre Tessier'],'OTTAWA',
    ['THE CANADIAN PRESS','Home | National | World | Politics | Business','By Marc-Andre Tessier','The Canadian Press',
     'Posted Jan 11, 2022 4:52 pm EST','Last Updated Jan 11, 2022 at 7:10 pm EST','— With files from The Associated Press',
     'Share this article:','Facebook Twitter Email','This report by The Canadian Press was first published Jan. 11, 2022.','© 2022 The Canadian Press'])
q('1133','The main mission of the peacekeepers has been accomplished. The withdrawal will be gradual and should not take more than ten days,',TOK,'Tokayev','said',note='a duration ("ten days") inside the quote, not a claim')
q('1133','It was not a peaceful rally. These were organized groups, and without the help of our partners we could have lost Almaty,',TOK,'he','told',note='"he told the deputies"; he = Tokayev (two paragraphs earlier)')
q('1133','with deep concern','Mélanie Joly','Foreign Affairs Minister Melanie Joly','said',partial=True,note='written without the accent ("Melanie") as in CP copy; canonical from earlier sets')
q('1133','Canadians expect that everyone who has been arrested will have access to a lawyer and to their family. Lethal force against civilians cannot be the answer to a political crisis,','Mélanie Joly','Joly','said',note='"Joly said in a statement released Tuesday afternoon"')
q('1133','how quickly Moscow can put soldiers on the ground,','Mélanie Joly','She','said',partial=True,note='partial with the comma inside the mark')
q('1133','He needed to show his own elite that Moscow was behind him, and the planes landing in Almaty did that within hours. The troops barely had to leave the airport.','Gwen Halloran','Halloran','said',malformed=True,note='conventional multi-paragraph quote: this paragraph is left open (no closing mark), the next re-opens; the attribution ("said Halloran") comes only at the end of the second paragraph; "He" inside the quote = Tokayev')
q('1133',"What he needs now is to show Kazakhs that he is not Moscow's man. That is why the withdrawal is being announced so fast,",'Gwen Halloran','Halloran','said',note='second paragraph of the two-paragraph quote; inverted cue ", said Halloran, a former diplomat…"')
q('1133','a test run that went very smoothly for the Kremlin.','Gwen Halloran','She','called',partial=True,note='"She called the mission, …, “…”"; full stop inside the mark')
q('1133','long and frank','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='"told reporters … that the talks had been “long and frank”"; spelled Sergei here')
q('1133','We need iron-clad guarantees that Ukraine will never, never become a member of NATO. Without that, everything else is secondary,','Sergey Ryabkov','Ryabkov','said')
q('1133',"We told our Russian counterparts plainly that no country can veto another country's choice of alliances,",'Wendy Sherman','Sherman','told')
q('1133','We will not slam the door on anyone who wants to join NATO.','Wendy Sherman','Sherman','told',note='second quote after the interposed "Sherman told a telephone briefing."; both get the same cue')
c('1133','troops_deployed',2030,'about','CSTO troops guarding sites in Kazakhstan',CSTO,'About 2,030 troops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan',note='"according to the alliance" at the end of the sentence')
c('1133','detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people had been detained across the country')
c('1133','killed',164,'at least','people killed','health officials','At least 164 people have been killed',note='"according to figures released by health officials over the weekend"')
c('1133','troops_deployed',100000,'about',"Russian troops massed near Ukraine's border",None,'the roughly 100,000 troops it has massed near',note='"roughly" -> about; reporter\'s figure inside a "She added that" sentence (Sherman), so no source')
e('1133','2022-01-11','statement','Nur-Sultan',[TOK],'told lawmakers on Tuesday')
e('1133','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin pulling out in two days',note='"in two days" from Tuesday 11 Jan; the headline says Thursday')
e('1133','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev named Alikhan Smailov',note='"The same day" = Tuesday')
e('1133','2022-01-05','government_resignation',None,[],'The previous cabinet resigned last Wednesday',note='"last Wednesday" from Tuesday 11 Jan')
e('1133','2022-01-05','other',None,[TOK,CSTO],'the day Tokayev asked the alliance for help',note='request for CSTO help; same day as the resignation')
e('1133','2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan. 2 in the oil town of Zhanaozen')
e('1133','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said Tuesday')
e('1133','2022-01-11','statement','Ottawa',['Mélanie Joly'],'Joly said in a statement released Tuesday afternoon')
e('1133','2022-01-10','talks',None,['Mélanie Joly','Antony Blinken'],'spoke by phone with U.S. Secretary of State Antony Blinken on Monday')
e('1133','2022-01-12','talks','Brussels',['NATO','Russia'],"before Wednesday's meeting of the NATO-Russia Council in Brussels")
e('1133','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'spent nearly eight hours on Monday')
e('1133','2022-01-13','talks','Vienna',['OSCE'],'will hold a session on European security in Vienna on Thursday',note='future')

# ---------------- 1134 Dagens Nyheter piece in English translation (Published 2022-01-12, a Wednesday)
art('1134',0,7,9,'Dagens Nyheter','2022-01-12',['Erik Lindqvist'],'BRUSSELS',
    ['DN','Dagens Nyheter','Världen | Utrikes','This article has been translated from Swedish. Read the original here.','Erik Lindqvist','Brussels correspondent',
     'Published 2022-01-12 21:40','Updated 2022-01-13 08:05','Read more:',"Analysis: Putin's letter to NATO leaves little room for compromise",
     'Kazakhstan after the storm – who is really in charge?','erik.lindqvist@dn.se','Share  Tweet  Copy link'])
q('1134','not up for negotiation, neither in Brussels nor in Vienna','Ann Linde','the minister','said',partial=True,note='"In a written comment … the minister called the Russian demands “unacceptable” (one word, excluded) and said that … was “…”"; full stop outside the mark')
q('1134','at least open a door to arms control.','Ann Linde','She','said',partial=True)
q('1134','Moscow has shown that it can move a force of several thousand men across a continent in 48 hours, with the political decision taken overnight. That is a capability we must take into account in our own planning,','Karin Sundqvist','Karin Sundqvist','says',note='Swedish present-tense inverted cue ", says Karin Sundqvist."; "48 hours" and "several thousand" are not claims')
q('1134','It was also an advertisement. The message to the other members is: if you get into trouble, we are the ones who come,','Karin Sundqvist','she','says')
q('1134','a real risk of new armed conflict in Europe','Jens Stoltenberg',"NATO's secretary general Jens Stoltenberg",'said',partial=True)
q('1134','We will not compromise on the core principles,','Jens Stoltenberg','Stoltenberg','said')
q('1134','frank and direct','Alexander Grushko','deputy foreign minister Alexander Grushko','described',partial=True,note='"who according to Russian news agencies described the meeting as “…”"')
q('1134','readiness is being increased','Peter Hultqvist','Peter Hultqvist','said',partial=True)
c('1134','troops_deployed',2500,'about','CSTO soldiers flown into Kazakhstan',None,'About 2,500 soldiers from the Russian-led CSTO alliance')
c('1134','detained',10000,'almost','people detained since the protests began',MIA,'almost 10,000 people have been detained')
c('1134','killed',164,None,'people killed',KA,'The authorities say that 164 people were killed')
e('1134','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko'],'For four hours on Wednesday')
e('1134',None,'other',None,['Russia'],"Russia's draft treaty, published in December",note='"in December" is not a day (real: 17 Dec 2021)')
e('1134','2022-01-13','talks','Vienna',['OSCE'],"on Thursday the organisation's permanent council meets in Vienna",note='future')
e('1134','2022-01-11','statement',None,['Ann Linde'],'She said on Tuesday')
e('1134','2022-01-05','other',None,[TOK,CSTO],'asked for help on January 5')
e('1134','2022-01-12','statement','Brussels',['Jens Stoltenberg'],"said at a press conference after Wednesday's meeting")
e('1134',None,'statement',None,['Sauli Niinistö'],'stressed in his New Year speech',note='New Year speech (1 January) — no date word, left null')
e('1134','2022-01-12','statement',None,['Peter Hultqvist'],'said on the same day',note='"the same day" = Wednesday 12 Jan')

# ---------------- 1135 Kompas.com English (12/01/2022, a Wednesday)
art('1135',0,4,10,'Kompas.com','2022-01-12',['Ayu Kartika Sari'],'JAKARTA',
    ['KOMPAS.com','English | Global','Kompas.com - 12/01/2022, 15:30 WIB','Writer: Ayu Kartika Sari | Editor: Bambang Wicaksono',
     'Also read: Tokayev: Russian-led Troops Will Leave Kazakhstan Within 10 Days','Also read: 8,000 Detained After Unrest in Kazakhstan, Interior Ministry Says',
     'Also read: Fuel Price Protests Spread Across Kazakhstan, Government Resigns',
     'Get updates of selected news and breaking news every day. Join the Kompas.com Telegram group, click the link https://t.me/kompascomupdate, then join. You must first install the Telegram application on your mobile phone.',
     'Share:','Facebook  Twitter  WhatsApp  Line  Telegram','Source: Kompas.com'])
q('1135','Our citizens are in good condition. We have delivered food packages to the students in Almaty, and we ask them to remain calm and follow the instructions of the local authorities,','Fadjroel Rachman','Fadjroel','said',note='inverted ", said Fadjroel when contacted by Kompas.com"; Indonesian usage: first name as the short form')
q('1135','If the situation changes, we are ready. The ministry has a contingency plan,','Fadjroel Rachman','the ambassador','added')
q('1135','soon return to normal','Teuku Faizasyah','Foreign Ministry spokesperson Teuku Faizasyah','said',partial=True,note='straight quotes in a text that otherwise uses curly quotes')
q('1135','On January 5 we heard shooting near our dormitory the whole night. There was no internet, we could not tell our parents we were fine,','Rizky Pratama','he','told',note='a date inside the quote (not an event); age 23 in the introduction')
q('1135','Now it is quiet, but people still do not go out after dark,','Rizky Pratama','he','said',note='quote after a reported-speech sentence starting "Rizky said that …" in the same paragraph; first-name reference')
c('1135','detained',8000,None,'people detained after the unrest',MIA,'8,000 Detained After Unrest',zone='related',note='"Also read:" teaser inside the text')
c('1135','detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people had been detained')
c('1135','killed',164,None,'people killed (figure later corrected)',KA,'Authorities previously reported that 164 people were killed')
c('1135','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'The CSTO sent around 2,000 troops',note='"around" -> about; the CSTO is the sender, not cited as source')
e('1135','2022-01-12','statement','Nur-Sultan',['Indonesian Embassy in Nur-Sultan'],'the Indonesian Embassy in Nur-Sultan said on Wednesday')
e('1135','2022-01-11','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Tuesday')
e('1135','2022-01-11','statement',None,[TOK],'said in a speech to parliament on Tuesday')
e('1135','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin a phased withdrawal in two days',note='"in two days" from the Tuesday speech')
e('1135','2022-01-05','other',None,[TOK,CSTO],'after Tokayev requested help on January 5')
e('1135',None,'other','Kazakhstan',[],'the curfew was lifted in several regions',note='no day given')
e('1135','2022-01-10','other','Almaty',[],'shops had reopened on Monday',note='Monday before Wednesday 12 Jan')

# ---------------- 1136 Hospodářské noviny English edition (13. 1. 2022, a Thursday)
art('1136',0,7,12,'Hospodářské noviny','2022-01-13',['Jakub Novotný'],None,
    ['iHNed.cz','Hospodářské noviny','Byznys | Energetika','English edition','Jakub Novotný','13. 1. 2022  14:05','Related articles',
     'Uranium price jumps as Kazakhstan shuts down internet','Where does the fuel for Czech reactors come from?','Tags: Kazakhstan, uranium, ČEZ, energy','Comments (14)','Sign in to comment'])
q('1136','in normal mode','Kazatomprom','the company','said',partial=True,note='"In a statement, the company said that …"')
q('1136','all necessary measures','Kazatomprom','the company','said',partial=True)
q('1136','The market does not look at what is happening today, it looks at the risk. And Kazakhstan has just shown that the risk is bigger than everyone thought,','Tomáš Vrba','Tomáš Vrba','said',note='inverted ", said Tomáš Vrba, an analyst …"')
q('1136','Investors who had forgotten that uranium comes from a country with one political centre were reminded of it last week.','Tomáš Vrba','Tomáš Vrba','said',note='continuation after the interposed attribution')
q('1136','have to prove that the rules have not changed.','Tomáš Vrba','He','said',partial=True)
q('1136','Our supply chain is diversified and we have reserves. What happened in Kazakhstan has no impact on the operation of our power plants,','Martin Schreier','Schreier','told')
q('1136','a worrying precedent','Jan Lipavský','He','described',partial=True,note='"He described the deployment … as “…” in a post on Twitter"')
q('1136','It is time to pay back to the people,',TOK,'he','said')
c('1136','troops_deployed',2000,'about','CSTO soldiers deployed at the peak',RDM,'about 2,000 soldiers and 250 pieces of equipment',note='the 250 pieces of equipment are not a claim type here')
c('1136','detained',10000,'almost','people detained during the unrest',KA,'almost 10,000 people were detained during the unrest')
c('1136','killed',164,'at least','people killed',KA,'at least 164 people died')
c('1136','killed',16,None,'members of the security forces killed',KA,'including 16 members of the security forces',note='a subset of the 164, recorded as its own figure')
e('1136','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday')
e('1136','2022-01-13','other','Almaty',['Andrei Serdyukov'],'At a ceremony in Almaty',note='withdrawal ceremony, same day (Thursday)')
e('1136','2022-01-11','appointment',None,['Alikhan Smailov'],'appointed on Tuesday')
e('1136','2022-01-10','statement',None,['Jan Lipavský'],'Czech foreign minister Jan Lipavský said on Monday')
e('1136','2022-01-05','other',None,[TOK,CSTO],'who called in the troops on 5 January')
e('1136','2022-01-11','statement',None,[TOK],'promised on Tuesday a new social programme')
e('1136',None,'statement',None,['Kazatomprom'],'In a statement, the company said',note='undated')

# ---------------- 1137 Télam English service (10-01-2022 18:47, a Monday)
art('1137',0,8,10,'Télam','2022-01-10',[],'Buenos Aires',
    ['télam','Agencia Nacional de Noticias','ENGLISH | ESPAÑOL','INTERNATIONAL','10-01-2022 18:47','(Télam)','Tags: Kazakhstan, Russia, Cancillería, Alberto Fernández',
     'Related news','Fernández will travel to Russia and China in February','Cerruti: "The trip to Moscow is part of a multilateral agenda"',
     'Telam S.E. Agencia Nacional de Noticias - Bolívar 531 - C1066AAK - Buenos Aires - Argentina'])
q('1137','with attention and concern',ARMFA,'The Argentine Foreign Ministry','said',partial=True,note='dateline glued before: "Buenos Aires, January 10 (Télam) - The Argentine Foreign Ministry said …"')
q('1137','none of them has reported problems.',ARMFA,'the ministry','said',partial=True,note='full stop inside the mark')
q('1137','dialogue and respect for international law','Santiago Cafiero','Foreign Minister Santiago Cafiero','told',partial=True)
q('1137','Argentina always stands for peaceful solutions and for the sovereignty of peoples. We hope the Kazakh people can overcome this difficult moment without more victims,','Santiago Cafiero','Cafiero','said')
q('1137','remains unchanged.','Santiago Cafiero','Cafiero','said',partial=True,note='two-word partial ending with a full stop inside the mark')
q('1137','stabilised in recent days','Eduardo Zuain','Eduardo Zuain','told',partial=True)
q('1137','The Russian authorities have told us that the mission is temporary. The soldiers are guarding airports and strategic buildings, not patrolling the cities,','Eduardo Zuain','Zuain','explained')
q('1137','much calmer than in Almaty.','Martín Echeverría','Martín Echeverría','told',partial=True)
q('1137','We had no internet for almost five days and the banks were closed, but here nobody attacked anything. People went to the square, they shouted, and then they went home,','Martín Echeverría','he','said',note='"he said in a WhatsApp audio message"')
q('1137','The trip to Moscow is part of a multilateral agenda','Gabriela Cerruti','Cerruti',None,zone='related',note='"Related news" teaser; "Name: “…”" headline form, no speech verb')
c('1137','detained',7939,None,'people detained since the protests began',KA,'7,939 people had been detained')
c('1137','killed',164,None,'dead (figure later removed)','health officials','Health officials had reported 164 dead on Sunday')
c('1137','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'has about 2,030 troops in Kazakhstan',note='"according to the alliance"')
e('1137','2022-01-10','statement',None,[ARMFA],'The Argentine Foreign Ministry said on Monday')
e('1137',None,'statement','Buenos Aires',['Santiago Cafiero'],'told reporters at the San Martín Palace',note='no day word in the sentence (likely 10 Jan)')
e('1137',None,'talks','Moscow',['Alberto Fernández','Vladimir Putin'],'Fernández is due to meet Russian President Vladimir Putin in early February',note='future, "early February" is not a day (real: 3 Feb 2022)')
e('1137','2022-01-10','casualty_report',None,[KA],'Kazakh authorities said on Monday')
e('1137','2022-01-02','protest','Kazakhstan',[],'which started on January 2')
e('1137','2022-01-09','casualty_report',None,[MOH],'Health officials had reported 164 dead on Sunday')
e('1137','2022-01-10','talks',None,[CSTO],'held an extraordinary summit by videoconference',note='"On Monday" in the same sentence')
e('1137','2022-01-10','statement',None,['Vladimir Putin'],'At that meeting, Putin said',note='"that meeting" = Monday\'s CSTO summit; "so-called colour revolutions" is a label (excluded from quotes)')
e('1137','2022-01-10','talks','Geneva',['Russia','United States'],'The same day in Geneva')

# ---------------- 1138 NZ Herald (12 Jan, 2022 05:00 AM NZ time, a Wednesday)
art('1138',0,6,15,'NZ Herald','2022-01-12',['Sophie Tane-Whitaker'],None,
    ['NZ Herald','Sign in | Subscribe','World','12 Jan, 2022 05:00 AM','4 mins to read','Share this article','By Sophie Tane-Whitaker','Read more:',
     '• Kazakhstan unrest: Russian paratroopers land as death toll rises','• Explained: What is the CSTO and why did it send troops?','Latest from World'])
q('1138','By the afternoon you could hear gunfire from the direction of the main square. We moved the boarding students into the corridor because it had no windows, and we stayed there for three nights,','Hannah Marsden','Marsden','said',note='the single-quoted headline \'It was like a war film\' is excluded (single marks)')
q('1138',"I kept thinking this can't be happening in Almaty. It's a city of cafes and ski fields.",'Hannah Marsden','Marsden',None,note='stand-alone paragraph quote, no cue; nearest attribution in the paragraph before')
q('1138','in contact with those who have requested assistance',NZMFAT,'A spokesperson','said',partial=True,note='"A spokesperson" of MFAT; the organisation is the speaker. "do not travel" (l.27) is the advisory level name, excluded')
q('1138','restraint on all sides','Nanaia Mahuta','Foreign Minister Nanaia Mahuta','urged',partial=True)
q('1138','We call on the authorities of Kazakhstan to respect the right of people to protest peacefully and to ensure that those detained are treated fairly,','Nanaia Mahuta','Mahuta','said')
q('1138','successfully completed',TOK,'He','said',partial=True,note='full stop outside the closing mark')
q('1138','For New Zealand the lesson is not about Kazakhstan itself. It is about how quickly a big neighbour can be invited in, and how hard it can be to ask it to leave,','Eliza Brandt','she','said',note='"Dr Eliza Brandt" introduced in the paragraph before')
q('1138','whether there is any space left for diplomacy','Eliza Brandt','Brandt','said',partial=True)
q('1138',"My students are still here. Most of them haven't left their homes in a week, and they need school to feel normal again,",'Hannah Marsden','she','said',note='she = Marsden (surname in the paragraph before)')
q('1138',"I'm not going anywhere.",'Hannah Marsden','she','said',note='continuation after the interposed "she said."')
c('1138','killed',164,None,'people killed',KA,'Kazakh authorities say 164 people were killed')
c('1138','detained',10000,'almost','people detained',MIA,'nearly 10,000 people were detained',note='"nearly" -> almost')
c('1138','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'About 2,000 troops from the Collective Security Treaty Organisation')
e('1138','2022-01-08','other',None,['Hannah Marsden'],'she could only reach her family in New Zealand on Saturday',note='internet briefly restored; Saturday before Wednesday 12 Jan')
e('1138',None,'other',None,[NZMFAT],'MFAT raised its travel advice for Kazakhstan last week',note='"last week" is not a day')
e('1138','2022-01-02','protest','western Kazakhstan',[],'The protests began in the west of the country on January 2')
e('1138','2022-01-05','other',None,[TOK,CSTO],'who last Wednesday asked a Russian-led military alliance for help',note='"last Wednesday" from Wednesday 12 Jan = 5 Jan')
e('1138','2022-01-11','statement',None,[TOK],'told parliament yesterday',note='"yesterday" from 12 Jan (NZ date of publication)')
e('1138','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start going home within two days',note='"within two days" of the 11 Jan speech')
e('1138',None,'talks','Geneva',['Russia','United States'],'talks between Russia and the United States in Geneva this week',note='"this week" (real: 10 Jan)')
e('1138','2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia meeting in Brussels tonight (NZ time)',note='"tonight (NZ time)" = 12 Jan, the publication day')
e('1138',None,'statement',None,['Nanaia Mahuta'],'Mahuta said in a statement',note='undated')

# ---------------- 1139 Kleine Zeitung, automatic translation from German (13. Jänner 2022, a Thursday)
art('1139',0,6,8,'Kleine Zeitung','2022-01-13',['Anna Berghofer'],None,
    ['Kleine Zeitung','Politik | Außenpolitik','Automatically translated from German','OSCE in Vienna','Von Anna Berghofer | 19.32 Uhr, 13. Jänner 2022',
     'Mehr zum Thema','Geneva talks: „We are at a dead end“','Tokayev: The troops will go home','Kommentare (23)','Zum Forum','Diesen Artikel teilen'],
    sections=(ln('1139','Withdrawal from Kazakhstan\n'),ln('1139','Relief in Styria')))
q('1139','Europe is closer to war than at any time in three decades','Zbigniew Rau','Rau',None,zone='headline',note='German-style „…“ headline quote; a shortened form of the body quote (l.14); the kicker "OSCE in Vienna" is on the line above')
q('1139','We have to be honest with each other: Europe is closer to war than at any time in three decades','Zbigniew Rau','Rau','said',note='„…“, Rau said — German low-high marks, comma outside the closing mark')
q('1139','find a way back to the language of rules','Zbigniew Rau','he','said',partial=True,note='interposed "he said" in reported speech')
q('1139','the necessary measures','Alexander Lukashevich','he','told',partial=True)
q('1139','an important signal','Alexander Schallenberg',"Austria's Foreign Minister Alexander Schallenberg",'called',partial=True)
q('1139','Dialogue is not a sign of weakness. As long as people are talking, they are not shooting','Alexander Schallenberg','Schallenberg','said')
q('1139','with honour','Andrei Serdyukov','his','in his words',partial=True,note='cue "in his words" inside reported speech; two-word evaluative partial')
q('1139','Our people were never in danger, but for a few days we could not reach them because there was no internet. That was the worst part','Gerald Koinegg','managing director Gerald Koinegg','says',note='present tense, inverted cue')
q('1139','Kazakhstan has been a reliable partner for us for ten years. I hope that it stays that way.','Gerald Koinegg','Koinegg',None,note='no speech verb: after "Koinegg is cautiously optimistic."')
q('1139','We are at a dead end',None,None,None,zone='related',note='"Mehr zum Thema" teaser; no speaker named (likely Ryabkov)')
c('1139','troops_deployed',2000,'about','CSTO soldiers flown into Kazakhstan',None,'Around 2,000 soldiers had been flown in',note='"Around" -> about')
c('1139','killed',164,'at least','people killed','officials','at least 164 people died',note='"according to official information"')
c('1139','detained',9900,'more than','people detained','officials','more than 9,900 were detained')
e('1139','2022-01-13','talks','Vienna',['OSCE'],'on Thursday the 57 participating states')
e('1139','2022-01-01','other',None,['Zbigniew Rau'],'who took over the OSCE chairmanship on 1 January')
e('1139','2022-01-13','statement','Vienna',['Zbigniew Rau'],'opened the session with an unusually sharp warning')
e('1139',None,'statement','Vienna',['Alexander Lukashevich'],'he told journalists after the meeting',note='after the Thursday meeting (13 Jan), no day word')
e('1139','2022-01-12','statement',None,['Alexander Schallenberg'],'in an interview with Kleine Zeitung on Wednesday')
e('1139','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began their withdrawal from Kazakhstan on Thursday')
e('1139','2022-01-13','other','Almaty',['Andrei Serdyukov'],'At a ceremony in Almaty')
e('1139','2022-01-19','withdrawal','Kazakhstan',[RDM],'the last units are to leave the country by 19 January',note='planned end of the withdrawal')
e('1139','2022-01-05','other',None,[TOK,CSTO],'asked for help on 5 January')
e('1139','2022-01-10','other','Atyrau',['Murtal Anlagenbau'],'resumed on Monday',note='work resumed; Monday before Thursday 13 Jan')
e('1139',None,'other',None,[],'Next week, the diplomatic round is to be evaluated',note='"Next week" is not a day')

# ---------------- 1140 Lusaka Times WordPress page with comments (January 9, 2022, a Sunday)
art('1140',0,6,11,'Lusaka Times','2022-01-09',[],None,
    ['LusakaTimes.com',"Zambia's Leading Online News Site",'HOME  NEWS  ECONOMY  SPORTS  FEATURE POLITICS  COLUMNS  ENTERTAINMENT','Headlines','January 9, 2022',
     'by Chief Editor','12 Comments','Share this:','Facebook  Twitter  WhatsApp  Print','Related','Zambian students in Ukraine urged to register with embassy',
     'UNZA lecturers call off strike','12 COMMENTS','Concerned Parent January 9, 2022 At 11:02 am','Reply','Leave a Reply',
     'Your email address will not be published. Required fields are marked *'])
q('1140','I wish to assure the nation, and especially the parents and guardians, that our students are safe and accounted for. None of them has been injured,','Stanley Kakubo','Mr Kakubo','said')
q('1140','on an hourly basis','Stanley Kakubo','He','said',partial=True)
q('1140','For two days we were relying on one student who had a satellite connection. Through him we passed messages to the others,','Chanda Mwale','Mr Mwale','said')
q('1140','We could hear explosions and the lights in the hostel went off. Some of us were crying because we did not know what was happening outside,','Mutale Banda','she','said')
q('1140','Now the soldiers are on the streets and the shops are opening. We are just waiting for the university to tell us when classes will resume.','Mutale Banda','she',None,note='stand-alone continuation paragraph, no cue')
q('1140','Government is in full control of the situation concerning our students. Parents will be updated through the Ministry,','Stanley Kakubo','he','said',note='after "Mr Kakubo urged parents …" in the same paragraph. The comment "We are safe" (l.'+str(ln('1140','"We are safe"'))+') is reader-comment boilerplate, excluded')
c('1140','killed',26,None,'"bandits and terrorists" killed',KA,'Kazakh authorities said 26 of them had been killed')
c('1140','killed',18,None,'members of the security forces killed',KA,'18 members of the security forces died')
c('1140','detained',4400,'more than','people arrested',MIA,'More than 4,400 people have been arrested')
c('1140','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,500 troops to the country',note='the comment "Over 100 people dead" (l.'+str(ln('1140','Over 100 people dead'))+') is reader-comment boilerplate, not a claim')
e('1140','2022-01-08','statement','Lusaka',['Stanley Kakubo'],'Stanley Kakubo said yesterday',note='"yesterday" from Sunday 9 Jan')
e('1140',None,'statement','Moscow',['Chanda Mwale'],'explained that communication had been difficult',note='undated')
e('1140','2022-01-05','other','Almaty',['Mutale Banda'],'the worst night was Wednesday',note='violence in Almaty; Wednesday before Sunday 9 Jan')
e('1140','2022-01-02','protest','Kazakhstan',[],'started on 2nd January')
e('1140','2022-01-07','statement',None,[TOK],'on Friday ordered security forces to fire without warning')
e('1140',None,'troop_deployment','Kazakhstan',[CSTO],'A Russian-led military alliance, the Collective Security Treaty Organisation (CSTO)',note='undated deployment')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['he','He'],note='words paraphrased or invented'),
 sp('Mélanie Joly','person',['Melanie Joly','Joly'],['Foreign Affairs Minister'],'Canada',['She'],note='printed without the accent; words invented'),
 sp('Gwen Halloran','person',['Gwen Halloran','Halloran'],['a former diplomat'],'Canada',['She'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States',note='words invented'),
 sp('Ann Linde','person',['Ann Linde','Linde'],['Foreign minister'],'Sweden',['the minister','She'],note='words invented'),
 sp('Karin Sundqvist','person',['Karin Sundqvist','Sundqvist'],['analyst at the Swedish Defence Research Agency'],'Sweden',['she'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],["NATO's secretary general"],'Norway',note='words paraphrased'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['deputy foreign minister'],'Russia',note='words invented'),
 sp('Peter Hultqvist','person',['Peter Hultqvist'],['the defence minister'],'Sweden',note='words invented'),
 sp('Fadjroel Rachman','person',['Fadjroel Rachman','Fadjroel'],['Indonesian Ambassador to Kazakhstan'],'Indonesia',['the ambassador'],note='words invented'),
 sp('Teuku Faizasyah','person',['Teuku Faizasyah'],['Foreign Ministry spokesperson'],'Indonesia',note='words invented'),
 sp('Rizky Pratama','person',['Rizky Pratama','Rizky'],[],'Indonesia',['he'],note='invented student'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan',['the company']),
 sp('Tomáš Vrba','person',['Tomáš Vrba','Vrba'],['an analyst at a Prague brokerage'],'Czech Republic',['He'],note='invented'),
 sp('Martin Schreier','person',['Martin Schreier','Schreier'],["The company's spokesman"],'Czech Republic',note='words invented'),
 sp('Jan Lipavský','person',['Jan Lipavský'],['Czech foreign minister'],'Czech Republic',['He'],note='words invented'),
 sp(ARMFA,'organisation',['Argentine Foreign Ministry'],[],'Argentina',['the ministry']),
 sp('Santiago Cafiero','person',['Santiago Cafiero','Cafiero'],['Foreign Minister'],'Argentina',note='words invented'),
 sp('Eduardo Zuain','person',['Eduardo Zuain','Zuain'],["Argentina's ambassador to Russia"],'Argentina',note='words invented'),
 sp('Martín Echeverría','person',['Martín Echeverría'],['an Argentine agronomist'],'Argentina',['he'],note='invented'),
 sp('Gabriela Cerruti','person',['Cerruti'],[],'Argentina',note='only in a related teaser; words invented'),
 sp('Hannah Marsden','person',['Hannah Marsden','Marsden'],[],'New Zealand',['she'],note='invented'),
 sp(NZMFAT,'organisation',['Ministry of Foreign Affairs and Trade','MFAT'],[],'New Zealand',['A spokesperson']),
 sp('Nanaia Mahuta','person',['Nanaia Mahuta','Mahuta'],['Foreign Minister'],'New Zealand',note='words invented'),
 sp('Eliza Brandt','person',['Eliza Brandt','Brandt'],['a senior lecturer in international relations at Victoria University of Wellington'],'New Zealand',['she'],['Dr Eliza Brandt'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's Foreign Minister"],'Poland',['he'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],['The Russian ambassador to the OSCE'],'Russia',['he'],note='words invented'),
 sp('Alexander Schallenberg','person',['Alexander Schallenberg','Schallenberg'],["Austria's Foreign Minister"],'Austria',note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','the commander of the mission'],'Russia',['his'],note='words invented'),
 sp('Gerald Koinegg','person',['Gerald Koinegg','Koinegg'],['managing director'],'Austria',note='invented'),
 sp('Stanley Kakubo','person',['Stanley Kakubo','Kakubo'],['Minister of Foreign Affairs and International Cooperation'],'Zambia',['He','he'],['Mr Kakubo'],note='words invented'),
 sp('Chanda Mwale','person',['Chanda Mwale','Mwale'],['Zambian Embassy First Secretary in Moscow'],'Zambia',[],['Mr Mwale'],note='invented'),
 sp('Mutale Banda','person',['Mutale Banda'],['a fourth-year medical student'],'Zambia',['she'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in several files; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],[],quoted=False,note='his "so-called colour revolutions" (1137) is a label, excluded'),
 sp('Antony Blinken','person',['Antony Blinken'],['U.S. Secretary of State'],'United States',quoted=False,note='only in 1133'),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['Prime Minister'],'Kazakhstan',quoted=False,note='mentioned in 1133 and 1136'),
]
OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
