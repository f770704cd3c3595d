#!/usr/bin/env python3
"""Source of the devset131 annotation: the hand-chosen spans, values and dates for 1141-1148.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset131/annotation_source.py && python3 tests/devset131/verify.py
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
    A.append(dict(doc=f,index=index,headline=headline_line if isinstance(headline_line,str) else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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

# ---------------- 1141 Russian MFA briefing transcript (13 January 2022, a Thursday)
art('1141',0,5,17,'The Ministry of Foreign Affairs of the Russian Federation','2022-01-13',[],'Moscow',
    ['The Ministry of Foreign Affairs of the Russian Federation','Home / Press service / Briefings','Print version | Send to a friend',
     '13 January 2022 17:42','49-13-01-2022','Table of contents','Share:','Facebook  VK  Twitter  Telegram',
     '© 2022 The Ministry of Foreign Affairs of the Russian Federation'],le=39,sections=(15,21,27))
q('1141','played a very important role in stabilising the situation in the country.',TOK,'President Kassym-Jomart Tokayev','said',partial=True,
  note='"who said in the Mazhilis on Tuesday that the CSTO forces had “…”" inside the spokeswoman\'s unmarked turn; full stop inside the mark')
q('1141','ended in a dead end',None,'Some Western colleagues','declare',partial=True,note='unnamed "Western colleagues"; speaker null')
q('1141','took our proposals seriously','Sergey Ryabkov','Sergey Ryabkov','put it',partial=True,note='cue "As Sergey Ryabkov put it"')
q('1141',"history shows that once Russian troops are invited in, they are very hard to get out.",'Antony Blinken','US Secretary of State Antony Blinken','said',partial=True,
  note='quote inside a reporter\'s "Question:" turn; words invented (paraphrase of a real remark)')
q('1141','we need legally binding guarantees, not promises.','Sergey Lavrov','the minister','quoting',partial=True,
  note='"quoting the minister" in Zakharova\'s turn; the minister = Sergey Lavrov, named in the sentence before')
c('1141','troops_deployed',2000,'more than','Russian servicemen in the CSTO operation in Kazakhstan',RDM,'more than 2,000 Russian servicemen took part in the operation')
c('1141','detained',10000,'about','people detained in Kazakhstan','Kazakh media','about 10,000 people have been detained',note="figure in a reporter's question")
e('1141','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began handing over the facilities under their protection',note='"Today" = 13 Jan')
e('1141','2022-01-11','statement','Nur-Sultan',[TOK],'who said in the Mazhilis on Tuesday',note='Tuesday before Thursday 13 Jan')
e('1141','2022-01-10','talks','Geneva',['Sergey Ryabkov','Russia','United States'],'On Monday, the Russian delegation led by Deputy Foreign Minister Sergey Ryabkov held consultations')
e('1141','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko','Alexander Fomin'],'Yesterday, the Russia-NATO Council met in Brussels')
e('1141','2022-01-13','talks','Vienna',['OSCE'],'Today, the OSCE Permanent Council is meeting in Vienna')
e('1141',None,'statement',None,['Antony Blinken'],'said last week that',note='"last week" is not a day')
e('1141','2022-01-14','other','Moscow',['Sergey Lavrov'],'at his annual news conference on Friday',note='future news conference; Friday after Thursday 13 Jan')

# ---------------- 1142 Pentagon press briefing transcript (Jan. 10, 2022, a Monday)
art('1142',0,4,9,'U.S. Department of Defense','2022-01-10',[],None,
    ['U.S. Department of Defense','Home > News > Transcripts','Jan. 10, 2022','Pentagon Press Secretary John F. Kirby',
     'Subscribe to Defense.gov Products','Choose which Defense.gov products you want delivered to you.','Hosted by Defense Media Activity - WEB.mil'],le=33)
q('1142','a limited contingent for a limited time.',TOK,'President Tokayev','said',partial=True,note="inside a reporter's question (Q:)")
q('1142','strategic facilities only,','Andrei Serdyukov','General Serdyukov','told',partial=True,note='"told Russian TV on Sunday that his men were guarding “…”"; reporter\'s question')
q('1142',"Nothing we've seen suggests a drawdown,",'Lloyd Austin','the Secretary','told',
  note='marked quote inside Kirby\'s unmarked turn; inverted "…," as the Secretary told reporters; the Secretary = Secretary Austin (l.11)')
c('1142','aircraft',70,'more than','aircraft loads of troops flown to Kazakhstan',RDM,'more than 70 aircraft loads of troops',note="reporter's question")
c('1142','troops_deployed',2500,'about','CSTO force in Kazakhstan',RDM,'the CSTO force is now about 2,500 strong',note="reporter's question; same sentence as the ministry")
c('1142','killed',164,None,'dead in Kazakhstan (figure later walked back)','state media','the figure of 164 dead reported over the weekend by state media')
c('1142','troops_deployed',100000,'about','Russian troops near Ukraine\'s borders','John Kirby','roughly 100,000 troops arrayed near Ukraine',note='"roughly" -> about; unmarked speech of the press secretary')
e('1142','2022-01-10','talks','Geneva',['Wendy Sherman','United States','Russia'],'led the U.S. delegation at the Strategic Stability Dialogue in Geneva today')
e('1142','2022-01-08','talks',None,['Lloyd Austin','Jens Stoltenberg'],'Secretary Austin spoke by phone on Saturday')
e('1142','2022-01-10','statement',None,[TOK],'President Tokayev said this morning')
e('1142','2022-01-09','statement',None,['Andrei Serdyukov'],'told Russian TV on Sunday')
e('1142',None,'casualty_report',None,['state media'],'reported over the weekend by state media',note='"over the weekend" is not one day (8-9 Jan)')
e('1142',None,'statement',None,['Lloyd Austin'],'as the Secretary told reporters last week',note='"last week" is not a day')

# ---------------- 1143 Kantei Chief Cabinet Secretary press conference (January 7, 2022, a Friday)
art('1143',0,5,14,"Prime Minister's Office of Japan",'2022-01-07',[],None,
    ["Prime Minister's Office of Japan",'HOME > News > Press Conferences by the Chief Cabinet Secretary','日本語 | English',
     'January 7, 2022 (AM)','[Provisional translation]','Opening Statement','None','Questions and Answers','(Press conference closed at 11:47)',
     'Related Link','Press Conferences by the Chief Cabinet Secretary (January 2022)','Page Top',
     'Copyright © Cabinet Public Affairs Office, Cabinet Secretariat. All Rights Reserved.'],le=30)
q('1143','a matter that the people of Kazakhstan should resolve through dialogue.','Yoshimasa Hayashi','Foreign Minister Hayashi','described',partial=True,
  note="cue \"described the situation yesterday as “…”\"; inside a REPORTER turn; words invented")
q('1143','open fire without warning',TOK,'President Tokayev','has given an order',partial=True,note='an order reported as "has given an order to “…”"; the one-word bandits is unmarked')
q('1143','continuing without disruption for now,',None,'A senior METI official','told',partial=True,note='anonymous official; speaker null')
c('1143','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces have died',note="reporter's question; \"dozens of rioters\" (vague) is not a claim")
c('1143','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'about 2,500 troops from the CSTO',note='"We are aware of reports that…"; no named source')
e('1143','2022-01-07','casualty_report','Almaty',['Kazakh authorities'],'Kazakh authorities announced this morning')
e('1143','2022-01-06','other',None,['Japanese Ministry of Foreign Affairs'],'Yesterday, the Ministry of Foreign Affairs raised the travel advisory',note='travel advisory raised to Level 3')
e('1143','2022-01-05','other',None,['Embassy of Japan in Kazakhstan'],'since January 5',note='start of e-mail alerts')
e('1143','2022-01-06','statement',None,['Yoshimasa Hayashi'],'described the situation yesterday')
e('1143',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'The CSTO has decided to dispatch troops at the request of President Tokayev',note='undated')
e('1143',None,'statement',None,[TOK],'has given an order to',note='undated (real: 7 Jan)')

# ---------------- 1144 U.S. Mission to the OSCE statement to the Permanent Council (January 13, 2022, a Thursday)
art('1144',0,5,11,'U.S. Mission to the Organization for Security and Cooperation in Europe','2022-01-13',['Daniel Roarke'],'Vienna',
    ['U.S. Mission to the Organization for Security and Cooperation in Europe','Skip to content','Home | Statements | Human Rights | Security Cooperation | News & Events',
     "As delivered by Chargé d'Affaires, a.i. Daniel Roarke",'to the Permanent Council, Vienna','January 13, 2022','###',
     'By U.S. Mission OSCE | 13 January, 2022 | Topics: Kazakhstan, Statements, Permanent Council','Share: Facebook | Twitter | Email'],le=25)
q('1144','fire without warning,',TOK,"President Tokayev's",'statement',partial=True,note="possessive mention: \"President Tokayev's statement that he had authorized security forces to “…”\"")
q('1144','20,000 bandits',TOK,'his','reference',partial=True,note='"his reference to “…”"; a two-word partial containing a figure (also a claim)')
q('1144','have questions','Antony Blinken','Secretary Blinken','said',partial=True)
q('1144','stands ready to support Kazakhstan in a genuine dialogue with society.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True,note='words invented')
q('1144','we are prepared to move forward where there is the possibility of progress.','Wendy Sherman','Deputy Secretary Sherman','told',note='"As Deputy Secretary Sherman told …, “…”"; full sentence with a lower-case start')
c('1144','detained',10000,'almost','people detained in connection with the unrest','Kazakh officials','nearly 10,000 people were detained',note='"nearly" -> almost')
c('1144','other',20000,None,"\"bandits\" attacking Almaty (Tokayev's figure)",TOK,'"20,000 bandits" attacking Almaty',note='borderline: an attacker count inside a partial quote')
c('1144','troops_deployed',2000,'about','Russian troops in the CSTO force',None,'approximately 2,000 Russian troops',note='"approximately" -> about')
e('1144','2022-01-02','protest','Zhanaozen',[],'What began on January 2 as peaceful protests')
e('1144',None,'troop_deployment','Kazakhstan',[CSTO],'invited the Collective Security Treaty Organization to deploy forces',note='undated')
e('1144','2022-01-11','statement',None,[TOK],'On Tuesday, President Tokayev announced',note='Tuesday before Thursday 13 Jan')
e('1144','2022-01-13','withdrawal','Kazakhstan',[CSTO],'We welcome the start of that withdrawal today')
e('1144','2022-01-09','statement',None,['Antony Blinken'],'Secretary Blinken said on January 9')
e('1144','2022-01-13','statement',None,['Zbigniew Rau','OSCE'],'who said this morning')
e('1144','2022-01-10','talks','Geneva',['United States','Russia'],'the talks in Geneva on Monday')
e('1144','2022-01-12','talks','Brussels',['NATO','Russia'],'in Brussels yesterday')
e('1144','2022-01-13','talks','Vienna',['OSCE'],'this Council met this morning',note='OSCE Permanent Council session')

# ---------------- 1145 German government press conference, translation (Monday, 10 January 2022)
art('1145',0,5,13,'Die Bundesregierung','2022-01-10',[],None,
    ['Die Bundesregierung','Startseite > Aktuelles > Regierungspressekonferenz','Deutsch | English | Leichte Sprache',
     'Transcript (unofficial English translation)','Monday, 10 January 2022','(...)','Print | Share: Twitter Facebook Mail',
     '© Presse- und Informationsamt der Bundesregierung'],le=37)
q('1145','can never be the answer to legitimate protest','Annalena Baerbock','The Minister','said',partial=True,
  note='German low-high marks „…“; The Minister = the Foreign Minister (Baerbock, named at l.33)')
q('1145','in the near future',TOK,'President Tokayev','spoke',partial=True,note='"spoke today of a withdrawal „…“"')
q('1145','to speak openly, also about the difficult points','Annalena Baerbock','She','said',partial=True,note='She = Foreign Minister Baerbock')
q('1145','massive consequences','Olaf Scholz','the Chancellor','agreed',partial=True,
  note='"the Chancellor spoke to the US President …, and both agreed that … „…“": two speakers; Scholz chosen (the Chancellor is the subject); Joe Biden acceptable')
c('1145','killed',164,None,'dead in Kazakhstan',None,'reports of 164 dead',note="reporter's question")
c('1145','detained',8000,'almost','people detained in Kazakhstan',None,'almost 8,000 people detained',note="reporter's question")
c('1145','aircraft',70,'more than','Russian transport flights to Kazakhstan',RDM,'more than 70 transport flights')
c('1145','troops_deployed',2500,'about','CSTO soldiers in Kazakhstan',RDM,'around 2,500 CSTO soldiers',note='"around" -> about')
e('1145',None,'statement',None,['Annalena Baerbock'],'The Minister said at the weekend',note='"at the weekend" is not one day')
e('1145','2022-01-10','statement',None,[TOK],'President Tokayev spoke today')
e('1145','2022-01-10','talks','Geneva',['United States','Russia'],'today the talks in Geneva began')
e('1145','2022-01-17','other','Kyiv',['Annalena Baerbock'],'will travel to Kyiv on Monday of next week',note='visit; Monday of next week from Mon 10 Jan')
e('1145','2022-01-18','talks','Moscow',['Annalena Baerbock','Sergey Lavrov'],'where she will meet her counterpart Sergey Lavrov on Tuesday, 18 January')
e('1145','2022-01-09','statement',None,['Annalena Baerbock'],'She said on Sunday')
e('1145','2022-01-06','talks',None,['Olaf Scholz','Joe Biden'],'the Chancellor spoke to the US President on Thursday',note='phone call; "the US President" = Joe Biden (not named); Thursday before Mon 10 Jan')
e('1145','2022-01-18','talks','Berlin',['Olaf Scholz','Jens Stoltenberg'],'will also receive NATO Secretary General Stoltenberg on 18 January in Berlin')

# ---------------- 1146 TV panel-debate transcript (Tuesday 11 January 2022)
art('1146',0,'Kazakhstan: Will the Russian-led troops really leave?',9,'World Agenda','2022-01-11',[],None,
    ['WORLD AGENDA | TRANSCRIPTS','Broadcast: Tuesday 11 January 2022, 19:30 GMT','Duration: 25:10',
     'Transcript produced by an automated service and lightly edited. Please check against the video before quoting.',
     '[MUSIC]','[END]','Tags: Kazakhstan, CSTO, Russia, Tokayev','Watch the full episode | Download transcript (PDF) | Share'],le=25)
q('1146','the main mission of the CSTO peacekeeping forces has been successfully completed.',TOK,'The president','said',
  note='"The president said today, quote, “…”" in the presenter\'s turn; the episode title in l.2 is a title in marks, not a quote')
q('1146','nobody will be allowed to shake our common house from outside.','Vladimir Putin','President Putin','said',note='"said yesterday at the CSTO summit, and I\'m quoting, “…”"; words invented')
q('1146','no grounds for optimism','Sergey Ryabkov',"Ryabkov's",'words',partial=True,note='cue "in Ryabkov\'s words"; possessive mention')
q('1146','Our people have earned it,',TOK,'he','said',note='he = Tokayev; the antecedent is "He also announced today" in the same turn, which itself refers back to the president in the presenter\'s turns')
c('1146','killed',164,None,'people killed in the unrest (later revised)','Kazakh authorities','Authorities say 164 people were killed')
c('1146','detained',10000,'almost','people detained','Kazakh authorities','and nearly 10,000 detained',note='same sentence as "Authorities say"')
c('1146','troops_deployed',3000,'about','CSTO personnel flown into Kazakhstan','Pavel Korolev','They flew in about 3,000 people',note="the commentator's own figure (unmarked speech)")
e('1146','2022-01-11','statement','Nur-Sultan',[TOK],'Today Kassym-Jomart Tokayev told parliament')
e('1146','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin in two days',note='"in two days" from Tue 11 Jan')
e('1146','2022-01-07','statement',None,[TOK],'what he said on Friday',note='Friday before Tue 11 Jan; the shoot-without-warning order')
e('1146','2022-01-10','talks',None,['Vladimir Putin',CSTO],'President Putin said yesterday at the CSTO summit')
e('1146',None,'statement',None,['Antony Blinken'],'Antony Blinken warned last week',note='"last week" is not a day')
e('1146','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'in Geneva yesterday, Wendy Sherman and Sergey Ryabkov spent nearly eight hours together')
e('1146','2022-01-11','statement',None,[TOK],'He also announced today')

# ---------------- 1147 Kremlin transcript (January 14, 2022, a Friday)
art('1147',0,5,7,'President of Russia','2022-01-14',[],'Novo-Ogaryovo, Moscow Region',
    ['President of Russia','Events › Transcripts','News  Transcripts  Trips  Letters  Appointments','January 14, 2022 13:05 Novo-Ogaryovo, Moscow Region',
     '* * *','<…>','Publication date: January 14, 2022, 13:05','Direct link: en.kremlin.ru/events/president/news/67xxx','Text version'],le=35)
q('1147','Without the arrival of our allies, we could have lost control of the country.',TOK,'He','said',
  note='"He said, and I will quote him: “…”" inside Putin\'s unmarked turn; He = President Tokayev (same paragraph)')
q('1147','categorical no','Sergey Ryabkov','Ryabkov','called',partial=True,note='inside Lavrov\'s unmarked turn; two-word evaluative partial ("what Ryabkov called a “…”")')
c('1147','aircraft',14,None,'aircraft with returning personnel landed',  'Sergei Shoigu','14 aircraft of the Aerospace Forces',note='unmarked speech of the defence minister')
c('1147','troops_deployed',2000,'more than','servicemen in the grouping','Sergei Shoigu','more than 2,000 servicemen',note='"about 250 units of equipment" is not a claim')
e('1147','2022-01-14','other',None,['Vladimir Putin','Security Council of Russia'],'Vladimir Putin held a briefing session, via videoconference')
e('1147','2022-01-12','talks',None,['Vladimir Putin',TOK],'the day before yesterday I spoke with President Tokayev',note='"the day before yesterday" from Fri 14 Jan')
e('1147','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of the collective peacekeeping forces began on January 13')
e('1147','2022-01-19','withdrawal','Kazakhstan',[CSTO],'will be completed by January 19',note='planned completion of the handover')
e('1147','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('1147','2022-01-12','talks','Brussels',['Russia','NATO'],'in Brussels on Wednesday')
e('1147','2022-01-13','talks','Vienna',['Russia','OSCE'],'yesterday in Vienna')

# ---------------- 1148 Kazakh MFA spokesperson briefing on gov.kz (12 January 2022, a Wednesday)
art('1148',0,6,11,'Ministry of Foreign Affairs of the Republic of Kazakhstan','2022-01-12',[],'Nur-Sultan',
    ['GOV.KZ','Ministry of Foreign Affairs of the Republic of Kazakhstan','Main / Press center / Briefings','Қаз | Рус | Eng',
     'Date of publication: 12 January 2022 16:40','Updated: 12 January 2022 18:05','Share: [Facebook] [Telegram] [WhatsApp]',
     'Was this page helpful? Yes / No','© 2022 Ministry of Foreign Affairs of the Republic of Kazakhstan'],le=31)
q('1148','will be examined thoroughly and without exception.',"Kazakh Prosecutor General's Office","The Prosecutor General's Office",'has stated',partial=True)
q('1148','absolutely legitimate and based on the Charter of the Organization.','Mukhtar Tileuberdi','our Minister Mukhtar Tileuberdi','said',partial=True,note='words invented')
q('1148',"Kazakhstan will never become a hostage of anyone's interests.",TOK,'The President','said',note='"The President himself said yesterday: “…”" (colon before the quote); words invented')
c('1148','troops_deployed',2030,None,'CSTO servicemen deployed','Aibek Smadiyarov','2,030 servicemen',note='unmarked speech of the spokesperson; "250 units of equipment" not a claim')
c('1148','detained',9900,None,'people detained since the beginning of the events',MIA,'9,900 people have been detained')
e('1148','2022-01-12','other','Nur-Sultan',['Aibek Smadiyarov'],'held a briefing for Kazakh and foreign journalists')
e('1148','2022-01-11','statement','Nur-Sultan',[TOK],'As the Head of State announced in the Mazhilis yesterday')
e('1148','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The phased withdrawal will start tomorrow')
e('1148','2022-01-10','statement',None,['Mukhtar Tileuberdi'],'who said on Monday')
e('1148','2022-01-11','statement',None,[TOK],'The President himself said yesterday')
e('1148','2022-01-12','other','Almaty',[],'The airport of Almaty resumed operations today')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State'],'Kazakhstan',['He','he','The president','The President',"President Tokayev's",'his']),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',[],["Ryabkov's"]),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State','Secretary'],'United States',[],['Mr Blinken']),
 sp('Sergey Lavrov','person',['Sergey Lavrov','Sergei Lavrov'],['Foreign Minister'],'Russia',['the minister']),
 sp('Andrei Serdyukov','person',['Serdyukov'],['General'],'Russia',[],note='surname only; canonical from earlier sets'),
 sp('Lloyd Austin','person',['Austin'],['Secretary'],'United States',['the Secretary'],note='only "Secretary Austin" printed'),
 sp('Yoshimasa Hayashi','person',['Hayashi'],['Foreign Minister','Minister'],'Japan',note='words invented; surname only'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['OSCE Chairman-in-Office','Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary'],'United States'),
 sp('Annalena Baerbock','person',['Baerbock'],['Foreign Minister'],'Germany',['The Minister','She'],note='surname only'),
 sp('Olaf Scholz','person',['Scholz'],['Chancellor'],'Germany',['the Chancellor']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['President'],'Russia'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['Minister'],'Kazakhstan',note='words invented'),
 sp("Kazakh Prosecutor General's Office",'organisation',["Prosecutor General's Office"],[],'Kazakhstan'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Foreign Ministry Spokeswoman'],'Russia',[],[],quoted=False,note='transcript principal; her turns are unmarked'),
 sp('John Kirby','person',['John F. Kirby','Kirby'],['Pentagon Press Secretary'],'United States',[],['MR. KIRBY'],quoted=False,note='transcript principal; claim source'),
 sp('Hirokazu Matsuno','person',['Matsuno'],['Chief Cabinet Secretary'],'Japan',[],['CHIEF CABINET SECRETARY MATSUNO'],quoted=False,note='transcript principal; words invented'),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Defence Minister'],'Russia',[],[],quoted=False,note='transcript principal; claim source'),
 sp('Aibek Smadiyarov','person',['Aibek Smadiyarov','Smadiyarov'],['Official Representative of the MFA'],'Kazakhstan',[],['A. Smadiyarov'],quoted=False,note='transcript principal; claim source; words invented'),
 sp('Pavel Korolev','person',['Pavel Korolev'],['military commentator'],'Russia',[],[],quoted=False,note='invented; claim source'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,[],[],quoted=False,note='mentioned in 1142 and 1145'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='event participant in every file'),
 sp(RDM,'organisation',['Russian Defence Ministry','Russian Defense Ministry'],[],'Russia',[],[],quoted=False,note='claim source in 1141, 1142, 1145'),
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
