#!/usr/bin/env python3
"""Source of the devset20 annotation: the hand-chosen spans, values and dates for 253-260.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset20/annotation_source.py && python3 tests/devset20/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),headline=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=headline if headline is not None else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
GEMFA='Georgian Foreign Ministry'; MNMFA='Mongolian Foreign Ministry'; PPO='Kazakh Presidential Press Office'

# ---------------- 253 Economist-style unsigned piece (Jan 8th 2022, a Saturday)
art('253',0,8,10,'The Economist','2022-01-08',[],'ALMATY',
    ['The Economist','Menu','Weekly edition','Search','Asia | Order in the steppe','Jan 8th 2022','Share',
     'This article appeared in the Asia section of the print edition under the headline "Order in the steppe"',
     'Reuse this content','The Trust Project','More from Asia'])
q('253','Those who do not surrender will be eliminated,',TOK,'he','said',note='"he" = Mr Tokayev, subject of the previous sentence')
q('253','complacent and unaccountable',TOK,'he','said',partial=True,note='interposed ", he said," inside the reporter\'s clause; closing mark before the full stop')
q('253','The regime has bought itself time, not legitimacy,','Aidos Zhumabekov','Aidos Zhumabekov','says',note='inverted present-tense cue "says NAME, a political scientist"; invented')
q('253','When Russian soldiers come to your house, it is not easy to make them go home again,',None,'a Western diplomat in Nur-Sultan','says',note='anonymous diplomat, inverted present-tense cue')
q('253','strictly limited in time','Kremlin','The Kremlin','calls',partial=True,note='cue "calls the operation “…”"')
q('253','days, not weeks',None,'a spokesman for Mr Tokayev','insisted',partial=True,note='unnamed spokesman; the name in the mention (Tokayev) is not the speaker')
q('253','I don’t care who is shooting, Russians or our own,','Yerlan','he','says',note='shopkeeper "who gave his name only as Yerlan"; invented')
q('253','I just want the bread to come back.','Yerlan','he','says',note='second half of a quote split by the interposed "he says."')
c('253','troops_deployed',2500,'about','CSTO soldiers taking part',CSTO,'about 2,500 soldiers will take part',note='"The alliance says"')
c('253','other',20000,None,'"terrorists" trained abroad',TOK,'put their number at 20,000',note='"a figure nobody has been able to check"')
c('253','killed',26,None,'"armed criminals" killed',MIA,'26 “armed criminals” have been killed')
c('253','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died')
c('253','detained',4400,'more than','people detained',MIA,'More than 4,400 people have been detained')
e('253','2022-01-02','protest','Zhanaozen',[],'began on January 2nd in Zhanaozen',note='ordinal date "January 2nd"')
e('253','2022-01-05','protest','Almaty',[],'By January 5th crowds in Almaty')
e('253','2022-01-05','government_resignation',None,[],'the government had resigned',note='same sentence as "By January 5th"')
e('253',None,'other',None,[TOK,CSTO],'He asked the Collective Security Treaty Organisation (CSTO)',note='request for CSTO troops; undated (real: 5 Jan)')
e('253','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers landed on January 6th')
e('253','2022-01-07','statement',None,[TOK],'On January 7th Mr Tokayev said in a televised address')
e('253','2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'Two days earlier Mr Nazarbayev had been removed as head of the Security Council',note='"Two days earlier" relative to January 7th')
e('253','2022-01-05','other','Kazakhstan',[],'The internet has been largely shut off since January 5th',note='internet shutdown')
e('253','2022-01-10','talks','Geneva',['Russia','United States'],'meet American officials in Geneva on January 10th',note='future at publication')
e('253',None,'statement',None,['Vladimir Putin'],'Mr Putin has said that the alliance will not allow',note='undated')

# ---------------- 254 Civil.ge item (07/01/2022, a Friday)
art('254',0,5,10,'Civil.ge','2022-01-07',[],None,
    ['Civil.ge','News | Analysis | Interviews | Documents | Elections','ქართ | ENG | РУС','07/01/2022 - 18:40',
     'Also Read: Georgian Airways Suspends Almaty Flights Until January 10','Tags: Kazakhstan, Russia, CSTO, Irakli Garibashvili, Nika Melia',
     'Share: Facebook Twitter','© 2022 Civil Georgia. All rights reserved.'])
q('254','with deep concern',GEMFA,'Georgia’s Foreign Ministry','said',partial=True)
q('254','very good and friendly relations','Irakli Garibashvili','Prime Minister Irakli Garibashvili','said',partial=True,note='participle clause "speaking to journalists after …" between the name and the verb')
q('254','We hope that peace and calm will be restored as soon as possible and that the Kazakh people will overcome this difficult period,','Irakli Garibashvili','Garibashvili','said')
q('254','the sovereign decision','Irakli Garibashvili','the Prime Minister','replied',partial=True,note='title-only mention')
q('254','with tanks instead of treaties.','Nika Melia','Nika Melia','said',partial=True,note='full stop inside the closing mark, a full quote follows immediately')
q('254','We in Georgia know how this ends. In 2008 they also came as peacekeepers, and they are still in Tskhinvali,','Nika Melia','Melia','told',note='"Melia told Civil.ge" (the outlet as addressee); year 2008 inside the quote')
q('254','Any country that invites Russian troops onto its territory should remember that inviting them is easy,','Mamuka Khazaradze','he','said',note='quote split by the interposed "he said,"')
q('254','but asking them to leave is almost impossible.','Mamuka Khazaradze','he','said',note='second half, starts in lower case')
q('254','Moscow wants to show Washington that it can move troops anywhere in its neighbourhood within 24 hours,','Tornike Sharashenidze','he','said',note='duration "24 hours" inside the quote is not a claim')
c('254','troops_deployed',2500,'about','CSTO troops flown in',CSTO,'about 2,500 troops',note='"what it described as about 2,500 troops"')
c('254','killed',26,None,'"armed criminals" killed',MIA,'26 “armed criminals” had been “liquidated”',note='one-word “liquidated” excluded from quotes')
c('254','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('254','killed',18,None,'law enforcement officers killed',MIA,'Eighteen law enforcement officers were killed',note='written-out figure at a sentence start; "according to the ministry"')
e('254','2022-01-07','statement',None,[GEMFA],'Georgia’s Foreign Ministry said on Friday')
e('254','2022-01-06','statement',None,['Irakli Garibashvili'],'after a government session on Thursday')
e('254','2022-01-06','statement',None,['Salome Zourabichvili'],'wrote on Twitter on Thursday evening')
e('254',None,'troop_deployment','Kazakhstan',[CSTO],'which by Friday had flown in',note='"by Friday" is a deadline, not the day of the deployment')
e('254',None,'statement',None,['Nika Melia'],'Melia told Civil.ge',note='undated')
e('254','2022-01-07','casualty_report',None,[MIA],'Interior Ministry reported on Friday')
e('254','2022-01-10','talks','Geneva',['Russia','United States'],'scheduled to begin in Geneva on January 10')
e('254','2022-01-12','talks',None,['NATO','Russia'],'followed by a NATO-Russia Council meeting on January 12')

# ---------------- 255 Global Times op-ed (Jan 09, 2022, a Sunday)
art('255',0,4,10,'Global Times','2022-01-09',['Zhou Mingyuan'],None,
    ['GLOBAL TIMES','HOME / OPINION / VIEWPOINT','By Zhou Mingyuan Published: Jan 09, 2022 08:47 PM','Illustration: Chen Xia/GT',
     'The author is a commentator on international affairs. opinion@globaltimes.com.cn','Posted in: VIEWPOINT','Related articles:',
     "Kazakhstan's turmoil a warning to those who play with fire: expert",'CSTO peacekeepers guard Almaty airport as order returns'])
q('255','decisive and forceful steps','Xi Jinping','Xi','praised',partial=True,note='cue "praised the “…” taken by"')
q('255','Beijing stands ready to offer whatever help Kazakhstan needs to get past this difficult moment,','Xi Jinping','Xi','said',note='"Xi said in the message" (a written message); words invented')
q('255','We believe the Kazakh authorities are capable of resolving the problem properly,','Wang Wenbin','Wang','said',note='Chinese surname only')
q('255','it can take a very long time before they go home.','Antony Blinken','US Secretary of State Antony Blinken','saying',partial=True,note='"lectured Kazakhstan on Friday, saying that …"; words paraphrased')
q('255','Washington should reflect on its own conduct before pointing fingers at others,','Li Wei','Li Wei','said',note='inverted cue; invented fellow')
q('255','no moral high ground','Li Wei','Li Wei','adding',partial=True)
q('255','firmly support','Chinese government','Beijing','stressed',partial=True,note='two-word commitment with a speech verb, kept as partial (borderline)')
c('255','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',None,'its 2,030 troops were sent',note='stated by the author, no source')
c('255','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
e('255','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to Kazakh President Kassym-Jomart Tokayev on Friday',note='Friday before Sunday 9 Jan')
e('255',None,'statement',None,['Wang Wenbin'],'told a regular press conference',note='undated (real: 7 Jan)')
e('255','2022-01-07','statement',None,['Antony Blinken'],'lectured Kazakhstan on Friday')
e('255','2022-01-09','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Sunday')
e('255','2022-01-07','statement',None,[TOK],'Tokayev had warned two days earlier',note='"two days earlier" relative to Sunday 9 Jan')
e('255','2022-01-10','talks',None,[CSTO],'will hold an extraordinary video meeting on Monday',note='future CSTO summit')

# ---------------- 256 Jamestown Eurasia Daily Monitor analysis (January 12, 2022, a Wednesday)
art('256',0,5,14,'The Jamestown Foundation','2022-01-12',['Sergei Vorontsov'],None,
    ['The Jamestown Foundation','Global Research & Analysis','Programs | Publications | Events | Experts | Support',
     'Publication: Eurasia Daily Monitor Volume: 19 Issue: 4','By: Sergei Vorontsov','January 12, 2022 04:35 PM Age: 4 years',
     '(Source: CSTO press service)','Executive Summary:','Notes',
     'Sergei Vorontsov is a Washington-based analyst of Russian and Central Asian security affairs.','Share','Print'])
q('256','an armed attempt to seize power',TOK,'Kazakhstani President Kassym-Jomart Tokayev','told',partial=True,note='followed by a source citation in brackets later in the paragraph')
q('256','one command centre.',TOK,'Kazakhstani President Kassym-Jomart Tokayev','told',partial=True,note='second partial of the same sentence; full stop inside the mark')
q('256','main phase',TOK,'He','said',partial=True,note='two-word partial with a speech verb (borderline: could be read as a term)')
q('256','from outside.','Vladimir Putin','Russian President Vladimir Putin','claim',partial=True,note='cue "used the same summit to claim that"')
q('256','We will not let anyone shake our common home, and the recipes of so-called colour revolutions will not work here,','Vladimir Putin','he','declared',note='followed by the citation "(Kremlin.ru, January 10)"; words paraphrased')
q('256','It is one thing to plan a deployment on paper, and another to land an airborne battalion in a city in chaos,','Alexander Tikhonenko','he','wrote',note='Telegram post; invented commentator')
q('256','strategic facilities,','Yerzhan Ashikbayev','he','said',partial=True,note='split by the interposed ", he said,"; words invented')
q('256','and nothing else','Yerzhan Ashikbayev','he','said',partial=True,note='followed by the citation "(Tengrinews, January 11)"')
q('256','in less than 48 hours',None,'A senior State Department official','noted',partial=True,note='anonymous official; a duration, not a claim')
q('256','more than 70 sorties',RDM,'the ministry','repeated',n=2,partial=True,note='in endnote [1]: the ministry\'s own wording repeated in quotes')
c('256','troops_deployed',2000,'about','CSTO personnel in Kazakhstan (Moscow supplied most)',None,'the roughly 2,000 personnel',note='executive-summary bullet; "roughly" → about')
c('256','other',70,'more than','Russian transport sorties to bring in the troops',RDM,'had flown more than 70 sorties')
c('256','troops_deployed',2030,None,'CSTO servicemen deployed',CSTO,'2,030 servicemen and 250 units of hardware',note='"According to the CSTO secretariat"')
c('256','other',250,None,'units of CSTO military hardware deployed',CSTO,'250 units of hardware were deployed',note='equipment count; borderline claim')
c('256','detained',7939,None,'people detained across the country','Kazakh authorities','7,939 people had been detained')
c('256','killed',164,None,'dead (official figure withdrawn)','state television','an official figure of 164 dead',note='disowned by the Ministry of Health')
c('256','other',70,'more than','Russian transport sorties (repeated in the endnote)',RDM,'The figure of "more than 70 sorties"',note='second occurrence, in endnote [1]; each textual occurrence is a record')
e('256','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'At an extraordinary online summit of the Collective Security Treaty Organization (CSTO) on January 10')
e('256','2022-01-11','statement','Nur-Sultan',[TOK],'The following day, Tokayev told the Mazhilis',note='"The following day" after 10 January')
e('256','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin in two days',note='"in two days" from 11 January')
e('256','2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakhstani authorities said on January 10')
e('256','2022-01-09','casualty_report',None,[],'The day before, an official figure of 164 dead',note='"The day before" relative to January 10 in the previous sentence')
e('256','2022-01-10','statement',None,['Alexander Tikhonenko'],'in a Telegram post on Monday')
e('256',None,'statement',None,['Yerzhan Ashikbayev'],'Deputy Foreign Minister Yerzhan Ashikbayev stressed',note='the citation "(Tengrinews, January 11)" dates the source, not the statement')
e('256','2022-01-10','talks','Geneva',['United States','Sergey Ryabkov'],'in Geneva on Monday')
e('256',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'had flown more than 70 sorties with Il-76 and An-124 transports',note='airlift; the citation "(TASS, January 9)" is not the event date')

# ---------------- 257 email newsletter saved as raw quoted-printable .eml (Tue, 11 Jan 2022)
art('257',0,6,16,'The Caspian Brief','2022-01-11',[],None,
    ['Return-Path: <bounce-mc.us7_4f21@mail.caspianbrief.com>','Date: Tue, 11 Jan 2022 07:02:13 +0000',
     'From: The Caspian Brief <newsletter@caspianbrief.com>','To: reader@example.org','MIME-Version: 1.0',
     'Content-Type: text/plain; charset="utf-8"','Content-Transfer-Encoding: quoted-printable',
     'View this email in your browser <https://caspianbrief.com/issues/112>','THE CASPIAN BRIEF','Tuesday, January 11, 2022 | Issue #112',
     '=E2=80=94','You are receiving this email because you signed up at caspianbrief.com.',
     'The Caspian Brief, 14 Rustaveli Avenue, Tbilisi 0108, Georgia'],
    sections=(ln('257','1. A SUMMIT ON SCREEN'),ln('257','2. THE NUMBERS'),ln('257','3. GENEVA')),
    headline='Kazakhstan after the storm: a purge, a body count and a departure date')
q('257','soon, once the main task is done.',TOK,'President Kassym-Jomart Tokayev','said',malformed=True,partial=True,note='marks encoded as quoted-printable =E2=80=9C … =E2=80=9D (decoded: curly quotes)')
q('257','quickly and decisively','Vladimir Putin','Vladimir Putin','told',malformed=True,partial=True,note='QP-encoded marks; the closing mark =E2=80=\\n=9D is itself split by a soft line break')
q('257','People are relieved that the shooting has stopped, but they=\n are also afraid to talk about what they saw on the fifth and sixth,','Madina Seitkali','she','w=\nrote',malformed=True,note='straight marks, but the span crosses a QP soft line break ("=" + newline); decoded text has no break. Cue "wrote" is itself split by a soft break; invented correspondent')
q('257','Everyone knows someone who was taken away.','Madina Seitkali','she','w=\nrote',note='continuation after the cue sentence')
q('257','a new agenda for the country',PPO,'His office','told',partial=True,note='"His office" = Tokayev\'s office')
q('257','difficul=\nt decisions about the people who let this happen.',PPO,'His office','told',malformed=True,partial=True,note='crosses a QP soft line break inside a word')
q('257','hard but businesslike','Sergey Ryabkov','Ryabkov','called',partial=True)
q('257','no reason for optimism y=\net','Sergey Ryabkov','Ryabkov','said',malformed=True,partial=True,note='crosses a QP soft line break; full stop outside the mark')
q('257','We listened carefully, and we told them=\n plainly where our red lines are,','Wendy Sherman','she','told',malformed=True,note='crosses a QP soft line break; the name itself is split "Wendy =\\nSherman"')
c('257','troops_deployed',2030,None,'CSTO servicemen in Kazakhstan',TOK,'the 2,030 servicemen in his country',note='in the report of what Tokayev said')
c('257','detained',7939,None,'people detained since the start of the unrest',MIA,'7,939 people had been detained')
c('257','killed',164,None,'people killed (post deleted)','government channel','On Sunday a government channel reported 164',note='the number and its noun are split by a soft line break ("164 pe=\\nople killed")')
c('257','injured',1300,'more than','members of the security forces injured','officials','Officials say more than 1,300 members of the security forces')
e('257','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'The leaders of the Collective Security Treaty Organization held',note='"video summit yesterday" (next QP line) from Tue 11 Jan')
e('257','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said yesterday')
e('257','2022-01-09','casualty_report',None,[],'On Sunday a government channel')
e('257','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev is due to address the Mazhilis',note='"today" is on the next QP line ("toda=\\ny")')
e('257','2022-01-11','appointment',None,[TOK],'to name a new prime minister',note='planned for the same day')
e('257','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Sherman talked for nearly eight hours on Monday')
e('257','2022-01-10','statement',None,['Wendy Sherman'],'she told reporters after the meeting',note='"after the meeting" of Monday')
e('257','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO ambassadors meet their Russian counterparts in Brussels tomorrow')
e('257','2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council convenes in Vienna on Thursday')

# ---------------- 258 bitcoin-mining industry blog (January 10, 2022, a Monday)
art('258',0,6,13,'HashWatch','2022-01-10',['Ethan Kowalczyk'],None,
    ['HashWatch Mining Blog','Home  |  Hashrate Index  |  Pools  |  Hardware  |  Newsletter','MINING NEWS','by Ethan Kowalczyk',
     'January 10, 2022 · 6 min read','Tweet  Share  Email','Disclaimer: This article is for information only and is not investment advice.',
     'Tags: Kazakhstan, Hashrate, Internet shutdown, Mining','Related posts','Subscribe to the HashWatch newsletter','© 2022 HashWatch. All rights reserved.'],
    sections=(ln('258','What miners are saying'),ln('258','The politics'),ln('258','Our take')))
q('258','around 2% of ordinary levels','NetBlocks','NetBlocks','said',partial=True,note='"according to the monitoring group NetBlocks, which said …"; a percentage, not a claim')
q('258','We had 40 megawatts of machines sitting there, powered, cooled and completely blind,','Viktor Ahn','Viktor Ahn','said',note='inverted cue; invented CEO')
q('258','You cannot hash without a connection to the pool. You can only pay the electricity bill.','Viktor Ahn','Viktor Ahn','said',note='continuation after the inverted cue')
q('258','Nobody switched off the internet because of miners,','Alan Dorjiyev','he','said',note='words invented')
q('258','But miners are the ones who felt it first.','Alan Dorjiyev','he','said')
q('258','Every hour offline is an argument for North America,',None,'A Texas-based executive','said',note='anonymous executive ("he said")')
q('258','bandits and terrorists',TOK,'Tokayev','described',partial=True,note='"described the attackers as “…”": kept as partial (multi-word, with a cue), unlike one-word labels')
q('258','Cheap coal power is worth nothing if the government owns the switch.',None,'a miner in Ekibastuz','summed it up',note='anonymous miner, cue "summed it up:" before the quote')
c('258','troops_deployed',2030,'about','CSTO troops in the country',CSTO,'about 2,030 troops are now in the country',note='"the bloc says"')
c('258','detained',5800,None,'people detained','Kazakh authorities','5,800 people had been detained')
c('258','killed',164,None,'people killed (briefly reported)','government Telegram channel','briefly reported that 164 people had been killed')
e('258','2022-01-05','other','Kazakhstan',[],'pulled the plug on the internet on January 5',note='internet shutdown')
e('258','2022-01-05','other',None,[],'between Wednesday and Thursday',note='hashrate drop; range → first day (Wed 5 Jan)')
e('258','2022-01-08','other','Almaty',['NetBlocks'],'Connectivity began to come back in Almaty on Saturday')
e('258',None,'other',None,[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organization for help',note='undated')
e('258','2022-01-09','casualty_report',None,['Kazakh authorities'],'On Sunday the authorities said')
e('258','2022-01-07','statement',None,[TOK],'Tokayev on Friday described the attackers')
e('258','2022-01-08','statement',None,[],'In one Telegram post on Saturday',note='anonymous miner')

# ---------------- 259 MONTSAME item (2022-01-07, a Friday)
art('259',0,5,13,'MONTSAME','2022-01-07',['B.Dulguun'],'Ulaanbaatar',
    ['MONTSAME News Agency','Politics | Economy | Society | World | Culture | Sports','ENG  МОН  РУС  中文  日本語','Politics','2022-01-07 16:25',
     'By B.Dulguun','Photo: MFA of Mongolia','Views: 1,284','Share: Facebook  Twitter  Telegram',
     '© 2022 MONTSAME News Agency. All rights reserved. When using materials, a hyperlink to montsame.mn is required.'])
q('259','Mongolia respects the sovereignty and territorial integrity of Kazakhstan and is confident that the friendly Kazakh people will restore peace and stability through their own efforts,',MNMFA,'the Ministry','said in a statement',note='quote opens the paragraph; the ministry named in the previous paragraph')
q('259','deep sympathy to the families of the victims','B.Battsetseg','Minister B.Battsetseg','expressed',partial=True,note='Mongolian initial-dot-name form; words invented')
q('259','in any way it can','B.Battsetseg','Minister B.Battsetseg','said',partial=True,note='comma outside the closing mark')
q('259','Telephone lines are working only from time to time, and many people have not heard from their children for three days,','D.Erlan','he','said',note='"Governor of Bayan-Ulgii aimag D.Erlan told MONTSAME" in the sentence before; invented')
q('259','For Mongolia the best policy is to keep good relations with everyone and take no side in the internal affairs of others,','G.Narantsetseg','she','said',note='invented researcher; the two-word “third neighbor” before it is a policy label (excluded)')
c('259','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
c('259','killed',26,None,'armed criminals "liquidated"',MIA,'26 armed criminals “liquidated”',note='one-word “liquidated” excluded from quotes')
c('259','troops_deployed',2500,'about','CSTO peacekeeping contingent',CSTO,'peacekeeping contingent of about 2,500 servicemen')
e('259','2022-01-07','statement',None,[MNMFA],'the Ministry reported on Friday')
e('259','2022-01-06','talks',None,['B.Battsetseg','Mukhtar Tileuberdi'],'held a telephone conversation',note='"on Thursday" at the end of the sentence')
e('259','2022-01-06','other',None,['MIAT Mongolian Airlines'],'MIAT Mongolian Airlines said yesterday',note='flight cancellations announced; "yesterday" from Fri 7 Jan')
e('259','2022-01-07','casualty_report',None,[MIA],'announced today that more than')
e('259',None,'other','Ulgii',['D.Erlan'],'had set up a help desk at the Ulgii airport',note='undated')

# ---------------- 260 hockey news item (Jan. 6, 2022, a Thursday)
art('260',0,6,13,'The Hockey Wire','2022-01-06',['Mike Lindqvist'],None,
    ['THE HOCKEY WIRE','NHL | AHL | KHL | Europe | Prospects | Podcasts','KHL / Europe','Posted: Jan. 6, 2022 at 3:15 PM ET','By Mike Lindqvist',
     '[Photo: Barys Arena in Nur-Sultan. Credit: Wikimedia Commons]','RELATED','Ak Bars extend win streak to six',
     'KHL sets new dates for December postponements','Comments (23)','Share: Twitter  Facebook  Reddit  Email','© 2022 The Hockey Wire. All rights reserved.'])
q('260','at a later date, once the safety of players, staff and fans can be guaranteed,','KHL','the KHL','said in a statement',partial=True)
q('260','Our first priority is people, not points,','Alexei Morozov','KHL president Alexei Morozov','said',note='inverted order "…," TITLE NAME said; words invented')
q('260','We are in constant contact with the club and with the authorities in Nur-Sultan, and we will make decisions day by day.','Alexei Morozov','KHL president Alexei Morozov','said',note='continuation after the cue sentence')
q('260',"It's pretty quiet where we are, but you hear things and you see the videos,",'Tyler Brennan','he','wrote',note='text message; "Brennan, 29," (age) earlier; invented player')
q('260',"The internet is down most of the time, so we're mostly playing cards.",'Tyler Brennan','he','wrote')
q('260','The boys are professionals. We keep working and wait for the decision,','Arman Kuandykov','Kuandykov','said',note='invented coach')
q('260','If this goes on for another week, I think some guys will want to go home,',None,'one agent, who asked not to be named','told',note='anonymous agent')
c('260','killed',12,None,'police officers killed','police','12 officers had been killed')
c('260','injured',353,None,'police officers injured','police','353 injured')
c('260','detained',2000,'more than','people detained',MIA,'more than 2,000 people had been detained')
e('260','2022-01-06','other',None,['KHL'],'the league announced Thursday',note='postponement of the Barys games')
e('260','2022-01-08','other','Nur-Sultan',['Barys Nur-Sultan','Traktor Chelyabinsk'],'Traktor Chelyabinsk on Saturday',note='postponed game; Saturday after Thu 6 Jan')
e('260','2022-01-05','protest','Almaty',[],'deteriorated sharply on Wednesday')
e('260','2022-01-06','casualty_report',None,['police',MIA],'Police said Thursday')
e('260',None,'other',None,[CSTO,TOK],'announced it would send troops at the request of President Kassym-Jomart Tokayev',note='undated')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','Kazakhstani President'],'Kazakhstan',['he','He'],['Mr Tokayev']),
 sp('Aidos Zhumabekov','person',['Aidos Zhumabekov'],['a political scientist in Almaty'],'Kazakhstan',note='invented'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['The Kremlin']),
 sp('Yerlan','person',['Yerlan'],['A shopkeeper in Almaty'],'Kazakhstan',['he'],note='invented; first name only'),
 sp(GEMFA,'organisation',['Georgia’s Foreign Ministry'],[],'Georgia',['the ministry']),
 sp('Irakli Garibashvili','person',['Irakli Garibashvili','Garibashvili'],['Prime Minister'],'Georgia',['the Prime Minister'],note='words invented'),
 sp('Nika Melia','person',['Nika Melia','Melia'],['the chair of the United National Movement'],'Georgia',note='words invented'),
 sp('Mamuka Khazaradze','person',['Mamuka Khazaradze'],['Lelo party leader'],'Georgia',['he'],note='words invented'),
 sp('Tornike Sharashenidze','person',['Tornike Sharashenidze'],['Georgian analyst'],'Georgia',['he'],note='words invented'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China',note='words paraphrased/invented'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Chinese Foreign Ministry spokesperson'],'China',note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['US Secretary of State'],'United States',note='words paraphrased'),
 sp('Li Wei','person',['Li Wei'],['a research fellow at the China Institutes of Contemporary International Relations'],'China',note='invented'),
 sp('Chinese government','organisation',['Beijing'],[],'China'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['he'],['Mr Putin'],note='words paraphrased'),
 sp('Alexander Tikhonenko','person',['Alexander Tikhonenko'],['Moscow-based military commentator'],'Russia',['he'],note='invented'),
 sp('Yerzhan Ashikbayev','person',['Yerzhan Ashikbayev'],['Deputy Foreign Minister'],'Kazakhstan',['he'],note='words invented'),
 sp(RDM,'organisation',['Russian Ministry of Defense'],[],'Russia',['the ministry']),
 sp('Madina Seitkali','person',['Madina Seitkali'],['Our correspondent in Almaty'],'Kazakhstan',['she'],note='invented'),
 sp(PPO,'organisation',['His office'],[],'Kazakhstan',['His office'],note='Tokayev\'s office'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Wendy Sherman','person',['Sherman'],['Deputy Secretary of State'],'United States',['she'],['Wendy =\nSherman'],note='full name only split by a QP soft break; words invented'),
 sp('NetBlocks','organisation',['NetBlocks'],['the monitoring group'],None),
 sp('Viktor Ahn','person',['Viktor Ahn'],['the CEO of a Pavlodar-based hosting company'],'Kazakhstan',note='invented'),
 sp('Alan Dorjiyev','person',['Alan Dorjiyev'],['the head of the National Association of Blockchain and Data Center Industry'],'Kazakhstan',['he'],note='words invented'),
 sp(MNMFA,'organisation',['Ministry of Foreign Affairs of Mongolia'],[],'Mongolia',['the Ministry']),
 sp('B.Battsetseg','person',['B.Battsetseg'],['Minister of Foreign Affairs'],'Mongolia',[],['Minister B.Battsetseg'],note='Batmunkh Battsetseg; Montsame initial form; words invented'),
 sp('D.Erlan','person',['D.Erlan'],['Governor of Bayan-Ulgii aimag'],'Mongolia',['he','The Governor'],note='invented'),
 sp('G.Narantsetseg','person',['G.Narantsetseg'],['Researcher at the Institute for Strategic Studies'],'Mongolia',['she'],note='invented'),
 sp('KHL','organisation',['KHL','Kontinental Hockey League'],[],'Russia',['the league']),
 sp('Alexei Morozov','person',['Alexei Morozov'],['KHL president'],'Russia',note='words invented'),
 sp('Tyler Brennan','person',['Tyler Brennan','Brennan'],['Canadian forward'],'Canada',['he'],note='invented'),
 sp('Arman Kuandykov','person',['Arman Kuandykov','Kuandykov'],['Assistant coach'],'Kazakhstan',note='invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','Ministry of Internal Affairs of Kazakhstan'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance','the bloc'],[],quoted=False,note='not quoted in this set; source of troop figures'),
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
