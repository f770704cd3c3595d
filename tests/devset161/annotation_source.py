#!/usr/bin/env python3
"""Source of the devset161 annotation: the hand-chosen spans, values and dates for 1381-1388.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset161/annotation_source.py && python3 tests/devset161/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; PGO="Kazakh Prosecutor General's Office"
SER='Andrei Serdyukov'; RMOD='Russian Defence Ministry'

# ---------------- 1381 think-tank policy brief extracted from PDF (12 January 2022, Wed)
P='1381'
art(P,0,ln(P,'The CSTO in Kazakhstan: A Test Run for'),ln(P,'• The Collective Security Treaty Organization (CSTO) invoked'),'Caspian Policy Institute','2022-01-12',['Helena Voss','Arman Kaliyev'],None,
    ['CASPIAN POLICY INSTITUTE','POLICY BRIEF No. 3/2022','Caspian Policy Institute | Policy Brief 3/2022                                   1','Caspian Policy Institute | Policy Brief 3/2022                                   2','________________','The views expressed are those of the authors.','© Caspian Policy Institute 2022 | www.caspianpolicy.example | ISSN 2750-1187'])
A[-1]['headline']='The CSTO in Kazakhstan: A Test Run for\nCollective Intervention?'
q(P,'terrorist bands',TOK,'President Tokayev','describing',partial=True,note='footnote marker ² glued after the closing mark and period')
q(P,'strategic facilities',SER,'Serdyukov','told reporters',partial=True)
q(P,'Moscow has\nshown that it can put a brigade anywhere in the region in two days. That is the\nmessage, not Almaty.',None,'a senior Central Asian diplomat','put it bluntly',
  note='anonymous interviewee; the quote runs over two PDF hard line-wraps inside ONE paragraph with matched marks, so malformed is false (the line breaks are layout, not paragraph breaks)')
q(P,'a rehearsal with real bullets',None,'a former CSTO staff officer','called',partial=True,note='anonymous interviewee; evaluative phrase with a speech verb, kept')
c(P,'troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',CSTO,'About 2,030 troops were deployed, three quarters of them Russian.',
  note='attributed only through footnote 1 (CSTO Secretariat statement, confirmed by the Russian Defence Ministry); "three quarters" is not an integer and is not a claim')
c(P,'aircraft',70,'more than','aircraft used to move the troops',RMOD,'70 aircraft were used to move the troops',note='"more than" is on the previous PDF line')
c(P,'detained',9900,None,'people detained by 11 January',MIA,'9,900 people detained by 11 January',note='"the Interior\\nMinistry" is split by a PDF line wrap')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On the night of 5 January 2022, President Tokayev asked the CSTO for help',note='request for CSTO help')
e(P,None,'statement',None,['Nikol Pashinyan',CSTO],'Nikol Pashinyan, who chaired the alliance',note='"Within hours" of the night of 5 January; real date 2022-01-06; the verb is hyphenated across a PDF line ("an-/nounced")')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'landed near Almaty on 6 January')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev announced on 11 January that the mission had completed its main tasks')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin in two days',note='announced on 11 January, "in two days" → 13 January; future at publication')

# ---------------- 1382 Wikipedia-style article with reference markers (last edited 14 January 2022)
P='1382'
art(P,0,1,ln(P,'The CSTO peacekeeping mission in Kazakhstan was a deployment'),'Wikipedia','2022-01-14',[],None,
    ['From Wikipedia, the free encyclopedia','Jump to navigation Jump to search','Contents','References[edit]','This page was last edited on 14 January 2022, at 09:14 (UTC).',
     'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.','Privacy policy About Wikipedia Disclaimers Contact Wikipedia Mobile view'])
q(P,'important state and military facilities',RMOD,"Russia's defence ministry",'said',partial=True,note='reference marker [5] follows the closing mark and period')
q(P,'successfully completed',TOK,'Tokayev','said',partial=True)
q(P,'fulfilled all the tasks set',SER,'Serdyukov','said',partial=True,note='the nearest preceding date phrase is the ceremony, not the speech')
q(P,"once Russians are in your house, it's sometimes very difficult to get them to leave.",'Antony Blinken','US Secretary of State Antony Blinken','said',partial=True,
  note='embedded after "said on 8 January that"; lower-case start, so partial')
c(P,'troops_deployed',2030,None,'CSTO troops (infobox "Strength")',None,'2,030 troops, 250 units of equipment',note='infobox row; reference [1] (TASS) is not an in-text attribution; 250 units of equipment is not a claim')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen',None,'approved sending 150 servicemen',note='approved by the Kyrgyz parliament; [better source needed] tag after the marker [6]')
e(P,'2022-01-02','protest','Zhanaozen',[],'began in Zhanaozen on 2 January 2022')
e(P,'2022-01-05','protest','Almaty',[],'government buildings were set on fire on 5 January')
e(P,'2022-01-06','talks',None,['CSTO Collective Security Council'],'The CSTO Collective Security Council agreed to the request on 6 January')
e(P,'2022-01-11','statement',None,[TOK],'On 11 January, Tokayev said the mission had been')
e(P,'2022-01-13','other','Almaty',[SER,CSTO],'A farewell ceremony was held in Almaty on 13 January')
e(P,'2022-01-23','withdrawal','Kazakhstan',[CSTO],'The withdrawal is expected to be completed by 23 January',note='planned completion date; [citation needed]')
e(P,'2022-01-08','statement',None,['Antony Blinken'],'Antony Blinken said on 8 January')
e(P,None,'statement',None,['Maria Zakharova'],'Maria Zakharova called the remark',note='no date in the sentence; the reference [10] is dated 8 January, but reference dates are not event dates')

# ---------------- 1383 OHCHR press briefing notes (Geneva, 11 January 2022, Tue)
P='1383'
art(P,0,ln(P,'Press briefing notes on Kazakhstan'),ln(P,'We are following closely the situation in Kazakhstan'),'OHCHR','2022-01-11',['Liz Throssell'],'Geneva',
    ['United Nations Human Rights Office of the High Commissioner','Home > News and Events > Press briefing notes','Subject: Kazakhstan','ENDS',
     'For more information and media requests, please contact:','Share: Facebook Twitter Email','© OHCHR 1996-2022 | Copyright | Privacy policy | Contact us'])
q(P,'to ensure that all those detained are treated humanely and have prompt access to lawyers of their choice','Michelle Bachelet','Michelle Bachelet','called on',partial=True)
q(P,'fire without warning',TOK,'President Kassym-Jomart Tokayev','statement',partial=True,note='possessive "Tokayev\'s statement on 7 January that he had authorised…"')
q(P,'Shoot-to-kill orders have no place in any society,','Liz Throssell','Ms. Throssell','said',note='the rest of the briefing is the spokesperson\'s unquoted text and is not extracted')
q(P,'are bound by international human rights law, wherever they come from','Liz Throssell','the spokesperson','said',partial=True)
c(P,'killed',164,'at least','people killed','Kazakh authorities','at least 164 people, including three children, were killed',note='"According to official figures"')
c(P,'killed',3,None,'children killed','Kazakh authorities','including three children',note='written-out number; subset of the 164')
c(P,'injured',2200,'more than','people treated for injuries','Kazakh authorities','more than 2,200 people were treated for injuries')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained across the country')
e(P,'2022-01-10','statement',None,[MIA],'The Ministry of Internal Affairs said on Monday',note='Monday before Tue 11 January')
e(P,'2022-01-07','statement',None,[TOK],"Tokayev's statement on 7 January")
e(P,'2022-01-05','other','Kazakhstan',[],'the internet was shut down nationwide from 5 January')
e(P,None,'statement',None,['Michelle Bachelet'],'has called on the authorities',note='no date given')

# ---------------- 1384 Scottish Parliament Official Report (Tuesday 11 January 2022)
P='1384'
L=T[doc(P)].split('\n')
art(P,0,[i+1 for i,l in enumerate(L) if l=='Kazakhstan (Scottish Citizens)'][1],ln(P,'1. Fiona Dalgleish (Aberdeen Donside) (SNP):'),'The Scottish Parliament','2022-01-11',[],None,
    ['The Scottish Parliament','Pàrlamaid na h-Alba','Official Report','Meeting of the Parliament (Hybrid)','[Draft]','Session 6','Contents','Time for Reflection','Business Motion','COVID-19 Update','14:05','14:17','Meeting suspended.'])
q(P,'the right to protest peacefully must be respected, and violence by any side is unacceptable.','Angus Robertson','Angus Robertson','said',
  note='the minister quotes his own earlier words ("As I said to the chamber last week"); speaker_as_written is the speaker label of the turn. The turns themselves are unquoted speech and are not extracted')
q(P,'Europe faces a real risk of conflict','Jens Stoltenberg',"NATO's secretary general",'put it',partial=True,
  note='Stoltenberg is named only by title; quoted inside Robertson\'s turn, so the nearest speaker label (Angus Robertson) is a trap')
c(P,'killed',164,'at least','deaths in the unrest',None,'reports of at least 164 deaths',note='"reports"; asked by Fiona Dalgleish')
c(P,'troops_deployed',2030,None,'troops of the CSTO mission (called "Russian troops" by the member)','Stephen Kerr','2,030 of them',
  note='figure stated by the MSP in his own question; the total CSTO figure, not only Russian')
e(P,'2022-01-11','other','Edinburgh',['Fiona Dalgleish','Angus Robertson'],'(S6T-00421)',note='topical question in the chamber; location from world knowledge')
e(P,'2022-01-06','other',None,['Scottish Government','Foreign, Commonwealth and Development Office'],'in contact with the Foreign, Commonwealth and Development Office since Thursday',note='"since Thursday" before Tue 11 January')
e(P,None,'talks','Geneva',[],'We will follow the talks in Geneva and Brussels closely.',note='no date; the Geneva talks were on 10 January')

# ---------------- 1385 court press-service release (13.01.2022 18:40, Thu)
P='1385'
art(P,0,ln(P,'Investigating judges sanctioned the detention of 48 suspects in Almaty'),ln(P,'ALMATY. Investigating judges'),'Supreme Court of the Republic of Kazakhstan','2022-01-13',[],'ALMATY',
    ['Supreme Court of the Republic of Kazakhstan','Judicial system > Courts of Almaty > Press centre','ҚАЗ | РУС | ENG','Версия для слабовидящих','13.01.2022 18:40 | Views: 1 248',
     'Press service of the Almaty City Court','Share:','Other news','13.01.2022 | Reception of citizens is temporarily held online',
     '© 2022 Supreme Court of the Republic of Kazakhstan. When using materials, a link to the site is required.'])
q(P,'Every motion is examined individually, with the participation of a defence lawyer, and the court checks whether the detention was lawful,','Nurlan Zhakupov','Nurlan Zhakupov','said',
  note='inverted cue "…," said the chairman of the Almaty City Court, Nurlan Zhakupov (title before the name, comma-separated)')
q(P,'Complaints about the use of violence during detention are sent to the prosecutor for verification.','Nurlan Zhakupov','Nurlan Zhakupov','said',note='second quote in the same paragraph after the cue')
q(P,'no one will escape responsibility','Berik Asylov','Berik Asylov','said',partial=True,note='"said earlier that"; the following "by mistake" (two-word) is excluded')
c(P,'detained',48,None,'suspects whose detention was sanctioned','Almaty City Court','detention of 48 suspects',zone='headline')
c(P,'detained',48,None,'persons remanded in custody by the Almaty court','Almaty City Court','detention in custody for 48 persons')
c(P,'detained',700,'more than','persons in custody nationwide',PGO,'more than 700 persons were in custody nationwide')
e(P,'2022-01-04','protest','Almaty',[],'the riots of 4–6 January 2022',note='range → first day')
e(P,'2022-01-13','arrest','Almaty',['Almaty City Court'],'As of 13 January, the court sanctioned detention')
e(P,'2022-01-12','statement',None,[PGO],"On 12 January the Prosecutor General's Office reported")
e(P,'2022-01-08','other','Almaty',['Almaty City Court'],'Judges worked on Saturday and Sunday, 8 and 9 January',note='explicit dates given with the weekdays')

# ---------------- 1386 embassy advisory (Updated on 09 January 2022, Sun)
P='1386'
art(P,0,ln(P,'ADVISORY FOR INDIAN NATIONALS IN KAZAKHSTAN'),ln(P,'The Embassy of India in Nur-Sultan continues'),'Embassy of India, Nur-Sultan','2022-01-09',[],None,
    ['Embassy of India','Nur-Sultan, Kazakhstan','भारतीय दूतावास, नूर-सुल्तान','Home | About Us | Consular Services | Indian Community | Tenders | Press Releases | Contact Us','Press Releases',
     '(Updated on 09 January 2022)','No. NS/CONS/2022/01                                                      Dated: 09.01.2022','*****','Printer-friendly version | Share',
     'Visitor count: 0311842','Copyright © 2022 Embassy of India, Nur-Sultan. All Rights Reserved.','Last updated: 09-01-2022'])
q(P,'Our students are safe, and food supplies in the hostels are adequate,','Rajesh Menon','he','said',note='"he" = Ambassador Rajesh Menon in the previous sentence')
q(P,'closely following developments in Kazakhstan','S. Jaishankar','Dr. S. Jaishankar','tweeted',partial=True)
e(P,None,'state_of_emergency','Kazakhstan',[],'A state of emergency remains in force across the country until 19 January 2022',note='ongoing; 19 January is the end date, not the declaration date')
e(P,'2022-01-05','other','Almaty',[],'Almaty International Airport has been closed since 5 January')
e(P,'2022-01-07','statement',None,['S. Jaishankar'],'tweeted on 7 January')
e(P,None,'other',None,['Embassy of India','Rajesh Menon'],'the Embassy had spoken to the student representatives',note='no date')

# ---------------- 1387 academic blog post (January 14, 2022, Fri)
P='1387'
L=T[doc(P)].split('\n')
art(P,0,L.index('Was January 2022 Kazakhstan\'s "Tiananmen moment"? Not quite.')+1,ln(P,'A week ago, many colleagues on Twitter'),'Eurasia Lens','2022-01-14',['Margit Lõhmus'],None,
    ['A blog of the Centre for Post-Soviet Studies, University of Tartuvik','Home | About | Contributors | Book reviews | Submit a post','Categories: Central Asia, Security | Tags: CSTO, Kazakhstan, Tokayev',
     'Reading time: 6 min','Share this: Twitter Facebook LinkedIn','Leave a Reply','Proudly powered by WordPress | Theme: Twenty Twelve'])
q(P,'a layer of wealthy people, even by international standards',TOK,'Tokayev','told',partial=True)
q(P,'the troops were a political signal to the elites, not a military necessity','Daniyar Sultanov','Dr Daniyar Sultanov','argues',partial=True,note='present-tense cue; an en dash follows the closing mark')
q(P,'we used to think Russia was far away.',None,'one of my students from Shymkent','wrote',note='anonymous student')
c(P,'killed',225,None,'people killed in the unrest',PGO,'Kazakh officials now speak of 225 dead',note='"Kazakh officials" in the sentence; footnote [1] names the Prosecutor General\'s Office; the footnote\'s superseded "164 dead" is not a claim')
c(P,'killed',19,None,'members of the security forces killed',PGO,'including 19 members of the security forces')
c(P,'troops_deployed',2000,'about','troops moved by Moscow',None,'some 2,000 troops in two days',note='"some" → about')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'On Tuesday, Tokayev told the Mazhilis',note='Tuesday before Fri 14 January; footnote [2] agrees')
e(P,'2022-01-10','talks','Geneva',[],'The talks in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',[],'in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',[],'in Vienna on Thursday')

# ---------------- 1388 NGO report excerpt (Published 14 January 2022, Fri)
P='1388'
L=T[doc(P)].split('\n')
art(P,0,ln(P,'"They Fired From the Rooftops"'),ln(P,'This chapter is based on 37 interviews'),'Steppe Rights Monitor','2022-01-14',[],None,
    ['STEPPE RIGHTS MONITOR','Report | Kazakhstan','Published 14 January 2022 | 42-page report | Download the full report (PDF, 2.1 MB) | Русская версия','Summary of the excerpt',
     'Donate | Subscribe to our newsletter | Privacy','© 2022 Steppe Rights Monitor'],
    sections=(ln(P,'2.1 Republic Square, 5–6 January'),ln(P,'2.2 Mass detentions, 6–7 January'),ln(P,'2.3 Foreign troops'),ln(P,'Recommendations (from Chapter 5)')))
q(P,'They Fired From the Rooftops','Daulet',None,None,partial=True,zone='headline',note='report title quoting the witness Daulet (title-cased form of the body quote); no attribution in the headline itself')
q(P,'They fired from the rooftops, and people just fell,','Daulet','Daulet','said',note='inverted cue; first name only (name changed by the NGO)')
q(P,'Nobody said anything through a loudspeaker.','Daulet','Daulet','said',note='continuation in the same paragraph')
q(P,'the corridors were full of blood',None,'She','said',partial=True,note='She = the unnamed nurse of the previous sentence')
q(P,'My clients were held for two days before anyone told their families where they were.','Gulnara Zhumabayeva','Lawyer Gulnara Zhumabayeva','told us')
q(P,'fire without warning',TOK,'President Tokayev','said',partial=True)
q(P,'not involved in police operations',CSTO,'the CSTO','said',partial=True)
c(P,'injured',40,'at least','people with gunshot wounds received by one hospital department',None,'at least 40 people with gunshot wounds',note='source is an unnamed nurse')
c(P,'detained',4404,None,'people detained by the morning of 7 January',MIA,'4,404 people had been detained by the morning of 7 January')
c(P,'other',11,None,'documented cases of detainees beaten in custody','Steppe Rights Monitor','documented 11 cases in which detainees said they had been beaten',note='borderline other claim; 37 interviews and "three of them" are not claims')
e(P,'2022-01-05','protest','Almaty',[],'On the evening of 5 January, thousands of people gathered on Republic Square')
e(P,'2022-01-05','other','Almaty',[],'uniformed men opened fire on the crowd late that night',note='"late that night" = night of 5 January')
e(P,'2022-01-07','statement',None,[TOK],'On 7 January, President Tokayev said in a televised address')
e(P,'2022-01-07','statement',None,[CSTO],'On 7 January, the CSTO said its forces')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)+list(desc if not variants else ())))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',[],["Tokayev's"],note='real; words paraphrased or invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel-General'],'Russia',note='real; words invented'),
 sp(RMOD,'organisation',['Russian Defence Ministry'],[],'Russia',[],["Russia's defence ministry"]),
 sp('Antony Blinken','person',['Antony Blinken'],['US Secretary of State'],'United States',note='real; real remark of 7-8 January paraphrased'),
 sp('Michelle Bachelet','person',['Michelle Bachelet','Bachelet'],['The High Commissioner','UN High Commissioner for Human Rights'],None,note='real; words invented'),
 sp('Liz Throssell','person',['Liz Throssell','Throssell'],['Spokesperson for the UN High Commissioner for Human Rights'],None,['the spokesperson'],['Ms. Throssell'],note='real OHCHR spokesperson; words invented'),
 sp('Angus Robertson','person',['Angus Robertson'],['The Cabinet Secretary for Constitution, External Affairs and Culture','cabinet secretary'],'United Kingdom',note='real; words invented'),
 sp('Jens Stoltenberg','person',[],["NATO's secretary general"],None,["NATO's secretary general"],note='named only by title (1384); words paraphrased'),
 sp('Nurlan Zhakupov','person',['Nurlan Zhakupov'],['the chairman of the Almaty City Court'],'Kazakhstan',note='invented'),
 sp('Berik Asylov','person',['Berik Asylov'],['The Prosecutor General'],'Kazakhstan',note='real Prosecutor General; words invented'),
 sp('Rajesh Menon','person',['Rajesh Menon'],['Ambassador'],'India',['he'],note='invented'),
 sp('S. Jaishankar','person',['S. Jaishankar'],['Minister of External Affairs'],'India',[],['Dr. S. Jaishankar'],note='real; words invented'),
 sp('Daniyar Sultanov','person',['Daniyar Sultanov'],['My colleague'],None,[],['Dr Daniyar Sultanov'],note='invented'),
 sp('Daulet','person',['Daulet'],['a 34-year-old taxi driver'],'Kazakhstan',note='invented; first name only (changed by the NGO)'),
 sp('Gulnara Zhumabayeva','person',['Gulnara Zhumabayeva'],['Lawyer'],'Kazakhstan',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],note='quoted in 1388; source of the troop figure in 1381'),
 sp(MIA,'organisation',['Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='source of detention figures; not quoted'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp('Kazakh authorities','organisation',['Kazakh authorities'],[],'Kazakhstan',[],[],quoted=False,note='"official figures" in 1383; not quoted'),
 sp('Almaty City Court','organisation',['Almaty City Court'],[],'Kazakhstan',quoted=False,note='source of the 48 figure; its chairman is quoted'),
 sp('Steppe Rights Monitor','organisation',['Steppe Rights Monitor'],[],None,quoted=False,note='invented NGO; source of the 11 cases'),
 sp('Stephen Kerr','person',['Stephen Kerr'],['Central Scotland'],'United Kingdom',quoted=False,note='real MSP; states the 2,030 figure in unquoted speech'),
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
