#!/usr/bin/env python3
"""Source of the devset189 annotation: the hand-chosen spans, values and dates for 1605-1612.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset189/annotation_source.py && python3 tests/devset189/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),headline=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    if headline is None: headline=L[headline_line-1]
    else: assert headline in L[headline_line-1],(f,headline)
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
def ln(p,s):
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; OTS='Organization of Turkic States'
TIL='Mukhtar Tileuberdi'; CAV='Mevlüt Çavuşoğlu'; KA='Kazakh authorities'; LINDE='Ann Linde'; RDM='Russian Defence Ministry'

# ---------------- 1605 OTS website "News" list page, 3 posts = 3 articles (newest first)
P='1605'
h0=ln(P,'Statement of the Council of Foreign Ministers of the Organization of Turkic States on the situation in Kazakhstan')
h1=ln(P,'OTS Foreign Ministers hold extraordinary meeting on Kazakhstan')
h2=ln(P,'Secretary General Baghdad Amreyev expresses condolences to Kazakhstan')
art(P,0,h0,h0+3,OTS,'2022-01-11',[],None,
    ['ORGANIZATION OF TURKIC STATES','Türk Devletleri Teşkilatı','Home | About | Secretariat | Cooperation | News | Documents | Contact','EN | TR | AZ | KZ | KG | UZ','News','11.01.2022',
     'Statement of the Council of Foreign Ministers of the OTS (PDF, 112 KB)'],ls=h0,le=h1-2)
art(P,1,h1,h1+3,OTS,'2022-01-11',[],None,['11.01.2022'],ls=h1,le=h2-2)
art(P,2,h2,h2+3,OTS,'2022-01-07',[],None,
    ['07.01.2022','Share: Facebook | Twitter | LinkedIn | Telegram','« Previous   1   2   3   …   41   Next »','Organization of Turkic States Secretariat','Sultanahmet, Istanbul, Republic of Turkey','© 2022 Organization of Turkic States. All rights reserved.'],ls=h2)
q(P,'The stability of Kazakhstan is the stability of the whole Turkic world, and we stand shoulder to shoulder with our Kazakh brothers.',CAV,'Minister Çavuşoğlu','stated',art=1,note='"Opening the meeting, Minister Çavuşoğlu stated:" + colon + full quote')
q(P,'in rebuilding what has been damaged',CAV,'He','added',art=1,partial=True)
q(P,'has been fully restored in all regions of the country',TIL,'He','noted',art=1,partial=True,note='He = Deputy Prime Minister Tileuberdi (previous sentence); the same sentence continues in reported speech')
q(P,'We are grateful to our Turkic brothers who were the first to call us in the most difficult hours,',TIL,'Tileuberdi','said',art=1)
q(P,'We are deeply saddened by the loss of life in our founding member state and wish a speedy recovery to all those injured,','Baghdad Amreyev','the Secretary General','said',art=2,note='title-only mention; named in the lead sentence')
c(P,'troops_deployed',2030,None,'CSTO collective peacekeeping forces in Kazakhstan',TIL,'numbering 2,030 servicemen',art=1,note='"According to the Minister"')
c(P,'killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers were killed',art=2)
c(P,'injured',748,None,'law enforcement officers injured',MIA,'748 injured',art=2)
e(P,'2022-01-11','talks',None,[OTS],'having convened in an extraordinary meeting by videoconference on 11 January 2022',art=0,note='the statement\'s own preamble; same meeting as article 1')
e(P,'2022-01-11','talks',None,[OTS,CAV,'Jeyhun Bayramov',TIL,'Ruslan Kazakbaev','Vladimir Norov'],'was held on 11 January 2022 via videoconference',art=1)
e(P,'2022-01-19','state_of_emergency','Almaty',[],'would remain in force until 19 January',art=1,note='planned end of the state of emergency')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw on 13 January',art=1)
e(P,'2022-01-11','statement',None,[OTS],'the Council adopted a Statement on the situation in Kazakhstan',art=1,note='no day word in the sentence; the meeting is dated 11 January 2022 in the same article')
e(P,None,'statement',None,['Baghdad Amreyev'],'sent a message of condolences',art=2,note='no day word; the post is dated 07.01.2022')
e(P,'2022-01-06','protest',None,[],'in clashes with armed groups on Thursday',art=2,note='Thursday before the post date Friday 7 January')

# ---------------- 1606 Pakistan MOFA weekly press briefing transcript (Thursday, 13th January 2022)
P='1606'
art(P,0,ln(P,'Transcript of the Press Briefing by Spokesperson on Thursday'),ln(P,'Bismillah-ir-Rahman-ir-Raheem'),'Pakistan Ministry of Foreign Affairs','2022-01-13',[],'Islamabad',
    ['Ministry of Foreign Affairs','Government of Pakistan','Home | Ministry | Foreign Minister | Press Releases | Press Briefings | Missions Abroad | Contact Us','Press Briefings','Posted on: 13-01-2022',
     '(The briefing ended at 1215 hrs)','* * * * *','Press Briefings Archive','Islamabad','13 January 2022','Copyright © 2022 Ministry of Foreign Affairs, Government of Pakistan. All rights reserved.'])
q(P,'Pakistan stands with the people and Government of Kazakhstan in this difficult hour','Shah Mahmood Qureshi','The Foreign Minister','conveyed',partial=True,note='"conveyed that \\"…\\"" in the spokesperson\'s opening statement; named in the sentence before as "Foreign Minister Makhdoom Shah Mahmood Qureshi"')
q(P,'no reason for optimism','Sergey Ryabkov','Russian Deputy Foreign Minister Ryabkov','said',partial=True,note='inside a reporter\'s question')
q(P,'not be part of any camp','Imran Khan','The Prime Minister','said',partial=True,note='inside a reporter\'s question; the Prime Minister is never named (Imran Khan from world knowledge)')
q(P,'fully accomplished','Andrei Serdyukov','General Serdyukov','said',partial=True,note='two-word evaluative partial inside a question; relative clause "who commanded the CSTO force" between name and verb')
c(P,'killed',164,None,'people killed in the riots',KA,'Kazakh authorities say 164 people were killed',note='in a reporter\'s question; "although that figure was later withdrawn"')
c(P,'detained',9900,'more than','people detained in connection with the unrest',KA,'more than 9,900 people were detained',note='spokesperson\'s unmarked answer: "According to the information shared with us by the Kazakh side"')
e(P,'2022-01-08','talks',None,['Shah Mahmood Qureshi',TIL],'spoke to Deputy Prime Minister and Foreign Minister Mukhtar Tileuberdi on 8 January')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'from Kazakhstan begins today')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'The Russia-US talks in Geneva concluded on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council met yesterday in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE meeting in Vienna today')
e(P,'2022-01-11','statement',None,['Imran Khan'],'said in his address on Tuesday')
e(P,None,'other',None,['Shah Mahmood Qureshi'],'the second meeting of the Apex Committee on Afghanistan next week',note='"next week" is not a day; off-topic item of the opening statement')

# ---------------- 1607 Riksdag chamber protocol, interpellation debate (Tisdagen den 11 januari = Tuesday 11 January 2022)
P='1607'
hl=ln(P,"§ 4  Reply to interpellation 2021/22:198")
art(P,0,hl,ln(P,'Madam Speaker! Karin Ekdahl has asked me'),'Sveriges riksdag','2022-01-11',[],None,
    ['Sveriges riksdag','Riksdagen > Dokument & lagar > Protokoll','Riksdagens protokoll 2021/22:53','Tisdagen den 11 januari','Kl. 13.00–15.41',
     'Unofficial English translation prepared by the Riksdag International Department. The Swedish text is the only authentic version.',
     'Anf. 11  Utrikesminister ANN LINDE (S):','Anf. 12  KARIN EKDAHL (M):','Överläggningen var härmed avslutad.','(The debate was concluded.)','§ 5  Bordläggning / Tabling',
     'Riksdagens protokoll 2021/22:53 – Tisdagen den 11 januari','Kontakt | Om webbplatsen | Tillgänglighet | Personuppgifter'])
q(P,'iron-clad, legally binding guarantees','Sergey Ryabkov','Deputy Foreign Minister Ryabkov','said',partial=True,note='inside the MP\'s turn')
q(P,'lies firm',LINDE,'The foreign minister','said',partial=True,note='inside Karin Ekdahl\'s turn: the MP quotes the minister\'s Sunday interview; the turn owner is not the speaker')
q(P,'European security is not a menu from which one country may pick the dishes it likes.',LINDE,'I','said',note='the minister quotes herself ("As I said when I handed over the chairmanship in Stockholm, \\"…\\""); speaker = turn speaker')
q(P,'for Sweden and Finland alone','Jens Stoltenberg','NATO Secretary General Stoltenberg','said',partial=True)
c(P,'detained',8000,'almost','people detained in Kazakhstan',KA,'almost 8,000 people have been detained',note='in Linde\'s unmarked speech, "According to the Kazakh authorities"')
c(P,'troops_deployed',2000,'more than','CSTO troops flown into Kazakhstan','Karin Ekdahl','more than 2,000 troops under the CSTO flag',note='the MP\'s own figure in her unmarked turn')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'The talks in Geneva ended yesterday without agreement')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'Tomorrow the NATO-Russia Council meets in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'on Thursday the OSCE Permanent Council will discuss European security in Vienna')
e(P,None,'talks',None,[LINDE,'Antony Blinken'],'when we spoke last week',note='"last week" is not a day')
e(P,None,'talks',None,[LINDE,TIL],'I have said to Deputy Prime Minister Tileuberdi',note='undated')
e(P,'2022-01-10','statement','Geneva',['Sergey Ryabkov'],'Ryabkov said in Geneva yesterday')
e(P,'2022-01-09','statement',None,[LINDE],'said in an interview on Sunday')
e(P,'2022-01-07','statement',None,['Jens Stoltenberg'],'Stoltenberg said on Friday')
e(P,'2022-01-11','other','Gotland',['Swedish Government'],'The Government has today decided to strengthen readiness on Gotland')

# ---------------- 1608 Korean Consulate General in Almaty notice board post (Date : 2022-01-06, Thu) with dated updates
P='1608'
art(P,0,ln(P,'Title : [Safety] Situation in Almaty'),ln(P,'Dear Korean nationals residing in'),'Consulate General of the Republic of Korea in Almaty','2022-01-06',[],None,
    ['Consulate General of the Republic of Korea in Almaty','주알마티 대한민국 총영사관','한국어 | English | Русский','Home > Notice > Notice','Notice',
     'Writer : Consulate General in Almaty    Date : 2022-01-06    Hits : 2417','Attachment: Application form for the temporary flight (HWP, 34 KB)',
     'Previous post  [Consular] Temporary suspension of civil affairs services (1.6.~1.10.)','Next post  [Notice] Resumption of visa services','List',
     'Copyright © Ministry of Foreign Affairs, Republic of Korea. All Rights Reserved.'],
    headline='[Safety] Situation in Almaty and safety guidance for Korean nationals (updated)',
    sections=(ln(P,'1. Situation (as of'),ln(P,'2. Safety guidance'),ln(P,'[Update 1.7.(Fri) 18:00]'),ln(P,'[Update 1.10.(Mon) 15:00]')))
q(P,'should not leave their homes without urgent need','Almaty City Akimat','The Almaty city akimat','announced',partial=True)
q(P,'open fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said … that he had given the order to \\"…\\""')
q(P,'continues to monitor the situation closely in cooperation with the Kazakh authorities','South Korean Foreign Ministry','The Ministry of Foreign Affairs in Seoul','said in a statement',partial=True)
q(P,'Please do not travel to the airport before the Consulate General confirms the flight.','Lee Jae-won','Consul General Lee Jae-won','said',note='colon after "said"')
c(P,'killed',26,None,'armed rioters killed',MIA,'26 armed rioters were killed')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people were detained')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 people have been detained')
e(P,'2022-01-05','protest','Almaty',[],'protesters occupied the city administration (akimat) building',note='"On the night of 1.5.(Wed)" (Korean M.D. date with weekday)')
e(P,None,'state_of_emergency','Kazakhstan',[],'A state of emergency has been declared in Almaty and in the whole country until 1.19.(Wed)',note='declaration date not given; runs until 2022-01-19')
e(P,'2022-01-07','statement',None,[TOK],'said in a televised address today',note='"today" inside the "[Update 1.7.(Fri) 18:00]" block = 2022-01-07')
e(P,None,'statement',None,['South Korean Foreign Ministry'],'The Ministry of Foreign Affairs in Seoul said in a statement',note='undated (inside the 1.7 update)')
e(P,'2022-01-10','other','Almaty',[],'Internet access was partially restored in Almaty this morning',note='"this morning" inside the "[Update 1.10.(Mon) 15:00]" block')
e(P,'2022-01-10','casualty_report',None,[MIA],'across the country as of this morning',note='update of 1.10')
e(P,'2022-01-13','other','Almaty',[],'Almaty airport is expected to resume operations on 1.13.(Thu)')

# ---------------- 1609 Armenian MoD (mil.am) news (14.01.2022, Fri)
P='1609'
art(P,0,ln(P,'The Armenian peacekeeping contingent returned home from Kazakhstan'),ln(P,'On January 14, the unit of the Peacekeeping'),'Ministry of Defence of the Republic of Armenia','2022-01-14',[],None,
    ['MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA','Հայ | Рус | Eng','Home / Media center / News','Search...','14.01.2022 | 12:35','Photo gallery (24)','Tags: Peacekeeping, CSTO, Kazakhstan',
     'Share: Facebook | Twitter | VK | Telegram','Press Service of the Ministry of Defence of the Republic of Armenia','Latest news','Minister of Defence receives the Ambassador of France',
     '© 2022 Ministry of Defence of the Republic of Armenia. When using materials, a reference to www.mil.am is mandatory.'])
q(P,'Dear officers, sergeants and soldiers, you were sent on a mission that our Armed Forces had never carried out before, in a country far from home, at a time when our ally asked for help.','Suren Papikyan','Suren Papikyan','said',malformed=True,
  note='conventional multi-paragraph quote: the first paragraph is left open (no closing mark) and the next paragraph re-opens; cue "said:" on the line before')
q(P,'You carried out that mission with discipline and dignity, and you have returned without a single loss. The Republic of Armenia is proud of you,','Suren Papikyan','the Minister','said')
q(P,'The local residents brought us tea and bread every day. We will remember the people of Almaty,','Gor Martirosyan','Martirosyan','told')
q(P,'high professionalism and restraint','Andrei Serdyukov','Serdyukov','thanked',partial=True,note='"Serdyukov thanked … for their \\"…\\", the Russian Ministry of Defence reported" (the ministry is the channel)')
c(P,'troops_deployed',100,None,'Armenian peacekeepers in the CSTO operation','Armenian Defence Ministry','The servicemen, 100 in total')
c(P,'aircraft',2,None,'Il-76 aircraft that brought the contingent home','Armenian Defence Ministry','two Il-76 military transport aircraft',note='written-out number')
e(P,'2022-01-14','withdrawal','Erebuni airfield',['Armenian peacekeeping contingent','Suren Papikyan','Artak Davtyan'],'arrived at Erebuni airfield this morning')
e(P,'2022-01-14','statement','Erebuni airfield',['Suren Papikyan'],'In his welcoming speech',note='no own date; the welcoming ceremony of 14 January')
e(P,'2022-01-07','troop_deployment','Kazakhstan',['Armenian peacekeeping contingent'],'departed for Kazakhstan on January 7')
e(P,'2022-01-08','other','Almaty',['Armenian peacekeeping contingent'],'from January 8 to January 12',note='guarding facilities; range → first day')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO,'Andrei Serdyukov'],'took place on January 13',note='handover of the guarded facilities to Kazakh law enforcement')
e(P,None,'statement',None,['Nikol Pashinyan',CSTO],'announced the decision to send peacekeeping forces to Kazakhstan',note='undated (real: 6 January)')

# ---------------- 1610 Smartraveller travel advice page (Updated: 10 January 2022, Mon; Still current at: 11 January 2022)
P='1610'
art(P,0,ln(P,'\nKazakhstan\n')+1,ln(P,"We've reviewed our advice for Kazakhstan."),'Smartraveller','2022-01-10',[],None,
    ['Smartraveller','Australian Government','Department of Foreign Affairs and Trade',"Destinations | Before you go | While you're away | News and updates | Get help",'Home > Destinations > Asia > Kazakhstan',
     'Reconsider your need to travel','Level 3 of 4','Updated: 10 January 2022','Still current at: 11 January 2022','24-hour Consular Emergency Centre',' * +61 2 6261 3305 from overseas',
     'Subscribe to updates | Print this page | Download PDF',"Smartraveller is the Australian Government's travel advisory and consular information service.",'© Commonwealth of Australia 2022'],
    sections=(ln(P,'Latest update'),ln(P,'Summary'),ln(P,'\nSafety\n')+1,ln(P,'\nTravel\n')+1,ln(P,'Local contacts')))
q(P,'fire without warning',TOK,'President Tokayev','said',partial=True,note='"said he had authorised troops to \\"…\\""')
q(P,'will be detained without exception',KA,'Local authorities','have warned',partial=True)
q(P,'Our ability to provide consular help in Kazakhstan is extremely limited,','Australian Department of Foreign Affairs and Trade','the Department','said in a statement',note='the publisher quoting itself')
c(P,'troops_deployed',2000,'more than','CSTO troops that have arrived in Kazakhstan',None,'More than 2,000 troops from Russia')
c(P,'killed',164,None,'people who died in the unrest','Kazakh Ministry of Health','reported that 164 people had died',note='"although the figure was later corrected"')
e(P,'2022-01-02','protest','Mangystau',[],'Large-scale protests began in the Mangystau region on 2 January')
e(P,None,'state_of_emergency','Kazakhstan',['Kazakh Government'],'declared a state of emergency across the country until 19 January 2022',note='declaration date not given; in force until 2022-01-19')
e(P,'2022-01-07','statement',None,[TOK],'On 7 January, President Tokayev said')
e(P,None,'statement',None,['Kazakhstan',CSTO],'Kazakhstan requested support from the Collective Security Treaty Organization',note='undated (real: 5 January)')
e(P,'2022-01-05','protest','Almaty',[],'was seized by protesters on 5 January')
e(P,'2022-01-06','statement',None,['Australian Department of Foreign Affairs and Trade'],'the Department said in a statement on 6 January')

# ---------------- 1611 Assemblée nationale, compte rendu intégral, Questions to the Government (mardi 11 janvier 2022)
P='1611'
art(P,0,ln(P,'Première séance du mardi 11 janvier 2022'),ln(P,'M. le président. The sitting is open.'),'Assemblée nationale','2022-01-11',[],None,
    ['ASSEMBLÉE NATIONALE','XVe législature','Session ordinaire de 2021-2022','Compte rendu intégral','[Unofficial English translation of the Questions to the Government]',
     'Présidence de M. Richard Ferrand','(The sitting opened at fifteen hours.)','M. le président. The sitting is suspended.',
     "Le Directeur du service du compte rendu de la séance de l'Assemblée nationale",'Catherine Joly'],
    sections=(ln(P,'1. Questions au Gouvernement'),ln(P,"Situation au Kazakhstan et dialogue"),ln(P,'Ressortissants français au Kazakhstan'),ln(P,'Suspension et reprise de la séance')))
q(P,'not allow the situation to be rocked','Vladimir Putin','President Putin','warned',partial=True,note='inside the MP\'s question')
q(P,'no decision about Europe without Europe','Antony Blinken','He','told',partial=True,note='He = "Secretary of State Blinken" in the previous sentence, reported by Le Drian ("He told me that …")')
q(P,'For three days we did not know whether the embassy knew we existed.',None,'One of them','told',note='an unnamed French family in Almaty, relayed by the MP ("One of them told me:")')
q(P,'each of them has been called at least twice','Jean-Yves Le Drian','the Minister','said',partial=True,note='inside Clément Beaune\'s answer: "As the Minister said this morning" = Le Drian, not the turn owner')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'declared that 20,000 "bandits" had attacked Almaty',note='attackers, not casualties; the one-word "bandits" is excluded from quotes')
c(P,'aircraft',70,'more than','aircraft used to bring in the CSTO forces',RDM,'more than 70 aircraft')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'Yesterday, at a CSTO summit')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva, Russian and American diplomats discussed',note='"On the same day" = yesterday')
e(P,'2022-01-07','talks',None,['Jean-Yves Le Drian','European Union'],'I said so on Friday to my European counterparts by videoconference')
e(P,'2022-01-09','talks',None,['Jean-Yves Le Drian','Antony Blinken'],'with whom I spoke again on Sunday')
e(P,'2022-01-05','other','Paris',['French Ministry for Europe and Foreign Affairs'],'has been mobilised since 5 January',note='crisis centre of the Quai d\'Orsay')
e(P,'2022-01-11','statement',None,['Jean-Yves Le Drian'],'As the Minister said this morning')

# ---------------- 1612 Belarus MFA answer of the press secretary to a media question (12 January 2022 18:20, Wed)
P='1612'
art(P,0,ln(P,'Answer of the Press Secretary of the Ministry of Foreign Affairs of Belarus Anatoly Glaz'),ln(P,'Question: The CSTO has announced'),'Ministry of Foreign Affairs of the Republic of Belarus','2022-01-12',[],None,
    ['Ministry of Foreign Affairs of the Republic of Belarus','Бел | Рус | Eng','Home / Press service / Comments and answers to media questions','Version for the visually impaired','12 January 2022 18:20',
     'Print version','Related materials:','Comment of the Press Secretary regarding the statement of the Lithuanian MFA',
     '© 2022 Ministry of Foreign Affairs of the Republic of Belarus. All rights reserved. Use of materials is allowed only with a reference to the source.'])
q(P,'core principles','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True,note='inside the media question; two-word evaluative partial; the later one-word "principles" is excluded')
q(P,'if we do not defend Kazakhstan today, tomorrow the same will happen to any of us','Alexander Lukashenko','the Head of State','emphasized',note='title-only mention ("the Head of State" = Lukashenko, never named); full clause after a comma, lower-case start')
q(P,'prompt and brotherly support',TIL,'The Kazakh Minister','thanked',partial=True)
q(P,'the security of one cannot be ensured at the expense of the security of others',None,'We','are convinced',partial=True,
  note='the OSCE formula of indivisible security ("a principle to which all OSCE participating States committed themselves"); no individual speaker; the press secretary (Anatoly Glaz) is an acceptable alternative')
c(P,'troops_deployed',100,'about','Belarusian servicemen in the CSTO contingent','Anatoly Glaz','about 100 servicemen of the 103rd separate guards airborne brigade')
e(P,None,'statement',None,[CSTO],'The CSTO has announced the completion of the peacekeeping operation',note='inside the question; undated')
e(P,'2022-01-10','talks',None,[CSTO,'Alexander Lukashenko'],'at the extraordinary session of the CSTO Collective Security Council on Monday')
e(P,None,'withdrawal',None,['Belarusian contingent'],'will return to its permanent base by the end of the week',note='"by the end of the week" is not a day')
e(P,'2022-01-11','talks',None,['Vladimir Makei',TIL],'Yesterday, Minister of Foreign Affairs of Belarus Vladimir Makei held a telephone conversation')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the meeting of the Russia–NATO Council in Brussels today')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'like the talks in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],"tomorrow's meeting of the OSCE Permanent Council in Vienna")

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(CAV,'person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Minister of Foreign Affairs of the Republic of Turkey','Minister'],'Turkey',['He'],['Minister Çavuşoğlu'],note='real; words invented'),
 sp(TIL,'person',['Mukhtar Tileuberdi','Tileuberdi'],['Deputy Prime Minister – Minister of Foreign Affairs of the Republic of Kazakhstan','Deputy Prime Minister and Foreign Minister','Deputy Prime Minister'],'Kazakhstan',['He','The Kazakh Minister','the Minister'],note='real; words invented'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['Secretary General of the OTS','Secretary General of the Organization of Turkic States'],'Kazakhstan',['the Secretary General'],note='real; words invented'),
 sp('Shah Mahmood Qureshi','person',['Makhdoom Shah Mahmood Qureshi'],['Foreign Minister'],'Pakistan',['The Foreign Minister'],note='real; words invented; printed only with the honorific "Makhdoom"'),
 sp('Sergey Ryabkov','person',['Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',note='surname only in this set; words invented'),
 sp('Imran Khan','person',[],['The Prime Minister'],'Pakistan',['The Prime Minister'],note='never named in the text; identified from world knowledge (Pakistan, January 2022); words invented'),
 sp('Andrei Serdyukov','person',['Serdyukov','Andrey Serdyukov'],['General','Colonel General','Commander of the CSTO collective peacekeeping forces'],'Russia',note='"Andrey" spelling in 1609; words invented'),
 sp(LINDE,'person',['ANN LINDE'],['Utrikesminister','Foreign Minister'],'Sweden',['The foreign minister','I'],note='only the upper-case Riksdag label form is printed; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,note='words invented'),
 sp('Almaty City Akimat','organisation',['akimat'],[],'Kazakhstan',['The Almaty city akimat'],note='words paraphrased'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['The Kazakh President'],note='words paraphrased'),
 sp('South Korean Foreign Ministry','organisation',['Ministry of Foreign Affairs in Seoul'],[],'South Korea',['The Ministry of Foreign Affairs in Seoul'],note='words invented'),
 sp('Lee Jae-won','person',['Lee Jae-won'],['Consul General'],'South Korea',note='invented'),
 sp('Suren Papikyan','person',['Suren Papikyan'],['Minister of Defence of the Republic of Armenia'],'Armenia',['the Minister'],note='real; words invented'),
 sp('Gor Martirosyan','person',['Gor Martirosyan','Martirosyan'],['Lieutenant Colonel','The commander of the contingent'],'Armenia',note='invented'),
 sp(KA,'organisation',['Kazakh authorities','Local authorities'],[],'Kazakhstan',['Local authorities','the Kazakh side'],note='generic authorities; quoted once (1610) and a claim source'),
 sp('Australian Department of Foreign Affairs and Trade','organisation',['Department of Foreign Affairs and Trade'],[],'Australia',['the Department'],note='the publisher of 1610 quoting itself; wording invented'),
 sp('Vladimir Putin','person',['Putin'],['President'],'Russia',note='words invented'),
 sp('Antony Blinken','person',['Blinken'],['Secretary of State'],'United States',['He'],note='words invented (reported by Le Drian in 1611)'),
 sp('Jean-Yves Le Drian','person',['Jean-Yves Le Drian'],["ministre de l'Europe et des affaires étrangères",'Minister for Europe and Foreign Affairs'],'France',['the Minister'],note='real; translated speech invented'),
 sp('Alexander Lukashenko','person',[],['the Head of State'],'Belarus',['the Head of State'],note='never named in 1612 (Belarusian official usage); words invented'),
 sp('Karin Ekdahl','person',['KARIN EKDAHL','Karin Ekdahl'],[],'Sweden',note='invented MP (Moderates); not quoted in marks, source of a claim in her turn',quoted=False),
 sp('Bertrand Vasseur','person',['Bertrand Vasseur'],[],'France',note='invented MP (LR); asks the question, not quoted in marks',quoted=False),
 sp('Sophie Garnier-Lacombe','person',['Sophie Garnier-Lacombe'],['deputy for French nationals abroad'],'France',note='invented MP; relays the unnamed family quote',quoted=False),
 sp('Clément Beaune','person',['Clément Beaune'],["secrétaire d'État chargé des affaires européennes",'Minister of State for European Affairs'],'France',note='real; his turn is unmarked speech, not quoted',quoted=False),
 sp('Anatoly Glaz','person',['Anatoly Glaz'],['Press Secretary of the Ministry of Foreign Affairs of Belarus'],'Belarus',note='real; the answer is unmarked; source of a claim',quoted=False),
 sp(MIA,'organisation',['Ministry of Internal Affairs of Kazakhstan','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='claim source in 1605 and 1608'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,quoted=False,note='participant in many events'),
 sp(OTS,'organisation',['Organization of Turkic States','OTS','Turkic Council'],['Council of Foreign Ministers'],None,quoted=False,note='publisher of 1605; its statement has no marked quotes'),
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
