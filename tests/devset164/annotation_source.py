#!/usr/bin/env python3
"""Source of the devset164 annotation: the hand-chosen spans, values and dates for 1405-1412.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset164/annotation_source.py && python3 tests/devset164/verify.py
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
PUT='Vladimir Putin'; RYA='Sergey Ryabkov'; STO='Jens Stoltenberg'; PAS='Nikol Pashinyan'; RMD='Russian Defence Ministry'
KA='Kazakh authorities'

# ---------------- 1405 BBC Radio 4 "Today" transcript item (Wednesday 12 January 2022)
P='1405'
art(P,0,ln(P,'Kazakhstan: the crackdown and the Geneva talks'),ln(P,'PRESENTER (HELEN FORSYTH): It is 07:32.'),'BBC Radio 4','2022-01-12',[],None,
    ['BBC Radio 4','Today','Home | Episodes | Clips | Presenters | Podcast','Available for over a year','More clips from Today',
     "Kazakh president blames 'foreign-trained terrorists'   03:12",'Nato-Russia Council meets in Brussels today   02:40'])
q(P,'The main mission of the CSTO forces has been successfully completed.',TOK,'Kassym-Jomart Tokayev','told',
  note='read out by the presenter ("I\'m quoting him here"); the speaker is Tokayev, not the label PRESENTER')
q(P,'within ten days',TOK,'Mr Tokayev','say',partial=True)
q(P,'We did not invite them, the government did. Let them go home quickly.',None,'One pensioner in the market','told me',
  note='anonymous pensioner relayed by the correspondent inside his unquoted turn')
q(P,'rock the situation',PUT,'Vladimir Putin','said',partial=True)
q(P,'difficult, long, very professional',RYA,'Sergei Ryabkov','called',partial=True)
q(P,'We were firm in pushing back on security proposals that are simply non-starters.','Wendy Sherman','She','said')
c(P,'detained',9900,None,'people detained across the country',MIA,'the Interior Ministry says 9,900 people have been detained')
c(P,'killed',164,None,'people who died in the unrest','Kazakh Ministry of Health','the health ministry said at the weekend that 164 people had died',
  note='the correspondent adds that officials have "muddled that number"')
c(P,'troops_deployed',2000,'about','foreign (CSTO) troops in Kazakhstan',None,'About 2,000 of them, mostly Russian paratroopers')
e(P,'2022-01-11','statement',None,[TOK],'Kassym-Jomart Tokayev told parliament yesterday')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He also named a new prime minister, Alikhan Smailov',note='"also" = the same day as "yesterday"')
e(P,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'will start going home tomorrow',note='announced future start of the withdrawal')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO ambassadors sit down with a Russian delegation in Brussels')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'two days after American and Russian diplomats spent nearly eight hours in Geneva')
e(P,'2022-01-10','talks',None,[PUT,'CSTO'],'said at the alliance summit on Monday')
e(P,None,'casualty_report',None,['Kazakh Ministry of Health'],'the health ministry said at the weekend',note='"at the weekend" = 8 or 9 January; left null')

# ---------------- 1406 BBC Monitoring Russian press review (Wednesday 12 January 2022 09:14 GMT)
P='1406'
art(P,0,ln(P,'Russian press: Papers weigh'),ln(P,'Moscow-based papers on 12 January'),'BBC Monitoring','2022-01-12',[],None,
    ['BBC MONITORING','Insight | Products | Contact us','Subscriber access','Summary','Source: BBC Monitoring in English','Region: Former Soviet Union',
     "(Compiled by BBC Monitoring's Russia desk)",'Related: Kazakh TV reports arrest of former security chief (10 Jan)','© British Broadcasting Corporation 2022'],
    sections=(ln(P,'GENEVA TALKS'),ln(P,'KAZAKHSTAN\n')))
q(P,'confirmed that the sides are talking past each other, but at least they are talking','Kommersant','Business daily Kommersant','says',partial=True,
  note='a newspaper as speaker; the page reference "(12 January, p 1)" sits between the name and the cue')
q(P,'left the room with nothing he could call a concession','Yelena Chernova','Yelena Chernova','writes',partial=True)
q(P,'We have no intention of invading Ukraine, and the Americans have heard this from us more than once.',RYA,'Ryabkov','as telling journalists',
  note='chain: the paper quotes Ryabkov; the speaker is Ryabkov, not Rossiyskaya Gazeta. "Moscow spells out its red lines" after it is a headline of the paper, not a quote (excluded)')
q(P,'a diplomatic warm-up before the real match','Pavel Gerasimov','Pavel Gerasimov','says',partial=True)
q(P,'all the tasks set for the peacekeepers have been accomplished without a single shot being fired',None,'an unnamed source in the Defence Ministry','as saying',partial=True,
  note='anonymous source quoted by Izvestiya')
q(P,'has emerged as the sole master of the house','Viktor Panin','Viktor Panin','writes',partial=True)
q(P,'the real content of the January events','Viktor Panin','Viktor Panin','writes',partial=True,note='second partial in the same sentence, after "and that … was"')
q(P,'bought influence in Kazakhstan at a low price and will present the bill later','Irina Sokolova','Irina Sokolova','says',partial=True)
c(P,'troops_deployed',2030,None,'servicemen in the CSTO contingent','Izvestiya','the contingent numbered 2,030 servicemen')
c(P,'other',20000,None,'"bandits" who attacked Almaty (Tokayev\'s figure, which the paper says is unproven)',TOK,"Tokayev's figure of 20,000",
  note='reported figure disputed by the paper; "250 pieces of equipment" is not a claim (equipment count)')
e(P,None,'talks','Geneva',['United States','Russia'],'strategic stability talks in Geneva',note='no date given; real date 2022-01-10')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'in Brussels on 12 January')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'in Vienna on 13 January')
e(P,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'will start on 13 January')
e(P,'2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'the removal of Nursultan Nazarbayev from the Security Council on 5 January')

# ---------------- 1407 FRANCE 24 live page (Issued on 13/01/2022, Thursday), timestamped entries newest first
P='1407'
art(P,0,ln(P,'Live: Russian-led troops begin leaving'),ln(P,'Russian-led troops began withdrawing'),'FRANCE 24','2022-01-13',[],None,
    ['FRANCE 24','Live news | France | Africa | Middle East | Americas | Europe | Asia-Pacific','EN | FR | ES | AR','ASIA-PACIFIC','Text by: FRANCE 24','5 min',
     'This live page is no longer being updated. For more of our coverage, click here.','(FRANCE 24 with AFP and Reuters)','Read more','Daily newsletter','Subscribe'],
    sections=tuple(ln(P,s+' (Paris time)') for s in ('17:48','17:21','16:10','14:35','12:02','10:47','09:30','09:05')))
q(P,'a crisis in European security','Michael Carpenter','Michael Carpenter','told',partial=True)
q(P,'The sound of war is getting louder, and the language on the other side is getting harsher,','Michael Carpenter','he','said')
q(P,'a platform for dialogue even when dialogue is hard','Zbigniew Rau','Zbigniew Rau','said',partial=True)
q(P,'here and now','Alexander Lukashevich','Alexander Lukashevich','said',partial=True,note='three-word phrase of a named speaker; kept as partial')
q(P,'The peacekeeping mission has been fulfilled in full. Our soldiers are going home. ','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',
  note='French guillemets « » with a space before the closing mark (kept inside the span); colon introduction')
q(P,'calm but heavy','Claire Dubreuil','Claire Dubreuil','says',partial=True)
q(P,'People talk about the dead, about friends who have not come home from police stations. Nobody talks about the Russian soldiers, they were barely seen,','Claire Dubreuil','she','said')
q(P,'significant differences',STO,'Jens Stoltenberg','said',partial=True)
c(P,'detained',10000,'about','people detained over last week\'s riots',MIA,'about 10,000 people have now been detained')
c(P,'detained',9900,None,'people detained (figure published on Tuesday)',MIA,'The figure published on Tuesday was 9,900')
c(P,'troops_deployed',2000,'about','CSTO troops still deployed on Wednesday',None,'Around 2,000 CSTO troops were still deployed')
e(P,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'began withdrawing from Kazakhstan on Thursday')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],"held the last of this week's three rounds of talks with Russia",note='"In Vienna" in the standfirst of a page issued 13 Jan')
e(P,'2022-01-13','statement','Vienna',['Michael Carpenter'],'told reporters after the Vienna meeting',note='entry stamped 17:21 on the live page of 13 Jan')
e(P,'2022-01-13','other','Almaty',['Andrei Serdyukov','CSTO'],'at a farewell ceremony in Almaty',note='entry stamped 12:02 on 13 Jan')
e(P,'2022-01-19','withdrawal','Kazakhstan',['CSTO'],'completed by 19 January',note='planned end of the withdrawal')
e(P,'2022-01-13','withdrawal','Kazakhstan',[RMD],'The first Russian military transport planes left Kazakhstan early on Thursday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russia met for more than four hours in Brussels',note='bullet under "what happened on Wednesday"')
e(P,'2022-01-11','statement',None,[MIA],'The figure published on Tuesday')

# ---------------- 1408 DW explainer with question sub-heads (Date 07.01.2022, Friday)
P='1408'
art(P,0,ln(P,'Kazakhstan: What is the CSTO and why'),ln(P,'Russia and five other former Soviet republics'),'DW','2022-01-07',['Katja Brenner'],None,
    ['DW','Made for minds.','Germany | World | Business | Science | Environment | Culture | Sports','Conflicts','Related Subjects Kazakhstan, Russia, Vladimir Putin',
     "Skip next section DW's coverage of Kazakhstan","DW's coverage of Kazakhstan","Kazakhstan: President Tokayev orders forces to 'shoot without warning'",
     'kb/rt (AFP, Reuters, dpa)','Skip next section Explore more','Send | Facebook | Twitter | Email | Print','Permalink https://p.dw.com/p/45K2x'],
    sections=tuple(ln(P,s) for s in ('What is the CSTO?\n','Why did Kazakhstan ask for help?','How many troops have been sent?','What does Russia want?','How has the West reacted?')))
q(P,'a terrorist threat',TOK,'Tokayev','saying',partial=True)
q(P,'gangs trained abroad',TOK,'Tokayev','saying',partial=True)
q(P,'Kazakhstan is under attack. This is no longer about gas prices,',TOK,'Tokayev','said')
q(P,'peacekeeping forces for a limited period',PAS,'Armenian Prime Minister Nikol Pashinyan','announced',partial=True)
q(P,'Moscow sees Kazakhstan as its backyard and will not let it slip away,','Jakob Hartmann','Jakob Hartmann','said',note='inverted cue "…," said NAME of the INSTITUTE')
q(P,'But a long deployment would be expensive and unpopular with Kazakhs.','Jakob Hartmann','Jakob Hartmann','said',note='continuation after the inverted attribution in the same paragraph')
q(P,'as long as the Kazakh leadership deems it necessary','Dmitry Peskov','Spokesman Dmitry Peskov','said',partial=True)
q(P,'not a day longer','Dmitry Peskov','Spokesman Dmitry Peskov','said',partial=True)
q(P,'brings back memories of situations we do not want to see again','Josep Borrell','Josep Borrell','warned',partial=True)
c(P,'aircraft',70,'more than','transport aircraft flying troops from Russia',RMD,'more than 70 transport aircraft')
c(P,'troops_deployed',2500,'about','total CSTO contingent','CSTO','the total contingent is about 2,500')
c(P,'troops_deployed',500,None,'soldiers pledged by Belarus',None,'Belarus has pledged 500 soldiers')
c(P,'troops_deployed',100,None,'soldiers pledged by Armenia',None,'Armenia 100',note='elliptical: "has pledged" carried over from Belarus')
c(P,'troops_deployed',200,None,'soldiers pledged by Tajikistan',None,'Tajikistan 200')
c(P,'troops_deployed',150,None,'soldiers pledged by Kyrgyzstan',None,'Kyrgyzstan 150')
e(P,'2022-01-02','protest','Zhanaozen',[],'began on January 2 in the oil town of Zhanaozen')
e(P,'2022-01-05','protest','Almaty',[],'government buildings were set on fire on Wednesday')
e(P,'2022-01-05','statement',None,[TOK,'CSTO'],'Late that night, Tokayev appealed to the CSTO',note='"that night" = the Wednesday of the previous sentence')
e(P,None,'statement',None,[PAS,'CSTO'],'announced within hours that the alliance would send',note='"within hours" of the appeal; real date 2022-01-06')
e(P,'2022-01-07','troop_deployment','Kazakhstan',[RMD],'were flying troops from Russia on Friday')
e(P,'2022-01-07','statement',None,['Dmitry Peskov'],'Spokesman Dmitry Peskov said on Friday')
e(P,None,'statement',None,[TOK],'Tokayev said in a televised address',note='no date')

# ---------------- 1409 Le Monde English editorial (Published on January 8, 2022, Saturday), cut at the subscriber wall
P='1409'
art(P,0,ln(P,"Kazakhstan: Vladimir Putin's costly favor"),ln(P,'Editorial. By sending troops'),'Le Monde','2022-01-08',[],None,
    ['Le Monde','English','International | Opinion | Economy | Culture | Science | Environment','Subscribe    Log in','OPINION','EDITORIAL',
     'Time to read 3 min.','Article reserved for subscribers','Lire en français','[The rest of this article is reserved for subscribers.]','Read more','Subscriber only',
     'Le Monde © 2022. Reproduction prohibited.'])
q(P,'20,000 bandits',TOK,'He','speaks of',partial=True,note='"He" = "The Kazakh president" in the previous sentence')
q(P,'terrorists trained abroad',TOK,'He','speaks of',partial=True)
q(P,'to shoot to kill without warning',TOK,'he','said',partial=True,note='longer than the excluded label "shoot to kill"; attributed by "he said he had given the order"')
q(P,'What kind of talks can there be with criminals and murderers?',TOK,'he','rejected any negotiation',note='colon introduction; the sentence\'s verb is "rejected any negotiation"')
q(P,'special responsibility',PUT,'Mr. Putin','calls',partial=True,note='"what he calls"; evaluative two-word partial of a named speaker')
q(P,'he has saved his throne but mortgaged his foreign policy.',None,'one European diplomat in Nur-Sultan','put it',note='anonymous diplomat; "multi-vector" earlier in the paragraph is a one-word label (excluded)')
q(P,'without warning',TOK,'President Tokayev','orders',n=2,partial=True,zone='related',art=None,note='"Read more" teaser headline')
c(P,'troops_deployed',2500,'about','CSTO soldiers, overwhelmingly Russian',None,'around 2,500 soldiers')
c(P,'other',20000,None,'"bandits" (Tokayev\'s figure)',TOK,'20,000 bandits',note='figure inside a partial quote; the editorial says no evidence has been produced')
c(P,'killed',18,None,'members of the security forces killed',KA,'18 members of the security forces have been killed')
c(P,'detained',4000,'more than','people arrested',KA,'more than 4,000 people have been arrested')
e(P,'2022-01-05','statement',None,[TOK,'CSTO'],'asked for help on the night of Wednesday, January 5')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia'],'the first Russian paratroopers were landing in Almaty',note='"Barely 24 hours after" the request of 5 Jan')
e(P,'2022-01-02','protest',None,[],'began on January 2 with protests against the price of fuel')
e(P,'2022-01-07','statement',None,[TOK],'On Friday, in a televised address')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'On Monday, January 10, Russian and American diplomats will meet in Geneva')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'NATO will follow on Wednesday',note='future weekday after a Saturday publication')
e(P,'2022-01-13','talks',None,['OSCE','Russia'],'the OSCE on Thursday')
e(P,None,'other',None,['Russia','United States'],'Last month Moscow presented Washington with two draft treaties',note='"last month" = December 2021; no day')

# ---------------- 1410 El País English Edition news story (Brussels - JAN 12, 2022 - 21:40 CET, Wednesday)
P='1410'
art(P,0,ln(P,'NATO and Russia end first council meeting'),ln(P,'Madrid backs alliance'),'EL PAÍS','2022-01-12',['LUCÍA HERRERO'],'Brussels',
    ['EL PAÍS','English Edition','SIGN IN','INTERNATIONAL · SPAIN · ECONOMY · CULTURE · SCIENCE · OPINION','NATO','More information',
     'Sign up to our weekly newsletter to get more English-language news coverage from EL PAÍS USA Edition','Tags: NATO · Russia · Ukraine · Kazakhstan · Spain','© EDICIONES EL PAÍS S.L.'])
q(P,'There are significant differences between NATO allies and Russia on these issues,',STO,'Secretary General Jens Stoltenberg','told',note='inverted cue "…," TITLE NAME told a press conference')
q(P,'Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat around the same table.',STO,'Secretary General Jens Stoltenberg','told',note='continuation in the same paragraph')
q(P,'It is very important that NATO understands that further movement along this path could lead to the most dangerous consequences for European security,','Alexander Grushko','Grushko','told')
q(P,'We will not allow the situation to be rocked',PUT,'Putin',None,zone='related',art=None,note='"More information" teaser headline, "Putin sends troops to Kazakhstan: \\"…\\""')
q(P,'not negotiable','José Manuel Albares','Foreign Minister José Manuel Albares','said',partial=True)
q(P,'No third country can have a veto over the decisions of the Alliance,','José Manuel Albares','Albares','said')
q(P,'a model of how an alliance should respond to a request from a member',None,'the Russian side','described the operation as',partial=True,
  note='the Russian delegation\'s words as relayed by an anonymous European diplomat ("According to"); no named speaker')
c(P,'troops_deployed',2000,'about','CSTO troops still deployed in Kazakhstan',None,'a force of some 2,000 troops')
c(P,'troops_deployed',100000,'about','Russian soldiers near the Ukrainian border','Western intelligence','about 100,000 soldiers near the Ukrainian border')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia',STO,'Alexander Grushko','Alexander Fomin'],'The NATO-Russia Council met in Brussels on Wednesday')
e(P,'2022-01-12','statement','Brussels',[STO],'told a press conference after the meeting')
e(P,None,'statement','Madrid',['José Manuel Albares'],'Albares said in Madrid',note='no day given (probably 12 Jan)')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'takes place on Thursday in Vienna')

# ---------------- 1411 Lakeshore Gazette print edition, A1 story jumped to A6 + A6 sidebar (FRIDAY, JANUARY 7, 2022)
P='1411'
L=T[doc(P)].split('\n')
art(P,0,ln(P,'Russian troops land in Kazakhstan as deadly'),ln(P,"Moscow-led alliance answers Tokayev's plea"),'The Lakeshore Gazette','2022-01-07',['MARK DELANEY'],None,
    [L[0],L[1],'[Page A1]','INSIDE: Editorials A10 · Obituaries B5 · Sports C1 · Weather B8','[A1, columns 1-3]','Gazette Foreign Staff','and The Associated Press',
     'Please see KAZAKHSTAN, Page A6, Column 1','[Page A6]',L[ln(P,'WORLD  ')-1],'[A6, columns 1-4]','KAZAKHSTAN','Continued from Page A1'],
    ls=1,le=ln(P,'"Putin will be very happy'))
art(P,1,ln(P,'What is the CSTO?'),ln(P,'The Collective Security Treaty Organization was founded'),'The Lakeshore Gazette','2022-01-07',[],None,
    ['[A6, column 5]','— Gazette staff','Corrections: The Gazette corrects errors of fact. Call 555-0142 or email corrections@lakeshoregazette.com.'],
    ls=ln(P,'[A6, column 5]'))
q(P,'dozens of rioters','Almaty police','Police in Almaty','said',partial=True)
q(P,'terrorist bands',TOK,'President Kassym-Jomart Tokayev','described the protesters as',partial=True)
q(P,'serious training abroad.',TOK,'President Kassym-Jomart Tokayev','described the protesters as',partial=True,note='full stop inside the marks (US style)')
q(P,'I have asked the heads of state of the CSTO to help Kazakhstan overcome this terrorist threat.',TOK,'he','said')
q(P,'a limited time period.',PAS,'Prime Minister Nikol Pashinyan','said',partial=True)
q(P,'I got one message from my mother on Wednesday afternoon, then nothing,','Dana Sultanova','she','said',
  note='"she" = Dana Sultanova, named on page A1 before the jump line "Please see KAZAKHSTAN, Page A6, Column 1"; the sentence itself is split across the jump')
q(P,'The internet is off, the phones are off. I have been refreshing the same news page all night.','Dana Sultanova','she','said')
q(P,'all parties to find a peaceful resolution.','Ned Price','Spokesman Ned Price','urged',partial=True)
q(P,'Putin will be very happy to show he is the one keeping order in the neighborhood,','Alan Whitcombe','Professor Alan Whitcombe','said',note='inverted cue')
q(P,'But Kazakhstan is not Belarus. It is a much bigger and more complicated country.','Alan Whitcombe','Professor Alan Whitcombe','said',note='stand-alone continuation after the inverted attribution')
q(P,'This is a turning point for the organization,','Anna Morel','Anna Morel','said',art=1)
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed',note='"two of them found beheaded" is not a separate claim')
c(P,'injured',748,None,'members of the security forces injured',MIA,'and 748 injured')
c(P,'detained',2000,'more than','people detained',KA,'More than 2,000 people had been detained',note='"officials said"')
c(P,'aircraft',70,'more than','aircraft flying in the airborne units',RMD,'more than 70 aircraft')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia','CSTO'],'Russian paratroopers began arriving in Kazakhstan on Thursday')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a nationwide state of emergency on Wednesday')
e(P,None,'statement',None,[TOK],'In a late-night television address',note='no day given; real date 2022-01-05')
e(P,None,'statement',None,['CSTO',PAS],'agreed within hours',note='no date; real date 2022-01-06')
e(P,'2022-01-05','government_resignation',None,[TOK],'accepted the resignation of his government on Wednesday')
e(P,'2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'removed Nursultan Nazarbayev',note='same "on Wednesday" as the resignation')
e(P,None,'statement',None,['US State Department','Ned Price'],'The State Department said it was monitoring the situation closely')
e(P,None,'other',None,['CSTO','Armenia'],'in 2021 it refused a request from Armenia',art=1,note='year only')

# ---------------- 1412 NRC in English page cut by the paywall (11 January 2022, Tuesday)
P='1412'
art(P,0,ln(P,'Dutch travellers back from Almaty'),ln(P,'About 40 Dutch nationals were in Kazakhstan'),'NRC','2022-01-11',['Eva de Wit'],None,
    ['NRC','Home | Nieuws | Economie | Opinie | Cultuur | NRC in English','Log in    Abonneer','NRC in English','Reading time 4 minutes','Want to keep reading?',
     'Get unlimited access to NRC for €1 for the first month. Cancel any time.','Subscribe now','Already a subscriber? Log in','Read also',
     'NRC Media B.V. © 2022 | Privacy | Cookies | Colofon'])
q(P,'On Wednesday evening we saw the smoke from the akimat, the city hall, from our hotel window,','Koen Verhoeven','he','says',note='present-tense cue; "he" = Koen Verhoeven at the start of the paragraph')
q(P,'Then the internet went down and we heard shooting for two nights. We did not leave the hotel until Saturday.','Koen Verhoeven','he','says',note='continuation; same words appear in the single-quoted headline (excluded)')
q(P,'The Russian soldiers were at the airport, checking everything,','Sanne Bakker','Bakker','said')
q(P,'They were polite, very young. It felt strange to be protected by them.','Sanne Bakker','Bakker','said')
q(P,'full and independent','Wopke Hoekstra','Hoekstra','told',partial=True)
q(P,'We understand that the Kazakh authorities have the right to restore order. But firing on peaceful demonstrators without warning is not acceptable,','Wopke Hoekstra','he','said')
q(P,'We will discuss this at the OSCE in Vienna on Thursday, and we expect Moscow to keep its word that the','Wopke Hoekstra','Hoekstra','said',malformed=True,
  note='the paywall cuts the text mid-quote: opening mark, no closing mark')
c(P,'killed',164,None,'people who died in the violence',KA,'164 people died')
c(P,'troops_deployed',2000,'about','Russian-led troops still in the country',None,'about 2,000 of whom are still in the country')
e(P,'2022-01-11','other','Schiphol',[],'Several returned to Schiphol on Tuesday')
e(P,'2022-01-05','protest','Almaty',[],'occupied by rioters on January 5')
e(P,'2022-01-10','other','Almaty',[],'reopened to some flights on Monday')
e(P,'2022-01-10','appointment',None,['Wopke Hoekstra'],'who took office on Monday')
e(P,'2022-01-06','statement',None,['Dutch Ministry of Foreign Affairs'],'The ministry on Thursday advised against all travel',note='"on Thursday" before a Tuesday publication = the previous Thursday')
e(P,'2022-01-11','statement',None,[TOK],'Kassym-Jomart Tokayev said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'would start to leave on Thursday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'at the OSCE in Vienna on Thursday')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','The Kazakh president','Kazakh President'],'Kazakhstan',['he','He','Mr Tokayev','Mr. Tokayev'],["Tokayev's"],note='words invented/paraphrased'),
 sp(PUT,'person',['Vladimir Putin','Putin'],[],'Russia',['Mr. Putin','the master of the Kremlin'],note='words invented/paraphrased'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],["Russia's deputy foreign minister",'Deputy Foreign Minister'],'Russia',note='"Sergei" in 1405; canonical spelling from gold; words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['His American counterpart'],'United States',['She'],note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','The commander of the CSTO force'],'Russia',note='words invented'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary-General','Secretary General'],'Norway',note='words paraphrased'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US ambassador to the OSCE'],'United States',['he'],note='words paraphrased/invented'),
 sp(PAS,'person',['Nikol Pashinyan'],['Armenian Prime Minister','Prime Minister'],'Armenia',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Spokesman'],'Russia',note='words invented'),
 sp('Josep Borrell','person',['Josep Borrell'],["The EU's foreign policy chief"],'European Union',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='words paraphrased'),
 sp('José Manuel Albares','person',['José Manuel Albares','Albares'],['Foreign Minister'],'Spain',note='words invented'),
 sp('Ned Price','person',['Ned Price'],['Spokesman'],'United States',note='words invented'),
 sp('Wopke Hoekstra','person',['Wopke Hoekstra','Hoekstra'],['foreign minister'],'Netherlands',['he'],["Hoekstra's"],note='real Dutch foreign minister from 10 Jan 2022; words invented'),
 sp('Kommersant','organisation',['Kommersant'],['Business daily'],'Russia',note='real paper; wording invented'),
 sp('Yelena Chernova','person',['Yelena Chernova'],['diplomatic correspondent'],'Russia',note='invented Kommersant journalist'),
 sp('Pavel Gerasimov','person',['Pavel Gerasimov'],['commentator'],'Russia',note='invented Moskovsky Komsomolets commentator'),
 sp('Viktor Panin','person',['Viktor Panin'],['Central Asia editor'],'Russia',note='invented Nezavisimaya Gazeta editor'),
 sp('Irina Sokolova','person',['Irina Sokolova'],[],'Russia',note='invented Ekho Moskvy commentator'),
 sp('Claire Dubreuil','person',['Claire Dubreuil'],["FRANCE 24's correspondent in Almaty"],'France',['she'],note='invented'),
 sp('Jakob Hartmann','person',['Jakob Hartmann'],[],'Germany',note='invented, of the invented "Institute for Eastern European Studies"'),
 sp('Almaty police','organisation',['Police in Almaty'],[],'Kazakhstan'),
 sp('Dana Sultanova','person',['Dana Sultanova'],['Lakeshore software engineer'],'United States',['she'],note='invented'),
 sp('Alan Whitcombe','person',['Alan Whitcombe'],['Professor'],'United States',note='invented'),
 sp('Anna Morel','person',['Anna Morel'],['a researcher at the Geneva Centre for Eurasian Studies'],None,note='invented'),
 sp('Koen Verhoeven','person',['Koen Verhoeven','Verhoeven'],['engineer'],'Netherlands',['he'],note='invented'),
 sp('Sanne Bakker','person',['Sanne Bakker','Bakker'],[],'Netherlands',note='invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 1405, 1407, 1411; not quoted'),
 sp(RMD,'organisation',['Russian Defense Ministry',"Russia's defence ministry","Russia's defense ministry"],[],'Russia',quoted=False,note='source of aircraft figures; not quoted'),
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
