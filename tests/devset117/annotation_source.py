#!/usr/bin/env python3
"""Source of the devset117 annotation: the hand-chosen spans, values and dates for 1029-1036.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset117/annotation_source.py && python3 tests/devset117/verify.py
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
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; AZMFA='Azerbaijani Foreign Ministry'
BYMOD='Belarusian Defence Ministry'; EGMFA='Egyptian Foreign Ministry'

MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
ZHA='Yerlan Zhakupov'; ALP='Almaty police department'

# ---------------- 1029 KTK website, machine translation from Russian (11 January 2022 year, Tue)
art('1029',0,6,11,'KTK','2022-01-11',['Aigerim Sarsenbayeva'],None,
    ['KTK | Kazakhstan Television Channel','Main   News   Society   Incidents   Video   Live broadcast   ҚАЗ  РУС','11 January 2022 year, 14:35 | Views: 4 112','Photo: KTK / Daulet Omarov','Share: VK  Facebook  Telegram  WhatsApp','© 2022 KTK. All rights reserved. Using materials only with the active hyperlink.'],
    le=ln('1029','Yesterday the regime'))
q('1029','Our children came home',None,None,None,zone='headline',note='«» headline quote with no speaker named; the families/students in general')
q('1029','We did not sleep three nights, phone was not working, internet was not working. Now I can breathe','Gulnara Abenova','Gulnara Abenova','told',note='«», inverted cue after a dash: "— told to our correspondent mother of one student, NAME"')
q('1029','The city has organized 12 buses, we pay for fuel from the budget, for the parents it is free',ZHA,'he','noted',note='«»; comma outside the closing guillemet')
q('1029','The most of them are already identified, investigation continues','Kanat Taimerdenov','Kanat Taimerdenov','underlined',note='name set off by commas before the cue; colon before «')
q('1029','It was scary, but teachers stayed with us all the time','Dana','Dana','said',note='inverted "said 19-year-old Dana"; first name only')
q('1029','be patient and do not go out after 23:00',ZHA,'He','asked',partial=True)
q('1029','Internet will be returned step by step','Kazakh Ministry of Digital Development','Ministry of Digital Development',None,art=None,zone='related',note='"Read also" teaser; the ministry name follows a dash')
c('1029','other',20000000000,'about','property losses of Almaty in tenge',ZHA,'about 20 billion tenge of property',note='damage in tenge; "Akim Zhakupov" (he is deputy akim elsewhere)')
c('1029','detained',1678,None,'people detained in Almaty during the riots',ALP,'during the riots 1 678 people were detained',note='thousands separated by a space')
c('1029','killed',8,None,'policemen killed in Almaty',ALP,'8 policemen were killed')
e('1029','2022-01-10','other','Almaty',[],'In Almaty on Monday the first bus with students',note='"on Monday" from Tue 11 Jan')
e('1029','2022-01-14','other','Almaty',[ZHA],'the next group will arrive in the day before the weekend',note='"the day before the weekend" = Friday 14 Jan (planned)')
e('1029','2022-01-05','protest','Almaty',[],'on 5 January in Almaty the mass disorders began')
e('1029','2022-01-09','statement','Almaty',[ZHA],'Akim Zhakupov on Sunday said',note='"on Sunday" from Tue 11 Jan')
e('1029',None,'casualty_report','Almaty',[ALP],'Police of Almaty reported that in the city',note='undated report')
e('1029','2022-01-10','state_of_emergency','Almaty',[],'Yesterday the regime of emergency situation in Almaty was prolonged',note='"Yesterday" from Tue 11 Jan; prolonged to 19 January')

# ---------------- 1030 LIGA.net (Ukraine), machine translation from Ukrainian (12.01.2022 19:08, Wed)
art('1030',0,6,8,'LIGA.net','2022-01-12',['Olena Hrytsenko'],None,
    ['LIGA.net','News | Politics | World | Finance | Opinion    UA | RU | EN','12.01.2022 19:08','Reading time: 3 min','Subscribe to LIGA.net in Telegram: only important news','Tags: Kazakhstan, CSTO, Russia, NATO','Reprint only with the active hyperlink to LIGA.net'],
    le=ln('1030','Tomorrow, on Thursday'))
q('1030','The mission is fulfilled, the contingent returns to the places of permanent deployment,','Andrei Serdyukov','Serdyukov','stated')
q('1030',"What we saw in Kazakhstan is a rehearsal. The Kremlin checks how fast it can bring troops to a neighbouring country,",'Oleg Nikolenko','the diplomat','said',note='"Oleh" (Ukrainian transliteration); named in the sentence before')
q('1030','a logistics exercise with political cover','Mykola Zhuravlenko','He','called',partial=True)
q('1030','Do not overestimate numbers, it is two or three brigades maximum, not an army.','Mykola Zhuravlenko','He','added',note='"and added:" in the same sentence as the partial quote')
q('1030','does not see reasons for optimism','Sergey Ryabkov','Sergei Riabkov','said',partial=True,note='"Riabkov" Ukrainian-style transliteration')
q('1030','Nobody can close the door of NATO for Ukraine,','Wendy Sherman','Sherman','said')
c('1030','troops_deployed',2030,'more than','servicemen involved in the CSTO operation',CSTO,'more than 2,030 servicemen')
c('1030','other',250,None,'units of military equipment involved in the CSTO operation',CSTO,'250 units of military equipment',note='"more than" taken to apply to the first figure only')
e('1030','2022-01-12','withdrawal','Kazakhstan',[CSTO],'On Wednesday the Collective Security Treaty Organization started the withdrawal')
e('1030','2022-01-12','statement','Almaty',['Andrei Serdyukov'],'Serdyukov stated at the ceremony in Almaty',note='ceremony on the withdrawal day')
e('1030',None,'statement',None,['Oleg Nikolenko'],'Oleh Nikolenko reacted to the events')
e('1030','2022-01-11','statement',None,['Mykola Zhuravlenko'],'LIGA.net asked him yesterday',note='interview "yesterday" from Wed 12 Jan')
e('1030','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'on Monday, Tokayev at the online summit of the CSTO',note='"Two days before the withdrawal, on Monday"')
e('1030','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Meanwhile in Geneva on Monday Russian and American delegations talked')
e('1030','2022-01-13','talks','Vienna',['OSCE'],'Tomorrow, on Thursday, in Vienna the OSCE Permanent Council will meet.')

# ---------------- 1031 Radio Ozodi (RFE/RL Tajik), machine translation from Tajik (January 13, 2022 18:40, Thu)
art('1031',0,7,12,'Radio Ozodi','2022-01-13',['Farangis Nazarova'],'Dushanbe',
    ['Радиои Озодӣ | Radio Ozodi','Tajik Service of RFE/RL','Home  Politics  Society  Central Asia  Video  Тоҷикӣ  Русский','[Machine translation from Tajik. The original is authoritative.]','January 13, 2022 18:40','Comments (14)','Share  Facebook  Twitter  Telegram  Email','© 2022 RFE/RL, Inc. All Rights Reserved.'],
    le=ln('1031','The withdrawal of all CSTO forces'))
q('1031','We did not shoot at anybody','Firuz',None,None,zone='headline',note='headline repeats the start of Firuz\'s body quote')
q('1031','Our soldiers fulfilled the task given by the Supreme Commander honourably,','Sherali Mirzo','the minister','said')
q('1031','Seven days I watched the television and cried. Now my son is here, thank God.',None,'Mother of one of the soldiers','told',note='anonymous speaker (asked not to be named)')
q('1031','We did not shoot at anybody, we only stood at the gates,','Firuz','he','said')
q('1031','This is a violation of the constitution, the parliament must decide first, not after,','Shokirjon Hakimov','he','told',note='pseudonym "(name changed)"')
c('1031','troops_deployed',200,'about','Tajik servicemen sent to Kazakhstan','Tajik Defence Ministry','about 200 servicemen')
c('1031','killed',164,'at least','people who died in the January events in Kazakhstan','Kazakh authorities','at least 164 people died',note='"official data of Kazakhstan"')
c('1031','killed',19,None,'law enforcement officers among the dead','Kazakh authorities','19 law enforcement officers')
e('1031','2022-01-13','withdrawal','Dushanbe',['Sherali Mirzo'],'returned to Dushanbe today')
e('1031',None,'statement',None,['Tajik Defence Ministry'],'the ministry said last week',note='"last week" is not a day')
e('1031','2022-01-12','statement',None,['Shokirjon Hakimov'],'he told Radio Ozodi on Wednesday')
e('1031','2022-01-06','other',None,[CSTO],'Earlier, on January 6, President Emomali Rahmon',note='truncated sentence followed by an editorial correction; Rahmon wrongly named CSTO chair')
e('1031','2022-01-19','withdrawal','Kazakhstan',[CSTO,RDM],'should be completed by January 19')

# ---------------- 1032 inbusiness.kz, machine translation from Russian (14.01.2022, 10:12, Fri)
BAT='Raimbek Batalov'
art('1032',0,8,10,'inbusiness.kz','2022-01-14',['Timur Baigaliyev'],None,
    ['inbusiness.kz','Деловой портал | Business portal','Finance  Markets  Companies  Economy  Tenge rate: 435.68  Brent: 84.47','14.01.2022, 10:12 | 2 871','Subscribe to our Telegram channel @inbusinesskz','Tags: riots, Almaty, Atameken, business, damage','Copying of materials is allowed only with the hyperlink to inbusiness.kz'],
    le=ln('1032','In the Ministry of Internal Affairs on 13 January'))
q('1032','the damage to small and medium business is estimated at 92 billion tenge, and the figure will grow',BAT,'Raimbek Batalov','According to',partial=True,note='lower-case quote after "According to NAME,"; full stop outside the mark')
q('1032',"More than 100 banks' branches and ATMs were destroyed, shops were robbed in the first night,",BAT,'Batalov','said')
q('1032','I had goods for 40 million, now I have empty walls and a broken door. Who will pay me?','Rustam Kuanyshev','he','asked',note='inverted "— asked he" after a dash')
q('1032','Nobody will be left alone with the problem,','Alibek Kuantyrov','the minister','underlined',note='"— the minister underlined"')
q('1032','by three times','Aliya Nurlanovna','Aliya Nurlanovna','told',partial=True,note='name + patronymic only')
q('1032','the staff is afraid to go to work in the evening','Aliya Nurlanovna','Aliya Nurlanovna','told',partial=True)
c('1032','other',92000000000,None,'damage to small and medium business in tenge',BAT,'estimated at 92 billion tenge',note='inside a partial quote')
c('1032','other',1376,None,'business objects damaged','Atameken','1 376 business objects suffered')
c('1032','other',100,'more than',"banks' branches and ATMs destroyed",BAT,"More than 100 banks' branches")
c('1032','damage_usd',12800000,'about','cost of each day of the internet shutdown','NetBlocks','about $ 12.8 million',note='per day; space after $')
c('1032','detained',12000,None,'people detained in the whole country',MIA,'12 000 people were detained')
c('1032','killed',17,None,'members of the security forces killed',MIA,'The security forces lost 17 people')
e('1032','2022-01-13','statement',None,['Atameken',BAT],'"Atameken" on Thursday presented the preliminary data',note='"on Thursday" from Fri 14 Jan')
e('1032','2022-01-12','statement',None,['Alibek Kuantyrov'],'Alibek Kuantyrov said on Wednesday')
e('1032','2022-01-05','other','Kazakhstan',[],'The internet was switched off in the country on 5 January')
e('1032','2022-01-10','other','Kazakhstan',[],'partially restored on 10 January')
e('1032','2022-01-13','casualty_report',None,[MIA],'In the Ministry of Internal Affairs on 13 January reported')

# ---------------- 1033 24.kz (Khabar 24) English page (11.01.2022, 15:05, Tue)
art('1033',0,5,10,'24.kz','2022-01-11',[],None,
    ['24.kz — Khabar 24','ҚАЗ  РУС  ENG','Kazakhstan  World  Economy  Society  Live: Khabar 24','11.01.2022, 15:05','Watch also: Khabar 24 live broadcast','Share','© 2022 Khabar Agency JSC'],
    le=ln('1033','Alikhan Smailov was first deputy'))
q('1033','a new wave of reforms',TOK,None,None,partial=True,zone='headline',note='headline partial quote; the "Head of State" is Tokayev')
q('1033','The tragic January events showed that the reforms are needed not on paper but in reality,',TOK,'the Head of State','said',note='"Kassym-Zhomart" transliteration in this page')
q('1033','a well-prepared attack of terrorist groups',TOK,'Tokayev','According to',partial=True)
q('1033','The mission has been successfully completed. The withdrawal will take not more than 10 days,',TOK,'he','said')
q('1033','Young people must have a chance, not only the children of the elite,',TOK,'the Head of State','stated',note='inverted "stated the Head of State"')
q('1033','Under Elbasy a circle of highly profitable companies and wealthy people grew up in the country, and it is time for them to share,',TOK,'the President','said',note='"Elbasy" (Nazarbayev) inside the quote is not the speaker')
q('1033','The President said what society has long expected to hear.','Marat Kenzhebekov','Marat Kenzhebekov','commented',note='"The President" inside the quote is not the speaker')
c('1033','other',20000,'about','bandits in Almaty',TOK,'about 20 thousand bandits',note='"20 thousand" written with a word')
e('1033','2022-01-11','statement',None,[TOK,'Mazhilis'],'Kassym-Zhomart Tokayev today addressed the deputies')
e('1033','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'proposed the candidacy of Alikhan Smailov')
e('1033','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving the country in two days',note='"in two days" from Tue 11 Jan')
e('1033',None,'statement',None,[TOK],'mentioned already last week',note='"last week" (real: 7 Jan)')
e('1033','2022-01-05','appointment',None,['Alikhan Smailov'],'on 5 January, he was appointed acting head of Government')

# ---------------- 1034 NEWS.am (Armenia), translation from Armenian/Russian (10:48, 10 January 2022, Mon)
PAS='Nikol Pashinyan'; AMOD='Armenian Defence Ministry'
art('1034',0,6,8,'NEWS.am','2022-01-10',[],None,
    ['NEWS.am','Armenia  Politics  Region  World  Society  Sport    Հայ  Рус  Eng','10:48, 10 January 2022','Comments','Telegram  Facebook  Twitter','Copying the materials is allowed only with reference to NEWS.am'],
    le=ln('1034','Recall, on January 6'))
q('1034','Our peacekeepers will return home after the mission',PAS,'Pashinyan',None,zone='headline',note='headline "NAME at …:" followed by the quote; no verb')
q('1034','The CSTO proved that it is able to react quickly. The decision was made in a few hours after the request of Kassym-Jomart Tokayev,',PAS,'Pashinyan','declared',note='nearest-name trap: Tokayev at the end of the quote')
q('1034','a bread factory and other important objects',AMOD,'the ministry','specified',partial=True,note='parenthetical "as the ministry specified"')
q('1034','will come back as soon as the mission is over',PAS,'the PM','According to',partial=True)
q('1034','in 2021 the CSTO did not help Armenia when Azerbaijani troops entered our territory','Artur Grigoryan','Artur Grigoryan','said',partial=True)
q('1034','This is double standard,','Artur Grigoryan','he','noted')
q('1034','will not allow to undermine the situation','Vladimir Putin','Putin','said',partial=True)
q('1034','It is a question of days, not of months,','Mane Gevorgyan','she','wrote')
c('1034','troops_deployed',70,None,'Armenian servicemen in Kazakhstan',AMOD,'consists of 70 servicemen')
c('1034','troops_deployed',2030,None,'CSTO servicemen in Kazakhstan',CSTO,'2,030 military servicemen')
e('1034','2022-01-10','talks',None,[PAS,CSTO,'Vladimir Putin','Alexander Lukashenko','Emomali Rahmon','Sadyr Japarov'],'today opened the extraordinary online session')
e('1034','2022-01-07','statement',None,[AMOD],'the Ministry of Defense of Armenia reported on Friday',note='"on Friday" from Mon 10 Jan')
e('1034',None,'statement',None,['Artur Grigoryan'],'Artur Grigoryan said that Yerevan sends soldiers')
e('1034','2022-01-09','statement',None,['Mane Gevorgyan'],'Yesterday the spokesman of the Armenian PM',note='"Yesterday" from Mon 10 Jan; Facebook post')
e('1034','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'on January 6 the CSTO decided to send')

# ---------------- 1035 BelTA (Belarus) English service (14 January 2022 | 17:21, Fri)
LUK='Alexander Lukashenko'; BYMOD='Belarusian Defence Ministry'
art('1035',0,8,10,'BelTA','2022-01-14',[],'MINSK',
    ['BelTA','Belarusian Telegraph Agency','Main | President | Politics | Economics | Society | Regions | World     BY  RU  EN  中文','POLITICS','14 January 2022 | 17:21','Photo: Belarusian Defense Ministry','When using materials reference (for internet resources - hyperlink) to BelTA is required.'],
    le=ln('1035','sent a letter of gratitude'))
q('1035','The task set by the Commander-in-Chief has been fulfilled in full. Not a single serviceman was hurt,','Vadim Denisenko','Vadim Denisenko','told',note='inverted cue with rank and a long appositive: "NAME, commander of …, told reporters"')
q('1035','We have not gone there to fight, we have gone there to help a brother,',LUK,'the head of state','noted')
q('1035','for the first time showed that it is not a paper organization',LUK,'He','stressed',partial=True)
q('1035','acted professionally and quickly','Alexander Volfovich','Alexander Volfovich','said',partial=True)
q('1035','It was cold there, minus 15 at night, but the people of Almaty treated us warmly,','Sergei','he','said',note='first name only; "minus 15" is a temperature, not a claim')
c('1035','troops_deployed',100,'about','Belarusian servicemen in the CSTO contingent',None,'included around 100 military personnel',note='"around" -> about; "103rd" is a unit number')
c('1035','aircraft',14,None,'aircraft with troops that have left Kazakhstan',RDM,'14 aircraft with troops already left')
e('1035','2022-01-14','withdrawal','Machulishchi',[BYMOD],'landed at the Machulishchi airfield today')
e('1035','2022-01-11','statement',None,[LUK],'On Tuesday Alexander Lukashenko spoke about the operation',note='"On Tuesday" from Fri 14 Jan')
e('1035','2022-01-13','statement',None,['Alexander Volfovich'],'said the day before',note='"the day before" = 13 Jan')
e('1035','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of the CSTO forces from Kazakhstan started on 13 January.')
e('1035','2022-01-13','other',None,[TOK,LUK],'on 13 January sent a letter of gratitude')

# ---------------- 1036 AKIpress (Kyrgyzstan) English item (08/01/22 13:02, Sat)
JAP='Sadyr Japarov'; KGDEF='Kyrgyz State Committee for Defense Affairs'
art('1036',0,6,8,'AKIpress','2022-01-08',[],'BISHKEK',
    ['AKIpress News Agency','akipress.com  |  Kyrgyzstan  Central Asia  Business  Sport  Photo  |  KG  RU  EN','08/01/22 13:02','AKIpress news agency','Tags: CSTO, Kazakhstan, Kyrgyzstan, peacekeepers','Reprinting is allowed only with the hyperlink'],
    le=ln('1036','4,404 people were detained'))
q('1036','Our soldiers will guard objects, they will not be used against peaceful people. I gave this guarantee,',JAP,'Japarov','wrote')
q('1036','Do not send our sons',None,None,None,note='protest poster slogan; speaker null (demonstrators)')
q('1036',"Kazakhstan's problems are for Kazakhs",None,None,None,note='protest poster slogan; speaker null (demonstrators)')
q('1036','We are not against Kazakhstan, we are against our boys standing against the Kazakh people.','Bektur Sydykov','Bektur Sydykov','said')
q('1036','The parliament did not even see the document about the mission,','Kanybek Osmonaliev','he','said')
c('1036','troops_deployed',150,None,'Kyrgyz servicemen sent to Kazakhstan',KGDEF,'Totally 150 servicemen were sent')
c('1036','troops_deployed',30,None,'special forces among the Kyrgyz contingent',KGDEF,'of them 30 were from the special forces',note='sub-count of the 150')
c('1036','detained',5,None,'protesters detained in Bishkek','Bishkek police department','Police detained 5 participants',note='released later')
c('1036','detained',4404,None,'people detained in Kazakhstan',MIA,'4,404 people were detained')
c('1036','killed',26,None,'"armed criminals" eliminated',MIA,'26 "armed criminals" were eliminated',note='"eliminated" = killed; scare-quoted label excluded from quotes')
e('1036',None,'troop_deployment','Kazakhstan',[KGDEF],'The contingent of the Armed Forces of Kyrgyzstan arrived in Kazakhstan',note='arrival undated')
e('1036','2022-01-07','troop_deployment','Kant',[],'in the morning yesterday',note='"yesterday" from Sat 8 Jan')
e('1036','2022-01-07','statement',None,[JAP],'President Sadyr Japarov said on Friday')
e('1036','2022-01-06','other','Bishkek',['Jogorku Kenesh'],'on Thursday approved the sending of the troops',note='"on Thursday" from Sat 8 Jan')
e('1036',None,'protest','Bishkek',[],'about 30 people held a protest',note='undated ("Meanwhile")')
e('1036','2022-01-08','casualty_report',None,[MIA],'the Ministry of Internal Affairs reported today')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Kassym-Zhomart Tokayev','Tokayev'],['Head of State','President'],'Kazakhstan',['he','the Head of State','the President'],note='"Kassym-Zhomart" in 1033'),
 sp('Gulnara Abenova','person',['Gulnara Abenova'],['mother of one student'],'Kazakhstan',note='invented'),
 sp(ZHA,'person',['Yerlan Zhakupov','Zhakupov'],['Deputy akim of Almaty','Akim'],'Kazakhstan',['he','He'],note='invented; called "Akim" once'),
 sp('Kanat Taimerdenov','person',['Kanat Taimerdenov'],['Head of the city police department'],'Kazakhstan',note='invented'),
 sp('Dana','person',['Dana'],['the student of the college'],'Kazakhstan',note='invented, first name only'),
 sp('Kazakh Ministry of Digital Development','organisation',['Ministry of Digital Development'],[],'Kazakhstan',note='related teaser only'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','commander of the "peacekeepers"'],'Russia',note='words paraphrased'),
 sp('Oleg Nikolenko','person',['Oleh Nikolenko'],['Ukrainian Foreign Ministry spokesman'],'Ukraine',['the diplomat'],note='Ukrainian transliteration "Oleh"; words invented'),
 sp('Mykola Zhuravlenko','person',['Mykola Zhuravlenko'],['military expert'],'Ukraine',['He'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Riabkov'],['deputy foreign minister of Russia'],'Russia',note='"Riabkov" spelling; words paraphrased'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words invented'),
 sp('Sherali Mirzo','person',['Sherali Mirzo'],['Defence Minister'],'Tajikistan',['the minister'],note='words invented'),
 sp('Firuz','person',['Firuz'],['contract serviceman'],'Tajikistan',['he'],note='invented, first name only'),
 sp('Shokirjon Hakimov','person',['Shokirjon Hakimov'],['Human rights defender'],'Tajikistan',['he'],note='invented; text says "(name changed)"'),
 sp(BAT,'person',['Raimbek Batalov','Batalov'],['chairman of the presidium'],'Kazakhstan',note='words invented'),
 sp('Rustam Kuanyshev','person',['Rustam Kuanyshev'],['The owner of a mobile phones shop'],'Kazakhstan',['he'],note='invented'),
 sp('Alibek Kuantyrov','person',['Alibek Kuantyrov'],['Minister of national economy'],'Kazakhstan',['the minister'],note='words invented'),
 sp('Aliya Nurlanovna','person',['Aliya Nurlanovna'],['Restaurateur'],'Kazakhstan',note='invented; name + patronymic'),
 sp('Marat Kenzhebekov','person',['Marat Kenzhebekov'],['Deputy of the Mazhilis'],'Kazakhstan',note='invented'),
 sp(PAS,'person',['Nikol Pashinyan','Pashinyan'],['Prime Minister of Armenia','the chairman of the CSTO Collective Security Council'],'Armenia',['the PM'],note='words invented'),
 sp(AMOD,'organisation',['Ministry of Defense of Armenia'],[],'Armenia',['the ministry']),
 sp('Artur Grigoryan','person',['Artur Grigoryan'],['Deputy of the "Armenia" faction'],'Armenia',['he'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',note='words paraphrased'),
 sp('Mane Gevorgyan','person',['Mane Gevorgyan'],['the spokesman of the Armenian PM'],'Armenia',['she'],note='words invented'),
 sp('Vadim Denisenko','person',['Vadim Denisenko'],['Major General','commander of the Special Operations Forces'],'Belarus',note='words invented'),
 sp(LUK,'person',['Alexander Lukashenko'],['head of state'],'Belarus',['the head of state','He'],note='words invented'),
 sp('Alexander Volfovich','person',['Alexander Volfovich'],['State Secretary of the Security Council'],'Belarus',note='words invented'),
 sp('Sergei','person',['Sergei'],['a senior sergeant'],'Belarus',['he'],note='invented, first name only'),
 sp(JAP,'person',['Sadyr Japarov','Japarov'],['President'],'Kyrgyzstan',note='words paraphrased'),
 sp('Bektur Sydykov','person',['Bektur Sydykov'],['Activist'],'Kyrgyzstan',note='invented'),
 sp('Kanybek Osmonaliev','person',['Kanybek Osmonaliev'],['Deputy'],'Kyrgyzstan',['he'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='mentioned in all 8 files; source of figures'),
 sp(MIA,'organisation',['Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 2 files'),
 sp(RDM,'organisation',['Russian Defence ministry','Russian Defense Ministry','Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='mentioned in 3 files'),
 sp('Emomali Rahmon','person',['Emomali Rahmon'],['President'],'Tajikistan',[],[],quoted=False,note='mentioned in 2 files'),
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
