#!/usr/bin/env python3
"""Source of the devset123 annotation: the hand-chosen spans, values and dates for 1077-1084.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset123/annotation_source.py && python3 tests/devset123/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),hl=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    assert ls<=first_line_line<=le,(f,index)
    if hl: assert hl in L[headline_line-1],(f,hl)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=hl if hl else (L[headline_line-1] if headline_line else None),first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RDM='Russian Defence ministry'.replace('ministry','Ministry')
KNB='Kazakh National Security Committee'; PGO="Kazakh Prosecutor General's Office"; PPO='Kazakh Presidential Press Office'
ERD='Recep Tayyip Erdoğan'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; PUT='Vladimir Putin'; STO='Jens Stoltenberg'

# ---------------- 1077 Anadolu Agency "KAZAKHSTAN: LATEST" page (08.01.2022, Sat), newest first, 6 items = 6 articles
P='1077'; AAB=['AA','Anadolu Agency','Türkiye   World   Politics   Economy   Analysis   Live','EN | TR | AR | RU','KAZAKHSTAN: LATEST',
    'Follow the latest developments in Kazakhstan, updated throughout the day','08.01.2022','18:42 GMT+3']
art(P,0,11,12,'Anadolu Agency','2022-01-08',[],None,AAB,ls=10,le=12)
art(P,1,15,16,'Anadolu Agency','2022-01-08',[],None,['16:05 GMT+3'],ls=14,le=16)
art(P,2,19,20,'Anadolu Agency','2022-01-08',[],None,['13:20 GMT+3'],ls=18,le=20)
art(P,3,23,24,'Anadolu Agency','2022-01-08',[],None,['11:02 GMT+3'],ls=22,le=24)
art(P,4,27,28,'Anadolu Agency','2022-01-08',[],None,['09:30 GMT+3'],ls=26,le=28)
art(P,5,31,32,'Anadolu Agency','2022-01-08',[],None,['07:15 GMT+3','Only part of the stories sent to AA subscribers appears on this page, and in summary form. Please contact us for subscription options.','© Anadolu Agency'],ls=30,le=32)
q(P,'The Turkic world stands by brotherly Kazakhstan in these difficult days,','Baghdad Amreyev','Amreyev','said',art=0)
q(P,'in direct contact','Aidos Ukibay','Aidos Ukibay','said',art=1,partial=True)
q(P,'There is no truth in the rumours that he has left the country,','Aidos Ukibay','Ukibay','wrote',art=1,note='"wrote on Twitter"')
q(P,'has been launched and is under way.',KNB,'The committee','saying',art=2,partial=True,note='"gave no further details, saying only that a pre-trial investigation “…”"; full stop inside the mark')
q(P,'The situation has stabilized in all regions,',MIA,'the ministry','said',art=3,note='the scare-quoted label "armed criminals" in the same paragraph is excluded')
q(P,'peace and stability will be restored as soon as possible',ERD,'Erdogan','expressed hope',art=4,partial=True,note='cue "expressed hope that"; the item is reported from the Communications Directorate ("according to the directorate")')
q(P,'We are in touch with our citizens day and night, and no one has been hurt so far,','Kemal Aydın','Ambassador Kemal Aydın','told',art=5,note='invented ambassador; "told Anadolu"')
c(P,'detained',4404,None,'people detained in Kazakhstan',MIA,'4,404 detained',art=3,zone='headline',note='headline "Interior Ministry: …" (colon attribution)')
c(P,'killed',26,None,'attackers killed',MIA,'26 attackers killed',art=3,zone='headline')
c(P,'detained',4404,None,'people detained in operations across the country',MIA,'4,404 people had been detained',art=3)
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',art=3,note='"According to the ministry"; scare-quoted label excluded from quotes')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces lost their lives',art=3)
e(P,'2022-01-08','talks',None,['Baghdad Amreyev',TOK],'spoke by phone with President Kassym-Jomart Tokayev on Saturday',art=0)
e(P,'2022-01-11','talks',None,['Organization of Turkic States'],'would hold an extraordinary online meeting on Tuesday',art=0,note='future: Tuesday after Saturday 8 Jan')
e(P,'2022-01-08','statement',None,['Aidos Ukibay'],'said on Saturday that Nazarbayev was in Nur-Sultan',art=1)
e(P,'2022-01-02','protest','Kazakhstan',[],'since the protests began on Jan. 2',art=1)
e(P,'2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on Thursday on suspicion of high treason',art=2,note='Thursday before Saturday 8 Jan')
e(P,'2022-01-05','other',None,[TOK,'Karim Masimov'],'Masimov had been dismissed by Tokayev the day before',art=2,note='dismissal; "the day before" = the day before Thursday 6 Jan')
e(P,'2022-01-08','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Saturday that 4,404",art=3)
e(P,'2022-01-07','talks',None,[ERD,TOK],'spoke with Tokayev by phone on Friday evening',art=4)
e(P,None,'statement','Nur-Sultan',['Turkish Embassy in Nur-Sultan'],'the Turkish Embassy in Nur-Sultan said',art=5,note='no day word; "around 150" citizens and "since Wednesday" are not claims/events')

# ---------------- 1078 Telegraph-style live blog (6 January 2022, Thu), ONE article, newest first
P='1078'
art(P,0,4,5,'The Telegraph','2022-01-06',['Alexander Pirie'],None,
    ['The Telegraph','News   World news   Europe   Asia','LIVE','By Our Foreign Staff and Alexander Pirie','6 January 2022 • 9:05pm','Key events',
     "That's all from us for today. Our live coverage will resume tomorrow morning. Thank you for following.",
     "Sign up to the Front Page newsletter for free: your essential guide to the day's agenda from The Telegraph",'Related Topics   Kazakhstan   Russia   Vladimir Putin','Comments'],
    sections=(20,24,29))
q(P,'We will be watching closely for any abuses, and for any move that could be used to take control of Kazakh institutions,','Ned Price','he','said',note='he = State Department spokesman Ned Price; the one-word "questions" before it is excluded')
q(P,'very closely','UK Foreign Office','The Foreign Office','said',partial=True)
q(P,'We call on all sides to refrain from violence. The right to peaceful protest must be respected.','UK Foreign Office','A spokesman','said',note='colon cue "A spokesman said:"; unnamed spokesman → the Foreign Office')
q(P,'important state and military facilities',RDM,'The Russian Defence Ministry','said',partial=True)
q(P,'a limited period of time','Nikol Pashinyan',"Armenia's prime minister Nikol Pashinyan",'said',partial=True)
q(P,'a band of terrorists',TOK,'he','called',n=2,partial=True,note='"he called the protesters “…”"; evaluative wording, kept as partial (the dek repeats the phrase without marks; the headline one-word "liquidated" is excluded)')
c(P,'aircraft',70,'about','Il-76 transport aircraft seen at airfields near Moscow',None,'around 70 Il-76 transport aircraft',note='"Our correspondent in Moscow adds"; outlet\'s own observation, source null')
c(P,'killed',12,None,'police officers killed','officials','12 police officers have died')
c(P,'injured',353,None,'police officers injured','officials','353 have been injured')
e(P,None,'statement',None,['Ned Price'],'State Department spokesman Ned Price told reporters',note='no day word (entry timed 7:40pm on 6 Jan)')
e(P,None,'statement',None,['UK Foreign Office'],'The Foreign Office said it was following events',note='no day word')
e(P,None,'troop_deployment','Kazakhstan',[RDM],'had landed in Kazakhstan and begun guarding',note='no day word (real: 6 Jan)')
e(P,'2022-01-05','statement',None,['Nikol Pashinyan'],'said on Wednesday night that the contingent',note='Wednesday before Thursday 6 Jan')
e(P,None,'casualty_report','Almaty',['Almaty police'],'Police in Almaty say dozens of attackers',note='"overnight" (5-6 Jan) refers to the clashes; the police statement itself has no day')
e(P,'2022-01-05','statement',None,[TOK],'In a televised address last night',note='"last night" from Thursday 6 Jan')
e(P,'2022-01-05','government_resignation',None,[TOK],'Mr Tokayev yesterday sacked the government')
e(P,'2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over as head of the security council',note='same sentence as "yesterday"')

# ---------------- 1079 "The Caspian Ledger" bullet digest (Tuesday, 11 January 2022), ONE article, ten bullets
P='1079'
art(P,0,2,3,'The Caspian Ledger','2022-01-11',['Marat Seitkali'],None,
    ['THE CASPIAN LEDGER','By Marat Seitkali','Tuesday, 11 January 2022','Reading time: 4 min','Forward this to a friend who wants to understand Central Asia.',
     'Unsubscribe · Manage preferences · © 2022 The Caspian Ledger'])
q(P,'difficult, long, very professional',RYA,'Deputy Foreign Minister Sergei Ryabkov','called',partial=True)
q(P,'pushed back firmly',SHE,'Wendy Sherman','said',partial=True)
q(P,'simply non-starters',SHE,'Wendy Sherman','said',partial=True)
q(P,'the undermining of the foundations of the state',PUT,'Vladimir Putin','said',partial=True)
q(P,'successfully completed',TOK,'Tokayev','told',partial=True)
q(P,'will take no more than ten days',TOK,'he','said',partial=True)
q(P,'We are ready to listen, but we will not compromise on core principles,',STO,'Jens Stoltenberg','told')
q(P,'Kazakhstan owes nothing to anyone. We asked our allies for help, and they helped.','Berik Uali',"Tokayev's spokesman Berik Uali",None,note='colon construction "was brief: “…”" with no speech verb; cue null')
c(P,'detained',7939,None,'people detained since the unrest began',MIA,'7,939 people had been detained')
c(P,'detained',9900,None,'people detained',PPO,'put the figure at 9,900',note='"the president\'s office"')
c(P,'killed',164,None,'people killed','Kazakh Health Ministry','164 people were killed')
c(P,'killed',103,None,'people killed in Almaty','Kazakh Health Ministry','including 103 in Almaty',note='location breakdown of the 164 (kept; a scorer may treat it as a subset)')
e(P,'2022-01-10','talks','Geneva',[RYA,SHE],'talked for almost eight hours on Monday')
e(P,'2022-01-10','talks',None,[CSTO,PUT],'met by video link on Monday',note='CSTO video summit')
e(P,'2022-01-11','statement',None,[TOK],'In a speech to parliament today')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin pulling out in two days',note='"in two days" from Tuesday 11 Jan')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov'],'as prime minister on Tuesday')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e(P,'2022-01-11','casualty_report',None,[PPO],"By Tuesday, the president's office")
e(P,'2022-01-09','casualty_report',None,[],'on a government Telegram channel on Sunday')
e(P,'2022-01-11','appointment','Almaty',['Yerbolat Dossayev'],'was appointed on Tuesday')
e(P,'2022-01-10','other','Kazakhstan',[],'Connections were restored in most regions on Monday',note='internet restored')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'meet in the NATO-Russia Council on Wednesday',note='future; "since 2019" is a year, not an event')
e(P,'2022-01-10','statement',None,[STO],'told reporters yesterday',note='"yesterday" from Tuesday 11 Jan')

# ---------------- 1080 Kathimerini English Edition "WORLD | IN BRIEF" print column (Friday, January 14, 2022), 6 items = 6 articles
P='1080'; KO='Kathimerini English Edition'; KB=['ekathimerini.com','Kathimerini English Edition','WORLD | IN BRIEF','Friday, January 14, 2022','Print edition, page 8','KAZAKHSTAN']
art(P,0,8,9,KO,'2022-01-14',[],'ALMATY',KB,ls=7,le=9)
art(P,1,12,13,KO,'2022-01-14',[],'VIENNA',['OSCE'],ls=11,le=13)
art(P,2,16,17,KO,'2022-01-14',[],'MOSCOW',['RUSSIA'],ls=15,le=17)
art(P,3,20,21,KO,'2022-01-14',[],'KYIV',['UKRAINE'],ls=19,le=21)
art(P,4,24,25,KO,'2022-01-14',[],'NUR-SULTAN',['KAZAKHSTAN'],ls=23,le=25)
art(P,5,28,29,KO,'2022-01-14',[],'MINSK',['BELARUS','© 2022 Kathimerini Publishing S.A.'],ls=27,le=29)
q(P,'fully accomplished its mission.','Andrei Serdyukov','Colonel-General Andrei Serdyukov','said',art=0,partial=True,note='full stop inside the closing mark')
q(P,'Europe has not stood this close to a major war for three decades,','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',art=1,note='apposition "the body\'s chair for 2022" between name and verb')
q(P,'on a positive note','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',art=2,partial=True,note="headline single-quoted 'dead end' excluded")
q(P,'disagreements on fundamental issues','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',art=2,partial=True)
q(P,'You did what had to be done, and the whole world saw it,','Alexander Lukashenko','he','said',art=5,note='"according to state news agency BelTA"')
c(P,'troops_deployed',2000,'about','CSTO troops still to be flown out',RDM,'About 2,000 troops remain to be flown out',art=0,note='sentence ends "the Russian Defence Ministry said"')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan yesterday',art=0,note='"yesterday" from Friday 14 Jan')
e(P,'2022-01-13','other','Almaty',[CSTO],'after a farewell ceremony in Almaty',art=0)
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'due to end by January 19',art=0)
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'ended yesterday without agreement',art=1)
e(P,'2022-01-13','statement',None,['Dmitry Peskov'],'Dmitry Peskov said yesterday',art=2)
e(P,'2022-01-14','other','Ukraine',[],'defaced early today in a cyberattack',art=3,note='cyberattack; "today" = page date')
e(P,None,'other',None,['Samat Abish',KNB],'has been removed as first deputy head',art=4,note='dismissal; no day for the removal itself')
e(P,'2022-01-13','statement',None,[PPO],'the presidential office said on Thursday',art=4)
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that the committee',art=4)
e(P,'2022-01-13','statement',None,['Alexander Lukashenko'],'Lukashenko yesterday thanked',art=5)

# ---------------- 1081 Kyiv Independent "Ukraine Daily" e-mail newsletter (Tue, 11 Jan 2022), bold items, 6 items = 6 articles
P='1081'; KI='The Kyiv Independent'
KIB=['From: The Kyiv Independent <newsletter@kyivindependent.com>','Subject: Ukraine Daily: Geneva talks end without breakthrough','Date: Tue, 11 Jan 2022 07:30:12 +0200',
     'THE KYIV INDEPENDENT','Ukraine Daily','Tuesday, January 11, 2022','Good morning. Here is what you need to know today.']
art(P,0,10,11,KI,'2022-01-11',[],None,KIB,ls=10,le=11,hl='Russia, US end Geneva talks with no breakthrough')
art(P,1,13,14,KI,'2022-01-11',[],None,[],ls=13,le=14,hl='Kuleba: Ukraine will not accept deals behind its back')
art(P,2,16,17,KI,'2022-01-11',[],None,[],ls=16,le=17,hl='Russia keeps about 100,000 troops near border')
art(P,3,19,20,KI,'2022-01-11',[],None,[],ls=19,le=20,hl='Putin: CSTO will not allow "colour revolutions"')
art(P,4,22,23,KI,'2022-01-11',[],None,[],ls=22,le=23,hl='Kazakhstan detains nearly 8,000')
art(P,5,25,26,KI,'2022-01-11',[],None,['Support independent journalism. Become a member of the Kyiv Independent community.',
     'You are receiving this email because you subscribed to Ukraine Daily. Unsubscribe'],ls=25,le=26,hl="What's next")
q(P,'no intention',RYA,'Russian Deputy Foreign Minister Sergey Ryabkov','said',art=0,partial=True,note='the one-word "pointless" later in the sentence is excluded')
q(P,"no one will decide Ukraine's future without Ukraine.",SHE,'US Deputy Secretary of State Wendy Sherman','said',art=0,partial=True,note='"said she had told the Russian side that “…”"; full stop inside the mark')
q(P,'We are in constant contact with our American partners, there are no surprises,','Dmytro Kuleba','he','told',art=1)
q(P,'will not allow the situation at home to be rocked.',PUT,'Russian President Vladimir Putin','said',art=3,partial=True,note='headline label "colour revolutions" excluded')
q(P,"an attempted coup d'etat",TOK,'President Kassym-Jomart Tokayev','said',art=4,partial=True)
q(P,'This week will show whether Russia is serious about diplomacy,','Mircea Geoană','NATO Deputy Secretary General Mircea Geoană','said',art=5)
c(P,'troops_deployed',100000,'about','Russian troops near the border',None,'about 100,000 troops near border',art=2,zone='headline')
c(P,'troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'Ukrainian military intelligence',"about 100,000 troops near Ukraine's borders",art=2)
c(P,'troops_deployed',2030,None,'CSTO servicemen in the mission in Kazakhstan',PUT,'He said 2,030 servicemen',art=3,note='"from six member states" is not a claim')
c(P,'detained',8000,'almost','people detained in Kazakhstan',None,'detains nearly 8,000',art=4,zone='headline',note='rounded headline form of 7,939; "nearly" → almost')
c(P,'detained',7939,None,'people detained since the start of the unrest',MIA,'detained 7,939 people',art=4)
e(P,'2022-01-10','talks','Geneva',[RYA,SHE],'met in Geneva for almost eight hours on Monday',art=0)
e(P,'2022-01-10','statement','Kyiv',['Dmytro Kuleba'],'Dmytro Kuleba said on Monday',art=1)
e(P,None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov called',art=2,note='undated; one-word "hysteria" excluded from quotes')
e(P,'2022-01-10','talks',None,[CSTO,PUT],'video summit of the Collective Security Treaty Organization on Monday',art=3)
e(P,'2022-01-10','casualty_report',None,[MIA],"the country's Interior Ministry said on Monday",art=4)
e(P,'2022-01-11','statement',None,[TOK],'Tokayev will address parliament today',art=4,note='future, "today" = newsletter date')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'hold talks in Brussels tomorrow',art=5)
e(P,'2022-01-13','talks','Vienna',['OSCE'],'a meeting of the OSCE in Vienna on Thursday',art=5)
e(P,'2022-01-09','statement',None,['Mircea Geoană'],'Mircea Geoană said on Sunday',art=5)

# ---------------- 1082 Eurasianet-style "Central Asia: The week in review" (Jan 14, 2022, Fri), ONE article, sections per country
P='1082'
art(P,0,3,4,'Eurasianet','2022-01-14',['Aigerim Tulegenova'],None,
    ['eurasianet','Kazakhstan   Kyrgyzstan   Tajikistan   Turkmenistan   Uzbekistan   Caucasus','Aigerim Tulegenova Jan 14, 2022','Share this:   Facebook   Twitter   Email',
     'Aigerim Tulegenova is a Nur-Sultan-based journalist.','Republish this article   Donate   Newsletter','Tags: Kazakhstan, CSTO, Kyrgyzstan, Tajikistan, weekly round-up'],
    sections=(10,14,17,20,23))
q(P,'a layer of wealthy people, even by international standards,',TOK,'he','said',partial=True,note='interposed "Nazarbayev\'s system, he said, had created “…”"')
q(P,'pay their debts to the people.',TOK,'he','said',partial=True)
q(P,'Families are still going from morgue to morgue looking for sons who never came home,','Galym Ageleuov','Galym Ageleuov','said',note='inverted "…," said Galym Ageleuov of …')
q(P,'we did not send our sons to shoot at Kazakhs.','Sadyr Japarov','President Sadyr Japarov','saying',note='a whole sentence after "saying", lowercase start; not flagged partial')
c(P,'troops_deployed',2030,None,'CSTO servicemen in the mission',TOK,'Tokayev said 2,030 CSTO servicemen')
c(P,'killed',225,None,'bodies delivered to morgues',PGO,'225 bodies had been delivered to morgues')
c(P,'killed',19,None,'police and soldiers killed',PGO,'including 19 police and soldiers',note='security-force part of the 225, kept as its own claim')
c(P,'troops_deployed',150,None,'Kyrgyz soldiers sent to Kazakhstan',None,'The 150 Kyrgyz soldiers')
c(P,'troops_deployed',200,'about','Tajik troops sent to Kazakhstan',None,'Dushanbe sent about 200 troops')
e(P,'2022-01-11','statement',None,[TOK],'used a speech to parliament on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin on Thursday')
e(P,'2022-01-13','withdrawal','Almaty',['Russia'],'the first Russian Il-76s left Almaty yesterday',note='"yesterday" from Friday 14 Jan')
e(P,'2022-01-19','withdrawal','Kazakhstan',[RDM],'the last flights are due on January 19')
e(P,'2022-01-12','casualty_report',None,[PGO],"The prosecutor general's office said on Wednesday")
e(P,'2022-01-13','withdrawal','Kyrgyzstan',['Kyrgyzstan'],'came home on Thursday')
e(P,None,'protest','Bishkek',[],'protested outside the government building in Bishkek last week',note='"last week" is not a day; "about 300 people" is not a claim')
e(P,'2022-01-10','other',None,['Vikram Ruzakhunov'],'he was released on Monday',note='release of the detained musician')
e(P,None,'talks',None,['Shavkat Mirziyoyev',TOK],'called Tokayev twice',note='two undated phone calls; "left the bloc in 2012" is a year, not an event')
e(P,'2022-01-08','other','Uzbekistan–Kazakhstan border',[],'reopened to freight on Saturday',note='Saturday before Friday 14 Jan')
e(P,'2022-01-10','statement',None,['Emomali Rahmon',CSTO],"speaking at Monday's CSTO summit",note='label "terrorist groups" excluded from quotes')

# ---------------- 1083 Russia Matters-style "Russia Analytical Report, Jan. 10-17, 2022" (January 17, 2022, Mon), ONE article, sections
P='1083'
art(P,0,3,5,'Russia Matters','2022-01-17',[],None,
    ['RUSSIA MATTERS','A project of the Belfer Center for Science and International Affairs','January 17, 2022',
     'Disclaimer: Summaries are prepared by Russia Matters staff and do not necessarily reflect the views of the original authors.',"Subscribe to Russia Matters' weekly newsletter"],
    sections=(7,17,26))
q(P,'small, fast and reversible,','Tom Keller','Keller','argues',partial=True,note='the summarised piece titles in double quotes ("The Kazakh Intervention …," etc.) are titles, not quotes, and are excluded')
q(P,'Moscow has shown it can enter and leave in ten days. Next time it may not choose to leave,','Tom Keller','he','writes')
q(P,'Nobody told us who the terrorists were. We were told to clear the square.',None,'an unnamed former police officer in Almaty','quotes',note='quoted inside Abenova\'s piece; colon after the cue')
q(P,'no surprises but also no rupture.','Laura Whitmore','Whitmore','writes',partial=True)
q(P,'a real danger of a new war in Europe',STO,'NATO Secretary General Jens Stoltenberg','remark',partial=True,note='cue is the noun "remark" ("Stoltenberg\'s remark … that there was “…”")')
q(P,'no reason',RYA,'Ryabkov','said',partial=True,note='two-word partial with a speech verb')
q(P,'in the coming days,',RYA,'Ryabkov','said',partial=True)
c(P,'troops_deployed',2030,None,'CSTO deployment at its peak','Tom Keller','peaked at 2,030 troops')
c(P,'troops_deployed',100,'about','Armenian soldiers in the CSTO force','Tom Keller','Armenia sent only about 100 soldiers')
c(P,'killed',225,'at least','people killed in the unrest',PGO,'at least 225 people died',note='"According to the author"; the figure released by the prosecutor general\'s office')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine','US officials','about 100,000 Russian troops near Ukraine')
e(P,'2022-01-07','statement',None,[TOK],"shoot-to-kill order of Jan. 7")
e(P,'2022-01-15','casualty_report',None,[PGO],'released on Jan. 15')
e(P,'2022-01-10','talks',None,['Russia','United States','NATO','OSCE'],'including the talks of Jan. 10-13',note='range → first day')
e(P,'2022-01-12','statement','Brussels',[STO],"after Wednesday's council",note='Wednesday before Monday 17 Jan (NATO-Russia Council)')
e(P,'2022-01-13','statement',None,[RYA],'Kommersant (translated), 01.13.22',note='US-style MM.DD.YY date of the interview')
e(P,None,'other',None,[],'between Jan. 5 and Jan. 10',note='TV-monitoring period; "41 segments" is not a claim')

# ---------------- 1084 Al Jazeera-style "List of key events, day 10" (Published On 11 Jan 2022, Tue), ONE article, sections
P='1084'
art(P,0,5,6,'Al Jazeera','2022-01-11',[],None,
    ['Al Jazeera','News   Middle East   Africa   Asia   US & Canada   Latin America   Europe   Asia Pacific','News | Protests','Published On 11 Jan 2022','11 Jan 2022',
     'Here are the latest developments as of Tuesday, January 11:','Source: Al Jazeera and news agencies','Related',
     "Kazakhstan president blames foreign 'terrorists' for unrest","Kazakhstan's Tokayev says Russian-led troops to leave in two days"],
    sections=(13,18,22,27))
q(P,'The main mission has been successfully completed,',TOK,'he','said')
q(P,'20,000 bandits',TOK,'Tokayev','said',partial=True,note='a number inside a two-word partial; also a claim')
q(P,'in a targeted manner',None,'Officials','said',partial=True,note='unnamed officials; speaker null')
q(P,'no reason to be optimistic.',RYA,'Russian Deputy Foreign Minister Sergey Ryabkov','told',partial=True,note='"told the TASS agency"')
q(P,'firmly opposes','Wang Wenbin',"China's foreign ministry spokesperson Wang Wenbin",'said',partial=True,note='the label "colour revolution" in the same sentence is excluded')
q(P,'ready to help','Josep Borrell','EU foreign policy chief Josep Borrell','said',partial=True)
q(P,'peaceful and lasting','Josep Borrell','EU foreign policy chief Josep Borrell','insisted',partial=True)
q(P,'release every journalist held for their work','Committee to Protect Journalists','The Committee to Protect Journalists','called on',partial=True)
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'attacked by "20,000 bandits"')
c(P,'detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
c(P,'detained',7939,None,'people detained (Monday figure)',MIA,'up from 7,939 on Monday')
c(P,'detained',5,'at least','journalists detained while covering the protests','Rights groups','at least five journalists had been detained',note='written-out "five"')
e(P,None,'statement',None,[TOK],'told parliament that the Russian-led CSTO troops',note='no day word in the sentence (the page intro says "as of Tuesday, January 11")')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start withdrawing on Thursday')
e(P,None,'appointment',None,['Alikhan Smailov'],'Lawmakers approved Alikhan Smailov as prime minister',note='no day word (real: 11 Jan)')
e(P,'2022-01-05','government_resignation',None,[TOK],'the cabinet that Tokayev dismissed on January 5')
e(P,'2022-01-10','casualty_report',None,[MIA],'up from 7,939 on Monday')
e(P,None,'talks','Geneva',['Russia','United States'],'A day after talks in Geneva',note='no date given (real: 10 Jan)')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],"NATO's response in Brussels on Wednesday")
e(P,None,'statement',None,['Wang Wenbin'],"China's foreign ministry spokesperson Wang Wenbin said",note='undated')
e(P,'2022-01-10','statement',None,['Josep Borrell'],'Josep Borrell said on Monday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Baghdad Amreyev','person',['Baghdad Amreyev','Amreyev'],['secretary general of the Organization of Turkic States'],'Kazakhstan',['He']),
 sp('Aidos Ukibay','person',['Aidos Ukibay','Ukibay'],['the spokesman of former President Nursultan Nazarbayev'],'Kazakhstan'),
 sp(KNB,'organisation',['National Security Committee'],[],'Kazakhstan',['The committee']),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the ministry']),
 sp(ERD,'person',['Recep Tayyip Erdogan','Erdogan'],['Turkish President'],'Türkiye'),
 sp('Kemal Aydın','person',['Kemal Aydın'],['Ambassador'],'Türkiye',['he'],note='invented'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States',['he']),
 sp('UK Foreign Office','organisation',['Foreign Office'],[],'United Kingdom',['A spokesman']),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',['the defence ministry in Moscow']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],["Armenia's prime minister"],'Armenia'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','Mr Tokayev'],["Tokayev's"]),
 sp(RYA,'person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia'),
 sp(SHE,'person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp(PUT,'person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,[],["Stoltenberg's"]),
 sp('Berik Uali','person',['Berik Uali'],["Tokayev's spokesman"],'Kazakhstan'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel-General','force commander'],'Russia'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['He']),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko','Lukashenko'],['President'],'Belarus',['he']),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Foreign Minister'],'Ukraine',['he']),
 sp('Mircea Geoană','person',['Mircea Geoană'],['NATO Deputy Secretary General'],None),
 sp('Galym Ageleuov','person',['Galym Ageleuov'],[],'Kazakhstan',note='of the Liberty human rights foundation; words invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan'),
 sp('Tom Keller','person',['Tom Keller','Keller'],[],None,['he'],note='invented commentator ("Baltic Policy Review" invented)'),
 sp('Laura Whitmore','person',['Laura Whitmore','Whitmore'],[],None,['She'],note='invented commentator ("Atlantic Notes" invented)'),
 sp('Wang Wenbin','person',['Wang Wenbin'],["China's foreign ministry spokesperson"],'China'),
 sp('Josep Borrell','person',['Josep Borrell'],['EU foreign policy chief'],None),
 sp('Committee to Protect Journalists','organisation',['Committee to Protect Journalists'],[],None),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='mentioned in 7 files; not quoted'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former President'],'Kazakhstan',[],["Nazarbayev's"],quoted=False),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['prime minister'],'Kazakhstan',quoted=False),
 sp(PGO,'organisation',["prosecutor general's office"],[],'Kazakhstan',quoted=False),
 sp(PPO,'organisation',['presidential office',"president's office"],[],'Kazakhstan',quoted=False),
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
