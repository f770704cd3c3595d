#!/usr/bin/env python3
"""Source of the devset166 annotation: the hand-chosen spans, values and dates for 1421-1428.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset166/annotation_source.py && python3 tests/devset166/verify.py
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
    secs=[]
    for h in sections:
        h,fl=(h if isinstance(h,tuple) else (h,h+1 if L[h] else h+2))
        secs.append({"heading":L[h-1],"line":h,"first_line":cut80(L[fl-1])})
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'

# ---------------- 1421 The Meridian letters page, four letters under three topic heads (Jan 13th 2022, Thursday)
P='1421'
art(P,0,ln(P,'Letters to the editor: on Kazakhstan'),ln(P,'SIR – Your report on the unrest'),'The Meridian','2022-01-13',
    ['Gulnara Sadykova','Peter Llewellyn','Henrik Solberg','Marta Kowalczyk'],None,
    ['THE MERIDIAN','Weekly review of world affairs','World | Business | Culture | Letters | Subscribe','Letters','Jan 13th 2022',
     'Letters are welcome via e-mail to letters@meridianweekly.com',
     'This article appeared in the Letters section of the print edition under the headline "On Kazakhstan, Russia\'s demands and the OSCE"',
     'Reuse this content | The Trust Project','Copyright © The Meridian Newspaper Limited 2022. All rights reserved.'],
    sections=(ln(P,'On Kazakhstan\n'),ln(P,"On Russia's demands"),ln(P,'On the OSCE\n')))
q(P,'open fire without warning',TOK,'a head of state','tells',partial=True,note='generic "When a head of state tells the nation that he has authorised troops to"; the letter is about Tokayev, named earlier in the paragraph')
q(P,'the city smells of smoke and nobody says anything on the telephone.',None,'a schoolteacher','wrote to me',note='the letter writer\'s unnamed friend; "One of them, a schoolteacher, wrote to me on Sunday that"')
q(P,'no reason to be optimistic','Sergey Ryabkov','Sergey Ryabkov','said',partial=True)
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'The alliance says it sent about 2,500 troops')
c(P,'killed',164,None,'people who died in the unrest',MIA,'The Interior Ministry now says 164 people died')
e(P,None,'statement',None,[TOK,CSTO],'handed it over in a single night',note='the request to the CSTO; no date (real: night of 5 January)')
e(P,'2022-01-09','other','Almaty',[],'wrote to me on Sunday',note='a friend\'s message; Sunday before the Thursday 13 Jan issue')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','United States'],"said after Monday's session",note='the Geneva talks named in the same letter')

# ---------------- 1422 Post-Advertiser "Ask Nadia" reader question column (Saturday 8 January 2022)
P='1422'
art(P,0,ln(P,'ASK NADIA: "My February'),ln(P,'Q. My wife and I booked'),'The Post-Advertiser','2022-01-08',['Nadia Farrell'],None,
    ['THE POST-ADVERTISER','Travel | Destinations | Deals | Ask Nadia | Cruises','Travel > Ask Nadia',
     'Our travel troubleshooter answers your questions every week. Write to asknadia@postadvertiser.co.uk',
     'By Nadia Farrell, Consumer Travel Editor','Saturday 8 January 2022, 7:00 am',
     'Got a travel problem? Email Nadia. She regrets she cannot answer every letter personally.','MORE FROM ASK NADIA',
     '© Post-Advertiser Media Ltd 2022 | Terms | Privacy | Contact us'])
q(P,'My February trip to Almaty is booked. Should I still go?',None,None,None,zone='headline',note='the readers\' question recast as a headline; the writers are the couple Geoff and Linda Barrow (signed below the question), so no single speaker')
q(P,'All customers travelling before 31 January will be offered a full refund or a new date at no cost,',None,'a spokesman','told me',note='unnamed spokesman of the tour operator Silk Road Escapes; quote split by the interposed cue')
q(P,'and we will review February departures next week.',None,'a spokesman','told me',note='second half of the split quote')
q(P,'suspended until further notice','Air Astana','Air Astana','said',partial=True)
q(P,'as soon as the airport is handed back to civil control','Air Astana','Air Astana','said',partial=True,note='"but that it expected to restore them"')
q(P,'The mountains are quiet and the snow is very good. But nobody knows what the city will look like in a month.','Ravil Ismailov','Ravil Ismailov','e-mailed me',note='"A word of caution from NAME, who … e-mailed me this week:" cue before a colon; "in a month" not a claim')
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained')
e(P,'2022-01-02','protest','western Kazakhstan',[],'began over fuel prices in the west of the country on 2 January')
e(P,'2022-01-05','protest','Almaty',[],'reached Almaty on Wednesday')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'Russian-led troops from the CSTO alliance arrived on Thursday')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said yesterday',note='"yesterday" from Saturday 8 Jan')

# ---------------- 1423 Forum "Head to Head" debate, two authors (Sunday 9 January 2022)
P='1423'
art(P,0,ln(P,"Should the West bargain with Moscow over NATO's future?"),ln(P,'As Russian and American negotiators prepare'),'Forum','2022-01-09',
    ['Helen Marr','Tomasz Wierzbicki'],None,
    ['FORUM','Opinion, argument, ideas','Home > Opinion > Head to Head','HEAD TO HEAD','Published Sunday 9 January 2022','By Helen Marr','By Tomasz Wierzbicki',
     'Helen Marr is a former British diplomat who served in Moscow and Kyiv.','Tomasz Wierzbicki is a columnist and former adviser to the Polish defence ministry.',
     'What do you think? Join the debate in the comments below.','Comments (214)','Related','FORUM | About | Contact | Write for us | (c) 2022 Forum Media Group'],
    sections=((ln(P,'YES: A bad deal'),ln(P,"The Kremlin's draft treaties")),(ln(P,'NO: Talks on these terms'),ln(P,'Helen Marr is right that'))))
q(P,'in an atmosphere of escalation','Antony Blinken','Secretary of State Antony Blinken','warning',partial=True,note='cue "while warning that it was hard to see it"; the one-word "reciprocal" in the same sentence is excluded')
q(P,'no concessions under pressure','Sergey Ryabkov',"Russia's deputy foreign minister, Sergey Ryabkov",'told reporters',partial=True,note='title before the name, separated by a comma')
q(P,'legally binding guarantees','Sergey Ryabkov',"Russia's deputy foreign minister, Sergey Ryabkov",'told reporters',partial=True,note='second partial of the same sentence ("and expected")')
q(P,'20,000 bandits',TOK,'President Tokayev','said',partial=True,note='number inside a two-word partial; also a claim')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine\'s border',None,'Russia has massed around 100,000 troops')
c(P,'other',20000,None,'"bandits" who attacked Kazakhstan, per Tokayev',TOK,'"20,000 bandits"',note='figure inside a partial quote; the author calls it a story Moscow accepted')
e(P,'2021-12-17','statement',None,['Russia'],"The Kremlin's draft treaties, published on 17 December",note='December before the January talks -> 2021')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken said on Friday')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'called in the CSTO on Wednesday night')
e(P,None,'talks',None,['Russia','United States','NATO','OSCE'],'prepare for a week of talks in Geneva, Brussels and Vienna',note='future talks; no day (real: 10, 12, 13 Jan)')
e(P,None,'statement',None,['Sergey Ryabkov'],'told reporters this week',note='"this week" has no day')

# ---------------- 1424 Steppe Talk podcast show notes (Jan 11, 2022, Tuesday)
P='1424'
art(P,0,ln(P,'Episode 112: Who invited the CSTO?'),ln(P,'In this special episode'),'Steppe Talk','2022-01-11',[],None,
    ['Steppe Talk','A podcast about Central Asia, from people who live there','Episodes | About | Support us on Patreon | Newsletter',
     'Jan 11, 2022 · Season 3 · 46:12','Play episode | Download | Share | Subscribe: Apple Podcasts · Spotify · Google Podcasts · RSS',
     'Chapters','(00:00) Intro and a note on the recording quality','Mentioned in this episode',
     'This episode is sponsored by Lingvo, the language app. Use code STEPPE for 20% off your first year.',
     'Transcript: an auto-generated transcript is available to Patreon supporters at the $5 tier.',
     'Steppe Talk is independent and listener-funded. 1,284 patrons support this show.','Leave a rating | Contact the show | Privacy policy'])
q(P,'The night the city hall burned','Saule Zhaksybekova',"Saule's account",None,partial=True,note='chapter title quoting the guest; timestamps are not numbers of interest')
q(P,"People are afraid to say anything, but they are also angry that the first official explanation was 'terrorists trained abroad'.",'Saule Zhaksybekova','Saule',None,note='"Saule on the mood in Almaty:" highlight line, no speech verb; nested single-quoted label is not a record')
q(P,'This is the first time the CSTO has done what its charter says it can do, and it did it in under 48 hours.','Mark Penrose','Mark',None,note='"Mark on the deployment:" highlight line, first name only')
q(P,'Getting in was easy. Getting out on time is what tells you who is in charge.','Mark Penrose','Mark','argues',note='present-tense cue "argues"')
c(P,'troops_deployed',2030,'about','CSTO troops in Kazakhstan','Andrei Serdyukov','the force of about 2,030 troops',note='"General Andrei Serdyukov, has said the force of …"')
e(P,'2022-01-02','protest','Zhanaozen',[],'started in Zhanaozen on 2 January')
e(P,'2022-01-09','other',None,['Saule Zhaksybekova'],'recorded by phone on Sunday',note='interview recording; Sunday before Tuesday 11 Jan')
e(P,'2022-01-10','statement',None,[TOK],'Tokayev said on Monday')
e(P,'2022-01-06','statement',None,[CSTO],"The CSTO's statement on the deployment (6 January)")
e(P,None,'withdrawal','Kazakhstan',[CSTO,'Andrei Serdyukov'],'will begin to withdraw within days',note='announced future withdrawal; no day')

# ---------------- 1425 Harbor Gazette editorial board piece (January 14, 2022, Friday)
P='1425'
art(P,0,ln(P,'Editorial: Kazakhstan is a warning'),ln(P,'On Thursday, the first Russian-led troops'),'The Harbor Gazette','2022-01-14',[],None,
    ['The Harbor Gazette','Serving the Bay Area since 1884','NEWS | SPORTS | BUSINESS | OPINION | OBITUARIES | E-EDITION','OPINION | EDITORIAL',
     'By The Gazette Editorial Board','PUBLISHED: January 14, 2022 at 5:00 a.m. | UPDATED: January 14, 2022 at 9:12 a.m.',
     'Editorials are the opinion of The Harbor Gazette Editorial Board, which operates independently of the newsroom. Members: Joan Whitaker (publisher), Luis Carrera (editorial page editor), Ellen Park, Samuel Adeyemi.',
     'Have something to say? Send a letter to the editor: letters@harborgazette.com. Letters should be no more than 200 words.',
     'Most Popular','Copyright 2022 The Harbor Gazette | Privacy Policy | Terms of Use'])
q(P,'to fire without warning.',TOK,'The president','said',partial=True,note='closing period inside the marks; "terrorists" in the same sentence is a one-word label, excluded')
q(P,"is not Russia's to close.",'Wendy Sherman','Deputy Secretary of State Wendy Sherman','replied',partial=True)
c(P,'troops_deployed',2030,'about','CSTO soldiers flown into Kazakhstan',None,'had flown in about 2,030 soldiers')
c(P,'detained',10000,'more than','people detained','Kazakh authorities','more than 10,000 people were detained')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border',None,'about 100,000 troops near the border')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'On Thursday, the first Russian-led troops began leaving Kazakhstan')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'about 2,030 soldiers a week earlier',note='"a week earlier" than Thursday 13 Jan')
e(P,'2022-01-12','talks',None,['NATO','Russia','Alexander Grushko','Wendy Sherman'],'after four hours at the NATO-Russia Council',note='"On Wednesday" opens the sentence')
e(P,None,'statement',None,['Russian Defence Ministry'],"Russia's defense ministry says the withdrawal will be finished within ten days")

# ---------------- 1426 The Daily Yurt, satire labelled as satire (January 12, 2022)
P='1426'
art(P,0,ln(P,'CSTO peacekeepers finish mission'),ln(P,'ALMATY – The Collective Security'),'The Daily Yurt','2022-01-12',['Bolat Kulibayev'],'ALMATY',
    ['THE DAILY YURT',"Central Asia's least reliable news source",'SATIRE | Politics | Business | Lifestyle | Horoscopes','SATIRE',
     'By Bolat Kulibayev, Senior Alliance Correspondent','January 12, 2022',
     'This article is satire. The Daily Yurt is a humour website; all quotes and figures in this article are invented.',
     'Related (real news)','MORE SATIRE','© The Daily Yurt 2022. Nothing here is true, probably.'],le=ln(P,'In Geneva, meanwhile'))
SAT='satire: invented wording, labelled as such on the page'
q(P,'a total success from start to finish, except for the start',CSTO,'The Collective Security Treaty Organisation','announced',partial=True,note=SAT)
q(P,'We arrived, we guarded an airport, and we took many photographs of ourselves guarding an airport,','Ivan Bespalov','Colonel Ivan Bespalov','said',note=SAT+'; inverted cue "said Colonel NAME"')
q(P,'If the customer is not satisfied, the customer can always ask us to stay.','Ivan Bespalov','Colonel Ivan Bespalov','said',note=SAT+'; continuation in the same paragraph')
q(P,'absolutely, definitely',None,'Officials in Nur-Sultan','said',partial=True,note=SAT+'; collective unnamed officials')
q(P,'an unknown quantity',None,'a source in the alliance','According to',partial=True,note=SAT)
q(P,'It was nice of them to guard the airport after everyone had finished looting it,','Erlan','Erlan','said',note=SAT+'; first name and age ("Erlan, 34, a taxi driver")')
q(P,'Four stars. They were very polite, and they left.','Erlan','Erlan','said',note=SAT+'; continuation')
q(P,'completely different from the same people',TOK,'Tokayev','promises',partial=True,zone='related',art=None,note=SAT+'; a "MORE SATIRE" teaser')

# ---------------- 1427 Eastern Flank newsletter op-ed with footnotes (Jan 10, 2022, Monday)
P='1427'
art(P,0,ln(P,'The alliance that finally showed up'),ln(P,"What the CSTO's first real mission"),'Eastern Flank','2022-01-10',['Marek Dolny'],None,
    ['Eastern Flank','Notes on security from Warsaw to Almaty, by Marek Dolny','Subscribe | Archive | About','Marek Dolny','Jan 10, 2022',
     'Notes','Thanks for reading Eastern Flank! Subscribe for free to receive new posts.','Like | Comment | Share','© 2022 Marek Dolny · Privacy · Terms · Collection notice'],
    le=ln(P,'⁴ Remarks to RIA Novosti'))
q(P,'terrorist gangs',TOK,'he','said',partial=True,note='"In a televised address on Friday he said that"; he = Tokayev; evaluative two-word partial kept')
q(P,'without warning',TOK,'he','said',partial=True,note='closing mark followed by "." and the footnote marker ³')
q(P,'not optimistic','Sergey Ryabkov','Ryabkov','saying',partial=True,note='footnote marker ⁴ after the closing mark and comma; footnote 4 gives the source')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan, most of them Russian','Russian Defence Ministry','the force stood at 2,030 troops',note='source given only in footnote 2')
c(P,'detained',7939,None,'people detained',MIA,'The Interior Ministry says 7,939 people have been detained')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO,TOK],'Last Thursday that changed',note='"Last Thursday" from Monday 10 Jan')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Today, in Geneva, Sergey Ryabkov and Wendy Sherman sit down')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],"Wednesday's NATO-Russia Council in Brussels")
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],"Thursday's OSCE meeting in Vienna")
e(P,'2022-01-09','statement',None,['Sergey Ryabkov','RIA Novosti'],'Remarks to RIA Novosti on 9 January',note='in footnote 4')

# ---------------- 1428 Baltic-Caspian Institute commentary with a pull quote (13 January 2022, Thursday)
P='1428'
art(P,0,ln(P,'Geneva and Almaty: two tests for one Russian strategy\n'),ln(P,'This week Moscow ran two experiments'),'Baltic-Caspian Institute','2022-01-13',['Katarzyna Lind'],None,
    ['BALTIC-CASPIAN INSTITUTE','Independent research on security and governance','Research | Commentary | Events | Experts | About | Donate','Commentary',
     'Dr Katarzyna Lind, Senior Fellow, Security Programme','13 January 2022','Key points',
     'The views expressed in this commentary are those of the author and do not necessarily reflect the position of the Baltic-Caspian Institute.',
     'About the author','Related commentary','Baltic-Caspian Institute is a registered charity. © 2022 All rights reserved.'])
q(P,'not allow colour revolutions','Sergey Lavrov','Sergey Lavrov','said',partial=True,note='kept: longer than the established label "colour revolutions" alone')
q(P,'has been fully accomplished','Andrei Serdyukov','General Andrei Serdyukov','said',partial=True,note='"General NAME, the commander of the CSTO contingent, said"')
q(P,'The Kremlin does not need to win in Geneva if it can show in Almaty that it is the only power that turns up.','Katarzyna Lind','Dr Katarzyna Lind',None,note='pull quote of the author\'s own sentence, which appears UNQUOTED in the body; signed "- Dr Katarzyna Lind"')
q(P,'significant differences','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',partial=True)
q(P,'not be easy to bridge','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',partial=True)
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,500 troops')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked for help on 5 January')
e(P,'2022-01-07','statement',None,['Sergey Lavrov'],'When Sergey Lavrov said on 7 January')
e(P,'2022-01-13','other','Almaty',['Andrei Serdyukov',CSTO],'said at a ceremony in Almaty')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal began the same day')
e(P,'2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'did not get what it came for on Monday')
e(P,'2022-01-12','talks',None,['NATO','Russia','Jens Stoltenberg'],'At the NATO-Russia Council on Wednesday')
e(P,'2022-01-13','talks',None,['OSCE','Zbigniew Rau'],'At the OSCE today',note='Vienna is named earlier for the week of talks, not in this sentence')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','The president'],'Kazakhstan',['a head of state','he'],["Tokayev's"],note='words paraphrased; 1426 teaser words are satire'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],["Russia's deputy foreign minister",'Deputy Foreign Minister'],'Russia',[],["Russia's deputy foreign minister, Sergey Ryabkov"],note='words invented/paraphrased'),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States',[],['Secretary of State Antony Blinken'],note='words paraphrased'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',note='words invented'),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],[],'Russia',note='words paraphrased'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['General','the commander of the CSTO contingent'],'Russia',note='words paraphrased'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],None,note='words paraphrased'),
 sp('Air Astana','organisation',['Air Astana'],[],'Kazakhstan',['it'],note='airline; wording invented'),
 sp('Ravil Ismailov','person',['Ravil Ismailov'],['runs a guesthouse near Shymbulak'],'Kazakhstan',note='invented'),
 sp('Saule Zhaksybekova','person',['Saule Zhaksybekova','Saule'],['a sociologist at an Almaty university'],'Kazakhstan',[],["Saule's"],note='invented podcast guest'),
 sp('Mark Penrose','person',['Mark Penrose','Mark'],['former defence attaché'],'United Kingdom',[],["Mark's"],note='invented podcast guest'),
 sp('Katarzyna Lind','person',['Katarzyna Lind'],['Senior Fellow, Security Programme'],None,[],['Dr Katarzyna Lind'],note='invented; author of 1428, speaker of its pull quote'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance','The alliance'],note='quoted only in the satire 1426; source of troop figures'),
 sp('Ivan Bespalov','person',['Ivan Bespalov'],['Colonel','a spokesman'],None,note='invented satire character'),
 sp('Erlan','person',['Erlan'],['a taxi driver'],'Kazakhstan',note='invented satire character, first name only'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',quoted=False,note='his only quote ("the open door") is an excluded label'),
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
