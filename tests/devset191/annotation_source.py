#!/usr/bin/env python3
"""Source of the devset191 annotation: the hand-chosen spans, values and dates for 1621-1628.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset191/annotation_source.py && python3 tests/devset191/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RDM='Russian Defence Ministry'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; STO='Jens Stoltenberg'; CAV='Mevlüt Çavuşoğlu'
OTS='Organization of Turkic States'; PGO="Kazakh Prosecutor General's Office"; LUK='Alexander Lukashevich'

# ---------------- 1621 Defense Outlook (Defense One-style US national-security site), Tuesday 11 January 2022
P='1621'
art(P,0,ln(P,"After Geneva, U.S. Officials Say the Ball"),ln(P,'Nearly eight hours of talks produced candour'),'Defense Outlook','2022-01-11',['Caroline Whitfield'],'GENEVA',
    ['Defense Outlook','Threats | Policy | Tech | Budget | Podcasts | Newsletters | Events','Subscribe to The Morning Brief','GLOBAL SECURITY',
     'Russian Deputy Foreign Minister Sergei Ryabkov arrives at the Russian mission in Geneva, Jan. 10, 2022. PHOTO BY GREG PARSONS / POOL',
     'Staff Correspondent','JANUARY 11, 2022 06:45 AM ET','RUSSIA  NATO  UKRAINE  KAZAKHSTAN  DIPLOMACY',
     "NEXT STORY: The Army's New Europe Rotation Is Already Under Strain",'FULL BIO','Share This:','Help us understand our audience. Take our 2-minute reader survey.',
     'Defense Outlook | About | Contact | Privacy Policy | Terms of Use | © 2022 Outlook Media Group'])
q(P,'firmly pushed back',SHE,'Wendy Sherman','told reporters',partial=True)
q(P,"We will not allow anyone to slam closed NATO's open-door policy,",SHE,'she','said')
q(P,'That has always been central to the alliance.',SHE,'she','said',note='second sentence after the interposed "she said"')
q(P,'difficult, long, very professional,',RYA,'Sergei Ryabkov','described the session as',partial=True)
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees,',RYA,'Sergei Ryabkov','said',partial=True,note='"but said Russia needed"; same subject as the previous partial')
q(P,'no intention',RYA,'he','said',partial=True,note='two-word partial kept: his own wording, speech verb "he said Moscow had"')
q(P,'no sign of de-escalation',None,'A senior administration official','said',partial=True,note='anonymous official ("on condition of anonymity")')
q(P,'We are prepared for either path,',None,'the official','said',note='the same anonymous official')
q(P,'Nothing we heard today takes options off the table for the secretary,','John Kirby','Kirby','said',note='intro line (l.24) names him; quote on the next line')
q(P,'We continue to work closely with allies on the eastern flank.','John Kirby','Kirby','said')
q(P,'Moscow has just shown it can put a brigade-sized force into a neighbouring capital in under 48 hours,','Rachel Oyelaran','Rachel Oyelaran','said',note='inverted cue ", said NAME, a former NATO planner"')
q(P,'a completely different story',RYA,'he','said',partial=True,note='"The Kazakhstan mission, he said, was"')
q(P,'as soon as the Kazakh leadership decides.',RYA,'he','said',partial=True)
q(P,'where we can make progress if Russia is serious.',SHE,'She','told reporters',partial=True)
q(P,"Ryabkov's word was 'guarantees,' Sherman's was 'reciprocity.' Those are two very different conversations,",'Rachel Oyelaran','she','said',note='names inside the quote are not the speaker (she = Oyelaran); inner single-quoted words are not records')
c(P,'troops_deployed',100000,'about','Russian troops moved toward Ukraine',"U.S. intelligence officials","moved about 100,000 troops toward Ukraine's borders")
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',RDM,'the CSTO force numbers 2,030 troops')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'spent most of Monday inside the U.S. mission here')
e(P,'2022-01-10','statement',None,[SHE],'told reporters afterward',note='after Monday\'s talks')
e(P,'2022-01-10','statement',None,['John Kirby'],'Pentagon spokesman John Kirby, asked Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'continues Wednesday at the NATO-Russia Council in Brussels',note='future, from Tuesday 11 Jan')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'Thursday at the Organization for Security and Co-operation in Europe in Vienna')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'Last Thursday the Russian-led Collective Security Treaty Organization began flying troops',note='"Last Thursday" from Tuesday 11 Jan')

# ---------------- 1622 The Daily Clarion (Express-style UK tabloid), Wednesday 12 January 2022
P='1622'
art(P,0,ln(P,"WW3 WARNING: Putin's envoys"),ln(P,"VLADIMIR PUTIN'S top diplomats"),'The Daily Clarion','2022-01-12',['DOMINIC FARROW'],None,
    ['THE DAILY CLARION','Home | News | Politics | Royal | World | Sport | Finance | Weather','World','By DOMINIC FARROW',
     'PUBLISHED: 17:42, Wed, Jan 12, 2022 | UPDATED: 19:15, Wed, Jan 12, 2022',
     "Russia: Stoltenberg says NATO 'will not compromise' on core principles [VIDEO]",
     'Sign up for the latest news and analysis on the Russia crisis','Invalid email','We will use your email address only for sending you newsletters.',
     "READ MORE: Putin's tanks 'on the move' near Ukraine border as satellite images emerge",
     "READ MORE: Kazakhstan: Russian paratroopers to pull out 'within 10 days' says Tokayev",
     'READ MORE: Boris urged to send more troops to Estonia as Russia tensions soar',
     'POLL: Should Britain send more troops to eastern Europe? VOTE NOW','Related articles',
     "Ukraine news: 'We are ready' Zelensky hits back at Moscow",'Kazakhstan unrest: Almaty airport reopens after chaos',
     'Daily Clarion, Northcliffe Yard, London. © 2022 Clarion Newspapers Ltd | Terms | Privacy | Cookie settings','COMMENTS (412)'])
q(P,'real risk','NATO','the alliance','warning',n=2,partial=True,note='standfirst partial attributed to "the alliance"; the body gives the words to Stoltenberg (acceptable alternative). The headline\'s single-quoted \'real risk\' is excluded')
q(P,'serious and direct',STO,'Jens Stoltenberg','said',partial=True,note='closing mark before the full stop: "…direct".')
q(P,'significant differences',STO,'he','admitted',partial=True)
q(P,'not be easy to bridge',STO,'he','admitted',partial=True)
q(P,'There is a real risk for new armed conflict in Europe,',STO,'the former Norwegian prime minister','told',note='descriptive mention only')
q(P,'If NATO keeps moving towards our borders, we will answer with military-technical means,','Alexander Grushko','he','warned',note='he = "Mr Grushko" earlier in the paragraph; the two-word term "sovereign right" is excluded')
q(P,'Nobody should be fooled by the smiles in Brussels. The Russians came to deliver an ultimatum, not to negotiate.','Geoffrey Blount','Sir Geoffrey Blount','told',malformed=True,note='conventional multi-paragraph quote: this paragraph is left open (no closing mark); the next paragraph re-opens')
q(P,'The West must make it crystal clear that any incursion into Ukraine will cost Moscow dearly.','Geoffrey Blount','Sir Geoffrey Blount',None,note='second paragraph of the Blount quote; no cue in its own paragraph')
q(P,'main mission',TOK,'President Kassym-Jomart Tokayev','told parliament',partial=True)
q(P,'successfully completed',TOK,'President Kassym-Jomart Tokayev','told parliament',partial=True)
q(P,'Allies are ready to meet again,',STO,'he','said')
q(P,'but Russia did not agree to a date today.',STO,'he','said',malformed=True,note='closing mark missing: the paragraph ends after "today."')
c(P,'troops_deployed',100000,'about','Russian soldiers massed near the Ukrainian frontier','Western intelligence','massed an estimated 100,000 soldiers',note='"an estimated" normalised to about')
c(P,'troops_deployed',2000,'about','Russian troops flown into Kazakhstan',None,'Around 2,000 Russian troops were flown')
c(P,'killed',164,None,'people killed in the Kazakh riots','Kazakh officials','left 164 people dead')
c(P,'killed',16,None,'security forces killed in Kazakhstan','Kazakh officials','including 16 members of the security forces')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko','Alexander Fomin'],'sat down with all 30 NATO allies today')
e(P,None,'statement','Brussels',[STO],"told a press conference at the alliance's headquarters",note='no day word in the sentence; the press conference after "today\'s" meeting (real 2022-01-12)')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'held nearly eight hours of talks in Geneva on Monday')
e(P,'2022-01-11','statement',None,[TOK],'told parliament yesterday')
e(P,None,'troop_deployment','Kazakhstan',[],'were flown into the oil-rich former Soviet republic last week',note='"last week": no single day')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'Talks continue tomorrow at the OSCE in Vienna.')

# ---------------- 1623 Russian MoD English website news item, 13.01.2022 (Thursday)
P='1623'
art(P,0,ln(P,'Military transport aircraft began airlifting'),ln(P,'Military transport aircraft of the Russian Aerospace Forces have started'),'Ministry of Defence of the Russian Federation','2022-01-13',[],None,
    ['Ministry of Defence of the Russian Federation','Ministry | Structure | Activity | Education | Science | Press Centre | Contacts','Русский | English','Press Centre » News',
     '13.01.2022 (17:05)','Print version','[Photo gallery: 12 photos]','Tags: CSTO, Kazakhstan, Airborne Forces, Military Transport Aviation','Other news',
     '12.01.2022 (19:45) Deputy Minister of Defence Alexander Fomin took part in the NATO-Russia Council meeting in Brussels',
     '© 2022 Ministry of Defence of the Russian Federation','When using materials, a link to the Ministry of Defence is required'])
q(P,'The collective peacekeeping forces ensured the protection of strategic facilities, allowing the law enforcement agencies of Kazakhstan to concentrate on restoring order,',SER,'the Commander','said',note='"the Commander said" after the quote; the indirect "noted that…" before it is not a quote')
q(P,'We leave Kazakhstan having fulfilled our allied duty,',SER,'Colonel General Andrei Serdyukov','stressed')
q(P,'The Kazakh people met us as friends and see us off as friends.',SER,'Colonel General Andrei Serdyukov','stressed',note='second half after the interposed cue')
c(P,'troops_deployed',2000,'more than','servicemen involved in the CSTO peacekeeping operation',None,'more than 2,000 servicemen',note='the ministry\'s own page; no attribution in the text')
c(P,'other',250,'about','units of military and special equipment in the operation',None,'about 250 units of military and special equipment')
c(P,'aircraft',20,'more than','withdrawal flights by military transport aviation',None,'will perform more than 20 flights',note='flights, not aircraft')
c(P,'aircraft',70,'more than','military transport aircraft used for the 6 January deployment',None,'by more than 70 aircraft of military transport aviation')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO,'Russian Aerospace Forces'],'The first Il-76 aircraft took off from the Almaty airfield this morning')
e(P,'2022-01-13','other','Almaty',[CSTO,SER,'Kazakh Ministry of Defence'],'Earlier today, a ceremony marking the completion of the mission')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'The withdrawal is to be completed by 19 January 2022',note='planned completion')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'Earlier, on 6 January, the first units of the Russian contingent were delivered')

# ---------------- 1624 BRICS Wire (TV BRICS-style media-network page), 14.01.2022 (Friday)
P='1624'
art(P,0,ln(P,"Russia's envoy to OSCE: Vienna meeting"),ln(P,"The third round of this week's security talks"),'BRICS Wire','2022-01-14',[],None,
    ['BRICS WIRE','International media network','Brazil | Russia | India | China | South Africa | Partners','NEWS / POLITICS / RUSSIA','14.01.2022',
     'Photo: Press service of the Permanent Mission of Russia to the OSCE','Source: BRICS Wire, with materials from partner media',
     'Tags: Russia, OSCE, security guarantees, Vienna, Kazakhstan','Read also','Ryabkov: Russia needs legally binding guarantees from the United States',
     'Subscribe to BRICS Wire on Telegram','© 2022 BRICS Wire. All rights reserved. 18+'])
q(P,'is not ready for a serious conversation',LUK,"Russia's envoy to OSCE",None,partial=True,zone='headline',note='headline partial after "Name:" convention')
q(P,'We did not hear a clear answer to the question of why the principle of indivisible security, signed by every state in this room, is being applied selectively,',LUK,'the diplomat','told journalists')
q(P,'preferred to lecture us about Ukraine',LUK,'Lukashevich','According to',partial=True,note='one-word "forever" later in the paragraph is excluded')
q(P,'the risk of war in the OSCE area is now greater than ever before in the last 30 years','Zbigniew Rau','Rau','warned',partial=True)
q(P,'but not under the gun','Michael Carpenter','Carpenter','said',partial=True)
q(P,'We are waiting for a concrete, article-by-article answer. If it is not received, we will draw conclusions,','Sergey Lavrov','Lavrov','noted')
q(P,'how a regional organisation should act, quickly and at the request of a legitimate government',LUK,'Lukashevich','said',partial=True)
q(P,'For the first time in many years, the parties at least put their positions on the table in writing and at the highest level. This is already something,','Andrei Kortunov','the expert','said',note='named earlier in the paragraph ("told BRICS Wire that…")')
e(P,'2022-01-13','talks','Vienna',['OSCE',LUK,'Zbigniew Rau','Michael Carpenter'],'took place in Vienna on 13 January')
e(P,'2022-01-01','other',None,['OSCE','Zbigniew Rau'],'took over the OSCE chairmanship on 1 January')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'began in Geneva on 10 January')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'continued on 12 January at the Russia–NATO Council')
e(P,'2022-01-14','statement',None,['Sergey Lavrov'],'at his annual press conference on Friday',note='Friday = the publication day')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'which started on 13 January')

# ---------------- 1625 Pujiang Daily (SHINE-style Shanghai English daily) carrying Xinhua, 2022-01-13 (Thursday)
P='1625'
art(P,0,ln(P,'CSTO peacekeepers begin withdrawal from Kazakhstan'),ln(P,'NUR-SULTAN, Jan. 13 (Xinhua)'),'Pujiang Daily','2022-01-13',[],'NUR-SULTAN',
    ['PJD | Pujiang Daily',"Shanghai's English-language daily",'Metro | Nation | World | Business | Feature | Sport | Opinion | Video','World  >  Asia',
     'Source: Xinhua | Editor: Shen Yiqing','2022-01-13 21:36','0 comments','Related stories','Xi sends verbal message to Tokayev','You may also like',
     'Shanghai Metro adds late-night trains for Spring Festival','Pujiang Daily  |  About Us  |  Contact  |  Advertise  |  Privacy','沪ICP备05050403号',
     'Copyright © Pujiang Daily. All rights reserved.'])
q(P,'at a difficult moment for our country.','Sultan Gamaletdinov','Sultan Kamaletdinov','thanked',partial=True,note='spelling "Kamaletdinov" (other sets: Gamaletdinov)')
q(P,'All facilities under our protection have been handed over to the Kazakh law enforcement agencies and armed forces,',SER,'he','told',note='he = Andrei Serdyukov, subject of the previous sentence')
q(P,'The situation in the country has stabilized,',TOK,'Tokayev','said')
q(P,'Terrorists who tried to seize power have been neutralized.',TOK,'Tokayev','said')
q(P,"China firmly opposes any external forces deliberately creating instability and instigating a 'color revolution' in Kazakhstan,",'Zhao Lijian','Zhao','told',note="nested single-quoted 'color revolution' is part of the one record")
c(P,'troops_deployed',2030,None,'servicemen in the CSTO contingent',RDM,'consisted of 2,030 servicemen')
c(P,'other',250,'about','pieces of equipment in the CSTO contingent',RDM,'about 250 pieces of equipment')
c(P,'detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people had been detained')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'on Thursday started to withdraw from Kazakhstan')
e(P,'2022-01-13','other','Almaty',[CSTO,'Sultan Gamaletdinov',SER],'A farewell ceremony was held in Almaty in the morning',note='no day word; "the morning" of the dateline day Jan. 13')
e(P,'2022-01-11','statement',None,[TOK],'announced on Tuesday')
e(P,'2022-01-12','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Wednesday')
e(P,'2022-01-02','protest','Mangystau',[],'which began on Jan. 2')
e(P,'2022-01-10','statement','Beijing',['Zhao Lijian'],'Zhao Lijian said on Monday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'held talks in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'a Russia-NATO Council meeting in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday')

# ---------------- 1626 China Horizon Review (Beijing Review-style weekly), web first published 14 January 2022 (Friday)
P='1626'
art(P,0,ln(P,'Talks Without Trust\nA week'),ln(P,'A week of Russia-West security negotiations'),'China Horizon Review','2022-01-14',['Liu Min'],None,
    ['CHINA HORIZON REVIEW','A national English news weekly since 1961','HOME | CHINA | WORLD | BUSINESS | CULTURE | OPINION | MAGAZINE | SUBSCRIBE','Home >> World',
     'By Liu Min  |  VOL.65  No.3  JANUARY 20, 2022','Web first published: January 14, 2022','(Print Edition Title: Talks Without Trust)','Copyedited by Morgan Hale',
     'Comments to liumin@chinahorizonreview.cn','Related:','Stability Returns to Almaty','Copyright China Horizon Review Press. All rights reserved.'])
q(P,'The U.S. came to Geneva to manage a crisis, while Russia came to change the rules of European security,','Zhang Hongwei','Zhang','told')
q(P,'When the two sides define the problem differently, they cannot agree on a solution.','Zhang Hongwei','Zhang','told')
q(P,'Security is indivisible. One country cannot build its own security on the insecurity of others,','Zhang Hongwei','he','said')
q(P,'abandon the Cold War mentality','Wang Wenbin','Wang','said',partial=True)
q(P,'build a balanced, effective and sustainable European security mechanism through dialogue and consultation.','Wang Wenbin','Wang','said',partial=True)
q(P,'The CSTO entered at the request of a legitimate government, protected key facilities and is leaving within two weeks. It did not take part in the suppression of protests, according to the Kazakh side. This is different from what some Western commentators predicted,','Li Xiaoyan','she','said',note='speaker introduced on the previous line; "according to the Kazakh side" inside the quote is not the cue')
q(P,'the strong measures taken by the Kazakh authorities at a critical moment.','Xi Jinping','President Xi Jinping','expressing support for',partial=True,note='words of a written verbal message')
q(P,'Neither Washington nor Moscow wants to be blamed for ending the dialogue,','Zhang Hongwei','he','said')
q(P,'But dialogue is not the same as trust.','Zhang Hongwei','he','said')
c(P,'troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'the roughly 2,000 troops',note='"roughly" normalised to about')
e(P,'2022-01-10','talks','Geneva',[RYA,SHE],'met in Geneva for more than seven hours')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'Two days later, Russian officials sat across the table',note='"Two days later" after January 10')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'On January 13, the 57-member Organization')
e(P,'2022-01-11','statement','Beijing',['Wang Wenbin'],'made a similar point on January 11')
e(P,None,'withdrawal','Kazakhstan',[CSTO],'began withdrawing the roughly',note='no day given (real start 2022-01-13)')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'The withdrawal is expected to end by January 19.',note='planned completion')
e(P,'2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to Tokayev on January 7')

# ---------------- 1627 Ufuk Daily (Aydinlik-style Turkish Eurasianist daily, English), 13.01.2022 (Thursday)
P='1627'
art(P,0,ln(P,'CSTO leaves Kazakhstan:'),ln(P,'The Collective Security Treaty Organisation (CSTO) began pulling'),'Ufuk Daily','2022-01-13',[],'Ankara',
    ['UFUK DAILY','Independent Eurasian voice from Türkiye','TÜRKİYE | EURASIA | WORLD | ECONOMY | OPINION | INTERVIEW | TÜRKÇE','EURASIA','Ufuk Daily | Ankara',
     '13.01.2022 - 19:48 | Last update: 13.01.2022 - 20:10','Tags: Kazakhstan, CSTO, Eurasia, Organization of Turkic States, Tokayev','RELATED NEWS',
     'Former ambassador: Türkiye’s place is in Eurasia','Ufuk Daily © 2022 | Contact | Advertising | Privacy'])
q(P,'There was a single centre of command,',TOK,'he','said')
q(P,'The same week that NATO and Russia were sitting in Geneva and Brussels, somebody tried to set Central Asia on fire. This is not a coincidence,','Oğuz Kaptan','Brigadier General Oğuz Kaptan','told',note='inverted cue; "told Ufuk Daily"')
q(P,'acted like a fire brigade, not like an occupier.','Oğuz Kaptan','Kaptan','added',partial=True)
q(P,'by the regional countries themselves, without the Atlantic.','Oğuz Kaptan','his','In his view',partial=True,note='attributed by "In his view" only')
q(P,'Kazakhstan is our brother country and a member of the Organization of Turkic States. Türkiye must be in close contact with Nur-Sultan, and also with Moscow and Beijing, to protect stability in the region,','Hande Ergüven','Ergüven','said')
q(P,'Banks were looted, the airport was seized, police officers were beheaded. No peaceful protester does this.\n\nThere is a difference between the legitimate demands of the workers in Zhanaozen and the armed groups in Almaty.','Hande Ergüven','She','criticised',malformed=True,note='one opening and one closing mark across two paragraphs (no re-opening mark): one record spanning the line break; introduced by a colon line')
q(P,'stability, peace and prosperity.',CAV,'Mevlüt Çavuşoğlu','expressed',partial=True)
c(P,'other',20000,'about','armed militants who attacked Almaty',TOK,'some 20,000 armed militants had attacked Almaty',note='"some" normalised to about; attackers, not troops')
c(P,'detained',9900,None,'people detained across the country',MIA,'9,900 people were detained across the country')
c(P,'killed',164,None,'people killed in the unrest',PGO,'164 people were killed')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling its troops out of Kazakhstan on Thursday')
e(P,None,'other','Almaty',[CSTO,SER],'The withdrawal started in Almaty with a ceremony',note='no day word in the sentence (real 2022-01-13)')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'the operation will be completed by 19 January',note='planned completion')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'On Tuesday, Tokayev told the Mazhilis')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'announced the appointment of Alikhan Smailov as prime minister',note='"also" continues the Tuesday address of the previous sentence')
e(P,'2022-01-12','casualty_report',None,[MIA],'announced by the Kazakh Interior Ministry on Wednesday')
e(P,'2022-01-08','casualty_report',None,[PGO],'the Prosecutor General’s Office said on Saturday',note='"on Saturday" before Thursday 13 Jan')
e(P,'2022-01-11','talks',None,[OTS,CAV],'foreign ministers on Tuesday via videoconference')

# ---------------- 1628 Marmara News Agency (IHA-style Turkish agency) World page, 2 items (11.01.2022 Tue, 12.01.2022 Wed)
P='1628'
L=T[doc(P)].split('\n')
h1=ln(P,'Organization of Turkic States holds extraordinary meeting'); h2=ln(P,'Turkish FM: Türkiye ready to host talks')
art(P,0,h1,ln(P,'ANKARA (MNA) - Foreign ministers'),'Marmara News Agency','2022-01-11',[],'ANKARA',
    ['MNA','Marmara News Agency','ENGLISH | TÜRKÇE | РУССКИЙ','Latest | Türkiye | World | Economy | Sports | Photo | Video','World','11.01.2022 18:24','(MNA)'],ls=h1,le=h2-2)
art(P,1,h2,ln(P,'ANKARA (MNA) - Türkiye is ready'),'Marmara News Agency','2022-01-12',[],'ANKARA',
    ['12.01.2022 14:05','(MNA)','Load more news','About MNA | Subscription | Contact | Terms of Use','© 2022 Marmara News Agency. All rights reserved. News cannot be used without permission.'],ls=h2,le=h2+10)
q(P,'brotherly Kazakhstan',CAV,'Mevlüt Çavuşoğlu','said',art=0,partial=True,note='two-word partial kept (his wording after "said … that Türkiye stood by")')
q(P,'We believe that Kazakhstan, under the leadership of President Tokayev, will overcome these difficult days with the common sense of its people,',CAV,'Çavuşoğlu','said',art=0,note='"President Tokayev" inside the quote is not the speaker')
q(P,'strongly condemned the attacks on public order.',OTS,'the ministers','In a joint statement',art=0,partial=True,note='joint statement of the OTS foreign ministers')
q(P,'steps taken by the Kazakh government to restore peace.',OTS,'The statement','welcomed',art=0,partial=True)
q(P,'closely follow the developments','Baghdad Amreyev','Baghdad Amreyev','said',art=0,partial=True)
q(P,'the only way',CAV,'Çavuşoğlu','said',art=1,partial=True)
q(P,'We are a NATO ally, but we also have good relations with both Russia and Ukraine. If both sides want, we are ready to bring them together in İstanbul or anywhere in Türkiye,',CAV,'he','said',art=1)
q(P,'Even if no result comes out today, sitting at the same table is positive.',CAV,'The minister','saying:',art=1,note='cue "saying:" before the quote')
c(P,'killed',164,None,'people died in the unrest','Kazakh officials','164 people, including 16 law enforcement officers',art=0)
c(P,'killed',16,None,'law enforcement officers died','Kazakh officials','16 law enforcement officers, have died',art=0)
c(P,'detained',8000,'almost','people detained','Kazakh officials','nearly 8,000 people have been detained',art=0)
c(P,'troops_deployed',2000,'about','troops deployed under the CSTO mandate',CAV,'around 2,000 troops had been deployed',art=1)
e(P,'2022-01-11','talks',None,[OTS],'held an extraordinary meeting via videoconference on Tuesday',art=0)
e(P,None,'statement',None,[OTS],'In a joint statement released after the meeting',art=0,note='no day word (the meeting was 2022-01-11)')
e(P,'2022-01-12','statement','Ankara',[CAV],'Mevlüt Çavuşoğlu said on Wednesday',art=1)
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'the talks held in Geneva on Monday',art=1)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council meeting on Wednesday',art=1)
e(P,'2022-01-11','statement',None,[TOK],'announced by President Kassym-Jomart Tokayev on Tuesday',art=1)

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','U.S. Deputy Secretary of State'],'United States',['she','She'],["Sherman's"],note='real; words invented'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['he','Her counterpart'],["Ryabkov's"],note='real; words invented/paraphrased; spelt "Sergei" in this set'),
 sp('John Kirby','person',['John Kirby','Kirby'],['Pentagon spokesman'],'United States',note='real; words invented'),
 sp('Rachel Oyelaran','person',['Rachel Oyelaran','Oyelaran'],['a former NATO planner'],None,['she'],note='invented'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,['he','the former Norwegian prime minister'],['Mr Stoltenberg'],note='real; words invented/paraphrased'),
 sp('NATO','organisation',['NATO'],[],None,['the alliance'],note='speaker of the 1622 standfirst partial'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['he'],['Mr Grushko'],note='real; words invented'),
 sp('Geoffrey Blount','person',['Geoffrey Blount'],['Tory MP','a member of the Commons Defence Committee'],'United Kingdom',[],['Sir Geoffrey Blount'],note='invented; "Sir" honorific'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','The President'],note='real; words invented/paraphrased'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','Commander of the Collective Peacekeeping Forces','commander of the CSTO peacekeeping forces'],'Russia',['the Commander','he'],['Colonel General Andrei Serdyukov'],note='real; words invented'),
 sp(LUK,'person',['Alexander Lukashevich','Lukashevich'],["Russia's Permanent Representative to the OSCE"],'Russia',['the diplomat',"Russia's envoy to OSCE"],note='real; words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',note='real; words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter','Carpenter'],['Ambassador'],'United States',note='real; words invented'),
 sp('Sergey Lavrov','person',['Sergey Lavrov','Lavrov'],['Russian Foreign Minister'],'Russia',note='real; words invented'),
 sp('Andrei Kortunov','person',['Andrei Kortunov'],['Director General of the Russian International Affairs Council'],'Russia',['the expert'],note='real; words invented'),
 sp('Sultan Gamaletdinov','person',['Sultan Kamaletdinov'],['Kazakh Deputy Defense Minister'],'Kazakhstan',note='real; canonical spelling as in earlier sets; words invented'),
 sp('Zhao Lijian','person',['Zhao Lijian','Zhao'],['Chinese Foreign Ministry spokesperson'],'China',note='real; words paraphrased'),
 sp('Zhang Hongwei','person',['Zhang Hongwei','Zhang'],['a research fellow at the China Institute of International Studies'],'China',['he'],note='invented'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Chinese Foreign Ministry spokesperson'],'China',note='real; words paraphrased'),
 sp('Li Xiaoyan','person',['Li Xiaoyan'],['an associate professor at the Shanghai Academy of Central Asian Studies'],'China',['she'],note='invented; the academy is invented too'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['President'],'China',note='real; words paraphrased'),
 sp('Oğuz Kaptan','person',['Oğuz Kaptan','Kaptan'],['retired Brigadier General','a former Turkish military attaché in Moscow'],'Türkiye',['his'],['Brigadier General Oğuz Kaptan'],note='invented'),
 sp('Hande Ergüven','person',['Hande Ergüven','Ergüven'],['Dr.'],'Türkiye',['She'],note='invented; "Ankara Eurasia Research Centre" invented'),
 sp(CAV,'person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Turkish Foreign Minister'],'Türkiye',['he','The minister'],note='real; words invented'),
 sp(OTS,'organisation',['Organization of Turkic States','OTS'],[],None,['the ministers','The statement'],note='joint statement of the foreign ministers; wording invented'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['OTS Secretary General'],'Kazakhstan',note='real; words invented'),
 sp(MIA,'organisation',['Kazakh Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of detention figures (1625, 1627); not quoted'),
 sp(RDM,'organisation',['Russian Defense Ministry',"Russia's Defense Ministry"],[],'Russia',quoted=False,note='source of the 2,030 figure (1621, 1625); not quoted'),
 sp(PGO,'organisation',['Prosecutor General’s Office'],[],'Kazakhstan',quoted=False,note='source of the death toll in 1627; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,quoted=False,note='mentioned in every file; not quoted'),
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
