#!/usr/bin/env python3
"""Source of the devset176 annotation: the hand-chosen spans, values and dates for 1501-1508.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset176/annotation_source.py && python3 tests/devset176/verify.py
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

# ---------------- 1501 UN Security Council verbatim record S/PV.8946 (Wednesday 12 January 2022)
# The delegates' own statements carry no quote marks: they are not quotes. Only the marked words of others are.
P='1501'
art(P,0,ln(P,'Cooperation between the United Nations and regional'),ln(P,'The President: In accordance with rule 37'),'United Nations','2022-01-12',[],'New York',
    ['United Nations','S/PV.8946','Seventy-seventh year','8946th meeting','Provisional','The meeting was called to order at 10.05 a.m.','The meeting rose at 12.40 p.m.','22-00814 (E)'])
q(P,"an attempt at a coup d'état",TOK,'Mr. Tokayev','described the attacks as',partial=True,note="inside Nebenzia's unmarked statement; the speaker label \"Mr. Nebenzia (Russian Federation)\" is the nearest name-like token")
q(P,'the main tasks of the contingent have been fulfilled',SER,'General Serdyukov','announced that',partial=True)
q(P,"one lesson in recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave.",'Antony Blinken','Secretary Blinken','said',partial=True,note='quoted inside the US statement; full stop inside the mark')
q(P,'firmly opposes any attempt by external forces to instigate a colour revolution','Xi Jinping','President Xi Jinping','said',partial=True,note='"China" is the grammatical subject inside the quote; Xi\'s message read by the Chinese delegate')
q(P,'the peacekeeping mission has been successfully accomplished',TOK,'my President','told',partial=True,note='"my President" said by the Kazakh delegate (Mr. Ilyassov, nearest name) = Tokayev')
c(P,'troops_deployed',2030,'about','CSTO servicemen from six countries deployed','Vassily Nebenzia','Some 2,030 servicemen from six countries were deployed',note='"Some" → about; in the delegate\'s unmarked speech')
c(P,'killed',164,None,'people killed','Kazakh authorities','164 people killed, among them children')
c(P,'detained',10000,'almost','people detained','Kazakh authorities','almost 10,000 detained')
c(P,'other',13,None,'administrative buildings attacked in Almaty','Magzhan Ilyassov','attacked 13 administrative buildings in Almaty alone',note='borderline (damage count)')
e(P,'2022-01-12','other','New York',['UN Security Council','Vassily Nebenzia','Linda Thomas-Greenfield','Zhang Jun','Magzhan Ilyassov'],'The meeting was called to order',note='the meeting itself')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'responded within hours to the request of a sovereign State',note='no date given in the record')
e(P,'2022-01-11','statement',None,[SER],'Yesterday General Serdyukov announced')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal begins tomorrow')
e(P,None,'statement',None,['Antony Blinken'],'Secretary Blinken said last week',note='"last week" is not resolved (real: 7 Jan)')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told the Mazhilis on Tuesday')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last units of the contingent will leave by 19 January',note='deadline "by 19 January"')

# ---------------- 1502 Verkhovna Rada portal: an MP's plenary speech (13.01.2022, Thursday)
P='1502'
art(P,0,ln(P,"Speech by People's Deputy Oleh Marchenko"),ln(P,'Kyiv, January 13. During the'),'Verkhovna Rada of Ukraine','2022-01-13',[],'Kyiv',
    ['VERKHOVNA RADA OF UKRAINE','Official web portal','Home > News > Plenary sessions','Language: UKR | ENG','Press Service of the Verkhovna Rada Apparatus','* * *','Share: Facebook | Twitter | Telegram','Related news:','© 2022 Verkhovna Rada of Ukraine. Use of materials is allowed with a link to the portal.'],
    le=ln(P,'"Nobody has been left without support,"'))
q(P,'we will not allow so-called colour revolutions to be played out','Vladimir Putin','Putin','told',partial=True,note='the speech itself is unmarked: not a quote')
q(P,'absolutely mandatory','Sergey Ryabkov','He','said',partial=True,note='"He" = Mr. Ryabkov in the previous sentence; two partials in one sentence')
q(P,'never, never, ever','Sergey Ryabkov','He','said',partial=True)
q(P,'Nobody has been left without support,','Yulia Svyrydenko','she','said',note='after the "* * *" separator; "she" = First Vice Prime Minister Yulia Svyrydenko')
c(P,'troops_deployed',3000,'more than','Russian soldiers flown to Kazakhstan','Russian Defence Ministry','more than 3,000 of its soldiers')
c(P,'aircraft',70,'more than','aircraft used for the airlift','Russian Defence Ministry','on over 70 aircraft',note='"over" → more than')
e(P,'2022-01-13','statement','Kyiv',['Oleh Marchenko','Verkhovna Rada'],'addressed the session hall')
e(P,None,'troop_deployment','Kazakhstan',['Russia',CSTO],'the Kremlin sent paratroopers to another country',note='"Last week" in the paragraph: not resolved')
e(P,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'told the CSTO summit on Monday')
e(P,'2022-01-10','statement','Geneva',['Sergey Ryabkov'],'He said on Monday')
e(P,None,'talks','Vienna',['OSCE'],'the talks in Vienna',note='no date (real: 13 Jan)')
e(P,'2022-01-13','statement','Kyiv',['Yulia Svyrydenko'],'Responding to the deputy')

# ---------------- 1503 Qazaq Vision TV interview transcript (Sunday 9 January 2022)
P='1503'
art(P,0,ln(P,'Deputy Foreign Minister: "Our partners'),ln(P,'ASEL NURPEISOVA, PRESENTER: Good evening.'),'Qazaq Vision','2022-01-09',[],None,
    ['QAZAQ VISION','Programmes | Live | Transcripts | Contacts','"THE MAIN THING" WITH ASEL NURPEISOVA','Interview transcript | Broadcast: Sunday, 9 January 2022, 21:00 (Almaty time)','Rush transcript. This copy may not be in its final form and may be updated.','[COMMERCIAL BREAK]','Copyright © 2022 Qazaq Vision. All rights reserved. This transcript may not be reproduced without permission.','Watch the full programme: qazaqvision.kz/glavnoe'],
    le=ln(P,'Roman Vassilenko was my guest.'))
q(P,'Our partners understood us correctly','Roman Vassilenko','Deputy Foreign Minister',None,zone='headline',note='headline gist in "Role: quote" form; these words are not in the transcript')
q(P,'twenty thousand bandits',TOK,'He','said',partial=True,note='inside the guest\'s unmarked answer; "He" = "The Head of State" (Tokayev, never named in this turn)')
q(P,'the contingent will not stay a day longer than necessary',SER,'He','told',partial=True,note='"He" = General Serdyukov in the previous sentence')
q(P,'Kazakhstan will never forget',TOK,'Mr. Tokayev','put it',partial=True)
c(P,'other',20000,None,'"bandits" in Almaty',TOK,'twenty thousand bandits',note='written-out number inside a quote; borderline (attackers, not troops)')
c(P,'detained',5800,None,'people detained, including foreigners',MIA,'5,800 people were detained',note='figure in the presenter\'s question')
e(P,'2022-01-07','statement',None,[TOK],'explained it very clearly on Friday')
e(P,'2022-01-08','statement',None,[SER],'He told journalists yesterday')
e(P,'2022-01-09','casualty_report',None,[MIA],'The Interior Ministry said today')
e(P,'2022-01-10','talks',None,[CSTO],'Tomorrow there is an extraordinary CSTO session')

# ---------------- 1504 president.kg: full text of Japarov's video address (07.01.2022, Friday)
P='1504'
art(P,0,ln(P,'Address of President Sadyr Japarov'),ln(P,'Full text of the video address'),'President of the Kyrgyz Republic','2022-01-07',[],None,
    ['PRESIDENT OF THE KYRGYZ REPUBLIC','Official website','Кыргызча | Русский | English','Home / Press center / Speeches and addresses','07.01.2022 | 19:30','Press service of the President of the Kyrgyz Republic','Tags: Kazakhstan, CSTO, address','Print | Share','720001, Bishkek, Chui Avenue 205, "Government House" | © 2022 President.kg'],
    le=ln(P,'Long live friendship'))
q(P,'not a single Kyrgyz soldier will be used against peaceful citizens',TOK,'Tokayev','assured',partial=True,note='the address itself is the president\'s own unmarked speech: not quotes')
q(P,'our children are being sent to shoot at Kazakhs',None,'Some people on social networks','say',partial=True,note='anonymous rumour that the speaker calls a lie')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen in the contingent','Sadyr Japarov','Our contingent of 150 servicemen')
e(P,'2022-01-07','statement','Bishkek',['Sadyr Japarov'],'Full text of the video address')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On January 5, President Kassym-Jomart Tokayev turned to')
e(P,None,'troop_deployment','Kazakhstan',['Council of Collective Security',CSTO],'decided to send a collective peacekeeping force',note='no date given')
e(P,'2022-01-06','other','Bishkek',['Jogorku Kenesh'],'the Jogorku Kenesh gave its consent')
e(P,None,'talks',None,[TOK,'Sadyr Japarov'],'assured me personally by telephone',note='undated phone call')
e(P,'2022-01-07','troop_deployment','Almaty',['Kyrgyzstan'],'The first planes with our peacekeepers will land in Almaty tonight')

# ---------------- 1505 Belarus MoD press-service briefing summary (13 January 2022, Thursday)
P='1505'
art(P,0,ln(P,'BRIEFING BY THE HEAD OF THE PRESS SERVICE'),ln(P,'Minsk, 13 January. The head of'),'Ministry of Defence of the Republic of Belarus','2022-01-13',[],'Minsk',
    ['MINISTRY OF DEFENCE OF THE REPUBLIC OF BELARUS','Official Internet portal','News | Press service | Army in faces | Contacts','Main > News > Press service','13 January 2022 | 12:10 | Views: 2 417','Photo: press service of the Ministry of Defence','Tags: #CSTO #peacekeepers #Kazakhstan','Subscribe to our channel in Telegram'],
    le=ln(P,'Earlier, on 6 January'))
q(P,'The servicemen of the 103rd separate guards mobile brigade have completed the tasks assigned to them in full,','Anton Lisovsky','the head of the press service','said',note='title-only mention; name in the lead paragraph')
q(P,'They guarded the Almaty airport together with colleagues from the Russian Federation and ensured its uninterrupted operation.','Anton Lisovsky','the head of the press service','said',note='second half after the interposed cue')
q(P,'in the coming days','Anton Lisovsky','he','said',partial=True)
q(P,'You have shown the whole world that Belarusian soldiers are reliable allies. Your families are proud of you, and so is your country.','Viktor Khrenin','Viktor Khrenin','read out the words of',note='the colonel reads out the minister\'s words: speaker is the minister, not the reader (nearest subject "The colonel")')
q(P,'fast and professional',SER,'Colonel General Andrei Serdyukov','thanked',partial=True)
c(P,'troops_deployed',100,'about','Belarusian servicemen in the operation','Anton Lisovsky','about 100 Belarusian servicemen')
c(P,'aircraft',3,None,'Il-76 aircraft bringing the first group home','Anton Lisovsky','three Il-76 aircraft',note='written-out number; return flights')
e(P,'2022-01-13','statement','Minsk',['Anton Lisovsky'],'held a briefing for media representatives on Thursday')
e(P,None,'withdrawal','Kazakhstan',[CSTO],'had begun the phased withdrawal',note='no date given')
e(P,'2022-01-14','withdrawal','Vitebsk',['Belarus'],'will be delivered to Vitebsk',note='"tomorrow" from 13 Jan')
e(P,None,'exercise',None,['Belarus','Russia'],'joint exercise with the Russian Federation in February',note='month only')
e(P,'2022-01-06','statement',None,[SER],'Earlier, on 6 January')

# ---------------- 1506 Estonian MFA: NB8 joint press statement (12.01.2022, Wednesday)
P='1506'
art(P,0,ln(P,'Joint press statement of the Nordic-Baltic Eight'),ln(P,'The foreign ministers of Denmark'),'Ministry of Foreign Affairs of the Republic of Estonia','2022-01-12',[],None,
    ['Ministry of Foreign Affairs of the Republic of Estonia','Eesti keeles | In English | По-русски','Foreign Policy > Press releases','12.01.2022 | 17:45','Additional information:','Press Office','press@mfa.ee','+372 637 7654','Share: Twitter Facebook LinkedIn','Last updated: 12.01.2022 | Islandi väljak 1, 15049 Tallinn'],
    le=ln(P,'spoken with one voice'))
q(P,'The message of the Nordic and Baltic countries is united. Dialogue is welcome, but not at the expense of the sovereignty of our neighbours.','Eva-Maria Liimets','Eva-Maria Liimets','said',note='the numbered statement paragraphs are unmarked: not quotes')
q(P,'spoken with one voice','Edgars Rinkēvičs','Edgars Rinkēvičs','added that',partial=True,note='name with diacritics')
c(P,'killed',160,'more than','people who died in Kazakhstan','Kazakh authorities','more than 160 people have died')
e(P,'2022-01-12','talks',None,['NB8'],'held a videoconference on 12 January 2022')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'in Geneva on 10 January')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council held today in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],"tomorrow's meeting of the OSCE Permanent Council")
e(P,None,'withdrawal','Kazakhstan',[CSTO],'the announced withdrawal of the CSTO forces')

# ---------------- 1507 Kazakh embassy statement posted on Facebook (January 10, 2022)
P='1507'
art(P,0,ln(P,'STATEMENT OF THE EMBASSY OF THE REPUBLIC OF KAZAKHSTAN'),ln(P,'The Embassy of the Republic of Kazakhstan in the Kingdom of the Netherlands expresses'),'Embassy of Kazakhstan in the Netherlands','2022-01-10',[],'The Hague',
    ['facebook','January 10, 2022 at 11:42 AM · 🌐','Consular hotline: +31 70 xxx xx xx (available 24/7)','👍❤️😢 312','48 comments 97 shares','Like   Comment   Share','Most relevant ▾','View more comments'],
    le=ln(P,'#Kazakhstan #Qazaqstan'))
q(P,'largely restored in all regions',TOK,'President Kassym-Jomart Tokayev','stated',partial=True)
q(P,'The mission will be completed soon',TOK,'Head of State Tokayev','stressed',note='full sentence, full stop outside the mark')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 people have been detained')
c(P,'other',100,'more than','business premises and banks looted in Almaty',MIA,'more than 100 business premises and banks were looted',note='same sentence as the MIA detention figure')
c(P,'other',400,'about','vehicles damaged in Almaty',MIA,'about 400 vehicles were damaged')
e(P,'2022-01-10','other','Kazakhstan',[],'has been declared a day of national mourning')
e(P,'2022-01-07','statement',None,[TOK],'On 7 January President Kassym-Jomart Tokayev stated')

# ---------------- 1508 Almaty Regional Communications Service press conference transcript (11.01.2022, Tuesday)
P='1508'
art(P,0,ln(P,'Press conference on the situation in the city'),ln(P,'MODERATOR: Good morning, colleagues.'),'Almaty City Regional Communications Service','2022-01-11',[],None,
    ['ALMATY CITY REGIONAL COMMUNICATIONS SERVICE','Press centre | Announcements | Video | Transcripts','Date: 11.01.2022','Time: 11:00','Venue: press centre of the Regional Communications Service, Almaty (offline and online)','Speakers:','TRANSCRIPT (unofficial English translation)','Source: Regional Communications Service of Almaty','Views: 5 302'],
    le=ln(P,'The press conference is over.'))
q(P,'to restore the city within the shortest possible time',TOK,'The Head of State','instructed',partial=True,note='inside the akim\'s unmarked turn; Tokayev never named')
q(P,'will begin withdrawing from Thursday',SER,'General Serdyukov','said',partial=True,note='inside an answer; the question names Dossayev')
q(P,'no one will be punished without a court decision',None,'the Prosecutor General','said',note='office holder never named: speaker null; inside the police chief\'s turn')
c(P,'other',320,None,'business premises damaged in Almaty','Yerbolat Dossayev','Three hundred and twenty business premises were damaged',note='written-out number at a sentence start')
c(P,'detained',1678,None,'people detained in Almaty during the riots','Nurlan Abdykarimov','1,678 people were detained in Almaty')
c(P,'killed',6,None,'Almaty police officers killed','Nurlan Abdykarimov','6 police officers of Almaty were killed')
c(P,'injured',250,None,'Almaty police officers injured','Nurlan Abdykarimov','250 were injured')
e(P,'2022-01-11','statement','Almaty',['Yerbolat Dossayev','Nurlan Abdykarimov'],'We begin our press conference')
e(P,'2022-01-10','other','Almaty',[],'Public transport resumed yesterday')
e(P,'2022-01-12','other','Almaty',[],'the metro will open tomorrow')
e(P,'2022-01-10','statement',None,[TOK],'instructed us yesterday')
e(P,'2022-01-10','statement',None,[SER],'General Serdyukov said yesterday')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'will begin withdrawing from Thursday',note='"from Thursday" inside the quote, from Tue 11 Jan')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State'],'Kazakhstan',['He','my President','The Head of State'],[],note='real; words invented/paraphrased'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['General','Colonel General','Commander of the collective forces'],'Russia',['He'],note='real; words invented'),
 sp('Antony Blinken','person',['Blinken','Antony Blinken'],['Secretary'],'United States',note='real; 1501 words close to his 7 Jan remark; 1503 paraphrase without marks'),
 sp('Xi Jinping','person',['Xi Jinping'],['President'],'China',note='real; words paraphrased'),
 sp('Vladimir Putin','person',['Putin'],[],'Russia',note='real; words paraphrased'),
 sp('Sergey Ryabkov','person',['Ryabkov'],[],'Russia',['He'],note='real; words paraphrased'),
 sp('Yulia Svyrydenko','person',['Yulia Svyrydenko'],['First Vice Prime Minister'],'Ukraine',['she'],note='real; words invented'),
 sp('Roman Vassilenko','person',['Roman Vassilenko','Vassilenko'],['Deputy Minister of Foreign Affairs','Deputy Foreign Minister'],'Kazakhstan',note='real deputy minister; interview invented'),
 sp('Anton Lisovsky','person',['Anton Lisovsky','Lisovsky'],['head of the press service of the Ministry of Defence','Colonel'],'Belarus',['he','the head of the press service','The colonel'],note='invented'),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Minister of Defence','Lieutenant General'],'Belarus',note='real; words invented'),
 sp('Eva-Maria Liimets','person',['Eva-Maria Liimets'],['Minister of Foreign Affairs'],'Estonia',note='real; words invented'),
 sp('Edgars Rinkēvičs','person',['Edgars Rinkēvičs'],['Latvian Foreign Minister'],'Latvia',note='real; words invented'),
 sp('Vassily Nebenzia','person',['Mr. Nebenzia','Nebenzia'],[],'Russia',[],[],quoted=False,note='real; statement invented and unmarked; source of the 2,030 figure'),
 sp('Magzhan Ilyassov','person',['Mr. Ilyassov'],[],'Kazakhstan',[],[],quoted=False,note='Kazakh delegate, first name from world knowledge; statement invented and unmarked; claim source'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President of the Kyrgyz Republic'],'Kyrgyzstan',[],[],quoted=False,note='real; address invented and unmarked; claim source'),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev','Dossayev'],['Akim of Almaty'],'Kazakhstan',[],[],quoted=False,note='real akim; turns invented and unmarked; claim source'),
 sp('Nurlan Abdykarimov','person',['Nurlan Abdykarimov'],['Chief of the Police Department of Almaty'],'Kazakhstan',[],[],quoted=False,note='invented; turns unmarked; claim source'),
 sp('Oleh Marchenko','person',['Oleh Marchenko'],["People's Deputy"],'Ukraine',[],[],quoted=False,note='invented MP; speech unmarked'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='claim source in 1503, 1507'),
 sp('Russian Defence Ministry','organisation',['Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='claim source in 1502'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='event participant in all files'),
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
