#!/usr/bin/env python3
"""Source of the devset11 annotation: the hand-chosen spans, values and dates for 181-188.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset11/annotation_source.py && python3 tests/devset11/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),hl=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    for a in authors: assert a in T[f],(f,a)
    if hl is not None: assert hl in T[f],(f,hl)
    if dateline is not None: assert dateline in T[f],(f,dateline)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=hl if hl is not None else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    for _ in range(n):
        off=t.index(quote,off+1)
    if saw is not None: assert saw in t,(f,saw)
    if cue is not None: assert cue in t,(f,cue)
    if zone=='related': art=None
    Q.append(dict(doc=f,article_index=art,quote=quote,speaker=speaker,speaker_as_written=saw,cue=cue,malformed=malformed,partial=partial,zone=zone,line=line_of(t,off),offset=off,note=note))
def c(p,what,value,qual,subject,src,ev,art=0,zone='body',vmax=None,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    if zone=='related': art=None
    C.append(dict(doc=f,article_index=art,what=what,value=value,qualifier=qual,subject=subject,source_attributed=src,evidence=ev,value_max=vmax,zone=zone,line=line_of(t,t.index(ev)),note=note))
def e(p,date,typ,loc,parts,ev,art=0,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    E.append(dict(doc=f,article_index=art,date=date,type=typ,location=loc,participants=parts,evidence=ev,line=line_of(t,t.index(ev)),note=note))
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; KPPO='Kazakh Presidential Press Office'; NSC='Kazakh National Security Committee'
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; KPPO='Kazakh Presidential Press Office'; KPGO="Kazakh Prosecutor General's Office"
ZHU='Serik Zhumabekov'; NUR='Gizat Nurdauletov'; KON='Igor Konashenkov'; SER='Andrei Serdyukov'
OSP='Aidana Ospanova'; PUT='Vladimir Putin'; GFM='Georgian Foreign Ministry'; GAR='Irakli Garibashvili'
ZAL='David Zalkaliani'; PES='Dmitry Peskov'; MOH='Kazakh Ministry of Health'; NSC='Kazakh National Security Committee'
HEALTH='Almaty city health department'

# ---------------- 181 Prosecutor General's Office briefing (10.01.2022, a Monday)
art('181',0,4,8,"Prosecutor General's Office of the Republic of Kazakhstan",'2022-01-10',[],'NUR-SULTAN',
    ["PROSECUTOR GENERAL'S OFFICE OF THE REPUBLIC OF KAZAKHSTAN",'Press Centre › News › Briefings','10.01.2022 | 16:45 | Views: 3 214',
     "Press service of the Prosecutor General's Office of the Republic of Kazakhstan",
     "© 2022 Prosecutor General's Office of the Republic of Kazakhstan. When using materials, a link to the source is required."])
q('181','Every detained person has the right to a lawyer from the first hour of detention. Prosecutors are checking every report of unlawful methods of investigation, and nobody will be held without a court decision for more than 72 hours',
  ZHU,'Zhumabekov','said',note='«guillemets»; the closing » comes before the comma of ", Zhumabekov said"; "72 hours" inside the quote is a duration, not a claim')
q('181','Each such complaint is being examined separately, and the results will be made public,',ZHU,'the spokesperson','noted',note='"the spokesperson" = Zhumabekov (title only); straight marks')
q('181','objective and transparent',NUR,'Nurdauletov','stressed',partial=True)
c('181','other',500,'more than','criminal cases opened over the January riots (headline)',KPGO,'More than 500 criminal cases opened',zone='headline',note='the headline of the press release; the issuing office is the source')
c('181','other',500,'more than','criminal cases opened over the mass riots',KPGO,'more than 500 criminal cases have been opened',note='"The press service of the Prosecutor General\'s Office reports"')
c('181','other',44,None,'criminal cases on acts of terrorism (Article 255)',KPGO,'44 of the cases concern acts of terrorism',note='"Article 255" is not a claim')
c('181','other',12,None,'criminal cases on organising of and participating in mass riots (Article 272)',KPGO,'12 concern the organisation of and participation in mass riots')
c('181','other',67,None,'criminal cases on the murder of law enforcement officers',KPGO,'67 concern the murder of law enforcement officers')
c('181','other',1678,None,'suspects identified by investigators',ZHU,'identified 1,678 suspects')
c('181','detained',1012,None,'suspects placed in pre-trial detention by court order',ZHU,'1,012 had been placed in pre-trial detention')
c('181','other',25,None,'criminal cases transferred to the National Security Committee',ZHU,'25 criminal cases had been transferred')
e('181','2022-01-10','statement','Nur-Sultan',[KPGO,ZHU],'At a briefing on Monday',note='Monday = publication day')
e('181','2022-01-04','protest','Kazakhstan',[],'mass riots that took place in the country on 4–7 January',note='range "4–7 January": first day')
e('181','2022-01-09','other',None,[NUR],'The day before, Prosecutor General Gizat Nurdauletov instructed regional prosecutors',note='"The day before" the Monday briefing; an internal instruction')

# ---------------- 182 Russian Ministry of Defence statement (08.01.2022, a Saturday)
art('182',0,4,8,'Ministry of Defence of the Russian Federation','2022-01-08',[],None,
    ['MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION','News | Statements of the Ministry','08.01.2022 (14:10)',
     'Department of Information and Mass Communications of the Ministry of Defence of the Russian Federation'])
q('182','The flights were carried out around the clock, in difficult weather conditions, without a single incident. The personnel of the contingent have started carrying out their tasks.',
  KON,'Major General Igor Konashenkov','said',note='"said at a briefing:" before the quote')
q('182','are now able to concentrate on restoring order in the city',KON,'he','said',partial=True,
  note='"he" = Konashenkov (named at the start of the paragraph, "According to Konashenkov"); the closing mark precedes ", he said"')
q('182','The contingent will stay in the Republic of Kazakhstan for as long as the leadership of the republic considers it necessary, and not a day longer,',SER,'Serdyukov','said',
  note='curly marks; surname only, the full name is in the paragraph before')
c('182','aircraft',70,'more than','Il-76 aircraft involved in the transfer',RDM,'more than 70 Il-76 aircraft')
c('182','aircraft',5,None,'An-124 aircraft involved in the transfer',RDM,'five An-124 aircraft',note='written-out figure')
c('182','other',100,'more than','flights to the Almaty airfield',RDM,'more than 100 flights',note='flights, not aircraft (devset6 counted sorties as other)')
c('182','troops_deployed',1500,'more than','Russian servicemen in Kazakhstan',RDM,'numbers more than 1,500 servicemen')
c('182','aircraft',2,None,'Il-76 aircraft with a mobile hospital on standby',RDM,'two Il-76 aircraft',note='on standby at Chkalovsky, not yet deployed; borderline')
e('182','2022-01-06','troop_deployment','Kazakhstan',[RDM,CSTO],'Since the beginning of the operation on 6 January')
e('182','2022-01-08','troop_deployment','Almaty',[RDM],'have completed the transfer of the main forces',note='completion reported on the publication day')
e('182',None,'statement',None,[KON],'said at a briefing',note='no day given; probably 2022-01-08')
e('182','2022-01-07','other',None,[SER],'held a working meeting with the leadership of the Ministry of Defence',note='"The day before" the statement of 8 Jan')

# ---------------- 183 video interview transcript (12 January 2022, a Wednesday)
art('183',0,3,7,'Eastbound TV','2022-01-12',['Rachel Ainsworth','Marek Holub'],None,
    ['EASTBOUND TV · Interviews','Published 12 January 2022 · 24:18 · Transcript',
     'Produced by Rachel Ainsworth and Marek Holub. Subscribe to Eastbound TV for more interviews from Central Asia.'])
q('183','A palace crisis with a street soundtrack',OSP,'Aidana Ospanova',None,zone='headline',note='headline quote; the intro repeats it in lower case as a partial')
q('183','a palace crisis with a street soundtrack',OSP,'Ospanova','calls',partial=True)
q('183','the main mission has been successfully accomplished',TOK,'Tokayev','told',partial=True,note="inside the guest's unmarked answer; attributed explicitly to Tokayev")
q('183','open fire to kill without warning',TOK,'he','said',partial=True,note='"Last week he said he had ordered ..."; he = Tokayev')
q('183','We will not allow anyone to rock the situation in our common home.',PUT,'He','said',note='"Putin was very clear on Monday. He said, "…""')
q('183','not the first and by far not the last attempt',PUT,'He','said',n=1,partial=True,note='"He also said the events were "…""')
c('183','troops_deployed',2000,'about','troops under the CSTO flag (host\'s question)','Kazakh authorities','about 2,000 troops came in under the CSTO flag',note='"The government says"; in a question, like devset3 119')
c('183','killed',164,None,'dead (toll published and withdrawn)',None,'A toll of 164 dead')
c('183','detained',10000,'almost','people detained',MIA,'nearly 10,000 people have been detained')
e('183','2022-01-10','talks',None,[CSTO],'Two days after leaders of the Collective Security Treaty Organization met online',note='online CSTO summit; two days before 12 Jan')
e('183','2022-01-11','statement',None,[TOK],'Tokayev told parliament yesterday')
e('183','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would start within two days',note='future: two days after the speech of 11 Jan')
e('183',None,'statement',None,[TOK],'Last week he said he had ordered the security forces',note='"Last week" is left undated; the order was given on 2022-01-07')
e('183','2022-01-10','statement',None,[PUT],'Putin was very clear on Monday')
e('183',None,'protest','Zhanaozen',[],'Protesters in Zhanaozen started with a demand about gas prices',note='no date given; the protests began 2022-01-02')
e('183','2022-01-04','protest','Almaty',[],'the peaceful crowds of January 4')

# ---------------- 184 academic commentary (14 January 2022)
art('184',0,3,10,'Central Asian Affairs Commentary','2022-01-14',['Helena Markwardt'],None,
    ['Central Asian Affairs Commentary, No. 2 (2022)','Department of Politics, University of Northfield','14 January 2022',
     'About the author: Helena Markwardt is a lecturer in comparative politics. This commentary reflects her personal views.'],sections=(12,16,20,24))
q('184','terrorist gangs trained abroad',TOK,'him','justified',partial=True,note='passive "was justified by him as a response to"; followed by the citation "(Akorda, 2022)"')
q('184',"the regime's habit of treating social grievances as security problems converts every local strike into a question of national survival",'Sadykov','Sadykov','argues',
  note='a scholar quoted from a cited publication ("Sadykov (2020, p. 112) argues ..."); the citation sits between the name and the cue; a full clause, so not partial')
q('184','successfully accomplished',TOK,"Tokayev's",'statement',partial=True,note='"Tokayev\'s statement that the mission had been "…""')
c('184','troops_deployed',2030,'about','CSTO troops moved into Kazakhstan',None,'some 2,030 troops')
c('184','detained',9900,None,'people detained by 11 January',MIA,'9,900 people had been detained by 11 January')
c('184','killed',164,None,'official toll, later withdrawn',None,'an official toll of 164 dead')
e('184','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'between 6 and 8 January 2022',note='range: first day')
e('184','2022-01-05','other',None,[TOK,CSTO],'made by President Kassym-Jomart Tokayev on the night of 5 January',note='request for CSTO help')
e('184','2022-01-02','protest','Zhanaozen',[],'The protests began in Zhanaozen on 2 January')
e('184','2022-01-09','casualty_report',None,[],'published on 9 January',note='the 164 toll, later withdrawn')
e('184','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin on 13 January')

# ---------------- 185 local live blog, oldest first (5 January 2022, a Wednesday)
art('185',0,3,8,'Almaty Evening','2022-01-05',['Zhanna Kuanysheva','Arman Tolegenov'],None,
    ['ALMATY EVENING | City | Live','By Zhanna Kuanysheva and Arman Tolegenov | 5 January 2022 | Last update 23:40',
     'Entries are in chronological order, oldest first. Times are Almaty time (UTC+6).','© Almaty Evening, 2022. Subscribe for 990 tenge a month.'])
q('185','I came because the gas price doubled. I did not come to burn anything.','Nurlan','Nurlan','told',note='curly marks; first name and age; the single-quoted \'We are not terrorists!\' after it is excluded')
q('185','as harshly as possible',TOK,'Tokayev','said',partial=True)
q('185','Many of them were beaten by the crowd and left without help,',MIA,'a ministry spokesman','said in a statement',note='unnamed spokesman of the Interior Ministry: the ministry is the speaker (like the gold press-office quotes)')
q('185','Today I appealed to the heads of state of the CSTO to assist Kazakhstan in overcoming this terrorist threat,',TOK,'he','said')
c('185','killed',8,None,'police and National Guard officers killed (pinned summary)',MIA,'eight police and National Guard officers have died',note='written-out; repeated in the 18:05 entry')
c('185','injured',190,None,'people who sought medical help since the night before',HEALTH,'190 people have sought medical help')
c('185','injured',120,None,'people taken to hospital (erroneous, corrected at 15:05)',HEALTH,'120 people have been taken to hospital',note='corrected by the blog to 102; kept like the withdrawn 164 in devset3')
c('185','injured',102,None,'people taken to hospital (corrected figure)',HEALTH,"The health department's figure is 102")
c('185','killed',8,None,'law enforcement officers killed',MIA,'eight law enforcement officers have been killed')
c('185','injured',317,None,'law enforcement officers injured',MIA,'317 injured')
e('185','2022-01-02','protest','Zhanaozen',[],'Protests that began in Zhanaozen on Sunday',note='"Sunday" before Wednesday 5 Jan')
e('185','2022-01-05','state_of_emergency','Almaty',[],'a state of emergency is in force in the city until 19 January')
e('185','2022-01-05','government_resignation',None,[TOK],'has accepted the resignation of the government')
e('185','2022-01-05','appointment',None,['Alikhan Smailov'],'Alikhan Smailov will act as prime minister')
e('185','2022-01-05','protest','Almaty',[],'Crowds have entered the akimat on Republic Square')
e('185','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'has taken over as chairman of the Security Council from Nursultan Nazarbayev')
e('185','2022-01-05','casualty_report',None,[MIA],'The Interior Ministry says eight law enforcement officers')
e('185','2022-01-05','other','Almaty',[],'Almaty airport has been seized by a group of armed men',note='unconfirmed report')
e('185','2022-01-05','other',None,[TOK,CSTO],'he had appealed to the leaders of the Collective Security Treaty Organization for help',note='request for CSTO help; entry 23:40')

# ---------------- 186 APA-style reaction piece (07 January 2022, a Friday)
art('186',0,3,7,'APA','2022-01-07',['Levan Beridze'],'TBILISI',
    ['APA.AZ › World › Georgia','07 January 2022 12:34 (UTC+04:00)','Levan Beridze'])
q('186','Georgia is closely following the developments in the friendly Republic of Kazakhstan and expresses deep sorrow over the loss of life. We express our condolences to the families of the victims and wish a speedy recovery to the injured.',
  GFM,'the statement',None,malformed=True,note='conventional multi-paragraph quote: the paragraph is left open and the next re-opens with a straight mark; attribution ("the statement reads") only in the next paragraph')
q('186','We hope that stability will be restored as soon as possible and that the situation will be resolved peacefully, in accordance with the Constitution of Kazakhstan and the norms of international law,',
  GFM,'the statement','reads')
q('186','The most important thing for us is the safety of our citizens. The government will organise a charter flight if it becomes necessary,',GAR,'Garibashvili','said',note='curly marks')
q('186','the sovereignty, independence and territorial integrity',ZAL,'Zalkaliani','expressed',partial=True,note='reported by the ministry ("the ministry said"); the speaker is Zalkaliani')
q('186','In 2008 we saw what Russian peacekeepers mean. Today they are in Almaty, tomorrow they may be somewhere else,','Nino Kvaratskhelia','she','told',note='"she told APA"; "2008" inside the quote is a year')
q('186','the measures taken by the leadership of Kazakhstan to restore order','Leyla Abdullayeva','Spokesperson Leyla Abdullayeva','said',partial=True,note='«guillemets»')
c('186','troops_deployed',2500,'about','total strength of the CSTO peacekeeping contingent',CSTO,'about 2,500 servicemen')
e('186','2022-01-07','statement',None,[GFM],'has issued a statement on the situation in Kazakhstan',note='dated on the publication day')
e('186','2022-01-07','statement','Tbilisi',[GAR],'told journalists today')
e('186','2022-01-06','talks',None,[ZAL,'Mukhtar Tileuberdi'],'held a telephone conversation with his Kazakh counterpart Mukhtar Tileuberdi on Thursday')
e('186','2022-01-06','statement','Baku',['Azerbaijani Foreign Ministry','Leyla Abdullayeva'],'The day before, the Ministry of Foreign Affairs of Azerbaijan also commented',note='"The day before" the Friday report')
e('186','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in Kazakhstan on Thursday')

# ---------------- 187 story with an editor's note and a clarification (Jan. 9, 2022, a Sunday)
art('187',0,4,11,'The Meridian Post','2022-01-09',['Daniel Okafor','Irina Vasquez'],'ALMATY, Kazakhstan',
    ['THE MERIDIAN POST','World | Asia','By Daniel Okafor and Irina Vasquez','Jan. 9, 2022, 6:12 p.m. ET | Updated Jan. 10, 2022, 8:30 a.m. ET',
     "This story has been updated with the Interior Ministry's latest figures and comments from the Kremlin.",
     "Editor's note: An earlier version of this story, published on Jan. 9, said that 4,404 people had been detained. That was the Interior Ministry's figure on Saturday. The story has been updated with the ministry's figure of 5,800.",
     'Clarification: A previous version of this story described Karim Masimov as a former prime minister. He served as prime minister in 2007–2012 and 2014–2016, but at the time of his arrest he was head of the National Security Committee.',
     'Copyright 2022 The Meridian Post Company'])
q('187','a considerable number of foreign citizens',MIA,'the ministry','said',partial=True)
q('187','stabilized in all regions',KPPO,"President Kassym-Jomart Tokayev's office",'said',partial=True,note='"cleanup operation" in the same sentence is a label and is excluded')
q('187','We are in constant contact with our Kazakh partners, and the peacekeepers will leave as soon as their mission is completed',PES,'Peskov','said',
  note='em-dash cue (`” — Peskov said`); Peskov is never given his first name in this story')
q('187','for Kazakhstan to decide',PES,'The Kremlin spokesman','added',partial=True)
q('187','The shooting stopped two days ago, but we still do not go out after dark,','Gulmira Sadvakasova','Gulmira Sadvakasova','said',note='inverted cue ", said Gulmira Sadvakasova, a 44-year-old accountant"')
c('187','detained',5800,None,'people detained (headline)',MIA,'Kazakhstan says 5,800 detained',zone='headline',note='"Kazakhstan says"; the body shows it is the Interior Ministry figure')
c('187','detained',5800,None,'people detained after a week of unrest',MIA,'5,800 people had been detained',note='"Kazakh authorities said"; the next paragraph names the Interior Ministry. The corrected figure; the superseded 4,404 appears only in the editor\'s note (boilerplate, not annotated)')
c('187','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'has sent about 2,500 troops')
c('187','killed',16,None,'members of the security forces killed','officials','16 members of the security forces had been killed',note='"two of them beheaded" (a subset) is not annotated')
e('187','2022-01-09','statement',None,[MIA],'Kazakh authorities said Sunday',note='release of the 5,800 figure')
e('187','2022-01-09','other',None,[TOK],'held a meeting of his crisis headquarters on Sunday')
e('187',None,'talks',None,[PUT,TOK],'had held several phone calls with Tokayev over the past week',note='several calls, no dates')
e('187','2022-01-06','arrest',None,['Karim Masimov'],'was detained on Thursday on suspicion of high treason',note='"Thursday" before Sunday 9 Jan')
e('187','2022-01-08','statement',None,[NSC,'Karim Masimov'],'the committee said on Saturday',note='announcement of the arrest')
e('187','2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan. 2')
e('187','2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday',note='future')

# ---------------- 188 letter to the editor (14 January 2022, a Friday)
art('188',0,4,10,'The Steppe Herald','2022-01-14',['Aigerim S.'],None,
    ['THE STEPPE HERALD','Opinion › Letters','14 January 2022','To the editor:','Letters may be edited for length and clarity. Write to letters@steppeherald.kz.'])
q('188','They told us they were terrorists. My neighbour drives a taxi.','Aigerim S.','Aigerim S.',None,zone='headline',
  note="headline pull from the letter; the words are the letter-writer's gist, not a verbatim sentence of the body; the headline names nobody, so speaker_as_written is the signature. Borderline")
q('188','to open fire to kill without warning',TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('188','20,000 bandits',TOK,'He','spoke about',partial=True,note='a figure inside a partial quote (also a claim)')
q('188','a technical error',MOH,'the health ministry','in the words of',partial=True,note='"in the words of the health ministry" after the quote; attributed, so kept (devset8 159 excluded an unattributed “technical error.”)')
q('188','We will build a new Kazakhstan.',TOK,'he','says',note='"the president when he says"')
c('188','other',20000,None,'"bandits" who attacked Almaty (Tokayev\'s figure)',TOK,'20,000 bandits')
c('188','detained',10000,'almost','people detained',MIA,'almost 10,000 people have been detained')
c('188','killed',164,None,'deaths (figure withdrawn the next day)',None,'The figure of 164')
c('188','detained',2700,None,'people still held under arrest on 13 January',KPGO,'2,700 people were still held under arrest',note="in the italic editor's reply")
e('188','2022-01-05','arrest','Almaty',[],'He was detained near the Sayran bus station',note="the writer's neighbour; he went out on the evening of 5 January")
e('188','2022-01-07','statement',None,[TOK],'Two days later President Kassym-Jomart Tokayev told the nation',note='"Two days later" than 5 January')
e('188','2022-01-13','statement',None,[],'On Thursday a deputy akim said on local television',note='Thursday before Friday 14 Jan; the single-quoted words are not a quote')
e('188',None,'casualty_report',None,[],'appeared one day and was withdrawn the next',note='the 164 toll; days not given')
e('188','2022-01-13','statement',None,[KPGO],"On 13 January the prosecutor's office told us")

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files or used as claim sources
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(ZHU,'person',['Serik Zhumabekov','Zhumabekov'],["official representative of the Prosecutor General's Office"],'Kazakhstan',['the spokesperson','He'],note='invented'),
 sp(NUR,'person',['Gizat Nurdauletov','Nurdauletov'],['Prosecutor General'],'Kazakhstan',note='words invented'),
 sp(KON,'person',['Igor Konashenkov','Konashenkov'],['Major General','official representative of the Russian Defence Ministry'],'Russia',['he'],note='words invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','Commander of the Collective Peacekeeping Forces'],'Russia',note='words invented'),
 sp(OSP,'person',['Aidana Ospanova','Ospanova'],['a political sociologist at an Almaty university'],'Kazakhstan',note='invented; her labelled answers ("GUEST:") are not quotes'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','He','him','the president'],["Tokayev's"]),
 sp(PUT,'person',['Vladimir Putin','Putin'],['President'],'Russia',['He']),
 sp('Sadykov','person',['Sadykov'],[],'Kazakhstan',[],['Sadykov, B.'],note='invented scholar, cited "Sadykov (2020, p. 112)"; the first name is given only as the initial B. in the References'),
 sp('Nurlan','person',['Nurlan'],['A taxi driver'],'Kazakhstan',note='invented; first name and age only'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['a ministry spokesman','the ministry']),
 sp(GFM,'organisation',['Georgian Foreign Ministry',"Georgia's Ministry of Foreign Affairs"],[],'Georgia',['the statement','The ministry','the ministry'],note='new canonical; the statement text is invented'),
 sp(GAR,'person',['Irakli Garibashvili','Garibashvili'],['Georgian Prime Minister'],'Georgia',note='words invented'),
 sp(ZAL,'person',['David Zalkaliani','Zalkaliani'],['Foreign Minister'],'Georgia',note='words invented'),
 sp('Nino Kvaratskhelia','person',['Nino Kvaratskhelia'],['Opposition MP'],'Georgia',['she'],note='invented'),
 sp('Leyla Abdullayeva','person',['Leyla Abdullayeva'],['Spokesperson'],'Azerbaijan',note='words invented'),
 sp(KPPO,'organisation',["Tokayev's office"],[],'Kazakhstan',["President Kassym-Jomart Tokayev's office"]),
 sp(PES,'person',['Peskov'],['The Kremlin spokesman'],'Russia',['The Kremlin spokesman'],note='surname only in 187'),
 sp('Gulmira Sadvakasova','person',['Gulmira Sadvakasova'],['a 44-year-old accountant'],'Kazakhstan',note='invented'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',['the health ministry']),
 sp('Aigerim S.','person',['Aigerim S.'],[],'Kazakhstan',note='invented letter writer; quoted only in the headline of her own letter'),
 sp(KPGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',["the prosecutor's office"],quoted=False,note='source of figures in 181 and 188'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='issuer of 182; source of its figures'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of the 186 figure'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former president'],'Kazakhstan',[],[],quoted=False),
]

OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
        assert '\n' not in x['quote'],(x['doc'],x['quote'][:30])
    else:
        assert '\n' in x['quote'] or not (t[o-1] in OPEN and t[k] in CLOSE),(x['doc'],x['quote'][:30])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
