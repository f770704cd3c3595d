#!/usr/bin/env python3
"""Source of the devset13 annotation: the hand-chosen spans, values and dates for 197-204.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset13/annotation_source.py && python3 tests/devset13/verify.py
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
def lno(p,whole_line,n=1):
    """1-based number of the n-th line that equals whole_line exactly."""
    L=T[doc(p)].split('\n'); hits=[i+1 for i,l in enumerate(L) if l==whole_line]
    return hits[n-1]
A,Q,C,E=[],[],[],[]
def art(p,index,headline,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    """headline: exact text (or None); first_line_line: line number of the first body line."""
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    if headline is not None: assert headline in T[f],(f,headline)
    for a in authors: assert a in T[f],(f,a)
    if dateline: assert dateline in T[f],(f,dateline)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=headline,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
CSTO='CSTO'; NSC='Kazakh National Security Committee'; KA='Kazakh authorities'; MOH='Kazakh Ministry of Health'

# ---------------- 197 WhatsApp chat export (05/01-11/01/2022; no title, no publication date)
art('197',0,None,4,None,None,[],None,
    ['[05/01/2022, 09:10] Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.',
     '[05/01/2022, 09:10] Dana K. created group "Samal-2 Neighbours"','[05/01/2022, 09:11] Dana K. added you',
     '[05/01/2022, 09:15] Dana K.: <Media omitted>','[05/01/2022, 09:21] Yerlan (flat 14): This message was deleted',
     '[06/01/2022, 12:15] Madina T.: 🎤 Voice note (0:47)','[10/01/2022, 08:16] Yerlan (flat 14): 🎤 Voice note (1:12)'])
q('197','I call on everyone not to give in to provocations from inside and outside.',TOK,'Tokayev','says',note='forwarded in a chat message ("Tokayev on TV just now says:")')
q('197','Dozens of attackers were liquidated,',MIA,'a ministry spokeswoman','said',note='forwarded Interfax-Kazakhstan text on the continuation line of a multi-line message; the spokeswoman is unnamed, so the ministry is the speaker')
q('197','We are not terrorists, we came out because gas costs 120 tenge now',None,'Protesters at the square','told reporters',note='anonymous group of protesters (like the gold\'s slogan case); curly marks')
q('197','I have given the order to law enforcement and the army to open fire without warning.',TOK,'Tokayev',None,note='"Tokayev: "…"" with a colon and no speech verb, so cue is null')
q('197','The main mission of the CSTO peacekeepers has been successfully completed.',TOK,'Tokayev','told',note='"Tokayev told parliament today:"')
c('197','killed',500,None,'police killed in Almaty (rumour)',None,'500 police killed in Almaty',note='rumour from "someone in my office group", denied in the next message; kept because it is a figure about the unrest. Uncertain')
c('197','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers were killed')
c('197','injured',748,None,'law enforcement officers injured',MIA,'748 injured')
c('197','aircraft',40,'about','Russian planes at Almaty airport (second-hand report)',None,'about 40 planes',note="the writer's brother, via a voice-note summary")
c('197','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits attacked Almaty')
c('197','killed',164,None,'dead in total (later withdrawn)',MOH,'164 dead in total',note='withdrawn as a "technical error" in a later message')
c('197','killed',103,None,'dead in Almaty',MOH,'103 of them in Almaty')
e('197','2022-01-05','protest','Almaty',[],'Heard shooting near the akimat around 3am',note='resolved from the message time stamp (no day word; "around 3am" of the same day)')
e('197','2022-01-05','statement',None,[TOK],'Tokayev on TV just now says',note='"just now" resolved from the message time stamp')
e('197','2022-01-05','protest','Almaty',[],'Akimat is burning this evening',note='"this evening" resolved from the message time stamp')
e('197','2022-01-06','troop_deployment','Kazakhstan',[],'Russian paratroopers landed this morning',note='"this morning" resolved from the message time stamp')
e('197',None,'casualty_report',None,[MIA],'the interior ministry says 18 law enforcement officers',note='forwarded text with no day word; message dated 06/01')
e('197',None,'statement',None,[TOK],'I have given the order to law enforcement',note='no day word; message dated 07/01')
e('197','2022-01-06','arrest',None,['Karim Masimov',NSC],'was detained on Thursday on suspicion of high treason',note='"on Thursday" in a message dated Sat 08/01 -> 6 Jan')
e('197',None,'casualty_report',None,[MOH],'Health ministry now says 164 dead',note='no day word; message dated 09/01')
e('197','2022-01-10','other',None,[],'Today was the day of mourning',note='national day of mourning; "Today" resolved from the message time stamp')
e('197','2022-01-11','statement',None,[TOK],'Tokayev told parliament today',note='"today" resolved from the message time stamp')
e('197','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Withdrawal starts in two days',note='future: "in two days" from 11 Jan')

# ---------------- 198 printer-friendly Reuters page (January 13, 2022, a Thursday; printed 15/01/2022)
FOOT1='https://www.reuters.com/world/asia-pacific/russian-led-troops-start-leaving-kazakhstan-2022-01-13/   Page 1 of 3'
art('198',0,'Russian-led troops start leaving Kazakhstan as Tokayev tightens grip',9,'Reuters','2022-01-13',['Timur Yessenov','Claire Hollis'],'ALMATY',
    ['https://www.reuters.com/world/asia-pacific/russian-led-troops-start-leaving-kazakhstan-2022-01-13/','Printer-friendly version',
     'By Timur Yessenov and Claire Hollis','January 13, 2022 4:47 PM GMT','3 minute read',FOOT1,
     'https://www.reuters.com/world/asia-pacific/russian-led-troops-start-leaving-kazakhstan-2022-01-13/   Page 2 of 3',
     'https://www.reuters.com/world/asia-pacific/russian-led-troops-start-leaving-kazakhstan-2022-01-13/   Page 3 of 3',
     'Printed on 15/01/2022','(Reporting by Timur Yessenov in Almaty and Claire Hollis in Vienna; additional reporting by Reuters bureaus; Editing by Alison Wren)',
     'Our Standards: The Thomson Reuters Trust Principles.','Links:'],le=lno('198','Our Standards: The Thomson Reuters Trust Principles.'))
q('198','The mission has been accomplished, and the contingent will return to its permanent bases in stages,','Andrei Serdyukov','Serdyukov','told')
q('198','successfully completed',TOK,'Tokayev','told',partial=True,note='two-word partial with "told parliament ... that"; the sentence then runs across the page break ("with-" / "drawal")')
q('198','This is not an occupation and never was. Our servicemen did what they were asked to do and are going home,','Dmitry Peskov','Peskov','said',note='em-dash cue: ",” — Peskov said"; the name is given only as "Peskov" before "The Kremlin spokesman" in the next sentence')
q('198','a veto over the sovereign choices of other nations.','Michael Carpenter','U.S. envoy Michael Carpenter','said',partial=True)
q('198','We are facing a crisis in European security,','Michael Carpenter','Carpenter','told')
q('198','The drumbeat of war is loud.','Michael Carpenter','Carpenter','told',note='continuation after the interposed attribution')
q('198','fast and concrete','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
c('198','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',RDM,'numbered 2,030 troops')
c('198','other',250,'about','units of equipment flown in',RDM,'About 250 units of equipment')
c('198','aircraft',16,'at least','Il-76 transport aircraft leaving Almaty on the first day',RDM,'at least 16 Il-76 transport aircraft')
c('198','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('198','killed',17,None,'members of the security forces who died','officials','the number of members of the security forces who died at 17')
c('198','injured',1300,'more than','members of the security forces injured','officials','more than 1,300 had been injured')
c('198','troops_deployed',100000,'about','Russian troops near Ukraine','Western estimates','about 100,000 troops near')
e('198','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out of Kazakhstan on Thursday')
e('198','2022-01-13','other','Almaty',['Andrei Serdyukov',CSTO],'At a ceremony at a military airfield near Almaty',note='farewell ceremony; same day as the withdrawal (no day word of its own)')
e('198','2022-01-11','statement',None,[TOK],'told parliament on Tuesday')
e('198','2022-01-12','arrest',None,[MIA],'The Interior Ministry said on Wednesday',note='announcement of the detention figure')
e('198','2022-01-11','casualty_report',None,[],'A day earlier officials put the number',note='"A day earlier" than Wednesday 12 Jan')
e('198','2022-01-05','protest','Almaty',[],'city hall was set on fire on Jan. 5')
e('198',None,'arrest',None,['Karim Masimov'],'He was detained last week',note='"last week" is not resolved (real date 2022-01-06)')
e('198','2022-01-13','talks','Vienna',['OSCE','Russia','Zbigniew Rau','Michael Carpenter','Alexander Lukashevich'],'told its Permanent Council that the risk of war',note='"this week"; the story is datelined Thursday 13 Jan and the Permanent Council met that day')
e('198','2022-01-10','talks','Geneva',['Russia','United States'],'met in Geneva on Monday')
e('198','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russian envoys in Brussels on Wednesday')

# ---------------- 199 SCMP-style piece (Published: 8:15pm, 7 Jan, 2022, a Friday)
art('199',0,"Xi Jinping praises Kazakh leader's 'decisive' response to unrest, vows to oppose 'colour revolution'",6,'South China Morning Post','2022-01-07',['Karen Tsang'],None,
    ['China / Diplomacy','+ FOLLOW','Karen Tsang in Beijing','Published: 8:15pm, 7 Jan, 2022','Why you can trust SCMP',
     "Karen Tsang joined the Post in 2015 and covers China's diplomacy and defence.",'Related Topics',
     "This article appeared in the South China Morning Post print edition as: Xi backs Tokayev's tough response to riots"])
q('199','decisive and strong measures at critical moments','Xi Jinping','Chinese President Xi Jinping','praised',partial=True,note='cue is the verb "has praised ... for taking"')
q('199','firmly opposes any force that deliberately creates turmoil','Xi Jinping','Xi','said',partial=True)
q('199','As a fraternal neighbour and a permanent comprehensive strategic partner, China is willing to provide necessary support to help Kazakhstan overcome difficulties,','Xi Jinping','Xi','was quoted as saying')
q('199','The situation in Kazakhstan is its internal affair,','Zhao Lijian','Zhao','told')
q('199','We believe the Kazakh authorities can properly resolve the issue.','Zhao Lijian','Zhao','told',note='continuation after the interposed attribution')
q('199','no information to offer','Zhao Lijian','the spokesman','said',partial=True,note='title only ("the spokesman"), the name is in the paragraph before')
q('199','What happens in Kazakhstan affects the security of the whole region, and China will not stand by,','Wang Yi','Wang','said')
q('199','Beijing can live with Russian soldiers in Almaty for a few weeks. What it cannot live with is chaos on its western border,','Zhou Hongwei','Zhou','said')
q('199','Moscow is doing a job that China does not want to do.','Zhou Hongwei','Zhou','said',note='continuation in the same paragraph')
q('199','Russia remains the security provider and China the banker',None,'Another Beijing-based analyst','said',partial=True,note='anonymous analyst ("who asked not to be named"): speaker null, as for unnamed officials in earlier sets')
q('199','Nobody here expected the CSTO to move at all, let alone in 24 hours,','Zhou Hongwei','he','said',note='"he" = Zhou, named at the start of the paragraph ("Zhou added that ...")')
c('199','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'about 2,500 troops')
c('199','killed',26,None,'"armed criminals" killed',KA,'26 "armed criminals" had been killed')
c('199','killed',18,None,'members of the security forces who died',KA,'18 members of the security forces had died')
c('199','detained',3000,'more than','people detained',KA,'more than 3,000 people had been detained')
e('199','2022-01-07','statement',None,['Xi Jinping',TOK],'In a verbal message to Tokayev on Friday',note='verbal message; Friday = publication day')
e('199','2022-01-06','statement','Beijing',['Zhao Lijian'],'told a regular press briefing in Beijing on Thursday',note='also "the day before" Friday')
e('199',None,'statement','Nairobi',['Wang Yi'],'speaking in Nairobi during a tour of Africa',note='no day word')
e('199','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began sending about 2,500 troops to Kazakhstan on Thursday')
e('199','2022-01-07','casualty_report',None,[KA],'Kazakh authorities said on Friday')
e('199','2022-01-02','protest',None,[],'where the protests began on January 2')
e('199','2022-01-05','other',None,[TOK,CSTO],"Tokayev's request on Wednesday night",note='request for CSTO help')

# ---------------- 200 Congressional Record, Senate floor (Wednesday, January 12, 2022)
art('200',0,'RUSSIA, KAZAKHSTAN, AND EUROPEAN SECURITY',9,'Congressional Record','2022-01-12',[],None,
    ['[Congressional Record Volume 168, Number 7 (Wednesday, January 12, 2022)]','[Senate]','[Pages S213-S215]',
     'From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]','[[Page S214]]','[[Page S215]]'])
q('200',"I think one lesson in recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave.",'Antony Blinken','Secretary Blinken','said',malformed=True,
  note="read into the Record in its own indented paragraph, in GPO ``…'' marks (two backticks / two apostrophes), which are not standard quote marks; the cue \"said:\" ends the previous paragraph")
q('200','absolutely mandatory','Sergey Ryabkov','Mr. Ryabkov','told',malformed=True,partial=True,note="GPO ``…'' marks")
q('200','We need ironclad, waterproof, bulletproof, legally binding guarantees. Not assurances, not safeguards--guarantees.','Sergey Ryabkov','He','said',malformed=True,
  note="GPO ``…'' marks; cue \"He said, and I quote,\"; the double hyphen is the Record's em dash")
c('200','troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan',None,'more than 2,000 of them were on their way')
c('200','killed',164,None,'people killed',KA,'164 people were killed')
c('200','killed',16,None,'members of the security forces killed',KA,'16 members of its security forces')
c('200','detained',10000,'almost','people detained',KA,'almost 10,000 people have been detained')
c('200','troops_deployed',100000,'about','Russian troops on the Ukrainian border','US intelligence community','some 100,000 Russian troops',note='"some" read as about')
e('200','2022-01-12','statement','Washington',['James E. Risch'],'I rise today to speak about the events',note='the floor statement itself')
e('200','2022-01-05','protest','Almaty',[],'On January 5 the city hall was set on fire')
e('200','2022-01-05','other',None,[TOK,CSTO],'That night President Tokayev asked the Collective Security Treaty Organization',note='request for CSTO help; "That night" = January 5')
e('200',None,'statement',None,['Antony Blinken'],'Last week, the Secretary of State put it better',note='"Last week" is not resolved (real date 2022-01-07)')
e('200','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'On Monday in Geneva')
e('200','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council is meeting in Brussels')
e('200','2022-01-13','talks','Vienna',['OSCE'],'Tomorrow the OSCE meets in Vienna',note='future')
e('200','2022-01-10','other','Washington',['James E. Risch','Antony Blinken'],'a letter I sent on January 10',note='letter to the Secretary of State')

# ---------------- 201 OSCE Chairmanship address to the Permanent Council (13 January 2022, a Thursday)
art('201',0,'Address by the OSCE Chairman-in-Office, Minister of Foreign Affairs of the Republic of Poland, Zbigniew Rau',
    lno('201','It is an honour to address the Permanent Council for the first time as Chairman-in-Office. I wish I could do so in calmer times. It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years. We have been facing the prospect of a major military escalation in Eastern Europe for several weeks.'),
    'Organization for Security and Co-operation in Europe','2022-01-13',[],'Vienna',
    ['Organization for Security and Co-operation in Europe','Permanent Council','PC.DEL/12/22','13 January 2022','Original: ENGLISH','Chairmanship: Poland',
     '1350th (Special) Plenary Meeting of the Council','Vienna, 13 January 2022','Check against delivery','Mr. Chair,','Secretary General,','Distinguished colleagues,','Thank you, Mr. Chair.'])
q('201','to belong or not to belong to international organizations',None,'the Helsinki Final Act','reminds us',partial=True,note='words of a document (the 1975 Final Act), not of a person; speaker null. Uncertain: could be excluded as a citation')
q('201','temporary and limited in time','Mukhtar Tileuberdi','Foreign Minister Mukhtar Tileuberdi','statement',partial=True,note='"I have taken note of the statement by ... that"')
q('201','a phased withdrawal of the peacekeepers will begin in two days and will take no more than ten days',TOK,'President Tokayev','remark',partial=True,note="\"President Tokayev's remark to the Mazhilis on Tuesday that\"")
q('201','the right to peaceful assembly must be protected even in a state of emergency, and especially then.','Matteo Mecacci','Matteo Mecacci','told',partial=True,note='reported inside the speaker\'s sentence after "told me last week that"')
c('201','killed',16,'at least','members of the law enforcement agencies killed',KA,'at least 16 members of the law enforcement agencies')
e('201','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'Today it is our turn',note='the special Permanent Council meeting itself')
e('201','2022-01-10','talks','Geneva',['United States','Russia'],'On Monday, the United States and the Russian Federation met in Geneva')
e('201','2022-01-11','other',None,['Zbigniew Rau','Helga Maria Schmid'],'The day before yesterday I spoke with Secretary General',note='conversation with the OSCE Secretary General; "the day before yesterday" from 13 Jan')
e('201','2022-01-12','talks','Brussels',['NATO','Russia'],'Yesterday the NATO-Russia Council met in Brussels')
e('201','2022-01-11','statement',None,[TOK],'to the Mazhilis on Tuesday')
e('201',None,'statement',None,['Mukhtar Tileuberdi'],'the statement by Foreign Minister Mukhtar Tileuberdi',note='undated')
e('201',None,'other','Ukraine',['Zbigniew Rau'],'I intend to visit Ukraine in the coming weeks',note='planned visit, not dated')

# ---------------- 202 photo agency caption list (no publication date; captions dated 4-13 Jan 2022)
art('202',0,'Unrest In Kazakhstan',5,'Getty Images',None,[],'ALMATY, KAZAKHSTAN',
    ['Editorial Images › News › Unrest In Kazakhstan','10 images · Sort by: Oldest · Embed · Licence type: Editorial use only',
     'Image ID: 1237004512 · Credit: Arman Dauletov/Steppe Images via Getty Images','Image ID: 1237013377 · Credit: Stringer/Getty Images',
     '© 2022 Getty Images · Editorial use only · Not for commercial use · Model and property releases not available'])
q('202','Shal, ket!',None,'A placard','reads',note='slogan on a placard (speaker null, like the gold\'s sign slogan); the bracketed English gloss ("Old man, go!") is a translation, not a separate quote')
q('202','open fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('202','the economy must get back to work as soon as possible','Alikhan Smailov','Smailov','told',partial=True)
c('202','other',120,'about','vehicles set on fire across Almaty','Almaty city administration','About 120 vehicles were set on fire')
c('202','aircraft',70,'more than','aircraft to transport the CSTO force',RDM,'more than 70 aircraft')
c('202','killed',164,None,'people killed in the unrest (later withdrawn)',MOH,'164 people had been killed')
c('202','troops_deployed',2030,None,'CSTO force withdrawing',RDM,'the 2,030-strong force')
e('202','2022-01-04','protest','Almaty',[],'Demonstrators gather on Republic Square')
e('202','2022-01-05','protest','Almaty',[],'Smoke rises from the city hall building')
e('202','2022-01-05','protest','Zhanaozen',[],'Oil workers and residents hold a sit-in')
e('202','2022-01-02','protest','Zhanaozen',[],'protests that began on January 2, 2022')
e('202','2022-01-06','troop_deployment','Ivanovo',[RDM,CSTO],'Russian paratroopers board an Il-76')
e('202','2022-01-07','other','Almaty',[],'Kazakh servicemen guard a checkpoint',note='curfew checkpoint')
e('202','2022-01-10','other','Almaty',[],'People lay flowers outside the city hall on a national day of mourning')
e('202','2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'after his confirmation on January 11, 2022')
e('202','2022-01-13','withdrawal','Almaty',[CSTO],'stand in formation before departing Kazakhstan')
e('202','2022-01-19','withdrawal','Kazakhstan',[RDM,CSTO],'would be completed by January 19',note='future')

# ---------------- 203 Sputnik-style interview (11.01.2022, a Tuesday)
art('203',0,"CSTO Mission in Kazakhstan Showed Alliance 'Is Not a Paper Tiger', Expert Says",9,'Sputnik International','2022-01-11',[],None,
    ['SPUTNIK INTERNATIONAL','Analysis','14:26 GMT 11.01.2022 (updated 15:02 GMT 11.01.2022)','Get short URL','Subscribe',
     'The views and opinions expressed in the article do not necessarily reflect those of Sputnik.','Follow Sputnik on Telegram'])
q('203',"Kazakhstan was attacked by armed militants, both local and foreign, and the aim was a coup d'état.",TOK,'President Tokayev','said',note="inside the expert's unquoted answer; attributed to Tokayev by the text")
q('203','We will not allow the situation at home to be rocked, and we will not allow the so-called colour revolution scenarios to be implemented.','Vladimir Putin','He','said',note='« » guillemets; "He said:" after "President Putin was very clear"')
q('203','The American side treated our proposals seriously, but we have not seen any readiness to meet us on the key issues.','Sergey Ryabkov','Ryabkov','told')
q('203','difficult but professional','Sergey Ryabkov','he','as he put it',partial=True,note='"as he put it" after the partial; "he" = Ryabkov ("The Russian deputy foreign minister" in the previous sentence)')
c('203','troops_deployed',2030,'about','CSTO personnel',RDM,'about 2,030 personnel')
c('203','other',250,None,'pieces of hardware',RDM,'250 pieces of hardware')
c('203','aircraft',70,'more than','Il-76 aircraft',None,'More than 70 Il-76 aircraft',note='in the expert\'s answer after the ministry attribution; the sentence has no source of its own')
e('203','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'held an extraordinary online summit on Monday')
e('203','2022-01-10','statement',None,[TOK],'said at the summit yesterday')
e('203',None,'statement',None,['Antony Blinken'],'Secretary Blinken said last week',note='"last week" not resolved (real date 2022-01-07)')
e('203','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the Russians will leave on Thursday',note='future: Thursday after Tuesday 11 Jan')
e('203','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'met Wendy Sherman on Monday')
e('203','2022-01-13','talks','Vienna',['OSCE'],'The OSCE meets in Vienna on Thursday',note='future')
e('203','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO on Wednesday in Brussels',note='future')

# ---------------- 204 news aggregator "Full coverage" page: each headline + snippet is one article (no dates: "3 hours ago")
AGG=['Google News','Home › Full coverage','Kazakhstan unrest','Sign in','Top coverage','View all','Russia-West security talks','Full coverage','More about Kazakhstan','Perspectives',
     'Send feedback · Help · Privacy · Terms · About Google']
items=[('Russian-led troops begin withdrawal from Kazakhstan','Reuters'),('Kazakhstan says nearly 10,000 detained after unrest','Al Jazeera English'),
       ("'Old man' Nazarbayev breaks silence, says he is a pensioner in Nur-Sultan",'Eurasianet'),('NATO, Russia fail to bridge differences in Brussels talks','Associated Press'),
       ("Russia says talks with U.S. at 'dead end', urges swift answer",'The Moscow Times'),('OSCE chief warns risk of war in Europe greatest in 30 years','Deutsche Welle')]
for i,(h,o) in enumerate(items):
    hl=lno('204',h)
    art('204',i,h,hl+2,o,None,[],None,(AGG if i==0 else [])+[T[doc('204')].split('\n')[hl]],ls=hl,le=hl+2)
q('204','fully accomplished its mission','Andrei Serdyukov','Colonel-General Andrei Serdyukov','said',art=0,partial=True)
q('204','the main mission of the CSTO …',TOK,'President Tokayev','told',art=1,partial=True,malformed=True,note='snippet cut with "…": no closing mark; the quote text runs to the end of the snippet line')
q('204','He is on a well-deserved rest, …',None,"The former president's spokesman",'said',art=2,malformed=True,note='snippet cut with "…": no closing mark; the spokesman is not named in the text, so speaker null (world knowledge would give Aidos Ukibay, the devset3 canonical). Uncertain')
q('204','significant differences','Jens Stoltenberg','NATO Secretary-General Jens Stoltenberg','said',art=3,partial=True)
q('204','We see no reason to …','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','told',art=4,malformed=True,note='snippet cut with "…": no closing mark; a separate sentence after the "told" sentence')
c('204','troops_deployed',2030,None,'CSTO force',None,'the 2,030-strong force had',art=0)
c('204','detained',10000,'almost','people detained',KA,'Kazakhstan says nearly 10,000 detained',art=1,zone='headline')
c('204','detained',9900,None,'people detained over the violence',KA,'9,900 people had been detained',art=1)
e('204',None,'withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday',art=0,note='relative day with no publication date ("3 hours ago"): null; likely 2022-01-13')
e('204',None,'statement',None,[TOK],'told parliament that',art=1,note='likely 2022-01-11')
e('204',None,'statement',None,['Nursultan Nazarbayev'],"spokesman said on Tuesday",art=2,note='"on Tuesday" unresolved (no publication date)')
e('204',None,'talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'after talks that lasted about four hours',art=3,note='likely 2022-01-12')
e('204',None,'statement',None,['Sergey Ryabkov'],'told Russian news agencies the talks',art=4)
e('204',None,'statement',None,['Zbigniew Rau'],'said on Thursday the risk of war',art=5,note='"on Thursday" unresolved (no publication date); likely 2022-01-13')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['President Tokayev','He'],["Tokayev's"]),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',['a ministry spokeswoman']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','commander of the Collective Security Treaty Organization (CSTO) force'],'Russia'),
 sp('Dmitry Peskov','person',['Peskov'],['Kremlin spokesman'],'Russia',['The Kremlin spokesman'],note='written only as "Peskov" (name) and "The Kremlin spokesman" (title)'),
 sp('Michael Carpenter','person',['Michael Carpenter','Carpenter'],['U.S. envoy'],'United States'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China'),
 sp('Zhao Lijian','person',['Zhao Lijian','Zhao'],['Foreign ministry spokesman'],'China',['the spokesman']),
 sp('Wang Yi','person',['Wang Yi','Wang'],['Foreign Minister'],'China'),
 sp('Zhou Hongwei','person',['Zhou Hongwei','Zhou'],['a Beijing-based analyst of Central Asian affairs'],'China',['he'],note='invented'),
 sp('Antony Blinken','person',['Blinken','Antony J. Blinken'],['Secretary of State'],'United States',['the Secretary of State']),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',['The Russian deputy minister','The Russian deputy foreign minister','He','he']),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['Foreign Minister'],'Kazakhstan'),
 sp('Matteo Mecacci','person',['Matteo Mecacci'],['The Director of ODIHR'],'Italy'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['Prime Minister'],'Kazakhstan'),
 sp('Vladimir Putin','person',['Putin'],['President'],'Russia',['He'],note='written only as "President Putin"'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary-General'],'Norway'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',quoted=False,note='claim source in 198, 202 and 203; not quoted'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister',"Poland's foreign minister",'OSCE Chairman-in-Office'],'Poland',quoted=False,note='the speaker of 201 (his own unmarked speech is not quoted)'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former security chief'],'Kazakhstan',quoted=False),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former president'],'Kazakhstan',quoted=False),
 sp(MOH,'organisation',['Health ministry',"health ministry"],[],'Kazakhstan',quoted=False,note='claim source in 197 and 202'),
]

OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE and '\n' not in x['quote'],(x['doc'],x['quote'][:30],t[o-1],t[k])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
