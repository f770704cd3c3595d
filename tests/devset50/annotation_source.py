#!/usr/bin/env python3
"""Source of the devset50 annotation: the hand-chosen spans, values and dates for 493-500.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset50/annotation_source.py && python3 tests/devset50/verify.py
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
TJMOD='Tajik Ministry of Defence'

# ---------------- 493 POLITICO Europe news article (January 12, 2022, a Wednesday)
art('493',0,4,5,'POLITICO','2022-01-12',['CLAIRE DUVAL'],None,
    ['POLITICO','Newsletters  Podcasts  Poll of Polls  Policy news  Events','NATO','BY CLAIRE DUVAL','January 12, 2022 6:31 pm','Share  Tweet  Email',
     'Press play to listen to this article','Marco Ventresca contributed reporting.',"This article is part of POLITICO's premium Defense & Security coverage.",'Related Content'])
q('493','a polite list of disagreements.',None,'one diplomat','called',partial=True,note='anonymous diplomat; the full stop is inside the mark')
q('493','There are significant differences between NATO allies and Russia on these issues,','Jens Stoltenberg','Secretary General Jens Stoltenberg','told',note='inverted cue "…," Secretary General Jens Stoltenberg told reporters')
q('493','Our differences will not be easy to bridge.','Jens Stoltenberg','Secretary General Jens Stoltenberg','told',note='second half after the interposed attribution and a relative clause')
q('493','over the heads','Jens Stoltenberg','Stoltenberg','said',partial=True)
q('493','If NATO chooses deterrence, we will answer with counter-deterrence,','Alexander Grushko','the deputy minister','said',note='title-only attribution; Grushko named in the sentence before')
q('493','If they can move paratroopers to Almaty overnight, they can move them to Minsk,',None,'one Baltic ambassador','said',note='anonymous; inverted cue "…," said one Baltic ambassador')
q('493','clear and united.','Wendy Sherman','Deputy Secretary of State Wendy Sherman','said',partial=True,note='"A senior U.S. official, Deputy Secretary of State Wendy Sherman, …, said"; apposition')
q('493','not under a gun to our head.','Wendy Sherman','She','added',partial=True)
c('493','troops_deployed',2000,'about','Russian troops sent to Kazakhstan under the CSTO flag','Western officials','the roughly 2,000 troops it sent',note='"roughly" → about; "within 48 hours" is a duration')
c('493','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',CSTO,'2,030 troops in total',note="\"by the alliance's own count\"")
e('493','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko'],'sat across from each other in Brussels on Wednesday')
e('493','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told reporters after the session',note='same day as the meeting')
e('493','2022-01-10','talks','Geneva',['United States','Russia'],'two days after U.S. and Russian officials met in Geneva',note='"two days after" Wednesday 12 Jan')
e('493','2022-01-13','talks','Vienna',['OSCE'],'a day before the OSCE convenes in Vienna',note='future; a day after Wednesday')
e('493',None,'troop_deployment','Kazakhstan',['Russia',CSTO],"the speed of Russia's deployment to Kazakhstan last week",note='"last week" is not a day')
e('493','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving Kazakhstan on Thursday',note='future; Thursday after Wednesday 12 Jan')

# ---------------- 494 UN press stakeout transcript (13 January 2022, a Thursday)
art('494',0,3,10,'United Nations','2022-01-13',[],None,
    ['United Nations','Media Stakeout','13 January 2022','Security Council Stakeout, UN Headquarters, New York',
     'Note: This is an unofficial transcript prepared from the UN Web TV recording. Check against delivery.',
     "[The Ambassador approached the stakeout position at 12:47 p.m., after the Council's closed consultations under \"any other business\".]",
     '[Ends at 12:55 p.m.]','Related:',"Secretary-General's spokesperson: noon briefing, 10 January 2022",'Security Council press statement on Kazakhstan (SC/14763)'])
q('494','fulfilled its task',TOK,'President Tokayev himself','said',partial=True,note="inside the ambassador's unquoted transcript speech; the transcript speech itself is not a quote")
q('494','once Russian soldiers move into your house, getting them out again is very hard.','Antony Blinken','Secretary Blinken','said',partial=True,note="quoted inside a journalist's question (\"said last week that …\"); words paraphrased")
q('494','dead end','Sergey Ryabkov','Deputy Minister Ryabkov','said',partial=True,note="quoted inside a journalist's question")
c('494','killed',164,'at least','people killed in the unrest','Kazakh authorities','at least 164 people were killed',note="figure inside a journalist's question")
e('494','2022-01-13','statement','New York',['Vassily Nebenzia'],'Informal comments to the media by the Permanent Representative',note='the stakeout itself; evidence is in the title line')
e('494','2022-01-13','withdrawal','Kazakhstan',[CSTO],'As of today, the withdrawal has started.')
e('494','2022-01-12','statement',None,[CSTO],'The CSTO said yesterday',note='"yesterday" from Thursday 13 Jan')
e('494',None,'statement',None,['Antony Blinken'],'Secretary Blinken said last week',note='"last week" is not a day (real: 7 Jan)')

# ---------------- 495 The Economist Espresso (Jan 13th 2022, a Thursday): three items = three articles
art('495',0,5,9,'The Economist','2022-01-13',[],None,
    ['The Economist Espresso',"Today's agenda  ·  Jan 13th 2022",'Listen to this edition  ·  6 min','Catch up quickly on the global stories that matter'],ls=5,le=15)
art('495',1,19,20,'The Economist','2022-01-13',[],None,['What to watch'],ls=19,le=20)
art('495',2,22,23,'The Economist','2022-01-13',[],None,
    ['Daily quiz','Which Central Asian city was called Alma-Ata until 1993? Email your answer to QuizEspresso@economist.com','Download the app  ·  Share'],ls=22,le=23)
q('495','the main mission',TOK,'Kassym-Jomart Tokayev','said',art=0,partial=True)
q('495','a success by every measure','Andrei Serdyukov','Andrei Serdyukov','has called',art=1,partial=True)
q('495','Nobody expects a breakthrough; we expect to be heard,',None,'one European diplomat','says',art=2,note='anonymous; inverted present-tense cue "says one European diplomat"')
c('495','troops_deployed',100000,'about',"Russian troops near Ukraine's border",None,'some 100,000 troops',art=0,note='"some" → about')
c('495','detained',9900,None,'people detained in Kazakhstan','officials','9,900 people were detained',art=0)
c('495','killed',225,None,"people killed in Kazakhstan's unrest",'prosecutors','225, the number of people killed',art=0,note='"Fact of the day" line, number before its noun')
c('495','troops_deployed',2000,'about','Russian soldiers airlifted to Kazakhstan',None,'about 2,000 Russian soldiers',art=1)
e('495','2022-01-12','talks','Brussels',['NATO','Russia'],'a meeting in Brussels on Wednesday',art=0)
e('495','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister, Alikhan Smailov, on Tuesday',art=0)
e('495','2022-01-13','withdrawal','Kazakhstan',['Russia',CSTO],'begin flying home from Kazakhstan today',art=1)
e('495','2022-01-05','other',None,[TOK,CSTO],'asked for the troops on January 5th',art=1,note='request for CSTO troops')
e('495','2022-01-13','talks','Vienna',['OSCE','Russia'],'takes place at the Organisation for Security',art=2,note='"this week" item in a Thursday edition; the OSCE meeting is on 13 Jan')
e('495','2022-01-10','talks','Geneva',['Sergey Ryabkov','United States'],"after Monday's talks in Geneva",art=2)

# ---------------- 496 Anadolu Agency Russian-language service, in translation (11.01.2022, a Tuesday)
art('496',0,5,7,'Anadolu Agency','2022-01-11',['Aset Nurlanov'],'АНКАРА / NUR-SULTAN',
    ['Anadolu Ajansı','Главная | Мир | Политика | Экономика | Турция','[Translated from the Russian-language service of Anadolu Agency]',
     'Aset Nurlanov   |11.01.2022 - Обновление : 11.01.2022',
     'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.'])
q('496','The main mission of the CSTO peacekeeping forces has been successfully completed. In two days the phased withdrawal of the united contingent will begin. The withdrawal will take no more than 10 days,',TOK,'Tokayev','said')
q('496',"an attempted coup d'état",TOK,'The Kazakh leader','said',partial=True)
q('496','a single plan',TOK,'The Kazakh leader','said',partial=True)
q('496','Under the first president, a handful of very lucrative companies and a circle of people rich even by global measures grew up in the country,',TOK,'he','said')
q('496','pay the people',TOK,'he','adding',partial=True,note='"he said, adding that it was time for them to "…""')
q('496','by brotherly Kazakhstan','Mevlüt Çavuşoğlu',"Turkey's Foreign Minister Mevlüt Çavuşoğlu",'said',partial=True,note='Turkish letters in the name')
c('496','other',20000,'about','"bandits" who took part in the attacks on Almaty',TOK,'about 20,000 "bandits"',note='attacker count; the one-word "bandits" is excluded as a quote')
c('496','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
e('496','2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'said on Tuesday that the peacekeeping forces')
e('496','2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days the phased withdrawal',note='"in two days" from Tuesday 11 Jan, inside the quote')
e('496','2022-01-11','appointment',None,['Mazhilis','Alikhan Smailov'],'the deputies approved the candidacy of Alikhan Smailov')
e('496','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'when Tokayev accepted the resignation of the cabinet')
e('496',None,'talks',None,['Mevlüt Çavuşoğlu','Mukhtar Tileuberdi'],'in a telephone conversation with his Kazakh counterpart',note='"last week" is not a day')
e('496','2022-01-02','protest','Mangistau region',[],'The protests began on January 2')

# ---------------- 497 Krasnaya Zvezda in translation (14.01.2022, a Friday)
art('497',0,8,9,'Krasnaya Zvezda','2022-01-14',['Igor VERESHCHAGIN'],None,
    ['КРАСНАЯ ЗВЕЗДА','Central Organ of the Ministry of Defence of the Russian Federation','Founded 1 January 1924','[English translation]',
     'Army | Peacekeeping | 14.01.2022','Colonel Igor VERESHCHAGIN, "Krasnaya Zvezda"','Photo: Russian Ministry of Defence press service',
     'Printed edition No. 4 (28234)','© «Krasnaya Zvezda», 2022. All rights reserved.'])
q('497','Soldiers and officers of the collective forces performed their duty honourably. Not a single facility entrusted to us was lost, and not a single shot was fired at civilians,','Andrei Serdyukov','Serdyukov','said')
q('497','an example of true allied solidarity','Sultan Gamaletdinov','Deputy Defence Minister of Kazakhstan Lieutenant-General Sultan Gamaletdinov','called',partial=True,note='long title + rank before the name')
q('497','The hardest part was waiting. We did not know what the night would bring,','Denis Kh.','the paratrooper','said',note='soldier named only by first name and surname initial')
q('497','more than 3,000 kilometres in a single night','Oleg Zaitsev','Major Oleg Zaitsev','added',partial=True,note='a distance inside the quote (not a claim)')
c('497','other',120,None,'Russian servicemen flown home to Chkalovsky on the first day',RDM,'delivered 120 servicemen',note='withdrawn troops; "four Il-76 aircraft" in the same sentence is not recorded')
c('497','troops_deployed',2000,'more than','servicemen in the collective forces',None,'more than 2,000 servicemen')
e('497','2022-01-13','other','Almaty',['Andrei Serdyukov','Sultan Gamaletdinov',CSTO],'A solemn ceremony to mark the completion',note='"yesterday" from Friday 14 Jan')
e('497','2022-01-13','withdrawal','Almaty',['Russia'],'the first aircraft of the Military Transport Aviation',note='"On the same day"')
e('497','2022-01-08','other','Almaty',[CSTO],'handed back to Kazakh security forces on Saturday',note='airport handover')
e('497','2022-01-19','withdrawal','Kazakhstan',[CSTO],'will be completed by January 19',note='future end of the withdrawal')

# ---------------- 498 CABAR.asia analysis (10/01/2022, a Monday)
art('498',0,6,13,'CABAR.asia','2022-01-10',['Bakyt Osmonaliev'],None,
    ['CABAR.asia','Central Asian Bureau for Analytical Reporting','EN | RU | KG | KZ | TJ | UZ','Analytics · Kyrgyzstan · Security','10/01/2022',
     'Author: Bakyt Osmonaliev','Views: 1 284',
     'Material prepared within the framework of the IWPR project "Giving Voice, Driving Change – from the Borderland to the Steppe".',
     'Share: Facebook | Telegram | WhatsApp','Subscribe to our newsletter'])
q('498',"must not become a tool in someone else's internal conflict.",'Dastan Bekeshev','Deputy Dastan Bekeshev','wrote',partial=True,note='"wrote on Facebook that "…""')
q('498','Our sons are not for export',None,'Several dozen people','reading',note='poster slogan (like the gold\'s "Say no to Putin"); speaker null')
q('498','We are not sending our soldiers to fight the Kazakh people. They will guard strategic facilities, and they will come home,','Sadyr Japarov','he','said')
q('498','no contact with demonstrators','Erbol Sultanbaev',"the president's press secretary Erbol Sultanbaev",'said',partial=True,note='unquoted "Our contingent, … said, would have" + partial')
q('498','For Kyrgyzstan, saying no to Moscow inside the CSTO is not a real option. What Bishkek could do was limit the mission, and it tried,','Aigerim Dzhumabaeva','she','told')
c('498','troops_deployed',150,'about','Kyrgyz servicemen sent to Kazakhstan',None,'about 150 servicemen')
e('498','2022-01-06','other','Bishkek',['Kyrgyz parliament'],'Parliament approved the deployment at an extraordinary session on Thursday, January 6')
e('498',None,'statement',None,['Dastan Bekeshev'],'wrote on Facebook',note='undated')
e('498','2022-01-07','protest','Bishkek',[],'gathered in Bishkek on Friday',note='Friday before Monday 10 Jan')
e('498','2022-01-07','statement',None,['Sadyr Japarov'],'in an address on Friday evening')
e('498','2022-01-05','other','Kazakhstan–Kyrgyzstan border',['Kazakhstan'],'closed its crossings with Kyrgyzstan on January 5',note='border closure')

# ---------------- 499 Christian Science Monitor feature (January 12, 2022, a Wednesday)
art('499',0,4,15,'The Christian Science Monitor','2022-01-12',['Rebecca Lindqvist'],'Almaty, Kazakhstan',
    ['The Christian Science Monitor','Daily  ·  World  ·  Europe  ·  Asia & South Pacific','By Rebecca Lindqvist Special correspondent','January 12, 2022',
     'Why We Wrote This','Loading...','Related stories','In Kazakhstan, fuel protests expose a deeper anger',"Russia's quick deployment: what it tells its neighbours",
     "You've read  3  of  5  free articles. Subscribe to continue.",'Editor\'s note: This story was updated to correct the spelling of a name.'])
q('499','People are happy the shooting stopped. That does not mean they are happy,','Gulnara','Gulnara','says',note='inverted present-tense cue "says Gulnara"; first name only')
q('499','We have testimonies from at least 40 families,','Aliya Seitkali','she','says',note='a number inside the quote (not a claim)')
q('499','Without the soldiers it would have been like Kabul,','Yerlan','a taxi driver, Yerlan','tells',note='"tells me" (first-person reporter)')
q('499',"stepped out of Nazarbayev's shadow in one week,",'Dosym Satpayev','political scientist Dosym Satpayev','says',partial=True,note='nearest-name trap: "Mr. Tokayev" right before the quote is its subject, not the speaker')
q('499','But he did it with help he may have to repay.','Dosym Satpayev','political scientist Dosym Satpayev','says',note='continuation after the interposed attribution')
c('499','killed',164,None,'people killed nationwide','The government','164 people died nationwide')
c('499','killed',103,None,'people killed in Almaty','The government','including 103 in Almaty',note='a subset of the 164')
e('499','2022-01-11','other','Almaty',[],'on Tuesday the trams were running again',note='city life and internet restored')
e('499','2022-01-10','other','Kazakhstan',[],'on Monday it declared a day of mourning')
e('499','2022-01-05','other',None,[TOK,CSTO],'called in on Jan. 5',note='request for CSTO troops')
e('499',None,'withdrawal','Kazakhstan',['Russia'],'they will leave by the end of next week',note='"by the end of next week" is not a day')
e('499','2022-01-05','protest','Almaty',[],'Last Wednesday, as crowds stormed the building',note='"Last Wednesday" from Wednesday 12 Jan = 5 Jan')
e('499','2022-01-06','other','Almaty',[],'she heard automatic fire for the whole afternoon',note='"On Thursday" follows "Last Wednesday" in a past narrative: 6 Jan, not the coming 13 Jan')

# ---------------- 500 Fergana News Agency (08.01.2022, a Saturday)
art('500',0,8,10,'Fergana News Agency','2022-01-08',[],None,
    ['ФЕРГАНА','Fergana News Agency','Central Asia news in English since 1998','Kazakhstan | Tajikistan | Uzbekistan | Kyrgyzstan | Turkmenistan','08.01.2022 | 17:40',
     'Read also:','Uzbekistan will not send troops to Kazakhstan, says Tashkent','Kyrgyz parliament approves sending 150 servicemen',
     '© Fergana News Agency. When reprinting, a hyperlink to fergana.news is required.'])
q('500','destructive forces','Emomali Rahmon','Rahmon','speaks of',partial=True,note='in the dek (first_line), not the headline; zone body')
q('500','Our servicemen are ready to carry out any task set by the command of the collective forces,','Sherali Mirzo','Defence Minister Sherali Mirzo','was quoted as saying')
q('500','all necessary help','Emomali Rahmon','President Emomali Rahmon','offer',partial=True,note='cue is the verb "to offer" (a call, not a speech verb proper)')
q('500','destructive forces','Emomali Rahmon','Rahmon','has warned',n=2,partial=True,note='second occurrence of the phrase')
q('500','For Rahmon, this is insurance. He helps Tokayev today so that someone helps him tomorrow,',None,'the analyst','said',note='anonymous analyst')
c('500','troops_deployed',200,None,'Tajik troops sent to Kazakhstan',None,'Tajikistan sends 200 troops',zone='headline')
c('500','troops_deployed',200,'about','Tajik servicemen sent to Kazakhstan',TJMOD,'about 200 servicemen')
c('500','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('500','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('500','killed',18,None,'police officers and soldiers killed',MIA,'18 police officers and soldiers had died')
c('500','troops_deployed',2030,None,'CSTO force in Kazakhstan',CSTO,'2,030 troops',note='"the organisation\'s secretariat said"')
c('500','troops_deployed',150,None,'Kyrgyz servicemen',None,'approves sending 150 servicemen',zone='related',note='"Read also:" teaser')
e('500','2022-01-08','statement',None,[TJMOD],"the republic's Ministry of Defence said on Saturday")
e('500','2022-01-07','troop_deployment','Almaty',['Tajikistan','Russia'],'were taken to Almaty on Friday')
e('500','2022-01-06','talks',None,['Emomali Rahmon',TOK],'used a telephone call with Tokayev on Thursday')
e('500','2022-01-08','casualty_report',None,[MIA],'reported on Saturday that 4,404')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['Secretary General'],'Norway'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['the deputy minister']),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',['She','A senior U.S. official']),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['he','The Kazakh leader','the head of state'],['Mr Tokayev','Mr. Tokayev']),
 sp('Antony Blinken','person',['Blinken'],['Secretary'],'United States',[],['Mr. Blinken'],note='surname only in this set'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Minister',"Russia's deputy foreign minister"],'Russia'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','the Russian general commanding the mission'],'Russia'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu'],["Turkey's Foreign Minister"],'Turkey',note='words invented'),
 sp('Sultan Gamaletdinov','person',['Sultan Gamaletdinov'],['Deputy Defence Minister of Kazakhstan','Lieutenant-General'],'Kazakhstan'),
 sp('Denis Kh.','person',['Denis Kh.'],['Private'],'Russia',['the paratrooper'],note='invented; surname given only as an initial'),
 sp('Oleg Zaitsev','person',['Oleg Zaitsev'],['Major'],'Russia',['His commander'],note='invented'),
 sp('Dastan Bekeshev','person',['Dastan Bekeshev'],['Deputy'],'Kyrgyzstan',note='words invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan',['he']),
 sp('Erbol Sultanbaev','person',['Erbol Sultanbaev'],["the president's press secretary"],'Kyrgyzstan',note='words invented'),
 sp('Aigerim Dzhumabaeva','person',['Aigerim Dzhumabaeva'],['Analyst','an associate at CABAR.asia'],'Kyrgyzstan',['she'],note='invented'),
 sp('Gulnara','person',['Gulnara'],['a 44-year-old pharmacist'],'Kazakhstan',note='invented; first name only'),
 sp('Aliya Seitkali','person',['Aliya Seitkali'],['Human rights lawyer'],'Kazakhstan',['she'],note='invented'),
 sp('Yerlan','person',['Yerlan'],['a taxi driver'],'Kazakhstan',note='invented; first name only'),
 sp('Dosym Satpayev','person',['Dosym Satpayev'],['political scientist'],'Kazakhstan',note='words invented'),
 sp('Emomali Rahmon','person',['Emomali Rahmon','Rahmon'],['President'],'Tajikistan'),
 sp('Sherali Mirzo','person',['Sherali Mirzo'],['Defence Minister'],'Tajikistan',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],[],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 2 files; not quoted'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['prime minister'],'Kazakhstan',[],[],quoted=False,note='appointed PM; mentioned in 495 and 496'),
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
