#!/usr/bin/env python3
"""Source of the devset129 annotation: the hand-chosen spans, values and dates for 1125-1132.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset129/annotation_source.py && python3 tests/devset129/verify.py
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
MYMFA='Malaysian Ministry of Foreign Affairs'; PKFO='Pakistani Foreign Office'; ATMFA='Austrian Foreign Ministry'
PHDFA='Philippine Department of Foreign Affairs'; KHM='Kazakh Ministry of Health'; PGO="Kazakh Prosecutor General's Office"


# ---------------- 1125 Le Figaro page in automatic English translation (Publié le 08/01/2022, a Saturday)
art('1125',0,7,8,'Le Figaro','2022-01-08',['Pierre Vasseur'],None,
    ['Le Figaro',"Vos choix concernant l'utilisation des cookies",
     "Nous et nos partenaires utilisons des cookies pour mesurer l'audience et vous proposer des publicités personnalisées. \"Accepter et fermer\" vaut consentement pour 12 mois.",
     'Accepter et fermer    Continuer sans accepter    Paramétrer','International | Asie','[English version - automatic translation]','By Pierre Vasseur',
     'Publié le 08/01/2022 à 18:32, mis à jour le 08/01/2022 à 21:05','Partager   Facebook   Twitter   E-mail   Copier le lien',
     'Lire aussi : Kazakhstan: "We will not let the country fall into chaos", promises Tokayev','Lire aussi : Russia-US: the Geneva talks open on Monday under high tension',
     'Par Pierre Vasseur','Les plus lus','1. Covid: the government announces 300,000 new cases','2. "I was not informed": the minister defends herself',
     '3. Kazakhstan: the night Almaty burned','Abonnez-vous à la newsletter International'])
q('1125','constitutional order',TOK,'Kassym-Jomart Tokayev','claimed',partial=True,note='in the dek (first_line); two-word partial with a speech verb')
q('1125','The airport is fully under the protection of the peacekeeping forces,',RDM,'the ministry','said in a statement',note='"the ministry" = the Russian Defence Ministry named in the sentence before')
q('1125','constitutional order',TOK,'Kassym-Jomart Tokayev','said',n=2,partial=True,note='same words as the dek, second occurrence (body)')
q('1125','fire without warning',TOK,'He','added',partial=True)
q('1125','Negotiations with criminals and killers? What kind of negotiations can there be?',TOK,'the Kazakh president','asked',note='quote ending with "?" inside the mark; title-only inverted cue')
q('1125','We will not let the country fall into chaos',TOK,'Tokayev','promises',art=None,zone='related',note='"Lire aussi :" teaser inside the article text; comma outside the mark')
q('1125','Moscow did not need to be asked twice.',None,'A French diplomat','was more blunt',note='anonymous diplomat; colon-introduced quote')
q('1125','For the first time, the CSTO is doing what it was created for, but in the interest of one regime,','Jean Moreau','he','told',note='invented analyst, named in the sentence before')
q('1125','I was not informed',None,'the minister',None,art=None,zone='related',note='"Les plus lus" teaser about an unrelated story; speaker not identifiable')
c('1125','aircraft',70,'more than','aircraft used to carry the contingent',RDM,'more than 70 aircraft')
c('1125','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='one-word-style label "armed criminals" excluded from quotes')
c('1125','detained',4404,None,'people detained',MIA,'4,404 people were detained')
c('1125','killed',18,None,'police and National Guard dead','Kazakh authorities','18 dead among the police and the National Guard',note='"The authorities also reported"')
c('1125','troops_deployed',2500,'about','CSTO soldiers expected in total',CSTO,'Some 2,500 soldiers are expected in total',note='"Some" -> about; "according to the CSTO secretariat"')
e('1125','2022-01-07','troop_deployment','Almaty',['Russia'],'Russian paratroopers took control of Almaty airport on Friday')
e('1125','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a day after the first planes of the Collective Security Treaty Organisation (CSTO) landed',note='"a day after" Friday 7 Jan')
e('1125','2022-01-08','statement',None,[RDM],'the ministry said in a statement on Saturday')
e('1125','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('1125','2022-01-06','statement','Paris',['French Foreign Ministry'],"the Quai d'Orsay called on Thursday",note='"restraint" (one word) is not a quote record')
e('1125','2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday',note='future')
e('1125','2022-01-12','talks','Brussels',['NATO','Russia'],'before a NATO-Russia Council on Wednesday',note='future')

# ---------------- 1126 HuffPost UK story with a newsletter sign-up box and video player (10/01/2022, a Monday)
art('1126',0,4,5,'HuffPost UK','2022-01-10',['Chloe Fairbanks'],None,
    ['HuffPost UK','News   Politics   Opinion   Life   Entertainment   Sign in','WORLD NEWS','By Chloe Fairbanks',
     '10/01/2022 05:47pm GMT | Updated 10/01/2022 07:12pm GMT','Share  Tweet  Email','VIDEO: Putin addresses CSTO leaders','0:00 / 1:48',
     'Sign up to the HuffPost UK Morning Briefing. Get the biggest stories in your inbox before 7am. "The only newsletter I actually read" - a subscriber.',
     'Your email address    Sign up','RELATED...',"'He Was Just Buying Bread': Family Of Almaty Student Speak Out","Boris Johnson Says UK 'Stands With' Ukraine As Talks Begin",
     'Go To Homepage','Suggest a correction | Submit a tip'])
q('1126','We will not allow the so-called colour revolutions to be carried out in our countries,','Vladimir Putin','the Russian president','told',note='title-only inverted cue; "colour revolutions" is inside the full quote, not a separate record')
q('1126',"an attempted coup d'état",TOK,'Kassym-Jomart Tokayev','told',partial=True)
q('1126','The mission has been a great success,',TOK,'Tokayev','said',note='the video-player lines (VIDEO: …, 0:00 / 1:48) sit between the two Tokayev paragraphs and the Putin quote')
q('1126','Shooting your own citizens without warning is not law and order,','David Lammy','he','tweeted',note='cue "tweeted"')
q('1126','difficult, long, very professional','Sergey Ryabkov','Ryabkov','said',partial=True,note='full stop outside the closing mark')
q('1126','a frank and forthright discussion','Wendy Sherman','Sherman','described them as',partial=True)
c('1126','killed',164,None,'deaths (figure later withdrawn)','officials','say 164 people have died',note='"Officials in Nur-Sultan say"; withdrawn from a government Telegram channel')
c('1126','injured',2200,'more than','people who sought medical help',KHM,'more than 2,200 people had sought medical help')
c('1126','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
e('1126','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'met by video link on Monday',note='CSTO video summit')
e('1126','2022-01-09','casualty_report',None,[KHM],'The health ministry said on Sunday')
e('1126','2022-01-09','statement',None,['David Lammy'],'David Lammy, said on Sunday')
e('1126',None,'talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],"sat down with Russia's Sergei Ryabkov",note='"Meanwhile" only; no day word (real: 10 Jan)')
e('1126',None,'statement',None,['Sergey Ryabkov'],'Ryabkov said afterwards',note='"afterwards" is not a day')

# ---------------- 1127 Malaysiakini story cut by a subscription prompt, "Most Read" list above the article (Jan 7, 2022, a Friday)
art('1127',0,9,13,'Malaysiakini','2022-01-07',['Hafiz Yatim'],None,
    ['malaysiakini','News and views that matter','NEWS | ENGLISH | BAHASA MALAYSIA | 中文 | TAMIL','Most Read','1. Flood victims: "We were left alone for three days"',
     '2. Minister: 40,000 families still in relief centres','3. Kazakh unrest: Wisma Putra monitoring 92 Malaysians','News','Hafiz Yatim',
     'Published:  Jan 7, 2022 3:15 PM','Updated: 5:02 PM','Subscribe to read more',
     'This article is exclusive for subscribers. Subscribe for RM1 only for the first month. Already a subscriber? Log in','Malaysiakini','© 2022 Mkini Dotcom Sdn Bhd. All rights reserved.'],
    ls=9,le=20)
q('1127','We were left alone for three days',None,'Flood victims',None,art=None,zone='related',note='"Most Read" teaser about Malaysian floods, above the article; colon attribution in a headline')
q('1127','All are safe and accounted for. The embassy in Nur-Sultan is in constant contact with them,',MYMFA,'the Foreign Ministry','said in a statement',note='"Wisma Putra" (metonym) in the lead, "the Foreign Ministry" in the cue')
q('1127','stay indoors and avoid any gatherings',MYMFA,'It','advised',partial=True)
q('1127','We could hear gunfire the whole night. We have food for maybe one week,',None,'she','said',note='anonymous medical student; "she" resolves to "A medical student in Almaty"')
q('1127','Our parents are very worried but the internet is cut most of the time.',None,'she','said',note='second half after the interposed "she said"')
q('1127','as soon as possible','Saifuddin Abdullah','Foreign Minister Saifuddin Abdullah','said',partial=True)
c('1127','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('1127','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('1127','killed',18,None,'security personnel killed',MIA,'Eighteen security personnel were killed',note='written-out figure at a sentence start')
c('1127','troops_deployed',2500,'about','CSTO mission soldiers','Russian state media','a CSTO mission of about 2,500 soldiers')
e('1127','2022-01-07','statement',None,[MYMFA],'the Foreign Ministry said in a statement today',note='"today" = publication day')
e('1127','2022-01-06','other','Almaty',[],'the shooting near her hostel stopped only on Thursday morning')
e('1127','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said today")
e('1127',None,'statement','Putrajaya',['Saifuddin Abdullah'],'speaking to reporters in Putrajaya',note='undated')
e('1127','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian and allied troops began arriving on Thursday')

# ---------------- 1128 SAMAA (Pakistan) page carrying Reuters, with reader comments (Jan 13, 2022, a Thursday)
art('1128',0,4,8,'SAMAA TV','2022-01-13',[],None,
    ['SAMAA','Pakistan  World  Business  Sports  Videos  LIVE TV','Home / World','SAMAA | Reuters','Jan 13, 2022 | 07:40pm','WhatsApp  Facebook  Twitter',
     'Also Read: Tokayev calls Nazarbayev\'s circle "a layer of wealthy people"','Comments (3)','Imran K.  2 hours ago',
     '"Fulfilled their tasks" means they saved the government, nothing more.','Reply  Like 4','Download the SAMAA App','Copyright © 2022 SAMAA TV. All rights reserved.'],
    le=16)
q('1128','The peacekeepers have fulfilled their tasks in full,','Andrei Serdyukov','Colonel-General Andrei Serdyukov','said',note='inverted cue with an appositive between name and verb')
q('1128','main mission',TOK,'President Kassym-Jomart Tokayev','had announced',partial=True,note='two-word partial, pluperfect cue')
q('1128','the risk of war in the OSCE area is now greater than ever before in the last 30 years','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warned',partial=True,note='"30 years" inside the quote is not a claim')
q('1128','the efforts of the government of Kazakhstan to restore peace',PKFO,"Pakistan's Foreign Office",'said',partial=True)
q('1128','a layer of wealthy people',TOK,'Tokayev','calls',art=None,zone='related',note='"Also Read:" teaser')
c('1128','other',14,None,'strategic sites guarded by the CSTO troops','Andrei Serdyukov','guarded 14 strategic sites')
c('1128','troops_deployed',2030,None,'CSTO personnel to leave in stages',TOK,'the force of 2,030 personnel',note='the same figure in a reader comment (l.25) is outside the article and not recorded')
e('1128','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing from Kazakhstan on Thursday')
e('1128',None,'statement',None,[RDM],'The Russian Defence Ministry said the first planes',note='undated')
e('1128','2022-01-12','other',None,['Andrei Serdyukov'],'said at a handover ceremony on Wednesday',note='ceremony')
e('1128','2022-01-11','statement',None,[TOK],'had announced on Tuesday')
e('1128','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'held its first big meeting of the year on Thursday')
e('1128',None,'statement',None,[PKFO],'said earlier this week',note='"earlier this week" is not a day')

# ---------------- 1129 National Post (Canada) with an author bio box and a comments notice (Jan 12, 2022, a Wednesday)
art('1129',0,4,5,'National Post','2022-01-12',['Marc Tremblay'],'BRUSSELS',
    ['NATIONAL POST','News  Opinion  Politics  World  Sports  Subscribe  Sign In','World','Author of the article:','Marc Tremblay','Publishing date:',
     'Jan 12, 2022  •  2 hours ago  •  3 minute read  •  14 Comments','Article content','Advertisement 1','Story continues below','RELATED',
     "'We will not be intimidated,' Trudeau says of Russian build-up","Kazakhstan says 'order restored' after days of deadly clashes",
     'Marc Tremblay is a foreign affairs reporter for the National Post based in Ottawa. He previously covered the European Union from Brussels for six years. Follow him on Twitter @mtremblayNP',
     'Comments','This Week in Flyers'])
q('1129','a real risk for new armed conflict in Europe','Jens Stoltenberg',"the alliance's secretary general",'warning of',partial=True,note='title only; the name comes in the next paragraph')
q('1129','There are significant differences between NATO allies and Russia on these issues,','Jens Stoltenberg','Jens Stoltenberg','told')
q('1129','Our differences will not be easy to bridge.','Jens Stoltenberg','Jens Stoltenberg','told',note='second half after the interposed cue')
q('1129','It is not for Moscow to decide who joins NATO,','Mélanie Joly','Joly','said')
q('1129',"Ukraine's future is for Ukrainians to decide.",'Mélanie Joly','Joly','said')
q('1129','fulfilled its mission',TOK,'Tokayev','said',partial=True)
q('1129','The departure of the CSTO contingent shows this was never an occupation,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said')
c('1129','troops_deployed',100000,'about','Russian troops near the Ukrainian border','U.S. and NATO estimates','massed about 100,000 troops near the Ukrainian border')
e('1129','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'ended four hours of talks on Wednesday')
e('1129',None,'statement','Ottawa',['Mélanie Joly'],'said in Ottawa that Canada stood with its allies',note='undated (likely 12 Jan)')
e('1129','2022-01-10','talks','Geneva',['United States','Russia'],'two days after U.S. and Russian diplomats met in Geneva',note='two days before Wednesday 12 Jan')
e('1129','2022-01-13','talks','Vienna',['OSCE'],'a day before an OSCE session in Vienna',note='future')
e('1129',None,'troop_deployment','Kazakhstan',['Russia'],'where Moscow sent troops last week',note='"last week" is not a day')
e('1129',None,'other','Kazakhstan',[CSTO],'began a ceremony marking the end of its mission',note='undated')
e('1129','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')

# ---------------- 1130 krone.at (Austria) in translation, with a poll widget and forum (11.01.2022, a Tuesday)
art('1130',0,7,8,'krone.at','2022-01-11',['Stefan Hofer'],None,
    ['krone.at','Nachrichten  Sport  Unterhaltung  Video  Community','[Translated from German]','Ausland','11.01.2022 14:20','Unrest in Kazakhstan',
     'Von Stefan Hofer','Teilen   Kommentare (57)','UMFRAGE','Should the EU impose sanctions on Kazakhstan?',"Yes (38%)   No (47%)   Don't know (15%)",'2,814 votes',
     'Kommentare (57)','Forum rules: Please respect the netiquette.','Franz_2021: "Peacekeepers" - that is what they call it now.','Gerlinde: Good that the engineers are home safe!'],
    le=20)
q('1130','The city looked like a war zone','Thomas W.','Thomas W.',None,zone='headline',note='headline quote after a colon; the words are in the body (l.11)')
q('1130','We heard shots every night, and on Thursday we saw burnt-out cars in front of the hotel,','Thomas W.','Thomas W.','said',note='inverted cue "said Thomas W., 46, an engineer"; an age after the name')
q('1130','The city looked like a war zone. Nobody knew who was shooting,','Thomas W.','he','said',n=1)
q('1130','We were in contact with every one of them,',ATMFA,'a spokeswoman','said',note='unnamed spokeswoman of "The Foreign Ministry in Vienna" -> the ministry')
q('1130','a very important mission',TOK,'he','said',partial=True,note='"The Russian-led force, he said, had carried out …" (cue interposed)')
q('1130','full transparency','Alexander Schallenberg','Foreign Minister Alexander Schallenberg','called',partial=True)
q('1130','without warning',TOK,'Tokayev','had ordered',partial=True,note='two-word partial; the order\'s wording')
q('1130','First they must explain who shot at whom.','Thomas W.','Thomas W.','says',note='present-tense cue, colon-introduced quote after the poll widget')
c('1130','other',20000,'about','attackers who stormed Almaty',TOK,'about 20,000 attackers had stormed Almaty')
c('1130','detained',10000,'almost','people detained','Kazakh authorities','almost 10,000 people have been detained')
c('1130','killed',164,None,'dead (figure later corrected)',MIA,'put the number of dead at 164')
e('1130','2022-01-10','other','Vienna',[],'landed in Vienna on Monday night',note='return of three Austrian engineers (evacuation)')
e('1130','2022-01-11','statement','Nur-Sultan',[TOK],'announced on Tuesday that the troops')
e('1130',None,'casualty_report',None,[MIA],'The Interior Ministry put the number of dead')
e('1130','2022-01-10','statement',None,['Alexander Schallenberg'],'called on Monday for')

# ---------------- 1131 GMA News Online "Pinoy Abroad" story with video player and READ MORE list (January 8, 2022, a Saturday)
art('1131',0,4,9,'GMA News Online','2022-01-08',['JOAQUIN DELA CRUZ'],None,
    ['GMA News Online','Home  News  Money  Sports  Lifestyle  Pinoy Abroad  Hashtag','Pinoy Abroad','By JOAQUIN DELA CRUZ, GMA News','Published January 8, 2022 4:25pm',
     '▶ Video: OFWs sa Kazakhstan, ligtas ayon sa DFA | 24 Oras','0:00 / 2:31   CC   HD','—LDF, GMA News','READ MORE',
     'Kazakhstan: Almaty airport reopens Monday, says official',"OFW in Almaty: 'We hid under the beds for two nights'",'Most Popular',
     "'Walang pasok': Classes suspended in 12 cities",'PAGASA: Amihan to bring cold temps in Luzon','Tags: ofws, kazakhstan, dfa'])
q('1131','As of this time, no Filipino has been reported hurt or detained,','Sarah Lou Arriola','Foreign Affairs Undersecretary Sarah Lou Arriola','said')
q('1131','on standby','Sarah Lou Arriola','Arriola','According to',n=2,partial=True,note="the headline's single-quoted 'on standby' is excluded")
q('1131','Our camp is quiet. We only know what happened from Facebook,',None,'he','told',note='anonymous Filipino welder')
q('1131','only a fool',TOK,'Kassym-Jomart Tokayev','saying',partial=True,note='"shoot to kill" in the next sentence is unquoted')
q('1131','The suspension stays until the embassy says it is safe,','Rommel Bautista','Bautista','said',note='title "Atty." before the name')
c('1131','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed')
c('1131','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died')
c('1131','detained',3000,'at least','people detained',MIA,'At least 3,000 people were detained')
e('1131','2022-01-08','statement',None,[PHDFA],'on Saturday said all Filipinos')
e('1131','2022-01-07','statement',None,[TOK],'on Friday rejected calls for talks')
e('1131',None,'casualty_report',None,[MIA],'The Kazakh Interior Ministry said 26',note='undated')
e('1131','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in the country on Thursday')
e('1131',None,'other',None,['Rommel Bautista'],'deployment of new workers to Kazakhstan was suspended',note='deployment ban; undated')

# ---------------- 1132 Irish Examiner story under a metered paywall line (Fri, 14 Jan, 2022)
art('1132',0,4,8,'Irish Examiner','2022-01-14',['Aoife Brennan'],None,
    ['Irish Examiner','News  Sport  Business  Opinion  Lifestyle  Podcasts  Subscribe','World','Fri, 14 Jan, 2022 - 17:48','Aoife Brennan',
     'You have read 2 of your 3 free articles this month. Subscribe for unlimited access.','Read More',
     "Simon Coveney: 'Ireland will use its Security Council seat to push for dialogue'","Kazakh president blames 'bandits' for violence that left 164 dead",
     'Explainer: What is the CSTO and why did it go into Kazakhstan?','More in this section','Ukraine hit by cyberattack on government websites',
     'Biden to hold news conference next week','© Irish Examiner Ltd'])
q('1132','We are not going to wait forever,','Sergey Lavrov','Mr Lavrov','told')
q('1132','a test of whether the West is capable of negotiating','Sergey Lavrov','He','described the talks as',partial=True)
q('1132','quickly and effectively','Sergey Lavrov','he','said',partial=True,note='"which he said had shown …"; "The minister" opens the sentence')
q('1132','European security is indivisible. That is not a slogan, it is what every OSCE member signed up to,','Simon Coveney','Mr Coveney','said')
q('1132','Nobody walked out. In this climate, that counts as progress,','Eoin Kavanagh','he','said',note='invented academic ("Prof")')
c('1132','troops_deployed',2030,None,'CSTO troops to leave by January 19',RDM,'The last of the 2,030 troops')
c('1132','killed',164,'at least','people who died in the unrest','Kazakh authorities','at least 164 people had died')
c('1132','killed',16,None,'members of the security forces among the dead','Kazakh authorities','including 16 members of the security forces')
c('1132','detained',12000,'more than','people detained in the week of violence',PGO,'More than 12,000 people were detained')
c('1132','killed',164,None,'dead in the violence',None,'violence that left 164 dead',zone='related',note='"Read More" teaser between body paragraphs')
e('1132','2022-01-14','statement','Moscow',['Sergey Lavrov'],'Sergey Lavrov said on Friday',note='annual news conference')
e('1132','2022-01-19','withdrawal','Kazakhstan',[RDM,CSTO],'would leave by January 19',note='future deadline')
e('1132','2022-01-13','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Thursday')
e('1132','2022-01-13','statement','Dublin',['Simon Coveney'],'speaking in Dublin the day before',note='"the day before" Friday 14 Jan')
e('1132','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'OSCE Permanent Council meeting in Vienna on Thursday')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh president','Kazakh President'],'Kazakhstan',['He','he','the Kazakh president']),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',['the ministry']),
 sp('Jean Moreau','person',['Jean Moreau'],['a specialist in Central Asia at the Institut français des relations internationales'],'France',['he'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',['the Russian president']),
 sp('David Lammy','person',['David Lammy'],["Labour's shadow foreign secretary"],'United Kingdom',['he'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],[],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US deputy secretary of state'],'United States'),
 sp(MYMFA,'organisation',['Wisma Putra'],[],'Malaysia',['the Foreign Ministry','It']),
 sp('Saifuddin Abdullah','person',['Saifuddin Abdullah'],['Foreign Minister'],'Malaysia',note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','the commander of the mission'],'Russia'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',[],["Poland's Zbigniew Rau"]),
 sp(PKFO,'organisation',['Foreign Office'],[],'Pakistan',[],["Pakistan's Foreign Office"]),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],[],'Norway',["the alliance's secretary general"]),
 sp('Mélanie Joly','person',['Mélanie Joly','Joly'],['Foreign Affairs Minister'],'Canada',['the minister'],note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='words invented'),
 sp('Thomas W.','person',['Thomas W.'],['an engineer from Upper Austria'],'Austria',['he'],note='invented; surname abbreviated by the outlet'),
 sp(ATMFA,'organisation',['Foreign Ministry in Vienna'],[],'Austria',['a spokeswoman']),
 sp('Alexander Schallenberg','person',['Alexander Schallenberg'],['Foreign Minister'],'Austria',note='words invented'),
 sp('Sarah Lou Arriola','person',['Sarah Lou Arriola','Arriola'],['Foreign Affairs Undersecretary'],'Philippines',note='words invented'),
 sp('Rommel Bautista','person',['Rommel Bautista','Bautista'],['Philippine Overseas Labor Office head'],'Philippines',[],['Atty. Rommel Bautista'],note='invented'),
 sp('Sergey Lavrov','person',['Sergey Lavrov','Lavrov'],["Russia's foreign minister"],'Russia',['He','he','The minister'],['Mr Lavrov']),
 sp('Simon Coveney','person',['Simon Coveney','Coveney'],['Tánaiste and Minister for Foreign Affairs'],'Ireland',[],['Mr Coveney'],note='words invented'),
 sp('Eoin Kavanagh','person',['Eoin Kavanagh'],['Prof'],'Ireland',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,[],[],quoted=False,note='mentioned in every file; not quoted'),
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
