#!/usr/bin/env python3
"""Source of the devset3 annotation: the hand-chosen spans, values and dates for 117-124.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset3/annotation_source.py && python3 tests/devset3/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; NSC='Kazakh National Security Committee'

# ---------------- 117 AP story (published January 11, 2022, a Tuesday)
art('117',0,1,6,'Associated Press','2022-01-11',['OLGA MARCHENKO','PETER HALLORAN'],'ALMATY',
    ['By OLGA MARCHENKO and PETER HALLORAN','January 11, 2022','Associated Press writer Nadia Kerimova in Moscow contributed to this report.','Copyright 2022 The Associated Press. All rights reserved.'])
q('117','main mission',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='two-word partial with a speech verb ("told lawmakers that the ...")')
q('117','The first president is in the capital, he is in good health and he fully supports the head of state.','Aidos Ukibay','Aidos Ukibay','said in a statement',note='introduced by "said in a statement:"')
q('117','We will not allow the situation to be rocked at home,','Vladimir Putin','Putin','said')
q('117','We sat at home without lights on for three nights and listened to the shooting,','Saule Abdrakhmanova','Saule Abdrakhmanova','according to',note='"according to" after the quote; the name is followed by an age')
q('117','Now everyone wants to know who these people with guns were.','Saule Abdrakhmanova','Saule Abdrakhmanova','according to',note='continuation in the same paragraph as the "according to" attribution')
q('117','Peaceful protesters and people who simply happened to be on the street must not be treated as terrorists,','Hugh Williamson','Hugh Williamson','said',note='inverted cue: ", said Hugh Williamson"')
c('117','detained',10000,'almost','people detained in Kazakhstan (headline)',None,'detentions near 10,000',zone='headline',note='"near" read as almost')
c('117','detained',9900,None,'people detained since the protests began',MIA,'9,900 people had been detained')
c('117','detained',8000,'about','people detained two days earlier',MIA,'up from about 8,000 two days earlier')
c('117','killed',16,None,'members of the security forces killed','officials','16 members of the security forces were killed')
c('117','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'About 2,000 troops, most of them Russian')
e('117','2022-01-11','statement','Kazakhstan',[TOK],'President Kassym-Jomart Tokayev, 68, told lawmakers',note='speech to parliament; "Tuesday" = publication day')
e('117','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving the country in two days',note='future: "in two days" from Tuesday 11 Jan')
e('117','2022-01-11','arrest','Kazakhstan',[MIA],'The Interior Ministry said in a statement Tuesday that 9,900 people had been detained',note='date of the announcement')
e('117','2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan. 2 in the oil town of Zhanaozen')
e('117',None,'statement',None,['Aidos Ukibay','Nursultan Nazarbayev'],'His spokesman, Aidos Ukibay, said in a statement')
e('117','2022-01-11','appointment',None,['Alikhan Smailov'],'Parliament on Tuesday approved Alikhan Smailov')
e('117','2022-01-05','government_resignation',None,[],'The previous government resigned on Jan. 5')
e('117','2022-01-10','talks',None,['Vladimir Putin',CSTO],'speaking at an online summit of the alliance on Monday',note='CSTO online summit')

# ---------------- 118 RT opinion-flavoured piece (8 Jan, 2022, a Saturday)
art('118',0,3,7,'RT','2022-01-08',[],None,['Home / Russia & FSU /','8 Jan, 2022 13:47','Follow RT on Telegram','Podcasts | Shows | Documentaries'])
q('118','If Antony Blinken is so fond of history lessons, let him remember this one: when Americans are in your house, it is hard to stay alive and not be robbed,','Maria Zakharova','Zakharova','wrote',note='Telegram post')
q('118','Washington is upset not because someone is in Kazakhstan, but because it was not invited,','Maria Zakharova','she','added')
q('118','strategic facilities',RDM,'the Russian Defense Ministry','according to',partial=True,note='sentence ends with "according to the Russian Defense Ministry"')
q('118','When crowds storm the Capitol, it is called an insurrection. When armed men storm government buildings in Almaty, it is suddenly a popular uprising,','Maria Zakharova','the diplomat','stressed',note='"the diplomat stressed" after the quote; preceded by the label "double standards" (excluded)')
q('118','unilateral concessions','Sergey Ryabkov','Sergey Ryabkov','warned',partial=True,note='"has warned that Moscow will not make any ..."')
q('118','a mixture of arrogance and ignorance','Leonid Slutsky','Leonid Slutsky','according to',partial=True,note='"according to" after the quote')
c('118','aircraft',70,'more than','Il-76 transport planes used to fly in CSTO troops',RDM,'More than 70 Il-76 transport planes')
c('118','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked the city')
e('118','2022-01-08','statement',None,['Maria Zakharova'],'took to Telegram on Saturday',note='Telegram post; Saturday = publication day')
e('118','2022-01-07','statement','Washington',['Antony Blinken'],'remarks Blinken made in Washington a day earlier',note='"a day earlier" than Saturday 8 Jan')
e('118','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that 20,000')
e('118','2022-01-10','talks','Geneva',['Russia','United States'],'due to sit down in Geneva for talks on security guarantees',note='future: "two days" after Saturday 8 Jan')

# ---------------- 119 Q&A interview (12 January 2022, a Wednesday)
art('119',0,2,6,'The Steppe Review','2022-01-12',['Marat Zhaksylykov'],None,
    ['INTERVIEW','The Steppe Review | 12 January 2022 | Interview by Marat Zhaksylykov','© The Steppe Review 2022. Republication by permission only.'])
q('119','The elites fought, the street paid the price','Aliya Nurpeisova','an Almaty analyst',None,zone='headline',note='headline quote; the same words appear unquoted in her answer (l.18)')
q('119','a stress test for the whole region','Aliya Nurpeisova','She','calls',partial=True)
q('119','the main mission has been successfully accomplished',TOK,'Tokayev','told',partial=True,note="inside Nurpeisova's unquoted answer; attributed explicitly to Tokayev (\"When Tokayev told parliament that ...\")")
c('119','other',20000,None,'bandits (Tokayev\'s figure, in the interviewer\'s question)',TOK,'20,000 bandits')
c('119','detained',10000,'almost','people detained',MIA,'the ministry now says almost 10,000')
c('119','troops_deployed',2000,'about','CSTO soldiers in Kazakhstan',None,'About 2,000 soldiers')
e('119','2022-01-01','other','Mangystau',[],'roughly doubled on January 1',note='gas price rise')
e('119','2022-01-04','protest','Almaty',[],'By January 4 there were crowds in Almaty')
e('119','2022-01-06','arrest',None,['Karim Masimov'],'The arrest of Karim Masimov on January 6')
e('119','2022-01-10','talks',None,['Vladimir Putin',CSTO],'Putin said at the online summit on Monday',note='CSTO online summit; Monday resolved from 12 Jan')
e('119','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Ryabkov and Sherman sat down on Monday')
e('119',None,'appointment',None,['Alikhan Smailov',TOK],'he has named Alikhan Smailov prime minister',note='undated here ("has named"); real date 2022-01-11')

# ---------------- 120 Akorda-style press release (10 January 2022)
art('120',0,4,8,'Official Website of the President of the Republic of Kazakhstan','2022-01-10',[],None,
    ['Official Website of the President of the Republic of Kazakhstan','Home > Press Service > Events','10 January 2022, 14:20','Related:',
     'Head of State holds telephone conversation with President of Russia Vladimir Putin',
     'Kassym-Jomart Tokayev receives report of Minister of Internal Affairs Yerlan Turgumbayev',
     'Press Service of the President of the Republic of Kazakhstan'])
q('120','The CSTO has proved in practice that it is a real force capable of ensuring the security of its members. We will never forget your support.',TOK,'the President of Kazakhstan','said',
  note='the cue "said:" ends the previous paragraph (l.30); the quote is its own paragraph')
c('120','other',20000,'about','bandits who took part in the attacks on Almaty',TOK,'About 20,000 bandits')
c('120','troops_deployed',2030,None,'CSTO peacekeeping contingent',TOK,'2,030 servicemen')
c('120','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment')
c('120','killed',16,None,'law enforcement officers and servicemen who died',TOK,'16 law enforcement officers and servicemen had died')
c('120','injured',1300,'more than','law enforcement officers and servicemen injured',TOK,'more than 1,300 had been injured')
e('120','2022-01-10','talks',None,[TOK,'Vladimir Putin','Alexander Lukashenko','Nikol Pashinyan','Sadyr Japarov','Emomali Rahmon','Stanislav Zas',CSTO],
  'took part today in the extraordinary session of the Collective Security Council',note='videoconference')
e('120','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in the Republic of Kazakhstan on 6 and 7 January',note='range "6 and 7 January": first day')
e('120','2022-01-10','other',None,[CSTO],'the heads of state adopted a joint statement',note='document adopted')

# ---------------- 121 timeline explainer (published January 13, 2022)
art('121',0,2,8,None,'2022-01-13',['Helen Osei'],None,
    ['EXPLAINER','Published January 13, 2022 | Updated January 14, 2022, 09:15','By Helen Osei, World Desk','Sources: Kazakh government statements, Russian Defence Ministry, NATO, OSCE, news agencies.'],sections=(23,))
q('121','dozens of attackers were liquidated',MIA,'The interior ministry','says')
q('121','real risk for new armed conflict in Europe','Jens Stoltenberg','NATO chief Jens Stoltenberg','says',partial=True)
q('121','the risk of war in the OSCE area is now greater than ever before in the last 30 years','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warns',partial=True)
c('121','detained',3000,'more than','people detained by January 7',None,'More than 3,000 people are reported detained')
c('121','killed',164,None,'deaths (later withdrawn)',None,'164 deaths',note='"a government channel"; later withdrawn as a technical error')
c('121','killed',103,None,'deaths in Almaty (later withdrawn)',None,'103 in Almaty')
c('121','troops_deployed',2030,'about','CSTO troops in Kazakhstan',TOK,'about 2,030 in total')
c('121','detained',9900,None,'detainees',MIA,'the number of detainees at 9,900')
e('121','2022-01-02','protest','Zhanaozen',[],'Residents of Zhanaozen, in the Mangystau region, gather')
e('121','2022-01-03','protest','Aktau',[],'Protests spread to the regional capital Aktau')
e('121','2022-01-04','protest','Almaty',[],'Thousands march in Almaty')
e('121','2022-01-05','government_resignation',None,[TOK],"accepts the government's resignation")
e('121','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'replaces Nursultan Nazarbayev as head of the Security Council')
e('121','2022-01-05','protest','Almaty',[],'Almaty city hall is set on fire')
e('121','2022-01-05','other',None,[TOK,CSTO],'That night Tokayev asks the Collective Security Treaty Organization for help',note='request for CSTO help')
e('121','2022-01-06','troop_deployment','Kazakhstan',[],'The first Russian paratroopers land in Kazakhstan')
e('121','2022-01-06','arrest',None,['Karim Masimov'],'Former security chief Karim Masimov is detained')
e('121','2022-01-07','statement',None,[TOK],'Tokayev says he has ordered security forces to shoot to kill')
e('121','2022-01-08','statement',None,[NSC,'Karim Masimov'],"The National Security Committee announces Masimov's arrest",note='announcement of the arrest dated 6 Jan on the line above')
e('121','2022-01-09','casualty_report',None,[],'A government channel reports 164 deaths')
e('121','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov','Wendy Sherman'],'hold about eight hours of talks in Geneva')
e('121','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'CSTO leaders meet online')
e('121','2022-01-11','appointment',None,['Alikhan Smailov'],'Parliament approves Alikhan Smailov as prime minister')
e('121','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'The NATO-Russia Council meets in Brussels')
e('121','2022-01-13','withdrawal','Kazakhstan',[CSTO],'CSTO troops start to withdraw')
e('121','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'the OSCE Permanent Council discusses European security')
e('121','2022-01-19','withdrawal','Kazakhstan',[CSTO],'The last CSTO units are due to leave by January 19',note='future')

# ---------------- 122 digest of short items (13 January 2022, a Thursday)
art('122',0,1,5,'Daily Compass','2022-01-13',[],None,
    ['Your quick read of the overnight news, compiled by the Daily Compass desk.','Subscribe to the Morning Brief | Unsubscribe | Privacy'])
q('122','critically low level','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','said',partial=True)
q('122','some positive elements','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
c('122','detained',10000,None,'people detained over the riots',MIA,'10,000 people had now been detained')
c('122','other',25,None,'criminal cases on terrorism and mass riots',"Kazakh Prosecutor General's Office",'25 criminal cases')
c('122','troops_deployed',100000,'about','Russian troops near Ukraine',"Oleksii Reznikov","about 100,000 troops near Ukraine's borders")
e('122',None,'talks','Brussels',['NATO','Russia'],'NATO and Russia ended four hours of talks in Brussels',note='no day given; the NATO-Russia Council met on 2022-01-12')
e('122',None,'statement',None,['Alexander Grushko'],'Alexander Grushko said relations with the alliance')
e('122',None,'statement',None,['Wendy Sherman'],'Wendy Sherman said Moscow had not committed to de-escalation')
e('122','2022-01-13','withdrawal','Kazakhstan',[CSTO,RDM],'The first CSTO units will leave Kazakhstan on Thursday')
e('122','2022-01-05','protest','Almaty',[],'seized by rioters on 5 January')
e('122','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'The OSCE Permanent Council meets in Vienna today')

# ---------------- 123 analysis (Jan 12, 2022, a Wednesday)
art('123',0,3,7,'Central Asia Analysis','2022-01-12',['Daniyar Kassenov'],None,
    ['Central Asia Analysis','Jan 12, 2022 | Daniyar Kassenov','Daniyar Kassenov is a journalist based in Almaty.','This article first appeared on the Central Asia Analysis website. Republished with permission.'])
q('123','Tokayev did not invite the Russians because he was losing to the crowds … he invited them because he did not trust his own generals,','Serik Baimukhanov','Serik Baimukhanov','said',note='ellipsis "…" inside the quote; inverted cue ", said Serik Baimukhanov, a former diplomat"')
q('123','What we are watching is not a revolution from below but a reshuffle at the top ... and the street was only the stage,','Serik Baimukhanov','Baimukhanov','said',note='three-dot ellipsis inside the quote')
q('123',"Moscow will say, 'we came when we were asked and we left when the job was done,' and that line will be repeated in every capital of the former Soviet Union,",'Anna Grigoryeva','she','said',note='contains a single-quoted quote; only the outer double-quoted span is a record')
q('123','There is no such thing as free help from Moscow … the bill always comes later,','Anna Grigoryeva','she','said')
q('123','He needed the Russians for a week, not for a decade,','Serik Baimukhanov','he','said',note='"he" = Baimukhanov, named at the start of the paragraph')
c('123','troops_deployed',2000,'about','CSTO soldiers arriving from January 6',None,'some two thousand soldiers',note='written-out figure')
c('123','detained',10000,'about','people detained','officials','some ten thousand people were detained',note='written-out figure')
c('123','killed',16,None,'members of the security forces killed','officials','sixteen members of the security forces were killed',note='written-out figure')
c('123','injured',400,'more than','people treated for gunshot wounds in Almaty hospitals','Almaty hospitals','more than four hundred people with gunshot wounds',note='written-out figure')
e('123','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving at airfields near Almaty and Nur-Sultan on January 6')
e('123','2022-01-05','other',None,[TOK,CSTO],'the request for help on the night of January 5',note='request for CSTO help')
e('123','2022-01-06','arrest',None,['Karim Masimov'],'Masimov was detained the next day',note='"the next day" after the night of January 5')
e('123','2022-01-11','statement',None,[TOK],'told parliament on January 11')
e('123','2022-01-13','withdrawal','Kazakhstan',[CSTO],'starting on Thursday',note='future: Thursday after Wednesday 12 Jan')

# ---------------- 124 UNIAN-style item (13 January 2022, a Thursday)
art('124',0,3,9,'UNIAN','2022-01-13',[],None,
    ['Politics','13 January 2022, 11:05','Photo: REUTERS / Pavel Mikheyev',
     "Read also: NATO-Russia Council: Alliance rejects Moscow's demand to halt enlargement",
     "Read also: Reznikov: Russia keeps about 100,000 troops near Ukraine's borders",
     'Read also: Kuleba: No decisions about Ukraine without Ukraine',
     'If you see a mistake, select it with the mouse and press Ctrl+Enter.'])
q('124','We see that the Kremlin uses any instability near its borders to expand its military presence. Ukraine has learned this lesson since 2014,','Oleg Nikolenko','he','said')
q('124','Today it is Almaty, tomorrow it may be Minsk again, and the day after tomorrow Putin will say that someone in Kharkiv also asked for help. Partners must understand that any concession to the Kremlin in these negotiations will be paid for by us,',
  'Bohdan Yaremko','the MP','wrote',note='Facebook post; the quote is its own paragraph, the MP is named in the paragraph before; a name (Putin) inside the quote')
q('124','not an easy one','Jens Stoltenberg','Stoltenberg','described',partial=True)
c('124','troops_deployed',2000,None,'CSTO servicemen in the mission',None,'between 2,000 and 2,500 servicemen',vmax=2500,note='"According to various estimates"')
c('124','killed',160,None,'people killed in the unrest','officials','between 160 and 225 people killed',vmax=225,note='"Kazakh officials and local media have cited"')
c('124','detained',9900,None,'people detained',None,'9,900 to 12,000',vmax=12000)
c('124','injured',2000,'more than','people injured','Kazakh authorities','more than 2,000 people were injured')
c('124','troops_deployed',100000,'about','Russian troops near Ukraine','Oleksii Reznikov','about 100,000 troops',zone='related',note='"Read also:" teaser')
e('124','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Russian-led troops began leaving Kazakhstan on Thursday')
e('124',None,'statement',None,['Oleg Nikolenko'],'Foreign Ministry spokesman Oleg Nikolenko said')
e('124',None,'statement',None,['Bohdan Yaremko'],'wrote on Facebook',note='Facebook post')
e('124','2022-01-12','talks','Brussels',['Russia','NATO','Alexander Grushko','Alexander Fomin','Jens Stoltenberg'],'At the talks in Brussels on Wednesday')
e('124','2022-01-13','talks','Vienna',['OSCE','Yevhenii Tsymbaliuk'],'OSCE Permanent Council meeting in Vienna today',note='expected; "today" = 13 Jan')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president",'Head of State','the President of Kazakhstan','Kazakh President'],'Kazakhstan',
    ["Kazakhstan's president",'the President of Kazakhstan','The President','The Head of State','He'],["Tokayev's"]),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President','President of Russia'],'Russia'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['spokesman'],'Kazakhstan',['His spokesman','The spokesman']),
 sp('Saule Abdrakhmanova','person',['Saule Abdrakhmanova'],['a pharmacist'],'Kazakhstan',note='invented Almaty resident'),
 sp('Hugh Williamson','person',['Hugh Williamson'],['Europe and Central Asia director at Human Rights Watch'],'United Kingdom',note='words invented'),
 sp('Maria Zakharova','person',['Maria Zakharova','Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',['she','The diplomat','the diplomat']),
 sp(RDM,'organisation',['Russian Defense Ministry','Russian Defence Ministry'],[],'Russia',['the ministry']),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp('Leonid Slutsky','person',['Leonid Slutsky'],["head of the State Duma's foreign affairs committee"],'Russia',['He']),
 sp('Aliya Nurpeisova','person',['Aliya Nurpeisova','Nurpeisova'],['a political analyst at the Almaty-based Institute for Public Policy'],'Kazakhstan',['an Almaty analyst','She'],
    note='invented; the Q&A answers are labelled "Nurpeisova:" and are not quotes'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',['the ministry','The interior ministry']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO chief','NATO Secretary General'],'Norway'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister',"Poland's Foreign Minister",'the OSCE chairman-in-office'],'Poland'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister','Deputy Foreign Ministers'],'Russia'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Serik Baimukhanov','person',['Serik Baimukhanov','Baimukhanov'],['a former diplomat'],'Kazakhstan',['he'],note='invented'),
 sp('Anna Grigoryeva','person',['Anna Grigoryeva','Grigoryeva'],['a senior fellow at a Berlin think tank'],None,['she'],note='invented'),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko'],['Foreign Ministry spokesman'],'Ukraine',['he']),
 sp('Bohdan Yaremko','person',['Bohdan Yaremko'],['Member of the Verkhovna Rada'],'Ukraine',['the MP'],note='invented'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['The first president'],'Kazakhstan',[],["Nazarbayev's"],quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['Former security chief'],'Kazakhstan',[],["Masimov's"],quoted=False),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['prime minister'],'Kazakhstan',[],[],quoted=False),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',[],[],quoted=False),
 sp('Oleksii Reznikov','person',['Oleksii Reznikov','Reznikov'],['Ukrainian Defence Minister'],'Ukraine',[],[],quoted=False,note='also in the 124 "Read also:" teaser'),
 sp(NSC,'organisation',['National Security Committee'],[],'Kazakhstan',[],[],quoted=False),
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
