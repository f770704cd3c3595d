#!/usr/bin/env python3
"""Source of the devset184 annotation: the hand-chosen spans, values and dates for 1565-1572.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset184/annotation_source.py && python3 tests/devset184/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; SER='Andrei Serdyukov'

# ---------------- 1565 Ural Pulse city portal (07.01.2022, 14:20 = Friday 7 January 2022)
P='1565'
art(P,0,ln(P,'Curfew in Uralsk extended, 37 detained'),ln(P,'The curfew in Uralsk will remain'),'Ural Pulse','2022-01-07',['Dana Sarsenova'],None,
    ['URAL PULSE','City news of Uralsk and West Kazakhstan region','Home | City | Region | Incidents | Sport | Ads','Incidents','07.01.2022, 14:20   Views: 1 254   Comments: 12','Author: Dana Sarsenova','Read also:','Tags: curfew, Uralsk, police','Share: WhatsApp | Telegram | VK','© 2022 Ural Pulse. Use of materials only with a hyperlink.'])
q(P,'The situation in the city is under control. We ask residents not to leave their homes after 23:00 and not to believe rumours on messengers,','Bakhyt Zhumagaliev','Bakhyt Zhumagaliev','said',note='inverted cue "said NAME, the deputy akim"; clock time inside the quote')
q(P,'in normal mode','Bakhyt Zhumagaliev','He','added',partial=True)
q(P,'I stood for an hour and a half and got nothing,','Gulnara','Gulnara','said',note='first name only, pensioner')
c(P,'detained',37,None,'people detained after a night of clashes in Uralsk','police','37 detained after night of clashes',zone='headline')
c(P,'detained',37,None,'people detained near the central square in Uralsk','police','police said they detained 37 people')
c(P,'injured',2,None,'policemen taken to hospital with injuries','regional police department','two policemen were taken to hospital',note='written-out number')
c(P,'killed',26,None,'rioters killed nationwide',MIA,'26 rioters had been killed')
c(P,'detained',3811,None,'people detained nationwide',MIA,'3,811 people detained')
e(P,'2022-01-07','state_of_emergency','Uralsk',['West Kazakhstan regional akimat'],'the regional akimat announced on Friday',note='curfew extended until 19 January')
e(P,'2022-01-06','protest','Uralsk',[],'on Thursday evening')
e(P,None,'statement','Uralsk',['Bakhyt Zhumagaliev'],'at a briefing',note='no day word (probably 7 Jan)')
e(P,'2022-01-07','other','Uralsk',[],'queues formed at ATMs on Friday morning')
e(P,'2022-01-07','casualty_report',None,[MIA],'the Interior Ministry reported on Friday')

# ---------------- 1566 Bishkek Wire news feed, 6 items (items 4-5: exchange rate, weather; no annotations) (News feed - 10 January 2022 = Monday)
P='1566'
heads=['Kyrgyz CSTO contingent to return home this week','Border crossing Ak-Zhol reopened for trucks','Japarov discusses Kazakhstan with Tokayev by phone','Musician detained in Almaty appears on Kazakh TV','Bishkek exchange offices raise dollar rate','Weather: snow and frost expected in Chui region']
L=T[doc(P)].split('\n')
for i,h in enumerate(heads):
    hl=L.index(h)+1
    b=[L[hl]]
    if i==0: b=['BISHKEK WIRE','News of Kyrgyzstan and Central Asia','Feed | Politics | Economy | Society | Region','News feed - 10 January 2022']+b
    if i==5: b+=['Load more news','© 2022 Bishkek Wire. All rights reserved. 18+']
    art(P,i,hl,hl+2,'Bishkek Wire','2022-01-10',[],None,b,ls=hl,le=hl+2)
q(P,'Our servicemen are guarding a thermal power plant and a bakery in Almaty, and no one has been hurt,','Baktybek Bekbolotov','Bekbolotov','told',art=0)
q(P,'solidarity and quick support',TOK,'Tokayev','thanked',art=2,partial=True,note='"…, the statement said" follows: reported through the presidential press service; speaker is Tokayev')
q(P,'He is a citizen of Kyrgyzstan, and we insist on his immediate return,','Azizbek Madmarov','Deputy Foreign Minister Azizbek Madmarov','told',art=3,note='"He" inside the quote is the musician, not the speaker')
c(P,'troops_deployed',150,'about','Kyrgyz servicemen sent to Kazakhstan',None,'Kyrgyzstan sent about 150 servicemen',art=0)
e(P,'2022-01-10','statement',None,['Baktybek Bekbolotov'],'Defence Minister Baktybek Bekbolotov said on Monday',art=0)
e(P,None,'withdrawal','Kazakhstan',['Kyrgyz contingent',CSTO],'will return from Kazakhstan this week',art=0,note='"this week" = week of 10 Jan; no day')
e(P,'2022-01-10','other','Ak-Zhol',['State Border Service'],'reopened for freight on Monday',art=1)
e(P,'2022-01-05','other','Ak-Zhol',[],'closed since 5 January',art=1)
e(P,'2022-01-09','talks',None,['Sadyr Japarov',TOK],'held a telephone conversation with Kassym-Jomart Tokayev on Sunday',art=2)
e(P,None,'statement',None,['Vikram Ruzakhunov'],'appeared in a video on Kazakh television',art=3,note='no day word (real: 8-9 Jan)')
e(P,None,'statement',None,['Kyrgyz Foreign Ministry'],'The Foreign Ministry of Kyrgyzstan demanded his release',art=3)

# ---------------- 1567 Ivanovo Courier (January 7, 2022 | 11:48 = Friday)
P='1567'
art(P,0,ln(P,'Paratroopers from Ivanovo brigade fly to Almaty'),ln(P,'IVANOVO, January 7 — Paratroopers'),'Ivanovo Courier','2022-01-07',['Oleg Pankratov'],'IVANOVO, January 7',
    ['IVANOVO COURIER','English edition | Русская версия','Region | Army | Culture | Photo','ARMY','By Oleg Pankratov | January 7, 2022 | 11:48','PHOTO: Il-76 at Ivanovo Severny airfield. Photo: Ivanovo Courier','Related:','Ivanovo Courier, 2022. Registered as mass media. 16+'])
q(P,"My son called at two in the morning and said only that they were flying 'to the south' and that he would call back,",'Tatyana Krylova','Tatyana Krylova','said',note="nested single-quoted 'to the south' stays inside one record; age 52 is not a claim")
q(P,'to protect important state and military facilities',SER,'Serdyukov','said',partial=True)
c(P,'aircraft',70,'more than','Il-76 and An-124 aircraft transporting the Russian contingent','Russian Defence Ministry','More than 70 Il-76 and An-124 aircraft')
c(P,'troops_deployed',2500,'about','total strength of the CSTO collective forces','CSTO Secretariat','about 2,500 servicemen')
e(P,'2022-01-07','statement',None,['Russian Defence Ministry'],'the Russian Defence Ministry said on Friday')
e(P,None,'troop_deployment','Ivanovo',['Russian Airborne Forces'],'took off from airfields near Moscow and in the Ivanovo region overnight',note='"overnight" (6-7 Jan); no day word')
e(P,'2022-01-06','other','Ivanovo',[],'gathered outside the garrison on Thursday evening')
e(P,None,'statement','Chkalovsky',[SER],'Speaking to journalists at Chkalovsky airfield',note='no day word')

# ---------------- 1568 Dnipro Herald (12 January 2022, 21:14 = Wednesday)
P='1568'
art(P,0,ln(P,'Tokayev: CSTO mission will be completed in two days'),ln(P,"Kazakhstan's President Kassym-Jomart Tokayev said on Tuesday"),'Dnipro Herald','2022-01-12',[],None,
    ['DNIPRO HERALD','Ukraine | World | Economy | War | Opinion','UKR | ENG','World','12 January 2022, 21:14','Photo: akorda.kz','Tags: Kazakhstan, Tokayev, CSTO','If you found a mistake, select it and press Ctrl+Enter','Dnipro Herald © 2022'])
q(P,'The main mission of the CSTO peacekeeping forces has been successfully completed. In two days the phased withdrawal of the united contingent will begin. The process will take no more than 10 days,',TOK,'Tokayev','said')
q(P,'a day longer than necessary','Kremlin','Kremlin','says',art=None,partial=True,zone='related',note='inline "Read also:" teaser for another article')
q(P,'very profitable companies and wealthy people',TOK,'Tokayev','saying',partial=True,note='cue "criticised …, saying that"')
q(P,'with concern','Oleg Nikolenko','Oleg Nikolenko','said',partial=True,note='two-word evaluative partial with a named speaker')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'said on Tuesday that the CSTO peacekeeping mission')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov','Mazhilis'],'Deputies approved Smailov by 87 votes.',note='no own day word; the same parliament session as "on Tuesday"; 87 votes is not a claim')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the troops would begin in two days',note='"in two days" from Tuesday 11 Jan')
e(P,None,'statement',None,['Oleg Nikolenko'],'earlier said Kyiv was following the events',note='"earlier"; no date')

# ---------------- 1569 Tashkent Reporter (08.01.2022 | 17:32 = Saturday)
P='1569'
art(P,0,ln(P,'Uzbeks return from Kazakhstan by special trains'),ln(P,'Tashkent, Uzbekistan (TR) -- More than'),'Tashkent Reporter','2022-01-08',[],'Tashkent, Uzbekistan',
    ['TASHKENT REPORTER',"Uzbekistan's English news",'Home > Society','08.01.2022  |  17:32  |  Society','Tweet | Share | Print','Latest news','Copyright © 2022 Tashkent Reporter'])
q(P,'We spent three days in a hostel without light and internet. When we heard about the train, we just ran to the station,','Sherzod Tursunov','Sherzod Tursunov','said')
q(P,'around the clock','Yusup Kabuljonov','Yusup Kabuljonov','said',partial=True,note='stock phrase, but attributed to a named speaker by a speech verb; borderline')
c(P,'other',1200,'more than','Uzbek citizens returned home from Kazakhstan','Uzbek Ministry of Transport','More than 1,200 citizens of Uzbekistan have returned')
e(P,'2022-01-08','statement',None,['Uzbek Ministry of Transport'],'the Ministry of Transport said on Saturday')
e(P,'2022-01-08','other','Tashkent',[],'arrived at the Tashkent railway station on Saturday morning',note='evacuation trains')
e(P,'2022-01-07','statement',None,['Uzbek Foreign Ministry'],'The Foreign Ministry of Uzbekistan said on Friday')

# ---------------- 1570 Zanger Legal News (Published: 11 January 2022 = Tuesday)
P='1570'
COURT='Almaty City Court'
art(P,0,ln(P,'Courts sanction arrest of 87 people in Almaty'),ln(P,'ALMATY. Investigating judges'),'Zanger Legal News','2022-01-11',[],'ALMATY',
    ['ZANGER LEGAL NEWS','Kazakhstan law and courts portal','Courts | Legislation | Interviews | Practice','Published: 11 January 2022 | Updated: 11 January 2022, 19:40','Source: Zanger Legal News','Other materials:','Subscribe to our Telegram channel','© Zanger Legal News, 2022. All rights reserved.'])
q(P,'Each petition for arrest is considered individually, with the participation of a lawyer,',COURT,'the court press service','said')
q(P,'Lawyers are not allowed into the temporary detention centres, our clients are held without access for two or three days,','Aiman Umarova','lawyer Aiman Umarova','told')
c(P,'detained',87,None,'people whose arrest was sanctioned in Almaty',COURT,'arrest of 87 people in Almaty over January riots',zone='headline')
c(P,'detained',87,None,'suspects whose arrest was sanctioned by investigating judges',COURT,'sanctioned the arrest of 87 people suspected',note='court-sanctioned arrests (pre-trial detention)')
c(P,'other',125,None,'criminal cases opened over the riots','Gizatulla Nurdauletov','125 criminal cases had been opened')
c(P,'detained',9900,None,'people detained nationwide',MIA,'9,900 people have been detained')
e(P,'2022-01-11','arrest','Almaty',[COURT],'the press service of the Almaty city court said on Tuesday')
e(P,'2022-01-10','statement',None,['Gizatulla Nurdauletov'],'Prosecutor General Gizatulla Nurdauletov said on Monday')
e(P,None,'other','Almaty',['Almaty Bar Association'],'it had set up a hotline',note='no day word')

# ---------------- 1571 Moscow Business Courier (11.01.2022, 15:02 = Tuesday)
P='1571'
art(P,0,ln(P,"Kazakhstan's parliament approves Smailov as prime minister"),ln(P,"Kazakhstan's Mazhilis on Tuesday"),'Moscow Business Courier','2022-01-11',['Anna Veselova'],None,
    ['MOSCOW BUSINESS COURIER','Markets | Companies | Politics | Energy','Subscribe | Log in','POLITICS   ·   11.01.2022, 15:02   ·   3 min read','Anna Veselova','Read more:','Moscow Business Courier · All rights reserved · 18+'])
q(P,'socially significant goods',TOK,'Tokayev','instructed',partial=True)
q(P,'The state should not be a hostage of monopolies,',TOK,'he','said')
q(P,'will be mostly technical','Denis Koshkin','Analyst Denis Koshkin','told',partial=True)
c(P,'killed',164,None,'people who died during the unrest',MIA,'164 people, including 16 members')
c(P,'killed',16,None,'members of the security forces who died',MIA,'16 members of the security forces')
e(P,'2022-01-11','appointment','Nur-Sultan',['Mazhilis','Alikhan Smailov',TOK],"Kazakhstan's Mazhilis on Tuesday approved Alikhan Smailov")
e(P,'2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'dismissed the government of Askar Mamin on 5 January')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'In his speech to deputies',note='same session as "on Tuesday"')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Monday')

# ---------------- 1572 Dushanbe Herald (13.01.2022 = Thursday)
P='1572'
art(P,0,ln(P,'Tajik peacekeepers complete mission in Kazakhstan'),ln(P,'The Tajik contingent of the CSTO collective'),'Dushanbe Herald','2022-01-13',['Farrukh Nazarov'],'Dushanbe',
    ['DUSHANBE HERALD','Independent news from Tajikistan','Politics | Economy | Society | Region | Sport','Dushanbe, 13.01.2022 / DUSHANBE HERALD /','Written by Farrukh Nazarov','Share this:','Facebook | Twitter | Odnoklassniki','Related posts','© 2022 Dushanbe Herald. All rights reserved.'])
q(P,'Our soldiers have fulfilled their duty with honour. Not a single shot was fired by them,','Sherali Mirzo','Defence Minister Sherali Mirzo','said in a statement')
q(P,'fully accomplished',SER,'General Andrei Serdyukov','said',partial=True)
q(P,'in strict accordance with the Charter','Emomali Rahmon','President Emomali Rahmon','said',partial=True)
c(P,'troops_deployed',200,None,'Tajik servicemen sent to Kazakhstan',None,'sent 200 servicemen to Kazakhstan')
e(P,'2022-01-13','withdrawal','Kazakhstan',['Tajik contingent',CSTO],'has started to return from Kazakhstan',note='reported "on Thursday" in the same sentence')
e(P,'2022-01-07','troop_deployment','Kazakhstan',['Tajikistan',CSTO],'sent 200 servicemen to Kazakhstan on 7 January')
e(P,'2022-01-13','other','Almaty',[SER],'At a ceremony in Almaty on Thursday')
e(P,'2022-01-10','talks',None,[CSTO,'Emomali Rahmon'],'at the online summit on 10 January')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'completed by 19 January',note='planned completion')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Bakhyt Zhumagaliev','person',['Bakhyt Zhumagaliev'],['the deputy akim of the region'],'Kazakhstan',['He'],note='invented'),
 sp('Gulnara','person',['Gulnara'],['a pensioner from the Zachagansk district'],'Kazakhstan',note='invented; first name only'),
 sp('Baktybek Bekbolotov','person',['Baktybek Bekbolotov','Bekbolotov'],['Defence Minister'],'Kyrgyzstan',note='real Kyrgyz defence minister; words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['he','He'],note='words paraphrased/invented'),
 sp('Azizbek Madmarov','person',['Azizbek Madmarov'],['Deputy Foreign Minister'],'Kyrgyzstan',note='real deputy minister; words invented'),
 sp('Tatyana Krylova','person',['Tatyana Krylova'],[],'Russia',note='invented; mother of a paratrooper'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','commander of the Russian Airborne Forces','General'],'Russia',note='words invented/paraphrased'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',note='only in a "Read also" teaser'),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko'],['Ukrainian Foreign Ministry spokesman'],'Ukraine',note='real spokesman; words invented'),
 sp('Sherzod Tursunov','person',['Sherzod Tursunov'],['a construction worker from the Samarkand region'],'Uzbekistan',note='invented'),
 sp('Yusup Kabuljonov','person',['Yusup Kabuljonov'],['Ministry spokesman'],'Uzbekistan',note='real MFA spokesman; words invented'),
 sp('Almaty City Court','organisation',['Almaty city court'],[],'Kazakhstan',['the court press service'],note='quoted through its press service; words invented'),
 sp('Aiman Umarova','person',['Aiman Umarova'],['lawyer'],'Kazakhstan',note='real lawyer; words invented'),
 sp('Denis Koshkin','person',['Denis Koshkin'],['Analyst'],'Russia',note='invented; "Centre for Eurasian Studies" invented'),
 sp('Sherali Mirzo','person',['Sherali Mirzo'],['Defence Minister'],'Tajikistan',note='real Tajik defence minister; words invented'),
 sp('Emomali Rahmon','person',['Emomali Rahmon'],['President'],'Tajikistan',note='words paraphrased'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 4 files; not quoted'),
 sp(CSTO,'organisation',['CSTO'],[],None,quoted=False,note='participant in events of 5 files; not quoted'),
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
