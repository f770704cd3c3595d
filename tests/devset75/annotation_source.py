#!/usr/bin/env python3
"""Source of the devset75 annotation: the hand-chosen spans, values and dates for 693-700.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset75/annotation_source.py && python3 tests/devset75/verify.py
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
BYMOD='Belarusian Defence Ministry'; UZMFA='Uzbek Ministry of Foreign Affairs'; KZMOH='Kazakh Health Ministry'
LUK='Alexander Lukashenko'; SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'

# ---------------- 693 Belarus 1 (tvr.by) TV news item (11.01.2022 21:40, Tue)
art('693',0,7,11,'Belarus 1','2022-01-11',['Pavel Kovzel'],'Almaty',
    ['BELARUS 1','Home | News | Panorama | Live | Programmes | Video','Watch live  ▶','Panorama','11.01.2022 21:40','Video: 3:48 | Views: 2 317',
     'Pavel Kovzel, Vitaly Sapega (camera), Belarus 1, Almaty','Share: VK  OK  Telegram  Viber'])
q('693',"Our guys are doing their job calmly and professionally. Not a single shot has been fired by our side,",'Vadim Denisenko','Major General Vadim Denisenko','said',note='inverted cue "said Major General …, commander of …"')
q('693',"We were afraid that looters would come back. Now the workers sleep at home again,",'Aigul Temirbayeva','she','told',note='"she told Belarus 1"; she = the plant head named in the previous sentence')
q('693','in one night',LUK,'The head of state','stressed',partial=True)
q('693',"If we had hesitated, Kazakhstan would be burning today. We would have had a second Afghanistan next door,",LUK,'the President','said')
q('693','And then they would have come to us.',LUK,'the President','said',note='second half after the interposed "the President said."')
q('693','is not a paper organisation',LUK,'the Belarusian leader','According to',partial=True)
q('693',"As soon as we get the command, we will be home within two days,",'Viktor Khrenin','the minister','noted')
c('693','aircraft',4,None,'Belarusian Air Force transport aircraft that carried the contingent',None,'four transport aircraft')
c('693','troops_deployed',108,None,'Belarusian military personnel in Kazakhstan',BYMOD,'108 Belarusian military personnel',note='"according to the Ministry of Defence" ends the sentence')
c('693','killed',164,None,'people who died in the riots',None,'164 people had died in the riots',note='"Kazakh officials said"; no single body named')
c('693','killed',16,None,'law enforcement officers among the dead',None,'including 16 law enforcement officers')
c('693','detained',10000,'almost','people detained in Kazakhstan',MIA,'Almost 10,000 people have been detained')
c('693','troops_deployed',2030,None,'total strength of the CSTO contingent',SER,'the total strength of the contingent is 2,030 servicemen')
e('693','2022-01-10','other','Almaty',[CSTO],'on Monday they took over the protection of the military airfield',note='"on Monday" from Tue 11 Jan')
e('693','2022-01-07','troop_deployment','Kazakhstan',[BYMOD],'arrived in the country on January 7')
e('693','2022-01-09','other','Almaty',[CSTO],'The day before, the servicemen were also assigned',note='"The day before" read as the day before the last narrated date (Monday 10 Jan), i.e. Sunday 9 Jan; if read as the day before publication it is 2022-01-10')
e('693','2022-01-11','statement',None,[LUK],'At a meeting with the military leadership on Tuesday')
e('693','2022-01-10','casualty_report','Kazakhstan',[],'Kazakh officials said on Monday')
e('693','2022-01-11','statement',None,['Viktor Khrenin'],'Speaking to journalists after the meeting',note='date from "after the meeting" (the Tuesday meeting)')
e('693',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'Last week the CSTO Collective Security Council decided',note='"Last week" is a period; date null')

# ---------------- 694 Parlamentskaya Gazeta (pnp.ru) English digest (13.01.2022 16:05, Thu)
art('694',0,6,11,'Parlamentskaya Gazeta','2022-01-13',['Yelena Morozova'],None,
    ['ПАРЛАМЕНТСКАЯ ГАЗЕТА','SECURITY','13.01.2022 | 16:05','Author: Yelena Morozova','Translated by the pnp.ru English desk','Subscribe to our Telegram channel','Share: VK | OK | Telegram'])
q('694','frank, long and tough','Leonid Slutsky','Leonid Slutsky','told',partial=True,note='"told Parlamentskaya Gazeta that Wednesday\'s meeting had been "…""; the outlet name after the cue is not the speaker')
q('694',"We have put our proposals on the table in black and white. Now the ball is in their court, and we will see whether Brussels is capable of an adult conversation,",'Leonid Slutsky','the parliamentarian','said')
q('694',"The decision was taken within a few hours, and in a day the first aircraft were already landing. This is the real value of collective security,",'Andrei Kartapolov','Kartapolov','stressed')
q('694','fairy tales for the lay reader','Andrei Kartapolov','The deputy','described',partial=True,note='"described Western claims … as "…""')
q('694','will drag out the pause as long as it can','Vladimir Dzhabarov','his','In his opinion',partial=True,note='cue "In his opinion"; his = Dzhabarov (previous sentence)')
q('694',"I would not count on a written answer before the end of the month,",'Vladimir Dzhabarov','the senator','said')
q('694',"They need time to agree among thirty capitals.",'Vladimir Dzhabarov','the senator','said',note='second half after the interposed "said the senator."')
q('694',"We are not talking past each other, but there is no breakthrough",RYA,'Ryabkov',None,zone='related',art=None,note='"Read also:" teaser "Ryabkov on Geneva: "…""; colon attribution, cue null')
c('694','troops_deployed',2000,'more than','servicemen from five countries sent to Kazakhstan','Andrei Kartapolov','more than 2,000 servicemen from five countries')
c('694','detained',9900,'more than','people detained in Kazakhstan','Aleksei Chepa','more than 9,900 people had been detained',note='reported speech of a deputy')
e('694','2022-01-12','talks','Brussels',['NATO','Alexander Grushko','Alexander Fomin'],"Wednesday's meeting",note='Russia–NATO Council')
e('694','2022-01-10','talks','Geneva',[RYA,SHE],'Two days earlier, on Monday')
e('694','2022-01-13','talks','Vienna',['OSCE'],'is taking place today')
e('694','2022-01-13','withdrawal','Almaty',[CSTO],'began today with a farewell ceremony in Almaty')
e('694',None,'statement',None,['State Duma'],'Earlier the State Duma adopted an appeal')

# ---------------- 695 Dunyo IA (Uzbekistan) item (08.01.2022 12:30, Sat)
art('695',0,7,11,'Dunyo IA','2022-01-08',[],'Tashkent',
    ['«DUNYO» INFORMATION AGENCY','ЎЗ | РУ | EN','Home » Foreign policy » Uzbekistan–Kazakhstan','08.01.2022  12:30   Foreign policy','Tashkent, 8 January /Dunyo IA/.','Dunyo IA','#Uzbekistan #Kazakhstan #humanitarian_aid','Print  |  Share: Facebook  Telegram  Twitter'])
q('695',"Uzbekistan has always stood and will stand by Kazakhstan in difficult times. Your security is our security,",'Shavkat Mirziyoyev','Shavkat Mirziyoyev','emphasized')
q('695','sincere and timely solidarity',TOK,'Kassym-Jomart Tokayev','thanked',partial=True)
q('695','regards the events in the neighbouring country as its internal affair',UZMFA,'the Ministry of Foreign Affairs of Uzbekistan','noted',partial=True)
q('695',"Our specialists are ready to stay as long as our Kazakh brothers need them,",'Abdurakhmon Yusupov','he','said')
c('695','detained',4404,None,'people detained since the beginning of the riots',MIA,'4,404 people had been detained')
c('695','killed',26,None,'armed criminals "liquidated"',MIA,'26 armed criminals had been liquidated')
e('695','2022-01-07','other','Kazakhstan',['Shavkat Mirziyoyev'],'a humanitarian cargo was sent to the fraternal people of Kazakhstan yesterday')
e('695','2022-01-06','talks',None,['Shavkat Mirziyoyev',TOK],'The day before, the head of our state had a telephone conversation',note='"The day before" = the day before "yesterday" (7 Jan) in the previous paragraph')
e('695',None,'talks','Tashkent',['Abdulaziz Kamilov','Yerkin Tukumov'],'who met with the Ambassador of Kazakhstan',note='undated meeting')
e('695',None,'statement',None,[UZMFA],'earlier noted that Tashkent')
e('695','2022-01-08','casualty_report','Kazakhstan',[MIA],"Interior Ministry said on Saturday")

# ---------------- 696 Kabar (Kyrgyz National News Agency) item (12/01/2022 14:50, Wed)
art('696',0,6,8,'Kabar','2022-01-12',[],'Bishkek',
    ['KABAR','Kyrgyz National News Agency','KYR | RUS | ENG | TUR | ARAB | CHN','12/01/2022 14:50','Kabar','Photo: State Committee for Defense Affairs of the Kyrgyz Republic','Share  f  vk  tw  tg  wa','Most read'])
q('696',"The task has been completed in full. There were no incidents involving our servicemen, no one was injured,",'Erlan Asanbekov','Colonel Erlan Asanbekov','told',note='inverted "…," Colonel NAME, the commander …, told Kabar')
q('696','in a short time and without hesitation','Sadyr Japarov','the head of state','said',partial=True)
q('696',"We did not go to Kazakhstan to fight against the Kazakh people. We went to protect strategic objects, and our servicemen did not fire a single shot,",'Sadyr Japarov','Japarov','said')
q('696','terrorist cells used social networks to coordinate their actions','Sadyr Japarov','him','According to',partial=True,note='"According to him, "…"." — a whole clause, but embedded in the reporter\'s sentence')
q('696',"Why was the decision taken at night, bypassing the parliament? Nobody has answered that,",'Dastan Bekeshev','the deputy','wrote')
c('696','troops_deployed',150,None,'Kyrgyz servicemen in Almaty',None,'The Kyrgyz unit of 150 servicemen')
c('696','killed',164,None,'people killed during the unrest',None,'164 people, including 3 children, were killed',note='"According to the official data of the Kazakh side"')
c('696','killed',3,None,'children among the dead',None,'including 3 children')
c('696','troops_deployed',2030,None,'CSTO contingent strength',None,'The CSTO contingent numbered 2,030 servicemen')
e('696','2022-01-13','withdrawal','Kazakhstan',['Kyrgyz State Committee for Defense Affairs'],'will begin on Thursday')
e('696','2022-01-08','other','Almaty',[],'since January 8')
e('696','2022-01-10','talks',None,['Sadyr Japarov',CSTO],'On Monday, President Sadyr Japarov took part')
e('696',None,'protest','Bishkek',[],'Last week several dozen people gathered',note='"Last week" is a period; date null')
e('696',None,'statement',None,['Dastan Bekeshev'],'the deputy wrote on his Facebook page')
e('696','2022-01-05','other',None,[TOK,CSTO],'Kazakhstan appealed to the CSTO on January 5')
e('696','2022-01-05','troop_deployment',None,[CSTO],'decided to send peacekeepers the same night',note='"the same night" as the 5 January appeal')

# ---------------- 697 Vestnik Kavkaza item (10 Jan 2022, 11:20, Mon)
art('697',0,6,8,'Vestnik Kavkaza','2022-01-10',[],None,
    ['VESTNIK KAVKAZA','Caucasus. Central Asia. Russia.','10 Jan 2022, 11:20','Vestnik Kavkaza',"Illustration: Prime Minister's press office",'Tags: CSTO, Armenia, Nikol Pashinyan, Kazakhstan','Comments (0)','Read also'])
q('697',"We could not leave the appeal of an ally unanswered. The treaty exists precisely for such moments,",'Nikol Pashinyan','Pashinyan','said')
q('697',"When it was our turn, they told us that there is no aggression. Now the same organization is flying to Almaty within hours,",'Artur Vanetsyan','Artur Vanetsyan','said',note='inverted "said NAME of the "I Have Honor" faction"; the faction name in quotes is not a quote')
q('697','a precedent that Yerevan should use, not fear','Tigran Abrahamyan','Tigran Abrahamyan','called',partial=True)
q('697',"For the first time the CSTO has shown that it can act collectively. For Armenia, this is both a lesson and a chance,",'Aram Tadevosyan','the expert','told')
q('697','political will of Moscow,','Aram Tadevosyan','Tadevosyan','noted',partial=True,note='comma inside the closing mark')
q('697','will end quickly, as promised','Aram Tadevosyan','the analyst','According to',partial=True)
q('697','deliberate lies','Maria Zakharova','Maria Zakharova','said',partial=True,note='the one-word "occupation" in the same sentence is excluded')
c('697','troops_deployed',100,'about','Armenian military personnel in Kazakhstan','Armenian Defense Ministry','Armenia sent about 100 military personnel')
c('697','troops_deployed',2030,None,"CSTO contingent strength",None,"contingent's 2,030 troops",note='"about three quarters" of it Russian: no integer, not a claim')
c('697','detained',5800,'more than','people detained in Kazakhstan since 2 January',None,'more than 5,800 people have been detained')
e('697','2022-01-10','talks',None,['Nikol Pashinyan',CSTO],'will host an extraordinary video summit')
e('697','2022-01-05','statement',None,['Nikol Pashinyan'],'late on January 5')
e('697','2022-01-09','statement',None,['Nikol Pashinyan'],'in a Facebook video on Sunday')
e('697','2022-01-07','statement','Yerevan',['Artur Vanetsyan'],'speaking at a press conference on Friday')
e('697','2022-01-07','statement',None,[TOK],'The Kazakh president said on Friday')
e('697','2022-01-02','protest','Kazakhstan',[],'Since January 2')
e('697','2022-01-07','statement',None,['Maria Zakharova'],'said the same day',note='"the same day" = Friday of the previous sentence')
e('697',None,'talks',None,['Nikol Pashinyan','Vladimir Putin',LUK],'Last week, Pashinyan also held phone talks',note='"Last week" is a period; date null')

# ---------------- 698 Mir 24 (MTRK "Mir") item (14.01.2022, 09:15, Fri)
art('698',0,6,12,'Mir 24','2022-01-14',['Dinara Sadykova'],None,
    ['МИР 24','News  |  CIS  |  Politics  |  Video  |  Live broadcast','CIS','14.01.2022, 09:15','Updated 14.01.2022, 10:02','[Video 02:56]  ▶  Watch: farewell ceremony in Almaty','Mir 24','Share:  VK  OK  Telegram','You may be interested in:','© 2022 MTRK "Mir". 18+'])
q('698',"The collective peacekeeping forces have completed their mission. The tasks set by the Collective Security Council have been fulfilled,",SER,'Serdyukov','said')
q('698','not a single incident with civilians',SER,'The general','noted',partial=True)
q('698',"The main mission of the CSTO forces has been successfully completed,",TOK,'the head of state','said')
q('698','a demonstration of real solidarity',TOK,'He','called',partial=True)
q('698',"We are going home with the feeling that we were needed here,",'Sergei (Russian paratrooper)','a Russian paratrooper','told',note='first name only')
q('698',"They guarded our bread factory for a week. My children baked these for them,",'Gulnara Abenova','Almaty resident Gulnara Abenova','said')
q('698','leave no room for optimism','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q('698','CSTO forces will leave Kazakhstan within ten days',TOK,'Tokayev',None,zone='related',art=None,note='teaser "Tokayev: "…""')
c('698','aircraft',14,None,'Il-76 and An-124 aircraft returning the Russian contingent',RDM,'14 Il-76 and An-124 aircraft')
c('698','troops_deployed',3000,'more than','servicemen carried by Russian transport aviation (both directions)',RDM,'more than 3,000 servicemen',note='counts flights in both directions; borderline')
c('698','killed',225,None,'people who died during the January events',"Kazakh Prosecutor General's Office",'225 people had died')
c('698','killed',19,None,'law enforcement officers among the dead',"Kazakh Prosecutor General's Office",'including 19 law enforcement officers')
e('698','2022-01-13','withdrawal','Almaty',[CSTO],'took off from Almaty airport yesterday evening')
e('698','2022-01-13','other','Almaty',[SER,'Ruslan Zhaksylykov'],'a farewell ceremony was held',note='"Before that" = the same day, 13 Jan')
e('698','2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday, President Kassym-Jomart Tokayev announced')
e('698','2022-01-14','statement',None,[RDM],'reported this morning')
e('698','2022-01-19','withdrawal','Kazakhstan',[CSTO],'completed by January 19',note='planned completion')
e('698',None,'casualty_report','Kazakhstan',["Kazakh Prosecutor General's Office"],"Prosecutor General's Office said")
e('698','2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich'],'In Vienna on Thursday')

# ---------------- 699 Pravda.ru English (Jan 11, 2022 at 18:30, Tue)
art('699',0,5,10,'Pravda.ru','2022-01-11',['Pavel Grigoryev'],None,
    ['PRAVDA.RU','English  |  Русский  |  Português','World » Russia » Politics','Jan 11, 2022 at 18:30','Pavel Grigoryev','Pravda.Ru Editor-in-Chief','Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!','Author`s name Pavel Grigoryev','Editor Pavel Grigoryev','Pravda.Ru  Discussions  |  Comments: 3','Also read:'])
q('699','mess of pottage',RYA,'Ryabkov',None,partial=True,zone='headline',note='headline "Ryabkov after Geneva: … "…""; the phrase is not in the body')
q('699',"For us, the non-enlargement of NATO is an absolute imperative. It is not a bargaining chip,",RYA,'Ryabkov','said')
q('699','difficult, long, very professional',RYA,'Ryabkov','said',partial=True)
q('699','firmly pushed back',SHE,'Wendy Sherman','told',partial=True)
q('699','simply non-starters',SHE,'Wendy Sherman','told',partial=True)
q('699',"We will not allow anyone to slam closed NATO's open door policy,",SHE,'she','said')
q('699','military-technical measures',RYA,'The Russian diplomat','did not rule out',partial=True)
q('699',"The Americans want to drag this on until spring. They need to see how the situation in Kazakhstan ends,",'Irina Veselova','she','said')
q('699',"I assure you that the main mission has been accomplished,",TOK,'Tokayev','said')
q('699','technical mistake',KZMOH,'the ministry','blamed',partial=True,note='two-word wording attributed with "blamed"; borderline with a scare quote')
c('699','troops_deployed',100000,'more than','Russian troops near the Ukrainian border',None,'more than 100,000 Russian troops',note='"according to US estimates"')
c('699','other',20000,'about','"bandits" who attacked Almaty',TOK,'about 20,000 "bandits"')
c('699','troops_deployed',2030,None,'CSTO contingent strength',None,'The CSTO contingent numbers 2,030 troops')
c('699','killed',164,None,'death toll in Kazakhstan',KZMOH,'the death toll stood at 164')
e('699','2022-01-10','talks','Geneva',[RYA,SHE],'eight hours of talks with the American delegation in Geneva',note='"a day after" the Tuesday comments')
e('699','2022-01-11','statement',None,[RYA],'His comments came a day after')
e('699','2022-01-10','statement','Geneva',[SHE],'told reporters on Monday')
e('699','2022-01-12','talks','Brussels',['NATO'],'NATO and Russia meet in Brussels tomorrow')
e('699','2022-01-13','talks','Vienna',['OSCE'],'the OSCE holds its session in Vienna on Thursday')
e('699','2022-01-11','statement','Nur-Sultan',[TOK],'told the Mazhilis today')
e('699','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to leave the country in two days')
e('699','2022-01-09','casualty_report','Kazakhstan',[KZMOH],'stood at 164 on Sunday')
e('699',None,'other','Almaty',[SER],'was photographed together with Kazakh officers')

# ---------------- 700 Akimat of Almaty page on eGov.kz (12 January 2022 | 17:48, Wed)
art('700',0,8,13,'Akimat of Almaty city','2022-01-12',[],None,
    ['eGov.kz  |  Official Internet resource of the Akimat of Almaty city','Қаз  Рус  Eng','Version for the visually impaired','Main page / Press center / News','12 January 2022 | 17:48','Updated: 12 January 2022 | 18:10','Source: Press service of the Akimat of Almaty city','Was this information useful?  Yes  No'])
q('700',"All damaged objects must be restored in a short time. This is a task set by the Head of State,",'Yerbolat Dossayev','Yerbolat Dossayev','emphasized')
q('700',"Today, 95% of the city's shops and markets are open. There is no shortage of essential goods,",'Yerzhan Babakumarov','the deputy akim','said')
q('700',"We will never forget what they did for the city,",'Yerbolat Dossayev','the akim','said')
c('700','detained',2738,None,'people detained in Almaty','Almaty Department of Police','2,738 people have been detained')
c('700','killed',14,None,'law enforcement employees who died in Almaty',None,'all 14 employees of law enforcement agencies')
e('700','2022-01-12','other','Almaty',['Yerbolat Dossayev'],'was held today')
e('700','2022-01-10','other','Almaty',[],'fully restored on Monday')
e('700','2022-01-11','other','Almaty',[],'banks had resumed work yesterday')
e('700','2022-01-09','other','Almaty',['Yerbolat Dossayev'],'Last Sunday, the akim visited')
e('700',None,'state_of_emergency','Almaty',[],'has been extended until 19 January',note='regime ends 19 January; the date of the extension is not given')
e('700','2022-01-13','withdrawal','Almaty',[CSTO],'will begin to leave tomorrow')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the head of state','He','The Kazakh president']),
 sp(LUK,'person',['Alexander Lukashenko'],[],'Belarus',['The head of state','the President','the Belarusian leader']),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defence Minister'],'Belarus',['the minister']),
 sp('Vadim Denisenko','person',['Vadim Denisenko'],['Major General','commander of the Special Operations Forces'],'Belarus',note='words invented'),
 sp('Aigul Temirbayeva','person',['Aigul Temirbayeva'],['The head of the plant'],'Kazakhstan',['she'],note='invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General'],'Russia',['The general']),
 sp('Leonid Slutsky','person',['Leonid Slutsky'],['The head of the Duma Committee on International Affairs'],'Russia',['the parliamentarian']),
 sp('Andrei Kartapolov','person',['Andrei Kartapolov','Kartapolov'],['Chairman of the Duma Defence Committee'],'Russia',['The deputy','He']),
 sp('Vladimir Dzhabarov','person',['Vladimir Dzhabarov'],['First Deputy Chairman of the Federation Council Committee on International Affairs'],'Russia',['his','the senator']),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['The Russian diplomat'],note='canonical spelling from gold; written "Sergei" here'),
 sp(SHE,'person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',['she']),
 sp('Shavkat Mirziyoyev','person',['Shavkat Mirziyoyev'],['President of the Republic of Uzbekistan'],'Uzbekistan',['the head of our state','The Leader of Uzbekistan']),
 sp(UZMFA,'organisation',['Ministry of Foreign Affairs of Uzbekistan'],[],'Uzbekistan'),
 sp('Abdurakhmon Yusupov','person',['Abdurakhmon Yusupov'],['Head of the press service of the Ministry of Emergency Situations'],'Uzbekistan',['he'],note='invented'),
 sp('Erlan Asanbekov','person',['Erlan Asanbekov','Asanbekov'],['Colonel','the commander of the Kyrgyz contingent'],'Kyrgyzstan',note='invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov','Japarov'],['President'],'Kyrgyzstan',['the head of state','him']),
 sp('Dastan Bekeshev','person',['Dastan Bekeshev'],['Member of the Jogorku Kenesh'],'Kyrgyzstan',['the deputy'],note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Artur Vanetsyan','person',['Artur Vanetsyan'],[],'Armenia',note='words invented'),
 sp('Tigran Abrahamyan','person',['Tigran Abrahamyan'],['opposition deputy'],'Armenia',note='words invented'),
 sp('Aram Tadevosyan','person',['Aram Tadevosyan','Tadevosyan'],['Political analyst'],'Armenia',['the expert','the analyst'],note='invented'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia'),
 sp('Sergei (Russian paratrooper)','person',['Sergei'],['a Russian paratrooper'],'Russia',['a Russian paratrooper'],note='invented; first name only'),
 sp('Gulnara Abenova','person',['Gulnara Abenova'],['Almaty resident'],'Kazakhstan',note='invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative"],'Russia',note='words invented'),
 sp('Irina Veselova','person',['Irina Veselova'],['Pravda.Ru political observer'],'Russia',['she'],note='invented'),
 sp(KZMOH,'organisation',["Health Ministry"],[],'Kazakhstan',['the ministry']),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev'],['the akim of Almaty'],'Kazakhstan',['the akim'],note='words invented'),
 sp('Yerzhan Babakumarov','person',['Yerzhan Babakumarov'],['Deputy akim'],'Kazakhstan',['the deputy akim'],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 693 and 695; not quoted'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',[],[],quoted=False,note='mentioned in 694 and a 699 teaser; not quoted'),
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
