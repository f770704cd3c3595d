#!/usr/bin/env python3
"""Source of the devset57 annotation: the hand-chosen spans, values and dates for 549-556.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset57/annotation_source.py && python3 tests/devset57/verify.py
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
KUL='Dmytro Kuleba'; TIL='Mukhtar Tileuberdi'; UAMFA='Ukrainian Foreign Ministry'; ILMFA='Israeli Foreign Ministry'
KWMFA='Kuwaiti Foreign Ministry'; KZA='Kazakh authorities'; RU='Russia'; US='United States'

# ---------------- 549 NV.ua piece (7 January, 2022, a Friday)
art('549',0,6,13,'NV','2022-01-07',['Olena Hrytsenko'],None,
    ['NV','New Voice of Ukraine','Ukraine   Politics   World   Business   Opinion   NV Premium','7 January, 2022, 18:42','Olena Hrytsenko','NV.ua correspondent',
     'Photo: Russian paratroopers board an Il-76 transport plane at the Chkalovsky airfield near Moscow (Photo: press service of the Russian Defence Ministry)',
     'Read also: What is the CSTO and why does the Kremlin need it','Tags: Kazakhstan, Russia, CSTO, Dmytro Kuleba','Share:   Facebook   Twitter   Telegram',
     'Subscribe to NV on Google News','© 2022 NV. All rights reserved. Full or partial use of materials is permitted only with a hyperlink to nv.ua'])
q('549','do not leave easily',KUL,'Kuleba',None,zone='headline',partial=True,note='headline partial; the full sentence is in the body quote (l.15)')
q('549','History teaches us that when Russian troops enter your country, they do not leave easily. Ask Georgia, ask Moldova, ask us,',KUL,'Kuleba','said')
q('549','every single flight',KUL,'The minister','added',partial=True)
q('549','warm and friendly',KUL,'The minister','said',partial=True,note='second partial in the same sentence, second verb "and said"')
q('549','Moscow is testing how quickly it can move a division across half a continent. Today it is Almaty, tomorrow it could be somewhere much closer to us,','Mykhailo Podolyak','he','wrote',note='he = Podolyak, named alone in the previous paragraph; a tweet')
q('549','This is a political deployment, not a military one,','Taras Melnychuk','Melnychuk','said',note='inverted cue "said Melnychuk"; invented analyst')
q('549','The Kremlin wanted to show that it can land a brigade anywhere in the former Soviet Union within a day.','Taras Melnychuk','Melnychuk','said',note='continuation after the interposed cue, same paragraph')
q('549','without Ukraine at the table',KUL,'Kuleba','said',partial=True,note='"Kuleba said last week that …"')
c('549','troops_deployed',2500,'about','CSTO servicemen being sent to Kazakhstan',CSTO,'about 2,500 servicemen from Russia')
c('549','killed',26,None,'armed rioters killed ("liquidated")',MIA,'26 armed rioters had been "liquidated"',note='one-word scare quote "liquidated" excluded from quotes, as in the gold 000')
c('549','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had died')
c('549','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
e('549','2022-01-07','statement',None,[KUL],'Dmytro Kuleba on Friday warned the Kazakh leadership',note='ICTV interview')
e('549',None,'troop_deployment','Kazakhstan',[CSTO],'are being sent to Kazakhstan',note='undated')
e('549','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('549','2022-01-06','statement',None,['Mykhailo Podolyak'],'he wrote on Twitter on Thursday evening',note='Thursday before Friday 7 Jan')
e('549','2022-01-10','talks','Geneva',[RU,US],'due to meet in Geneva on Monday',note='future; the Monday after Friday 7 Jan')
e('549','2022-01-12','talks','Brussels',['NATO',RU],'NATO-Russia Council in Brussels on January 12')
e('549',None,'statement',None,[KUL],'Kuleba said last week',note='"last week" is a period, not a day')

# ---------------- 550 ZN.ua analysis (14 January 2022, a Friday)
art('550',0,6,12,'ZN.UA','2022-01-14',['Serhiy Vakulenko'],None,
    ['ZN.UA','Mirror Weekly','UKR | РУС | ENG','POLITICS  |  ANALYTICS','Author: Serhiy Vakulenko','14 January 2022, 11:20','Views: 5 236  ·  Reading time: 6 min',
     'Subscribe to our Telegram channel','Found a mistake? Select it and press Ctrl+Enter','All rights reserved. © ZN.UA 1994–2022'],
    sections=(ln('550','Geneva: the red lines stay red'),ln('550','Brussels and Vienna: the same text, other voices'),ln('550','The Kazakh rehearsal')))
q('550','difficult, long and very specific','Sergey Ryabkov','Ryabkov','described',partial=True,note='"described them afterwards as “…”"')
q('550','an absolute must','Sergey Ryabkov','Ryabkov','repeated',partial=True)
q('550','slam shut','Wendy Sherman','Sherman','told',partial=True,note='two-word partial with a speech verb ("told journalists that …")')
q('550','We were clear that some of these proposals simply cannot be the subject of negotiation,','Wendy Sherman','she','said')
q('550','deep and real disagreements','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','admitted',partial=True)
q('550','returning to the schemes of the Cold War','Alexander Grushko','Alexander Grushko','in his words',partial=True,note='cue "in his words" after a colon; "was harsher:"')
q('550','fully accomplished','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True,note='"the commander of the mission, Colonel General Andrei Serdyukov, said"')
q('550','Moscow has shown that its soldiers can arrive in a friendly capital in hours and leave when they choose,','Yevhen Sydorenko','Ukrainian diplomat Yevhen Sydorenko','told',note='inverted: "…," Ukrainian diplomat NAME, who …, told ZN.UA; invented diplomat')
q('550','In Kazakhstan they were invited. The question for us is what happens where they are not.','Yevhen Sydorenko','Ukrainian diplomat Yevhen Sydorenko','told',note='continuation after the interposed cue')
c('550','troops_deployed',2030,None,'CSTO servicemen deployed in Kazakhstan',CSTO,'2,030 servicemen')
c('550','other',250,'about','units of CSTO military equipment',CSTO,'about 250 units of military equipment',note='as earlier sets record the 250 units')
c('550','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
e('550','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'The talks on Monday between Deputy Foreign Minister Sergey Ryabkov',note='Monday of the week ending Friday 14 Jan')
e('550','2022-01-12','talks','Brussels',['NATO',RU],'On Wednesday the NATO-Russia Council met')
e('550','2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich'],'In Vienna on Thursday, at the OSCE Permanent Council')
e('550','2022-01-13','withdrawal','Almaty',[CSTO,'Andrei Serdyukov'],'On Thursday the formal withdrawal began')
e('550','2022-01-11','statement','Nur-Sultan',[TOK],'had announced the withdrawal on Tuesday',note='address to the Mazhilis')
e('550','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on the same day',note='"on the same day" = the Tuesday of the previous sentence')
e('550',None,'other',None,[US,'NATO'],'which were promised for next week',note='written answers to Moscow; "next week" is not a day')

# ---------------- 551 Ukrainian MFA website news item (10 January 2022, a Monday)
art('551',0,5,9,'Ministry of Foreign Affairs of Ukraine','2022-01-10',[],None,
    ['Ministry of Foreign Affairs of Ukraine','УКР | ENG','Home > Press Center > News','10 January 2022 - 15:47','Tags: Kazakhstan, Dmytro Kuleba, consular assistance',
     'Print version','Share','Press Service of the Ministry of Foreign Affairs of Ukraine','© 2022 Ministry of Foreign Affairs of Ukraine'])
q('551','Ukraine respects the sovereignty and territorial integrity of Kazakhstan and is convinced that the Kazakh people will overcome this crisis themselves,',KUL,'the Minister','emphasized',note='"the Minister" = Kuleba (the Kazakh minister is also in the paragraph before)')
q('551','temporary and strictly limited',TIL,'He','stated',partial=True,note='He = Tileuberdi')
q('551','Our priority is simple: every Ukrainian who wants to come home must be able to do so safely,',KUL,'Dmytro Kuleba','said')
q('551','There can be no talks about Ukraine without Ukraine.',KUL,'The Minister','reiterated',note='cue before a colon: "The Minister reiterated Ukraine\'s principled position: “…”"')
c('551','killed',16,None,'law enforcement officers killed',TIL,'16 law enforcement officers had been killed')
c('551','detained',7900,'more than','people detained in the counter-terrorist operation',TIL,'more than 7,900 people had been detained')
e('551','2022-01-10','talks',None,[KUL,TIL],'held a telephone conversation with Deputy Prime Minister',note='phone call; the item date (and "on the day … began talks in Geneva")')
e('551','2022-01-09','other','Almaty',[UAMFA],'left Kazakhstan on a flight from Almaty to Kyiv on Sunday',note='evacuation flight; Sunday before Monday 10 Jan')
e('551','2022-01-10','talks','Geneva',[RU,US],'began talks in Geneva')
e('551','2022-01-06','statement',None,[UAMFA],'on 6 January, the Ministry of Foreign Affairs of Ukraine called on Ukrainian citizens',note='travel advice')

# ---------------- 552 Tasnim item (January, 10, 2022, a Monday)
art('552',0,5,9,'Tasnim News Agency','2022-01-10',[],'TEHRAN',
    ['Tasnim News Agency','Home  Politics  Economy  Sports  World  Society  Culture  Media','World news','January, 10, 2022 - 15:22  World news','Most Visited in World news',
     'Russia, US Start Security Talks in Geneva',"China Backs Kazakhstan's Efforts to Restore Order",'Taliban Reject Reports of Rift in Leadership'])
q('552','The Islamic Republic of Iran believes that the Kazakh government and nation are wise enough to resolve the problems through dialogue and legal channels,','Saeed Khatibzadeh','Saeed Khatibzadeh','said')
q('552','We are against any interference by foreign countries and we hope that calm will be fully restored in this friendly and neighboring country as soon as possible,','Saeed Khatibzadeh','he','added')
q('552','respects the decisions of sovereign states','Saeed Khatibzadeh','the spokesman','said',partial=True)
q('552',"an attempted coup d'etat",TOK,'President Kassym-Jomart Tokayev','described',partial=True,note='"has described the unrest as “…”"')
q('552','well-trained terrorist groups',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('552','relative progress','Saeed Khatibzadeh','Khatibzadeh','saying',partial=True,note='Vienna nuclear talks, off the main topic but a quote')
q('552','a good agreement is within reach only if the other side shows real will','Saeed Khatibzadeh','Khatibzadeh','saying',partial=True)
c('552','detained',8000,'about','people detained',MIA,'about 8,000 people had been detained')
c('552','killed',164,None,'people killed (figure later withdrawn)','state television','164 people had been killed',note='"a figure later withdrawn by the authorities"')
e('552','2022-01-10','statement','Tehran',['Saeed Khatibzadeh'],'at his weekly press conference in Tehran on Monday')
e('552','2022-01-08','talks',None,['Hossein Amir-Abdollahian',TIL],'in a phone call with his Kazakh counterpart Mukhtar Tileuberdi on Saturday',note='Saturday before Monday 10 Jan')
e('552','2022-01-02','protest','western Kazakhstan',[],'The protests began in the oil-rich west on January 2')
e('552','2022-01-10','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Monday')
e('552','2022-01-09','casualty_report',None,['state television'],'state television reported on Sunday')

# ---------------- 553 Asharq Al-Awsat English piece (Saturday, 8 January, 2022)
art('553',0,6,12,'Asharq Al-Awsat','2022-01-08',['Sami Haddad'],'Moscow',
    ['ASHARQ AL-AWSAT','English Edition','Home | Arab World | World | Opinion | Features | Sport | Culture','World','Saturday, 8 January, 2022 - 06:30',
     'Russian paratroopers at an airfield near Almaty, January 7, 2022. (Russian Defense Ministry/AP)','Moscow - Sami Haddad','Related News',
     "Kazakhstan's President Authorizes Troops to 'Fire Without Warning'",'Oil Prices Rise as Kazakh Unrest Hits Output at Tengiz Field','Asharq Al-Awsat © 2022 - All rights reserved'])
q('553','This is not an occupation and it is not an operation against the people. Our servicemen will leave as soon as the Kazakh side says their work is done,','Dmitry Peskov','he','said',note='"peacekeeping contingent" earlier in the paragraph is a label (excluded)')
q('553','attempts to rock the situation from outside','Sergey Lavrov','He','said',partial=True)
q('553','to fire without warning',TOK,'he','said',partial=True,note='"he said he had given … the order “…”"')
q('553','There will be no talks with armed bandits who burned our cities,',TOK,'the Kazakh president','said')
q('553',"Moscow wanted everybody to see, in Kiev and in Washington, how fast it can move before Monday's talks in Geneva,",None,'A Russian military expert','said',note='anonymous expert; the cue is "he said", the descriptive mention is kept in speaker_as_written')
q('553','matters more than the numbers','Vladimir Yevseyev','he','stressed',partial=True,note='"he stressed" interposed before the partial')
c('553','aircraft',70,'more than','Russian military transport aircraft in the airlift',RDM,'more than 70 military transport aircraft')
c('553','killed',26,None,'armed criminals killed',MIA,'26 armed criminals have been killed')
c('553','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died',note='"two of them decapitated" is a subset, not a claim')
c('553','detained',4400,'more than','people detained',MIA,'More than 4,400 people have been detained')
c('553','troops_deployed',2500,'about','CSTO mission size',CSTO,'about 2,500 troops according to the CSTO')
e('553','2022-01-07','statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters on Friday')
e('553','2022-01-06','troop_deployment','Almaty',[RU],'The first units landed at Almaty airport on Thursday')
e('553',None,'other',None,[CSTO],"hours after the CSTO's Collective Security Council approved the request",note='approval of the request; dated only relative to the landing')
e('553','2022-01-05','other',None,[TOK,CSTO],'the request sent by President Kassym-Jomart Tokayev late on Wednesday')
e('553',None,'statement',None,['Sergey Lavrov'],'in a statement published by his ministry')
e('553','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('553','2022-01-10','talks','Geneva',[RU,US],"Monday's talks in Geneva",note='inside a quote; the Monday after Saturday 8 Jan')
e('553',None,'statement',None,['US State Department'],'The US State Department said it was watching')

# ---------------- 554 i24NEWS piece (January 11, 2022, a Tuesday)
art('554',0,6,14,'i24NEWS','2022-01-11',[],None,
    ['i24NEWS','ENGLISH | FRANÇAIS | العربية | עברית','LIVE   News   Middle East   Israel   World   Tech & Business   Shows','WORLD','With AFP','4 min read',
     'January 11, 2022 at 05:40 PM','(Updated: January 11, 2022 at 07:15 PM)','RELATED','Kazakhstan: Israelis urged to stay indoors as violence spreads',
     "Israeli FM Lapid: 'We are watching the events in Kazakhstan'",'Copyright i24NEWS 2022'])
q('554','We are in constant contact with the Israelis who remain in the country and with the Kazakh authorities, and we will continue to help anyone who needs it,',ILMFA,'the ministry','said in a statement')
q('554','On Wednesday night we heard shooting until morning. We sat in the hotel basement with the lights off,','Noa Ben-Ami','Noa Ben-Ami','told',note='invented traveller; age after the name')
q('554','behaved like family',None,'Her husband','added',partial=True,note='unnamed husband of Noa Ben-Ami')
q('554','Thank God, nobody from the community was hurt. Our synagogue was closed for three days, and yesterday we prayed there again,','Elazar Kogan','he','said',note='invented rabbi')
q('554','successfully completed',TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('554','A small circle became very rich over these years, even by world standards. Now it is time for them to give something back to the people,',TOK,'Tokayev','said',note='invented wording')
q('554','with concern','Yair Lapid',"Israel's Foreign Minister Yair Lapid",'said',partial=True,note='two-word partial; the one-word "underestimating" (Ryabkov) is excluded')
c('554','troops_deployed',2030,None,'CSTO troops to be withdrawn',TOK,'The withdrawal of the 2,030 troops',note='"he said" at the end of the sentence')
c('554','detained',10000,'almost','people detained',KZA,'nearly 10,000 people had been detained')
c('554','killed',160,'more than','civilians killed (figure later called inaccurate)','Kazakh Health Ministry','the death toll among civilians at more than 160')
e('554','2022-01-11','other','Ben Gurion Airport',[ILMFA],'landed at Ben Gurion Airport on Tuesday afternoon',note='return of stranded citizens')
e('554','2022-01-05','protest','Almaty',[],'On Wednesday night we heard shooting until morning',note='inside a quote; the Wednesday before Tuesday 11 Jan')
e('554','2022-01-10','other','Almaty',['Elazar Kogan'],'yesterday we prayed there again',note='synagogue reopened; inside a quote')
e('554','2022-01-11','statement','Nur-Sultan',[TOK],'told lawmakers on Tuesday')
e('554','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin in two days',note='"in two days" from Tuesday 11 Jan')
e('554','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister, Alikhan Smailov',note='same Tuesday session')
e('554','2022-01-11','casualty_report',None,[KZA],'Kazakh authorities said on Tuesday')
e('554','2022-01-10','talks','Geneva',[RU,US],'met in Geneva on Monday')
e('554','2022-01-10','statement',None,['Yair Lapid'],'during a visit to the Knesset on Monday')

# ---------------- 555 Kuwait Times piece from agencies (January 9, 2022, a Sunday; print-style "yesterday" = Saturday)
art('555',0,6,12,'Kuwait Times','2022-01-09',[],'KUWAIT',
    ['Kuwait Times','The First English Daily in the Arabian Gulf','Home  Kuwait  Gulf  International  Business  Sports  Opinion  E-Paper','International','By Agencies',
     'Published on January 9, 2022 at 12:05 AM','Last updated: January 9, 2022 at 12:10 AM','- KUNA, AFP, Reuters','Copyright © 2022 Kuwait Times. All rights reserved.'])
q('555','stands by the friendly Kazakh people',KWMFA,'the Foreign Ministry','stressing',partial=True)
q('555','the return of security and stability',KWMFA,'the ministry','said',partial=True)
q('555','The embassy is working around the clock, and we have been in touch with every citizen registered with us,','Mohammad Al-Dhufairi','he','said',note='invented ambassador')
q('555','calming effect on society',TOK,'Tokayev','said',partial=True,note='"According to the Kazakh presidency, Tokayev said …"; speaker Tokayev (as gold "quoted Tokayev as saying")')
q('555','The situation is under control, but our job is not finished,',None,'a Kazakh security official','said',note='anonymous; inverted cue')
q('555','Armed groups are still hiding in the city.',None,'a Kazakh security official','said',note='continuation after the interposed cue')
c('555','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('555','troops_deployed',2500,'about','CSTO force in Kazakhstan',RDM,'which numbers about 2,500 troops')
e('555','2022-01-08','statement',None,[KWMFA],'the Foreign Ministry said yesterday',note='"yesterday" from the 9 Jan (00:05) print edition')
e('555',None,'statement',None,['Mohammad Al-Dhufairi'],'told KUNA that all Kuwaitis')
e('555','2022-01-08','statement',None,[KZA],"Kazakhstan's authorities said yesterday",note='second dateline NUR-SULTAN: inside the body')
e('555','2022-01-06','arrest',None,['Karim Masimov'],'had been arrested on Thursday on suspicion of high treason')
e('555',None,'talks',None,[TOK,'Vladimir Putin'],'in a phone call with Russian President Vladimir Putin',note='undated')
e('555',None,'troop_deployment','Almaty',[RU],'had completed the transfer of the Russian part',note='undated')
e('555','2022-01-07','other',None,[],'Oil prices rose on Friday',note='oil market; Tengiz output')
e('555',None,'statement',None,['Saudi Arabia'],"Saudi Arabia's embassy advised its citizens")

# ---------------- 556 Kurdistan24 piece (1/12/2022, a Wednesday)
art('556',0,5,10,'Kurdistan24','2022-01-12',['Karwan Darwesh'],'ERBIL',
    ['Kurdistan24','Kurdistan  Iraq  Middle East  World  Economy  Culture  Video','World','By Karwan Darwesh','1/12/2022 2:26 PM','Editing by Khalid Mahmoud',
     'Tags: Kazakhstan, Kurds, NATO, Russia','Share on: Facebook   Twitter   WhatsApp','Copyright © 2022 Kurdistan24. All Rights Reserved.'])
q('556','Our people are safe, but they are shaken. Several Kurdish shops in Almaty were burned and robbed, and families stayed at home for five days without internet,','Aziz Mamoyan','Aziz Mamoyan','said',note='inverted cue "said NAME, the head of …"; invented community leader')
q('556','as far as we know','Aziz Mamoyan','Mamoyan','said',partial=True)
q('556','We call for dialogue and for the protection of all communities in Kazakhstan, which has always treated the Kurds as its own citizens,','Safeen Dizayee','DFR head Safeen Dizayee','said in a statement')
q('556','not compromise on the right of each nation to choose its own path','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
c('556','detained',10000,'almost','people detained',KZA,'nearly 10,000 people had been detained during the unrest')
c('556','troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'2,030 in total according to the alliance')
e('556','2022-01-12','statement',None,['Aziz Mamoyan'],'a community leader told Kurdistan 24 on Wednesday')
e('556','2022-01-11','casualty_report',None,[KZA],'Kazakh authorities said on Tuesday')
e('556','2022-01-02','protest','Kazakhstan',[],'which began on January 2 over fuel prices')
e('556','2022-01-09','statement',None,['Kurdistan Region Department of Foreign Relations'],'said on Sunday that it was in contact')
e('556','2022-01-12','talks','Brussels',['NATO',RU],'NATO and Russian officials sat down on Wednesday')
e('556','2022-01-10','talks','Geneva',[US,RU],'two days after a meeting between US and Russian diplomats in Geneva',note='"two days after" Wednesday 12 Jan')
e('556','2022-01-13','withdrawal','Kazakhstan',[CSTO],'are due to start leaving Kazakhstan on Thursday')

# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(KUL,'person',['Dmytro Kuleba','Kuleba'],["Ukraine's Foreign Minister",'Minister for Foreign Affairs of Ukraine'],'Ukraine',['The minister','the Minister','The Minister'],note='words paraphrased/invented'),
 sp('Mykhailo Podolyak','person',['Mykhailo Podolyak'],['an adviser to the head of the Office of the President'],'Ukraine',['he'],note='words invented'),
 sp('Taras Melnychuk','person',['Taras Melnychuk','Melnychuk'],['a military analyst at the Kyiv Institute for Eurasian Security'],'Ukraine',[],note='invented (the institute too)'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',['she']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',['his words']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','the commander of the mission'],'Russia'),
 sp('Yevhen Sydorenko','person',['Yevhen Sydorenko'],['Ukrainian diplomat'],'Ukraine',note='invented'),
 sp(TIL,'person',['Mukhtar Tileuberdi'],['Deputy Prime Minister - Minister of Foreign Affairs of the Republic of Kazakhstan','his Kazakh counterpart'],'Kazakhstan',['He','The Kazakh side','the Kazakh foreign minister']),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],["Iran's Foreign Ministry spokesman"],'Iran',['he','the spokesman']),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','the Kazakh president','The Kazakh leader']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['he']),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],['Foreign Minister'],'Russia',['He']),
 sp('Vladimir Yevseyev','person',['Vladimir Yevseyev'],['a specialist in post-Soviet security'],'Russia',['he'],note='real analyst, words invented'),
 sp(ILMFA,'organisation',['Foreign Ministry in Jerusalem'],[],'Israel',['the ministry']),
 sp('Noa Ben-Ami','person',['Noa Ben-Ami'],[],'Israel',note='invented'),
 sp('Elazar Kogan','person',['Elazar Kogan'],['Rabbi','who heads a Jewish community center in Almaty'],'Kazakhstan',['he'],['Rabbi Elazar Kogan'],note='invented'),
 sp('Yair Lapid','person',['Yair Lapid','Lapid'],["Israel's Foreign Minister",'Israeli FM'],'Israel'),
 sp(KWMFA,'organisation',['Foreign Ministry'],[],'Kuwait',['the Foreign Ministry','the ministry']),
 sp('Mohammad Al-Dhufairi','person',['Mohammad Al-Dhufairi'],["Kuwait's Ambassador to Kazakhstan"],'Kuwait',['he'],note='invented'),
 sp('Aziz Mamoyan','person',['Aziz Mamoyan','Mamoyan'],['the head of a Kurdish cultural association in Almaty'],'Kazakhstan',['a community leader'],note='invented'),
 sp('Safeen Dizayee','person',['Safeen Dizayee'],['DFR head'],'Iraq (Kurdistan Region)',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source of troop figures; not quoted in this set'),
 sp(KZA,'organisation',['Kazakh authorities'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 2 files'),
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
