#!/usr/bin/env python3
"""Source of the devset168 annotation: the hand-chosen spans, values and dates for 1437-1444.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset168/annotation_source.py && python3 tests/devset168/verify.py
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
MFAT='New Zealand Ministry of Foreign Affairs and Trade'

# ---------------- 1437 PuckLine hockey news (Jan. 8, 2022 = Saturday; ET stamp)
P='1437'
art(P,0,ln(P,'Barys home games called off as unrest shuts down Kazakhstan'),ln(P,'The KHL confirmed on Saturday'),'PuckLine','2022-01-08',['Colin Draper'],None,
    ['PUCKLINE','Hockey news from every league that matters','NHL | KHL | SHL | Liiga | Juniors | Podcasts | Store','KHL > Teams > Barys Nur-Sultan','By Colin Draper','Jan. 8, 2022, 11:15 a.m. ET','RELATED','KHL sets new COVID-19 protocol for the second half of the season','Colin Draper covers the KHL and European hockey for PuckLine. Follow him on Twitter @cdraperhockey.','© 2022 PuckLine Media. All rights reserved. | Privacy | Terms | Advertise'])
q(P,'Our players are safe, their families are safe, and that is the only thing that matters this week,','Bulat Tuleshov','general manager Bulat Tuleshov','said in a statement')
q(P,'Hockey can wait.','Bulat Tuleshov','general manager Bulat Tuleshov','said in a statement',note='second quote in the same paragraph after the cue')
q(P,'We practised on Wednesday with the lights on and the phones off,','Yuri Sorokin','Sorokin','told')
q(P,'Nobody knew what was happening outside. Some of the young guys were scared, honestly.','Yuri Sorokin','Sorokin','told')
q(P,'as soon as conditions allow,','KHL','The league','said',partial=True,note='the league as an organisation speaker; a spokesman is mentioned only for the next clause')
q(P,'If we have to play four games in six days in February, fine,','Yuri Sorokin','he','said')
q(P,'We have done it before.','Yuri Sorokin','he','said')
c(P,'troops_deployed',2500,'about','CSTO troops being sent to Kazakhstan',CSTO,'The alliance says it is sending about 2,500 troops')
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh officials','26 "armed criminals" had been killed',note='the scare-quoted label "armed criminals" is not a quote record')
c(P,'killed',18,None,'members of the security forces who died','Kazakh officials','18 members of the security forces had died')
e(P,'2022-01-08','statement',None,['KHL','Barys Nur-Sultan'],'The KHL confirmed on Saturday')
e(P,'2022-01-05','state_of_emergency','Nur-Sultan',['Kazakh government'],'scrapped altogether the day before',note='"the day before" the game "set for Thursday" (6 Jan) = Wednesday 5 Jan; two hops of relative dating')
e(P,'2022-01-02','protest','Zhanaozen',[],'began on Jan. 2 in the oil town of Zhanaozen')
e(P,'2022-01-04','protest','Almaty',[],'Two days later they had spread to Almaty',note='"two days later" after Jan. 2')
e(P,'2022-01-05','other','Kazakhstan',[],'Overnight into Wednesday, mobile internet went dark',note='internet shutdown; the night of 4-5 January, dated to the Wednesday')
e(P,'2022-01-06','other',None,['Barys Nur-Sultan'],'only heard from them on Thursday morning')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On Wednesday evening, President Kassym-Jomart Tokayev asked')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first Russian paratroopers landed the next day',note='"the next day" after Wednesday evening')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said on Saturday')
e(P,'2022-01-11','other','Moscow',['Barys Nur-Sultan'],'due to start on Tuesday',note='future Tuesday after Saturday 8 Jan; a scheduled road trip')

# ---------------- 1438 Meridian Caspian Lines customer advisory (12 January 2022, Wed; GST and ALMT stamps)
P='1438'
art(P,0,ln(P,'Kazakhstan: rail and road operations, Khorgos and Almaty terminals'),ln(P,'Please find below the latest information'),'Meridian Caspian Lines','2022-01-12',[],None,
    ['Meridian Caspian Lines','Container Shipping | Rail Freight | Customs Brokerage | Track & Trace','Home > Customer Advisories > Central Asia','CUSTOMER ADVISORY No. CA-2022-004 (Update 3)','Issued by: Regional Operations Centre, Dubai','Last updated: 12 January 2022, 09:30 GST (11:30 ALMT)','Dear Valued Customer,','Kind regards,','Related advisories','CA-2021-118 Year-end holiday schedule at Khorgos','(c) 2022 Meridian Caspian Lines FZE. All rights reserved. | Cookie settings | Privacy'])
q(P,'The border itself never closed. The problem was that nobody could send or receive a wagon list for five days,','Karlygash Omarova','Karlygash Omarova','said')
q(P,'We are clearing the backlog as fast as the railway allows.','Karlygash Omarova','Karlygash Omarova','said')
q(P,'back to about 80 percent','Karlygash Omarova','Omarova','said she expected',partial=True,note='the percentage is an operations figure, not a claim')
c(P,'detained',9900,None,'people detained',MIA,'According to the Kazakh Interior Ministry, 9,900 people have been detained')
e(P,'2022-01-02','protest','western Kazakhstan',[],'Unrest that started in the west of the country on 2 January')
e(P,'2022-01-04','protest','Almaty',[],'reached Almaty on 4 January')
e(P,'2022-01-05','other','Kazakhstan',[],'Early on 5 January (ALMT) the authorities shut down mobile and fixed internet nationwide',note='internet shutdown; the text notes it was still 4 January in Europe and the Gulf: the local (ALMT) date is used')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[],'A state of emergency and a night curfew were introduced the same day.')
e(P,'2022-01-05','other','Almaty',['Meridian Caspian Lines'],'Our Almaty inland terminal closed at noon on 5 January')
e(P,'2022-01-10','other','Almaty',['Meridian Caspian Lines'],'The terminal reopened on Monday')
e(P,'2022-01-11','other','Almaty',[],'Internet access in Almaty was partly restored the following day',note='"the following day" after Monday 10 Jan')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'sent troops into Kazakhstan last Thursday',note='"last Thursday" from Wednesday 12 Jan = 6 Jan')
e(P,'2022-01-11','statement',None,[TOK,CSTO],'On 11 January President Tokayev announced')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'that is on Thursday 13 January',note='"in two days\' time" after 11 January, spelt out by the text')

# ---------------- 1439 Missio Fratres blog (date only in the URL: 2022/01/09 = Sunday)
P='1439'
art(P,0,ln(P,'News from our brothers in Almaty'),ln(P,'Many of you have written to ask'),'Missio Fratres','2022-01-09',['Declan Moriarty'],None,
    ['https://www.missionfratres.example/blog/2022/01/09/news-from-our-brothers-in-almaty/','Missio Fratres','Brothers of St. Columban of the Steppe','About Us | Our Missions | Vocations | Blog | Donate','BLOG','Posted in Kazakhstan, Mission Letters | 3 Comments','Dear friends of the mission,','In Christ,','Fr. Declan Moriarty','Provincial Superior','Leave a Reply','Recent Posts','Missio Fratres is a registered charity. Registered office: 12 Quay Street, Galway, Ireland.'])
q(P,'We are tired, but the Lord has kept us, and the kitchen has not missed a single day,','Father Ignatius','he','said')
q(P,'Please pray for the families who have lost someone. There are many.','Father Ignatius','he','said')
q(P,'The city is very quiet now. There are soldiers at the crossroads and people queue for bread in the morning,','Brother Tomasz','he','wrote')
q(P,'The young men who came to us on Wednesday night were not criminals. They were hungry and frightened.','Brother Tomasz','he','wrote')
e(P,'2022-01-04','protest','Almaty',[],'The protests reached Almaty on Tuesday.')
e(P,'2022-01-05','other','Kazakhstan',[],'The internet in Kazakhstan was switched off overnight',note='internet shutdown; "overnight" after Tuesday evening = night of 4-5 Jan, dated to the Wednesday')
e(P,'2022-01-05','protest','Almaty',[],'On Wednesday the akimat (the city hall) was set on fire.')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO,TOK],'On Thursday Russian soldiers arrived')
e(P,'2022-01-06','other','Almaty',[],'There was shooting in the city centre that night',note='"that night" = Thursday; "again the night after" = Friday 7 Jan')
e(P,'2022-01-07','other',None,['Father Ignatius'],'It was only on Friday afternoon that Father Ignatius managed to call')
e(P,'2022-01-08','other',None,['Brother Tomasz'],'Yesterday Brother Tomasz added a few lines',note='"yesterday" from the URL date 2022-01-09')
e(P,'2022-01-10','other','Almaty',['Pavel Kim'],'would be celebrated in the Cathedral of the Holy Trinity on Monday',note='Mass for peace on the national day of mourning; future Monday')

# ---------------- 1440 Southland Courier, New Zealand (Friday, January 7, 2022, NZDT = UTC+13)
P='1440'
art(P,0,ln(P,'Invercargill engineer waits out Kazakhstan crisis in Almaty hotel'),ln(P,'An Invercargill mining engineer says'),'The Southland Courier','2022-01-07',['Hana Whitcombe'],None,
    ['The Southland Courier','Invercargill | Gore | Te Anau | Bluff','News | Sport | Farming | Opinion | Life | Notices | Subscribe','NEWS / WORLD','Friday, January 7, 2022','By Hana Whitcombe','hana.whitcombe@southlandcourier.example','RELATED STORIES','Southland ratepayers face 6.4 per cent rise','Comments are closed for this story.','Southland Courier, 41 Dee Street, Invercargill 9810. Copyright 2022.'])
q(P,'She said the hotel had locked the front doors and put mattresses against the lobby windows,','Graeme Tait','her father, Graeme Tait','told')
q(P,'She sounded calm. Calmer than us, anyway.','Graeme Tait','her father, Graeme Tait','told')
q(P,'We are aware of a small number of New Zealanders in Kazakhstan and are providing consular assistance,',MFAT,'an MFAT spokesperson','said',note='unnamed spokesperson of a named ministry: the ministry is the speaker')
q(P,'New Zealanders in Kazakhstan should shelter in place and register on SafeTravel.',MFAT,'an MFAT spokesperson','said')
q(P,"She rang again at 10 o'clock last night, our time. They've been told the airport stays shut until at least Saturday,",'Graeme Tait','he','said')
q(P,'So we wait.','Graeme Tait','he','said')
q(P,"We'll have a pavlova ready. That's a promise,",'Lorraine Tait','she','said')
c(P,'aircraft',70,'more than','aircraft used to fly Russian troops in','Russian Defence Ministry','more than 70 aircraft are being used')
c(P,'detained',2298,None,'people detained',MIA,'2,298 people had been detained')
c(P,'killed',18,None,'police and national guard officers killed','Kazakh officials','18 police and national guard officers had been killed')
e(P,'2022-01-06','other',None,['Rebecca Tait','Graeme Tait'],'last heard from her at 6.20am yesterday, New Zealand time',note='TIME-ZONE TRAP: "yesterday" from NZ publication date = Thu 6 Jan (NZ); the text says it was still 11.20pm on Wednesday 5 Jan in Almaty. Dated in the text\'s own frame (NZ); 2022-01-05 is acceptable')
e(P,'2022-01-02','protest','western Kazakhstan',[],'Protests over fuel prices began on Sunday in the west of the country',note='the chronology is explicitly "in Almaty time"')
e(P,'2022-01-04','protest','Almaty',[],'On Tuesday night thousands of people marched in Almaty')
e(P,'2022-01-05','protest','Almaty',[],'On Wednesday the city hall and the presidential residence were set on fire')
e(P,'2022-01-05','government_resignation',None,[],'The government resigned the same day')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'late that night President Kassym-Jomart Tokayev asked',note='late Wednesday in Almaty = Thursday morning in New Zealand; Almaty date used')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first Russian paratroopers landed on Thursday.')
e(P,'2022-01-06','casualty_report',None,[MIA],'On Thursday night, Almaty time, the Kazakh Interior Ministry said')
e(P,'2022-01-06','statement',None,[MFAT],'updated its Safe Travel advice for Kazakhstan on Thursday',note='NZ Thursday')
e(P,'2022-01-06','other',None,['Rebecca Tait','Graeme Tait'],"She rang again at 10 o'clock last night, our time.",note='"last night, our time" = Thu 6 Jan 22:00 NZDT = 15:00 Thu 6 Jan ALMT: same date in both zones')

# ---------------- 1441 Steppe Kitchen recipe blog (date only in the footer: 12 January 2022, Wed)
P='1441'
art(P,0,ln(P,"Baursak for a curfew evening (and a week I won't forget)"),ln(P,"Friends, I almost didn't write a post this week."),'Steppe Kitchen','2022-01-12',['Gulnara'],None,
    ['Steppe Kitchen','Home cooking from Kazakhstan and beyond','Recipes | Breads | Soups | Sweets | About Me | Shop my cookware','Jump to Recipe   Print Recipe','This post may contain affiliate links. Please read my disclosure policy.','BAURSAK (KAZAKH FRIED DOUGH)','Prep time: 20 minutes | Rise time: 1 hour | Cook time: 30 minutes | Servings: about 60 pieces','Did you make this recipe? Tag @steppekitchen on Instagram!','23 Comments','You may also like','About the author: Gulnara is a home cook and mother of two in Almaty.','Posted on 12 January 2022 by Gulnara | Filed under Breads, Stories','(c) 2022 Steppe Kitchen. All rights reserved.'])
q(P,"Dough doesn't care what's happening outside,",'Apa Saule','my grandmother, Apa Saule','used to say')
q(P,'It only cares whether your hands are warm.','Apa Saule','my grandmother, Apa Saule','used to say')
q(P,'I will believe they have gone when I see the planes going the other way.',None,'our neighbour, a retired teacher','said',note='unnamed neighbour; the colon introduces the quote')
e(P,'2022-01-02','protest','Zhanaozen',[],'in Zhanaozen, on the 2nd',note='"the 2nd" with no month: January from context')
e(P,'2022-01-04','protest','Almaty',[],'By Tuesday there were crowds on our avenue.')
e(P,'2022-01-05','protest','Almaty',[],'the akimat was burning',note='"On Wednesday morning" in the same sentence')
e(P,'2022-01-05','other','Kazakhstan',[],'That afternoon the internet went off',note='internet shutdown; "that afternoon" = Wednesday')
e(P,None,'state_of_emergency','Almaty',[],'We were under curfew from 11pm every night.',note='curfew with no start date in the text (real: 5 Jan)')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'On Thursday the CSTO soldiers came.')
e(P,'2022-01-08','other','Almaty',[],'Two days later there was still shooting',note='"two days later" after Thursday 6 Jan')
e(P,'2022-01-10','other','Almaty',[],'The internet came back on Monday in the afternoon')
e(P,'2022-01-11','statement',None,[TOK],'Yesterday the president said',note='"yesterday" from the footer date 12 Jan')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start to leave in two days',note='"in two days" from the statement day (11 Jan)')
e(P,'2022-01-12','other','Almaty',[],'The bazaar reopened this morning')

# ---------------- 1442 WanderGuard travel-insurance alert (first published 6 Jan, updated 8 and 10 Jan; GMT stamps)
P='1442'
art(P,0,ln(P,'TRAVEL ALERT: Civil unrest in Kazakhstan'),ln(P,'Are you covered? If you bought'),'WanderGuard Travel Insurance','2022-01-06',[],None,
    ['WanderGuard Travel Insurance','Get a quote | Make a claim | Emergency assistance 24/7 | My policy | Help','Home > Travel alerts > Kazakhstan','First published: 6 January 2022, 10:15 GMT','Last updated: 10 January 2022, 14:00 GMT','What should I do if I am in Kazakhstan?','Related alerts','Travel alert: Flooding in Malaysia','Terms and conditions | Privacy notice | Cookies | Accessibility'])
q(P,'Most of our customers in Kazakhstan are business travellers, and we have been in touch with every one of them since Saturday,','Hannah Verhoeven','Dr Hannah Verhoeven','said')
q(P,'Nobody insured with us has been hurt.','Hannah Verhoeven','Dr Hannah Verhoeven','said')
q(P,'Do not try to drive to a border crossing on your own. Call us first and we will tell you what is open,','Tom Fairbairn','Tom Fairbairn','said')
c(P,'detained',4404,None,'people detained so far',MIA,'4,404 people had been detained so far')
e(P,'2022-01-13','other','Almaty',['Almaty International Airport'],'expected to reopen to commercial flights on Thursday',note='future Thursday from the block stamped Monday 10 January')
e(P,'2022-01-10','other','Almaty',[],'Internet access has been partly restored in the city today',note='"today" = the block stamp (10 Jan), not the first-published date')
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan has declared today a national day of mourning')
e(P,'2022-01-08','statement',None,['Karim Masimov'],'The authorities announced overnight',note='"overnight" before the block stamped Saturday 8 January 09:00 GMT: dated 8 Jan')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'He was detained on Thursday, they said.')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said on Saturday')
e(P,'2022-01-07','other','Almaty',[],'Shooting was reported in the city on Friday.')
e(P,'2022-01-07','statement',None,[TOK],'President Kassym-Jomart Tokayev said on Friday')
e(P,None,'state_of_emergency','Kazakhstan',[],'A state of emergency is in force across the whole of Kazakhstan until 19 January',note='start date not given (real: nationwide from 6 Jan); 19 January is the end date')
e(P,'2022-01-05','protest','Almaty',[],'Almaty airport was seized by protesters on Wednesday evening')
e(P,'2022-01-06','statement',None,[CSTO,TOK],'The CSTO agreed overnight to send troops',note='"overnight" before the block stamped Thursday 6 January 18:30 GMT')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first units arrived today.')
e(P,'2022-01-02','protest','Mangystau region',[],'Large protests began on 2 January in the Mangystau region')
e(P,'2022-01-05','other','Kazakhstan',[],'The internet has been shut down across most of the country since Wednesday.',note='internet shutdown')
e(P,'2022-01-05','statement',None,['FCDO'],'The FCDO changed its advice for Almaty on 5 January.')

# ---------------- 1443 Lindenfeld Centre email newsletter (date only in the footer: Sunday 9 January 2022, 17:00 CET)
P='1443'
art(P,0,ln(P,'Three rounds of talks, one crisis in Central Asia: what to watch this week'),ln(P,'Welcome back after the holidays.'),'Lindenfeld Centre for European Security','2022-01-09',[],None,
    ['View this email in your browser','LINDENFELD CENTRE FOR EUROPEAN SECURITY','THE SECURITY BRIEF','Issue 212','Dear reader,','FURTHER READING','Support independent research: become a Friend of the Centre.','Lindenfeld Centre for European Security, Schillerstrasse 14, 10625 Berlin','This edition was sent on Sunday 9 January 2022 at 17:00 CET.','Unsubscribe | Update your preferences | Privacy policy'],
    sections=[ln(P,'THE WEEK AHEAD'),ln(P,'LOOKING BACK: KAZAKHSTAN')])
q(P,'Expect no breakthrough. The useful outcome would be an agreement to keep talking, and a calendar for it,','Miriam Albrecht','Dr Miriam Albrecht','said')
q(P,'If Moscow walks out before Thursday, that is the signal to worry about.','Miriam Albrecht','Dr Miriam Albrecht','said')
q(P,'a set of demands written so that they will be refused.','Piotr Zawadzki','He','calls',partial=True,note='present-tense cue "calls"; the final full stop is inside the marks')
q(P,'The Russians did not come to stay this time. They came to be thanked,','Miriam Albrecht','she','said')
c(P,'troops_deployed',2030,'about','CSTO troops in Kazakhstan, most of them Russian',CSTO,'its force numbers about 2,030 troops')
e(P,'2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'due to meet for a working dinner in Geneva this evening',note='"this evening" from the footer date; ends in the afternoon in Washington, same date')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'opens at the US mission tomorrow morning')
e(P,'2022-01-12','talks','Brussels',['NATO','Alexander Grushko','Mircea Geoana'],'On Wednesday the NATO-Russia Council meets in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'The series ends on Thursday in Vienna')
e(P,'2022-01-02','protest','Zhanaozen',[],'Sunday 2 January: protests start in Zhanaozen')
e(P,'2022-01-04','protest','Almaty',[],'Tuesday 4 January: the protests reach Almaty')
e(P,'2022-01-05','government_resignation',None,[TOK],'President Tokayev dismisses the government')
e(P,'2022-01-05','other','Kazakhstan',[],'The internet is shut down nationwide.',note='internet shutdown')
e(P,'2022-01-05','protest','Almaty',[],'Rioters storm the akimat in Almaty.')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Just before midnight, Tokayev asks the CSTO for help.',note='the text itself says other outlets dated this 5 or 6 January; Almaty date used as the chronology states')
e(P,'2022-01-06','statement',None,[CSTO],'the CSTO agrees to deploy')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first Russian units land the same day.')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev says he has ordered troops to fire without warning')
e(P,'2022-01-08','arrest',None,['Karim Masimov'],'Karim Masimov is reported arrested',note='the date of the report; the arrest date itself is not given')
e(P,'2022-01-10','talks',None,[CSTO],'The CSTO leaders will hold an extraordinary video summit tomorrow')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev is due to address the Mazhilis')

# ---------------- 1444 Weekly Globe news quiz (Fri 14 Jan 2022 06.00 GMT)
P='1444'
art(P,0,ln(P,'The Weekly Globe news quiz: Geneva, Almaty and a very long week'),ln(P,"Ten questions on the week's news."),'The Weekly Globe','2022-01-14',[],None,
    ['THE WEEKLY GLOBE','World | Politics | Business | Culture | Puzzles | Newsletters','Puzzles > News Quiz','By the Puzzles Desk','Fri 14 Jan 2022 06.00 GMT','ADVERTISEMENT','ANSWERS','How did you do?','Share your score: Facebook | Twitter | Email','More puzzles','Cryptic crossword No 29,512','(c) 2022 The Weekly Globe. All rights reserved. | Terms | Privacy | Contact the Puzzles Desk'])
q(P,'a real risk for new armed conflict in Europe','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told reporters',partial=True,note='the question asks "Who told reporters…"; the speaker is given only in the answer key')
q(P,'the risk of war in the OSCE area is now greater than ever before in the last 30 years','Zbigniew Rau','Zbigniew Rau','warned',partial=True,note='speaker only in the answer key ("Poland\'s"); "30 years" is not a claim')
q(P,'The troops will leave when the job is done, and not a day later',TOK,'President Tokayev','said',note='question 10; attribution in answer 10 ("President Tokayev said it"); words invented')
c(P,'detained',9900,None,'people detained since the unrest began',MIA,'9,900 people had been detained',note='the quiz options 1,000 / 10,000 / 100,000 are not claims')
c(P,'troops_deployed',2030,None,'troops who took part in the CSTO mission','Kazakh Presidential Press Office','His office says 2,030 troops took part in the mission')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'On Monday, US and Russian diplomats sat down in Geneva')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'The withdrawal started on Thursday with a ceremony in Almaty',note='also "Earlier this week Russian-led troops began leaving" (question 2)')
e(P,'2022-01-12','talks','Brussels',['NATO','Jens Stoltenberg'],"after Wednesday's meeting in Brussels")
e(P,'2022-01-11','appointment',None,['Alikhan Smailov'],"On Tuesday, Kazakhstan's parliament approved a new prime minister")
e(P,'2022-01-05','other','Kazakhstan',[],'The internet in Kazakhstan was shut down last Wednesday',note='"last Wednesday" from Friday 14 Jan read as the previous week\'s Wednesday (5 Jan), which the "Five days" answer supports; 12 Jan would be the other reading')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'Yesterday in Vienna')
e(P,'2022-01-08','statement',None,['Karim Masimov'],'Last Saturday the Kazakh authorities announced the arrest')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'He was detained two days before the announcement.')
e(P,'2022-01-11','casualty_report',None,[MIA],'The ministry said on Tuesday that')
e(P,None,'statement',None,[TOK],'in a televised address to parliament',note='undated in the text (real: 11 Jan)')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Bulat Tuleshov','person',['Bulat Tuleshov'],['general manager'],'Kazakhstan',note='invented'),
 sp('Yuri Sorokin','person',['Yuri Sorokin','Sorokin'],['Head coach'],'Kazakhstan',['he'],note='invented'),
 sp('KHL','organisation',['KHL'],[],'Russia',['The league','the league'],note='league as speaker of a partial'),
 sp('Karlygash Omarova','person',['Karlygash Omarova','Omarova'],['our country manager for Kazakhstan'],'Kazakhstan',note='invented'),
 sp('Father Ignatius','person',['Father Ignatius'],['Father'],None,['he'],note='invented; known only by religious name'),
 sp('Brother Tomasz','person',['Brother Tomasz','Tomasz'],['Brother'],None,['he'],note='invented'),
 sp('Graeme Tait','person',['Graeme Tait'],[],'New Zealand',['her father','he'],note='invented'),
 sp('Lorraine Tait','person',['Lorraine'],["Tait's mother"],'New Zealand',['she'],note='invented; surname only implied ("Tait\'s mother, Lorraine")'),
 sp(MFAT,'organisation',['Ministry of Foreign Affairs and Trade','MFAT'],[],'New Zealand',['an MFAT spokesperson'],note='real ministry; words invented'),
 sp('Apa Saule','person',['Apa Saule'],[],'Kazakhstan',['my grandmother'],note='invented; "Apa" is a kinship honorific'),
 sp('Hannah Verhoeven','person',['Hannah Verhoeven'],["medical director of WanderGuard's assistance centre in Rotterdam"],'Netherlands',[],['Dr Hannah Verhoeven'],note='invented'),
 sp('Tom Fairbairn','person',['Tom Fairbairn'],['head of operations at WanderGuard Assistance'],'United Kingdom',note='invented'),
 sp('Miriam Albrecht','person',['Miriam Albrecht','Albrecht'],['who heads our Russia programme'],'Germany',['she'],['Dr Miriam Albrecht'],note='invented'),
 sp('Piotr Zawadzki','person',['Piotr Zawadzki'],['Senior fellow'],'Poland',['He'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='real; words paraphrased'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister","this year's OSCE chairman"],'Poland',note='real; words paraphrased'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the president'],note='quoted only in 1444 (invented words)'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',['The ministry'],quoted=False,note='source of detention/death figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp('Russian Defence Ministry','organisation',["Russia's Defence Ministry"],[],'Russia',quoted=False,note='source of the aircraft figure in 1440'),
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
