#!/usr/bin/env python3
"""Source of the devset167 annotation: the hand-chosen spans, values and dates for 1429-1436.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset167/annotation_source.py && python3 tests/devset167/verify.py
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

MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RMOD='Russian Defence Ministry'
PGO="Prosecutor General's Office"; BMOD='Belarusian Defence Ministry'; HM='Kazakh Health Ministry'; SER='Andrei Serdyukov'

# ---------------- 1429 Statista-style statistic page (Jan 12, 2022, Wednesday)
P='1429'
art(P,0,ln(P,'Number of people detained during the January 2022'),ln(P,'As of January 11, 2022, a total'),'Statista','2022-01-12',['Kieran Voss'],None,
    ['statista','Search statistics, reports, forecasts...   Login   Pricing   EN','Society › Crime & Law Enforcement','Published by Kieran Voss, Jan 12, 2022',
     'Number of detained persons','Note: Kazakhstan; January 2 to 11, 2022','Show source   Download: PNG | PDF | XLS | PPT','Additional Information','© Statista 2022',
     'Release date: January 2022','Statistics on "Kazakhstan unrest 2022"','The most important statistics','Access all statistics starting from $39 USD per month*','* For commercial use only','Statista GmbH | Johannes-Brahms-Platz 1 | 20355 Hamburg'],le=24)
q(P,'the figure will keep changing as suspects are identified from video footage,','Yerlan Turgumbayev','Yerlan Turgumbayev','told',partial=True,note='reported clause after "told a government session on Tuesday that"')
c(P,'detained',9900,None,'people detained nationwide as of 11 January',MIA,'a total of 9,900 people had been detained')
c(P,'detained',5314,None,'people detained in Almaty city',MIA,'with 5,314 detentions',note='"roughly 54 percent" is not a claim')
c(P,'detained',4404,None,'national detention count on 8 January (superseded)',MIA,'from 4,404 on January 8',note='earlier stage of a revised count; kept, each occurrence is a record')
c(P,'detained',5800,None,'national detention count on 9 January (superseded)',MIA,'to 5,800 on January 9')
c(P,'detained',7939,None,'national detention count on 10 January (superseded)',MIA,'and 7,939 on January 10')
c(P,'other',1000,'more than','detainees released after questioning','Yerlan Turgumbayev','more than 1,000 of those held had already been released')
for reg,val in (('Almaty (city)',5314),('Almaty region',1120),('Shymkent',861),('Zhambyl region',744),('Aktobe region',402),('Mangystau region',315),('Other regions (combined)',1144)):
    c(P,'detained',val,None,'people detained in '+reg,MIA,reg+'\t'+format(val,','),note='data-table row (tab-separated); source from the "Source:" line')
c(P,'detained',9900,None,'national detention total (repeated in the notes)',MIA,'the national figure of 9,900',note='repeat of the lead figure inside "Supplementary notes"')
e(P,'2022-01-02','protest','Kazakhstan',[],'swept Kazakhstan from January 2')
e(P,'2022-01-11','casualty_report',None,[MIA],'As of January 11, 2022, a total')
e(P,'2022-01-11','statement',None,['Yerlan Turgumbayev'],'told a government session on Tuesday',note='Tuesday before Wed 12 Jan publication')

# ---------------- 1430 SkyTrace flight-tracking blog (January 8, 2022, Saturday)
P='1430'
art(P,0,ln(P,'Tracking the CSTO airlift to Kazakhstan'),ln(P,'Since late on Thursday, our network'),'SkyTrace Blog','2022-01-08',['Jonas Ekberg'],None,
    ['SkyTrace Blog','Live map | Data & history | Apps | ADS-B receivers | Blog','Aviation | Military | Data','Posted by Jonas Ekberg on January 8, 2022 | 14 comments',
     '[Chart: Hourly movements at ALA, 4-8 January 2022. Source: SkyTrace]','Want to see flights like these live? Download the SkyTrace app or subscribe to SkyTrace Gold from $1.49 per month.',
     'Related posts','14 comments','Aviator_77 · 2 days ago','SkyTrace Blog © 2022 SkyTrace AB. All rights reserved.'],le=14,sections=(9,12))
q(P,'more than 70 aircraft',RMOD,'the Russian Defence Ministry','said',partial=True)
q(P,'In eleven years of running this network I have never seen this many Il-76s over Kazakhstan at once,','Ingrid Salo','Ingrid Salo','said',note='inverted cue "said Ingrid Salo"; "eleven years" is not a claim')
q(P,'It looked like a conveyor belt.','Ingrid Salo','Ingrid Salo','said',note='continuation after the interposed cue')
c(P,'aircraft',41,None,'tracked Il-76MD flights to Kazakhstan, 6-8 January','SkyTrace','we tracked 41 flights by Russian Aerospace Forces Il-76MD transports',note="the blog's own count of flights (sorties), not airframes")
c(P,'aircraft',4,None,'tracked An-124 flights to Kazakhstan','SkyTrace','4 by An-124 heavy lifters')
c(P,'aircraft',70,'more than','aircraft used to move the CSTO contingent',RMOD,'"more than 70 aircraft"')
c(P,'other',9,None,'foreign-government evacuation flights out of Kazakhstan, 6-8 January','SkyTrace','We counted 9 foreign-government evacuation flights')
c(P,'other',1200,'about','Uzbek citizens evacuated by air and road','Uzbek Foreign Ministry','about 1,200 of its citizens were brought home')
c(P,'other',500,'almost','Kyrgyz nationals returned overland','Kyrgyz government','nearly five hundred Kyrgyz nationals',note='written-out number; "nearly" -> almost')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[RMOD],'Since late on Thursday, our network has been busy',note='start of the airlift; Thursday before Sat 8 Jan')
e(P,'2022-01-07','statement',None,[RMOD],'the Russian Defence Ministry said on Friday')
e(P,'2022-01-05','protest','Almaty',[],'was closed on January 5 after it was taken over by rioters')
e(P,'2022-01-06','other','Kazakhstan',[],'between 6 and 8 January, including two Turkish Air Force',note='evacuation flights; range -> first day')
e(P,'2022-01-07','other','Uzbekistan',['Uzbek Foreign Ministry'],'by air and road by Friday evening',note='evacuation of Uzbek citizens')

# ---------------- 1431 EMERCOM of Russia news release (10 January 2022, Monday)
P='1431'
art(P,0,ln(P,'EMERCOM aircraft bring 418 more'),ln(P,'On 10 January, two Il-76'),'EMERCOM of Russia','2022-01-10',[],None,
    ['EMERCOM of Russia','Ministry of the Russian Federation for Civil Defence, Emergencies and Elimination of Consequences of Natural Disasters','Main | News | Operational information | Activities | Press service',
     'News','10 January 2022, 16:45','Photo: EMERCOM of Russia press service','Tags: evacuation, Kazakhstan, aviation','All news','© 2022 EMERCOM of Russia. When using materials, a link to the site is required.'],le=13)
q(P,'as long as there are Russians who want to leave and the airports can receive our planes.','Alexander Chupriyan','Alexander Chupriyan','said',partial=True,note='embedded after "said that the operation would continue"')
q(P,'Our crews have been working around the clock. Not a single passenger has been left behind at the airfield.','Alexander Chupriyan','He','added',note='cue "He added:" before the quote')
c(P,'other',418,None,'Russian citizens evacuated from Kazakhstan on 10 January','EMERCOM of Russia','bring 418 more Russian citizens home',zone='headline')
c(P,'other',418,None,'Russian citizens evacuated from Almaty on 10 January','EMERCOM of Russia','delivered 418 Russian citizens',note='"57 children" among them is not recorded (subset of passengers)')
c(P,'other',12,None,'EMERCOM evacuation flights from Kazakhstan since 7 January','EMERCOM of Russia','performed twelve evacuation flights',note='written-out number')
c(P,'other',1900,'more than','people evacuated by EMERCOM since 7 January','EMERCOM of Russia','brought home more than 1,900 people')
c(P,'other',512,None,'people evacuated on 8 January','EMERCOM of Russia','three flights delivered 512 people')
c(P,'other',671,None,'people evacuated on 9 January','EMERCOM of Russia','four flights delivered 671 people')
c(P,'other',2500,'about','Russian citizens who asked the consulate for help leaving','Russian Embassy in Kazakhstan','about 2,500 Russian citizens have contacted')
c(P,'other',1000,'about','Russian citizens registered for evacuation flights','Russian Embassy in Kazakhstan','roughly one thousand have registered',note='written-out; "roughly" -> about')
e(P,'2022-01-10','other','Almaty',['EMERCOM of Russia'],'On 10 January, two Il-76 aircraft',note='evacuation flights')
e(P,'2022-01-07','other','Kazakhstan',['EMERCOM of Russia'],'since 7 January the aviation',note='start of the evacuation')
e(P,'2022-01-08','other','Kazakhstan',['EMERCOM of Russia'],'on 8 January, three flights delivered')
e(P,'2022-01-09','other','Kazakhstan',['EMERCOM of Russia'],'on 9 January four flights delivered')
e(P,'2022-01-11','other','Kazakhstan',['EMERCOM of Russia'],'Two more flights are planned for 11 January',note='planned')
e(P,None,'statement',None,['Alexander Chupriyan'],'Acting Minister Alexander Chupriyan said',note='no day word (release of 10 Jan)')

# ---------------- 1432 Meridian Data Desk casualty tracker (Friday 14 January 2022)
P='1432'
art(P,0,ln(P,'Kazakhstan unrest: casualty and detention tracker'),ln(P,'This page collects the casualty'),'Meridian Data Desk','2022-01-14',['Olena Brandt','Samir Haddad'],None,
    ['MERIDIAN DATA DESK','Trackers | Elections | Conflict | Climate | Methodology | About','Conflict tracker','Last updated: Friday 14 January 2022, 09:00 GMT','By Olena Brandt and Samir Haddad',
     'Current figures','Revision history (newest first)','Support our work | Corrections policy | Download data (CSV)','© 2022 Meridian Data Desk'],le=23,sections=(8,16))
q(P,'about 225 bodies',PGO,"the Prosecutor General's Office",'said',partial=True)
q(P,'did not come from the ministry.',None,'a government spokesman','said',partial=True,note='unnamed government spokesman')
c(P,'killed',164,None,'deaths, all groups (range of official statements)',None,'Deaths (all groups): 164 to 225',vmax=225,note='range; bounds from the Health Ministry (164) and the Prosecutor General (225)')
c(P,'killed',19,None,'security forces killed',None,'Security forces killed: 19',note='table row; the revision log credits the Interior Ministry')
c(P,'injured',2200,'more than','people injured',None,'Injured: more than 2,200')
c(P,'detained',9900,None,'people detained as of 11 January',None,'Detained: 9,900')
c(P,'other',1678,None,'criminal cases opened',None,'Criminal cases opened: 1,678',note='the tracker says it could not confirm the figure')
c(P,'killed',164,None,'deaths reported by the Health Ministry',HM,'The Health Ministry figure of 164 deaths',note='later called a "technical error" by the government; kept as a reported official figure')
c(P,'killed',225,'about','bodies delivered to morgues',PGO,'"about 225 bodies"')
c(P,'killed',18,None,'security forces killed (superseded value)',MIA,'Security forces killed raised from 18',note='revision-log old value')
c(P,'killed',19,None,'security forces killed (new value)',MIA,'to 19 after the Interior Ministry said')
c(P,'killed',225,None,'upper bound of the death range',PGO,'Upper bound of the death range raised to 225')
c(P,'detained',7939,None,'people detained (superseded value)',None,'Detained raised from 7,939')
c(P,'detained',9900,None,'people detained (new value)',None,'to 9,900. The Interior Ministry')
c(P,'detained',8000,'almost','people detained in the first five days',MIA,'nearly 8,000 of those held')
c(P,'killed',44,None,'deaths (superseded value)',None,'Deaths raised from 44')
c(P,'killed',164,None,'deaths (new value)',HM,'to 164 (Health Ministry, via state TV)')
c(P,'injured',1000,'about','people injured (superseded value)',None,'Injured raised from about 1,000')
c(P,'injured',2200,'more than','people injured (new value)',None,'to more than 2,200.')
c(P,'killed',16,None,'security forces killed (superseded value)',None,'raised from 16')
c(P,'killed',18,None,'security forces killed (new value)',None,'to 18.')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'Tracker launched with 26')
c(P,'killed',16,None,'security forces killed (first version)',None,'16 security forces killed')
c(P,'injured',1000,'at least','people injured (first version)',None,'at least 1,000 injured')
e(P,'2022-01-02','protest','Kazakhstan',[],'since the protests began on 2 January')
e(P,'2022-01-09','casualty_report',None,[HM],'was broadcast on 9 January')
e(P,'2022-01-13','casualty_report',None,[PGO],"On 13 January the Prosecutor General's Office said")
e(P,None,'statement',None,['Kazakh government'],'after a government spokesman said',note='revision stamped 10 Jan 12:40 GMT; the statement itself has no date')

# ---------------- 1433 Sunday Courier "week in numbers" (Sunday 9 January 2022)
P='1433'
art(P,0,ln(P,"2,030 troops, seven days, one crackdown"),ln(P,'From a fuel-price protest in the west'),'The Sunday Courier','2022-01-09',['Priya Natarajan'],None,
    ['THE SUNDAY COURIER','News | World | Business | Sport | Comment | Life | Puzzles','World','By Priya Natarajan, Foreign Desk','Sunday 9 January 2022 00:01 GMT',
     'Related','Topics: Kazakhstan | Russia | CSTO','© The Sunday Courier Ltd 2022. Registered in England No. 04417723'],le=29)
q(P,'Shoot to kill without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='stand-alone entry heading; the attribution is in the next line ("The order … said on Friday he had given")')
q(P,'Those who do not surrender will be destroyed,',TOK,'he','added')
q(P,'We heard shooting all night',None,None,None,art=None,zone='related',note='quote in a related-article teaser; no speaker given')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',None,'2,030 troops',zone='headline')
c(P,'troops_deployed',2030,None,'troops the CSTO says it has sent',CSTO,'2,030\nThe number of troops',note='the figure is a stand-alone line above its caption; evidence spans the line break')
c(P,'troops_deployed',100,None,'Armenian troops',None,'Armenia sent 100')
c(P,'troops_deployed',150,None,'Kyrgyz troops',None,'Kyrgyzstan 150')
c(P,'aircraft',70,'more than','Russian military transport planes used to fly the contingent in',RMOD,'More than seventy\nRussian military transport planes',note='written-out number as an entry heading')
c(P,'killed',26,None,'"armed criminals" killed in Almaty',MIA,'26\n"Armed criminals" killed')
c(P,'killed',18,None,'security forces killed',MIA,'18 members of the security forces had died',note='"two of them beheaded" (a subset) is not recorded')
c(P,'detained',4000,'almost','people detained by Friday evening',MIA,'Nearly 4,000\nPeople detained',note='source from "the ministry\'s tally" in the next sentence')
c(P,'detained',4404,None,'people detained by Saturday',MIA,'risen to 4,404')
e(P,'2022-01-01','other','Zhanaozen',[],'after the cap was lifted on 1 January')
e(P,'2022-01-02','protest','Zhanaozen',[],'The date in January when protesters first gathered in Zhanaozen',note='the date is the entry heading "2"')
e(P,'2022-01-05','other','Kazakhstan',['NetBlocks'],'according to the monitoring group NetBlocks, from 5 January',note='internet shutdown')
e(P,'2022-01-06','casualty_report','Almaty',[MIA],'according to the Interior Ministry on Thursday')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday he had given')
e(P,'2022-01-05','appointment',None,['Nursultan Nazarbayev'],'was announced on 5 January',note='removal as head of the security council')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'Russian and US negotiators meet in Geneva',note='date from the entry heading "10"')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on 12 January')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on 13 January')

# ---------------- 1434 The Plotline data piece with Datawrapper charts (11 January 2022, Tuesday)
P='1434'
art(P,0,ln(P,'Who sent what to Kazakhstan?'),ln(P,'The Russian-led alliance says 2,030'),'The Plotline','2022-01-11',['Tomasz Wierzbicki','Hana Sato'],None,
    ['The Plotline','Data journalism, explained visually','Charts | Maps | Explainers | Newsletter | Support us','By Tomasz Wierzbicki and Hana Sato | 11 January 2022',
     'Chart: The Plotline • Source: CSTO, national defence ministries, Plotline estimates • Get the data • Created with Datawrapper','Chart: The Plotline • Source: CSTO • Get the data • Created with Datawrapper',
     'Like our charts? Support The Plotline from £3 a month.','© 2022 The Plotline. Charts licensed CC BY 4.0.'],le=29,sections=(8,17,20,23,26))
q(P,'up to 500 troops',BMOD,'its defence ministry','said',partial=True)
q(P,'no more than ten days',SER,'Serdyukov','said',partial=True)
q(P,'has been successfully completed',TOK,'Tokayev','told',partial=True)
c(P,'troops_deployed',2030,None,'CSTO troops on the ground',CSTO,'says 2,030 troops are on the ground')
c(P,'troops_deployed',2030,None,'CSTO servicemen in Kazakhstan',SER,'the force numbers 2,030 servicemen')
c(P,'other',250,None,'pieces of CSTO equipment',SER,'250 pieces of equipment')
c(P,'troops_deployed',1000,'about','Russian troops (Plotline estimate)','The Plotline','Russia | 1,000-1,100 (est.)',vmax=1100,note='range in a chart table; "(est.)" -> about')
c(P,'troops_deployed',500,'up to','Belarusian troops',BMOD,'Belarus | up to 500')
c(P,'troops_deployed',150,None,'Belarusian troops (first announcement, superseded)',BMOD,'revised from 150')
c(P,'troops_deployed',200,None,'Tajik troops',None,'Tajikistan | 200')
c(P,'troops_deployed',150,None,'Kyrgyz troops',None,'Kyrgyzstan | 150')
c(P,'troops_deployed',100,None,'Armenian troops',None,'Armenia | 100')
c(P,'troops_deployed',1000,'about','Russian troops (by subtraction)','The Plotline','between roughly 1,000 and 1,100',vmax=1100)
c(P,'troops_deployed',150,'about','Belarusian company first announced','Minsk','a company of about 150')
c(P,'troops_deployed',500,'up to','Belarusian contingent after reinforcement',BMOD,'would grow to "up to 500 troops"')
c(P,'aircraft',70,'more than','aircraft in the airlift',RMOD,'more than 70 aircraft had taken part')
c(P,'aircraft',47,None,'announced sorties counted by The Plotline','The Plotline','Our count of announced sorties is lower, at 47')
c(P,'other',42,None,'facilities guarded by the CSTO contingent',CSTO,'protecting 42 facilities')
c(P,'troops_deployed',200,None,'Tajik troops (corrected value)',None,'It is 200.',note='the wrong value 2,000 in the same correction is not recorded')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked the Collective Security Treaty Organisation for help on the night of 5 January')
e(P,'2022-01-06','troop_deployment',None,['Belarus'],'Minsk first announced a company of about 150 on 6 January')
e(P,'2022-01-08','statement',None,[BMOD],'on 8 January its defence ministry said')
e(P,'2022-01-11','statement',None,[SER],'Serdyukov said on Tuesday',note='Tuesday = publication day')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin on 13 January')
e(P,None,'statement',None,[TOK],'Tokayev told parliament',note='no date in the text (real: 11 Jan)')

# ---------------- 1435 RiskCover reinsurance news (12th January 2022, Wednesday)
P='1435'
art(P,0,ln(P,'Kazakh riot losses could reach $300m'),ln(P,"Insured losses from last week's riots"),'RiskCover News','2022-01-12',['Gareth Molloy'],None,
    ['RiskCover News','Reinsurance | Catastrophe bonds | Specialty | Political risk | Events','Political risk','12th January 2022','Author: Gareth Molloy',
     'Subscribe to RiskCover Daily for free. | Sponsors: Atlas Re, Northline Capital','RiskCover Events: Political Risk Forum, London, 24 March 2022','© 2022 RiskCover Media Ltd. All rights reserved.'],le=15,sections=(10,13))
q(P,'This is not a Hong Kong or a Chile. It is a concentrated, one-week event in one city, and most of the exposure sits with local carriers,',None,'one broker','told',note='anonymous broker ("He declined to be named")')
q(P,'the final figure will certainly be higher','Daniyar Sarsenbayev','Daniyar Sarsenbayev','said',partial=True)
c(P,'damage_usd',300000000,'up to','insured losses from the riots','London brokers','could reach $300m',zone='headline',note='"could reach" read as up to')
c(P,'damage_usd',200000000,None,'insured losses from the riots','London brokers','between $200 million and $300 million',vmax=300000000)
c(P,'other',1732,None,'buildings and businesses damaged or looted in Almaty','Almaty akimat','1,732 buildings and businesses had been damaged or looted')
c(P,'other',110,None,'bank branches damaged or looted','Almaty akimat','including 110 bank branches')
c(P,'killed',164,None,'people who died',"Kazakh officials",'Officials have said that 164 people died',note='the same sentence says the government called the figure an error; kept as reported')
c(P,'killed',16,None,'security forces among the dead','Kazakh officials','including 16 members of the security forces')
c(P,'detained',10000,'almost','people detained',None,'Nearly 10,000 people have been detained')
c(P,'troops_deployed',2030,'about','CSTO troops sent',None,'about 2,030 troops')
c(P,'damage_usd',200000000,'about','total damage in Almaty','Almaty akimat','(about $200 million)',note='USD conversion of 87 billion tenge; tenge amounts are not recorded')
e(P,'2022-01-10','statement','Almaty',['Almaty akimat'],'The Almaty city administration said on Monday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'due to begin leaving on Thursday')
e(P,'2022-01-11','statement','Almaty',['Almaty akimat'],'On Tuesday the Almaty akimat raised its estimate')
e(P,'2022-01-08','statement','Almaty',['Almaty akimat'],'up from 35 billion tenge on Saturday')

# ---------------- 1436 Kazakh Interior Ministry "Refutation" page (12 January 2022, Wednesday)
P='1436'
art(P,0,ln(P,'Information about "thousands killed"'),ln(P,'Messages are being spread'),'Ministry of Internal Affairs of the Republic of Kazakhstan','2022-01-12',[],None,
    ['Ministry of Internal Affairs of the Republic of Kazakhstan','Official Internet resource','Home | About the ministry | Press centre | Services | Contacts          ҚАЗ | РУС | ENG',
     'Press centre > Refutations','REFUTATION','12 January 2022 | 19:05 | Views: 3 418','Share:  Facebook  Telegram  VK','Back to list'],le=14)
q(P,'bodies are being hidden in the mountains',None,'Messages','claiming',partial=True,note='words of anonymous social-network posts, which the ministry calls false')
q(P,'All figures on deaths are published only by the authorised state bodies. Spreading false information about casualties during a state of emergency is a criminal offence.','Shyngys Alekeshev','Shyngys Alekeshev','stated',note='cue "stated:" before the quote')
c(P,'killed',17,None,'police officers and National Guard servicemen killed',MIA,'17 police officers and servicemen of the National Guard were killed',note='the denied figures (3,000 killed, 700 police, "more than 1,000 dead") are not recorded')
c(P,'injured',1379,None,'police officers injured',MIA,'1,379 police officers were injured')
c(P,'detained',9974,None,'people detained nationwide',MIA,'is 9,974 people')
c(P,'detained',2640,None,'people detained in Almaty',MIA,'In Almaty, 2,640 people have been detained')
c(P,'detained',1195,None,'people detained in Almaty region',MIA,'in Almaty region 1,195')
e(P,'2022-01-05','protest','Almaty',[],'during the events of 5-6 January')
e(P,'2022-01-12','statement',None,[MIA],'officially declares that this information is false',note='the refutation itself, dated by the page stamp')
e(P,'2022-01-12','casualty_report',None,[MIA],'According to operational data as of 12 January')
e(P,None,'statement',None,['Shyngys Alekeshev'],'Shyngys Alekeshev, stated',note='no day word')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Yerlan Turgumbayev','person',['Yerlan Turgumbayev'],['Interior Minister'],'Kazakhstan',note='real interior minister; words invented'),
 sp(RMOD,'organisation',['Russian Defence Ministry'],[],'Russia',note='"more than 70 aircraft" is a paraphrase of real MoD statements'),
 sp('Ingrid Salo','person',['Ingrid Salo'],['our head of data'],None,note='invented'),
 sp('Alexander Chupriyan','person',['Alexander Chupriyan'],['Acting Minister'],'Russia',['He'],note='real acting EMERCOM minister; words invented'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',note='figure invented/plausible'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he'],["Tokayev's"]),
 sp(BMOD,'organisation',[],[],'Belarus',['its defence ministry'],note='referred to only as "its defence ministry" after "Minsk"'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','Russian Colonel General'],'Russia',['its commander']),
 sp('Daniyar Sarsenbayev','person',['Daniyar Sarsenbayev'],['Deputy akim'],'Kazakhstan',note='invented'),
 sp('Shyngys Alekeshev','person',['Shyngys Alekeshev'],['The official spokesman of the ministry'],'Kazakhstan',['He'],note='real MIA spokesman; words invented'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in several files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,['the alliance'],[],quoted=False,note='source of troop figures; not quoted'),
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
