#!/usr/bin/env python3
"""Source of the devset66 annotation: the hand-chosen spans, values and dates for 621-628.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset66/annotation_source.py && python3 tests/devset66/verify.py
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
KPO='Kazakh Presidential Press Office'; KNB='Kazakh National Security Committee'

# ---------------- 621 Microsoft Start (MSN) page carrying an AFP story (Jan 7, 2022, a Friday)
art('621',0,5,10,'Microsoft Start','2022-01-07',[],None,
    ['Microsoft Start','News   Weather   Sports   Money   Play   Shopping   Watch','World','AFP','Story by AFP • Jan 7, 2022 4:52 PM',
     'Like   Comments (214)   Share','Russian paratroopers board a transport plane outside Moscow on January 6, 2022, bound for Kazakhstan © Handout',
     'Story continues','cb/jm/rox','© Agence France-Presse','Continue reading','Sponsored Content','Feedback','Privacy & Cookies   Terms of use   Advertise   © 2022 Microsoft'])
q('621','Those who refuse to lay down their arms will be destroyed. I have authorised the law enforcement agencies to open fire without warning,',TOK,'Tokayev','said')
q('621','There will be no bargaining with armed gangs who set our cities on fire.',TOK,'He','saying:',note='"He dismissed … as “nonsense”, saying: “…”"; the one-word "nonsense" is excluded')
q('621','The situation has been stabilised in all regions,',MIA,'the ministry','said in a statement',note='the label "counter-terrorist operations" after "adding that" is excluded')
q('621','The peacekeepers will stay exactly as long as the Kazakh side needs them,','Stanislav Zas','CSTO Secretary General Stanislav Zas','told',note='inverted cue with a title before the name; words invented')
q('621','We heard shooting until four in the morning. Now the streets are empty and every shop on our street is shut,','Aigerim','Aigerim','said',note='resident who gave only her first name; a clock time inside the quote')
q('621','the whole world will be watching for any violations of human rights','Antony Blinken','Secretary of State Antony Blinken','adding',partial=True,note='"told reporters on Thursday that …, adding that “…”"; words invented')
c('621','killed',26,None,'attackers killed',MIA,'said 26 attackers had been killed')
c('621','detained',3800,'more than','people detained',MIA,'more than 3,800 people detained')
c('621','killed',18,None,'members of the security forces killed',MIA,'while 18 members of the security forces had died')
c('621','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'its force numbered around 2,500 troops',note='"around" → about')
c('621','aircraft',20,'more than','Il-76 transport aircraft that carried the first Russian units','Moscow','more than 20 Il-76 transport aircraft',note='"Moscow said"; kept as written')
e('621','2022-01-07','statement',None,[TOK],'said Friday he had authorised security forces',note='"Friday" = publication day')
e('621',None,'casualty_report',None,[MIA],'The interior ministry said 26 attackers',note='no day given')
e('621',None,'troop_deployment','Kazakhstan',[CSTO],'would guard airports and government buildings',note='undated')
e('621','2022-01-07','other','Almaty',['NetBlocks'],'Internet access was partially restored in the city on Friday')
e('621','2022-01-05','other','Kazakhstan',[],'a nationwide blackout that began on Wednesday',note='internet blackout; Wednesday before Friday 7 Jan')
e('621','2022-01-02','protest','Zhanaozen',[],'The unrest started on January 2')
e('621','2022-01-06','statement','Washington',['Antony Blinken'],'Antony Blinken told reporters on Thursday')
e('621','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'the first Russian units had landed on Thursday')

# ---------------- 622 Pocket reader-view export of a Eurasianet piece (January 11, 2022, a Tuesday; saved Jan 12)
art('622',0,6,12,'Eurasianet','2022-01-11',['Daniyar Kenzhebek'],None,
    ['Pocket','My List   Discover   Archive','← My List','Archive   Favorite   Tag   Delete   Share','eurasianet.org','Daniyar Kenzhebek','January 11, 2022','~5 min','View Original',
     'Daniyar Kenzhebek is a journalist based in Almaty.','Tags','kazakhstan   csto   tokayev   + Add tag','Saved to Pocket · Jan 12, 2022','Recommended by Pocket',"Why Kazakhstan's oil workers walked out"])
q('622','The peacekeepers have done what they came here to do,',TOK,'Tokayev','told',note='words invented')
q('622','They will leave in stages, and the whole process will take no more than ten days.',TOK,'Tokayev','told',note='second half after the interposed "Tokayev told deputies of the Mazhilis, …"; a duration inside')
q('622','a well-prepared and coordinated attack',TOK,'The president','called',partial=True)
q('622','the undermining of the foundations of the state','Vladimir Putin','Vladimir Putin','told',partial=True,note='the next sentence\'s "colour revolutions" (a label) is excluded')
q('622',"Tokayev needs to show his own public that he is not Moscow's vassal, and the quickest way to do that is to send the Russians home,",'Aliya Nurmukhanova','Aliya Nurmukhanova','said',note='inverted cue; invented analyst; the name Tokayev inside the quote')
q('622','extremely lucrative businesses',TOK,'the president','saying',partial=True,note='nearest-name trap: reported inside Nurmukhanova\'s "She noted that the president … saying that …"; Nazarbayev is named just before')
q('622','It is the first time a sitting official has said this in the Mazhilis,','Aliya Nurmukhanova','Nurmukhanova','said')
q('622','Whether anything follows is another question.','Aliya Nurmukhanova','Nurmukhanova','said',note='second half after the interposed cue')
c('622','detained',10000,'almost','people detained across the country',MIA,'nearly 10,000 people have been detained')
c('622','killed',16,None,'security personnel killed','officials','the number of security personnel killed at 16')
c('622','troops_deployed',2030,'about','CSTO servicemen taking part',CSTO,'about 2,030 servicemen are taking part')
e('622','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday',note='"on Tuesday" = publication day')
e('622','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving on Thursday',note='future; Thursday after Tuesday 11 Jan')
e('622','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Lawmakers then approved his nominee, Alikhan Smailov',note='same session as the Tuesday address')
e('622',None,'government_resignation',None,[TOK],'the cabinet that Tokayev dismissed last week',note='"last week" is not a day (real: 5 Jan)')
e('622','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'At a video summit of the alliance on Monday')
e('622',None,'troop_deployment','Kazakhstan',[CSTO],'sent to Kazakhstan last week',note='"last week"')

# ---------------- 623 Feedly board export: three items = three articles (exported Jan 14, 2022)
L623=ln('623','Kazinform · Jan 13, 2022'); R623=ln('623','Reuters · by Piotr Nowak · Jan 13, 2022')
art('623',0,ln('623',"NATO and Russia 'far apart'"),ln('623','Russia and NATO ended their first formal talks'),'The Moscow Times','2022-01-12',['Elena Sorokina'],None,
    ['feedly','Today   Read Later   Boards   Feeds   Integrations','BOARD','Russia-West talks + Kazakhstan','Shared by Tom Whitaker · 3 articles · Exported Jan 14, 2022',
     'Sort: Latest   Layout: Magazine','The Moscow Times · by Elena Sorokina · Jan 12, 2022',"Note by Tom Whitaker: Grushko's line is the one everybody will quote.",'Read more on The Moscow Times'],
    ls=1,le=L623-2)
art('623',1,L623+1,L623+2,'Kazinform','2022-01-13',[],None,['Kazinform · Jan 13, 2022','Read more on Kazinform'],ls=L623,le=R623-2)
art('623',2,R623+1,R623+2,'Reuters','2022-01-13',['Piotr Nowak'],'VIENNA',
    ['Reuters · by Piotr Nowak · Jan 13, 2022','Read more on Reuters','Save to board   Share board   Export','Powered by Feedly'],ls=R623)
q('623','We listened carefully to each other, but the gap between the allies and Russia remains wide and it will take time to narrow,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told',art=0,note='inverted cue; words invented')
q('623','Every step that adds to our insecurity will be met by a step of our own,','Alexander Grushko','he','said',art=0,note='he = Grushko; the hyphenated label "military-technical" in the sentence before is excluded')
q('623','the gap between the allies and Russia remains wide','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg',None,art=0,partial=True,n=2,note='the board owner\'s "Highlight:" line repeats a fragment of the quote above; own record, cue null (like the pull quote of devset 245)')
q('623','strategic facilities','Andrei Serdyukov','Colonel-General Andrei Serdyukov','said',art=1,partial=True)
q('623','Every object we were asked to protect has been handed back intact,','Andrei Serdyukov','Serdyukov','said',art=1,note='words invented')
q('623','The security architecture we built together is being tested as never before,','Zbigniew Rau','Rau','told',art=2,note='words invented')
q('623','We keep hearing the same answers. If nothing serious comes back soon, Moscow will draw its own conclusions,','Alexander Lukashevich','Lukashevich','told',art=2,note='words invented')
c('623','troops_deployed',2030,'about','CSTO personnel withdrawing',None,'some 2,030 personnel',art=1,note='"some" → about')
c('623','other',250,'about','pieces of CSTO military equipment withdrawing',None,'about 250 pieces of equipment',art=1,note='equipment count; borderline, kept as other')
c('623','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western estimates','around 100,000 troops near the Ukrainian border',art=2)
e('623','2022-01-12','talks','Brussels',['NATO','Russia'],'in Brussels on Wednesday',art=0,note='NATO-Russia Council')
e('623','2022-01-10','talks','Geneva',['Russia','United States'],'two days after the Geneva talks',art=0,note='"two days after" the Wednesday meeting')
e('623',None,'statement',None,['Alexander Grushko'],'warned that Moscow would respond to any threat',art=0,note='same meeting, no day word in the sentence')
e('623','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday',art=1)
e('623','2022-01-13','other','Almaty',[CSTO,'Andrei Serdyukov'],'after a farewell ceremony in Almaty',art=1,note='ceremony, same Thursday')
e('623','2022-01-12','talks',None,[TOK,'Vladimir Putin'],'in a phone call with Vladimir Putin on Wednesday',art=1)
e('623','2022-01-19','withdrawal','Kazakhstan',[CSTO],'expected to be completed by January 19',art=1,note='planned completion')
e('623','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'Zbigniew Rau said on Thursday as he opened a meeting',art=2,note='OSCE Permanent Council')
e('623',None,'statement',None,['Alexander Lukashevich'],'Lukashevich told reporters',art=2,note='undated')

# ---------------- 624 Apple News share forwarded by e-mail: The Hill story (01/10/22, a Monday)
art('624',0,10,15,'The Hill','2022-01-10',['Mara Ellison'],None,
    ['From: Greg Lawson <greg.lawson@example.com>','Subject: US, Russia end Geneva talks with no breakthrough on Ukraine','Date: January 10, 2022 at 9:14:07 PM EST',
     'To: Ruth Anders <ruth.anders@example.org>',"Thought you'd want this for tomorrow's call. Note the Kazakhstan bit near the end.",'Sent from my iPhone',
     'The Hill','By Mara Ellison','01/10/22 5:02 PM ET','Shared from Apple News','https://apple.news/AxQ7bG2mZTr2m0vN1kLp0Ew','Get Apple News on your iPhone, iPad and Mac.'])
q('624','plainly unacceptable to us,','Wendy Sherman','Deputy Secretary of State Wendy Sherman','said',partial=True,note='the one-word "firm" before it is excluded; words invented')
q('624','No one gets to close the door to NATO membership on behalf of another country,','Wendy Sherman','Sherman','told',note='words invented')
q('624','And we will not decide anything about Ukraine without Ukraine.','Wendy Sherman','Sherman','told',note='second sentence after the interposed cue')
q('624','long, hard and businesslike','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','described',partial=True,note='"described the talks as “…”"; words invented')
q('624','We need iron-clad, legally binding guarantees that Ukraine will not be taken into NATO,','Sergey Ryabkov','Ryabkov','said',note='words invented')
q('624','history shows it can be very hard to persuade Russian troops to go home once they have been invited in.','Antony Blinken','Secretary of State Antony Blinken','said',partial=True,note='"said on Friday that “…”"; words invented')
q('624','Putin only respects strength,','Jim Risch','he','said in a statement',note='Putin named inside the quote; words invented')
c('624','troops_deployed',100000,'about','Russian troops near Ukraine','U.S. officials','about 100,000 troops within striking distance')
c('624','troops_deployed',2000,'more than','Russian-led troops sent to Kazakhstan',None,'more than 2,000 Russian-led troops')
c('624','detained',7939,None,'people detained during the unrest','Kazakh officials','7,939 people had been detained')
e('624','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'ended nearly eight hours of talks in Geneva on Monday')
e('624','2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'met for a working dinner on Sunday')
e('624','2022-01-12','talks','Brussels',['NATO','Russia'],'Talks move to Brussels on Wednesday',note='future')
e('624','2022-01-13','talks','Vienna',['OSCE'],'to Vienna on Thursday',note='future')
e('624',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'arrived last week at the request',note='"last week"')
e('624','2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken said on Friday')
e('624','2022-01-10','casualty_report',None,['Kazakh officials'],'Kazakh officials said on Monday')

# ---------------- 625 Flipboard magazine page: a flipped Independent story (Thursday 13 January 2022)
art('625',0,7,15,'The Independent','2022-01-13',['Caroline Hale'],None,
    ['Flipboard','Following   Explore   Notifications   Profile','CENTRAL ASIA DESK','A magazine by Priya Raman · 1.2K followers · 348 stories','Follow   Share',
     'The Independent','Flipped by Priya Raman · 4h','Priya Raman: Best account yet of what the detentions look like on the ground.','By Caroline Hale',
     'Thursday 13 January 2022 18:20 GMT','Relatives wait outside a police station in Almaty on Wednesday (Reuters)','Like 12   Comment 3   Flip   Share',
     'More from Central Asia Desk',"Kazakhstan's new prime minister faces test over gas prices",'The Diplomat · 1d','Flipboard   About   Blog   Careers   Help   Privacy'])
q('625','They took him from the bus stop. He was going to buy bread. Nobody will tell me where he is,','Gulnara Sadykova','Ms Sadykova','said',note='invented; "Ms" + surname, age 52')
q('625','We are getting reports of beatings in custody almost every hour,','Timur Abenov','Timur Abenov','said',note='invented lawyer; inverted cue')
q('625','released without delay','Berik Uali','Berik Uali','said',partial=True,note='words invented')
q('625','Nobody will be punished for simply being on the street,','Berik Uali','he','told',note='"he told a briefing"')
q('625','promptly, independently and impartially','Michelle Bachelet','Michelle Bachelet','urged',partial=True)
q('625','The foreign soldiers are leaving, but our children are still behind bars,',None,'another mother','said',note='anonymous ("asked not to be named")')
c('625','detained',12000,'more than','people detained since the protests',MIA,'more than 12,000 people who')
c('625','killed',16,None,'members of the security forces killed','officials','16 members of the security forces were killed')
c('625','troops_deployed',1000,'more than','Russian servicemen due to fly home',RDM,'more than 1,000 of its servicemen',note='withdrawal figure')
e('625','2022-01-12','statement',None,['Berik Uali'],'said on Wednesday that every detention')
e('625','2022-01-11','statement',None,['Michelle Bachelet'],'urged the government on Tuesday')
e('625','2022-01-05','other',None,[TOK,CSTO],'called in on 5 January',note='request for CSTO help')
e('625','2022-01-13','other','Almaty',[CSTO],'A ceremony for the departing troops was held in Almaty on Thursday')
e('625',None,'withdrawal','Kazakhstan',[RDM],'due to fly home within days',note='"within days"')
e('625',None,'protest','Kazakhstan',[],'turned into riots across Kazakhstan last week',note='"last week"')

# ---------------- 626 SmartNews "SmartView" of a Newsweek story (1/12/22, a Wednesday)
art('626',0,5,9,'Newsweek','2022-01-12',['OWEN PRITCHARD'],None,
    ['SmartNews','Top   World   U.S.   Politics   Business   Local   Coronavirus','SmartView','Newsweek · 5h','BY OWEN PRITCHARD ON 1/12/22 AT 9:40 AM EST',
     'Open in browser   Share   Save',"Newsweek has reached out to Nazarbayev's office for comment.",'Related Coverage','Kazakhstan Unrest Explained: What Sparked the Protests',
     "Russia's CSTO Troops Will Leave Kazakhstan Within 10 Days, Tokayev Says",'More from Newsweek','Smartnews · Privacy · Terms'])
q('626','Elbasy is in good health and is in constant contact with President Tokayev,','Aidos Ukibay','Ukibay','wrote',note='"wrote on Facebook"; Tokayev named inside; the title "Leader of the Nation" earlier is excluded; words invented')
q('626','an internal affair of our Kazakh friends.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True,note='full stop inside the closing mark; words invented')
q('626','a class of very rich people who owe everything to their closeness to power',TOK,'he','said',partial=True)
q('626','Tokayev is using the crisis to finish a transition that Nazarbayev never really wanted to complete,','Lena Hoffmann','Lena Hoffmann','said',note='invented; two names inside the quote')
q('626','The question is how much of that Moscow signed off on.','Lena Hoffmann','Lena Hoffmann','said',note='continuation after the inverted cue')
c('626','detained',10000,'about','people detained since January 2',MIA,'about 10,000 people have been detained')
c('626','killed',16,None,'police and soldiers killed','Kazakh government','it had recorded 16 deaths')
c('626','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'which sent some 2,000 troops')
e('626','2022-01-09','statement','Nur-Sultan',['Aidos Ukibay'],'insisted on Sunday')
e('626','2022-01-08','arrest',None,[KNB,'Karim Masimov'],'On Saturday the National Security Committee said',note='the announcement date; the arrest itself is not dated here')
e('626',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters',note='undated')
e('626','2022-01-05','appointment',None,[TOK],'head of the Security Council on January 5')
e('626','2022-01-11','statement','Nur-Sultan',[TOK],'Speaking to parliament on Tuesday')
e('626','2022-01-10','casualty_report',None,['Kazakh government'],'The government said on Monday')
e('626','2022-01-13','withdrawal','Kazakhstan',[CSTO],'due to begin pulling out on Thursday',note='future')

# ---------------- 627 Instapaper export of a Guardian story (Sat 8 Jan 2022)
art('627',0,5,10,'The Guardian','2022-01-08',['Anna Whitcombe'],None,
    ['Instapaper','Home   Liked   Archive   Highlights','Archive   Like   Share   Move   Delete   Aa','theguardian.com','Anna Whitcombe in Moscow and agencies',
     'Sat 8 Jan 2022 14.36 GMT','Estimated reading time: 5 min','Highlights','"a day after he was sacked as its chairman" — Jan 8, 2022',
     'Note: check the KNB timeline against Akorda.','Open original   theguardian.com/world/2022/jan/08/kazakhstan-masimov-arrest'])
q('627','The presidents discussed the stabilisation of the situation and the work of the peacekeepers,','Kremlin','it','said in a readout',note='it = the Kremlin; the one-word "prompt" in the previous paragraph is excluded; words invented')
q('627','I have lived here for forty years and I have never seen the city like this,','Bolat Yerzhanov','Bolat Yerzhanov','said',note='invented resident; inverted cue')
q('627','Burned cars, broken glass, soldiers at every corner.','Bolat Yerzhanov','Bolat Yerzhanov','said',note='second half after the interposed cue')
q('627','key state and military facilities','Igor Konashenkov','Major General Igor Konashenkov','said',partial=True)
q('627','but the use of force against civilians must stop','Josep Borrell','Josep Borrell','said',partial=True,note='starts with "but"; words invented')
q('627','very worrying','Josep Borrell','Josep Borrell','adding',partial=True,note='two-word evaluative partial after "adding that"')
c('627','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('627','killed',16,None,'members of the security forces killed',MIA,'the number of members of the security forces killed at 16',note='"two who it said had been beheaded" is a subset, not recorded')
c('627','aircraft',70,'more than','aircraft flying troops and equipment to Kazakhstan',RDM,'more than 70 aircraft')
e('627','2022-01-06','arrest',None,[KNB,'Karim Masimov'],'detained on Thursday, a day after he was sacked',note='Thursday before Saturday 8 Jan')
e('627','2022-01-05','other',None,[TOK,'Karim Masimov'],'Thursday, a day after he was sacked as its chairman by President',note='dismissal; "a day after" Thursday 6 Jan')
e('627',None,'statement',None,[KNB],"the country's national security committee (KNB) has said",note='no day given')
e('627','2022-01-08','talks',None,[TOK,'Vladimir Putin'],'On Saturday Tokayev spoke by telephone with Vladimir Putin')
e('627','2022-01-08','casualty_report',None,[MIA],'The interior ministry said on Saturday')
e('627',None,'troop_deployment','Kazakhstan',[RDM],'were flying troops and equipment to Kazakhstan',note='undated')
e('627','2022-01-07','statement',None,['Josep Borrell'],'Josep Borrell, said on Friday')

# ---------------- 628 NewsBreak copy of a Patch story (Sun, Jan 9, 2022)
art('628',0,5,10,'Patch','2022-01-09',['Rachel Moore'],'BRIGHTON BEACH, NY',
    ['NewsBreak','Brooklyn, NY   For you   Local   Following','Open in App','Patch','By Rachel Moore, Patch Staff','Posted Sun, Jan 9, 2022 at 3:12 pm ET',
     'Follow   Share   Comment','Related on NewsBreak','Russia, US open security talks in Geneva on Monday','Reuters · 2h','AP · 5h','Download the NewsBreak app','Terms   Privacy   About NewsBreak'])
q('628','For four days I did not know if my parents were alive,','Saule Amanova','Saule Amanova','said',note='invented; inverted cue with an age')
q('628','My father finally called yesterday. He said they heard machine guns all night.','Saule Amanova','Saule Amanova','said',note='second half after the interposed cue; reported speech of the father inside')
q('628','People went out because of gas prices. They are not terrorists,','Nurlan Kassymov','Kassymov','said',note='invented organizer')
q('628','This community has family on the other side of every one of these headlines,','Andrew Kovalenko','he','said',note='invented state senator')
q('628','saved the country from chaos','Yerlan','Yerlan','said',partial=True,note='a man who gave only his first name')
c('628','detained',5800,None,'people detained, including foreign citizens','Kazakh authorities','5,800 people')
c('628','troops_deployed',2500,'about','CSTO troops sent at Tokayev\'s request',None,'about 2,500 troops at his request')
c('628','killed',164,None,'killed in the unrest (figure retracted)','Kazakhstan','Kazakhstan says 164 killed in unrest',zone='related',note='NewsBreak "Related" teaser headline')
e('628','2022-01-09','protest','Brighton Beach, New York',[],'gathered on the boardwalk on Sunday afternoon')
e('628','2022-01-05','other','Kazakhstan',[],'an internet blackout that began on Wednesday',note='Wednesday before Sunday 9 Jan')
e('628','2022-01-08','other','Kazakhstan',[],'was partly lifted on Saturday')
e('628','2022-01-09','statement',None,[KPO],"The president's office said on Sunday")
e('628','2022-01-07','statement',None,[TOK],'in a speech on Friday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['He','he','The president','the president'],["Tokayev's","Kassym-Jomart Tokayev's"],note='words invented or paraphrased'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',['the ministry'],['Kazakh Interior Ministry']),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary General'],None,note='words invented'),
 sp('Aigerim','person',['Aigerim'],['a 34-year-old accountant'],'Kazakhstan',note='invented resident, first name only'),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States',note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',note='words invented'),
 sp('Aliya Nurmukhanova','person',['Aliya Nurmukhanova','Nurmukhanova'],['a political analyst in Almaty'],'Kazakhstan',['She'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['he'],["Grushko's"],note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General'],'Russia',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's envoy"],'Russia',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['Her Russian counterpart'],note='words invented'),
 sp('Jim Risch','person',['Jim Risch'],['Sen.','the top Republican on the Senate Foreign Relations Committee'],'United States',['he'],note='words invented'),
 sp('Gulnara Sadykova','person',['Gulnara Sadykova','Sadykova'],[],'Kazakhstan',[],['Ms Sadykova'],note='invented'),
 sp('Timur Abenov','person',['Timur Abenov'],['a lawyer with a legal aid group in the city'],'Kazakhstan',note='invented'),
 sp('Berik Uali','person',['Berik Uali'],["President Kassym-Jomart Tokayev's spokesman"],'Kazakhstan',['he'],note='words invented'),
 sp('Michelle Bachelet','person',['Michelle Bachelet'],['The UN human rights chief'],None),
 sp('Aidos Ukibay','person',['Aidos Ukibay','Ukibay'],['His spokesman'],'Kazakhstan',note='Nazarbayev\'s spokesman; words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='words invented'),
 sp('Lena Hoffmann','person',['Lena Hoffmann'],['a Central Asia fellow at a Washington think tank'],None,note='invented'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['it']),
 sp('Bolat Yerzhanov','person',['Bolat Yerzhanov'],['a retired engineer'],'Kazakhstan',note='invented'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Major General','A spokesman for the ministry'],'Russia'),
 sp('Josep Borrell','person',['Josep Borrell'],["The EU's foreign policy chief"],'European Union',note='words invented'),
 sp('Saule Amanova','person',['Saule Amanova'],['a nurse from Sheepshead Bay'],'United States',note='invented'),
 sp('Nurlan Kassymov','person',['Nurlan Kassymov','Kassymov'],['Organizer'],'United States',note='invented'),
 sp('Andrew Kovalenko','person',['Andrew Kovalenko'],['State Sen.'],'United States',['he'],note='invented'),
 sp('Yerlan','person',['Yerlan'],[],None,['One man'],note='invented; first name only'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['Elbasy','Leader of the Nation'],'Kazakhstan',[],["Nazarbayev's"],quoted=False,note='mentioned in 622, 626, 627'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],[],'Kazakhstan',[],["Masimov's"],quoted=False,note='mentioned in 626, 627'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',[],[],quoted=False,note='mentioned in 626, 627 (lower case in 627)'),
 sp(RDM,'organisation',['defence ministry'],[],'Russia',[],[],quoted=False,note='source of figures in 625, 627'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='mentioned in every file; not quoted'),
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
