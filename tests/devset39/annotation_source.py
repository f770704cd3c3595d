#!/usr/bin/env python3
"""Source of the devset39 annotation: the hand-chosen spans, values and dates for 405-412.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset39/annotation_source.py && python3 tests/devset39/verify.py
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
    if headline is not None: assert headline in L[headline_line-1],(f,headline)
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
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; AZMFA='Azerbaijani Foreign Ministry'
BYMOD='Belarusian Defence Ministry'; EGMFA='Egyptian Foreign Ministry'

QAMFA='Qatari Ministry of Foreign Affairs'; GRMFA='Greek Foreign Ministry'; PPO='Kazakh Presidential Press Office'; GUT='António Guterres'
TCO='Tengizchevroil'

# ---------------- 405 Al-Monitor analysis (January 11, 2022, a Tuesday)
art('405',0,5,7,'Al-Monitor','2022-01-11',['Selin Aydemir'],'ANKARA',
    ['AL-MONITOR','The Pulse of the Middle East','Turkey | Analysis','Selin Aydemir','January 11, 2022','Share  Tweet  Email  Print',
     'Read more: Turkic states call emergency meeting over Kazakhstan unrest','Found in: Kazakhstan, Turkey, CSTO, Organization of Turkic States',
     'Selin Aydemir is an Ankara-based journalist covering Turkish foreign policy.','Join hundreds of Middle East professionals with Al-Monitor PRO.'])
q('405','all kinds of support to overcome these difficult days in a spirit of brotherhood.','Recep Tayyip Erdogan','President Recep Tayyip Erdogan','according to',partial=True,note='the offer is Erdogan\'s, reported "according to the Turkish presidency"; the source could be taken as the presidency instead; full stop inside the closing mark')
q('405',"Kazakhstan's stability is the stability of the whole Turkic world, and no one should use this crisis to redraw the map of the region,",'Mevlut Cavusoglu','Cavusoglu','told')
q('405','Ankara does not want to be seen competing with Moscow in Kazakhstan right now. It is watching whether the Russian troops actually leave,','Emre Koksal','Emre Koksal','said',note='inverted cue: "…," said Emre Koksal, a Eurasia researcher…; invented analyst')
q('405','slow and symbolic','Emre Koksal','Koksal','described',partial=True,note='"Koksal described … as “…”"; surname only')
q('405','through dialogue and without foreign interference,','Saeed Khatibzadeh','Foreign Ministry spokesman Saeed Khatibzadeh','said',partial=True)
q('405','successfully completed',TOK,'Tokayev','told',partial=True,note='"Tokayev told parliament on Tuesday that … had been “…”"')
q('405','We will not accept a future in which Turkic capitals need permission from anyone,',None,'a senior Turkish official','told',note='anonymous official')
c('405','killed',164,None,'people killed','Kazakh authorities','Kazakh authorities say 164 people were killed')
c('405','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('405','troops_deployed',2030,'about','CSTO troops deployed',CSTO,'deployed about 2,030 troops',note='the CSTO "repeated that number on Sunday"')
e('405','2022-01-07','talks',None,['Recep Tayyip Erdogan',TOK],'spoke by phone with President Kassym-Jomart Tokayev on Friday',note='phone call; Friday before Tuesday 11 Jan')
e('405','2022-01-10','statement','Ankara',['Mevlut Cavusoglu'],'Cavusoglu told reporters in Ankara',note='"on Monday" in the preceding sentence')
e('405',None,'talks',None,['Organization of Turkic States'],'would hold an extraordinary video meeting later this week',note='"later this week" is not a day')
e('405','2022-01-10','casualty_report',None,[MIA],'the Interior Ministry reported on Monday')
e('405','2022-01-09','statement',None,[CSTO],'repeated that number on Sunday')
e('405','2022-01-10','statement',None,['Saeed Khatibzadeh'],'Saeed Khatibzadeh said on Monday')
e('405','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev told parliament on Tuesday',note='Tuesday = publication day')
e('405','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin in two days',note='"in two days" from the Tuesday 11 Jan speech')
e('405','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He also named a new prime minister, Alikhan Smailov',note='same speech (Tuesday)')

# ---------------- 406 Meduza card explainer (08.01.2022, a Saturday)
art('406',0,4,12,'Meduza','2022-01-08',[],None,
    ['MEDUZA','Explainers','08.01.2022, 17:30','Source: Meduza','Card 1 of 6','Card 2 of 6','Card 3 of 6','Card 4 of 6','Card 5 of 6','Card 6 of 6',
     'Share: Telegram · VK · Twitter · Facebook','Meduza is an independent outlet. Support Meduza: 1 subscription = 1 month of independent journalism.'],
    sections=tuple(ln('406',h) for h in ('What is the CSTO?','Why did Tokayev ask for help?','How many soldiers?','Who commands them?','What happened in Almaty?','How long will they stay?')))
q('406','terrorist gangs that were trained abroad',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('406','for a limited period of time to stabilize the situation.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announced',partial=True,note='full stop inside the closing mark')
q('406','The peacekeepers will not take part in any operations against the civilian population,','Andrei Serdyukov','Serdyukov','said',note='surname only; full name in the sentence before')
q('406','Those who do not surrender will be eliminated,',TOK,'he','said',note='he = Tokayev (previous sentence); Tokayev is not named in the card heading')
q('406','as long as the Kazakh leadership considers necessary.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('406','I will not speculate. The mission has a clear mandate, and it will be fulfilled.','Dmitry Peskov','he','told',note='colon before the quote: "he told reporters: “…”"')
c('406','troops_deployed',2500,'about','CSTO contingent',CSTO,'the contingent numbers about 2,500 servicemen',note='"According to the CSTO" opens the sentence')
c('406','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
e('406','2022-01-05','other',None,[TOK,CSTO],'On Wednesday night, President Kassym-Jomart Tokayev said',note='request for CSTO help; Wednesday before Saturday 8 Jan')
e('406',None,'statement',None,['Nikol Pashinyan',CSTO],'announced a few hours later',note='"a few hours later" than Wednesday night (real: early 6 Jan); left null')
e('406',None,'troop_deployment','Kazakhstan',[CSTO],'Dozens of Il-76 transport planes flew to Kazakhstan over two days',note='undated airlift')
e('406','2022-01-07','statement',None,['Andrei Serdyukov'],'in a video released by the Russian Defense Ministry on Friday')
e('406','2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said on Saturday')
e('406','2022-01-07','statement',None,[TOK],'he said in a televised address on Friday')
e('406',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said the troops would stay',note='undated')

# ---------------- 407 UN noon briefing transcript (10 January 2022, a Monday)
art('407',0,2,6,'United Nations','2022-01-10',[],None,
    ['United Nations | Meetings Coverage and Press Releases','10 January 2022','**Kazakhstan**','**Questions and Answers**','* *** *','For information media. Not an official record.'],
    sections=(ln('407','**Kazakhstan**'),ln('407','**Questions and Answers**')))
q('407','to refrain from violence and to address their grievances through peaceful dialogue.',GUT,'He','reiterates his call',partial=True,note='He = the Secretary-General (previous sentence), relayed by the spokesman; full stop inside the closing mark')
q('407','humanitarian needs appear limited at this stage, but the team stands ready to help.','Michaela Friberg-Storey','The Resident Coordinator, Michaela Friberg-Storey','said',partial=True,note='title before the name, separated by a comma')
q('407','necessary and proportionate.','Michelle Bachelet','the High Commissioner for Human Rights, Michelle Bachelet','said',partial=True,note='two-word evaluative partial with "said at the weekend that"')
q('407','the sovereignty and territorial integrity of Kazakhstan must be respected,',GUT,"The Secretary-General's position",'position is',partial=True,note='the spokesman relays the SG\'s position; cue is not a speech verb ("position is that")')
q('407','diplomacy is the only way to resolve differences of this kind,',GUT,'he','has said',note='"As he has said many times, “…,”" inside the spokesman\'s answer; he = the Secretary-General')
c('407','killed',164,None,'people killed','Kazakh authorities','164 people were killed',note='figure repeated by a journalist\'s question ("The authorities there say")')
c('407','detained',8000,'almost','people detained','Kazakh authorities','almost 8,000 detained')
c('407','troops_deployed',2000,'about','CSTO troops',None,'some 2,000 of them',note='"some" → about; a journalist\'s figure, no source')
e('407','2022-01-10','statement',None,['Stéphane Dujarric'],"transcript of today's noon briefing",note='the briefing itself')
e('407','2022-01-10','statement',None,[GUT],'He reiterates his call on all sides',note='present tense, relayed at the briefing')
e('407','2022-01-10','other','Almaty',['United Nations'],'the UN offices in Almaty reopened this morning')
e('407','2022-01-09','statement',None,['Michaela Friberg-Storey'],'said on Sunday that')
e('407',None,'statement',None,['Michelle Bachelet'],'said at the weekend that people must be able to protest',note='"at the weekend" = 8 or 9 Jan; left null')
e('407','2022-01-10','talks','Geneva',['United States','Russia'],'The US and Russia met today',note='"today" = briefing day')

# ---------------- 408 Gulf Times with QNA (Fri, 07 Jan 2022)
art('408',0,5,11,'Gulf Times','2022-01-07',[],'Doha',
    ['Gulf Times','Qatar | World | Business | Sport | Opinion','Home > Qatar','QNA/Doha','Published: Fri, 07 Jan 2022 - 01:45 pm','Last Updated: Fri, 07 Jan 2022 - 02:58 pm',
     'Related Story','Qatar Airways adjusts Central Asia schedule','Tags: Qatar, Kazakhstan, Ministry of Foreign Affairs, Qatar Airways','Gulf Times © 2022 - All rights reserved','Follow us on Facebook  Twitter  Instagram'])
q('408','security and stability will be restored as soon as possible, in a way that achieves the aspirations of the friendly Kazakh people.',QAMFA,'the Ministry of Foreign Affairs','said',partial=True,note='"said Qatar hoped that “…”"')
q('408','stay at home and avoid crowded places.',QAMFA,'The ministry','urged',partial=True)
q('408','Our relations with Kazakhstan are built on mutual respect, and we are confident that our friends will overcome this difficult period,','Sultan bin Saad al-Muraikhi','al-Muraikhi','said',note='lower-case particle "al-" at the start of the cue subject; "HE" honorific before the full name')
q('408','The safety of our passengers and crew is our highest priority,','Qatar Airways','the airline','said in a statement')
q('408','We heard shooting for two nights. Today the streets are empty, but it is calm,','Abdulla al-Kuwari','he','said',note='invented student; a duration inside the quote')
c('408','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed')
c('408','injured',748,None,'members of the security forces injured',MIA,'748 injured')
c('408','detained',3811,None,'people detained',MIA,'3,811 people had been detained')
c('408','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'Around 2,500 troops',note='"the alliance said" at the end of the sentence')
e('408','2022-01-06','statement',None,[QAMFA],'In a statement on Thursday',note='Thursday before Friday 7 Jan')
e('408',None,'statement',None,['Sultan bin Saad al-Muraikhi'],'told Gulf Times that Doha trusted',note='undated')
e('408','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('408',None,'troop_deployment','Kazakhstan',[CSTO],'have been sent to the country at the request of President Kassym-Jomart Tokayev',note='undated')
e('408','2022-01-05','other','Almaty',['Qatar Airways'],'issued on Wednesday evening',note='flight suspension announced Wednesday evening')

# ---------------- 409 scraped AMP page, The Daily Star (Bangladesh) with Reuters (Sun Jan 9, 2022)
art('409',0,5,13,'The Daily Star','2022-01-09',[],'Almaty',
    ['The Daily Star','≡ Menu   🔍','World > Asia','Russian-led troops guard Almaty airport as Kazakhstan says order restored','Reuters, Almaty',
     'Sun Jan 9, 2022 06:12 PM  Last update on: Sun Jan 9, 2022 07:40 PM','f 214   t 38   in 12   ✉   Share 264',
     'Related topics: Kazakhstan unrest / Russia / CSTO','Read more','Tokayev accepts government\'s resignation as protests spread','Comments'])
q('409','The situation has stabilised in all regions of the country,',PPO,'the office','said in a statement',note='"his office" = Tokayev\'s office')
q('409','significant number of foreign nationals',MIA,'The Interior Ministry','said',partial=True,note='closing mark before the full stop (British style)')
q('409','Our units have taken the airport under full control together with Kazakh law enforcement,','Igor Konashenkov','Russian Defence Ministry spokesman Major General Igor Konashenkov','said',note='inverted-order attribution after the quote with a long title')
q('409','Our embassy in Tashkent is in touch with every one of them, and nobody has asked to be evacuated so far,','Shahriar Alam','he','said',note='words invented')
c('409','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c('409','killed',164,None,'people killed','Kazakh Ministry of Health','death toll at 164',note='"including three children" is a subset, not recorded')
c('409','aircraft',70,'more than','aircraft used to fly in the Russian contingent',RDM,'more than 70 aircraft')
e('409','2022-01-09','statement',None,[PPO],'the office said in a statement on Sunday')
e('409','2022-01-08','other',None,[TOK],'held a meeting of his crisis staff on Saturday',note='internal meeting')
e('409','2022-01-05','other',None,['Karim Masimov',TOK],'who was dismissed on Wednesday',note='dismissal; Wednesday before Sunday 9 Jan')
e('409',None,'arrest',None,['Karim Masimov','National Security Committee'],'was arrested on suspicion of high treason',note='arrest not dated; announced "on Saturday" (8 Jan)')
e('409',None,'statement',None,['Igor Konashenkov'],'Major General Igor Konashenkov said',note='undated')
e('409','2022-01-08','statement','Dhaka',['Shahriar Alam'],'told The Daily Star on Saturday')
e('409','2022-01-02','protest',None,[],'The crisis began on January 2')

# ---------------- 410 Factiva export of a Daily Telegraph piece (12 January 2022, a Wednesday)
art('410',0,3,15,'The Daily Telegraph','2022-01-12',['Roland Hastings'],None,
    ['Factiva','BY Roland Hastings in Brussels','WC 521 words','PD 12 January 2022','SN The Daily Telegraph','SC DT','ED 1; National','PG 17','LA English',
     'CY © Telegraph Media Group Limited 2022','LP','TD','CO natoo : North Atlantic Treaty Organization','IPD News','PUB Telegraph Media Group Limited',
     'AN Document DT00000020220112ei1c0004x','Search Summary','Results Found: 14'],
    headline='Nato warns Russia as Kremlin prepares Kazakh pullout')
q('410','with open eyes and an open hand','Jens Stoltenberg','Jens Stoltenberg','said',partial=True,note='closing mark before the full stop')
q('410',"We are ready to listen to Russia's concerns, but we will not compromise on the core principles, including the right of each nation to choose its own path,",'Jens Stoltenberg','Mr Stoltenberg','said',note='first paragraph of the TD block; "Mr" + surname')
q('410','legally binding guarantees, not promises','Sergey Ryabkov','Sergei Ryabkov','said',partial=True,note='spelling Sergei; canonical Sergey Ryabkov')
q('410','Within 48 hours they had paratroopers on the ground 3,000 miles away. Nobody in Europe should miss that lesson,','Ben Wallace','Mr Wallace','said',note='numbers inside the quote are not claims')
q('410','There is nothing to trade on enlargement. There is a lot to discuss on arms control,',None,'the diplomat','said',note='anonymous senior Nato diplomat')
c('410','troops_deployed',100000,'about','Russian troops massed near Ukraine','Western intelligence officials','about 100,000 troops')
c('410','troops_deployed',2030,None,'CSTO troops to begin leaving Kazakhstan',TOK,'its 2,030 troops')
c('410','detained',10000,'almost','people detained','Kazakh authorities','almost 10,000 people had been detained')
e('410','2022-01-12','talks','Brussels',['NATO','Russia'],'Nato will tell Russia today',note='NATO-Russia Council; "today" = publication day')
e('410','2022-01-11','statement',None,['Jens Stoltenberg'],'said yesterday that the alliance')
e('410','2022-01-10','talks','Geneva',['Russia','United States'],'talks with the Americans in Geneva on Monday')
e('410',None,'statement',None,['Ben Wallace'],'Ben Wallace, the Defence Secretary, said',note='undated')
e('410','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('410','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving on Thursday')
e('410','2022-01-10','other',None,['NATO'],'had agreed their position on Monday evening')
e('410','2022-01-13','talks','Vienna',['OSCE'],'the talks move to Vienna tomorrow',note='"tomorrow" from Wednesday 12 Jan')

# ---------------- 411 Wayback Machine capture of an eKathimerini page (07.01.2022, a Friday)
art('411',0,14,19,'Kathimerini','2022-01-07',[],None,
    [T[doc('411')].split('\n')[0],'37 captures','07 Jan 2022 - 22 Jun 2023','JAN FEB MAR','07','2021 2022 2023','About this capture','eKathimerini.com',
     'NEWS | POLITICS | ECONOMY | OPINION | LIFE','NEWS','Newsroom','07.01.2022 • 20:15','TAGS','Diplomacy  Diaspora  Russia','WE RECOMMEND',
     'Dendias to travel to Moscow next month',"Kazakhstan's crisis: What we know",'Kathimerini English Edition © 2022'],ls=9)
q('411','Our embassy in Nur-Sultan is in constant contact with the Greek community and with citizens who are temporarily in the country,','Alexandros Papaioannou','ministry spokesman Alexandros Papaioannou','told',note='words invented')
q('411','People are afraid to go out for bread. The phones worked again only this morning,','Nikos Kyriakidis','he','told',note='invented community leader; "he told Kathimerini"')
q('411','without warning',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='two-word partial of an order, with a speech verb')
q('411','a peaceful solution that respects the rights of the Kazakh people.','Nikos Dendias','Dendias','wrote',partial=True,note='"wrote on Twitter"')
c('411','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('411','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('411','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c('411','troops_deployed',2500,'about','CSTO troops',CSTO,'about 2,500 troops will take part')
e('411','2022-01-07','statement','Athens',[GRMFA],'The Greek Foreign Ministry said on Friday')
e('411','2022-01-05','other','Almaty',[],'had been looted on Wednesday night',note='looting of the association office')
e('411','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that he had authorised')
e('411','2022-01-06','other',None,['Kyriakos Mitsotakis','Nikos Dendias'],'discussed the situation with his Foreign Minister Nikos Dendias on Thursday',note='internal meeting')
e('411',None,'statement',None,['Nikos Dendias'],'Dendias later wrote on Twitter',note='"later" than Thursday; left null')
e('411',None,'troop_deployment','Kazakhstan',['Russia'],'has sent paratroopers to the country',note='undated')

# ---------------- 412 Premium Times (Nigeria) with AFP (January 8, 2022, a Saturday)
art('412',0,6,11,'Premium Times','2022-01-08',[],None,
    ['PREMIUM TIMES',"Nigeria's leading online newspaper, delivering breaking news and deep investigative reports",'Home » Business » Oil and Gas','By Agency Report',
     'January 8, 2022','(AFP)',"Support PREMIUM TIMES' journalism of integrity and credibility",'Donate','TEXT AD: Advertise on PREMIUM TIMES - ads@example.ng','PT Mag Campaign AD'])
q('412','Production is being adjusted temporarily due to logistics issues caused by the protests,',TCO,'the company','said in a statement')
q('412','the safety of our workforce remains our priority.',TCO,'the company','adding that',partial=True,note='continuation after the interposed "the company said in a statement, adding that"')
q('412','longer than needed.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('412','Every dollar above our budget benchmark of $57 helps, but we cannot plan our finances around riots in Central Asia,','Adaeze Okonkwo','she','told',note='invented economist; later "Mrs Okonkwo"; a money figure inside the quote')
c('412','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('412','killed',164,None,'people killed (figure later removed)','state television','164 people had been killed')
c('412','troops_deployed',2500,'about','CSTO troops',"AFP",'about 2,500 troops, according to AFP',note='the agency cites no further source')
e('412','2022-01-06','other','Tengiz',[TCO],'output at Tengiz had been reduced on Thursday',note='output cut')
e('412','2022-01-02','protest','Zhanaozen',[],'The protests began on January 2')
e('412','2022-01-05','protest','Almaty',[],'government buildings were set on fire on Wednesday')
e('412','2022-01-08','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Saturday")
e('412','2022-01-07','statement',None,['Dmitry Peskov'],'Dmitry Peskov said on Friday')
e('412','2022-01-04','talks',None,['OPEC'],'OPEC and its allies agreed on Tuesday',note='OPEC+ output decision; Tuesday before Saturday 8 Jan')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he']),
 sp('Recep Tayyip Erdogan','person',['Recep Tayyip Erdogan'],['President'],'Turkey',[],[],note='words paraphrased/invented'),
 sp('Mevlut Cavusoglu','person',['Mevlut Cavusoglu','Cavusoglu'],['Foreign Minister'],'Turkey',['He'],note='words invented'),
 sp('Emre Koksal','person',['Emre Koksal','Koksal'],['a Eurasia researcher at an Istanbul think tank'],'Turkey',[],note='invented'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh'],['Foreign Ministry spokesman'],'Iran',note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General',"the commander of Russia's Airborne Forces"],'Russia',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['he']),
 sp(GUT,'person',['Secretary-General'],['Secretary-General'],None,['He','he',"The Secretary-General's position"],note='never named; canonical from world knowledge (the UN Secretary-General in January 2022)'),
 sp('Michaela Friberg-Storey','person',['Michaela Friberg-Storey'],['The Resident Coordinator'],None,['She'],note='UN Resident Coordinator; words invented'),
 sp('Michelle Bachelet','person',['Michelle Bachelet'],['the High Commissioner for Human Rights'],None,note='words invented'),
 sp(QAMFA,'organisation',['Ministry of Foreign Affairs'],[],'Qatar',['The ministry']),
 sp('Sultan bin Saad al-Muraikhi','person',['Sultan bin Saad al-Muraikhi','al-Muraikhi'],['Minister of State for Foreign Affairs'],'Qatar',[],['HE Sultan bin Saad al-Muraikhi'],note='words invented'),
 sp('Qatar Airways','organisation',['Qatar Airways'],[],'Qatar',['the airline']),
 sp('Abdulla al-Kuwari','person',['Abdulla al-Kuwari'],['a Qatari engineering student in Almaty'],'Qatar',['he'],note='invented'),
 sp(PPO,'organisation',['his office'],[],'Kazakhstan',['the office']),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the ministry']),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Russian Defence Ministry spokesman','Major General'],'Russia',note='words invented'),
 sp('Shahriar Alam','person',['Shahriar Alam'],['State Minister for Foreign Affairs'],'Bangladesh',['he'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['the Nato Secretary General'],None,[],['Mr Stoltenberg'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['the deputy foreign minister'],'Russia',note='spelling Sergei here'),
 sp('Ben Wallace','person',['Ben Wallace','Wallace'],['the Defence Secretary'],'United Kingdom',[],['Mr Wallace'],note='words invented'),
 sp('Alexandros Papaioannou','person',['Alexandros Papaioannou'],['ministry spokesman'],'Greece',['He'],note='words invented'),
 sp('Nikos Kyriakidis','person',['Nikos Kyriakidis'],['heads a Greek cultural association in Almaty'],'Kazakhstan',['he'],note='invented; ethnic Greek in Almaty'),
 sp('Nikos Dendias','person',['Nikos Dendias','Dendias'],['Foreign Minister'],'Greece',note='words invented'),
 sp(TCO,'organisation',['Tengizchevroil'],[],'Kazakhstan',['the company']),
 sp('Adaeze Okonkwo','person',['Adaeze Okonkwo','Okonkwo'],['an energy economist'],'Nigeria',['she'],['Mrs Okonkwo'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of troop figures; not quoted in this set'),
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
