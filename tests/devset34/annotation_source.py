#!/usr/bin/env python3
"""Source of the devset34 annotation: the hand-chosen spans, values and dates for 365-372.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset34/annotation_source.py && python3 tests/devset34/verify.py
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
ILMFA='Israeli Foreign Ministry'; KZMOH='Kazakh Ministry of Health'; PGO='Kazakh Prosecutor General\'s Office'

# ---------------- 365 Caixin Global explainer (Jan 10, 2022 07:42 PM, Mon)
art('365',0,4,7,'Caixin Global','2022-01-10',['Wang Ruoxi','Zhou Jiahui'],None,
    ['Caixin Global','Latest | Economy | Finance | Business & Tech | China | World | Opinion','By Wang Ruoxi and Zhou Jiahui','Jan 10, 2022 07:42 PM',
     'Contact reporter Zhou Jiahui (jiahuizhou@caixin.com) and editor Michael Bellart (michaelbellart@caixin.com)',
     'Download our app to receive breaking news alerts and read the news on the go.','Share to: WeChat | Weibo | LinkedIn | Twitter'],
    sections=(11,14,17,21))
q('365','firmly opposes any attempt by external forces to deliberately create unrest','Xi Jinping','Xi','said',partial=True,note='"Xi said China “…” in Kazakhstan, according to state broadcaster CCTV"; relayed by CCTV, speaker Xi')
q('365','China is willing to step up law enforcement and security cooperation,','Wang Yi','Wang','said',note='"Wang said" after the quote; "Foreign Minister Wang Yi" named in the sentence before')
q('365','resist interference.','Wang Yi','Wang','said',partial=True,note='"adding that Beijing would help “…”" in the same sentence')
q('365','We lost four days, not four weeks,','Liu Haitao','Liu Haitao','said',note='inverted cue "said Liu Haitao, a logistics manager…"; Chinese name order')
q('365',"But clients now ask us for a plan B that goes around Kazakhstan, and honestly there isn't one.",'Liu Haitao','Liu Haitao','said',note='second half of a split quote')
q('365','Beijing will be quietly relieved that Moscow, not China, put boots on the ground,','Li Ming','Li Ming','said',note='inverted cue')
q('365','a useful division of labor','Li Ming','She','said',partial=True,note='She = Li Ming')
c('365','troops_deployed',2030,'about','CSTO troops arrived in Kazakhstan',None,'about 2,030 troops arrived from Thursday')
c('365','killed',164,None,'people killed in the unrest','Kazakh authorities','164 people had been killed',note='"a figure that the Ministry of Health later revised"')
c('365','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
e('365','2022-01-02','protest','Zhanaozen',[],'began in the western oil town of Zhanaozen on Jan. 2')
e('365',None,'protest','Almaty',[],"where crowds stormed the mayor's office",note='undated (real: 5 Jan)')
e('365',None,'other',None,[TOK,CSTO],'asked the Russia-led Collective Security Treaty Organization (CSTO) for help',note='undated request (real: 5 Jan)')
e('365','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'troops arrived from Thursday',note='"from Thursday" before Mon 10 Jan')
e('365','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e('365','2022-01-07','statement',None,['Xi Jinping',TOK],'sent Tokayev a verbal message on Friday')
e('365','2022-01-10','talks',None,['Wang Yi'],'speaking to his Kazakh counterpart by phone on Monday',note='Monday = publication day; counterpart unnamed')
e('365',None,'other',None,['KTZ'],'suspended some container services for two days',note='undated suspension')

# ---------------- 366 European Parliament AFET press release (13-01-2022 - 17:40, Thu)
art('366',0,5,12,'European Parliament','2022-01-13',[],None,
    ['European Parliament','News | Press room | Press releases','Press Releases','AFET','13-01-2022 - 17:40','Share this page:','Facebook Twitter LinkedIn WhatsApp',
     'Contacts:','Marta ESTEVENS ROCA','Press Officer','(+32) 2 28 43000 (BXL)','(+32) 498 95 99 32','afet-press@europarl.europa.eu','Ref.: 20220113IPR21318'],
    le=24,sections=(20,23))
q('366','The shoot-to-kill order was unacceptable. We expect the authorities in Nur-Sultan to release everyone held for peaceful protest and to allow an independent investigation.','David McAllister','Committee Chair David McAllister','said:',note='"(EPP, DE)" party/country bracket between name and cue')
q('366','cannot become a permanent feature','Kaja Lindholm','Standing rapporteur for Central Asia Kaja Lindholm','said that',partial=True,note='"said that … “…”"')
q('366','President Tokayev told his parliament on Tuesday that the mission had been accomplished. Then let the troops go home, all of them, and on schedule,','Kaja Lindholm','she','added',note='a name (Tokayev) inside the quote; "she added"')
q('366','Confessions shown on television, with bruised faces, are not evidence of anything except abuse,','Tomas Verbeek','Tomas Verbeek','said',note='inverted cue, party bracket after the name')
c('366','killed',225,None,'people killed in the unrest','Kazakh authorities','225 people were killed')
c('366','killed',19,None,'security forces members killed','Kazakh authorities','among them 19 members of the security forces')
c('366','detained',10000,'more than','people detained',None,'More than 10,000 people have been detained')
c('366','troops_deployed',2030,None,'CSTO contingent','EEAS','the CSTO contingent of 2,030 personnel',note='"the EU had been informed"')
e('366','2022-01-13','other','Brussels',['European Parliament Committee on Foreign Affairs','EEAS'],'with EEAS officials on Thursday',note='committee exchange of views; Thursday = publication day; location from EP context, not printed')
e('366','2022-01-12','casualty_report',None,['Kazakh authorities'],'released by Kazakh authorities on Wednesday')
e('366','2022-01-11','statement',None,[TOK],'told his parliament on Tuesday',note='inside a quote; Tuesday before Thu 13 Jan')
e('366',None,'withdrawal','Kazakhstan',[CSTO],'would complete its withdrawal within ten days',note='future, no day')
e('366','2022-01-26','other',None,['European Parliament Committee on Foreign Affairs'],'joint hearing with the Subcommittee on Human Rights on 26 January')
e('366',None,'talks','Brussels',['NATO','Russia'],"this week's Russia-NATO Council in Brussels",note='"this week" (real: 12 Jan)')
e('366',None,'talks','Vienna',['OSCE'],'the OSCE Permanent Council in Vienna',note='this week (real: 13 Jan)')

# ---------------- 367 Newsweek (1/7/22 11:18 AM EST, Fri)
art('367',0,6,11,'Newsweek','2022-01-07',['Caleb Ostrander'],None,
    ['Newsweek','U.S. World Opinion Culture Sign In Subscribe','WORLD','RUSSIA','KAZAKHSTAN','By Caleb Ostrander On 1/7/22 at 11:18 AM EST','Share','Updated 1/7/22, 2:05 PM EST',
     'Read more',"Tokayev Says Kazakhstan Faced 'Attack by Terrorists Trained Abroad'",'Map Shows Where Russian Troops Are Stationed Near Ukraine','Who Is Andrei Serdyukov, the General Leading the CSTO Force?',
     'Newsweek has contacted the Kazakh Embassy in Washington for comment.',
     "Update 1/7/22, 2:05 PM EST: This article has been updated with the Interior Ministry's detention figures and comments from Dana Kowalczyk.",
     'Request Reprint & Licensing Submit Correction View Editorial Guidelines'])
q('367','How can anyone negotiate with people who kill and loot?',TOK,'he','asked',note='question quote, cue "asked"; he = Tokayev')
q('367','Whoever refuses to lay down arms will be eliminated.',TOK,'he','asked',note='continuation after the interposed "he asked."; same cue')
q('367','strategic facilities.',RDM,'The Russian Defense Ministry','said',partial=True,note='two-word partial with the full stop inside the mark')
q('367','History tells us that when Russian troops are invited into a house, getting them to leave again can be very hard,','Antony Blinken','Blinken','told')
q('367','double standards','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova','had warned',partial=True,note='two-word partial; pluperfect cue "had warned"')
q('367','strictly within its mandate.','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova','writing on Telegram',partial=True)
q('367','Moscow is doing this days before it sits down with Washington in Geneva. It wants to show it can move fast and that it has a sphere,','Dana Kowalczyk','he','said',note='"told Newsweek" in the previous sentence; "he said" after the quote')
c('367','aircraft',70,'more than','Il-76 transport aircraft used to fly in troops',RDM,'more than 70 Il-76 transport aircraft')
c('367','troops_deployed',2500,'about','CSTO contingent in total',CSTO,'about 2,500 troops in total')
c('367','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been "liquidated"',note='two scare-quoted labels around the verb; both excluded as quotes')
c('367','killed',18,None,'police officers and National Guard members died',MIA,'18 police officers and National Guard members had died')
c('367','detained',3811,None,'people detained',MIA,'3,811 people had been detained')
e('367','2022-01-07','troop_deployment','Kazakhstan',['Russia',CSTO],'continued to arrive in Kazakhstan on Friday')
e('367',None,'statement',None,[TOK],'In a televised address, Tokayev rejected calls for negotiations',note='undated here (real: 7 Jan)')
e('367','2022-01-07','statement','Washington',['Antony Blinken'],'Blinken told reporters on Friday')
e('367','2022-01-06','statement',None,['Maria Zakharova'],'A day earlier, Russian Foreign Ministry spokeswoman',note='"a day earlier" relative to Blinken\'s Friday remark → Thursday 6 Jan')
e('367',None,'talks','Geneva',['Russia','United States'],'sits down with Washington in Geneva',note='inside a quote; future, no day')

# ---------------- 368 Jerusalem Post (JANUARY 8, 2022 15:27, Sat)
art('368',0,4,5,'The Jerusalem Post','2022-01-08',[],None,
    ['The Jerusalem Post','Israel News | Middle East | Diaspora | Opinion | Premium','Home > International','By JPOST.COM STAFF, REUTERS','Published: JANUARY 8, 2022 15:27','Updated: JANUARY 8, 2022 18:02',
     '(photo credit: REUTERS/PAVEL MIKHEYEV)','Smoke rises from the city hall building in Almaty, January 5, 2022.','Reuters contributed to this report.','Related Content',
     'Why is Russia sending troops to Kazakhstan? - analysis','Iran, Turkey call for calm in Kazakhstan','Advertisement'])
q('368','The embassy in Nur-Sultan is working around the clock and there is no indication that Israelis have been targeted,',ILMFA,'the ministry','said in a statement',note='paragraph opens with the quote; "Israel\'s Foreign Ministry" named in the paragraph before')
q('368','stay indoors and avoid any gathering.',ILMFA,'the ministry','said in a statement',partial=True,note='"adding that it advised citizens to “…”"')
q('368','We kept the children away from the windows. On Friday it was quieter, thank God, and people came to pray,','Eliyahu Brandman','he','said',note='"Rabbi Eliyahu Brandman … told The Jerusalem Post by phone" in the sentence before')
q('368','supported the measures taken.','Vladimir Putin','Putin','according to',partial=True,note='"Putin, according to the Kremlin readout, “…”"; speaker Putin, cue "according to"')
q('368','as soon as the situation allows.','Air Astana','Air Astana','said that',partial=True)
q('368','I came for the skiing at Shymbulak. I will leave with a story nobody at home believes.','Noa','Noa','said:',note='first name only (tourist, 27); "An Israeli tourist who asked to be identified only as Noa, 27, said:"')
c('368','killed',164,None,'people killed in the unrest',KZMOH,'164 people had been killed in the unrest',note='reported by RIA from a Telegram post the ministry later said was published in error')
c('368','killed',103,None,'people killed in Almaty',KZMOH,'including 103 in Almaty',note='subset of 164')
c('368','detained',4404,None,'people detained','Kazakh Presidential Press Office','4,404 people had been detained')
e('368','2022-01-08','statement',None,[ILMFA],"Israel's Foreign Ministry said on Saturday")
e('368','2022-01-05','other','Almaty',[],'closed since Wednesday night',note='airport closure; Wednesday before Sat 8 Jan')
e('368','2022-01-06','other','Almaty',['Eliyahu Brandman'],'automatic fire from the direction of Republic Square on Thursday night',note='gunfire heard; type other')
e('368','2022-01-08','casualty_report',None,[KZMOH],"Kazakhstan's health ministry said on Saturday")
e('368',None,'arrest',None,['Karim Masimov'],'had been arrested on suspicion of high treason',note='undated here (real: 6 Jan, announced 8 Jan)')
e('368',None,'talks',None,[TOK,'Vladimir Putin'],'in a call with Russian President Vladimir Putin',note='undated call (real: 7/8 Jan)')

# ---------------- 369 Business Insider (Jan 11, 2022, 9:14 AM, Tue)
art('369',0,6,11,'Insider','2022-01-11',['Jake Hollister'],None,
    ['INSIDER','Subscribe','Newsletters','Search','Politics','Jake Hollister','Jan 11, 2022, 9:14 AM',
     'Russian servicemen of the CSTO force guard a power plant in Almaty on January 10, 2022.','Alexander Ryumin/TASS via Getty Images','Read next',
     "Kazakhstan's internet shutdown cost the economy millions of dollars a day, experts say",
     'Sign up for notifications from Insider! Stay up to date with what you want to know.','Subscribe to push notifications'])
q('369','principal task',TOK,'Kassym-Jomart Tokayev','said',partial=True,zone='body',note='in the key-points bullet list (line 12), repeated in the body; the one-word "fulfilled." beside it is excluded')
q('369','principal task',TOK,'President Kassym-Jomart Tokayev','said',n=2,partial=True,note='body repeat of the bullet partial')
q('369','take no more than 10 days,',TOK,'he','said',partial=True,note='partial ending in a comma before "he said"')
q('369','Under the first president, a circle of extremely profitable companies and a class of people who are wealthy even by world standards emerged in this country,',TOK,'Tokayev','said')
q('369','The CSTO showed it can react within hours,','Vladimir Putin','Russian President Vladimir Putin','told',note='inverted cue "told a virtual summit"')
q('369','never allow','Vladimir Putin','Russian President Vladimir Putin','insisting that',partial=True,note='two-word partial; "color revolutions" after it is unquoted')
q('369','candid and useful,','Wendy Sherman','Sherman','called',partial=True,note='cue "called the discussion"')
q('369','proposals that simply cannot be accepted.','Wendy Sherman','Sherman','said',partial=True)
q('369','firm, legally binding guarantees','Sergey Ryabkov','Ryabkov','told',partial=True,note='"Ryabkov, for his part, told reporters that Russia needed “…”"; written "Sergei Ryabkov" at first mention')
c('369','troops_deployed',2000,'about','CSTO troops to withdraw',TOK,'the roughly 2,000 troops',note='"roughly" → about')
c('369','killed',164,'at least','people killed during the violence','official figures','At least 164 people were killed')
c('369','detained',10000,'almost','people detained',MIA,'nearly 10,000 were detained')
e('369','2022-01-11','statement','Nur-Sultan',[TOK],"Kazakhstan's president said on Tuesday")
e('369','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw on Thursday',note='future; Thursday after Tue 11 Jan; also "in two days"')
e('369',None,'appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister, Alikhan Smailov',note='same address (Tuesday) but no day in the sentence')
e('369','2022-01-10','casualty_report',None,[MIA],'the Interior Ministry said on Monday')
e('369','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'told a virtual summit of the bloc on Monday')
e('369','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'spent nearly eight hours with Russian Deputy Foreign Minister')
e('369',None,'other',None,[TOK,CSTO],'a week after he asked them in',note='"a week after" the request (real: 5 Jan); not resolved')

# ---------------- 370 Stars and Stripes (January 12, 2022, Wed)
art('370',0,4,9,'Stars and Stripes','2022-01-12',['Marcus Delaney'],'BRUSSELS',
    ['STARS AND STRIPES','News | Europe | Pacific | Middle East | Military Life | Opinion | Veterans','EUROPE','By Marcus Delaney','Stars and Stripes • January 12, 2022',
     'NATO Secretary-General Jens Stoltenberg speaks to reporters after the NATO-Russia Council meeting at alliance headquarters in Brussels, Jan. 12, 2022. (NATO)',
     'delaney.marcus@stripes.com','Twitter: @MDelaneyStripes','Related',"Russia warns of 'consequences' as US rejects NATO guarantee demand",
     'U.S. troops in Poland brace for long winter as Ukraine tensions rise','© 2022 Stars and Stripes. All rights reserved.'])
q('370','There are real and serious disagreements between allies and Russia on these issues,','Jens Stoltenberg','Secretary-General Jens Stoltenberg','told')
q('370','The gaps are wide and they will take time to close, but it matters that all 30 allies and Russia sat at one table.','Jens Stoltenberg','Secretary-General Jens Stoltenberg','told',note='second quote in the same paragraph, no new cue; takes the preceding cue')
q('370','not up for negotiation,','Jens Stoltenberg','he','said',partial=True)
q('370','critically dangerous','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','warned',partial=True,note='long appositive clause with a second name (Fomin) between speaker and cue')
q('370','Our proposals are a package, not a buffet where you take what you like and leave the rest,','Alexander Grushko','he','told')
q('370','We did not get a clear answer,','Wendy Sherman','Sherman','said')
q('370','De-escalation is the only path to diplomacy.','Wendy Sherman','Sherman','said',note='stand-alone sentence after "Sherman said."; takes the preceding cue')
q('370','following events closely','Rhonda Pike','Army Lt. Col. Rhonda Pike','said',partial=True,note='rank abbreviations before the name')
c('370','troops_deployed',100000,'about',"Russian troops near Ukraine's border",None,'some 100,000 troops',note='"some" → about')
c('370','troops_deployed',2030,'about','CSTO troops sent into Kazakhstan',None,'sent about 2,030 troops')
e('370','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin','Wendy Sherman'],'ended their first formal council meeting in more than two years on Wednesday')
e('370','2022-01-10','talks','Geneva',['United States','Russia','Wendy Sherman'],'in Geneva two days earlier',note='"two days earlier" relative to Wed 12 Jan')
e('370',None,'troop_deployment','Kazakhstan',[CSTO],'The meeting came a week after the Collective Security Treaty Organization sent',note='"a week after" – not resolved (real: 6 Jan)')
e('370','2022-01-11','statement',None,['Kazakh officials'],'Kazakh officials said Tuesday')
e('370','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the force would start leaving Thursday')
e('370','2022-01-13','talks','Vienna',['OSCE'],'meet in Vienna on Thursday')

# ---------------- 371 The Irish Times (Sat, Jan 8, 2022, 01:00)
art('371',0,5,6,'The Irish Times','2022-01-08',['Conor Whelan'],None,
    ['The Irish Times','Sat, Jan 8, 2022','News | Sport | Business | Opinion | Life & Style | Culture','World > Asia-Pacific','Conor Whelan in Moscow','Sat, Jan 8, 2022, 01:00',
     'More from The Irish Times','World','Russia and US set for tense Geneva talks on Ukraine','© 2022 The Irish Times DAC'])
q('371','timely and legitimate',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"personally" (one word) before it in the same sentence is excluded')
q('371','There is no bread in the shops near us and the cash machines are empty,','Gulnara','Gulnara','said by telephone',note='first name only; age and job between name and cue')
q('371','We hear shooting at night and then it is quiet in the morning, as if nothing happened.','Gulnara','Gulnara','said by telephone',note='continuation after the interposed cue')
q('371','Whatever happens in Almaty, we do not want to see the Belarus scenario of 2020 repeated,','Josep Borrell','he','said')
q('371','fewer than ten',"Irish Department of Foreign Affairs",'A spokeswoman','said',partial=True,note='anonymous spokeswoman of the department; speaker = the department')
q('371','jointly with Kazakh forces',RDM,"Russia's defence ministry",'said',partial=True)
c('371','other',20000,None,'"bandits" in Almaty',TOK,'20,000 "bandits" in Almaty alone',note='attackers, not a casualty or troop figure')
c('371','killed',26,None,'protesters killed',MIA,'26 protesters had been killed')
c('371','killed',18,None,'security officers died',MIA,'18 security officers had died')
c('371','detained',3000,'more than','people arrested since the unrest began',MIA,'More than 3,000 people have been arrested')
c('371','aircraft',75,'more than','aircraft used to ferry paratroopers',RDM,'more than 75 aircraft')
e('371','2022-01-07','statement',None,[TOK],'in a televised address on Friday')
e('371','2022-01-07','casualty_report',None,[MIA],'The Kazakh interior ministry said on Friday')
e('371','2022-01-02','protest',None,[],'since the unrest began six days ago',note='"six days ago" from Sat 8 Jan')
e('371','2022-01-06','talks','Brest',['European Union','Josep Borrell'],'informal meeting of EU defence ministers in Brest on Thursday',note='Borrell statement at the meeting')
e('371','2022-01-07','statement',None,[RDM],"Russia's defence ministry said on Friday")
e('371','2022-01-10','talks','Geneva',['Russia','United States'],'meet in Geneva on Monday')

# ---------------- 372 Kazakh MFA briefing (11 January 2022, 11:00, Tue)
art('372',0,4,9,'Ministry of Foreign Affairs of the Republic of Kazakhstan','2022-01-11',[],None,
    ['MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF KAZAKHSTAN','Қазақша | Русский | English','Home / Press service / Briefings','11 January 2022, 11:00','Views: 3 214',
     "The full video of the briefing is available on the Ministry's YouTube channel.",'Print version','Share: Facebook Twitter Telegram','Date of last modification: 11.01.2022 - 13:42'],
    sections=(8,14))
q('372','The mission of the collective peacekeeping forces has been carried out successfully,',TOK,'the President','said',note='quoted by the spokesman in his opening remarks; "The Head of State" earlier')
q('372','every detention is being checked for legality.',PGO,"the Prosecutor General's Office",'I must stress, as',partial=True,note="Smadiyarov repeats the office's line: \"I must stress, as the Prosecutor General's Office has, that “…”\"; speaker chosen = the office")
q('372','open to dialogue with all partners,','Aibek Smadiyarov','Smadiyarov',None,partial=True,note='inside the transcript answer after the speaker label "Smadiyarov:"; no speech verb')
c('372','detained',9900,None,'people detained',MIA,'9,900 people have been detained')
e('372','2022-01-11','statement','Nur-Sultan',[TOK],'The Head of State addressed the Mazhilis this morning',note='"this morning" = briefing day')
e('372','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin a phased withdrawal in two days',note='"in two days" from Tue 11 Jan')
e('372','2022-01-10','talks',None,['Mukhtar Tileuberdi'],'On Monday, the Minister of Foreign Affairs Mukhtar Tileuberdi held telephone conversations')
e('372','2022-01-11','statement',None,['Aibek Smadiyarov'],'Briefing by the Official Representative')
e('372',None,'other','Almaty',[],'flights should resume by the end of this week',note='airport reopening, future, no day')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State'],'Kazakhstan',['he','the President','The Head of State']),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['President'],'China'),
 sp('Wang Yi','person',['Wang Yi','Wang'],['Foreign Minister'],'China'),
 sp('Liu Haitao','person',['Liu Haitao'],["a logistics manager at a Xi'an freight forwarder"],'China',note='invented'),
 sp('Li Ming','person',['Li Ming'],['a Central Asia researcher at a Shanghai university'],'China',['She'],note='invented'),
 sp('David McAllister','person',['David McAllister'],['Committee Chair'],'Germany',note='words invented; "(EPP, DE)" after the name'),
 sp('Kaja Lindholm','person',['Kaja Lindholm'],['Standing rapporteur for Central Asia'],'Sweden',['she'],note='invented'),
 sp('Tomas Verbeek','person',['Tomas Verbeek'],[],'Netherlands',note='invented'),
 sp(RDM,'organisation',['Russian Defense Ministry',"Russia's defence ministry"],[],'Russia'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia'),
 sp('Dana Kowalczyk','person',['Dana Kowalczyk'],['a former State Department official now at a Washington think tank'],'United States',['he'],note='invented'),
 sp(ILMFA,'organisation',["Israel's Foreign Ministry"],[],'Israel',['the ministry']),
 sp('Eliyahu Brandman','person',['Eliyahu Brandman'],['the Chabad emissary in Almaty'],'Israel',['he'],['Rabbi Eliyahu Brandman'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Air Astana','organisation',['Air Astana'],[],'Kazakhstan'),
 sp('Noa','person',['Noa'],['An Israeli tourist'],'Israel',note='invented; first name only'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='printed "Sergei"; canonical from earlier sets'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['Secretary-General'],'Norway',['he']),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Russian Deputy Foreign Minister'],'Russia',['he']),
 sp('Rhonda Pike','person',['Rhonda Pike'],['a spokeswoman for U.S. Army Europe and Africa'],'United States',[],['Army Lt. Col. Rhonda Pike'],note='invented'),
 sp('Gulnara','person',['Gulnara'],['a 45-year-old accountant'],'Kazakhstan',note='invented; first name only'),
 sp('Josep Borrell','person',['Josep Borrell'],["The European Union's foreign policy chief"],None,['he']),
 sp('Irish Department of Foreign Affairs','organisation',["Ireland's Department of Foreign Affairs"],[],'Ireland',['A spokeswoman']),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan'),
 sp('Aibek Smadiyarov','person',['Aibek Smadiyarov','Smadiyarov'],['Official Representative of the MFA of Kazakhstan'],'Kazakhstan',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='not quoted; source of figures'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
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
