#!/usr/bin/env python3
"""Source of the devset28 annotation: the hand-chosen spans, values and dates for 317-324.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset28/annotation_source.py && python3 tests/devset28/verify.py
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
def bl(p,*nums):
    """boilerplate lines by number (exact line text, keeps tabs/indentation)"""
    L=T[doc(p)].split('\n'); return [L[n-1] for n in nums]
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
KZMOH='Kazakh Ministry of Health'; KA='Kazakh authorities'
NZMFAT='New Zealand Ministry of Foreign Affairs and Trade'; KZMISD='Kazakh Ministry of Information and Social Development'
ILMFA='Israeli Foreign Ministry'; AFMIC='Afghan Ministry of Industry and Commerce'

# ---------------- 317 CSIS-style event summary (January 12, 2022, Wed; panel recorded Tue 11 Jan)
art('317',0,4,17,'CSIS','2022-01-12',['Emily Chou'],None,
    bl('317',1,2,3,5,6,8,9,10,11,12,13,15,33,34,35,36),
    sections=(ln('317','Key takeaways'),ln('317','Audience questions')))
q('317','What started as a quarrel about the price of liquefied gas became, in less than a week, the worst crisis in thirty years of independence,','Jonathan Pryce','he','said',note='he = Pryce (moderator), surname-only antecedent at the start of the paragraph; "thirty years" is not a claim')
q('317','Moscow has shown that it can put a brigade into another country overnight, as long as it holds an invitation,','Maria Lindqvist','Lindqvist','said')
q('317','a calculated display of restraint','Maria Lindqvist','She','called',partial=True)
q('317','People here did not see Russian soldiers on the streets. They saw them at the airport and at power stations, and now they are going home,','Timur Akhmetov','he','said',note='"Timur Akhmetov, speaking from Almaty, pushed back." then the quote + "he said"')
q('317','far from finished.','Timur Akhmetov','he','said',partial=True,note='"he pointed to … and said the struggle was “far from finished.”" — full stop inside the mark; Masimov is the nearest name (trap)')
q('317','rewritten its own job description','David Renner','his','In his view',partial=True,note='no speech verb: attribution only by "In his view" (his = Col. Renner); borderline between partial quote and paraphrase with a quoted phrase')
q('317','Every leader in the region watched this week and took notes,','David Renner','the colonel','added',note='title-only mention "the colonel"')
q('317','I would not draw a straight line from Almaty to Donbas. But the logistics are the same logistics,','Maria Lindqvist','she','said',note='answer to an audience question; she = Lindqvist')
c('317','troops_deployed',2030,'about','CSTO personnel in Kazakhstan',CSTO,'about 2,030 personnel',note='"the CSTO says"')
c('317','other',250,None,'pieces of CSTO equipment',CSTO,'250 pieces of equipment',note='equipment count, same sentence as the 2,030 personnel (devset 302/310 use `other`)')
c('317','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('317','killed',164,'at least','people died in the unrest','officials','at least 164 people died',note='"officials have said"')
c('317','killed',16,None,'members of the security forces killed','officials','including 16 members of the security forces',note='subset of the 164 but with its own subject (security forces), kept as a claim')
e('317','2022-01-11','other',None,['CSIS'],'the CSIS Russia and Eurasia Program hosted a virtual discussion',note='"On Tuesday" from Wednesday 12 Jan (also printed "Recorded Tuesday, January 11, 2022")')
e('317','2022-01-11','statement',None,[TOK],'President Kassym-Jomart Tokayev told parliament',note='"on the same day" as the panel')
e('317','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the mission would begin to withdraw in two days',note='"in two days" from Tuesday 11 Jan')
e('317','2022-01-02','protest','Zhanaozen',[],'began in the western town of Zhanaozen on January 2')
e('317',None,'protest','Almaty',[],'reached Almaty within three days',note='"within three days" is a span, not a day (real: 4-5 Jan)')
e('317','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'landed near Almaty on January 6')
e('317','2022-01-10','talks','Geneva',['Russia','United States'],'the Geneva talks held the day before',note='"the day before" the Tuesday panel')
e('317','2022-01-08','arrest',None,['Karim Masimov'],'announced on January 8',note='date of the announcement as printed (the detention itself was on 6 Jan, not stated here)')
e('317','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry reported on Tuesday')
e('317','2022-01-12','talks','Brussels',['Russia','NATO'],'due to meet in Brussels on Wednesday')
e('317','2022-01-13','talks','Vienna',['OSCE'],'the OSCE will convene in Vienna on Thursday')

# ---------------- 318 Wikinews article (Saturday, January 8, 2022)
art('318',0,4,7,'Wikinews','2022-01-08',[],None,
    bl('318',1,2,3,5,19,20,21,23,24,25,26,28,29,30))
q('318','without warning',TOK,'Kassym-Jomart Tokayev','said',n=2,partial=True,note='two-word partial with a speech verb (as devset 303); the headline has it single-quoted (excluded)')
q('318','Those who do not surrender will be destroyed. I have given the order to law enforcement and the army to shoot to kill,',TOK,'Tokayev','said',note='"shoot to kill" inside a full quote (the phrase alone would be a label)')
q('318','what negotiations can there be with criminals and murderers?',TOK,'He','asking',partial=True,note='question partial after "asking"; the one-word "nonsense" in the same sentence is excluded')
q('318','History suggests that once Russian troops are invited into a country, they are not always in a hurry to leave,','Antony Blinken','he','told',note='"he told reporters on Friday"; he = Blinken, named in the sentence before')
q('318','limited in time','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('318','highly responsible','Xi Jinping','Chinese president Xi Jinping','praising',partial=True,note='written message reported by CCTV ("… CCTV reported" at the end); two-word evaluative partial')
c('318','killed',26,None,'protesters killed',MIA,'26 protesters had been killed',note='"According to Kazakhstan\'s Interior Ministry"')
c('318','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died by Friday')
c('318','injured',748,None,'police officers injured',MIA,'748 police officers were injured')
c('318','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained across the country')
c('318','aircraft',70,'more than','Il-76 aircraft flying troops in',RDM,'more than 70 Il-76 aircraft')
c('318','troops_deployed',2500,'about','size of the CSTO contingent',CSTO,'its contingent would number about 2,500')
e('318','2022-01-07','statement',None,[TOK],'said on Friday that he had authorised security forces')
e('318','2022-01-02','protest','Zhanaozen',[],'The protests started on January 2 in Zhanaozen')
e('318','2022-01-05','government_resignation',None,[TOK],'On Wednesday, Tokayev dismissed the cabinet')
e('318','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency and asked',note='same sentence as "On Wednesday"')
e('318','2022-01-05','other',None,[TOK,CSTO],'asked the CSTO for help',note='request for CSTO help, same sentence as "On Wednesday"')
e('318','2022-01-05','other',None,[CSTO],'The alliance agreed the same night.',note='CSTO decision; "the same night" as Wednesday 5 Jan')
e('318','2022-01-05','other','Kazakhstan',[],'internet access has been largely cut since Wednesday',note='internet shutdown')
e('318','2022-01-07','statement',None,[RDM],"Russia's Defence Ministry said on Friday")
e('318','2022-01-07','statement',None,['Antony Blinken'],'he told reporters on Friday')
e('318',None,'statement',None,['Xi Jinping',TOK],'sent a message to Tokayev',note='undated (real: 7 Jan)')

# ---------------- 319 RNZ item (7:41 am on 8 January 2022 NZ time, Sat; = 7 Jan UTC)
art('319',0,4,11,'RNZ','2022-01-08',[],None,
    bl('319',1,2,3,5,6,7,9,35,37,38,39),
    sections=(ln('319','New Zealanders urged to shelter in place'),))
q('319','largely been restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('319','There was a well-prepared attack on Almaty by bandits and terrorists, both local and foreign,',TOK,'Tokayev','said',note='stand-alone paragraph, first half of a split quote')
q('319','Now they must be destroyed, and this will be done soon.',TOK,'Tokayev','said',note='second half after the interposed "Tokayev said."')
q('319','We strongly advise New Zealanders in Kazakhstan to stay where they are, avoid any protests and follow the instructions of local authorities,',NZMFAT,'an MFAT spokesperson','said',note='unnamed spokesperson → the ministry (as devset 304 "UK Foreign Office")')
q('319','Tokayev has bought short-term stability at the price of long-term dependence,','Aroha Whitlock','she','said',note='a name (Tokayev) inside the quote; she = Dr Aroha Whitlock (invented)')
q('319','The question is what the Kremlin will ask for in return.','Aroha Whitlock','she','said',note='continuation after the interposed "she said."')
c('319','killed',26,None,'"armed criminals" killed','Kazakh officials','26 "armed criminals" had been killed',note='label "armed criminals" excluded from quotes')
c('319','detained',3000,'more than','people detained','Kazakh officials','more than 3,000 people detained')
c('319','killed',18,None,'members of the security forces killed','Kazakh officials','18 members of the security forces had died',note='"two of them found beheaded" is a subset, not a claim (devset19/26)')
c('319','other',20000,None,'militants who attacked Almaty (Tokayev\'s figure)',TOK,'put their number in Almaty alone at 20,000',note='number after its verb phrase')
c('319','troops_deployed',2500,'about','CSTO troops taking part',CSTO,'about 2,500 troops will take part')
e('319',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'The first planeloads of Russian paratroopers have landed',note='undated (real: 6 Jan)')
e('319',None,'casualty_report',None,['Kazakh officials'],'Kazakh officials said overnight',note='"overnight" is not resolved (the NZ date line is a day ahead of Kazakhstan)')
e('319','2022-01-07','statement',None,[TOK],'said on Friday, local time',note='Friday before Saturday 8 Jan (NZ); "local time" = Kazakhstan')
e('319',None,'statement',None,[NZMFAT],'an MFAT spokesperson said')
e('319','2022-01-02','protest','Zhanaozen',[],'The unrest began on Sunday in the oil town of Zhanaozen',note='"on Sunday" read back from Saturday 8 Jan → 2 Jan')
e('319','2022-01-05','other','Kazakhstan',[],'Internet access across the country has been cut since Wednesday',note='internet shutdown')
e('319','2022-01-10','talks','Geneva',['United States','Russia'],'security talks in Geneva on Monday',note='future, Monday after Saturday 8 Jan')

# ---------------- 320 Cloudflare-style network blog post (07 Jan 2022, Fri)
art('320',0,5,10,'The Cloudflare Blog','2022-01-07',['Lena Sorensen'],None,
    bl('320',1,2,3,4,6,7,8,16,36,38,39,40,42,43,44),
    sections=(ln('320','The timeline'),ln('320','What the government said'),ln('320','The partial restoration')))
q('320','restrictions introduced in accordance with the law on the state of emergency.','Kazakhtelecom','Kazakhtelecom','blamed',partial=True,note='company as speaker; cue "blamed the outage on"; full stop inside the mark')
q('320','the coordination of attacks by terrorist groups',KZMISD,'The Ministry of Information and Social Development','said',partial=True,note='comma outside the closing mark, then "adding that"')
q('320','so-called free media',TOK,'President Kassym-Jomart Tokayev','complained',partial=True,note='three-word phrase with "so-called": borderline between partial and label; kept because a speech verb attributes it')
q('320','The internet will be restored in stages, region by region, as order returns,',TOK,'he','said')
q('320','Kazakhstan has gone dark: national connectivity is down to a small fraction of ordinary levels, which will make it very hard to report what is happening,','NetBlocks','the group','wrote',note='tweet; "the group" = NetBlocks')
c('320','other',20000,None,'"bandits" who attacked Almaty (Tokayev\'s figure)',TOK,'20,000 bandits had attacked Almaty')
c('320','killed',26,None,'attackers killed',MIA,'26 attackers had been killed')
c('320','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('320','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
e('320','2022-01-05','other','Kazakhstan',[],'Since the morning of January 5',note='nationwide internet shutdown')
e('320','2022-01-04','other','western Kazakhstan',[],'Traffic from Kazakhstan started to fall on Tuesday evening',note='mobile data cut in the west; Tuesday before Friday 7 Jan')
e('320',None,'statement',None,['Kazakhtelecom'],'Kazakhtelecom blamed the outage')
e('320',None,'statement',None,[KZMISD],'The Ministry of Information and Social Development said the measure was temporary')
e('320','2022-01-07','statement',None,[TOK],'In an address to the nation on Friday')
e('320','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry reported on Friday')
e('320','2022-01-07','other','Almaty',[],'At around 07:00 UTC today, traffic from Almaty rose again',note='partial restoration, "today" = publication day (also "this morning" in the intro)')
e('320','2022-01-05','statement',None,['NetBlocks'],'the group wrote on Twitter on Wednesday')

# ---------------- 321 Hacker News thread ("2 days ago"; no date)
art('321',0,2,9,'Hacker News',None,[],None,
    bl('321',1,3,5,7,11,15,19,23,27,31,35,39,43,47,48))
q('321','The shooting near the square went on all night. Nobody knows who is shooting at whom.',None,'One of them','wrote',note='an anonymous friend of the commenter (message over a satellite link)')
q('321','The internet will be restored in stages, region by region, as order returns,',TOK,'Tokayev','said',note='quoted from the linked article inside a comment ("From the linked article:")')
q('321','for a limited period of time','Nikol Pashinyan','the Armenian PM','according to',partial=True,note='"…, according to the Armenian PM who chairs it"; named only in the next sentence')
q('321','will not take part in operations against the population','Nikol Pashinyan','Nikol Pashinyan','wrote',partial=True)
q('321','I have never been this afraid, not even in 1986.',None,'My mother','told',note='the commenter\'s mother (anonymous); a year inside the quote')
c('321','killed',18,None,'security officers killed',MIA,'18 security officers were killed',note='a commenter citing the article ("Per the article, the Interior Ministry says")')
c('321','detained',2000,'more than','people detained',MIA,'more than 2,000 people detained')
c('321','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were "liquidated"',note='"The ministry also claims"; both scare-quoted words excluded from quotes')
c('321','troops_deployed',2500,'about','CSTO troops',CSTO,'about 2,500 troops',note='"The alliance says"')
e('321','2022-01-02','protest','Zhanaozen',[],'the protests began on January 2 in Zhanaozen')
e('321',None,'other','Almaty',[],'no connectivity since Wednesday morning',note='no publication date, so "Wednesday" is not resolved (real: 5 Jan)')
e('321',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia is sending paratroopers under the CSTO')
e('321',None,'statement',None,['Nikol Pashinyan'],'Nikol Pashinyan wrote that the forces')

# ---------------- 322 Radio Prague International item (10/01/2022, Mon)
art('322',0,5,10,'Radio Prague International','2022-01-10',['Ondřej Brázda'],None,
    bl('322',1,2,3,4,6,7,8,24,25,26,27,28))
q('322','I am glad that everyone is home safe. The embassy in Nur-Sultan worked around the clock when there was no internet and hardly any telephone connection,','Jan Lipavský','the minister','told',note='"the minister told reporters at Kbely"; named in the sentence before')
q('322','with great attention','Jan Lipavský','Lipavský','said',partial=True)
q('322','Kazakhstan is a sovereign state, and its problems must be solved by its own citizens, not by foreign soldiers,','Jan Lipavský','he','added')
q('322','Our members want to stay. Kazakhstan is a long-term market, not a place you leave after one bad week,','Radek Šimek','Šimek','said',note='invented industry representative')
q('322','We heard shooting from the direction of the main square until morning. Then the phones went dead and we simply waited,','Petra Nováková','she','said',note='invented passenger')
c('322','killed',164,None,'people died since the protests began',KA,'164 people have died since the protests began',note='"According to the Kazakh authorities"')
c('322','detained',6000,'almost','people detained',KA,'almost 6,000 people have been detained')
c('322','troops_deployed',2000,'about','CSTO soldiers guarding key sites',CSTO,'some 2,000 soldiers',note='"some" → about; "The CSTO says"')
e('322','2022-01-09','other','Prague',['Czech Republic'],"landed at Prague's Kbely airport on Sunday evening",note='evacuation flight; the 41 passengers are not a claim')
e('322','2022-01-09','statement','Prague',['Jan Lipavský'],'the minister told reporters at Kbely',note='no day word; dated from the Sunday arrival he attended')
e('322','2022-01-05','protest','Almaty',[],'the worst moment came on Wednesday night',note='shooting in Almaty; Wednesday before Monday 10 Jan')
e('322','2022-01-10','talks','Geneva',['Russia','United States'],'began security talks in Geneva on Monday')
e('322','2022-01-13','talks','Vienna',['OSCE','Czech Republic'],'the OSCE meeting in Vienna on Thursday',note='future')

# ---------------- 323 Times of Israel article (7 January 2022, 4:52 pm, Fri)
art('323',0,3,4,'The Times of Israel','2022-01-07',[],None,
    bl('323',1,2,5,6,7,9,27,29,30,31,32))
q('323','We opened the doors to anyone who was afraid to be at home alone. Elderly people came, families with children came, and we cooked for everyone,','Shmuel Katzman','Rabbi Shmuel Katzman','said',note='inverted cue ", said Rabbi Shmuel Katzman, who runs …" (invented person)')
q('323','under emergency conditions','Lior Haiat','Spokesman Lior Haiat','said',partial=True,note='words invented')
q('323','The Jewish community here has lived peacefully with its neighbors for generations, and I am sure it will be so again,','Shmuel Katzman','Katzman','said')
q('323','But this week nobody in Almaty slept.','Shmuel Katzman','Katzman','said',note='second half after the interposed "Katzman said."')
c('323','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('323','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('323','detained',3811,None,'people detained',MIA,'3,811 people had been detained')
c('323','troops_deployed',2500,'about','size of the CSTO force',CSTO,'put the size of its force at about 2,500')
e('323','2022-01-06','other','Almaty',[],"spent Thursday night inside the city's main synagogue",note='Thursday before Friday 7 Jan')
e('323','2022-01-07','statement',None,['Shmuel Katzman'],'a community leader said Friday')
e('323',None,'statement',None,[ILMFA],"Israel's Foreign Ministry said it was in contact")
e('323','2022-01-02','protest',None,[],'which started on January 2')
e('323','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said Friday')
e('323','2022-01-07','statement',None,[TOK],'On Friday, President Kassym-Jomart Tokayev said he had ordered troops')
e('323','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a day after the first soldiers',note='"a day after" the Friday order')
e('323','2022-01-05','other','Almaty',[],'since the airport was seized on Wednesday',note='seizure of Almaty airport')

# ---------------- 324 TOLOnews business item (Sun, Jan 09 2022)
art('324',0,4,10,'TOLOnews','2022-01-09',['Sayed Jawad Hashimi'],None,
    bl('324',1,2,3,5,6,7,8,30,31,32))
q('324','Every day we ask the Uzbek side when the wagons will move, and every day they say tomorrow. More than 300 wagons of flour are waiting at the border,','Abdul Wahid','Haji Abdul Wahid','said',note='inverted cue; "Haji" honorific; "300 wagons" inside the quote is not a claim')
q('324','People have no money. If the price goes up another hundred afghanis, many families will not be able to buy bread,','Mohammad Nasim','he','said')
q('324','We are working to make sure the shipments resume as soon as possible, and there is no reason for concern about shortages,','Abdul Qadir Rahimi','Abdul Qadir Rahimi','said',note='inverted cue with apposition ", a spokesman for the ministry" (invented person)')
q('324','through dialogue and without bloodshed,','Zabihullah Mujahid','Zabihullah Mujahid','said in a tweet',partial=True,note='comma inside the closing mark; words invented')
q('324','One crisis in one country, and bread in Kabul becomes more expensive. This is our weakness,','Ahmad Fawad Noori','Noori','said',note='invented economist')
c('324','detained',5800,None,'people detained in Kazakhstan',KA,'5,800 people had been detained')
c('324','killed',164,None,'deaths in the unrest',KZMOH,'the health ministry has reported 164 deaths')
c('324','troops_deployed',2000,'more than','CSTO troops in Kazakhstan',None,'more than 2,000 in number',note='the alliance is only the subject; no source')
e('324','2022-01-06','statement',None,['Zabihullah Mujahid'],'said in a tweet on Thursday',note='Thursday before Sunday 9 Jan')
e('324','2022-01-02','protest',None,[],'began over fuel prices on January 2')
e('324','2022-01-05','protest','Almaty',[],'turned violent in Almaty on Wednesday')
e('324','2022-01-08','casualty_report',None,[KA],'Kazakh authorities said on Saturday')
e('324',None,'troop_deployment','Kazakhstan',[CSTO],'arrived in Kazakhstan last week',note='"last week" is not a day')
e('324','2022-01-09','other','Hairatan',[],'Officials at the Hairatan port said on Sunday',note='rail traffic resumes')
e('324',None,'statement',None,[AFMIC],'said it was in contact with Kazakh and Uzbek officials')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Jonathan Pryce','person',['Jonathan Pryce','Pryce'],['Director, Russia and Eurasia Program'],'United States',['he'],note='invented moderator'),
 sp('Maria Lindqvist','person',['Maria Lindqvist','Lindqvist'],['Senior Fellow, Russia and Eurasia Program'],None,['She','she'],note='invented panelist'),
 sp('Timur Akhmetov','person',['Timur Akhmetov','Akhmetov'],['Visiting Scholar, Eurasia Institute of Almaty'],'Kazakhstan',['he'],note='invented panelist'),
 sp('David Renner','person',['David Renner','Renner'],['Senior Adviser, International Security Program'],'United States',['the colonel','his'],['Col. (Ret.) David Renner','Col. Renner'],note='invented panelist'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['He','he']),
 sp('Antony Blinken','person',['Antony Blinken'],['United States Secretary of State'],'United States',['he']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese president'],'China'),
 sp(NZMFAT,'organisation',['Ministry of Foreign Affairs and Trade','MFAT'],[],'New Zealand',['an MFAT spokesperson']),
 sp('Aroha Whitlock','person',['Aroha Whitlock'],['Victoria University of Wellington lecturer'],'New Zealand',['she'],['Dr Aroha Whitlock'],note='invented'),
 sp('Kazakhtelecom','organisation',['Kazakhtelecom'],[],'Kazakhstan'),
 sp(KZMISD,'organisation',['Ministry of Information and Social Development'],[],'Kazakhstan'),
 sp('NetBlocks','organisation',['NetBlocks'],[],None,['the group']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['the Armenian PM who chairs it'],'Armenia',['the Armenian PM']),
 sp('Jan Lipavský','person',['Jan Lipavský','Lipavský'],['Foreign Minister'],'Czech Republic',['the minister','he'],note='words invented'),
 sp('Radek Šimek','person',['Radek Šimek','Šimek'],['of the Confederation of Industry'],'Czech Republic',note='invented'),
 sp('Petra Nováková','person',['Petra Nováková'],['a teacher who spent three years in Almaty'],'Czech Republic',['she'],note='invented'),
 sp('Shmuel Katzman','person',['Shmuel Katzman','Katzman'],['who runs a Jewish community center in the city'],'Kazakhstan',['a community leader'],['Rabbi Shmuel Katzman'],note='invented'),
 sp('Lior Haiat','person',['Lior Haiat'],['Spokesman'],'Israel',note='words invented'),
 sp('Abdul Wahid','person',['Abdul Wahid'],['a flour importer in Mazar-e-Sharif'],'Afghanistan',[],['Haji Abdul Wahid'],note='invented; "Haji" honorific'),
 sp('Mohammad Nasim','person',['Mohammad Nasim'],['Another trader'],'Afghanistan',['he'],note='invented'),
 sp('Abdul Qadir Rahimi','person',['Abdul Qadir Rahimi'],['a spokesman for the ministry'],'Afghanistan',note='invented'),
 sp('Zabihullah Mujahid','person',['Zabihullah Mujahid'],['spokesman for the Islamic Emirate'],'Afghanistan',note='words invented'),
 sp('Ahmad Fawad Noori','person',['Ahmad Fawad Noori','Noori'],['Economist'],'Afghanistan',note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the ministry'],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance'],[],quoted=False,note='source of troop figures in every file; not quoted here'),
 sp(RDM,'organisation',["Russia's Defence Ministry"],[],'Russia',[],[],quoted=False,note='318 and 319; not quoted'),
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
