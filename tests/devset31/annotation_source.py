#!/usr/bin/env python3
"""Source of the devset31 annotation: the hand-chosen spans, values and dates for 341-348.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset31/annotation_source.py && python3 tests/devset31/verify.py
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
    A.append(dict(doc=f,index=index,headline=L[headline_line-1] if headline_line else None,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
GFM='Georgian Foreign Ministry'; AZMFA='Azerbaijani Foreign Ministry'; SGMFA='Singapore Ministry of Foreign Affairs'
ARMOD='Armenian Defence Ministry'; KA='Kazakh authorities'; RUS='Edgars Rinkēvičs'; SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'
def L(p,s): return ln(p,s)

# ---------------- 341 LSM.lv item (11.01.2022, a Tuesday)
art('341',0,6,8,'LSM.lv','2022-01-11',['Ieva Kalniņa'],None,
    ['LSM.lv','Public broadcasting of Latvia','LV | EN | RU','News › Foreign Affairs','Ieva Kalniņa, LSM English Section','11.01.2022 17:44',
     'Photo: Edgars Rinkēvičs / LETA','Tags: Kazakhstan, Russia, NATO, Rinkēvičs',
     'If you notice an error, select the text and press Ctrl+Enter to send it to the editors!','Share   Tweet   E-mail','© LSM 2022'])
q('341','a reminder of how quickly Moscow can move forces when it decides to',RUS,'Foreign Minister Edgars Rinkēvičs','said',partial=True,note='final full stop outside the closing mark')
q('341','around 2,000 troops in little more than 48 hours',RUS,'Rinkēvičs','said',partial=True,note='a claim figure inside a partial quote')
q('341','We are not saying the same thing will happen here. We are saying that we must not be naive,',RUS,'the minister','told',note='title-only attribution after the quote ("the minister told the programme")')
q('341','full transparency',RUS,'He','added',partial=True,note='two-word evaluative partial with "He added that"')
q('341','Moscow put 2,000 soldiers into Almaty almost overnight. It can put many more into Belarus,','Artis Pabriks','Pabriks','told')
q('341','has to assume the worst case','Artis Pabriks','Pabriks','adding',partial=True,note='", adding that … “…”" in the same sentence as the previous quote')
q('341','The Baltic position is one position,',RUS,'he','said',note='he = Rinkēvičs; Landsbergis (named in the sentence before) is the nearest-name trap')
q('341','changed its reputation overnight','Kristaps Ozoliņš','Kristaps Ozoliņš','said',partial=True)
q('341','For ten years people laughed at the CSTO. Nobody is laughing this week,','Kristaps Ozoliņš','Ozoliņš','said',note='"ten years" inside the quote is a duration, not a claim')
c('341','troops_deployed',2000,'about','CSTO troops flown into Kazakhstan',RUS,'around 2,000 troops in little more than 48 hours',note='inside a partial quote; "around" -> about')
c('341','killed',164,None,'people killed in the unrest',KA,'164 people had been killed')
c('341','detained',8000,'almost','people detained',KA,'nearly 8,000 people had been detained')
c('341','troops_deployed',2000,None,'soldiers Moscow put into Almaty','Artis Pabriks','Moscow put 2,000 soldiers into Almaty',note='inside a full quote; "almost overnight" qualifies the time, not the figure')
e('341','2022-01-11','statement','Riga',[RUS],'said on Tuesday that the deployment of Russian-led troops',note='radio interview on publication day')
e('341',None,'troop_deployment','Kazakhstan',['CSTO'],'deployment of Russian-led troops to Kazakhstan last week',note='"last week" is a period, not a day')
e('341','2022-01-10','casualty_report',None,[KA],'Kazakh authorities said on Monday')
e('341','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday lasted almost eight hours')
e('341','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday the NATO-Russia Council meets in Brussels',note='future relative to Tuesday 11 Jan')
e('341','2022-01-13','talks','Vienna',['OSCE'],'will discuss European security in Vienna on Thursday')
e('341','2022-01-10','statement','Riga',['Artis Pabriks'],'told journalists at the Saeima on Monday')
e('341','2022-01-07','statement',None,['Latvian Foreign Ministry'],'the Foreign Ministry said on Friday',note='Friday before Tuesday 11 Jan')
e('341',None,'talks',None,[RUS,'Gabrielius Landsbergis'],'spoken by phone with his Lithuanian counterpart Gabrielius Landsbergis last week',note='"last week": no day')

# ---------------- 342 JAMnews piece (07.01.2022, a Friday)
art('342',0,5,10,'JAMnews','2022-01-07',[],'Yerevan–Tbilisi–Baku',
    ['JAMnews','A different view of the news from the Caucasus','Georgia   Armenia   Azerbaijan   Central Asia   Ukraine','07.01.2022 • 15:20',
     'JAMnews, Yerevan–Tbilisi–Baku','Read more:','Kazakhstan protests: fuel price rise sparks unrest in Zhanaozen',
     'Pashinyan at the CSTO: five points from the Moscow summit','Follow JAMnews on Telegram',
     'The opinions of the authors do not necessarily reflect the position of the editorial board.'])
q('342','with anxiety',GFM,'Georgia',None,partial=True,zone='headline',note='headline partial; "Georgia watches" is not a speech verb; the body (l.22) gives the ministry')
q('342','The decision was taken in full accordance with the treaty. Armenia could not stay aside when an ally asks for help,','Nikol Pashinyan','Pashinyan','wrote',note='Facebook post')
q('342','When Azerbaijan attacked our border in 2021, the CSTO sent us statements, not soldiers,','Davit Avetisyan','Davit Avetisyan','said',note='inverted cue "…," said NAME, an opposition MP; year inside the quote')
q('342',"Now our boys are sent to guard somebody else's airport.",'Davit Avetisyan','Davit Avetisyan','said',note='second half of a quote split by the interposed attribution')
q('342','with anxiety',GFM,'the Foreign Ministry','said',n=2,partial=True,note='same two words as the headline quote; Tbilisi context gives the Georgian ministry')
q('342','Russian troops arrived in Almaty in one day. Georgians remember 2008 very well,','Nino Abashidze','she','said')
q('342',"For us the word 'peacekeepers' has a special meaning.",'Nino Abashidze','she','said',note="contains the single-quoted 'peacekeepers' (not a separate quote)")
q('342','the measures taken by the leadership of Kazakhstan to restore order',AZMFA,'the Foreign Ministry','said',partial=True,note='"In Baku, the Foreign Ministry said" - same words as the Georgian ministry mention, resolved by "In Baku"')
c('342','troops_deployed',100,'about','Armenian servicemen sent to Kazakhstan',ARMOD,'will send about 100 servicemen')
c('342','troops_deployed',2500,'about','total CSTO force','CSTO','about 2,500 troops in total',note='"according to the alliance"')
c('342','killed',26,None,'"armed criminals" killed','Kazakh Ministry of Internal Affairs','26 "armed criminals" were killed',note='scare-quoted label excluded from quotes')
c('342','killed',18,None,'law enforcement officers killed','Kazakh Ministry of Internal Affairs','18 law enforcement officers died')
c('342','detained',3000,'more than','people detained','Kazakh Ministry of Internal Affairs','more than 3,000 people were detained')
e('342','2022-01-06','statement','Yerevan',[ARMOD],'the Armenian Defence Ministry announced on Thursday')
e('342','2022-01-05','statement',None,['Nikol Pashinyan','CSTO'],"announced the alliance's decision to send peacekeepers late on Wednesday night")
e('342',None,'other',None,['Kassym-Jomart Tokayev','CSTO'],'a few hours after President Kassym-Jomart Tokayev asked for help',note='request for CSTO help; relative to an event, not to a day (real: 5 Jan)')
e('342',None,'statement',None,['Nikol Pashinyan'],'Pashinyan wrote on Facebook',note='undated post')
e('342',None,'statement','Tbilisi',[GFM],'the Foreign Ministry said Georgia was following events')
e('342',None,'statement','Baku',[AZMFA],'In Baku, the Foreign Ministry said it supported')
e('342',None,'casualty_report',None,['Kazakh Ministry of Internal Affairs'],"According to Kazakhstan's Interior Ministry")

# ---------------- 343 US House subcommittee hearing (Wednesday, January 12, 2022)
art('343',0,1,L('343','The subcommittee met, pursuant'),'Committee on Foreign Affairs','2022-01-12',[],None,
    ['HEARING','BEFORE THE','SUBCOMMITTEE ON EUROPE, ENERGY, THE ENVIRONMENT AND CYBER','COMMITTEE ON FOREIGN AFFAIRS','HOUSE OF REPRESENTATIVES',
     'ONE HUNDRED SEVENTEENTH CONGRESS','SECOND SESSION','JANUARY 12, 2022','Serial No. 117-98','Printed for the use of the Committee on Foreign Affairs',
     'VerDate Sep 11 2014 09:14 Feb 28, 2022 Jkt 046512 PO 00000 Frm 00001 Fmt 6633 Sfmt 6633','WEDNESDAY, JANUARY 12, 2022',
     '[Whereupon, at 11:47 a.m., the subcommittee was adjourned.]',
     'VerDate Sep 11 2014 09:14 Feb 28, 2022 Jkt 046512 PO 00000 Frm 00014 Fmt 6633 Sfmt 6633'])
q('343','open fire without warning.','Kassym-Jomart Tokayev','President Tokayev','told',partial=True,note='"told his country that he had authorized … to “…”"; the full stop is inside the mark')
q('343','people are afraid even to ask where their relatives are.',None,'one Kazakh human rights defender','wrote',note='anonymous writer quoted by the chairman')
q('343','for any sign that this stay is being extended,','Antony Blinken','Secretary Blinken','said',partial=True,note='quoted inside the ranking member\'s statement; the transcript speaker label "Mr. PELLETIER." is not the quote\'s speaker')
q('343','not take part in operations against civilians,',SER,'General Serdyukov','told',partial=True,note='"told Russian television that his men would “…”"')
c('343','troops_deployed',2500,'about','CSTO troops in Kazakhstan',None,'some 2,500 troops under the flag',note='"some" -> about; the chairman gives no source')
c('343','detained',10000,'almost','people detained','Kazakh Ministry of Internal Affairs','put the number of people detained at nearly 10,000')
c('343','troops_deployed',100,'about','Armenian troops sent','Celia Brandt','Armenia sent about 100',note='witness testimony; source is the witness')
c('343','troops_deployed',200,'about','Tajik troops sent','Celia Brandt','Tajikistan about 200',note='elliptical: "sent" is not repeated')
c('343','aircraft',70,'more than','transport aircraft in the airlift','Russian Defence Ministry','more than 70 transport aircraft')
e('343','2022-01-12','other','Washington',['Committee on Foreign Affairs'],'The subcommittee met, pursuant to notice',note='the hearing itself')
e('343','2022-01-07','statement',None,['Kassym-Jomart Tokayev'],'Last Friday, President Tokayev went on national television',note='"Last Friday" from Wednesday 12 Jan')
e('343',None,'troop_deployment','Kazakhstan',['CSTO'],'were on the ground in Kazakhstan',note='"Within 48 hours" of the address; not a day')
e('343','2022-01-12','casualty_report',None,['Kazakh Ministry of Internal Affairs'],'This morning the Kazakh Interior Ministry')
e('343','2022-01-10','talks','Geneva',['Wendy Sherman',RYA],'On Monday, Deputy Secretary Sherman sat down')
e('343','2022-01-12','talks','Brussels',['NATO','Russia'],'today the NATO-Russia Council is meeting in Brussels')
e('343','2022-01-07','statement',None,['Antony Blinken'],'Secretary Blinken said on Friday')
e('343','2022-01-11','statement',None,['Kassym-Jomart Tokayev'],'President Tokayev told parliament yesterday')
e('343',None,'statement',None,[SER],'told Russian television')

# ---------------- 344 Telegram channel export (posts of 5 and 6 January 2022)
art('344',0,None,9,'Steppe Monitor','2022-01-06',[],None,
    ['Steppe Monitor | Казахстан LIVE','Channel · 48 311 subscribers','Exported from Telegram Desktop · 07.01.2022 00:12','05 January 2022','06 January 2022',
     'Steppe Monitor','09:14','👁 21.4K','Forwarded from Orda.kz','👁 33.9K   edited','📌 Pinned message','In reply to this message','💬 Subscribe: t.me/steppemonitor_kz'])
q('344','as toughly as possible','Kassym-Jomart Tokayev','Tokayev',None,partial=True,note='"Tokayev, in a second address since the morning: … he will act “…”" - no speech verb; "terrorist bands" in the same sentence is a label (excluded)')
q('344','for a limited period of time to stabilise and normalise the situation','Nikol Pashinyan','Armenian PM Pashinyan','announced',partial=True)
q('344','Dozens of attackers were liquidated overnight.','Saltanat Azirbek','Interior Ministry spokesperson Saltanat Azirbek','told',note='"told Khabar 24: “…”"')
q('344','The shooting near the airport stopped an hour ago. People queue for bread, there is no cash anywhere, the ATMs are dead.',None,'Our correspondent in Almaty',None,note='the channel\'s unnamed correspondent; "by landline:" has no speech verb')
q('344','an attempt to undermine the security and integrity of the state by force','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova',None,partial=True,note='name + colon, then "The ministry said so in a statement" in the next sentence; Russian Foreign Ministry is an acceptable alternative speaker')
c('344','aircraft',70,'more than','aircraft in the Russian airlift','Russian Defence Ministry','More than 70 aircraft are taking part')
c('344','killed',12,None,'police officers killed','Saltanat Azirbek','12 police officers had been killed')
c('344','injured',353,None,'police officers injured','Saltanat Azirbek','353 injured since the start')
c('344','detained',2300,None,'people detained across the country on 6 January','Kazakh Ministry of Internal Affairs','2,300 people were detained across the country today')
e('344','2022-01-05','protest','Almaty',[],'the city administration building is on fire',note='post dated 05 January 2022, 09:14; event dates come from the post date')
e('344','2022-01-05','government_resignation',None,['Askar Mamin'],'The government of Askar Mamin resigned earlier today',note='"earlier today" in a 05.01 post')
e('344','2022-01-05','appointment',None,['Kassym-Jomart Tokayev'],'he is now chairman of the Security Council')
e('344','2022-01-05','other','Almaty',[],'Airport of Almaty seized by unknown armed men')
e('344','2022-01-05','statement',None,['Nikol Pashinyan','CSTO'],'announced that the alliance will send peacekeeping forces',note='post 05.01 23:47')
e('344','2022-01-05','other',None,['Kassym-Jomart Tokayev','CSTO'],'Tokayev had asked for help two hours earlier',note='two hours before a 23:47 post: still 5 Jan')
e('344','2022-01-06','troop_deployment','Almaty',['Russian Defence Ministry'],'First Russian Il-76s landed near Almaty overnight',note='"overnight" in a 06.01 10:31 post; dated by the post')
e('344','2022-01-06','casualty_report',None,['Saltanat Azirbek'],'told Khabar 24')
e('344','2022-01-06','statement',None,['Russian Foreign Ministry','Maria Zakharova'],'The ministry said so in a statement published this evening')
e('344','2022-01-06','other','Almaty',[],'the airport is back under the control of the security forces')
e('344','2022-01-06','arrest',None,['Kazakh Ministry of Internal Affairs'],'were detained across the country today, according to the Interior Ministry')

# ---------------- 345 CNA piece (08 Jan 2022, a Saturday)
art('345',0,5,12,'CNA','2022-01-08',[],'SINGAPORE',
    ['CNA','Asia   Singapore   World   Business   Sport   Watch','Asia','A government-issued tear gas canister lies on a street in Almaty on Jan 7, 2022. (Photo: AFP/Alexandr Bogdanov)',
     '08 Jan 2022 03:45PM (Updated: 08 Jan 2022 06:10PM)','Bookmark   Share','Source: CNA/Reuters/lk','Related Topics','Kazakhstan   MFA   Singaporeans overseas','Read more of the latest in'])
q('345','closely monitoring',SGMFA,'Singapore',None,partial=True,zone='headline')
q('345','closely monitoring',SGMFA,'MFA','said',n=2,partial=True)
q('345','Singaporeans currently in Kazakhstan should stay indoors, monitor the local news closely and follow the instructions of the local authorities,',SGMFA,'the ministry','said',note='"the ministry said in its advisory"')
q('345','We hear shooting at night, but far away. The hotel has food and water for now, so we are okay,','Lim Wei Jie','Mr Lim','said',note='inverted "said Mr Lim"; Chinese name order, "Mr" + family name')
q('345','largely restored','Kassym-Jomart Tokayev','Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='"shoot to kill" in the same sentence is unquoted')
c('345','detained',4404,None,'people detained','Kazakh Ministry of Internal Affairs','4,404 people had been detained')
c('345','killed',26,None,'"armed criminals" killed',KA,'26 "armed criminals"',note='"Authorities have said"')
c('345','killed',18,None,'members of the security forces killed',KA,'18 members of the security forces were killed')
c('345','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'has sent about 2,500 troops to Kazakhstan')
e('345','2022-01-08','statement','Singapore',[SGMFA],'on Saturday (Jan 8) advised Singaporeans')
e('345','2022-01-07','statement',None,['Kassym-Jomart Tokayev'],"a day after the country's president authorised troops to fire on protesters",note='"a day after" Saturday 8 Jan')
e('345','2022-01-07','statement',None,['Kassym-Jomart Tokayev'],'Tokayev said on Friday that constitutional order')
e('345','2022-01-08','casualty_report',None,['Kazakh Ministry of Internal Affairs'],'The Kazakh Interior Ministry said on Saturday')
e('345','2022-01-06','arrest',None,['Karim Masimov'],'was detained on Thursday on suspicion of high treason')
e('345','2022-01-08','statement',None,['National Security Committee'],'the National Security Committee said on Saturday')
e('345',None,'troop_deployment','Kazakhstan',['CSTO'],'has sent about 2,500 troops to Kazakhstan',note='undated')
e('345','2022-01-02','protest',None,[],'The unrest began on Jan 2')

# ---------------- 346 EURACTIV piece (10 Jan 2022, a Monday)
art('346',0,5,12,'EURACTIV','2022-01-10',['Matteo Ferrante'],None,
    ['EURACTIV','Global Europe   Politics   Economy   Energy & Environment   Health','Home | Global Europe | News','By Matteo Ferrante | EURACTIV.com',
     '10 Jan 2022 (updated: 10 Jan 2022)','Content-Type: News   Based on facts, either observed and verified directly by the reporter, or reported and verified from knowledgeable sources.',
     '[Edited by Nathalie Weber]','Languages: Français | Deutsch','Subscribe to our newsletters','Subscribe'])
q('346','a spectator','Josep Borrell','EU foreign policy chief Josep Borrell','insisted',partial=True,note='two-word partial with "insisted that"')
q('346',"Europe's security is decided with Europe at the table, not in a bilateral room in Geneva,",'Josep Borrell','Borrell','told')
q('346','but the violence must stop and the rights of people must be respected','Josep Borrell','Borrell','said',partial=True,note='partial starts with "but"')
q('346','a very worrying signal','Josep Borrell','He','called',partial=True,note='"He called the shoot-to-kill order “…”"')
q('346','long, tough and businesslike',RYA,'Ryabkov','said',partial=True,note='the sentence before names both Sherman and "Sergei Ryabkov"; the cue sentence uses the surname only')
q('346','no grounds yet to celebrate',RYA,'Ryabkov','said',partial=True,note='second partial of the same sentence ("but that Moscow saw “…”")')
q('346','should wake up everyone in this house','Pieter van der Laan','Dutch MEP Pieter van der Laan','said',partial=True,note='party in brackets between name and cue')
q('346','Russia showed us last week that it can deploy an alliance in 48 hours. We need an EU answer, not 27 answers,','Pieter van der Laan','van der Laan','told',note='lower-case particle surname "van der Laan"')
q('346','Everybody is asking the same question: who speaks for us in Geneva?',None,'the diplomat','said',note='anonymous diplomat; question mark inside the mark')
c('346','detained',7939,None,'people detained since the start of the unrest','Kazakh Ministry of Internal Affairs','7,939 people had been detained')
c('346','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'Western estimates','around 100,000 troops')
c('346','troops_deployed',2000,'about','CSTO troops remaining in Kazakhstan','CSTO','about 2,000 of its troops remain')
e('346','2022-01-10','talks','Geneva',['Russia','United States','Wendy Sherman',RYA],'sat down in Geneva on Monday (10 January)',note='the second Geneva paragraph (Sherman/Ryabkov) describes the same talks and is not a separate event')
e('346','2022-01-09','statement',None,['Josep Borrell'],'Borrell told reporters on Sunday')
e('346','2022-01-10','casualty_report',None,['Kazakh Ministry of Internal Affairs'],'the Interior Ministry said on Monday')
e('346',None,'statement',None,[RYA],'Ryabkov later said',note='"later" = after the talks; no day word')
e('346','2022-01-12','talks','Brussels',['NATO','Russia'],'in Brussels on Wednesday')
e('346','2022-01-13','talks','Vienna',['OSCE'],'an OSCE meeting in Vienna on Thursday')
e('346',None,'talks','Brest',['EU'],'an informal meeting in Brest later this week',note='"later this week": no day (real: 13-14 Jan)')

# ---------------- 347 Times of Central Asia piece (12.01.2022, a Wednesday)
art('347',0,4,9,'The Times of Central Asia','2022-01-12',['Aliya Dzhaksybekova'],'NUR-SULTAN',
    ['The Times of Central Asia','Home  ›  Kazakhstan  ›  Politics','12.01.2022  |  14:10','By Aliya Dzhaksybekova',
     'Share this:   Facebook   Twitter   Telegram','© 2022 The Times of Central Asia. All rights reserved.'])
q('347','fulfilled their main mission','Kassym-Jomart Tokayev','Tokayev','said',partial=True)
q('347','The main role of the CSTO forces was to guard strategic facilities. They did not take part in operations against our citizens, and I want to stress this,','Kassym-Jomart Tokayev','the president','said')
q('347','a layer of very wealthy people','Kassym-Jomart Tokayev','he','said',partial=True,note='"Thanks to the first president, he said, “…”" - he = Tokayev ("The Kazakh leader"); the first president (Nazarbayev) is a trap')
q('347','pay back to the people','Kassym-Jomart Tokayev','he','said',partial=True)
q('347','The tasks have been completed in full. From tomorrow, the units will hand over the facilities to the Kazakh law enforcement agencies and begin loading onto aircraft,',SER,'Serdyukov','said',note='"From tomorrow" inside the quote = 13 Jan (not used as an event)')
q('347','We have people who went out for bread on January 5 and nobody knows where they are now,','Zhanar Tulegenova','she','told',note='a date inside the quote')
c('347','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',SER,'the contingent numbered 2,030 servicemen')
c('347','other',250,None,'units of CSTO military equipment',SER,'250 units of military equipment')
c('347','detained',9900,None,'people detained during the unrest','Kazakh Ministry of Internal Affairs','9,900 people had been detained')
c('347','other',20000,'about','"bandits" who attacked Almaty','Kassym-Jomart Tokayev','about 20,000 "bandits"',note='attackers count; "bandits" is a label (excluded from quotes)')
e('347','2022-01-13','withdrawal','Kazakhstan',['CSTO'],'will start withdrawing from Kazakhstan on Thursday')
e('347','2022-01-12','statement',None,['CSTO'],"the alliance's command said on Wednesday")
e('347','2022-01-11','statement','Nur-Sultan',['Kassym-Jomart Tokayev'],'Speaking to the Mazhilis, the lower house of parliament, on Tuesday')
e('347','2022-01-11','appointment','Nur-Sultan',['Kassym-Jomart Tokayev','Alikhan Smailov'],'Tokayev proposed Alikhan Smailov as prime minister',note='"In the same speech" = Tuesday\'s speech; resolved through the anaphora')
e('347','2022-01-12','statement','Almaty',[SER],'said on Wednesday that the contingent numbered')
e('347','2022-01-13','other','Almaty',['CSTO'],'A farewell ceremony is planned for Thursday in Almaty')
e('347','2022-01-11','casualty_report',None,['Kazakh Ministry of Internal Affairs'],'The Interior Ministry reported on Tuesday')
e('347',None,'statement',None,['Igor Konashenkov'],'Igor Konashenkov said later',note='"later" has no day; the flight he announces is "Thursday evening" (13 Jan)')

# ---------------- 348 FRANCE 24 "The Debate" transcript (13/01/2022, a Thursday)
art('348',0,4,10,'FRANCE 24','2022-01-13',[],None,
    ['FRANCE 24','Programs › The Debate','Issued on: 13/01/2022 - 20:14','Transcript','[BREAK]',
     'Watch the full programme on france24.com and on our YouTube channel.','© 2022 France Médias Monde'])
q('348','higher than at any moment in the last three decades','Zbigniew Rau','The Polish foreign minister, Zbigniew Rau','told',partial=True,note='quoted by the host; "three decades" is a duration')
q('348','draw conclusions','Alexander Lukashevich','the Russian ambassador, Alexander Lukashevich','said',partial=True)
q('348','Nobody in the room believes the next round will be easy.',None,'a colleague in Vienna','told',note='anonymous colleague of the guest ("who told me, “…”")')
q('348','carried out their task with honour',SER,'Serdyukov','said',partial=True)
q('348','We came, we helped, we left.','Anna Kowalczyk','ANNA KOWALCZYK',None,note='the guest\'s own words in marks, framed as the sentence the Kremlin wants remembered (nobody is quoted as saying it); speaker null is an acceptable alternative')
q('348','stop at the line where it stands today',RYA,'he','told',partial=True,note='he = Sergei Ryabkov, named in the same sentence')
c('348','troops_deployed',2000,'about','CSTO soldiers to be withdrawn within ten days',SER,'about 2,000 soldiers would be home within ten days',note='withdrawal figure; "ten days" is a duration')
c('348','killed',164,None,'people killed (figure later partly withdrawn)',KA,'spoke of 164 dead on Sunday')
c('348','detained',10000,'almost','people detained',KA,'almost 10,000 people detained')
e('348','2022-01-10','talks','Geneva',['Russia','United States'],'Geneva on Monday, Brussels on Wednesday',note='one evidence for the list; Brussels is the next record')
e('348','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels on Wednesday, and today Vienna')
e('348','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'told the Permanent Council that the danger of war')
e('348','2022-01-13','withdrawal','Kazakhstan',['CSTO'],'The CSTO force started leaving Kazakhstan today')
e('348','2022-01-11','statement',None,['Kassym-Jomart Tokayev'],'On Tuesday Tokayev told parliament the mission was over')
e('348','2022-01-12','statement',None,[SER],'General Serdyukov said yesterday')
e('348','2022-01-13','other','Almaty',['CSTO'],'The ceremony in Almaty this morning')
e('348','2022-01-09','casualty_report',None,[KA],'spoke of 164 dead on Sunday')
e('348','2022-01-10','statement',None,[RYA],'said after Geneva on Monday',note='"after Geneva on Monday" read as dating the remarks (they followed the talks the same evening)')
e('348',None,'other',None,['United States'],'put their answers in writing next week',note='"next week": no day')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(RUS,'person',['Edgars Rinkēvičs','Rinkēvičs'],['Foreign Minister'],'Latvia',['the minister','He','he'],note='words invented'),
 sp('Artis Pabriks','person',['Artis Pabriks','Pabriks'],['Defence Minister'],'Latvia',note='words invented'),
 sp('Kristaps Ozoliņš','person',['Kristaps Ozoliņš','Ozoliņš'],['a researcher at the Latvian Institute of International Affairs'],'Latvia',note='invented'),
 sp(GFM,'organisation',['Foreign Ministry'],[],'Georgia',['the Foreign Ministry'],['Georgia'],note='the headline mention is the country name "Georgia"'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister','Armenian PM','CSTO chair'],'Armenia',[],['Armenian PM Pashinyan'],note='words invented'),
 sp('Davit Avetisyan','person',['Davit Avetisyan'],['an opposition MP'],'Armenia',note='invented'),
 sp('Nino Abashidze','person',['Nino Abashidze'],['Political analyst'],'Georgia',['she'],note='invented'),
 sp(AZMFA,'organisation',['Foreign Ministry'],[],'Azerbaijan',['the Foreign Ministry'],note='"In Baku, the Foreign Ministry"'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','the president','The Kazakh leader'],'Kazakhstan',['he','the president'],['President Tokayev',"Mr Tokayev's"]),
 sp('Antony Blinken','person',['Blinken'],['Secretary'],'United States',[],['Secretary Blinken'],note='surname only in this set; words invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','General','the commander of the CSTO force'],'Russia',[],['General Serdyukov'],note='words invented'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['Interior Ministry spokesperson'],'Kazakhstan',['She'],note='words paraphrased'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',note='words paraphrased; the ministry is an acceptable alternative'),
 sp(SGMFA,'organisation',['Ministry of Foreign Affairs','MFA'],[],'Singapore',['the ministry'],['Singapore'],note='headline mention is the country name'),
 sp('Lim Wei Jie','person',['Lim Wei Jie'],['engineer'],'Singapore',[],['Mr Lim'],note='invented; family name first'),
 sp('Josep Borrell','person',['Josep Borrell','Borrell'],['EU foreign policy chief',"The EU's top diplomat"],'European Union',['He'],note='words invented'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',['he'],note='canonical "Sergey" as in the gold; only "Sergei" is printed here; words invented'),
 sp('Pieter van der Laan','person',['Pieter van der Laan','van der Laan'],['Dutch MEP'],'Netherlands',note='invented; Renew Europe'),
 sp('Zhanar Tulegenova','person',['Zhanar Tulegenova'],['Almaty lawyer'],'Kazakhstan',['she'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['The Polish foreign minister'],'Poland',note='words paraphrased; OSCE chair 2022'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['the Russian ambassador'],'Russia',note='words invented'),
 sp('Anna Kowalczyk','person',['ANNA KOWALCZYK','Anna'],['analyst, Warsaw'],'Poland',note='invented; transcript speaker label in capitals'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source of figures; not quoted in this set'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary','US Deputy Secretary of State'],'United States',[],[],quoted=False,note='mentioned in 343 and 346'),
 sp(RDM,'organisation',['Russian Defence Ministry','Russian Defense Ministry'],[],'Russia',[],[],quoted=False,note='source of the aircraft figure in 343 and 344'),
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
