#!/usr/bin/env python3
"""Source of the devset152 annotation: the hand-chosen spans, values and dates for 1309-1316.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset152/annotation_source.py && python3 tests/devset152/verify.py
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
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; SER='Andrei Serdyukov'
PGO="Kazakh Prosecutor General's Office"; MEA='Indian Ministry of External Affairs'

# ---------------- 1309 The New Yorker "Letter from Almaty" (January 14, 2022, a Friday)
art('1309',0,4,5,'The New Yorker','2022-01-14',['Marian Holloway'],None,
    ['THE NEW YORKER','Sign In   Subscribe','Letter from Almaty','By Marian Holloway','January 14, 2022','•',
     'Published in the print edition of the January 24, 2022, issue, with the headline "Steppe Fire."',
     'Marian Holloway is a contributing writer at The New Yorker.','More: Kazakhstan   Russia   Protests','Cookies Settings'],
    le=ln('1309','The bill comes later.'))
q('1309','We were told to make it look normal by lunch,','Berik','one of the men','told',note='inverted: "…," one of the men, a forty-year-old named Berik, told me; first name only')
q('1309',"Normal for whom, I don't know.",'Berik','one of the men','told',note='continuation in the same paragraph after the interposed attribution')
q('1309','fire without warning.',TOK,'Kassym-Jomart Tokayev','announced',partial=True,note='"announced that he had ordered security forces to “…”"; the one-word “terrorists” in the same sentence is excluded')
q('1309','They count bodies the way they count votes,','Gulnara Sadykova','Gulnara Sadykova','said',note='inverted: "…," Gulnara Sadykova, a lawyer who …, said')
q('1309','without a single phone call','Gulnara Sadykova','She','added',partial=True)
q('1309',"Normal for whom, I don't know.",'Berik','one of the men',None,n=2,note='pull quote on its own line repeated from the body (l.9); own record, cue null')
q('1309','completed its main task,',TOK,'Tokayev','insisted',partial=True)
q('1309','We did not come here to discuss Almaty,',None,'a member of the Russian delegation','told',note='anonymous delegate')
q('1309','A favor like this is never free,','Gulnara Sadykova','she','said',note='she = Sadykova (surname-only in the sentence before)')
q('1309','The bill comes later.','Gulnara Sadykova','she','said',note='continuation after the interposed "she said, gathering …"')
c('1309','detained',10000,'almost','people detained across the country',MIA,'nearly ten thousand people had been detained',note='written out "ten thousand"')
c('1309','killed',225,None,'death toll',PGO,'put the death toll at 225')
c('1309','troops_deployed',2500,'about','CSTO troops landed in Kazakhstan',None,'About 2,500 troops from the Collective Security Treaty Organization')
e('1309','2022-01-05','protest','Almaty',[],'which had burned for most of the night of January 5th',note='the mayor\'s office set on fire')
e('1309','2022-01-07','statement',None,[TOK],'in a televised address on Friday',note='Friday before Friday 14 Jan (the past tense "had called … announced" excludes the publication day)')
e('1309','2022-01-10','casualty_report',None,[MIA],'On Monday, the Interior Ministry said')
e('1309','2022-01-12','casualty_report',None,[PGO],"by Wednesday, a spokesman for the Prosecutor General's Office")
e('1309',None,'troop_deployment','Kazakhstan',[CSTO,SER],'landed at the request of Tokayev',note='undated')
e('1309','2022-01-11','statement',None,[TOK],'Tokayev insisted, on Tuesday')
e('1309','2022-01-10','talks','Geneva',['United States','Russia'],'spent nearly eight hours on Monday')

# ---------------- 1310 DER SPIEGEL International (13.01.2022, a Thursday)
art('1310',0,5,6,'DER SPIEGEL','2022-01-13',['Jakob Reinhardt','Christina Vogelsang'],None,
    ['DER SPIEGEL','International','Menu   Search   Subscribe','Kazakhstan After the Uprising','By Jakob Reinhardt in Almaty and Christina Vogelsang in Moscow',
     '13.01.2022, 18.42 Uhr','Share   Tweet   E-Mail','Foto: Alexander Kuznetsov / picture alliance / dpa',
     'Russian soldiers at Almaty airport: "A demonstration of what the alliance can do"',
     'This article originally appeared in German in issue 3/2022 (January 15th, 2022) of DER SPIEGEL.','Related Articles',
     "Tokayev's Gamble: How Kazakhstan's President Turned on His Mentor",'© DER SPIEGEL 2022 · All Rights Reserved'],
    le=ln('1310','is scheduled to travel to Moscow'),sections=(ln('1310','The Signals from Geneva'),))
q('1310','The peacekeeping contingent has fulfilled all the tasks assigned to it,',SER,'the commander','said',note='"the commander" = Serdyukov, named in the sentence before')
q('1310','A demonstration of what the alliance can do,',None,'a Western diplomat in Moscow','described',note='cue after the quote: "is how a Western diplomat … described it"; the photo caption (l.12) repeats the words without the comma and is NOT a record (caption = furniture)')
q('1310','Putin wanted to show that he can put soldiers anywhere in his neighborhood within 48 hours – and pull them out again when he chooses.',None,'a Western diplomat in Moscow','described',note='continuation in the same paragraph; a name (Putin) inside the quote')
q('1310','difficult, long, very professional','Sergey Ryabkov','Ryabkov','called',partial=True)
q('1310','significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','admitted',partial=True)
q('1310','a good sign, but not a strategy.',None,'a member of her staff','said',partial=True,note='inverted mid-sentence cue "said a member of her staff" (her = Baerbock; the speaker is the anonymous aide, not Baerbock)')
c('1310','troops_deployed',2000,'more than','CSTO soldiers deployed since January 6',None,'More than 2,000 soldiers from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan')
c('1310','detained',9900,None,'people detained after the riots','police','Police say 9,900 people were detained')
c('1310','killed',225,None,'deaths confirmed','Kazakh authorities','the authorities have confirmed 225 deaths')
c('1310','killed',19,None,'members of the security forces among the dead','Kazakh authorities','including 19 members of the security forces')
e('1310','2022-01-13','statement','Almaty',[SER],'stepped in front of the cameras at Almaty airport on Thursday',note='Thursday = publication day')
e('1310','2022-01-13','withdrawal','Almaty',[CSTO],'lifted off the same afternoon',note='"the same afternoon" = Thursday 13 Jan')
e('1310','2022-01-19','withdrawal',None,[CSTO,'Russian Defence Ministry'],'would be complete by January 19',note='planned end of the withdrawal')
e('1310','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'had been deployed since January 6')
e('1310','2022-01-11','statement',None,[TOK],'In a speech to parliament on Tuesday')
e('1310','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister, Alikhan Smailov',note='same speech, Tuesday 11 Jan')
e('1310','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'On Monday, Deputy Foreign Minister Sergei Ryabkov sat opposite')
e('1310','2022-01-12','talks','Brussels',['Jens Stoltenberg','NATO','Russia'],'On Wednesday, NATO Secretary General Jens Stoltenberg admitted',note='NATO-Russia Council')
e('1310',None,'other','Moscow',['Annalena Baerbock'],'is scheduled to travel to Moscow next week',note='planned visit; "next week" is not a day (real: 18 Jan)')

# ---------------- 1311 Le Monde diplomatique English edition (issue "February 2022", no day)
art('1311',0,6,9,'Le Monde diplomatique',None,['Hélène Marchetti'],None,
    ['LE MONDE diplomatique','English edition','Home   Archive   Subscribe   Log in','February 2022','Order in the steppe','by Hélène Marchetti *',
     '* Journalist, Paris.','(1) The figure is from the CSTO secretariat, 9 January 2022.',"(2) Prosecutor General's Office of Kazakhstan, 15 January 2022.",
     'Translated by George Miller','LMD English edition — Subscribe to the print edition'],
    le=ln('1311','The debt stays.'))
q('1311','a terrorist aggression',TOK,'Tokayev','describing',partial=True)
q('1311',"People did not go out because somebody in another country told them to. They went out because a litre of gas cost twice as much as it did at Christmas,",'Aidos Nurlanov','he','says',note='present-tense cue "he says"; he = Nurlanov (sentence before)')
q('1311','settling of accounts','Aidos Nurlanov','his','In his view',partial=True,note='cue is the phrase "In his view" (like "According to")')
q('1311','limited in time.','Nikol Pashinyan',"Armenia's prime minister, Nikol Pashinyan",'said',partial=True)
q('1311','The soldiers leave. The debt stays.','Aidos Nurlanov','Nurlanov',None,note='introduced by a colon after "Nurlanov is not convinced that this closes the matter" (no speech verb) — cue null')
c('1311','troops_deployed',2030,'about','CSTO soldiers sent to Kazakhstan',CSTO,'sent about 2,030 soldiers to Kazakhstan',note='source given only in footnote (1): the CSTO secretariat')
c('1311','killed',225,None,'dead','Kazakh authorities','reported 225 dead')
c('1311','injured',4500,'more than','injured','Kazakh authorities','more than 4,500 injured')
c('1311','detained',10000,'about','people arrested','Kazakh authorities','some 10,000 people were arrested',note='"some" → about; footnote (2) names the Prosecutor General\'s Office')
e('1311','2022-01-02','protest','Zhanaozen',[],'The crisis began on 2 January in Zhanaozen')
e('1311','2022-01-05','protest','Almaty',[],'By 5 January the protests had reached Almaty')
e('1311','2022-01-05','other',None,[TOK,CSTO],'That evening, Tokayev asked his allies for help',note='request for CSTO help; "That evening" = 5 January (explicit date in the sentence before)')
e('1311','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on 10 January')
e('1311','2022-01-12','talks','Brussels',['Russia','NATO'],'with NATO in Brussels on 12 January')
e('1311','2022-01-10','talks',None,['Vladimir Putin',CSTO],'Vladimir Putin told the CSTO leaders on 10 January',note='CSTO video summit')
e('1311','2022-01-19','withdrawal',None,[CSTO],'The last CSTO units left on 19 January')

# ---------------- 1312 The Atlantic, Global (January 11, 2022, a Tuesday)
art('1312',0,4,5,'The Atlantic','2022-01-11',['Daniel Okafor'],None,
    ['The Atlantic','Popular   Latest   Newsletters   Sign In   Subscribe','GLOBAL','By Daniel Okafor','January 11, 2022','Share   Save',
     'Read: Why Ukraine is watching Kazakhstan','Daniel Okafor is a staff writer at The Atlantic.','Support Our Journalism',
     'Make your inbox more interesting with newsletters from your favorite Atlantic writers.'],
    le=ln('1312','a figure that has already been revised'))
q('1312','This is the template,','Fiona Aldridge','Fiona Aldridge','told',note='inverted: "…," Fiona Aldridge, a former State Department official …, told me')
q('1312','Invitation, arrival, and a promise to leave that nobody can enforce.','Fiona Aldridge','Fiona Aldridge','told',note='continuation in the same paragraph')
q('1312','quickly and effectively,','Vladimir Putin','he','said',partial=True,note='he = Putin ("Putin framed it differently."); the following “so-called colour revolutions” is excluded as an established label')
q('1312','firm in pushing back on security proposals that are simply non-starters.','Wendy Sherman','Wendy Sherman','said',partial=True)
q('1312','ironclad, waterproof, bulletproof','Sergey Ryabkov','Sergei Ryabkov','insisted',partial=True)
q('1312','Moscow wanted to arrive in Geneva as the power that keeps order in Eurasia,','Fiona Aldridge','Aldridge','said')
q('1312','Kazakhstan gave it that photograph.','Fiona Aldridge','Aldridge','said',note='continuation')
c('1312','troops_deployed',2030,None,'CSTO soldiers in the country',CSTO,'2,030 soldiers and 250 pieces of equipment',note='"250 pieces of equipment" is not a claim')
c('1312','killed',164,None,'people killed during the unrest','officials','164 people were killed',note='"Kazakh officials say"')
e('1312',None,'troop_deployment','Almaty',['Russia',CSTO],'who flew into Almaty last week',note='"last week" is not a day')
e('1312','2022-01-10','talks',None,['Vladimir Putin',CSTO],"Speaking to the alliance's leaders by video yesterday",note='"yesterday" from Tue 11 Jan')
e('1312','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'The same day, Russian and American negotiators met in Geneva',note='"The same day" = yesterday')
e('1312','2022-01-11','statement',None,[TOK],'Tokayev told his parliament today')

# ---------------- 1313 Foreign Affairs "Snapshot" (January 12, 2022, a Wednesday)
art('1313',0,4,5,'Foreign Affairs','2022-01-12',['Thomas Brennan','Leila Amirova'],None,
    ['FOREIGN AFFAIRS','Subscribe   Sign In   Search','SNAPSHOT','By Thomas Brennan and Leila Amirova','January 12, 2022',
     "THOMAS BRENNAN is a Senior Fellow at the Atlantic Council's Eurasia Center. LEILA AMIROVA is an Assistant Professor of Political Science at Nazarbayev University.",
     'Loading...','Recommended Articles',"Putin's Ukraine Gambit",'More By Thomas Brennan'],
    le=ln('1313','and reminded them who does the calling'),sections=(ln('1313','THE PRICE OF RESCUE'),))
q('1313','collective peacekeeping force','Nikol Pashinyan','Nikol Pashinyan','announced',partial=True)
q('1313','a limited period of time.','Nikol Pashinyan','Nikol Pashinyan','announced',partial=True)
q('1313','main task','Kassym-Jomart Tokayev','he','told',partial=True,note='two-word partial; he = Tokayev')
q('1313','as long as the Kazakh leadership considers it necessary.','Sergey Lavrov','Russian Foreign Minister Sergey Lavrov','has said',partial=True)
q('1313',"once Russians are in your house, it's sometimes very difficult to get them to leave.",'Antony Blinken','US Secretary of State Antony Blinken','warned',partial=True,note='clause after "warned last week that"; the one-word “offensive.” (Russian Foreign Ministry) and “bandits” are excluded')
c('1313','troops_deployed',2030,None,'CSTO troops deployed','Stanislav Zas','2,030 troops had been deployed')
c('1313','detained',9900,None,'people detained',MIA,'9,900 people have been detained')
c('1313','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000')
e('1313','2022-01-05','other',None,[TOK,CSTO],'asked for troops late on January 5',note='request for CSTO help')
e('1313',None,'statement',None,['Nikol Pashinyan',CSTO],'announced that the CSTO would send',note='undated ("within hours" of 5 Jan)')
e('1313','2022-01-10','statement',None,['Stanislav Zas'],"By Monday, the bloc's secretary-general, Stanislav Zas, said",note='"By Monday" read as Monday 10 Jan')
e('1313','2022-01-11','statement',None,[TOK],'On Tuesday, he told the Kazakh parliament')
e('1313',None,'statement',None,['Antony Blinken'],'warned last week',note='"last week" (real: 7 Jan)')
e('1313',None,'statement',None,['Russian Foreign Ministry'],'drew an angry reply from the Russian Foreign Ministry')

# ---------------- 1314 The Interpreter (Lowy Institute) (Published 10 Jan 2022, a Monday)
art('1314',0,4,5,'The Interpreter','2022-01-10',['Rebecca Thornton'],None,
    ['The Interpreter','Published daily by the Lowy Institute','Home   Topics   Regions   Contributors   Subscribe','Rebecca Thornton','Published 10 Jan 2022 06:00   Sydney time',
     'Photo: Almaty, 6 January: smoke rises over the city hall. (Flickr/Kazinform)',
     "Rebecca Thornton is a nonresident fellow in the Lowy Institute's International Security Program.",'Areas of expertise: Russia; Central Asia; energy security',
     'Topics: Kazakhstan, Russia, CSTO, Australia','Share   Print   Comment'],
    le=ln('1314','will test whether the crisis hardens'))
q('1314','temporarily paused','West Steppe Resources','an Australian company, West Steppe Resources','told',partial=True,note='closing mark then full stop outside (Australian style)')
q('1314','deeply concerned','Marise Payne','Foreign Minister Marise Payne','said',partial=True,note='the label “do not travel” (travel-advice level) in the next sentence is excluded')
q('1314','For Canberra the question is not Kazakhstan itself,','Simon Achterberg','Simon Achterberg','argues',note='inverted present-tense cue "argues Simon Achterberg"')
q('1314','It is whether Russia has just shown that a security guarantee from Moscow can be switched on overnight.','Simon Achterberg','Simon Achterberg','argues',note='continuation in the same paragraph')
q('1314','20,000 bandits',TOK,'He','said',partial=True,note='a number inside a partial; He = Tokayev; "shoot to kill" is unquoted')
c('1314','detained',5135,None,'people detained',MIA,'5,135 people had been detained')
c('1314','killed',164,None,'people died (figure later removed)','state television','164 people had died')
c('1314','troops_deployed',2030,'about','CSTO peacekeepers in the country',CSTO,'about 2,030 peacekeepers')
c('1314','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits',note='inside the quote marks')
e('1314','2022-01-07','statement',None,['West Steppe Resources'],'told the ASX on Friday')
e('1314','2022-01-06','statement',None,['Marise Payne'],'said in a short statement on Thursday')
e('1314','2022-01-06','other',None,['Department of Foreign Affairs and Trade'],'raised its travel advice',note='"the same day" = Thursday 6 Jan')
e('1314','2022-01-09','casualty_report',None,[MIA],'The Interior Ministry said on Sunday')
e('1314','2022-01-07','statement',None,[TOK],'He said on Friday')
e('1314','2022-01-10','talks','Geneva',['Russia','United States'],'the talks in Geneva today')
e('1314','2022-01-12','talks','Brussels',['Russia','NATO'],'Brussels on Wednesday')

# ---------------- 1315 New Eastern Europe interview (13 January 2022, a Thursday; interview conducted Wed 12 January)
art('1315',0,5,6,'New Eastern Europe','2022-01-13',['Piotr Zawadzki'],None,
    ['New Eastern Europe','A bimonthly news magazine dedicated to Central and Eastern European affairs','Articles   Issues   Events   Shop   Donate','Kazakhstan   Interviews',
     '13 January 2022 - Piotr Zawadzki','Interview conducted on 12 January 2022 and edited for length.',
     'Marat Ospanov is a political analyst and former adviser to the Mazhilis. Piotr Zawadzki is a contributing editor of New Eastern Europe.',
     'Support New Eastern Europe. Become a patron.','Tags: CSTO, interview, Kazakhstan, Russia'],
    le=ln('1315','watch what Moscow does'))
q('1315','The street was never the real danger',None,'one retired officer',None,zone='headline',note='headline quote; the words are those of the anonymous retired officer quoted by Ospanov in l.13, NOT Ospanov\'s own')
q('1315','The street was never the real danger. The danger was inside the palace,',None,'one retired officer','told',note='quote inside an unquoted interview answer: "as one retired officer told me" — the speaker is the officer, the interviewee only relays it')
q('1315','not fired a single shot.',SER,'Colonel General Andrei Serdyukov','told',partial=True,note='"a colour revolution" (Putin) in the same sentence is excluded as an established label')
c('1315','other',20000,None,'"terrorists trained abroad"',TOK,'20,000 terrorists trained abroad',note='in the interviewer\'s question')
c('1315','detained',9900,None,'people detained across the country',MIA,'9,900 detained across the country')
c('1315','troops_deployed',2030,'about','CSTO soldiers, mostly Russian','Marat Ospanov','About 2,030 soldiers came',note='said by the interviewee in an unquoted answer')
e('1315','2022-01-12','other',None,['Marat Ospanov','Piotr Zawadzki'],'We spoke by phone on Wednesday',note='the interview itself (also "Interview conducted on 12 January 2022")')
e('1315','2022-01-11','other','Almaty',[],'a day after the internet was restored',note='internet restored; "a day after" Wednesday 12 Jan')
e('1315',None,'protest','Mangystau',[],'a genuine protest over gas prices in Mangystau',note='undated in the text ("between 2 and 7 January")')
e('1315','2022-01-11','statement',None,[TOK],'On Tuesday Tokayev said')
e('1315','2022-01-10','talks',None,['Vladimir Putin',CSTO],'Vladimir Putin said on Monday at the CSTO summit')
e('1315',None,'statement',None,[SER],'told Russian television',note='undated')
e('1315','2022-01-13','talks','Vienna',['OSCE','Russia'],'Tomorrow in Vienna',note='"Tomorrow" said in the interview of Wed 12 Jan → 13 Jan (NOT from the publication date 13 Jan, which would give 14 Jan)')

# ---------------- 1316 The Caravan reportage (14 January 2022, a Friday)
art('1316',0,5,6,'The Caravan','2022-01-14',['ANJALI MENON'],None,
    ['THE CARAVAN','A JOURNAL OF POLITICS & CULTURE','Subscribe   Login   Magazine   Politics   Reportage','REPORTAGE','ANJALI MENON','14 January 2022','5 MIN READ',
     'Anjali Menon is a contributing writer at The Caravan.','KEYWORDS: Kazakhstan   Indian students   CSTO   Kerala','Support independent journalism. Subscribe to The Caravan.'],
    le=ln('1316','Nobody knows what happens to our practicals.')+2)  # the pull quote after the last body line is inside the span
q('1316','First it was slogans, then it was glass breaking, then it was automatic rifles,','Sneha Pillai','she','told',note='she = Sneha Pillai (start of the sentence)')
q('1316','Then it was silence, which was worse.','Sneha Pillai','she','told',note='continuation')
q('1316','maybe forty times','K Rajan Pillai','K Rajan Pillai','said',partial=True,note='"Her father, K Rajan Pillai, …, said he had called … “…”"; written-out number inside, not a claim')
q('1316','closely monitoring',MEA,'The ministry of external affairs','said',partial=True)
q('1316','accomplished in full.',SER,"Russia's General Andrei Serdyukov",'told',partial=True)
q('1316','The dean says classes will restart online next week,','Sneha Pillai','Pillai','said',note='NAME TRAP: "Pillai" alone could be the father K Rajan Pillai; the exams make it the student')
q('1316','Nobody knows what happens to our practicals.','Sneha Pillai','Pillai','said',note='continuation')
q('1316','Then it was silence, which was worse.','Sneha Pillai','she',None,n=2,note='pull quote on its own line repeated from the body; cue null')
c('1316','killed',164,None,'people killed','Kazakh Ministry of Health','put the number of people killed at 164')
c('1316','detained',8000,'almost','people detained',MIA,'nearly 8,000 people were detained')
c('1316','troops_deployed',2030,'about','CSTO troops guarding the airport and government buildings',None,'about 2,030 troops from the Russian-led')
e('1316','2022-01-10','other',None,['Sneha Pillai','ANJALI MENON'],'over a crackly WhatsApp call on Monday',note='the reporter\'s interview call')
e('1316','2022-01-05','other','Kazakhstan',[],'beginning 5 January',note='internet shutdown')
e('1316','2022-01-07','statement',None,[MEA],'in a statement on 7 January')
e('1316',None,'statement',None,['Arindam Bagchi'],"Arindam Bagchi, the ministry's spokesperson, added",note='undated')
e('1316','2022-01-13','withdrawal',None,[CSTO],'On Thursday, the first CSTO units began to leave')
e('1316',None,'statement','Almaty',[SER],'told a ceremony at the airport',note='no day given (likely Thursday 13 Jan)')

S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['the President','President'],'Kazakhstan',['he','He']),
 sp('Berik','person',['Berik'],['a municipal crew'],'Kazakhstan',['one of the men'],note='invented; first name only'),
 sp('Gulnara Sadykova','person',['Gulnara Sadykova','Sadykova'],['a lawyer who represents several detainees'],'Kazakhstan',['She','she'],note='invented'),
 sp(SER,'person',['Andrei Serdyukov'],['Colonel General','General'],'Russia',['the commander']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway'),
 sp('Aidos Nurlanov','person',['Aidos Nurlanov','Nurlanov'],['a sociologist at an Almaty university'],'Kazakhstan',['he','his'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],["Armenia's prime minister",'the Armenian prime minister'],'Armenia'),
 sp('Fiona Aldridge','person',['Fiona Aldridge','Aldridge'],['a former State Department official who now teaches at Georgetown'],'United States',note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',['he']),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State','the US deputy secretary of state'],'United States'),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],['Russian Foreign Minister'],'Russia'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',[],["Blinken's"]),
 sp('West Steppe Resources','organisation',['West Steppe Resources'],['an Australian company'],'Australia',note='invented company'),
 sp('Marise Payne','person',['Marise Payne'],['Foreign Minister'],'Australia'),
 sp('Simon Achterberg','person',['Simon Achterberg'],['a former diplomat who served in Moscow'],'Australia',note='invented'),
 sp('Sneha Pillai','person',['Sneha Pillai','Pillai'],['a 21-year-old fourth-year student'],'India',['she'],note='invented; "Pillai" alone is shared with her father'),
 sp('K Rajan Pillai','person',['K Rajan Pillai'],['a school teacher in Thrissur'],'India',['Her father'],note='invented'),
 sp(MEA,'organisation',['ministry of external affairs'],[],'India',['The ministry of external affairs']),
 sp('Stanislav Zas','person',['Stanislav Zas'],["the bloc's secretary-general"],None,quoted=False,note='source of a figure in 1313; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp('Marat Ospanov','person',['Marat Ospanov','Ospanov'],['a political analyst based in Almaty'],'Kazakhstan',quoted=False,note='invented interviewee; his answers are unquoted Q&A text, so no quote records'),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['the German foreign minister'],'Germany',quoted=False,note='mentioned; the quote after "a member of her staff" is the aide\'s'),
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
