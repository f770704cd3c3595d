#!/usr/bin/env python3
"""Source of the devset155 annotation: the hand-chosen spans, values and dates for 1333-1340.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset155/annotation_source.py && python3 tests/devset155/verify.py
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
PGO="Kazakh Prosecutor General's Office"; KMG='KazMunayGas'
def L(p,s): return ln(p,s)

# ---------------- 1333 UNICEF press release (07 January 2022, a Friday)
art('1333',0,L('1333','Children must be protected'),L('1333','GENEVA/ALMATY, 7 January'),'UNICEF','2022-01-07',['Afshan Khan'],'GENEVA/ALMATY',
    ['Skip to main content','unicef | for every child','What we do   Research and reports   Stories   Press releases   Get involved','Press release',
     'Statement by UNICEF Regional Director for Europe and Central Asia Afshan Khan','07 January 2022','#####','Media contacts','About UNICEF',
     'For more information about UNICEF and its work for children, visit www.unicef.org.','Follow UNICEF on Twitter and Facebook','Related topics','Kazakhstan   Child protection   Emergencies'])
q('1333','UNICEF is deeply concerned by reports that children are among the victims of the violence that has swept across Kazakhstan in recent days.','Afshan Khan','Afshan Khan',None,malformed=True,
  note='statement-style multi-paragraph quote: the opening paragraph is left open (no closing mark) and the next paragraph re-opens; attribution only in the "Statement by … Afshan Khan" line and the next paragraph, so cue null')
q('1333',"We call on all parties to exercise restraint and to ensure that children are kept out of harm's way,",'Afshan Khan','Afshan Khan','said',note='inverted cue: ,” said Afshan Khan, UNICEF Regional Director…')
q('1333','before any timetable','Afshan Khan','Khan','saying',partial=True,note='"Khan welcomed the decision, saying that … “before any timetable”"')
q('1333','Children who have witnessed violence need support now, not in a month. Psychosocial services should be made available to every family that needs them,','Afshan Khan','she','said')
q('1333','Parents tell us their children cannot sleep. They hear the shooting at night and they ask whether it will come to their building,','Aigerim Sadykova','Sadykova','said')
c('1333','killed',3,'at least','children killed','Kazakh Ministry of Health','at least 3 children have been killed')
c('1333','injured',40,'more than','children injured','Kazakh Ministry of Health','more than 40 children have been injured')
e('1333','2022-01-07','statement',None,['UNICEF','Afshan Khan'],'GENEVA/ALMATY, 7 January 2022',note='the statement itself, dated by its dateline')
e('1333','2022-01-02','protest','Kazakhstan',[],'since the unrest began on 2 January')
e('1333','2022-01-05','other','Almaty',[],'among those killed in Almaty on Wednesday night',note='killing of a four-year-old girl ("local media reported"); Wednesday before Friday 7 Jan')
e('1333','2022-01-06','statement',None,['Kazakh Ministry of Education'],'The Ministry of Education announced on Thursday',note='school holidays extended by one week')
e('1333','2022-01-07','other','Almaty',['UNICEF'],'remained closed on Friday')

# ---------------- 1334 Business Wire release (January 10, 2022, a Monday)
art('1334',0,L('1334','Caspian Arc Petroleum Provides'),L('1334','Production back to normal'),'Business Wire','2022-01-10',[],'LONDON & ATYRAU, Kazakhstan',
    ['BUSINESS WIRE','Home | Newsroom | Services | Log in','January 10, 2022 07:00 AM Eastern Standard Time','About Caspian Arc Petroleum plc','Forward-Looking Statements',
     'Contacts','Helen Marsh, CFO +44 20 7946 0321','Brightline Communications (Financial PR)','#  #  #','Social Media Profiles'])
q('1334','Our first priority throughout this period has been the safety of our people. I am pleased to report that none of our employees or contractors was harmed,','Marat Yessenov','Marat Yessenov','said',note='inverted cue: ," said Marat Yessenov, Chief Executive Officer of Caspian Arc')
q('1334','We have maintained a constructive dialogue with the workforce, and we recognise that their concerns about the cost of living are genuine.','Marat Yessenov','Marat Yessenov','said',note='second half after the interposed attribution')
q('1334','within the first quarter','Marat Yessenov','Yessenov','said',partial=True)
q('1334','less than one per cent','Helen Marsh','Chief Financial Officer Helen Marsh','added',partial=True)
q('1334','Our balance sheet remains strong, with net cash of $74 million at the year end,','Helen Marsh','she','said',note='a money figure inside the quote (not a claim)')
c('1334','killed',164,None,'people killed across the country during the unrest',MIA,'164 people were killed across the country')
c('1334','troops_deployed',2030,'about','CSTO peacekeepers',CSTO,'some 2,030 troops according to the organisation',note='"some" normalised to about; "according to the organisation" = CSTO')
e('1334','2022-01-05','protest','Kyzylsai field',[],'was reduced on Wednesday, January 5, after contractor employees joined a sit-in',note='sit-in that cut production')
e('1334','2022-01-08','other','Kyzylsai field',['Caspian Arc Petroleum'],'Normal production resumed on Saturday.')
e('1334','2022-01-10','statement',None,['Caspian Arc Petroleum'],'today provides an update on its operations')
e('1334',None,'state_of_emergency','Kazakhstan',[],'the state of emergency remains in place until January 19',note='end date 19 January; the declaration is not dated here')
e('1334','2022-02-03','other',None,['Caspian Arc Petroleum'],'will publish its full-year trading update on February 3',note='future')

# ---------------- 1335 KazMunayGas website statement (08.01.2022, a Saturday)
art('1335',0,L('1335','KMG statement on the situation'),L('1335','JSC NC "KazMunayGas" (KMG) informs'),'KazMunayGas','2022-01-08',[],None,
    ['KazMunayGas','National Company','About the company | Investors | Sustainability | Press center | Careers','RU | KZ | EN','Press center > News','08.01.2022',
     'Press service of JSC NC "KazMunayGas"','Tel.: +7 (7172) 78 62 02','E-mail: pr@kmg.kz','Share:   Facebook   Twitter   Telegram',
     '© 2022 JSC NC "KazMunayGas". All rights reserved.','010000, Nur-Sultan, Kabanbay Batyr ave., 19'])
q('1335','The company hears its employees. The demands concerning liquefied gas prices have been met by the Government, and we are now discussing the social issues that are within the competence of KMG,','Alik Aidarbayev','Alik Aidarbayev','said',note='," the Chairman of the Management Board of KMG Alik Aidarbayev said — long title before the name; "KMG" inside the quote')
q('1335','not to give in to provocations','Alik Aidarbayev','He','asked',partial=True,note='"asked the workers “…”"; He = Aidarbayev')
q('1335','People are tired, they want stability. But they also want to be heard by Nur-Sultan, not only by the managers,','Yerlan Zhumabekov','Zhumabekov','said')
c('1335','detained',4404,None,'people detained in the country',MIA,'4,404 people have been detained in the country',note='"As reported by the Interior Ministry"')
e('1335','2022-01-07','talks','Zhanaozen',[KMG,'Ozenmunaigas','Mangistaumunaigas'],'On Friday, the management of KMG met with representatives',note='meeting with labour collectives')
e('1335','2022-01-05','other','Aktau',[],'on the night of 5 January unknown persons attempted to enter')
e('1335',None,'other',None,[TOK],'Earlier, the Head of State Kassym-Jomart Tokayev instructed the Government',note='"Earlier", no date')
e('1335','2022-01-08','casualty_report',None,[MIA],'as of Saturday morning')
e('1335','2022-01-10','talks','Zhanaozen',[KMG],'The next meeting with the labour collectives is scheduled for Monday.',note='future; location assumed from the first meeting (not stated)')

# ---------------- 1336 AmCham member e-mail bulletin (Wednesday, January 12, 2022)
art('1336',0,L('1336','Subject: Member Update No. 4'),L('1336','As the situation in Almaty stabilizes'),'American Chamber of Commerce in Kazakhstan','2022-01-12',['Saule Ismailova'],None,
    ['From: AmCham Kazakhstan <news@amcham.kz>','Sent: Wednesday, January 12, 2022 9:14 AM','To: Members','AMERICAN CHAMBER OF COMMERCE IN KAZAKHSTAN',
     'MEMBER UPDATE No. 4 | 12 January 2022','For members only. Please do not forward outside your organization.','Dear Members,','Kind regards,','Executive Director',
     '+7 727 258 79 38 | www.amcham.kz','You are receiving this e-mail because you are a member of AmCham Kazakhstan. Unsubscribe | Update preferences'],
    sections=(L('1336','1. SECURITY'),L('1336','2. INTERNET AND COMMUNICATIONS'),L('1336','3. BANKING'),L('1336','4. MESSAGE FROM THE CHAIR'),L('1336','5. DIPLOMATIC CALENDAR')))
q('1336','The mission has been successful. The collective peacekeeping forces will leave within ten days,',TOK,'Tokayev','said',note='a duration inside the quote (not a claim)')
q('1336','We are grateful to the members who have kept their staff safe and their doors open in very difficult days,','Richard Coulter','Chamber Chair Richard Coulter','said',note='inverted cue: ," said Chamber Chair Richard Coulter')
q('1336','Investors will be watching closely how the government addresses the causes of this crisis, and we intend to be part of that conversation.','Richard Coulter','Chamber Chair Richard Coulter','said',note='continuation in the same paragraph after the inverted cue')
q('1336','before the end of the month','Richard Coulter','Coulter','said',partial=True)
q('1336','held firm on every point that matters to our allies','Wendy Sherman','Deputy Secretary of State Wendy Sherman','said',partial=True,note='full stop outside the closing mark')
c('1336','detained',9900,None,'people detained across the country',MIA,'9,900 people have been detained across the country',note='"According to the Interior Ministry"; the member survey (37/29 companies) is not a claim')
e('1336','2022-01-11','statement','Nur-Sultan',[TOK],'President Tokayev announced on Tuesday',note='address to the Mazhilis; withdrawal "will begin in two days" not recorded as a separate event')
e('1336','2022-01-11','other','Almaty',[],'Mobile internet in Almaty was partly restored yesterday.')
e('1336','2022-01-10','other',None,[],'Banks resumed operations on Monday.')
e('1336','2022-01-12','talks','Brussels',['NATO','Russia'],'Today, the NATO-Russia Council meets in Brussels')
e('1336','2022-01-10','talks','Geneva',['United States','Russia'],'Strategic Stability Dialogue in Geneva on Monday')
e('1336','2022-01-13','talks','Vienna',['OSCE'],'The OSCE Permanent Council will meet in Vienna tomorrow.',note='future')
e('1336',None,'statement',None,['Wendy Sherman'],'said after the Geneva meeting',note='after the 10 January meeting; no day given')

# ---------------- 1337 ReliefWeb-posted Red Crescent release (Posted: 11 Jan 2022, a Tuesday)
art('1337',0,L('1337','Red Crescent volunteers deliver'),L('1337','ALMATY, 11 January 2022'),'ReliefWeb','2022-01-11',[],'ALMATY',
    ['ReliefWeb','Updates  Countries  Disasters  Organizations  Topics  Jobs  Training','Kazakhstan + 0 more','Format: News and Press Release',
     'Source: Red Crescent Society of Kazakhstan','Posted: 11 Jan 2022','Originally published: 11 Jan 2022','Origin: View original','For more information:',
     'Attachments','Download Press Release (English) (PDF | 143.5 KB)','Share   Twitter   Facebook   LinkedIn   Email','Kazakhstan: Civil Unrest - Jan 2022'])
q('1337','Our volunteers went out on the streets when it was not safe to do so. They helped everyone who needed help, regardless of who they were,','Nurlan Seitkali','Nurlan Seitkali','said',note='inverted cue with the role after a comma')
q('1337','This is what the Red Crescent emblem means.','Nurlan Seitkali','Nurlan Seitkali','said',note='second quote after the interposed attribution')
q('1337','the hardest of my life','Dinara Tulegenova','Dinara Tulegenova','described',partial=True,note='"described the night of 5 January as “…”"')
q('1337','We had one ambulance for the whole district and forty wounded people waiting,','Dinara Tulegenova','she','said')
q('1337','I will never forget their faces.','Dinara Tulegenova','she','said',note='follows ," she said. in the same paragraph')
q('1337','enough for the next two weeks','Nurlan Seitkali','Seitkali','adding',partial=True,note='", Seitkali said, adding that … “…”"')
c('1337','injured',2200,None,'people who sought medical help across the country','health authorities','2,200 people sought medical help across the country')
c('1337','killed',164,None,'people who died (figure later revised)','officials','164 people had died')
c('1337','injured',40,None,'wounded people waiting in one district of Almaty','Dinara Tulegenova','forty wounded people waiting',note='written-out number inside a quote; local anecdote, borderline')
e('1337','2022-01-09','other','Almaty',['Red Crescent Society of Kazakhstan'],'reopened on Sunday',note='blood donation centre reopened')
e('1337','2022-01-10','casualty_report',None,[],'Officials said on Monday')
e('1337',None,'statement',None,['IFRC'],'said last week it was in contact with the Society',note='"last week" is not a day')
e('1337',None,'other',None,['Red Crescent Society of Kazakhstan'],'has launched a public appeal for 15 million tenge',note='no day given')

# ---------------- 1338 flydubai media release (06 January 2022, a Thursday)
art('1338',0,L('1338','flydubai suspends flights to Almaty'),L('1338','Dubai, UAE: flydubai has suspended'),'flydubai','2022-01-06',[],'Dubai, UAE',
    ['flydubai','Book | Manage | Check-in | Flight status | Media centre','Media centre > Media releases','06 January 2022','-ENDS-','About flydubai:',
     'For media enquiries please contact:','flydubai Corporate Communications','Email: media@flydubai.com','Share this page'])
q('1338','The safety of our passengers and crew is always our first priority. We are monitoring the situation closely and will resume operations to Kazakhstan as soon as it is safe to do so,','flydubai','a flydubai spokesperson','said',note='unnamed spokesperson: speaker is the airline')
q('1338','no choice','Sudhir Sreedharan','Sudhir Sreedharan','said',partial=True,note='two-word evaluative partial with a speech verb; very long title between name and verb')
q('1338','Kazakhstan is an important market for us, and we look forward to welcoming passengers back on board,','Sudhir Sreedharan','he','added')
c('1338','troops_deployed',2500,'about','CSTO force',None,'a Collective Security Treaty Organization force of about 2,500 troops',note='"According to media reports" belongs to the previous sentence')
c('1338','killed',8,None,'police officers and national guardsmen killed','Kazakh authorities','eight police officers and national guardsmen had been killed',note='written-out number')
e('1338',None,'other',None,['flydubai'],'flydubai has suspended its flights to Almaty (ALA) and Nur-Sultan (NQZ)',note='no day word (the release date is 6 Jan)')
e('1338','2022-01-06','other','Dubai',['flydubai'],'landed safely at DXB at 03:12 local time on Thursday',note='flight FZ 1721 turned back; it had left on Wednesday evening')
e('1338','2022-01-05','protest','Almaty',[],'protesters seized the terminal at Almaty airport on Wednesday')
e('1338','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers arrived in the country on Thursday')

# ---------------- 1339 TSX-listed uranium company news release (January 13, 2022, a Thursday)
art('1339',0,L('1339','Northern Steppe Uranium Reports No Impact'),L('1339','SASKATOON, Saskatchewan, January 13'),'Northern Steppe Uranium','2022-01-13',[],'SASKATOON, Saskatchewan',
    ['NEWS RELEASE','TSX: NSU','OTCQX: NSURF','Highlights:','Qualified Person','Cautionary Statement Regarding Forward-Looking Information','About Northern Steppe Uranium',
     'For further information:','Media inquiries: media@nsuranium.com'])
q('1339',"Our thoughts are with the people of Kazakhstan, and particularly with those who lost family members in last week's violence,",'Grant Whitcomb','Grant Whitcomb','said',note='inverted cue: ," said Grant Whitcomb, President and CEO')
q('1339',"KUL's operations are a long way from Almaty and were not disrupted, and the site team did an outstanding job of keeping everyone informed.",'Grant Whitcomb','Grant Whitcomb','said',note='second quote after the interposed attribution')
q('1339','fully reconciled','Grant Whitcomb','Whitcomb','noted',partial=True)
q('1339','We have operated in Kazakhstan for fifteen years and we have seen the government honour its commitments to foreign investors through difficult periods,','Grant Whitcomb','Whitcomb','said',note='a duration inside the quote')
q('1339','no plans','Grant Whitcomb','He','added',partial=True,note='two-word partial')
c('1339','killed',225,None,'people killed in the unrest',PGO,'225 people were killed in the unrest')
c('1339','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'some 2,000 troops',note='the CSTO is the subject that sent them, no attribution verb')
e('1339','2022-01-13','statement',None,['Northern Steppe Uranium'],'today provided an update on the operations')
e('1339','2022-01-06','arrest',None,['Karim Masimov'],'detained its former chairman, Karim Masimov, on January 6')
e('1339','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing its forces on Thursday')
e('1339','2022-01-05','other',None,[],'internet outages between January 5 and January 10',note='range: first day')
e('1339',None,'other',None,[TOK,CSTO],'at the request of President Kassym-Jomart Tokayev',note='request for CSTO troops; undated here (real: 5 Jan)')

# ---------------- 1340 embassy-hosted business council news item (14/01/2022, a Friday)
art('1340',0,L('1340','Council meets members online'),L('1340','Nur-Sultan – The Italian-Kazakh'),'Italian-Kazakh Business Council','2022-01-14',[],'Nur-Sultan',
    ["Consiglio d'Affari Italia-Kazakhstan",'Italian-Kazakh Business Council','c/o Embassy of Italy in Nur-Sultan – Trade Promotion Section',
     'Home | The Council | Members | Events | News | Contact','NEWS','14/01/2022','Tags: Kazakhstan, members, security',
     "© Consiglio d'Affari Italia-Kazakhstan – All rights reserved | Privacy | Cookie policy"])
q('1340','The Embassy was in contact with every Italian company and with every family during the most difficult days,','Marco Alberti','the Ambassador','said',note='title-only attribution after the name in the previous sentence')
q('1340','We will continue to follow the situation hour by hour.','Marco Alberti','the Ambassador','said',note='second quote after the interposed attribution')
q('1340','The damage is material, and it can be repaired. No one was hurt, and this is what matters,','Giulia Ferraretti','Ferraretti','said')
q('1340','peaceful and well organised','Luca Bertinotti','Luca Bertinotti','said',partial=True)
q('1340','The workers had clear demands about gas prices and wages. The violence in Almaty was something else entirely,','Luca Bertinotti','he','said')
c('1340','troops_deployed',2030,None,'CSTO servicemen',RDM,'put the contingent at 2,030 servicemen',note='"250 pieces of equipment" in the same sentence is not recorded')
c('1340','detained',12000,'more than','people detained during the events',PGO,'more than 12,000 people were detained')
e('1340','2022-01-13','other',None,['Italian-Kazakh Business Council','Marco Alberti'],'held an online meeting with its members yesterday')
e('1340','2022-01-10','other','Almaty',[],'reopened their offices on Monday')
e('1340','2022-01-13','withdrawal','Kazakhstan',[CSTO],'which began on Thursday')
e('1340','2022-01-19','withdrawal','Kazakhstan',[CSTO],'expected to leave by 19 January',note='expected completion')
e('1340',None,'other',None,['Italian-Kazakh Business Council'],'will organise a second meeting, in person, in February',note='month only')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Afshan Khan','person',['Afshan Khan','Khan'],['UNICEF Regional Director for Europe and Central Asia'],None,['she'],note='real official; words invented'),
 sp('Aigerim Sadykova','person',['Aigerim Sadykova','Sadykova'],['a UNICEF child-protection officer in Almaty','Child Protection Officer'],'Kazakhstan',note='invented; also in the media-contacts block'),
 sp('Marat Yessenov','person',['Marat Yessenov','Yessenov'],['Chief Executive Officer of Caspian Arc'],'Kazakhstan',note='invented'),
 sp('Helen Marsh','person',['Helen Marsh'],['Chief Financial Officer','CFO'],'United Kingdom',['she'],note='invented'),
 sp('Alik Aidarbayev','person',['Alik Aidarbayev'],['the Chairman of the Management Board of KMG'],'Kazakhstan',['He'],note='real company head; words invented'),
 sp('Yerlan Zhumabekov','person',['Yerlan Zhumabekov','Zhumabekov'],['the deputy chairman of the trade union of Ozenmunaigas'],'Kazakhstan',note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Head of State'],'Kazakhstan'),
 sp('Richard Coulter','person',['Richard Coulter','Coulter'],['Chamber Chair'],None,note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',note='words invented'),
 sp('Nurlan Seitkali','person',['Nurlan Seitkali','Seitkali'],['Secretary General of the Red Crescent Society of Kazakhstan'],'Kazakhstan',note='invented'),
 sp('Dinara Tulegenova','person',['Dinara Tulegenova'],['a volunteer coordinator in Almaty'],'Kazakhstan',['she'],note='invented'),
 sp('flydubai','organisation',['flydubai'],[],'United Arab Emirates',['a flydubai spokesperson']),
 sp('Sudhir Sreedharan','person',['Sudhir Sreedharan'],['Senior Vice President Commercial Operations (UAE, GCC, Indian Subcontinent and Africa) at flydubai'],'United Arab Emirates',['he'],note='real executive; words invented'),
 sp('Grant Whitcomb','person',['Grant Whitcomb','Whitcomb'],['President and CEO'],'Canada',['He'],note='invented'),
 sp('Marco Alberti','person',['Marco Alberti'],['the Ambassador of Italy to Kazakhstan'],'Italy',['the Ambassador'],note='real ambassador; words invented'),
 sp('Giulia Ferraretti','person',['Giulia Ferraretti','Ferraretti'],["The Council's president"],'Italy',note='invented'),
 sp('Luca Bertinotti','person',['Luca Bertinotti'],['country manager of an Italian engineering company working in Atyrau region'],'Italy',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 1334, 1335, 1336; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the organisation'],[],quoted=False,note='source of a figure in 1334; not quoted'),
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
