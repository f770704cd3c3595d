#!/usr/bin/env python3
"""Source of the devset54 annotation: the hand-chosen spans, values and dates for 525-532.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset54/annotation_source.py && python3 tests/devset54/verify.py
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
PRESS='Kazakh Presidential Press Office'; GOV='Governor of Mangystau region'

# ---------------- 525 RFE/RL Majlis podcast page (January 14, 2022, a Friday)
art('525',0,5,12,'RFE/RL','2022-01-14',['Daniel Brook'],None,
    ['RFE/RL','Radio Free Europe / Radio Liberty','Podcasts | Majlis','January 14, 2022 12:05 GMT','By Daniel Brook','Listen: 00:00 / 47:12',
     'Subscribe: Apple Podcasts | Spotify | RSS','TRANSCRIPT EXCERPT (edited for length)','[END OF EXCERPT]',
     'The views expressed in this podcast do not necessarily reflect the views of RFE/RL.','Copyright (c) 2022. RFE/RL, Inc. All Rights Reserved.','Share | Tweet | Email'])
q('525','the number that matters is not the troops, it is the signal,','Marat Serikbayev','Serikbayev','argues',partial=True,note='partial that repeats, in lower case, words spoken without quote marks in the transcript turn above (l.'+str(ln('525','SERIKBAYEV: Roughly'))+'); transcript turns are unquoted speech and are not records')
q('525','a demonstration for the West as much as for Kazakhs,','Erica Vollmer','Vollmer','said',partial=True)
q('525','successfully completed its task.',TOK,'Tokayev','told',partial=True,note='"told parliament on Tuesday that the mission had “…”"; full stop inside the mark')
q('525','Nobody in the region will forget that the invitation came from Nur-Sultan,','Marat Serikbayev','Serikbayev','said')
c('525','troops_deployed',2030,'about','CSTO troops in Kazakhstan (official figure)','officials','some 2,030 troops',note='"some" normalised to about; said by the host in the transcript ("the official figure was")')
c('525','detained',9900,None,'people detained since the unrest began',"Kazakh Prosecutor General's Office",'9,900 people have been detained')
c('525','killed',225,None,'death toll','officials','put the death toll at 225',note='number after its noun phrase')
e('525','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday',note='Thursday before Friday 14 Jan')
e('525',None,'troop_deployment','Almaty',[CSTO],'the first planes landed near Almaty',note='"barely a week after"; no day given (real: 6 Jan)')
e('525','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday',note='Tuesday before Friday 14 Jan')
e('525','2022-01-19','withdrawal','Kazakhstan',[RDM],'expected to be complete by January 19',note='future completion date, per the Russian Defense Ministry')

# ---------------- 526 Reuters UPDATE 2 wire (January 10, 2022, a Monday)
art('526',0,4,13,'Reuters','2022-01-10',['Clara Wendt','Nurlan Abenov','Peter Hollis'],'GENEVA/ALMATY',
    ['Skip to main content','Reuters | World | Asia Pacific','By Reuters Staff','January 10, 2022 6:47 PM GMT+3 Updated','(Adds Sherman comments, Kazakh detentions)',
     '(Reporting by Clara Wendt in Geneva and Nurlan Abenov in Almaty; Additional reporting by Joanna Pike in Washington; Writing by Peter Hollis; Editing by Sam Reddy)',
     'Our Standards: The Thomson Reuters Trust Principles.'])
q('526','tough, lengthy but businesslike','Sergey Ryabkov','Ryabkov','says',partial=True,note='summary bullet under the headline; same words recur with a full stop in l.15')
q('526','There is no plan and no wish on our side to attack Ukraine,','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','told',note='"Sergei" spelling here, "Sergey" canonical')
q('526','tough, lengthy but businesslike.','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','describing',partial=True,note='participle cue "describing the discussions as"')
q('526','security proposals that are simply non-starters,','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','said',partial=True)
q('526','Nobody outside the alliance gets to decide who joins it,','Wendy Sherman','she','said')
q('526',"an attempted coup d'etat.",TOK,'President Kassym-Jomart Tokayev','told',partial=True)
c('526','troops_deployed',100000,'about','Russian troops near Ukraine','United States','about 100,000 troops near Ukraine',note='"The United States estimates"')
c('526','detained',7939,None,'people detained in Kazakhstan',MIA,'7,939 people had been detained')
e('526','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'held nearly eight hours of talks in Geneva',note='"on Monday" in the same sentence = publication day')
e('526','2022-01-10','casualty_report',None,[MIA],'the interior ministry said on Monday')
e('526','2022-01-08','arrest',None,['Karim Masimov','National Security Committee'],'was arrested on Saturday on suspicion of high treason',note='Saturday before Monday 10 Jan')
e('526',None,'talks',None,[TOK,'Vladimir Putin',CSTO],'told an extraordinary video summit',note='no day word in the sentence (real: 10 Jan)')
e('526',None,'troop_deployment','Kazakhstan',[CSTO],'sent troops last week',note='"last week" is not a day')
e('526','2022-01-12','talks','Brussels',['NATO','Russia'],'meet Russian officials in Brussels on Wednesday',note='future; Wednesday after Monday 10 Jan')

# ---------------- 527 BBC News live page, one day ("6 Jan", no year; Thursday 6 January 2022)
art('527',0,7,21,'BBC News','2022-01-06',[],None,
    ['BBC','Home News Sport Reel Worklife Travel','NEWS','Home | War in Ukraine | Coronavirus | World | UK | Business | Tech','LIVE','Summary','Live Reporting',
     'Edited by Laura Finch','Posted at 16:42 6 Jan','Posted at 16:20 6 Jan','Posted at 15:55 6 Jan','Share','Copy link','About sharing','Top Stories',
     'Kazakhstan: What is behind the unrest?'],
    sections=(ln('527',"Alliance says force is 'peacekeeping'"),ln('527','Hundreds detained, says ministry'),ln('527','Kyrgyz parliament backs sending troops')))
q('527','for a limited period of time',CSTO,'The Collective Security Treaty Organization','says',partial=True)
q('527','Yesterday Tokayev was talking about reforms, today he is talking about a foreign force,',None,'one Almaty resident','told',note='anonymous resident; a name (Tokayev) and "Yesterday" inside the quote')
q('527','We are fulfilling our obligations as an ally,','Sadyr Japarov','Kyrgyz President Sadyr Japarov','said',note='"…," NAME said, according to his press office — second cue "according to" not used')
c('527','killed',18,None,'security officers killed',MIA,'18 security officers have been killed',note='summary bullet')
c('527','troops_deployed',2500,'about','CSTO personnel taking part','Stanislav Zas','around 2,500 personnel would take part')
c('527','detained',2000,'about','people detained so far',MIA,'about 2,000 people have been detained')
c('527','injured',748,None,'police officers and soldiers injured',MIA,'748 police officers and soldiers have been injured',note='"It also says" = the ministry')
c('527','troops_deployed',150,'about','Kyrgyz servicemen to be sent',"Kyrgyz parliament speaker's office",'send about 150 servicemen')
e('527','2022-01-06','statement',None,['Stanislav Zas'],'told Russian state TV on Thursday',note='Thursday = the entry day (6 Jan)')
e('527',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers have landed in Kazakhstan',note='summary bullet, no day word')
e('527',None,'casualty_report',None,[MIA],"Kazakhstan's interior ministry says about 2,000",note='entry of 6 Jan, no day word in the sentence')
e('527',None,'other','Bishkek',['Kyrgyz parliament'],'Lawmakers in Bishkek voted',note='parliament vote; no day word')

# ---------------- 528 Al Jazeera Inside Story programme page with transcript (8 Jan 2022, a Saturday)
art('528',0,5,8,'Al Jazeera','2022-01-08',[],None,
    ['AL JAZEERA','News | Features | Opinion | Video | More','Inside Story','Published On 8 Jan 2022','Presenter: Omar Haddad','Guests:',
     'Kamila Dzhaksybekova - Journalist, Almaty','Peter Ronan - Eurasia analyst, London','Dmitri Lagutin - Political scientist, Moscow',
     '[Transcript excerpt - edited for clarity]','SOURCE: AL JAZEERA','Related',"Kazakhstan's Tokayev says order restored, 'bandits' to be destroyed"])
q('528','fire without warning',TOK,'he','said',partial=True,note='"On Friday, he said he had authorised security forces to “…”"; he = Tokayev, named in the sentence before')
q('528','strictly limited in time.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('528','We want to know who was shooting, and nobody will tell us.',None,'A neighbour','said to me',note='anonymous neighbour quoted inside the guest\'s unquoted transcript turn')
q('528','strictly limited,','Dmitry Peskov','Mr Peskov','says',partial=True,note='the guest (Ronan) repeats Peskov\'s words inside his own unquoted turn')
q('528','an insurance policy paid for in sovereignty.','Peter Ronan','PETER RONAN','in my words',partial=True,note='the guest puts his own phrase in quote marks ("in my words"); speaker = the turn label. Borderline; a scorer may drop it')
c('528','killed',44,'at least','people killed','officials','At least 44 people have been killed')
c('528','detained',4404,None,'people arrested','officials','4,404 people have been arrested',note='"according to officials" in the middle of the sentence covers both figures')
c('528','other',20000,None,'"bandits" (official figure, disbelieved)',None,'twenty thousand bandits',note='written out; "People do not believe it was …" — the figure mentioned in disbelief in a transcript turn')
c('528','troops_deployed',2500,'about','CSTO troops committed','Dmitri Lagutin','Around 2,500 troops are committed',note='unquoted transcript turn')
c('528','aircraft',70,'more than','aircraft flown in',RDM,'more than 70 aircraft have flown in',note='"the Defence Ministry says" inside the guest\'s turn')
e('528','2022-01-07','statement',None,[TOK],'On Friday, he said he had authorised',note='Friday before Saturday 8 Jan')
e('528','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('528',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said the deployment',note='undated')
e('528','2022-01-02','protest','Zhanaozen',[],'a protest over gas prices in Zhanaozen last Sunday',note='"last Sunday" from Saturday 8 Jan, in a transcript turn')
e('528','2022-01-05','other',None,[TOK,CSTO],'The request came on Wednesday night',note='request for CSTO help; Wednesday before Saturday 8 Jan')

# ---------------- 529 Euronews The Cube fact-check (Updated: 11/01/2022, a Tuesday)
art('529',0,5,9,'Euronews','2022-01-11',['Sofia Marchetti'],None,
    ['euronews.','My Europe | World | Business | Travel | Next | Culture | Video','The Cube','By Sofia Marchetti','Updated: 11/01/2022 - 17:32',
     'Share this article','Facebook | Twitter | WhatsApp | Email','More from The Cube','Fact-check: No, this video does not show Russian tanks in Almaty'])
q('529','20,000 bandits',TOK,'President Kassym-Jomart Tokayev','said in a televised address',partial=True,note='a number inside a two-word partial (also an `other` claim); the headline\'s one-word "bandits" is excluded')
q('529','a single-centre, coordinated attack.',TOK,'He','telling',partial=True,note='participle cue "telling fellow leaders"')
q('529','I have not seen a single video that supports a number of that size,','Timur Aliyev','Timur Aliyev','said',note='inverted cue "…," said Timur Aliyev, an open-source researcher')
q('529','Large crowds, yes. An army, no.','Timur Aliyev','Timur Aliyev','said',note='second half after the interposed attribution; same cue')
q('529','intelligence data',PRESS,"A spokesperson for the president's office",'said',partial=True,note='two-word partial with a speech verb; the office, not a named person, is the speaker')
c('529','other',20000,None,'"bandits" who attacked Almaty (claim checked)',TOK,'Did 20,000 "bandits" really attack Almaty?',zone='headline',note='figure in the headline question')
c('529','other',20000,None,'bandits who attacked Almaty',TOK,'that "20,000 bandits" had attacked Almaty',note='inside the partial quote')
c('529','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('529','detained',7939,None,'people detained',MIA,'the figure had risen to 7,939')
c('529','killed',164,None,'dead (figure posted in error)','officials','put the number of dead at 164',note='"Official figures"; later withdrawn by health officials')
e('529','2022-01-07','statement',None,[TOK],'On Friday, President Kassym-Jomart Tokayev said in a televised address',note='Friday before Tuesday 11 Jan')
e('529','2022-01-10','talks',None,[TOK,CSTO],'He repeated the claim on Monday during a video summit',note='CSTO video summit')
e('529','2022-01-08','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Saturday")
e('529','2022-01-10','casualty_report',None,[MIA],'By Monday, the figure had risen')
e('529',None,'statement',None,[PRESS],'contacted by The Cube, said the estimate',note='undated')

# ---------------- 530 CNN "Meanwhile in America" newsletter (Updated 0932 GMT January 12, 2022, a Wednesday)
art('530',0,7,13,'CNN','2022-01-12',['Jonah Whitaker'],None,
    ['CNN','Newsletters','Meanwhile in America','The email about America that the rest of the world is talking about.','By Jonah Whitaker, CNN',
     'Updated 0932 GMT (1732 HKT) January 12, 2022','Sign up for Meanwhile in America here.',"WHAT ELSE WE'RE WATCHING",'Forwarded this email? Sign up here.',
     '(c) 2022 Cable News Network. A Warner Media Company. All Rights Reserved.'])
q('530','We were clear that some of the proposals are simply not on the table,','Wendy Sherman','she','said',note='one-word "firm" in the sentence before is excluded; she = Sherman')
q('530','is not unlimited.','Sergey Ryabkov','he','said',partial=True,note='"Moscow, he said, sees no reason for “optimism” yet, and Russia\'s patience “…”" — interposed cue; the one-word "optimism" is excluded')
q('530','When Russian soldiers are invited in, getting them to go home again can take a very long time,','Antony Blinken','Secretary of State Antony Blinken','said')
c('530','troops_deployed',2030,'about','CSTO troops on the ground',None,'around 2,030 troops on the ground')
c('530','detained',9900,'more than','people detained in Kazakhstan','Kazakh officials','has passed 9,900',note='"has passed" read as more than; in the "WHAT ELSE WE\'RE WATCHING" bullet list')
e('530','2022-01-10','talks','Geneva',['United States','Russia','Wendy Sherman'],'shook hands in Geneva on Monday')
e('530','2022-01-12','talks','Brussels',['NATO','Russia'],'Today, the show moves to Brussels',note='"Today" = publication day')
e('530','2022-01-11','statement',None,['Sergey Ryabkov'],'struck a gloomier note on Tuesday')
e('530','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'landed in Kazakhstan last Thursday',note='"last Thursday" from Wednesday 12 Jan')
e('530','2022-01-11','statement',None,[TOK],'On Tuesday, Kazakh President Kassym-Jomart Tokayev announced')
e('530','2022-01-13','withdrawal','Kazakhstan',[CSTO],'withdrawal would begin in two days',note='"in two days" counted from Tuesday 11 Jan')
e('530','2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken said on Friday')
e('530',None,'statement',None,['Russian Foreign Ministry'],"Russia's foreign ministry called the remark",note='undated reaction')
e('530','2022-01-13','talks','Vienna',['OSCE'],'The OSCE meets in Vienna on Thursday',note='future')

# ---------------- 531 France 24 "Focus" video report page (Issued on: 12/01/2022, a Wednesday)
art('531',0,5,14,'France 24','2022-01-12',['Marie Delorme','Nurbek Sadykov'],None,
    ['FRANCE 24','Live | Programmes | Europe | France | Africa | Middle East | Americas | Asia-Pacific','Focus','Issued on: 12/01/2022 - 16:05',
     'Modified: 12/01/2022 - 16:11','Video by: Marie Delorme | Nurbek Sadykov','4 min','Play video (04:12)','Also on France 24',
     'Kazakhstan begins withdrawal of Russian-led troops','Share | Tweet | Email','Read more on FRANCE 24'])
q('531',"We produce the country's wealth and we live in dust,",'Yerlan','Yerlan','said',note='inverted "…," said Yerlan, a 41-year-old driller (first name only)')
q('531','Our fathers remember December 2011. That is why we came out peacefully,','Daniyar','a young protester','said',note='inverted; the name follows ("who gave only his first name, Daniyar"); a year inside the quote')
q('531','a carefully planned act of aggression',TOK,'Tokayev','told',partial=True)
q('531','a dialogue with every worker who wants one.',GOV,'The governor of Mangystau region','promised',partial=True,note='unnamed official; cue "promised"')
q('531','They lowered the price of gas. They did not lower the price of everything else.','Yerlan','Yerlan','put it',note='"As Yerlan put it: “…”" — colon before the quote')
c('531','killed',164,None,'people killed nationwide (later withdrawn)',MIA,'164 people had been killed nationwide')
c('531','detained',12,None,'people from Zhanaozen still in custody','regional administration','12 people from the town were still in custody',note='"A spokesman for the regional administration said"')
e('531','2022-01-02','protest','Zhanaozen',[],'broke out on January 2')
e('531','2022-01-11','casualty_report',None,[MIA],'the interior ministry reported on Tuesday',note='Tuesday before Wednesday 12 Jan')
e('531','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev told parliament that the protests',note='"On the same day" = Tuesday')
e('531','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister, Alikhan Smailov',note='same sentence, "On the same day"')
e('531',None,'statement','Mangystau',[GOV],'The governor of Mangystau region, where Zhanaozen lies, promised',note='undated')

# ---------------- 532 DW News item with video (Date 13.01.2022, a Thursday)
art('532',0,7,14,'DW','2022-01-13',[],None,
    ['DW','Made for minds.','Topics | Media Center | Live TV | Learn German','News | Asia | Kazakhstan','Date 13.01.2022','Related Subjects: Kazakhstan, Russia, CSTO',
     'WATCH 02:27','Kazakhstan: CSTO troops begin withdrawal','mm/rs (AFP, Reuters, Interfax)','Send Facebook Twitter Email',
     'Permalink https://p.dw.com/p/45Rzq','DW RECOMMENDS',"Kazakhstan: What's behind the violence?"])
q('532','fully accomplished','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True)
q('532','Not a single peacekeeper took part in operations against the population,','Andrei Serdyukov','he','told')
q('532','played a very important role in stabilising the situation.',TOK,'Tokayev','According to',partial=True)
q('532','real risk','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('532','We are ready to talk, but we will not compromise on core principles,','Jens Stoltenberg','Stoltenberg','told')
c('532','troops_deployed',2030,'about','CSTO troops deployed in total',None,'around 2,030 troops in total')
c('532','troops_deployed',600,'about','CSTO troops guarding facilities in Almaty',None,'about 600 guarded facilities in Almaty',note='subset of the 2,030 ("Of those"); kept because it is a separate deployment figure')
c('532','detained',9900,None,'people detained','Kazakh authorities','9,900 people had been detained')
e('532','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday',note='Thursday = publication day')
e('532','2022-01-13','withdrawal','Almaty',[RDM],'took off from Almaty early on Thursday')
e('532',None,'other','Almaty',['Andrei Serdyukov'],'At a farewell ceremony in Almaty',note='ceremony; no day word (likely 13 Jan)')
e('532','2022-01-11','statement',None,[TOK],'had announced on Tuesday that the mission was complete')
e('532','2022-01-12','talks','Brussels',['Russia','NATO','Jens Stoltenberg'],'in Brussels on Wednesday brought no breakthrough')
e('532','2022-01-13','talks','Vienna',['OSCE'],'meeting in Vienna on Thursday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['he','He'],[]),
 sp('Marat Serikbayev','person',['Marat Serikbayev','Serikbayev','SERIKBAYEV'],['a security analyst based in Nur-Sultan'],'Kazakhstan',note='invented podcast guest'),
 sp('Erica Vollmer','person',['Erica Vollmer','Vollmer','VOLLMER'],['a researcher who follows the Collective Security Treaty Organization'],None,note='invented podcast guest'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister',"Russia's deputy foreign minister"],'Russia',['he']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State','Deputy Secretary of State'],'United States',['she']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','The Collective Security Treaty Organization']),
 sp('Stanislav Zas','person',['Stanislav Zas'],["The alliance's secretary general"],'Belarus',quoted=False,note='not quoted in marks; source of the 2,500 figure in 527'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['Kyrgyz President'],'Kyrgyzstan',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',[],['Mr Peskov']),
 sp('Peter Ronan','person',['Peter Ronan','PETER RONAN'],['Eurasia analyst'],None,note='invented guest'),
 sp('Timur Aliyev','person',['Timur Aliyev'],['an open-source researcher based in Istanbul'],None,note='invented'),
 sp(PRESS,'organisation',["president's office"],[],'Kazakhstan',["A spokesperson for the president's office"]),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States',note='words invented'),
 sp('Yerlan','person',['Yerlan'],['a 41-year-old driller'],'Kazakhstan',note='invented; first name only'),
 sp('Daniyar','person',['Daniyar'],[],'Kazakhstan',['a young protester'],note='invented; first name only'),
 sp(GOV,'person',['governor of Mangystau region'],[],'Kazakhstan',['The governor of Mangystau region'],note='unnamed official'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General'],'Russia',['he'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',note='the two-word partial "real risk" follows his public wording; the full quote is invented'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 526, 527, 529, 531; not quoted'),
 sp(RDM,'organisation',['Defense Ministry','Defence Ministry'],[],'Russia',[],[],quoted=False,note='mentioned in 525, 528, 532; not quoted'),
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
