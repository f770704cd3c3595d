#!/usr/bin/env python3
"""Source of the devset97 annotation: the hand-chosen spans, values and dates for 869-876.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset97/annotation_source.py && python3 tests/devset97/verify.py
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
BYMOD='Belarusian Defence Ministry'; UAMOD='Ukrainian Defence Ministry'

# ---------------- 869 OVD-Info news item (January 8, 2022, a Saturday)
art('869',0,5,9,'OVD-Info','2022-01-08',['Irina Sokolova'],None,
    ['OVD-Info','Independent human rights media project','News | Data | Guides | Donate','January 8, 2022, 19:20','By Irina Sokolova',
     'How you can help','If you were detained or know someone who was, call our hotline: 8-800-707-05-28','Telegram bot: @OvdInfoBot',
     'OVD-Info exists on donations from readers. Donate','Share: Facebook · Twitter · Telegram · VK'])
q('869','Single-person pickets do not require any approval. The police knew this perfectly well and detained them anyway,','Pavel Gritsenko','Gritsenko','told',note='invented duty lawyer, named in the paragraph before ("our duty lawyer Pavel Gritsenko")')
q('869','Kazakhstan, we are with you',None,None,'reading',note='text of a placard ("held a placard reading"), like the gold 004 sign slogan: speaker null; Artyom Belov held it, so he is an acceptable alternative')
q('869','I stood there for maybe ninety seconds,','Artyom Belov','Belov','said',note='a written-out number inside the quote (a duration, not a claim)')
q('869','They did not even look at the placard. They asked where I was from and whether I had relatives in Almaty.','Artyom Belov','Belov','said',note='second half of a quote split by "Belov said by phone from the police station."')
q('869','open fire without warning',TOK,'Tokayev','said',partial=True,note='"On Friday Tokayev said he had ordered the security forces to “…”"; "terrorists" is unquoted here')
q('869','We have no lists, no names, nothing. Lawyers are simply not let in,','Zhanar Omarova','Zhanar Omarova','said',note='inverted cue: "…," said Zhanar Omarova, a lawyer with …; invented person and group')
q('869','from morning until curfew','Zhanar Omarova','She','added',partial=True)
c('869','detained',6,None,'people detained at pickets in Moscow (headline)',None,'Six detained in Moscow',zone='headline',note='written-out number at the start of the headline; solidarity detentions in Moscow counted as unrest-related')
c('869','detained',6,None,'people detained at pickets in Moscow',None,'detained six people on Saturday',note='written-out "six"; OVD-Info is the reporter, no other source')
c('869','troops_deployed',2030,'about','CSTO troops taking part',CSTO,'about 2,030 troops are taking part',note='"The alliance says"')
c('869','detained',4404,None,'people detained in Kazakhstan',MIA,'4,404 people had been detained')
e('869','2022-01-08','arrest','Moscow',['Artyom Belov'],'Police in Moscow detained six people on Saturday',note='detention of picketers; Saturday = publication day')
e('869','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'began sending troops to Kazakhstan',note='"two days after" the Saturday pickets → Thursday 6 Jan')
e('869','2022-01-07','statement',None,[TOK],'On Friday Tokayev said he had ordered')
e('869','2022-01-08','casualty_report',None,[MIA],'the Interior Ministry said on Saturday')
e('869',None,'other','Kazakhstan',[],'the internet had been cut off for most of the week',note='internet shutdown; "for most of the week" is not a day')

# ---------------- 870 Current Time video page with an English summary (January 11, 2022, a Tuesday)
art('870',0,5,10,'Current Time','2022-01-11',[],None,
    ['Current Time','Настоящее Время · English summaries','Video · Kazakhstan · Russia','▶ 03:48','January 11, 2022 21:05 GMT+3','14,832 views',
     'Subtitles: Russian / English','Comments (38)','Current Time is a Russian-language TV and digital network led by RFE/RL in cooperation with VOA.','© 2022 RFE/RL, Inc.'])
q('870','The task is fulfilled',TOK,'Tokayev',None,zone='headline',note='headline quote before a colon; a shortened form of the body partial "fulfilled its basic task"')
q('870','fulfilled its basic task',TOK,'Kassym-Jomart Tokayev','told',partial=True,note='"told parliament on Tuesday that the CSTO force had “…”"')
q('870','We were told they are peacekeepers. To be honest, we do not see them in the centre at all,','Yerlan','Yerlan','said',note='inverted cue "said Yerlan, a taxi driver who did not give his surname"; first name only')
q('870','We see our own police, and we see them every hour.','Yerlan','Yerlan','said',note='continuation in the same paragraph after the interposed attribution')
q('870','Not a single shot has been fired by the peacekeeping contingent,','Andrei Serdyukov','the general','said',note='title-only attribution "the general said"; named in the sentence before')
q('870','Russia will not stay one day longer than necessary,','Dmitry Peskov','Peskov','told',note='"one day" inside the quote is not a date')
c('870','troops_deployed',2030,None,'CSTO servicemen in Kazakhstan',CSTO,'2,030 servicemen',note='"According to the CSTO"')
c('870','other',250,'about','CSTO units of equipment in Kazakhstan',CSTO,'about 250 units of equipment')
c('870','detained',9900,None,'people detained during the unrest','Kazakh authorities','9,900 people were detained')
c('870','detained',7939,None,'detainees (earlier figure, Monday)',MIA,'put the number of detainees at 7,939',note='the number follows its verb phrase')
e('870','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('870','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the contingent would begin in two days',note='"in two days" from Tuesday 11 Jan; future at publication')
e('870','2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'deputies approved Alikhan Smailov as prime minister',note='"At the same session" = Tuesday')
e('870','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'when Tokayev dismissed the cabinet of Askar Mamin')
e('870',None,'statement','Nur-Sultan',['Andrei Serdyukov'],'told a briefing in Nur-Sultan',note='undated briefing')
e('870','2022-01-10','casualty_report',None,[MIA],'On Monday the Interior Ministry put the number')
e('870',None,'statement','Moscow',['Dmitry Peskov'],'Peskov told reporters',note='undated')
e('870','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'held an extraordinary video summit',note='"The day before" = Monday 10 Jan (the day before the Tuesday publication)')

# ---------------- 871 Babel (Ukraine) analysis in English (10 January 2022, a Monday)
art('871',0,4,9,'Babel','2022-01-10',['Mykola Hrytsenko'],None,
    ['Babel','News · Ukraine · War · World · Babel in English','Author: Mykola Hrytsenko','Editor: Olena Kovalchuk','10 January 2022, 17:45',
     'Photo: Russian paratroopers board an Il-76 at Chkalovsky airfield, 6 January 2022. Russian Defence Ministry press service',
     'Read Babel in Telegram: @babel','Support Babel: become a patron'])
q('871','We are in constant contact with our American partners. Every hour,',None,'a senior official in the Office of the President','told',note='anonymous official')
q('871',"The formula 'nothing about Ukraine without Ukraine' is not a slogan for us, it is a condition.",None,'a senior official in the Office of the President','told',note='continuation after the interposed attribution; contains a single-quoted slogan (not a separate record)')
q('871','no surprises','Dmytro Kuleba','Foreign Minister Dmytro Kuleba','said',partial=True,note='two-word partial with a speech verb')
q('871','The Kremlin has just shown that it can airlift a combat-ready force a thousand kilometres in one night. Our generals watched this very carefully,','Oleksandr Kovalenko','military analyst Oleksandr Kovalenko','said',note='inverted cue; words invented')
q('871','a very convenient exercise','Oleksandr Kovalenko','He','added',partial=True)
q('871','and that is the key difference with Ukraine, which never asked for anything','Volodymyr Fesenko','he','said',partial=True,note='"Kazakhstan, he said, asked for the troops itself, “…”" — the cue is interposed in the reported part, the quote follows')
q('871','long, tough and businesslike','Sergey Ryabkov','Ryabkov','told',partial=True,note='"told reporters … that the conversation had been “…”"; later "The Russian diplomat"')
c('871','troops_deployed',100000,'about','Russian troops within reach of the Ukrainian border','Ukrainian military intelligence','about 100,000 troops within reach')
e('871','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'On Monday in Geneva, US Deputy Secretary of State Wendy Sherman')
e('871','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday the NATO-Russia Council meets in Brussels',note='future')
e('871','2022-01-13','talks','Vienna',['OSCE'],'on Thursday the OSCE Permanent Council meets in Vienna',note='future')
e('871','2022-01-09','statement',None,['Dmytro Kuleba'],'Foreign Minister Dmytro Kuleba said on Sunday')
e('871',None,'troop_deployment','Almaty',['Russia'],'Last week Russia moved paratroopers to Almaty',note='"Last week" is not a day (the caption dates the boarding 6 January)')
e('871','2022-01-10','statement','Geneva',['Sergey Ryabkov'],"told reporters after Monday's session")

# ---------------- 872 Detector Media monitoring piece (12.01.2022, a Wednesday)
art('872',0,5,10,'Detector Media','2022-01-12',['Iryna Shevchuk'],None,
    ['Detector Media','Media Literacy | Monitoring | Propaganda Diary','English version','12.01.2022 15:30','Author: Iryna Shevchuk',
     'Monitoring group: Anastasia Lysenko, Taras Bondar','Tags: Kazakhstan, Russian propaganda, TV monitoring, CSTO',
     'If you notice an error, select it and press Ctrl+Enter','Detector Media is supported by readers. Support us'])
q('872','They were waiting for a Maidan',None,'A correspondent of Rossiya 1',None,zone='headline',note='headline quote from the unnamed Rossiya 1 correspondent (body l.18), shortened')
q('872','the scenario is the same as in Kyiv in 2014, only this time Moscow did not allow it to be finished','Dmitry Kiselyov','host Dmitry Kiselyov','said',partial=True,note='"said that “…”"; a year inside the quote')
q('872','These people were waiting for a Maidan. They were waiting for a signal from outside,',None,'he','told',note='"he told viewers on Monday"; he = the unnamed Rossiya 1 correspondent')
q('872','Russian viewers did not see a single interview with a protester in seven days,','Anastasia Lysenko','Lysenko','said',note='inverted "said Lysenko, who led the monitoring"; surname only (full name only in the credit line)')
q('872','They saw Serdyukov, they saw Shoigu, they saw Putin. That is the whole cast.','Anastasia Lysenko','Lysenko','said',note='three names inside the quote (nearest-name trap)')
q('872','a foreign special operation','Otar Dovzhenko','him','According to',partial=True,note='"According to him, …"; him = Dovzhenko')
c('872','other',20000,None,'"bandits" who attacked Almaty (figure repeated on TV)',TOK,"Tokayev's figure of 20,000",note='as devset19 251: the attackers figure is type other; "bandits" after it is a scare quote')
c('872','aircraft',70,'more than','military transport aircraft in the airlift',RDM,'more than 70 aircraft of the military transport aviation',note='Channel One citing the ministry')
c('872','killed',164,None,'dead (figure later withdrawn)','Kazakh health ministry','reported 164 dead on Sunday')
e('872','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'the day the first Russian paratroopers landed',note='"on Thursday" from Wednesday 12 Jan → 6 Jan')
e('872','2022-01-09','statement',None,['Dmitry Kiselyov'],"On Sunday's Vesti Nedeli")
e('872','2022-01-10','statement','Almaty',['Rossiya 1'],'he told viewers on Monday')
e('872','2022-01-08','statement',None,['Channel One',RDM],'Its anchor said on January 8')
e('872','2022-01-09','casualty_report',None,['Kazakh health ministry'],'When the Kazakh health ministry reported')
e('872',None,'other',None,['Detector Media'],'We will publish the full monitoring data next week.',note='"next week" is not a day')

# ---------------- 873 Euroradio (Belarus) item (07.01.2022, a Friday)
art('873',0,4,8,'Euroradio','2022-01-07',[],None,
    ['Euroradio','euroradio.fm | Belarus | World | Opinions | Podcasts','07.01.2022 / 18:12','Photo: Ministry of Defence of Belarus',
     'POLL','Should Belarusian soldiers be sent abroad?','No — 81%','Yes — 11%','Hard to say — 8%','Votes: 2,437',
     'Read also: Kazakhstan: internet restored in Almaty for a few hours','Subscribe to Euroradio on Telegram and Viber'])
q('873','strategic objects','Alexander Lukashenko','Lukashenko',None,partial=True,zone='headline',note='two-word partial in a "Name: …" headline (colon attribution, no verb)')
q('873','Our guys are going there to guard strategic objects, airfields and infrastructure. They will not shoot at anyone unless someone shoots at them,','Alexander Lukashenko','the Belarusian ruler','said',note='title-only attribution after the quote')
q('873','instantly, as an ally should','Alexander Lukashenko','He','added',partial=True,note='a name (Tokayev) right before the quote: nearest-name trap')
q('873','fully equipped and self-sufficient','Viktor Khrenin','Defence Minister Viktor Khrenin','said',partial=True)
q('873','He told me on Wednesday that they were on alert, and on Thursday he wrote one word: flying,',None,'she','said',note='anonymous mother of a soldier (introduced in the sentence before)')
q('873','He signed a contract to serve in Belarus, not somewhere in Asia.',None,'she','said',note='continuation after "she said, asking that her name not be published."')
q('873','For Lukashenko this is a chance to show the Kremlin that he is a useful ally. The number of soldiers is symbolic, the gesture is not,','Artyom Shraibman','he','told',note='he = Shraibman, named in the sentence before; "Lukashenko" inside the quote')
c('873','aircraft',3,None,'Belarusian Il-76 aircraft carrying the group',BYMOD,'three Il-76 aircraft',note='"According to the Telegram channel of the ministry"; written-out number; "up to a company" has no integer')
c('873','troops_deployed',2500,'about','CSTO troops to be deployed',CSTO,'about 2,500 troops will be deployed')
e('873','2022-01-07','statement','Minsk',['Alexander Lukashenko'],'Alexander Lukashenko said on Friday')
e('873','2022-01-06','troop_deployment','Almaty',[BYMOD],'flew to Almaty',note='"a day after" Friday 7 Jan → Thursday 6 Jan')
e('873','2022-01-06','statement',None,[BYMOD],'The Ministry of Defence said on Thursday evening')
e('873',None,'statement',None,['Viktor Khrenin'],'Defence Minister Viktor Khrenin said',note='undated')

# ---------------- 874 Idel.Realii (RFE/RL) piece translated from Russian (January 13, 2022, a Thursday)
art('874',0,5,9,'Idel.Realii','2022-01-13',[],None,
    ['Idel.Realii','Radio Liberty · Volga region','Translated from Russian','January 13, 2022 16:40',
     'Idel.Realii is a project of the Tatar-Bashkir service of Radio Liberty.','Subscribe to Idel.Realii on Telegram','Copyright (c) 2022 RFE/RL, Inc. All rights reserved.'])
q('874','We only learned from TV','Natalya','Natalya',None,zone='headline',note='headline paraphrase of her body quote ("The rest we learned from the television")')
q('874','My husband called on the sixth at five in the morning. He said: we are taking off, do not worry, and do not call,','Natalya','Natalya','said',note='inverted cue "said Natalya, whose husband…"; first name only; "the sixth" inside the quote')
q('874','The rest we learned from the television, like everyone else.','Natalya','Natalya','said',note='continuation after an intervening reporter sentence ("She asked that her surname not be used.") in the same paragraph')
q('874','The main tasks have been completed. The contingent is returning to the places of permanent deployment,','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',note='inverted cue with rank and role')
q('874','as heroes','Alexei Russkikh','Ulyanovsk governor Alexei Russkikh','promised',partial=True)
q('874','First Syria, now Kazakhstan. Nobody asked the people of Ulyanovsk about it,','Maxim Zhukov','he','wrote',note='a VKontakte post; invented activist')
c('874','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces were killed')
c('874','detained',9900,'more than','people detained',None,'More than 9,900 people have been detained',note='separate sentence without attribution (the Interior Ministry is named in the clause before)')
e('874','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of the CSTO contingent from Kazakhstan began on Thursday')
e('874','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'among the first to fly to Kazakhstan on January 6')
e('874','2022-01-13','withdrawal',None,[RDM],'due to return to their home airfields on Thursday evening',note='return flights, future at publication time')
e('874','2022-01-13','other','Almaty',['Andrei Serdyukov'],'at a ceremony at the airport of Almaty on Thursday')
e('874','2022-01-12','statement','Ulyanovsk',['Alexei Russkikh'],'promised on Wednesday')
e('874','2022-01-19','withdrawal','Kazakhstan',['Russia','Kremlin'],'will leave Kazakhstan by January 19',note='deadline "by January 19"')

# ---------------- 875 iStories data investigation (12 January 2022, a Wednesday)
art('875',0,4,9,'iStories','2022-01-12',['Roman Lavrenov','Alisa Karimova'],None,
    ['iStories','Important Stories · Investigations · Data · Podcast','Text: Roman Lavrenov, Alisa Karimova','Data: Gleb Sorokin',
     '12 January 2022 · Reading time: 6 min','Support independent journalism: iStories is blocked in Russia. Use a VPN.','Share'])
q('875','The speed is the real message here. Forty hours from the request to a full airborne battalion on the ground. Nobody in the region had seen anything like it,','Pavel Luzin','military expert Pavel Luzin','told',note='inverted cue; a written-out duration inside the quote')
q('875','more than 70 aircraft',RDM,'The Russian Defence Ministry','said',partial=True,note='a figure inside a partial quote (also a claim)')
q('875','for years',None,'Sources in the ministry','said',partial=True,note='anonymous sources; two-word partial with a speech verb (kept, like "very closely" in devset19)')
q('875','These are questions for the Defence Ministry,','Dmitry Peskov','the Kremlin spokesman','said',note='surname-only first mention "Peskov", then the title in the cue')
c('875','aircraft',24,'at least','Il-76 and An-124 aircraft that flew to Kazakhstan',None,'24 Il-76 and An-124 aircraft',note="iStories' own count")
c('875','troops_deployed',1500,'between','Russian servicemen delivered in the first two days',None,'between 1,500 and 2,000 Russian servicemen',vmax=2000,note="iStories' estimate; range")
c('875','troops_deployed',2030,None,'whole CSTO contingent',CSTO,'numbers 2,030 troops')
c('875','aircraft',70,'more than','aircraft taking part in the operation',RDM,'more than 70 aircraft')
e('875','2022-01-05','troop_deployment','Kazakhstan',['Russia'],'between the night of 5 January and the morning of 8 January',note='airlift period; the range rule gives the first day')
e('875','2022-01-06','statement',None,[RDM],'The Russian Defence Ministry said on 6 January')
e('875','2022-01-11','statement',None,['Dmitry Peskov'],'asked about the numbers on Tuesday',note='Tuesday before Wednesday 12 Jan')

# ---------------- 876 Suspilne news feed page (13 January 2022, a Thursday): three items = three articles
SB=['Suspilne News','Public Broadcaster of Ukraine | English','Home / News feed / 13 January 2022']
art('876',0,6,7,'Suspilne','2022-01-13',[],None,SB+['18:42'],ls=5,le=9)
art('876',1,12,13,'Suspilne','2022-01-13',[],None,SB+['16:10'],ls=11,le=15)
art('876',2,18,19,'Suspilne','2022-01-13',[],None,SB+['12:05','Share: Facebook | Telegram | Twitter','Follow Suspilne on Telegram','© 2022 Suspilne. All rights reserved.'],ls=17,le=22)
q('876','the only place where Ukraine sits at the same table with Russia this week','Yevhenii Tsymbaliuk','Ambassador Yevhenii Tsymbaliuk','said',art=0,partial=True)
q('876','We came to Vienna to listen, but also to remind everyone that the war in Donbas is still going on,','Yevhenii Tsymbaliuk','Tsymbaliuk','told',art=0)
q('876','higher today than at any moment in three decades','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warned',art=0,partial=True,note='"warned that the danger … was “…”"; "three decades" is not a claim')
q('876','Moscow got what it wanted: Tokayev now owes everything to the Kremlin,','Mykhailo Zhyrokhov','he','said',art=1,note='he = Zhyrokhov, named earlier in the same paragraph')
q('876','Ukraine and the EU see the situation in the same way,','Volodymyr Zelensky','Zelensky','wrote',art=2,note='a tweet')
c('876','troops_deployed',127000,'about','Russian servicemen near the Ukrainian border',UAMOD,'about 127,000 Russian servicemen',art=2)
e('876','2022-01-13','talks','Vienna',['OSCE','Ukraine'],"Ukraine's delegation to the OSCE Permanent Council said on Thursday",art=0)
e('876',None,'statement',None,['Zbigniew Rau'],'who chairs the OSCE this year, warned',art=0,note='no day in the sentence (same session, 13 Jan)')
e('876','2022-01-13','withdrawal','Kazakhstan',[CSTO,RDM],'The CSTO contingent started leaving Kazakhstan on Thursday',art=1)
e('876','2022-01-13','other','Almaty',['Sultan Kamaletdinov'],'A ceremony marking the end of the mission was held in Almaty in the morning',art=1,note='"in the morning" of the item day (Thursday)')
e('876','2022-01-13','statement',None,['Volodymyr Zelensky'],'President Volodymyr Zelensky said on Thursday',art=2)
e('876','2022-01-12','talks',None,['Volodymyr Zelensky','Charles Michel'],'Charles Michel, the day before',art=2,note='phone call "the day before" Thursday 13 Jan')
e('876',None,'statement',None,[UAMOD],'Earlier, the Ministry of Defence of Ukraine said',art=2,note='"Earlier", no date')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',[],["Tokayev's"]),
 sp('Pavel Gritsenko','person',['Pavel Gritsenko','Gritsenko'],['duty lawyer'],'Russia',note='invented'),
 sp('Artyom Belov','person',['Artyom Belov','Belov'],['student'],'Russia',note='invented'),
 sp('Zhanar Omarova','person',['Zhanar Omarova'],['a lawyer with the Almaty-based group Kadam'],'Kazakhstan',['She'],note='invented (the group Kadam is invented too)'),
 sp('Yerlan','person',['Yerlan'],['a taxi driver'],'Kazakhstan',note='invented; first name only'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','the commander of the CSTO peacekeeping forces'],'Russia',['the general']),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',['the Kremlin spokesman']),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba'],['Foreign Minister'],'Ukraine'),
 sp('Oleksandr Kovalenko','person',['Oleksandr Kovalenko'],['military analyst'],'Ukraine',['He'],note='words invented'),
 sp('Volodymyr Fesenko','person',['Volodymyr Fesenko'],['head of the Penta centre'],'Ukraine',['he'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['The Russian diplomat'],note='canonical spelling from earlier sets; "Sergei" in this set'),
 sp('Dmitry Kiselyov','person',['Dmitry Kiselyov'],['host'],'Russia',note='words invented'),
 sp('Anastasia Lysenko','person',['Anastasia Lysenko','Lysenko'],['who led the monitoring'],'Ukraine',note='invented'),
 sp('Otar Dovzhenko','person',['Otar Dovzhenko'],['Media expert'],'Ukraine',['him'],note='words invented'),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko','Lukashenko'],[],'Belarus',['the Belarusian ruler','He']),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defence Minister'],'Belarus'),
 sp('Artyom Shraibman','person',['Artyom Shraibman'],['Political analyst'],'Belarus',['he'],note='words invented'),
 sp('Natalya','person',['Natalya'],[],'Russia',['She'],note='invented; first name only'),
 sp('Alexei Russkikh','person',['Alexei Russkikh'],['Ulyanovsk governor'],'Russia',note='words invented'),
 sp('Maxim Zhukov','person',['Maxim Zhukov'],['A local activist'],'Russia',['he'],note='invented'),
 sp('Pavel Luzin','person',['Pavel Luzin','Luzin'],['military expert'],'Russia',note='words invented'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',[],[],note='quoted (partial) in 875'),
 sp('Yevhenii Tsymbaliuk','person',['Yevhenii Tsymbaliuk','Tsymbaliuk'],['Ambassador'],'Ukraine',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words paraphrased'),
 sp('Mykhailo Zhyrokhov','person',['Mykhailo Zhyrokhov','Zhyrokhov'],['Ukrainian military expert'],'Ukraine',['he'],note='words invented'),
 sp('Volodymyr Zelensky','person',['Volodymyr Zelensky','Zelensky'],['President'],'Ukraine',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance'],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(MIA,'organisation',['Interior Ministry','Kazakh Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],[],quoted=False,note='mentioned in 870 and 872; his "colour revolutions" is an excluded label'),
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
