#!/usr/bin/env python3
"""Source of the devset114 annotation: the hand-chosen spans, values and dates for 1005-1012.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset114/annotation_source.py && python3 tests/devset114/verify.py
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
    assert ls<=first_line_line<=le,(f,index)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=L[headline_line-1] if headline_line else None,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; AZMFA='Azerbaijani Foreign Ministry'
SHARE='Share   Facebook   Twitter   Telegram'

# ---------------- 1005 UNIAN English news-feed page (Saturday, 08 January 2022), newest first, 5 items = 5 articles
U='1005'; UB=['UNIAN','News feed','Saturday, 08 January 2022']
art(U,0,10,11,'UNIAN','2022-01-08',[],None,UB+["Read also: Kremlin calls upcoming Geneva talks 'not easy'",SHARE],ls=9,le=13)
art(U,1,16,17,'UNIAN','2022-01-08',[],None,[SHARE],ls=15,le=18)
art(U,2,21,22,'UNIAN','2022-01-08',[],None,[SHARE],ls=20,le=23)
art(U,3,26,27,'UNIAN','2022-01-08',[],None,[SHARE],ls=25,le=28)
art(U,4,31,32,'UNIAN','2022-01-08',[],None,[SHARE,'Show more news','Subscribe to UNIAN on Telegram'],ls=30,le=33)
q(U,'very carefully','Dmytro Kuleba','Kuleba','says',zone='headline',partial=True,note='headline partial, repeated in the body')
q(U,'very carefully','Dmytro Kuleba','Dmytro Kuleba','said',n=2,partial=True)
q(U,'Troops that enter a country easily do not always leave it as easily,','Dmytro Kuleba','the minister','told journalists')
q(U,'a considerable number of foreign citizens',MIA,"Kazakhstan's Interior Ministry",'said',art=1,partial=True)
q(U,'The airport is secured, and flights can resume as soon as our Kazakh colleagues decide,','Andrei Serdyukov','Serdyukov','was quoted as saying',art=2)
q(U,'The embassy is in contact with every one of them, and we are looking at options for a charter flight,','Oleg Nikolenko','spokesman Oleg Nikolenko','wrote',art=3,note='"wrote on Facebook on Friday"')
q(U,'as of this morning','Oleg Nikolenko','Nikolenko','said',art=3,partial=True,note='a time phrase, but his words with a speech verb; kept as a partial')
q(U,'Washington has promised that nothing about Ukraine will be decided without Ukraine,',None,'the source','said',art=4,note='anonymous "source in the Office of the President"; speaker null')
c(U,'detained',4400,'more than','people detained in Kazakhstan',MIA,'over 4,400 detained',art=1,zone='headline',note='headline "Kazakhstan says"; rounded form of the body 4,404')
c(U,'killed',26,None,'"criminals" killed',MIA,'26 "criminals" killed',art=1,zone='headline',note='one-word scare quote "criminals" excluded from quotes')
c(U,'detained',4404,None,'people detained since the start of the riots',MIA,'4,404 people had been detained',art=1)
c(U,'killed',26,None,'armed attackers killed',MIA,'26 armed attackers were killed',art=1)
c(U,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died',art=1,note='"two of whom were found beheaded" is a subset, not a claim; "Some 1,300 shops and offices" looted is not a claim')
c(U,'troops_deployed',2500,'more than','CSTO contingent servicemen','Andrei Serdyukov','more than 2,500 servicemen',art=2,note='"According to him"; "up to 250 units of equipment" not a claim')
e(U,'2022-01-08','statement','Kyiv',['Dmytro Kuleba'],'Dmytro Kuleba said on Saturday',art=0)
e(U,'2022-01-08','casualty_report',None,[MIA],'Interior Ministry said on Saturday that 4,404',art=1)
e(U,None,'other','Almaty',['Andrei Serdyukov',CSTO],'returned control of Almaty airport to the Kazakh side',art=2,note='undated handover')
e(U,'2022-01-07','statement',None,['Oleg Nikolenko'],'wrote on Facebook on Friday',art=3,note='"on Friday" from Saturday 8 Jan; about 40 citizens is not a claim')
e(U,'2022-01-10','talks','Geneva',['Russia','United States'],'the Russia-US meeting in Geneva on Monday',art=4)
e(U,'2022-01-06','talks',None,['Ukraine','United States'],'Consultations between Kyiv and Washington took place on Thursday',art=4)

# ---------------- 1006 TASS "Top news of the day" evening review (10 JAN, 21:30; Monday), 4 items = 4 articles
P='1006'; TB=['TASS','Russian News Agency','Top news of the day','10 JAN, 21:30','Russia-US security talks in Geneva, CSTO summit on Kazakhstan and other top news of January 10 in the evening review of TASS']
art(P,0,8,9,'TASS','2022-01-10',[],None,TB,ls=8,le=9)
art(P,1,11,12,'TASS','2022-01-10',[],None,[],ls=11,le=12)
art(P,2,14,15,'TASS','2022-01-10',[],None,[],ls=14,le=15)
art(P,3,17,18,'TASS','2022-01-10',[],None,['Read more on tass.com'],ls=17,le=18)
q(P,'difficult, long, very professional','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','said',art=0,partial=True,note='headline one-word quotes "difficult" and "professional" excluded')
q(P,'We have not seen any movement on the key issue of NATO non-expansion,','Sergey Ryabkov','the diplomat','told reporters',art=0)
q(P,'quickly and adequately','Vladimir Putin','Russian President Vladimir Putin','said',art=1,partial=True,note='headline "colour revolutions" is a label (excluded)')
q(P,'We will not allow the situation in our countries to be rocked, and we will not allow the so-called colour revolutions to be carried out,','Vladimir Putin','the Russian leader','stressed',art=1)
q(P,'Under the guise of spontaneous protests, a wave of riots broke out,',TOK,'he','said',art=2,note='"he said, adding that ..."; he = Tokayev; "soon" (one word) excluded')
q(P,'as long as the Kazakh president deems it necessary','Alexander Lukashenko','Belarusian President Alexander Lukashenko','said',art=3,partial=True)
c(P,'troops_deployed',2030,None,'CSTO peacekeeping force servicemen','Vladimir Putin','consists of 2,030 servicemen',art=1,note='"According to Putin"; 250 units of equipment not a claim')
c(P,'detained',7939,None,'people detained in Kazakhstan',MIA,'7,939 people had been detained',art=2)
e(P,'2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'talks in Geneva lasted almost eight hours on Monday',art=0)
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'the Russia-NATO Council in Brussels on Wednesday',art=0)
e(P,'2022-01-13','talks','Vienna',['Russia','OSCE'],'the OSCE meeting in Vienna on Thursday',art=0)
e(P,None,'talks',None,[CSTO,'Vladimir Putin'],'extraordinary video session of the CSTO Collective Security Council',art=1,note='no day word in the item; the review is of 10 Jan (real date 2022-01-10)')
e(P,None,'statement',None,[TOK],'told the session that constitutional order had been restored',art=2,note='same session, undated in the item')
e(P,'2022-01-10','casualty_report',None,[MIA],'Earlier on Monday, the country',art=2,note='detention figure report')
e(P,'2022-01-08','troop_deployment','Kazakhstan',['Belarus'],'had landed in the country on Saturday',art=3,note='"on Saturday" from Monday 10 Jan')

# ---------------- 1007 Telegram channel web preview (t.me/s/), posts of January 6 (Thursday); 5 posts = 5 articles, no headlines
G='1007'; GB=['Steppe Wire | Kazakhstan in English','@steppewire_en','VIEW IN TELEGRAM','January 6']
art(G,0,None,10,'Steppe Wire','2022-01-06',[],None,GB+['👁 9.8K   edited   00:52'],ls=9,le=11)
art(G,1,None,14,'Steppe Wire','2022-01-06',[],None,['👁 11.2K   09:31'],ls=13,le=15)
art(G,2,None,18,'Steppe Wire','2022-01-06',[],None,['👁 14.6K   14:05'],ls=17,le=19)
art(G,3,None,22,'Steppe Wire','2022-01-06',[],None,['👁 13.9K   18:40'],ls=21,le=23)
art(G,4,None,26,'Steppe Wire','2022-01-06',[],None,['👁 10.5K   22:16'],ls=25,le=27)
q(G,'collective peacekeeping forces','Nikol Pashinyan','Armenian PM Nikol Pashinyan','wrote',art=0,partial=True,note='"wrote on Facebook that ..."')
q(G,'for a limited period of time','Nikol Pashinyan','Armenian PM Nikol Pashinyan','wrote',art=0,partial=True)
q(G,'We have been sitting in the dark since last night, nobody knows what is happening in the centre.',None,'A reader from the Auezov district','wrote to us',art=1,note='anonymous reader; colon before the quote')
q(G,'Last night extremist forces tried to storm administrative buildings and the city police department. Dozens of attackers have been eliminated,','Saltanat Azirbek','police spokeswoman Saltanat Azirbek','told',art=2,note='inverted-free "…," NAME told Khabar 24; the one-word "dozens" before it is excluded')
q(G,'This is a collective decision of the CSTO, taken in strict accordance with the treaty,','Dmitry Peskov','Peskov','told reporters',art=3)
q(G,'until the militants are completely destroyed',TOK,'Tokayev',None,art=4,partial=True,note='colon construction "Tokayev in a new address tonight: ..." with no speech verb; "personally" excluded (one word)')
c(G,'killed',8,None,'law enforcement officers killed',MIA,'eight law enforcement officers had been killed',art=2)
c(G,'injured',317,None,'law enforcement officers injured',MIA,'317 injured',art=2)
c(G,'detained',2298,None,'people detained nationwide',MIA,'2,298 people had been detained',art=2)
e(G,None,'statement',None,['Nikol Pashinyan',CSTO],'wrote on Facebook that the bloc had agreed',art=0,note='no day word; post stamped 00:52 on 6 Jan (real decision late 5 Jan)')
e(G,'2022-01-05','protest','Almaty',[],'tried to storm administrative buildings',art=2,note='"Last night" inside the quote, post of 6 Jan')
e(G,None,'casualty_report',None,[MIA],'The Interior Ministry later said',art=2,note='no day word ("later")')
e(G,'2022-01-06','troop_deployment','Kazakhstan',['Russia'],'The first Russian paratroopers are already in Kazakhstan',art=3,note='"said today", post of 6 Jan')
e(G,'2022-01-06','statement',None,[TOK],'Tokayev in a new address tonight',art=4)

# ---------------- 1008 ZDFheute liveblog in translation (07.01.2022, Friday): ONE article with five timed sections
Z='1008'
art(Z,0,5,7,'ZDFheute','2022-01-07',[],None,['ZDFheute','Translated from German with DeepL','LIVEBLOG','Date: 07.01.2022 | Update: 20:15','Back to top','More on the topic: Kazakhstan'],sections=(10,14,18,22,26))
q(Z,'People in Kazakhstan must be able to express their opinion peacefully, and the security forces must show restraint,','Annalena Baerbock','the Green politician','said')
q(Z,'Shoot to kill without warning',TOK,'Tokayev',None,zone='headline',note='section heading "Tokayev: \\"…\\"" (colon, no verb); a gist of the body, kept as a headline quote')
q(Z,'Those who do not surrender will be destroyed,',TOK,'the head of state','said')
q(Z,'What kind of talks can there be with criminals and murderers?',TOK,'He','rejected',note='colon after "He rejected calls for negotiations with the protesters"')
q(Z,'Moscow is securing its backyard','Katrin Wendler','Expert',None,zone='headline',note='section heading "Expert: \\"…\\""')
q(Z,'Moscow is securing its backyard and at the same time sending a signal to the West before Geneva,','Katrin Wendler','Wendler','said')
q(Z,'The safety of our passengers and crews has top priority,','Lufthansa','a spokeswoman','said',note='unnamed spokeswoman; speaker = the airline')
c(Z,'killed',26,None,'"armed criminals" killed',MIA,'Interior Ministry: 26 "armed criminals" killed',zone='headline')
c(Z,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='label "armed criminals" excluded from quotes')
c(Z,'detained',3800,'more than','people detained',MIA,'more than 3,800 people detained')
c(Z,'killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces are said to have died',note='written-out number; "around 30 Germans" not a claim')
e(Z,'2022-01-07','statement','Berlin',['Annalena Baerbock'],'said in Berlin on Friday')
e(Z,None,'statement',None,[TOK],'In a televised address, Kazakh President',note='no day word in the entry (18:02 on the 7 Jan page)')
e(Z,None,'casualty_report',None,[MIA],'According to the Kazakh Interior Ministry',note='no day word')
e(Z,'2022-01-10','talks','Geneva',['Russia','United States'],'scheduled to begin on Monday')
e(Z,'2022-01-07','other','Almaty',['Lufthansa'],'a spokeswoman said on Friday morning',note='flight suspension announced')

# ---------------- 1009 Xinhua "World news summary at 1530 GMT, Jan. 11" (Tuesday); 5 untitled items = 5 articles
X='1009'
XB=['Xinhua | English.news.cn','World news summary at 1530 GMT, Jan. 11','Source: Xinhua | 2022-01-11 23:34:10 | Editor: huaxia','BEIJING, Jan. 11 (Xinhua) -- The following is the world news summary at 1530 GMT, Jan. 11.']
for i,(l,dl) in enumerate(((7,'NUR-SULTAN'),(9,'ALMATY'),(11,'BRUSSELS'),(13,'BEIJING'),(15,'GENEVA'))):
    art(X,i,None,l,'Xinhua','2022-01-11',[],dl,XB if i==0 else (['Related:','[Editor: huaxia]'] if i==4 else []),ls=l,le=l)
q(X,'The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Tokayev','told',art=0)
q(X,'We must also be prepared for the possibility that diplomacy will fail,','Jens Stoltenberg','Stoltenberg','told',art=2)
q(X,"China opposes any external force deliberately creating turmoil and instigating a 'color revolution' in Kazakhstan,",'Wang Wenbin','Wang','told',art=3,note="nested single-quoted 'color revolution' not a separate quote")
q(X,'frank and forthright','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','said',art=4,partial=True)
q(X,'firmly pushed back','Wendy Sherman','Sherman','told reporters',art=4,partial=True,note='cue after the sentence')
q(X,'simply non-starters','Wendy Sherman','Sherman','told reporters',art=4,partial=True)
c(X,'detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people have been detained',art=1)
c(X,'killed',16,None,'law enforcement officers killed',MIA,'Sixteen law enforcement officers were killed',art=1,note='written-out number at sentence start')
e(X,'2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev said Tuesday that the troops',art=0)
e(X,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw from Kazakhstan in two days',art=0,note='"in two days" from Tuesday 11 Jan; "no more than 10 days" is a duration')
e(X,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'the Mazhilis approved Alikhan Smailov',art=0,note='"On the same day"')
e(X,'2022-01-11','casualty_report',None,[MIA],'Interior Ministry said Tuesday that 9,900',art=1)
e(X,None,'protest','Kazakhstan',[],'riots that swept the country last week',art=1,note='"last week" is not a day')
e(X,'2022-01-11','statement','Brussels',['Jens Stoltenberg'],'Jens Stoltenberg said Tuesday',art=2)
e(X,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council meeting on Wednesday',art=2)
e(X,'2022-01-11','statement','Beijing',['Wang Wenbin'],'Wang Wenbin said Tuesday',art=3)
e(X,'2022-01-07','other',None,['Xi Jinping',TOK],'Xi Jinping sent a verbal message to Tokayev last Friday',art=3)
e(X,'2022-01-10','talks','Geneva',['Russia','United States','Wendy Sherman'],'talks on Monday had been',art=4)

# ---------------- 1010 Azernews item (12 January 2022 17:20 (UTC+04:00), Wednesday)
Y='1010'
art(Y,0,4,7,'Azernews','2022-01-12',['Gunel Rzayeva'],None,['AZERNEWS','Region','12 January 2022 17:20 (UTC+04:00)','By Gunel Rzayeva','Tags: Kazakhstan, CSTO, Abdykarimov, Khalafov','Follow us on Twitter @AzerNewsAz'])
q(Y,'to restore law and order and to protect citizens',AZMFA,'the Azerbaijani Foreign Ministry',None,partial=True,note='the statement\'s wording of what the ambassador "informed" (not a speech verb); the sentence before carries "said in a statement"')
q(Y,'sovereignty, territorial integrity and stability',AZMFA,'the statement','the statement said',partial=True)
q(Y,'The peacekeepers did not take part in any combat operations. They guarded strategic facilities, and this allowed our own forces to act,','Serzhan Abdykarimov','the ambassador','said')
q(Y,'We felt the support of our Azerbaijani brothers from the very first day,','Serzhan Abdykarimov','he','said',note='label "foreign fighters" and the fund name "To the people of Kazakhstan" are excluded')
c(Y,'troops_deployed',2000,'about','CSTO contingent servicemen','Serzhan Abdykarimov','numbered about 2,000 servicemen')
c(Y,'detained',10000,'almost','people detained across Kazakhstan','Serzhan Abdykarimov','almost 10,000 people have been detained',note='"According to the diplomat"; 170 and 30 citizens are not claims')
e(Y,'2022-01-12','talks','Baku',['Serzhan Abdykarimov','Khalaf Khalafov'],'met Deputy Foreign Minister Khalaf Khalafov in Baku on Wednesday')
e(Y,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start on Thursday')
e(Y,'2022-01-08','arrest',None,[],'had been arrested on Saturday',note='unnamed "former head of the National Security Committee"')
e(Y,None,'talks',None,['Ilham Aliyev',TOK],'had phoned Tokayev last week',note='"last week" is not a day')
e(Y,'2022-01-10','other','Aktau',[],'returned home on a flight from Aktau on Monday')
e(Y,'2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that Kazakhstan would set up a fund')

# ---------------- 1011 Kazinform "Main news of the day" (13 January 2022 21:05, Thursday); 4 numbered items = 4 articles
K='1011'; KB=['Kazinform','International News Agency','13 January 2022 21:05','Main news of the day: CSTO starts withdrawal, Almaty returns to normal life','NUR-SULTAN. KAZINFORM – Kazinform presents a selection of the main news of Thursday, January 13.']
def strip_num(i):
    A[i]['headline']=re.sub(r'^\d+\. ','',A[i]['headline'])
for j,(h,le) in enumerate(((9,10),(12,13),(15,16),(18,19))):
    art(K,j,h,h+1,'Kazinform','2022-01-13',[],'NUR-SULTAN',KB if j==0 else (['Follow Kazinform on Telegram: t.me/kazinform_news'] if j==3 else []),ls=h,le=le)
    strip_num(len(A)-1)
q(K,'The mission has been completed in full, the facilities have been handed over to the Kazakh law enforcement agencies.','Andrei Serdyukov','Colonel-General Andrey Serdyukov','said',art=0,note='colon cue "said: \\"…\\""; Andrey spelling')
q(K,'Almaty has suffered great damage, but the city will be restored, and it will be even better,',TOK,'Toqaev','said',art=1,note='Kazinform Latin spelling "Qasym-Jomart Toqaev"')
q(K,'Every fact of torture, if such facts are confirmed, will be investigated,','Aset Shyndaliyev','Deputy Prosecutor General Aset Shyndaliyev','told a briefing',art=2)
q(K,'The network is working normally,','Askar Zhambakin','Vice Minister Askar Zhambakin','told',art=3)
c(K,'detained',976,None,'people remaining in custody','Aset Shyndaliyev','976 people remained in custody',art=2,note='"82 criminal cases" (also in the headline) is not a claim')
e(K,'2022-01-13','withdrawal','Kazakhstan',[CSTO,'Russian Defence Ministry'],'Kazakhstan started today',art=0)
e(K,None,'other','Almaty',['Andrei Serdyukov'],'At a farewell ceremony in Almaty',art=0,note='no own day word; the item is about 13 Jan')
e(K,'2022-01-13','other','Almaty',[TOK],'held a meeting at the Almaty city akimat on Thursday',art=1)
e(K,None,'appointment','Almaty',['Yerbolat Dossayev'],'Yerbolat Dossayev was appointed akim of Almaty',art=1,note='"Earlier"')
e(K,None,'statement',None,["Kazakh Prosecutor General's Office"],"The Prosecutor General's Office said that",art=2,note='no day word')
e(K,'2022-01-05','other',None,[],'Access had been restricted on January 5',art=3,note='internet shutdown')
e(K,'2022-01-12','statement',None,['Askar Zhambakin'],'told Kazinform on Wednesday',art=3)

# ---------------- 1012 Bernama "WORLD NEWS IN BRIEF" (14/01/2022 08:15 AM, Friday); 3 items = 3 articles, each datelined Jan 13
B='1012'; BB=['BERNAMA','Malaysian National News Agency','WORLD','WORLD NEWS IN BRIEF','14/01/2022 08:15 AM','-- BERNAMA']
art(B,0,8,9,'Bernama','2022-01-14',[],'VIENNA',BB,ls=8,le=10)
art(B,1,12,13,'Bernama','2022-01-14',[],'ALMATY',['-- BERNAMA'],ls=12,le=14)
art(B,2,16,17,'Bernama','2022-01-14',[],'KUALA LUMPUR',['-- BERNAMA','Related News'],ls=16,le=18)
q(B,'We have not been this close to a big war in Europe for three decades,','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',art=0,note='inverted cue "…," said TITLE NAME; "three decades" is a duration')
q(B,'a constructive answer','Alexander Lukashevich','Russian ambassador Alexander Lukashevich','said',art=0,partial=True)
q(B,'They were prepared for a long time, in camps at home and abroad,',TOK,'he','told',art=1,note="headline single-quoted 'TERRORISTS' excluded")
q(B,'remains in close contact','Malaysian Ministry of Foreign Affairs','The ministry','said',art=2,partial=True)
q(B,'Those who wish to return may contact the embassy,','Malaysian Ministry of Foreign Affairs','the statement','the statement said',art=2,note='38 Malaysians is not a claim')
c(B,'troops_deployed',2000,'about','CSTO troops pulling out of Kazakhstan',None,'About 2,000 CSTO troops began pulling out',art=1)
c(B,'killed',16,None,'police and soldiers killed','Kazakh authorities','16 police and soldiers were killed',art=1)
e(B,'2022-01-13','talks','Vienna',['Russia','OSCE'],'ended on Thursday without progress',art=0,note='"on Thursday" = the dateline day, 13 Jan')
e(B,'2022-01-13','statement',None,[TOK],'Kassym-Jomart Tokayev on Thursday repeated',art=1)
e(B,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out the same day',art=1)
e(B,'2022-01-13','statement','Kuala Lumpur',['Malaysian Ministry of Foreign Affairs'],'said in a statement today',art=2,note='"today" resolved from the item dateline "Jan 13", not the page stamp 14/01')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Qasym-Jomart Toqaev','Toqaev'],['President',"Kazakhstan's President",'Head of State','Kazakh President'],'Kazakhstan',['he','He','the head of state','the Kazakh leader'],note='Kazinform Latin spelling Qasym-Jomart Toqaev (1011)'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],["Ukraine's Foreign Minister"],'Ukraine',['the minister']),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',["Kazakhstan's Interior Ministry",'the ministry']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Andrey Serdyukov','Serdyukov'],['Colonel-General','commander of the CSTO contingent'],'Russia',['the commander of the forces']),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko','Nikolenko'],['spokesman'],'Ukraine'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['the diplomat']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['the Russian leader']),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko','Lukashenko'],['Belarusian President'],'Belarus'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian PM'],'Armenia'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['police spokeswoman'],'Kazakhstan',note='real spokeswoman; words paraphrased'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['Federal Foreign Minister'],'Germany',['the Green politician']),
 sp('Katrin Wendler','person',['Katrin Wendler','Wendler'],['Central Asia expert'],'Germany',['Expert'],note='invented'),
 sp('Lufthansa','organisation',['Lufthansa'],[],'Germany',['a spokeswoman']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Chinese Foreign Ministry spokesperson'],'China'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States'),
 sp(AZMFA,'organisation',['Azerbaijani Foreign Ministry'],[],'Azerbaijan',['the statement']),
 sp('Serzhan Abdykarimov','person',['Serzhan Abdykarimov','Abdykarimov'],["Kazakhstan's Ambassador to Azerbaijan"],'Kazakhstan',['the ambassador','the diplomat','he'],note='invented'),
 sp('Aset Shyndaliyev','person',['Aset Shyndaliyev'],['Deputy Prosecutor General'],'Kazakhstan',['He'],note='invented'),
 sp('Askar Zhambakin','person',['Askar Zhambakin'],['Vice Minister'],'Kazakhstan',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['Russian ambassador'],'Russia',note='words invented'),
 sp('Malaysian Ministry of Foreign Affairs','organisation',['Ministry of Foreign Affairs','Wisma Putra'],[],'Malaysia',['The ministry','the statement']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='mentioned in all files; not quoted'),
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
