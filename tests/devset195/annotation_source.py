#!/usr/bin/env python3
"""Source of the devset195 annotation: the hand-chosen spans, values and dates for 1653-1660.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset195/annotation_source.py && python3 tests/devset195/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; KPO='Kazakh Presidential Press Office'
MOH='Kazakh Ministry of Health'; SER='Andrei Serdyukov'

# ---------------- 1653 SBC News Asia (Singapore broadcaster), Sunday 9 January 2022
P='1653'
art(P,0,ln(P,'Kazakhstan says nearly 6,000 detained as calm returns to Almaty'),ln(P,'Kazakh authorities said on Sunday that 5,800'),'SBC News Asia','2022-01-09',[],'ALMATY',
    ['SBC NEWS ASIA','Singapore | Asia | World | Business | Sport | Watch | Listen | Podcasts','Search','Asia','Bookmark','Share','09 Jan 2022 05:42PM (Updated: 09 Jan 2022 08:15PM)','SOLDIERS AT KEY SITES','SINGAPOREANS SAFE','Source: Agencies/ng','Related Topics','Kazakhstan  Central Asia  Russia  protest','Also worth reading',"Kazakhstan's ex-security chief detained on suspicion of treason",'Get SBC News Asia on Telegram for the day\'s top stories.','Copyright © 2022 SBC Media Singapore. All rights reserved.','Terms & Conditions | Privacy Policy | Advertise with us'])
q(P,'a considerable number of foreign nationals',KPO,'Kazakh authorities','said',partial=True,note='the next sentence says the figure came from Tokayev\'s office')
q(P,'stabilised in all regions',KPO,"President Kassym-Jomart Tokayev's office",'said',partial=True,note='nearest name is Tokayev (possessive inside the office name); speaker is the office')
q(P,'We were sitting in the dark for three nights. Today is the first day I let my children look out of the window,','Dauren Mukhametov','Dauren Mukhametov','said',note='inverted cue "…," said NAME, a 34-year-old taxi driver')
q(P,'The shooting stopped on Friday night, but nobody trusts the quiet yet.','Dauren Mukhametov','Dauren Mukhametov',None,note='stand-alone continuation paragraph, no cue')
q(P,'People are buying for a week, not for a day,','Gulnara','she','said',note='first name only')
q(P,'bandits and terrorists',TOK,'Mr Tokayev','described',partial=True,note='"described the protesters as"; "counter-terrorist operation" in the previous paragraph is a label and excluded')
q(P,'All of them are safe, and we advise Singaporeans to defer all travel to Kazakhstan until the situation stabilises,','Singapore Ministry of Foreign Affairs','an MFA spokesperson','said in response to media queries',note='unnamed spokesperson of a named ministry: the ministry is the speaker')
c(P,'detained',6000,'almost','people detained after a week of unrest','Kazakh authorities','nearly 6,000 detained',zone='headline',note='headline rounds the 5,800 of the body')
c(P,'detained',5800,None,'people detained after a week of unrest','Kazakh authorities','that 5,800 people had been detained',note='standfirst')
c(P,'detained',5800,None,'people detained, including foreign nationals',KPO,'(Jan 9) that 5,800 people',note='"The figure was given by President Kassym-Jomart Tokayev\'s office"')
c(P,'killed',164,None,'people killed nationwide',MOH,'164 people had been killed nationwide',note='reported by Khabar 24 citing the health ministry')
c(P,'killed',103,None,'people killed in Almaty',MOH,'among them 103 in Almaty')
c(P,'killed',16,None,'members of the security forces who died',MIA,'16 members of the security forces had died')
c(P,'injured',1300,'more than','members of the security forces injured',MIA,'more than 1,300 had been injured')
c(P,'troops_deployed',2030,'about','CSTO soldiers in the contingent',CSTO,'numbers about 2,030 soldiers')
e(P,'2022-01-09','casualty_report',None,[KPO],'Kazakh authorities said on Sunday (Jan 9)')
e(P,None,'other',None,[KPO],'after a meeting of the crisis centre',note='no day word (probably 2022-01-09)')
e(P,None,'casualty_report',None,['Khabar 24',MOH],'State news channel Khabar 24, citing the health ministry, reported',note='no day word; real report 2022-01-09')
e(P,'2022-01-09','other','Almaty',[],'Shops in parts of Almaty reopened on Sunday')
e(P,'2022-01-05','protest','Almaty',[],"when protesters stormed the mayor's office",note='"since Wednesday, when" = 2022-01-05')
e(P,'2022-01-07','statement',None,[TOK],'Mr Tokayev on Friday said he had authorised')
e(P,'2022-01-08','arrest',None,['National Security Committee','Karim Masimov'],'On Saturday, the National Security Committee said',note='date of the announcement; the detention itself is not dated in the text')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan 2 in the oil town of Zhanaozen')
e(P,'2022-01-09','statement',None,['Singapore Ministry of Foreign Affairs'],'said on Sunday it was in contact with the 27 Singaporeans')

# ---------------- 1654 SimbirskInform (Ulyanovsk regional agency), Friday 14 January 2022
P='1654'
art(P,0,ln(P,'Ulyanovsk paratroopers return home from Kazakhstan'),ln(P,'Ulyanovsk, 14 January – SimbirskInform.'),'SimbirskInform','2022-01-14',[],'Ulyanovsk',
    ['SimbirskInform','Regional news agency','Politics | Society | Incidents | Economy | Army | Sport | Culture','18+','Army','14 January 2022, 12:47','Views: 3 412','Photo: press service of the Central Military District','Read also:','Snowfall to continue in Ulyanovsk until Sunday, forecasters say','Tags: Kazakhstan, CSTO, 31st brigade, airborne troops','If you find a mistake, highlight it and press Ctrl+Enter','© 2006–2022 SimbirskInform. Registered by Roskomnadzor, certificate IA No. FS 77-00000. When using materials, a hyperlink to SimbirskInform is required.'])
q(P,'The tasks set by the command were carried out in full. Not one of our servicemen was injured,','Andrei Zvyagin','Lieutenant Colonel Andrei Zvyagin','told',note='inverted cue after the quote: "…," the deputy brigade commander, Lieutenant Colonel NAME, told journalists; namesake of Serdyukov\'s first name')
q(P,'People brought us tea and baursaks, and children drew pictures for us,','Andrei Zvyagin','Zvyagin','said')
q(P,'We will take those pictures to the museum of the brigade.','Andrei Zvyagin','Zvyagin','said',note='second half after the interposed "Zvyagin said."')
q(P,'I have not slept properly for a week. He called only twice, for a minute, and said everything was fine, but what else would he say?','Svetlana','Svetlana','said',note='first name only (mother of a soldier); the quote ends in "?" before the closing mark')
q(P,'fulfilled their mission',SER,'Colonel General Andrei Serdyukov','said',partial=True)
q(P,'Ulyanovsk is proud of you. Welcome home,','Alexei Russkikh','he','wrote',note='"he wrote" in his Telegram channel')
c(P,'aircraft',4,None,'Il-76 aircraft that brought the paratroopers back','Central Military District','four Il-76 aircraft of the Aerospace Forces',note='written-out "four"')
c(P,'troops_deployed',2030,'about','troops in the CSTO collective force','Russian Defence Ministry','the collective force totalled about 2,030 troops')
c(P,'detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people were detained across the country')
c(P,'killed',16,None,'law-enforcement officers killed','Kazakh officials','16 law-enforcement officers were killed')
e(P,'2022-01-13','withdrawal','Ulyanovsk',['31st Separate Guards Air Assault Brigade','Central Military District'],'landed at the Ulyanovsk-Vostochny airfield on Thursday night')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['31st Separate Guards Air Assault Brigade',CSTO],'sent to Kazakhstan on 6 January')
e(P,'2022-01-13','other','Almaty',[CSTO,SER],'On Thursday the commander of the collective forces',note='ceremony marking the end of the mission')
e(P,'2022-01-19','withdrawal','Kazakhstan',['Russian Defence Ministry',CSTO],'the last aircraft would leave Kazakhstan by 19 January')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev announced on Tuesday')
e(P,None,'statement',None,['Alexei Russkikh'],'thanked the paratroopers in his Telegram channel',note='no day word')

# ---------------- 1655 Zhambyl TV (Taraz regional TV site, English version), Tuesday 11 January 2022
P='1655'
art(P,0,ln(P,'Taraz: police say 412 detained in the region'),ln(P,'Police in Zhambyl region have detained 412'),'Zhambyl TV','2022-01-11',[],None,
    ['ZHAMBYL TV','Regional television and radio company','ҚАЗ | РУС | ENG','News | Region | Programmes | Video | Watch live | Contacts','Region','11.01.2022 | 16:05','Views: 2 137','▶ Video report (2:48)','Read also: Internet restored in Zhambyl region after five days','Share: Facebook | Telegram | WhatsApp | VK','Subscribe to our Telegram channel @zhambyltv_news','© 2022 Zhambyl Regional TV and Radio Company. All rights reserved. When using materials, an active hyperlink to zhambyltv.kz is required.'])
q(P,'We are checking every person against video from street cameras. Those who only stood in the crowd will not be punished as criminals,','Yerzhan Baimukhanov','Baimukhanov','said')
q(P,'Those who beat police officers and broke into the weapons shop will answer before the law.','Yerzhan Baimukhanov','Baimukhanov','said',note='second quote after the interposed cue')
q(P,'Nobody will be left alone with their losses,','Nurlan Sadykov','he','said')
q(P,'Yesterday I opened for the first time. There are few customers, people are still afraid to walk in the centre,','Bakhyt Ospanova','she','told',note='"she told our correspondent"')
c(P,'detained',412,None,'people detained in Zhambyl region','Zhambyl regional police','police say 412 detained in the region',zone='headline')
c(P,'detained',412,None,'people detained in Zhambyl region','Zhambyl regional police','have detained 412 people')
c(P,'other',97,None,'detainees remanded in custody by the court','Yerzhan Baimukhanov','97 of those detained had been remanded',note='a subset of the 412; kept as other')
c(P,'killed',3,None,'police officers who died in Taraz','Zhambyl regional police','three police officers died in Taraz',note='written-out "three"')
c(P,'injured',86,None,'police officers injured in Taraz','Zhambyl regional police','and 86 were injured')
c(P,'other',38,None,'businesses in Taraz reporting damage','Nurlan Sadykov','38 businesses in Taraz had reported damage')
c(P,'detained',7939,None,'people detained across Kazakhstan',MIA,'7,939 people have been detained')
e(P,'2022-01-11','casualty_report','Taraz',['Zhambyl regional police','Yerzhan Baimukhanov'],'said at a briefing on Tuesday')
e(P,'2022-01-05','protest','Taraz',[],'On the evening of 5 January several thousand people gathered')
e(P,'2022-01-05','other','Taraz',[],'were looted the same night',note='looting of two weapons shops; "the same night" = 5 January')
e(P,'2022-01-10','other','Taraz',[],'were removed on Monday')
e(P,'2022-01-10','casualty_report',None,[MIA],'the interior ministry said on Monday')

# ---------------- 1656 Irtysh FM (Omsk news radio), Saturday 8 January 2022
P='1656'
art(P,0,ln(P,'Lorries stuck at Kazakh border as Omsk drivers wait out the unrest'),ln(P,'A queue of lorries has built up'),'Irtysh FM','2022-01-08',['Polina Gerasimova'],None,
    ['IRTYSH FM','Omsk news radio · 101.2 FM','LISTEN LIVE','News | Traffic | Weather | Programmes | Presenters | Advertising','08.01.2022 13:20','Author: Polina Gerasimova','Have you seen something happen? Send your photos and videos to the Irtysh FM newsroom through the "Tell the news" form.','Tags: Kazakhstan, border, lorries, Isilkul','Read more','© 2022 Irtysh FM. Omsk. 18+'])
q(P,'We stand, we sleep in the cab, we start the engine every two hours so the diesel does not freeze. There is no information at all,','Viktor Lapshin','Lapshin','said by phone')
q(P,'Nobody tells us whether we will go through today or next week.','Viktor Lapshin','Lapshin','said by phone',note='second half after the interposed cue')
q(P,'The delays are on the Kazakh side. We are passing vehicles out of Russia without restrictions,','FSB Border Directorate for the Omsk region',"the directorate's press service",'told',note='press service of a named organisation')
q(P,'Better to lose the load than to sit here with no news while people are shooting,',None,'Another driver','said',note='anonymous driver ("who asked not to be named"; "he said")')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died')
c(P,'detained',4404,None,'people detained',MIA,'had reached 4,404')
e(P,'2022-01-08','other','Isilkul',['Viktor Lapshin'],'Omsk drivers told Irtysh FM on Saturday',note='the border queue as reported on Saturday')
e(P,'2022-01-06','other','Omsk',[],'were cancelled on Thursday and Friday',note='range Thursday–Friday, first day used')
e(P,'2022-01-08','statement',None,['Russian Railways'],'Russian Railways said on Saturday')
e(P,'2022-01-02','protest','Kazakhstan',[],'started on 2 January')
e(P,'2022-01-07','casualty_report',None,[MIA],'On Friday the Kazakh interior ministry reported')
e(P,'2022-01-08','casualty_report',None,[MIA],'On Saturday the ministry said')

# ---------------- 1657 Selat TV News (Malaysian broadcaster) carrying Bernama, Friday 7 January 2022
P='1657'
MMFA='Malaysian Ministry of Foreign Affairs'
art(P,0,ln(P,'All 74 Malaysians in Kazakhstan safe, says Wisma Putra'),ln(P,'KUALA LUMPUR, Jan 7 (Bernama) --'),'Selat TV News','2022-01-07',[],'KUALA LUMPUR',
    ['SELAT TV NEWS','Terkini | Nasional | Dunia | Bisnes | Sukan | Video | English','Dunia','Diterbitkan pada: Jan 07, 2022 18:42 MYT','Oleh: Bernama','-- BERNAMA','Also read: Malaysia monitoring situation in Kazakhstan, says Saifuddin','Tags: Kazakhstan, Wisma Putra, Malaysians abroad','Muat turun aplikasi Selat TV | Ikuti kami di Facebook, Twitter, Instagram','Hak Cipta © 2022 Selat TV Sdn Bhd. Semua hak terpelihara.'])
q(P,'The embassy is monitoring the situation closely and Malaysians in Kazakhstan are advised to stay indoors, avoid areas where demonstrations are taking place and follow the instructions of the local authorities,',MMFA,'the statement','read',note='"the statement read"; Wisma Putra = the ministry')
q(P,'We heard gunshots on Wednesday and Thursday night, quite near. The internet is gone, so we only get news when someone calls,','Nurul Izzah Kamarudin','she','said')
q(P,'but our landlady has been bringing us bread and eggs, alhamdulillah.','Nurul Izzah Kamarudin','She','said',partial=True,note='quote begins mid-sentence after reported speech')
q(P,'fire without warning',TOK,'Kassym-Jomart Tokayev','said',partial=True)
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained')
c(P,'killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died')
c(P,'injured',748,None,'members of the security forces injured',MIA,'748 were injured')
e(P,'2022-01-07','statement',None,[MMFA],'In a statement today')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev said on Friday that he had ordered')
e(P,None,'casualty_report',None,[MIA],'The Kazakh interior ministry said 26',note='no day word (real: 2022-01-07)')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in Kazakhstan on Thursday')

# ---------------- 1658 Radio Glannau (bilingual West Wales radio news page), Thursday 13 January 2022: 3 items = 3 articles
P='1658'
L=T[doc(P)].split('\n')
h=[ln(P,'Aberystwyth lecturer describes'),ln(P,'In brief: Russian-led troops start leaving Kazakhstan'),ln(P,'In brief: No breakthrough at OSCE talks')]
ends=[ln(P,'Posted 11:04, 13/01/22\n\nIn brief'),ln(P,'Posted 09:30, 13/01/22\n\nIn brief'),ln(P,'Posted 08:15, 13/01/22\n\nGot a story')]
art(P,0,h[0],ln(P,'A lecturer from Aberystwyth'),'Radio Glannau','2022-01-13',[],None,
    ['Radio Glannau',"Gwrando'n fyw | Listen live",'Newyddion | News   Chwaraeon | Sport   Tywydd | Weather   Rhaglenni | Programmes','Cymraeg | English','News | Thursday 13 January 2022','Posted 11:04, 13/01/22'],ls=h[0],le=ends[0])
art(P,1,h[1],ln(P,'Troops from the Russian-led Collective'),'Radio Glannau','2022-01-13',[],None,['Posted 09:30, 13/01/22'],ls=h[1],le=ends[1])
art(P,2,h[2],ln(P,'Talks between Russia and Western'),'Radio Glannau','2022-01-13',[],None,
    ['Posted 08:15, 13/01/22','Got a story? Cysylltwch â ni | Contact us: newyddion@radioglannau.example','Radio Glannau 97.4 FM – Llais y Gorllewin | The voice of the west','© Radio Glannau Cyf 2022. Cedwir pob hawl | All rights reserved.'],ls=h[2],le=ends[2])
q(P,'The first two nights were the worst. We could hear shooting, then nothing, then shooting again, and there was no internet, so you just lie there wondering,','Catrin Howells','she','said',art=0)
q(P,'My mam rang the Foreign Office every morning. When I finally got through to her on Saturday, she cried for about ten minutes.','Catrin Howells','she',None,art=0,note='stand-alone continuation paragraph; "she" inside the quote is the mother')
q(P,"I love this city, and the people here have been so kind to me. I'm staying,",'Catrin Howells','she','said',art=0)
q(P,'relieved that Catrin is safe','Ben Lake','Ceredigion MP Ben Lake','said',art=0,partial=True,note='"said his office had been … and was" — the office is the grammatical subject; speaker Ben Lake')
q(P,'within ten days',SER,'General Andrei Serdyukov','said',art=1,partial=True)
q(P,'The drumbeat of war is sounding loud,','Michael Carpenter','Michael Carpenter','told',art=2,note='inverted: "…," the US ambassador to the OSCE, NAME, told reporters')
c(P,'troops_deployed',2030,'about','soldiers in the CSTO contingent',CSTO,'its contingent of about 2,030 soldiers',art=1)
c(P,'detained',9900,None,'people detained since the unrest began','Kazakh officials','9,900 people have been detained',art=1)
e(P,'2022-01-13','other',None,['Catrin Howells','Radio Glannau'],"breakfast programme on Thursday",art=0)
e(P,'2022-01-08','other',None,['Catrin Howells'],'When I finally got through to her on Saturday',art=0,note='phone call home, inside the quote; Saturday before Thursday 13 Jan')
e(P,'2022-01-17','other','Almaty',[],'her school planned to reopen on Monday',art=0)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan today',art=1)
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'are expected to end today',art=2)
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'meetings in Geneva on Monday',art=2)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'at NATO headquarters in Brussels yesterday',art=2)

# ---------------- 1659 Tianshan Wire (Xinjiang regional agency), Wednesday 12 January 2022
P='1659'
art(P,0,ln(P,'Khorgos port back to full operation as Kazakhstan stabilizes'),ln(P,'URUMQI, Jan. 12 (Tianshan Wire) --'),'Tianshan Wire','2022-01-12',[],'URUMQI',
    ['Tianshan Wire 天山通讯','Home | Xinjiang | China | Belt and Road | Culture | Photos | 中文','Home > Xinjiang > Belt and Road','Source: Tianshan Wire   Editor: Ma Ling   2022-01-12 16:48:05','【Print】【Close】','Related news:','Copyright © Tianshan Wire. All Rights Reserved.','新ICP备00000000号'])
q(P,'The Kazakh side has restored normal working hours, and we have opened additional lanes so that the backlog is cleared within two or three days,','Zhang Wei','Zhang','said')
q(P,'very quiet, with soldiers at every bridge','Adilet Nurbekov','Truck driver Adilet Nurbekov','said',partial=True)
q(P,'Last week we did not know if we could go at all. Now the road is open, and my customers are calling again,','Adilet Nurbekov','he','said')
q(P,'strong measures','Xi Jinping','Chinese President Xi Jinping','praising',partial=True,note='two-word evaluative wording from a verbal message; cue "praising"')
q(P,'to jointly oppose interference by external forces','Wang Wenbin','Foreign Ministry spokesperson Wang Wenbin','told',partial=True)
c(P,'detained',9900,'more than','people detained in connection with the riots',MIA,'more than 9,900 people had been detained')
e(P,'2022-01-12','other','Khorgos',['Khorgos port administration'],'returned to full operation on Wednesday')
e(P,'2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to Kazakh President')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving the country on Thursday')
e(P,'2022-01-11','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Tuesday")
e(P,'2022-01-10','statement','Beijing',['Wang Wenbin'],'told a regular press briefing in Beijing on Monday')

# ---------------- 1660 Sibir-24 (Novosibirsk regional TV channel), Sunday 9 January 2022
P='1660'
art(P,0,ln(P,'"We flew out under escort": Novosibirsk residents return from Almaty'),ln(P,'More than a hundred Novosibirsk residents'),'Sibir-24','2022-01-09',['Kirill Avdeev'],None,
    ['SIBIR-24','Novosibirsk region TV channel','News | Programmes | Broadcast schedule | Video | Live','ON AIR NOW: "Evening Novosibirsk"','Society','09 January 2022, 19:40','▶ 02:31','Correspondent: Kirill Avdeev | Camera: Sergei Tomilov','Subscribe to Sibir-24 on Telegram and VK','Most read','© 2022 Sibir-24 TV channel. 16+. Full or partial use of materials is allowed only with a hyperlink to the source.'])
q(P,'We flew out under escort',None,None,None,zone='headline',note='headline quote from the returnees; the body has no such sentence, so no speaker')
q(P,'On the fifth, when it all started, we were in the hotel in the centre. Cars were burning outside, and we heard explosions. The staff told us to turn off the lights and stay away from the windows.','Olga Merkulova','Olga Merkulova','said',malformed=True,note='conventional multi-paragraph quote: this paragraph is left open (no closing mark); the next re-opens; attribution is in the next paragraph')
q(P,'Then for four days we simply waited. There was no connection, no cards worked, only cash,','Olga Merkulova','Olga Merkulova','said')
q(P,'We drove to the airport in a column, with armoured vehicles in front. Only then did I believe we would get home,','Gennady Fomichev','he','said')
q(P,'Everyone who has registered with the consulate will be taken out. Nobody will be left behind,','Anton Kolesnikov','Anton Kolesnikov','told',note='inverted cue with a long title: Deputy Minister of Transport of the Novosibirsk Region NAME told Sibir-24')
c(P,'killed',164,None,'people killed during the unrest',MOH,'164 people had been killed during the unrest',note='reported by Khabar 24 citing the health ministry')
e(P,'2022-01-09','other','Novosibirsk',['Russian consulate general in Almaty'],'returned home on Sunday',note='evacuation flight Almaty–Tolmachevo')
e(P,'2022-01-05','protest','Almaty',[],'which was seized by rioters on 5 January')
e(P,'2022-01-07','other','Almaty',[CSTO],'was returned to the control of the authorities on Friday')
e(P,'2022-01-10','other',None,['Novosibirsk regional ministry of transport'],'planned for Monday and Tuesday',note='two further flights; first day used')
e(P,'2022-01-09','casualty_report',None,['Khabar 24',MOH],'reported on Sunday, citing the health ministry')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(KPO,'organisation',[],[],'Kazakhstan',['Kazakh authorities'],["President Kassym-Jomart Tokayev's office"],note='the office gave the 5,800 figure (1653)'),
 sp('Dauren Mukhametov','person',['Dauren Mukhametov'],['a 34-year-old taxi driver'],'Kazakhstan',note='invented'),
 sp('Gulnara','person',['Gulnara'],['a pensioner'],'Kazakhstan',['she'],note='invented; first name only'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['Mr Tokayev'],["Tokayev's"],note='real; quoted words are short paraphrased partials'),
 sp('Singapore Ministry of Foreign Affairs','organisation',["Singapore's Ministry of Foreign Affairs",'MFA'],[],'Singapore',['an MFA spokesperson'],note='real ministry; words invented'),
 sp('Andrei Zvyagin','person',['Andrei Zvyagin','Zvyagin'],['Lieutenant Colonel','the deputy brigade commander'],'Russia',note='invented'),
 sp('Svetlana','person',['Svetlana'],['the mother of a 20-year-old contract soldier'],'Russia',note='invented; first name only'),
 sp(SER,'person',['Andrei Serdyukov'],['Colonel General','General','the commander of the collective forces'],'Russia',note='real; partials invented/paraphrased'),
 sp('Alexei Russkikh','person',['Alexei Russkikh'],['Governor of the Ulyanovsk region'],'Russia',['he'],note='real governor; words invented'),
 sp('Yerzhan Baimukhanov','person',['Yerzhan Baimukhanov','Baimukhanov'],['Colonel','Deputy head of the department'],'Kazakhstan',note='invented'),
 sp('Nurlan Sadykov','person',['Nurlan Sadykov'],['Deputy akim of the region'],'Kazakhstan',['he'],note='invented'),
 sp('Bakhyt Ospanova','person',['Bakhyt Ospanova'],['A trader at the Central Market'],'Kazakhstan',['she'],note='invented'),
 sp('Viktor Lapshin','person',['Viktor Lapshin','Lapshin'],[],'Russia',note='invented lorry driver'),
 sp('FSB Border Directorate for the Omsk region','organisation',['border directorate of the FSB for the Omsk region'],[],'Russia',["the directorate's press service"],note='real body; words invented'),
 sp(MMFA,'organisation',['Wisma Putra','Ministry of Foreign Affairs'],[],'Malaysia',['the statement'],note='real ministry; words invented'),
 sp('Nurul Izzah Kamarudin','person',['Nurul Izzah Kamarudin'],['A Malaysian medical student in Almaty'],'Malaysia',['she','She'],note='invented'),
 sp('Catrin Howells','person',['Catrin Howells','Ms Howells','Catrin'],['A lecturer from Aberystwyth'],'United Kingdom',['she'],note='invented'),
 sp('Ben Lake','person',['Ben Lake'],['Ceredigion MP'],'United Kingdom',note='real MP; words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['the US ambassador to the OSCE'],'United States',note='real; short real-sounding line, paraphrase'),
 sp('Zhang Wei','person',['Zhang Wei','Zhang'],['deputy director of the port administration office'],'China',note='invented'),
 sp('Adilet Nurbekov','person',['Adilet Nurbekov'],['Truck driver'],'Kazakhstan',['he'],note='invented'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China',note='real; two-word partial paraphrased'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Foreign Ministry spokesperson'],'China',note='real; words invented'),
 sp('Olga Merkulova','person',['Olga Merkulova'],[],'Russia',note='invented'),
 sp('Gennady Fomichev','person',['Gennady Fomichev'],['pensioner'],'Russia',['he'],note='invented'),
 sp('Anton Kolesnikov','person',['Anton Kolesnikov'],['Deputy Minister of Transport of the Novosibirsk Region'],'Russia',note='invented'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The alliance'],[],quoted=False,note='source of troop figures; not quoted'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the 164 figure via Khabar 24 (1653, 1660); not quoted'),
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
