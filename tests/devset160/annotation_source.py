#!/usr/bin/env python3
"""Source of the devset160 annotation: the hand-chosen spans, values and dates for 1373-1380.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset160/annotation_source.py && python3 tests/devset160/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RDM='Russian Defence Ministry'
KA='Kazakh authorities'; SER='Andrei Serdyukov'

# ---------------- 1373 China.org.cn relay of a Xinhua story (2022-01-11 09:14:36 = Tuesday)
P='1373'
art(P,0,ln(P,"China firmly supports Kazakhstan's efforts to restore order, FM spokesperson says"),ln(P,'China firmly supports the efforts of the Kazakh'),'China.org.cn','2022-01-11',[],None,
    ['china.org.cn','China News | World | Business | Opinion | Photos | Video | Belt and Road','Home >> World','Source: Xinhua | 2022-01-11 09:14:36 | Editor: Zhang Liying','Text size: A A A | Print | Mail',
     'Related:','Follow China.org.cn on Twitter and Facebook to join the conversation.','Copyright © China Internet Information Center. All Rights Reserved'],
    ls=ln(P,"China firmly supports Kazakhstan's efforts to restore order, FM spokesperson says"),le=ln(P,'Freight traffic at the Khorgos'))
q(P,'As a friendly neighbor and permanent comprehensive strategic partner, China stands ready to provide necessary support and assistance to Kazakhstan to the best of its ability,','Wang Wenbin','Wang','told',
  note='surname-only "Wang" = Wang Wenbin (Chinese order: family name first); a second "Wang" (Wang Yi) appears later in the text')
q(P,'in accordance with relevant treaties and at the request of a sovereign state.','Wang Wenbin','Wang','said',partial=True)
q(P,'decisive and strong measures','Xi Jinping','Chinese President Xi Jinping','expressing support for',partial=True,note='the verbal message is the vehicle; speaker is Xi')
q(P,"China firmly opposes any attempt by external forces to instigate a 'color revolution' in Kazakhstan,",'Xi Jinping','Xi','said in the message',
  note="the inner single-quoted 'color revolution' is a term (excluded as its own quote)")
q(P,'well-trained terrorist groups',TOK,'Tokayev','had said',partial=True)
q(P,"Kazakhstan highly appreciates China's understanding and support,",'Mukhtar Tileuberdi','Tileuberdi','said',note='"said, according to a readout released by the Chinese side"')
q(P,'Kazakhstan is the first stop of the China-Europe freight trains heading west, so order there is in the interest of the whole region,','Li Zhenhua','Li Zhenhua','said',note='inverted cue "…," said Li Zhenhua, a researcher')
c(P,'troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',None,'the CSTO deployment of some 2,030 troops',note='"some" → about; the figure sits in a reporter\'s question, unattributed')
c(P,'detained',7939,None,'people detained across the country as of Monday',MIA,'7,939 people had been detained')
e(P,'2022-01-10','statement','Beijing',['Wang Wenbin'],'Wang Wenbin said on Monday')
e(P,'2022-01-10','talks',None,[CSTO],'held the same day',note='"the same day" = Monday of the briefing')
e(P,'2022-01-07','statement',None,['Xi Jinping',TOK],'on Friday sent a verbal message')
e(P,None,'statement',None,[TOK],'in his televised address to the nation',note='undated in the text (real: 7 Jan)')
e(P,'2022-01-10','talks',None,['Wang Yi','Mukhtar Tileuberdi'],'On Monday, State Councilor and Foreign Minister Wang Yi also held a phone conversation')

# ---------------- 1374 VOV (Voice of Vietnam) English, "Saturday, 09:15, 08/01/2022" = D/M/Y
P='1374'
art(P,0,ln(P,'Vietnamese citizens in Kazakhstan safe amid unrest'),ln(P,'VOV.VN - No Vietnamese citizens'),'VOV','2022-01-08',[],None,
    ['VOV.VN','VOICE OF VIETNAM','Politics | Economy | Society | World | Culture | Sports | Travel','Tiếng Việt | English | Français | Русский | 中文','World','Saturday, 09:15, 08/01/2022','VOV',
     'Related news','Tags: Kazakhstan, citizen protection, Le Thi Thu Hang','© Copyright 2015 - VOV.VN. All rights reserved.'],
    ls=ln(P,'Vietnamese citizens in Kazakhstan safe amid unrest'),le=ln(P,'The Kazakh Health Ministry said 164'))
q(P,'According to initial information, all Vietnamese citizens in Kazakhstan are safe. The embassy is ready to carry out citizen protection measures when necessary,','Lê Thị Thu Hằng','Hằng','said',
  note='Vietnamese convention: second reference by the GIVEN name (Hằng), not the family name Lê')
q(P,'closely follow the situation, avoid crowded places and strictly abide by the regulations of local authorities.','Lê Thị Thu Hằng','She','urged',partial=True)
q(P,'We have called each student one by one. Some of them ran out of food because shops were closed for two days, and the embassy has sent them rice and instant noodles,','Đặng Quốc Huy','Ambassador Huy','said',
  note='title + given name "Ambassador Huy"')
q(P,'At night we heard gunfire from the direction of the city centre. Now it is quiet, but we are still afraid,','Nguyễn Thị Mai Anh','Mai Anh','said',note='two-syllable given name "Mai Anh" as second reference')
c(P,'killed',164,None,'people killed, including a child','Kazakh Health Ministry','164 people, including a child, had been killed',note='"Kazakh media reported"')
e(P,'2022-01-06','statement','Hanoi',['Vietnamese Ministry of Foreign Affairs','Lê Thị Thu Hằng'],'said on January 6')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests began on January 2')
e(P,'2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the government')
e(P,'2022-01-05','state_of_emergency',None,[TOK],'declared a state of emergency',note='same sentence as "On January 5"')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'has sent peacekeeping forces')

# ---------------- 1375 GoGo.mn (Mongolia), "2022.01.08 | 17:42" = Y.M.D, Saturday
P='1375'
art(P,0,ln(P,'MIAT to fly Mongolians home from Kazakhstan once Almaty airport reopens'),ln(P,'Ulaanbaatar /GoGo.mn/'),'GoGo.mn','2022-01-08',['Ts.Oyunchimeg'],'Ulaanbaatar',
    ['GoGo.mn','MONGOLIA NEWS IN ENGLISH','Home | Politics | Economy | Society | World | Sports | Opinion','World','2022.01.08 | 17:42 | By Ts.Oyunchimeg',
     'Related news:','#Kazakhstan #MIAT #MFA','© 2022 GoGo.mn. All rights reserved. Reprinting without permission is prohibited.'],
    ls=ln(P,'MIAT to fly Mongolians home from Kazakhstan once Almaty airport reopens'),le=ln(P,'The Ministry urged citizens to refrain'))
q(P,'As soon as Almaty International Airport resumes operations, MIAT Mongolian Airlines will carry out a chartered flight. Nobody will be left behind,','B.Battsetseg','B.Battsetseg','stressed',
  note='Mongolian initial-dot form: B. = patronymic initial, Battsetseg = given name')
q(P,'Our citizens are safe. They have enough food and water, but the mobile connection is very poor,','G.Enkhtuvshin','the consul','said')
q(P,'Yesterday he finally called. He said he sleeps in his clothes,','D.Solongo','she','said',note='"He said" inside the quote is not an attribution of this quote')
c(P,'detained',4404,None,'people detained during the unrest',MIA,'4,404 people had been detained')
c(P,'killed',26,None,'"armed criminals" eliminated',MIA,'26 "armed criminals" had been eliminated',note='"eliminated" = killed; the scare-quoted label is not a quote')
e(P,'2022-01-08','statement','Ulaanbaatar',['B.Battsetseg'],'Foreign Minister B.Battsetseg said on Saturday')
e(P,'2022-01-08','other','Ulaanbaatar',['Government of Mongolia'],"Speaking at the government's emergency meeting",note='no own day word; the same Saturday as the statement')
e(P,'2022-01-05','other','Almaty',[],'seized by rioters on January 5')
e(P,None,'other','Almaty',[CSTO],'had taken control of the airport',note='undated handover (real: 7 Jan)')
e(P,'2022-01-07','statement',None,[TOK],'on Friday authorized security forces to open fire')

# ---------------- 1376 Gulf Daily News "World in brief" (Sunday, January 9, 2022), 4 items, "yesterday" = 8 Jan
P='1376'
L=T[doc(P)].split('\n')
heads=['Kingdom voices solidarity with Kazakhstan','Embassy hotline for citizens','Serdyukov: peacekeepers guard strategic sites','Saudi Arabia, UAE call for calm']
hl=[L.index(h)+1 for h in heads]
ends=[hl[1]-2,hl[2]-2,hl[3]-2,ln(P,'The Saudi Foreign Ministry said')]
dl=['MANAMA','MANAMA','ALMATY','RIYADH']
for i,h in enumerate(heads):
    b=[]
    if i==0: b=['GULF DAILY NEWS','The Voice of Bahrain','Sunday, January 9, 2022 | Jumada Al-Akhirah 6, 1443','Local | Business | Region | World | Sport | Lifestyle | Opinion | E-paper','WORLD IN BRIEF']
    if i==3: b=['Most read','1. Ministry announces new Covid-19 measures for schools','Gulf Daily News © 2022. Published by Al Hilal Publishing & Marketing Group. All rights reserved.']
    art(P,i,hl[i],hl[i]+2,'Gulf Daily News','2022-01-09',[],dl[i],b,ls=hl[i],le=ends[i])
BMFA='Bahrain Ministry of Foreign Affairs'
q(P,"the Kingdom of Bahrain's condemnation of the acts of violence and sabotage targeting public institutions,",BMFA,'the Foreign Affairs Ministry','expressed',art=0,partial=True,note='statement wording embedded after "expressed"')
q(P,'We ask citizens to avoid gatherings and to follow the instructions of the local authorities,',None,'an embassy official','told',art=1,note='unnamed embassy official; "told the GDN"')
q(P,'Our task is to guard important state and military facilities, and we are not involved in clearing the streets,',SER,'Gen Serdyukov','said',art=2,note='abbreviated rank without full stop "Gen Serdyukov"')
q(P,'with great concern','Saudi Foreign Ministry','The Saudi Foreign Ministry','said',art=3,partial=True)
q(P,'in all measures taken to safeguard its security','UAE Ministry of Foreign Affairs and International Cooperation',"the UAE's Ministry of Foreign Affairs and International Cooperation",'said',art=3,partial=True)
c(P,'aircraft',70,'more than','aircraft used to fly in the Russian contingent',RDM,'more than 70 aircraft',art=2)
c(P,'detained',5800,None,'people detained, including foreign nationals',KA,'5,800 people',art=2)
e(P,'2022-01-08','statement','Manama',[BMFA],'Bahrain yesterday affirmed its solidarity',art=0)
e(P,None,'statement',None,['Embassy of Bahrain in Moscow'],'has urged citizens currently in Kazakhstan',art=1)
e(P,'2022-01-08','statement','Kazakhstan',[SER],'said yesterday his troops were protecting',art=2)
e(P,None,'arrest',None,['Karim Masimov'],'had been arrested on suspicion of high treason',art=2,note='undated (real: announced 8 Jan)')
e(P,'2022-01-10','talks',None,[CSTO,'Nikol Pashinyan'],'by video conference tomorrow',art=2,note='"tomorrow" from the Sunday paper = Monday 10 Jan')
e(P,'2022-01-08','statement',None,['Saudi Foreign Ministry','UAE Ministry of Foreign Affairs and International Cooperation'],'yesterday called for calm in Kazakhstan',art=3)

# ---------------- 1377 Radio Pakistan, "08-01-2022" = D-M-Y (Saturday)
P='1377'
art(P,0,ln(P,'Pakistan closely monitoring situation in Kazakhstan: FO'),ln(P,'Pakistan is closely monitoring the situation'),'Radio Pakistan','2022-01-08',[],None,
    ['RADIO PAKISTAN','Pakistan Broadcasting Corporation','Home | National | International | Business | Sports | Live Streaming | Programmes','08-01-2022',
     'Related News','Share: Facebook | Twitter | WhatsApp','Copyright © 2022 Radio Pakistan. All Rights Reserved.'],
    ls=ln(P,'Pakistan closely monitoring situation in Kazakhstan: FO'),le=ln(P,'Prime Minister Imran Khan, in a message'))
q(P,'We are confident that the people of Kazakhstan, under the wise leadership of President Kassym-Jomart Tokayev, will overcome the current challenges,','Asim Iftikhar Ahmad','the spokesperson','said',
  note='the name in the quote (Tokayev) is not the speaker')
q(P,'The students in Almaty and Karaganda are safe. We have advised them to remain indoors until the curfew is lifted,','Sajjad Haider Qureshi','the Ambassador','said')
q(P,'Pakistan stands with our Kazakh brothers and sisters in this difficult hour,','Imran Khan','he','wrote')
c(P,'troops_deployed',2000,'more than','CSTO peacekeeping troops arrived',KA,'more than 2,000 peacekeeping troops')
c(P,'killed',26,None,'armed rioters killed',MIA,'26 armed rioters had been killed')
c(P,'killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had lost their lives')
e(P,'2022-01-08','statement','Islamabad',['Asim Iftikhar Ahmad'],'responding to media queries in Islamabad on Saturday')
e(P,None,'other','Islamabad',['Pakistan Ministry of Foreign Affairs'],'a crisis management cell has been established')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'have arrived in the country at the request of President Tokayev')
e(P,None,'statement',None,['Imran Khan'],'in a message on Twitter')

# ---------------- 1378 DD News (India), "07 Jan, 2022 | 9:05 PM IST" = Friday
P='1378'
art(P,0,ln(P,'MEA: Indian nationals in Kazakhstan safe, embassy in touch with students'),ln(P,'New Delhi: The Ministry of External Affairs'),'DD News','2022-01-07',[],'New Delhi',
    ['DD News','Prasar Bharati','Home | India | World | Business | Sports | Science | Videos | Live TV','Updated on: 07 Jan, 2022 | 9:05 PM IST | DDNews Bureau',
     'Also Read:','Tags: MEA, Arindam Bagchi, Kazakhstan, Indian students','Follow DD News on Twitter @DDNewslive','© 2022 DD News. All Rights Reserved. Website designed by Prasar Bharati.'],
    ls=ln(P,'MEA: Indian nationals in Kazakhstan safe, embassy in touch with students'),le=ln(P,'India is scheduled to host'))
q(P,'We have been closely following the developments in Kazakhstan. Our Embassy has issued an advisory and set up helplines, and we are in touch with our nationals, including students,','Arindam Bagchi','Shri Bagchi','said',
  note='honorific "Shri" + surname')
q(P,'We hope the situation stabilises soon,','Arindam Bagchi','the Spokesperson','added')
q(P,'The hostel wardens are helping us and the Embassy officials called us twice today. Parents in Kerala and Tamil Nadu need not panic,','Ravi Shankar Menon','Dr. Menon','said')
q(P,'fire without warning',TOK,'Tokayev','said',partial=True)
c(P,'aircraft',70,'more than','aircraft used to airlift troops',RDM,'more than 70 aircraft')
c(P,'killed',18,None,'security personnel killed','Kazakh officials','18 security personnel had been killed')
c(P,'injured',748,None,'security personnel injured','Kazakh officials','748 injured in clashes')
e(P,'2022-01-06','statement','New Delhi',['Ministry of External Affairs','Arindam Bagchi'],'on Thursday said that the Government of India')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'appealed for help on Wednesday',note='request for CSTO help')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'has begun deploying peacekeepers')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev said on Friday')
e(P,'2022-01-02','protest','Mangystau',[],'The protests broke out on 2nd January',note='ordinal "2nd January"')
e(P,None,'talks',None,['India'],'first India-Central Asia Summit later this month',note='"later this month" not resolved (real: 27 Jan, virtual)')

# ---------------- 1379 Aju Business Daily (Korea), "Published : 2022-01-07 15:34" = Friday
P='1379'
art(P,0,ln(P,'Korean companies in Kazakhstan halt operations as unrest spreads'),ln(P,'SEOUL -- South Korean companies'),'Aju Business Daily','2022-01-07',['Lee Jae-hun'],'SEOUL',
    ['AJU BUSINESS DAILY','아주경제 글로벌 | English Edition','Politics | Economy | Industry | Tech | World | Lifestyle','Reporter Lee Jae-hun (jhlee@ajunews.com) | Published : 2022-01-07 15:34 | Updated : 2022-01-07 17:02',
     'Related Articles','Copyright ⓒ Aju Business Daily & www.ajunews.com All rights reserved.'],
    ls=ln(P,'Korean companies in Kazakhstan halt operations as unrest spreads'),le=ln(P,'Industry observers expect limited damage'))
q(P,'Most Korean firms have closed their offices since Wednesday. Communication is very difficult because the Internet has been cut off,','Park Sung-min','Park Sung-min','said',
  note='Korean order: family name Park first; cue "said in a phone interview with Aju Business Daily"')
q(P,'until the situation is clearly resolved.',None,'An LG Electronics official','said',partial=True,note='unnamed company official')
q(P,'The government will make every effort to ensure the safety of our nationals,','Choi Young-sam','Choi','said')
q(P,'The first two nights were terrifying. Today there is a curfew and the streets are empty,','Kim Hye-jin','Kim','said',note='"said in a KakaoTalk message"')
c(P,'killed',26,None,'rioters killed',KA,'26 rioters had been killed')
c(P,'detained',3000,'more than','people detained',KA,'more than 3,000 people detained')
e(P,'2022-01-05','other','Almaty',[],'have closed their offices since Wednesday')
e(P,'2022-01-06','statement','Seoul',['South Korean Ministry of Foreign Affairs','Choi Young-sam'],"Seoul's foreign ministry said on Thursday")
e(P,'2022-01-07','casualty_report',None,[KA],'Kazakh authorities said on Friday')
e(P,None,'troop_deployment','Kazakhstan',['Russia',CSTO,TOK],'Russia has sent paratroopers')

# ---------------- 1380 Japan Today (Kyodo copy), "JAN. 8, 2022 - 06:41 AM JST" = Saturday; reader comments are page furniture
P='1380'
art(P,0,ln(P,'Japan closely watching Kazakhstan, Hayashi says; 2 Japanese nationals unhurt'),ln(P,'Foreign Minister Yoshimasa Hayashi said Friday'),'Japan Today','2022-01-08',[],'TOKYO',
    ['JAPAN TODAY','NEWS | NATIONAL | POLITICS | WORLD | BUSINESS | TECH | CRIME | ENTERTAINMENT | SPORTS | LIFESTYLE','WORLD JAN. 8, 2022 - 06:41 AM JST','© KYODO',
     '4 Comments','Login to comment','Moderator','Readers, please stay on topic.','Japan Today © 2022 GPlusMedia Inc.'],
    ls=ln(P,'Japan closely watching Kazakhstan, Hayashi says; 2 Japanese nationals unhurt'),le=ln(P,'© KYODO'))
q(P,'We strongly hope that the situation will be calmed down swiftly through peaceful means,','Yoshimasa Hayashi','Hayashi','told')
q(P,'Please refrain from approaching government buildings and places where people gather,','Embassy of Japan in Kazakhstan','the embassy','said',note='"said in an email alert"')
q(P,"We have ATMs that don't work and a curfew at night. Our Japanese employees are thinking about leaving once flights resume,",None,'the official','said',note='anonymous trading-house official')
q(P,'largely restored',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True)
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained')
e(P,'2022-01-07','statement','Tokyo',['Yoshimasa Hayashi'],'Foreign Minister Yoshimasa Hayashi said Friday')
e(P,None,'statement','Tokyo',['Hirokazu Matsuno'],'said at a separate press conference',note='no own day word (context: the same Friday)')
e(P,None,'other','Almaty',[],'which was set on fire by protesters',note='undated (real: 5 Jan)')
e(P,'2022-01-07','statement',None,[TOK],'Kassym-Jomart Tokayev said Friday')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Chinese Foreign Ministry spokesperson'],'China',['The spokesperson'],note='real spokesperson; words invented/paraphrased; bare "Wang" is shared with Wang Yi'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China',note='real; words paraphrased from the reported verbal message'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',[],['K.Tokayev'],note='"K.Tokayev" is the Mongolian initial-dot style (1375)'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi','Tileuberdi'],['Kazakh Foreign Minister'],'Kazakhstan',note='real; words invented'),
 sp('Li Zhenhua','person',['Li Zhenhua'],['a researcher at a Beijing-based institute of Eurasian studies'],'China',note='invented'),
 sp('Lê Thị Thu Hằng','person',['Lê Thị Thu Hằng','Hằng'],['spokeswoman'],'Vietnam',['She'],['Le Thi Thu Hang'],note='real MOFA spokeswoman; words invented; given-name second reference; unaccented form only in the tag line'),
 sp('Đặng Quốc Huy','person',['Đặng Quốc Huy','Huy'],['Ambassador'],'Vietnam',[],['Ambassador Huy'],note='invented'),
 sp('Nguyễn Thị Mai Anh','person',['Nguyễn Thị Mai Anh','Mai Anh'],['a third-year student at a university in Almaty'],'Vietnam',note='invented'),
 sp('B.Battsetseg','person',['B.Battsetseg'],['Foreign Minister'],'Mongolia',note='real Mongolian foreign minister (Batmunkh Battsetseg); words invented'),
 sp('G.Enkhtuvshin','person',['G.Enkhtuvshin'],['The Consul of the Mongolian Consulate General in Almaty'],'Mongolia',['the consul'],note='invented'),
 sp('D.Solongo','person',['D.Solongo'],['A parent from Ulaanbaatar'],'Mongolia',['she'],note='invented'),
 sp('Bahrain Ministry of Foreign Affairs','organisation',['Foreign Affairs Ministry'],[],'Bahrain',['the ministry','The ministry'],note='statement wording invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','commander of the Collective Security Treaty Organisation (CSTO) peacekeeping force in Kazakhstan'],'Russia',[],['Gen Serdyukov'],note='real; words invented'),
 sp('Saudi Foreign Ministry','organisation',['Saudi Foreign Ministry'],[],'Saudi Arabia',note='wording invented'),
 sp('UAE Ministry of Foreign Affairs and International Cooperation','organisation',['Ministry of Foreign Affairs and International Cooperation'],[],'United Arab Emirates',note='wording invented'),
 sp('Asim Iftikhar Ahmad','person',['Asim Iftikhar Ahmad'],['The Foreign Office Spokesperson'],'Pakistan',['the spokesperson','He'],['Mr Asim Iftikhar Ahmad'],note='real FO spokesperson; words invented; "Mr" without full stop'),
 sp('Sajjad Haider Qureshi','person',['Sajjad Haider Qureshi'],["Pakistan's Ambassador to Kazakhstan"],'Pakistan',['the Ambassador'],note='invented'),
 sp('Imran Khan','person',['Imran Khan'],['Prime Minister'],'Pakistan',['he'],note='real; tweet wording invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA Spokesperson'],'India',['the Spokesperson','He'],['Shri Arindam Bagchi','Shri Bagchi'],note='real MEA spokesperson; words invented; honorific "Shri"'),
 sp('Ravi Shankar Menon','person',['Ravi Shankar Menon','Menon'],['President of an association of Indian medical students in Almaty'],'India',[],['Dr. Ravi Shankar Menon','Dr. Menon'],note='invented'),
 sp('Park Sung-min','person',['Park Sung-min'],["head of KOTRA's Almaty trade center"],'South Korea',note='invented'),
 sp('Choi Young-sam','person',['Choi Young-sam','Choi'],['Ministry spokesperson'],'South Korea',note='real spokesperson; words invented'),
 sp('Kim Hye-jin','person',['Kim Hye-jin','Kim'],['a Korean teacher in Almaty'],'South Korea',note='invented'),
 sp('Yoshimasa Hayashi','person',['Yoshimasa Hayashi','Hayashi'],['Foreign Minister'],'Japan',note='real; words invented'),
 sp('Embassy of Japan in Kazakhstan','organisation',['Japanese Embassy in Nur-Sultan'],[],'Japan',['the embassy'],note='alert wording invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 1373, 1375, 1377, 1380; not quoted'),
 sp('Kazakh Health Ministry','organisation',['Kazakh Health Ministry'],[],'Kazakhstan',quoted=False,note='source of the 164 figure (1374)'),
 sp(RDM,'organisation',["Russia's Defence Ministry",'Russian Defence Ministry'],[],'Russia',quoted=False,note='source of the aircraft figure (1376, 1378)'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,quoted=False,note='mentioned in every file; not quoted'),
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
