#!/usr/bin/env python3
"""Source of the devset55 annotation: the hand-chosen spans, values and dates for 533-540.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset55/annotation_source.py && python3 tests/devset55/verify.py
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
TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
AKPOL='Aktobe regional police department'; WKPRO="West Kazakhstan regional prosecutor's office"
PGO="Kazakh Prosecutor General's Office"; ALMAK='Almaty City Akimat'

# ---------------- 533 Diapazon (Aktobe regional weekly), 10.01.2022 (Monday)
P='533'
art(P,0,ln(P,'Aktobe markets reopen after week'),ln(P,'AKTOBE. Shops and the central bazaar'),'Diapazon','2022-01-10',['Gulnara Seitkali'],'AKTOBE',
    ['DIAPAZON','Aktobe regional weekly · since 1992','Home | City | Region | Society | Incidents | Ads','City › Society','10.01.2022 · 17:25 · Views: 1 846','Text: Gulnara Seitkali','Photo: Diapazon archive','Tags: Aktobe, curfew, protests, bazaar','Share: VK | Facebook | Telegram | WhatsApp','Comments (23)','Reprinting materials is allowed only with a hyperlink to diapazon.kz','© 2022 Diapazon. All rights reserved.'])
q(P,'Most of those taken in were released after their identities were checked,',AKPOL,'the department','said in a written reply')
q(P,'the situation in the city is fully under control','Serik Zhanabayev','Serik Zhanabayev','told reporters',partial=True,note='title "Deputy akim of the region" before the name')
q(P,'We are asking residents to stay calm and to trust only official information,','Serik Zhanabayev','he','said')
q(P,'Rumours in WhatsApp groups did more harm last week than anything else.','Serik Zhanabayev','he','said',note='second sentence after the interposed "he said."; same paragraph, so same cue')
q(P,'I lost four days of sales, but at least the stall is still standing,','Marat Utegenov','Marat Utegenov','said',note='inverted cue "said Marat Utegenov, who sells..."')
c(P,'detained',41,None,'people detained in Aktobe since January 4',AKPOL,'41 people had been detained in Aktobe')
c(P,'detained',12,None,'detainees still in custody in Aktobe',AKPOL,'12 of them remained in custody',note='subset of the 41')
c(P,'detained',41,None,'people detained in Aktobe (headline)','Aktobe akimat','akimat says 41 people detained in city',zone='headline',note='headline gives the akimat as source; body gives the police')
c(P,'other',3,None,'police vehicles burned in Aktobe','Aktobe akimat','3 police vehicles were burned')
c(P,'other',17,None,'shop windows smashed on Aiteke Bi street','Aktobe akimat','17 shop windows were smashed',note='property damage; could be out of scope')
e(P,'2022-01-10','other','Aktobe',[],'opened again on Monday morning',note='"on Monday" = publication day')
e(P,'2022-01-09','statement','Aktobe',['Serik Zhanabayev'],'told reporters on Sunday')
e(P,'2022-01-05','other','Aktobe',[],'during the night of January 5',note='police vehicles burned, shop windows smashed')
e(P,'2022-01-07','statement',None,[TOK],'On Friday, President Kassym-Jomart Tokayev addressed the nation')
e(P,'2022-01-12','other','Aktobe',[],'plan to hold a session on Wednesday',note='future session of local deputies')
e(P,'2022-01-08','other','Aktobe region',['Kazakhtelecom'],'Internet access in the region was restored on Saturday')
e(P,None,'protest','Aktobe',[],'a week after the first protest gathered on the square',note='"a week after" Monday 10 Jan suggests about 3-4 Jan; not resolved')

# ---------------- 534 Karaganda TV website, 11 January 2022 (Tuesday)
P='534'
art(P,0,ln(P,'Karaganda miners return to shifts'),ln(P,'Miners at the coal pits near Shakhtinsk'),'Karaganda TV','2022-01-11',['Dauren Abenov'],None,
    ['KARAGANDA TV — Regional television channel','Live | News | Programmes | Weather | Contacts','RU | KZ | EN','NEWS  11 January 2022, 20:40','Karaganda region','Reporter: Dauren Abenov | Camera: Yerlan Kuzembayev','[Video 02:14]  ▶ Watch the report','Weather: tomorrow in Karaganda -18°C, light snow.','#news #Karaganda #miners','Share this news:  Facebook  Instagram  Telegram','Related news:','• Temirtau: public transport back on regular routes','© Karaganda TV, 2022. When using materials, a link to the source is required.'],
    le=ln(P,'The channel\'s crew worked in Temirtau'))
q(P,'Everything is working in normal mode, the night passed without incidents,','Bakhyt Omarov','Colonel Bakhyt Omarov','told',note='"the head of the headquarters, Colonel Bakhyt Omarov, told Karaganda TV" - inverted, outlet name after the cue')
q(P,'Both are recovering and will be discharged this week,','Bakhyt Omarov','the colonel','added')
q(P,'We did not go out on the street, we just waited for the phone to work again,','Nurlan Tasbolatov','electrician Nurlan Tasbolatov','said',note='inverted cue; age 46 after the name')
q(P,'tired but relieved',None,'Another miner','described',partial=True,note='anonymous miner ("who asked not to be named"): speaker null')
q(P,'Not a single enterprise in the region has stopped production completely,','Zhenis Kassymbek','Kassymbek','said')
c(P,'detained',230,None,'people detained in Karaganda region during the unrest','Bakhyt Omarov','230 people had been detained in the region')
c(P,'other',64,None,'detainees placed under arrest by court order','Bakhyt Omarov','64 of them had been placed under arrest')
c(P,'injured',2,None,'police officers injured in Karaganda on January 6','Bakhyt Omarov','two police officers had been injured',note='written-out number')
c(P,'other',300,'about','people at the rally in Temirtau on January 5',None,'a rally of about 300 people',note='crowd size; borderline scope')
e(P,'2022-01-11','other','Shakhtinsk',[],'went back to their shifts on Tuesday')
e(P,'2022-01-06','casualty_report','Karaganda',[],'injured in Karaganda on January 6',note='two police officers injured')
e(P,None,'troop_deployment','Almaty; Nur-Sultan',[CSTO],'Russian paratroopers were deployed mainly in Almaty and Nur-Sultan',note='undated; attributed to the Russian Defence Ministry')
e(P,'2022-01-10','other','Karaganda',['Zhenis Kassymbek'],'On Monday, regional akim Zhenis Kassymbek held a meeting')
e(P,'2022-01-05','protest','Temirtau',[],'took place on January 5 in front of the city akimat')
e(P,'2022-01-10','other','Temirtau',['Karaganda TV'],"The channel's crew worked in Temirtau yesterday",note='minor; "yesterday" from Tuesday 11 Jan')

# ---------------- 535 shymkent.news city portal, 08.01.2022 (Saturday)
P='535'
art(P,0,ln(P,'Shymkent residents queue for cash'),ln(P,'Long queues formed outside bank branches'),'shymkent.news','2022-01-08',['Madina Kaldybekova'],None,
    ['shymkent.news — city portal','☰ Menu   News   City   Sport   Afisha   Jobs   Weather +4°','Home / News / Society','08.01.2022 15:10','Author: Madina Kaldybekova','👁 3 412   💬 8','Read also: How Shymkent lived without internet: five days in photos','Share:  WhatsApp   Telegram   Facebook   VK','Found a typo? Select the text and press Ctrl+Enter','© 2015–2022 shymkent.news. Use of materials requires an active hyperlink.'])
q(P,'I have not been able to buy medicine for my mother since Wednesday,','Zhanar Abdrakhmanova','pensioner Zhanar Abdrakhmanova','said',note='role word before the name, cue after')
q(P,'The card was useless, and nobody here keeps cash at home anymore.','Zhanar Abdrakhmanova','pensioner Zhanar Abdrakhmanova','said',note='continuation after the cue sentence, same paragraph')
q(P,'Our employees showed restraint and did not use firearms,','Daniyar Sultanbekov','Sultanbekov','said')
q(P,'returning to a normal rhythm of life','Murat Aitenov','Shymkent akim Murat Aitenov','said',partial=True,note='"said the day before that the city was"')
q(P,'Any attempts at speculation will be stopped,','Murat Aitenov','he','warned')
q(P,'a limited period',CSTO,'the Collective Security Treaty Organisation','said',partial=True,note='three-word partial; "for "a limited period"."')
c(P,'detained',58,None,'people detained in Shymkent during the riots of January 5 and 6','Shymkent police department','58 people had been detained in Shymkent')
c(P,'injured',9,None,'police officers injured when a crowd tried to enter the akimat','Daniyar Sultanbekov','9 officers were injured')
c(P,'troops_deployed',3000,'about','Russian troops sent to Kazakhstan',CSTO,'Russia alone has sent around 3,000 troops',note='"around" -> about; "according to the CSTO secretariat"')
e(P,'2022-01-08','other','Shymkent',[],'Long queues formed outside bank branches in Shymkent on Saturday')
e(P,'2022-01-05','protest','Shymkent',[],'during the riots of January 5 and 6',note='range, first day used')
e(P,'2022-01-07','statement','Shymkent',['Murat Aitenov'],'said the day before that the city was',note='"the day before" = Friday 7 Jan (day before publication)')
e(P,None,'statement',None,[CSTO],'said its forces would remain in Kazakhstan')
e(P,'2022-01-06','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency across the whole country',note='"On Thursday" from Saturday 8 Jan')

# ---------------- 536 Uralsk Week, 12.01.2022 (Wednesday)
P='536'
art(P,0,ln(P,'"We were just standing there": Uralsk protesters'),ln(P,'Three residents of Uralsk who were detained'),'Uralsk Week','2022-01-12',['Asel Zhumagaliyeva'],None,
    ['Uralsk Week | Уральская неделя','Independent news of West Kazakhstan','News | Investigations | Opinions | Podcast | Donate','12.01.2022, 19:05','Author: Asel Zhumagaliyeva','Photos: Uralsk Week','If you value independent journalism in West Kazakhstan, support Uralsk Week: Kaspi Gold 4400 4301 2211 7788','Share: Facebook · Telegram · WhatsApp','Comments are moderated. 14 comments','© Uralsk Week, 2008–2022'],
    le=ln(P,'The police department did not respond'))
q(P,'We were just standing there','Yerbol Kenzhegaliyev',None,None,zone='headline',note='headline quote before a colon; attributed only to "Uralsk protesters", resolved from the body')
q(P,'We were just standing there, holding our phones, when the riot police came,','Yerbol Kenzhegaliyev','Yerbol Kenzhegaliyev','said',note='inverted cue; age after the name')
q(P,'Nobody explained what we were accused of. On the third day they gave us a lawyer.','Yerbol Kenzhegaliyev','He','said',note='"He said he spent five days..." precedes the quote in the same paragraph')
q(P,'The investigators simply had no evidence,','Saule Mukhambetova','Mukhambetova','told')
q(P,'each case will be examined individually and lawfully',WKPRO,"The prosecutor's office",'said',partial=True)
q(P,'We have the names of at least 110 people who were taken from the square and from their homes,','Galym Baimukhanov','he','said',note='"believes" in the previous sentence is not the cue')
c(P,'detained',87,None,'people detained in West Kazakhstan region during the unrest',WKPRO,'87 people were detained in West Kazakhstan region')
c(P,'other',19,None,'criminal cases opened in West Kazakhstan region',WKPRO,'19 criminal cases have been opened')
c(P,'detained',110,'at least','people taken from the square and their homes (rights defender count)','Galym Baimukhanov','at least 110 people who were taken',note='figure inside a quote')
e(P,'2022-01-05','protest','Uralsk',[],'the protest on Dostyk square on January 5')
e(P,'2022-01-11','other','Uralsk',[],'were released on Tuesday',note='release of three detainees')
e(P,'2022-01-10','protest','Uralsk',[],'The day before, their relatives had gathered',note='"the day before" is relative to the release (Tue 11 Jan), not to publication')
e(P,None,'talks','Uralsk',['Gali Iskaliyev'],'met protesters on the square and promised',note='"Last week" = 3-9 Jan; no day given')

# ---------------- 537 Senate press release, 13.01.2022 (Thursday)
P='537'
art(P,0,ln(P,'Senators discuss measures to restore order'),ln(P,'At the plenary session of the Senate held today'),'Senate of the Parliament of the Republic of Kazakhstan','2022-01-13',[],None,
    ['Parliament of the Republic of Kazakhstan','SENATE','Official website','Main | Chairman | Deputies | Committees | Legislation | Press service','Қаз | Рус | Eng','Press service of the Senate','13.01.2022','Press service of the Senate of the Parliament of the Republic of Kazakhstan','Tel.: +7 (7172) 74-60-00','E-mail: press@senate.parlam.kz','Print version | Back to news list','© 2022 Senate of the Parliament of the Republic of Kazakhstan'])
q(P,'The attempt to undermine the constitutional order was stopped thanks to the firm position of the Head of State,','Maulen Ashimbayev','Ashimbayev','said',note='"Head of State" (Tokayev) inside the quote is not the speaker')
q(P,'fulfilled its mission','Maulen Ashimbayev','him','According to',partial=True,note='"The Speaker informed..." then "According to him"')
q(P,'Our task is to ensure that such tragic events never happen again,','Aigul Baizhanova','the senator','stressed',note='named in the previous sentence with a long title')
q(P,'comprehensive support','Maulen Ashimbayev','Ashimbayev','called on',partial=True)
c(P,'killed',200,'more than','people who died during the riots',PGO,'more than 200 people died during the riots',note='relayed by Ashimbayev from the Prosecutor General\'s Office')
c(P,'killed',19,None,'law enforcement officers who died during the riots',PGO,'including 19 law enforcement officers')
e(P,'2022-01-13','other','Nur-Sultan',['Senate of the Parliament of the Republic of Kazakhstan'],'At the plenary session of the Senate held today')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'in his address to the Mazhilis on January 11')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'its withdrawal, which began today')
e(P,'2022-01-12','other','Nur-Sultan',['Senate of the Parliament of the Republic of Kazakhstan'],'On Wednesday, the senators held consultations')

# ---------------- 538 Vecherniy Almaty, 14.01.2022 (Friday)
P='538'
art(P,0,ln(P,'The city counts its losses'),ln(P,'Almaty is taking stock after'),'Vecherniy Almaty','2022-01-14',['Irina Sokolova'],'ALMATY',
    ['ВЕЧЕРНИЙ АЛМАТЫ | Vecherniy Almaty',"The city's newspaper since 1969",'Top | Almaty | Society | Culture | Sport | Archive | Subscription','ALMATY  |  14.01.2022  |  No. 5 (14 912)','By Irina Sokolova','Caption: Workers clear debris in front of the city akimat on Republic Square, January 12. Photo by Ruslan Pryanikov','Subscription index of "Vecherniy Almaty": 65115','Share: VK  OK  Facebook  Telegram','© "Vecherniy Almaty", 2022. All rights reserved.'],
    le=ln(P,'My daughter wakes up'))
q(P,'Every shop owner who suffered will receive help, and we will not leave anyone alone with their problems,','Yerbolat Dossayev','the akim','said')
q(P,'at least a year','Yerbolat Dossayev','He','added',partial=True)
q(P,'Many of our members had no insurance against riots, and that is the main problem,','Askar Beisenov','Beisenov','said')
q(P,'Work to identify the participants of the riots is continuing,','Kanat Taimerdenov','police chief Kanat Taimerdenov','told',note='"according to the akimat\'s press service" follows; the speaker is still Taimerdenov')
q(P,'My daughter wakes up every time she hears a car,','Anna Kim','Anna Kim','said')
c(P,'other',100,None,'buildings damaged in Almaty (headline)',None,'100 buildings damaged, akimat',zone='headline')
c(P,'other',100,None,'buildings damaged in Almaty',ALMAK,'100 buildings were damaged')
c(P,'other',1300,'about','businesses that suffered losses in Almaty',ALMAK,'about 1,300 businesses suffered losses')
c(P,'other',87000000000,None,'damage to small businesses in tenge','Askar Beisenov','87 billion tenge',note='tenge, not USD, so not damage_usd')
c(P,'detained',1678,None,'people detained in Almaty','Almaty police department','1,678 people had been detained in Almaty')
e(P,'2022-01-13','statement','Almaty',['Yerbolat Dossayev'],'said at a briefing on Thursday')
e(P,'2022-01-10','other','Almaty',[],'returned to its normal schedule on Monday')
e(P,None,'withdrawal','Almaty',[CSTO],'began handing them over to Kazakh forces')
e(P,'2022-01-13','other','Nur-Sultan',[CSTO],'took place in Nur-Sultan yesterday',note='ceremony marking the end of the CSTO mission')

# ---------------- 539 Almaty Today city portal, 09.01.2022 (Sunday)
P='539'
art(P,0,ln(P,'Volunteers hand out bread and tea'),ln(P,'About 40 volunteers from the public foundation'),'Almaty Today','2022-01-09',['Timur Zhaksylykov'],None,
    ['Almaty Today — city news portal','News  Transport  Districts  Events  Weather  Currency: USD 435.2 | EUR 493.6','Districts › Almaly district','09.01.2022, 13:45 | Updated 14:20','Text: Timur Zhaksylykov','🔔 Subscribe to our Telegram channel @almatytoday_news','Share: ✉  f  ✈  🟢','Most read:','1. Where to buy bread in Almaty today: list of open shops','Almaty Today © 2022. 18+'],
    le=ln(P,'The foundation plans to continue'))
q(P,'People have been through a lot this week, and we simply want to show that the city is alive,','Dinara Sadykova','foundation coordinator Dinara Sadykova','told')
q(P,'This is the real face of Almaty,','Nurlan Karimov','Karimov','said',note='quote split by the interposed cue')
q(P,'not the looters we saw on Wednesday.','Nurlan Karimov','Karimov','said',note='second half of the split quote')
q(P,'where possible',ALMAK,'a spokeswoman for the akimat','said',partial=True,note='two-word partial inside the reporter\'s sentence; unnamed spokeswoman -> the akimat')
q(P,'We could not sit at home any longer,','Aruzhan Bekova','she','said')
c(P,'injured',683,None,'people who sought medical help in Almaty since January 5',"Almaty health department",'683 people had sought medical help')
c(P,'other',19,None,'people in intensive care in Almaty',"Almaty health department",'19 of them remained in intensive care')
e(P,'2022-01-09','other','Almaty',['Zhomart Zhurek'],'set up tents near Republic Square on Sunday')
e(P,'2022-01-08','statement','Almaty',[ALMAK],'Yesterday, the city akimat announced that the curfew')
e(P,None,'other','Almaty',['Nurlan Karimov'],'visited the site and thanked the volunteers',note='undated (implied Sunday)')
e(P,'2022-01-12','other','Almaty',['Zhomart Zhurek'],'continue the action until Wednesday',note='future end of the action')

# ---------------- 540 ATYRAU INFO regional portal, 06.01.2022 (Thursday)
P='540'
art(P,0,ln(P,'Tengiz workers end strike'),ln(P,'Atyrau. Workers at the Tengiz field'),'ATYRAU INFO','2022-01-06',[],'Atyrau',
    ['ATYRAU INFO','Regional information portal of Atyrau region','Main | Region | Economy | Oil & Gas | Incidents | Photo','06.01.2022 | 21:15','Economy › Oil & Gas','Photo: workers at the entrance of the Tengiz field, January 4. Source: social networks','Share in: WhatsApp | Telegram | Facebook','Subscribe to our Instagram @atyrau.info','© 2012–2022 ATYRAU INFO. All rights reserved.'])
q(P,'The demand has been met, so we are going back to work,','Ermek Kuanyshev','Ermek Kuanyshev','told',note='role phrase "one of the strike organisers, welder" before the name')
q(P,'has not been affected','Tengizchevroil','Tengizchevroil','said in a statement',partial=True)
q(P,'Your voice was heard, and the decision on gas prices has been taken in Nur-Sultan,','Makhambet Dosmukhambetov','he','told',note='"according to a video published by the akimat" after the cue')
q(P,'how sensitive the western regions are to fuel prices','Asel Mukanova','Oil analyst Asel Mukanova','said',partial=True)
q(P,'Atyrau gives the country most of its oil, but people here pay the same or more for gas than in other regions,','Asel Mukanova','Mukanova','said')
c(P,'other',5000,'more than','contractor workers who joined the Tengiz strike','Ermek Kuanyshev','more than 5,000 workers of contractor companies')
c(P,'other',1000,'about','people at the rally on Isatay-Makhambet square',None,'a rally of about 1,000 people',note='crowd size; borderline scope')
c(P,'detained',6,None,'people detained at the Atyrau rally','Atyrau regional police department','Police detained 6 people')
e(P,'2022-01-04','protest','Tengiz',[],'who stopped work on Tuesday',note='strike start, "on Tuesday" from Thursday 6 Jan')
e(P,'2022-01-06','other','Tengiz',[],'returned to their jobs this evening')
e(P,'2022-01-05','talks','Atyrau',['Makhambet Dosmukhambetov'],'met strike representatives yesterday')
e(P,'2022-01-05','protest','Atyrau',[],'ended peacefully on Wednesday night')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'announced the decision this morning')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'the CSTO has agreed to send peacekeeping forces',note='decision, not the arrival')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev'],['President'],'Kazakhstan',['the Head of State'],[],quoted=False,note='mentioned in 4 files, not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the organisation'],[]),
 sp(AKPOL,'organisation',['regional police department'],[],'Kazakhstan',['The regional police department','the department'],note='Aktobe'),
 sp('Serik Zhanabayev','person',['Serik Zhanabayev','Zhanabayev'],['Deputy akim of the region'],'Kazakhstan',['he'],note='invented'),
 sp('Marat Utegenov','person',['Marat Utegenov'],[],'Kazakhstan',[],note='invented trader'),
 sp('Bakhyt Omarov','person',['Bakhyt Omarov'],['the head of the headquarters','Colonel'],'Kazakhstan',['the colonel'],['Colonel Bakhyt Omarov'],note='invented'),
 sp('Nurlan Tasbolatov','person',['Nurlan Tasbolatov'],['electrician'],'Kazakhstan',note='invented'),
 sp('Zhenis Kassymbek','person',['Zhenis Kassymbek','Kassymbek'],['regional akim'],'Kazakhstan',note='real akim of Karaganda region; words invented'),
 sp('Zhanar Abdrakhmanova','person',['Zhanar Abdrakhmanova'],['pensioner'],'Kazakhstan',note='invented'),
 sp('Daniyar Sultanbekov','person',['Daniyar Sultanbekov','Sultanbekov'],['police spokesman'],'Kazakhstan',note='invented'),
 sp('Murat Aitenov','person',['Murat Aitenov'],['Shymkent akim'],'Kazakhstan',['he'],note='real akim of Shymkent; words invented'),
 sp('Yerbol Kenzhegaliyev','person',['Yerbol Kenzhegaliyev'],['a driver'],'Kazakhstan',['He'],note='invented'),
 sp('Saule Mukhambetova','person',['Saule Mukhambetova','Mukhambetova'],['lawyer'],'Kazakhstan',['His lawyer'],note='invented'),
 sp(WKPRO,'organisation',["regional prosecutor's office"],[],'Kazakhstan',["The prosecutor's office"],note='West Kazakhstan region'),
 sp('Galym Baimukhanov','person',['Galym Baimukhanov'],['human rights defender'],'Kazakhstan',['he'],note='invented'),
 sp('Maulen Ashimbayev','person',['Maulen Ashimbayev','Ashimbayev'],['Chairman of the Senate','The Speaker'],'Kazakhstan',['him','The Chairman of the Senate'],note='real Senate chairman; words invented'),
 sp('Aigul Baizhanova','person',['Aigul Baizhanova'],['chairwoman of the Committee on Legislation','Senator'],'Kazakhstan',['the senator'],note='invented'),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev'],['Akim of Almaty'],'Kazakhstan',['the akim','He'],note='real akim of Almaty; words invented'),
 sp('Askar Beisenov','person',['Askar Beisenov','Beisenov'],["head of the city's entrepreneurs chamber"],'Kazakhstan',note='invented'),
 sp('Kanat Taimerdenov','person',['Kanat Taimerdenov'],['police chief'],'Kazakhstan',note='real Almaty police chief; words invented'),
 sp('Anna Kim','person',['Anna Kim'],[],'Kazakhstan',note='invented resident'),
 sp('Dinara Sadykova','person',['Dinara Sadykova'],['foundation coordinator'],'Kazakhstan',note='invented'),
 sp('Nurlan Karimov','person',['Nurlan Karimov','Karimov'],['Almaly district akim'],'Kazakhstan',note='invented'),
 sp(ALMAK,'organisation',['city akimat'],[],'Kazakhstan',['a spokeswoman for the akimat'],note='the unnamed spokeswoman is folded into the akimat'),
 sp('Aruzhan Bekova','person',['Aruzhan Bekova'],['Student'],'Kazakhstan',['she'],note='invented'),
 sp('Ermek Kuanyshev','person',['Ermek Kuanyshev'],['one of the strike organisers','welder'],'Kazakhstan',note='invented'),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],[],'Kazakhstan',note='statement wording invented'),
 sp('Makhambet Dosmukhambetov','person',['Makhambet Dosmukhambetov'],['Atyrau akim'],'Kazakhstan',['he'],note='real akim of Atyrau region; words invented'),
 sp('Asel Mukanova','person',['Asel Mukanova','Mukanova'],['Oil analyst'],'Kazakhstan',note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',[],[],quoted=False,note='not quoted; kept because earlier sets list him'),
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
