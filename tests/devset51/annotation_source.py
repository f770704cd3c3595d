#!/usr/bin/env python3
"""Source of the devset51 annotation: the hand-chosen spans, values and dates for 501-508.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset51/annotation_source.py && python3 tests/devset51/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'

DFAT='Australian Department of Foreign Affairs and Trade'; MEA='Indian Ministry of External Affairs'; UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'
QMFA='Qatari Ministry of Foreign Affairs'; MOH='Kazakh Ministry of Health'; KNB='Kazakh National Security Committee'; LBMFA='Lebanese Foreign Ministry'

# ---------------- 501 Sky News Australia-style piece (Saturday, 8 January 2022, 9:14am AEDT)
art('501',0,4,5,'Sky News Australia','2022-01-08',[],None,
    ['Sky News Australia','Home | World | Politics | Business | Opinion | Watch Live','World','Sky News Australia Digital Staff',
     'Saturday, 8 January 2022 - 9:14am AEDT','Share  |  Facebook  |  Twitter  |  Email',
     'Watch Sky News Australia live on Foxtel channel 602 or stream on Flash.','Related Topics: Kazakhstan, Russia, Vladimir Putin'])
q('501','open fire to kill without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('501','There can be no talks with criminals and murderers,',TOK,'Mr Tokayev','said',note='first half of a quote split by the interposed "Mr Tokayev said."')
q('501','They have to be destroyed, and this will be done soon.',TOK,'Mr Tokayev','said',note='second half after the interposed attribution')
q('501','Australians in Kazakhstan should shelter in place, keep in touch with family and follow the instructions of local authorities,',DFAT,'a DFAT spokesperson','said',note='unnamed spokesperson of an organisation: speaker is the department')
q('501','For thirty years the CSTO looked like a club that only existed on paper. This week Moscow showed it can turn that paper into boots on the ground within a day,','Michael Dunstan','he','told',note='"he told Sky News Australia"; he = Dr Michael Dunstan (invented); "thirty years" is not a claim')
q('501','small in numbers but enormous in symbolism','Michael Dunstan','He','said',partial=True)
c('501','killed',26,None,'armed attackers killed',MIA,'26 armed attackers had been killed')
c('501','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('501','injured',748,None,'members of the security forces wounded',MIA,'748 were wounded')
c('501','detained',3800,'more than','people taken into custody',MIA,'More than 3,800 people had been taken into custody',note='"the ministry added"')
c('501','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'the force will number about 2,500',note='"The alliance says"; "six former Soviet states" is not a claim')
e('501',None,'troop_deployment','Almaty',[CSTO],"Russian-led troops have taken control of Almaty's international airport",note='undated; reported "on Friday" (7 Jan)')
e('501','2022-01-07','statement',None,[TOK],'said in a televised address on Friday',note='publication is Saturday morning AEDT; Friday = 7 Jan')
e('501',None,'casualty_report',None,[MIA],'The Interior Ministry said 26',note='undated')
e('501','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began flying in soldiers on Thursday')
e('501',None,'other',None,[DFAT],'raised its travel advice for Kazakhstan to the highest level overnight',note='"overnight" is not resolved (7-8 Jan)')
e('501','2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday',note='future; Monday after Saturday 8 Jan')
e('501','2022-01-12','talks','Brussels',['Russia','NATO'],'NATO in Brussels on Wednesday',note='future')

# ---------------- 502 NDTV item from a PTI feed (Updated: January 07, 2022 11:20 pm IST, Fri)
art('502',0,4,5,'NDTV','2022-01-07',[],'New Delhi',
    ['NDTV','Latest | India | World | Opinion | Videos | Cities','World News | Press Trust of India | Updated: January 07, 2022 11:20 pm IST',
     'Highlights','Indian embassy in Kazakhstan sets up 24x7 helplines','Kazakh authorities say more than 3,000 people detained','Russian-led troops arrived in Kazakhstan on Thursday',
     '(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)',
     'Track Latest News Live on NDTV.com and get news updates from India and around the world.'])
q('502','We are closely following the developments in Kazakhstan. Our embassy is in touch with the Indian community there, and so far there are no reports of any Indian national being harmed,','Arindam Bagchi','External Affairs Ministry spokesperson Arindam Bagchi','said',note='inverted cue with a long title before the name')
q('502','in regular touch','Arindam Bagchi','Mr Bagchi','said',partial=True)
q('502','We could hear gunfire the whole night. The internet came back only this morning, so I could finally call my parents,','Ravi Teja','he','told',note='"he told PTI over the phone"; invented student named in the previous paragraph')
q('502','stabilise at the earliest','Arindam Bagchi','Mr Bagchi','said',partial=True)
c('502','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained',note='the Highlights bullet repeats the figure; it is boilerplate and not a separate record')
c('502','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare label excluded from quotes')
c('502','killed',13,None,'members of the security forces killed',MIA,'Thirteen members of the security forces were killed',note='written-out at sentence start; "according to the ministry"')
c('502','aircraft',70,'more than','aircraft used to fly in troops',RDM,'more than 70 aircraft')
e('502','2022-01-07','statement',None,[MEA],'India on Friday asked its citizens')
e('502',None,'statement',None,['Arindam Bagchi'],'said at the weekly media briefing',note='no day given')
e('502','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('502','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'began arriving on Thursday')
e('502','2022-01-07','statement',None,['Air Astana'],'an Air Astana official said on Friday',note='flights remain suspended')

# ---------------- 503 Khaleej Times-style piece (Published: Fri 7 Jan 2022, 4:58 PM)
art('503',0,4,5,'Khaleej Times','2022-01-07',['Rohit Nair'],None,
    ['Khaleej Times','UAE | World | Business | Sports | Lifestyle','World > Asia','By Rohit Nair','Published: Fri 7 Jan 2022, 4:58 PM',
     'Last updated: Fri 7 Jan 2022, 5:32 PM','- rohit@khaleejtimes.com','Follow Khaleej Times on Google News'])
q('503','until further notice','flydubai','Dubai-based flydubai','said',partial=True)
q('503','The safety of our passengers and crew is our first priority. Customers booked on affected flights can rebook or request a refund,','flydubai','a flydubai spokesperson','told')
q('503','First they shut the internet, then the airport. We have enough food for now, but nobody can tell us when we can go home,','Farhan Qureshi','Qureshi','said')
q('503','all measures that preserve its security and stability',UAEMFA,'the ministry','said',partial=True,note='"In a statement carried by WAM, the ministry said …"; the dek repeats "security and stability" in single quotes (excluded)')
q('503','January is usually our busy season for ski trips. This year it is over before it started,','Meera Pillai','Meera Pillai','said',note='inverted: ," said Meera Pillai (invented)')
c('503','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers have been killed')
c('503','injured',748,None,'law enforcement officers injured',MIA,'748 injured')
c('503','detained',3000,'more than','people detained',MIA,'more than 3,000 people have been detained')
c('503','troops_deployed',2500,'about','CSTO mission in Kazakhstan',MIA,'the whole mission at about 2,500',note='"said the ministry" = the Kazakh Interior Ministry of the previous paragraph')
e('503','2022-01-05','other','Almaty',['flydubai'],'flydubai said on Wednesday that it had halted its flights',note='flight suspension')
e('503','2022-01-06','other',None,['Air Arabia'],'Air Arabia followed on Thursday',note='flight suspension')
e('503',None,'statement',None,[UAEMFA],'In a statement carried by WAM',note='undated')
e('503','2022-01-07','other','Almaty',[],'Kazakh state television reported on Friday',note='airport back under government control')

# ---------------- 504 The Peninsula (Qatar) piece (Published: 08 Jan 2022 - 10:15 am, Sat)
art('504',0,4,8,'The Peninsula','2022-01-08',[],'Doha',
    ['The Peninsula',"Qatar's leading English daily",'Home / International','QNA / AFP',
     'Published: 08 Jan 2022 - 10:15 am | Last Updated: 08 Jan 2022 - 06:40 pm','Copyright © 2022 The Peninsula. All rights reserved.'])
q('504','stresses the importance of preserving the lives of civilians',QMFA,'the Ministry of Foreign Affairs','said',partial=True,note='"the ministry said the State of Qatar “…”"')
q('504','security, stability and calm will return to the friendly country',QMFA,'the Ministry of Foreign Affairs','said',partial=True,note='"and hoped that “…” soon"')
q('504','not to spread false and speculative information.','Aidos Ukibay','He','called on',partial=True,note='full stop inside the closing mark')
q('504','Yesterday there was shooting near the square, today people are already queueing for bread,','Aigerim','Aigerim','said',note='inverted ," said Aigerim, a 34-year-old accountant (first name only)')
q('504','The shops are opening but everyone is scared. Nobody knows who was shooting at whom,','Aigerim','she','told',note='"she told AFP"')
q('504','informed his Russian counterpart about the stabilisation of the situation,','Kremlin','the Kremlin','said',partial=True,note='content about Tokayev, but the speaker is the Kremlin readout')
c('504','detained',4404,None,'people detained across the country',MIA,'4,404 people had been detained')
c('504','killed',26,None,'"armed criminals" killed',MOH,'26 "armed criminals" had been killed',note='attributed to the health ministry in the text')
c('504','killed',16,None,'members of the security forces killed','officials','16 members of the security forces had died')
c('504','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'some 2,500 troops',note='"some" normalised to about; "according to the alliance"')
e('504','2022-01-07','statement',None,[QMFA],'In a statement issued on Friday')
e('504','2022-01-08','statement',None,[KNB],'announced on Saturday that its former chief')
e('504','2022-01-06','arrest',None,[KNB,'Karim Masimov'],'had been detained on Thursday on suspicion of high treason')
e('504','2022-01-05','other',None,['Karim Masimov'],'was removed from his post on Wednesday',note='dismissal')
e('504','2022-01-08','statement',None,['Aidos Ukibay'],'wrote on Twitter on Saturday')
e('504','2022-01-05','protest','Almaty',[],'which was set on fire on Wednesday')
e('504','2022-01-08','talks',None,['Vladimir Putin',TOK],'held a telephone conversation on Saturday')
e('504',None,'troop_deployment','Kazakhstan',[CSTO],'has sent some 2,500 troops to Kazakhstan',note='undated')

# ---------------- 505 Ahram Online item from AFP (Monday 10 Jan 2022)
art('505',0,4,6,'Ahram Online','2022-01-10',[],None,
    ['Ahram Online','Home | Egypt | World | Business | Opinion | Arts & Culture | Sports','World » Region','AFP , Monday 10 Jan 2022',
     'Short link: https://english.ahram.org.eg/News/456107.aspx','Search Keywords: Kazakhstan | CSTO | Tokayev | Russia','Related',
     "Egypt follows Kazakhstan events 'with great interest': Foreign ministry"])
q('505','a single centre',TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'told',partial=True)
q('505','Under the guise of spontaneous protests, a wave of mass disorder was unleashed. It became clear that the main goal was to seize power,',TOK,'Tokayev','said')
q('505','once the situation is fully under control',TOK,'He','said',partial=True)
q('505','We have shown that we will not allow the situation in our countries to be rocked,','Vladimir Putin','Putin','said')
q('505','not the first and not the last attempt','Vladimir Putin','Putin','adding',partial=True,note='cue "adding" in the same sentence as "Putin said"')
q('505','a realistic approach','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='spelt "Sergei" here; canonical "Sergey Ryabkov"')
q('505',"not allow anyone to slam closed NATO's open-door policy.",'Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True,note='full stop inside the closing mark')
c('505','killed',164,None,'people killed in the violence',MOH,'164 people had been killed in the violence',note='"including three children" is a subset, not a separate claim')
c('505','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('505','troops_deployed',2030,'about','CSTO troops in Kazakhstan','Stanislav Zas','about 2,030 troops',note='"250 pieces of military hardware" is not a claim')
e('505','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'at an extraordinary session of the Collective Security Treaty Organisation',note='"on Monday" in the lead; video session')
e('505',None,'troop_deployment','Kazakhstan',[CSTO],'whose troops arrived in Kazakhstan last week',note='"last week" is not a day')
e('505','2022-01-09','casualty_report',None,[MOH],'The Kazakh health ministry said on Sunday')
e('505','2022-01-10','casualty_report',None,[MIA],'A day later the interior ministry said',note='"A day later" = the day after Sunday 9 Jan')
e('505',None,'talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'senior Russian and American diplomats met in Geneva',note='"Meanwhile", no day word; real date 2022-01-10')

# ---------------- 506 The Daily Star (Lebanon) item from AFP (Jan. 11, 2022 | 06:13 PM, Tue)
art('506',0,4,8,'The Daily Star','2022-01-11',[],'NUR-SULTAN',
    ['The Daily Star','Lebanon News | Middle East | World | Business | Opinion | Culture','WORLD','Jan. 11, 2022 | 06:13 PM','Agence France Presse',
     'Copyrights 2022, The Daily Star. All Rights Reserved.','11/01/2022'])
q('506','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'President Kassym-Jomart Tokayev','told',note='inverted: ," President … told lawmakers')
q('506','In two days a phased withdrawal will begin. It will take no longer than 10 days.',TOK,'President Kassym-Jomart Tokayev','told',note='continuation after the interposed attribution; "10 days" is a duration')
q('506','very profitable companies',TOK,'the Kazakh leader','saying',partial=True)
q('506','rich even by international standards',TOK,'the Kazakh leader','saying',partial=True)
q('506','terrorist aggression',TOK,'Tokayev','said',partial=True,note='two-word evaluative wording with a speech verb (like gold "foreign aggression,")')
q('506','Many of those detained were ordinary protesters or simply passers-by,','Marat Zhanuzakov','Marat Zhanuzakov','said',note='inverted ," said NAME (invented lawyer)')
q('506','Families do not know where their relatives are being held.','Marat Zhanuzakov','Marat Zhanuzakov','said',note='second quote of the same paragraph after the attribution')
c('506','troops_deployed',2030,'about','CSTO troops deployed',CSTO,'Some 2,030 troops',note='"Some" normalised to about; "the alliance said"')
c('506','detained',9900,None,'people detained',MIA,'put on Tuesday at 9,900')
c('506','killed',164,None,'people killed','officials','Officials have said 164 people were killed')
c('506','killed',16,None,'members of the security forces killed','officials','among them 16 members of the security forces',note='subset named with its own figure (kept, like gold "two of his deputies")')
e('506','2022-01-11','statement',None,[TOK],"Kazakhstan's president announced Tuesday")
e('506','2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days a phased withdrawal will begin',note='future; "in two days" from Tue 11 Jan, inside the quote')
e('506','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev also named a new prime minister',note='"approved by parliament on the same day"')
e('506','2022-01-10','statement',None,[TOK],'Tokayev said on Monday')
e('506',None,'troop_deployment','Kazakhstan',[CSTO],'have been deployed to guard strategic sites')
e('506','2022-01-11','casualty_report',None,[MIA],'the interior ministry put on Tuesday')
e('506',None,'statement',None,[LBMFA],"Lebanon's Foreign Ministry last week called",note='"last week" is not a day')

# ---------------- 507 Jordan Times item from AFP (Jan 12,2022, Wed)
art('507',0,4,7,'The Jordan Times','2022-01-12',[],'BRUSSELS',
    ['The Jordan Times','Local | Region | World | Business | Opinion | Features','World','By AFP - Jan 12,2022 - Last updated at Jan 12,2022',
     '© 2022 The Jordan Times. All rights reserved.'])
q('507','real risk','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','warning',partial=True)
q('507','There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,','Jens Stoltenberg','Stoltenberg','told')
q('507','If the alliance is not ready to take our concerns seriously, we will respond with military-technical measures,','Alexander Grushko','he','said',note='he = Grushko (sentence before); also "according to Russian news agencies"')
q('507','never compromise','Jens Stoltenberg','he','said',partial=True,note='interposed ", he said," before the partial')
q('507','It was a reminder of how quickly Russia can move troops when it chooses to,',None,'the diplomat','said',note='anonymous Western diplomat')
c('507','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'Western estimates',"about 100,000 troops near Ukraine's borders")
c('507','troops_deployed',2000,'about','CSTO force in Kazakhstan',TOK,'roughly 2,000-strong force',note='"roughly" normalised to about; hyphenated "-strong"; figure inside reported speech of Tokayev')
c('507','detained',10000,'almost','people detained after the unrest',MIA,'nearly 10,000 people were detained')
e('507','2022-01-12','talks','Brussels',['NATO','Russia'],'failed to narrow their differences over Ukraine on Wednesday')
e('507','2022-01-10','talks','Geneva',['Wendy Sherman','Russia'],'in Geneva on Monday')
e('507',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia sent paratroopers to Kazakhstan',note='"a week after" is not resolved; real 2022-01-06')
e('507','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')
e('507','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing on Thursday',note='future')
e('507','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')

# ---------------- 508 Hindustan Times world-news article (Updated on Jan 13, 2022 09:47 PM IST, Thu)
art('508',0,3,4,'Hindustan Times','2022-01-13',[],None,
    ['hindustantimes','Home / World News','By HT News Desk, New Delhi','Updated on Jan 13, 2022 09:47 PM IST','Listen to this article','Share Via','Copy Link',
     '(With inputs from agencies)','Topics','kazakhstan russia osce nato','Close Story'])
q('508','We cannot spend months on talks about talks. If we do not hear a constructive answer in a reasonable time, we will draw conclusions,','Alexander Lukashevich','the Russian diplomat','told',note='title-only attribution after the quote; name in the sentence before')
q('508','the risk of war in the OSCE area is now greater than ever before in the last 30 years','Zbigniew Rau',"Poland's foreign minister Zbigniew Rau",'said',partial=True,note='lower-case clause after "said"; "30 years" is not a claim')
q('508','We will not be intimidated, and we will not negotiate about Ukraine without Ukraine,','Michael Carpenter','Carpenter','said')
q('508','positive elements','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('508','The peacekeepers have fulfilled their tasks and are returning home,','Andrei Serdyukov','he','said',note='he = Serdyukov, named in the same sentence before the colon')
c('508','troops_deployed',2030,None,'CSTO servicemen who took part',RDM,'2,030 servicemen',note='"about 250 units of equipment" is not a claim')
c('508','detained',9900,None,'people detained',MIA,'put the number of people detained at 9,900')
c('508','killed',225,None,'bodies handed to the morgues',MIA,'225 bodies had been handed to the morgues')
c('508','killed',19,None,'law enforcement officers among the dead',MIA,'19 law enforcement officers',note='"according to the ministry"')
e('508','2022-01-13','talks','Vienna',['OSCE','Russia','United States'],'ended in Vienna on Thursday')
e('508','2022-01-13','withdrawal','Kazakhstan',[CSTO],'force began on Thursday')
e('508','2022-01-19','withdrawal','Kazakhstan',[CSTO],'all troops would be gone by January 19',note='deadline for the end of the withdrawal')
e('508','2022-01-13','other','Almaty',['Andrei Serdyukov',CSTO],'said at a ceremony in Almaty on Thursday')
e('508','2022-01-13','statement',None,['Dmitry Peskov'],'Earlier in the day, Kremlin spokesman',note='"Earlier in the day" = the Thursday of the Vienna talks')
e('508','2022-01-12','casualty_report',None,[MIA],'interior ministry on Wednesday')
e('508','2022-01-12','statement',None,[MEA],"India's Ministry of External Affairs said on Wednesday")

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President","Kazakhstan's president"],'Kazakhstan',['He','the Kazakh leader'],['Mr Tokayev']),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['a DFAT spokesperson']),
 sp('Michael Dunstan','person',['Michael Dunstan'],['a Eurasia specialist at the Australian National University'],'Australia',['he','He'],['Dr Michael Dunstan'],note='invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['External Affairs Ministry spokesperson'],'India',[],['Mr Bagchi'],note='words invented'),
 sp('Ravi Teja','person',['Ravi Teja'],['a second-year medical student from Hyderabad'],'India',['he'],note='invented'),
 sp('flydubai','organisation',['flydubai'],[],'United Arab Emirates',['a flydubai spokesperson']),
 sp('Farhan Qureshi','person',['Farhan Qureshi','Qureshi'],['a Sharjah-based engineer'],None,note='invented; nationality not stated'),
 sp(UAEMFA,'organisation',['Ministry of Foreign Affairs and International Cooperation','MoFAIC'],[],'United Arab Emirates',['the ministry']),
 sp('Meera Pillai','person',['Meera Pillai'],['who runs a travel agency in Karama'],'United Arab Emirates',note='invented'),
 sp(QMFA,'organisation',['Ministry of Foreign Affairs'],[],'Qatar',['the Ministry of Foreign Affairs']),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],["Nazarbayev's spokesman"],'Kazakhstan',['He'],note='words paraphrased'),
 sp('Aigerim','person',['Aigerim'],['a 34-year-old accountant'],'Kazakhstan',['she'],note='first name only in the text'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['the Kremlin']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Marat Zhanuzakov','person',['Marat Zhanuzakov'],['a lawyer in Almaty'],'Kazakhstan',note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,['he']),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['he']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the Organization for Security and Co-operation in Europe (OSCE)"],'Russia',['the Russian diplomat']),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland'),
 sp('Michael Carpenter','person',['Michael Carpenter','Carpenter'],['US ambassador to the OSCE'],'United States'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','The commander of the CSTO force'],'Russia',['he']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 504/505'),
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
