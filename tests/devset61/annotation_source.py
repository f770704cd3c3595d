#!/usr/bin/env python3
"""Source of the devset61 annotation: the hand-chosen spans, values and dates for 581-588.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset61/annotation_source.py && python3 tests/devset61/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),headline=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    if headline is not None: assert headline in L[headline_line-1],(f,headline)
    A.append(dict(doc=f,index=index,headline=headline if headline is not None else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MOH='Kazakh Ministry of Health'; PGO="Kazakh Prosecutor General's Office"; ARMOD='Armenian Defence Ministry'; KGMOD='Kyrgyz Defence Ministry'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; NB='\u00a0'

# ---------------- 581 AFP French-desk story in English translation (2022-01-11, a Tuesday)
art('581',0,6,10,'AFP','2022-01-11',['Camille DUVERGER','Ludovic PERRAULT'],'MOSCOW',
    ['AFP - Fil général en français (traduction anglaise)','Kazakhstan-troubles-Russie-diplomatie, ECLAIRAGE',
     'Translated from the French-language AFP service for the English desk. Original headline: "Au Kazakhstan, Moscou joue les pompiers et fixe ses conditions"',
     '2022-01-11 18:42:05 GMT+01:00 - 672 mots / 612 words','by Camille DUVERGER, with Ludovic PERRAULT in Almaty','cdv-lp/fjb/sba',
     "© Agence France-Presse. Tous droits réservés. Traduction : service anglais de l'AFP."])
q('581',NB+'main mission'+NB,TOK,'Mr Tokayev','declared',partial=True,note='French guillemets with NBSP inside the marks; the NBSPs are part of the text between the marks (strip to compare)')
q('581',NB+'The contingent will start to go home in two days, and the whole process will be over within ten days'+NB,TOK,'the head of state','said',note='« … » with NBSP padding; the comma sits outside the closing guillemet (French style); title-only attribution')
q('581',NB+'Nobody has any plans to stay longer than the Kazakh side asks'+NB,'Dmitry Peskov','he','assured',note='he = "the Kremlin spokesman Dmitri Peskov" (French transliteration "Dmitri")')
q('581',NB+'and to nobody else'+NB,'Dmitry Peskov','he','adding',partial=True)
q('581',NB+'useful but not easy'+NB,RYA,'Mr Riabkov','summed up',partial=True,note='French transliteration "Riabkov"; inverted cue after the quote')
q('581',NB+'no intention'+NB,RYA,'Mr Riabkov','repeating',partial=True)
q('581','technical error',MOH,'the health ministry','citing',partial=True,note='two-word wording of the ministry, straight quotes, cue "citing"')
q('581','Moscow is selling the operation as a textbook case: it comes when called and it leaves when told to,','Marie Lefranc','Marie Lefranc','said',note='inverted cue: ," said Marie Lefranc; invented researcher')
q('581','But it has shown, to the West and to its allies, that it can land an army in twenty-four hours.','Marie Lefranc','Marie Lefranc','said',note='continuation in the same paragraph; a duration inside the quote')
q('581',NB+'must not be a spectator'+NB,'Jean-Yves Le Drian','The foreign minister Jean-Yves Le Drian','said',partial=True)
q('581','We want to forget these days, but nobody believes the official version,','Yerlan','Yerlan','told',note='"a 45-year-old taxi driver who gave his name only as Yerlan told AFP"; invented')
c('581','troops_deployed',2030,'about','CSTO soldiers deployed, most of them Russian',None,'About 2,030 soldiers, most of them Russian')
c('581','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
c('581','killed',164,None,'death toll (figure withdrawn the next day)',MOH,'put the death toll at 164')
e('581','2022-01-11','statement','Nur-Sultan',[TOK],'Speaking before the lower house of parliament',note='the lead gives "on Tuesday" for the announcement')
e('581','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will start to go home in two days',note='future, "in two days" from Tuesday 11 Jan; inside the quote')
e('581','2022-01-06','troop_deployment','Kazakhstan',[CSTO,SER],'have been deployed since Thursday',note='Thursday before Tuesday 11 Jan')
e('581',None,'statement','Moscow',['Dmitry Peskov'],'brushed aside any suggestion',note='no day given (likely 11 Jan)')
e('581','2022-01-10','talks','Geneva',[RYA,SHE],'On Monday in Geneva')
e('581','2022-01-11','casualty_report',None,[MIA],'The interior ministry announced on Tuesday')
e('581','2022-01-09','casualty_report',None,[MOH],'164 on Sunday')
e('581','2022-01-10','other',None,[MOH],'withdrew that figure the next day',note='withdrawal of the toll; "the next day" after Sunday 9 Jan')
e('581','2022-01-10','statement',None,['Jean-Yves Le Drian'],'Jean-Yves Le Drian said on Monday')
e('581','2022-01-12','talks','Brussels',['NATO','Russia'],'set for Wednesday in Brussels')
e('581','2022-01-13','talks','Vienna',['OSCE','Russia'],'on Thursday in Vienna')
e('581',None,'protest','Almaty',[],'the town hall was set on fire last week',note='"last week" is not a day (real: 5 Jan)')

# ---------------- 582 AP "Today in History" (January 10, 2023; looks back to 2022)
art('582',0,4,9,'Associated Press','2023-01-10',[],None,
    ['AP NEWS','Top Stories   World   U.S.   Politics   Sports   Entertainment   Business   Oddities','By The Associated Press','January 10, 2023 GMT',
     "Today's Highlight in History:",'On this date:','Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.'])
q('582','an attempt to seize power',TOK,'Tokayev','told',partial=True)
q('582','quickly and decisively','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q('582','The mission will be limited in time,','Vladimir Putin','Putin','told',note='"Putin told the other leaders, according to a Kremlin readout"')
q('582','we held our ground',SHE,'Deputy Secretary of State Wendy Sherman','said',partial=True)
q('582','binding guarantees, not promises',RYA,'Russian Deputy Foreign Minister Sergei Ryabkov','said',partial=True)
q('582','there will be no mercy',None,"An official in Tokayev's office",'said',partial=True,note='anonymous official; a name (Tokayev) inside the speaker phrase')
q('582','A crowd in the square is a question; a soldier at the airport is an answer, but rarely to the same question.','Ilse Marwood','Ilse Marwood',None,note='"Thought for Today": attribution after an em dash with no verb; invented essayist, off-topic but a real quote record')
c('582','detained',8000,'almost','people detained during the unrest','Kazakh authorities','nearly 8,000 people had been detained',note='"One year ago" item')
c('582','killed',164,None,'people dead in the unrest',MOH,'left 164 people dead')
c('582','troops_deployed',2000,'more than','CSTO troops guarding airports and government buildings',None,'More than 2,000 CSTO troops')
e('582','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'held an emergency video summit',note='"On Jan. 10, 2022"')
e('582','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'had been deployed four days earlier',note='four days before 10 Jan 2022')
e('582','2022-01-10','talks','Geneva',['United States','Russia',SHE,RYA],'U.S. and Russian negotiators met for nearly eight hours in Geneva',note='"On this date … In 2022"')
e('582','2022-01-10','casualty_report',None,['Kazakh authorities'],'One year ago: Kazakh authorities said',note='"One year ago" from 10 Jan 2023')
# (1920, 1946 and "Five years ago" items are dated but off-topic: not annotated)

# ---------------- 583 radio news bulletin script (TX Thu 13.01.2022 18:00 UTC); one broadcast = one article with four item sections
art('583',0,2,12,'Danube Radio International','2022-01-13',[],None,
    ['DANUBE RADIO INTERNATIONAL - ENGLISH SERVICE','NEWS BULLETIN SCRIPT','TX: THU 13.01.2022  18:00 UTC      DUR: 05\'00"',
     'READER: Paul SANDOR      DUTY EDITOR: K. VARGA      SCRIPT v3 (final)','[SIG TUNE 0\'06"]','[STING 0\'03"]','[BACK-ANNOUNCE]','[SIG TUNE OUT]',
     'ENDS  /  NEXT BULLETIN 19:00 UTC  /  FILE: DRI_ENG_NEWS_1800_130122_v3.doc'],
    sections=(ln('583','ITEM 1 /'),ln('583','ITEM 2 /'),ln('583','ITEM 3 /'),ln('583','ITEM 4 /')))
q('583','The tasks set by the leaders of our states have been carried out in full. Not one facility under our protection was lost.',SER,'SERDYUKOV',None,note='"VO:" voice-over of the cut; speaker from the cut label "[CUT 1: SERDYUKOV / …]"; the IN-CUE "The tasks set..." and OUT-CUE "...was lost." are technical cue words, not quotes (excluded)')
q('583','a success',TOK,'Kassym-Jomart Tokayev','telling',partial=True,note='"telling lawmakers the mission had been “a success”"; full stop outside the mark')
q('583','We did not hear an answer. We heard a promise of an answer.','Alexander Lukashevich','Alexander Lukashevich','told',note='colon cue: "told reporters afterwards: “…”"')
q('583','The arena will be loud and we need that,',None,"the team's captain",'said',note='off-topic sports item; unnamed handball captain')
c('583','troops_deployed',2000,'about','CSTO personnel to be taken home',CSTO,'about 2,000 personnel')
c('583','other',250,'about','pieces of CSTO equipment to be taken home',CSTO,'around 250 pieces of equipment')
c('583','killed',17,None,'members of the security forces killed',MIA,'17 members of the security forces had been killed')
c('583','detained',10000,'almost','people detained',MIA,'almost 10,000 people were detained')
c('583','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'Western officials','around 100,000 troops')
e('583',None,'withdrawal','Kazakhstan',[CSTO],'have begun to leave Kazakhstan',note='no day word (bulletin of Thu 13 Jan); likely 2022-01-13')
e('583','2022-01-13','statement','Almaty',[SER],'At a ceremony in Almaty on Thursday')
e('583','2022-01-11','statement',None,[TOK],'had announced the pullout on Tuesday')
e('583','2022-01-12','casualty_report',None,[MIA],'On Wednesday the interior ministry said')
e('583',None,'talks','Vienna',['OSCE','Russia','Zbigniew Rau'],'has held the last of this week',note='no day word; likely 2022-01-13')
e('583',None,'statement','Vienna',['Alexander Lukashevich'],'told reporters afterwards')
e('583','2022-01-10','talks','Geneva',['Russia','United States'],"Monday's meeting in Geneva")
e('583','2022-01-12','talks','Brussels',['NATO','Russia'],"Wednesday's session of the NATO-Russia Council")

# ---------------- 584 TV evening-news rundown export (Mon 10/01/2022); one programme = one article with page sections
art('584',0,2,17,'Orbita-24','2022-01-10',[],None,
    ['ORBITA-24 (BISHKEK) :: NEWSROOM SYSTEM EXPORT','PG   SLUG                       FMT      TAL        EST    BACKTIME',
     'A01  OPEN / HEADLINES           LIVE     AIGERIM    0:45   20:00:00','A06  BREAK 1                    COMM     --         2:00   20:05:40',
     '----------------------------------------------------------------------','  COMM: 4 x 30" spots / PROMO: "Orbita-Sport" 0:20',
     '--- END OF PAGE BLOCK A ---   page 1 of 3   CONFIDENTIAL: INTERNAL RUNDOWN, NOT FOR BROADCAST'],
    sections=(ln('584','[A01 OPEN'),ln('584','[A02 CSTO'),ln('584','[A03 OUR'),ln('584','[A04 GENEVA'),ln('584','[A05 BORDER'),ln('584','[A06 BREAK')),
    headline='EVENING NEWS 20:00')
q('584','Our contingent went to Kazakhstan to protect buildings, not to fight people. When the task is done, the boys come home.','Sadyr Japarov','Sadyr Japarov',None,note='SOT with a SUPER caption naming the speaker; no speech verb')
q('584','He phoned on Saturday. He said it is quiet and that they are guarding a power station. I just want him back.','Gulnara','Gulnara',None,note='SOT; SUPER "Gulnara / mother of a soldier"; first name only; a relative day inside the quote')
q('584','We have everything we need. The local people bring us tea.','Nurlan Abdykadyrov','ABDYKADYROV',None,note='SOT by phone; slug label in capitals; named in full in the VO line before')
q('584','no reason to be optimistic yet',RYA,'Sergei Ryabkov','said',partial=True)
# "soon" (l.21) one word, excluded; "Orbita-Sport" is a promo title
c('584','troops_deployed',150,'about','Kyrgyz servicemen sent to Kazakhstan',None,'About 150 Kyrgyz servicemen')
c('584','killed',164,None,'people died in the unrest (figure later revised)','Kazakh officials','164 people had died')
e('584','2022-01-10','talks',None,[CSTO,'Sadyr Japarov',TOK],'held an extraordinary session by video link today')
e('584',None,'troop_deployment','Kant',['Kyrgyzstan'],'flew out from Kant last week',note='"last week" is not a day')
e('584','2022-01-10','other','Kant',[],'Today their relatives gathered outside the garrison')
e('584','2022-01-08','other',None,['Gulnara'],'He phoned on Saturday',note='phone call inside the quote; Saturday before Monday 10 Jan')
e('584',None,'talks','Geneva',['Russia','United States'],'Russian and American diplomats met for more than seven hours',note='no day word; likely 2022-01-10')
e('584','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO in Brussels on Wednesday')
e('584','2022-01-06','other','Ak-Jol',[],'waiting since Thursday',note='border queue; Thursday before Monday 10 Jan')
e('584',None,'casualty_report',None,['Kazakh officials'],'Kazakh officials reported that 164 people had died')

# ---------------- 585 court-reporting wire (12.01.2022, a Wednesday)
art('585',0,6,8,'Interfax-Kazakhstan','2022-01-12',[],'ALMATY',
    ['INTERFAX-KAZAKHSTAN','Courts / Law enforcement    [ENG]','12.01.2022 17:36','mn/ak','All rights reserved. Quoting of materials is permitted only with a hyperlink to interfax.kz'])
q('585','The court finds that the suspects, if left at liberty, may hide from the investigation or put pressure on witnesses,','Aliya Nurpeisova','presiding judge Aliya Nurpeisova','said',note='inverted: ," presiding judge … said; invented judge')
q('585','to ask about gas prices, nothing more',None,'One of the suspects','shouted',partial=True,note='unnamed 27-year-old defendant; cue "shouted from the glass enclosure that"')
q('585','My client saw his wife for the first time today, through glass. We will appeal every ruling,','Marat Sadykov','Sadykov','said',note='invented lawyer')
q('585','not explained by anything in the case file','Marat Sadykov','He','added',partial=True)
q('585','All detainees are examined by a doctor on arrival, and every complaint is checked,',"Almaty City Prosecutor's Office",'the office','said in a statement')
# "trained militants" (l.24) is Tokayev's label: excluded like "terrorists"
c('585','other',14,None,'suspects remanded in custody by the Almalinsky district court',None,'remanded 14 suspects')
c('585','other',412,None,'people whose arrest was authorised by Almaty district courts','Almaty city court press service','authorised the arrest of 412 people')
c('585','other',127,None,'people placed under house arrest','Almaty city court press service','127 more were placed under house arrest')
c('585','other',380,None,'people released after questioning','Almaty city court press service','380 people had been released')
c('585','detained',9900,None,'people detained nationwide',MIA,'9,900 people had been detained')
c('585','injured',1678,None,'police officers and servicemen injured',MIA,'1,678 police officers and servicemen injured')
c('585','other',1100,None,'criminal cases opened',PGO,'1,100 criminal cases',note='the subsets "44 on charges of murder" and "14 on charges of terrorism" are not separate claims')
e('585','2022-01-12','arrest','Almaty',['Almalinsky district court','Aliya Nurpeisova'],'on Wednesday remanded 14 suspects')
e('585','2022-01-05','protest','Almaty',[],'the storming and arson of the city administration building on January 5')
e('585',None,'statement',None,["Almaty City Prosecutor's Office"],"The city prosecutor's office rejected the allegation",note='no day given')
e('585','2022-01-11','casualty_report',None,[MIA],'the Interior Ministry said on Tuesday')
e('585','2022-01-11','statement',None,[PGO],'said the day before that it had opened',note='"the day before" = Tuesday 11 Jan')
e('585','2022-01-14','other','Almaty',['Almalinsky district court'],'The next hearings in the case are expected on Friday',note='future hearing')

# ---------------- 586 agency advisory (sent Tue 11 Jan 2022) with a repeated preview story: two articles
art('586',0,5,7,'Reuters','2022-01-11',[],None,
    ['REUTERS NEWS ADVISORY','To: Reuters World Service clients','Sent: Tuesday, January 11, 2022 20:15 GMT',
     '   PLANNED: RUSSIA-NATO/ (URGENT, then UPDATE 1 by 1600), 700 words. PICTURES, VIDEO, LIVE on Reuters Connect.',
     '   PLANNED: KAZAKHSTAN-PROTESTS/ (UPDATE), 500 words. PICTURES.','   PLANNED: RUSSIA-OSCE/PREVIEW on Wednesday, 400 words.'],ls=1,le=19)
art('586',1,24,28,'Reuters','2022-01-11',['Pieter Van Loon','Agnieszka Wrona'],'BRUSSELS',
    ['----------------------------------------------------------------------','ALREADY MOVED (repeated for clients):','RUSSIA-NATO/PREVIEW',
     'By Pieter Van Loon and Agnieszka Wrona','(Reporting by Pieter Van Loon and Agnieszka Wrona; Additional reporting by Olzhas Temirkhanov in Almaty; Editing by Hugh Lassiter)',
     'For questions about this advisory, contact the Europe, Middle East and Africa desk, London. Advisory repeats at 0500 GMT with updates.',
     '(c) Copyright Thomson Reuters 2022. Click For Restrictions - https://agency.reuters.com/en/copyright.html'],ls=20,le=44)
q('586',"We will listen to Russia's concerns, but we will not negotiate over the heads of our partners,",None,'one senior alliance diplomat','said',art=1,note='anonymous diplomat')
q('586','united and clear','Jens Stoltenberg','Stoltenberg','told',art=1,partial=True,note='surname only in the story; the full name is only in the advisory part (article 0)')
q('586','to avoid a new arms race, not to start one','Jens Stoltenberg','He','said',art=1,partial=True)
q('586','What we saw in Kazakhstan is a demonstration of what Russia can do in 48 hours,',None,'an Eastern European ambassador to NATO','said',art=1,note='inverted cue; anonymous ambassador; a duration inside the quote')
q('586','It was not lost on anyone around the table.',None,'an Eastern European ambassador to NATO','said',art=1,note='continuation in the same paragraph')
c('586','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western estimates','about 100,000 troops near the border',art=1)
c('586','troops_deployed',2030,None,'CSTO force in Kazakhstan',RDM,'2,030 CSTO troops',art=1)
c('586','aircraft',75,None,'aircraft used in the airlift to Kazakhstan',RDM,'75 aircraft',art=1)
e('586','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko','Alexander Fomin',SHE],'The NATO-Russia Council meets at NATO headquarters',note='diary date "FOR WEDNESDAY, JANUARY 12"')
e('586','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'to hold news conference after the meeting',note='planned')
e('586','2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'confirmed by parliament on Tuesday')
e('586','2022-01-12','other','Nur-Sultan',['Alikhan Smailov'],'chairs his first cabinet meeting',note='diary date')
e('586','2022-01-13','withdrawal','Kazakhstan',[CSTO],'due to start withdrawing on Thursday')
e('586','2022-01-13','talks','Vienna',['OSCE','Russia'],'VIENNA (Thursday)')
e('586','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO will tell Russia on Wednesday',art=1)
e('586','2022-01-11','statement',None,['NATO'],'diplomats said on Tuesday',art=1)
e('586','2022-01-10','talks','Geneva',['Russia','United States'],'a day after talks between Moscow and Washington in Geneva',art=1,note='"a day after" Tuesday 11 Jan')
e('586','2022-01-10','statement',None,['Jens Stoltenberg'],'Stoltenberg told reporters on Monday',art=1)
e('586','2022-01-11','statement',None,[RDM],"Russia's defence ministry said on Tuesday",art=1)
e('586',None,'troop_deployment','Kazakhstan',['Russia'],"Russia's rapid deployment of paratroopers to Kazakhstan last week",art=1,note='"last week" is not a day')

# ---------------- 587 e-mailed press pool report (Mon, 10 Jan 2022)
art('587',0,4,12,None,'2022-01-10',['Rebecca Ainsworth'],'Geneva',
    ['From: Geneva print pool <pool.geneva@fpa-list.org>','To: wh-pool-reports; state-dept-travel-pool','Date: Mon, 10 Jan 2022 20:58:41 +0100',
     'Pool report #4','Pooler: Rebecca Ainsworth, The Hartford Ledger','Geneva, Monday, Jan. 10','Hi all,',
     'Pool is done for the night. Typos mine, quotes from the live line, check transcript.','The Hartford Ledger','+41 (0)79 555 0142',
     'You received this message because you are subscribed to the Geneva pool list. To unsubscribe, reply with UNSUBSCRIBE in the subject line.'],
    headline='Geneva pool report #4 -- Sherman presser, Ryabkov separately')
q('587','a few minutes ago',None,'a Swiss police officer at the gate','said',partial=True)
q('587','a serious and direct conversation',SHE,'Sherman','called',partial=True)
q('587','said no clearly',SHE,'Sherman','said',partial=True)
q('587','that we cannot accept',SHE,'Sherman','said',partial=True)
q('587','about 100,000',None,'U.S. officials','have used',partial=True,note='a quoted figure used by officials "on background"; borderline (a scorer may drop it)')
q('587','We are watching closely. An invitation to come in should also come with an invitation to leave.',SHE,'Sherman',None,note='bullet "On Kazakhstan, in response to a question from Reuters:" has no speech verb; speaker from the preceding bullets')
q('587','we expect that to happen soon',SHE,'She','added',note='spoken-quote markers: "quote, “…” end quote"')
q('587','no intention',RYA,'Ryabkov','said',partial=True)
q('587','long, hard and businesslike',RYA,'Ryabkov','called',partial=True)
q('587','For us it is essential to have it in writing that Ukraine will not become a member of NATO.',RYA,'He','said',note='"He also said, per RIA:"')
c('587','troops_deployed',100000,'about','Russian troops near Ukraine','U.S. officials','used "about 100,000"')
c('587','troops_deployed',2030,None,'CSTO force in Kazakhstan',CSTO,'2,030 troops')
c('587','detained',7939,None,'people detained',MIA,'7,939')
e('587','2022-01-10','talks','Geneva',[SHE,RYA,'United States','Russia'],'Talks at the U.S. Mission wrapped at 5:42 p.m.',note='clock-time narrative in a report dated Monday 10 Jan')
e('587','2022-01-10','statement',None,[SHE],'did a telephone briefing for reporters at 6:30 p.m.')
e('587','2022-01-07','statement',None,['Antony Blinken'],"the Secretary's line from Friday",note='"the Secretary" = Blinken (not named); Friday before Monday 10 Jan')
e('587','2022-01-10','statement','Geneva',[RYA],'held his own presser at the Russian mission around 7 p.m.')
e('587','2022-01-10','casualty_report',None,[MIA],'earlier today')
e('587','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels Wednesday')
e('587','2022-01-13','talks','Vienna',['OSCE','Russia'],'OSCE in Vienna Thursday')
e('587','2022-01-11','other','Brussels',[SHE],'Sherman travels to Brussels tomorrow (Tuesday)',note='travel')

# ---------------- 588 Reuters FACTBOX update (January 13, 2022, a Thursday)
art('588',0,4,11,'Reuters','2022-01-13',[],'ALMATY',
    ['Reuters','World   Asia Pacific   Europe   Kazakhstan','(Updates with start of withdrawal, Serdyukov comments, Kyrgyz and Armenian timetables)',
     'January 13, 2022  4:18 PM GMT  Updated 2 hours ago','By Reuters Staff','(Compiled by Reuters staff; Editing by Edmund Clarke)','Our Standards: The Thomson Reuters Trust Principles.'],
    sections=(ln('588','WHO SENT TROOPS?'),ln('588','WHAT DID THEY DO?'),ln('588','WHEN DO THEY LEAVE?'),ln('588','WHAT HAPPENED IN KAZAKHSTAN?')))
q('588','Not a single shot was fired at civilians by our units,',SER,'Serdyukov','told',note='bullet line starting with the quote')
q('588','All of our servicemen are well.',ARMOD,'a ministry spokesman','adding',note='unnamed spokesman of Armenia\'s defence ministry: speaker = the ministry; colon cue "adding:"')
q('588','The sovereignty of Kazakhstan has been defended, and the allies kept their word,',TOK,'Tokayev','said in a statement')
# "counter-terrorist operation" (l.25) is a label: excluded
c('588','troops_deployed',2030,None,'CSTO force in Kazakhstan',CSTO,'2,030 troops')
c('588','other',250,None,'pieces of CSTO equipment',CSTO,'250 pieces of equipment')
c('588','troops_deployed',100,'about','Armenian troops in the CSTO force',ARMOD,'numbered about 100')
c('588','troops_deployed',150,'about','Kyrgyz soldiers in the CSTO force',KGMOD,'roughly 150 soldiers',note='"roughly" → about')
c('588','killed',164,None,'people killed (figure later withdrawn)','Kazakh authorities','164 people had been killed')
c('588','detained',10000,'almost','people detained',None,'Nearly 10,000 people have been detained')
e('588','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday')
e('588','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a week after they arrived',note='"a week after" Thursday 13 Jan')
e('588','2022-01-13','statement','Almaty',[SER],'told a ceremony in Almaty on Thursday')
e('588','2022-01-11','other',None,[CSTO],'since Tuesday',note='handover of facilities began')
e('588','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')
e('588','2022-01-13','withdrawal','Ivanovo',[RDM],'the first aircraft carrying Russian soldiers had left for Ivanovo',note='announced "on Thursday"')
e('588','2022-01-19','withdrawal','Kazakhstan',[RDM],'would be finished by Jan. 19',note='future end of pullout')
e('588','2022-01-14','withdrawal','Kyrgyzstan',[KGMOD],'would return on Friday')
e('588',None,'withdrawal','Armenia',[ARMOD],'expected home by the weekend',note='"by the weekend" is not a day')
e('588','2022-01-02','protest',None,[],'began in the west of the country on Jan. 2')
e('588','2022-01-09','casualty_report',None,['Kazakh authorities'],'The authorities said on Sunday')
e('588','2022-01-13','statement',None,[TOK],'Tokayev said in a statement on Thursday')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['the head of state'],['Mr Tokayev',"Tokayev's"]),
 sp('Dmitry Peskov','person',['Dmitri Peskov','Dmitry Peskov'],['the Kremlin spokesman','Kremlin spokesman'],'Russia',['he'],note='French-desk transliteration "Dmitri" in 581'),
 sp(RYA,'person',['Sergei Riabkov','Riabkov','Sergei Ryabkov','Ryabkov'],['the deputy foreign minister','Russian Deputy Foreign Minister',"Russia's deputy foreign minister",'Russian Deputy FM'],'Russia',['He'],['Mr Riabkov'],note='French transliteration "Riabkov" in 581'),
 sp(MOH,'organisation',['health ministry','Health Ministry'],[],'Kazakhstan',['the health ministry']),
 sp('Marie Lefranc','person',['Marie Lefranc'],['a researcher specialising in Central Asia at a Paris institute'],'France',note='invented'),
 sp('Jean-Yves Le Drian','person',['Jean-Yves Le Drian'],['The foreign minister'],'France',note='words invented'),
 sp('Yerlan','person',['Yerlan'],['a 45-year-old taxi driver'],'Kazakhstan',note='invented; first name only'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','Deputy Secretary','U.S. Deputy Secretary of State'],'United States',['She']),
 sp('Ilse Marwood','person',['Ilse Marwood'],['Austrian essayist'],'Austria',note='invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov','SERDYUKOV'],['General','Colonel General','the commander of the force',"head of Russia's airborne forces"],'Russia'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',note='words invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov','JAPAROV'],['President of the Kyrgyz Republic','President'],'Kyrgyzstan',note='words invented'),
 sp('Gulnara','person',['Gulnara'],['mother of a soldier'],'Kyrgyzstan',note='invented; first name only'),
 sp('Nurlan Abdykadyrov','person',['Nurlan Abdykadyrov','ABDYKADYROV'],['deputy commander of the contingent','Colonel'],'Kyrgyzstan',note='invented'),
 sp('Aliya Nurpeisova','person',['Aliya Nurpeisova'],['presiding judge'],'Kazakhstan',note='invented'),
 sp('Marat Sadykov','person',['Marat Sadykov','Sadykov'],['Defence lawyer'],'Kazakhstan',['He'],note='invented'),
 sp("Almaty City Prosecutor's Office",'organisation',["city prosecutor's office"],[],'Kazakhstan',['the office']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary-General'],'Norway',['He'],note='words invented'),
 sp(ARMOD,'organisation',['Armenian Defence Ministry'],[],'Armenia',['a ministry spokesman']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance'],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(RDM,'organisation',["Russia's defence ministry"],[],'Russia',[],quoted=False,note='mentioned in 586 and 588; not quoted'),
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
