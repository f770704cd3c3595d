#!/usr/bin/env python3
"""Source of the devset33 annotation: the hand-chosen spans, values and dates for 357-364.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset33/annotation_source.py && python3 tests/devset33/verify.py
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
MEA='Indian Ministry of External Affairs'

# ---------------- 357 The Hindu-style piece (January 08, 2022, a Saturday)
art('357',0,3,7,'The Hindu','2022-01-08',[],'NEW DELHI',
    ['THE HINDU','Home | News | International','Special Correspondent','NEW DELHI, January 08, 2022 22:10 IST','Updated: January 08, 2022 23:41 IST',
     'Also Read | Tokayev orders forces to fire without warning','Published - January 08, 2022 10:10 pm IST','Read more stories on','COMMENTS','SHARE','Printable version | Jan 9, 2022 8:44:13 am'])
q('357','closely following',MEA,'the Ministry of External Affairs','said',partial=True,note='two-word partial with a speech verb after the quote')
q('357','Our nationals are safe and we are in contact with the student associations in Almaty and Semey,','Arindam Bagchi','he','told',note='"he told reporters"; he = Bagchi named in the sentence before')
q('357','We hope the situation will stabilise quickly and that the problems will be resolved peacefully,','Arindam Bagchi','Mr. Bagchi','said',note='"Mr." with a full stop (Indian style)')
q('357','sovereignty and territorial integrity','Arindam Bagchi','Mr. Bagchi','adding that',partial=True,note='partial after "adding that"; the full stop is outside the closing mark')
q('357','a limited time.',CSTO,'The alliance','said',partial=True,note='full stop inside the closing mark')
q('357','The summit is on track,',None,'a senior official','said',note='anonymous Indian official; inverted word order with an interposed relative clause')
q('357','We could not call home. My parents were panicking, but here it is calm now,','Rahul Menon','Mr. Menon','said',note='inverted "said Mr. Menon"; first mention with age 22')
q('357','no such plan','Arindam Bagchi','the spokesperson','said',partial=True,note='"the spokesperson recalled, but said"; title-only mention')
c('357','killed',26,None,'armed protesters killed in clashes','Kazakh authorities','26 armed protesters had been killed',note='"the Central Asian country reported"')
c('357','detained',3800,'more than','people detained across Kazakhstan',MIA,'more than 3,800 people had been detained')
c('357','killed',18,None,'security personnel killed','officials','18 security personnel were killed',note='"Officials in Almaty said"; "two of them found beheaded" is a subset, not a claim')
c('357','troops_deployed',2500,'about','CSTO contingent in Kazakhstan',CSTO,'about 2,500 soldiers')
e('357','2022-01-08','statement','New Delhi',[MEA],'the Ministry of External Affairs said on Saturday')
e('357','2022-01-06','other','Nur-Sultan',['Indian Embassy in Nur-Sultan'],'The embassy issued a helpline number on Thursday',note='"on Thursday" from Saturday 8 Jan')
e('357','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('357','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'forces began arriving in the country on Thursday')
e('357',None,'talks',None,['Narendra Modi'],'virtual summit later this month',note='future India–Central Asia summit; "later this month" gives no day')

# ---------------- 358 law-firm sanctions client alert (January 11, 2022, a Tuesday)
art('358',0,5,13,'Harlow Brenner LLP','2022-01-11',['Margaret Olsen','Daniel K. Reyes'],None,
    ['Harlow Brenner LLP','Insights | Client Alert','International Trade & Sanctions Practice','January 11, 2022','Authors','Margaret Olsen, Partner','Daniel K. Reyes, Counsel',
     'Related Professionals','Margaret Olsen | Daniel K. Reyes | Priya Natarajan',
     'This alert is provided for information only and does not constitute legal advice. Attorney Advertising. Prior results do not guarantee a similar outcome.',
     '© 2022 Harlow Brenner LLP. All rights reserved.'],
    sections=(12,17,20,23,26))
q('358','questions about the nature of this request','Ned Price','State Department spokesperson Ned Price','said',partial=True)
q('358','watching the situation but not acting on it.',None,'A Treasury official','told',partial=True,note='anonymous official; "told us that the agency was"; full stop inside the mark')
q('358','successfully completed',TOK,'Mr. Tokayev','said',partial=True)
q('358',"Most of our clients' contracts have force majeure clauses broad enough to cover civil unrest, but the internet blackout is a separate question,",'Margaret Olsen','Ms. Olsen','said',note='inverted "said Ms. Olsen"; the author of the alert quoted in the third person')
q('358','Document every day of disruption.','Margaret Olsen','Ms. Olsen','said',note='continuation after the interposed cue')
q('358','Expect screening delays, not prohibitions,','Daniel K. Reyes','he','said',note='he = Mr. Reyes')
c('358','troops_deployed',2030,None,'CSTO contingent sent to Kazakhstan',RDM,'a contingent of 2,030 troops',note='"according to the Russian Defense Ministry" (US spelling)')
c('358','killed',164,None,'people who died in the unrest','Kazakh authorities','164 people had died')
c('358','detained',7939,None,'people detained',MIA,'the number of detained at 7,939')
e('358','2022-01-02','protest','Zhanaozen',[],'began in the western town of Zhanaozen on January 2')
e('358','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a nationwide state of emergency on January 5')
e('358',None,'troop_deployment','Kazakhstan',[CSTO,'Andrei Serdyukov'],'The CSTO deployed a contingent',note='undated deployment')
e('358','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday',note='"on Sunday" from Tuesday 11 Jan')
e('358','2022-01-10','casualty_report',None,[MIA],'On Monday the Interior Ministry put the number')
e('358','2022-01-07','statement','Washington',['Ned Price'],'Ned Price said on January 7')
e('358','2022-01-11','statement','Nur-Sultan',[TOK],'In remarks to parliament on Tuesday',note='Tuesday = publication day')
e('358','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the troops would begin to leave in two days',note='"in two days" from the Tuesday remarks')

# ---------------- 359 local US paper running AP copy with an editor's note (Friday, January 7, 2022)
art('359',0,8,10,'The Pinewood Ledger','2022-01-07',[],'ALMATY, Kazakhstan',
    ['The Pinewood Ledger','Serving Pinewood and Lake County since 1887','NATION & WORLD','Posted Friday, January 7, 2022 5:30 pm','By The Associated Press','___',
     'Associated Press writers in Moscow contributed to this report.','LOCAL ANGLE',
     'Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
     'Subscribe to the Ledger for $1 for the first month.','Comments (3) | Print | Email'],sections=(19,))
q('359','20,000 bandits',TOK,'President Kassym-Jomart Tokayev','said in a televised address',partial=True,note='partial that carries a figure; the figure is recorded as an "other" claim')
q('359','There will be no talks with people who kill and loot,',TOK,'he','said')
q('359','for a limited period','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova','said',partial=True)
q('359','real questions','Antony Blinken','U.S. Secretary of State Antony Blinken','said',partial=True)
q('359','Inviting Russian soldiers in is easy; getting them to go home is the hard part,','Antony Blinken','Blinken','told',note='"Blinken told reporters Friday" (AP style, no "on")')
q('359','He told me the shooting was three blocks from his apartment,','Karen Dahl','she','said',note='she = Dahl, surname-only first mention in the local section (full name only in the editor\'s note)')
q('359','Then nothing for two days.','Karen Dahl','she','said',note='continuation after the interposed cue; duration inside')
q('359',"He wrote, 'I'm fine, stay calm,' and that was all,",'Karen Dahl','Dahl','said',note="nested single-quoted words of her son inside; only the outer quote is a record")
q('359','in touch with the State Department',None,'A spokesperson for Hallett','said',partial=True,note='unnamed spokesperson of the congressman; speaker null')
c('359','other',20000,None,'"bandits" who attacked Almaty (Tokayev\'s claim)',TOK,'"20,000 bandits" had attacked Almaty',note='attacker count inside a partial quote')
c('359','killed',26,None,'protesters killed','officials','26 protesters had been killed')
c('359','killed',18,None,'law enforcement officers killed','officials','18 law enforcement officers had died')
c('359','detained',3000,'more than','people detained',MIA,'More than 3,000 people were detained')
e('359','2022-01-07','statement',None,[TOK],"Kazakhstan's president said Friday")
e('359','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived on Thursday at the request of Tokayev')
e('359','2022-01-07','statement',None,['Antony Blinken'],'Blinken told reporters Friday')
e('359','2022-01-02','protest','Kazakhstan',[],'The protests began Sunday',note='"Sunday" before Friday 7 Jan = 2 Jan')
e('359','2022-01-05','other','Kazakhstan',[],'on Wednesday before the internet went down',note='internet shutdown, dated by the last contact on Wednesday')
e('359',None,'statement',None,['Maria Zakharova'],'Maria Zakharova said the alliance')

# ---------------- 360 TRT World piece (10 JAN 2022, a Monday)
art('360',0,4,5,'TRT World','2022-01-10',[],None,
    ['TRT WORLD','Menu   Live   Asia   Turkey   Europe   Opinion','ASIA','TRT World and agencies','10 JAN 2022',
     '[Photo: Kazakh President Kassym-Jomart Tokayev attends the CSTO video summit in Nur-Sultan, January 10, 2022. (AA) ]',
     '[Photo: Soldiers stand guard near the burned-out city hall in Almaty on January 9, 2022. (Reuters) ]',
     'Source: TRT World and agencies','Related','Kazakhstan says more than 5,000 detained over unrest','Share  Facebook  Twitter  WhatsApp  Email'])
q('360','The contingent will stay as long as the Kazakh leadership needs it, and not one day longer,','Vladimir Putin','Putin','told',note='"Putin told the leaders"')
q('360','an attempt to undermine','Vladimir Putin','Putin','adding that',partial=True)
q('360','We faced armed aggression by well-trained groups, both local and foreign,',TOK,'the Kazakh president','said',note='title reference after the quote')
q('360','in solidarity with brotherly Kazakhstan.','Recep Tayyip Erdogan','Erdogan','said',partial=True,note='"According to a statement from the Turkish Communications Directorate, Erdogan said"; the speaker is Erdogan (the statement reports his words)')
q('360','Turkic states must speak with one voice at such a moment,','Mevlut Cavusoglu','Cavusoglu','told')
q('360','with quiet unease.','Bahadir Yilmaz','Analyst Bahadir Yilmaz','said',partial=True,note='full stop inside the mark, directly followed by a full quote')
q('360','Türkiye has invested for 30 years in Turkic solidarity, and it cannot be a bystander,','Bahadir Yilmaz','he','said')
q('360','temporary and limited.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
c('360','troops_deployed',2030,'about','CSTO peacekeepers in Kazakhstan',TOK,'about 2,030 peacekeepers')
c('360','detained',7939,None,'people detained nationwide',MIA,'7,939 people had been detained nationwide')
c('360','killed',164,None,'people who died in the violence','Kazakh Ministry of Health','164 people had died in the violence',note='"The health ministry said"; the text says the figure was later revised')
c('360','detained',5000,'more than','people detained (related teaser)',None,'Kazakhstan says more than 5,000 detained over unrest',zone='related',note='"Related" teaser headline')
e('360','2022-01-10','talks',None,['Vladimir Putin',TOK,CSTO,'Nikol Pashinyan','Alexander Lukashenko'],'speaking at an extraordinary video summit',note='CSTO video summit on Monday 10 Jan')
e('360','2022-01-10','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Monday")
e('360','2022-01-09','casualty_report',None,['Kazakh Ministry of Health'],'The health ministry said on Sunday')
e('360','2022-01-09','talks',None,['Recep Tayyip Erdogan',TOK],'held a phone call with Tokayev on Sunday')
e('360','2022-01-11','talks',None,['Organization of Turkic States'],'would hold an extraordinary meeting of foreign ministers on Tuesday',note='future meeting; Tuesday after Monday 10 Jan')
e('360',None,'statement',None,['Alexander Lukashenko'],'accused the West of being behind the riots')

# ---------------- 361 Politics Stack Exchange Q&A (Asked Jan 11, 2022, a Tuesday)
art('361',0,3,6,'Politics Stack Exchange','2022-01-11',['steppe_wolf'],None,
    ['Politics Stack Exchange','Questions   Tags   Users   Unanswered','Asked Jan 11, 2022   Modified Jan 13, 2022   Viewed 2k times','kazakhstan russia csto military',
     'share  improve this question  follow','asked Jan 11, 2022 at 14:02','2 Answers   Sorted by: Highest score (default)','Accepted','share  improve this answer  follow',
     "Not the answer you're looking for? Browse other questions tagged kazakhstan russia csto military or ask your own question."])
q('361','demoralised',TOK,'Tokayev','told',partial=True,note='one-word quote kept: evaluative word attributed by a speech verb ("told parliament … that the army and police had been"), not a label; borderline')
q('361','strategic facilities','Igor Konashenkov','Russian Defence Ministry spokesman Igor Konashenkov','said',partial=True,note='full stop outside the mark')
q('361','Tokayev needed the Russians for legitimacy, not for fighting.','Dosym Satpayev','political scientist Dosym Satpayev','put it',note='cue "As … put it" before the quote')
q('361','there were attempts to seize the residence',TOK,'Tokayev','said',partial=True,note='inside a comment by Aigerim_K')
c('361','troops_deployed',2030,None,'CSTO servicemen sent',CSTO,'The CSTO sent 2,030 servicemen',note='"according to its secretariat"')
c('361','killed',164,None,'people who died by January 9','government','164 people had died by January 9')
c('361','detained',9900,None,'people detained by January 11','government','9,900 had been detained by January 11')
e('361','2022-01-05','other',None,[TOK,CSTO],'asked the Russia-led CSTO for help on Wednesday',note='request for help; "on Wednesday" before Tuesday 11 Jan')
e('361','2022-01-06','troop_deployment','Kazakhstan',[],'the first Russian paratroopers landed the next day')
e('361','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the troops will start leaving on Thursday')
e('361','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev told parliament on January 11')
e('361','2022-01-10','statement',None,['Vladimir Putin'],'Putin promised on January 10')
e('361','2022-01-06','appointment',None,[TOK,'Karim Masimov'],'Tokayev fired Karim Masimov as head of the KNB on January 6',note='dismissal')
e('361','2022-01-08','arrest',None,['Karim Masimov'],'he was arrested two days later')

# ---------------- 362 Kursiv-style business piece in translation (12.01.2022, a Wednesday)
art('362',0,5,6,'Kursiv','2022-01-12',['Saule Bekova'],None,
    ['KURSIV','Finance · Economy · Markets · Companies','EN | RU | KZ','12.01.2022, 18:25   |   Economy','Author: Saule Bekova','Translated from Russian by the Kursiv editorial team',
     'Photo: Kursiv / Aidos Tulegen','Subscribe to our Telegram channel','Tags: Almaty, Atameken, business, CSTO, riots','Read also:','Tokayev names new prime minister',
     '© 2022 Kursiv Media. All rights reserved. Reproduction only with an active link to kursiv.media'])
q('362','We lost everything in one night. The insurance will not pay because the policy excludes civil commotion,','Timur Ospanov','Timur Ospanov','said',note='inverted cue after a comma and an em dash: ,” — said (Russian typography)')
q('362','Without a moratorium on inspections and taxes, half of these companies will not reopen,','Raimbek Batalov','Batalov','stressed')
q('362','People are still afraid to go out in the evening, so revenue is down by 70 percent,','Madina Zhaksylykova','restaurant owner Madina Zhaksylykova','said')
q('362','But we are open, and that is already something.','Madina Zhaksylykova','She','added:',note='colon cue before the quote')
q('362','the state will pay, which means all of us will pay.','Almas Chukin','him','According to',partial=True,note='"According to him," + a lower-case quote: treated as partial')
c('362','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',TOK,'which numbered 2,030 servicemen')
c('362','detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people had been detained')
e('362','2022-01-11','other','Almaty',[],'reopened their businesses on Tuesday')
e('362','2022-01-11','statement',None,[TOK],'President Kassym-Jomart Tokayev on Tuesday promised support')
e('362','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin tomorrow',note='"tomorrow" from Wednesday 12 Jan')
e('362','2022-01-10','other','Kazakhstan',[],'Banks resumed work on Monday')
e('362',None,'casualty_report',None,[MIA],'Earlier, the Interior Ministry reported',note='"Earlier," gives no day')

# ---------------- 363 The Herald (Scotland) business piece (Published: 6th January 2022, a Thursday)
art('363',0,5,10,'The Herald','2022-01-06',['Fiona MacLeod'],None,
    ['The Herald',"Scotland's Award Winning Newspaper",'News | Politics | Business | Sport | Opinion','Business HQ','By Fiona MacLeod','Business Correspondent','@FionaMacLeodHQ','Share',
     'Read more: Oil price rises as Kazakhstan protests hit supply fears','Published: 6th January 2022, 12:00 pm','Comments: Our rules','Back to top'])
q('363','We can hear that the local staff are angry, but nobody has come near the gate,',None,'he','said',note='he = "One engineer, who asked not to be named"; speaker null')
q('363','monitoring the situation very closely','Tengizchevroil','A spokesman','said',partial=True,note='company spokesman; speaker = the company (named in the sentence before)')
q('363','the top priority','Tengizchevroil','A spokesman','said',partial=True)
q('363','peacekeeping force for a limited period','Nikol Pashinyan','Armenia\'s prime minister Nikol Pashinyan','called',partial=True,note='"what its chairman, …, called a "…""; full stop outside')
q('363','British nationals should stay indoors and follow the instructions of the local authorities,','UK Foreign Office','a spokeswoman','said',note='spokeswoman of the Foreign Office named in the sentence before')
q('363','The families need to know that there is a plan if the situation gets worse,','Stephen Flynn','Mr Flynn','said',note='"Mr" without a full stop (British style)')
c('363','killed',8,None,'police officers and national guardsmen killed','Kazakh state media','eight police officers and national guardsmen had been killed',note='written-out "eight"')
c('363','injured',317,None,'police officers and national guardsmen injured','Kazakh state media','317 injured')
c('363','detained',200,'more than','people detained',MIA,'More than 200 people were detained')
e('363','2022-01-02','protest','Zhanaozen',[],'The protests started on Sunday in Zhanaozen',note='"on Sunday" before Thursday 6 Jan')
e('363','2022-01-05','protest','Almaty',[],'the city administration building was set on fire yesterday',note='"yesterday" from Thursday 6 Jan')
e('363','2022-01-05','other',None,[TOK,CSTO],'Late on Wednesday, Kazakhstan',note='request for CSTO help')
e('363','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Nikol Pashinyan'],'agreed overnight to send',note='decision taken overnight 5–6 Jan; dated to the publication day')
e('363',None,'other',None,['Stephen Flynn','Liz Truss'],'he had written to the Foreign Secretary',note='letter, undated')
e('363',None,'casualty_report',None,['Kazakh state media'],'Kazakh state media reported')

# ---------------- 364 Mastodon thread from Geneva (Jan 10, 2022, a Monday)
art('364',0,6,6,None,'2022-01-10',['Lena Hartmann'],None,
    ['mastodon.social','Explore   Local   Federated   Sign in   Create account','Post','Lena Hartmann','@lenahartmann@mastodon.social',
     'Jan 10, 2022, 09:12 · Web','12 boosts · 19 favorites','Lena Hartmann @lenahartmann@mastodon.social','Reply · Boost · Favorite · Share',
     'About · Status · Profiles directory · Privacy policy','Mastodon: About · Get the app · Keyboard shortcuts · View source code · v3.4.4'])
q('364','no concessions','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='two-word partial with a speech verb ("told Russian reporters that")')
q('364','at the invitation of a legitimate government','Sergey Ryabkov','he','said',partial=True)
q('364','nobody should worry','Sergey Ryabkov','he','said',partial=True,note='second partial joined by "and"; full stop outside')
q('364','professional and direct',None,'A US official','described it as',partial=True,note='anonymous US official')
q('364','The conversation was long and difficult, and we are still a great distance apart.','Sergey Ryabkov','Ryabkov',None,note='"Ryabkov at his presser:" — name + colon, no verb; cue null')
q('364','Some of the Russian ideas are simply not on the table for us.','Wendy Sherman','Sherman',None,note='"Sherman separately:" — name + colon, no verb; cue null')
q('364','We will not let Russia decide for others,','Wendy Sherman','she','added')
q('364','it is for Nur-Sultan to decide','Dmitry Peskov','Peskov','said',partial=True,note='in a reply post by the thread author')
c('364','troops_deployed',100000,'about','Russian troops near Ukraine','US estimates','around 100,000 troops near Ukraine')
c('364','troops_deployed',2030,'about','CSTO troops in Kazakhstan',None,'The CSTO has about 2,030 in Kazakhstan')
c('364','detained',7939,None,'people detained',MIA,'7,939 people have been detained')
e('364','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Strategic Stability Dialogue')
e('364','2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'had a working dinner with Ryabkov last night',note='"last night" from Monday 10 Jan')
e('364','2022-01-12','talks','Brussels',['NATO'],'NATO-Russia Council in Brussels on Wednesday')
e('364','2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on Thursday')
e('364','2022-01-11','statement',None,[TOK],'Tokayev is due to address parliament tomorrow')
e('364','2022-01-10','casualty_report',None,[MIA],'Interior Ministry now says')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['he','the Kazakh president'],['Mr. Tokayev']),
 sp(MEA,'organisation',['Ministry of External Affairs','External Affairs Ministry'],[],'India',['the Ministry of External Affairs'],['MEA']),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['External Affairs Ministry spokesperson'],'India',['he','the spokesperson'],['Mr. Bagchi'],note='real spokesperson; words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance']),
 sp('Rahul Menon','person',['Rahul Menon','Menon'],['a fourth-year student'],'India',[],['Mr. Menon'],note='invented'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesperson'],'United States',note='words invented'),
 sp('Margaret Olsen','person',['Margaret Olsen','Olsen'],['Partner'],'United States',[],['Ms. Olsen'],note='invented; co-author of the alert'),
 sp('Daniel K. Reyes','person',['Daniel K. Reyes','Reyes'],['Counsel'],'United States',['he'],['Mr. Reyes'],note='invented; co-author of the alert'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State'],'United States',note='words invented'),
 sp('Karen Dahl','person',['Karen Dahl','Dahl'],['Pinewood resident'],'United States',['she'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented'),
 sp('Recep Tayyip Erdogan','person',['Recep Tayyip Erdogan','Erdogan'],['Turkish President'],'Turkey'),
 sp('Mevlut Cavusoglu','person',['Mevlut Cavusoglu','Cavusoglu'],['Turkish Foreign Minister'],'Turkey',note='words invented'),
 sp('Bahadir Yilmaz','person',['Bahadir Yilmaz'],['Analyst'],'Turkey',['he'],note='invented, as is the Eurasia Research Forum'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister',"Armenia's prime minister"],'Armenia'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Russian Defence Ministry spokesman'],'Russia'),
 sp('Dosym Satpayev','person',['Dosym Satpayev'],['political scientist'],'Kazakhstan',note='real analyst; words invented'),
 sp('Timur Ospanov','person',['Timur Ospanov'],['owner of an electronics store'],'Kazakhstan',note='invented'),
 sp('Raimbek Batalov','person',['Raimbek Batalov','Batalov'],['Atameken chairman'],'Kazakhstan',['He'],note='words invented'),
 sp('Madina Zhaksylykova','person',['Madina Zhaksylykova'],['restaurant owner'],'Kazakhstan',['She'],note='invented'),
 sp('Almas Chukin','person',['Almas Chukin'],['Economist'],'Kazakhstan',['him'],note='words invented'),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],[],'Kazakhstan',['A spokesman']),
 sp('UK Foreign Office','organisation',['Foreign Office'],[],'United Kingdom',['a spokeswoman']),
 sp('Stephen Flynn','person',['Stephen Flynn','Flynn'],['Aberdeen South MP'],'United Kingdom',[],['Mr Flynn'],note='real MP; words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['he'],note='canonical spelling from earlier sets; written "Sergei" here'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',['she'],note='words invented'),
 sp('Dmitry Peskov','person',['Peskov'],[],'Russia',note='surname only'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Russian Colonel General'],'Russia',[],[],quoted=False),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko'],['Belarusian leader'],'Belarus',[],[],quoted=False),
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
