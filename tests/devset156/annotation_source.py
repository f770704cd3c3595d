#!/usr/bin/env python3
"""Source of the devset156 annotation: the hand-chosen spans, values and dates for 1341-1348.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset156/annotation_source.py && python3 tests/devset156/verify.py
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
MOH='Kazakh Ministry of Health'; ZEL='Volodymyr Zelensky'; REZ='Oleksii Reznikov'; DAN='Oleksiy Danilov'; UAMFA='Ukrainian Foreign Ministry'

# ---------------- 1341 Espreso TV English item (09 January 2022, a Sunday)
art('1341',0,ln('1341','Danilov: Moscow tested'),ln('1341','Secretary of the National Security'),'Espreso TV','2022-01-09',[],None,
    ['ESPRESO.TV','Live | News | Politics | War | Opinion | UA | EN','09 January 2022 Sunday 13:20','Espreso.TV English service',
     'Read also: Reznikov: Ukrainian army has 250,000 people under arms','Tags: Kazakhstan, Danilov, Reznikov, CSTO, Russia','Share: Facebook | Telegram | Twitter',
     '© 2022 Espreso.TV. All rights reserved. Use of materials is allowed only with a hyperlink to espreso.tv'])
q('1341','In less than 48 hours they put paratroopers on the ground in a country 3,000 kilometres away. We have written down every step,',DAN,'Danilov','said',note='duration and distance inside the quote are not claims')
q('1341','a rehearsal of logistics, not a peacekeeping mission',DAN,'He','called',partial=True,note='He = Danilov; cue "called" (naming, not a speech verb proper)')
q('1341','hour by hour',DAN,'He','said',partial=True,note='second partial in the same sentence ("and said the … services were following … “hour by hour”"); borderline idiom kept')
q('1341','I would not draw a straight line from Almaty to Kyiv. But the tools are the same, the planes are the same, and the people who give the orders are the same,',REZ,'the minister','said',note='title-only attribution; Reznikov named in the sentence before')
q('1341','no reason for panic and no reason for relaxation',REZ,'Reznikov','added',partial=True)
q('1341','as soon as the Kazakh side asks for it','Dmitry Peskov','Peskov','told',partial=True,note='"Peskov told Russian state television that … “…”"')
q('1341','Now every European diplomat has seen with his own eyes what an invitation to Russian troops looks like. That is the best lesson we could not have organised ourselves,','Taras Semenko','Semenko','said',note='invented analyst')
c('1341','troops_deployed',100000,'about','Russian troops near the Ukrainian border',DAN,'about 100,000 troops near the Ukrainian border',note='"According to the secretary"')
c('1341','detained',4404,None,'people detained since the protests began','Kazakh authorities','4,404 people had been detained')
c('1341','killed',164,None,'people dead (figure later withdrawn)','Kazakh Health Ministry','164 people had died')
c('1341','troops_deployed',2030,'about','CSTO servicemen in Kazakhstan','Dmitry Peskov','about 2,030 servicemen')
e('1341','2022-01-08','statement',None,[DAN],'in an interview with Espreso TV on Saturday')
e('1341','2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities reported on Saturday')
e('1341','2022-01-02','protest',None,[],'since the protests began on January 2')
e('1341','2022-01-07','statement',None,[REZ],'speaking at a briefing the day before',note='"the day before" = the day before Danilov\'s Saturday interview, not before publication (Sunday)')
e('1341','2022-01-10','talks','Geneva',['Russia','United States'],'the talks in Geneva, which start on Monday')
e('1341',None,'statement',None,['Dmitry Peskov'],'Peskov told Russian state television',note='undated')
e('1341',None,'talks',None,['Dmytro Kuleba'],'phone calls with his colleagues from the Baltic states next week',note='"next week" is not a day')

# ---------------- 1342 Glavcom item (10.01.2022, a Monday)
art('1342',0,ln('1342','Kuleba: "No one'),ln('1342',"Ukraine's Foreign Minister Dmytro Kuleba said on Monday"),'Glavcom','2022-01-10',[],None,
    ['GLAVCOM','Main  >  World  >  Kuleba on Kazakhstan and Geneva','10.01.2022  |  18:47  |  Views: 3 215','Read also:',
     'Danilov: Russia tested airlift on Kazakhstan','Reznikov named the number of Russian troops near the border','Subscribe to Glavcom on Telegram and Viber',
     'Glavcom.ua — all rights reserved. Quoting is permitted with a link to glavcom.ua'])
q('1342','No one will trade Ukraine for quiet in Central Asia','Dmytro Kuleba','Kuleba',None,zone='headline',note='headline "Surname: “…”" form, no speech verb (cue null); words not repeated in the body')
q('1342','Moscow wants to come to the table looking like the only power that restores order in its neighbourhood. This is theatre, and we will not applaud,','Dmytro Kuleba','Kuleba','told')
q('1342','nothing about Ukraine without Ukraine','Antony Blinken','Blinken','promised',partial=True,note='reported by Kuleba; Blinken is the one who "had again promised"; a slogan but attributed with a speech verb')
q('1342','We received guarantees that no decisions will be taken behind our back,','Dmytro Kuleba','Kuleba','said',note='split by interposed "Kuleba said,"')
q('1342','and we will check every word.','Dmytro Kuleba','Kuleba','said',note='second half after the interposed cue')
q('1342','keep calm and trust the army',ZEL,'the head of state','said',partial=True)
q('1342','a warning to everyone who thinks that a Russian soldier comes for a short time',ZEL,'Zelensky','saying',partial=True)
q('1342','The Americans have no mandate to discuss our security without us, and they know it,','Bohdan Yaremenko','Yaremenko','said',note='quote in the same paragraph as "Glavcom asked … to assess"')
c('1342','other',8,'at least','Russian battalion tactical groups moved closer to the border since December','Dmytro Kuleba','at least 8 Russian battalion tactical groups',note='units, not troops')
c('1342','detained',9900,None,'people detained in Kazakhstan',MIA,'9,900 people had been detained')
e('1342','2022-01-10','statement',None,['Dmytro Kuleba'],'Dmytro Kuleba said on Monday')
e('1342','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and American delegations sat down in Geneva')
e('1342','2022-01-09','talks',None,['Dmytro Kuleba','Antony Blinken'],'spoken by phone with US Secretary of State Antony Blinken on Sunday evening')
e('1342',None,'statement',None,[ZEL],'In an evening video address',note='no day word; probably 10 Jan')
e('1342',None,'talks',None,[TOK,CSTO],'told an online session of the CSTO Collective Security Council',note='"Meanwhile" only; real date 10 Jan')
e('1342','2022-01-12','talks','Brussels',['Russia','NATO'],'scheduled for Wednesday in Brussels')
e('1342','2022-01-13','talks','Vienna',['OSCE'],'the OSCE meeting in Vienna will follow on Thursday')

# ---------------- 1343 24 Kanal live blog (Updated 07 January 2022, a Friday)
art('1343',0,ln('1343','Unrest in Kazakhstan: live updates'),ln('1343','Tokayev has rejected any talks'),'24 Kanal','2022-01-07',['Iryna Motuz'],None,
    ['24 КАНАЛ | 24tv.ua English','News  ·  Live  ·  World','Updated 07 January 2022, 21:55','Author: Iryna Motuz','21:40','20:15','19:02','17:30','16:48','15:20','13:05','11:45','10:10','09:30',
     'Loading more...','Subscribe to 24 Kanal: YouTube | Telegram | Instagram'])
q('1343','What negotiations can there be with criminals and murderers?',TOK,'the Kazakh president','asked',note='question mark inside the quote, cue "asked"')
q('1343','works around the clock','Oleg Nikolenko','Spokesman Oleg Nikolenko','wrote',partial=True,note='written on Facebook')
q('1343',"Today Kazakhstan, tomorrow someone will 'invite' Russian troops to Kharkiv. We have seen this film.",'Oleksiy Goncharenko','Ukrainian MP Oleksiy Goncharenko',None,note='"NAME: “…”" colon form, no speech verb; nested single-quoted \'invite\' kept inside')
q('1343','This is a classic fake, prepared in advance,','Polina Lysenko','she','said',note='she = Lysenko; the preceding "Ukrainian instructors" is a reported label, excluded')
q('1343','Western outlets again call terrorists peaceful demonstrators,','Maria Zakharova','Zakharova','wrote')
c('1343','killed',26,None,'armed rioters "eliminated"',MIA,'26 armed rioters have been',note='one-word "eliminated" excluded from quotes')
c('1343','injured',18,None,'armed rioters wounded',MIA,'18 were wounded')
c('1343','detained',3811,None,'people detained',MIA,'3,811 people have been detained')
c('1343','troops_deployed',2500,'about','CSTO contingent in Kazakhstan',CSTO,'its contingent has reached about 2,500 people')
c('1343','killed',18,None,'law enforcement officers killed','Kazakh authorities','18 law enforcement officers had been killed',note='"two of them beheaded" is a subset, not a claim')
e('1343','2022-01-07','statement',None,[TOK],'in his televised address',note='live-blog entry of 7 Jan (timestamp 21:40)')
e('1343','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry reports',note='live-blog entry of 7 Jan')
e('1343','2022-01-06','other','Almaty',['Kazakh authorities'],'recaptured on Thursday',note='airport recaptured; Thursday before Friday 7 Jan')
e('1343','2022-01-05','other','Almaty',[],'a blackout that began on Wednesday',note='internet blackout')
e('1343','2022-01-02','protest','Zhanaozen',[],'began on January 2 in Zhanaozen')
e('1343',None,'casualty_report',None,['Kazakh authorities'],'Earlier, the Kazakh authorities reported',note='"Earlier" only')
e('1343',None,'statement',None,['Maria Zakharova'],'Zakharova wrote',note='entry 11:45 of 7 Jan; the writing itself is undated')

# ---------------- 1344 Focus.ua analysis (13.01.2022, a Thursday)
art('1344',0,ln('1344','Three rounds, zero results'),ln('1344','A week of diplomacy that began'),'Focus','2022-01-13',['Viktor Hrebenyuk'],None,
    ['ФОКУС  FOCUS.UA','Politics / Analytics','13.01.2022 17:05','Viktor Hrebenyuk, observer of Focus','⏱ 6 min',
     'Read the most important news of the day in our Telegram channel','Share:  Facebook  Twitter  Telegram  Viber','Focus.ua © 2022. All rights reserved.'],
    sections=(ln('1344','Kazakhstan as an argument'),ln('1344','Brussels and the "open door"'),ln('1344','Vienna and what is next')))
q('1344','difficult, long, very professional','Sergey Ryabkov','he','told',partial=True,note='he = Ryabkov ("Sergei Ryabkov" in the subordinate clause)')
q('1344','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'the Kazakh leader','told')
q('1344','significant differences','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',partial=True)
q('1344','Ukraine will decide for itself which alliances it joins. Not Moscow, not Brussels and not anyone else,',ZEL,'Zelensky','said',note='"according to his press service" follows')
q('1344','built up everything that is needed for an offensive',REZ,'his','In his words',partial=True,note='"In his words, …"; his = Reznikov (previous sentence)')
q('1344','the risk of war in the OSCE area is greater now than ever before in the last 30 years','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warning',partial=True,note='cue is the noun "the warning that"')
q('1344','Everyone left the room with the same paper they came with.',None,'A diplomat who took part in the consultations','told',note='anonymous; "told Focus on condition of anonymity: “…”"')
c('1344','troops_deployed',2030,None,'CSTO servicemen brought in',RDM,'the alliance brought in 2,030 servicemen')
c('1344','other',250,None,'units of equipment brought in by the CSTO',RDM,'250 units of equipment')
c('1344','detained',10000,'about','people detained','officials','put the number of people detained at about 10,000',note='"Kazakh officials on Wednesday"')
e('1344','2022-01-10','talks','Geneva',['Russia','United States'],'began in Geneva on Monday')
e('1344','2022-01-13','talks','Vienna',['OSCE'],'ended today in Vienna with the OSCE Permanent Council')
e('1344','2022-01-11','statement',None,[TOK],'On Tuesday Tokayev gave the answer himself',note='address to parliament: phased CSTO withdrawal')
e('1344','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'At the NATO–Russia Council on Wednesday')
e('1344','2022-01-12','statement',None,[ZEL],'Zelensky said on Wednesday evening')
e('1344','2022-01-12','casualty_report',None,['officials'],'Kazakh officials on Wednesday')

# ---------------- 1345 Hürriyet Daily News (January 08 2022, a Saturday)
art('1345',0,ln('1345','Erdoğan calls Tokayev'),ln('1345','President Recep Tayyip Erdoğan held'),'Hürriyet Daily News','2022-01-08',[],'ANKARA',
    ['HÜRRİYET DAILY NEWS','TÜRKİYE | ECONOMY | WORLD | OPINION | LIFE','WORLD','January 08 2022 10:42:00','© 2022 Hürriyet Daily News. All rights reserved.','Keywords: Kazakhstan, Erdoğan, Tokayev, Turkic States'])
q('1345','stands by the brotherly Kazakh people,','Recep Tayyip Erdoğan','Erdoğan','said',partial=True,note='also "according to the statement" after the closing mark')
q('1345','all kinds of technical support and experience','Recep Tayyip Erdoğan','He','said',partial=True,note='"the statement added" closes the sentence')
q('1345','with deep concern','Baghdad Amreyev','Baghdad Amreyev','said',partial=True,note='name after the title "the secretary-general of the organization,"')
q('1345','We are in contact with our embassy in Nur-Sultan and our consulate general in Almaty every hour. There are no Turkish citizens among the dead or the injured,','Mevlüt Çavuşoğlu','Çavuşoğlu','said')
q('1345','Ankara cannot compete with Moscow in Central Asia militarily, and it should not try. Its power there is economic and cultural,','Selin Kaya','Associate Professor Selin Kaya of Ankara University','said',note='inverted "said Associate Professor …"; invented academic')
c('1345','killed',26,None,'protesters killed','Kazakh officials','26 protesters')
c('1345','killed',18,None,'security personnel killed','Kazakh officials','18 security personnel dead')
c('1345','troops_deployed',2500,'about','CSTO troops deployed',None,'About 2,500 troops from the Russian-led')
e('1345','2022-01-07','talks',None,['Recep Tayyip Erdoğan',TOK],'on Jan. 7, the Turkish Presidency')
e('1345','2022-01-06','statement',None,['Baghdad Amreyev'],'The call came a day after',note='"a day after" the 7 Jan call')
e('1345','2022-01-07','statement','Ankara',['Mevlüt Çavuşoğlu'],'told reporters in Ankara on Friday')
e('1345',None,'other',None,['Turkish Airlines'],'Turkish Airlines has cancelled its flights',note='flight cancellation; "until Jan. 10" is the end, not the event date')
e('1345',None,'troop_deployment','Kazakhstan',[CSTO],'have been deployed in the country',note='undated')
e('1345',None,'talks',None,['Organization of Turkic States'],'due to meet online next week',note='"next week" is not a day (real: 11 Jan)')

# ---------------- 1346 ArmyInform (12 January 2022, a Wednesday)
art('1346',0,ln('1346','Oleksii Reznikov: the Kazakh scenario'),ln('1346','Minister of Defence of Ukraine Oleksii Reznikov held'),'ArmyInform','2022-01-12',[],None,
    ['ARMYINFORM','Information agency of the Ministry of Defence of Ukraine','Home » News » Defence','12 January 2022, 16:30',
     'Press service of the Ministry of Defence of Ukraine | Photo: MoD of Ukraine','#Reznikov #Kazakhstan #G7 #MoDUkraine','Share the news:',
     'If you notice an error, select it and press Ctrl+Enter','ArmyInform © 2018-2022'])
q('1346','We saw an airlift that took two days. We saw that the decision was made in one night. Our planning takes this speed into account,',REZ,'Oleksii Reznikov','said')
q('1346','The Ukrainian army of 2022 is not the army of 2014,',REZ,'the head of the defence ministry','emphasised',note='years inside the quote')
q('1346','in full and on the same day',REZ,'the Minister','According to',partial=True)
q('1346','The enemy violated the ceasefire twice over the past day. There were no losses among our defenders,','Oleksandr Pavliuk','he','said',note='"twice" is not a claim (Donbas ceasefire violations, out of scope)')
c('1346','troops_deployed',106000,None,'Russian military personnel near the border of Ukraine','Defence Intelligence of Ukraine','106,000 military personnel')
c('1346','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',None,'numbered 2,030 troops')
c('1346','troops_deployed',1200,None,'Russian troops in the CSTO contingent',None,'including 1,200 from Russia')
e('1346','2022-01-12','talks','Kyiv',[REZ,'G7'],'held a meeting with the ambassadors of the G7 countries in Kyiv today')
e('1346','2022-01-10','talks','Geneva',['Russia','United States'],'which took place on Monday')
e('1346','2022-01-11','talks',None,['Serhii Shaptala','NATO'],'Earlier, on Tuesday')
e('1346','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'from 6 to 13 January',note='range: first day')

# ---------------- 1347 ZAXID.NET (Sunday, 9 January 2022)
art('1347',0,ln('1347','Kazakhs in Lviv on the unrest'),ln('1347','Several dozen people gathered'),'ZAXID.NET','2022-01-09',['Khrystyna Bilyk'],None,
    ['ZAXID.NET','Lviv · Ukraine · World · Economy · Culture       [UA] [EN]','Sunday, 9 January 2022, 12:10','Author: Khrystyna Bilyk','Photo: ZAXID.NET',
     'Read us on Telegram | Facebook | Instagram','Copying of materials is allowed only with an active hyperlink to ZAXID.NET'])
q('1347','We watched the news from Almaty and recognised our own Maidan','Aigerim Sadykova','Aigerim',None,zone='headline',note='headline quote before a colon; speaker only in the body (l.'+str(ln('1347','Aigerim says'))+'); saw = the body mention')
q('1347','My mother did not leave the apartment for three days. On Wednesday she heard shooting right under the windows,','Aigerim Sadykova','Aigerim','says',note='first name only; present-tense cue')
q('1347','We watched the news from Almaty and recognised our own Maidan.','Aigerim Sadykova','Aigerim','says',note='continuation after the interposed "Aigerim says."; repeats the headline with a full stop')
q('1347',"When Yanukovych was running away, Russia was also ready to send its troops 'to restore order'. In Kazakhstan they were invited, and they came,",'Oksana Dmytrenko','she','said',note='invented councillor; nested single-quoted phrase kept inside; year 2014 in the sentence before')
q('1347',"Tokayev has bought himself a few weeks. What he does with them will decide whether he remains Nazarbayev's heir or becomes his own president,",'Andriy Holub','the expert','believes',note='invented expert; cue "believes"; names inside the quote')
c('1347','killed',164,None,'people killed, including children','Kazakh authorities','164 people had been killed in the unrest',note='the Health Ministry figure later disappeared')
c('1347','detained',5800,'more than','people detained','Kazakh authorities','more than 5,800 people had been detained')
c('1347','troops_deployed',2000,'about','foreign (CSTO) soldiers in Kazakhstan','Andriy Holub','about 2,000 foreign soldiers')
e('1347','2022-01-08','other','Lviv',[],'gathered on Saturday evening near the Shevchenko monument',note='vigil')
e('1347','2022-01-05','other','Almaty',[],'On Wednesday she heard shooting',note='Wednesday before Sunday 9 Jan; inside a quote')
e('1347','2022-01-09','casualty_report',None,['Kazakh authorities'],'On Sunday morning, the Kazakh authorities said')
e('1347','2022-01-08','other','Nur-Sultan',[UAMFA],'announced on Saturday that it had evacuated',note='evacuation (47 citizens, a citizen count, not a claim)')
e('1347','2022-01-15','other','Lviv',[],'planned for next Saturday',note='"next Saturday" from Sunday 9 Jan')

# ---------------- 1348 UkraineWorld explainer (January 14, 2022, a Friday)
art('1348',0,ln('1348','After Kazakhstan and three rounds'),ln('1348','Q: Did the CSTO mission really end?'),'UkraineWorld','2022-01-14',['Maksym Tarasenko'],None,
    ['UkraineWorld','by Internews Ukraine','Analytics | Explainers | Podcast | About','EXPLAINER','January 14, 2022','By Maksym Tarasenko, UkraineWorld analyst',
     'Support UkraineWorld','UkraineWorld is a project of Internews Ukraine. Subscribe to our newsletter.','Share this: Twitter | Facebook | LinkedIn'])
q('1348','all the tasks set by the Collective Security Council','Andrei Serdyukov','Colonel-General Andrei Serdyukov','said',partial=True,note='relative clause "who commanded the force," between name and verb')
q('1348','For us, Kazakhstan was a live demonstration of how the Kremlin moves. We would be stupid not to study it,','Mykhailo Podolyak','Mykhailo Podolyak','told')
q('1348','practised an invasion under the flag of an alliance',DAN,'National Security and Defense Council secretary Oleksiy Danilov','saying',partial=True)
q('1348','dead end','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='two-word evaluative partial, like gold "dead end"')
q('1348','a frank exchange','Wendy Sherman','Sherman','called',partial=True)
q('1348','Diplomacy has not run out. But it is not infinite either,',None,'a European diplomat who asked not to be named','said',note='anonymous; inverted cue')
q('1348',"We are ready for any scenario. We don't want any of them except peace.",ZEL,"Zelensky's",None,note='"Zelensky\'s message … was short: “…”" — colon, no speech verb')
c('1348','killed',160,'more than','dead in Kazakhstan','Kazakh officials','more than 160 dead')
c('1348','killed',16,None,'members of the security forces killed','Kazakh officials','16 members of the security forces')
c('1348','detained',9900,'more than','people detained at the peak',MIA,'More than 9,900 people were detained')
c('1348','troops_deployed',127000,'about','Russian troops around Ukraine','Ukrainian side','some 127,000 troops around Ukraine',note='"some" normalised to about')
e('1348','2022-01-13','withdrawal',None,[CSTO,'Russia'],'The withdrawal began on Thursday, 13 January')
e('1348','2022-01-19','withdrawal',None,[RDM],'finished by 19 January',note='planned end of the pullout')
e('1348','2022-01-12','statement',None,[DAN],'in harsher words on Wednesday')
e('1348','2022-01-13','statement',None,['Sergey Ryabkov'],'Sergei Ryabkov said on Thursday')
e('1348','2022-01-13','statement',None,[ZEL],'in his Thursday address')
e('1348',None,'statement',None,[ZEL,'Vladimir Putin'],'has proposed a meeting with Vladimir Putin',note='undated proposal')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(DAN,'person',['Oleksiy Danilov','Danilov'],['Secretary of the National Security and Defense Council of Ukraine','National Security and Defense Council secretary'],'Ukraine',['He','the secretary']),
 sp(REZ,'person',['Oleksii Reznikov','Reznikov'],['Defense Minister','Minister of Defence of Ukraine'],'Ukraine',['the minister','the Minister','the head of the defence ministry','his']),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Taras Semenko','person',['Taras Semenko','Semenko'],['Political scientist'],'Ukraine',note='invented'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],["Ukraine's Foreign Minister"],'Ukraine',['The minister']),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States'),
 sp(ZEL,'person',['Volodymyr Zelensky','Zelensky'],['President'],'Ukraine',['the head of state'],["Zelensky's"]),
 sp('Bohdan Yaremenko','person',['Bohdan Yaremenko','Yaremenko'],['Deputy Head of the Verkhovna Rada Foreign Affairs Committee'],'Ukraine',note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President'],'Kazakhstan',['the Kazakh president','the Kazakh leader']),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko'],['Spokesman'],'Ukraine'),
 sp('Oleksiy Goncharenko','person',['Oleksiy Goncharenko'],['Ukrainian MP'],'Ukraine',note='words invented'),
 sp('Polina Lysenko','person',['Polina Lysenko'],['Head of the Ukrainian Center for Countering Disinformation'],'Ukraine',['she'],note='words invented'),
 sp('Maria Zakharova','person',['Maria Zakharova','Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',['he'],note='only the spelling "Sergei" occurs here; canonical from earlier sets'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],None),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',['He']),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['the secretary-general of the organization'],None,note='Organization of Turkic States; words invented'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister'],'Turkey'),
 sp('Selin Kaya','person',['Selin Kaya','Kaya'],['Associate Professor'],'Turkey',note='invented'),
 sp('Oleksandr Pavliuk','person',['Oleksandr Pavliuk'],['Commander of the Joint Forces Lieutenant General'],'Ukraine',['he'],note='words invented'),
 sp('Aigerim Sadykova','person',['Aigerim Sadykova','Aigerim'],['a software tester'],'Kazakhstan',note='invented'),
 sp('Oksana Dmytrenko','person',['Oksana Dmytrenko'],['Lviv City Council deputy'],'Ukraine',['she'],note='invented'),
 sp('Andriy Holub','person',['Andriy Holub'],['Political scientist'],'Ukraine',['the expert'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel-General'],'Russia'),
 sp('Mykhailo Podolyak','person',['Mykhailo Podolyak'],["an adviser to the head of the President's Office"],'Ukraine',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp(MIA,'organisation',['Kazakh Interior Ministry','Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',[],[],quoted=False,note='mentioned in 1348 only; kept because earlier sets list him'),
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
