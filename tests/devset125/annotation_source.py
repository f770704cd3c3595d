#!/usr/bin/env python3
"""Source of the devset125 annotation: the hand-chosen spans, values and dates for 1093-1100.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset125/annotation_source.py && python3 tests/devset125/verify.py
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
PGO="Kazakh Prosecutor General's Office"; SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'

# ---------------- 1093 Proekt-style investigation (January 11, 2022, a Tuesday)
art('1093',0,4,6,'Proekt','2022-01-11',['Katerina Zorina','Pavel Lemekh'],None,
    ['PROEKT','Investigations  ·  Stories  ·  Newsletter  ·  About  ·  Support Proekt','January 11, 2022','Text: Katerina Zorina, Pavel Lemekh',
     'Editor: Olga Rusetskaya','Illustration: Proekt','* The names of the sources are known to the editors.',
     'Proekt is an independent media outlet. The Russian authorities declared us an "undesirable organization" in July 2021. Support Proekt'])
q('1093','Nobody waited for paperwork. The order came verbally on the fourth, the papers were signed later,',None,'one of the sources','told',note='anonymous source ("two sources close to the Russian Defence Ministry"); cue "told Proekt"; "the fourth" inside the quote is a date word, not an event')
q('1093','sitting on its bags',None,'A second source','said',partial=True,note='anonymous former officer; idiom but attributed by a speech verb')
q('1093','strictly limited in time','Dmitry Peskov','he','repeated',partial=True,note='he = Peskov, named in the sentence before ("did not answer our questions")')
q('1093','Our task is to protect strategic facilities, not to take part in police work,',SER,'Serdyukov','said')
q('1093','a single shot',SER,'He','added',partial=True,note='He = Serdyukov')
q('1093','The operation was a test of how quickly Moscow can move a brigade to a friendly capital,','Mikhail Avdeev','Mikhail Avdeev','says',note='inverted present-tense cue "says Mikhail Avdeev"; invented analyst')
q('1093','The answer is: in about 20 hours.','Mikhail Avdeev','Mikhail Avdeev','says',note='second half after the interposed attribution; "20 hours" is a duration, not a claim')
c('1093','troops_deployed',2030,'about','CSTO servicemen sent to Kazakhstan',CSTO,'about 2,030 servicemen',note='"By the CSTO\'s own count"')
c('1093','other',250,None,'pieces of CSTO equipment sent to Kazakhstan',CSTO,'250 pieces of equipment')
c('1093','aircraft',70,'more than','aircraft used for the airlift',RDM,'More than 70 aircraft were used')
c('1093','detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people had been detained')
c('1093','killed',164,None,'dead (figure withdrawn)',None,'a figure of 164 dead appeared',note='figure "appeared and was withdrawn"; no source named')
e('1093','2022-01-05','statement',None,[TOK,CSTO],'On the evening of January 5, Kazakh President',note='televised announcement of the request to the CSTO')
e('1093','2022-01-06','troop_deployment',None,['Russia'],'Less than a day later the first Il-76 aircraft',note='"less than a day later" than the evening of January 5; resolved to 6 Jan')
e('1093','2022-01-10','statement',None,['Dmitry Peskov'],'Speaking to journalists on Monday',note='Monday before Tuesday 11 Jan')
e('1093','2022-01-09','statement','Almaty',[SER],'said at a briefing in Almaty on Sunday')
e('1093','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e('1093',None,'other',None,[RDM],'the Russian Defence Ministry reported last week',note='"last week" is not a day')
e('1093','2022-01-10','talks',None,[CSTO,TOK],'The CSTO leaders met online on Monday')
e('1093','2022-01-11','statement',None,[TOK],'on Tuesday he announced that the withdrawal would begin',note='Tuesday = publication day')
e('1093','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin in two days',note='future: two days after Tuesday 11 Jan')

# ---------------- 1094 Verstka-style news item (12.01.2022, a Wednesday; update 13.01.2022)
art('1094',0,4,11,'Verstka','2022-01-12',[],None,
    ['ВЁРСТКА / VERSTKA','News · Kazakhstan','12.01.2022, 14:30','Verstka editorial team',
     'This text was translated from Russian by the Verstka team. The original was first published in our Telegram channel.',
     'Subscribe to Verstka on Telegram: @svobodnieslova','Verstka does not receive money from the state. Support us'])
q('1094',"My son is a contract soldier, he is 21. On the sixth of January he texted me 'we are flying somewhere warm'. Since then nothing,",None,'a woman from Pskov','said',note="anonymous mother; the nested single-quoted text message is not a separate record; age 21 is not a claim")
q('1094','for one minute',None,'Another mother','said',partial=True,note='anonymous mother from Ulyanovsk')
q('1094','main mission',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='two-word evaluative phrase with a speech verb')
q('1094','People are held for days without any documents. Families go from one police station to the next,','Zhanar Suleimenova','lawyer Zhanar Suleimenova','said',note='inverted cue after the quote: "…," lawyer NAME said; invented lawyer')
q('1094','fully accomplished',SER,'Serdyukov','said',partial=True,note='inside the UPDATE paragraph')
q('1094','Not one of our servicemen has been killed or wounded,',SER,'he','said',note='he = Serdyukov; UPDATE paragraph')
c('1094','troops_deployed',2030,None,'CSTO troops from six member states',CSTO,'2,030 troops from six member states')
c('1094','troops_deployed',100,'about','Armenian soldiers in the CSTO force',None,'Armenia sent about 100 soldiers',note='next sentence after "According to the CSTO"; source left null')
c('1094','detained',9900,None,'people detained','Kazakh authorities','the number of people detained had reached 9,900')
e('1094','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that the',note='Tuesday before Wednesday 12 Jan')
e('1094','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin in two days',note='future: two days after Tuesday 11 Jan')
e('1094',None,'other',None,['Sergei Shoigu'],'has already ordered preparations for the return flights',note='undated order')
e('1094','2022-01-12','casualty_report',None,['Kazakh authorities'],"Kazakhstan's authorities said on Wednesday")
e('1094','2022-01-13','other','Almaty',[SER],'At a farewell ceremony in Almaty on Thursday',note='"on Thursday" in the UPDATE dated 13.01.2022; also the day after publication')
e('1094','2022-01-08','other',None,[],'said her son called her on Saturday',note='phone call of a soldier to his mother; Saturday before Wednesday 12 Jan')

# ---------------- 1095 Holod-style reportage (9 January 2022, a Sunday)
art('1095',0,6,8,'Holod','2022-01-09',['Aigerim Tulegenova'],None,
    ['ХОЛОД','Holod Media — in English','Reportage','9 January 2022','Reading time: 7 minutes',
     'Photo: Holod / Aigerim Tulegenova. Republic Square in Almaty on the morning of January 6. Burnt cars near the city administration building',
     'Holod is a media outlet about life in Russia and the region. To help us keep writing, become a Holod patron.','Share: Telegram · VK · Facebook · Twitter'])
q('1095','We thought it was our revolution.','Daniyar','Daniyar',None,zone='headline',note='headline quote, the first sentence of the body quote at l.'+str(ln('1095','It turned out to be'))+'; ends with "." inside the mark')
q('1095','Gas is just the reason. We have been living like this for thirty years,','Daniyar','a 26-year-old taxi driver named Daniyar','told',note='first name only; age 26 and "thirty years" are not claims')
q('1095','dozens of people with gunshot wounds',None,'A nurse at City Hospital No. 7','said',partial=True,note='anonymous nurse; "dozens" is vague, not a claim')
q('1095','I have given the order to open fire without warning,',TOK,'he','said',note='he = Tokayev')
q('1095','Those who do not surrender will be destroyed.',TOK,'he','said',note='continuation after the interposed "he said in a televised address on Friday."')
q('1095','We were told they only guard buildings,','Asel','Asel','said',note='first name only; inverted "said Asel"')
q('1095','But who will tell us what they are doing at night?','Asel','Asel','said',note='continuation after the interposed attribution')
q('1095',"We thought it was our revolution. It turned out to be someone else's war,",'Daniyar','he','wrote',note='he = Daniyar (a message)')
c('1095','detained',1000,'more than','people detained in Almaty',"Almaty City Prosecutor's Office",'more than 1,000 people had been detained in Almaty alone')
c('1095','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='scare-quoted label after the figure, excluded from quotes')
c('1095','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died')
e('1095','2022-01-04','protest','Almaty',[],'I arrived in Almaty on Tuesday',note='Tuesday before Sunday 9 Jan; rallies reached Almaty')
e('1095','2022-01-05','protest','Almaty',[],'On Wednesday the crowd took the city administration building')
e('1095','2022-01-07','statement',None,[TOK],'he said in a televised address on Friday')
e('1095','2022-01-08','casualty_report','Almaty',["Almaty City Prosecutor's Office"],"On Saturday the city prosecutor's office announced")
e('1095','2022-01-06','troop_deployment','Almaty',['Russia'],'Russian paratroopers appeared at the airport on Thursday')
e('1095','2022-01-05','other','Almaty',[],'the day after it was seized by unknown men',note='airport seizure: the day before Thursday 6 Jan')
e('1095','2022-01-05','arrest',None,[],'his brother had been detained three days earlier',note='"three days earlier" than the Saturday 8 Jan message')

# ---------------- 1096 Agentstvo-style data note (15 January 2022, a Saturday)
art('1096',0,4,11,'Agentstvo','2022-01-15',['Ilya Sviridov','Ksenia Morozova'],None,
    ['Агентство / Agentstvo','agents.media · English digest','Agentstvo | 15 January 2022, 18:40','Authors: Ilya Sviridov, Ksenia Morozova',
     '[Agentstvo is a Russian independent media outlet. We check facts and count what others do not.]',
     'Date | Source | Dead','06.01 | Interior Ministry | 18 security officers','07.01 | Interior Ministry | 26 attackers',
     '09.01 | Government Telegram channel | 164 (deleted)','15.01 | Prosecutor General | 225',
     'Follow Agentstvo on Telegram and Instagram. If you spot a mistake, write to us.'])
q('1096','dozens of attackers liquidated',MIA,'the Interior Ministry','reported',partial=True,note='"dozens" is vague, not a claim')
q('1096','The figure of 225 includes both civilians and those we call terrorists,','Aidos Nurkenov','Aidos Nurkenov','told',note='name after the quote, then role; invented spokesman')
q('1096','20,000 bandits',TOK,'Tokayev','spoke of',partial=True,note='a figure inside a partial quote; also a claim')
q('1096','Kazakh officials are not lying all the time, they just do not count,','Marat Zhaksylykov','Marat Zhaksylykov','said',note='inverted "said NAME"; invented analyst')
c('1096','killed',225,None,'people killed in the January unrest',PGO,'225 people, including 19 members')
c('1096','killed',19,None,'members of the security forces killed',PGO,'19 members of the security forces')
c('1096','killed',18,None,'law enforcement officers killed (6 Jan report)',MIA,'18 law enforcement officers had been killed')
c('1096','killed',26,None,'"armed criminals" killed (7 Jan report)',MIA,'the figure of 26 dead',note='"it" = the Interior Ministry')
c('1096','killed',164,None,'dead (figure deleted)',None,'a figure of 164 dead was published',note='published on a government Telegram channel and removed')
c('1096','other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" who had attacked Almaty')
c('1096','detained',9900,None,'people detained by Tuesday',MIA,'9,900 people had been detained by Tuesday')
c('1096','detained',12000,None,'people detained by Friday',MIA,'By Friday the figure was 12,000',note='continues the Interior Ministry attribution of the sentence before; "about half of them" released is vague')
e('1096','2022-01-15','casualty_report',None,[PGO],"On Saturday Kazakhstan's Prosecutor General's Office",note='Saturday = publication day')
e('1096','2022-01-06','casualty_report',None,[MIA],'On January 6, the Interior Ministry reported')
e('1096','2022-01-07','casualty_report',None,[MIA],'A day later it gave the figure',note='"A day later" than 6 Jan')
e('1096','2022-01-09','casualty_report',None,[],'On January 9, a figure of 164 dead')
e('1096',None,'statement','Nur-Sultan',['Aidos Nurkenov'],'told a briefing in Nur-Sultan',note='no day given; probably 15 Jan')

# ---------------- 1097 DOXA-style interview (12.01.2022, a Wednesday)
art('1097',0,4,12,'DOXA','2022-01-12',['Timofei Belyaev'],None,
    ['DOXA','Journal · Interviews · Campus · Donate','12.01.2022','Interview: Timofei Belyaev',
     'The interview has been shortened and edited for clarity. Translated from Russian.',
     'DOXA is a student media outlet. Since April 2021 four of our editors have been under criminal prosecution. We keep working.',
     "Photo: Gulnara Bekova's personal archive",'Support DOXA: every donation helps us pay our lawyers.'])
q('1097','Nobody asked the people in the square.','Gulnara Bekova','Gulnara Bekova',None,zone='headline',note='headline quote taken from an unquoted answer (l.28, "Nobody asked the people in the square, of course, …"); the interviewee\'s answers are unquoted dash Q&A and are not extracted')
q('1097','Shal, ket!',None,'they','saying',note='protest slogan chanted by the protesters ("they were already saying"); Kazakh words')
q('1097','Old man, go!',None,'they','saying',note='the interviewee\'s translation of the slogan, set off by dashes; kept as a second record (uncertain)')
q('1097','the peaceful protesters were heard',TOK,'the President','said',partial=True,note='"the President also said, and I quote," — quoted inside an unquoted answer; the speaker is Tokayev, not the interviewee')
q('1097','will not allow the situation to be rocked','Vladimir Putin','Putin','said',partial=True)
q('1097','difficult, long, very professional',RYA,'Ryabkov','said',partial=True)
c('1097','other',20000,None,'"bandits" (Tokayev\'s figure)',TOK,'20,000 "bandits"',note='in the interviewer\'s question; the one-word "bandits" is excluded from quotes')
c('1097','detained',10000,'almost','people detained',MIA,'almost 10,000 people have been detained')
c('1097','troops_deployed',2030,None,'foreign (CSTO) soldiers in Kazakhstan',None,'an army of 2,030 foreign soldiers')
e('1097','2022-01-11','other',None,['Gulnara Bekova','DOXA'],'We spoke to her on Tuesday',note='the interview itself')
e('1097','2022-01-10','talks',None,[CSTO],'a day after the CSTO leaders held an online summit',note='"a day after" Tuesday 11 Jan')
e('1097','2022-01-01','other',None,[],'On January 1 the price of liquefied gas doubled')
e('1097','2022-01-02','protest','Zhanaozen',[],'on January 2 people went out')
e('1097','2022-01-05','other','Almaty',[],'something organised in Almaty on January 5')
e('1097','2022-01-10','statement',None,['Vladimir Putin'],'Putin said on Monday that the alliance')
e('1097',None,'talks','Geneva',[RYA,'United States'],'Ryabkov then went to Geneva',note='no day given; real date 2022-01-10')
e('1097','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday they will start leaving')

# ---------------- 1098 MBKh Media-style opinion column (14/01/2022, a Friday)
art('1098',0,4,12,'MBKh Media','2022-01-14',['Yevgeny Korolev'],None,
    ['MBKh Media','Opinions','Yevgeny Korolev, political scientist','14/01/2022 · 19:20','👁 4 811',
     'The opinion of the author may not coincide with the position of the editorial board.',
     'Tags: NATO, USA, OSCE, Kazakhstan, CSTO','Read MBKh Media on Telegram and YouTube'])
q('1098','We do not need new talks for the sake of talks,',RYA,'Ryabkov','said')
q('1098','There are significant differences between NATO allies and Russia on these issues,','Jens Stoltenberg','he','told',note='he = Stoltenberg, named in the sentence before')
q('1098','Our differences will not be easy to bridge.','Jens Stoltenberg','he','told',note='continuation after the interposed attribution')
q('1098','greater than ever before in the last 30 years','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True,note='"30 years" inside the quote is not a claim')
q('1098','run out of patience','Sergey Lavrov','Sergey Lavrov','told',partial=True)
c('1098','troops_deployed',2000,'about','Russian paratroopers in Kazakhstan',None,'about 2,000 Russian paratroopers')
c('1098','aircraft',4,None,'Il-76 aircraft that left Almaty (withdrawal)',RDM,'four Il-76 aircraft had taken off from Almaty')
e('1098','2022-01-10','talks','Geneva',[RYA,SHE],'On Monday, Deputy Foreign Minister Sergei Ryabkov')
e('1098','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday, the Russia–NATO Council met in Brussels')
e('1098','2022-01-13','talks','Vienna',['OSCE'],'On Thursday, the OSCE Permanent Council')
e('1098','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'he told reporters on Wednesday evening')
e('1098','2022-01-13','statement','Vienna',['Zbigniew Rau'],'In Vienna, Polish Foreign Minister Zbigniew Rau',note='no day word; "In Vienna" ties it to the Thursday OSCE meeting')
e('1098','2022-01-14','statement',None,['Alexander Lukashevich'],'answered the next day',note='"the next day" after Rau\'s Thursday speech')
e('1098','2022-01-14','statement',None,['Sergey Lavrov'],'on Friday, Sergey Lavrov told his annual press conference')
e('1098','2022-01-13','withdrawal','Almaty',[RDM],'On Thursday the first of them flew home')

# ---------------- 1099 Republic-style analysis cut by the paywall (10 January 2022, a Monday)
art('1099',0,4,6,'Republic','2022-01-10',['Denis Lugovoy'],None,
    ['REPUBLIC','Politics · Economy · Technology · Columns     Log in | Subscribe','10 January 2022','Politics','Kazakhstan  CSTO  Russia–USA',
     'This material is available only to subscribers.','Subscribe to Republic to continue reading: 299 rubles a month, cancel any time.',
     'Already a subscriber? Log in','Read also',"Tokayev's new order: who wins from Nazarbayev's retreat",'How much did the CSTO mission cost? We counted the flights'])
q('1099','We showed that we keep our word, and the Americans saw it too,',None,'a person familiar with the discussions','told',note='anonymous Kremlin-adjacent source')
q('1099','It is good while it is short. If they stay a month, it will be a different story.',None,'Another interlocutor',None,note='attribution by a colon after "Another interlocutor was more careful:" with no speech verb; cue null')
q('1099','the undermining of the foundations of statehood','Vladimir Putin','Vladimir Putin','said',partial=True)
q('1099','no concessions',RYA,'Ryabkov','told',partial=True,note='two-word partial with a speech verb ("told reporters")')
q('1099','simply non-starters',SHE,'Sherman','said',partial=True,note='the one-word "firm" in the same sentence is excluded')
c('1099','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',CSTO,'its contingent had reached 2,030 people')
e('1099','2022-01-05','other',None,[TOK,CSTO],'asked for help late on January 5')
e('1099','2022-01-07','troop_deployment','Almaty',['Russia'],'By Friday morning Russian paratroopers were guarding Almaty airport',note='Friday before Monday 10 Jan')
e('1099','2022-01-09','statement',None,[CSTO],'by Sunday the CSTO said')
e('1099','2022-01-10','talks',None,['Vladimir Putin',CSTO],'speaking at the online CSTO summit on Monday')
e('1099','2022-01-10','talks','Geneva',[RYA,SHE],'On the same day, Deputy Foreign Minister Sergei Ryabkov',note='"the same day" = Monday 10 Jan')
e('1099','2022-01-09','statement',None,[RYA],'Ryabkov told reporters on Sunday evening')
e('1099','2022-01-10','statement',None,[SHE],'After the meeting, Sherman said',note='after the Monday meeting; same day')

# ---------------- 1100 Radio Svoboda-style piece in translation (January 14, 2022, a Friday)
art('1100',0,7,15,'Radio Svoboda','2022-01-14',['Mikhail Goryunov'],None,
    [T[doc('1100')].split('\n')[0],T[doc('1100')].split('\n')[1],'Radio Svoboda / Радио Свобода','Russia · Regions','January 14, 2022 21:15',
     'Mikhail Goryunov','Translated from Russian by RFE/RL','Listen: 00:00 / 04:12',
     'Read more: CSTO leaders agree to send "peacekeepers" to Kazakhstan','Follow Radio Svoboda on Telegram','© 2022 RFE/RL, Inc. All rights reserved.'])
q('1100','They came back tanned and silent.','Natalya','Natalya',None,zone='headline',note='headline quote; the first sentence of the body quote')
q('1100','They came back tanned and silent. My husband said only that it was cold and they slept in a school,','Natalya','Natalya','said',note='first name only; inverted "said Natalya"')
q('1100','in full',SER,'Colonel General Andrei Serdyukov','said',partial=True,note='two-word partial with a speech verb (borderline)')
q('1100','We arrived at the request of a sister state and we leave when the task is done,',SER,'he','told',note='he = Serdyukov')
q('1100','Now they were in Kazakhstan. Tomorrow, where?','Sergei','he','asked',note='activist identified only as "Sergei"; the quote ends in "?" and the cue follows; the scare-quoted "for exercises" before it is excluded')
q('1100','showed the professionalism of the Russian army','Stanislav Voskresensky','Stanislav Voskresensky','wrote',partial=True,note='words invented; regional governor, on Telegram')
q('1100','Welcome home!',RDM,'the Defence Ministry','published',note='a video caption published by the ministry; kept as its words (uncertain)')
c('1100','troops_deployed',1000,'more than','Russian servicemen flown home (withdrawal)',RDM,'more than 1,000 servicemen had returned')
c('1100','troops_deployed',2000,'about','Russian troops in the CSTO operation',RDM,'about 2,000 Russian troops took part')
e('1100','2022-01-13','withdrawal','Ivanovo',['Russia'],'returned to Ivanovo on Thursday night',note='Thursday before Friday 14 Jan')
e('1100','2022-01-13','withdrawal','Kazakhstan',[RDM],'had begun on Thursday')
e('1100','2022-01-13','other','Almaty',[SER],'said at a farewell ceremony in Almaty on Thursday')
e('1100','2022-01-14','statement',None,['Stanislav Voskresensky'],'wrote on Telegram on Friday')
e('1100',None,'other',None,[],'in December several families had been told',note='"in December" (2021), no day')
e('1100',None,'other','Ivanovo',[RDM],'In the evening, the Defence Ministry published a video',note='probably the evening of 13 or 14 Jan; not resolved')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','the President'],["Tokayev's"]),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','the head of the Airborne Forces',"the head of Russia's Airborne Forces",'the commander of the Airborne Forces'],'Russia',['He','he']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['he']),
 sp('Mikhail Avdeev','person',['Mikhail Avdeev'],['a military analyst'],'Russia',note='invented'),
 sp('Zhanar Suleimenova','person',['Zhanar Suleimenova'],['lawyer'],'Kazakhstan',note='invented'),
 sp('Daniyar','person',['Daniyar'],['a 26-year-old taxi driver','the taxi driver'],'Kazakhstan',['he'],note='invented; first name only'),
 sp('Asel','person',['Asel'],['a student'],'Kazakhstan',note='invented; first name only'),
 sp('Aidos Nurkenov','person',['Aidos Nurkenov'],["a spokesman for the Prosecutor General's Office"],'Kazakhstan',note='invented'),
 sp('Marat Zhaksylykov','person',['Marat Zhaksylykov'],['a political analyst in Almaty'],'Kazakhstan',note='invented'),
 sp('Gulnara Bekova','person',['Gulnara Bekova'],['a sociologist from Almaty'],'Kazakhstan',note='invented interviewee'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',note='spelled "Sergei" in this set; canonical from the gold'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,['he']),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],[],'Russia'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the Interior Ministry']),
 sp('Natalya','person',['Natalya'],[],'Russia',note='invented; wife of a sergeant, first name only'),
 sp('Sergei','person',['Sergei'],['A local activist'],'Russia',['he'],note='invented; "asked to be identified only as Sergei"'),
 sp('Stanislav Voskresensky','person',['Stanislav Voskresensky'],['The regional governor'],'Russia',note='words invented'),
 sp(RDM,'organisation',['Russian Defence Ministry','Defence Ministry'],[],'Russia',['the Defence Ministry']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of figures; not quoted in this set'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',[],[],quoted=False,note='source of the 225 figure in 1096; not quoted'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',[],[],quoted=False,note='only a one-word-label quote ("military-technical"), excluded'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia',[],[],quoted=False,note='only the one-word "forever", excluded'),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Russian Defence Minister'],'Russia',[],[],quoted=False),
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
