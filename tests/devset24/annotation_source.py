#!/usr/bin/env python3
"""Source of the devset24 annotation: the hand-chosen spans, values and dates for 285-292.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset24/annotation_source.py && python3 tests/devset24/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
GFO='German Federal Foreign Office'; LTMFA='Lithuanian Foreign Ministry'; DFAT='Australian Department of Foreign Affairs and Trade'

# ---------------- 285 DW Russian service in translation (09.01.2022, a Sunday)
art('285',0,4,5,'DW','2022-01-09',['Yekaterina Brandt'],None,
    ['DW','Top stories | Russia | Ukraine | Central Asia | Germany | Video','Central Asia','Author: Yekaterina Brandt','09.01.2022',
     'Translated from the Russian-language service of DW','Watch video 02:14','Kazakhstan: what is behind the protests?',
     'Send Facebook Twitter Telegram VKontakte','Date 09.01.2022','Author Yekaterina Brandt','Related Subjects Kazakhstan, CSTO, Kassym-Jomart Tokayev','Permalink https://p.dw.com/p/4EzK7'])
q('285','This is not a peacekeeping mission','Jörg Ahrens','Jörg Ahrens',None,zone='headline',note='headline quote after a colon; a shortened form of the body quote (l.'+str(ln('285','"This is not a peacekeeping mission in'))+')')
q('285','with great attention',GFO,'A spokesman for the Federal Foreign Office','said',partial=True,note='unnamed spokesman -> the ministry')
q('285','This is not a peacekeeping mission in the sense in which the United Nations understands the term. It is a demonstration of who is in charge in the region,','Jörg Ahrens','Jörg Ahrens','said',note='inverted cue after a long appositive ("…," NAME, an expert on …, said in an interview with DW)')
q('285','Russia will find reasons to stay exactly as long as it needs to,','Jörg Ahrens','he','believes',note='cue "believes" (opinion verb)')
q('285','limited time',TOK,'President Kassym-Jomart Tokayev','spoke of',partial=True,note='nested report: "Ahrens points out that … Tokayev himself spoke of a “…”"; the speaker of the words is Tokayev')
q('285','extremely worrying','Josep Borrell','Josep Borrell','called',partial=True)
q('285','It is important for us that everyone understands: the CSTO mission is limited in time and in tasks,',None,'the diplomat','said',note='anonymous Kazakh diplomat ("A Kazakh diplomat in Berlin, who asked not to be named")')
q('285','Whatever Moscow says in Geneva, the pictures from Almaty will be on the table,','Jörg Ahrens','Ahrens','said')
c('285','troops_deployed',2030,'about','CSTO contingent in Kazakhstan',CSTO,'about 2,030 servicemen',note='"According to the CSTO"')
c('285','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits had attacked Almaty')
c('285','detained',4404,None,'people detained across the country',MIA,'the number of people detained across the country at 4,404')
e('285','2022-01-07','statement',None,[GFO],'said on Friday that Berlin was following the events')
e('285','2022-01-06','troop_deployment','Almaty',[CSTO,'Russia'],'began landing near Almaty on Thursday',note='Thursday before Sunday 9 Jan')
e('285','2022-01-07','statement',None,[TOK],'In his address on Friday he claimed')
e('285','2022-01-08','arrest','Kazakhstan',[MIA],'On Saturday the Interior Ministry put the number')
e('285',None,'statement',None,['Josep Borrell'],'Josep Borrell called the situation',note='undated')
e('285','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday, Russian and US diplomats meet in Geneva',note='future; Monday after Sunday 9 Jan')

# ---------------- 286 YouTube video description of an opposition channel's stream (Streamed live on Jan 11, 2022, a Tuesday)
art('286',0,1,10,'Erkin Qazaqstan TV','2022-01-11',[],None,
    ['Erkin Qazaqstan TV','48.2K subscribers','Subscribe','1.2K','Share','Download','Save','23,417 views  Streamed live on Jan 11, 2022',
     'Support the channel:','Kaspi Gold: 4400 4302 1187 9930','Patreon: patreon.com/erkinqazaqstan','Write to us on Telegram: @erkin_qz',
     'The opinions of the guests do not necessarily reflect the position of the channel.','#Kazakhstan #Qantar #Almaty #CSTO','Show less'])
q('286','successfully completed',TOK,'He','said',partial=True,note='He = Tokayev (previous sentence)')
q('286','Tokayev thanked the CSTO today, but he has not said one word to the mothers whose sons are lying in the morgue,','Dariga Omarova','Dariga Omarova','says',note='a name (Tokayev) at the start of the quote; inverted present-tense cue')
q('286','We are asking a simple question: who gave the order to shoot, and at whom?','Dariga Omarova','Dariga Omarova','says',note='second half after the interposed cue')
q('286','We have lists of more than 400 people whose families cannot find them. Some were taken from hospitals.','Bakhyt Zhumagaliyev','Bakhyt Zhumagaliyev',None,note='"NAME: “…”" label style with a colon and no speech verb; cue null')
q('286','silence is also a crime.','Bakhyt Zhumagaliyev','he','As he put it',partial=True,note='full stop inside the closing mark')
c('286','killed',164,None,'people killed (figure withdrawn)','officials','Officially, 164 people were killed',note='published on Sunday and withdrawn')
c('286','detained',10000,'almost','people detained',MIA,'Almost 10,000 people have been detained')
c('286','other',400,'more than','people missing (relatives cannot find them)','Bakhyt Zhumagaliyev','lists of more than 400 people',note='inside a quote; missing persons -> "other"')
e('286','2022-01-11','statement','Nur-Sultan',[TOK],'Today, Tuesday, Tokayev spoke to the Mazhilis')
e('286','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'presented the new prime minister, Alikhan Smailov')
e('286','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the foreign troops would begin to leave in two days',note='future; "in two days" from Tuesday 11 Jan')
e('286','2022-01-09','casualty_report',None,[],'the figure was published on Sunday and then withdrawn')
e('286','2022-01-07','arrest',None,[],'her brother was detained on Friday',note="a viewer's brother; Friday before Tuesday 11 Jan")
e('286',None,'other',None,['Bakhyt Zhumagaliyev'],'will send its lists to the UN human rights office this week',note='future, "this week" is not a day')

# ---------------- 287 Reuters Breakingviews column (January 7, 2022, a Friday)
art('287',0,5,ln('287','LONDON, Jan 7 (Reuters'),'Reuters Breakingviews','2022-01-07',['Nadia Kerr'],'LONDON',
    ['Skip to main content','Reuters','World  Business  Markets  Breakingviews  Technology  Investigations','Breakingviews','By Nadia Kerr','3 minute read',
     'January 7, 2022 1:23 PM GMT','Updated ','(The author is a Reuters Breakingviews columnist. The opinions expressed are her own.)',
     'Follow @NadiaKerrBV on Twitter','(Editing by Oliver Grant and Sarah Lindqvist)','Our Standards: The Thomson Reuters Trust Principles.'],
    sections=(ln('287','CONTEXT NEWS'),))
q('287','has not been affected by the events','Kazatomprom','Kazatomprom','said',partial=True)
q('287','temporarily adjusted','Chevron','Chevron','said',partial=True)
q('287','Nobody is going to dump Kazakh paper because of one bad week, but nobody is going to buy the reforming-autocracy story at the old price either,','Timur Bekov','Timur Bekov','said',note='inverted: "…," said NAME, role')
q('287','Every foreign investor now has to price in the Kremlin,','Timur Bekov','Bekov','said')
q('287','open fire without warning',TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'said',partial=True,note='in the CONTEXT NEWS block; "what he called terrorists" is unquoted')
c('287','troops_deployed',2500,'about','CSTO troops being sent',CSTO,'About 2,500 troops are being sent',note='"according to the alliance"')
c('287','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='CONTEXT NEWS; label excluded from quotes')
c('287','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('287','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
e('287','2022-01-06','statement',None,['Kazatomprom'],'Kazatomprom said on Thursday',note='Thursday before Friday 7 Jan')
e('287',None,'statement',None,['Chevron'],'Chevron, which leads the Tengizchevroil venture, said',note='undated')
e('287',None,'other',None,[TOK,CSTO],'By asking the Russian-led Collective Security Treaty Organization for help',note='request for CSTO help, undated here')
e('287','2022-01-07','statement',None,[TOK],'said on Jan. 7 that he had authorised')
e('287','2022-01-05','government_resignation',None,[],'On Wednesday the government resigned')
e('287','2022-01-05','other','Kazakhstan',[],'the internet was shut down across much of the country',note='same sentence as "On Wednesday"')

# ---------------- 288 LRT English item (2022.01.10 14:32, a Monday)
art('288',0,5,9,'LRT','2022-01-10',[],None,
    ['LRT','LT | EN | RU | PL | UA','NEWS · Politics · Business · Culture · Opinion · LRT FACTS','LRT English','2022.01.10 14:32','LRT.lt, BNS',
     'Read more: Lithuania to ask NATO for more air defence ahead of Russia talks','Tags: Kazakhstan, CSTO, Gitanas Nausėda, Arvydas Anušauskas, NATO',
     'Share 14','Copyright © 2022 LRT. All rights reserved.'])
q('288','What we are seeing in Kazakhstan shows how quickly the Kremlin can move an army under the flag of an alliance,','Gitanas Nausėda','President Gitanas Nausėda','told',note='inverted; diacritic in the name')
q('288','a test of logistics, first of all','Arvydas Anušauskas','Defence Minister Arvydas Anušauskas','said',partial=True,note='comma outside the closing mark')
q('288','The ministry is watching the movement of Russian units into Belarus very carefully,','Arvydas Anušauskas','he','added')
q('288','A precedent,','Rūta Vaitkutė','Vaitkutė','says',note='two-word quote, but a full utterance with a speech verb (not a label)')
q('288','The next time a friendly regime asks for help, nobody will be surprised.','Rūta Vaitkutė','Vaitkutė','says',note='continuation after the interposed cue')
q('288','Tokayev now owes his survival to Putin, and both of them know it,','Rūta Vaitkutė','her','according to',note='cue after the quote with a pronoun: "…," according to her.; names inside the quote')
q('288','to avoid all travel',LTMFA,'The Foreign Ministry in Vilnius','advised',partial=True)
c('288','troops_deployed',100000,'about','Russian troops massed near Ukraine','Western estimates','Russia has massed around 100,000 troops near Ukraine')
c('288','troops_deployed',2030,'about','CSTO servicemen deployed in Kazakhstan',CSTO,'about 2,030 servicemen are deployed')
e('288',None,'troop_deployment','Kazakhstan',['Russia'],'Russian paratroopers arrived in Kazakhstan last week',note='"last week" is not a day')
e('288','2022-01-09','statement',None,['Gitanas Nausėda'],'told LRT RADIO on Sunday')
e('288',None,'statement',None,['Arvydas Anušauskas'],'Defence Minister Arvydas Anušauskas said the operation',note='undated')
e('288',None,'statement',None,[LTMFA],'The Foreign Ministry in Vilnius advised',note='undated travel advice')
e('288','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and US diplomats began talks in Geneva on Monday')
e('288','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council is due to meet in Brussels on Wednesday',note='future')
e('288','2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna the day after',note='"the day after" the Wednesday meeting')

# ---------------- 289 ABC (Australia) News piece (Posted Fri 7 Jan 2022)
art('289',0,4,ln('289','Russian-led troops have begun'),'ABC News','2022-01-07',['Isobel Hartley'],None,
    ['ABC News','Just In  For You  Australia  World  Business  Analysis  Sport','World','By Europe correspondent Isobel Hartley and wires',
     'Posted Fri 7 Jan 2022 at 6:10am, updated Fri 7 Jan 2022 at 11:48am',
     'Russian paratroopers board a military plane to fly to Kazakhstan. (AP: Russian Defence Ministry Press Service)','Key points:',
     'ABC/wires','Share','Related Stories',"Kazakhstan's government resigns after fuel price protests turn violent",
     'What is the CSTO, and why has it sent troops to Kazakhstan?','Topics: unrest-conflict-and-war, world-politics, kazakhstan, russian-federation'])
q('289','Dozens of attackers were eliminated overnight and their identities are being established,','Saltanat Azirbek','police spokeswoman Saltanat Azirbek','told',note='inverted; lower-case role before the name')
q('289','strategic facilities',CSTO,'The alliance','said',partial=True)
q('289','attacked, destroyed and vandalised',TOK,'Mr Tokayev','said',partial=True,note='honorific "Mr" + surname')
q('289','Australians in Kazakhstan should shelter in place, avoid demonstrations and follow the instructions of local authorities,',DFAT,'a DFAT spokesperson','said',note='unnamed spokesperson -> the department; acronym only')
q('289','For Moscow this is a chance to show that the CSTO is not a paper tiger,','Marcus Penrose','Dr Penrose','said',note='first mention without "Dr", later "Dr Penrose"')
q('289','beyond a few weeks, unless Mr Tokayev loses control of the security services','Marcus Penrose','He','said',partial=True,note='a name (Mr Tokayev) inside the partial')
c('289','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('289','injured',748,None,'members of the security forces injured',MIA,'748 had been injured')
c('289','detained',2000,'more than','people arrested',MIA,'More than 2,000 people had been arrested')
e('289',None,'statement',None,['Saltanat Azirbek'],'police spokeswoman Saltanat Azirbek told state television',note='undated')
e('289','2022-01-06','arrest',None,[MIA],'it said on Thursday')
e('289','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'landed on Thursday')
e('289','2022-01-05','other',None,[TOK,CSTO],'asked for the help on Wednesday',note='request for CSTO help')
e('289','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency')
e('289','2022-01-05','government_resignation',None,[TOK],'sacked his government')
e('289',None,'statement',None,[DFAT],'has raised its travel advice for Kazakhstan',note='undated')

# ---------------- 290 TDH (Turkmen state news) item (08.01.2022, a Saturday)
art('290',0,4,7,'State News Agency of Turkmenistan','2022-01-08',[],None,
    ['State News Agency of Turkmenistan (TDH)','Turkmenistan: the Golden Age','Home / Politics / 08.01.2022','08.01.2022','Print','Share: Facebook | VK | OK',
     '© 2022 State News Agency of Turkmenistan. All rights reserved.'])
q('290','Turkmenistan, guided by the principles of positive neutrality, is convinced that the fraternal Kazakh people will overcome the current difficulties with dignity,','Gurbanguly Berdimuhamedov','the head of state','emphasized',note='title only ("the head of state"); the name is two paragraphs up')
q('290','the constitutional order has been restored in all regions of the country',TOK,'President Kassym-Jomart Tokayev','informed',partial=True,note='cue "informed his counterpart that"; full stop outside the mark')
q('290','respects the sovereign choice of Kazakhstan','Rashid Meredov','the Turkmen side','said',partial=True,note='"the Turkmen side" at a meeting held by Meredov; speaker Meredov (the organisation reading, Turkmen Foreign Ministry, is an alternative)')
q('290','Friendship between our peoples is a great treasure that has been tested by time,','Gurbanguly Berdimuhamedov','President Gurbanguly Berdimuhamedov','said')
c('290','detained',4400,'more than','persons detained in Kazakhstan','Kazinform','more than 4,400 persons have been detained')
c('290','killed',16,None,'servicemen and police officers killed',MIA,'16 servicemen and police officers were killed')
e('290','2022-01-07','talks',None,['Gurbanguly Berdimuhamedov',TOK],'held a telephone conversation with President of the Republic of Kazakhstan')
e('290','2022-01-06','talks','Ashgabat',['Rashid Meredov'],'The day before, Deputy Chairman of the Cabinet of Ministers',note='"The day before" the 7 January call, not the publication date')
e('290',None,'other',None,['Turkmenistan'],'a convoy of 40 trucks with foodstuffs and medicines is being prepared',note='humanitarian aid; the 40 trucks are not a claim')
e('290','2022-01-08','arrest','Kazakhstan',['Kazinform'],'have been detained in the country as of January 8')
e('290',None,'talks',None,['Gurbanguly Berdimuhamedov',TOK],'to meet in person at the Consultative Meeting',note='future, undated')

# ---------------- 291 Economic Times (India) oil item (Last Updated: Jan 07, 2022, a Friday)
art('291',0,4,8,'The Economic Times','2022-01-07',[],None,
    ['THE ECONOMIC TIMES','English Edition | 07 January, 2022, 03:41 PM IST | E-Paper','Markets › Commodities › News','Reuters',
     'Last Updated: Jan 07, 2022, 10:51 AM IST','Synopsis',
     "(What's moving Sensex and Nifty Track latest market news, stock tips and expert advice on ETMarkets. Also, ETMarkets.com is now on Telegram.)",
     'Read More News on','oil prices Kazakhstan Brent crude OPEC+ Chevron','Download The Economic Times News App to get Daily Market Updates & Live Business News.'])
q('291','temporarily reduced','Chevron','Chevron','said',partial=True)
q('291','The market is pricing a risk premium for Kazakhstan, but the actual loss of barrels so far is small,','Anuj Mehta','Anuj Mehta','said',note='inverted')
q('291','If the CPC terminal at Novorossiysk is affected, that changes everything,','Anuj Mehta','he','added',note='the sentence before starts "According to Mehta," (unquoted)')
q('291','comfortable with prices above $80','Kotwal Capital','Analysts at Kotwal Capital','said',partial=True,note='a price inside the partial (not a claim)')
q('291','Tokayev has the army of a neighbour behind him now, so the oil fields are probably safe,',None,'one Delhi-based trader','said',note='anonymous trader')
c('291','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='label excluded from quotes')
c('291','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('291','troops_deployed',2500,'about','CSTO troops taking part',CSTO,'around 2,500 troops would take part')
e('291','2022-01-06','statement',None,['Chevron'],'Chevron said on Thursday')
e('291','2022-01-04','talks',None,['OPEC+'],'On Tuesday, OPEC+ agreed to add 400,000 bpd',note='OPEC+ meeting; Tuesday before Friday 7 Jan')
e('291','2022-01-07','casualty_report',None,[MIA],'the Interior Ministry said on Friday')
e('291','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'Russia-led troops arrived on Thursday')
e('291',None,'other',None,[TOK,CSTO],'asked the Collective Security Treaty Organization for help',note='request, undated here')

# ---------------- 292 Podcast episode show notes (Jan 12, 2022, a Wednesday)
art('292',0,3,9,'The Eurasia Desk','2022-01-12',[],None,
    ['The Eurasia Desk','A weekly podcast about power and politics from the Baltic to the Pamirs','Jan 12, 2022 · 52 min','Play episode','Share','Download',
     'Mentioned in this episode:',"Tokayev's speech to the Mazhilis (Akorda, Jan 11)",'CSTO statement on the withdrawal','Our episode 85: "A long winter on the steppe"',
     'Credits: Produced by Maya Lind. Music by Blue Dot Sessions. Transcript available to supporters.',
     'Listen on: Apple Podcasts · Spotify · Google Podcasts · RSS','Support the show: patreon.com/eurasiadesk','© 2022 The Eurasia Desk'])
q('292',"The withdrawal is Tokayev's way of telling his own people that he is not Moscow's governor,",'Aliya Nurmukhanova','Nurmukhanova','says',note='names inside the quote; surname-only cue')
q('292','the situation at home to be undermined','Vladimir Putin','Vladimir Putin','told',partial=True)
q('292','serious and businesslike','Sergey Ryabkov','Ryabkov','described',partial=True)
q('292','simply not on the table','Wendy Sherman','Sherman','told',partial=True,note='"while Sherman told reporters that …"')
q('292','Nobody in Almaty believes the number of dead that was published and then deleted. People count their own neighbours,','Aliya Nurmukhanova','Nurmukhanova','says')
c('292','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'its roughly 2,030 troops',note='"roughly" -> about')
c('292','detained',10000,'almost','people detained',None,'almost 10,000 people and counting',note='in the episode chapter list')
c('292','detained',9900,None,'people detained','Kazakh authorities','9,900 people have been detained')
c('292','killed',164,None,'dead (figure withdrawn)',None,'the figure of 164 was withdrawn')
e('292','2022-01-10','talks',None,[CSTO],'On Monday the leaders of the CSTO met by video link',note='Monday before Wednesday 12 Jan')
e('292','2022-01-11','statement',None,[TOK],'on Tuesday President Kassym-Jomart Tokayev told parliament')
e('292','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start to leave in two days',note='"in two days" from Tuesday 11 Jan')
e('292','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Also on Monday, Sergey Ryabkov and Wendy Sherman')
e('292','2022-01-12','talks','Brussels',['NATO','Russia'],'Today the NATO-Russia Council meets in Brussels')
e('292','2022-01-09','casualty_report',None,[MIA],'was withdrawn on Sunday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'The Kazakh leader'],'Kazakhstan',['He','Mr Tokayev'],["Tokayev's"]),
 sp('Jörg Ahrens','person',['Jörg Ahrens','Ahrens'],['an expert on Central Asia at the Berlin Centre for East European Studies'],'Germany',['he'],note='invented'),
 sp(GFO,'organisation',['Federal Foreign Office'],[],'Germany',['A spokesman for the Federal Foreign Office']),
 sp('Josep Borrell','person',['Josep Borrell'],["The European Union's foreign policy chief"],None,note='words paraphrased/invented; EU'),
 sp('Dariga Omarova','person',['Dariga Omarova'],['the lawyer'],'Kazakhstan',note='invented'),
 sp('Bakhyt Zhumagaliyev','person',['Bakhyt Zhumagaliyev','Zhumagaliyev'],['the human rights defender'],'Kazakhstan',['he'],note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan'),
 sp('Chevron','organisation',['Chevron'],[],'United States'),
 sp('Timur Bekov','person',['Timur Bekov','Bekov'],['a portfolio manager at Meridian Frontier Capital in London'],None,note='invented'),
 sp('Gitanas Nausėda','person',['Gitanas Nausėda'],['President'],'Lithuania',note='words invented'),
 sp('Arvydas Anušauskas','person',['Arvydas Anušauskas'],['Defence Minister'],'Lithuania',['he'],note='words invented'),
 sp('Rūta Vaitkutė','person',['Rūta Vaitkutė','Vaitkutė'],['an analyst at the Vilnius Institute for Eastern Policy'],'Lithuania',['her'],note='invented'),
 sp(LTMFA,'organisation',['Foreign Ministry in Vilnius'],[],'Lithuania',['The Foreign Ministry in Vilnius','the ministry']),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['police spokeswoman'],'Kazakhstan',note='words paraphrased/invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance','the alliance']),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['a DFAT spokesperson']),
 sp('Marcus Penrose','person',['Marcus Penrose','Penrose'],["a lecturer at the Australian National University's Centre for European Studies"],'Australia',['He'],['Dr Penrose'],note='invented'),
 sp('Gurbanguly Berdimuhamedov','person',['Gurbanguly Berdimuhamedov'],['President of Turkmenistan'],'Turkmenistan',['the head of state','the head of the Turkmen state','The Leader of the Nation'],note='words invented; "Leader of the Nation" here is Berdimuhamedov, not Nazarbayev'),
 sp('Rashid Meredov','person',['Rashid Meredov'],['Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Turkmenistan'],'Turkmenistan',['the Turkmen side'],note='words invented'),
 sp('Anuj Mehta','person',['Anuj Mehta','Mehta'],['vice-president of commodities research at Sagar Securities'],'India',['he'],note='invented'),
 sp('Kotwal Capital','organisation',['Kotwal Capital'],[],'India',['Analysts at Kotwal Capital'],note='invented'),
 sp('Aliya Nurmukhanova','person',['Aliya Nurmukhanova','Nurmukhanova'],['a political scientist in Almaty'],'Kazakhstan',note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],["Putin's"]),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],[],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],[],'United States'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs of Kazakhstan'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['the new prime minister'],'Kazakhstan',[],[],quoted=False,note='mentioned in 286 and 292; not quoted'),
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
