#!/usr/bin/env python3
"""Source of the devset116 annotation: the hand-chosen spans, values and dates for 1021-1028.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset116/annotation_source.py && python3 tests/devset116/verify.py
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
def ln(p,s):
    L=T[doc(p)].split('\n'); hits=[i+1 for i,l in enumerate(L) if l==s or l.startswith(s)]
    assert len(hits)==1,(p,s,hits); return hits[0]
A,Q,C,E=[],[],[],[]
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    hl=L[ln(p,headline)-1] if headline else None
    A.append(dict(doc=f,index=index,headline=hl,first_line=cut80(L[ln(p,first)-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=list(sections)))
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KNB='Kazakh National Security Committee'; BYMOD='Belarusian Defence Ministry'

# ---------------- 1021 REGNUM English item (January 11, 2022, Tue)
art('1021',0,'CSTO to start withdrawing','Moscow, January 11, 2022, 15:42','REGNUM','2022-01-11',[],'Moscow',
    ['REGNUM News Agency','Politics · Central Asia · Russia','Русский | English','Tags: Kazakhstan, CSTO, Kassym-Jomart Tokayev, Sergei Shoigu',
     'If you find a mistake, select it and press Ctrl+Enter','© 1999–2022 REGNUM News Agency. 18+'],le=ln('1021','Recall that protests'))
q('1021','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'the Kazakh president','told')
q('1021','In two days a phased withdrawal will begin. It will take no more than ten days.',TOK,'the Kazakh president','told',note='second half of a quote split by the interposed "the Kazakh president told deputies."')
q('1021','a huge psychological significance',TOK,'He','added',partial=True)
q('1021','We act strictly within the decision of the CSTO Collective Security Council and not a step beyond it,','Sergei Shoigu','Shoigu','stressed')
c('1021','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',TOK,'the contingent numbered 2,030 servicemen')
c('1021','other',250,None,'units of military equipment of the CSTO contingent',TOK,'250 units of military equipment')
c('1021','other',20000,'about','"bandits" who attacked Almaty',TOK,'about 20,000 bandits had attacked Almaty',note='attacker count; what=other')
c('1021','detained',9900,None,'people detained since the start of the riots',MIA,'9,900 people had been detained')
c('1021','aircraft',70,None,'transport aircraft ready for the airlift','Sergei Shoigu','transport aviation group of 70 aircraft',note='"The head of the military department" = Shoigu')
e('1021','2022-01-11','statement','Nur-Sultan',[TOK],'announced at a session of the Mazhilis today',note='"today" = publication date')
e('1021','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving the country on Thursday',note='"on Thursday" from Tue 11 Jan; also "In two days"')
e('1021','2022-01-07','statement',None,[TOK],'a figure he first gave on Friday')
e('1021','2022-01-10','arrest','Kazakhstan',[MIA],'The Kazakh Interior Ministry said on Monday')
e('1021','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'the president proposed Alikhan Smailov',note='"The same day" = the Mazhilis session day')
e('1021',None,'statement',None,['Sergei Shoigu'],'Russian Defence Minister Sergei Shoigu said the Russian units',note='undated')
e('1021','2022-01-06','troop_deployment','Almaty',['Russia'],'landed near Almaty on the night of January 6')
e('1021','2022-01-02','protest','Zhanaozen',[],'broke out in Zhanaozen on January 2')

# ---------------- 1022 EADaily item (8 January 2022, Sat)
art('1022',0,'Former KNB chief Karim Masimov','EADaily, 8 January 2022.','EADaily','2022-01-08',[],None,
    ['EADaily','Eurasia Daily','Russia | Caucasus | Central Asia | Ukraine | Baltic | World','Central Asia','8 January 2022 14:51','👁 3 417',
     'Print  Send  Tweet','Read EADaily news on Telegram','Subscribe to our channel in Yandex.Zen'],le=ln('1022','Recall that the CSTO'))
q('1022','On January 6, 2022, a pre-trial investigation was opened on the fact of high treason. In this connection, on the same day, the former chairman of the KNB, K. Masimov, was detained and placed in a temporary detention facility,',KNB,'the statement','says',note='"the statement says" after the quote; name with initial inside the quote')
q('1022','an internal affair of our Kazakh friends.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True,note='full stop inside the closing mark')
q('1022','We do not consider it possible to comment on it,','Dmitry Peskov','he','added',note='glued to the preceding partial: `friends." "We…`')
q('1022','The contingent will stay as long as the Kazakh leadership deems necessary, but not a day longer,','Stanislav Zas','Zas','said',note='inverted cue "said Zas"; first mention "CSTO Secretary General Stanislav Zas told Rossiya 24"')
q('1022','What we saw on the streets of Almaty was not only a protest against gas prices. Someone opened the door for the crowd,','Timur Sarsenbayev','the expert','believes',note='cue "believes"; speaker as "the expert"')
c('1022','detained',4404,None,'people detained in Kazakhstan',MIA,'4,404 people have been detained')
c('1022','killed',26,None,'armed attackers "liquidated" in Almaty',MIA,'26 armed attackers were liquidated')
c('1022','killed',18,None,'law enforcement officers died',MIA,'18 law enforcement officers have died',note='"two of whom were found beheaded" is a subset, not a claim')
e('1022','2022-01-08','statement',None,[KNB],'the KNB press service reported today')
e('1022','2022-01-06','arrest',None,[KNB,'Karim Masimov'],'On January 6, 2022, a pre-trial investigation')
e('1022',None,'appointment',None,[TOK,'Karim Masimov','Yermek Sagimbayev'],'appointed Yermek Sagimbayev in his place',note='"Earlier this week" is not a day (real: 2022-01-05)')
e('1022',None,'statement',None,['Dmitry Peskov'],'answering a question from journalists',note='undated')
e('1022',None,'statement',None,['Stanislav Zas'],'Stanislav Zas told Rossiya 24',note='undated')
e('1022','2022-01-06','casualty_report','Almaty',[MIA],'liquidated on Thursday night in Almaty',note='the liquidation happened on Thursday night (6 Jan); "Thursday" from Sat 8 Jan')
e('1022','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that he had given the order')
e('1022','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'decided on January 6 to send peacekeepers')

# ---------------- 1023 Security Council of the Russian Federation news (12.01.2022, Wed)
art('1023',0,'N.P.Patrushev held a meeting','Secretary of the Security Council of the Russian Federation N.P.Patrushev held','Security Council of the Russian Federation','2022-01-12',[],None,
    ['SECURITY COUNCIL OF THE RUSSIAN FEDERATION','Main page | News and information | Structure | Documents | Contacts','Version for the visually impaired',
     'News and information / News','12.01.2022','Print version','© Security Council of the Russian Federation, 2022'],le=ln('1023','Decisions were taken'))
q('1023','The decisive actions of the leadership of Kazakhstan and the timely assistance of the allies did not allow the destructive forces to seize power,','Nikolai Patrushev','N.P.Patrushev','said',note='name written with glued initials "N.P.Patrushev"')
q('1023','the methods of colour revolutions, tested in a number of countries of the post-Soviet space.','Nikolai Patrushev','He','stressed',partial=True,note='a clause, not just the label "colour revolutions"; final "." inside the mark')
q('1023','Our task now is to draw conclusions, including on the exchange of information between the special services of the CSTO countries,','Nikolai Patrushev','he','said',note='"As the Secretary of the Security Council pointed out" precedes; cue of the quote\'s own sentence is "he said"')
c('1023','troops_deployed',2000,'more than','CSTO servicemen protecting facilities','Security Council of the Russian Federation','more than 2,000 servicemen of the CSTO member states',note='"The participants noted"; source = the meeting / Security Council')
c('1023','troops_deployed',1000,'more than','Russian servicemen in the CSTO force','Security Council of the Russian Federation','over 1,000 Russian ones')
e('1023','2022-01-12','other','Moscow',['Nikolai Patrushev'],'held a working meeting in Moscow on Wednesday',note='internal government meeting')
e('1023','2022-01-10','talks',None,[CSTO],'on January 10 the heads of state of the CSTO held an extraordinary session',note='videoconference of the Collective Security Council')

# ---------------- 1024 Russian Permanent Mission to the OSCE news (13.01.2022, Thu)
art('1024',0,'On the participation of Permanent Representative','On 13 January 2022, Permanent Representative','Permanent Mission of the Russian Federation to the OSCE','2022-01-13',[],None,
    ['Permanent Mission of the Russian Federation to the OSCE','Постоянное представительство Российской Федерации при ОБСЕ',
     'Home   About the Mission   News   Statements   Media   Contact','EN | RU','News','13.01.2022','#OSCE #ОБСЕ #Kazakhstan #SecurityGuarantees',
     'Share:  VK  Telegram  Twitter  Facebook','© 2022 Permanent Mission of the Russian Federation to the OSCE, Vienna'],le=ln('1024','The full text of the statement'))
q('1024','renewed European security dialogue','Zbigniew Rau','Zbigniew Rau','proposed',partial=True,note='a programme name, but Rau\'s wording with a cue "proposed launching"; borderline vs a label')
q('1024','We are not interested in a dialogue for the sake of dialogue. We need legally binding guarantees, and we need them now,','Alexander Lukashevich','the Russian diplomat','said')
q('1024','the necessary military-technical measures.','Alexander Lukashevich','The Permanent Representative','warned',partial=True)
q('1024','stop using it as a tribune for accusations.','Alexander Lukashevich','He','said',partial=True)
q('1024','The CSTO peacekeepers came at the official request of the legitimate authorities and will leave as soon as their task is fulfilled.','Alexander Lukashevich','the Russian representative','noted',note='speaker and cue before the quote: `noted: "…"`')
c('1024','killed',164,None,'people killed during the riots','Kazakh authorities','164 people were killed during the riots',note='"According to the Kazakh authorities", repeated by Lukashevich')
e('1024','2022-01-13','statement','Vienna',['Alexander Lukashevich','OSCE'],'took part in the first meeting of the OSCE Permanent Council')
e('1024','2022-01-13','statement','Vienna',['Zbigniew Rau'],'presented the priorities of the Chairmanship')
e('1024',None,'other',None,['Russia','United States','NATO'],'draft agreements on security guarantees in December last year',note='"December last year" is a month, not a day (real: 2021-12-17)')
e('1024','2022-01-10','talks','Geneva',['Russia','United States'],'the talks in Geneva on Monday',note='"on Monday" from Thu 13 Jan')
e('1024','2022-01-12','talks','Brussels',['Russia','NATO'],'in Brussels on Wednesday')
e('1024','2022-01-13','withdrawal','Kazakhstan',[CSTO],'had begun on the same day')

# ---------------- 1025 Russian Embassy in USA Telegram channel: two posts = two articles ("January 8", no year; Sat)
art('1025',0,"🎙Ambassador Anatoly Antonov's answer",'❓Question: How would you comment','Russian Embassy in USA','2022-01-08',[],None,
    ['Russian Embassy in USA','4 128 subscribers','January 8','#Antonov #Kazakhstan #CSTO','👁 6.3K   edited  19:32'],ls=1,le=ln('1025','👁 6.3K'))
art('1025',1,None,'🇷🇺🇺🇸 Today, Ambassador Anatoly Antonov','Russian Embassy in USA','2022-01-08',[],None,
    ['January 8','👁 2.1K   21:05'],ls=ln('1025','👁 6.3K')+2,le=last_line('1025'))
q('1025','it is sometimes very difficult to get Russians to leave','Antony Blinken','the Secretary of State','hinted',partial=True,note='inside the unquoted answer; cue "hinted"')
q('1025','for a limited period of time','Maria Zakharova','Foreign Ministry spokeswoman Maria Zakharova','put it',partial=True,note='"As … put it on Thursday"')
q('1025','We are going to Geneva with a clear position and are ready for serious work,','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','said')
q('1025','Our compatriots are worried about their relatives in Almaty. We keep in touch with the Consulate General,','Anatoly Antonov','Anatoly Antonov','said',art=1)
c('1025','troops_deployed',2500,'about','CSTO troops protecting state facilities','Anatoly Antonov','About 2,500 troops are carrying out')
e('1025',None,'statement',None,['Antony Blinken'],'We have noted the statement by the Secretary of State',note='undated (real: 2022-01-07)')
e('1025','2022-01-06','statement',None,['Maria Zakharova'],'put it on Thursday',note='"on Thursday" from Sat 8 Jan')
e('1025','2022-01-10','talks','Geneva',['Russia','United States'],'which will take place the day after tomorrow',note='"the day after tomorrow" from Sat 8 Jan')
e('1025','2022-01-08','statement',None,['Sergey Ryabkov'],'Sergey Ryabkov said today')
e('1025','2022-01-08','other','Washington',['Anatoly Antonov'],'Today, Ambassador Anatoly Antonov met with',art=1)

# ---------------- 1026 State Duma news page (11.01.2022, Tue)
art('1026',0,'Vyacheslav Volodin: the CSTO showed','The Collective Security Treaty Organization has confirmed','State Duma','2022-01-11',[],None,
    ['STATE DUMA','Federal Assembly of the Russian Federation','News | Legislation | Deputies | Committees | Plenary sessions | Press service',
     'Русский | English','11.01.2022 16:20','Photo: State Duma press service','Share: VK  OK  Telegram','Subscribe to the State Duma channel'],le=ln('1026','On January 18, the State Duma'))
q('1026','The CSTO acted quickly and in strict accordance with the treaty. In a matter of days the peacekeepers took key facilities under protection, and this made it possible to stop the violence,','Vyacheslav Volodin','the Speaker','wrote',note='cue "wrote in his Telegram channel"; "the Speaker" title only')
q('1026','miscalculated.','Vyacheslav Volodin','Vyacheslav Volodin','According to',partial=True,note='one word, but evaluative and attributed ("According to Vyacheslav Volodin, those … \\"miscalculated.\\""); kept as partial — borderline')
q('1026','The conversation was difficult, but it took place. Now the ball is in Washington\'s court,','Leonid Slutsky','the parliamentarian','said')
q('1026','not in months, but in weeks.','Leonid Slutsky','The head of the committee','added',partial=True)
q('1026','We must help our allies, but we must also understand who organised this,','Konstantin Zatulin','Zatulin','said')
c('1026','troops_deployed',1500,'more than','Russian servicemen involved in the operation',RDM,'over 1,500 Russian servicemen')
c('1026','aircraft',70,'about','military transport aircraft involved',RDM,'about 70 aircraft of the military transport aviation')
e('1026','2022-01-11','statement',None,['Vyacheslav Volodin'],'State Duma Chairman Vyacheslav Volodin said on Tuesday')
e('1026','2022-01-10','talks','Geneva',['Russia','United States'],'held in Geneva the day before',note='"the day before" = Mon 10 Jan')
e('1026',None,'other',None,['State Duma'],'would hold hearings on the situation in Central Asia next week',note='"next week" is not a day')
e('1026','2022-01-18','other','Moscow',['State Duma'],'On January 18, the State Duma will begin its spring session')

# ---------------- 1027 RIAC analysis (January 12, 2022, Wed)
art('1027',0,'After Geneva and Brussels','The first week of January has shown','Russian International Affairs Council','2022-01-12',['Pavel Grinev'],None,
    ['RUSSIAN INTERNATIONAL AFFAIRS COUNCIL','RIAC','Analytics and comments | Projects | Events | Experts | Library','Русский | English','Analytics and comments',
     'January 12, 2022','Ph.D. in Political Science, RIAC expert','Rating: 4.7 (19 votes)','Print   Short link: russiancouncil.ru/a6217',
     'The opinion of the author may not coincide with the position of RIAC.','Login to leave a comment','Tags: CSTO, Kazakhstan, NATO, USA, Strategic stability'],
    le=ln('1027','For Washington, the lesson')+2)
q('1027','tough but businesslike,','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','described it as',partial=True)
q('1027','not up for discussion.','Wendy Sherman','Deputy Secretary of State Wendy Sherman','said',partial=True)
q('1027','Russia needs guarantees that NATO will not move further east, full stop,',None,'Russian diplomats','have repeated',note='collective unnamed speaker')
q('1027','We will not let anyone shake the situation in our countries,','Vladimir Putin','the Russian President','said')
q('1027','as soon as the Kazakh authorities say so.','Sergey Lavrov','Sergey Lavrov','promised',partial=True)
q('1027','the Russians have just shown they can move a brigade in 48 hours — that will be remembered in Kyiv.','Thomas Grayling','the American expert Thomas Grayling','put it',note='"As … put it in a conversation with the author, "…""')
c('1027','troops_deployed',2030,None,'total CSTO contingent',CSTO,'reached 2,030 people',note='"according to the CSTO Secretariat"')
c('1027','killed',164,None,'people killed in the unrest','official data','cost the lives of 164 people')
e('1027','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'dialogue in Geneva on January 10 lasted almost eight hours')
e('1027','2022-01-12','talks','Brussels',['Russia','NATO'],"Today's session of the Russia–NATO Council in Brussels")
e('1027',None,'troop_deployment','Almaty',[CSTO],'the first units landed at the Almaty airport',note='"Within a day of … appeal"; no day word (real 2022-01-06)')
e('1027','2022-01-10','talks',None,['Vladimir Putin',CSTO],'during the videoconference of CSTO leaders on Monday')
e('1027','2022-01-05','statement',None,[TOK],'the request came late on January 5')

# ---------------- 1028 SB. Belarus Today (14.01.2022, Fri)
art('1028',0,'Belarusian peacekeepers returning home','The first group of Belarusian servicemen','SB. Belarus Today','2022-01-14',[],None,
    ['SB. BELARUS TODAY','Belarusian news agency / Official','Politics | Economy | Society | World | Sport','RU | BY | EN','Politics   14.01.2022   10:35   👁 2 906',
     'Read also: Viktor Khrenin: the CSTO mission in Kazakhstan showed a high level of interaction','Photo: Defence Ministry of Belarus',
     'When using materials, a hyperlink to sb.by is required'],le=ln('1028','The withdrawal of the CSTO collective'))
q('1028','You have fulfilled your task with dignity. The whole country was watching you,','Viktor Khrenin','the minister','said')
q('1028','We went there not to fight, but to help our brothers restore order,','Alexander Lukashenko','the head of state','said')
q('1028','the CSTO will come to us in the same way.','Alexander Lukashenko','Aliaksandr Lukashenka','said',partial=True,note='Belarusian spelling of the name used as the subject')
q('1028','all tasks without a single incident.','Dmitry Grachev','Colonel Dmitry Grachev','told',partial=True)
q('1028','The local residents brought us tea and bread, thanked us,','Dmitry Grachev','he','said')
c('1028','troops_deployed',100,'about','Belarusian military personnel deployed to Kazakhstan',BYMOD,'about 100 Belarusian military personnel')
e('1028','2022-01-13','withdrawal','Vitebsk',['Belarus',BYMOD],'returned to Vitebsk on Thursday',note='"on Thursday" from Fri 14 Jan')
e('1028','2022-01-07','troop_deployment','Kazakhstan',['Belarus'],'deployed to Kazakhstan from January 7')
e('1028','2022-01-11','statement',None,['Alexander Lukashenko'],'the head of state said on Tuesday')
e('1028','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began on January 13')
e('1028','2022-01-19','withdrawal','Kazakhstan',[CSTO],'should be completed by January 19',note='planned completion')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the Kazakh president','He','the head of state'],["Kassym-Jomart Tokayev's","Tokayev's"]),
 sp('Sergei Shoigu','person',['Sergei Shoigu','Shoigu'],['Russian Defence Minister'],'Russia',['The head of the military department']),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['the statement','the KNB press service']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['he']),
 sp('Stanislav Zas','person',['Stanislav Zas','Zas'],['CSTO Secretary General'],None),
 sp('Timur Sarsenbayev','person',['Timur Sarsenbayev'],['Almaty-based political analyst'],'Kazakhstan',['the expert'],note='invented'),
 sp('Nikolai Patrushev','person',['N.P.Patrushev'],['Secretary of the Security Council of the Russian Federation'],'Russia',['He','he','the Secretary of the Security Council'],note='written only with initials "N.P.Patrushev"'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Chairperson-in-Office','Minister of Foreign Affairs of Poland'],'Poland'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','A.K.Lukashevich'],['Permanent Representative of the Russian Federation to the OSCE'],'Russia',['the Russian diplomat','The Permanent Representative','He','the Russian representative']),
 sp('Antony Blinken','person',['Antony Blinken','Mr. Blinken'],['US Secretary of State'],'United States',['the Secretary of State']),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Foreign Ministry spokeswoman'],'Russia'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp('Anatoly Antonov','person',['Anatoly Antonov','Antonov'],['Ambassador'],'Russia',['The Ambassador'],["Anatoly Antonov's"]),
 sp('Vyacheslav Volodin','person',['Vyacheslav Volodin','Volodin'],['State Duma Chairman'],'Russia',['the Speaker']),
 sp('Leonid Slutsky','person',['Leonid Slutsky'],['Chairman of the Committee on International Affairs'],'Russia',['the parliamentarian','The head of the committee']),
 sp('Konstantin Zatulin','person',['Konstantin Zatulin','Zatulin'],['First Deputy Chairman of the Committee on CIS Affairs'],'Russia',['the deputy']),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',['the Russian President']),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],[],'Russia'),
 sp('Thomas Grayling','person',['Thomas Grayling'],['American expert'],'United States',note='invented'),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defence Minister Lieutenant General'],'Belarus',['the minister']),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko','Aliaksandr Lukashenka'],['President'],'Belarus',['the head of state']),
 sp('Dmitry Grachev','person',['Dmitry Grachev'],['Colonel','commander of the Belarusian group'],'Belarus',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 1021, 1022'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='mentioned in every file; not quoted here'),
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
