#!/usr/bin/env python3
"""Source of the devset138 annotation: the hand-chosen spans, values and dates for 1197-1204.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset138/annotation_source.py && python3 tests/devset138/verify.py
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
PGO="Kazakh Prosecutor General's Office"

# ---------------- 1197 Znak.com (Yekaterinburg) item in translation (07 January 2022, a Friday)
art('1197',0,6,8,'Znak.com','2022-01-07',['Ekaterina Voronina'],None,
    ['ZNAK','Politics · Yekaterinburg · Society','07 January 2022, 19:48','Translated from Russian','Ekaterina Voronina',
     'Photo: Ekaterina Voronina / Znak.com','Read also: How Yekaterinburg businesses trade with Kazakhstan','Share: VK OK Telegram','Znak.com is included in the register of media. 18+'])
q('1197','We hear shooting at night and nobody tells us anything','Dmitry Sokolov',None,None,zone='headline',note='headline quote after a colon, repeated from the body (l.14) without its final full stop; speaker only from the body')
q('1197','We hear shooting at night and nobody tells us anything. The hotel has closed its doors and the staff sleep in the lobby,','Dmitry Sokolov','he','said',note='"he" = Dmitry Sokolov, named in the sentence before with age and town')
q('1197','more than a hundred requests','Tatyana Merzlyakova','The regional ombudsman Tatyana Georgievna Merzlyakova','said',partial=True,note='full name with patronymic; the number inside the partial is not a claim (requests, not casualties)')
q('1197','We pass every list to the Foreign Ministry, and we ask people not to travel to the airport on their own,','Tatyana Merzlyakova','Merzlyakova','stressed')
q('1197','The Russian side is not sending evacuation flights yet, because the airport is controlled by the peacekeepers and it is not safe,',None,'a source in the Sverdlovsk regional government','told',note='anonymous source; inverted order after the quote')
c('1197','killed',26,None,'armed criminals "eliminated"',MIA,'26 armed criminals had been eliminated',note='"eliminated" = killed')
c('1197','killed',18,None,'security officers killed',MIA,'18 security officers had died')
c('1197','detained',3000,'more than','people detained',MIA,'More than 3,000 people were detained')
e('1197','2022-01-07','other','Yekaterinburg',['Koltsovo airport'],'Koltsovo airport on Friday cancelled its flights',note='flight cancellation; Friday = publication day')
e('1197','2022-01-07','statement',None,[TOK],'on Friday morning said he had given the order to fire without warning')
e('1197','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said that 26",note='same paragraph as "on Friday morning"; no own day word, read as the same day')
e('1197','2022-01-06','troop_deployment','Almaty',['Russia',CSTO,RDM],'landed near Almaty on Thursday',note='Thursday before Friday 7 Jan')
e('1197',None,'statement','Nur-Sultan',['Russian embassy in Kazakhstan'],'advised citizens to stay indoors',note='undated advice')

# ---------------- 1198 Ural56.Ru (Orenburg regional site), 08.01.2022, a Saturday
art('1198',0,5,7,'Ural56.Ru','2022-01-08',['Ilya Prokhorov'],None,
    ['Ural56.Ru — news of Orenburg and the Orenburg region','Home / News / Society','08.01.2022 16:22  |  Views: 5 318','Author: Ilya Prokhorov',
     'Photo: reader Alexei S.','If you have news, write to our WhatsApp: +7 (922) 000-56-56','© 2022 Ural56.Ru. 16+'])
q('1198','I have been standing here since Thursday morning, the heater works on diesel and the diesel is running out,','Alexei Shumilin','truck driver Alexei Nikolaevich Shumilin','said',note='inverted cue "…," said truck driver NAME PATRONYMIC SURNAME')
q('1198','The Russian side has not closed anything. All questions about the pace of passage are for our Kazakh colleagues,','Denis Pasler','the governor','wrote',note='cue "wrote in his Telegram channel"; "the governor" after the quote; name in the sentence before; later "Denis Vladimirovich" (first name + patronymic only)')
q('1198','largely restored','Kassym-Jomart Tokayev','President Kassym-Jomart Toqaev','announced',partial=True,note='Kazakh-Latin spelling "Toqaev"')
q('1198','We recommend that drivers do not go to the border until the situation is normalised,','Orenburg customs','the customs press service','said')
c('1198','detained',4404,None,'people detained in Kazakhstan',MIA,'4,404 people had been detained')
c('1198','killed',164,None,'people died in the unrest','Kazakh Health Ministry','164 people died in the unrest',note='"later corrected by officials"')
c('1198','troops_deployed',2030,'about','CSTO peacekeeping contingent',CSTO,'numbers about 2,030 servicemen',note='"250 pieces of equipment" is not a claim')
e('1198','2022-01-08','statement',None,['Orenburg customs'],'Orenburg customs said on Saturday',note='300 trucks at the Sagarchin checkpoint (count of trucks, not a claim)')
e('1198','2022-01-07','statement',None,['Denis Pasler'],'said on Friday that the border had not been closed by Russia')
e('1198','2022-01-08','casualty_report',None,[MIA],'the Interior Ministry reported on Saturday')
e('1198',None,'statement',None,[TOK],'announced that constitutional order',note='undated (real: 7 Jan)')
e('1198',None,'other','Orenburg',['Orenburg customs'],'Orenburg customs asked carriers to postpone trips',note='advice to carriers; undated')

# ---------------- 1199 Rosbalt wire in translation (10/01/2022, a Monday)
art('1199',0,5,7,'Rosbalt','2022-01-10',['Oksana Belova'],'Geneva',
    ['ROSBALT','Information agency','Politics | 10/01/2022 21:37','Rosbalt correspondent in Geneva: Oksana Belova','Subscribe to Rosbalt on Yandex.News','All materials of the section "Politics"'])
q('1199','The conversation was difficult, long, very professional, deep and specific, but we have not received the main thing that we wanted,','Sergey Ryabkov','Ryabkov','told')
q('1199','in the most detailed way','Sergey Ryabkov','He','added',partial=True)
q('1199','simply non-starters','Wendy Sherman','Sherman','said',partial=True)
q('1199',"We will not allow anyone to slam closed NATO's open-door policy,",'Wendy Sherman','the American diplomat','said',note='title-like reference after the quote')
q('1199','Our American colleagues asked about Kazakhstan, we explained everything, this is a legitimate mission at the request of a sovereign state,','Sergey Ryabkov','Ryabkov','said',note='"the deputy minister said" in the sentence before; inverted "…," said Ryabkov')
q('1199','complex but businesslike','Sergey Ryabkov','the Russian diplomat','described',partial=True)
c('1199','other',20000,'about','militants who took part in the attacks on Almaty','Kazakh side','about 20,000 militants took part')
c('1199','troops_deployed',2000,'more than','CSTO contingent in Kazakhstan','Vladimir Putin','numbering a little over 2,000 people',note='"a little over" → more than')
e('1199','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'ended in Geneva on Monday after almost eight hours',note='"eight hours" is a duration, not a claim')
e('1199','2022-01-09','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'The day before, Ryabkov and Sherman had a working dinner',note='"The day before" = Sunday 9 Jan')
e('1199','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'an extraordinary online session of the CSTO Collective Security Council was held on Monday')
e('1199','2022-01-12','talks','Brussels',['Russia','NATO'],'will take place in Brussels on Wednesday',note='future')
e('1199','2022-01-13','talks','Vienna',['OSCE'],'will meet in Vienna on Thursday',note='future')

# ---------------- 1200 BUSINESS Online (Kazan) experts' opinions (11.01.2022 00:05, a Tuesday)
art('1200',0,5,7,'BUSINESS Online','2022-01-11',[],None,
    ['BUSINESS Online',"Tatarstan's business newspaper",'11.01.2022 | 00:05 | Politics','Comments (48)','Read also: Minnikhanov spoke with the Kazakh ambassador','Subscribe to our channel in Telegram'])
q('1200',"It is a demonstration of the CSTO's capabilities",'Ruslan Aisin',None,None,zone='headline',note='headline quote before a colon; repeated from the expert block (l.19)')
q('1200','The operation showed that the CSTO is not a paper organisation. In a few days, the alliance deployed a force that would have taken NATO weeks to assemble. For us in Tatarstan it is important that the Turkic world remains stable.','Farid Mukhametshin','Farid Rinatovich Mukhametshin',None,note='"experts\' opinions" block: speaker on its own line "NAME — role:", the quote is the next paragraph; no speech verb')
q('1200',"It is a demonstration of the CSTO's capabilities, nothing more. Tokayev received what he wanted and is sending the guests home before anyone starts talking about occupation. I would not overestimate this.",'Ruslan Aisin','Ruslan Aisin',None,note='expert block; a name (Tokayev) inside the quote')
q('1200','Our warehouses stood idle for five days. Internet returned only on Monday, and we still cannot pay suppliers because the banks were closed.','Ayrat Galiullin','Ayrat Galiullin',None,note='expert block; invented businessman; duration inside the quote')
q('1200','Tokayev showed everyone that he is now the master of the house,','Ruslan Aisin','the political scientist','noted',note='"the political scientist" after the quote; Aisin named in the sentence before')
c('1200','detained',7939,None,'people detained',MIA,'7,939 people have been detained')
c('1200','killed',164,None,'people dead',PGO,'reported 164 dead the day before')
c('1200','killed',16,None,'law enforcement officers among the dead',PGO,'including 16 law enforcement officers')
e('1200','2022-01-10','talks',None,[CSTO,TOK],'held an emergency summit on Kazakhstan by video link',note='"On Monday" = 10 Jan (the piece is stamped 00:05 Tuesday)')
e('1200','2022-01-09','casualty_report',None,[PGO],'reported 164 dead the day before',note='"the day before" relative to Monday\'s summit = 9 Jan')
e('1200',None,'other',None,[TOK,'Karim Masimov'],'the dismissal of Karim Masimov',note='dismissal and detention of Masimov; undated (real: 5-6 Jan)')
e('1200',None,'troop_deployment','Kazakhstan',[CSTO],'promised that their withdrawal would begin within two days',note='announced withdrawal, "within two days"; no day')

# ---------------- 1201 Nasha Gazeta (Kostanay) in translation (09.01.2022, a Sunday)
art('1201',0,6,8,'Nasha Gazeta','2022-01-09',['Marat Zhaksylykov'],None,
    ['NASHA GAZETA','Kostanay regional newspaper · since 1991','News  |  Kostanay  |  Society','Published: 09.01.2022, 13:10  |  Translated from Russian','Text: Marat Zhaksylykov',
     'Photo: Nasha Gazeta archive','Tags: curfew, Mukhambetov, banks','Follow us on Instagram: @nashagazeta_kst'])
q('1201','There was no looting in Kostanay, and this is the merit of the residents themselves. Shops and pharmacies must work as usual,','Arkhimed Mukhambetov','he','said',note='he = the akim, named with the patronymic in brackets "(Arkhimed Begezhanovich)"')
q('1201','We had no mass protests, only a rally of about 200 people on January 5 near the akimat, and it ended peacefully,','Kairat Sultanov','the head of the regional police department, Kairat Sultanov','told',note='invented police chief; a date and a crowd size inside the quote')
c('1201','detained',11,None,'people detained in the Kostanay region','Kairat Sultanov','11 people were detained in the region')
c('1201','detained',5135,None,'people detained nationwide',MIA,'5,135 people had been detained',note='"125 criminal cases" is not a claim')
e('1201','2022-01-08','other','Kostanay',['Kostanay regional operational headquarters'],'decided on Saturday evening to shorten the curfew')
e('1201','2022-01-08','other','Kostanay',['Arkhimed Mukhambetov'],'met with entrepreneurs yesterday',note='"yesterday" from Sunday 9 Jan')
e('1201','2022-01-10','other',None,['National Bank of Kazakhstan'],'Second-tier banks will resume work on Monday',note='future reopening')
e('1201','2022-01-05','protest','Kostanay',[],'a rally of about 200 people on January 5 near the akimat',note='inside a quote')
e('1201','2022-01-08','other',None,[TOK],'held a meeting on Saturday on the situation',note='internal meeting')
e('1201','2022-01-02','protest','Zhanaozen',[],'on January 2, protests began in Zhanaozen')

# ---------------- 1202 Hürriyet Daily News (January 12 2022, a Wednesday)
art('1202',0,5,9,'Hürriyet Daily News','2022-01-12',[],'Ankara',
    ['Hürriyet Daily News','TÜRKİYE | DIPLOMACY','January 12 2022 10:41:00','ANKARA','Keywords: Kazakhstan, OTS, Erdoğan, Tokayev, Turkic','Share: Facebook Twitter LinkedIn'])
q('1202','Türkiye stands by the brotherly Kazakh people and the legitimate authorities of Kazakhstan,','Recep Tayyip Erdoğan','President Recep Tayyip Erdoğan','said')
q('1202','our common concern','Recep Tayyip Erdoğan','President Recep Tayyip Erdoğan','adding',partial=True,note='"adding that … was “…”" in the same sentence')
q('1202','well-trained terrorist groups',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True)
q('1202','Our embassy and consulates are working around the clock,','Mevlüt Çavuşoğlu','Çavuşoğlu','said')
q('1202','in constant contact','Baghdad Amreyev','The OTS Secretary-General Baghdad Amreyev','told',partial=True,note='the person who "told the Hürriyet Daily News"; the reported clause\'s subject is the organisation')
q('1202','The Turkic world spoke only after Moscow had acted,','Nur Bayram','Professor Nur Bayram','said',note='inverted cue; invented professor')
c('1202','other',20000,'about','militants in the attack on Almaty',TOK,'about 20,000 militants had taken part')
c('1202','killed',164,None,'people killed','official Kazakh figures','164 people were killed')
c('1202','detained',9900,None,'people detained','official Kazakh figures','9,900 people have been detained')
c('1202','killed',16,None,'security officers among the dead',MIA,'16 security officers were among the dead')
e('1202','2022-01-11','talks',None,['Organization of Turkic States','Recep Tayyip Erdoğan',TOK],'at an extraordinary online summit held on Jan. 11')
e('1202','2022-01-10','statement',None,[CSTO],'a day after the Collective Security Treaty Organization (CSTO) announced',note='"a day after" Jan. 11')
e('1202','2022-01-06','talks',None,['Mevlüt Çavuşoğlu','Mukhtar Tileuberdi'],'who spoke with his Kazakh counterpart Mukhtar Tileuberdi on Jan. 6')
e('1202','2022-01-11','statement',None,['Mevlüt Çavuşoğlu'],'told reporters on Tuesday')
e('1202','2022-01-10','other','Almaty',['Turkish Airlines'],'resumed its flights to Almaty on Monday',note='"four-day pause" is a duration')

# ---------------- 1203 Sibir.Realii (RFE/RL) in translation (January 13, 2022, a Thursday)
art('1203',0,6,10,'Sibir.Realii','2022-01-13',['Natalya Zhuravleva'],None,
    ['Sibir.Realii','RFE/RL Siberian service','January 13, 2022 18:25 (UTC+7)','Translated from Russian','Natalya Zhuravleva','Copyright (c) 2022. RFE/RL, Inc.','Share  Print  Comments'])
q('1203','My brother was taken from the street','Aigerim',None,None,zone='headline',note='headline quote before a colon; the body repeats it (l.12) with more text')
q('1203','My brother was taken from the street. He was going to buy bread, he did not take part in anything,','Aigerim','she','told',note='"she told Sibir.Realii"; Aigerim (first name only, surname withheld) named with her age in the sentence before')
q('1203','We have documented cases where detainees were beaten and denied access to lawyers,','Yevgeniy Zhovtis','Yevgeny Zhovtis, director of the Kazakhstan International Bureau for Human Rights','said',note='inverted "…," said NAME, ROLE')
q('1203','full lists','Yevgeniy Zhovtis','Zhovtis','called on',partial=True,note='two-word partial with "called on … to publish"')
q('1203','The mission has been completed, the objects have been handed over to the Kazakh side,','Andrei Serdyukov','the commander','said',note='"the commander" after the quote; named with rank in the sentence before')
q('1203','People are afraid to call the police in Kazakhstan, so they call us,','Rashid Nurgaliyev','he','said',note='invented activist')
c('1203','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('1203','killed',225,None,'bodies delivered to morgues',PGO,'225 bodies had been delivered to morgues')
c('1203','killed',19,None,'law enforcement officers and servicemen among the dead',PGO,'including 19 law enforcement officers and servicemen')
e('1203','2022-01-12','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Wednesday")
e('1203','2022-01-13','troop_deployment','Almaty',[CSTO,'Andrei Serdyukov'],'began the withdrawal of its forces on Thursday',note='withdrawal start')
e('1203','2022-01-13','other','Almaty',['Andrei Serdyukov'],'At a ceremony in Almaty',note='ceremony; the same day as the withdrawal (same paragraph)')
e('1203','2022-01-12','statement',None,[TOK],'Tokayev had said the day before',note='"the day before" Thursday 13 Jan; "no more than 10 days" is a duration')
e('1203',None,'casualty_report',None,[PGO],"The Prosecutor General's Office of Kazakhstan reported",note='undated')

# ---------------- 1204 Svobodnaya Pressa (SVPressa.ru) opinion in translation (14 January 2022, a Friday)
art('1204',0,7,9,'Svobodnaya Pressa','2022-01-14',['Andrei Ivanov'],None,
    ['SVOBODNAYA PRESSA','SVPressa.ru','Politics / Opinion','14 January 2022 05:40','Translated from Russian','Author: Andrei Ivanov',
     'Read also:','Zharikhin: Geneva was only the beginning','Ryabkov ruled out a pause in the talks','Comments are closed.'])
q('1204','If we do not hear a constructive response to our proposals within a reasonable time, we will be forced to take the necessary measures,','Alexander Lukashevich','the diplomat','warned',note='"the diplomat warned" after the quote; named as "Russia\'s permanent representative Alexander Lukashevich" in the sentence before; the words "constructive response" also occur unquoted just before')
q('1204','significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','stated',partial=True)
q('1204','a frank conversation','Alexander Grushko','Deputy Foreign Minister Alexander Grushko','called',partial=True,note='nearest-name trap: Fomin is named between the speaker and the quote')
q('1204','Kazakhstan is the main success of the week. In six days, the CSTO showed that it can bring order to an allied country and then leave,','Vladimir Zharikhin','the expert','believes',note='the interview answer in quotes with a trailing "the expert believes"; the previous answer introduced by "— " has no quote marks and is not a quote')
q('1204','The fast withdrawal is a political signal, above all to the West,','Viktor Litovkin','he','noted')
c('1204','troops_deployed',2030,'about','CSTO troops in the operation',RDM,'about 2,030 troops and 250 units of equipment took part',note='"250 units of equipment" is not a claim')
e('1204','2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich'],'ended on Thursday in Vienna')
e('1204','2022-01-12','talks','Brussels',['Russia','NATO','Jens Stoltenberg','Alexander Grushko','Alexander Fomin'],'after the Russia-NATO Council in Brussels',note='"The day before" Thursday = 12 Jan')
e('1204','2022-01-13','troop_deployment','Almaty',[CSTO,RDM],'started leaving Kazakhstan on Thursday',note='withdrawal start')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Kassym-Zhomart Tokayev','Kassym-Jomart Toqaev','Kasym-Zhomart Toqaev'],['President','Kazakh President'],'Kazakhstan',[],[],note='transliteration variants: Kassym-Zhomart (1197), Toqaev (1198), Kasym-Zhomart Toqaev (1201)'),
 sp('Dmitry Sokolov','person',['Dmitry Sokolov'],['a 34-year-old engineer from Pervouralsk'],'Russia',['he'],note='invented tourist'),
 sp('Tatyana Merzlyakova','person',['Tatyana Georgievna Merzlyakova','Merzlyakova'],['regional ombudsman'],'Russia',[],[],note='Sverdlovsk ombudsman; words invented; full name with patronymic'),
 sp('Alexei Shumilin','person',['Alexei Nikolaevich Shumilin'],['truck driver'],'Russia',['The driver'],note='invented'),
 sp('Denis Pasler','person',['Denis Pasler'],['The governor of the region'],'Russia',['the governor'],['Denis Vladimirovich'],note='Orenburg governor; words invented; "Denis Vladimirovich" = first name + patronymic'),
 sp('Orenburg customs','organisation',['Orenburg customs'],[],'Russia',['the customs press service']),
 sp('Sergey Ryabkov','person',['Sergei Alexeyevich Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['He','the deputy minister','the Russian diplomat'],note='canonical "Sergey" from the gold; this set spells "Sergei Alexeyevich"'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',['the American diplomat']),
 sp('Ruslan Aisin','person',['Ruslan Aisin'],['political scientist'],'Russia',['the political scientist'],note='words invented'),
 sp('Farid Mukhametshin','person',['Farid Rinatovich Mukhametshin'],['former chairman of the State Council of Tatarstan'],'Russia',note='words invented'),
 sp('Ayrat Galiullin','person',['Ayrat Galiullin'],['director of an Almaty-based logistics company'],'Russia',note='invented'),
 sp('Arkhimed Mukhambetov','person',['Arkhimed Mukhambetov','Mukhambetov'],['Akim of the region'],'Kazakhstan',['he','The akim'],['Arkhimed Begezhanovich'],note='Kostanay akim; words invented; patronymic form in brackets'),
 sp('Kairat Sultanov','person',['Kairat Sultanov'],['the head of the regional police department'],'Kazakhstan',note='invented'),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',note='words invented'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister'],'Turkey',note='words invented'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['The OTS Secretary-General'],None,note='words invented'),
 sp('Nur Bayram','person',['Nur Bayram'],['Professor'],'Turkey',note='invented'),
 sp('Aigerim','person',['Aigerim'],[],'Kazakhstan',['she'],note='first name only; invented'),
 sp('Yevgeniy Zhovtis','person',['Yevgeny Zhovtis','Zhovtis'],['director of the Kazakhstan International Bureau for Human Rights'],'Kazakhstan',note='canonical spelling from earlier sets; words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Andrei Nikolaevich Serdyukov'],['Colonel General'],'Russia',['the commander'],note='words invented'),
 sp('Rashid Nurgaliyev','person',['Rashid Nurgaliyev'],['a member of an Omsk Kazakh cultural association'],'Russia',['he'],note='invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative"],'Russia',['the diplomat'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Vladimir Zharikhin','person',['Vladimir Zharikhin','Zharikhin'],['political scientist','deputy director of the Institute of CIS Countries'],'Russia',['the expert'],note='words invented'),
 sp('Viktor Litovkin','person',['Viktor Litovkin'],['Military expert'],'Russia',['he'],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='not quoted; in all 8 files'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 1200 and 1203'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',[],[],quoted=False,note='reported speech only (1199)'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='source of figures/reports in 1197 and 1204'),
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
