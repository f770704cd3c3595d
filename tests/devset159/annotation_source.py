#!/usr/bin/env python3
"""Source of the devset159 annotation: the hand-chosen spans, values and dates for 1365-1372.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset159/annotation_source.py && python3 tests/devset159/verify.py
"""
import json, os, re
D=os.path.dirname(os.path.abspath(__file__))
T={f:open(os.path.join(D,'docs',f),encoding='utf-8').read() for f in os.listdir(os.path.join(D,'docs'))}
def doc(p): return [f for f in T if f.startswith(p)][0]
def line_of(t,off): return t.count('\n',0,off)+1
def cut80(s):
    if len(s)<=80: return s
    i=s.rfind(' ',0,81)
    return s[:i]
A,Q,C,E=[],[],[],[]
def art(p,index,headline,first_line,outlet,published,authors,dateline,boiler,ls,le,sections=()):
    """headline / first_line are given as exact strings (a line or the part of a line after a field label)."""
    f=doc(p); t=T[f]; L=t.split('\n')
    for b in boiler: assert b in L,(f,b)
    if headline is not None: assert headline in t,(f,headline)
    fl=cut80(first_line); assert fl in t,(f,fl)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=headline,first_line=fl,outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RMOD='Russian Defence Ministry'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; STO='Jens Stoltenberg'

# ---------------- 1365 Steppe Post live blog, newest first, dual ALMT/GMT stamps (Friday 7 January 2022)
P='1365'
art(P,0,'Kazakhstan unrest live: Tokayev orders troops to fire without warning',
    'That is all from us tonight. Thank you for following. Our coverage continues on Saturday morning.',
    'The Steppe Post','2022-01-07',['Dana Ospanova','Mark Whitfield'],None,
    ['THE STEPPE POST','Kazakhstan | Central Asia | World | Opinion | Live','LIVE','By Dana Ospanova and Mark Whitfield',
     'Last updated 23:10 ALMT (17:10 GMT), Friday 7 January 2022','Times are shown in Almaty time (ALMT, GMT+6). Newest posts first.',
     'KEY POINTS','23:10 ALMT / 17:10 GMT','22:35 ALMT / 16:35 GMT','09:15 ALMT / 03:15 GMT','Show 14 earlier posts','RELATED',
     'Who is Andrei Serdyukov, the general leading the CSTO mission?','© 2022 The Steppe Post. All times ALMT unless stated.'],
    ls=ln(P,'Kazakhstan unrest live:'),le=ln(P,'Good morning and welcome'))
q(P,"One lesson in recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave,",'Antony Blinken','he','told reporters',note='he = Blinken (previous sentence); entry stamped 22:35 ALMT = 16:35 GMT')
q(P,'People are going out for bread and coming straight back,',None,'a pharmacist','told',note='unnamed pharmacist, speaking to the correspondent')
q(P,'Nobody wants to be outside when it gets dark.',None,'a pharmacist','told',note='continuation after the interposed cue')
q(P,'to open fire without warning',TOK,'Tokayev','said',n=2,partial=True,note='the same words appear unquoted in the key points')
q(P,'What negotiations can there be with criminals and murderers?',TOK,'He',None,note='colon attribution after "He rejected calls for talks with protesters:"')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" killed',note='key-points bullet; scare-quoted label excluded from quotes')
c(P,'killed',18,None,'members of the security forces dead',MIA,'18 members of the security forces dead',note='key-points bullet')
c(P,'detained',3811,None,'people detained across the country',MIA,'3,811 people have been detained')
c(P,'detained',3811,None,'people detained (corrected figure)',MIA,'The Interior Ministry figure is 3,811',note='the wrong figure 3,000 in the same correction is not a claim')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed')
c(P,'killed',18,None,'police officers and soldiers who died',MIA,'18 police officers and soldiers died')
c(P,'other',1300,None,'businesses attacked in Almaty',MIA,'1,300 businesses had been attacked in Almaty',note='"A ministry spokesman added"')
c(P,'aircraft',70,'more than','aircraft ferrying troops to Kazakhstan',RMOD,'more than 70 aircraft are ferrying troops')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'speaking in Washington, questioned why',note='22:35 ALMT = 16:35 GMT Friday')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry says 3,811 people')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address this morning')
e(P,'2022-01-07','troop_deployment','Kazakhstan',[RMOD,CSTO,SER],'more than 70 aircraft are ferrying troops to Kazakhstan')
e(P,'2022-01-07','protest','Almaty',[],'Overnight, gunfire was reported again',note='the night of 6-7 January; dated to the entry day')

