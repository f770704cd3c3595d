#!/usr/bin/env python3
"""Source of the devset135 annotation: the hand-chosen spans, values and dates for 1173-1180.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset135/annotation_source.py && python3 tests/devset135/verify.py
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
MOH='Kazakh Ministry of Health'

# ---------------- 1173 The EastAfrican-style piece (Saturday January 08 2022)
art('1173',0,5,14,'The EastAfrican','2022-01-08',['BRENDA ACHIENG'],None,
    ['THE EASTAFRICAN','Home | News | East Africa | Rest of Africa | World | Business | Opinion','World','Saturday January 08 2022',
     'By BRENDA ACHIENG','The EastAfrican','Share   Bookmark   Print   Rating','Additional reporting by AFP','RELATED',
     'Kenya Airways reroutes Asia flights over airspace closures','© 2022 Nation Media Group. All rights reserved.'],le=38)
q('1173','We hear shooting every night and nobody tells us anything. The university only sends one message a day,','Mercy Wanjiru','Mercy Wanjiru','said',note='inverted cue "…," said NAME, age and home town after the name; invented student')
q('1173','There will be no talks with people who kill and loot,',TOK,'he','said',note='he = Mr Tokayev (previous sentence); the one-word "terrorists" before it is excluded')
q('1173','key state and military facilities',CSTO,'The Collective Security Treaty Organisation (CSTO)','said',partial=True)
q('1173','remain calm and avoid all gatherings','Ugandan Ministry of Foreign Affairs',"Uganda's ministry of foreign affairs",'urged',partial=True)
q('1173','If the railway to the Caspian stays shut for another week, we will see it in the price of a bag of flour by February,','Paul Otieno','Paul Otieno','said',note='invented analyst')
q('1173','a tax on every matatu','Paul Otieno','he','called',partial=True,note='"which he called “…”"; full stop outside the closing mark')
q('1173','She finally called us last night. She sounded tired but safe,','Joseph Kamau','Joseph Kamau','said',note='"said her father, Joseph Kamau" (relation + name); the "She" inside is the student')
c('1173','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('1173','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('1173','detained',3700,'more than','people detained',MIA,'More than 3,700 people have been detained')
c('1173','aircraft',70,'more than','aircraft ferrying Russian troops to Almaty',RDM,'more than 70 aircraft were ferrying its troops')
e('1173','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday",note='Friday before Saturday 8 Jan')
e('1173',None,'statement',None,[TOK],'in a televised address, described the protesters',note='undated (real: 7 Jan)')
e('1173','2022-01-06','statement',None,[CSTO],'said on Thursday that its peacekeepers would guard')
e('1173',None,'troop_deployment','Almaty',['Russia',RDM],'ferrying its troops to Almaty',note='undated')
e('1173',None,'statement',None,['Ugandan Ministry of Foreign Affairs'],'urged its nationals to',note='undated')
e('1173','2022-01-05','other','Kazakhstan',[],'since Wednesday, when authorities cut the internet',note='internet shutdown; Wednesday before Saturday 8 Jan')
e('1173','2022-01-07','other',None,['Mercy Wanjiru','Joseph Kamau'],'She finally called us last night',note='phone call; "last night" from Saturday 8 Jan (inside a quote)')

# ---------------- 1174 BusinessDay (Nigeria) markets piece (January 7, 2022, Friday)
art('1174',0,4,9,'BusinessDay','2022-01-07',['TUNDE ADEBOWALE'],None,
    ['BusinessDay','Markets & Finance | Energy | Opinion | Analysis | BD Sunday','TUNDE ADEBOWALE','January 7, 2022','Reuters contributed to this report.',
     'Share this:   Facebook   Twitter   WhatsApp   LinkedIn','Must Read: FG begins payment of N5,000 stipends in three states','BusinessDay Media Ltd. © 2022'],
    le=33,sections=(ln('1174',"'Short-lived premium'"),))
q('1174','A number of contractor employees have blocked rail movements in solidarity with the protests,','Tengizchevroil','the company','said',note='"the company said in a statement"; company named in the previous sentence')
q('1174','Kazakhstan produces about 1.6 million barrels per day, so any prolonged outage will matter, but the market is pricing fear more than lost barrels,','Ayodele Oni','Ayodele Oni','said',note='inverted cue; invented lawyer')
q('1174','Every dollar above our $57 budget benchmark is good news on paper. But you cannot sell oil you did not produce,','Ayodele Oni','Oni','added')
q('1174','will fade as soon as the trains at Tengiz move again','Kelechi Nwosu','Kelechi Nwosu','According to',partial=True,note='"According to NAME, a … analyst, the rally “…”."; full stop outside; invented analyst')
c('1174','injured',1000,'more than','people injured',MOH,'more than 1,000 people had been injured',note='"nearly 400 of them admitted to hospital" is a subset, not recorded')
c('1174','detained',3811,None,'people detained',MIA,'3,811 people had been detained')
c('1174','troops_deployed',2500,'about','CSTO force in Kazakhstan',None,'a force of about 2,500 troops')
e('1174','2022-01-06','statement',None,['Tengizchevroil'],'Tengizchevroil said on Thursday',note='production cut announced; Thursday before Friday 7 Jan')
e('1174','2022-01-02','protest',None,[],'triggered by a fuel price hike on January 2')
e('1174',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia has sent paratroopers',note='undated')
e('1174','2022-01-04','other',None,['OPEC+'],'OPEC+ agreed on Tuesday to raise output',note='output decision; Tuesday before Friday 7 Jan')

# ---------------- 1175 Stabroek News (Guyana) page carrying AP (January 12, 2022, Wednesday)
art('1175',0,5,10,'Stabroek News','2022-01-12',[],'ALMATY, Kazakhstan',
    ['Stabroek News',"Guyana's Independent Newspaper",'Home » World » Americas » Region » Sports » Letters','By The Associated Press','January 12, 2022',
     'Related Posts','Comments','Ramesh Singh says:','January 12, 2022 at 9:14 am','Reply','© 2022 Stabroek News. All rights reserved.'],le=26)
q('1175','largely fulfilled',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True,note='the reader comment at l.36 repeats "largely fulfilled" (outside the article; not recorded)')
q('1175','The situation is stabilising in all regions of the country,',TOK,'Tokayev','told')
q('1175','Terrorists have not been able to achieve their goals.',TOK,'Tokayev','told',note='second half after the interposed "Tokayev told lawmakers in a video-linked session."')
q('1175','a coup attempt','Vladimir Putin','Russian President Vladimir Putin','told',partial=True,note='"colour revolutions" in the same sentence is a label, excluded')
q('1175','Our missions in the region have received no requests for assistance,',None,'a ministry official','said',note="anonymous official of Guyana's Ministry of Foreign Affairs (ministry named in the sentence before)")
q('1175','When Tengiz hiccups, Liza barrels get dearer, but so does every gallon at our pumps,','Terrence Persaud','economist Terrence Persaud','said',note='inverted cue with a role before the name; invented economist')
c('1175','killed',164,None,'people killed in the violence','Kazakh authorities','164 people, including children, were killed')
c('1175','detained',10000,'almost','people detained',MIA,'nearly 10,000 people had been detained')
c('1175','troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan',None,'The alliance sent more than 2,000 troops')
e('1175','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin pulling out of Kazakhstan on Thursday',note='future; Thursday after Wednesday 12 Jan')
e('1175','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('1175','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He also nominated Alikhan Smailov',note='no day word of its own; the same Tuesday parliament session')
e('1175',None,'troop_deployment','Kazakhstan',[CSTO],'troops to Kazakhstan last week',note='"last week" is not a day')
e('1175',None,'statement',None,['Andrei Serdyukov'],'said in televised remarks',note='undated')
e('1175','2022-01-12','casualty_report',None,[MIA],'The Interior Ministry said Wednesday',note='publication day')
e('1175','2022-01-10','talks',None,['Vladimir Putin',CSTO],'told a CSTO video summit on Monday')
e('1175','2022-01-11','statement',None,['Guyanese Ministry of Foreign Affairs'],'told Stabroek News yesterday',note='"yesterday" from Wednesday 12 Jan')

# ---------------- 1176 Newsday (Trinidad and Tobago) local-angle story (Sun, 09 Jan 2022)
art('1176',0,7,12,'Newsday','2022-01-09',['Shari-Ann Baptiste'],None,
    ['NEWSDAY','Trinidad and Tobago','NEWS | SPORT | BUSINESS | OPINION | WORLD | LOOP',"'I just want to come home'",'Shari-Ann Baptiste','Sun, 09 Jan 2022',
     'Comments','"Trini student rides out Kazakh unrest in Almaty hostel"','Share:  Facebook  Twitter  WhatsApp  Email','Newsday © 2022 All rights reserved'],le=34)
q('1176','On Wednesday night we could see the smoke from the window, and then the internet just died. We had no way of telling our parents we were alive,','Amrita Ramdial','Ramdial','said',note='surname only; the mother with the same surname appears later')
q('1176',"I didn't sleep. I kept calling the same number over and over,",'Savitri Ramdial','she','told',note='she = the mother (named in the sentence before the quote)')
q('1176','Both nationals are accounted for and safe,','Trinidad and Tobago Ministry of Foreign and CARICOM Affairs','the ministry','said',note='"the ministry said in a release"')
q('1176','shoot without any warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('1176','Everybody here is kind and they are sharing food with us, but I just want to come home,','Amrita Ramdial','she','said',note='she = Amrita (the nearest "Ramdial" at l.30); the kicker l.5 repeats part of it in single quotes (excluded)')
q('1176','mostly just standing at the airport','Amrita Ramdial','she','said',partial=True)
c('1176','detained',4404,None,'people detained','Kazakh authorities','4,404 people had been detained')
c('1176','injured',2000,'more than','people wounded',MOH,'more than 2,000 people had been wounded',note='"State television, citing the health ministry"')
c('1176','troops_deployed',2500,'about','CSTO soldiers deployed',None,'some 2,500 soldiers')
e('1176','2022-01-05','other','Almaty',[],'and then the internet just died',note='internet cut; "On Wednesday night" inside the quote, Wednesday before Sunday 9 Jan')
e('1176','2022-01-08','statement',None,['Trinidad and Tobago Ministry of Foreign and CARICOM Affairs'],'The Ministry of Foreign and CARICOM Affairs said on Saturday')
e('1176','2022-01-02','protest',None,[],'The protests began on January 2')
e('1176','2022-01-05','protest','Almaty',[],"where the mayor's office was set ablaze on Wednesday")
e('1176','2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Saturday')
e('1176','2022-01-07','statement',None,[TOK],'said on Friday he had authorised troops')
e('1176',None,'troop_deployment','Kazakhstan',[CSTO],'has deployed some 2,500 soldiers',note='undated')

# ---------------- 1177 Barbados Today page carrying AFP (January 11, 2022, Tuesday)
art('1177',0,6,10,'Barbados Today','2022-01-11',[],None,
    ['BARBADOS TODAY','Home  Local News  Business  Sports  World  Opinion  Obituaries','World','Posted by Barbados Today Staff | January 11, 2022',
     'Tags: Russia, United States, NATO, Ukraine, Kazakhstan, Geneva','You May Also Like','Barbados Today Inc. © 2022'],le=30)
q('1177','We have no intention of attacking Ukraine,','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',note='inverted cue: "…," TITLE NAME told reporters')
q('1177','There is no reason to fear an escalation.','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',note='continuation after the interposed cue')
q('1177','firm guarantees written on paper, not promises','Sergey Ryabkov','he','said',partial=True)
q('1177','rejected ideas that cannot be the basis of any agreement,','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True,note='comma inside the closing mark, sentence continues')
q('1177','No one outside the alliance gets to decide who joins it,','Wendy Sherman','Sherman','said')
q('1177','on a reciprocal basis','Wendy Sherman','She','added',partial=True)
q('1177',"an attempted coup d'etat",TOK,'Kazakh President Kassym-Jomart Tokayev','called',partial=True)
q('1177','destructive forces from outside','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q('1177','following developments closely through CARICOM partners',None,'A Ministry of Foreign Affairs and Foreign Trade spokesman','said',partial=True,note='anonymous spokesman of the Barbados ministry')
c('1177','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western estimates','about 100,000 troops near the Ukrainian border')
c('1177','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('1177','killed',164,None,'people killed','officials','164 people were killed',note='"including three children" is a subset, not recorded')
e('1177','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov','Wendy Sherman'],'ended more than seven hours of talks in Geneva on Monday')
e('1177','2022-01-12','talks','Brussels',['Russia','NATO'],'move to Brussels on Wednesday',note='future')
e('1177','2022-01-13','talks','Vienna',['Russia','OSCE'],'to Vienna on Thursday',note='future')
e('1177','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'Speaking at an online summit of the Moscow-led Collective Security Treaty Organisation on Monday')
e('1177',None,'casualty_report',None,[MIA],'The Kazakh interior ministry said 7,939',note='undated')
e('1177','2022-01-10','statement',None,['Barbados Ministry of Foreign Affairs and Foreign Trade'],'spokesman said yesterday',note='"yesterday" from Tuesday 11 Jan')

# ---------------- 1178 Venezuelanalysis news piece (Jan 8th 2022, Saturday)
art('1178',0,4,6,'Venezuelanalysis','2022-01-08',['Camila Orozco','Daniel Salcedo'],'Caracas',
    ['Venezuelanalysis.com','News | Analysis | Opinion | Features | Video | Donate','By Camila Orozco and Daniel Salcedo – Jan 8th 2022 at 4.10pm',
     'Edited by Tomás Herrera in Caracas.','Source URL: venezuelanalysis.com/news/15400','Venezuelanalysis relies on reader support. Donate today.'],le=30)
q('1178','Foreign Interference','Venezuelan Government','Venezuela','Warns Against',partial=True,zone='headline',note='two-word headline quote; not repeated in the body (the body has "foreign actors"); borderline with a label')
q('1178','solidarity with the people and government of Kazakhstan','Venezuelan Government','The Venezuelan government','expressed',partial=True)
q('1178','the violent acts promoted by foreign actors','Venezuelan Foreign Ministry','the Venezuelan Foreign Ministry','condemned',partial=True)
q('1178','It is the same recipe: they take a real grievance, in this case the price of gas, and then they bring in armed groups to burn down institutions,','Nicolás Maduro','Maduro','said')
q('1178','We know this script very well.','Nicolás Maduro','Maduro','said',note='second quote after the cue in the same paragraph')
q('1178','in accordance with international law','Nicolás Maduro','The Venezuelan leader','added',partial=True)
q('1178','When Russian soldiers are invited in, history tells us they are rarely in a hurry to go home,','Antony Blinken','US Secretary of State Antony Blinken','told',note='inverted cue; words invented (paraphrase)')
q('1178','Moscow will arrive at the table having shown that it can move troops into a neighbouring country in 48 hours. That is a message to NATO, whether intended or not,','Alejandra Mujica','Mujica','said',note='invented analyst; "48 hours" not a claim')
q('1178','firmly rejects','Bruno Rodríguez',"Cuba's Foreign Minister Bruno Rodríguez",'said',partial=True,note='two-word evaluative partial with a speech verb')
c('1178','troops_deployed',2500,'about','CSTO troops deployed to Kazakhstan',None,'deployed about 2,500 troops')
c('1178','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed')
c('1178','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('1178','killed',18,None,'police officers and soldiers killed',MIA,'Eighteen police officers and soldiers also died',note='written-out number at sentence start')
e('1178','2022-01-06','statement',None,['Venezuelan Government'],'government of Kazakhstan" on Thursday',note='Thursday before Saturday 8 Jan')
e('1178',None,'statement',None,['Félix Plasencia'],'later repeated the message on Twitter',note='undated')
e('1178','2022-01-07','statement','Caracas',['Nicolás Maduro'],'President Nicolás Maduro went further on Friday')
e('1178',None,'troop_deployment','Kazakhstan',[CSTO],'deployed about 2,500 troops to Kazakhstan this week',note='"this week" is not a day')
e('1178','2022-01-07','statement',None,['Antony Blinken'],'told reporters on Friday')
e('1178',None,'talks','Geneva',['Russia','United States'],"next week's Russia-US talks in Geneva",note='"next week" is not a day; real date 2022-01-10')
e('1178','2022-01-07','statement',None,['Bolivia','Nicaragua'],'Bolivia and Nicaragua issued similar statements on Friday')
e('1178',None,'statement',None,['Bruno Rodríguez'],'said his country',note='undated')

# ---------------- 1179 The Citizen (Tanzania) analysis (Tuesday, January 11, 2022)
art('1179',0,5,11,'The Citizen','2022-01-11',[],'Dar es Salaam',
    ['The Citizen',"Tanzania's leading English daily",'News › World','Tuesday, January 11, 2022 — updated on January 11, 2022','By Citizen Reporter',
     'RELATED','Fuel prices: Ewura announces new caps for January','Share on:  Facebook  Twitter  LinkedIn  WhatsApp'],le=33)
q('1179','The lesson for us is very simple: you cannot remove a subsidy on Monday and explain it on Friday,','Neema Mwakalinga','Dr Neema Mwakalinga','said',note='inverted cue; weekday names inside the quote are not events; invented lecturer')
q('1179','the street does not read IMF reports','Neema Mwakalinga','She','warned',partial=True)
q('1179','Abuja has looked at Almaty and blinked,','Neema Mwakalinga','she','said')
q('1179','an attempt at a coup',TOK,'he','described',partial=True,note='he = Tokayev (previous paragraph)')
q('1179','Prices lit the match, but the fire was already there,','Abdallah Kasim','Prof Kasim','said',note='invented professor')
q('1179','What we saw was a struggle inside the ruling family, with the people caught in the middle.','Abdallah Kasim','Prof Kasim','said')
c('1179','killed',164,None,'people killed in a week of violence','officials','164 people had been killed')
c('1179','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
e('1179','2022-01-01','other',None,['Kazakhstan'],"lifted a price cap on liquefied petroleum gas on New Year's Day")
e('1179','2022-01-09','casualty_report',None,['officials'],'Kazakh officials said on Sunday')
e('1179','2022-01-10','casualty_report',None,[MIA],'the interior ministry reported the next day',note='"the next day" after Sunday 9 Jan')
e('1179','2022-01-02','protest','Zhanaozen',[],'Protests began on January 2')
e('1179','2022-01-11','statement','Nur-Sultan',[TOK],'on Tuesday told lawmakers in Nur-Sultan',note='publication day')
e('1179','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'which landed on January 6')
e('1179','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving in two days',note='"in two days" from Tuesday 11 Jan')
e('1179','2022-01-10','talks',None,[CSTO,TOK],'The day before, at a video summit',note='"The day before" = before Tuesday 11 Jan')
e('1179','2022-01-08','arrest',None,['Karim Masimov'],'was arrested on Saturday')
e('1179','2022-01-10','talks','Geneva',['Russia','United States'],'met in Geneva yesterday')
e('1179','2022-01-12','talks','Brussels',['Russia','NATO'],'NATO headquarters in Brussels tomorrow',note='future; "tomorrow" from Tuesday 11 Jan')

# ---------------- 1180 Andina (Peru) English item (Lima, Jan. 7; Published: 2022-01-07 14:35, Friday)
art('1180',0,6,8,'Andina','2022-01-07',[],'Lima',
    ['Andina','Agencia Peruana de Noticias','Español | English','Home > English > World','Published: 2022-01-07 14:35',
     'Tags: Peru, Kazakhstan, Cancilleria, protests','Also read:','Peru registers record mining exports in 2021'],le=32,sections=(ln('1180','Context\n'),))
q('1180','Our Embassy in the Russian Federation, concurrent with Kazakhstan, is monitoring the situation and is in communication with our compatriots,','Peruvian Ministry of Foreign Affairs','the Cancilleria','stated')
q('1180','follow the instructions of the local authorities','Peruvian Ministry of Foreign Affairs','The ministry','recommended',partial=True)
q('1180','following the events with attention and concern','Mariano Ugarte','Vice Minister of Foreign Affairs Mariano Ugarte','as saying',partial=True,note='"was quoted by state TV as saying that … “…”"; invented vice-minister')
q('1180','The peacekeepers will not take part in operations against demonstrators. Their task is to protect important state and military facilities,','Stanislav Zas','CSTO Secretary General Stanislav Zas','said',note='inverted cue followed by "according to the RIA Novosti agency"; words invented')
q('1180','For Peru, the direct impact is limited, but any instability in a big producer pushes prices up, and our copper and zinc exports benefit indirectly,','Jorge Quispe','Quispe','said',note='invented analyst')
c('1180','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('1180','injured',748,None,'members of the security forces wounded',MIA,'748 had been wounded')
c('1180','detained',2298,'about','people arrested',MIA,'some 2,298 people had been arrested')
e('1180','2022-01-06','statement',None,['Peruvian Ministry of Foreign Affairs'],'reported on Thursday that it remains',note='Thursday before Friday 7 Jan')
e('1180',None,'statement',None,['Mariano Ugarte'],'was quoted by state TV',note='undated')
e('1180','2022-01-02','protest','Mangistau',[],'The protests erupted on Sunday, January 2')
e('1180','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency throughout the country')
e('1180','2022-01-05','other',None,[TOK,CSTO],'asked for help from the Collective Security Treaty Organization',note='request for CSTO help; same "On Wednesday" sentence')
e('1180','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived the following day',note='"the following day" after Wednesday 5 Jan')
e('1180',None,'statement',None,['Stanislav Zas'],'according to the RIA Novosti agency',note='undated')
e('1180','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry reported today',note='"today" = publication day')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['he','He'],['Mr Tokayev']),
 sp('Mercy Wanjiru','person',['Mercy Wanjiru','Wanjiru'],['a 23-year-old medical student from Nakuru'],'Kenya',[],['Ms Wanjiru',"Ms Wanjiru's"],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The Collective Security Treaty Organisation (CSTO)','the alliance','the bloc']),
 sp('Ugandan Ministry of Foreign Affairs','organisation',["Uganda's ministry of foreign affairs"],[],'Uganda'),
 sp('Paul Otieno','person',['Paul Otieno'],['an analyst at a Nairobi commodities brokerage'],'Kenya',['He','he'],note='invented'),
 sp('Joseph Kamau','person',['Joseph Kamau'],[],'Kenya',['her father'],note='invented; the student\'s father'),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],[],'Kazakhstan',['the company'],['Chevron-led Tengizchevroil']),
 sp('Ayodele Oni','person',['Ayodele Oni','Oni'],['an energy lawyer in Lagos'],'Nigeria',note='invented'),
 sp('Kelechi Nwosu','person',['Kelechi Nwosu'],['a Lagos-based energy analyst'],'Nigeria',['He'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',[],note='words paraphrased/invented'),
 sp('Terrence Persaud','person',['Terrence Persaud'],['economist'],'Guyana',['He'],note='invented'),
 sp('Amrita Ramdial','person',['Amrita Ramdial','Ramdial'],['engineering student'],'Trinidad and Tobago',['she','A 21-year-old Trinidadian engineering student'],note='invented; shares the surname with her mother'),
 sp('Savitri Ramdial','person',['Savitri Ramdial'],[],'Trinidad and Tobago',['Her mother','she'],note='invented'),
 sp('Trinidad and Tobago Ministry of Foreign and CARICOM Affairs','organisation',['Ministry of Foreign and CARICOM Affairs'],[],'Trinidad and Tobago',['the ministry']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['he'],note='canonical spelling from earlier sets; printed "Sergei"'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',['She']),
 sp('Venezuelan Government','organisation',['Venezuelan government','Venezuela'],[],'Venezuela',['Caracas']),
 sp('Venezuelan Foreign Ministry','organisation',['Venezuelan Foreign Ministry'],[],'Venezuela'),
 sp('Nicolás Maduro','person',['Nicolás Maduro','Maduro'],['President'],'Venezuela',['The Venezuelan leader','he'],note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['US Secretary of State'],'United States',note='words invented (paraphrase)'),
 sp('Alejandra Mujica','person',['Alejandra Mujica','Mujica'],['Venezuelan political scientist'],'Venezuela',note='invented'),
 sp('Bruno Rodríguez','person',['Bruno Rodríguez'],["Cuba's Foreign Minister"],'Cuba',note='words invented'),
 sp('Neema Mwakalinga','person',['Neema Mwakalinga','Mwakalinga'],['a senior lecturer in economics at the University of Dar es Salaam'],'Tanzania',['She','she'],['Dr Neema Mwakalinga','Dr Mwakalinga'],note='invented'),
 sp('Abdallah Kasim','person',['Abdallah Kasim','Kasim'],['a political scientist at the same university'],'Tanzania',['He'],['Prof Abdallah Kasim','Prof Kasim'],note='invented'),
 sp('Peruvian Ministry of Foreign Affairs','organisation',["Peru's Ministry of Foreign Affairs",'Cancilleria'],[],'Peru',['the Cancilleria','The ministry']),
 sp('Mariano Ugarte','person',['Mariano Ugarte'],['Vice Minister of Foreign Affairs'],'Peru',note='invented'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary General'],None,note='words invented'),
 sp('Jorge Quispe','person',['Jorge Quispe','Quispe'],['mining analyst'],'Peru',note='invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of injured figures (1174, 1176); not quoted'),
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
