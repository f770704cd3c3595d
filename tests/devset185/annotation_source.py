#!/usr/bin/env python3
"""Source of the devset185 annotation: the hand-chosen spans, values and dates for 1573-1580.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset185/annotation_source.py && python3 tests/devset185/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'

# ---------------- 1573 think-tank "Expert roundtable": three contributors answer one question (January 11, 2022, Tue)
P='1573'
art(P,0,5,10,'Meridian Policy Forum','2022-01-11',['Helen Okafor','Marat Zhunusov','Daniel Ferreira'],None,
    ['Meridian Policy Forum','Research | Programs | Experts | Events | Donate','January 11, 2022 • 6 min read','Related',"Kazakhstan's Succession Puzzle, Revisited",'Privacy Policy | Terms of Use | Contact'],
    ls=4,le=24,sections=(12,16,20))
q(P,'terrorist gangs trained abroad,',TOK,'Tokayev','framed',partial=True,note='cue "framed the unrest as"; the comma is inside the marks')
q(P,'open fire without warning,',TOK,'Tokayev','told',partial=True,note='"When Tokayev told the nation on January 7 that he had ordered …"; contributor Zhunusov is not the speaker')
q(P,'strategic facilities',SER,'General Andrei Serdyukov','said',partial=True,note='two-word partial with a speech verb, kept')
c(P,'troops_deployed',2500,'about','CSTO troops in Kazakhstan',None,'roughly 2,500 troops',note="contributor's own figure, no source given")
c(P,'killed',164,None,'people who died',MIA,'The Interior Ministry says 164 people have died')
e(P,'2022-01-05','statement','Kazakhstan',[TOK,CSTO],'On January 5, President Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help',note='request for CSTO assistance')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'within a day Russian paratroopers were landing near Almaty',note='"within a day" of January 5')
e(P,'2022-01-07','statement','Kazakhstan',[TOK],'told the nation on January 7')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'At the virtual CSTO summit on Monday',note='Monday resolved from the page date (Tue 11 Jan)')

# ---------------- 1574 literary-magazine book review that turns to the unrest (Posted 9 January 2022, Sun)
P='1574'
art(P,0,6,16,'The Northern Review','2022-01-09',['Clara Whitcombe'],None,
    ['THE NORTHERN REVIEW','Books | Essays | Poetry | Archive | Subscribe','BOOKS','Issue 47 · Posted 9 January 2022','Harcourt & Lowe, 384 pp., £25','Clara Whitcombe is a contributing editor of The Northern Review.','MORE FROM BOOKS','The Northern Review · Edinburgh · ISSN 2041-7731'],
    ls=6,le=24)
q(P,'treated the state as a family firm,','Arman Seitov','He','writes',partial=True,note='words from the reviewed book; present-tense cue "writes"')
q(P,'the one institution nobody in Akorda fully controls.','Arman Seitov','Seitov','calling',partial=True,note='"his chapter ends by calling the committee" - the book as speaker, credited to its author')
q(P,'I would rather be wrong in print than right in a revised edition,','Arman Seitov','he','said',note='telephone interview with the reviewer; "Seitov told me" in the previous sentence')
q(P,'a group of very profitable companies',TOK,'Tokayev','has said',partial=True)
e(P,'2022-01-02','protest','Zhanaozen',[],'on 2 January, drivers in Zhanaozen protested')
e(P,'2022-01-05','protest','Almaty',[],"by 5 January crowds in Almaty had stormed the mayor's office")
e(P,'2022-01-08','arrest',None,['Karim Masimov'],'On 8 January Masimov was detained on suspicion of treason')

# ---------------- 1575 Sunday diary column, one entry per weekday (Sunday 9 January 2022)
P='1575'
art(P,0,6,13,'The Wessex Courier','2022-01-09',['Robert Haines'],None,
    ['The Wessex Courier','News  Sport  Opinion  Lifestyle  Puzzles','Opinion | Columnists','Sunday 9 January 2022, 6:00 am','Robert Haines writes every Sunday. Email: r.haines@wessexcourier.example','More from Robert Haines','Comments (12)','Sort by: Newest','© Wessex Courier Media Ltd 2022'],
    ls=6,le=31,sections=(12,15,18,21,24,27,30))
q(P,'Gas is expensive, people are angry, but it is calm here.',None,'She','messages',note="the columnist's neighbour's daughter, never named; text message")
q(P,'INTERNET OFF.',None,'Her message',None,note='a text message quoted whole; two words but reproduced speech, not a scare quote')
q(P,'for a limited period.','Dmitry Peskov','Dmitry Peskov','says',partial=True)
q(P,'We are ok. Lots of soldiers. Shops closed.',None,'A message',None,note='same unnamed teacher; no cue verb')
c(P,'detained',4400,'about','people detained',MIA,'Around 4,400 people have been detained')
e(P,'2022-01-05','government_resignation','Kazakhstan',[],'The government resigned overnight',note='WEDNESDAY entry of a diary published Sun 9 Jan')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'Tokayev has declared a state of emergency')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'Russian planes at Almaty airport',note='THURSDAY entry')
e(P,'2022-01-07','statement','Kazakhstan',[TOK],'he has authorised his forces to shoot to kill',note='FRIDAY entry')
e(P,'2022-01-10','talks','Geneva',[],'Diplomats gather in Geneva tomorrow',note='"tomorrow" from the Sunday entry')

# ---------------- 1576 think-tank policy brief with numbered lessons (12 January 2022, Wed)
P='1576'
art(P,0,4,9,'Ostrova Institute for Security Studies','2022-01-12',['Piotr Lewandowski'],None,
    ['OSTROVA INSTITUTE FOR SECURITY STUDIES','POLICY BRIEF No. 3/2022 | 12 January 2022','About the author: Piotr Lewandowski is a research fellow at the Ostrova Institute.','Page 1 of 1'],
    ls=4,le=28,sections=(8,11,14,17,20,23,26))
q(P,'a collective decision of all member states','Stanislav Zas','Stanislav Zas','insisted',partial=True,note='comma outside the closing mark')
q(P,'a textbook example',RYA,'Sergey Ryabkov','said',partial=True)
q(P,'significant differences','Jens Stoltenberg','Jens Stoltenberg','said',partial=True)
c(P,'troops_deployed',2030,'about','CSTO personnel in Kazakhstan',CSTO,'roughly 2,030 personnel announced by the CSTO')
c(P,'troops_deployed',70,None,'Armenian contingent',None,'Armenia sent 70')
c(P,'detained',9900,None,'people detained','Kazakh authorities','9,900 people have been detained')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'forces to Kazakhstan on 6 January')
e(P,'2022-01-10','talks','Geneva',[RYA],'speaking in Geneva on 10 January')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev announced on 11 January that the withdrawal would begin in two days')
e(P,'2022-01-12','talks','Brussels',['Jens Stoltenberg','NATO'],'after the NATO-Russia Council on 12 January')

# ---------------- 1577 newspaper opinion page: guest column, editorial, letters (Thursday, January 13, 2022)
P='1577'
art(P,0,9,12,'The Harbour Times','2022-01-13',['Margaret Lindqvist'],None,['THE HARBOUR TIMES','OPINION','Thursday, January 13, 2022','---','GUEST COLUMN','Margaret Lindqvist is a former diplomat.'],ls=8,le=16)
art(P,1,21,23,'The Harbour Times','2022-01-13',[],None,['OUR VIEW'],ls=20,le=23)
art(P,2,28,30,'The Harbour Times','2022-01-13',['Alan Price','Janet Osei'],None,['LETTERS','- Alan Price, Bayview','- Janet Osei, North Quay','The Harbour Times welcomes letters. Send them to letters@harbourtimes.example.'],ls=27,le=34)
q(P,"slam closed NATO's open-door policy.",SHE,'Wendy Sherman','said',art=0,partial=True)
q(P,'ironclad, waterproof, bulletproof',RYA,'Sergey Ryabkov','said',art=0,partial=True)
q(P,'a frank and forthright discussion,',SHE,'Sherman','said',art=0,partial=True)
q(P,'20,000 bandits',TOK,'President Tokayev','speaks of',art=1,partial=True,note='a number inside a two-word partial; also a claim')
c(P,'troops_deployed',100000,'about',"Russian troops near Ukraine's border",None,"about 100,000 Russian troops sit near Ukraine's border",art=0)
c(P,'killed',164,None,'people who died','Kazakh government','164 people died',art=1)
c(P,'injured',2000,'more than','people injured','Kazakh government','more than 2,000 people were injured',art=1)
c(P,'other',20000,None,'"bandits" said to have attacked Almaty',TOK,'"20,000 bandits" attacking Almaty',art=1,note='figure inside a partial quote; the editorial says no evidence was offered')
e(P,'2022-01-10','talks','Geneva',[SHE,RYA],'Seven hours of talks in Geneva on Monday',art=0)
e(P,'2022-01-12','talks','Brussels',[],'in Brussels on Wednesday',art=0,note='NATO-Russia Council')
e(P,'2022-01-13','talks','Vienna',[],'in Vienna today',art=0,note='OSCE Permanent Council')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the alliance said on Thursday that the first units had begun to depart',art=2,note='letter on the Thursday page speaks of "Thursday"')

# ---------------- 1578 university department politics blog (Posted on January 14, 2022, Fri)
P='1578'
art(P,0,6,11,'Politics & Society Blog','2022-01-14',['Aigerim Nurlanova'],None,
    ['Politics & Society Blog','Department of Government, University of Eastmoor','Home  About  Contributors  Submit','Estimated reading time: 4 minutes','About the author','Leave a comment'],ls=6,le=19)
q(P,'terrorist aggression,',TOK,'Tokayev','framing',partial=True,note='two-word evaluative wording credited to Tokayev by "framing"; kept like "foreign aggression," in gold')
q(P,"an attempted coup d'état.",TOK,'he','told',partial=True)
q(P,'successfully completed',TOK,'Tokayev','said',partial=True,note='full stop outside the closing mark')
q(P,'the fear is back in the kitchens.',None,'one Almaty lawyer','put it',note='unnamed lawyer')
c(P,'detained',10000,'about','people detained',MIA,'around 10,000 people were detained')
e(P,'2022-01-10','talks',None,[TOK,CSTO],'At the CSTO video summit on 10 January')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'In his speech to parliament on 11 January')
e(P,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'parliament approved him the same day')
e(P,None,'arrest',None,['Karim Masimov'],'was arrested',note='no date given in the text (announced 8 Jan)')

# ---------------- 1579 think-tank newsletter "What We're Reading" (Friday, 7 January 2022)
P='1579'
art(P,0,2,7,'Caspian Watch','2022-01-07',[],None,
    ['Caspian Watch','Friday, 7 January 2022','Compiled by the Caspian Watch research team','Unsubscribe | Forward to a friend'],ls=2,le=22,sections=(9,12,15,18,21))
q(P,'was always subsidised, and the subsidy just ran out.',None,'The author',None,partial=True,note='unnamed author of a recommended piece; "The best line:" has no speech verb')
q(P,'external interference.','Nikol Pashinyan','Nikol Pashinyan','as saying',partial=True)
q(P,'the most complete we have recorded in the region.','Lena Vogt','Lena Vogt','says',partial=True)
c(P,'killed',18,None,'members of the security forces killed','state television','reported 18 members of the security forces killed')
c(P,'injured',1000,'more than','people injured','state television','more than 1,000 people injured')
e(P,'2022-01-01','other','Kazakhstan',[],'the lifting of a price cap on liquefied gas on 1 January')
e(P,'2022-01-05','other','Kazakhstan',[],'the shutdown that began on 5 January',note='internet shutdown')

# ---------------- 1580 translated Russian newspaper column (originally 13 January 2022, Thu)
P='1580'
art(P,0,4,13,'Russia in Translation','2022-01-13',['Igor Belsky'],None,
    ['Russia in Translation','Selected columns from the Russian press, translated into English','Translated by Anna Ford',"[End of translation. The views expressed are the columnist's.]",'Russia in Translation is a reader-funded project. Support us on our website.'],
    ls=4,le=25,sections=(11,17,21))
q(P,'can act quickly and responsibly.','Sergey Lavrov','Sergey Lavrov','said',partial=True)
q(P,'the drumbeat of war is sounding loud.','Michael Carpenter','Michael Carpenter','said',partial=True)
q(P,'carried out every task set for them.',SER,'General Andrei Serdyukov','told',partial=True)
c(P,'aircraft',75,None,'planes carrying troops and equipment','Russian Defence Ministry','75 planes carried troops')
e(P,'2022-01-13','statement',None,['Sergey Lavrov'],'Foreign Minister Sergey Lavrov said on Thursday')
e(P,None,'statement','Vienna',['Michael Carpenter','OSCE'],'said in Vienna',note='no date in the text (13 Jan OSCE meeting)')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'On Thursday the withdrawal began')
e(P,None,'other','Almaty',[TOK],'President Tokayev thanked the troops at a ceremony')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he'],note='real; words paraphrased'),
 sp(SER,'person',['Andrei Serdyukov'],['General'],'Russia',note='real; words invented'),
 sp('Arman Seitov','person',['Arman Seitov','Seitov'],[],'Kazakhstan',['He','he'],note='invented author of an invented book'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['The Kremlin spokesman'],'Russia',note='real; words paraphrased'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['Secretary General'],'Belarus',note='real CSTO secretary general; words invented'),
 sp(RYA,'person',['Sergey Ryabkov'],['Deputy Foreign Minister'],'Russia',note='real; "ironclad…" paraphrased, "a textbook example" invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='real; words paraphrased'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',note='real; words paraphrased'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['the Armenian prime minister'],'Armenia',note='real; words paraphrased'),
 sp('Lena Vogt','person',['Lena Vogt'],['a cybersecurity researcher'],None,note='invented'),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],['Foreign Minister'],'Russia',note='real; words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['the American ambassador to the OSCE'],'United States',note='real; words paraphrased'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of a troop figure; not quoted'),
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
