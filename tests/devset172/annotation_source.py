#!/usr/bin/env python3
"""Source of the devset172 annotation: the hand-chosen spans, values and dates for 1469-1476.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset172/annotation_source.py && python3 tests/devset172/verify.py
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
MOH='Kazakh Ministry of Health'; KPPO='Kazakh Presidential Press Office'
RYA='Sergey Ryabkov'; GRU='Alexander Grushko'; SER='Andrei Serdyukov'

# ---------------- 1469 RNZ "From Morning Report" audio page (7:09 am on 7 January 2022, Friday, NZ time)
P='1469'
art(P,0,ln(P,'Kazakhstan asks Russia-led alliance for troops as protests turn deadly'),ln(P,'Russian paratroopers are flying into Kazakhstan'),'RNZ','2022-01-07',[],None,
    ['RNZ','Skip to content','Listen live   Search','From Morning Report, 7:09 am on 7 January 2022','Share this','Download: Ogg   MP3 ( 4′ 38″ )','Add to playlist','Duration 4′ 38″','Get the RNZ app','Top News stories','Copyright © 2022, Radio New Zealand'])
q(P,'terrorist gangs',TOK,'President Kassym-Jomart Tokayev','describing the protesters as',partial=True,note='two-word label, but attributed to a named speaker by a cue: kept as partial (borderline)')
q(P,"Kazakhstan has spent thirty years trying to keep Moscow at arm's length, and in one night it has invited Russian soldiers onto its streets,",'Miriama Tawhiri','she','she said')
q(P,'Whatever happens next, Tokayev now owes Putin a debt, and Putin collects his debts.','Miriama Tawhiri','she',None,note='stand-alone continuation paragraph; nearest attributing mention "she"; the names inside the quote are not speakers')
q(P,'trying to make contact with every one of them','New Zealand Ministry of Foreign Affairs and Trade','A spokesperson','said',partial=True,note='unnamed ministry spokesperson read as the ministry (press-office convention)')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died',note='"State media quoted the interior ministry"')
c(P,'injured',1000,'more than','people injured',MOH,'more than 1000 people injured',note='no thousands separator')
c(P,'troops_deployed',2500,'about','CSTO peacekeepers being discussed','Miriama Tawhiri','about 2500 peacekeepers',note='no thousands separator; reported speech of the analyst ("She said")')
e(P,'2022-01-02','protest','Zhanaozen',[],'Protests that began on Sunday in the oil town of Zhanaozen')
e(P,'2022-01-05','protest','Almaty',[],'where government buildings were set alight on Wednesday')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'appealed to the Collective Security Treaty Organisation late on Wednesday')
e(P,'2022-01-06','statement',None,[CSTO],'The alliance said on Thursday it would send peacekeepers')
e(P,None,'troop_deployment','Kazakhstan',['Russian Defence Ministry',CSTO],'transport planes had begun landing',note='no day word; likely 2022-01-06')
e(P,'2022-01-05','other','Kazakhstan',[],'Internet access has been largely cut across the country since Wednesday',note='internet shutdown')

# ---------------- 1470 Nikkei Asia politics story (January 11, 2022 18:44 JST, Tuesday)
P='1470'
art(P,0,ln(P,"Kazakhstan turmoil tests Japan's Central Asia outreach"),ln(P,'TOKYO/NUR-SULTAN -- Japanese companies'),'Nikkei Asia','2022-01-11',['SATOSHI IKEDA','MIRA KUSAINOVA'],'TOKYO/NUR-SULTAN',
    ['Nikkei Asia','Subscribe   Log in','Politics','SATOSHI IKEDA and MIRA KUSAINOVA, Nikkei staff writers','January 11, 2022 18:44 JST','Read Next','Copyright © 2022 Nikkei Inc. All rights reserved.'])
q(P,'successfully completed',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True)
q(P,'closely monitoring the situation with grave concern.','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told reporters',partial=True)
q(P,'Nobody is talking about leaving,',None,'a manager at one Tokyo-based trading company','said',note='anonymous source')
q(P,'But the question from headquarters this week was simple: can we get our people out if the airport closes again?',None,'a manager at one Tokyo-based trading company','said',note='second half after the interposed attribution')
q(P,"Japan's Central Asia plus Japan dialogue was built on the idea that these states want choices,",'Kenta Morishima','Kenta Morishima','said')
q(P,'Tokayev has just shown that, when his survival is at stake, the first phone call goes to Moscow.','Kenta Morishima','Kenta Morishima','said',note='"Tokayev" inside the quote is not the speaker')
c(P,'detained',7939,None,'people detained across Kazakhstan',MIA,'7,939 people had been detained')
c(P,'killed',16,None,'security personnel killed',MIA,'raised the number of security personnel killed to 16')
e(P,'2022-01-11','statement',None,[TOK,CSTO],'Kassym-Jomart Tokayev said on Tuesday that the mission')
e(P,'2022-01-10','casualty_report',None,[MIA],'The interior ministry said on Monday that 7,939 people')
e(P,'2022-01-10','statement','Tokyo',['Hirokazu Matsuno'],'told reporters in Tokyo on Monday')
e(P,'2022-01-05','protest','Almaty',[],'seized briefly by protesters last Wednesday',note='"last Wednesday" from Tuesday 11 January')
e(P,'2022-01-10','other','Almaty',[],'reopened for some flights on Monday',note='airport reopening')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev on Tuesday named Alikhan Smailov')
e(P,'2022-01-10','talks','Geneva',['United States','Russia',RYA],'held more than seven hours of talks on Monday')

# ---------------- 1471 Rappler world story, AFP copy (Published 9:41 PM, January 09, 2022, Sunday)
P='1471'
art(P,0,ln(P,'Kazakhstan says 164 killed in unrest, detains former security chief'),ln(P,'ALMATY, Kazakhstan – Kazakhstan said on Sunday'),'Rappler','2022-01-09',[],'ALMATY, Kazakhstan',
    ['Rappler','Log in   Support Rappler','WORLD','Agence France-Presse','Published 9:41 PM, January 09, 2022','Updated 11:02 PM, January 09, 2022','with reports from Agence France-Presse',"What's happening in the world? Keep updated with Rappler's World section.",'RELATED STORIES','© Copyright 2022 Rappler Inc.'])
q(P,'a significant number of foreign nationals,',KPPO,'The presidential office','said',partial=True)
q(P,'fire without warning,',TOK,'President Kassym-Jomart Tokayev','authorized troops to',partial=True,note='the wording of his order; "stabilized" in the previous paragraph is a one-word quote and excluded')
q(P,'We did not sleep for three nights. Now the shooting has stopped, but nobody explains anything,','Gulnara','a 42-year-old teacher','said',note='first name only; "three nights" is not a claim')
q(P,'in constant contact','Sarah Lou Arriola','Foreign Affairs Undersecretary Sarah Lou Arriola','said',partial=True)
c(P,'killed',164,None,'people killed in a week of unrest','Kazakhstan','says 164 killed in unrest',zone='headline',note='headline; body gives the health ministry')
c(P,'killed',164,None,'people killed in a week of unrest',MOH,'that 164 people had been killed')
c(P,'killed',103,None,'people killed in Almaty',MOH,'103 were killed in Almaty')
c(P,'detained',5800,None,'people detained',KPPO,'5,800 people had been detained')
c(P,'troops_deployed',2500,'about','CSTO troops deployed',None,'has deployed around 2,500 troops')
e(P,'2022-01-09','casualty_report',None,[MOH],'Kazakhstan said on Sunday, January 9, that 164 people')
e(P,'2022-01-08','statement',None,['National Security Committee'],'On Saturday, January 8, the National Security Committee said')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'had been held on Thursday on suspicion of high treason',note='"Thursday" before Sunday 9 January')
e(P,'2022-01-07','statement',None,[TOK],'who on Friday authorized troops to')
e(P,None,'talks',None,[TOK,'Vladimir Putin'],'spoke by telephone to Russian President Vladimir Putin several times over the weekend',note='"over the weekend" is not one day (8-9 January)')
e(P,'2022-01-10','talks',None,[CSTO],'Its leaders are due to hold a video conference on Monday',note='announced, future')
e(P,'2022-01-09','other','Almaty',[],'In Almaty on Sunday, residents queued for bread and fuel')
e(P,None,'statement','Manila',['Philippine Department of Foreign Affairs'],'the Department of Foreign Affairs said in Manila',note='no day word')

# ---------------- 1472 Nation (Kenya) world story (Thursday, January 13, 2022)
P='1472'
art(P,0,ln(P,'Russia tells US it won\'t back down as Nato talks end in deadlock'),ln(P,'- Deputy Foreign Minister Alexander Grushko says Nato'),'Nation','2022-01-13',['KEVIN OMONDI'],None,
    ['NATION','Subscribe   Sign in','World','Thursday, January 13, 2022','By KEVIN OMONDI','What you need to know:','komondi@ke.nationmedia.com','ADVERTISEMENT','RELATED','Nation Media Group © 2022'])
q(P,'a large number of differences on fundamental issues',GRU,'Russia','said',partial=True,note='"Russia said": Grushko led the delegation (bullet and next paragraph); Russia as a state is an acceptable alternative')
q(P,'There is a real risk for new armed conflict in Europe,','Jens Stoltenberg','Mr Stoltenberg','said')
q(P,'in a dead end.',GRU,'He','said',partial=True)
q(P,'What happened in Kazakhstan is a lesson for all of us. An alliance can arrive in one night, but nobody can promise when it will go home,','Halima Wanjiru','Ms Wanjiru','said')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine','Western estimates','around 100,000 troops near Ukraine')
c(P,'troops_deployed',2000,'more than','CSTO force in Kazakhstan',None,'just over 2,000 soldiers',note='"just over" normalised to more than')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia',GRU],'Russia said on Wednesday its talks with Nato in Brussels')
e(P,'2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told a press conference afterwards',note='"afterwards" = after the Wednesday meeting')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman',RYA],'followed talks in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'A third round takes place in Vienna today')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out of Kazakhstan on Thursday')
e(P,None,'other','Almaty',[CSTO,SER],'A ceremony marking the end of the operation was held in Almaty',note='no day word; same day as the withdrawal (13 January)')
e(P,'2022-01-10','statement',None,['Kenyan Ministry of Foreign Affairs'],'the Foreign Affairs ministry said on Monday')

# ---------------- 1473 SCMP explainer with Q&A sub-heads (Published: 9:00am, 12 Jan, 2022, Wednesday)
P='1473'
L=T[doc(P)].split('\n')
secs=[L.index(h)+1 for h in ('What is the CSTO?','What happened in Kazakhstan?','What did Beijing say?','Why does it matter for China?','What happens next?')]
art(P,0,ln(P,'Explainer | What is the CSTO'),ln(P,'- The Russia-led bloc sent troops'),'South China Morning Post','2022-01-12',['Lin Jiahui'],None,
    ['South China Morning Post','China / Diplomacy','Published: 9:00am, 12 Jan, 2022','Updated: 4:35pm, 12 Jan, 2022','Why you can trust SCMP','Lin Jiahui joined the Post in 2019 and covers China\'s relations with Central Asia.','Related Topics','SCMP'],sections=secs)
q(P,'decisive measures','Xi Jinping','Chinese President Xi Jinping','praising',partial=True)
q(P,'provide necessary support','Wang Wenbin','Foreign ministry spokesman Wang Wenbin','said',partial=True)
q(P,'The stability of Kazakhstan matters to the whole region and to the Belt and Road,','Wang Wenbin','Wang','told a regular briefing')
q(P,'China wants stability on its western border more than it wants to compete with Moscow there,','Zhao Longwei','Zhao','said')
q(P,'For now, Russia does the security and China does the economy.','Zhao Longwei','Zhao','said')
c(P,'troops_deployed',2030,None,'CSTO troops deployed to Kazakhstan',CSTO,'The alliance says 2,030 troops')
c(P,'other',250,None,'pieces of CSTO military hardware deployed',CSTO,'250 pieces of military hardware')
c(P,'detained',7939,None,'people detained by Monday','Kazakh officials','Kazakh officials say 7,939 people were detained')
e(P,'2022-01-02','protest',None,[],'Protests over a fuel price rise began on January 2')
e(P,'2022-01-05','protest','Almaty',[],'turned violent in Almaty three days later',note='three days after 2 January')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On January 5, President Kassym-Jomart Tokayev asked the CSTO for help')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the first Russian paratroopers landed the next day')
e(P,'2022-01-07','statement',None,['Xi Jinping',TOK],'sent Tokayev a message on January 7')
e(P,'2022-01-10','statement','Beijing',['Wang Wenbin'],'said on Monday that China was ready')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev told parliament on Tuesday the CSTO mission was over')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'troops would start leaving on Thursday',note='announced, future')

# ---------------- 1474 Gleaner "Letter of the Day" (Published: Monday | January 10, 2022 | 12:05 AM)
P='1474'
art(P,0,ln(P,'Letter of the Day | Kazakhstan shows why small nations need the UN'),ln(P,'The pictures coming out of Kazakhstan'),'The Gleaner','2022-01-10',['DESMOND CAMPBELL'],None,
    ['The Gleaner',"Jamaica's #1 Newspaper since 1834",'Letters','Published: Monday | January 10, 2022 | 12:05 AM','THE EDITOR, Sir:','desmond.campbell@example.com','The Gleaner welcomes letters of up to 400 words. Email letters@gleanerjm.com.','Related Stories','© 2022 The Gleaner Company (Media) Limited'])
q(P,'20,000 bandits',TOK,'President Kassym-Jomart Tokayev','says he faced',partial=True)
q(P,'a rules-based international order','Andrew Holness','the Most Hon Andrew Holness','has said',partial=True)
q(P,'Who invite the guest must feed the guest.',None,'my late grandmother','used to say',note='a proverb in patois recalled by the letter writer; no named speaker')
c(P,'other',20000,None,'"bandits" Tokayev says attacked Almaty',TOK,'"20,000 bandits" in Almaty alone',note='inside a quote; borderline (attackers, not casualties)')
c(P,'killed',164,None,'people killed','Kazakh authorities','The authorities now report that 164 people were killed')
c(P,'detained',6000,'almost','people detained','Kazakh authorities','almost 6,000 were detained')
c(P,'troops_deployed',2500,'about','CSTO soldiers',None,'about 2,500 soldiers')
e(P,'2022-01-02','protest',None,[],'A protest over the price of cooking gas in a western oil town began on January 2')
e(P,'2022-01-05','protest','Almaty',[],"the mayor's office in Almaty had been burnt")
e(P,'2022-01-05','government_resignation',None,[],'the government had resigned')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'By the weekend, Russian paratroopers were guarding airports',note='"By the weekend" is not one day')
e(P,None,'talks','Geneva',['Russia','United States'],'This week Russia and the United States meet in Geneva',note='"this week"; actually 2022-01-10')
e(P,None,'talks','Brussels',['Russia','NATO'],'and then Russia and NATO in Brussels',note='actually 2022-01-12')

# ---------------- 1475 MercoPress "Latest news" page: 3 items, each its own article with its own stamp
P='1475'
L=T[doc(P)].split('\n')
heads=[('Kazakhstan: CSTO troops start leaving; Tokayev says mission accomplished','2022-01-13'),
       ('Vienna: OSCE session closes a week of Russia-West talks with no breakthrough','2022-01-13'),
       ('Kazakhstan uranium output unaffected by unrest, says Kazatomprom','2022-01-10')]
hl=[L.index(h)+1 for h,_ in heads]
ends=[hl[1]-2,hl[2]-2,last_line(P)]
boil=[['MercoPress, South Atlantic News Agency','Search','International','Latest news','Thursday, January 13th 2022 - 10:22 UTC','Top of Form'],
      ['Thursday, January 13th 2022 - 18:05 UTC','Top of Form'],
      ['Monday, January 10th 2022 - 09:41 UTC','Categories: International.','Tags: CSTO, Kazakhstan, OSCE, Russia, uranium.','Top stories','Copyright © 2022 MercoPress - South Atlantic News Agency']]
for i,((h,pub),b) in enumerate(zip(heads,boil)):
    art(P,i,hl[i],hl[i]+3,'MercoPress',pub,[],None,b,ls=(1 if i==0 else hl[i]),le=ends[i])
q(P,'fulfilled its tasks completely',SER,'Colonel General Andrey Serdyukov','said',art=0,partial=True)
q(P,'terrorist groups',TOK,'Tokayev','blamed the unrest on',art=0,partial=True,note='two-word label with a cue and "he said": kept as partial (borderline)')
q(P,'the risk of war in the OSCE area is now greater than ever before in the last 30 years.','Zbigniew Rau',"Poland's Foreign Minister Zbigniew Rau",'warning that',art=1,partial=True)
q(P,'in the coming days, not months.','Alexander Lukashevich','Alexander Lukashevich','told journalists',art=1,partial=True)
q(P,'Latin America is far from Ukraine and Kazakhstan, but not from the price of wheat, fertilizer and oil, which is where a war in Europe would reach us first,','Martín Echeverry','Echeverry','said',art=1)
q(P,'as normal','Kazatomprom','The company','said in a statement',art=2,partial=True,note='two words, attributed by a statement cue (borderline)')
c(P,'troops_deployed',2030,None,'CSTO servicemen in the operation','Russian Defence Ministry','2,030 servicemen',art=0)
c(P,'other',250,None,'units of CSTO equipment','Russian Defence Ministry','250 units of equipment',art=0)
c(P,'detained',9900,'at least','people detained','Kazakh authorities','at least 9,900 people have been detained',art=0)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began their withdrawal from Kazakhstan on Thursday',art=0)
e(P,None,'statement','Almaty',[SER],'said at a ceremony in Almaty that',art=0,note='no day word; same day (13 January)')
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday Tokayev told lawmakers',art=0)
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'in Vienna on Thursday',art=1)
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'earlier rounds in Geneva on Monday',art=1)
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'Brussels on Wednesday failed to narrow the gap',art=1)
e(P,'2022-01-07','statement',None,['Kazatomprom'],'said on Friday that its production',art=2,note='"Friday" from the item stamp Monday 10 January')

# ---------------- 1476 ABC "The World Today" radio transcript (Posted Tue 11 Jan 2022 at 12:22pm, AEDT)
P='1476'
art(P,0,ln(P,'Russian-led troops to leave Kazakhstan as Tokayev declares victory'),ln(P,"SALLY HOBART: Kazakhstan's president says"),'ABC News','2022-01-11',[],None,
    ['ABC News','Listen   Watch','The World Today','Posted Tue 11 Jan 2022 at 12:22pm, updated Tue 11 Jan 2022 at 1:40pm','Audio: 4 minutes 51 seconds','Listen','Transcript','LIAM CARVER: President Putin was equally blunt.','SALLY HOBART: Liam Carver reporting.','Topics: world-politics, unrest-conflict-and-war, kazakhstan, russian-federation','Related Stories','AusTalk   Privacy Policy   Terms of Use'])
q(P,'constitutional order',TOK,'Kassym-Jomart Tokayev','told leaders',partial=True)
q(P,'an armed aggression by well-coordinated groups of terrorists',TOK,'he','described what happened as',partial=True)
q(P,'difficult, long, very professional.',RYA,'Sergei Ryabkov','called the discussions',partial=True)
c(P,'detained',7939,None,'people detained',MIA,'7,939 people have now been detained')
c(P,'killed',16,None,'security forces killed','Kazakh officials','16 members of the security forces were killed')
c(P,'troops_deployed',2500,'about','CSTO troops moved into Kazakhstan','Tom Kerridge','move about 2,500 troops into a neighbour',note='in an unquoted transcript turn')
e(P,'2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'At an online summit of the Russian-led Collective Security Treaty Organization last night',note='"last night" from Tuesday 11 January (AEDT)')
e(P,'2022-01-10','statement',None,['Vladimir Putin'],'Russian President Vladimir Putin told the same summit',note='same summit')
e(P,'2022-01-09','casualty_report',None,[MOH],"the health ministry's figure of 164 deaths, published on Sunday",note='figure later withdrawn; not a claim')
e(P,'2022-01-10','talks','Geneva',['United States','Russia',RYA],'talked for more than seven hours overnight',note='"overnight" in Australian time = Monday 10 January in Geneva')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President',"Kazakhstan's president"],'Kazakhstan',['he','the president'],["Tokayev's"],note='real; words invented or paraphrased'),
 sp('Miriama Tawhiri','person',['Miriama Tawhiri'],['Central Asia analyst','Dr'],'New Zealand',['she','She'],note='invented'),
 sp('New Zealand Ministry of Foreign Affairs and Trade','organisation',['Ministry of Foreign Affairs and Trade'],[],'New Zealand',['A spokesperson'],note='real ministry; words invented'),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan',['He'],note='real; words invented'),
 sp('Kenta Morishima','person',['Kenta Morishima'],['a senior fellow at the Tokyo Institute for Eurasian Affairs'],'Japan',note='invented'),
 sp(KPPO,'organisation',['presidential office'],[],'Kazakhstan',['The presidential office','his office'],note='words invented'),
 sp('Gulnara','person',['Gulnara'],['teacher'],'Kazakhstan',['a 42-year-old teacher'],note='invented; first name only'),
 sp('Sarah Lou Arriola','person',['Sarah Lou Arriola'],['Foreign Affairs Undersecretary'],'Philippines',note='real; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Mr Stoltenberg'],['Nato Secretary-General'],None,note='real; wording close to his public remark'),
 sp(GRU,'person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',['He','Russia'],note='real; words invented/paraphrased'),
 sp('Halima Wanjiru','person',['Halima Wanjiru','Ms Wanjiru'],['Nairobi-based security analyst'],'Kenya',note='invented'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China',note='real; paraphrase of his message'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Foreign ministry spokesman'],'China',note='real; words invented'),
 sp('Zhao Longwei','person',['Zhao Longwei','Zhao'],['a Central Asia specialist at a Shanghai university'],'China',note='invented'),
 sp('Andrew Holness','person',['Andrew Holness'],['Prime Minister','the Most Hon'],'Jamaica',note='real; words invented'),
 sp(SER,'person',['Andrey Serdyukov','Andrei Serdyukov'],['Colonel General','Colonel-General','CSTO force commander'],'Russia',note='real; words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's Foreign Minister"],'Poland',note='real; words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['He'],note='real; words invented'),
 sp('Martín Echeverry','person',['Martín Echeverry','Echeverry'],['analyst'],'Argentina',note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],["Kazakhstan's state uranium company"],'Kazakhstan',['The company'],note='real; words invented'),
 sp(RYA,'person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='real; wording close to his public remark'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President','President'],'Russia',[],[],quoted=False,note='speaks only in unquoted transcript turns (1476) and is mentioned in 3+ files; not quoted'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The alliance','the alliance'],[],quoted=False,note='source of troop figures; not quoted'),
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
