#!/usr/bin/env python3
"""Source of the devset87 annotation: the hand-chosen spans, values and dates for 789-796.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset87/annotation_source.py && python3 tests/devset87/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; KA='Kazakh authorities'
KPO='Kazakh Presidential Press Office'; SGMFA='Singapore Ministry of Foreign Affairs'; GFO='German Foreign Office'

# ---------------- 789 Barron's-style commodities story (Jan. 7, 2022, a Friday)
art('789',0,3,4,"Barron's",'2022-01-07',['Mark Ellery'],None,
    ["BARRON'S",'Commodities','By Mark Ellery','Jan. 7, 2022 3:12 pm ET','Share  Print  Text size','Order Reprints',
     'Write to Mark Ellery at mark.ellery@barrons.com','Copyright ©2022 Dow Jones & Company, Inc. All Rights Reserved.'])
q('789','The market is not worried about a single mine, it is worried about the railway and the border,','Hannah Qiu','Hannah Qiu','said',note='inverted cue: ," said Hannah Qiu, a commodities strategist at …')
q('789','felt within weeks, not months.','Hannah Qiu','She','added',partial=True,note='"added that any delay would be "…"" ; full stop inside the mark')
q('789','Production has not been affected,','Kazatomprom','the company','said in a statement')
q('789','possible delays in logistics.','Kazatomprom','the company','warned of',partial=True,note='same sentence as the previous quote, second verb "warned of"')
q('789','We have seen this movie before. Prices spike on headlines and then fade when the yellowcake keeps moving,','Tom Drury','Tom Drury','said',note='inverted cue with a role after the name')
c('789','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('789','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('789','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'about 2,500 troops',note='"according to the alliance" at the end of the sentence')
e('789','2022-01-07','other',None,['Cameco'],'Shares of Cameco rose 6.4% on Friday',note='market move on the publication day')
e('789','2022-01-06','statement',None,['Kazatomprom'],'said on Thursday that its mines were operating normally',note='Thursday before Friday 7 Jan')
e('789','2022-01-02','protest',None,[],'The unrest began on January 2')
e('789','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('789',None,'statement',None,[TOK],'said he had ordered security forces to fire without warning',note='undated (real: 7 Jan)')
e('789',None,'troop_deployment','Kazakhstan',[CSTO],'have sent about 2,500 troops',note='undated')

# ---------------- 790 MarketWatch-style currencies story (Jan. 10, 2022, a Monday)
art('790',0,3,10,'MarketWatch','2022-01-10',['Priya Ramaswamy'],None,
    ['MarketWatch','Home > Markets > Currencies','Last Updated: Jan. 10, 2022 at 11:48 a.m. ET','First Published: Jan. 10, 2022 at 6:02 a.m. ET',
     'By Priya Ramaswamy','Listen (2 min)','Comment','Most Read','Dow futures edge higher ahead of inflation data','Copyright © 2022 MarketWatch, Inc. All rights reserved.'])
q('790','constitutional order',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='two-word partial after "told … that the country\'s"')
q('790',"an attempted coup d'état",TOK,'Tokayev','said',partial=True,note='participle clause "speaking by video link" between name and verb')
q('790','Investors want to know whether the policy mix changes, not just whether the streets are quiet,','Olivia Brandt','Olivia Brandt','said',note='inverted cue')
q('790','We will not allow anyone to slam that door shut,','Wendy Sherman','she','said',note='she = Sherman; the one-word "realistic" (Ryabkov) just before is excluded')
q('790','the risk premium has not disappeared, it has moved to the bond market.','Tenby Research','Analysts at Tenby Research','wrote in a note',partial=True,note='clause after "that"; a firm as speaker')
c('790','troops_deployed',2030,None,'CSTO personnel deployed',CSTO,'The alliance has deployed 2,030 personnel',note='"the CSTO said" after the figure')
c('790','detained',7939,None,'people detained nationwide',KA,'7,939 people had been detained nationwide',note='"Official data"')
c('790','killed',164,None,'people died (figure later corrected)','Kazakh Health Ministry','164 people had died')
e('790','2022-01-10','talks',None,[TOK,CSTO],'told an emergency summit of a Russian-led military bloc',note='CSTO video summit; "on Monday" in the same sentence')
e('790',None,'other',None,['National Bank of Kazakhstan'],'The central bank said last week',note='"last week" is not a day')
e('790','2022-01-09','casualty_report',None,[KA],'Official data released on Sunday')
e('790','2022-01-10','talks','Geneva',['United States','Russia'],'U.S. and Russian diplomats met for talks on Monday')
e('790',None,'statement',None,['Wendy Sherman'],'told reporters ahead of the meeting',note='undated (real: 9 Jan)')
e('790','2022-01-08','other',None,['Tenby Research'],'wrote in a note on Saturday',note='analysts\' note')

# ---------------- 791 The Business Times (Singapore)-style piece (Sat, Jan 08, 2022)
art('791',0,3,9,'The Business Times','2022-01-08',['Tan Wei Ling'],None,
    ['THE BUSINESS TIMES','GOVERNMENT & ECONOMY','Sat, Jan 08, 2022 · 05:50 AM','Tan Wei Ling','weiling@sph.com.sg','@TanWeiLingBT','RELATED',
     'Oil prices rise as Kazakh unrest hits output at Tengiz','Get the latest news in your inbox. Sign up for our newsletter.'])
q('791','Singaporeans in Kazakhstan are advised to remain vigilant, avoid protests and monitor local news,',SGMFA,'the spokesman','said',note='an unnamed spokesman of the ministry → the ministry')
q('791','Our 14 local staff are safe, but trucks are stuck at the border,','Lim Boon Keat','he','said',note='"Mr Lim Boon Keat" (Chinese name order, surname Lim); a number inside the quote')
q('791','bandits and terrorists',TOK,'President Kassym-Jomart Tokayev','calling them',partial=True,note='cue is a participle; the one-word "liquidated" in the previous sentence is excluded')
q('791','in close contact','Enterprise Singapore','Enterprise Singapore','said',partial=True)
q('791','For investors, the question is whether this is a one-week shock or a change in how the country is governed,','Farah Iskandar','Dr Farah Iskandar','said',note='inverted cue; honorific "Dr"')
c('791','killed',26,None,'armed criminals killed',KA,'26 armed criminals had been',note='the verb is the one-word scare quote "liquidated"')
c('791','killed',18,None,'security officers killed',KA,'18 security officers killed')
c('791','troops_deployed',2500,'about','Russian-led CSTO soldiers in Kazakhstan',CSTO,'about 2,500 soldiers')
e('791','2022-01-07','statement',None,[SGMFA],'said on Friday that there were no reports of Singaporeans affected')
e('791','2022-01-05','other','Almaty',['Eastbridge Cargo'],'had been closed since Wednesday',note='office closure; Wednesday before Saturday 8 Jan')
e('791','2022-01-07','casualty_report',None,[KA],'The Kazakh authorities said on Friday')
e('791','2022-01-05','other',None,[TOK,CSTO],'asked for help on Wednesday night',note='request for CSTO help')
e('791',None,'troop_deployment','Kazakhstan',[CSTO],'A Russian-led force',note='undated ("is now in the country")')
e('791',None,'statement',None,['Enterprise Singapore'],'Enterprise Singapore said',note='undated')

# ---------------- 792 Moneycontrol item with a Reuters credit (January 06, 2022, a Thursday)
art('792',0,3,8,'Moneycontrol','2022-01-06',[],None,
    ['moneycontrol','Home  »  News  »  Business  »  Commodities','Reuters | Moneycontrol News','January 06, 2022 / 07:31 PM IST',
     'Tags: #Commodities #crude oil #Kazakhstan','Disclaimer: Moneycontrol is a part of the Network18 group.',
     'Also Read: Rupee opens flat at 74.38 against the US dollar','First Published: Jan 6, 2022 07:31 pm'])
q('792','Some contractors have disrupted rail lines in support of the protests,','Tengizchevroil','it','said',note='it = operator Tengizchevroil')
q('792','temporarily adjusted.','Tengizchevroil','it','adding that',partial=True)
q('792','The market is very sensitive right now because spare capacity is thin,','Anuj Mehta','Anuj Mehta','said',note='inverted cue')
q('792','$85 in the near term','Anuj Mehta','Mehta','According to',partial=True,note='a price inside a partial quote (not a claim)')
c('792','killed',8,None,'police officers killed','police','eight police officers died',note='written-out number; "police said" earlier in the sentence')
c('792','injured',1000,'more than','people injured','Kazakh Health Ministry','More than 1,000 people were injured')
e('792','2022-01-05','other','Tengiz',['Tengizchevroil'],'Production at the Tengiz field was reduced on Wednesday')
e('792',None,'other',None,[TOK,CSTO],'said he had asked the Russian-led Collective Security Treaty Organization for help',note='undated (real: 5 Jan)')
e('792','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Russian paratroopers began arriving on Thursday')
e('792',None,'casualty_report','Almaty',['police'],'Dozens of rioters were killed in Almaty overnight',note='"overnight" (5–6 Jan) left null')

# ---------------- 793 Bloomberg Businessweek-style feature (January 13, 2022, a Thursday)
art('793',0,3,4,'Bloomberg Businessweek','2022-01-13',['Sofia Marchetti','Daniyar Seitkali'],None,
    ['Bloomberg Businessweek','Politics','By Sofia Marchetti and Daniyar Seitkali','January 13, 2022, 5:00 AM GMT+3','Updated on January 13, 2022, 9:20 AM GMT+3',
     'Share this article','Twitter  Facebook  LinkedIn  Email','©2022 Bloomberg L.P. All Rights Reserved.','Terms of Service  Privacy Policy  Careers'])
q('793','The operation was prepared in advance, at least on paper,','Nadia Orlova','Nadia Orlova','said',note='inverted cue')
q('793',"Nobody moves a division's worth of planes in one night by improvisation.",'Nadia Orlova','Nadia Orlova','said',note='second half after the interposed attribution; same cue')
q('793','fully completed','Andrei Serdyukov','he','said',partial=True,note='he = Serdyukov (named with an age in the previous sentence)')
q('793','We now price a Russian security guarantee into Kazakhstan, for better or worse,',None,'one Western mining executive','said',note='anonymous')
q('793','significant differences','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',partial=True)
c('793','troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'2,030 troops',note='"250 pieces of military equipment" in the same sentence is not a claim')
c('793','killed',225,None,'bodies delivered to morgues',KPO,'225 bodies had been delivered to morgues',note='"His office" = Tokayev\'s office')
c('793','killed',19,None,'members of the security forces killed',KPO,'19 members of the security forces',note='subset of the 225')
e('793',None,'troop_deployment','Almaty',['Andrei Serdyukov'],'stepped off a transport plane in Almaty last week',note='"last week" is not a day')
e('793','2022-01-08','statement',None,[CSTO],'By Saturday the alliance said',note='Saturday before Thursday 13 Jan')
e('793','2022-01-13','other',None,['Andrei Serdyukov'],'At a ceremony on Thursday',note='"on Thursday" = publication day')
e('793',None,'statement',None,['Sergei Shoigu','Vladimir Putin'],'told President Vladimir Putin, according to the Kremlin',note='undated')
e('793','2022-01-12','talks','Brussels',['Russia','NATO'],'talks between Russia and NATO in Brussels on Wednesday')

# ---------------- 794 Handelsblatt English Edition-style piece (Jan 11, 2022, a Tuesday)
art('794',0,4,5,'Handelsblatt','2022-01-11',['Jakob Reinholt'],'Düsseldorf',
    ['Handelsblatt','English Edition','Companies & Markets','Jan 11, 2022 - 17:45 Uhr','Jakob Reinholt','Düsseldorf','More on the topic',
     'Russia-NATO talks: Little hope in Brussels','© Handelsblatt GmbH - all rights reserved'])
q('794','Kazakhstan is our most important trade partner in Central Asia, and we had no warning at all,','Moritz Hagen','Moritz Hagen','said',note='inverted cue followed by a role and "on Tuesday"')
q('794','The main mission has been successfully accomplished,',TOK,'Tokayev','said')
q('794','with great attention',GFO,'A spokesman for the Foreign Office','said',partial=True,note='unnamed spokesman → the ministry; the one-word "proportionately." in the same sentence is excluded')
q('794','If the CPC pipeline had stopped, we would have felt it at the pumps within a month,','Heike Brunner','Heike Brunner','said')
c('794','detained',9900,None,'people detained',KA,'the number of people detained had risen to 9,900',note='"The Kazakh government"')
c('794','troops_deployed',2030,None,'CSTO troops in Kazakhstan',TOK,'its 2,030 troops')
e('794','2022-01-11','statement',None,['Moritz Hagen'],"the association's director for the region, on Tuesday")
e('794','2022-01-05','other','Almaty',[],'since Wednesday of last week',note='"Wednesday of last week" from Tuesday 11 Jan')
e('794','2022-01-10','casualty_report',None,[KA],'The Kazakh government said on Monday')
e('794','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev told parliament on Tuesday')
e('794','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'would begin leaving in two days',note='"in two days" from Tuesday 11 Jan')
e('794',None,'appointment',None,[TOK,'Alikhan Smailov'],'He also named Alikhan Smailov as prime minister',note='no day word (same session: 11 Jan)')

# ---------------- 795 Business Standard page carrying PTI (Last Updated at January 11, 2022 00:42 IST, a Tuesday)
art('795',0,3,9,'Business Standard','2022-01-11',[],'Geneva/Moscow',
    ['Business Standard','Home / International / News','Topics','Russia | United States | Kazakhstan','Press Trust of India  |  Geneva/Moscow',
     'Last Updated at January 11, 2022 00:42 IST',
     '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
     'First Published: Tue, January 11 2022. 00:42 IST'])
q('795','difficult, long, very professional.','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','said',partial=True)
q('795','There is no reason to fear some kind of escalation scenario,','Sergey Ryabkov','Ryabkov','said')
q('795','pushed back','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('795','simply non-starters.','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('795','We will not allow the situation to be destabilised at home,','Vladimir Putin','Putin','said',note='the label "colour revolutions" in the previous sentence is excluded')
c('795','troops_deployed',100000,'about','Russian troops near the Ukrainian border','US officials','around 100,000 troops')
c('795','detained',8000,'almost','people detained',KA,'nearly 8,000 people had been detained',note='"Kazakh officials"')
e('795','2022-01-10','talks','Geneva',['United States','Russia'],'held nearly eight hours of talks in Geneva on Monday',note='Monday before Tuesday 11 Jan (IST stamp just after midnight)')
e('795',None,'talks',None,[TOK,CSTO,'Vladimir Putin'],'told a video summit',note='undated (real: 10 Jan)')
e('795','2022-01-09','casualty_report',None,[KA],'Kazakh officials said on Sunday')
e('795',None,'other','Nur-Sultan',['Indian Embassy in Nur-Sultan'],'it had set up a helpline',note='undated')
e('795','2022-01-12','talks','Brussels',['Russia','NATO'],'in Brussels on Wednesday')
e('795','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday')

# ---------------- 796 Fortune-style piece (January 8, 2022, a Saturday)
art('796',0,3,8,'Fortune','2022-01-08',['GRACE HOLLOWAY'],None,
    ['FORTUNE','FINANCE · COMMODITIES','BY GRACE HOLLOWAY','January 8, 2022 4:30 PM EST',"Sign Up for Fortune's CFO Daily newsletter",'SUBSCRIBE',
     'Fortune may receive compensation for some links to products and services on this website. Offers may be subject to change without notice.',
     '© 2022 Fortune Media IP Limited. All Rights Reserved.'])
q('796','Miners moved there because the power was cheap and the rules were loose,','Ben Carver','Ben Carver','said',note='inverted cue')
q('796','Now they are learning what the other side of that trade looks like.','Ben Carver','Ben Carver','said',note='second quote in the same paragraph after the attribution sentence')
q('796','shoot to kill without warning.',TOK,'he','said',partial=True,note='gold excluded the bare label "shoot to kill"; here the longer clause is his order with a speech verb, kept as partial (uncertain)')
q('796','The harvest is in storage, so the question is trains, not fields,','Rachel Nguyen','she','said')
c('796','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('796','killed',164,None,'people died','state television','164 people had died',note='"including a four-year-old girl" is an age')
c('796','troops_deployed',2000,'more than','troops from Russia and its allies',None,'More than 2,000 troops from Russia')
e('796','2022-01-05','government_resignation',None,[],'on Wednesday the government fell')
e('796','2022-01-05','other','Kazakhstan',[],'cut the internet on Wednesday',note='internet shutdown')
e('796','2022-01-08','casualty_report',None,[MIA],"The country's Interior Ministry said Saturday")
e('796',None,'appointment',None,[TOK,'Nursultan Nazarbayev'],'took over as head of the Security Council',note='undated (real: 5 Jan)')
e('796','2022-01-07','statement',None,[TOK],'On Friday he said he had authorised')
e('796',None,'troop_deployment','Kazakhstan',['Russia'],'arrived over two days',note='undated')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Hannah Qiu','person',['Hannah Qiu'],['a commodities strategist at Pellworth Capital'],None,['She'],note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],['the state uranium company'],'Kazakhstan',['the company']),
 sp('Tom Drury','person',['Tom Drury','Drury'],['portfolio manager at Alder Hill Funds'],None,note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he'],['Mr Tokayev']),
 sp('Olivia Brandt','person',['Olivia Brandt'],['emerging-markets strategist at Harrowgate Securities'],None,note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State','US Deputy Secretary of State'],'United States',['she']),
 sp('Tenby Research','organisation',['Tenby Research'],[],None,['Analysts at Tenby Research'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia'),
 sp(SGMFA,'organisation',['Singapore Ministry of Foreign Affairs','MFA'],[],'Singapore',['the spokesman','A spokesman for the Singapore Ministry of Foreign Affairs (MFA)']),
 sp('Lim Boon Keat','person',['Lim Boon Keat'],['managing director of logistics firm Eastbridge Cargo'],'Singapore',['he'],['Mr Lim Boon Keat'],note='invented'),
 sp('Enterprise Singapore','organisation',['Enterprise Singapore'],[],'Singapore'),
 sp('Farah Iskandar','person',['Farah Iskandar'],['a senior fellow at the S Rajaratnam School of International Studies'],'Singapore',[],['Dr Farah Iskandar'],note='invented'),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],['operator'],'Kazakhstan',['it']),
 sp('Anuj Mehta','person',['Anuj Mehta','Mehta'],['head of commodities research at Kestrel Broking in Mumbai'],'India',['He'],note='invented'),
 sp('Nadia Orlova','person',['Nadia Orlova'],['a former NATO analyst now at the Vantmoor Institute in Vienna'],None,note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General'],'Russia',['he']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],'Norway'),
 sp('Moritz Hagen','person',['Moritz Hagen'],["the association's director for the region"],'Germany',note='invented'),
 sp(GFO,'organisation',['Foreign Office'],[],'Germany',['A spokesman for the Foreign Office']),
 sp('Heike Brunner','person',['Heike Brunner'],['an energy economist at the Rhenish Institute for Economic Research'],'Germany',['She'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['President','Russian President'],'Russia'),
 sp('Ben Carver','person',['Ben Carver'],['chief executive of the crypto analytics firm Hashline'],None,note='invented'),
 sp('Rachel Nguyen','person',['Rachel Nguyen'],['an analyst at Wexford Grain Partners'],None,['she'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance','the bloc']),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 2 files; not quoted'),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Russian Defence Minister'],'Russia',[],[],quoted=False,note='mentioned in 793 only; kept because earlier sets list him'),
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
