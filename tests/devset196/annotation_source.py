#!/usr/bin/env python3
"""Source of the devset196 annotation: the hand-chosen spans, values and dates for 1661-1668.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset196/annotation_source.py && python3 tests/devset196/verify.py
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
    if zone=='related': art=None
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
RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; KOF='Jeppe Kofod'; ODIHR='OSCE Office for Democratic Institutions and Human Rights'
MYFM='Malaysian Foreign Ministry'

# ---------------- 1661 Pacific Coast Times (LA Times-style US West Coast metro), Jan. 10, 2022 7:48 PM PT (Monday)
P='1661'
art(P,0,ln(P,'U.S. and Russia talk for nearly eight hours'),ln(P,'GENEVA — American and Russian'),'The Pacific Coast Times','2022-01-10',['Nadia Brennan'],'GENEVA',
    ['The Pacific Coast Times','Subscribe   Log In','WORLD & NATION','Deputy Secretary of State Wendy Sherman arrives at the U.S. mission in Geneva on Monday. (Associated Press)','Staff Writer','Jan. 10, 2022 7:48 PM PT','Share',
     'Times staff writer Carl Odom in Washington contributed to this report.',"Nadia Brennan is the Pacific Coast Times' Moscow bureau chief. She previously covered Southern California's Armenian and Russian-speaking communities for the Metro desk.",
     'More From the Pacific Coast Times','Omicron surge: L.A. County reports 43,000 new cases in a single day','Subscribers are Reading','Copyright © 2022, The Pacific Coast Times | Terms of Service | Privacy Policy | Do Not Sell My Personal Information'])
q(P,'ironclad, legally binding guarantees',RYA,'Sergei Ryabkov','told',partial=True,note='title + name in apposition after "Russia\'s chief negotiator,"')
q(P,'long, hard and businesslike',RYA,'He','called',partial=True,note='curly marks; "He called the session"')
q(P,'with no illusions.',RYA,'He','said',partial=True,note='second partial in the same sentence, after "and said the Russian side had left"')
q(P,"We will not allow anyone to slam closed NATO's open-door policy,",SHE,'Sherman','said')
q(P,'That is not up for discussion in Geneva or anywhere else.',SHE,'Sherman','said',note='continuation after the interposed "Sherman said in a telephone briefing."')
q(P,'on a reciprocal basis.',SHE,'She','added',partial=True)
q(P,'History teaches that when Russian forces move into a house, getting them out again can be very hard,','Antony Blinken','Secretary of State Antony Blinken','said',note='the same sentence goes on to say Russian officials "quoted back" the line (nearest-verb trap)')
q(P,'Kazakhstan asked for help and received it. There is nothing to discuss here,',RYA,'he','said',note='"he" = Ryabkov from the previous sentence "Ryabkov dismissed the comparison."')
q(P,'We will judge the Kazakhstan deployment by when it ends, not by how it began,',None,'the official','said',note='anonymous senior State Department official')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine\'s border',None,'roughly 100,000 Russian troops near Ukraine',note='"roughly" normalised to about; figure not attributed')
c(P,'troops_deployed',2030,None,'CSTO troops taking part in the Kazakhstan mission',CSTO,'The alliance says 2,030 troops are taking part')
e(P,'2022-01-10','talks','Geneva',[SHE,RYA],'behind closed doors at the U.S. diplomatic mission here Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO envoys sit down with a Russian delegation in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'meets in Vienna on Thursday')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,'Russia',TOK],'Last week, at the request of',note='"Last week" = the week of 3-9 Jan (real start 2022-01-06)')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken said Friday',note='"Friday" before Monday 10 Jan')

# ---------------- 1662 Øresund Post (Copenhagen Post-style Danish English paper) "News in Brief": 3 items = 3 articles
P='1662'
art(P,0,ln(P,'Foreign Ministry advises Danes in Kazakhstan to stay indoors'),ln(P,'The Foreign Ministry on Thursday raised'),'The Øresund Post','2022-01-07',[],None,
    ['THE ØRESUND POST',"Denmark's news in English since 1998",'NEWS | BUSINESS | CULTURE | EDUCATION | EVENTS | SUBSCRIBE','News in Brief','by Ritzau','January 7th, 2022 11:20 am'],ls=7,le=15)
art(P,1,ln(P,'Carlsberg halts beer production in Almaty'),ln(P,'Carlsberg stopped its brewery'),'The Øresund Post','2022-01-10',['Mikkel Thorsen'],None,
    ['by Mikkel Thorsen','January 10th, 2022 2:45 pm'],ls=17,le=27)
art(P,2,ln(P,"Kofod: 'No illusions' ahead of NATO-Russia meeting"),ln(P,"Denmark's foreign minister Jeppe Kofod said on Tuesday"),'The Øresund Post','2022-01-12',['Sofie Brandt'],None,
    ['by Sofie Brandt','January 12th, 2022 9:05 am','Related','Danish students in Ukraine told to keep passports ready','The Øresund Post · Vesterbrogade 8 · 1620 København V · news@oresundpost.dk','Subscribe to the print edition · Advertise with us · Privacy and cookies'],ls=29,le=37)
q(P,'The situation is changing by the hour, and right now the safest place is indoors,',KOF,'foreign minister Jeppe Kofod','said in a written comment',art=0,note='lower-case title before the name')
q(P,'Our first priority was to get our colleagues home safely. The beer could wait,','Mette Lund','Mette Lund','said',art=1,note='inverted cue with possessive role: said Carlsberg\'s communications director, Mette Lund')
q(P,'no illusions',KOF,'Jeppe Kofod','said',art=2,partial=True,note='the headline has the same words in single quotes (excluded)')
q(P,'We will listen to Russia, but we will not let Russia rewrite the security order of Europe over our heads,',KOF,'Kofod','said',art=2)
q(P,'ready to do more',KOF,'Kofod','said',art=2,partial=True)
c(P,'detained',5000,'more than','people detained across Kazakhstan over the weekend','Kazakh authorities','more than 5,000 people were detained',art=1)
c(P,'troops_deployed',100000,'about','Russian soldiers near Ukraine\'s borders',None,'around 100,000 soldiers',art=2,note='Danish F-16s on air policing are out of scope')
e(P,'2022-01-06','statement',None,['Danish Foreign Ministry'],'The Foreign Ministry on Thursday raised its travel advice',art=0,note='Thursday from the item stamp 7 Jan (Friday)')
e(P,'2022-01-05','other','Almaty',['Carlsberg'],'Carlsberg stopped its brewery in Almaty last Wednesday',art=1,note='"last Wednesday" from the item stamp Monday 10 Jan')
e(P,'2022-01-09','other','Almaty',['Carlsberg'],'only restarted one production line on Sunday',art=1)
e(P,'2022-01-11','statement',None,[KOF],'Jeppe Kofod said on Tuesday',art=2)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],"today's meeting of the NATO-Russia Council in Brussels",art=2,note='"today" = the item stamp 12 Jan')

# ---------------- 1663 Wiener Rundschau (Austrian daily, English edition, translated from German), 13.01.2022 (Thursday)
P='1663'
art(P,0,ln(P,"OSCE in the Hofburg: Europe's oldest"),ln(P,'The Polish chairmanship wants to revive'),'Wiener Rundschau','2022-01-13',['Katharina Steindl'],'Vienna',
    ['WIENER RUNDSCHAU','English Edition | Deutsch','Politik > Ausland','Premium','Von Katharina Steindl','13.01.2022 um 18:45','This article was translated from German with the help of machine translation and checked by our editorial team.',
     'Mehr zum Thema','Kasachstan: Die Ruhe nach dem Sturm','© Wiener Rundschau 2022 | Impressum | Datenschutz | Abo'])
q(P,'greater than at any time in the past 30 years','Zbigniew Rau','Zbigniew Rau','spoke of',partial=True)
q(P,'We need answers, not a discussion club. If there are no answers soon, we will draw our own conclusions','Alexander Lukashevich','Lukashevich','told journalists',note='German low-high marks „…“ (translation artefact); the comma follows the closing mark')
q(P,'We are hearing the sound of marching boots in Europe again,','Michael Carpenter','he','said',note='"he" = "The American ambassador Michael Carpenter" in the previous sentence')
q(P,'swiftly and severely','Michael Carpenter','he','said',partial=True,note='indirect-speech sentence without its own verb; the paragraph\'s cue')
q(P,'the natural place for this conversation','Alexander Schallenberg','Alexander Schallenberg','called',partial=True)
q(P,'Austria is neutral, but it is not indifferent.','Alexander Schallenberg','He','told',note='after a colon; German low-high marks')
q(P,'deeply concerned',ODIHR,"The OSCE's Office for Democratic Institutions and Human Rights",'said',partial=True,note='two-word evaluative partial with an organisation as speaker')
q(P,'Washington understood us',None,None,None,zone='related',note='"Mehr zum Thema" teaser; no speaker named (probably Ryabkov)')
c(P,'detained',10000,'almost','people detained since the beginning of the unrest',MIA,'almost 10.000 people have been detained',note='German thousands separator "10.000" left by the translation')
c(P,'troops_deployed',2030,None,'CSTO soldiers in Kazakhstan','Moscow','number 2.030 soldiers',note='"according to Moscow"; German separator')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],'Shortly after ten o\'clock on Thursday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'begun on Monday with the Russian-American talks in Geneva')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'continued on Wednesday with the NATO-Russia Council')
e(P,'2022-01-12','other','Vienna',['Alexander Schallenberg'],'welcomed the delegations on Wednesday evening')
e(P,'2022-01-11','statement','Warsaw',[ODIHR],'in Warsaw said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began to withdraw from Kazakhstan on Thursday')

# ---------------- 1664 Hanbit Ilbo (Dong-A Ilbo-style Korean daily, English edition), "January. 08, 2022 07:45" (Saturday)
P='1664'
art(P,0,ln(P,"Ethnic Koreans in Almaty describe 'five days of fear'"),ln(P,"The riots that swept Kazakhstan's largest city"),'The Hanbit Ilbo','2022-01-08',['Lee Ji-won'],None,
    ['The Hanbit Ilbo','ENGLISH | 한국어 | 日本語 | 中文','Home > International','Posted January. 08, 2022 07:45,   Updated January. 08, 2022 07:45','Reporter Lee Ji-won jwlee@hanbitilbo.com',
     'Related Articles','[Editorial] Seoul must prepare evacuation plans for Central Asia','Most Viewed','1. Omicron cases top 4,000 for third straight day','Copyright by hanbitilbo.com All rights reserved. Contact us: english@hanbitilbo.com'])
q(P,'We heard automatic rifles from our balcony all of Wednesday night. My grandson asked me if it was a war, and I did not know what to answer,','Elena Pak','Elena Pak','said',note='inverted "said Elena Pak, 67,"; Korean name given later (Pak Eun-hee)')
q(P,'in close contact with every Korean company in the city.','Choi Young-sam','Choi Young-sam','told a briefing',partial=True)
q(P,'open fire without warning.',TOK,'Kassym-Jomart Tokayev','said',partial=True)
q(P,'The square was full of smoke. We closed the shutters and waited,','Kim Dae-sung','Kim','said')
q(P,'Today I opened for the first time, and the first customers were soldiers.','Kim Dae-sung','Kim','said',note='second quote after the interposed "Kim said."')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'detained',4400,'more than','people detained',MIA,'more than 4,400 people had been detained')
c(P,'killed',18,None,'members of the security forces killed',MIA,'security forces killed at 18')
e(P,'2022-01-05','protest','Almaty',[],'Almaty airport was seized by rioters on Wednesday')
e(P,'2022-01-07','statement','Seoul',['South Korean Ministry of Foreign Affairs'],'The Ministry of Foreign Affairs in Seoul said on Friday')
e(P,'2022-01-06','other','Incheon',[],'A flight from Incheon scheduled for Thursday was cancelled')
e(P,'2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e(P,None,'casualty_report',None,[MIA],"The country's Interior Ministry said 26",note='no day word')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia','Belarus','Armenia','Tajikistan','Kyrgyzstan'],'began arriving in Kazakhstan on Thursday')

# ---------------- 1665 Semenanjung Star (The Star Malaysia-style), Tuesday, 11 Jan 2022 9:05 PM MYT
P='1665'
art(P,0,ln(P,'Malaysian students in Kazakhstan safe, Wisma Putra says'),ln(P,'KUALA LUMPUR: All 87 Malaysians'),'The Semenanjung Star','2022-01-11',['FARAH AZMI'],'KUALA LUMPUR',
    ['The Semenanjung Star','Nation | World | Business | Sport | Metro | Lifestyle | Opinion','World','by FARAH AZMI','Tuesday, 11 Jan 2022','9:05 PM MYT','Related News','World 3h ago','Kazakhstan names Alikhan Smailov as new prime minister',
     'Tags / Keywords: Kazakhstan , Unrest , Students , Wisma Putra','Report it to us','Did you find this article insightful?','Thank you for your report!','Copyright © 1995-2022 The Semenanjung Star Media Group Berhad (10894D)'])
q(P,'The embassy will continue to monitor the situation closely and advises all Malaysians to limit their movements and to comply with the instructions of the local authorities,',MYFM,'it','said',note='"it" = the Foreign Ministry statement (Wisma Putra)')
q(P,'At this point there is no need to bring them home, but we are ready if the situation changes,','Saifuddin Abdullah','he','told reporters',note='honorific "Datuk Seri" before the name in the antecedent')
q(P,'We rationed our instant noodles and charged our phones with power banks. When the internet came back on Monday, the first thing I did was video-call my mother,','Nur Aisyah Kamarudin','she','said when contacted')
q(P,'Those were the longest days of my life,','Kamarudin Yusof','he','said',note='patronymic trap: Kamarudin Yusof (father) vs Nur Aisyah Kamarudin (daughter)')
q(P,'successfully completed',TOK,'Kassym-Jomart Tokayev','told',partial=True)
c(P,'troops_deployed',2030,None,'CSTO troops deployed to Kazakhstan',None,'The CSTO deployed 2,030 troops')
c(P,'detained',7939,None,'people detained in connection with the riots','Kazakh authorities','7,939 people had been detained')
e(P,'2022-01-11','statement',None,[MYFM],'In a statement on Tuesday (Jan 11)')
e(P,'2022-01-10','other','Almaty',['Nur Aisyah Kamarudin'],'When the internet came back on Monday',note='inside a quote; Monday before Tuesday 11 Jan')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told Parliament on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin in two days',note='planned: "in two days" after Tuesday 11 Jan')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'The CSTO deployed 2,030 troops to Kazakhstan last week',note='"last week" (real 2022-01-06)')
e(P,'2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Monday')

# ---------------- 1666 PEKAN.CO English (Tempo English-style Indonesian site), Monday, 10 January 2022 15:22 WIB
P='1666'
art(P,0,ln(P,'Foreign Ministry: 115 Indonesians in Kazakhstan Safe'),ln(P,'PEKAN.CO, Jakarta - The Indonesian'),'PEKAN.CO English','2022-01-10',[],'Jakarta',
    ['PEKAN.CO English','Home | National | World | Business | Travel | Sports | Indonesia Data','World','Monday, 10 January 2022 15:22 WIB','Read also: Tokayev Calls the Riots an Attempted Coup','Translator: Dewi Anggraini','Editor: Bima Saputra',
     'Click here to get the latest news updates from Pekan.co on Google News','Copyright © 2022 PEKAN.CO | Redaksi | Pedoman Media Siber | Kode Etik'])
q(P,'Our embassy has set up a hotline and is in daily contact with the Indonesian community, including students in Almaty,','Teuku Faizasyah','Faizasyah','said in a text message')
q(P,'Will Leave When the Job Is Done','Vladimir Putin','Putin',None,zone='related',note='"Read also:" teaser inside the body; "Name:" headline convention, no verb')
q(P,'Every night we heard shots. On Saturday the soldiers came to our street and after that it was quiet,','Rizal Hakim','he','told')
c(P,'detained',5800,None,'people detained, including foreign nationals',MIA,'5,800 people, including a number of foreign nationals, had been detained')
c(P,'troops_deployed',2000,'more than','soldiers in the CSTO mission','Russia','more than 2,000 soldiers')
e(P,'2022-01-10','statement','Jakarta',['Indonesian Foreign Ministry'],'The Indonesian Foreign Ministry said on Monday')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2')
e(P,'2022-01-05','protest','Almaty',[],"set fire to the mayor's office on January 5")
e(P,'2022-01-09','casualty_report',None,[MIA],"On Sunday, Kazakhstan's Interior Ministry said")
e(P,'2022-01-10','talks',None,[CSTO],'hold a video conference on Monday')
e(P,'2022-01-08','troop_deployment','Almaty',[],'On Saturday the soldiers came to our street',note='inside a quote; soldiers not identified')

# ---------------- 1667 Thai Sunrise English (Khaosod English-style WordPress news site), January 13, 2022 4:38 pm (Thursday)
P='1667'
art(P,0,ln(P,'Thai spa workers stranded in Almaty return home'),ln(P,'BANGKOK — Twelve Thai spa therapists'),'Thai Sunrise English','2022-01-13',[],'BANGKOK',
    ['Thai Sunrise English','Home › News › World','By Thai Sunrise English - January 13, 2022 4:38 pm','Share on Facebook   Tweet on Twitter','TAGS Kazakhstan Thai workers abroad Ministry of Foreign Affairs','RELATED ARTICLESMORE FROM AUTHOR',
     'Baht weakens as oil prices rise on Kazakhstan worries','LEAVE A REPLY Cancel reply','Please enter your comment!','Please enter your name here','© Thai Sunrise English 2022 | About us | Contact | Advertise'])
q(P,'They were frightened but never in direct danger,','Tanee Sangrat','Tanee','told reporters',note='Thai convention: first name used on second reference')
q(P,'The embassy arranged a car to take them to the airport and paid for the first leg of the trip.','Tanee Sangrat','Tanee','told reporters',note='stand-alone continuation after "Tanee told reporters."')
q(P,'We could smell the smoke for two days. Our Kazakh boss brought us bread and water, and told us not to go upstairs,','Kanokwan Srisuk','she','said',note='nickname "Pim" in quotes inside the name is excluded (one word)')
q(P,'when the soldiers have gone','Noi','Noi','said',partial=True,note='nickname only')
c(P,'detained',9900,None,'people detained over the unrest','Kazakh authorities','9,900 people had been detained',note='"Kazakhstan said"')
e(P,'2022-01-13','other','Bangkok',['Thai Foreign Ministry'],'landed at Suvarnabhumi Airport on Thursday morning')
e(P,'2022-01-12','other','Almaty',[],'reopened to some flights on Wednesday')
e(P,'2022-01-05','protest','Almaty',[],'on the night of January 5')
e(P,'2022-01-11','casualty_report',None,['Kazakh authorities'],'Kazakhstan said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out its troops on Thursday')

# ---------------- 1668 Coromandel Express (New Indian Express-style), "Published: 07th January 2022 03:55 AM" (Friday)
P='1668'
art(P,0,ln(P,'Kazakhstan unrest: MEA issues helpline'),ln(P,'NEW DELHI: The Ministry of External Affairs'),'The Coromandel Express','2022-01-07',[],'NEW DELHI',
    ['The Coromandel Express','NATION | WORLD | STATES | CITIES | BUSINESS | SPORT | ENTERTAINMENT | EDITIONS','World','By Online Desk','Published: 07th January 2022 03:55 AM  |   Last Updated: 07th January 2022 03:55 AM','A+ A A-','(With inputs from PTI)',
     'Related Stories',"Russia-led bloc to send 'peacekeepers' to Kazakhstan",'Now we are on Telegram too. Follow us for updates','Comments','Copyright - coromandelexpress.com 2022. All rights reserved.'])
q(P,'We are in touch with our mission in Nur-Sultan, and as of now we have no reports of any Indian national being harmed,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','said')
q(P,'He told me not to worry, that they were only protesting about gas prices. Then the phones went dead,','S Revathi','she','said')
q(P,'Parents can call us at any hour. We will pass every name to the Centre,','R Muthukumar','Muthukumar','said')
c(P,'killed',8,None,'police and National Guard personnel killed',MIA,'eight police and National Guard personnel had been killed',note='written-out number')
c(P,'injured',317,None,'police and National Guard personnel injured',MIA,'317 injured in clashes')
c(P,'troops_deployed',2500,'about','troops expected in the CSTO force','Russian media','the force is expected to number about 2,500')
e(P,'2022-01-06','statement','New Delhi',['Ministry of External Affairs','Arindam Bagchi'],'The Ministry of External Affairs on Thursday said')
e(P,'2022-01-04','other',None,['S Revathi'],'on Tuesday night',note='last phone call with her son')
e(P,None,'state_of_emergency','Kazakhstan',[],'have declared a state of emergency',note='no day (real 2022-01-05)')
e(P,None,'casualty_report',None,[MIA],'The Interior Ministry said eight',note='no day word')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russian Defence Ministry',CSTO],"Russia's defence ministry said on Thursday")
e(P,'2022-01-06','other','Chennai',['R Muthukumar'],'opened a control room in Chennai on Thursday evening')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister',"Russia's chief negotiator"],'Russia',['He','he'],note='words invented'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',['She'],note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States',note='words invented (paraphrase of a real remark)'),
 sp(KOF,'person',['Jeppe Kofod','Kofod'],['foreign minister',"Denmark's foreign minister"],'Denmark',[],['Kofod:'],note='real Danish foreign minister; words invented'),
 sp('Mette Lund','person',['Mette Lund'],["Carlsberg's communications director"],'Denmark',note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['chairman-in-office','Polish foreign minister'],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],['The Russian permanent representative'],'Russia',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['The American ambassador'],'United States',['he'],note='words invented'),
 sp('Alexander Schallenberg','person',['Alexander Schallenberg'],["Austria's foreign minister"],'Austria',['He'],note='words invented'),
 sp(ODIHR,'organisation',["Office for Democratic Institutions and Human Rights"],[],None,note='wording invented'),
 sp('Elena Pak','person',['Elena Pak','Pak','Pak Eun-hee'],['heads a Koryo-saram cultural association'],'Kazakhstan',note='invented; Russian-style name plus a Korean name'),
 sp('Choi Young-sam','person',['Choi Young-sam'],['Spokesman'],'South Korea',note='real MOFA spokesman; words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',[],["Tokayev's"]),
 sp('Kim Dae-sung','person',['Kim Dae-sung','Kim'],['runs a Korean restaurant'],'South Korea',note='invented'),
 sp(MYFM,'organisation',['Wisma Putra'],[],'Malaysia',['it','the Foreign Ministry'],note='statement wording invented'),
 sp('Saifuddin Abdullah','person',['Saifuddin Abdullah'],['Foreign Minister','Datuk Seri'],'Malaysia',['he'],note='real minister; words invented; honorific "Datuk Seri" before the name'),
 sp('Nur Aisyah Kamarudin','person',['Nur Aisyah Kamarudin'],['Medical student'],'Malaysia',['she'],note='invented'),
 sp('Kamarudin Yusof','person',['Kamarudin Yusof'],['Her father'],'Malaysia',['he'],note='invented'),
 sp('Teuku Faizasyah','person',['Teuku Faizasyah','Faizasyah'],['Ministry spokesperson'],'Indonesia',note='real spokesperson; words invented'),
 sp('Vladimir Putin','person',['Putin'],[],'Russia',[],['Putin:'],note='teaser headline only; words invented'),
 sp('Rizal Hakim','person',['Rizal Hakim'],['a postgraduate student'],'Indonesia',['he'],note='invented'),
 sp('Tanee Sangrat','person',['Tanee Sangrat','Tanee'],['Foreign Ministry spokesman'],'Thailand',note='real spokesman; words invented'),
 sp('Kanokwan Srisuk','person',['Kanokwan'],[],'Thailand',['she'],['Kanokwan "Pim" Srisuk'],note='invented; nickname in quotes inside the name'),
 sp('Noi','person',['Noi'],['Another therapist'],'Thailand',note='invented; nickname only'),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['MEA spokesperson'],'India',note='real spokesperson; words invented'),
 sp('S Revathi','person',['S Revathi'],[],'India',['she'],note='invented; initial + name (Tamil style)'),
 sp('R Muthukumar','person',['R Muthukumar','Muthukumar'],["A senior official of the Tamil Nadu Non-Resident Tamils' Welfare department"],'India',note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],[],quoted=False,note='source of a troop figure; not quoted'),
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
