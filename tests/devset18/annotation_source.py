#!/usr/bin/env python3
"""Source of the devset18 annotation: the hand-chosen spans, values and dates for 237-244.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset18/annotation_source.py && python3 tests/devset18/verify.py
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
def L(p,s):
    """1-based number of the line that equals s (or starts with s) in doc p"""
    ls=T[doc(p)].split('\n'); hits=[i+1 for i,l in enumerate(ls) if l==s] or [i+1 for i,l in enumerate(ls) if l.startswith(s)]
    assert hits,(p,s); return hits[0]
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; PGO="Kazakh Prosecutor General's Office"

# ---------------- 237 Middle East Eye-style piece (published 7 January 2022, a Friday)
P='237'
art(P,0,3,4,'Middle East Eye','2022-01-07',[],None,
    ['Middle East Eye','News › Central Asia','MEE staff','Published date: 7 January 2022 10:45 GMT','Last update: 7 January 2022 14:20 GMT',
     'Read more »','Kazakhstan unrest: What is the CSTO and why has it sent troops?'])
q(P,'with great concern and in close contact with our Kazakh friends','Saeed Khatibzadeh','Iranian foreign ministry spokesman Saeed Khatibzadeh','said',partial=True)
q(P,'The Islamic Republic of Iran believes the problems of Kazakhstan should be resolved through dialogue and by the Kazakh people themselves, without any foreign interference,','Saeed Khatibzadeh','Khatibzadeh','said in a statement')
q(P,'ready to share our experience and provide every kind of support','Mevlüt Çavuşoğlu','Turkish Foreign Minister Mevlüt Çavuşoğlu','said',partial=True,note='the one-word “brotherly” in the same sentence is excluded')
q(P,'We hope that peace and stability will be restored as soon as possible, through the wisdom of the Kazakh people and state,','Mevlüt Çavuşoğlu','Çavuşoğlu','told reporters')
q(P,'in the coming days',None,'a Turkish official who spoke on condition of anonymity','According to',partial=True,note='anonymous source; the content is about Erdoğan, who is not the speaker')
q(P,'Both Ankara and Tehran have invested heavily in Kazakhstan, but neither can match Moscow on the ground,','Hamid Rezaei','Hamid Rezaei','said',note='inverted cue ", said Hamid Rezaei, a lecturer ..."')
q(P,'What they can do is offer words of support and wait.','Hamid Rezaei','Hamid Rezaei','said',note='continuation after the interposed attribution; gets the same cue')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died',note='"two of them found beheaded" (a subset) is not a separate claim')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'around 2,500 troops')
e(P,'2022-01-06','statement',None,['Iran','Turkey','Saeed Khatibzadeh','Mevlüt Çavuşoğlu'],'Iran and Turkey on Thursday called for calm in Kazakhstan')
e(P,None,'talks',None,['Hossein Amir-Abdollahian','Mukhtar Tileuberdi'],'spoke by telephone with his Kazakh counterpart Mukhtar Tileuberdi',note='undated: "did not say when the call took place"')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests erupted on 2 January in the oil town of Zhanaozen')
e(P,None,'protest','Almaty',[],"where the mayor's office was set on fire",note='no day given (5 January)')
e(P,'2022-01-07','casualty_report',None,[MIA],"On Friday morning, Kazakhstan's interior ministry said")
e(P,None,'statement','Ankara',['Mevlüt Çavuşoğlu'],'Çavuşoğlu told reporters in Ankara')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'said on Thursday it would send around 2,500 troops as',note='decision announced; the troops were arriving from 6 January')

# ---------------- 238 Anadolu Agency item (07.01.2022, a Friday)
P='238'
art(P,0,3,4,'Anadolu Agency','2022-01-07',['Selin Kocaoğlu'],'ANKARA',
    ['Anadolu Agency','WORLD, ASIA - PACIFIC','Writer: Selin Kocaoğlu',' |07.01.2022 - 16:42 | Update: 07.01.2022 - 18:05','ANKARA',
     'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.'])
q(P,'We are closely following the developments in brotherly Kazakhstan. As Türkiye, we are ready to provide all kinds of support, including training and experience, if requested,','Hulusi Akar','Akar','said')
q(P,'of vital importance for the whole Turkic world and for the region.','Hulusi Akar','The minister','stressed',partial=True,note='speaker referred to by title only')
q(P,'We believe that the Kazakh people, under the leadership of President Tokayev, will overcome these difficult days,','Baghdad Amreyev','Amreyev','said in a written statement',note='a name (Tokayev) inside the quote')
q(P,'The Organization is ready to contribute to the restoration of peace.','Baghdad Amreyev','Amreyev','said in a written statement',note='continuation after the interposed attribution')
q(P,'open fire without warning',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='the wording of his order, with a speech verb; kept as a partial (the gold excluded only the bare label “shoot to kill”)')
c(P,'killed',18,None,'security officers killed',MIA,'18 security officers were killed')
c(P,'injured',748,None,'security officers injured',MIA,'748 others injured')
c(P,'detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people had been detained')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits had attacked Almaty')
c(P,'aircraft',70,'more than','aircraft transporting Russian troops',RDM,'more than 70 aircraft')
e(P,'2022-01-07','talks',None,['Hulusi Akar','Murat Bektanov'],'held a phone call with his Kazakh counterpart Murat Bektanov')
e(P,'2022-01-06','statement',None,['Baghdad Amreyev','Organization of Turkic States'],'said on Thursday that the organization was holding consultations')
e(P,None,'statement',None,[TOK],'In a televised address at 11.00 local time',note='no day given (7 January)')
e(P,None,'troop_deployment','Kazakhstan',[RDM,CSTO],'being used to transport Russian troops to Kazakhstan')

# ---------------- 239 UN Security Council press statement (7 January 2022)
P='239'
art(P,0,L(P,'Security Council Press Statement on Situation in Kazakhstan'),L(P,'The following Security Council press statement'),'United Nations','2022-01-07',[],None,
    ['United Nations','Meetings Coverage and Press Releases','SC/14763','7 JANUARY 2022','PRESS RELEASE','* *** *','For information media. Not an official record.'])
q(P,'all concerned to refrain from violence and to address grievances through peaceful means','Antonio Guterres','the Secretary-General','urged',partial=True,note='the Secretary-General is not named')
c(P,'killed',18,None,'members of law enforcement agencies killed','Kazakh authorities','the 18 members of law enforcement agencies reported killed')
e(P,'2022-01-07','statement','New York',['UN Security Council','Mona Juul'],'The following Security Council press statement was issued today')
e(P,'2022-01-06','statement',None,['Antonio Guterres'],'who the day before had urged',note='"the day before" relative to 7 January')
e(P,'2022-01-02','protest','Kazakhstan',[],'the violence that has occurred since 2 January 2022')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'took note of the deployment of forces of the Collective Security Treaty Organization')

# ---------------- 240 Johnson's Russia List digest (8 January 2022): three items = three articles
P='240'
s1,s2,s3=L(P,'#1'),L(P,'#2'),L(P,'#3')
art(P,0,s1+3,s1+5,'TASS','2022-01-07',[],'MOSCOW',
    ["Johnson's Russia List",'2022-#6','8 January 2022','A World Security Institute Project','JRL Home','[Note from David Johnson:','Contents:','#1','TASS'],ls=s1,le=s2-2)
q(P,'The peacekeepers have taken under protection important state and military facilities and are assisting the Kazakh law enforcement agencies,',RDM,'the ministry','said in a statement',art=0)
c(P,'aircraft',70,'more than','Il-76 aircraft in the airlift',RDM,'more than 70 Il-76',art=0)
c(P,'aircraft',5,None,'An-124 aircraft in the airlift',RDM,'five An-124 aircraft',art=0,note='written-out figure')
c(P,'troops_deployed',2500,'about','troops in the whole CSTO mission',CSTO,'The CSTO figure is about 2,500 troops',art=0,note="in the editor's note [DJ: …]")
e(P,'2022-01-07','troop_deployment','Kazakhstan',[CSTO,RDM],'have begun carrying out their tasks in Kazakhstan',art=0)
art(P,1,s2+3,s2+6,'The Moscow Times','2022-01-07',['Nikita Orlov'],None,['#2','The Moscow Times'],ls=s2,le=s3-2)
q(P,'We do not see any connection between these two topics, the talks will take place as planned','Dmitry Peskov','Peskov','said',art=1,note='em-dash cue after the closing mark: ” — Peskov said; full name only in the next paragraph')
# no claims in item 2 ("several" phone calls is vague)
e(P,'2022-01-07','statement',None,['Kremlin','Dmitry Peskov'],'The Kremlin said Friday that the crisis',art=1)
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'scheduled to begin in Geneva on Monday',art=1,note='future')
e(P,None,'talks',None,['Vladimir Putin',TOK],'had held "several" phone calls',art=1,note='"did not say when"')
e(P,'2022-01-09','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'is due to arrive in Geneva on Sunday for a working dinner',art=1,note='future; the working dinner')
art(P,2,s3+3,s3+7,'Riddle Russia','2022-01-08',['Irina Melnikova'],None,['#3','Riddle Russia','(excerpt)'],ls=s3)
q(P,'This was a political decision first and a military one second,','Maxim Dubrovsky','Maxim Dubrovsky','said',art=2,note='inverted cue ", said Maxim Dubrovsky, a ..."')
q(P,"Tokayev needed to show the elites that Moscow was behind him, not Nazarbayev's people.",'Maxim Dubrovsky','Maxim Dubrovsky','said',art=2,note='continuation after the interposed attribution')
q(P,'Russia is the guarantor of the regime now, and everyone in Nur-Sultan understands it,','Maxim Dubrovsky','he','said',art=2,note='"he" = Dubrovsky, named by surname only at the start of the paragraph')
c(P,'troops_deployed',2500,'about','troops deployed in Kazakhstan','Maxim Dubrovsky','roughly 2,500 troops',art=2)
e(P,'2022-01-05','other',None,[TOK,CSTO],'asked the CSTO for help late on January 5',art=2,note='request for CSTO help')

# ---------------- 241 Stratfor-style situation report (Jan 13, 2022, a Thursday)
P='241'
art(P,0,L(P,'Kazakhstan: CSTO Begins'),L(P,'• 06:40 UTC'),'Stratfor','2022-01-13',[],None,
    ['Stratfor Worldview','SITUATION REPORTS','Jan 13, 2022 | 11:20 GMT','Assessment','Worldview',
     "Stratfor, a RANE company, is the world's leading geopolitical intelligence platform.",'Copyright © 2022 Stratfor Enterprises, LLC. All rights reserved.'])
q(P,'fully completed the tasks assigned to them.','Andrei Serdyukov','CSTO forces commander Col. Gen. Andrei Serdyukov','said',partial=True)
q(P,'concrete answers','Alexander Lukashevich',"Russia's permanent representative Alexander Lukashevich",'said',partial=True,note='two-word partial with a speech verb')
c(P,'troops_deployed',2000,'more than','Russian contingent being withdrawn',RDM,'more than 2,000 troops')
c(P,'killed',225,None,'bodies delivered to morgues since the start of the unrest',PGO,'225 bodies had been delivered to morgues')
c(P,'killed',19,None,'members of the security forces among the dead',PGO,'including 19 members of the security forces')
c(P,'detained',9900,None,'people detained',MIA,'9,900 people were detained')
c(P,'detained',1300,'about','people still in custody',MIA,'about 1,300 remain in custody')
e(P,'2022-01-13','other','Almaty',[CSTO,'Andrei Serdyukov'],'A ceremony marking the end of the Collective Security Treaty Organization (CSTO) mission was held in Almaty')
e(P,'2022-01-13','withdrawal','Kazakhstan',[RDM],'the first Il-76 transport aircraft carrying Russian troops had left Kazakhstan')
e(P,'2022-01-13','casualty_report',None,[PGO],"Kazakhstan's Prosecutor General's Office reported")
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia','Alexander Lukashevich'],'the OSCE Permanent Council opened the third round')
e(P,'2022-01-11','statement',None,[TOK],'which Tokayev first announced on Tuesday')
e(P,None,'arrest',None,['Karim Masimov'],'who was detained last week on suspicion of treason',note='"last week": no day (6 January)')

# ---------------- 242 Le Monde in English translation (January 8, 2022, a Saturday)
P='242'
art(P,0,3,4,'Le Monde','2022-01-08',[],None,
    ['Le Monde','International › Asia and Pacific','Le Monde with AFP','Published on January 8, 2022, at 10:03 am (Paris), updated at 4:51 pm','Time to read 3 min.',
     'Translation of an article originally published in French on lemonde.fr; the publisher may only be liable for the French version.','Article reserved for subscribers',
     "Read also: In Kazakhstan, Moscow's troops and the end of the Nazarbayev era",'You have 54.3% of this article left to read. The rest is reserved for subscribers.'])
q(P,'shoot to kill without warning',TOK,'Mr. Tokayev','had said in a televised address',partial=True,note='the wording of his order with a speech verb; the gold excluded only the bare label “shoot to kill”')
q(P,' France calls on all parties to avoid any escalation and to favour dialogue; the use of force must be proportionate ','Jean-Yves Le Drian','he','told reporters',note='« » guillemets with inner spaces kept; the name is in the sentence before')
q(P,'limit their movements','Jean-Yves Le Drian','he','adding',partial=True)
q(P,'The rights and safety of civilians must be guaranteed,','Josep Borrell','he','wrote on Twitter',note='"he" = Borrell, named in the sentence before')
q(P,'the EU is concerned by the reports of deaths and arrests.','Josep Borrell','he','noting',partial=True)
q(P,'Nobody knows who is really in charge at the KNB now,',None,'a Western diplomat based in Nur-Sultan','told Le Monde',note='anonymous source')
q(P,'Masimov was the man who knew everything.',None,'a Western diplomat based in Nur-Sultan','told Le Monde',note='continuation; anonymous source')
c(P,'detained',4404,None,'people arrested since the start of the protests',MIA,'4,404 people have been arrested')
c(P,'killed',164,None,'people who died',"Kazakh Ministry of Health",'164 people had died',note='"later withdrawn without explanation"')
c(P,'other',20000,None,'men who attacked Almaty (per Tokayev)',TOK,'attacked Almaty with 20,000 men')
e(P,'2022-01-08','statement',None,[],'The Kazakh authorities announced on Saturday 8 January the arrest',note='announcement of the arrest')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'had been detained on 6 January')
e(P,'2022-01-05','other',None,[TOK,'Karim Masimov'],'the day after he was dismissed by President Kassym-Jomart Tokayev',note='dismissal; "the day after" resolved from 6 January')
e(P,'2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'removed Mr. Nazarbayev as head of the Security Council on Wednesday')
e(P,'2022-01-07','statement',None,[TOK],'The day before, Mr. Tokayev had said in a televised address')
e(P,'2022-01-07','statement','Paris',['Jean-Yves Le Drian'],'he told reporters on Friday')
e(P,None,'statement',None,['Josep Borrell'],'he wrote on Twitter')
e(P,'2022-01-08','casualty_report',None,['Kazakh Ministry of Health'],'The health ministry said on Saturday')

# ---------------- 243 Facebook post by Lithuania's foreign minister (January 10, year not shown)
P='243'
art(P,0,None,L(P,'Today Russia and the US'),'Facebook','2022-01-10',['Gabrielius Landsbergis'],None,
    ['Gabrielius Landsbergis','January 10 at 9:14 PM · Vilnius, Lithuania ·','See translation','1.2K','243 comments  87 shares','Like','Comment','Share','Most relevant',
     '2d  Like  Reply  214','2d  Like  Reply  96','View more comments'])
q(P,'No decisions about Ukraine without Ukraine, no decisions about Europe without Europe.',None,None,None,note='a slogan the author puts in quote marks; like the gold 004 chorus, speaker null (Landsbergis acceptable)')
q(P,'grateful for the unity of our friends in the Baltic states','Dmytro Kuleba','He','told',partial=True,note='"He" = Kuleba, named in the sentence before')
q(P,'without our European allies and partners','Antony Blinken','Secretary of State Antony Blinken','said',partial=True)
q(P,'as long as necessary','Dmitry Peskov','Peskov','said',partial=True,note='in a reader comment (inside the article span, as in devset15); surname only')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Today Russia and the US sat down in Geneva')
e(P,None,'troop_deployment','Kazakhstan',[],'thousands of troops sent to Kazakhstan within hours',note='"Last week": no day')
e(P,'2022-01-10','talks',None,['Gabrielius Landsbergis','Dmytro Kuleba'],'I spoke this evening with my Ukrainian colleague Dmytro Kuleba')
e(P,'2022-01-11','talks',None,['Gabrielius Landsbergis','EU'],'Tomorrow I will discuss the Geneva talks with EU foreign ministers',note='future')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday NATO Allies will meet Russia in Brussels',note='future')
e(P,'2022-01-09','statement',None,['Antony Blinken'],'who said on Sunday that the United States')

# ---------------- 244 Freedom House statement (January 11, 2022, a Tuesday)
P='244'
art(P,0,3,L(P,'Washington – In response'),'Freedom House','2022-01-11',[],'Washington',
    ['Freedom House','Press Release','January 11, 2022','Background:','Media inquiries: press office, +1 202 555 0143'])
q(P,'The government of Kazakhstan must immediately release everyone detained for peacefully exercising their right to protest and fully restore access to the internet,','Clara Whitfield','Clara Whitfield','said',note='inverted cue ", said Clara Whitfield, ..."')
q(P,'The shoot-to-kill order issued by President Tokayev is an unacceptable response to what began as legitimate grievances over fuel prices and inequality.','Clara Whitfield','Clara Whitfield','said',malformed=True,note='multi-paragraph style: the paragraph is left open (no closing mark); next paragraph re-opens')
q(P,'We call on the authorities to allow an independent, international investigation into the deaths of more than 160 people, including the circumstances of every death in custody. The presence of foreign troops, deployed at Tokayev’s request, must not become a pretext for further repression.','Clara Whitfield','Clara Whitfield',None,malformed=True,note='opens with curly “ and closes with straight "; no attribution in its own paragraph')
q(P,'make clear that there will be consequences','Clara Whitfield','Whitfield','added',partial=True)
c(P,'detained',10000,'almost','people detained after the protests','Kazakh authorities','detained nearly 10,000 people')
c(P,'killed',160,'more than','people killed','Clara Whitfield','the deaths of more than 160 people',note='inside the quote')
c(P,'killed',164,'at least','people killed','officials','at least 164 people had been killed')
c(P,'killed',16,None,'members of the security forces killed','officials','16 members of the security forces')
e(P,'2022-01-11','statement','Washington',['Freedom House','Clara Whitfield'],'Freedom House issued the following statement')
e(P,None,'statement',None,[TOK],"President Kassym-Jomart Tokayev's order to security forces",note='the shoot-to-kill order, no day given (7 January)')
e(P,'2022-01-10','casualty_report',None,['officials'],'Kazakh officials said on Monday')
e(P,'2022-01-05','other','Kazakhstan',[],'The internet was shut down nationwide for five days from January 5',note='internet shutdown')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in (list(variants)+list(special) or list(desc))))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],['Iranian foreign ministry spokesman'],'Iran'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Turkish Foreign Minister'],'Turkey',['The minister']),
 sp('Hamid Rezaei','person',['Hamid Rezaei'],['a lecturer in international relations at the University of Tehran'],'Iran',note='invented'),
 sp('Hulusi Akar','person',['Hulusi Akar','Akar'],['Turkish National Defense Minister'],'Turkey',['The minister']),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev','Amreyev'],['the secretary-general of the Organization of Turkic States'],'Kazakhstan'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President','President','Kazakh leader'],'Kazakhstan',['Mr. Tokayev'],["Tokayev's",'Tokayev’s']),
 sp('Antonio Guterres','person',[],['Secretary-General'],'Portugal',['the Secretary-General'],note='not named in this set; only "the Secretary-General"'),
 sp(RDM,'organisation',['Russian Defense Ministry',"Russia's Defense Ministry"],[],'Russia',['the ministry']),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',note='240: em-dash cue before the full name is given; 243: surname only in a reader comment'),
 sp('Maxim Dubrovsky','person',['Maxim Dubrovsky','Dubrovsky'],['a Moscow-based specialist on Central Asia'],'Russia',['he'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['CSTO forces commander','Col. Gen.'],'Russia'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative"],'Russia'),
 sp('Jean-Yves Le Drian','person',['Jean-Yves Le Drian'],['the French foreign minister'],'France',['he']),
 sp('Josep Borrell','person',['Josep Borrell'],["The European Union's foreign policy chief"],'Spain',['he']),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba'],['my Ukrainian colleague'],'Ukraine',['He']),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States'),
 sp('Clara Whitfield','person',['Clara Whitfield','Whitfield'],['Freedom House’s director for Eurasia programs'],'United States',note='invented'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',[],quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former National Security Committee head'],'Kazakhstan',[],[],quoted=False),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former President'],'Kazakhstan',['Mr. Nazarbayev'],["Nazarbayev's"],quoted=False),
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
