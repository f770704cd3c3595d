#!/usr/bin/env python3
"""Source of the devset142 annotation: the hand-chosen spans, values and dates for 1229-1236.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset142/annotation_source.py && python3 tests/devset142/verify.py
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
KA='Kazakh authorities'; MIRZ='Shavkat Mirziyoyev'

# ---------------- 1229 UzDaily.com (08/01/2022, a Saturday)
art('1229',0,ln('1229','Uzbekistan keeps fuel flowing'),ln('1229','Tashkent, Uzbekistan (UzDaily.com)'),'UzDaily.com','2022-01-08',[],'Tashkent, Uzbekistan',
    ['UzDaily.com','Home | Economy | Politics | Society | Tech | Sport','08/01/2022 15:42','Tags: Kazakhstan, energy, border, fuel','Share: Facebook | Twitter | Telegram'])
q('1229','Rail transit is not affected by the temporary measures at the road crossings, and our contracts with Kazakh partners are being fulfilled in full,','Uzbek Ministry of Energy','the ministry','said in a statement')
q('1229','watching the situation hour by hour','Sherzod Khodjaev','Deputy Energy Minister Sherzod Khodjaev','told journalists',partial=True,note='closing mark followed by "." outside')
q('1229','We understand that ordinary people in Shymkent need gas for cooking and heating, and we will not let them down,','Sherzod Khodjaev','Khodjaev','said')
q('1229','The shooting stopped last night, shops on our street opened for two hours this morning,','Bekzod Yusupov','Bekzod Yusupov','said',note='inverted cue "said Bekzod Yusupov"; reached by phone')
q('1229','full support for the steps taken by the Kazakh leadership to restore order',MIRZ,'President Shavkat Mirziyoyev','according to',partial=True,note='"according to his press secretary, expressed “…”": words are Mirziyoyev\'s as relayed by his press secretary (gold rule: press office quoting X -> X)')
c('1229','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('1229','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('1229','detained',3700,'more than','people detained',MIA,'More than 3,700 people have been detained',note='"the ministry said" after the figure')
c('1229','troops_deployed',2500,'about','CSTO peacekeepers guarding strategic sites',CSTO,'its peacekeepers, about 2,500 of them',note='appositive figure "about 2,500 of them"')
e('1229','2022-01-08','statement',None,['Uzbek Ministry of Energy'],'the Ministry of Energy said on Saturday')
e('1229','2022-01-07','other','Keles',['Uzbek Ministry of Energy'],'46 tank wagons crossed at the Keles railway station on Friday',note='46 tank wagons: not a claim (cargo count)')
e('1229','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry reported on Friday")
e('1229','2022-01-06','talks',None,[MIRZ,TOK],'held a phone call with Kassym-Jomart Tokayev on Thursday')

# ---------------- 1230 Economist.kg (10.01.2022, a Monday)
art('1230',0,ln('1230','Kazakhstan unrest: Kyrgyz exporters'),ln('1230','Kyrgyz businesses lost'),'Economist.kg','2022-01-10',['Aigerim Sultanbekova'],None,
    ['ECONOMIST.KG','Business news of Kyrgyzstan','Finance / Macroeconomics','10.01.2022 | 12:30 | Views: 2 184','Author: Aigerim Sultanbekova','Photo: trucks at the Ak-Zhol checkpoint. Source: Economist.kg','Subscribe to our Telegram channel @economistkg','Related: Som weakened to 84.8 per dollar | Gold prices at the NBKR'])
q('1230','Our trucks with fruit and clothes stood at the Ak-Zhol checkpoint for five days. Some of the goods simply rotted,','Temirlan Asanov','Temirlan Asanov','told',note='"the head of the union, Temirlan Asanov, told Economist.kg" (role before the name, between commas)')
q('1230','stable and manageable','National Bank of the Kyrgyz Republic','The regulator','called',partial=True,note='"The regulator" = the National Bank named in the previous sentence')
q('1230','We are not sending our soldiers to fight against the Kazakh people. Their task is to protect facilities, nothing more,','Sadyr Japarov','Japarov','said')
q('1230','as soon as the Kazakh side says the mission is over','Sadyr Japarov','The president','added',partial=True)
q('1230','Every day of closed borders costs us more than the whole deployment,','Kubat Rakhimov','he','said')
c('1230','troops_deployed',150,'about','Kyrgyz servicemen in the CSTO contingent','Kyrgyz Ministry of Defence','about 150 Kyrgyz servicemen were guarding a thermal power plant')
c('1230','killed',164,None,'people killed during the unrest',KA,'164 people had been killed',note='"a figure later corrected by officials"; "the authorities in Nur-Sultan" -> Kazakh authorities')
e('1230','2022-01-05','other','Ak-Zhol',[],'about 900 lorries were stuck on both sides of the border by Wednesday',note='"by Wednesday" from Monday 10 Jan -> 5 Jan; 900 lorries not a claim')
e('1230','2022-01-09','statement',None,['National Bank of the Kyrgyz Republic'],'The National Bank of the Kyrgyz Republic said on Sunday')
e('1230','2022-01-07','other',None,[],'The decision was approved by parliament on Friday',note='Kyrgyz parliament approves the CSTO deployment')
e('1230',None,'statement',None,['Sadyr Japarov'],'Japarov said in a video address',note='undated video address')
e('1230',None,'casualty_report',None,[KA],'the authorities in Nur-Sultan said')
e('1230','2022-01-10','talks','Geneva',['Russia','United States'],'Talks between Russia and the United States opened in Geneva on Monday')

# ---------------- 1231 Uzreport.news (11 January 2022, a Tuesday)
art('1231',0,ln('1231','CSTO to start pulling troops'),ln('1231','Kazakh President Kassym-Jomart Tokayev announced'),'Uzreport.news','2022-01-11',[],None,
    ['UZREPORT.NEWS','Politics   World   Economy   Uzbekistan   Video','11 January 2022, 17:05','Uzreport.news | 1 min','#Kazakhstan #CSTO #Tokayev','Read on the topic:','Uzreport.news © 2022. When using materials, a link is required. 18+'])
q('1231','The main mission of the collective peacekeeping forces has been successfully completed,',TOK,'Tokayev','told')
q('1231','will take no more than ten days',TOK,'he','said',partial=True,note='"The withdrawal, he said, “…”": cue interposed before the partial; "." outside the mark')
q('1231','Frankly speaking, the law enforcement agencies were not ready for such a scale of attacks,',TOK,'Tokayev','said',note='inverted "said Tokayev"; previous sentence calls him "The Kazakh leader"')
q('1231','the undermining of the foundations of the state','Vladimir Putin','Putin','said',partial=True)
q('1231','Not a single shot was fired by our servicemen,','Andrei Serdyukov','him','quoted him as saying',note='"the Russian Defence Ministry quoted him as saying": speaker is Serdyukov (gold rule), "him" = Serdyukov in the previous sentence')
c('1231','troops_deployed',2030,None,'CSTO contingent servicemen',TOK,'the contingent numbered 2,030 servicemen')
c('1231','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment',note='equipment count; borderline, recorded as other')
c('1231','detained',9900,None,'people detained in connection with the riots','Kazakh Prosecutor General\'s Office','9,900 people had been detained')
e('1231','2022-01-11','statement','Nur-Sultan',[TOK],'Kassym-Jomart Tokayev announced on Tuesday')
e('1231','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing from the country in two days',note='"in two days" from Tuesday 11 Jan')
e('1231','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'He nominated Alikhan Smailov as prime minister',note='"the deputies approved the candidacy the same day"')
e('1231','2022-01-10','talks',None,[CSTO,'Vladimir Putin','Nikol Pashinyan'],'On Monday, the CSTO leaders held an extraordinary online summit')
e('1231','2022-01-11','withdrawal','Kazakhstan',['Andrei Serdyukov'],'handing over the protected facilities to the Kazakh side since the morning',note='"since the morning" of the publication day')
e('1231',None,'casualty_report',None,["Kazakh Prosecutor General's Office"],"Earlier the Prosecutor General's Office of Kazakhstan reported")
e('1231',None,'statement',None,['Uzbek Foreign Ministry'],"Uzbekistan's Foreign Ministry welcomed the normalisation")

# ---------------- 1232 Jahon (Uzbek MFA agency), 12.01.2022, a Wednesday
art('1232',0,ln('1232','Foreign Ministers of Uzbekistan and Kazakhstan discuss'),ln('1232','On 12 January 2022, Minister'),'Jahon','2022-01-12',[],None,
    ['Information Agency "Jahon" of the Ministry of Foreign Affairs of the Republic of Uzbekistan','UZ | RU | EN','News  >  Foreign policy','12.01.2022','Information Service of the Ministry of Foreign Affairs of the Republic of Uzbekistan','Print version   |   Share: f  t  in','All rights reserved. Jahon Information Agency, 2022'])
q('1232','the constitutional order has been fully restored in all regions of Kazakhstan','Mukhtar Tileuberdi','M.Tileuberdi','noted that',partial=True,note='initial glued to surname "M.Tileuberdi"')
q('1232','Uzbekistan is firmly convinced that the Kazakh people, under the leadership of President Kassym-Jomart Tokayev, will overcome the current difficulties,','Abdulaziz Kamilov','the Minister','stressed',note='"the Minister" = A.Kamilov (previous sentence); Tokayev named inside the quote is a trap')
c('1232','troops_deployed',2030,None,'CSTO peacekeeping contingent','Mukhtar Tileuberdi','contingent of 2,030 servicemen')
e('1232','2022-01-12','talks',None,['Abdulaziz Kamilov','Mukhtar Tileuberdi'],'held a telephone conversation with Deputy Prime Minister')
e('1232','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw on 13 January')
e('1232','2022-01-11','other',None,[],'had resumed operation the day before',note='"the day before" from Wednesday 12 Jan; checkpoints reopen; 3,000 vehicles not a claim')
e('1232','2022-01-13','talks','Vienna',['OSCE'],'meeting of the OSCE Permanent Council in Vienna on 13 January')
e('1232','2022-01-10','talks','Geneva',['Russia','United States'],'held in Geneva on Monday')
e('1232','2022-01-07','talks',None,[MIRZ,TOK],'on 7 January, President of the Republic of Uzbekistan')

# ---------------- 1233 StanRadar.com (13.01.2022, a Thursday)
art('1233',0,ln('1233','what the CSTO mission changed'),ln('1233','The first transport aircraft'),'StanRadar.com','2022-01-13',['Dmitry Verkhovsky'],None,
    ['StanRadar.com — news and analytics of Central Asia','Analytics | Kazakhstan | Kyrgyzstan | Tajikistan | Turkmenistan | Uzbekistan','>> Kazakhstan','13.01.2022 09:40','Dmitry Verkhovsky, political scientist, specially for StanRadar.com','Comments (14)','Reprinting of materials is possible only with an active hyperlink to StanRadar.com'])
q('1233','If the CSTO can be invited in forty-eight hours to Nur-Sultan, it can be invited anywhere,',None,'a Kyrgyz opposition politician who asked not to be named','told me',note='anonymous speaker')
q('1233','a real instrument and not a paper organisation','Dmitry Peskov','Dmitry Peskov','said',partial=True)
q('1233','This was a demonstration, first of all, to the West,','Arkady Dubnov','Arkady Dubnov','believes',note='inverted cue "believes Arkady Dubnov"')
q('1233','The message was: this region is our zone of responsibility, and we will not discuss it in Geneva.','Arkady Dubnov','Arkady Dubnov','believes',note='second half of a quote split by the interposed attribution; same cue')
q('1233','Those who were in the square on January 5 were not all terrorists,','Evgeny Zhovtis','Evgeny Zhovtis','wrote',note='"wrote on Facebook"')
c('1233','troops_deployed',2000,'about','CSTO servicemen in Kazakhstan',RDM,'of roughly 2,000 servicemen',note='"roughly" -> about; "according to Russian Defence Ministry" ends the sentence')
c('1233','troops_deployed',1600,'more than','Russian servicemen in the CSTO force',RDM,'more than 1,600 were Russians')
c('1233','killed',225,None,'dead in Kazakhstan',KA,'The authorities have confirmed 225 dead')
c('1233','killed',19,None,'law enforcement officers among the dead',KA,'among them 19 law enforcement officers')
c('1233','detained',10000,'about','people detained',MIA,'it has detained about 10,000 people')
e('1233','2022-01-13','withdrawal','Almaty',[],'flew back from Almaty to Ivanovo on Thursday',note='first Russian paratroopers fly home')
e('1233',None,'statement',None,['Dmitry Peskov'],'Dmitry Peskov said the operation had shown')
e('1233','2022-01-10','talks','Geneva',['Russia','United States'],'The Russian-American talks in Geneva on Monday')
e('1233','2022-01-12','talks','Brussels',['Russia','NATO'],'the Russia-NATO Council in Brussels on Wednesday')
e('1233','2022-01-06','arrest',None,['Karim Masimov'],'has been in custody since January 6')

# ---------------- 1234 Turkmenportal (07.01.2022, a Friday)
art('1234',0,ln('1234','Turkmenistan Airlines suspends Ashgabat'),ln('1234','The national air carrier'),'Turkmenportal','2022-01-07',[],None,
    ['Turkmenportal','TM | RU | EN','News  /  Society  /  Transport','07.01.2022 | 19:10 | 👁 3 051','We will keep following the news.','Subscribe to Turkmenportal on Instagram and Telegram!','Tags: Turkmenistan Airlines, Kazakhstan, aviation','Similar news:','© 2011–2022 Turkmenportal. When copying materials, a link to turkmenportal.com is mandatory'])
q('1234','Passengers who bought tickets for the flights of 8, 11 and 15 January can exchange them free of charge or receive a full refund at any of our ticket offices,','Merdan Ovezov','Merdan Ovezov','said',note='inverted "said Merdan Ovezov, head of …"; dates inside the quote are not events')
q('1234','to refrain from visiting places of mass gatherings and to follow the instructions of local authorities','Turkmen Foreign Ministry','The diplomatic mission','urged',partial=True,note='"The diplomatic mission" = the embassy/consulate of the ministry named in the previous sentence; speaker kept at ministry level')
q('1234','Yesterday we heard shots near our dormitory, but today the police are on every corner and people are going to the shops,','Gulshat','Gulshat','wrote',note='first name only; "one of them, Gulshat, wrote to the editorial office"')
q('1234','with attention and hope for a speedy return to calm','Rashid Meredov','Foreign Minister Rashid Meredov','said',partial=True)
c('1234','troops_deployed',2500,'about','CSTO peacekeepers sent to Kazakhstan','international media','some 2,500 peacekeepers',note='"As reported by international media"; "some" -> about')
c('1234','detained',3800,'more than','detainees',KA,'the number of detainees has exceeded 3,800',note='"exceeded" -> more than')
c('1234','killed',26,None,'armed rioters "eliminated"',KA,'26 armed rioters were',note='one-word scare quote “eliminated” after the figure is excluded from quotes')
e('1234','2022-01-07','other',None,['Turkmenistan Airlines'],'has temporarily suspended its flights',note='"reported today" = publication day')
e('1234','2022-01-06','statement',None,['Turkmen Foreign Ministry'],'The Ministry of Foreign Affairs of Turkmenistan said on Thursday evening')
e('1234',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'has sent some 2,500 peacekeepers to Kazakhstan')
e('1234','2022-01-05','statement',None,['Rashid Meredov'],'speaking to journalists on Wednesday')

# ---------------- 1235 Spot (spot.uz), 13 January 2022, a Thursday
SEC1235=[i+1 for i,l in enumerate(T[doc('1235')].split('\n')) if l in ('Wheat and flour','The soum','The bigger picture')]
art('1235',0,ln('1235','Week of unrest next door'),ln('1235','While Almaty was burning'),'Spot','2022-01-13',['Nodira Ismoilova'],None,
    ['Spot','spot.uz · Business · Economy · Tech · Life','☰ Menu   🔍 Search   UZ | RU | EN','Economy · 13 January 2022','Text: Nodira Ismoilova','Reading time: 4 min','Share this article:  Telegram  Facebook  Copy link','Spot. Materials are not investment advice. 16+'],
    sections=SEC1235)
q('1235','Millers had stocks for about two weeks, so there was no real shortage, only panic,','Otabek Rakhimov','Otabek Rakhimov','says',note='present-tense inverted cue "says Otabek Rakhimov"')
q('1235','The exchange rate was determined by market forces, and we did not need to intervene,','Central Bank of Uzbekistan',"the regulator's press service",'said',note='"The Central Bank" named in the previous sentence')
q('1235','Our clients were more worried about relatives in Kazakhstan than about money,','Dilshod Aliev','Dilshod Aliev','said')
q('1235',"Uzbekistan's neutrality has once again turned out to be an asset,",'Jahongir Karimov','analyst Jahongir Karimov','wrote',note='"wrote in his Telegram channel"')
c('1235','killed',225,None,'people killed in Kazakhstan','official data','225 people were killed in Kazakhstan')
c('1235','injured',4500,'at least','people injured','official data','at least 4,500 were injured')
e('1235',None,'other',None,[],'Last week, after the border closed',note='"Last week" is a period; date null')
e('1235','2022-01-05','other',None,['Uzbekiston Temir Yullari'],'arrived between 5 and 11 January',note='range -> first day; 1,140 wagons not a claim')
e('1235','2022-01-10','other','Kazakhstan',[],'when the internet returned there',note='"on Monday" from Thursday 13 Jan: internet restored in Kazakhstan')
e('1235','2022-01-13','withdrawal','Kazakhstan',['Russia'],'on Thursday Russian troops started to go home')

# ---------------- 1236 Ariana News (January 10, 2022, a Monday)
art('1236',0,ln('1236','Afghan flour traders worried'),ln('1236','Afghan flour and wheat importers say'),'Ariana News','2022-01-10',[],None,
    ['Ariana News','Afghanistan · Business · World · Sport · Videos · Live TV','BUSINESS','By Ariana News','January 10, 2022','(Last Updated On: January 10, 2022)','Tags: Afghanistan, flour prices, Kazakhstan, trade','Share this:','Click to share on Facebook (Opens in new window)','Related Posts','Copyright © 2022 Ariana News. All rights reserved.'])
q('1236','Most of our flour comes from Kazakhstan. When the border closed there, dozens of our trucks stopped at Hairatan,','Khan Jan Alokozai','Khan Jan Alokozai','said',note='inverted "said Khan Jan Alokozai, a member of …"')
q('1236','alternative routes as soon as possible','Khan Jan Alokozai','He','called on',partial=True)
q('1236','We hope the situation in Kazakhstan will become normal soon, because it affects the economy of the whole region,','Zabihullah Mujahid','Mujahid','said')
q('1236','not negotiate over the heads of our allies','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','said',partial=True)
q('1236','If trains come back, prices will come down in two or three days,','Hajji Nasrullah','Hajji Nasrullah','said',note='"Hajji Nasrullah, a wholesaler in Mandawi market, said" (honorific Hajji kept as part of the name)')
c('1236','killed',164,None,'people killed in the unrest','Kazakh officials','164 people were killed in the unrest')
c('1236','detained',8000,'about','people detained','Kazakh officials','about 8,000 people have been detained')
c('1236','troops_deployed',2000,'about','CSTO troops in the mission',CSTO,'about 2,000 troops took part in the mission')
e('1236','2022-01-09','statement',None,['Zabihullah Mujahid'],'Mujahid said on Sunday')
e('1236',None,'statement',None,[TOK],'described the events as an attempted coup')
e('1236','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'who arrived in Kazakhstan on Thursday')
e('1236','2022-01-10','talks','Geneva',['Russia','United States'],'started security talks in Geneva on Monday')
e('1236',None,'statement',None,['Wendy Sherman'],'said before the meeting',note='likely 9-10 Jan')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Uzbek Ministry of Energy','organisation',['Ministry of Energy'],[],'Uzbekistan',['the ministry']),
 sp('Sherzod Khodjaev','person',['Sherzod Khodjaev','Khodjaev'],['Deputy Energy Minister'],'Uzbekistan',[],note='invented'),
 sp('Bekzod Yusupov','person',['Bekzod Yusupov'],['an Uzbek student in Almaty'],'Uzbekistan',[],note='invented'),
 sp(MIRZ,'person',['Shavkat Mirziyoyev','Mirziyoyev'],['President'],'Uzbekistan',['his press secretary'],note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President','President'],'Kazakhstan',['he','The Kazakh leader','the head of state'],["Tokayev's"],note='words paraphrased/invented'),
 sp('Temirlan Asanov','person',['Temirlan Asanov'],['the head of the union'],'Kyrgyzstan',note='invented'),
 sp('National Bank of the Kyrgyz Republic','organisation',['National Bank of the Kyrgyz Republic'],[],'Kyrgyzstan',['The regulator']),
 sp('Sadyr Japarov','person',['Sadyr Japarov','Japarov'],['President'],'Kyrgyzstan',['The president'],note='words invented'),
 sp('Kubat Rakhimov','person',['Kubat Rakhimov'],['Economist'],'Kyrgyzstan',['he'],note='invented name for this set'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','the commander of the peacekeepers','Russian General'],'Russia',['him'],note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',quoted=False),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi','Tileuberdi'],['Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan'],'Kazakhstan',['He'],['M.Tileuberdi'],note='words invented'),
 sp('Abdulaziz Kamilov','person',['Abdulaziz Kamilov','Kamilov'],['Minister of Foreign Affairs of the Republic of Uzbekistan'],'Uzbekistan',['the Minister'],['A.Kamilov'],note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],[],'Russia',note='words invented'),
 sp('Arkady Dubnov','person',['Arkady Dubnov'],['an expert on Central Asia'],'Russia',note='real analyst; words invented'),
 sp('Evgeny Zhovtis','person',['Evgeny Zhovtis'],['the human rights defender'],'Kazakhstan',note='real human rights defender; words invented'),
 sp('Merdan Ovezov','person',['Merdan Ovezov'],["head of the airline's information service"],'Turkmenistan',note='invented'),
 sp('Turkmen Foreign Ministry','organisation',['Ministry of Foreign Affairs of Turkmenistan'],[],'Turkmenistan',['The diplomatic mission']),
 sp('Gulshat','person',['Gulshat'],[],'Turkmenistan',['The girl'],note='invented; first name only'),
 sp('Rashid Meredov','person',['Rashid Meredov'],['Foreign Minister'],'Turkmenistan',note='words invented'),
 sp('Otabek Rakhimov','person',['Otabek Rakhimov'],['chairman of the Grain Union of millers'],'Uzbekistan',note='invented'),
 sp('Central Bank of Uzbekistan','organisation',['Central Bank'],[],'Uzbekistan',["the regulator's press service"]),
 sp('Dilshod Aliev','person',['Dilshod Aliev'],['a manager at a private bank in Tashkent'],'Uzbekistan',['He'],note='invented'),
 sp('Jahongir Karimov','person',['Jahongir Karimov'],['analyst'],'Uzbekistan',[],note='invented'),
 sp('Khan Jan Alokozai','person',['Khan Jan Alokozai'],['a member of the Afghanistan Chamber of Commerce and Investment'],'Afghanistan',['He'],note='real ACCI figure; words invented'),
 sp('Zabihullah Mujahid','person',['Zabihullah Mujahid','Mujahid'],["The Islamic Emirate's spokesman"],'Afghanistan',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['U.S. Deputy Secretary of State'],'United States',note='words invented'),
 sp('Hajji Nasrullah','person',['Hajji Nasrullah'],['a wholesaler in Mandawi market'],'Afghanistan',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance'],quoted=False),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 1229 and 1233'),
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
