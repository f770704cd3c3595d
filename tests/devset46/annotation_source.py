#!/usr/bin/env python3
"""Source of the devset46 annotation: the hand-chosen spans, values and dates for 461-468.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset46/annotation_source.py && python3 tests/devset46/verify.py
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
DFAT='Australian Department of Foreign Affairs and Trade'; RMFA='Russian Foreign Ministry'

# ---------------- 461 Atlantic Council New Atlanticist "Experts react" (January 6, 2022, a Thursday)
art('461',0,3,10,'Atlantic Council','2022-01-06',[],None,
    ['ATLANTIC COUNCIL','New Atlanticist','January 6, 2022','By Atlantic Council experts','Share: Twitter  Facebook  LinkedIn  Email  Print',
     'Click to jump to an expert analysis:','Nonresident senior fellow, Eurasia Center','Senior fellow, Transatlantic Security Initiative','Nonresident fellow, Eurasia Center',
     'Further reading',"Kazakhstan's fuel-price protests, explained",'Five questions for the US-Russia talks in Geneva',
     'Related Experts: Margaret Ellison, Tomasz Wierzbicki, and Ruslan Bekov','© 2022 Atlantic Council. All rights reserved.'],
    sections=(17,24,31))
q('461','For thirty years, Kazakhstan has balanced between Moscow, Beijing and the West. Today that balance tipped in one night,','Margaret Ellison','Ellison','said',note='the section heading above repeats the expert name; "thirty years" is not a claim')
q('461','Moscow said no to Bishkek and yes to Nur-Sultan. That tells you who matters to the Kremlin,','Margaret Ellison','she','added')
q('461','an irony that Yerevan will not enjoy.','Margaret Ellison','Ellison','called',partial=True,note='"Ellison noted that … and called that “…”"; the nearest name is Pashinyan (trap)')
q('461','If that number grows while the streets go quiet, we are not looking at peacekeeping any more,','Tomasz Wierzbicki','he','warned',note='he = Wierzbicki (from "According to Wierzbicki" two sentences earlier)')
q('461','Russia will arrive in Geneva on Monday with soldiers in a new country and a smile on its face,','Tomasz Wierzbicki','Wierzbicki','said',note='inverted: "…," said Wierzbicki, a former Polish defense official')
q('461','The first days were about gas prices; the violence in Almaty was about who controls the state after Nazarbayev,','Ruslan Bekov','Bekov','said',note='a name (Nazarbayev) inside the quote')
c('461','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed')
c('461','injured',748,None,'members of the security forces injured',MIA,'748 injured')
c('461','detained',2000,'more than','people detained',MIA,'more than 2,000 people had been detained')
c('461','aircraft',70,'more than','Russian transport planes being prepared',RDM,'more than 70 transport planes were being prepared')
c('461','troops_deployed',2500,'about','CSTO force',CSTO,'a force of about 2,500 troops',note='"CSTO officials spoke of"')
e('461','2022-01-05','other',None,[TOK,CSTO],'asked the Russia-led Collective Security Treaty Organization (CSTO) for help late on Wednesday',note='request for CSTO help; Wednesday before Thursday 6 Jan')
e('461','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'the first Russian paratroopers arrived on Thursday')
e('461','2022-01-06','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Thursday')
e('461','2022-01-06','statement',None,[RDM],'The Russian Defense Ministry said on Thursday')
e('461','2022-01-10','talks','Geneva',['United States','Russia'],'at the January 10 strategic-stability talks')
e('461','2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council two days later',note='"two days later" after 10 January')
e('461',None,'statement',None,['Nikol Pashinyan',CSTO],'announced the decision himself',note='undated (real: night of 5-6 Jan)')
e('461','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],"Tokayev's decision on Wednesday to remove Nursultan Nazarbayev as head of the Security Council")
e('461','2022-01-05','government_resignation',None,[TOK],'the dismissal of the government the same day',note='"the same day" = the Wednesday just mentioned')

# ---------------- 462 CFR "In Brief" (Last updated January 7, 2022, a Friday)
art('462',0,5,6,'Council on Foreign Relations','2022-01-07',['Jonathan Pryce'],None,
    ['Council on Foreign Relations','Home > Regions > Russia and Eurasia > Kazakhstan','IN BRIEF','Written by Jonathan Pryce','Last updated January 7, 2022 2:15 pm (EST)',
     'Share','Twitter   Facebook   LinkedIn   Email   Print','Creative Commons: Some rights reserved.','More on:','Kazakhstan   Russia   Wars and Conflict   Defense and Security'],
    sections=(14,20,26,32))
q('462','open fire without warning',TOK,'Tokayev','said',partial=True)
q('462','as long as necessary,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True,note='comma inside the closing mark')
q('462','The CSTO was always more of a club than an army,','Laura Brennan','CFR Senior Fellow Laura Brennan','said',note='inverted: "…," said CFR Senior Fellow Laura Brennan')
q('462','This week it became an army, and a Russian one.','Laura Brennan','CFR Senior Fellow Laura Brennan','said',note='second sentence after the interposed cue')
q('462','history teaches that once Russian troops are invited in, getting them to go home can be very hard.','Antony Blinken','Secretary of State Antony Blinken','said',partial=True,note='"said on Friday that “…”"; words paraphrased, full stop inside the mark')
q('462','Moscow will say this proves the CSTO is a legitimate security provider, just like NATO,','Laura Brennan','she','said')
q('462','Washington will say it proves why Ukraine is right to be nervous.','Laura Brennan','she','said',note='continuation after the interposed "she said"')
c('462','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('462','detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people detained')
c('462','troops_deployed',2500,'about','CSTO force',CSTO,'the force will number about 2,500',note='"The alliance has said"')
e('462','2022-01-02','protest',None,[],'Protests that began on January 2')
e('462','2022-01-05','protest','Almaty',[],"Crowds stormed the mayor's office in Almaty on Wednesday")
e('462','2022-01-05','other',None,[TOK,CSTO],'requested help from the Collective Security Treaty Organization (CSTO)',note='"That night" = Wednesday night')
e('462','2022-01-07','statement',None,[TOK],'On Friday, Tokayev said he had authorized')
e('462','2022-01-07','casualty_report',None,[],'Kazakh authorities said on Friday')
e('462',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters',note='undated')
e('462','2022-01-07','statement',None,['Antony Blinken'],'Secretary of State Antony Blinken said on Friday')
e('462',None,'statement',None,[RMFA],'drew a sharp reply from the Russian Foreign Ministry',note='undated reply')
e('462','2022-01-10','talks','Geneva',['United States','Russia'],'the strategic stability dialogue in Geneva on Monday')

# ---------------- 463 OSW Analyses (2022-01-10, a Monday)
art('463',0,9,11,'OSW Centre for Eastern Studies','2022-01-10',['Katarzyna Zawada','Piotr Lis'],None,
    ['OSW Centre for Eastern Studies','Ośrodek Studiów Wschodnich im. Marka Karpia','PL | EN','Analyses | Publications | Experts | Events | About us','ANALYSES','2022-01-10',
     'Katarzyna Zawada, Piotr Lis','Tags: Kazakhstan, Russia, CSTO, Central Asia','Share: Facebook | Twitter | LinkedIn','Cooperation: Marek Kowal',
     'OSW — Centre for Eastern Studies, ul. Koszykowa 6a, 00-564 Warsaw'],
    sections=(13,))
q('463','constitutional order has largely been restored',TOK,'Tokayev','announced',partial=True)
q('463','terrorist groups trained abroad',TOK,'Tokayev','claiming',partial=True,note='"justified the request by claiming that the country faced an attack by “…”"')
q('463','without illusions','Sergey Ryabkov',"Russia's deputy foreign minister Sergey Ryabkov",'said',partial=True)
q('463','no concessions under pressure','Sergey Ryabkov',"Russia's deputy foreign minister Sergey Ryabkov",'said',partial=True)
c('463','troops_deployed',2030,None,'CSTO contingent','CSTO secretariat','the contingent numbers 2,030 soldiers')
c('463','other',250,None,'pieces of CSTO military equipment','CSTO secretariat','250 pieces of military equipment')
c('463','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c('463','killed',164,None,'dead (figure later withdrawn)','Kazakh Ministry of Health','the number of dead at 164',note='"a figure later withdrawn"')
c('463','aircraft',70,'more than','Il-76 aircraft used in the first 48 hours',RDM,'More than 70 Il-76 aircraft',note='"a number of An-124s" has no integer; "48 hours" is a duration')
e('463','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'On 6 January, units of the Collective Security Treaty Organisation')
e('463','2022-01-07','statement',None,[TOK],'On 7 January Tokayev announced')
e('463','2022-01-09','casualty_report',None,[MIA,'Kazakh Ministry of Health'],'On 9 January the Kazakh Ministry of Internal Affairs reported')
e('463','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'Tokayev removed Nursultan Nazarbayev as chairman of the Security Council on 5 January')
e('463','2022-01-06','arrest',None,['Karim Masimov'],'was detained the next day on suspicion of treason',note='"the next day" after 5 January')
e('463','2022-01-09','statement',None,['Sergey Ryabkov'],"On Sunday Russia's deputy foreign minister Sergey Ryabkov",note='Sunday before Monday 10 Jan')
e('463','2022-01-10','talks','Geneva',['Russia','United States'],'the talks with the United States in Geneva today',note='"today" = publication day')

# ---------------- 464 ECFR commentary (11 January 2022, a Tuesday)
art('464',0,6,7,'European Council on Foreign Relations','2022-01-11',['Isabel Marchetti'],None,
    ['ECFR','European Council on Foreign Relations','Publications | Podcasts | Events | Experts | Search','Commentary','Isabel Marchetti','11 January 2022 · 5 minute read',
     'ABOUT THE AUTHOR',"Isabel Marchetti is a policy fellow with ECFR's Wider Europe programme.",'Read more on: Central Asia, Russia, European Power','Share this publication'])
q('464','restraint on all sides','Josep Borrell','Josep Borrell','called',partial=True)
q('464','it can act quickly and effectively','Vladimir Putin','Vladimir Putin','said',partial=True)
q('464','ordinary young men who happened to be on the street.','Aigerim Nurlanova','human rights defender Aigerim Nurlanova','according to',partial=True)
q('464','Nobody gives us lists. We go from one police station to the next,','Aigerim Nurlanova','Nurlanova','said')
q('464','We buy their oil and they buy our silence. That is the deal.',None,'A German diplomat','put it',note='anonymous diplomat; colon intro "put it bluntly:"')
q('464','The Europeans are asking to sit at the table. They will get a chair in the corridor,','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','was reported as saying',note='second-hand and doubted by the author ("whether or not he said it"); words invented')
c('464','troops_deployed',2030,None,'CSTO contingent',TOK,'the contingent of 2,030 soldiers')
c('464','killed',164,None,'people killed','Kazakh officials','164 people were killed')
c('464','killed',16,None,'members of the security forces killed','Kazakh officials','16 members of the security forces')
c('464','detained',9900,None,'people detained','Kazakh officials','9,900 people have been detained')
e('464','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'Yesterday, the leaders of the CSTO countries held an online summit',note='online summit; "Yesterday" from Tuesday 11 Jan')
e('464','2022-01-06','statement',None,['Josep Borrell'],'called on Thursday for',note='Thursday of last week (6 Jan)')
e('464',None,'troop_deployment','Kazakhstan',['Russia'],'the first Russian paratroopers had already landed',note='undated')
e('464','2022-01-10','talks','Geneva',['United States','Russia'],'On Monday, US and Russian delegations met in Geneva')
e('464','2022-01-12','talks','Brussels',['NATO','Russia'],'Tomorrow the NATO-Russia Council convenes in Brussels')
e('464','2022-01-13','talks','Vienna',['OSCE'],'on Thursday the OSCE Permanent Council meets in Vienna')
e('464',None,'withdrawal','Kazakhstan',[CSTO],'would begin to withdraw within two days',note='"within two days" of the summit: about 12 Jan, but not a stated day')

# ---------------- 465 Wilson Center / Kennan Institute "The Russia File" (January 12, 2022, a Wednesday)
art('465',0,6,14,'Wilson Center','2022-01-12',['Daniel Kowalczyk'],None,
    ['WILSON CENTER','Kennan Institute','The Russia File','Blog Post','By Daniel Kowalczyk','January 12, 2022','Share','f   t   in   ✉',
     'The views expressed are those of the author and not necessarily those of the Wilson Center.','Related Program','About the Author',
     'Former Title VIII Short-Term Scholar','Read More | Subscribe to The Russia File'])
q('465','for a limited period of time.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announced',partial=True)
q('465','successfully completed',TOK,'Tokayev','told',partial=True)
q('465','I think it was planned from the first hour,','Anna Gromova','she','said',note='she = Anna Gromova (named in the previous sentence, "I asked Anna Gromova")')
q('465','Moscow wanted to show that it can come in and leave on time, precisely because everyone is watching Ukraine.','Anna Gromova','she','said',note='second quote after "she said." with no new cue')
q('465','a grateful client in Nur-Sultan, which is worth more than a base.','Anna Gromova','She','added',partial=True)
q('465','The soldiers will go, the debt will stay.',None,'A Kazakh journalist','wrote',note='anonymous journalist; written message')
q('465','stood firm','Wendy Sherman','Sherman','told',partial=True,note='words paraphrased')
q('465','off the table from the start.','Wendy Sherman','Sherman','told',partial=True)
q('465','frank, lengthy and serious.','Sergey Ryabkov','Ryabkov','said',partial=True)
c('465','troops_deployed',2030,'about','CSTO servicemen in place',RDM,'about 2,030 servicemen')
c('465','other',250,None,'units of CSTO equipment',RDM,'250 units of equipment')
c('465','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('465','killed',164,None,'death toll','officials','the death toll at 164')
e('465','2022-01-05','other','Almaty',[TOK,CSTO],'appealed to the CSTO',note='request for CSTO help "On January 5"')
e('465',None,'statement',None,['Nikol Pashinyan'],'Within hours, Armenian Prime Minister Nikol Pashinyan',note='"Within hours" of 5 Jan; left null (real: early 6 Jan)')
e('465','2022-01-06','troop_deployment',None,['Russia'],'On January 6 the first Il-76 transports took off')
e('465','2022-01-08','troop_deployment','Kazakhstan',[RDM,CSTO],'By Saturday, the Russian Defense Ministry said',note='"By Saturday" read as Saturday 8 Jan')
e('465','2022-01-11','statement','Nur-Sultan',[TOK],'Yesterday Tokayev told the Mazhilis')
e('465','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'he named a new prime minister, Alikhan Smailov')
e('465','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would start in two days',note='future; "in two days" from Tuesday 11 Jan')
e('465','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'spent more than seven hours together on Monday')
e('465','2022-01-12','talks','Brussels',['NATO','Russia'],'Today the NATO-Russia Council meets in Brussels')
e('465','2022-01-11','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Tuesday')

# ---------------- 466 Foreign Affairs "Snapshot" essay, cut by the paywall (January 13, 2022, a Thursday)
art('466',0,6,7,'Foreign Affairs','2022-01-13',['Victoria Halloran'],None,
    ['FOREIGN AFFAIRS','Subscribe   Sign In   Search','Russian Federation | Central Asia','SNAPSHOT','By Victoria Halloran','January 13, 2022',
     'You are reading a free article.','Subscribe to Foreign Affairs to get unlimited access.','Loading...','Subscribe to read the full article.',
     'Already a subscriber? Sign in.','Recommended Articles','The Return of the Great Game','How Russia Sees NATO'],
    sections=(22,))
q('466','brotherly support.',TOK,'Kassym-Jomart Tokayev','praised',partial=True,note='"had praised Putin publicly for his “…”"; the nearest name is Putin (trap)')
q('466','We will not let anyone destabilize our common home,','Vladimir Putin','Putin','told')
q('466','Kazakhstan remains a sovereign state that decides its own fate,',None,'a senior Kazakh diplomat','told',note='anonymous diplomat; inverted "…," a senior Kazakh diplomat told me')
q('466','and we hope our friends remember that.',None,'a senior Kazakh diplomat','adding',note='continuation; "before adding, less confidently, “…”"')
q('466','significant differences','Jens Stoltenberg','alliance Secretary-General Jens Stoltenberg','said',partial=True,note='the sentence is cut by the paywall after "The"')
c('466','troops_deployed',2000,'about','Russian paratroopers in Kazakhstan',None,'some 2,000 Russian paratroopers',note='"some" normalised to about')
c('466','killed',164,None,'people died in the unrest','Kazakh Ministry of Health','164 people died in the unrest')
c('466','killed',16,None,'police officers and soldiers killed','Kazakh Ministry of Health','16 police officers and soldiers')
c('466','detained',12000,'more than','people detained',MIA,'more than 12,000 were detained')
e('466','2022-01-10','talks','Geneva',['Russia','United States'],'sat down with their American counterparts in Geneva on Monday')
e('466','2022-01-10','talks',None,['Vladimir Putin',CSTO],'Putin told his CSTO counterparts on Monday, in a video call')
e('466','2022-01-11','statement','Nur-Sultan',[TOK],'He told parliament on Tuesday')
e('466','2022-01-13','withdrawal','Kazakhstan',['Russia'],'the first Russian units indeed began packing up today',note='"today" = Thursday 13 Jan ("would begin on Thursday")')
e('466','2022-01-12','talks','Brussels',['NATO','Russia'],'When NATO ambassadors met Russian envoys in Brussels on Wednesday')
e('466',None,'other',None,['Kazakhstan'],'abstained at the United Nations',note='2014 vote on Crimea; a year only, not a day')

# ---------------- 467 Lowy Institute "The Interpreter" (8 January 2022, a Saturday)
art('467',0,4,6,'The Interpreter','2022-01-08',["SAMUEL O'DONNELL"],None,
    ['The Interpreter','Published daily by the Lowy Institute',"SAMUEL O'DONNELL",'8 January 2022','Eurasia   Russia   Security','---',
     "SAMUEL O'DONNELL is a research fellow in the Lowy Institute's International Security Program.",'Article Link | Print | Email | Share'])
q('467','in contact with a small number of Australians',DFAT,'A spokesperson for the Department of Foreign Affairs and Trade','said',partial=True,note='unnamed spokesperson; speaker is the department')
q('467','The Russians will want to be seen leaving on time, at least this time,','Ainur Kassenova','Ainur Kassenova','said',note='inverted: "…," said Ainur Kassenova, a Kazakh-born researcher')
q('467','But every deployment teaches them something, and they are learning how quickly they can move a brigade across a continent.','Ainur Kassenova','Ainur Kassenova','said',note='second stand-alone quote, no new cue')
q('467','My cousin walked three kilometres to find a working phone,','Ainur Kassenova','she','said',note='"three kilometres" is not a claim')
c('467','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('467','killed',26,None,'"armed criminals" "liquidated"','state television','26 "armed criminals" had been "liquidated"',note='both labels excluded from quotes')
e('467','2022-01-05','government_resignation',None,[TOK],'sacked his government')
e('467','2022-01-05','other',None,[TOK,CSTO],"asked Moscow's Collective Security Treaty Organization for help",note='same sentence as "On Wednesday"')
e('467','2022-01-06','troop_deployment','Almaty',['Russia'],'Russian transport planes landed near Almaty the next day')
e('467','2022-01-08','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Saturday')
e('467','2022-01-07','statement',None,[DFAT],'said on Friday that consular officials')
e('467',None,'other',None,[DFAT],'has updated its travel advice',note='undated travel-advice change')
e('467','2022-01-10','talks','Geneva',['Russia','United States'],'open in Geneva on Monday')

# ---------------- 468 Valdai Discussion Club "Expert Opinions" (07.01.2022, a Friday)
art('468',0,5,12,'Valdai Discussion Club','2022-01-07',['Igor Vorontsov'],None,
    ['VALDAI','DISCUSSION CLUB','Expert Opinions','07.01.2022','Igor Vorontsov','Russia  Eurasia  Security  CSTO',
     'Igor Vorontsov is a Programme Director at the Valdai Discussion Club.','Tags: CSTO, Kazakhstan, Russia','Print version'])
q('468','Kazakhstan is our ally, and we do not leave allies in trouble.','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova','said',note='"As … said yesterday, “…”" (cue before the quote, "As" clause); words invented')
q('468','20,000 bandits,',TOK,'President Tokayev','stated',partial=True,note='a number inside a partial quote; also a claim')
q('468','no breakthroughs.','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','said',partial=True)
q('468','A force that comes by invitation and leaves when asked is the opposite of an invasion.','Igor Vorontsov','Vorontsov','believes',note='the author quoted in the third person (Valdai style); colon intro')
c('468','aircraft',70,'more than','aircraft delivering Russian units',RDM,'more than 70 aircraft had delivered Russian units')
c('468','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits',note='figure inside a partial quote')
c('468','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers have died',note='"Two of them … beheaded" is a subset, not a claim')
e('468','2022-01-05','other',None,[CSTO],'The decision taken on the night of January 5-6',note='range "January 5-6" → first day')
e('468','2022-01-07','troop_deployment','Kazakhstan',[RDM,'Russia'],'By Friday morning, according to the Russian Ministry of Defence',note='"By Friday morning" = publication day')
e('468','2022-01-06','statement',None,['Maria Zakharova'],'Maria Zakharova said yesterday')
e('468','2022-01-06','statement',None,[TOK],'President Tokayev stated on Thursday')
e('468','2022-01-06','statement',None,['Sergey Ryabkov'],'said on Thursday that he expected')
e('468','2022-01-10','talks','Geneva',['Russia','United States'],'the delegation in Geneva on January 10')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['He'],["Tokayev's"]),
 sp('Margaret Ellison','person',['Margaret Ellison','Ellison'],['Nonresident senior fellow, Eurasia Center'],'United States',['she'],note='invented'),
 sp('Tomasz Wierzbicki','person',['Tomasz Wierzbicki','Wierzbicki'],['Senior fellow, Transatlantic Security Initiative','a former Polish defense official'],'Poland',['he'],note='invented'),
 sp('Ruslan Bekov','person',['Ruslan Bekov','Bekov'],['Nonresident fellow, Eurasia Center'],'Kazakhstan',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Laura Brennan','person',['Laura Brennan','Brennan'],['CFR Senior Fellow'],'United States',['she'],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States',note='words paraphrased'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],["Russia's deputy foreign minister",'Deputy Foreign Minister'],'Russia'),
 sp('Josep Borrell','person',['Josep Borrell'],["The EU's high representative"],'European Union'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],["Putin's"]),
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova','Nurlanova'],['human rights defender'],'Kazakhstan',note='invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='words invented and reported second-hand'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Anna Gromova','person',['Anna Gromova'],['a Kennan Institute title VIII research scholar'],'Russia',['she','She'],note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',note='words paraphrased'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['alliance Secretary-General'],'Norway'),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade'],[],'Australia',['A spokesperson for the Department of Foreign Affairs and Trade']),
 sp('Ainur Kassenova','person',['Ainur Kassenova','Kassenova'],['a Kazakh-born researcher at the Australian National University'],'Kazakhstan',['she'],note='invented'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',note='words invented'),
 sp('Igor Vorontsov','person',['Igor Vorontsov','Vorontsov'],['Programme Director at the Valdai Discussion Club','Valdai Club expert'],'Russia',note='invented; the author, quoted in the third person'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General'],'Russia',[],["Andrei Serdyukov's"],quoted=False,note='commander; mentioned in 3 files, not quoted'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],[],'Kazakhstan',[],["Nazarbayev's"],quoted=False,note='mentioned in 4 files, not quoted'),
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
