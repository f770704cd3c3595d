#!/usr/bin/env python3
"""Source of the devset193 annotation: the hand-chosen spans, values and dates for 1637-1644.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset193/annotation_source.py && python3 tests/devset193/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; SER='Andrei Serdyukov'
KA='Kazakh authorities'; KO='Kazakh officials'; MOH='Kazakh Ministry of Health'

# ---------------- 1637 Meridale Analytica Daily Brief (Thursday, January 13, 2022)
P='1637'
art(P,0,ln(P,'KAZAKHSTAN: Tokayev will use CSTO exit'),ln(P,'Withdrawal of the Russian-led contingent removes'),'Meridale Analytica','2022-01-13',[],None,
    ['MERIDALE ANALYTICA','Daily Brief','Search | My briefs | Countries | Topics | Graphic Analysis | Sign out','Thursday, January 13, 2022','Source: Meridale Analytica Daily Brief','Topics: Kazakhstan, Russia, CSTO, Security, Domestic politics','Region: Russia/CIS','Print | Download PDF | Email to a colleague','Related briefs','KAZAKHSTAN: Fuel protests expose succession fault lines (January 5, 2022)','RUSSIA/US: Geneva talks set low bar for progress (January 11, 2022)','Meridale Analytica is an independent geopolitical analysis and advisory firm.','© Meridale Analytica Ltd 2022. All rights reserved. No redistribution without permission.'],
    sections=[ln(P,'\nSIGNIFICANCE\n')+1,ln(P,'\nIMPACTS\n')+1,ln(P,'\nANALYSIS\n')+1,ln(P,'\nRapid exit\n')+1,ln(P,'\nInternal reckoning\n')+1,ln(P,'\nLeverage\n')+1,ln(P,'\nCONCLUSION\n')+1])
q(P,'main mission',TOK,'Tokayev','said',partial=True,note='two-word partial; the sentence carries two partials joined by "had been"')
q(P,'successfully accomplished',TOK,'Tokayev','said',partial=True)
q(P,'in two days',TOK,'Tokayev','said',partial=True,note='"said in his January 11 address that the troops would start leaving"')
q(P,'great psychological importance',TOK,'Tokayev','credited',partial=True,note='cue "credited the mission with", second verb of the same sentence')
q(P,'fulfilled its tasks in full',SER,'Serdyukov','told',partial=True)
q(P,'layer of wealthy people',TOK,'Tokayev','criticised',partial=True,note='cue "criticised a …"; evaluative wording kept as a partial')
c(P,'killed',164,None,'official death toll',KA,'The official death toll of 164',note='in the IMPACTS bullet list; no agency named ("official")')
c(P,'troops_deployed',2030,None,'CSTO contingent in Kazakhstan',CSTO,'The CSTO contingent numbered 2,030 troops',note='"according to the organisation\'s secretariat"')
c(P,'other',250,'about','pieces of military hardware with the CSTO contingent',CSTO,'about 250 pieces of military hardware',note='equipment count; "other" as in earlier sets')
c(P,'detained',9900,None,'people detained nationwide',MIA,'9,900 people had been detained nationwide')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan today',note='"today" = the brief\'s date, Thursday 13 January')
e(P,None,'statement',None,[TOK,CSTO],'a week after President Kassym-Jomart Tokayev asked the Russian-led bloc for help',note='"a week after" is too loose to resolve (real request: night of 5 January)')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'In a speech to the Mazhilis (lower house) on January 11')
e(P,'2022-01-09','casualty_report',None,[KA],'first published on January 9')
e(P,'2022-01-13','other','Almaty',[SER,CSTO],'Serdyukov told a farewell ceremony in Almaty today')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'On January 6 the former chairman of the National Security Committee (KNB), Karim Masimov, was detained')
e(P,None,'appointment',None,[TOK,'Nursultan Nazarbayev'],'Tokayev had already taken over the chairmanship of the Security Council',note='no date given (real: 5 January)')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'He nominated Alikhan Smailov as prime minister; deputies approved him the same day',note='"In his Mazhilis speech" = the January 11 address; "the same day"')
e(P,'2022-01-12','casualty_report',None,[MIA],'The Interior Ministry said yesterday',note='"yesterday" from Thursday 13 January')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'The Russia-US talks in Geneva on January 10')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on January 12')

# ---------------- 1638 Grain Markets Weekly trade-magazine analysis (Jan. 11, 2022, Tuesday)
P='1638'
art(P,0,ln(P,'Kazakh unrest puts wheat and flour exports on hold'),ln(P,'Rail and payment disruption hits'),'Grain Markets Weekly','2022-01-11',['Hannah Voss'],'KANSAS CITY, MISSOURI, US',
    ['GRAIN MARKETS WEEKLY','Milling | Grain | Feed | Trade | Prices | Events | Subscribe','Home > Trade > Eurasia','By Hannah Voss','Senior Editor','Jan. 11, 2022','Related Articles','Russia sets wheat export quota for February-June','Uzbek flour mills seek new suppliers',"Turkey's wheat imports climb in December",'Copyright 2022 Grain Markets Weekly. All rights reserved.','Privacy Policy | Terms of Use | Advertise | Contact Us'],
    sections=[ln(P,'Small share, big neighbors')])
q(P,'For four or five days nobody could send a contract, nobody could pay for a wagon,','Daniyar Zhaksylykov','Daniyar Zhaksylykov','said',note='inverted cue "…," said NAME, long title after the name; durations are not claims')
q(P,'The grain was in the elevators, the wagons were on the sidings, but the paperwork simply stopped.','Daniyar Zhaksylykov','Daniyar Zhaksylykov','said',note='second quote after the interposed cue in the same paragraph')
q(P,'This is not a world price story, it is a regional food security story,','Marta Kowalczyk','Marta Kowalczyk','said')
q(P,'very cautious about anything that looks like rising bread prices','Marta Kowalczyk','she','expects',partial=True,note='"she expects the government to be …": an expectation verb as the cue')
q(P,'sufficient for now, but not for weeks.',None,'A humanitarian official in Kabul','said',partial=True,note='unnamed official ("asked not to be named"); closing mark after the period')
c(P,'troops_deployed',2000,'about','CSTO troops deployed in Kazakhstan',None,'about 2,000 troops were deployed')
c(P,'killed',164,None,'people who died in the unrest',KO,'Officials have said 164 people died')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',['Kazakh government'],'The government declared a nationwide state of emergency on Jan. 5')
e(P,'2022-01-10','other','Kazakhstan',[],'shipments resumed on Monday after banks reopened',note='"on Monday" from Tuesday Jan. 11')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan. 2 in the western oil town of Zhanaozen')
e(P,None,'troop_deployment','Kazakhstan',[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organization for help',note='undated (real: request 5 Jan, deployment from 6 Jan)')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev on Jan. 7 ordered a freeze',note='AP-style "on Jan. 7" after the subject')
e(P,'2022-01-10','statement',None,['Kazakh Ministry of Agriculture'],'the Ministry of Agriculture said on Monday')

# ---------------- 1639 Caledonian Post "Almaty notebook" (Friday 14 January 2022)
P='1639'
art(P,0,ln(P,'Almaty notebook: the week the city held its breath'),ln(P,'Our correspondent on bread queues'),'The Caledonian Post','2022-01-14',['Ruth Abernethy'],'ALMATY',
    ['The Caledonian Post','News | World | Business | Opinion | Culture | Sport | Puzzles','World > Asia','NOTEBOOK','Ruth Abernethy','Central Asia Correspondent','Friday 14 January 2022, 05:00 GMT',"Ruth Abernethy is The Caledonian Post's Central Asia correspondent.",'More on this story',"Kazakhstan's president turns on his predecessor's allies","Russia hails 'success' of Kazakh mission as troops fly home",'Explained: What is the CSTO?','Topics: Kazakhstan | Russia | Central Asia','Share | Save | Comments (48)'],
    sections=[ln(P,'THE QUEUE'),ln(P,'THE SQUARE'),ln(P,'THE NUMBERS'),ln(P,'THE SOLDIERS'),ln(P,'THE PHONES'),ln(P,'THE EXIT')])
q(P,'We have flour for two more days,','Serik','the baker','told',note='"the baker, a man in his sixties who gave his name only as Serik, told me": first name in apposition; quantity of flour is not a claim')
q(P,'After that, God knows.','Serik','the baker','told',note='continuation in the same paragraph')
q(P,'went on until the morning',None,'A student who lives nearby','would only say',partial=True,note='unnamed student')
q(P,'order has been fully restored',None,"Almaty's police chief",'said',partial=True,note='unnamed official identified only by role')
q(P,'They guarded the buildings. We did the work,',None,'A Kazakh officer at a checkpoint','said',note='"he said"; he = the unnamed officer')
q(P,'I had 140 messages from my mother,','Dinara Utepova','Dinara Utepova','said',note='inverted cue; 140 messages is not a claim')
q(P,'Every one of them says: are you alive?','Dinara Utepova','Dinara Utepova','said',note='continuation after the interposed cue; a colon inside the quote')
q(P,'has been completed',SER,'Colonel-General Andrei Serdyukov','told',partial=True)
q(P,'Everyone is waiting to see who will be punished,','Yerzhan Mukanov','Yerzhan Mukanov','said')
q(P,'The question is whether it will be the people who shot, or the people who were shot at.','Yerzhan Mukanov','Yerzhan Mukanov','said')
c(P,'killed',164,None,'people killed in the unrest',KA,'164 people had been killed',note='"on Monday officials said the figure had been posted by mistake, but did not offer another"')
c(P,'killed',103,None,'people killed in Almaty',KA,'including 103 in Almaty',note='part of the withdrawn 164 figure')
c(P,'detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained across the country')
e(P,'2022-01-08','other','Almaty',[],'On Saturday morning the line outside the bakery',note='"Saturday" from Friday 14 January = 8 January')
e(P,'2022-01-05','protest','Almaty',[],'where the crowds gathered on 5 January')
e(P,'2022-01-06','other','Almaty',[],'the shooting on the night of 6 January')
e(P,'2022-01-09','casualty_report',None,[KA],'On Sunday the authorities said')
e(P,'2022-01-10','statement',None,[KO],'on Monday officials said the figure had been posted by mistake')
e(P,'2022-01-12','casualty_report',None,[MIA],'By Wednesday the Interior Ministry said',note='"By Wednesday" read as Wednesday 12 January')
e(P,None,'statement','Almaty',["Almaty police"],'At a press conference',note='undated press conference of the police chief')
e(P,'2022-01-10','other','Kazakhstan',[],'It came back on Monday, in pieces.',note='mobile internet restored')
e(P,'2022-01-13','other','Almaty',[SER,CSTO],'On Thursday Colonel-General Andrei Serdyukov',note='ceremony at the airport')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'The first transport planes left for Russia in the afternoon',note='day from "On Thursday" in the previous sentence')

# ---------------- 1640 Central Eurasia Analytical Digest No. 58 (14 January 2022), PDF text, 3 articles
P='1640'
L40=T[doc(P)].split('\n')
art(P,0,ln(P,"Who Called the Troops? The CSTO Deployment and Kazakhstan's Elite Conflict\nAliya Baimukhanova (Nazarbayev University, Nur-Sultan)\n\nDOI"),ln(P,'The first collective deployment in the history'),'Central Eurasia Analytical Digest','2022-01-14',['Aliya Baimukhanova'],None,
    [L40[0],'central eurasia','analytical digest','www.cead-digest.org',"KAZAKHSTAN'S JANUARY CRISIS",'■ ANALYSIS','■ CHRONICLE',L40[18],L40[20],'ANALYSIS','DOI: 10.3929/cead-000058-a','Abstract',L40[40],'About the Author','Aliya Baimukhanova is Assistant Professor of Political Science at Nazarbayev University, Nur-Sultan.'],
    ls=ln(P,"Who Called the Troops? The CSTO Deployment and Kazakhstan's Elite Conflict\nAliya Baimukhanova (Nazarbayev University, Nur-Sultan)\n\nDOI"),le=ln(P,'Aliya Baimukhanova is Assistant Professor'),
    sections=[ln(P,'The Request'),ln(P,'The Purge')])
art(P,1,ln(P,'Price Shock, Protest and Repression: A Social Reading of the Unrest\nTobias Renner (University of Freiburg)\n\nDOI'),ln(P,'The January protests began as a local dispute'),'Central Eurasia Analytical Digest','2022-01-14',['Tobias Renner'],None,
    [L40[49],'ANALYSIS','DOI: 10.3929/cead-000058-b','Abstract','About the Author','Tobias Renner is a postdoctoral researcher at the Department of Sociology, University of Freiburg.'],
    ls=ln(P,'Price Shock, Protest and Repression: A Social Reading of the Unrest\nTobias Renner (University of Freiburg)\n\nDOI'),le=ln(P,'Tobias Renner is a postdoctoral researcher'),
    sections=[ln(P,'From Gas to Grievance'),ln(P,'The Cost')])
art(P,2,ln(P,'From Zhanaozen to Withdrawal, 2–13 January 2022\n\n2 January'),ln(P,'2 January 2022\tProtests against'),'Central Eurasia Analytical Digest','2022-01-14',['Lena Wiesner'],None,
    [L40[72],'CHRONICLE','Compiled by Lena Wiesner','ABOUT THE CENTRAL EURASIA ANALYTICAL DIGEST','Editors: Lena Wiesner, Marc Dubois, Aliya Baimukhanova','ISSN 2297-4410 © 2022 by CEAD Editorial Board'],
    ls=ln(P,'From Zhanaozen to Withdrawal, 2–13 January 2022\n\n2 January'),le=ln(P,'Compiled by Lena Wiesner'))
t40=T[doc(P)]
s=t40.index('"the order to open fire without')+1; k=t40.index('warning". Four days')+len('warning')
q(P,'terrorist threat',TOK,'he','described as',art=0,partial=True,note='"what he described as"; he = Tokayev, subject of the main clause')
q(P,'collective peacekeeping force','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announced',art=0,partial=True,note='"announced within hours that a … would be sent"; real phrase, paraphrased context')
q(P,'20,000 bandits',TOK,'Tokayev','claim',art=0,partial=True,note='borderline: "Tokayev\'s claim that Almaty had been attacked by"; a noun ("claim") as the cue; the number is also a claim record')
q(P,'the word aggression was chosen because it was the only door in the treaty that was open',None,'A senior Kazakh diplomat','conceded',art=0,partial=True,note='anonymous diplomat "speaking to the author in confidence"; unquoted "aggression" inside')
q(P,t40[s:k],TOK,'Tokayev','said',art=0,malformed=True,partial=True,note='the quote runs across a PDF page break: the running head "CENTRAL EURASIA ANALYTICAL DIGEST No. 58, 14 January 2022 … 3" and two blank lines sit between "without" and "warning"')
q(P,'successfully completed',TOK,'he','told',art=0,partial=True,note='"Four days later he told the Mazhilis"; he = Tokayev, across the page break')
q(P,'The troops were an insurance policy. Once the KNB was in new hands, the policy could be cancelled.','Nurbol Sarsenov','Nurbol Sarsenov','put it more bluntly',art=0,note='cue "put it more bluntly in a podcast recorded for this issue:" followed by a colon')
q(P,'We were not asking for a revolution, we were asking for gas at fifty tenge,',None,'one driver','told',art=1,note='anonymous interviewee; the price is not a claim')
q(P,'an act of aggression',TOK,'Tokayev','insisted',art=1,partial=True)
q(P,'bandits and murderers',TOK,'Tokayev','rejects',art=2,partial=True,note='chronicle entry in the present tense: "Tokayev rejects talks with"')
c(P,'troops_deployed',2030,None,'CSTO contingent personnel',CSTO,'the contingent had reached 2,030 personnel',art=0,note='"according to the CSTO secretariat"')
c(P,'other',20000,None,'"bandits" said to have attacked Almaty',TOK,'attacked by "20,000 bandits"',art=0,note='a disputed figure that the author says was not supported by evidence; kept because it is attributed, with the quote also recorded')
c(P,'injured',2200,'more than','people who sought medical help',MOH,'more than 2,200 people had sought medical help',art=1)
c(P,'detained',9900,None,'people detained',MIA,'9,900 people had been detained',art=1)
c(P,'killed',16,None,'members of the security forces killed',KO,'16 members of the security forces were killed',art=1)
c(P,'killed',164,None,'people dead',KA,'Authorities report 164 dead',art=2)
c(P,'killed',103,None,'people dead in Almaty',KA,'among them 103 in Almaty',art=2)
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On the night of 5 January, President Kassym-Jomart Tokayev appealed',art=0)
e(P,None,'statement',None,['Nikol Pashinyan',CSTO],'announced within hours',art=0,note='"within hours" of the night of 5 January (real: early 6 January)')
e(P,'2022-01-08','troop_deployment','Kazakhstan',[CSTO],'By 8 January the contingent had reached',art=0)
e(P,'2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'On 5 January Tokayev replaced Nursultan Nazarbayev as chair of the Security Council',art=0)
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'on 6 January the former head of the National Security Committee',art=0)
e(P,'2022-01-07','statement',None,[TOK],'In his televised address of 7 January',art=0)
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'Four days later he told the Mazhilis',art=0,note='"Four days later" than 7 January')
e(P,'2022-01-01','other','Mangystau',[],'The lifting of the price cap on liquefied petroleum gas on 1 January',art=1)
e(P,'2022-01-02','protest','Zhanaozen',[],'Protests began in Zhanaozen on 2 January',art=1)
e(P,None,'casualty_report',None,[MOH],'The Ministry of Health reported',art=1,note='undated')
e(P,'2022-01-12','casualty_report',None,[MIA],'the Interior Ministry said on 12 January',art=1)
e(P,'2022-01-02','protest','Zhanaozen',[],'Protests against the doubling of the price of liquefied gas begin in Zhanaozen',art=2)
e(P,'2022-01-04','protest','Almaty',[],'Protests spread to Almaty, Aktobe, Atyrau and other cities.',art=2)
e(P,'2022-01-05','government_resignation',None,[TOK],'Tokayev accepts the resignation of the government',art=2)
e(P,'2022-01-05','state_of_emergency','Almaty',[TOK],'declares a state of emergency in Almaty and Mangystau',art=2)
e(P,'2022-01-05','protest','Almaty',[],'The akimat in Almaty is set on fire.',art=2)
e(P,'2022-01-05','statement',None,[TOK,CSTO],'At night, Tokayev asks the CSTO for help.',art=2)
e(P,'2022-01-06','talks',None,[CSTO],'The CSTO Collective Security Council agrees to send a peacekeeping contingent.',art=2)
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'Karim Masimov is detained.',art=2)
e(P,'2022-01-07','statement',None,[TOK],'In a televised address, Tokayev rejects talks',art=2)
e(P,'2022-01-09','casualty_report',None,[KA],'Authorities report 164 dead, among them 103 in Almaty.',art=2)
e(P,'2022-01-10','other','Kazakhstan',[],'National day of mourning.',art=2)
e(P,'2022-01-10','talks',None,[CSTO],'Extraordinary online CSTO summit.',art=2)
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'Russian–US strategic stability talks in Geneva.',art=2)
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev addresses the Mazhilis',art=2)
e(P,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'Alikhan Smailov is confirmed as prime minister.',art=2)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO–Russia Council meets in Brussels.',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Withdrawal of the CSTO contingent begins',art=2)
e(P,'2022-01-13','talks','Vienna',['OSCE'],'OSCE Permanent Council meets in Vienna.',art=2)

# ---------------- 1641 Seven Days (Sunday Recorder Magazine) cover story (Sunday 9 January 2022)
P='1641'
art(P,0,ln(P,'Seven days that shook Kazakhstan'),ln(P,'It started with the price of gas'),'The Sunday Recorder','2022-01-09',['Tomasz Wierzbicki'],None,
    ['SEVEN DAYS','The Sunday Recorder Magazine','Magazine | Cover story | Food | Style | Travel | Puzzles','COVER STORY','By Tomasz Wierzbicki','Photographs by Arman Seitov','Sunday 9 January 2022','BY THE NUMBERS','This article appears in the 9 January 2022 issue of Seven Days. Subscribe to the print edition.','More from the magazine',"The long goodbye: inside Nazarbayev's final decade",'Recipes: warming soups for a grey January'],
    sections=[ln(P,'\nThe fire\n')+1,ln(P,'\nThe order\n')+1,ln(P,'\nThe cost\n')+1])
q(P,'Stability was the product,','Aigul Sadykova','Dr Aigul Sadykova','says',note='present-tense inverted cue "…," says Dr NAME')
q(P,'What we learned this week is how thin the packaging was.','Aigul Sadykova','Dr Aigul Sadykova','says',note='continuation; the same words recur in the pull quote')
q(P,'I saw young men with sticks, then men with guns, and I could not tell you who was who,','Madi Rakhimov','he','said',note='he = Madi Rakhimov, named at the start of the paragraph')
q(P,'Nobody in my building slept.','Madi Rakhimov','he','said')
q(P,'Stability was the product. What we learned this week is how thin the packaging was.','Aigul Sadykova','Dr Aigul Sadykova',None,note='pull quote (own record, cue null); it joins the two halves of the Sadykova quote but follows the Rakhimov paragraph, so the nearest name is a trap')
q(P,'without warning',TOK,'Tokayev','said',partial=True,note='"nonsense" and "terrorists" in the same paragraph are one-word labels, excluded')
q(P,"Crowds don't organise themselves in an afternoon, but there is no evidence yet that anyone outside the country did it,",'Aigul Sadykova','Dr Sadykova','says')
q(P,'Tokayev needed the Russians for a week, not for a year,','Viktor Halloran','he','said',note='the name inside the quote (Tokayev) is not the speaker')
q(P,'The question is what he promised in return.','Viktor Halloran','he','said')
c(P,'detained',5800,None,'people detained, including foreign citizens','Kazakh presidential office',"5,800 people had been detained")
c(P,'killed',164,None,'people killed',MOH,'164 people killed, according to the health ministry',note='"BY THE NUMBERS" fact box')
c(P,'detained',5800,None,'people detained in the first week',None,'5,800 detained in the first week',note='fact box; repeats the body figure')
c(P,'troops_deployed',2030,None,'troops in the CSTO contingent',None,'2,030 troops in the CSTO contingent',note='fact box')
e(P,'2022-01-01','other','Mangystau',[],"doubled on New Year's Day",note="New Year's Day")
e(P,'2022-01-02','protest','Zhanaozen',[],'On 2 January they blocked a road.')
e(P,'2022-01-05','protest','Almaty',[],'On 5 January crowds in Almaty stormed the city administration building')
e(P,'2022-01-05','government_resignation',None,[TOK],'That night President Kassym-Jomart Tokayev dismissed the government',note='"That night" = 5 January')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organization for help',note='same sentence as the dismissal, "That night"')
e(P,'2022-01-07','troop_deployment','Almaty',['Russia',CSTO],'By Friday, Russian paratroopers were landing',note='"By Friday" read as Friday 7 January')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address that morning',note='"that morning" = Friday')
e(P,None,'arrest',None,['Karim Masimov'],'has been arrested on suspicion of treason',note='undated')
e(P,'2022-01-08','casualty_report',None,['Kazakh presidential office'],"On Saturday the president's office said")
e(P,'2022-01-10','other','Kazakhstan',[],'Monday has been declared a day of national mourning.',note='future Monday from Sunday 9 January')

# ---------------- 1642 Weekend Courier personal-finance column (Saturday 8 January 2022)
P='1642'
art(P,0,ln(P,'What the turmoil in Kazakhstan means for your emerging-market fund'),ln(P,'Most savers have never heard'),'The Weekend Courier','2022-01-08',['Priya Castellan'],None,
    ['THE WEEKEND COURIER','Money','Money > Investing > Emerging markets','Questions about your money? Email yourmoney@weekendcourier.co.uk',"THE INVESTOR'S DESK",'Priya Castellan, Investment Columnist','Saturday 8 January 2022, 7:00 am','Important: the value of investments can fall as well as rise. This column is for information only and is not financial advice.','READER POLL','Would you invest in emerging markets in 2022?','Yes 34%   No 49%   Not sure 17%','(1,204 votes)','Related','Five funds for a volatile year','Is it time to rethink your commodities exposure?',"Priya Castellan is The Weekend Courier's investment columnist. She does not hold shares in any company mentioned."],
    sections=[ln(P,'Uranium is the bigger story'),ln(P,'Should you sell?')])
q(P,'Nobody is worried about the mines,','Gareth Pennock','Gareth Pennock','said')
q(P,'People are worried about the trains and about who signs the contracts next month.','Gareth Pennock','Gareth Pennock','said')
q(P,'If you are in a diversified fund, Kazakhstan is a rounding error,','Helen Marchbank','Helen Marchbank','said',note='the paragraph opens with the unquoted "say most of the advisers I spoke to"')
q(P,'Selling in a panic is how people turn a bad week into a bad decade.','Helen Marchbank','Helen Marchbank','said')
q(P,'a very thick cushion','Gareth Pennock','Pennock','believes',partial=True,note='belief verb as the cue; surname only')
c(P,'troops_deployed',2500,'about','CSTO force sent to Kazakhstan',CSTO,'about 2,500 strong according to the alliance')
c(P,'detained',4000,'more than','people detained',MIA,'more than 4,000 people had been detained')
e(P,'2022-01-02','protest',None,[],'began in the west of the country on Sunday',note='"Sunday" before Saturday 8 January = 2 January')
e(P,'2022-01-05','protest','Almaty',[],'turned violent by Wednesday, when government buildings in Almaty were set on fire')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'By Thursday a Russian-led force',note='"By Thursday" read as 6 January')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said on Friday')
e(P,'2022-01-05','other','Almaty',['Kazakhstan Stock Exchange'],'The Kazakhstan Stock Exchange suspended trading on Wednesday')
e(P,'2022-01-06','statement',None,['Kazatomprom'],'Kazatomprom said on Thursday')
e(P,'2022-01-07','other','Tengiz',[],'Production at the giant Tengiz field was briefly reduced on Friday')

# ---------------- 1643 History Matters "The Long View" (12 January 2022, Wednesday)
P='1643'
art(P,0,ln(P,"December 1986, December 2011, January 2022: Kazakhstan's protests"),ln(P,'Three times in 35 years'),'History Matters','2022-01-12',['Owen Brightwater'],None,
    ['HISTORY MATTERS','The magazine for curious minds','Home | Magazine | Podcast | Periods | Places | Quizzes | Shop | Subscribe','Places > Central Asia > Kazakhstan','THE LONG VIEW','Published: 12 January 2022 at 3:15 pm','Owen Brightwater','Reading time: 6 minutes','Further reading','Explore: Soviet Union | Cold War | Central Asia | Protest movements','You may also like','The Alma-Ata declaration of 1991: how the Soviet Union ended on paper','Quiz: How much do you know about the Silk Road?','Sign up for the History Matters newsletter'],
    sections=[ln(P,'The oil town'),ln(P,'The foreign troops'),ln(P,'The dead')])
q(P,'Every generation in Kazakhstan has its square,','Saule Akhmetova','Professor Saule Akhmetova','says',note='present-tense inverted cue; "Zheltoqsan (\\"December\\")" gloss on the line above is excluded (one-word translation)')
q(P,'In 1986 it was about who had the right to rule the republic. In 2022 it began as a question about the price of gas, but very quickly it became the same question.','Saule Akhmetova','Professor Saule Akhmetova','says')
q(P,'Zhanaozen never healed,','Ruslan Beketov','Dr Ruslan Beketov','says')
q(P,'People there learned in 2011 that the state can shoot. What surprised everyone this time is that the anger spread far beyond the west.','Ruslan Beketov','Dr Ruslan Beketov','says')
q(P,'Those were invasions against the will of the governments concerned; this was an invitation,','Ruslan Beketov','Beketov','says')
q(P,'But an invitation creates debts, and history shows those debts are usually collected.','Ruslan Beketov','Beketov','says')
q(P,'a group of very profitable companies and a layer of wealthy people',TOK,'Tokayev','saying',partial=True,note='"saying that thanks to the first president"; the first president (Nazarbayev) is mentioned, not the speaker')
q(P,'It took decades to establish what happened in 1986,','Saule Akhmetova','she','says',note='she = Akhmetova (surname in the previous sentence)')
q(P,'I hope it will not take so long this time.','Saule Akhmetova','she','says')
c(P,'troops_deployed',2000,'more than','CSTO troops in Kazakhstan',None,'more than 2,000 troops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan')
c(P,'killed',164,None,'people killed',KO,'164 people had been killed',note='"later withdrawn from the official channel where it first appeared"')
e(P,None,'protest','Almaty',[],'When crowds filled the central square of Almaty last week',note='"last week" is not a single day')
e(P,'2022-01-02','protest','Zhanaozen',[],'on 2 January this year, that the latest protests began')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'On 6 January the Collective Security Treaty Organization')
e(P,'2022-01-10','troop_deployment','Kazakhstan',[CSTO],'By Monday more than 2,000 troops',note='"By Monday" from Wednesday 12 January = 10 January')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday, Tokayev told parliament')
e(P,'2022-01-09','casualty_report',None,[KO],'Officials said on Sunday')
e(P,None,'statement',None,[KO],'the figure was later withdrawn from the official channel',note='undated')

# ---------------- 1644 Compass monthly reportage, February 2022 issue (posted January 14, 2022, Friday)
P='1644'
art(P,0,ln(P,'The women at the gate'),ln(P,'Outside a detention centre in Almaty, mothers'),'Compass','2022-01-14',['Ingrid Solheim'],None,
    ['COMPASS','monthly','Current issue | Archive | Reportage | Essays | Fiction | Podcast | Subscribe','REPORTAGE  /  FEBRUARY 2022 ISSUE','By Ingrid Solheim','January 14, 2022','Illustration by Mika Tanaka for Compass','Ingrid Solheim is a writer and reporter based in Tbilisi. Her last piece for Compass was about migrant workers in Georgia.','This article appears in the February 2022 issue of Compass, with the headline "Waiting at the green gate". Subscribe now.','Share  Tweet  Email','Read next','The last days of the newspaper kiosk',"How Georgia's wine villages survived the pandemic"],
    sections=[ln(P,"A lawyer's list"),ln(P,'\nWaiting\n')+1])
q(P,'They told me at the police station that he is not on any list,','Gulnara','she','said',note='she = Gulnara, first name only (family name withheld)')
q(P,"Then a man I don't know called from a hidden number and said he was here.",'Gulnara','she','said',note='"said" inside the quote is not the cue')
q(P,'the guilty will be punished',TOK,'President Kassym-Jomart Tokayev','has said',partial=True,note='second of two that-clauses after "has said"; the first holds the one-word "terrorists" (excluded)')
q(P,'In the first days nobody was allowed to see a lawyer. Nobody,','Zhanna Ibrayeva','she','said',note='she = Zhanna Ibrayeva, named earlier in the paragraph')
q(P,'We have clients with broken ribs, with burns. We have clients who were made to confess on camera.','Zhanna Ibrayeva','she','said')
q(P,'words for the foreigners','Zhanna Ibrayeva','she','called the promise',partial=True)
q(P,'in strict accordance with the law','Elvira Azimova','Elvira Azimova','said',partial=True)
q(P,'I am not political. I never went to any protest,','Aliya','Aliya','said',note='first name only')
q(P,'I just want someone to tell me where he is.','Aliya','Aliya','said')
c(P,'detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people were detained across Kazakhstan')
c(P,'other',30,'at least','cases of detainees describing beatings or torture','Zhanna Ibrayeva','at least 30 cases in which detainees described being beaten or tortured',note='documented by one lawyer; the 312 names on her spreadsheet are not a claim')
e(P,'2022-01-09','other','Almaty',['Gulnara'],'has been coming every day since Sunday',note='"since Sunday" from Friday 14 January = 9 January')
e(P,'2022-01-06','other','Almaty',[],'on the evening of 6 January',note='the son disappears')
e(P,'2022-01-02','protest','Kazakhstan',[],'the riots that began on 2 January')
e(P,'2022-01-11','statement',None,["Prosecutor General's Office"],"The Prosecutor General's Office said on Tuesday")
e(P,'2022-01-11','statement',None,['Elvira Azimova'],'said on 11 January')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','He'],["Tokayev's"],note='real; words paraphrased or invented'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','the commander of the CSTO contingent',"the commander of Russia's Airborne Forces"],'Russia',[],[],note='real; words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',note='real; context paraphrased'),
 sp('Elvira Azimova','person',['Elvira Azimova'],["Kazakhstan's human rights commissioner"],'Kazakhstan',note='real ombudsman; words invented'),
 sp('Daniyar Zhaksylykov','person',['Daniyar Zhaksylykov'],['executive director of the Northern Kazakhstan Millers’ Association'],'Kazakhstan',['He'],note='invented'),
 sp('Marta Kowalczyk','person',['Marta Kowalczyk','Kowalczyk'],['senior grain analyst'],'Poland',['she','Ms. Kowalczyk'],note='invented'),
 sp('Serik','person',['Serik'],[],'Kazakhstan',['the baker','a man in his sixties'],note='invented; first name only'),
 sp('Dinara Utepova','person',['Dinara Utepova'],['a 28-year-old designer'],'Kazakhstan',note='invented'),
 sp('Yerzhan Mukanov','person',['Yerzhan Mukanov'],['a political analyst at an Almaty university'],'Kazakhstan',note='invented'),
 sp('Nurbol Sarsenov','person',['Nurbol Sarsenov'],['a Nur-Sultan political commentator'],'Kazakhstan',note='invented'),
 sp('Aigul Sadykova','person',['Aigul Sadykova','Sadykova'],['a senior fellow at the Steppe Policy Centre in London'],'Kazakhstan',['She'],['Dr Aigul Sadykova','Dr Sadykova'],note='invented'),
 sp('Madi Rakhimov','person',['Madi Rakhimov'],['a 34-year-old taxi driver'],'Kazakhstan',['he'],note='invented'),
 sp('Viktor Halloran','person',['Viktor Halloran'],['a former British diplomat'],'United Kingdom',['he'],note='invented'),
 sp('Gareth Pennock','person',['Gareth Pennock','Pennock'],[],'United Kingdom',note='invented; manages a natural resources fund at Thornbury Asset Management (invented)'),
 sp('Helen Marchbank','person',['Helen Marchbank'],['a chartered financial planner in Leeds'],'United Kingdom',note='invented'),
 sp('Saule Akhmetova','person',['Saule Akhmetova','Akhmetova'],['Professor'],'Kazakhstan',['she'],['Professor Saule Akhmetova'],note='invented'),
 sp('Ruslan Beketov','person',['Ruslan Beketov','Beketov'],['a historian at the Central Asia Institute in Berlin'],'Kazakhstan',[],['Dr Ruslan Beketov'],note='invented'),
 sp('Gulnara','person',['Gulnara'],[],'Kazakhstan',['she'],note='invented; first name only'),
 sp('Zhanna Ibrayeva','person',['Zhanna Ibrayeva','Ibrayeva'],['a defence lawyer'],'Kazakhstan',['she'],note='invented'),
 sp('Aliya','person',['Aliya'],[],'Kazakhstan',note='invented; first name only ("Aliya Baimukhanova" in 1640 is a different person)'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of detention figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','the organisation\'s secretariat','the CSTO secretariat'],[],quoted=False,note='source of troop figures; not quoted'),
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
