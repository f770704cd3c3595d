#!/usr/bin/env python3
"""Source of the devset40 annotation: the hand-chosen spans, values and dates for 413-420.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset40/annotation_source.py && python3 tests/devset40/verify.py
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
KHM='Kazakh Health Ministry'; PPO='Kazakh Presidential Press Office'; KNB='Kazakh National Security Committee'
DFA='Philippine Department of Foreign Affairs'; IQMFA='Iraqi Ministry of Foreign Affairs'; THMFA='Thai Ministry of Foreign Affairs'

# ---------------- 413 Rappler (Philippines) piece (Published January 07, 2022, a Friday)
art('413',0,ln('413','Filipinos in Kazakhstan told to stay home as unrest turns deadly'),ln('413','The Department of Foreign Affairs says no Filipino'),'Rappler','2022-01-07',['Carmela Santiago'],'MANILA, Philippines',
    ['Rappler','Skip to main content','WORLD','Carmela Santiago','Published 4:12 PM, January 07, 2022','Updated 6:30 PM, January 07, 2022','Facebook','Twitter','Email','Copy link',
     'Carmela Santiago is a multimedia reporter covering foreign affairs and migrant workers for Rappler.',"What's your reaction?",'Happy','0%','Shocked'])
q('413','As of this time, there is no report of any Filipino killed or injured in the ongoing disturbances,','Ma. Teresita Daza','DFA spokesperson Ma. Teresita Daza','said',note='"said in a message to reporters"; abbreviated first name "Ma." with a full stop')
q('413','in regular touch with community leaders','Ma. Teresita Daza','She','added',partial=True)
q('413','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='subject separated from "said" by a long relative clause')
q('413','There will be no talks with criminals and murderers,',TOK,'he','said')
q('413','We hear shooting every night. The manager told us not to go near the windows,','Jun Reyes','Reyes','said',note='split quote: "…," Reyes said. "…"')
q('413','We have food for maybe one week, so we are okay for now.','Jun Reyes','Reyes','said',note='second half of the split quote; same cue')
c('413','killed',26,None,'rioters killed',MIA,'26 rioters had been “liquidated”',note='one-word curly “liquidated” after the figure (excluded from quotes)')
c('413','detained',3000,'more than','people detained since the protests began',MIA,'more than 3,000 people detained')
c('413','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces were also killed',note='written-out number at a sentence start')
c('413','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'about 2,500 troops, most of them Russian paratroopers')
e('413','2022-01-07','statement',None,[DFA],'on Friday urged Filipinos in Kazakhstan to stay indoors')
e('413','2022-01-06','other',None,[DFA],'The DFA raised Alert Level 2 for the country on Thursday',note='travel alert; Thursday before Friday 7 Jan')
e('413','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Friday")
e('413','2022-01-02','protest',None,[],'protests over a jump in fuel prices began on January 2')
e('413','2022-01-05','other',None,[TOK,CSTO],'for help on Wednesday',note='request for CSTO help; Wednesday before Friday 7 Jan')
e('413','2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e('413',None,'troop_deployment','Kazakhstan',[CSTO],'were being sent to Kazakhstan',note='undated')
e('413',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters the mission',note='undated; the one-word "temporary" is excluded from quotes')

# ---------------- 414 Bangkok Post world page carrying AFP (8 Jan 2022, a Saturday)
art('414',0,ln('414','Kazakh ex-security chief held on treason charge'),ln('414','Former KNB head Karim Masimov detained'),'Bangkok Post','2022-01-08',[],'ALMATY',
    ['Bangkok Post','Search','News','World','PUBLISHED : 8 Jan 2022 at 19:05','NEWSPAPER SECTION: World','WRITER: AFP','Kazakh soldiers guard a street in central Almaty on Saturday. (Photo: AFP)',
     'Related',"Russian paratroopers arrive as Kazakh president vows to 'destroy' rioters",'Thai firms in Central Asia warned of supply delays','© Bangkok Post PCL. All rights reserved.'])
q('414','on suspicion of committing high treason',KNB,'the committee','said',partial=True,note='comma outside the closing mark')
q('414','The two presidents speak practically every day,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',note='inverted-looking cue after the quote: "…," Kremlin spokesman Dmitry Peskov told reporters; the paragraph before names Putin and Tokayev')
q('414','some serious questions','Antony Blinken','US Secretary of State Antony Blinken','said',partial=True)
q('414','When foreign troops are invited in, it is not always easy to see them leave again,','Antony Blinken','Blinken','told')
q('414','All are safe and we are in touch with every one of them,','Tanee Sangrat','ministry spokesman Tanee Sangrat','said',note='Thai name: "Tanee" is the given name; words invented')
c('414','killed',164,None,'death toll',None,'death toll rises to 164',note='in the dek (first_line); no source in that line')
c('414','killed',164,None,'people killed across the country',KHM,'164 people had been killed across the country',note='"according to state news channel Khabar 24" relays the health ministry')
c('414','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
e('414','2022-01-08','statement',None,[KNB],'the security service said on Saturday')
e('414','2022-01-06','arrest',None,['Karim Masimov',KNB],'had been arrested on Thursday',note='Thursday before Saturday 8 Jan')
e('414','2022-01-05','other',None,[TOK,'Karim Masimov'],'the day after he was dismissed from his post',note='dismissal; "the day after" = the day before the Thursday arrest')
e('414',None,'talks',None,['Vladimir Putin',TOK],'had spoken by telephone with Tokayev several times during the week',note='phone calls, "during the week"')
e('414','2022-01-07','statement','Washington',['Antony Blinken'],'Antony Blinken said on Friday')
e('414',None,'statement',None,[THMFA],"Thailand's foreign ministry said the Thai embassy",note='undated')
e('414',None,'other',None,['Air Astana'],'remain suspended until at least Monday',note='flight suspension; "until at least Monday" is not an event date')

# ---------------- 415 Malay Mail carrying Reuters (Monday, 10 Jan 2022)
art('415',0,ln('415','Russia tells US at Geneva talks it has no plans to invade Ukraine'),ln('415','GENEVA, Jan 10 — Russia told'),'Malay Mail','2022-01-10',[],'GENEVA',
    ['Malay Mail','World','Monday, 10 Jan 2022 11:47 PM MYT',
     'US Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov attend security talks in Geneva January 10, 2022. — Reuters pic',
     'Facebook','Twitter','WhatsApp','Telegram','Related Articles','Kazakh president says CSTO troops will start leaving in two days',
     "Putin says CSTO will not allow 'colour revolutions' in Kazakhstan",'Follow us on Instagram @malaymailonline and Twitter @malaymail'])
q('415','in a businesslike and frank manner','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','said',partial=True)
q('415','We have no intention to attack anyone. There is no reason to fear an escalation from our side,','Sergey Ryabkov','Ryabkov','told')
q('415','For us, the question of NATO never expanding to Ukraine is not a bargaining chip. It is a matter of national security.','Sergey Ryabkov','He','added',note='colon cue before the quote: He added: "…"')
q('415','proposals that we simply cannot accept','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True,note='speech verb "rejected" inside the reported clause; cue is the main verb "said"')
q('415','No one gets to decide for Ukraine which alliances it may join,','Wendy Sherman','Sherman','said')
q('415','nothing to do with','Sergey Ryabkov','Ryabkov','said',partial=True,note='partial ending in a preposition; the object follows outside the marks')
c('415','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'Western estimates','around 100,000 troops near Ukraine')
c('415','troops_deployed',2030,None,'CSTO force in Kazakhstan',CSTO,'numbers 2,030 troops')
c('415','detained',7939,None,'people detained across the country',PPO,'7,939 people had been detained',note='"His office" = the Kazakh president\'s office')
e('415','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'at talks in Geneva today',note='"today" = Monday 10 Jan (dateline GENEVA, Jan 10)')
e('415','2022-01-10','talks',None,[TOK,CSTO],'told a CSTO video summit today')
e('415','2022-01-09','statement',None,[PPO],'His office said on Sunday')
e('415','2022-01-12','talks','Brussels',['NATO','Russia'],'due to meet in Brussels on Wednesday',note='future')
e('415','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')
e('415',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'days after Russia sent paratroopers to Kazakhstan',note='"days after", no date')

# ---------------- 416 Kathmandu Post analysis (Published January 12, 2022, a Wednesday)
art('416',0,ln('416',"What Kazakhstan's week of fire means for small states between giants"),ln('416',"When a government calls in a neighbour's army"),'The Kathmandu Post','2022-01-12',['Sanjeev Bhattarai'],None,
    ['The Kathmandu Post','Columns','Analysis','Sanjeev Bhattarai','Published at : January 12, 2022','Updated at : January 12, 2022 07:55','Facebook','Twitter','Linkedin','Mail',
     'Bhattarai is a Kathmandu-based writer on foreign policy.',"The views expressed in this article are the author's own.",'Related News',"Nepal's foreign policy needs a reset",'Why small states must hedge','Most Read from Columns'])
q('416','rock the boat','Vladimir Putin','Russian President Vladimir Putin','said',partial=True,note='three-word idiom attributed with a speech verb; kept as a partial (borderline scare quote)')
q('416','The main task of the collective forces has been fulfilled,',TOK,'he','said',note='he = Tokayev ("Tokayev, speaking to parliament on Tuesday, went further.")')
q('416','Every invitation creates a debt, and debts between unequal neighbours are never paid in cash,','Hari Prasad Ghimire','Hari Prasad Ghimire','said',note='inverted cue: "…," said NAME, a former …')
q('416','a signal that Nur-Sultan still sets the timetable.','Anjali Thapa','Anjali Thapa','said',partial=True,note='full stop inside the closing mark; speaker named at the start of the sentence with a long role clause')
q('416','the question is no longer whether they leave, but what they leave behind.','Hari Prasad Ghimire','Ghimire','put it',partial=True,note='cue "as Ghimire put it" (kept as "put it"); 2 paragraphs after the first Ghimire quote')
c('416','detained',8000,'almost','people detained','Kazakh authorities','nearly 8,000 people had been detained')
c('416','troops_deployed',2030,None,'CSTO troops deployed',CSTO,'it deployed 2,030 troops')
e('416','2022-01-02','protest','Zhanaozen',[],'The protests began on January 2')
e('416',None,'protest','Almaty',[],'where the city hall was burned',note='"Within three days" of 2 Jan; no exact day')
e('416','2022-01-05','other',None,[TOK,CSTO],'On the night of January 5',note='request for CSTO help')
e('416','2022-01-09','statement',None,['Kazakh authorities'],'By Sunday the authorities were saying',note='detention figure; Sunday before Wednesday 12 Jan')
e('416','2022-01-10','talks',None,['Vladimir Putin',CSTO],'On Monday, at a video summit of the bloc')
e('416','2022-01-11','statement',None,[TOK],'speaking to parliament on Tuesday')
e('416','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin in two days',note='"in two days" from Tuesday 11 Jan; future at the time of speaking')
e('416','2022-01-10','talks','Geneva',['Russia','United States'],'The Geneva talks between Russia and the United States on Monday')
e('416','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council meeting in Brussels today')

# ---------------- 417 Rudaw piece (07-01-2022, a Friday)
art('417',0,ln('417','Kurdish students in Kazakhstan shelter in dorms'),ln('417','ERBIL, Kurdistan Region — Dozens'),'Rudaw','2022-01-07',['Hawre Mahmoud'],'ERBIL, Kurdistan Region',
    ['Rudaw','English','Kurdistan','Iraq','Middle East','World','07-01-2022 03:40 PM','Views 1,284','Hawre Mahmoud',
     'Students from the Kurdistan Region walk near a university campus in Almaty. Photo: submitted to Rudaw','Tags: Kazakhstan, Kurdish students, Almaty, CSTO','Share'])
q('417','We cannot go out to buy bread. Yesterday we heard gunfire for almost two hours,','Shvan Aziz','Shvan Aziz','told',note='inverted cue with an appositive: "…," NAME, a 24-year-old medical student in Almaty, told Rudaw English')
q('417','Our parents call us every hour, but the internet keeps disappearing.','Shvan Aziz','Shvan Aziz','told',note='continuation after the interposed attribution; same cue')
q('417','to take all necessary measures','Ahmed al-Sahaf','Ministry spokesperson Ahmed al-Sahaf','said',partial=True)
q('417','What negotiations can there be with criminals and killers?',TOK,'he','said',note='question mark inside the quote')
q('417','in contact with Baghdad',None,'A Kurdistan Regional Government (KRG) official','said',partial=True,note='anonymous official; long subject with a relative clause')
q('417','There are around 40 students from the Region in Kazakhstan, and so far none of them has been hurt,',None,'the official','told',note='anonymous official; a count (40 students) that is not a claim')
q('417','If the airport opens, many of us will fly home,','Shvan Aziz','he','said',note='the paragraph names him by first name only ("Shvan said")')
c('417','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='scare-quoted label after the figure (excluded from quotes)')
c('417','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died')
c('417','detained',3000,'more than','people arrested',MIA,'more than 3,000 people were arrested')
c('417','troops_deployed',2500,'about','CSTO soldiers taking part',CSTO,'about 2,500 soldiers will take part',note='"According to the alliance" opens the sentence')
e('417','2022-01-06','statement',None,[IQMFA],"Iraq's foreign ministry said on Thursday")
e('417','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Friday")
e('417','2022-01-07','statement',None,[TOK],'on Friday rejected calls for dialogue')
e('417','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'started arriving in Kazakhstan on Thursday')

# ---------------- 418 Usenet post, hard-wrapped, with '>' quoted lines (Date: Tue, 11 Jan 2022)
art('418',0,ln('418','Subject: Re: CSTO'),ln('418','On 11/01/2022 14:05, Viktor K. wrote:'),None,'2022-01-11',['Gerald Osterman'],None,
    ['Path: news.eternal-september.org!reader02.eternal-september.org!.POSTED!not-for-mail','From: Gerald Osterman <gosterman@example.net>',
     'Newsgroups: soc.culture.soviet,alt.politics.russia','Date: Tue, 11 Jan 2022 19:42:17 -0000','Organization: A noiseless patient Spider','Lines: 61',
     'Message-ID: <srkq3a$1pc$1@dont-email.example>','Content-Type: text/plain; charset=UTF-8; format=flowed','--','Gerald Osterman          "Read the feed, then read it again."'])
A[-1]['headline']='Re: CSTO in Kazakhstan - "mission accomplished"?'
q('418','The main mission of the collective peacekeeping forces\n> has been completed successfully.',TOK,'Tokayev','told',malformed=True,note='hard-wrapped quoted line: the span crosses a line break and contains the "> " quote prefix; attribution in the previous sentence ("Tokayev told parliament this morning"); the quoting poster is Viktor K.')
q('418','completed successfully',TOK,'Tokayev','said',n=2,partial=True,note='"is what Tokayev said" after the quote')
q('418','will be decided by the\nKazakh side together with the allies','Dmitry Peskov','Peskov','said',malformed=True,partial=True,note='hard wrap inside the quote; "What Peskov said on Monday is that …"')
q('418','I express special gratitude to the President of Russia,\n   Vladimir Vladimirovich Putin.',TOK,'he','thanked',malformed=True,note='indented block quote wrapped over two lines; "he" = Tokayev although Smailov is the nearest name; cue "thanked" (poster: "I quote from the same feed:")')
q('418','difficult, long, very professional','Sergey Ryabkov','Ryabkov','said',partial=True)
q('418','slam shut','Wendy Sherman','Sherman','said',partial=True,note='two-word partial with a speech verb')
c('418','troops_deployed',2030,None,'CSTO troops deployed',CSTO,'the CSTO says 2,030 men were deployed',note="inside a '>' quoted line from the earlier post")
c('418','detained',9900,None,'people detained since 2 January',MIA,'counts 9,900 people detained',note='"the Interior Ministry now counts"')
c('418','killed',164,None,'dead (figure withdrawn)',KHM,'figure of 164 dead',note='"pulled within hours"')
e('418','2022-01-11','statement',None,[TOK],'Tokayev told parliament this morning',note="'this morning' in the quoted post of 11/01/2022")
e('418','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the troops go home starting Thursday',note='future; Thursday after Tuesday 11 Jan')
e('418','2022-01-09','casualty_report',None,[KHM],'figure of 164 dead from Sunday')
e('418','2022-01-10','statement',None,['Dmitry Peskov'],'said on Monday is that the withdrawal')
e('418','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Alikhan Smailov would be the new prime minister',note='same day as the address ("Tokayev also announced")')
e('418','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Ryabkov said yesterday the talks with Sherman')
e('418','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels tomorrow',note='"tomorrow" from Tuesday 11 Jan')
e('418','2022-01-13','talks','Vienna',['OSCE'],'Vienna on',note='"Vienna on\\nThursday" across a hard wrap')

# ---------------- 419 Brussels Times piece (Tuesday, 11 January 2022)
art('419',0,ln('419',"Borrell: EU will not let Kazakhstan crackdown"),ln('419',"The European Union's foreign policy chief"),'The Brussels Times','2022-01-11',['Elise Vandermeulen'],None,
    ['The Brussels Times','Belgium','EU Affairs','Business','Opinion','Tuesday, 11 January 2022','By Elise Vandermeulen',
     'EU High Representative Josep Borrell at a press conference in Brussels. Credit: Belga','The Brussels Times newsletter',
     'Get the news that matters to you in Belgium every morning. Subscribe','Latest news','Most read','Copyright © 2022 The Brussels Times. All rights reserved.'])
q('419','The fundamental rights of the people of Kazakhstan, including the right to peaceful protest, must be respected,','Josep Borrell','Borrell','told')
q('419','full clarity','Josep Borrell','He','said',partial=True)
q('419','We do not want the Kazakh file to disappear behind the Ukraine talks,',None,'the diplomat','said',note='anonymous EU diplomat ("According to an EU diplomat" opens the previous sentence); the headline paraphrases it in single quotes (excluded)')
q('419','with great attention','Sophie Wilmès','Belgian Foreign Minister Sophie Wilmès','said',partial=True)
q('419',"We are ready to listen to Russia's concerns, but we will not compromise on core principles,",'Jens Stoltenberg','Stoltenberg','said')
c('419','detained',9900,None,'people detained since the start of the protests','Kazakh authorities','to 9,900')
c('419','killed',164,None,'official death toll',None,'has been given as 164',note='passive, no source; "although the figure has been questioned"')
c('419','killed',16,None,'members of the security forces killed',None,'including 16 members of the security forces',note='a subset of the 164, but a separate category (security forces), as in earlier sets')
c('419','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'about 2,000 troops to Kazakhstan')
e('419','2022-01-11','statement',None,['Josep Borrell'],'Josep Borrell said on Tuesday')
e('419',None,'talks',None,['Josep Borrell','Mukhtar Tileuberdi'],'after a video call with Kazakhstan',note='undated (likely Tuesday 11 Jan)')
e('419','2022-01-10','statement',None,['Kazakh authorities'],'Kazakh authorities on Monday raised the number')
e('419',None,'talks','Brest',['European Union'],'an informal meeting in Brest, France, later this week',note='"later this week" is not a day (real: 13-14 Jan)')
e('419','2022-01-10','statement',None,['Sophie Wilmès'],'Sophie Wilmès said on Monday')
e('419',None,'troop_deployment','Kazakhstan',[CSTO],"last week at Tokayev's request",note='"last week" is not a day')
e('419','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw on Thursday',note='future')
e('419','2022-01-12','talks','Evere',['NATO','Russia'],"headquarters in Evere on Wednesday")
e('419','2022-01-10','talks',None,['Jens Stoltenberg','Olha Stefanishyna'],'after meeting Ukrainian Deputy Prime Minister Olha Stefanishyna')

# ---------------- 420 Balkan Insight feature (January 13, 2022, a Thursday)
art('420',0,ln('420',"Kazakhstan Unrest Becomes Morality Tale"),ln('420','Pro-government tabloids in Belgrade have cast'),'Balkan Insight','2022-01-13',['Tamara Lukić'],'Belgrade',
    ['Balkan Insight','Home','News','Serbia','Feature','Tamara Lukić','BIRN','Belgrade','January 13, 2022','13:10','Facebook','Twitter','Email',
     "[1] Vulin's remarks were published on the interior ministry's website.",'Support BIRN',
     'Balkan Insight is published by the Balkan Investigative Reporting Network. Donate to support independent journalism.','Tags: Kazakhstan, Russia, Serbia, media, tabloids'])
q('420','Russians Saved Kazakhstan in Three Days',None,'one','ran',note='a tabloid front-page headline quoted; the paper is not named ("ran one on Saturday"); "Three Days" is not a claim')
q('420','an attempted colour revolution, the same one they tried in Belgrade','Aleksandar Vulin','he','said',partial=True,note='footnote marker "[1]" after the closing mark and full stop; the label "colour revolution" is inside the quote')
q('420','Only a country that has friends like Russia can defend itself from such attacks,','Aleksandar Vulin','Vulin','told')
q('420','Our tabloids do not report on Kazakhstan, they report on Serbia through Kazakhstan,','Nenad Ristić','Nenad Ristić','said',note='inverted cue: "…," said NAME, who teaches …')
q('420','The message to the reader is simple: protests are foreign plots, and the strong man is always right.','Nenad Ristić','Nenad Ristić','said',note='continuation after the interposed attribution')
q('420','Serbia is militarily neutral and that is not going to change,','Aleksandar Vučić','President Aleksandar Vučić','said')
c('420','detained',10000,'more than','people detained',MIA,'more than 10,000 people have now been detained',note='"According to the Kazakh Interior Ministry" opens the sentence')
c('420','troops_deployed',2030,None,'CSTO force in Kazakhstan',CSTO,'its force numbered 2,030 troops')
e('420','2022-01-08','statement',None,['Aleksandar Vulin'],'On Saturday he said')
e('420','2022-01-07','statement',None,['Aleksandar Vulin'],'told the pro-government TV Pink the day before',note='"the day before" = Friday 7 Jan, the day before the Saturday remark')
e('420','2022-01-13','withdrawal','Kazakhstan',[CSTO],'its withdrawal began on Thursday, today')
e('420',None,'protest','Serbia',[],'environmental protests that blocked roads across Serbia',note='"late November and early December" (2021); no day')
e('420','2022-01-10','statement',None,['European Union'],'An EU spokesperson on Monday')
e('420','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russia met on Wednesday')
e('420','2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council in Vienna is discussing')
e('420','2022-01-12','statement',None,['Aleksandar Vučić'],'Vučić said on Wednesday')
# ---------------- speakers: quoted speakers, plus sources named in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he'],["Tokayev's"]),
 sp('Ma. Teresita Daza','person',['Ma. Teresita Daza'],['DFA spokesperson'],'Philippines',['She'],note='words invented'),
 sp('Jun Reyes','person',['Jun Reyes','Reyes'],['a hotel engineer from Batangas'],'Philippines',note='invented'),
 sp(DFA,'organisation',['Department of Foreign Affairs','DFA'],[],'Philippines',quoted=False,note='source of statements; not quoted directly'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['the committee','the security service']),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',note='words invented'),
 sp('Tanee Sangrat','person',['Tanee Sangrat'],['ministry spokesman'],'Thailand',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['He'],note='only the "Sergei" spelling in this set; canonical from the gold'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],['Vladimir Vladimirovich Putin']),
 sp('Hari Prasad Ghimire','person',['Hari Prasad Ghimire','Ghimire'],['a former Nepali ambassador'],'Nepal',note='invented'),
 sp('Anjali Thapa','person',['Anjali Thapa'],[],'Nepal',['She'],note='invented'),
 sp('Shvan Aziz','person',['Shvan Aziz','Shvan'],['a 24-year-old medical student in Almaty'],'Iraq (Kurdistan Region)',['he'],note='invented; later mentioned by first name only'),
 sp('Ahmed al-Sahaf','person',['Ahmed al-Sahaf'],['Ministry spokesperson'],'Iraq',note='words invented'),
 sp('Josep Borrell','person',['Josep Borrell','Borrell'],['EU High Representative',"foreign policy chief"],'European Union',['He'],note='words invented'),
 sp('Sophie Wilmès','person',['Sophie Wilmès'],['Belgian Foreign Minister'],'Belgium',note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',note='words invented'),
 sp('Aleksandar Vulin','person',['Aleksandar Vulin','Vulin'],['Serbian Interior Minister'],'Serbia',['he'],["Vulin's"],note='words invented'),
 sp('Nenad Ristić','person',['Nenad Ristić','Ristić'],[],'Serbia',note='invented'),
 sp('Aleksandar Vučić','person',['Aleksandar Vučić','Vučić'],['President'],'Serbia',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of troop figures in 8 files; not quoted'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(KHM,'organisation',['health ministry','Health Ministry'],[],'Kazakhstan',[],quoted=False,note='source of the 164 figure in 2 files'),
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
