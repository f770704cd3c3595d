#!/usr/bin/env python3
"""Source of the devset105 annotation: the hand-chosen spans, values and dates for 933-940.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset105/annotation_source.py && python3 tests/devset105/verify.py
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
PGO="Kazakh Prosecutor General's Office"; KNB='Kazakh National Security Committee'; NAZ='Nursultan Nazarbayev'
SER='Andrei Serdyukov'; ATA='National Chamber of Entrepreneurs Atameken'; GFO='German Foreign Office'

# ---------------- 933 BBC News Russian Service piece in translation (21 января 2022 = Fri 21 Jan)
art('933',0,4,10,'BBC News Russian Service','2022-01-21',['Aigerim Tolegen'],None,
    ['BBC News Русская служба','Главная   Россия   Украина   Мир   Экономика   Наука   Видео   Подкасты','[Translated from Russian]',
     'BBC News Russian Service, Almaty','21 января 2022','Поделиться   Facebook   Telegram   Twitter','Ещё по теме',
     'Photo caption: Relatives of detainees outside a police department in Almaty, 14 January. Photo: Getty Images',
     'Kazakhstan: how the "bloody January" began','Who was Karim Masimov and why was he arrested',
     '© 2022 BBC. BBC не несёт ответственности за содержание сторонних сайтов.'])
q('933','They beat me for three days','Yerlan','Yerlan',None,zone='headline',note='headline quote shortened from the body quote of l.16; no cue in the headline')
q('933','They put a bag over my head and kept asking who paid me. I said nobody paid me, I was just driving home from work,','Yerlan','Yerlan','told',note='pseudonym ("his name has been changed")')
q('933','They beat me for three days and nobody wrote anything down. On the fourth day they let me go as if nothing had happened.','Yerlan','He',None,note='no speech verb in the paragraph; "He" (= Yerlan) starts the paragraph')
q('933','physical pressure','Elvira Azimova','Human Rights Commissioner Elvira Azimova','said',partial=True)
q('933','checked without exception','Elvira Azimova','Human Rights Commissioner Elvira Azimova','said',partial=True,note='second partial of the same "said … that … and that" sentence; the full stop is outside the mark')
q('933','all facts of unlawful methods of investigation will receive a proper legal assessment',PGO,"The Prosecutor General's Office",'said in a statement',partial=True)
q('933','In the first days lawyers were simply not allowed into the buildings. My client saw an investigator for the first time on the ninth, with bruises on his face,','Dana Kassymova','Dana Kassymova','said',note='inverted cue ", said NAME, an Almaty lawyer…"; "the ninth" (a date) inside the quote')
q('933','People sign anything just to get out,','Dana Kassymova','she','added')
q('933','any witch-hunt',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='"told parliament … that the state would not allow “…”"')
c('933','detained',10000,'more than','people detained across the country during and after the unrest',MIA,'more than 10,000 people were detained')
c('933','detained',1000,'about','people still in custody',MIA,'about 1,000 remain in custody',note='"the ministry said" at the end of the sentence')
c('933','other',14,None,'criminal cases opened under the article on torture',PGO,'opened 14 criminal cases')
c('933','killed',225,None,'people who died during the unrest',PGO,'225 people had died')
c('933','killed',19,None,'law enforcement officers and servicemen killed',PGO,'19 law enforcement officers and servicemen')
e('933','2022-01-06','arrest','Almaty',[],'was detained on the evening of 6 January',note='detention of "Yerlan" (pseudonym)')
e('933','2022-01-10','other',None,[],'released on 10 January without charge',note='release of "Yerlan"')
e('933','2022-01-19','statement',None,['Elvira Azimova'],'Elvira Azimova said on Wednesday',note='Wednesday before Friday 21 Jan')
e('933',None,'statement',None,[PGO],"The Prosecutor General's Office said in a statement that",note='undated')
e('933','2022-01-20','protest','Almaty',[],'On Thursday, about 30 relatives',note='relatives gathering outside the prosecutor\'s office; Thursday before Friday 21 Jan')
e('933','2022-01-15','casualty_report',None,[PGO],"On 15 January the Prosecutor General's Office announced")
e('933','2022-01-11','statement',None,[TOK],'told parliament on 11 January')
e('933','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the CSTO troops would begin leaving in two days',note='"in two days" from the 11 January speech')

# ---------------- 934 la Repubblica piece in translation (18 GENNAIO 2022 = Tue 18 Jan)
art('934',0,4,5,'la Repubblica','2022-01-18',['Marco Giordanelli'],'Moscow',
    ['la Repubblica','ESTERI','[Translated from Italian]','di Marco Giordanelli','18 GENNAIO 2022 ALLE 19:05','3 MINUTI DI LETTURA',
     'RIPRODUZIONE RISERVATA','Leggi anche','Kazakhstan, arrested the former head of the secret services: «high treason»'])
q('934','I am a pensioner, there is no conflict with Tokayev',NAZ,'Nazarbayev',None,zone='headline',note='«guillemets» after a colon with no speech verb; condenses two body quotes')
q('934','I am in the capital, Nur-Sultan, and I have not gone anywhere',NAZ,'Nazarbayev','said',note='«…», NAME said — the comma is outside the closing guillemet')
q('934','Since 2019 I have been on a well-deserved rest. I am a pensioner and I live in the capital of Kazakhstan.',NAZ,'Nazarbayev','said',note='second quote of the same paragraph; a year inside the quote')
q('934','There is no conflict or confrontation within the elite',NAZ,'he','said')
q('934','The rumours on this subject are completely groundless.',NAZ,'he','said',note='continuation in the same paragraph')
q('934','a layer of people wealthy even by international standards',TOK,'he','said',partial=True,note='he = Tokayev ("in front of parliament, he had said that …")')
q('934','Nazarbayev is not saying goodbye. He is negotiating the terms of his retirement, and the video is part of the negotiation','Giulia Ranieri','Giulia Ranieri','explains',note='present-tense inverted cue "explains NAME, an analyst at …"; a name inside the quote')
q('934','still controls money, not armies','Giulia Ranieri','Ranieri','According to',partial=True)
c('934','killed',225,None,'dead in the January unrest (official balance)',PGO,'speaks of 225 dead')
c('934','killed',19,None,'members of the security forces killed',PGO,'including 19 members of the security forces')
c('934','detained',10000,'almost','people arrested',None,'Almost 10,000 people were arrested',note='own sentence with no attribution')
c('934','troops_deployed',2000,'about','Russian paratroopers who arrived in Kazakhstan',None,'About 2,000 Russian paratroopers had arrived',note='the Defence Ministry is cited in the previous sentence only')
e('934','2022-01-18','statement','Nur-Sultan',[NAZ,'Aidos Ukibay'],'Today the answer arrived in a video',note='video address; "Today" = publication day (Tue 18 Jan)')
e('934','2022-01-05','other',None,[TOK,NAZ],'Tokayev had removed Nazarbayev from the Security Council with a decree',note='removal from the Security Council chairmanship')
e('934','2022-01-11','statement',None,[TOK],'on 11 January, in front of parliament')
e('934','2022-01-15','other',None,['Kairat Sharipbayev','QazaqGaz'],'On Saturday Kairat Sharipbayev',note='dismissal; Saturday before Tue 18 Jan')
e('934','2022-01-17','other',None,['Timur Kulibayev',ATA],'Yesterday Timur Kulibayev',note='resignation; "Yesterday" from Tue 18 Jan')
e('934','2022-01-15','casualty_report',None,[PGO],"published by the Prosecutor General's Office on Saturday")
e('934','2022-01-19','withdrawal','Kazakhstan',[CSTO,RDM],'will leave Kazakhstan tomorrow',note='future; "tomorrow" from Tue 18 Jan')
e('934','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'had arrived in the country from 6 January')

# ---------------- 935 Zvezda TV website in browser machine translation (January 19, 2022 = Wed)
art('935',0,4,9,'Zvezda','2022-01-19',[],None,
    ['Translated to: English   Show original   Options ▼','ЗВЕЗДА   TV channel of the Ministry of Defense of the Russian Federation',
     'NEWS   ARMY   IN THE WORLD   SOCIETY   VIDEO   TV PROGRAM   LIVE','January 19, 2022, 14:37',
     'Editorial board of the website of the TV channel "Zvezda"','Source: Ministry of Defense of the Russian Federation','Читайте также:',
     'Serdyukov: the peacekeepers guarded 8 strategic facilities in Kazakhstan','Chkalovsky met the paratroopers of the 45th brigade',
     'Subscribe to the channel "Zvezda" in Telegram','Tags: CSTO, Kazakhstan, peacekeepers, Serdyukov, VKS, Ministry of Defense'])
q('935','The tasks set before the peacekeeping contingent have been fulfilled in full. The military personnel returned to the points of permanent deployment without loss of personnel and equipment,',RDM,'the Ministry of Defense','said in the message',note='Russian dash cue kept by the machine translation: `," - said in the message of the Ministry of Defense` (passive, no subject before the verb)')
q('935','You acted professionally, calmly and with dignity. Not one peacekeeper used weapons against the civilian population,',SER,'Serdyukov','said',note='`," - Serdyukov said, addressing the personnel`')
q('935','high professionalism and endurance',SER,'him','According to',partial=True,note='the Kazakh side\'s thanks as reported by Serdyukov ("According to him, the Kazakh side thanked … for “…”"); speaker = the reporter of the words, as gold 000 l.55')
q('935','The operation was carried out in a short time, clearly and harmoniously,','Sergei Shoigu','the minister','said',note='"the minister said, according to the press service"')
c('935','aircraft',4,None,'last Il-76 aircraft landing at Chkalovsky',RDM,'The last four Il-76 aircraft',note='written-out "four"; "reported in the military department"')
c('935','aircraft',20,'more than','Il-76 and An-124 aircraft used for the withdrawal',RDM,'more than 20 aircraft Il-76 and An-124')
c('935','other',60,'more than','flights made for the withdrawal',RDM,'more than 60 flights')
c('935','troops_deployed',2000,'more than','Russian soldiers returned to Russia',RDM,'more than 2 thousand soldiers',note='"2 thousand" normalised to 2000')
c('935','other',250,'about','units of military and special equipment returned',RDM,'about 250 units of military and special equipment')
c('935','other',8,None,'strategic facilities guarded by the peacekeepers',SER,'8 strategic facilities',zone='related',note='"Читайте также:" teaser')
e('935','2022-01-19','withdrawal','Chkalovsky',[RDM],'today completed the transfer',note='"today" = publication day')
e('935',None,'other','Chkalovsky',[SER],'At the airfield of the servicemen met the commander',note='welcome at the airfield; no day word in the sentence (probably 19 Jan)')
e('935','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first units arrived on January 6')
e('935','2022-01-13','other','Almaty',[CSTO],'took place in Almaty on January 13',note='ceremony completing the operation; start of the withdrawal')
e('935',None,'withdrawal',None,['Belarus','Armenia','Tajikistan','Kyrgyzstan'],'Earlier, the contingents of Belarus',note='"Earlier", no date')
e('935','2022-01-18','other',None,['Sergei Shoigu'],'on Tuesday reported to the Supreme Commander-in-Chief',note='report to the (unnamed) Supreme Commander-in-Chief; Tuesday before Wed 19 Jan')

# ---------------- 936 OCCRP "Daily" news item (27 January 2022 = Thu)
art('936',0,5,9,'OCCRP','2022-01-27',['Tom Ashby','Saule Nurgaliyeva'],None,
    ['OCCRP','Organized Crime and Corruption Reporting Project','Investigations   Daily   Projects   Podcasts   Databases   About   Donate','Daily',
     '27 January 2022','by Tom Ashby and Saule Nurgaliyeva','Support Our Work',
     'OCCRP is a non-profit. Your donation helps us expose organized crime and corruption around the world.','Donate','Read More',
     "Kazakhstan: Who Owns Almaty's Airport?","The Nazarbayev Family's Offshore Map"])
q('936','I have not been allowed to see my client once. I am told every day that the investigator is busy,','Ruslan Zhaksybekov','Ruslan Zhaksybekov','said',note='inverted cue with a long role after the name')
q('936','in strict accordance with the law',KNB,'it','said',partial=True,note='"it" = "The agency" = the KNB (previous sentence)')
q('936','a hybrid attack',TOK,'Tokayev','told',partial=True)
q('936','an attempted coup d\'état',TOK,'Tokayev','said',partial=True,note='accented é inside the span')
q('936','Masimov was the man who knew where the money was. Whoever controls his case controls a lot of secrets,','Kate Mallory','Kate Mallory','said',note='a name (Masimov) inside the quote')
q('936','an internal affair of Kazakhstan','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('936','If there is evidence, let them show it in an open court,','Ruslan Zhaksybekov','he','said')
c('936','detained',2,None,"Masimov's former deputies detained",KNB,"two of Masimov's former deputies",note='as gold 001 "two of his deputies"')
c('936','killed',225,None,'dead in the unrest',TOK,'the toll of the unrest at 225 dead')
c('936','detained',10000,'more than','people detained','officials','more than 10,000 people were detained',note='"Officials say"')
e('936','2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on January 6')
e('936','2022-01-05','other',None,[TOK,'Karim Masimov'],'a day after President Kassym-Jomart Tokayev removed him',note='dismissal; "a day after" January 6')
e('936','2022-01-08','statement',None,[KNB],'The KNB announced on January 8')
e('936','2022-01-24','statement',None,[KNB],'In a short statement on Monday',note='Monday before Thu 27 Jan')
e('936',None,'arrest',None,['Anuar Sadykulov','Daulet Ergozhin'],'had also been detained. It did not say when')
e('936','2022-01-11','statement',None,[TOK],'On January 11, Tokayev told parliament')
e('936',None,'statement',None,['Dmitry Peskov'],'said earlier this month that the arrest',note='"earlier this month" is not a day')
e('936','2022-01-25','other',None,['Ruslan Zhaksybekov',PGO],"had filed a complaint with the Prosecutor General's Office on Tuesday",note='Tuesday before Thu 27 Jan')

# ---------------- 937 Forbes Kazakhstan piece in translation (17.01.2022 = Mon)
art('937',0,4,5,'Forbes Kazakhstan','2022-01-17',['Daniyar Seitkazin'],None,
    ['FORBES KAZAKHSTAN','Бизнес   Финансы   Компании   Рейтинги   Life   Lifestyle   EN','[This article was translated from Russian]',
     '17.01.2022 17:48','👁 21 508','Read also: Who is Alikhan Smailov, the new prime minister of Kazakhstan',
     'Read also: The richest Kazakhstanis of 2021: the Forbes Kazakhstan ranking','Tags: Kulibayev, Atameken, Nazarbayev, QazaqGaz, KazTransOil',
     '© 2012–2022 Forbes Kazakhstan. Full or partial reproduction of materials is permitted only with a hyperlink to forbes.kz'])
q('937','I have made this decision so that the business community can renew itself at a moment when the country needs change,','Timur Kulibayev','Kulibayev','said in a statement')
q('937','a closed club for the chosen few',TOK,'he','said',partial=True,note='he = Tokayev; the speech is "the speech that … Tokayev gave …, in which he … said"')
q('937','report to people on every decision','Alikhan Smailov','Smailov','promised',partial=True)
q('937',"Kulibayev's departure is a symbol. Atameken was the main channel through which the family talked to business, and Tokayev is closing that channel,",'Arman Bekturov','economist Arman Bekturov','says',note='present-tense inverted cue; two names inside the quote')
q('937','Nobody has touched the assets yet. Leaving a post is not the same as leaving the business,',None,'Another source in the business community','told',note='anonymous source; "he told Forbes Kazakhstan"')
c('937','damage_usd',2000000000,None,'damage from the riots (Tokayev\'s estimate)',TOK,'$2-3 billion',vmax=3000000000,note='range; "could reach"')
c('937','other',1300,'about','businesses in Almaty damaged or looted',ATA,'about 1,300 businesses in Almaty were damaged')
c('937','damage_usd',200000000,'about','losses of Almaty businesses',ATA,'(about $200 million)',note='dollar equivalent of "87 billion tenge" (not a separate record)')
e('937','2022-01-17','other',None,['Timur Kulibayev',ATA],'announced on Monday that he was resigning',note='"on Monday" = publication day')
e('937','2022-01-15','other',None,['QazaqGaz','Kairat Sharipbayev'],'On Saturday, the board of QazaqGaz dismissed')
e('937','2022-01-16','other',None,['KazTransOil','Dimash Dosanov'],'On Sunday, KazTransOil announced')
e('937','2022-01-11','statement','Mazhilis',[TOK],'gave to the Mazhilis on January 11')
e('937','2022-01-11','appointment','Mazhilis',['Alikhan Smailov'],'The deputies approved Smailov the same day',note='"the same day" = January 11')
e('937','2022-01-12','other',None,['Alikhan Smailov'],'At the first meeting of the new cabinet last Wednesday',note='"last Wednesday" from Mon 17 Jan')

# ---------------- 938 Sputnik Kazakhstan piece in translation (25.01.2022 = Tue)
art('938',0,4,5,'Sputnik Kazakhstan','2022-01-25',['Yelena Koval'],'Almaty',
    ['Sputnik Казахстан','ru.sputnik.kz   |   Translated from Russian','Society   Incidents   Economy   Politics   World   Video',
     '25.01.2022, 16:20 (updated: 16:52)','Author: Yelena Koval','Subscribe to Sputnik Kazakhstan in Telegram','Related',
     'How many people were killed in the January events: the official data',
     "The Prosecutor General's Office on torture complaints: all facts will be checked"])
q('938','Each petition is examined individually','Almaty City Court','the city court','assures',note='in the dek (first_line); the comma is outside the mark; shortened from the body quote of l.11')
q('938','Each petition for arrest is examined individually, taking into account the evidence presented by the investigation. In a number of cases the court chose house arrest or refused the petition,','Aliya Zhumabayeva','Aliya Zhumabayeva','said')
q('938','may hide from the investigation',None,'The state prosecutor','said',partial=True,note='unnamed state prosecutor')
q('938','My client was on his way to buy medicine for his mother. There is no video where he breaks anything,','Marat Iskakov','lawyer Marat Iskakov','said')
q('938','He is not a bandit. He has worked since he was sixteen,',None,'the woman','said',note='anonymous mother; quote split by an interposed "the woman said"')
q('938','and now they write that he is a terrorist.',None,'the woman','said',note='second half of the split quote (starts lower-case)')
q('938','Only the name and the address change. The rest is copied,','Marat Iskakov','Iskakov','said')
q('938','simply found themselves in the wrong place',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('938','to the full extent of the law',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='second partial of the same sentence ("but that … would answer “…”")')
c('938','other',3000,'more than','criminal cases opened over the events',PGO,'more than 3,000 criminal cases')
c('938','detained',970,'about','people remaining in custody',PGO,'about 970 people remain in custody')
e('938','2022-01-24','other','Almaty',[],'On Monday, the correspondent of Sputnik Kazakhstan attended',note='court hearing; Monday before Tue 25 Jan')
e('938','2022-01-08','arrest',None,[],'He was detained on January 8')
e('938','2022-01-21','statement',None,[PGO],'said last Friday that it was checking',note='"last Friday" from Tue 25 Jan')
e('938',None,'statement',None,[TOK],'speaking to the new government',note='undated')
e('938','2022-01-04','protest',None,[],'mass riots began in the country on January 4')
e('938','2022-01-19','other','Almaty',[],'in force in Almaty until January 19',note='end of the state of emergency')

# ---------------- 939 Süddeutsche Zeitung piece in translation (22. Januar 2022 = Sat)
art('939',0,6,7,'Süddeutsche Zeitung','2022-01-22',['Jonas Brandt'],None,
    ['Süddeutsche Zeitung','Politik   Wirtschaft   Meinung   Panorama   Kultur   Sport   SZ Plus','[Translated from German]','SZ Plus','Kazakhstan',
     '22. Januar 2022, 18:04 Uhr','Lesezeit: 4 min','Von Jonas Brandt, Moskau','Mehr zum Thema',"Kazakhstan: Tokayev's hour",
     'Russian troops leave Kazakhstan','© Süddeutsche Zeitung GmbH, München','Jetzt abonnieren: SZ Plus für 1 € im ersten Monat'])
q('939','Every name on this list has a family that was told nothing for days,','Saltanat','Saltanat','says',note='first name only; present-tense "says"')
q('939','We are not investigators. We are just people who count.','Saltanat','Saltanat','says',note='second quote after the interposed cue')
q('939','including 19 law enforcement officers and servicemen','Serik Shalabayev','Serik Shalabayev','told',partial=True,note='a figure inside the partial (also a claim)')
q('939','civilians who were caught in the crossfire','Serik Shalabayev','he','conceded',partial=True,note='the "armed bandits" partial in the same sentence is excluded as a label')
q('939','the identification is not yet complete',PGO,"a spokesman for the prosecutor's office",'said',partial=True)
q('939','They told us he was a looter. He went out to buy bread,',None,'his father','said',note='anonymous father')
q('939','shoot to kill without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='the order\'s wording with a speech verb; kept although gold excluded the bare label “shoot to kill”')
q('939','a transparent and independent investigation of all deaths',GFO,'A spokesman for the Foreign Office','said',partial=True)
q('939','If they publish their list, we will compare. Until then, this is the only one,','Saltanat','she','says')
c('939','other',178,None,'dead identified by name by volunteers','volunteers','178 names so far',note='a count of named dead, not a death toll')
c('939','killed',225,None,'bodies delivered to morgues since the start of the riots',PGO,'225 bodies had been delivered to morgues')
c('939','killed',19,None,'law enforcement officers and servicemen killed',PGO,'including 19 law enforcement officers and servicemen',note='inside Shalabayev\'s partial')
c('939','injured',4500,'more than','people injured','Kazakh Health Ministry','More than 4,500 people were injured')
e('939','2022-01-21','other','Almaty',['Saltanat'],'On Friday, she and a dozen other volunteers published it',note='publication of the volunteers\' list; Friday before Sat 22 Jan')
e('939','2022-01-15','casualty_report','Nur-Sultan',['Serik Shalabayev',PGO],'told journalists in Nur-Sultan')
e('939','2022-01-20','statement',None,[PGO],'Asked about it on Thursday')
e('939','2022-01-07','statement',None,[TOK],'had said on 7 January')
e('939','2022-01-19','statement','Berlin',[GFO],'said in Berlin on Wednesday')
e('939',None,'statement',None,['Annalena Baerbock'],'had already called on Nur-Sultan last week',note='"last week" is not a day')

# ---------------- 940 National Bank of Kazakhstan press release (24 January 2022 = Mon)
art('940',0,5,8,'National Bank of Kazakhstan','2022-01-24',[],'Almaty',
    ['ҚАЗАҚСТАН ҰЛТТЫҚ БАНКІ | НАЦИОНАЛЬНЫЙ БАНК КАЗАХСТАНА | NATIONAL BANK OF KAZAKHSTAN','Қаз   Рус   Eng',
     'Home > Press center > Press releases','Press release No. 4','24 January 2022                                                    Almaty',
     'For more detailed information, media representatives may contact:','+7 (727) 330 24 97','press@nationalbank.kz'])
q('940','The January events were a shock for the economy, but the financial system has withstood it. Banks resumed full operation on January 10, and payments are working normally.','Aliya Moldabekova','Deputy Chairman of the National Bank Aliya Moldabekova','said',note='colon cue "said: “…”"; a date inside the quote')
q('940','limited and targeted','Aliya Moldabekova','Moldabekova','called',partial=True)
q('940','We do not rule out a further tightening of monetary conditions if inflation risks materialize,','Aliya Moldabekova','the deputy chairman','added',note='title-only attribution after the quote')
q('940','no such information','Aliya Moldabekova','Moldabekova','said',partial=True)
c('940','damage_usd',230000000,'about','losses of businesses in Almaty',ATA,'($230 million)',note='dollar equivalent of "about 100 billion tenge" (not a separate record)')
c('940','other',1500,'more than','shops, restaurants and offices affected in Almaty',ATA,'more than 1,500 shops, restaurants and offices affected')
e('940',None,'other','Almaty',['National Bank of Kazakhstan'],'has decided to raise the base rate to 10.25%',note='base-rate decision; no day word (press release dated 24 January 2022)')
e('940',None,'statement',None,['Aliya Moldabekova'],'Commenting on the decision at a briefing',note='no day word')
e('940','2022-01-10','other','Kazakhstan',[],'Banks resumed full operation on January 10',note='inside the quote')
e('940','2022-01-05','other','Kazakhstan',[],'From 5 to 10 January the internet was almost completely unavailable',note='internet shutdown; range → first day')
e('940','2022-01-06','other',None,['government'],"the government's decision of January 6",note='liquefied gas price cap')
e('940','2022-02-28','other',None,['National Bank of Kazakhstan'],'will be announced on 28 February 2022',note='future: next scheduled decision')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he'],["Tokayev's"]),
 sp('Yerlan','person',['Yerlan'],['a 34-year-old taxi driver'],'Kazakhstan',['He'],note='pseudonym ("his name has been changed at his request"); invented'),
 sp('Elvira Azimova','person',['Elvira Azimova'],['Human Rights Commissioner'],'Kazakhstan',[],note='words invented'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',["The Prosecutor General's Office","a spokesman for the prosecutor's office"]),
 sp('Dana Kassymova','person',['Dana Kassymova'],['an Almaty lawyer'],'Kazakhstan',['she'],note='invented'),
 sp(NAZ,'person',['Nursultan Nazarbayev','Nazarbayev'],['former president'],'Kazakhstan',['he','the former president'],["Nazarbayev's",'Elbasy']),
 sp('Giulia Ranieri','person',['Giulia Ranieri','Ranieri'],['an analyst at the ISPI institute in Milan'],'Italy',[],note='invented'),
 sp(RDM,'organisation',['Ministry of Defense','Russian Defence Ministry'],[],'Russia',['the military department','the department']),
 sp(SER,'person',['Andrey Serdyukov','Serdyukov'],['Colonel General','commander of the collective peacekeeping forces'],'Russia',['The commander','him']),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Minister of Defense of the Russian Federation','General of the Army'],'Russia',['the minister']),
 sp('Ruslan Zhaksybekov','person',['Ruslan Zhaksybekov','Zhaksybekov'],["an Almaty lawyer hired by Masimov's family"],'Kazakhstan',['he'],note='invented'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['The agency','it']),
 sp('Kate Mallory','person',['Kate Mallory'],['a researcher at the University of Exeter'],'United Kingdom',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Timur Kulibayev','person',['Timur Kulibayev','Kulibayev'],['chairman of the presidium of the National Chamber of Entrepreneurs Atameken'],'Kazakhstan',[],["Kulibayev's"],note='words invented'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['prime minister'],'Kazakhstan',note='words invented'),
 sp('Arman Bekturov','person',['Arman Bekturov'],['economist'],'Kazakhstan',note='invented'),
 sp('Almaty City Court','organisation',['Almaty City Court'],[],'Kazakhstan',['the city court']),
 sp('Aliya Zhumabayeva','person',['Aliya Zhumabayeva'],['press secretary of the Almaty City Court'],'Kazakhstan',['She'],note='invented'),
 sp('Marat Iskakov','person',['Marat Iskakov','Iskakov'],['lawyer'],'Kazakhstan',note='invented'),
 sp('Saltanat','person',['Saltanat'],['a programmer from Almaty'],'Kazakhstan',['she'],note='first name only; invented'),
 sp('Serik Shalabayev','person',['Serik Shalabayev'],[],'Kazakhstan',['he'],note='words invented'),
 sp(GFO,'organisation',['Foreign Office'],[],'Germany',['A spokesman for the Foreign Office']),
 sp('Aliya Moldabekova','person',['Aliya Moldabekova','Moldabekova'],['Deputy Chairman of the National Bank'],'Kazakhstan',['she','the deputy chairman'],note='invented'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former head of Kazakhstan\'s National Security Committee'],'Kazakhstan',[],["Masimov's"],quoted=False,note='mentioned in 933 (related teaser) and 936'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,['the alliance led by Moscow'],quoted=False,note='mentioned in 933, 934, 935'),
 sp(ATA,'organisation',['Atameken'],[],'Kazakhstan',['the chamber'],quoted=False,note='source of figures in 937 and 940; mentioned in 934'),
 sp('Kairat Sharipbayev','person',['Kairat Sharipbayev'],[],'Kazakhstan',[],quoted=False,note='mentioned in 934 and 937'),
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
