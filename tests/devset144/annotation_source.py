#!/usr/bin/env python3
"""Source of the devset144 annotation: the hand-chosen spans, values and dates for 1245-1252.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset144/annotation_source.py && python3 tests/devset144/verify.py
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
KTZ='Kazakhstan Temir Zholy'; AKIM='Almaty City Akimat'; USEMB='US Embassy in Nur-Sultan'; PGO="Kazakh Prosecutor General's Office"

# ---------------- 1245 ACLED-style Regional Overview (Posted 12 January 2022, a Wednesday; covers 1-7 January)
art('1245',0,4,8,'ACLED','2022-01-12',['Timur Akhmetov'],None,
    ['ACLED','Armed Conflict Location & Event Data Project','Home / Analysis / Regional Overviews','Posted: 12 January 2022','Author: Timur Akhmetov',
     'Regional Overviews are published every week. The data are available for download via the ACLED Explorer.','Share: Twitter | Facebook | LinkedIn | Email','© 2022 ACLED. All rights reserved.'],
    sections=(ln('1245','Key trends'),ln('1245','\nKazakhstan\n')+1,ln('1245','\nUkraine\n')+1))
q('1245','terrorist gangs trained abroad',TOK,'he','describing',partial=True,note='"he asked the CSTO for help, describing the protesters as “…”"; he = Tokayev')
q('1245','open fire without warning',TOK,'Tokayev','said',partial=True)
q('1245','What we recorded in Almaty on 5 January is qualitatively different from the fuel protests of the first days,','Timur Akhmetov','Timur Akhmetov','said',note='inverted: "…," said Timur Akhmetov, ACLED\'s Central Asia researcher; the quoted researcher is also the byline author')
q('1245','Peaceful demonstrations were followed within hours by armed violence, and our data do not allow us to say who the armed groups were.','Timur Akhmetov','Timur Akhmetov','said',note='second half after the interposed attribution')
q('1245','calm by the standards of this war',None,'A Ukrainian military spokesperson','described',partial=True,note='anonymous spokesperson; "described the week as “…”"')
c('1245','aircraft',70,'more than','aircraft used to move the CSTO contingent',RDM,'more than 70 aircraft were used to move the contingent')
c('1245','killed',26,None,'armed attackers killed','Kazakh authorities','26 armed attackers had been killed')
c('1245','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c('1245','detained',3000,'more than','people detained by the end of the week','Kazakh authorities','more than 3,000 people were detained')
e('1245','2022-01-02','protest','Zhanaozen',[],'Demonstrations began on 2 January in Zhanaozen')
e('1245','2022-01-03','protest','Aktau',[],'The following day, protests spread to Aktau',note='"The following day" after 2 January')
e('1245','2022-01-04','protest','Almaty',[],'by 4 January, to Almaty, Shymkent and Aktobe')
e('1245','2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the government')
e('1245','2022-01-05','state_of_emergency','Almaty',[TOK],'declared a state of emergency in Almaty and Mangystau')
e('1245','2022-01-05','other',None,[TOK,CSTO],'The same night, he asked the Collective Security Treaty Organization (CSTO) for help',note='request for CSTO help; "The same night" = 5 January')
e('1245','2022-01-05','other','Kazakhstan',[],'Internet access was cut across the country on 5 January',note='internet shutdown')
e('1245','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'CSTO forces began arriving on 6 January')
e('1245','2022-01-07','statement',None,[TOK],'On 7 January, Tokayev said he had authorised')
e('1245','2022-01-11','statement',None,[TOK],'Tokayev announced on 11 January')
e('1245','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the CSTO withdrawal would begin in two days',note='future at the time of the announcement: "in two days" from 11 January')
e('1245',None,'withdrawal','Kazakhstan',[CSTO],'would take no more than 10 days',note='deadline (a duration), not a day; ~23 January')
e('1245','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and US delegations met in Geneva on 10 January')
e('1245','2022-01-12','talks','Brussels',['NATO','Russia'],'followed by the NATO-Russia Council in Brussels on 12 January')

# ---------------- 1246 freight forwarder customer advisory with an update log (Last updated 10.01.2022, a Monday)
art('1246',0,4,10,'Nordline Cargo',"2022-01-10",[],None,
    ['NORDLINE CARGO GmbH','Hamburg | Duisburg | Almaty | Urumqi','Customer Advisory No. 2022-01','Last updated: 10.01.2022, 16:30 CET',
     'Contact: ops-centralasia@nordline-cargo.example | +49 40 0000 1122','Dear customers and partners,','We thank you for your understanding.',
     'Nordline Cargo GmbH, Customer Service Central Asia','This advisory is provided for information only and does not constitute a change to our terms and conditions.'],
    sections=(ln('1246','UPDATE 3 - '),ln('1246','UPDATE 2 - '),ln('1246','UPDATE 1 - '),ln('1246','ORIGINAL NOTICE - ')))
q('1246','All border stations are working normally and the backlog will be cleared within a week,',KTZ,'the railway','said in a statement',note='"…," the railway said in a statement; the railway named in the sentence before (Kazakhstan Temir Zholy (KTZ))')
q('1246','We have around 1,900 containers waiting on both sides of the border. I would plan for delays until the end of the month,','Yerlan Sadykov','he','said',note='invented station manager, named in the sentence before; a non-claim number inside the quote')
q('1246','no indication that cargo has been damaged','Katrin Vogel','Katrin Vogel','said',partial=True,note='invented head of operations')
q('1246','avoid booking new shipments until further notice','Katrin Vogel','Katrin Vogel','asked',partial=True,note='"and asked customers to “…”"')
c('1246','troops_deployed',2030,'about','CSTO troops in Kazakhstan','Kazakh officials','about 2,030 troops')
c('1246','detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people have been detained',note='in UPDATE 2 (07.01)')
e('1246','2022-01-08','other','Almaty',[],'Internet access in the city was partly restored on Saturday',note='internet restored; "on Saturday" from Monday 10.01')
e('1246','2022-01-09','statement',None,[KTZ],'said on Sunday that container trains were again crossing')
e('1246','2022-01-11','statement',None,[TOK],'President Tokayev is expected to announce a timetable for its withdrawal on Tuesday (11 January)',note='future announcement')
e('1246','2022-01-05','protest','Almaty',[],'seized by protesters on 5 January')
e('1246','2022-01-06','other','Khorgos',[],'Truck traffic at the Khorgos crossing with China has been suspended since Thursday',note='UPDATE 2 is dated Fri 07.01; "since Thursday" = 6 January')
e('1246','2022-01-05','state_of_emergency','Kazakhstan',[],'A state of emergency was declared nationwide yesterday',note='"yesterday" resolved from the date of UPDATE 1 (06.01), not from the page date')
e('1246','2022-01-05','other','Kazakhstan',[],'Internet and mobile data are down since yesterday afternoon',note='internet shutdown; anchored on UPDATE 1 (06.01)')
e('1246','2022-01-02','protest','western Kazakhstan',[],'started on Sunday in western Kazakhstan',note='anchored on the ORIGINAL NOTICE (Tue 04.01): Sunday = 2 January')

# ---------------- 1247 Model UN study guide, timeline section (Version 2 - updated 14 January 2022, a Friday)
art('1247',0,4,12,'Baltic Model United Nations','2022-01-14',['Laura Mets','Jonas Petraitis'],None,
    ['BALTIC MODEL UNITED NATIONS 2022','Tallinn, 24-27 March 2022','STUDY GUIDE','Chairs: Laura Mets and Jonas Petraitis','Version 2 - updated 14 January 2022','Page 4 of 18',
     'Baltic MUN 2022 - Study Guide - Crisis Committee (CSTO)'],
    sections=(ln('1247','3. Timeline of key events'),ln('1247','4. Key figures (as reported)'),ln('1247','5. Questions a resolution should address')))
q('1247','for a limited period of time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announces',partial=True)
q('1247','until the militants are destroyed',TOK,'Tokayev','tells',partial=True)
q('1247','will not allow the situation to be rocked from outside','Vladimir Putin','Putin','says',partial=True)
q('1247','has been fully accomplished','Andrei Serdyukov','Serdyukov','says',partial=True)
q('1247','A good resolution will not repeat the news, it will solve a problem,',None,'the chairs','remind',note='joint speaker: the two chairs (Laura Mets and Jonas Petraitis); inverted "the chairs remind delegates"')
c('1247','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'The CSTO says it will number about 2,500 troops')
c('1247','killed',26,None,'attackers killed','Kazakh authorities','Kazakh authorities say 26 attackers were killed')
c('1247','detained',9900,None,'people detained',MIA,'Detained: 9,900, according to the Interior Ministry',note='key-figures list item')
c('1247','killed',164,None,'people killed (figure later withdrawn)','state media','Killed: 164',note='"reported by state media on 9 January and later withdrawn"')
e('1247','2022-01-02','protest','Zhanaozen',[],'Sunday, 2 January - Residents of Zhanaozen')
e('1247','2022-01-04','protest','Almaty',[],'Jan. 4 - Protests reach Almaty')
e('1247','2022-01-04','other','Mangystau',[],'The government announces a price cap of 50 tenge',note='price cap')
e('1247','2022-01-05','government_resignation',None,[TOK],'dismisses the cabinet',note='date written "05.01"')
e('1247','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'imposes a state of emergency')
e('1247','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'replaces Nursultan Nazarbayev as chair of the Security Council')
e('1247','2022-01-05','other',None,[TOK,CSTO],'In the evening he asks the CSTO for help',note='request for CSTO help')
e('1247','2022-01-05','other','Kazakhstan',[],'Internet access is shut down across the country',note='internet shutdown')
e('1247','2022-01-05','statement',None,['Nikol Pashinyan'],'Night of 5-6 January - Armenian Prime Minister Nikol Pashinyan',note='range: first day')
e('1247','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers land')
e('1247','2022-01-07','statement',None,[TOK],'The next day - Tokayev tells the nation',note='"The next day" after the 6 January entry')
e('1247','2022-01-09','casualty_report',None,[],'reported by state media on 9 January')
e('1247','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'At an online CSTO summit')
e('1247','2022-01-10','talks','Geneva',['United States','Russia'],'The same day, US and Russian delegations meet in Geneva')
e('1247','2022-01-12','talks','Brussels',['NATO','Russia'],'Two days later - Talks in the NATO-Russia Council in Brussels',note='"Two days later" after 10 January')
e('1247','2022-01-12','casualty_report',None,[MIA],'figure from 12 January')
e('1247','2022-01-13','withdrawal','Almaty',[CSTO,'Andrei Serdyukov'],'The CSTO withdrawal begins with a ceremony in Almaty',note='range "13-14 January": first day')
e('1247',None,'withdrawal','Kazakhstan',[CSTO],'The withdrawal is expected to be completed within 10 days',note='future deadline given as a duration; ~23 January')

# ---------------- 1248 hotel guest notice (Saturday, 8 January 2022)
art('1248',0,5,10,'Hotel Alatau Plaza Almaty','2022-01-08',['Marco Bellini'],None,
    ['HOTEL ALATAU PLAZA ALMATY','Dostyk Avenue, Almaty 050010, Kazakhstan','www.alatauplaza.example  |  Reception: dial 0 from your room','Saturday, 8 January 2022, 10:00',
     'Dear Guests,','With warm regards,','Marco Bellini','General Manager','Hotel Alatau Plaza Almaty'],
    sections=(ln('1248','\nSafety\n')+1,ln('1248','\nFlights\n')+1,ln('1248','\nCommunication\n')+1,ln('1248','\nServices\n')+1))
q('1248','Checkpoints are being set up on the main avenues and document checks will be strict,',None,'the police officer','said',note='anonymous police officer ("Police told our security manager yesterday")')
q('1248','stabilised and under control',AKIM,'The city akimat','said',partial=True)
q('1248','at the earliest','Air Astana','Air Astana','informed',partial=True,note='three-word partial after the reported date; borderline (non-evaluative hedge) but attributed by "informed us"')
q('1248','We have stayed open every single night this week, and we will stay open for as long as you need us,','Marco Bellini','our General Manager, Marco Bellini','said',note='inverted "said our General Manager, Marco Bellini"; invented')
q('1248','Please do not hesitate to come to the front desk with any question, day or night.','Marco Bellini','our General Manager, Marco Bellini','said',note='continuation in the same paragraph after the attribution')
c('1248','detained',4000,'more than','people detained across the country',MIA,'more than 4,000 people have been detained')
c('1248','killed',18,None,'police officers and soldiers killed',MIA,'18 police officers and soldiers have lost their lives')
e('1248','2022-01-05','state_of_emergency','Almaty',[],'The state of emergency declared on Wednesday',note='Wednesday before Saturday 8 Jan')
e('1248','2022-01-07','statement',None,['police'],'Police told our security manager yesterday')
e('1248','2022-01-06','other','Almaty',[],'where shots were heard on Thursday and Friday',note='shooting near Republic Square; two days, first day taken')
e('1248','2022-01-07','statement',None,[AKIM],'The city akimat said on Friday evening')
e('1248','2022-01-05','protest','Almaty',[],'closed since Wednesday evening, when it was occupied by rioters',note='airport seized')
e('1248',None,'troop_deployment','Almaty',[CSTO],'It is now guarded by CSTO forces',note='undated')
e('1248','2022-01-10','other','Almaty',['Air Astana'],'flights from Almaty will not resume before Monday, 10 January',note='future: earliest restart of flights')

# ---------------- 1249 amateur-radio DX bulletin (Thursday, 13 January 2022)
art('1249',0,8,9,'The Weekly DX Roundup','2022-01-13',['Bob Harrington'],None,
    ['THE WEEKLY DX ROUNDUP','Issue 1021 -- Thursday, 13 January 2022','Edited by Bob Harrington','Free by e-mail. Forward freely, with credit.',
     'IN THIS ISSUE: Kazakhstan silent -- UN contest in doubt -- Bouvet update -- Propagation','73 and good DX,','Bob',
     'To unsubscribe, reply with UNSUBSCRIBE in the subject line.','Copyright 2022 The Weekly DX Roundup. Items may be reprinted with credit.'],
    sections=(ln('1249','== KAZAKHSTAN SILENT =='),ln('1249','== UN CONTEST IN DOUBT =='),ln('1249','== BOUVET UPDATE =='),ln('1249','== PROPAGATION ==')))
q('1249','For five days we had no internet and nobody wanted to transmit anything. Soldiers were on the street, and you do not want to be the man with a big antenna on the roof,','Askar','he','wrote',note='first name only (call sign withheld); an e-mail, cue "wrote"')
q('1249','lost contact with half of its members','Askar','He','added',partial=True)
q('1249','normal activity by the end of the month','Askar','He','expects',partial=True,note='cue is a verb of expectation ("He expects “…”")')
q('1249','We will decide next Monday, after we hear from our regional coordinators,','Dmitry Loginov','the contest manager, Dmitry Loginov','told',note='invented contest manager; title before the name')
c('1249','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'about 2,030 troops according to the alliance')
c('1249','detained',9900,None,'people detained during the unrest','Kazakh officials','9,900 people had been detained')
c('1249','killed',164,None,'official death toll (said to be published in error)',None,'The official death toll stands at 164',note='"official" but no named source; the health ministry later disowned it')
e('1249','2022-01-05','other','Kazakhstan',[],"the country's internet was switched off last Wednesday",note='"last Wednesday" from Thursday 13 Jan = Wednesday of last week (5 Jan), not yesterday; the text says the bands went quiet "last week"')
e('1249','2022-01-11','statement',None,[TOK,CSTO],'were told they could go home on the same day we received his message',note='chained: "on Tuesday" (11 Jan) -> "the same day"')
e('1249','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out today')
e('1249','2022-01-10','casualty_report',None,['Kazakh officials'],'Kazakh officials said on Monday')
e('1249',None,'statement',None,['Kazakh Health Ministry'],'the health ministry has since said that figure was published in error',note='undated retraction')
e('1249','2022-01-22','other','Kazakhstan',[],'scheduled for the weekend of 22-23 January',note='future radio contest, may be postponed; range: first day')
e('1249','2022-01-17','other',None,['Dmitry Loginov'],'We will decide next Monday',note='future decision; "next Monday" from Thursday 13 Jan')

# ---------------- 1250 global union federation press statement (Geneva, 6 January 2022, a Thursday)
art('1250',0,5,8,"Global Energy Workers' Federation",'2022-01-06',[],'Geneva',
    ["GEWF - Global Energy Workers' Federation",'News | Campaigns | Affiliates | Resources | Donate','Press statement','Geneva, 6 January 2022',
     'The GEWF represents 14 million workers in 120 countries.','Media contact: press@gewf.example','Share this: Facebook | Twitter | WhatsApp'])
q('1250','Workers went onto the streets because they cannot feed their families, not because they were sent by foreign terrorists,','Ingrid Solberg','GEWF General Secretary Ingrid Solberg','said',note='inverted "said GEWF General Secretary Ingrid Solberg"; invented')
q('1250','Sending in soldiers from abroad to deal with a social conflict is a very dangerous step.','Ingrid Solberg','GEWF General Secretary Ingrid Solberg','said',note='second sentence after the interposed attribution')
q('1250','in the strongest terms','Ingrid Solberg','Solberg','said',partial=True,note='"Solberg said she had written to Tokayev “…”"')
q('1250','They came at night and took our chairman from his home. We do not know where he is.',None,'A local organiser','told',note='anonymous organiser; colon before the quote')
c('1250','detained',12,'at least','union activists detained in Mangystau and Aktobe','GEWF affiliate in Kazakhstan','at least 12 union activists have been detained')
c('1250','detained',2000,'more than','people detained',MIA,'more than 2,000 people had been detained')
c('1250','killed',8,None,'police officers and soldiers killed',MIA,'eight police officers and soldiers had been killed',note='written-out figure')
e('1250','2022-01-02','protest','Zhanaozen',[],'began in the oil town of Zhanaozen on Sunday',note='Sunday before Thursday 6 Jan')
e('1250','2022-01-01','other','Kazakhstan',[],'the doubling of fuel prices on 1 January',note='price rise')
e('1250','2022-01-04','protest','Tengiz',[],'On Tuesday, workers at the Tengiz oil field stopped work',note='solidarity strike')
e('1250','2022-01-05','protest','Aktau',[],'on Wednesday, several thousand workers joined the strike in Aktau')
e('1250','2022-01-05','other',None,[TOK,CSTO],'Yesterday evening, President Kassym-Jomart Tokayev asked',note='request for CSTO troops')
e('1250','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the first contingent arrived this morning')
e('1250',None,'protest','Zhanaozen',[],'the December 2011 strike in Zhanaozen',note='historical (16 December 2011); month and year only')
e('1250','2022-01-03','arrest','Mangystau',[],'detained in Mangystau and Aktobe since Monday',note='"since Monday" = start of the period, 3 January')
e('1250','2022-01-06','casualty_report',None,[MIA],'The Kazakh Interior Ministry said today')
e('1250','2022-01-05','other','Kazakhstan',[],'cut since Wednesday',note='internet and telephone shutdown')

# ---------------- 1251 Wikipedia "2022 in Kazakhstan" year page (last edited 16 January 2022)
art('1251',0,1,8,'Wikipedia','2022-01-16',[],None,
    ['From Wikipedia, the free encyclopedia','Jump to navigation Jump to search','← 2021 2020 2019 2022 in Kazakhstan 2023 2024 2025 →','Decades: 2000s 2010s 2020s',
     'See also: Other events of 2022 | Timeline of Kazakh history','Categories: 2022 in Kazakhstan | Years of the 21st century in Kazakhstan | 2020s in Kazakhstan',
     'This page was last edited on 16 January 2022, at 09:12 (UTC).','Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
     'Privacy policy About Wikipedia Disclaimers Contact Wikipedia Mobile view'],
    sections=(ln('1251','\nIncumbents\n')+1,ln('1251','\nEvents\n')+1,ln('1251','\nJanuary\n')+1,ln('1251','\nDeaths\n')+1,ln('1251','\nReferences\n')+1))
q('1251','serious training abroad',TOK,'Tokayev','calling',partial=True,note='"calling the attackers “terrorist gangs” who have received “…”"; the label "terrorist gangs" is excluded')
q('1251','to shoot to kill without warning',TOK,'Tokayev','says',partial=True,note='longer than the excluded label "shoot to kill": the order as he phrased it')
q('1251','what negotiations can there be with criminals and murderers?',TOK,'Tokayev','saying',partial=True,note='a whole question but embedded, lower-case start; partial')
q('1251',"an attempted coup d'état",TOK,'Tokayev','calls',partial=True)
c('1251','troops_deployed',2500,'about','CSTO peacekeepers in total',None,'about 2,500 troops in total')
c('1251','killed',225,None,'people killed in the unrest',PGO,'says 225 people were killed')
c('1251','killed',19,None,'members of the security forces killed',PGO,'including 19 members of the security forces',note='subset of the 225, but a separate figure for a separate group')
e('1251','2022-01-01','other','Mangystau Region',[],'The price cap on liquefied petroleum gas is lifted')
e('1251','2022-01-02','protest','Zhanaozen',[],'Protests begin in Zhanaozen')
e('1251','2022-01-03','protest','Aktau',[],'spread to Aktau the next day')
e('1251','2022-01-04','protest','Almaty',[],'Protesters gather in Almaty')
e('1251','2022-01-04','other','Mangystau',[],'the government announces a price cap of 50 tenge',note='price cap')
e('1251','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'accepts the resignation of the Mamin government')
e('1251','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declares a state of emergency')
e('1251','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'takes over the chairmanship of the Security Council from Nursultan Nazarbayev')
e('1251','2022-01-05','protest','Almaty',[],'Protesters storm the Almaty city administration and the airport')
e('1251','2022-01-05','other','Kazakhstan',[],'Internet access is cut nationwide',note='internet shutdown')
e('1251','2022-01-05','other',None,[TOK,CSTO],'In the evening, Tokayev appeals to the CSTO')
e('1251','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Andrei Serdyukov'],'CSTO peacekeepers, about 2,500 troops in total, begin arriving')
e('1251','2022-01-08','arrest',None,['Karim Masimov'],'is arrested two days later on suspicion of high treason',note='"two days later" inside the 6 January entry')
e('1251','2022-01-07','statement',None,[TOK],'In a televised address, Tokayev says')
e('1251','2022-01-10','talks',None,[CSTO,TOK],'At an extraordinary online CSTO summit')
e('1251','2022-01-11','appointment',None,['Alikhan Smailov'],'Alikhan Smailov is approved as prime minister')
e('1251','2022-01-11','statement',None,[TOK],'Tokayev announces that the CSTO mission will begin withdrawing in two days')
e('1251','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The CSTO withdrawal begins.')
e('1251','2022-01-15','casualty_report',None,[PGO],"The Prosecutor General's Office says 225")

# ---------------- 1252 university international office e-mail (Date: Fri, 7 Jan 2022 14:05:33 -0600)
art('1252',0,5,9,'Westmoor University','2022-01-07',[],None,
    ['From: Office of International Programs <intl-programs@westmoor.example>','To: Students abroad - Central Asia <oip-centralasia-list@westmoor.example>',
     'Cc: Dean of Students <deanofstudents@westmoor.example>','Date: Fri, 7 Jan 2022 14:05:33 -0600','Dear students, parents and faculty,',
     'Our 24/7 emergency line is +1 555 0100 (call or WhatsApp).','Take care,','Office of International Programs','Westmoor University',
     'You are receiving this message because you are enrolled in a Westmoor study abroad program. Manage your list preferences.'],
    sections=(ln('1252','WHAT WE KNOW'),ln('1252','YOUR STATUS'),ln('1252','NEXT STEPS')))
q('1252','shelter in place and keep a low profile',USEMB,'Its security alert','says',partial=True,note='the embassy\'s written alert is the speaker ("Its" = the U.S. Embassy in Nur-Sultan)')
q('1252','Everyone is safe, everyone is indoors, and everyone has enough food,','Patricia Okafor','Dr. Patricia Okafor','said',note='invented; "Dr." with a full stop')
q('1252','It was loud on Wednesday night, but our dorm is far from the center. The hardest part is not being able to tell our parents we are OK.','Emily Tran','Emily Tran','wrote',note='invented student; colon before the quote')
q('1252','We will not ask any student to stay in a place where they do not feel safe,','Patricia Okafor','Dr. Okafor','added')
q('1252','The cost of changing plans is our problem, not yours.','Patricia Okafor','Dr. Okafor','added',note='second sentence after the interposed attribution')
c('1252','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('1252','detained',3811,None,'people detained',MIA,'3,811 people were detained')
c('1252','troops_deployed',2500,'about','CSTO troops in total',CSTO,'about 2,500 in total according to the alliance')
e('1252','2022-01-02','protest','western Kazakhstan',[],'started in western Kazakhstan on Sunday, January 2')
e('1252','2022-01-04','protest','Almaty',[],'reached Almaty by Tuesday',note='Tuesday before Friday 7 Jan')
e('1252','2022-01-05','state_of_emergency','Kazakhstan',[],'Since Wednesday, the country has been under a state of emergency')
e('1252','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said today')
e('1252','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving yesterday')
e('1252',None,'other',None,[USEMB],'has authorized the departure of non-emergency staff',note='undated (real: 6 Jan)')
e('1252','2022-01-06','statement',None,[USEMB],'Its security alert of Thursday')
e('1252','2022-01-24','other','Almaty',[],'will start online a week later, on January 24',note='future: delayed semester start (was 17 January)')
e('1252','2022-01-10','other','Almaty',['Air Astana'],'restart flights from Almaty on Monday',note='future; Monday after Friday 7 Jan')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he']),
 sp('Timur Akhmetov','person',['Timur Akhmetov'],["ACLED's Central Asia researcher"],None,[],note='invented; also the byline author of 1245'),
 sp('Kazakhstan Temir Zholy','organisation',['Kazakhstan Temir Zholy','KTZ'],['the national railway'],'Kazakhstan',['the railway']),
 sp('Yerlan Sadykov','person',['Yerlan Sadykov'],['station manager in Almaty'],'Kazakhstan',['he'],note='invented'),
 sp('Katrin Vogel','person',['Katrin Vogel'],['head of operations'],'Germany',note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Vladimir Putin','person',['Putin'],[],'Russia',note='surname only in this set'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General'],'Russia'),
 sp(AKIM,'organisation',['city akimat'],[],'Kazakhstan',['The city akimat']),
 sp('Air Astana','organisation',['Air Astana'],[],'Kazakhstan'),
 sp('Marco Bellini','person',['Marco Bellini'],['General Manager'],None,['our General Manager'],note='invented'),
 sp('Askar','person',['Askar'],['One Almaty operator'],'Kazakhstan',['He','he'],note='invented; first name only (call sign withheld)'),
 sp('Dmitry Loginov','person',['Dmitry Loginov'],['the contest manager'],'Kazakhstan',note='invented'),
 sp('Ingrid Solberg','person',['Ingrid Solberg','Solberg'],['GEWF General Secretary'],None,note='invented'),
 sp(USEMB,'organisation',['U.S. Embassy in Nur-Sultan'],[],'United States',['Its security alert']),
 sp('Patricia Okafor','person',['Patricia Okafor','Okafor'],['director of the Office of International Programs'],'United States',[],['Dr. Patricia Okafor','Dr. Okafor'],note='invented'),
 sp('Emily Tran','person',['Emily Tran'],[],'United States',note='invented student'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of troop figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 5 files; not quoted'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev'],[],'Kazakhstan',quoted=False,note='mentioned in 1247 and 1251'),
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
