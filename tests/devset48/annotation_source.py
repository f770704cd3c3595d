#!/usr/bin/env python3
"""Source of the devset48 annotation: the hand-chosen spans, values and dates for 477-484.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset48/annotation_source.py && python3 tests/devset48/verify.py
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
def ln(p,s):
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
A,Q,C,E=[],[],[],[]
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    f=doc(p); L=T[f].split('\n')
    headline_line=ln(p,headline); first_line_line=ln(p,first)
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
PUT='Vladimir Putin'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; MOH='Kazakh Ministry of Health'; UKFO='UK Foreign Office'

# ---------------- 477 Bloomberg Opinion column (January 7, 2022, a Friday)
art('477',0,"Putin's Kazakhstan Airlift Is a Message for Washington",'The speed of the CSTO deployment','Bloomberg','2022-01-07',['Marcus Holloway'],None,
    ['Bloomberg Opinion','Subscribe','Politics & Policy','By Marcus Holloway','January 7, 2022, 6:00 AM GMT+3','Share this article','Twitter  Facebook  LinkedIn  Email',
     'This column does not necessarily reflect the opinion of the editorial board or Bloomberg LP and its owners.','To contact the author of this story:','Marcus Holloway at mholloway@bloomberg.net'])
q('477','bands of terrorists schooled abroad.',TOK,'he','called',partial=True,note='"against what he called “…”" — he = Tokayev, named just before; full stop inside the mark')
q('477','The peacekeepers will stay for a limited time, until the situation is stabilized,','Nikol Pashinyan','he','said in a statement',note='he = Pashinyan (named with an appositive title in the sentence before)')
q('477','If you want to understand what Russia can do on the Ukrainian border, watch Almaty this week,',None,'a European defense official','told',note='anonymous official, "told me"')
q('477','a single step back under threats.',RYA,'Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='"said Moscow would not make “…”"; relative clause between name and verb')
q('477','We are going there with a clear position, and we will not trade it for promises.',RYA,'He','went further',note='cue "went further in an interview with state television:" followed by a colon')
q('477','Whoever pays the piper calls the tune,',None,'one Kazakh businessman in Almaty','put it',note='a proverb used by an anonymous businessman; cue "as … put it to me"; kept because it is his reported words')
c('477','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'the force will total about 2,500 troops',note='"The alliance says"')
c('477','injured',1000,'more than','people injured','health officials','more than 1,000 people had been injured')
c('477','other',400,'almost','injured people hospitalized','health officials','nearly 400 of them hospitalized',note='subset of the injured; recorded as "other"')
c('477','killed',8,None,'police officers and national guardsmen killed',MIA,'eight police officers and national guardsmen killed',note='written-out figure')
e('477','2022-01-05','other',None,[TOK,CSTO],'On Wednesday night, Kassym-Jomart Tokayev asked',note='request for CSTO help; Wednesday before Friday 7 Jan')
e('477','2022-01-06','troop_deployment',None,['Russia'],'By Thursday morning, Russian paratroopers were boarding')
e('477',None,'statement',None,['Nikol Pashinyan'],'he said in a statement',note='undated')
e('477','2022-01-10','talks','Geneva',['Russia','United States'],'Three days before Russian and American negotiators sit down in Geneva',note='"Three days before" counted from Friday 7 Jan')
e('477','2022-01-06','casualty_report',None,['health officials',MIA],'Health officials said on Thursday')
e('477',None,'statement',None,[RYA],'in an interview with state television',note='undated')

# ---------------- 478 Washington Post "Today's WorldView" newsletter (January 10, 2022, a Monday)
art('478',0,"Today's WorldView: In Geneva, Russia and the U.S. talk past each other",'Eight hours of talks, and hardly','The Washington Post','2022-01-10',['Adam Kessler','Priya Raman'],None,
    ['The Washington Post','Democracy Dies in Darkness','WorldViews','Analysis','Analysis by Adam Kessler','with Priya Raman','January 10, 2022 at 6:21 p.m. EST',
     'Add to your saved stories','Gift Article','Share',"Welcome to Today's WorldView. Sign up to receive the rest of the free newsletter, including a guide to the ideas and influences shaping the world right now, in your inbox every weekday.",
     'Read more:',"Russia's demands on NATO, explained in 5 charts","Kazakhstan's president fires government as protests spread",'Priya Raman contributed to this report.','Sign up for the WorldView newsletter','Comments'],
    sections=(ln('478','Meanwhile, in Kazakhstan'),ln('478',"What's next\n")))
q('478','We were firm in pushing back on proposals that are simply not going to happen,',SHE,'Sherman','told',note='"…," Sherman told reporters afterward')
q('478','frank and businesslike, but not easy,',RYA,'Ryabkov','described',partial=True,note='"described the conversation as “…,” then added a warning"')
q('478','Guarantees that the alliance will not move closer to our borders are not a wish list for us. They are the whole point,',RYA,'the Russian diplomat','said',note='title-only mention after the quote')
q('478',"attempted coup d'état",TOK,'Kazakh President Kassym-Jomart Tokayev','describe',partial=True,note='"used it to describe the unrest as an “…”"; cue "describe"')
q('478','Nobody expects a breakthrough this week. The best case is that everyone agrees to keep talking,','Olga Brenner','Olga Brenner','said',note='inverted: "…," said Olga Brenner, a former State Department official')
c('478','troops_deployed',2000,'about','Russian troops in Kazakhstan',PUT,'the roughly 2,000 Russian troops in Kazakhstan',note='"roughly" → about')
c('478','detained',8000,'almost','people detained','Kazakh authorities','nearly 8,000 people have been detained')
c('478','killed',16,None,'members of the security forces killed','officials','16 members of the security forces had been killed')
e('478','2022-01-09','talks','Geneva',[SHE,RYA],'met over dinner on Sunday')
e('478','2022-01-10','talks','Geneva',[SHE,RYA],'for most of the day at the U.S. mission',note='"on Monday" in the same sentence')
e('478','2022-01-10','statement','Geneva',[SHE],'Sherman told reporters afterward',note='after Monday\'s talks')
e('478','2022-01-10','talks',None,[CSTO,TOK,PUT],'leaders of the Collective Security Treaty Organization held a video summit')
e('478','2022-01-09','casualty_report',None,['officials'],'Officials said on Sunday')
e('478','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets in Brussels on Wednesday',note='future')
e('478','2022-01-13','talks','Vienna',['OSCE'],'convenes in Vienna on Thursday',note='future')

# ---------------- 479 WSJ "Heard on the Street" (Jan. 6, 2022, a Thursday)
art('479',0,"Kazakhstan's Turmoil Is a Uranium Story, Not an Oil Story","Unrest in Central Asia's biggest economy",'The Wall Street Journal','2022-01-06',['Nathan Cole'],None,
    ['THE WALL STREET JOURNAL.','English Edition | Print Edition | Video | Podcasts | Latest Headlines','MARKETS | HEARD ON THE STREET','By Nathan Cole','Jan. 6, 2022 10:32 am ET',
     'SHARE','TEXT','Listen to this article','4 minutes','Write to Nathan Cole at nathan.cole@wsj.com',"Appeared in the January 7, 2022, print edition as 'Uranium, Not Oil, Feels the Heat'.",
     'Copyright ©2022 Dow Jones & Company, Inc. All Rights Reserved.'])
q('479','no impact on production','Kazatomprom','Kazatomprom','said',partial=True,note='"said … that it had seen “…” so far"')
q('479','Uranium is a tiny market with very few sellers, so any headline out of Kazakhstan moves it,','Laura Menzies','Laura Menzies','said',note='inverted cue, then a second quote after the interposed attribution')
q('479','Oil is a different story. There is plenty of supply elsewhere.','Laura Menzies','Laura Menzies','said',note='continuation after the interposed "said Laura Menzies, …"')
q('479','a blow against the unity of the state',TOK,'President Kassym-Jomart Tokayev','called',partial=True)
q('479','Tokayev is buying stability with Russian help, and the bill will arrive later,','Laura Menzies','Ms. Menzies','said',note='"Ms." + surname; a name (Tokayev) inside the quote')
c('479','killed',8,None,'police officers and national guardsmen killed',MIA,'eight police officers and national guardsmen had been killed',note='written-out figure')
c('479','injured',317,None,'police officers and national guardsmen injured',MIA,'317 injured')
c('479','detained',2000,'more than','people detained','state television','more than 2,000 people had been detained',note='"according to state television"; the one-word "dozens" (killed rioters) is vague and excluded')
e('479','2022-01-05','statement',None,['Kazatomprom'],'In a statement on Wednesday, Kazatomprom said')
e('479',None,'statement',None,['Tengizchevroil'],'Tengizchevroil, the Chevron-led venture',note='undated')
e('479','2022-01-05','statement',None,[TOK],'in a televised address on Wednesday night')
e('479','2022-01-05','other',None,[TOK,CSTO],'appealed to the Russia-led Collective Security Treaty Organization for help',note='request for CSTO help, same sentence as "Wednesday night"')
e('479',None,'troop_deployment','Kazakhstan',[CSTO],'the bloc agreed to send what it called peacekeepers',note='"Hours later" (night of 5–6 Jan); not a day word, so null')
e('479','2022-01-06','casualty_report',None,[MIA],'The Interior Ministry said on Thursday')
e('479',None,'government_resignation',None,[TOK],'Tokayev fired his cabinet',note='undated here (real: 5 Jan)')
e('479',None,'appointment',None,[TOK,'Nursultan Nazarbayev'],'removed former President Nursultan Nazarbayev from the chairmanship',note='Tokayev took over the Security Council; undated')

# ---------------- 480 Guardian "First Edition" newsletter (Tuesday 11 January 2022)
art('480',0,'Tuesday briefing: Tokayev says Russian-led troops will start leaving',"In today's newsletter:",'The Guardian','2022-01-11',['Tom Ashworth'],None,
    ['The Guardian','Newsletters','First Edition','Tuesday 11 January 2022','by Tom Ashworth','Sign up to First Edition, our free daily newsletter – every weekday morning at 7am GMT',
     'Read more: Kazakhstan unrest – what we know so far',"That's all for now. If you have feedback, reply to this email.",'Sign up to First Edition',
     'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.'],
    sections=(ln('480','Five big stories'),ln('480','In depth: who runs Kazakhstan now?'),ln('480',"What else we've been reading"),ln('480','Today in Focus')))
q('480','The peacekeepers have done what we asked of them, and they will go home in good order,',TOK,'he','said',note='he = Tokayev, named in the sentence before')
q('480','close the door',SHE,'Wendy Sherman','said',partial=True,note='"said Washington would not let anyone “…” on countries …"')
q('480','no reason for optimism',RYA,'Sergei Ryabkov','said',partial=True,note='"Her counterpart, Sergei Ryabkov, said"')
q('480','a narrow circle of very rich people',TOK,'he','calling',partial=True,note='"he said …, calling them “…”"')
q('480','It is time for them to give something back to the people of Kazakhstan,',TOK,'the president','said')
q('480','He is trying to build a new legitimacy on the ruins of the old one,','Anna Kovacs','Anna Kovacs','says',note='present-tense inverted cue "says Anna Kovacs"')
q('480','quickly and in good faith.',PUT,'Vladimir Putin','told',partial=True,note='"told Monday\'s virtual CSTO summit that the alliance had acted “…”"')
c('480','troops_deployed',2030,'about','CSTO troops deployed',CSTO,'about 2,030 troops have been deployed',note='"The alliance says"')
c('480','detained',9900,None,'people detained since the protests began',MIA,'9,900 people had been detained')
e('480','2022-01-10','statement','Nur-Sultan',[TOK],'Tokayev told parliament yesterday',note='"yesterday" from Tuesday 11 Jan (in reality the speech was on 11 Jan; the text is followed)')
e('480',None,'withdrawal','Kazakhstan',[CSTO],'will begin a phased withdrawal within two days',note='future; "within two days" is not a day')
e('480',None,'talks','Geneva',['United States','Russia'],'A day of talks between US and Russian officials ended without a breakthrough',note='no day word (real: 10 Jan)')
e('480','2022-01-10','talks',None,[PUT,CSTO],"Vladimir Putin told Monday's virtual CSTO summit",note='"Monday\'s" before Tuesday 11 Jan')

# ---------------- 481 New Yorker "Letter from Kazakhstan" (January 14, 2022, a Friday)
art('481',0,'The Week Almaty Burned','After protests over fuel prices turned','The New Yorker','2022-01-14',['Daniel Aronson'],None,
    ['The New Yorker','Newsletter   Sign In   Subscribe','Letter from Kazakhstan','By Daniel Aronson','January 14, 2022',
     'Protesters gathered near Republic Square, in central Almaty, on January 5th. Photograph by Ruslan Temirov / AFP via Getty','Save this story',
     'Published in the print edition of the January 24, 2022, issue, with the headline “Switched Off.”','Daniel Aronson is a contributing writer based in Istanbul.','More Letters from Around the World'])
q('481','By lunch there was no internet, no police, and no one who could tell you what was happening,','Yerlan','he','told',note='first name only (as given); "he told me when we met last week"')
q('481','It was like the city had been switched off.','Yerlan','he','told',note='continuation after the interposed attribution, same paragraph')
q('481','twenty thousand bandits,',TOK,'he','said',partial=True,note='"he said that the city had been attacked by “…”"; written-out number inside the mark')
q('481','an attempt to seize power,',TOK,'he','told',partial=True,note='"Later he told parliament that the country had survived “…,”"')
q('481','I have met boys who went out to buy bread and were charged with terrorism,','Bakhyt Omarova','she','said')
q('481','Nobody in this country believes that twenty thousand terrorists appeared out of nowhere.','Bakhyt Omarova','she','said',note='continuation after "she said."')
q('481','a demonstration of real allied solidarity.',TOK,'Tokayev','called',partial=True,note='"Tokayev called it, in a tweet, “…”"')
q('481','We will be paying for that favor for a long time,','Bakhyt Omarova','Omarova','said',note='inverted "said Omarova", preceded by "Omarova put it differently."')
q('481','I drive, I listen, I keep quiet,','Yerlan','he','said')
q('481','That is how you live here now.','Yerlan','he','said',note='continuation after "he said."')
c('481','other',20000,None,'"bandits" who attacked Almaty',TOK,'the city had been attacked by “twenty thousand bandits,”',note='written-out figure inside a partial quote; the lawyer\'s "twenty thousand terrorists" repeats it to dispute it and is not a claim')
c('481','killed',164,None,'people killed','government','a hundred and sixty-four people were killed',note='written out "a hundred and sixty-four"; "According to the government"; figure later revised')
c('481','detained',10000,'almost','people detained',None,'Almost ten thousand people were detained.',note='written out; separate sentence after "According to the government", source left null')
e('481','2022-01-05','other','Almaty',[],'his phone had stopped working',note='internet shutdown on the morning of January 5th')
e('481','2022-01-02','protest','Zhanaozen',[],'The protests began on January 2nd in Zhanaozen')
e('481',None,'protest','Almaty',[],'the city hall was set on fire',note='undated here')
e('481','2022-01-07','statement',None,[TOK],'In a speech on January 7th')
e('481',None,'statement',None,[TOK],'Later he told parliament',note='"Later" (real: 11 Jan)')
e('481','2022-01-05','other',None,[TOK,CSTO],'On the night of January 5th, Tokayev asked',note='request for CSTO help')
e('481','2022-01-13','withdrawal','Almaty',['Russia'],'On Thursday, the first transport planes took them home.',note='Thursday before Friday 14 Jan')
e('481',None,'statement',None,[TOK],'Tokayev called it, in a tweet',note='undated tweet')

# ---------------- 482 Independent "Voices" op-ed (Saturday 08 January 2022)
art('482',0,"Russia's 'peacekeepers' in Kazakhstan should worry Britain more than it admits",'The Foreign Office response to events','The Independent','2022-01-08',['Olivia Marsh'],None,
    ['The Independent','Voices','Olivia Marsh','Saturday 08 January 2022 13:45','Comments','Independent Voices: the best of our comment and analysis','Sign up to our free weekly Voices newsletter',
     'Olivia Marsh is a former British diplomat who served in Astana','More about','Kazakhstan  Russia  Nato  Foreign Office','Join our commenting forum'])
q('482','open fire without warning',TOK,'Tokayev','said',partial=True,note='"Yesterday, Tokayev said he had authorised … to “…”"')
q('482','criminals and murderers',TOK,'he','described',partial=True,note='"whom he described as “…”"; full stop outside the mark')
q('482','in no hurry to go home','Antony Blinken','US secretary of state Antony Blinken','suggested',partial=True,note='lower-case title before the name')
q('482','a lesson in bad manners','Maria Zakharova','Maria Zakharova','called',partial=True,note='"called the remark “…”"; title in an appositive')
q('482','We are monitoring the situation closely and urge all sides to show restraint.',UKFO,'A Foreign Office spokesperson','told',note='"told me:" followed by a colon; anonymous spokesperson → the organisation')
q('482','Moscow is watching to see who complains, and how loudly,',None,'a Ukrainian official','said',note='anonymous; "said to me"')
c('482','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'the first of about 2,500 troops had arrived')
c('482','detained',4000,'more than','people detained',MIA,'more than 4,000 people have been detained')
c('482','killed',26,None,'rioters killed',MIA,'26 rioters')
c('482','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have been killed')
e('482','2022-01-05','other',None,[TOK,CSTO],'for help on Wednesday',note='request for CSTO help; Wednesday before Saturday 8 Jan')
e('482','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'By Thursday, the first of')
e('482','2022-01-07','statement',None,[TOK],'Yesterday, Tokayev said he had authorised')
e('482','2022-01-07','statement',None,['Antony Blinken'],'Asked about the deployment on Friday')
e('482',None,'statement',None,['Maria Zakharova'],'called the remark',note='undated')
e('482','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday, Russian and American diplomats meet in Geneva',note='future')
e('482','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday Nato sits down with Russia in Brussels',note='future; "Nato" spelling')

# ---------------- 483 FT "The Big Read" (January 13 2022, a Thursday)
art('483',0,"Tokayev's gamble: how Kazakhstan's president turned to Moscow to break with the past","The unrest has removed Nazarbayev's",'Financial Times','2022-01-13',['Henry Lovell','Dina Seitkali'],None,
    ['FINANCIAL TIMES','myFT','The Big Read','Kazakhstan','Henry Lovell in London and Dina Seitkali in Almaty','January 13 2022','Save','Print this page','Sign up to our Central Asia briefing',
     'Additional reporting by Ivan Korolev in Moscow','Copyright The Financial Times Limited 2022. All rights reserved.'],
    sections=(ln('483','The price of survival'),))
q('483','There was a real fear that the security services were split and that some units would simply not follow orders,',None,'one of them','said',note='"said one of them" = one of "two people briefed on the meeting"; anonymous')
q('483','The president decided he could not rely on his own people.',None,'one of them','said',note='continuation after the interposed cue')
q('483','The time has come to share with the people,',TOK,'he','told',note='"he told lawmakers"')
q('483',"Russia has not done this for free. It now has a lien on Tokayev's foreign policy,",'Aigerim Tulegenova','Aigerim Tulegenova','said',note='inverted; the one-word “multi-vector” in the next sentence is excluded')
q('483','not panicking, but recalculating.',None,'A senior executive at one energy group','said',partial=True,note='anonymous executive')
q('483','Kazakhstan is and will remain a sovereign state that chooses its own partners,',None,'a presidential adviser','told',note='anonymous adviser, "told the FT"')
c('483','detained',2,None,"Masimov's deputies detained",None,'Two of his deputies were detained with him.',note='as gold 001: the written numeral (2); with Masimov the total is 3')
c('483','troops_deployed',2030,None,'CSTO troops sent',CSTO,'it sent 2,030 troops')
c('483','other',250,'about','pieces of CSTO equipment sent',CSTO,'about 250 pieces of equipment')
c('483','killed',160,'more than','people killed in the unrest','officials','more than 160 people died in the unrest')
c('483','killed',19,None,'members of the security forces killed','officials','19 members of the security forces')
c('483','detained',10000,'about','people detained','officials','about 10,000 were detained')
e('483','2022-01-06','other','Nur-Sultan',[],'a group of senior Kazakh officials gathered in the capital Nur-Sultan',note='internal meeting, "On the morning of January 6"')
e('483','2022-01-06','arrest',None,['Karim Masimov'],'was arrested on January 6 on suspicion of treason')
e('483',None,'government_resignation',None,[TOK],'He fired the government',note='undated')
e('483','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'on Tuesday named Alikhan Smailov',note='Tuesday before Thursday 13 Jan')
e('483','2022-01-13','withdrawal','Kazakhstan',[CSTO],'on Thursday the first units began to fly home',note='publication day')
e('483',None,'statement',None,[TOK],'he told lawmakers',note='undated')

# ---------------- 484 AP "EXPLAINER" (January 13, 2022, a Thursday; dateline MOSCOW)
art('484',0,"EXPLAINER: Why Russian-led troops went to Kazakhstan, and why they're leaving",'MOSCOW (AP)','Associated Press','2022-01-13',['KAREN WHITLOCK'],'MOSCOW',
    ['AP NEWS','Top Stories   Topics   Video   Listen','By KAREN WHITLOCK','January 13, 2022','___','Associated Press writer Nurlan Bekov in Almaty contributed to this report.',
     'Copyright 2022 The Associated Press. All Rights Reserved.'],
    sections=(ln('484','WHAT SET OFF THE UNREST?'),ln('484','WHY DID RUSSIA SEND TROOPS?'),ln('484','WHY ARE THEY LEAVING SO SOON?'),ln('484','WHAT DOES IT MEAN FOR UKRAINE?')))
q('484','The contingent did not take part in any operations against civilians,','Andrei Serdyukov','Gen. Andrei Serdyukov','told',note='rank abbreviation "Gen." before the name; relative clause "who commanded the force" before the cue')
q('484','Our task was to protect strategic facilities, and it has been done.','Andrei Serdyukov','Gen. Andrei Serdyukov','told',note='continuation after the interposed attribution')
q('484','Tokayev needed Russian troops for a week, not for a decade,','Paul Anders','Paul Anders','said',note='inverted; a name (Tokayev) at the start of the quote')
q('484','Staying longer would have cost him more at home than it gained him.','Paul Anders','Paul Anders','said',note='continuation after the interposed attribution')
q('484','ready to keep talking, but not at any price.','Michael Carpenter','U.S. Ambassador Michael Carpenter','said',partial=True)
q('484','useful moments','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
c('484','killed',164,'at least','people killed','authorities','at least 164 people dead',note='"Authorities say"')
c('484','killed',19,None,'police officers and soldiers killed','authorities','19 police officers and soldiers')
c('484','detained',12000,'more than','people detained',MIA,'More than 12,000 people were detained')
c('484','troops_deployed',2030,None,'CSTO troops at the peak',CSTO,'the force numbered 2,030 troops',note='"At its peak", "the alliance said"')
e('484','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday')
e('484','2022-01-02','protest','Zhanaozen',[],'The protests began on Jan. 2')
e('484','2022-01-05','other',None,[TOK,CSTO],'asked the CSTO for help on Jan. 5',note='request for CSTO help')
e('484','2022-01-13','other','Almaty',['Andrei Serdyukov'],'told a ceremony in Almaty on Thursday',note='farewell ceremony')
e('484','2022-01-11','statement',None,[TOK],'Tokayev announced on Tuesday')
e('484','2022-01-13','withdrawal',None,[RDM],'the first planes carrying troops had left on Thursday')
e('484','2022-01-19','withdrawal',None,[RDM],'would be completed by Jan. 19',note='planned completion')
e('484','2022-01-13','talks','Vienna',['OSCE','Russia','United States'],'in Vienna on Thursday')
e('484','2022-01-13','statement',None,['Dmitry Peskov'],'Dmitry Peskov said on Thursday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','He','the president'],["Tokayev's"]),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],["Armenia's prime minister"],'Armenia',['he']),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['He','the Russian diplomat','Her counterpart'],note='canonical spelling from earlier sets; only "Sergei" is printed here'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','the US deputy secretary of state'],'United States'),
 sp('Olga Brenner','person',['Olga Brenner'],['a former State Department official'],'United States',note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan'),
 sp('Laura Menzies','person',['Laura Menzies','Menzies'],['a metals analyst at Harbor Ridge Securities'],'United States',[],['Ms. Menzies'],note='invented; the bank is invented'),
 sp(PUT,'person',['Vladimir Putin','Putin'],[],'Russia'),
 sp('Anna Kovacs','person',['Anna Kovacs'],['a Central Asia researcher at the University of Exeter'],'United Kingdom',note='invented'),
 sp('Yerlan','person',['Yerlan'],['drives a taxi in Almaty'],'Kazakhstan',['he'],note='first name only; invented'),
 sp('Bakhyt Omarova','person',['Bakhyt Omarova','Omarova'],['a lawyer'],'Kazakhstan',['she'],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['US secretary of state'],'United States'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['the foreign ministry spokeswoman'],'Russia'),
 sp(UKFO,'organisation',['Foreign Office'],[],'United Kingdom',['A Foreign Office spokesperson']),
 sp('Aigerim Tulegenova','person',['Aigerim Tulegenova'],['an analyst at an Almaty consultancy'],'Kazakhstan',['She'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Gen.'],'Russia',[],['Gen. Andrei Serdyukov']),
 sp('Paul Anders','person',['Paul Anders'],['a Central Asia specialist at a university in Ohio'],'United States',note='invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['U.S. Ambassador'],'United States'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 479, 480, 482, 484; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance','the bloc'],[],quoted=False,note='source of figures; not quoted in this set'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former President'],'Kazakhstan',[],[],quoted=False,note='mentioned in 479, 480, 483'),
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
