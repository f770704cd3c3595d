#!/usr/bin/env python3
"""Source of the devset70 annotation: the hand-chosen spans, values and dates for 653-660.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset70/annotation_source.py && python3 tests/devset70/verify.py
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
TCO='Tengizchevroil'; RYAB='Sergey Ryabkov'; SHER='Wendy Sherman'; SERD='Andrei Serdyukov'; MIRZ='Magzum Mirzagaliyev'

# ---------------- 653 S&P Global Platts-style news item (06 Jan 2022, a Thursday)
art('653',0,5,16,'S&P Global Platts','2022-01-06',['Marat Seitkali'],'London',
    ['S&P Global Platts','Home | Market Insights | Latest News | Oil','Oil | Crude Oil','Author  Marat Seitkali','Editor  Jonathan Pryce','Commodity  Oil',
     'Topic  Kazakhstan Crisis','06 Jan 2022 | 15:22 UTC','HIGHLIGHTS','Related Content',"Kazakhstan's CPC Blend exports seen steady in February",
     'OPEC+ sticks to 400,000 b/d monthly increase','Share','Twitter | LinkedIn | Email','Platts is a trademark of S&P Global Inc. All rights reserved.'])
q('653','Some contractors have temporarily disrupted rail lines in support of the protests, and production has been adjusted accordingly,',TCO,'Tengizchevroil','said in a statement',note='quote opens the paragraph; the company cue follows the closing mark')
q('653','safe and under control',TCO,'The company','added',partial=True,note='"The company added that its facilities remained “…”"')
q('653','according to the schedule','Caspian Pipeline Consortium','The Caspian Pipeline Consortium','said',partial=True,note='subject separated from "said" by a relative clause')
q('653','The risk is not the oilfield itself, it is the people and the railways around it,','Aigerim Bekova','Aigerim Bekova','said',note='inverted cue "…," said Aigerim Bekova, a Caspian analyst at …; invented analyst')
q('653','For now we see no impact on the pipeline, but the market is watching every convoy.','Aigerim Bekova','Aigerim Bekova','said',note='second half after the interposed inverted cue, same paragraph')
q('653','a mistake of the market',MIRZ,'Energy Minister Magzum Mirzagaliyev','calling',partial=True,note='"told reporters on Tuesday that …, calling the increase “…”"; words invented')
c('653','troops_deployed',2500,'about','CSTO peacekeeping force in Kazakhstan',CSTO,'would number about 2,500 troops',note='"The alliance said"')
c('653','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces have been killed',note='written-out figure at a sentence start')
c('653','detained',2000,'more than','people detained',MIA,'more than 2,000 people have been detained')
e('653','2022-01-06','other','Tengiz',[TCO],'was reduced Jan. 6',note='production cut; "Jan. 6" with a full stop after the abbreviation')
e('653','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the first troops of the Russian-led Collective Security Treaty Organization arrived in the country',note='"as" ties the arrival to Jan. 6 in the same sentence')
e('653',None,'statement',None,[TCO],'Tengizchevroil said in a statement',note='undated (the production cut is dated)')
e('653','2022-01-02','protest','Zhanaozen',[],'Protests began Jan. 2 in the oil town of Zhanaozen')
e('653','2022-01-05','protest','Almaty',[],"where the mayor's office was set on fire on Wednesday",note='Wednesday before Thursday 6 Jan')
e('653','2022-01-04','statement',None,[MIRZ],'told reporters on Tuesday that the government would return',note='Tuesday before Thursday 6 Jan')
e('653','2022-01-05','government_resignation',None,[TOK],'dismissed the government on Jan. 5')
e('653','2022-01-05','other',None,[TOK,CSTO],'asked the CSTO for help',note='request for CSTO help, same sentence as "on Jan. 5"')
e('653','2022-01-06','casualty_report',None,[MIA],'the Interior Ministry said Thursday',note='"said Thursday" without "on"')

# ---------------- 654 Argus Media-style news (07 January 2022, a Friday)
art('654',0,4,8,'Argus Media','2022-01-07',[],'Nur-Sultan',
    ['Argus Media','Home > News and analysis > Latest market news','Published date: 07 January 2022','Send to a friend','Request more information',
     'Copyright © 2022. Argus Media group. All rights reserved.'])
q('654','The state will not allow fuel to become a weapon against its own people,',TOK,'President Kassym-Jomart Tokayev','said',note='words invented')
q('654','simply stopped calling',None,'One wholesaler','said',partial=True,note='anonymous LPG wholesaler in Aktau')
q('654','Nobody will sign a February contract while the price is set by decree,',None,'he','said',note='he = the anonymous wholesaler of the previous sentence')
q('654','strategic state and military facilities',RDM,"Russia's defence ministry",'said',partial=True)
q('654','We go to Geneva with clear demands, not with hope.',RYAB,'Sergei Ryabkov','adding',note='"said on Thursday that …, adding: “…”" — colon before the quote; words invented')
c('654','killed',26,None,'armed attackers killed',MIA,'26 armed attackers had been killed')
c('654','detained',3811,None,'people detained',MIA,'3,811 people detained')
c('654','killed',18,None,'police and national guard officers killed',MIA,'Eighteen police and national guard officers have died')
e('654','2022-01-06','statement',None,['Kazakh Government'],'The government said late on Thursday',note='price freeze announcement')
e('654','2022-01-07','statement',None,[TOK],'said in a televised address today')
e('654','2022-01-05','government_resignation',None,[TOK],'who dismissed the cabinet on 5 January')
e('654',None,'other','Uzbekistan–Kazakhstan border',[],'rail shipments to Uzbekistan had been halted at the border',note='undated')
e('654','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'landed at airfields near Almaty yesterday')
e('654','2022-01-10','talks','Geneva',['Russia','United States'],'Moscow will meet US officials in Geneva on 10 January')
e('654','2022-01-06','statement',None,[RYAB],'said on Thursday that the Kazakh events would not change')

# ---------------- 655 Oilprice.com-style article (Jan 10, 2022, a Monday)
art('655',0,4,11,'Oilprice.com','2022-01-10',['Tom Radley'],None,
    ['Oilprice.com','Home | Energy | Crude Oil | Geopolitics | Breaking News','By Tom Radley - Jan 10, 2022, 10:30 AM CST','Join Our Community','Comment | Share',
     'By Tom Radley for Oilprice.com','More Top Reads From Oilprice.com:','- Why Kazakhstan Matters For Oil Markets',
     '- Natural Gas Prices Slide As Europe Sees Warmer Weather','- OPEC+ Output Increase Falls Short Again','Comment | Back to homepage'])
q('655','gradually returning to normal',TCO,'Tengizchevroil','said',partial=True,note='subject separated from "said on Sunday" by an appositive')
q('655','monitoring the situation closely','Chevron','A Chevron spokesperson','told',partial=True,note='spokesperson of a company; speaker is the company (devset convention for spokespeople without names)')
q('655','with an answer, not with lectures',RYAB,'Ryabkov','said',partial=True,note='words invented')
q('655',"decide who may knock on the alliance's door",SHER,'Sherman','said',partial=True,note='"had said on Sunday evening"; words invented')
q('655','If Geneva fails, traders will price in a war premium very quickly,','Henrik Solberg','Henrik Solberg','said',note='inverted cue; invented analyst')
q('655','Russia and Kazakhstan together ship more than 12 million barrels a day of crude and products. That is not a market you can ignore.','Henrik Solberg','Henrik Solberg','said',note='continuation after the interposed cue; "12 million barrels" inside a quote is not a claim')
c('655','detained',7939,None,'people detained across Kazakhstan',MIA,'7,939 people had been detained')
c('655','killed',164,None,'deaths (figure withdrawn as a "technical error")','Kazakh government Telegram channel','A figure of 164 deaths',note='published on Sunday and withdrawn hours later')
e('655','2022-01-10','talks','Geneva',[RYAB,SHER],'sat down in Geneva for talks')
e('655','2022-01-09','statement',None,[TCO],'said on Sunday that output')
e('655',None,'statement',None,[RYAB],'Before the session, Ryabkov said',note='"Before the session" — probably Monday 10 Jan, not stated')
e('655','2022-01-09','statement',None,[SHER],'Sherman had said on Sunday evening')
e('655','2022-01-09','casualty_report',None,[],'published by a government Telegram channel on Sunday')
e('655','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'video summit of CSTO leaders later on Monday')
e('655','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council meeting in Brussels on Wednesday')
e('655','2022-01-13','talks','Vienna',['OSCE'],'an OSCE session in Vienna on Thursday')

# ---------------- 656 MINING.COM-style news (January 6, 2022, a Thursday)
art('656',0,4,12,'MINING.COM','2022-01-06',[],None,
    ['MINING.COM','News | Markets | Commodities | Intelligence | Events','Staff Writer | January 6, 2022 | 11:42 am','Markets  Asia  Energy  Uranium','Share',
     'Facebook  Twitter  LinkedIn  Email',"(Image: Kazatomprom's Inkai uranium mine. Credit: Kazatomprom)",'More News',"Glencore's Kazzinc says operations stable",
     'Gold price rises on Kazakhstan, Fed minutes','Subscribe to the MINING.COM newsletter'])
q('656','working in normal mode','Kazatomprom','State miner Kazatomprom','said in a statement',partial=True)
q('656','Kazatomprom has never missed a delivery, and we do not expect this week to be the first,','Galymzhan Pirmatov','chief executive Galymzhan Pirmatov','told',note='company name inside the quote; cue "told the company\'s customers in a letter"; words invented')
q('656','Nobody knows who controls the rail network this morning,','Rachel Dunmore','Rachel Dunmore','said',note='quote after "Analysts were less sure."; inverted cue; invented analyst')
q('656','the possibility, not the reality','Rachel Dunmore','She','said',partial=True)
q('656','for a limited period of time','Nikol Pashinyan','Nikol Pashinyan','said',partial=True,note='"The alliance\'s chairman, Armenian prime minister Nikol Pashinyan, said hours later"')
c('656','killed',8,None,'police and national guard officers killed',MIA,'eight police and national guard officers had been killed',note='written-out figure; "dozens of attackers" (vague) and the one-word “eliminated” are not claims/quotes')
c('656','injured',317,None,'police and national guard officers injured',MIA,'317 injured')
e('656','2022-01-06','other',None,[],'Spot uranium prices climbed on Thursday',note='price rise')
e('656',None,'statement',None,['Kazatomprom'],'State miner Kazatomprom said in a statement',note='undated')
e('656','2022-01-02','protest',None,[],'started on Sunday over fuel prices in the west',note='Sunday before Thursday 6 Jan')
e('656',None,'protest','Almaty',[],'turned deadly overnight in Almaty',note='"overnight" = night of 5-6 Jan, no single day')
e('656','2022-01-05','other',None,[TOK,CSTO],'on Wednesday asked the Russian-led Collective Security Treaty Organization for help')
e('656',None,'statement',None,['Nikol Pashinyan',CSTO],'said hours later that peacekeepers would be sent',note='"hours later" after the Wednesday request; could be 5 or 6 Jan')
e('656','2022-01-05','other',None,[],'fell by about 12% on Wednesday',note='bitcoin hashrate drop')

# ---------------- 657 Kitco News-style report (Tuesday January 11, 2022)
art('657',0,6,12,'Kitco News','2022-01-11',['Lena Marchetti'],None,
    ['KITCO','Gold | Silver | Platinum | Palladium | Crypto | News | Charts','NEWS','By Lena Marchetti','For Kitco News','Tuesday January 11, 2022 12:45',
     'Follow Lena Marchetti @LMarchettiKitco',
     'Disclaimer: The views expressed in this article are those of the author and may not reflect those of Kitco Metals Inc. The author has made every effort to ensure accuracy of information provided; however, neither Kitco Metals Inc. nor the author can guarantee such accuracy.'])
q('657','has been successfully completed',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='"told parliament on Tuesday that the main mission … “…”"')
q('657','a narrow circle of the super-rich',TOK,'Tokayev','blamed',partial=True,note='cue is "blamed … for letting “…” grow" — not a plain speech verb; words invented')
q('657','a debt to the nation',TOK,'he','said',partial=True,note='"a group he said now owed “…”"')
q('657','The Kazakh story is fading from the gold chart, but Ukraine is not,','Dmitri Halvorsen','Dmitri Halvorsen','said',note='inverted cue; invented strategist')
q('657','When the Russians say the talks hit a dead end, the safe-haven bid comes back.','Dmitri Halvorsen','Dmitri Halvorsen','said',note='continuation after the interposed cue')
q('657','no reason for optimism',RYAB,'Sergei Ryabkov','said',partial=True,note='words invented')
q('657','a serious and businesslike exchange',SHER,'Wendy Sherman','said',partial=True,note='words invented')
q('657','Gold is stuck between geopolitics and the Fed,','Dmitri Halvorsen','Halvorsen','added',note='surname only, after a paragraph about the Fed')
c('657','troops_deployed',2030,'about','CSTO contingent in Kazakhstan',TOK,'The contingent of about 2,030 servicemen',note='"…, he said" at the end of the sentence')
c('657','detained',10000,'almost','people detained since the start of the month','Kazakh authorities','nearly 10,000 people had been detained',note='"Authorities said"; nearly → almost')
e('657','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('657','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would start in two days',note='"in two days" from Tuesday 11 Jan (future)')
e('657','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named Alikhan Smailov as prime minister',note='same speech, "also"')
e('657','2022-01-10','talks','Geneva',[RYAB,SHER],"after Monday's Geneva meeting")
e('657','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russian envoys meet in Brussels tomorrow')

# ---------------- 658 Upstream-style news (8 January 2022, a Saturday)
art('658',0,4,6,'Upstream','2022-01-08',['Dmitri Lavrenov'],None,
    ['UPSTREAM','Field Development | Production | Politics | Energy Transition','Dmitri Lavrenov','Moscow','8 January 2022 10:47 GMT  Updated 8 January 2022 13:20 GMT',
     'Read more','Tengiz production cut as contractors join Kazakh protests','Chevron says Tengizchevroil facilities safe amid Kazakhstan turmoil',
     'Upstream is published by NHST Global Publications AS. © 2022'])
q('658','stable and in line with plan','North Caspian Operating Company','North Caspian Operating Company','said',partial=True)
q('658','operating normally and safely','Karachaganak Petroleum Operating','A spokesperson for Karachaganak Petroleum Operating','said',partial=True,note='subject separated from "said" by "led by Eni and Shell"')
q('658','The trains are moving again, and the crews are on site,',None,'the person','said',note='anonymous "person familiar with the operations"')
q('658','taken under protection',SERD,'Colonel General Andrei Serdyukov','said in a statement',partial=True,note='"in a statement published by the Russian military"')
q('658','Our task is to guard, not to fight,',SERD,'he','said',note='words invented')
q('658','This time the protest came to the gates of Tengiz, but not inside. The next time, the unions may not stop at the gates,','Daniyar Ospanov','he','told',note='named in the previous sentence (unquoted "said the oil companies had been lucky"); invented consultant')
c('658','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('658','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='scare-quoted label (excluded from quotes)')
c('658','aircraft',70,'more than','aircraft that flew troops into Kazakhstan',RDM,'more than 70 aircraft had flown troops')
e('658','2022-01-07','statement',None,['North Caspian Operating Company'],'said on Friday that production')
e('658','2022-01-06','other','Tengiz',[TCO],'cut production on Thursday')
e('658','2022-01-08','arrest',None,['Kazakh National Security Committee','Karim Masimov'],'announced on Saturday that its former head')
e('658','2022-01-05','other',None,['Karim Masimov'],'removed from the post on Wednesday',note='dismissal; Wednesday before Saturday 8 Jan')
e('658',None,'statement',None,[SERD],'said in a statement published by the Russian military',note='undated')

# ---------------- 659 Energy Intelligence / Nefte Compass-style piece (Wed, Jan 12, 2022)
art('659',0,7,9,'Energy Intelligence','2022-01-12',[],None,
    ['Energy Intelligence','Nefte Compass | Oil Daily | Energy Compass | Intelligence Premium','Nefte Compass','Wed, Jan 12, 2022',
     'Copyright © 2022 Energy Intelligence Group. All rights reserved. Unauthorized access or electronic forwarding, even for internal use, is prohibited.'])
q('659','a closed club of favoured companies',TOK,'Tokayev','said',partial=True,note='words invented; the one-word “oligarchs” earlier is excluded')
q('659','Everyone is checking who their friends are,',None,'the source','said',note='anonymous "a source in Nur-Sultan"')
q('659','limited in time and in tasks','Stanislav Zas','Stanislav Zas','said',partial=True)
q('659','Our exposure is the Black Sea, and the Black Sea depends on Geneva and Brussels,',None,'a trading executive at one of the CPC shippers','told',note='anonymous; cue after the quote')
q('659','endless discussions','Alexander Grushko','Alexander Grushko','said',partial=True,note='two-word evaluative phrase with a speech verb')
c('659','killed',16,None,'members of the security forces killed','officials','16 members of the security forces were killed',note='"Officials have confirmed"')
c('659','killed',164,None,'deaths (figure withdrawn)',None,'a figure of 164 was withdrawn')
c('659','detained',9900,None,'people detained','prosecutors','9,900 people were detained')
c('659','troops_deployed',2030,'about','CSTO troops deployed',RDM,'some 2,030 troops',note='"some" → about; "250 units of equipment" is not a claim')
e('659','2022-01-11','statement','Nur-Sultan',[TOK],'In his speech to the Mazhilis on Tuesday')
e('659','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin on Thursday',note='future, Thursday after Wednesday 12 Jan')
e('659','2022-01-09','casualty_report',None,[],'withdrawn on Sunday',note='withdrawal of the 164 figure')
e('659','2022-01-10','statement',None,['Stanislav Zas'],'Stanislav Zas said on Monday')
e('659','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russia meet today in Brussels')
e('659','2022-01-10','talks','Geneva',['Russia','United States'],"after Monday's US-Russia talks in Geneva")
e('659','2022-01-11','statement',None,['Alexander Grushko'],'said on Tuesday that Moscow would not accept')

# ---------------- 660 Interfax Global Energy-style item (13 Jan 2022, a Thursday)
art('660',0,6,8,'Interfax','2022-01-13',[],'Nur-Sultan',
    ['INTERFAX GLOBAL ENERGY','Natural Gas Daily','13 Jan 2022 09:14 GMT','ig ss','(Our editorial staff can be reached at eng.editors@interfax.ru)'])
q('660','We have no intention of raising the price before the new pricing model is agreed with the regions,',MIRZ,'the minister','told',note='title-only attribution; the minister named in the lead; words invented. The one-word “premature” after it is excluded')
q('660','fulfilled their task in full',SERD,'Colonel General Andrei Serdyukov','said',partial=True)
q('660','helped us at the hardest moment',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='words invented')
c('660','troops_deployed',2030,None,'CSTO contingent',CSTO,'2,030 personnel',note='"according to the CSTO secretariat"')
c('660','detained',10000,'more than','people detained during the unrest',MIA,'more than 10,000 people had been detained')
c('660','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had died')
e('660','2022-01-12','statement',None,[MIRZ],'Energy Minister Magzum Mirzagaliyev said on Wednesday')
e('660','2022-01-01','other',None,[],'introduced on 1 January',note='electronic LPG trading introduced')
e('660','2022-01-02','protest','Zhanaozen',[],'the first protests in Zhanaozen on 2 January')
e('660','2022-01-12','statement',None,['QazaqGaz'],'said yesterday that gas supplies')
e('660','2022-01-13','withdrawal','Kazakhstan',[CSTO],'contingent starts today')
e('660',None,'other','Nur-Sultan',[SERD],'said at a ceremony in Nur-Sultan',note='ceremony, no day given (probably 13 Jan)')
e('660','2022-01-13','withdrawal','Almaty',[RDM],'left Almaty on Thursday morning')
e('660','2022-01-12','casualty_report',None,[MIA],'The Interior Ministry said on Wednesday')
e('660','2022-01-13','talks','Vienna',['OSCE'],'meets in Vienna on Thursday',note='"the indivisibility of security" is an established doctrinal term — excluded from quotes')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he'],[],note='words invented or paraphrased'),
 sp(TCO,'organisation',['Tengizchevroil'],[],'Kazakhstan',['The company']),
 sp('Caspian Pipeline Consortium','organisation',['Caspian Pipeline Consortium'],[],None),
 sp('Aigerim Bekova','person',['Aigerim Bekova'],['a Caspian analyst at Almaty consultancy Kaspi Risk'],'Kazakhstan',note='invented'),
 sp(MIRZ,'person',['Magzum Mirzagaliyev'],['Energy Minister'],'Kazakhstan',['the minister'],note='words invented'),
 sp(RDM,'organisation',["Russia's defence ministry",'Russian Defence Ministry',"Russia's Defence Ministry"],[],'Russia'),
 sp(RYAB,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian deputy foreign minister'],'Russia',note='canonical "Sergey" from the gold; printed "Sergei" here; words invented'),
 sp('Chevron','organisation',['Chevron'],[],'United States',['A Chevron spokesperson']),
 sp(SHER,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',note='words invented'),
 sp('Henrik Solberg','person',['Henrik Solberg'],['head of commodities research at Nordvik Capital'],'Norway',note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],['State miner'],'Kazakhstan'),
 sp('Galymzhan Pirmatov','person',['Galymzhan Pirmatov'],['chief executive'],'Kazakhstan',note='letter invented'),
 sp('Rachel Dunmore','person',['Rachel Dunmore'],['a metals analyst at London-based Ferrous & Fission Research'],'United Kingdom',['She'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian prime minister',"The alliance's chairman"],'Armenia'),
 sp('Dmitri Halvorsen','person',['Dmitri Halvorsen','Halvorsen'],['chief strategist at Bullion Desk Advisory'],None,note='invented'),
 sp('North Caspian Operating Company','organisation',['North Caspian Operating Company'],[],'Kazakhstan'),
 sp('Karachaganak Petroleum Operating','organisation',['Karachaganak Petroleum Operating'],[],'Kazakhstan',['A spokesperson for Karachaganak Petroleum Operating']),
 sp(SERD,'person',['Andrei Serdyukov'],['CSTO commander','Colonel General','the commander of the peacekeeping force'],'Russia',['he'],['Colonel General Andrei Serdyukov']),
 sp('Daniyar Ospanov','person',['Daniyar Ospanov'],['an upstream consultant in Nur-Sultan'],'Kazakhstan',['he'],note='invented'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary General'],'Belarus'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance']),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['Russian envoy'],'Russia',[],[],quoted=False,note='only "the indivisibility of security" (an established term, excluded); kept because earlier sets list him'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],[],'Kazakhstan',[],[],quoted=False,note='arrest event; not quoted'),
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
