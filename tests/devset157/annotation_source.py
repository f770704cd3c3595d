#!/usr/bin/env python3
"""Source of the devset157 annotation: the hand-chosen spans, values and dates for 1349-1356.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset157/annotation_source.py && python3 tests/devset157/verify.py
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
SAMK='Spiritual Administration of Muslims of Kazakhstan'; KCF='Kazakhstan Chess Federation'

# ---------------- 1349 NewsNow-style aggregator page, 10 items (page stamp Thursday 13 January 2022)
P='1349'
items=[('Russian-led troops begin leaving Kazakhstan','Eurasia Wire Service','2022-01-13'),
 ('OSCE talks in Vienna end without a breakthrough','Danube Daily','2022-01-13'),
 ('Almaty airport reopens to domestic flights','Steppe Travel Monitor','2022-01-13'),
 ('Kazakh police say 9,900 detained in week of unrest','Central Asia Briefing','2022-01-13'),
 ('''NATO's Stoltenberg: "real risk" of new conflict in Europe''','North Atlantic Review','2022-01-12'),
 ('Tokayev names new prime minister','Astana Ledger','2022-01-11'),
 ('Ryabkov: talks with US were "difficult" but "professional"','Volga Correspondent','2022-01-10'),
 ('Sherman says Washington "firmly" rejects Russian demands','Potomac Post','2022-01-10'),
 ('Kazakh internet partially restored','Digital Freedom Tracker','2022-01-10'),
 ('Kazakhstan mourns victims of unrest','Eurasia Wire Service','2022-01-10')]
L=T[doc(P)].split('\n')
hl=[L.index(h)+1 for h,_,_ in items]
for i,(h,o,d) in enumerate(items):
    b=[L[hl[i]]]
    if i==0: b=['NewsNow','The Independent News Discovery Platform','Home | World | Asia | Kazakhstan','Kazakhstan News','Latest headlines from 62 sources | Updated 16:40 GMT Thursday 13 January 2022']+b
    if i==1: b+=['ADVERTISEMENT','Compare energy tariffs in 60 seconds - Switch & Save']
    if i==5: b+=['Sponsored','Top 10 hidden beaches in Turkey you must see']
    if i==9: b+=['Show more headlines','About NewsNow | Advertise | Privacy | Terms','(c) 2022 NewsNow Publishing Limited. All rights reserved.']
    art(P,i,hl[i],hl[i]+2,o,d,[],None,b,ls=hl[i],le=hl[i]+2)
q(P,'fulfilled its mission in full','Andrei Serdyukov','General Andrei Serdyukov','said',art=0,partial=True)
q(P,'a danger of war not seen in three decades','Zbigniew Rau','Zbigniew Rau','told',art=1,partial=True)
q(P,'The first flight to Nur-Sultan left at 9.10am with 148 passengers,',None,'an airport spokeswoman','said',art=2,note='unnamed spokeswoman; inverted cue after the quote')
q(P,'real risk','Jens Stoltenberg',"NATO's Stoltenberg",None,art=4,partial=True,zone='headline',note='two-word headline partial after "Name:"; the body quote uses different words')
q(P,'The danger of a fresh armed conflict on our continent is genuine,','Jens Stoltenberg','he','said',art=4)
q(P,'in the near future',TOK,'Tokayev','told',art=5,partial=True)
q(P,'Our American colleagues studied our ideas carefully, and that is something,','Sergey Ryabkov','he','said',art=6)
q(P,'Nobody gets to decide for NATO who may knock on its door,','Wendy Sherman','Wendy Sherman','told',art=7,note='inverted cue "…," US Deputy Secretary of State Wendy Sherman told a briefing')
c(P,'detained',9900,None,'people detained in the week of unrest','police','9,900 detained in week of unrest',art=3,zone='headline')
c(P,'detained',9900,None,'people detained since the riots began',MIA,'9,900 people had been detained',art=3)
c(P,'killed',164,None,'people who died',MIA,'It said 164 people had died',art=3,note='"a figure later revised by officials"')
c(P,'killed',16,None,'members of the security forces killed',TOK,'16 members of the security forces had been killed',art=9)
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'Columns of CSTO armoured vehicles left Almaty on Thursday',art=0)
e(P,None,'talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'told the OSCE Permanent Council',art=1,note='no day word; the item is stamped 13 Jan (real date 2022-01-13)')
e(P,'2022-01-13','other','Almaty',[],'resumed domestic services on Thursday morning',art=2)
e(P,'2022-01-12','casualty_report',None,[MIA],'The Interior Ministry said on Wednesday',art=3)
e(P,'2022-01-12','talks','Brussels',['NATO','Jens Stoltenberg'],"after Wednesday's NATO-Russia Council",art=4,note='Wednesday from the item stamp 12 Jan (a Wednesday)')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'proposed Alikhan Smailov as prime minister on Tuesday',art=5)
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'with Wendy Sherman in Geneva on Monday',art=6)
e(P,None,'statement',None,['Wendy Sherman'],'told a briefing',art=7,note='undated briefing (real: 10 Jan)')
e(P,'2022-01-10','other','Almaty',[],'Internet access was restored in parts of Almaty on Monday',art=8)
e(P,'2022-01-10','other','Kazakhstan',[],'a national day of mourning',art=9,note='"on Monday" in the same sentence')
e(P,'2022-01-09','statement',None,[TOK],'Tokayev said on Sunday',art=9)

# ---------------- 1350 ChessPulse chess-news item (1/8/2022 = Saturday 8 January 2022)
P='1350'
art(P,0,ln(P,'Almaty Open postponed as unrest grips'),ln(P,'1/8/2022 – The twelfth'),'ChessPulse','2022-01-08',['Petra Lindqvist'],None,
    ['ChessPulse','Chess News | Tournaments | Training | Shop | Login','News > Tournaments > Asia','By Petra Lindqvist','Advertisement','ChessPulse Premium – 3 months for the price of 2','Share this article: Facebook | Twitter | Email','Tags: Almaty Open, Kazakhstan, Postponement','Comments (7)','Sign in to comment'])
q(P,'The safety of players, arbiters and spectators comes first, and we cannot guarantee it at the moment,','Askar Dzhumabekov','Askar Dzhumabekov','said in a statement',note='inverted-order title + name before "said in a statement"')
q(P,'We hope to hold the event in spring, perhaps in April,','Askar Dzhumabekov','Dzhumabekov','added')
q(P,'but everything depends on the situation in the city.','Askar Dzhumabekov','Dzhumabekov','added',note='second half of a quote split by the interposed cue')
q(P,'We heard shooting until three in the morning. Nobody slept, so we analysed Catalan lines by candlelight,','Rinat Kuanyshev','he','told')
q(P,'They told us to stay indoors and keep our passports ready,','Varun Iyer','the 19-year-old','said',note='age phrase as the speaker mention')
q(P,'a little normality','Timur Turlov','he','wrote',partial=True)
q(P,'I will come back for the Open, whenever it is,','Rinat Kuanyshev','he','said')
c(P,'detained',4404,None,'people detained across the country',MIA,'4,404 people had been detained')
c(P,'killed',18,None,'members of the security forces killed','Kazakh authorities','the death toll among the security forces at 18')
e(P,'2022-01-07','statement',None,[KCF],'The Kazakhstan Chess Federation announced on Friday')
e(P,'2022-01-15','other','Almaty',[KCF],'due to start on 15 January',note='planned start of the postponed tournament')
e(P,'2022-01-05','protest','Almaty',[],"Almaty's airport was seized by rioters on 5 January")
e(P,'2022-01-06','other',None,['Rinat Kuanyshev'],'he told ChessPulse by phone on Thursday')
e(P,'2022-01-05','other',None,['Varun Iyer'],'the Indian embassy had contacted them on Wednesday')
e(P,'2022-01-06','statement',None,['Timur Turlov'],'On Thursday evening he wrote on social media')
e(P,'2022-01-10','other',None,['Rinat Kuanyshev'],'hoping to fly out on Monday',note='future Monday after Saturday 8 Jan')
e(P,None,'other',None,['Rinat Kuanyshev'],'at the Kazakhstan Championship last month',note='"last month" = December 2021; no day')

# ---------------- 1351 Campus Lantern student newspaper (January 12, 2022, Wednesday)
P='1351'
art(P,0,ln(P,'Kazakh students on campus wait for word from home'),ln(P,'Internet blackout left families'),'The Campus Lantern','2022-01-12',['Maya Okafor','Daniel Reyes'],None,
    ['THE CAMPUS LANTERN','The independent student newspaper of Great Lakes State University since 1921','NEWS | SPORTS | OPINION | ARTS | THE BACK PAGE | DONATE','NEWS','Maya Okafor, Staff Writer, and Daniel Reyes, News Editor','January 12, 2022','Contact Maya Okafor at mokafor@campuslantern.com','Related: Ukrainian students rally against Russian troop buildup','© 2022 The Campus Lantern. All rights reserved. | Advertise | Staff | Corrections'])
q(P,'My mother was in Almaty, my brother was in Almaty, and I was here in a dorm room watching videos of burning cars,','Aruzhan Seitkali','Seitkali','said')
q(P,'Not knowing was worse than anything I saw.','Aruzhan Seitkali','Seitkali','said',note='second quote after the interposed cue in the same paragraph')
q(P,"She told me, 'We are fine, we are fine,' and then the line died again,",'Aruzhan Seitkali','she','said',note='nested single-quoted words of the mother are not a separate record')
q(P,'No student should have to choose between paying rent and calling home,','Linda Marsh','Marsh','said in an email')
q(P,'People I know were detained just for filming on their phones,',None,'A graduate student from Nur-Sultan','said',note='anonymous; "he said" refers to the unnamed graduate student')
q(P,'Once you invite the Russians in, the question is always what it costs to get them to leave,','Gregory Hale','Hale','said')
c(P,'troops_deployed',2500,'about','CSTO troops to be sent to Kazakhstan',CSTO,'the alliance said it would send about 2,500 troops')
c(P,'killed',164,None,'people killed in the unrest','Kazakh officials','Officials in Kazakhstan say 164 people were killed')
e(P,'2022-01-02','protest','Kazakhstan',[],'before the protests began on Jan. 2')
e(P,'2022-01-05','other','Kazakhstan',[],'cut internet access across the country on Jan. 5')
e(P,'2022-01-05','protest','Almaty',[],'the day protesters stormed government buildings in Almaty')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organization for help the same night',note='"the same night" = Jan. 5')
e(P,'2022-01-09','other',None,['Aruzhan Seitkali'],'Seitkali reached her mother on Sunday')
e(P,'2022-01-10','statement',None,['Linda Marsh'],'Linda Marsh said Monday')
e(P,'2022-01-11','statement',None,[CSTO],'The CSTO announced Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'start withdrawing on Thursday')
e(P,'2022-01-14','other','Great Lakes State University',['Kazakh Student Association'],'candlelight vigil at 7 p.m. Friday')
e(P,None,'other',None,['Aruzhan Seitkali'],'For five days last week',note='a period in the previous week; no single day')

# ---------------- 1352 Ummah Dispatch faith page (Saturday 8 January 2022)
P='1352'
art(P,0,ln(P,"Kazakhstan's mosques call for calm in Friday sermons"),ln(P,'Imams across Kazakhstan delivered'),'Ummah Dispatch','2022-01-08',[],None,
    ['UMMAH DISPATCH','Muslim news from around the world','World | UK | Community | Faith | Ramadan Guide | Jobs','Faith','Saturday 8 January 2022 | 5 Jumada al-Akhirah 1443','Ummah Dispatch Correspondent','Share: WhatsApp | Facebook | Twitter | Telegram','Subscribe to our daily newsletter','Prayer times for London: Fajr 06:26 | Dhuhr 12:13 | Asr 14:04 | Maghrib 16:18 | Isha 17:52'])
q(P,'a trial sent to test the patience of the nation',SAMK,'The text','described',partial=True,note='the sermon text as speaker; cue "described the riots as"')
q(P,"defending one's home is a duty, but looting it is a sin",SAMK,'It','told',partial=True,note='"It told believers that"; It = the sermon text')
q(P,'A Muslim does not raise his hand against his neighbour, nor against the soldier who guards him,','Nauryzbai Taganuly','the mufti','told',note='"kazhy" (hajji) honorific inside the name; "according to a video" also in the sentence')
q(P,'Usually we have 800 people for Juma. Today maybe 150 came, mostly old men,','Yerlan Abenov','he','said',note='attendance figures are not claims')
q(P,'spoke a lot about order and very little about the people who were shot','Madina','Madina','said',partial=True,note='first name only')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label, excluded from quotes')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained')
e(P,'2022-01-07','statement','Kazakhstan',[SAMK],"delivered a single sermon prepared by the country's Spiritual Administration of Muslims on Friday")
e(P,None,'other','Nur-Sultan',['Nauryzbai Taganuly'],"led the prayer in Nur-Sultan's central mosque",note='no day word; the Friday prayer of 2022-01-07')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said on Friday')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'A day earlier Russian-led troops',note='"A day earlier" than Friday')
e(P,'2022-01-06','statement',None,[SAMK],'It said on Thursday that it had opened 14 collection points')

# ---------------- 1353 Screen Guide TV listings page (Monday 10 January 2022)
P='1353'
art(P,0,ln(P,"What's on TV tonight: Kazakhstan special"),ln(P,'Nobody expected a rise in fuel prices'),'Screen Guide','2022-01-10',['Harriet Cole'],None,
    ['SCREEN GUIDE','TV Listings | Films | Streaming | Radio | Puzzles','TV listings > Monday 10 January 2022','By Harriet Cole, TV Editor','Published: 06:00, Monday 10 January 2022','PICK OF THE DAY','ALSO ON TONIGHT','Sign up for our daily TV newsletter','Listings may change. All times GMT.','(c) Screen Guide Media 2022'])
q(P,'We were reporting blind for three days,','Tom Ashcroft','Ashcroft','told')
q(P,'We could see the smoke, but we had no idea who was shooting at whom.','Tom Ashcroft','Ashcroft','told')
q(P,'open fire without any warning',TOK,'he','said',partial=True,note='"the one in which he said he had ordered troops to"; he = Tokayev')
q(P,'the most chilling sentence I have heard a head of state say on camera','Tom Ashcroft','Ashcroft','calls it',partial=True,note='present-tense cue "calls it"')
q(P,'If the first day ends with both sides still in the room, that is a result,',None,"the programme's editor",'said in a preview note',note='unnamed editor of Newsnight')
c(P,'detained',8000,'almost','people detained in the crackdown',MIA,'almost 8,000 people were detained')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan','Moscow','the 2,030 CSTO troops',note='"according to Moscow"')
e(P,'2022-01-05','other','Kazakhstan',[],'when the internet went dark last Wednesday',note='"last Wednesday" from Monday 10 Jan')
e(P,None,'statement',None,[TOK],"television address is played in full",note='undated address (real: 7 Jan)')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'where US and Russian negotiators meet today')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on Thursday')

# ---------------- 1354 Northern Chronicle "Corrections and clarifications" (Friday 14 January 2022)
P='1354'
art(P,0,ln(P,'Corrections and clarifications\n\nFriday'),ln(P,"Our readers' editor's office lists"),'The Northern Chronicle','2022-01-14',[],None,
    ['The Northern Chronicle',"Opinion > Readers' editor",'Friday 14 January 2022 08.00 GMT','Related','How we correct our mistakes','Topics: Corrections and clarifications','Reuse this content'])
q(P,'we are not going to leave the table','Sergey Ryabkov','Sergey Ryabkov','quoted',partial=True,note='the WRONG wording our article put in his mouth ("quoted … as saying"); the correction says he did not say it')
q(P,'there is no reason to leave the table yet','Sergey Ryabkov','Ryabkov','said',partial=True)
q(P,'We will not be divided','Jens Stoltenberg','Stoltenberg',None,partial=True,note='quote inside a cited headline in brackets; the correction says Stoltenberg did not use these words')
q(P,'allies stand together','Jens Stoltenberg','He','told reporters',partial=True)
q(P,'will not be easy to bridge','Jens Stoltenberg','He','told reporters',partial=True)
q(P,'We corrected something that was right,','Joanne Pike','Joanne Pike','said',note='inverted "said the letters editor, Joanne Pike"')
q(P,"It happens, but it shouldn't.",'Joanne Pike','Joanne Pike','said',note='next sentence in the same paragraph')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'The alliance said it was sending about 2,500')
c(P,'killed',19,None,'security personnel killed',MIA,'the number of security personnel killed at 19')
c(P,'detained',9900,None,'people detained',MIA,'9,900 people had been detained')
e(P,'2022-01-11','statement',None,['Russian Foreign Ministry','Sergey Ryabkov'],'a transcript released by his ministry on Tuesday')
e(P,'2022-01-12','statement',None,['Jens Stoltenberg'],'He told reporters on Wednesday')
e(P,'2022-01-11','casualty_report',None,[MIA],'On Tuesday the Interior Ministry put the number')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on 11 January')
e(P,None,'statement',None,['Kazakh officials'],'Kazakh officials later said the figure had been posted in error',note='undated (real: 9-10 Jan)')

# ---------------- 1355 GoFundMe-style fundraiser page (Created 9 January 2022, Sunday)
P='1355'
art(P,0,ln(P,"Help Nurlan rebuild his family's shop in Almaty"),ln(P,'My cousin Nurlan has run'),'GoFundMe','2022-01-09',['Aigerim Bekova'],None,
    ['gofundme','Search   For charities   How it works   Sign in   Start a GoFundMe','£6,420 raised of £10,000 goal','214 donations','Share   Donate now','Aigerim Bekova is organising this fundraiser on behalf of Nurlan Bekov.','Created 9 January 2022','Community & Neighbours','Updates (2)','Words of support (31)','Report fundraiser','Donation protected by the GoFundMe Giving Guarantee'])
q(P,'I stood across the road and watched it burn, and there was nothing I could do,','Nurlan Bekov','Nurlan','told')
q(P,'Twenty years of work, and it took twenty minutes.','Nurlan Bekov','Nurlan','told',note='continuation after the interposed cue; durations are not claims')
q(P,'They promise, and we wait,','Nurlan Bekov','he','said')
q(P,'Meanwhile the rent is due.','Nurlan Bekov','he','said')
q(P,'I did not know so many strangers could be so kind. Thank you, thank you.','Nurlan Bekov','Nurlan','asked me to pass this on',note='relayed by the organiser in an update; cue after a colon')
q(P,'Stay strong, Nurlan. Almaty will rise again.',None,'Dana M.',None,note='donor comment under "Words of support"; speaker is a private donor known only as "Dana M."')
c(P,'killed',164,None,'people who died across the country','Kazakh government','The government says 164 people died')
c(P,'other',1300,'more than','businesses in Almaty damaged or looted',"Almaty mayor's office",'more than 1,300 businesses in Almaty were damaged or looted')
e(P,'2022-01-05','protest','Almaty',[],'On the night of 5 January, when the riots reached the city centre')
e(P,'2022-01-08','other',None,['Nurlan Bekov','Aigerim Bekova'],'told me on a crackly call on Saturday')
e(P,'2022-01-07','statement',None,[TOK],'President Tokayev said on Friday')
e(P,'2022-01-10','other','Almaty',['akimat'],'An akimat official visited the street on Monday',note='Monday = the date of the update (10 January 2022)')

# ---------------- 1356 Eventbrite-style event page (no publication date)
P='1356'
art(P,0,ln(P,'Kazakhstan After the January Events: What Changed?'),ln(P,'Two weeks after the worst unrest'),'Eventbrite',None,[],None,
    ['eventbrite','Find events   Create events   Help Centre   Log In   Sign Up','THU, 20 JAN','Central Asia Forum London','Follow','Free','Get tickets','When and where','Online event','About this event','Share with friends','Organised by','312 followers','Sales end on 20 Jan 2022','Report this event'])
q(P,'This was the first time the CSTO has ever been used the way its founders imagined it,','Emma Larkin','Dr Emma Larkin','said')
q(P,'We want to ask whether it will be the last.','Emma Larkin','Dr Emma Larkin','said')
q(P,'a palace struggle dressed up as a street revolt','Daulet Yesenov','He','describes the week as',partial=True)
q(P,'We are hearing the same story from different cities,','Sofia Marchetti','Marchetti','said')
q(P,'Beatings, burns, and forced confessions on camera.','Sofia Marchetti','Marchetti','said')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'about 2,500 according to the alliance')
c(P,'other',40,'at least','people tortured in detention','Sofia Marchetti','at least 40 people who, she says, were tortured',note='documented cases of torture; "she says" inside the clause')
e(P,'2022-01-02','protest','Zhanaozen',[],'began in Zhanaozen on 2 January')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Andrei Serdyukov'],'On 6 January the Collective Security Treaty Organisation began sending troops')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'The last of them are due to leave by 19 January')
e(P,None,'statement',None,['Emma Larkin'],'announcing the event on Wednesday',note='no publication date, so "Wednesday" is unresolved (likely 2022-01-12)')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'the Russia-US talks in Geneva on 10 January')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council on 12 January')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE meeting in Vienna the following day',note='"the following day" after 12 January')
e(P,'2022-01-20','other',None,['Central Asia Forum London','Emma Larkin','Daulet Yesenov','Sofia Marchetti','Alexei Morozov'],'Thu, 20 Jan 2022 18:00 - 19:30 GMT',note='the panel itself')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['General'],'Russia'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General',"NATO's secretary general"],None,['he','He'],["NATO's Stoltenberg"],note='words invented/paraphrased'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he'],["Tokayev's"]),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','the Russian deputy foreign minister'],'Russia',['he'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words invented'),
 sp('Askar Dzhumabekov','person',['Askar Dzhumabekov','Dzhumabekov'],['federation secretary general'],'Kazakhstan',note='invented'),
 sp('Rinat Kuanyshev','person',['Rinat Kuanyshev','Kuanyshev'],['Grandmaster'],'Kazakhstan',['he'],note='invented'),
 sp('Varun Iyer','person',['Varun Iyer','Iyer'],['International Master'],'India',['the 19-year-old'],note='invented'),
 sp('Timur Turlov','person',['Timur Turlov'],["The federation's president"],'Kazakhstan',['he'],note='real federation president; words invented'),
 sp('Aruzhan Seitkali','person',['Aruzhan Seitkali','Seitkali'],['junior','a chemical engineering major'],'Kazakhstan',['she'],note='invented'),
 sp('Linda Marsh','person',['Linda Marsh','Marsh'],['Dean of International Programs'],'United States',note='invented'),
 sp('Gregory Hale','person',['Gregory Hale','Hale'],['Political science professor'],'United States',note='invented'),
 sp(SAMK,'organisation',['Spiritual Administration of Muslims'],[],'Kazakhstan',['The text','It','the administration','The administration'],note='sermon text as speaker; wording invented'),
 sp('Nauryzbai Taganuly','person',['Nauryzbai kazhy Taganuly'],['Chief Mufti'],'Kazakhstan',['the mufti'],note='real chief mufti; words invented; "kazhy" is an honorific inside the name'),
 sp('Yerlan Abenov','person',['Yerlan Abenov'],['a volunteer at a mosque'],'Kazakhstan',['he'],note='invented'),
 sp('Madina','person',['Madina'],['A Kazakh student in London'],'Kazakhstan',note='invented; first name only'),
 sp('Tom Ashcroft','person',['Tom Ashcroft','Ashcroft'],['Reporter'],'United Kingdom',note='invented'),
 sp('Joanne Pike','person',['Joanne Pike'],['the letters editor'],'United Kingdom',note='invented'),
 sp('Nurlan Bekov','person',['Nurlan Bekov','Nurlan'],[],'Kazakhstan',['he'],note='invented'),
 sp('Emma Larkin','person',['Emma Larkin'],["the forum's director"],'United Kingdom',[],['Dr Emma Larkin'],note='invented'),
 sp('Daulet Yesenov','person',['Daulet Yesenov'],['Professor','visiting fellow'],'Kazakhstan',['He'],note='invented'),
 sp('Sofia Marchetti','person',['Sofia Marchetti','Marchetti'],['Central Asia researcher at a human rights organisation'],None,['she'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source of troop figures; not quoted'),
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
