#!/usr/bin/env python3
"""Source of the devset23 annotation: the hand-chosen spans, values and dates for 277-284.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset23/annotation_source.py && python3 tests/devset23/verify.py
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
    A.append(dict(doc=f,index=index,headline=L[headline_line-1] if headline_line else None,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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

STOL='Jens Stoltenberg'; GRU='Alexander Grushko'; BLK='Antony Blinken'; PASH='Nikol Pashinyan'

# ---------------- 277 Izvestia piece in machine translation (11.01.2022, a Tuesday)
art('277',0,3,8,'Izvestia','2022-01-11',['Anna Korovina'],None,
    ['IZVESTIA','Politics','11.01.2022, 17:42','Anna Korovina','Translated automatically from Russian',
     'Read also: Geneva without breakthrough: what Ryabkov told after the talks','Tags: Kazakhstan, CSTO, Tokayev, Geneva','Subscribe to Izvestia in Telegram','© 2022 Izvestia'])
q('277','The main mission of the CSTO peacekeeping forces has been successfully fulfilled. In two days the phased withdrawal will begin, it will take not more than 10 days',TOK,'the Kazakh leader','said',note='«guillemets», then the MT pattern "», - said the Kazakh leader" (comma outside, hyphen as dash, inverted cue); a duration inside the quote')
q('277',"an attempt of coup d'etat",TOK,'The head of state','called',partial=True,note='straight quotes inside a text that otherwise uses guillemets')
q('277','The conversation was heavy and lengthy, but businesslike, and we did not feel that the American side is ready to meet our key demand','Sergey Ryabkov','Deputy Minister of Foreign Affairs Sergey Ryabkov','told',note='inverted "- told journalists Deputy Minister … Sergey Ryabkov" (MT word order: verb before the speaker)')
q('277','a chance for a reasonable compromise','Sergey Ryabkov','The diplomat','added',partial=True)
q('277','to shake the situation from outside','Vladimir Putin','President Vladimir Putin','declared',partial=True)
q('277','We have shown that we can act quickly and together','Vladimir Putin','the Russian leader','noted',note='"», - noted the Russian leader"')
q('277','For thirty years the CSTO was reproached that it is only a paper alliance. Now nobody will say so. But the quick exit is equally important, otherwise in Kazakhstan will start to talk about occupation','Igor Semenov','he','explained',note='invented political scientist, named in the sentence before; "occupation" inside the quote is not a separate quote')
c('277','detained',9900,None,'people detained during the counter-terrorist operation',TOK,'were detained 9900 persons',note='MT word order: verb before the number; no thousands separator')
c('277','troops_deployed',2030,None,'CSTO collective forces in Kazakhstan',RDM,'includes 2030 military personnel',note='"250 units of military and special equipment" and "7 objects" are not claims')
e('277','2022-01-11','statement','Nur-Sultan',[TOK],'This was announced on Tuesday',note='address to the Mazhilis; publication day')
e('277','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will start the withdrawal from Kazakhstan in two days',note='"in two days" from Tuesday 11 Jan (future)')
e('277','2022-01-11','appointment',None,['Alikhan Smailov'],'deputies approved the candidacy of Alikhan Smailov',note='"At the same session" = Tuesday')
e('277','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'On Monday in Geneva took place the Russian-American consultations')
e('277','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'which was held on Monday in format of video-conference',note='extraordinary CSTO Collective Security Council session')
e('277','2022-01-12','talks','Brussels',['Russia','NATO'],'Next round of dialogue Russia - NATO will be held on Wednesday in Brussels',note='future')
e('277','2022-01-13','talks','Vienna',['OSCE'],'on Thursday in Vienna will meet the Permanent Council of the OSCE',note='future')

# ---------------- 278 NATO press release (Issued on 12 Jan. 2022, a Wednesday)
art('278',0,6,8,'NATO','2022-01-12',[],None,
    ['North Atlantic Treaty Organization','NATO | Newsroom | News | Press releases','Press Release (2022) 004','Issued on 12 Jan. 2022 | Last updated: 12 Jan. 2022 18:20',
     'Photo: NATO Secretary General Jens Stoltenberg during the press conference after the NATO-Russia Council, 12 January 2022','Share this:','Print','Related news',
     'Secretary General: NATO will continue to support Ukraine','Back to top'])
q('278','This was a frank exchange, and frankness is useful. We heard the Russian concerns and we explained ours. The gaps between us are wide, and they will not be closed in one afternoon.',STOL,'NATO Secretary General Jens Stoltenberg','said',note='"said: “…”" with a colon before the quote')
q('278','We are ready to sit down again, and to discuss arms control, risk reduction and transparency of military exercises,',STOL,'Mr Stoltenberg','stated')
q('278','the right of each nation to choose its own path',STOL,'Mr Stoltenberg','adding',partial=True,note='"adding that NATO would not compromise on “…”"; full stop outside the mark')
q('278','very closely',STOL,'he','noted',partial=True,note='two-word partial with a speech verb; he = the Secretary General')
q('278','Any presence of foreign troops must respect the sovereignty of Kazakhstan and the rights of its people,',STOL,'the Secretary General','said',note='title-only attribution after the quote')
q('278','also did not say that they would not','Wendy Sherman','Deputy Secretary Sherman','told',partial=True)
q('278','deep disagreements on the basic questions',GRU,'Mr Grushko','told',partial=True)
c('278','troops_deployed',100000,'about','Russian troops massed near the border of Ukraine','NATO','Some 100,000 Russian troops',note='"according to NATO estimates"; "30 Allies" is not a claim')
e('278','2022-01-12','talks','Brussels',['NATO','Russia',GRU,'Alexander Fomin','Wendy Sherman'],'The NATO-Russia Council met on Wednesday (12 January 2022)')
e('278',None,'talks',None,['NATO','Russia'],'the previous one took place in July 2019',note='month only, no day')
e('278','2022-01-10','talks','Geneva',['United States','Russia'],'in Geneva two days earlier',note='two days before 12 Jan')
e('278','2022-01-12','statement','Brussels',[STOL],'Speaking to the press after the meeting')
e('278',None,'statement',None,[GRU],'Mr Grushko later told Russian media',note='"later" (probably 12 Jan)')
e('278','2022-01-13','talks','Vienna',['OSCE'],'Permanent Council in Vienna on Thursday (13 January)',note='future')

# ---------------- 279 White House press briefing transcript (January 7, 2022, a Friday)
art('279',0,3,9,'The White House','2022-01-07',[],None,
    ['The White House','BRIEFING ROOM','JANUARY 07, 2022 • PRESS BRIEFINGS','James S. Brady Press Briefing Room','12:48 P.M. EST','[...]','1:34 P.M. EST'])
q('279','fire without warning',TOK,'President Tokayev','said',partial=True,note='in a reporter\'s question ("Q"); "said today he has authorized his forces to “…”"; the one-word "bandits." in the same sentence is excluded')
q('279','The whole world is watching how the authorities respond, and we expect a peaceful and rights-respecting response.',BLK,'Secretary Blinken','said',note='quoted by the press secretary inside her unquoted answer ("as Secretary Blinken said yesterday, “…”"); Psaki\'s own answers are not quotes')
q('279','should not lecture','Dmitry Peskov','The Kremlin spokesman','said',partial=True,note='the spokesman is not named; Peskov from world knowledge (role unique)')
q('279','Recent history tells us that when Russian troops are invited in, getting them to go home again can be very hard.',BLK,'He','said',note='He = the Secretary (Blinken) from the previous sentence; quoted by Psaki')
c('279','troops_deployed',2000,'more than','Russian troops in Kazakhstan under the CSTO','Russia','more than 2,000 troops on the ground',note='in a reporter\'s question; "by its own count"')
c('279','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='in a reporter\'s question; label excluded from quotes')
c('279','detained',3000,'more than','people detained',MIA,'more than 3,000 people were detained')
e('279','2022-01-07','statement','Washington',['Jen Psaki'],'Press Briefing by Press Secretary Jen Psaki, January 7, 2022',note='the briefing itself (title line)')
e('279','2022-01-07','statement',None,[TOK],'President Tokayev said today',note='"today" = briefing day')
e('279','2022-01-06','statement',None,[BLK],'as Secretary Blinken said yesterday')
e('279','2022-01-06','talks',None,[BLK,'Mukhtar Tileuberdi'],'when they spoke on Thursday',note='phone call; Thursday before Friday 7 Jan')
e('279','2022-01-10','talks','Geneva',['United States','Russia'],'the talks on Monday in Geneva',note='future')
e('279','2022-01-06','other','Almaty',['State Department'],'authorized the voluntary departure',note='"which you may have seen yesterday" (announcement seen yesterday)')
e('279','2022-01-07','statement',None,['Dmitry Peskov'],'The Kremlin spokesman said this morning')

# ---------------- 280 Slack channel export of a newsroom (Thursday, January 6th, 2022)
art('280',0,None,5,None,'2022-01-06',[],None,
    ['#kz-desk','Exported from Slack · Channel: kz-desk · Thursday, January 6th, 2022','Aigerim Sadykova  8:51 AM','👀 4','Tom Harker  8:55 AM','(edited)','⚠️ 2','👍 1','3 replies Last reply 9:40 AM'])
q('280','several dozen attackers were neutralised',MIA,'they','say',partial=True,note='"they also say “…” overnight" in a message; they = Interior ministry (previous line, same message)')
q('280','for a limited time only',PASH,'Pashinyan','posted',partial=True)
q('280','to help restore order and calm',PASH,'Pashinyan statement','says',partial=True,note='speaker is Pashinyan; his statement is the subject of "says"')
q('280','maybe less, depends on what the Kazakhs ask for',None,'a CSTO source','told',partial=True,note='anonymous source; continuation of the reported figure')
q('280','The president is in the capital and he is in full control of the situation.','Berik Uali','Tokayev spokesman Berik Uali',None,note='"NAME just on TV: “…”" — colon, no speech verb, cue null (as devset 197)')
q('280','it was like a war, we lay on the floor until morning',None,'he','said',note='the reporter\'s unnamed brother; "a resident of Auezov district" in the same line is a description the reporter plans to use, not a quote, and is excluded')
q('280','an attempt from outside to break the state by force','Maria Zakharova','Zakharova','says',partial=True)
c('280','killed',8,None,'police and national guard killed',MIA,'8 police and national guard killed',note='"Interior ministry via Khabar"')
c('280','injured',317,None,'police and national guard injured',MIA,'317 injured')
c('280','troops_deployed',2500,'about','CSTO troops in total','a CSTO source','around 2,500 in total',note='"a CSTO source told Interfax"; times, "300 words" and reaction counts are not claims')
e('280','2022-01-05','statement',None,[PASH,CSTO],'last night Pashinyan posted',note='"last night" from Thursday 6 Jan')
e('280',None,'casualty_report',None,[MIA],'Interior ministry via Khabar',note='no day word (probably 6 Jan)')
e('280',None,'troop_deployment','Russia',[RDM],'paratroopers are already loading at Ivanovo and Ulyanovsk',note='present tense, no day word')
e('280','2022-01-06','statement',None,['Berik Uali'],'just on TV',note='"just" on the export day')
e('280',None,'statement',None,['Maria Zakharova'],'Zakharova says the events are',note='no day word')

# ---------------- 281 Hindustan Times live updates (Updated on Jan 07, 2022, a Friday; newest entry first)
art('281',0,3,10,'Hindustan Times','2022-01-07',[],None,
    ['hindustantimes.com','Home / World News','By HT News Desk | Edited by Shivani Kumar','Updated on Jan 07, 2022 09:55 PM IST','Follow us','Share Via','Read Time: 4 min',
     'Jan 07, 2022 09:55 PM IST','Jan 07, 2022 03:02 PM IST','TOPICS: Kazakhstan, Russia, CSTO','Get Latest World News along with Latest News from India at Hindustan Times.'],
    sections=(13,18,23,28,33,38,43))
q('281','Our embassy in Nur-Sultan is in constant touch with the Indian community, including students in Almaty,','Arindam Bagchi','spokesperson Arindam Bagchi','said',note='inverted-free: quote then "spokesperson NAME said"')
q('281','What negotiations can there be with people who burn and kill? They must be destroyed,',TOK,'the president','said',note='the entry heading \'No talks with criminals\' is single-quoted and excluded')
q('281','very quick',TOK,'He','thanked',partial=True,note='two-word evaluative partial; cue "thanked" (speech act)')
q('281','firm and effective steps','Xi Jinping','Xi','praised',partial=True,note='"according to CCTV" at the end of the sentence (channel, not speaker)')
c('281','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='label excluded from quotes')
c('281','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('281','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained',note='"it said" after the figure')
c('281','aircraft',70,'more than','Russian aircraft flying troops and equipment to Kazakhstan',RDM,'more than 70 aircraft',note='"1,200 Indian students" and "45th Guards" are not claims')
e('281',None,'statement',None,['Arindam Bagchi'],'said at the weekly briefing',note='no day word (entry stamped 7 Jan)')
e('281','2022-01-06','other','Almaty',[CSTO],'Almaty airport, retaken on Thursday',note='Thursday before Friday 7 Jan')
e('281',None,'statement',None,[TOK],'In a televised address',note='no day word (entry stamped 7 Jan)')
e('281',None,'casualty_report',None,[MIA],"Kazakhstan's interior ministry said 26",note='no day word')
e('281','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to Tokayev on Friday')
e('281','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Yesterday, the first Russian paratroopers arrived',note='"Yesterday" from 7 Jan (entry 08:05 AM IST)')

# ---------------- 282 Kyrgyz parliament (Jogorku Kenesh) press release (06.01.2022, a Thursday)
art('282',0,8,10,'Jogorku Kenesh of the Kyrgyz Republic','2022-01-06',[],None,
    ['JOGORKU KENESH OF THE KYRGYZ REPUBLIC','Official website','KG | RU | EN','Home > Press center > News','06.01.2022 18:30','Press service of the Jogorku Kenesh of the Kyrgyz Republic',
     'Print version','Share: Facebook | Twitter | Telegram','© 2022 Jogorku Kenesh of the Kyrgyz Republic. All rights reserved.'])
q('282','Our soldiers will not take part in actions against the civilian population. This is a firm condition,','Kamchybek Tashiev','K. Tashiev','said',note='inverted "said K. Tashiev" with an initial instead of the first name')
q('282','a fraternal country with which we share a 1,200-kilometre border.','Kamchybek Tashiev','He','stressed',partial=True,note='He = the Chairman of the SCNS; full stop inside the mark; the border length is not a claim')
q('282','People are worried that our boys will be sent to shoot at protesters. The state must give clear guarantees,','Dastan Bekeshev','the deputy','said')
q('282','Kyrgyzstan fulfils its obligations as an ally. Tomorrow it could be us who ask for help,','Talant Mamytov','he','said',note='"Toraga T. Mamytov" in the sentence before ("Toraga" = speaker of parliament)')
c('282','troops_deployed',150,None,'Kyrgyz servicemen to be sent to Kazakhstan','Kamchybek Tashiev','the contingent will consist of 150 servicemen',note='the vote "83 … 4" and "one month" are not claims')
e('282','2022-01-06','other','Bishkek',['Jogorku Kenesh','Talant Mamytov','Kamchybek Tashiev'],'Today, 6 January 2022, at an extraordinary sitting',note='parliament sitting and vote')
e('282','2022-01-05','talks',None,[CSTO,PASH,TOK],'on the evening of 5 January the Collective Security Council',note='CSTO Council decision')
e('282','2022-01-07','troop_deployment','Kazakhstan',['Kyrgyzstan'],'expected to depart tomorrow',note='"tomorrow" from 6 Jan (future)')

# ---------------- 283 bank research desk oil note (10 January 2022, a Monday)
art('283',0,5,11,'Halvorsen Bank Markets','2022-01-10',['Katrine Lund','Pieter de Wit'],None,
    ['HALVORSEN BANK MARKETS','Commodities Research | Oil Daily','10 January 2022','Analysts: Katrine Lund, Senior Oil Analyst | Pieter de Wit, EM Strategist',
     'Marketing material. Please see the important disclosures at the end of this report.','IMPORTANT DISCLOSURES',
     'This report has been prepared by Halvorsen Bank Markets for information purposes only. It does not constitute investment advice. Past performance is not a reliable indicator of future results.',
     'Halvorsen Bank ASA is authorised by the Financial Supervisory Authority of Norway.','Page 1 of 1'],
    sections=(10,15,20,27))
q('283','reduced for a short period','Tengizchevroil','Tengizchevroil','said',partial=True)
q('283','climbing back towards normal','Chevron','a Chevron spokesperson','said',partial=True,note='unnamed spokesperson, so the company is the speaker')
q('283','order has been restored in the main',TOK,'President Tokayev','told',partial=True)
q('283','The market is pricing this as a short, sharp shock rather than a regime change,','Pieter de Wit','de Wit','said',note='first half of a quote split by "said de Wit" (inverted cue); the analyst is one of the report\'s authors')
q('283','and for now we agree.','Pieter de Wit','de Wit','said',note='second half of the split quote')
q('283','A failure in Geneva matters more for oil than anything that happens in Almaty this week, because it feeds straight into the sanctions debate.','Katrine Lund','Lund','notes',note='"Lund notes: “…”" (colon, present tense)')
c('283','detained',7939,None,'people detained across the country','Kazakh authorities','7,939 people had been detained',note='oil volumes, prices, "5%", "100,000-150,000 b/d" are not claims')
c('283','troops_deployed',2030,'about','CSTO forces guarding key facilities',None,'about 2,030 troops')
e('283','2022-01-05','other','Tengiz',['Tengizchevroil'],'contractor protests cut production on Wednesday and Thursday',note='two-day range, first day used')
e('283',None,'statement',None,['Tengizchevroil'],'said last week that output',note='"last week" is not a day')
e('283','2022-01-08','statement',None,['Chevron'],'On Saturday a Chevron spokesperson said')
e('283','2022-01-09','casualty_report',None,['Kazakh authorities'],'Authorities said on Sunday')
e('283','2022-01-07','statement',None,[TOK],'President Tokayev told officials on Friday')
e('283','2022-01-10','talks',None,[CSTO],'emergency video summit today')
e('283','2022-01-02','protest','Mangystau',[],'where the January protests began on 2 January')
e('283','2022-01-10','talks','Geneva',['Russia','United States'],'Russia–US talks in Geneva start today')

# ---------------- 284 Politico Europe "Brussels Playbook" item (January 13, 2022, a Thursday)
art('284',0,4,14,'Politico','2022-01-13',['LAURA VENDRAMIN','PIET HOLSTEIN'],None,
    ['POLITICO','Brussels Playbook','Newsletter','By LAURA VENDRAMIN and PIET HOLSTEIN','January 13, 2022 7:00 am CET','Press play to listen to this article',
     'Voiced by artificial intelligence.','POLITICO Brussels Playbook','Presented by Nordic Grid Alliance','Subscribe to POLITICO Brussels Playbook','Privacy Policy | Terms of Service'])
q('284','Nobody walked out, nobody gave an inch.',None,'One NATO diplomat','summed it up',note='anonymous diplomat; "summed it up for Playbook: “…”"')
q('284','a frank and serious exchange',STOL,'Secretary General Jens Stoltenberg','called',partial=True)
q('284','unpredictable consequences',GRU,"Russia's Alexander Grushko",'warning',partial=True,note='two-word partial with a speech verb')
q('284','We came, we did the job, we are leaving,',None,'a Moscow official','told',note='anonymous official')
q('284',"Let's count the planes when they actually take off,",None,'one','said',note='"said one" (inverted) = one of the "EU officials" in the sentence before; anonymous')
q('284','a spectator','Josep Borrell','Foreign policy chief Josep Borrell','told',partial=True,note='two-word partial in "told reporters … that the EU must not be “…”"')
q('284','Europe has not stood this close to a large war in three decades.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warned',partial=True,note='clause after "warned on Tuesday that"; full stop inside the mark; "three decades" is not a number claim')
c('284','troops_deployed',2000,'about','CSTO troops to be withdrawn',RDM,'the roughly 2,000 CSTO troops',note='"roughly" normalised to about; the figure sits in the defence ministry\'s sentence')
c('284','detained',10000,'more than','people detained during and after the unrest','Kazakh authorities','more than 10,000 people were detained')
c('284','killed',164,None,'death toll (figure withdrawn)',"Kazakh Prosecutor General's Office",'put the death toll at 164',note='withdrawn figure')
e('284','2022-01-12','talks','Brussels',['NATO','Russia'],"Wednesday's NATO-Russia Council")
e('284','2022-01-12','statement',None,[RDM],"Russia's defence ministry said Wednesday")
e('284','2022-01-13','withdrawal','Kazakhstan',[CSTO],'due to begin today')
e('284','2022-01-13','talks','Brest',['European Union'],'EU foreign ministers meet informally in Brest today and tomorrow',note='two-day meeting, first day used')
e('284','2022-01-11','statement',None,['Josep Borrell'],'told reporters on Tuesday')
e('284','2022-01-13','talks','Vienna',['OSCE'],'The OSCE Permanent Council meets in Vienna today')
e('284','2022-01-10','talks','Geneva',['United States','Russia'],'after Geneva on Monday')
e('284','2022-01-11','statement',None,['Zbigniew Rau'],'warned on Tuesday')
e('284',None,'casualty_report',None,["Kazakh Prosecutor General's Office"],'at the weekend, then withdrew the figure',note='"at the weekend" is not one day (8-9 Jan)')
e('284',None,'other','Strasbourg',['European Parliament'],"next week's plenary in Strasbourg",note='"next week" is not a day; a requested debate')

# ---------------- speakers: quoted speakers, plus organisations that are sources of figures only
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the President of the republic'],'Kazakhstan',['the Kazakh leader','The head of state','the president','He'],[]),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Minister of Foreign Affairs'],'Russia',['The diplomat']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['President','Russian President'],'Russia',['the Russian leader']),
 sp('Igor Semenov','person',['Igor Semenov'],['Political scientist'],'Russia',['he'],note='invented'),
 sp(STOL,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General','Secretary General'],'Norway',['the Secretary General','he'],['Mr Stoltenberg']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','Deputy Secretary'],'United States'),
 sp(GRU,'person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',[],['Mr Grushko',"Russia's Alexander Grushko"]),
 sp(BLK,'person',['Blinken'],['Secretary'],'United States',['He','the Secretary'],note='only "Secretary Blinken" is printed; canonical from earlier sets'),
 sp('Dmitry Peskov','person',[],[],'Russia',['The Kremlin spokesman'],note='not named in this set; the role "The Kremlin spokesman" (279) is resolved from world knowledge'),
 sp(PASH,'person',['Nikol Pashinyan','Pashinyan'],['Prime Minister of Armenia'],'Armenia'),
 sp('Berik Uali','person',['Berik Uali'],['Tokayev spokesman'],'Kazakhstan'),
 sp('Maria Zakharova','person',['Zakharova'],[],'Russia',note='surname only in this set'),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['spokesperson'],'India',['he']),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China'),
 sp('Kamchybek Tashiev','person',['Kamchybek Tashiev','Tashiev'],['Chairman of the State Committee for National Security','the Chairman of the SCNS'],'Kyrgyzstan',['He'],['K. Tashiev']),
 sp('Dastan Bekeshev','person',['Dastan Bekeshev'],['Deputy'],'Kyrgyzstan',['the deputy'],note='real deputy; words invented'),
 sp('Talant Mamytov','person',['Talant Mamytov','Mamytov'],['Toraga of the Jogorku Kenesh','Toraga'],'Kyrgyzstan',['he'],['T. Mamytov']),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],[],'Kazakhstan',note='the Chevron-led operator of the Tengiz field'),
 sp('Chevron','organisation',['Chevron'],[],'United States',['a Chevron spokesperson']),
 sp('Pieter de Wit','person',['Pieter de Wit','de Wit'],['EM Strategist'],None,note='invented analyst, co-author of 283'),
 sp('Katrine Lund','person',['Katrine Lund','Lund'],['Senior Oil Analyst'],None,note='invented analyst, co-author of 283'),
 sp('Josep Borrell','person',['Josep Borrell'],['Foreign policy chief'],'European Union'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',['they']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,[],[],quoted=False,note='source of figures; not quoted'),
 sp(RDM,'organisation',['Ministry of Defense of Russia',"Russia's defence ministry",'Russian defence ministry'],[],'Russia',[],[],quoted=False,note='source of figures; not quoted'),
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
