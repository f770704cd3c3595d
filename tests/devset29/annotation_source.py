#!/usr/bin/env python3
"""Source of the devset29 annotation: the hand-chosen spans, values and dates for 325-332.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset29/annotation_source.py && python3 tests/devset29/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),headline=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=headline if headline else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
KRMFA='South Korean Foreign Ministry'; INMEA='Indian Ministry of External Affairs'; ILMFA='Israeli Foreign Ministry'
CUMFA='Cuban Ministry of Foreign Affairs'; KNB='Kazakh National Security Committee'

# ---------------- 325 Korea Herald-style piece (Jan. 7, 2022, a Friday)
art('325',0,4,14,'The Korea Herald','2022-01-07',['Kim Min-ji'],None,
    ['The Korea Herald','Home > National > Diplomacy','By Kim Min-ji','Published : Jan. 7, 2022 - 17:32      Updated : Jan. 7, 2022 - 18:05',
     'font size  A  A   |   print   |   share','Smoke rises over the city hall in Almaty, Kazakhstan, on Wednesday. (AP-Yonhap)',
     'By Kim Min-ji (minji@heraldcorp.com)','[Copyright (c) The Korea Herald. All rights reserved.]','Most Popular',
     '1  Omicron becomes dominant variant in Seoul area','2  BTS to hold concert in Seoul in March'])
q('325','So far we have not received any report of damage to our nationals, but we are keeping the emergency contact network open around the clock,','Choi Young-sam','ministry spokesperson Choi Young-sam','told',note='"told a regular briefing"; lower-case title before the name')
q('325','every option, including a temporary charter flight,','Choi Young-sam','Choi','said',partial=True,note='"was reviewing “…,” if the airport…": partial ending with a comma inside the mark')
q('325','The terrorists continue to damage property and use weapons against citizens,',TOK,'he','said',note='he = Tokayev (named in the sentence before)')
q('325','We heard shooting until dawn. My wife keeps asking when the flights will start again, and nobody can answer that,','Park Jae-won','Park','said',note='invented businessman; surname only after a first mention with age 52')
q('325','People are buying bread in 10-kilo bags,','Park Jae-won','the businessman','said',note='inverted: "…," said the businessman; "10-kilo" inside the quote is not a claim')
q('325','It is a situation that changes by the hour, so the travel alert could be raised at any time,',None,'the official','said',note='anonymous ministry official ("A ministry official, speaking on condition of anonymity")')
c('325','killed',26,None,'armed rioters "liquidated"',MIA,'26 armed rioters had been "liquidated"',note='figure before the scare-quoted verb; "liquidated" is excluded from quotes (one word)')
c('325','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('325','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('325','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'Around 2,500 troops from the Russia-led Collective Security Treaty Organization',note='"Around" -> about; "according to the alliance" at the end of the sentence')
e('325','2022-01-07','statement','Seoul',[KRMFA],'the Foreign Ministry said Friday',note='"said Friday" (no "on"), the publication day')
e('325','2022-01-06','other',None,[KRMFA],'The ministry held an emergency meeting on Thursday',note='internal government meeting')
e('325','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said earlier Friday")
e('325','2022-01-07','statement',None,[TOK],'said in a televised address Friday')
e('325',None,'troop_deployment','Kazakhstan',[CSTO],"have been sent to Kazakhstan at Tokayev's request",note='undated (real: from 6 Jan)')
e('325','2022-01-05','other','Kazakhstan',[],'when internet access across the country was cut',note='internet shutdown; "since Wednesday, when …"')
e('325','2022-01-05','other',None,[KRMFA],'The ministry raised its travel alert for the whole of Kazakhstan to level 2 on Wednesday',note='travel alert; "level 2" is not a claim')

# ---------------- 326 WION TV transcript (Jan 10, 2022, a Monday)
art('326',0,4,14,'WION','2022-01-10',[],None,
    ['WION','World | Transcripts','Jan 10, 2022, 10:45 PM (IST)','Edited By: Rohan Kapoor','Anchor: Shivani Rao','Follow Us: Facebook | Twitter | YouTube | Telegram',
     '[TRANSCRIPT]','[GFX: GENEVA TALKS | 8 HOURS | NO BREAKTHROUGH]','[GFX: CSTO FORCE IN KAZAKHSTAN: 2,030 TROOPS, 250 UNITS OF EQUIPMENT]','[END OF SEGMENT]',
     'Tags: Russia, US, Geneva, Kazakhstan, CSTO',"Also Read: Kazakhstan: Tokayev says order restored, blames 'foreign-trained terrorists'"])
q('326','long, tough and very businesslike','Sergey Ryabkov',"Russia's deputy foreign minister Sergey Ryabkov",'told',partial=True,note='inside the anchor\'s unquoted turn; "came out and told reporters the talks were “…”"')
q('326','rejected proposals that simply cannot be on the table','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('326','no intention','Sergey Ryabkov','Ryabkov','has said',partial=True,note='two-word partial with a speech verb ("has said that Russia has “no intention” of attacking Ukraine"); borderline with a scare quote')
q('326','The aim was clear: to destroy the constitutional order and to take power,',TOK,'Tokayev','said',note='inside the correspondent\'s turn; "President Tokayev of Kazakhstan" earlier in the sentence before')
q('326','stay indoors and remain in touch with the embassy',INMEA,'The Ministry of External Affairs','said in that advisory',partial=True,note='the anchor quotes the advisory; the guest had called it "The External Affairs Ministry"')
c('326','troops_deployed',100000,'about',"Russian soldiers near the Ukrainian border",'US officials','roughly 100,000 soldiers it has near the Ukrainian border',note='"according to US estimates"; "roughly" -> about')
c('326','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'about 2,030 troops are in Kazakhstan',note='the on-screen [GFX] line with 2,030 / 250 is furniture and not annotated (like a caption)')
c('326','detained',7939,None,'people detained','Kazakh authorities','7,939 people have been detained')
e('326','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'have wrapped up nearly eight hours of talks in Geneva',note='"tonight" on the day of broadcast')
e('326','2022-01-10','talks',None,['Vladimir Putin',TOK,CSTO],'earlier today President Putin joined a video summit of the CSTO',note='CSTO Collective Security Council video session')
e('326','2022-01-10','other','Kazakhstan',[],'Monday was also declared a day of national mourning')
e('326','2022-01-06','statement',None,[INMEA],'The External Affairs Ministry issued an advisory on Thursday',note='Thursday before Monday 10 Jan')
e('326','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets in Brussels on Wednesday',note='future')
e('326','2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna the day after',note='"the day after" Wednesday 12 Jan, not after the broadcast day')

# ---------------- 327 WSJ "What's News" newsletter (Thursday, January 13, 2022)
art('327',0,2,14,'The Wall Street Journal','2022-01-13',['Daniel Ostrowski'],None,
    ['From: The Wall Street Journal <access@interactive.wsj.com>',"Subject: What's News: NATO, Russia Talks End Without a Deal",'View in browser',
     'THE WALL STREET JOURNAL.',"What's News",'Thursday, January 13, 2022','By Daniel Ostrowski',"Good morning. Here's what's happening:",
     "- Read more: The Kremlin's demands, explained.",'MARKETS','S&P 500: 4726.35, +0.3%','Brent crude: $84.67 a barrel, +1.1%',
     'Forward this newsletter | Sign up | Manage subscriptions | Privacy Notice','Copyright 2022 Dow Jones & Company, Inc. All Rights Reserved.',
     '1211 Avenue of the Americas, New York, N.Y. 10036'],
    sections=(ln('327','MARKETS\n'),ln('327','QUOTE OF THE DAY'),ln('327','NEED TO KNOW')),
    headline="What's News: NATO, Russia Talks End Without a Deal")
q('327','Allies and Russia see these questions very differently, and closing that gap will take time,','Jens Stoltenberg','he','told',note='he = Secretary-General Jens Stoltenberg, named earlier in the paragraph')
q('327','The job we asked our partners to do is done,',TOK,'he','told',note='"he told lawmakers"; he = Tokayev')
q('327','We are not going to negotiate about Ukraine without Ukraine at the table.',None,'a senior State Department official','speaking to reporters',note='"QUOTE OF THE DAY" box: the quote stands alone, attribution after an em dash with a participle ("— a senior State Department official, speaking to reporters on Wednesday")')
c('327','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'US officials',"Some 100,000 Russian troops remain near Ukraine's border",note='"Some" -> about; "U.S. officials say"')
c('327','troops_deployed',2030,'about','CSTO troops flown into Kazakhstan',None,'the bloc flew in about 2,030 troops',note='the sentence attributes the withdrawal start to Tokayev, not the figure')
c('327','detained',9900,'more than','people detained',MIA,'more than 9,900 people have been detained')
c('327','killed',164,None,'dead (figure later withdrawn)','state media','a figure of 164 dead',note='withdrawn figure, kept as a claim (as devset19 249 and devset23 284)')
e('327','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'After a four-hour session of the NATO-Russia Council in Brussels on Wednesday')
e('327',None,'statement',None,['Alexander Grushko'],'Alexander Grushko, said after the meeting',note='"after the meeting" is not a day word (the meeting was on Wednesday 12 Jan)')
e('327','2022-01-13','talks','Vienna',['OSCE','Russia'],'The talks move to Vienna today')
e('327','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin withdrawing today')
e('327',None,'troop_deployment','Kazakhstan',[CSTO],'a week after the bloc flew in',note='"a week after" — not a day (real: from 6 Jan)')
e('327','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that the withdrawal would take no more than 10 days')
e('327','2022-01-09','casualty_report',None,['state media'],'that state media reported on Sunday')
e('327','2022-01-11','appointment',None,['Alikhan Smailov',TOK],'was confirmed by parliament on Tuesday')

# ---------------- 328 NEWS.am item (12:47, 13.01.2022, a Thursday)
art('328',0,4,10,'NEWS.am','2022-01-13',[],'YEREVAN',
    ['NEWS.am','Politics  |  Society  |  Economy  |  World  |  Karabakh','12:47, 13.01.2022','Region: Armenia, Kazakhstan','Theme: Politics',
     'Read also','Pashinyan: CSTO mission in Kazakhstan is temporary',"Armenia's ruling party MP: \"We could not say no to the request\"",
     'Comments (14)','Share: Facebook | Twitter | VK | Telegram',"NEWS.am is not responsible for the content of readers' comments.",
     '© 2022 NEWS.am. All rights reserved. When using materials, a hyperlink to NEWS.am is required.'])
q('328','Our servicemen have fulfilled their tasks of guarding the facilities assigned to them. They will return to Armenia in the coming days in accordance with the schedule approved by the CSTO command,','Aram Torosyan','Defense Ministry spokesperson Aram Torosyan','wrote',note='"wrote on Facebook"')
q('328','limited in time and in scope','Nikol Pashinyan','Prime Minister Nikol Pashinyan','had said',partial=True)
q('328','as soon as the Kazakh side considers it necessary.','Nikol Pashinyan','Prime Minister Nikol Pashinyan','had said',partial=True,note='second partial of the same sentence; full stop inside the closing mark')
q('328',"Last year, when Azerbaijani troops entered Armenian territory, the CSTO did not send a single soldier. Now we send ours to defend someone else's government,",'Gohar Sahakyan','Gohar Sahakyan','said',note='inverted: "…," said Gohar Sahakyan, a deputy of …; invented MP; the faction name "Hayastan" in quotes is excluded')
q('328','The government informed us after the planes had already taken off.','Gohar Sahakyan','Sahakyan','added',note='introduced by a colon after "Sahakyan added that …:"')
q('328','in line with its obligations as chair','Nikol Pashinyan','Pashinyan','telling',partial=True,note='"telling reporters that Armenia had acted “…”"')
q('328','We could not say no to the request',None,"Armenia's ruling party MP",None,art=None,zone='related',note='"Read also" teaser headline with "NAME: “…”" form and no verb; unnamed MP')
c('328','troops_deployed',100,'about','Armenian military personnel deployed to Kazakhstan','Aram Torosyan','About 100 Armenian military personnel were deployed',note='"he said" at the end of the sentence (he = Torosyan)')
c('328','troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',None,'about 2,030 troops')
c('328','other',250,None,'units of military equipment deployed by the CSTO',None,'250 units of military equipment',note='"about" is applied to 2,030 only (gold rule 5)')
c('328','detained',7939,None,'people detained during the unrest','Kazakh authorities','7,939 people were detained')
e('328','2022-01-13','withdrawal','Kazakhstan',['Armenia',CSTO],'will begin returning home on Thursday',note='Thursday = publication day')
e('328',None,'statement',None,['Aram Torosyan'],'wrote on Facebook',note='undated post')
e('328','2022-01-10','talks',None,['Nikol Pashinyan',CSTO],"at the organization's online summit on Monday")
e('328','2022-01-12','statement',None,['Nikol Pashinyan'],'Pashinyan rejected the criticism on Wednesday')
e('328','2022-01-11','statement',None,[TOK],'Tokayev announced on January 11')
e('328','2022-01-02','protest','western Kazakhstan',[],'which started on January 2')
e('328','2022-01-06','troop_deployment','Kazakhstan',['Armenia'],'flew to Kazakhstan on January 6')

# ---------------- 329 The Conversation article (Published: January 11, 2022 8.20am EST, a Tuesday)
art('329',0,4,20,'The Conversation','2022-01-11',['Laura Brennan'],None,
    ['THE CONVERSATION','Academic rigour, journalistic flair','Published: January 11, 2022 8.20am EST','Author','Laura Brennan',
     'Senior Lecturer in International Relations, University of Leeds','Disclosure statement',
     'Laura Brennan does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.',
     'Partners','University of Leeds provides funding as a member of The Conversation UK.','Email | Twitter | Facebook | LinkedIn | WhatsApp | Messenger',
     'Republish this article','Republish our articles for free, online or in print, under a Creative Commons licence.',
     'Kazakhstan | Russia | CSTO | Vladimir Putin | Central Asia','Want to write?',
     'Write an article and join a growing community of more than 155,400 academics and researchers from 4,471 institutions.','Register now'],
    sections=(ln('329','A request, not an invasion'),ln('329','What the numbers tell us'),ln('329','Getting out')))
q('329','a single centre',TOK,'he','what he called',partial=True,note='"he described what he called “…”"; he = Tokayev; the two "terrorists" scare quotes nearby are excluded')
q('329','The mission has been a success. In two days a phased withdrawal will begin,',TOK,'he','said')
q('329','no more than ten days',TOK,'he','adding that',partial=True,note='"…," he said, adding that it would take “…”" — duration inside, not a claim')
q('329','Everyone is grateful for calm, and everyone is counting the days until they go.',None,'one Kazakh colleague','put it to me',note='"As one Kazakh colleague put it to me in a message on Saturday: “…”" — anonymous, colon-introduced')
q('329','History shows that inviting Russian forces in is easy; persuading them to leave is much harder,','Antony Blinken','he','told',note='he = Blinken, named in the sentence before ("was blunter last week")')
c('329','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'about 2,030 troops',note='"the alliance said"')
c('329','other',250,None,'pieces of CSTO equipment',CSTO,'250 pieces of equipment')
c('329','killed',164,None,'deaths (figure published, then removed)','state media','a figure of 164 deaths',note='"published by state media, citing the health ministry, and then removed"')
c('329','detained',7939,None,'people detained',MIA,'7,939 people have been detained')
c('329','killed',16,'at least','members of the security forces killed','officials','At least 16 members of the security forces were killed')
e('329',None,'other',None,[CSTO,TOK],'the Russia-led alliance approved its first ever collective deployment',note='"Last week" — not a day (real: night of 5–6 Jan)')
e('329','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],"Speaking to the CSTO's leaders by video link on Monday",note='Monday before Tuesday 11 Jan')
e('329','2022-01-09','casualty_report',None,['state media'],'On Sunday, a figure of 164 deaths was published by state media')
e('329','2022-01-11','statement',None,[TOK],'This morning Tokayev told parliament',note='"This morning" = publication day')
e('329',None,'statement',None,['Antony Blinken'],'was blunter last week',note='"last week" — not a day (real: 7 Jan)')
e('329',None,'statement',None,['Kremlin'],'The Kremlin called the remark offensive',note='undated')
e('329','2022-01-10','talks','Geneva',['Russia','United States'],"Russia's talks with the US in Geneva on Monday")
e('329','2022-01-12','talks','Brussels',['Russia','NATO'],'with NATO in Brussels tomorrow',note='"tomorrow" from Tuesday 11 Jan')

# ---------------- 330 Hacker News thread (no date: "3 days ago")
art('330',0,3,8,'Hacker News',None,['steppe_ops'],None,
    [T[doc('330')].split('\n')[0],'412 points by steppe_ops 3 days ago | hide | past | favorite | 188 comments','[–] kestrel_dev 3 days ago | next [–]',
     '  [–] ohmsford 3 days ago | parent | next [–]','      Please keep the thread on topic and avoid flamebait. https://news.ycombinator.com/newsguidelines.html',
     'Guidelines | FAQ | Lists | API | Security | Legal | Apply to YC | Contact','Search:'])
q('330','about 5% of ordinary levels','NetBlocks','Their post','says',partial=True,note='"Their post says connectivity fell to “…”"; Their = NetBlocks')
q('330','The state has every right to cut the internet. We have no right to complain, only to wait.','Aidos Bekov','The head of the national mining association, Aidos Bekov','told',note='invented; colon-introduced ("told a local outlet: “…”"), quoted second-hand by a commenter')
q('330','without warning',TOK,'Tokayev','said',partial=True,note='two-word partial with "said he gave the order to shoot"; the label "armed criminals" in the same comment is excluded')
q('330','at the request of the authorities','Kazakhtelecom','The operator itself','said in a short statement',partial=True)
q('330','as soon as the situation stabilises','Kazakhtelecom','The operator itself','said in a short statement',partial=True)
q('330',"Our machines are fine. Our people can't get to work, and that's the real problem.",None,'Their CEO','put it this way',note='unnamed CEO of a hosting company; colon-introduced')
q('330','largely restored',TOK,'Tokayev','said',partial=True,note='two-word partial; "today" cannot be resolved (no publication date)')
c('330','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed')
c('330','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('330','killed',18,None,'police and soldiers killed',MIA,'18 police and soldiers died')
c('330','troops_deployed',2500,'about','CSTO troops (mostly Russian) in Kazakhstan',None,'about 2,500 CSTO troops',note='a commenter\'s figure, no source')
e('330',None,'other','Kazakhstan',[],'the country went almost completely dark on Wednesday evening',note='internet shutdown; no publication date, so "Wednesday" stays null (real: 5 Jan)')
e('330',None,'statement',None,['Aidos Bekov'],'told a local outlet',note='undated')
e('330',None,'statement',None,['Kazakhtelecom'],'said in a short statement',note='undated')
e('330',None,'casualty_report',None,[MIA],'the Interior Ministry says 26',note='undated')
e('330',None,'statement',None,[TOK],'Tokayev said today that constitutional order had been',note='"today" relative to a comment posted "1 day ago" (real: 7 Jan)')

# ---------------- 331 Times of Israel liveblog entry (6 January 2022, 7:48 pm, a Thursday)
art('331',0,6,13,'The Times of Israel','2022-01-06',[],None,
    ['THE TIMES OF ISRAEL','Israel & the Region | Jewish Times | Israel Inside | Ops & Blogs | Liveblog','LIVEBLOG — January 06, 2022','By TOI Staff',
     '6 January 2022, 7:48 pm','Share | Facebook | Twitter | Email | Comment','Agencies contributed to this report.','Join our Israel Daily Edition newsletter',
     'READ MORE:','Israel & the Region | Foreign Ministry | Kazakhstan | Russia','More from the Liveblog',
     'Health Ministry: Over 60,000 new virus cases recorded Wednesday','Sirens sound in Gaza border communities; no rockets found'])
q('331','We are in constant contact with the Israelis who are in Kazakhstan, and at this stage there are no injured among them,','Lior Haiat','ministry spokesman Lior Haiat','tells',note='present-tense liveblog cue "tells The Times of Israel"')
q('331','consider additional steps','Lior Haiat','He','says',partial=True)
q('331','The streets are empty, the phones barely work, and we ask everyone to pray at home,','Mikhail Berkovich','Berkovich','says',note='invented community leader; "says in a voice message"')
q('331','There is shooting in the center, but nobody has touched our building.','Mikhail Berkovich','Berkovich','says',note='second sentence of the same paragraph after the attribution; no own cue')
q('331','with concern',None,'An official in his office','says',partial=True,note='anonymous official in the prime minister\'s office; two-word evaluative partial (as devset19 "with great concern"); "dozens" (l.23) is a one-word quote and excluded')
c('331','killed',12,None,'members of the security forces killed',MIA,'12 members of the security forces were killed')
c('331','injured',353,None,'members of the security forces injured',MIA,'353 injured')
c('331','detained',2298,None,'people detained','state television','2,298 people had been detained')
e('331',None,'statement',None,[ILMFA],'The Foreign Ministry says there are no reports',note='present tense, no day word (publication day 6 Jan)')
e('331','2022-01-05','other','Almaty',['Mikhail Berkovich'],'synagogue services were canceled on Wednesday night',note='cancellation of services')
e('331','2022-01-06','casualty_report','Almaty',['police'],'Kazakh police said earlier Thursday')
e('331',None,'protest','Almaty',[],'as they tried to storm police buildings in Almaty',note='"overnight" (night of 5–6 Jan), not a day word')
e('331','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers began arriving in Kazakhstan on Thursday')
e('331','2022-01-05','other',None,[TOK,CSTO],'asked for help on Wednesday',note='request for CSTO help')

# ---------------- 332 Prensa Latina item (Havana, Jan 8; a Saturday)
art('332',0,6,8,'Prensa Latina','2022-01-08',[],'Havana',
    ['Prensa Latina','Latin American News Agency','Home  >  World  >  Asia','rgh/ifb/mem','Share:  Facebook  Twitter  WhatsApp','Related News',
     'Venezuela rejects destabilization attempts in Kazakhstan','Nicaragua expresses support for Kazakh government',
     '© Prensa Latina 2022. All rights reserved. Reproduction permitted citing the source.'])
q('332','any attempt at foreign interference',CUMFA,'The Cuban government','rejected',partial=True,note='object of "rejected" (not a speech verb proper); the statement is the MINREX one described in the next paragraph')
q('332','in the shortest possible time, in the interest of the whole people',CUMFA,'Cuba','said',partial=True,note='"In a statement released by the Ministry of Foreign Affairs (MINREX), Cuba said …"')
q('332','Cuba stands with the fraternal people of Kazakhstan, with whom we share a long history of friendship and cooperation,','Bruno Rodriguez','the FM','posted',note='abbreviated title "the FM" after the name in the sentence before')
q('332','Order has been mostly restored, but the terrorists are still using weapons,',TOK,'Tokayev','said',note='"the Kazakh head of state" earlier in the same sentence')
c('332','detained',4404,None,'people detained','officials','4,404 people were detained',note='"According to official figures published in Nur-Sultan"')
c('332','killed',26,None,'armed attackers killed','officials','26 armed attackers were killed')
c('332','killed',18,None,'members of the law enforcement agencies killed','Kazakh authorities','18 members of the law enforcement agencies died')
c('332','injured',700,'more than','members of the law enforcement agencies injured','Kazakh authorities','more than 700 were injured')
c('332','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits had attacked')
c('332','other',70,'more than','aircraft used to move CSTO troops',RDM,'more than 70 aircraft')
e('332','2022-01-08','statement','Havana',[CUMFA],'The Cuban government on Saturday expressed its solidarity')
e('332',None,'statement',None,['Bruno Rodriguez'],'wrote on Twitter that Havana supports',note='undated tweet')
e('332','2022-01-08','statement',None,[KNB],"On Saturday, Kazakhstan's National Security Committee (KNB) reported")
e('332','2022-01-06','arrest',None,['Karim Masimov',KNB],'was arrested on Thursday on suspicion of high treason',note='Thursday before Saturday 8 Jan; announced on Saturday')
e('332','2022-01-05','other',None,[TOK,'Karim Masimov'],'Massimov was dismissed by Tokayev on Wednesday',note='dismissal; printed "Massimov" (canonical Karim Masimov, the majority spelling of earlier sets)')
e('332','2022-01-07','statement',None,[TOK],'In his address to the nation on Friday')
e('332',None,'troop_deployment','Kazakhstan',[CSTO],'deployed a peacekeeping force at the request of the Kazakh president',note='undated')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Kazakh president'],'Kazakhstan',['he','the Kazakh head of state'],["Tokayev's"]),
 sp('Choi Young-sam','person',['Choi Young-sam','Choi'],['ministry spokesperson'],'South Korea',note='words invented'),
 sp('Park Jae-won','person',['Park Jae-won','Park'],[],'South Korea',['the businessman'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],["Russia's deputy foreign minister"],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp(INMEA,'organisation',['Ministry of External Affairs','External Affairs Ministry'],[],'India',['The Ministry of External Affairs']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary-General'],None,['he']),
 sp('Aram Torosyan','person',['Aram Torosyan'],['Defense Ministry spokesperson'],'Armenia',['him'],note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister'],'Armenia'),
 sp('Gohar Sahakyan','person',['Gohar Sahakyan','Sahakyan'],['a deputy of the opposition "Hayastan" faction'],'Armenia',note='invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['The US secretary of state'],'United States',['he']),
 sp('NetBlocks','organisation',['NetBlocks'],[],None,['Their post']),
 sp('Aidos Bekov','person',['Aidos Bekov'],['The head of the national mining association'],'Kazakhstan',note='invented'),
 sp('Kazakhtelecom','organisation',['Kazakhtelecom'],[],'Kazakhstan',['The operator itself']),
 sp('Lior Haiat','person',['Lior Haiat'],['ministry spokesman'],'Israel',['He'],note='words invented'),
 sp('Mikhail Berkovich','person',['Mikhail Berkovich','Berkovich'],['heads a Jewish cultural center in Almaty'],'Kazakhstan',note='invented'),
 sp(CUMFA,'organisation',['Ministry of Foreign Affairs (MINREX)','MINREX'],[],'Cuba',['The Cuban government','Cuba']),
 sp('Bruno Rodriguez','person',['Bruno Rodriguez'],['Foreign Minister'],'Cuba',['the FM'],note='words invented; printed without the accent'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','the bloc'],[],quoted=False,note='source of figures; not quoted in this set'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],[],quoted=False,note='mentioned in 326 and 329, not quoted (his words are reported without marks)'),
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
