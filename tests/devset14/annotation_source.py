#!/usr/bin/env python3
"""Source of the devset14 annotation: the hand-chosen spans, values and dates for 205-212.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset14/annotation_source.py && python3 tests/devset14/verify.py
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
    A.append(dict(doc=f,index=index,headline=L[headline_line-1] if headline_line else None,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; NSC='Kazakh National Security Committee'
def ln(p,s):
    L=T[doc(p)].split('\n'); r=[i+1 for i,l in enumerate(L) if l==s]; assert len(r)==1,(p,s); return r[0]
MOH='Kazakh Ministry of Health'; RYA='Sergey Ryabkov'; PES='Dmitry Peskov'; TIL='Mukhtar Tileuberdi'

# ---------------- 205 OSINT thread (7 Jan 2022, a Friday; tweets 7:42-8:06 PM)
art('205',0,None,3,'Twitter','2022-01-07',['Dana Whitcombe'],None,
    ['@steppe_skies','7:42 PM · Jan 7, 2022','1.2K Retweets   311 Quote Tweets   3,481 Likes','Replying to @steppe_skies'],le=ln('205','8:06 PM · Jan 7, 2022'))
q('205','The airlift of the Russian contingent continues around the clock.','Igor Konashenkov','Igor Konashenkov',None,note='"Its spokesman Igor Konashenkov:" then the quote; no speech verb, colon only')
q('205','open fire without warning','Kassym-Jomart Tokayev','President Tokayev','told',partial=True)
q('205','This is a limited operation with a clear time frame,',PES,'Kremlin spokesman Dmitry Peskov','told reporters')
q('205','as long as the Kazakh side deems necessary',PES,'Kremlin spokesman Dmitry Peskov','adding',partial=True)
c('205','aircraft',41,None,'Il-76MD sorties counted by the analyst',None,'I count 41 Il-76MD sorties')
c('205','aircraft',70,'more than','aircraft involved in the airlift',RDM,'more than 70 aircraft are involved')
c('205','aircraft',14,None,'Il-76s landed at Almaty in one wave',None,'14 Il-76s landed at Almaty')
c('205','aircraft',9,'at least','Il-76s on the Almaty apron at once',None,'at least 9 on the apron')
c('205','troops_deployed',100,None,'Armenian troops',"Armenian Defence Ministry",'100 troops are on their way')
c('205','killed',26,None,'"armed criminals" killed',MIA,'26 “armed criminals” killed')
c('205','killed',18,None,'security officers dead',MIA,'18 security officers dead')
c('205','detained',3000,'more than','people detained',MIA,'more than 3,000 detained')
c('205','aircraft',2,None,'Il-76s that went on to Bishkek',None,'two Il-76s (RA-78830 and RA-78854)')
c('205','troops_deployed',150,None,'Kyrgyz contingent promised by Bishkek',None,'Kyrgyz contingent of 150 troops')
e('205','2022-01-05','other',None,[CSTO],'the CSTO decision on the night of Jan 5–6',note='range: first day')
e('205','2022-01-07','troop_deployment','Almaty',[],'landed at Almaty between 03:10 and 06:40 local time this morning')
e('205','2022-01-07','statement',None,[TOK],'told the nation this morning')
e('205','2022-01-07','statement',None,[PES],'Dmitry Peskov told reporters today')
e('205','2022-01-10','talks','Geneva',[],'three days before Geneva',note='future; "Monday agenda"')

# ---------------- 206 presidential decree in translation (5 January 2022); no quotes
art('206',0,6,8,None,'2022-01-05',[],None,['Unofficial translation','Nur-Sultan, Akorda, 5 January 2022','No. 753'])
e('206','2022-01-05','state_of_emergency','Almaty',[TOK],'To introduce a state of emergency on the territory of the city of Almaty',note='from 01:00 on 5 January until 19 January')
e('206','2022-01-05','state_of_emergency','Mangystau',[TOK],'A decree of the same date introduced a state of emergency in the Mangystau region')
e('206','2022-01-06','state_of_emergency','Kazakhstan',[TOK],'A further decree of 6 January extended the state of emergency')

# ---------------- 207 Press TV (Monday 10 January 2022)
art('207',0,3,7,'Press TV','2022-01-10',[],None,
    ['Press TV','Home › Iran › Politics','Monday, 10 January 2022 1:48 PM  [ Last Update: Monday, 10 January 2022 3:20 PM ]',"Iran's Foreign Ministry spokesman Saeed Khatibzadeh (File photo)"],
    sections=(ln('207','Geneva talks'),ln('207','Vienna talks')))
q('207','We believe that the people and the government of Kazakhstan are capable of overcoming this situation through dialogue and within the framework of the law, without any foreign interference,','Saeed Khatibzadeh','Foreign Ministry spokesman Saeed Khatibzadeh','said',note='cue "said in his weekly presser"')
q('207','friendly and Caspian neighbour','Saeed Khatibzadeh','The spokesman','said',partial=True)
q('207','Those who are today lecturing others about human rights have the worst record in this very field,','Saeed Khatibzadeh','he','said',malformed=True,note='mismatched marks: opens with curly “ and closes with straight "')
q('207','return to this friendly country as soon as possible.','Hossein Amir-Abdollahian','Iranian Foreign Minister Hossein Amir-Abdollahian','expressing hope',partial=True)
q('207','Security in Europe cannot be built on the expansion of one military bloc and the encirclement of others,','Saeed Khatibzadeh','the spokesman','said')
q('207','any diplomatic solution that takes into account the legitimate security concerns of all sides.','Saeed Khatibzadeh','the spokesman','adding',partial=True)
c('207','killed',164,None,'people killed in the violence',MOH,'164 people, including three children')
c('207','killed',3,None,'children killed',MOH,'three children',note='subset of the 164')
c('207','detained',8000,'almost','people detained',MIA,'nearly 8,000 people had been detained')
e('207','2022-01-10','statement','Tehran',['Saeed Khatibzadeh'],'said in his weekly presser on Monday')
e('207','2022-01-09','casualty_report',None,[MOH],"Kazakhstan's health ministry said on Sunday")
e('207',None,'talks',None,['Hossein Amir-Abdollahian',TIL],'Last week, Iranian Foreign Minister Hossein Amir-Abdollahian held a phone conversation',note='"Last week": not resolved to a day')
e('207','2022-01-10','talks','Geneva',['Russia','United States',RYA],'opened in Geneva on Monday')
e('207',None,'protest','Zhanaozen',[],'the first protests in the western oil town of Zhanaozen',note='undated here (2 Jan)')

# ---------------- 208 Dawn with APP (Friday 7 January 2022)
art('208',0,3,8,'Dawn','2022-01-07',[],'ISLAMABAD',
    ['DAWN','Home › Pakistan','APP','Published January 7, 2022','Updated about 9 hours ago','Published in Dawn, January 8th, 2022'],sections=(ln('208','Students return'),))
q('208','Our mission is in constant touch with the Pakistani community, and we are facilitating everyone who wishes to return home,','Asim Iftikhar Ahmad','the spokesperson','said')
q('208','brotherly people of Kazakhstan.','Shah Mahmood Qureshi','Foreign Minister Shah Mahmood Qureshi','conveyed',partial=True,note='reported by the spokesperson; the words are Qureshi\'s message')
q('208','no such request has been received.','Asim Iftikhar Ahmad','Ahmad','said',partial=True,note='surname only on later mention')
c('208','other',43,None,'Pakistani nationals flown out via Tashkent (evacuated)','Pakistani Foreign Office','43 of them, most of them students',note='evacuees, type other as in earlier sets')
c('208','killed',26,None,'rioters killed','Kazakh authorities','26 rioters were killed')
c('208','killed',18,None,'security forces who died','Kazakh authorities','18 members of the security forces')
c('208','detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people had been detained')
e('208','2022-01-07','statement','Islamabad',['Asim Iftikhar Ahmad'],'Addressing his weekly press briefing')
e('208','2022-01-06','talks',None,['Shah Mahmood Qureshi',TIL],'had spoken to his Kazakh counterpart Mukhtar Tileuberdi on Thursday')
e('208','2022-01-06','other','Lahore',[],'returned on a PIA flight from Tashkent to Lahore on Thursday night',note='evacuation flight')
e('208','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in the country on Thursday')
e('208',None,'talks','Geneva',['Russia','United States'],'due to be held in Geneva next week',note='"next week" (10 Jan); relative week not resolved')

# ---------------- 209 OHCHR briefing notes (11 January 2022)
art('209',0,1,9,'United Nations','2022-01-11',[],'Geneva',
    ['Location: Geneva','Date: 11 January 2022','ENDS','For more information and media requests, please contact:','Tag and share'],
    le=ln('209','ENDS'),sections=(ln('209','(1) Kazakhstan'),ln('209','(2) Ethiopia')))
q('209','anyone detained is treated humanely and has prompt access to a lawyer of their choosing','Michelle Bachelet','The High Commissioner, Michelle Bachelet','urged',partial=True)
q('209','without warning',TOK,'the President','statement made by',partial=True,note='two-word partial of the 7 Jan order; borderline with a scare quote')
q('209','Peaceful protesters must not be lumped together with those who committed acts of violence,','Michelle Bachelet','Bachelet','said')
c('209','killed',164,None,'people killed since the start of the unrest',MOH,'164 people have been killed')
c('209','killed',103,None,'people killed in Almaty',MOH,'103 in Almaty')
c('209','killed',16,None,'security forces among the dead',MIA,'16 members of the security forces')
c('209','detained',9900,None,'people detained',MIA,'9,900 people have been detained')
e('209','2022-01-02','protest',None,[],'the protests that began on 2 January')
e('209','2022-01-07','statement',None,[TOK],'the statement made by the President on 7 January')
e('209','2022-01-05','other',None,[],'cut across much of the country on 5 January',note='internet shutdown')
e('209','2022-01-07','statement',None,['Michelle Bachelet'],'Bachelet said in a statement on Friday',note='Friday before 11 Jan = 7 Jan')
e('209','2022-01-11','statement','Geneva',['Marit Solberg'],'Spokesperson for the UN High Commissioner for Human Rights: Marit Solberg',note='the briefing itself')

# ---------------- 210 CrisisWatch-style update (developments to 14 January 2022)
art('210',0,3,9,'CrisisWatch','2022-01-14',[],None,
    ['CrisisWatch','Tracking Conflict Worldwide','Deteriorated Situation','Unchanged Situation','Download the full CrisisWatch PDF | Subscribe to CrisisWatch'],
    sections=(ln('210','Kazakhstan'),ln('210','Russia/NATO'),ln('210','Ukraine')))
q('210','terrorist bands trained abroad',TOK,'Tokayev','blaming',partial=True)
q('210','successfully accomplished',TOK,'Tokayev','told',partial=True)
c('210','troops_deployed',2030,None,'CSTO personnel',None,'2,030 personnel')
c('210','troops_deployed',1500,'about','Russian troops in the CSTO force',None,'some 1,500 Russians')
c('210','other',250,None,'pieces of CSTO equipment',None,'250 pieces of equipment')
c('210','killed',164,None,'people killed (figure later withdrawn)','Kazakh authorities','164 killed, incl. 103')
c('210','killed',103,None,'people killed in Almaty (withdrawn)','Kazakh authorities','103 in Almaty')
c('210','detained',9900,None,'people detained',MIA,'9,900 detained')
c('210','killed',16,None,'security officers killed',MIA,'16 security officers killed')
c('210','injured',1300,'more than','security officers injured',MIA,'over 1,300 injured')
c('210','troops_deployed',100000,'about','Russian troops near Ukraine',None,'some 100,000 troops')
e('210','2022-01-02','protest','Zhanaozen',[],'On 2 Jan residents of Zhanaozen town')
e('210','2022-01-03','protest','Aktau',[],'Next day protests spread to regional capital Aktau',note='"Next day" after 2 Jan')
e('210','2022-01-04','protest','Almaty',[],'Following day thousands marched in Almaty',note='"Following day" = 4 Jan')
e('210','2022-01-05','government_resignation',None,[TOK],"On 5 Jan Tokayev accepted govt's resignation")
e('210','2022-01-05','state_of_emergency','Almaty',[TOK],'declared state of emergency in Almaty and Mangystau')
e('210','2022-01-05','protest','Almaty',[],'stormed and set fire to Almaty city hall')
e('210','2022-01-05','other',None,[TOK,CSTO],'Late 5 Jan Tokayev requested assistance',note='request for CSTO help')
e('210','2022-01-06','troop_deployment','Kazakhstan',[],'First Russian paratroopers landed 6 Jan')
e('210','2022-01-07','statement',None,[TOK],'On 7 Jan Tokayev said he had ordered forces')
e('210','2022-01-09','casualty_report',None,[],'Authorities 9 Jan said 164 killed')
e('210','2022-01-06','arrest',None,['Karim Masimov'],'Karim Masimov detained 6 Jan')
e('210','2022-01-11','appointment',None,['Alikhan Smailov'],'Parliament 11 Jan approved Alikhan Smailov')
e('210','2022-01-13','withdrawal','Kazakhstan',[CSTO],'CSTO 13 Jan began pulling out')
e('210','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and US delegations 10 Jan held talks in Geneva')
e('210','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council met 12 Jan in Brussels')
e('210','2022-01-13','talks','Vienna',['OSCE'],'Permanent Council 13 Jan discussed security situation')
e('210','2022-01-14','statement',None,[RYA],'Sergei Ryabkov next day said',note='"next day" after 13 Jan')
e('210','2022-01-14','other','Ukraine',[],'Ukraine 14 Jan reported large-scale cyberattack')

# ---------------- 211 NHK World (Jan. 8, 2022, a Saturday)
art('211',0,3,6,'NHK WORLD-JAPAN','2022-01-08',[],None,['NHK WORLD-JAPAN','NEWS','Jan. 8, 2022 12:15 JST','Watch / Listen Live','Share'],le=ln('211','Watch / Listen Live')-2)
q('211','do its utmost to ensure the safety of Japanese people','Hirokazu Matsuno','Matsuno','said',partial=True,note='NHK name order "Matsuno Hirokazu"')
c('211','detained',4000,'more than','people detained',MIA,'more than 4,000 people have been detained')
c('211','killed',26,None,'armed people killed',MIA,'26 armed people have been killed')
c('211','killed',18,None,'security forces who died',MIA,'18 members of the security forces have died')
e('211','2022-01-08','statement','Tokyo',['Hirokazu Matsuno'],'told reporters on Saturday')
e('211','2022-01-07','talks',None,['Yoshimasa Hayashi',TIL],'spoke with his Kazakh counterpart Mukhtar Tileuberdi by phone on Friday')
e('211','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in Kazakhstan on Thursday')

# ---------------- 212 Meduza-style newsletter (Thursday 13 January 2022)
art('212',0,1,6,'Meduza','2022-01-13',['Kirill Osokin'],None,
    ["Meduza's English-language newsletter",'Thursday, January 13, 2022','by Kirill Osokin','Cartoon of the day','Sign up for The Real Russia. Today.','Enter your email','Subscribe','Meduza is a reader-funded outlet. Support us.'],
    le=ln('212','Cartoon of the day')-2,
    sections=tuple(ln('212',h) for h in ('1. Mission accomplished, say Moscow and Nur-Sultan','2. "A dead end" after three rounds','3. What the Kremlin wanted from Kazakhstan','4. Also today')))
q('212','The mission has been completed — and completed successfully,',PES,'Peskov','said',note='em dash cue after the quote: "— Peskov said"; em dash inside the quote')
q('212','fully carried out its tasks',PES,'The Kremlin spokesman','added',partial=True)
q('212','no intention of staying a day longer than necessary.',PES,'The Kremlin spokesman','added',partial=True)
q('212','no reason',RYA,'Deputy Foreign Minister Sergey Ryabkov','told',partial=True)
q('212','We are hitting a wall — the Americans do not want to hear our main demands,',RYA,'Ryabkov','said')
q('212','the worst since 2014.',None,'A Russian diplomat','told',partial=True,note='anonymous source')
q('212','There are some positive elements, but we are not going to wait forever,',PES,'he','said')
q('212','Nobody in the administration expected Tokayev to move this fast,',None,'one of them','said',note='« » guillemets; anonymous Kremlin source')
c('212','troops_deployed',2030,None,'CSTO soldiers sent to Kazakhstan',CSTO,'the CSTO sent 2,030 soldiers')
c('212','troops_deployed',1500,'at least','Russian soldiers in the CSTO force',CSTO,'At least 1,500 of them were Russian')
e('212','2022-01-13','withdrawal','Kazakhstan',[CSTO,RDM],'began leaving Kazakhstan on Thursday')
e('212','2022-01-19','withdrawal','Kazakhstan',[CSTO],'due to be completed by January 19',note='future')
e('212','2022-01-13','statement',None,[PES],'Peskov said at his daily briefing')
e('212','2022-01-10','talks','Geneva',['Russia','United States'],'After Geneva on Monday')
e('212','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels on Wednesday')
e('212','2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna today')
e('212',None,'statement',None,[RYA],'told the RTVI television channel')
e('212','2022-01-05','other',None,['Vladimir Putin',TOK],'within hours of Tokayev\'s request on the night of January 5',note='Putin approves the deployment')


# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','K. TOKAYEV'],['President','President of the Republic of Kazakhstan'],'Kazakhstan',['the President','he'],["Tokayev's"],
    note='signs the 206 decree as "K. TOKAYEV"'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['spokesman'],'Russia',['Its spokesman']),
 sp(PES,'person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',['The Kremlin spokesman','he'],note='212: first named by surname only, in an em-dash cue'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],["Iran's Foreign Ministry spokesman",'Foreign Ministry spokesman'],'Iran',['The spokesman','the spokesman','he']),
 sp('Hossein Amir-Abdollahian','person',['Hossein Amir-Abdollahian'],['Iranian Foreign Minister'],'Iran'),
 sp('Asim Iftikhar Ahmad','person',['Asim Iftikhar Ahmad','Ahmad'],['Foreign Office spokesperson'],'Pakistan',['the spokesperson','He']),
 sp('Shah Mahmood Qureshi','person',['Shah Mahmood Qureshi','Qureshi'],['Foreign Minister'],'Pakistan',[],['Mr Qureshi']),
 sp('Michelle Bachelet','person',['Michelle Bachelet','Bachelet'],['The High Commissioner','UN High Commissioner for Human Rights'],'Chile',['She']),
 sp('Hirokazu Matsuno','person',['Matsuno Hirokazu','Matsuno'],['Chief Cabinet Secretary'],'Japan',[],[],note='NHK writes Japanese names surname first; canonical as in devset9'),
 sp(RYA,'person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy FM'],'Russia'),
 sp(TIL,'person',['Mukhtar Tileuberdi'],['Kazakh counterpart'],'Kazakhstan',quoted=False),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',quoted=False,note='claim source only'),
 sp(MOH,'organisation',['health ministry','Ministry of Health'],[],'Kazakhstan',quoted=False,note='claim source only'),
 sp(RDM,'organisation',['Russian MoD',"Russia's Defense Ministry"],[],'Russia',quoted=False,note='claim source only'),
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
