#!/usr/bin/env python3
"""Source of the devset198 annotation: the hand-chosen spans, values and dates for 1677-1684.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset198/annotation_source.py && python3 tests/devset198/verify.py
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
DIRCO='Department of International Relations and Cooperation'; GHMFA='Ghana Ministry of Foreign Affairs and Regional Integration'
NGMFA='Nigerian Ministry of Foreign Affairs'; MAL='Malacañang'; KHMFA='Cambodian Ministry of Foreign Affairs and International Cooperation'
MMMFA='Myanmar Ministry of Foreign Affairs'; PEMFA='Peruvian Ministry of Foreign Affairs'; CRMFA='Costa Rican Ministry of Foreign Affairs'
KNB='National Security Committee'

# ---------------- 1677 SAgov News, South African government news agency (Tuesday, January 11, 2022)
P='1677'
art(P,0,ln(P,'South Africans in Kazakhstan are safe, says DIRCO'),ln(P,'Pretoria – Fourteen South Africans'),'SAgov News','2022-01-11',[],'Pretoria',
    ['SAgov News','South African Government News Agency','Home | Government | Provinces | International | Features | Speeches | Multimedia','International',
     'Tuesday, January 11, 2022','– SAgov News','Share: Facebook | Twitter | WhatsApp | Email','More from: International Relations and Cooperation','Related articles',
     'DIRCO updates travel advice for Central Asia','Follow SAgov News on Twitter @SAgovNews','The SAgov News content may be republished, provided it is credited.'],
    sections=(ln(P,'Background\n'),))
q(P,'Our mission in Moscow, which is accredited to Kazakhstan, reached every one of our citizens by Saturday. Nobody was hurt,','Nomvula Khumalo-Dube','the Deputy Minister','said',note='title-only attribution after the quote')
q(P,'They have contracts and families there, and we respect that decision,','Nomvula Khumalo-Dube','she','said')
q(P,'is following the situation closely and welcomes the return of calm','Sizwe Ndlovu-Pillay','He','said',partial=True,note='the spokesperson speaks about President Ramaphosa (nearest-name trap: "President Cyril Ramaphosa" sits between cue and quote); the full stop falls outside the closing mark')
c(P,'killed',164,None,'people who died in the unrest','Kazakh authorities','164 people had died')
c(P,'detained',8000,'almost','people detained','Kazakh authorities','almost 8,000 had been detained')
e(P,'2022-01-10','statement','Pretoria',[DIRCO,'Nomvula Khumalo-Dube'],'Speaking at the OR Tambo Building on Monday',note='the OR Tambo Building = DIRCO head office')
e(P,'2022-01-09','other','Nur-Sultan',[],'flew from Nur-Sultan to Istanbul on Sunday',note='return flight of six South Africans')
e(P,'2022-01-10','other','Johannesburg',[],'landed at OR Tambo International Airport on Monday morning',note='arrival; the airport, not the DIRCO building of the same name')
e(P,'2022-01-06','statement',None,[DIRCO],'The department issued a travel advisory on 6 January')
e(P,'2022-01-05','protest','Almaty',[],"a day after protesters stormed the mayor's office in Almaty",note='"a day after" 6 January')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency on 5 January')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'On 6 January troops of the Russian-led')
e(P,'2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e(P,'2022-01-10','other','Kazakhstan',[TOK],'a national day of mourning',note='"Monday, 10 January" in the same sentence')
e(P,'2022-01-10','other','Almaty',[],'Internet services were restored in Almaty on Monday')

# ---------------- 1678 GNS, Ghana National News Service wire (Published: 12 January 2022, Wednesday)
P='1678'
art(P,0,ln(P,'Government to fly home 23 Ghanaian students'),ln(P,'Accra, Jan. 12, GNS – Government'),'Ghana National News Service','2022-01-12',['Efua Mensah-Bonsu'],'Accra',
    ['GNS','Ghana National News Service','Home | Politics | General News | Regional | Business | Foreign | Sports','Foreign',
     'Category: Foreign News | Published: 12 January 2022 | Hits: 1,204','By Efua Mensah-Bonsu, GNS','GNS','EMB/KAO/AD','Related Stories',
     'Parents of Ghanaian students abroad appeal for help','Ghana National News Service © 2022. All rights reserved.'])
q(P,'The President has directed that no Ghanaian child should be left behind. We have kept in touch with every one of them,','Kwame Owusu-Achaw','he','said')
q(P,'relieved beyond words','Yaw Boateng-Darko','Mr Yaw Boateng-Darko','told',partial=True,note='"told the GNS in an interview that the parents were"')
q(P,'My daughter called me on Sunday for the first time in five days. She said the shooting had stopped,','Yaw Boateng-Darko','Mr Boateng-Darko','said',note='unquoted reported speech of the daughter inside the quote')
q(P,'We heard gunshots for two nights. Now the soldiers are at every junction, but the shops are open again,','Akosua Frimpomaa','she','said',note='honorific "Madam" before the name')
c(P,'detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c(P,'killed',164,None,'death toll','Kazakh Ministry of Health','put the death toll at 164')
e(P,'2022-01-14','other','Almaty',[GHMFA],'would leave Almaty on Friday, January 14',note='planned evacuation flight via Dubai')
e(P,'2022-01-15','other','Accra',[],'were expected at the Kotoka International Airport on Saturday',note='planned arrival')
e(P,'2022-01-11','statement','Accra',[GHMFA,'Kwame Owusu-Achaw'],'addressing journalists at the Ministry in Accra on Tuesday')
e(P,'2022-01-10','other',None,['Ghanaian Presidency'],'Jubilee House had approved the cost of the tickets on Monday',note='Jubilee House = the seat of the Ghanaian presidency')
e(P,'2022-01-08','other',None,['Ghanaian mission in Moscow'],'first reached the students on January 8')
e(P,'2022-01-05','other','Kazakhstan',[],'three days after the Internet was shut down',note='"three days after" relative to 8 January')
e(P,'2022-01-09','other',None,['Yaw Boateng-Darko'],'My daughter called me on Sunday',note='inside a quote; Sunday resolved from the 12 January stamp')
e(P,'2022-01-10','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Monday")
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'who arrived on January 6')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO,TOK],'are to start withdrawing on Thursday',note='planned; per Tokayev')

# ---------------- 1679 The Lagos Clarion "WORLD DIGEST" column, 3 items (January 12, 2022, Wednesday)
P='1679'
L=T[doc(P)].split('\n')
h0=ln(P,'KAZAKHSTAN: Tokayev names Smailov PM'); h1=ln(P,'KAZAKHSTAN: Former security chief Masimov'); h2=ln(P,'NIGERIA-KAZAKHSTAN: Tafawa Balewa House')
art(P,0,h0,h0+1,'The Lagos Clarion','2022-01-12',['Chinedu Okafor-Bello'],None,
    ['THE LAGOS CLARION','...Truth Without Fear','Home   News   Politics   Business   World   Sports   Opinion   E-Paper','World',
     'WORLD DIGEST: Kazakhstan names new PM; ex-spy chief held; Abuja monitors Nigerians','January 12, 2022','Compiled by Chinedu Okafor-Bello with agency reports'],ls=h0,le=h1-2)
art(P,1,h1,h1+1,'The Lagos Clarion','2022-01-12',['Chinedu Okafor-Bello'],None,[],ls=h1,le=h2-2)
art(P,2,h2,h2+1,'The Lagos Clarion','2022-01-12',['Chinedu Okafor-Bello'],None,
    ['Advertisement','Also in World','Guinea junta sets up transition council','© 2022 The Lagos Clarion. All rights reserved.'],ls=h2)
q(P,'The main mission has been successfully accomplished,',TOK,'he','said',art=0)
q(P,'a layer of wealthy people, even by international standards',TOK,'He','saying',art=0,partial=True,note='Nazarbayev is named between the subject and the quote (nearest-name trap)')
q(P,'Every one of them has been reached and they are all in good health,','Ibrahim Danjuma-Lawal','Danjuma-Lawal','said',art=2)
q(P,'There is no need for evacuation at this time. Flights are operating and the situation is calm.','Ibrahim Danjuma-Lawal','he','said',art=2,note='colon form "he said: \\"…\\""')
c(P,'detained',2,None,"Masimov's former deputies arrested","Prosecutor General's Office","Two of Masimov's former deputies have also been arrested",art=1,note='written-out "Two"; the spokesman is unnamed')
c(P,'detained',11,None,'men ordered into pre-trial detention for storming the city administration','local media','pre-trial detention for 11 men',art=1)
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'on Tuesday named Alikhan Smailov',art=0)
e(P,'2022-01-11','other',None,['Kazakh parliament','Alikhan Smailov'],'parliament approved him within hours',art=0,note='confirmation vote, same day')
e(P,'2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'when Tokayev sacked the cabinet of Askar Mamin',art=0)
e(P,None,'statement',None,[TOK],'In a speech to parliament',art=0,note='no date expression in the sentence (real: 2022-01-11)')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin pulling out in two days',art=0,note='"in two days" from the Tuesday speech; planned')
e(P,'2022-01-05','other',None,['Karim Masimov'],'until his dismissal on January 5',art=1,note='dismissal')
e(P,'2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on January 6',art=1)
e(P,'2022-01-08','statement',None,[KNB],'the committee said on Saturday',art=1)
e(P,'2022-01-10','statement','Nur-Sultan',["Prosecutor General's Office"],"a spokesman for the Prosecutor General's Office in Nur-Sultan said on Monday",art=1,note='announcement of the arrest of two deputies; arrest date not given')
e(P,'2022-01-09','court_ruling','Almaty',[],'A court in Almaty on Sunday ordered',art=1)
e(P,'2022-01-11','statement','Abuja',[NGMFA,'Ibrahim Danjuma-Lawal'],'Speaking at Tafawa Balewa House, Abuja, on Tuesday',art=2,note='Tafawa Balewa House = the Nigerian foreign ministry')
e(P,'2022-01-07','other','Abuja',['Nigerian Presidency'],'had been briefed on Friday',art=2,note='Aso Villa = the Presidency')
e(P,'2022-01-13','other','Abuja',['Zainab Yusuf-Olatunji'],'is expected to meet the parents in Abuja on Thursday',art=2,note='planned meeting')

# ---------------- 1680 The Visayan Courier, Cebu regional daily (January 13, 2022, Thursday)
P='1680'
art(P,0,ln(P,'37 Central Visayas OFWs from Kazakhstan'),ln(P,'MACTAN, LAPU-LAPU CITY —'),'The Visayan Courier','2022-01-13',['Maria Lourdes Quijano'],'Mactan, Lapu-Lapu City',
    ['THE VISAYAN COURIER',"Cebu's Community Newspaper",'Cebu | Metro | Region | Nation | World | OFW | Sports | Opinion','OFW','By Maria Lourdes Quijano','January 13, 2022',
     'TAGS: OFW, Kazakhstan, OWWA, MCIA','Read more:','Cebu Capitol extends quarantine rules for returning OFWs','Copyright © 2022 The Visayan Courier. All Rights Reserved.'])
q(P,'Most of them were on rotation anyway, so the contractor moved their flights forward. Nobody was forced to go home,','Honeylyn Cabahug-Sotto','Cabahug-Sotto','told',note='curly quotes')
q(P,'ready to assist every Filipino who wishes to come home',MAL,'Malacañang','said',partial=True,note='the palace as speaker (seat name for the Office of the President)')
q(P,'Walay gubot sa among camp, pero wala mi kontak sa among pamilya. That was the hardest part,','Arnel Pepito','Pepito','said',note='Cebuano + English; the English gloss in brackets after the cue is not part of the quote')
c(P,'killed',164,'at least','people killed','Kazakh officials','Kazakh officials said at least 164 people were killed')
c(P,'troops_deployed',2030,'about','CSTO troops in Kazakhstan',TOK,'about 2,030 of them')
e(P,'2022-01-12','other','Lapu-Lapu City',[],'landed at the Mactan-Cebu International Airport (MCIA) past 11 p.m. on Wednesday, Jan. 12',note='arrival of 37 OFWs')
e(P,'2022-01-10','other','Atyrau',[],'flew out of Atyrau on Monday, Jan. 10',note='chartered flight to Doha')
e(P,'2022-01-11','statement',None,[MAL],'Malacañang on Tuesday said')
e(P,'2022-01-08','other',None,['Philippine Embassy in Nur-Sultan'],'since Saturday, Jan. 8',note='start of contact with Filipino communities')
e(P,'2022-01-04','protest','Tengiz',[],'had staged a sit-down strike on Jan. 4')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan. 2')
e(P,'2022-01-05','government_resignation',None,[TOK],'dismissed the government')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organization (CSTO) for help',note='"On Jan. 5" at the start of the sentence')
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday, Tokayev said')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving Kazakhstan on Thursday, Jan. 13')
e(P,'2022-01-19','other','Lapu-Lapu City',['OWWA'],'is expected on Jan. 19',note='planned second batch of returning workers')

# ---------------- 1681 CNNA, Cambodian National News Agency (Phnom Penh, January 10, 2022, Monday)
P='1681'
art(P,0,ln(P,'Cambodia, as ASEAN Chair, sends condolences'),ln(P,'Phnom Penh, January 10, 2022 --'),'Cambodian National News Agency','2022-01-10',['Sok Dara'],'Phnom Penh',
    ['CNNA','Cambodian National News Agency','Home | National | Politics | ASEAN Chairmanship 2022 | Economy | International | Photos','International',
     'By Sok Dara','--CNNA--','Related News','Samdech Techo Hun Sen concludes visit to Myanmar','Cambodian National News Agency, Ministry of Information'])
q(P,'On behalf of the Royal Government and the people of Cambodia, I express my deepest sympathy to the families of the victims,','Hun Sen','Samdech Techo Hun Sen','wrote',note='written message; long honorific title "Samdech Akka Moha Sena Padei Techo" before the name')
q(P,'respects the sovereignty of Kazakhstan and the measures taken to restore constitutional order','Prak Sokhonn','H.E. Prak Sokhonn','said',partial=True,note='relayed by "According to a press release of the Ministry"; the sentence-final full stop is outside the mark')
q(P,'We spoke to every student on Saturday evening. They are staying in their dormitories and their universities are providing food,','Chhay Sovannara','H.E. Chhay Sovannara','said',note='inverted "said H.E. NAME"')
c(P,'killed',164,None,'people who died in the violence','Kazakh authorities','164 people, including')
c(P,'killed',16,None,'members of the security forces who died','Kazakh authorities','16 members of the security forces')
e(P,'2022-01-10','statement','Phnom Penh',['Hun Sen','Peace Palace'],'the Peace Palace said today',note='the Peace Palace = the seat of the Council of Ministers; "today" from the dateline')
e(P,'2022-01-09','statement',None,['Hun Sen',TOK],'in the message dated January 9',note='condolence message')
e(P,'2022-01-08','other','Nay Pyi Taw',['Hun Sen'],'returned from an official visit to Nay Pyi Taw, Myanmar, on January 8')
e(P,'2022-01-09','talks',None,['Prak Sokhonn','Mukhtar Tileuberdi'],'held a telephone conversation with H.E. Mukhtar Tileuberdi',note='"Also on Sunday"')
e(P,'2022-01-08','other',None,['Chhay Sovannara'],'We spoke to every student on Saturday evening',note='inside a quote')
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan observed a national day of mourning today')
e(P,'2022-01-02','protest','Kazakhstan',[],'the violence that began on January 2')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Andrei Serdyukov'],'arrived in Kazakhstan on January 6')

# ---------------- 1682 The Isthmus Weekly "REGION IN BRIEF", 3 items (Friday, January 14, 2022)
P='1682'
h0=ln(P,'Duma chief Volodin heads Russian delegation'); h1=ln(P,'Casa Amarilla says two Costa Ricans'); h2=ln(P,'Ryabkov won\'t rule out military')
art(P,0,h0,h0+1,'The Isthmus Weekly','2022-01-14',[],None,
    ['THE ISTHMUS WEEKLY','Central America and the Caribbean in English','San José · Managua · Panama City · Havana','Home | Region | Costa Rica | Nicaragua | Panama | Caribbean | Business | Travel',
     'REGION IN BRIEF','Friday, January 14, 2022','NICARAGUA'],ls=h0-1,le=h0+1)
art(P,1,h1,h1+1,'The Isthmus Weekly','2022-01-14',[],None,['COSTA RICA'],ls=h1-1,le=h1+1)
art(P,2,h2,h2+1,'The Isthmus Weekly','2022-01-14',[],None,['VENEZUELA / CUBA','Advertisement','Subscribe to The Isthmus Weekly — 52 issues for $39','© 2022 Isthmus Media Group. All rights reserved.'],ls=h2-1)
q(P,'Russia does not abandon its friends, in Central America or in Central Asia,','Vyacheslav Volodin','Volodin','told',art=0)
q(P,'They are tired but unharmed, and they are with their families,','Andrea Quesada Montero','the vice minister','said in a statement',art=1)
q(P,'neither confirm nor exclude','Sergey Ryabkov','Sergei Ryabkov','said',art=2,partial=True)
q(P,'deal with it decisively','Jake Sullivan','Jake Sullivan','said',art=2,partial=True)
q(P,'no information','Cuban Foreign Ministry','the Cuban foreign ministry','said',art=2,partial=True,note='two-word partial with a speech verb (borderline; kept as in gold "dead end")')
e(P,'2022-01-10','other','Managua',['Daniel Ortega','Vyacheslav Volodin'],'in Managua on Monday, January 10',art=0,note='inauguration')
e(P,'2022-01-11','talks','Managua',['Daniel Ortega','Vyacheslav Volodin'],'Ortega met the Russian delegation the following day',art=0)
e(P,None,'statement','Managua',['Vyacheslav Volodin'],'told reporters at the Augusto C. Sandino airport before departing',art=0,note='no day given')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'the deployment of Russian-led troops to Kazakhstan last week',art=0,note='"last week" only')
e(P,'2022-01-10','other',None,['United States','European Union'],'announced new sanctions against Nicaraguan officials on the day of the inauguration',art=0,note='sanctions')
e(P,'2022-01-12','statement','San José',[CRMFA],'Casa Amarilla confirmed on Wednesday',art=1,note='Casa Amarilla = the Costa Rican foreign ministry')
e(P,'2022-01-11','other','San José',[],'returned to San José on Tuesday night via Frankfurt',art=1)
e(P,'2022-01-07','other',None,['Costa Rican consulate in Moscow'],'since January 7',art=1)
e(P,'2022-01-13','statement',None,['Sergey Ryabkov'],'said on Thursday he could',art=2)
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'in Geneva on Monday',art=2)
e(P,'2022-01-13','statement','Washington',['Jake Sullivan'],'said the same day',art=2,note='"the same day" = Thursday')
e(P,'2022-01-13','statement','Havana',['Cuban Foreign Ministry'],'the Cuban foreign ministry said on Thursday',art=2)

# ---------------- 1683 Lima Post, Peruvian English-language site (Monday, January 10, 2022)
P='1683'
art(P,0,ln(P,'Torre Tagle: Nine Peruvians'),ln(P,"Lima, Jan. 10. Peru's Foreign Ministry"),'Lima Post','2022-01-10',['Rocío Valdivia Paredes'],'Lima',
    ['LIMA POST',"Peru's news in English",'Politics | Economy | Mining | World | Travel | Culture','WORLD','Monday, January 10, 2022 | 09:35 a.m. (Lima time)',
     'Written by Rocío Valdivia Paredes','Related',"Peru's copper exports hit record in 2021",'Lima Post · Av. Larco 345, Miraflores, Lima · © 2022'],
    sections=(ln(P,'A week of events'),))
q(P,'None of our compatriots has asked to be repatriated, but the embassy remains ready to help them leave if the situation changes,','Luis Enrique Chávarry Benavides','Luis Enrique Chávarry Benavides','told',note='name after the title and a comma, then "told Lima Post"')
q(P,'are not taking part in operations against civilians','Andrei Serdyukov','Andrei Serdyukov','said',partial=True)
c(P,'killed',164,None,'people dead after a week of riots','Kazakh government','left 164 people dead')
c(P,'troops_deployed',2030,None,'CSTO troops deployed',CSTO,'2,030 troops')
c(P,'other',250,'more than','pieces of CSTO military hardware deployed',CSTO,'more than 250 pieces of military hardware',note='hardware, borderline (as 1344 "250 units of equipment")')
c(P,'detained',5800,None,'people detained',MIA,'5,800 people had been detained')
e(P,'2022-01-09','statement','Lima',[PEMFA],"Peru's Foreign Ministry said on Sunday",note='Torre Tagle = the Peruvian foreign ministry')
e(P,'2022-01-07','other','Lima',['Pedro Castillo','Palacio de Gobierno'],'had been informed on Friday')
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan is holding a national day of mourning today')
e(P,'2022-01-08','other','Almaty',[],'funerals of police officers and soldiers killed in Almaty were held on Saturday')
e(P,'2022-01-08','statement',None,[KNB],'Also on Saturday, the National Security Committee announced')
e(P,None,'arrest',None,['Karim Masimov',KNB],'had been detained on suspicion of treason',note='date of detention not given; announced 2022-01-08')
e(P,'2022-01-05','other',None,['Karim Masimov'],'He was removed from the post on January 5',note='dismissal')
e(P,'2022-01-07','talks',None,[TOK,'Vladimir Putin'],'spoke by telephone with Russian President Vladimir Putin on Friday')
e(P,'2022-01-08','statement',None,[CSTO],'The CSTO said on Saturday')
e(P,'2022-01-08','other','Almaty',[],'Mobile internet was partially restored in Almaty on Saturday')
e(P,'2022-01-09','casualty_report',None,[MIA],'The Interior Ministry said on Sunday')
e(P,'2022-01-10','talks',None,[TOK,CSTO],'address an emergency online summit of CSTO leaders on Monday',note='planned; "on Monday" = the publication day')
e(P,'2022-01-11','appointment',None,[TOK],'present a new prime minister to parliament on Tuesday',note='planned')

# ---------------- 1684 The Union Light, Myanmar state daily (12 January 2022, Wednesday; dateline Nay Pyi Taw, 11 Jan)
P='1684'
art(P,0,ln(P,"Myanmar supports Kazakhstan's efforts"),ln(P,'Nay Pyi Taw, 11 Jan —'),'The Union Light','2022-01-12',[],'Nay Pyi Taw',
    ['THE UNION LIGHT','Vol. IX, No. 273    12 January 2022    Wednesday    10th Waxing of Pyatho 1383 ME','NATIONAL | LOCAL | BUSINESS | WORLD | OPINION | SPORTS',
     '— UNA/UL','ANNOUNCEMENT','Applications for the State Scholarship Programme 2022 close on 31 January.','The Union Light | Printed and published by the News and Periodicals Enterprise, Nay Pyi Taw'])
q(P,'fully supports the measures taken by the Government of Kazakhstan to restore law and order and to protect the lives and property of the people',MMMFA,'The statement','said',partial=True,note='statement as speaker; full stop outside the mark')
q(P,'Our embassy spoke with all three students on 8 January. They do not wish to return at present,','Kyaw Myo Htut','the Deputy Minister','said')
c(P,'troops_deployed',2030,'about','CSTO peacekeeping force in Kazakhstan','news agencies','about 2,030 personnel')
e(P,'2022-01-11','statement','Nay Pyi Taw',[MMMFA],'issued a statement today',note='"today" = the dateline day (11 Jan), not the masthead date (12 Jan)')
e(P,'2022-01-10','other','Kazakhstan',[],'held a national day of mourning on 10 January')
e(P,'2022-01-10','talks','Nay Pyi Taw',['Wunna Maung Lwin','Russian Ambassador to Myanmar'],'yesterday afternoon',note='"yesterday" from the 11 Jan dateline')
e(P,'2022-01-11','statement','Nay Pyi Taw',['Kyaw Myo Htut'],'at a press briefing in Nay Pyi Taw this morning')
e(P,'2022-01-08','other',None,['Myanmar Embassy in Moscow'],'spoke with all three students on 8 January',note='inside a quote')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in Kazakhstan on 6 January')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will start its withdrawal on 13 January')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'as the new Prime Minister on Tuesday')
e(P,'2022-01-07','other','Myanmar',['Hun Sen'],'paid an official visit to Myanmar from 7 to 8 January',note='range: first day')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Nomvula Khumalo-Dube','person',['Nomvula Khumalo-Dube','Khumalo-Dube'],['Deputy Minister of International Relations and Cooperation'],'South Africa',['the Deputy Minister','she'],note='invented'),
 sp('Sizwe Ndlovu-Pillay','person',['Sizwe Ndlovu-Pillay'],['Presidency spokesperson'],'South Africa',['He'],note='invented'),
 sp('Kwame Owusu-Achaw','person',['Kwame Owusu-Achaw','Owusu-Achaw'],['Deputy Minister of Foreign Affairs and Regional Integration'],'Ghana',['he','The Deputy Minister'],['Mr Kwame Owusu-Achaw','Mr Owusu-Achaw'],note='invented; "Mr" without a full stop'),
 sp('Yaw Boateng-Darko','person',['Yaw Boateng-Darko','Boateng-Darko'],["Chairman of the Kazakhstan Ghanaian Students' Parents Association"],'Ghana',[],['Mr Yaw Boateng-Darko','Mr Boateng-Darko'],note='invented'),
 sp('Akosua Frimpomaa','person',['Akosua Frimpomaa'],['a fifth-year medical student in Almaty'],'Ghana',['she'],['Madam Akosua Frimpomaa'],note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','He'],['H.E. Kassym-Jomart Tokayev','H.E. Mr. Kassym-Jomart Tokayev']),
 sp('Ibrahim Danjuma-Lawal','person',['Ibrahim Danjuma-Lawal','Danjuma-Lawal'],['Permanent Secretary of the ministry','Ambassador'],'Nigeria',['he'],note='invented'),
 sp('Honeylyn Cabahug-Sotto','person',['Honeylyn Cabahug-Sotto','Cabahug-Sotto'],['Overseas Workers Welfare Administration (OWWA) Central Visayas Acting Regional Director'],'Philippines',['she'],note='invented; long title before the name'),
 sp(MAL,'organisation',['Malacañang'],[],'Philippines',note='seat name of the Office of the President; words invented'),
 sp('Arnel Pepito','person',['Arnel Pepito','Pepito'],['a welder from Talisay City'],'Philippines',note='invented'),
 sp('Hun Sen','person',['Hun Sen'],['Prime Minister of the Kingdom of Cambodia','Chair of ASEAN'],'Cambodia',[],['Samdech Akka Moha Sena Padei Techo Hun Sen','Samdech Techo Hun Sen','Samdech Techo'],note='real; message wording invented'),
 sp('Prak Sokhonn','person',['Prak Sokhonn'],['Deputy Prime Minister, Minister of Foreign Affairs and International Cooperation'],'Cambodia',[],['H.E. Prak Sokhonn'],note='real; words invented'),
 sp('Chhay Sovannara','person',['Chhay Sovannara'],['Secretary of State of the Ministry of Education, Youth and Sport'],'Cambodia',[],['H.E. Chhay Sovannara'],note='invented'),
 sp('Vyacheslav Volodin','person',['Vyacheslav Volodin','Volodin'],['chairman of the Russian State Duma'],'Russia',note='real; words invented'),
 sp('Andrea Quesada Montero','person',['Andrea Quesada Montero'],['Vice Minister of Foreign Affairs for Multilateral Affairs'],'Costa Rica',['the vice minister','She'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='real; the partial paraphrases his 13 Jan interview'),
 sp('Jake Sullivan','person',['Jake Sullivan'],['National Security Adviser'],'United States',note='real; partial paraphrased'),
 sp('Cuban Foreign Ministry','organisation',['Cuban foreign ministry'],[],'Cuba',note='words invented'),
 sp('Luis Enrique Chávarry Benavides','person',['Luis Enrique Chávarry Benavides'],['Vice Minister of Foreign Affairs'],'Peru',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','commander'],'Russia',note='real; partial invented'),
 sp(MMMFA,'organisation',['Ministry of Foreign Affairs of the Republic of the Union of Myanmar'],[],'Myanmar',['The statement'],note='statement wording invented'),
 sp('Kyaw Myo Htut','person',['Kyaw Myo Htut'],['Deputy Minister for Foreign Affairs'],'Myanmar',['the Deputy Minister'],['U Kyaw Myo Htut'],note='invented; "U" honorific'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of detention figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,quoted=False,note='source of troop figures; not quoted'),
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