# ---------------- 1366 The Daily Sip morning e-mail (Tue, 11 Jan 2022)
P='1366'
art(P,0,'☕ Daily Sip: Geneva, Almaty and a very long dinner',
    'The story: Yesterday, US and Russian diplomats sat down in Geneva for almost eight hours of talks about Ukraine and Europe\'s security.',
    'The Daily Sip','2022-01-11',['Jess Tanaka','Omar Haddad'],None,
    ['From: The Daily Sip <hello@dailysip.news>','To: reader@example.com','Date: Tue, 11 Jan 2022 06:02:17 -0500','View in browser','THE DAILY SIP',
     'Your news, in the time it takes to finish a coffee.','Tuesday, January 11, 2022','Sipped by Jess Tanaka and Omar Haddad','QUOTE OF THE DAY',
     'Enjoy the Sip? Forward it to a friend. Got this from a friend? Sign up here.','You are receiving this because you subscribed to The Daily Sip.',
     'Unsubscribe | Update preferences | 123 Example Street, New York, NY 10001'],
    ls=ln(P,'Subject: '),le=ln(P,'A pig\'s heart'),
    sections=[ln(P,'WHAT TO KNOW: GENEVA'),ln(P,'WHAT TO KNOW: KAZAKHSTAN'),ln(P,'WHAT TO SAY WHEN...'),ln(P,'SKIMMED THE REST')])
q(P,"We're not going to be shy about pushing back",None,'a US official',None,note='"Quote of the day" box; speaker given after a dash as an unnamed official')
q(P,'frank and forthright',SHE,'Sherman','called the talks',partial=True)
q(P,'simply non-starters',SHE,'Sherman','said',partial=True)
q(P,'no intention',RYA,'Ryabkov','said',partial=True,note='two-word evaluative partial with a speech verb: kept')
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees',RYA,'Ryabkov','told reporters',partial=True)
q(P,"an attempted coup d'etat",TOK,'President Kassym-Jomart Tokayev','told',partial=True)
c(P,'detained',8000,'almost','people detained','Kazakh officials','nearly 8,000 people have been detained')
c(P,'troops_deployed',2030,'about','CSTO troops in Kazakhstan','Russia','about 2,030 troops from the Russian-led CSTO')
e(P,'2022-01-10','talks','Geneva',[SHE,RYA],'Yesterday, US and Russian diplomats sat down in Geneva')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russia meet in Brussels tomorrow')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'followed by the OSCE in Vienna on Thursday')
e(P,'2022-01-10','other','Kazakhstan',[],'held a day of national mourning yesterday')
e(P,None,'talks',None,[TOK,CSTO,'Vladimir Putin'],'told a video summit of CSTO leaders',note='no day word (real: 2022-01-10)')
e(P,'2022-01-11','appointment',None,[TOK],'Tokayev is set to address parliament and name a new prime minister',note='"And today"')

# ---------------- 1367 Substack post with prepended dated updates (Jan 9, 2022, Sunday)
P='1367'
art(P,0,'Almaty after the fire','What I saw on a walk through the centre, and what it means for the CSTO',
    'Field Notes from the Steppe','2022-01-09',['Nathan Cole'],None,
    ['Field Notes from the Steppe','Subscribe','Sign in','Nathan Cole','Jan 9, 2022','47','12','Share',
     'Thanks for reading Field Notes from the Steppe! Subscribe for free to receive new posts and support my work.','47 Likes · 12 Comments','Comments',
     'Marta K. Jan 9','Thank you for this. Stay safe.','© 2022 Nathan Cole · Privacy ∙ Terms ∙ Collection notice','Substack is the home for great writing'],
    ls=ln(P,'Almaty after the fire'),le=ln(P,'My guess, for what it is worth'))
