#!/usr/bin/env python3
"""Source of the devset7 annotation: the hand-chosen spans, values and dates for 149-156.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset7/annotation_source.py && python3 tests/devset7/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; KPPO='Kazakh Presidential Press Office'; MOH='Kazakh Ministry of Health'
ZEL='Volodymyr Zelensky'; KUL='Dmytro Kuleba'; SER='Andrei Serdyukov'

# ---------------- 149 Tehran Times-style piece (Saturday, January 8, 2022)
art('149',0,3,7,'Tehran Times','2022-01-08',['Reza Mohammadi'],'TEHRAN',
    ['TEHRAN TIMES','Politics','Saturday, January 8, 2022 - 21:40 | 5 Jumada al-Akhirah 1443','By Reza Mohammadi, staff writer',
     'READER COMMENTS (3)','Hamid, Isfahan – 8 January 2022','Anonymous – 9 January 2022','Marat K. – 9 January 2022'],le=25)
q('149','foreign interference','Saeed Khatibzadeh','Iran','warns',partial=True,zone='headline',
  note='two-word headline partial; the words recur (unquoted-inside-a-quote) in the l.11 quote; borderline between partial and label')
q('149','with great concern','Saeed Khatibzadeh','Foreign Ministry Spokesman Saeed Khatibzadeh','told reporters',partial=True)
q('149','The Islamic Republic of Iran believes that the problems of Kazakhstan must be solved by the Kazakh people and government themselves, through peaceful means and away from any foreign interference,','Saeed Khatibzadeh','Khatibzadeh','said')
q('149','This is the sovereign right of every country,','Saeed Khatibzadeh','he','said',note='"The spokesman added that ..." earlier in the paragraph; "he" = Khatibzadeh')
q('149',"the dangerous game of certain powers in Iran's northern neighbourhood.",'Ali Shamkhani','Ali Shamkhani','writing',partial=True,malformed=True,
  note='mismatched marks: opens with a straight \" and closes with a curly ”; long title "Secretary of the Supreme National Security Council of the Islamic Republic of Iran" before the name; tweet')
c('149','detained',4404,None,'people detained across Kazakhstan','Kazakh authorities','4,404 people had been detained')
c('149','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 “armed criminals” had been killed',note='the label “armed criminals” is not a quote')
c('149','killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had also died')
c('149','troops_deployed',2500,'about','CSTO force in Kazakhstan',RDM,'numbers around 2,500 troops')
e('149','2022-01-08','statement','Tehran',['Saeed Khatibzadeh'],'told reporters in Tehran',note='"on Saturday" (l.7) = publication day')
e('149',None,'statement',None,['Ali Shamkhani'],'writing on Twitter',note='tweet, no day given')
e('149','2022-01-06','talks',None,['Ebrahim Raisi',TOK],'spoke by telephone with President Kassym-Jomart Tokayev on Thursday',note='phone call; Thursday before Saturday 8 Jan')
e('149',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia has sent paratroopers as part of a CSTO force')
e('149',None,'protest',None,[],'The unrest started last week in the west of the country',note='"last week" is not a day; likely 2022-01-02')

# ---------------- 150 Ukrainska Pravda-style news item (7 January 2022, a Friday)
art('150',0,2,5,'Ukrainska Pravda','2022-01-07',['Yuliia Kovalenko'],None,
    ['Ukrainska Pravda','Yuliia Kovalenko — 7 January 2022, 18:52','If you notice an error, select the required text and press Ctrl + Enter to report it to the editors.'])
q('150','We are closely following the situation in Kazakhstan. Our embassy is in constant contact with the Ukrainians who are there. Anyone who wants to return home will be helped.',
  ZEL,'Zelensky','Quote from',note='UP label "Quote from Zelensky:"; Facebook post (line 7 "Source: Zelensky on Facebook")')
q('150','no foreign troops should decide the fate of a sovereign nation',ZEL,'He','wrote',partial=True,note='the closing mark precedes the full stop')
q('150','to restore the Soviet Union piece by piece.',KUL,'Foreign Minister Dmytro Kuleba','said',partial=True)
q('150','Today Kazakhstan, tomorrow – who knows. We remember 2014 very well,',KUL,'Kuleba','stressed',note='en dash inside the quote; a year (2014) inside the quote')
q('150','The contingent will stay as long as the Kazakh side needs it','Dmitry Peskov','Peskov','said',note='em-dash cue after the quote: "… — Peskov said"; surname only, no title')
q('150','draw conclusions','Oleksiy Danilov','Secretary of the National Security and Defence Council Oleksiy Danilov','said',partial=True)
q('150','Nothing about Ukraine without Ukraine,',KUL,'he','said',note='"Kuleba added that ..." earlier in the paragraph')
c('150','other',100,'about','Ukrainian citizens in Kazakhstan who asked the embassy for help',KUL,'about 100 Ukrainian citizens',note='citizens seeking evacuation; in scope is borderline')
c('150','other',18,None,'Ukrainian citizens evacuated from Kazakhstan',KUL,'18 of them had already been evacuated',note='borderline scope, as above')
c('150','aircraft',70,'more than','aircraft used to transfer the troops',RDM,'more than 70 aircraft')
c('150','killed',26,'at least','protesters killed','officials','at least 26 protesters',note='"According to Kazakh officials"')
c('150','killed',18,None,'security officers killed','officials','18 security officers have been killed',note='"at least" applied to 26 only (gold convention 5)')
c('150','detained',3000,'more than','people detained','officials','more than 3,000 people have been detained')
c('150','troops_deployed',127000,None,'Russian troops near the Ukrainian border','Oleksiy Danilov','127,000 troops near the Ukrainian border')
e('150',None,'statement',None,[ZEL],'The head of state noted',note='Facebook post, no day given; probably the publication day')
e('150','2022-01-07','statement',None,[KUL],'speaking on 7 January')
e('150','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'On 6 January, the first units of the Russian military arrived')
e('150','2022-01-06','statement',None,['Dmitry Peskov'],'Peskov said on 6 January')
e('150','2022-01-06','statement',None,['Oleksiy Danilov'],'said the day before',note='"the day before" relative to the publication date 7 Jan')
e('150','2022-01-10','talks','Geneva',['Russia','United States'],'scheduled for 10 January in Geneva',note='future')
e('150','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council on 12 January',note='future; place not stated')

# ---------------- 151 DW-style wire rewrite (Date 13.01.2022, a Thursday)
art('151',0,1,2,'DW','2022-01-13',[],None,
    ['You need to enable JavaScript to run this app.','ab/xy (AFP, Reuters, dpa)','Date 13.01.2022','Related topics: Kazakhstan, Russia, CSTO'],le=30,sections=(13,))
q('151','The peacekeeping forces have fulfilled their tasks in full,',SER,'Serdyukov','said',note='followed by ", according to Russia\'s Defence Ministry": the speaker stays Serdyukov')
q('151','main mission',TOK,'Kazakh President Kassym-Jomart Tokayev','announced',partial=True)
q('151','We need concrete answers, and we need them fast,','Alexander Lukashevich','he','told reporters',note='"Russian envoy Alexander Lukashevich said ..." in the sentence before')
c('151','detained',10000,'more than','people detained',MIA,'More than 10,000 people have been detained',note='"What we know so far" bullet')
c('151','killed',225,None,'people killed','Kazakh authorities','Authorities say 225 people were killed')
c('151','killed',19,None,'members of the security forces killed','Kazakh authorities','including 19 members of the security forces')
c('151','troops_deployed',2030,'about','CSTO troops in the mission',None,'Around 2,030 CSTO troops')
e('151','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday')
e('151',None,'other','Almaty',[SER,CSTO],'A ceremony marking the end of the mission was held in Almaty',note='ceremony; no day given (2022-01-13 by context)')
e('151','2022-01-11','statement',None,[TOK],'announced on Tuesday')
e('151','2022-01-02','protest',None,[],'The unrest began on January 2')
e('151',None,'talks','Vienna',['OSCE','Russia','Zbigniew Rau'],"held the last round of this week's talks",note='no day given; the OSCE Permanent Council met on 2022-01-13')
e('151',None,'statement',None,['Alexander Lukashevich'],'he told reporters')

# ---------------- 152 CSTO Secretariat press release (Moscow, 14 January 2022)
art('152',0,5,9,'CSTO Secretariat','2022-01-14',[],'Moscow',
    ['COLLECTIVE SECURITY TREATY ORGANIZATION','Secretariat','Press release No. 04/2022','Press Service of the CSTO Secretariat','Tel.: +7 (495) 606-97-71','odkb-csto.org'])
q('152','The tasks set by the Collective Security Council have been fully accomplished. Not a single shot was fired by the peacekeepers against civilians,','Stanislav Zas','he','said',
  note='"The Secretary General of the CSTO Stanislav Zas emphasized that ..." opens the paragraph')
q('152','The personnel acted professionally and with restraint.',SER,'The Commander of the Collective Peacekeeping Forces','noted',
  note='title only in this sentence; named as "Colonel General A.N. Serdyukov" (initials) on l.11')
for ev,v in (('Russian Federation – 1,110 servicemen',1110),('Belarus – 500 servicemen',500),('Armenia – 70 servicemen',70),('Kyrgyz Republic – 150 servicemen',150),('Tajikistan – 200 servicemen',200)):
    c('152','troops_deployed',v,None,'servicemen of the '+ev.split(' –')[0]+' contingent',CSTO,ev,note='numbered list item')
c('152','troops_deployed',2000,'more than','servicemen involved in total',CSTO,'more than 2,000 servicemen')
c('152','other',250,'about','units of military and special equipment',CSTO,'about 250 units of military and special equipment')
c('152','aircraft',75,None,'Military Transport Aviation aircraft',CSTO,'75 aircraft')
c('152','other',8,None,'strategic facilities taken under protection',CSTO,'8 strategic facilities')
c('152','other',2,None,'airports taken under protection',CSTO,'2 airports')
e('152','2022-01-13','other','Almaty',[CSTO,SER],'a ceremony was held in Almaty',note='completion ceremony')
e('152','2022-01-06','other',None,['Collective Security Council',TOK],'the decision of the Collective Security Council of 6 January 2022',note='decision to deploy, at Tokayev\'s request')
e('152','2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last aircraft with servicemen of the contingents is expected to leave',note='future')
e('152',None,'statement',None,['Stanislav Zas'],'Stanislav Zas emphasized')

# ---------------- 153 NYT-style analysis (Jan. 8, 2022, a Saturday)
art('153',0,1,3,'The New York Times','2022-01-08',['Jonathan Keller','Rebecca Stoll'],'WASHINGTON',
    ['By Jonathan Keller and Rebecca Stoll','Jan. 8, 2022','Pavel Dorn contributed reporting from Moscow.','Correction: Jan. 9, 2022',
     'An earlier version of this article misstated the day of the Geneva talks. They begin on Monday, not Tuesday.',
     'A version of this article appears in print on Jan. 9, 2022, Section A, Page 8 of the New York edition with the headline: U.S. Weighs Talks as Kazakhstan Burns.'],le=24)
q('153','It tells you something about how fast they can move when they want to,',None,'the official','said',note='anonymous "senior administration official"')
q('153','Nobody here missed that.',None,'the official','said',note='second half of a quote split by the interposed cue')
q('153','cautious but not panicked.',None,'One of them','described',partial=True,note='anonymous official ("Two other officials ... One of them")')
q('153','under pressure and threats.','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','has said',partial=True)
q('153','The Americans have been very disciplined about that,',None,'the diplomat','said',note='anonymous "European diplomat"; em-dash aside between subject and verb')
c('153','aircraft',70,'more than','transport planes used for the deployment','Russian officials','more than 70 transport planes')
c('153','killed',164,None,'death toll (later withdrawn)','Kazakh authorities','the death toll included 164 people')
c('153','detained',5000,'more than','people detained','Kazakh authorities','more than 5,000 people have been detained',note='"The government has reported"')
c('153','troops_deployed',100000,'about','Russian troops near Ukraine','US officials','about 100,000 troops',note='"according to U.S. estimates"')
e('153',None,'troop_deployment','Kazakhstan',['Russia'],'When Russian paratroopers began landing in Kazakhstan this week',note='"this week" is not a day')
e('153','2022-01-07','statement',None,['Antony Blinken'],'speaking at a news conference on Friday')
e('153','2022-01-10','talks','Geneva',['United States','Russia'],'ahead of Monday’s meeting in Geneva',note='standfirst; Monday after Saturday 8 Jan; future')
e('153','2022-01-09','other','Geneva',['Wendy Sherman'],'is expected to arrive in Geneva on Sunday',note='future arrival')
e('153','2022-01-08','casualty_report',None,['Kazakh authorities'],'The Kazakh authorities said on Saturday')

# ---------------- 154 State Department briefing transcript (January 6, 2022, a Thursday)
art('154',0,1,7,'U.S. Department of State','2022-01-06',[],'Washington, D.C.',
    ['Ned Price, Department Spokesperson','Washington, D.C.','2:14 p.m. EST','(The briefing was concluded at 2:51 p.m.)'])
q('154','we call on all sides to find a peaceful, rights-respecting resolution to the state of emergency.','Antony Blinken','the Secretary','said',
  note='the spokesman quotes the Secretary inside his own unquoted turn; the MR PRICE:/QUESTION: turns are not quotes')
c('154','troops_deployed',2500,'about','CSTO troops being sent to Kazakhstan',CSTO,'around 2,500 troops',note="inside a reporter's question")
e('154','2022-01-06','talks',None,['Antony Blinken','Mukhtar Tileuberdi'],'The Secretary spoke this morning with Kazakh Foreign Minister Mukhtar Tileuberdi',note='phone call; "this morning" = briefing day')
e('154',None,'other','Almaty',['United States'],'We have authorized the voluntary departure',note='ordered departure of consulate staff; no day given')
e('154','2022-01-10','talks','Geneva',['Wendy Sherman','United States','Russia'],'Strategic Stability Dialogue in Geneva on January 10',note='future')
e('154','2022-01-06','statement',None,['Russian Foreign Ministry'],"Russia's foreign ministry said today",note='"today" = briefing day')

# ---------------- 155 wire story with three versions (all Jan 9, 2022, a Sunday)
W=['Olzhas Abenov','Tom Whitcombe','Nick Darby']
art('155',0,1,4,'Meridian News','2022-01-09',[],'ALMATY',['Jan 9, 2022 10:02 GMT','(Refiles to fix typo in headline)'],ls=1,le=8)
art('155',1,10,13,'Meridian News','2022-01-09',[],'ALMATY',['Jan 9, 2022 13:47 GMT','(Adds death toll, updates detentions figure)'],ls=10,le=19)
art('155',2,21,24,'Meridian News','2022-01-09',W,'ALMATY',['Jan 9, 2022 19:20 GMT','(Adds withdrawal of death toll, Xi call, damage estimate; removes Khabar 24 figure from headline)',
    '(Reporting by Olzhas Abenov in Almaty and Tom Whitcombe in Moscow; Writing by Nick Darby; Editing by Helen Marsh)'],ls=21,le=34)
q('155','The situation is stabilised in all regions,',KPPO,"Tokayev's office",'said in a statement',art=1)
q('155','due to a technical error.',MOH,"Kazakhstan's health ministry",'saying',art=2,partial=True)
q('155','a significant number of foreign citizens,',MIA,'The Interior Ministry','said',art=2,partial=True,note='the quote sits between the subject and the verb phrase')
c('155','detained',5135,None,'people detained over a week of unrest',MIA,'detained 5,135 people',art=0)
c('155','other',125,None,'criminal investigations opened',MIA,'125 criminal investigations',art=0)
c('155','killed',164,None,'people killed (headline; later withdrawn)',None,'says 164 killed',art=1,zone='headline')
c('155','detained',5800,'more than','detentions (headline)',None,'detentions top 5,800',art=1,zone='headline',note='"top" read as more than')
c('155','killed',164,None,'people killed in a week of unrest (later withdrawn)',MOH,'Kazakhstan said on Sunday that 164 people',art=1,note='"published by state news channel Khabar 24 citing the health ministry"')
c('155','killed',103,None,'people killed in Almaty',MOH,'including 103 in Almaty',art=1)
c('155','detained',5800,None,'people detained',None,'that 5,800 people had been detained',art=1)
c('155','detained',5800,None,'detentions (headline)',None,'detentions at 5,800',art=2,zone='headline')
c('155','killed',164,None,'withdrawn death toll',MOH,'withdrew a report that 164 people had been killed',art=2,note='the figure is reported as withdrawn')
c('155','detained',5800,None,'people detained',MIA,'The Interior Ministry said 5,800 people',art=2)
c('155','killed',16,None,'police officers and national guard members killed',MIA,'Sixteen police officers',art=2,note='written-out figure')
c('155','troops_deployed',2000,'about','CSTO force in Kazakhstan',None,'roughly 2,000-strong force',art=2)
c('155','damage_usd',46000000,'about','damage to businesses in Almaty',"Almaty mayor's office",'($46 million)',art=2,note='"Some 20 billion tenge ($46 million)"; the tenge figure is the same amount and is not a separate record')
e('155','2022-01-09','arrest',None,[MIA],'the Interior Ministry said on Sunday',art=0,note='date of the announcement')
e('155','2022-01-07','statement',None,[TOK],'said on Friday he had ordered security forces',art=0)
e('155','2022-01-09','casualty_report',None,[MOH],'Kazakhstan said on Sunday',art=1)
e('155',None,'other',None,[KPPO],'after a meeting of the crisis headquarters',art=1,note='no day given')
e('155','2022-01-09','statement',None,[MOH],'on Sunday withdrew a report',art=2)
e('155',None,'talks',None,[TOK,'Xi Jinping'],'spoke by phone with Chinese leader Xi Jinping',art=2,note='phone call; no day given')
e('155','2022-01-10','talks',None,[TOK,CSTO],'He will address a virtual summit',art=2,note='"on Monday" at the end of the sentence; future')
e('155',None,'troop_deployment','Kazakhstan',[CSTO],'arrived in the country last week',art=2,note='"last week" is not a day')
e('155','2022-01-02','other',None,[],'a jump in fuel prices on Jan. 2',art=2,note='fuel price rise')

# ---------------- 156 fact-check article (14 January 2022, a Friday)
art('156',0,2,5,None,'2022-01-14',['Nadia Volkova'],None,
    ['FACT CHECK','By Nadia Volkova | 14 January 2022 | 6 min read',
     "Correction, 15 January: an earlier version of this article gave Dana Seitkali's job title incorrectly.",
     'Sources: Kazakh presidential website, Interior Ministry statements, CSTO, NATO, InVID reverse search.'],le=31)
q('156','20,000 bandits.',TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('156','terrorist groups',TOK,'he','said',partial=True,note='two words with a speech verb; borderline with the excluded label "terrorists"')
q('156','a single command centre.',TOK,'he','said',partial=True)
q('156','I have seen no documents that would support a number like 20,000,','Dana Seitkali','Dana Seitkali','said',note='inverted cue ", said Dana Seitkali, a lawyer ..."')
q('156','It is a political number, not a police number.','Dana Seitkali','Dana Seitkali','said',note='continuation in the same paragraph')
q('156','the investigation will establish everything.','Berik Uali','presidential spokesman Berik Uali','said',partial=True)
q('156','Tokayev called Brussels first and was refused.','Steppe Truth','A post by the account «Steppe Truth»','stated',note='the speaker is a social-media account named in guillemets (a name, not a quote)')
q('156','There was no request from Kazakhstan to NATO.','Oana Lungescu','NATO spokesperson Oana Lungescu','told us by email',note='cue "told us by email:" before the quote')
c('156','other',20000,None,"'terrorists' who attacked Almaty (headline question)",TOK,"Did 20,000 'terrorists'",zone='headline',note="Tokayev's figure, questioned; the single-quoted 'terrorists' is not a quote")
c('156','other',20000,None,'bandits who attacked Almaty',TOK,'attacked by "20,000 bandits."')
c('156','other',20000,None,'armed attackers (the claim assessed, verdict Unproven)',TOK,'20,000 armed attackers',note='"Claim:" label')
c('156','detained',10000,'about','people detained across the country','Kazakh authorities','detained about 10,000 people')
c('156','troops_deployed',2000,'about','CSTO troops',CSTO,'its roughly 2,000 troops')
e('156','2022-01-07','statement',None,[TOK],'On January 7, President Kassym-Jomart Tokayev told the nation',note='televised address')
e('156','2022-01-10','talks',None,[TOK,CSTO],'in a speech to a CSTO video summit',note='"Three days later" after January 7')
e('156','2022-01-11','statement',None,[TOK],'in his address to parliament on Tuesday')
e('156','2022-01-12','statement',None,['Berik Uali'],'Asked about the discrepancy on Wednesday')
e('156','2022-01-05','protest','Almaty',[],'filmed in Almaty on January 5')
e('156','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a day before the first CSTO units landed',note='"a day before" = the day after January 5')
e('156',None,'statement',None,['Oana Lungescu'],'told us by email',note='no day given')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],['Foreign Ministry Spokesman'],'Iran',['The spokesman','he','Iran'],note='the headline partial is attributed to "Iran"'),
 sp('Ali Shamkhani','person',['Ali Shamkhani'],['Secretary of the Supreme National Security Council of the Islamic Republic of Iran'],'Iran',note='words invented'),
 sp(ZEL,'person',['Volodymyr Zelensky','Zelensky'],['President of Ukraine'],'Ukraine',['The head of state','He']),
 sp(KUL,'person',['Dmytro Kuleba','Kuleba'],['Foreign Minister','Minister of Foreign Affairs'],'Ukraine',['the minister','he']),
 sp('Dmitry Peskov','person',['Peskov'],[],'Russia',note='surname only, em-dash cue'),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov'],['Secretary of the National Security and Defence Council'],'Ukraine',['He']),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov','A.N. Serdyukov'],['Colonel General',"the alliance's commander",'Commander of the Collective Peacekeeping Forces'],'Russia',
    ['The Commander of the Collective Peacekeeping Forces'],note='152 gives initials only ("A.N. Serdyukov")'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','K.-J.K. Tokayev'],['President','Kazakh President','President of the Republic of Kazakhstan'],'Kazakhstan',
    ["Kazakhstan's president",'he'],["Tokayev's"],note='152 uses initials "K.-J.K. Tokayev"'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['Russian envoy'],'Russia',['he']),
 sp('Stanislav Zas','person',['Stanislav Zas'],['The Secretary General of the CSTO'],'Belarus',['he']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister'],'Russia',note='canonical form from devset2; written "Sergei" here'),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State','the Secretary'],'United States',['The Secretary','the Secretary','He']),
 sp(KPPO,'organisation',["Tokayev's office"],[],'Kazakhstan',note='devset2 canonical for the presidential press office'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',['The ministry']),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The ministry','it']),
 sp('Dana Seitkali','person',['Dana Seitkali'],['a lawyer at an Almaty human rights bureau'],'Kazakhstan',note='invented'),
 sp('Berik Uali','person',['Berik Uali'],['presidential spokesman'],'Kazakhstan',note='words invented'),
 sp('Steppe Truth','organisation',['Steppe Truth'],[],None,['A post by the account'],note='invented social-media account, written «Steppe Truth»'),
 sp('Oana Lungescu','person',['Oana Lungescu'],['NATO spokesperson'],None,note='words invented'),
 sp('Ned Price','person',['Ned Price','Ned'],['Department Spokesperson'],'United States',['MR PRICE'],quoted=False,
    note='his turns are labelled "MR PRICE:" and are not quotes; listed because he is the speaker of the whole transcript (154 only)'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['the deputy secretary of state','Deputy Secretary'],'United States',[],[],quoted=False),
 sp(RDM,'organisation',['Russian Defence Ministry',"Russia's Defence Ministry"],[],'Russia',[],[],quoted=False,note='source of figures in 149, 150; mentioned in 151'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of figures in 152, 154, 156'),
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
