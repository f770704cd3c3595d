#!/usr/bin/env python3
"""Source of the devset179 annotation: the hand-chosen spans, values and dates for 1525-1532.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset179/annotation_source.py && python3 tests/devset179/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; SER='Andrei Serdyukov'
RDM='Russian Defence Ministry'; KPO='Kazakh Presidential Press Office'

# ---------------- 1525 TASS interview page, Q&A ("12 JAN, 14:20", no year; Wednesday 12 January 2022)
P='1525'
art(P,0,ln(P,'CSTO mission in Kazakhstan "fulfilled'),ln(P,'Pavel Zorin, head of the Eurasian'),'TASS','2022-01-12',['Yekaterina Volkova'],None,
    ['TASS','Russian News Agency','RUSSIA | WORLD | ECONOMY | MILITARY & DEFENSE | SCIENCE & SPACE | SPORT | INTERVIEWS','INTERVIEWS','12 JAN, 14:20','Interviewed by Yekaterina Volkova','Read also','Tags: Kazakhstan, CSTO, Interviews','© 2022 TASS Russian News Agency. All rights reserved.','Mass media registration certificate No. 03247 issued on April 2, 1999'])
q(P,'fulfilled its task','Pavel Zorin','expert',None,partial=True,zone='headline',note='"Title — expert" headline convention; the words are a headline paraphrase, not found in the answers')
q(P,'has been successfully completed,',TOK,'the president','put it',partial=True,note='recited by the interviewee Zorin ("as the president put it"); speaker is Tokayev, not the nearest speaker Zorin')
q(P,'did not use weapons and did not participate in operations against civilians.',SER,'He','said',partial=True,note='He = General Andrey Serdyukov named in the preceding question line')
q(P,'serious signal to those who planned to destabilize the region,','Pavel Zorin','I','I think',partial=True,note='the interviewee marks his own phrase with quotes inside an unquoted Q&A answer')
q(P,'difficult, long, very professional.','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','said',partial=True,note='reported inside Zorin\'s answer; the name Wendy Sherman follows the cue')
c(P,'troops_deployed',2030,None,'servicemen in the CSTO group',RDM,'the group numbers 2,030 servicemen',note='"According to the Defense Ministry"; "about 250 units of military hardware" is not a claim')
e(P,'2022-01-11','statement',None,[TOK],'said on Tuesday that the CSTO peacekeepers')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to pull out in two days',note='"in two days" from Tuesday 11 Jan')
e(P,None,'statement',None,[SER],'said the other day that the peacekeepers',note='"the other day": no date')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],"after Monday's meeting with Wendy Sherman")
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'with NATO in Brussels today')
e(P,None,'other',None,['Pavel Zorin','TASS'],'told TASS in an interview',note='the interview itself; undated (published 12 Jan)')

# ---------------- 1526 RIA Novosti English wire item (21:47 09.01.2022, Sunday)
P='1526'
art(P,0,ln(P,'Kazakh Interior Ministry Reports 5,800'),ln(P,'MOSCOW, January 9 - RIA Novosti. About'),'RIA Novosti','2022-01-09',[],'MOSCOW',
    ['RIA NOVOSTI','Russian Information Agency | ENGLISH SERVICE','Home > World > Central Asia','21:47 09.01.2022 (updated: 22:15 09.01.2022)','ALSO READ','Subscribe to RIA Novosti English on Telegram','© 2022 RIA Novosti. Certificate of registration El No. FS77-xxxxx'])
q(P,'significant number',KPO,'the presidential press service','said',partial=True,note='two-word wording of the statement, repeated inside the full quote that follows')
q(P,'In total, about 5,800 people were taken to police departments, among them a significant number of foreign citizens,',KPO,'the statement','said')
q(P,'Public transport will resume in the coming days, and the airport is expected to reopen for domestic flights this week,','Yerbolat Dossayev','he','said',note='he = Almaty city Akim Yerbolat Dossayev (previous sentence)')
q(P,'thanked Russia and the CSTO partners for their prompt assistance.','Kremlin press service','The Kremlin press service','said',partial=True,note='third-person wording of the Kremlin readout about Tokayev; speaker is the press service')
c(P,'detained',5800,None,'detainees including foreigners',MIA,'Reports 5,800 Detainees',zone='headline',note='the headline credits the Interior Ministry; the body credits the presidential press service')
c(P,'detained',5800,'about','people detained after the riots',KPO,'About 5,800 people, including')
c(P,'detained',5800,'about','people taken to police departments',KPO,'about 5,800 people were taken to police departments',note='inside the quoted statement')
c(P,'killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces had been killed')
c(P,'injured',1300,'more than','members of the security forces injured',MIA,'more than 1,300 had been injured')
e(P,'2022-01-09','statement',None,[KPO],'the presidential press service said on Sunday')
e(P,None,'other',None,[TOK],'following a meeting of the operational headquarters',note='no day given; same day (9 Jan) implied')
e(P,'2022-01-09','casualty_report',None,[MIA],'said earlier in the day that 16 members')
e(P,None,'talks',None,['Vladimir Putin',TOK],'held a telephone conversation with Tokayev',note='"Earlier": no date')
e(P,'2022-01-02','protest','Zhanaozen',[],'began on January 2 in the western town of Zhanaozen')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On January 5, Tokayev asked the CSTO for help')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the first units arrived the following day')

# ---------------- 1527 Kyiv Independent analysis (January 11, 2022 7:02 pm, Tuesday)
P='1527'
art(P,0,ln(P,'Kazakhstan shows how fast Russian troops'),ln(P,'Russian paratroopers arrived in Kazakhstan'),'The Kyiv Independent','2022-01-11',['Olena Hrytsenko'],None,
    ['THE KYIV INDEPENDENT','Ukraine | War | Business | Opinion | Culture | Support us','ANALYSIS','by Olena Hrytsenko','January 11, 2022 7:02 pm','Olena Hrytsenko is a reporter at the Kyiv Independent covering foreign policy.','Read more:',"We're independent. Support our journalism on Patreon.",'© 2022 The Kyiv Independent. All rights reserved.'])
q(P,'Moscow showed it can move a full airborne battalion group by air in one night and present it as a peacekeeping mission,','Taras Kovalchuk','Taras Kovalchuk','said',note='inverted cue "said Taras Kovalchuk, a retired colonel"')
q(P,'Anyone in Europe who thinks there would be weeks of warning should look at Almaty.','Taras Kovalchuk','Taras Kovalchuk','said',note='continuation after the inverted cue')
q(P,'with concern','Oleg Nikolenko','Spokesman Oleg Nikolenko','said',partial=True)
q(P,'In Ukraine there is no government that would ask Russia to come in,','Iryna Savchenko','Savchenko','told')
q(P,"That is why the Kremlin needs other stories — about 'genocide' in Donbas, about NATO bases.",'Iryna Savchenko','Savchenko','told',note="nested single-quoted scare word 'genocide' is not a separate record")
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees','Sergey Ryabkov','Sergey Ryabkov','repeated',partial=True)
c(P,'troops_deployed',100000,'about',"Russian troops near Ukraine's borders",None,'about 100,000 Russian troops gathered')
c(P,'aircraft',70,'more than','aircraft in the airlift to Kazakhstan',RDM,'more than 70 aircraft had taken part')
c(P,'troops_deployed',2030,None,'troops in the CSTO force',None,'numbered 2,030 troops')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'On Jan. 6, the first Il-76 transport planes landed')
e(P,'2022-01-06','statement',None,['Oleg Nikolenko'],'Spokesman Oleg Nikolenko said on Jan. 6')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said on Jan. 11')
e(P,'2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov','Wendy Sherman'],'in Geneva on Jan. 10 ended without progress')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'scheduled to meet in Brussels on Jan. 12')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'followed by an OSCE meeting in Vienna a day later')

# ---------------- 1528 Ukrinform chronology (13.01.2022 18:35, Thursday)
P='1528'
art(P,0,ln(P,'Unrest in Kazakhstan: timeline of key events'),ln(P,'Ukrinform has compiled a chronology'),'Ukrinform','2022-01-13',[],None,
    ['UKRINFORM','Multimedia platform for broadcasting in foreign languages','Politics  Economy  War  World  Society  Kyiv  Regions  Diaspora  Sports','World','13.01.2022 18:35','Read also: Embassy of Ukraine in Kazakhstan: no Ukrainians among victims','When citing and using any materials on the Internet, links to the website ukrinform.net not lower than the first paragraph are mandatory.','Subscribe to our pages on social networks.'])
q(P,'open fire without warning',TOK,'Tokayev','says',partial=True)
q(P,'What negotiations can there be with criminals and murderers?',TOK,'He','rejects talks with protesters:',note='cue is a colon after a reporting clause')
q(P,'we will not allow the situation to be rocked at home','Vladimir Putin','Russian President Vladimir Putin','says',partial=True)
q(P,'respects the sovereignty and territorial integrity of Kazakhstan','Ukrainian Foreign Ministry',"Ukraine's Foreign Ministry",'stated',partial=True)
c(P,'detained',7939,None,'people detained',MIA,'7,939 people have been detained')
e(P,'2022-01-02','protest','Zhanaozen',[],'Residents of Zhanaozen in the Mangystau region take to the streets')
e(P,'2022-01-04','protest','Almaty',[],'Protests spread to Aktau, Almaty and other cities')
e(P,'2022-01-05','government_resignation',None,[TOK],'accepts the resignation of the government')
e(P,'2022-01-05','state_of_emergency',None,[TOK],'declares a state of emergency')
e(P,'2022-01-05','protest','Almaty',[],'Rioters storm the Almaty city administration and the airport')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'appeals to the leaders of the CSTO for help')
e(P,'2022-01-05','statement',None,['Nikol Pashinyan',CSTO],'announces that peacekeeping forces will be sent',note='"The same night" under the January 5 entry')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first Russian units arrive.')
e(P,'2022-01-06','other','Kazakhstan',[],'The Internet is cut off almost across the whole country.')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address, Tokayev says')
e(P,'2022-01-08','arrest',None,['Karim Massimov'],'Karim Massimov is detained on suspicion of high treason')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Interior Ministry reports that 7,939')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'An extraordinary online summit of the CSTO is held')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev announces that the CSTO mission has been completed')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov'],'Alikhan Smailov is approved as prime minister')
e(P,'2022-01-13','other','Almaty',[CSTO],'A ceremony marking the end of the mission is held in Almaty')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO,SER],'will be completed by January 19')
e(P,None,'statement',None,['Ukrainian Foreign Ministry'],"Ukraine's Foreign Ministry stated",note='undated')

# ---------------- 1529 24.kz (Khabar 24) video news page ("Today, 16:05": crawl-relative, publication date null)
P='1529'
art(P,0,ln(P,'Peacekeepers hand over protected facilities'),ln(P,'The CSTO collective peacekeeping forces have begun'),'24.kz',None,['Aizhan Tulegenova'],None,
    ['24.kz',"Khabar 24 | Kazakhstan's first news channel",'NEWS  POLITICS  SOCIETY  ECONOMY  VIDEO  LIVE','Қаз | Рус | Eng','Today, 16:05','Views: 2 418','[VIDEO 02:37]','Author: Aizhan Tulegenova','Camera: Marat Seitov','Tags: #CSTO #Almaty #Peacekeepers','Most read','© 2022 24.kz. Use of materials is permitted only with a hyperlink to 24.kz'])
q(P,'All facilities are transferred in full working order. Our units are ready to ensure their security on their own,','Sultan Gamaletdinov','Deputy Minister of Defense Sultan Gamaletdinov','said')
q(P,'The withdrawal will take up to ten days. Equipment and personnel will be airlifted by military transport aircraft,',SER,'he','noted',note='he = Colonel General Andrey Serdyukov (previous sentence)')
q(P,'The mission was short and effective,',TOK,'the President','wrote',note='inverted "the President wrote on Twitter"; title-only mention')
e(P,None,'withdrawal','Almaty',[CSTO,'Kazakh Defence Ministry'],'have begun handing over the facilities',note='page stamp "Today" only; the text places it on 13 Jan')
e(P,'2022-01-13','other','Almaty',['Ruslan Zhaksylykov',CSTO],'On the morning of January 13, a ceremony was held')
e(P,'2022-01-05','protest','Almaty',[],'which was seized by rioters on January 5')
e(P,None,'statement',None,[SER],'said the personnel would return')
e(P,None,'statement',None,[TOK],'thanked the leaders of the CSTO member states',note='"Earlier": no date')

# ---------------- 1530 Kabar agency item (07.01.2022 13:12, Friday)
P='1530'
art(P,0,ln(P,'Jogorku Kenesh approves sending Kyrgyz troops'),ln(P,'BISHKEK, Jan. 7 — Kabar.'),'Kabar','2022-01-07',[],'BISHKEK',
    ['KABAR','Kyrgyz National News Agency','Politics | Economy | Society | Region | Culture | Photo','07.01.2022 | 13:12','Photo: kabar.kg','Related news:','All rights reserved. Kabar, 2022.'])
q(P,'Our soldiers will guard strategic facilities. They will not be involved in the dispersal of rallies,','Akylbek Japarov','he','said',note='he = Chairman of the Cabinet Akylbek Japarov; not President Sadyr Japarov (same surname)')
q(P,'Kazakhstan is our brother, but we must not become a party to the conflict,','Dastan Bekeshev','he','said')
q(P,'The stability of Kazakhstan is the stability of the whole of Central Asia,','Sadyr Japarov','the head of state','wrote',note='title-only inverted cue; the other Japarov is the trap')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen in the CSTO contingent','Kyrgyz Ministry of Defence','the contingent will include 150 servicemen',note='"11 units of equipment", "83 deputies", "about 4,000 citizens" are not claims')
e(P,'2022-01-07','other','Bishkek',['Jogorku Kenesh'],'on Friday approved sending a military contingent')
e(P,None,'statement',None,['Sadyr Japarov'],'said in a Facebook post',note='undated')
e(P,'2022-01-06','talks',None,['Sadyr Japarov',TOK],'On Thursday, Sadyr Japarov held a telephone conversation',note='Thursday before Friday 7 Jan')
e(P,None,'statement',None,['Kyrgyz Foreign Ministry'],'Earlier, the Kyrgyz Foreign Ministry reported')
e(P,'2022-01-08','troop_deployment','Kant',['Kyrgyzstan',CSTO],'will depart from the Kant airbase on Saturday')

# ---------------- 1531 UzDaily item (08 January 2022, 11:40, Saturday)
P='1531'
art(P,0,ln(P,'Uzbekistan calls for calm in Kazakhstan'),ln(P,'Tashkent, Uzbekistan (UzDaily.com) --'),'UzDaily','2022-01-08',[],'Tashkent, Uzbekistan',
    ['UzDaily.uz','Uzbekistan news | Business | Politics | Society | Tech','Politics   |   08 January 2022, 11:40   |   1 873 views','Share: Telegram | Facebook | Twitter','Related news','Copyright © 2022 UzDaily.uz. All rights reserved.'])
q(P,'Uzbekistan supports the measures taken by the leadership of Kazakhstan to restore constitutional order and hopes for the speedy stabilization of the situation,','Uzbek Foreign Ministry','the statement','said')
q(P,'full support','Shavkat Mirziyoyev','Mirziyoyev','expressed',partial=True,note='"According to the press service of the President of Uzbekistan" opens the sentence')
q(P,'Freight traffic has slowed down, but citizens can cross the border. We are in constant contact with our Kazakh colleagues,','Furkat Sidikov','he','said')
q(P,'Any government in the region will now think twice before touching fuel prices,','Bakhtiyor Ergashev','he','said')
c(P,'injured',3,None,'Uzbek citizens injured','Uzbek Foreign Ministry','Three of them were injured',note='written-out number; "about 2,600 citizens" is not a claim')
c(P,'detained',1,None,'Uzbek citizen detained','Uzbek Foreign Ministry','one was detained',note='written-out "one"')
e(P,'2022-01-07','statement',None,['Uzbek Foreign Ministry'],'said in a statement on Friday')
e(P,'2022-01-06','talks',None,['Shavkat Mirziyoyev',TOK],'held a telephone conversation with Kassym-Jomart Tokayev on Thursday')
e(P,None,'statement',None,['Furkat Sidikov'],'speaking to journalists')
e(P,None,'other','Almaty',['Uzbekistan Airways'],'has suspended flights to Almaty until further notice')

# ---------------- 1532 Kazakhstanskaya Pravda "News in brief" (12 January 2022, Wednesday), 4 items = 4 articles
P='1532'
KPB=['Kazakhstanskaya Pravda','Official newspaper of the Republic of Kazakhstan | English edition','Main | Politics | Economy | Society | In brief','NEWS IN BRIEF','12 January 2022']
h=[ln(P,'Smailov government formed'),ln(P,'Almaty airport to reopen on Thursday'),ln(P,'Interior Ministry: 9,900 people detained'),ln(P,'Peacekeepers to leave on Thursday')]
dl=['Nur-Sultan','Almaty','Nur-Sultan','Almaty']
ends=[h[1]-2,h[2]-2,h[3]-2,None]
for i in range(4):
    boil=KPB if i==0 else (['Compiled by Gulnara Abdrakhmanova','© Kazakhstanskaya Pravda, 2022. Reprinting is allowed only with reference to the newspaper.'] if i==3 else [])
    art(P,i,h[i],h[i]+2,'Kazakhstanskaya Pravda','2022-01-12',['Gulnara Abdrakhmanova'],dl[i],boil,ls=h[i],le=ends[i])
q(P,'act quickly and speak openly with the people.',TOK,'President Kassym-Jomart Tokayev','said',art=0,partial=True)
q(P,'The investigation into each case will be thorough,','Marat Kozhayev','he','said',art=2)
q(P,'We are grateful to our allies,','Ruslan Zhaksylykov','Defense Minister Ruslan Zhaksylykov','said',art=3)
c(P,'detained',9900,None,'people detained',MIA,'Interior Ministry: 9,900 people detained',art=2,zone='headline')
c(P,'detained',9900,None,'people detained across the country',MIA,'A total of 9,900 people have been detained',art=2)
c(P,'killed',16,None,'law enforcement officers killed','Marat Kozhayev','16 law enforcement officers had been killed',art=2)
e(P,'2022-01-11','appointment','Nur-Sultan',['Mazhilis','Alikhan Smailov'],'The Mazhilis on Tuesday approved Alikhan Smailov',art=0)
e(P,'2022-01-13','other','Almaty',[],'will resume domestic flights on January 13',art=1)
e(P,'2022-01-11','casualty_report',None,[MIA],'the Ministry of Internal Affairs reported on Tuesday',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin its withdrawal on January 13',art=3)
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'which arrived on January 6',art=3)

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State','the Kazakh leader'],'Kazakhstan',['the president','He','the President'],['Tokayev:']),
 sp(SER,'person',['Andrey Serdyukov'],['General','Colonel General','CSTO force commander','Commander of the CSTO force'],'Russia',['He','he'],['Serdyukov:']),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister',"Russia's Deputy Foreign Minister"],'Russia'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Pavel Zorin','person',['Pavel Zorin','Zorin'],['head of the Eurasian Security Studies Center'],'Russia',['expert','I'],['Mr. Zorin'],note='invented'),
 sp(KPO,'organisation',['presidential press service'],[],'Kazakhstan',['the statement'],note='statement wording invented'),
 sp('Kremlin press service','organisation',['Kremlin press service'],[],'Russia',note='readout wording invented'),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev'],['Almaty city Akim'],'Kazakhstan',['he'],note='real akim; words invented'),
 sp('Taras Kovalchuk','person',['Taras Kovalchuk'],['a retired colonel'],'Ukraine',note='invented'),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko'],['Spokesman'],'Ukraine',note='real MFA spokesman; words paraphrased'),
 sp('Iryna Savchenko','person',['Iryna Savchenko','Savchenko'],['a researcher at the New Europe Center'],'Ukraine',['She'],note='invented'),
 sp('Ukrainian Foreign Ministry','organisation',["Ukraine's Foreign Ministry"],[],'Ukraine',note='statement wording invented'),
 sp('Sultan Gamaletdinov','person',['Sultan Gamaletdinov'],['Deputy Minister of Defense'],'Kazakhstan',note='real deputy minister; words invented'),
 sp('Akylbek Japarov','person',['Akylbek Japarov'],['Chairman of the Cabinet of Ministers'],'Kyrgyzstan',['he'],note='real; words invented; same surname as the president'),
 sp('Dastan Bekeshev','person',['Dastan Bekeshev'],['Deputy'],'Kyrgyzstan',['he'],note='real MP; words invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan',['the head of state'],note='real; words invented'),
 sp('Uzbek Foreign Ministry','organisation',['Ministry of Foreign Affairs'],[],'Uzbekistan',['the statement','the ministry'],note='statement wording invented'),
 sp('Shavkat Mirziyoyev','person',['Shavkat Mirziyoyev','Mirziyoyev'],['President of Uzbekistan'],'Uzbekistan',note='real; words invented'),
 sp('Furkat Sidikov','person',['Furkat Sidikov'],['Deputy Foreign Minister'],'Uzbekistan',['he'],note='real deputy minister; words invented'),
 sp('Bakhtiyor Ergashev','person',['Bakhtiyor Ergashev'],['Political analyst'],'Uzbekistan',['he'],note='words invented'),
 sp('Marat Kozhayev','person',['Marat Kozhayev'],['Deputy Minister'],'Kazakhstan',['he'],note='real deputy interior minister; words invented'),
 sp('Ruslan Zhaksylykov','person',['Ruslan Zhaksylykov'],['Defense Minister','Kazakh Defense Minister'],'Kazakhstan',note='real; words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['U.S. Deputy Secretary of State'],'United States',quoted=False,note='her one-word "non-starters." is excluded'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(RDM,'organisation',['Russian Defense Ministry','Defense Ministry'],[],'Russia',quoted=False,note='source of figures; not quoted'),
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
