#!/usr/bin/env python3
"""Source of the devset143 annotation: the hand-chosen spans, values and dates for 1237-1244.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset143/annotation_source.py && python3 tests/devset143/verify.py
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
def qp(p,prefix,speaker,saw,cue,**kw):
    """quote given by its opening words: runs from the prefix to the next closing double mark"""
    t=T[doc(p)]; assert t.count(prefix)==1,(p,prefix); s=t.index(prefix)
    k=min(i for i in (t.find('"',s),t.find('\u201d',s)) if i>=0)
    q(p,t[s:k],speaker,saw,cue,**kw)
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
IDMFA='Indonesian Foreign Ministry'; BGMFA='Bulgarian Foreign Ministry'; KGMOD='Kyrgyz Defence Ministry'; CNEMB='Chinese Embassy in Kazakhstan'
RYA='Sergey Ryabkov'

# ---------------- 1237 Jakarta Globe (January 8, 2022, a Saturday)
art('1237',0,5,12,'Jakarta Globe','2022-01-08',['Dewi Kartika Sari'],'Jakarta',
    ['Jakarta Globe','Home  News  Business  Lifestyle  International  Opinion','News | International','By : Dewi Kartika Sari','January 8, 2022 | 5:42 pm',
     'Smoke rises from the city hall in Almaty on Jan. 5, 2022. (Reuters Photo)','Tags: Kazakhstan, Almaty, Foreign Ministry, Indonesian citizens',
     'Share:  Facebook  Twitter  WhatsApp  Telegram','Follow Jakarta Globe on Google News','Copyright 2022 Jakarta Globe. All rights reserved.'])
qp('1237','So far all of our',  'Teuku Faizasyah','Teuku','told',note='second reference by the first name "Teuku" (Indonesian usage), after two role-only sentences "The spokesman said"')
q('1237','not yet needed','Teuku Faizasyah','He','added',partial=True)
q('1237','They are worried, of course, but they are calm,','Ratna Wulandari','she','said',note='stand-alone quote paragraph; she = Ratna Wulandari, whose words in the previous paragraph are indirect speech')
q('1237','a limited time',CSTO,'The alliance','said',partial=True)
q('1237','Do not wait until the airport is closed a second time,','Bambang Haryono','the lawmaker','said',note='lawmaker introduced by role ("a member of House Commission I"), then named, then "the lawmaker"')
c('1237','killed',26,None,'armed rioters killed',MIA,'26 armed rioters have been killed',note='"According to Kazakhstan\'s Interior Ministry"')
c('1237','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('1237','killed',18,None,'members of the security forces killed','state media','18 members of the security forces had died')
c('1237','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'has sent about 2,500 troops',note='the alliance is the subject that sent them (source null, as devset19 252)')
e('1237','2022-01-08','statement',None,[IDMFA],'the Foreign Ministry said on Saturday')
e('1237','2022-01-05','other',None,['Indonesian embassy in Nur-Sultan'],'opened a telephone hotline on Wednesday',note='hotline opened; Wednesday before Saturday 8 Jan')
e('1237','2022-01-05','protest','Almaty',[],'the day protesters stormed government buildings in Almaty')
e('1237',None,'statement','Jakarta',['Teuku Faizasyah'],'told reporters at a briefing in Jakarta',note='undated (likely the Saturday of the ministry statement)')
e('1237',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'at the request of President Kassym-Jomart Tokayev',note='undated')
e('1237',None,'statement','Jakarta',['Bambang Haryono'],'urged the government to prepare an aircraft',note='undated')

# ---------------- 1238 Aftenposten in translation (10.01.2022, a Monday)
art('1238',0,6,8,'Aftenposten','2022-01-10',['Kari Nordby Lunde'],None,
    ['Aftenposten','Nyheter  Økonomi  Sport  Kultur  Meninger','World','[Translated from Norwegian]','Kari Nordby Lunde','Journalist','Published: 10.01.2022 14:05',
     'Updated: 10.01.2022 16:40','Listen to the article   ▶ 4 min','Read also: Russian and American diplomats meet in Geneva: This is what they disagree on','Share   Facebook   Twitter   E-mail'])
qp('1238','We want to know how many','Anniken Huitfeldt','Huitfeldt','says',note='present-tense inverted cue "says Huitfeldt to Aftenposten" (Norwegian style)')
q('1238','deeply worrying','Anniken Huitfeldt','She','calls',partial=True,note='the dialogue-dash line "– That is an order …, she says." (l.'+str(ln('1238','– That is an order'))+') has no marks and is excluded')
q('1238','within days',None,'The source','says',partial=True,note='"A source in the Norwegian Foreign Ministry" (anonymous); source then "The source"')
qp('1238','Russia now has soldiers','Eirik Holmsen','he','says',note='invented researcher; introduced with "believes that" (indirect) in the paragraph before')
c('1238','killed',164,None,'people killed in the unrest','Kazakh authorities','164 people were killed in the unrest',note='"among them three children" is a subset, not a separate claim')
c('1238','detained',5800,None,'people detained','Kazakh authorities','5,800 people had been detained')
e('1238','2022-01-10','talks','Geneva',['Russia','United States'],'In Geneva, Russian and American diplomats met on Monday',note='in the dek')
e('1238',None,'statement',None,['Anniken Huitfeldt'],'says that Norway follows the situation in Kazakhstan closely',note='interview, undated (present tense "says")')
e('1238','2022-01-07','other',None,[TOK],'gave the order to fire without warning on Friday',note='shoot-without-warning order')
e('1238','2022-01-09','talks',None,['Anniken Huitfeldt','OSCE'],'spoke to the OSCE Secretary General on Sunday',note='phone call')
e('1238','2022-01-09','casualty_report',None,['Kazakh authorities'],'On Sunday the authorities also said')
e('1238','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'On Monday he told a video summit',note='CSTO video summit')

# ---------------- 1239 The Telegraph (India) (Published 11.01.22, 01:52 AM, a Tuesday)
art('1239',0,5,7,'The Telegraph','2022-01-11',[],'New Delhi',
    ['The Telegraph','Online Edition','Home / India / Kazakhstan unrest','Our Special Correspondent','New Delhi','Published 11.01.22, 01:52 AM',
     'Related: Students stuck in Almaty hostel count the days','Also read: Wheat, uranium and a railway: what India has at stake in Kazakhstan','Copyright © 2022 The Telegraph. All rights reserved.'])
qp('1239','Nobody is cancelling',None,'the official','told',note='"A senior official familiar with the planning" (anonymous), then "the official told The Telegraph"')
q('1239','the internal decisions','Arindam Bagchi','the spokesperson','saying',partial=True,note='named once, then "The spokesperson" / "the spokesperson" in two paragraphs')
qp('1239','He told us not to film','Priyanka Sen','she','said',note='invented student; "He" inside the quote is the (unnamed) envoy, whose words are otherwise all indirect speech')
qp('1239','Moscow has shown',None,'he','said',note='"A former ambassador to the region, who did not want to be named"')
c('1239','killed',164,None,'people died in the violence','Kazakh officials','164 people had died in the violence',note='the text says the figure was later withdrawn')
c('1239','detained',5800,None,'people detained, including foreigners','Kazakh officials','5,800 people had been detained')
e('1239','2022-01-10','statement','New Delhi',['Indian government'],'officials said on Monday',note='"Monday" from a Tuesday 01:52 AM stamp')
e('1239','2022-01-08','other',None,['Indian envoy in Nur-Sultan'],'held an online meeting with student representatives on Saturday',note='online meeting of the (unnamed) envoy with students')
e('1239',None,'statement',None,['Arindam Bagchi'],'said India was following the developments closely',note='undated')
e('1239','2022-01-09','casualty_report',None,['Kazakh officials'],'Kazakh officials said on Sunday')
e('1239','2022-01-10','talks','Geneva',['Russia','United States'],'began in Geneva on Monday')
e('1239','2022-01-12','talks','Brussels',['Russia','NATO'],'will move to Brussels on Wednesday',note='future')

# ---------------- 1240 Dnevnik in translation (07.01.2022, a Friday)
art('1240',0,6,10,'Dnevnik','2022-01-07',['Elena Petkova'],None,
    ['DNEVNIK.bg','World  |  Europe  |  Russia  |  Kazakhstan','07.01.2022, 18:20     Views: 3 214','Translation from Bulgarian','Elena Petkova',
     'Tags: Kazakhstan, Tokayev, CSTO, MFA','Comments (12)','Dnevnik is part of Economedia. All rights reserved.'])
qp('1240','We call on all sides','Teodora Genchovska','Genchovska','said',note='the one-word "fragile" in the previous paragraph is excluded')
qp('1240','Anyone who does not lay down',TOK,'the president','said',note='the one-word "bandits" in the previous paragraph is excluded')
qp('1240','How can one hold talks',TOK,'he','asked',note='question mark inside the closing mark; cue "asked"')
q('1240','for several days, maybe weeks',CSTO,'The alliance','said',partial=True)
qp('1240','For the Kremlin, this','Dimitar Kolev','he','said',note='invented analyst; the same paragraph continues "According to him, …" (indirect)')
c('1240','killed',26,None,'armed criminals killed',MIA,'26 armed criminals have been killed')
c('1240','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died')
c('1240','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained',note='attribution "the ministry said" after the figure')
c('1240','troops_deployed',2500,'about','CSTO force',CSTO,'the force numbered about 2,500')
c('1240','other',20000,'about','"bandits" who attacked the capital and the regions',TOK,'some 20,000 "bandits"',note='"some" → about; "According to Tokayev"')
c('1240','other',70,'more than','aircraft transporting the CSTO troops',RDM,'more than 70 aircraft',note='borderline: aircraft count of the deployment')
e('1240','2022-01-07','statement',None,[BGMFA],'The ministry said on Friday')
e('1240',None,'statement',None,['Teodora Genchovska'],'She told the National Radio',note='undated')
e('1240',None,'other',None,[BGMFA],'the ministry advised Bulgarians to avoid travel',note='travel advice, reported by BTA; undated')
e('1240','2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e('1240','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began sending troops on Thursday')
e('1240','2022-01-10','talks','Geneva',['Russia','United States'],'will meet in Geneva on Monday',note='future')

# ---------------- 1241 Vecherniy Bishkek in translation (12.01.2022, a Wednesday)
art('1241',0,5,10,'Vecherniy Bishkek','2022-01-12',['Asel Toktogulova'],None,
    ['VECHERNIY BISHKEK','Society | Politics | Incidents | Sport','Translation from Russian','12.01.2022 17:35','Author: Asel Toktogulova',
     'Photo: press service of the Ministry of Defence of the Kyrgyz Republic','Share: VK  Facebook  Telegram  WhatsApp','Read also:',
     '- Bishkek pharmacies run short of masks after rumours','- How much is a kilogram of flour in Osh today','© 2022 Vecherniy Bishkek. Use of materials only with a hyperlink.'])
qp('1241','The guys did everything',None,'the source','said',note='"a source in the General Staff" (anonymous)')
q('1241','behaved with dignity','Baktybek Bekbolotov','He','said',partial=True,note='"He said … and that, in his words, the soldiers had “…”"; He = the minister = Bekbolotov (named, then "The minister", then "He")')
qp('1241','We send our boys','Kanybek Osmonov','he','said',note='invented deputy; quote from an earlier occasion ("at the time")')
qp('1241','He said it was cold',None,'she','said',note='anonymous mother of a soldier; "He" inside the quote = her son')
c('1241','troops_deployed',150,None,'Kyrgyz servicemen sent to Kazakhstan',None,'the sending of 150 servicemen',note='parliament approval; no attribution')
c('1241','troops_deployed',2030,'about','CSTO servicemen in the operation',CSTO,'about 2,030 servicemen from CSTO countries',note='"according to the alliance" after the figure')
c('1241','detained',9900,None,'people detained since the start of the unrest','Kazakh officials','9,900 people have been detained')
e('1241','2022-01-13','troop_withdrawal','Almaty',[KGMOD],'will begin returning home on Thursday',note='future; Thursday after Wednesday 12 Jan (also in the headline)')
e('1241',None,'statement',None,[KGMOD],'the press service of the Ministry of Defence reported',note='no day given')
e('1241','2022-01-11','other',None,['Baktybek Bekbolotov'],'met the commanders on Tuesday by video link')
e('1241',None,'other','Bishkek',['Jogorku Kenesh'],'Earlier, the parliament approved the sending',note='"Earlier", no date (real: 6 Jan)')
e('1241','2022-01-10','talks',None,['Sadyr Japarov',CSTO],'at the CSTO online summit on Monday')
e('1241','2022-01-12','statement',None,[RDM],'The Russian Defence Ministry said on Wednesday',note='Wednesday = publication day')

# ---------------- 1242 Asia Sentinel analysis (January 14, 2022, a Friday)
art('1242',0,5,6,'Asia Sentinel','2022-01-14',['Martin Hale'],None,
    ['ASIA SENTINEL',"Asia's Independent Voice",'Home | China | South Asia | Southeast Asia | Central Asia | Opinion','By Martin Hale','January 14, 2022',
     'Martin Hale is a contributing writer based in Almaty.','Share this: Twitter  Facebook  LinkedIn  Email','Related',"Kazakhstan's Week of Fire",'What Tokayev Owes Putin Now'])
q('1242','long, hard and businesslike',RYA,'Deputy Foreign Minister Sergei Ryabkov','said',partial=True)
q('1242','never be allowed',RYA,'He','told',partial=True)
q('1242','a real danger of a new war in Europe','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',partial=True)
qp('1242','They read their papers',None,'the diplomat','told',note='"A Western diplomat … speaking on condition of anonymity"')
q('1242','the danger of war in our region is greater now than at any time in three decades.','Zbigniew Rau',"Poland's foreign minister Zbigniew Rau",'told',partial=True,note='clause after "told the Permanent Council that"; full stop inside the mark; "three decades" is not a claim')
q('1242','necessary measures','Alexander Lukashevich','he','said',partial=True,note='interposed cue "…, he said, Russia would take “…”"; he = "The Russian envoy, Alexander Lukashevich"; two-word stock phrase, borderline')
q('1242','relieved and uneasy at the same time',None,'One Chinese scholar','said',partial=True,note='anonymous scholar ("who asked that his name not be used")')
qp('1242','Everyone has agreed',None,'one European official','put it',note='"As one European official put it, “…”" — cue before the quote')
c('1242','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'About 2,030 CSTO troops had arrived there')
c('1242','killed',225,None,'people died in the unrest','Kazakh officials','225 people died in the unrest')
c('1242','killed',19,None,'members of the security forces among the dead','Kazakh officials','including 19 members of the security forces')
c('1242','detained',10000,'almost','people detained','Kazakh officials','nearly 10,000 were detained')
e('1242','2022-01-10','talks','Geneva',[RYA,'Wendy Sherman'],'who led the Russian side on Monday')
e('1242','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'On Wednesday the NATO-Russia Council met in Brussels')
e('1242','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'In Vienna on Thursday',note='OSCE Permanent Council')
e('1242','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'by Thursday the withdrawal had begun')
e('1242',None,'troop_deployment','Kazakhstan',[CSTO],'a Russian-led force flew into Kazakhstan',note='undated')

# ---------------- 1243 Sixth Tone (Jan 09, 2022, a Sunday)
art('1243',0,5,7,'Sixth Tone','2022-01-09',['Li Wenjing'],'SHANGHAI',
    ['SIXTH TONE',"Fresh voices from today's China",'NEWS  FEATURES  VOICES  VIDEOS','Li Wenjing','Jan 09, 2022','#world   #Kazakhstan   #energy',
     'Editor: Ben Miller.','(Header image: A gas station in Aktobe, Kazakhstan, Jan. 5, 2022. VCG)','Share   Weibo   WeChat   Twitter   Facebook'])
qp('1243','We could hear cars','Zhao','Zhao','told',note='engineer known only by his surname')
qp('1243','Our Kazakh colleagues','Zhao','Zhao','told',note='second half after the interposed "Zhao told Sixth Tone by phone on Saturday."')
q('1243','stay alert and avoid crowds,',CNEMB,'It','advised',partial=True,note='It = the embassy; comma inside the closing mark')
qp('1243','The lesson is that','Sun Lei','he','said',note='invented researcher; the one-word "underestimated" in the next sentence is excluded')
q('1243','decisive measures','Xi Jinping','President Xi Jinping','praising',partial=True,note='from a written message, "state media reported"')
c('1243','detained',4404,None,'people detained','Kazakh authorities','4,404 people had been detained')
c('1243','troops_deployed',2500,'about','CSTO troops in Kazakhstan',CSTO,'about 2,500 of them according to the alliance')
e('1243','2022-01-04','other','Aktobe',[],'came on Tuesday, when the local drivers did not turn up',note='drivers stayed away; Tuesday before Sunday 9 Jan')
e('1243','2022-01-07','statement',None,[CNEMB],'The Chinese Embassy in Kazakhstan said on Friday')
e('1243','2022-01-07','statement','Beijing',['Wang Wenbin'],'At a regular briefing in Beijing on Friday')
e('1243','2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Saturday')
e('1243','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a message to Tokayev on Friday')

# ---------------- 1244 Index.hu in machine translation (2022.01.11., a Tuesday)
art('1244',0,6,12,'Index','2022-01-11',['Gábor Várnai'],None,
    ['INDEX','Belföld  Külföld  Gazdaság  Vélemény  Kultúr','Külföld','[Machine translation from Hungarian]','2022.01.11. 12:47','Módosítva: 2022.01.11. 13:30',
     'Szerző: Gábor Várnai','Index also wrote about it: What is the CSTO, and why did Tokayev call it?','Hírlevél','Sign up for the Index newsletter!','Cookie settings   |   Impressum   |   Adatvédelem'])
qp('1244','Kazakhstan is a key partner','Péter Szijjártó','the minister','said',note='"the minister" after "According to Szijjártó" (indirect) and "The minister said" (indirect)')
q('1244','have never had to deal with armed gangs in their own streets','Péter Szijjártó','his','In his opinion',partial=True)
q('1244','standing on the side of the strong','Zsófia Kerekes','Zsófia Kerekes','said',partial=True,note='invented MP')
qp('1244','When people are shot','Zsófia Kerekes','she','wrote',note='a Facebook post')
c('1244','detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 people have been detained')
c('1244','killed',164,None,'people died','Kazakh authorities','164 people have died')
e('1244','2022-01-10','talks',None,['Péter Szijjártó','Mukhtar Tileuberdi'],'spoke on the phone with his Kazakh counterpart on Monday evening')
e('1244','2022-01-11','statement',None,['Péter Szijjártó'],'in a video posted on his Facebook page on Tuesday morning')
e('1244',None,'statement',None,['Zsófia Kerekes'],'she wrote on Facebook',note='undated')
e('1244','2022-01-11','statement','Nur-Sultan',[TOK],'announced in parliament on Tuesday')
e('1244','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'the gradual withdrawal would begin in two days',note='"in two days" from Tuesday 11 Jan; future')
e('1244','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva ended on Monday without a breakthrough')
e('1244','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets in Brussels on Wednesday',note='future')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Teuku Faizasyah','person',['Teuku Faizasyah','Teuku'],['Foreign Ministry spokesman'],'Indonesia',['The spokesman','He'],note='words invented; Indonesian usage: second reference by the first name "Teuku"'),
 sp('Ratna Wulandari','person',['Ratna Wulandari'],['The deputy head of the embassy'],'Indonesia',['she'],note='invented'),
 sp('Bambang Haryono','person',['Bambang Haryono'],['a member of House Commission I'],'Indonesia',['the lawmaker'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance']),
 sp('Anniken Huitfeldt','person',['Anniken Huitfeldt','Huitfeldt'],['Foreign Minister'],'Norway',['She','she'],note='words paraphrased/invented'),
 sp('Eirik Holmsen','person',['Eirik Holmsen','Holmsen'],['Researcher'],'Norway',['he'],note='invented researcher at NUPI'),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['External affairs ministry spokesperson'],'India',['The spokesperson','the spokesperson'],note='words paraphrased/invented'),
 sp('Priyanka Sen','person',['Priyanka Sen'],[],'India',['she'],note='invented student'),
 sp('Teodora Genchovska','person',['Teodora Genchovska','Genchovska'],['Foreign Minister'],'Bulgaria',['She','her'],note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the president','he','the head of state']),
 sp('Dimitar Kolev','person',['Dimitar Kolev'],['Analyst'],'Bulgaria',['he','him'],note='invented analyst; the Sofia Institute for Eastern Studies is invented'),
 sp('Baktybek Bekbolotov','person',['Baktybek Bekbolotov'],['Defence Minister'],'Kyrgyzstan',['The minister','He'],note='words invented'),
 sp('Kanybek Osmonov','person',['Kanybek Osmonov'],[],'Kyrgyzstan',['he'],note='invented deputy'),
 sp(RYA,'person',['Sergei Ryabkov','Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['He']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],None),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',note='words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],[],'Russia',['The Russian envoy','he']),
 sp('Zhao','person',['Zhao'],['One engineer'],'China',['he','He'],note='surname only'),
 sp(CNEMB,'organisation',['Chinese Embassy in Kazakhstan'],[],'China',['It']),
 sp('Sun Lei','person',['Sun Lei'],['a researcher at a Shanghai think tank'],'China',['he','He'],note='invented'),
 sp('Xi Jinping','person',['Xi Jinping'],['President'],'China',note='words from a written message, paraphrased'),
 sp('Péter Szijjártó','person',['Péter Szijjártó','Szijjártó'],['Hungarian Foreign Minister'],'Hungary',['the minister','He','his']),
 sp('Zsófia Kerekes','person',['Zsófia Kerekes'],['a member of parliament of the Democratic Coalition'],'Hungary',['she'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 1237 and 1240; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='mentioned in 1240 and 1241; not quoted'),
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
