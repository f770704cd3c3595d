#!/usr/bin/env python3
"""Source of the devset192 annotation: the hand-chosen spans, values and dates for 1629-1636.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset192/annotation_source.py && python3 tests/devset192/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    A.append(dict(doc=f,index=index,headline=L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=[]))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    for _ in range(n):
        off=t.index(quote,off+1)
    if saw is not None: assert saw in t,(f,saw)
    if cue is not None: assert cue in t,(f,cue)
    if zone=='related': art=None
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; SER='Andrei Serdyukov'

# ---------------- 1629 Baiterek Media infographic page (12.01.2022, Wednesday)
P='1629'
art(P,0,ln(P,"Who is who in Kazakhstan's new government"),ln(P,"Most of the ministers of Askar Mamin's"),'Baiterek Media','2022-01-12',['Dana Omarova','Yerzhan Saparov'],None,
    ['BAITEREK MEDIA','News   Politics   Economy   Society   Infographics   Video   Opinion        ҚАЗ | РУС | ENG','Infographics','12.01.2022 | 17:40   Views: 3 412',
     'Infographic: Dana Omarova. Text: Yerzhan Saparov',"[Infographic: Kazakhstan's new government. Click to enlarge]",'Download PNG (1.4 MB)   Download PDF   Embed this infographic',
     '<iframe src="https://baiterek.media/embed/infographic/4471" width="800" height="2400"></iframe>','Tags: government, Smailov, Mazhilis, Tokayev','Read also:',
     'Share: Facebook | Telegram | WhatsApp | VK','© 2014–2022 Baiterek Media. All rights reserved. When using materials, a hyperlink to baiterek.media is required.'])
q(P,'The government must earn back the trust of ordinary people, and it will not do this with reports and presentations,',TOK,'Tokayev','said',note='"the head of state" earlier in the paragraph; the name only after the quote')
q(P,'stopped hearing the signals from the regions',TOK,'He','accused ministers of having',partial=True)
q(P,'We understand what the people expect from us. There will be no time for long speeches,','Alikhan Smailov','the new prime minister','told',note='role phrase, the name is in the previous paragraph ("Smailov, 49")')
q(P,"Nursultan Nazarbayev's era has given us a class of wealthy people",TOK,'Tokayev',None,zone='related',note='"Read also" teaser with the "Name: \\"…\\"" headline convention')
c(P,'detained',9900,None,'people detained','Kazakh Ministry of Internal Affairs','9,900\ndetained',note='infographic data label; the source is given only by the asterisk footnote "*Detained and killed: Interior Ministry, as of 11 January"')
c(P,'killed',16,None,'police officers and servicemen killed',MIA,'16\npolice officers and servicemen killed',note='infographic data label; source by the asterisk footnote')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers in Kazakhstan',CSTO,'2,030\nCSTO peacekeepers in Kazakhstan',note='infographic data label; footnote "Peacekeepers: CSTO."')
e(P,'2022-01-11','appointment','Nur-Sultan',['Mazhilis','Alikhan Smailov',TOK],'On Tuesday the Mazhilis approved the candidacy of Alikhan Smailov')
e(P,'2022-01-05','government_resignation',None,['Askar Mamin'],"Askar Mamin's government, which resigned on 5 January")
e(P,'2022-01-05','appointment',None,['Alikhan Smailov'],'Acting prime minister since 5 January',note='infographic label')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'Addressing deputies, the head of state',note='same sitting as "On Tuesday" in the previous paragraph')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the peacekeepers would begin in two days',note='"in two days" from the Tuesday 11 January address')
e(P,'2022-01-12','other',None,['Alikhan Smailov'],'On Wednesday morning Smailov chaired the first meeting of the new cabinet')

# ---------------- 1630 Tunduk.kg site-search results page: 5 results = 5 articles (newest first)
P='1630'
L=T[doc(P)].split('\n')
items=[('Kyrgyz peacekeepers return home from Kazakhstan','2022-01-13'),
 ('Musician detained in Almaty is back in Bishkek','2022-01-11'),
 ('Japarov at CSTO summit: Kyrgyz troops will not take part in dispersing protests','2022-01-10'),
 ('Rally against sending troops held outside White House in Bishkek','2022-01-07'),
 ('Parliament approves sending 150 servicemen to Kazakhstan','2022-01-06')]
for i,(h,d) in enumerate(items):
    hl=L.index(h)+1
    b=[L[hl]]
    if i==0: b=['TUNDUK.KG','Kyrgyzstan news in English','Home | Politics | Society | Economy | Regions | Central Asia | Photo | Search','Search',
               'Kazakhstan CSTO                                                   [Find]','Found 38 results for «Kazakhstan CSTO»','Sort: by relevance | by date','Period: last 7 days ▾   Section: all ▾']+b
    if i==4: b+=['« Previous   1  2  3  4  5  6  7  8   Next »','Show: 5 | 10 | 20 per page','Popular searches: Kazakhstan, CSTO, Japarov, exchange rate, Kambarata',
               'About us | Advertising | Contacts | Rules for using materials','© 2011–2022 Tunduk.kg. Information agency. Bishkek, Kyrgyz Republic.','When quoting, a hyperlink to tunduk.kg is required. 18+']
    art(P,i,hl,hl+2,'Tunduk.kg',d,[],None,b,ls=hl,le=hl+2)
q(P,'All our soldiers are alive and healthy, the task given to us has been completed,','Talant Asanov','Colonel Talant Asanov','told',art=0,note='inverted order "…," contingent commander Colonel Talant Asanov told reporters')
q(P,'I went there to play concerts, not to fight anyone,','Vikram Ruzakhunov','Ruzakhunov','told',art=1,note='snippet starts mid-text with "... "; the scare-quoted label "paid rioter" (Kazakh TV) is excluded')
q(P,'Our servicemen will guard facilities. They will not be used against peaceful citizens, and I have given this assurance to our people,','Sadyr Japarov','Japarov','said',art=2)
q(P,'The Kazakh people are our brothers, and their grief is our grief. We will ...','Sadyr Japarov','he','added',art=2,malformed=True,note='search snippet cut inside the quote: no closing mark; the span runs to the end of the snippet including " ..."')
q(P,'Kazakhs must solve their problems themselves, our boys should not die there,','Aibek','one of the organisers, Aibek','said',art=3,note='inverted cue; the organiser\'s surname is cut off by the snippet ("Aibek ...")')
c(P,'detained',11,None,'protesters detained at the Bishkek rally','police','Police detained 11 participants',art=3,note='borderline scope: detentions in Bishkek at a rally against the CSTO deployment, later released')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen to be sent to Kazakhstan',None,'Parliament approves sending 150 servicemen to Kazakhstan',art=4,zone='headline')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen in the CSTO contingent','Rustam Toktobayev','The contingent will consist of 150 servicemen',art=4,note='unquoted reported speech: "…, Defence Ministry representative Rustam Toktobayev told deputies"')
e(P,'2022-01-13','withdrawal','Kant',['Talant Asanov',CSTO],'landed at the Kant air base on Thursday evening',art=0)
e(P,'2022-01-10','other','Bishkek',['Vikram Ruzakhunov'],'arrived at Manas airport late on Monday',art=1,note='Monday from the result stamp 11.01.2022 (Tuesday)')
e(P,None,'statement',None,[MIA,'Vikram Ruzakhunov'],'The Kazakh Interior Ministry said the musician had been released',art=1,note='no day given; release on 10 January in reality')
e(P,'2022-01-10','talks',None,['Sadyr Japarov',CSTO],'held by video link on Monday',art=2)
e(P,'2022-01-06','protest','Bishkek',[],'About a hundred people gathered on Thursday',art=3,note='Thursday from the result stamp 07.01.2022 (Friday)')
e(P,None,'arrest','Bishkek',['police'],'Police detained 11 participants, who were later released',art=3,note='no day word in the sentence; the rally was on Thursday 6 January')
e(P,'2022-01-06','other','Bishkek',['Jogorku Kenesh'],'The Jogorku Kenesh on Thursday gave its consent',art=4,note='parliament vote; "on Thursday" = the day of the stamp 06.01.2022')

# ---------------- 1631 Zarafshon Daily "Ask the consul" reader-questions column (13.01.2022, Thursday)
P='1631'
art(P,0,ln(P,'"Ask the consul": what Uzbek citizens'),ln(P,'Last week our editorial office received'),'Zarafshon Daily','2022-01-13',[],None,
    ['ZARAFSHON DAILY','Samarqand · Tashkent · Bukhara','Oʻzbekcha | Русский | English','Society  >  Questions and answers',
     '13.01.2022, 10:15                                  👁 5 906   💬 14','Hotline of the Consulate General of Uzbekistan in Almaty: +7 727 291 00 00 (calls, Telegram, WhatsApp)',
     'Read more:','Currency rates of the Central Bank, 13.01.2022: USD 10 835.98 | EUR 12 412.07 | RUB 146.12 | KZT 24.91',
     'Zarafshon Daily | Editorial office: Samarqand, Registon street | info@zarafshon-daily.uz','© 2022. All rights reserved. Registered by the Agency of Information and Mass Communications.'])
q(P,'Most people are calling not because something has happened, but because for several days they simply could not get through to their relatives,','Farrukh Ismoilov','Ismoilov','told')
q(P,'That stage is over. The connection has been restored, and we are now dealing with concrete cases.','Farrukh Ismoilov','Ismoilov','told',note='continuation after the interposed cue')
q(P,'There is no such decision, and there will not be one.','Migration Service of the Almaty Police Department','the Migration Service of the Almaty Police Department','the answer was:',note='quoted inside the consul\'s UNQUOTED answer; the "Answer:" paragraphs themselves are not quotes')
q(P,'Before you send a voice message to the family chat, call the hotline. It works around the clock,','Farrukh Ismoilov','he','said')
c(P,'detained',34,None,'citizens of Uzbekistan detained in Almaty and the Almaty region','Farrukh Ismoilov','registered 34 citizens of Uzbekistan who were detained')
c(P,'other',21,None,'detained Uzbek citizens already released','Farrukh Ismoilov','Twenty-one of them have already been released',note='written-out number; releases')
c(P,'injured',2,None,'Uzbek citizens with gunshot wounds','Farrukh Ismoilov','Two of our citizens received gunshot wounds',note='in the consul\'s unquoted answer')
e(P,'2022-01-12','other',None,['Farrukh Ismoilov'],'who answered them on Wednesday')
e(P,'2022-01-07','arrest','Almaty',['police'],'He was taken away by police on 7 January',note='a reader\'s son')
e(P,'2022-01-06','other','Almaty',[],'received gunshot wounds in Almaty on 6 January',note='two Uzbek citizens wounded')
e(P,'2022-01-06','talks',None,['Shavkat Mirziyoyev',TOK],'held a telephone conversation with Kassym-Jomart Tokayev on 6 January')

# ---------------- 1632 RusDay "Photo of the day" page (Friday, 7 January 2022)
P='1632'
art(P,0,ln(P,'Night flight to Almaty'),ln(P,'Paratroopers of the 45th Guards'),'RusDay','2022-01-07',[],None,
    ['RusDay','English edition','Politics   Economy   World   Army   Culture   Photo   Video        Moscow  −7°','Photo of the day','← Previous photo      All photos of the day      Next photo →',
     'Friday, 7 January 2022','[Photo: Russian paratroopers board an Il-76 transport aircraft at the Chkalovsky airfield near Moscow]','Photo: Pavel Lebedev / RusDay',
     'Canon EOS-1D X Mark III · 70–200 mm · 1/250 s · f/2.8 · ISO 6400','About the photo','Photos of the day: archive','6 January: Christmas Eve service at the Cathedral of Christ the Saviour',
     'Download in high resolution (for subscribers)','Photo licensing: photo@rusday.ru','Found a mistake? Select the text and press Ctrl+Enter',
     'RusDay © 2022. Online publication. Registered by Roskomnadzor, certificate EL No. FS 77-81234. 16+'])
q(P,'The lads were not talking at all, which is unusual for paratroopers. Everybody understood this was not an exercise,','Pavel Lebedev','he','told',note='the photographer; the preceding "says he had only a few seconds" is unquoted')
q(P,'strategic facilities of the Republic of Kazakhstan','Igor Konashenkov','Major General Igor Konashenkov','said',partial=True)
q(P,'The Russian peacekeepers are not there to fight anyone. Their task is to protect facilities and free up the Kazakh law enforcement agencies,','Igor Konashenkov','Konashenkov','said at a briefing')
q(P,'for a limited period of time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announced',partial=True)
c(P,'aircraft',70,'more than','Il-76 and An-124 aircraft involved in the transfer','Russian Defence Ministry','more than 70 Il-76 and An-124 aircraft')
e(P,'2022-01-06','troop_deployment','Chkalovsky airfield',['45th Guards Special Purpose Brigade'],'at the Chkalovsky airfield outside Moscow late on 6 January 2022',note='photo caption')
e(P,None,'statement',None,['Igor Konashenkov'],'said at a briefing',note='no day given')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'requested by Kazakh President Kassym-Jomart Tokayev on the night of 5 January')
e(P,'2022-01-05','protest','Almaty',[],'after protesters stormed government buildings in Almaty',note='same night as the request')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'announced on Thursday morning')

# ---------------- 1633 KyivCity.Live city portal (Sunday, 9 January 2022)
P='1633'
art(P,0,ln(P,'"Free our people": Kazakhs in Kyiv'),ln(P,'About 150 people gathered outside'),'KyivCity.Live','2022-01-09',['Oksana Hrytsenko'],None,
    ['KyivCity.Live',"The capital's news in English",'Kyiv  −3°C  ❄ snow   |   Air quality: 42 (good)   |   USD 27.72   EUR 31.45',
     'City   Districts   Transport   Culture   Events   Ukraine   World   Services','City › Events','Sunday, 9 January 2022, 16:20','📷 Photo: KyivCity.Live','Read also',
     'Kyiv weather: snow and ice warning until Tuesday','Comments (6)','Please log in to comment.','KyivCity.Live © 2019–2022. Online media. All rights reserved.',
     'Editorial office: Kyiv, Velyka Vasylkivska St. | news@kyivcity.live'])
q(P,'Free our people',None,None,None,zone='headline',note='rally slogan in the headline; not repeated in the body (gold 004 "Say no to Putin" convention: speaker null)')
q(P,'Tokayev, stop shooting your people',None,'placards','reading',note='placard slogan, speaker null (the protesters)')
q(P,'CSTO go home',None,'placards','reading',note='placard slogan, speaker null')
q(P,'We have not heard from our relatives for five days. The authorities switched off the internet and now they are arresting everyone who was on the street,','Aidos Zhakenov','Aidos Zhakenov','said',note='inverted cue "…," said Aidos Zhakenov, an IT specialist …')
q(P,'He went out to look for a pharmacy. Since then, nobody has told us where he is,','Saltanat K.','she','said',note='first name + initial only')
q(P,'Today Russian soldiers are in Almaty under the CSTO flag. Nobody can guarantee that the same scheme will not be tried somewhere else,','Taras Kovalchuk','he','told the crowd')
q(P,"an attempted coup d'état",'Embassy of Kazakhstan in Ukraine','the embassy','called the events in Kazakhstan',partial=True)
q(P,'spread provocative information','Embassy of Kazakhstan in Ukraine','the embassy','urged',partial=True)
c(P,'detained',5800,None,'people detained across Kazakhstan',MIA,'5,800 people have been detained across the country')
c(P,'killed',164,None,'people killed during the week','Kazakh Ministry of Healthcare','164 people had been killed during the week',note='"state media reported …, citing the Ministry of Healthcare, but the figure could not be verified"')
e(P,'2022-01-09','protest','Kyiv',['Aidos Zhakenov'],'on Melnykova Street on Sunday afternoon')
e(P,None,'casualty_report',None,[MIA],'According to the Kazakh Interior Ministry, 5,800 people',note='no day given')
e(P,'2022-01-09','casualty_report',None,['Kazakh Ministry of Healthcare'],'On Sunday, state media reported')
e(P,'2022-01-06','arrest','Almaty',[],'her brother had been detained in Almaty on Thursday')
e(P,'2022-01-08','statement',None,['Embassy of Kazakhstan in Ukraine'],'In a statement posted on its Facebook page on Saturday')
e(P,'2022-01-07','statement',None,['Ukrainian Foreign Ministry'],'The Ukrainian Foreign Ministry said on Friday')
e(P,'2022-01-16','protest','Kyiv',[],'The organisers plan to gather again next Sunday.',note='planned; "next Sunday" from Sunday 9 January')

# ---------------- 1634 Qalam Media "In memoriam" list (14.01.2022, Friday)
P='1634'
art(P,0,ln(P,'They did not come home'),ln(P,'Names of those who died during'),'Qalam Media','2022-01-14',['Aliya Zhumagulova','Timur Ospanov'],None,
    ['QALAM MEDIA','Independent journalism from Kazakhstan','Investigations | Society | Politics | Longreads | Support us','IN MEMORIAM',
     '14.01.2022, 12:00   |   Updated 14.01.2022, 19:45','Text: Aliya Zhumagulova, Timur Ospanov','🕯','Support independent journalism: qalam.media/support','Related',
     '© Qalam Media, 2022. Reprinting is allowed only with an active link to the source.'])
q(P,'full and verified data',"Prosecutor General's Office of Kazakhstan","the Prosecutor General's Office",'has promised',partial=True)
q(P,'He texted me at 19:40 that he had one more order and then he would come home. That was his last message,','Gulmira','his mother Gulmira','told',note='first name only; clock time inside the quote')
q(P,"He said: 'I am on duty, I am staying.' He was like that in everything.",None,'His colleague','said',note='anonymous colleague; a stand-alone quote after "His colleague, who asked not to be named, said …" in the same paragraph; the nested single-quoted words of Seitkhanov are not a separate record')
q(P,'We want an independent examination. We do not want money, we want the truth,','Zhanar Abdirova',"the family's lawyer, Zhanar Abdirova",'said',note='inverted cue; the one-term quote "heart failure" earlier is excluded')
q(P,'Nobody explains anything to us. They give us a paper and tell us to sign,','Aigerim','his wife Aigerim','said',note='first name only')
q(P,'They beat us with batons for three days',None,'detainees','describe',zone='related',note='"Related" teaser; unnamed detainees')
c(P,'killed',19,None,'police officers and servicemen killed',MIA,'19 police officers and servicemen were killed')
c(P,'killed',164,None,'people dead (official figure of 9 January)',None,'The figure of 164 dead announced on 9 January',note='the text says the figure was removed from official channels the next day; no source named')
c(P,'killed',38,None,'deaths verified by Qalam Media','Qalam Media','We have verified 38 deaths')
c(P,'detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained across the country')
c(P,'other',20,'at least','detainees complaining of torture','human rights activists','complaints of torture from at least 20 detainees')
e(P,'2022-01-09','casualty_report',None,[],'The figure of 164 dead announced on 9 January')
e(P,None,'casualty_report',None,[MIA],'the Interior Ministry says 19 police officers')
e(P,'2022-01-05','other','Almaty',['Arman Tulegenov'],'On the evening of 5 January he was delivering an order',note='death of Arman Tulegenov')
e(P,'2022-01-05','other','Taldykorgan',['Daniyar Seitkhanov'],'Died on 5 January while guarding the regional akimat building',note='death of a police officer')
e(P,'2022-01-06','arrest','Taraz',['Yerbol Kenzhebayev'],'Detained on 6 January near the central market')
e(P,'2022-01-08','other','Taraz',['Yerbol Kenzhebayev'],'On 8 January the family was told that he had died',note='death in custody reported to the family')
e(P,'2022-01-06','other','Almaty',['Nurzhan Abdrakhmanov'],'Left home on 6 January to look for his nephew')
e(P,'2022-01-07','other','Almaty region',['Marat Iskakov'],'Died on 7 January from a gunshot wound')
e(P,'2022-01-13','casualty_report',None,[MIA],'The Interior Ministry said on Thursday that 9,900 people')

# ---------------- 1635 RIB "Dossier" biography page ("13 JAN, 14:05"; year from the text)
P='1635'
art(P,0,ln(P,'Commander of the CSTO peacekeeping forces Andrei Serdyukov. Biography'),ln(P,'MOSCOW, January 13. /RIB/.'),'RIB','2022-01-13',[],'MOSCOW',
    ['RIB · Russian Information Bureau','News   Politics   Economy   Society   Dossier   Infographics   Press center','Search   EN | RU','Dossier','13 JAN, 14:05   updated: 13 JAN, 18:30',
     'Editorial note: biography compiled from open sources and data of the Russian Defense Ministry.','Tags: CSTO, Kazakhstan, Airborne Forces, Serdyukov','More on this topic',
     'Share   Print   Copy link','© 1999–2022 RIB. All rights reserved. Use of materials is permitted subject to a hyperlink to rib-news.ru. 18+'])
q(P,'The mission of the Collective Peacekeeping Forces has been completed. The goals have been achieved in full, the facilities have been handed over to the Kazakh law enforcement agencies,',SER,'Serdyukov','said')
q(P,'an example of real allied solidarity',TOK,'Tokayev','called their work',partial=True)
q(P,'The mission of the CSTO has become a powerful signal',TOK,'Tokayev',None,zone='related',note='"More on this topic" teaser, "Name: \\"…\\"" headline convention')
c(P,'troops_deployed',2030,None,'servicemen in the CSTO Collective Peacekeeping Forces',CSTO,'a total strength of 2,030 servicemen',note='"250 units of equipment" and "16 facilities" are not claims')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO,SER],'a ceremony marking the completion of the peacekeeping mission')
e(P,'2022-01-06','appointment',None,[CSTO,SER],'Serdyukov was appointed commander of the Collective Peacekeeping Forces')
e(P,'2022-01-12','talks',None,[SER,TOK],'At a meeting with Tokayev on January 12')
e(P,'2016-10-04','appointment',None,[SER],'Since October 4, 2016, he has been Commander of the Airborne Forces',note='biographical, not part of the January events')

# ---------------- 1636 Kyiv Compass "Quotes of the week" (Friday, 14 January 2022)
P='1636'
art(P,0,ln(P,'Kazakhstan, Geneva and the "peacekeepers": quotes of the week'),ln(P,'Every Friday, Kyiv Compass collects'),'Kyiv Compass','2022-01-14',['Iryna Melnyk'],None,
    ['KYIV COMPASS','Ukraine and the world, in English','News | Analytics | Quotes of the week | Podcasts | About','QUOTES OF THE WEEK','Friday, 14 January 2022 · 09:30','Compiled by Iryna Melnyk',
     '1.','Do you disagree with our selection? Write to us: quotes@kyivcompass.com.ua','Previous issues:','Subscribe to our newsletter | Facebook | Twitter | Telegram',
     '© 2022 Kyiv Compass. All rights reserved. Any use of materials is allowed only with a hyperlink to kyivcompass.com.ua'])
LAY='attributed only by the layout line "— NAME, role, occasion, date" under the quote; no speech verb'
q(P,'The main stage of the counter-terrorist operation has been completed. The CSTO peacekeepers will begin to leave in two days.',TOK,'Kassym-Jomart Tokayev',None,note=LAY)
q(P,'shoot to kill without warning',TOK,'Tokayev','ordered his troops to',partial=True,note='borderline: gold excluded the bare label "shoot to kill"; here the full order is attributed by a verb, so it is kept as a partial')
q(P,'We will not allow anyone to rock the situation in our countries and to carry out so-called colour scenarios.','Vladimir Putin','Vladimir Putin',None,note=LAY)
q(P,'We will not allow anyone to slam NATO\'s open-door policy shut.','Wendy Sherman','Wendy Sherman',None,note=LAY)
q(P,'We do not need this process to be a wasted effort.','Sergey Ryabkov','Sergey Ryabkov',None,note=LAY)
q(P,'There is a real risk of a new armed conflict in Europe.','Jens Stoltenberg','Jens Stoltenberg',None,note=LAY)
q(P,'Kazakhstan is another reminder that wherever Russian soldiers come in, it is very difficult to make them leave.','Dmytro Kuleba','Dmytro Kuleba',None,note=LAY)
q(P,'The situation is under control, the peacekeepers are not taking part in operations.','Kazakh Ministry of Defence','the Kazakh Ministry of Defence','attributed to',note='the text says the ministry did not confirm it and the editors could not find it; kept as written (devset157/1354 practice), a scorer may drop it')
q(P,'We are not going to attack anyone',None,None,None,zone='related',note='"Previous issues" teaser; no speaker named')
c(P,'other',20000,None,'"bandits" said to have attacked Almaty',TOK,'spoke of 20,000 bandits attacking Almaty',note='borderline: attackers, not casualties/detentions; the text adds that no evidence was presented')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'addressing the Mazhilis, 11 January')
e(P,'2022-01-07','statement',None,[TOK],'Only four days earlier, Tokayev ordered his troops',note='four days before 11 January')
e(P,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'at the extraordinary online summit of the CSTO, 10 January')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'after the talks in Geneva, 10 January')
e(P,'2022-01-12','talks','Brussels',['Jens Stoltenberg','NATO'],'after the NATO-Russia Council, 12 January')
e(P,'2022-01-09','statement',None,['Dmytro Kuleba'],'in an interview with Ukrainian television, 9 January')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'On 13 January the first Russian Il-76 aircraft with peacekeepers took off from Almaty')
e(P,'2022-01-08','other',None,['Kazakh Ministry of Defence'],'widely shared on Telegram on 8 January',note='unconfirmed attributed statement')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','President of Kazakhstan','Kazakh President'],'Kazakhstan',['He','the head of state'],[],note='real; words invented or paraphrased'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['PRIME MINISTER'],'Kazakhstan',['the new prime minister'],note='real; words invented'),
 sp('Talant Asanov','person',['Talant Asanov'],['contingent commander','Colonel'],'Kyrgyzstan',note='invented'),
 sp('Vikram Ruzakhunov','person',['Vikram Ruzakhunov','Ruzakhunov'],[],'Kyrgyzstan',note='real musician; words invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov','Japarov'],['President'],'Kyrgyzstan',['he'],note='real; words invented'),
 sp('Aibek','person',['Aibek'],['one of the organisers'],'Kyrgyzstan',note='invented; surname cut off by the search snippet'),
 sp('Farrukh Ismoilov','person',['Farrukh Ismoilov','Ismoilov'],['Consul General of Uzbekistan in Almaty','the consul'],'Uzbekistan',['he'],note='invented'),
 sp('Migration Service of the Almaty Police Department','organisation',['Migration Service of the Almaty Police Department'],[],'Kazakhstan',note='quoted inside the consul\'s answer; wording invented'),
 sp('Pavel Lebedev','person',['Pavel Lebedev','Lebedev'],[],'Russia',['he'],note='invented photographer'),
 sp('Igor Konashenkov','person',['Igor Konashenkov','Konashenkov'],['Major General',"The ministry's spokesman"],'Russia',note='real; words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',note='real; partial paraphrased'),
 sp('Aidos Zhakenov','person',['Aidos Zhakenov'],['an IT specialist'],'Kazakhstan',note='invented'),
 sp('Saltanat K.','person',['Saltanat K.'],['Another organiser'],'Kazakhstan',['she'],note='invented; surname withheld'),
 sp('Taras Kovalchuk','person',['Taras Kovalchuk'],['Ukrainian MP'],'Ukraine',['he'],note='invented'),
 sp('Embassy of Kazakhstan in Ukraine','organisation',['Embassy of Kazakhstan'],[],'Kazakhstan',['the embassy','The embassy'],note='wording invented'),
 sp("Prosecutor General's Office of Kazakhstan",'organisation',["Prosecutor General's Office"],[],'Kazakhstan',note='wording invented'),
 sp('Gulmira','person',['Gulmira'],[],'Kazakhstan',['his mother Gulmira'],note='invented; first name only'),
 sp('Zhanar Abdirova','person',['Zhanar Abdirova'],["the family's lawyer"],'Kazakhstan',note='invented'),
 sp('Aigerim','person',['Aigerim'],[],'Kazakhstan',['his wife Aigerim'],note='invented; first name only'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov','Andrei Nikolayevich Serdyukov'],['Colonel General','Commander of the Russian Airborne Forces','Commander of the Airborne Forces'],'Russia',note='real; words invented; biography details are plausible but not checked'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',note='real; words paraphrased'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',note='real; words paraphrased'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='real; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='real; words paraphrased'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Minister of Foreign Affairs of Ukraine'],'Ukraine',note='real; words invented'),
 sp('Kazakh Ministry of Defence','organisation',['Kazakh Ministry of Defence'],[],'Kazakhstan',note='an unconfirmed attributed statement; words invented'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of detention/casualty figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of troop figures; not quoted'),
]
OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
    if x['speaker'] is not None: assert x['speaker'] in {s['canonical'] for s in S},x['speaker']
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
