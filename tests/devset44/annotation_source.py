#!/usr/bin/env python3
"""Source of the devset44 annotation: the hand-chosen spans, values and dates for 445-452.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset44/annotation_source.py && python3 tests/devset44/verify.py
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
PPO='Kazakh Presidential Press Office'; MOH='Kazakh Ministry of Health'; KNB='Kazakh National Security Committee'; GPO="Kazakh Prosecutor General's Office"
KGMOD='Kyrgyz Defence Ministry'; ERD='Recep Tayyip Erdoğan'; CAV='Mevlüt Çavuşoğlu'

# ---------------- 445 China Daily Global edition carrying Xinhua (2022-01-11, a Tuesday)
art('445',0,6,12,'China Daily','2022-01-11',[],'NUR-SULTAN',
    ['CHINA DAILY','Global Edition','Home | China | World | Business | Opinion | Culture','World / Asia-Pacific','Xinhua | Updated: 2022-01-11 21:06',
     'Share - WeChat   Weibo   Facebook   Twitter','Editor: Liu Mengyao','Related Stories','Kazakhstan to hold day of mourning for riot victims','CSTO peacekeepers guard key sites in Kazakh cities'])
q('445','The situation in all regions has been stabilized. The joint peacekeepers have completed their mission with dignity,',TOK,'Tokayev','said')
q('445','necessary support and assistance within its capacity,','Zhao Lijian','the spokesperson','said',partial=True,note='"China is ready to provide “…,” the spokesperson said"; the name is in the previous sentence')
q('445','Order has returned to the streets, and the people of Kazakhstan can look to the future with confidence,','Chen Haoran','Chen Haoran','said',note='inverted cue "said NAME, a researcher at …"; invented expert')
q('445','under control.','Chen Haoran','Chen Haoran','adding',partial=True,note='"adding that the situation was “…”" after the inverted cue; full stop inside the mark')
c('445','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',TOK,'the CSTO contingent of 2,030 servicemen',note='"According to the president"; "250 units of equipment" in the same phrase is not a claim')
c('445','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
e('445','2022-01-11','statement','Nur-Sultan',[TOK],'said on Tuesday that the main task',note='online address to the Mazhilis')
e('445','2022-01-13','withdrawal','Kazakhstan',[CSTO],'their phased withdrawal would start in two days',note='"in two days" from Tuesday 11 Jan; future')
e('445','2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'lawmakers approved Alikhan Smailov',note='"At the same session" = the Tuesday session')
e('445','2022-01-05','government_resignation',None,[],'since last Wednesday, when the previous cabinet resigned',note='"last Wednesday" from Tuesday 11 Jan')
e('445','2022-01-10','arrest',None,[MIA],"Kazakhstan's Interior Ministry said on Monday",note='detention figure report')
e('445','2022-01-10','statement','Beijing',['Zhao Lijian'],'at a regular press briefing in Beijing on Monday')
e('445','2022-01-02','protest','Mangystau',[],'The unrest began on Jan. 2')

# ---------------- 446 Nezavisimaya Gazeta in translation (12.01.2022, a Wednesday)
art('446',0,5,6,'Nezavisimaya Gazeta','2022-01-12',['Yury Sokolnikov'],None,
    ['НГ  Nezavisimaya Gazeta','CIS','12.01.2022 20:01:00','Yury Sokolnikov','Columnist of NG','Translated from Russian','Tags: Kazakhstan, CSTO, Russia, USA, Geneva, peacekeepers',
     'Subscribe to NG on Telegram','© Nezavisimaya Gazeta 1990–2022. Reproduction of materials is allowed only with a link to NG.'])
q('446','The tasks set by the Collective Security Council have been fully completed','Andrei Serdyukov','Serdyukov','stressed',note='«guillemets» with the Russian-style cue after the closing mark: », – Serdyukov stressed (comma and en dash outside)')
q('446','We showed that the CSTO is not a paper organization. It reacted in hours, not in weeks',None,'a source in the Russian Foreign Ministry','said',note='anonymous source; », – said …')
q('446','Tokayev called for help because he had to. Now he will do everything so that nobody remembers it','Timur Esenov','the expert','told',note='named in the sentence before ("Political scientist Timur Esenov … believes"); a name (Tokayev) inside the quote; invented expert')
q('446','difficult, long, very professional','Sergey Ryabkov','Ryabkov','described the conversation as',partial=True)
q('446','the need to accept our main demands','Sergey Ryabkov','he','said',partial=True)
q('446','about the terms of the invitation','Wendy Sherman','Sherman','reminded journalists',partial=True,note='straight double quotes in a text that otherwise uses «guillemets»')
c('446','troops_deployed',2030,'about','CSTO servicemen who took part',RDM,'about 2,030 servicemen from Russia',note='"the Defence Ministry reported" at the end of the sentence')
c('446','aircraft',70,'more than','Il-76 and An-124 flights for the airlift',RDM,'more than 70 flights',note='flights, not airframes')
c('446','killed',16,None,'law enforcement officers killed',MIA,'16 law enforcement officers were killed')
c('446','detained',10000,'almost','people detained','Kazakh authorities','almost 10,000 people had been detained')
e('446','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin pulling its forces out of Kazakhstan tomorrow, Thursday')
e('446',None,'statement',None,['Andrei Serdyukov'],'Colonel-General Andrei Serdyukov, reported',note='report not dated')
e('446','2022-01-06','troop_deployment','Almaty',['Russia'],'The first Russian paratroopers landed near Almaty last Thursday',note='"last Thursday" from Wednesday 12 Jan')
e('446','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'where on Monday Deputy Foreign Minister Sergei Ryabkov spent')
e('446','2022-01-11','arrest',None,['Kazakh authorities'],'Yesterday the authorities announced',note='detention figure report')
e('446','2022-01-12','talks','Brussels',['Russia','NATO'],'Today, Wednesday, the Russia–NATO Council is meeting in Brussels')

# ---------------- 447 Radio Azattyk (Kyrgyz Service) English summary (January 07, 2022, a Friday)
art('447',0,5,12,'Radio Azattyk','2022-01-07',[],'BISHKEK',
    ['Азаттык Үналгысы  |  Radio Azattyk','Kyrgyz Service of RFE/RL','English summary','January 07, 2022 16:20 GMT+6',"By Azattyk's Kyrgyz Service",
     'This is an English-language summary of a report first published in Kyrgyz. Read the original on azattyk.org.','RELATED',
     'Kyrgyz Parliament Backs Sending Troops Under CSTO Mandate','Kazakhstan Internet Blackout Enters Third Day','Copyright (c) 2022. RFE/RL, Inc. All rights reserved.'])
q('447','guard important facilities and will not take part in any operations against civilians.','Almaz Toktogulov','Colonel Almaz Toktogulov','told',partial=True,note='role before the name: "A ministry spokesman, Colonel Almaz Toktogulov, told Azattyk that …"; invented spokesman')
q('447','Kazakhstan is our closest neighbor and brother. When a brother is in trouble, we do not stand aside,','Sadyr Japarov','he','wrote',note='Facebook post; "he wrote", he = Japarov')
q('447','Not our war.',None,None,'read',note='protest-sign slogan (gold: “Say no to Putin”, speaker null); the single-quoted headline form is excluded')
q('447','We have our own problems at home. Our boys should not be sent to shoot at Kazakhs,','Aibek Mamytov','Aibek Mamytov','said',note='inverted cue with an age; invented protester')
q('447','Nobody asked us.','Aibek Mamytov','Aibek Mamytov','said',note='second half after the interposed attribution')
q('447','fire without warning',TOK,'Kassym-Jomart Tokayev','said',partial=True)
c('447','troops_deployed',150,None,'Kyrgyz servicemen sent to Kazakhstan',KGMOD,'150 servicemen were on board')
c('447','killed',26,None,'armed attackers killed',MIA,'26 armed attackers had been killed')
c('447','detained',3000,'more than','people detained',MIA,'more than 3,000 detained')
c('447','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
e('447','2022-01-07','troop_deployment','Kant',[KGMOD],'left for Kazakhstan on Friday morning')
e('447','2022-01-06','other','Bishkek',['Jogorku Kengesh'],'approved the deployment on Thursday evening',note='parliamentary vote')
e('447',None,'statement',None,['Sadyr Japarov'],'defended the decision in a Facebook post',note='undated')
e('447','2022-01-06','protest','Bishkek',[],'gathered outside the Government House in Bishkek on Thursday')
e('447','2022-01-07','statement',None,[TOK],'Tokayev said on Friday he had ordered')
e('447',None,'casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said 26",note='no day given')
e('447','2022-01-05','other','Kyrgyz-Kazakh border',[],'which had been closed since Wednesday',note='border closure')
e('447','2022-01-07','other','Kyrgyz-Kazakh border',['State Border Service'],'partially resumed on Friday for trucks')

# ---------------- 448 KazTAG in translation (10.01.2022, a Monday)
art('448',0,6,8,'KazTAG','2022-01-10',[],'Almaty',
    ['KazTAG','Kazakhstan Information Agency','Politics  /  Incidents  /  Economy  /  Society','10.01.2022, 14:37','Translated by KazTAG English service',
     'Tags: Almaty, riots, police, detentions','When using the materials, a hyperlink to KazTAG is mandatory.','Read KazTAG in Telegram'])
q('448','Work to identify the participants of the riots continues. Every person who took part in the seizure of buildings and weapons will be held to account,','Kanat Taimerdenov','Taimerdenov','said')
q('448','several dozen','Kanat Taimerdenov','The head of the department','said',partial=True,note='a vague quantity in quotes after a speech verb; borderline (could be treated as a scare quote)')
q('448','a significant number of foreign citizens',MIA,'the Interior Ministry of Kazakhstan','reported',partial=True,note='closing mark followed by a full stop outside')
q('448','We will restore everything. The city will be clean in a week,','Yerbolat Dossayev','the akim','told',note='"the akim told journalists"; named in the paragraph before ("Akim of Almaty Yerbolat Dossayev")')
c('448','detained',1678,None,'people detained in Almaty (headline)','Almaty police department','1,678 people detained in the city',zone='headline')
c('448','detained',1678,None,'people detained in Almaty','Kanat Taimerdenov','detained 1,678 people')
c('448','detained',5800,None,'people taken to police stations across the country',MIA,'5,800 people had been taken to police stations')
c('448','killed',16,None,'police officers and servicemen killed',MIA,'16 police officers and servicemen had been killed')
c('448','injured',1300,None,'police officers and servicemen injured',MIA,'1,300 injured')
c('448','other',20000,'about','"bandits" who attacked Almaty',TOK,'about 20,000 "bandits"',note='label "bandits" excluded from quotes, number kept')
e('448','2022-01-10','statement','Almaty',['Kanat Taimerdenov'],'said at a briefing on Monday')
e('448','2022-01-09','casualty_report',None,[MIA],'On Sunday, the Interior Ministry of Kazakhstan reported')
e('448','2022-01-10','other','Almaty',['Yerbolat Dossayev'],'during a visit to the burned-out akimat building on Monday')
e('448','2022-01-10','other','Kazakhstan',[TOK],'was declared a day of national mourning',note='day of mourning')
e('448','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that about')

# ---------------- 449 Zakon.kz photo report (13 January 2022, a Thursday)
art('449',0,4,9,'Zakon.kz','2022-01-13',['Dina Sultanbekova'],None,
    ['ZAKON.KZ','News  |  Photo  |  Video  |  Analytics','13 January 2022, 17:52','Author: Dina Sultanbekova','Photo: Zakon.kz / Ruslan Iskakov',
     '◀ Photo 1 of 12 ▶','Russian paratroopers in formation at the Almaty airfield, 13 January 2022','◀ Photo 2 of 12 ▶',
     'An Il-76 of the Russian Aerospace Forces before take-off. According to the military, 14 aircraft were used on the first day',
     '◀ Photo 3 of 12 ▶','The farewell ceremony. Photo: Zakon.kz / Ruslan Iskakov',
     'Share: Facebook  VK  Telegram  WhatsApp','Subscribe to Zakon.kz on Telegram','Found a mistake? Select it and press Ctrl+Enter','© 2004 - 2022 Zakon.kz. All rights reserved.'])
q('449','The mission has been completed. Not a single peacekeeper used weapons against civilians,','Andrei Serdyukov','Serdyukov','said')
q('449','You came when we asked, and you leave when the work is done. The people of Kazakhstan will remember it,','Serik Alzhanov','the general','said',note='quote opens the same paragraph as the passive "were thanked by deputy minister Major General Serik Alzhanov"; invented officer')
c('449','aircraft',70,'more than','aircraft used to bring in the troops',RDM,'more than 70 aircraft')
c('449','killed',225,None,'bodies delivered to morgues since the start of the riots',GPO,'225 bodies')
c('449','killed',19,None,'law enforcement officers among the dead',GPO,'19 law enforcement officers',note='subset of the 225, stated as its own figure')
e('449','2022-01-13','other','Almaty',['Andrei Serdyukov','Serik Alzhanov'],'A ceremony to mark the end of the CSTO peacekeeping operation',note='farewell ceremony')
e('449','2022-01-13','withdrawal','Almaty',['Russia'],'the first planes carrying Russian servicemen took off for Russia')
e('449','2022-01-19','withdrawal','Kazakhstan',[RDM],'will be completed by January 19',note='future completion')
e('449','2022-01-12','other',None,['Armenia','Tajikistan'],'The day before, the Armenian and Tajik contingents handed over',note='handover of guarded objects; "the day before" from Thursday 13 Jan')
e('449','2022-01-14','withdrawal',None,['Belarus'],'The Belarusian unit is expected to leave on Friday',note='future')
e('449','2022-01-13','casualty_report',None,[GPO],"The general prosecutor's office said on Thursday")

# ---------------- 450 Lenta.ru in translation (09:15, 9 January 2022, a Sunday)
art('450',0,6,7,'Lenta.ru','2022-01-09',[],None,
    ['Lenta.ru','Former USSR  ·  Kazakhstan','09:15, 9 January 2022','Latest news','09:02 Russian military transport aircraft continue flights to Almaty',
     '08:47 Tokayev thanks Putin for «prompt help»','08:31 Bitcoin falls after internet shutdown in Kazakhstan','Subscribe to Lenta.ru in Telegram','All rights reserved © 1999–2022 Lenta.ru'])
q('450','the situation has stabilized in all regions',PPO,'The press service of President Kassym-Jomart Tokayev','said',partial=True)
q('450','counter-terrorist operations continue',PPO,'The press service of President Kassym-Jomart Tokayev','said',partial=True,note='second clause "but that «…»"')
q('450','prompt help',TOK,'Tokayev','thanks',partial=True,zone='related',art=None,note='"Latest news" sidebar teaser scraped into the middle of the body')
q('450','by mistake',MOH,'the ministry','said',partial=True)
q('450','the sovereign choice of Kazakhstan','Sergey Lavrov','Sergey Lavrov','said',partial=True,note='"Lavrov, speaking to … Antony Blinken by phone, said «…»" — the nearer name is Blinken')
q('450','Those who try to find a hand of Moscow in these events are looking in the wrong place','Sergey Lavrov','Lavrov','was quoted by the Russian ministry as saying',note='colon before the quote; full stop outside the closing »')
c('450','detained',4400,'more than','people detained (headline)','Kazakh authorities','more than 4,400 detained',zone='headline')
c('450','detained',4404,None,'people detained since the start of the riots',MIA,'detained 4,404 people')
c('450','killed',164,None,'people killed (message later removed)',MOH,'164 people were killed',note='withdrawn as "published by mistake"')
c('450','killed',103,None,'people killed in Almaty (message later removed)',MOH,'103 in Almaty',note='subset of the 164')
c('450','troops_deployed',2030,'about','CSTO contingent in Kazakhstan',None,'about 2,030 people',note='"Earlier it was reported"; "250 pieces of equipment" not a claim')
e('450','2022-01-09','arrest',None,[MIA],'reported on Sunday, January 9',note='detention figure report')
e('450','2022-01-08','statement',None,[PPO],'said on Saturday evening')
e('450',None,'other',None,[TOK],'held a meeting of the operational headquarters',note='internal meeting, undated')
e('450','2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on Thursday on suspicion of high treason')
e('450','2022-01-08','statement',None,[KNB],'the KNB said on Saturday')
e('450',None,'casualty_report',None,[MOH],'According to the Ministry of Health, 164',note='undated; later withdrawn')
e('450',None,'talks',None,['Sergey Lavrov','Antony Blinken'],'speaking to his American counterpart Antony Blinken by phone',note='undated phone call (real: 6 Jan)')
e('450','2022-01-10','talks','Geneva',['Russia','United States'],'will take place in Geneva tomorrow')

# ---------------- 451 Kazakhstanskaya Pravda English (11.01.2022, a Tuesday)
art('451',0,5,9,'Kazakhstanskaya Pravda','2022-01-11',['Asel Nurmukhambetova'],None,
    ['KAZAKHSTANSKAYA PRAVDA','KAZPRAVDA.KZ  •  English','Politics','11.01.2022','Asel Nurmukhambetova','Photo: akorda.kz','Read also:',
     'Alikhan Smailov appointed Prime Minister','Mourning day held across Kazakhstan','Copying materials is permitted only with an active hyperlink to kazpravda.kz'])
q('451','Kazakhstan has survived an attempted coup',TOK,'Head of State',None,zone='headline',note='headline "Head of State at the CSTO session: «…»" — colon, no speech verb')
q('451',"Under the guise of spontaneous protests, a wave of riots broke out. It was an attempted coup d'état",TOK,'the President','said',note='«…», the President said — comma outside the closing mark')
q('451','adequate and timely','Vladimir Putin','Russian President Vladimir Putin','said',partial=True,note='same sentence as the excluded label «so-called colour revolutions»')
q('451','We will not allow the situation to be destabilised at home','Vladimir Putin','Putin','stressed')
q('451','If we had been late by a day or two, we would have been talking about a different Kazakhstan now','Alexander Lukashenko','the Belarusian President','noted',note='"a day or two" inside the quote is not a claim')
c('451','other',20000,None,'militants who attacked Almaty',TOK,'the number of militants reached 20,000',note='"According to him"')
c('451','troops_deployed',2030,'about','servicemen taking part in the CSTO operation',CSTO,'about 2,030 servicemen',note='"According to the CSTO Secretariat"')
e('451','2022-01-10','talks',None,[TOK,'Nikol Pashinyan','Vladimir Putin','Alexander Lukashenko',CSTO],'held by video link yesterday',note='extraordinary CSTO Collective Security Council session')
e('451','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'Earlier, on January 6, the CSTO began deploying')
e('451',None,'withdrawal','Kazakhstan',[CSTO],'the withdrawal of the contingent would begin shortly',note='"shortly", no date')
e('451',None,'statement',None,['Berik Asylov'],'announced last week',note='"last week" is not a day')

# ---------------- 452 Yeni Şafak English (Saturday, January 8, 2022)
art('452',0,6,10,'Yeni Şafak','2022-01-08',[],None,
    ['YENİ ŞAFAK','ENGLISH','HOME  |  TÜRKİYE  |  WORLD  |  ECONOMY  |  OPINION','WORLD','Yeni Şafak English  |  Saturday, January 8, 2022 | 11:42',
     'Tags: Kazakhstan, Erdoğan, Tokayev, Turkic world','Related News',"Kazakh president orders troops to 'shoot to kill without warning'",
     'Turkish citizens in Kazakhstan urged to stay indoors','© 2022 Yeni Şafak. All rights reserved.'])
q('452','to share its experience and provide all kinds of support',ERD,'Erdoğan','said',partial=True,note='"according to the directorate\'s statement" at the end; the speaker is Erdoğan')
q('452','Stability in Kazakhstan is stability for the whole Turkic world,',ERD,'Erdoğan','was quoted as telling',note='"Erdoğan was quoted as telling Tokayev" — Tokayev is the addressee')
q('452','We are in contact with all our Kazakh friends. Our citizens there are safe,',CAV,'Çavuşoğlu','said')
q('452','Türkiye should not remain a spectator while Russia settles into Central Asia,','Hasan Uçar','Hasan Uçar','said',note='inverted cue; invented expert')
q('452','new reality','Hasan Uçar','Uçar','said',partial=True)
c('452','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='label excluded from quotes')
c('452','killed',18,None,'security personnel killed',MIA,'18 security personnel had lost their lives')
c('452','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
e('452','2022-01-07','talks',None,[ERD,TOK],'held a phone call with his Kazakh counterpart',note='"on Friday evening"')
e('452','2022-01-07','statement','Ankara',[CAV],'speaking to reporters in Ankara on Friday')
e('452',None,'talks',None,['Organization of Turkic States'],'would hold an extraordinary online meeting of foreign ministers next week',note='"next week" (real: 11 Jan)')
e('452','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e('452','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russia sent paratroopers to Kazakhstan on Thursday')
e('452','2022-01-05','government_resignation',None,[TOK],'The day before, Tokayev had dismissed the government',note='"the day before" the Thursday deployment')
e('452','2022-01-08','other','Almaty',['Turkish Airlines'],'scheduled for Saturday has been canceled',note='flight cancellation')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State',"Kazakh President"],'Kazakhstan',['the President','the president','he'],[]),
 sp('Zhao Lijian','person',['Zhao Lijian'],['Chinese Foreign Ministry spokesperson'],'China',['the spokesperson'],note='words paraphrased/invented'),
 sp('Chen Haoran','person',['Chen Haoran'],['a researcher at the Center for Russian and Central Asian Studies'],'China',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','commander of the collective peacekeeping forces'],'Russia',note='words invented'),
 sp('Timur Esenov','person',['Timur Esenov'],['Political scientist'],None,['the expert'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['he'],note='canonical from earlier sets; printed "Sergei" here'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Almaz Toktogulov','person',['Almaz Toktogulov'],['A ministry spokesman','Colonel'],'Kyrgyzstan',note='invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan',['he'],note='words invented'),
 sp('Aibek Mamytov','person',['Aibek Mamytov'],['a 34-year-old protester'],'Kyrgyzstan',note='invented'),
 sp('Kanat Taimerdenov','person',['Kanat Taimerdenov','Taimerdenov'],['the head of the city police department'],'Kazakhstan',['The head of the department'],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the Interior Ministry of Kazakhstan','The ministry']),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev','Dossayev'],['Akim of Almaty'],'Kazakhstan',['the akim'],note='words invented'),
 sp('Serik Alzhanov','person',['Serik Alzhanov'],['deputy minister','Major General'],'Kazakhstan',['the general'],note='invented'),
 sp(PPO,'organisation',['press service of President Kassym-Jomart Tokayev'],[],'Kazakhstan',[],note='"The press service of President …"'),
 sp(MOH,'organisation',['Ministry of Health'],[],'Kazakhstan',['the ministry']),
 sp('Sergey Lavrov','person',['Sergey Lavrov','Lavrov'],['Russian Foreign Minister'],'Russia'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko'],[],'Belarus',['the Belarusian President']),
 sp(ERD,'person',['Recep Tayyip Erdoğan','Erdoğan'],['Turkish President'],'Turkey',note='words invented'),
 sp(CAV,'person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister'],'Turkey',['He'],note='words invented'),
 sp('Hasan Uçar','person',['Hasan Uçar','Uçar'],['an expert on Eurasia at an Ankara think tank'],'Turkey',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='participant/source in every file'),
 sp(RDM,'organisation',['Defence Ministry'],[],'Russia',[],[],quoted=False,note='source in 446 and 449'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['prime minister'],'Kazakhstan',[],[],quoted=False,note='445 and 451'),
 sp(KGMOD,'organisation',['Defense Ministry'],[],'Kyrgyzstan',['the ministry'],[],quoted=False,note='source of the 150 figure (447)'),
 sp(GPO,'organisation',["general prosecutor's office"],[],'Kazakhstan',[],[],quoted=False,note='source of the 225/19 figures (449)'),
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
