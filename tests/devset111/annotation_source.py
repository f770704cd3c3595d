#!/usr/bin/env python3
"""Source of the devset111 annotation: the hand-chosen spans, values and dates for 981-988.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset111/annotation_source.py && python3 tests/devset111/verify.py
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
KA='Kazakh authorities'; MEA='Indian Ministry of External Affairs'; INEMB='Indian Embassy in Nur-Sultan'
DFA='Philippine Department of Foreign Affairs'; BRMFA='Brazilian Foreign Ministry'; RYA='Sergey Ryabkov'

# ---------------- 981 ANI wire item (Jan 07, 2022, a Friday)
art('981',0,3,9,'ANI','2022-01-07',[],'New Delhi [India]',
    ['ANI News','Home | World | Asia','ANI | Updated: Jan 07, 2022 21:14 IST','Share on Facebook | Share on Twitter | WhatsApp','Representative Image (Photo/Reuters)',
     'Tags: Kazakhstan | MEA | Indian students | Arindam Bagchi','Also Read: Kazakh President says constitutional order restored'])
q('981','Our embassy has been in contact with the Indian community, including students, since the first day of the protests. As of now, no Indian has been reported hurt,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','told',note='inverted: "…," MEA spokesperson NAME told a weekly briefing')
q('981','till the situation stabilises','Arindam Bagchi','He','cautioned',partial=True)
q('981','very closely','Arindam Bagchi','the spokesperson','added',partial=True,note='comma outside the closing mark; title-only mention')
q('981','In view of the evolving situation, Indian nationals are advised to stay indoors, keep travel documents handy and follow the instructions of local authorities.',INEMB,'The embassy','tweeted',note='colon-less cue before the quote: "The embassy tweeted on Thursday, \\"…\\""; full stop inside')
q('981','We can hear shots at night. The university has told us not to come out of the hostel, and the internet comes and goes,','Mohammed Irfan','he','said',note='invented student; the preceding "recalled that …" sentence is indirect speech, no quote')
q('981','nobody is panicking','Mohammed Irfan','he','insisted',partial=True,note='comma outside the closing mark')
q('981','We just want him back home safely, that is all we are praying for,','Abdul Rasheed','Abdul Rasheed','said',note='inverted "said his father, Abdul Rasheed"; invented')
q('981','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said in an address on Friday that he had ordered … to “…”"')
c('981','killed',26,None,'armed rioters killed',MIA,'26 armed rioters have been killed')
c('981','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers have died')
c('981','detained',3000,'more than','people detained',MIA,'more than 3,000 people have been detained')
c('981','troops_deployed',2500,'about','CSTO peacekeepers to be deployed',CSTO,'around 2,500 peacekeepers will be deployed',note='"The CSTO … has said that"; "around" -> about')
e('981','2022-01-07','statement','New Delhi',[MEA,'Arindam Bagchi'],'The Ministry of External Affairs (MEA) on Friday said',note='weekly briefing, publication day')
e('981','2022-01-06','statement',None,[INEMB],'The embassy tweeted on Thursday')
e('981','2022-01-05','protest','Almaty',[],'the first gunfire was heard near his hostel on Wednesday night',note='violence in Almaty; Wednesday before Fri 7 Jan')
e('981','2022-01-05','other',None,[TOK,CSTO],"who requested the CSTO's help on Wednesday",note='request for CSTO help')
e('981','2022-01-07','statement',None,[TOK],'said in an address on Friday')
e('981',None,'troop_deployment','Kazakhstan',[CSTO],'around 2,500 peacekeepers will be deployed',note='future, undated')

# ---------------- 982 Radio Sweden bulletin page (Wednesday 12 January 2022): 3 items = 3 articles
P='982'; PUB='2022-01-12'; RS='Radio Sweden'
art(P,0,6,8,RS,PUB,[],None,['Sveriges Radio','Radio Sweden - News in English',"Play | Listen to Radio Sweden's latest bulletin (4:58 min)",'Wednesday 12 January 2022',
    'Published onsdag 12 januari 2022 kl 16.40','Ekot / TT'],ls=6,le=12)
art(P,1,14,16,RS,PUB,[],None,['Published onsdag 12 januari 2022 kl 14.05','Ekot'],ls=14,le=20)
art(P,2,22,24,RS,PUB,[],None,['Published onsdag 12 januari 2022 kl 11.20','Ekot','Radio Sweden | Sveriges Radio, 105 10 Stockholm','Share: Facebook | Twitter | E-mail'],ls=22,le=28)
q(P,'It is not for Moscow to draw lines on the map of Europe. Our security policy is decided in Stockholm and nowhere else,','Ann Linde','Linde','told',art=0)
q(P,'no breakthrough','Ann Linde','Linde','conceded',art=0,partial=True)
q(P,'stop whispering','Hans Wallmark','Hans Wallmark','wrote on Twitter',art=0,partial=True,note='two-word evaluative partial from a tweet')
q(P,'We are doing this to show that we take the situation seriously, not to provoke anyone,','Micael Bydén','Supreme Commander Micael Bydén','told',art=1,note='inverted "…," Supreme Commander NAME told Swedish Radio News')
q(P,'Sweden does not act on rumours, we act on what we see,','Peter Hultqvist','he','said',art=1,note='he = Hultqvist, named in the same line before the quote')
q(P,'The situation in Almaty is calmer now, but the internet is still patchy and flights are few,','Karin Ek','embassy official Karin Ek','said',art=2,note='invented embassy official')
c(P,'killed',164,None,'people killed in a week of unrest',KA,'164 people were killed',art=2)
e(P,PUB,'statement','Stockholm',['Ann Linde'],'Foreign Minister Ann Linde said on Wednesday',art=0)
e(P,PUB,'talks','Brussels',['NATO','Russia'],'as NATO and Russian officials met in Brussels',art=0,note='same day as the statement ("on Wednesday" in the sentence)')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'the talks in Geneva on Monday',art=0)
e(P,None,'statement',None,['Hans Wallmark'],'wrote on Twitter that the government',art=0,note='undated tweet')
e(P,'2022-01-11','troop_deployment','Gotland',['Swedish Armed Forces'],'arrived on the island on Tuesday',art=1,note='Swedish reinforcement of Gotland; "About a hundred soldiers" is not a claim (outside scope)')
e(P,None,'other','Baltic Sea',['Russia'],'several Russian landing ships were spotted heading west last week',art=1,note='"last week" is not a day')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that troops',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing in two days',art=2,note='"in two days" counted from the Tuesday statement (11 Jan)')

# ---------------- 983 Philippine News Agency (January 8, 2022, a Saturday)
art('983',0,3,7,'Philippine News Agency','2022-01-08',['Ma. Teresa Lacson'],'MANILA',
    ['PHILIPPINE NEWS AGENCY','Home > National > Foreign Affairs','By Ma. Teresa Lacson  January 8, 2022, 5:42 pm','Share | Tweet | Print','Related Stories',
     'DFA monitors Filipinos in Kazakhstan amid state of emergency','DOLE eyes financial aid for repatriated OFWs','Copyright © 2022 Philippine News Agency. All rights reserved.'])
q('983','Our embassy in Nur-Sultan has accounted for most of our kababayan, and we are ready to bring home anyone who wishes to leave,','Sarah Lou Arriola','DFA Undersecretary for Migrant Workers Affairs Sarah Lou Arriola','said in a Viber message',note='curly marks; long title before the name; Tagalog word "kababayan" inside')
q('983','There are still a few we cannot contact because of the internet shutdown,','Sarah Lou Arriola','she','admitted')
q('983','No OFW will be left behind, whatever the expense,','Silvestre Bello III','Bello','told',note='the sentence before says "assured families that …" (indirect); the quote has its own cue "Bello told a press briefing"')
q('983','We hid under the beds. In the morning there were burned cars everywhere,',None,'she','wrote in a Facebook message',note='anonymous OFW ("One OFW, a hotel worker in Almaty who asked not to be named")')
q('983','for a limited time',TOK,'President Kassym-Jomart Tokayev','described',partial=True,note='"whom … Tokayev described as “peacekeeping forces” that would stay “…”"; “peacekeeping forces” itself is a label (excluded)')
c('983','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 “armed criminals” had been “liquidated”',note='“armed criminals” label and one-word “liquidated” are not quotes')
c('983','detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people detained')
c('983','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c('983','troops_deployed',2500,'about','CSTO troops sent',None,'have sent some 2,500 troops',note='"some" -> about; no source in the sentence')
e('983','2022-01-08','statement','Manila',[DFA],'The Department of Foreign Affairs (DFA) on Saturday said')
e('983','2022-01-07','statement','Manila',['Silvestre Bello III'],'told a press briefing in Manila on Friday')
e('983','2022-01-06','other',None,[DFA],'The DFA raised Alert Level 2 for Kazakhstan on Thursday',note='travel alert')
e('983','2022-01-02','protest','Mangystau',[],'The unrest began on January 2')
e('983',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia and its allies in the Collective Security Treaty Organization (CSTO) have sent',note='undated')

# ---------------- 984 Agência Brasil (11/01/2022, a Tuesday)
art('984',0,5,6,'Agência Brasil','2022-01-11',['Lucas Moreira Ferraz'],None,
    ['Agência Brasil','EBC - Empresa Brasil de Comunicação','Início > Internacional','Published on 11/01/2022 - 18:20 By Lucas Moreira Ferraz - Reporter, Agência Brasil - Brasília',
     'Edição: Fernando Fraga','Tags: Itamaraty, Rússia, Estados Unidos, Genebra','Share: Facebook Twitter WhatsApp'])
q('984','frank and direct',BRMFA,'The Brazilian Ministry of Foreign Affairs (Itamaraty)','said',partial=True)
q('984','defends the peaceful settlement of disputes and respect for the sovereignty and territorial integrity of all states',BRMFA,'the ministry','said',partial=True,note='"In a note, the ministry said Brazil “…”"')
q('984','steps that could increase tension in Europe.',BRMFA,'the ministry','called on',partial=True,note='second partial of the same sentence, cue "called on the parties to avoid"; full stop inside the mark')
q('984','speak with everyone','Carlos França','Foreign Minister Carlos França','told',partial=True)
q('984','We are not going to choose sides before the facts are on the table,','Carlos França','França','said')
q('984','The invitation stands and the trip is being prepared.','Carlos França','the minister','replied',note='colon cue "the minister replied: “…”"')
q('984','pushed back firmly','Wendy Sherman','Sherman','said',partial=True,note='nearest-name trap: Ryabkov is named earlier in the same sentence; the one-word "non-starters" after it is excluded')
q('984','Brasília wants to keep its trade with Russia, especially fertilizers, without irritating Washington,','Ana Luiza Campos','she','explained',note='invented professor; "For Professor NAME, …" introduces her in the previous sentence')
q('984','with attention',BRMFA,'it','said',partial=True,note='interposed ", it said," (it = the note); two-word partial, borderline')
c('984','troops_deployed',100000,'about','Russian troops near the Ukrainian border','US officials','around 100,000 troops near the Ukrainian border')
c('984','killed',164,None,'people died in a week of violence in Kazakhstan',KA,'164 people died')
e('984','2022-01-11','statement','Brasília',[BRMFA],'said on Tuesday that Brazil welcomes')
e('984','2022-01-10','talks','Geneva',['Russia','United States'],"a day after the two countries' delegations met for almost eight hours in Geneva",note='"a day after" Tuesday; "almost eight hours" is a duration')
e('984',None,'statement','Brasília',['Carlos França'],'told journalists at the Palácio do Itamaraty',note='no day word (likely 11 Jan)')
e('984',None,'other','Moscow',['Jair Bolsonaro'],"planned visit to Moscow, expected in February",note='future visit, month only')
e('984','2022-01-10','statement','Geneva',[RYA,'Wendy Sherman'],'Speaking after the meeting on Monday')
e('984','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council will meet in Brussels on Wednesday',note='future')
e('984','2022-01-13','talks','Vienna',['OSCE'],'will hold a session in Vienna on Thursday',note='future')

# ---------------- 985 SABC News (10 January 2022, a Monday)
art('985',0,3,7,'SABC News','2022-01-10',['Thabo Mokoena'],None,
    ['SABC News','Home / World','10 January 2022, 8:15 PM | Thabo Mokoena','Follow SABC News on Twitter | Download the SABC News app','Click below for more on the story:',
     '[Video] Kazakhstan unrest: Tokayev speaks of foreign-trained militants | 2:41','Related Stories:',"Kazakhstan's Tokayev names new prime minister",'US, Russia set for high-stakes talks in Geneva',
     'Share: Facebook | Twitter | WhatsApp | Email'])
q('985','Under the guise of spontaneous protests, a wave of unrest broke out. It became clear that the main goal was to undermine the constitutional order and to seize power,',TOK,'Tokayev','told')
q('985',"It was an attempted coup d'état.",TOK,'Tokayev','told',note='second quote after the interposed "Tokayev told the leaders." gets the same cue (gold rule)')
q('985','long, tough and very detailed',RYA,'Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='written "Sergei"; canonical "Sergey Ryabkov"')
q('985','South Africa believes that all disputes should be resolved through dialogue and diplomacy,','Clayson Monyela','DIRCO spokesperson Clayson Monyela','said')
q('985','Putin has shown that he can move troops into a partner state within hours and take them out again on his own timetable. The West is watching,','Lwazi Ndlovu','Ndlovu','told',note='invented analyst; name inside the quote (Putin) is a trap')
q('985','Pretoria will sit on the fence, as it usually does,','Lwazi Ndlovu','he','quipped')
c('985','detained',7939,None,'people detained since the protests began',MIA,'7,939 people have been detained')
c('985','troops_deployed',2000,'more than','CSTO troops guarding strategic facilities',KA,'more than 2,000 CSTO troops are guarding',note='"Authorities say"')
e('985','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'speaking by video link on Monday at an extraordinary online summit',note='CSTO online summit')
e('985',None,'talks','Geneva',['Russia','United States'],'held their first round of talks on European security',note='"Meanwhile" with no day word (real: 10 Jan, the publication day)')
e('985','2022-01-09','statement',None,['Clayson Monyela'],'Clayson Monyela said on Sunday')
e('985','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets in Brussels on Wednesday',note='future')

# ---------------- 986 MAP "Latest dispatches" (Sunday, 09 January, 2022): 2 dispatches = 2 articles
P='986'; PUB='2022-01-09'; MAPO='Maghreb Arabe Presse'
art(P,0,6,8,MAPO,PUB,[],'Rabat',['MAP - Maghreb Arabe Presse','Agence Marocaine de Presse','Home | Monde | English','Latest dispatches','Sunday, 09 January, 2022 at 13:05','MAP'],ls=6,le=13)
art(P,1,15,17,MAPO,PUB,[],'Moscow',['Sunday, 09 January, 2022 at 16:40','MAP','© MAP 2022 - All rights reserved','Contact | Mentions légales | RSS'],ls=15,le=22)
q(P,'With Great Attention','Nasser Bourita','FM',None,art=0,zone='headline',partial=True,note='Title Case headline copy of the body partial; "- FM" names the speaker')
q(P,'with great attention','Nasser Bourita','Nasser Bourita','said',art=0,partial=True,note='inverted and long: "…, Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita said on Saturday"')
q(P,"the Kingdom's attachment to the stability, sovereignty and territorial integrity",'Nasser Bourita','Mr. Bourita','reaffirmed',art=0,partial=True,note='"Mr." with a full stop')
q(P,'is now under the full control of the legitimate authorities','Mukhtar Tileuberdi','The Kazakh minister','said',art=0,partial=True,note='title-only mention; reported inside the Moroccan statement')
q(P,'Our students are well and in constant contact with us,',None,'an embassy source','told',art=0,note='anonymous embassy source')
q(P,'The airport has been cleared and handed over under the control of the peacekeeping contingent and the Kazakh law enforcement agencies,',RDM,'the ministry','said in a statement',art=1)
q(P,'continuing around the clock','Igor Konashenkov','ministry spokesman Igor Konashenkov','stressing',art=1,partial=True,note='cue "stressing" after "told reporters"')
q(P,'There is no question of any permanent presence,',None,'a source in the presidential administration','said',art=1,note='anonymous Kremlin source; "The Kremlin denied" in the previous sentence is not the named speaker')
c(P,'aircraft',70,'more than','Russian aircraft used to transfer the contingent','Igor Konashenkov','More than 70 aircraft',art=1)
c(P,'detained',5800,None,'people detained',KA,'5,800 people had been detained',art=1)
e(P,'2022-01-08','statement',None,['Nasser Bourita'],'Nasser Bourita said on Saturday',art=0)
e(P,None,'talks',None,['Nasser Bourita','Mukhtar Tileuberdi'],'In a phone call with his Kazakh counterpart Mukhtar Tileuberdi',art=0,note='no day word in the sentence (likely 8 Jan)')
e(P,None,'talks','Rabat',['Morocco','Kazakhstan'],'next session of political consultations between the two countries in Rabat in the spring',art=0,note='future, season only')
e(P,'2022-01-08','other','Almaty',[RDM,CSTO],'the Russian Defence Ministry announced on Saturday',art=1,note='airport taken under CSTO protection; dated by the announcement')
e(P,'2022-01-09','casualty_report',None,[KA],'Kazakh authorities said on Sunday',art=1,note='detention figure')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'had been arrested on Thursday on suspicion of high treason',art=1,note='Thursday before Sun 9 Jan')

# ---------------- 987 Radio Romania International (Thursday, 13 January 2022)
art('987',0,5,11,'Radio Romania International','2022-01-13',['Corina Sabău'],None,
    ['RADIO ROMANIA INTERNATIONAL',"RRI | Romania's international broadcaster since 1928",'News > Romania in the World','▶ Listen (3:12)','Thursday, 13 January 2022, 14:30',
     'Author: Corina Sabău','Translation: Andrei Pop','(Translated by Andrei Pop)','Tags: Bogdan Aurescu, NATO, Russia, Black Sea security','Share this: Facebook | Twitter | LinkedIn','© 2022 Radio România Internațional'])
q('987','over the heads','Bogdan Aurescu',"Romania's Foreign Minister Bogdan Aurescu",'said',partial=True,note='three-word idiom partial, borderline')
q('987','There can be no first- and second-class members in the Alliance. What is decided about Romania is decided in Bucharest and by the 30 allies together,','Bogdan Aurescu','Aurescu','told',note='"30 allies" inside the quote is not a claim')
q('987','unacceptable and unrealistic','Bogdan Aurescu','The minister','described',partial=True)
q('987','Russia came to talk, which is good. It did not come to listen, which is less good,','Bogdan Aurescu','he','remarked')
q('987','a genuine danger of renewed armed conflict in Europe','Jens Stoltenberg','Stoltenberg','warned',partial=True,note='"Stoltenberg himself had warned … that there was “…”"')
q('987','how quickly Moscow can move forces when it chooses','Mihai Stanciu','Military analyst Mihai Stanciu','cautioned',partial=True,note='invented analyst')
c('987','troops_deployed',2000,'about',"Russian troops deployed to Kazakhstan",'Mihai Stanciu','some 2,000 troops to Kazakhstan',note='"some" -> about; figure in the analyst\'s reported speech')
e('987','2022-01-13','statement',None,['Bogdan Aurescu'],'Bogdan Aurescu said on Thursday')
e('987','2022-01-12','talks','Brussels',['NATO','Russia'],'a day after the NATO-Russia Council met in Brussels')
e('987','2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council was discussing European security on Thursday')
e('987','2022-01-12','statement','Bucharest',['Klaus Iohannis'],'speaking on Wednesday at the Cotroceni Palace')
e('987','2022-01-12','talks',None,['Klaus Iohannis','Jens Stoltenberg'],'he had a phone call with NATO Secretary General Jens Stoltenberg the same day',note='"the same day" = Wednesday')
e('987',None,'withdrawal','Kazakhstan',['Russia'],'Russian units are due to complete their withdrawal from Kazakhstan within ten days',note='"within ten days" is a duration, not a date')

# ---------------- 988 NL Times with an ANP credit (Friday, 14 January 2022)
art('988',0,3,11,'NL Times','2022-01-14',['Niels Brouwer'],None,
    ['NL Times','News | Politics | Crime | Business | Weather','Politics','Friday, 14 January 2022 - 11:25','By Niels Brouwer','Tweet | Share | Email',
     'Photo: Foreign Minister Wopke Hoekstra at his first Cabinet meeting, 10 January 2022. - Credit: ANP','Reporting by ANP','Related:',
     'Rutte IV Cabinet sworn in; Hoekstra takes Foreign Affairs','Dutch F-35s to help guard NATO airspace over Bulgaria'])
q('988','door stays open','Wopke Hoekstra','Hoekstra',None,zone='headline',partial=True,note='headline gist of the body partial "the door to diplomacy open"')
q('988','the door to diplomacy open','Wopke Hoekstra','Foreign Minister Wopke Hoekstra','said',partial=True)
q('988','cannot be the basis of an agreement','Wopke Hoekstra','Hoekstra','wrote in a letter',partial=True,note='"Hoekstra, who was sworn in on Monday, wrote in a letter to the Tweede Kamer that …"')
q('988','We will not trade away the right of any European country to choose its own alliances. That principle is not negotiable,','Wopke Hoekstra','he','wrote in the letter')
q('988','some positive elements','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True)
q('988','no reason for optimism','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True,note='second partial in the same sentence')
q('988','no grounds',RYA,'Deputy Foreign Minister Sergei Ryabkov','saying',partial=True,note='two-word partial; written "Sergei"')
q('988','A peacekeeping mission that arrives in a few hours can also stay for a few years. We will be watching,','Wopke Hoekstra','he','told',note='"he told NOS on Thursday evening"')
q('988','what exactly the Netherlands is doing','Sanne Verhoef','GroenLinks MP Sanne Verhoef','asked',partial=True,note='invented MP')
c('988','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'about 2,000 troops from the Russian-led CSTO alliance')
c('988','killed',225,None,'people killed in the unrest',KA,'225 people were killed')
c('988','killed',19,None,'members of the security forces killed',KA,'19 members of the security forces')
c('988','detained',10000,'almost','people detained',KA,'Nearly 10,000 people have been detained',note='"Nearly" -> almost; source carried over from the previous sentence')
e('988','2022-01-14','statement',None,['Wopke Hoekstra'],'Foreign Minister Wopke Hoekstra said on Friday',note='also the letter to parliament')
e('988','2022-01-10','appointment','The Hague',['Wopke Hoekstra'],'who was sworn in on Monday')
e('988','2022-01-10','talks','Geneva',['Russia','United States'],'The talks began in Geneva on Monday')
e('988','2022-01-12','talks','Brussels',['NATO','Russia'],'continued at the NATO-Russia Council in Brussels on Wednesday')
e('988','2022-01-13','talks','Vienna',['OSCE','Russia'],'ended at the Organization for Security and Co-operation in Europe (OSCE) in Vienna on Thursday')
e('988','2022-01-13','statement',None,['Dmitry Peskov'],'told reporters on Thursday')
e('988','2022-01-13','statement',None,['Wopke Hoekstra'],'he told NOS on Thursday evening')
e('988',None,'troop_deployment','Kazakhstan',[CSTO],'were sent last week',note='"last week" is not a day')
e('988',None,'other','The Hague',['Sanne Verhoef','Wopke Hoekstra'],'The debate will take place next week.',note='parliamentary debate; "next week"')
e('988','2022-01-13','withdrawal','Kazakhstan',['Russia'],'The Russian troops began leaving Kazakhstan on Thursday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['MEA spokesperson'],'India',['He','the spokesperson'],note='words invented'),
 sp(INEMB,'organisation',['Indian Embassy in Nur-Sultan'],[],'India',['The embassy']),
 sp('Mohammed Irfan','person',['Mohammed Irfan'],['a 21-year-old second-year student from Kerala'],'India',['he'],note='invented'),
 sp('Abdul Rasheed','person',['Abdul Rasheed'],[],'India',['his father'],note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan'),
 sp('Ann Linde','person',['Ann Linde','Linde'],['Foreign Minister'],'Sweden',note='words invented'),
 sp('Hans Wallmark','person',['Hans Wallmark'],["The Moderate Party's foreign policy spokesperson"],'Sweden',note='words invented'),
 sp('Micael Bydén','person',['Micael Bydén'],['Supreme Commander'],'Sweden',note='words invented'),
 sp('Peter Hultqvist','person',['Peter Hultqvist'],['Defence Minister'],'Sweden',['he'],note='words invented'),
 sp('Karin Ek','person',['Karin Ek'],['embassy official'],'Sweden',note='invented'),
 sp('Sarah Lou Arriola','person',['Sarah Lou Arriola','Arriola'],['DFA Undersecretary for Migrant Workers Affairs'],'Philippines',['she'],note='words invented'),
 sp('Silvestre Bello III','person',['Silvestre Bello III','Bello'],['Labor Secretary'],'Philippines',note='words invented'),
 sp(BRMFA,'organisation',['Brazilian Ministry of Foreign Affairs','Itamaraty'],[],'Brazil',['the ministry','it']),
 sp('Carlos França','person',['Carlos França','França'],['Foreign Minister'],'Brazil',['the minister'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States'),
 sp(RYA,'person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp('Ana Luiza Campos','person',['Ana Luiza Campos'],['Professor'],'Brazil',['she'],note='invented'),
 sp('Clayson Monyela','person',['Clayson Monyela'],['DIRCO spokesperson'],'South Africa',note='words invented'),
 sp('Lwazi Ndlovu','person',['Lwazi Ndlovu','Ndlovu'],['International relations analyst'],'South Africa',['he'],['Dr Lwazi Ndlovu'],note='invented'),
 sp('Nasser Bourita','person',['Nasser Bourita','Bourita'],['Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates'],'Morocco',['FM'],['Mr. Bourita'],note='words invented'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],[],'Kazakhstan',['The Kazakh minister']),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',['the ministry']),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['ministry spokesman'],'Russia'),
 sp('Bogdan Aurescu','person',['Bogdan Aurescu','Aurescu'],["Romania's Foreign Minister"],'Romania',['The minister','he'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,note='words invented'),
 sp('Mihai Stanciu','person',['Mihai Stanciu'],['Military analyst','a former state secretary in the Defence Ministry'],'Romania',note='invented'),
 sp('Wopke Hoekstra','person',['Wopke Hoekstra','Hoekstra'],['Foreign Minister'],'Netherlands',['he'],note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Sanne Verhoef','person',['Sanne Verhoef'],['GroenLinks MP'],'Netherlands',note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 981 and 985; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='mentioned in 6 files; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],[],quoted=False,note='only in 985; his only quoted words, "so-called colour revolutions", are excluded as a label; kept because earlier sets list him'),
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
