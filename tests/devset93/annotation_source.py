#!/usr/bin/env python3
"""Source of the devset93 annotation: the hand-chosen spans, values and dates for 837-844.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset93/annotation_source.py && python3 tests/devset93/verify.py
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
    hl=headline_line if isinstance(headline_line,str) else L[headline_line-1]
    assert hl in T[f],(f,hl)
    A.append(dict(doc=f,index=index,headline=hl,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; AZMFA='Azerbaijani Foreign Ministry'
BYMOD='Belarusian Defence Ministry'; EGMFA='Egyptian Foreign Ministry'

MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
BYMOD='Belarusian Defence ministry'.replace('ministry','Ministry'); PGO="Kazakh Prosecutor General's Office"
PUT='Vladimir Putin'; PES='Dmitry Peskov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; STO='Jens Stoltenberg'; SER='Andrei Serdyukov'
MUK='Aliya Mukanova'

# ---------------- 837 Thread Reader App unroll of a journalist's X/Twitter thread (Jan 11, 2022, Tue)
art('837',0,2,ln('837','1/ Long day.'),'Twitter','2022-01-11',['Marta Kowalczyk'],None,
    ['Thread Reader App','Thread by @mkowalczyk_news on Thread Reader App','@mkowalczyk_news','Jan 11, 2022 • 9 tweets • 3 min read',
     'Bookmark  Save as PDF  My Authors','• • •','Missing some Tweet in this thread? You can try to force a refresh',
     'Twitter may remove this content at anytime! Save it as PDF for later use!','@threadreaderapp unroll'])
q('837','quickly and without hesitation',PUT,'Putin','saying',partial=True,note='"Putin opened by saying the alliance had shown it could act “…”"')
q('837','well-organised attack from outside',PUT,'Putin','saying',partial=True,note='second partial in the same sentence')
q('837','The main mission of the peacekeepers has been accomplished,',TOK,'he','told',note='"he told lawmakers"; he = Tokayev named in the sentence before ("from Tokayev himself")')
q('837','There is no such question on the agenda. The decision belongs to the Kazakh side,',PES,'Peskov',None,note='colon introduction "Peskov on the pool call, asked whether …:" with no speech verb; the quote ends with "," and nothing follows (tweet cut)')
q('837','difficult, long, very professional',RYA,'Ryabkov','calling',partial=True,note='"Ryabkov came out of Monday\'s talks … calling them “…”"')
q('837','security proposals that are simply non-starters',SHE,'Sherman','said',partial=True)
q('837','Nobody walks away after one round. But nobody should expect a miracle either.',None,'A source close to the Russian delegation',None,note='anonymous source, colon introduction')
c('837','detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people have been detained across the country')
c('837','killed',16,None,'police and soldiers killed',MIA,'16 police and soldiers were killed',note='"State TV, citing the ministry"')
c('837','troops_deployed',2030,'about','CSTO troops in Kazakhstan','Kremlin','the CSTO troops number about 2,030',note='"250 pieces of equipment" in the same sentence is not recorded (equipment, not people)')
e('837','2022-01-10','talks',None,[CSTO,PUT,TOK],"after yesterday's CSTO video summit",note='"yesterday" from Tue 11 Jan')
e('837','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev has just spoken to the Mazhilis in Nur-Sultan')
e('837','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal starts in two days',note='"in two days" from Tue 11 Jan')
e('837','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said this morning')
e('837',None,'statement',None,[PES],'Peskov on the pool call',note='day of the pool call not given')
e('837','2022-01-10','talks','Geneva',[RYA,SHE],"Monday's talks with Wendy Sherman")
e('837','2022-01-12','talks','Brussels',['NATO','Russia'],'Next stop Brussels tomorrow',note='"tomorrow" from Tue 11 Jan')
e('837','2022-01-13','talks','Vienna',['OSCE'],'then Vienna on Thursday')

# ---------------- 838 Reddit live thread (r/worldnews; Friday 7 January 2022), newest first
art('838',0,3,ln('838','Kazakh Interior Ministry update via Khabar 24'),'Reddit','2022-01-07',[],None,
    ['reddit.com/live/18ab3kz9yq1vw','LIVE','resources','contributors','u/steppewatcher  u/AutoModerator  u/kzt_mod  u/balticbreeze','viewer count: 4,318',
     '[–] u/kzt_mod · 17:52','report abuse','This live thread is open. 37 updates.','reddit inc © 2022. all rights reserved'])
q('838','When Russian soldiers are invited into a country, getting them to go home again is usually the hard part.','Antony Blinken','US Secretary of State Antony Blinken',None,note='colon introduction "Blinken at the State Department, asked about …:" with no speech verb')
q('838','about 2,500',CSTO,'the CSTO secretariat','says',partial=True,note='a figure in quotes with a speech verb; borderline partial')
q('838','The police and the army have my order to shoot without warning,',TOK,'the president','said',note='title-only attribution; Tokayev named in the entry\'s first line. "nonsense" (one word) and "criminals and murderers" (label) in the next sentence are excluded')
q('838','guard strategic facilities and will not take part in operations against civilians','Viktor Khrenin','Minister Viktor Khrenin','said',partial=True,note='"quoted by the ministry"')
q('838','more than 100',BYMOD,'The ministry','put the number at',partial=True,note='a figure in quotes; borderline partial')
c('838','detained',3811,None,'people detained',MIA,'3,811 people detained so far')
c('838','killed',26,None,'"armed criminals" "liquidated"',MIA,'26 "armed criminals" were "liquidated"',note='two scare-quoted labels around the verb')
c('838','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers killed')
c('838','aircraft',70,'more than','Il-76 and An-124 flights to Kazakhstan',RDM,'more than 70 Il-76 and An-124 flights')
c('838','troops_deployed',2500,'about','CSTO force in total',CSTO,'the force will number "about 2,500" in total',note='figure inside quote marks')
c('838','troops_deployed',100,'more than','Belarusian servicemen',BYMOD,'"more than 100" servicemen',note='"a Belarusian company of special forces"; figure inside quote marks')
e('838','2022-01-07','casualty_report',None,[MIA],'Kazakh Interior Ministry update via Khabar 24',note='entry stamped 17:52 in the Friday 7 Jan thread')
e('838','2022-01-07','statement','Washington',['Antony Blinken'],'Blinken at the State Department',note='entry of Fri 7 Jan')
e('838','2022-01-10','talks','Geneva',['Russia','United States'],'Reminder that Geneva is on Monday',note='"on Monday" from Fri 7 Jan')
e('838',None,'other','Kazakhstan',[RDM],'Russian MoD says more than 70',note='airlift; no day given')
e('838','2022-01-07','statement',None,[TOK],"Tokayev's TV address",note='entry of Fri 7 Jan (the address itself is not dated in the text)')
e('838','2022-01-07','troop_deployment','Kazakhstan',[BYMOD],'a Belarusian company of special forces has landed',note='entry stamped 11:02 on Fri 7 Jan, present perfect')
e('838','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Russian paratroopers began landing on Thursday')
e('838',None,'state_of_emergency','Kazakhstan',[],'the state of emergency covers the whole country until January 19',note='January 19 is the end date; the start is not given')

# ---------------- 839 YouTube video page with a creator transcript (Jan 12, 2022, Wed)
art('839',0,4,11,'Caspian Brief','2022-01-12',['Timur Akhmetov'],None,
    ['YouTube','Search','Caspian Brief','21.4K subscribers','Subscribe','1.9K   Share   Download   Clip   Save','48,213 views  Jan 12, 2022  #NATO #Russia #Kazakhstan',
     'Chapters','0:00 Intro','Show less','Transcript','0:00','Comments 312','Pinned by Caspian Brief'])
q('839','Allies and Russia are still far apart on the questions that matter most.',STO,'Jens Stoltenberg',None,note='in the video description; colon introduction "Jens Stoltenberg after the Council:"')
q('839','watertight, legally binding guarantees, and not promises',RYA,'Ryabkov','told',partial=True,note='"Ryabkov told reporters that Russia needed “…”"; the caption continues on the next timestamp line without quotes')
q('839',"We will not let anyone close NATO's door from the outside.",SHE,'she','said',note='"she said," before the quote; she = Sherman')
q('839','We are ready to sit down and talk about arms control\n2:19\nand transparency, but we will not compromise on the core principles.',STO,'Stoltenberg','put it like this',malformed=True,note='one opening and one closing mark across two caption segments: the span contains a line break, the timestamp "2:19" and another line break')
q('839','a serious and direct exchange','Alexander Grushko','he','called',partial=True,note='"he called the talks, quote, “…”"; he = Grushko; the spoken word "quote" precedes the mark')
q('839',"a coup d'état attempt",TOK,'President Tokayev','said',partial=True)
c('839','troops_deployed',2030,'about','CSTO troops from six countries in Kazakhstan',RDM,'about 2,030 troops from six countries')
c('839','detained',9900,None,'people detained','Kazakh authorities','9,900 people were detained',note='"nineteen million" (population) in the same sentence is not a claim')
e('839','2022-01-10','talks','Geneva',[RYA,SHE],'on Monday Sergey Ryabkov and Wendy Sherman talked')
e('839','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council met today')
e('839','2022-01-12','statement','Brussels',[STO],'Stoltenberg came out and put it like this',note='after the Council of "today" (Wed 12 Jan)')
e('839','2022-01-13','talks','Vienna',['OSCE'],"tomorrow's OSCE session in Vienna")
e('839','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the CSTO pull-out is due to begin tomorrow')
e('839','2022-01-11','statement',None,[TOK],'President Tokayev said yesterday')

# ---------------- 840 VK community page post in browser translation ("8 Jan at 19:42", no year; Sat 8 Jan 2022)
art('840',0,9,11,'Mangystau Today','2022-01-08',[],None,
    ['VK','News Feed  Messenger  Friends  Communities  Photos  Music  Videos','Translated from Russian · Show original','Mangystau Today | Актау, Жанаозен',
     'Public page · 58,402 followers','8 Jan at 19:42','📌 Subscribe so as not to miss updates. Send news to the suggest-a-post form.','❤ 1.2K   💬 348   ↪ 97   👁 84K','Comments','Show next comments'])
q('840','Gas for cars will cost 50 tenge per litre in Mangystau, that is a decision, not a promise,','Nurlan Nogayev','he','told',note='"he told the crowd"; he = the akim Nurlan Nogayev; the price is not a claim')
q('840','Nobody in Zhanaozen will be punished for coming out peacefully on January 2,','Nurlan Nogayev','the akim','added',note='a date inside the quote')
q('840','largely been restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('840','until the militants are completely destroyed',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('840','I was at the square on the second day. We wanted cheap gas, not a war. Now everyone is scared to go outside after dark,',None,'the driver','said',note='anonymous taxi driver; inverted cue with age: ," the driver, 43, said')
c('840','detained',154,None,'people detained in Mangystau since the start of the week','regional police department','154 people have been detained in Mangystau')
c('840','injured',11,None,'police officers injured in Aktau','police','11 officers were injured in Aktau')
e('840','2022-01-08','other','Aktau',['Nurlan Nogayev'],'met residents outside the akimat in Aktau this afternoon',note='meeting with residents; "this afternoon" = post date')
e('840','2022-01-02','protest','Zhanaozen',[],'coming out peacefully on January 2',note='date inside the akim\'s quote')
e('840','2022-01-05','other','Aktau',['police'],'injured in Aktau on Wednesday night',note='clashes; Wednesday before Sat 8 Jan')
e('840','2022-01-07','statement',None,[TOK],'said on Friday that constitutional order')

# ---------------- 841 TikTok video page ("1-13", no year; Thu 13 Jan 2022)
art('841',0,7,16,'TikTok','2022-01-13',['Dana K.'],None,
    ['TikTok','Search accounts and videos','Upload   Log in','dana.explains','Dana K. · 1-13','♬ original sound - Dana K.','Follow','214.7K   3,118   5,902',
     'Comments (3,118)   Share','Transcript (auto-generated, edited by creator)','[on-screen text: CSTO WITHDRAWAL DAY 1 – JAN 13]','View 48 replies','You may like'])
q('841','The peacekeeping contingent has fully completed its tasks. Not one shot was fired at civilians.',SER,'General Andrei Serdyukov','said',note='"said, and I\'m reading this from the official translation," then the quote on the next line')
q('841','fully completed its tasks',SER,None,None,n=2,partial=True,note='on-screen text repeating part of the quote (like a pull quote); no attribution on the line')
q('841','in stages over the next ten days',SER,'he','said',partial=True,note='a duration inside the partial')
q('841','Thank you to our allies. The mission is over, the responsibility is ours.',TOK,'Tokayev','tweeted',note='"I\'m translating," between cue and quote')
c('841','troops_deployed',2030,'about','CSTO soldiers from five countries',None,"that's about 2,030 soldiers",note='the on-screen "~2,030 soldiers · 5 countries" is caption text and not recorded')
c('841','detained',9900,None,'people detained',MIA,'the Interior Ministry says 9,900 people were detained',note='on-screen repeat not recorded')
e('841','2022-01-13','other','Almaty',[CSTO,SER],'today in Almaty there was a ceremony',note='farewell ceremony')
e('841','2022-01-13','withdrawal','Kazakhstan',[CSTO],'before they start flying home',note='start of the withdrawal; the on-screen line says "DAY 1 – JAN 13"')
e('841','2022-01-13','statement',None,[TOK],'Tokayev tweeted this morning')
e('841','2022-01-08','arrest','Kazakhstan',[],"my cousin's friend was taken on Saturday",note='Saturday before Thu 13 Jan')
e('841','2022-01-10','talks','Geneva',['Russia','United States'],'Monday and Wednesday there were these huge Russia–NATO talks',note='the Monday half of the sentence')
e('841','2022-01-12','talks','Brussels',['NATO','Russia'],'in Geneva and Brussels',note='the Wednesday half of the same sentence')

# ---------------- 842 Weibo post of the Global Times account in machine translation ("1-10 21:16", no year; Mon 10 Jan 2022)
art('842',0,'China firmly supports Kazakhstan in stopping violence and restoring order',8,'Global Times','2022-01-10',[],None,
    ['微博 Weibo','Home  Hot  Video  Discover  Log in | Sign up','[Machine translation · Chinese → English]','环球时报 Global Times V','1-10 21:16 from Weibo weibo.com  Edited',
     '#Kazakhstan# #CentralAsia#','Global Times Weibo video · 1.3M views','Repost 1,204 | Comments 3,877 | Like 28,516','Hot  Latest','Expand more comments >'])
q('842','the authorities have regained control over all regions','Mukhtar Tileuberdi','Tileuberdi','saying',partial=True,note='"briefed …, saying that … and that “…”"')
q('842','valuable support at a critical moment','Mukhtar Tileuberdi','He','said',partial=True)
q('842','firmly supports the efforts of the Kazakh side to stop the violence and restore stability','Wang Yi','Wang Yi','said',partial=True)
q('842','Any attempt by external forces to create a so-called color revolution in Central Asia will not be allowed,','Wang Yi','Wang Yi','stressed',note='"so-called color revolution" unquoted inside the quote')
q('842','resolutely oppose interference in the internal affairs of countries in the region','Wang Yi','He','said',partial=True)
q('842','decisive and strong measures','Xi Jinping','President Xi Jinping','praising',partial=True)
c('842','killed',16,None,'members of law enforcement killed','Kazakh authorities','the deaths of 16 members of law enforcement',note='"According to Kazakh official data"')
c('842','detained',9900,None,'people detained','Kazakh authorities','9,900 people have been detained')
e('842','2022-01-10','talks',None,['Wang Yi','Mukhtar Tileuberdi'],'held a phone call with Kazakh Deputy Prime Minister')
e('842','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to President Tokayev on January 7')
e('842',None,'statement',None,['Chinese Embassy in Kazakhstan'],'the Chinese Embassy in Kazakhstan said',note='undated; "about 60 Chinese citizens" is not a claim')
e('842','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw on Thursday',note='"on Thursday" from Mon 10 Jan (future)')

# ---------------- 843 university newsroom expert Q&A (Published: Friday 7 January 2022)
art('843',0,5,11,'Northgate University','2022-01-07',[],None,
    ['Northgate University','News  Research  Study  Community  Events','Home › News › Politics and international','Published: Friday 7 January 2022',
     'Contact: Press Office, +44 (0)20 7946 0000','Share: Facebook  Twitter  LinkedIn  Email','Further information','Related news',
     'New report on energy poverty in Eastern Europe','© Northgate University 2022 | Privacy | Accessibility | Freedom of information'],
    sections=(ln('843','What started the protests?'),ln('843','Why did President Tokayev call in the CSTO?'),ln('843','How many troops are there?'),
              ln('843','Will Russian troops leave?'),ln('843','What does this mean for the Russia–US talks next week?')))
q('843','It began as a protest about fuel and became a protest about thirty years of the same people in power,',MUK,'Dr Mukanova','says',note='present-tense cue; "thirty years" inside the quote')
q('843','terrorist gangs trained abroad',TOK,'He','said',partial=True,note='He = Tokayev (from the question sub-head)')
q('843','This is the first time the CSTO has actually done what its charter says it can do, and it did it in under 24 hours,',MUK,'she','explains')
q('843','That tells you the decision was taken in Moscow long before the request was typed.',MUK,'she','explains',note='second quote after the cue, same paragraph')
q('843','Figures from the ministry in the first days of any crisis are a starting point, not a fact.',MUK,'Dr Mukanova','urges caution',note='colon after "urges caution"')
q('843','as long as the Kazakh leadership considers necessary',PES,'Dmitry Peskov','said',partial=True,note='"The Kremlin spokesman, Dmitry Peskov, said on Thursday"')
q('843','Tokayev now owes Putin, and everyone in the region knows it.',MUK,'Dr Mukanova','thinks',note='"Dr Mukanova thinks they will go, but not without a price:"; a name (Putin) inside the quote')
q('843','Moscow will arrive in Geneva on Monday looking like the only power that can keep order in its neighbourhood,',MUK,'she','says',note='split by the interposed "she says,"')
q('843','and that is exactly the message it wants to send.',MUK,'she','says',note='second half of the split quote')
c('843','troops_deployed',2500,'about','CSTO troops in total',CSTO,'The CSTO says about 2,500 in total')
c('843','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('843','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
e('843','2022-01-01','other','Kazakhstan',[],'which doubled on 1 January',note='fuel price rise')
e('843','2022-01-02','protest','Zhanaozen',[],'People in Zhanaozen came out the next day',note='"the next day" after 1 January')
e('843','2022-01-05','protest','Almaty',[],'on Wednesday they turned violent in Almaty')
e('843','2022-01-05','other',None,[TOK,CSTO],'on Wednesday night he asked the Collective Security Treaty Organisation for help',note='request for CSTO help')
e('843','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said this morning")
e('843','2022-01-06','statement',None,[PES],'said on Thursday that the deployment')
e('843','2022-01-10','talks','Geneva',['Russia','United States'],'Moscow will arrive in Geneva on Monday',note='inside a quote; "next week" in the sub-head')

# ---------------- 844 Zoom cloud-recording transcript (.vtt) of a webinar (file stamp GMT20220114; "Friday the 14th")
art('844',0,'Kazakhstan after January',7,'Central Asia Forum Berlin','2022-01-14',[],None,
    ['WEBVTT','NOTE GMT20220114-170212_Recording.transcript.vtt','00:00:04.210 --> 00:00:12.930','1','13'])
q('844','a danger of a new war on European soil',STO,'Stoltenberg','said',partial=True)
q('844','closer to war than at any point in a generation','Zbigniew Rau','Zbigniew Rau','warned',partial=True,note='"the Polish foreign minister, Zbigniew Rau, warned that the continent was “…”"')
q('844','We are not going to wait forever for a written answer. We want it next week.','Sergey Lavrov','He','said',note='He = Lavrov')
q('844','The mission is complete, and the troops are going home. About 2,030 soldiers will be home by January 19. Kazakh colleagues are ready to hold the line.',SER,'Serdyukov','said',malformed=True,note='closing mark missing; the span runs to the end of the caption line. The next caption says the last part is the speaker\'s own translation')
q('844','an objective and transparent investigation',PGO,"The prosecutor general's office",'promised',partial=True)
q('844','Will the Russian troops really be gone by the 19th, or will some stay?','Timur','Timur in Hamburg',None,note='a question from the webinar chat read out by the moderator; no speech verb')
q('844','The mission has been accomplished and there is no reason for it to continue.',TOK,'Tokayev','said',note='"Tokayev said it himself on Tuesday:"')
c('844','troops_deployed',2030,'about','CSTO soldiers going home',SER,'About 2,030 soldiers will be home',note='inside a malformed quote')
c('844','detained',10000,'almost','people detained',MIA,'almost 10,000 people detained')
c('844','other',62,None,'complaints of beatings in custody','legal aid group','62 complaints of beatings in custody',note='complaints collected by the speaker\'s own group; borderline scope')
c('844','killed',164,'at least','people dead, including children','officials','Officially at least 164 people are dead')
e('844','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday in Geneva')
e('844','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday the NATO-Russia Council in Brussels')
e('844','2022-01-13','talks','Vienna',['OSCE'],'and yesterday the OSCE in Vienna')
e('844','2022-01-12','statement','Brussels',[STO],'After Brussels, Stoltenberg said')
e('844','2022-01-13','statement','Vienna',['Zbigniew Rau'],'And in Vienna yesterday the Polish foreign minister')
e('844','2022-01-14','statement','Moscow',['Sergey Lavrov'],'this morning Lavrov gave his annual press conference')
e('844','2022-01-13','other','Almaty',[CSTO,SER],'At the ceremony in Almaty yesterday')
e('844','2022-01-13','withdrawal','Almaty',['Russia'],'The first Russian planes left Almaty last night',note='"last night" from Fri 14 Jan')
e('844','2022-01-11','statement',None,[TOK],'Tokayev said it himself on Tuesday')
# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) as sources
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(PUT,'person',['Putin'],[],'Russia',[],[],note='surname only in this set'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','He','the president'],["Tokayev's"]),
 sp(PES,'person',['Dmitry Peskov','Peskov'],['The Kremlin spokesman'],'Russia'),
 sp(RYA,'person',['Sergey Ryabkov','Ryabkov'],[],'Russia'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],[],'United States',['she'],["Sherman's"]),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,['the CSTO secretariat']),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Minister'],'Belarus'),
 sp(BYMOD,'organisation',['Belarus Defence Ministry'],[],'Belarus',['The ministry']),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],[],'Norway'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['the Russian deputy foreign minister'],'Russia',['he']),
 sp('Nurlan Nogayev','person',['Nurlan Nogayev','Nogayev'],['The akim of the region'],'Kazakhstan',['he','the akim'],note='real akim of Mangystau; words invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['General','the commander'],'Russia',['he']),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi','Tileuberdi'],['Kazakh Deputy Prime Minister and Foreign Minister'],'Kazakhstan',['He']),
 sp('Wang Yi','person',['Wang Yi'],['State Councilor and Foreign Minister'],'China',['He']),
 sp('Xi Jinping','person',['Xi Jinping'],['President'],'China'),
 sp(MUK,'person',['Aliya Mukanova','Mukanova'],['Lecturer in Central Asian Politics'],'Kazakhstan',['she'],['Dr Aliya Mukanova','Dr Mukanova'],note='invented; country assumed'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['the Polish foreign minister'],'Poland'),
 sp('Sergey Lavrov','person',['Lavrov'],[],'Russia',['He'],note='surname only in this set'),
 sp(PGO,'organisation',["prosecutor general's office"],[],'Kazakhstan',["The prosecutor general's office"]),
 sp('Timur','person',['Timur'],[],None,['Timur in Hamburg'],note='invented webinar participant (chat question); first name only'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
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
