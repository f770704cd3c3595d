#!/usr/bin/env python3
"""Source of the devset99 annotation: the hand-chosen spans, values and dates for 885-892.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset99/annotation_source.py && python3 tests/devset99/verify.py
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
RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; PES='Dmitry Peskov'; FDFA='Swiss Federal Department of Foreign Affairs'

# ---------------- 885 LRB Blog post (10 January 2022, a Monday)
art('885',0,6,11,'London Review of Books','2022-01-10',['Nick Harland'],None,
    ['London Review of Books','Contents · Blog · Podcasts · Events · Shop · Subscribe','LRB Blog','Nick Harland','10 January 2022',
     'Comments on ‘The Paratroopers’ Week’','Log in or register to comment.','Read more','Nick Harland: Nazarbayev’s Long Goodbye','Share: Facebook · Twitter · Email'])
q('885','Nobody here knows whose soldiers these are,',None,'she','wrote',note='an unnamed friend in Almaty ("a friend in Almaty … she wrote underneath"); written message')
q('885','Those who refuse to lay down their weapons will be destroyed,',TOK,'the president','said',note='title-only mention; Tokayev named two sentences earlier, "he" in between')
q('885','an act of aggression',TOK,'He','said',partial=True,note='"He said he had asked the alliance for help because the country faced “…”"; the one-word “foolish” in the same sentence is excluded')
q('885','for a limited time',PES,'Dmitry Peskov','said',partial=True)
q('885','Their job is to hold buildings, not to pacify a city of two million,',None,'a retired Kazakh colonel','told',note='anonymous ("He asked not to be named"); a population figure inside the quote is not a claim')
q('885','unilateral concessions',RYA,'Ryabkov','said',partial=True)
q('885','The internet is back,',None,'she','wrote',note='the same unnamed friend')
q('885','Now we can read about what happened to us.',None,'she','wrote',note='continuation after the interposed "she wrote"')
c('885','troops_deployed',2030,'about','CSTO soldiers in Kazakhstan',CSTO,'about 2,030 soldiers',note='"The CSTO’s own figure is …"')
c('885','troops_deployed',100,None,'Armenian soldiers sent to Kazakhstan',None,'sent 100',note='number follows its verb, at the end of the sentence; the year 2021 just before is not a claim')
c('885','detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
c('885','killed',164,None,'dead (figure withdrawn as a technical error)',None,'A figure of 164 dead',note='appeared on a government Telegram channel and was withdrawn; source left null')
e('885','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian transport planes had begun landing at dawn',note='"at dawn" of the Thursday named at the start of the paragraph (Thursday before Monday 10 Jan)')
e('885','2022-01-05','statement',None,[TOK],'On Wednesday Kassym-Jomart Tokayev spoke of')
e('885','2022-01-07','statement',None,[TOK],'On Friday he went further',note='televised address')
e('885',None,'statement',None,[PES],'Dmitry Peskov, the Kremlin spokesman, said the decision',note='undated')
e('885','2022-01-09','casualty_report',None,[MIA],'On Sunday the Interior Ministry said')
e('885','2022-01-10','talks','Geneva',[RYA,SHE],'Today, as Sergei Ryabkov and Wendy Sherman sit down in Geneva')
e('885','2022-01-09','statement',None,[RYA],'Ryabkov said on Sunday')

# ---------------- 886 Project Syndicate commentary (Jan 12, 2022, a Wednesday)
art('886',0,6,10,'Project Syndicate','2022-01-12',['Marta Kowalczyk'],'WARSAW',
    ['PROJECT SYNDICATE','The World’s Opinion Page','Politics  |  Geopolitics','Jan 12, 2022  Marta Kowalczyk',
     'Marta Kowalczyk, a former Polish deputy foreign minister, is a senior fellow at the Vistula Institute for Strategic Studies.',
     'Copyright: Project Syndicate, 2022.','www.project-syndicate.org','Subscribe Now'])
q('886','a great success',TOK,'he','told',partial=True,note='"On Tuesday he told parliament that the mission had been “…”"')
q('886','The peacekeepers have done what they came here to do,',TOK,'he','said')
q('886','No one can close NATO’s door on behalf of the countries that want to walk through it,',SHE,'US Deputy Secretary of State Wendy Sherman','said',note='inverted: "…," US Deputy Secretary of State Wendy Sherman said afterward')
q('886','difficult but professional',RYA,'Deputy Foreign Minister Sergei Ryabkov','called',partial=True,note='"Her Russian counterpart, Deputy Foreign Minister Sergei Ryabkov, called the conversation “…”"')
q('886','in writing',RYA,'Deputy Foreign Minister Sergei Ryabkov','repeated',partial=True,note='two-word partial, borderline (content phrase, not a label)')
q('886','Moscow has shown that its guarantees are real – and that it sends the bill later,','Ruslan Bekov','Ruslan Bekov','says',note='present-tense inverted cue "…," says NAME; en dash inside the quote')
c('886','troops_deployed',2030,'about','CSTO troops that took part',CSTO,'some 2,030 troops eventually took part',note='"some" → about; "By the alliance’s count"; "19 million people" and "2002" in the same sentence are not claims')
c('886','killed',164,None,'people who died','officials','officials say 164 people died')
c('886','detained',10000,'almost','people detained','officials','nearly 10,000 were detained')
e('886','2022-01-05','other',None,[TOK,CSTO],'appealed to the Collective Security Treaty Organization on the night of January 5',note='request for CSTO help')
e('886','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'the first Russian paratroopers were on the ground the next morning',note='"the next morning" after the night of January 5')
e('886','2022-01-11','statement',None,[TOK],'On Tuesday he told parliament',note='Tuesday before Wednesday 12 Jan')
e('886','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the foreign contingent would begin leaving in two days',note='announced future withdrawal: two days after Tuesday 11 Jan')
e('886','2022-01-10','talks','Geneva',[SHE,RYA],'In Geneva on Monday, the talks went as expected')
e('886','2022-01-12','talks','Brussels',['NATO','Russia'],'Today’s NATO-Russia Council meeting in Brussels',note='"Today" = publication day')

# ---------------- 887 The Bell newsletter (January 11, 2022, a Tuesday)
art('887',0,6,8,'The Bell','2022-01-11',[],None,
    ['The Bell','Russia’s business and politics, in English','Newsletter · January 11, 2022 · 6 min read','Read the full Russian-language version on our website.',
     'Forward this email to a friend · Unsubscribe'],
    sections=(ln('887','What happened\n')-0,ln('887','Who pays'),ln('887','The money'),ln('887','Why it matters')))
q('887','Each country covers the costs of its own contingent,',PES,'Kremlin spokesman Dmitry Peskov','told')
q('887','any additional spending',PES,'Kremlin spokesman Dmitry Peskov','adding',partial=True,note='"adding that the mission would not require “…”"')
q('887','The planes were fuelled, the men were on standby. The real bill is political,',None,'he','told',note='anonymous "source close to the Defence Ministry"; "he told The Bell"')
q('887','The markets believed in Tokayev on the day the Russians landed,','Igor Lomakin','Igor Lomakin','says',note='names inside the quote (Tokayev) are not the speaker')
q('887','Nobody believed in Nazarbayev any more.','Igor Lomakin','Igor Lomakin','says',note='continuation after the interposed cue')
q('887','a layer of very rich people',TOK,'Tokayev','told',partial=True)
c('887','detained',9900,None,'people detained',MIA,'9,900 people had been detained by Monday')
c('887','troops_deployed',1000,'more than','Russian servicemen in the CSTO group',RDM,'more than 1,000 servicemen',note='"The Defence Ministry in Moscow says"')
e('887','2022-01-02','protest','Zhanaozen',[],'in the western town of Zhanaozen on January 2')
e('887',None,'protest','Almaty',[],'After the city hall was set on fire',note='undated (real: 5 Jan)')
e('887',None,'other',None,[TOK,CSTO],'asked the CSTO for help',note='request for CSTO help; undated here (real: 5 Jan)')
e('887','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Russian paratroopers arrived on January 6')
e('887',None,'statement',None,[PES],'told journalists, adding',note='undated')
e('887','2022-01-11','statement',None,[TOK],'Today Tokayev told parliament')
e('887','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start to withdraw in two days',note='announced future withdrawal: two days after Tuesday 11 Jan')

# ---------------- 888 Gazeta Wyborcza in translation (08.01.2022, a Saturday)
art('888',0,4,11,'Gazeta Wyborcza','2022-01-08',['Tomasz Dereń'],None,
    ['Wyborcza.pl','Świat | Wiadomości','Tomasz Dereń','08.01.2022, 17:40','Translated from Polish. The original article appeared in Gazeta Wyborcza.',
     'Tags: Kazakhstan, OSCE, Zbigniew Rau, Russia','Comments (37)','Wyborcza.pl – Subscribe from PLN 1 for the first month'])
q('888','We are ready to send observers','Zbigniew Rau','Rau',None,zone='headline',note='headline quote in straight marks; repeats part of the body quote (l.13)')
q('888','The OSCE is ready to help with dialogue. We are ready to send observers if Nur-Sultan asks for them','Zbigniew Rau','Rau','said',note='Polish typography „…” (low-9 opening, U+201D closing); dash cue "– Rau said afterwards"')
q('888','with the greatest attention','Łukasz Jasina','Łukasz Jasina','said',partial=True)
q('888','The Russians did not come to Kazakhstan for a week. They came to stay in the minds of the Kazakh elite','Agnieszka Malec','Agnieszka Malec','says',note='dash cue "– says NAME of the Centre for Eastern Studies (OSW)"')
q('888','changes the balance','Agnieszka Malec','her','In her view',partial=True)
q('888','How can one negotiate with bandits and killers?',TOK,'he','asked',note='rhetorical question; cue "asked" after a dash')
c('888','detained',4404,None,'people detained',MIA,'4,404 people detained')
c('888','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" killed',note='scare-quoted label (excluded from quotes)')
c('888','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had lost their lives')
c('888','troops_deployed',2500,'about','CSTO soldiers',CSTO,'about 2,500 soldiers',note='"the CSTO now speaks of"')
e('888','2022-01-01','other',None,['Poland','OSCE'],'took over the chairmanship of the Organization for Security and Co-operation in Europe on 1 January')
e('888','2022-01-06','talks',None,['Zbigniew Rau'],'called the Kazakh authorities on Thursday',note='phone call; Thursday before Saturday 8 Jan')
e('888','2022-01-08','casualty_report',None,[MIA],'published on Saturday by the Interior Ministry')
e('888',None,'statement',None,['Łukasz Jasina'],'the spokesman of the Polish Foreign Ministry, said',note='undated')
e('888','2022-01-07','statement',None,[TOK],'made it clear on Friday',note='address to the nation')
e('888','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'On Thursday, January 13, Rau will open',note='future; OSCE Permanent Council')
e('888','2022-01-10','talks','Geneva',['Russia','United States'],'three days after their talks in Geneva',note='"three days after" Thursday 13 Jan → 10 Jan')

# ---------------- 889 East Asia Forum (13 January 2022, a Thursday)
art('889',0,4,10,'East Asia Forum','2022-01-13',['Daniel Ooi'],None,
    ['East Asia Forum','Economics, Politics and Public Policy in East Asia and the Pacific','13 January 2022','Author: Daniel Ooi, ANU','In Brief',
     'Daniel Ooi is a Research Fellow at the ANU College of Asia and the Pacific, The Australian National University.',
     'Category: Central Asia, China, Russia   Tags: Kazakhstan, CSTO, Xi Jinping, Wang Yi','Comments: 0'])
q('889','decisive and effective measures','Xi Jinping','Chinese President Xi Jinping','praising',partial=True,note='"sent Tokayev a verbal message praising his “…”"')
q('889','a highly responsible statesman','Xi Jinping','Chinese President Xi Jinping','describing',partial=True)
q('889','China and Kazakhstan are permanent comprehensive strategic partners, and we will not stand by when our neighbour is in trouble,','Wang Yi','Wang','said',note='surname "Wang" shared with Wang Wenbin (next paragraph); here = Foreign Minister Wang Yi; "according to the Chinese readout"')
q('889','We respect the decisions taken by Kazakhstan as a sovereign country,','Wang Wenbin','Wang Wenbin','said',note='inverted "…," said Wang Wenbin')
q('889','Russia provides the soldiers, China provides the money, and Tokayev gets to choose neither,',None,'a Kazakh diplomat in Beijing','said',note='anonymous')
c('889','troops_deployed',2030,'about','CSTO troops deployed','Russia','about 2,030 troops',note='"which Moscow said involved …"')
c('889','detained',9900,None,'people detained',TOK,'9,900 people had been detained')
e('889','2022-01-07','statement',None,['Xi Jinping',TOK],'On 7 January Chinese President Xi Jinping sent Tokayev a verbal message')
e('889','2022-01-10','talks',None,['Wang Yi','Mukhtar Tileuberdi'],'The Chinese Foreign Ministry went further the following Monday',note='"the following Monday" after 7 January; phone call')
e('889',None,'statement',None,['Wang Wenbin'],'Asked whether China supported',note='undated')
e('889','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Today the first CSTO units began leaving Kazakhstan')
e('889','2022-01-11','statement',None,[TOK],'two days after Tokayev told parliament',note='"two days after" today (Thursday 13 Jan)')

# ---------------- 890 Prospect (January 14, 2022, a Friday)
art('890',0,6,8,'Prospect','2022-01-14',['Eleanor Marsh'],None,
    ['Prospect','WORLD','By Eleanor Marsh','January 14, 2022','Share  Tweet  Email',"Eleanor Marsh is Prospect’s deputy foreign editor.",
     'Read more: Russia’s new old demands | What the CSTO is for','© Prospect Publishing Limited 2022'])
q('890','a candid and serious conversation',SHE,'Wendy Sherman','described',partial=True,note='"described it as “…”"')
q('890','dead on arrival',SHE,'Wendy Sherman','said',partial=True,note='"and said Washington had rejected proposals that were “…”"')
q('890','We need guarantees, not conversations about guarantees,',RYA,'he','told',note='he = Ryabkov')
q('890','We sat at the table for four hours, and we are still far apart,','Jens Stoltenberg','the Nato secretary general','said',note='title-only inverted mention; a duration inside the quote')
q('890','You can hear the war talk getting louder by the day,','Michael Carpenter','he','said',note='after a colon; the nearest preceding person is Carpenter (Rau is named earlier in the paragraph)')
q('890','Kazakhstan showed the Kremlin that it can move an army faster than the West can convene a meeting,','Alexandra Whitcombe','Alexandra Whitcombe','says')
q('890','That lesson was in the room in all three cities.','Alexandra Whitcombe','Alexandra Whitcombe','says',note='continuation after the interposed cue')
c('890','troops_deployed',100000,'more than','Russian troops massed near Ukraine','Jens Stoltenberg','more than 100,000 troops',note='"Russia, he added, had not committed to pulling back …"')
c('890','troops_deployed',2030,'about','CSTO troops in Kazakhstan',RDM,'some 2,030 CSTO troops',note='"some" → about; "According to the Russian Defence Ministry"')
e('890','2022-01-10','talks','Geneva',['United States','Russia'],'On Monday, as American and Russian delegations met')
e('890','2022-01-10','statement',None,[SHE],'Afterwards Wendy Sherman')
e('890','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday the scene moved to Brussels')
e('890','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Michael Carpenter'],'Thursday brought the largest table of all')
e('890','2022-01-13','withdrawal','Kazakhstan',['Russia',CSTO],'The same day, Moscow announced',note='"The same day" = Thursday 13 Jan')
e('890','2022-01-19','withdrawal','Kazakhstan',[CSTO],'the pull-out would be finished by 19 January',note='planned completion')

# ---------------- 891 Le Temps in translation (Monday 10 January 2022)
art('891',0,4,6,'Le Temps','2022-01-10',['Anne-Sophie Berthoud'],'Geneva',
    ['LE TEMPS','International | Europe','Anne-Sophie Berthoud, Geneva','Published Monday 10 January 2022 at 21:05 · Modified Tuesday 11 January 2022 at 07:30',
     'Translated from French. Read the original on letemps.ch','Subscribe to Le Temps from CHF 1.- the first month'])
q('891','It was a difficult conversation, but a useful one',RYA,'the Russian deputy minister','told',note='«guillemets» with no spaces inside; comma outside the closing mark')
q('891','legally binding',RYA,'He','insisted',partial=True)
q('891','Some of what Moscow put on the table cannot be accepted, and we told them so plainly',SHE,'she','said')
q('891','on a reciprocal basis',SHE,'She','added',partial=True)
q('891',"an attempted coup d'état",TOK,'Kassym-Jomart Tokayev','described',partial=True,note='"described the violence in his country as «…»"')
q('891','not allow','Vladimir Putin','Vladimir Putin','promised',partial=True,note='two-word partial; borderline')
q('891','available for any format the parties wish',FDFA,'the Federal Department of Foreign Affairs','said',partial=True)
q('891','Everyone came to Geneva to be seen talking. Nobody came to give anything up.',None,'A Swiss diplomat who followed the day closely',None,note='anonymous; introduced by "was less optimistic:" with no speech verb, so cue null')
c('891','other',20000,'about','militants who attacked Almaty',TOK,'some 20,000 militants',note='"According to the Kazakh president"; "some" → about')
c('891','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('891','troops_deployed',2030,None,'CSTO soldiers',CSTO,'2,030 soldiers',note='"according to the alliance\'s secretariat"')
e('891','2022-01-10','talks','Geneva',[RYA,SHE],'had spent almost eight hours with Wendy Sherman')
e('891','2022-01-09','talks','Geneva',[RYA,SHE],'a working dinner the two had shared on Sunday evening')
e('891','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'addressed the leaders of the Collective Security Treaty Organization by video',note='CSTO video summit; "On the same day" in the dek, "Meanwhile" in the body')
e('891','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e('891',None,'statement','Bern',[FDFA],'In Bern, the Federal Department of Foreign Affairs said',note='undated')
e('891','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO receives the Russian delegation in Brussels on Wednesday')
e('891','2022-01-13','talks','Vienna',['OSCE'],'the OSCE meets in Vienna on Thursday')

# ---------------- 892 The Japan News by The Yomiuri Shimbun (14:35 JST, January 8, 2022, a Saturday)
art('892',0,4,9,'The Japan News','2022-01-08',['Kenji Sato'],'MOSCOW',
    ['The Japan News by THE YOMIURI SHIMBUN','Home > World > Asia-Pacific','14:35 JST, January 8, 2022','By Kenji Sato / Yomiuri Shimbun Correspondent',
     'Related Tags: Kazakhstan, Russia, Japan','The Yomiuri Shimbun Copyright © 2022 The Yomiuri Shimbun'])
q('892','with strong concern.','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told',partial=True,note='full stop inside the closing mark (US style)')
q('892','We hope that the situation will be stabilized quickly through peaceful means and that the rule of law will be respected,','Hirokazu Matsuno','Matsuno','said')
q('892','We will continue the operation until every armed group has been neutralized,',TOK,'Kazakh President Kassym-Jomart Tokayev','said')
q('892','for a limited period.',TOK,'He','said',partial=True,note='"He said the troops … would stay only “…”"; full stop inside the mark')
q('892','We heard shooting until dawn. The shops are closed and the cash machines are empty,',None,'he','said',note='anonymous Japanese employee ("A man in his 40s …"); age is not a claim')
q('892','Whatever happens in Kazakhstan will be discussed in Geneva, even if nobody says it,',None,'the source','said',note='anonymous "Japanese government source"')
c('892','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('892','detained',3800,'more than','people detained',MIA,'more than 3,800 people detained')
c('892','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces have died',note='written-out figure at a sentence start')
c('892','injured',700,'more than','members of the security forces injured',MIA,'more than 700 have been injured')
c('892','troops_deployed',2500,'about','CSTO troops',CSTO,'number about 2,500',note='"according to the alliance"')
e('892','2022-01-07','other','Almaty',[],'began moving employees and their families out of the country on Friday',note='evacuation of Japanese company staff')
e('892','2022-01-07','statement','Tokyo',['Hirokazu Matsuno'],'told a press conference in Tokyo on Friday')
e('892','2022-01-08','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Saturday')
e('892','2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e('892','2022-01-06','other','Almaty',[],'gunfire had continued through Thursday night',note='clashes')
e('892','2022-01-07','other',None,[],'He left for Tashkent by car with two colleagues the following day',note='"the following day" after Thursday night')
e('892','2022-01-10','talks','Geneva',['United States','Russia'],'scheduled to open in Geneva on Monday',note='future')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','the Kazakh president'],'Kazakhstan',['he','He','the president'],["Tokayev’s"]),
 sp(PES,'person',['Dmitry Peskov'],['the Kremlin spokesman','Kremlin spokesman'],'Russia'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['he','He','the Russian deputy minister'],note='spelt "Sergei" in this set; canonical from earlier sets'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State','the US deputy secretary of state'],'United States',['she','She']),
 sp('Ruslan Bekov','person',['Ruslan Bekov'],['an Almaty-based political analyst'],'Kazakhstan',note='invented'),
 sp('Igor Lomakin','person',['Igor Lomakin'],['chief economist at a Moscow investment boutique'],'Russia',note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Foreign Minister','chairman-in-office'],'Poland',note='words invented'),
 sp('Łukasz Jasina','person',['Łukasz Jasina'],['the spokesman of the Polish Foreign Ministry'],'Poland',note='words invented'),
 sp('Agnieszka Malec','person',['Agnieszka Malec'],[],'Poland',['her'],note='invented; of the Centre for Eastern Studies (OSW)'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China',note='words paraphrased'),
 sp('Wang Yi','person',['Wang Yi','Wang'],['Foreign Minister'],'China',note='words invented; bare "Wang" also fits Wang Wenbin'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['ministry spokesperson'],'China',['He'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['the Nato secretary general'],'Norway',['he'],note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['the American ambassador'],'United States',['he'],note='words invented'),
 sp('Alexandra Whitcombe','person',['Alexandra Whitcombe'],['a senior fellow at a London think tank'],'United Kingdom',note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',note='two-word partial only'),
 sp(FDFA,'organisation',['Federal Department of Foreign Affairs','FDFA'],[],'Switzerland',['the Federal Department of Foreign Affairs']),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno','Matsuno'],['Chief Cabinet Secretary'],'Japan',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry','Defence Ministry'],[],'Russia',quoted=False,note='source of figures in 887/890; not quoted'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],[],'Kazakhstan',quoted=False,note='only mentioned (889); kept because it is an event participant'),
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
