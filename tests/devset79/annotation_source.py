#!/usr/bin/env python3
"""Source of the devset79 annotation: the hand-chosen spans, values and dates for 725-732.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset79/annotation_source.py && python3 tests/devset79/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; KA='Kazakh authorities'
RYAB='Sergey Ryabkov'; BLINKEN='Antony Blinken'; PUTIN='Vladimir Putin'

# ---------------- 725 House of Lords Hansard, Private Notice Question (Tuesday 11 January 2022)
art('725',0,4,11,'House of Lords Hansard','2022-01-11',[],None,
    ['Hansard','UK Parliament','House of Lords','Volume 818: debated on Tuesday 11 January 2022','Share this debate','Private Notice Question','3.07pm','3.18pm'])
q('725','fire without warning',TOK,'President Tokayev','said',partial=True,note='inside the minister\'s own (unquoted) Hansard speech; "said that he had authorised his forces to “…”"')
q('725','as soon as the task is done','Kremlin','the Kremlin','in the words of',partial=True,note='inside a question; cue "in the words of" precedes the verb "leave"')
q('725','a sphere of influence, not a partnership',None,'one American official','put it',partial=True,note='inverted cue after the quote: "…", as one American official put it to me; anonymous speaker')
c('725','killed',164,None,'people killed',KA,'164 people have died')
c('725','detained',9900,None,'people detained',KA,'9,900 people have been detained')
c('725','troops_deployed',2000,'about','Russian paratroopers in Kazakhstan',None,'the roughly 2,000 Russian paratroopers',note='"roughly" -> about; figure given by the peer herself')
e('725','2022-01-07','statement',None,[TOK],'On Friday, President Tokayev said',note='Friday before Tuesday 11 Jan')
e('725','2022-01-09','talks',None,['Foreign Secretary','Mukhtar Tileuberdi'],'raised these concerns with Foreign Minister Tileuberdi on Sunday',note='phone call; the Foreign Secretary is not named')
e('725','2022-01-11','statement',None,[TOK],'President Tokayev announced today')
e('725','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw in two days',note='future; "in two days" from Tuesday 11 Jan')
e('725','2022-01-10','talks','Geneva',['Russia','United States'],'the talks in Geneva yesterday')
e('725','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council meets tomorrow in Brussels',note='future')
e('725','2022-01-11','other','London',['Baroness Hollinworth','Lord Ahmad of Wimbledon'],'Asked by Baroness Hollinworth',note='the Private Notice Question itself (date from the header)')

# ---------------- 726 US Senate Foreign Relations Committee hearing (Thursday, January 13, 2022)
art('726',0,3,22,'Committee on Foreign Relations','2022-01-13',[],None,
    ['S. Hrg. 117-412','HEARING','BEFORE THE','COMMITTEE ON FOREIGN RELATIONS','UNITED STATES SENATE','ONE HUNDRED SEVENTEENTH CONGRESS','SECOND SESSION','THURSDAY, JANUARY 13, 2022',
     'Printed for the use of the Committee on Foreign Relations','Available via the World Wide Web: http://www.govinfo.gov','[Laughter.]','U.S. GOVERNMENT PUBLISHING OFFICE'])
q('726','a dead end',RYAB,'Deputy Foreign Minister Ryabkov','told',partial=True,note='"told reporters that the talks had reached “…”"; inside the chairman\'s unquoted statement')
q('726',"We will not slam the door on NATO's open-door policy,",'Wendy Sherman','she','said',note='she = Deputy Secretary Sherman (previous sentence); split by an interposed "she said on Monday"; a witness quoting another official')
q('726','and nobody in Moscow should expect us to.','Wendy Sherman','she','said',note='second half of the split quote')
q('726','the right to peaceful protest must be respected.',BLINKEN,'he','told',note='"he told him, and I quote, “…”"; he = Secretary Blinken, him = Tileuberdi (nearest-name trap)')
c('726','troops_deployed',2030,'about','troops under Russian command in Kazakhstan',None,'some 2,030 troops under Russian command',note='"some" -> about')
c('726','detained',9900,None,'people detained',MIA,'9,900 people were detained')
e('726','2022-01-13','other','Washington',['Committee on Foreign Relations','Laura Prentiss'],'The committee met, pursuant to notice',note='the hearing itself')
e('726','2022-01-10','talks','Geneva',['Russia','United States'],'Geneva on Monday')
e('726','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels on Wednesday')
e('726','2022-01-13','talks','Vienna',['OSCE','Russia'],'Vienna this morning')
e('726',None,'statement',None,[RYAB],'Ryabkov told reporters',note='"At the end of it" - no day given (real: 13 Jan)')
e('726','2022-01-10','statement','Geneva',['Wendy Sherman'],'she said on Monday')
e('726','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the CSTO withdrawal began today')
e('726',None,'talks',None,[BLINKEN,'Mukhtar Tileuberdi'],'Secretary Blinken spoke to Foreign Minister Tileuberdi last week',note='"last week" is not a day')

# ---------------- 727 European Parliament verbatim report (Wednesday, 19 January 2022, Strasbourg)
art('727',0,6,8,'European Parliament','2022-01-19',[],None,
    ['European Parliament','Verbatim report of proceedings','Wednesday, 19 January 2022 - Strasbourg','Provisional edition','(The speaker agreed to take a blue-card question)'])
q('727','a full, transparent and independent investigation','European Commission',"The Commission's message",None,partial=True,note='"we want “…”" inside the commissioner\'s own speech; no speech verb, so cue null; speaker could also be Thierry Marchal')
q('727','as soon as the job is finished',PUTIN,'President Putin','promised',partial=True)
q('727','a worrying precedent','Josep Borrell','The High Representative','called',partial=True,note='role only; name not printed')
q('727','We are not going to turn our eyes away,','Renew Europe Group','my group','wrote',note='"as my group wrote in its letter yesterday" after the quote; a group as speaker; the one-word "bandits" in the same paragraph is excluded')
c('727','killed',225,None,'people killed',KA,'The authorities now speak of 225 dead')
c('727','detained',10000,'more than','people detained',MIA,'more than 10,000 people were detained',note='in a blue-card question')
c('727','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty')
e('727',None,'protest','western Kazakhstan',[],'two weeks ago protests over fuel prices',note='"two weeks ago" is not a day (real: 2 Jan)')
e('727','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'on 6 January the first Russian paratroopers landed in Almaty')
e('727',None,'statement',None,[PUTIN],'President Putin promised',note='undated (real: 10 Jan)')
e('727','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Last Thursday the first units flew home',note='Thursday before Wednesday 19 Jan')
e('727','2022-01-11','statement','Nur-Sultan',[TOK],'Mr Tokayev told his parliament on 11 January')
e('727','2022-01-18','statement',None,['Renew Europe Group'],'as my group wrote in its letter yesterday')
e('727','2022-01-20','other','Strasbourg',['European Parliament'],'The vote will take place tomorrow',note='future vote on the resolution')

# ---------------- 728 LSE EUROPP-style blog post (January 12th, 2022, Wednesday)
art('728',0,6,12,'EUROPP – European Politics and Policy','2022-01-12',['Marta Ilves'],None,
    ['LSE Blogs','EUROPP – European Politics and Policy','Home | About | Contributors | Submissions | Comments policy','January 12th, 2022','0 comments | 9 shares',
     'Estimated reading time: 5 minutes','Marta Ilves','About the author','Please read our comments policy before commenting.'],
    sections=(ln('728','Three lessons'),))
q('728','This is not an intervention, it is a response to an appeal by a sovereign state,','Nikol Pashinyan','he','wrote',note='he = Pashinyan (previous sentence, with appositive)')
q('728','a rental of legitimacy',None,'A Kazakh political scientist','described',partial=True,note='anonymous; "described the mission as “…”"')
q('728','undermining of the foundations of the state',PUTIN,'Vladimir Putin','said',partial=True,note='participle phrase "speaking at … on 10 January" between name and verb')
c('728','troops_deployed',2030,None,'CSTO personnel in Kazakhstan',CSTO,'its force numbered 2,030 personnel')
c('728','other',250,None,'pieces of CSTO military hardware',CSTO,'250 pieces of military hardware')
c('728','killed',164,None,'people killed',KA,'the Kazakh authorities say 164 people died',note='"no CSTO soldier was killed" has no integer')
e('728','2022-01-05','other',None,[TOK,CSTO],'asked the CSTO for help on 5 January',note='request for CSTO help')
e('728','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'by the morning of 6 January, Russian transport aircraft were landing')
e('728',None,'statement',None,['Nikol Pashinyan'],'he wrote on Facebook',note='undated')
e('728','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday, Russian and US delegations sat down in Geneva')
e('728','2022-01-12','talks','Brussels',['NATO','Russia'],'today the NATO-Russia Council meets in Brussels')
e('728','2022-01-10','talks',None,[PUTIN,CSTO],'speaking at the CSTO video summit on 10 January')

# ---------------- 729 Bundestag stenographic report in translation (Thursday, 13 January 2022)
art('729',0,7,10,'German Bundestag','2022-01-13',[],None,
    ['German Bundestag','Stenographic Report','11th session','Berlin, Thursday, 13 January 2022','(Unofficial English translation)',
     '(Applause from the SPD and BÜNDNIS 90/DIE GRÜNEN)','(Applause from the CDU/CSU)','Vice-President Petra Kessler:'])
q('729','there is no alternative to dialogue','Annalena Baerbock','the Federal Foreign Minister','put it',partial=True,note='"as the Federal Foreign Minister put it in Washington last week, “…”"; role only')
q('729','transparency about every single one of these deaths','German Federal Government','The Federal Government','has asked for',partial=True)
q('729','So what?','AfD','you','ask',n=2,note='"“So what?”, you ask" repeats the bracketed interjection "(Interjection from the AfD: So what?)", which has no marks; you = the AfD members')
q('729','ironclad guarantees',RYAB,'Mr. Ryabkov','said',partial=True)
c('729','killed',225,None,'people killed',KA,'The authorities there speak of 225 deaths')
c('729','killed',19,None,'members of the security forces killed',KA,'19 members of the security forces',note='subset of the 225, a separate category')
c('729','troops_deployed',3000,None,'soldiers sent by Moscow under a CSTO flag',None,'Moscow sent 3,000 soldiers',note='the MP\'s own figure; "48 hours" is a duration')
e('729','2022-01-12','talks','Brussels',['NATO','Russia'],'Yesterday the NATO-Russia Council met in Brussels')
e('729','2022-01-13','talks','Vienna',['OSCE','Russia'],'The talks in Vienna continue today')
e('729',None,'statement','Washington',['Annalena Baerbock'],'put it in Washington last week',note='"last week" is not a day (real: 5 Jan)')
e('729',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Moscow sent 3,000 soldiers to Kazakhstan',note='undated')
e('729','2022-01-10','statement','Geneva',[RYAB],'Mr. Ryabkov said in Geneva on Monday')

# ---------------- 730 Congress.gov resolution text (introduced 01/12/2022, Wednesday)
art('730',0,4,23,'Congress.gov','2022-01-12',[],None,
    ['Congress.gov','Legislation | Congressional Record | Committees | Members','Committees: Senate - Foreign Relations','Shown Here: Introduced in Senate (01/12/2022)',
     '117th CONGRESS','2d Session','S. RES. 489','IN THE SENATE OF THE UNITED STATES','January 12, 2022','RESOLUTION'])
q('730','terrorist bands',TOK,'he','described',partial=True,note='"which he described as a response to “…”"; two-word label kept as a partial because of the speech verb (borderline)')
q('730','to open fire to kill, without warning',TOK,'President Tokayev','stated',partial=True)
q('730','when Russian troops enter a country at its invitation, they are rarely in a hurry to go home',BLINKEN,'the Secretary of State','said',partial=True,note='role only; name never printed; words invented')
c('730','killed',164,None,'people killed','Government of Kazakhstan','164 people were killed')
c('730','killed',3,None,'children killed','Government of Kazakhstan','including 3 children',note='subset of the 164')
c('730','detained',9900,None,'people detained','Government of Kazakhstan','9,900 people were detained')
c('730','troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',None,'approximately 2,030 troops')
c('730','other',4,None,'documented cases of protesters shot','Human Rights Watch','4 cases of protesters being shot')
e('730','2022-01-02','protest','Zhanaozen',[],'on January 2, 2022, residents of Zhanaozen')
e('730','2022-01-05','other',None,[TOK,CSTO],'requested assistance from the Collective Security Treaty Organization',note='request for CSTO help')
e('730','2022-01-07','statement',None,[TOK],'President Tokayev stated')
e('730','2022-01-07','statement',None,[BLINKEN],'the Secretary of State said on January 7, 2022')
e('730',None,'troop_deployment','Kazakhstan',[CSTO,'Russia'],'were deployed to Kazakhstan',note='undated')
e('730','2022-01-12','other','Washington',['Vance Holloway','Garver'],'submitted the following resolution',note='resolution introduced and referred')

# ---------------- 731 Medium essay (7 min read · Jan 14, 2022, Friday)
art('731',0,7,8,'Medium','2022-01-14',['Daniyar Seitkali'],None,
    ['Medium','Open in app','Sign up   Sign in','Write','Follow','7 min read · Jan 14, 2022','Listen','Share','847','12','More from Daniyar Seitkali'],
    sections=(ln('731','The numbers'),ln('731','The deployment'),ln('731','What comes next')))
q('731','20,000 bandits',TOK,'the president','was talking about',partial=True,note='a figure inside the quote (also a claim)')
q('731',"Don't ask me anything on the phone.",None,'she','said',note='she = the author\'s mother (unnamed); cue "said only:" with a colon')
q('731','has fulfilled its task',TOK,'the Kazakh president','told',partial=True,note='the one-word "especially" in the same sentence is excluded')
q('731','It was never about protecting Kazakhstan from outside,',None,'a friend who works for a bank in Nur-Sultan','told',note='anonymous friend; inverted "…," a friend … told me yesterday')
q('731','It was about protecting someone from someone.',None,'a friend who works for a bank in Nur-Sultan','told',note='continuation after the interposed attribution')
q('731','in the capital, on a well-deserved rest',None,'his spokesman','according to',partial=True,note='Nazarbayev\'s unnamed spokesman')
c('731','other',20000,None,'"bandits" (Tokayev\'s figure)',TOK,'"20,000 bandits"',note='the figure is inside a partial quote')
c('731','killed',225,None,'people killed',KA,'Officially, 225 people died',note='"Officially" -> Kazakh authorities')
c('731','killed',19,None,'police officers and soldiers killed',KA,'19 of them police officers and soldiers')
c('731','detained',12000,'more than','people detained',MIA,'more than 12,000 people were detained')
c('731','troops_deployed',2030,None,'CSTO troops sent',CSTO,'the 2,030 troops that the CSTO sent')
e('731','2022-01-02','protest','Zhanaozen',[],'drivers in Zhanaozen blocked a road',note='"on the first Sunday of the year" = 2 Jan')
e('731','2022-01-05','protest','Almaty',[],"By Wednesday, the mayor's office in Almaty was burning")
e('731','2022-01-06','other',None,[],'When I called her on January 6',note='private phone call (author and his mother)')
e('731','2022-01-11','statement',None,[TOK],'on Tuesday the Kazakh president told parliament')
e('731','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Withdrawal began on Thursday')
e('731','2022-01-19','withdrawal',None,[CSTO],'the last units will be home by January 19',note='future end of the withdrawal')
e('731',None,'other',None,['Nursultan Nazarbayev'],'His nephew lost his job in the security service',note='dismissal, undated')

# ---------------- 732 Seeking Alpha call transcript (Jan. 12, 2022, Wednesday)
art('732',0,4,20,'Seeking Alpha','2022-01-12',[],None,
    ['Seeking Alpha','Transcripts | Basic Materials','Jan. 12, 2022 9:41 AM ET | Steppe Copper plc (SCPRF)','SA Transcripts','128.4K Followers','Q4: 2022-01-12 Earnings Summary',
     'Company Participants','Conference Call Participants','Copyright © 2022, Seeking Alpha. All rights reserved.'])
q('732',"an attempted coup d'état",TOK,'The President','said',partial=True,note='role only ("The President"); the CEO\'s own speech is unquoted')
q('732','a one-off shock',None,'one of your peers','said',partial=True,note='in an analyst\'s question; anonymous')
q('732','a stable operating environment','Steppe Copper plc','We','told',partial=True,note='the company\'s own earlier guidance; "We told the market in December that guidance assumed “…”"')
c('732','detained',10000,'almost','detentions',MIA,'nearly 10,000 detentions',note='"nearly" -> almost')
c('732','detained',2,None,'company contractors detained in Almaty',None,'Two of our contractors were detained',note='written-out number; like gold 001 "two of his deputies"')
e('732','2022-01-05','other',None,[],'when the internet was switched off on January 5',note='internet shutdown')
e('732','2022-01-10','statement',None,[TOK],'The President said on Monday')
e('732','2022-01-11','state_of_emergency',None,[],'the state of emergency in our region was lifted yesterday',note='lifted, not declared')
e('732','2022-01-08','other','Almaty',[],'released on Saturday')
e('732','2022-01-12','other',None,['Steppe Copper plc'],'welcome to the Steppe Copper fourth quarter production update call',note='the call itself')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Kazakh president'],'Kazakhstan',['he','The President','the president','the Kazakh president'],['Mr Tokayev']),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['the Kremlin']),
 sp(RYAB,'person',['Ryabkov'],['Deputy Foreign Minister'],'Russia',[],['Mr. Ryabkov'],note='surname only in this set'),
 sp('Wendy Sherman','person',['Sherman'],['Deputy Secretary'],'United States',['she'],note='surname only; words invented'),
 sp(BLINKEN,'person',['Blinken'],['Secretary','the Secretary of State'],'United States',['he','the Secretary of State'],note='"Secretary Blinken" (726); role only in 730'),
 sp('European Commission','organisation',['Commission'],[],None,["The Commission's message"]),
 sp(PUTIN,'person',['Putin','Vladimir Putin'],['President'],'Russia',[],['President Putin']),
 sp('Josep Borrell','person',[],['The High Representative'],None,['The High Representative'],note='never named; the EU High Representative in January 2022; words invented'),
 sp('Renew Europe Group','organisation',['Renew Group'],[],None,['my group']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],["Armenia's prime minister"],'Armenia',['he']),
 sp('Annalena Baerbock','person',[],['the Federal Foreign Minister'],'Germany',['the Federal Foreign Minister'],note='never named; words invented'),
 sp('German Federal Government','organisation',['Federal Government'],[],'Germany',['The Federal Government']),
 sp('AfD','organisation',['AfD'],[],'Germany',['you'],note='parliamentary group, via the interjection'),
 sp('Steppe Copper plc','organisation',['Steppe Copper plc','Steppe Copper'],[],'Kazakhstan',['We'],note='invented company'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp('Thierry Marchal','person',['Thierry Marchal'],['Member of the Commission'],None,[],[],quoted=False,note='invented commissioner; speaks unquoted in the verbatim report'),
 sp('Mukhtar Tileuberdi','person',['Tileuberdi'],['Foreign Minister'],'Kazakhstan',[],[],quoted=False,note='mentioned in 725 and 726'),
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
