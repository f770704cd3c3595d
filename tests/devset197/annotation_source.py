#!/usr/bin/env python3
"""Source of the devset197 annotation: the hand-chosen spans, values and dates for 1669-1676.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset197/annotation_source.py && python3 tests/devset197/verify.py
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
NBK='National Bank of Kazakhstan'; MDD='Kazakh Ministry of Digital Development'; OFF='Kazakh officials'

# ---------------- 1669 Comms Eurasia telecoms trade story behind a metered paywall (Tuesday 11 January 2022)
P='1669'
art(P,0,ln(P,'Kazakh operators count the cost as mobile data returns'),ln(P,'Fixed and mobile networks were back'),'Comms Eurasia','2022-01-11',['Henrik Alsvik'],None,
    ['COMMS EURASIA','Telecoms intelligence for the CIS, Caucasus and Central Asia','Networks | Operators | Spectrum | Regulation | Data Centres | Events | Research','Operators > Central Asia','PREMIUM','By Henrik Alsvik','Tuesday 11 January 2022 | 15:20 GMT | 5 min read','Share  |  Save  |  Print',
     '— Subscribe to continue reading —','You have reached your limit of 2 free Premium articles this month.','Subscribe from €29/month   |   Already a subscriber? Log in','RELATED','Tags: Kazakhstan, shutdowns, Kcell, Beeline, regulation','© 2022 Comms Eurasia Ltd. Registered in England & Wales. | Terms | Privacy | Cookies | Contact'])
q(P,'curfew for packets',None,'engineers','have described as',partial=True,note='evaluative phrase of unnamed engineers, kept as a partial (not an established label)')
q(P,'suffered no physical damage','Kcell','Kcell','said in a statement',partial=True)
q(P,'the result of instructions from the competent authorities','Kcell','Kcell','said in a statement',partial=True,note='second partial of the same statement sentence')
q(P,'by telephone, not in writing',None,'a senior engineer at one of the three','according to',partial=True,note='anonymous engineer; the cue "according to" follows the quote')
q(P,'Nobody on our side could tell you which article of which law was used,',None,'he','said',note='he = the anonymous senior engineer')
q(P,'When you turn off the internet in a country where most retail payments run through a phone app, you are not just silencing people, you are closing every shop at once,','Olga Brenner','Brenner','said')
q(P,"Roaming partners and enterprise customers will ask for service credits, and the operators will ask the state for compensation. I don't expect either side to get what it wants.",'Olga Brenner','She','added',note='cue before a colon')
q(P,'temporary and proportionate',MDD,'it','had said',partial=True,note='"it" = the Ministry of Digital Development in the previous sentence')
q(P,"re-provisioning core routers that had been idle for four days, and we lost roughly a third of",None,'Its chief technology officer','told',malformed=True,partial=True,note='never closed: the article is cut by the paywall mid-sentence ("— Subscribe to continue reading —"); unnamed Kcell CTO')
c(P,'killed',164,None,'people killed in the unrest',OFF,'officials have said 164 people were killed')
c(P,'detained',9900,None,'people detained',MIA,'the number of people detained at 9,900')
e(P,'2022-01-11','other','Kazakhstan',['Kcell','Beeline Kazakhstan'],'data services had been restored in all regions',note='"said on Tuesday" in the same sentence')
e(P,'2022-01-05','other','Kazakhstan',[],'Connectivity first collapsed on the afternoon of 5 January')
e(P,'2022-01-05','protest','Almaty',[],"protesters in Almaty set fire to the mayor's office",note='"hours after" the 5 January collapse')
e(P,'2022-01-10','other','Almaty',[],'Partial service came back in Almaty on Monday morning')
e(P,None,'statement',None,[TOK],'said in a televised address',note='undated address (real: 7 Jan)')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry on Tuesday put the number')
e(P,'2022-01-08','statement',None,[MDD],'On Saturday it had said')
e(P,'2022-01-11','statement',None,['Kcell'],'A spokeswoman for the operator said on Tuesday')

# ---------------- 1670 Alloy Markets Daily ferro-chrome price report (12 Jan 2022, Wednesday)
P='1670'
art(P,0,ln(P,'Ferro-chrome prices firm as Kazakh unrest'),ln(P,'Prices for high-carbon ferro-chrome in Europe'),'Alloy Markets Daily','2022-01-12',['Ruth Okonjo-Hale','Marek Sobczak'],None,
    ['ALLOY MARKETS DAILY','Prices, news and analysis for ferro-alloys, chrome and manganese','Home | Prices | News | Analysis | Methodology | My Account','News > Chrome > Ferro-chrome','12 Jan 2022 16:05 GMT','By Ruth Okonjo-Hale and Marek Sobczak',
     'PRICE ASSESSMENTS (12 Jan)','What to read next','Contact the editors: alloys@alloymarketsdaily.com','© 2022 Alloy Markets Daily. Reproduction prohibited without a licence.'],
    sections=(ln(P,'PRICE ASSESSMENTS (12 Jan)'),ln(P,'Market commentary')))
q(P,'operating normally','Eurasian Resources Group','Eurasian Resources Group','said',partial=True)
q(P,'continuing in line with contracts','Eurasian Resources Group','Eurasian Resources Group','said',partial=True)
q(P,'Nobody is worried about the smelters. We are worried about the railway and about the banks, because for three days you could not pay anyone in Kazakhstan,',None,'a trader in Rotterdam','said',note='anonymous trader, inverted cue')
q(P,'two or three days longer than normal',None,'two traders','told',partial=True,note='two anonymous traders; "Kazakhstan Temir Zholy" earlier in the sentence is not the speaker')
q(P,'written confirmation of every cargo',None,'One European stainless steel mill buyer','said',partial=True)
q(P,'We will pay a little more for certainty,',None,'he','said',note='he = the anonymous mill buyer')
q(P,'testing the market',None,'A Chinese importer','said',partial=True)
q(P,'If the troops leave on time and the trains keep running, this premium disappears in a fortnight,','Ilse Voortman','Ilse Voortman','said',note='inverted "said NAME, head of alloys at …"')
c(P,'troops_deployed',2500,'about','CSTO troops deployed to Kazakhstan',CSTO,'about 2,500 troops according to the alliance')
c(P,'killed',164,None,'death toll from the unrest','Kazakh authorities','Official figures put the death toll from the unrest at 164')
e(P,'2022-01-06','statement',None,['Eurasian Resources Group'],'said on 6 January that all of its plants')
e(P,'2022-01-11','statement',None,['Eurasian Resources Group'],'The company repeated that position on Tuesday')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[],'when the government declared a state of emergency')
e(P,'2022-01-10','other','Kazakhstan',[],'most reopened on Monday',note='banks reopened')
e(P,'2022-01-11','statement',None,[TOK],'President Kassym-Jomart Tokayev said on Tuesday the contingent')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving in two days',note='"in two days" from Tuesday 11 Jan')

# ---------------- 1671 Central Bank Monitor trade-journal story (13 Jan 2022, Thursday)
P='1671'
art(P,0,ln(P,'Kazakh banks reopen with withdrawal caps'),ln(P,'National Bank of Kazakhstan limits cash withdrawals'),'Central Bank Monitor','2022-01-13',['Priya Nandakumar'],None,
    ['Central Bank Monitor','Policy, regulation and markets for the central banking community','Monetary policy  |  Regulation  |  Payments  |  Reserves  |  FinTech  |  People  |  Awards','Payments','Priya Nandakumar','13 Jan 2022',
     'Tags:  National Bank of Kazakhstan  |  Emerging markets  |  Payment systems  |  Crisis management','Print this page   |   Share   |   Save to reading list','Related articles','Central Bank Monitor is published by Lombard Street Media Ltd. All rights reserved.'])
q(P,'to protect the lives of bank employees and clients',NBK,'the NBK','said',partial=True)
q(P,'the financial system remains stable and sufficiently liquid',NBK,'the NBK','said',partial=True)
q(P,'The panic was about cash, not about the banks. People queued at ATMs because for three days they could not pay for bread with a card.','Marat Zhunusov','he','told',malformed=True,note='conventional multi-paragraph style: the paragraph is left open and the next one re-opens with a new mark; the cue is in the next paragraph')
q(P,'If the NBK can keep the tenge inside a narrow band until the monetary policy meeting, that panic will not turn into a run,','Marat Zhunusov','he','told')
q(P,'acted faster than in 2015','Anna Feldman','Anna Feldman','said',partial=True)
q(P,'The lesson they learned is that silence is expensive,','Anna Feldman','she','said')
c(P,'damage_usd',200000000,'about','losses to businesses in Almaty','National Chamber of Entrepreneurs Atameken','roughly $200 million',note='dollar equivalent of "about 87 billion tenge" (not a separate record); "roughly" → about')
c(P,'injured',2200,'more than','people who sought medical help after being injured','Kazakh Ministry of Health','more than 2,200 people had sought medical help')
c(P,'killed',164,None,'death toll',OFF,'Officials have put the death toll at 164')
e(P,'2022-01-10','other','Kazakhstan',[],'reopened their branches on Monday, January 10')
e(P,'2022-01-06','other','Kazakhstan',[NBK],'The NBK suspended the work of banks on January 6')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[],'a day after the government declared a state of emergency')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked the Collective Security Treaty Organization (CSTO) for help',note='"a day after" January 6 covers both clauses')
e(P,'2022-01-08','statement',None,[NBK],'In a statement on Saturday, the NBK said')
e(P,'2022-01-11','statement',None,['National Chamber of Entrepreneurs Atameken'],'Atameken, said on Tuesday that losses')
e(P,'2022-01-24','other',None,[NBK],'scheduled to meet on January 24',note='future monetary policy meeting')

# ---------------- 1672 KASE "KASE news" list page: 4 notices = 4 articles, newest first
P='1672'
items=[('On resumption of trading in all market sectors from January 13, 2022','12.01.2022 18:40','2022-01-12','Kazakhstan Stock Exchange JSC (KASE) informs that, by a decision'),
 ('On trading on the foreign exchange market on January 10, 2022','10.01.2022 09:15','2022-01-10','KASE informs that on January 10, 2022 trading'),
 ('On extension of suspension of trading','07.01.2022 20:05','2022-01-07','KASE informs that trading in all sectors of the exchange market will remain'),
 ('On suspension of trading','05.01.2022 13:50','2022-01-05','KASE informs that trading in all sectors of the exchange market has been')]
L=T[doc(P)].split('\n')
starts=[L.index(s)+1 for _,s,_,_ in items]
ends=[starts[1]-2,starts[2]-2,starts[3]-2,ln(P,'Contacts for the media')]
for i,(h,s,d,fl) in enumerate(items):
    b=[s]
    if i==0: b=['Kazakhstan Stock Exchange','KASE','ҚАЗ | РУС | ENG','About KASE   Market data   Issuers   Members   Rules   Press centre','Press centre > KASE news','KASE news',s]
    if i==3: b+=['Contacts for the media: +7 (727) 237 53 00, pr@kase.kz','Show more news','Subscribe to KASE news','© 1993–2022 Kazakhstan Stock Exchange JSC. Use of materials is permitted with reference to KASE.']
    assert L[starts[i]]==h,(h,L[starts[i]])
    art(P,i,starts[i]+1,ln(P,fl),'Kazakhstan Stock Exchange',d,[],None,b,ls=starts[i],le=ends[i])
q(P,'The infrastructure of the exchange has operated without failures throughout the emergency period. We thank members and issuers for their patience,','Alina Aldambergen','Alina Aldambergen','said',art=0,note='inverted "said NAME, Chairperson of the Management Board of KASE"')
q(P,'in order to ensure the functioning of the domestic foreign exchange market and the availability of foreign currency to the population',NBK,'the National Bank','According to',art=1,partial=True,note='"today"/"tomorrow" in the same item are instrument labels, excluded')
e(P,'2022-01-13','other','Almaty',['Kazakhstan Stock Exchange'],'will be held as normal from January 13, 2022',art=0,note='trading resumes in all sectors')
e(P,None,'other','Kazakhstan',[],'the restoration of Internet access throughout the country',art=0,note='no date in the notice (real: 10-11 Jan)')
e(P,'2022-01-10','other','Almaty',['Kazakhstan Stock Exchange',NBK],'on January 10, 2022 trading in USD/KZT instruments',art=1,note='currency trading only')
e(P,'2022-01-10','other','Almaty',['Kazakhstan Stock Exchange'],'will remain suspended on January 10, 2022',art=2)
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[],'No. 735 of January 5, 2022',art=2,note='presidential decree; the President is not named')
e(P,'2022-01-05','other','Almaty',['Kazakhstan Stock Exchange'],'has been suspended from 13:30 ALMT on January 5, 2022',art=3)

# ---------------- 1673 RoadCargo.info road-freight trade news (10.01.2022, Monday)
P='1673'
art(P,0,ln(P,'Queues of up to 40 km at Kazakh borders'),ln(P,'Hauliers serving Central Asia are counting'),'RoadCargo.info','2022-01-10',['Jakub Wierzbicki'],None,
    ['RoadCargo.info','EN | PL | DE | LT | RU','Transport  |  Logistics  |  Legislation  |  Drivers  |  Fuel prices  |  Jobs  |  Freight exchange','Transport > Central Asia','10.01.2022  11:42','Jakub Wierzbicki','photo: illustrative / RoadCargo.info',
     'Read also:','Comments (3)','Tomas_K: Our driver is still at Khorgos, day 5.','© RoadCargo.info 2014–2022. All rights reserved. Cookie settings'],
    sections=(ln(P,'What happened?'),ln(P,'At the borders'),ln(P,'Fuel and payments'),ln(P,'What next for carriers?')))
q(P,'We had drivers who sat for four days without being able to call home, because there was no mobile internet and the phone lines were jammed,','Darius Jankauskas','Darius Jankauskas','said',note='inverted cue "said NAME, owner of …"')
q(P,'They were safe, but they were scared. Nobody told them anything,','Darius Jankauskas','he','added')
q(P,'a green corridor','Union of Eurasian Road Hauliers','The Union of Eurasian Road Hauliers (UERH)','called on',partial=True,note='demand wording of the union; short, but attributed by a speech verb')
q(P,'The supermarkets in Almaty are empty on the shelves for bread and vegetables. If the trucks do not get through this week, the shortage will be felt by ordinary people, not by politicians,','Bolat Iskakov','Iskakov','said')
q(P,'a price freeze is not the same as fuel in the tank','Bolat Iskakov','Iskakov','warned',partial=True)
q(P,'constitutional order has been largely restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
c(P,'killed',160,'more than','people who died in the unrest','Kazakh authorities','more than 160 people died')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
e(P,'2022-01-02','protest','Zhanaozen',[],'began in the western oil town of Zhanaozen on January 2')
e(P,'2022-01-05','government_resignation','Kazakhstan',[],'On January 5 the government resigned')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[],'a state of emergency was declared')
e(P,'2022-01-10','casualty_report',None,[MIA],'the Interior Ministry reported on Monday',note='Monday = the publication day')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived on January 6')
e(P,'2022-01-09','statement',None,['Union of Eurasian Road Hauliers'],'called on the authorities on Sunday')
e(P,'2022-01-08','statement',None,[NBK],'The National Bank of Kazakhstan said on Saturday')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev said on Friday')

# ---------------- 1674 Goldfields Courier regional paper, mining page (Wednesday, 12 January 2022, AWST)
P='1674'
art(P,0,ln(P,'Boulder driller home safe after Kazakh mine site lockdown'),ln(P,'Four Goldfields workers flown out'),'Goldfields Courier','2022-01-12',['Callum Ferris'],None,
    ['Goldfields Courier','Kalgoorlie-Boulder | Coolgardie | Kambalda | Leonora | Esperance','Sign in   Subscribe   Today\'s Paper','News   Mining   Sport   Community   Court   Weather   Classifieds   Puzzles','MINING','Callum Ferris','Wednesday, 12 January 2022 4:30PM',
     'RELATED STORIES','ULG  0.145  -0.005 (-3.3%)   ASX data delayed 20 minutes','Comments are closed for this story.','Goldfields Courier, 1/82 Hannan Street, Kalgoorlie WA 6430  |  Contact us  |  Advertise  |  Terms  |  Privacy'])
q(P,"Out at the camp it was quiet. You'd never have known anything was going on, except the phones stopped working on the Wednesday and the local lads were worried sick about their families in Almaty,",'Shane Pittaway','Mr Pittaway','said')
q(P,'We had a satellite phone for emergencies, and the company let everyone ring home for five minutes a day. That made a big difference.','Shane Pittaway','Mr Pittaway',None,note='stand-alone continuation paragraph, no cue')
q(P,'as a precaution','Ulytau Gold','Ulytau Gold (ASX: ULG)','told the market',partial=True)
q(P,'Our people in Kazakhstan did an outstanding job in very difficult circumstances. We expect to restart drilling in the first week of February, subject to the security situation,','Fiona Haddrill','Ms Haddrill','said')
q(P,"The people there are the most generous I've worked with. I just want to know the place is settled first.",'Shane Pittaway','Mr Pittaway','said',note='cue in the preceding sentence of the same paragraph ("Mr Pittaway said he would go back.")')
c(P,'troops_deployed',2500,'about','troops, mostly Russian paratroopers, sent to Kazakhstan',None,'About 2,500 troops, mostly Russian paratroopers')
c(P,'killed',164,None,'people killed, including police',OFF,'Kazakh officials say 164 people were killed')
c(P,'detained',8000,'almost','people detained',OFF,'almost 8,000 people were detained')
e(P,'2022-01-10','other','Perth',['Shane Pittaway'],'He landed in Perth on Monday night')
e(P,'2022-01-11','other','Boulder',['Shane Pittaway'],'was back in Boulder yesterday')
e(P,'2022-01-06','statement',None,['Ulytau Gold'],'told the market on Thursday',note='past Thursday (6 Jan): shares "fell … on Thursday before a partial recovery this week"')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2')
e(P,'2022-01-05','protest','Almaty',[],'By January 5 crowds had stormed government buildings')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked a Russian-led military alliance for help',note='same sentence as "By January 5"')
e(P,'2022-01-11','statement',None,[TOK],'President Tokayev said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start to pull out on Thursday',note='future Thursday (13 Jan), unlike the past Thursday earlier in the story')

# ---------------- 1675 Northsea Tanker Brokers weekly report, text extracted from PDF (Friday 14 January 2022)
P='1675'
art(P,0,ln(P,'WEEKLY TANKER MARKET REPORT'),ln(P,'VLCCs in the Middle East Gulf'),'Northsea Tanker Brokers','2022-01-14',[],None,
    ['NORTHSEA TANKER BROKERS','Week 2 – Friday 14 January 2022','Contents: Crude | Black Sea & Caspian | Products | Bunkers | Newbuildings','Northsea Tanker Brokers | Weekly Report | Week 2 2022 | Page 1 of 3','Northsea Tanker Brokers | Weekly Report | Week 2 2022 | Page 2 of 3',
     'Disclaimer: This report is issued for information purposes only. While every','Northsea Tanker Brokers AS | Oslo | London | Singapore | research@northseatankers.no'],
    sections=(ln(P,'CRUDE\n'),ln(P,'BLACK SEA & CASPIAN\n'),ln(P,'PRODUCTS\n'),ln(P,'BUNKERS\n'),ln(P,'NEWBUILDINGS\n')))
q(P,'the operation of the pipeline system and the marine terminal is\ncarried out in the normal mode','Caspian Pipeline Consortium','The Caspian Pipeline Consortium','said',malformed=True,partial=True,note='marks match, but the span crosses a PDF hard line break')
q(P,'temporarily adjusted production','Tengizchevroil','Tengizchevroil (TCO)','confirmed',partial=True)
q(P,'no impact on safety','Chevron','Chevron','said',partial=True,note='"with … reported" continues the "said the following day that" sentence')
q(P,'a reminder\nthat the CPC system is only as reliable as the fields that feed it',None,'One Geneva-based charterer','told',malformed=True,partial=True,note='anonymous charterer; span crosses a PDF hard line break')
q(P,'The agents could not send or receive\na single email for nearly five days,',None,"an owner's representative",'said',malformed=True,note="anonymous owner's representative; inverted cue; span crosses a PDF hard line break")
c(P,'troops_deployed',2000,'about','CSTO contingent in Kazakhstan',TOK,'CSTO contingent of about',note='the number is on the next PDF line ("2,000 troops would start its withdrawal"); evidence kept on one line')
e(P,'2022-01-02','protest','Zhanaozen',[],'Zhanaozen on 2 January')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'deployment of Russian-led CSTO troops from',note='date "6 January" on the next PDF line')
e(P,'2022-01-07','statement',None,['Caspian Pipeline Consortium'],'The Caspian Pipeline Consortium said on 7 January')
e(P,'2022-01-07','other','Tengiz',['Tengizchevroil'],'Tengizchevroil (TCO) confirmed on',note='"7 January" on the next PDF line; output cut after contractor protests')
e(P,None,'protest','Tengiz',[],'contractor employees held protests near the field',note='no date given (before 7 Jan)')
e(P,'2022-01-08','statement',None,['Chevron'],'said the following day that',note='the day after 7 January')
e(P,'2022-01-11','statement',None,[TOK],'With Tokayev announcing on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start its withdrawal on Thursday')
e(P,'2022-01-04','other','Mangystau',[],'on 4 January, the move that failed',note='LPG price cap')

# ---------------- 1676 QazPay Statuspage incident history: 3 incidents = 3 articles (no page date)
P='1676'
incs=[('Jan 11, 2022','Delayed merchant settlements for January 5-10 transactions','2022-01-11','This incident affected: Merchant settlements.'),
 ('Jan 5, 2022','Card payments, QR payments and the QazPay app unavailable in Kazakhstan','2022-01-05','This incident affected: Card payments (POS)'),
 ('Jan 3, 2022','Scheduled maintenance of the merchant dashboard','2022-01-03','This incident affected: Merchant dashboard.')]
L=T[doc(P)].split('\n')
for i,(dh,h,d,last) in enumerate(incs):
    s=L.index(dh)+1; hl=L.index(h)+1
    b=[dh,'No incidents reported today.']
    if i==0: b=['QazPay Status','Subscribe to updates','Report an issue','All Systems Operational','Incident History','Jan 2022','← Dec 2021']+b
    if i==2: b+=['← Incident History','Powered by Atlassian Statuspage']
    art(P,i,hl,hl+1,'QazPay',d,[],None,b,ls=s,le=ln(P,last))
q(P,'within two to three working days',NBK,'The National Bank of Kazakhstan','has said',art=0,partial=True)
q(P,'as the situation stabilises',MDD,'the Ministry of Digital Development','According to',art=1,partial=True)
q(P,'payment systems are functioning and the safety of funds is guaranteed',NBK,'the regulator','said',art=1,partial=True)
e(P,'2022-01-12','other',None,['QazPay'],'have now been paid out to merchant accounts',art=0,note='from the "Resolved" stamp Jan 12, 16:05')
e(P,'2022-01-06','other','Kazakhstan',[],'banks in Kazakhstan were closed from January 6 to January 8',art=0)
e(P,'2022-01-05','other','Kazakhstan',[],'have been shut down by the authorities following the mass protests',art=1,note='from the "Identified" stamp Jan 5, 18:50')
e(P,'2022-01-08','statement',None,[NBK],'announced this evening that banks will resume work',art=1,note='"this evening" from the stamp Jan 8, 21:15')
e(P,'2022-01-10','other','Kazakhstan',[],'Banks reopened today.',art=1,note='"today" from the stamp Jan 10, 13:30')
e(P,'2022-01-10','other','Almaty',[],'Internet access in Almaty was restored this morning for a few hours',art=1)
e(P,'2022-01-11','other','Kazakhstan',[],'Mobile internet has been restored in most regions since this morning',art=1)
e(P,None,'state_of_emergency','Kazakhstan',[],'A state of emergency is in force across the country until January 19',art=1,note='only the end date (19 Jan) is given')
e(P,'2022-01-03','other',None,['QazPay'],'The scheduled maintenance has been completed.',art=2,note='unrelated to the unrest')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Kcell','organisation',['Kcell'],['the largest operator by subscribers'],'Kazakhstan',['the operator'],["Kcell's"],note='real operator; words invented'),
 sp('Olga Brenner','person',['Olga Brenner','Brenner'],['principal analyst at Telemetrix Research'],'Austria',['She'],note='invented'),
 sp(MDD,'organisation',['Ministry of Digital Development'],[],'Kazakhstan',['it'],note='real ministry; words invented'),
 sp('Eurasian Resources Group','organisation',['Eurasian Resources Group'],[],'Kazakhstan',['The company'],note='real company; words invented'),
 sp('Ilse Voortman','person',['Ilse Voortman'],['head of alloys at Dutch consultancy Chromatics BV'],'Netherlands',note='invented'),
 sp(NBK,'organisation',['National Bank of Kazakhstan','National Bank of the Republic of Kazakhstan','NBK','National Bank'],[],'Kazakhstan',['the regulator','the central bank','the NBK'],note='real central bank; words invented'),
 sp('Marat Zhunusov','person',['Marat Zhunusov'],['chief economist at the Almaty brokerage Steppe Capital'],'Kazakhstan',['he'],note='invented'),
 sp('Anna Feldman','person',['Anna Feldman'],['a former IMF mission chief for the region'],None,['she'],note='invented'),
 sp('Alina Aldambergen','person',['Alina Aldambergen'],['Chairperson of the Management Board of KASE'],'Kazakhstan',note='real KASE chief executive; words invented'),
 sp('Darius Jankauskas','person',['Darius Jankauskas','Jankauskas'],['owner of a 70-truck haulage firm in Kaunas'],'Lithuania',['he'],note='invented'),
 sp('Union of Eurasian Road Hauliers','organisation',['Union of Eurasian Road Hauliers','UERH'],[],'Kazakhstan',note='invented'),
 sp('Bolat Iskakov','person',['Bolat Iskakov','Iskakov'],['deputy chairman'],'Kazakhstan',note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',note='words paraphrased'),
 sp('Shane Pittaway','person',['Shane Pittaway','Mr Pittaway'],['A Boulder diamond driller'],'Australia',note='invented'),
 sp('Ulytau Gold','organisation',['Ulytau Gold'],[],'Australia',special=['Ulytau Gold (ASX: ULG)'],note='invented ASX-listed explorer'),
 sp('Fiona Haddrill','person',['Fiona Haddrill','Ms Haddrill'],['Managing director'],'Australia',note='invented'),
 sp('Caspian Pipeline Consortium','organisation',['Caspian Pipeline Consortium','CPC'],[],None,note='real consortium; wording paraphrased'),
 sp('Tengizchevroil','organisation',['Tengizchevroil','TCO'],[],'Kazakhstan',note='real operator; wording paraphrased'),
 sp('Chevron','organisation',['Chevron'],[],'United States',note='real company; wording paraphrased'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of detention figures in 1669 and 1673; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of the 1670 troop figure; not quoted'),
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
