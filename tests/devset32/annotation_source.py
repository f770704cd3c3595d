#!/usr/bin/env python3
"""Source of the devset32 annotation: the hand-chosen spans, values and dates for 349-356.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset32/annotation_source.py && python3 tests/devset32/verify.py
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
def ln(p,s):
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KA='Kazakh authorities'

# ---------------- 349 Gulf News-style piece (January 07, 2022, a Friday)
art('349',0,3,4,'Gulf News','2022-01-07',['Sana Rahman'],'Dubai',
    ['Gulf News','Home | World | Asia','Published: January 07, 2022 17:45','Sana Rahman, Senior Reporter','Related: UAE urges restraint in Kazakhstan',
     'Share: Facebook | Twitter | WhatsApp','Copyright 2022 Al Nisr Publishing LLC. All rights reserved.'])
q('349','fire without warning',TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'said',partial=True,note='"said he had ordered security forces to “…”"')
q('349','My brother called me at 3am and said the shooting was right outside his building,','Imran Qureshi','Imran Qureshi','said',note='inverted cue "said Imran Qureshi, a 41-year-old engineer"; a time (3am) inside the quote')
q('349','Then the line went dead.','Imran Qureshi','Imran Qureshi','said',note='second half of a quote split by the interposed attribution')
q('349','Those who do not surrender will be destroyed,',TOK,'he','said')
q('349','around the clock','Kazakh Embassy in Abu Dhabi','The Kazakh Embassy in Abu Dhabi','said',partial=True)
q('349','Our hotline is open. Nobody will be left without help.','Madiyar Menilbekov','Ambassador Madiyar Menilbekov','told',note='"told Gulf News:" colon before the quote')
q('349','until further notice','flydubai','flydubai','said',partial=True)
q('349','We heard rumours, but nobody believed it would turn so quickly,','Nadia Khoury','she','said')
q('349','with some nervousness','Faisal Al Marzooqi','Analyst Dr Faisal Al Marzooqi','said',partial=True,note='"Analyst Dr" before the name')
c('349','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('349','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('349','detained',3700,'more than','people detained',MIA,'More than 3,700 people had been detained',note='"the ministry added" in the same sentence')
c('349','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'About 2,500 troops from the Russian-led',note='"the alliance said on Thursday"')
e('349',None,'statement',None,[TOK],'Tokayev, in a televised address, thanked',note='undated here (real: 7 Jan); the lead\'s "on Friday" belongs to the residents')
e('349','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('349','2022-01-06','statement',None,[CSTO],'the alliance said on Thursday',note='announcement of the force size')
e('349',None,'troop_deployment','Kazakhstan',[CSTO],'have been sent to the country',note='undated')
e('349','2022-01-06','other','Almaty',['flydubai'],'flydubai said on Thursday it had suspended flights',note='flight suspension')
e('349','2022-01-05','other','Almaty',['Air Arabia'],'followed the day before',note='"the day before" Thursday 6 Jan = Wednesday 5 Jan')

# ---------------- 350 Civil.ge item (10/01/2022, a Monday)
art('350',0,5,7,'Civil.ge','2022-01-10',[],None,
    ['Civil.ge','News | Politics | Diplomacy','10/01/2022 - 18:22','Also Read:','Zalkaliani meets OSCE Chair Rau in Warsaw','Tags: Kazakhstan, CSTO, Zalkaliani, Foreign Ministry','© Civil Georgia, 2022'])
q('350','Show Why Sovereignty Matters','David Zalkaliani','Georgian Foreign Minister',None,zone='headline',partial=True,note='headline "Georgian Foreign Minister: Kazakh Events “…”"; a headline condensation not repeated in the body; colon attribution, cue null')
q('350','with great attention','David Zalkaliani','Georgian Foreign Minister David Zalkaliani','said',partial=True)
q('350','Every state has the right to choose its own security arrangements. We know from our own experience what happens when foreign troops come and do not leave,','David Zalkaliani','Zalkaliani','told')
q('350','nothing about Georgia can be decided without Georgia.','David Zalkaliani','He','saying',partial=True,note='"saying only that “…”"; full stop inside the closing mark')
q('350','too soft.','Giorgi Tsereteli','Opposition lawmaker Giorgi Tsereteli','criticized',partial=True,note='two-word evaluative wording; "criticized … as “…”"')
q('350','never once','Giorgi Tsereteli','He','said',partial=True)
q('350','All of them are safe and in good health,','Lasha Darsalia','deputy minister Lasha Darsalia','said',note='"said, according to the ministry\'s statement"')
c('350','troops_deployed',2030,'about','CSTO servicemen in Kazakhstan',CSTO,'about 2,030 servicemen and 250 units of equipment',note='"250 units of equipment" not recorded (equipment)')
c('350','killed',164,None,'people killed in the unrest',"Kazakh Prosecutor General's Office",'164 people, including three children, had been killed',note='"three children" is a subset, not a separate claim')
c('350','detained',7939,None,'people detained',KA,'7,939 people had been detained')
e('350','2022-01-10','statement','Tbilisi',['David Zalkaliani'],'told reporters in Tbilisi on Monday')
e('350','2022-01-13','talks','Vienna',['OSCE','Georgia'],'OSCE Permanent Council in Vienna on Thursday',note='future Thursday after Monday 10 Jan')
e('350','2022-01-10','talks','Geneva',['Russia','United States'],'the Russia-U.S. talks that began in Geneva today')
e('350','2022-01-09','casualty_report',None,["Kazakh Prosecutor General's Office"],"Prosecutor General's Office said on Sunday")
e('350','2022-01-09','casualty_report',None,[KA],'Later that day, the figure was revised',note='"Later that day" = Sunday 9 Jan')
e('350','2022-01-08','other','Almaty',['Georgian Foreign Ministry'],'returned from Almaty on a charter flight on Saturday',note='evacuation')

# ---------------- 351 Taipei Times-style piece (Sat, Jan 08, 2022)
art('351',0,5,9,'Taipei Times','2022-01-08',[],'ALMATY, Kazakhstan',
    ['Taipei Times','World News','Sat, Jan 08, 2022 - page 5','AFP and Reuters, ALMATY, Kazakhstan','Additional reporting by staff writer',
     'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.'])
q('351','20,000 bandits',TOK,'Kazakh President Kassym-Jomart Tokayev','saying',partial=True,note='a number inside a partial quote (also an "other" claim)')
q('351','What negotiations can there be with criminals and murderers?',TOK,'Tokayev','said')
q('351','We had to deal with armed and well-prepared bandits, both local and foreign.',TOK,'Tokayev','said',note='continuation after the interposed "Tokayev said in a televised speech."')
q('351',"One lesson in recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave,",'Antony Blinken','Blinken','said')
q('351','think about their own history.','Maria Zakharova','Russian Ministry of Foreign Affairs spokeswoman Maria Zakharova','writing',partial=True,note='one-word "offensive," in the same sentence is excluded')
q('351','decisive measures','Xi Jinping','Chinese President Xi Jinping','praising',partial=True,note='reported by CCTV ("Chinese state broadcaster CCTV reported")')
c('351','other',20000,None,'"bandits" who attacked Almaty',TOK,'that "20,000 bandits" had attacked')
c('351','aircraft',70,'more than','aircraft flying troops to Kazakhstan',RDM,'more than 70 aircraft were flying troops')
c('351','troops_deployed',2500,'about','CSTO force',CSTO,'its force would number about 2,500')
c('351','killed',26,None,'"armed criminals" "liquidated"','Kazakh Ministry of Internal Affairs','26 "armed criminals" had been "liquidated"')
c('351','detained',3811,None,'people detained',MIA,'3,811 detained')
e('351','2022-01-07','troop_deployment','Almaty',['Russia'],"Russian paratroopers guarded Almaty's airport yesterday")
e('351','2022-01-07','statement',None,[TOK],'rejected calls for talks with protesters',note='same sentence as "yesterday"')
e('351','2022-01-06','statement','Washington',['Antony Blinken'],'Antony Blinken on Thursday told a news conference')
e('351',None,'statement',None,['Maria Zakharova'],"replied that Blinken's comment was",note='undated Telegram post')
e('351','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a message to Tokayev yesterday')
e('351','2022-01-02','protest',None,[],'The unrest began on Sunday last week',note='"Sunday last week" before Saturday 8 Jan = 2 Jan')

# ---------------- 352 Mastodon thread (toots of Jan 12, 2022, a Wednesday)
art('352',0,None,7,'mastodon.social','2022-01-12',['Aigerim Sadykova'],None,
    ['mastodon.social','Aigerim Sadykova @aigerim_s@mastodon.social','Journalist covering Central Asia. Views my own.','Jan 12, 2022, 19:04','↩ 3  🔁 41  ⭐ 66',
     'Boosted by 41 people · Favourited by 66 people'])
q('352','There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge.','Jens Stoltenberg','Stoltenberg',None,note='colon attribution "Stoltenberg after the meeting:" with no speech verb; cue null')
q('352','serious and direct','Jens Stoltenberg','He','called',partial=True)
q('352','We need legal guarantees, not promises.','Alexander Grushko','Grushko',None,note='"His line:" introduces the quote; the speech verb "said" belongs to the previous sentence (indirect speech); cue null')
q('352','successfully completed',TOK,'Tokayev','told',partial=True)
q('352','Relatives queue outside the detention centre every morning and nobody tells them anything.',None,'A source in Almaty','tells',note='anonymous source, present-tense cue')
c('352','troops_deployed',2030,'about','CSTO troops in Kazakhstan',None,'~2,030 troops',note='"~" read as about')
c('352','detained',9900,None,'people detained','officials','9,900 people have been detained',note='"Kazakh officials say"')
e('352','2022-01-12','talks','Brussels',['NATO','Russia'],"today's NATO-Russia Council in Brussels")
e('352','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'Stoltenberg after the meeting')
e('352','2022-01-10','talks','Geneva',['Russia','United States'],'Talks in Geneva on Monday lasted nearly eight hours')
e('352','2022-01-11','statement',None,[TOK],'Tokayev told parliament yesterday')
e('352','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'Withdrawal starts in two days',note='"in two days" counted from the statement of Tue 11 Jan (reported speech); counted from the toot it would be 14 Jan')
e('352','2022-01-13','talks','Vienna',['OSCE','Russia'],'Tomorrow: OSCE in Vienna')
e('352','2022-01-10','statement',None,['Sergey Ryabkov'],'Ryabkov already said on Monday',note='the quoted "disappointed" is one word and excluded from quotes')

# ---------------- 353 Daily Maverick-style piece (13 Jan 2022, a Thursday)
art('353',0,5,13,'Daily Maverick','2022-01-13',['Thabo Mokoena'],None,
    ['DAILY MAVERICK','WORLD','KAZAKHSTAN','By Thabo Mokoena','13 Jan 2022  |  6 min read','Follow','Thabo Mokoena is a Johannesburg-based writer on foreign policy.',
     'Opinion pieces and analysis from Daily Maverick contributors are their own.','SUPPORT DAILY MAVERICK: Join our Maverick Insider community.','Comments (2)'])
q('353','without warning',TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'announced',partial=True,note='"shoot to kill" is unquoted here')
q('353','monitoring developments','Clayson Monyela','Dirco spokesperson Clayson Monyela','said',partial=True)
q('353','respects the sovereignty of all states, including Kazakhstan','Clayson Monyela','Dirco spokesperson Clayson Monyela','said',partial=True,note='"and that South Africa “…”" in the same sentence')
q('353','We do not know how many of the dead were protesters and how many were bystanders,','Naledi Dlamini','Naledi Dlamini','said',note='inverted "said Naledi Dlamini, a researcher…"')
q('353','That is exactly why independent investigation matters.','Naledi Dlamini','Naledi Dlamini','said',note='second half after the interposed attribution')
q('353','achieved all its goals','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True)
q('353',"not allow anyone to slam closed Nato's open-door policy",'Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('353','We speak loudly about sovereignty when it suits us,','Naledi Dlamini','Dlamini','said',note='inverted "said Dlamini"')
q('353','Kazakhstan should be one of those moments.','Naledi Dlamini','Dlamini','said')
c('353','killed',225,None,'people who died in the violence',KA,'225 people died in the violence')
c('353','killed',19,None,'members of the security forces among the dead',KA,'19 members of the security forces',note='a subset of the 225, but a separate figure')
c('353','detained',12000,'more than','people detained',MIA,'More than 12,000 people were detained')
c('353','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'some 2,000 troops',note='"some" → about')
e('353','2022-01-07','statement',None,[TOK],'announced last Friday',note='"last Friday" before Thursday 13 Jan')
e('353','2022-01-11','statement',None,['Clayson Monyela'],'Asked about the matter on Tuesday')
e('353','2022-01-12','casualty_report',None,[MIA],'the Interior Ministry said on Wednesday')
e('353','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'began its withdrawal today')
e('353',None,'other','Almaty',['Andrei Serdyukov',CSTO],'at a farewell ceremony in Almaty',note='ceremony not dated in the text (real: 13 Jan)')
e('353','2022-01-10','statement','Geneva',['Wendy Sherman'],"said after Monday's session")
e('353',None,'talks',None,['United States','NATO','OSCE','Russia'],'spent the week in talks with Russia',note='"the week" (Geneva, Brussels, Vienna), no single day')

# ---------------- 354 Express Tribune-style item (January 11, 2022, a Tuesday)
art('354',0,3,4,'The Express Tribune','2022-01-11',[],'ISLAMABAD',
    ['The Express Tribune','World','Our Correspondent','January 11, 2022','ISLAMABAD:','Published in The Express Tribune, January 11th, 2022.',
     'Like Opinion and Editorial on Facebook, follow @ETOpEd on Twitter to receive all updates on all our daily pieces.'])
q('354','full support','Imran Khan','Prime Minister Imran Khan','offered',partial=True)
q('354','Pakistan stands with the brotherly people of Kazakhstan in this difficult hour,','Imran Khan','the PM','was quoted as saying',note='quoted from a statement of the Prime Minister\'s Office; speaker is the PM')
q('354','constitutional order has been restored across the country.',TOK,'President Tokayev','said',partial=True,note='"According to the statement, President Tokayev … said that “…”"; reported through the PMO statement')
q('354','Our embassy in Nur-Sultan is in touch with each of them,','Asim Iftikhar','he','said')
q('354','every reason to be cautious','Tariq Nadeem Qazi','former ambassador Tariq Nadeem Qazi','said',partial=True)
q('354','Central Asia is our gateway, and instability there hurts us directly,','Tariq Nadeem Qazi','the retired diplomat','said',note='title-only attribution')
c('354','killed',164,None,'people killed (figure withdrawn)',KA,'164 people had been killed in the unrest',note='later withdrawn "published by mistake"')
c('354','detained',8000,'almost','people detained',MIA,'nearly 8,000 people had been detained')
c('354','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,500 troops last week')
e('354','2022-01-10','talks',None,['Imran Khan',TOK],'Imran Khan on Monday spoke to Kazakh President',note='telephone call')
e('354','2022-01-07','statement','Islamabad',['Asim Iftikhar'],'told the weekly press briefing last Friday',note='"last Friday" before Tuesday 11 Jan')
e('354','2022-01-10','casualty_report',None,[KA],'Kazakh authorities said on Monday')
e('354',None,'troop_deployment','Kazakhstan',[CSTO],'sent about 2,500 troops last week',note='"last week" is not a day (real: from 6 Jan)')

# ---------------- 355 Government Offices of Sweden press release (12 January 2022, a Wednesday)
art('355',0,6,8,'Government Offices of Sweden','2022-01-12',[],None,
    ['Government Offices of Sweden','Ministry for Foreign Affairs','Press release','Published 12 January 2022','Contact','Press Secretary to the Minister for Foreign Affairs',
     'Phone (switchboard) +46 8 405 10 00','Share: Facebook Twitter LinkedIn','Print page','Page 1 of 1'])
q('355','The European security order is not up for negotiation. Sweden will stand up for it in every forum,','Ann Linde','Minister for Foreign Affairs Ann Linde','says',note='inverted present-tense cue "says Minister for Foreign Affairs Ann Linde"')
q('355','deeply worrying','Ann Linde','The Minister','said',partial=True,note='inside numbered point 2')
q('355','a threat to all of us','Ann Linde','The Minister','said',partial=True)
q('355','Dialogue is always better than confrontation. But dialogue cannot mean that the principles we all signed are thrown away,','Ann Linde','the Minister','says')
c('355','troops_deployed',100000,'about','Russian troops near the border with Ukraine',None,'around 100,000 troops near the border',note='in the release\'s own voice; "around" → about')
c('355','killed',225,'at least','people killed in the violence',KA,'at least 225 people were killed')
c('355','troops_deployed',2030,'about','CSTO personnel deployed',None,'about 2,030 personnel were deployed')
e('355','2022-01-13','talks','Vienna',['OSCE'],"tomorrow's special meeting of the OSCE Permanent Council")
e('355','2022-01-12','statement',None,['Ann Linde'],"today set out Sweden's main positions")
e('355','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council meeting held in Brussels today')
e('355','2022-01-10','talks','Geneva',['United States','Russia'],'took place in Geneva on Monday')

# ---------------- 356 Japan Times-style editorial (Jan 11, 2022, a Tuesday)
art('356',0,5,9,'The Japan Times','2022-01-11',[],None,
    ['The Japan Times','OPINION / EDITORIALS','EDITORIAL','Jan 11, 2022','The Japan Times','Sign up for our newsletters','KEYWORDS: Kazakhstan, Russia, CSTO, Editorials'])
q('356','20,000 bandits',TOK,'Tokayev','claimed',partial=True)
q('356','will not allow the situation to be rocked','Vladimir Putin','Russian President Vladimir Putin','insisted',partial=True)
q('356','once their task is complete.','Vladimir Putin','He','promised',partial=True,note='full stop inside the closing mark')
q('356','difficult, long, very professional,','Sergey Ryabkov','Ryabkov','described',partial=True,note='"described the meeting as “…”"; canonical "Sergey Ryabkov" (printed "Sergei")')
q('356','pushed back firmly','Wendy Sherman','Sherman','said',partial=True)
q('356','simply nonstarters.','Wendy Sherman','Sherman','said',partial=True)
q('356','seriously concerned','Yoshimasa Hayashi','Foreign Minister Yoshimasa Hayashi','said',partial=True)
c('356','troops_deployed',2000,'about','CSTO mission size',None,'had grown to about 2,000 troops')
c('356','other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" had attacked Almaty')
c('356','detained',7939,None,'people detained',KA,'7,939 people have been detained',note='"His government has since said"')
c('356','killed',164,None,'deaths reported then removed',None,'164 deaths were reported on Sunday')
e('356','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Last Thursday, the first Russian paratroopers landed')
e('356','2022-01-07','statement',None,[TOK],'Tokayev claimed on Friday')
e('356','2022-01-09','casualty_report',None,[],'164 deaths were reported on Sunday')
e('356','2022-01-10','talks',None,['Vladimir Putin',CSTO],'speaking at an online CSTO summit on Monday')
e('356','2022-01-11','statement',None,[TOK],'On Tuesday, Tokayev announced that the withdrawal')
e('356','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'met in Geneva for nearly eight hours',note='"On Monday" at the start of the sentence')
e('356',None,'statement',None,['Yoshimasa Hayashi'],'said last week that Tokyo',note='"last week" is not a day')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['he'],["Tokayev's"]),
 sp('Imran Qureshi','person',['Imran Qureshi'],['a 41-year-old engineer from Sharjah'],'United Arab Emirates',note='invented'),
 sp('Kazakh Embassy in Abu Dhabi','organisation',['Kazakh Embassy in Abu Dhabi'],[],'Kazakhstan',['The Kazakh Embassy in Abu Dhabi']),
 sp('Madiyar Menilbekov','person',['Madiyar Menilbekov'],['Ambassador'],'Kazakhstan',note='invented'),
 sp('flydubai','organisation',['flydubai'],[],'United Arab Emirates'),
 sp('Nadia Khoury','person',['Nadia Khoury'],['a 29-year-old teacher'],None,['she'],note='invented'),
 sp('Faisal Al Marzooqi','person',['Faisal Al Marzooqi'],['Analyst'],'United Arab Emirates',[],['Dr Faisal Al Marzooqi'],note='invented'),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],['Georgian Foreign Minister'],'Georgia',['He','The minister','Georgian Foreign Minister'],note='real minister; words invented'),
 sp('Giorgi Tsereteli','person',['Giorgi Tsereteli'],['Opposition lawmaker'],'Georgia',['He'],note='invented'),
 sp('Lasha Darsalia','person',['Lasha Darsalia'],['deputy minister'],'Georgia',note='real deputy minister; words invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',[],["Blinken's"]),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Ministry of Foreign Affairs spokeswoman'],'Russia'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China'),
 sp('Jens Stoltenberg','person',['Stoltenberg'],[],'Norway',['He'],note='surname only; NATO Secretary General (world knowledge)'),
 sp('Alexander Grushko','person',['Grushko'],["Russia's deputy FM"],'Russia',['His line'],note='surname only'),
 sp('Clayson Monyela','person',['Clayson Monyela'],['Dirco spokesperson'],'South Africa',['He'],note='words invented'),
 sp('Naledi Dlamini','person',['Naledi Dlamini','Dlamini'],['a researcher at the Institute for Global Dialogue'],'South Africa',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General',"The alliance's commander"],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State','U.S. Deputy Secretary of State'],'United States'),
 sp('Imran Khan','person',['Imran Khan'],['Prime Minister'],'Pakistan',['the PM','the prime minister']),
 sp('Asim Iftikhar','person',['Asim Iftikhar'],['Foreign Office spokesperson'],'Pakistan',['he'],note='words invented'),
 sp('Tariq Nadeem Qazi','person',['Tariq Nadeem Qazi'],['former ambassador'],'Pakistan',['the retired diplomat'],note='invented'),
 sp('Ann Linde','person',['Ann Linde'],['Minister for Foreign Affairs'],'Sweden',['The Minister','the Minister'],note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',['He']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Yoshimasa Hayashi','person',['Yoshimasa Hayashi'],['Foreign Minister'],'Japan',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry','Kazakh Ministry of Internal Affairs','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in several files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],[],quoted=False,note='source of figures; not quoted in this set'),
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