q(P,'We heard the shooting all night, and then in the morning the soldiers were everywhere,',None,'A man walking his dog','said',note='unnamed passer-by')
q(P,'I am not sure which part frightened me more.',None,'A man walking his dog','said',note='continuation after the interposed cue')
q(P,'20,000 bandits',TOK,'he','spoke of',partial=True,note='he = Tokayev ("Tokayev\'s line" in the previous sentence)')
q(P,'They turned the internet back on for two hours, just enough to read that we are terrorists.','Saule','Saule','wrote',note='pseudonym given by the author ("whom I will call Saule")')
c(P,'detained',5800,None,'people detained, including foreigners','Kazakh Presidential Office','5,800 people were detained, including foreigners',note='prepended update of Jan 10')
c(P,'troops_deployed',2500,'about','CSTO contingent',None,'the CSTO contingent is about 2,500',note='prepended update; the wrong figure 3,000 is not a claim')
c(P,'killed',164,'at least','official death toll','Kazakh Health Ministry','The official death toll is at least 164')
c(P,'detained',5800,None,'people detained',None,'5,800 people have been detained',note='figure changed by the Jan 10 update')
c(P,'troops_deployed',2500,'about','CSTO troops in the country',None,'has about 2,500 troops in the country')
c(P,'other',20000,None,'"bandits" attacking Almaty',TOK,'"20,000 bandits" attacking Almaty',note='figure inside a partial quote; the author doubts it')
e(P,'2022-01-10','statement',None,['Kazakh Presidential Office'],"Kazakhstan's presidential office now says",note='"now" = the update stamp Jan 10')
e(P,'2022-01-08','other','Almaty',['Nathan Cole'],'On Saturday morning I walked')
e(P,'2022-01-05','protest','Almaty',[],'on Wednesday, the city hall was set on fire')
e(P,'2022-01-07','statement',None,[TOK],'In his address on Friday')
e(P,'2022-01-08','other',None,['Saule'],'wrote to me on WhatsApp on Saturday night')

# ---------------- 1368 Telegram Desktop JSON export (messages of 8 January 2022): 4 messages = 4 articles
P='1368'
OUT='Almaty Hour by Hour (EN)'
L=T[doc(P)].split('\n')
msg_first=['⚡️ Former KNB chief Karim Masimov detained. The National Security Committee said Masimov was held',
 '🔴 Interior Ministry:',
 'Russian paratroopers at Almaty airport. According to the Russian Defence Ministry, more than 70',
 'Tokayev spoke by phone with Putin today. Presidential press secretary Berik Uali wrote:']
blocks=[(ln(P,'"id": 2210'),ln(P,'Tokayev removed him from the post')+0),(ln(P,'"id": 2211'),ln(P,'operations continue.»')+1),
        (ln(P,'"id": 2212'),ln(P,'«The airport is fully under control.»')),(ln(P,'"id": 2213'),ln(P,'still cut, except')+1)]
bo=[['{',' "name": "Almaty Hour by Hour (EN)",',' "type": "public_channel",',' "messages": [','   "type": "message",','   "from": "Almaty Hour by Hour (EN)",','   "from_id": "channel1587420931",'],
    ['   "edited": "2022-01-08T13:52:30",'],['   "photo": "photos/photo_311@08-01-2022_17-05-31.jpg",','   "width": 1280,'],
    ['   "type": "service",','   "action": "pin_message",','   "text": ""',' ]','}']]
for i,(ls,le) in enumerate(blocks):
    art(P,i,None,msg_first[i],OUT,'2022-01-08',[],None,bo[i],ls=ls-1,le=le)
q(P,'The situation has stabilised in all regions, but counter-terrorist operations continue.','Saltanat Azirbek','Saltanat Azirbek',None,art=1,note='guillemets; colon attribution "Ministry spokesman Saltanat Azirbek:"')
q(P,'The airport is fully under control.',SER,'Andrei Serdyukov',None,art=2,note='colon attribution "CSTO commander Andrei Serdyukov:"')
q(P,'The two leaders ",\n    {\n     "type": "italic",\n     "text": "agreed to stay in constant contact"\n    },\n    ".','Berik Uali','Berik Uali','wrote',art=3,malformed=True,
  note='the «…» span is broken across three JSON text pieces (an italic entity in the middle), so the raw text between the marks contains JSON syntax and line breaks; the intended quote is "The two leaders agreed to stay in constant contact."')
