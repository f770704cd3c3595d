#!/usr/bin/env python3
"""Source of the devset15 annotation: the hand-chosen spans, values and dates for 213-220.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset15/annotation_source.py && python3 tests/devset15/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; CAV='Mevlüt Çavuşoğlu'

# ---------------- 213 The Diplomat-style analysis (January 11, 2022, a Tuesday)
art('213',0,4,8,'The Diplomat','2022-01-11',['Ruslan Temirov'],None,
    ['Features | Politics | Central Asia','By Ruslan Temirov','Ruslan Temirov is a political analyst based in Almaty who writes on Kazakh domestic politics and regional security.',
     'January 11, 2022','Ruslan Temirov is a political analyst based in Almaty.','Enjoying this article? Click here to subscribe for full access. Just $5 a month.'],
    sections=(13,21,27))
q('213','I have given the order to law enforcement agencies and the army to open fire without warning,',TOK,'he','said',note='straight marks; "he" = Tokayev (previous sentence); "on Friday" = 7 Jan')
q('213','The invitation was less about bandits in the streets than about who controls the security services,','Nurlan Seitkaliyev','Nurlan Seitkaliyev','said',note='curly marks, inverted cue ", said Nurlan Seitkaliyev, director of ..."')
q('213','Tokayev needed loyal bayonets, and he did not trust his own.','Nurlan Seitkaliyev','Nurlan Seitkaliyev','said',note='continuation in the same paragraph; a name (Tokayev) inside the quote')
q('213','as long as necessary','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told reporters',partial=True)
q('213','Moscow wanted to show it can move a brigade across a continent in 48 hours,','Marta Kowalska','she','said',note='"she" = Marta Kowalska; "48 hours" is a duration, not a claim')
q('213','successfully completed',TOK,'Tokayev','told',partial=True,note='two-word partial; "on Tuesday" = publication day')
c('213','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',TOK,"the bloc's contingent had grown to 2,030 troops")
c('213','aircraft',70,'more than','aircraft used to move the CSTO contingent',RDM,'more than 70 aircraft')
c('213','detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people had been detained')
c('213','killed',164,None,'people killed in the unrest','Kazakh Ministry of Health','put the number of dead at 164',note='"health officials"')
e('213','2022-01-05','other',None,[TOK,CSTO],'asked the Collective Security Treaty Organization for help on the night of January 5',note='request for CSTO help')
e('213','2022-01-06','troop_deployment','Almaty',[CSTO],'by the morning of January 6 the first Russian paratroopers were landing near Almaty')
e('213','2022-01-07','statement',None,[TOK],'on Friday he went further',note='televised speech; Friday resolved from Tue 11 Jan')
e('213','2022-01-08','arrest',None,['Karim Masimov'],'announced on January 8',note='date of the announcement of the arrest')
e('213',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters',note='undated')
e('213','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'sat down with Wendy Sherman in Geneva on Monday')
e('213','2022-01-10','arrest',None,[MIA],'The Interior Ministry said on Monday',note='date of the announcement (9,900 detained)')
e('213','2022-01-01','other',None,[],'doubled to 120 tenge per liter on January 1',note='gas price rise; price not a claim')
e('213','2022-01-11','statement',None,[TOK],'Tokayev told parliament on Tuesday')
e('213','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin in two days',note='future: "in two days" from Tue 11 Jan')

# ---------------- 214 Wikipedia Portal:Current events-style list (no publication date)
art('214',0,1,9,'Wikipedia',None,[],None,
    ['From Wikipedia, the free encyclopedia','< Portal:Current events','edit history watch','← January 4   January 8 →',
     'Retrieved from "https://en.wikipedia.org/w/index.php?title=Portal:Current_events/January_2022"','Categories: Current events archives'],
    sections=(5,16,26))
q('214','I intend to act as tough as possible.',TOK,'Tokayev','saying',partial=False,note='in a one-line bulleted item; the day heading dates it (5 Jan)')
q('214','questions about the nature of this request','Ned Price','U.S. State Department spokesperson Ned Price','says',partial=True)
q('214','constitutional order has largely been restored',TOK,'Tokayev','says in a televised address',partial=True)
c('214','killed',8,None,'law enforcement officers killed','police','eight law enforcement officers have been killed',note='written-out number')
c('214','injured',317,None,'law enforcement officers injured','police','317 injured in clashes')
c('214','injured',1000,'more than','people injured nationwide','Kazakh Ministry of Health','more than 1,000 people have been injured',note='"health officials"')
c('214','killed',26,None,'armed rioters killed',MIA,'26 armed rioters have been killed')
c('214','detained',3000,'more than','people detained since the start of the unrest',MIA,'more than 3,000 people detained')
e('214','2022-01-05','protest','Almaty',[],'Protesters storm and set fire to the city administration building in Almaty',note='date from the day heading')
e('214','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'accepts the resignation of the government of Prime Minister Askar Mamin')
e('214','2022-01-05','state_of_emergency','Almaty',[TOK],'declares a state of emergency in Almaty and Mangystau Region')
e('214','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'Tokayev replaces former president Nursultan Nazarbayev as chairman of the Security Council')
e('214','2022-01-05','other',None,[TOK,CSTO],'Tokayev asks the Collective Security Treaty Organization for assistance',note='request for CSTO help')
e('214','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first Russian paratroopers of a CSTO peacekeeping force arrive in Kazakhstan')
e('214','2022-01-06','statement',None,['Ned Price'],'spokesperson Ned Price says Washington has')
e('214','2022-01-06','statement',None,['Wang Wenbin'],'Wang Wenbin calls the unrest an internal affair of Kazakhstan')
e('214','2022-01-07','statement',None,[TOK],'Tokayev says in a televised address')
e('214','2022-01-07','arrest',None,['Karim Masimov'],'Kazakh authorities detain the head of the National Security Committee, Karim Masimov',
  note='listed under 7 Jan; "The arrest is announced the following day" (8 Jan); the detention itself was on 6 Jan in reality')

# ---------------- 215 Kazakh TV report (07.01.2022)
art('215',0,4,6,'Kazakh TV','2022-01-07',[],None,
    ['NEWS | 07.01.2022, 12:40','ANCHOR: That was Aigerim Mukhametkali reporting from Nur-Sultan. We will be back after a short break. Stay with Kazakh TV.',
     'Kazakh TV – the first national satellite channel of Kazakhstan. Watch online at kazakh-tv.kz'])
q('215','Thanks to the decisive actions of our law enforcement agencies, constitutional order has been largely restored in all regions of the country,',TOK,'the President','said in his address',note='« » guillemets')
q('215','The bandits had a clear plan of attacks and a well-coordinated headquarters,',TOK,'Tokayev','stressed')
q('215','What kind of negotiations can there be with criminals and murderers?',TOK,'he','asked',note='"he" = the Head of State (previous sentence)')
q('215','Our officers are clearing the city of armed groups street by street. Residents are asked not to leave their homes without need,','Saltanat Azirbek','Azirbek','said',
  note='speaker named in full in the previous sentence, surname in the cue')
c('215','other',20000,'about','bandits who took part in the attacks on Almaty',TOK,'some 20,000 bandits',note='"some" read as about')
c('215','killed',26,None,'armed criminals killed ("liquidated")',MIA,'26 armed criminals had been liquidated')
c('215','detained',3811,None,'people detained',MIA,'3,811 people detained')
c('215','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had been killed')
c('215','injured',748,None,'law enforcement officers injured',MIA,'748 injured since the start of the riots')
e('215','2022-01-07','statement',None,[TOK],'Kassym-Jomart Tokayev has addressed the people of Kazakhstan',note='address to the nation')
e('215','2022-01-06','talks',None,[TOK,'Vladimir Putin'],'held a telephone conversation with Russian President Vladimir Putin the day before',note='"the day before" from 7 Jan')
e('215','2022-01-07','casualty_report',None,[MIA],'The Ministry of Internal Affairs reported that 26 armed criminals')
e('215','2022-01-10','other','Kazakhstan',[TOK],'declared 10 January a day of national mourning',note='day of mourning (future)')

# ---------------- 216 TRT World-style piece (7 Jan 2022, a Friday)
art('216',0,4,5,'TRT World','2022-01-07',[],None,
    ['WORLD | Central Asia','TRT World and agencies','7 Jan 2022','Source: TRTWorld and agencies','Related',
     'Kazakhstan unrest: Death toll rises to 164 as 5,800 detained','Erdogan speaks to Tokayev, says Türkiye stands by Kazakh people'],
    le=24)
q('216','We are ready to share our experience and provide any support our Kazakh brothers need,',CAV,'Cavusoglu','wrote',note='Twitter post; written without diacritics')
q('216',"Kazakhstan's stability is the stability of the whole Turkic world,",'Hulusi Akar','Akar','told',note='followed by "according to a ministry statement"')
q('216','a swift return to peace and public order','Baghdad Amreyev','Baghdad Amreyev','said',partial=True)
c('216','killed',26,None,'armed attackers killed',MIA,'26 armed attackers had been killed')
c('216','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('216','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('216','aircraft',70,'more than','planes ferrying troops to Kazakhstan',RDM,'more than 70 planes were ferrying troops')
c('216','killed',164,None,'death toll (related teaser)',None,'Death toll rises to 164',zone='related')
c('216','detained',5800,None,'people detained (related teaser)',None,'5,800 detained',zone='related')
e('216','2022-01-06','talks',None,[CAV,'Mukhtar Tileuberdi'],'has spoken by phone with his Kazakh counterpart Mukhtar Tileuberdi',note='the call was "on Thursday" (6 Jan)')
e('216','2022-01-06','statement',None,[CAV],'Cavusoglu wrote on Twitter after the call on Thursday')
e('216',None,'statement','Ankara',['Hulusi Akar'],'Akar told military commanders in Ankara',note='undated')
e('216',None,'statement',None,['Organization of Turkic States','Baghdad Amreyev'],'The Organization of Turkic States, of which Kazakhstan is a founding member, also called for calm',note='undated')
e('216',None,'troop_deployment','Kazakhstan',[RDM],'70 planes were ferrying troops to Kazakhstan',note='ongoing, undated')

# ---------------- 217 Amnesty International Urgent Action (14 January 2022)
art('217',0,2,5,'Amnesty International','2022-01-14',[],None,
    ['URGENT ACTION','UA: 3/22 Index: EUR 57/5012/2022 Kazakhstan Date: 14 January 2022','TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER',
     'Prosecutor General Gizat Nurdauletov',"Prosecutor General's Office",'14 Mangilik El Avenue','Nur-Sultan 010000, Kazakhstan','Email: info@prokuror.kz',
     'Yours sincerely,','PREFERRED LANGUAGE TO ADDRESS TARGET: Kazakh, Russian, English','You can also write in your own language.',
     'PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 20 February 2022',
     'Please check with the Amnesty office in your country if you wish to send appeals after the deadline.',
     'NAME AND PRONOUN: Daulet Seitzhanov (he/him)','LINK TO PREVIOUS UA: This is the first UA on this case.'])
q('217','to open fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('217','When we finally found him at the detention centre, his face was swollen and he could barely walk. He told us they beat him to make him confess.','Aizhan Seitzhanova','Aizhan Seitzhanova','told',
  note='relative of the detainee; introduced by "told Amnesty International:"')
q('217','The authorities must investigate every allegation of torture, promptly and impartially,','Marie Struthers','Marie Struthers','said',note='inverted cue; words invented')
c('217','detained',9900,None,'people detained across the country by 11 January',MIA,'9,900 people had been detained')
c('217','killed',164,'at least','people killed, including three children','officials','at least 164 people')
e('217','2022-01-08','arrest','Almaty',['Daulet Seitzhanov'],'was detained by police in Almaty on 8 January 2022')
e('217','2022-01-02','protest','Zhanaozen',[],'began in the western town of Zhanaozen on 2 January')
e('217','2022-01-07','statement',None,[TOK],'On 7 January, President Kassym-Jomart Tokayev said')
e('217','2022-01-06','other','Almaty',['Daulet Seitzhanov'],'two days after he filmed security forces firing',note='"two days after" 8 Jan; filming of the shooting on Republic Square')
e('217','2022-01-14','statement',None,['Amnesty International'],'UA: 3/22 Index: EUR 57/5012/2022 Kazakhstan Date: 14 January 2022',note='document release')

# ---------------- 218 Hromadske-style piece (8 January 2022, a Saturday)
art('218',0,4,8,'Hromadske','2022-01-08',['Oksana Levchenko'],None,
    ['News · Politics · World','8 January 2022, 14:05','Author: Oksana Levchenko','Read also: Reznikov: Russia is not ready for a full-scale offensive yet','— Hromadske','Photo: Hromadske / Oksana Levchenko'])
q('218',"Kazakhstan shows what Russian 'help' looks like",'Dmytro Kuleba','Kuleba',None,zone='headline',note='"Kuleba: "…"" headline (colon, no verb); nested single-quoted \'help\'')
q('218',"Kazakhstan shows what Russian 'help' looks like. Once Russian troops come in, it is very hard to make them leave,",'Dmytro Kuleba','Kuleba','told',note="nested single-quoted 'help' (not a separate quote)")
q('218','What is happening in Kazakhstan is a scenario the Kremlin would gladly try elsewhere. Ukraine is not Kazakhstan, and our army is not the army of 2014.','Oleksiy Danilov','Oleksiy Danilov','wrote',
  note='Telegram post in its own paragraph; the cue "wrote in his Telegram channel ...:" ends the paragraph before (devset3 120 choice)')
q('218','The CSTO contingent is in Kazakhstan for a limited period, and the question of its withdrawal will be decided by the Kazakh side,','Dmitry Peskov','Peskov','said',note='em-dash cue ",” — Peskov said"; surname only')
q('218','For Putin, this is a demonstration before Geneva: he can send troops quickly and nobody in the West can stop him,','Volodymyr Fesenko','Fesenko','said',note='words invented')
c('218','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Ukrainian Defence Ministry','Russia keeps about 100,000 troops')
c('218','killed',13000,'more than','people killed in the war in Donbas since 2014',None,'has killed more than 13,000 people')
e('218','2022-01-07','statement','Kyiv',['Dmytro Kuleba'],'Kuleba told journalists in Kyiv on Friday')
e('218','2022-01-06','statement',None,['Oleksiy Danilov'],'wrote in his Telegram channel on Thursday evening',note='Telegram post')
e('218',None,'statement',None,['Dmitry Peskov'],'Peskov said at a briefing',note='undated')
e('218','2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday',note='future: Monday after Sat 8 Jan')
e('218',None,'talks',None,['Volodymyr Zelensky','Joe Biden'],'discussed the situation with US President Joe Biden last week',note='"last week" is not a day: left null (the call was 2 Jan 2022 in reality)')

# ---------------- 219 WordPress blog post with comments (January 8, 2022, a Saturday)
art('219',0,4,7,'Steppe Notes','2022-01-08',['Timur Bekov'],None,
    ['Life, food and politics from Almaty','Posted on January 8, 2022 by Timur Bekov','Categories: Almaty, Diary   Tags: akimat, curfew, internet',
     '12 thoughts on "Five days without internet: what I saw in Almaty"','Reply','Leave a Reply',
     'Your email address will not be published. Required fields are marked *','Post Comment'])
q('219','largely restored',TOK,'the President','said in his address',partial=True,note='"Yesterday" = 7 Jan')
q('219','I have given the order to open fire without warning',TOK,'Tokayev','said',note='in a reader comment (zone body)')
q('219','will not stay a day longer than necessary.','Dmitry Peskov','Peskov','told reporters',partial=True,note='in a reader comment; surname only')
c('219','detained',4404,None,'people detained',MIA,'4,404 people have been detained')
c('219','aircraft',70,'more than','planes that flew soldiers in (reader comment)',RDM,'over 70 planes')
e('219','2022-01-05','protest','Almaty',[],'On Wednesday afternoon I walked past the akimat',note='"Wednesday" resolved from Sat 8 Jan')
e('219','2022-01-07','statement',None,[TOK],'Yesterday the President said in his address')
e('219','2022-01-07','statement',None,['Antony Blinken'],'Blinken said on Friday',note='in a reader comment dated 8 Jan (same day as the post): "Friday" = 7 Jan; the Blinken words are single-quoted, so not a quote')

# ---------------- 220 LinkedIn post (no date: "3d")
art('220',0,5,7,'LinkedIn',None,['Catherine Wells'],None,
    ['Catherine Wells • 2nd','Head of Political Risk at Meridian Strategic Advisory','3d • Edited','#Kazakhstan #PoliticalRisk #CentralAsia #Geopolitics #CSTO',
     '…see more','👍 214 · 37 comments · 12 reposts','Like   Comment   Repost   Send'])
q('220','will leave the country within 10 days',TOK,'Tokayev','told',partial=True,note='"10 days" is a duration, not a claim')
c('220','troops_deployed',2000,'about','CSTO troops flown in',None,'Roughly 2,000 CSTO troops')
c('220','detained',10000,'almost','people detained','Kazakh authorities','almost 10,000 people were detained')
c('220','killed',164,None,'official death toll',None,'Official death toll: 164.')
c('220','killed',164,None,'death toll (comment)',None,'The 164 figure',note='repeat in a comment')
c('220','killed',16,None,'security personnel killed (comment)',None,'the 16 security personnel')
e('220',None,'arrest',None,['Karim Masimov'],'Masimov arrested')
e('220',None,'appointment',None,['Nursultan Nazarbayev'],'Nazarbayev out as Security Council chair')
e('220',None,'statement',None,[TOK],'Tokayev told parliament that the CSTO contingent')
e('220',None,'talks','Geneva',['Russia','United States'],'The Russia–US meeting in Geneva on Monday',note='no publication date: "Monday" left null (10 Jan)')
e('220',None,'talks',None,['NATO','Russia'],'the NATO-Russia Council on Wednesday',note='left null (12 Jan)')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Head of State','Head of State'],'Kazakhstan',['he','the President','The Head of State']),
 sp('Nurlan Seitkaliyev','person',['Nurlan Seitkaliyev','Seitkaliyev'],['director of the Almaty-based Steppe Policy Centre'],'Kazakhstan',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',note='surname only in 218 (em-dash cue) and 219'),
 sp('Marta Kowalska','person',['Marta Kowalska','Kowalska'],['a Central Asia specialist at the University of Warsaw'],'Poland',['she'],note='invented'),
 sp('Ned Price','person',['Ned Price'],['U.S. State Department spokesperson'],'United States'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek','Azirbek'],['Ministry spokesman'],'Kazakhstan',note='words invented'),
 sp(CAV,'person',['Mevlut Cavusoglu','Cavusoglu'],["Türkiye's Foreign Minister",'Turkish FM'],'Turkey',note='written without diacritics; canonical as in devset2'),
 sp('Hulusi Akar','person',['Hulusi Akar','Akar'],['Defence Minister'],'Turkey'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['Secretary General'],'Kazakhstan'),
 sp('Aizhan Seitzhanova','person',['Aizhan Seitzhanova'],[],'Kazakhstan',["Seitzhanov's sister"],note='invented relative of the detainee'),
 sp('Marie Struthers','person',['Marie Struthers'],["Amnesty International's Director for Eastern Europe and Central Asia"],None,note='words invented'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],["Ukraine's Foreign Minister"],'Ukraine',['The minister']),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov','Danilov'],['Secretary of the National Security and Defense Council'],'Ukraine'),
 sp('Volodymyr Fesenko','person',['Volodymyr Fesenko','Fesenko'],['Kyiv political scientist'],'Ukraine',note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former National Security Committee chief'],'Kazakhstan',quoted=False),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former president'],'Kazakhstan',quoted=False),
 sp('Antony Blinken','person',['Blinken'],[],'United States',[],["Blinken's"],quoted=False,note="quoted only in single marks (219), so not a quote speaker"),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False),
 sp(RDM,'organisation',['Russian Defence Ministry',"Russia's Defence Ministry","Russia's defence ministry"],[],'Russia',quoted=False),
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
