#!/usr/bin/env python3
"""Source of the devset177 annotation: the hand-chosen spans, values and dates for 1509-1516.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset177/annotation_source.py && python3 tests/devset177/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RMOD='Russian Defence Ministry'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; GRU='Alexander Grushko'; STO='Jens Stoltenberg'; PUT='Vladimir Putin'

# ---------------- 1509 ClipTrack chyron log of Meridian 24 (Monday 10 January 2022)
P='1509'
art(P,0,ln(P,'Kazakhstan: Tokayev says order restored'),ln(P,'06:02:14  BREAKING | KAZAKHSTAN'),'Meridian 24','2022-01-10',[],None,
    ['ClipTrack Media Monitoring','Broadcast capture service | Client portal | Saved searches | Export | Log out','CHYRON LOG',
     'Channel: Meridian 24 (rolling news) | Feed: SD-2 | Date: Mon 10 Jan 2022 | Search term: KAZAKHSTAN OR GENEVA',
     'Captured by: OCR lower-third reader v3.2 | Operator check: K. Brandt',"Chyrons of Monday's rolling coverage, 06:00-14:00 GMT",
     'Clip notes (operator)','Request clip | Add to report | Share with team'])
q(P,'CONSTITUTIONAL ORDER HAS BEEN RESTORED',TOK,'TOKAYEV',None,note='all-caps chyron; "NAME:" convention, no speech verb')
q(P,"AN ATTEMPTED COUP D'ETAT",TOK,'KAZAKH PRESIDENT',None,partial=True,note='"KAZAKH PRESIDENT TO CSTO:" = Tokayev; descriptive mention only')
q(P,'20,000 BANDITS',TOK,'TOKAYEV','SAYS',partial=True,note='quoted phrase containing a number; also a claim')
q(P,'WHEN THE MISSION IS COMPLETE',PUT,'PUTIN',None,partial=True)
q(P,'ACT FASTER','Alexander Lukashenko','LUKASHENKO','CALLS FOR',partial=True,note='two-word evaluative wording with a named speaker: kept')
q(P,'A RED LINE',RYA,'RYABKOV',None,partial=True,note='attribution trails the chyron ("- RYABKOV"); the prefix "RUSSIA:" is a trap')
q(P,'IN ERROR','Kazakh officials','KAZAKH OFFICIALS','SAY',partial=True,note='two words, but the officials\' own wording about the retracted figure')
q(P,'FIRM ON PUSHING BACK',SHE,'SHERMAN',None,partial=True)
q(P,'SIMPLY NON-STARTERS',SHE,'DEPUTY SECRETARY OF STATE',None,partial=True,note='second lower-third continues the sentence of the first; attribution by title only')
q(P,'President Putin told the summit the troops would stay for a limited time,','Dana Ortiz','the presenter Dana Ortiz','said',note='presenter\'s paraphrase; Putin is named inside the quote (nearest-name trap)')
q(P,"and that Kazakhstan's request had been fully legal.",'Dana Ortiz','the presenter Dana Ortiz','said',note='second half after the interposed cue')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 PEOPLE DETAINED ACROSS COUNTRY')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 BANDITS" ATTACKED ALMATY',note='number inside a partial quote')
c(P,'troops_deployed',2000,'more than','CSTO troops in Kazakhstan',RMOD,'MORE THAN 2,000 CSTO TROOPS NOW IN KAZAKHSTAN')
e(P,'2022-01-10','other','Kazakhstan',[],'TODAY: NATIONAL DAY OF MOURNING IN KAZAKHSTAN')
e(P,'2022-01-10','talks','Geneva',['United States','Russia',RYA,SHE],'US AND RUSSIAN DELEGATIONS ARRIVE FOR SECURITY TALKS')
e(P,'2022-01-10','talks',None,[CSTO,PUT,TOK],'CSTO VIRTUAL SUMMIT TODAY')
e(P,None,'casualty_report',None,[MIA],'KAZAKH INTERIOR MINISTRY: 7,939',note='no day word; chyron shown 10 Jan')
e(P,None,'statement',None,['Kazakh officials'],'CORRECTION: KAZAKH OFFICIALS SAY 164 FIGURE',note='the retraction of the 164 figure; no day word; chyron shown 10 Jan')
e(P,None,'statement',None,[TOK],'TOKAYEV: NO ORDER YET ON WITHDRAWAL',note='no day word; chyron shown 10 Jan')

# ---------------- 1510 SteppeCell SMS news-alert archive (messages 6-11 January 2022); one article per alert
P='1510'
L=T[doc(P)].split('\n')
alerts=[('06.01.2022 01:14','2022-01-06',1),('06.01.2022 09:47','2022-01-06',1),('06.01.2022 16:30','2022-01-06',1),
 ('07.01.2022 11:02','2022-01-07',2),('07.01.2022 18:55','2022-01-07',1),('08.01.2022 10:21','2022-01-08',1),
 ('09.01.2022 20:40','2022-01-09',1),('10.01.2022 19:12','2022-01-10',1),('11.01.2022 09:05','2022-01-11',1),('11.01.2022 14:48','2022-01-11',2)]
i=0
for idx,(stamp,d,parts) in enumerate(alerts):
    s=L.index(stamp,i); i=s+1
    end=s+1 if parts==1 else L.index(stamp,s+1)+1
    if parts==2: i=end
    b=[stamp]
    if idx==0: b=['SteppeCell Self-Service','My account > Messages > Subscriptions > NEWS ALERTS (English)','Subscription: World News Alerts (EN) | 5 KZT per message | Status: active','Sender: 7010-NEWS']+b
    if idx==9: b+=['Total: 12 messages | Charged: 60 KZT','Manage subscription | Unsubscribe from all | Download as .csv']
    art(P,idx,s+2,s+2,'SteppeCell',d,[],None,b,ls=s+1,le=end+1)
q(P,'for a limited period','Nikol Pashinyan','Armenian PM Pashinyan',None,art=0,partial=True,note='"Name:" convention in SMS copy')
q(P,'vital state and military facilities',RMOD,'Defence Ministry',None,art=2,partial=True)
q(P,'I have given the order to law enforcement and the army to open fire to kill without warning. Those who\n-----\n07.01.2022 11:02\nNEWSALERT (2/2): do not surrender will be eliminated.',TOK,'Tokayev','in TV address',art=3,malformed=True,
  note='one quote split over two SMS parts (1/2, 2/2): the span crosses the separator, the repeated stamp and the "NEWSALERT (2/2):" prefix; the text between the marks is kept verbatim')
q(P,'difficult, long, very professional',RYA,'Ryabkov','says',art=7,partial=True)
q(P,'successfully completed',TOK,'Tokayev',None,art=8,partial=True)
q(P,'never forget',TOK,'Tokayev','tells MPs',art=9,partial=True)
q(P,'well-prepared act of aggression',TOK,'Tokayev','calls',art=9,partial=True,note='the quote opens at the start of part 2/2; its cue "calls Almaty events a" is in part 1/2')
c(P,'killed',12,None,'police killed','state TV','12 police killed',art=1)
c(P,'injured',353,None,'police injured','state TV','353 injured',art=1)
c(P,'detained',3811,None,'people detained',MIA,'3,811 detained',art=4)
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" killed',art=4,note='scare-quoted label excluded from quotes')
c(P,'killed',18,None,'security forces dead',MIA,'18 security forces dead',art=4)
e(P,None,'statement',None,['Nikol Pashinyan',CSTO],'CSTO says it will send peacekeepers',art=0,note='no day word; message of 06.01 01:14 (statement of 5-6 Jan night)')
e(P,'2022-01-05','protest','Almaty',['police'],'dozens of rioters',art=1,note='"overnight" before the 06.01 message')
e(P,None,'troop_deployment','Almaty',['Russian paratroopers'],'First Russian paratroopers land near Almaty',art=2,note='no day word; message of 06.01')
e(P,None,'statement',None,[TOK],'Tokayev in TV address',art=3,note='no day word; message of 07.01')
e(P,None,'casualty_report',None,[MIA],'Interior Ministry: 3,811',art=4,note='no day word; message of 07.01')
e(P,None,'arrest',None,['Karim Massimov','KNB'],'Ex-security chief Karim Massimov detained',art=5,note='no day word; message of 08.01')
e(P,'2022-01-10','other','Kazakhstan',[],'Monday declared day of mourning',art=6,note='Monday after the Sunday 09.01 message')
e(P,None,'talks','Geneva',[RYA,SHE],'Geneva: Ryabkov says talks',art=7,note='no day word; message of 10.01')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'withdrawal to start in 2 days',art=8,note='"in 2 days" from the 11.01 message')
e(P,None,'appointment',None,['Alikhan Smailov','Parliament of Kazakhstan'],'Alikhan Smailov approved as new PM by parliament',art=9,note='no day word; message of 11.01')

# ---------------- 1511 POLINDEX news-cluster page (12:40 PM ET, January 12, 2022, Wednesday); one article per cluster lead
P='1511'
L=T[doc(P)].split('\n')
cl=[('Baltic Ledger:','NATO and Russia sit down in Brussels','Social: @NATOWatcher'),
    ('Steppe Monitor:','Kazakhstan: Russian-led troops to begin pullout','Social: @asel_reports'),
    ('Harbor Times:','Blinken warns Moscow','More: The Plainfield Courier')]
for i,(src,h,last) in enumerate(cl):
    s=L.index(src)+1; hl=ln(P,h); le=ln(P,last)
    b=[src,'Discussion:']
    if i==0: b=['POLINDEX','what matters in world politics, right now','Top Items | Latest | River | Sources | About','12:40 PM ET, January 12, 2022','Top Items:']+b
    if i==2: b+=['Earlier:','About | Contact | Sources | RSS | Privacy']
    art(P,i,hl,hl+1,src[:-1],'2022-01-12',[],None,b,ls=s,le=le)
q(P,'ready to listen',STO,'NATO Secretary General Jens Stoltenberg','said',art=0,partial=True)
q(P,'compromise on core principles',STO,'NATO Secretary General Jens Stoltenberg','said',art=0,partial=True)
q(P,'Grushko arrived 10 minutes early. Read into that what you will.',None,'@NATOWatcher',None,art=0,note='social post shown under the cluster; a private account handle, not a person named in the text (speaker null); Grushko is named inside the quote')
q(P,'completed its tasks',SER,'General Andrei Serdyukov','said',art=1,partial=True)
q(P,'Tanks gone from Republic Square this morning. People are out taking photos.',None,'@asel_reports',None,art=1,note='social post; private handle (speaker null)')
q(P,'very hard','Antony Blinken','Secretary of State Antony Blinken','said',art=2,partial=True)
q(P,"It's going to be very hard to make actual progress with a gun pointed at Ukraine's head,",'Antony Blinken','Blinken','told',art=2)
q(P,'no intention',RYA,'Ryabkov',None,zone='related',art=None,partial=True,note='"Earlier:" link to an older story; two-word partial after "Ryabkov after Geneva:"')
c(P,'troops_deployed',2000,'more than','CSTO troops in Kazakhstan',SER,'the force of more than 2,000 troops',art=1)
c(P,'detained',9900,None,'people detained',MIA,'9,900 detained, says ministry',zone='related',note='figure in a "More:" link headline to another source')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine\'s border','Antony Blinken','some 100,000 troops near Ukraine',art=2,note='"some" -> about')
e(P,'2022-01-12','talks','Brussels',['NATO',GRU,STO],'met on Wednesday at NATO headquarters',art=0)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'start handing over protected sites to Kazakh authorities on Thursday',art=1)
e(P,'2022-01-11','statement',None,[TOK],'said on Tuesday that the withdrawal',art=1)
e(P,'2022-01-11','statement',None,['Antony Blinken'],'said on Tuesday that progress',art=2)

# ---------------- 1512 Daybreak in 90 Seconds smart-speaker flash briefing (Tuesday 11 January 2022)
P='1512'
art(P,0,ln(P,'Daybreak: Kazakhstan mourns; Geneva talks end; NATO next'),ln(P,"Good morning, it's Tuesday"),'Daybreak in 90 Seconds','2022-01-11',['Priya Nandakumar'],None,
    ['Daybreak in 90 Seconds','World news flash briefing for smart speakers | Publisher console',
     'Briefing ID: DB-2022-01-11-0700 | Status: PUBLISHED | Voice: Host recording (Priya Nandakumar) | Length: 1:31',
     'Update date: 2022-01-11T07:00:00Z | Expires: 2022-01-11T13:00:00Z','Title displayed on screen devices:','Script (as recorded)',
     '[MUSIC STING 0:02]','[PAUSE 0.5s]','[MUSIC OUT]','Publisher notes: pronunciation guide: Tokayev (toe-KAI-ev), Ryabkov (RYAB-kov).'])
q(P,"an attempted coup d'etat",TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q(P,'for a limited period',PUT,'He','said',partial=True,note='He = Vladimir Putin (previous sentence)')
q(P,"slam closed NATO's open-door policy",SHE,'Wendy Sherman','said',partial=True)
q(P,'We opened the doors at nine and people came in just to sit somewhere warm and normal.',None,'One café owner','told',note='anonymous; spoken "quote, … End quote." framing around the marks; clock time "nine" is not a number claim')
c(P,'detained',8000,'almost','people detained',MIA,'nearly 8,000 people have been detained')
e(P,'2022-01-10','other','Kazakhstan',[],'national day of mourning yesterday')
e(P,None,'talks',None,[CSTO,TOK,PUT],'told a video summit of the Russian-led security bloc',note='no day word (real: 2022-01-10)')
e(P,None,'talks','Geneva',['United States','Russia',RYA,SHE],'American and Russian diplomats talked for nearly eight hours',note='no day word (real: 2022-01-10)')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],"Tomorrow, Russian officials meet NATO's thirty allies")
e(P,'2022-01-13','talks','Vienna',['OSCE'],'on Thursday the talks move to the OSCE in Vienna')
e(P,None,'other','Almaty',[],'some shops reopened for the first time in a week',note='no day word')

# ---------------- 1513 CNA "TOP STORIES AT THIS HOUR" (Friday, January 7, 2022 - 1500 GMT); one article per story
P='1513'
stories=[('KAZAKHSTAN-UNREST/ (UPDATE 6)','(Reporting by Aigul Sarsenova;',['Aigul Sarsenova'],'ALMATY'),
 ('KAZAKHSTAN-CSTO/','(Reporting by Pavel Lindt;',['Pavel Lindt'],'MOSCOW'),
 ('RUSSIA-US/TALKS (PREVIEW)','(Reporting by Carla Mendes;',['Carla Mendes'],'WASHINGTON'),
 ('KAZAKHSTAN-CHINA/','(Reporting by Beijing newsroom;',[],'BEIJING')]
L=T[doc(P)].split('\n')
for i,(slug,rep,au,dl) in enumerate(stories):
    s=L.index(slug)+1; le=ln(P,rep)
    b=[slug,L[le-1]]
    if i==0: b=['CONTINENTAL NEWS AGENCY','English World Service | Subscriber wire | Schedules | Photos | Video','TOP STORIES AT THIS HOUR','Friday, January 7, 2022 - 1500 GMT','Compiled by the World Desk, London. Editor on duty: Rachel Whitfield (+44 20 7946 0315)']+b
    if i==3: b+=['COMING UP: 1700 GMT - OSCE statement on Kazakhstan expected. 1800 GMT - White House briefing.','Copyright 2022 Continental News Agency. All rights reserved. Not for publication.']
    art(P,i,s+1,s+2,'Continental News Agency','2022-01-07',au,dl,b,ls=s,le=le)
q(P,'fire without warning',TOK,'Tokayev',None,art=0,partial=True,zone='headline',note='headline "Tokayev orders troops to"')
q(P,'What negotiations can there be with criminals and murderers?',TOK,'Tokayev','said',art=0)
q(P,'One lesson in recent history is that once Russians are in your house, it\'s sometimes very difficult to get them to leave,','Antony Blinken','Blinken','told',art=2)
q(P,'strong measures','Xi Jinping','Xi',None,art=3,partial=True,zone='headline',note='headline "Xi praises Tokayev\'s"; Tokayev\'s is a possessive trap')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',art=0)
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained',art=0)
c(P,'killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died',art=0)
c(P,'aircraft',70,'more than','aircraft flying in CSTO troops',RMOD,'More than 70 aircraft',art=1,note='"a ministry spokesman said"')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday he had authorised',art=0)
e(P,'2022-01-07','protest','Almaty',[],'Sporadic gunfire was still heard in Almaty on Friday morning',art=0)
e(P,'2022-01-06','troop_deployment','Almaty',['Russian paratroopers',RMOD],'regained full control of Almaty airport on Thursday',art=1)
e(P,'2022-01-07','statement',None,['Antony Blinken'],'said on Friday he saw Russian troops',art=2)
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'meet in Geneva on Monday',art=2)
e(P,None,'statement',None,['Xi Jinping',TOK],'sent a message to Tokayev',art=3,note='"said on Friday" is the day CCTV reported it; the message day is not given')

# ---------------- 1514 Caspian News Agency wire snaps (Thursday, 06 January 2022); one article per URGENT/SNAP
P='1514'
L=T[doc(P)].split('\n')
snaps=[('0419 GMT  URGENT','NUR-SULTAN'),('0436 GMT  SNAP','ALMATY'),('0502 GMT  SNAP','ALMATY'),('0611 GMT  SNAP','MOSCOW'),
       ('0729 GMT  SNAP','ALMATY'),('0844 GMT  URGENT','NUR-SULTAN'),('0903 GMT  SNAP','WASHINGTON')]
for i,(st,dl) in enumerate(snaps):
    s=L.index(st)+1
    le=s+2
    if L[le] in ('MORE','ENDS'): le+=1
    b=[st]+([L[le-1]] if L[le-1] in ('MORE','ENDS') else [])
    if i==0: b=['CASPIAN NEWS AGENCY - ENGLISH SERVICE','Subscriber terminal | Wire: KZ-ENG | Filter: URGENT, SNAP | Thursday, 06 January 2022']+b
    if i==2:
        le=ln(P,'(CORRECTS SOURCE IN SNAP'); b+=['0515 GMT  CORRECTS',L[le-1]]
    if i==6: b+=['-- Snaps are followed by full stories on the KZ-ENG wire. Times are transmission times (GMT).','-- (c) Caspian News Agency 2022. Redistribution prohibited.']
    art(P,i,s+1,s+2,'Caspian News Agency','2022-01-06',[],dl,b,ls=s,le=le)
q(P,'for a limited period of time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','wrote on Facebook',art=0,partial=True,note='headline "COLLECTIVE PEACEKEEPING FORCES" is an official label: excluded')
q(P,'Last night, extremist forces tried to storm administrative buildings and police departments. Dozens of attackers were eliminated,','Saltanat Azirbek','police spokeswoman Saltanat Azirbek','told',art=1,note='inverted cue after the quote')
q(P,'The situation is now under control,',MIA,'the ministry','added',art=5)
q(P,'CLOSELY MONITORING','Ned Price','STATE DEPT',None,art=6,partial=True,zone='headline',note='headline attribution "- STATE DEPT" is the department; the body names the spokesman, who is the speaker')
q(P,'closely monitoring','Ned Price','State Department spokesman Ned Price','said',art=6,partial=True,note='"questions" (one word) excluded')
c(P,'killed',12,None,'police officers killed',MIA,'12 POLICE OFFICERS KILLED',art=2,zone='headline')
c(P,'injured',353,None,'police officers injured',MIA,'353 INJURED - STATE TV',art=2,zone='headline')
c(P,'killed',12,None,'law enforcement officers killed',MIA,'Twelve law enforcement officers were killed',art=2,note='written-out number; "citing the Interior Ministry"')
c(P,'injured',353,None,'law enforcement officers injured',MIA,'353 injured in clashes',art=2)
c(P,'detained',2298,None,'people detained',MIA,'2,298 PEOPLE DETAINED',art=5,zone='headline')
c(P,'detained',2298,None,'people detained',MIA,'detained 2,298 people',art=5)
e(P,None,'statement',None,['Nikol Pashinyan',CSTO],'wrote on Facebook',art=0,note='dateline "Jan 6" only; no day word')
e(P,'2022-01-05','protest','Almaty',[],'Last night, extremist forces tried to storm',art=1,note='"Last night" before the 6 Jan snap')
e(P,None,'casualty_report',None,[MIA,'Khabar 24'],'state television Khabar 24 reported',art=2,note='dateline only')
e(P,None,'troop_deployment','Kazakhstan',[RMOD],'Advance units of the Russian contingent',art=3,note='dateline only; "already"')
e(P,None,'other','Kazakhstan',['NetBlocks'],'nationwide internet blackout, monitoring group',art=4,note='dateline only')
e(P,None,'casualty_report',None,[MIA],'the Interior Ministry said. "The situation',art=5,note='dateline only')
e(P,None,'statement',None,['Ned Price','US State Department'],'State Department spokesman Ned Price said',art=6,note='dateline only')

# ---------------- 1515 TweetDeck list-column export (12 Jan 2022, 18:05 UTC+1); one article per tweet
P='1515'
L=T[doc(P)].split('\n')
tw=[('Steppe Monitor @steppemonitor · 12 Jan 2022, 17:48','Steppe Monitor',[],'2022-01-12'),
    ('Eurasia Insight Daily @EurasiaInsight · 12 Jan 2022, 16:20','Eurasia Insight Daily',[],'2022-01-12'),
    ('Volga Correspondent @volgacorr · 12 Jan 2022, 15:02','Volga Correspondent',[],'2022-01-12'),
    ('Astana Ledger @astanaledger · 12 Jan 2022, 13:37','Astana Ledger',[],'2022-01-12'),
    ('Rustam Sadykov @rsadykov_photo · 12 Jan 2022, 11:55',None,['Rustam Sadykov'],'2022-01-12'),
    ('Central Asia Briefing @CABriefing · 12 Jan 2022, 10:14','Central Asia Briefing',[],'2022-01-12'),
    ('Steppe Monitor @steppemonitor · 12 Jan 2022, 09:30','Steppe Monitor',[],'2022-01-12'),
    ('Danube Daily @DanubeDaily · 11 Jan 2022, 22:48','Danube Daily',[],'2022-01-11'),
    ('Eurasia Insight Daily @EurasiaInsight · 11 Jan 2022, 19:05','Eurasia Insight Daily',[],'2022-01-11')]
for i,(st,o,au,d) in enumerate(tw):
    s=L.index(st)+1; b=[st,L[s+1]]; ls=s
    if i==4: ls=s-1; b=['Retweeted by Central Asia Briefing']+b
    if i==0: b=['TweetDeck','Columns: Home | Notifications | List: Central Asia outlets | Search: Kazakhstan',
                'Exported with DeckSaver 1.4 on 12 Jan 2022, 18:05 (UTC+1) | Column: List "Central Asia outlets" (14 members) | 9 tweets']+b
    if i==8: b+=['Load more','DeckSaver exports contain public tweets only. Twitter and TweetDeck are trademarks of Twitter, Inc.']
    art(P,i,s+1,s+1,o,d,au,None,b,ls=ls,le=s+2)
q(P,'The peacekeeping mission has achieved its goals,',SER,'he','said',art=0,note='he = General Andrei Serdyukov')
q(P,'If NATO does not take our proposals seriously, we will respond with military-technical means.',GRU,'Grushko',None,art=2,note='"Name after the event:" convention, no speech verb')
q(P,'in the capital','Aidos Ukibay','His spokesman Aidos Ukibay','tweets',art=3,partial=True)
q(P,'has not left the country','Aidos Ukibay','His spokesman Aidos Ukibay','tweets',art=3,partial=True)
q(P,'a success',TOK,'Tokayev',None,art=5,partial=True,note='"Tokayev to parliament yesterday:" framing; two-word evaluative wording kept')
q(P,'no more than 10 days',TOK,'Tokayev',None,art=5,partial=True,note='a duration, not a claim')
q(P,'The risk of war in the OSCE area is greater now than at any time in the past 30 years.','Zbigniew Rau','OSCE chair Zbigniew Rau',None,art=7)
c(P,'detained',9900,None,'people detained during the unrest',MIA,'9,900 people were detained',art=1)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO,SER],'begin withdrawing its troops from Kazakhstan tomorrow',art=0)
e(P,None,'other','Almaty',[CSTO,SER],'at a handover ceremony in Almaty',art=0,note='no day word; tweet of 12 Jan')
e(P,None,'talks',None,['NATO','Russia',GRU],'Grushko after the NATO-Russia Council',art=2,note='no day word (real: 2022-01-12)')
e(P,'2022-01-12','other','Almaty',[],'Almaty, this morning.',art=4)
e(P,'2022-01-11','statement',None,[TOK],'Tokayev to parliament yesterday',art=5)
e(P,'2022-01-12','other','Almaty',[],'Almaty airport resumes domestic flights today',art=6)
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],"ahead of Thursday's Vienna meeting",art=7)
e(P,None,'appointment',None,['Alikhan Smailov','Mazhilis'],'approved as prime minister by the Mazhilis',art=8,note='no day word; tweet of 11 Jan')

# ---------------- 1516 TransitScreens CMS ticker-feed export (13/01/2022 08:00 UTC); one article per news ticker item
P='1516'
L=T[doc(P)].split('\n')
items=[('WH-61204','2022-01-13'),('WH-61198','2022-01-13'),('WH-61190','2022-01-13'),('WH-61183','2022-01-13'),
       ('WH-61151','2022-01-12'),('WH-61149','2022-01-12'),('WH-61140','2022-01-12'),('WH-61122','2022-01-12')]
for i,(iid,d) in enumerate(items):
    s=[k for k,l in enumerate(L) if l.startswith(iid+' |')][0]+1
    b=[]
    if i==0: b=['TransitScreens CMS','Content > Feeds > News ticker (EN) > Export','Ticker feed (live and expired items, newest first)','ID | Start | End | Status | Ticker text']
    if i==3: b=[L[s]]
    if i==6: b=[L[s]]
    if i==7: b=['Moderation log','Display preview (platform 2, 08:00):','Help | Feed settings | Audit trail | Sign out']
    art(P,i,s,s,'Wireline Headlines',d,[],None,b,ls=s,le=s)
# headline and first_line are the whole line here; trim to the ticker text
for a in A:
    if a['doc'].startswith('1516'):
        a['headline']=a['headline'].split(' | ')[-1]; a['first_line']=cut80(a['headline'])
q(P,'real risk for new armed conflict in Europe',STO,'NATO chief Stoltenberg',None,art=2,partial=True)
q(P,'many disagreements on fundamental issues',GRU,"Russia's Grushko",None,art=3,partial=True)
q(P,'has been fulfilled',SER,'Serdyukov','says',art=5,partial=True)
c(P,'detained',9900,None,'people held after the unrest',MIA,'9,900 held after unrest',art=4)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'LIVE | KAZAKHSTAN: Russian-led CSTO troops start leaving',art=0,note='the text repeats in the display preview; evidence includes the "LIVE |" column to be unique')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'LIVE | OSCE talks in Vienna today',art=1)
e(P,None,'statement',None,[STO],'NATO chief Stoltenberg:',art=2,note='no day word')
e(P,None,'statement',None,[GRU],"Russia's Grushko:",art=3,note='no day word')
e(P,None,'casualty_report',None,[MIA],'held after unrest, interior ministry says',art=4,note='no day word')
e(P,None,'talks','Brussels',['NATO','Russia'],'NATO-Russia Council ends after 4 hours in Brussels',art=6,note='no day word; item of 12/01 (real: 2022-01-12)')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','TOKAYEV'],['President','Kazakh President','KAZAKH PRESIDENT'],'Kazakhstan',['KAZAKH PRESIDENT'],["Tokayev's"],note='words paraphrased from his public statements'),
 sp(PUT,'person',['Vladimir Putin','PUTIN','Putin'],['President'],'Russia',['He'],note='words paraphrased'),
 sp('Alexander Lukashenko','person',['LUKASHENKO'],[],'Belarus',note='words invented'),
 sp(RYA,'person',['Sergey Ryabkov','Ryabkov','RYABKOV'],["Russia's deputy foreign minister"],'Russia',note='words invented/paraphrased'),
 sp('Kazakh officials','organisation',['KAZAKH OFFICIALS'],[],'Kazakhstan',note='unnamed officials as a group'),
 sp(SHE,'person',['Wendy Sherman','SHERMAN','Sherman'],['DEPUTY SECRETARY OF STATE','The US negotiator'],'United States',['DEPUTY SECRETARY OF STATE'],note='words invented/paraphrased'),
 sp('Dana Ortiz','person',['Dana Ortiz'],['the presenter'],None,note='invented presenter'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian PM','Armenian Prime Minister'],'Armenia',note='paraphrased'),
 sp(RMOD,'organisation',['Russian Defence Ministry','Defence Ministry','RUSSIAN MOD'],[],'Russia',['a ministry spokesman']),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General','NATO chief'],'Norway',note='words invented/paraphrased'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['General','Colonel-General'],'Russia',['he'],note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State','US Secretary of State'],'United States',note='wording paraphrased'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China',note='wording paraphrased'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['police spokeswoman'],'Kazakhstan',note='real Almaty police spokeswoman; wording paraphrased'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','KAZAKH INTERIOR MINISTRY','MIA'],[],'Kazakhstan',['the ministry']),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States',['STATE DEPT'],note='wording paraphrased'),
 sp(GRU,'person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['His spokesman'],'Kazakhstan',note='real spokesman of Nazarbayev; words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['OSCE chair'],'Poland',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the Russian-led security bloc'],quoted=False,note='not quoted; participant in many events'),
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
