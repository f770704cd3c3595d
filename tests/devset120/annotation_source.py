#!/usr/bin/env python3
"""Source of the devset120 annotation: the hand-chosen spans, values and dates for 1053-1060.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset120/annotation_source.py && python3 tests/devset120/verify.py
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
HM='Kazakh Health Ministry'; PGO="Kazakh Prosecutor General's Office"; KNB='Kazakh National Security Committee'
SER='Andrei Serdyukov'; STO='Jens Stoltenberg'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'

# ---------------- 1053 Deccan Herald story with a KEY DATES box (Jan 11 2022, Tue)
art('1053',0,3,4,'Deccan Herald','2022-01-11',['Arjun Nair'],None,
    ['DH Deccan Herald','Home | World | Asia | Opinion | Sports','Arjun Nair, DHNS, New Delhi','Jan 11 2022, 21:40 IST','Updated: Jan 11 2022, 22:05 IST',
     'Follow us on Google News | Share on WhatsApp','(With inputs from agencies)',"Get a round-up of the day's top stories in your inbox. Subscribe",
     'Published 11 January 2022, 21:40 IST','Tags: Kazakhstan | Indian students | CSTO'],sections=(22,))
q('1053','Every one of our registered nationals is safe, and the embassy is in touch with them around the clock,','Arindam Bagchi','Arindam Bagchi','told reporters',note='inverted: "…," External Affairs Ministry spokesperson Arindam Bagchi told reporters')
q('1053','very closely','Arindam Bagchi','He','added',partial=True)
q('1053','We did not leave the building for four days. We could hear shooting at night,','Priya Raghavan','she','said',note='duration "four days" inside the quote is not a claim')
q('1053','The main task has been accomplished, and the withdrawal will begin in two days,',TOK,'he','said')
c('1053','detained',7939,None,'people detained across the country since the protests began','Kazakh authorities','7,939 people had been detained')
c('1053','killed',164,None,'death toll (later withdrawn)',HM,'put the death toll at 164')
c('1053','troops_deployed',2030,'about','CSTO soldiers deployed',CSTO,'About 2,030 soldiers of the Collective Security Treaty Organisation',note='"the alliance said" after the figure')
e('1053','2022-01-11','other','Almaty',[],"the city's airport reopened to limited traffic on Tuesday")
e('1053','2022-01-11','statement','New Delhi',['Arindam Bagchi'],'Arindam Bagchi told reporters on Tuesday')
e('1053','2022-01-10','arrest',None,['Kazakh authorities'],'Kazakh authorities said on Monday that 7,939 people',note='report of the detention count; "on Monday" from Tue 11 Jan')
e('1053',None,'casualty_report',None,[HM],'The Health Ministry earlier put the death toll at 164',note='"earlier" is not a day; real 2022-01-09')
e('1053','2022-01-11','statement',None,[TOK],'told parliament on Tuesday that the mission')
e('1053','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named Alikhan Smailov as prime minister the same day',note='"the same day" = the Tuesday of the previous paragraph')
e('1053','2022-01-02','protest','Zhanaozen',[],'Jan 2: Protests over fuel prices break out in Zhanaozen',note='KEY DATES box entry')
e('1053','2022-01-05','government_resignation',None,[],'Jan 5: Government resigns',note='KEY DATES box; two events on one entry')
e('1053','2022-01-05','state_of_emergency','Almaty',[],'state of emergency declared in Almaty')
e('1053','2022-01-06','troop_deployment','Almaty',[CSTO],'Jan 6: First CSTO troops land at Almaty airport')
e('1053','2022-01-07','statement',None,[TOK],'Jan 7: Tokayev authorises troops to fire without warning')
e('1053','2022-01-10','talks',None,[CSTO],'Jan 10: CSTO leaders hold video summit')
e('1053','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Jan 13: Withdrawal of CSTO troops due to begin',note='future (planned) at publication')

# ---------------- 1054 Geneva Solutions "Diplomacy Diary" week-ahead agenda (9 January 2022, Sun)
art('1054',0,4,5,'Geneva Solutions','2022-01-09',['Claire Vuilleumier'],None,
    ['Geneva Solutions','News | Diplomacy | Climate | Humanitarian','DIPLOMACY DIARY','By Claire Vuilleumier','9 January 2022','4 min read',
     'Sign up for our newsletter','Share this article: Facebook | Twitter | LinkedIn','© 2022 Geneva Solutions'],sections=(14,17,20,23))
q('1054','We are pleased to offer a space where difficult conversations can happen,','Luca Bernasconi','Luca Bernasconi','said',note='inverted: "…," a spokesperson for the Swiss FDFA, Luca Bernasconi, said (role before the name, commas around it)')
q('1054','concessions under pressure',RYA,'Ryabkov','said',partial=True)
q('1054',"We will listen, but Allies will not compromise on the right of each nation to choose its own path,",STO,'Jens Stoltenberg','said')
q('1054','The Kremlin has just shown how quickly it can move soldiers into a neighbour,','Anna Keller','Anna Keller','said')
q('1054','Nobody in Geneva will miss that.','Anna Keller','Anna Keller','said',note='second half of a quote split by an interposed attribution; both halves take the cue')
c('1054','troops_deployed',100000,'about','Russian troops near Ukraine',None,'the roughly 100,000 Russian troops near Ukraine',note='"roughly" -> about; Sherman is not the source of the figure')
c('1054','troops_deployed',2500,'about',"CSTO paratroopers in Kazakhstan",CSTO,'some 2,500 of them according to the CSTO',note='"some" -> about')
e('1054','2022-01-10','talks','Geneva',[SHE,RYA],'meet for the Strategic Stability Dialogue',note='date from the agenda heading MONDAY 10 JANUARY (future at publication)')
e('1054','2022-01-09','talks','Geneva',[SHE,RYA],'The two had dinner on Sunday evening',note='"Sunday" = publication day; future/same-day at publication')
e('1054','2022-01-08','statement',None,[RYA],'Ryabkov said on Saturday')
e('1054','2022-01-08','statement',None,['Luca Bernasconi'],'Luca Bernasconi, said on Saturday')
e('1054','2022-01-11','statement','Geneva',[RYA],'Ryabkov is expected to brief the press',note='planned; date from the heading TUESDAY 11 JANUARY')
e('1054','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko','Alexander Fomin'],'The NATO-Russia Council meets for the first time since July 2019',note='"July 2019" is a past reference, not an event here')
e('1054','2022-01-07','statement',None,[STO],'Jens Stoltenberg said on Friday')
e('1054','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'The OSCE Permanent Council takes up the proposals')

# ---------------- 1055 The Standard (Kenya) story full of relative dates (Jan 8th 2022, Sat)
art('1055',0,4,8,'The Standard','2022-01-08',['Wanjiru Kamau'],None,
    ['The Standard','HOME  KENYA  AFRICA  WORLD  BUSINESS  SPORTS','WORLD','By Wanjiru Kamau | Jan 8th 2022 | 3 min read',
     'Share on Facebook  Share on Twitter  Share on WhatsApp','Related Topics: Kazakhstan  Russia  Kenyans abroad'])
q('1055','I thought it was a local problem, something that would be over by Monday,','Otieno Ouma','Ouma','told',note='"Ouma, who has lived in Almaty for six years, told The Standard by phone yesterday" - a relative clause between name and cue')
q('1055','There was no internet, no bank, nothing. We lived on tea and biscuits,','Otieno Ouma','he','said')
q('1055','stay at home and follow the instructions of local authorities','Macharia Kamau','Macharia Kamau','urged',partial=True)
q('1055','a limited time',CSTO,'The alliance','has said',partial=True)
q('1055','When a government calls in foreign soldiers to deal with its own citizens, that is a precedent we in Africa know well,','Faith Mwende','she','said',note='"Dr Faith Mwende" earlier in the paragraph')
q('1055','The city is quiet now, but it is a nervous quiet,','Otieno Ouma','he','said')
c('1055','killed',26,None,'people described as armed criminals killed',MIA,'26 people it described as armed criminals had been',note='the one-word "liquidated" after it is excluded from quotes (gold 000 rule)')
c('1055','detained',3000,'more than','people arrested',MIA,'more than 3,000 had been arrested')
c('1055','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces had been killed',note='written-out at a sentence start; "it said"')
e('1055','2022-01-02','protest','western Kazakhstan',[],'had blocked a road over the price of gas',note='"last Sunday" from Sat 8 Jan')
e('1055','2022-01-04','protest','Almaty',[],'By Tuesday the protests had spread to Almaty')
e('1055','2022-01-04','protest','Almaty',[],"police used tear gas on crowds in the city's main square",note='"the day before the government fell" = the day before Wed 5 Jan')
e('1055','2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the Cabinet')
e('1055','2022-01-05','state_of_emergency',None,[TOK],'and declared a state of emergency')
e('1055','2022-01-07','statement',None,[TOK],'Two days later, he said he had ordered security forces to shoot to kill',note='"Two days later" relative to Wednesday 5 Jan')
e('1055','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said yesterday')
e('1055','2022-01-06','statement',None,['Kenyan Foreign Affairs Ministry'],"Kenya's Foreign Affairs Ministry said on Thursday")
e('1055','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'The first Russian paratroopers landed in Almaty on Thursday')
e('1055','2022-01-05','other',None,[TOK,CSTO],'the day after Tokayev asked the Collective Security Treaty Organisation for help',note='request for help; "the day after" means the request was the day before Thursday')
e('1055','2022-01-10','talks','Geneva',['Russia','United States'],'set to open in Geneva on Monday',note='future; "on Monday" from Sat 8 Jan')

# ---------------- 1056 Vlast.kz day-by-day recap with weekday headings (12.01.2022, Wed)
art('1056',0,3,4,'Vlast.kz','2022-01-12',['Dana Seitkali','Marat Zhunusov'],None,
    ['VLAST.KZ','Politics | Economy | Society | Investigations | EN','Text: Dana Seitkali, Marat Zhunusov','12.01.2022','Translated from Russian by the editors',
     'If you have information about the events, write to our editors: tips@vlast.kz','Support independent journalism in Kazakhstan'],
    sections=(11,14,17,20,23,26,29,32,35))
q('1056','We are not asking for much, just the old price,','Yerlan','Yerlan','told',note='"one of the protesters, an oil worker named Yerlan, told our correspondent"; first name only')
q('1056','I have decided to act as tough as possible,',TOK,'he','says',note='present-tense cue')
q('1056','Talks with criminals and murderers are impossible,',TOK,'the president','said')
q('1056',"an attempted coup d'etat",TOK,'Tokayev','calls',partial=True)
q('1056','The withdrawal will take no more than ten days,',TOK,'he','says',note='"ten days" is a duration, not a claim')
q('1056','at least several dozen','Aiman Umarova','Aiman Umarova','told',partial=True,note='vague quantity inside a partial quote; not a claim')
c('1056','aircraft',70,'more than','Il-76 aircraft used to fly in CSTO troops',RDM,'more than 70 Il-76 aircraft')
c('1056','killed',26,None,'attackers killed',MIA,'26 attackers killed')
c('1056','killed',18,None,'officers killed',MIA,'18 officers dead')
c('1056','detained',7939,None,'people detained',MIA,'7,939 people have been detained')
e('1056','2022-01-02','protest','Zhanaozen',[],'Residents of Zhanaozen gather on the main square',note='dates from the weekday headings "SUNDAY, THE 2ND" etc.')
e('1056','2022-01-03','protest','Mangystau',[],'Protests spread to Aktau')
e('1056','2022-01-04','protest','Almaty',[],'Thousands march in Almaty')
e('1056','2022-01-04','statement',None,[TOK],'Tokayev writes on Twitter')
e('1056','2022-01-05','government_resignation',None,[],'The government resigns.')
e('1056','2022-01-05','protest','Almaty',[],'Crowds storm the city administration')
e('1056','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'Tokayev takes over the Security Council from Nursultan Nazarbayev')
e('1056','2022-01-05','other',None,[TOK,CSTO],'asks the CSTO for help')
e('1056','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first CSTO units arrive.')
e('1056','2022-01-06','appointment',None,[SER],'is named commander of the force')
e('1056','2022-01-07','statement',None,[TOK],'Tokayev says he has given the order to fire without warning')
e('1056','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry reports 26 attackers killed')
e('1056','2022-01-08','statement',None,[KNB],'The National Security Committee announces')
e('1056','2022-01-06','arrest',None,['Karim Masimov'],'was detained on Thursday on suspicion of treason',note='"on Thursday" inside the SATURDAY, THE 8TH section = 6 Jan (not counted from the Wed 12 Jan publication date)')
e('1056','2022-01-10','arrest',None,[MIA],'The Interior Ministry says 7,939 people')
e('1056','2022-01-10','talks',None,[CSTO,TOK],'at a CSTO video summit')
e('1056','2022-01-11','statement',None,[TOK],'Tokayev tells the Mazhilis')
e('1056','2022-01-11','appointment',None,['Alikhan Smailov'],'Alikhan Smailov is approved as prime minister')

# ---------------- 1057 Vindobona.org "What happened on Thursday" explainer (14.01.2022, Fri)
art('1057',0,4,6,'Vindobona.org','2022-01-14',[],'Vienna',
    ['Vindobona.org',"Vienna's international news portal",'Politics > International Organizations','14.01.2022','Related articles:',
     'Geneva talks end without breakthrough','Vienna hosts OSCE Permanent Council','Photo: Hofburg Vienna, © Vindobona.org'],
    le=23,sections=(8,12,15,20))
q('1057','the risk of war in the OSCE area is greater now than at any time in the last 30 years','Zbigniew Rau','Zbigniew Rau','told',partial=True,note='"30 years" is a duration, not a claim')
q('1057','a constructive answer','Alexander Lukashevich','Alexander Lukashevich','said',partial=True,note='the one-word "disappointing" before it is excluded')
q('1057','We are facing a crisis of European security,','Michael Carpenter','Michael Carpenter','told reporters',note='quote opens a line with no blank line before it (same section)')
q('1057','and the drumbeat of war is sounding loud.','Michael Carpenter','Michael Carpenter','told reporters',note='second half starts lower-case with "and"')
q('1057','no grounds',RYA,'Sergey Ryabkov','said',partial=True,note='two-word partial with a speech verb (kept, gold rule 2)')
q('1057','fully completed',SER,'Andrei Serdyukov','said',partial=True,note='"Colonel General Andrei Serdyukov said that the force had “…” its mission"')
q('1057','There is a real risk of new armed conflict in Europe,',STO,'Stoltenberg','had told',note='pluperfect cue "had told journalists"')
c('1057','aircraft',4,None,'Il-76 planes with Russian soldiers that took off for Ivanovo',RDM,'the first four Il-76 planes')
c('1057','killed',164,None,'dead (figure later withdrawn)',HM,'put the number of dead at 164',note='"Kazakh health officials" -> Health Ministry')
c('1057','detained',9900,'about','people detained since the start of the month',PGO,'about 9,900 people had been detained')
e('1057','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],'took place at the Hofburg on Thursday')
e('1057','2022-01-01','appointment',None,['Zbigniew Rau','Poland'],'who took over the chair on 1 January')
e('1057','2022-01-13','statement','Vienna',['Michael Carpenter'],'told reporters after the session')
e('1057','2022-01-10','talks','Geneva',[RYA],'who led the Russian side in Geneva on Monday')
e('1057','2022-01-13','statement',None,[RYA],'said on Thursday that he saw')
e('1057','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The CSTO began the withdrawal of its peacekeepers on Thursday')
e('1057','2022-01-11','statement',None,[TOK],'two days after President Tokayev announced it',note='"two days after" Thursday 13 Jan')
e('1057','2022-01-13','other','Almaty',[SER],'A ceremony was held in Almaty')
e('1057','2022-01-19','withdrawal','Kazakhstan',[CSTO],'The pullout should be complete by 19 January',note='planned end of the withdrawal')
e('1057','2022-01-09','casualty_report',None,[HM],'put the number of dead at 164 on Sunday')
e('1057',None,'arrest',None,[PGO],"Earlier, the General Prosecutor's office had said",note='"Earlier" is not a day')
e('1057','2022-01-12','talks','Brussels',['NATO','Russia'],'after the NATO-Russia Council in Brussels')
e('1057','2022-01-12','statement','Brussels',[STO],'Jens Stoltenberg said on Wednesday')
e('1057',None,'other','Nur-Sultan',['Helga Maria Schmid'],'will visit Nur-Sultan next week',note='"next week" is not a day')

# ---------------- 1058 Arab News agency story with a HIGHLIGHTS box (January 13, 2022 19:52, Thu)
art('1058',0,4,12,'Arab News','2022-01-13',[],'ALMATY',
    ['ARAB NEWS','World','Updated 13 January 2022','AFP  |  REUTERS','January 13, 2022 19:52','Follow @arabnews','Most Popular'],sections=(7,))
q('1058','Our task is completed, and we are going home,',SER,'he','said',note='"according to a video released by the Russian Defense Ministry" follows the cue')
q('1058','This was a well-organized aggression,',TOK,'Tokayev','said',note='the one-word "terrorists" before it is excluded; single-quoted \'foreign-trained\' in the headline excluded')
q('1058','The goal was to seize power.',TOK,'Tokayev','said',note='stand-alone sentence right after the attributed one in the same paragraph')
q('1058','following with concern','Saudi Foreign Ministry',"Saudi Arabia's Foreign Ministry",'said',partial=True)
q('1058','all measures taken to ensure security','Organization of Islamic Cooperation','The Organization of Islamic Cooperation','said',partial=True,note='"said on Friday it supported “…”"')
q('1058','Tokayev owes the Kremlin a favor now, and everyone in the region knows it,','Mohammed Al-Sulami','Mohammed Al-Sulami','said',note='inverted cue; the name Tokayev inside the quote is not the speaker')
q('1058','will not be easy to bridge',STO,'Jens Stoltenberg','said',partial=True)
c('1058','troops_deployed',2030,None,'CSTO soldiers sent to Kazakhstan',CSTO,'had sent 2,030 soldiers')
c('1058','other',250,'about','pieces of military equipment sent by the CSTO',CSTO,'about 250 pieces of military equipment')
c('1058','killed',164,'at least','people killed (figure withdrawn the next day)',HM,'At least 164 people were killed')
c('1058','detained',9900,'more than','people detained',PGO,'More than 9,900 people have been detained')
e('1058','2022-01-13','withdrawal','Kazakhstan',[CSTO],'started leaving Kazakhstan on Thursday')
e('1058','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a week after they were flown in',note='"a week after" Thursday 13 Jan; also "the day the first foreign troops landed" = Last Thursday')
e('1058','2022-01-11','statement',None,[TOK],'two days after the president announced it',note='HIGHLIGHTS bullet')
e('1058','2022-01-13','other','Almaty',[SER],'At a ceremony in Almaty')
e('1058','2022-01-12','statement',None,[TOK],'speaking to officials on Wednesday')
e('1058','2022-01-09','casualty_report',None,[HM],'the Health Ministry said on Sunday')
e('1058','2022-01-06','arrest',None,['Karim Masimov'],'Karim Masimov, was arrested',note='"Last Thursday" from Thu 13 Jan = 6 Jan')
e('1058',None,'statement',None,['Saudi Foreign Ministry'],"Saudi Arabia's Foreign Ministry said last week",note='"last week" is not a day')
e('1058','2022-01-07','statement',None,['Organization of Islamic Cooperation'],'said on Friday it supported')
e('1058','2022-01-12','talks','Brussels',['NATO','Russia'],"after Wednesday's meeting in Brussels")
e('1058','2022-01-13','talks','Vienna',['OSCE','Russia'],'the final round of talks on European security in Vienna',note='"coincides with the pullout" (Thursday); date from context')

# ---------------- 1059 Folha de S.Paulo international edition "Week in review" (Sunday, January 16, 2022)
art('1059',0,4,5,'Folha de S.Paulo','2022-01-16',['Lucas Martins Ferreira'],None,
    ['FOLHA DE S.PAULO','International Edition | English','World','Sunday, January 16, 2022','By Lucas Martins Ferreira','Brasília correspondent',
     'Read more:','Brazilian embassy confirms all citizens safe in Kazakhstan','Share  |  Comments (14)','Copyright Folha de S.Paulo. All rights reserved.'],le=26)
q('1059','a frank and forthright discussion',SHE,'Sherman','said',partial=True)
q('1059','We need iron-clad, legally binding guarantees, not promises.',RYA,'Ryabkov','left with a warning',note='colon-introduced quote; the cue is the phrase "left with a warning:"')
q('1059','These are unfounded claims,','Dmitry Peskov','Dmitry Peskov','said',note='"false-flag" earlier in the paragraph is a term, excluded')
q('1059','We import a large part of our potash from that part of the world,','Renata Queiroz','Renata Queiroz','said')
q('1059','Any war there will be felt in Mato Grosso.','Renata Queiroz','Renata Queiroz','said',note='continuation after the inverted cue in the same paragraph')
c('1059','troops_deployed',2030,None,'CSTO troops deployed in total',RDM,'2,030 troops had been deployed in total')
c('1059','killed',225,None,'death toll of the unrest','Kazakh officials','raised the death toll of the unrest to 225')
c('1059','killed',19,None,'police officers and soldiers killed','Kazakh officials','including 19 police officers and soldiers')
c('1059','detained',10000,'about','people held since the start of January',PGO,'About 10,000 people have been held')
e('1059','2022-01-10','talks','Geneva',[SHE,RYA],'spent almost eight hours at the US mission',note='"Last Monday" from Sun 16 Jan')
e('1059','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'the leaders of the six CSTO countries met by video',note='"The same day"')
e('1059','2022-01-11','statement',None,[TOK],'On Tuesday, Tokayev told parliament')
e('1059','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Fomin'],'the NATO-Russia Council was sitting in Brussels')
e('1059','2022-01-13','talks','Vienna',['OSCE','Russia'],'In Vienna, the OSCE heard')
e('1059','2022-01-13','withdrawal','Almaty',[CSTO],'the withdrawal of the CSTO force began')
e('1059','2022-01-14','statement',None,['United States'],'On Friday, US officials said')
e('1059','2022-01-15','casualty_report',None,['Kazakh officials'],'Yesterday, Kazakh officials raised the death toll')
e('1059','2022-01-21','talks','Geneva',['Antony Blinken','Sergey Lavrov'],'Next Friday, Blinken and Lavrov are expected to meet',note='"Next Friday" from Sun 16 Jan = 21 Jan (future)')

# ---------------- 1060 KARE 11 (US local TV) diaspora story (Published: 6:14 PM CST January 7, 2022, Fri)
art('1060',0,4,5,'KARE 11','2022-01-07',['Jessica Lindqvist'],'EDEN PRAIRIE, Minn.',
    ['KARE 11','News | Weather | Sports | Verify | Watch Live','LOCAL','Author: Jessica Lindqvist','Published: 6:14 PM CST January 7, 2022',
     'Updated: 7:02 PM CST January 7, 2022','WATCH: Minnesota family anxious for relatives in Kazakhstan (2:14)',
     'Copyright 2022 KARE-TV. All Rights Reserved.','Related Articles','Kazakhstan president orders troops to fire without warning'],le=27)
q('1060','We just want to hear their voices,','Gulnara Bekova','Eden Prairie mother','says',note='in the dek (first_line); shortened form of the body quote of l.13; zone body as in devset 938')
q('1060',"We just want to hear their voices. That's all,",'Gulnara Bekova','Bekova','said')
q('1060','Those who do not give up will be eliminated,',TOK,'he','said')
q('1060','History shows that when Russian troops arrive in a country, getting them out again can be very hard,','Antony Blinken','Blinken','said',note='the one-word "questions" before it is excluded')
q('1060','People are organizing a vigil on Sunday at the state Capitol,','Daniyar Bekov','he','said')
q('1060','As soon as I can,','Gulnara Bekova','she','said')
c('1060','killed',26,'at least','"armed criminals" killed','Kazakh government','at least 26 "armed criminals" were killed',note='scare-quoted label excluded from quotes')
c('1060','killed',18,None,'members of the security forces killed','Kazakh government','18 members of the security forces died')
c('1060','detained',3700,'more than','people detained',MIA,'More than 3,700 people were detained')
c('1060','troops_deployed',2500,'about','troops from Russia and four other former Soviet states',CSTO,'About 2,500 troops from Russia',note='"the alliance said"')
e('1060','2022-01-05','other','Almaty',['Gulnara Bekova'],'when the phone line to her parents in Almaty went dead',note='"since Wednesday night" from Fri 7 Jan')
e('1060',None,'protest','Almaty',[],'which protesters set on fire earlier this week',note='"earlier this week" is not a day; real 2022-01-05')
e('1060','2022-01-06','other',None,['Gulnara Bekova'],'On Thursday morning, she finally got a two-line message')
e('1060','2022-01-07','arrest',None,[MIA],'the Interior Ministry said Friday',note='report of the detention count')
e('1060','2022-01-07','statement',None,[TOK],'said in a televised speech Friday')
e('1060','2022-01-07','statement',None,['Antony Blinken'],'Blinken said Friday')
e('1060',None,'troop_deployment','Kazakhstan',[CSTO],'are in the country, the alliance said',note='undated presence')
e('1060','2022-01-09','protest','Saint Paul',['Kazakh community'],'organizing a vigil on Sunday at the state Capitol',note='planned vigil; "on Sunday" from Fri 7 Jan; inside a quote')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','the president']),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['External Affairs Ministry spokesperson'],'India',['He'],note='words invented'),
 sp('Priya Raghavan','person',['Priya Raghavan'],['a 21-year-old medical student from Kochi'],'India',['she'],note='invented'),
 sp('Luca Bernasconi','person',['Luca Bernasconi'],['a spokesperson for the Swiss Federal Department of Foreign Affairs'],'Switzerland',['He'],note='invented'),
 sp(RYA,'person',['Sergey Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',note='words paraphrased or invented'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General','NATO Secretary-General'],'Norway',note='words paraphrased or invented'),
 sp('Anna Keller','person',['Anna Keller'],['a researcher at the Geneva Centre for Security Policy'],None,note='invented'),
 sp('Otieno Ouma','person',['Otieno Ouma','Ouma'],['Kenyan engineer'],'Kenya',['he'],note='invented'),
 sp('Macharia Kamau','person',['Macharia Kamau'],['Foreign Affairs Principal Secretary'],'Kenya',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The alliance','the alliance','the bloc']),
 sp('Faith Mwende','person',['Faith Mwende'],['a lecturer in international relations at the University of Nairobi'],'Kenya',['she'],['Dr Faith Mwende'],note='invented'),
 sp('Yerlan','person',['Yerlan'],['an oil worker'],'Kazakhstan',['one of the protesters'],note='invented; first name only'),
 sp('Aiman Umarova','person',['Aiman Umarova'],['Human rights lawyer'],'Kazakhstan',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words paraphrased or invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's ambassador"],'Russia',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States',note='words paraphrased or invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','Gen.','the commander of the peacekeeping force'],'Russia',['he'],["Serdyukov's"],note='words invented'),
 sp('Saudi Foreign Ministry','organisation',["Saudi Arabia's Foreign Ministry"],[],'Saudi Arabia'),
 sp('Organization of Islamic Cooperation','organisation',['Organization of Islamic Cooperation'],[],None),
 sp('Mohammed Al-Sulami','person',['Mohammed Al-Sulami'],['head of the International Institute for Iranian Studies in Riyadh'],'Saudi Arabia',note='words invented'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words paraphrased'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='words invented'),
 sp('Renata Queiroz','person',['Renata Queiroz'],['economist'],'Brazil',note='invented'),
 sp('Gulnara Bekova','person',['Gulnara Bekova','Bekova'],[],'United States',['Eden Prairie mother','she'],["Bekova's"],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',note='words invented'),
 sp('Daniyar Bekov','person',['Daniyar Bekov'],[],'United States',["Bekova's husband",'he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(HM,'organisation',['Health Ministry'],[],'Kazakhstan',['Kazakh health officials'],[],quoted=False,note='source of the 164 figure in 3 files'),
 sp(PGO,'organisation',["prosecutor's office","General Prosecutor's office"],[],'Kazakhstan',[],[],quoted=False,note='source of detention figures in 3 files'),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],[],'Kazakhstan',[],[],quoted=False),
 sp('Karim Masimov','person',['Karim Masimov'],[],'Kazakhstan',[],[],quoted=False),
 sp('Alexander Fomin','person',['Alexander Fomin'],['Deputy Defence Minister'],'Russia',[],[],quoted=False),
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
