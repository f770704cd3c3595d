#!/usr/bin/env python3
"""Source of the devset181 annotation: the hand-chosen spans, values and dates for 1541-1548.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset181/annotation_source.py && python3 tests/devset181/verify.py
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
SDM='US State Department'; RFM='Russian Foreign Ministry'; SAU='Saudi Ministry of Foreign Affairs'; PRP='Pavlodar regional police department'

# ---------------- 1541 think-tank "Steppe Monitor" commentary with numbered endnotes (January 14, 2022, Friday)
P='1541'
art(P,0,ln(P,"The CSTO's First Real Test Was Also Its Easiest"),ln(P,'Executive summary:'),'Bridgewater Institute for Eurasian Studies','2022-01-14',['Helena Voss'],None,
    ['Bridgewater Institute for Eurasian Studies','Research | Programs | Experts | Events | Donate','Home > Publications > Steppe Monitor','STEPPE MONITOR | Volume 3, Issue 2','By Helena Voss','January 14, 2022',
     'Dr. Helena Voss is a senior fellow in the Eurasia Program at the Bridgewater Institute.','Notes','[1] Statement by Nikol Pashinyan, Facebook, January 6, 2022.','[5] Khabar 24, January 9, 2022.',
     "The views expressed are the author's own and do not represent the Institute.","Related: Kazakhstan's Succession Question, Revisited | Why Minsk Sent Paratroopers",'© 2022 Bridgewater Institute for Eurasian Studies. All rights reserved.'])
q(P,'for a limited period of time.','Nikol Pashinyan','Nikol Pashinyan','announced',partial=True,note='closing mark followed directly by the endnote marker [1]; the preceding "collective peacekeeping force" is a label (excluded)')
q(P,'has been fulfilled in full','Andrei Serdyukov','he','said',partial=True)
q(P,'open fire to kill without warning,',TOK,'he','told the nation',partial=True)
q(P,'main mission has been successfully completed',TOK,'he','declared',partial=True)
q(P,'Tokayev bought time with Russian uniforms. The bill will arrive later, probably in a currency we do not yet recognise.','Marat Zhanuzakov','Marat Zhanuzakov','put it to the author',note='cue before a colon; the name inside the quote (Tokayev) is not the speaker')
c(P,'troops_deployed',2030,None,'CSTO force sent to Kazakhstan',CSTO,'the alliance put at 2,030 servicemen',note='"250 pieces of equipment" in the same phrase is not a claim; endnote [2] cites the CSTO press service')
c(P,'killed',164,'at least','people killed in the unrest','state media','at least 164 people had been killed',note='the health ministry "declined to confirm"')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'appealed to the Collective Security Treaty Organization (CSTO) late on January 5')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'announced shortly after midnight',note='"shortly after midnight" after the late-5-January appeal; endnote [1] dates the statement January 6')
e(P,'2022-01-07','troop_deployment','Almaty',[CSTO],'By January 7, the first Russian transport aircraft had landed near Almaty')
e(P,'2022-01-13','statement','Almaty',['Andrei Serdyukov'],'Addressing the troops in Almaty on January 13')
e(P,'2022-01-07','statement',None,[TOK],'On January 7 he told the nation')
e(P,'2022-01-11','statement',None,[TOK],'Four days later, in a speech to the Mazhilis',note='"Four days later" after January 7; endnote [4] confirms January 11')
e(P,'2022-01-13','withdrawal',None,[CSTO],'a phased withdrawal would start in two days',note='"in two days" from the 11 January speech')
e(P,'2022-01-09','casualty_report',None,['state media'],'State media reported on January 9')

# ---------------- 1542 weekly magazine analysis, online 13 January 2022 (Thursday), print issue of 15 January
P='1542'
art(P,0,ln(P,'Three rooms, one message\nRussia'),ln(P,'Russia spent a week telling'),'The Meridian','2022-01-13',['Owen Castellane'],None,
    ['THE MERIDIAN','World | Politics | Books & Arts | Podcasts | Subscribe','WORLD','13 January 2022','By Owen Castellane','7 min read',
     'This article appears in the 15 January 2022 issue of The Meridian, Three rooms, one message',"Sign up for The Meridian's weekly World newsletter",'Share: Facebook | Twitter | LinkedIn | Copy link',"More from World: The generals who stayed | How Almaty's airport fell"])
q(P,'difficult, long, very professional','Sergey Ryabkov','Ryabkov','emerged to say',partial=True,note='closing mark followed by a comma outside the marks')
q(P,'We need iron-clad guarantees that Ukraine will never become a member of NATO,','Sergey Ryabkov','he','said')
q(P,'We will not slam the door on any country that wants to join,','Wendy Sherman','she','told reporters')
q(P,'real risk for new armed conflict in Europe','Jens Stoltenberg','Jens Stoltenberg','spoke afterwards of',partial=True)
q(P,'We came to listen,',None,'A European diplomat','said',note='unnamed diplomat; "he said" interposed')
q(P,'We left having heard the same list twice.',None,'A European diplomat','said',note='second half after the interposed cue')
q(P,'greater than ever before in the last 30 years','Zbigniew Rau','Zbigniew Rau','warn',partial=True,note='"30 years" inside the quote is a duration, not a claim')
q(P,'consult closely with allies','Wendy Sherman','Sherman','promised',partial=True)
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine','Western officials','roughly 100,000 Russian troops',note='"roughly" normalised to about')
c(P,'troops_deployed',2000,'about','troops under the CSTO banner in Kazakhstan',None,'about two thousand troops under the CSTO banner',note='written-out number')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'On 10 January Sergey Ryabkov')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'met on 12 January for the first time since 2019')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'warn on 13 January')
e(P,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'told a CSTO video summit on 10 January')
e(P,None,'other',None,['Sergey Ryabkov'],'Russia would wait for written answers',note='expected "in late January"; no day')

# ---------------- 1543 newspaper explainer "in seven numbers" (Sunday 9 January 2022)
P='1543'
art(P,0,ln(P,"Kazakhstan's turmoil, explained in seven numbers"),ln(P,'From a fuel-price rise'),'The Daily Courant','2022-01-09',['Ruth Abernathy'],None,
    ['The Daily Courant','News | Politics | World | Business | Opinion | Sport','World > Asia','EXPLAINER','Ruth Abernathy','Sunday 9 January 2022 12.30 GMT',
     'Related','Who is Kassym-Jomart Tokayev?','What is the CSTO, and why did it send troops?','Topics: Kazakhstan | Russia | Central Asia','Reuse this content'],
    sections=[ln(P,'120 tenge\n'),ln(P,'2 January\n'),ln(P,'20,000\n'),ln(P,'18\nThe'),ln(P,'5,800\n'),ln(P,'164\n'),ln(P,'2,030\n'),ln(P,'What happens next?')])
q(P,'bandits and terrorists',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='the number itself is the section heading above')
q(P,'20,000 bandits',TOK,'he','said',partial=True,note='quote containing a number (also a claim)')
q(P,'negotiations with criminals and murderers',TOK,'he','said',partial=True)
q(P,'The question is not whether Tokayev survives this week,','Emily Saunders','Prof Emily Saunders','said',note='name inside the quote is not the speaker')
q(P,'It is whose help he will be paying back for the next ten years.','Emily Saunders','Prof Emily Saunders','said',note='second quote after the interposed cue')
c(P,'other',20000,None,'attackers on Almaty ("bandits and terrorists")',TOK,'20,000\nThat is the number of',note='number only in the section heading; evidence spans the heading and the first words; "No evidence has been published for the figure"')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits',note='second occurrence, inside the quote')
c(P,'killed',18,None,'police officers and national guardsmen killed',MIA,'18\nThe number of police officers and national guardsmen killed',note='number in the heading')
c(P,'detained',5800,None,'people detained by Sunday','Kazakh Presidential Press Office','5,800\nThe number of people detained by Sunday',note='number in the heading')
c(P,'killed',164,None,'death toll reported by the state channel','Kazakh Ministry of Health','164\nThe death toll reported on Sunday',note='number in the heading; the ministry later called the post a technical error — kept as reported')
c(P,'troops_deployed',2030,None,'CSTO "peacekeeping" force',None,'2,030\nThe size of the',note='number in the heading; not attributed')
e(P,'2022-01-01','other','Zhanaozen',[],'On 1 January the price cap')
e(P,'2022-01-02','protest','Zhanaozen',[],'Demonstrators gathered in Zhanaozen and spread to Aktau',note='date from the section heading "2 January"')
e(P,'2022-01-04','protest','Almaty',[],'By 4 January protests had reached Almaty')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address on Friday',note='Friday before Sunday 9 January')
e(P,'2022-01-09','casualty_report',None,['Kazakh Ministry of Health'],'The death toll reported on Sunday')
e(P,None,'government_resignation',None,[TOK],'Tokayev has sacked the government',note='no date given (5 January)')
e(P,None,'other',None,[TOK,'Nursultan Nazarbayev'],'removed his predecessor, Nursultan Nazarbayev, as head of the security council',note='no date given (5 January)')
e(P,'2022-01-08','arrest',None,['Karim Masimov'],'was arrested on Saturday on suspicion of treason')

# ---------------- 1544 regional outlet (Pavlodar), 10.01.2022 (Monday)
P='1544'
art(P,0,ln(P,'Pavlodar observes day of mourning'),ln(P,'PAVLODAR – Flags'),'Pavlodar Today','2022-01-10',['Dina Kaliyeva'],'PAVLODAR',
    ['PAVLODAR TODAY','Regional news of the Pavlodar region | Қаз | Рус | Eng','Home / Society / Incidents','10.01.2022 14:32 | Views: 1 245','Author: Dina Kaliyeva',
     'Tags: state of emergency, mourning, Pavlodar','Read also:','Regional hospitals return to normal schedule','Internet restored in Pavlodar region','© 2022 Pavlodar Today. Use of materials is permitted only with a hyperlink.'])
q(P,'Not a single shot was fired in our city. People came out, spoke, and went home,','Serik Baimukhanov','Serik Baimukhanov','told reporters',note='inverted "…," deputy akim NAME told reporters')
q(P,'slightly injured',PRP,'The regional police department','said in a statement',partial=True,note='two-word partial from a statement; kept as attributed wording, not a scare quote')
q(P,'We stood in line for bread on Thursday for an hour and a half, but nobody pushed, nobody shouted,','Gulnara Akhmetova','Gulnara Akhmetova','said',note='name followed by age "54"')
q(P,'Now the money is the problem. Customers ask me to write their purchases in a notebook.','Gulnara Akhmetova','Gulnara Akhmetova','said',note='continuation after the interposed cue')
c(P,'detained',57,None,'people detained in the Pavlodar region','Serik Baimukhanov','57 people had been detained in the region',note='"41 had since been released" is not a claim')
c(P,'injured',2,None,'police officers slightly injured in Pavlodar',PRP,'two officers had been',note='written-out number')
e(P,'2022-01-10','other','Pavlodar',[],'Flags were lowered on the regional akimat building on Monday',note='national day of mourning')
e(P,'2022-01-05','protest','Pavlodar',[],'A rally of several hundred people on Satpayev Street on January 5')
e(P,'2022-01-10','statement','Pavlodar',['Serik Baimukhanov'],'at a briefing on Monday morning')
e(P,'2022-01-06','other','Pavlodar',[PRP],'on January 6 when a group tried to enter the city administration building')
e(P,'2022-01-05','other','Pavlodar',[],'the internet was cut off almost completely from January 5 until Saturday',note='blackout until Saturday 8 January')
e(P,'2022-01-05','state_of_emergency',None,[],'The state of emergency declared on January 5')

# ---------------- 1545 wire FACTBOX of world reactions (January 7, 2022, Friday)
P='1545'
art(P,0,ln(P,'FACTBOX-World reacts'),ln(P,'Jan 7 (TNS) - Troops'),'Transcontinental News Service','2022-01-07',[],None,
    ['TNS Transcontinental News Service','World | Markets | Politics | Wires','January 7, 2022 11:48 GMT','Compiled by the TNS Europe desk','Following are reactions from around the world:',
     '(Compiled by the TNS Europe desk; Editing by Mark Halloway)','© 2022 Transcontinental News Service. All rights reserved.','Our Standards: The TNS Trust Principles.'],
    sections=[ln(P,'UNITED STATES'),ln(P,'RUSSIA\n'),ln(P,'CHINA'),ln(P,'EUROPEAN UNION'),ln(P,'UNITED NATIONS'),ln(P,'TURKEY')])
q(P,'We have questions about the nature of this request and whether it was a legitimate invitation or not.','Jen Psaki','Jen Psaki','told reporters',note='cue with colon before the quote')
q(P,'for any violations of human rights,','Jen Psaki','she','added',partial=True)
q(P,"reiterated full U.S. support for Kazakhstan's constitutional institutions,",SDM,'the State Department','said',partial=True,note='nearest-name trap: Blinken and Tileuberdi are named, the State Department readout is the speaker')
q(P,'We regard the events in Kazakhstan as an attempt, inspired from outside, to undermine the security and integrity of the state by force,',RFM,'the Russian Foreign Ministry','said in a statement')
q(P,'decisive measures','Xi Jinping','President Xi Jinping','praising',partial=True,note='reported by CCTV')
q(P,'firmly opposes any attempt by external forces to deliberately create unrest,','Xi Jinping','President Xi Jinping','saying',partial=True)
q(P,"Civilians' rights and safety must be guaranteed,",'Josep Borrell','Josep Borrell','wrote on Twitter',note='apostrophe inside the quote')
q(P,'The Secretary-General urges all parties to refrain from violence and to address their grievances through dialogue,','Stephane Dujarric','Stephane Dujarric','said',note='"The Secretary-General" inside the quote is not the speaker')
c(P,'troops_deployed',2500,'about','Russia-led force in Kazakhstan','Russian media','which Russian media put at about 2,500 troops')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='"armed criminals" is a label, not a quote')
c(P,'detained',3811,None,'people detained','Kazakh authorities','3,811 people detained')
c(P,'killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces have been killed',note='written-out number at sentence start')
e(P,'2022-01-06','troop_deployment',None,[CSTO],'arrived in Kazakhstan on Thursday')
e(P,'2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Friday')
e(P,'2022-01-06','statement',None,['Jen Psaki'],'told reporters on Thursday')
e(P,'2022-01-06','talks',None,['Antony Blinken','Mukhtar Tileuberdi'],'spoke by phone with Kazakh Foreign Minister Mukhtar Tileuberdi on Thursday')
e(P,None,'statement',None,[RFM],'the Russian Foreign Ministry said in a statement')
e(P,'2022-01-07','statement',None,['Xi Jinping',TOK],'sent a message to Tokayev on Friday')
e(P,None,'statement',None,['Josep Borrell'],'Josep Borrell wrote on Twitter')
e(P,None,'statement',None,['Stephane Dujarric'],'U.N. spokesman Stephane Dujarric said')

# ---------------- 1546 live page closed with a "Summary" post (Thursday 6 January 2022)
P='1546'
art(P,0,ln(P,'Kazakhstan unrest: Russia-led troops arrive'),ln(P,'Live updates from Almaty'),'The Clarion','2022-01-06',[],None,
    ['The Clarion','LIVE','Updated 21:04 GMT','Key events','2h ago Summary','4h ago CSTO says first units have landed','9h ago Internet blackout continues',
     'Comments are closed on this live page.','Advertisement','© 2022 The Clarion Media Group'],
    sections=[ln(P,'20:58 GMT'),ln(P,'18:41 GMT'),ln(P,'16:12 GMT')])
q(P,'Dozens of attackers have been liquidated and their identities are being established,','Saltanat Azirbek','Saltanat Azirbek','told state television',note='the one-word "dozens" in the key-events list, the bullet and the entry heading is excluded')
q(P,'The world is watching for any violations of human rights,',None,'a State Department spokesman','said',note=f'unnamed spokesman; "{SDM}" is an acceptable alternative')
q(P,'important state and military facilities',CSTO,'The alliance','said in a statement',partial=True)
q(P,'to stabilise the situation',CSTO,'The alliance','said in a statement',partial=True)
c(P,'killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had been killed')
c(P,'injured',748,None,'members of the security forces injured','Kazakh authorities','and 748 injured')
c(P,'detained',2000,'more than','people detained',MIA,'More than 2,000 people have been detained',note='"Two of the dead were found beheaded" is a subset, not a claim')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'The first units of a Russia-led')
e(P,None,'other','Almaty',['police'],'tried to storm police stations overnight',note='"overnight" = night of 5-6 January; left null')
e(P,'2022-01-06','statement',None,['Saltanat Azirbek'],'told state television')
e(P,'2022-01-06','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said 18 members')
e(P,'2022-01-06','statement',None,[CSTO],'The alliance said in a statement')
e(P,'2022-01-06','statement',None,[SDM],'a State Department spokesman said')

# ---------------- 1547 Russian business daily in translation (12 January 2022, Wednesday); «» and nested „“ marks
P='1547'
art(P,0,ln(P,'Peacekeepers on the way home'),ln(P,'The collective peacekeeping forces of the CSTO will begin'),'Delovoy Kurier','2022-01-12',['Ekaterina Solovyova'],None,
    ['DELOVOY KURIER','Economy | Politics | Markets | Regions','Politics','Translated from Russian. The original article was published in Delovoy Kurier on 12 January 2022.','12 January 2022, 09:41','Ekaterina Solovyova','Reading time: 5 minutes',
     'Translated by Anna Greene.','Subscribe to the Delovoy Kurier newsletter','Tags: CSTO, Kazakhstan, Army, Economy','© Delovoy Kurier, 2022. All rights reserved. Reproduction in English by agreement.'])
q(P,'Our troops carried out their tasks in full and without losses','Sergei Shoigu','the minister','said',note='guillemets; comma after the closing »')
q(P,'The president considers that the mission was carried out brilliantly, quickly and professionally','Dmitry Peskov','Dmitry Peskov','told journalists',note='"The president" inside the quote is Putin, not the speaker')
q(P,'For the first time, the CSTO showed that it is not just an organisation on paper. But the real price will be political: the phrase „collective defence“ now means first of all Russian defence','Andrei Vorontsov','Andrei Vorontsov','said',note='nested „…“ inside «…» is one record')
c(P,'troops_deployed',2000,'more than','Russian servicemen in the CSTO operation','Russian Defence Ministry','more than 2,000 servicemen',note='"about 250 units of equipment" is not a claim')
c(P,'aircraft',70,'more than','military transport aircraft','Russian Defence Ministry','More than 70 aircraft')
c(P,'other',1400,'about','businesses damaged in Almaty','Atameken','about 1,400 businesses were damaged',note='damage of 87 billion tenge and the 434-tenge rate are not claims')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'announced in the Mazhilis on Tuesday')
e(P,'2022-01-13','withdrawal',None,[CSTO],'will begin leaving Kazakhstan on 13 January')
e(P,'2022-01-11','other',None,['Sergei Shoigu','Vladimir Putin'],'reported to Vladimir Putin the same day')
e(P,'2022-01-11','statement',None,['Dmitry Peskov'],'told journalists on Tuesday')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev himself on Tuesday named a new government')

# ---------------- 1548 Middle Eastern (Amman) daily, Saturday January 8, 2022
P='1548'
art(P,0,ln(P,'Gulf, Arab states urge calm'),ln(P,'NUR-SULTAN/AMMAN — Arab'),'The Levant Herald','2022-01-08',[],'NUR-SULTAN/AMMAN',
    ['The Levant Herald',"Amman's English-language daily since 1978",'Home | Jordan | Region | World | Business | Opinion','World','By Herald staff and agencies | Published: Saturday, January 8, 2022 - 19:20 | Last updated: 1 month ago',
     'Related articles','Jordanian students in Kazakhstan safe, says ministry','Print | Email | Share','Comments','Comments on this article are the sole responsibility of their writers.'])
q(P,'solidarity with the friendly people of Kazakhstan',SAU,'The Saudi Ministry of Foreign Affairs','expressed',partial=True)
q(P,'all measures to preserve security and stability',SAU,'The Saudi Ministry of Foreign Affairs','expressed',partial=True)
q(P,'Our students are well and the embassy is following up their needs hour by hour,','Haitham Abu al-Foul','Haitham Abu al-Foul','said',note='ministry named first, spokesman attributed after the quote')
q(P,'in the interest of the Arab world, which has deep ties with the Kazakh people.','Hossam Zaki','Hossam Zaki','told the Herald by phone',partial=True)
q(P,'We heard shooting every night, but the Kazakh students brought us food and stayed with us','Mohammed al-Khatib','Mohammed al-Khatib','said',malformed=True,note='no closing mark: the scraped page is cut off mid-quote before the related block')
c(P,'detained',4404,None,'people detained nationwide',MIA,'4,404 people had been detained nationwide')
c(P,'killed',26,None,'rioters killed','Kazakh state media','26 rioters')
c(P,'killed',18,None,'members of the security forces killed','Kazakh state media','and 18 members of the security forces had died',note='"around 300 Jordanian students" is not a claim')
e(P,'2022-01-08','statement',None,[SAU,'UAE','Qatar'],'Arab and Gulf governments on Saturday called for calm')
e(P,'2022-01-06','arrest',None,['Karim Masimov','National Security Committee'],'was detained on Thursday',note='Thursday before Saturday 8 January')
e(P,'2022-01-08','statement',None,['National Security Committee'],'in a statement released on Saturday')
e(P,'2022-01-07','statement',None,[TOK,'Vladimir Putin'],'said on Friday that order had largely been restored')
e(P,None,'statement','Cairo',['Hossam Zaki'],'told the Herald by phone')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',note='real; wording paraphrased'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel-General','General'],'Russia',['he'],note='real; words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he'],["Tokayev's"],note='real; partials paraphrased'),
 sp('Marat Zhanuzakov','person',['Marat Zhanuzakov'],['Almaty-based analyst'],'Kazakhstan',note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],["Russia's deputy foreign minister"],'Russia',['he'],note='real; words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['the US deputy secretary of state'],'United States',['she'],note='real; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],["the alliance's secretary-general"],None,note='real; paraphrased'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',note='real; paraphrased'),
 sp('Emily Saunders','person',['Emily Saunders'],['Prof'],'United Kingdom',[],['Prof Emily Saunders'],note='invented'),
 sp('Serik Baimukhanov','person',['Serik Baimukhanov','Baimukhanov'],['deputy akim'],'Kazakhstan',note='invented'),
 sp(PRP,'organisation',['regional police department'],[],'Kazakhstan',['The regional police department'],note='invented wording'),
 sp('Gulnara Akhmetova','person',['Gulnara Akhmetova'],[],'Kazakhstan',note='invented'),
 sp('Jen Psaki','person',['Jen Psaki'],['White House Press Secretary'],'United States',['she'],note='real; first quote paraphrased'),
 sp(SDM,'organisation',['State Department'],[],'United States',['the State Department','a State Department spokesman'],note='readout wording invented'),
 sp(RFM,'organisation',['Russian Foreign Ministry'],[],'Russia',note='wording paraphrased'),
 sp('Xi Jinping','person',['Xi Jinping'],['President'],'China',note='real; paraphrased'),
 sp('Josep Borrell','person',['Josep Borrell'],['EU foreign policy chief'],None,['He'],note='real; words invented'),
 sp('Stephane Dujarric','person',['Stephane Dujarric'],['U.N. spokesman'],None,note='real; words invented'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['police spokeswoman'],'Kazakhstan',note='real spokeswoman; wording paraphrased'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance'],note='quoted in 1546; source of the troop figure in 1541'),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Defence Minister'],'Russia',['the minister'],note='real; words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['presidential press secretary','Kremlin spokesman'],'Russia',note='real; words invented'),
 sp('Andrei Vorontsov','person',['Andrei Vorontsov'],['a leading researcher at a Moscow institute of international studies'],'Russia',note='invented'),
 sp(SAU,'organisation',['Saudi Ministry of Foreign Affairs'],[],'Saudi Arabia',note='wording invented'),
 sp('Haitham Abu al-Foul','person',['Haitham Abu al-Foul'],['ministry spokesman'],'Jordan',note='real spokesman; words invented'),
 sp('Hossam Zaki','person',['Hossam Zaki'],["the Arab League's assistant secretary-general"],None,note='real; words invented'),
 sp('Mohammed al-Khatib','person',['Mohammed al-Khatib'],['a Jordanian engineering student in Almaty'],'Jordan',note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',quoted=False,note='mentioned in 1542, 1547, 1548; not quoted'),
 sp('Karim Masimov','person',['Karim Masimov'],[],'Kazakhstan',quoted=False,note='arrested; mentioned in 1543 and 1548'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
]
OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
    else:
        assert t[o-1] in OPEN
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
