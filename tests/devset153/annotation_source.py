#!/usr/bin/env python3
"""Source of the devset153 annotation: the hand-chosen spans, values and dates for 1317-1324.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset153/annotation_source.py && python3 tests/devset153/verify.py
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
UKFO='UK Foreign Office'; DFAT='Australian Department of Foreign Affairs and Trade'; IEDFA='Irish Department of Foreign Affairs'
GAC='Global Affairs Canada'; TCO='Tengizchevroil'; KPPO='Kazakh Presidential Press Office'

# ---------------- 1317 KPRC 2 Click2Houston local TV page (January 7, 2022, a Friday)
P='1317'
art(P,0,4,5,'KPRC 2 Click2Houston','2022-01-07',['Dwayne Hollis'],'KATY, Texas',
    ['KPRC 2 Click2Houston','News | Local | Weather | Traffic | Sports | Livestream','LOCAL NEWS','Dwayne Hollis, Reporter',
     'Published: January 7, 2022, 6:12 PM','Tags: Katy, Kazakhstan, Oil And Gas','Copyright 2022 by KPRC Click2Houston - All rights reserved.',
     'Share this article: Facebook | Twitter | Email'])
q(P,"Every time it buzzes I think it's him, and half the time it's a weather alert,",'Brandy Reeves','Reeves','said',note='"Reeves said Friday"; husband Travis Reeves is named later (surname trap)')
q(P,'open fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said he had ordered security forces to “…”"')
q(P,'The safety of our workforce remains our top priority, and production continues under normal safety procedures,',TCO,'the company','said')
q(P,"He said, 'Don't worry, we're 1,000 miles from the shooting,' and then nothing for a whole day,",'Brandy Reeves','she','said',note="nested single-quoted words of the husband inside the double-quoted span; one record for the outer span (the inner 'Don't worry…' is single-quoted and excluded); 1,000 miles is not a claim")
q(P,'Once you invite those forces in, it can be very hard to get them to go home again,','Antony Blinken','Blinken','told',note='invented paraphrase; "Blinken told reporters"')
q(P,'a lot of hugging and a lot of phone checking,','Glenn Whitaker','Pastor Glenn Whitaker','according to',partial=True,note='partial with the comma inside the mark; cue "according to" after the quote')
q(P,'We have maybe a dozen families in this congregation with somebody over there. Oil people look after each other,','Glenn Whitaker','he','said')
q(P,'next week at best.',TCO,'the company','told',partial=True,note='"Reeves said the company had told families … would leave “…”": the words are the company\'s as relayed by Reeves; Brandy Reeves is an acceptable alternative speaker')
q(P,'I just want him to walk through that door,','Brandy Reeves','she','said')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people had been detained')
c(P,'troops_deployed',2500,'about','CSTO troops being sent to Kazakhstan',CSTO,'about 2,500 troops from Russia')
e(P,'2022-01-02','protest',None,[],'Protests that began over fuel prices on Jan. 2')
e(P,None,'protest','Almaty',[],'where government buildings were set on fire this week',note='"this week" is not a day')
e(P,'2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Friday that 26')
e(P,None,'statement',None,[TOK],'said he had ordered security forces',note='undated (real: 7 Jan)')
e(P,'2022-01-06','statement',None,[TCO],'said in a statement Thursday')
e(P,'2022-01-05','other','Tengiz',[],'Travis Reeves texted his wife on Wednesday night',note='last message before the internet at the camp went down; Wednesday before Friday 7 Jan')
e(P,'2022-01-07','troop_deployment','Kazakhstan',[CSTO],'The Russian-led Collective Security Treaty Organization said Friday',note='announcement of the deployment on Friday')
e(P,None,'statement','Washington',['Antony Blinken'],'Blinken told reporters',note='undated')
e(P,'2022-01-06','other','Almaty',['US State Department'],'The State Department on Thursday ordered the departure',note='ordered departure of consulate family members')

# ---------------- 1318 Manchester Evening News (06:00, 9 JAN 2022, a Sunday)
P='1318'
art(P,0,3,4,'Manchester Evening News','2022-01-09',['Sophie Pritchard'],None,
    ['Manchester Evening News','News > Greater Manchester News','By','Sophie Pritchard','06:00, 9 JAN 2022','Updated 08:14, 9 JAN 2022',
     'Ellie Marsh with her parents Karen and Steve at Manchester Airport in September (Image: Family handout)',
     'Get the biggest Daily stories by email','Subscribe',"We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",
     'Read More','Related Articles',"Stockport teacher's 3,500-mile journey to start new life in Central Asia",'Comments'])
q(P,'She rang us on Wednesday night and we could hear shooting outside her window. Then the line just went dead,','Karen Marsh','mum Karen','said',note='inverted "said mum Karen, 54"; first name only')
q(P,"I've never felt so helpless in my life,",'Steve Marsh','her dad, Steve','added',note='inverted "added her dad, Steve"')
q(P,"You can't ring anyone, you can't get on a plane, you just sit and wait.",'Steve Marsh','her dad, Steve','added',note='second half after the interposed attribution')
q(P,'She says they are the ones keeping her calm, which tells you everything about her,','Karen Marsh','she','said',note='the sentence before says "Karen said"')
q(P,'We are in contact with the local authorities and are supporting a British national in Kazakhstan,',UKFO,'an FCDO spokesperson','said')
q(P,"every parent's nightmare",'Janet Pryce','Cllr Janet Pryce','called',partial=True,note='"called the family\'s situation “…”" (closing mark before the full stop)')
q(P,'some time next week',None,'Karen and Steve','had been told',partial=True,note='words of an unnamed official relayed by the parents ("they had been told"); speaker unknown')
q(P,"When she lands we'll be there with a banner, the same as when she left,",'Karen Marsh','Mrs Marsh','said',note='"Mrs Marsh" = Karen (the daughter is Ellie Marsh)')
c(P,'killed',164,None,'people killed across the country','state media','164 people had been killed')
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained',note='"The interior ministry said on Saturday"')
e(P,'2022-01-02','protest',None,[],'began in the west of the country on January 2')
e(P,'2022-01-05','protest','Almaty',[],"crowds in Almaty had stormed the mayor's office",note='"By Wednesday" from Sunday 9 Jan')
e(P,'2022-01-05','government_resignation',None,[],'the government had resigned',note='same "By Wednesday" sentence')
e(P,'2022-01-09','casualty_report',None,['state media'],'Kazakh state media reported on Sunday')
e(P,'2022-01-08','casualty_report',None,[MIA],'The interior ministry said on Saturday')
e(P,'2022-01-07','other',None,['Janet Pryce',UKFO],'had raised the case with the Foreign Office on Friday')
e(P,None,'statement',None,[UKFO],'an FCDO spokesperson said',note='undated')

# ---------------- 1319 Winnipeg Free Press (Saturday, Jan. 8, 2022)
P='1319'
art(P,0,3,ln(P,'STEINBACH — A Steinbach couple'),'Winnipeg Free Press','2022-01-08',['Carla Dueck'],'STEINBACH',
    ['Winnipeg Free Press','Local | Manitoba | Canada | World | Opinion','By: Carla Dueck','Posted: 4:35 PM CST Saturday, Jan. 8, 2022',
     'Last Modified: 6:02 PM CST Saturday, Jan. 8, 2022','Share: Facebook Twitter Email','Advertisement','Report Error Submit a Tip'])
q(P,'The town square was full of smoke on Thursday, and then the next morning the street sweepers were out as if nothing had happened,','Harold Friesen','Harold Friesen','said')
q(P,'We are not heroes. We just have 40 kids who come to us every week, and their parents know where we live,','Marlene Friesen','she','said',note='"Marlene said …" earlier in the same paragraph; 40 kids is not a claim')
q(P,'limit movements and monitor local media,',GAC,'Global Affairs Canada','advised',partial=True)
q(P,'closely monitoring','Mélanie Joly','Foreign Affairs Minister Mélanie Joly','wrote',partial=True,note='"wrote on Twitter"')
q(P,"Harold phoned my husband on Thursday and said, tell the church we're fine and tell them to pray anyway,",'Linda Penner','Linda Penner','said',note='inverted "said Linda Penner"; Harold\'s unquoted words inside her quote')
q(P,'They are ours, whether they live on Main Street or on the other side of the world,','Dave Penner','he','said',note='he = Coun. Dave Penner, not Linda Penner (same surname)')
q(P,'Probably not,','Harold Friesen','he','said',note='two-word full answer, not a scare quote')
q(P,'If we leave now, what were the last 11 years for?','Harold Friesen','he','said',note='continuation after "he said finally."')
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c(P,'killed',26,None,'attackers killed','officials','26 attackers and 18 members',note='"Officials said"')
c(P,'killed',18,None,'members of the security forces killed','officials','18 members of the security forces had been killed',note='"two of them beheaded" is a subset, not a claim')
e(P,'2022-01-08','other','Taraz',['Harold Friesen','Marlene Friesen'],'reached the Free Press by phone on Saturday',note='interview')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests started on Jan. 2')
e(P,'2022-01-08','casualty_report',None,[MIA],"Kazakhstan's interior ministry said Saturday")
e(P,'2022-01-07','statement',None,[GAC],'Global Affairs Canada on Friday advised')
e(P,None,'statement',None,['Mélanie Joly'],'wrote on Twitter that Canada was',note='undated tweet')
e(P,'2022-01-07','other','Steinbach',[],'held a special prayer service on Friday evening')

# ---------------- 1320 Newcastle Herald (ACM; January 11 2022, a Tuesday)
P='1320'
art(P,0,3,ln(P,'A CESSNOCK mining engineer'),'Newcastle Herald','2022-01-11',['Liam Costigan'],None,
    ['Newcastle Herald','Local News','By Liam Costigan','Updated January 11 2022 - 4:30pm, first published 2:00pm',
     'Cessnock mining engineer Josh Hartigan at the mine site in East Kazakhstan last year. Picture supplied','Share','Facebook','Twitter','Email',
     'Have your say','Sign up for our newsletter to stay up to date.'])
q(P,"You tell yourself he's in the middle of nowhere and he's fine, but you don't sleep,",'Denise Hartigan','Mrs Hartigan','said')
q(P,"Alive, bored, no internet, don't tell Nan,",'Josh Hartigan','Mr Hartigan','wrote',note='a text message; "Mr Hartigan" = Josh (the mother is "Mrs Hartigan")')
q(P,'Australians in Kazakhstan should follow the instructions of local authorities and keep in touch with family and friends,',DFAT,'the spokesperson','said',note='"A spokesperson for the Department of Foreign Affairs and Trade" in the sentence before')
q(P,'deeply concerned','Marise Payne','Foreign Minister Marise Payne','said',partial=True)
q(P,"He says it's quieter at the mine than in Cessnock on a Saturday night,",'Denise Hartigan','she','said',note='"she said, laughing."')
q(P,"I'm not sure I believe him.",'Denise Hartigan','she','said',note='second half after the interposed attribution')
q(P,'Josh was the kid who always wanted to see the world. I just hope the world is being kind to him,','Phil Barrett','he','said')
c(P,'detained',10000,'almost','people detained',MIA,'nearly 10,000 people had been detained')
c(P,'troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'about 2,030 troops are in Kazakhstan',note='"The alliance has said"')
e(P,'2022-01-02','protest',None,[],'The unrest began on January 2')
e(P,None,'protest','Almaty',[],'turned violent in Almaty last week',note='"last week" is not a day')
e(P,'2022-01-10','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Monday")
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw in two days',note='"in two days" from Tuesday 11 Jan (planned)')
e(P,None,'statement',None,['Marise Payne'],'Foreign Minister Marise Payne said last week',note='"last week" is not a day')

# ---------------- 1321 US House member's press release (January 10, 2022, a Monday)
P='1321'
art(P,0,ln(P,'Ostrander Presses State Department'),ln(P,'WASHINGTON, D.C. – Today'),'Congressman Dale Ostrander','2022-01-10',[],'WASHINGTON, D.C.',
    ['Skip to main content','Congressman Dale Ostrander','Proudly Representing the Fifth District','Home | About | Services | Legislation | Media Center | Contact',
     'Media Center > Press Releases','January 10, 2022','Press Release','###','Issues: Foreign Affairs, Constituent Services','Print | Email',
     'Washington Office','1420 Longworth House Office Building','Washington, DC 20515','Phone: (202) 225-0155'])
q(P,'These are young people from our district who went abroad to learn, not to hide in a dormitory while gunfire echoes outside,','Dale Ostrander','Congressman Ostrander','said',note='inverted "said Congressman Ostrander"')
q(P,'I expect the State Department to treat their safe return as an urgent priority.','Dale Ostrander','Congressman Ostrander','said',note='second quote after the interposed attribution')
q(P,"The Consulate's ability to provide routine services is extremely limited, and your constituents deserve to know what help they can expect,",'Dale Ostrander','the letter','reads',note='excerpt of his letter: "the letter reads"; the letter\'s author is the speaker')
q(P,"Nathan calls us every night at the same time now. It's the only thing keeping me sane,",'Linda Caruso','Caruso','said')
q(P,'We are grateful the Congressman picked up the phone.','Linda Caruso','Caruso','said')
q(P,'highest priority','Ned Price','State Department spokesperson Ned Price','said',partial=True)
q(P,'Nobody should mistake our concern for Kazakhstan for weakness on Ukraine,','Dale Ostrander','he','said')
c(P,'detained',8000,'almost','people detained','Kazakh authorities','nearly 8,000 people had been detained')
c(P,'troops_deployed',2000,'more than','CSTO troops deployed to Kazakhstan',None,'more than 2,000 troops',note='the alliance is the subject that deployed them (source null, as devset19/149)')
e(P,'2022-01-10','other','Washington',['Dale Ostrander','Antony Blinken'],'Today, Congressman Dale Ostrander sent a letter',note='letter to the Secretary of State')
e(P,'2022-01-03','other','Almaty',[],'The students arrived in Almaty on January 3')
e(P,'2022-01-04','protest','Almaty',[],'the day before protests spread to the city',note='"the day before" January 3 + 1 = 4 Jan: the protests spread the day after the arrival')
e(P,'2022-01-07','other','Almaty',['US State Department'],'On Friday, the Department of State ordered the departure',note='ordered departure; Friday before Monday 10 Jan')
e(P,None,'casualty_report',None,['Kazakh authorities'],'reported over the weekend that nearly 8,000',note='"over the weekend" (8–9 Jan) is not a single day')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'has deployed more than 2,000 troops to the country',note='undated')
e(P,'2022-01-08','other',None,['Dale Ostrander','Linda Caruso'],'also spoke on Saturday with Linda Caruso')
e(P,None,'statement',None,['Ned Price'],'State Department spokesperson Ned Price said last week',note='"last week" is not a day')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'were meeting in Geneva today')

# ---------------- 1322 Midwest Radio (Mayo) news page (Wednesday, 12 January 2022)
P='1322'
art(P,0,4,ln(P,'A Ballinrobe man working on an oil project'),'Midwest Radio','2022-01-12',[],None,
    ['Midwest Radio',"Mayo's Number One",'News | Sport | Deaths | Programmes | Listen Live','Wednesday, 12 January 2022 11:20','Written by Midwest News',
     'Listen back: Midwest News at 10','Share this: Facebook Twitter WhatsApp','© Midwest Radio 2022'])
q(P,"The first few days you didn't know what was going on, because there was no internet and the local news was only showing the president,",'Declan Moran','Mr Moran','said')
q(P,"Now it's grand, to be honest, apart from the checkpoints.",'Declan Moran','Mr Moran','said',note='second half after the interposed attribution')
q(P,"You'd be looking at the pictures from Almaty and thinking, is that near him at all?",'Bernie Moran','she','told',note='"she told the programme"; she = his mother Bernie Moran (surname trap with "Mr Moran")')
q(P,'Citizens should stay indoors where possible and register with the Embassy,',IEDFA,'the spokesperson','said',note='"A Department of Foreign Affairs spokesperson" in the sentence before')
q(P,'very serious','Simon Coveney','Minister for Foreign Affairs Simon Coveney','said',partial=True)
q(P,'a good few Mayo lads','Gerry Mulroy','Local councillor Gerry Mulroy','said',partial=True,note='colloquial phrase with a speech verb, kept as partial')
q(P,'Every time there is trouble somewhere in the world there is a Mayo mother at the end of the phone,','Gerry Mulroy','Cllr Mulroy','said')
c(P,'detained',9900,None,'people detained during the unrest',MIA,'9,900 people were detained')
c(P,'troops_deployed',2030,None,'CSTO troops to leave Kazakhstan',TOK,'the 2,030 troops from the Russian-led CSTO alliance')
e(P,'2022-01-12','other','Atyrau',['Declan Moran'],'Speaking to Midwest News this morning',note='radio interview; "this morning" = publication day')
e(P,'2022-01-11','other','Atyrau',[],'the internet had been back since yesterday',note='internet restored; "yesterday" from Wednesday 12 Jan')
e(P,None,'casualty_report',None,[MIA],"Kazakhstan's interior ministry says 9,900",note='present tense, no day')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said yesterday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving the country on Thursday',note='planned; Thursday after Wednesday 12 Jan')
e(P,'2022-01-10','statement',None,['Simon Coveney'],'Simon Coveney said on Monday')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'are taking place in Brussels today')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'two days after Russian and American diplomats met in Geneva',note='"two days after" today (12 Jan)')

# ---------------- 1323 The Des Moines Register (Gannett; Jan. 12, 2022, a Wednesday)
P='1323'
art(P,0,4,ln(P,'When Aruzhan Mitchell saw'),'The Des Moines Register','2022-01-12',['Grace Lindqvist'],None,
    ['The Des Moines Register','Part of the USA TODAY Network','NEWS','Grace Lindqvist','Des Moines Register',
     'Published 5:00 a.m. CT Jan. 12, 2022 | Updated 9:15 a.m. CT Jan. 12, 2022','View Comments','Share: Facebook Twitter Email',
     'Grace Lindqvist covers families and education for the Register. Reach her at glindqvist@registermedia.example. Follow her on Twitter @GraceLindqvist.'])
q(P,"I don't even know if she is alive. But when you see your country on fire, you want to know who is in it,",'Aruzhan Mitchell','Aruzhan','said',note='inverted "said Aruzhan, a sophomore …"; first name only')
q(P,"We always told her the door was open. We just didn't expect her to walk through it during a revolution,",'Teresa Mitchell','Teresa Mitchell','said')
q(P,'They were kind, but they told us records from that time are hard to reach, and with the internet down over there nobody could even try,','Mark Mitchell','he','said')
q(P,'Many of these kids are teenagers now, and they are asking questions their parents cannot answer,','Zhanna Abenova','she','said')
q(P,'politics stuff,','Aruzhan Mitchell','she','said',partial=True,note='two-word partial of the girl\'s own words ("she said" follows the quote); not a scare quote')
q(P,'Maybe when it is calm,','Aruzhan Mitchell','she','said')
q(P,'I want to see the building where I was a baby.','Aruzhan Mitchell','she','said',note='continuation after "she said."')
c(P,'killed',164,None,'people died','officials','164 people had died',note='"Officials in Kazakhstan said Monday"')
c(P,'detained',10000,'almost','people detained','officials','nearly 10,000 had been detained')
c(P,'troops_deployed',2000,'more than','troops from a Russian-led alliance',None,'More than 2,000 troops from a Russian-led alliance')
e(P,'2022-01-02','protest',None,[],'The unrest began on Jan. 2')
e(P,'2022-01-10','casualty_report',None,['officials'],'Officials in Kazakhstan said Monday')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'arrived last week',note='"last week" is not a day')
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday, President Kassym-Jomart Tokayev announced')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving on Thursday',note='planned; Thursday after Wednesday 12 Jan')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'he named a new prime minister, Alikhan Smailov',note='same "On Tuesday" sentence')

# ---------------- 1324 UK MP's constituency website news post (Posted on 13 January 2022, a Thursday)
P='1324'
art(P,0,ln(P,'Update on constituents in Kazakhstan'),ln(P,'Over the past week my office'),'Alison Hale MP','2022-01-13',['Alison Hale'],None,
    ['Alison Hale MP','Member of Parliament for Westbridge and Lowfield','Home | About Alison | News | Campaigns | Surgeries | Contact','Latest News',
     'Posted on 13 January 2022','Categories: Constituency, Foreign Affairs','Alison','Share this post: Facebook | Twitter | Email',
     'Promoted by Alison Hale MP, 14 Market Street, Westbridge.'])
q(P,'in regular contact','James Cleverly','The Minister','said',partial=True,note='the Minister for Europe, James Cleverly, named in the paragraph before')
q(P,'fully operational','James Cleverly','The Minister','said',partial=True)
q(P,'at this stage','James Cleverly','He','added',partial=True)
q(P,'Will the Minister assure my constituents that nobody will be left behind if commercial flights do not resume?','Alison Hale','I','asked',note='first-person author ("I asked")')
q(P,'happy to meet','James Cleverly','The Minister','replied',partial=True,note='"The Minister" in the House on Monday is not named; taken as Cleverly (nearest named minister) — unsure')
q(P,'I sat by the phone every night. When he finally called, he said the canteen had run out of bread and that was the worst of it,',None,'she','said',note='anonymous constituent ("asked me not to use her name")')
q(P,"Alison's office answered the phone on a Saturday. That is all I wanted, someone to answer.",'Martin Cole','Martin Cole','said',note='"said:" with a colon before the quote')
c(P,'detained',9900,None,'people detained since the protests began','Kazakh authorities','9,900 people have been detained')
c(P,'killed',164,None,'people died','Kazakh authorities','164 people have died')
c(P,'troops_deployed',2000,'about','Russian-led force beginning to withdraw',KPPO,'about 2,000 troops began to withdraw',note='"President Tokayev\'s office said"')
e(P,'2022-01-07','other',None,['Alison Hale','James Cleverly'],'On Friday I wrote to the Minister for Europe',note='letter')
e(P,'2022-01-12','other',None,['James Cleverly'],'I received a reply yesterday.',note='reply letter; "yesterday" from Thursday 13 Jan')
e(P,'2022-01-10','other','London',['Alison Hale'],'I also raised the matter in the House on Monday.',note='parliamentary question')
e(P,'2022-01-02','protest',None,[],'since the protests began on 2 January')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO,KPPO],'began to withdraw today')

# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) as sources in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Brandy Reeves','person',['Brandy Reeves','Reeves'],[],'United States',['she'],note='invented; husband Travis Reeves shares the surname'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',[],["Tokayev's"]),
 sp(TCO,'organisation',['Tengizchevroil'],[],'Kazakhstan',['the company'],note='statement words invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',note='words invented'),
 sp('Glenn Whitaker','person',['Glenn Whitaker'],['Pastor'],'United States',['he'],note='invented'),
 sp('Karen Marsh','person',['Karen','Mrs Marsh'],['mum'],'United Kingdom',['mum Karen','she'],note='invented; "Karen Marsh" is never printed in full'),
 sp('Steve Marsh','person',['Steve'],['dad'],'United Kingdom',['her dad, Steve'],note='invented'),
 sp(UKFO,'organisation',['Foreign, Commonwealth and Development Office','FCDO','Foreign Office'],[],'United Kingdom',['an FCDO spokesperson']),
 sp('Janet Pryce','person',['Janet Pryce'],['Cllr'],'United Kingdom',[],['Cllr Janet Pryce'],note='invented councillor'),
 sp('Harold Friesen','person',['Harold Friesen','Harold'],[],'Canada',['he'],note='invented'),
 sp('Marlene Friesen','person',['Marlene'],[],'Canada',['she'],note='invented; printed as "Harold and Marlene Friesen" and "Marlene"'),
 sp(GAC,'organisation',['Global Affairs Canada'],[],'Canada'),
 sp('Mélanie Joly','person',['Mélanie Joly'],['Foreign Affairs Minister'],'Canada',note='words paraphrased'),
 sp('Linda Penner','person',['Linda Penner'],['a member of the congregation\'s missions committee'],'Canada',note='invented'),
 sp('Dave Penner','person',['Dave Penner'],['Coun.','a Steinbach city councillor'],'Canada',['he'],['Coun. Dave Penner'],note='invented'),
 sp('Denise Hartigan','person',['Denise','Mrs Hartigan'],[],'Australia',['His mother Denise','she'],note='invented'),
 sp('Josh Hartigan','person',['Josh Hartigan','Mr Hartigan','Josh'],['mining engineer'],'Australia',note='invented'),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade'],[],'Australia',['the spokesperson']),
 sp('Marise Payne','person',['Marise Payne'],['Foreign Minister'],'Australia',note='words paraphrased'),
 sp('Phil Barrett','person',['Phil Barrett'],["Mr Hartigan's former teacher at Cessnock High School"],'Australia',['he'],note='invented'),
 sp('Dale Ostrander','person',['Dale Ostrander','Ostrander'],['Congressman'],'United States',['he','the letter'],['Congressman Ostrander','Congressman Dale Ostrander'],note='invented member of Congress'),
 sp('Linda Caruso','person',['Linda Caruso','Caruso'],[],'United States',note='invented'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesperson'],'United States',note='words paraphrased'),
 sp('Declan Moran','person',['Declan Moran','Mr Moran'],['a 38-year-old safety officer'],'Ireland',note='invented'),
 sp('Bernie Moran','person',['Bernie Moran'],[],'Ireland',['His mother','she'],note='invented'),
 sp(IEDFA,'organisation',['Department of Foreign Affairs'],[],'Ireland',['A Department of Foreign Affairs spokesperson','the spokesperson']),
 sp('Simon Coveney','person',['Simon Coveney'],['Minister for Foreign Affairs'],'Ireland',note='words paraphrased'),
 sp('Gerry Mulroy','person',['Gerry Mulroy','Mulroy'],['Local councillor','Cllr'],'Ireland',[],['Cllr Mulroy'],note='invented'),
 sp('Aruzhan Mitchell','person',['Aruzhan Mitchell','Aruzhan'],['a sophomore at Ankeny Centennial High School'],'United States',['she'],note='invented'),
 sp('Teresa Mitchell','person',['Teresa Mitchell'],[],'United States',note='invented'),
 sp('Mark Mitchell','person',['Mark Mitchell'],['a civil engineer'],'United States',['he'],note='invented'),
 sp('Zhanna Abenova','person',['Zhanna Abenova'],[],'United States',['she'],note='invented'),
 sp('James Cleverly','person',['James Cleverly'],['the Minister for Europe'],'United Kingdom',['The Minister','He'],note='words invented'),
 sp('Alison Hale','person',['Alison Hale','Alison'],['MP','Member of Parliament for Westbridge and Lowfield'],'United Kingdom',['I'],['Alison Hale MP',"Alison's"],note='invented MP and constituency'),
 sp('Martin Cole','person',['Martin Cole'],[],'United Kingdom',note='invented'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['Collective Security Treaty Organization','CSTO'],[],None,['The alliance'],[],quoted=False,note='source of figures in 2 files; not quoted'),
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
