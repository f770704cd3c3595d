#!/usr/bin/env python3
"""Source of the devset104 annotation: the hand-chosen spans, values and dates for 925-932.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset104/annotation_source.py && python3 tests/devset104/verify.py
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
    if n==1: assert t.count(quote)==1,(f,quote)
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
PGO="Kazakh Prosecutor General's Office"; IEDFA='Irish Department of Foreign Affairs'; MEA='Indian Ministry of External Affairs'
KRMFA='South Korean Foreign Ministry'; SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; MAS='Karim Masimov'
METR='Metropolitan Alexander'; KIR='Patriarch Kirill'; MUFTI='Nauryzbai Kazhy Taganuly'

# ---------------- 925 TheJournal.ie news quiz (Sat 15 Jan 2022)
art('925',0,4,5,'TheJournal.ie','2022-01-15',['Ciarán Rooney'],None,
    ['TheJournal.ie','News  Sport  Business  Lifestyle  Quiz','QUIZ','8:00 AM, Sat 15 Jan 2022','14,209 Views 6 Comments','Share  Tweet  Email',
     'Your score: __/8','Share your result',"Take last week's quiz here »",'READ NEXT: Irish family in Almaty describe ‘nights of gunfire’','6 Comments','Sign in to comment'])
q('925','The mission has been accomplished in full,',SER,'the general','told',note='"the general" = Colonel General Andrei Serdyukov, named earlier in the same answer')
q('925','The main phase of the counter-terrorist operation is over, and the peacekeepers will leave within ten days',TOK,"Kazakhstan's president",'said',
  note='quiz question "Who said this on Tuesday: “…”?"; the speaker is revealed only by the answer line ("Answer: A. Kazakhstan\'s president made the announcement"); no comma/stop inside the marks')
q('925','a serious and useful exchange','Wendy Sherman','Deputy Secretary of State Wendy Sherman','called',partial=True,note='comma outside the closing mark')
q('925','little ground for optimism',RYA,'Sergei Ryabkov','said',partial=True,note='"her Russian counterpart, Sergei Ryabkov, said Moscow saw “…”"')
q('925','Allies will not trade away the right of every nation to choose its own path,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told',note='inverted: "…," NATO Secretary General Jens Stoltenberg told reporters')
q('925','Europe faces its most serious security crisis in a generation.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warned',partial=True,note='clause after "warned that"; full stop inside the mark')
q('925','Our advice remains to avoid all non-essential travel to Kazakhstan,',IEDFA,'a Department of Foreign Affairs spokesperson','said',note='unnamed spokesperson of a department: the department is the speaker')
q('925','keep in close contact',IEDFA,'a Department of Foreign Affairs spokesperson','adding',partial=True)
c('925','troops_deployed',2030,'about','CSTO force in Kazakhstan',CSTO,'the alliance put at about 2,030 personnel')
c('925','detained',9900,None,'people detained since the unrest began',MIA,'9,900 people had been detained')
c('925','killed',225,None,'death toll of the unrest',PGO,'prosecutors put the death toll at 225',note='"prosecutors" → the Prosecutor General\'s Office')
c('925','killed',19,None,'members of the security forces killed (part of the 225)',PGO,'includes 19 members of the security forces')
e('925','2022-01-13','other','Almaty',[SER,CSTO],'the general told a farewell ceremony in Almaty on Thursday',note='farewell ceremony; Thursday before Saturday 15 Jan')
e('925','2022-01-11','statement','Nur-Sultan',[TOK],'made the announcement in a speech to the Mazhilis',note='"on Tuesday" is in the question line (l.19); Tuesday before Saturday 15 Jan')
e('925','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'he also named Alikhan Smailov as prime minister',note='same speech')
e('925','2022-01-14','casualty_report',None,[MIA],'The Interior Ministry said on Friday',note='detention figure')
e('925','2022-01-02','protest','Kazakhstan',[],'since the unrest began on January 2')
e('925','2022-01-10','talks','Geneva',['Wendy Sherman',RYA],'US and Russian negotiators meet on Monday',note='in a quiz question; Monday before Saturday 15 Jan')
e('925','2022-01-12','talks','Brussels',['NATO','Russia'],"at Wednesday's NATO-Russia Council")
e('925','2022-01-13','talks','Vienna',['OSCE'],'hosted the third round of talks, on Thursday')
e('925','2022-01-05','other',None,[MAS,TOK],'until he was removed on January 5',note='dismissal')
e('925','2022-01-06','arrest',None,[MAS],'was detained the following day',note='"the following day" after 5 January')
e('925',None,'statement',None,['National Security Committee'],'the committee itself announced last weekend',note='"last weekend" (8-9 Jan) is not a single day; real announcement 8 Jan')

# ---------------- 926 The Hindu "Parley" discussion (JANUARY 14, 2022, Fri)
art('926',0,3,8,'The Hindu','2022-01-14',['Kallol Sen'],None,
    ['THE HINDU','OPINION › PARLEY','JANUARY 14, 2022 00:15 IST','UPDATED: JANUARY 14, 2022 00:22 IST','Kallol Sen is a Deputy Editor with The Hindu.',
     'Listen to the conversation on The Hindu Parley podcast','COMMENTS','SHARE',
     'Printable version | Jan 14, 2022 10:01:35 am | https://www.thehindu.com/opinion/op-ed/is-the-csto-in-kazakhstan-here-to-stay/article38260131.ece','© THG PUBLISHING PVT LTD.'])
q('926','well-coordinated attack',TOK,'the President','spoke of',partial=True,note='inside the unquoted answer of Rajesh Menon (the labelled answers are not quotes)')
q('926','fulfilled its tasks',SER,'General Andrei Serdyukov','told',partial=True)
q('926','limited in time and numbers','Nikol Pashinyan','Prime Minister Nikol Pashinyan','has said',partial=True)
q('926','closely following the developments',MEA,'The External Affairs Ministry','said',partial=True,note='"said it was “…”"; the spokesman Arindam Bagchi is named only in the next sentence (indirect speech)')
q('926','We need friends who do not lecture us.',None,'a diplomat in Nur-Sultan','put it bluntly',note='anonymous diplomat quoted by the panellist Farida Ansari; colon before the quote')
q('926','very rich people',TOK,'Mr. Tokayev','said',partial=True)
q('926','pay their dues to the people',TOK,'Mr. Tokayev','said',partial=True,note='second partial in the same sentence')
c('926','other',20000,'about','militants who attacked Almaty',TOK,'some 20,000 militants',note='"some" → about; the attackers figure, as devset19 251')
c('926','troops_deployed',2030,'about','CSTO troops in Kazakhstan',None,'about 2,030 troops',note='given by the panellist, no source; "roughly three-quarters were Russian" has no integer')
c('926','detained',9000,'more than','people detained','Kazakh authorities','more than 9,000 people have been detained')
c('926','killed',164,'at least','people killed (figure later withdrawn)','Kazakh authorities','at least 164 killed')
e('926','2022-01-13','withdrawal','Kazakhstan',['Russia',CSTO],'Russian paratroopers began leaving Kazakhstan on Thursday',note='Thursday before Friday 14 Jan')
e('926','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a week after a Russia-led alliance flew in',note='"a week after" relative to Thursday 13 Jan')
e('926','2022-01-11','statement','Nur-Sultan',[TOK],'In his address to the Mazhilis on Tuesday')
e('926',None,'arrest',None,[MAS],'was removed and then arrested',note='undated')
e('926',None,'other','Almaty',[SER],'told the ceremony in Almaty',note='ceremony not dated here (real: 13 Jan)')
e('926',None,'statement',None,[MEA],'The External Affairs Ministry said',note='undated')
e('926',None,'statement',None,['Arindam Bagchi'],'Arindam Bagchi told the weekly briefing',note='undated weekly briefing')
e('926','2022-01-27','talks',None,['India'],'India–Central Asia summit coming up on January 27',note='future summit')
e('926','2022-01-02','protest','Zhanaozen',[],'began in Zhanaozen on January 2')

# ---------------- 927 Korea Times guest column by the Kazakh ambassador (Posted 2022-01-18, Tue)
art('927',0,7,11,'The Korea Times','2022-01-18',['Dauren Kassymov'],None,
    ['The Korea Times','Opinion > Guest Column','Posted : 2022-01-18 17:12','Updated : 2022-01-18 17:40','Print Preview   Font Size Up   Font Size Down','By Dauren Kassymov',
     "Dauren Kassymov is the ambassador of the Republic of Kazakhstan to Korea. The views expressed in this column are the writer's own.",
     'Top 10 Stories',"1. BTS's Jin to appear in ...",'2. Omicron to become dominant variant this week','Copyright © koreatimes.co.kr. All rights reserved.'])
q('927','The peacekeepers have done their job honourably, and there is no reason for them to stay a day longer than necessary,',TOK,'the President','told',note='"the President told parliament on January 11"')
q('927','The people must feel that the state works for them, not for a narrow circle,',TOK,'he','said',note='he = the head of state (Tokayev)')
q('927','stability and order will be restored as soon as possible',KRMFA,'The Ministry of Foreign Affairs','said',partial=True,note='"said on January 7 that it hoped “…”"')
q('927','We are safe, we are together, and we are cleaning our streets.',None,'Their association in Almaty','sent me a short message',note='an unnamed association of ethnic Koreans; a written message')
c('927','killed',225,None,'people killed in the unrest',PGO,'225 people lost their lives')
c('927','killed',19,None,'police officers and servicemen killed (part of the 225)',PGO,'among them 19 police officers and servicemen')
c('927','injured',4500,'more than','people injured, mostly security forces',PGO,'More than 4,500 people',note='next sentence after "According to the Prosecutor General\'s Office"; source carried over')
c('927','troops_deployed',2000,'about','CSTO peacekeepers',None,'Its roughly 2,000 peacekeepers',note='"roughly" → about')
e('927','2022-01-02','protest','Zhanaozen',[],'What began on January 2')
e('927',None,'protest','Almaty',[],'stormed the city hall of Almaty',note='"within 72 hours" of 2 Jan; not a day')
e('927','2022-01-11','statement','Nur-Sultan',[TOK],'the President told parliament on January 11')
e('927','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal began two days later',note='"two days later" after 11 January')
e('927','2022-01-19','withdrawal','Kazakhstan',[CSTO],'will be completed tomorrow',note='future; tomorrow = Wednesday 19 Jan')
e('927','2022-01-07','statement',None,[KRMFA],'The Ministry of Foreign Affairs said on January 7')
e('927','2022-01-14','other',None,[],'sent me a short message last Friday',note='"last Friday" from Tuesday 18 Jan')

# ---------------- 928 EUvsDisinfo database case (page date not printed; disinfo item dated 09.01.2022)
art('928',0,5,9,'EUvsDisinfo',None,[],None,
    ['EUvsDisinfo','Home › Database › Disinfo cases','Share this page:  Facebook  Twitter  LinkedIn','Publication/Media','https://www.1tv.ru/shows/[archived]',
     'Date of publication','09.01.2022','Outlet language(s)','Russian','Countries / regions discussed','Kazakhstan, US, Russia','Keywords',
     'Colour revolutions, Protest, Western plot, CSTO','Disinfo','Report a disinformation case','Related disinfo cases',
     'DISINFO: Kazakhstan protests are a Western attempt to open a second front against Russia','DISINFO: NATO instructors trained the Almaty rioters'],
    sections=(ln('928','SUMMARY'),ln('928','DISPROOF')))
q('928','a Maidan on the steppe',None,'The presenter','described',partial=True,note='unnamed TV presenter')
q('928','instructors from Western embassies',None,'The presenter','claimed',partial=True)
q('928','Everything was ready: the money, the chats, the militants. Washington only waited for a pretext, and the gas price gave it one. If the CSTO had not come, there would be an American base in Kazakhstan by the summer.',
  'Oleg Barsukov','the political scientist Oleg Barsukov','said',note='stand-alone paragraph introduced by "… Oleg Barsukov, said:" at the end of the previous paragraph; invented guest')
q('928','absolutely false','Jen Psaki','White House Press Secretary Jen Psaki','called',partial=True)
q('928','We call on the Kazakh authorities to respect the rights of peaceful protesters and to exercise restraint.','Ned Price','Ned Price','added',note='"The State Department spokesperson, Ned Price, added the next day:"')
c('928','other',20000,None,'"terrorists" mentioned by Tokayev',TOK,'the 20,000 "terrorists" mentioned by President Tokayev',note='figure repeated in the summary of the programme; "terrorists" is an excluded scare quote')
c('928','troops_deployed',2030,'about','CSTO force',CSTO,'about 2,030 troops according to the alliance')
e('928','2022-01-09','statement',None,[],'A talk show on a Russian state TV channel presented',note='the broadcast; its date is only in the case metadata "Date of publication 09.01.2022"')
e('928','2022-01-02','protest','Zhanaozen',[],'The protests began on 2 January in Zhanaozen')
e('928','2022-01-06','statement',None,['Jen Psaki'],'on 6 January, and said Washington')
e('928','2022-01-07','statement',None,['Ned Price'],'added the next day',note='"the next day" after 6 January')
e('928','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began to withdraw on 13 January')

# ---------------- 929 ISPI annotated speech (12 January 2022, Wed)
art('929',0,5,10,'ISPI','2022-01-12',['Giulia Ferraresi'],None,
    ['ISPI','Istituto per gli Studi di Politica Internazionale','Home / Publications / Commentary','COMMENTARY','Research Fellow, ISPI Russia, Caucasus and Central Asia Centre','12 January 2022',
     'The opinions expressed herein are strictly personal and do not necessarily reflect the position of ISPI.','Tags: Kazakhstan, CSTO, Russia, Central Asia','Download PDF   Share   Print'],
    sections=tuple(ln('929',h) for h in ('1. The attack','2. The CSTO','3. The elites','4. The government','5. The security services')))
EXC='stand-alone speech excerpt, cue null; speaker from the intro ("Kazakhstan\'s President Kassym-Jomart Tokayev addressed the Mazhilis")'
q('929','Almaty was attacked by some 20,000 bandits. They had a single command centre, and their goal was to take the city and then the whole country.',TOK,'Kassym-Jomart Tokayev',None,note=EXC)
q('929','The main mission of the peacekeepers has been successfully completed. In two days, a phased withdrawal will begin. It will take no more than ten days.',TOK,'Kassym-Jomart Tokayev',None,note=EXC)
q('929','Thanks to the first president, a group of very profitable companies and a layer of people who are rich even by international standards has appeared in the country.',TOK,'Kassym-Jomart Tokayev',None,malformed=True,
  note=EXC+'; conventional multi-paragraph style: this paragraph is left open and the next one re-opens with “')
q('929','I believe it is time for them to pay their debt to the people of Kazakhstan and to help them systematically, year after year.',TOK,'Kassym-Jomart Tokayev',None,note=EXC+'; second paragraph of the same excerpt')
q('929','I am submitting for your approval the candidacy of Alikhan Smailov for the post of prime minister.',TOK,'Kassym-Jomart Tokayev',None,note=EXC+'; another name inside the quote')
q('929','The special services did not notice the preparation of the terrorist attacks. They must be reformed.',TOK,'Kassym-Jomart Tokayev',None,note=EXC)
q('929','as long as the Kazakh side deems necessary','Dmitry Peskov','Dmitry Peskov','told',partial=True,note='"The Kremlin spokesman, Dmitry Peskov, told reporters on Monday that the contingent would stay “…”"')
q('929','listen to people, not to reports','Alikhan Smailov','he','said',partial=True,note='he = Smailov ("In his first remarks he promised … and said the cabinet would “…”")')
q('929','The question now is whether the purge will stop at the top,','Luca Bianchi','Luca Bianchi','says',note='inverted present-tense cue "says Luca Bianchi"; invented analyst')
q('929','If it goes deeper, it becomes a battle for control of the security apparatus itself.','Luca Bianchi','Luca Bianchi','says',note='continuation after the interposed attribution')
c('929','other',20000,'about','"bandits" who attacked Almaty',TOK,'Almaty was attacked by some 20,000 bandits',note='inside the quoted excerpt; "some" → about')
c('929','other',20000,None,'attackers figure repeated by state media',TOK,'The figure of 20,000',note='second textual occurrence of the same figure (each occurrence is a record)')
c('929','detained',9900,None,'people detained nationwide',MIA,"By the Interior Ministry's own count, 9,900 people")
c('929','troops_deployed',2030,'about','CSTO force',CSTO,'about 2,030 troops according to the CSTO')
e('929','2022-01-11','statement','Nur-Sultan',[TOK],"Yesterday, Kazakhstan's President Kassym-Jomart Tokayev addressed the Mazhilis")
e('929','2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days, a phased withdrawal will begin',note='inside the quote; "in two days" counted from the speech (11 Jan), not from publication')
e('929','2022-01-10','statement',None,['Dmitry Peskov'],'told reporters on Monday')
e('929','2022-01-12','other','Kazakhstan',[CSTO],'was already handing over sites to Kazakh units this morning',note='handover of guarded sites; "this morning" = publication day')
e('929','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'was approved by the deputies within the hour',note='same day as the speech')
e('929',None,'arrest',None,[MAS],'remains in detention on treason charges',note='undated')

# ---------------- 930 Emerging Europe A-to-Z explainer (20 January 2022, Thu)
art('930',0,5,11,'Emerging Europe','2022-01-20',['Tom Hargreaves'],None,
    ['Emerging Europe','Intelligence, Community, News','Home › Politics › Central Asia','20 January 2022','6 min read','Related articles',
     "Kazakhstan's economy after the unrest: what investors need to know","Emerging Europe's week in review",'Subscribe to our newsletter','© 2022 Emerging Europe. All rights reserved.'],
    sections=tuple(ln('930',h+'\n')-0 for h in ('A is for Almaty','C is for CSTO','D is for Death toll','G is for Geneva','M is for Masimov','N is for Nazarbayev','O is for OSCE','S is for Serdyukov','T is for Tokayev','W is for Withdrawal','Z is for Zhanaozen')))
q('930','I have lived here for forty years and I have never heard shooting like that,','Gulnara Seitkali','Gulnara Seitkali','said',note='inverted "…," said NAME, a pharmacist; invented; a duration inside the quote')
q('930','not taking part in any operations against the population','Stanislav Zas','Stanislav Zas','insisted',partial=True)
q('930','legally binding and watertight',RYA,'Sergey Ryabkov','said',partial=True)
q('930','I have been on a well-deserved rest since 2019, and there is no rivalry between me and the president.','Nursultan Nazarbayev','The old man himself','said',
  note='descriptive mention only ("The old man himself"); the name is in the section heading and the previous sentence uses "the Elbasy"/"the first president"; a year inside the quote')
q('930','If we do not hear a constructive response within a reasonable time frame, we will take the necessary measures.','Alexander Lukashevich','Alexander Lukashevich','said',note='colon before the quote')
q('930','Our task has been fulfilled.',SER,'the general','thanked',note='"the general thanked the Kazakh army: “…”" – the verb before the colon is the only cue')
q('930','We asked for cheaper gas, not for tanks,','Yerlan','one protester','told',note='first name only ("gave his name only as Yerlan"); told the outlet by phone')
c('930','troops_deployed',2030,'about','CSTO troops involved',CSTO,'about 2,030 troops and 250 pieces of equipment were involved',note='"250 pieces of equipment" is not a claim')
c('930','killed',225,None,'people who died in the unrest',PGO,'225 people had died')
c('930','killed',19,None,'members of the security forces killed (part of the 225)',PGO,'including 19 members of the security forces')
c('930','killed',164,None,'dead (figure withdrawn)','Kazakh Health Ministry','A figure of 164',note='"published and then withdrawn by the health ministry"')
c('930','troops_deployed',2000,'more than','troops flown home',RDM,'more than 2,000 troops and 250 pieces of equipment had been flown home',note='withdrawal count')
e('930','2022-01-05','protest','Almaty',[],'On January 5, crowds stormed the city administration')
e('930','2022-01-15','casualty_report',None,[PGO],"Prosecutor General's Office said on Saturday",note='Saturday before Thursday 20 Jan')
e('930','2022-01-10','talks','Geneva',['Russia','United States'],'On January 10, Russian and US delegations met')
e('930',None,'arrest',None,[MAS],'was arrested on suspicion of treason',note='undated')
e('930','2022-01-05','other',None,['Nursultan Nazarbayev'],'gave up the chairmanship of the Security Council on January 5')
e('930','2022-01-18','statement',None,['Nursultan Nazarbayev'],'appeared in a video on Tuesday',note='Tuesday before Thursday 20 Jan')
e('930','2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich'],'took place in Vienna on January 13')
e('930',None,'other',None,[SER],'At the handover ceremony',note='undated ceremony')
e('930','2022-01-11','statement','Nur-Sultan',[TOK],'He told parliament on January 11')
e('930','2022-01-19','withdrawal','Kazakhstan',[CSTO,RDM],'The last planes carrying foreign troops left on Wednesday',note='Wednesday before Thursday 20 Jan')
e('930','2022-01-02','protest','Zhanaozen',[],'was where it all began on January 2')

# ---------------- 931 Levada-Center poll press release (21.01.2022, Fri)
art('931',0,6,9,'Levada-Center','2022-01-21',[],None,
    ['LEVADA-CENTER','Yuri Levada Analytical Center','About  Press releases  Analytics  Data  Contacts  EN | RU','PRESS RELEASES','21.01.2022','(as % of respondents)','Print   Share',
     '© Levada-Center 2022. When using materials, a reference to the Levada-Center is required.'],
    sections=(ln('931','COMMENTS\n'),))
q('931','The picture is familiar,','Anna Selivanova','Anna Selivanova','says',note='inverted present-tense cue; invented researcher')
q('931','Television gave people a ready explanation, and those who watch it accepted it. Among those who get their news from YouTube and Telegram, approval of the operation falls below 40 per cent.','Anna Selivanova','Anna Selivanova','says',note='continuation after the interposed attribution; a percentage inside the quote (not a claim)')
q('931','There was no time for doubts to appear: the troops went in, and a week later they were already leaving,','Anna Selivanova','she','notes',note='paragraph opens "According to Selivanova, …"; the quote itself is attributed by "she notes"')
q('931','will not let anyone set our common home on fire from outside','Vladimir Putin','President Putin','statement',partial=True,note='"President Putin\'s statement at the CSTO summit on January 10 that the alliance “…”" – possessive + noun cue')
c('931','aircraft',70,'more than','Russian aircraft in the airlift',RDM,'more than 70 aircraft')
c('931','troops_deployed',3000,'about','Russian paratroopers in the contingent',RDM,'about 3,000 paratroopers',note='invented figure, differs from the CSTO total in the same sentence')
c('931','troops_deployed',2030,'about','whole CSTO force',CSTO,'about 2,030 troops for the whole force')
c('931','killed',225,None,'death toll announced in Kazakhstan',None,'the death toll announced in Kazakhstan, 225 people',note='in indirect speech of the researcher; "announced in Kazakhstan" names no source')
e('931',None,'protest','Almaty',[],'grew into riots in Almaty',note='"In early January" – no day')
e('931','2022-01-05','other',None,[TOK,CSTO],'On the night of January 5–6, at the request of President Kassym-Jomart Tokayev',note='CSTO decision to send the force; range → first day')
e('931','2022-01-19','withdrawal','Kazakhstan',[CSTO],'The withdrawal was completed on January 19')
e('931','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'at the CSTO summit on January 10',note='online CSTO summit')
e('931','2022-01-13','other','Russia',['Levada Center'],'The survey was conducted on January 13–19, 2022',note='fieldwork of the poll; range → first day')

# ---------------- 932 Orthodox Times news item (January 11, 2022, Tue)
art('932',0,5,11,'Orthodox Times','2022-01-11',[],None,
    ['ORTHODOX TIMES','Orthodoxy  Patriarchates  Churches  World  Opinions  Interviews','Home » Churches » Russia','By Orthodox Times Newsroom','January 11, 2022 | 14:35',
     'Share  Facebook  Twitter  Email  Print','Read also:','Ecumenical Patriarch sends condolences to the people of Kazakhstan','Orthodox Church of Kazakhstan celebrated the Nativity amid curfew',
     'Tags: Kazakhstan, Patriarch Kirill, Metropolitan Alexander, Russian Orthodox Church','© 2022 Orthodox Times. All rights reserved.'])
q('932','These days have shown how fragile peace is and how quickly hatred destroys what generations have built,',METR,'the Metropolitan','said',note='title-only mention; full form "Metropolitan Alexander of Astana and Kazakhstan" in the paragraph before')
q('932','Let us pray for the dead, for the wounded, and for those who lost their loved ones, regardless of their faith or nationality.',METR,'the Metropolitan','said',note='continuation after the interposed attribution')
q('932','no religion justifies the shedding of innocent blood',MUFTI,'The Supreme Mufti, Nauryzbai Kazhy Taganuly','said',partial=True,note='title + appositive name; "Kazhy" is an honorific inside the name')
q('932','People came who had not been to church for years,','Nikolai Voronin','Archpriest Nikolai Voronin','said',note='invented cleric')
q('932','They wanted to light a candle and simply be together.','Nikolai Voronin','Archpriest Nikolai Voronin','said',note='continuation after "…," said Archpriest Nikolai Voronin, a cleric …, speaking to Orthodox Times by telephone.')
q('932','for the restoration of peace and harmony in the Kazakh land',KIR,'Patriarch Kirill','wrote',partial=True,note='"wrote that the Russian Orthodox Church was praying “…”"')
q('932','deeply saddened',KIR,'the Primate','wrote',partial=True,note='"the Primate" = Patriarch Kirill')
q('932','in the coming days','Synodal Department for Church Charity and Social Service','The Synodal Department for Church Charity and Social Service','said',partial=True,note='short non-evaluative partial kept (speech verb + attributed words); a scorer may treat it as a scare quote')
c('932','killed',164,None,'people killed (figure later questioned)','officials','164 people were killed',note='"According to the latest official data"')
c('932','detained',7939,None,'people detained across the country','officials','7,939 people were detained')
c('932','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces had died',note='"two of whom had been beheaded" is a subset, not a claim')
e('932','2022-01-10','other','Kazakhstan',[METR],'were held on Monday in Orthodox churches across Kazakhstan',note='memorial services on the national day of mourning; Monday before Tuesday 11 Jan')
e('932','2022-01-06','statement',None,['Spiritual Administration of Muslims of Kazakhstan',METR],'which was issued on Thursday',note='joint appeal for calm')
e('932','2022-01-06','statement',None,[MUFTI],'said on the same day',note='"the same day" = Thursday 6 Jan')
e('932','2022-01-05','protest','Almaty',[],'where the city administration building burned on January 5')
e('932','2022-01-08','statement',None,[KIR,TOK],'sent a message to President Tokayev on Saturday')
e('932',None,'statement',None,[KIR,METR],'In a separate message to Metropolitan Alexander',note='undated')
e('932','2022-01-09','statement',None,['Synodal Department for Church Charity and Social Service'],'said on Sunday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president",'the head of state'],'Kazakhstan',['the President','he',"Kazakhstan's president"],['Mr. Tokayev','Mr Tokayev']),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','commander of the Russian airborne forces',"the head of Russia's airborne troops"],'Russia',['the general']),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States'),
 sp(RYA,'person',['Sergey Ryabkov','Sergei Ryabkov'],["Russia's deputy foreign minister"],'Russia',['her Russian counterpart']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway',note='country from world knowledge, as in gold'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp(IEDFA,'organisation',['Department of Foreign Affairs'],[],'Ireland',['a Department of Foreign Affairs spokesperson']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Prime Minister'],'Armenia'),
 sp(MEA,'organisation',['External Affairs Ministry'],[],'India',['The External Affairs Ministry']),
 sp(KRMFA,'organisation',['Ministry of Foreign Affairs'],[],'South Korea',['The Ministry of Foreign Affairs']),
 sp('Oleg Barsukov','person',['Oleg Barsukov'],['the political scientist'],'Russia',note='invented TV guest'),
 sp('Jen Psaki','person',['Jen Psaki'],['White House Press Secretary'],'United States',note='words invented'),
 sp('Ned Price','person',['Ned Price'],['The State Department spokesperson'],'United States',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['The Kremlin spokesman'],'Russia'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['prime minister','acting prime minister'],'Kazakhstan',['he']),
 sp('Luca Bianchi','person',['Luca Bianchi'],['an analyst at the Milan-based consultancy Eurasia Risk Partners'],'Italy',note='invented'),
 sp('Gulnara Seitkali','person',['Gulnara Seitkali'],['a pharmacist in the Bostandyk district'],'Kazakhstan',note='invented'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['secretary general'],'Belarus'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['The first president of Kazakhstan'],'Kazakhstan',['The old man himself','the Elbasy','the first president']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia'),
 sp('Yerlan','person',['Yerlan'],['a 34-year-old oil worker'],'Kazakhstan',['one protester'],note='first name only; invented'),
 sp('Anna Selivanova','person',['Anna Selivanova','Selivanova'],['a senior researcher at the Levada Center'],'Russia',['she'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['President'],'Russia',[],["President Putin's"],note='quoted only in 931 (partial); a quiz option in 925'),
 sp(METR,'person',['Metropolitan Alexander'],['Metropolitan'],'Kazakhstan',['the Metropolitan','the hierarch','He'],['Metropolitan Alexander of Astana and Kazakhstan'],note='head of the Metropolitan District of Kazakhstan; words invented'),
 sp(MUFTI,'person',['Nauryzbai Kazhy Taganuly'],['The Supreme Mufti'],'Kazakhstan',note='words invented'),
 sp('Nikolai Voronin','person',['Nikolai Voronin'],['Archpriest','a cleric of the cathedral'],'Kazakhstan',['The priest'],note='invented'),
 sp(KIR,'person',['Patriarch Kirill'],['Patriarch'],'Russia',['the Primate','The Patriarch'],['Patriarch Kirill of Moscow and All Russia'],note='religious name as canonical; words invented'),
 sp('Synodal Department for Church Charity and Social Service','organisation',['Synodal Department for Church Charity and Social Service'],[],'Russia'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of figures in 6 files; not quoted in this set'),
 sp(MAS,'person',['Karim Masimov','Masimov'],['head of the National Security Committee'],'Kazakhstan',quoted=False,note='mentioned in 4 files'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',quoted=False,note='source of figures in 927/930 ("prosecutors" in 925)'),
 sp(RDM,'organisation',['Russian Defence Ministry',"Russia's defence ministry"],[],'Russia',quoted=False,note='source of figures in 930/931'),
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
