#!/usr/bin/env python3
"""Source of the devset45 annotation: the hand-chosen spans, values and dates for 453-460.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset45/annotation_source.py && python3 tests/devset45/verify.py
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
MOH='Kazakh Ministry of Health'; BYMOD='Belarusian Defence Ministry'; RUMFA='Russian Foreign Ministry'

# ---------------- 453 Lenta.ru item in machine translation (11 January 2022, a Tuesday)
art('453',0,3,ln('453','The President of Kazakhstan Kassym-Jomart'),'Lenta.ru','2022-01-11',[],None,
    ['LENTA.RU','Former USSR','11:47, 11 January 2022','Share','Vk Ok Telegram','Photo: Press service of the President of Kazakhstan / TASS',
     'Read also','In Almaty the work of the airport was resumed','Subscribe to Lenta.ru in Telegram','© 1999-2022 Lenta.ru. All rights reserved.'])
q('453','The withdrawal of the contingent will begin in two days and will take not more than ten days,',TOK,'the head of state','said',note='«guillemets»; comma inside the closing mark')
q('453','Almaty was attacked by 20 thousand bandits,',TOK,'the president','stressed')
q('453','We showed that we will not allow to shake the situation at home,','Vladimir Putin','he','said',note='he = Putin, named in the sentence before')
c('453','other',20000,None,'bandits who attacked Almaty',TOK,'Almaty was attacked by 20 thousand bandits',note='inside a quote; "20 thousand" (MT form) → 20000')
c('453','troops_deployed',2000,'more than','servicemen in the CSTO contingent','Andrei Serdyukov','more than 2 thousand servicemen',note='"2 thousand" (MT form)')
c('453','other',250,None,'units of military equipment in the contingent','Andrei Serdyukov','250 units of military technique')
c('453','other',100,'more than','flights of the Aerospace Forces for the transfer',RDM,'performed for the transfer more than 100 flights',note='flights, not aircraft, so typed other')
c('453','detained',9900,None,'people detained in total',MIA,'in total 9,900 people were detained')
c('453','killed',164,'about','dead reported by the Ministry of Health (later removed)',MOH,'reported about 164 dead')
e('453','2022-01-11','statement',None,[TOK],'He stated this on Tuesday, January 11',note='speech to the Mazhilis')
e('453','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of the contingent will begin in two days',note='inside the quote; "in two days" from 11 Jan')
e('453','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'The day before, on Monday, the leaders of the CSTO countries held',note='"The day before, on Monday" = 10 Jan')
e('453',None,'statement',None,['Andrei Serdyukov'],'reported earlier that in the composition of the contingent',note='"earlier", undated')
e('453',None,'casualty_report',None,[MOH],'The Ministry of Health earlier reported',note='undated ("earlier")')
e('453',None,'appointment',None,[TOK,'Alikhan Smailov'],'Earlier Tokayev appointed Alikhan Smailov',note='undated (real: 11 Jan)')

# ---------------- 454 RBC business piece in translation (10 Jan 2022, a Monday)
art('454',0,3,ln('454','Banks in Kazakhstan resumed work on Monday'),'RBC','2022-01-10',['Olga Vetrova'],None,
    ['RBC','Finance','10 Jan 2022, 14:05','Olga Vetrova','Translated from Russian by RBC International','Photo: Valery Sharifulin / TASS',
     'Subscribe to RBC Telegram channel','Read RBC in Zen','Information is not investment advice'])
q('454','The banking system functions in the normal regime, the liquidity is sufficient,','Yerbolat Dossayev','the chairman of the National Bank Yerbolat Dossayev','said',note='title + full name after the quote')
q('454','not significant','Yerbolat Dossayev','He','added',partial=True,note='two-word evaluative partial with a speech verb')
q('454','Investors price in the political risk, but the fundamental picture of the companies has not changed,','Marat Ibrayev','Ibrayev','said',note='inverted cue "said Ibrayev to RBC"')
q('454','upon the completion of the mission',TOK,'Tokayev','told',partial=True,note='"Tokayev on Monday told the leaders of the CSTO that …"')
q('454','We lost approximately 13% of the world hash rate together with the others, it is a blow for the whole industry,',None,'the businessman','said',note='anonymous bitcoin-farm owner; percentage inside the quote is not a claim')
c('454','detained',7939,None,'people detained across the country',TOK,'detained 7,939 people in the whole country',note='"the presidential press service later repeated this figure" - one record')
e('454','2022-01-10','other',None,['National Bank of Kazakhstan'],'Banks in Kazakhstan resumed work on Monday')
e('454','2022-01-05','other','Kazakhstan',[],'the internet was switched off in the country from January 5',note='internet shutdown, 5-10 Jan (range → first day)')
e('454','2022-01-10','talks',None,[TOK,CSTO],'Tokayev on Monday told the leaders of the CSTO')
e('454','2022-01-06','other','Moscow',['Moscow Exchange'],'on January 6, the Moscow Exchange suspended trading')
e('454',None,'statement',None,['Yerbolat Dossayev'],'said at the briefing',note='undated briefing')

# ---------------- 455 Fontanka (St Petersburg) item (13 January 2022, a Thursday)
art('455',0,7,9,'Fontanka','2022-01-13',['Denis Kolosov'],None,
    ['ФОНТАНКА.ру | FONTANKA','St Petersburg news / Society','13 January 2022, 21:40','Author: Denis Kolosov','👁 48 211    💬 312',
     'Photo: Fontanka.ru','Share: VK | OK | Telegram','Reprinting is allowed only with an active link to fontanka.ru'])
q('455','Mum, we are flying home','Nikita','Nikita',None,zone='headline',note='headline quote followed by a colon; the words are the soldier\'s text message (see body)')
q('455','The tasks have been fulfilled in full,','Andrei Serdyukov','the general','said',note='"the general said, according to the ministry"')
q('455','Mum, we are flying home,','Nikita','Nikita',None,note='read aloud by his mother from a text message; the author of the words is the son, named only in the next sentence; "read aloud" is the mother\'s act, so cue null')
q('455','For a week we did not sleep, we watched the news from Almaty every hour,','Irina','she','said',note='she = Irina, named in the paragraph before (first name only)')
q('455','proud of its guys','Mikhail Vedernikov','Pskov governor Mikhail Vedernikov','wrote',partial=True)
q('455','All who flew there are contract soldiers, that is written in the law,','Alexei Shirokov','Shirokov','said',note='inverted cue')
c('455','other',40,'about','flights to bring the troops home',RDM,'about 40 flights')
c('455','troops_deployed',3000,'about','Russian servicemen sent to Kazakhstan','TASS','about 3,000 servicemen',note='TASS citing a source; the ministry did not confirm')
c('455','detained',12000,None,'people detained in Kazakhstan',MIA,'the number of detained had grown to 12,000')
e('455','2022-01-13','withdrawal','Kazakhstan',[CSTO,RDM],'On Thursday, January 13, the peacekeepers of the CSTO began to leave')
e('455','2022-01-13','withdrawal','Pskov region',['76th Guards Air Assault Division'],'landed in Pskov region on Thursday evening')
e('455',None,'other','Almaty',['Andrei Serdyukov'],'The official ceremony took place in Almaty',note='no day word in the sentence; the context gives 13 Jan')
e('455','2022-01-12','other',None,['Nikita'],'sent the day before',note='text message; "the day before" = 12 Jan')
e('455','2022-01-12','statement',None,['Mikhail Vedernikov'],'Earlier, on Wednesday, he said')
e('455','2022-01-13','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Thursday")

# ---------------- 456 Meduza "The Beet" newsletter (January 12, 2022, a Wednesday)
art('456',0,ln('456','Bloody January'),ln('456','What we know about the crackdown'),'Meduza','2022-01-12',['Aigerim Sultanova'],None,
    ['THE BEET','A Meduza newsletter about Central Asia, the Caucasus and Eastern Europe','View in browser','Issue #47 · January 12, 2022',
     'By Aigerim Sultanova','That\'s it for this week. If you\'ve enjoyed this issue, forward it to a friend.','Subscribe to The Beet | Support Meduza',
     'Meduza · Riga, Latvia','Unsubscribe'],
    sections=[ln('456','▪ The numbers'),ln('456','▪ The troops'),ln('456','▪ The talks'),ln('456','▪ What to read')])
q('456','Nobody gives us a list. We go from one police station to another,','Gulnara','Gulnara','wrote',note='written message; first name only')
q('456','The mission is fulfilled,',TOK,'he','said',note='he = Tokayev ("President Tokayev" in the sentence before)')
q('456','a break with Nazarbayev in everything but name','Dosym Satpayev','Political scientist Dosym Satpayev','calls',partial=True)
q('456','needed the CSTO not against the protesters but as an insurance against his own elites,','Dosym Satpayev','Satpayev','argued',partial=True,note='embedded after the subject "Tokayev"; the speaker is Satpayev (subject-of-quote trap)')
q('456','difficult, long, very professional','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','described',partial=True)
c('456','killed',164,None,'people killed (official, partly walked back)',MOH,'Officially, 164 people were killed')
c('456','detained',7939,None,'people detained across the country','Kazakh authorities','7,939 people were detained')
c('456','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',CSTO,'sent 2,030 troops to Kazakhstan')
e('456','2022-01-09','casualty_report',None,[MOH],'a figure the Health Ministry published on Sunday',note='Sunday before Wed 12 Jan')
e('456','2022-01-06','arrest','Almaty',[],'disappeared in Almaty on January 6',note='disappearance of a relative')
e('456','2022-01-11','statement',None,[TOK],'On Tuesday, President Tokayev told parliament')
e('456','2022-01-13','withdrawal','Kazakhstan',[CSTO],'they would start leaving in two days',note='"in two days" from Tue 11 Jan')
e('456',None,'statement',None,['Dosym Satpayev'],'argued in a post on Facebook')
e('456','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'met on Monday for almost eight hours')

# ---------------- 457 Euromaidan Press analysis (2022/01/13, a Thursday)
art('457',0,ln('457','The Kazakhstan rehearsal'),ln('457','Moscow sent paratroopers to Almaty'),'Euromaidan Press','2022-01-13',['Taras Hnatyuk'],None,
    ['EUROMAIDAN PRESS','News and views from Ukraine','Analysis & Opinion | Russia | Security','2022/01/13 - 13:20 • 6 Min Read','Article by: Taras Hnatyuk',
     'Share:  Facebook  Twitter  Telegram','Read also: Danilov: Russia keeps 100,000 troops near Ukraine','Tags: CSTO, Kazakhstan, NATO, Russia, Geneva talks',
     'Euromaidan Press is an independent online newspaper. Support us on Patreon!'])
q('457','The Kremlin demonstrated that it can move an airborne division across a continent faster than the West can convene a meeting,','Oleksiy Danilov','Oleksiy Danilov','told',note='inverted cue: name + apposition after the quote')
q('457','expansion to the east','Alexander Grushko',"Russia's Deputy Foreign Minister Alexander Grushko",'insisted',partial=True)
q('457','there are significant differences between NATO allies and Russia','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','answered',partial=True)
q('457','will not be easy to bridge.','Jens Stoltenberg','the Secretary General','said',partial=True,note='inverted "said the Secretary General" (title only); "." inside the mark')
q('457','In Kazakhstan Moscow tested logistics, in Geneva it tested Western nerves,','Mykola Bielieskov','Bielieskov','said')
q('457','20,000 bandits',TOK,'Tokayev','called',partial=True,note='two-word phrase with a number, attributed with "called"; borderline with a scare quote')
q('457','A request for help can be manufactured in one night.','Mykola Bielieskov','Bielieskov','argues',note='inverted "argues Bielieskov" before a colon')
c('457','troops_deployed',2030,None,'soldiers in the CSTO contingent',CSTO,'that the CSTO put at 2,030 soldiers')
c('457','troops_deployed',100000,'about','Russian troops at Ukraine\'s borders','Oleksiy Danilov','around 100,000 Russian troops')
c('457','aircraft',70,'more than','aircraft used for the airlift','Mykola Bielieskov','over 70 aircraft')
c('457','other',20000,None,'"bandits" in the unrest',TOK,'an attack by "20,000 bandits"')
c('457','detained',9900,None,'detainees','Kazakh authorities','put the number of detainees at 9,900')
c('457','troops_deployed',100000,None,'Russian troops near Ukraine (teaser)','Oleksiy Danilov','Russia keeps 100,000 troops near Ukraine',zone='related')
e('457','2022-01-06','troop_deployment','Almaty',['Russia'],'on 6 January, the first Russian Il-76 transports landed')
e('457','2022-01-10','talks','Geneva',['Russia','United States'],'the delegations gathered in Geneva on Monday')
e('457','2022-01-13','talks','Vienna',['OSCE'],'Today in Vienna the OSCE Permanent Council meets')
e('457','2022-01-11','statement',None,['Oleksiy Danilov'],'told Euromaidan Press on Tuesday')
e('457','2022-01-12','talks',None,['NATO','Russia','Alexander Grushko','Jens Stoltenberg'],'At the NATO-Russia Council yesterday')
e('457','2022-01-07','statement',None,[TOK],'gave his security forces a shoot-to-kill order last Friday',note='"last Friday" from Thu 13 Jan')
e('457','2022-01-12','casualty_report',None,['Kazakh authorities'],'On Wednesday the Kazakh authorities put the number')

# ---------------- 458 Ukrainska Pravda "Ukraine's news in brief" (12 January 2022, a Wednesday)
art('458',0,ln('458',"Ukraine's news in brief: Wednesday"),ln('458','The NATO–Russia Council met in Brussels today'),'Ukrainska Pravda','2022-01-12',['Olena Rudnytska'],None,
    ['Ukrainska Pravda','UKR | RUS | ENG','News | Politics | War | Economy | Columns','Ukrainska Pravda English edition — 12 January 2022, 20:15','Compiled by Olena Rudnytska',
     'Read also:','Russia sends 100,000 troops to borders, says intelligence','Follow UP on Telegram','© 2000-2022 Ukrainska Pravda. Use of materials is allowed only with a hyperlink.'],
    sections=[ln('458','NATO–Russia Council ends without breakthrough'),ln('458','Zelensky: Kazakhstan is a lesson'),ln('458','Russian troops still in Kazakhstan'),
              ln('458','Donbas: ceasefire violations'),ln('458','Economy: gas price')])
q('458','will not compromise on core principles','Mircea Geoană','Deputy Secretary General Mircea Geoană','said',partial=True)
q('458','a test of unity that the Allies passed','Dmytro Kuleba',"Ukraine's Foreign Minister Dmytro Kuleba",'called',partial=True)
q('458','Not a single decision about Ukraine will be taken behind our back,','Dmytro Kuleba','Kuleba','wrote')
q('458','how quickly a country can lose its independence when it invites foreign troops','Volodymyr Zelensky','President Volodymyr Zelensky','told',partial=True)
q('458','over 3,000 personnel','Igor Konashenkov','Konashenkov','said',partial=True,note='number inside a partial quote')
q('458','enough gas to pass the winter','Yurii Vitrenko','Naftogaz head Yurii Vitrenko','said',partial=True)
c('458','detained',9900,None,'people detained',MIA,'reported on Wednesday that 9,900 people had been detained')
c('458','injured',4,None,'police officers hospitalised in Taraz',None,'4 police officers were said to have been hospitalised',note='passive "were said", no source')
c('458','troops_deployed',3000,'more than','Russian personnel in Kazakhstan','Igor Konashenkov','over 3,000 personnel')
c('458','troops_deployed',100000,None,'Russian troops sent to the borders (teaser)','intelligence','Russia sends 100,000 troops to borders',zone='related')
e('458','2022-01-12','talks','Brussels',['NATO','Russia','Mircea Geoană'],'The NATO–Russia Council met in Brussels today')
e('458',None,'statement',None,['Dmytro Kuleba'],'Kuleba wrote on Facebook',note='undated')
e('458',None,'statement','Kyiv',['Volodymyr Zelensky'],'told journalists in Kyiv',note='undated')
e('458','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving Kazakhstan on Thursday')
e('458','2022-01-12','casualty_report',None,[MIA],'Interior Ministry reported on Wednesday')
e('458','2022-01-11','casualty_report','Taraz',[],'a day earlier, 4 police officers',note='"a day earlier" than Wednesday')
e('458',None,'other',None,['Joint Forces Operation'],'violated the ceasefire three times in the past day',note='"in the past day" - no day resolved')

# ---------------- 459 Belsat (Warsaw-based Belarusian TV) English item (10.01.2022, a Monday)
art('459',0,ln('459','Lukashenka: Belarusian troops'),ln('459','Belarusian paratroopers sent to Kazakhstan'),'Belsat','2022-01-10',[],None,
    ['belsat.eu','BELSAT TV — independent Belarusian television','EN | BE | RU','News › Belarus','10.01.2022 18:52','Belsat','Updated: 10.01.2022 20:30',
     'Photo: Presidential press service / pool.by','Share: Facebook Twitter Telegram VK','Belsat TV is a project of Polish Television (TVP)'])
q('459','without delay','Alexander Lukashenko','Lukashenka',None,partial=True,zone='headline',note='headline "NAME: … “…”" with a colon, no verb')
q('459','We will not stay there a day longer than necessary,','Alexander Lukashenko','Lukashenka','told')
q('459','not a paper organisation','Alexander Lukashenko','the Belarusian ruler','According to',partial=True)
q('459','Our unit is guarding the airport together with the Russian colleagues,',BYMOD,'the ministry','stated',note='Telegram-channel statement')
q('459','For Lukashenka this is a demonstration of loyalty to Moscow, a down payment before the joint exercise in February,','Aliaksandr Alesin','Alesin','said',note='another name (Lukashenka) opens the quote')
q('459','The vocabulary is identical,','Valiantsin Stefanovich',"Viasna's Valiantsin Stefanovich",'noted')
c('459','troops_deployed',150,'about','Belarusian servicemen in Kazakhstan','unofficial sources','about 150 servicemen',note='Minsk did not confirm')
c('459','detained',7939,None,'people detained',MIA,'7,939 people have been detained')
c('459','killed',18,None,'security officers killed','Kazakh officials','18 security officers had been killed')
e('459','2022-01-10','talks',None,[CSTO,'Alexander Lukashenko'],'during the video summit of the organisation on Monday')
e('459','2022-01-07','troop_deployment','Kazakhstan',[BYMOD],'On Friday the Belarusian Defence Ministry reported',note='Friday before Mon 10 Jan')
e('459',None,'casualty_report',None,['Kazakh officials'],'Last week Kazakh officials said',note='"Last week" is not a day')
e('459','2022-01-06','talks',None,['Alexander Lukashenko',TOK],'On Thursday, Lukashenka had a phone call with Tokayev',note='Thursday before Mon 10 Jan')

# ---------------- 460 Rossiyskaya Gazeta piece in translation (13.01.2022, a Thursday)
art('460',0,ln('460','Serdyukov: the peacekeepers fulfilled'),ln('460','The commander of the CSTO collective'),'Rossiyskaya Gazeta','2022-01-13',['Pavel Lebedinsky'],None,
    ['Rossiyskaya Gazeta','RG.RU','Federal issue No. 4(8652)','Text: Pavel Lebedinsky','13.01.2022 19:25','Section: Army','Comments (0)',
     'Subscribe: Dzen | Telegram | VK','RG.RU © 1998-2022 Russian Government Newspaper'])
q('460','The peacekeeping contingent has accomplished all the tasks set before it. Not a single serviceman of the contingent used weapons,','Andrei Serdyukov','Serdyukov','said')
q('460','You came to us in a difficult hour,',TOK,'the President','said')
q('460','in strict accordance with the CSTO charter',RUMFA,'the Ministry of Foreign Affairs','pointed out',partial=True)
q('460','Some Western colleagues tried to present a legitimate request as an occupation. This is nonsense.','Maria Zakharova','Spokeswoman Maria Zakharova','said',note='cue before a colon: "said at the briefing:"')
c('460','troops_deployed',2030,None,'servicemen in the contingent',None,'numbered 2,030 servicemen',note='"recall" - no source')
c('460','other',250,'more than','units of military and special equipment',None,'more than 250 units of military and special equipment')
c('460','detained',12000,None,'people detained over the riots',"Kazakh Prosecutor General's Office",'12,000 people were detained')
e('460','2022-01-13','other','Almaty',['Andrei Serdyukov',TOK],'reported on Thursday at the ceremony in Almaty')
e('460','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the troops started today')
e('460','2022-01-11','statement',None,[TOK],'two days after the Kazakh leader announced it in parliament',note='"two days after" counted back from today (13 Jan)')
e('460','2022-01-19','withdrawal',None,[RDM],'will be completed by January 19')
e('460',None,'statement',None,['Maria Zakharova'],'Spokeswoman Maria Zakharova said at the briefing',note='undated')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['The President of Kazakhstan','Kazakh President','President'],'Kazakhstan',['the head of state','the president','he','the President','the Kazakh leader']),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',['he'],note='words invented'),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev','Dossayev'],['the chairman of the National Bank'],'Kazakhstan',['He'],note='words invented'),
 sp('Marat Ibrayev','person',['Marat Ibrayev','Ibrayev'],['The head of the analytical department of the broker Freedom Finance'],'Kazakhstan',note='invented'),
 sp('Nikita','person',['Nikita'],[],'Russia',['her son'],note='invented; 20-year-old paratrooper, first name only'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Andrey Serdyukov','Serdyukov'],['Colonel-General','The commander of the collective forces','The commander of the CSTO collective peacekeeping forces'],'Russia',['the general'],note='words invented'),
 sp('Irina','person',['Irina'],[],'Russia',['she'],note='invented; first name only'),
 sp('Mikhail Vedernikov','person',['Mikhail Vedernikov'],['Pskov governor'],'Russia',['he'],note='words invented'),
 sp('Alexei Shirokov','person',['Alexei Shirokov','Shirokov'],['The local lawyer'],'Russia',note='invented'),
 sp('Gulnara','person',['Gulnara'],[],'Kazakhstan',note='invented; first name only'),
 sp('Dosym Satpayev','person',['Dosym Satpayev','Satpayev'],['Political scientist'],'Kazakhstan',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister'],'Russia',note='canonical from earlier sets; words invented'),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov','Danilov'],["the secretary of Ukraine's National Security and Defense Council"],'Ukraine',['He'],note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],["Russia's Deputy Foreign Minister"],'Russia',note='words paraphrased'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway',['the Secretary General'],note='words paraphrased'),
 sp('Mykola Bielieskov','person',['Mykola Bielieskov','Bielieskov'],['Defense analyst'],'Ukraine',['He'],note='words invented'),
 sp('Mircea Geoană','person',['Mircea Geoană'],['Deputy Secretary General'],'Romania',note='words invented'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],["Ukraine's Foreign Minister"],'Ukraine',note='words invented'),
 sp('Volodymyr Zelensky','person',['Volodymyr Zelensky','Zelensky'],['President'],'Ukraine',['He'],note='words invented'),
 sp('Igor Konashenkov','person',['Igor Konashenkov','Konashenkov'],['Russian Defence Ministry spokesman'],'Russia',note='words invented'),
 sp('Yurii Vitrenko','person',['Yurii Vitrenko'],['Naftogaz head'],'Ukraine',note='words invented'),
 sp('Alexander Lukashenko','person',['Alyaksandr Lukashenka','Lukashenka'],[],'Belarus',['the Belarusian ruler'],note='Belarusian spelling in 459; canonical from earlier sets; words invented'),
 sp(BYMOD,'organisation',['Belarusian Defence Ministry'],[],'Belarus',['the ministry']),
 sp('Aliaksandr Alesin','person',['Aliaksandr Alesin','Alesin'],['the military expert'],'Belarus',note='words invented'),
 sp('Valiantsin Stefanovich','person',['Valiantsin Stefanovich'],[],'Belarus',[],["Viasna's Valiantsin Stefanovich"],note='words invented'),
 sp(RUMFA,'organisation',['Ministry of Foreign Affairs'],[],'Russia',['the Ministry of Foreign Affairs']),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Spokeswoman'],'Russia',note='words invented'),
 sp(MIA,'organisation',['Ministry of Internal Affairs of Kazakhstan','Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(MOH,'organisation',['Ministry of Health','Health Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the 164 figure in 2 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','the organisation'],[],quoted=False,note='source of figures; not quoted'),
 sp(RDM,'organisation',['Russian Ministry of Defense','Russian Ministry of Defence','Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='not quoted'),
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
