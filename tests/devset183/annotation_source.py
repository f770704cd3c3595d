#!/usr/bin/env python3
"""Source of the devset183 annotation: the hand-chosen spans, values and dates for 1557-1564.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset183/annotation_source.py && python3 tests/devset183/verify.py
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
MOD='Russian Defence Ministry'; NATO='NATO'; OSCE='OSCE'; RUS='Russia'
SER='Andrei Serdyukov'; STO='Jens Stoltenberg'; GRU='Alexander Grushko'; SHE='Wendy Sherman'; RYA='Sergey Ryabkov'
LUK='Alexander Lukashevich'; WANG='Wang Wenbin'

# ---------------- 1557 Vientiane Times, Xinhua/KPL item (Posted 14 Jan 2022, Fri; dateline Jan 13, Thu)
P='1557'
art(P,0,ln(P,'CSTO peacekeepers begin pullout from Kazakhstan'),ln(P,'NUR-SULTAN, Jan 13 (Xinhua)'),'Vientiane Times','2022-01-14',[],'NUR-SULTAN',
    ['Vientiane Times','Home | National | Business | Opinion | Region-World | Sport | E-Paper','Region-World','Posted: 14 Jan 2022 | By Xinhua, KPL','Related stories','- Vientiane-Boten railway carries 100,000 passengers in first month','Vientiane Times. Copyright © 2022. All rights reserved.','Contact us | About us | Advertise'],
    ls=ln(P,'CSTO peacekeepers begin pullout from Kazakhstan'),le=ln(P,'Laos has also expressed its sympathy'))
q(P,'The mission has been accomplished. The units are returning to their permanent bases,',SER,'Serdyukov','said')
q(P,'The arrival of the peacekeepers was a signal that Kazakhstan is not alone,','Mukhtar Tileuberdi','he','told',note='"he" = Foreign Minister Mukhtar Tileuberdi in the previous sentence')
q(P,'any attempt by external forces to instigate a colour revolution.',WANG,'Wang Wenbin','said',partial=True,note='long partial inside an indirect-speech sentence; contains the term "colour revolution" but is a clause, not a label')
q(P,'stands with the friendly people of Kazakhstan',None,'A spokesperson for the Ministry of Foreign Affairs in Vientiane','said',partial=True,note='unnamed Lao MFA spokesperson')
c(P,'troops_deployed',2030,'about','CSTO servicemen deployed to Kazakhstan',MOD,'About 2,030 servicemen',note='"According to the ministry" opens the previous sentence; the figure paragraph continues the ministry attribution')
c(P,'other',250,'about','pieces of military hardware deployed',MOD,'some 250 pieces of military hardware',note='equipment, not troops')
c(P,'killed',225,None,'bodies delivered to morgues during the unrest',"Kazakh Prosecutor General's Office",'225 bodies had been delivered to morgues')
c(P,'killed',19,None,'police officers and servicemen among the dead',"Kazakh Prosecutor General's Office",'including 19 police officers and servicemen')
e(P,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'began withdrawing from Kazakhstan on Thursday')
e(P,None,'other','Almaty',[SER],'said at a ceremony in Almaty',note='no day word in the sentence; the dateline (Jan 13) suggests 2022-01-13')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['CSTO'],'deployed to the Central Asian country since Jan 6')
e(P,'2022-01-11','statement','Nur-Sultan',['Kassym-Jomart Tokayev'],'announced on Tuesday that the main mission')
e(P,'2022-01-13','casualty_report',None,["Kazakh Prosecutor General's Office"],"Prosecutor General's Office said on Thursday")
e(P,'2022-01-13','statement','Beijing',[WANG],'Wang Wenbin said on Thursday')

# ---------------- 1558 Honolulu Star-Advertiser, AP story (Posted January 10, 2022, Mon)
P='1558'
art(P,0,ln(P,'U.S., Russia end Geneva talks with no deal on Ukraine'),ln(P,'GENEVA >> Senior U.S.'),'Honolulu Star-Advertiser','2022-01-10',[],'GENEVA',
    ['Honolulu Star-Advertiser','Subscribe | Log In | e-Edition','Breaking News | Hawaii News | Sports | Business | Features | Opinion | World','By Associated Press','Posted January 10, 2022','Updated 4:15 p.m.','Copyright © 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.','Previous Story','Hawaii reports 3,418 new coronavirus cases','Next Story','Man arrested after Kalihi stabbing','Click here to see our Commenting Policy.'],
    ls=ln(P,'U.S., Russia end Geneva talks with no deal on Ukraine'),le=ln(P,'Russian President Vladimir Putin said Monday'))
q(P,'frank and forthright discussion',SHE,'U.S. Deputy Secretary of State Wendy Sherman','said',partial=True)
q(P,'security proposals that are simply non-starters.',SHE,'U.S. Deputy Secretary of State Wendy Sherman','said',partial=True,note='second partial in the same indirect sentence')
q(P,"We will not allow anyone to slam closed NATO's open-door policy,",SHE,'Sherman','told')
q(P,'For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,',RYA,'Ryabkov','said',note='canonical Sergey; the text spells Sergei')
q(P,'difficult, long, very professional.',RYA,'He','described',partial=True)
q(P,'There are some ideas where we can make progress,',SHE,'she','said')
q(P,'There is no reason to continue if there is no progress,',RYA,'he','said')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine','U.S. officials','an estimated 100,000 troops',note='"an estimated" normalised to about')
e(P,'2022-01-10','talks','Geneva',[SHE,RYA],'ended nearly eight hours of talks on Monday')
e(P,'2022-01-12','talks','Brussels',[NATO,RUS],'continues Wednesday in Brussels',note='future Wednesday after Monday 10 Jan')
e(P,'2022-01-13','talks','Vienna',[OSCE],'Thursday in Vienna')
e(P,None,'troop_deployment','Kazakhstan',['Kassym-Jomart Tokayev','CSTO'],'called in the Collective Security Treaty Organization last week',note='"last week" (real 6 Jan)')
e(P,'2022-01-10','statement',None,['Vladimir Putin'],'Russian President Vladimir Putin said Monday')

# ---------------- 1559 Arkansas Democrat-Gazette "World in brief" (January 13, 2022, Thu): 3 items
P='1559'
B0=['Arkansas Democrat-Gazette','NEWS | SPORTS | OPINION | OBITUARIES | BUSINESS | STYLE','World in brief','January 13, 2022 at 3:17 a.m.','-- Compiled by Democrat-Gazette staff from wire reports']
h0=ln(P,'NATO, Russia make no headway at talks'); h1=ln(P,'Kazakh leader says troops to go home'); h2=ln(P,'Pakistan shrine fire kills 3')
art(P,0,h0,h0+1,'Arkansas Democrat-Gazette','2022-01-13',[],'BRUSSELS',B0,ls=h0,le=h1-2)
art(P,1,h1,h1+1,'Arkansas Democrat-Gazette','2022-01-13',[],'NUR-SULTAN, Kazakhstan',['-- The Associated Press'],ls=h1,le=h2-2)
art(P,2,h2,h2+1,'Arkansas Democrat-Gazette','2022-01-13',[],'LAHORE, Pakistan',['-- The Associated Press','Print Headline: World in brief','Copyright © 2022, Arkansas Democrat-Gazette, Inc. All rights reserved.','This document may not be reprinted without the express written permission of Arkansas Democrat-Gazette, Inc.'],ls=h2,le=ln(P,'said Ahmad Khan'))
q(P,'There are significant differences between NATO allies and Russia on these issues,',STO,'NATO Secretary General Jens Stoltenberg','said',art=0,note='inverted cue after the quote; title before name')
q(P,'Our differences will not be easy to bridge.',STO,'NATO Secretary General Jens Stoltenberg','said',art=0,note='second half after the interposed cue')
q(P,'dangerously low level.',GRU,'Grushko','told',art=0,partial=True)
q(P,'The blaze started from an electric short circuit,','Ahmad Khan','Ahmad Khan','said',art=2,note='off-topic item (not about Kazakhstan/talks) but a real quote; inverted "said NAME"')
c(P,'troops_deployed',2000,'more than','troops sent by the alliance',None,'more than 2,000 troops last week',art=1)
c(P,'detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 people had been detained',art=1,note='"Authorities said"; nearly → almost')
e(P,'2022-01-12','talks','Brussels',[NATO,RUS,STO,GRU,'Alexander Fomin'],'failed to bridge their differences over Ukraine on Wednesday',art=0)
e(P,'2022-01-11','statement',None,['Kassym-Jomart Tokayev'],"Kazakhstan's president said Tuesday",art=1,note='bare weekday, no "on"')
e(P,'2022-01-11','appointment',None,['Kassym-Jomart Tokayev','Alikhan Smailov'],'He also named Alikhan Smailov as prime minister.',art=1,note='same parliament speech as the Tuesday statement')
e(P,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'would begin withdrawing them in two days',art=1,note='"in two days" from Tuesday 11 Jan')
e(P,None,'troop_deployment','Kazakhstan',['CSTO'],'The alliance sent more than',art=1,note='"last week"')
e(P,'2022-01-12','other','Pakistan',[],'A fire at a shrine in eastern Pakistan',art=2,note='"Wednesday" in the same sentence; off-topic item')

# ---------------- 1560 Macau Daily Times, MDT/Agencies (January 13, 2022, Thu)
P='1560'
art(P,0,ln(P,'Russia, NATO fail to bridge gap in Brussels'),ln(P,"Russia and NATO failed to make progress"),'Macau Daily Times','2022-01-13',[],None,
    ['Macau Daily Times','澳門每日時報','Macau | Greater Bay | China | Asia Pacific | World | Business | Opinion','World','MDT/Agencies | January 13, 2022','Tags: NATO, Russia, Ukraine','RELATED POSTS','Macau records zero new Covid-19 cases for 110 days','Leave a Reply','© 2022 Macau Daily Times. All Rights Reserved.'],
    ls=ln(P,'Russia, NATO fail to bridge gap in Brussels'),le=ln(P,'In Kazakhstan, President Kassym-Jomart Tokayev said'))
q(P,'a real risk for new armed conflict in Europe.',STO,"the alliance's chief",'warning',partial=True,note='role phrase before the name (Stoltenberg named in the next paragraph); cue is the participle "warning"')
q(P,"No one is going to slam the door in Ukraine's face,",STO,'Stoltenberg','told')
q(P,'by means of counter-deterrence.',GRU,'He','warned',partial=True)
q(P,'The situation is very dangerous,',GRU,'Grushko','told')
q(P,'We need a clear result, not endless talks about talks.',GRU,'Grushko','told',note='second quote after the interposed cue')
q(P,'abandon the Cold War mentality.',WANG,'Chinese Foreign Ministry spokesperson Wang Wenbin','said',partial=True)
c(P,'troops_deployed',100000,'about','troops gathered near Ukraine','US officials','some 100,000 troops have gathered',note='"some" normalised to about')
e(P,'2022-01-12','talks','Brussels',[NATO,RUS,STO,GRU,SHE],'at talks in Brussels yesterday')
e(P,'2022-01-10','talks','Geneva',['United States',RUS],'bilateral US-Russia talks in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',[OSCE],'is set for today')
e(P,'2022-01-11','statement',None,['Kassym-Jomart Tokayev'],'said on Tuesday that troops')

# ---------------- 1561 Borneo Bulletin, AFP (January 14, 2022, Fri)
P='1561'
art(P,0,ln(P,'Russia-led troops leave Almaty as Kazakhstan counts cost'),ln(P,'ALMATY (AFP) – The first planes'),'Borneo Bulletin','2022-01-14',[],'ALMATY',
    ['Borneo Bulletin',"Brunei's No 1 Newspaper",'HOME | NATIONAL | WORLD | BUSINESS | SPORTS | LIFESTYLE | E-PAPER','WORLD','January 14, 2022','– AFP','TOPICS: Kazakhstan, Russia','YOU MAY ALSO LIKE','Brunei records 43 new COVID-19 cases','Copyright © 2022 Borneo Bulletin. All rights reserved.'],
    ls=ln(P,'Russia-led troops leave Almaty as Kazakhstan counts cost'),le=ln(P,'– AFP'))
q(P,'You came to us at a difficult hour,','Sultan Gamaletdinov','he','said')
q(P,'We are glad it is quiet, but nobody knows what really happened,','Dana','Dana','said',note='first name only; inverted "said Dana, a 34-year-old teacher"')
c(P,'aircraft',4,None,'Il-76 transport aircraft leaving with troops',MOD,'four Il-76 transport aircraft',note='written-out "four"')
c(P,'killed',225,None,'people who died in the violence','Kazakh authorities','Authorities have said 225 people died')
c(P,'killed',19,None,'security forces among the dead','Kazakh authorities','19 members of the security forces')
c(P,'detained',10000,'almost','people detained','Kazakh authorities','Nearly 10,000 people were detained',note='attribution carried over from the previous sentence')
e(P,'2022-01-13','withdrawal','Almaty',[RUS],'took off from Kazakhstan yesterday')
e(P,'2022-01-19','withdrawal','Kazakhstan',[MOD],'completed by January 19',note='planned completion')
e(P,'2022-01-13','other','Almaty',['Sultan Gamaletdinov'],'At a farewell ceremony on Thursday')
e(P,'2022-01-05','protest','Almaty',[],'the city hall was torched on January 5')
e(P,'2022-01-10','talks',None,['Vladimir Putin','CSTO'],'told a CSTO video summit on Monday')

# ---------------- 1562 Anchorage Daily News, Washington Post wire (January 13, 2022, Thu)
P='1562'
art(P,0,ln(P,'Vienna talks end week of Russia-West diplomacy'),ln(P,'VIENNA – A week of intense'),'Anchorage Daily News','2022-01-13',[],'VIENNA',
    ['Anchorage Daily News','Alaska News | Politics | Sports | Opinions | Nation/World | Obituaries | Newsletters','Nation/World','By The Washington Post','Updated: January 13, 2022','Published: January 13, 2022','Read more:','Alaska Legislature returns to Juneau with budget fight ahead',"Russia's Arctic buildup watched closely from Alaska",'Comments','Copyright © 2022 Anchorage Daily News. All rights reserved.'],
    ls=ln(P,'Vienna talks end week of Russia-West diplomacy'),le=ln(P,'Meanwhile, Russian forces began leaving Kazakhstan'))
q(P,'It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Rau','told')
q(P,'a crisis in European security.','Michael Carpenter','Michael Carpenter','said',partial=True)
q(P,'The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,','Michael Carpenter','Carpenter','told')
q(P,'If we do not hear a constructive response to our proposals within a reasonable time frame, and aggressive behavior toward Russia continues, we will have to take the necessary measures,',LUK,'he','said',note='"he" = Alexander Lukashevich, named in the preceding sentence of the same paragraph')
q(P,'I do not see grounds to sit down in the coming days,',RYA,'Ryabkov','said')
c(P,'troops_deployed',2000,'about','Russian troops in Kazakhstan',MOD,'roughly 2,000 troops',note='"roughly" normalised to about; the pullout figure')
e(P,'2022-01-13','talks','Vienna',[OSCE,'Zbigniew Rau','Michael Carpenter',LUK],'ended Thursday without any breakthrough')
e(P,None,'statement','Moscow',[RYA],'told Russian television',note='no day word (real 13 Jan)')
e(P,'2022-01-10','talks','Geneva',[RYA,SHE],'Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',[NATO,RUS],'met in Brussels on Wednesday')
e(P,None,'withdrawal','Kazakhstan',[RUS],'Russian forces began leaving Kazakhstan',note='"Meanwhile", no day word')

# ---------------- 1563 CdM (Café del Montenegro) English (12.01.2022. 19:42h, Wed)
P='1563'
art(P,0,ln(P,'NATO-Russia Council: Podgorica backs'),ln(P,'Montenegro, a NATO member since 2017'),'CdM','2022-01-12',['Jelena Vuković'],None,
    ['CdM','Café del Montenegro','Politika | Društvo | Ekonomija | Svijet | Sport | English','English','12.01.2022. 19:42h','Author: Jelena Vuković','Podijeli: Facebook | Twitter | Viber','Najnovije vijesti','Vlada usvojila prijedlog budžeta za 2022.','CdM © 2022 | Impressum | Marketing'],
    ls=ln(P,'NATO-Russia Council: Podgorica backs'),le=ln(P,'Montenegro expelled a Russian diplomat'))
q(P,'Every country has the right to choose its own path. Montenegro chose freely, and nobody in Moscow can take that choice back,','Marko Radonjić','Marko Radonjić','told',note='inverted: "…," the state secretary …, Marko Radonjić, told CdM')
q(P,'with one voice','Marko Radonjić','Radonjić','said',partial=True)
q(P,'What happened in Kazakhstan shows how quickly Moscow can move troops when it wants to,','Marko Radonjić','he','said')
q(P,'For a country of our size the open door is not an abstract principle. It is the reason we are safe today,','Nikola Perović','Perović','said',malformed=True,note='opens with low-9 „ (U+201E) and closes with a straight ", mismatched pair')
q(P,'Russia will not have a veto',STO,'NATO Secretary General Jens Stoltenberg','said',partial=True,note='nearest-name trap: Grushko is named in the previous sentence')
c(P,'troops_deployed',2000,'about','Russian-led force deployed to Kazakhstan',None,'around 2,000 soldiers',note='"around" → about')
e(P,'2022-01-12','talks','Brussels',[NATO,RUS],'met Russian diplomats in Brussels')
e(P,'2022-01-12','statement','Podgorica',['Montenegro'],'said on Wednesday that the alliance')
e(P,None,'troop_deployment','Kazakhstan',[RUS],'was deployed last week',note='"last week"')
e(P,None,'other','Montenegro',['Montenegro'],'expelled a Russian diplomat in 2021',note='year only')

# ---------------- 1564 Gibraltar Chronicle, staff and PA (14th January 2022, Fri)
P='1564'
art(P,0,ln(P,'UK tells OSCE Russia must choose diplomacy'),ln(P,'Britain has told the Organization'),'Gibraltar Chronicle','2022-01-14',[],None,
    ['GIBRALTAR CHRONICLE','Local News | Brexit | Features | Sport | Opinion | Business | UK/World','UK/World','14th January 2022','By Chronicle Staff and PA','Follow us on Facebook and Twitter.','Related',"Gibraltar's Covid-19 figures, Friday 14th January",'Gibraltar Chronicle © 2022. All rights reserved. Privacy Policy | Cookie Policy'],
    ls=ln(P,'UK tells OSCE Russia must choose diplomacy'),le=ln(P,'Mr Picardo said'))
UKD='UK delegation to the OSCE'
q(P,'de-escalate and engage in meaningful dialogue',UKD,'Britain','told',partial=True,note='country name as the speaker mention')
q(P,'a massive strategic mistake',None,"the UK's representative",'said',partial=True,note='unnamed representative (speaker null); UK delegation acceptable')
q(P,'The United Kingdom and our allies are united. We will not trade away the principles on which European security rests,',UKD,'the UK delegation','said in a statement')
q(P,'shown Russia a path','Liz Truss','Foreign Secretary Liz Truss','said',partial=True)
q(P,'It is now for the Kremlin to decide whether it takes it,','Liz Truss','she','said')
q(P,'a menu from which one can pick dishes',LUK,'Alexander Lukashevich','told',partial=True)
q(P,'Gibraltar stands with the United Kingdom and our NATO partners,','Fabian Picardo','Mr Picardo','said',note='honorific "Mr" + surname')
c(P,'troops_deployed',2030,'about','CSTO soldiers sent to Kazakhstan',None,'about 2,030 soldiers',note='no source in the sentence')
e(P,'2022-01-13','talks','Vienna',[OSCE,UKD,LUK],'Permanent Council in Vienna on Thursday')
e(P,'2022-01-10','talks','Geneva',['United States',RUS],'US-Russia talks in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',[NATO,RUS],'the NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-14','statement',None,['Liz Truss'],'Liz Truss said on Friday')
e(P,'2022-01-19','withdrawal','Kazakhstan',[MOD],'would leave by 19 January',note='planned completion')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','commander of the collective peacekeeping forces'],'Russia',note='words invented'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['Kazakh Foreign Minister'],'Kazakhstan',['he'],note='real minister; words invented'),
 sp(WANG,'person',['Wang Wenbin'],['Chinese Foreign Ministry spokesperson'],'China',note='real spokesperson; words paraphrased'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State','US Deputy Secretary of State','Deputy Secretary of State'],'United States',['she','She'],note='words invented/paraphrased'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',['He','he'],note='canonical Sergey (gold); the texts spell Sergei; words paraphrased'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,["the alliance's chief"],note='words invented/paraphrased'),
 sp(GRU,'person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister',"Russian Deputy Foreign Minister"],'Russia',['He'],note='words invented/paraphrased'),
 sp('Ahmad Khan','person',['Ahmad Khan'],['a local rescue official'],'Pakistan',note='invented; off-topic brief'),
 sp('Sultan Gamaletdinov','person',['Sultan Gamaletdinov'],['Kazakh Deputy Defence Minister'],'Kazakhstan',['he'],note='real deputy minister; words invented'),
 sp('Dana','person',['Dana'],['a 34-year-old teacher'],'Kazakhstan',note='invented; first name only'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',note='OSCE chair; words paraphrased'),
 sp('Michael Carpenter','person',['Michael Carpenter','Carpenter'],['The U.S. ambassador to the OSCE'],'United States',note='real ambassador; words paraphrased'),
 sp(LUK,'person',['Alexander Lukashevich','Lukashevich'],["Russia's envoy","Russia's representative"],'Russia',['he'],note='words invented/paraphrased'),
 sp('Marko Radonjić','person',['Marko Radonjić','Radonjić'],['the state secretary at the Ministry of Foreign Affairs'],'Montenegro',['he'],note='invented'),
 sp('Nikola Perović','person',['Nikola Perović','Perović'],['Security analyst'],'Montenegro',note='invented; Atlantic Forum invented'),
 sp(UKD,'organisation',['UK delegation','Britain'],[],'United Kingdom',["the UK's representative"],note='statement invented'),
 sp('Liz Truss','person',['Liz Truss'],['Foreign Secretary'],'United Kingdom',['she'],note='words invented'),
 sp('Fabian Picardo','person',['Fabian Picardo','Picardo'],["Gibraltar's Chief Minister"],'Gibraltar',[],['Mr Picardo'],note='real chief minister; words invented'),
 sp('Kassym-Jomart Tokayev','person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',["Kazakhstan's president"],["Tokayev's"],quoted=False,note='in 6 files; the only quoted-looking span ("strategic facilities", 1561) is excluded as a term'),
 sp('CSTO','organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='not quoted'),
 sp(MOD,'organisation',['Russian Defence Ministry','Defense Ministry','defence ministry','Ministry of Defence'],[],'Russia',['the ministry'],quoted=False,note='source of figures; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',quoted=False,note='mentioned in 1558 and 1561; "colour revolutions" excluded as a label'),
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
