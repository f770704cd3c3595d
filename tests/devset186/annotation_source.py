#!/usr/bin/env python3
"""Source of the devset186 annotation: the hand-chosen spans, values and dates for 1581-1588.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset186/annotation_source.py && python3 tests/devset186/verify.py
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
def ln1(p,s):
    """first line that equals s exactly (for headlines repeated in furniture)"""
    return T[doc(p)].split('\n').index(s)+1
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RMOD='Russian Defence Ministry'
KO='Kazakh officials'; NATO='NATO'; OSCE='OSCE'

# ---------------- 1581 ProQuest record of a US metro daily (The Lakefront Ledger, Wednesday 12 January 2022)
P='1581'
art(P,0,ln(P,'Kazakh leader says Russian-led troops will start leaving in two days'),ln(P,'ALMATY, Kazakhstan -- President'),'The Lakefront Ledger','2022-01-12',['Anna Kowalczyk','Mike Herrera'],'ALMATY, Kazakhstan',
    ['ProQuest','Back to results   < Previous   Document 1 of 1   Next >','Download PDF   Cite   Email   Print   Save to My Research   Add to Selected items',
     'Kowalczyk, Anna; Herrera, Mike.  The Lakefront Ledger; Milwaukee, Wis. [Milwaukee, Wis]. 12 Jan 2022: A.6.','Abstract','Full Text',
     'Herrera reported from Washington. The Associated Press contributed to this report.','Illustration',
     'Caption: Soldiers stand guard near the city hall in Almaty, Kazakhstan, on Monday. Officials say 164 people died in the unrest.',
     'Credit: By Anna Kowalczyk and Mike Herrera; Lakefront Ledger staff','People: Tokayev, Kassym-Jomart; Smailov, Alikhan; Nazarbayev, Nursultan; Sherman, Wendy; Ryabkov, Sergei',
     'Publication date: Jan 12, 2022','ProQuest document ID: 2618840917','Database: U.S. Newsstream','Copyright © 2022 ProQuest LLC.'])
q(P,'successfully completed',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='two-word evaluative partial in the lead')
q(P,'A phased withdrawal of the joint peacekeeping contingent of the CSTO will begin in two days,',TOK,'Tokayev','said')
q(P,'It will take no more than ten days.',TOK,'Tokayev','said',note='second sentence after the interposed cue; "ten days" is a duration, not a claim')
q(P,'a layer of wealthy people, even by international standards,',TOK,'he','said',partial=True,note='"Thanks to the first president, he said, \\"…\\""; he = Tokayev; the first president (Nazarbayev) is not the speaker')
q(P,'I believe the time has come for them to pay their due to the people of Kazakhstan,',TOK,'Tokayev','said')
q(P,'We were firm in pushing back on security proposals that are simply non-starters for the United States,','Wendy Sherman','Sherman','told')
q(P,'difficult, long, very professional,','Sergey Ryabkov','Ryabkov','called',partial=True)
q(P,'the safety of foreign citizens and diplomatic staff.','Kazakh Foreign Ministry',"Tileuberdi's ministry",'said',partial=True,note='nearest-name trap: the ministry, not Tileuberdi or Blinken, is the speaker; the one-word "questions" (Blinken) in the same paragraph is excluded')
q(P,'For four days we did not know if my parents were alive,','Dana Akhmetova','Dana Akhmetova','said',note='inverted "said Dana Akhmetova, 34, …"')
q(P,'She told me the tanks are gone from their street, but nobody goes out after dark.','Dana Akhmetova','She','said',note='"She said she finally reached her mother on Sunday." precedes; the quote itself has no cue; nested reported speech of the mother')
c(P,'troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',CSTO,'sent about 2,030 troops to Kazakhstan')
c(P,'detained',9900,None,'people detained since the violence began',MIA,'9,900 people had been detained since the violence began')
c(P,'killed',164,None,'people killed in the unrest',KO,'officials said over the weekend that 164 people',note='"has not been independently verified"; the caption repeat (l.41) is excluded')
c(P,'killed',16,None,'police officers and soldiers killed',KO,'16 police officers and soldiers')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told lawmakers on Tuesday',note='address to the Mazhilis')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin pulling out in two days',note='"in two days" from Tuesday 11 Jan')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Tokayev appealed for help on the night of Jan. 5')
e(P,'2022-01-11','statement',None,[RMOD],"Russia's Defense Ministry said Tuesday")
e(P,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov','Mazhilis'],'deputies approved Alikhan Smailov')
e(P,'2022-01-05','government_resignation','Kazakhstan',[],'since the cabinet resigned on Jan. 5')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said Tuesday that 9,900')
e(P,None,'casualty_report',None,[KO],'officials said over the weekend',note='"over the weekend" = 8-9 Jan; no single day')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'In Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',[NATO,'Russia'],'The talks move to Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',[OSCE],'in Vienna on Thursday')
e(P,'2022-01-06','talks',None,['Antony Blinken','Mukhtar Tileuberdi'],'spoke by phone with Kazakh Foreign Minister Mukhtar Tileuberdi last Thursday',note='phone call; "last Thursday" from Wednesday 12 Jan')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'said on Friday that the United States had')
e(P,'2022-01-05','other','Kazakhstan',[],'shut down the internet on Jan. 5')
e(P,'2022-01-09','other',None,['Dana Akhmetova'],'she finally reached her mother on Sunday')

# ---------------- 1582 Verbum Catholic News Agency (Monday 10 January 2022)
P='1582'
art(P,0,ln(P,"Pope prays for Kazakhstan as local bishops describe 'a wounded city'"),ln(P,'Pope Francis on Sunday prayed'),'Verbum Catholic News Agency','2022-01-10',['Tomás Ferreira'],'Almaty, Kazakhstan',
    ['VCNA | Verbum Catholic News Agency','Home   Vatican   World   Americas   Europe   Asia   Africa   Culture   Opinion   Podcasts   Donate','Search VCNA','Asia','By Tomás Ferreira',
     'Almaty, Kazakhstan, Jan 10, 2022 / 11:40 am (VCNA).','Tags: Pope Francis, Kazakhstan, Angelus, Caritas, Central Asia','Related','Subscribe to our daily newsletter','Donate to VCNA','© 2022 Verbum Catholic News Agency. All rights reserved.'])
q(P,'I have learned with sadness that people have died in the protests of recent days in Kazakhstan,','Pope Francis','the pope','said')
q(P,'through dialogue, justice and the common good.','Pope Francis','He','said',partial=True)
q(P,'with the doors half-closed and the lights low.','José Luis Mumbiela Sierra','Bishop José Luis Mumbiela Sierra','told',partial=True,note='"told VCNA on Monday that …"')
q(P,'People came, but fewer than usual, and they hurried home because of the curfew,','José Luis Mumbiela Sierra','he','said')
q(P,'On Wednesday night we could hear shooting from the cathedral. We prayed the rosary with the sisters until it stopped.','José Luis Mumbiela Sierra','he','said',note='second quote after the interposed cue')
q(P,'a hard lesson for the whole nation,','Tomasz Peta','He','called',partial=True)
q(P,'for those who died, for those who are grieving and for those who must now make wise decisions.','Tomasz Peta','He','said',partial=True,note='same sentence: "He called … and said Catholics should pray \\"…\\""')
q(P,'open fire without warning',TOK,'Tokayev','said',partial=True)
c(P,'troops_deployed',2500,'about','CSTO troops arrived in Kazakhstan',CSTO,'about 2,500 troops had arrived by the weekend')
c(P,'detained',5800,None,'people detained, including foreigners',MIA,'5,800 people had been detained')
c(P,'killed',164,None,'people killed','Kazakh Health Ministry','164 people had been killed',note='state television citing the health ministry; "that figure was later removed from the broadcaster\'s website"')
e(P,'2022-01-09','statement','Vatican City',['Pope Francis'],"after the Angelus prayer in St. Peter's Square on Jan. 9")
e(P,'2022-01-10','statement',None,['José Luis Mumbiela Sierra'],'told VCNA on Monday')
e(P,'2022-01-05','protest','Almaty',[],'On Wednesday night we could hear shooting',note='inside the bishop\'s quote; "Wednesday" from Monday 10 Jan')
e(P,'2022-01-12','other','Almaty',['Diocese of the Most Holy Trinity'],'planned for Jan. 12',note='the clergy meeting was postponed; planned date')
e(P,None,'statement','Nur-Sultan',['Tomasz Peta'],'speaking by phone from the capital',note='no day word')
e(P,'2022-01-08','other','Almaty',['Caritas Kazakhstan'],'Caritas Kazakhstan said on Saturday')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan. 2')
e(P,'2022-01-05','government_resignation','Kazakhstan',[],'The government resigned on Jan. 5')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'that night President Kassym-Jomart Tokayev asked',note='"that night" = 5 Jan; request for CSTO help')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'troops had arrived by the weekend',note='"by the weekend" (8-9 Jan); no single day')
e(P,'2022-01-07','statement',None,[TOK],'On Friday, Tokayev said in a televised address')
e(P,'2022-01-09','casualty_report',None,[MIA],'On Sunday the Interior Ministry said')
e(P,None,'casualty_report',None,['Kazakh Health Ministry'],'State television, citing the health ministry, reported',note='no day word; later withdrawn')
e(P,'2022-01-07','other','Kazakhstan',['Metropolitan Alexander'],'marked Christmas on Friday under the curfew',note='Orthodox Christmas')
e(P,'2022-01-10','other','Kazakhstan',[],'Monday was declared a national day of mourning.')

# ---------------- 1583 The Northern Post, world report with a pull quote (Thursday 13 January 2022)
P='1583'
art(P,0,ln(P,"Nato and Russia fail to close gap as Moscow says talks have hit 'a dead end'"),ln(P,'Nato and Russia ended their first formal talks'),'The Northern Post','2022-01-13',['Helen Carver'],'Brussels',
    ['The Northern Post','News   World   UK politics   Business   Opinion   Sport   Culture   Lifestyle','World > Europe > Nato','Helen Carver, Diplomatic Editor, in Brussels','Thu 13 Jan 2022 06.00 GMT',
     'Listen to this article · 6 min','Gift this article','Jens Stoltenberg, Nato secretary general','Related','Topics','Nato · Russia · Kazakhstan · Ukraine · Europe · Diplomacy','Reuse this content','Most viewed','Most viewed in World',
     '© 2022 Northern Post Media Limited or its affiliated companies. All rights reserved.'])
q(P,'a real danger of a new war in Europe','Jens Stoltenberg',"the alliance's secretary general",'warning of',partial=True,note='named only by role in the lead; the name comes in para 3')
q(P,'Allies and Russia remain far apart on the core issues,','Jens Stoltenberg','Jens Stoltenberg','told')
q(P,'Closing that gap will be hard, but it is encouraging that all allies and Russia sat at the same table.','Jens Stoltenberg','Jens Stoltenberg','told',note='continuation after the interposed cue')
q(P,'Allies and Russia remain far apart. Closing that gap will be hard','Jens Stoltenberg','Jens Stoltenberg',None,note='PULL QUOTE (curly marks, no final stop) with the credit line below it; a shortened repeat of l.17, kept as its own occurrence')
q(P,'If Nato chooses to contain Russia, it will be contained in return,','Alexander Grushko','he','said',note='he = Grushko (previous paragraph), not Fomin who is named in the same paragraph later')
q(P,'If it chooses deterrence, it will meet deterrence.','Alexander Grushko','he','said',note='second sentence, same paragraph, no cue of its own')
q(P,'at a critically low level','Alexander Fomin','Fomin','told',partial=True,note='closing mark before the full stop')
q(P,'The conversation was frank, and at times blunt,','Wendy Sherman','Sherman','told')
q(P,'some positive elements','Dmitry Peskov','Dmitry Peskov','said',partial=True)
q(P,'no reason','Sergey Ryabkov','Ryabkov','saying',partial=True,note='two-word partial kept: evaluative wording with a speech verb')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine',NATO,'Nato estimates Russia has massed about 100,000 troops')
c(P,'killed',164,None,'people killed in the Kazakh riots',KO,'officials say left 164 people dead')
e(P,'2022-01-12','talks','Brussels',[NATO,'Russia'],'ended their first formal talks in more than two years without agreement on Wednesday',note='NATO-Russia Council')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'after US and Russian officials met in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',[OSCE],'The third takes place at the Organization for Security and Co-operation in Europe in Vienna on Thursday')
e(P,'2022-01-12','statement','Brussels',['Jens Stoltenberg'],'Jens Stoltenberg told a press conference after the meeting',note='after Wednesday\'s meeting')
e(P,'2022-01-12','statement','Brussels',['Alexander Grushko'],'Speaking to reporters after the session, Grushko said')
e(P,'2022-01-12','statement',None,['Wendy Sherman'],'Sherman told reporters on a conference call',note='"After Wednesday\'s meeting"')
e(P,'2022-01-12','statement','Moscow',['Dmitry Peskov'],'Dmitry Peskov said on Wednesday')
e(P,None,'statement',None,['Sergey Ryabkov'],'in an interview with a Russian broadcaster',note='no day word')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday the Kazakh president')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin on Thursday')
e(P,'2022-01-13','other','Almaty',[CSTO,'Andrei Serdyukov'],'A handover ceremony was planned for Thursday morning in Almaty')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],"Tokayev's nominee Alikhan Smailov was approved as prime minister")
e(P,None,'talks',None,[NATO],'Nato ambassadors are due to meet again next week.',note='"next week"; no day')

# ---------------- 1584 Victorian Herald page carrying NewsWire (Saturday 8 January 2022, 9:47PM AEDT)
P='1584'
art(P,0,ln1(P,'Kazakh ex-spy chief held for treason as president orders forces to ‘shoot to kill’'),ln(P,'Kazakhstan’s former intelligence chief has been arrested'),'Victorian Herald','2022-01-08',['Jessica Tran'],None,
    ['VICTORIAN HERALD','NEWS   SPORT   AFL   ENTERTAINMENT   LIFESTYLE   BUSINESS   OPINION   PUZZLES','Subscribe   Log in','World','Jessica Tran','NewsWire','2 min read','January 8, 2022 - 9:47PM','– with AFP',
     'READ NEXT','More Coverage','Originally published as Kazakh ex-spy chief held for treason as president orders forces to ‘shoot to kill’','Sign up to our newsletters','© Victorian Herald 2022. All rights reserved.'])
q(P,'fire to kill without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='the headline\'s single-quoted ‘shoot to kill’ is excluded')
q(P,'How can anyone negotiate with criminals and killers?',TOK,'he','said',note='question mark inside the marks')
q(P,'We are dealing with armed, well-trained bandits, local and foreign. They must be destroyed, and that will happen soon.',TOK,'he','said')
q(P,'If recent history teaches anything, it is that once Russian troops are invited into your house, getting them out again can be very hard,','Antony Blinken','Mr Blinken','said')
q(P,'typically rude','Maria Zakharova','Maria Zakharova','said',partial=True)
q(P,'Our embassy in Moscow, which covers Kazakhstan, is in contact with a small number of Australians and their families,','Australian Department of Foreign Affairs and Trade','a DFAT spokesperson','said',note='unnamed spokesperson of a named department: the department is the speaker; the advice label “Do not travel” (l.34) is excluded')
q(P,'He said the shops near our flat were burnt and there were soldiers at every corner,','Aizhan Omarova','she','told',note='reported speech of her father inside the quote')
q(P,'He said, stay where you are, don’t come home.','Aizhan Omarova','she','told',note='continuation; her father\'s words relayed without inner marks')
c(P,'killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces have been killed',note='written-out number at sentence start')
c(P,'injured',748,None,'members of the security forces injured',MIA,'748 injured')
c(P,'detained',4400,'more than','people detained across the country',MIA,'more than 4,400 people had been detained')
c(P,'aircraft',70,'more than','aircraft used to carry the Russian contingent',RMOD,'more than 70 aircraft')
e(P,'2022-01-08','statement',None,['National Security Committee'],'the country’s National Security Committee said on Saturday')
e(P,'2022-01-05','other',None,['Karim Masimov'],'was removed as head of the committee on Wednesday',note='dismissal')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'he had been detained on Thursday')
e(P,'2022-01-07','statement',None,[TOK],'said in a televised address that he had authorised',note='"a day after" is relative to the Saturday announcement')
e(P,'2022-01-08','casualty_report',None,[MIA],'the Interior Ministry said on Saturday')
e(P,'2022-01-07','talks',None,[TOK,'Vladimir Putin'],'spoken by phone with Russian President Vladimir Putin on Friday',note='phone call')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began flying troops into Kazakhstan on Thursday')
e(P,'2022-01-07','statement','Washington',['Antony Blinken'],'said at a news conference on Friday')
e(P,'2022-01-08','statement','Moscow',['Maria Zakharova'],'Maria Zakharova said on Saturday')
e(P,None,'statement',None,['Australian Department of Foreign Affairs and Trade'],'has raised its travel advice for Kazakhstan to the highest level',note='no day word')
e(P,'2022-01-07','other',None,['Aizhan Omarova'],'before he got through on Friday night')
e(P,'2022-01-05','protest','Almaty',[],'seized by rioters on Wednesday')
e(P,'2022-01-07','other','Almaty',[],'retaken by security forces on Friday')

# ---------------- 1585 The Harbour Standard World page, two items (Tuesday 11 January 2022, HKT)
P='1585'
L1585=T[doc(P)].split('\n')
art(P,0,ln1(P,"Wang Yi pledges support as Kazakhstan 'restores order'"),ln(P,'Chinese State Councilor and Foreign Minister Wang Yi'),'Xinhua','2022-01-11',[],None,
    ['THE HARBOUR STANDARD',"Hong Kong's English daily",'Local   China   World   Business   Sports   Editorial   Weekend   ePaper','Tuesday, January 11, 2022','World','World | 11 Jan 2022 6:18 PM','Xinhua',
     'Related: Chinese firms in Almaty report looting at warehouses'],ls=ln1(P,"Wang Yi pledges support as Kazakhstan 'restores order'"),le=ln(P,'Related: Chinese firms'))
art(P,1,ln(P,'US, Russia end Geneva talks without breakthrough on Ukraine'),ln(P,'The United States and Russia ended more than seven hours'),'Reuters','2022-01-11',[],None,
    ['World | 11 Jan 2022 9:42 AM','Reuters','Copyright (c) 2022 The Harbour Standard. All rights reserved.','Most Read','1. Omicron cluster: residents of Kwai Chung estate to be tested',"3. Wang Yi pledges support as Kazakhstan 'restores order'",
     'About Us | Contact Us | Advertise | Privacy Policy | Terms of Use'],ls=ln(P,'US, Russia end Geneva talks without breakthrough on Ukraine'),le=ln(P,'held an emergency video summit'))
q(P,'rapidly brought the situation under control','Wang Yi','Wang','said',partial=True)
q(P,'China is willing to provide necessary support and assistance within its capacity to help Kazakhstan overcome the difficulties,','Wang Yi','Wang','said',note='"according to a statement released by the Foreign Ministry" follows the cue')
q(P,'highly responsible','Xi Jinping','he','praised',partial=True,note='"in which he praised"; he = Xi, not Tokayev who is named just before')
q(P,"firmly opposes any force undermining Kazakhstan's stability.",'Xi Jinping','Xi','said',partial=True)
q(P,'basically normal.','Wang Wenbin','Wang Wenbin','said',partial=True,note='surname trap: "Wang" elsewhere in the item is Wang Yi')
q(P,'We need guarantees that are legally binding, that Ukraine will never join NATO, not now and not in ten years,','Sergey Ryabkov','Sergei Ryabkov','told',art=1,note='inverted order: quote, then title + name + "told"')
q(P,'Nobody gets to decide for another country which alliance it can join,','Wendy Sherman','Sherman','told',art=1,note='the one-word "non-starters" (l.36) and Putin\'s label "so-called colour revolutions" (l.44) are excluded')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine\'s border','Western estimates','Russia has massed around 100,000 troops',art=1)
c(P,'troops_deployed',2000,'about','CSTO troops deployed in Kazakhstan',TOK,'the deployment of some 2,000 troops',art=1,note='"some" → about')
e(P,'2022-01-10','talks',None,['Wang Yi','Mukhtar Tileuberdi'],'told his Kazakh counterpart Mukhtar Tileuberdi on Monday',note='phone call; Monday from the item stamp 11 Jan (Tue)')
e(P,'2022-01-10','statement','Beijing',['Chinese Foreign Ministry'],'according to a statement released by the Foreign Ministry after the call',note='"after the call" on Monday')
e(P,'2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to Kazakh President Kassym-Jomart Tokayev on Friday')
e(P,'2022-01-10','statement','Beijing',['Wang Wenbin'],'At a regular press briefing in Beijing on Monday')
e(P,None,'other','Khorgos',[],'the Khorgos crossing on the Kazakh border had resumed operations',note='no day for the reopening itself')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'ended more than seven hours of talks in Geneva on Monday',art=1)
e(P,'2022-01-10','statement','Geneva',['Sergey Ryabkov'],'told a news conference after the meeting at the US mission',art=1)
e(P,'2022-01-12','talks','Brussels',[NATO,'Russia'],'The talks will continue on Wednesday in Brussels',art=1)
e(P,'2022-01-13','talks','Vienna',[OSCE],'on Thursday at the OSCE in Vienna',art=1)
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'held an emergency video summit on Monday',art=1)

# ---------------- 1586 Meridian News Agency PROFILE (Tuesday 11 January 2022)
P='1586'
art(P,0,ln(P,'PROFILE-Technocrat Smailov'),ln(P,'ALMATY, Jan 11 (Meridian) -'),'Meridian News Agency','2022-01-11',['Daniyar Ospanov','Claire Whitfield'],'ALMATY',
    ['Meridian News Agency','World | Asia Pacific | Emerging Markets','January 11, 2022 3:52 PM GMT','Updated 2 hours ago','By Daniyar Ospanov and Claire Whitfield','4 minute read',
     'Below are key facts about Smailov and the decisions he faces.','CAREER',"TOKAYEV'S INSTRUCTIONS",'THE CABINET','CHALLENGES',
     '(Reporting by Daniyar Ospanov in Almaty and Claire Whitfield in London; Editing by Mark Pellow)','Our Standards: The Meridian Trust Principles.'])
q(P,'He is a man of spreadsheets, not speeches,',None,'one senior banker who has worked with him','said',note='anonymous banker ("speaking on condition of anonymity")')
q(P,'share with the people.',TOK,'He','told',partial=True,note='the fund name "For the People of Kazakhstan," in the same bullet is a name, excluded')
q(P,'The government has not done enough to solve the problems of ordinary people,',TOK,'Tokayev','told')
q(P,'The new cabinet will be judged by results, not by reports.',TOK,'Tokayev','told')
q(P,'full supply of goods','Alikhan Smailov','Smailov','told',partial=True,note='"the government\'s press service said" at the end of the bullet; Smailov\'s words')
q(P,'Smailov is a safe pair of hands, but the problems are political and he is not a politician,','Galym Nurpeisov','Galym Nurpeisov','said',note='inverted "said Galym Nurpeisov"; "Smailov" inside the quote is not the speaker')
q(P,'The real decisions will still be made in the Akorda.','Galym Nurpeisov','Galym Nurpeisov','said')
c(P,'detained',9900,None,'people detained during the unrest',MIA,'9,900 people had been detained during the unrest')
c(P,'killed',164,None,'people killed',KO,'Officials have said 164 people were killed')
c(P,'killed',16,None,'members of the security forces killed',KO,'16 members of the security forces')
c(P,'damage_usd',200000000,'about','damage in Almaty',"Almaty mayor's office",'87 billion tenge ($200 million)',note='"about" governs the tenge figure and its dollar gloss; the tenge figure is not a separate record')
c(P,'other',1300,'more than','businesses hit by looting',"Almaty mayor's office",'more than 1,300 businesses hit by looting')
c(P,'troops_deployed',2000,'about','CSTO troops in Kazakhstan',TOK,'the CSTO force of about 2,000 troops')
e(P,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov','Mazhilis'],"approved as Kazakhstan's prime minister by parliament on Tuesday")
e(P,'2022-01-05','government_resignation','Kazakhstan',[TOK,'Askar Mamin'],"accepted the resignation of Askar Mamin's cabinet")
e(P,'2022-01-05','appointment',None,['Alikhan Smailov'],'had run the government in an acting capacity since Jan. 5')
e(P,None,'appointment',None,['Alikhan Smailov'],'appointed finance minister in September 2018',note='month and year only (September 2018)')
e(P,None,'appointment',None,['Alikhan Smailov'],'first deputy prime minister in February 2019',note='month and year only (February 2019)')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'In his address to parliament on Tuesday')
e(P,'2022-01-02','protest','Mangistau',[],'triggered the protests on Jan. 2')
e(P,'2022-01-11','appointment',None,['Mukhtar Tileuberdi','Murat Bektanov'],'according to a list published by the presidential office on Tuesday evening',note='ministers kept their posts')
e(P,'2022-01-06','appointment',None,['Yermek Sagimbayev'],'named chairman of the National Security Committee on Jan. 6')
e(P,None,'arrest',None,['Karim Masimov'],'Karim Masimov was dismissed and later arrested on suspicion of treason',note='undated here')
e(P,'2022-01-11','other','Nur-Sultan',['Alikhan Smailov'],'Smailov held his first meeting with ministers on Tuesday evening')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving in two days',note='"in two days" from Tuesday 11 Jan')

# ---------------- 1587 Workers' Dispatch, US labor daily (January 13, 2022, Thursday)
P='1587'
art(P,0,ln(P,'Kazakh oil workers face arrests and courts'),ln(P,'ALMATY and CHICAGO — Strike leaders'),"Workers' Dispatch",'2022-01-13',['Rafael Ortega','Saule Dzhaksybekova'],'ALMATY and CHICAGO',
    ["WORKERS' DISPATCH",'Daily news for working people since 1987','Labor   Politics   World   Climate   Culture   Opinion   Podcast   Donate','WORLD','By Rafael Ortega and Saule Dzhaksybekova','January 13, 2022 4:10 PM CST',
     "Members of the Kazakhstan Oil Workers' Union rally in Zhanaozen on Jan. 3. | Photo courtesy of the union","Like free, independent journalism? Support Workers' Dispatch with a monthly donation.",'Comments','Share   Tweet   Email   Print','MORE FROM WORLD'])
q(P,'organizing an unsanctioned gathering.','Zhanaozen court','a court in Zhanaozen',None,partial=True,note='the offence as worded in the ruling; no speech verb ("sentenced … for"); a scorer may treat it as a label')
q(P,'He was not in Almaty, he did not burn anything, he only asked for fair wages and a fair gas price,','Asel Kenzhebayeva','Kenzhebayeva','told')
q(P,'Now they are treating every worker who stood in the square as a terrorist.','Asel Kenzhebayeva','Kenzhebayeva','told')
q(P,'the criminalization of legitimate trade union activity','International Trade Union Confederation','The International Trade Union Confederation','called',partial=True,note='cue "condemned what it called"')
q(P,'who committed crimes','Askhat Bekturov','Askhat Bekturov','told',partial=True)
q(P,'Nobody is punished for a peaceful opinion,','Askhat Bekturov','he','said')
q(P,'Working people in Ukraine, in Russia, in Kazakhstan and here at home gain nothing from a new arms race,','Dolores Whitaker','Dolores Whitaker','said',note='inverted "said Dolores Whitaker, a retired Chicago steelworker …"')
q(P,'He told me to tell the boys at the field that he is fine,','Gulnar','she','said',note='first name only ("Tasbolatov\'s wife, Gulnar"); quote split by the interposed cue')
q(P,'and that the wage demand is still on the table.','Gulnar','she','said',note='second half of the split quote')
c(P,'detained',9900,None,'people detained nationwide',MIA,'9,900 people had been detained nationwide')
c(P,'detained',30,'at least','union activists held in Mangistau and Atyrau','International Trade Union Confederation','at least 30 union activists being held')
c(P,'troops_deployed',2030,None,'CSTO troops deployed, most of them Russian',CSTO,'it deployed 2,030 troops')
e(P,'2022-01-11','court_ruling','Zhanaozen',['Nurbek Tasbolatov'],'On Tuesday a court in Zhanaozen sentenced Nurbek Tasbolatov',note='15 days of administrative detention')
e(P,'2022-01-02','protest','Zhanaozen',[],"spoke at the first rally in the town's central square on Jan. 2")
e(P,'2022-01-12','statement',None,['Asel Kenzhebayeva'],"Kenzhebayeva told Workers' Dispatch by phone on Wednesday")
e(P,'2022-01-01','other','Mangistau',[],"jumped overnight on New Year's Day",note='gas price rise')
e(P,'2022-01-04','protest','Tengiz',[],'By Jan. 4, workers at several contractors on the giant Tengiz oil field had stopped work',note='"By Jan. 4": strike under way by that date')
e(P,'2022-01-04','protest','Almaty',[],'peaceful demonstrations on the evening of Jan. 4')
e(P,'2022-01-05','protest','Almaty',[],'followed the next day by armed groups storming the city administration',note='"the next day" after 4 Jan')
e(P,'2022-01-05','government_resignation','Kazakhstan',[TOK],'dismissed the government on Jan. 5')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'that night asked the Russian-led Collective Security Treaty Organization to send troops')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday')
e(P,'2022-01-10','statement',None,['International Trade Union Confederation'],'The International Trade Union Confederation on Monday condemned')
e(P,'2022-01-12','statement','Nur-Sultan',['Askhat Bekturov'],'told a briefing in Nur-Sultan on Wednesday')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'the first Russian paratroopers boarded transport planes at Almaty airport',note='"On Thursday"')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'that Tokayev announced in parliament on Tuesday')
e(P,'2022-01-10','other','Chicago',['Dolores Whitaker','Midwest Labor Peace Network'],'at a vigil outside the federal building on Monday evening')
e(P,'2022-01-12','other','Zhanaozen',['Gulnar'],'allowed to bring him food on Wednesday')

# ---------------- 1588 Saigon Morning Post, English edition (Friday 14 January 2022)
P='1588'
art(P,0,ln(P,'Russian-led troops begin Kazakhstan exit as Vietnam says its citizens are safe'),ln(P,'Russian-led troops began leaving Kazakhstan on Thursday'),'Saigon Morning Post','2022-01-14',[],None,
    ['SAIGON MORNING POST','English edition','Home | Politics | Business | World | Society | Travel | Sports | Features','World','Fri, January 14, 2022, 08:15 GMT+7','Updated: 01/14/2022 09:02 GMT+7','SMP - AFP',
     'Tags: Kazakhstan, CSTO, OSCE, Russia, Vietnamese citizens','RELATED NEWS','Saigon Morning Post - English edition','Editor-in-chief: Tran Minh Quang','Licence No. 112/GP-BTTTT','© Copyright 2022 Saigon Morning Post. All rights reserved.'])
q(P,'The mission of the collective peacekeeping forces has been fulfilled,','Andrei Serdyukov','Serdyukov','said')
q(P,'Not a single shot was fired at civilians by our soldiers.','Andrei Serdyukov','Serdyukov','said')
q(P,'higher than at any time in the past three decades.','Zbigniew Rau','Zbigniew Rau','said',partial=True)
q(P,'wait forever','Alexander Lukashevich','Alexander Lukashevich','said',partial=True,note='two-word partial kept; the one-word "catastrophe" in the same sentence is excluded')
q(P,'So far, no Vietnamese citizen has been reported killed or injured,','Le Thi Thu Hang','Hang','said',note='Vietnamese name order: "Hang" is the given name used as the short form')
q(P,'The embassy has set up a hotline and will continue to support citizens who need help to return home.','Le Thi Thu Hang','Hang','said')
q(P,'maintain peace, stability and development.','Le Thi Thu Hang','She','said',partial=True)
q(P,'I heard gunfire two nights in a row and I did not go outside for five days,','Nguyen Van Tuan','he','said')
q(P,'Now the soldiers are leaving, and people are starting to buy bread and rice again.','Nguyen Van Tuan','he','said')
c(P,'aircraft',4,None,'Il-76 planes carrying the first paratroopers home',RMOD,'four Il-76 transport planes',note='written-out number')
c(P,'killed',164,'at least','people killed in the violence','Kazakh authorities','at least 164 people were killed in the violence')
c(P,'killed',19,None,'members of the security forces killed','Kazakh authorities','19 members of the security forces')
c(P,'detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 people were detained',note='"nearly" → almost')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Russian-led troops began leaving Kazakhstan on Thursday')
e(P,'2022-01-13','other','Almaty',['Andrei Serdyukov','Sultan Kamaletdinov'],"At a ceremony in the city's main square",note='the handover ceremony of Thursday (first paragraph)')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'would return home by January 19',note='planned completion')
e(P,'2022-01-13','withdrawal',None,[RMOD],'had landed near Moscow by Thursday evening')
e(P,'2022-01-05','other','Almaty',[],'which was closed on January 5 after rioters stormed it')
e(P,'2022-01-13','other','Almaty',[],'reopened to passenger flights on Thursday')
e(P,'2022-01-13','talks','Vienna',[OSCE,'Zbigniew Rau','Alexander Lukashevich'],"held the last of this week's three rounds of talks")
e(P,'2022-01-13','statement','Hanoi',['Le Thi Thu Hang'],'At the regular press briefing of the Ministry of Foreign Affairs in Hanoi on Thursday afternoon')
e(P,'2022-01-12','other',None,['Nguyen Van Tuan'],'told SMP by phone on Wednesday')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'President Kassym-Jomart Tokayev said on Tuesday that the new government would be led by Alikhan Smailov')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Kazakh president'],'Kazakhstan',['he','He'],['Tokayev, Kassym-Jomart',"Tokayev's",'Mr Tokayev']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','US Deputy Secretary of State','the deputy secretary of state'],'United States',[],['Sherman, Wendy'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','the Russian deputy foreign minister'],'Russia',[],['Ryabkov, Sergei'],note='words invented/paraphrased'),
 sp('Kazakh Foreign Ministry','organisation',[],[],'Kazakhstan',[],["Tileuberdi's ministry"],note='invented wording'),
 sp('Dana Akhmetova','person',['Dana Akhmetova'],['a software engineer'],'Kazakhstan',['She','she'],note='invented'),
 sp('Pope Francis','person',['Pope Francis'],[],'Vatican City',['the pope','He'],note='real; words paraphrased/invented'),
 sp('José Luis Mumbiela Sierra','person',['José Luis Mumbiela Sierra'],['Bishop','president of the country\'s bishops\' conference'],'Kazakhstan',['he','The bishop','the bishop'],note='real bishop of Almaty; words invented'),
 sp('Tomasz Peta','person',['Tomasz Peta'],['Archbishop'],'Kazakhstan',['He'],note='real archbishop of Astana; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Nato secretary general'],None,["the alliance's secretary general",'He','he'],note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['the deputy foreign minister'],'Russia',['he'],note='words invented'),
 sp('Alexander Fomin','person',['Alexander Fomin','Fomin'],['the deputy defence minister'],'Russia',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['the Kremlin spokesman'],'Russia',note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State','US Secretary of State'],'United States',[],['Mr Blinken'],note='words paraphrased'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',note='words invented'),
 sp('Australian Department of Foreign Affairs and Trade','organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['a DFAT spokesperson'],note='unnamed spokesperson; words invented'),
 sp('Aizhan Omarova','person',['Aizhan Omarova'],[],'Kazakhstan',['she'],note='invented'),
 sp('Wang Yi','person',['Wang Yi','Wang'],['Chinese State Councilor and Foreign Minister'],'China',note='words invented'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China',['he'],note='words invented'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Foreign Ministry spokesman'],'China',note='words invented'),
 sp('Galym Nurpeisov','person',['Galym Nurpeisov'],['an Almaty-based political analyst'],'Kazakhstan',note='invented'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['prime minister'],'Kazakhstan',[],['Smailov, Alikhan'],note='real; words invented'),
 sp('Asel Kenzhebayeva','person',['Asel Kenzhebayeva','Kenzhebayeva'],['his lawyer'],'Kazakhstan',note='invented'),
 sp('International Trade Union Confederation','organisation',['International Trade Union Confederation'],[],None,['the confederation'],note='real organisation; words invented'),
 sp('Askhat Bekturov','person',['Askhat Bekturov'],['Deputy Interior Minister'],'Kazakhstan',['he'],note='invented'),
 sp('Dolores Whitaker','person',['Dolores Whitaker'],['a retired Chicago steelworker'],'United States',note='invented'),
 sp('Gulnar','person',['Gulnar'],[],'Kazakhstan',["Tasbolatov's wife",'she'],note='invented; first name only'),
 sp('Zhanaozen court','organisation',[],[],'Kazakhstan',['a court in Zhanaozen'],note='invented ruling'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','Gen'],'Russia',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister',"Poland's foreign minister"],'Poland',note='words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',note='words invented'),
 sp('Le Thi Thu Hang','person',['Le Thi Thu Hang','Hang'],['spokeswoman'],'Vietnam',['She'],note='real MOFA spokeswoman; words invented'),
 sp('Nguyen Van Tuan','person',['Nguyen Van Tuan'],['a trader'],'Vietnam',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','The alliance'],[],quoted=False,note='source of troop figures; not quoted'),
 sp(RMOD,'organisation',['Defense Ministry','defence ministry'],[],'Russia',[],[],quoted=False,note='source of aircraft figures; not quoted'),
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
