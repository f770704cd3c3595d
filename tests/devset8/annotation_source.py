#!/usr/bin/env python3
"""Source of the devset8 annotation: the hand-chosen spans, values and dates for 157-164.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset8/annotation_source.py && python3 tests/devset8/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; MOH='Kazakh Ministry of Health'; NSC='Kazakh National Security Committee'
PES='Dmitry Peskov'; PAS='Nikol Pashinyan'; SHE='Wendy Sherman'; RYA='Sergey Ryabkov'; CAV='Mevlüt Çavuşoğlu'
GUT='Antonio Guterres'; DUJ='Stéphane Dujarric'; TIL='Mukhtar Tileuberdi'; SIN='Telegram channel Steppe Insider'

# ---------------- 157 NPR-style radio transcript (January 6, 2022, a Thursday)
LBL='speech after a transcript label ("KELLY:", "SLOANE:") is not a quote; this span is in marks inside the spoken text'
art('157',0,1,14,'NPR','2022-01-06',['PETER SLOANE'],None,
    ['January 6, 20225:04 PM ET','Heard on All Things Considered','5-Minute Listen','Transcript','(SOUNDBITE OF MUSIC)',
     'Copyright © 2022 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.',
     "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of NPR's programming is the audio record."])
q('157','received serious training abroad.',TOK,'Tokayev','said',partial=True,note='host speech; full stop inside the marks; '+LBL)
q('157','a limited time period',PAS,'Nikol Pashinyan','said',partial=True,note='reporter speech; '+LBL)
q('157','anyone to interfere from the outside',PES,'Kremlin spokesman Dmitry Peskov','told',partial=True,note='"told reporters that Russia would not allow "..." in ..."')
q('157','We call on all Kazakhstani authorities and protesters alike to show restraint.','Ned Price','Spokesman Ned Price','told',note='the host quotes an official with marks ("told reporters yesterday, "...""); '+LBL)
q('157','watching for any violations of human rights.','Ned Price','he','added',partial=True)
c('157','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have been killed')
c('157','detained',2000,'more than','people detained',MIA,'more than 2,000 people have been detained')
c('157','aircraft',20,'more than','transport planes flying in paratroopers',RDM,'more than 20 transport planes',note='"The Defense Ministry in Moscow says"')
e('157','2022-01-06','troop_deployment','Almaty',[CSTO,RDM],'paratroopers began landing near Almaty this morning',note='"this morning" = air date')
e('157','2022-01-02','protest','Zhanaozen',[],'It started on Sunday in the west of the country',note='"on Sunday" before Thursday 6 Jan')
e('157','2022-01-05','protest','Almaty',[],"crowds stormed the mayor's office and set it on fire yesterday")
e('157','2022-01-05','other',None,[TOK,CSTO],'announcing that he had appealed to the CSTO',note='request for CSTO help; "last night" from Thu 6 Jan (the "televised address overnight" of l.14 is the same address)')
e('157',None,'appointment',None,[TOK,'Nursultan Nazarbayev'],'He also removed the country',note='undated in the text; likely 2022-01-05')
e('157','2022-01-05','statement','Washington',['Ned Price'],'Spokesman Ned Price told reporters yesterday')
e('157',None,'statement',None,[PES],'Kremlin spokesman Dmitry Peskov told reporters that Russia',note='no day given')
e('157',None,'talks','Geneva',['Russia','United States'],'Next week Russian diplomats sit down with the Americans in Geneva',note='future; "next week" is not a day (2022-01-10)')

# ---------------- 158 Arab News-style piece with AFP (Updated 07 January 2022, a Friday)
art('158',0,1,7,'Arab News','2022-01-07',[],'RIYADH',['AFP','Updated 07 January 2022','Follow','Related','— With AFP'])
q('158','with great concern the developments in the friendly Republic of Kazakhstan','Saudi Foreign Ministry','The Saudi Ministry of Foreign Affairs','said in a statement',partial=True,
  note='"said in a statement carried by the Saudi Press Agency that the Kingdom was following "...""; the agency is only the channel')
q('158','We are confident that the wisdom of the Kazakh leadership will restore calm and preserve the country’s achievements,','Nayef Falah Mubarak Al-Hajraf','Al-Hajraf','said',
  note='long title before the name ("The Secretary-General of the Gulf Cooperation Council, Dr. Nayef Falah Mubarak Al-Hajraf,")')
q('158','We hope that peace and stability will be restored as soon as possible in brotherly Kazakhstan,',CAV,'Cavusoglu','wrote',note='Twitter post; name written without Turkish diacritics')
q('158','deeply saddened by the loss of life','Baghdad Amreyev','Baghdad Amreyev','said',partial=True,note='closing mark before the full stop')
q('158','Those who do not surrender will be destroyed,',TOK,'he','said')
c('158','killed',26,None,'"armed criminals" killed in Almaty (related headline)','Kazakh authorities','Kazakhstan says 26 ‘armed criminals’ killed',zone='related',note='"Related" headline list in the middle of the article')
c('158','killed',26,None,'"armed criminals" killed',MIA,'26 “armed criminals” had been killed')
c('158','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('158','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
c('158','troops_deployed',2500,'about','CSTO contingent',CSTO,'A contingent of about 2,500 troops',note='"the alliance said"')
e('158','2022-01-07','statement','Riyadh',['Saudi Foreign Ministry'],'Saudi Arabia on Friday called for calm')
e('158','2022-01-06','talks',None,[CAV,TIL],'Mevlut Cavusoglu spoke by telephone',note='"on Thursday" later in the sentence')
e('158',None,'statement',None,[CAV],'Cavusoglu wrote on Twitter after the call',note='"after the call" (the call was Thu 6 Jan); no day given')
e('158','2022-01-07','statement',None,[TOK],'said in a televised address on Jan. 7')
e('158','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('158','2022-01-02','protest','Zhanaozen',[],'The protests began on Jan. 2')
e('158','2022-01-05','protest','Almaty',[],'set on fire on Wednesday')

# ---------------- 159 Human Rights Watch press release (January 13, 2022, a Thursday)
art('159',0,3,5,'Human Rights Watch','2022-01-13',[],'Berlin',
    ['January 13, 2022 3:00AM EST','For more Human Rights Watch reporting on Kazakhstan, please visit:','https://www.hrw.org/europe/central-asia/kazakhstan',
     'For more information, please contact:','In Berlin, Hugh Williamson (English, German, Russian): +49-30-259-306-10; or +49-151-1141-2521 (mobile).',
     'In Almaty, Temirlan Yessenov (Russian, Kazakh, English): +7-701-555-0183 (mobile)'])
q('159','Whatever violence some protesters committed, nothing justifies beating people in custody or keeping families in the dark about where their loved ones are,','Hugh Williamson','Hugh Williamson','said',
  note='inverted cue ", said Hugh Williamson, Europe and Central Asia director at Human Rights Watch"')
q('159','Kazakhstan’s international partners should press the authorities for answers.','Hugh Williamson','Hugh Williamson','said',note='continuation in the same paragraph')
q('159','They made us kneel on the floor of a sports hall for two days and hit anyone who raised his head,',None,'a 34-year-old man detained in Almaty on January 6','said',
  note='anonymous detainee ("whose name is withheld for his security"); age and date follow the cue')
q('159','Nobody would tell me anything. One officer said, ‘Go home, mother, he is a terrorist now,’',None,'she','said',
  note='anonymous "52-year-old woman from Taldykorgan"; contains a single-quoted quote of an unnamed officer (not a record); the outer closing ” follows the inner ’')
q('159','the main mission has been accomplished',TOK,'Tokayev','said',partial=True)
c('159','detained',9900,None,'people detained in connection with the unrest',MIA,'9,900 people had been detained')
c('159','killed',16,None,'police officers and National Guard members killed','officials','16 police officers and National Guard members were killed')
c('159','injured',2200,'more than','people who sought medical help',MOH,'more than 2,200 people had sought medical help',note='"sought medical help" read as injured')
c('159','killed',164,None,'dead (figure withdrawn as a "technical error")',None,'A figure of 164 dead',note='posted on a government Telegram channel and withdrawn the same day')
e('159','2022-01-11','arrest',None,[MIA],'The Interior Ministry said on January 11',note='date of the announcement')
e('159','2022-01-10','casualty_report',None,[MOH],'the Health Ministry said on January 10')
e('159','2022-01-09','casualty_report',None,[],'posted on a government Telegram channel on January 9',note='withdrawn the same day')
e('159','2022-01-06','arrest','Almaty',[],'detained in Almaty on January 6',note='detention of the anonymous witness')
e('159','2022-01-07','statement',None,[TOK],'On January 7, President Kassym-Jomart Tokayev said')
e('159','2022-01-11','statement',None,[TOK],'In a speech to parliament on January 11')
e('159',None,'withdrawal','Kazakhstan',[CSTO],'would begin to withdraw',note='announced on 11 Jan; no date given')
e('159','2022-01-13','statement',None,['Human Rights Watch'],'Human Rights Watch said today',note='the release itself')

# ---------------- 160 Axios-style newsletter item (Jan 10, 2022, a Monday)
art('160',0,3,10,'Axios','2022-01-10',['Jonah Reyes'],None,
    ['Axios World','Jan 10, 2022','Illustration: Maya Lund/Axios','A MESSAGE FROM NORTHWIND ENERGY','The grid of 2030 starts today',
     "Northwind's 4 GW of new wind capacity will power 3 million homes by 2026.","Learn more about Northwind's clean energy commitment.",
     'Go deeper: Zakharova fires back at Blinken\'s "history lesson" on Kazakhstan','Go deeper: What to know about the CSTO, Russia\'s answer to NATO'])
q('160','firm in pushing back',SHE,'Sherman','told',partial=True,note='inside a bullet')
q('160','ironclad, waterproof, bulletproof, legally binding guarantees',RYA,'Ryabkov','said',partial=True,note='inside a bullet')
q('160','The talks were difficult, long, very professional,',RYA,'Ryabkov','told',note='after the label "What they\'re saying:"')
q('160','We will not let anyone slam the door on countries that want to join NATO.',SHE,'Sherman',None,note='bullet "Sherman: “...”": name and colon, no speech verb, so cue null (as devset5 140)')
q('160','no progress, but no collapse either.',None,'A senior U.S. official','said',partial=True,note='anonymous official')
c('160','troops_deployed',100000,'about','Russian troops near the Ukrainian border','US officials','about 100,000 troops',note='"the U.S. says"')
c('160','troops_deployed',2030,None,'CSTO mission in Kazakhstan',TOK,'The mission numbers 2,030 troops')
c('160','detained',7939,None,'people detained since Jan. 2','officials','7,939 people have been detained')
e('160','2022-01-10','talks','Geneva',['Russia','United States',SHE,RYA],'emerged from nearly eight hours of talks in Geneva on Monday')
e('160','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets Wednesday in Brussels',note='future')
e('160','2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on Thursday',note='future')
e('160','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'told a virtual summit of the CSTO on Monday',note='CSTO online summit')
e('160',None,'withdrawal','Kazakhstan',[CSTO],'are set to start leaving soon',note='future; "soon" is not a day')
e('160','2022-01-11','other','Brussels',[SHE,'NATO'],'Sherman heads to Brussels to brief NATO allies on Tuesday',note='future briefing of allies')

# ---------------- 161 Astana Times-style report (11 January 2022, a Tuesday)
art('161',0,4,8,'The Astana Times','2022-01-11',['Dana Omirbek'],'NUR-SULTAN',['THE ASTANA TIMES','Nation','By Dana Omirbek in Nation on 11 January 2022'],sections=(22,))
q('161','In two days, the phased withdrawal of the united CSTO peacekeeping contingent will begin. The withdrawal will take no more than 10 days,',TOK,'Tokayev','said')
q('161','The main task was to undermine the constitutional order, destroy the institutions of government and seize power. We are talking about an attempted coup d’etat,',TOK,'he','stressed',
  note='"According to the President," opens the paragraph; the cue of the quote\'s own sentence is "stressed"')
q('161','Residents will not pay a single tenge for the repairs,','Amandyk Batalov','he','told',note='"he told journalists"; named with his title ("Akim of Almaty region") in the sentence before')
c('161','detained',9900,None,'people detained across the country',MIA,'9,900 people have been detained across the country')
c('161','other',1678,None,'damaged business facilities registered in Almaty',"Almaty mayor's office",'1,678 damaged business facilities',note='"the city akimat reported"')
c('161','damage_usd',200000000,None,"damage to Almaty (87 billion tenge)",None,'($200 million)',note='dollar equivalent of "87 billion tenge"; passive "was earlier estimated"')
c('161','troops_deployed',2030,None,'CSTO contingent',TOK,'2,030 servicemen')
c('161','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment')
e('161','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'proposed Alikhan Smailov for the post of Prime Minister')
e('161','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'accepted the resignation of the government led by Askar Mamin')
e('161','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the phased withdrawal of the united CSTO peacekeeping contingent will begin',note='future: "In two days" from Tue 11 Jan; inside the quote')
e('161','2022-01-06','arrest',None,['Karim Masimov'],'was detained on Jan. 6')
e('161','2022-01-08','statement',None,[NSC,'Karim Masimov'],'the committee reported on Jan. 8',note='announcement of the arrest')
e('161','2022-01-05','protest','Taldykorgan',[],'which was set on fire on Jan. 5')
e('161','2022-01-11','other',None,[TOK],'announced the creation of a public fund',note='fund "Qazaqstan Halqyna"')
e('161','2022-01-10','talks',None,[TOK,CSTO],'The day before, Tokayev took part in an extraordinary online session',note='"The day before" the 11 Jan session')

# ---------------- 162 translated Telegram channel digest (8 January 2022)
art('162',0,4,6,'Eurasia Monitor','2022-01-08',[],None,
    ['EURASIA MONITOR | Channel watch','8 January 2022','---','Steppe Insider 🔴','Forwarded from Akorda Press','Forwarded from RIA Novosti','👁 48.2K','👁 124K',
     '© 2022 Eurasia Monitor. Translations may be quoted with a link to this page.'],sections=(11,16,22,27,33,38,43,49,54))
q('162','From today I am taking over as Chairman of the Security Council. I intend to act as tough as possible.',TOK,'The Head of State',None,
  note='«guillemets»; label "The Head of State:" with no speech verb (cue null); post forwarded from the Akorda channel')
q('162','The CSTO Collective Security Council has decided to send collective peacekeeping forces to the Republic of Kazakhstan for a limited period of time,',PAS,'Nikol Pashinyan','wrote',
  note='"wrote on Facebook overnight"; post forwarded from RIA Novosti (the agency is not the speaker)')
q('162','Those who do not surrender will be destroyed,',TOK,'the Head of State','said')
q('162','This is a request from an ally and we are fulfilling our obligations',PES,'Peskov','said',note='«guillemets» with an em-dash cue "» — Peskov said"; surname only')
c('162','killed',400,'at least','people killed in Almaty (unverified)',SIN,'at least 400 people have been killed in Almaty alone',note='anonymous channel ("According to our data")')
c('162','aircraft',70,None,'planes that landed Russian paratroopers (unverified)',SIN,'The first 70 planes',note='"our source says"')
c('162','killed',26,None,'"armed criminals" killed',MIA,'the MIA reports 26 "armed criminals" eliminated')
c('162','detained',3811,None,'people detained',MIA,'3,811 detained')
c('162','killed',400,'at least','dead in Almaty (repeated in the editor\'s note as unconfirmed)',SIN,'The figure of "at least 400" dead',note='second occurrence; the editor says it is unconfirmed; the marked "at least 400" is a figure, not a quote')
e('162','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'Tokayev has accepted the resignation of the government',note='post of 05.01 01:12')
e('162','2022-01-05','appointment',None,[TOK],'I am taking over as Chairman of the Security Council',note='inside the quote; post of 05.01 17:46 ("From today")')
e('162','2022-01-05','protest','Almaty',[],'the building is burning',note='post of 05.01 23:58 (Almaty akimat)')
e('162','2022-01-06','other',None,[CSTO,PAS],'has decided to send collective peacekeeping forces',note='decision announced "overnight" before the 06.01 09:20 post (night of 5-6 Jan)')
e('162','2022-01-06','troop_deployment','Almaty',[],'Russian paratroopers have landed at the Almaty airport',note='post of 06.01 19:40')
e('162','2022-01-07','statement',None,[TOK],'in his address to the nation',note='post of 07.01 10:02')
e('162','2022-01-07','statement',None,[PES],'— Peskov said',note='post of 07.01 14:32')
e('162',None,'arrest',None,['Karim Masimov'],'Karim Masimov has been detained',note='rumour in the post of 07.01 22:15; no date of the detention (2022-01-06 in other sources)')

# ---------------- 163 Indian outlet with a PTI story (Jan 7, 2022, a Friday)
art('163',0,4,8,'The Indian Chronicle','2022-01-07',[],'New Delhi',
    ['THE INDIAN CHRONICLE','World','PTI | Updated: Jan 7, 2022, 11:42 IST','PTI KR ZH','ZH',
     '(Only the headline of this report may have been reworked by The Indian Chronicle staff; the rest of the content is auto-generated from a syndicated feed.)'])
q('163','We are closely following the situation in Kazakhstan. Our embassy has issued an advisory and is in regular contact with the Indian community, including students. As of now, we have no reports of any Indian national being harmed,',
  'Arindam Bagchi','Bagchi','said',note='the quote opens its paragraph; the cue follows ("Bagchi said at his weekly media briefing")')
q('163','premature to talk about evacuation','Arindam Bagchi','the spokesperson','said',partial=True,note='"Asked whether ..., the spokesperson said it was "...""')
q('163','We can hear gunfire at night. Our parents are very worried,',None,'she','said',note='anonymous student ("requesting anonymity"); the preceding single-quoted student quote is excluded')
c('163','killed',26,None,'"armed criminals" "liquidated"',MIA,'26 "armed criminals" had been "liquidated"')
c('163','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers killed')
c('163','detained',3000,None,'people detained',MIA,'3,000 people had been detained')
c('163','troops_deployed',100000,'almost','Russian troops near Ukraine',None,'nearly 1,00,000 Russian troops',note='Indian digit grouping "1,00,000" = 100000')
e('163','2022-01-06','statement','New Delhi',['Arindam Bagchi'],'the External Affairs Ministry said on Thursday')
e('163','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'on Wednesday declared a two-week state of emergency')
e('163','2022-01-05','other',None,[TOK,CSTO],'sought help from the Russian-led Collective Security Treaty Organisation',note='request for CSTO help; "on Wednesday" of the same sentence')
e('163','2022-01-02','protest','Kazakhstan',[],'rocked by violent protests since Jan 2')
e('163','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e('163','2022-01-10','talks','Geneva',['Russia','United States'],'hold talks in Geneva on Jan 10',note='future')
e('163',None,'statement','Nur-Sultan',['Indian embassy in Nur-Sultan'],'The Indian embassy in Nur-Sultan said in its advisory',note='advisory; no date given')

# ---------------- 164 UN noon-briefing highlights (Monday, 10 January 2022)
art('164',0,1,11,'United Nations','2022-01-10',[],'UN HEADQUARTERS, NEW YORK',
    ['HIGHLIGHTS OF THE NOON BRIEFING','BY STÉPHANE DUJARRIC, SPOKESMAN FOR SECRETARY-GENERAL ANTÓNIO GUTERRES','UN HEADQUARTERS, NEW YORK','Monday, 10 January 2022',
     'Highlights of the noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.','**','* *** *','For information media. Not an official record.'],
    sections=(9,13,27,33,37,41))
q('164','all measures taken must respect human rights and the rule of law,',GUT,'the Secretary-General','said',partial=True,note='"the Secretary-General said that "...""; Guterres is named only in the capitalised header')
q('164','We want to see full transparency on the number of people killed, injured and detained,',DUJ,'he','said',note='"he" = the Spokesman of the "Asked about ..." sentence before')
q('164','in full respect of international law',DUJ,'He','added',partial=True,note='"He added that the Secretary-General expected any foreign forces to act "..."": the speech verb is the Spokesman\'s; Guterres is an acceptable alternative')
q('164','a reminder of what is possible when the world works together',GUT,'The Secretary-General','said',partial=True,note='COVID-19 topic (off the corpus topic, but a quote)')
c('164','detained',7900,'more than','detainees',"Kazakh authorities",'more than 7,900',note='"the figures announced by the Kazakh authorities", relayed by the Spokesman')
e('164','2022-01-08','talks',None,[GUT,TIL],'The Secretary-General spoke by phone on Saturday',note='"on Saturday" before Mon 10 Jan')
e('164','2022-01-10','talks','Geneva',['Russia','United States'],'took place in Geneva today')
e('164',None,'troop_deployment','Kazakhstan',[CSTO],'before the deployment of Collective Security Treaty Organization troops',note='undated mention')
e('164',None,'talks',None,[],'meetings scheduled for later in the week in Brussels and Vienna',note='future; "later in the week" (12 and 13 Jan)')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Tokaev'],['President','Kazakh President','the head of state','The Head of State'],'Kazakhstan',
    ['he','the Head of State','The Head of State','the President'],['PRESIDENT KASSYM-JOMART TOKAYEV'],note='"Tokaev" in 161; transcript label in 157 (unquoted)'),
 sp(PAS,'person',['Nikol Pashinyan'],["Armenia's prime minister"],'Armenia',note='chair of the CSTO'),
 sp(PES,'person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',note='surname only in 162'),
 sp('Ned Price','person',['Ned Price'],['Spokesman'],'United States',['he'],note='quoted by the host in 157'),
 sp('Saudi Foreign Ministry','organisation',['Saudi Ministry of Foreign Affairs'],[],'Saudi Arabia',['the Kingdom']),
 sp('Nayef Falah Mubarak Al-Hajraf','person',['Nayef Falah Mubarak Al-Hajraf','Al-Hajraf'],['The Secretary-General of the Gulf Cooperation Council','Dr.'],'Kuwait',note='words invented'),
 sp(CAV,'person',['Mevlut Cavusoglu','Cavusoglu'],['Turkish Foreign Minister'],'Turkey',note='written without diacritics; canonical form with diacritics as in devset2/4'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['The Secretary-General of the Organization of Turkic States'],'Kazakhstan',note='words invented'),
 sp('Hugh Williamson','person',['Hugh Williamson'],['Europe and Central Asia director at Human Rights Watch'],'United Kingdom',note='words invented'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States'),
 sp(RYA,'person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp('Amandyk Batalov','person',['Amandyk Batalov'],['Akim of Almaty region'],'Kazakhstan',['he'],note='words invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['External Affairs Ministry spokesperson'],'India',['the spokesperson'],note='words invented'),
 sp(GUT,'person',['ANTÓNIO GUTERRES'],['Secretary-General'],'Portugal',['the Secretary-General','The Secretary-General'],note='named only in the capitalised header of 164 ("ANTÓNIO GUTERRES"); elsewhere "the Secretary-General"'),
 sp(DUJ,'person',['Stéphane Dujarric','Dujarric'],['Spokesman for the Secretary-General'],'France',['the Spokesman','he','He']),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs','MIA'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 157, 158, 159, 161, 162, 163'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,[],[],quoted=False),
 sp(TIL,'person',['Mukhtar Tileuberdi'],['Deputy Prime Minister and Minister of Foreign Affairs','the Foreign Minister of Kazakhstan'],'Kazakhstan',[],[],quoted=False),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['longtime former leader','the first President'],'Kazakhstan',[],[],quoted=False),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['Prime Minister','acting PM'],'Kazakhstan',[],[],quoted=False),
 sp('Askar Mamin','person',['Askar Mamin'],[],'Kazakhstan',[],[],quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Karim Massimov'],['The former head of the committee'],'Kazakhstan',[],[],quoted=False,note='"Massimov" in 161'),
 sp(SIN,'organisation',['Steppe Insider'],[],'Kazakhstan',[],[],quoted=False,note='invented anonymous channel; source of unverified figures in 162 (one file only, listed because it is a claim source)'),
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
