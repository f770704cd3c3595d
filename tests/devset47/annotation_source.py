#!/usr/bin/env python3
"""Source of the devset47 annotation: the hand-chosen spans, values and dates for 469-476.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset47/annotation_source.py && python3 tests/devset47/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
MTMFA='Maltese Foreign Ministry'; SEMFA='Swedish Foreign Ministry'; SGMFA='Singapore Ministry of Foreign Affairs'; KRMFA='South Korean Foreign Ministry'

# ---------------- 469 Times of Malta item (Friday, 7 January 2022)
art('469',0,3,4,'Times of Malta','2022-01-07',['Sarah Grech'],None,
    ['Times of Malta','News | World','Sarah Grech','Friday, 7 January 2022, 14:52','Last updated 15:10','Share on Facebook  Share on Twitter  Share on WhatsApp',
     'Read more: Maltese nationals abroad urged to register with the ministry','Independent journalism costs money. Support Times of Malta for the price of a coffee.','© Allied Newspapers Limited'])
q('469','Our embassy in Moscow, which is accredited to Kazakhstan, has spoken to each of them and none has been hurt,',MTMFA,'a ministry spokesperson','told',note='unnamed spokesperson speaking for the ministry; inverted cue "…," a ministry spokesperson told Times of Malta')
q('469','with deep concern','Evarist Bartolo','Foreign Minister Evarist Bartolo','wrote',partial=True,note='a tweet; words invented')
q('469','restraint on all sides','Evarist Bartolo','Foreign Minister Evarist Bartolo','wrote',partial=True,note='"and called for “…”" in the same sentence as "wrote on Twitter"')
q('469','You hear shots at night and in the morning the street is quiet, as if nothing happened,','Luke Camilleri','he','said',note='he = Camilleri (named in the previous paragraph, with an age)')
q('469','The internet comes back for an hour and then it is gone again.','Luke Camilleri','he','said',note='second half after the interposed "he said by phone."')
q('469','They are here to guard buildings, not to fight people,',TOK,'Tokayev','said',note='words invented')
q('469','anything that would recall situations we want to avoid','Josep Borrell','Josep Borrell','warned',partial=True,note='"said … but warned against “…”"; words invented')
c('469','killed',26,None,'rioters killed','Kazakh authorities','26 rioters had been killed')
c('469','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c('469','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained',note='"the interior ministry said"')
c('469','troops_deployed',2500,'about','CSTO soldiers taking part','Russia','around 2,500 soldiers would take part',note='"Moscow said"')
e('469','2022-01-07','statement',None,[MTMFA],'The Maltese foreign ministry said on Friday')
e('469','2022-01-06','statement',None,['Evarist Bartolo'],'wrote on Twitter on Thursday',note='Thursday before Friday 7 Jan')
e('469','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Friday')
e('469','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'began sending troops on Thursday')
e('469','2022-01-07','statement',None,[TOK],'Tokayev said in an address on Friday')
e('469',None,'statement',None,['Josep Borrell','European Union'],'said the bloc was ready to help',note='undated')
e('469','2022-01-05','other','Almaty',[],'Flights were suspended on Wednesday.',note='flight suspension; Wednesday before Friday 7 Jan')

# ---------------- 470 Cyprus Mail carrying AFP (January 10, 2022, Monday)
art('470',0,3,8,'Cyprus Mail','2022-01-10',[],None,
    ['CYPRUS MAIL','Home | World','By AFP News Service','January 10, 2022','0 comments','- AFP','Related Posts',
     'Cyprus urges citizens in Kazakhstan to contact embassy',"Putin says Russia will not allow 'colour revolutions'",'Follow the Cyprus Mail on Google News'])
q('470','There is no reason to fear some kind of escalation scenario,','Sergey Ryabkov','Ryabkov','said',note='words invented')
q('470','difficult, long, very professional','Sergey Ryabkov','Ryabkov','describing',partial=True,note='"Ryabkov said, describing the talks as “…”"')
q('470','security proposals that are simply non-starters','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('470',"We will not allow anyone to slam closed Nato's open door policy,",'Wendy Sherman','she','told',note='she = Sherman; "open door policy" inside the quote is not a separate span')
q('470','so-called colour revolutions','Vladimir Putin','Russian President Vladimir Putin','said',partial=True,note='borderline: contains the label "colour revolutions" (excluded alone by the gold) but "so-called …" is Putin\'s phrase with a speech verb; the single-quoted teaser \'colour revolutions\' is excluded')
q('470','The measures taken by the CSTO clearly showed that we will not allow the situation to be rocked at home,','Vladimir Putin','Putin','said',note='words paraphrased')
c('470','detained',8000,'almost','Kazakh detentions',None,'Kazakh detentions near 8,000',zone='headline',note='"near" normalised to almost')
c('470','detained',8000,'almost','people detained after the riots','officials','almost 8,000 people had been detained')
c('470','detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
c('470','troops_deployed',2030,'about','CSTO troops on the mission',TOK,'some 2,030 troops')
c('470','killed',164,None,'people killed (figure withdrawn)','Kazakh authorities','164 people were killed',note='the health ministry said it was published by mistake')
e('470','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'met for more than seven hours in Geneva on Monday')
e('470','2022-01-12','talks','Brussels',['NATO','Russia'],'a Nato-Russia Council meeting in Brussels on Wednesday',note='future')
e('470','2022-01-13','talks','Vienna',['OSCE','Russia','United States'],'at the OSCE in Vienna on Thursday',note='future')
e('470',None,'talks',None,[CSTO,'Vladimir Putin',TOK],'Speaking at an online summit of the Collective Security Treaty Organization',note='no day given (real: 10 Jan)')
e('470','2022-01-09','casualty_report',None,['Kazakh authorities'],'Authorities had said on Sunday that 164')
e('470','2022-01-10','other','Kazakhstan',[],'Kazakhstan marked a national day of mourning on Monday.')
e('470','2022-01-02','protest',None,[],'The unrest began on January 2')

# ---------------- 471 The Local Sweden (8 January 2022, Saturday)
art('471',0,4,12,'The Local','2022-01-08',[],None,
    ['The Local Sweden','News  Jobs  Housing  Membership  Log in','KAZAKHSTAN','Published: 8 January 2022 11:23 CET','Updated: 8 January 2022 13:40 CET',
     'The Local (news@thelocal.se)','@thelocalsweden','Facebook  Twitter  Linkedin  Email','Photo: Vladimir Tretyakov/AP/TT',
     'Become a Member to leave a comment. Or log in here.','See Also','Swedish government extends entry ban for non-EU travellers'],
    sections=(ln('471','What has the ministry said?'),ln('471','What is happening in Kazakhstan?'),ln('471','How are Swedes there doing?'),ln('471','Can I get help?')))
q('471','We urge Swedes in the country to follow the instructions of local authorities and to stay indoors,',SEMFA,"UD's press service",'told',note='inverted: "…," UD\'s press service told The Local in an email')
q('471','the right to demonstrate must be respected','Ann Linde','Linde','wrote',partial=True,note='"Linde wrote, adding that “…”"; the one-word "unacceptable" in the same paragraph is excluded')
q('471','We have food and heating, and the company has told us to work from home until Monday,','Erik Lindqvist','he','told')
q('471','The hardest thing is that the phone network is down most of the day.','Erik Lindqvist','he','told',note='after the interposed "he told The Local."')
q('471','They say it is quiet now, but they are not going outside,','Erik Lindqvist','he','said',note='reports what the colleagues say; speaker Lindqvist')
c('471','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='"According to the Kazakh interior ministry"; scare-quoted label excluded from quotes')
c('471','detained',4404,None,'people detained',MIA,'4,404 people were detained')
c('471','killed',18,'at least','police officers and soldiers killed',MIA,'At least 18 police officers and soldiers died')
e('471','2022-01-08','statement',None,[SEMFA],"Sweden's Foreign Ministry on Saturday advised against")
e('471','2022-01-07','statement',None,['Ann Linde'],'Foreign Minister Ann Linde said on Friday')
e('471','2022-01-02','protest',None,[],'began in the west of the country on January 2')
e('471','2022-01-05','protest','Almaty',[],'government buildings were set on fire on Wednesday',note='Wednesday before Saturday 8 Jan')
e('471','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'Troops from the Russian-led CSTO alliance arrived on Thursday.')

# ---------------- 472 People's Daily Online carrying Xinhua (stamp 09:31, January 08, 2022; dateline Jan. 7)
art('472',0,3,6,"People's Daily Online",'2022-01-08',[],'BEIJING',
    ["People's Daily Online",'Home >> World','(Xinhua) 09:31, January 08, 2022','(Web editor: Zhang Kaiwei, Liang Jun)','Related reading',
     'China, Kazakhstan vow to deepen cooperation under Belt and Road Initiative','Wang Yi holds phone talks with Kazakh deputy PM','Print  |  Recommend  |  Mail',
     "Copyright by People's Daily Online. All rights reserved."])
q('472','firmly opposed to any attempt by external forces to deliberately create turmoil','Xi Jinping','Xi','said',partial=True,note='words paraphrased/invented')
q('472','You have taken strong measures at the critical moment and quickly calmed the situation, showing your sense of responsibility as a statesman,','Xi Jinping','Xi','said',note='"Xi said in the message"; words invented')
q('472','We believe that the Kazakh authorities can properly resolve the issue,','Wang Wenbin','Wang','said')
q('472','The embassy will keep in close contact with Chinese enterprises and citizens there,','Wang Wenbin','he','added',note='he = "the spokesperson" = Wang Wenbin')
c('472','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers were killed')
c('472','injured',748,None,'law enforcement officers injured',MIA,'748 injured')
c('472','killed',26,None,'"armed criminals" eliminated',MIA,'26 armed criminals were eliminated',note='"eliminated" = killed')
e('472','2022-01-07','statement',None,['Xi Jinping',TOK],'on Friday sent a verbal message',note='Friday = dateline day, the day before the 8 Jan stamp')
e('472','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Ministry of Internal Affairs said on Friday")
e('472','2022-01-06','statement',None,['Wang Wenbin'],'told a regular press briefing on Thursday')
e('472','2022-01-05','other','Kazakhstan',['Chinese Embassy in Kazakhstan'],'had activated its emergency mechanism the day before',note='"the day before" the Thursday briefing')
e('472','2022-01-06','statement',None,[CSTO,TOK],'The Collective Security Treaty Organization said on Thursday')

# ---------------- 473 TODAYonline (Singapore) (Published January 11, 2022, Tuesday)
art('473',0,4,10,'TODAY','2022-01-11',['NUR AFIQAH YUSOF'],'SINGAPORE',
    ['TODAY','Singapore | World | Big Read | Voices | Gen Y Speaks','WORLD','By NUR AFIQAH YUSOF','Published January 11, 2022','Updated January 11, 2022',
     'WhatsApp  Telegram  Facebook  Twitter  Email','RELATED TOPICS','Kazakhstan  Russia  CSTO','Download the TODAY app and stay updated with the latest news.'])
q('473','safe and well',SGMFA,'MFA',None,partial=True,zone='headline',note='headline quote; the attribution (MFA) is only in the body')
q('473','successfully completed',TOK,'Mr Tokayev','said',partial=True,note='two-word partial with a speech verb')
q('473','The withdrawal will take no more than 10 days,',TOK,'he','said',note='a duration (10 days) inside the quote, not a claim')
q('473','All of them are safe and well,',SGMFA,'MFA','said in a statement')
q('473','defer all non-essential travel',SGMFA,'MFA','adding',partial=True)
q('473','Last Wednesday was the scariest night. We could see smoke from the city hall from our window,','Grace Loh','Ms Loh','said',note='inverted cue: "…," said Ms Loh; two sentences in one span')
q('473','People are queuing for cash, but there is no panic,','Grace Loh','she','said',note='"She said that … " sentence precedes the quote; cue is the trailing "she said"')
q('473','Tokayev needs to show that he is not dependent on Moscow,','Rahim Osman','he','said',note='nearest-name trap: Tokayev is named inside the quote')
q('473','changed the balance','Rahim Osman','he','adding',partial=True)
c('473','troops_deployed',2030,None,'CSTO troops deployed',None,'The alliance deployed 2,030 troops')
c('473','killed',164,'at least','people killed in the violence','Kazakh officials','At least 164 people were killed')
c('473','detained',10000,'almost','people detained','Kazakh officials','nearly 10,000 detained')
e('473','2022-01-11','statement','Nur-Sultan',[TOK],'said on Tuesday (Jan 11) that troops')
e('473','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin pulling out of his country in two days',note='future; two days after 11 Jan')
e('473','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'also named Mr Alikhan Smailov')
e('473','2022-01-11','other','Nur-Sultan',['Parliament of Kazakhstan'],'Lawmakers approved the nomination the same day.')
e('473','2022-01-10','statement',None,[SGMFA],'MFA said in a statement on Monday')
e('473','2022-01-05','protest','Almaty',[],'Last Wednesday was the scariest night',note='"Last Wednesday" from Tuesday 11 Jan = 5 Jan (city hall burning); inside a quote')

# ---------------- 474 Arirang News TV script (Updated: 2022-01-13 17:00:12 KST, Thursday)
art('474',0,2,9,'Arirang News','2022-01-13',['Kim Min-ji'],None,
    ['ARIRANG NEWS','Updated: 2022-01-13 17:00:12 KST','Reporter : Kim Min-ji','Anchor : Park Se-hoon','Facebook Twitter Kakao Story URL',
     '[Anchor Lead]','[Reporter]','Kim Min-ji, Arirang News.','[Anchor Closing]','Thank you Min-ji. We will continue to follow the story.',
     'Copyright ⓒ Arirang. All Rights Reserved.','Related Videos',"S. Korea's foreign ministry checks safety of nationals in Kazakhstan"])
q('474','significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('474','There is a real risk for new armed conflict in Europe,','Jens Stoltenberg','Stoltenberg','said',note='words paraphrased')
q('474','These differences will not be easy to bridge.','Jens Stoltenberg','Stoltenberg','said',malformed=True,note='closing mark missing at the end of the paragraph; second half after the interposed "Stoltenberg said."')
q('474','the risk of war in the OSCE area is now greater than ever before in the last 30 years.','Zbigniew Rau',"Poland's Foreign Minister Zbigniew Rau",'warned',partial=True,note='"warned that “…”", full stop inside the mark; "30 years" is not a claim')
q('474','The peacekeeping contingent has fulfilled its tasks in full,','Andrei Serdyukov','Colonel General Andrei Serdyukov','was quoted as saying',note='inverted cue with the title phrase "the commander of the force" before the name')
q('474','closely monitor the situation until it fully stabilizes.',None,'An official','said',partial=True,note='anonymous ministry official (speaker null, as devset19\'s anonymous diplomat)')
c('474','detained',10000,'almost','people detained during the unrest','Kazakh authorities','nearly 10,000 people were detained')
c('474','killed',225,None,'bodies delivered to morgues','Kazakh authorities','225 bodies have been delivered to morgues')
c('474','killed',19,None,'members of the security forces among the dead','Kazakh authorities','19 members of the security forces',note='a subset of the 225, but a distinct security-forces figure')
e('474','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin'],'talks at the NATO-Russia Council on Wednesday')
e('474','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'The talks moved to Vienna on Thursday')
e('474','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the first units of the Collective Security Treaty Organization left on Thursday')
e('474','2022-01-12','other','Almaty',[CSTO],'a day after a farewell ceremony in Almaty',note='"a day after" Thursday = Wednesday 12 Jan')
e('474',None,'statement',None,['Alexander Grushko'],'Grushko told reporters the alliance',note='undated (after the Wednesday talks)')
e('474','2022-01-10','statement',None,[KRMFA],"South Korea's Foreign Ministry said on Monday")

# ---------------- 475 Radio Canada International (Posted: Wednesday, January 12, 2022)
art('475',0,4,10,'Radio Canada International','2022-01-12',['Marc Bouchard'],None,
    ['RCI | English','Radio Canada International','Canada | International | Indigenous | Immigration | Podcasts','Marc Bouchard',
     'Posted: Wednesday, January 12, 2022 16:05 ET','Last Updated: Wednesday, January 12, 2022 17:31 ET','Listen to this article',
     'Share this article','Facebook  Twitter  Email','Report a typo or error  |  Comment','Radio Canada International is the international service of CBC/Radio-Canada.'])
q('475','Canada will not negotiate over the heads of Ukrainians, and neither will our allies,','Mélanie Joly','Joly','told',note='words invented')
q('475',"Operations at Inkai have not been disrupted, and our employees are safe,",'Cameco','the company','said in a statement')
q('475','moving normally.','Cameco','A spokesperson','added',partial=True,note='unnamed company spokesperson → the company; full stop inside the closing mark')
q('475','He invited the Russians in, and now he has to show he can send them home,','Ksenia Orlova','Orlova','said',note='"He" inside the quote = Tokayev, not the speaker')
q('475','a lot of political credit','Ksenia Orlova','She','said',partial=True)
c('475','troops_deployed',100000,'estimated','Russian troops near the Ukrainian border','U.S. and NATO officials','an estimated 100,000 troops')
c('475','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',TOK,'the 2,030 troops sent by the Russian-led CSTO')
c('475','detained',9900,'more than','people detained after the riots','officials','more than 9,900 people were detained',note='"Officials say"')
e('475','2022-01-12','statement','Ottawa',['Mélanie Joly'],'Foreign Affairs Minister Mélanie Joly said Wednesday')
e('475','2022-01-12','talks','Brussels',['NATO','Russia'],'alliance ambassadors sat down with a Russian delegation in Brussels')
e('475','2022-01-10','talks',None,['Mélanie Joly','Dmytro Kuleba'],'spoke with her Ukrainian counterpart Dmytro Kuleba on Monday')
e('475','2022-01-11','statement',None,['Cameco'],'the company said in a statement on Tuesday')
e('475','2022-01-11','statement',None,[TOK],'Tokayev said the day before',note='"the day before" = the day before publication (Wed 12 Jan)')
e('475','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to leave on Thursday',note='future')

# ---------------- 476 Global Times editorial (Published: Jan 13, 2022 10:48 PM, Thursday)
art('476',0,3,8,'Global Times','2022-01-13',[],None,
    ['GLOBAL TIMES','HOME / OPINION / EDITORIAL','By Global Times','Published: Jan 13, 2022 10:48 PM','Share:','Related:',
     "Chinese FM says no one should interfere in Kazakhstan's internal affairs",'Kazakhstan stabilizes as CSTO forces start withdrawal',
     'Follow us on Twitter @globaltimesnews','Copyright © 2022 Global Times'])
q('476','very hard','Antony Blinken','US Secretary of State Antony Blinken','told',partial=True,note='two-word partial inside reported speech; words paraphrased')
q('476',"an attempted coup d'état.",TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='"said that … and that the country faced “…”"; full stop inside the mark')
q('476','The CSTO has fulfilled its mission, and Kazakhstan is grateful to all member states,',TOK,'Tokayev','said',note='words invented')
q('476','The US stayed in Afghanistan for 20 years and left in chaos. The CSTO stayed for one week and left in order,','Li Wenhao','Li Wenhao','told',note='inverted cue with an appositive: "…," Li Wenhao, a research fellow …, told the Global Times; invented person')
q('476','to talk, not to listen.',None,'a Chinese analyst','said',partial=True,note='anonymous analyst; the "said" is interposed before the quote')
c('476','other',20000,'about','"bandits" who attacked Almaty',TOK,'about 20,000 bandits had attacked Almaty')
c('476','killed',18,None,'members of the law enforcement forces killed','Kazakh authorities','Eighteen members of the law enforcement forces lost their lives',note='written-out number at sentence start')
c('476','troops_deployed',2030,None,'CSTO personnel sent',None,'The alliance sent 2,030 personnel')
e('476','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began to leave Kazakhstan on Thursday')
e('476','2022-01-13','withdrawal','Almaty',[RDM],'the first aircraft carrying Russian peacekeepers took off from Almaty on Thursday morning')
e('476','2022-01-19','withdrawal','Kazakhstan',[CSTO],'expected to be completed by January 19',note='future')
e('476','2022-01-07','statement',None,['Antony Blinken'],'Last Friday, US Secretary of State Antony Blinken told reporters',note='"Last Friday" from Thursday 13 Jan')
e('476','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev said in Nur-Sultan on Tuesday')
e('476','2022-01-13','talks','Vienna',['Russia','United States','NATO'],'ended in Vienna on Thursday')
# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(MTMFA,'organisation',['Maltese foreign ministry'],[],'Malta',['a ministry spokesperson']),
 sp('Evarist Bartolo','person',['Evarist Bartolo'],['Foreign Minister'],'Malta',note='words invented'),
 sp('Luke Camilleri','person',['Luke Camilleri','Camilleri'],['a 24-year-old medical student'],'Malta',['he'],note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he'],['Mr Tokayev',"Tokayev's"]),
 sp('Josep Borrell','person',['Josep Borrell'],["The EU's foreign policy chief"],'European Union',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',note='canonical from earlier sets; "Sergei" in this set'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',['she']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp(SEMFA,'organisation',["Sweden's Foreign Ministry",'UD'],[],'Sweden',["UD's press service",'the ministry'],note='"UD" = Utrikesdepartementet'),
 sp('Ann Linde','person',['Ann Linde','Linde'],['Foreign Minister'],'Sweden',note='words invented'),
 sp('Erik Lindqvist','person',['Erik Lindqvist','Lindqvist'],['an engineer from Luleå'],'Sweden',['he'],note='invented'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China',note='words paraphrased/invented'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Chinese Foreign Ministry spokesperson'],'China',['the spokesperson','he']),
 sp(SGMFA,'organisation',['Ministry of Foreign Affairs','MFA'],[],'Singapore'),
 sp('Grace Loh','person',['Grace Loh'],['a 29-year-old teacher at an international school in Almaty'],'Singapore',['She'],['Ms Grace Loh','Ms Loh'],note='invented'),
 sp('Rahim Osman','person',['Rahim Osman'],['a senior fellow at a Singapore think-tank'],'Singapore',['he'],['Dr Rahim Osman'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's Foreign Minister"],'Poland',note='chairs the OSCE in 2022; words paraphrased'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','the commander of the force'],'Russia'),
 sp('Mélanie Joly','person',['Mélanie Joly','Joly'],['Foreign Affairs Minister'],'Canada',['The minister'],note='words invented'),
 sp('Cameco','organisation',['Cameco'],[],'Canada',['the company','A spokesperson']),
 sp('Ksenia Orlova','person',['Ksenia Orlova','Orlova'],['Analyst'],'Canada',['She'],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['US Secretary of State'],'United States'),
 sp('Li Wenhao','person',['Li Wenhao'],['a research fellow at a Beijing-based institute of international studies'],'China',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='mentioned in every file; not quoted (Serdyukov speaks for it in 474)'),
 sp(MIA,'organisation',['interior ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],quoted=False,note='source of figures in 4 files; not quoted'),
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
