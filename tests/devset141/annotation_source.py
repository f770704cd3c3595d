#!/usr/bin/env python3
"""Source of the devset141 annotation: the hand-chosen spans, values and dates for 1221-1228.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset141/annotation_source.py && python3 tests/devset141/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RYA='Sergey Ryabkov'
KPG="Kazakh Prosecutor General's Office"; IEDFA='Irish Department of Foreign Affairs'; PHDFA='Philippine Department of Foreign Affairs'
ARMFA='Argentine Foreign Ministry'; GHMFA='Ghanaian Ministry of Foreign Affairs and Regional Integration'; KNB='Kazakh National Security Committee'

# ---------------- 1221 Irish Times-style print page (Wednesday, January 12, 2022): 2 stories + 2 "IN BRIEF" items = 4 articles
art('1221',0,4,6,'The Irish Times','2022-01-12',['CIARA BRENNAN'],'Geneva',
    ['THE IRISH TIMES                                        Wednesday, January 12, 2022',
     'WORLD NEWS                                                                      9','CIARA BRENNAN','in Geneva'],ls=4,le=19)
art('1221',1,21,25,'The Irish Times','2022-01-12',['DAVID FORDE'],None,['DAVID FORDE'],ls=21,le=31)
art('1221',2,35,37,'The Irish Times','2022-01-12',[],None,['IN BRIEF'],ls=35,le=37)
art('1221',3,39,41,'The Irish Times','2022-01-12',[],None,['© The Irish Times. Printed edition. Subscribe at irishtimes.com/subscribe'],ls=39,le=41)
q('1221','difficult, long, very professional',RYA,'Sergei Ryabkov','said',partial=True,note='partial closed before the full stop: "...professional".')
q('1221','We need iron-clad, legally binding guarantees, not promises,',RYA,'Mr Ryabkov','told')
q('1221','security proposals that are simply non-starters','Wendy Sherman','Wendy Sherman','said',partial=True,note='the dek\'s one-word "non-starters" (l.6) is excluded')
q('1221','slam closed','Wendy Sherman','She','said',partial=True,note='two-word partial with a speech verb; kept like gold "dead end"')
q('1221','main mission',TOK,'Kassym-Jomart Tokayev','said',art=1,partial=True,note='two-word partial; borderline with a label')
q('1221','The peacekeepers came at our request and they will leave when the work is done,',TOK,'he','said',art=1)
q('1221','nobody should see this as an occupation',TOK,'he','adding',art=1,partial=True)
q('1221','none has reported being harmed',IEDFA,'A spokeswoman','said',art=2,partial=True,note='unnamed spokeswoman -> the organisation (earlier-set convention)')
c('1221','troops_deployed',2030,None,'CSTO troops in the deployment',CSTO,'2,030 troops took part in the deployment',art=1)
c('1221','detained',7939,None,'people detained since the protests began','officials','7,939 people had been detained',art=1)
c('1221','killed',164,None,'people killed in the unrest','officials','Kazakh officials said 164 people were killed',art=3,note='figure later withdrawn, as the text says')
e('1221','2022-01-10','talks','Geneva',['Russia','United States',RYA,'Wendy Sherman'],'ended in Geneva on Monday evening')
e('1221','2022-01-12','talks','Brussels',['NATO','Russia'],'The talks move to Brussels today',note='"today" = publication day')
e('1221','2022-01-13','talks','Vienna',['OSCE','Russia'],'to Vienna tomorrow')
e('1221','2022-01-11','statement',None,[TOK],'said yesterday that the Russia-led force',art=1)
e('1221','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw tomorrow',art=1)
e('1221','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He also named Alikhan Smailov',art=1,note='no day word in this sentence; same speech to parliament as "said yesterday" in the previous paragraph')
e('1221',None,'troop_deployment','Kazakhstan',[CSTO],'sent to his country last week',art=1,note='"last week" is a period')
e('1221','2022-01-11','arrest','Kazakhstan',['officials'],'Officials said yesterday that',art=1)
e('1221','2022-01-02','protest','Kazakhstan',[],'since the protests began on January 2nd',art=1,note='ordinal suffix "2nd"')
e('1221',None,'statement',None,[IEDFA],'has advised against all non-essential travel',art=2)
e('1221','2022-01-05','protest','Almaty',[],'stormed by rioters last Wednesday',art=3,note='"last Wednesday" from Wednesday 12 Jan = 5 Jan')
e('1221','2022-01-13','other','Almaty',[],'will resume flights on Thursday',art=3,note='airport reopening')

# ---------------- 1222 Inquirer.net homepage dump (Thursday, January 13, 2022): teasers + one full story
art('1222',0,22,27,'Inquirer.net','2022-01-13',['Marlon Ramos Dizon'],'MANILA, Philippines',
    ['INQUIRER.NET','Philippine News for Filipinos','Thursday, January 13, 2022 | 10:42 AM PHT',
     'NEWSINFO  GLOBALNATION  BUSINESS  SPORTS  ENTERTAINMENT  LIFESTYLE  OPINION  TECHNOLOGY',
     'Nato, Russia fail to bridge gap in Brussels talks','By: Marlon Ramos Dizon - Reporter / @MRDizonINQ',
     'INQUIRER.net / 10:20 AM January 13, 2022','READ: Tokayev: CSTO to start leaving in two days',
     'Share this: Facebook  Twitter  Messenger  Viber  Email','MOST READ'],ls=22,le=43)
q('1222','We are ready to talk, but we will not compromise on core principles,','Jens Stoltenberg','Jens Stoltenberg','says',art=None,zone='related',note='homepage teaser for another story; inverted cue in the present tense')
q('1222','each and every one','Sarah Lou Arriola','Sarah Lou Arriola','said',partial=True)
q('1222','Nobody was hurt. Some lost their jobs when the malls and hotels closed, and they want to come home,','Sarah Lou Arriola','Arriola','said')
q('1222','because the shooting was very near.',None,'A nurse working in Almaty','told',partial=True,note='anonymous nurse; full stop inside the mark')
q('1222','We could hear it until morning. Our employer gave us food and told us not to go out,',None,'the nurse','said')
c('1222','detained',10000,'almost','people detained in Kazakhstan','Kazakh government','risen to nearly 10,000')
c('1222','troops_deployed',2000,'about','CSTO soldiers sent to Kazakhstan',None,'About 2,000 soldiers had been sent')
e('1222','2022-01-13','statement',None,[PHDFA],'the Department of Foreign Affairs (DFA) said on Thursday')
e('1222',None,'protest','Kazakhstan',[],"after last week's deadly unrest",note='"last week" is a period')
e('1222','2022-01-12','arrest','Kazakhstan',['Kazakh government'],"Kazakhstan's government said on Wednesday")
e('1222','2022-01-13','withdrawal','Kazakhstan',[CSTO],'started to pull out on Thursday')
e('1222','2022-01-05','other',None,[TOK,CSTO],'asked the bloc for help on January 5',note='request for CSTO help')

# ---------------- 1223 Straits Times "Central Asia roundup" (Jan 11, 2022, Tue): one article, 4 country items with own datelines
art('1223',0,5,11,'The Straits Times','2022-01-11',['Lim Wei Ling'],'NUR-SULTAN',
    ['THE STRAITS TIMES','Asia | Central Asia','Published Jan 11, 2022, 8:05 pm SGT','Compiled by Lim Wei Ling',
     "Join ST's Telegram channel and get the latest breaking news delivered to you.",'Read 3 articles and stand to win rewards','Spin the wheel now'],
    ls=5,le=35,sections=(9,17,25,33))
q('1223','The main mission has been accomplished,',TOK,'he','said')
q('1223','class of very rich people',TOK,'He','saying',partial=True)
q('1223','Our boys should not be shooting at our neighbours,','Aigul Temirova','Ms Aigul Temirova','said',note='inverted cue with honorific, age and role after the name')
q('1223','strategic facilities','Sadyr Japarov','Sadyr Japarov','said',partial=True,note='two-word partial; borderline with a label')
q('1223','the undermining of the foundations of the state','Vladimir Putin','Vladimir Putin','told',partial=True)
q('1223','We will not allow colour revolutions to be carried out,','Vladimir Putin','he','said')
q('1223','well-organised and well-controlled groups of militants','Vladimir Putin','he','accusing',partial=True,note='partial hangs on "accusing" after "he said,"')
c('1223','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('1223','troops_deployed',150,'about','Kyrgyz troops sent to Kazakhstan','Kyrgyz Defence Ministry','Kyrgyzstan sent about 150 troops')
e('1223','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'on Tuesday named Alikhan Smailov')
e('1223',None,'government_resignation',None,[],'a week after the previous cabinet resigned',note='"a week after" is approximate (real 5 Jan)')
e('1223','2022-01-13','withdrawal','Kazakhstan',[CSTO],'leave in stages beginning on Thursday')
e('1223','2022-01-10','protest','Bishkek',[],'rallied outside the Kyrgyz Parliament on Monday')
e('1223',None,'statement',None,['Sadyr Japarov'],'said last week that the soldiers')
e('1223','2022-01-10','talks',None,['Vladimir Putin',CSTO],'told a video summit of CSTO leaders on Monday')
e('1223','2022-01-09','other','Uzbekistan',[],'was restored on Sunday',note='Internet restored')

# ---------------- 1224 Daily Maverick World section front (10 January 2022, Mon): teasers + one full "THE BRIEF" story
art('1224',0,14,19,'Daily Maverick','2022-01-10',['Naledi Khumalo'],None,
    ['DAILY MAVERICK','Home  Section: World  Opinionistas  Business Maverick  Our Burning Planet  Newsletters','WORLD',
     'OPINIONISTA','By Thabo Mokoena • 10 January 2022 • 5 min read','THE BRIEF','By Naledi Khumalo','10 January 2022','MORE IN WORLD',
     'Please peer review 3 articles before submitting your comment.','Sign up to our newsletter. Join our 25,000 Maverick Insiders.'],ls=14,le=33)
q('1224',"an attempted coup d'état",TOK,'Kassym-Jomart Tokayev','called',partial=True)
q('1224','limited in time and scope','Nikol Pashinyan','Nikol Pashinyan','said',partial=True)
q('1224','we must stick together, or they will pick us off one by one','Alexander Lukashenko','Alexander Lukashenko','said',partial=True,note='"said the lesson was that “…”"; speaker name carries the possessive "Belarus\'s" before it')
q('1224','a show for a domestic audience in Moscow as much as for Nur-Sultan','Priya Naidoo','Dr Priya Naidoo','said',partial=True)
q('1224','Putin needs the world to see that when he is invited, he comes, and when he says he will leave, he leaves. That is the message to Kyiv and to Brussels this week,','Priya Naidoo','she','said',note='name inside the quote (Putin) is not the speaker')
c('1224','killed',164,None,'people killed in the unrest','Kazakh authorities','death toll at 164')
c('1224','killed',16,None,'security forces members killed','Kazakh authorities','including 16 members of the security forces')
c('1224','troops_deployed',2030,'about','CSTO soldiers deployed','Andrei Serdyukov','about 2,030 soldiers')
c('1224','other',250,None,'pieces of CSTO equipment deployed','Andrei Serdyukov','250 pieces of equipment',note='equipment count; scorer may drop')
e('1224','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin','Nikol Pashinyan','Alexander Lukashenko'],'met by videoconference on Monday')
e('1224',None,'troop_deployment','Kazakhstan',[CSTO,'Andrei Serdyukov'],'used its collective peacekeeping clause')
e('1224','2022-01-10','talks','Geneva',['Russia','United States'],'were also under way on Monday')

# ---------------- 1225 Buenos Aires Times weekend print page (Saturday, January 15, 2022): week recap + KEY FIGURES box
art('1225',0,6,8,'Buenos Aires Times','2022-01-15',['MARTÍN ECHEVERRÍA'],None,
    ['BUENOS AIRES TIMES',"Argentina's only English-language newspaper",'Saturday, January 15, 2022  ·  Year 5  ·  Edition 231  ·  $150',
     'BY MARTÍN ECHEVERRÍA','FOR THE TIMES','Photo: The OSCE meeting in Vienna on Thursday. AFP','Buenos Aires Times · Published by Perfil Network'],
    ls=6,le=31,sections=(27,))
q('1225','dead end',None,'a Kremlin official','saying',partial=True,note='unnamed Kremlin official (Ryabkov is named only in the next sentence)')
q('1225','no reason',RYA,'Sergei Ryabkov','told',partial=True,note='two-word partial with a speech verb')
q('1225',"Diplomacy is not dead. It is the only path that doesn't end in tragedy,",None,'a senior State Department official','told',note='anonymous official on background -> null')
q('1225','Europe has not stood this close to a large war for a generation.','Zbigniew Rau','Zbigniew Rau','warned',note='colon-introduced; full stop inside the mark')
q('1225','We have been in contact with every one of them,',ARMFA,'a ministry spokesman','said')
q('1225','Russia has shown it can send troops to a neighbour in 24 hours and take them back in a week. Everyone in Europe noticed.','Julieta Mansilla','Julieta Mansilla','put it bluntly',note='cue "put it bluntly:" before the quote; durations inside are not claims')
c('1225','killed',164,None,'people who died in the unrest',KPG,'164 people had died')
c('1225','detained',9900,'more than','people arrested','officials','more than 9,900 had been arrested')
c('1225','troops_deployed',2030,None,'CSTO troops deployed to Kazakhstan',None,'2,030 – CSTO troops deployed to Kazakhstan',note='KEY FIGURES box inside the article (not a caption)')
c('1225','killed',164,None,'dead',KPG,'164 – dead, according to the Kazakh prosecutor',note='KEY FIGURES box; repeats the body figure')
e('1225','2022-01-10','talks','Geneva',['Russia','United States'],'It began on Monday in a Geneva villa')
e('1225','2022-01-12','talks','Brussels',['NATO','Russia'],"moved on Wednesday to Nato's glass headquarters")
e('1225','2022-01-13','talks','Vienna',['OSCE','Russia'],"ended on Thursday in Vienna's Hofburg palace")
e('1225','2022-01-13','statement',None,[RYA],'told a Russian TV channel on Thursday')
e('1225','2022-01-12','statement',None,['US State Department'],'told reporters the day before',note='"the day before" Thursday = Wednesday 12 Jan')
e('1225','2022-01-06','troop_deployment','Almaty',['Russia'],'On January 6, Russian paratroopers landed near Almaty')
e('1225','2022-01-13','withdrawal','Kazakhstan',['Russia'],'By Thursday the first units were already flying home')
e('1225','2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last would leave by January 19')
e('1225','2022-01-09','casualty_report',None,[KPG],'said on Sunday last week that 164',note='"Sunday last week" from Saturday 15 Jan = 9 Jan')
e('1225','2022-01-12','arrest','Kazakhstan',['officials'],'on Wednesday, officials said more than')

# ---------------- 1226 Polskie Radio English Section (13.01.2022 17:45, Thu)
art('1226',0,6,11,'Polskie Radio','2022-01-13',[],None,
    ['Polskie Radio','English Section','PR24 | Jedynka | Dwójka | Trójka | Czwórka | Radio Poland','13.01.2022 17:45','▶ Listen  03:12',
     'Zbigniew Rau in Vienna. Photo: PAP/EPA/Christian Bruna','Source: PAP, IAR, polskieradio24.pl','Tags: OSCE, Zbigniew Rau, Russia, Kazakhstan',
     '« Previous  |  Next »','Related articles','Polskie Radio S.A. © 2022 | Polish Radio External Service'],ls=6,le=27)
q('1226','the most serious in decades','Zbigniew Rau','Rau','told',partial=True)
q('1226',"We cannot pretend that what happens on the borders of Ukraine, or what happened in Kazakhstan last week, is somebody else's problem,",'Zbigniew Rau','Rau','said',note='"last week" inside the quote is not an event')
q('1226','concrete answers, not lectures','Alexander Lukashevich','Alexander Lukashevich','told',partial=True)
q('1226','to help, if asked','Zbigniew Rau','the Polish minister','According to',partial=True,note='title-only reference after "According to"')
q('1226','Moscow talks about security, but what it wants is a sphere of influence,','Marcin Przydacz','he','said')
c('1226','troops_deployed',100000,'about','Russian troops massed near Ukraine','Michael Carpenter','some 100,000 troops',note='"some" -> about')
c('1226','killed',164,None,'people who died in the unrest','Kazakh authorities','the authorities say 164 people died')
e('1226','2022-01-13','talks','Vienna',['Zbigniew Rau','OSCE','Russia','Alexander Lukashevich','Michael Carpenter'],'on Thursday opened a special session')
e('1226','2022-01-01','other',None,['Poland','OSCE'],"took over the organisation's rotating chairmanship on January 1",note='start of the OSCE chairmanship')
e('1226','2022-01-05','other',None,['Kazakhstan',CSTO],'which invited troops from the Russia-led CSTO alliance on January 5',note='request for CSTO troops')
e('1226','2022-01-12','statement',None,['Marcin Przydacz'],"Speaking to Polish Radio's foreign service the day before",note='"the day before" Thursday 13 Jan')
e('1226','2022-01-13','statement',None,['Kremlin'],'The Kremlin said on Thursday')

# ---------------- 1227 Bangkok Post print "WORLD" page (FRIDAY, JANUARY 14, 2022): 3 wire stories + 1 local brief = 4 articles
art('1227',0,5,7,'Bangkok Post','2022-01-14',[],'ALMATY',['Bangkok Post','WORLD','FRIDAY, JANUARY 14, 2022                                               PAGE 6'],ls=5,le=13)
art('1227',1,15,17,'Bangkok Post','2022-01-14',[],'MOSCOW',[],ls=15,le=21)
art('1227',2,23,25,'Bangkok Post','2022-01-14',[],'NUR-SULTAN',[],ls=23,le=29)
art('1227',3,31,33,'Bangkok Post','2022-01-14',[],None,['bangkokpost.com/world'],ls=31,le=33)
q('1227','fully completed','Andrei Serdyukov','Andrei Serdyukov','said',partial=True)
q('1227','Not a single shot was fired at a civilian by our peacekeepers,','Andrei Serdyukov','he','said')
q('1227','never forget','Sultan Gamaletdinov','Sultan Gamaletdinov','saying',partial=True)
q('1227','We heard some useful things, but on the questions that matter most the gap remains,','Dmitry Peskov','Dmitry Peskov','told',art=1,note='inverted order: "…," Kremlin spokesman Dmitry Peskov told reporters')
q('1227','in the coming days',RYA,'Sergei Ryabkov','said',art=1,partial=True,note='wire credit "Reuters" glued after the closing mark and full stop')
q('1227',"We don't even know where he is being held,",None,'the lawyer','said',art=2,note='anonymous family lawyer; "he" inside = Masimov')
q('1227','I just want to see my mother,','Nattapong Srisuk','Nattapong Srisuk','said',art=3,note='name with age comes between the quote and "said on arrival"')
c('1227','troops_deployed',2030,None,'CSTO personnel sent',None,'sent 2,030 personnel')
c('1227','killed',225,None,'people killed in the violence','Kazakh authorities','225 people were killed')
c('1227','detained',4,None,'other senior KNB officials detained',KPG,'Four other senior officials of the committee have also been detained',art=2,note='written-out number; Masimov himself is the fifth (gold 001 counted the numeral written)')
e('1227','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing from Kazakhstan on Thursday')
e('1227',None,'other','Almaty',[CSTO,'Andrei Serdyukov','Sultan Gamaletdinov'],'At a ceremony in Almaty',note='no day word; likely 13 Jan')
e('1227','2022-01-19','withdrawal','Kazakhstan',[CSTO],'expected to leave by Wednesday',note='"by Wednesday" from Friday 14 Jan = next Wednesday 19 Jan')
e('1227',None,'casualty_report',None,['Kazakh authorities'],'revising an earlier toll')
e('1227','2022-01-13','statement',None,['Kremlin','Dmitry Peskov'],"The Kremlin said on Thursday that this week's",art=1)
e('1227',None,'statement',None,[RYA],'said separately that Russia',art=1)
e('1227','2022-01-06','arrest',None,['Karim Masimov'],'detained on January 6',art=2)
e('1227','2022-01-13','statement',None,[KNB],'the National Security Committee said on Thursday',art=2)
e('1227','2022-01-13','other','Bangkok',[],'arrived at Suvarnabhumi Airport on Thursday night',art=3,note='return of Thai nationals')

# ---------------- 1228 Graphic Online (Ghana) unsigned editorial (Jan - 12 - 2022 , 07:30, Wed)
art('1228',0,3,9,'Graphic Online','2022-01-12',[],None,
    ['Graphic Online','Home > Editorials','Editorial  |  Jan - 12 - 2022 , 07:30','Category: Editorials','Facebook  Twitter  WhatsApp  LinkedIn',
     'Ghanaians who wish to share their views may write to the Editor at editor@graphic.com.gh','Related Articles',
     '© 2022 Graphic Communications Group Limited. All Rights Reserved.'],ls=3,le=21)
q('1228','For years the government ignored the needs of ordinary people,',TOK,'he','told',note='the one-word "failed" just before is excluded')
q('1228','fire without warning',TOK,'Mr Tokayev','ordered',partial=True,note='an order, not a speech verb; kept as partial')
q('1228','We did not know what was happening in the next street. We were getting news from our families in Accra.','Kwabena Osei-Bonsu','Mr Kwabena Osei-Bonsu','told',note='cue "told this paper by phone on Monday:" before the quote')
q('1228','all Ghanaians known to be in Kazakhstan are safe',GHMFA,'Ministry of Foreign Affairs and Regional Integration','said',partial=True)
c('1228','killed',164,None,'people killed','Kazakh authorities','164 people were killed')
c('1228','detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 people have been detained')
c('1228','troops_deployed',2000,'about','CSTO soldiers brought in',None,'about 2,000 soldiers')
e('1228','2022-01-02','protest','Zhanaozen',[],'On January 2, residents of Zhanaozen')
e('1228',None,'other',None,[TOK,CSTO],'asked Russia and its allies to send troops',note='"Within four days" of 2 Jan; no exact day')
e('1228','2022-01-11','statement',None,[TOK],'admitted to parliament on Tuesday')
e('1228',None,'statement',None,[TOK],'ordered his forces to')
e('1228',None,'other','Kazakhstan',[],'the Internet was switched off',note='Internet shutdown; "For almost a week"')
e('1228',None,'statement',None,[GHMFA],'said last week that it was monitoring',note='"last week" is a period')

# ---------------- speakers: quoted speakers, plus persons mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],["Kazakhstan's president",'Kazakh President','President'],'Kazakhstan',['he','He'],["Mr Tokayev"]),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian deputy foreign minister','Deputy Foreign Minister'],'Russia',[],['Mr Ryabkov'],note='canonical spelling from earlier sets; only "Sergei" is printed here'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['deputy secretary of state'],'United States',['She']),
 sp(IEDFA,'organisation',['Department of Foreign Affairs'],[],'Ireland',['A spokeswoman'],note='the same string names the Philippine DFA in 1222'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Nato chief'],None,note='words invented; only in a homepage teaser'),
 sp('Sarah Lou Arriola','person',['Sarah Lou Arriola','Arriola'],['Foreign Affairs Undersecretary'],'Philippines',[],note='words invented'),
 sp('Aigul Temirova','person',['Aigul Temirova'],['a teacher'],'Kyrgyzstan',[],['Ms Aigul Temirova'],note='invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan',note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['he'],['Mr Putin']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko'],[],'Belarus',[],["Belarus's Alexander Lukashenko"]),
 sp('Priya Naidoo','person',['Priya Naidoo'],['a Russia specialist at the University of the Witwatersrand'],'South Africa',['she'],['Dr Priya Naidoo'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's Foreign Minister"],'Poland',['the Polish minister'],note='words invented'),
 sp(ARMFA,'organisation',['Foreign Ministry in Buenos Aires'],[],'Argentina',['a ministry spokesman']),
 sp('Julieta Mansilla','person',['Julieta Mansilla'],['Analyst'],'Argentina',note='invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['permanent envoy'],'Russia',note='words invented'),
 sp('Marcin Przydacz','person',['Marcin Przydacz'],['deputy foreign minister'],'Poland',['he'],note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','Colonel-General',"the CSTO's commander"],'Russia',['he']),
 sp('Sultan Gamaletdinov','person',['Sultan Gamaletdinov'],['Kazakh Deputy Defence Minister'],'Kazakhstan',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='words invented'),
 sp('Nattapong Srisuk','person',['Nattapong Srisuk'],['one of the students'],'Thailand',note='invented'),
 sp('Kwabena Osei-Bonsu','person',['Kwabena Osei-Bonsu'],['A Ghanaian engineer working in Aktau'],'Ghana',[],['Mr Kwabena Osei-Bonsu'],note='invented'),
 sp(GHMFA,'organisation',['Ministry of Foreign Affairs and Regional Integration'],[],'Ghana',['Our own Ministry of Foreign Affairs and Regional Integration']),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['prime minister'],'Kazakhstan',quoted=False,note='not quoted; appointed PM, named in 1221 and 1223'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the bloc','the alliance'],quoted=False,note='not quoted in this set; source of figures'),
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
