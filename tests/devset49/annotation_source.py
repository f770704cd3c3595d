#!/usr/bin/env python3
"""Source of the devset49 annotation: the hand-chosen spans, values and dates for 485-492.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset49/annotation_source.py && python3 tests/devset49/verify.py
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
AZMFA='Azerbaijani Foreign Ministry'
ARMGOV='Armenian Government Press Service'; TJMOD='Tajik Defence Ministry press center'

# ---------------- 485 AZERTAC item (Baku, January 7 = Friday 7 January 2022)
art('485',0,5,9,'AZERTAC','2022-01-07',[],'Baku',
    ['AZERTAC','Azerbaijan State News Agency','Home / Politics / Foreign policy','Baku, January 7, AZERTAC',
     'Share: Facebook Twitter WhatsApp Telegram','© AZERTAC 2022. When using materials, a hyperlink to AZERTAC is required.'])
q('485','stands by the fraternal Kazakh people in these difficult days','Ilham Aliyev','President Ilham Aliyev','stressed',partial=True,note='"stressed that Azerbaijan “…”"')
q('485','We are confident that under your leadership Kazakhstan will overcome this trial and become even stronger,','Ilham Aliyev','the head of state','said',note='"the head of state" = Aliyev (both men are heads of state; AZERTAC uses the phrase for its own president)')
q('485','The constitutional order has been restored in all regions,',TOK,'Tokayev','said')
q('485','act firmly against the organizers of the riots.',TOK,'Tokayev','adding',partial=True,note='"Tokayev said, adding that the authorities would “…”"; full stop inside the mark')
q('485','The flight will bring home our citizens who have registered with the embassy,','Ramin Huseynov','AZAL spokesman Ramin Huseynov','said',note='inverted: ,” said AZAL spokesman …; curly marks while the rest of the text uses straight ones; invented person')
c('485','killed',26,None,'armed criminals "liquidated"',MIA,'26 armed criminals were liquidated',note='"liquidated" = killed')
c('485','detained',3811,None,'people detained during the operations',MIA,'3,811 people were detained')
c('485','killed',18,None,'law-enforcement officers killed',MIA,'18 law-enforcement officers were killed')
c('485','injured',748,None,'law-enforcement officers injured',MIA,'748 were injured')
e('485','2022-01-07','talks',None,['Ilham Aliyev',TOK],'today made a phone call',note='"today" = dateline day')
e('485',None,'casualty_report',None,[MIA],'According to the Interior Ministry of Kazakhstan',note='undated')
e('485',None,'statement',None,[AZMFA],'Earlier, the Ministry of Foreign Affairs of Azerbaijan said',note='"Earlier", no date')
e('485','2022-01-08','other','Almaty',['Azerbaijan Airlines'],'a special flight would depart for Almaty on Saturday, January 8',note='future evacuation flight')
e('485','2022-01-06','statement',None,['Leyla Abdullayeva'],'said on Thursday that no Azerbaijani citizen',note='unquoted statement; Thursday before Friday 7 Jan')

# ---------------- 486 Armradio item (08.01.2022 18:40, Saturday)
art('486',0,5,10,'Public Radio of Armenia','2022-01-08',[],None,
    ['Public Radio of Armenia','ARMRADIO.AM','News | Politics | Society | Culture | Sport | Diaspora | Radio Live','08.01.2022 18:40','Politics',
     'Tags: CSTO, Kazakhstan, peacekeepers, Pashinyan','Share','Related news','© 2022 Public Radio of Armenia. All rights reserved.'])
q('486','Our servicemen will not take part in any operations against the population. Their task is the protection of strategic infrastructure,','Aram Torosyan','Torosyan','said',note='words invented')
q('486','all servicemen are healthy and in good spirits.','Aram Torosyan','He','added',partial=True,note='"He added that … and that “…”"')
q('486','in view of the threat to the national security and sovereignty','Nikol Pashinyan','he','said',partial=True,note='"In a post on Facebook he said …"; he = Pashinyan; Tokayev is named between cue and quote')
q('486','The session will sum up the first results of the peacekeeping mission,',ARMGOV,'the statement','read',note='"the government\'s press service said" in the previous sentence; cue "the statement read"')
q('486',"Armenia asked for help and received nothing but statements. Now our soldiers are guarding someone else's power plants,",'Armen Khachikyan','Khachikyan','told',note='invented analyst')
c('486','troops_deployed',100,None,'Armenian servicemen sent to Kazakhstan','Aram Torosyan','The unit of 100 servicemen')
c('486','troops_deployed',2030,'about','CSTO peacekeepers in Kazakhstan (total)',RDM,'about 2,030 servicemen',note='"more than 70 aircraft" in the same sentence is not a claim')
c('486','detained',4404,None,'people detained in Kazakhstan','Kazakh authorities','4,404 people had been detained')
e('486','2022-01-07','troop_deployment','Kazakhstan',['Armenia',CSTO],'arrived in the country on Friday')
e('486','2022-01-06','statement',None,['Nikol Pashinyan'],'announced the decision to send the peacekeepers in the early hours of January 6')
e('486','2022-01-10','talks',None,['Nikol Pashinyan',CSTO],'On Monday, Pashinyan will chair an extraordinary online session',note='future; Monday after Saturday 8 Jan')
e('486',None,'other',None,['Armenia',CSTO],'had asked the CSTO for help after the border incursion last May',note='"last May" (2021), no day')
e('486','2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Saturday',note='detention figure')

# ---------------- 487 Interpressnews item (10.01.2022 15:12, Monday)
art('487',0,5,10,'Interpressnews','2022-01-10',[],None,
    ['INTERPRESSNEWS','ქარ | ENG | РУС','Politics  Economy  Society  Region  World  Interview','10.01.2022 15:12','Politics','Interpressnews',
     'Tags: Zalkaliani, Geneva, NATO, Kazakhstan','Print   Share','Full or partial use of the material is possible only with a reference to InterPressNews.'])
q('487','Our position is simple and our partners know it well - no decision about Georgia can be made without Georgia,','David Zalkaliani','the Foreign Minister','said',note='the headline "David Zalkaliani: No decision…" has no quote marks and is not a record; words paraphrased')
q('487','the continued occupation of twenty percent of our territory.','David Zalkaliani','Zalkaliani','added',partial=True,note='"twenty percent" is not a claim; the two-word "open door" in the previous sentence is an established term (excluded)')
q('487','Nobody from our community was hurt, and the embassy keeps in touch with those who decided to stay,','David Zalkaliani','Zalkaliani','noted')
q('487',"In two days they brought in more than two thousand soldiers. Anyone in Tbilisi who thinks Geneva will change Russia's behaviour should look at Almaty,",'Nino Gelashvili','Gelashvili','said',note='invented person')
q('487','a conversation about us in which we are not present.','Nino Gelashvili','She','described',partial=True,note='"She described the Geneva format as “…”"')
c('487','troops_deployed',2000,'more than','soldiers brought into Kazakhstan in two days','Nino Gelashvili','more than two thousand soldiers',note='written-out number inside a quote')
c('487','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',RDM,'numbers 2,030 servicemen')
c('487','killed',164,None,'people killed in the unrest (figure later removed)','Kazakh state media','164 people had been killed')
e('487','2022-01-10','talks','Geneva',['United States','Russia'],'talks between the United States and Russia that began in Geneva today')
e('487','2022-01-10','statement',None,['David Zalkaliani'],'told journalists at the Foreign Ministry',note='same sentence as "today"')
e('487',None,'talks',None,['Georgia','United States'],'during consultations last week',note='"last week", no day')
e('487','2022-01-13','talks','Vienna',['OSCE'],'the OSCE meeting in Vienna on Thursday',note='future; Thursday after Monday 10 Jan')
e('487','2022-01-09','other','Tbilisi',['Georgia'],'returned to Tbilisi on a charter flight on Sunday',note='return of 36 citizens (count not a claim)')
e('487','2022-01-08','statement',None,[RDM],'the Russian Defense Ministry said on Saturday')
e('487','2022-01-09','casualty_report',None,['Kazakh state media'],'On Sunday, Kazakh state media reported')

# ---------------- 488 IPN (Moldova) item (12.01.2022 13:05, Wednesday)
art('488',0,6,12,'IPN','2022-01-12',[],None,
    ['IPN','INFO-PRIM NEO NEWS AGENCY','Ro  En  Ru','Politics | Economy | Social | Culture | Opinions | Events','12.01.2022 13:05','Politics',
     'https://www.ipn.md/en/','Tags: NATO, Russia, Brussels, Kazakhstan','The IPN News Agency materials may be used only with a hyperlink to www.ipn.md'])
q('488','Moldova is not on the table, but it should be in the room','Ion Cebotaru','Expert',None,zone='headline',note='headline quote after "Expert:"; the colon is the only cue')
q('488','Moldova is not on the table, but it should be in the room. Any agreement on the withdrawal of Russian troops from the Transnistrian region must be raised by our partners,','Ion Cebotaru','the analyst','said',note='invented analyst; body repeats and extends the headline quote')
q('488','freeze Eastern Europe in a grey zone','Ion Cebotaru','his','In his words',partial=True)
q('488','based on the principles of the OSCE.','Nicu Popescu','Nicu Popescu','said',partial=True,note='words paraphrased')
q('488','does not mean indifference.','Nicu Popescu','He','added',partial=True)
q('488','within hours','Ion Cebotaru','he','said',partial=True,note='"where, he said, Russia had … “within hours”"; interposed cue; two-word partial (borderline scare quote)')
q('488','The main mission of the collective forces has been successfully completed,',TOK,'Tokayev','told')
c('488','detained',9900,None,'people detained since the start of the unrest',MIA,'9,900 people have been detained')
c('488','killed',164,None,'people killed','officials','164 people were killed',note='"Officials previously said"')
e('488','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council is meeting in Brussels today')
e('488','2021-12-17','other',None,['Russia'],'the Russian proposals of December 17',note='publication of the draft treaties; December precedes the talks → 2021')
e('488','2022-01-11','statement',None,['Nicu Popescu'],'Nicu Popescu said on Tuesday')
e('488','2022-01-11','statement',None,[TOK],'announced on Tuesday that the CSTO peacekeepers')
e('488','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'would begin to leave the country in two days',note='"in two days" counted from Tuesday 11 Jan')
e('488','2022-01-14','other',None,['Ion Cebotaru'],'will be published on Friday',note='future publication of the interview')

# ---------------- 489 Khovar item (09/01/2022 11:20, Sunday)
art('489',0,5,8,'Khovar','2022-01-09',[],'DUSHANBE',
    ['KHOVAR','National Information Agency of Tajikistan','Тоҷикӣ | Русский | English | فارسی','09/01/2022 11:20',
     'Photo: press center of the Ministry of Defense of the Republic of Tajikistan','Views: 1 284','Print version','© 2010-2022 NIAT "Khovar". All rights reserved.'])
q('489','You are going to a brotherly country not to fight but to help restore peace. Carry out your duty with honour,','Sherali Mirzo','the Minister','said',note='words invented; full name only in the previous sentence with rank')
q('489','immediately after the task is fulfilled.',TJMOD,'The press center','noted',partial=True)
q('489','shares the pain of the Kazakh people','Emomali Rahmon','President of the Republic of Tajikistan Emomali Rahmon','said',partial=True,note='long honorific title chain before the name; Tokayev named between subject and cue')
q('489','Security in Central Asia is indivisible, and the stability of Kazakhstan is the stability of the whole region.','Emomali Rahmon','The Head of State','stressed',note='colon cue "stressed: “…”"')
c('489','troops_deployed',200,None,'Tajik servicemen flown to Kazakhstan',None,'The contingent of 200 servicemen')
c('489','troops_deployed',2030,None,'CSTO peacekeeping forces in Kazakhstan (total)',None,'2,030 people',note='"According to the latest data"; "250 units of military equipment" is not a claim')
e('489','2022-01-08','troop_deployment','Kazakhstan',['Tajikistan',CSTO],'was flown to Kazakhstan yesterday')
e('489',None,'other',None,['Sherali Mirzo'],'addressed the personnel at the airfield',note='"Before the departure" (likely 2022-01-08)')
e('489','2022-01-06','other',None,['Majlisi Oli'],'On January 6, the Majlisi Oli',note='parliament approval')
e('489','2022-01-07','talks',None,['Emomali Rahmon',TOK],'in a telephone conversation with President Kassym-Jomart Tokayev on January 7')
e('489','2022-01-10','talks',None,['Emomali Rahmon',CSTO],'in videoconference format tomorrow',note='"tomorrow" from Sunday 9 Jan')

# ---------------- 490 UzA item (13.01.2022 17:42, Thursday)
art('490',0,9,11,'UzA','2022-01-13',[],'Tashkent',
    ['UzA','National News Agency of Uzbekistan',"O'zbekcha | Ўзбекча | Русский | English",'Politics   Society   Economy   World   Sport   Culture','13.01.2022  |  17:42  |  World',
     '#Kazakhstan #CSTO #Uzbekistan','Share:  Telegram  Facebook  Twitter','When using the materials, a reference to UzA.uz is required.'])
q('490','in full and on time.','Andrei Serdyukov','Commander of the collective forces Colonel General Andrei Serdyukov','said',partial=True)
q('490','The main tasks set by the Collective Security Council have been fulfilled. Not a single peacekeeper used a weapon against civilians,','Andrei Serdyukov','the commander','said',note='"the commander said, as quoted by the Russian Defense Ministry": the ministry is the channel, not the speaker')
q('490','Your presence had a great psychological importance,',TOK,'Tokayev','stated')
q('490','More than 1,500 trucks crossed the Gisht-Kuprik checkpoint yesterday alone. Trade with Kazakhstan is returning to normal,','Yusup Kabulzhanov','Kabulzhanov','said',note='trucks count is not a claim; words invented')
c('490','killed',160,'more than','people who died during the unrest','Kazakh authorities','more than 160 people')
c('490','killed',16,None,'law-enforcement officers who died','Kazakh authorities','16 law-enforcement officers',note='subset of the 160 ("including")')
e('490','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'from the Republic of Kazakhstan started today')
e('490','2022-01-13','other','Almaty',['Andrei Serdyukov'],'A ceremony was held in Almaty this morning')
e('490','2022-01-19','troop_withdrawal','Kazakhstan',[CSTO],'will be completed by January 19',note='planned end of withdrawal')
e('490','2022-01-12','other',None,[TOK],'at the meeting with the peacekeepers on Wednesday')
e('490','2022-01-11','other','Uzbek-Kazakh border',['Uzbekistan','Kazakhstan'],'had been fully restored on Tuesday',note='border traffic restored')
e('490','2022-01-09','other',None,['Shavkat Mirziyoyev'],'medicines to Kazakhstan on January 9',note='humanitarian aid')

# ---------------- 491 Neutral Turkmenistan page (Tuesday, 11 January 2022)
art('491',0,7,9,'Neutral Turkmenistan','2022-01-11',[],None,
    ['NEUTRAL TURKMENISTAN','Daily newspaper','No. 7 (29 412)   Tuesday, 11 January 2022','FOREIGN POLICY','Turkmen State News Agency (TDH)','---','Page 2'])
q('491','Turkmenistan has consistently advocated the settlement of any disagreements exclusively by peaceful, political and diplomatic means,','Rashid Meredov','the Minister','stressed',note='words invented')
q('491','sincerely wish the fraternal Kazakh people peace and well-being.','Rashid Meredov','he','pointed out',partial=True)
q('491','The situation is under control in all regions of the country,',TOK,'President Kassym-Jomart Tokayev','said',note='inverted cue; "the Kazakh leader" in the sentence before')
q('491','for a limited time.',None,'The Ambassador of the Russian Federation','said',partial=True,note='unnamed ambassador: speaker null')
c('491','troops_deployed',2030,None,'CSTO contingent in Kazakhstan','Russian Ambassador to Turkmenistan','numbering 2,030 people')
e('491','2022-01-10','other',None,['Turkmen Ministry of Foreign Affairs'],'Yesterday, the Ministry of Foreign Affairs of Turkmenistan held a briefing',note='briefing for diplomats')
e('491','2022-01-08','talks',None,['Gurbanguly Berdimuhamedov',TOK],'held a telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev on January 8')
e('491',None,'other','Garabogaz',[],'crossed the Garabogaz checkpoint last week',note='"last week", no day; 350 trucks not a claim')

# ---------------- 492 ikon.mn item (2022.01.12, 16:38, Wednesday)
art('492',0,4,9,'ikon.mn','2022-01-12',['B.Enkhjargal'],None,
    ['ikon.mn','2022.01.12, 16:38  |  Views 3,417  |  Comments 9','By B.Enkhjargal','Comments (9)','Please write your comment...','Copyright © 2022 ikon.mn. All rights reserved.'])
q('492','All 41 of our drivers have crossed the border safely. The consulate in Almaty worked with the Kazakh side day and night,','B.Munkhjin','Deputy Minister of Foreign Affairs B.Munkhjin','said',note='inverted order name + cue after the quote; Mongolian initial-dot name; 41 not a claim; words invented')
q('492','We slept in our trucks. We had food, but no news, because the internet was off,','D.Ganbold','he','told',note='invented driver')
q('492','respects the sovereignty and territorial integrity','B.Battsetseg','Foreign Minister B.Battsetseg','said',partial=True,note='words paraphrased')
q('492','Fuel prices are a political question in Mongolia too. What happened in Zhanaozen can happen in any country that depends on a few big cities,','Ts.Dulguun','Dulguun','said',note='invented political scientist; surname form without the initial')
c('492','detained',9900,None,'people detained in Kazakhstan',MIA,'9,900 people had been detained')
c('492','troops_deployed',2000,'more than','CSTO troops deployed to Kazakhstan',None,'more than 2,000 troops')
e('492','2022-01-12','statement',None,['B.Munkhjin'],'said at a press conference this morning')
e('492',None,'other','Tsagaannuur',['Mongolia'],'have returned home through the Tsagaannuur border port',note='undated return; the ministry reported it on Wednesday')
e('492','2022-01-02','protest',None,[],'began on January 2 with protests against fuel prices')
e('492','2022-01-10','casualty_report',None,[MIA],'The Kazakh Interior Ministry said Monday')
e('492','2022-01-07','statement',None,['B.Battsetseg'],'said on Friday that Mongolia')
e('492',None,'troop_deployment','Kazakhstan',[CSTO],'was deployed to the country',note='undated')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','President of the Republic of Kazakhstan'],'Kazakhstan',['the Kazakh leader','The Kazakh President'],["Tokayev's"]),
 sp('Ilham Aliyev','person',['Ilham Aliyev'],['President of the Republic of Azerbaijan'],'Azerbaijan',['the head of state'],note='words invented'),
 sp('Ramin Huseynov','person',['Ramin Huseynov'],['AZAL spokesman'],'Azerbaijan',note='invented'),
 sp('Aram Torosyan','person',['Aram Torosyan','Torosyan'],['Defense Ministry spokesperson'],'Armenia',['He'],note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister'],'Armenia',['he'],note='words paraphrased'),
 sp(ARMGOV,'organisation',["government's press service"],[],'Armenia',['the statement']),
 sp('Armen Khachikyan','person',['Armen Khachikyan','Khachikyan'],['a political analyst at the Caucasus Dialogue center'],'Armenia',note='invented'),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],['Georgian Foreign Minister'],'Georgia',['the Foreign Minister','the minister'],note='words paraphrased/invented'),
 sp('Nino Gelashvili','person',['Nino Gelashvili','Gelashvili'],['Former diplomat'],'Georgia',['She'],note='invented'),
 sp('Ion Cebotaru','person',['Ion Cebotaru','Cebotaru'],['Political analyst'],'Moldova',['Expert','the analyst','The expert','he'],["Ion Cebotaru's"],note='invented'),
 sp('Nicu Popescu','person',['Nicu Popescu'],['Deputy Prime Minister and Minister of Foreign Affairs'],'Moldova',['He'],note='words paraphrased'),
 sp('Sherali Mirzo','person',['Sherali Mirzo'],['Minister of Defense','Colonel General'],'Tajikistan',['the Minister'],note='words invented'),
 sp(TJMOD,'organisation',['press center of the Ministry of Defense of the Republic of Tajikistan'],[],'Tajikistan',['The press center']),
 sp('Emomali Rahmon','person',['Emomali Rahmon'],['President of the Republic of Tajikistan','The Founder of Peace and National Unity - Leader of the Nation'],'Tajikistan',['The Head of State'],note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Commander of the collective forces','Colonel General'],'Russia',['the commander'],note='words invented'),
 sp('Yusup Kabulzhanov','person',['Yusup Kabulzhanov','Kabulzhanov'],['Head of the Press Service of the Ministry of Foreign Affairs'],'Uzbekistan',note='words invented'),
 sp('Rashid Meredov','person',['Rashid Meredov'],['the Minister of Foreign Affairs of Turkmenistan'],'Turkmenistan',['the Minister','he'],note='words invented'),
 sp('B.Munkhjin','person',['B.Munkhjin'],['Deputy Minister of Foreign Affairs'],'Mongolia',['He'],note='words invented'),
 sp('D.Ganbold','person',['D.Ganbold'],['One of the drivers'],'Mongolia',['he'],note='invented'),
 sp('B.Battsetseg','person',['B.Battsetseg'],['Foreign Minister'],'Mongolia',note='words paraphrased'),
 sp('Ts.Dulguun','person',['Ts.Dulguun','Dulguun'],['Political scientist'],'Mongolia',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='not quoted; in all eight files'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 485, 488, 492; not quoted'),
 sp(RDM,'organisation',['Russian Defense Ministry'],[],'Russia',[],[],quoted=False,note='source of figures in 486, 487; channel of the Serdyukov quote in 490'),
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
