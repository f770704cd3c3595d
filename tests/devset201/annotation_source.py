#!/usr/bin/env python3
"""Source of the devset201 annotation: the hand-chosen spans, values and dates for 1701-1708.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset201/annotation_source.py && python3 tests/devset201/verify.py
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
RDM='Russian Defence Ministry'

# ---------------- 1701 RSP Radio Sarajevo Plus, English service (07.01.2022. = Friday 7 January 2022)
P='1701'
art(P,0,ln(P,'Bosnian students in Almaty: "We hear'),ln(P,'Seven citizens of Bosnia'),'RSP Radio Sarajevo Plus','2022-01-07',['Selma Karić'],None,
    ['RSP  Radio Sarajevo Plus','English Service','Home | BiH | Region | World | Culture | Sport | Listen live','World','07.01.2022. | 14:32','▶ Listen to the report (2:14)','Author: Selma Karić','Tags: Kazakhstan, Almaty, BiH citizens, CSTO','Related news','Turkish Airlines suspends flights to Almaty','© 2022 RSP Radio Sarajevo Plus. All rights reserved. | Impressum | Contact | Frequencies'])
q(P,'We hear shots every night','Amra Hodžić','Bosnian students in Almaty',None,partial=True,zone='headline',note='headline "Group: \\"…\\"" form; the words are the first sentence of Hodžić\'s body quote')
q(P,'We hear shots every night, sometimes close, sometimes far away. In the morning the street is quiet, as if nothing happened,','Amra Hodžić','she','said')
q(P,"I have bread for two more days. After that, I don't know.",'Amra Hodžić','she',None,note='stand-alone quoted paragraph, no cue; nearest attribution = "she said" in the previous paragraph')
q(P,'the longest two days of our lives','Senad Hodžić','Her father, Senad Hodžić','said',partial=True,note='same surname as the student: different speaker')
q(P,'Our embassy in Ankara, which also covers Kazakhstan, is in daily contact with all seven of our citizens,','Mirza Begović','Ministry spokesperson Mirza Begović','said',note='inverted cue after the closing mark and a DOUBLE space ("  said Ministry spokesperson")')
q(P,'Nobody has asked to be evacuated so far, but we are ready if that changes.','Mirza Begović','Ministry spokesperson Mirza Begović','said',note='second half after the interposed cue')
q(P,'When a government calls in foreign soldiers to keep itself in power, it tells you how weak it felt. This is a lesson for every small country that balances between East and West,','Damir Šehović','Šehović','told')
q(P,'My friends here are Kazakh, Russian, Korean, Uzbek. This is my second home,','Amra Hodžić','she','said')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died')
c(P,'detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c(P,'other',70,'more than','aircraft used to fly in the CSTO soldiers',RDM,'more than 70 aircraft',note='deployment logistics figure; borderline scope')
e(P,'2022-01-05','protest','Almaty',[],"since Wednesday, when crowds stormed the mayor's office",note='"Wednesday" from Friday 7 Jan')
e(P,'2022-01-07','statement',None,['Ministry of Foreign Affairs of Bosnia and Herzegovina'],'the Ministry of Foreign Affairs of BiH confirmed today')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said today')
e(P,None,'statement',None,[TOK],'said in a televised address',note='undated (real: 7 Jan)')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,RDM,SER],'began landing in Kazakhstan yesterday')

# ---------------- 1702 Radio Mtkvari interview transcript (Tuesday, 11 January 2022)
P='1702'
art(P,0,ln(P,"Evening Dialogue: 'The CSTO has shown"),ln(P,"Tonight's guest is Nino Abashidze"),'Radio Mtkvari','2022-01-11',['Levan Gelashvili'],None,
    ['RADIO MTKVARI','English | ქართული','News   Programmes   Podcasts   Schedule   About us','Programmes > Evening Dialogue > Transcripts','Tuesday, 11 January 2022, 19:05','Host: Levan Gelashvili','Duration: 14 min','Transcript','Listen to the full programme on our website or on 102.4 FM.','Previous transcripts','Evening Dialogue, 10 January: Fuel prices in Georgia in 2022','© Radio Mtkvari 2022 | Privacy | Contact the newsroom'])
q(P,'a dress rehearsal','Nino Abashidze','she','called',partial=True,note='in the host\'s introduction, not in the transcript turns')
q(P,'Georgia should read this very carefully','Nino Abashidze','she','warned',partial=True)
q(P,'Under the guise of spontaneous protests, a wave of unrest broke out,',TOK,'he','said',note='quoted by the guest inside her unquoted answer; "he" = Tokayev from the host\'s previous turn "President Tokayev"')
q(P,'We need iron-clad, legally binding guarantees.','Sergey Ryabkov','Deputy Foreign Minister Ryabkov','told journalists',note='quoted inside the guest\'s unquoted answer; cue followed by "afterwards,"')
c(P,'troops_deployed',2030,None,'CSTO servicemen sent to Kazakhstan',CSTO,'According to the CSTO, 2,030 servicemen')
c(P,'other',250,'about','pieces of equipment sent by the CSTO',CSTO,'about 250 pieces of equipment')
c(P,'other',20000,None,'bandits in Almaty alone',TOK,'twenty thousand bandits in Almaty alone',note='written-out number; "he spoke of"; the guest says nobody has shown evidence')
e(P,'2022-01-02','protest','Zhanaozen',[],'It started in Zhanaozen on 2 January')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On the night of 5 January he appealed to the CSTO')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'by the next morning the first Russian paratroopers were in the air',note='"the next morning" after the night of 5 January')
e(P,'2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'Yesterday at the CSTO summit he said',note='"Yesterday" from Tuesday 11 Jan')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'on the same day, in Geneva, Russian and American diplomats')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'Tomorrow there is the NATO-Russia Council in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'on Thursday the OSCE in Vienna')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'He told parliament today')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal will start in two days',note='"in two days" from 11 Jan')

# ---------------- 1703 KNA Khuree News Agency English feed, 4 items newest first (10, 9, 8, 7 January 2022)
P='1703'
L=T[doc(P)].split('\n')
items=[('President Khurelsukh, Tokayev discuss situation by phone','2022-01-10 17:42 (UB time)','2022-01-10','Editor: B.Oyuntsetseg'),
 ('62 Mongolian citizens in Kazakhstan safe, Foreign Ministry says','2022-01-09 11:05 (UB time)','2022-01-09','Editor: G.Bat-Erdene'),
 ('MIAT suspends Nur-Sultan flights until January 15','2022-01-08 20:16 (UB time)','2022-01-08','Editor: G.Bat-Erdene'),
 ('CSTO troops arrive in Kazakhstan; Mongolia follows events "with concern"','2022-01-07 15:30 (UB time)','2022-01-07','Editor: B.Oyuntsetseg')]
for i,(h,stamp,d,ed) in enumerate(items):
    hl=L.index(h)+1; ls=hl-1; assert L[ls-1]==stamp
    le=ls+L[ls-1:].index(ed)
    b=[stamp,ed,'---']
    if i==0: b=['KNA | Khuree News Agency',"Mongolia's independent news agency since 1998",'MONGOLIAN | ENGLISH | 中文 | РУССКИЙ','English news feed > World > Central Asia','Showing 4 of 4 items tagged "Kazakhstan"   Sort: newest first']+b
    if i==3: b+=['Load more','KNA English | About KNA | Subscription for media | Terms of use','All materials on this site are the property of KNA. Use with a hyperlink to KNA.']
    art(P,i,hl,hl+2,'Khuree News Agency',d,[],'ULAANBAATAR',b,ls=ls,le=le)
q(P,'respects the sovereign choice of the Kazakh people and supports the restoration of order','Ukhnaa Khurelsukh','Khurelsukh','said',art=0,partial=True)
q(P,'fully restored',TOK,'Tokayev','informed it that',art=0,partial=True,note='two-word partial; the sentence ends "the office said" (the office relays both leaders)')
q(P,'Our consular staff have reached every one of them. Eleven students in Almaty asked for help with food and were assisted,','Ts.Enkhjargal','Ministry spokesperson Ts.Enkhjargal','told',art=1,note='Mongolian initial glued to the name with a dot ("Ts.Enkhjargal"); "Eleven students" is not a claim')
q(P,'The safety of passengers and crew is our first priority,','MIAT Mongolian Airlines','the airline','said in a statement',art=2)
q(P,'with concern','Mongolian Ministry of Foreign Affairs','Mongolia',None,art=3,partial=True,zone='headline',note='headline partial after "Mongolia follows events"; repeated in the body')
q(P,'with concern','Mongolian Ministry of Foreign Affairs','The Ministry of Foreign Affairs of Mongolia','said',n=2,art=3,partial=True,note='two-word diplomatic formula, attributed by "said … it was following the events … \\"with concern\\""')
q(P,'Mongolia is not a member of any military alliance and does not comment on the decisions of other sovereign states,','D.Munkhtur','D.Munkhtur','said',art=3,note='inverted "said D.Munkhtur, a researcher at …"; initial glued to the name')
q(P,'But what happens in Central Asia always reaches us in the end, through trade, fuel and people.','D.Munkhtur','D.Munkhtur','said',art=3,note='second half after the interposed cue')
c(P,'detained',5800,None,'people detained across the country, including foreign nationals','Kazakh officials','5,800 people, including foreign nationals, had been detained',art=1,note='"According to Kazakh officials quoted by the ministry"; 62 citizens / Eleven students are not claims')
c(P,'troops_deployed',2500,'about','CSTO contingent in Kazakhstan',RDM,'the contingent would number about 2,500',art=3)
c(P,'killed',18,None,'security officers killed','Kazakh authorities','18 security officers had been killed',art=3)
e(P,'2022-01-10','talks',None,['Ukhnaa Khurelsukh',TOK],'held a telephone conversation with President of Kazakhstan',art=0,note='"this afternoon" of the item stamp 10 Jan')
e(P,'2022-01-09','statement',None,['Mongolian Ministry of Foreign Affairs'],'the Ministry of Foreign Affairs said on Sunday',art=1)
e(P,None,'statement',None,['MIAT Mongolian Airlines'],'MIAT Mongolian Airlines said it had cancelled',art=2,note='no day word; item stamped 8 Jan')
e(P,'2022-01-09','other',None,['MIAT Mongolian Airlines'],'scheduled for January 9 and January 12',art=2,note='cancelled flights; two dates, first one used')
e(P,'2022-01-07','statement',None,['Mongolian Ministry of Foreign Affairs'],'said on Friday it was following the events',art=3)
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'began arriving in Kazakhstan on Thursday',art=3)
e(P,'2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Friday',art=3)

# ---------------- 1704 Canal 7 Noticias (Guatemala) English edition (11/01/2022 = Tuesday 11 January 2022, D/M/Y)
P='1704'
art(P,0,ln(P,'Russia, US end Geneva talks apart;'),ln(P,'The United States and Russia ended a day'),'Canal 7 Noticias','2022-01-11',[],None,
    ['CANAL 7 NOTICIAS','Guatemala | English edition','Inicio   Nacionales   Internacionales   Deportes   En vivo','NOTICIERO 7 > Internacionales','11/01/2022 - 21:30','Redacción Canal 7 / Presented by Andrea Sosa and Julio César Maldonado','▶ Video | 3:05','Share: Facebook | Twitter | WhatsApp','More from Internacionales','Honduras: Xiomara Castro prepares inauguration for January 27','Canal 7 Noticias © 2022. Todos los derechos reservados. | Guatemala City, Guatemala | Contacto | Publicidad'])
q(P,'We were firm in pushing back on security proposals that are simply non-starters for the United States,','Wendy Sherman','Sherman','told reporters')
q(P,'difficult, long, very professional','Sergey Ryabkov','Ryabkov','called',partial=True)
q(P,'no intention','Sergey Ryabkov','Ryabkov','said',partial=True,note='two-word partial in the same sentence as the "called" partial')
q(P,'For us it is absolutely mandatory that Ukraine never, never, never becomes a member of NATO.','Sergey Ryabkov','He','told reporters',note='GUILLEMETS « » (Spanish-language house style) as the double marks; cue "told reporters:" with a colon')
q(P,'successfully completed',TOK,'Tokayev','told',partial=True)
q(P,'A sudden rise in fuel prices can bring people onto the streets in any country, in Kazakhstan or in Guatemala,','Luis Fernando Álvarez','Álvarez','said in the studio',note='the full name appears in the preceding clause "said analyst Luis Fernando Álvarez of …" with no quote')
q(P,'The difference is who the government calls when it loses control.','Luis Fernando Álvarez','Álvarez','said in the studio')
c(P,'troops_deployed',2030,None,'CSTO soldiers sent to Kazakhstan',CSTO,'The CSTO says it sent 2,030 soldiers')
c(P,'detained',10000,'about','people detained','Kazakh authorities','some 10,000 people were detained',note='"some" → about')
c(P,'killed',164,'at least','people who died, among them children','Kazakh authorities','at least 164 people, among them children, died')
e(P,'2022-01-10','talks','Geneva',['United States','Russia','Wendy Sherman','Sergey Ryabkov'],'ended a day of talks in Geneva on Monday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to leave on Thursday')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'sent to the country last week',note='"last week" (real: 6 Jan)')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday at the NATO-Russia Council in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'meets on Thursday in Vienna')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told the lower house of parliament on Tuesday')
e(P,'2022-01-02','protest','Kazakhstan',[],'the riots that began on January 2')

# ---------------- 1705 Highlands Wave FM (PNG) business page (Wednesday 12 January 2022)
P='1705'
art(P,0,ln(P,'Kazakh unrest pushes uranium price up'),ln(P,"Unrest in Kazakhstan, the world's biggest"),'Highlands Wave FM','2022-01-12',['Michael Kaupa'],None,
    ['HIGHLANDS WAVE FM','99.1 Goroka | 101.7 Mt Hagen | 94.3 Port Moresby','NEWS  |  SPORTS  |  BUSINESS  |  PROGRAMS  |  LISTEN LIVE','BUSINESS','Posted: Wednesday 12 January 2022 at 6:45am','By Michael Kaupa, Business reporter','Related stories','K4.6 billion budget support deal signed with Australia','Listen to Highlands Wave FM news every hour on the hour.','Highlands Wave FM © 2022 | About | Advertise with us | Contact | Goroka, Eastern Highlands Province'])
q(P,'as normal','Kazatomprom','Kazatomprom','said',partial=True,note='two-word partial of a company statement; borderline (not evaluative)')
q(P,'no material impact','Kazatomprom','Kazatomprom','said',partial=True)
q(P,'When a big producer like Kazakhstan has trouble, the markets get nervous about everything. Oil goes up, freight goes up, and in the end the mother at Goroka market pays more for rice and tinned fish,','Kila Waiko','Dr Waiko','said')
q(P,'We are a long way from Almaty, but we are not far from the prices.','Kila Waiko','Dr Waiko',None,note='stand-alone quoted paragraph, no cue')
q(P,'monitors global developments closely',None,'a Bank spokesman','said',partial=True,note='unnamed spokesman of the Bank of Papua New Guinea')
q(P,'Markets have short memories. If the soldiers go home this week and the trains run, by February nobody will remember this,','Kila Waiko','he','said')
c(P,'killed',164,'at least','people killed','Kazakh officials','At least 164 people were killed')
c(P,'detained',10000,'almost','people detained','Kazakh officials','almost 10,000 detained',note='"at least" applies to 164 only (gold rule 5)')
c(P,'troops_deployed',2030,None,'foreign troops in Kazakhstan',TOK,'the 2,030 foreign troops')
e(P,'2022-01-07','statement',None,['Kazatomprom'],'Kazatomprom said last Friday',note='"last Friday" from Wednesday 12 Jan')
e(P,'2022-01-02','protest','Kazakhstan',[],'began on 2 January after the government lifted')
e(P,'2022-01-11','statement',None,[TOK],'President Kassym-Jomart Tokayev said yesterday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving on Thursday')
e(P,'2022-01-10','other',None,[],'before easing on Monday',note='uranium price eased')

# ---------------- 1706 KBS Kigali Broadcasting Service (Thursday, January 13, 2022)
P='1706'
HWD='Kazakh Ministry of Healthcare'
art(P,0,ln(P,'Rwandan students in Kazakhstan are safe, says'),ln(P,'The Ministry of Foreign Affairs and International'),'KBS Kigali Broadcasting Service','2022-01-13',['Aline Uwase'],None,
    ['KBS','Kigali Broadcasting Service','Radio | TV | Online','Kinyarwanda | English | Français','Home / News / Africa & World','Thursday, January 13, 2022 - 20:15','By Aline Uwase','Watch the report on KBS TV news at 9pm.','Read also','East African Community heads of state to meet in Arusha','KBS Kigali Broadcasting Service | © 2022 | All rights reserved | Contact | Frequencies | Jobs'])
q(P,'We have been in contact with every student since the first day. Their families can be reassured,','Claudine Mukamana','Ministry spokesperson Claudine Mukamana','told')
q(P,'From our window we saw the smoke from the akimat. There was shooting until morning. We put the mattresses on the floor and slept in the corridor,','Jean-Paul Niyonzima','he','said in a video call')
q(P,'I prayed. That is all a mother can do,','Odette Mukeshimana','she','told')
q(P,'fulfilled their tasks',SER,'General Andrei Serdyukov','said',partial=True)
q(P,'within ten days',SER,'General Andrei Serdyukov','said',partial=True,note='duration, not a claim')
q(P,'I am not afraid to stay. Almaty is a good city, and the people here helped us,','Jean-Paul Niyonzima','he','said')
c(P,'detained',12000,None,'people detained',MIA,'12,000 people had been detained')
c(P,'killed',164,None,'official death toll',HWD,'the official death toll stood at 164',note='"About forty Rwandans" (students) is not a claim')
e(P,'2022-01-05','protest','Almaty',[],'the worst moment came on the night of January 5')
e(P,'2022-01-13','statement',None,['Claudine Mukamana'],'told KBS TV on Thursday')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO,SER],'held a ceremony today to mark the start of their withdrawal')
e(P,'2022-01-12','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Wednesday")
e(P,'2022-01-09','casualty_report',None,[HWD],'a figure the health ministry gave on Sunday')
e(P,'2022-01-17','other','Almaty',[],'classes would resume online on Monday',note='next Monday after Thursday 13 Jan')

# ---------------- 1707 Radio Nemunas (Lithuania) (2022.01.12 17:40 = Wednesday 12 January 2022, Y.M.D)
P='1707'
art(P,0,ln(P,'Landsbergis after NATO-Russia Council:'),ln(P,'Lithuanian Foreign Minister Gabrielius'),'Radio Nemunas','2022-01-12',['Rūta Žukauskienė'],None,
    ['RADIO NEMUNAS','Kaunas · Vilnius · Klaipėda','LT | EN | RU','News > Lithuania > Foreign policy','2022.01.12 17:40','Updated 2022.01.12 19:05','Watch: 02:41','Text: Rūta Žukauskienė, Radio Nemunas; BNS','Share  |  Print  |  Report an error','Most read','Vilnius schools switch to remote learning for one week','© 2022 Radio Nemunas. Using the information published on this site without written permission is prohibited.'])
q(P,'No going back to spheres of influence','Gabrielius Landsbergis','Landsbergis',None,partial=True,zone='headline',note='headline paraphrase of the body quote "There is no going back to spheres of influence."')
q(P,'with one voice','Gabrielius Landsbergis','Lithuanian Foreign Minister Gabrielius Landsbergis','said',partial=True)
q(P,'There is no going back to spheres of influence. Lithuania is not a zone, it is a sovereign state and a member of NATO,','Gabrielius Landsbergis','Landsbergis','told')
q(P,'a real risk for new armed conflict in Europe','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told reporters',partial=True)
q(P,'a large number of differences on fundamental issues.','Alexander Grushko','Deputy Foreign Minister Alexander Grushko','said',partial=True,note='closing full stop inside the mark')
q(P,'Kazakhstan shows us how quickly Russian soldiers can appear in another country when someone invites them, and how slowly they sometimes leave,','Gabrielius Landsbergis','the minister','said',note='title-only attribution; Landsbergis in the previous paragraph')
q(P,'We have to ask the question: who would invite them next?','Gabrielius Landsbergis','the minister','said')
q(P,'Vilnius expected nothing and got nothing. The real test will be tomorrow in Vienna, at the OSCE, where Poland has just taken over the chairmanship,','Tomas Baranauskas','Baranauskas','said')
q(P,'about us, without us.',None,'Edgars Rinkēvičs and Eva-Maria Liimets','also said',partial=True,note='joint attribution to two speakers (Rinkēvičs and Liimets); slogan-like; a scorer may accept either')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western officials','Russia has massed about 100,000 troops')
c(P,'troops_deployed',2030,None,'CSTO contingent in Kazakhstan',CSTO,'its contingent of 2,030 troops')
c(P,'other',20000,'about','"bandits" who took part in the attacks on Almaty',TOK,'about 20,000 "bandits"',note='one-word scare quote "bandits" excluded from quotes; 1997 is a year')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Gabrielius Landsbergis','Jens Stoltenberg','Alexander Grushko'],'"with one voice" at the NATO-Russia Council in Brussels')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'where Russian-led troops were sent last week',note='"last week" (real: 6 Jan)')
e(P,'2022-01-11','statement',None,[CSTO],'The CSTO said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing on Thursday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],"Monday's meeting in Geneva")
e(P,'2022-01-13','talks','Vienna',['OSCE'],'The real test will be tomorrow in Vienna',note='inside a quote; "tomorrow" from Wednesday 12 Jan')

# ---------------- 1708 Ararat Valley TV evening news video page (13.01.2022 = Thursday 13 January 2022)
P='1708'
PMO='Office of the Prime Minister of Armenia'
art(P,0,ln(P,'Armenian peacekeepers complete Kazakhstan mission'),ln(P,'ANCHOR LEAD: The Armenian unit'),'Ararat Valley TV','2022-01-13',['Hayk Melkonyan'],None,
    ['ARARAT VALLEY TV','ԱՐԱՐԱՏ ՀՈՎԻՏ','Evening News | Programmes | Live | Archive | English','Evening News · 13.01.2022 · 21:00','Video report · 03:12 · Reporter: Hayk Melkonyan · Camera: Vardan Sargsyan','Read also','Government approves 2022 mortgage support programme','Ararat Valley TV © 2022 | Yerevan | Address: 12 Hakob Hakobyan St. | Contact'])
q(P,'Our soldiers carried out every task given to them. There were no losses and no injuries in our unit,','Arman Hovsepyan','the commander of the Armenian contingent, Colonel Arman Hovsepyan','told',note='inverted cue with role + rank + name between commas')
q(P,'The local people brought us tea and bread every morning. We will remember that.','Arman Hovsepyan','Colonel Arman Hovsepyan',None,note='stand-alone quoted paragraph, no cue')
q(P,'a success in a short time',SER,'General Andrei Serdyukov','said',partial=True)
q(P,'our own border is not defended by anyone in the CSTO','Gohar Tadevosyan','Opposition MP Gohar Tadevosyan','said',partial=True)
q(P,"He called me on Sunday and said, Mama, everything is calm here, don't watch the news. Of course I watched the news,",'Anahit','she','said',note='first name only; the son\'s words are reported inside the quote without marks')
q(P,'can act quickly and effectively',PMO,'His office','said',partial=True,note='nearest-name trap: Pashinyan is in the previous sentence; the speaker is his office')
c(P,'troops_deployed',100,None,'Armenian servicemen sent to Kazakhstan',None,'One hundred Armenian servicemen were sent',note='written-out number at the start of a sentence')
c(P,'troops_deployed',2030,None,'total CSTO force',CSTO,'numbered 2,030 servicemen, the alliance said',note='"400 new COVID-19 cases" (teaser) and "21-year-old" are not claims')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Armenia',CSTO],'were sent to Kazakhstan on 6 January')
e(P,'2022-01-05','statement',None,['Nikol Pashinyan',CSTO,TOK],'a day after Prime Minister Nikol Pashinyan',note='"a day after" 6 January')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO,'Armenia'],'Today in Almaty the contingent took part in the ceremony')
e(P,'2022-01-11','statement',None,[TOK],'had said on Tuesday that the withdrawal')
e(P,'2022-01-15','withdrawal','Yerevan',['Armenia'],'land at Erebuni airfield in Yerevan on Saturday',note='planned return')
e(P,'2022-01-13','statement',None,[PMO],'His office said on Thursday')
e(P,None,'other',None,['Armenia',CSTO],'Armenia asked the alliance for help in May 2021',note='month only (May 2021); no day')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Amra Hodžić','person',['Amra Hodžić','Hodžić'],["a 24-year-old master's student"],'Bosnia and Herzegovina',['she'],note='invented'),
 sp('Senad Hodžić','person',['Senad Hodžić'],['Her father'],'Bosnia and Herzegovina',note='invented; shares the surname with Amra Hodžić'),
 sp('Mirza Begović','person',['Mirza Begović'],['Ministry spokesperson'],'Bosnia and Herzegovina',note='invented'),
 sp('Damir Šehović','person',['Damir Šehović','Šehović'],['Political analyst'],'Bosnia and Herzegovina',note='invented'),
 sp('Nino Abashidze','person',['Nino Abashidze','Nino'],['a security analyst at the Tbilisi Centre for Eurasian Studies'],'Georgia',['she','NINO ABASHIDZE'],note='invented; transcript speaker label in capitals'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','President of Kazakhstan',"Kazakhstan's President","Kazakhstan's president"],'Kazakhstan',['he','He'],note='words invented/paraphrased'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['He'],note='words invented/paraphrased'),
 sp('Ukhnaa Khurelsukh','person',['Ukhnaa Khurelsukh','Khurelsukh'],['President of Mongolia'],'Mongolia',note='real president of Mongolia; words invented'),
 sp('Ts.Enkhjargal','person',['Ts.Enkhjargal'],['Ministry spokesperson'],'Mongolia',note='invented; Mongolian initial + given name'),
 sp('MIAT Mongolian Airlines','organisation',['MIAT Mongolian Airlines','MIAT'],[],'Mongolia',['the airline'],note='real airline; statement invented'),
 sp('Mongolian Ministry of Foreign Affairs','organisation',['Ministry of Foreign Affairs of Mongolia'],[],'Mongolia',['the ministry'],['Mongolia follows events'],note='headline attributes to "Mongolia"'),
 sp('D.Munkhtur','person',['D.Munkhtur'],['a researcher at the Institute for Strategic Studies'],'Mongolia',note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words invented'),
 sp('Luis Fernando Álvarez','person',['Luis Fernando Álvarez','Álvarez'],['analyst'],'Guatemala',note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan',[],note='real company; wording invented'),
 sp('Kila Waiko','person',['Kila Waiko','Waiko'],['a senior lecturer in economics at the University of Goroka'],'Papua New Guinea',['he'],['Dr Kila Waiko','Dr Waiko'],note='invented'),
 sp('Claudine Mukamana','person',['Claudine Mukamana','Mukamana'],['Ministry spokesperson'],'Rwanda',note='invented'),
 sp('Jean-Paul Niyonzima','person',['Jean-Paul Niyonzima','Niyonzima'],['a fourth-year student of petroleum engineering'],'Rwanda',['he'],note='invented'),
 sp('Odette Mukeshimana','person',['Odette Mukeshimana'],['His mother'],'Rwanda',['she'],note='invented'),
 sp(SER,'person',['Andrei Serdyukov'],['General','commander of the collective force'],'Russia',note='words invented'),
 sp('Gabrielius Landsbergis','person',['Gabrielius Landsbergis','Landsbergis'],['Lithuanian Foreign Minister'],'Lithuania',['the minister'],["Landsbergis'"],note='real; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='words paraphrased'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',note='words paraphrased'),
 sp('Tomas Baranauskas','person',['Tomas Baranauskas','Baranauskas'],['Political scientist'],'Lithuania',note='invented'),
 sp('Arman Hovsepyan','person',['Arman Hovsepyan'],['Colonel','the commander of the Armenian contingent'],'Armenia',note='invented'),
 sp('Gohar Tadevosyan','person',['Gohar Tadevosyan'],['Opposition MP'],'Armenia',note='invented'),
 sp('Anahit','person',['Anahit'],[],'Armenia',['she'],note='invented; first name only, mother of a peacekeeper'),
 sp(PMO,'organisation',['His office'],[],'Armenia',[],note='"His office" = Pashinyan\'s office; not named otherwise'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister','chair of the CSTO Collective Security Council'],'Armenia',quoted=False,note='only the excluded label "collective peacekeeping force" is quoted from him'),
]
OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
names={s['canonical'] for s in S}
for x in Q: assert x['speaker'] is None or x['speaker'] in names,x['speaker']
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
