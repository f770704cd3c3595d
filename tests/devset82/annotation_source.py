#!/usr/bin/env python3
"""Source of the devset82 annotation: the hand-chosen spans, values and dates for 749-756.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset82/annotation_source.py && python3 tests/devset82/verify.py
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

KREM='Kremlin'; PRESS='Kazakh Presidential Press Office'; KWMFA='Kuwaiti Foreign Ministry'; DFAT='Australian Department of Foreign Affairs and Trade'
HAJ='Nayef Falah Mubarak Al-Hajraf'

# ---------------- 749 Reuters e-mail news alert (Date: Fri, 7 Jan 2022)
art('749',0,11,15,'Reuters','2022-01-07',[],'ALMATY',
    ['From: Reuters News Alerts <newsalerts@thomsonreuters.example>','To: subscriber','Date: Fri, 7 Jan 2022 12:06:41 +0000',
     'REUTERS | NEWS ALERT','View this email in your browser','WORLD NEWS','By Reuters Staff',
     '(Reporting by Reuters staff; Writing by Tom Ashcroft; Editing by Kieran Doyle)','Read the full story on Reuters.com',
     'Related: Explainer - What is the CSTO?','You are receiving this email because you signed up for Reuters News Alerts.',
     'Unsubscribe | Manage your alerts | Privacy','© 2022 Reuters. All rights reserved.'])
q('749','Those who refuse to lay down their weapons will be destroyed. There will be no talks with them,',TOK,'Tokayev','said',note='"Tokayev said in a televised address"')
q('749','a well-prepared attack',TOK,'He','said',partial=True,note='He = Tokayev; the one-word "nonsense" in the same sentence is excluded')
q('749','for a limited time',CSTO,'The Collective Security Treaty Organization (CSTO)','said',partial=True)
q('749','Our task is to guard strategic facilities, not to fight the population,','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',note='inverted cue "said Colonel General …", then "according to a ministry video"')
q('749','We stayed on the floor all night, away from the windows,','Gulnara Seitova','Gulnara Seitova','said',note='inverted cue with age and job after the name')
q('749','Nobody knows who is shooting at whom.','Gulnara Seitova','Gulnara Seitova','said',note='continuation after the interposed attribution, same paragraph')
c('749','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label (excluded from quotes)')
c('749','detained',3800,'more than','people detained since the protests began',MIA,'more than 3,800 people detained')
c('749','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces have died',note='written-out at sentence start; "two of them found beheaded" is a subset, not a claim')
c('749','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'would number about 2,500 troops')
e('749','2022-01-07','statement',None,[TOK],'said on Friday he had authorised security forces')
e('749',None,'troop_deployment','Kazakhstan',[RDM,'Russia'],'Russian transport planes flew in paratroopers overnight',note='"overnight" (6-7 Jan) is not a day word')
e('749',None,'casualty_report',None,[MIA],'The Interior Ministry said 26',note='no day given (likely 7 Jan)')
e('749','2022-01-07','other','Almaty',[],'gunfire could still be heard on Friday morning')
e('749','2022-01-05','other',None,[],'Internet access, cut on Wednesday',note='internet shutdown; Wednesday before Fri 7 Jan')
e('749','2022-01-06','statement',None,['Antony Blinken'],'Antony Blinken said on Thursday')
e('749','2022-01-10','talks','Geneva',['Russia','United States'],'meet in Geneva on Monday',note='future Monday after Fri 7 Jan')
e('749','2022-01-02','protest','Zhanaozen',[],'first protests in the oil town of Zhanaozen on Jan. 2')

# ---------------- 750 AP News app push-notification list (saved Saturday, January 8, 2022): each push = one article
L750=T[doc('750')].split('\n')
stamps=[i+1 for i,l in enumerate(L750) if l.startswith('AP NEWS · ')]
def pubdate(s):
    if 'Yesterday' in s: return '2022-01-07'
    if '· Thu' in s: return '2022-01-06'
    if '· Wed' in s: return '2022-01-05'
    return '2022-01-08'
for k,s in enumerate(stamps):
    b=[L750[s-1]]
    if k==0: b=['AP News','Notifications','Saturday, January 8, 2022','Swipe to clear all']+b
    if k==len(stamps)-1: b=b+['Manage notifications','Notification settings · Turn off for AP News']
    art('750',k,s+1,s+1,'AP News',pubdate(L750[s-1]),[],None,b,ls=(1 if k==0 else s),le=(None if k==len(stamps)-1 else s+1))
def A750(sub): return [k for k,s in enumerate(stamps) if sub in L750[s]][0]
q('750','The situation has stabilized in all regions,',TOK,'Kazakh President Tokayev','says',art=A750('The situation has'),note='inverted present-tense cue; the one-word "militants" later in the push is excluded')
q('750','The Russian president expressed full support,',KREM,'a Kremlin statement','said',art=A750('Putin and Tokayev'))
q('750','When Russian troops arrive somewhere, they rarely leave quickly,','Antony Blinken','Blinken','says',art=A750('watching the CSTO'))
q('750','There will be no negotiations,',TOK,'he','says',art=A750('fire without warning'),note="he = \"Kazakhstan's president\" in the same push")
q('750','already carrying out their tasks.',CSTO,'The alliance','says',art=A750('paratroopers land'),partial=True,note='full stop inside the closing mark')
q('750','dozens of rioters','Almaty police','Police in Almaty','say',art=A750('Police in Almaty'),partial=True)
q('750','terrorist threat.',TOK,"Kazakhstan's president",'saying',art=A750('asks Russian-led'),partial=True,note='two-word evaluative phrase with a speech verb kept as partial (borderline label)')
c('750','detained',4404,None,'people detained during a week of unrest','Kazakh authorities','4,404 people have been detained',art=A750('4,404'))
c('750','aircraft',70,'more than','planes that flew in soldiers and equipment','Moscow','more than 70 planes',art=A750('70 planes'))
c('750','killed',26,None,'protesters killed',MIA,'26 protesters were killed',art=A750('26 protesters'))
c('750','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died',art=A750('26 protesters'))
c('750','killed',12,None,'police officers killed','Saltanat Azirbek','says 12 officers died',art=A750('Police in Almaty'),note='"dozens of rioters" has no integer')
e('750',None,'arrest',None,['Karim Masimov'],'former security chief Karim Masimov detained on suspicion of treason',art=A750('Masimov'),note='pushed Sat 8 Jan; detention itself undated (real: 6 Jan)')
e('750',None,'troop_deployment','Almaty',[CSTO],'Russian-led troops guard Almaty airport',art=A750('70 planes'))
e('750','2022-01-07','talks',None,['Vladimir Putin',TOK],'Putin and Tokayev spoke by phone on Friday',art=A750('Putin and Tokayev'))
e('750',None,'statement',None,[TOK],'he has authorized troops to fire without warning',art=A750('fire without warning'),note='pushed Fri 7 Jan, no day word')
e('750',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers land in Kazakhstan',art=A750('paratroopers land'),note='pushed Thu 6 Jan, no day word')
e('750',None,'casualty_report','Almaty',['Almaty police'],'were killed overnight as they tried to storm government buildings',art=A750('Police in Almaty'),note='"overnight" before the Thu 6 Jan push')
e('750',None,'other',None,[TOK,CSTO],'asks Russian-led military alliance for help',art=A750('asks Russian-led'),note='request for CSTO help; pushed Wed 5 Jan, no day word')
e('750',None,'government_resignation',None,[],"Kazakhstan's government resigns",art=A750('government resigns'),note='pushed Wed 5 Jan, no day word')
e('750',None,'state_of_emergency',None,[TOK],'declares a two-week state of emergency',art=A750('government resigns'))

# ---------------- 751 Dow Jones Newswires item (12 Jan 2022, a Wednesday)
art('751',0,1,7,'Dow Jones Newswires','2022-01-12',['Daniel Marsh'],None,
    ['12 Jan 2022 10:47 ET','By Daniel Marsh','Write to Daniel Marsh at daniel.marsh@dowjones.example','(END) Dow Jones Newswires',
     'January 12, 2022 10:47 ET (15:47 GMT)','Copyright (c) 2022 Dow Jones & Company, Inc.'])
q('751','Production has been restored to normal rates and we continue to monitor the situation closely,','Chevron','a Chevron spokeswoman','said',note='"said in an emailed statement"; unnamed spokeswoman of a company -> the company')
q('751','a tragedy',TOK,'Mr. Tokayev','said',partial=True,note='two-word evaluative partial; "Mr." honorific')
q('751','The oil market has largely looked through the unrest, because exports through the CPC pipeline were never interrupted,','Priya Raman','Priya Raman','said',note='inverted cue "said Priya Raman, a senior analyst at …"')
q('751','whether the political reshuffle reaches the energy ministry.','Priya Raman','She','said',partial=True,note='full stop inside the closing mark')
q('751','Membership decisions belong to the allies and to the countries that want to join, and to no one else,','Wendy Sherman','she','said')
c('751','troops_deployed',2030,'about','CSTO troops in Kazakhstan',TOK,'roughly 2,030 troops',note='"roughly" -> about')
c('751','detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people had been detained')
e('751','2022-01-12','statement','Tengiz',['Tengizchevroil'],"the field's operator said Wednesday")
e('751','2022-01-05','other','Tengiz',['Tengizchevroil'],'had cut output on Jan. 5')
e('751','2022-01-11','statement',None,[TOK],'told lawmakers on Tuesday')
e('751','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin a gradual withdrawal in two days',note='"in two days" from Tuesday 11 Jan')
e('751','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'lawmakers approved the choice the same day',note='"the same day" = Tuesday')
e('751',None,'statement',None,[TOK],'last week described the unrest as an attempted coup',note='"last week" is not a day')
e('751','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said Tuesday')
e('751','2022-01-12','talks','Brussels',['NATO','Russia'],'met in Brussels on Wednesday')
e('751','2022-01-10','talks','Geneva',['Wendy Sherman','Russia'],"who led Monday's talks with Russia in Geneva")

# ---------------- 752 Xinhua "Roundup" (2022-01-11, a Tuesday)
art('752',0,1,7,'Xinhua','2022-01-11',[],'NUR-SULTAN',
    ['Source: Xinhua | 2022-01-11 22:18:40 | Editor: huaxia','[Video] [Photo] [Share]','Related:',"Kazakhstan's new PM pledges to stabilize economy",
     'Chinese envoy meets Kazakh FM on bilateral cooperation','Copyright © 2000-2022 XINHUANET.com All rights reserved.'])
q('752','The main task of the collective forces has been successfully completed. The situation in the country is stable,',TOK,'Tokayev','said')
q('752','promptly and strictly within the treaty.','Vladimir Putin','Russian President Vladimir Putin','told',partial=True)
q('752','We demonstrated that we can respond quickly when an ally asks for help,','Vladimir Putin','Putin','said')
q('752','As a friendly neighbor and comprehensive strategic partner, China firmly supports Kazakhstan in restoring order and is ready to provide assistance within its capacity,','Wang Wenbin','Wang','said')
q('752','create turmoil','Wang Wenbin','He','said',partial=True,note='He = Wang; the closing mark is followed by ". Enditem" on the same line')
c('752','troops_deployed',2030,None,'CSTO servicemen involved in the operation',RDM,'A total of 2,030 servicemen',note='"250 units of military equipment" is not a claim')
c('752','detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
e('752','2022-01-11','statement',None,[TOK],'said on Tuesday that the main mission')
e('752','2022-01-13','withdrawal','Kazakhstan',[CSTO],'their phased withdrawal will start in two days',note='"in two days" from Tue 11 Jan')
e('752','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'the Mazhilis approved the candidacy of Alikhan Smailov',note='"On the same day"')
e('752','2022-01-05','government_resignation',None,[TOK],'when Tokayev accepted the resignation of the previous cabinet')
e('752',None,'other',None,[TOK],'Tokayev also proposed setting up a public fund',note='same session, no day word')
e('752','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'held an extraordinary session of the Collective Security Council via video link')
e('752','2022-01-10','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Monday")
e('752','2022-01-11','statement','Beijing',['Wang Wenbin'],'at a regular press briefing on Tuesday')

# ---------------- 753 EFE English item (Jan 13, 2022, a Thursday)
art('753',0,4,6,'EFE','2022-01-13',[],'Vienna',
    ['EFE English','International | Europe','ae-ll/mf',
     '© EFE 2022. All rights reserved. Redistribution and reuse of this content is expressly prohibited without prior written consent.',
     'Tags: OSCE, Russia, United States, Ukraine, Kazakhstan'])
q('753','at its most fragile since the end of the Cold War.','Zbigniew Rau',"Poland's Foreign Minister Zbigniew Rau",'told',partial=True)
q('753','We cannot pretend that this is a normal winter in Europe,','Zbigniew Rau','Rau','said')
q('753','We are not interested in endless conversations. We want legally binding guarantees, and we want them soon,','Alexander Lukashevich','the ambassador','told',note='title-only mention; named in the paragraph before')
q('753',"not with a gun held to Ukraine's head.",'Michael Carpenter','Michael Carpenter','said',partial=True,note='"The US ambassador, Michael Carpenter, said …, but “…”"')
q('753','The peacekeepers have fulfilled their task in full,','Andrei Serdyukov','Serdyukov','said',note='"according to the Russian Defence Ministry"')
q('753','We asked for access for observers, and we will keep asking,',None,'the diplomat','said',note='anonymous Nordic diplomat')
q('753','in any way the authorities consider useful.','OSCE','The OSCE','said',partial=True)
c('753','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western estimates','about 100,000 troops near the Ukrainian border')
c('753','detained',10000,'more than','people detained after the riots','Kazakh authorities','more than 10,000 people had been detained')
c('753','killed',16,'at least','members of the security forces killed','Kazakh authorities','at least 16 members of the security forces',note='"dozens of people dead" has no integer')
e('753','2022-01-13','statement','Vienna',['Zbigniew Rau'],"The OSCE's chair warned on Thursday")
e('753','2022-01-13','talks','Vienna',['OSCE','Russia','United States'],"the third round of this week's diplomatic talks")
e('753','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('753','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels on Wednesday')
e('753',None,'statement','Vienna',['Alexander Lukashevich'],'the ambassador told reporters after the session',note='after the Thursday session; no day word')
e('753','2022-01-13','withdrawal','Almaty',[CSTO,'Andrei Serdyukov'],'on Thursday began handing over the facilities')
e('753','2022-01-13','withdrawal',None,[RDM],'The first Russian transport planes carrying soldiers home left on the same day',note='"the same day" = Thursday')
e('753',None,'statement',None,['OSCE'],'The OSCE said in a statement')

# ---------------- 754 Kyodo flash/urgent/story sequence (stamps 2022/01/11 JST; dateline Jan. 10, Monday)
art('754',0,10,12,'Kyodo News','2022-01-11',[],'GENEVA',
    ['KYODO NEWS -- ENGLISH WIRE','2022/01/11 01:58 JST','FLASH: Russia, U.S. end security talks in Geneva without breakthrough','2022/01/11 02:21 JST',
     'URGENT: Russia says it has no plans to invade Ukraine, U.S. rejects demand to halt NATO enlargement','2022/01/11 04:36 JST','==Kyodo',
     'Related coverage:','Japan urges citizens in Kazakhstan to stay indoors amid unrest','Putin, Biden to hold phone talks as Ukraine tension mounts',
     '(c) Kyodo News. All rights reserved. No reproduction or republication without written permission.'])
q('754','There is no reason to fear an escalation. We explained once again that we have no plans to invade Ukraine,','Sergey Ryabkov','he','said',note='he = Ryabkov, named in the paragraph before')
q('754','an absolute red line','Sergey Ryabkov','the Russian diplomat','added',partial=True)
q('754','We will not discuss Ukraine without Ukraine, or Europe without Europe,','Wendy Sherman','Sherman','said')
q('754','the destruction of the state.','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q('754','closely watching','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','said',partial=True)
q('754','The streets are quiet now, but everyone still carries their passport,',None,'he','said',note='anonymous Japanese trading house executive')
c('754','troops_deployed',100000,'about','Russian troops near the Ukrainian border','United States','around 100,000 troops near the Ukrainian border',note='"around" -> about')
c('754','troops_deployed',2030,'about','CSTO troops in Kazakhstan',TOK,'numbering about 2,030')
e('754','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'held nearly eight hours of talks in Geneva on Monday')
e('754',None,'statement','Geneva',['Sergey Ryabkov'],'told a press conference after the meeting',note='same day as the talks (10 Jan); no day word')
e('754',None,'statement',None,['Wendy Sherman'],'told reporters by telephone')
e('754','2022-01-12','talks','Brussels',['NATO','Russia'],'a meeting of the NATO-Russia Council in Brussels on Wednesday')
e('754','2022-01-13','talks','Vienna',['OSCE'],'in Vienna the following day',note='the day after Wednesday 12 Jan')
e('754','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'At a video summit of the alliance earlier in the day',note='"earlier in the day" = Monday 10 Jan')
e('754','2022-01-07','statement','Tokyo',['Hirokazu Matsuno'],'said last Friday')
e('754',None,'protest','Kazakhstan',[],'where violent unrest broke out early this month')
e('754','2022-01-10','other','Almaty',[],'his staff had returned to the office on Monday')

# ---------------- 755 KUNA item (09/01/2022, a Sunday)
art('755',0,4,7,'KUNA','2022-01-09',[],'KUWAIT',
    ['KUNA | Kuwait News Agency','Home > International > Asia','09/01/2022 14:32','KUNA 091432 GMT Jan 22','Share: Facebook Twitter WhatsApp Email',
     'Related News','Kuwait condemns attacks on Kazakh state institutions','GCC chief urges restraint in Kazakhstan'])
q('755','with great attention',KWMFA,'the ministry','said',partial=True)
q('755','until the situation becomes clear.',KWMFA,'the ministry','urged',partial=True,note='"and urged citizens … to postpone their trips “…”"')
q('755','Our brothers in Kazakhstan are well, and the embassy is working around the clock to respond to any request,','Bader Al-Mutairi','Ambassador Al-Mutairi','said')
q('755','a significant number of foreign citizens,',PRESS,'the Kazakh presidential office','said',partial=True)
q('755','The GCC rejects all forms of violence and hopes that calm and stability will return to friendly Kazakhstan as soon as possible,',HAJ,'he','said',note='"he said in a statement"; he = Dr. Nayef Al-Hajraf')
c('755','detained',5800,None,'people detained',"Kazakh government","5,800 detained",zone='headline',note='headline: "Kazakh gov\'t reports 5,800 detained"')
c('755','detained',5800,'about','people detained, including foreign citizens',PRESS,'about 5,800 people')
c('755','killed',164,None,'people killed (figure later removed)','Kazakh Ministry of Health','said 164 people had been killed',note='"Kazakh state television, citing the health ministry"')
c('755','killed',103,None,'people killed in Almaty','Kazakh Ministry of Health','including 103 in Almaty',note='breakdown of the 164 by city (kept, unlike devset19\'s "two of them beheaded")')
e('755','2022-01-09','statement',None,[KWMFA],"Kuwait's Ministry of Foreign Affairs said on Sunday")
e('755',None,'statement',None,['Bader Al-Mutairi'],'told KUNA by phone')
e('755','2022-01-05','other','Almaty',[],'which was seized by rioters on Wednesday',note='airport seized')
e('755','2022-01-09','casualty_report',None,[PRESS],'the Kazakh presidential office said on Sunday')
e('755',None,'other',None,[TOK],'a meeting of the crisis headquarters chaired by President Kassym-Jomart Tokayev',note='no day word (likely 9 Jan)')
e('755',None,'casualty_report',None,['Kazakh Ministry of Health'],'Kazakh state television, citing the health ministry')
e('755','2022-01-10','other','Kazakhstan',[TOK],'Tokayev declared Monday a day of national mourning',note='the mourning day is Monday 10 Jan; the declaration itself is undated')
e('755','2022-01-07','statement',None,[HAJ,'Gulf Cooperation Council'],'said on Friday that the council stood by Kazakhstan')
e('755','2022-01-02','protest',None,[],'began in the west of the country on January 2')
e('755','2022-01-06','troop_deployment','Kazakhstan',[CSTO],"arrived on Thursday at Tokayev's request")

# ---------------- 756 AAP item (Sat, 8 January 2022)
art('756',0,6,12,'AAP','2022-01-08',['Ellie Brandon'],None,
    ['AAP','Australian Associated Press','World | Government','Ellie Brandon','(Australian Associated Press)','Sat, 8 January 2022 4:46PM',
     '© 2022 AAP. All rights reserved.','Share this article'])
q('756','Australians in Kazakhstan should remain where they are safe, limit their movements and follow the instructions of local authorities,',DFAT,'the advice','reads',note='the Smartraveller advice text; "do not travel" (advice level label) excluded')
q('756','deeply concerned','Marise Payne','Foreign Minister Marise Payne','said',partial=True)
q('756','We urge the Kazakh authorities to respect the right to peaceful protest and to allow full access to the internet,','Marise Payne','Senator Payne','said',note='title "Senator" + surname')
q('756','The phone just rings out. You see pictures of burned cars near their street and you imagine the worst,','Yerlan Dzhaksybekov','the 34-year-old engineer','told',note='age/job description; name in the paragraph before')
q('756',"We are alive, don't come,",None,'it','said',note='text message from his parents (unnamed): "it said, he recalled"')
c('756','detained',4404,None,'people detained since the unrest began',MIA,'4,404 people have been detained')
c('756','killed',26,None,'armed rioters killed in Almaty',MIA,'26 armed rioters were killed')
c('756','aircraft',70,'more than','aircraft that flew CSTO troops in',RDM,'more than 70 aircraft')
c('756','troops_deployed',2500,'about','CSTO soldiers guarding airports and government buildings',RDM,'about 2,500 soldiers')
e('756','2022-01-08','statement',None,[DFAT],'raised its Smartraveller advice for Kazakhstan')
e('756','2022-01-07','statement',None,['Marise Payne'],'Foreign Minister Marise Payne said on Friday')
e('756',None,'protest','Kazakhstan',[],'since the unrest began a week ago',note='"a week ago" is a vague period (real: 2 Jan)')
e('756',None,'troop_deployment','Kazakhstan',[CSTO,RDM],'have flown troops of the Collective Security Treaty Organization into the country')
e('756','2022-01-08','other',None,['Yerlan Dzhaksybekov'],'a one-line text message on Saturday morning')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['He','he',"Kazakhstan's president"],['Mr. Tokayev',"Tokayev's"]),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance','the alliance','Russian-led military alliance']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','the commander of the mission'],'Russia'),
 sp('Gulnara Seitova','person',['Gulnara Seitova'],['a pharmacist'],'Kazakhstan',note='invented'),
 sp(KREM,'organisation',['Kremlin'],[],'Russia',['a Kremlin statement']),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State'],'United States'),
 sp('Almaty police','organisation',['Police in Almaty'],[],'Kazakhstan'),
 sp('Chevron','organisation',['Chevron'],[],'United States',['a Chevron spokeswoman'],['Chevron Corp.']),
 sp('Priya Raman','person',['Priya Raman'],['a senior analyst at Halden Energy Research'],'United Kingdom',['She'],note='invented (firm invented too)'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States',['she']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Chinese Foreign Ministry spokesperson'],'China',['He']),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's Foreign Minister"],'Poland',["The OSCE's chair"]),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative to the OSCE"],'Russia',['the ambassador']),
 sp('Michael Carpenter','person',['Michael Carpenter'],['The US ambassador'],'United States'),
 sp('OSCE','organisation',['OSCE','Organization for Security and Co-operation in Europe'],[],None),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['he','the Russian diplomat']),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary',"Japan's top government spokesman"],'Japan'),
 sp(KWMFA,'organisation',["Kuwait's Ministry of Foreign Affairs"],[],'Kuwait',['the ministry']),
 sp('Bader Al-Mutairi','person',['Bader Al-Mutairi','Al-Mutairi'],["Kuwait's Ambassador to Kazakhstan"],'Kuwait',['He'],['Ambassador Al-Mutairi'],note='invented'),
 sp(PRESS,'organisation',['Kazakh presidential office'],[],'Kazakhstan',['The office']),
 sp(HAJ,'person',['Nayef Al-Hajraf'],['The Secretary General of the Gulf Cooperation Council (GCC)'],'Kuwait',['he'],['Dr. Nayef Al-Hajraf'],note='words invented'),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['the advice','A DFAT spokeswoman']),
 sp('Marise Payne','person',['Marise Payne','Payne'],['Foreign Minister','Senator'],'Australia',[],['Senator Payne'],note='words invented'),
 sp('Yerlan Dzhaksybekov','person',['Yerlan Dzhaksybekov','Dzhaksybekov'],['Melbourne man'],'Australia',['the 34-year-old engineer'],['Mr Dzhaksybekov'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry','Russian Defense Ministry',"Russia's Defence Ministry"],[],'Russia',quoted=False,note='source of figures; not quoted directly'),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['first deputy prime minister'],'Kazakhstan',quoted=False,note='mentioned in 751 and 752'),
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