c(P,'detained',4404,None,'people detained across Kazakhstan',MIA,'4,404 people detained',art=1,note='inside a bold text entity')
c(P,'aircraft',70,'more than','Il-76 flights delivering the contingent',RMOD,'more than 70 Il-76 flights',art=2)
e(P,'2022-01-06','arrest',None,['Karim Masimov','National Security Committee'],'Masimov was held on Thursday',art=0,note='Thursday before the message date Saturday 8 Jan')
e(P,'2022-01-05','other',None,[TOK,'Karim Masimov'],'Tokayev removed him from the post on 5 January',art=0,note='dismissal')
e(P,None,'casualty_report',None,[MIA],'"🔴 Interior Ministry: "',art=1,note='no day word; the message is dated 2022-01-08')
e(P,None,'troop_deployment','Almaty',[RMOD,CSTO],'Russian paratroopers at Almaty airport',art=2,note='no day word (photo message of 2022-01-08)')
e(P,'2022-01-08','talks',None,[TOK,'Vladimir Putin'],'Tokayev spoke by phone with Putin today',art=3)

# ---------------- 1369 Nitter page of an X/Twitter thread (Jan 13, 2022, Thursday), with two replies
P='1369'
art(P,0,None,'1/ Thread. I was at the CSTO ceremony at the Almaty airbase this morning where the withdrawal was formally announced.',
    None,'2022-01-13',['Aliya Nurgaliyeva'],None,
    ['nitter.net','Search | RSS','Aliya Nurgaliyeva','@aliya_nurg','Freelance reporter, Almaty. Views my own. RSS','Tweets 3,218  Following 412  Followers 9,870',
     'Aliya Nurgaliyeva @aliya_nurg · Jan 13, 2022 · 7:02 AM UTC','💬 14  🔁 96  ❤️ 231','Replying to @aliya_nurg','Load more'],
    ls=ln(P,'7:02 AM UTC'),le=ln(P,'💬 0  🔁 3  ❤️ 19'))
q(P,'has been fully accomplished',SER,'Gen. Andrei Serdyukov','said',partial=True)
q(P,'They did their job. Now it is our turn, and people will judge us, not them.',None,'A Kazakh officer next to me',None,note='anonymous officer; colon attribution')
c(P,'troops_deployed',2030,None,'CSTO personnel to move',RMOD,'there are 2,030 personnel',note='"250 pieces of equipment" in the same sentence is not a claim')
c(P,'detained',9900,None,'people detained',"Kazakh Prosecutor General's Office",'9,900 people were detained')
c(P,'aircraft',8,'at least','Il-76s leaving Almaty',None,'at least eight Il-76s leaving Almaty',note='in a reply; "Flight trackers show" (no named source)')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO,SER],'I was at the CSTO ceremony at the Almaty airbase this morning')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'First planes leave today')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last units will be out by Jan 19')
e(P,None,'other','Almaty',[],'Families are still queueing outside the detention centre')

# ---------------- 1370 KazInfo Daily minute-by-minute of Tokayev in the Mazhilis (11.01.2022, Tuesday)
P='1370'
art(P,0,'Tokayev in the Mazhilis: minute by minute',
    'President Kassym-Jomart Tokayev begins his address to the Mazhilis, the lower house of parliament. Deputies are in the chamber; the address is broadcast live.',
    'KazInfo Daily','2022-01-11',['Aigul Serikova'],None,
    ['KAZINFO DAILY','English edition | Politics | Economy | Regions | Minute by minute','11.01.2022 | Text updates: Aigul Serikova','Auto-refresh: ON   Oldest first',
     '10:00','10:04','10:58','Share: Facebook | Telegram | WhatsApp','© KazInfo Daily 2022. Reproduction only with a hyperlink.'],
    ls=ln(P,'Tokayev in the Mazhilis: minute by minute'),le=ln(P,'That concludes our minute-by-minute'))
