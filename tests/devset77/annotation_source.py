#!/usr/bin/env python3
"""Source of the devset77 annotation: the hand-chosen spans, values and dates for 709-716.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset77/annotation_source.py && python3 tests/devset77/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
FJMFA='Fijian Ministry of Foreign Affairs'; KEMFA='Kenyan Ministry of Foreign Affairs'; NIDCOM='Nigerians in Diaspora Commission'
DIRCO='Department of International Relations and Cooperation'

# ---------------- 709 The Fiji Times (Saturday, January 08, 2022)
art('709',0,5,10,'The Fiji Times','2022-01-08',['Litia Vakaloloma'],None,
    ['The Fiji Times','HOME | NEWS | WORLD | SPORTS | BUSINESS | OPINION','By Litia Vakaloloma','Saturday, January 08, 2022 | 4:35 pm',
     'Share this:','Facebook | Twitter | WhatsApp | Email','Related Stories','Copyright © 2022, The Fiji Times Limited. All Rights Reserved.'],le=34)
q('709','They are indoors, they have food and water, and we are in touch with them every day,',FJMFA,'the spokesperson','said',note='unnamed ministry spokesperson; canonical = the ministry')
q('709','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('709','What negotiations can there be with criminals and murderers?',TOK,'He','saying',note='"He rejected calls for talks, saying, “…”"; words invented')
q('709','Small states depend on the principle that a neighbour does not send soldiers across a border just because a friendly leader asks,','Mere Tuilau','Dr Tuilau','said',note='interposed cue; honorific "Dr"')
q('709','That principle is being stretched.','Mere Tuilau','Dr Tuilau','said',note='second half of the split quote')
q('709','not an accident','Mere Tuilau','She','said',partial=True,note='comma outside the closing mark')
q('709','You hear shooting at night, then in the morning the shops open like nothing happened,','Semi Ravouvou','Ravouvou','said',note='inverted cue "said Ravouvou"')
c('709','detained',4266,None,'people detained in Kazakhstan',MIA,'4,266 people had been detained')
c('709','killed',26,None,'protesters killed','state television','26 protesters had been killed')
c('709','killed',18,None,'members of the security forces killed','state television','18 members of the security forces died')
c('709','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'has sent about 2,500 troops')
e('709','2022-01-07','statement',None,[FJMFA],'A ministry spokesperson said on Friday',note='"on Friday" from Saturday 8 Jan')
e('709','2022-01-02','protest',None,[],'The violence began on January 2')
e('709','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said yesterday",note='"yesterday" from 8 Jan')
e('709',None,'statement',None,[TOK],'he had ordered troops to',note='undated order')
e('709',None,'troop_deployment','Kazakhstan',[CSTO],'the Collective Security Treaty Organisation, has sent',note='undated')
e('709','2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday',note='future; Monday after Sat 8 Jan')

# ---------------- 710 The Namibian (2022-01-10, Monday)
art('710',0,5,10,'The Namibian','2022-01-10',['Ndapewa Shikongo'],None,
    ['The Namibian','News | Business | Sport | Opinion | Youth Corner','BUSINESS','Ndapewa Shikongo','2022-01-10',
     'Tags: uranium, Kazakhstan, mining','© The Namibian 2022 | Subscribe to our e-paper'],le=32)
q('710','When the biggest supplier has a crisis, every utility in the world picks up the phone to Windhoek,','Tarah Ngwenya','Chamber of Mines chief executive Tarah Ngwenya','said',note='inverted cue with title before the name')
q('710',"not celebrate another nation's tragedy",'Tarah Ngwenya','She','added',partial=True)
q('710','The constitutional order has been restored,',TOK,'the president','said',note='title-only attribution after the quote')
q('710','A bump in prices is not a contract,','Petrus Haingura','he','said',note='name is in the sentence before the quote')
q('710','hostage to the same market that punished them for ten years','Petrus Haingura','he','adding',partial=True,note='"adding that … “…”"; duration "ten years" inside, not a claim')
c('710','killed',164,None,'people died in the violence','Kazakh government','164 people had died in the violence',note='later withdrawn by the ministry')
c('710','detained',8000,'almost','people detained','Kazakh government','nearly 8,000 people had been detained')
c('710','aircraft',70,'more than','aircraft that flew CSTO troops in',RDM,'more than 70 aircraft')
e('710','2022-01-06','statement',None,['Kazatomprom'],'said on Thursday its mines were working normally',note='"on Thursday" from Monday 10 Jan = 6 Jan')
e('710','2022-01-08','statement',None,['Tarah Ngwenya'],'speaking in a webinar on Saturday')
e('710','2022-01-09','casualty_report',None,['Kazakh government'],"Kazakhstan's government said on Sunday")
e('710',None,'statement',None,[TOK],'in a speech, said order had been restored',note='undated')
e('710','2022-01-10','talks','Geneva',['Russia','United States'],'set to open in Geneva today')

# ---------------- 711 The East African (SATURDAY JANUARY 08 2022)
art('711',0,5,16,'The EastAfrican','2022-01-08',['JOSEPH KIPRONO'],None,
    ['THE EAST AFRICAN','Home > News > Rest of Africa | World','SATURDAY JANUARY 08 2022','By JOSEPH KIPRONO','Special Correspondent','Summary',
     'RELATED','TOP STORIES','Follow The EastAfrican on Twitter'],le=38)
q('711','We are aware of our students and we are working with the Kazakh authorities to guarantee their safety,','Wanjiru Kamau','Foreign Affairs Principal Secretary Wanjiru Kamau','said in a statement',note='inverted; ministry named in the previous sentence')
q('711','We heard the explosions from the city hall, and then the internet went off. My mother thought I was dead,','Brian Ssemakula','he','said',note='he = Ssemakula (previous paragraph)')
q('711','Nobody tells us anything,','Tanzanian parent','she','said',note='anonymous parent')
q('711','Africa should take note: security guarantees from a big power come with a price,','Achieng Otieno','Dr Otieno','said')
q('711','a coup attempt',TOK,'President Tokayev','described',partial=True,note='"according to his office, described the protests as “…”"')
c('711','killed',164,'at least','people killed in the unrest','Kazakh authorities','at least 164 people were killed')
c('711','detained',5800,None,'people detained','Kazakh authorities','5,800 were detained')
c('711','troops_deployed',2030,None,'CSTO soldiers','Russia','numbers 2,030 soldiers')
e('711','2022-01-06','statement',None,[KEMFA],"Kenya's Ministry of Foreign Affairs said on Thursday")
e('711','2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2')
e('711',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia sent paratroopers under')
e('711',None,'statement',None,[TOK],'described the protests as')

# ---------------- 712 Punch (Published 9 January 2022, Sunday)
art('712',0,3,9,'Punch','2022-01-09',['Adeola Ogunbanjo'],None,
    ['Punch','Latest News','Published 9 January 2022','By Adeola Ogunbanjo','Kindly share this story:','Download e-copy','Contact: theeditor@punchng.com'],le=35)
q('712','The Nigerian community in Almaty has been advised to stay indoors and comply with the curfew imposed by the Kazakh authorities.',NIDCOM,'the commission','said',note='spokesman named before ("signed by its spokesman, Abdulrahman Balogun"); speaker = commission')
q('712','in constant contact',NIDCOM,'The statement','added',partial=True)
q('712','The boys are scared but they are fine. We share information on WhatsApp every hour,','Chinedu Okafor','Okafor','stated')
q('712','Some of our people work at the bazaar. They lost one week of sales, so we are collecting money to assist them.','Chinedu Okafor','He','added',note='"He added, “…”" cue before the quote')
q('712','an attack by terrorist gangs',TOK,'The Kazakh President, Kassym-Jomart Tokayev','said',partial=True)
q('712','Government must explain price changes before they happen, not after. Kazakhstan did not, and see what happened.','Yusuf Danjuma','him','According to',note='"According to him, “…”"')
c('712','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare label excluded from quotes')
c('712','detained',3800,'more than','people detained',MIA,'more than 3,800 people detained')
e('712','2022-01-08','statement',None,[NIDCOM],'The Nigerians in Diaspora Commission said on Saturday')
e('712','2022-01-05','state_of_emergency','Kazakhstan',[],'declared a state of emergency on Wednesday')
e('712','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e('712','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russia said on Thursday that it had begun flying troops')

# ---------------- 713 News24 (12 Jan, no year; Wednesday)
art('713',0,3,17,'News24','2022-01-12',['Thabo Mkhize'],None,
    ['News24','World | Europe','Thabo Mkhize','12 Jan','Share','Bookmark','- News24','Read more on:','russia  |  nato  |  kazakhstan  |  diplomacy',
     'Russian and NATO officials met in Brussels on Wednesday for the first NATO-Russia Council meeting in more than two years. Photo: AFP'],le=39)
q('713','significant differences','Jens Stoltenberg','NATO chief Jens Stoltenberg','said',partial=True,note='summary bullet above the body')
q('713','serious and direct','Jens Stoltenberg','NATO Secretary-General Jens Stoltenberg','told',partial=True)
q('713','There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,','Jens Stoltenberg','Stoltenberg','said')
q('713','We told them directly that further expansion is a red line for us,','Alexander Grushko','Grushko','said',note='inverted "said Grushko"')
q('713','South Africa believes that all disputes must be resolved through dialogue and in line with the UN Charter,','Lunga Mnisi','Dirco spokesperson Lunga Mnisi','said')
q('713','a European matter','Lunga Mnisi','he','called',partial=True,note='"which he called “…”"')
q('713','We cannot speak about sovereignty in Africa and then stay silent when a big neighbour sends tanks to a border,','Nomvula Dlamini','she','said')
c('713','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western estimates','about 100,000 troops near the Ukrainian border')
e('713','2022-01-12','talks','Brussels',['NATO','Russia'],'at talks in Brussels on Wednesday')
e('713','2022-01-10','talks','Geneva',['Russia','United States'],'started in Geneva on Monday')
e('713','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told a news conference',note='same day as the talks')
e('713',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'a week after Russia sent troops to Kazakhstan',note='"a week after" is relative to the talks, not a day')
e('713',None,'statement','Pretoria',[DIRCO],'said it welcomed the meetings')
e('713','2022-01-13','talks','Vienna',['OSCE'],'a third round of talks in Vienna on Thursday',note='future')

# ---------------- 714 Stuff (13:05, Jan 11 2022 NZ time; Tuesday)
art('714',0,3,12,'Stuff','2022-01-11',['Kahu Walker'],None,
    ['Stuff','World','Reuters and Stuff reporter Kahu Walker','13:05, Jan 11 2022','SHARES','US Deputy Secretary of State Wendy Sherman after the talks in Geneva.',
     'Comments are closed for this story.','Trending'],le=36)
q('714','pushed back on security proposals that are simply non-starters','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('714',"We will not allow anyone to slam closed NATO's open-door policy,",'Wendy Sherman','Sherman','told')
q('714','difficult, long, very professional','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','said',partial=True)
q('714','We have no intention to attack Ukraine,','Sergey Ryabkov','Ryabkov','said')
q('714','ironclad, waterproof, bulletproof, legally binding guarantees','Sergey Ryabkov','Ryabkov','adding',partial=True)
q('714',"Aotearoa New Zealand supports a peaceful diplomatic path, and respect for Ukraine's sovereignty and territorial integrity,",'Nanaia Mahuta','a spokesperson for Mahuta','said in a statement',note='spoken by an unnamed spokesperson on the minister\'s behalf; alternative speaker: NZ Ministry of Foreign Affairs and Trade')
q('714','the feel of the 1990s','Hamish Collins','Dr Hamish Collins','said',partial=True)
q('714','The Kremlin has put a list of demands on the table that the West cannot accept, and it knows that,','Hamish Collins','Collins','said')
q('714','The question is what it does next.','Hamish Collins','Collins','said',note='second half of the split quote')
c('714','troops_deployed',100000,'about','Russian soldiers near Ukraine',None,'an estimated 100,000 soldiers',note='"an estimated" normalised to about')
c('714','troops_deployed',2030,None,'CSTO force in Kazakhstan',None,'2,030-strong CSTO force')
e('714','2022-01-10','talks','Geneva',['Russia','United States'],'The talks, on Monday (local time)')
e('714',None,'withdrawal','Kazakhstan',['Russia'],'Russian forces began leaving Kazakhstan',note='undated')
e('714','2022-01-10','statement',None,[TOK],'said yesterday the mission would end',note='"yesterday" from NZ 11 Jan')
e('714',None,'statement','Wellington',['Nanaia Mahuta'],'said New Zealand was watching closely')
e('714','2022-01-12','talks','Brussels',['NATO','Russia'],'meet in Brussels tomorrow',note='"tomorrow, New Zealand time"')

# ---------------- 715 Graphic Online (Jan - 14 - 2022, Friday)
art('715',0,4,9,'Graphic Online','2022-01-14',['Kwame Asante-Boateng'],None,
    ['GRAPHIC ONLINE','Home  >  News  >  World News','WORLD NEWS  Jan - 14 - 2022 , 06:12','Author: Kwame Asante-Boateng','ADVERTISEMENT',
     'Connect With Us : 0242202447 | 0551484843 | 0266361755 | 059 199 7513 |','Tags: OSCE, Russia, USA, Kazakhstan'],le=31)
q('715','It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Mr Rau','told',note='"30 years" inside the quote is not a claim')
q('715','If we do not hear a constructive response in a reasonable time frame, we will be forced to draw conclusions,','Alexander Lukashevich','he','warned')
q('715','crisis in European security','Michael Carpenter','US Ambassador Michael Carpenter','described',partial=True)
q('715','sounding loud','Michael Carpenter','US Ambassador Michael Carpenter','said',partial=True,note='two-word partial in the same sentence')
q('715','a success',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True)
q('715','When the big powers quarrel, it is the developing countries that pay through prices of fuel, wheat and fertiliser,','Akosua Frimpong-Mensah','she','said',note='"Mrs" honorific in the earlier sentence')
c('715','troops_deployed',2030,None,'CSTO personnel deployed in Kazakhstan',RDM,'2,030 personnel')
c('715','other',250,None,'units of CSTO equipment',RDM,'250 units of equipment')
c('715','detained',9900,None,'people detained in the unrest',TOK,'9,900 people were detained')
e('715','2022-01-13','talks','Vienna',['OSCE','Russia','United States'],'met in Vienna yesterday',note='"yesterday" from Friday 14 Jan')
e('715','2022-01-10','talks','Geneva',['Russia','United States'],'US-Russia talks in Geneva on Monday')
e('715','2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council on Wednesday')
e('715',None,'withdrawal','Kazakhstan',[RDM],'the first group of its troops had left Kazakhstan')
e('715','2022-01-11','statement','Parliament',[TOK],'had told Parliament on Tuesday')
e('715','2022-01-14','other',None,['Sergey Lavrov'],'press conference on Friday',note='future press conference, publication day')

# ---------------- 716 Samoa Observer (Published 14 January 2022, Friday)
art('716',0,4,9,'Samoa Observer','2022-01-14',[],None,
    ['Samoa Observer','News | World','Reuters','Published 14 January 2022, 10:00 am','Receive the latest news by email. Sign up to our newsletter.','Samoa Observer. All rights reserved.'],le=27)
q('716','The tasks set before the peacekeeping contingent have been fulfilled in full,','Andrei Serdyukov','General Serdyukov','said')
q('716','Your help came at a critical moment,',TOK,'he','said')
q('716','The people of Kazakhstan will not forget it.',TOK,'he','said',note='second quote after the cue, same paragraph')
q('716','Six days in, seven days out. Moscow wanted to look like a good neighbour,',"Fa'alogo Peni",'Peni','said',note='inverted "said Peni"')
c('716','killed',225,None,'people died in the unrest','Kazakh officials','225 people had died')
c('716','killed',19,None,'police officers and soldiers killed','Kazakh officials','19 police officers and soldiers')
c('716','detained',9900,'more than','people detained','general prosecutor','more than 9,900 people had been detained')
c('716','aircraft',4,None,'Il-76 planes with returning paratroopers','Officials','four Il-76 transport planes',note='written-out number')
e('716','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing its troops from Kazakhstan on Thursday')
e('716','2022-01-13','other','Almaty',['Andrei Serdyukov'],'At a ceremony in Almaty on Thursday')
e('716','2022-01-12','statement',None,[TOK],'in a televised message the day before',note='"the day before" the Thursday ceremony')
e('716',None,'statement',None,['Vladimir Putin'],'said last week that the alliance',note='"last week" is a period, date null')
e('716','2022-01-12','other',None,['Kazakh government'],'said on Wednesday it would compensate')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['He','he','the president','President Tokayev','The Kazakh President'],[]),
 sp(FJMFA,'organisation',['Ministry of Foreign Affairs'],[],'Fiji',['A ministry spokesperson','the spokesperson'],note='unnamed spokesperson'),
 sp('Mere Tuilau','person',['Mere Tuilau','Tuilau'],['regional security analyst'],'Fiji',['She'],['Dr Mere Tuilau','Dr Tuilau'],note='invented'),
 sp('Semi Ravouvou','person',['Semi Ravouvou','Ravouvou'],['Rugby coach'],'Fiji',note='invented'),
 sp('Tarah Ngwenya','person',['Tarah Ngwenya','Ngwenya'],['Chamber of Mines chief executive'],'Namibia',['She'],note='invented'),
 sp('Petrus Haingura','person',['Petrus Haingura'],['Economist'],'Namibia',['he'],note='invented'),
 sp('Wanjiru Kamau','person',['Wanjiru Kamau'],['Foreign Affairs Principal Secretary'],'Kenya',['The Kenyan PS'],note='invented'),
 sp('Brian Ssemakula','person',['Brian Ssemakula','Ssemakula'],['Ugandan medical student'],'Uganda',['he'],['Mr Ssemakula'],note='invented'),
 sp('Tanzanian parent','person',[],[],'Tanzania',['A Tanzanian parent','she'],note='anonymous; invented'),
 sp('Achieng Otieno','person',['Achieng Otieno','Otieno'],[],'Kenya',[],['Dr Achieng Otieno','Dr Otieno'],note='invented'),
 sp(NIDCOM,'organisation',['Nigerians in Diaspora Commission'],[],'Nigeria',['the commission','The statement'],note='spokesman Abdulrahman Balogun (invented) signed the statement'),
 sp('Chinedu Okafor','person',['Chinedu Okafor','Okafor'],['President of the Nigerian Community in Kazakhstan'],'Nigeria',['He'],['Mr Chinedu Okafor'],note='invented'),
 sp('Yusuf Danjuma','person',['Yusuf Danjuma'],['A security expert'],'Nigeria',['him'],['Dr Yusuf Danjuma'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary-General','NATO chief'],None,note='words paraphrased/invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Lunga Mnisi','person',['Lunga Mnisi'],['Dirco spokesperson'],'South Africa',['he'],note='words invented'),
 sp('Nomvula Dlamini','person',['Nomvula Dlamini'],['Wits University analyst'],'South Africa',['she'],note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',note='canonical spelling from earlier sets; "Sergei" here'),
 sp('Nanaia Mahuta','person',['Nanaia Mahuta','Mahuta'],['Foreign Affairs Minister'],'New Zealand',['a spokesperson for Mahuta'],note='quote spoken by a spokesperson; words invented'),
 sp('Hamish Collins','person',['Hamish Collins','Collins'],['Victoria University lecturer'],'New Zealand',[],['Dr Hamish Collins'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's Foreign Minister"],'Poland',[],['Mr Rau'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['he'],note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States',note='words invented'),
 sp('Akosua Frimpong-Mensah','person',['Akosua Frimpong-Mensah'],['a former ambassador'],'Ghana',['she'],['Mrs Akosua Frimpong-Mensah'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','commander of the force'],'Russia',[],['General Serdyukov'],note='words invented'),
 sp("Fa'alogo Peni",'person',["Fa'alogo Peni",'Peni'],['Political scientist'],'Samoa',note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 2 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,['the alliance'],[],quoted=False,note='mentioned in every file; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',[],[],quoted=False,note='one-label "a colour revolution" excluded as a term'),
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
