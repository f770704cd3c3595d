#!/usr/bin/env python3
"""Source of the devset187 annotation: the hand-chosen spans, values and dates for 1589-1596.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset187/annotation_source.py && python3 tests/devset187/verify.py
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
FCDO='Foreign, Commonwealth and Development Office'; TCO='Tengizchevroil'

ROT='Rotary District 5580'; WB='Westbridge Institute for International Security Studies'

# ---------------- 1589 GlobeLens (Worldcrunch-style) translation of a Simbirsky Vestnik piece (Tuesday 11 January 2022; original Monday 10 January)
P='1589'
art(P,0,ln(P,'The Paratroopers\' Mothers Of Ulyanovsk'),ln(P,"Russia's part in the CSTO mission"),'GlobeLens','2022-01-11',['Pavel Sorokin'],'ULYANOVSK',
    ['GlobeLens','Worldwide. In English.','Home  /  Geopolitics  /  Russia','Subscribe   Log in','GEOPOLITICS',
     'Paratroopers board a transport plane at an airfield outside Moscow on Jan. 6 — Photo: Russian Defence Ministry press service',
     'SIMBIRSKY VESTNIK','Jan 11, 2022','Translated by Emily Hart',
     'This article was first published in Russian by Simbirsky Vestnik on Jan. 10, 2022. Translated and abridged by GlobeLens.',
     'Read the original article in Russian','Related','GlobeLens © 2022 — All rights reserved. Translations are produced under licence from partner publications.'])
q(P,'He called at four in the morning and said only that they were flying south and that I should not worry,','Tatyana Gromova','Tatyana Gromova','said',note='inverted cue "…," said NAME')
q(P,'Of course I worry. Who would not?','Tatyana Gromova','Tatyana Gromova','said',note='second half after the interposed cue')
q(P,'not take part in any operations against the population','Andrei Serdyukov','Andrei Serdyukov','said',partial=True,note='"Colonel-General Andrei Serdyukov, who commands the joint force, said" (relative clause between name and verb)')
q(P,'In 1979 they also told us it was for a few weeks,','Viktor','he','said',note='retired officer identified by first name only')
q(P,'daily information through the unit, not through rumours,','Oleg Latyshev','Oleg Latyshev','told reporters',partial=True)
q(P,'Nobody can tell us when they come home,','Tatyana Gromova','Gromova','said')
q(P,'That is the only thing we want to know.','Tatyana Gromova','Gromova','said')
c(P,'aircraft',70,'more than','Il-76 transport aircraft used to move the Russian contingent','Russian Defence Ministry','more than 70 Il-76 transport aircraft')
c(P,'troops_deployed',2030,None,'troops in the CSTO force',CSTO,'its force numbers 2,030 troops',note='"The alliance says"')
c(P,'detained',5800,None,'people detained in Kazakhstan',MIA,'5,800 people had been detained')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,'31st air assault brigade'],'on Thursday the brigade was among the first Russian units flown to Kazakhstan',note='Thursday before both the original (Mon 10 Jan) and the translation (Tue 11 Jan)')
e(P,None,'statement',None,['Andrei Serdyukov'],'said the peacekeepers would',note='undated')
e(P,'2022-01-09','statement','Ulyanovsk',['Oleg Latyshev'],'told reporters yesterday',note='"yesterday" resolved from the ORIGINAL publication date (Simbirsky Vestnik, 10 Jan 2022), not from the translation stamp (11 Jan)')
e(P,'2022-01-09','casualty_report','Kazakhstan',[MIA],'The Interior Ministry reported on Sunday')

# ---------------- 1590 The Cambrian Mail (Welsh daily; capitals byline over PUBLISHED/UPDATED stamp; Friday 7 January 2022)
P='1590'
art(P,0,ln(P,"Swansea teacher in Almaty describes 'night of gunfire'"),ln(P,'Rhian Evans, 34, has been sheltering'),'The Cambrian Mail','2022-01-07',['GARETH PRICE','CERYS MORGAN'],None,
    ['THE CAMBRIAN MAIL',"News | Sport | Politics | Business | What's On | Cymraeg",'News > Wales > World','By GARETH PRICE and CERYS MORGAN','Chief Reporter and Education Correspondent',
     'PUBLISHED: 14:12, Fri, Jan 7, 2022 | UPDATED: 19:40, Fri, Jan 7, 2022','Rhian Evans, pictured at the school in Almaty last year (Image: Family handout)',
     'Additional reporting by Press Association.','Got a story? Email newsdesk@cambrianmail.co.uk','MORE ON THIS STORY','Comments (23)','Sign in to comment','© Cambrian Media Group 2022. All rights reserved.'])
q(P,'The shooting started just after dark and it did not really stop until morning,','Rhian Evans','she','told',note='"she told the Cambrian Mail in a voice message"')
q(P,'We sat in the corridor away from the windows and took turns trying to get a signal.','Rhian Evans','she','told')
q(P,'People here are frightened, but they are also very kind. A neighbour brought us bread and water this morning,','Rhian Evans','she','added')
q(P,'Every time the phone goes quiet you imagine the worst,','Sian Evans','she','said',note='"she" = the mother Sian Evans, not the teacher Rhian Evans (same surname)')
q(P,'open fire to kill without warning',TOK,'Mr Tokayev','said',partial=True)
q(P,'I want to know that there is a plan to bring Rhian and every other British national home safely if they want to come,','Llinos Harries','she','said')
q(P,'We are in contact with British nationals in Kazakhstan and are monitoring the situation closely.',FCDO,'A Foreign, Commonwealth and Development Office spokesperson','said',note='unnamed spokesperson of a named body -> the body is the speaker; cue "said:"')
c(P,'troops_deployed',2500,'about','CSTO soldiers to be sent to Kazakhstan',CSTO,'The alliance has said it will send about 2,500 soldiers')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='"armed criminals" is a scare-quoted label, excluded from quotes')
c(P,'killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c(P,'detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people had been detained')
e(P,'2022-01-05','protest','Almaty',[],"when protesters stormed and set fire to the mayor's office",note='"since Wednesday, when …" from Friday 7 Jan')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'landed in Kazakhstan on Thursday')
e(P,'2022-01-07','statement',None,[TOK],'On Friday Mr Tokayev said he had authorised')
e(P,None,'statement',None,['Llinos Harries'],'said she had raised the case with the UK government')

# ---------------- 1591 Steppe Business Weekly reprint of a Caspian Newswire story + local add-on (Monday 10 January 2022)
P='1591'
art(P,0,ln(P,'Tengiz output recovers as contractor protests ease'),ln(P,'NUR-SULTAN/MOSCOW, Jan 10'),'Steppe Business Weekly','2022-01-10',['Aliya Sadykova','Oleg Vasin','Anna Cole','Madi Zhaksylykov'],'NUR-SULTAN/MOSCOW',
    ['STEPPE BUSINESS WEEKLY',"Kazakhstan's English-language business newspaper",'Markets | Energy | Banking | Policy | Opinion | Subscribe','ENERGY',
     'Workers at the Tengiz field in Atyrau region, December 2021. Photo: Tengizchevroil handout','Caspian Newswire, with local reporting by Madi Zhaksylykov','Monday, January 10, 2022 · 11:05 ALMT',
     '(Reporting by Aliya Sadykova in Nur-Sultan and Oleg Vasin in Moscow; Additional reporting by Tom Reid in London; Writing by Anna Cole; Editing by Frank Doyle)',
     'LOCAL REACTION','Related stories','Steppe Business Weekly · Almaty · © 2022 · Reproduction of Caspian Newswire material is prohibited'])
q(P,'gradually being restored to planned levels',TCO,'it','said',partial=True,note='"In a statement on Monday it said that production was"; it = the Chevron-led venture')
q(P,'Production at all our sites continues as normal, and we have not changed our guidance for 2022,','Kazatomprom','a company spokesman','said',note='unnamed spokesman of a named company -> the company')
q(P,'stable throughout the period','Aidar Mukhanov','Aidar Mukhanov','told a briefing',partial=True)
q(P,'For us one day without the field is like a day without blood in the body,','Gulnara Tasbulatova','Gulnara Tasbulatova','said',note='local add-on after the wire footer')
q(P,'Hotels, transport, catering, everything stops.','Gulnara Tasbulatova','Gulnara Tasbulatova','said')
q(P,'tens of millions of tenge','Gulnara Tasbulatova','Ms Tasbulatova','said',partial=True)
q(P,'fair wages, not politics',None,'A driver for a subcontractor','said',partial=True,note='anonymous driver')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
c(P,'killed',164,None,'people killed','Kazakh Health Ministry','164 people had been killed',note='reported by state television citing the Health Ministry; "officials later said that figure had been published by mistake"')
e(P,'2022-01-10','other','Tengiz',[TCO],'was returning to normal on Monday')
e(P,'2022-01-07','other','Tengiz',[TCO],'had reduced output on Friday')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e(P,'2022-01-09','casualty_report',None,['Kazakh Health Ministry'],'citing the Health Ministry, said on Sunday')
e(P,'2022-01-10','other','Almaty',['National Bank of Kazakhstan'],'Banks in Almaty reopened on Monday')
e(P,'2022-01-09','other','Tengiz',[],'most of his colleagues had returned on Sunday')

# ---------------- 1592 Lodestar photo essay, "Words by … | Photographs by …" (14 January 2022, Friday)
P='1592'
caps=[l for l in T[doc(P)].split('\n') if 'Photograph: Daniyar Sultanbekov' in l]
assert len(caps)==6
art(P,0,ln(P,'Almaty, after the fire\n'),ln(P,"A week after the riots, Kazakhstan's largest city"),'Lodestar','2022-01-14',['Hannah Voss'],None,
    ['LODESTAR','Stories from the edges of the map','Magazine   Photo essays   Podcasts   Shop','PHOTO ESSAY','Words by Hannah Voss | Photographs by Daniyar Sultanbekov for Lodestar','14 January 2022','8 min read']+caps+
    ['Hannah Voss is a Berlin-based writer who has reported from Central Asia since 2015. Daniyar Sultanbekov is a documentary photographer based in Almaty.',
     'All photographs © Daniyar Sultanbekov. Not to be reproduced without permission.','More photo essays','Lodestar Media Ltd · About · Contributors · Privacy'])
q(P,'We stopped counting after midnight,','Aizhan Nurmagambetova','she','said')
q(P,'We just worked.','Aizhan Nurmagambetova','she','said')
q(P,"I don't blame the young people who came out over the gas price,",'Serik Omarov','he','said')
q(P,'I blame the ones who came with crowbars.','Serik Omarov','he','said')
q(P,'fully accomplished','Andrei Serdyukov','Andrei Serdyukov','said',partial=True,note='"the force\'s commander, Colonel-General Andrei Serdyukov, said"; two-word evaluative partial with a speech verb, kept')
q(P,'Nobody tells us anything. Not where he is, not what he is accused of,','Saule','she','said',note='"A woman who gave her name only as Saule"')
q(P,'Life has to continue,','Askar','he','said',note='first name only')
q(P,'What else can we do?','Askar','he','said')
c(P,'troops_deployed',2030,None,'CSTO troops being withdrawn','officials','the withdrawal of the 2,030 troops')
c(P,'detained',10000,'almost','people detained nationwide','officials','nearly 10,000 people have been detained')
e(P,'2022-01-05','protest','Almaty',[],'worked through the night of 5 January',note='the night of the riots; the burning of the mayor\'s office is told without a date')
e(P,'2022-01-13','other','Almaty',[CSTO,'Andrei Serdyukov'],'At a ceremony on Thursday',note='ceremony ending the mission; Thursday before Fri 14 Jan')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'should be complete by 19 January')
e(P,None,'other','Almaty',[],'the Medeu skating rink reopened this week',note='"this week"; the caption gives 13 January, but captions are not annotated')

# ---------------- 1593 Clearwater County Courier weekly "AREA NEWS IN BRIEF" + WORLD brief, 3 items = 3 articles (Thursday 13 January 2022)
P='1593'
MAST=['The Clearwater County Courier','Serving Bagley, Clearbrook, Gonvick and Shevlin since 1903','Thursday, January 13, 2022 | Vol. 119, No. 2 | $1.50','NEWS | SPORTS | OBITUARIES | CLASSIFIEDS | PUBLIC NOTICES | E-EDITION','AREA NEWS IN BRIEF']
a0=ln(P,'Bagley exchange student safe in Kazakhstan'); a1=ln(P,'Lutheran youth trip to Central Asia postponed'); a2=ln(P,'US, Russia talks end without breakthrough')
art(P,0,a0,a0+2,'The Clearwater County Courier','2022-01-13',['Karen Lindgren'],None,MAST+['— Submitted by Karen Lindgren, Rotary District 5580'],ls=a0,le=ln(P,'— Submitted by'))
art(P,1,a1,a1+2,'The Clearwater County Courier','2022-01-13',[],None,['— Staff report','WORLD'],ls=a1,le=ln(P,'— Staff report'))
art(P,2,a2,a2+2,'The Clearwater County Courier','2022-01-13',[],None,['— From wire reports','ADVERTISEMENT','Hegland Implement — Winter service specials through Jan. 31',
     'Have news to share? Email news@clearwatercourier.com or call 218-555-0142. Submissions are due by noon Monday.','© 2022 The Clearwater County Courier. All rights reserved.'],ls=a2,le=ln(P,'— From wire reports'))
q(P,'She called us on Saturday, the first time in four days, and she sounded calm,','Lars Sorensen','Lars Sorensen','said',art=0,note='inverted "…," said her father, Lars Sorensen')
q(P,'Honestly she was more worried about us worrying than about anything happening there.','Lars Sorensen','Lars Sorensen','said',art=0)
q(P,'Her safety comes first, and right now she is safer staying put than travelling,','Karen Lindgren','Karen Lindgren','said',art=0,note='the quoted officer is also the submitter credited at the foot')
q(P,'We pray for the people of Kazakhstan, and we will go when it is wise to go,','Dale Hegland','Hegland','said',art=1,note='"Hegland" also appears in an advertisement (Hegland Implement)')
q(P,'security proposals that are simply non-starters','Wendy Sherman','Wendy Sherman','said',art=2,partial=True,note='one-word "ironclad" (Ryabkov) in the same sentence is excluded')
c(P,'troops_deployed',2030,None,'CSTO troops deployed to Kazakhstan',None,'had deployed 2,030 troops',art=2)
c(P,'killed',160,'more than','people killed in the riots','Kazakh officials','more than 160 people were killed',art=2)
e(P,'2022-01-08','other',None,['Emma Sorensen','Lars Sorensen'],'She called us on Saturday',art=0,note='inside a quote; Saturday before Thursday 13 Jan')
e(P,None,'protest','Pavlodar',[],'Pavlodar saw street protests last week',art=0,note='"last week" (real: 5-6 Jan)')
e(P,'2022-01-10','other','Clearbrook',["Our Savior's Lutheran Church"],'voted on Monday night',art=1)
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'ended talks in Geneva on Monday',art=2)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'met in Brussels on Wednesday',art=2)
e(P,'2022-01-13','talks','Vienna',['OSCE'],'is set for Thursday in Vienna',art=2)
e(P,None,'withdrawal','Kazakhstan',[CSTO],'began leaving, Kazakh officials said',art=2,note='no day given (real: 13 Jan)')

# ---------------- 1594 Westbridge Institute roundtable summary under the Chatham House Rule (13 January 2022, Thursday)
P='1594'
art(P,0,ln(P,"Kazakhstan's January crisis and the CSTO: what changed in a week?"),ln(P,'This summary reports on a private roundtable'),WB,'2022-01-13',['Tom Beckett'],None,
    ['WESTBRIDGE INSTITUTE','for International Security Studies','Research   Events   Experts   Publications   Support us   About','Home > Events > Event summaries','EVENT SUMMARY',
     'Image: CSTO peacekeepers at Almaty airport. Photo credit: Kazakh Ministry of Defence / public domain','13 January 2022 | Russia and Eurasia Programme | 6 min read',
     'Rapporteur: Tom Beckett, Research Assistant, Russia and Eurasia Programme. This summary was reviewed by the chair.',
     'The Westbridge Institute takes no institutional positions. The views expressed are those of the participants.','Related','Westbridge Institute for International Security Studies is a registered charity. © 2022'],
    sections=[ln(P,'Opening remarks'),ln(P,'The deployment\n'),ln(P,"Tokayev's position"),ln(P,'The regional picture')])
q(P,'how fast an internal crisis in Central Asia can become a question for Moscow','Fiona Grant','Dr Fiona Grant','said',partial=True,note='"the chair, Dr Fiona Grant, head of the … Programme, said the week had shown"; on the record')
q(P,'Whatever we conclude today, we should not pretend that this was a routine deployment,','Fiona Grant','she','said')
q(P,'less important than the speed',None,'One participant','argued',partial=True,note='Chatham House Rule: unattributed participant')
q(P,'They guarded airports and power stations. The shooting was done by Kazakh forces,',None,'the participant','said',note='"Another participant, a former diplomat"')
q(P,'He has been rescued once, and everyone in the region saw it,',None,'the participant','said',note='a third unattributed participant')
q(P,'That is a debt, whether or not it is ever called in.',None,'the participant','said')
q(P,'rehearsal of a Russian sphere of influence',None,'One participant','described',partial=True,note='cue "described the CSTO operation as"')
c(P,'troops_deployed',2030,None,'troops in the CSTO force',CSTO,'the force numbered 2,030 troops',note='"According to the alliance"')
c(P,'other',250,'more than','pieces of CSTO equipment',CSTO,'more than 250 pieces of equipment',note='borderline: equipment count (as devset156 "250 units of equipment")')
e(P,'2022-01-12','other',None,[WB,'Fiona Grant'],'a private roundtable held online on 12 January 2022')
e(P,'2022-01-05','statement',None,[TOK,CSTO],"request on the night of 5 January")
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the first units were on the ground on 6 January')
e(P,'2022-01-11','statement',None,[TOK],'address to parliament on 11 January')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on 10 January')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council meeting held the same day as the roundtable',note='"the same day as the roundtable" = 12 January')

# ---------------- 1595 L'Hebdo européen, English edition (two-author parenthetical byline; translated-by footer; Wednesday 12 January 2022)
P='1595'
art(P,0,ln(P,'In Almaty, the families of the detained search'),ln(P,'After the riots of early January'),"L'Hebdo européen",'2022-01-12',['Claire Dumont','Julien Marchal'],None,
    ["L'Hebdo européen",'ENGLISH EDITION','International · Europe · Economy · Ideas · Culture      Français | English','INTERNATIONAL · KAZAKHSTAN',
     'By Claire Dumont (Almaty, special correspondent) and Julien Marchal (Moscow, correspondent)','Published on January 12, 2022 at 6:30 pm (Paris) · Reading time 5 min.','Subscribers only',
     'Translated from the French by Sarah Whitfield. The original version of this article was published on January 11, 2022 in L\'Hebdo européen.','Read more',
     "© L'Hebdo européen 2022 · Legal notice · Contact the English edition"])
q(P,'They told me to come back tomorrow. They told me that yesterday as well,','Gulmira','Gulmira','says',note='present-tense cue; first name only')
q(P,'there will be no mercy',TOK,'Kassym-Jomart Tokayev','has promised',partial=True,note='"bandits" in the same sentence is a one-word label, excluded')
q(P,'When I finally saw one of them, he had bruises on his face and could not lift his arm. He had already signed a confession,','Zhanar Kaliyeva','she','says')
q(P,'achieved its objectives','Dmitry Peskov','Dmitry Peskov','said',partial=True)
q(P,'We came when we were asked, and we leave when the work is done. Let others compare that with their own record,',None,'a Russian diplomat','said',note='anonymous diplomat')
c(P,'detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people had been detained')
c(P,'other',20000,'about','"bandits" said to have attacked the state',TOK,'some 20,000',note='"some" -> about; Tokayev\'s figure for the attackers')
c(P,'troops_deployed',2030,None,'CSTO soldiers to be withdrawn',None,'The withdrawal of the 2,030 soldiers')
e(P,'2022-01-07','arrest','Almaty',[],'has not been seen since January 7',note='a taxi driver missing, presumably detained')
e(P,None,'statement',None,[TOK],'has described the events as an attack on the state')
e(P,'2022-01-11','statement',None,['Dmitry Peskov'],'said on Tuesday that the mission',note='Tuesday before Wed 12 Jan (also 11 Jan = the original French publication day)')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'is to begin on January 13')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'met in Geneva on January 10')

# ---------------- 1596 Fjell Radio English (Nordic broadcaster; byline box at the FOOT; Monday 10 January 2022)
P='1596'
art(P,0,ln(P,'Huitfeldt after Geneva talks:'),ln(P,"Norway's foreign minister says Russia's demands"),'Fjell Radio English','2022-01-10',['Ingrid Solberg','Anders Holm'],None,
    ['FJELL RADIO  English','News from Norway in English','Front page   Norway   World   Politics   Climate   Listen live','World','Kazakhstan in the background',
     'READ ALSO: Norwegians in Kazakhstan advised to stay indoors','Published 10.01.2022, at 19:21','Updated 10.01.2022, at 21:05','Journalist','Ingrid Solberg','Anders Holm',
     'Translated by','Kari Lunde','Photo','NTB / Reuters','Share this article',"Fjell Radio English · Editor-in-chief: Marit Kvam · Responsible under the Norwegian Editors' Code"])
q(P,'difficult, long, very professional','Sergey Ryabkov','Sergei Ryabkov','told reporters',partial=True)
q(P,"slam closed NATO's open-door policy",'Wendy Sherman','Wendy Sherman','said',partial=True)
q(P,'Russia cannot decide which alliances its neighbours may join. That is not negotiable for Norway or for any other ally,','Anniken Huitfeldt','Huitfeldt','told')
q(P,'But it is good that they are talking. We must be prepared for a long process, and it will require patience,','Anniken Huitfeldt','she','said',note='the headline renders part of this with a Norwegian dialogue dash ("– We must …"), which has no quote marks and is not a record')
q(P,'ready to listen','Jens Stoltenberg','Jens Stoltenberg','said',partial=True)
q(P,'Moscow has just shown that it can move thousands of soldiers into a neighbouring country in a few days, and that it is invited to do so. The timing is hardly an accident,','Henrik Aasland','Aasland','said')
c(P,'troops_deployed',100000,'about','Russian troops near the border with Ukraine','Western governments','about 100,000 troops near the border with Ukraine')
c(P,'troops_deployed',2030,None,'CSTO soldiers deployed to Kazakhstan',CSTO,'2,030 soldiers from the Collective Security Treaty Organization')
c(P,'detained',8000,'almost','people detained in Kazakhstan','Kazakh authorities','almost 8,000 people had been detained')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'met for almost eight hours in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'will chair the NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-10','statement',None,['Jens Stoltenberg'],'said earlier on Monday')
e(P,'2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Monday')
e(P,None,'statement',None,['Anniken Huitfeldt'],'Huitfeldt told Fjell Radio',note='no day word (same day as the talks in context)')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Tatyana Gromova','person',['Tatyana Gromova','Gromova'],[],'Russia',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel-General',"the force's commander"],'Russia',note='real CSTO force commander; words invented'),
 sp('Viktor','person',['Viktor'],['A retired paratrooper officer'],'Russia',['he'],note='invented; first name only'),
 sp('Oleg Latyshev','person',['Oleg Latyshev'],['Deputy mayor'],'Russia',note='invented'),
 sp('Rhian Evans','person',['Rhian Evans','Ms Evans','Rhian'],['teacher'],'United Kingdom',['she'],note='invented'),
 sp('Sian Evans','person',['Sian Evans'],['Her mother'],'United Kingdom',['she'],note='invented; shares the surname with Rhian Evans'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Mr Tokayev'],['President'],'Kazakhstan',[],["Kassym-Jomart Tokayev's","Tokayev's"]),
 sp('Llinos Harries','person',['Llinos Harries'],['South Wales West MS'],'United Kingdom',['she'],note='invented'),
 sp(FCDO,'organisation',['Foreign, Commonwealth and Development Office','FCDO'],[],'United Kingdom',['A Foreign, Commonwealth and Development Office spokesperson']),
 sp(TCO,'organisation',['Tengizchevroil'],[],'Kazakhstan',['it','The Chevron-led venture'],note='words invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],['Uranium miner'],'Kazakhstan',['a company spokesman'],note='words invented'),
 sp('Aidar Mukhanov','person',['Aidar Mukhanov'],['National Bank deputy governor'],'Kazakhstan',note='invented'),
 sp('Gulnara Tasbulatova','person',['Gulnara Tasbulatova','Ms Tasbulatova'],['heads the Atyrau chamber of small businesses'],'Kazakhstan',note='invented'),
 sp('Aizhan Nurmagambetova','person',['Aizhan Nurmagambetova'],['a nurse'],'Kazakhstan',['she'],note='invented'),
 sp('Serik Omarov','person',['Serik Omarov'],[],'Kazakhstan',['he'],note='invented'),
 sp('Saule','person',['Saule'],[],'Kazakhstan',['she'],note='invented; first name only'),
 sp('Askar','person',['Askar'],['a student'],'Kazakhstan',['he'],note='invented; first name only'),
 sp('Lars Sorensen','person',['Lars Sorensen'],['her father'],'United States',note='invented'),
 sp('Karen Lindgren','person',['Karen Lindgren'],["the district's youth exchange officer"],'United States',note='invented; also the submitter credited at the foot'),
 sp('Dale Hegland','person',['Dale Hegland','Hegland'],['Pastor'],'United States',note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State','US Deputy Secretary of State'],'United States',note='words invented or paraphrased'),
 sp('Fiona Grant','person',['Fiona Grant'],['the chair','head of the Russia and Eurasia Programme'],'United Kingdom',['she'],['Dr Fiona Grant'],note='invented'),
 sp('Gulmira','person',['Gulmira'],[],'Kazakhstan',note='invented; first name only'),
 sp('Zhanar Kaliyeva','person',['Zhanar Kaliyeva'],['a lawyer'],'Kazakhstan',['she'],note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='real; words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='canonical spelling from earlier sets; words paraphrased'),
 sp('Anniken Huitfeldt','person',['Anniken Huitfeldt','Huitfeldt'],['Foreign Minister',"Norway's foreign minister"],'Norway',['she'],note='real; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway',note='real; words invented'),
 sp('Henrik Aasland','person',['Henrik Aasland','Aasland'],['Researcher'],'Norway',note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of detention figures in 1589, 1591, 1595; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source of troop figures; not quoted'),
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
