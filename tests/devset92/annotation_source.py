#!/usr/bin/env python3
"""Source of the devset92 annotation: the hand-chosen spans, values and dates for 829-836.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset92/annotation_source.py && python3 tests/devset92/verify.py
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

# ---------------- 829 Daryo.uz item (08 January 2022, a Saturday)
art('829',0,5,11,'Daryo','2022-01-08',['Sardor Kamilov'],'Tashkent, Uzbekistan',
    ['DARYO','Uzbekistan  |  World  |  Business  |  Sport','EN | УЗ | РУ','08 January 2022, 16:40   |   World   |   👁 8 214','Author: Sardor Kamilov',
     '📌 Read also: Mirziyoyev and Tokayev discuss situation by phone','Tags: #Kazakhstan #CSTO #railway #Norov','Subscribe to Daryo on Telegram | Instagram | Facebook'])
q('829','We have 312 wagons waiting on our side, most of them with fruit and vegetables that will not survive a long delay,','Akmal Tursunov','Uzbekistan Railways spokesman Akmal Tursunov','told',note='inverted "…," NAME told Daryo; a count (312 wagons) inside the quote, not a claim')
q('829','as soon as our Kazakh colleagues give the signal','Akmal Tursunov','He','said',partial=True,note='closing mark before the full stop')
q('829','Those who do not give themselves up will be eliminated,',TOK,'the Kazakh leader','said',note='title-only mention; Tokayev named in the sentence before')
q('829','under full control','Andrei Serdyukov','Colonel General Andrei Serdyukov','was quoted',partial=True,note='"was quoted by the Russian Defence Ministry as saying that …"; the ministry is the nearest organisation but the speaker is Serdyukov')
q('829','Our position is unchanged: we do not take part in military blocs,','Vladimir Norov','Norov','said')
q('829','constant contact','Vladimir Norov','Norov','adding',partial=True,note='two-word partial after "adding that"; kept as evaluative wording with a speech verb')
q('829','The drivers are sleeping in the cabins. We only want to go home,','Kamola Yusupova','she','said',note='invented trader; first mention has an age (34)')
c('829','killed',26,None,'armed rioters killed',MIA,'26 armed rioters have been killed')
c('829','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers have lost their lives')
c('829','detained',4400,'more than','people detained',MIA,'More than 4,400 people have been detained')
c('829','troops_deployed',2500,'about','CSTO servicemen to take part',CSTO,'about 2,500 servicemen will take part')
e('829','2022-01-08','other','Saryagash',['Uzbekistan Railways'],'remained idle at the Saryagash crossing on Saturday',note='freight stoppage; Saturday = publication day')
e('829','2022-01-08','casualty_report',None,[MIA],'the ministry said on Saturday morning')
e('829','2022-01-07','statement',None,[TOK],'On Friday, President Kassym-Jomart Tokayev said he had ordered security forces to open fire',note='televised address, Friday before Saturday 8 Jan')
e('829','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'said on Thursday that the first units of its collective peacekeeping force had arrived')
e('829',None,'statement','Almaty',['Andrei Serdyukov'],'had taken the airport in Almaty',note='undated')
e('829','2022-01-07','statement',None,['Vladimir Norov'],'told lawmakers the day before',note='"the day before" read relative to the publication date (Sat 8 Jan)')
e('829','2022-01-10','talks','Geneva',['Russia','United States'],'scheduled for Monday in Geneva',note='future; Monday after Saturday 8 Jan')

# ---------------- 830 Novastan feature in translation (11/01/2022, a Tuesday)
art('830',0,5,9,'Novastan','2022-01-11',['Clara Delmas'],'Almaty, Kazakhstan',
    ['Novastan','The European media on Central Asia','Home › Kazakhstan › Politics','Published on 11/01/2022 • Clara Delmas • Translated from French by Tom Whitaker',
     'Support Novastan: our newsroom of volunteers relies on 100% reader donations. 5 € per month makes a difference.','Share: Facebook Twitter LinkedIn','Comments (0)'],
    sections=(ln('830','How many died?'),ln('830','A mission that ends quickly')))
q('830','I have lived here for forty years and I have never seen anything like it,','Gulnara','Gulnara','says',note='inverted present-tense cue "says Gulnara"; first name only (invented)')
q('830','First the gas price, then the shooting. Nobody explained anything to us.','Gulnara','Gulnara','says',note='second half after the interposed cue')
q('830','20,000 bandits',TOK,'He','said',partial=True,note='"He said that “…”"; a figure inside a two-word partial; also a claim')
q('830','The state has every interest in a version where there were only terrorists and no citizens,','Dimash Alzhanov','he','tells',note='present tense "he tells Novastan"; words invented')
q('830','successfully completed',TOK,'Tokayev','According to',partial=True)
q('830','difficult, long, very professional','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','called',partial=True,note='spelling "Sergei"; comma outside the closing mark')
q('830','simply non-starters','Wendy Sherman','Wendy Sherman','said',partial=True,note='"said that Washington had rejected proposals that were “…”"')
q('830','For the ones nobody will count,','Erlan','Erlan','says',note='inverted "…," Erlan, 23, says quietly; invented')
c('830','other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" had attacked Almaty',note='figure inside a partial quote; "could not be verified" (same treatment as devset19 251)')
c('830','killed',164,None,'deaths (figure withdrawn)',MIA,'the Interior Ministry reported 164 deaths',note='withdrawn as a "technical error"')
c('830','detained',7939,None,'people detained across the country',"Kazakh Prosecutor General's Office",'7,939 people had been detained')
c('830','troops_deployed',2030,'about','CSTO servicemen deployed',CSTO,'Around 2,030 servicemen',note='"Around" → about; "250 pieces of military equipment" in the same sentence is not a claim')
e('830','2022-01-10','other','Almaty',[],'On Monday, municipal workers began clearing the burned cars',note='clean-up; Monday before Tuesday 11 Jan')
e('830','2022-01-11','statement','Nur-Sultan',[TOK],'In a speech to the lower house of parliament on Tuesday')
e('830','2022-01-09','casualty_report',None,[MIA],'On Sunday, the Interior Ministry reported 164 deaths')
e('830','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'the withdrawal will begin in two days',note='"in two days" from Tuesday 11 Jan (the day of the speech = publication day)')
e('830',None,'statement',None,['Andrei Serdyukov'],'had said in the first days',note='undated')
e('830','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'met on Monday for more than seven hours')

# ---------------- 831 Armenian Weekly (January 12, 2022, a Wednesday)
art('831',0,5,9,'The Armenian Weekly','2022-01-12',[],'YEREVAN',
    ['The Armenian Weekly','Since 1934','NEWS | ARMENIA | ARTSAKH | OPINION | DIASPORA | SUBSCRIBE','Weekly Staff    January 12, 2022    Armenia, Featured, News    0 Comments',
     'Share this:','Facebook','Twitter','Email','Print','Related Posts','Pashinyan Congratulates Tokayev on Formation of New Government','ANCA Urges Congress to Press Baku on Prisoners of War'])
q('831','can act quickly when a member state faces a real threat.','Nikol Pashinyan','Prime Minister Nikol Pashinyan','telling',partial=True,note='partial clause with the full stop inside the closing mark (American style)')
q('831','Our peacekeepers are not fighting anyone. They are protecting infrastructure, and they will come home as soon as the mission ends,','Nikol Pashinyan','Pashinyan','told')
q('831',"When Azerbaijan attacked our borders in 2021, the CSTO found a hundred reasons not to help us. Now we are sending our boys to guard someone else's airports,",'Gevorg Aslanyan','he','said',note='invented MP; "a hundred reasons" and a year inside the quote are not claims')
q('831','together with the Kazakh side','Dmitry Peskov','Kremlin Spokesman Dmitry Peskov','said',partial=True)
q('831','The CSTO mission has been very successful,',TOK,'Tokayev','said',note='inverted "…," said Tokayev; "The Kazakh leader" in the sentence before')
q('831','it showed the viability of the organization.',TOK,'Tokayev','adding',partial=True,note='full stop inside the closing mark')
q('831','a message to Washington before Geneva','Narek Sargsyan','Analyst Narek Sargsyan','told',partial=True,note='invented analyst')
c('831','troops_deployed',100,'about','Armenian servicemen sent to Kazakhstan',None,'sent about 100 servicemen to Kazakhstan last week')
c('831','detained',9900,'more than','people detained since the unrest began','Kazakh authorities','more than 9,900 people have been detained')
e('831','2022-01-11','talks',None,['Nikol Pashinyan','Vladimir Putin',TOK,CSTO],'on Tuesday defended Armenia\'s role',note='extraordinary online CSTO summit; Tuesday before Wednesday 12 Jan')
e('831',None,'troop_deployment','Kazakhstan',['Armenia'],'sent about 100 servicemen to Kazakhstan last week',note='"last week" is not a day')
e('831','2022-01-10','other','Yerevan',['Gevorg Aslanyan'],'he said on Monday during a debate in parliament',note='parliamentary debate')
e('831','2022-01-11','statement',None,[TOK],'Tokayev announced on Tuesday')
e('831','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'the troops would begin leaving on Thursday',note='future; Thursday after Wednesday 12 Jan')
e('831','2022-01-02','protest','Kazakhstan',[],'since the unrest began on January 2')
e('831',None,'statement',None,['Dmitry Peskov'],'asked about the timeline',note='undated')

# ---------------- 832 openDemocracy opinion (11 January 2022, a Tuesday)
art('832',0,5,7,'openDemocracy','2022-01-11',['Aigerim Tolegenova'],None,
    ['openDemocracy','Free thinking for the world','ODR: Russia and beyond','Aigerim Tolegenova','11 January 2022, 12.01am',
     'Protesters in Aktau, 4 January 2022 | Photo: Anonymous / Social media',"We've got a newsletter for that",
     'This article is published under a Creative Commons Attribution-NonCommercial 4.0 International licence.'])
q('832','We did not come out because of gas alone. We came out because for ten years nobody listened to us,',None,'a welder from the Ozenmunaigas field','told',note='anonymous worker ("He asked not to be named")')
q('832','an attempted coup d\'état',TOK,'he','told',partial=True,note='"he told fellow leaders that the country had faced “…”"; "20,000 bandits" and "international terrorists" in the sentence before have the cue "has spoken of" (next record; "international terrorists" is a label, excluded)')
q('832','20,000 bandits',TOK,'President Kassym-Jomart Tokayev','has spoken of',partial=True,note='cue "has spoken of"; a figure inside the partial')
q('832','we will not allow the situation to be rocked at home.','Vladimir Putin','Vladimir Putin','said',partial=True,note='"said that “…”" — a clause in the first person, full stop inside the mark; words invented')
q('832','People are beaten in the police stations and forced to confess on camera,','Bakhytzhan Toregozhina','Bakhytzhan Toregozhina','said',note='inverted "…," said NAME of the group; words invented')
q('832','systematically dismantled','International Trade Union Confederation','The International Trade Union Confederation','said',partial=True)
c('832','killed',164,None,'people killed, including children','Kazakh Health Ministry','164 people were killed')
c('832','detained',9900,None,'people detained',MIA,'9,900 people have been detained')
c('832','other',20000,None,'"bandits"',TOK,'"20,000 bandits"',note='figure inside a partial quote; same type as 830')
e('832','2022-01-01','other','Mangystau',[],'doubled overnight on 1 January',note='gas price rise')
e('832','2022-01-02','protest','Zhanaozen',[],'By the morning of 2 January, workers in Zhanaozen had gathered')
e('832','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'On Monday, at an online summit of the Collective Security Treaty Organization',note='Monday before Tuesday 11 Jan (the real summit was 10 Jan)')
e('832','2022-01-09','statement',None,['International Trade Union Confederation'],'said on Sunday that independent unions')
e('832','2022-01-10','talks','Geneva',['Russia','United States'],'where Russian and US diplomats met yesterday',note='"yesterday" from Tuesday 11 Jan')
e('832','2022-01-12','talks','Brussels',['Russia','NATO'],'or in Brussels on Wednesday',note='future; Wednesday after Tuesday 11 Jan')
e('832',None,'other','Zhanaozen',[],'Zhanaozen remembers December 2011',note='the 2011 shootings; month only, no day (date null); "at least 16 people" killed in 2011 is historical, not a claim')

# ---------------- 833 Kapital.kz in translation (10.01.2022, a Monday)
art('833',0,6,14,'Kapital.kz','2022-01-10',['Alina Bekova'],None,
    ['kapital.kz','Business information center','Economy | Finance | Markets | Companies | Society','ENG  РУС  ҚАЗ','10.01.2022 · 18:05','Alina Bekova','Views: 5 932',
     'Translated from Russian by the editorial office.','Subscribe to our Telegram channel','If you notice an error, select the text and press Ctrl+Enter'],
    sections=(ln('833','Security situation'),))
q('833','There is no shortage of cash in the system, and there is no need to panic,','Yerbolat Dossayev','National Bank Chairman Yerbolat Dossayev','said',note='inverted "…," TITLE NAME said; words invented')
q('833','Some of our members lost everything in one night. Insurance will not cover riots,','Raimbek Batalov','Atameken board chairman Raimbek Batalov','told',note='words invented')
q('833','I opened eight years ago. Now I have to start again,','Saule Nurlanova','she','said',note='invented; a duration inside the quote')
q('833','The main phase of the counter-terrorist operation is over,',TOK,'he','said',note='he = Tokayev, named in the sentence before')
q('833',"The bigger cost is trust. Investors saw the president's residence burning on television,",'Almas Chukin','he','said',note='invented economist')
c('833','killed',16,None,'police officers and servicemen killed',MIA,'16 police officers and servicemen had been killed')
c('833','injured',1300,None,'police officers and servicemen injured',MIA,'1,300 injured')
c('833','troops_deployed',2030,'about','CSTO troops guarding strategic facilities',None,'about 2,030 people',note='number in a parenthetic apposition; no source')
e('833','2022-01-10','other','Almaty',[],'Second-tier banks in Almaty resumed work on Monday',note='banks reopen')
e('833',None,'statement',None,['Yerbolat Dossayev'],'said at a briefing',note='undated')
e('833','2022-01-08','other','Almaty',[],'Mobile internet was partially restored in the city on Saturday')
e('833','2022-01-05','other','Kazakhstan',['NetBlocks'],'had recorded a near-total shutdown from January 5',note='internet shutdown')
e('833','2022-01-05','protest','Almaty',[],'the windows were smashed on the night of January 5')
e('833','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e('833','2022-01-10','talks',None,[TOK,CSTO],'On Monday, President Kassym-Jomart Tokayev told an online summit of the bloc')
e('833','2022-01-11','other','Almaty',['Kazakhstan Stock Exchange'],'will resume trading on Tuesday',note='future; Tuesday after Monday 10 Jan')

# ---------------- 834 New Eastern Europe (14 January 2022, a Friday)
art('834',0,5,11,'New Eastern Europe','2022-01-14',['Piotr Zawadzki'],None,
    ['NEW EASTERN EUROPE','A bimonthly news magazine dedicated to Central and Eastern European affairs','Home / Articles / Analysis','14 January 2022 - Piotr Zawadzki','Articles and Commentary',
     "Please support New Eastern Europe's crowdfunding campaign. Click here to learn more.",'Share: Facebook Twitter','Tags: NATO, OSCE, Russia, Kazakhstan, Poland'])
q('834','No one can veto the right of a country to choose its own path,','Jens Stoltenberg','Stoltenberg','told',note='inverted; words invented')
q('834','Our differences with Russia will not be easy to bridge.','Jens Stoltenberg','Stoltenberg','told',note='second quote in the same paragraph with no new cue; the paragraph\'s cue applies')
q('834','with military-technical means','Alexander Grushko','Deputy Foreign Minister Alexander Grushko','warned',partial=True)
q('834','Our patience is not unlimited,','Alexander Grushko','he','said')
q('834','The danger of war in our region looks higher today than at any moment in three decades,','Zbigniew Rau','Rau','told',note='"three decades" inside the quote is not a claim; words invented')
q('834','concrete answers','Alexander Lukashevich','Alexander Lukashevich','said',partial=True,note='"called the talks disappointing and said Moscow needed “…”"')
q('834','Moscow showed that it can move several thousand soldiers across a continent in two days,','Marta Kowalczyk','Marta Kowalczyk','said',note='inverted "…," said NAME; invented analyst')
q('834','Everyone here was asking: what about Belarus next month?','Marta Kowalczyk','Marta Kowalczyk','said',note='continuation in the same paragraph, no new cue')
c('834','troops_deployed',2030,'about','CSTO troops in the Kazakhstan mission',None,'a mission that involved about 2,030 troops')
c('834','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'Western estimates','around 100,000 troops near Ukraine',note='"around" → about')
e('834','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'The week began on Monday in Geneva')
e('834','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday, the NATO-Russia Council met in Brussels')
e('834','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'The final round took place in Vienna yesterday',note='"yesterday" from Friday 14 Jan')
e('834','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told journalists after the four-hour meeting',note='same day as the NRC meeting')
e('834','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'began withdrawing its forces on Thursday')
e('834',None,'exercise','Belarus',['Russia','Belarus'],'is planned for February',note='month only; date null')

# ---------------- 835 EIU ViewsWire (January 13th 2022, a Thursday)
art('835',0,5,13,'Economist Intelligence Unit','2022-01-13',[],None,
    ['ECONOMIST INTELLIGENCE UNIT','ViewsWire','Country: Kazakhstan | Topic: Politics | Risk: Political stability','January 13th 2022','Print | Share | Save',
     'Recent analysis: Kazakhstan: unrest spreads from Mangystau (January 5th 2022)','Copyright © The Economist Intelligence Unit Limited 2022. All rights reserved.'],
    sections=(ln('835','Event'),ln('835','Analysis'),ln('835','Impact on the forecast')))
q('835','layer of wealthy people',TOK,'Mr Tokayev','saying',partial=True,note='"Mr" honorific; cue "saying that"')
q('835','there will be no second chance',TOK,'He','said',partial=True)
q('835','once the tasks are fulfilled','Dmitry Peskov',"The Kremlin's spokesman, Dmitry Peskov",'said',partial=True,note='title before the name, set off by commas')
q('835','The question is not whether Russia will ask for something in return, but when,',None,'a Western diplomat in Nur-Sultan','told',note='anonymous diplomat')
c('835','killed',164,None,'people killed','official figures','164 people were killed')
c('835','detained',10000,'almost','people detained','official figures','almost 10,000 were detained')
c('835','troops_deployed',2030,'about','CSTO troops, most of them Russian',None,'About 2,030 troops, most of them Russian')
e('835','2022-01-11','statement','Nur-Sultan',[TOK],'On January 11th the president')
e('835','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO,RDM],'the withdrawal formally started today',note='"today" = publication day; also "in two days" from 11 Jan')
e('835',None,'appointment',None,[TOK,'Alikhan Smailov'],'He also approved Alikhan Smailov as prime minister',note='no day given in the sentence (real: 11 Jan)')
e('835','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'whose government was dismissed on January 5th')
e('835','2022-01-02','protest','western Kazakhstan',[],'began over fuel prices in the west of the country on January 2nd')
e('835','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'lost the chairmanship of the Security Council on January 5th')
e('835','2022-01-12','statement',None,['Dmitry Peskov'],'said on Wednesday that the troops would return',note='Wednesday before Thursday 13 Jan')
e('835','2022-01-10','talks','Geneva',['Russia','United States'],'the January 10th talks in Geneva')

# ---------------- 836 Janes news item (10 January 2022, a Monday)
art('836',0,8,18,'Janes','2022-01-10',['Nikolai Berezin'],'London',
    ['Janes','Defence | Security | Intelligence','Login | Contact us','News','Land warfare',"Nikolai Berezin, London - Jane's Defence Weekly",'10 January 2022','Key points',
     'Want to read more? This article is part of Janes Defence Weekly. Request a demo','Related: Russia, Belarus plan joint drill near Ukraine border'])
q('836','The airlift of the main forces of the Russian contingent has been completed,',RDM,'the MoD','said in a statement',note='abbreviation "MoD" for the ministry; invented wording')
q('836','more than 2,000 personnel and 250 units of equipment',RDM,'The ministry','added',partial=True,note='figure inside a partial; also a claim')
q('836','The peacekeepers do not participate in operations against the population,','Andrei Serdyukov','he','said',note='"he said in a video released by the MoD" — the MoD is the nearest name but the speaker is Serdyukov')
q('836','a demonstration of reach',None,'A senior NATO official','told',partial=True,note='anonymous official')
c('836','troops_deployed',2000,'more than','Russian contingent personnel airlifted',RDM,'more than 2,000 personnel',note='inside a partial quote')
c('836','troops_deployed',3000,'about','CSTO personnel incl. national contingents','Janes','approximately 3,000 personnel',note='"approximately" → about; the outlet\'s own assessment')
c('836','troops_deployed',100,'about','Belarusian troops',None,'Belarus sent about 100 troops',note='"according to the respective defence ministries"')
c('836','troops_deployed',200,'about','Tajik troops',None,'Tajikistan about 200',note='elliptical: verb "sent" and "troops" omitted')
c('836','killed',16,None,'security personnel killed in Almaty','Kazakh officials','16 security personnel had been killed')
e('836','2022-01-09','statement',None,[RDM],'the Russian Ministry of Defence (MoD) said on 9 January')
e('836','2022-01-09','statement','Almaty',['Andrei Serdyukov'],'said on Sunday that the force was guarding',note='Sunday before Monday 10 Jan')
e('836','2022-01-08','statement','Almaty',['Kazakh Ministry of Defence'],"Kazakhstan's Ministry of Defence said on 8 January")
e('836','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on 10 January')
e('836',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'flew more than 70 transport sorties',note='airlift undated')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the president'],'Kazakhstan',['the Kazakh leader','He','he','The Kazakh leader'],['Mr Tokayev']),
 sp('Akmal Tursunov','person',['Akmal Tursunov'],['Uzbekistan Railways spokesman'],'Uzbekistan',['He'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','General','commander of the Russian Airborne Forces (VDV) and of the CSTO contingent','Colonel-General'],'Russia',['he']),
 sp('Vladimir Norov','person',['Vladimir Norov','Norov'],['Foreign Minister'],'Uzbekistan',note='words invented'),
 sp('Kamola Yusupova','person',['Kamola Yusupova'],['a trader from Tashkent'],'Uzbekistan',['she'],note='invented'),
 sp('Gulnara','person',['Gulnara'],['a retired teacher'],'Kazakhstan',note='invented; first name only'),
 sp('Dimash Alzhanov','person',['Dimash Alzhanov'],['a political analyst'],'Kazakhstan',['he'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',note='canonical spelling from earlier sets; this set writes "Sergei"'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Erlan','person',['Erlan'],[],'Kazakhstan',['a young man'],note='invented; first name only, age 23'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister'],'Armenia',note='words invented'),
 sp('Gevorg Aslanyan','person',['Gevorg Aslanyan'],['Opposition lawmaker'],'Armenia',['he'],note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin Spokesman',"The Kremlin's spokesman"],'Russia'),
 sp('Narek Sargsyan','person',['Narek Sargsyan'],['Analyst'],'Armenia',note='invented; the "Caucasus Policy Lab" is invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented'),
 sp('Bakhytzhan Toregozhina','person',['Bakhytzhan Toregozhina'],[],'Kazakhstan',[],note='of Ar.Rukh.Khak; words invented'),
 sp('International Trade Union Confederation','organisation',['International Trade Union Confederation'],[],None),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev'],['National Bank Chairman'],'Kazakhstan',['him'],note='words invented'),
 sp('Raimbek Batalov','person',['Raimbek Batalov'],['Atameken board chairman'],'Kazakhstan',note='words invented'),
 sp('Saule Nurlanova','person',['Saule Nurlanova'],[],'Kazakhstan',['she'],note='invented café owner'),
 sp('Almas Chukin','person',['Almas Chukin'],['Economist','a partner at Kaz Capital'],'Kazakhstan',['he'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',['he'],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's ambassador to the OSCE"],'Russia',note='words invented'),
 sp('Marta Kowalczyk','person',['Marta Kowalczyk'],['an analyst at the Warsaw think tank Baltic Security Forum'],'Poland',note='invented, as is the think tank'),
 sp(RDM,'organisation',['Russian Ministry of Defence','Russian Defence Ministry'],[],'Russia',['the MoD','The ministry']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the bloc'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
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
