#!/usr/bin/env python3
"""Source of the devset124 annotation: the hand-chosen spans, values and dates for 1085-1092.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset124/annotation_source.py && python3 tests/devset124/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; SER='Andrei Serdyukov'
KZMOD='Kazakh Ministry of Defence'; TIL='Mukhtar Tileuberdi'; SMA='Alikhan Smailov'; TUR='Yerlan Turgumbayev'; AZI='Elvira Azimova'

# ---------------- 1085 Kazakh Ministry of Defence website news (12.01.2022, a Wednesday)
art('1085',0,5,9,'Ministry of Defence of the Republic of Kazakhstan','2022-01-12',[],'NUR-SULTAN',
    ['MINISTRY OF DEFENCE OF THE REPUBLIC OF KAZAKHSTAN','Main | Ministry | News | Armed Forces | Contacts        ҚАЗ | РУС | ENG','News',
     '12.01.2022 | 17:35 | Press service of the Ministry of Defence','Photo: press service of the Ministry of Defence of the RK','Views: 3 217',
     'Share: Facebook | Twitter | Telegram | WhatsApp','© 2022 Ministry of Defence of the Republic of Kazakhstan. When using materials, a link to mod.gov.kz is required.'])
q('1085','The tasks set by the Head of State have been fulfilled. Our servicemen are ready to take full responsibility for every facility that was handed over to the peacekeepers,','Nurlan Ospanov','Major General Ospanov','said',note='rank + surname; "the Head of State" (Tokayev) inside the quote')
q('1085','strictly on schedule and without any gaps in security','Nurlan Ospanov','him','According to',partial=True,note='"According to him, the handover will be completed “…”"')
q('1085','Our contingent worked shoulder to shoulder with Kazakh soldiers, and I can say that the mission has achieved its goal,',SER,'the commander','noted',note='Serdyukov named in the sentence before the quote ("Colonel General Serdyukov thanked …")')
q('1085','Not a single military unit left its post. I am proud of our soldiers,','Nurlan Ospanov','Ospanov','stressed')
c('1085','troops_deployed',2030,None,'CSTO servicemen who took part in the operation',KZMOD,'2,030 servicemen and 250 units',note='"the ministry said"; the 250 units of equipment are a separate "other" claim')
c('1085','other',250,None,'units of military equipment of the CSTO contingent',KZMOD,'250 units of military equipment')
c('1085','other',8,None,'strategic facilities in Almaty guarded by the peacekeepers',KZMOD,'guarded 8 strategic facilities',note='following earlier sets ("8 strategic facilities guarded by the peacekeepers")')
c('1085','injured',19,None,'Kazakh servicemen wounded on 5-6 January',KZMOD,'19 servicemen of the Armed Forces were wounded')
e('1085',None,'other','Almaty',[KZMOD,CSTO],'have begun taking over the protection of strategic facilities',note='handover of facilities; no day word (reported 12 Jan)')
e('1085','2022-01-12','talks','Almaty',['Nurlan Ospanov',SER],'On Wednesday, a working meeting was held',note='"On Wednesday" = publication day')
e('1085','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the peacekeepers would begin on Thursday',note='future; Thursday after Wednesday 12 Jan')
e('1085','2022-01-11','statement','Mazhilis',[TOK],'The day before, Head of State Kassym-Jomart Tokayev announced in the Mazhilis',note='"The day before" relative to the publication day')
e('1085','2022-01-05','protest',None,[],'During the events of January 5-6',note='range → first day')
e('1085',None,'other',None,[KZMOD],'Last week, the Minister of Defence held a selector meeting',note='"Last week" is not a day')

# ---------------- 1086 primeminister.kz government meeting (13 January 2022, a Thursday)
art('1086',0,6,10,'primeminister.kz','2022-01-13',[],None,
    ['Official Information Source of the Prime Minister of the Republic of Kazakhstan','primeminister.kz','Government | Prime Minister | Press center | Documents',
     'Press center / News','13 January 2022, 14:20','Press service of the Prime Minister of the Republic of Kazakhstan','Share:  f  t  in  ✉','Tags: Government meeting, Almaty, Smailov'])
q('1086','Every citizen must feel that the state is on their side. We have no right to lose a single day,',SMA,'Smailov','said')
q('1086','Checkpoints around Almaty remain in place, but the counter-terrorist operation regime is being eased region by region,',TUR,'he','said',note='he = Turgumbayev (the sentence before: "According to the minister")')
q('1086','We are grateful to our allies for their support at a difficult moment,',SMA,'he','added',note='he = the Prime Minister')
q('1086','without red tape',SMA,'Smailov','instructed',partial=True,note='three-word partial after "instructed … to pay compensation"')
c('1086','detained',9900,None,'people detained across the country',TUR,'9,900 people have been detained across the country',note='"According to the minister"')
c('1086','other',1300,None,'stolen firearms being searched for',TUR,'1,300 firearms stolen',note='following earlier sets (1,678 firearms seized as "other")')
c('1086','other',1180,None,'small and medium-sized businesses in Almaty affected by looting and arson','Bakytzhan Sagintayev','1,180 small and medium-sized businesses',note='"87 billion tenge" damage is money in tenge, excluded')
c('1086','injured',2165,None,'people who sought medical help after the riots','Azhar Giniyat','2,165 people had sought medical help',note='"67 of them remain in hospital" is a subset, not a claim')
e('1086',None,'other','Nur-Sultan',[SMA,'Government of Kazakhstan'],'At a meeting of the Government chaired by Prime Minister Alikhan Smailov',note='no day word (likely 2022-01-13, the publication day)')
e('1086','2022-01-11','statement','Mazhilis',[TOK],'in his address to the Mazhilis on January 11')
e('1086','2022-01-10','other','Almaty',[],'public transport in Almaty resumed on Monday',note='Monday before Thursday 13 Jan')
e('1086','2022-01-17','other','Almaty',[],'kindergartens will open on January 17')
e('1086','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the contingent began today')
e('1086','2022-01-20','other',None,['Government of Kazakhstan'],'The Government will return to the issue next Thursday.',note='"next Thursday" from Thursday 13 Jan')

# ---------------- 1087 Astana Times op-ed (14 January 2022, a Friday)
art('1087',0,5,9,'The Astana Times','2022-01-14',['Dauren Abenov'],None,
    ['THE ASTANA TIMES','Nation | Politics | Business | Opinion | Culture | Region','Opinion','By Dauren Abenov in Opinion on 14 January 2022',
     'The author is a political scientist and senior lecturer at L.N. Gumilyov Eurasian National University in Nur-Sultan.',
     'The views expressed in this article are those of the author and do not necessarily reflect the position of The Astana Times.',
     'Share this: Facebook  Twitter  Telegram','Related posts','Tokayev names Alikhan Smailov Prime Minister','CSTO begins withdrawal of peacekeepers from Kazakhstan'])
q('1087','well-trained fighters who had been preparing for a long time',TOK,'he','said',partial=True,note='"he described … and said that Almaty had been attacked by “…”"; he = the President')
q('1087','as soon as their mission is complete',TOK,'He','promised',partial=True)
q('1087','when Russian soldiers come into a house, getting them out again can be very hard.','Antony Blinken','US Secretary of State Antony Blinken','remarked',partial=True,note='clause after "remarked last Friday that"; full stop inside the closing mark; paraphrase, not the real wording')
q('1087','Our partners should not worry. The contingent is here at our request and for a limited time,',TIL,'the minister','told',note='named in the sentence before ("Foreign Minister Mukhtar Tileuberdi answered …")')
q('1087','the army and the special services have to be rebuilt',TOK,'Tokayev','put it',partial=True,note='cue "As Tokayev put it," before the quote')
q('1087','We borrowed a fire extinguisher from a neighbour, and now we have to return it and buy our own.',None,'A former diplomat I spoke to this week','summarised',note='anonymous; colon-introduced quote, full stop inside')
c('1087','troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',None,'a force of about 2,030 troops',note='the CSTO is the subject that sent them (devset19 252 rule)')
c('1087','killed',225,None,'people who lost their lives during the unrest','Kazakh authorities','225 people lost their lives')
c('1087','killed',19,None,'law enforcement officers killed','Kazakh authorities','including 19 law enforcement officers',note='"including" subset of the 225, kept because it is a separate category (cf. gold 001 "two of his deputies")')
e('1087','2022-01-05','other',None,[TOK,CSTO],'to invite the Collective Security Treaty Organization (CSTO) on January 5',note='request for CSTO help')
e('1087','2022-01-11','statement','Mazhilis',[TOK],'In his address to the Mazhilis on Tuesday',note='Tuesday before Friday 14 Jan')
e('1087','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal started on Thursday')
e('1087','2022-01-07','statement',None,['Antony Blinken'],'remarked last Friday',note='"last Friday" from Friday 14 Jan = 7 Jan')
e('1087',None,'statement',None,[TIL],'the minister told journalists',note='undated')
e('1087','2022-01-02','protest','Zhanaozen',[],'voiced in Zhanaozen on January 2')
e('1087','2022-01-10','talks','Geneva',['Russia','United States'],'the Russia-US talks in Geneva on Monday')

# ---------------- 1088 Kazakhstan Today (kt.kz) agency item (11.01.2022, a Tuesday)
art('1088',0,6,10,'Kazakhstan Today','2022-01-11',[],'NUR-SULTAN',
    ['KAZAKHSTAN TODAY','news agency','kt.kz','Politics | Economy | Society | Incidents | World     Қаз | Рус | Eng','11.01.2022, 13:48','Photo: Akorda press service',
     'Add a comment','Subscribe to Kazakhstan Today on Telegram','All rights reserved. Reproduction of materials is allowed only with a hyperlink to www.kt.kz'])
q('1088','The peacekeepers have done their main job successfully. A step-by-step withdrawal of the joint contingent will start in two days and will last no longer than 10 days,',TOK,'the Head of State','said',note='title-only attribution; numbers inside the quote')
q('1088','very quick',TOK,'He','thanked',partial=True,note='two-word evaluative partial; cue "thanked"')
q('1088','There was a real threat of losing control over Almaty, which was falling into the hands of terrorists,',TOK,'Tokayev','stressed')
q('1088','It is time to pay the people back,',TOK,'he','said',note='followed by the fund name “Kazakhstan halkyna” (a name, excluded)')
c('1088','other',20000,'about','militants who attacked Almaty',TOK,'about 20,000 militants')
c('1088','troops_deployed',2030,None,'CSTO contingent',None,'consisted of 2,030 servicemen',note='"Earlier it was reported"')
c('1088','other',250,None,'units of military equipment of the CSTO contingent',None,'250 units of military equipment')
c('1088','detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people have been detained')
e('1088','2022-01-11','statement','Mazhilis',[TOK],'at an extended session of the Mazhilis on Tuesday')
e('1088','2022-01-13','withdrawal','Kazakhstan',[CSTO],'from Kazakhstan will begin in two days',note='"in two days" from Tuesday 11 Jan')
e('1088','2022-01-11','appointment','Mazhilis',[TOK,SMA],'proposed the candidacy of Alikhan Smailov',note='same Tuesday session; no separate day word')
e('1088','2022-01-10','talks',None,[CSTO],'Earlier on Monday, the CSTO Collective Security Council held',note='video-conference session')
e('1088','2022-01-11','arrest',None,[MIA],'The press service of the Interior Ministry reported today',note='"today" = publication day')
e('1088','2022-01-02','protest','Zhanaozen',[],'the mass protests began in Zhanaozen on January 2')
e('1088','2022-01-05','state_of_emergency','Kazakhstan',[],'A state of emergency was declared throughout the country on January 5')

# ---------------- 1089 Zhetysu regional newspaper, Taldykorgan, translated from Kazakh (10.01.2022, a Monday)
art('1089',0,6,11,'Zhetysu','2022-01-10',['Gulnar Sadykova'],None,
    ['ЖЕТІСУ / ZHETYSU','regional socio-political newspaper of Almaty region','Main | Region | Society | Law | Culture','Translated from Kazakh',
     '10.01.2022 · 12:30','Author: Gulnar Sadykova','Read also: In Almaty region, 27 thousand people received social payments','© «Жетісу» газеті. All rights reserved.'])
q('1089','We did not use force against peaceful citizens. Those who came with sticks and bottles of petrol were not peaceful people,','Serik Zhakupov','deputy akim of the region Serik Zhakupov','told',note='inverted: "…," deputy akim … told our correspondent')
q('1089','Anyone who simply stood on the square and did not commit crimes has nothing to fear,','Aigerim Nurlanova','Nurlanova','said')
q('1089','For two nights we did not sleep, we heard shots from the direction of the square,','Bakhyt','Bakhyt','says',note='inverted present-tense cue "says Bakhyt, a pensioner"; first name only')
q('1089','We coped with our own forces,','Serik Zhakupov','he','said',note='he = Zhakupov (named at the start of the sentence before)')
c('1089','injured',38,None,'police officers injured in Almaty region','Almaty region police department','38 police officers were injured')
c('1089','detained',412,None,'people detained in Almaty region','Almaty region police department','412 people were detained',note='"96 have already been released" is a subset, not a claim')
e('1089','2022-01-10','statement','Taldykorgan',['Almaty region akimat'],'the regional akimat reported on Monday')
e('1089','2022-01-05','protest','Taldykorgan',[],'On the evening of January 5, a crowd gathered')
e('1089',None,'statement',None,['Serik Zhakupov'],'told our correspondent',note='undated')
e('1089','2022-01-08','other','Taldykorgan',['Almaty region akimat'],'On Saturday, the head of the region held a meeting',note='Saturday before Monday 10 Jan')
e('1089','2022-01-07','other','Taldykorgan',[],'The day before, volunteers cleaned the central square.',note='"The day before" relative to Saturday 8 Jan, not to the publication day')
e('1089','2022-01-07','statement',None,[TOK],'on Friday, Head of State Kassym-Jomart Tokayev said in his address')

# ---------------- 1090 Kazakh MFA press release on gov.kz (published 08 January 2022, a Saturday; updated 9 Jan)
art('1090',0,6,11,'Ministry of Foreign Affairs of the Republic of Kazakhstan','2022-01-08',[],'Nur-Sultan',
    ['eGov.kz | Unified platform of Internet resources of government agencies','Ministry of Foreign Affairs of the Republic of Kazakhstan','Main / Press center / Press releases',
     'Қазақша | Русский | English','Date of publication: 08 January 2022 19:05','Date of update: 09 January 2022 10:12',
     'Was this information helpful?  Yes  No','Share:  VK  Facebook  Telegram  Twitter','Contact center: 1414'])
q('1090','immediately after the Kazakh side deems its mission complete','Sergey Lavrov','The Russian minister','assured',partial=True,note='title-only mention; Lavrov named in the sentence before (nearest-name trap: Tileuberdi also named there)')
q('1090','fully legitimate and temporary',TIL,'Tileuberdi','stressed',partial=True)
q('1090','Kazakhstan faced an armed aggression by well-coordinated terrorist groups trained abroad. The country\'s leadership took all necessary measures to protect citizens,',TIL,'Tileuberdi','said')
q('1090','to support the people of Kazakhstan','Josep Borrell','Borrell','said',partial=True,note='"Borrell, according to the ministry, said that …"')
c('1090','detained',4404,None,'people detained as of the morning of January 8',TIL,'4,404 people had been detained')
c('1090','killed',26,None,'"armed criminals" eliminated',TIL,'26 armed criminals had been eliminated',note='"eliminated" = killed')
c('1090','killed',18,None,'law enforcement officers killed',TIL,'18 law enforcement officers had been killed')
e('1090','2022-01-07','talks',None,[TIL],'on January 7-8',note='series of calls; range → first day')
e('1090',None,'talks',None,[TIL,'Sergey Lavrov'],'During a conversation with the Minister of Foreign Affairs of the Russian Federation',note='no day given')
e('1090','2022-01-07','talks',None,[TIL,'Antony Blinken'],'On Friday, the Kazakh Foreign Minister had a conversation',note='Friday before Saturday 8 Jan')
e('1090',None,'talks',None,[TIL,'Josep Borrell'],'Tileuberdi also spoke with the Ministers of Foreign Affairs of Turkey',note='no day given')
e('1090','2022-01-08','other','Nur-Sultan',[TIL],'Today the Minister also received the heads of diplomatic missions',note='"Today" = publication day (the update stamp of 9 Jan is ignored)')

# ---------------- 1091 Atameken press release (10 January 2022, a Monday)
art('1091',0,6,11,'Atameken','2022-01-10',[],None,
    ['NCE "Atameken"','National Chamber of Entrepreneurs of the Republic of Kazakhstan','About the Chamber | Services | Press center | Regional chambers','Press center > News',
     '10 January 2022','Press service of NCE "Atameken"','Entrepreneurs can submit an application through the call center 1432 or on the website.','#Atameken #Almaty #business','Subscribe to our Telegram channel'])
q('1091','Many people lost everything they had built over twenty years in one night. Our task is to make sure that not a single entrepreneur is left alone with this problem,','Raimbek Batalov','Raimbek Batalov','said',note='the attribution "Chairman of the Presidium of NCE “Atameken” Raimbek Batalov" contains the quoted name "Atameken" (not a quote)')
q('1091','without looking for reasons to refuse','Raimbek Batalov','Batalov','called on',partial=True)
q('1091','These people were protecting property and died doing their job,','Yerlan Kemelbekov','he','said')
q('1091','They came in at night, about thirty people, and took everything, even the cash register. Nobody from the police answered the phone,','Marat Iskakov','Marat Iskakov','said',note='inverted: "…," said Marat Iskakov, the owner …; "about thirty people" inside the quote is not a claim')
c('1091','other',500,'more than','shops looted or set on fire','Atameken','More than 500 shops',note='"More than" applied to the first figure only')
c('1091','other',100,None,'banking facilities looted or set on fire','Atameken','100 banking facilities')
c('1091','other',30,None,'pharmacies looted or set on fire','Atameken','30 pharmacies')
c('1091','killed',2,'at least','private security employees killed in Almaty','Yerlan Kemelbekov','at least 2 employees of private security companies were killed')
c('1091','detained',5800,'more than','people detained across Kazakhstan',MIA,'more than 5,800 people had been detained')
e('1091','2022-01-10','statement',None,['Raimbek Batalov','Atameken'],'said at a briefing on Monday')
e('1091','2022-01-09','arrest',None,[MIA],'had been detained across Kazakhstan by Sunday',note='"by Sunday" = the reporting date of the figure')
e('1091','2022-01-07','statement',None,[TOK],'On Friday, Head of State Kassym-Jomart Tokayev instructed the Government')
e('1091',None,'other',None,['Atameken'],'a headquarters for assisting business had been set up',note='undated')

# ---------------- 1092 Human Rights Commissioner (Ombudsman) statement (12.01.2022, a Wednesday)
art('1092',0,9,11,'Commissioner for Human Rights in the Republic of Kazakhstan','2022-01-12',[],None,
    ['Commissioner for Human Rights in the Republic of Kazakhstan','ombudsman.gov.kz','Home | About | Appeals | National Preventive Mechanism | News','ҚАЗ  РУС  ENG',
     'News','12.01.2022','Print version','© 2022 National Centre for Human Rights'])
q('1092','I understand the pain of the families who do not know where their loved ones are. Every detained person has the right to a lawyer and to inform relatives about the detention, and this right cannot be suspended even under a state of emergency,',AZI,'Azimova','said')
q('1092','publish the lists of the dead and the detained as soon as possible',AZI,'She','called on',partial=True)
q('1092','The words of the prosecutor must be followed by real checks of every complaint.',AZI,'Azimova','welcomed',note='"Azimova welcomed this: “…”" (colon-introduced); the prosecutor is mentioned inside the quote')
q('1092','We are ready to work together with human rights defenders. Closed doors only breed rumours,',AZI,'the Ombudsman','said')
c('1092','detained',9900,None,'people detained during the riots',MIA,'9,900 people were detained during the riots',note='relayed by the Ombudsman')
c('1092','killed',164,None,'people who died, including children',MIA,'164 people, including children, died')
e('1092','2022-01-12','statement',None,[AZI],'Azimova said on Wednesday')
e('1092','2022-01-11','other','Almaty',['National Preventive Mechanism'],'On Tuesday, members of the National Preventive Mechanism visited',note='visits to detention facilities in Almaty and Taldykorgan')
e('1092',None,'other',None,[AZI],"has sent the information to the Prosecutor General's Office",note='undated')
e('1092','2022-01-10','statement',None,['Asylbek Shalabayev'],'said on Monday that torture would not be tolerated')
e('1092',None,'other',None,[AZI],'also met with representatives of civil society organisations last week',note='"last week" is not a day')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Nurlan Ospanov','person',['Nurlan Ospanov','Ospanov'],['Deputy Minister of Defence','Major General'],'Kazakhstan',['him'],note='invented'),
 sp(SER,'person',['Andrey Serdyukov','Serdyukov'],['Commander of the CSTO Collective Peacekeeping Forces','Colonel General'],'Russia',['the commander'],note='words invented'),
 sp(SMA,'person',['Alikhan Smailov','Smailov'],['Prime Minister'],'Kazakhstan',['he','the Prime Minister'],note='words invented'),
 sp(TUR,'person',['Yerlan Turgumbayev'],['Minister of Internal Affairs'],'Kazakhstan',['he','the minister'],note='words invented; spelling as printed (earlier sets also "Erlan")'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State'],'Kazakhstan',['he','He','the Head of State','the President']),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',note='paraphrase, not the real wording'),
 sp(TIL,'person',['Mukhtar Tileuberdi','Tileuberdi'],['Foreign Minister','Deputy Prime Minister - Minister of Foreign Affairs'],'Kazakhstan',['the minister','the Kazakh Foreign Minister'],note='words invented'),
 sp('Serik Zhakupov','person',['Serik Zhakupov','Zhakupov'],['deputy akim of the region'],'Kazakhstan',['he'],note='invented'),
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova','Nurlanova'],['Police spokeswoman'],'Kazakhstan',note='invented'),
 sp('Bakhyt','person',['Bakhyt'],['a pensioner'],'Kazakhstan',note='invented; first name only'),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],['Minister of Foreign Affairs of the Russian Federation'],'Russia',['The Russian minister'],note='words invented'),
 sp('Josep Borrell','person',['Josep Borrell','Borrell'],['EU High Representative'],'European Union',note='words invented'),
 sp('Raimbek Batalov','person',['Raimbek Batalov','Batalov'],['Chairman of the Presidium of NCE "Atameken"'],'Kazakhstan',note='words invented'),
 sp('Yerlan Kemelbekov','person',['Yerlan Kemelbekov'],['Deputy Chairman of the Management Board'],'Kazakhstan',['he'],note='invented'),
 sp('Marat Iskakov','person',['Marat Iskakov'],['the owner of a mobile phone shop'],'Kazakhstan',note='invented'),
 sp(AZI,'person',['Elvira Azimova','Azimova'],['Commissioner for Human Rights','Ombudsman'],'Kazakhstan',['She','the Ombudsman'],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='not quoted; in 6 files'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
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
