#!/usr/bin/env python3
"""Source of the devset101 annotation: the hand-chosen spans, values and dates for 901-908.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset101/annotation_source.py && python3 tests/devset101/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KMH='Kazakh Ministry of Health'; BYMOD='Belarusian Defence Ministry'; PUT='Vladimir Putin'; SER='Andrei Serdyukov'
RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; LUK='Alexander Lukashenko'; PES='Dmitry Peskov'

# ---------------- 901 Strana.ua English item (09 January 2022, a Sunday)
art('901',0,6,9,'Strana.ua','2022-01-09',[],None,
    ['STRANA.ua','ENG | UKR | RUS','World','09 January 2022, 14:05   👁 8 214   💬 37','[Photo: Russian paratroopers at Almaty airport. Source: RIA Novosti]',
     'Tags: Kazakhstan, CSTO, Russia, Donbas, Geneva talks','Subscribe to the Strana.ua Telegram channel — only the important news'])
q('901','a considerable number of foreign citizens',MIA,'The Interior Ministry','reported',partial=True)
q('901','The Kremlin has shown that it can land a brigade in a friendly capital within a day. That is the lesson for us,','Yuriy Karasyk','military expert Yuriy Karasyk','said',note='inverted cue "…," said military expert NAME, a retired colonel…')
q('901','tied down in Central Asia for weeks, not days','Andriy Zolotarenko','Political scientist Andriy Zolotarenko','arguing',partial=True)
q('901','Putin will come to Geneva on Monday with a stronger hand, not a weaker one,','Andriy Zolotarenko','Zolotarenko','wrote',note='a name (Putin) at the start of the quote is not the speaker; "wrote on his Facebook page"')
q('901','But a stronger hand is not the same as a free hand.','Andriy Zolotarenko','Zolotarenko','wrote',note='second half after the interposed attribution')
q('901','a dress rehearsal','Yuriy Karasyk','Karasyk','In his view',partial=True,note='borderline three-word partial; previous sentence "Karasyk believes the opposite."')
q('901','leave the territory of Kazakhstan as soon as the situation stabilises','Oleg Nikolenko','Oleh Nikolenko','said',partial=True,note='Ukrainian spelling "Oleh"; canonical from earlier sets; "Its spokesman" refers to the Foreign Ministry')
c('901','killed',164,None,'people killed in the unrest',KMH,'reports 164 dead',zone='headline',note='headline repeat of the body figure')
c('901','killed',164,None,'people killed in a week of riots',KMH,'164 people had been killed')
c('901','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c('901','troops_deployed',2030,None,'CSTO collective force',CSTO,'now numbers 2,030 servicemen',note='"the CSTO secretariat said"')
c('901','aircraft',70,'more than','Il-76 and An-124 aircraft used for the Russian airlift',RDM,'more than 70 Il-76 and An-124 aircraft')
e('901','2022-01-09','casualty_report',None,[KMH],"Kazakhstan's Ministry of Health said on Sunday")
e('901','2022-01-02','protest','Kazakhstan',[],'since the protests began on January 2')
e('901','2022-01-08','statement',None,['Kazakh Presidential Press Office'],'On Saturday the presidential office announced')
e('901','2022-01-06','arrest',None,['Karim Masimov'],'had been detained on Thursday on suspicion of high treason',note='Thursday before Sunday 9 Jan')
e('901','2022-01-08','statement',None,['Andriy Zolotarenko'],'wrote on his Facebook page on Saturday')
e('901','2022-01-07','statement',None,['Oleg Nikolenko'],'Its spokesman Oleh Nikolenko said on Friday')
e('901','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and US delegations will meet in Geneva on Monday')
e('901','2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO–Russia Council session in Brussels on Wednesday')

# ---------------- 902 Censor.NET item (10.01.22, a Monday)
art('902',0,6,10,'Censor.NET','2022-01-10',[],None,
    ['CENSOR.NET',"Ukraine's main resource",'10.01.22 17:42','Source: Censor.NET','👁 12 041 | 💬 96',
     'READ ALSO: Zelensky: Ukraine must be at the table when its security is discussed','Comments (96)','kozak_1991 · 10.01.22 17:55',
     '"peacekeepers" lol. They said 2,000, now they will stay for 20 years','Show all comments'])
q('902',"We will not allow 'colour revolutions' to be staged in our countries",PUT,'Putin',None,zone='headline',note='headline "Putin at the CSTO summit: "…"" — colon attribution, no verb; nested single-quoted label kept inside')
q('902',"We will not allow 'colour revolutions' to be staged in our countries,",PUT,'Putin','said',n=1,note='nested single quotes inside the double-quoted span')
q('902','not the first and far from the last attempt',PUT,'Putin','added',partial=True)
q('902','limited in time and scope','Nikol Pashinyan','Pashinyan','said',partial=True)
q('902','About 20,000 bandits acted there in a coordinated way, under a single command center,',TOK,'the Kazakh leader','said',note='title-only attribution; Tokayev named in the sentence before')
q('902','If we had hesitated even for a day, Kazakhstan would today be a different country,',LUK,'Belarusian President Alexander Lukashenko','said')
q('902','complex, but businesslike',RYA,'Ryabkov','told',partial=True,note='"Ryabkov told reporters that the conversation had been "…""; Sherman is the nearest other name')
c('902','other',20000,'about','"bandits" who attacked Almaty',TOK,'About 20,000 bandits',note='attackers counted by Tokayev; inside a quote')
c('902','detained',7939,None,'people detained across Kazakhstan',MIA,'7,939 people had been detained')
e('902','2022-01-10','talks',None,[CSTO,PUT,TOK,'Nikol Pashinyan',LUK],'an extraordinary online session of the CSTO Collective Security Council',note='video summit, "on Monday" = publication day')
e('902','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Last Thursday the first Russian paratroopers landed in Kazakhstan',note='"Last Thursday" from Monday 10 Jan')
e('902','2022-01-10','talks','Geneva',[RYA,SHE],'met US Deputy Secretary of State Wendy Sherman for talks on security guarantees',note='"Meanwhile" = same day')
e('902','2022-01-10','casualty_report',None,[MIA],'as of Monday morning',note='detention figure')

# ---------------- 903 Vzglyad column in translation (11 January 2022, a Tuesday)
art('903',0,7,11,'Vzglyad','2022-01-11',['Pavel Krymov'],None,
    ['VZGLYAD.RU','Business newspaper "Vzglyad"','OPINIONS','11 January 2022, 08:00','Text: Pavel Krymov','Translated from Russian',
     'The opinion of the author may not coincide with the position of the editorial board.','Subscribe to VZGLYAD in Telegram | VK | Zen'])
q('903','The Americans are the last people who should lecture anyone about uninvited guests,','Maria Zakharova','Foreign Ministry spokeswoman Maria Zakharova','wrote',note='inverted "…," TITLE NAME wrote on Telegram; invented words')
q('903','remember Iraq, Libya and Afghanistan','Maria Zakharova','She','advised',partial=True)
q('903',"an attempted coup d'état",TOK,'Tokayev','called',partial=True,note='"Yesterday" = 10 Jan')
q('903','We came at the request of a legitimate government and we will leave as soon as the tasks are done,',SER,'the general','said',note='title-only "the general"; named in the sentence before')
q('903','They understand our concerns, but they do not accept them,',None,'one member of the Russian delegation','told',note='anonymous source; Ryabkov and Sherman are named in the paragraph but are not the speaker')
q('903','The West does not want to hear that Russia has red lines,','Fyodor Lukin','Fyodor Lukin','says',note='present-tense inverted cue "…," says NAME')
q('903','who is really capable of ensuring security in Eurasia','Fyodor Lukin','He','believes',partial=True)
c('903','troops_deployed',2030,None,'CSTO collective force',CSTO,'2,030 servicemen and about 250 pieces of equipment',note='the equipment count is not a separate claim')
c('903','other',20000,'about','attackers in Almaty',TOK,'about 20,000 attackers in Almaty alone')
e('903','2022-01-05','other',None,[TOK,CSTO],'asked the Collective Security Treaty Organization for help')
e('903','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The following day the first planes were in the air',note='"The following day" after January 5')
e('903',None,'statement',None,['Antony Blinken'],'told journalists last week',note='"last week" is not a day (real: 7 Jan)')
e('903',None,'statement',None,['Maria Zakharova'],'wrote on Telegram',note='undated')
e('903','2022-01-10','talks',None,[CSTO,TOK],'Yesterday, at the online CSTO summit')
e('903',None,'statement',None,[SER],'the general said in a video released by the Russian Defence Ministry',note='undated')
e('903','2022-01-10','talks','Geneva',[RYA,SHE],'And yet the same day, in Geneva',note='"the same day" = "Yesterday" = 10 Jan')
e('903','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday the NATO–Russia Council will meet in Brussels')
e('903','2022-01-13','talks','Vienna',['OSCE'],'on Thursday the OSCE Permanent Council will gather in Vienna')

# ---------------- 904 AiF.ru questions-and-answers explainer (12.01.2022, a Wednesday)
art('904',0,6,10,'Argumenty i Fakty','2022-01-12',['Aleksandra Voronina'],None,
    ['AiF.ru  ARGUMENTY I FAKTY','Questions and answers','12.01.2022 15:10','Aleksandra Voronina','Translated from Russian',
     'Read also: How much does a flight from Almaty to Moscow cost now? Prices rose to 95,000 roubles',
     'Did you find this article useful? Yes (214) No (17)','Share: VK | OK | Telegram | WhatsApp'],
    sections=(12,18,22,26,30,34))
q('904','in two days',TOK,'Tokayev','said',partial=True,note='a duration inside a partial; also dates the withdrawal start (Thu 13 Jan)')
q('904','The main mission has been successfully completed,',TOK,'the Kazakh president','told')
q('904','The peacekeepers have fulfilled all the tasks set before them, and no one was hurt,',SER,'Serdyukov','said')
q('904','Technically they could, but politically it would be a mistake, and Moscow understands this,','Gennady Ostapchuk','reserve colonel Gennady Ostapchuk','told',note='inverted; lowercase rank before the name')
q('904','tied to a concrete request','Gennady Ostapchuk','He','pointed out',partial=True)
q('904','There can be no question of any long stay,',PES,'he','said',note='he = Peskov, named in the sentence before')
c('904','troops_deployed',2030,None,'CSTO contingent',CSTO,'the contingent numbered 2,030 servicemen')
c('904','aircraft',70,'more than','aircraft used for the transfer',RDM,'more than 70 aircraft')
c('904','killed',164,None,'dead (figure later withdrawn)',KMH,'spoke of 164 dead')
c('904','detained',9900,'more than','people detained in connection with the riots',MIA,'more than 9,900 people had been detained')
e('904','2022-01-11','statement','Nur-Sultan',[TOK],'Speaking in the Mazhilis on Tuesday')
e('904','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would start "in two days"',note='"in two days" from Tuesday 11 Jan; future')
e('904','2022-01-12','statement',None,[SER],'On Wednesday the commander of the collective forces')
e('904','2022-01-13','other','Almaty',[CSTO],'A farewell ceremony is planned in Almaty for Thursday',note='planned ceremony')
e('904','2022-01-09','casualty_report',None,[KMH],'On Sunday the health ministry spoke of 164 dead')
e('904','2022-01-12','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Wednesday',note='detention figure')
e('904','2022-01-11','statement',None,[PES],'Kremlin spokesman Dmitry Peskov said on Tuesday')

# ---------------- 905 Charter'97 item (8.01.2022, a Saturday)
art('905',0,5,6,"Charter'97",'2022-01-08',[],None,
    ["Charter'97 :: News from Belarus - Belarusian News - Republic of Belarus - Minsk",'Let Belarus Be Free!','8.01.2022, 13:27',
     'Write a comment (14)','Share: Facebook | Twitter | Telegram',"Charter'97 © 1998–2022. When using materials, a hyperlink to charter97.org is required."])
q('905','It is our allied duty',LUK,'Lukashenka',None,zone='headline',note='headline "NAME sends …: "…"" — colon attribution; first sentence of the body quote')
q('905','under protection the facilities designated by the Kazakh side',BYMOD,'The Belarusian Ministry of Defence','said',partial=True)
q('905','It is our allied duty. We have no right to stand aside when our friends are in trouble,',LUK,'Lukashenka','said',note='Belarusian spelling Lukashenka; "according to the pro-government agency BelTA" at the end')
q('905','within hours','Viktor Khrenin','Khrenin','reported',partial=True,note='borderline two-word partial (a time phrase) with a speech verb')
q('905','Belarusian soldiers must not be used to suppress people who came out against a dictatorship,','Sviatlana Tsikhanouskaya','she','wrote',note='invented words')
q('905','Lukashenka is paying his debts to the Kremlin with our boys.','Sviatlana Tsikhanouskaya','she','wrote',note='stand-alone continuation; a name (Lukashenka) at the start of the quote is not the speaker')
q('905','This is not about Kazakhstan. They are practising joint transfers, and everyone in the region should watch closely,','Zmitser Kavaliou','Kavaliou','said')
q('905','help from the security forces',LUK,'Lukashenka','asked',partial=True,note='2020 request; "asked Moscow for "…""; borderline partial')
c('905','troops_deployed',500,'about','Belarusian contingent sent to Kazakhstan',BYMOD,'about 500 servicemen of the special operations forces')
c('905','troops_deployed',150,None,'further soldiers being prepared for dispatch','Telegram channel Military Observer BY','another 150 soldiers were being prepared for dispatch',note='unconfirmed; not yet deployed')
c('905','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" were killed',note='scare-quoted label (excluded from quotes)')
c('905','detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people were detained')
c('905','killed',18,None,'law enforcement officers killed','Kazakh authorities','Eighteen law enforcement officers also died',note='written-out figure at sentence start')
e('905','2022-01-07','statement',None,[BYMOD],'The Belarusian Ministry of Defence said on Friday')
e('905',None,'troop_deployment','Almaty region',['Belarus'],'had landed at the Almaty region airfield',note='undated landing')
e('905','2022-01-06','other',None,[LUK,'Viktor Khrenin'],'at a meeting with Defence Minister Viktar Khrenin on Thursday',note='internal meeting; Thursday before Saturday 8 Jan')
e('905','2022-01-08','statement',None,['Telegram channel Military Observer BY'],'claimed on Saturday')
e('905',None,'statement',None,['Sviatlana Tsikhanouskaya'],'condemned the decision',note='undated tweet')
e('905',None,'statement',None,['Viasna'],'Earlier, the Belarusian human rights center Viasna reported',note='"Earlier", no date')

# ---------------- 906 Caravanserai piece (2022-01-13, a Thursday)
art('906',0,6,12,'Caravanserai','2022-01-13',['Aigerim Nurlanova'],'ALMATY',
    ['Caravanserai','central.asia-news.com','Security','By Aigerim Nurlanova','2022-01-13',
     '[Kazakh President Kassym-Jomart Tokayev addresses the Mazhilis in Nur-Sultan January 11. [Akorda]]',
     'Do you like this article?','Yes  No','0 Comments','Comment Policy * Denotes Required Field'])
q('906','Our task has been fulfilled in full,',SER,'Serdyukov','said')
q('906','We never asked for them, and nobody asked us,','Aliya','Aliya','said',note='first name only, with age and job; invented')
q('906','I just want to know where my brother is.','Aliya','Aliya','said',note='second half after interposed attribution')
q('906','The authorities must explain every death and every arrest, including the cases of people who were simply walking home,','Yevgeniy Zhovtis','Yevgeniy Zhovtis','said',note='inverted "…," said NAME, director of …, in a statement; invented words')
q('906','Tokayev has shown that he can call in Moscow. The question is what Moscow will ask for in return,','Bakhyt Seitkaliyev','Bakhyt Seitkaliyev','said',note='name inside the quote (Tokayev) is not the speaker')
c('906','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
c('906','killed',16,'at least','members of the security forces killed',MIA,'At least 16 members of the security forces were killed')
e('906','2022-01-13','withdrawal','Kazakhstan',[CSTO],'on Thursday (January 13) began leaving Kazakhstan')
e('906','2022-01-13','other','Almaty',[SER],'At a ceremony in Almaty')
e('906','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev had announced the pullout two days earlier',note='"two days earlier" than Thursday 13 Jan')
e('906','2022-01-07','arrest','Almaty',[],'Her brother was detained on January 7')
e('906','2022-01-12','casualty_report',None,[MIA],'The Interior Ministry said Wednesday (January 12)')
e('906','2022-01-10','statement',None,[PES],'Kremlin spokesman Dmitry Peskov said Monday',note='Monday before Thursday 13 Jan')
e('906','2022-01-13','talks','Vienna',['OSCE'],'ends Thursday with a meeting of the Organization for Security and Co-operation in Europe (OSCE) in Vienna')

# ---------------- 907 Vesti.kz item in translation (14 January 2022, a Friday)
art('907',0,6,10,'Vesti.kz','2022-01-14',[],None,
    ['Vesti.kz','Society','14 January 2022, 10:30','Translated from Russian','Photo: Vesti.kz / Renat Tashkinbayev',
     'Subscribe to our channels: Telegram | Instagram | YouTube','When copying materials, an active hyperlink to Vesti.kz is required.'])
q('907','The terminal has been cleaned up, the equipment has been checked, and we are ready to receive all airlines,','Dana Seitkali','airport spokesperson Dana Seitkali','told',note='invented')
q('907','in the shortest possible time',RDM,'The ministry','said',partial=True)
q('907','Not a single one of our servicemen used weapons against civilians,',SER,'he','told',note='he = Serdyukov; invented words')
q('907','I have been trying to fly to my parents in Shymkent since the second of January,','Timur','Timur','said',note='first name only; a written-out date inside the quote')
q('907','Today at last I have a ticket.','Timur','Timur','said',note='second half after interposed attribution')
c('907','aircraft',9,None,'Il-76 aircraft that took off with the first group',RDM,'nine Il-76 aircraft took off from Almaty')
c('907','troops_deployed',2030,None,'CSTO collective force',None,'2,030 servicemen in total')
c('907','detained',12000,None,'people detained across Kazakhstan',MIA,'12,000 people had been detained')
c('907','detained',1600,'about','people still in custody',MIA,'about 1,600 remain in custody',note='subset still held; kept as a detained figure')
e('907','2022-01-05','protest','Almaty',[],'which was seized by rioters on January 5')
e('907','2022-01-13','other','Almaty',['Air Astana'],'landed on Thursday at 11:40 local time',note='airport reopening')
e('907','2022-01-13','withdrawal','Almaty',['Russia'],'took off from Almaty on Thursday with the first group')
e('907','2022-01-13','statement','Almaty',[SER],'said the day before that the peacekeepers',note='"the day before" = day before Friday 14 Jan')
e('907','2022-01-19','withdrawal','Kazakhstan',[CSTO],'would leave Kazakhstan by January 19',note='deadline')
e('907','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'after it arrived on January 6')
e('907','2022-01-13','casualty_report',None,[MIA],'as of Thursday evening',note='detention figure')
e('907','2022-01-12','other','Almaty',['Kazakh Ministry of Digital Development'],'Mobile internet has been restored in Almaty in full since Wednesday')

# ---------------- 908 LB.ua blog post (13 January 2022, a Thursday)
art('908',0,9,12,'LB.ua','2022-01-13',['Iryna Hnatiuk'],None,
    ['LB.ua','LEFT BANK','BLOGS','Iryna Hnatiuk',"People's Deputy of Ukraine, member of the Verkhovna Rada Committee on Foreign Policy",'13 January 2022, 19:15',
     "The author's opinion may not coincide with the position of the LB.ua editorial office.",'Share: Facebook | Twitter | Telegram','© 2008–2022 LB.ua'])
q('908','firm, legally binding guarantees',RYA,'Ryabkov','declared',partial=True)
q('908','close the door',SHE,'Sherman','replied',partial=True,note='three-word partial with a speech verb')
q('908','The risk of a new armed conflict in Europe is real, and we have to take it seriously,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told',note='paraphrased, not the real wording')
q('908','greater than at any time in the last thirty years','Zbigniew Rau','Zbigniew Rau','warning',partial=True,note='cue "opened the Permanent Council with a warning that"; paraphrased; a duration inside')
q('908','We showed that we can act fast,','Sergey Lavrov','Russian Foreign Minister Sergei Lavrov','said',note='invented words')
c('908','troops_deployed',2030,'about','CSTO servicemen in Kazakhstan',None,'some 2,030 CSTO servicemen',note='"some" → about')
c('908','troops_deployed',100000,'about','Russian troops near Ukraine','Ukrainian intelligence','Russia keeps about 100,000 troops')
c('908','other',50,'more than','Russian battalion tactical groups deployed','US officials','more than 50 battalion tactical groups')
e('908','2022-01-10','talks','Geneva',[RYA,SHE],'On Monday in Geneva')
e('908','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday in Brussels')
e('908','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told a press conference after the meeting')
e('908','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'Today in Vienna')
e('908','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Today they started to leave')
e('908','2022-01-19','withdrawal','Kazakhstan',[CSTO],'will be completed by January 19',note='planned completion')
e('908','2022-01-11','statement',None,['Sergey Lavrov'],'Sergei Lavrov said on Tuesday')
e('908',None,'other','Washington',['Iryna Hnatiuk'],'I will be in Washington next week',note='"next week" is not a day')

# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(MIA,'organisation',['Interior Ministry','Kazakh Interior Ministry'],[],'Kazakhstan',['The Interior Ministry']),
 sp('Yuriy Karasyk','person',['Yuriy Karasyk','Karasyk'],['military expert','a retired colonel of the Armed Forces of Ukraine'],'Ukraine',note='invented'),
 sp('Andriy Zolotarenko','person',['Andriy Zolotarenko','Zolotarenko'],['Political scientist'],'Ukraine',['he'],note='invented'),
 sp('Oleg Nikolenko','person',['Oleh Nikolenko'],['spokesman'],'Ukraine',['Its spokesman'],note='Ukrainian spelling "Oleh" here; canonical from earlier sets; words invented'),
 sp(PUT,'person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister'],'Armenia',note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President','President'],'Kazakhstan',['the Kazakh leader','the Kazakh president'],note='words paraphrased or invented'),
 sp(LUK,'person',['Alexander Lukashenko','Lukashenko','Alyaksandr Lukashenka','Lukashenka'],['Belarusian President'],'Belarus',[],note='Belarusian form Lukashenka in 905'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',note='canonical "Sergey" from the gold; only "Sergei" printed here'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Foreign Ministry spokeswoman'],'Russia',['She'],note='words invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','Col. Gen.','commander of the collective forces','The commander of the CSTO force'],'Russia',['the general','he'],note='words invented'),
 sp('Fyodor Lukin','person',['Fyodor Lukin'],['a professor at MGIMO'],'Russia',['He'],note='invented'),
 sp('Gennady Ostapchuk','person',['Gennady Ostapchuk'],['reserve colonel'],'Russia',['He'],note='invented'),
 sp(PES,'person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['he'],note='words invented'),
 sp(BYMOD,'organisation',['Belarusian Ministry of Defence'],[],'Belarus',['The Belarusian Ministry of Defence']),
 sp('Viktor Khrenin','person',['Viktar Khrenin','Khrenin'],['Defence Minister'],'Belarus',note='Belarusian spelling "Viktar" here; canonical from earlier sets'),
 sp('Sviatlana Tsikhanouskaya','person',['Sviatlana Tsikhanouskaya'],['Opposition leader'],'Belarus',['she'],note='words invented'),
 sp('Zmitser Kavaliou','person',['Zmitser Kavaliou','Kavaliou'],['Military analyst'],'Belarus',note='invented'),
 sp('Aliya','person',['Aliya'],['a pharmacist'],'Kazakhstan',note='invented; first name only'),
 sp('Yevgeniy Zhovtis','person',['Yevgeniy Zhovtis'],['director of the Kazakhstan International Bureau for Human Rights'],'Kazakhstan',note='words invented'),
 sp('Bakhyt Seitkaliyev','person',['Bakhyt Seitkaliyev'],['a political analyst in Almaty'],'Kazakhstan',note='invented'),
 sp('Dana Seitkali','person',['Dana Seitkali'],['airport spokesperson'],'Kazakhstan',note='invented'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',['The ministry']),
 sp('Timur','person',['Timur'],['a student'],'Kazakhstan',note='invented; first name only'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words paraphrased'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='words paraphrased'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['the Polish chairman of the OSCE'],'Poland',note='words paraphrased'),
 sp('Sergey Lavrov','person',['Sergei Lavrov'],['Russian Foreign Minister'],'Russia',note='words invented; canonical "Sergey" from earlier sets'),
 sp(KMH,'organisation',['Ministry of Health','health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the 164 figure in 901 and 904; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='mentioned in every file; not quoted'),
]
OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
names={s['canonical'] for s in S}
for x in Q: assert x['speaker'] is None or x['speaker'] in names,(x['speaker'])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
