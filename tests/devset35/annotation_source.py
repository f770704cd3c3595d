#!/usr/bin/env python3
"""Source of the devset35 annotation: the hand-chosen spans, values and dates for 373-380.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset35/annotation_source.py && python3 tests/devset35/verify.py
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
KZMFA='Kazakh Ministry of Foreign Affairs'; SMAD='Aibek Smadiyarov'; MYMFA='Malaysian Ministry of Foreign Affairs'
def L(p,s): return ln(p,s)

# ---------------- 373 Globe and Mail-style piece (Published January 11, 2022, a Tuesday)
P='373'
art(P,0,L(P,'Canadians with family in Kazakhstan describe'),L(P,'For five days, Aigerim'),'The Globe and Mail','2022-01-11',['Marta Kowalczyk'],None,
    ['THE GLOBE AND MAIL','World | Subscribe | Log in','WORLD','Special to The Globe and Mail','Published January 11, 2022','Updated January 11, 2022',
     'Sign up for the Morning Update newsletter','Report an editorial error','© Copyright 2022 The Globe and Mail Inc. All rights reserved.'])
q(P,"You call, it rings nowhere. You write, the message sits there with one grey tick. That was the whole week,",'Aigerim Nurlanova','Ms. Nurlanova','said',note='inverted cue "said Ms. Nurlanova"; Canadian "Ms." honorific')
q(P,'with deep concern','Mélanie Joly','Foreign Affairs Minister Mélanie Joly','said',partial=True)
q(P,'Canadians in Kazakhstan should shelter in place, keep their travel documents close and register with us,','Mélanie Joly','Ms. Joly','told')
q(P,'temporary and transparent,','Mélanie Joly','she','said',partial=True,note='"she said, adding that…"; the subject of the sentence is "The deployment…", the minister is the antecedent')
q(P,'Our people on site are safe and operations at Inkai have not been affected,','Cameco','the company','said in a statement',note='company statement; canonical "Cameco" (text: "Cameco Corp.")')
q(P,'Some people say Tokayev had no choice. Others say he invited a foreign army into his own country,','Daniyar Sadykov','he','said',note='a name (Tokayev) inside the quote')
q(P,'Everybody agrees on one thing: nobody wants to see tanks in Almaty again.','Daniyar Sadykov','he','said',note='second half after the interposed "he said."; same cue')
q(P,"My mother told me, 'We are fine, we have buckwheat,'",'Aigerim Nurlanova','she','said',note="nested single-quoted words of the mother inside the double-quoted span; the speaker of the double quote is Nurlanova (the mother's words are not a separate record)")
c(P,'killed',164,None,'people killed, including security forces','Kazakh authorities','164 people had died')
c(P,'killed',16,None,'members of the security forces killed','Kazakh authorities','16 members of the security forces')
c(P,'detained',9900,None,'people detained','Kazakh authorities','9,900 people had been detained')
c(P,'troops_deployed',2500,'about','CSTO soldiers deployed to Kazakhstan',None,'roughly 2,500 soldiers',note='"roughly" normalised to about')
e(P,'2022-01-02','protest',None,[],'began over fuel prices on Jan. 2')
e(P,'2022-01-09','other','Almaty',['Aigerim Nurlanova'],'Her father finally got through on Sunday',note='phone contact; Sunday before Tuesday 11 Jan')
e(P,'2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Monday')
e(P,'2022-01-10','statement',None,['Mélanie Joly'],'Ms. Joly told reporters on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels on Wednesday',note='future; Wednesday after Tuesday 11 Jan')
e(P,'2022-01-07','statement',None,['Cameco'],'the company said in a statement on Friday')
e(P,'2022-01-15','other','Calgary',['Daniyar Sadykov'],'had organized a vigil for this Saturday',note='"this Saturday" from Tuesday 11 Jan = the coming Saturday')

# ---------------- 374 Kazakh MFA briefing (12 January 2022, a Wednesday)
P='374'
art(P,0,L(P,'Briefing by the Official Representative'),L(P,'Good morning, colleagues.'),KZMFA,'2022-01-12',[],'Nur-Sultan',
    ['MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN','Main | Press service | Briefings','ҚАЗ | РУС | ENG','12 January 2022 11:00',
     'Questions from journalists','Thank you for your attention.','Press service of the MFA of the Republic of Kazakhstan','Print version | Share: Facebook Twitter Telegram'])
q(P,'The peacekeepers guarded strategic facilities and did not take part in any operations against citizens,',SMAD,'the Official Representative','said',note='the briefer quotes himself in the third person: the transcript is edited by the press service')
q(P,'open to dialogue with international partners','Mukhtar Tileuberdi','The Minister','stressed',partial=True,note='nearest-name trap: Helga Schmid is named in the sentence before; full stop outside the closing mark')
q(P,'Among those detained there are citizens of neighbouring states, and their embassies have been informed,',SMAD,'Mr. Smadiyarov','said',note='"Answer:" label; speaker from the title line and cue')
q(P,'I will not give the exact number today, because the investigation is ongoing.',SMAD,'Mr. Smadiyarov','said',note='second sentence after the interposed cue')
q(P,"Kazakhstan faced an attempted coup d'état and acts of terrorism, not peaceful protests,",SMAD,'he','said',note='"Answer:" paragraph mixes quoted and unquoted speech; the unquoted sentences are not quotes')
q(P,'We want our partners to receive information first-hand,',SMAD,'the spokesman','added')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers in Kazakhstan',KZMFA,'the contingent numbered 2,030 servicemen')
c(P,'other',250,None,'units of CSTO military equipment',KZMFA,'250 units of military equipment',note='equipment, not personnel')
c(P,'other',1300,None,'foreign citizens who left on special flights',SMAD,'1,300 citizens of 22 countries',note='evacuation; "22 countries" is not a separate claim')
e(P,'2022-01-11','statement',None,[TOK],'on 11 January President Kassym-Jomart Tokayev announced')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of the contingents will begin on 13 January',note='future at publication')
e(P,'2022-01-11','talks',None,['Mukhtar Tileuberdi','Helga Schmid'],'Yesterday Minister of Foreign Affairs Mukhtar Tileuberdi held a telephone conversation',note='"Yesterday" from 12 Jan')
e(P,'2022-01-12','statement','Nur-Sultan',[SMAD],'Briefing by the Official Representative',note='the briefing itself, dated by the header')
e(P,None,'other',None,[KZMFA],'A briefing for the heads of diplomatic missions',note='"next week" is not a day')

# ---------------- 375 Stars and Stripes-style piece (Published: January 13, 2022, a Thursday)
P='375'
art(P,0,L(P,"US Army in Europe watches"),L(P,'STUTTGART, Germany —'),'Stars and Stripes','2022-01-13',['JOHN VANCE'],'STUTTGART, Germany',
    ['STARS AND STRIPES','News | Europe | Pacific | Middle East | Military Life | Opinion','EUROPE','By JOHN VANCE | STARS AND STRIPES | Published: January 13, 2022',
     'vance.john@stripes.com','Twitter: @JVanceStripes','Related','Army sends more Patriot crews to Germany for exercise','Comments'])
q(P,'They showed they can lift a brigade-sized force across a continent in under 48 hours,','Daniel Ortega-Hurst','Lt. Col. Daniel Ortega-Hurst','said',note='inverted cue "said Lt. Col. NAME, a planner with…"; a duration inside the quote')
q(P,"That's not a surprise to us, but it's a reminder.",'Daniel Ortega-Hurst','Lt. Col. Daniel Ortega-Hurst','said',note='continuation after the interposed cue')
q(P,'a frank and challenging discussion.','Wendy Sherman','Deputy Secretary of State Wendy Sherman','described',partial=True,note='"described … as “…”"; full stop inside the closing mark')
q(P,"We will not slam the door on NATO's open-door policy, and our allies agree,",'Wendy Sherman','Sherman','told')
q(P,'not a menu','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','said',partial=True)
q(P,"We don't discuss contingency plans, but we watch every Russian deployment closely, whether it's toward Ukraine or toward Almaty,",'Ray Hollis','he','said',note='he = Navy Capt. Ray Hollis (sentence before)')
c(P,'troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',CSTO,'about 2,030 troops from Russia')
c(P,'troops_deployed',100000,'about',"Russian troops near Ukraine's border",'U.S. officials','About 100,000 Russian troops')
e(P,'2022-01-05','other',None,[TOK,CSTO],'within hours of a request from Kazakh President',note='request for CSTO help')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Wendy Sherman'],'who led the U.S. delegation at the NATO-Russia Council on Wednesday')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergei Ryabkov'],"Monday's meeting in Geneva",note='"Monday" from Thursday 13 Jan')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'An OSCE meeting in Vienna is set for Thursday',note='Thursday = publication day')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that the CSTO mission had been completed')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'troops would start withdrawing in two days',note='"in two days" from Tuesday 11 Jan')
e(P,None,'troop_deployment','Kazakhstan',['Russia'],'flew paratroopers into Kazakhstan last week',note='"last week" is not a day')

# ---------------- 376 CRS Insight (Updated January 12, 2022)
P='376'
art(P,0,L(P,'Kazakhstan: Unrest, Russian-Led Intervention'),L(P,'Between January 2 and January 7, 2022'),'Congressional Research Service','2022-01-12',['Maren Holloway'],None,
    ['Congressional Research Service','Informing the legislative debate since 1914','INSIGHT','Updated January 12, 2022','Author Information',
     'Maren Holloway, Analyst in Russian and European Affairs','Disclaimer','IN11842 · VERSION 2 · UPDATED'],
    sections=(L(P,'Government Response'),L(P,'The CSTO Deployment'),L(P,'Issues for Congress\n\nMembers')))
q(P,'terrorist groups',TOK,'He','described',partial=True,note='label-like two words but attributed with "described … as"; kept as partial (borderline)')
q(P,'open fire without warning.',TOK,'Tokayev','said',partial=True)
q(P,"Once Russians are in your house, it's sometimes very difficult to get them to leave,",'Antony Blinken','he','said')
c(P,'killed',225,None,'people killed, including security forces','Kazakh officials','225 people were killed')
c(P,'killed',19,None,'members of security forces killed','Kazakh officials','19 members of security forces')
c(P,'detained',9900,'more than','people detained','Kazakh officials','more than 9,900 people were detained')
c(P,'troops_deployed',2030,'about','CSTO personnel deployed',CSTO,'approximately 2,030 personnel',note='"approximately" normalised to about; source is the alliance by context')
e(P,'2022-01-02','protest','Zhanaozen',[],'Between January 2 and January 7, 2022',note='range: first day')
e(P,'2022-01-05','protest','Almaty',[],'government buildings were stormed and set on fire on January 5')
e(P,'2022-01-05','government_resignation',None,[TOK],'dismissed the government')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency')
e(P,'2022-01-06','other',None,[CSTO],'approved the request on January 6')
e(P,'2022-01-07','statement',None,[TOK],'On January 7, Tokayev said he had authorized')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'he said on January 7')
e(P,'2022-01-11','statement',None,[TOK],'On January 11, Tokayev said the mission was complete')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'withdrawal would start on January 13')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'Strategic Stability Dialogue in Geneva on January 10')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council meeting on January 12')

# ---------------- 377 Almaty International Airport press release (13.01.2022, a Thursday)
P='377'
art(P,0,L(P,'Almaty International Airport resumes regular flights'),L(P,'Almaty International Airport JSC informs'),'Almaty International Airport','2022-01-13',[],None,
    ['ALMATY INTERNATIONAL AIRPORT','Passengers | Airlines | Cargo | Press center | Online board','EN | RU | KZ','Press center / News','13.01.2022',
     'Call center: +7 727 270 33 33','Follow us: Instagram | Facebook | Telegram','© 2022 Almaty International Airport JSC'])
q(P,'Today we are opening the airport for all passengers. Our terminals have been fully inspected, and all systems are working normally,','Ahmet Bozkurt',"the airport's President Ahmet Bozkurt",'said',note='inverted cue with a title before the name')
q(P,'We do not yet know the final amount, but the runway and navigation equipment were not damaged,','Ahmet Bozkurt','the President','noted',note='"the President" = the airport president, not the head of state (trap)')
q(P,'All airports of the Republic of Kazakhstan are operating normally,','Civil Aviation Committee','the Committee','said')
c(P,'other',87,None,'evacuation and humanitarian flights handled','Ahmet Bozkurt','87 special flights',note='flights, not aircraft')
c(P,'other',9000,'more than','passengers evacuated','Ahmet Bozkurt','more than 9,000 passengers were evacuated')
e(P,'2022-01-13','other','Almaty',['Almaty International Airport'],'from 06:00 on 13 January 2022 the airport has resumed')
e(P,'2022-01-05','other','Almaty',[],'The airport was closed on 5 January after it was seized by armed groups',note='seizure of the airport')
e(P,'2022-01-06','other','Almaty',[CSTO],'On 6 January, control over the airport was restored')
e(P,'2022-01-08','other','Almaty',['Almaty International Airport'],'between 8 and 12 January',note='evacuation flights; range: first day')
e(P,'2022-01-14','other','Almaty',['Turkish Airlines','Lufthansa','flydubai'],'will resume flights gradually from 14 January')
e(P,'2022-01-12','other','Almaty',['Civil Aviation Committee'],'had been lifted on Wednesday',note='Wednesday before Thursday 13 Jan')

# ---------------- 378 Bernama wire (07/01/2022, a Friday)
P='378'
art(P,0,L(P,'Wisma Putra: 29 Malaysians'),L(P,'KUALA LUMPUR, Jan 7 (Bernama)'),'Bernama','2022-01-07',[],'KUALA LUMPUR',
    ['BERNAMA','Malaysian National News Agency','Home | General | Business | Politics | World | Sports','WORLD','07/01/2022 06:45 PM','-- BERNAMA',
     'Tags: Wisma Putra, Kazakhstan, Malaysians','Share: Facebook | Twitter | WhatsApp'])
q(P,'The embassy will continue to monitor the situation closely and is ready to provide consular assistance,',MYMFA,'the ministry','said')
q(P,'At this moment there is no need for evacuation, but we have prepared a plan should the situation worsen,','Saifuddin Abdullah','he','told',note='"Datuk Seri" honorific in the first mention')
q(P,'We heard gunshots at night, so we did not go out. Our university gave us food,','Nur Aisyah Kamarudin','she','said',note='age after the name; "told Bernama via a messaging app" in the sentence before')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c(P,'killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces were killed',note='written-out number at sentence start')
e(P,'2022-01-07','statement',None,[MYMFA],'the Ministry of Foreign Affairs (Wisma Putra) said today')
e(P,None,'statement','Kuala Lumpur',['Saifuddin Abdullah'],'told reporters at Parliament building here',note='no day in the sentence (probably 7 Jan)')
e(P,'2022-01-05','other','Almaty',[],'after communication lines were cut on Wednesday',note='communications cut; Wednesday before Friday 7 Jan')
e(P,'2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said today")
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began sending troops yesterday')

# ---------------- 379 Jakarta Post-style piece (Sun, January 9, 2022)
P='379'
art(P,0,L(P,'Indonesian students in Almaty count down'),L(P,'Foreign Minister Retno LP Marsudi said'),'The Jakarta Post','2022-01-09',['Dian Pratiwi'],'Jakarta',
    ['The Jakarta Post','Academia | Asia & Pacific | Business | Indonesia | Opinion | Sign in','Asia & Pacific','Dian Pratiwi (The Jakarta Post)','Jakarta ● Sun, January 9, 2022',
     'Premium | Share: Facebook Twitter LinkedIn WhatsApp','Related articles','Oil prices climb as Kazakhstan unrest disrupts output','Editorial: Lessons from the steppe','Topics: Kazakhstan, Indonesian citizens, evacuation, CSTO'])
q(P,'Our priority is clear: the safety of every Indonesian citizen in Kazakhstan,','Retno Marsudi','Retno','told',note='Indonesian usage: given name "Retno" used as the short form, not a surname')
q(P,'earliest possible','Retno Marsudi','Retno','said',partial=True,note='two-word partial inside indirect speech')
q(P,'The first two nights we slept in the corridor, away from the windows,','Rizky Hidayat','he','said',note='"he said by phone"')
q(P,'Now it is quiet, but the soldiers are everywhere and the shops have no bread.','Rizky Hidayat','he','said',note='continuation after the interposed cue')
q(P,'We are grateful, but we want to go home,','Sari','she','said',note='pseudonym-like single name ("asked to be identified only as Sari")')
q(P,'a geopolitical one','Teuku Rezasyah','Teuku Rezasyah','said',partial=True,note='the policy label "free and active" in the next sentence is excluded as an established term')
c(P,'killed',164,None,'people killed in the violence',"Kazakh Health Ministry",'164 people, including three children')
c(P,'killed',3,None,'children killed',"Kazakh Health Ministry",'three children, had been killed',note='subset of the 164, like security-force subsets; written-out number')
c(P,'detained',5800,'more than','people detained',MIA,'more than 5,800 people had been detained')
e(P,'2022-01-08','statement',None,['Retno Marsudi'],'Foreign Minister Retno LP Marsudi said on Saturday',note='Saturday before Sunday 9 Jan')
e(P,'2022-01-06','other','Nur-Sultan',['Indonesian Embassy in Nur-Sultan'],'opened a 24-hour hotline on Thursday')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO,'Russia'],'has been guarded by Russian paratroopers since Thursday')
e(P,'2022-01-08','casualty_report',None,['Kazakh Health Ministry'],"Kazakhstan's Health Ministry said on Saturday")
e(P,'2022-01-05','protest','Almaty',[],'smoke rose over the city centre on Wednesday')
e(P,'2022-01-07','other','Almaty',['Indonesian Embassy in Nur-Sultan'],'drinking water to 40 students on Friday',note='aid delivery')

# ---------------- 380 Mazhilis press-service news (11.01.2022, a Tuesday)
P='380'
art(P,0,L(P,'Head of State addresses extraordinary session'),L(P,'An extraordinary plenary session'),'Mazhilis of the Parliament of the Republic of Kazakhstan','2022-01-11',[],None,
    ['PARLIAMENT OF THE REPUBLIC OF KAZAKHSTAN','MAZHILIS','Home › Press service › News','Қазақша | Русский | English','11.01.2022 | 16:30 | Views: 3 204',
     'Press service of the Mazhilis of the Parliament of the Republic of Kazakhstan','Print | Share'])
q(P,'serious trials','Nurlan Nigmatulin','Chairman of the Mazhilis Nurlan Nigmatulin','noted',partial=True)
q(P,"The deputies' corps fully supports the decisive actions of the Head of State to restore constitutional order,",'Nurlan Nigmatulin','the Speaker','said',note='"the Head of State" inside the quote is not the speaker; "the Speaker" = Nigmatulin')
q(P,'The mission of the CSTO collective peacekeeping forces has been successfully completed. In two days, a phased withdrawal will begin. It will take no more than 10 days,',TOK,'Kassym-Jomart Tokayev','said',note='multi-sentence quote; a duration inside')
q(P,'prompt response',TOK,'He','thanked',partial=True,note='nearest-name trap: Putin is named just before the quote')
q(P,'regular and substantial',TOK,'his','in his words',partial=True,note='the fund name "For the People of Kazakhstan" in the same sentence is a name, excluded')
q(P,'The time has come to pay tribute to the people of Kazakhstan and to help them on a systemic and regular basis,',TOK,'the Head of State','stressed')
q(P,'The Government will draw conclusions from the January events and will work openly, in the interests of every citizen,','Alikhan Smailov','he','said')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers in Kazakhstan',TOK,'2,030 servicemen')
c(P,'other',250,None,'units of CSTO equipment',TOK,'250 units of equipment')
e(P,'2022-01-11','other','Nur-Sultan',['Mazhilis',TOK],'An extraordinary plenary session of the Mazhilis',note='"today" = 11 Jan; parliamentary session; location from the capital (online format)')
e(P,'2022-01-11','statement',None,[TOK],'In his address, the President gave an assessment')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days, a phased withdrawal will begin',note='inside the quote; "in two days" from 11 Jan')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov','Mazhilis'],'the Mazhilis gave its consent to the appointment')
e(P,'2022-01-05','appointment',None,['Alikhan Smailov'],'acting Prime Minister since 5 January')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova','Nurlanova'],['a 34-year-old accountant'],'Canada',['she'],['Ms. Nurlanova'],note='invented'),
 sp('Mélanie Joly','person',['Mélanie Joly','Joly'],['Foreign Affairs Minister'],'Canada',['she','the minister'],['Ms. Joly'],note='words invented'),
 sp('Cameco','organisation',['Cameco'],[],'Canada',['the company'],['Cameco Corp.']),
 sp('Daniyar Sadykov','person',['Daniyar Sadykov','Sadykov'],[],'Canada',['he'],['Mr. Sadykov'],note='invented'),
 sp(SMAD,'person',['Aibek Smadiyarov','Smadiyarov'],['Official Representative of the Ministry of Foreign Affairs'],'Kazakhstan',['the Official Representative','he','the spokesman'],['Mr. Smadiyarov'],note='words invented'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['Minister of Foreign Affairs'],'Kazakhstan',['The Minister'],note='words invented'),
 sp('Daniel Ortega-Hurst','person',['Daniel Ortega-Hurst'],['Lt. Col.','a planner with U.S. Army Europe and Africa'],'United States',note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Ray Hollis','person',['Ray Hollis'],['Navy Capt.','A spokesman for U.S. European Command'],'United States',['he'],note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','Head of State'],'Kazakhstan',['He','the Head of State','his']),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States',['he']),
 sp('Ahmet Bozkurt','person',['Ahmet Bozkurt','Bozkurt'],["the airport's President"],'Kazakhstan',['the President'],['Mr. Bozkurt'],note='invented'),
 sp('Civil Aviation Committee','organisation',['Civil Aviation Committee'],[],'Kazakhstan',['the Committee']),
 sp(MYMFA,'organisation',['Ministry of Foreign Affairs','Wisma Putra'],[],'Malaysia',['the ministry']),
 sp('Saifuddin Abdullah','person',['Saifuddin Abdullah','Saifuddin'],['Foreign Minister'],'Malaysia',['he'],['Datuk Seri Saifuddin Abdullah'],note='words invented'),
 sp('Nur Aisyah Kamarudin','person',['Nur Aisyah Kamarudin'],['Malaysian student'],'Malaysia',['she'],note='invented'),
 sp('Retno Marsudi','person',['Retno LP Marsudi','Retno'],['Foreign Minister'],'Indonesia',['She'],note='words invented; short form is the given name'),
 sp('Rizky Hidayat','person',['Rizky Hidayat'],["a 24-year-old master's student"],'Indonesia',['he'],note='invented'),
 sp('Sari','person',['Sari'],['Another student'],'Indonesia',['she'],note='invented; single name'),
 sp('Teuku Rezasyah','person',['Teuku Rezasyah'],['an international relations expert at Padjadjaran University'],'Indonesia',['he'],note='words invented'),
 sp('Nurlan Nigmatulin','person',['Nurlan Nigmatulin'],['Chairman of the Mazhilis'],'Kazakhstan',['the Speaker'],note='words invented'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['Prime Minister','acting Prime Minister'],'Kazakhstan',['he'],note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['President of Russia'],'Russia',[],[],quoted=False,note='named next to a Tokayev partial quote (trap); not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,[],[],quoted=False,note='mentioned in every file; not quoted'),
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
