#!/usr/bin/env python3
"""Source of the devset41 annotation: the hand-chosen spans, values and dates for 421-428.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset41/annotation_source.py && python3 tests/devset41/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
ROMFA='Romanian Ministry of Foreign Affairs'; ARGMFA='Argentine Foreign Ministry'; ILMFA='Israeli Foreign Ministry'
ESMFA='Spanish Foreign Ministry'; BDMFA='Bangladeshi Ministry of Foreign Affairs'; GAC='Global Affairs Canada'
def L(p,s): return ln(p,s)

# ---------------- 421 Agerpres wire (07-01-2022, a Friday)
art('421',0,L('421','MAE: No Romanian citizens'),L('421','Bucharest, Jan 7 /Agerpres/'),'Agerpres','2022-01-07',['Cristina Stoian','Simona Iacob'],'Bucharest',
    ['AGERPRES','Romanian National News Agency','Home | International | Politics','07-01-2022 13:42:18 | Editor: Adrian Dadarlat',
     'AGERPRES (RO - author: Cristina Stoian, editor: Adrian Dadarlat; EN - author: Simona Iacob, editor online: Adina Panaitescu)',
     '(Photo: Tolga Bozoglu/EPA)','© 2022 AGERPRES. All rights reserved.'])
q('421','all travel to the regions affected by the protests until the situation stabilises',ROMFA,'the Ministry of Foreign Affairs (MAE)','advising',partial=True,note='"…, the Ministry … said on Friday, advising Romanians to avoid “…”"; the cue is the participle')
q('421','According to the data held by the Romanian Embassy in Nur-Sultan, approximately 90 Romanian citizens are currently in Kazakhstan, most of them employees of companies in the oil and gas sector,',ROMFA,'the MAE','said in a press release',note='acronym MAE (Ministerul Afacerilor Externe); the 90 citizens are not a claim')
q('421','The embassy remains in permanent contact with the Kazakh authorities and with members of the Romanian community,',ROMFA,'the release','added')
q('421','to be strictly limited in time and to fully respect international law','Bogdan Aurescu','Foreign Minister Bogdan Aurescu','told',partial=True,note='"told a press conference on Thursday that Bucharest expected … “…”"')
q('421','What is happening in Kazakhstan cannot be separated from the security situation on the eastern flank and from the demands that Russia has addressed to NATO and to the United States,','Bogdan Aurescu','the head of Romanian diplomacy','stated',note='title-only periphrasis after the quote')
q('421','largely restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='two-word partial with a speech verb ("said in a televised address that constitutional order had been “…”")')
c('421','killed',26,None,'"armed criminals" "liquidated"',MIA,'26 "armed criminals" had been "liquidated"',note='both scare-quoted words excluded from quotes')
c('421','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed')
c('421','detained',3811,None,'people detained',MIA,'3,811 people had been detained')
c('421','troops_deployed',2500,'about','CSTO troops taking part in the operation',CSTO,'some 2,500 troops from Russia',note='"some" normalised to about')
e('421','2022-01-07','statement',None,[ROMFA],'the Ministry of Foreign Affairs (MAE) said on Friday')
e('421','2022-01-06','statement',None,['Bogdan Aurescu'],'told a press conference on Thursday',note='Thursday before Friday 7 Jan')
e('421','2022-01-07','talks',None,['Bogdan Aurescu','NATO','Jens Stoltenberg'],'an extraordinary videoconference of NATO foreign ministers',note='"on Friday afternoon" (future on the publication day)')
e('421',None,'talks',None,['NATO','Russia'],'the talks with Russia scheduled for next week',note='"next week" is not a day (real: 10-13 Jan)')
e('421','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e('421',None,'troop_deployment','Kazakhstan',[CSTO],'The CSTO announced that some',note='undated announcement')
e('421',None,'statement',None,[TOK],'said in a televised address that constitutional order',note='no day given (real: 7 Jan)')
e('421','2022-01-02','protest','Zhanaozen',[],'The protests broke out on January 2')

# ---------------- 422 Notes from Poland (January 13, 2022, a Thursday)
art('422',0,L('422','Poland takes OSCE helm'),L('422','Polish foreign minister Zbigniew Rau'),'Notes from Poland','2022-01-13',['Anna Wiśniewska'],None,
    ['Notes from Poland','News · Politics · Society · Business · Culture · Opinion · Support us','January 13, 2022','Anna Wiśniewska',
     'Main image credit: Jakub Porzycki/Agencja Gazeta','Tags: OSCE, Zbigniew Rau, Kazakhstan, Russia, security'])
q('422','closer to war than in a generation','Zbigniew Rau','Poland','warning',partial=True,zone='headline',note='headline paraphrase of the body quote, attributed to "Poland" (metonymy for Rau)')
q('422','We have not been this close to a large war in our part of Europe for a generation,','Zbigniew Rau','Rau','told')
q('422',"The OSCE cannot pretend that this is someone else's problem.",'Zbigniew Rau','Rau','told',note='second quote in the same paragraph, after the cue')
q('422','an independent investigation of the tragic events','Zbigniew Rau','Rau','said',partial=True)
q('422','We offer dialogue, not lectures,','Łukasz Jasina','he','said',note='he = Łukasz Jasina (named with Polish letters in the sentence before)')
q('422','Whether Kazakhstan takes it up is its sovereign decision.','Łukasz Jasina','he','said',note='continuation after "he said." in the same paragraph')
q('422','fulfilled its mission','Alexander Lukashevich','he','said',partial=True)
q('422','within days','Alexander Lukashevich','he','adding',partial=True,note='two-word partial after "adding that …"; borderline')
q('422','Unfortunately, we hear the language of ultimatums, not of negotiation,',None,"a senior diplomat at Poland's OSCE mission",'said',note='anonymous; inverted cue')
c('422','killed',225,None,'people killed during the unrest','Kazakh authorities','225 people had been killed')
c('422','killed',19,None,'members of the security forces killed','Kazakh authorities','including 19 members of the security forces',note='subset of the 225, kept as its own claim (security-force deaths)')
c('422','troops_deployed',2030,None,'CSTO troops','Alexander Lukashevich','numbering 2,030')
c('422','troops_deployed',100000,'more than',"Russian troops near Ukraine's border",'Western estimates','more than 100,000 troops near')
e('422','2022-01-13','statement','Vienna',['Zbigniew Rau','OSCE'],'in Vienna on Thursday')
e('422','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council met in Brussels',note='"a day after" the Thursday speech')
e('422','2022-01-10','talks','Geneva',['United States','Russia'],'three days after US and Russian negotiators',note='"three days after" Thursday 13 Jan')
e('422',None,'statement',None,['Łukasz Jasina'],'later told Notes from Poland',note='"later" (probably 13 Jan)')
e('422',None,'statement',None,['Alexander Lukashevich'],'was less conciliatory',note='undated (probably 13 Jan)')

# ---------------- 423 Buenos Aires Times with AFP (08-01-2022, a Saturday)
art('423',0,L('423','Kazakhstan leader rejects talks'),L('423',"Kazakhstan's ex-security chief"),'Buenos Aires Times','2022-01-08',[],None,
    ['BUENOS AIRES TIMES','Saturday, January 8, 2022','Argentina | Economy | World | Culture | Opinion','WORLD | 08-01-2022 12:41','by AFP','-- Times/AFP',
     'Related news',"Putin says Russia will not allow 'colour revolutions'","Argentina's Cafiero to meet Lavrov in Moscow",'Oil prices rise as Kazakhstan unrest disrupts output'])
q('423','What negotiations can there be with criminals and murderers?',TOK,'Tokayev','asked')
q('423','Those who do not surrender will be destroyed,',TOK,'he','added')
q('423','coordinate further steps','Kremlin','the Kremlin','according to',partial=True,note='"according to the Kremlin, which said the two leaders had agreed to “…”"')
q('423','None of them has reported injuries, and all are following the recommendations of the embassy,',ARGMFA,'the ministry','said in a statement')
q('423','a permanent guard',ARGMFA,'the ministry','adding',partial=True)
q('423','You heard shooting at night and during the day there was silence, a very strange silence,','Mariela Toledo','she','told')
q('423','We only went out to buy bread.','Mariela Toledo','she','told',note='continuation after the cue, same paragraph')
c('423','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty',note='one-word "bandits" excluded from quotes')
c('423','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('423','killed',26,None,'protesters killed','officials','26 protesters')
c('423','killed',18,None,'members of the security forces killed','officials','18 members of the security forces killed')
c('423','troops_deployed',2500,'about','CSTO troops',None,'a force of about 2,500 troops')
e('423','2022-01-07','statement',None,[TOK],'in a televised address on Friday')
e('423','2022-01-08','statement',None,['Kazakh government'],'his government said on Saturday')
e('423','2022-01-06','arrest',None,['Karim Masimov','National Security Committee'],'had been detained on Thursday')
e('423','2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said on Saturday')
e('423','2022-01-07','casualty_report',None,['officials'],'since Friday, when they reported')
e('423','2022-01-08','talks',None,['Vladimir Putin',TOK],'spoke by telephone with Tokayev on Saturday')
e('423',None,'statement','Buenos Aires',[ARGMFA],'In Buenos Aires, the Foreign Ministry said')

# ---------------- 424 Global News (Canada) (January 10, 2022, a Monday)
art('424',0,L('424',"U.S., Russia hold 'frank' talks"),L('424','Senior American and Russian diplomats'),'Global News','2022-01-10',['Marisa Lavoie'],None,
    ['Global News','Home | World | Canada | Politics | Watch | Live','World','By Marisa Lavoie  Global News','Posted January 10, 2022 11:06 am','Updated January 10, 2022 2:31 pm',
     'WATCH: U.S., Russia begin high-stakes security talks in Geneva amid Ukraine tensions – Jan 10, 2022','WATCH: Kazakhstan says order restored after deadly unrest – Jan 9, 2022','2:14',
     '— With files from The Associated Press and Reuters','© 2022 Global News, a division of Corus Entertainment Inc.','Report an error'])
q('424','a frank and forthright discussion','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','said',partial=True,note='comma outside the closing mark')
q('424','simply non-starters.','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','said',partial=True,note='full stop inside the closing mark')
q('424',"We will not allow anyone to slam closed NATO's open-door policy,",'Wendy Sherman','Sherman','said',note='inverted "said Sherman, speaking to reporters by phone"')
q('424','difficult, long, very professional','Sergey Ryabkov','Sergey Ryabkov','described',partial=True,note='"described the talks as “…”"')
q('424','There is no reason to fear some kind of escalation scenario,','Sergey Ryabkov','Ryabkov','told')
q('424',"attempted coup d'état",TOK,'President Kassym-Jomart Tokayev','described',partial=True,note='"described the events as an “…”"')
q('424','The Kremlin is testing the West in Kazakhstan and in Geneva at the same time,','Taras Hnatiuk','Taras Hnatiuk','said',note="inverted: said the group's spokesperson, Taras Hnatiuk")
q('424','It would be a mistake to pretend the two are not connected.','Taras Hnatiuk','Taras Hnatiuk','said',note='continuation after the cue')
q('424','shoulder to shoulder','Mélanie Joly','Foreign Affairs Minister Mélanie Joly','said',partial=True)
c('424','killed',164,None,'people killed in a week of violence',"Kazakhstan's government",'164 people had been killed')
c('424','detained',5800,None,'people detained',"Kazakhstan's government",'5,800 people had been detained')
e('424','2022-01-10','talks','Geneva',['United States','Russia','Wendy Sherman','Sergey Ryabkov'],'met for nearly eight hours in Geneva on Monday')
e('424','2022-01-10','talks',None,[TOK,CSTO],'an online summit of the Russian-led Collective Security Treaty Organization on Monday')
e('424',None,'casualty_report',None,["Kazakhstan's government"],"Kazakhstan's government said 164",note='undated (real: 9-10 Jan)')
e('424','2022-01-09','statement',None,[GAC],'said in a travel advisory on Sunday')
e('424',None,'statement',None,['Ukrainian Canadian Congress'],'urged Ottawa to send more troops')
e('424','2022-01-09','statement',None,['Mélanie Joly'],'said on Sunday that Canada stood')
e('424',None,'other','Ukraine',['Mélanie Joly'],'expected to visit Ukraine next week',note='"next week" is not a day')

# ---------------- 425 Daily Nation (Kenya) (Tuesday, January 11, 2022)
art('425',0,L('425','Kazakhstan: Russian-led troops'),L('425',"Kazakhstan's President Kassym-Jomart Tokayev on Tuesday"),'Daily Nation','2022-01-11',['Kevin Otieno'],None,
    ['NATION','Nation.Africa | News | Business | Counties | Sports | World | Opinion','World','Tuesday, January 11, 2022','By Kevin Otieno','with agencies',
     "Sign up for the Nation's daily newsletter",'Nation Media Group © 2022'])
q('425','main mission',TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'saying',partial=True)
q('425','The phased withdrawal of the joint peacekeeping contingent will begin in two days and will take no more than ten days,',TOK,'Tokayev','told',note='durations inside the quote are not claims')
q('425','layer of wealthy people',TOK,'Tokayev','saying',partial=True)
q('425','restraint on all sides and a return to dialogue','Martin Kimani','Ambassador Martin Kimani','said',partial=True)
q('425','Africa knows too well the price paid when the grievances of young people are answered only with force,','Martin Kimani','the envoy','said')
q('425','The shops opened yesterday and the internet is back for a few hours a day,','Faith Wanjiku','she','said',note='the name is in the previous sentence ("Faith Wanjiku … told the Nation that …")')
q('425','We are still afraid to walk at night.','Faith Wanjiku','she','said')
c('425','troops_deployed',2030,None,'CSTO personnel in the mission',CSTO,'2,030 personnel were involved')
c('425','killed',164,None,'people dead in the unrest','Kazakh government','164 people dead')
c('425','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
e('425','2022-01-11','statement','Nur-Sultan',[TOK],'on Tuesday announced that troops')
e('425','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing from the country in two days',note='"in two days" from Tuesday 11 Jan')
e('425','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'appointed Alikhan Smailov',note='"In the same speech" (Tuesday)')
e('425','2022-01-02','protest',None,[],'began over fuel prices on January 2')
e('425',None,'casualty_report',None,['Kazakh government'],'published by the government at the weekend',note='"at the weekend" (8-9 Jan) is not one day')
e('425','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e('425',None,'statement',None,['Martin Kimani'],'said last week that the Security Council',note='"last week" is not a day')

# ---------------- 426 Haaretz analysis behind a soft paywall (Jan 12, 2022, a Wednesday)
art('426',0,L('426','In Kazakhstan, Putin Sent a Message'),L('426','The speed of the Russian-led deployment'),'Haaretz','2022-01-12',['Yonatan Sharon'],None,
    ['Haaretz','Subscribe  |  Log in','Israel News | World News | Opinion | Middle East | Jewish World','World News','ANALYSIS','Jan 12, 2022 3:01 am IST',
     'Get email notification for articles from Yonatan Sharon Follow','This article is for subscribers only','Subscribe now and get unlimited access to Haaretz.com',
     'Already a subscriber? Log in','Subscribe','Click the alert icon to follow topics:','Russia  Kazakhstan  Vladimir Putin'],
    le=L('426','For Jerusalem, the'))
q('426','We have never seen the CSTO used like this, and we are unlikely to see it used like this again,','Marina Gurevich','Dr. Marina Gurevich','said',note='inverted; honorific "Dr."')
q('426','It was a demonstration of capacity, and the audience was in Geneva and Brussels.','Marina Gurevich','Dr. Marina Gurevich','said',note='continuation after the cue')
q('426','unilateral concessions','Sergey Ryabkov','Sergei Ryabkov','has warned',partial=True,note='"Sergei" spelling here; canonical Sergey')
q('426','with concern',ILMFA,'A Foreign Ministry statement','said',partial=True,note='two-word partial with a speech verb')
q('426','Nobody from the community was hurt, thank God,','Mikhail','he','said',note='first name only, given by the community official')
q('426','But people remember the 1990s, and they are packing suitcases again.','Mikhail','he','said')
c('426','troops_deployed',2030,None,'CSTO troops, most of them Russian',None,'The alliance had sent 2,030 troops')
c('426','killed',164,None,'people who died','official count','164 people had died',note='"by official count"')
e('426','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],"When Russian paratroopers began landing at Almaty's airport last Thursday",note='"last Thursday" from Wednesday 12 Jan')
e('426',None,'other',None,[TOK,CSTO],"less than a day after Kazakhstan's president asked for help",note='request for help; relative to the landing (real: 5 Jan)')
e('426','2022-01-11','statement',None,[TOK],'On Tuesday, President Kassym-Jomart Tokayev told parliament')
e('426','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving on Thursday',note='future Thursday after Wednesday 12 Jan')
e('426','2022-01-10','talks','Geneva',['United States','Russia'],'On Monday, U.S. and Russian delegations met in Geneva')
e('426','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday, the NATO-Russia Council convenes in Brussels')
e('426','2022-01-07','statement',None,[ILMFA],'A Foreign Ministry statement on Friday')

# ---------------- 427 Dhaka Tribune (09 Jan 2022, a Sunday)
art('427',0,L('427','Kazakhstan unrest: Bangladeshis'),L('427','All Bangladeshi nationals'),'Dhaka Tribune','2022-01-09',[],None,
    ['Dhaka Tribune','Bangladesh | Nation | World | Business | Sport | Opinion | Showtime','World > Asia','Tribune Desk',
     'Publish : 09 Jan 2022, 07:15 PM   Update : 09 Jan 2022, 07:52 PM','Topics:','Kazakhstan  Bangladeshi expatriates  Ministry of Foreign Affairs',
     'Related Stories','Remittance inflow hits $1.7bn in December','Tokayev orders troops to shoot without warning'])
q('427','We are in regular contact with our citizens through the honorary consul and our mission in Tashkent. So far nobody has been harmed,','Shahriar Alam','State Minister for Foreign Affairs Md Shahriar Alam','told',note='honorific prefix "Md" kept in the mention, dropped in the canonical name')
q('427','not necessary at this stage','Shahriar Alam','he','said',partial=True)
q('427','within 24 hours','Shahriar Alam','he','said',partial=True,note='a duration inside a partial; borderline')
q('427','a substantial number of foreign citizens',MIA,'The Interior Ministry','said',partial=True,note='partial embedded between commas inside the claim sentence')
q('427','We heard gunfire for two nights. Now the army is in the streets and it is quiet,','Rafiqul Islam','he','told')
c('427','killed',164,None,'people killed, including two children','Kazakh authorities','164 people, including two children, had been killed',note='"two children" is a subset, not a claim')
c('427','detained',5800,None,'people detained',MIA,'5,800 people')
c('427','troops_deployed',2500,'about','CSTO troops in Kazakhstan',None,'The alliance has deployed about 2,500 troops')
e('427','2022-01-09','statement','Dhaka',[BDMFA,'Shahriar Alam'],'the Ministry of Foreign Affairs said on Sunday')
e('427','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e('427',None,'casualty_report',None,[MIA],'The Interior Ministry said separately')
e('427','2022-01-05','other','Almaty',[],'inside their dormitory since Wednesday',note='workers confined from Wednesday 5 Jan')
e('427','2022-01-10','talks',None,['Vladimir Putin',CSTO],'are due to hold an online summit on Monday',note='future Monday after Sunday 9 Jan')
e('427',None,'troop_deployment','Kazakhstan',[CSTO],'The alliance has deployed about',note='undated')

# ---------------- 428 El País English Edition interview (JAN 11, 2022, a Tuesday)
art('428',0,L('428','Elena Castillo: "Tokayev'),L('428','The Madrid-based Central Asia specialist'),'El País','2022-01-11',['JAVIER MOLINA'],'Madrid',
    ['EL PAÍS','English Edition','INTERNATIONAL · EUROPE · AMERICA · SPAIN · OPINION','INTERVIEW','JAVIER MOLINA','Madrid - JAN 11, 2022 - 17:20 CET',
     'More information','Russia and the US end Geneva talks without agreement on Ukraine','Sign up for our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition'],
    le=L('428','A small one. Spain has'))
q('428','Tokayev has used the Russians to settle accounts at home','Elena Castillo','Elena Castillo',None,zone='headline',note='"Name: “…”" headline; the interviewee\'s answers in the body are unquoted (not quotes)')
q('428',"an attempted coup d'état",TOK,'He','told',partial=True,note='inside the interviewee\'s unquoted answer; He = Tokayev ("Tokayev says it was.")')
q('428','will not allow','Vladimir Putin','He','said',partial=True,note='two-word partial; borderline')
q('428','Everyone knows someone who was taken and nobody knows where they are.',None,'A colleague in Almaty','wrote',note='anonymous colleague, reported by the interviewee')
q('428','following the situation closely',ESMFA,'The Foreign Ministry','said',partial=True)
c('428','troops_deployed',2000,'about','foreign (CSTO) soldiers in Kazakhstan','Elena Castillo','about 2,000 foreign soldiers',note='the interviewee\'s own estimate')
c('428','killed',164,None,'official death toll',None,'The official figure is 164')
c('428','detained',10000,'almost','people detained',None,'almost 10,000 people have been detained')
c('428','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" attacked Almaty',zone='related',note='"More information" teaser')
e('428','2022-01-11','statement',None,[TOK],'hours after President Kassym-Jomart Tokayev announced')
e('428','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'He told the CSTO leaders on Monday')
e('428','2022-01-06','arrest',None,['Karim Masimov'],'on Thursday Karim Masimov',note='Thursday before Tuesday 11 Jan')
e('428',None,'other',None,[TOK,'Nursultan Nazarbayev'],'he removed Nazarbayev from the Security Council',note='undated (real: 5 Jan)')
e('428','2022-01-10','statement',None,['Vladimir Putin'],'He said on Monday that Russia')
e('428',None,'statement',None,[ESMFA],'The Foreign Ministry said last week',note='"last week" is not a day')
e('428','2022-01-08','talks',None,['José Manuel Albares','Mukhtar Tileuberdi'],'Mukhtar Tileuberdi, on Saturday')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(ROMFA,'organisation',['Ministry of Foreign Affairs (MAE)','MAE'],[],'Romania',['the MAE','the release']),
 sp('Bogdan Aurescu','person',['Bogdan Aurescu'],['Foreign Minister'],'Romania',['the head of Romanian diplomacy','He'],note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['he','He','the Kazakh leader']),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish foreign minister'],'Poland',[],[],note='words invented; headline attributes to "Poland"'),
 sp('Łukasz Jasina','person',['Łukasz Jasina'],['A spokesman for the Polish foreign ministry'],'Poland',['he'],note='words invented; Polish letter Ł'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's ambassador to the OSCE"],'Russia',['he'],note='words invented'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['the Kremlin']),
 sp(ARGMFA,'organisation',['Foreign Ministry'],[],'Argentina',['the ministry'],note='"In Buenos Aires, the Foreign Ministry"'),
 sp('Mariela Toledo','person',['Mariela Toledo'],['an Argentine teacher at an international school in Almaty'],'Argentina',['she'],note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],["Russia's deputy foreign minister"],'Russia'),
 sp('Taras Hnatiuk','person',['Taras Hnatiuk'],["the group's spokesperson"],'Canada',[],note='invented spokesperson of the Ukrainian Canadian Congress'),
 sp('Mélanie Joly','person',['Mélanie Joly'],['Foreign Affairs Minister'],'Canada',note='words invented'),
 sp('Martin Kimani','person',['Martin Kimani'],["Kenya's Permanent Representative",'Ambassador'],'Kenya',['the envoy'],note='words invented'),
 sp('Faith Wanjiku','person',['Faith Wanjiku'],['a 24-year-old medical student in Almaty'],'Kenya',['she'],note='invented'),
 sp('Marina Gurevich','person',['Marina Gurevich'],['a researcher on the former Soviet Union at Tel Aviv University'],'Israel',[],['Dr. Marina Gurevich'],note='invented'),
 sp(ILMFA,'organisation',['Foreign Ministry'],[],'Israel',['A Foreign Ministry statement']),
 sp('Mikhail','person',['Mikhail'],['A community official in Almaty'],'Kazakhstan',['he'],note='first name only; invented'),
 sp('Shahriar Alam','person',['Shahriar Alam'],['State Minister for Foreign Affairs'],'Bangladesh',['he'],['Md Shahriar Alam'],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The Interior Ministry']),
 sp('Rafiqul Islam','person',['Rafiqul Islam'],['A Bangladeshi construction supervisor in Almaty'],'Bangladesh',['he'],note='invented'),
 sp('Elena Castillo','person',['Elena Castillo'],['a researcher at the Elcano Royal Institute'],'Spain',[],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['He']),
 sp(ESMFA,'organisation',['Foreign Ministry'],[],'Spain',['The Foreign Ministry']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source of figures; not quoted'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],[],'Kazakhstan',[],[],quoted=False,note='mentioned in 423 and 428'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],[],'Kazakhstan',[],[],quoted=False,note='mentioned in 423, 425, 428'),
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
