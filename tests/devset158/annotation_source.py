#!/usr/bin/env python3
"""Source of the devset158 annotation: the hand-chosen spans, values and dates for 1357-1364.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset158/annotation_source.py && python3 tests/devset158/verify.py
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
RDM='Russian Defence Ministry'; RYA='Sergey Ryabkov'; SER='Andrei Serdyukov'

# ---------------- 1357 AFP raw wire copy, "2ndlead" (AFP 111248 GMT JAN 22 = Tuesday 11 January 2022)
P='1357'
art(P,0,ln(P,'Russian-led troops to leave Kazakhstan within days, says Tokayev'),ln(P,"NUR-SULTAN, Jan 11, 2022 (AFP) -"),'AFP','2022-01-11',['Olzhas KAIRATOV'],'NUR-SULTAN',
    ['AFP  ENG  0412  4  POL  /AFP-NU10','Kazakhstan-unrest-Russia-military,2ndlead',' ADDS Serdyukov comments, detention figure, paras 6-8','by Olzhas KAIRATOV','ok-jm/sjw/dl','AFP 111248 GMT JAN 22','(c) 1994-2022 Agence France-Presse'])
q(P,'main mission',TOK,'Kassym-Jomart Tokayev','declaring',partial=True,note='two-word evaluative partial; the full sentence follows in para 3')
q(P,'The main mission of the CSTO peacekeeping forces has been successfully accomplished,',TOK,'Tokayev','told')
q(P,'In two days a phased withdrawal of the united contingent will begin.',TOK,'Tokayev','told',note='second quote in the same paragraph after the cue')
q(P,'Our units did not fire a single shot at civilians,',SER,'Serdyukov','said',note='"said in comments carried by the Russian defence ministry": speaker is Serdyukov, not the ministry')
q(P,'pay to the people of Kazakhstan',TOK,'Tokayev','said',partial=True,note='nearest name "Nursultan Nazarbayev" is not the speaker')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'it was sending around 2,500 troops')
c(P,'detained',9900,None,'people detained since the unrest began',MIA,'that 9,900 people had been detained')
c(P,'detained',7939,None,'people detained (Monday figure)',MIA,'up from 7,939 reported on Monday')
c(P,'killed',164,None,'people killed in the unrest','Kazakh Ministry of Healthcare','The health ministry put the death toll at 164',note='"including three children" (subset) not a separate record')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'said Tuesday that a Russian-led military force')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start on Thursday')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'The president also named Alikhan Smailov',note='same session of parliament as the Tuesday address')
e(P,'2022-01-11','casualty_report',None,[MIA],'The interior ministry said on Tuesday')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2')
e(P,None,'statement',None,[SER,RDM],'in comments carried by the Russian defence ministry',note='no day given')

# ---------------- 1358 AP feed: APNewsAlert (V3456) + "AP Corrects" 2nd Ld-Writethru (V3498), Monday 10 January 2022
P='1358'
art(P,0,ln(P,'GENEVA (AP) — U.S. and Russian negotiators end'),ln(P,'GENEVA (AP) — U.S. and Russian negotiators end'),'Associated Press','2022-01-10',[],'GENEVA',
    ['V3456','BC-EU--Russia-US-Security, 1st Ld','APNewsAlert','AP-WF-01-10-22 1702GMT'],ls=1,le=ln(P,'AP-WF-01-10-22 1702GMT'),
)
A[-1]['note']='the alert has no headline of its own; its single line is both headline and first_line. It states the WRONG length (seven hours) that the next version corrects'
art(P,1,ln(P,'AP Corrects: US, Russia hold tense talks'),ln(P,'GENEVA (AP) — U.S. and Russian officials held'),'Associated Press','2022-01-10',['DAVID MORRELL','IRINA VOLKOVA'],'GENEVA',
    ['V3498','BC-EU--Russia-US-Security, 2nd Ld-Writethru','Eds: CORRECTS length of talks to nearly eight hours, sted nearly seven hours. UPDATES with Sherman, Ryabkov comments. With AP Photos.','By DAVID MORRELL and IRINA VOLKOVA','Associated Press','___','Volkova reported from Moscow. Associated Press writer Tomas Berg in Brussels contributed.','AP-WF-01-10-22 2011GMT'],ls=ln(P,'V3498'))
A[-1]['note']='headline kept with the "AP Corrects: " prefix'
q(P,'pushed back on security proposals that are simply non-starters.','Wendy Sherman','Wendy Sherman','told reporters',art=1,partial=True)
q(P,'on a reciprocal basis.','Wendy Sherman','She','said',art=1,partial=True)
q(P,'difficult, long, very professional',RYA,'Sergei Ryabkov','called the discussions',art=1,partial=True)
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees',RYA,'Sergei Ryabkov','said',art=1,partial=True,note='"but said" shares the subject of "called"')
q(P,'For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,',RYA,'Ryabkov','said',art=1)
q(P,'no intention',RYA,'Ryabkov','said',art=1,partial=True)
q(P,'in the coming days.','Wendy Sherman','Sherman','said',art=1,partial=True)
c(P,'detained',7939,None,'people detained in Kazakhstan','Kazakh authorities','7,939 people had been detained',art=1)
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border','U.S. officials','an estimated 100,000 troops',art=1,note='"an estimated" normalised to about')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'end first day of talks on European security after nearly seven hours',art=0,note='no day word; the alert stamp AP-WF-01-10-22 dates it')
e(P,'2022-01-10','talks','Geneva',['United States','Russia','Wendy Sherman',RYA],'held nearly eight hours of talks in Geneva on Monday',art=1)
e(P,None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia sent paratroopers to Kazakhstan',art=1,note='"days after"; real date 2022-01-06')
e(P,'2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Monday',art=1)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia Council session in Brussels on Wednesday',art=1)
e(P,'2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',art=1)

# ---------------- 1359 Reuters "RPT-" repeat of a Tuesday story (ALMATY, Jan 11)
P='1359'
art(P,0,1,ln(P,'ALMATY, Jan 11 (Reuters) -'),'Reuters','2022-01-11',['Mariam Ospanova','Pavel Lindt'],'ALMATY',
    ['(Repeats story sent late on Tuesday with no changes to text)','By Mariam Ospanova and Pavel Lindt',
     '(Reporting by Mariam Ospanova in Almaty and Pavel Lindt in Moscow; Additional reporting by Aigul Serikova in Nur-Sultan; Writing by Pavel Lindt; Editing by Hugh Lawson-Pryce)',
     '((pavel.lindt.thomsonreuters.com@reuters.net; +7 495 000 0000))','Keywords: KAZAKHSTAN-PROTESTS/ (RPT, UPDATE 4, TOP NEWS, PIX)',
     'Copyright Thomson Reuters 2022. Click For Restrictions - https://agency.reuters.com/en/copyright.html'])
A[-1]['note']='headline kept with the "RPT-" prefix; published = the original Tuesday send (the repeat itself is undated)'
q(P,'at an early stage','Ruslan Akhmetov','Ruslan Akhmetov','told',partial=True)
q(P,'It was like the city was holding its breath. Now it breathes again, but quietly,','Gulnara','Gulnara','said',note='first name only; inverted cue')
q(P,'no reason','Dmitry Peskov','Dmitry Peskov','told reporters',partial=True)
c(P,'detained',9900,None,'people detained',MIA,'9,900 people had been detained, and')
c(P,'troops_deployed',2030,None,'CSTO servicemen in Kazakhstan',CSTO,'which it put at 2,030 servicemen')
e(P,'2022-01-11','statement',None,['National Security Committee'],'said on Tuesday that citizens of neighbouring countries')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving on Thursday')
e(P,'2022-01-23','withdrawal','Kazakhstan',[CSTO],'complete the withdrawal by Jan. 23')
e(P,None,'statement',None,['Antony Blinken'],'said last week that Washington had questions',note='"last week" (real: 2022-01-07)')

# ---------------- 1360 Interfax-AVN daily military newswire, 3 items (Wednesday 12 January 2022)
P='1360'
st=[ln(P,'IF-AVN 120922 MSK  ID:7731845'),ln(P,'IF-AVN 121347 MSK  ID:7731902'),ln(P,'IF-AVN 121810 MSK  ID:7732044')]
L=T[doc(P)].split('\n')
ends=[i+1 for i,l in enumerate(L) if l.startswith('AVN ab ')]
heads=['CSTO contingent starts handing over facilities in Almaty to Kazakh forces','Il-76 aircraft to fly peacekeepers home from Kazakhstan - Serdyukov','Belarusian peacekeepers to return to Vitebsk by end of week - ministry']
dls=['MOSCOW','NUR-SULTAN','MINSK']
for i in range(3):
    b=[L[st[i]-1],L[ends[i]-1]]
    if i==0: b=['INTERFAX-AVN MILITARY NEWS AGENCY','Daily Military Newswire / English service','Wednesday, January 12, 2022  No. 008 (4417)','Subscriber copy. Redistribution prohibited.']+b
    if i==2: b+=['END OF ISSUE  -  Interfax-AVN, 2022. All rights reserved.']
    art(P,i,ln(P,heads[i]),ln(P,dls[i]+'. Jan 12 (Interfax-AVN) -'),'Interfax-AVN','2022-01-12',[],dls[i],b,ls=st[i],le=ends[i])
q(P,'The transfer of the facilities is being carried out in accordance with an approved schedule,',RDM,'the ministry','said in a statement',art=0)
q(P,'More than 70 aircraft sorties will be required. We will complete the task in a short time and without losses,',SER,'Serdyukov','told a briefing',art=1)
q(P,'with honor.',SER,'He','said',art=1,partial=True)
q(P,'Our soldiers showed their professionalism and will be welcomed home as they deserve,','Viktor Khrenin','Viktor Khrenin','said in a video address',art=2)
c(P,'aircraft',70,'more than','aircraft sorties to fly the contingent home',SER,'More than 70 aircraft sorties',art=1,note='inside a quote')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers in Kazakhstan',SER,'who numbered 2,030 servicemen',art=1,note='"about 250 units of equipment" not a claim')
c(P,'troops_deployed',100,'about','Belarusian troops in the CSTO contingent','Belarusian Defence Ministry','numbered about 100 troops',art=2)
e(P,'2022-01-12','withdrawal','Almaty',[CSTO,RDM],'have begun handing over protected facilities in Almaty',art=0,note='"said on Wednesday"')
e(P,None,'statement','Nur-Sultan',[SER],'Serdyukov told a briefing in Nur-Sultan',art=1,note='no day word; item dated Jan 12')
e(P,'2022-01-13','other','Almaty',[CSTO,SER],'would take place in Almaty on Thursday',art=1,note='ceremony ending the operation')
e(P,None,'withdrawal','Vitebsk',['Belarusian Defence Ministry'],'will return to their base in Vitebsk before the end of the week',art=2,note='"before the end of the week": no day')

# ---------------- 1361 Kazinform teleprinter copy: URGENT + UPDATE 1 between ZCZC/NNNN (Friday 7 January 2022)
P='1361'
n1=ln(P,'NNNN\n\nZCZC')
art(P,0,ln(P,'Tokayev declares January 10 national day of mourning'),ln(P,'NUR-SULTAN. January 7. KAZINFORM - Head of State'),'Kazinform','2022-01-07',[],'NUR-SULTAN',
    ['ZCZC KZI0233 3 POL 0310 /KZINF-ENG/','URGENT','KAZAKHSTAN-MOURNING','NNNN'],ls=1,le=n1)
art(P,1,ln(P,'Constitutional order largely restored, Tokayev says'),ln(P,'NUR-SULTAN. January 7. KAZINFORM - President'),'Kazinform','2022-01-07',[],'NUR-SULTAN',
    ['ZCZC KZI0241 3 POL 0688 /KZINF-ENG/','UPDATE 1','KAZAKHSTAN-TOKAYEV-ADDRESS','(Adds details of address, figures from Interior Ministry, paras 3-7)','Editor: Aliya Zhaksybekova','KZI 071402 ALA JAN 22','NNNN'],ls=ln(P,'ZCZC KZI0241'))
A[-1]['note']='"Editor:" is not an author'
q(P,'Counter-terrorist operation continues. The militants have not laid down their arms, they continue to commit crimes or are preparing for them,',TOK,'the Head of State','said',art=1)
q(P,'Those who do not surrender will be destroyed,',TOK,'he','stressed',art=1,note='"According to the President" precedes it in the same paragraph')
q(P,'What kind of negotiations can there be with criminals and murderers?',TOK,'Tokayev','asked',art=1)
c(P,'killed',26,None,'armed criminals killed',MIA,'26 armed criminals had been liquidated',art=1,note='"liquidated" without quote marks here')
c(P,'detained',3811,None,'people detained',MIA,'and 3,811 people detained',art=1)
c(P,'killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers were killed',art=1,note='sentence begins with a numeral')
c(P,'injured',748,None,'law enforcement officers injured',MIA,'and 748 injured',art=1)
e(P,'2022-01-10','other','Kazakhstan',[TOK],'has declared Monday, January 10',art=0,note='national day of mourning')
e(P,'2022-01-07','statement',None,[TOK],'in a televised address to the nation on Friday',art=1)
e(P,'2022-01-10','other','Kazakhstan',[TOK],'also declared Monday, January 10',art=1,note='same mourning day repeated in the update')
e(P,None,'casualty_report',None,[MIA],'As Kazinform reported earlier, the Interior Ministry said',art=1,note='"earlier": no day')

# ---------------- 1362 Anadolu Agency feed item with field header and correction notice (10.01.2022, Monday)
P='1362'
art(P,0,ln(P,'Turkish citizens evacuated from Almaty arrive in Istanbul'),ln(P,'Second evacuation flight lands with 171 passengers'),'Anadolu Agency','2022-01-10',['Zeynep Arslan'],'ISTANBUL',
    ['AA NEWS FEED - ENGLISH SERVICE','PRIORITY: 3','CATEGORY: WORLD / ASIA-PACIFIC','SLUG: TURKEY-KAZAKHSTAN-EVACUATION','VERSION: 2 (supersedes version 1 sent 10.01.2022 09:12)','WORD COUNT: 412','EMBARGO: NONE','DATE: 10.01.2022 11:36 GMT+3','REPORTER: Zeynep Arslan','EDITOR: Murat Kaya',
     'CORRECTION NOTICE: Version 1 of this story said the flight carried 117 passengers. The correct figure is 171. Version 1 also misspelt the reporter\'s name.','Anadolu Agency (AA) - All rights reserved. Website: www.aa.com.tr'])
A[-1]['note']='first_line = the dek (standfirst); the dateline "ISTANBUL" stands alone on its own line'
q(P,'We have followed the situation of our citizens closely since the first day of the events and we will continue to stand by them,','Mevlut Cavusoglu','Mevlut Cavusoglu','said on Twitter')
q(P,'We heard gunfire at night and we did not leave the building. When the flights started again, my family wanted me home immediately,','Emre Yilmaz','he','said')
q(P,'solidarity with brotherly Kazakhstan,','Recep Tayyip Erdogan','Recep Tayyip Erdogan','expressed',partial=True,note='"according to the Turkish Communications Directorate" follows; nearest name Tokayev is not the speaker')
c(P,'killed',164,None,'people killed','official figures','164 people were killed')
c(P,'killed',16,None,'members of the security forces killed','official figures','including 16 members of the security forces')
c(P,'detained',8000,'almost','people detained','official figures','nearly 8,000 people were detained')
e(P,'2022-01-10','other','Istanbul',['Turkish Foreign Ministry'],'landed in Istanbul early Monday',note='evacuation flight')
e(P,'2022-01-08','talks',None,['Recep Tayyip Erdogan',TOK],'held a phone call with Kazakh President Kassym-Jomart Tokayev on Saturday')
e(P,'2022-01-02','protest','Kazakhstan',[],'protests that began on Jan. 2')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'were deployed to the country on Jan. 6')
e(P,'2022-01-11','talks',None,['Organization of Turkic States'],'extraordinary online meeting of foreign ministers on Tuesday')

# ---------------- 1363 Xinhua "ATTENTION -- UPDATED" 3rd writethru (xhE 20220113, Thursday 13 January 2022)
P='1363'
art(P,0,ln(P,'Russia says security talks with West reach'),ln(P,'MOSCOW, Jan. 13 (Xinhua) --'),'Xinhua','2022-01-13',[],'MOSCOW',
    ['XINHUA ENGLISH NEWS SERVICE','xhE 20220113 GB 0716 0542 WOR','ATTENTION -- UPDATED with OSCE meeting outcome, Peskov remarks in paras 6-9; TOP LINE changed -- ATTENTION','(3rd writethru)','Enditem','(gxg/hw/zy)','xhE 20220113 GB 0716 2251'])
q(P,'dead end',RYA,None,None,zone='headline',partial=True,note='headline partial; the body quote is the full sentence')
q(P,'There is a kind of dead end, or a difference in approaches,',RYA,'Ryabkov','told')
q(P,'a constructive and concrete response','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q(P,'within a reasonable time frame.','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q(P,'greater now than ever before in the last 30 years.','Zbigniew Rau','Zbigniew Rau','warned',partial=True,note='"30 years" is a duration, not a claim')
q(P,'positive elements','Dmitry Peskov','Dmitry Peskov','told reporters',partial=True)
q(P,'disagreements on fundamental issues.','Dmitry Peskov','Dmitry Peskov','told reporters',partial=True)
e(P,'2022-01-13','statement',None,[RYA],'said Thursday that Moscow saw no grounds')
e(P,'2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich','Zbigniew Rau'],'held a meeting of its Permanent Council in Vienna',note='"His remarks came as": same day as the Thursday remarks')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'strategic stability dialogue in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'Russia-NATO Council session in Brussels on Wednesday')
e(P,'2022-01-13','statement',None,['Dmitry Peskov'],'told reporters on Thursday that the talks')
e(P,'2022-01-13','other','Almaty',[CSTO],'held a ceremony in Almaty on Thursday')
e(P,None,'statement',None,['Wang Wenbin'],'said earlier this week',note='"earlier this week": no day')

# ---------------- 1364 Kyodo KILL notice + substitute story (2022/01/08 22:41 JST, Saturday)
P='1364'
art(P,0,ln(P,'No Japanese hurt in Kazakh unrest, 2 to leave'),ln(P,'TOKYO, Jan. 8 Kyodo -'),'Kyodo News','2022-01-08',[],'TOKYO',
    ["KYODO NEWS ENGLISH WIRE  --  EDITORS' NOTE",'2022/01/08 22:41 JST','*** KILL *** KILL *** KILL ***',
     'Editors: Please KILL the story slugged KAZAKHSTAN-JAPANESE (C0812, 2022/01/08 20:15 JST), headlined "12 Japanese nationals hurt in Almaty unrest." The story wrongly said 12 Japanese nationals had been injured. The Foreign Ministry has confirmed no Japanese have been reported hurt. A substitute story follows. Kyodo regrets the error.',
     '*** END KILL ***','C0844  3  POL  (SUB)','KAZAKHSTAN-JAPANESE (SUB)','==Kyodo','C0844 082241 JST JAN 22'])
A[-1]['note']='the KILL notice is furniture: the killed story\'s quoted headline is not a quote and its 12 injured is not a claim'
q(P,'We have confirmed the safety of all Japanese residents we have been able to contact,',None,'a ministry official','said',note='unnamed Foreign Ministry official')
q(P,'seriously concerned','Hirokazu Matsuno','Hirokazu Matsuno','told a press conference',partial=True)
q(P,'Japanese companies here have suspended operations and staff are staying at home,','Kenji Nakagawa','Kenji Nakagawa','said',note='inverted cue with title after the name')
c(P,'detained',4000,'almost','people detained since the protests began','Kazakh authorities','nearly 4,000 people had been detained')
c(P,'killed',26,None,'"armed criminals" killed','state media','26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'has sent about 2,500 troops')
e(P,'2022-01-08','statement',None,['Japanese Foreign Ministry'],'the Foreign Ministry said Saturday')
e(P,'2022-01-07','statement',None,['Hirokazu Matsuno'],'told a press conference Friday')
e(P,'2022-01-09','other',None,[],'on a flight chartered by a European company on Sunday',note='departure of two Japanese employees')
e(P,'2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Saturday')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Head of State'],'Kazakhstan',['the Head of State','he','the President','The president'],note='words paraphrased/invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','Colonel General','force commander'],'Russia',['He'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',['She'],note='words paraphrased'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='words paraphrased; spelled Sergei in the texts, canonical per gold'),
 sp('Ruslan Akhmetov','person',['Ruslan Akhmetov'],['A KNB spokesman'],'Kazakhstan',note='invented'),
 sp('Gulnara','person',['Gulnara'],['a 54-year-old pharmacist'],'Kazakhstan',note='invented; first name only'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='words invented'),
 sp(RDM,'organisation',['Russian Defense Ministry','Russian defence ministry'],[],'Russia',['the ministry'],note='US spelling in 1360, UK in 1357'),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defense Minister'],'Belarus',note='words invented'),
 sp('Mevlut Cavusoglu','person',['Mevlut Cavusoglu'],['Foreign Minister'],'Turkey',note='words invented'),
 sp('Emre Yilmaz','person',['Emre Yilmaz'],['engineering student'],'Turkey',['he'],note='invented'),
 sp('Recep Tayyip Erdogan','person',['Recep Tayyip Erdogan'],['Turkish President'],'Turkey',note='words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative to the OSCE"],'Russia',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words paraphrased'),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan',note='words paraphrased'),
 sp('Kenji Nakagawa','person',['Kenji Nakagawa'],['head of a Japanese business association in Almaty'],'Japan',note='invented'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The bloc'],quoted=False,note='source of troop figures; not quoted'),
]
OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for a in A: a.setdefault('note',None)
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
