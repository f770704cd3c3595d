#!/usr/bin/env python3
"""Source of the devset84 annotation: the hand-chosen spans, values and dates for 765-772.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset84/annotation_source.py && python3 tests/devset84/verify.py
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
def art2(p,index,headline,first_line,outlet,published,authors,dateline,boiler):
    # variant for a headline wrapped over several lines (771): headline/first_line given as exact text
    f=doc(p); L=T[f].split('\n')
    for b in boiler: assert b in L,(f,b)
    assert headline in T[f] and first_line in T[f]
    A.append(dict(doc=f,index=index,headline=headline,first_line=first_line,outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=1,line_end=last_line(p),sections=[]))
RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; MIA='Kazakh Ministry of Internal Affairs'; CSTO='CSTO'

# ---------------- 765 Google cache copy of a Times of India page (Jan 8, 2022, a Saturday; cached 9 Jan)
art('765',0,7,10,'The Times of India','2022-01-08',[],'NEW DELHI',
    ['Full version   Text-only version   View source','THE TIMES OF INDIA','News › World News › Rest of World','TOI-Online | Updated: Jan 8, 2022, 21:40 IST','Share · Comment · Save',
     'Read more: Kazakhstan unrest: What we know so far','Download The Times of India News App for Latest World News.','Copyright © 2022 Bennett, Coleman & Co. Ltd. All rights reserved.'])
q('765','Our embassy in Nur-Sultan is in constant touch with the Indian community, and we have no reports of any Indian being harmed,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','said',note='inverted cue "…," MEA spokesperson Arindam Bagchi said')
q('765','stay indoors and avoid all gatherings','Arindam Bagchi','He','added',partial=True)
q('765','The situation is stabilising in all regions,',TOK,'the Kazakh leader','told',note='"the Kazakh leader told Putin, according to his press office" - nearest name Putin is the listener')
q('765','The peacekeepers will not take part in operations against the protesters,','Igor Konashenkov','Russian Defence Ministry spokesman Igor Konashenkov','said',note='invented words; inverted cue')
q('765','Central Asia is our extended neighbourhood, and what happens in Kazakhstan matters for our energy security,','Priya Menon','she','said',note='invented analyst')
q('765','a first real test','Priya Menon','her','In her view',partial=True)
c('765','detained',4404,None,'people detained across the country','Kazakh authorities','4,404 people had been detained')
c('765','killed',18,None,'police and national guard personnel killed',MIA,'personnel killed at 18',note='"two of whom were found decapitated" is a subset, not a claim')
c('765','troops_deployed',2030,'about','CSTO troops sent',RDM,'some 2,030 troops')
e('765','2022-01-08','statement',None,['Indian Ministry of External Affairs'],'The external affairs ministry said on Saturday')
e('765','2022-01-07','troop_deployment','Almaty',[CSTO],"a day after Russian-led troops took control of Almaty's international airport",note='"a day after" Saturday')
e('765','2022-01-05','other',None,[],'Flights from Delhi to Almaty have been suspended since Wednesday',note='flight suspension')
e('765','2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Saturday')
e('765','2022-01-07','talks',None,[TOK,'Vladimir Putin'],'in a phone call on Friday')
e('765','2022-01-06','statement',None,['Arindam Bagchi'],'Earlier, on Thursday, Bagchi had urged citizens')

# ---------------- 766 swissinfo.ch page saved as text (January 10, 2022, a Monday)
art('766',0,5,10,'swissinfo.ch','2022-01-10',['Simon Bachmann'],None,
    ['Skip to content','swissinfo.ch','EN | DE | FR | IT | ES | PT | JA | AR | ZH | RU','Home  Switzerland  Foreign Affairs  Culture  Business  Sci & Tech',
     '[Image: US and Russian delegations at the US mission in Geneva. Keystone / Martial Trezzini]','This content was published on January 10, 2022 - 18:05','January 10, 2022 - 18:05',
     'Simon Bachmann in Geneva','Related Stories','Swiss foreign minister offers mediation as tensions mount','Articles in this story','Share this story','Facebook Twitter LinkedIn WhatsApp Email',
     'Copyright © SWI swissinfo.ch - a branch of Swiss Broadcasting Corporation SRG SSR'])
q('766','The conversation was difficult, long, very professional, deep and concrete,','Sergey Ryabkov','Ryabkov','told',note='words paraphrased')
q('766','no reason to be optimistic','Sergey Ryabkov','He','said',partial=True)
q('766','We were firm in pushing back on security proposals that are simply non-starters,','Wendy Sherman','she','said')
q('766',"We will not allow anyone to slam closed NATO's open-door policy.",'Wendy Sherman','she','said',note='second quote of the paragraph after "she said in a telephone briefing."; cue taken from the paragraph')
q('766','glad to provide a space for dialogue','Ignazio Cassis','Foreign Minister Ignazio Cassis','said',partial=True,note='words invented')
q('766','Nobody expects miracles in a week.',None,'One of them','added',note='anonymous Swiss diplomat; "One of them added:" colon cue')
c('766','troops_deployed',2030,None,'CSTO force in Kazakhstan','Kremlin','the CSTO force numbers 2,030 troops',note='"some 250 pieces of equipment" not a claim (equipment count)')
c('766','killed',164,None,'people who died in the unrest','Kazakh authorities','164 people had died')
e('766','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'opened security talks in Geneva on Monday')
e('766',None,'other',None,['Switzerland'],'offered Geneva as a venue last month',note='"last month" is not a day')
e('766','2022-01-09','statement',None,['Ignazio Cassis'],'Ignazio Cassis said on Sunday')
e('766',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia sent paratroopers to Kazakhstan',note='"days after": undated')
e('766',None,'casualty_report',None,['Kazakh authorities'],'Kazakh authorities said at the weekend',note='"at the weekend" is not one day')
e('766','2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'the dinner on Sunday evening',note='working dinner before the talks')
e('766','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council session in Brussels on Wednesday')
e('766','2022-01-13','talks','Vienna',['OSCE','Russia'],'an OSCE meeting in Vienna on Thursday')

# ---------------- 767 SCMP story copied from the mobile app (7 Jan, 2022, a Friday)
art('767',0,4,5,'South China Morning Post','2022-01-07',['Tsang Mei-ling'],None,
    ['SCMP','Open in app','China / Diplomacy','Tsang Mei-ling','Published: 8:15pm, 7 Jan, 2022','Why you can trust SCMP','Additional reporting by Ho Wai-ki','READ FULL ARTICLE',
     'Download the SCMP app for the latest news','Sent from my iPhone'])
q('767','strong measures at a critical moment','Xi Jinping','Chinese President Xi Jinping','praised',partial=True,note='"has praised … for taking “…”"; words paraphrased')
q('767','firmly opposes any attempt by external forces to create turmoil','Xi Jinping','Xi','said',partial=True,note='"according to state broadcaster CCTV" follows')
q('767','We believe the Kazakh authorities can properly resolve the issue,','Wang Wenbin','Wang','said')
q('767','fire without warning',TOK,'Tokayev','told',partial=True,note='"told the nation … that he had authorised troops to “…”"; the one-word "bandits" in the same sentence is excluded')
q('767','Beijing is comfortable with Moscow taking the lead on the ground, because it has no appetite to send its own troops,','Li Wen','Li Wen','said',note='invented researcher; inverted cue')
c('767','killed',26,None,'protesters killed',MIA,'26 protesters had been killed')
c('767','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('767','killed',18,'about','members of the security forces killed',MIA,'Some 18 members of the security forces also died')
c('767','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty')
e('767','2022-01-07','statement',None,['Xi Jinping',TOK],'in a message sent to the Kazakh president on Friday')
e('767','2022-01-06','statement',None,['Wang Wenbin'],'told a regular briefing on Thursday')
e('767','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Friday")
e('767','2022-01-07','statement',None,[TOK],'Tokayev told the nation earlier in the day',note='"earlier in the day" = the publication day')
e('767','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began sending forces on Thursday')

# ---------------- 768 CNN lite text-only page (Wed January 12, 2022)
art('768',0,3,7,'CNN','2022-01-12',['Laura Pennington'],None,
    ['Go to the full CNN experience','By Laura Pennington, CNN','Updated: 4:36 PM EST, Wed January 12, 2022','Source: CNN',"CNN's Natasha Grey contributed to this report.",
     '© 2022 Cable News Network. A WarnerMedia Company. All Rights Reserved.','Terms | Privacy Policy'])
q('768','There are significant differences between NATO Allies and Russia on these issues,','Jens Stoltenberg','Stoltenberg','told',note='words paraphrased')
q('768','Our differences will not be easy to bridge, but it is a positive sign that all Allies and Russia sat around the same table.','Jens Stoltenberg','Stoltenberg','told',note='second quote of the paragraph, no own cue')
q('768','It was a very clear-eyed discussion,','Wendy Sherman','she','told',note='invented words')
q('768','Russia did not agree, but also did not reject.','Jens Stoltenberg','he','said',note='"Asked whether …, he said: “…”" colon cue')
c('768','troops_deployed',100000,'about','Russian troops near Ukraine','US officials','about 100,000 troops near')
e('768','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin'],'the first NATO-Russia Council meeting in more than two years',note='"said Wednesday after"')
e('768',None,'statement',None,['Alexander Grushko'],'Grushko later warned')
e('768','2022-01-11','statement',None,[TOK],'Kassym-Jomart Tokayev said Tuesday')
e('768','2022-01-13','withdrawal','Kazakhstan',[CSTO],'start leaving in two days',note='"in two days" from Tuesday 11 Jan')
e('768','2022-01-13','talks','Vienna',['OSCE'],'third round of talks in Vienna on Thursday')

# ---------------- 769 PressReader copy of The Japan Times print page (2022-01-14, a Friday)
art('769',0,5,6,'The Japan Times','2022-01-14',[],'ALMATY, KAZAKHSTAN',
    ['PressReader','The Japan Times','2022-01-14','Page 4 · World','KYODO, AFP-JIJI',
     'Copy and paste text. This article may be subject to copyright. Printed and distributed by PressReader','PressReader.com +1 604 278 4604','COPYRIGHT AND PROTECTED BY APPLICABLE LAW'])
q('769','fully accomplished.','Andrei Serdyukov','Col. Gen. Andrei Serdyukov','said',partial=True,note='full stop inside the closing mark (US style)')
q('769','The main mission has been successfully completed,',TOK,'he','told',note='words paraphrased')
q('769','with strong interest','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','said',partial=True,note='words invented')
c('769','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',CSTO,'sent 2,030 troops',note='"according to its secretariat"; 250 pieces of hardware not a claim')
c('769','aircraft',40,'more than','aircraft flying the soldiers home',RDM,'more than 40 aircraft')
c('769','killed',164,None,'people killed',"Kazakh government",'164 people were killed')
c('769','killed',16,None,'members of the security forces killed',"Kazakh government",'16 members of the security forces')
c('769','detained',10000,'almost','people detained',MIA,'Almost 10,000 people have been detained')
e('769','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday')
e('769','2022-01-13','other','Almaty',['Andrei Serdyukov'],'At a ceremony in Almaty',note='ceremony of the same day (paragraph after "on Thursday")')
e('769',None,'troop_deployment','Kazakhstan',[CSTO],'a week after they were sent in',note='"a week after": undated')
e('769','2022-01-11','statement',None,[TOK],'Kassym-Jomart Tokayev said Tuesday')
e('769','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'On the same day he named Alikhan Smailov')
e('769','2022-01-12','casualty_report',None,[MIA],'the interior ministry said Wednesday')
e('769',None,'statement','Tokyo',['Hirokazu Matsuno'],'In Tokyo, Chief Cabinet Secretary Hirokazu Matsuno')
e('769','2022-01-12','talks','Brussels',['Russia','NATO'],'met in Brussels on Wednesday')

# ---------------- 770 Telegram Instant View of a Kloop piece (January 11, 2022, a Tuesday)
art('770',0,3,6,'Kloop','2022-01-11',['Aidai Toktosunova'],None,
    ['Kloop English','Instant View','January 11, 2022','Aidai Toktosunova','READ THE ORIGINAL ARTICLE','Views 4.1K','Share','LEAVE A COMMENT'])
q('770','Our boys should not shoot at Kazakh brothers,','Gulnara','one of them, a 47-year-old teacher named Gulnara','told',note='invented protester, first name only')
q('770','will not take part in any clashes with civilians','Sadyr Japarov','He','wrote',partial=True,note='Facebook post; words invented')
q('770','Nobody explained to us what our soldiers will actually do there,','Dastan Bekeshev','Bekeshev','said',note='words invented')
q('770',"This is the first time in the CSTO's history that the treaty's collective defence clause has been used,",'Bakyt Omurov','political analyst Bakyt Omurov','said',note='inverted cue; words invented')
q('770','For Kyrgyzstan, it is a question of loyalty to Moscow, not of need.','Bakyt Omurov','political analyst Bakyt Omurov','said',note='second quote in the paragraph, after the cue')
c('770','troops_deployed',150,None,'Kyrgyz servicemen sent to Kazakhstan','Kyrgyz Defense Ministry','150 servicemen had been sent',note='"41 units of equipment" not a claim')
c('770','detained',7939,None,'people detained in Kazakhstan','officials','7,939 people had been detained')
e('770','2022-01-10','statement',None,['Kyrgyz Defense Ministry'],'the Defense Ministry said on Monday')
e('770','2022-01-08','troop_deployment','Kant',['Kyrgyzstan',CSTO],'They flew out on Saturday from the Kant air base')
e('770','2022-01-07','protest','Bishkek',[],'Protesters gathered outside the government building in Bishkek on Friday')
e('770',None,'statement',None,['Sadyr Japarov'],'defended the decision in a Facebook post',note='undated')
e('770','2022-01-06','other','Bishkek',['Kyrgyz parliament'],'Parliament approved the deployment on Thursday',note='vote 77 to 9 (not a claim)')
e('770','2022-01-10','casualty_report','Nur-Sultan',['officials'],'officials said on Monday that 7,939')
e('770','2022-01-11','statement',None,[TOK],'Tokayev is expected to address parliament on Tuesday',note='expected, publication day')

# ---------------- 771 PDF-to-text of an Irish Times print article over two pages (Saturday, January 8, 2022)
art2('771',0,'Kazakh leader orders troops to\nshoot without warning',"Tokayev blames 'terrorists' as",'The Irish Times','2022-01-08',['DEREK CALLAGHAN'],None,
    ['THE IRISH TIMES Saturday, January 8, 2022                                    11','WORLD NEWS','Foreign Affairs Correspondent','Continued on page 12',
     '12                                    THE IRISH TIMES Saturday, January 8, 2022','Kazakh leader orders shoot-without-warning','Continued from page 11'])
q('771','What negotiations can there be with\ncriminals and murderers?',TOK,'he','asked',malformed=True,note='hard line break inside the quote (PDF wrap); words paraphrased')
q('771','deeply concerned by the loss of\nlife','Simon Coveney','Simon Coveney','said',malformed=True,partial=True,note='PDF wrap inside the partial; words invented; "armed\\ncriminals" and "liquidated" are excluded labels')
q('771',"One lesson in\nrecent history is that once Russians\nare in your house, it's sometimes\nvery difficult to get them to leave,",'Antony Blinken','he','told',malformed=True,note='spans four PDF lines; words paraphrased')
q('771','We are fine, but we have\nno idea what is going on in the rest\nof the country,','Aoife Brennan','she','said',malformed=True,note='invented engineer; spans three PDF lines')
c('771','killed',26,None,'"armed criminals" liquidated',MIA,'said 26 "armed')
c('771','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('771','killed',18,None,'police and soldiers killed',MIA,'Eigh-\nteen police and soldiers had died',note='written-out number hyphenated across a PDF line break')
c('771','troops_deployed',2500,'about','CSTO troops',None,'about 2,500 troops',note='"about 40 Irish citizens" not a claim')
e('771','2022-01-07','casualty_report',None,['Kazakh government'],'as the government said on\nFriday')
e('771',None,'statement',None,[TOK],'In a televised address, Kassym-',note='address not dated in its sentence (real: 7 Jan)')
e('771','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'curity Treaty Organisation arrived on\nThursday')
e('771','2022-01-05','protest','Almaty',[],'had stormed on Wednesday')
e('771',None,'statement','Dublin',['Simon Coveney'],'In Dublin, the Minister for Foreign')
e('771','2022-01-07','statement',None,['Antony Blinken'],'questioned on Friday why Kazakhstan')
e('771','2022-01-10','talks','Geneva',['Russia','United States'],'are due in Geneva on Monday')

# ---------------- 772 Nexis Uni export of an Armenpress item (January 13, 2022 Thursday)
art('772',0,1,ln('772','YEREVAN, JANUARY 13, ARMENPRESS.'),'Armenpress','2022-01-13',['Anna Grigoryan'],'YEREVAN',
    ['Armenpress News Agency','January 13, 2022 Thursday','Copyright 2022 Armenpress News Agency All Rights Reserved','Length: 398 words','Byline: Anna Grigoryan',
     'Dateline: YEREVAN','Body','Load-Date: January 14, 2022','End of Document'])
q('772','Our servicemen carried out their tasks with honour, and I want to thank them and their commanders,','Nikol Pashinyan','Pashinyan','said',note='words invented')
q('772','The main goal was obvious: the undermining of the constitutional order and the seizure of power,',TOK,'he','said',note='"he said, according to the Armenian government\'s website"; paraphrased')
q('772','within the next few days','Suren Papikyan','he','told',partial=True,note='words invented')
q('772','The alliance remembered its obligations only when Moscow needed it,','Artur Khachatryan','Khachatryan','said',note='invented lawmaker')
c('772','troops_deployed',100,None,'Armenian servicemen sent to Kazakhstan',None,'sent 100 servicemen')
c('772','troops_deployed',2030,None,'CSTO troops to be withdrawn',CSTO,'its 2,030 troops')
c('772','detained',9900,'more than','people detained in Kazakhstan','Kazakh authorities','More than 9,900 people were detained')
e('772','2022-01-13','other','Yerevan',['Nikol Pashinyan'],'said at a Cabinet meeting on Thursday')
e('772','2022-01-07','troop_deployment','Kazakhstan',['Armenia',CSTO],'sent 100 servicemen to Kazakhstan on January 7')
e('772','2022-01-10','talks',None,['Nikol Pashinyan',CSTO],'CSTO Collective Security Council on Monday, January 10')
e('772','2022-01-10','statement',None,[TOK],'described the events as an attempted coup',note='"At that session" = 10 Jan')
e('772','2022-01-12','statement',None,['Suren Papikyan'],'Papikyan said on Wednesday')
e('772','2022-01-19','withdrawal','Kazakhstan',[CSTO],'would be completed by January 19')
e('772','2022-01-13','casualty_report',None,['Kazakh authorities'],'Kazakh authorities reported on Thursday')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','the Kazakh leader'],['Kassym-\nJomart Tokayev']),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA spokesperson'],'India',['He'],note='words invented'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Russian Defence Ministry spokesman'],'Russia',note='words invented'),
 sp('Priya Menon','person',['Priya Menon'],[],'India',['she','her'],note='invented analyst'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['He']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','US Deputy Secretary of State'],'United States',['she']),
 sp('Ignazio Cassis','person',['Ignazio Cassis'],['Foreign Minister'],'Switzerland'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Foreign ministry spokesman'],'China'),
 sp('Li Wen','person',['Li Wen'],['a Central Asia researcher at a university in Shanghai'],'China',note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',['he']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Col. Gen.'],'Russia',[],['Col. Gen. Andrei Serdyukov']),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan',note='words invented'),
 sp('Gulnara','person',['Gulnara'],['a 47-year-old teacher'],'Kyrgyzstan',['one of them'],note='invented protester'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan',['He'],note='words invented'),
 sp('Dastan Bekeshev','person',['Dastan Bekeshev','Bekeshev'],['Deputy'],'Kyrgyzstan',note='words invented'),
 sp('Bakyt Omurov','person',['Bakyt Omurov'],['political analyst'],'Kyrgyzstan',note='words invented'),
 sp('Simon Coveney','person',['Simon Coveney'],['the Minister for Foreign'],'Ireland',note='title wrapped over a PDF line break; words invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['US secretary of state'],'United States',['he']),
 sp('Aoife Brennan','person',['Aoife Brennan'],['an Irish engineer'],'Ireland',['she'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister'],'Armenia'),
 sp('Suren Papikyan','person',['Suren Papikyan','Papikyan'],['Defense Minister'],'Armenia',['he'],note='words invented'),
 sp('Artur Khachatryan','person',['Artur Khachatryan','Khachatryan'],['Opposition lawmaker'],'Armenia',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,[],[],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],[],quoted=False,note='mentioned in 765 only (phone call with Tokayev); not quoted; listed as in earlier sets'),
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
