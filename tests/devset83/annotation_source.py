#!/usr/bin/env python3
"""Source of the devset83 annotation: the hand-chosen spans, values and dates for 757-764.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset83/annotation_source.py && python3 tests/devset83/verify.py
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
PGO="Kazakh Prosecutor General's Office"; RFM='Russian Foreign Ministry'; UKFO='UK Foreign Office'
def L(p,s): return ln(p,s)

# ---------------- 757 The Spectator Coffee House blog (8 January 2022, a Saturday)
art('757',0,L('757',"Tokayev's iron fist, Moscow's velvet glove"),L('757',"Kazakhstan's president has called in Russian help"),'The Spectator','2022-01-08',['Owen Marsh'],None,
    ['THE SPECTATOR','Coffee House | World | Subscribe | Log in','8 January 2022, 1:15pm','Facebook  Twitter  Email  Copy link','Written by','Topics in this article','Kazakhstan, Russia, World','Comments','Join the debate for just £1 a month'])
q('757','Those who refuse to lay down their weapons will be eliminated,',TOK,'the president','declared')
q('757','well-trained gangs from abroad',TOK,'He','called',partial=True,note='"He blamed what he called \\"…\\""')
q('757','This is a temporary deployment, and its size is limited,','Nikol Pashinyan','Pashinyan','wrote',note='written on Facebook')
q('757','for a limited period of time','Nikol Pashinyan','Pashinyan','adding',partial=True,note='full stop outside the closing mark (British style)')
q('757','Once Russian soldiers are invited in, the invitation has a way of becoming permanent,',None,'a former British ambassador to the region','told me',note='anonymous; "He asked not to be named"')
q('757','stabilise the situation','Kremlin','the Kremlin','said',partial=True,note='nearest-name trap: Vladimir Putin and Tokayev are named inside the reported clause; the Kremlin is the one who said it')
q('757','monitoring the situation closely',UKFO,'a spokesman','said',partial=True,note='unnamed Foreign Office spokesman; speaker given as the organisation')
q('757','restraint on all sides',UKFO,'a spokesman','urged',partial=True)
c('757','killed',26,None,'armed rioters killed',MIA,'26 armed rioters had been killed')
c('757','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('757','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('757','troops_deployed',2500,None,'CSTO troops moved into Kazakhstan',None,'move 2,500 men across a border')
e('757','2022-01-07','statement',None,[TOK],'On Friday Kassym-Jomart Tokayev went on television',note='"On Friday" from Saturday 8 Jan')
e('757','2022-01-08','casualty_report',None,[MIA],'The interior ministry said on Saturday')
e('757','2022-01-05','statement',None,[TOK,CSTO],'On Wednesday night he appealed to the Collective Security Treaty Organisation',note='appeal for CSTO help')
e('757',None,'statement',None,['Nikol Pashinyan'],'announced that peacekeepers were on their way',note='"within hours" of the Wednesday-night appeal (likely 2022-01-06 early); no day word')
e('757',None,'talks',None,['Vladimir Putin',TOK,'Kremlin'],'After a call between the two presidents',note='undated phone call')
e('757','2022-01-06','statement',None,[UKFO],'Asked about Kazakhstan on Thursday')
e('757',None,'talks','Geneva',['Russia','United States'],'Next week Russian diplomats sit down with the Americans in Geneva',note='"Next week" (relative period) → null; Brussels and Vienna rounds are in the same sentence')

# ---------------- 758 New Statesman World piece (10 January 2022, a Monday)
art('758',0,L('758','Geneva is where Russia tests whether America will blink'),L('758','Sergei Ryabkov arrived with a list of demands.'),'New Statesman','2022-01-10',['Priya Calloway'],None,
    ['New Statesman','Home | Politics | World | Culture | Podcasts | Subscribe','World','10 January 2022','By Priya Calloway','Topics in this article: Russia, Ukraine, United States, Kazakhstan','Subscribe to the New Statesman from £1 a week','Share this article'])
q('758','We have no trust in the Americans, but we came here to work,','Sergey Ryabkov','Sergei Ryabkov','told',note='"told reporters"; name followed by an appositive title')
q('758','difficult, long, very professional','Sergey Ryabkov','he','added',partial=True,note='comma outside the closing mark')
q('758','We were firm in pushing back on security proposals that are simply non-starters,','Wendy Sherman','she','told')
q('758',"to slam closed Nato's open-door policy",'Wendy Sherman','she','said',partial=True,note='interposed "Washington, she said, would not allow anyone"')
q('758','The main stage of the counter-terrorist operation is complete,',TOK,'he','said')
q('758','We will not allow anyone to rock the situation in our common home,','Vladimir Putin','the Russian president','said')
q('758','a rehearsal in plain sight',None,'One European diplomat in Geneva','described',partial=True,note='anonymous diplomat')
c('758','troops_deployed',2030,None,'CSTO troops in Kazakhstan',RDM,'numbers 2,030 troops',note='"according to the Russian defence ministry" before the figure')
c('758','killed',16,None,'servicemen killed during the unrest',TOK,'16 servicemen had been killed')
e('758','2022-01-09','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Over a working dinner on Sunday night')
e('758','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'eight hours of talks today at the US mission in Geneva',note='"today" = publication date')
e('758',None,'troop_deployment','Kazakhstan',[CSTO],'Last week Russian paratroopers flew into Kazakhstan',note='"Last week" → null')
e('758','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'Today Kassym-Jomart Tokayev told an online summit of the alliance',note='CSTO video summit')
e('758','2022-01-12','talks','Brussels',['Russia','NATO'],'On Wednesday the Russians move on to Brussels',note='NATO-Russia Council')
e('758','2022-01-13','talks','Vienna',['Russia','OSCE'],'on Thursday the talks shift to the OSCE in Vienna')

# ---------------- 759 Le Monde diplomatique English edition blog (Friday 14 January 2022)
art('759',0,L('759','Kazakhstan after the storm: the price of a borrowed army'),L('759','The last Russian transport planes had not yet left Almaty'),'Le Monde diplomatique','2022-01-14',['Anne-Claire Ferrand'],None,
    ['LE MONDE diplomatique','English edition','Blog › Diplomatic channels','by Anne-Claire Ferrand, Friday 14 January 2022','Translated by Krystyna Horko','Print   Share','Anne-Claire Ferrand is a journalist specialising in Central Asia.','Support independent journalism: subscribe to Le Monde diplomatique','© Le Monde diplomatique – 2022'])
q('759','a single centre',TOK,'he','blamed',partial=True)
q('759','Thanks to the first president, a group of very profitable companies and a layer of people rich even by international standards appeared in the country,',TOK,'Tokayev','told',note='"told the deputies"')
q('759','People are afraid to say anything on the phone,','Saule','Saule','says',note='present-tense inverted cue; first name only')
q('759','Everyone knows someone who was taken.','Saule','Saule','says',note='stand-alone continuation in the same paragraph; cue taken from the paragraph')
q('759','We did what we were asked to do, and we are leaving,','Sergey Lavrov','the Russian foreign minister','said')
q('759','talk for the sake of talk','Sergey Lavrov','he','complained',partial=True)
q('759','had nothing to offer Nur-Sultan except statements',None,'a French diplomat','admitted',partial=True,note='anonymous; cue interposed before the quote')
c('759','killed',225,None,'bodies delivered to morgues',PGO,'225 bodies had been delivered to morgues',note='bodies delivered = deaths')
c('759','killed',19,None,'police officers and soldiers among the dead',PGO,'including 19 police officers and soldiers')
c('759','detained',9900,None,'detentions in a week',MIA,'9,900 detentions')
c('759','troops_deployed',2030,None,'CSTO troops deployed to Kazakhstan',RDM,'The 2,030 troops deployed')
e('759','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'approved his new prime minister, Alikhan Smailov',note='"On Tuesday" from Friday 14 Jan')
e('759','2022-01-11','statement',None,[TOK],'he spoke of an attempted coup')
e('759','2022-01-13','casualty_report',None,[PGO],'The prosecutor general’s office said on Thursday')
e('759','2022-01-13','other','Almaty',[],'where the airport reopened on Thursday')
e('759','2022-01-13','withdrawal',None,['Andrei Serdyukov',CSTO],'At the handover ceremony on Thursday')
e('759','2022-01-14','statement',None,['Sergey Lavrov'],'at his annual press conference today')
e('759','2022-01-13','talks','Vienna',['Russia','OSCE'],'Thursday’s meeting of the Organization for Security and Co-operation in Europe')
e('759','2022-01-07','statement',None,['European Union'],'issued one on 7 January')

# ---------------- 760 TIME magazine online (JANUARY 7, 2022, a Friday)
art('760',0,L('760','Why Russia Is Sending Troops Into Kazakhstan'),L('760',"Russian paratroopers were guarding Almaty's airport"),'TIME','2022-01-07',['JENNA OKAFOR'],None,
    ['TIME','SUBSCRIBE','WORLD • KAZAKHSTAN','BY JENNA OKAFOR','JANUARY 7, 2022 5:32 PM EST','Kazakh servicemen patrol a street in central Almaty on Jan. 7, 2022. Alexei Marchenko—AP','MORE MUST-READS FROM TIME','• Inside the Fight Over the Filibuster','• The Best Movies of 2021','Contact us at letters@time.com'])
q('760','I have given the order to shoot to kill without warning,',TOK,'President Kassym-Jomart Tokayev','said')
q('760','What negotiations can there be with criminals and murderers?',TOK,'President Kassym-Jomart Tokayev','said',note='stand-alone continuation after the cue sentence, same paragraph')
q('760','Recent history suggests that once Russian troops are invited in, getting them to go home can be very hard,','Antony Blinken','Blinken','told',note='"told reporters on Friday"')
q('760','reflect on its own record',RFM,"Moscow's Foreign Ministry",'saying',partial=True,note='the one-word "offensive" in the same sentence is excluded')
q('760','Putin gets to present himself as the guarantor of order in the whole region, and at almost no cost,','Maya Ostrander','Maya Ostrander','says',note='name inside the quote (Putin) is a trap; cue after the quote')
q('760','That matters to him a great deal right now.','Maya Ostrander','Maya Ostrander','says',note='continuation in the same paragraph')
q('760','too early to say.','Ned Price','State Department spokesman Ned Price','said',partial=True,note='US style: full stop inside the closing mark')
c('760','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'it has sent about 2,500 troops')
c('760','killed',18,None,'security officers killed','Kazakh authorities','18 security officers have been killed',note='"dozens of protesters" in the same clause is vague, not a claim')
c('760','detained',3811,None,'people detained','Kazakh authorities','3,811 people have been detained')
c('760','troops_deployed',100000,'about','Russian troops massed near the Ukrainian border',None,'massed some 100,000 troops',note='"some" → about')
e('760','2022-01-07','troop_deployment','Almaty',['Russia',CSTO],"Russian paratroopers were guarding Almaty's airport on Friday")
e('760','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a day after the first planeloads',note='"a day after" Friday → Thursday 6 Jan')
e('760','2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e('760','2022-01-02','protest','Zhanaozen',[],'The protests began on Jan. 2 in the oil town of Zhanaozen')
e('760','2022-01-07','statement',None,['Antony Blinken'],'Blinken told reporters on Friday')
e('760',None,'statement',None,[RFM],"Moscow's Foreign Ministry answered within hours",note='"within hours" of Blinken\'s Friday remark; likely 2022-01-07/08')
e('760','2022-01-10','talks','Geneva',['United States','Russia'],'meet in Geneva on Monday')

# ---------------- 761 IP Quarterly (German Council on Foreign Relations) analysis (Jan 12, 2022, a Wednesday)
art('761',0,L('761',"Brussels, Vienna, Nur-Sultan: Germany's Test Week"),L('761','While NATO and Russia talked past each other in Brussels'),'IP Quarterly','2022-01-12',['Katharina Vollmer'],None,
    ['IP Quarterly','Internationale Politik Quarterly | German Council on Foreign Relations','Analysis | Europe | Russia','Jan 12, 2022','Katharina Vollmer','Share   Print   Download PDF',"Read more: Russia's Security Demands, Explained | The CSTO After Kazakhstan",'© IP Quarterly / DGAP 2022'])
q('761','There are significant differences between NATO allies and Russia on these issues,','Jens Stoltenberg','Jens Stoltenberg','said',note='"Secretary General Jens Stoltenberg said afterwards"')
q('761','Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat around the same table.','Jens Stoltenberg','Jens Stoltenberg','said',note='continuation in the same paragraph')
q('761','stop pretending that its expansion threatens no one','Alexander Grushko','Grushko','said',partial=True)
q('761','serious dialogue','Annalena Baerbock','Annalena Baerbock','called for',partial=True,note='"has called for"; two-word evaluative partial')
q('761','a return to spheres of influence in Europe','Annalena Baerbock','Annalena Baerbock','said',partial=True)
q('761','The mission has been successfully completed,',TOK,'he','told',note='"he told parliament"')
q('761',"Germany's Central Asia policy was built on the assumption that the region's stability was a given,",'Henrik Albers','Henrik Albers','says')
q('761','That assumption died in Almaty.','Henrik Albers','Henrik Albers','says',note='continuation in the same paragraph')
q('761','for clarity, not for statements',None,'one Berlin official','according to',partial=True,note='anonymous official; "according to" before the speaker')
c('761','troops_deployed',2030,None,'Russian soldiers sent to Kazakhstan',None,'Russia sent 2,030 soldiers')
c('761','killed',164,None,'death toll of the unrest','Kazakh officials','put the death toll at 164')
e('761','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'The NATO-Russia Council met today',note='"today" = publication date')
e('761',None,'other','Moscow',['Annalena Baerbock'],'who is due in Moscow next week',note='"next week" → null (real visit 18 Jan)')
e('761','2022-01-10','statement',None,['Annalena Baerbock'],'said on Monday that Germany would not accept')
e('761',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia sent 2,030 soldiers, the bulk of the CSTO force',note='"last week" → null')
e('761','2022-01-11','statement',None,[TOK],'On Tuesday Kassym-Jomart Tokayev announced')
e('761','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the contingent would begin in two days',note='"in two days" counted from the Tuesday announcement (11 Jan) → 13 Jan')

# ---------------- 762 NYR Daily (The New York Review) essay (January 17, 2022, a Monday)
art('762',0,L('762','Kazakhstan’s Bloody January'),L('762','The protests that began over the price of fuel'),'The New York Review','2022-01-17',['Elena Whitcombe'],None,
    ['The New York Review','NYR Daily','Sign In | Subscribe | Current Issue | Archive','Elena Whitcombe','January 17, 2022','Elena Whitcombe is a writer based in Tbilisi.','Related','Letter from Almaty','© 1963-2022 NYREV, Inc. All rights reserved.'])
q('762','They took my phone, then my husband’s, and then they took my son,','Gulnara Seitkali','Gulnara Seitkali','said',note='inverted cue "said his mother, Gulnara Seitkali"')
q('762','Nobody will tell us where he is.','Gulnara Seitkali','Gulnara Seitkali','said',note='continuation in the same paragraph')
q('762','all the tasks assigned to them.','Andrei Serdyukov','General Andrei Serdyukov','said',partial=True,note='full stop inside the closing mark')
q('762','We have shown that the CSTO is not a paper organization,','Vladimir Putin','he','said',note='"Putin was more expansive." in the previous sentence; the label “colour revolutions” in the same sentence is excluded')
q('762','nothing to suggest an attack directed from abroad.','Ned Price','State Department spokesman Ned Price','said',partial=True)
q('762','The time has come to pay the people of Kazakhstan back,',TOK,'he','said')
q('762','We hear reforms announced every January,',None,'a lawyer in Almaty','said',note='anonymous')
c('762','killed',225,None,'people died in the unrest',PGO,'225 people had died')
c('762','killed',19,None,'police and military among the dead',PGO,'19 of them from the police and the military')
c('762','injured',4500,'more than','people injured',PGO,'more than 4,500 had been injured')
c('762','detained',10000,None,'people in custody',MIA,'10,000 people were in custody')
e('762','2022-01-15','casualty_report',None,[PGO],'On Saturday the prosecutor general’s office announced',note='"On Saturday" from Monday 17 Jan')
e('762','2022-01-13','withdrawal',None,[CSTO,'Andrei Serdyukov'],'On Thursday, when the last CSTO units were ceremonially seen off')
e('762','2022-01-10','talks',None,['Vladimir Putin',CSTO],'the alliance’s video summit on January 10')
e('762',None,'statement',None,['Ned Price'],'Asked last week whether the United States accepted',note='"last week" → null')
e('762',None,'statement',None,[TOK],'In one of his speeches Tokayev promised to tackle inequality',note='undated speech (real: 11 Jan)')

# ---------------- 763 Jacobin magazine piece (01.11.2022 = US month.day → 11 January 2022, a Tuesday)
art('763',0,L('763','The Workers of Zhanaozen Started This'),L('763','Western coverage of Kazakhstan has been all about Putin'),'Jacobin','2022-01-11',['DANIYAR OSPANOV'],None,
    ['JACOBIN','Magazine | Catalyst | Donate | Subscribe','INTERNATIONAL / LABOR','BY','DANIYAR OSPANOV','01.11.2022','Tweet  Share  Email','FILED UNDER','Kazakhstan / Labor / Protests / Russia'])
q('763','We were not asking for a revolution. We were asking to be able to fill the car and feed our children,','Yerlan','Yerlan','told me',note='first name only; two sentences inside one pair of marks')
q('763','Everyone here remembers 2011,','Aliya Kuanysheva','Aliya Kuanysheva','said',note='year inside the quote (not a claim)')
q('763','That is why the people came out peacefully, and that is why they stayed peaceful.','Aliya Kuanysheva','Aliya Kuanysheva','said',note='continuation in the same paragraph')
q('763','fertile ground',TOK,'the president','conceded',partial=True,note='the one-word “terrorists,” earlier in the paragraph before is excluded')
q('763','They always promise, then they arrest the organizers,','Aliya Kuanysheva','she','said',note='"But Kuanysheva is not impressed." in the previous sentence')
c('763','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'the first of about 2,500 troops')
c('763','detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
e('763','2022-01-02','protest','Zhanaozen',[],'On January 2, when the price of liquefied gas in Zhanaozen doubled overnight')
e('763','2022-01-05','protest','Almaty',[],'by Wednesday it had reached Almaty',note='"by Wednesday" in a narrative of the first week → Wednesday 5 Jan (the previous week from Tue 11 Jan)')
e('763','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'on Thursday the first of about 2,500 troops',note='"on Thursday" in the past from Tue 11 Jan → 6 Jan')
e('763',None,'casualty_report',None,[MIA],'The interior ministry said over the weekend',note='"over the weekend" (8–9 Jan) → null')
e('763','2022-01-11','statement','Nur-Sultan',[TOK],'Speaking to parliament today')

# ---------------- 764 The Monocle Minute newsletter (Thursday 13/1/2022)
art('764',0,L('764','The Monocle Minute'),L('764','Good morning. Russian and Kazakh officers'),'Monocle','2022-01-13',[],None,
    ['The Monocle Minute','Thursday 13/1/2022','Monocle · Subscribe · Shop · Radio','OPENER / GLOBAL AFFAIRS','DIPLOMACY / VIENNA','BUSINESS / AVIATION','Monocle 24 · Listen live','Manage your subscription · Unsubscribe'],
    sections=(L('764','Taking leave'),L('764','Third time lucky?'),L('764','Back on the board')))
q('764','The tasks set before the peacekeepers have been carried out in full,','Andrei Serdyukov','he','said',note='"Colonel General Andrei Serdyukov, told reporters yesterday" in the previous sentence')
q('764','for his personal support',TOK,'Kassym-Jomart Tokayev','thanked',partial=True,note='"has thanked Vladimir Putin" — Putin is the nearest name but the object')
q('764','The risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Rau','told',note='"Rau told the Permanent Council"; duration inside the quote')
q('764','concrete answers, not lectures','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q('764',"Everyone in the Hofburg is waiting for Washington's written reply,",'Lena Hofbauer','she','says',note='invented correspondent')
q('764','Today is about being seen to keep talking.','Lena Hofbauer','she','says',note='continuation in the same paragraph')
c('764','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'the roughly 2,000 troops it sent last week',note='"roughly" → about; "40 flights" later is not a claim')
e('764','2022-01-13','withdrawal','Almaty',[CSTO],'holding a farewell ceremony in Almaty today')
e('764','2022-01-12','statement',None,['Andrei Serdyukov'],'told reporters yesterday that its work was done')
e('764',None,'statement',None,[TOK,'Vladimir Putin'],'has thanked Vladimir Putin')
e('764','2022-01-10','talks','Geneva',['United States','Russia'],'After Geneva on Monday')
e('764','2022-01-12','talks','Brussels',['NATO','Russia'],'and Brussels yesterday')
e('764','2022-01-13','talks','Vienna',['OSCE','Russia'],'opens today at the OSCE in Vienna')
e('764','2022-01-12','statement','Vienna',['Zbigniew Rau'],'set a sober tone on Wednesday')
e('764','2022-01-13','other','Almaty',[],'reopened to passenger flights this morning')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the president','he','He'],["Tokayev's","Tokayev’s"]),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['the Armenian prime minister'],'Armenia'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['the Kremlin']),
 sp(UKFO,'organisation',['Foreign Office'],[],'United Kingdom',['a spokesman'],note='unnamed spokesman'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],["Russia's deputy foreign minister"],'Russia',['he']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['the US deputy secretary of state'],'United States',['she'],["Sherman's"]),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',['the Russian president','he']),
 sp('Saule','person',['Saule'],['a nurse'],'Kazakhstan',note='invented; first name only'),
 sp('Sergey Lavrov','person',['Sergei Lavrov'],[],'Russia',['the Russian foreign minister','he']),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States'),
 sp(RFM,'organisation',['Foreign Ministry'],[],'Russia',["Moscow's Foreign Ministry"]),
 sp('Maya Ostrander','person',['Maya Ostrander'],['a Central Asia analyst at Georgetown University'],'United States',note='invented'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],None),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['Foreign Minister'],'Germany'),
 sp('Henrik Albers','person',['Henrik Albers'],['a researcher at the German Institute for International and Security Affairs'],'Germany',note='invented'),
 sp('Gulnara Seitkali','person',['Gulnara Seitkali'],[],'Kazakhstan',['his mother'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','General','the Russian commander of the force','The commander of the mission'],'Russia',['he']),
 sp('Yerlan','person',['Yerlan'],['a driller'],'Kazakhstan',note='invented; first name only'),
 sp('Aliya Kuanysheva','person',['Aliya Kuanysheva','Kuanysheva'],['a trade union activist from Aktau'],'Kazakhstan',['she'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's foreign minister","The organisation's new chair"],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia',note='words invented'),
 sp('Lena Hofbauer','person',['Lena Hofbauer'],["Monocle's Vienna correspondent"],'Austria',['she'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance']),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(PGO,'organisation',['prosecutor general’s office'],[],'Kazakhstan',quoted=False,note='source of figures; not quoted'),
 sp(RDM,'organisation',['Russian defence ministry'],[],'Russia',quoted=False,note='source of figures; not quoted'),
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