q(P,'the most serious crisis in thirty years of independence',TOK,'Tokayev','calls',partial=True,note='present-tense ticker cue')
q(P,'The main mission of the CSTO peacekeeping forces has been successfully completed.',TOK,'Tokayev',None,note='"On the foreign troops:" then the quote; speaker from the previous entry; "He says" follows')
q(P,'will take no more than ten days',TOK,'Tokayev','adds',partial=True)
q(P,'huge amount of work',TOK,'Tokayev','says',partial=True)
q(P,'very profitable companies',TOK,'Tokayev','says',partial=True)
q(P,'It is time to pay back to the people of Kazakhstan,',TOK,'he','says')
q(P,'The law enforcement agencies and special services failed to see what was coming.',TOK,'He',None,note='colon attribution after "He criticises the police and KNB for missing the preparations:"')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'begins his address to the Mazhilis')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'He says the withdrawal will begin in two days',note='two days after 11 January')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'The president nominates Alikhan Smailov')
e(P,'2022-01-11','appointment',None,['Mazhilis','Alikhan Smailov'],'Smailov is approved as prime minister')
e(P,'2022-01-10','casualty_report',None,[MIA],'the Interior Ministry said on Monday')

# ---------------- 1371 rsstail plain-text dump of a feed (saved 2022-01-12 23:55 UTC): 5 items = 5 articles
P='1371'
L=T[doc(P)].split('\n')
tl=[i+1 for i,l in enumerate(L) if l.startswith('Title: ')]
dates=['2022-01-12','2022-01-12','2022-01-11','2022-01-10','2022-01-10']
for i,h in enumerate(tl):
    b=[L[h],L[h+1]]
    if i==0: b=['# rsstail -u https://eurasiadesk.example/feed/kazakhstan -l -d -p -N','# saved 2022-01-12 23:55 UTC']+b
    art(P,i,L[h-1][len('Title: '):],L[h+2],'Eurasia Desk',dates[i],[],None,b,ls=h,le=h+3)
q(P,'a real risk for new armed conflict in Europe',STO,'Jens Stoltenberg','said',art=0,malformed=True,partial=True,note='delimited by the HTML entities &#8220; / &#8221;, not by quote characters')
q(P,'There are significant differences between NATO allies and Russia,',STO,'Stoltenberg','told',art=0,malformed=True,note='entity-delimited (&#8220; … &#8221;); inverted cue')
q(P,'They took my son from the street. Nobody tells us where he is,','Gulnara','Gulnara','said',art=2,malformed=True,note='delimited by &quot; entities; first name and age only')
q(P,'legally binding guarantees',RYA,'Sergey Ryabkov','said',art=3,malformed=True,partial=True,note='entity-delimited')
q(P,'For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,',RYA,'he','said',art=3,malformed=True,note='entity-delimited')
c(P,'troops_deployed',2030,None,'troops deployed by the alliance',CSTO,'The alliance says it deployed 2,030 troops',art=1)
c(P,'detained',9900,None,'people detained nationwide',MIA,'9,900 people had been detained nationwide',art=2)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia',STO,'Alexander Grushko'],'after four hours of talks with a Russian delegation',art=0,note='"on Wednesday" in the same sentence')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin on Thursday, officials said',art=1)
e(P,'2022-01-11','statement',None,[TOK],'President Tokayev said on Tuesday',art=1)
e(P,'2022-01-11','other','Almaty',[],'Relatives gathered outside police stations in Almaty on Tuesday',art=2)
e(P,None,'talks','Geneva',[RYA,'United States'],'said after the Geneva talks',art=3,note='no day word; the item is stamped 10 Jan (real date 2022-01-10)')
e(P,'2022-01-10','other','Almaty',[],'returned to parts of Almaty on Monday morning',art=4,note='internet partly restored')

