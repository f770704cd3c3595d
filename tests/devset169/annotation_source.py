#!/usr/bin/env python3
"""Source of the devset169 annotation: the hand-chosen spans, values and dates for 1445-1452.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset169/annotation_source.py && python3 tests/devset169/verify.py
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
    if zone=='related': art=None
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
def lx(p,s):
    """line number of the line that is exactly s (must be unique as a whole line)"""
    L=T[doc(p)].split('\n'); assert L.count(s)==1,(p,s); return L.index(s)+1
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
PRESS='Kazakh Presidential Press Office'

# ---------------- 1445 Sunday Compass "Sayings of the week" (Sunday 9 January 2022)
P='1445'
art(P,0,lx(P,'Sayings of the week'),ln(P,'"Open fire without warning": the seven days'),'The Sunday Compass','2022-01-09',['Rosalind Achebe'],None,
    ['THE SUNDAY COMPASS','News | Comment | Review | Money | Travel | Puzzles | Subscribe','Comment > Sayings of the week','Compiled by Rosalind Achebe','Sunday 9 January 2022 00.05 GMT','Share on Facebook | Share on Twitter | Share via Email','Next week: the diplomats meet in Geneva, Brussels and Vienna. Send your nominations to sayings@sundaycompass.co.uk','More from Comment','Topics: Kazakhstan | Russia | Nato | Quotes','© 2022 The Sunday Compass Ltd. All rights reserved. | Privacy | Cookies | Contact us'])
q(P,'Open fire without warning',TOK,None,None,partial=True,note='in the standfirst, no attribution there; the words recur in the first saying below')
q(P,'I have given the order to the law enforcement agencies and the army to open fire without warning.',TOK,'Kassym-Jomart Tokayev',None,note='quote first, attribution after an en dash with no speech verb')
q(P,'The so-called peaceful protesters turned out to be armed bandits, and in Almaty alone there were 20,000 of them.',TOK,'the same address',None,note='attributed to a document ("the same address"); the speaker is resolved from the previous saying')
q(P,'Recent history teaches that when Russian troops come into your house, getting them to go home again can be very hard.','Antony Blinken','Antony Blinken','speaking',note='paraphrase of a real remark')
q(P,'When Americans come into your house, the difficulty is surviving the visit.','Maria Zakharova','Maria Zakharova','answered',note='"who answered Blinken on Telegram": the name nearest after the cue (Blinken) is not the speaker')
q(P,'The collective peacekeeping forces will not take part in any operations against civilians, and their stay is limited in time.',CSTO,'the CSTO secretariat','from a statement by',note='organisation as speaker via its statement')
q(P,"My grandmother used to say, 'Bread first, politics later.' This week there was neither bread nor politics, only tanks.",None,"a shopkeeper in Almaty's Auezov district",None,note="anonymous; the single-quoted grandmother's saying inside is not a separate record")
q(P,'We are ready to talk. We also have to be ready for the talks to fail.','Jens Stoltenberg','Jens Stoltenberg',None)
q(P,'It was like sitting an exam in a language you do not speak, while someone sets fire to the classroom.','Aliya Nurmagambetova','Dr Aliya Nurmagambetova','describing')
q(P,'Our units have started to carry out the tasks assigned to them.','Andrei Serdyukov','Colonel General Andrei Serdyukov','the last word goes to',note='colon-introduced speech after a long attribution clause; military rank before the name')
c(P,'other',20000,None,'"armed bandits" in Almaty, per Tokayev',TOK,'in Almaty alone there were 20,000 of them',note='inside a quote attributed to "the same address"')
e(P,'2022-01-07','statement',None,[TOK],'in a televised address on Friday')
e(P,'2022-01-07','statement','Washington',['Antony Blinken'],'speaking at the State Department on Friday')
e(P,'2022-01-07','statement',None,['Maria Zakharova'],'who answered Blinken on Telegram within hours',note='"within hours" of Friday\'s remark')
e(P,'2022-01-06','statement','Moscow',[CSTO],'from a statement by the CSTO secretariat in Moscow, Thursday')
e(P,'2022-01-07','talks',None,['NATO','Jens Stoltenberg'],'after a video conference of alliance foreign ministers on Friday')
e(P,None,'troop_deployment','Almaty',[CSTO,'Andrei Serdyukov'],'as the first Russian transport planes landed outside Almaty',note='no day given (real: 6 Jan)')
e(P,None,'talks',None,[],'the diplomats meet in Geneva, Brussels and Vienna',note='"Next week" in the footer line; no day')

# ---------------- 1446 CPA "QUOTES-" reaction box (January 10, 2022, Monday)
P='1446'
art(P,0,ln(P,'QUOTES-Reaction as U.S.'),ln(P,'GENEVA, Jan 10 (CPA)'),'Continental Press Agency','2022-01-10',['Henrik Lund'],'GENEVA',
    ['Continental Press Agency','World | Business | Markets | Politics | More','By CPA Staff','January 10, 2022 7:41 PM GMT  Updated 2 hours ago','(Compiled by Henrik Lund; Editing by Marisa Quint)','Our Standards: The CPA Trust Principles.','Read Next'])
RY='Sergey Ryabkov'
q(P,'We have the impression that the American side took the Russian proposals very seriously and studied them in depth.',RY,'SERGEI RYABKOV',None,malformed=True,note='conventional multi-paragraph style: paragraph left open, next paragraph re-opens; speaker only in the capitals header ending in a colon')
q(P,'But for us it is absolutely obligatory that Ukraine is never, under any circumstances, admitted to NATO. Without that there is no progress.',RY,'SERGEI RYABKOV',None,note='second paragraph of the header-attributed quote')
q(P,'no intention',RY,'He','said',partial=True,note='two-word partial attributed by a speech verb; "He" resolved from the header')
q(P,'difficult, long, very professional.',RY,'He','described the mood as',partial=True)
q(P,"We were firm in pushing back on proposals that are simply non-starters for the United States. We will not allow anyone to close NATO's open-door policy.",'Wendy Sherman','WENDY SHERMAN',None,note='speaker in the capitals header')
q(P,'reciprocal limits','Wendy Sherman','Sherman','said',partial=True)
q(P,'Nothing is agreed until everything is agreed, and nothing about Ukraine without Ukraine.','Wendy Sherman','Sherman','added',note='colon after "added:"; the same clause also carries "said"')
q(P,'with a clear understanding of its position','Dmitry Peskov','Peskov','said',partial=True)
q(P,'We are not setting any deadlines,','Dmitry Peskov','he','said')
q(P,'but we are not going to let this drag on forever either.','Dmitry Peskov','he','said',note='second half of a quote split by the interposed cue')
q(P,"Allies will listen to Russia's concerns in good faith, but NATO's core principles are not up for negotiation.",'Oana Lungescu','OANA LUNGESCU',None)
q(P,'Ukraine is grateful to its partners for coordinating every step with Kyiv','Ukrainian Foreign Ministry','the statement','said',note='organisation (its statement) as speaker; cue after a spaced hyphen')
q(P,'null and void.','Ukrainian Foreign Ministry','the statement','adding',partial=True)
q(P,"The Russian message was, in effect, 'Give us everything in writing or we walk away.' Nobody in Washington was ever going to do that on day one,",'Elena Vorontsova','she','said',note='nested single-quoted paraphrase of the Russian position is not a separate record')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine\'s border','United States','Russia has massed about 100,000 troops',note='"Washington says"')
e(P,'2022-01-10','talks','Geneva',['United States','Russia',RY,'Wendy Sherman'],'held nearly eight hours of talks in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'within the NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'at the OSCE in Vienna on Thursday')
e(P,'2022-01-10','statement',None,['Dmitry Peskov'],'ON A CONFERENCE CALL EARLIER ON MONDAY')
e(P,None,'statement',None,['Ukrainian Foreign Ministry'],'IN A STATEMENT ON ITS WEBSITE',note='no day given')

# ---------------- 1447 LevelNews graded news, three levels = three articles (11-01-2022, Tuesday)
P='1447'
L1,L2,L3=lx(P,'Level 1'),lx(P,'Level 2'),lx(P,'Level 3')
art(P,0,lx(P,'Soldiers will go home'),ln(P,'Kazakhstan is a big country in Asia.'),'LevelNews','2022-01-11',[],None,
    ['LevelNews','English news at your level','Home | Level 1 | Level 2 | Level 3 | Vocabulary | Teachers | Log in','11-01-2022 16:00','Foreign soldiers to leave Kazakhstan','Choose your level: Level 1 | Level 2 | Level 3','Level 1','Difficult words','Listen: ▶ 0:00 / 0:48'],ls=L1,le=L2-2)
art(P,1,lx(P,'Foreign troops will leave Kazakhstan'),ln(P,'The president of Kazakhstan, Kassym-Jomart Tokaev, spoke'),'LevelNews','2022-01-11',[],None,
    ['Level 2','Listen: ▶ 0:00 / 1:05'],ls=L2,le=L3-2)
art(P,2,lx(P,'Tokaev: Russian-led force has completed its mission'),ln(P,"Kazakhstan's president, Kassym-Jomart Tokaev, told"),'LevelNews','2022-01-11',[],None,
    ['Level 3','Listen: ▶ 0:00 / 1:32','You can watch the original video in the Level 3 section.','Exercises: Choose the correct word | True or false? | Write your opinion','Comments (12)','Log in to comment.','LevelNews is a free project for learners of English. © 2022 LevelNews'],ls=L3)
q(P,'The main mission is finished.',TOK,'The president','said',art=1,note='colon-introduced ("The president said: ..."); simplified wording of the Level 3 quote')
q(P,'Now we can go to work again,',None,'one woman','told',art=1,note='anonymous vox pop')
q(P,'The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Tokaev','said',art=2)
q(P,'The withdrawal,',TOK,'he','added',art=2,note='interrupted quote, first part')
q(P,'will begin in two days and will take no more than ten days.',TOK,'he','added',art=2,note='interrupted quote, second part')
q(P,'very rich people',TOK,'He','said',art=2,partial=True)
q(P,'to pay their share.',TOK,'He','said',art=2,partial=True)
c(P,'troops_deployed',2000,'about','foreign soldiers sent to Kazakhstan',None,'There were about 2,000 soldiers.',art=0,note='rounded in the Level 1 text')
c(P,'troops_deployed',2030,'about','foreign troops sent to Kazakhstan',None,'About 2,030 soldiers came.',art=1)
c(P,'troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',None,'sent 2,030 troops',art=2)
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'Soldiers from Russia and other countries came to help the government',art=0,note='"last week" only')
e(P,'2022-01-11','statement',None,[TOK],'talked to the parliament',art=0,note='"Today" = page date')
e(P,'2022-01-11','statement',None,[TOK],'spoke to the parliament today',art=1)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'start to leave in two days',art=1,note='"in two days" from 11 Jan')
e(P,'2022-01-11','statement',None,[TOK],'told lawmakers on Tuesday',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin in two days and',art=2,note='inside the quote; "in two days" from 11 Jan')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'after Tokaev asked for help on January 5',art=2)

# ---------------- 1448 Open Steppe Archive testimony page (Published 14 January 2022, Friday)
P='1448'
art(P,0,ln(P,'Testimony 17: "They told us'),ln(P,'A.K., 34, is a construction worker'),'Open Steppe Archive','2022-01-14',[],None,
    ['OPEN STEPPE ARCHIVE','Documenting the events of January 2022 in Kazakhstan','Home | Testimonies | Map | Methodology | About | Donate','Testimonies > Almaty > Testimony 17','Published 14 January 2022','Content warning: violence, detention','Related testimonies','Open Steppe Archive is an independent volunteer project. Methodology | Privacy | Contact'])
q(P,'They told us we were terrorists now',None,None,None,zone='headline',note="headline paraphrase of the witness A.K.'s words (anonymous)")
q(P,'On the evening of the fifth I went out to buy bread. The shop near our house was closed, so my neighbour and I walked towards the centre. We were not protesting. We just wanted to see what was happening.',None,'A.K.',None,malformed=True,note='anonymous witness (initials only); paragraph 1 of a multi-paragraph quote left open in the conventional style')
q(P,"At the corner of Abai and Zheltoksan a man in a black uniform stopped us. He shouted, 'Lie down! Hands on your head!' and we lay down on the ice. Another one took my phone and looked at the photographs.",None,'A.K.',None,malformed=True,note="paragraph 2, left open; the single-quoted order of the officer inside is not a separate record")
q(P,"They took us in a bus to a sports hall. There were perhaps forty of us. One officer walked between the rows and said, 'You are terrorists now. Get used to the word.' Nobody was allowed to call home for four days.",None,'A.K.',None,note='last paragraph, closed; "perhaps forty of us" is not a claim')
q(P,'I want someone to say to my face that I am not a terrorist,',None,'he','said',note='he = A.K., resolved across paragraphs')
q(P,'That is all.',None,'he','said')
q(P,'all detentions were carried out in strict accordance with the law','Almaty City Police Department','The Almaty city police department','said in a written reply',partial=True)
q(P,'Every testimony is checked by two volunteers before we publish it. We would rather publish late than publish something wrong.','Dinara Ospanova','Dinara Ospanova','said',note='colon-introduced after a 30-word relative clause between the name and the verb')
q(P,'My son went to buy medicine',None,None,None,zone='related',note='related-testimony teaser')
c(P,'detained',9900,None,'people detained across the country since the start of the unrest',MIA,'9,900 people had been detained')
e(P,'2022-01-05','arrest','Almaty',[],'He was detained on the evening of 5 January')
e(P,'2022-01-09','other','Almaty',[],'released on 9 January without charge')
e(P,'2022-01-11','other','Almaty',['Open Steppe Archive'],'Recorded in Almaty on 11 January 2022',note='the interview')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday')

# ---------------- 1449 Harbour Gazette "Mind Your Language" column (Wednesday 12 January 2022)
P='1449'
art(P,0,ln(P,'Did Tokayev order troops to'),ln(P,'A reader, Mr Colin Barraclough'),'The Harbour Gazette','2022-01-12',['Philippa Grant'],None,
    ['The Harbour Gazette','Home > Opinion > Columnists > Mind Your Language','MIND YOUR LANGUAGE','By Philippa Grant, standards and style editor','Wednesday 12 January 2022, 06:00',"Philippa Grant answers readers' questions about language and style every Wednesday. Write to language@harbourgazette.co.uk",'Related','© The Harbour Gazette 2022 | Terms | Privacy | Complaints'])
q(P,'Your report on Saturday said Mr Tokayev had ordered troops to "shoot to kill". Another paper said "fire without warning". Which is it, and does it matter?','Colin Barraclough','Mr Colin Barraclough of Whitby','writes',note='TRAP: two straight-quoted phrases nested inside a straight-quoted letter; naive pairing splits it in three. The inner phrases are mentions, not separate records')
q(P,"otkryvat' ogon' na porazhenie bez preduprezhdeniya",TOK,'he','The words he used were',partial=True,note='the original Russian words in Latin transliteration')
q(P,'I have given the order to law enforcement bodies and the army to open fire to kill without warning.',PRESS,'The official English version posted on the presidential website','reads',note='a document (the presidency\'s English text) as speaker; Tokayev is an acceptable alternative')
q(P,'shoot to kill without warning',None,"One agency's first alert",'said',partial=True,note='unnamed wire agency; kept (5 words, attributed), unlike the bare label "shoot to kill" in the headline and letter')
q(P,'In Russian military usage,','Gulnara Abenova','she','said',note='interrupted quote; she = Gulnara Abenova named after a long clause in the preceding sentence ("told me")')
q(P,"'na porazhenie' means you aim at the person, not over his head. 'Shoot to kill' is blunt, but it is honest.",'Gulnara Abenova','she','said',note='second half begins with a single-quoted term')
q(P,'That drops the most frightening word,','Gulnara Abenova','she','said',note='next paragraph; "She" resolved across the paragraph break')
c(P,'killed',164,None,'people killed in the unrest','Kazakh Ministry of Healthcare','164 people had been killed',note='the column says the figure was withdrawn the next day')
e(P,'2022-01-07','statement',None,[TOK],'gave his televised address on Friday in Russian')
e(P,'2022-01-07','other',None,[PRESS],'posted on the presidential website on Friday evening',note='release of the official English text')
e(P,'2022-01-09','casualty_report',None,['Kazakh Ministry of Healthcare'],'The health ministry said on Sunday')
e(P,'2022-01-10','other',None,['Kazakh officials'],'officials withdrew the figure the next day')

# ---------------- 1450 Podium Notes classical-music news (8 January 2022, Saturday)
P='1450'
art(P,0,ln(P,'Almaty concerts cancelled as Danish conductor'),ln(P,'The Zhambyl Kazakh State Philharmonic in Almaty has cancelled'),'Podium Notes','2022-01-08',['Oliver Strand'],None,
    ['PODIUM NOTES','Classical music news, reviews and interviews','News | Reviews | Interviews | Opera | Competitions | Jobs','NEWS','By Oliver Strand','8 January 2022','Related','Podium Notes is reader-supported. Become a member from £3 a month.','Newsletter | Advertise | Contact | © Podium Notes 2022'])
LH='Lena Hartvig'; ZKP='Zhambyl Kazakh State Philharmonic'
q(P,"We were rehearsing Shostakovich's Fifth,",LH,'Lena Hartvig','said',note='interrupted quote; full name given only in the interposed cue')
q(P,'when two of the percussionists ran in from the loading dock and told us the square was full of smoke.',LH,'Lena Hartvig','said')
q(P,'strangely quiet, like the city was holding its breath',LH,'She','described',partial=True)
q(P,"Then the orchestra's leader stood up in the rehearsal room and said, 'Keep playing, we go home at six,' and we did. I have never been prouder of an orchestra that was not mine.",LH,'She',None,note="stand-alone quoted paragraph, no cue; speaker from the preceding paragraph's reported speech. The nearest person named inside the quote (the orchestra's leader) is not the speaker; the nested single-quoted words are not a separate record")
q(P,'cannot take place while the city is under a state of emergency',ZKP,'the Philharmonic','said',partial=True,note='organisation as speaker via a website statement')
q(P,'Lena is safe, she is well fed, and she is, I am told, rewriting her bowings by candlelight.','Felix Barrow','Felix Barrow','said by email',note='colon-introduced; the quote names Lena (not the speaker)')
q(P,'I will come back,',LH,'she','said')
q(P,'The Fifth is not finished.',LH,'she','said')
c(P,'detained',4404,None,'people detained across the country',MIA,'4,404 people had been detained')
e(P,'2022-01-02','other','Almaty',[LH],'arrived in Almaty on 2 January')
e(P,'2022-01-04','protest','Almaty',[],'the first evening of the unrest, on Tuesday')
e(P,'2022-01-05','protest','Almaty',[],'By Wednesday the airport had been seized by rioters')
e(P,'2022-01-06','statement',None,[ZKP],'posted on its website on Thursday')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Saturday')
e(P,'2022-01-10','other','Almaty',[LH],'possibly on Monday',note='planned departure')

# ---------------- 1451 The Long Table "My week" as-told-to piece (Friday 14 January 2022)
P='1451'
art(P,0,ln(P,'"Where are you going, father?" My week'),ln(P,'Bauyrzhan Seitkhanov, 52, has driven'),'The Long Table','2022-01-14',['Sam Whitlock'],None,
    ['THE LONG TABLE','Weekly magazine of ideas, reporting and culture','Issue 412 | Friday 14 January 2022','World | Culture | Ideas | Life | The Long Read | Podcasts','LIFE > MY WEEK','Interview has been edited and condensed.','More from My Week','Subscribe from £1 a week | Gift subscriptions | Newsletters','The Long Table © 2022 | Privacy | Terms | Contact'])
q(P,'Where are you going, father?',None,None,None,zone='headline',note='the soldier\'s question, repeated from the body')
q(P,'Uncle, tomorrow nobody will be driving. Fill up tonight.',None,'One young man','said',note='anonymous passenger; colon-introduced ("said to me:")')
q(P,'Just drive, just drive, I will pay double,',None,'He','kept saying',note='He = the unnamed businessman from Aktau')
q(P,'Come home. Now. Leave the car if you have to.','Gulzhan','She','said',note='first name only; "She" = "My wife, Gulzhan" in the previous sentence')
q(P,'Where are you going, father?',None,'a soldier','asked',n=2,note='anonymous soldier; colon-introduced after a dash-parenthesis')
q(P,'He was a guest. Guests leave.','Gulzhan','She','said',note='"She said yesterday, at dinner:" — paragraph opens with "Gulzhan says" (present tense)')
c(P,'detained',10000,'almost','people detained','Kazakh television','almost 10,000 people had been detained',note='"On the television they said"')
e(P,'2022-01-05','protest','Almaty',[],'On the fifth the city stopped')
e(P,'2022-01-07','statement',None,[TOK],'On Friday the president spoke',note='the previous Friday; the piece is dated Friday 14 January')
e(P,'2022-01-10','other','Almaty',[],'When I started working again on Monday',note='checkpoints in the city')

# ---------------- 1452 Northfield Borough Council news page (7 January 2022, Friday)
P='1452'
art(P,0,ln(P,'Mayor sends message of solidarity'),ln(P,'The Mayor of Northfield, Councillor Janet Moss'),'Northfield Borough Council','2022-01-07',[],None,
    ['Northfield Borough Council','Home | Bins and recycling | Council tax | Planning | Libraries | Council news | Contact us','Council news','Published: 7 January 2022','Last updated: 7 January 2022 at 16:20','Author: Communications team','Share this page: Facebook | Twitter | Email','Was this page helpful? Yes | No','Accessibility | Cookies | Privacy notice | © Northfield Borough Council 2022'])
mayor=T[doc(P)].split('In her letter, sent on Thursday, the Mayor said:\n\n"')[1].split('"\n')[0]
q(P,mayor,'Janet Moss','the Mayor','said',malformed=True,note='one opening mark (paragraph 1) and one closing mark (paragraph 3), no re-opening marks: one record spanning the paragraph breaks')
q(P,'We are grateful to our friends in Northfield. The city is calm today and services are being restored step by step.','Almaty City Akimat','Its letter','said',note='a letter (document) of the akimat as speaker, signed by an unnamed department head')
q(P,'all but essential travel','Foreign, Commonwealth and Development Office','The Foreign, Commonwealth and Development Office (FCDO)','advises against',partial=True)
q(P,'Twinning is about people, not governments. Whatever happens in the next few weeks, our schools will keep writing to their schools.','Raj Patel','Council Leader Cllr Raj Patel','said')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label, excluded from quotes')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
e(P,'2022-01-06','statement',None,['Janet Moss'],'In her letter, sent on Thursday')
e(P,'2022-01-07','statement',None,['Almaty City Akimat'],'replied on Friday by email')
e(P,'2022-01-08','other','Northfield',['Northfield Borough Council'],'on Saturday evening',note='town hall lit in the colours of the Kazakh flag (planned)')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Kassym-Jomart Tokaev','Tokaev','Toqaev'],['president of Kazakhstan',"Kazakhstan's president"],'Kazakhstan',['the same address','The president','he','He'],['Mr Tokayev'],note='real; words partly invented. Tokaev (1447) / Toqaev (1449 mention) spellings'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US secretary of state'],'United States',note='real; paraphrased'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['spokeswoman for the Russian foreign ministry'],'Russia',note='real; paraphrased'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the CSTO secretariat'],note='statement wording invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Nato secretary general'],'Norway',note='real; words invented'),
 sp('Aliya Nurmagambetova','person',['Aliya Nurmagambetova'],['a Kazakh economist at a London university'],'Kazakhstan',[],['Dr Aliya Nurmagambetova'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdiukov'],['Colonel General','commander of the CSTO force','commander of the Russian-led force'],'Russia',note='real; words invented; Serdiukov (Ukrainian-style) named in 1449'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['RUSSIAN DEPUTY FOREIGN MINISTER'],'Russia',['He'],note='real; paraphrased; name only in a capitals header (SERGEI RYABKOV)'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. DEPUTY SECRETARY OF STATE'],'United States',note='real; words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['KREMLIN SPOKESMAN'],'Russia',['he'],note='real; words invented'),
 sp('Oana Lungescu','person',['Oana Lungescu'],['NATO SPOKESWOMAN'],None,note='real; words invented'),
 sp('Ukrainian Foreign Ministry','organisation',['Ukrainian Foreign Ministry'],[],'Ukraine',['the statement'],note='words invented'),
 sp('Elena Vorontsova','person',['Elena Vorontsova'],['SENIOR ANALYST AT THE BALTIC-BLACK SEA RISK GROUP'],None,['she'],note='invented'),
 sp('Almaty City Police Department','organisation',['Almaty city police department'],[],'Kazakhstan',note='words invented'),
 sp('Dinara Ospanova','person',['Dinara Ospanova'],['coordinates the project'],'Kazakhstan',note='invented'),
 sp('Colin Barraclough','person',['Colin Barraclough','Barraclough'],['A reader'],'United Kingdom',[],['Mr Colin Barraclough','Mr Barraclough'],note='invented'),
 sp(PRESS,'organisation',['presidential website'],[],'Kazakhstan',['The official English version posted on the presidential website','the presidency'],note='the presidency as author of the official English text; wording invented'),
 sp('Gulnara Abenova','person',['Gulnara Abenova'],['a court interpreter in Almaty'],'Kazakhstan',['she','She'],note='invented'),
 sp(LH,'person',['Lena Hartvig','Hartvig','Lena'],['principal guest conductor of the Aarhus Symphony Orchestra'],'Denmark',['She','she'],note='invented'),
 sp(ZKP,'organisation',[ZKP,'Philharmonic'],[],'Kazakhstan',['the Philharmonic'],note='real institution; statement invented'),
 sp('Felix Barrow','person',['Felix Barrow'],['Her London agent'],'United Kingdom',note='invented'),
 sp('Gulzhan','person',['Gulzhan'],['My wife'],'Kazakhstan',['She'],note='invented; first name only'),
 sp('Janet Moss','person',['Janet Moss','Cllr Moss'],['The Mayor of Northfield','Councillor'],'United Kingdom',['the Mayor'],note='invented'),
 sp('Raj Patel','person',['Raj Patel'],['Council Leader','Cllr'],'United Kingdom',note='invented'),
 sp('Almaty City Akimat','organisation',['akimat of Almaty','akim of Almaty'],[],'Kazakhstan',['Its letter'],note='letter wording invented'),
 sp('Foreign, Commonwealth and Development Office','organisation',['Foreign, Commonwealth and Development Office','FCDO'],[],'United Kingdom',note='travel-advice wording'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp('Kazakh Ministry of Healthcare','organisation',['health ministry'],[],'Kazakhstan',quoted=False,note='source of the 164 figure in 1449; not quoted'),
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
