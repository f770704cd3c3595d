#!/usr/bin/env python3
"""Source of the devset188 annotation: the hand-chosen spans, values and dates for 1597-1604.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset188/annotation_source.py && python3 tests/devset188/verify.py
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
KHM='Kazakh Health Ministry'; RMOD='Russian Defence Ministry'; EMB='Embassy of the Republic of Kazakhstan'
RYA='Sergey Ryabkov'; SER='Andrei Serdyukov'; STO='Jens Stoltenberg'; SHE='Wendy Sherman'

# ---------------- 1597 Riverton Courier "Other Voices" editorial roundup (page: Tuesday 11 January 2022), 3 excerpts = 3 articles
P='1597'
art(P,0,ln(P,"Kazakhstan's crackdown should worry Washington"),ln(P,'When a government tells its soldiers'),'The Lakeshore Record','2022-01-08',[],None,
    ['The Riverton Courier','Home | News | Sports | Business | Opinion | Obituaries | e-Edition','Opinion > Other Voices',
     'OTHER VOICES: What editorial writers around the country are saying about Kazakhstan','Tuesday, January 11, 2022','Posted 4:00 a.m.',
     'Excerpts from recent editorials in U.S. newspapers. The views are those of the papers named, not of the Courier.',
     '— The Lakeshore Record, Bayport, Mich., Jan. 8'],
    ls=ln(P,"Kazakhstan's crackdown should worry Washington"),le=ln(P,'— The Lakeshore Record'))
art(P,1,ln(P,'A small war Moscow can afford'),ln(P,'The Collective Security Treaty Organization, a Moscow-led'),'The Gulf Coast Ledger','2022-01-09',[],None,
    ['— The Gulf Coast Ledger, Port Lavaca, Texas, Jan. 9'],ls=ln(P,'A small war Moscow can afford'),le=ln(P,'— The Gulf Coast Ledger'))
art(P,2,ln(P,'Geneva is a start, not a deal'),ln(P,'Deputy Secretary of State Wendy Sherman'),'The Plains Evening Journal','2022-01-10',[],None,
    ['— The Plains Evening Journal, Hollister, Kan., Jan. 10','Related','Editorial: Our county\'s exchange students deserve a word of support',
     'Letters: Readers weigh in on heating bills at home','Copyright 2022 The Riverton Courier. All rights reserved. | Privacy Policy | Terms of Use'],
    ls=ln(P,'Geneva is a start, not a deal'),le=ln(P,'— The Plains Evening Journal'))
q(P,'open fire without warning,',TOK,'President Kassym-Jomart Tokayev','announced',partial=True,note='the attribution is the NEXT sentence ("That is what President … announced"); the quote sits in a generic "When a government tells its soldiers to" clause')
q(P,"it's sometimes very difficult to get them to leave.",'Antony Blinken','Blinken','said',partial=True,note='interposed "Blinken said" before the quote; real words paraphrased')
q(P,'a frank and forthright discussion',SHE,'Sherman','called it',art=2,partial=True)
q(P,'simply non-starters.',SHE,'Sherman','said',art=2,partial=True,note='two-word evaluative phrase with a speech verb: kept')
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees',RYA,'Ryabkov','told reporters',art=2,partial=True)
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','Authorities have also said 26 "armed criminals" were killed',note='"armed criminals" is a scare-quoted label, not a quote')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'about 2,500 troops',art=1,note='"a few hundred soldiers" from the other members is vague: no claim')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine\'s border',None,'an estimated 100,000 Russian troops',art=2,note='"an estimated" normalised to about')
e(P,'2022-01-07','statement',None,[TOK],'announced in a televised address on Friday',note='Friday resolved from the excerpt\'s own date (Sat 8 Jan), not the page date')
e(P,None,'protest','Zhanaozen',[],'began over fuel prices in the oil town of Zhanaozen',note='no date given (real: 2 Jan)')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Saturday',note='Saturday = the excerpt\'s own date (Jan. 8)')
e(P,None,'statement',None,['Antony Blinken'],'Secretary of State Antony Blinken was right to raise questions',note='undated (real: 7 Jan)')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],"had never before answered a member's call for help, has now sent",art=1)
e(P,'2022-01-08','arrest',None,['Karim Masimov'],'was arrested on suspicion of treason on Saturday',art=1,note='Saturday before the excerpt\'s date Sun 9 Jan')
e(P,'2022-01-10','talks','Geneva',[SHE,RYA],'spent nearly eight hours together in Geneva on Monday',art=2,note='the excerpt is dated Mon 10 Jan, so "on Monday" is the same day')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],"Wednesday's NATO-Russia Council in Brussels",art=2)
e(P,'2022-01-13','talks','Vienna',['OSCE'],"Thursday's meeting of the OSCE in Vienna",art=2)

# ---------------- 1598 Millbrook Sentinel: syndicated column (reprint Wed 12 January 2022; filed Sun 9 January)
P='1598'
art(P,0,ln(P,'Carol Whitfield: The understudy who called for help'),ln(P,'Kassym-Jomart Tokayev spent two and a half years'),'The Millbrook Sentinel','2022-01-12',['Carol Whitfield'],None,
    ['The Millbrook Sentinel','NEWS   SPORTS   OPINION   LIFE   CLASSIFIEDS   E-EDITION','Subscribe | Log in','OPINION  |  COLUMNS','By Carol Whitfield','Meridian Writers Group',
     'Wednesday, January 12, 2022','Carol Whitfield writes about foreign affairs. Her email address is cwhitfield@meridianwriters.com.',
     '(c) 2022 Meridian Writers Group. Distributed by Meridian Syndicate.','MORE FROM OPINION','Editorial: Fix the Route 9 bridge before spring',
     'Letters: Thank you to the Millbrook volunteer fire company','The Millbrook Sentinel | 14 Mill Street, Millbrook, N.Y. | Contact us | Terms | Privacy'])
q(P,'terrorist gangs trained abroad.',TOK,'Tokayev','describing the rioters as',partial=True)
q(P,'strategic state and military facilities',SER,'General Andrei Serdyukov','said',partial=True)
q(P,'For two nights we sat on the floor, away from the windows,','Gulnara Seitova','she','said')
q(P,'On the third night it was quiet, and that frightened me more.','Gulnara Seitova','she','said',note='continuation after the interposed "she said"')
q(P,'The Russians came quickly. The question is what the bill will look like,','Aidos Zhunusov','Aidos Zhunusov','said',note='inverted "said NAME, a political analyst"')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'its force numbers 2,030 troops')
c(P,'other',250,None,'pieces of CSTO equipment in Kazakhstan',CSTO,'250 pieces of equipment',note='deployment size in equipment; borderline')
c(P,'killed',164,None,'people who died',KHM,'said on Saturday that 164 people had died',note='the text says officials later called the figure a mistake; kept as reported')
c(P,'killed',3,None,'children among the dead',KHM,'three children among them',note='written-out number')
c(P,'detained',5800,None,'people detained',MIA,'puts the number of detained at 5,800')
e(P,'2022-01-01','other','Kazakhstan',[],"the price of car fuel doubled on New Year's Day")
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On Wednesday night Tokayev asked the Collective Security Treaty Organization for help',note='weekdays resolved from the filing date in the editor\'s note (Sun 9 Jan), not the reprint date (Wed 12 Jan)')
e(P,None,'statement',None,['Nikol Pashinyan',CSTO],'announced the decision on Facebook',note='"Within hours" of Wednesday night (real: early 6 Jan)')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'By Thursday Russian transport planes were landing outside Almaty')
e(P,'2022-01-08','casualty_report',None,[KHM],"Kazakhstan's health ministry said on Saturday")
e(P,None,'arrest',None,['Karim Masimov'],'Karim Masimov, is now in a cell')

# ---------------- 1599 Daily Compass "Cartoon of the day" with cartoonist's note (Friday 14 January 2022)
P='1599'
art(P,0,ln(P,'Cartoon of the day: "House call"'),ln(P,'[Image: A cartoon.'),'The Daily Compass','2022-01-14',['Marek Oduya'],None,
    ['THE DAILY COMPASS','News | World | Business | Opinion | Cartoons | Puzzles','Opinion > Cartoons','By Marek Oduya','Friday, January 14, 2022',
     'Enlarge | Download | Share | Buy a print','Cartoonist\'s note','Marek Oduya has drawn for the Compass since 2009. His collection "Lines of Control" is published by Harbour Press.',
     'More cartoons','Cartoon: "Fuel for thought" (January 7)','Comments are closed for cartoons.','The Daily Compass | About us | Syndication | Contact | Privacy and cookies'])
q(P,"You called? We'll stay as long as you need us.",None,"The paratrooper's speech bubble",'reads',note='words of a caricature in a speech bubble (image description); no real speaker. A scorer may drop it')
q(P,'Funny, nobody ever calls us.',None,'a tiny figure peeping round the back of the yurt, labelled NATO','comes from',note='second speech bubble, after a colon; the figure is labelled NATO but these are the cartoonist\'s words')
q(P,'successfully completed',TOK,'Tokayev','told parliament',partial=True)
q(P,'fulfilled their tasks in full',SER,'Colonel General Andrei Serdyukov','said',partial=True)
q(P,'significant differences',STO,'Secretary General Jens Stoltenberg','said afterwards',partial=True,note='nearest preceding name is Grushko; two-word evaluative phrase kept')
c(P,'troops_deployed',2030,None,'CSTO troops flown to Kazakhstan',None,'had flown in 2,030 troops',note='"almost all of them Russian"')
e(P,None,'statement',None,[TOK,'Vladimir Putin'],'had spent the weekend thanking Vladimir Putin',note='"the weekend" before Mon 10 Jan = 8-9 Jan; no single date')
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday Tokayev told parliament')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO,SER],'On Thursday, at a send-off ceremony in Almaty')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko'],'spent Wednesday in Brussels')
e(P,'2022-01-12','statement',None,[STO],'said afterwards that the two sides',note='"afterwards" = after the Wednesday meeting')

# ---------------- 1600 Westminster Ledger "Right of reply" letter + author's response (Thursday 13 January 2022)
P='1600'
art(P,0,ln(P,'Right of reply: Kazakhstan did not invite an occupation'),ln(P,"Editor's note: On 10 January"),'The Westminster Ledger','2022-01-13',['Arman Dzhaksybekov','Harriet Vance'],None,
    ['The Westminster Ledger','UK | World | Business | Comment | Culture | Sport','Comment > Letters and replies','Thursday 13 January 2022, 17:30 GMT',
     'Yours faithfully,',"Chargé d'Affaires a.i.",'Embassy of the Republic of Kazakhstan, London','Related','How we handle requests for a right of reply',
     'Topics: Kazakhstan | Russia | Comment','(c) 2022 Westminster Ledger Ltd. Reuse this content | Terms | Privacy'],
    sections=(ln(P,'Harriet Vance replies:'),))
q(P,"traded his country's sovereignty for a few planeloads of paratroopers",'Harriet Vance','Harriet Vance','writes',partial=True,note='the letter quotes her 10 January article')
q(P,'has been successfully completed',TOK,'President Tokayev','told the Mazhilis',partial=True)
q(P,'2,030 servicemen from five countries','Arman Dzhaksybekov','Mr Dzhaksybekov','says',n=2,partial=True,note='the reply quotes the letter printed above it')
c(P,'killed',19,None,'law-enforcement personnel killed',MIA,'19 members of the law-enforcement agencies were killed')
c(P,'injured',1300,'more than','law-enforcement personnel injured',MIA,'more than 1,300 were injured')
c(P,'troops_deployed',2030,None,'CSTO servicemen in Kazakhstan',EMB,'The contingent of the Collective Security Treaty Organisation, 2,030 servicemen',note='stated in the embassy letter')
c(P,'detained',9900,None,'people detained',MIA,'9,900 people had been detained as of Tuesday')
c(P,'troops_deployed',2030,None,'CSTO servicemen in Kazakhstan','Arman Dzhaksybekov','made up of "2,030 servicemen',note='the same figure inside the reply\'s partial quote')
c(P,'aircraft',70,'more than','Russian aircraft used to fly in the contingent',RMOD,'more than 70 Russian aircraft were needed')
c(P,'detained',10000,'almost','people detained in a week',EMB,'almost 10,000 people in a week',note='Vance rounds the embassy\'s 9,900')
e(P,'2022-01-10','other',None,['Harriet Vance','The Westminster Ledger'],'On 10 January the Ledger published',note='publication of the op-ed being answered')
e(P,None,'protest','Almaty',[],"set fire to the mayor's office in Almaty",note='undated (real: 5 Jan)')
e(P,None,'statement',None,[TOK,CSTO],'the President made a lawful request under Article 4',note='undated (real: 5 Jan)')
e(P,'2022-01-11','statement',None,[TOK],'told the Mazhilis on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal began this morning')
e(P,'2022-01-11','casualty_report',None,[MIA],'had been detained as of Tuesday')

# ---------------- 1601 MFA website: minister's article republished from a foreign journal (12 January 2022 16:45)
P='1601'
art(P,0,ln(P,'Article by Deputy Prime Minister'),ln(P,'In the first week of 2022 my country'),'Ministry of Foreign Affairs of the Republic of Kazakhstan','2022-01-12',['Mukhtar Tileuberdi'],None,
    ['Ministry of Foreign Affairs of the Republic of Kazakhstan','Қаз | Рус | Eng','Main / Press service / Articles and interviews','12 January 2022 16:45',
     'Share: Facebook | Twitter | Telegram | Print version','The original article is available on the website of the Brussels Diplomatic Review.',
     'Last updated: 12 January 2022 16:45','Was this page useful?   Yes   No','© 2022 Ministry of Foreign Affairs of the Republic of Kazakhstan. All rights reserved.'])
q(P,'for a limited period of time',TOK,'the Head of State','said',partial=True)
q(P,'has been successfully completed',TOK,'the President','announced',partial=True)
q(P,'we will not allow anyone to divide us',TOK,'the President','said',partial=True,note='lower-case clause after "As the President said in parliament,"')
c(P,'other',20000,'about','attackers in Almaty',TOK,'some 20,000 bandits took part in the attack on Almaty',note='"some" normalised to about; number of attackers')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers in Kazakhstan',None,'The peacekeeping contingent of 2,030 servicemen')
c(P,'damage_usd',2000000000,'about','damage to the economy',None,'put the damage to the economy at around $2-3 billion',vmax=3000000000,note='range: value = lower bound; "Preliminary estimates", no named source')
e(P,'2022-01-02','protest','Zhanaozen',[],'On 2 January residents of Zhanaozen')
e(P,None,'government_resignation',None,['Kazakh Government'],'the Cabinet resigned',note='"Within days" (real: 5 Jan)')
e(P,'2022-01-04','protest','Almaty',[],'From 4 January well-organised groups')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On 5 January the President asked our partners')
e(P,'2022-01-05','talks',None,[CSTO],'The decision was taken the same night')
e(P,'2022-01-07','statement',None,[TOK],'In his address to the nation on 7 January')
e(P,'2022-01-11','statement',None,[TOK],'On 11 January, speaking to the Mazhilis')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The phased withdrawal begins on 13 January')

# ---------------- 1602 Ledgerline Opinion column (Bloomberg Opinion-style; January 13, 2022, Thu)
P='1602'
art(P,0,ln(P,"Putin's Kazakh Rescue Came With a Receipt"),ln(P,'Moscow showed it can move fast'),'Ledgerline','2022-01-13',['Martin Okonjo'],None,
    ['Ledgerline','Opinion | Politics & Policy','By Martin Okonjo','January 13, 2022, 6:30 AM GMT+1','Listen to this article','5:41',
     'This column does not necessarily reflect the opinion of the editorial board or Ledgerline LP and its owners.','To contact the author of this story:',
     'Martin Okonjo at mokonjo@ledgerline.net','To contact the editor responsible for this story:','Jonah Pratt at jpratt@ledgerline.net',
     'More From Other Writers at Ledgerline Opinion:','• The Fed Has a Labor-Market Problem It Can\'t Solve: Anne Feld',
     'Terms of Service   Privacy Policy   Cookie Policy   ©2022 Ledgerline LP All Rights Reserved'])
q(P,"an attempted coup d'état",TOK,'Tokayev','had called the unrest',partial=True)
q(P,'the most dangerous consequences for European security.','Alexander Grushko','Deputy Foreign Minister Alexander Grushko','warned',partial=True)
q(P,'There is a real risk for new armed conflict in Europe,',STO,'he','said',note='"he" = Jens Stoltenberg, named in the preceding sentence')
q(P,'core principles',STO,'he','adding',partial=True,note='two-word phrase attributed by "adding that"; borderline, kept')
q(P,'a dead end.',RYA,'Sergei Ryabkov','told reporters',partial=True,note='nearest name before the quote is Wendy Sherman (relative clause)')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',None,'the force had grown to 2,030 troops')
c(P,'aircraft',70,'more than','transport aircraft used to fly in the contingent',RMOD,'more than 70 transport aircraft')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine\'s border',None,'about 100,000 troops within reach')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Seven days ago Russia put paratroopers',note='"Seven days ago" from Thu 13 Jan')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'Yesterday it spent four hours')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked the Collective Security Treaty Organization for help on Jan. 5')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'the first columns began pulling out of Almaty this morning')
e(P,'2022-01-10','talks',None,[CSTO,TOK],'at a CSTO video summit on Monday')
e(P,'2022-01-12','statement',None,['Alexander Grushko'],'warned after the meeting')
e(P,'2022-01-10','talks','Geneva',[RYA,SHE],'who faced Wendy Sherman in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'at the OSCE in Vienna today')

# ---------------- 1603 Commerce Times letters page (January 12, 2022, Wed), 3 letters = 3 articles
P='1603'
art(P,0,ln(P,"Investors should read Tokayev's words carefully"),ln(P,'Your editorial "Kazakhstan'),'The Commerce Times','2022-01-12',['Anna Liebermann'],None,
    ['The Commerce Times','Home  World  Companies  Markets  Opinion  Work & Careers  Life & Arts','Opinion  Letters','Letters','January 12, 2022','From Dr Anna Liebermann, Frankfurt, Germany'],
    ls=ln(P,"Investors should read Tokayev's words carefully"),le=ln(P,'I hope your correspondents'))
art(P,1,ln(P,'A fair price for fuel, and for order'),ln(P,'As a Kazakh living in London'),'The Commerce Times','2022-01-12',['Kairat Omarov'],None,
    ['From Kairat Omarov, London, UK'],ls=ln(P,'A fair price for fuel, and for order'),le=ln(P,"I ask your readers not to see"))
art(P,2,ln(P,'The OSCE was built for weeks like this one'),ln(P,'As the organisation\'s Permanent Council'),'The Commerce Times','2022-01-12',['Peter Hallström'],None,
    ['From Peter Hallström, Former Head of Mission, OSCE Centre in Astana, Uppsala, Sweden',
     'Letters are edited for length and clarity. Email letters.editor@commercetimes.com. Please include your name and location.',
     'Copyright The Commerce Times Limited 2022. All rights reserved.'],ls=ln(P,'The OSCE was built for weeks like this one'),le=ln(P,'The 2,500 CSTO troops'))
q(P,'pay their dues to the people',TOK,'President Kassym-Jomart Tokayev','told parliament',partial=True)
q(P,'over a doubling of gas prices','The Commerce Times','Your report of January 6','said',art=1,partial=True,note='the newspaper\'s own earlier report as speaker')
q(P,'We were not afraid of the protesters. We were afraid when the shooting started and nobody told us who was shooting.',None,'My grandmother','told me on the phone',art=1,note='unnamed relative of the letter writer; cue before a colon')
q(P,'a platform for dialogue, not a courtroom',None,'officials','told us',art=2,partial=True,note='unnamed (Kazakh) officials')
q(P,'a dialogue on the security of the whole continent','Zbigniew Rau','its foreign minister Zbigniew Rau','called',art=2,partial=True)
c(P,'detained',8000,'more than','people detained',MIA,'More than 8,000 people have been detained',art=1)
c(P,'troops_deployed',2500,None,'CSTO troops in Kazakhstan',None,'The 2,500 CSTO troops',art=2)
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday President Kassym-Jomart Tokayev told parliament')
e(P,None,'protest','Zhanaozen',[],'the protests began in Zhanaozen',art=1)
e(P,'2022-01-09','other','Aktau',[],'told me on the phone on Sunday',art=1,note='private phone call; Sunday before Wed 12 Jan')
e(P,'2022-01-13','talks',None,['OSCE'],'Permanent Council prepares to meet on Thursday',art=2)
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'who arrived last week are leaving',art=2,note='"last week" = 3-9 Jan; no single day')

# ---------------- 1604 Capital Herald columnist's live reader chat, transcript (Tuesday, January 11, 2022)
P='1604'
art(P,0,ln(P,'Ask Dan Merritt: Kazakhstan'),ln(P,'Opinion columnist Dan Merritt answered'),'The Capital Herald','2022-01-11',['Dan Merritt'],None,
    ['The Capital Herald','Opinions | Columnists | Editorials | Letters | Live chats','LIVE CHAT TRANSCRIPT','[12:02 p.m.]','[12:38 p.m.]',
     'Read Dan Merritt\'s latest column: "The shoot-to-kill president"','Sign up for the Opinions newsletter',
     'The Capital Herald | Help | Contact the newsroom | Terms of Use | Privacy Policy'])
q(P,'successfully completed',TOK,'Tokayev','told his parliament',partial=True)
q(P,"an attempted coup d'etat",TOK,'Tokayev','called it',partial=True,note='quoted inside a READER\'S QUESTION (steppe_watcher), not by the columnist; "coup" later in the answer is a one-word scare quote (excluded)')
q(P,'firm in pushing back on security proposals that are simply non-starters.',SHE,'Wendy Sherman','said',partial=True)
q(P,'took the Russian proposals very seriously.',RYA,'Sergei Ryabkov','told reporters',partial=True,note='"sitting opposite her" (= Sherman) between name and cue')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c(P,'killed',164,None,'people dead',KHM,"The health ministry's figure of 164 dead",note='the text says the figure was withdrawn; kept as reported')
c(P,'troops_deployed',2000,'more than','CSTO troops landed in Kazakhstan',None,'just over two thousand troops',note='written-out "two thousand"; "just over" normalised to more than')
c(P,'troops_deployed',100000,'about','Russian troops near Ukraine',None,'roughly 100,000 more sitting near Ukraine')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev told his parliament this morning')
e(P,'2022-01-10','talks',None,[CSTO,TOK],"at yesterday's CSTO summit",note='"yesterday" in a reader\'s question, resolved from the chat date')
e(P,'2022-01-05','other',None,['Karim Masimov'],'who ran the KNB until last Wednesday',note='dismissal; "last Wednesday" from Tue 11 Jan')
e(P,None,'arrest',None,['Karim Masimov'],'the arrest of Karim Masimov')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said yesterday')
e(P,None,'talks','Geneva',[SHE,RYA],'Did the Geneva talks get anywhere?',note='no day word (real: 10 Jan)')
e(P,'2022-01-12','talks',None,['NATO','Russia'],"tomorrow's NATO-Russia Council")
e(P,'2022-01-11','other',None,['Dan Merritt','The Capital Herald'],'on Tuesday, January 11, 2022, at 12 p.m. Eastern',note='the live chat itself')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State'],'Kazakhstan',['the Head of State','the President'],["Tokayev's"],note='real; words partly invented/paraphrased'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',note='real; words paraphrased'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',note='real; words paraphrased'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],[],'Russia',note='real; spelt Sergei in this set; words paraphrased'),
 sp(SER,'person',['Andrei Serdyukov'],['General','Colonel General','the Russian commander','the commander'],'Russia',note='real; words invented'),
 sp('Gulnara Seitova','person',['Gulnara Seitova'],['a retired schoolteacher in Almaty'],'Kazakhstan',['she'],note='invented'),
 sp('Aidos Zhunusov','person',['Aidos Zhunusov'],['a political analyst in Almaty'],'Kazakhstan',note='invented'),
 sp(STO,'person',['Jens Stoltenberg'],['Secretary General',"the alliance's secretary general"],'Norway',['he'],note='real; words invented/paraphrased'),
 sp('Harriet Vance','person',['Harriet Vance'],['a senior fellow at the Centre for Eurasian Security Studies'],'United Kingdom',[],['Ms Vance'],note='invented'),
 sp('Arman Dzhaksybekov','person',['Arman Dzhaksybekov','Dzhaksybekov'],["Chargé d'Affaires a.i."],'Kazakhstan',[],['Mr Dzhaksybekov'],note='invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister',"Russia's deputy foreign minister"],'Russia',note='real; words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['foreign minister'],'Poland',note='real; words invented'),
 sp('The Commerce Times','organisation',['The Commerce Times'],[],'United Kingdom',['Your report of January 6'],note='invented newspaper, quoted by a letter writer'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(KHM,'organisation',['health ministry'],[],'Kazakhstan',quoted=False,note='source of the withdrawn 164 figure; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp(RMOD,'organisation',['Russian Defence Ministry','Russian Defense Ministry'],[],'Russia',quoted=False,note='source of the aircraft figure; not quoted'),
 sp(EMB,'organisation',['Embassy of the Republic of Kazakhstan'],[],'Kazakhstan',['the embassy'],quoted=False,note='author institution of the 1600 letter; source of figures'),
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