# ---------------- 1372 IRC channel log #kz-watch (Thu Jan 06 2022)
P='1372'
art(P,0,None,'00:43 <sable_fox> Pashinyan just posted on FB. CSTO agreed to send "collective peacekeeping forces" for a limited time',
    None,'2022-01-06',[],None,
    ['--- Log opened Thu Jan 06 00:00:00 2022','--- Day changed Thu Jan 06 2022',
     "#kz-watch: OSINT volunteers tracking the Kazakhstan situation | Sources or it didn't happen | Logs public",
     '00:41 -!- sable_fox [~sf@user/sable-fox] has joined #kz-watch','14:10 -!- kettle is now known as kettle_away',
     '23:59 -!- sable_fox [~sf@user/sable-fox] has quit [Quit: sleep]','--- Log closed Fri Jan 07 00:00:01 2022'],
    ls=ln(P,'00:43 <sable_fox>'),le=ln(P,'17:31 <orbit_kz>'))
q(P,'will carry out protection of important state and military facilities',RMOD,'Russian MoD statement','says',partial=True)
q(P,'dozens of attackers have been eliminated',None,'police spokeswoman',None,partial=True,note='unnamed spokeswoman on Khabar 24; colon attribution')
q(P,'Russia was among the first to respond','Dmitry Peskov','Peskov',None,note='"Peskov:" colon attribution, "per Interfax"')
q(P,'the contingent will stay as long as needed','Stanislav Zas','Zas','said',partial=True)
q(P,'days or weeks','Stanislav Zas','Zas','said',partial=True)
c(P,'aircraft',2,None,'Il-76s heading east from Ulyanovsk',None,'two Il-76 out of Ulyanovsk',note='"flightradar" as the basis, no named source')
c(P,'killed',18,None,'security officers killed',MIA,'18 security officers killed')
c(P,'injured',748,None,'security officers injured',MIA,'748 injured')
c(P,'detained',2298,None,'people detained',MIA,'2,298 detained per the ministry')
c(P,'troops_deployed',2500,'about','CSTO troops in total','Stanislav Zas','about 2,500 troops total')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'Pashinyan just posted on FB')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[RMOD],'are being airlifted')
e(P,'2022-01-06','casualty_report',None,[MIA],'state TV says 18 security officers killed')
e(P,'2022-01-06','statement',None,['Dmitry Peskov'],'Peskov: "Russia was among the first')
e(P,'2022-01-06','protest','Almaty',[],'gunfire again near Republic Sq')
e(P,'2022-01-06','statement',None,['Stanislav Zas'],'CSTO sec-gen Zas on Russian TV')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Antony Blinken','person',['Antony Blinken'],['US Secretary of State'],'United States',['he'],note='real; words paraphrased'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','The president'],'Kazakhstan',['He','he'],["Tokayev's"]),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',note='real; words paraphrased'),
 sp(RYA,'person',['Sergey Ryabkov','Ryabkov'],["Russia's Deputy Foreign Minister",'Deputy Foreign Minister'],'Russia',['he'],note='real; words paraphrased'),
 sp('Saule','person',['Saule'],[],'Kazakhstan',note='invented; a pseudonym chosen by the author'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['Ministry spokesman'],'Kazakhstan',note='real ministry spokesperson; words invented'),
 sp(SER,'person',['Andrei Serdyukov'],['Colonel General','CSTO commander','Gen.'],'Russia',note='real; words invented'),
 sp('Berik Uali','person',['Berik Uali'],['Presidential press secretary'],'Kazakhstan',note='real; words invented'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,note='real; words paraphrased'),
 sp('Gulnara','person',['Gulnara'],[],'Kazakhstan',note='invented; first name and age (54)'),
 sp(RMOD,'organisation',['Russian Defence Ministry','Russian MoD'],[],'Russia',['Russian MoD statement'],note='quoted once (1372); source of figures'),
 sp('Dmitry Peskov','person',['Peskov'],[],'Russia',note='real Kremlin spokesman; surname only; words invented'),
 sp('Stanislav Zas','person',['Zas'],['CSTO sec-gen'],'Belarus',note='real CSTO secretary general; surname only; words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the ministry','A ministry spokesman'],quoted=False,note='source of figures; not quoted by name (its spokesperson is)'),
 sp(CSTO,'organisation',['CSTO'],[],None,['The alliance'],quoted=False,note='source of troop figures; not quoted'),
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
