#!/usr/bin/env python3
"""Source of the devset132 annotation: the hand-chosen spans, values and dates for 1149-1156.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset132/annotation_source.py && python3 tests/devset132/verify.py
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
MOH='Kazakh Ministry of Health'; PGO="Kazakh Prosecutor General's Office"; AKIMAT='Almaty City Akimat'

# ---------------- 1149 NZ Herald page carrying AP (16 Jan, 2022, a Sunday in NZ)
art('1149',0,5,15,'NZ Herald','2022-01-16',[],'ALMATY, Kazakhstan',
    ['NZ Herald','Home  |  Latest news  |  World  |  Business  |  Sport  |  Premium','By AP','16 Jan, 2022 06:40 AM','3 mins to read',
     ' Share on Facebook   Share on Twitter   Share via Email','A Kazakh soldier guards a checkpoint in central Almaty. Photo / AP',
     'Associated Press writer Yuri Karmanov in Moscow contributed to this report.','Latest from World',
     'NZ Herald | Privacy Policy | Terms of Use | © Copyright 2022 NZME Publishing Limited'])
q('1149','Unfortunately, among the dead are also civilians who became victims of the terrorist acts,','Serik Shalabayev','Shalabayev','said')
q('1149','for now',PGO,"the prosecutor's office",'said',partial=True,note='two-word partial attributed by "said" (borderline; "armed bandits" in l.19 is a label and excluded)')
q('1149','The main goal was obvious: to undermine the constitutional order and seize power,',TOK,'he','told',note='"he told lawmakers earlier in the week"; he = Tokayev (age 68 in the previous sentence)')
q('1149','Every detained person must have access to a lawyer of their choice, and every allegation of torture must be investigated,','Eleanor Whitcombe','Eleanor Whitcombe','said',note='inverted "…," said NAME, role; invented researcher')
c('1149','killed',225,None,'people killed in the unrest (revised toll)','Kazakh authorities','death toll to 225',zone='headline')
c('1149','killed',19,None,'security officers killed','Kazakh authorities','says 19 were security officers',zone='headline')
c('1149','killed',225,None,'people killed in the unrest (revised toll)','Kazakh authorities',"225 people died during this month's unrest",note='revised upwards from 164')
c('1149','killed',164,None,'earlier official death count (superseded)',None,'had stood at 164',note='earlier figure, replaced by 225')
c('1149','killed',225,None,'bodies delivered to morgues','Serik Shalabayev','the bodies of 225 people had been delivered to morgues')
c('1149','killed',19,None,'police officers and soldiers among the dead','Serik Shalabayev','including 19 police officers and soldiers')
c('1149','killed',164,None,'earlier figure published and later removed','government Telegram channel','The earlier figure of 164 dead')
c('1149','injured',2600,'more than','people treated in hospitals',MOH,'More than 2,600 people were treated in hospitals',note='"67 of them remain in serious condition" is a subset, not recorded')
c('1149','detained',12000,'about','people detained across the country',MIA,'about 12,000 people had been detained')
c('1149','detained',9900,None,'detentions reported on Tuesday (earlier figure)',MIA,'the 9,900 detentions',note='earlier figure, replaced by about 12,000')
c('1149','troops_deployed',2000,'about','CSTO personnel sent to Kazakhstan',CSTO,'some 2,000 personnel',note='"some" -> about; "the alliance said" at the end of the sentence')
c('1149','troops_deployed',600,'about','soldiers flown out of Kazakhstan so far (withdrawal)','Russian officials','about 600 soldiers had left',note='a withdrawal count; type troops_deployed for lack of a better one')
c('1149','damage_usd',300000000,'at most','damage to businesses',TOK,'up to $300 million',note='"may reach up to"')
e('1149','2022-01-15','casualty_report','Nur-Sultan',[PGO,'Serik Shalabayev'],'told a briefing in the capital',note='"said on Saturday" (l.15) = 15 Jan, the day before the NZ publication date')
e('1149','2022-01-09','casualty_report',None,[],'published on a government Telegram channel on January 9')
e('1149','2022-01-02','protest',None,[],'since the protests began on January 2')
e('1149','2022-01-11','casualty_report',None,[MIA],'it reported on Tuesday',note='Tuesday before Sunday 16 Jan')
e('1149',None,'statement',None,[TOK],'he told lawmakers earlier in the week',note='"earlier in the week" is not a day (real: 11 Jan)')
e('1149','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began their withdrawal on Thursday')
e('1149','2022-01-19','withdrawal','Kazakhstan',[CSTO],'are due to finish by Wednesday',note='future: Wednesday after Sunday 16 Jan')

# ---------------- 1150 Norwegian Helsinki Committee statement (12.01.2022, a Wednesday)
art('1150',0,7,11,'Norwegian Helsinki Committee','2022-01-12',[],None,
    ['NORWEGIAN HELSINKI COMMITTEE','Promoting human rights since 1977','About us   Countries   Topics   Publications   Support our work   Norsk',
     'Countries › Kazakhstan','Statement | 12.01.2022','For more information, contact: Tor Aasland, senior policy adviser, press@nhc.example',
     'Share this page:  Facebook  Twitter  LinkedIn  E-mail','Norwegian Helsinki Committee | Oslo, Norway','Subscribe to our newsletter'])
q('1150','open fire without warning',TOK,'he','said',partial=True,note='"Two days later he said he had authorised…"; he = Tokayev')
q('1150','Families are going from one police station to another, and nobody tells them where their sons are,','Aigerim Sadykova','Aigerim Sadykova','said',note='inverted; invented lawyer')
q('1150','We know of at least forty people who have been beaten in custody.','Aigerim Sadykova','Aigerim Sadykova','said',note='second sentence after the inverted cue, same paragraph; a written-out figure inside the quote')
q('1150','several times higher',None,'Monitors we spoke to','believe',partial=True,note='anonymous monitors; cue is the verb "believe" (no speech verb)')
q('1150','A state that asks its allies for troops to protect it from its own citizens has a duty to show the world what those troops did,','Kari Nordvik','Kari Nordvik','said',note='inverted, then "She added" with reported speech (not a quote)')
q('1150','The withdrawal of foreign troops must not mean the withdrawal of international attention,','Kari Nordvik','Nordvik','said')
c('1150','killed',164,None,'deaths reported, then withdrawn','government Telegram channel','reported 164 deaths',note='"a government channel"; withdrawn hours later')
c('1150','detained',9900,None,'people detained by Tuesday',MIA,'9,900 people had been detained')
c('1150','detained',10000,None,'people who passed through police stations','NHC partners in Almaty','between 10,000 and 12,000 people',vmax=12000,note='range: value = lower bound, value_max = upper bound')
c('1150','other',40,'at least','people beaten in custody','Aigerim Sadykova','at least forty people',note='written-out figure inside a quote')
c('1150','killed',9,None,'civilians killed in Almaty (documented by monitors)','monitors','the deaths of nine civilians',note='written-out; NHC could not verify')
c('1150','troops_deployed',2000,'about','CSTO soldiers in Kazakhstan','Kari Nordvik','some 2,000 soldiers',note='in reported speech ("She added that …")')
e('1150','2022-01-02','protest','Zhanaozen',[],'What began on 2 January as peaceful protests in Zhanaozen')
e('1150','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency')
e('1150','2022-01-07','statement',None,[TOK],'Two days later he said',note='"Two days later" after 5 January')
e('1150','2022-01-09','casualty_report',None,[],'On 9 January a government channel')
e('1150','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving on Thursday',note='future: Thursday after Wednesday 12 Jan')

# ---------------- 1151 Kursiv business piece (11.01.2022, a Tuesday)
art('1151',0,6,12,'Kursiv','2022-01-11',['Daniyar Ospanov'],None,
    ['KURSIV','Economy  Finance  Markets  Business  Society  EN | RU | KZ','ECONOMY','11.01.2022, 17:45','Author: Daniyar Ospanov','Reading time: 4 min',
     'Tags: LPG, Mangystau, prices, Atameken','Subscribe to Kursiv on Telegram','© 2022 Kursiv Media. All rights reserved. Reproduction only with a link to kursiv.media'])
q('1151','The regulator tried to do in one winter what should have taken three years,','Olzhas Temirkhanov','Olzhas Temirkhanov','said',note='inverted; invented analyst; "three years" inside the quote is not a claim')
q('1151','not allow a shortage','Magzum Mirzagaliyev','Acting Energy Minister Magzum Mirzagaliyev','told',partial=True)
q('1151','Small businesses in Almaty will not survive the second shock after the pandemic unless the state pays compensation quickly,','Olzhas Temirkhanov','Temirkhanov','said')
q('1151','no more than a fifth','Aidar Zhakupov','Aidar Zhakupov','adding',partial=True,note='"agreed, adding that insurers covered “…”"; invented')
c('1151','detained',9900,None,'people detained nationwide',MIA,'9,900 people have been detained nationwide')
c('1151','killed',16,None,'law enforcement officers killed',MOH,'16 law enforcement officers had been killed')
c('1151','injured',1000,'more than','people who sought treatment in hospitals',MOH,'more than a thousand people',note='written-out "a thousand"')
e('1151','2022-01-01','other','Mangystau',[],'On 1 January the price of LPG',note='price rise at the pumps')
e('1151','2022-01-02','protest','Zhanaozen',[],'Within a day, residents of Zhanaozen were on the streets',note='"Within a day" after 1 January')
e('1151','2022-01-04','other',None,['Kazakh government'],'The cabinet backtracked on January 4',note='price cap promised')
e('1151','2022-01-10','statement',None,['Kazakh Ministry of Energy'],'The Ministry of Energy said on Monday')
e('1151',None,'government_resignation',None,[],'whose cabinet resigned last week',note='"last week" is not a day (real: 5 Jan)')
e('1151','2022-01-10','other','Almaty',[],'Banks in Almaty reopened on Monday')
e('1151','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev told the Mazhilis on Tuesday',note='Tuesday = publication day')

# ---------------- 1152 Mining.com markets piece (January 6, 2022, a Thursday)
art('1152',0,4,10,'Mining.com','2022-01-06',[],None,
    ['MINING.COM','News  Markets  Commodities  Gold  Copper  Battery Metals  Uranium  Events  Newsletter',
     'Staff Writer | January 6, 2022 | 11:52 am   Markets  Asia  Uranium',"Kazatomprom's Inkai mine in southern Kazakhstan. (Image courtesy of Cameco.)",
     '(With files from Reuters and Bloomberg)','More News','Sign up for the Mining.com newsletter','© 2022 MINING.COM, a Glacier Media company'])
q('1152',"Kazatomprom's mining and processing are continuing without disruption, and there has been no impact on production or exports,",'Kazatomprom','the company','said',note='the company name inside its own quote')
q('1152','limiting communication','Kazatomprom','It','added',partial=True)
q('1152','for a limited period of time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','wrote',partial=True,note='cue "wrote on Facebook"')
q('1152','The market had been pricing Kazakhstan as the safest place on earth to mine uranium. That assumption got a lot less safe this week,','Paul Brennan','Paul Brennan','said',note='inverted; invented')
q('1152','Mines sit hundreds of kilometres from Almaty, the workforce is local and the contracts are long-term,','Mira Kowalczyk','Mira Kowalczyk','said',note='inverted; invented')
q('1152','Unless rail transport through Russia is interrupted, I would expect the premium to disappear in two to three weeks.','Mira Kowalczyk','Mira Kowalczyk','said',note='continuation in the same paragraph; a duration range inside, not a claim')
c('1152','killed',8,None,'police officers and national guardsmen killed',MIA,'eight police officers and national guardsmen had died',note='written-out; "dozens" of rioters has no integer (excluded)')
c('1152','injured',317,None,'police officers and national guardsmen injured',MIA,'317 had been injured')
c('1152','detained',2298,None,'people detained',"Almaty city spokesperson",'2,298 people had been detained')
e('1152','2022-01-05','statement',None,['Kazatomprom'],'the company said in a statement on Wednesday evening')
e('1152',None,'protest','Zhanaozen',[],'which began over fuel prices in the oil town of Zhanaozen',note='undated')
e('1152','2022-01-06','statement',None,[CSTO],'said early on Thursday it would send peacekeeping forces')
e('1152',None,'statement',None,['Nikol Pashinyan'],'wrote on Facebook',note='undated (real: 6 Jan)')
e('1152',None,'casualty_report',None,['police'],'Police said overnight',note='"overnight" = night of 5-6 Jan, left null')

# ---------------- 1153 Taipei Times World News page with AFP (Thu, Jan 13, 2022)
art('1153',0,8,12,'Taipei Times','2022-01-13',[],'ALMATY, Kazakhstan',
    ['Taipei Times','Home  Taiwan News  Business  Editorials  Sports  World News  Features  Bilingual','World News','Thu, Jan 13, 2022 page6',
     'AFP, ALMATY, Kazakhstan','Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.',
     'TOP','Copyright © 1999-2022 The Taipei Times. All rights reserved.'])
q('1153','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Tokayev','told')
q('1153','a layer of wealthy people, even by international standards',TOK,'Tokayev','saying',partial=True)
q('1153','pay their dues to the people',TOK,'Tokayev','saying',partial=True,note='second partial in the same "saying that … and that …" clause')
q('1153','the undermining of the foundations of the state','Vladimir Putin','Russian President Vladimir Putin','told',partial=True,note='"color revolutions" in the same sentence is a label and excluded')
q('1153','a real risk for new armed conflict in Europe','Jens Stoltenberg','NATO Secretary-General Jens Stoltenberg','warned',partial=True)
q('1153','a large number of disagreements','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','told',partial=True)
q('1153','People are going back to work, but everyone looks at the soldiers and counts how many are still here,','Yerlan','Yerlan','said',note='first name only; age 35 not a claim')
c('1153','troops_deployed',2030,'about','CSTO soldiers deployed',None,'about 2,030 soldiers',note='the alliance is the subject that deployed them (source null, as devset19 252)')
c('1153','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('1153','detained',8000,'almost','people detained (earlier figure, Monday)',MIA,'nearly 8,000 reported on Monday',note='earlier figure')
c('1153','killed',164,None,'people killed','Kazakh authorities','164 people were killed')
c('1153','killed',16,None,'members of the security forces killed','Kazakh authorities','16 members of the security forces')
e('1153','2022-01-11','statement','Nur-Sultan',[TOK],'on Tuesday said that a Russia-led military alliance')
e('1153','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing troops in two days',note='"in two days" from Tuesday 11 Jan')
e('1153',None,'other',None,[TOK,CSTO],'called in troops from the Collective Security Treaty Organization last week',note='"last week" (real: 5 Jan request)')
e('1153','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev nominated Alikhan Smailov',note='"In the same speech" = Tuesday')
e('1153','2022-01-10','casualty_report',None,[MIA],'reported on Monday')
e('1153','2022-01-10','talks',None,['Vladimir Putin',CSTO],'on Monday told a videoconference of CSTO leaders')
e('1153','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'yesterday warned after four hours of talks',note='"yesterday" in a print edition dated Thu 13 Jan')
e('1153','2022-01-10','talks','Geneva',['Russia','United States'],'a Russia-US meeting in Geneva on Monday')
e('1153','2022-01-13','talks','Vienna',['OSCE'],'in Vienna today')
e('1153','2022-01-05','other','Almaty',[],'seized by protesters on Jan. 5')
e('1153','2022-01-12','other','Almaty',[],'reopened yesterday for domestic flights')

# ---------------- 1154 Janes defence news (14 January 2022, a Friday)
art('1154',0,6,19,'Janes','2022-01-14',['Thomas Lindqvist'],None,
    ['JANES','Defence  |  Security  |  Intelligence  |  Events  |  Login','DEFENCE NEWS | LAND','by Thomas Lindqvist','14 January 2022',
     'Russian airborne troops board an Il-76MD at Almaty airport on 13 January. (Russian MoD)','KEY POINTS',
     'Related articles','Russia airlifts VDV units to Kazakhstan','Belarus confirms CSTO contribution','© 2022 Janes. All rights reserved. Terms of use | Privacy policy'],
    sections=(ln('1154','Analysis\n'),))
q('1154','fully accomplished the tasks assigned to it','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True,note='"the force commander, Colonel General Andrei Serdyukov, said"')
q('1154','Four Il-76 aircraft took off from Almaty with Russian personnel and equipment on board,',RDM,'the ministry','said',note='a number inside the quote (aircraft claim)')
q('1154','This was less a military operation than a political signal, and the aircraft were the message,','Imogen Carew','Dr Imogen Carew','said',note='inverted; "Dr" honorific; invented')
c('1154','aircraft',70,'more than','transport aircraft that delivered the Russian contingent',None,'more than 70 transport aircraft',note='KEY POINTS bullet (body)')
c('1154','troops_deployed',2030,None,'CSTO force at its peak','CSTO','2,030 personnel',note='"According to figures released by the CSTO secretariat"; 250 pieces of equipment not a claim')
c('1154','troops_deployed',100,'about','Belarusian troops',None,'Belarus sent about 100 troops')
c('1154','troops_deployed',100,'about','Armenian troops',None,'Armenia about 100',note='verb elided')
c('1154','troops_deployed',200,'about','Tajik troops',None,'Tajikistan some 200',note='"some" -> about')
c('1154','troops_deployed',150,None,'Kyrgyz troops',None,'Kyrgyzstan 150')
c('1154','aircraft',70,'more than','Il-76 sorties for the airlift into Kazakhstan',RDM,'more than 70 Il-76')
c('1154','aircraft',5,None,'An-124 sorties for the airlift',RDM,'five An-124 sorties',note='written-out')
c('1154','aircraft',4,None,'Il-76 aircraft that left Almaty on 13 January (withdrawal)',RDM,'Four Il-76 aircraft',note='inside a quote')
c('1154','killed',16,None,'Kazakh security personnel killed',MIA,'lost 16 personnel killed')
e('1154','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing its Collective Peacekeeping Forces (CPKF)')
e('1154','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a week after the first units arrived',note='"a week after" -> 13 - 7 = 6 Jan')
e('1154','2022-01-13','other','Almaty',['Andrei Serdyukov'],'At a farewell ceremony in Almaty on Thursday')
e('1154','2022-01-13','statement',None,[RDM],'the ministry said on 13 January')
e('1154','2022-01-19','withdrawal','Kazakhstan',[CSTO],'All contingents are due to leave by 19 January',note='future')
e('1154','2022-01-06','other',None,[CSTO],'from the decision on 6 January',note='deployment decision')
e('1154','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on 10 January')
e('1154','2022-01-12','talks','Brussels',['Russia','NATO'],'Brussels two days later',note='"two days later" after 10 January')
e('1154',None,'statement','Nur-Sultan',['Kazakh Ministry of Defence'],'has said that the army will be',note='undated')

# ---------------- 1155 Yle News piece ("12.1." with no year; Wednesday 12 January 2022)
art('1155',0,5,7,'Yle News','2022-01-12',[],None,
    ['Yle Uutiset  |  Yle News  |  Svenska Yle','YLE NEWS','Latest  Finland  Politics  Culture  All Points North (podcast)','12.1. 18:04 • Updated 12.1. 19:27',
     'Finnish Foreign Minister Pekka Haavisto. Image: Yle','Read more:','Poll: Support for Nato membership at 28 percent',
     'Finnish citizens in Kazakhstan safe, says Foreign Ministry','Yle News  •  Send us news tips  •  yle.fi/news'])
q('1155','with great care','Sauli Niinistö','President Sauli Niinistö','said',partial=True,note='inverted: "…", President Sauli Niinistö said on Wednesday')
q('1155',"If NATO agreed not to expand, it would be deciding something on Finland's behalf. That is not acceptable to us,",'Sauli Niinistö','Niinistö','told')
q('1155','not a party at the table, but we are on the menu in some of these proposals','Pekka Haavisto','Haavisto','According to',partial=True)
q('1155','The Kazakhstan operation was a demonstration for European audiences too,','Emilia Rautio','Emilia Rautio','said',note='inverted; invented researcher')
q('1155','It showed that Moscow can put a brigade anywhere in its neighbourhood within 48 hours, and that it is willing to do so.','Emilia Rautio','Emilia Rautio','said',note='continuation in the same paragraph')
q('1155','Our readiness is at its normal level,','Timo Kivinen','he','said',note='he = General Timo Kivinen (previous sentence)')
q('1155','difficult, long, very professional','Sergey Ryabkov',"Russia's Deputy Foreign Minister Sergei Ryabkov",'said',partial=True,note='"Sergei" spelling')
c('1155','troops_deployed',100000,None,"Russian troops near Ukraine's border",'Western estimates','between 100,000 and 120,000 troops',vmax=120000,note='range')
c('1155','troops_deployed',2000,'about','CSTO troops flown into Kazakhstan',None,'Some 2,000 troops')
c('1155','killed',164,'at least','people killed in the Kazakh protests',None,'at least 164 people dead')
e('1155','2022-01-12','talks','Brussels',['NATO','Russia'],"Wednesday's NATO-Russia talks in Brussels",note='standfirst')
e('1155','2022-01-12','statement','Helsinki',['Sauli Niinistö'],'President Sauli Niinistö said on Wednesday')
e('1155','2022-01-11','statement',None,['Pekka Haavisto'],'a remark he first made to Yle on Tuesday')
e('1155','2022-01-09','statement',None,['Timo Kivinen'],'in an interview with Helsingin Sanomat on Sunday')
e('1155','2022-01-10','talks','Geneva',['Russia','United States'],'The Russia-US talks in Geneva on Monday')
e('1155','2022-01-13','talks','Vienna',['OSCE'],'the OSCE meeting in Vienna on Thursday',note='future')
e('1155',None,'other','Brest',['Pekka Haavisto','European Union'],'at the end of the week',note='"at the end of the week" is not a day (real: 13-14 Jan)')

# ---------------- 1156 Almaty City Akimat website news (10.01.2022, a Monday)
art('1156',0,7,11,AKIMAT,'2022-01-10',[],None,
    ['ALMATY CITY AKIMAT','Official website of the Akim of Almaty','Main  |  About the city  |  Akim  |  Press center  |  Services  |  Contacts        Қаз  Рус  Eng',
     'Press center / News','10.01.2022 | 16:30 | Views: 4 812','Press service of the Akimat of Almaty','Share:  Facebook   Telegram   WhatsApp   VK',
     '© 2022 Akimat of Almaty. When using materials, a link to almaty.gov.kz is required.'])
q('1156','The situation in Almaty is stable and fully under the control of law enforcement agencies. All life-support systems are working normally,','Yerbolat Dossayev','the akim','said',note='title-only attribution after the quote; full name in the previous sentence')
q('1156','We will compensate entrepreneurs for the damage. Commissions have been created in every district, and applications are being accepted from today,','Yerbolat Dossayev','Yerbolat Dossayev','said')
q('1156','under reliable protection','Bauyrzhan Kemelbekov','Deputy Akim Bauyrzhan Kemelbekov','added',partial=True,note='invented deputy')
c('1156','killed',103,None,'people killed in Almaty','Yerbolat Dossayev','103 people died in Almaty',note='"According to him"')
c('1156','killed',3,None,'children among the dead in Almaty','Yerbolat Dossayev','among them three children',note='written-out; a subset recorded as a separate category (cf. gold "two of his deputies")')
c('1156','injured',1250,None,'people treated by medical organisations of the city','Yerbolat Dossayev','treated 1,250 people',note='"98 remain in hospital" is a subset, not recorded')
c('1156','detained',1700,'more than','riot participants detained in Almaty','Almaty police department','more than 1,700 participants of the riots had been detained')
c('1156','other',300,'more than','firearms seized','Almaty police department','over 300 units of firearms')
e('1156','2022-01-10','other','Almaty',[],'on the national day of mourning',note='"Today" = publication day')
e('1156','2022-01-04','protest','Almaty',[],'the tragic events of January 4-6',note='range: first day')
e('1156','2022-01-10','statement','Almaty',['Yerbolat Dossayev'],'At a briefing in the akimat',note='"Today" (same day as the page)')
e('1156','2022-01-05','protest','Almaty',[],'were set on fire on Wednesday, January 5')
e('1156','2022-01-08','other','Almaty',[],'Public transport has been running since Saturday',note='"since Saturday" before Monday 10 Jan')
e('1156','2022-01-11','other','Almaty',[],'From tomorrow, buses on 92 routes',note='"tomorrow" after Monday 10 Jan')
e('1156','2022-01-07','troop_deployment','Almaty',[CSTO],'guarding strategic objects of the city since January 7')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he']),
 sp('Serik Shalabayev','person',['Serik Shalabayev','Shalabayev'],["head of the criminal prosecution service at the Prosecutor General's Office"],'Kazakhstan',[],note='words invented/paraphrased'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',["the prosecutor's office"]),
 sp('Eleanor Whitcombe','person',['Eleanor Whitcombe'],['a researcher with an international rights group'],None,note='invented'),
 sp('Aigerim Sadykova','person',['Aigerim Sadykova'],['a lawyer with a partner organisation in Almaty'],'Kazakhstan',note='invented'),
 sp('Kari Nordvik','person',['Kari Nordvik','Nordvik'],['Secretary General of the NHC'],'Norway',['She'],note='invented'),
 sp('Olzhas Temirkhanov','person',['Olzhas Temirkhanov','Temirkhanov'],['an energy analyst at a private consultancy in Almaty'],'Kazakhstan',note='invented'),
 sp('Magzum Mirzagaliyev','person',['Magzum Mirzagaliyev'],['Acting Energy Minister'],'Kazakhstan',note='words invented'),
 sp('Aidar Zhakupov','person',['Aidar Zhakupov'],['The deputy head of Atameken'],'Kazakhstan',note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan',['the company','It','The state-owned producer']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Paul Brennan','person',['Paul Brennan'],['a portfolio manager at a Toronto resource fund'],'Canada',note='invented'),
 sp('Mira Kowalczyk','person',['Mira Kowalczyk'],['a metals analyst at a London brokerage'],'United Kingdom',note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary-General'],'Norway'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Yerlan','person',['Yerlan'],['a 35-year-old taxi driver'],'Kazakhstan',note='first name only; invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','the force commander'],'Russia'),
 sp(RDM,'organisation',['Russian Ministry of Defence','Russian MoD'],[],'Russia',['the ministry']),
 sp('Imogen Carew','person',['Imogen Carew'],['a research fellow at a London defence think tank'],'United Kingdom',['She'],['Dr Imogen Carew'],note='invented'),
 sp('Sauli Niinistö','person',['Sauli Niinistö','Niinistö'],['President'],'Finland'),
 sp('Pekka Haavisto','person',['Pekka Haavisto','Haavisto'],['Foreign Minister','Finnish Foreign Minister'],'Finland',['he']),
 sp('Emilia Rautio','person',['Emilia Rautio'],['a researcher who studies Russian security policy at a Helsinki university'],'Finland',note='invented'),
 sp('Timo Kivinen','person',['Timo Kivinen'],['The head of the Finnish Defence Forces','General'],'Finland',['he'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],["Russia's Deputy Foreign Minister"],'Russia',note='"Sergei" spelling; canonical from gold'),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev'],['the Akim of Almaty'],'Kazakhstan',['the akim','He'],note='words invented'),
 sp('Bauyrzhan Kemelbekov','person',['Bauyrzhan Kemelbekov'],['Deputy Akim'],'Kazakhstan',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(MOH,'organisation',['Health Ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 2 files; not quoted'),
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
