#!/usr/bin/env python3
"""Source of the devset5 annotation: the hand-chosen spans, values and dates for 133-140.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset5/annotation_source.py && python3 tests/devset5/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),hl=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    for a in authors: assert a in T[f],(f,a)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    if hl is not None: assert T[f].count(hl)==1 and T[f].index(hl)==len('\n'.join(L[:headline_line-1]))+(1 if headline_line>1 else 0),(f,hl)
    A.append(dict(doc=f,index=index,headline=hl if hl is not None else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    if zone=='related': art=None
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
CSTO='CSTO'; NSC='Kazakh National Security Committee'; MOH='Kazakh Ministry of Health'; RMFA='Russian Foreign Ministry'
UDM='Ukrainian Defence Ministry'

# ---------------- 133 CNN-style TV transcript (aired January 7, 2022, a Friday)
art('133',0,3,11,'CNN','2022-01-07',[],None,
    ['CNN NEWSROOM','Aired January 7, 2022 - 14:00   ET','THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
     '[14:00:11]','[14:01:03]','[14:03:27]','[14:05:12]','(BEGIN VIDEO CLIP)','(END VIDEO CLIP)','(COMMERCIAL BREAK)'])
LBL='speech after the capitalised speaker labels ("BLINKEN", "TOKAYEV (through translator)", "CASTELLANO") has no marks and is not a quote'
q('133','fire to kill without warning.',TOK,'He','said',partial=True,note='spoken marker "quote," before the mark; the full stop is inside the marks; '+LBL)
q('133','any concessions under pressure.','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='"told reporters today that Moscow would not make, quote, "..."')
c('133','aircraft',70,'more than','aircraft flying paratroopers and equipment into Kazakhstan',RDM,'more than 70 aircraft')
c('133','troops_deployed',2500,'about','expected size of the CSTO force',RDM,'expected to number about 2,500 troops',note='expected, not yet reached; same sentence as the Defense Ministry figure')
c('133','other',20000,'about','"bandits" who attacked Almaty (Tokayev\'s figure)',TOK,'some 20,000 bandits')
c('133','killed',26,None,'"armed criminals" killed',MIA,'26 what it calls armed criminals have been killed')
c('133','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died')
c('133','detained',3811,None,'people detained',MIA,'3,811 people have been detained')
e('133','2022-01-07','statement','Washington',['Antony Blinken'],'weighed in on all of this just a short time ago at the State Department',note='"just a short time ago" on the air date; clip of Blinken\'s State Department remarks')
e('133','2022-01-07','statement',None,[TOK],'President Kassym-Jomart Tokayev went on national television',note='"earlier today" = air date')
e('133','2022-01-06','troop_deployment','Kazakhstan',[RDM,CSTO],'flying paratroopers and equipment into Kazakhstan since yesterday',note='"since yesterday" from Fri 7 Jan')
e('133','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry says 26',note='present tense in a live report; dated on the air date')
e('133','2022-01-07','statement',None,['Sergey Ryabkov'],'told reporters today')
e('133','2022-01-10','talks','Geneva',['Russia','United States'],'sit down in Geneva on Monday',note='future')
e('133','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday',note='future')
e('133','2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on Thursday',note='future')

# ---------------- 134 Russian MFA comment (8 January 2022, a Saturday)
art('134',0,3,8,'The Ministry of Foreign Affairs of the Russian Federation','2022-01-08',[],None,
    ['The Ministry of Foreign Affairs of the Russian Federation','8 January 2022 - 14:37','38-08-01-2022','Print version','Telegram | VK | Twitter'])
q('134','once Russians are in your house, it is sometimes very difficult to get them to leave','Antony Blinken','Mr Blinken','claimed',partial=True,
  note='the only quoted phrase of the statement; closing mark before the full stop; the numbered paragraphs are the ministry\'s own text, not quotes')
c('134','aircraft',70,'more than','Il-76 aircraft that delivered the Russian contingent',RMFA,'more than 70 Il-76 aircraft',note='figure given by the issuing ministry itself')
c('134','aircraft',2,None,'An-124 aircraft that delivered the Russian contingent',RMFA,'two An-124 aircraft',note='written-out number')
e('134','2022-01-08','statement',None,[RMFA],'Comment by the Information and Press Department of the Russian MFA',note='the comment itself; date from the page')
e('134','2022-01-07','statement','Washington',['Antony Blinken'],'at a press conference in Washington on 7 January')
e('134','2022-01-05','other',None,[TOK,CSTO],'Kassym-Jomart Tokayev made on 5 January',note='request for CSTO help')
e('134',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'have delivered the personnel and equipment to Kazakhstan',note='"Over the past 48 hours" - a duration, not a date (about 6-8 Jan)')
e('134','2022-01-10','talks','Geneva',['Russia','United States'],'which will take place in Geneva on 10 January',note='future')
e('134',None,'withdrawal','Kazakhstan',[CSTO],'will leave the territory of Kazakhstan as soon as their mission has been accomplished',note='future, undated')

# ---------------- 135 text extracted from a PDF briefing paper (14 January 2022)
art('135',0,3,12,'Central Asia Security Monitor','2022-01-14',['Madina Seitkali','Piotr Zalewski'],None,
    ['CENTRAL ASIA SECURITY MONITOR','Briefing Paper No. 1/2022','Page 1 of 4','Central Asia Security Monitor | Briefing Paper 1/2022',
     'Page 2 of 4','Page 3 of 4','Page 4 of 4','© 2022 Central Asia Security Monitor. All rights reserved.'],
    sections=(11,25,54,69),hl="Kazakhstan's January Crisis: Casualties, Detentions and the\nCSTO Deployment")
WRAP='the marks match, but the span crosses a hard line wrap of the PDF text (gold: a span across a line break is malformed)'
q('135','the main mission of the CSTO peacekeeping\nforces has been successfully completed',TOK,'Tokayev','said',partial=True,malformed=True,note=WRAP)
q('135','a loan\nthat will have to be repaid',None,'one opposition blogger','in the words of',partial=True,malformed=True,
  note=WRAP+'; anonymous blogger; footnote number 6 glued after the closing mark and full stop')
c('135','killed',164,None,'deaths reported by a government channel (later withdrawn)',None,'164 deaths',note='withdrawn the next day as a "technical error" (scare/label quote, excluded)')
c('135','killed',103,None,'deaths in Almaty (later withdrawn)',None,'103 in Almaty')
c('135','killed',16,None,'police officers and servicemen killed',MIA,'said that 16 police')
c('135','injured',1300,'more than','police officers and servicemen injured',MIA,'more than 1,300 injured')
c('135','detained',9900,None,'detainees by 11 January',MIA,'9,900.3',note='footnote marker 3 glued to the figure: the value is 9,900, not 9,900.3')
c('135','killed',164,None,'deaths reported, later withdrawn (Table 1)',None,'Deaths reported (later withdrawn)\n164',note='table row flattened into one cell per line; source column "Government information channel"')
c('135','killed',16,None,'security personnel killed (Table 1)',MIA,'Security personnel killed\n16',note='table row, one cell per line')
c('135','detained',9900,None,'persons detained (Table 1)',MIA,'Persons detained\n9,900',note='table row, one cell per line')
c('135','other',300,'about','criminal cases opened (Table 1)',"Kazakh Prosecutor General's Office",'Criminal cases opened\nabout 300',note='table row, one cell per line')
c('135','troops_deployed',2030,None,'servicemen in the CSTO collective force',RDM,'2,030 servicemen')
c('135','other',250,None,'units of CSTO equipment',RDM,'250 units of equipment')
e('135','2022-01-02','protest','Zhanaozen',[],'began in Zhanaozen on 2 January')
e('135','2022-01-05','protest','Almaty',[],'turned violent in Almaty on 5 January')
e('135','2022-01-05','other',None,[TOK,CSTO],'On the night of 5 January President Kassym-Jomart Tokayev asked',note='request for CSTO help ("Col-\\nlective" hyphenated across the wrap)')
e('135','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'airborne units landed the next day',note='"the next day" after the night of 5 January')
e('135','2022-01-09','casualty_report',None,[],'a government information channel reported 164 deaths',note='"On 9\\nJanuary" split by the wrap')
e('135','2022-01-11','statement','Nur-Sultan',[TOK],'Speaking to the Mazhilis on 11')
e('135','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The first units left on 13 Janu-',note='date hyphenated across the wrap ("Janu-\\nary")')
e('135','2022-01-06','arrest',None,['Karim Masimov'],'Karim Masimov, detained on')

# ---------------- 136 AFP wire (January 8, 2022, a Saturday)
art('136',0,1,6,'AFP','2022-01-08',['Anuar ISKAKOV'],'Almaty',
    ['By Anuar ISKAKOV','Published January 8, 2022, 3:51 PM','AFP / Abduaziz MADYAROV',
     "A man walks past a burnt car near the mayor's office in Almaty on January 8, 2022. At least 26 people have been killed in the unrest.",'bur-ai/jbr','- AFP'],sections=(14,))
q('136','We did not sleep for three nights. My children were lying on the floor because of the shooting,','Aigerim','Aigerim','said',note='inverted cue ", said Aigerim, 34, a nurse"; first name only; the age is not a claim')
q('136','Twelve years of work, gone in one night,','Bakhyt','Bakhyt','said',note='"Twelve years" is a duration, not a claim')
q('136','The mission is temporary and it has a clear mandate from the Kazakh leadership. Nobody should have any doubts about that','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',
  note='em-dash cue: closing mark, then " — Kremlin spokesman Dmitry Peskov said"; no comma inside the marks')
q('136','in the coming days','Dmitry Peskov','Peskov','said',partial=True)
q('136','Nobody explained anything to us. The police disappeared, then soldiers came,','Yerlan','Yerlan','said',note='first name only; not Yerlan Zhakenov (devset4)')
c('136','killed',26,'at least','people killed',MOH,'at least 26 people had been killed',note='the caption repeats the figure ("At least 26 people have been killed"); caption figures are excluded')
c('136','killed',18,None,'members of the security forces killed',MIA,'put the death toll among the security forces at 18')
c('136','detained',4400,'about','people detained across the country',MIA,'Some 4,400 people have been detained')
c('136','detained',3811,None,'people detained by Friday',MIA,'up from 3,811 on Friday')
c('136','troops_deployed',2500,'almost','CSTO troops deployed to Kazakhstan',None,'Nearly 2,500 troops')
e('136','2022-01-08','casualty_report',None,[MOH],'The health ministry said on Saturday')
e('136',None,'arrest','Kazakhstan',[MIA],'the interior ministry said in a statement',note='no day given for the statement (publication day 8 Jan likely)')
e('136','2022-01-06','arrest',None,['Karim Masimov',NSC],'had been detained on Thursday on suspicion of high treason',note='Thursday before Sat 8 Jan')
e('136','2022-01-07','statement',None,[TOK],'said on Friday that he had ordered his forces')
e('136',None,'troop_deployment','Kazakhstan',[CSTO],"have been deployed to Kazakhstan at Tokayev's request")
e('136',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said')
e('136',None,'talks',None,['Vladimir Putin',TOK],'had spoken by phone with Tokayev several times',note='phone calls "in the past few days"; undated')
e('136','2022-01-05','protest','Almaty',[],'a police station was torched on Wednesday night')
e('136','2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2')

# ---------------- 137 Vlast.kz-style piece in translation (12.01.2022, a Wednesday)
art('137',0,3,8,'Vlast.kz','2022-01-12',['Zhanna Omarova'],None,
    ['VLAST.KZ · Society · 12.01.2022, 18:20','Author: Zhanna Omarova','Translated from Russian by the editorial team',
     "Correction (13.01.2022, 10:05): An earlier version of this article said that 3 police officers had been suspended. According to the Almaty prosecutor's office, two officers were suspended. We apologise for the error."])
q('137','We were told to lie face down','Gulzhan','detainees',None,zone='headline',note='headline quote repeating the start of the l.12 quote; no speech verb')
q('137','We were told to lie face down, and then they took everyone who was on the street,','Gulzhan','she','says',
  note='"she says, quoting a neighbour": the reciter is the speaker (gold 002 l.215 convention); present-tense cue')
q('137','In many cases families learn about an arrest only from lawyers, and lawyers are not allowed in. This is a violation of the law, whatever the circumstances,','Yevgeniy Zhovtis','Zhovtis','said',
  note='«guillemets»; words invented')
q('137','no one will escape punishment',TOK,'President Qasym-Jomart Toqaev','said',partial=True,note='Kazakh transliteration Qasym-Jomart Toqaev')
q('137','a layer of people who are rich even by international standards',TOK,'Toqaev','said',partial=True,note='"Toqaev also said that ... had created "..."", followed by an en-dash clause')
c('137','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
c('137','detained',1678,None,'detainees in Almaty','Almaty police department','the city police department reports 1,678 detainees')
c('137','detained',2,None,"Massimov's deputies detained",'Telegram channel Ne Kurilka','two of his deputies were detained',note='written-out number; unconfirmed Telegram report')
c('137','troops_deployed',2030,None,'CSTO contingent',TOK,'the contingent numbers 2,030 servicemen')
e('137','2022-01-10','other','Almaty',['Orda.kz'],'published on Monday a video',note='video of detainees published by a Telegram channel; the channel names "Orda.kz" / "Ne Kurilka" in marks are names, not quotes')
e('137','2022-01-11','other','Almaty',["Almaty prosecutor's office"],"The Almaty prosecutor's office said on Tuesday",note='torture investigation opened')
e('137','2022-01-11','statement','Nur-Sultan',[TOK],'At the extended session of the Mazhilis on Tuesday')
e('137','2022-01-06','arrest',None,['Karim Masimov'],'On 6 January the former chairman')
e('137','2022-01-05','arrest','Nur-Sultan',[],'were detained the day before in Nur-Sultan',note='"the day before" 6 January; unconfirmed')
e('137','2022-01-13','withdrawal','Kazakhstan',[CSTO],'is due to begin on Thursday',note='future; Thursday after Wed 12 Jan')
e('137',None,'other',None,[],'intend to file a collective complaint',note='"next week": no specific day')

# ---------------- 138 Guardian-style live blog, one day (Tue 11 Jan 2022), entries newest first
art('138',0,1,3,None,'2022-01-11',['Rory Callan','Sophie Marr'],None,
    ['Rory Callan (now) and Sophie Marr (earlier)','Tue 11 Jan 2022 18.02 GMT','First published on Tue 11 Jan 2022 07.15 GMT','Updated at 17.05 GMT'],
    sections=(9,15,18,23,27,30,34,39))
q('138','not a failure, but not a success either','Dmitry Peskov','Kremlin',None,partial=True,zone='headline',
  note='"Key events" summary item repeating the 16.40 entry heading; no speech verb; "Kremlin" is an acceptable speaker')
q('138','not a failure, but not a success either','Dmitry Peskov','Kremlin',None,n=2,partial=True,zone='headline',note='16.40 entry heading')
q('138','not a failure, but not a success either,','Dmitry Peskov','he','told',partial=True)
q('138','The talks were open, substantive and direct, but we have not heard what we wanted to hear on the main issue,','Dmitry Peskov','Peskov','said')
q('138','firmly pushed back','Wendy Sherman','Wendy Sherman','told',partial=True)
q('138','simply non-starters','Wendy Sherman','Wendy Sherman','told',partial=True,note='two-word partial, as devset2 113')
q('138','successfully accomplished',TOK,'Tokayev','told',partial=True,note='two-word partial with a speech verb (borderline)')
q('138','In two days, a phased withdrawal of the united CSTO peacekeeping contingent will begin. The withdrawal will take no more than 10 days,',TOK,'he','said',note='"10 days" is a duration')
c('138','detained',9900,None,'people detained (Key events item)',MIA,'Interior ministry says 9,900 people detained',zone='headline',note='"Key events" summary list')
c('138','detained',9900,None,'people detained (entry heading)',MIA,'Interior ministry: 9,900 detained',zone='headline')
c('138','detained',9900,None,'people detained in connection with the unrest',MIA,'9,900 people have now been detained')
c('138','detained',7939,None,'people held (earlier figure)','officials','7,939 had been held')
c('138','troops_deployed',100000,'about','Russian troops near Ukraine','Wendy Sherman','the roughly 100,000 Russian troops',note='"roughly" read as about; "she added"')
c('138','troops_deployed',2030,None,'troops deployed under the CSTO mission',TOK,'2,030 troops')
c('138','other',250,None,'pieces of CSTO military hardware',TOK,'250 pieces of military hardware')
e('138','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev told MPs in a speech broadcast live',note='all entries dated from the page date (one day)')
e('138','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin on Thursday',note='future')
e('138','2022-01-11','appointment',None,['Alikhan Smailov'],'has approved Alikhan Smailov, 49, as prime minister')
e('138','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'when Tokayev dismissed the government of Askar Mamin',note='"since last Wednesday" from Tue 11 Jan')
e('138','2022-01-10','talks','Geneva',['Russia','United States'],"Monday's talks in Geneva")
e('138','2022-01-11','statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov has given his verdict')
e('138','2022-01-11','statement',None,['Wendy Sherman'],'told a briefing call')
e('138','2022-01-11','arrest','Kazakhstan',[MIA],"Kazakhstan's interior ministry says 9,900 people",note='announcement of the detention figure')

# ---------------- 139 Xinhua-style piece (Jan. 10, 2022, a Monday)
art('139',0,1,5,'Xinhua','2022-01-10',[],'BEIJING',['Source: Xinhua | 2022-01-10 19:48:06 | Editor: huaxia','Enditem'])
q('139','As a friendly neighbor and permanent comprehensive strategic partner, China is glad to see that the situation in Kazakhstan has been basically stabilized,','Wang Wenbin','Wang','said',
  note='"Wang" = spokesperson Wang Wenbin; State Councilor Wang Yi appears later with the same surname')
q('139','resolute and effective measures at a critical moment','Xi Jinping','Xi','said',partial=True,note='Xi\'s message relayed by Wang ("Wang recalled that ..."); the named speaker with the speech verb is Xi')
q('139','China will always be a trustworthy friend and reliable partner of Kazakhstan,','Xi Jinping','Xi','said')
c('139','detained',7939,None,'people detained as of Monday',MIA,'7,939 people had been detained')
c('139','detained',4404,None,'people detained by 8 January',MIA,'4,404 on 8th January')
c('139','killed',164,None,'people killed (later called a technical error)',MOH,'Health Ministry earlier said that 164 people')
c('139','killed',103,None,'people killed in Almaty (later called a technical error)',MOH,'103 in Almaty')
c('139','troops_deployed',2030,'about','CSTO contingent',TOK,'about 2,030 strong')
e('139','2022-01-10','statement','Beijing',['Wang Wenbin'],'said at a regular press briefing on Monday')
e('139','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to Kazakh President',note='verbal message; "Friday (Jan 7)"')
e('139','2022-01-10','talks',None,['Wang Yi','Mukhtar Tileuberdi'],'held a phone conversation with Kazakh Deputy Prime Minister',note='phone call; "Also on Monday"')
e('139','2022-01-10','talks',None,[TOK,CSTO],'extraordinary online session of the CSTO Collective Security Council on Monday')
e('139',None,'casualty_report',None,[MOH],"Kazakhstan's Health Ministry earlier said",note='"earlier", no date')

# ---------------- 140 compilation of social-media posts (13 January 2022)
art('140',0,1,5,None,'2022-01-13',['Leila Haddad'],None,
    ['Compiled by Leila Haddad | 13 January 2022','7:42 PM · Jan 6, 2022','2,418 Retweets 9,133 Likes',
     'Compiled from public posts. Embedded posts may be deleted or edited by their authors after publication.'],sections=(7,29))
TW='post text in marks after the label "Name (@handle):"; no speech verb, so cue null. Posts without marks are not quotes'
q('140',"Spoke with Kazakh Foreign Minister Tileuberdi. The United States fully supports Kazakhstan's constitutional institutions and calls for a peaceful resolution that respects the rights of protesters.",
  'Antony Blinken','Antony Blinken',None,note=TW+'; straight marks')
q('140','Those who now lecture Kazakhstan about the rights of protesters should remember how they themselves dealt with the storming of the Capitol a year ago.',
  'Maria Zakharova','Maria Zakharova',None,note='posted by the @mfa_russia account; the quoted speaker is Zakharova ("Maria Zakharova: "...""); '+TW)
q('140',"We were firm in pushing back on security proposals that are simply non-starters for the United States. We will not allow anyone to slam closed NATO's open door policy.",
  'Wendy Sherman','Wendy Sherman',None,note=TW+'; curly marks')
q('140','If NATO moves to a policy of containment, there will be counter-containment from our side. If there is deterrence, there will be counter-deterrence…',
  'Alexander Grushko','Alexander Grushko',None,malformed=True,note='post truncated ("… Show more"): opening curly mark, no closing mark; posted by @mfa_russia')
q('140','About 100,000 Russian troops remain near our borders. Kazakhstan showed how fast they can be moved.',UDM,'the Ukrainian defence ministry',None,
  note='nearest-name trap: Danilov only retweets; the quoted post is the ministry\'s; "RT if you agree." is outside the marks')
c('140','killed',3,'at least','bodies seen on Abay avenue (unverified)','Aliya Dzhaksybekova','at least 3 bodies on Abay avenue',note='unquoted post; "Can\'t verify."')
c('140','detained',7939,None,'people detained',MIA,'7,939 people detained')
c('140','troops_deployed',100000,'about','Russian troops near Ukraine',UDM,'About 100,000 Russian troops remain near our borders')
e('140','2022-01-06','talks',None,['Antony Blinken','Mukhtar Tileuberdi'],'Spoke with Kazakh Foreign Minister Tileuberdi',note='phone call; each post is dated from the timestamp line under it')
e('140','2022-01-06','statement',None,['Josep Borrell'],'Deeply concerned about the events in Kazakhstan')
e('140','2022-01-07','statement',None,['Maria Zakharova'],'(@mfa_russia): Maria Zakharova')
e('140','2022-01-10','arrest','Kazakhstan',[MIA],'Kazakh Interior Ministry says 7,939 people detained',note='detention figure; date of the post')
e('140','2022-01-10','statement',None,['Wendy Sherman'],'We were firm in pushing back on security proposals',note='post after the Geneva talks')
e('140','2022-01-11','statement',None,['Dmytro Kuleba'],'Today Kazakhstan, tomorrow?')
e('140','2022-01-12','talks',None,['NATO','Russia','Jens Stoltenberg'],'Just finished the #NATORussiaCouncil',note='no place named in the post')
e('140','2022-01-12','statement',None,['Alexander Grushko'],'Deputy Foreign Minister Alexander Grushko after the #NATORussiaCouncil')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Qasym-Jomart Toqaev','Toqaev'],['President','Kazakh President','President of the Republic of Kazakhstan'],'Kazakhstan',
    ['He','he','the Kazakh leader','The Kazakh leader',"Kazakhstan's president"],['PRES. KASSYM-JOMART TOKAYEV',"Tokayev's"],
    note='transcript label in capitals in 133; Kazakh transliteration in 137'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State','US Secretary of State'],'United States',[],['ANTONY BLINKEN','Mr Blinken','@SecBlinken'],
    note='his clip in 133 is unquoted transcript speech'),
 sp('Aigerim','person',['Aigerim'],['a nurse'],'Kazakhstan',note='invented; first name only'),
 sp('Bakhyt','person',['Bakhyt'],[],'Kazakhstan',note='invented; first name only'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',['he']),
 sp('Yerlan','person',['Yerlan'],['a taxi driver'],'Kazakhstan',note='invented; first name only; a different person from devset4 Yerlan Zhakenov'),
 sp('Gulzhan','person',['Gulzhan'],[],'Kazakhstan',['she','detainees'],note='invented; first name only'),
 sp('Yevgeniy Zhovtis','person',['Yevgeniy Zhovtis','Zhovtis'],['Human rights defender'],'Kazakhstan',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US deputy secretary of state','Deputy Secretary'],'United States',[],['@DeputySecState']),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Chinese Foreign Ministry spokesperson'],'China',note='"Wang" alone is ambiguous with Wang Yi'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China'),
 sp('Maria Zakharova','person',['Maria Zakharova'],[],'Russia'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp(UDM,'organisation',['Ukrainian defence ministry'],[],'Ukraine',['the Ukrainian defence ministry']),
 sp('Karim Masimov','person',['Karim Masimov','Karim Massimov'],['former chairman','former National Security Committee chairman'],'Kazakhstan',quoted=False),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nursultan Nazarbaev'],['ex-president','the first president','Elbasy'],'Kazakhstan',quoted=False),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi','Tileuberdi'],['Kazakh Deputy Prime Minister and Foreign Minister','Kazakh Foreign Minister'],'Kazakhstan',quoted=False),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False),
 sp(MOH,'organisation',['health ministry','Health Ministry','Ministry of Health'],[],'Kazakhstan',quoted=False),
 sp(NSC,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',quoted=False),
 sp(RDM,'organisation',['Defense Ministry','Russian Ministry of Defence'],[],'Russia',quoted=False,note='"The Defense Ministry here" (133, Moscow)'),
 sp(RMFA,'organisation',['Russian MFA'],[],'Russia',quoted=False,note='issuer of 134; the @mfa_russia account in 140'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,quoted=False),
]

OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
    else:
        assert '\n' in x['quote'] or not (t[o-1] in OPEN and t[k] in CLOSE),(x['doc'],x['quote'][:30])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
