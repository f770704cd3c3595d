#!/usr/bin/env python3
"""Source of the devset27 annotation: the hand-chosen spans, values and dates for 309-316.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset27/annotation_source.py && python3 tests/devset27/verify.py
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
KZMOH='Kazakh Ministry of Health'; KA='Kazakh authorities'

# ---------------- 309 Bloomberg terminal: headline stream + BFW story (2022-01-07, a Friday)
art('309',0,ln('309','Kazakhstan Says 26 Rioters Killed as Tokayev Orders Troops to Fire (2)\n2022'),ln('309','(Bloomberg) -- '),'Bloomberg','2022-01-07',['Daniyar Seitkali','Lucy Harwood'],None,
    ['NI KAZAKH                                                        Page 1/3','-'*74,
     'BFW    1/07 09:41 KAZAKHSTAN SAYS 26 RIOTERS KILLED AS TOKAYEV ORDERS TROOPS TO FIRE (2)','2022-01-07 09:41:22.518 GMT',
     'By Daniyar Seitkali and Lucy Harwood','--With assistance from Mikhail Orlov.','To contact the reporters on this story:',
     'To contact the editors responsible for this story:','©2022 Bloomberg L.P. All rights reserved. Used with permission.'])
q('309','strategic facilities',CSTO,'Russian-led alliance','says',partial=True,note='summary bullet under the lead ("Russian-led alliance says its forces will guard “…”"); the scare label "armed criminals" in the bullet above is excluded')
q('309','will be eliminated.',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='full stop inside the closing mark; the one-word "terrorists" earlier in the sentence is excluded')
q('309','The order to open fire without warning is a signal that the authorities no longer care how this looks from abroad,','Olivia Brandt','Olivia Brandt','said',note='inverted cue: "…," said Olivia Brandt, a Central Asia analyst …; invented analyst')
q('309','It also tells you that they are not sure of the army.','Olivia Brandt','Olivia Brandt','said',note='second quote after the inverted attribution, same paragraph')
q('309','attempts to destabilize the situation from outside,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True,note='comma inside the closing mark')
c('309','killed',26,None,'armed rioters killed',MIA,'26 ARMED RIOTERS KILLED',zone='headline',note='upper-case flash headline ("*" line with a time stamp) in the terminal stream before the story')
c('309','killed',18,None,'security officers dead',KA,'18 SECURITY OFFICERS DEAD',zone='headline',note='flash headline; "KAZAKHSTAN SAYS"')
c('309','injured',748,None,'security officers injured',KA,'748 INJURED',zone='headline',note='flash headline')
c('309','detained',3000,'more than','people detained since the unrest began',KA,'MORE THAN 3,000 DETAINED',zone='headline',note='flash headline')
c('309','other',20000,None,'"bandits" who attacked Almaty',TOK,"20,000 'BANDITS' ATTACKED ALMATY",zone='headline',note="flash headline; the single-quoted 'BANDITS' is not a quote")
c('309','killed',26,None,'rioters killed',MIA,'Says 26 Rioters Killed',zone='headline',note='story headline (the upper-case copy in the BFW list line is furniture)')
c('309','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='summary bullet')
c('309','killed',18,None,'officers dead',MIA,'18 officers dead',note='summary bullet')
c('309','other',20000,None,'bandits who attacked Almaty',TOK,'He said 20,000 bandits had attacked the city')
c('309','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c('309','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('309','injured',748,None,'members of the security forces injured',MIA,'748 were injured')
c('309','troops_deployed',2500,'about','CSTO troops taking part',CSTO,'about 2,500 troops would take part')
e('309','2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e('309',None,'casualty_report',None,[MIA],'the Interior Ministry said in a statement',note='no day word (news of the day, 7 Jan)')
e('309','2022-01-06','other',None,['National Bank of Kazakhstan'],'after it suspended sessions the day before',note='KASE trading suspended; "the day before" = the day before Friday')
e('309','2022-01-06','statement',None,[CSTO],'said in a statement late Thursday')
e('309',None,'troop_deployment','Kazakhstan',[RDM],'Russian paratroopers were flown in on dozens of transport planes',note='undated')
e('309',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters',note='undated')
e('309','2022-01-05','statement',None,['Kazatomprom'],'the company said on Wednesday',note='Wednesday before Friday 7 Jan')

# ---------------- 310 Washington Post foreign desk piece (January 11, 2022, a Tuesday)
art('310',0,7,8,'The Washington Post','2022-01-11',['Anna Ferris-Kovac','Ruslan Temirkhanov'],'MOSCOW',
    ['The Washington Post','Democracy Dies in Darkness','World','Europe   Asia   Middle East   Africa   Americas','By Anna Ferris-Kovac and Ruslan Temirkhanov',
     'January 11, 2022 at 1:52 p.m. EST','Gift Article   Share   Comment 214',
     'Russian paratroopers guard an airfield outside Almaty on Jan. 8. (Russian Defense Ministry Press Service/AP)','Tess Varga in Riga contributed to this report.','Comments'])
q('310','core task',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('310','fulfilled in full.',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='full stop inside the closing mark')
q('310','a class of people who became rich even by world standards,',TOK,'he','said',partial=True,note='interposed "he said" before the quote; he = the president (Tokayev), the nearest name is Nazarbayev (trap)')
q('310','Tokayev needed the Russians for about 72 hours, and he has now decided that every extra day costs him more than it gives him,','Erlan Bekov','Erlan Bekov','said',note='inverted cue; a name (Tokayev) and a duration inside the quote; invented analyst')
q('310','The question is what Moscow asks for later.','Erlan Bekov','Erlan Bekov','said',note='second quote after the inverted attribution, same paragraph')
q('310','destructive forces','Vladimir Putin','Putin','said',partial=True,note='"said … what he called an attempt by “…”"')
q('310','Nobody will be allowed to shake our countries from inside,','Vladimir Putin','the Russian leader','said',note='words invented')
q('310','very carefully','Ned Price','State Department spokesman Ned Price','said',partial=True)
q('310','as soon as their task is done, not one day later.','Dmitry Peskov','Dmitry Peskov','told',partial=True,note='"Dmitry Peskov, Putin\'s spokesman, told reporters that … “…”"; Putin is the nearest name (trap)')
c('310','detained',9900,None,'people detained across the country',KA,'9,900 people had been detained across the country')
c('310','killed',164,None,'dead (figure retracted)','state media','a figure of 164 dead',note='"reported by state media on Sunday, was retracted hours later"')
c('310','troops_deployed',2030,'about','CSTO troops deployed',CSTO,'About 2,030 troops')
c('310','other',250,None,'pieces of military equipment deployed',CSTO,'250 pieces of military equipment')
e('310','2022-01-11','statement',None,[TOK],'told lawmakers Tuesday')
e('310','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named Alikhan Smailov',note='no day word in the sentence; part of Tuesday\'s address ("lawmakers confirmed him within the hour")')
e('310','2022-01-05','government_resignation',None,[TOK],'The previous cabinet was dismissed on Jan. 5')
e('310','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to pull out in two days',note='"in two days" from Tuesday 11 Jan (future)')
e('310','2022-01-11','casualty_report',None,[KA],'Kazakh authorities said Tuesday')
e('310','2022-01-09','casualty_report',None,[],'reported by state media on Sunday')
e('310','2022-01-10','talks',None,['Vladimir Putin',CSTO],'speaking at a video summit of the alliance on Monday',note='CSTO video summit')
e('310','2022-01-10','statement',None,['Ned Price'],'Ned Price said Monday')
e('310',None,'statement',None,['United States'],'American officials had warned last week',note='"last week" is not a day')
e('310',None,'statement',None,['Dmitry Peskov'],"Putin's spokesman, told reporters",note='undated')

# ---------------- 311 tagesschau.de piece in machine translation from German (Status: 09.01.2022, a Sunday)
art('311',0,10,12,'tagesschau.de','2022-01-09',['Sabine Kröger'],None,
    ['tagesschau.de','Home   Inland   Ausland   Wirtschaft   Investigativ   Faktenfinder   Wetter','Ausland > Asien > Kasachstan',
     '[Machine translation from German – original: "Kasachstan: Mehr als 5000 Festnahmen nach Unruhen"]','Status: 09.01.2022 16:12','Unrest in Kazakhstan',
     'By Sabine Kröger, ARD-Studio Moscow','More on this topic','Kazakhstan: Tokayev orders shooting without warning','Analysis: Why Moscow sends troops to Kazakhstan',
     'Gas price protests: What is behind the unrest?','This topic in the program: Das Erste tagesschau 09.01.2022 20:00 Uhr'],
    sections=(ln('311','Former head of secret service arrested'),))
q('311','a considerable number of foreign citizens',MIA,'Interior Ministry','According to',partial=True,note='straight double quotes, comma and full stop outside')
q('311','technical error',KZMOH,'the Ministry of Health','spoke of',partial=True,note='German low-high marks „…“ (U+201E … U+201C)')
q('311','Anyone who does not lay down his weapons will be eliminated.',TOK,'he','said',note='„…“ marks; cue before the quote with a colon ("In his speech he said: „…“"); words invented; the single-quoted ‚Terroristen‘ (U+201A … U+2018) before it is excluded')
q('311','How can one negotiate with people who kill?',TOK,'the head of state','asked',note='„…“, then ", asked the head of state" (inverted)')
q('311','What we are seeing is not only a revolt from below, but also a fight at the top','Pavel Lomakin','the political scientist Pavel Lomakin','says',note='„…“ with the comma outside; present-tense "says"; invented')
q('311','great concern','Steffen Hebestreit','Government spokesman Steffen Hebestreit','said',partial=True,note='„…“ partial; words paraphrased')
c('311','detained',5000,'more than','arrests',None,'More than 5000 arrests',zone='headline',note='German-style number with no thousands separator')
c('311','detained',5800,'almost','arrests',KA,'almost 5800 arrests',note='standfirst; "the authorities report"')
c('311','killed',164,None,'dead (figure deleted)','government Telegram channel','a figure of 164 dead',note='standfirst; "A state channel published … and deleted it"')
c('311','detained',5800,None,'people detained since the beginning of the protests',MIA,'5800 people have been detained')
c('311','killed',164,None,'dead (message deleted)','government Telegram channel','reported 164 dead')
c('311','killed',103,None,'dead in Almaty (message deleted)','government Telegram channel','103 of them in Almaty alone')
c('311','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces had been killed')
c('311','troops_deployed',2030,'about','CSTO soldiers in the country','Russia','about 2030 soldiers',note='"2030" looks like a year (no thousands separator); "According to Moscow"')
e('311','2022-01-09','other','Almaty',[],'Shops in Almaty reopened in part today')
e('311','2022-01-09','casualty_report',None,['government Telegram channel'],'In the morning, a Telegram channel of the government reported',note='"In the morning" of the publication day')
e('311','2022-01-08','casualty_report',None,[MIA],'had already confirmed yesterday')
e('311','2022-01-07','statement',None,[TOK],'gave the order on Friday')
e('311','2022-01-08','arrest',None,['National Security Committee','Karim Masimov'],'On Saturday, the National Security Committee (KNB) announced',note='date of the announcement; the arrest itself is not dated')
e('311','2022-01-05','other',None,[TOK,'Karim Masimov'],'Tokayev had dismissed him from office on Wednesday',note='dismissal')
e('311',None,'statement',None,['Steffen Hebestreit'],'Government spokesman Steffen Hebestreit said',note='undated')
e('311','2022-01-06','statement',None,['Annalena Baerbock'],'had already demanded on Thursday')
e('311',None,'talks',None,['Annalena Baerbock','Sergey Lavrov'],'She wants to discuss the situation with her Russian counterpart',note='planned phone call, undated')
e('311','2022-01-10','talks',None,[CSTO],'On Monday, the heads of state of the alliance want to meet in a video conference',note='future')
e('311','2022-01-10','talks','Geneva',['Russia','United States'],'On the same day, Russian and US diplomats will negotiate in Geneva',note='"On the same day" = Monday')

# ---------------- 312 SWI swissinfo.ch piece with Keystone-SDA (January 10, 2022 - 19:05, a Monday)
art('312',0,7,13,'SWI swissinfo.ch','2022-01-10',[],None,
    ['SWI swissinfo.ch','A branch of the Swiss Broadcasting Corporation SRG SSR','Languages: 10   |   Search   |   Menu','Geneva talks',
     'This content was published on January 10, 2022 - 19:05','January 10, 2022 - 19:05','Keystone-SDA/Reuters/AFP/sb','More on this topic',
     'Swiss offer to host further Russia-US talks','Kazakhstan unrest: Swiss firms suspend operations',
     'Share this story   Facebook   Twitter   LinkedIn   WhatsApp   E-mail   Copy link','Join the conversation!'],
    sections=(ln('312','Swiss role'),))
q('312','not negotiable','Russia','Moscow','insisting',partial=True,note='"with Moscow insisting that … was “…”"; the country as speaker (no person named in the lead)')
q('312','hard, lengthy, but businesslike','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='"told a news conference afterwards that … “…”"; comma-separated adjectives; the full quote follows directly')
q('312','We need guarantees written into law, not promises on paper,','Sergey Ryabkov','Ryabkov','said',note='words invented')
q('312','pushed back hard','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('312','cannot be on the table','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True,note='second partial in the same sentence')
q('312','Geneva is a place where difficult conversations can happen, and we are ready to provide the setting for as long as the parties want it,','Ignazio Cassis','President and Foreign Minister Ignazio Cassis','said in a statement',note='two titles joined by "and" before the name; the two-word "good offices" in the sentence before is a diplomatic term (excluded); words invented')
q('312','a well-organised attempt to seize power',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True,note='"told the meeting that … “…”"')
c('312','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western estimates','about 100,000 troops near the Ukrainian border')
c('312','troops_deployed',2000,'about','CSTO troops deployed in Kazakhstan',None,'about 2,000 of its troops are deployed')
c('312','detained',7939,None,'people detained in Kazakhstan',KA,'7,939 people had been detained',note='"Authorities there said"')
e('312','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'met in Geneva for more than seven hours on Monday')
e('312','2022-01-12','talks','Brussels',['Russia','NATO'],'meet in Brussels on Wednesday',note='future')
e('312','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')
e('312','2022-01-10','statement','Geneva',['Sergey Ryabkov'],'told a news conference afterwards',note='"afterwards" = after Monday\'s talks')
e('312',None,'statement',None,['Wendy Sherman'],'She told reporters by phone',note='no day word (real: 10 Jan)')
e('312',None,'talks','Geneva',['Joe Biden','Vladimir Putin'],'hosted a summit between presidents Joe Biden and Vladimir Putin in Geneva in June',note='"in June" (2021) is a month only')
e('312',None,'statement',None,['Ignazio Cassis'],'Ignazio Cassis said in a statement',note='undated')
e('312','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'Earlier on Monday, the leaders of the Russian-led Collective Security Treaty Organization (CSTO) held a video summit',note='CSTO video summit')
e('312','2022-01-09','other','Geneva',['Geneva police'],'since Sunday evening',note='street closures')

# ---------------- 313 Lloyd's List-style shipping item (Tuesday 11 Jan 2022)
art('313',0,6,8,"Lloyd's List",'2022-01-11',['Martin Halloran'],None,
    ["Lloyd's List",'Maritime Intelligence | Informa','Sign In   Subscribe   Search','Ports & Logistics / Russia & CIS','Tuesday 11 Jan 2022',
     'by Martin Halloran  @MHalloranLL','Russia & CIS correspondent','Key points:','Related articles',
     'Black Sea: CPC loadings hit by storm damage to mooring','Baku port volumes rise 12% on Middle Corridor demand',
     'Russia–Ukraine tension lifts war-risk premiums in Black Sea',"© Informa UK Ltd 2022. All rights reserved. Lloyd's List is a registered trademark of Informa PLC."])
q('313','round-the-clock operations at all berths','Aktau Sea Commercial Port','Aktau Sea Commercial Port','said',partial=True,note='"said in a notice to customers that …"')
q('313','We lost about four working days. The backlog is roughly 60,000 tonnes, mostly grain and rolled steel, and we expect to clear it by the end of the month,','Gulnara Ismailova','port spokeswoman Gulnara Ismailova','told',note='invented; tonnage inside the quote is not a claim')
q('313','continued as scheduled','Caspian Pipeline Consortium','The Caspian Pipeline Consortium','said',partial=True,note='subject separated from "said" by a long relative clause with a figure')
q('313','Nobody is declaring force majeure yet. The real risk was never the port, it was the shutdown of the internet, because without it you cannot clear customs,','Rustam Nurlanov','Rustam Nurlanov','said',note='inverted cue; invented')
q('313','watch the next two weeks very closely',None,'One London marine war-risk underwriter','said',partial=True,note='anonymous underwriter; comma outside the closing mark')
c('313','troops_deployed',2030,'about','CSTO troops deployed',CSTO,'About 2,030 troops of the Collective Security Treaty Organization',note='"according to the alliance" at the end of the sentence')
c('313','detained',7939,None,'people detained',KA,'7,939 people had been detained')
c('313','killed',16,None,'security personnel killed','officials','16 security personnel were killed')
e('313','2022-01-10','other','Aktau',['Aktau Sea Commercial Port'],'it had resumed "round-the-clock operations at all berths" on Monday',note='port reopening; repeated in the "Key points" bullet (not a separate record)')
e('313','2022-01-05','other','Aktau',['Aktau Sea Commercial Port'],'a partial suspension that began on Wednesday last week',note='"Wednesday last week" from Tuesday 11 Jan')
e('313','2022-01-06','other','Almaty region',['KTZ'],'services in the Almaty region were halted on January 6',note='rail halt')
e('313','2022-01-11','statement',None,[TOK],'President Kassym-Jomart Tokayev said on Tuesday')
e('313','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the force would begin pulling out on Thursday',note='future; Thursday after Tuesday 11 Jan')
e('313',None,'casualty_report',None,[KA],'Kazakh authorities said that 7,939',note='undated')

# ---------------- 314 RTÉ News item (Updated / Thursday, 13 Jan 2022 18:02)
art('314',0,7,14,'RTÉ News','2022-01-13',['Eimear Doherty'],None,
    ['RTÉ','News   Sport   Entertainment   Business   Lifestyle   Culture   Player   TV   Radio','News > World','Updated / Thursday, 13 Jan 2022 18:02',
     'Russian Deputy Foreign Minister Sergei Ryabkov (file image)','By Eimear Doherty','Europe Correspondent','Most Read',
     'Man (40s) dies after crash in Co Galway','Covid-19: 23,817 new cases confirmed',"Russia says security talks with West have hit 'dead end'"],
    )
q('314','no reason','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note="two-word partial; the headline's single-quoted 'dead end' (repeated in the Most Read list) is excluded")
q('314','We see no point in meeting simply for the sake of meeting,','Sergey Ryabkov','he','said',note='words invented')
q('314','every channel of dialogue that is still open','Simon Coveney','Minister for Foreign Affairs Simon Coveney','said',partial=True,note='apposition clause "who attended remotely" between name and verb; words invented')
q('314','cannot be left to wonder whether it will be next','Simon Coveney','he','warned',partial=True)
q('314',"We are a small, militarily neutral country, but neutral does not mean silent. Ireland will not accept any deal that decides Ukraine's future over the heads of Ukrainians,",'Simon Coveney','the Fine Gael minister','said',note='stand-alone quoted paragraph with a party-label description as the speaker mention')
q('314','an urgent need','Michael Carpenter','Michael Carpenter','said',partial=True,note='"The US ambassador to the OSCE, Michael Carpenter, said … and that Washington saw “…”"')
q('314','showed how quickly things can move','Simon Coveney','Mr Coveney','said',partial=True,note='the one-word "clear-eyed" after it is excluded')
c('314','troops_deployed',100000,'about',"Russian soldiers on Ukraine's borders",'Michael Carpenter',"about 100,000 soldiers on Ukraine's borders")
c('314','detained',9900,None,"people detained during last week's unrest",KA,'9,900 people were detained')
c('314','killed',164,'at least','people believed to have died in the unrest',KA,'at least 164 people',note='"are believed to have died"; same sentence as "Kazakh authorities say"')
c('314','killed',16,None,'members of the security forces killed',KA,'including 16 members of the security forces')
e('314',None,'statement',None,['Sergey Ryabkov'],'Speaking to Russian television',note='no day word (real: 13 Jan)')
e('314','2022-01-13','talks','Vienna',['OSCE'],'met in the Austrian capital today')
e('314','2022-01-10','talks','Geneva',['United States','Russia'],'in Geneva on Monday')
e('314','2022-01-12','talks','Brussels',['NATO','Russia'],'in Brussels yesterday')
e('314','2022-01-13','statement','Vienna',['Zbigniew Rau'],'told the meeting that the danger of a war',note='"the meeting" = today\'s Permanent Council')
e('314','2022-01-13','statement',None,['Simon Coveney'],'Speaking to RTÉ News afterwards',note='"afterwards" = after today\'s meeting')
e('314',None,'other',None,['Ireland'],'took up its seat on the UN Security Council in January of last year',note='"January of last year" = January 2021; month only')
e('314',None,'statement',None,['Michael Carpenter'],'Michael Carpenter, said Russia had',note='undated')
e('314','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began its withdrawal today')
e('314',None,'casualty_report',None,[KA],'Kazakh authorities say 9,900',note='present tense, no day')

# ---------------- 315 Yahoo News page carrying an AFP story (Thu, January 13, 2022)
art('315',0,5,14,'Yahoo News','2022-01-13',[],None,
    ['Yahoo News','Home   Mail   News   Finance   Sports   Entertainment   Search   Mobile   More','News   US   Politics   World   Health   Science   Originals',
     'AFP','Thu, January 13, 2022, 8:41 AM · 3 min read','In this article:','Kassym-Jomart Tokayev','President of Kazakhstan','Story continues','bur-cad/tw',
     'Reaction icons   Like   Share','Recommended Stories',"Kazakhstan's Tokayev says 'terrorists' trained abroad, 20,000 attacked Almaty",'Yahoo News · 6 days ago',
     "Ukraine crisis: Moscow says security talks with West at 'dead end'",'Reuters · 2 hours ago','Uranium price jumps as Kazakhstan unrest threatens supply','Bloomberg · 1 week ago'],
    )
q('315','The mission has been accomplished. The situation has stabilised, and the Kazakh law enforcement agencies can manage on their own,','Andrei Serdyukov','Russian General Andrei Serdyukov','said',note='inverted cue with a long descriptor: ", the commander of the force, Russian General Andrei Serdyukov, said"; words invented')
q('315','We will never forget the support of our allies at a difficult moment,',TOK,'he','wrote',note='tweet; Putin is named after the cue (trap); words invented')
q('315','People are coming out of custody with broken ribs and burns, and their families are afraid to speak,','Saule Tulegenova','Saule Tulegenova','said',note='inverted cue; invented lawyer')
c('315','troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan',None,'more than 2,000 troops to the ex-Soviet country')
c('315','aircraft',11,None,'Il-76 aircraft that took off with Russian paratroopers',RDM,'the first 11 Il-76 aircraft')
c('315','detained',10000,'almost','people detained',KA,'nearly 10,000 people were detained',note='"nearly" → almost')
c('315','killed',17,None,'members of the security forces killed','officials','17 members of the security forces had died')
c('315','other',20000,None,'people who attacked Almaty',TOK,'20,000 attacked Almaty',zone='related',note='"Recommended Stories" teaser; single-quoted \'terrorists\' excluded')
e('315','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing on Thursday')
e('315','2022-01-13','other','Almaty',[CSTO,'Andrei Serdyukov'],'lined up at a ceremony in Almaty',note='withdrawal ceremony; no day word in the sentence, same day as the lead')
e('315','2022-01-11','statement',None,[TOK],'had announced on Tuesday')
e('315',None,'troop_deployment','Kazakhstan',[CSTO],'The CSTO sent more than 2,000 troops',note='"last week" is not a day')
e('315','2022-01-02','protest',None,[],'began over a fuel price hike on January 2')
e('315','2022-01-13','withdrawal','Almaty',[RDM],'had taken off from Almaty airport in the afternoon',note='"in the afternoon" of the publication day')
e('315','2022-01-12','casualty_report',None,['officials'],'officials said on Wednesday')
e('315',None,'statement',None,[TOK],'he wrote on Twitter',note='undated tweet')
e('315','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday wrapped up')
e('315','2022-01-10','talks','Geneva',['United States','Russia'],'talks in Geneva on Monday')
e('315','2022-01-12','talks','Brussels',['NATO','Russia'],'and Brussels on Wednesday')

# ---------------- 316 ERR News (Estonia) item (12.01.2022 17:05, a Wednesday)
art('316',0,7,13,'ERR News','2022-01-12',[],None,
    ['ERR News','Estonia   World   Politics   Economy   Culture   Opinion   Sports   Podcasts','ERR.EE   ETV   Vikerraadio   R2   RUS   ENG','News | Politics','12.01.2022 17:05',
     'Prime Minister Kaja Kallas (Reform). Source: Hendrik Saar /ERR','Follow ERR News on Facebook and Twitter and never miss an update!','Editor: Mari-Liis Tamm',
     'Source: "Aktuaalne kaamera"','Related','Laanet: Estonia to speed up purchase of coastal defense missiles','Liimets: No decisions on Ukraine without Ukraine'])
q('316','Nothing about us without us. That principle is not up for negotiation, not in Geneva and not in Brussels,','Kaja Kallas','Kallas','told',note='"Kallas told ERR\'s “Aktuaalne kaamera” news program" — the programme name in quotes is not a quote; words invented')
q('316','turn back the clock to 1997','Kaja Kallas','The prime minister','said',partial=True,note='a year inside the partial')
q('316','We joined NATO as full members, not second-class ones.','Kaja Kallas','She','added',note='cue before the quote with a colon')
q('316','very united','Eva-Maria Liimets','Foreign Minister Eva-Maria Liimets','said',partial=True)
q('316','It shows how quickly Russia can move forces when it decides to. We in the Baltic region should draw conclusions from that,','Eva-Maria Liimets','the minister','said',note='words invented')
q('316','to talk to Washington over the heads of Europeans','Tanel Kuusk','Tanel Kuusk','said',partial=True,note='invented analyst')
q('316','not fallen into that trap','Tanel Kuusk','he','said',partial=True,note='interposed ", he said," before the partial')
c('316','troops_deployed',100000,'about',"Russian soldiers along Ukraine's borders",'Eva-Maria Liimets','around 100,000 soldiers',note='"According to Liimets"')
c('316','troops_deployed',2000,'more than','CSTO troops flown into Kazakhstan','Eva-Maria Liimets','more than 2,000 troops of the Russian-led CSTO alliance',note='"she noted"')
e('316','2022-01-12','statement',None,['Kaja Kallas'],'Kaja Kallas (Reform) said on Wednesday')
e('316','2022-01-12','talks','Brussels',['NATO','Russia'],'as the NATO-Russia Council met in Brussels',note='same day as "said on Wednesday"')
e('316',None,'other',None,['Russia'],'published in December in the form of two draft treaties',note='Russian draft treaties; a month only (real: 17 Dec 2021)')
e('316','2022-01-11','talks',None,['NATO'],"Tuesday's consultations among allies")
e('316',None,'statement',None,['Kalle Laanet'],'Defense Minister Kalle Laanet (Reform) said',note='undated')
e('316','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'in Geneva on Monday')
e('316','2022-01-13','talks','Vienna',['OSCE'],'due on Thursday at the OSCE in Vienna',note='future')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president",'Kazakh President','President of Kazakhstan'],'Kazakhstan',['he','the head of state','the president'],['TOKAYEV']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['Russian-led alliance','the alliance','the Moscow-led military alliance']),
 sp('Olivia Brandt','person',['Olivia Brandt'],['a Central Asia analyst at Ridgeway Risk in London'],'United Kingdom',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman',"Putin's spokesman"],'Russia',note='words paraphrased/invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['the Russian leader'],note='words invented'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States'),
 sp('Erlan Bekov','person',['Erlan Bekov'],['a political scientist in Almaty'],'Kazakhstan',note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],['KAZAKH INTERIOR MINISTRY','Interior ministry']),
 sp(KZMOH,'organisation',['Ministry of Health'],[],'Kazakhstan',['the Ministry of Health']),
 sp('Pavel Lomakin','person',['Pavel Lomakin'],['political scientist'],'Russia',note='invented'),
 sp('Steffen Hebestreit','person',['Steffen Hebestreit'],['Government spokesman'],'Germany',note='words paraphrased'),
 sp('Aktau Sea Commercial Port','organisation',['Aktau Sea Commercial Port'],[],'Kazakhstan'),
 sp('Gulnara Ismailova','person',['Gulnara Ismailova'],['port spokeswoman'],'Kazakhstan',note='invented'),
 sp('Caspian Pipeline Consortium','organisation',['Caspian Pipeline Consortium','CPC'],[],None),
 sp('Rustam Nurlanov','person',['Rustam Nurlanov'],['managing director of Almaty-based forwarder Steppe Cargo Link'],'Kazakhstan',note='invented; the firm is invented too'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['The US ambassador to the OSCE'],'United States',note='words invented'),
 sp('Russia','organisation',['Russia','Moscow'],[],'Russia',note='the country as speaker (312 "with Moscow insisting")'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['he'],note='only the spelling "Sergei" occurs in this set; canonical from earlier sets; words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State','Deputy Secretary of State'],'United States',['She'],note='words invented'),
 sp('Ignazio Cassis','person',['Ignazio Cassis'],['President and Foreign Minister'],'Switzerland',note='words invented'),
 sp('Simon Coveney','person',['Simon Coveney','Coveney'],['Minister for Foreign Affairs'],'Ireland',['he','the Fine Gael minister'],['Mr Coveney'],note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Russian General','the commander of the force'],'Russia',note='words invented'),
 sp('Saule Tulegenova','person',['Saule Tulegenova'],['a lawyer with the Kazakhstan International Bureau for Human Rights'],'Kazakhstan',note='invented'),
 sp('Kaja Kallas','person',['Kaja Kallas','Kallas'],['Prime Minister'],'Estonia',['The prime minister','She'],note='words invented'),
 sp('Eva-Maria Liimets','person',['Eva-Maria Liimets','Liimets'],['Foreign Minister'],'Estonia',['the minister','she'],note='words invented'),
 sp('Tanel Kuusk','person',['Tanel Kuusk'],['analyst'],'Estonia',['he'],note='invented'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['ex-president','first president'],'Kazakhstan',[],[],quoted=False,note='mentioned in 310, 311, 315; not quoted'),
 sp(RDM,'organisation',['Russian Defense Ministry',"Russia's defence ministry"],[],'Russia',[],['Russian Defense Ministry Press Service'],quoted=False,note='source of figures/events in 309, 315 (and the 310 photo credit); not quoted'),
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
