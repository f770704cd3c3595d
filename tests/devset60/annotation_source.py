#!/usr/bin/env python3
"""Source of the devset60 annotation: the hand-chosen spans, values and dates for 573-580.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset60/annotation_source.py && python3 tests/devset60/verify.py
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
BYMOD='Belarusian Defence Ministry'; KA='Kazakh authorities'

# ---------------- 573 Kyiv Post live updates page (Updated: January 10, 2022, a Monday)
art('573',0,3,8,'Kyiv Post','2022-01-10',[],None,
    ['Kyiv Post','Ukraine  War  Politics  Business  World  Opinion  LIVE','By Kyiv Post staff','Updated: January 10, 2022, 21:40','Share  Tweet  Copy link',
     "READ ALSO: Kremlin says 'no deadline' for withdrawal from Kazakhstan",'Related','Live updates, January 8: Almaty airport back under government control',
     'Live updates, January 9: Kazakhstan marks day of mourning',"Kyiv Post is Ukraine's global voice. Support independent journalism: become a member.",'© 2022 Kyiv Post. All rights reserved.'],
    sections=tuple(ln('573',s) for s in ('21:35','19:10','16:20','14:05','12:30','10:15','08:50')))
q('573','attempted coup',TOK,'Tokayev','tells',partial=True,zone='headline',note='two-word headline partial ("Tokayev tells CSTO summit of “attempted coup”"); the body uses the words unquoted')
q('573','difficult, long, very professional','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','told',partial=True,note='"told reporters the meeting had been “…”"')
q('573','We need legally binding guarantees, and we need them now, not in a year or two,','Sergey Ryabkov','Ryabkov','said')
q('573','pushed back firmly','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('573',"Nobody will be allowed to slam shut NATO's open-door policy,",'Wendy Sherman','she','told',note='"she told a press call"')
q('573','The main goal was obvious: to undermine the constitutional order and to seize power,',TOK,'the Kazakh leader','said',note='title-only attribution after the quote')
q('573','What happened in Kazakhstan is a scenario that Moscow keeps ready for all its neighbours,','Dmytro Kuleba','Ukrainian Foreign Minister Dmytro Kuleba','wrote',note='inverted cue "…," Ukrainian Foreign Minister Dmytro Kuleba wrote on Twitter')
q('573','Ukraine will not be next.','Dmytro Kuleba','Ukrainian Foreign Minister Dmytro Kuleba','wrote',note='second sentence of the tweet after the interposed cue')
q('573','The speed tells you this was planned long before anyone in Nur-Sultan asked for help,','Taras Hnatiuk','he','said',note='invented analyst; "Nur-Sultan" inside the quote')
c('573','detained',7939,None,'people detained across Kazakhstan',TOK,'said 7,939 people had been detained',note='"He" = Tokayev')
c('573','troops_deployed',2030,'about','CSTO servicemen deployed','Vladimir Putin','about 2,030 servicemen',note='"According to Putin"')
c('573','other',250,'about','units of hardware deployed with the CSTO force','Vladimir Putin','some 250 units of hardware',note='"some" → about; hardware as `other` (devset3 120)')
c('573','killed',164,None,'people who died in the unrest (figure later corrected)','Kazakh health officials','164 people had died',note='"including children" (vague, no integer)')
e('573','2022-01-10','talks','Geneva',['Russia','United States'],'The Geneva talks are over',note='live entry 21:35 of 10 Jan, present perfect; no day word')
e('573','2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'met over a working dinner the day before',note='"the day before" the talks of Monday 10 Jan')
e('573','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'told an extraordinary video summit',note='no day word; same-day live entry (16:20) and the present-tense headline "Tokayev tells"')
e('573',None,'statement',None,['Dmytro Kuleba'],'wrote on Twitter',note='undated tweet (entry 14:05; likely 10 Jan)')
e('573','2022-01-05','other','Nur-Sultan',[TOK,CSTO],'after the request from Nur-Sultan last Wednesday',note='request for CSTO help; "last Wednesday" from Monday 10 Jan')
e('573','2022-01-06','troop_deployment','Almaty',['Russia'],'landed near Almaty last Thursday',note='"last Thursday" from Monday 10 Jan')
e('573','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday, NATO and Russia meet in Brussels',note='future, Wednesday after Monday 10 Jan')
e('573','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')
e('573',None,'casualty_report',None,['Kazakh health officials'],'Kazakh health officials said',note='undated; the entry is timed 08:50 (real report 9 Jan)')

# ---------------- 574 Delfi (Lithuania) English item (2022-01-07 16:48, a Friday)
art('574',0,4,8,'Delfi','2022-01-07',[],None,
    ['DELFI EN','Lithuania  World  Economy  Opinion  Culture','Lithuania','BNS, DELFI','2022-01-07 16:48','f  t  in  ✉','Photo: Scanpix/AFP. Protesters in Almaty on January 5.',
     'Tags: Kazakhstan, Russia, CSTO, Landsbergis','Comments (14)','Delfi reminds you that the use of BNS and DELFI content without permission is prohibited.'])
q('574','When the Kremlin sends soldiers to help a friendly regime, they rarely go home on schedule,','Gabrielius Landsbergis','Landsbergis','told',note='"told the BNS news agency" (agency name after the cue)')
q('574','We saw it in Georgia, we saw it in Ukraine, and now we are watching Kazakhstan.','Gabrielius Landsbergis','Landsbergis','told',note='continuation after the interposed cue')
q('574','important state and military facilities',CSTO,'The Collective Security Treaty Organization (CSTO)','said',partial=True)
q('574','It is the same pattern – first you call it peacekeeping, then you stay,','Laurynas Kasčiūnas','Kasčiūnas','said',note='en dash inside the quote; Lithuanian letters in the name')
q('574','with one voice','Laurynas Kasčiūnas','Kasčiūnas','adding',partial=True,note='"adding that NATO should answer … “…”"')
q('574','Tokayev invited the troops himself, and he will want them out quickly, because every day they stay makes him look weaker.','Rūta Vaitkevičiūtė','her','In her words',note='cue "In her words," before the quote; a name (Tokayev) inside the quote; invented political scientist')
c('574','aircraft',70,'more than','aircraft used to fly in the troops',RDM,'more than 70 aircraft')
c('574','troops_deployed',2500,'about','CSTO servicemen in total',CSTO,'about 2,500 servicemen',note='"the bloc later put the total at"')
c('574','killed',26,None,'"armed criminals" killed',KA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('574','killed',18,None,'members of the security forces killed',KA,'18 members of the security forces had died')
c('574','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
e('574','2022-01-07','statement',None,['Gabrielius Landsbergis'],'Gabrielius Landsbergis on Friday said')
e('574','2022-01-06','statement',None,[CSTO],'said on Thursday that its forces would protect',note='Thursday before Friday 7 Jan')
e('574','2022-01-07','casualty_report',None,[KA],'Kazakh authorities said on Friday morning')
e('574','2022-01-12','other',None,['Seimas Committee on National Security and Defence'],'on the agenda of the committee on Wednesday',note='future ("would be on the agenda") → the next Wednesday after Friday 7 Jan')
e('574','2022-01-10','talks','Geneva',['Russia','United States'],'due to hold security talks in Geneva on Monday')
e('574',None,'talks','Brussels',['NATO','Russia'],'followed by a NATO-Russia Council meeting in Brussels',note='no day given (real 12 Jan)')
e('574','2022-01-02','protest','Zhanaozen',[],'The unrest began on Sunday in the oil town of Zhanaozen',note='past "began on Sunday" → Sunday before Friday 7 Jan')

# ---------------- 575 TVP World (12.01.2022 | 17:26, a Wednesday)
art('575',0,4,8,'TVP World','2022-01-12',[],None,
    ['TVP WORLD','Home | Politics | Security | Business | Culture | Watch LIVE','POLITICS','PAP, TVP World','12.01.2022 | 17:26','Share on Facebook  Share on Twitter',
     'Photo: PAP/Radek Pietruszka','READ MORE','NATO-Russia Council ends with no agreement on Ukraine','Kazakhstan: Tokayev names new prime minister','#OSCE #Kazakhstan #Rau #NATO'])
q('575','greater than ever in 30 years','Zbigniew Rau','Rau',None,partial=True,zone='headline',note='headline "Rau: …" (colon attribution, no verb); shortened from the body quote')
q('575','The OSCE has tools for dialogue and monitoring, and we are ready to put them at Kazakhstan’s disposal,','Zbigniew Rau','the minister','said',note='curly quotes; "the minister said"')
q('575','It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Rau','told',note='a duration ("30 years") inside the quote; not a claim')
q('575','an honest broker','Zbigniew Rau','Rau','adding',partial=True)
q('575','with great attention','Marcin Przydacz','Deputy Foreign Minister Marcin Przydacz','told',partial=True,note='full stop outside the closing mark')
q('575','better than anyone what Russian guarantees are worth','Marcin Przydacz','He','said',partial=True)
q('575','Two days from request to landing – that is the real message to Warsaw and Vilnius,','Jan Wierzbicki','he','said',note='invented professor')
c('575','detained',7939,None,'people detained during the unrest',KA,'7,939 people were detained')
c('575','killed',225,None,'death toll of the unrest','officials','Officials put the death toll at 225')
c('575','killed',19,None,'members of the security forces killed','officials','19 members of the security forces')
c('575','troops_deployed',2030,'about','CSTO contingent',None,'about 2,030 troops',note='the CSTO is the subject, not a source')
e('575','2022-01-01','other',None,['Zbigniew Rau','OSCE'],'took over the chairmanship of the OSCE on January 1')
e('575','2022-01-12','statement','Warsaw',['Zbigniew Rau'],'Rau, speaking in Warsaw on Wednesday')
e('575','2022-01-11','other',None,['Zbigniew Rau','Mukhtar Tileuberdi'],'had written to Kazakh Foreign Minister Mukhtar Tileuberdi the day before',note='letter; "the day before" Wednesday 12 Jan')
e('575','2022-01-13','talks','Vienna',['OSCE'],'open the OSCE Permanent Council in Vienna on Thursday')
e('575','2022-01-10','talks','Geneva',['United States','Russia'],'On Monday, US and Russian diplomats met in Geneva')
e('575','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday the NATO-Russia Council convened in Brussels')
e('575','2022-01-13','withdrawal','Kazakhstan',[CSTO],'is due to begin withdrawing on Thursday')
e('575','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')
e('575',None,'troop_deployment','Kazakhstan',[CSTO],'where a Moscow-led alliance deployed troops last week',note='"last week" is not a day')

# ---------------- 576 Romania Insider (13 January 2022, a Thursday)
art('576',0,3,7,'Romania Insider','2022-01-13',['Irina Dobrescu'],None,
    ['Romania Insider','Business | Politics | Real Estate | Travel | Events | Jobs','13 January 2022','by Irina Dobrescu','(Photo source: MAE press office)','irina@romania-insider.com',
     'Share  Tweet  Email','Related stories','Romania raises alert level at embassy in Nur-Sultan','Romanian companies with operations in Kazakhstan resume activity',
     'Romania Insider is the leading English-language website about Romania. Subscribe to our newsletter.'])
q('576','Nothing about the security of Romania can be decided without Romania, and nothing about the eastern flank without the eastern flank,','Bogdan Aurescu','Aurescu','said in a statement',note='"Aurescu said in a statement released by the Ministry of Foreign Affairs (MAE)": the speaker is the minister, not the ministry')
q('576','as soon as possible, as promised','Bogdan Aurescu','He','said',partial=True,note='"The Romanian diplomat" in the sentence before')
q('576','We are not a party to the conflict in Kazakhstan, but we are a party to European security,','Vasile Dîncu','Dîncu','said')
q('576','What we saw there – an alliance arriving in two days – is what Moscow wants to be able to do anywhere.','Vasile Dîncu','Dîncu','said',note='continuation after the interposed cue')
q('576','For Moscow, Almaty and Kyiv are on the same map,','Sorin Ionescu','Ionescu','told',note='invented analyst; "told Romania Insider"')
c('576','troops_deployed',2030,'about','CSTO troops to be withdrawn',TOK,'the roughly 2,030 troops',note='"roughly" → about')
c('576','killed',225,None,'people who died during the unrest','Kazakh officials','225 people died')
c('576','killed',19,None,'law enforcement officers killed','Kazakh officials','19 law enforcement officers')
c('576','detained',10000,'almost','people detained','Kazakh officials','nearly 10,000 people were detained',note='"nearly" → almost')
e('576','2022-01-13','statement',None,['Bogdan Aurescu'],'Bogdan Aurescu said on Thursday')
e('576','2022-01-13','talks','Vienna',['OSCE','Russia'],'as the OSCE Permanent Council met in Vienna',note='same day as the statement')
e('576',None,'troop_deployment','Kazakhstan',[CSTO],'were deployed last week',note='"last week"')
e('576','2022-01-11','statement',None,[TOK],'On Tuesday, Kazakhstan’s President Kassym-Jomart Tokayev announced')
e('576','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin two days later',note='two days after Tuesday 11 Jan')
e('576','2022-01-13','statement',None,[RDM],'The Russian Defence Ministry said on Thursday',note='first units loading onto Il-76s')
e('576','2022-01-12','statement',None,['Vasile Dîncu'],'cited on Wednesday evening')
e('576',None,'other','Istanbul',['Romanian Ministry of Foreign Affairs'],'returned on a commercial flight via Istanbul',note='return of citizens, undated')

# ---------------- 577 RFE/RL Georgian Service in translation (January 08, 2022 19:12 GMT, a Saturday)
art('577',0,4,8,'RFE/RL','2022-01-08',['Nino Kharadze'],None,
    ['რადიო თავისუფლება',"Radio Tavisupleba — RFE/RL's Georgian Service",'Georgia  Region  Russia  Ukraine  Video  ქართ | ENG','January 08, 2022 19:12 GMT','By Nino Kharadze',
     'This article was translated from Georgian.','Share  Facebook  Twitter  Telegram  Email','Comments',
     'Copyright (c) 2022. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.'])
q('577','Russia never comes anywhere for a short time,','Giorgi Vashadze','opposition lawmaker Giorgi Vashadze','told',note='inverted cue "…," opposition lawmaker Giorgi Vashadze told RFE/RL')
q('577','Our experience is very simple – ask how they will leave before they arrive.','Giorgi Vashadze','opposition lawmaker Giorgi Vashadze','told',note='continuation')
q('577','Kazakhstan is a friendly country, and we trust that its people will overcome this crisis,','David Zalkaliani','Zalkaliani','said',note='"the minister" in the preceding sentence')
q('577','This is not 2008, and Georgia is not Kazakhstan,',None,'the lawmaker','answered',note='anonymous ruling-party member; nearest-name trap: "the lawmaker" is not the opposition lawmaker Vashadze; the interviewer question on the line before is unquoted (dash-introduced)')
q('577','Nobody is going to invite anyone.',None,'the lawmaker','answered',note='continuation')
q('577','the real test is whether the paratroopers are gone by the end of the month','Levan Beridze','Beridze','According to',partial=True,note='invented analyst; full stop outside the closing mark')
c('577','troops_deployed',2500,'about','CSTO force',CSTO,'its force would number about 2,500')
c('577','aircraft',70,'more than','aircraft that delivered the contingent',RDM,'more than 70 aircraft')
c('577','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
e('577','2022-01-08','statement',None,['Giorgi Vashadze'],'told RFE/RL on Saturday')
e('577','2022-01-07','statement',None,['David Zalkaliani'],'David Zalkaliani said on Friday')
e('577','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the first units arrived on Thursday')
e('577','2022-01-08','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Saturday")
e('577','2022-01-02','protest','Zhanaozen',[],'The unrest began last Sunday in Zhanaozen')
e('577','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')

# ---------------- 578 Charter97.org (7.01.2022, 13:05, a Friday)
art('578',0,4,5,'Charter97.org','2022-01-07',[],None,
    ['Charter97.org',"News from Belarus | Opinions | Video | In English | Support Charter'97",'7.01.2022, 13:05','Join our Telegram channel to receive news first!',
     'Facebook  VK  Twitter  Telegram','Write a comment 23','The editors do not necessarily share the opinions of the authors.'])
q('578','This is not our war','Sviatlana Tsikhanouskaya',None,None,zone='headline',note='headline quote after a colon; the words are Tsikhanouskaya\'s (body l.'+str(ln('578','condemned the deployment'))+')')
q('578','strategic facilities',BYMOD,'the ministry','According to',partial=True)
q('578','If we do not help Kazakhstan today, tomorrow they will come for us,','Alexander Lukashenko','the dictator','said',note='pejorative descriptor "the dictator"; Belarusian spelling "Lukashenka" in the sentence before')
q('578','as an ally should','Alexander Lukashenko','the dictator','adding',partial=True)
q('578','Belarusian soldiers must not be used to suppress people who came out to protest peacefully. This is not our war,','Sviatlana Tsikhanouskaya','she','wrote')
q('578','by a man who has no legitimacy to send anyone anywhere','Pavel Latushka','Pavel Latushka','said',partial=True)
q('578','He said they were being taken on exercises. Then I saw him on television in Almaty.',None,'The mother of one of the conscripts','told us',note='anonymous; quote introduced by a colon; "He" inside the quote is her son')
q('578','Lukashenka needs pictures of Belarusian soldiers abroad, to show that he is still needed in Moscow,','Yahor Lednik','Lednik','says',note='invented analyst; present-tense cue; a name inside the quote')
c('578','troops_deployed',150,'at most','Belarusian servicemen sent','independent military observers','no more than 150 people',note='"no more than" → at most (new qualifier)')
c('578','killed',26,None,'protesters killed',KA,'26 protesters were killed')
c('578','killed',18,None,'security officers killed',KA,'18 security officers died')
c('578','injured',1000,'more than','people injured','Kazakh health ministry','More than 1,000 people were injured')
c('578','troops_deployed',2500,'about','CSTO force under Serdyukov',CSTO,'about 2,500 servicemen')
e('578','2022-01-06','statement',None,[BYMOD],'the Defence Ministry of Belarus reported on Thursday night')
e('578',None,'troop_deployment','Almaty',[BYMOD],'the first group landed at an airfield near Almaty',note='landing not dated; announced on Thursday night')
e('578','2022-01-05','statement',None,['Alexander Lukashenko'],'spoke about the mission on Wednesday evening')
e('578','2022-01-07','statement',None,['Sviatlana Tsikhanouskaya'],'in a statement on Friday')
e('578',None,'statement',None,['Pavel Latushka'],'the head of the National Anti-Crisis Management, said',note='undated')
e('578','2022-01-05','other',None,[],'her son had called on Wednesday',note='private phone call; Wednesday before Friday 7 Jan')

# ---------------- 579 Zerkalo (Belarus) in translation (11 January 2022 at 18:40, a Tuesday)
art('579',0,6,7,'Zerkalo','2022-01-11',['Kiryl Sakalou'],None,
    ['ЗЕРКАЛО / zerkalo.io','News  Economy  Society  World  Sport  Cars  Realty','World','11 January 2022 at 18:40','Source: Zerkalo','Illustrative photo: Belarusian Ministry of Defence',
     'Did you notice a mistake? Select it and press Ctrl+Enter.','Author: Kiryl Sakalou','Telegram · Viber · Instagram · YouTube',
     'Zerkalo is an independent media outlet. Use of materials is possible only with a direct link.'],
    sections=tuple(ln('579',s) for s in ('How many Belarusians are there?','What did the operation cost?','What do relatives say?','What happened in Kazakhstan?')))
q('579','The mission is accomplished.',TOK,None,None,zone='headline',note='headline opens with a quote; Tokayev\'s words, given only indirectly in the body (l.9)')
q('579','In two days, the phased withdrawal of the united CSTO peacekeeping contingent will begin. It will take no more than ten days,',TOK,'the Kazakh president','said',note='durations inside the quote')
q('579','Our soldiers are guarding a military airfield and are performing the task in full,','Viktor Khrenin','Defence Minister Viktor Khrenin','said')
q('579','cost tens of thousands of dollars per rotation','Aliaksei Voitsikau','Economist Aliaksei Voitsikau','said',partial=True,note='invented economist; a vague money figure, not a claim')
q('579','They call rarely, once every two or three days, and say that everything is calm,',None,'the father of one of the contract soldiers','told',note='anonymous relative')
q('579','continue the mission for as long as needed','Vladimir Makei','Belarusian Foreign Minister Vladimir Makei','said',partial=True,note='full stop outside the closing mark')
q('579','Without the CSTO we could have lost control of Almaty,',TOK,'he','said',note='split quote "…," he said, "…"; "Tokayev" opens the sentence')
q('579','but now the situation is stable.',TOK,'he','said',note='second half of the split quote')
c('579','troops_deployed',2030,'about','servicemen in the CSTO contingent',CSTO,'about 2,030 servicemen',note='"In the CSTO\'s figures"')
c('579','other',250,None,'units of equipment in the CSTO contingent',CSTO,'250 units of equipment')
c('579','detained',9900,None,'people detained',MIA,'9,900 people have been detained')
c('579','killed',164,None,'death toll (later revised)',KA,'a death toll of 164')
e('579','2022-01-11','statement',None,[TOK],'told the Mazhilis, the lower house of parliament, on Tuesday')
e('579','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will start leaving on Thursday',note='dek; Thursday after Tuesday 11 Jan')
e('579','2022-01-10','statement',None,['Viktor Khrenin'],'in a video published by the ministry on Monday')
e('579','2022-01-02','protest',None,[],'Protests began on 2 January')
e('579','2022-01-10','statement',None,['Vladimir Makei'],'said the day before that Minsk was ready',note='"the day before" = Monday 10 Jan')

# ---------------- 580 N1 (Serbia) English (08/01/2022 14:22, a Saturday)
art('580',0,4,8,'N1','2022-01-08',[],None,
    ['N1','Serbia | Region | World | Business | Sci-Tech | Sport | English','English','Beta, N1 Belgrade','08/01/2022 14:22','>','N1 is a CNN affiliate.',
     'Follow N1 on Facebook, Twitter and Instagram','Tags: Kazakhstan, CSTO, Aleksandar Vucic, Russia'])
q('580','we are only observers','Aleksandar Vucic','Vucic',None,partial=True,zone='headline',note='headline "Vucic: …, “…”" (colon attribution)')
q('580','We are observers, nothing more, and Serbian soldiers do not go to foreign wars,','Aleksandar Vucic','Vucic','told')
q('580','Kazakhstan is our friend, and I hope they will solve everything peacefully.','Aleksandar Vucic','Vucic','told',note='continuation')
q('580','has nothing to do with any foreign contingent','Nebojsa Stefanovic',"Serbia's Defence Minister Nebojsa Stefanovic",'said',partial=True)
q('580','Our president calls every dictator a friend and then says we are neutral,','Marinika Tepic','she','said in a statement')
q('580','costs Serbia nothing and gives Moscow a photo opportunity','Dragan Milenkovic','Belgrade-based security analyst Dragan Milenkovic','told',partial=True,note='invented analyst')
q('580','If Serbia ever took part in a CSTO mission, its EU path would be finished the same day.','Dragan Milenkovic','Milenkovic','added',note='colon cue "Milenkovic added: “…”"')
c('580','detained',4000,'more than','people detained',KA,'more than 4,000 people have been detained')
c('580','killed',26,None,'"armed criminals" killed',KA,'26 "armed criminals" have been killed',note='scare-quoted label excluded')
c('580','troops_deployed',2500,'about','CSTO troops, mostly Russian',CSTO,'around 2,500 troops',note='"around" → about')
e('580','2022-01-08','statement','Belgrade',['Aleksandar Vucic'],'Aleksandar Vucic said on Saturday')
e('580','2022-01-07','talks',None,['Aleksandar Vucic',TOK],'had spoken by phone with President Kassym-Jomart Tokayev on Friday')
e('580','2022-01-07','statement',None,['Nebojsa Stefanovic'],'said the previous day',note='"the previous day" before Saturday 8 Jan')
e('580',None,'statement',None,['Marinika Tepic'],'she said in a statement',note='undated')
e('580','2022-01-10','talks','Geneva',['Russia','United States'],'will hold talks in Geneva on Monday')
e('580','2022-01-12','talks',None,['NATO','Russia'],'followed by a NATO-Russia Council on Wednesday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],["Kazakhstan's President",'President'],'Kazakhstan',['the Kazakh leader','the Kazakh president','he']),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',['she']),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba'],['Ukrainian Foreign Minister'],'Ukraine'),
 sp('Taras Hnatiuk','person',['Taras Hnatiuk'],['Kyiv-based analyst'],'Ukraine',['he'],note='invented'),
 sp('Gabrielius Landsbergis','person',['Gabrielius Landsbergis','Landsbergis'],['Lithuanian Foreign Minister'],'Lithuania',['The minister'],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the bloc','the organisation']),
 sp('Laurynas Kasčiūnas','person',['Laurynas Kasčiūnas','Kasčiūnas'],['chairman of the Seimas Committee on National Security and Defence'],'Lithuania',note='words invented'),
 sp('Rūta Vaitkevičiūtė','person',['Rūta Vaitkevičiūtė'],['Political scientist'],'Lithuania',['her'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',['the minister'],note='words invented'),
 sp('Marcin Przydacz','person',['Marcin Przydacz'],['Deputy Foreign Minister'],'Poland',['He'],note='words invented'),
 sp('Jan Wierzbicki','person',['Jan Wierzbicki'],['Professor'],'Poland',['he'],note='invented'),
 sp('Bogdan Aurescu','person',['Bogdan Aurescu','Aurescu'],['foreign minister'],'Romania',['The Romanian diplomat','He'],note='words invented'),
 sp('Vasile Dîncu','person',['Vasile Dîncu','Dîncu'],['defence minister'],'Romania',note='words invented'),
 sp('Sorin Ionescu','person',['Sorin Ionescu','Ionescu'],['Analyst'],'Romania',note='invented'),
 sp('Giorgi Vashadze','person',['Giorgi Vashadze'],['opposition lawmaker'],'Georgia',note='words invented'),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],['Foreign Minister'],'Georgia',['the minister'],note='words invented'),
 sp('Levan Beridze','person',['Levan Beridze','Beridze'],['Tbilisi-based analyst'],'Georgia',note='invented'),
 sp('Alexander Lukashenko','person',['Lukashenka'],[],'Belarus',['the dictator'],["Lukashenka's"],note='only the Belarusian spelling "Lukashenka" in this set; canonical from earlier sets'),
 sp(BYMOD,'organisation',['Defence Ministry of Belarus','Ministry of Defence'],[],'Belarus',['the ministry']),
 sp('Sviatlana Tsikhanouskaya','person',['Sviatlana Tsikhanouskaya'],['Opposition leader'],'Belarus',['she'],note='words invented'),
 sp('Pavel Latushka','person',['Pavel Latushka'],['the head of the National Anti-Crisis Management'],'Belarus',note='words invented'),
 sp('Yahor Lednik','person',['Yahor Lednik','Lednik'],['Military analyst'],'Belarus',note='invented'),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defence Minister'],'Belarus',note='words invented'),
 sp('Aliaksei Voitsikau','person',['Aliaksei Voitsikau'],['Economist'],'Belarus',note='invented'),
 sp('Vladimir Makei','person',['Vladimir Makei'],['Belarusian Foreign Minister'],'Belarus',note='words invented'),
 sp('Aleksandar Vucic','person',['Aleksandar Vucic','Vucic'],['Serbian President'],'Serbia',note='words invented'),
 sp('Nebojsa Stefanovic','person',['Nebojsa Stefanovic'],["Serbia's Defence Minister"],'Serbia',note='words invented'),
 sp('Marinika Tepic','person',['Marinika Tepic'],['Opposition MP'],'Serbia',['she'],note='words invented'),
 sp('Dragan Milenkovic','person',['Dragan Milenkovic','Milenkovic'],['Belgrade-based security analyst'],'Serbia',note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],[],quoted=False,note='source of two figures in 573; not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry',"Russia's Defence Ministry"],[],'Russia',[],[],quoted=False,note='source of the aircraft figures; not quoted'),
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
