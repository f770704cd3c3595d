#!/usr/bin/env python3
"""Source of the devset127 annotation: the hand-chosen spans, values and dates for 1109-1116.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset127/annotation_source.py && python3 tests/devset127/verify.py
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
KHM='Kazakh Health Ministry'; KA='Kazakh authorities'; PGO='Kazakh Prosecutor General\'s Office'; ARMOD='Armenian Defence Ministry'
SER='Andrei Serdyukov'; SHAL='Serik Shalabayev'


# ---------------- 1109 Devdiscourse (Indian aggregator) reprint of a Reuters UPDATE 2 (11-01-2022 IST, a Tuesday)
art('1109',0,3,7,'Devdiscourse','2022-01-11',['Aigerim Sadykova','Paul Hendry'],'Almaty',
    ['Devdiscourse','Home > World > Europe','Reuters | Almaty | Updated: 11-01-2022 19:42 IST | Created: 11-01-2022 19:42 IST','Representative Image. Image Credit: ANI',
     '(Reporting by Aigerim Sadykova in Almaty; Writing by Paul Hendry; Editing by Clare Morton)',
     '(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)','TRENDING','Give Feedback'])
q('1109','The main stage of the counter-terrorist operation is over. The mission of the collective forces can be considered successfully completed,',TOK,'Tokayev','told',note='paraphrased/invented wording; cue "told the lower house of parliament"')
q('1109','no more than 10 days',TOK,'He','said',partial=True,note='duration inside the partial; not a claim')
q('1109','technical error',KHM,'the health ministry','called',partial=True,note='two-word wording of the ministry with "called it"; borderline vs scare quote')
q('1109','We will not allow a repeat of these tragic events,','Alikhan Smailov','Smailov','told')
q('1109','People were taken from their homes at night and we do not know where some of them are,','Saule Ibrayeva','Saule Ibrayeva','said',note='inverted cue "…," said NAME, head of …; invented activist')
c('1109','detained',10000,'almost','people detained after unrest',KA,'nearly 10,000 detained after unrest',zone='headline',note='number in the headline; the body gives 9,900')
c('1109','detained',9900,None,'people detained across the country',KA,'9,900 people had been detained across the country',note='"Kazakhstan said"')
c('1109','detained',9900,None,'people held since the riots began',MIA,'9,900 people had been held since the riots began')
c('1109','detained',7939,None,'people detained (earlier report)',MIA,'up from 7,939 reported on Monday',note='superseded figure')
c('1109','troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan',None,'a little over 2,000 troops',note='"a little over" normalised to "more than"; "six former Soviet states" is not a claim')
c('1109','troops_deployed',2030,None,'CSTO servicemen',SER,'the force numbered 2,030 servicemen',note='"250 pieces of equipment" in the same sentence is not a claim')
c('1109','killed',164,None,'dead (figure withdrawn)','government Telegram channel','A figure of 164 dead',note='withdrawn by the health ministry as a "technical error"')
c('1109','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces had been killed',note='revised figure (down from 18)')
c('1109','killed',18,None,'members of the security forces killed (earlier count)',MIA,'revised from an earlier count of 18')
e('1109','2022-01-11','casualty_report',None,[KA],'Kazakhstan said on Tuesday that 9,900 people',note='detention figure')
e('1109','2022-01-11','statement',None,[TOK],'Tokayev told the lower house of parliament',note='same Tuesday as the lead ("announced"); the sentence itself has no day word')
e('1109','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving in two days',note='"in two days" from Tuesday 11 Jan; the headline says "on Thursday"')
e('1109',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'sent a little over 2,000 troops to Kazakhstan last week',note='"last week" is not a day')
e('1109','2022-01-09','casualty_report',None,[],'published on Sunday on a government Telegram channel',note='the 164 figure')
e('1109',None,'statement',None,[KHM],'was later withdrawn by the health ministry',note='undated retraction')
e('1109','2022-01-10','casualty_report',None,[MIA],'The interior ministry said on Monday that 16')
e('1109','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev also named Alikhan Smailov, 49, as prime minister on Tuesday')

# ---------------- 1110 Hong Kong Free Press reprint of AFP (16 January 2022, a Sunday)
art('1110',0,5,9,'Hong Kong Free Press','2022-01-16',[],None,
    ['Hong Kong Free Press HKFP',"Hong Kong's independent, non-profit, impartial English-language news outlet",'WORLD','by AGENCE FRANCE-PRESSE','07:21, 16 JANUARY 2022',
     'Support HKFP  |  Policies & Ethics  |  Error/typo?  |  Contact Us  |  Newsletter  |  Transparency & Annual Report  |  Apps',
     'Support press freedom & help us surpass 1,000 monthly Patrons: 100% independent, governed by an ethics code & fact-checked.','AFP'])
q('1110','Unfortunately, 225 bodies have been delivered to morgues, of whom 19 are law enforcement officers and servicemen,',SHAL,'Serik Shalabayev','told',note='inverted "…," NAME, head of …, told a briefing; figures inside the quote')
q('1110','armed bandits participating in terrorist attacks',SHAL,'he','said',partial=True,note='comma outside the closing mark')
q('1110','They told us to come back tomorrow, then the next day. My brother is 34 and he went out to buy bread,','Gulnara','a woman','said',note='"said a woman who gave only her first name, Gulnara"; age inside the quote')
c('1110','killed',225,None,'official death toll',None,'official toll climbs to 225',zone='headline')
c('1110','killed',225,None,"death toll from this month's unrest",KA,"the death toll from this month's unrest at 225")
c('1110','killed',225,None,'bodies delivered to morgues',SHAL,'225 bodies have been delivered to morgues',note='inside the quote')
c('1110','killed',19,None,'law enforcement officers and servicemen killed',SHAL,'of whom 19 are law enforcement officers',note='subset of the 225, inside the quote')
c('1110','injured',4500,'more than','people injured',KHM,'More than 4,500 people were injured')
c('1110','killed',26,None,'attackers "liquidated"',KA,'26 attackers had been "liquidated"',note='one-word scare-quoted verb after the figure; not a quote')
c('1110','killed',18,None,'security personnel killed (earlier figure)',KA,'18 security personnel had died')
c('1110','killed',164,None,'deaths (figure withdrawn)',None,'a figure of 164 deaths circulated')
c('1110','detained',970,'about','people remaining in custody',PGO,'about 970 people remained in custody',note='"around 500 criminal cases" in the same sentence is not a claim')
c('1110','detained',12000,None,'people detained at the peak of the crackdown',PGO,'the 12,000 detained at the peak')
e('1110','2022-01-15','casualty_report','Nur-Sultan',[PGO,SHAL],'Kazakhstan on Saturday put the death toll',note='"on Saturday" from Sunday 16 Jan')
e('1110','2022-01-09','casualty_report',None,[],'circulated on January 9 before it was withdrawn')
e('1110','2022-01-14','other','Almaty',['AFP'],'Family members interviewed by AFP on Friday',note='interviews with relatives')
e('1110','2022-01-13','withdrawal','Kazakhstan',[CSTO],'On Thursday, the first Russian-led troops of the CSTO began leaving')
e('1110','2022-01-19','withdrawal','Kazakhstan',[CSTO],'would be completed by January 19',note='announced end of withdrawal')

# ---------------- 1111 Morning Star (print edition Wednesday 12 January 2022)
art('1111',0,6,7,'Morning Star','2022-01-12',['Ewan Rudd'],None,
    ['MORNING STAR',"The people's daily paper",'Wednesday 12 January 2022','World','by Ewan Rudd',
     "Join the Morning Star's fighting fund: £18,500 target for January. Donate at morningstaronline.co.uk/donate",'Tags: Kazakhstan, Trade Unions, Asia'])
q('1111','We stood in the square for a week, peacefully. Nobody there was a terrorist. We asked for a living wage and the gas price back,',None,'a drilling operator','said',note='anonymous worker; inverted "…," said a drilling operator who …')
q('1111','They are using the riots in Almaty as an excuse to clean out every independent union,','Marat Kenzhebek','he','said',note='invented unionist; first mention with age 46')
q('1111','still an open wound','Marat Kenzhebek','Mr Kenzhebek','said',partial=True,note='"Mr" + surname')
q('1111','strategic facilities','Kazakh government','The government','says',partial=True,note='two-word wording in "The government says that … to guard “…”"; borderline label')
q('1111','Working people in Kazakhstan have been met with bullets for asking for a fair price for fuel,','Sharan Burrow','ITUC general secretary Sharan Burrow','said',note='inverted; words invented')
q('1111','The world must not look away.','Sharan Burrow','ITUC general secretary Sharan Burrow','said',note='second quote after "…," NAME said. — same cue')
c('1111','detained',10000,'almost','people arrested in the crackdown',KA,'close to 10,000 people have been arrested',note='"close to" normalised to "almost"; headline "thousands held" is vague')
c('1111','detained',60,'at least','activists from the oil region detained','Marat Kenzhebek','at least 60 activists from the oil region had been detained')
c('1111','troops_deployed',2000,'more than','CSTO troops flown in','Kazakh government','more than 2,000 troops from the Russian-led')
e('1111','2022-01-02','protest','Zhanaozen',[],'where the protests began on January 2')
e('1111','2022-01-11','statement',None,[TOK],'told parliament yesterday',note='"yesterday" from the print date Wed 12 Jan')
e('1111','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start to leave in two days',note='two days after the Tuesday statement')
e('1111',None,'statement',None,['ITUC'],'called on Kazakhstan to release all detained trade unionists',note='undated')
e('1111','2022-01-10','other','London',['Ruth Calder'],'tabled an early day motion on Monday',note='invented MP; parliamentary motion')
e('1111',None,'other',None,['Kazakh government'],'restored by the government last week',note='gas price cap; "last week" is not a day')

# ---------------- 1112 The Gleaner (Jamaica) world brief from AP (Friday January 14, 2022, 12:07 AM)
art('1112',0,5,10,'The Gleaner','2022-01-14',[],'ALMATY, Kazakhstan',
    ['The Gleaner',"Jamaica's #1 Newspaper since 1834",'News | World News','Published: Friday | January 14, 2022 | 12:07 AM','ALMATY, Kazakhstan (AP) —','___',
     'Associated Press writer Yuri Petrenko in Moscow contributed to this report.','Related Stories',"Kazakhstan's president says order restored; 164 dead reported",
     'Jamaicans in Kazakhstan safe, says Foreign Ministry','Get the latest news in your inbox — sign up for our newsletter',
     '© 2022 The Gleaner Company (Media) Limited. All rights reserved. Call 876-922-3400'])
q('1112','fulfilled its tasks in full',SER,'Russian Col. Gen. Andrei Serdyukov','said',partial=True,note='"said the contingent had “…” and that …"')
q('1112','The troops will leave Kazakhstan within 10 days, and the airlift will be carried out by Russian military transport aircraft,',SER,'Serdyukov','said')
q('1112','20,000 bandits',TOK,'President Kassym-Jomart Tokayev','has said',partial=True,note='a number inside a two-word partial; also a claim (other)')
q('1112','played a very important role in stabilising the situation.',TOK,'He','saying',partial=True,note='full stop inside the closing mark')
q('1112','We cannot sit and wait forever,','Alexander Lukashevich','Alexander Lukashevich','said',note='the one-word "disappointed" before it is excluded; first mention is only "Russia\'s envoy to the OSCE"')
c('1112','troops_deployed',2000,'more than','CSTO force',RDM,'the force numbered more than 2,000 troops',note='"about 20 Il-76 aircraft" in the same sentence is an aircraft count, not a claim')
c('1112','troops_deployed',100,'about','Armenian soldiers in the CSTO force',ARMOD,"Armenia's contribution was about 100 soldiers")
c('1112','detained',10000,'about','people detained during the unrest',KA,'about 10,000 people were detained during the unrest')
c('1112','killed',16,None,'security personnel killed',MIA,'the number of security personnel killed at 16')
c('1112','other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" attacked Almaty')
c('1112','killed',164,None,'dead (related teaser)',None,'164 dead reported',zone='related',note='"Related Stories" teaser')
e('1112','2022-01-13','withdrawal','Kazakhstan',[CSTO,SER],'began pulling out of Kazakhstan on Thursday')
e('1112','2022-01-12','statement',None,[RDM],'The Russian Defense Ministry said on Wednesday')
e('1112',None,'statement',None,[TOK,'Vladimir Putin'],'He thanked Russian President Vladimir Putin',note='undated')
e('1112','2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich'],"told the group's 57 members on Thursday",note='"57 members" is not a claim')
e('1112','2022-01-12','talks','Brussels',['Russia','NATO'],'talks between Russia and NATO in Brussels on Wednesday')
e('1112','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')

# ---------------- 1113 The Herald (Zimbabwe) analysis (10 Jan, 2022, a Monday)
art('1113',0,6,11,'The Herald','2022-01-10',['Tendai Mupfumira'],None,
    ['THE HERALD',"Zimbabwe's Largest Daily Newspaper",'Home | Business | World | Sport | Opinion | Epaper','World','10 Jan, 2022 - 00:01  0 Comments',
     'Tendai Mupfumira','Foreign Affairs Writer','Share this:','Facebook  Twitter  WhatsApp  Email','Related','Mozambique: SADC extends SAMIM mandate','Russia, Zimbabwe sign defence pact'])
q('1113','Kazakhstan shows that a bloc with one dominant member can move very fast, but the question is always whose interests are served,','Farai Chikowore','Dr Farai Chikowore','said',note='invented analyst; "Dr" honorific')
q('1113','all members own the decision','Farai Chikowore','He','added',partial=True)
q('1113','a significant number of foreign nationals',MIA,'The Interior Ministry','said',partial=True)
q('1113','a limited one, in time and in scope','Russian Foreign Ministry',"Russia's Foreign Ministry",'said',partial=True)
q('1113','The CSTO came at the request of a legitimate government, not to overthrow one.','Maria Zakharova','Spokeswoman Maria Zakharova','rejected',note='colon cue "rejected comparisons with Western interventions: “…”"; words invented')
q('1113','We are in contact with all of them through our embassy in Moscow,','Zimbabwean Ministry of Foreign Affairs and International Trade','the ministry','said')
c('1113','troops_deployed',2030,'about','CSTO personnel arrived',CSTO,'some 2,030 personnel',note='"some" normalised to "about"; "250 units of military hardware" not a claim')
c('1113','killed',164,None,'people died (figure later distanced)','state television','164 people had died')
c('1113','killed',103,None,'people died in Almaty','state television','including 103 in Almaty',note='subset of the 164')
c('1113','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
e('1113',None,'troop_deployment','Kazakhstan',[CSTO],'to Kazakhstan last week has reignited',note='"last week" is not a day')
e('1113','2022-01-05','other',None,[TOK,CSTO],'appeal on the night of January 5',note='request for CSTO help')
e('1113','2022-01-08','statement',None,[CSTO],'By Saturday, the alliance said')
e('1113','2022-01-09','casualty_report',None,['state television'],'State television on Sunday reported')
e('1113','2022-01-07','statement',None,['Zimbabwean Ministry of Foreign Affairs and International Trade'],'said on Friday that the five Zimbabwean students')
e('1113','2022-01-10','talks','Geneva',['Russia','United States'],'open in Geneva today')
e('1113','2022-01-12','talks',None,['Russia','NATO'],'followed by a Russia-NATO meeting on Wednesday')

# ---------------- 1114 BusinessLine (The Hindu group), markets piece (Jan 08, 2022, a Saturday)
art('1114',0,5,6,'BusinessLine','2022-01-08',[],'Mumbai',
    ['BusinessLine','Markets | Economy | Companies | Opinion | Portfolio | Data Stories','Economy > World','Our Bureau | Mumbai, January 8 | Updated on: Jan 08, 2022 at 21:34 IST',
     '(With inputs from Reuters)','Published on January 08, 2022','COMMENTS','Comments will be moderated by The Hindu Business Line editorial team.',
     'SHARE  Facebook  Twitter  Linkedin  WhatsApp  Email'])
q('1114','temporarily adjusted','Chevron','Chevron','said',partial=True)
q('1114','Nothing has been lost at the mines so far, but the market hates uncertainty,','Arvind Menon','Arvind Menon','said',note='inverted; invented analyst')
q('1114','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('1114','Our containers are stuck at the border and our buyer cannot even open his email,','Rakesh Bansal','Rakesh Bansal','told',note='invented exporter; "told BusinessLine"')
q('1114','All Indian nationals are safe,','Arindam Bagchi','spokesperson Arindam Bagchi','said',note='words invented')
c('1114','killed',26,None,'"armed criminals" killed','Kazakh officials','26 "armed criminals" had been killed',note='label excluded from quotes')
c('1114','detained',3000,'more than','people detained','Kazakh officials','more than 3,000 people detained')
c('1114','killed',18,None,'members of the security forces killed','Kazakh officials','18 members of the security forces had died')
c('1114','detained',4266,None,'people detained (later report)','state media','4,266 people had been detained')
c('1114','troops_deployed',2500,'about','CSTO troops flown in',CSTO,'about 2,500 troops')
e('1114','2022-01-07','statement',None,['Tengizchevroil'],'operator Tengizchevroil said on Friday')
e('1114','2022-01-07','casualty_report',None,['Kazakh officials'],'Kazakh officials said on Friday')
e('1114',None,'statement',None,[TOK],'said he had authorised troops',note='undated')
e('1114',None,'troop_deployment','Kazakhstan',[CSTO,'Russia'],'have flown in about 2,500',note='undated')
e('1114','2022-01-06','statement',None,["India's Ministry of External Affairs"],'said on Thursday that it was monitoring')

# ---------------- 1115 Military Times analysis (Jan 12, 2022, a Wednesday)
art('1115',0,3,9,'Military Times','2022-01-12',['Greg Halloran'],None,
    ['MILITARY TIMES','Flashpoints','By Greg Halloran','Jan 12, 2022','Listen to this article  5 min','About the author',
     'Greg Halloran covers the Army and international security for Military Times. Reach him at ghalloran@militarytimes.com or 703-555-0147.','Share  Tweet  Email  Comments (12)'])
q('1115',"They moved a division-size headquarters and a brigade's worth of airborne troops 2,500 miles on almost no notice. That's not trivial,",'Mark Jessop','retired Army Lt. Col. Mark Jessop','said',note='inverted; invented analyst; a distance inside the quote')
q('1115','very closely',None,'A U.S. defense official','said',partial=True,note='anonymous official')
q('1115','We have seen no indication that this changes their posture near Ukraine,',None,'the official','said',note='anonymous official')
q('1115','not going to get ahead','John Kirby','Pentagon press secretary John Kirby','told',partial=True,note='words invented')
c('1115','troops_deployed',2000,None,'Russian troops flown into Kazakhstan',None,'Russia flew 2,000 troops into Kazakhstan',zone='headline')
c('1115','troops_deployed',2000,'about','paratroopers moved into Kazakhstan',None,'roughly two thousand paratroopers',note='written-out; "roughly" normalised to "about"')
c('1115','troops_deployed',2030,None,'CSTO force personnel',RDM,'stood at 2,030 personnel',note='"more than 70 Il-76 and An-124 aircraft" is an aircraft count, not a claim')
c('1115','troops_deployed',100000,None,"Russian troops near Ukraine's border",'U.S. and Ukrainian estimates','between 100,000 and 120,000 troops',vmax=120000,note='range')
c('1115','detained',10000,'about','people detained during the unrest','Kazakh officials','about 10,000 people were detained')
c('1115','killed',16,None,'security personnel killed',MIA,'security personnel killed stood at 16')
c('1115','killed',18,None,'security personnel killed (first report)',MIA,'down from 18 in its first report')
e('1115',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'into Kazakhstan in under three days last week',note='"last week" is not a day')
e('1115','2022-01-08','statement',None,[RDM],'By Saturday, it said')
e('1115','2022-01-11','statement',None,[TOK],"said on Tuesday that the peacekeepers' mission was complete")
e('1115','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin Thursday',note='future; Thursday after Wed 12 Jan')
e('1115','2022-01-10','statement',None,['John Kirby'],'told reporters on Monday')

# ---------------- 1116 Caucasian Knot news item (13 January 2022, a Thursday)
art('1116',0,5,7,'Caucasian Knot','2022-01-13',[],None,
    ['Caucasian Knot','News | Armenia','13 January 2022, 18:40',
     "This article was originally published on the Russian page of 24/7 Internet agency 'Caucasian Knot' on January 13, 2022 at 04:40 pm MSK. To access the full text of the article, click here.",
     'Author: Caucasian Knot correspondent','Source: CK correspondent'])
q('1116','The Armenian contingent has fulfilled all its tasks and is preparing for the return flight,','Aram Torosyan','ministry spokesman Aram Torosyan','told',note='inverted; the outlet name in quotes ("Caucasian Knot") after the cue is not a quote')
q('1116','could not refuse a partner in distress','Nikol Pashinyan','him','According to',partial=True,note='"According to him, Armenia “…”"')
q('1116','a double standard','Levon Harutyunyants','Opposition MP Levon Harutyunyants','called',partial=True,note='invented MP')
q('1116',"When Azerbaijani troops entered our territory, nobody came. Now we send our boys to guard someone else's factories,",'Levon Harutyunyants','he','stated')
c('1116','troops_deployed',100,'about','Armenian servicemen sent to Kazakhstan',ARMOD,'About 100 Armenian servicemen')
c('1116','killed',16,None,'law enforcement officers killed',KA,'16 law enforcement officers were killed',note='"According to the official data of Kazakhstan"')
c('1116','detained',9900,None,'people detained',KA,'9,900 people were detained')
c('1116','killed',18,None,'law enforcers killed (earlier report)',KA,'18 deaths among law enforcers')
c('1116','killed',164,None,'death toll (title of an earlier report)',None,'the death toll rises to 164',zone='related',note='in-text reference to an earlier Caucasian Knot report')
e('1116','2022-01-13','statement',None,[ARMOD],"Armenia's Ministry of Defence reported today")
e('1116','2022-01-07','troop_deployment','Almaty',[ARMOD],'were sent to Kazakhstan on January 7')
e('1116','2022-01-13','other','Yerevan',['Nikol Pashinyan'],'defended the decision at a government meeting today')
e('1116','2022-01-07','protest','Yerevan',[],'on the evening of January 7 against the deployment',note='"About 30 people" and "detained two" are not claims (a Yerevan picket)')
e('1116','2022-01-13','withdrawal','Kazakhstan',[CSTO,SER],'The withdrawal of the CSTO troops began today, on January 13')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['He'],["Kassym-Jomart Tokayev's"]),
 sp(KHM,'organisation',['health ministry'],[],'Kazakhstan',['the health ministry']),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['prime minister'],'Kazakhstan',note='words invented'),
 sp('Saule Ibrayeva','person',['Saule Ibrayeva'],['head of the Almaty-based group Civic Watch'],'Kazakhstan',note='invented'),
 sp(SHAL,'person',['Serik Shalabayev'],["head of the criminal prosecution department at the prosecutor general's office"],'Kazakhstan',['he'],note='words invented'),
 sp('Gulnara','person',['Gulnara'],[],'Kazakhstan',['a woman'],note='invented; first name only'),
 sp('Marat Kenzhebek','person',['Marat Kenzhebek','Kenzhebek'],['Independent trade unionist'],'Kazakhstan',['he'],['Mr Kenzhebek'],note='invented'),
 sp('Kazakh government','organisation',['government'],[],'Kazakhstan',['The government']),
 sp('Sharan Burrow','person',['Sharan Burrow'],['ITUC general secretary'],None,note='words invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Col. Gen.','Colonel-General'],'Russia',[],['Russian Col. Gen. Andrei Serdyukov']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],[],'Russia',["Russia's envoy to the Organization for Security and Cooperation in Europe"],note='words invented'),
 sp('Farai Chikowore','person',['Farai Chikowore'],['a security analyst at the University of Zimbabwe'],'Zimbabwe',['He'],['Dr Farai Chikowore'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',['The Interior Ministry']),
 sp('Russian Foreign Ministry','organisation',["Russia's Foreign Ministry"],[],'Russia'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Spokeswoman'],'Russia',note='words invented'),
 sp('Zimbabwean Ministry of Foreign Affairs and International Trade','organisation',['Ministry of Foreign Affairs and International Trade'],[],'Zimbabwe',['the ministry']),
 sp('Chevron','organisation',['Chevron'],[],'United States'),
 sp('Arvind Menon','person',['Arvind Menon'],['a commodities analyst at a Mumbai brokerage'],'India',note='invented'),
 sp('Rakesh Bansal','person',['Rakesh Bansal'],['director of a Kolkata tea exporter'],'India',['He'],note='invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['spokesperson'],'India',note='words invented'),
 sp('Mark Jessop','person',['Mark Jessop'],['retired Army Lt. Col.'],'United States',['He'],note='invented'),
 sp('John Kirby','person',['John Kirby'],['Pentagon press secretary'],'United States',note='words invented'),
 sp('Aram Torosyan','person',['Aram Torosyan'],['ministry spokesman'],'Armenia',note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Prime Minister'],'Armenia',['him']),
 sp('Levon Harutyunyants','person',['Levon Harutyunyants'],['Opposition MP'],'Armenia',['he'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(RDM,'organisation',['Russian Defense Ministry'],[],'Russia',[],quoted=False,note='source of figures in 2 files; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',[],quoted=False,note='mentioned only (1112); kept because earlier sets list him'),
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
