#!/usr/bin/env python3
"""Source of the devset17 annotation: the hand-chosen spans, values and dates for 229-236.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset17/annotation_source.py && python3 tests/devset17/verify.py
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
    if zone=='related': art=None
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; PGO="Kazakh Prosecutor General's Office"

# ---------------- 229 Nikkei Asia-style piece cut by a paywall (January 9, 2022 05:00 JST, a Sunday in Tokyo)
art('229',0,1,6,'Nikkei Asia','2022-01-09',['KENJI TAKAHASHI'],'TOKYO',
    ['January 9, 2022 05:00 JST','KENJI TAKAHASHI, Nikkei staff writer','Continue reading','Subscribe to read the rest','Already a subscriber? Log in','Latest On Central Asia'],le=16)
q('229','Our staff in Almaty are safe, but we have asked them to stay at home until the airport is fully open,',None,'a spokesperson for one of the large trading houses','told',
  note='anonymous company spokesperson: speaker null')
q('229','closely monitoring the situation with deep concern','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told',partial=True)
q('229','as long as needed','Emomali Rahmon','Tajik president','says',partial=True,zone='related',note='"Latest On Central Asia" teaser headline after the paywall')
c('229','troops_deployed',2000,'about','Russian-led CSTO troops sent to Kazakhstan',None,'brought about 2,000 Russian-led troops')
c('229','detained',4404,None,'people detained across Kazakhstan',MIA,'4,404 people had been detained')
c('229','killed',26,None,'"armed criminals" killed in clashes',MIA,'26 "armed criminals" had been killed')
c('229','troops_deployed',150,None,'Kyrgyz troops sent to Kazakhstan',None,'Kyrgyzstan sends 150 troops',zone='related',note='teaser headline')
e('229','2022-01-08','statement',None,[MIA],'The interior ministry said on Saturday that 4,404',note='Saturday before the Sunday 9 Jan (JST) publication')
e('229','2022-01-07','statement','Tokyo',['Hirokazu Matsuno'],'told reporters in Tokyo on Friday')
e('229',None,'troop_deployment','Kazakhstan',[CSTO],'into the Central Asian country',note='undated ("a week of riots ... brought"); real dates 6-7 Jan')
e('229','2022-01-06','other',None,[],'Uranium prices jumped roughly 8% on Thursday',note='market move; Thursday before Sunday 9 Jan')

# ---------------- 230 European Parliament written question (11.1.2022) with the answer (17.3.2022)
art('230',0,1,11,'European Parliament','2022-01-11',['Petras Valiukas','Hanna Kivelä','Sophie Roux-Delmas'],None,
    ['European Parliament','Rule 138','Submitted: 11.1.2022','on behalf of the European Commission','(17.3.2022)','Last updated: 17 March 2022','Legal notice - Privacy policy'])
q('230','open fire to kill without warning',TOK,'President Kassym-Jomart Tokayev','announced',partial=True)
q('230','the fundamental rights of citizens, including the right to peaceful protest, must be respected','Josep Borrell','the High Representative/Vice-President (HR/VP)','stressed',partial=True,
  note='« » guillemets; the answer refers to the HR/VP (Borrell) in the third person; clause after "stressed that"')
q('230','respect the sovereignty and independence of Kazakhstan','Josep Borrell','He','underlined',partial=True)
c('230','killed',164,None,'deaths reported in the unrest','Kazakh authorities','164 deaths')
c('230','detained',8000,'almost','people detained','Kazakh authorities','the detention of nearly 8 000 people',note='space as thousands separator')
c('230','troops_deployed',2000,'more than','CSTO troops deployed in Kazakhstan',None,'more than 2\u00a0000 troops',note='NBSP as thousands separator')
c('230','killed',225,None,'deaths (official figure of 15 January)',PGO,'the official figure of 225 deaths')
c('230','killed',19,None,'law-enforcement members among the dead',PGO,'including 19 members of the law enforcement agencies')
e('230','2022-01-07','statement',None,[TOK],'announced that he had authorised law enforcement')
e('230','2022-01-02','protest','Zhanaozen',[],'began in Zhanaozen on 2 January 2022')
e('230',None,'troop_deployment','Almaty',[CSTO,TOK],"were deployed at the President's request",note='undated')
e('230','2022-01-07','statement',None,['Josep Borrell'],'In his statement of 7 January 2022')
e('230','2022-01-11','talks',None,['Josep Borrell','Mukhtar Tileuberdi'],'discussed the situation by telephone with Kazakh Foreign Minister Mukhtar Tileuberdi',note='phone call')
e('230','2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last units left Kazakhstan on 19 January 2022',note='reported in the answer of 17.3.2022, after the question date')
e('230','2022-01-15','casualty_report',None,[PGO],"announced by the Prosecutor General's Office of Kazakhstan on 15 January 2022")

# ---------------- 231 VOA Learning English story (January 13, 2022, a Thursday)
art('231',0,1,5,'VOA Learning English','2022-01-13',['Nadia Reyes','Ashley Thompson'],None,
    ['January 13, 2022',"I'm Ashley Thompson.",'Nadia Reyes reported this story for VOA News. Ashley Thompson adapted it for Learning English.',
     '________________________________________','Words in This Story','We want to hear from you. Write to us in the Comments section.'])
q('231','The main mission has been successfully completed,',TOK,'he','said',note='"he" = Tokayev, named as the subject of the sentence before')
q('231','The shops are open again, and the internet works,','Dosym Abenov','he','said')
q('231','But people are still afraid to talk about what happened.','Dosym Abenov','he','said',note='second half of a quote split by the interposed "he said"')
c('231','troops_deployed',2000,'more than','CSTO soldiers sent to Kazakhstan',None,'More than 2,000 soldiers came to Kazakhstan')
c('231','killed',16,None,'members of the security forces killed','officials','16 members of the security forces were killed')
c('231','detained',10000,'almost','people arrested',None,'Nearly 10,000 people were arrested')
e('231','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday')
e('231',None,'troop_deployment','Kazakhstan',[CSTO],'They came to the Central Asian country last week',note='"last week" has no day; real dates 6-7 Jan')
e('231','2022-01-02','protest','Zhanaozen',[],'The protests started on January 2')
e('231',None,'protest','Almaty',[],'people set fire to government buildings',note='undated; 5 Jan in reality')
e('231',None,'other',None,[TOK,CSTO],'asked the CSTO for help',note='request for CSTO help; undated')
e('231','2022-01-11','statement',None,[TOK],'On Tuesday, Tokayev spoke to lawmakers')
e('231',None,'statement',None,[RDM],"Russia's Defense Ministry said the soldiers would fly home",note='undated statement')

# ---------------- 232 ANSA English item (07 January 2022, a Friday)
art('232',0,1,6,'ANSA','2022-01-07',[],'ROME',['07 January 2022 16:42','NEWS','ALL RIGHTS RESERVED © Copyright ANSA'])
q('232','We are following with great attention and concern the evolution of the situation in Kazakhstan,','Luigi Di Maio','Di Maio','said',note='cue "said in a note"')
q('232','I call on all parties to show restraint and to find a peaceful solution through dialogue, in full respect of fundamental rights.','Luigi Di Maio','Di Maio',None,
  note='stand-alone quoted paragraph (ANSA indented paragraph) with no cue; speaker from the paragraph before')
q('232','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said he had ordered troops to ..."')
q('232','What negotiations can there be with criminals and murderers?',TOK,'the president','said',note='title only ("the president"), cue "said in a televised address"')
q('232','as long as the Kazakh leadership deems necessary','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('232','cannot simply stand by and watch','Giulia Ferranti','Democratic Party (PD) MEP Giulia Ferranti','said',partial=True)
c('232','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('232','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('232','killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died')
c('232','troops_deployed',2500,'about','CSTO troops','Moscow','some 2,500 strong according to Moscow',note='"some" read as about; source as written')
e('232','2022-01-07','statement','Rome',['Luigi Di Maio'],'Foreign Minister Luigi Di Maio on Friday called for an end to the violence')
e('232','2022-01-07','statement',None,[MIA],'The Kazakh interior ministry said on Friday')
e('232',None,'statement',None,[TOK],'in a televised address',note='undated here; 7 Jan in reality')
e('232',None,'troop_deployment','Kazakhstan',[CSTO],'continued to arrive in the country')
e('232',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said')
e('232',None,'other','Rome',['Luigi Di Maio'],'Di Maio is due to brief the foreign affairs committee',note='future: "next week" (week of 10 Jan), no day given')

# ---------------- 233 local court report (12.01.2022, a Wednesday)
art('233',0,4,8,'Almaty Courier','2022-01-12',['Dinara Mukanova'],None,
    ['ALMATY COURIER','Courts | 12.01.2022, 18:05','By Dinara Mukanova','© Almaty Courier, 2022. Reprinting is allowed only with a hyperlink.'])
q('233','The defendant did not just take part, he coordinated the crowd,','Marat Yesenov','Yesenov','said')
q('233','There is a risk that he will flee or put pressure on witnesses.','Marat Yesenov','Yesenov','said',note='continuation in the same paragraph, after "Yesenov said."')
q('233','The court sees no grounds for a milder measure of restraint,','Aslan Kuanyshev','Kuanyshev','said',note='judge referred to by surname after first mention')
q('233','I did not call anyone to violence. I am not a terrorist,','Zhandos Temirkhanov','he','said')
q('233','They are looking for organisers, and they picked the people whose names were easy to find,','Gulnar Dzhaksybayeva','the lawyer','said',note='title only; named at the start of the paragraph')
c('233','detained',2817,None,'people detained in Almaty by Tuesday','Almaty police department','2,817 people had been detained in the city alone')
e('233','2022-01-12','other','Almaty',['Aslan Kuanyshev','Zhandos Temirkhanov','Marat Yesenov','Gulnar Dzhaksybayeva'],'A district court in Almaty on Wednesday ordered',
  note='court ruling: two months of pre-trial detention')
e('233','2022-01-05','protest','Almaty',['Zhandos Temirkhanov'],'to call people to Republic Square on January 5')
e('233',None,'protest','Almaty',[],'the city administration building was set on fire',note='undated here; 5 Jan in reality')
e('233','2022-01-11','arrest','Almaty',['Almaty police department'],'had been detained in the city alone by Tuesday',note='date of the count')
e('233','2022-01-11','statement',None,[PGO],"The Prosecutor General's Office said the day before",note='"the day before" the Wednesday hearing')

# ---------------- 234 Bellingcat-style investigation (January 12, 2022)
art('234',0,4,11,'Bellingcat','2022-01-12',['Tomas Lindqvist'],None,
    ['Bellingcat','Investigations | Europe','January 12, 2022','By Tomas Lindqvist','Translations: Русский',
     'Image: Still from Video 1 at 0:14, showing riot police retreating along Zheltoksan Street. (Source: Telegram/@almaty_now_live)',
     'Image: Comparison of Video 2 (left) with satellite imagery (right), with matching features outlined. (Source: Telegram/@kz_citizen_journal; Google Earth)',
     'Tomas Lindqvist is a Bellingcat contributor who focuses on Central Asia.'])
q('234','We heard the shots from the direction of the akimat, and everybody ran towards the park.','Arman','Arman','told',note='first name only; "told Bellingcat by phone:"')
q('234','20,000 bandits and terrorists',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='partial containing a figure (also a claim)')
c('234','killed',8,None,'police officers and national guardsmen killed',MIA,'eight police officers and national guardsmen had been killed',note='written-out figure')
c('234','injured',317,None,'police officers and national guardsmen injured',MIA,'and 317 injured')
c('234','other',20000,None,'"bandits and terrorists" who attacked Almaty',TOK,'20,000 bandits and terrorists')
e('234','2022-01-05','protest','Almaty',[],'thousands of people gathered in front of the Almaty city administration building')
e('234','2022-01-05','other','Almaty',[],'two bursts of automatic fire can be heard',note='shooting on Republic Square; date from the article context (afternoon of 5 Jan)')
e('234','2022-01-05','protest','Almaty',[],'Video 3 shows the akimat burning',note='akimat fire, evening of 5 Jan (context)')
e('234','2022-01-06','casualty_report',None,[MIA],'On January 6 the interior ministry said')
e('234','2022-01-07','statement',None,[TOK],'The next day, President Kassym-Jomart Tokayev said',note='"The next day" after January 6')

# ---------------- 235 24.kg-style report (12/01/22, a Wednesday)
KG='Kyrgyz State Committee for Defense Affairs'
art('235',0,6,8,'24.kg','2022-01-12',['Anara Musaeva'],'BISHKEK',
    ['24.kg','Politics','12/01/22 14:37, Bishkek','Anara Musaeva','Photo: press service of the State Committee for Defense Affairs','Link to 24.kg news agency required when using materials.'])
q('235','The task set by the Supreme Commander-in-Chief has been fully completed. All our servicemen are alive and healthy,','Nurbek Toktosunov','Colonel Nurbek Toktosunov','said',
  note='inverted attribution with a long title between the quote and "said"')
q('235','Our soldiers must not be used against the Kazakh people, they are our brothers,','Dastan Kulubaev','deputy Dastan Kulubaev','said',note='inverted cue ", said deputy ..."')
q('235','not take part in dispersing protests','Bakyt Osmonov','Deputy Defense Committee chairman Bakyt Osmonov','replied',partial=True)
q('235','I am sure our peacekeepers will fulfil their task with honour and return home safe and sound.','Sadyr Japarov','President Sadyr Japarov','wrote',note='Facebook post, introduced by "wrote on Facebook:"')
q('235','If tomorrow there is trouble in our home, we will also ask our allies for help,','Sadyr Japarov','Japarov','said')
c('235','troops_deployed',150,None,'Kyrgyz servicemen in the CSTO contingent',KG,'the contingent of 150 servicemen')
c('235','other',34,None,'units of Kyrgyz military equipment',KG,'34 units of military equipment')
c('235','troops_deployed',2000,'more than','CSTO servicemen in the operation',None,'more than 2,000 servicemen from Russia')
e('235','2022-01-13','withdrawal','Kazakhstan',['Kyrgyzstan',CSTO],'will start returning home from Kazakhstan on Thursday',note='future: Thursday after Wednesday 12 Jan')
e('235','2022-01-07','troop_deployment','Kazakhstan',['Kyrgyzstan',CSTO],'The contingent flew to Kazakhstan on January 7')
e('235','2022-01-06','other','Bishkek',['Jogorku Kenesh','Dastan Kulubaev','Bakyt Osmonov'],'the Jogorku Kenesh approved the deployment at an extraordinary session',note='"a day after" January 7; parliament vote')
e('235','2022-01-06','other',None,['Sadyr Japarov'],'who signed the law on sending the contingent on the same day',note='same day as the vote')
e('235',None,'statement',None,['Sadyr Japarov'],'wrote on Facebook',note='undated Facebook post')
e('235','2022-01-11','statement',None,['Sadyr Japarov'],'In an interview with the state news agency Kabar on Tuesday')
e('235',None,'arrest','Almaty',['Vikram Ruzakhunov'],'was detained in Almaty and shown on Kazakh television',note='undated ("Earlier")')
e('235','2022-01-10','other','Bishkek',['Vikram Ruzakhunov'],'he returned to Bishkek on January 10')

# ---------------- 236 CNN-style "What we know" explainer (Updated January 7, 2022, a Friday)
art('236',0,1,6,'CNN','2022-01-07',['Mei Lin Cho','Darya Tarasova'],None,
    ['By Mei Lin Cho and Darya Tarasova, CNN','Updated 1143 GMT (1943 HKT) January 7, 2022',
     "CNN's Petra Novak in London and Sam Ortega in Washington contributed to this report."],sections=(8,12,17,22,28))
q('236','open fire without warning',TOK,"Kazakhstan's President",'ordered',partial=True,note='cue is "has ordered ... to"; title only, the name comes later')
q('236','The militants have not laid down their arms, they continue to commit crimes or are preparing for them,',TOK,'the president','said')
q('236','The mission is limited in time, and nobody intends to stay there forever','Dmitry Peskov','Peskov','said',note='em-dash cue: "... forever" — Peskov said; surname only, named in the bullet before')
q('236','strategic facilities','Dmitry Peskov','Peskov','adding',partial=True)
q('236','Recent history teaches us that when Russian troops come into your house, getting them out again can be very hard,','Antony Blinken','Blinken','told')
c('236','killed',26,None,'"armed criminals" "liquidated"',MIA,'26 "armed criminals" had been "liquidated"')
c('236','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces killed')
c('236','injured',748,None,'officers injured','state media','A further 748 officers were injured')
c('236','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c('236','troops_deployed',2500,'about','CSTO troops in Kazakhstan',CSTO,'About 2,500 CSTO troops')
e('236','2022-01-02','protest','Zhanaozen',[],'Demonstrations began on Sunday in the oil town of Zhanaozen',note='Sunday before Friday 7 Jan')
e('236','2022-01-05','protest','Almaty',[],'set it on fire on Wednesday')
e('236','2022-01-07','casualty_report',None,[MIA],'The interior ministry said Friday')
e('236','2022-01-05','other',None,[],'Internet access has been largely cut since Wednesday',note='internet shutdown')
e('236','2022-01-07','statement',None,[TOK],'In a televised speech on Friday')
e('236','2022-01-05','government_resignation',None,[],'The government resigned on Wednesday')
e('236','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over from former President Nursultan Nazarbayev as head of the Security Council',note='"on Wednesday" from the same sentence')
e('236','2022-01-05','other',None,[TOK,CSTO],'for help late on Wednesday',note='request for CSTO help')
e('236','2022-01-07','troop_deployment','Kazakhstan',[CSTO],'are now in Kazakhstan, the alliance said on Friday',note='date of the report')
e('236','2022-01-06','statement',None,['Dmitry Peskov'],'said on Thursday that Moscow would not tolerate')
e('236','2022-01-07','statement',None,['Antony Blinken'],'Blinken told reporters on Friday')
e('236','2022-01-10','talks','Geneva',['United States','Russia'],'due to meet in Geneva on Monday',note='future: Monday after Friday 7 Jan')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in (list(variants)+list(special) or list(desc))))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president","Kazakhstan's President",'the president'],'Kazakhstan',
    ["Kazakhstan's President",'the president','he'],["Tokayev's"]),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan'),
 sp('Emomali Rahmon','person',[],['Tajik president'],'Tajikistan',['Tajik president'],note='only as "Tajik president" in a teaser headline (229)'),
 sp('Josep Borrell','person',['Borrell'],['High Representative/Vice-President','HR/VP'],'EU',['the High Representative/Vice-President (HR/VP)','He']),
 sp('Dosym Abenov','person',['Dosym Abenov'],['teacher'],'Kazakhstan',['he'],note='invented'),
 sp('Luigi Di Maio','person',['Luigi Di Maio','Di Maio'],['Foreign Minister'],'Italy'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Giulia Ferranti','person',['Giulia Ferranti'],['MEP'],'Italy',note='invented'),
 sp('Marat Yesenov','person',['Marat Yesenov','Yesenov'],['Prosecutor'],'Kazakhstan',note='invented'),
 sp('Aslan Kuanyshev','person',['Aslan Kuanyshev','Kuanyshev'],['Judge'],'Kazakhstan',['The judge'],note='invented'),
 sp('Zhandos Temirkhanov','person',['Zhandos Temirkhanov','Temirkhanov'],['civic activist'],'Kazakhstan',['he'],note='invented'),
 sp('Gulnar Dzhaksybayeva','person',['Gulnar Dzhaksybayeva','Dzhaksybayeva'],["The activist's lawyer"],'Kazakhstan',['the lawyer'],note='invented; her single-quoted words (l.14) are not in quotes.jsonl'),
 sp('Arman','person',['Arman'],['courier'],'Kazakhstan',['a 27-year-old courier who gave his name only as Arman'],note='invented; first name only'),
 sp('Nurbek Toktosunov','person',['Nurbek Toktosunov'],["the head of the committee's press service",'Colonel'],'Kyrgyzstan',note='invented'),
 sp('Dastan Kulubaev','person',['Dastan Kulubaev','Kulubaev'],['deputy'],'Kyrgyzstan',note='invented member of the Jogorku Kenesh'),
 sp('Bakyt Osmonov','person',['Bakyt Osmonov'],['Deputy Defense Committee chairman'],'Kyrgyzstan',note='invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov','Japarov'],['President','the head of state'],'Kyrgyzstan'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',['the ministry'],quoted=False,note='figures source in 229, 232, 234, 236'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',[],quoted=False,note='230, 233'),
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
