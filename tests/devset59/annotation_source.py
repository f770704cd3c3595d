#!/usr/bin/env python3
"""Source of the devset59 annotation: the hand-chosen spans, values and dates for 565-572.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset59/annotation_source.py && python3 tests/devset59/verify.py
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
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; AZMFA='Azerbaijani Foreign Ministry'
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KA='Kazakh authorities'; KG='Kazakh government'; RFM='Russian Foreign Ministry'; DFA='Irish Department of Foreign Affairs'
SERD='Andrei Serdyukov'; PUT='Vladimir Putin'

# ---------------- 565 War on the Rocks-style commentary (January 12, 2022, a Wednesday)
art('565',0,3,8,'War on the Rocks','2022-01-12',['Marcus Ellery'],None,
    ['War on the Rocks','Commentary','Marcus Ellery','January 12, 2022','Share on Twitter | Share on Facebook | Share on LinkedIn | Email',
     'Marcus Ellery is a senior fellow at a Washington research institute and a former U.S. Army officer who served in Central Asia. The views expressed are his own.',
     'Image: Russian Ministry of Defense','Become a Member | Commenting Policy'],
    sections=(ln('565','What Moscow Learned\n'),))
q('565','strategic facilities',SERD,'Col. Gen. Andrei Serdyukov','told',partial=True,note='two-word partial after "told Russian television that his men were guarding"; borderline with a label')
q('565','not taking part in operations against the population.',SERD,'Col. Gen. Andrei Serdyukov','told',partial=True,note='same sentence as the previous partial; full stop inside the mark')
q('565','These are not peaceful protesters,',TOK,'Tokayev','insisted')
q('565','They are terrorists who planned a seizure of power.',TOK,'Tokayev','insisted',note='continuation after the attribution sentence, same paragraph')
q('565','quickly and decisively',PUT,'Vladimir Putin','praised',partial=True,note='the "so-called color revolutions" in the same sentence is a label (excluded)')
q('565','The CSTO gave Russia a way to intervene without looking like it was intervening,','Dana Kowalczyk','Dana Kowalczyk','said',note='inverted cue: "…," said Dana Kowalczyk, a former U.S. defense attaché')
q('565',"It's a rehearsal, and everyone in Kyiv noticed.",None,'Her colleague at the same institute','was blunter',note='unnamed colleague; colon-introduced quote; "Her" points to Kowalczyk, who is not the speaker')
c('565','troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',CSTO,'about 2,030 troops',note="\"By the CSTO's own count\"; \"some 250 pieces of equipment\" in the same sentence is not a claim")
c('565','killed',164,None,'people killed in the unrest','officials','164 people had died',note='the text says the figure was later revised and partly withdrawn')
c('565','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('565','aircraft',70,'more than','Il-76 sorties in the airlift',None,'more than 70 Il-76 sorties',note='sorties (flights), not airframes; the author gives no source')
e('565','2022-01-05','other',None,[TOK,CSTO],'late on Jan. 5, President Kassym-Jomart Tokayev asked',note='request for CSTO help')
e('565',None,'troop_deployment','Almaty',['Russia'],'within a day Russian transport aircraft were on the ground outside Almaty',note='"within a day" of 5 Jan; likely 2022-01-06')
e('565',None,'statement',None,[SERD],'told Russian television that his men were guarding',note='undated')
e('565','2022-01-09','casualty_report',None,['officials'],'Officials said on Sunday that 164 people had died',note='Sunday before Wednesday 12 Jan')
e('565','2022-01-11','statement',None,[TOK],'Tokayev insisted in his address to parliament on Tuesday',note='"he told lawmakers a day later" (after Monday) is the same address')
e('565','2022-01-10','talks',None,[CSTO,PUT,TOK],'At the virtual CSTO summit on Monday')
e('565','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin in two days and take no more than 10 days',note='"in two days" from Tuesday 11 Jan (announced "a day later" than Monday); future at publication')
e('565','2022-01-10','talks','Geneva',['Russia','United States'],'the Russia-U.S. talks in Geneva, which opened on Monday')
e('565','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council meeting in Brussels today')

# ---------------- 566 Defense News-style piece ("Jan 7, 01:42 PM", no year; Friday 7 January 2022)
art('566',0,3,8,'Defense News','2022-01-07',['Jared Whitcomb'],'WASHINGTON',
    ['Defense News','Air | Global | Europe','By Jared Whitcomb','Jan 7, 01:42 PM','Skip to main content | Subscribe | Newsletters','About Jared Whitcomb',
     'Jared Whitcomb is the air warfare reporter for Defense News. He previously covered the Air Force for a regional newspaper in Ohio.',
     'Share: Facebook | Twitter | LinkedIn | Email'])
q('566','fully prepared to carry out their tasks.',RDM,'The ministry','said',partial=True)
q('566','This is exactly the kind of rapid reinforcement the Russian military has been practicing for a decade,','Hank Delacroix','Lt. Col. (ret.) Hank Delacroix','said',note='inverted cue; rank with a bracketed "(ret.)" before the name; a duration inside the quote')
q('566','The question is whether they can sustain it, and the answer so far is yes.','Hank Delacroix','Lt. Col. (ret.) Hank Delacroix','said',note='second half of the split quote')
q('566','We certainly have questions about the nature of this request and whether it was legitimately made,','John Kirby','he','said',note='he = Kirby ("told reporters Thursday" earlier in the paragraph)')
q('566','20,000 bandits',TOK,'Tokayev','According to',partial=True,note='two-word partial containing a figure; "without warning," in the same sentence is excluded (order label, like the gold\'s "shoot to kill")')
q('566','Nobody should miss that,','Hank Delacroix','he','added',note='he = Delacroix (surname in the sentence before)')
c('566','aircraft',70,'more than','Il-76 aircraft in the airlift',RDM,'more than 70 Il-76 aircraft')
c('566','aircraft',5,None,'An-124 heavy transports in the airlift',RDM,'five An-124 heavy transports',note='written-out number')
c('566','troops_deployed',2500,'about','CSTO peacekeeping force',CSTO,'about 2,500 troops')
c('566','troops_deployed',100,None,'Armenian personnel for the CSTO force','Armenia','contribute 100 personnel')
c('566','troops_deployed',500,'about','Belarusian troops for the CSTO force','Belarus','sending around 500')
c('566','killed',26,None,'"armed criminals" killed',KA,'26 "armed criminals" had been "liquidated"',note='scare quotes "armed criminals" and "liquidated" are not quotes')
c('566','killed',18,None,'members of the security forces killed',KA,'18 members of the security forces had been killed')
c('566','detained',3700,'more than','people detained',MIA,'More than 3,700 people have been detained')
c('566','other',20000,None,'"bandits" in Almaty',TOK,'the country faced "20,000 bandits"',note='figure inside a partial quote; U.S. officials declined to confirm')
e('566','2022-01-07','statement',None,[RDM],'The Russian Defense Ministry said Friday')
e('566','2022-01-05','other',None,[CSTO],'approved the mission late Wednesday',note='CSTO approval; Wednesday before Friday 7 Jan')
e('566',None,'troop_deployment','Kazakhstan',['Belarus'],'Belarus announced it was sending around 500',note='undated announcement')
e('566','2022-01-07','casualty_report',None,[KA],'Kazakh authorities, meanwhile, said Friday')
e('566','2022-01-06','statement',None,['John Kirby'],'told reporters Thursday')
e('566',None,'statement',None,[TOK],'who ordered security forces to fire',note='undated here (real: 7 Jan)')

# ---------------- 567 Independent.ie (Irish Independent) piece (Sat 8 Jan 2022)
art('567',0,3,4,'Independent.ie','2022-01-08',['Ciara Nolan'],None,
    ['Independent.ie','News > Irish News','Ciara Nolan','Sat 8 Jan 2022 at 17:30','Facebook | Twitter | Email | WhatsApp','Read More',
     'Kazakhstan unrest: what is the CSTO and why has Russia sent troops?','Independent News & Media','Privacy statement | Cookie Policy | Terms and conditions'])
q('567','longest three days','Bernadette Keogh','An Irish woman whose son teaches English in Almaty','described',partial=True,note='speaker named only in the next paragraph; a number inside the partial (not a claim)')
q('567',"He told me they could hear shooting from the flat and that they hadn't been out since Wednesday,",'Bernadette Keogh','she','said',note='reported speech of the son inside the mother\'s quote; speaker is the mother')
q('567','I just cried when I heard his voice.','Bernadette Keogh','she','said')
q('567','Our advice is clear: stay indoors, follow the instructions of local authorities and keep in touch with the embassy if you can,','Simon Coveney','he','said',note='stand-alone paragraph; he = Coveney (previous paragraph)')
q('567','fewer than 50',DFA,'A department spokesperson','said',partial=True,note='anonymous spokesperson of the department = the organisation; citizen count, not a claim')
q('567','The right to peaceful protest must be respected, and we are deeply concerned at the reports of live fire,','Simon Coveney','he','said')
q('567','He says his students need him,','Bernadette Keogh','she','added',note='split by the interposed "she added"')
q('567','and I suppose I raised him to be stubborn.','Bernadette Keogh','she','added')
c('567','detained',4404,None,'people detained',KA,'4,404 people had been detained')
c('567','killed',26,None,'rioters killed','officials','26 rioters')
c('567','killed',18,None,'members of the security forces killed','officials','18 members of the security forces had been killed')
e('567','2022-01-07','other',None,['Bernadette Keogh'],'got a phone call from Eoin (27) on Friday night',note='first contact after the blackout; "Friday night" before Saturday 8 Jan')
e('567','2022-01-07','statement',None,['Simon Coveney'],'he said yesterday')
e('567','2022-01-02','protest',None,[],'The unrest began last Sunday',note='"last Sunday" from Saturday 8 Jan')
e('567','2022-01-05','protest','Almaty',[],'government buildings were set on fire on Wednesday')
e('567','2022-01-08','casualty_report',None,[KA],'Kazakh authorities said today')
e('567','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('567',None,'other',None,[TOK,CSTO],'after President Kassym-Jomart Tokayev appealed for help',note='undated request')
e('567',None,'statement',None,['Simon Coveney'],'Mr Coveney said Ireland would raise the situation',note='undated; may be the same remarks as "yesterday"')

# ---------------- 568 The Scotsman business piece (Tuesday, 11th January 2022)
art('568',0,3,4,'The Scotsman','2022-01-11',['Alasdair Grieve'],None,
    ['The Scotsman','News > Business > Energy','By Alasdair Grieve','Business Correspondent','Tuesday, 11th January 2022, 4:45 pm',
     'Updated Tuesday, 11th January 2022, 6:10 pm','Share this article','Sign up to our daily newsletter','Read more',
     'North Sea decommissioning: the firms looking abroad for work','Comments','Want to join the conversation? Please or to comment on this article.'])
q('568',"All 43 of our people are accounted for and we've had no injuries,",'Fiona Baird','Fiona Baird','said',note='inverted cue "said Fiona Baird, chief executive of …"; staff count inside the quote is not a claim')
q('568','But nobody is pretending this is back to normal. Flights are sporadic, the banks have only just reopened, and we have rotations that are two weeks overdue.','Fiona Baird','Fiona Baird','said',note='second quote of the same paragraph, no new cue')
q('568','temporarily adjusted','Tengizchevroil','Tengiz operator Tengizchevroil','said',partial=True)
q('568','The main mission has been successfully completed,',TOK,'he','said')
q('568','Our members have long experience in Kazakhstan,','Aberdeen Chamber of Commerce','a spokesman','said',note='spokesman of the chamber, named at the start of the paragraph; split quote')
q('568','and they are not going to walk away from it after one bad week.','Aberdeen Chamber of Commerce','a spokesman','said')
q('568','Tengiz is where the protests started to look like a labour dispute rather than a riot,','Graeme Lockhart','he','said')
q('568','too big to be paused by a week of trouble.','Graeme Lockhart','He','added',partial=True,note='after "costing about $45 billion" (not a claim)')
c('568','killed',164,None,'people killed nationwide',KG,'164 people had been killed nationwide')
c('568','killed',103,None,'people killed in Almaty',KG,'including 103 in Almaty',note='subset of the 164')
c('568','detained',9900,None,'people detained',KG,'9,900 had been detained')
c('568','detained',5800,None,'people detained (earlier figure, Saturday)',KG,'a figure of 5,800 detentions')
c('568','troops_deployed',2000,'about','CSTO force in Kazakhstan',TOK,'some 2,000 troops',note='"some" → about')
e('568',None,'other','Tengiz',[],'workers staged strikes and a sit-in last week',note='"last week" is not a day')
e('568','2022-01-10','statement',None,['Tengizchevroil'],'Tengizchevroil said on Monday')
e('568','2022-01-10','casualty_report',None,[KG],'The Kazakh government said yesterday')
e('568','2022-01-08','casualty_report',None,[KG],'On Saturday it had given a figure')
e('568','2022-01-11','statement',None,[TOK],'told parliament today')
e('568','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to leave in two days',note='future; two days from Tuesday 11 Jan')

# ---------------- 569 Evening Standard piece (6 January 2022, a Thursday)
art('569',0,3,4,'Evening Standard','2022-01-06',['Tom Harcourt'],None,
    ['Evening Standard','News | World','Tom Harcourt','6 January 2022','Share | Copy link','MORE ABOUT','Kazakhstan | Russia | Protest','Most Read'])
q('569','We want our country back','Aigerim Sadykova','Aigerim Sadykova',None,zone='headline',note='headline quote followed by a colon; speaker named only in the body')
q('569','We want our country back,','Aigerim Sadykova','Aigerim Sadykova','said',note='inverted cue "said Aigerim Sadykova, 31, …"')
q('569','For thirty years one family has decided everything. People are not stupid.','Aigerim Sadykova','Aigerim Sadykova','said',note='written-out "thirty years" (duration, not a claim)')
q('569','Shal ket',None,'Some','reading',note='slogan on protest signs (gold "Say no to Putin" convention); the English gloss "Old man, go" is excluded')
q('569','very closely.','Amanda Milling','Minister for Asia Amanda Milling','said',partial=True,note='full stop inside the mark')
q('569','We urge all sides to exercise restraint and to pursue a peaceful resolution.','UK Foreign Office','A Foreign Office spokesperson','said',note='"said:" with a colon')
q('569','a limited period of time.',CSTO,'The Collective Security Treaty Organisation','said',partial=True)
q('569',"I don't know if they are alive,",'Yerlan','he','said',note='first name only')
q('569','That is why I am standing here in the cold.','Yerlan','he','said')
c('569','injured',1000,'more than','people injured',MIA,'more than 1,000 people had been injured')
c('569','detained',2298,None,'people detained',MIA,'2,298 had been detained')
c('569','killed',8,None,'police officers and national guardsmen killed',MIA,'Eight police officers and national guardsmen had been killed',note='written-out number at a sentence start; "dozens of "rioters"" is vague (no claim)')
e('569','2022-01-06','protest','London',[],"protested outside their country's embassy in Pall Mall this afternoon")
e('569','2022-01-05','protest','Almaty',[],"where the mayor's office was set ablaze yesterday")
e('569','2022-01-06','casualty_report',None,[MIA],'The Kazakh interior ministry said this morning')
e('569',None,'statement',None,['Amanda Milling'],'Minister for Asia Amanda Milling said Britain was following events',note='no day word')
e('569','2022-01-06','statement',None,[CSTO],'said early today it would send peacekeepers')
e('569','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'the first units had landed this morning')

# ---------------- 570 Canadian Press story in the Saskatoon StarPhoenix (Published Jan 07, 2022, a Friday)
art('570',0,3,8,'Saskatoon StarPhoenix','2022-01-07',[],'SASKATOON',
    ['Saskatoon StarPhoenix','Business | Local Business | Mining','The Canadian Press','Published Jan 07, 2022  •  Last updated Jan 07, 2022  •  3 minute read',
     'Join the conversation','— With files from The Associated Press','This report by The Canadian Press was first published Jan. 7, 2022.',
     'Share this Story : Cameco says Kazakh uranium output unaffected as unrest grips country','Trending','Comments',
     'You must be logged in to join the discussion or read more comments.'])
q('570','hour by hour.','Cameco','the company','says',partial=True,note='"Cameco Corp. says … though the company is watching the situation “hour by hour.”"')
q('570','Our people at Inkai are safe, and operations are continuing as normal,','Glen Ostrowski','company spokesman Glen Ostrowski','said in an email')
q('570','We are in regular contact with Kazatomprom and with our staff on site.','Glen Ostrowski','company spokesman Glen Ostrowski','said in an email',note='continuation in the same paragraph')
q('570','deeply concerned','Mélanie Joly','Foreign Affairs Minister Melanie Joly','said',partial=True,note='name printed without the accent (CP style)')
q('570','Canadians in Kazakhstan should shelter in place and register with our Registration of Canadians Abroad service.','Mélanie Joly','she','adding',note='"adding:" with a colon')
q('570','What negotiations can there be with criminals and murderers?',TOK,'Tokayev','said in a televised address',note='question mark inside the mark; "shoot to kill without warning" in the sentence before is excluded (order label, gold "shoot to kill")')
q('570','If anything goes wrong in Kazakhstan, everybody in the sector feels it,','Priya Raman','she','said')
c('570','killed',26,None,'protesters killed','Kazakh officials','26 protesters had been killed')
c('570','detained',3000,'more than','people detained','Kazakh officials','more than 3,000 people had been detained')
c('570','killed',18,None,'law enforcement officers killed',MIA,'Eighteen law enforcement officers died',note='written-out number at a sentence start')
e('570','2022-01-07','statement',None,['Glen Ostrowski','Cameco'],'said in an email Friday')
e('570','2022-01-06','statement',None,['Mélanie Joly'],'Melanie Joly said Thursday')
e('570','2022-01-02','protest',None,[],'The protests began Sunday',note='Sunday before Friday 7 Jan')
e('570','2022-01-07','casualty_report',None,['Kazakh officials'],'Kazakh officials said Friday')
e('570','2022-01-07','statement',None,[TOK],'President Kassym-Jomart Tokayev said Friday')
e('570','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in the country Thursday')

# ---------------- 571 Lawfare post (Monday, January 10, 2022)
art('571',0,3,8,'Lawfare','2022-01-10',['Rebecca Thornquist'],None,
    ['LAWFARE','Foreign Relations & International Law','By Rebecca Thornquist','Monday, January 10, 2022, 9:01 AM','Subscribe to Lawfare',
     'Rebecca Thornquist is an associate professor of international law. She previously served in the Office of the Legal Adviser at the U.S. Department of State.',
     'Topics: Foreign Relations & International Law, Russia, Kazakhstan, Collective Security'])
q('571','an act of aggression',TOK,'he','described',partial=True,note='"In his address on Jan. 7, he described the unrest as …"; he = Tokayev ("Tokayev\'s framing")')
q('571','terrorist gangs',TOK,'he','described',partial=True)
q('571','trained abroad.',TOK,'he','described',partial=True)
q('571','external interference.','Nikol Pashinyan','Pashinyan','saying',partial=True)
q('571','Armed formations coordinated from a single center have attacked the state,','Stanislav Zas','he','said',note='split by the interposed "he said"; he = Zas (sentence before)')
q('571','and this is aggression in the meaning of the treaty.','Stanislav Zas','he','said')
q('571','including a significant number of foreign nationals,',KA,'Kazakh authorities','said',partial=True)
q('571','strategic facilities',CSTO,'the CSTO','says',partial=True)
q('571','The decision was taken in full accordance with the treaty and at the request of a legitimate government,',RFM,"Foreign Minister Sergey Lavrov's ministry",'said in a statement',note='nearest-name trap: the speaker is the ministry, not Lavrov')
q('571',"Once 'external aggression' means whatever the host government says it means, the treaty becomes an insurance policy for incumbents.",None,'One scholar of Eurasian law','put it this way',note='anonymous scholar; nested single-quoted term inside')
c('571','troops_deployed',2030,None,'CSTO personnel in Kazakhstan',CSTO,'2,030 personnel',note='"250 units of equipment" is not a claim')
c('571','detained',5800,None,'people detained',KA,'5,800 people had been detained')
e('571','2022-01-05','other',None,[TOK,CSTO],'On the night of Jan. 5',note='request for CSTO help')
e('571',None,'other',None,[CSTO,'Nikol Pashinyan'],'Within hours the organization',note='Collective Security Council decision; "within hours" of the night of 5 Jan, likely 2022-01-06')
e('571','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Russian airborne troops began landing the next day')
e('571','2022-01-07','statement',None,[TOK],'In his address on Jan. 7')
e('571','2022-01-08','statement',None,['Stanislav Zas'],'Stanislav Zas went further on Saturday')
e('571','2022-01-09','casualty_report',None,[KA],'Kazakh authorities said on Sunday')
e('571','2022-01-06','statement',None,[RFM],'said in a statement on Thursday')
e('571','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'begin in Geneva today')

# ---------------- 572 Breaking Defense piece (January 13, 2022 at 4:22 PM, a Thursday)
art('572',0,3,4,'Breaking Defense','2022-01-13',['Colin Mayhew','Sara Lindqvist'],'BRUSSELS and WASHINGTON',
    ['BREAKING DEFENSE','Land | Policy | Europe','By Colin Mayhew and Sara Lindqvist on January 13, 2022 at 4:22 PM','Facebook | Twitter | LinkedIn | Email | Print',
     'RELATED: Pentagon: Russia has massed some 100,000 troops near Ukraine','Filed under: CSTO, Kazakhstan, NATO, Russia, Ukraine',
     'Subscribe to our newsletter','Sign up and get Breaking Defense news in your inbox.'])
q('572','There is a real risk for new armed conflict in Europe,','Jens Stoltenberg',"NATO's Stoltenberg",'warned',zone='headline',note='quote in the dek (standfirst) under the headline; repeated in the body')
q('572','There is a real risk for new armed conflict in Europe,','Jens Stoltenberg','he','said',n=2,note='body occurrence; the one-word "significant." in the sentence before is excluded')
q('572','core principles,','Jens Stoltenberg','he','adding',partial=True)
q('572','We have no more time to waste,','Alexander Grushko','Grushko','told',note='Fomin is named in the sentence before but is not the speaker')
q('572','a frank and challenging discussion.','Wendy Sherman','Deputy Secretary of State Wendy Sherman','described',partial=True)
q('572',"gotten people's attention",None,'A senior Pentagon official','said',partial=True,note='anonymous official')
q('572',"They moved a brigade's worth of people in two days and pulled them out on schedule,",None,'the official','said')
q('572',"That's a capability, and we plan around capabilities.",None,'the official','said')
q('572','greater than ever before in the last 30 years.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True,note='"30 years" inside the partial is not a claim')
c('572','troops_deployed',100000,'about','Russian troops near Ukraine','Pentagon','some 100,000 troops',zone='related',note='"RELATED:" teaser inside the text')
c('572','troops_deployed',2000,'about','CSTO contingent in Kazakhstan',TOK,'the roughly 2,000-strong CSTO contingent',note='"roughly" → about; hyphenated "2,000-strong"')
c('572','detained',12000,'more than','people detained',KG,'the number detained at more than 12,000')
c('572','killed',16,None,'members of the security forces killed','officials','16 members of the security forces were among the dead')
e('572','2022-01-12','talks','Brussels',['NATO','Russia'],"after Wednesday's NATO-Russia Council meeting ended without agreement")
e('572',None,'statement','Brussels',['Jens Stoltenberg'],'told reporters after the four-hour session',note='no day word; the session was on Wednesday 12 Jan')
e('572','2022-01-13','withdrawal','Kazakhstan',[RDM],'its paratroopers had begun leaving Kazakhstan',note='"the Russian Ministry of Defense said Thursday"')
e('572','2022-01-11','statement',None,[TOK],'Tokayev announced on Tuesday')
e('572','2022-01-13','withdrawal','Almaty',[RDM],'The first Il-76 transports took off from Almaty this morning')
e('572','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'Talks continued in Vienna today')
e('572',None,'other',None,[],'at a conference next week',note='"next week" is not a day')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['he','He'],["Tokayev's"]),
 sp(SERD,'person',['Andrei Serdyukov'],['Col. Gen.'],'Russia',[],['Col. Gen. Andrei Serdyukov']),
 sp(PUT,'person',['Vladimir Putin'],[],'Russia'),
 sp('Dana Kowalczyk','person',['Dana Kowalczyk'],['a former U.S. defense attaché in the region'],'United States',note='invented'),
 sp(RDM,'organisation',['Russian Defense Ministry','Russian Ministry of Defense'],[],'Russia',['The ministry','the ministry'],note='US spelling in this set; canonical from earlier sets'),
 sp('Hank Delacroix','person',['Hank Delacroix','Delacroix'],['Lt. Col. (ret.)','a former U.S. Air Force air mobility planner'],'United States',['he'],['Lt. Col. (ret.) Hank Delacroix'],note='invented'),
 sp('John Kirby','person',['John Kirby'],['Pentagon press secretary'],'United States',['he'],note='words invented'),
 sp('Bernadette Keogh','person',['Bernadette Keogh','Keogh'],[],'Ireland',['An Irish woman whose son teaches English in Almaty','she'],['Ms Keogh'],note='invented'),
 sp('Simon Coveney','person',['Simon Coveney','Coveney'],['Foreign Affairs Minister'],'Ireland',['he'],['Mr Coveney'],note='words invented'),
 sp(DFA,'organisation',['Department of Foreign Affairs'],[],'Ireland',['A department spokesperson']),
 sp('Fiona Baird','person',['Fiona Baird'],['chief executive of Dyce-based Northpoint Well Services'],'United Kingdom',note='invented; company invented'),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],['Tengiz operator'],'Kazakhstan'),
 sp('Aberdeen Chamber of Commerce','organisation',['Aberdeen Chamber of Commerce'],[],'United Kingdom',['a spokesman'],note='words invented'),
 sp('Graeme Lockhart','person',['Graeme Lockhart'],['Energy analyst'],'United Kingdom',['he','He'],note='invented'),
 sp('Aigerim Sadykova','person',['Aigerim Sadykova'],['a finance worker from Canary Wharf'],'Kazakhstan',note='invented'),
 sp('Amanda Milling','person',['Amanda Milling'],['Minister for Asia'],'United Kingdom',note='words invented'),
 sp('UK Foreign Office','organisation',['Foreign Office'],[],'United Kingdom',['A Foreign Office spokesperson'],note='FCDO in the same paragraph'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the CSTO']),
 sp('Yerlan','person',['Yerlan'],[],'Kazakhstan',['One protester','he'],note='invented; first name only'),
 sp('Cameco','organisation',['Cameco','Cameco Corp.'],[],'Canada',['the company']),
 sp('Glen Ostrowski','person',['Glen Ostrowski'],['company spokesman'],'Canada',note='invented'),
 sp('Mélanie Joly','person',['Melanie Joly'],['Foreign Affairs Minister'],'Canada',['she'],note='printed without the accent; words invented'),
 sp('Priya Raman','person',['Priya Raman'],['Analyst'],'Canada',['she'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Stanislav Zas','person',['Stanislav Zas','Zas'],['CSTO Secretary-General'],'Belarus',['he'],note='words invented'),
 sp(KA,'organisation',['Kazakh authorities'],[],'Kazakhstan'),
 sp(RFM,'organisation',[],[],'Russia',["Foreign Minister Sergey Lavrov's ministry"],note='only as "Foreign Minister Sergey Lavrov\'s ministry"'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',['he'],["NATO's Stoltenberg"]),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(KG,'organisation',['Kazakh government'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 568 and 572'),
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
