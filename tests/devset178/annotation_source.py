#!/usr/bin/env python3
"""Source of the devset178 annotation: the hand-chosen spans, values and dates for 1517-1524.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset178/annotation_source.py && python3 tests/devset178/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
RDM='Russian Defence Ministry'

# ---------------- 1517 Reuters.com article page (January 5, 2022, Wednesday)
P='1517'
art(P,0,ln(P,'Kazakh president declares emergency as fuel protests spread to Almaty'),ln(P,'ALMATY, Jan 5 (Reuters) -'),'Reuters','2022-01-05',['Olzhas Temirbek','Clara Whitfield'],'ALMATY',
    ['Skip to main content','Exclusive news, data and analytics for financial market professionals','Asia Pacific','By Olzhas Temirbek and Clara Whitfield','4 minute read','January 5, 2022 8:14 PM UTCUpdated 5 hours ago',
     'Reporting by Olzhas Temirbek in Almaty and Clara Whitfield in London; Additional reporting by Pavel Okunev in Moscow; Editing by Tom Ellery and Janet Morrow',
     'Our Standards: The Thomson Reuters Trust Principles.','Read Next','Kazakh tenge slides as protests rattle investors','Site Index','© 2022 Reuters. All rights reserved'])
q(P,'Attacking state and military buildings is a crime, whatever the slogans,',TOK,'President Kassym-Jomart Tokayev','said in a video address',note='inverted: title + name after the quote')
q(P,'We will not give in, but we are ready to listen to people who come peacefully.',TOK,'President Kassym-Jomart Tokayev','said in a video address',note='continuation after the interposed cue')
q(P,'People are not only angry about gas. They are angry that nothing changes,','Daniyar Suleimenov','Daniyar Suleimenov','said',note='inverted "said NAME, a 34-year-old taxi driver"')
q(P,'to quickly resolve its internal problems','Dmitry Peskov','Dmitry Peskov','told reporters',partial=True,note='"told reporters Moscow expected Kazakhstan \\"…\\""')
c(P,'injured',95,None,'police officers injured in clashes',MIA,'95 police officers had been injured')
c(P,'detained',200,'more than','people detained',MIA,'more than 200 people had been detained')
e(P,'2022-01-05','statement','Almaty',[TOK],'declared a state of emergency in the commercial capital Almaty',note='also Mangistau')
e(P,'2022-01-05','other',None,[TOK],'accepted the resignation of his government')
e(P,'2022-01-05','protest','Almaty',[],"Thousands of protesters stormed the mayor's office in Almaty",note='"witnesses said"; same Wednesday')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on Sunday in the oil town of Zhanaozen',note='"Sunday" before Wednesday 5 Jan')
e(P,None,'other','Kazakhstan',['NetBlocks'],'nationwide internet blackout',note='no day word')
e(P,None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters',note='no day word (real: 5 Jan)')

# ---------------- 1518 AP News page (January 7, 2022, Friday)
P='1518'
art(P,0,ln(P,"Russia-led troops arrive in Kazakhstan as president orders 'shoot without warning'"),ln(P,'ALMATY, Kazakhstan (AP) —'),'The Associated Press','2022-01-07',['GULNARA ABISHEVA','JAMES CORLISS'],'ALMATY, Kazakhstan',
    ['AP NEWS','Top Stories','Click to copy','RELATED TOPICS','By GULNARA ABISHEVA and JAMES CORLISS','January 7, 2022','___',
     'Associated Press writers Igor Samsonov in Moscow and Ruth Calder in Washington contributed to this report.',
     "Follow AP's coverage of the unrest in Kazakhstan at https://apnews.com/hub/kazakhstan",'Copyright 2022 The Associated Press. All Rights Reserved.','Terms of Use'])
q(P,'How can anyone negotiate with criminals and killers?',TOK,'he','said',note='he = Tokayev (previous paragraph)')
q(P,'We are facing armed, trained gangs, some of them from abroad. They will be eliminated, and soon.',TOK,'he','said',note='second quote after the interposed cue')
q(P,"We were afraid to go out for two days. Now I am going to buy bread, and I hope they don't shoot me for it,",'Aigul Nurtazina','Aigul Nurtazina','said',note='inverted "said NAME, a retired teacher"')
q(P,'some real questions','Antony Blinken','Antony Blinken','said',partial=True)
q(P,'History tells us that once Russian troops come in, getting them to go home again is not easy,','Antony Blinken','Blinken','told reporters')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c(P,'killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had died')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'sending about 2,500 troops')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address to the nation',note='"said Friday" in the lead')
e(P,'2022-01-07','troop_deployment','Almaty',[CSTO,RDM],'transport planes carrying paratroopers had begun landing',note='"the first troops … arrived" Friday (lead)')
e(P,None,'appointment',None,['Andrei Serdyukov',RDM],'was put in charge of the mission',note='no day word')
e(P,None,'statement','Washington',['Antony Blinken'],'Blinken told reporters',note='no day word (real: 7 Jan)')
e(P,None,'statement',None,['Russian Foreign Ministry'],'dismissed the remark as',note='no day word')
e(P,'2022-01-02','protest','Kazakhstan',[],'started Sunday over fuel prices',note='Sunday before Friday 7 Jan')

# ---------------- 1519 NYT-style report (Jan. 10, 2022, Monday)
P='1519'
art(P,0,ln(P,'U.S. and Russia End Geneva Talks Far Apart on Ukraine and NATO'),ln(P,'After nearly eight hours of discussions'),'The Manhattan Courier','2022-01-10',['Hannah Greaves','Anton Ilyich'],'GENEVA',
    ['The Manhattan Courier','Subscribe for $1/week','WORLD   U.S.   POLITICS   N.Y.   BUSINESS   OPINION   SCIENCE   ARTS','EUROPE','Give this article',
     'Deputy Secretary of State Wendy Sherman, left, and Deputy Foreign Minister Sergei Ryabkov at the U.S. mission in Geneva on Monday.Credit...Pool photo',
     'By Hannah Greaves and Anton Ilyich','Reporting from Geneva and Moscow','Jan. 10, 2022','Updated 9:18 p.m. ET','Anton Ilyich contributed reporting from Moscow.',
     "A version of this article appears in print on Jan. 11, 2022, Section A, Page 1 of the New York edition with the headline: U.S. and Russia Remain Far Apart After Talks. Order Reprints | Today's Paper | Subscribe",
     'Related Content',"Biden Warns Putin of 'Severe Costs' Over Ukraine",'© 2022 The Manhattan Courier Company'])
q(P,'We made clear that some of these proposals are simply not on the table,','Wendy Sherman','Deputy Secretary of State Wendy Sherman','told reporters',note='inverted; one-word "non-starters." in the lead is excluded')
q(P,'Nobody outside the alliance gets a veto over who joins it.','Wendy Sherman','Deputy Secretary of State Wendy Sherman','told reporters',note='continuation after the interposed cue')
q(P,'long, tough and businesslike,','Sergey Ryabkov','Sergei Ryabkov','said',partial=True,note='the name sits in an appositive before "said at a separate news conference"')
q(P,'It is essential for us to be sure that Ukraine will not join NATO, not now and not later,','Sergey Ryabkov','Mr. Ryabkov','said',note='honorific "Mr."')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border',None,'some 100,000 troops near the Ukrainian border',note='"some" normalised to about; Russian forces near Ukraine (in scope)')
c(P,'troops_deployed',2000,'more than','troops deployed to Kazakhstan by the Moscow-led alliance',None,'deployed more than 2,000 troops')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'ended a day of high-stakes talks here on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO ambassadors will meet Russian officials in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'will hold talks in Vienna on Thursday')
e(P,None,'troop_deployment','Kazakhstan',['Russia'],'Russia sent paratroopers to Kazakhstan',note='"days after"; no date')

# ---------------- 1520 Guardian-style report (Tue 11 Jan 2022)
P='1520'
art(P,0,ln(P,'Russian-led troops to leave Kazakhstan within days, says Tokayev'),ln(P,"President says alliance's mission is complete"),'The Meridian','2022-01-11',['Rosalind Achterberg'],None,
    ['The Meridian','Support us','Print subscriptions','News | Opinion | Sport | Culture | Lifestyle','World  Europe  US  Americas  Asia  Australia  Middle East  Africa','Kazakhstan',
     'Rosalind Achterberg in Moscow and agencies','Tue 11 Jan 2022 14.27 GMT','Last modified on Tue 11 Jan 2022 18.05 GMT','Explore more on these topics','Reuse this content','Most viewed',
     'Original reporting and incisive analysis, direct from the Meridian every morning','Sign up for our email','© 2022 Meridian News & Media Limited or its affiliated companies. All rights reserved.'])
q(P,'successfully completed',TOK,'Kassym-Jomart Tokayev','told parliament',partial=True)
q(P,'The situation has stabilised in all regions. The peacekeepers have done their job, and they will go home,',TOK,'he','said')
q(P,'very profitable companies',TOK,'He','said',partial=True)
q(P,'people rich even by international standards',TOK,'He','said',partial=True)
q(P,'We are receiving reports of beatings in custody and of people who have simply disappeared,','Natalia Orlik','Natalia Orlik','said',note='inverted "said NAME, a researcher with …"')
c(P,'troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',None,'numbered 2,030 troops',note='"officials say" (unnamed); 250 pieces of equipment not a claim')
c(P,'killed',164,None,'people killed, including three children','Kazakh Ministry of Health','The health ministry said 164 people had been killed',note='the text says officials later called it a mistake')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would start on Thursday',note='announced plan')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named Alikhan Smailov',note='same speech on Tuesday')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],"was dispatched last week at Tokayev's request",note='"last week"; no day')
e(P,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'told a video summit of CSTO leaders on Monday')

# ---------------- 1521 BBC-style page (Published 8 January, no year; Saturday)
P='1521'
art(P,0,ln(P,'Kazakhstan unrest: Dozens killed as Almaty counts the cost'),ln(P,'Almaty is a city in shock.'),'BNC News','2022-01-08',['Yelena Barker'],'Almaty',
    ['Skip to content','BNC','Home | Coronavirus | Climate | UK | World | Business | Politics | Tech | Science | Health','Published','8 January','Share','By Yelena Barker','BNC News, Almaty',
     'Image source, Getty Images','Image caption,','Burnt-out cars lined the streets near the presidential residence on Friday','Image source, Reuters','Russian paratroopers arriving at an airfield near Almaty',
     'You may also be interested in:','Media caption,','Watch: Gunfire heard in central Almaty','Related Topics','More on this story','Why is Kazakhstan in turmoil?','Top Stories',
     'Copyright © 2022 BNC. The BNC is not responsible for the content of external sites.'])
q(P,'I heard shooting all night on Thursday. In the morning there were bodies on the pavement and nobody came to take them away,',None,'one woman','said',note='anonymous woman')
q(P,'This is not only about the streets. Someone at the top decided to use the protests, and Tokayev is now settling scores,','Kairat Zhunusov','Kairat Zhunusov','says',note='present-tense inverted cue "says NAME"; the name Tokayev inside the quote is not the speaker')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh officials','Officials say 26 "armed criminals"')
c(P,'killed',18,None,'members of the security forces killed','Kazakh officials','18 members of the security forces have been killed')
c(P,'detained',4400,'almost','people detained',MIA,'Nearly 4,400 people have been detained')
c(P,'other',70,'more than','aircraft used to fly CSTO troops in',RDM,'more than 70 aircraft had been used to fly the troops in')
e(P,'2022-01-08','other',None,['National Security Committee','Karim Massimov'],'had been arrested on suspicion of treason',note='"On Saturday" in the same sentence')
e(P,'2022-01-05','other',None,[TOK,'Karim Massimov'],'He was dismissed by Mr Tokayev on Wednesday')
e(P,'2022-01-08','talks',None,['Vladimir Putin',TOK],'In a phone call with Mr Tokayev on Saturday')
e(P,None,'troop_deployment','Kazakhstan',[TOK,CSTO],'has called in troops from the Russian-led')

# ---------------- 1522 Al Jazeera-style page (Published On 13 Jan 2022, Thursday)
P='1522'
art(P,0,ln(P,'OSCE talks end Russia-West security week with no breakthrough'),ln(P,"Poland's foreign minister warns the danger"),'Al Mirsad','2022-01-13',[],None,
    ['AL MIRSAD','Navigate to news section','News|Politics','Members of the OSCE Permanent Council meet at the Hofburg in Vienna [File: Lisa Kern/EPA]','Published On 13 Jan 2022',
     'Read more',"Russia says talks with US 'useless' if demands not met",'Kazakhstan: Russian-led troops begin withdrawal','Source: News agencies','Follow Al Mirsad:','© 2022 Al Mirsad Media Network'])
q(P,'The danger of war in our region is higher now than at any point in the past three decades,','Zbigniew Rau','Zbigniew Rau','said')
q(P,'We cannot wait for months. If there is no serious reply and the pressure on Russia goes on, we will draw our own conclusions,','Alexander Lukashevich','he','told reporters',note='he = Lukashevich; one-word "constructive" earlier is excluded')
q(P,'a crisis in European security','Michael Carpenter','Michael Carpenter','said',partial=True)
q(P,'We are hearing the sound of war getting louder,','Michael Carpenter','he','said',note='he = Carpenter (previous paragraph, which follows the "Read more" block)')
q(P,'dead end','Dmitry Peskov','Dmitry Peskov','said',partial=True,note='two-word evaluative partial, kept as in gold')
q(P,'There are some positive elements, some nuances, but on the main principles we see disagreement,','Dmitry Peskov','Peskov','said')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine','US and Ukrainian officials','an estimated 100,000 troops',note='"an estimated" normalised to about')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],"Thursday's meeting of the OSCE Permanent Council")
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'talks between Russian and US officials in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'a session of the NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO,RDM],'the first units began leaving on Thursday')

# ---------------- 1523 NPA Norden Press Agency wire (10.01.2022 16:52, Monday)
P='1523'
art(P,0,ln(P,'Kazakhstan mourns its dead as Putin tells CSTO summit'),ln(P,'NUR-SULTAN/MOSCOW, Jan 10 (NPA)'),'NPA Norden Press Agency','2022-01-10',['Mikael Strand'],'NUR-SULTAN/MOSCOW',
    ['NPA Norden Press Agency','English Service','Nordic and international news since 1947','Newswire | Nordic | World | Business | Photo | Subscribers','WORLD 10.01.2022 16:52','By Mikael Strand, NPA','NPA mst/kh/ab',
     '© NPA Norden Press Agency. All rights reserved. Redistribution without written permission is prohibited.','More from NPA World','• Geneva: US and Russian delegations begin security talks'])
q(P,'we will not allow','Vladimir Putin','Putin','tells',partial=True,zone='headline',note='headline partial; the body quote words it differently')
q(P,'What looked like spontaneous protests was used as cover for riots,',TOK,'Tokayev','said')
q(P,'The aim was clear: to destroy the constitutional order and take power.',TOK,'Tokayev','said',note='continuation after the interposed cue')
q(P,'Nobody will be allowed to shake the situation in our countries, and we will not allow so-called colour revolutions here,','Vladimir Putin','Putin','said')
q(P,'quickly and decisively','Alexander Lukashenko','Alexander Lukashenko','said',partial=True,note='relative clause "who also took part in the summit" between name and cue')
q(P,'with great concern','Jeppe Kofod','Jeppe Kofod','said',partial=True)
c(P,'detained',7939,None,'people detained since the beginning of January',MIA,'7,939 people had been detained')
c(P,'killed',164,None,'people killed, including three children','Kazakh officials','164 people, including three children, had been killed',note='the text says the figure was later withdrawn as a technical error')
c(P,'troops_deployed',2030,None,'CSTO servicemen in Kazakhstan',CSTO,'comprised 2,030 servicemen')
e(P,'2022-01-10','other','Kazakhstan',[],'held a national day of mourning on Monday')
e(P,'2022-01-10','talks',None,['Vladimir Putin',TOK,'Alexander Lukashenko',CSTO],'told a video summit of a Moscow-led security bloc',note='same Monday (lead sentence)')
e(P,'2022-01-10','casualty_report',None,[MIA],'The interior ministry said on Monday')
e(P,'2022-01-09','casualty_report',None,['Kazakh officials'],'Officials said on Sunday')
e(P,None,'statement','Denmark',['Jeppe Kofod'],'Foreign Minister Jeppe Kofod said',note='no day word')

# ---------------- 1524 Pacific Herald "World briefing", 3 wire items = 3 articles (Jan 13, 2022, Thursday)
P='1524'
items=[('Russian-led troops start pulling out of Kazakhstan','ALMATY, Kazakhstan (AP)','ALMATY, Kazakhstan'),
       ("NATO says Russia talks show 'significant differences'",'BRUSSELS (Reuters)','BRUSSELS'),
       ('Kazakhstan says nearly 10,000 detained after riots','NUR-SULTAN (AFP)','NUR-SULTAN')]
L=T[doc(P)].split('\n')
hl=[L.index(h)+1 for h,_,_ in items]
ends=[hl[1]-2,hl[2]-2,last_line(P)]
for i,(h,fl,dl) in enumerate(items):
    b=[]
    if i==0: b=['THE PACIFIC HERALD','Thursday, January 13, 2022',"Today's Paper | Subscribe | Sign in",'HOME > WORLD > WORLD BRIEFING','World briefing: Kazakhstan, NATO, Russia','Compiled by the Herald foreign desk from wire reports','Published 6:05 PM, Jan 13, 2022']
    if i==2: b=['Advertisement','MOST READ','1. Djokovic visa decision delayed','Contact the foreign desk: world@pacificherald.example','© 2022 The Pacific Herald. All rights reserved.']
    art(P,i,hl[i],ln(P,fl),'The Pacific Herald','2022-01-13',[],dl,b,ls=hl[i],le=ends[i])
q(P,'fully accomplished','Andrei Serdyukov','Col. Gen. Andrei Serdyukov','said',art=0,partial=True,note='closing mark before the full stop')
q(P,'Allies and Russia see these issues very differently. Closing that gap will not be easy,','Jens Stoltenberg','Stoltenberg','told a news conference',art=1)
q(P,'a red line','Alexander Grushko','Alexander Grushko','said',art=1,partial=True)
q(P,'Whoever organised the attacks on Almaty will be found, wherever they are,','Yerlan Turgumbayev','Turgumbayev','said',art=2)
c(P,'other',4,None,'Il-76 transport planes that flew out the first troops',RDM,'the first four Il-76 transport planes',art=0,note='written-out "four"; borderline (aircraft, not troops)')
c(P,'detained',10000,'almost','people detained after the riots','Kazakh authorities','nearly 10,000 detained',art=2,zone='headline')
c(P,'detained',9900,None,'people detained over the riots','Kazakh authorities','9,900 people had been detained',art=2)
c(P,'injured',1678,None,'people injured','Yerlan Turgumbayev','1,678 people had been injured',art=2)
c(P,'injured',1300,None,'police and armed forces members injured','Yerlan Turgumbayev','1,300 members of the police and armed forces',art=2)
c(P,'killed',17,None,'security personnel killed',MIA,'confirmed 17 security personnel killed',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday',art=0)
e(P,None,'other','Almaty',['Andrei Serdyukov',CSTO],'at a handover ceremony in Almaty',art=0,note='no day word in its sentence; the lead gives Thursday 13 Jan')
e(P,'2022-01-19','withdrawal','Kazakhstan',[RDM],'would be completed by Jan. 19',art=0,note='planned completion')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'after four hours of talks with a Russian delegation in Brussels on Wednesday',art=1)
e(P,'2022-01-12','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Wednesday',art=2)
e(P,None,'other',None,['Yerlan Turgumbayev'],'told a government meeting',art=2,note='no day word (context: Wednesday 12 Jan)')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','He'],["Tokayev's"],note='real; words invented/paraphrased'),
 sp('Daniyar Suleimenov','person',['Daniyar Suleimenov'],['a 34-year-old taxi driver in Almaty'],'Kazakhstan',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',note='real; words invented/paraphrased'),
 sp('Aigul Nurtazina','person',['Aigul Nurtazina'],['a retired teacher'],'Kazakhstan',note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State'],'United States',note='real; words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',[],['Ms. Sherman'],note='real; words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',[],['Mr. Ryabkov'],note='real; words invented'),
 sp('Natalia Orlik','person',['Natalia Orlik'],['a researcher with the Almaty-based Open Steppe Foundation'],'Kazakhstan',note='invented'),
 sp('Kairat Zhunusov','person',['Kairat Zhunusov'],['a political analyst based in Nur-Sultan'],'Kazakhstan',note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',note='real; words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['he'],note='real; words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States',['he'],note='real; words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],note='real; words invented/paraphrased'),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko'],['Belarusian President'],'Belarus',note='real; words invented'),
 sp('Jeppe Kofod','person',['Jeppe Kofod'],['Foreign Minister'],'Denmark',note='real; words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Gen.','Col. Gen.','commander of the Collective Security Treaty Organization force'],'Russia',note='real; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary-General'],None,note='real; words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='real; words invented'),
 sp('Yerlan Turgumbayev','person',['Yerlan Turgumbayev','Turgumbayev'],['Interior Minister'],'Kazakhstan',note='real; words invented'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp(RDM,'organisation',["Russia's Defense Ministry","Russia's defence ministry"],[],'Russia',quoted=False,note='source of aircraft figures; not quoted'),
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
