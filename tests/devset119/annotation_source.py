#!/usr/bin/env python3
"""Source of the devset119 annotation: the hand-chosen spans, values and dates for 1045-1052.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset119/annotation_source.py && python3 tests/devset119/verify.py
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
MOH='Kazakh Ministry of Health'; KPPO='Kazakh Presidential Press Office'; KNB='Kazakh National Security Committee'
PGO="Kazakh Prosecutor General's Office"; RYA='Sergey Ryabkov'; SHER='Wendy Sherman'; SERD='Andrei Serdyukov'

# ---------------- 1045 Yahoo Finance page carrying a Reuters story (Mon, January 10, 2022)
art('1045',0,4,13,'Yahoo Finance','2022-01-10',['Lena Hoffmann','Pavel Sorokin'],'GENEVA',
    ['Yahoo Finance','U.S. markets closed','Reuters','Mon, January 10, 2022, 3:44 PM','·3 min read','In this article:','RUB=X','By Lena Hoffmann and Pavel Sorokin','Advertisement',
     '(Reporting by Lena Hoffmann and Pavel Sorokin in Geneva; Additional reporting by Olzhas Nurlanov in Almaty and Jonah Whitlock in Washington; Writing by Lena Hoffmann; Editing by Gareth Pullman)',
     'Our Standards: The Thomson Reuters Trust Principles.','Related Quotes','Recommended Stories','Oil climbs as Kazakhstan outages offset Omicron worries'])
q('1045','difficult, long, very professional,',RYA,'Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='"told reporters the discussions had been “…”"; comma inside the mark')
q('1045','It is absolutely essential for us that Ukraine does not join NATO, not now and not ever,',RYA,'Ryabkov','said')
q('1045','shut the door',SHER,'U.S. Deputy Secretary of State Wendy Sherman','said',partial=True,note='"said she had told the Russian side that … would not let anyone “…”"')
q('1045','We were clear that some of the Russian proposals simply cannot be on the table,',SHER,'Sherman','told')
q('1045',"Nothing about Ukraine will be decided behind Ukraine's back.",SHER,'Sherman','told',note='second quote in the same paragraph after "Sherman told a telephone briefing after the meeting."')
q('1045',"an attempted coup d'etat",TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('1045','The worst is behind us, and constitutional order is back,',TOK,'Tokayev','said')
q('1045','Kazakhstan is an internal matter of an ally that asked for help. It has nothing to do with what we are discussing here,',RYA,'Ryabkov','said',note='the previous sentence calls him "the Russian negotiator"')
q('1045','a non-starter.',None,'A senior U.S. official','described',partial=True,note='anonymous official; "described Russia\'s core demands as “…”"')
c('1045','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'Western officials','massed around 100,000 troops')
c('1045','detained',7939,None,'people detained in Kazakhstan','Kazakh authorities','7,939 people had been detained')
c('1045','killed',164,None,'death toll (later removed from the Telegram channel)',MOH,'put the death toll at 164')
e('1045','2022-01-10','talks','Geneva',[RYA,SHER],'ended nearly eight hours of talks in Geneva on Monday')
e('1045','2022-01-09','talks','Geneva',[RYA,SHER],'a working dinner between Ryabkov and Sherman on Sunday',note='Sunday before Monday 10 Jan')
e('1045','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO envoys meet their Russian counterparts in Brussels on Wednesday',note='future')
e('1045','2022-01-13','talks','Vienna',['OSCE'],'gathers in Vienna on Thursday',note='future')
e('1045',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'where Russian paratroopers arrived last week',note='"last week" is not a day')
e('1045','2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Monday')
e('1045','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'told a virtual CSTO summit on Monday',note='CSTO summit session = talks')

# ---------------- 1046 KSL.com carrying AP (Posted - Jan. 7, 2022, a Friday)
art('1046',0,4,9,'KSL.com','2022-01-07',['Kamila Abenova','Daniel Korsh'],'ALMATY, Kazakhstan',
    ['KSL.com','World','By Kamila Abenova and Daniel Korsh, Associated Press | Posted - Jan. 7, 2022 at 10:12 a.m.','Estimated read time: 4-5 minutes','___',
     'Associated Press writer Irina Volkova in Moscow contributed.','Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
     'Related Links','Related Stories','Most recent World stories','Comments','Sign in to comment or share your thoughts'])
q('1046','How can anyone negotiate with criminals and killers?',TOK,'he','asked',note='he = Tokayev (previous paragraph); question mark inside the mark')
q('1046','We faced armed and well-trained bandits, from here and from abroad. Anyone who does not lay down arms will be eliminated.',TOK,'he','asked',note='second quote of the paragraph, after the interposed "he asked."')
q('1046','open fire without warning',TOK,'He','said',partial=True)
q('1046','I went out for bread and there were soldiers at every corner. Nobody says anything, nobody knows anything,','Gulnara Sadykova','Gulnara Sadykova','said',note='inverted cue "…," said NAME, a 47-year-old accountant; invented resident')
q('1046','History teaches that once Russian troops come into a country, getting them out again can be very hard,','Antony Blinken','Blinken','told')
c('1046','other',20000,'about','"bandits" who attacked Almaty',TOK,'some 20,000 "bandits"',note='"some" → about; one-word scare quote excluded from quotes')
c('1046','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('1046','detained',3000,'more than','people detained',MIA,'more than 3,000 detained')
c('1046','killed',18,None,'law enforcement officers killed',MIA,'Eighteen law enforcement officers were killed',note='written-out number at a sentence start; "two who were found beheaded" is a subset, not a claim')
c('1046','injured',748,None,'law enforcement officers injured',MIA,'748 were injured')
c('1046','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'its force would number about 2,500')
c('1046','aircraft',70,'more than','planes in the airlift','Igor Konashenkov','more than 70 planes')
e('1046','2022-01-07','statement',None,[TOK],"Kazakhstan's president said Friday")
e('1046',None,'troop_deployment','Kazakhstan',[CSTO],'a Russia-led military alliance landed troops',note='undated in the text')
e('1046','2022-01-02','protest',None,[],'since the protests began on Sunday',note='Sunday before Friday 7 Jan')
e('1046','2022-01-05','protest','Almaty',[],'seized by protesters on Wednesday',note='airport seizure')
e('1046','2022-01-06','other','Almaty',[],'a day after troops and police cleared the main square',note='"a day after" Friday morning → Thursday')
e('1046',None,'casualty_report',None,[MIA],'The Interior Ministry said 26',note='no day word')
e('1046',None,'statement','Washington',['Antony Blinken'],'Blinken told reporters in Washington',note='undated (real: 7 Jan)')
e('1046',None,'statement',None,['Maria Zakharova'],'hit back on the Telegram messaging app')
e('1046',None,'statement',None,['Aidos Ukibay'],'wrote on Twitter that Nazarbayev remained')

# ---------------- 1047 BNN Bloomberg carrying Bloomberg News (Jan 13, 2022, a Thursday)
art('1047',0,4,10,'BNN Bloomberg','2022-01-13',['Aliya Serikbay','Tom Ashcroft'],None,
    ['BNN Bloomberg','News','Aliya Serikbay and Tom Ashcroft, Bloomberg News','Jan 13, 2022','Share','Most Read from Bloomberg','Stocks Slide as Fed Officials Signal Faster Tightening Path',
     '--With assistance from Megan Cortland.','(Updates with Peskov comment in 10th paragraph.)','©2022 Bloomberg L.P.','Bloomberg.com','Sponsored Content','Top Stories'])
q('1047','fully accomplished.',SERD,'Colonel General Andrei Serdyukov','said',partial=True,note='full stop inside the closing mark')
q('1047','The peacekeepers have done their job. Not a single shot was fired at civilians by our contingent,',SERD,'Serdyukov','told')
q('1047','The danger of war in our region appears higher now than at any moment in the past three decades,','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',note='inverted: "…," TITLE NAME, who chairs …, told …')
q('1047','We hear the sound of war getting louder, and the language is getting sharper,','Michael Carpenter','he','told',note='name in the sentence before ("U.S. Ambassador Michael Carpenter was even blunter.")')
q('1047','very seriously.','Michael Carpenter','he','adding',partial=True)
q('1047','constructive response','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q('1047','positive elements','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True,note='the one-word "unsatisfactory." in the same sentence is excluded')
c('1047','troops_deployed',2030,'about','CSTO troops being withdrawn',SERD,'the roughly 2,030 troops',note='"roughly" → about; "250 pieces of equipment" not a claim')
c('1047','detained',9900,None,'people detained',KPPO,'9,900 people had been detained so far',note='"His office reported"')
e('1047','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out of Kazakhstan on Thursday')
e('1047',None,'other','Nur-Sultan',[SERD,CSTO],'At a ceremony in Nur-Sultan',note='ceremony; no day word in its sentence (likely 13 Jan)')
e('1047','2022-01-11','statement',None,[TOK],'who had said on Tuesday')
e('1047',None,'talks','Vienna',['OSCE','Russia'],'Meanwhile in Vienna, the third round',note='"this week\'s talks", no day word (real: 13 Jan)')
e('1047',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said the talks')
e('1047','2022-01-12','other','Tengiz',[],'protests by contractors there ended on Wednesday')

# ---------------- 1048 MailOnline wire page carrying AFP (8 January 2022, a Saturday)
art('1048',0,4,11,'Mail Online','2022-01-08',[],None,
    ['Mail Online','Latest Headlines   World News   Wires','By AFP','Published: 10:47 EST, 8 January 2022 | Updated: 12:02 EST, 8 January 2022','e-mail','4 shares','Advertisement',
     'Share or comment on this article:','Add comment','MOST READ NEWS','Previous','Next','Published by Associated Newspapers Ltd','Part of the Daily Mail, The Mail on Sunday & Metro Media Group'])
q('1048','On January 6, 2022, a pre-trial investigation was launched into high treason. On the same day, the former chairman of the KNB, Masimov K.K., was detained on suspicion and placed in a temporary detention centre,',KNB,'the statement','said',note='"the committee said in a statement" in the previous paragraph; surname-initials form "Masimov K.K." inside the quote')
q('1048','informed his Russian counterpart about the situation',KPPO,"Tokayev's office",'According to',partial=True,note='content is about Tokayev; the office is the speaker (gold 002 l.393 rule)')
q('1048','It is quiet now but it is a frightening quiet,','Yerlan','Yerlan','said',note='first name only, age and job after it; invented')
q('1048','My cousin has not come home since Wednesday.','Yerlan','Yerlan','said',note='continuation after the interposed cue')
q('1048','He did the right thing. Without the army there would be nothing left of the city,',None,'she','told',note='anonymous pensioner ("a pensioner who refused to be named")')
q('1048','as long as necessary','Stanislav Zas','Stanislav Zas','told',partial=True)
c('1048','killed',164,None,'people killed in the unrest',MOH,'164 people had been killed')
c('1048','killed',103,None,'people killed in Almaty',MOH,'including 103 in Almaty',note='a subset by place of the 164; kept because it is a separate place figure')
c('1048','detained',4404,None,'people arrested',MIA,'4,404 people had been arrested')
c('1048','aircraft',70,'more than','aircraft that delivered soldiers and equipment',RDM,'more than 70 aircraft')
e('1048','2022-01-08','statement',None,[KNB],'Kazakhstan said Saturday it had arrested')
e('1048','2022-01-05','other',None,[TOK,'Karim Masimov'],'sacked as head of the National Security Committee (KNB) on Wednesday',note='dismissal')
e('1048','2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on Thursday',note='Thursday before Saturday 8 Jan; matches "January 6" in the quote')
e('1048','2022-01-08','talks',None,['Vladimir Putin',TOK],'talks by telephone with President Kassym-Jomart Tokayev on Saturday')
e('1048',None,'casualty_report',None,[MOH],'The health ministry said 164',note='no day word')
e('1048','2022-01-06','other','Almaty',[],'regained control of on Thursday',note='airport retaken')
e('1048','2022-01-10','other','Almaty',['National Bank of Kazakhstan'],'expected to reopen on Monday',note='future; Monday after Saturday 8 Jan')

# ---------------- 1049 MarketScreener carrying a Reuters TIMELINE (01/11/2022 = 11 Jan 2022, a Tuesday)
art('1049',0,4,7,'MarketScreener','2022-01-11',['Dana Orlova','Ruslan Beketov'],None,
    ['MARKETSCREENER','News : Economy & Forex','01/11/2022 | 06:12am EST','Here is a timeline of events:','(Compiled by Dana Orlova and Ruslan Beketov; Editing by Hugh Carrington)','© Reuters 2022',
     'Latest news "Economy & Forex"','06:05a  Oil rises as Libya, Kazakhstan supply outages offset Omicron concerns','All news'])
q('1049','Anyone who does not lay down arms will be eliminated,',TOK,'he','says',note='present-tense cue in a timeline entry')
q('1049',"an attempted coup d'etat.",TOK,'Tokayev','tells',partial=True)
q('1049','I have to say frankly that the main goals have been achieved,',TOK,'he','said')
q('1049','very profitable companies',TOK,'Tokayev','saying',partial=True)
q('1049','The time has come for them to give something back to the people,',TOK,'he','told')
c('1049','killed',26,None,'armed attackers killed',MIA,'26 armed attackers have been killed')
c('1049','detained',3811,None,'people detained',MIA,'3,811 people detained')
c('1049','killed',164,None,'people killed (figure later called an error)',MOH,'164 people have been killed')
c('1049','detained',7939,None,'people detained',KPPO,'7,939 people have been detained',note='"The presidential office says"')
e('1049','2022-01-02','protest','Zhanaozen',[],'JAN 2 - Protests erupt')
e('1049','2022-01-04','protest','Almaty',[],'JAN 4 - Demonstrations spread')
e('1049','2022-01-05','government_resignation',None,[TOK],"Tokayev accepts the government's resignation")
e('1049','2022-01-05','state_of_emergency',None,[TOK],'declares a state of emergency')
e('1049','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'takes the post himself')
e('1049','2022-01-05','protest','Almaty',[],"Protesters storm the mayor's office")
e('1049','2022-01-05','other',None,[TOK,CSTO],'Tokayev asks the Collective Security Treaty Organization',note='request for CSTO help')
e('1049','2022-01-06','statement',None,[CSTO,'Nikol Pashinyan'],'says it will send peacekeepers')
e('1049','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers land')
e('1049','2022-01-07','statement',None,[TOK],'he says in a televised address')
e('1049','2022-01-08','arrest',None,['Karim Masimov'],'Karim Masimov is arrested')
e('1049','2022-01-08','talks',None,['Vladimir Putin',TOK],'Putin and Tokayev speak by phone')
e('1049','2022-01-09','casualty_report',None,[MOH],'JAN 9 - The health ministry says 164')
e('1049','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'tells a video summit of CSTO leaders')
e('1049','2022-01-11','statement',None,[TOK],'Tokayev tells parliament')
e('1049','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He names Alikhan Smailov')
e('1049','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal will start in two days',note='"in two days" from the JAN 11 entry; future')

# ---------------- 1050 Luxembourg Times carrying dpa (12.01.2022, a Wednesday)
art('1050',0,4,9,'Luxembourg Times','2022-01-12',[],'Brussels',
    ['Luxembourg Times','World','dpa','12.01.2022 · 18:36','· 3 min read','+++ Advertisement +++','dpa ter/vo xx a3 ter','© dpa-infocom, dpa:220112-99-681204/4','Most read',
     'Read more: Kazakhstan unrest: what we know','Comments (0)'])
q('1050','There are real disagreements between the allies and Russia on these questions, and closing them will not be simple,','Jens Stoltenberg','Stoltenberg','told')
q('1050','Still, it is a good sign that all 30 allies and Russia sat at one table and talked about substance,','Jens Stoltenberg','the Norwegian','added',note='nationality noun as the speaker reference')
q('1050','Cold War schemes','Alexander Grushko','Grushko','told',partial=True,note='the one-word "counter-containment." in the same sentence is excluded')
q('1050','comparable to the Cold War.','Alexander Fomin','he','told',partial=True,note='"According to the Russian Defence Ministry, he told the meeting that …"; he = Fomin')
q('1050','the only way','Annalena Baerbock','German Foreign Minister Annalena Baerbock','said',partial=True)
c('1050','troops_deployed',2000,'about','CSTO soldiers to be withdrawn','Kazakh officials','roughly 2,000 soldiers')
c('1050','troops_deployed',100000,'about','Russian soldiers near the Ukrainian border','Western intelligence services','around 100,000 soldiers')
e('1050','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'NATO and Russia failed on Wednesday')
e('1050','2022-01-10','talks','Geneva',[SHER,'United States','Russia'],'led the US team in Geneva on Monday')
e('1050',None,'troop_deployment','Kazakhstan',['Russia'],'where Moscow sent paratroopers last week')
e('1050','2022-01-13','withdrawal','Kazakhstan',[CSTO],'on Thursday, Kazakh officials said',note='future')
e('1050',None,'other','Moscow',['Annalena Baerbock'],'who is to travel to Moscow next week',note='"next week" is not a day (real: 18 Jan)')
e('1050','2022-01-13','talks','Vienna',['OSCE'],'The talks continue on Thursday in Vienna')

# ---------------- 1051 Investing.com carrying Reuters (Published Jan 07, 2022, a Friday)
art('1051',0,4,11,'Investing.com','2022-01-07',['Marta Wieczorek','Timur Akhmetov'],'LONDON/ALMATY',
    ['Investing.com','News › Commodities News','Reuters','Published Jan 07, 2022 11:28AM ET','© Reuters. FILE PHOTO: A worker at a Kazatomprom processing plant in southern Kazakhstan',
     'By Marta Wieczorek and Timur Akhmetov','(Reporting by Marta Wieczorek in London and Timur Akhmetov in Almaty; Editing by Alison Fairbrook)','Related Articles',
     'Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including the risk of losing some, or all, of your investment amount, and may not be suitable for all investors.'])
q('1051','operating normally','Kazatomprom','Kazatomprom','said in a statement',partial=True)
q('1051','We continue to monitor the situation very closely and have put in place measures to protect our employees and assets,','Kazatomprom','the company','said')
q('1051','Nobody is missing a pound yet. But if the rail links to the Russian ports are cut, that is where the problem starts,',None,'one London-based uranium trader','said',note='anonymous trader')
q('1051','The bigger worry for us is not the mines, it is logistics,','Duncan Reyes','Duncan Reyes','said',note='invented analyst; inverted cue')
q('1051','Almost all Kazakh uranium leaves the country by rail through Russia to St Petersburg.','Duncan Reyes','Duncan Reyes','said',note='continuation after the interposed cue')
c('1051','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('1051','killed',18,None,'police and national guard members killed',MIA,'18 police and national guard members had died')
c('1051','detained',3000,'more than','people detained',MIA,'More than 3,000 people had been detained')
c('1051','troops_deployed',2500,'about','troops sent by the Russia-led alliance',None,'sent in about 2,500 troops')
e('1051','2022-01-06','statement',None,['Kazatomprom'],'said in a statement on Thursday')
e('1051','2022-01-02','protest','Kazakhstan',[],'began on Sunday over a rise in fuel prices',note='Sunday before Friday 7 Jan')
e('1051','2022-01-07','statement',None,[TOK],'on Friday authorised security forces')
e('1051','2022-01-06','statement','Tengiz',['Tengizchevroil'],'said on Thursday that some contractors')
e('1051',None,'troop_deployment','Kazakhstan',[CSTO],'A Russia-led military alliance has sent in')

# ---------------- 1052 Nasdaq.com carrying RTTNews (January 13, 2022, a Thursday)
art('1052',0,3,7,'Nasdaq','2022-01-13',[],None,
    ['Nasdaq','January 13, 2022 — 07:54 am EST','Written by RTTNews.com for RTTNews ->','For comments and feedback contact: editorial@rttnews.com','Business News',
     'The views and opinions expressed herein are the views and opinions of the author and do not necessarily reflect those of Nasdaq, Inc.'])
q('1052','restore the trust of citizens',TOK,'Tokayev','told',partial=True)
q('1052','The country needs a new economic course, and this government must deliver it without delay,',TOK,'Tokayev','said')
q('1052','honorably fulfilled','Sultan Gamaletdinov',"Kazakhstan's Deputy Defense Minister Sultan Gamaletdinov",'said',partial=True)
q('1052','act if necessary.','Yerlan Baimagambetov','Governor Yerlan Baimagambetov','told',partial=True)
q('1052','Markets were worried that the Russian presence would become permanent. That scenario now looks unlikely,','Sovcombank Capital','they','wrote',note='"Analysts at Sovcombank Capital" → organisation; "they wrote in a note"')
c('1052','troops_deployed',2030,None,'CSTO servicemen returning home',CSTO,'2,030 servicemen',note='"250 units of military equipment" is not a claim')
c('1052','aircraft',4,None,'Il-76 planes that took off with Russian paratroopers',RDM,'the first four Il-76 transport planes')
c('1052','killed',225,None,'bodies brought to morgues',PGO,'225 bodies had been brought to morgues')
c('1052','killed',19,None,'members of the security forces killed',PGO,'including 19 members of the security forces')
c('1052','detained',9900,None,'people detained since January 4',MIA,'9,900 people had been detained',note='"more than 1,300 … formally charged" not recorded')
e('1052','2022-01-13','withdrawal','Kazakhstan',[CSTO],'started leaving the country')
e('1052','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'on Tuesday approved the cabinet')
e('1052',None,'statement',None,[TOK],'Tokayev told parliament that the new government',note='no day word (real: 11 Jan)')
e('1052','2022-01-22','withdrawal','Kazakhstan',[SERD,CSTO],'the pullout would be completed by January 22',note='planned completion')
e('1052',None,'other','Almaty',[RDM],'had taken off from Almaty',note='first planes leave; no day word')
e('1052','2022-01-12','casualty_report',None,[PGO],"The Prosecutor General's office said on Wednesday")

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['he','He','the Kazakh leader'],["Tokayev's"]),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['the Russian negotiator'],note='spelt "Sergei" in this set; canonical from earlier sets'),
 sp(SHER,'person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State','US Deputy Secretary of State'],'United States'),
 sp('Gulnara Sadykova','person',['Gulnara Sadykova'],['a 47-year-old accountant'],'Kazakhstan',note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State'],'United States'),
 sp(SERD,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','General'],'Russia'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['U.S. Ambassador'],'United States',['he'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['the committee','the statement']),
 sp(KPPO,'organisation',[],[],'Kazakhstan',["Tokayev's office",'His office','The presidential office'],note='no name printed; referred to as the office'),
 sp('Yerlan','person',['Yerlan'],['a 29-year-old taxi driver'],'Kazakhstan',note='invented; first name only'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['secretary general'],'Belarus'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',['the Norwegian'],note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Alexander Fomin','person',['Alexander Fomin','Fomin'],['Deputy Defence Minister'],'Russia',['he']),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['German Foreign Minister'],'Germany'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan',['the company']),
 sp('Duncan Reyes','person',['Duncan Reyes'],['an analyst at Marlowe Capital Partners'],None,note='invented'),
 sp('Sultan Gamaletdinov','person',['Sultan Gamaletdinov'],["Kazakhstan's Deputy Defense Minister"],'Kazakhstan'),
 sp('Yerlan Baimagambetov','person',['Yerlan Baimagambetov'],['Governor'],'Kazakhstan',note='central bank governor; words invented'),
 sp('Sovcombank Capital','organisation',['Sovcombank Capital'],[],'Russia',['Analysts at Sovcombank Capital','they'],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','Russia-led military alliance']),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the 164 figure in 3 files'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],[],quoted=False,note='mentioned in 4 files; his words are reported without marks'),
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
