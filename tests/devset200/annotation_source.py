#!/usr/bin/env python3
"""Source of the devset200 annotation: the hand-chosen spans, values and dates for 1693-1700.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset200/annotation_source.py && python3 tests/devset200/verify.py
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
RYAB='Sergey Ryabkov'; SERD='Andrei Serdyukov'; SEIMAS='Seimas Committee on Foreign Affairs'
def lnfirst(p,s):
    L=T[doc(p)].split('\n'); return L.index(s)+1

# ---------------- 1693 Qorgau Rights Initiative NGO statement (11 January 2022, Tuesday)
P='1693'
art(P,0,ln(P,'Kazakhstan: Release those held for peaceful protest and investigate deaths in custody'),ln(P,'The Qorgau Rights Initiative calls on the authorities'),'Qorgau Rights Initiative','2022-01-11',[],None,
    ['Skip to content','QORGAU RIGHTS INITIATIVE','Independent monitoring of human rights in Central Asia since 2009','Home | About us | Statements | Reports | Take action | Donate | Русский','Statements','11 January 2022','Statement | Kazakhstan | Freedom of assembly | Torture','Media contact: press@qorgau.org | +7 727 000 4417 (Signal, WhatsApp)','Related statements','Kazakhstan: The internet shutdown must end now (6 January 2022)','Kazakhstan: Lawyers must be allowed to see detained protesters (8 January 2022)','Share: Facebook | Twitter | Telegram | Email','© 2022 Qorgau Rights Initiative. Reproduction permitted with attribution.'])
q(P,'Families are walking from one police station to the next with photographs, and nobody will tell them whether their sons are alive,','Gulnara Sadykova','Gulnara Sadykova','said')
q(P,'That is not law enforcement. That is enforced disappearance.','Gulnara Sadykova','Gulnara Sadykova','said',note='second half after the interposed cue')
q(P,'I only want to know where he is, and whether he has eaten,','Saule',"Yerzhan's mother, Saule",'told',note='first name only; kinship phrase before the name')
q(P,'more urgent, not less','Marta Kowalczyk','Marta Kowalczyk','said',partial=True,note='name separated from the cue by an "of … Network, which works with the Initiative," clause')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
c(P,'killed',164,None,'people who died in the unrest','state media','164 people had died in the unrest',note='"the figure was later removed from official channels"')
e(P,'2022-01-11','statement',None,['Qorgau Rights Initiative'],'The Qorgau Rights Initiative calls on the authorities',note='the statement itself')
e(P,'2022-01-02','protest','Zhanaozen',[],'Since protests over fuel prices began in the town of Zhanaozen on 2 January')
e(P,'2022-01-10','casualty_report',None,[MIA],'On Monday the Interior Ministry said',note='Monday before Tuesday 11 Jan')
e(P,'2022-01-07','statement',None,[TOK],'On 7 January President Kassym-Jomart Tokayev said in a televised address')
e(P,'2022-01-09','casualty_report',None,['state media'],'State media reported on 9 January')
e(P,'2022-01-10','statement',None,["Prosecutor General's Office"],"The Prosecutor General's Office said on Monday")
e(P,'2022-01-06','arrest','Almaty',['Daniyar K.'],'detained in Almaty on 6 January')
e(P,'2022-01-07','arrest','Taraz',['Aliya M.'],'detained in Taraz on 7 January')
e(P,'2022-01-09','other','Taraz',['Aliya M.'],'She was released on 9 January without charge')
e(P,'2022-01-08','arrest','Almaty',['Yerzhan T.'],'detained in Almaty on 8 January')
e(P,'2022-01-09','statement',None,['Saule'],'told our monitor on Sunday')

# ---------------- 1694 Czech embassy press release No. 2/2022 ("8. 1. 2022" = Saturday 8 January 2022)
P='1694'
art(P,0,ln(P,'Government aircraft brings Czech citizens home from Almaty'),ln(P,'Nur-Sultan / Prague – A Czech Air Force'),'Embassy of the Czech Republic in Nur-Sultan','2022-01-08',[],'Nur-Sultan / Prague',
    ['Embassy of the Czech Republic in Nur-Sultan','Velvyslanectví České republiky v Nur-Sultanu','Ministry of Foreign Affairs of the Czech Republic','CZ | EN | RU','Home > News and Media > Press releases','Press release No. 2/2022','8. 1. 2022','Travel advice','Consular emergency line (24/7): +7 717 200 0000','E-mail: consulate_nursultan@embassy.mzv.cz','Print | Share | Back to the list of press releases','© 2022 Ministry of Foreign Affairs of the Czech Republic'])
q(P,'Our consular staff worked around the clock to find every Czech citizen in Almaty, including several who had no phone connection for days,','Jana Vlčková','Ambassador Jana Vlčková','said',note='inverted cue "said Ambassador NAME"; diacritics in the name')
q(P,'I want to thank the Kazakh Ministry of Foreign Affairs and our Slovak colleagues, without whom this flight would not have been possible.','Jana Vlčková','Ambassador Jana Vlčková','said')
q(P,'quick and professional','Jan Lipavský','Minister of Foreign Affairs Jan Lipavský','thanked',partial=True,note='cue "thanked the Kazakh side for its"')
q(P,'to refrain from violence and to respect the right to peaceful assembly','Jan Lipavský','He','called on',partial=True)
c(P,'detained',4000,'more than','people detained during the unrest','Kazakh authorities','more than 4,000 people have been detained')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" have been killed',note='scare-quoted label excluded from quotes')
e(P,'2022-01-08','other','Prague',['Czech Air Force'],"landed at Prague's Kbely military airport at 02:40 this morning",note='evacuation flight arrival; "this morning" = publication day')
e(P,'2022-01-07','other','Almaty',['Czech Air Force'],'The aircraft left Almaty shortly after 21:00 local time yesterday',note='"yesterday" from 8 Jan')
e(P,'2022-01-05','protest','Almaty',[],'since 5 January, when it was occupied by rioters')
e(P,'2022-01-05','other',None,['Embassy of the Czech Republic in Nur-Sultan'],'The Embassy activated its crisis plan on 5 January')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'arrived in Kazakhstan on 6 January')
e(P,None,'statement','Prague',['Jan Lipavský'],'thanked the Kazakh side',note='no day word (the night of 7-8 Jan)')

# ---------------- 1695 Seimas Committee on Foreign Affairs press release (2022-01-12, Wednesday)
P='1695'
art(P,0,ln(P,"Committee on Foreign Affairs: No decisions about Europe's security without Europe"),ln(P,'The Seimas Committee on Foreign Affairs on Wednesday'),'Seimas of the Republic of Lithuania','2022-01-12',[],None,
    ['SEIMAS OF THE REPUBLIC OF LITHUANIA','LT | EN','Home › News › Press releases › 2022','Press release','2022-01-12','The full text of the statement is available in Lithuanian.','Information prepared by the Communication Department of the Office of the Seimas','Tel. +370 5 239 0000, e-mail ryšiai@lrs.lt','Photo: Seimas Office / Olga Posaškova','Related news','2022-01-11 Speaker of the Seimas meets the Ambassador of Ukraine','2022-01-10 Committee on National Security and Defence to discuss the Baltic air policing mission','Print version | Share','© Office of the Seimas of the Republic of Lithuania, 2022'])
q(P,'cannot serve as a basis for any negotiation',SEIMAS,'the Committee','says',partial=True,note='the adopted statement (the committee) as speaker')
q(P,'not a bargaining chip',SEIMAS,'the Committee','says',partial=True)
q(P,'clear and united',SEIMAS,'It','welcomes',partial=True,note='evaluative wording of the statement; cue "welcomes"')
q(P,'In Geneva, in Brussels and tomorrow in Vienna, Russia is asking the West to accept spheres of influence. Lithuania will never accept a new Yalta,','Žygimantas Pavilionis','Žygimantas Pavilionis','said',note='inverted "said the Chair of the Committee on Foreign Affairs, NAME"')
q(P,'The answer must be the same at every table.','Žygimantas Pavilionis','Žygimantas Pavilionis','said')
q(P,'When an organisation led by Moscow sends troops into a country within hours, and then says they will leave within days, we must ask what remains behind when they go,','Žygimantas Pavilionis','Pavilionis','said')
q(P,'a signal to our Allies as much as to Moscow','Vytautas Kairys','He','called the statement',partial=True)
c(P,'troops_deployed',100000,'more than','Russian troops near the border of Ukraine',SEIMAS,'more than 100,000 troops near the border of Ukraine',note='the statement "notes with concern"')
c(P,'troops_deployed',2000,'more than','servicemen deployed to Kazakhstan under the CSTO flag',RMOD,'more than 2,000 servicemen')
c(P,'other',250,'about','pieces of equipment deployed to Kazakhstan',RMOD,'about 250 pieces of equipment')
c(P,'detained',9000,'more than','people detained in Kazakhstan',SEIMAS,'the more than 9,000 people detained',note='inside point 3 of the statement')
e(P,'2022-01-12','statement',None,[SEIMAS],'on Wednesday adopted a statement on the security situation in Europe')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'on the day the NATO-Russia Council met in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'one day before the Permanent Council of the OSCE meets in Vienna')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'talks between the United States and Russia in Geneva on 10 January')
e(P,None,'statement',None,['Russia'],'the demands put forward by the Russian Federation in December 2021',note='month only (real: 17 Dec 2021)')
e(P,None,'other',None,[SEIMAS,'Vytautas Kairys'],'would hold a closed hearing with the Minister of National Defence next week',note='"next week" without a day')

# ---------------- 1696 NEPI Brief 2/2022 (13 January 2022, Thursday)
P='1696'
art(P,0,lnfirst(P,'Kazakhstan and the CSTO: a precedent in two weeks'),ln(P,'• The first collective deployment'),'Nordic Eurasia Policy Institute','2022-01-13',['Henrik Aalto'],None,
    ['NEPI | Nordic Eurasia Policy Institute','Research | Publications | Experts | Events | About','Publications > NEPI Brief','NEPI BRIEF 2/2022','13 January 2022','Henrik Aalto, Senior Research Fellow, Russia and Eurasia Programme','Download PDF (4 pages, 312 KB)','SUMMARY','KEY FIGURES','Cite as: Aalto, H. (2022). Kazakhstan and the CSTO: a precedent in two weeks. NEPI Brief 2/2022. Helsinki: Nordic Eurasia Policy Institute.','The views expressed are those of the author and do not necessarily represent those of NEPI.','Related publications','NEPI – Nordic Eurasia Policy Institute | Annankatu 00, Helsinki | info@nepi.fi'],
    sections=[lnfirst(P,'A request answered overnight'),lnfirst(P,'The summit of 10 January'),lnfirst(P,'What it means')])
q(P,'terrorist gangs',TOK,'President Kassym-Jomart Tokayev','called',partial=True,note='"what he called"; two-word evaluative wording kept (gold ambiguous case 2)')
q(P,"an attempted coup d'état",TOK,'Tokayev','said',partial=True)
q(P,'fulfilled in full','Vladimir Putin','President Vladimir Putin','told',partial=True,note='same sentence has the label "colour revolutions" (excluded)')
c(P,'troops_deployed',2030,None,'CSTO personnel in Kazakhstan',RMOD,'2,030\nCSTO personnel in Kazakhstan',note='KEY FIGURES sidebar: number on its own line, label on the next; evidence spans the line break, line = number line')
c(P,'killed',164,None,'deaths reported by state media','state media','164\ndeaths reported',note='KEY FIGURES sidebar')
c(P,'detained',9900,None,'people detained',MIA,'9,900\npeople detained',note='KEY FIGURES sidebar')
c(P,'troops_deployed',2030,None,'CSTO personnel eventually deployed',RMOD,"By the Russian Defence Ministry's count, 2,030 personnel")
c(P,'other',250,None,'pieces of military equipment deployed',RMOD,'250 pieces of military equipment')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On the night of 5 January, President Kassym-Jomart Tokayev asked the CSTO for help')
e(P,'2022-01-05','other',None,['CSTO Collective Security Council','Nikol Pashinyan'],'agreed the same night')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia'],'The first Russian paratroopers landed near Almaty on 6 January')
e(P,'2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'At an online summit of the CSTO on 10 January')
e(P,'2022-01-11','statement',None,[TOK],'The next day Tokayev announced that the main mission was complete')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Withdrawal began on 13 January')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last contingent will leave by 19 January')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'was arrested on 6 January on suspicion of high treason')

# ---------------- 1697 Riverside Heights University media advisory (Thursday, January 6, 2022)
P='1697'
art(P,0,ln(P,'Kazakhstan unrest: RHU experts available to comment'),ln(P,'RIVERSIDE HEIGHTS, Ohio – As Russian-led troops'),'Riverside Heights University','2022-01-06',[],'RIVERSIDE HEIGHTS, Ohio',
    ['Riverside Heights University','Office of University Communications','NEWSROOM | EXPERTS GUIDE | FOR JOURNALISTS | CONTACT','MEDIA ADVISORY','For immediate release: Thursday, January 6, 2022','Contact: lchen@rhu.edu | 555-0142 (cell)','Contact: mbrandt@rhu.edu | 555-0177','###','About Riverside Heights University','Related: Experts guide: Russia, Ukraine and NATO','Follow @RHUNews','© 2022 Riverside Heights University | Accessibility | Privacy | Nondiscrimination notice'])
q(P,"What began as a protest over gas prices in the west of the country has become a test of whether Tokayev can govern without Nazarbayev standing behind him. Removing Nazarbayev from the Security Council yesterday was the most important thing that has happened so far, and it got less attention than the burning cars.",'Laura Chen','Dr. Laura Chen',None,note='tip-sheet layout: speaker only in the expert header three lines above; no speech verb')
q(P,'This is the first time the CSTO has ever sent troops into a member state. Moscow is showing Washington, days before Geneva, that it can move paratroopers across Eurasia overnight.','Michael Brandt','Prof. Michael Brandt',None,note='speaker from the expert header; no speech verb')
q(P,"People in Mangystau heat their homes and run their cars on liquefied gas. When the price went from about 60 to 120 tenge a liter on New Year's Day, that was not an abstract market reform for them, it was half of a week's shopping.",'Aisulu Zhanibekova','Dr. Aisulu Zhanibekova',None,note='speaker from the expert header four lines above; prices are not claims')
q(P,'among the most complete we have seen outside a war zone','Samuel Okoro','Okoro','says',partial=True)
c(P,'troops_deployed',2500,'about','CSTO troops to be sent to Kazakhstan',CSTO,'The alliance said it would send about 2,500 troops')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine','U.S. officials','which U.S. officials put at about 100,000 troops')
e(P,'2022-01-02','protest','Zhanaozen',[],'Protests began Sunday in the oil town of Zhanaozen',note='bare weekday "Sunday" from Thursday 6 Jan')
e(P,'2022-01-05','protest','Almaty',[],"where protesters stormed the mayor's office on Wednesday")
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency',note='same sentence ends "late Wednesday"')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'for help late Wednesday')
e(P,'2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'Removing Nazarbayev from the Security Council yesterday',note='inside the quote; "yesterday" from 6 Jan')
e(P,'2022-01-01','other','Mangystau',[],"a liter on New Year's Day",note='gas price rise')
e(P,'2022-01-05','other','Kazakhstan',[],'the nationwide blackout that began Wednesday')
e(P,None,'talks',None,['Russia','United States','NATO'],"Russia's talks with the United States and NATO next week",note='"next week" (real: 10-13 Jan)')

# ---------------- 1698 Churches Together in Aid emergency appeal (Published: 10 January 2022, Monday)
P='1698'
art(P,0,ln(P,'Families in Almaty need your help this winter'),ln(P,"Last week's violence in Kazakhstan has left"),'Churches Together in Aid','2022-01-10',[],None,
    ['CHURCHES TOGETHER IN AID','Faith in action since 1958','About us | Where we work | Appeals | Pray with us | Campaigns | Give','Home / Appeals / Kazakhstan Emergency Appeal','KAZAKHSTAN EMERGENCY APPEAL','Published: 10 January 2022','Appeal target: £150,000 | Raised so far: £38,275','DONATE NOW','£25 could buy a food parcel for a family of four for a week','Other ways to give: by phone 0300 000 0000 | by post | Gift Aid','Churches Together in Aid is a registered charity (England and Wales No. 1000000; Scotland SC000000).','Share this appeal: Facebook | Twitter | WhatsApp | Email','Privacy | Cookies | Safeguarding | Contact us'],
    sections=[lnfirst(P,'What happened'),lnfirst(P,'How your gift helps'),lnfirst(P,'Pray with us')])
q(P,'When the shooting stopped on Friday, the first people at our door were not church members at all. They were neighbours who had nothing left in the fridge,','Viktor Reimer','Pastor Viktor Reimer','told')
q(P,'We gave out everything we had in two hours.','Viktor Reimer','Pastor Viktor Reimer','told')
q(P,'We are not a political organisation, and we do not take sides,','Margaret Owusu','the Rev. Dr Margaret Owusu','said',note='inverted cue; "the Rev. Dr" before the name')
q(P,'But when a city goes hungry, the Church is called to be there, and our partners in Almaty were there before anyone else.','Margaret Owusu','the Rev. Dr Margaret Owusu','said')
q(P,'Blessed are the peacemakers, for they will be called children of God.',None,None,None,note='scripture inside a printed prayer, with the reference (Matthew 5:9) after it; no reported speaker. A scorer may drop it')
c(P,'killed',164,None,'people who died','Kazakh government','The government says 164 people died')
c(P,'injured',2200,'more than','people who sought medical help','Kazakh Ministry of Health','more than 2,200 people had sought medical help')
e(P,'2022-01-02','protest','western Kazakhstan',[],'began in western Kazakhstan on 2 January')
e(P,'2022-01-05','protest','Almaty',[],'turned violent in Almaty on 5 January')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived the next day')
e(P,'2022-01-08','statement',None,['Viktor Reimer'],'told us by phone on Saturday')
e(P,'2022-01-06','other',None,['Churches Together in Aid'],'from its emergency fund on Thursday',note='Thursday before Monday 10 Jan')

# ---------------- 1699 University of Eastfield centre "News & Commentary" listing page, 3 items = 3 articles
P='1699'
items=[('Withdrawal is the easy part: what the CSTO leaves behind in Kazakhstan','2022-01-13',['Ruth Adeyemi']),
 ('Centre staff comment on the Geneva talks','2022-01-11',[]),
 ('Kazakhstan: "This is a struggle inside the elite, not only on the street"','2022-01-07',['Dina Serikbayeva'])]
L=T[doc(P)].split('\n'); hl=[L.index(h)+1 for h,_,_ in items]
for i,(h,d,au) in enumerate(items):
    b=[L[hl[i]],'Read more →']
    if i==0: b=['University of Eastfield','Centre for Eurasian Security Studies','Home | People | Research | News & Commentary | Events | Study with us','News & Commentary','Showing 1–3 of 148 items | Filter: Kazakhstan']+b
    if i==2: b+=['Load more','Subscribe to the Centre newsletter','© University of Eastfield 2022 | Freedom of information | Accessibility | Privacy']
    art(P,i,hl[i],hl[i]+2,'Centre for Eurasian Security Studies',d,au,None,b,ls=hl[i],le=hl[i]+3)
q(P,'completed in full',SERD,'General Andrei Serdyukov','said',art=0,partial=True)
q(P,'Tokayev now owes his survival, in part, to Moscow, and Moscow is not a creditor that forgets its debts,','Ruth Adeyemi','she','writes',art=0,note='the item quotes its own author; present-tense cue')
q(P,'useful but not encouraging','Alan Whitfield','Professor Alan Whitfield','told',art=1,partial=True)
q(P,"slam closed NATO's open-door policy",'Wendy Sherman','Deputy Secretary of State Wendy Sherman','had said',art=1,partial=True)
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees',RYAB,'Sergei Ryabkov','said',art=1,partial=True)
q(P,'Both sides said exactly what they were expected to say, which is itself a kind of progress,','Alan Whitfield','Whitfield','said',art=1)
q(P,'This is a struggle inside the elite, not only on the street','Dina Serikbayeva','Dr Dina Serikbayeva',None,art=2,zone='headline',note='headline quote after "Kazakhstan:"; the speaker is the interviewee named in the credit line; the words are not repeated in the snippet')
q(P,'The people who came out in Zhanaozen had real grievances about prices and wages. What happened in Almaty on Wednesday was something different, more organised and more violent,','Dina Serikbayeva','she','said',art=2)
c(P,'troops_deployed',2000,'more than','personnel flown in to Kazakhstan',RMOD,'flew in more than 2,000 personnel',art=0,note='"more than 70 flights" is not a claim')
c(P,'detained',2298,None,'people detained',MIA,'2,298 people had been detained',art=2)
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday',art=0)
e(P,None,'statement','Almaty',[SERD],'said in Almaty that the mission',art=0,note='no day word')
e(P,'2022-01-10','talks','Geneva',['United States','Russia','Wendy Sherman',RYAB],'in Geneva on Monday',art=1,note='Monday from the item date 11 Jan')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia'],'a day after the first Russian paratroopers landed',art=2,note='the interview is dated 7 Jan')
e(P,'2022-01-05','protest','Almaty',[],'What happened in Almaty on Wednesday',art=2)
e(P,'2022-01-05','other',None,['Nursultan Nazarbayev',TOK],'as head of the Security Council on Wednesday',art=2)
e(P,'2022-01-06','casualty_report',None,[MIA],'The Interior Ministry said on Thursday',art=2)

# ---------------- 1700 Kestrel Institute workshop report (Report published 14 January 2022, Friday)
P='1700'
art(P,0,ln(P,'Kazakhstan, the CSTO and the January talks: first lessons'),ln(P,'This report summarises an online workshop'),'Kestrel Institute for Strategic Studies','2022-01-14',['Clara Villiers'],None,
    ['KESTREL INSTITUTE FOR STRATEGIC STUDIES','Independent research on security in Europe and Eurasia','Research Areas | Publications | Events | People | Support us','Events > Event reports','Workshop report','Workshop held online on 13 January 2022','Report published 14 January 2022','Rapporteur: Clara Villiers, Research Assistant','The Kestrel Institute thanks the Open Europe Fund for its support of this workshop.','Download this report (PDF, 2 pages)','Related events','Webinar, 27 January 2022: Russia, NATO and the OSCE after January','Kestrel Institute for Strategic Studies is a registered charity. © 2022','Contact | Privacy | Newsletter sign-up'],
    sections=[lnfirst(P,'Keynote'),lnfirst(P,'Discussion'),lnfirst(P,'Recommendations')])
q(P,'For thirty years Kazakhstan sold itself as the stable one, the country that did everything by consensus. That brand did not survive the first week of January,','Paul Whitcombe','Whitcombe','said')
q(P,'It took less than a day from the request to the first aircraft. NATO would need longer.','Paul Whitcombe','He','added',note='the cue "He added that …" is in the preceding sentence of the same paragraph')
q(P,'about the size of a reinforced brigade, and mostly paratroopers',None,'One participant, a former defence official','noted',partial=True,note='Chatham House Rule: unattributed participant')
q(P,'to be seen, not to fight',None,'Another','said',partial=True,note='Chatham House Rule')
q(P,'two crises at once: a social one in the streets and a struggle for power in the security services',None,'A participant from the region','argued',partial=True,note='Chatham House Rule')
q(P,'used Kazakhstan as a live demonstration during the negotiations',None,'One participant','said',partial=True,note='Chatham House Rule')
q(P,'a Western obsession',None,'Another','calling the link',partial=True,note='Chatham House Rule; evaluative, kept')
c(P,'troops_deployed',2000,'more than','Russian-led personnel deployed',RMOD,'reported more than 2,000 personnel',note='reported by an unnamed participant')
c(P,'other',250,'about','pieces of equipment deployed',RMOD,'about 250 pieces of equipment')
c(P,'detained',9900,None,'people detained',MIA,'9,900 people had been detained')
e(P,'2022-01-13','other',None,['Kestrel Institute for Strategic Studies','Paul Whitcombe'],'convened by the Kestrel Institute on Thursday 13 January',note='the workshop itself')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal that began on Thursday')
e(P,None,'arrest',None,['Karim Masimov'],'the arrest of the former head of the National Security Committee',note='undated here (real: 6 Jan, announced 8 Jan)')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov'],'the decision on 11 January to appoint Alikhan Smailov')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on 10 January')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council on 12 January')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council on 13 January')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Gulnara Sadykova','person',['Gulnara Sadykova'],["the Initiative's director"],'Kazakhstan',note='invented'),
 sp('Saule','person',['Saule'],[],'Kazakhstan',["Yerzhan's mother"],note='invented; first name only'),
 sp('Marta Kowalczyk','person',['Marta Kowalczyk'],[],'Poland',note='invented (Eastern Rights Network)'),
 sp('Jana Vlčková','person',['Jana Vlčková'],['Ambassador'],'Czech Republic',note='invented ambassador'),
 sp('Jan Lipavský','person',['Jan Lipavský'],['Minister of Foreign Affairs'],'Czech Republic',['He'],note='real minister; words invented'),
 sp(SEIMAS,'organisation',['Seimas Committee on Foreign Affairs','Committee on Foreign Affairs'],[],'Lithuania',['the Committee','It','The statement'],note='the adopted statement as speaker; wording invented'),
 sp('Žygimantas Pavilionis','person',['Žygimantas Pavilionis','Pavilionis'],['Chair of the Committee on Foreign Affairs','the Chair'],'Lithuania',note='real committee chair; words invented'),
 sp('Vytautas Kairys','person',['Vytautas Kairys'],['Deputy Chair of the Committee'],'Lithuania',['He'],note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',[],[],note='words paraphrased'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['President'],'Russia',note='words paraphrased'),
 sp('Laura Chen','person',['Laura Chen'],['associate professor of political science'],'United States',[],['Dr. Laura Chen'],note='invented'),
 sp('Michael Brandt','person',['Michael Brandt','Brandt'],['professor of international relations','former U.S. Army foreign area officer'],'United States',[],['Prof. Michael Brandt'],note='invented'),
 sp('Aisulu Zhanibekova','person',['Aisulu Zhanibekova'],['lecturer in economics'],'Kazakhstan',[],['Dr. Aisulu Zhanibekova'],note='invented'),
 sp('Samuel Okoro','person',['Samuel Okoro','Okoro'],['assistant professor of media studies'],'United States',note='invented'),
 sp('Viktor Reimer','person',['Viktor Reimer'],['Pastor'],'Kazakhstan',note='invented'),
 sp('Margaret Owusu','person',['Margaret Owusu','Owusu'],['Chief Executive of Churches Together in Aid'],'United Kingdom',[],['the Rev. Dr Margaret Owusu'],note='invented'),
 sp(SERD,'person',['Andrei Serdyukov'],['General','Colonel General'],'Russia',note='words paraphrased'),
 sp('Ruth Adeyemi','person',['Ruth Adeyemi'],['Dr'],'United Kingdom',['she'],note='invented'),
 sp('Alan Whitfield','person',['Alan Whitfield','Whitfield'],['Professor'],'United Kingdom',note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',note='real words (10 Jan press call), paraphrased'),
 sp(RYAB,'person',['Sergei Ryabkov'],[],'Russia',note='real words (10 Jan), paraphrased'),
 sp('Dina Serikbayeva','person',['Dina Serikbayeva'],['research fellow'],'Kazakhstan',['she'],note='invented'),
 sp('Paul Whitcombe','person',['Paul Whitcombe','Whitcombe'],['Ambassador (ret.)','a former British ambassador to Kazakhstan'],'United Kingdom',['He'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(RMOD,'organisation',['Russian Defence Ministry','Russian Ministry of Defence'],[],'Russia',[],[],quoted=False,note='source of troop/equipment figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance','The alliance'],[],quoted=False,note='source of troop figures; not quoted'),
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
