#!/usr/bin/env python3
"""Source of the devset182 annotation: the hand-chosen spans, values and dates for 1549-1556.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset182/annotation_source.py && python3 tests/devset182/verify.py
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
RMOD='Russian Defence Ministry'; BMFA='Brazilian Ministry of Foreign Affairs'; FCDO='Foreign, Commonwealth and Development Office'

# ---------------- 1549 Mexican English-language daily (January 8, 2022, Sat)
P='1549'
art(P,0,6,10,'Valle News Daily','2022-01-08',['Carolina Ibarra'],'MEXICO CITY',
    ['Valle News Daily',"Mexico's English-language news source",'WORLD | MEXICO CITY | BUSINESS | OPINION','Subscribe for $4.99 a month','Related:','© 2022 Valle News Daily. All rights reserved. | Privacy | Contact'])
q(P,'We have spoken with every one of our compatriots, and none of them is hurt,','Javier Montaño Ruiz','Javier Montaño Ruiz','said',note='inverted cue "…," said consul NAME')
q(P,'fire without warning',TOK,'Kassym-Jomart Tokayev','said',partial=True)
q(P,'Our exports to Kazakhstan are small, mostly auto parts and avocados,','Lucía Ferrer','Lucía Ferrer','said')
q(P,'The bigger worry is oil,','Lucía Ferrer','she','added')
c(P,'troops_deployed',2500,'about','CSTO soldiers in Kazakhstan',CSTO,'about 2,500 soldiers from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='the scare-quoted label "armed criminals" is not a quote record')
c(P,'detained',3000,'more than','people detained since the protests began',MIA,'more than 3,000 people detained')
e(P,'2022-01-07','statement','Mexico City',['Mexican Foreign Relations Secretariat'],'the Foreign Relations Secretariat said on Friday')
e(P,'2022-01-07','troop_deployment','Kazakhstan',[CSTO],'The Collective Security Treaty Organization (CSTO) said on Friday')
e(P,None,'statement',None,[TOK],'said he had authorized security forces',note='no day given (real order: 2022-01-07)')
e(P,'2022-01-02','protest','Kazakhstan',[],'since the protests over fuel prices began on January 2')

# ---------------- 1550 Brazilian agency, English service (07/01/2022 = 7 January, Fri)
P='1550'
art(P,0,4,9,'Agência Planalto','2022-01-07',['Rafael Moura'],'Brasília',
    ['Agência Planalto — English service','Home > International','Read also:','Edition: Ana Lúcia Prado','Tags: Kazakhstan, Itamaraty, CSTO','Agência Planalto - Content licensed under Creative Commons BY 4.0'])
q(P,'with concern',BMFA,"Brazil's Ministry of Foreign Affairs",'said',partial=True,note='two-word evaluative partial from the ministry note; kept')
q(P,'a peaceful and negotiated solution',BMFA,"Brazil's Ministry of Foreign Affairs",'urged',partial=True)
q(P,'Brazil has always defended respect for sovereignty and for the right of peaceful protest,','Marcos Teixeira Lopes','Marcos Teixeira Lopes','told')
q(P,'We hope calm returns quickly.','Marcos Teixeira Lopes','Marcos Teixeira Lopes','told',note='second sentence after the inverted attribution; same cue')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died',note='"two of them beheaded" not a separate claim')
e(P,'2022-01-06','statement','Brasília',[BMFA],'said on Thursday (6) that it was following',note='Brazilian style weekday + day-of-month in brackets')
e(P,'2022-01-05','other',None,['Kazakh government',CSTO],'asked the Collective Security Treaty Organization, led by Russia, for help on Wednesday (5)',note='request for CSTO help')
e(P,'2022-01-06','troop_deployment','Almaty',[RMOD,CSTO],'the first planes with paratroopers landed near Almaty on Thursday')
e(P,None,'appointment',None,['Andrei Serdyukov'],'was named to command the contingent',note='no day given')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2 in the oil town of Zhanaozen')
e(P,'2022-01-05','government_resignation',None,[TOK],'dismissed the government on Wednesday')

# ---------------- 1551 Scottish daily (Wednesday 5 January 2022)
P='1551'
art(P,0,7,13,'The Caledonian Herald','2022-01-05',['Fiona Drummond'],None,
    ['The Caledonian Herald','News | Politics | Business | Sport | Lifestyle','Subscribe | Sign in','World','3 min read','Read more:','Comments (12)','© 2022 The Caledonian Herald. Registered in Scotland.'])
q(P,'Everyone is safe and everyone is accounted for,',None,'a spokeswoman for the firm','said',note='unnamed company spokeswoman; inverted cue')
q(P,'We are reviewing the crew change due next week.',None,'a spokeswoman for the firm','said',note='continuation in the same paragraph')
q(P,'Families in the north-east need to know there is a plan to get these workers home if this gets worse,','Graeme Laidlaw','he','said')
q(P,'closely monitoring',FCDO,'The Foreign, Commonwealth and Development Office','said',partial=True)
q(P,'The market will watch Tengiz very closely,','Moira Baird','she','said')
c(P,'detained',200,'more than','people detained in Almaty',MIA,'more than 200 people had been detained in Almaty')
c(P,'killed',8,None,'police officers and national guardsmen killed',MIA,'eight police officers and national guardsmen had been killed',note='written-out "eight"')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests started on Sunday')
e(P,'2022-01-05','government_resignation',None,[TOK],'accepted the resignation of his government early on Wednesday')
e(P,'2022-01-05','state_of_emergency','Almaty',[TOK],'declared a state of emergency in Almaty and Mangystau region',note='same sentence as "early on Wednesday"')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Late on Wednesday he said he had asked')

# ---------------- 1552 Israeli daily, English edition (Jan 7, 2022, Fri)
P='1552'
art(P,0,7,9,'Hayom Herald','2022-01-07',['Noa Ben-Ami'],None,
    ['HAYOM HERALD','English Edition','Israel News | Middle East | World | Opinion | Jewish World','World News','Get the Hayom Herald app','Subscribe now and get 50% off for the first three months','Already a subscriber? Log in','Click the alert icon to follow topics:'])
q(P,'constitutional order has largely been restored',TOK,'President Kassym-Jomart Tokayev','declared',partial=True,note="the dek's single-quoted 'constitutional order' is excluded")
q(P,'What negotiations can there be with criminals and murderers?',TOK,'he','asked')
q(P,'We are in contact with each of them, and we will bring home whoever wants to come home,','Lior Haimovich','Lior Haimovich','said')
q(P,'On Wednesday night we heard shooting for hours,','Yeshaya Cohen','he','said')
c(P,'detained',3811,None,'people detained','Kazakh media','the number of detained had risen to 3,811')
e(P,'2022-01-07','other','Kazakhstan',['Israeli Foreign Ministry'],'The first group of Israelis stranded in Kazakhstan by a week of unrest left the country on Friday',note='evacuation')
e(P,None,'statement',None,[TOK],'Tokayev said in a televised address',note='no day in the sentence (likely 2022-01-07)')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,RMOD],'were guarding airports and government buildings')

# ---------------- 1553 Maltese daily running Reuters copy (Thursday, 13 January 2022)
P='1553'
art(P,0,6,8,'The Maltese Courier','2022-01-13',[],None,
    ['The Maltese Courier','Local | World | Business | Sport | Opinion','World','Independent journalism costs money. Support Maltese Courier for as little as €1.','Share | Tweet | Email','Read next'])
q(P,'It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Zbigniew Rau','told',note='inverted cue; headline\'s single-quoted \'no illusions\' excluded')
q(P,'If we do not hear a constructive response to our proposals within a reasonable time frame, we will be forced to take the necessary measures,','Alexander Lukashevich','he','told')
q(P,'every channel of dialogue','Evarist Bartolo','Evarist Bartolo','said',partial=True)
q(P,'the most to lose','Evarist Bartolo','Mr Bartolo','told',partial=True)
q(P,'Neutrality is not indifference,','Evarist Bartolo','he','said')
c(P,'troops_deployed',2000,'about','CSTO soldiers being withdrawn',RMOD,'roughly 2,000 CSTO soldiers',note='"roughly" → about')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'a meeting of the Organization for Security and Co-operation in Europe in Vienna ended')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'US and Russian diplomats met in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council met in Brussels on Wednesday')
e(P,None,'withdrawal','Kazakhstan',[RMOD,CSTO],'the withdrawal of the roughly 2,000 CSTO soldiers had begun',note='no day word (real start 2022-01-13)')
e(P,'2022-01-12','statement',None,['Evarist Bartolo'],'Mr Bartolo told the Courier on Wednesday')

# ---------------- 1554 Finnish business daily, English edition (11.1.2022 16:55, Tue)
P='1554'
art(P,0,5,7,'Talousviesti International','2022-01-11',['Mikko Harju'],None,
    ['Talousviesti International','Finnish business news in English | Markets | Companies | Politics','Subscriber content','Talousviesti International — for subscribers','Share on Facebook | Share on Twitter'])
q(P,'how quickly the situation around Russia can change','Sauli Niinistö','President Sauli Niinistö','said',partial=True)
q(P,'the possibility of applying for NATO membership, if we ourselves so decide','Sauli Niinistö','Niinistö','said',partial=True)
q(P,'Finland makes its own decisions,','Sanna Marin','Marin','said')
q(P,'main mission',TOK,'Kassym-Jomart Tokayev','said',partial=True)
q(P,'For the first time the CSTO actually did what it was built for,','Jussi Lappalainen','he','said')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border','US officials','an estimated 100,000 troops',note='"an estimated" → about; Ukraine build-up in scope')
e(P,'2022-01-11','statement','Helsinki',['Sauli Niinistö'],'President Sauli Niinistö said on Tuesday')
e(P,'2022-01-10','statement',None,['Sanna Marin'],'who said on Monday that Finland was not planning')
e(P,None,'withdrawal','Kazakhstan',[CSTO],'began pulling its forces out of Kazakhstan this week',note='"this week" unresolved')
e(P,'2022-01-11','statement',None,[TOK],'Kassym-Jomart Tokayev said on Tuesday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'The US and Russia held talks in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO ambassadors are to meet a Russian delegation in Brussels on Wednesday',note='future')

# ---------------- 1555 Taiwanese agency English service (01/09/2022 08:14 PM = 9 January, Sun)
P='1555'
art(P,0,4,8,'Formosa Wire English News','2022-01-09',['Huang Wei-ting','Kevin Lin'],'Taipei',
    ['Formosa Wire English News','Politics | Cross-Strait | Business | Society | Sci-Tech | Culture | Sports','Enditem/AW','Related News'])
q(P,'None of them has asked for assistance so far,','Joanne Ou','Ou','said')
q(P,'Beijing is watching closely how Moscow acts in its backyard,','Chen Li-wen','Chen','said')
q(P,'until the situation is clearly stable','Joanne Ou','Ou','said',partial=True)
c(P,'killed',164,None,'people killed in the violence','Kazakh authorities','164 people had been killed in the violence')
c(P,'killed',103,None,'people killed in Almaty','Kazakh authorities','including 103 in Almaty')
c(P,'detained',5800,None,'people detained','Kazakh authorities','5,800 people had been detained')
e(P,'2022-01-09','statement','Taipei',['Taiwan Ministry of Foreign Affairs'],"Taiwan's Ministry of Foreign Affairs (MOFA) said Sunday")
e(P,'2022-01-09','casualty_report','Kazakhstan',['Kazakh authorities'],'Kazakh authorities said on Sunday')
e(P,'2022-01-07','other','Taipei',['Taiwan Ministry of Foreign Affairs'],'MOFA raised its travel alert for Kazakhstan to orange on Friday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'scheduled to hold talks in Geneva on Monday')

# ---------------- 1556 Buenos Aires English-language paper, two articles (12-01-2022 21:40, Wed)
P='1556'
art(P,0,7,9,'The River Plate Standard','2022-01-12',['Martín Echeverría'],None,
    ['THE RIVER PLATE STANDARD',"Argentina's English-language voice since 1889",'Argentina | World | Economy | Culture | Opinion','WORLD | 12-01-2022 21:40','--'],ls=1,le=25)
art(P,1,27,29,'The River Plate Standard','2022-01-12',[],None,
    ['—Agencies','River Plate Media Group | Terms of use | Contact'],ls=27)
q(P,'We need iron-clad, waterproof, bulletproof, legally binding guarantees, not assurances, not safeguards,','Sergey Ryabkov','Ryabkov','told')
q(P,'no intention','Sergey Ryabkov','He','said',partial=True)
q(P,'a frank and forthright discussion','Wendy Sherman','Wendy Sherman','said',partial=True)
q(P,'simply non-starters','Wendy Sherman','She','added',partial=True,note="the dek's single-quoted 'non-starters' is excluded")
q(P,'significant differences','Jens Stoltenberg','Jens Stoltenberg','said',partial=True)
q(P,'Every time Moscow and Washington raise their voices, the price of wheat and gas moves here too,','Paula Greco','Paula Greco','said',note='inverted cue "…," said economist NAME')
q(P,'The task has been fully completed,','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',art=1)
c(P,'troops_deployed',2030,None,'CSTO troops deployed to Kazakhstan',CSTO,'its mission had deployed 2,030 troops',art=1,note='"250 pieces of equipment" not a claim')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'A day after seven hours of talks in Geneva',note='"A day after" + Tuesday')
e(P,'2022-01-11','statement',None,['Sergey Ryabkov'],'repeated on Tuesday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'On Wednesday the NATO-Russia Council met in Brussels')
e(P,None,'other','Moscow',['Alberto Fernández'],'is due to visit Moscow in early February',note='no day')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving Kazakhstan on Thursday',art=1)

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Javier Montaño Ruiz','person',['Javier Montaño Ruiz'],['consul'],'Mexico',note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President',"Kazakhstan's leader"],'Kazakhstan',['he']),
 sp('Lucía Ferrer','person',['Lucía Ferrer'],['an analyst at the Monterrey trade council'],'Mexico',['she'],note='invented'),
 sp(BMFA,'organisation',['Itamaraty'],[],'Brazil',[],["Brazil's Ministry of Foreign Affairs"],note='words invented'),
 sp('Marcos Teixeira Lopes','person',['Marcos Teixeira Lopes'],['ambassador'],'Brazil',note='invented'),
 sp(FCDO,'organisation',['Foreign, Commonwealth and Development Office'],[],'United Kingdom'),
 sp('Graeme Laidlaw','person',['Graeme Laidlaw'],['North East MSP'],'United Kingdom',['he'],note='invented'),
 sp('Moira Baird','person',['Moira Baird'],['Oil analyst'],'United Kingdom',['she'],['Dr Moira Baird'],note='invented'),
 sp('Lior Haimovich','person',['Lior Haimovich'],['ministry spokesman'],'Israel',note='invented'),
 sp('Yeshaya Cohen','person',['Yeshaya Cohen'],['Rabbi','the Chabad emissary in Almaty'],'Israel',['he'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',[],[],note='real; wording paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['Russian ambassador'],'Russia',['he'],note='real; wording paraphrased'),
 sp('Evarist Bartolo','person',['Evarist Bartolo','Bartolo'],["Malta's foreign minister"],'Malta',['he'],['Mr Bartolo'],note='real; words invented'),
 sp('Sauli Niinistö','person',['Sauli Niinistö','Niinistö'],['President'],'Finland',note='real; wording paraphrased'),
 sp('Sanna Marin','person',['Sanna Marin','Marin'],['Prime Minister'],'Finland',note='real; words invented'),
 sp('Jussi Lappalainen','person',['Jussi Lappalainen'],['Finnish researcher'],'Finland',['he'],note='invented'),
 sp('Joanne Ou','person',['Joanne Ou','Ou'],['MOFA spokesperson'],'Taiwan',[],['Joanne Ou (歐江安)'],note='real spokesperson; words invented'),
 sp('Chen Li-wen','person',['Chen Li-wen','Chen'],['a researcher at the Institute for National Defense and Security Research'],'Taiwan',[],['Chen Li-wen (陳立文)'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],["Russia's deputy foreign minister"],'Russia',['He']),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',['She']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None),
 sp('Paula Greco','person',['Paula Greco'],['economist'],'Argentina',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','Russian General'],'Russia'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The bloc','a Moscow-led bloc'],quoted=False,note='source of troop figures; not quoted'),
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
