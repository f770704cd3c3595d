#!/usr/bin/env python3
"""Source of the devset12 annotation: the hand-chosen spans, values and dates for 189-196.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset12/annotation_source.py && python3 tests/devset12/verify.py
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
    for a in authors: assert a in T[f],(f,a)
    if dateline is not None: assert dateline in T[f],(f,dateline)
    assert ls<=headline_line<=le and ls<=first_line_line<=le,(f,index)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    for _ in range(n):
        off=t.index(quote,off+1)
    if saw is not None: assert saw in t,(f,saw)
    if cue is not None: assert cue in t,(f,cue)
    if zone=='related': art=None
    Q.append(dict(doc=f,article_index=art,quote=quote,speaker=speaker,speaker_as_written=saw,cue=cue,malformed=malformed,partial=partial,zone=zone,line=line_of(t,off),offset=off,note=note))
def c(p,what,value,qual,subject,src,ev,art=0,zone='body',vmax=None,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    if zone=='related': art=None
    C.append(dict(doc=f,article_index=art,what=what,value=value,qualifier=qual,subject=subject,source_attributed=src,evidence=ev,value_max=vmax,zone=zone,line=line_of(t,t.index(ev)),note=note))
def e(p,date,typ,loc,parts,ev,art=0,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    E.append(dict(doc=f,article_index=art,date=date,type=typ,location=loc,participants=parts,evidence=ev,line=line_of(t,t.index(ev)),note=note))
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; NSC='Kazakh National Security Committee'; MOH='Kazakh Ministry of Health'
PUT='Vladimir Putin'; PAS='Nikol Pashinyan'; LUK='Alexander Lukashenko'; RAH='Emomali Rahmon'; ZAS='Stanislav Zas'
SMA='Alikhan Smailov'; PES='Dmitry Peskov'; KAP='Kazatomprom'; DZH='Yerlan Dzhaksybekov'
STO='Jens Stoltenberg'; GRU='Alexander Grushko'; FOM='Alexander Fomin'; LAV='Sergey Lavrov'

# ---------------- 189 Kremlin-website transcript of the CSTO Collective Security Council session (January 10, 2022, a Monday)
art('189',0,3,4,'President of Russia','2022-01-10',[],'The Kremlin, Moscow',
    ['President of Russia','Events › Transcripts','January 10, 2022','15:40','* * *',
     'Publication date: January 10, 2022, 15:40','Direct link: en.kremlin.ru/events/president/transcripts/67559'])
q('189','within hours, which is unprecedented.',PAS,'Nikol Vovayevich','said',partial=True,
  note="inside Lukashenko's unmarked turn; Lukashenko recites Pashinyan's words from l.13 (a shortened form) and names him with the speech verb, so the speaker is Pashinyan (devset3 119, devset6 144); the full stop is inside the closing mark")
q('189','If you need help, tell us, and our guys will be there in a day.',LUK,'I','told',
  note="Lukashenko quotes his own words from a phone call (\"I told him: \"…\"\") inside his unmarked turn; the only full quote in the transcript")
c('189','other',20000,'about','bandits who took part in the attack on Almaty',TOK,'about 20,000 bandits',note="in Tokayev's unmarked turn (speaker label K.Tokayev)")
c('189','troops_deployed',2030,None,'CSTO contingent deployed in Kazakhstan',TOK,'in total 2,030 servicemen')
c('189','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment')
c('189','troops_deployed',500,'about','Belarusian contingent in Kazakhstan',LUK,'about 500 people')
c('189','troops_deployed',200,'about','Tajik unit in Kazakhstan',RAH,'some 200 servicemen')
c('189','other',8,None,'strategic facilities guarded by the CSTO forces',ZAS,'eight strategic facilities',note='written-out figure; like devset7 152')
c('189','other',2,None,'airports guarded by the CSTO forces',ZAS,'two airports',note='written-out figure; a subset of the eight facilities')
e('189','2022-01-10','talks',None,[PUT,TOK,PAS,LUK,'Sadyr Japarov',RAH,ZAS,CSTO],'took part, via videoconference, in an extraordinary session',note='videoconference')
e('189','2022-01-05','other',None,[TOK,CSTO],'Kassym-Jomart Kemelevich asked the CSTO for help',note='request for CSTO help ("On the night of January 5")')
e('189','2022-01-06','other',None,[CSTO],'the next day the Council decided to send collective peacekeeping forces',note='Council decision; "the next day" after the night of January 5')
e('189','2022-01-05','talks',None,[LUK,TOK],'When I spoke to Kassym-Jomart Kemelevich by phone on the evening of January 5',note='phone call')
e('189',None,'troop_deployment','Kazakhstan',[CSTO],'was deployed to guard strategic facilities',note='no day given')
e('189',None,'withdrawal','Kazakhstan',[CSTO],'the contingent will leave the territory of Kazakhstan',note='future, undated ("shortly")')

# ---------------- 190 Interfax-style newswire: four items = four articles (Jan 8 Sat, Jan 8 Sat, Jan 9 Sun, Jan 10 Mon)
art('190',0,5,6,'Interfax','2022-01-08',[],'NUR-SULTAN',['INTERFAX','Russia & CIS General Newswire','Kazakhstan: news feed','ak ms'],ls=5,le=10)
art('190',1,12,13,'Interfax','2022-01-08',[],'NUR-SULTAN',['ak ms'],ls=12,le=16)
art('190',2,18,19,'Interfax','2022-01-09',[],'MOSCOW',['vb ak'],ls=18,le=22)
art('190',3,24,25,'Interfax','2022-01-10',[],'NUR-SULTAN',['ms vb','All information is the property of Interfax. Reproduction without reference to Interfax is prohibited.'],ls=24,le=30)
q('190','At present the situation in all regions of the country has been stabilized. Law enforcement agencies together with the armed forces continue the counter-terrorist operation,',MIA,'the ministry','said',art=0)
q('190','On January 6, 2022, the National Security Committee initiated a pre-trial investigation into high treason. On the same day, former KNB chairman K. Masimov was detained and placed in a temporary detention facility,',
  NSC,'the KNB press service','said in a statement',art=1,note='the press service speaks for the committee (gold: press-office quotes); a name and a date inside the quote')
q('190','continue to perform tasks to protect important state and military facilities,',RDM,'it','said',art=2,partial=True,note='"The peacekeepers "…," it said"; "it" = the ministry')
q('190','as long as the Kazakh leadership considers necessary.',PES,'Kremlin spokesman Dmitry Peskov','told',art=3,partial=True,note='"earlier told journalists that the peacekeepers would stay "…""')
c('190','detained',4400,'more than','people detained (headline)',None,'detain over 4,400 people',art=0,zone='headline',note='"over" → more than')
c('190','detained',4404,'about','people detained in connection with the riots',MIA,'Some 4,404 people',art=0,note='"Some" → about')
c('190','killed',26,None,'"armed criminals" liquidated',MIA,'26 "armed criminals" were liquidated',art=0,note='the label "armed criminals" is not a quote; the number is a claim (gold 000 “liquidated” 26)')
c('190','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers were killed',art=0)
c('190','injured',740,'more than','police officers and servicemen injured',MIA,'over 740 police officers and servicemen were injured',art=0)
c('190','aircraft',70,'more than','Il-76 aircraft used in the airlift',RDM,'Over 70 Il-76 aircraft',art=2)
c('190','aircraft',5,None,'An-124 heavy transport planes used in the airlift',RDM,'five An-124 heavy transport planes',art=2,note='written-out figure')
c('190','detained',7939,None,'people detained (headline)',None,'rises to 7,939',art=3,zone='headline')
c('190','detained',7939,None,'people detained since the riots began',MIA,'detained 7,939 people',art=3)
c('190','other',300,'more than','criminal cases opened',MIA,'over 300 criminal cases',art=3,note='"Interfax-Kazakhstan reports, citing the ministry\'s press service"')
e('190','2022-01-08','arrest',None,[MIA],'the Kazakh Interior Ministry told journalists on Saturday',art=0,note='date of the announcement of 4,404 detentions')
e('190',None,'other','Almaty',[],'checkpoints have been set up at the entrances to Almaty',art=0,note='no day given ("Interfax-Kazakhstan reports")')
e('190','2022-01-06','arrest',None,['Karim Masimov',NSC],'former KNB chairman K. Masimov was detained',art=1,note='"On the same day" = January 6, 2022 (inside the quote)')
e('190','2022-01-08','statement',None,[NSC,'Karim Masimov'],'the committee said on Saturday',art=1,note='announcement of the arrest; the arrest itself is dated 6 Jan')
e('190','2022-01-05','other',None,[TOK,'Karim Masimov'],'dismissed him on Jan 5',art=1,note='dismissal')
e('190','2022-01-09','statement',None,[RDM],'the Russian Defense Ministry said on Sunday',art=2,note='completion of the airlift announced')
e('190','2022-01-06','troop_deployment','Almaty',[CSTO,RDM],'The first units landed near Almaty on the evening of Jan 6',art=2)
e('190','2022-01-10','arrest',None,[MIA],'the Interior Ministry said on Monday morning',art=3,note='date of the announcement of 7,939 detentions')
e('190','2022-01-10','talks',None,[TOK,CSTO],'held an extraordinary online session of the Collective Security Council',art=3,note='"Also on Monday"')
e('190',None,'statement',None,[PES],'Kremlin spokesman Dmitry Peskov earlier told journalists',art=3,note='"earlier": no day')

# ---------------- 191 machine-translated Kazakh-language news (11.01.2022, a Tuesday)
art('191',0,4,6,'Dala Aqparat','2022-01-11',[],'Nur-Sultan',
    ['Dala Aqparat','Sayasat | 11.01.2022, 15:40 | Qarau: 2 517','Material use at, the Dala Aqparat link obligatory.'])
q('191','The main mission of the CSTO peacekeeping forces successfully has been fulfilled. In two days the gradual withdrawal of the contingent will begin. The withdrawal process not more than 10 days will take',
  TOK,'he','said',note='«guillemets» closed before ", – he said" (the Kazakh "– dedi" cue, translated); "he" = the Head of State of the paragraph before')
q('191','Our first task – the situation stabilize and the peaceful life to the people return. The Government the prices on fuel control to keep will continue',
  SMA,'the new Prime Minister','said',note='straight marks closed before ", – he said the new Prime Minister" (translated "– dedi" cue with the subject after the verb); an en dash inside the quote')
c('191','troops_deployed',2030,None,'CSTO servicemen who arrived in Kazakhstan',TOK,'2 thousand 30 servicemen',note='written "2 thousand 30"')
c('191','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment')
c('191','killed',16,None,'law enforcement officers who lost their lives',TOK,'16 people lost their lives')
c('191','injured',1300,'more than','law enforcement officers wounded',TOK,'more than 1 300 were wounded',note='space as the thousands separator')
c('191','other',1678,None,'business objects damaged and robbed in Almaty',"Almaty mayor's office",'1 678 business objects',note='"Almaty qalasy akimat information according to"; space separator; as devset8 161. The 87 billion tenge damage has no dollar figure and is not a claim')
e('191','2022-01-11','statement','Nur-Sultan',[TOK],'Toqaev took part and speech made',note='speech to the Mazhilis; "Today" = publication day')
e('191','2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days the gradual withdrawal of the contingent will begin',note='future: two days after 11 Jan (inside the quote)')
e('191','2022-01-05','protest','Almaty',[],'on January 5 day in Almaty qalasy akimat building',note='buildings and the airport seized')
e('191','2022-01-11','appointment',None,[SMA,TOK],'Same day Mazhilis deputies',note='Mazhilis approves Smailov as Prime Minister; "Same day" = 11 Jan')
e('191','2022-01-05','appointment',None,[SMA],'on January 5 day he the acting Prime Minister was appointed')
e('191','2022-01-12','other',None,[SMA],'the ministers list the tomorrow to present promised',note='future: list of ministers, "tomorrow" from 11 Jan')
e('191','2022-01-02','protest','Zhanaozen',[],'January 2 day Mangystau oblysy Zhanaozen town')

# ---------------- 192 Financial Times-style analysis (January 12 2022, a Wednesday)
art('192',0,2,3,'Financial Times','2022-01-12',['Henry Ashdown','Dinara Sultanova'],None,
    ['Kazakhstan','Recommended','The FT View','Nazarbayev’s long shadow over Kazakhstan',
     '[Chart: Kazatomprom’s London-listed shares slump, then recover. Share price ($), Jan 3 2022 = 41.80; low of 33.10 on Jan 6; 38.95 on Jan 11. Source: Refinitiv]',
     'Additional reporting by Tom Brearley in London','Copyright The Financial Times Limited 2022. All rights reserved.',
     "Please don't copy articles from FT.com and redistribute by email or post to the web.",'Keep reading for $1 — Subscribe to unlock this article'])
q('192','not been affected',KAP,'The company','said',partial=True,note='closing mark before the comma')
q('192','The market priced in a disruption that never came, but it also priced in a political risk that is not going away,',DZH,'Yerlan Dzhaksybekov','said',note='inverted cue ", said Yerlan Dzhaksybekov, head of research …"')
q('192','Investors now have to ask who really runs the country.',DZH,'Yerlan Dzhaksybekov','said',note='continuation in the same paragraph as the attribution')
q('192','successfully accomplished',TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('192','There is no question of anyone staying longer than necessary',PES,'Peskov','said',note='em-dash cue `” — Peskov said on Monday`; surname only, after "The Kremlin"')
q('192','put boots on the ground in a neighbour within 48 hours',None,'One EU diplomat','said',partial=True,note='anonymous diplomat; "48 hours" inside the quote is not a claim')
q('192','very profitable companies',TOK,'He','told',partial=True,note='"He has promised … and told the Mazhilis that a small group of "…""')
q('192','If they see real change at the top, the money comes back. If not, this becomes a discount that never closes,',DZH,'he','said',note='"he" = Dzhaksybekov, named by surname at the start of the paragraph')
c('192','detained',10000,'almost','people detained after the riots','Kazakh authorities','almost 10,000 people were detained')
c('192','troops_deployed',2000,'more than','Russian-led CSTO force in Kazakhstan',None,'more than 2,000 troops')
e('192',None,'other','Kazakhstan',[],'When the internet went dark across Kazakhstan last week',note='internet shutdown; "last week" is not a day')
e('192','2022-01-06','statement',None,[KAP],'The company said on January 6')
e('192','2022-01-11','statement',None,[TOK],'told parliament on Tuesday')
e('192','2022-01-13','withdrawal','Kazakhstan',[CSTO],'it would begin to withdraw within two days',note='future: "within two days" of Tue 11 Jan')
e('192','2022-01-10','statement',None,[PES],'Peskov said on Monday')
e('192','2022-01-10','talks',None,[CSTO],'after an online summit of the Collective Security Treaty Organization')
e('192',None,'other','Tengiz',['Tengizchevroil'],'Oil output at Tengiz',note='output briefly cut; no day given')

# ---------------- 193 expat's personal blog diary (Medium-style, Jan 9, 2022, a Sunday); entries dated by their day headings
art('193',0,1,8,None,'2022-01-09',['Owen Castellane'],None,
    ['Follow','8 min read · Jan 9, 2022','1.4K','23','Thanks for reading. If you want to help, the Almaty Red Crescent accepts donations.',
     'More from Owen Castellane','Teacher, runner, occasional writer. Almaty since 2019.'],sections=(10,13,16,19,22))
q('193','The young ones are out on the square. Gas prices, but not only gas prices,','Zhanar','she','said',note='"My neighbour Zhanar, who is 63 …" earlier in the paragraph')
q('193','terrorist gangs trained abroad.',TOK,'Tokayev','called',partial=True,note='TV address; "called the attackers "…""')
q('193','This is not our Almaty,','Zhanar','she','said',note='"Zhanar watched with me." precedes')
q('193','They burned everything, even the cars of ordinary people,',None,'he','said',malformed=True,note="curly opening mark closed by a straight mark; the speaker is Zhanar’s son, not named")
q('193','the constitutional order has been largely restored in all regions.','Khabar 24','the same channel','announced',partial=True,note='TV announcement; the channel is the speaker (devset6 Channel One). The one-word "largely" after it is excluded')
c('193','killed',164,None,'people killed',MOH,'164 people were killed',note='"The health ministry has apparently said"')
c('193','killed',103,None,'people killed in Almaty',MOH,'including 103 in Almaty')
c('193','detained',5000,'about','people detained',None,'some 5,000 people detained',note='"according to a police officer she knows": anonymous, source null')
e('193','2022-01-04','protest','Almaty',[],'The young ones are out on the square',note='dated from the day heading "Tuesday, January 4"')
e('193','2022-01-05','protest','Almaty',[],'Smoke over the city hall by lunchtime',note='city hall on fire; dated from the day heading')
e('193','2022-01-05','statement',None,[TOK,CSTO],'Tokayev said he had asked the Collective Security Treaty Organization for help',note='TV address "at night"; dated from the day heading')
e('193','2022-01-06','troop_deployment','Kazakhstan',[],'the first Russian paratroopers had landed overnight',note='dated from the day heading (night of 5–6 Jan)')
e('193','2022-01-07','statement',None,[TOK],'an address in which Tokayev ordered troops to fire without warning',note='dated from the day heading')
e('193','2022-01-07','statement',None,['Khabar 24'],'Later the same channel announced',note='dated from the day heading')
e('193',None,'casualty_report',None,[MOH],'The health ministry has apparently said',note='reported in the 9 Jan entry, but the statement has no day word')

# ---------------- 194 UK FCDO-style travel advice page (updated 11 January 2022, a Tuesday)
art('194',0,4,10,'GOV.UK','2022-01-11',[],None,
    ['GOV.UK','Home › Foreign travel advice › Kazakhstan','Foreign travel advice','Still current at: 12 January 2022','Updated: 11 January 2022',
     'Latest update: Information on the end of the nationwide state of emergency in some regions, the curfew in Almaty and the resumption of flights from Almaty International Airport (‘Summary’ and ‘Safety and security’ pages)',
     'Print this page','Contents','Is this page useful? Yes No','Report a problem with this page'],sections=(9,26,27,30,33,36))
q('194','We are deeply concerned by the loss of life in Kazakhstan. We call for calm and restraint on all sides, and for the rights of peaceful protesters to be respected. Our Embassy in Nur-Sultan stands ready to help British nationals.',
  'James Cleverly','Minister for Europe James Cleverly','said',note='"said:" before the quote; words invented')
e('194','2022-01-06','state_of_emergency','Kazakhstan',[],'declared a state of emergency across the whole country on 6 January 2022')
e('194','2022-01-13','other','Almaty',[],'Almaty International Airport is expected to reopen on 13 January 2022',note='future: airport reopening')
e('194',None,'troop_deployment','Kazakhstan',[CSTO],'have been deployed in Kazakhstan at the request of the Kazakh government',note='no day given')
e('194',None,'statement',None,['James Cleverly'],'Minister for Europe James Cleverly said',note='no day given')
e('194','2022-01-02','protest','Zhanaozen',[],'Protests began on 2 January in the town of Zhanaozen')

# ---------------- 195 RNS-style stock-exchange announcement (7 January 2022, a Friday)
art('195',0,12,14,'RNS','2022-01-07',[],None,
    ['RNS Number : 4821X','07 January 2022','LEI: 213800KZ7UQ4B5NC3Y21','7 January 2022','("Steppe Uranium" or the "Company")','ENDS',
     'For further information, please contact:','+44 (0)20 3880 4120','+44 (0)20 7220 1650','Notes to Editors',
     'This announcement contains inside information for the purposes of Article 7 of the UK version of Regulation (EU) No 596/2014.',
     'This information is provided by RNS, the news service of the London Stock Exchange. RNS is approved by the Financial Conduct Authority to act as a Primary Information Provider in the United Kingdom.',
     'END','MSCFLFVVLEIFLIF'],sections=(16,24))
q('195','has not been affected by the current situation in the country',KAP,'the national operator Kazatomprom','statement',partial=True,
  note='noun cue: "the statement by the national operator Kazatomprom on 6 January 2022 that its uranium production "…""; closing mark before the full stop')
q('195','Our first priority is the safety of our people, and I am relieved to report that all of our team are safe. The project is remote from the areas affected by the protests, and our operations are continuing normally. We will keep the market informed as the situation develops.',
  'Richard Hale','Richard Hale','commented',note='"commented:" ends the paragraph before (devset3 120 convention)')
e('195','2022-01-05','other','Almaty',['Steppe Uranium PLC'],'has been closed since Wednesday',note='office closure; "since Wednesday" from Fri 7 Jan')
e('195','2022-01-05','other','Kazakhstan',[],'severely restricted since 5 January 2022',note='internet and mobile restrictions')
e('195','2022-01-06','state_of_emergency','Kazakhstan',[],'declared a nationwide state of emergency on 6 January 2022')
e('195',None,'troop_deployment','Kazakhstan',[CSTO],"has been deployed at the Government's request",note='no day given')
e('195','2022-01-06','statement',None,[KAP],'the statement by the national operator Kazatomprom on 6 January 2022')

# ---------------- 196 NATO Secretary General press conference after the NATO-Russia Council (12 Jan. 2022, a Wednesday)
art('196',0,2,8,'NATO','2022-01-12',[],'NATO Headquarters, Brussels',['NATO','12 Jan. 2022 | Last updated: 12 Jan. 2022 17:52','(Check against delivery)'])
q('196','has no intention to attack anyone,',GRU,'Deputy Minister Grushko','said',partial=True,note="inside Stoltenberg's unmarked answer; \"said in the meeting that Russia \"…\"\"")
q('196','legally binding guarantees, and not promises.',LAV,'Foreign Minister Lavrov','said',partial=True,note='"has said that Moscow needs "…""; surname only; the full stop is inside the closing mark')
q('196','NATO is not ready to take our concerns seriously',FOM,'Deputy Minister Fomin','told',note='"told us, and I quote, “…”."; full name only in the opening remarks (l.10)')
c('196','troops_deployed',100000,'almost',"Russian troops near Ukraine's borders",STO,'close to 100,000 troops',note='"close to" read as almost; in the unmarked opening remarks')
c('196','troops_deployed',2000,'about','CSTO troops in Kazakhstan',STO,'some 2,000 of them',note='"we were briefed that the CSTO troops, some 2,000 of them, …"')
e('196','2022-01-12','talks','Brussels',['NATO','Russia',STO,GRU,FOM],'We have just finished a meeting of the NATO-Russia Council')
e('196','2022-01-10','talks','Brussels',[STO],"On Monday, I met Ukraine's Deputy Prime Minister in Brussels")
e('196','2022-01-11','talks',None,[STO,'OSCE'],'yesterday I spoke with the Chairman of the OSCE',note='the OSCE chairman-in-office (Zbigniew Rau) is not named')
e('196','2022-01-13','talks','Vienna',['OSCE'],'Tomorrow, the OSCE Permanent Council will meet in Vienna',note='future')
e('196','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will start to leave tomorrow',note='future')
e('196',None,'statement',None,[LAV],'Minister Lavrov said last week',note='"last week" is not a day; in a journalist\'s question')
e('196',None,'talks',None,['NATO','Russia'],'we are ready to meet again next week',note='proposed, future; "next week" is not a day')

# ---------------- speakers: quoted speakers, unquoted transcript principals and claim sources, plus persons/organisations in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Qasym-Jomart Toqaev','Toqaev'],['President of Kazakhstan','Head of State','President'],'Kazakhstan',
    ['Kassym-Jomart Kemelevich','the President of Kazakhstan','the Head of State','He','he'],['K.Tokayev','Tokayev’s'],note='label K.Tokayev in 189 (unmarked speech); Kazakh transliteration in 191'),
 sp(PAS,'person',['Nikol Pashinyan'],['Prime Minister of Armenia'],'Armenia',['Nikol Vovayevich'],['N.Pashinyan'],note='label N.Pashinyan in 189; quoted only through Lukashenko'),
 sp(LUK,'person',['Alexander Lukashenko'],['President of Belarus'],'Belarus',['I'],['A.Lukashenko']),
 sp(PUT,'person',['Vladimir Putin'],[],'Russia',['Vladimir Vladimirovich'],['V.Putin'],quoted=False,note='label V.Putin in 189 (unmarked speech only)'),
 sp(RAH,'person',['Emomali Rahmon'],['President of Tajikistan'],'Tajikistan',[],['E.Rahmon'],quoted=False,note='unmarked speech in 189; claim source'),
 sp(ZAS,'person',['Stanislav Zas'],['CSTO Secretary General'],'Belarus',[],['S.Zas'],quoted=False,note='unmarked speech in 189; claim source'),
 sp(MIA,'organisation',['Kazakh Interior Ministry','Interior Ministry'],[],'Kazakhstan',['the ministry']),
 sp(NSC,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['the committee','the KNB press service']),
 sp(RDM,'organisation',['Russian Defense Ministry'],[],'Russia',['the ministry','it']),
 sp(PES,'person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',note='surname only in 192 (em-dash cue)'),
 sp(SMA,'person',['Älihan Smaiylov','Smaiylov'],['Prime Minister','acting Prime Minister'],'Kazakhstan',['the new Prime Minister'],note='canonical from the earlier sets; written in Kazakh transliteration in 191'),
 sp(KAP,'organisation',['Kazatomprom'],['national operator','state miner'],'Kazakhstan',['The company','the national operator Kazatomprom']),
 sp(DZH,'person',['Yerlan Dzhaksybekov','Dzhaksybekov'],['head of research at Almaty-based broker Steppe Capital'],'Kazakhstan',['he'],note='invented'),
 sp('Zhanar','person',['Zhanar'],['neighbour'],'Kazakhstan',['she','My neighbour Zhanar'],['Zhanar’s'],note='invented; first name only, age 63'),
 sp('Khabar 24','organisation',['Khabar 24'],[],'Kazakhstan',['the same channel'],note='state TV channel'),
 sp('James Cleverly','person',['James Cleverly'],['Minister for Europe'],'United Kingdom',note='words invented'),
 sp('Richard Hale','person',['Richard Hale'],['Chief Executive Officer'],'United Kingdom',note='invented'),
 sp(GRU,'person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister','Deputy Minister'],'Russia'),
 sp(FOM,'person',['Alexander Fomin','Fomin'],['Deputy Defence Minister','Deputy Minister'],'Russia'),
 sp(LAV,'person',['Lavrov'],['Foreign Minister','Minister'],'Russia',note='surname only in 196; canonical from the gold'),
 sp(STO,'person',['Jens Stoltenberg'],['NATO Secretary General','Secretary General'],'Norway',[],['Jens Stoltenberg (NATO Secretary General):'],quoted=False,note='unmarked speech only (press conference); claim source'),
 sp('Oana Lungescu','person',['Oana Lungescu'],['NATO Spokesperson'],None,[],['Oana Lungescu (NATO Spokesperson):'],quoted=False,note='moderator label only'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov','K. Masimov'],['former KNB chairman'],'Kazakhstan',quoted=False),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nursultan Nazarbaev'],['First President','Elbasy'],'Kazakhstan',[],['Nazarbayev’s'],quoted=False),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,quoted=False),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',quoted=False,note='claim source in 193'),
]

OPEN='"“«„‘'; CLOSE='"”»“’'; PAIR={'"':'"','“':'”','«':'»','„':'“'}
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE and PAIR.get(t[o-1])==t[k],(x['doc'],x['quote'][:30],t[o-1],t[k])
        assert '\n' not in x['quote'],(x['doc'],x['quote'][:30])
    else:
        assert '\n' in x['quote'] or PAIR.get(t[o-1])!=t[k],(x['doc'],x['quote'][:30])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
