#!/usr/bin/env python3
"""Source of the devset76 annotation: the hand-chosen spans, values and dates for 701-708.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement is written out below by hand.
Run: python3 tests/devset76/annotation_source.py && python3 tests/devset76/verify.py
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
PUT='Vladimir Putin'; SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; PAS='Nikol Pashinyan'; KHM='Kazakh Health Ministry'

# ---------------- 701 The Sun (14:32, 8 Jan 2022, a Saturday)
art('701',0,3,4,'The Sun','2022-01-08',['Tom Harding'],None,
    ['The Sun','News  |  World News  |  Politics','Tom Harding, Foreign News Reporter','14:32, 8 Jan 2022','Updated: 16:05, 8 Jan 2022',
     'Click to share on Facebook (Opens in new window)','Click to share on Twitter (Opens in new window)','Click to email a link to a friend (Opens in new window)',
     'PICTURED: Russian paratroopers board an Il-76 transport plane outside Moscow','Got a story? Email us at exclusive@the-sun.co.uk','MOST READ IN NEWS',
     'TRAGIC FIND Police probe after body found on beach','WINTER WARNING Snow and ice to hit Britain next week'])
q('701','FIRE WITHOUT WARNING',TOK,'Kazakh strongman','tells',zone='headline',note='all-caps headline quote at the start of the headline; the body has the lower-case partial (l.12)')
q('701','fire without warning',TOK,"KAZAKHSTAN'S president",'ordered',partial=True,note='tabloid all-caps lead words; cue "ordered his forces to"')
q('701','What negotiations can there be with criminals and murderers?',TOK,'he','said',note='split quote around "he said in a chilling TV address"; he = Tokayev (l.14)')
q('701','They must be destroyed, and this will be done soon.',TOK,'he','said',note='second half after the interposed cue')
q('701',"We've been told to stay indoors. The internet has been off for three days and the cash machines are empty.",'Gary Whitlock','Brit expat Gary Whitlock','told',note='"told The Sun:"; a duration inside the quote; age 47')
q('701','Once the Russians are in, they decide when the job is done. Ask the Georgians.','Hugh Penrose','Former Army officer Colonel Hugh Penrose','said',note='invented retired officer; rank "Colonel" inside the descriptor')
q('701','as long as the Kazakh side needs it and not a day longer','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','insisted',partial=True,note='closing mark before the full stop')
c('701','detained',4000,'more than','people held after a week of unrest',None,'More than 4,000 held',note='standfirst; no source in the sentence; "dozens dead" is vague and not a claim')
c('701','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label after the figure (excluded from quotes)')
c('701','killed',18,None,'police officers ("cops") killed',MIA,'18 cops had died',note='"two of them found beheaded" is a subset, not a claim')
c('701','detained',4404,None,'people rounded up by Saturday morning','officials','4,404 people had been rounded up')
c('701','troops_deployed',2500,'about','CSTO soldiers sent to Kazakhstan',None,'around 2,500 soldiers',note='the CSTO is the subject that sent them; no attribution (as devset19 252)')
c('701','troops_deployed',100000,None,'Russian troops massed near the Ukrainian border',None,'100,000 troops near the border')
e('701','2022-01-07','statement',None,[TOK],'yesterday ordered his forces to "fire without warning"',note='"yesterday" from Saturday 8 Jan; the TV address')
e('701','2022-01-08','casualty_report',None,['officials'],'rounded up by Saturday morning',note='"by Saturday morning" = publication day')
e('701',None,'troop_deployment','Kazakhstan',[CSTO],'has sent around 2,500 soldiers',note='undated (real: from 6 Jan)')
e('701','2022-01-02','protest',None,[],'The unrest began on January 2')
e('701','2022-01-10','talks','Geneva',['Russia','United States'],'crunch talks in Geneva on Monday',note='future; Monday after Saturday 8 Jan')

# ---------------- 702 Daily Mirror (11:48, 7 JAN 2022, a Friday)
art('702',0,3,4,'Mirror','2022-01-07',['Claire Denholm'],None,
    ['Mirror','NewsWorld NewsPoliticsUS News','By Claire Denholm','Foreign Affairs Reporter','11:48, 7 JAN 2022','Updated 13:20, 7 JAN 2022',
     'Russian paratroopers board a military plane bound for Kazakhstan (Image: Russian Defence Ministry/AFP via Getty Images)',
     'Read More','Related Articles',"Russian troops 'heading for Kazakhstan' as chaos grips Almaty",
     "Don't miss the latest news from around the world. Sign up to the Mirror's free newsletter",'Comments (48)'])
q('702','order has largely been restored',TOK,'Kassym-Jomart Tokayev','says',partial=True,note='standfirst (zone body, as devset 224); paraphrased again in l.11')
q('702','constitutional order has largely been restored',TOK,"the former Soviet republic's leader",'declared',partial=True,note='title-only reference (no name in the sentence); closing mark before the full stop')
q('702','Our forces are carrying out a counter-terrorist operation,','Saltanat Azirbek','she','said',note='she = Interior ministry spokeswoman Saltanat Azirbek (l.15)')
q('702','The situation is under control in all regions.','Saltanat Azirbek','she','said',note='second half after the interposed "she said."')
q('702','deeply alarming','David Lammy',"Labour's shadow foreign secretary David Lammy",'said',partial=True,note='words invented')
q('702','We are monitoring the situation closely and are in contact with British nationals in Kazakhstan.','Foreign Office','A Foreign Office spokesperson','said',note='organisation as speaker via an unnamed spokesperson')
q('702','I heard shooting all night. My children slept in the bathroom because it has no windows.','Aliya','Mum-of-two Aliya','said',note='first name only ("asked us not to print her surname"); cue "said from Almaty:"')
q('702',"This is Putin's chance to put boots on the ground and he will take it,",'Nadia Kerr','Russia analyst Dr Nadia Kerr','said',note='inverted cue "said Russia analyst Dr …"; follows a "Related Articles" teaser block')
c('702','killed',26,None,'rioters killed','Saltanat Azirbek','26 rioters had been killed')
c('702','detained',3000,'more than','people detained','Saltanat Azirbek','more than 3,000 detained')
e('702',None,'casualty_report',None,['Saltanat Azirbek'],'told state TV that 26 rioters',note='undated')
e('702',None,'statement',None,[TOK],'declared that "constitutional order has largely been restored"',note='undated (real: 7 Jan)')
e('702','2022-01-02','protest','Zhanaozen',[],'The crisis erupted on Sunday',note='Sunday before Friday 7 Jan')
e('702','2022-01-06','troop_deployment','Almaty',['Russia'],'On Thursday, the first Russian troops arrived at Almaty airport')
e('702','2022-01-05','protest','Almaty',[],'which protesters had seized the day before',note='"the day before" Thursday 6 Jan')

# ---------------- 703 New York Post (January 11, 2022 5:47pm, a Tuesday)
art('703',0,3,10,'New York Post','2022-01-11',['Jake Corrigan'],None,
    ['NEW YORK POST','News  Metro  Page Six  Sports  Business  Opinion  Entertainment','By Jake Corrigan','January 11, 2022 5:47pm','Updated',
     'Share this:','Facebook Twitter Email Copy','Filed under kazakhstan, nato, russia, ukraine, vladimir putin, 1/11/22','Read Next','Share Selection'])
q('703','will not back down',RYA,'a top Kremlin diplomat','warned',partial=True,note="the headline's 'won't back down' is single-quoted (excluded); the diplomat is named only in the next paragraph")
q('703','We need iron-clad guarantees, not promises that are forgotten the next morning,',RYA,'Deputy Foreign Minister Sergei Ryabkov','told',note='inverted-style post-quote cue "told reporters"; words invented')
q('703','We listened carefully, and we said clearly where we cannot go,','Wendy Sherman','Sherman','said',note='words invented')
q('703','not negotiate about Ukraine without Ukraine',None,'A senior administration official','said',partial=True,note='anonymous official; speaker null')
q('703','The main mission has been successfully completed,',TOK,'Tokayev','told')
q('703',"My mother calls me every night and says, don't worry, but I hear the fear in her voice,",'Askar Nurpeisov','Askar Nurpeisov','said',note='inverted "said NAME, 52, who runs…"; invented; reported speech of his mother inside')
c('703','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'US officials','roughly 100,000 troops')
c('703','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',TOK,'force of 2,030 troops')
c('703','killed',164,None,"death toll from last week's riots",'officials','death toll from last week\'s riots at 164')
c('703','killed',16,None,'security officers killed (part of the 164)','officials','including 16 security officers')
c('703','detained',10000,'almost','people detained','officials','nearly 10,000 people were detained')
e('703','2022-01-10','talks','Geneva',['United States','Russia',RYA,'Wendy Sherman'],"Monday's eight hours of talks in Geneva",note='Monday before Tuesday 11 Jan')
e('703','2022-01-11','statement','Nur-Sultan',[TOK],'announced Tuesday that the Russian-led force')
e('703','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start pulling out in two days',note='"in two days" from Tuesday 11 Jan')
e('703','2022-01-12','talks','Brussels',['NATO','Russia'],'will meet in Brussels on Wednesday',note='future')
e('703','2022-01-13','talks','Vienna',['OSCE'],'an OSCE session in Vienna on Thursday',note='future')

# ---------------- 704 Daily Express (10:14, Thu, Jan 13, 2022)
art('704',0,4,5,'Express','2022-01-13',['ALAN PRYCE'],None,
    ['Express','Home of the Daily and Sunday Express','World','By ALAN PRYCE','10:14, Thu, Jan 13, 2022 | UPDATED: 11:02, Thu, Jan 13, 2022','Link copied',
     'SUBSCRIBE Invalid email',"We use your sign-up to provide content in ways you've consented to and to improve our understanding of you.",'Related articles','Comments'])
q('704','no mercy',TOK,'Kazakhstan leader','vows',zone='headline',partial=True,note="two-word headline partial; the single-quoted 'iron fist' before it is excluded")
q('704','fulfilled in full',SER,'Colonel-General Andrei Serdyukov','said',partial=True)
q('704','There will be no mercy for those who raised their hands against the state.',TOK,'Kazakh President Kassym-Jomart Tokayev','told',note='cue "told parliament on Tuesday:"; words invented')
q('704','no more than ten days',TOK,'He','added',partial=True,note='a duration, not a claim')
q('704','Today Kazakhstan, tomorrow Ukraine. The West must not look away,','Tobias Ellwood','Tory MP Tobias Ellwood','wrote',note='inverted cue "wrote on Twitter"; words invented')
q('704','Putin has shown he can deploy fast and leave on his own terms. That is a message to Kiev.','Ian Maddox','Professor Ian Maddox','said',note='invented')
q('704','not budged an inch','Jens Stoltenberg','NATO chief Jens Stoltenberg','said',partial=True,note='words invented')
c('704','troops_deployed',2000,'more than','Russian servicemen deployed to Kazakhstan',RDM,'more than 2,000 servicemen',note='"around 250 pieces of hardware" is not a claim')
c('704','detained',12000,None,'people detained across the country',MIA,'12,000 people had been detained')
e('704','2022-01-13','withdrawal','Kazakhstan',['Russia'],'RUSSIAN troops began leaving Kazakhstan today',note='"today" = publication day; the standfirst l.5 says "have begun leaving"; the one-word "bandits" there is excluded')
e('704','2022-01-13','other','Almaty',[SER],'at a farewell ceremony in Almaty this morning',note='ceremony; "this morning"')
e('704','2022-01-11','statement',None,[TOK],'told parliament on Tuesday')
e('704','2022-01-12','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said yesterday")
e('704',None,'statement',None,['Tobias Ellwood'],'wrote on Twitter',note='undated tweet')
e('704','2022-01-12','talks','Brussels',['NATO','Russia'],'met their Russian counterparts in Brussels yesterday')
e('704','2022-01-06','troop_deployment','Kazakhstan',[PUT],'a week after Vladimir Putin sent them in',note='"a week after" the Thursday withdrawal = Thursday 6 Jan')

# ---------------- 705 Bild in translation (10.01.2022 - 12:41 Uhr, a Monday)
art('705',0,4,9,'BILD','2022-01-10',['Jens Rothe'],None,
    ['BILD','News > Politics > Abroad',"PUTIN'S TROOPS IN KAZAKHSTAN",'By Jens Rothe','10.01.2022 - 12:41 Uhr','Translated from German',
     'Share on Facebook','Share on Twitter','WhatsApp','More news from BILD','BILD-Deals: the best offers of the week'])
q('705','We are not occupiers!',SER,'Kremlin general',None,zone='headline',note='German low-high marks „…“; headline "Kremlin general: „…“" has no verb (cue null); kicker line above is boilerplate')
q('705','We are not occupiers. We protect objects, nothing more',SER,'Serdjukow','said',note='„…“ with the comma outside the closing mark, then inverted "said Serdjukow" (German transliteration)')
q('705',"attempted coup d'état",TOK,'President Kassym-Schomart Tokajew','spoke',partial=True,note='German transliteration "Kassym-Schomart Tokajew"; cue "spoke on Monday of"')
q('705','The Kazakh government must not answer protests with bullets','Annalena Baerbock','Foreign Minister Annalena Baerbock','said',note='comma outside „…“; party tag "(Greens)" after the name; words invented')
q('705','Putin is testing how fast he can move. Ukraine should take note.','Carlo Weidner','Security expert Carlo Weidner','told',note='"told BILD:"; invented')
q('705','The shops are empty, the cash machines do not work','Thomas R.','he','tells',note='abbreviated surname "Thomas R." with age in brackets; present-tense cue "tells"')
c('705','troops_deployed',2000,'more than','Russian paratroopers in Kazakhstan',None,'more than 2000 paratroopers',note='German number format without a thousands separator')
c('705','detained',7939,None,'people arrested',MIA,'7939 people were arrested',note='no thousands separator')
c('705','killed',164,'at least','dead (report later withdrawn)',KHM,'At least 164 dead',note='figure withdrawn, as the text says')
e('705','2022-01-09','statement',None,[SER],'appeared on Russian state television on Sunday')
e('705','2022-01-10','talks',None,[TOK,CSTO],'spoke on Monday of an',note='CSTO video summit; Monday = publication day')
e('705','2022-01-02','protest',None,[],'The unrest started on 2 January')
e('705','2022-01-09','casualty_report',None,[KHM],'were reported by the health ministry on Sunday')
e('705','2022-01-07','statement',None,['Annalena Baerbock'],'said on Friday')
e('705','2022-01-10','talks','Geneva',['United States','Russia'],'negotiators meet today')
e('705','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday, NATO ambassadors sit down',note='future')

# ---------------- 706 Blick in translation (12.01.2022 um 17:20 Uhr, a Wednesday)
art('706',0,3,4,'Blick','2022-01-12',['Martina Häfliger'],None,
    ['Blick','News | Ausland','Martina Häfliger','Published: 12.01.2022 um 17:20 Uhr','Updated: 12.01.2022 um 18:05 Uhr','Translated from German',
     'Share article','Comments (23)','Blick Newsletter'])
q('706','We were lucky','Reto Baumann','Reto Baumann',None,zone='headline',note='«guillemets» after "Swiss in Kazakhstan:"; taken from the body quote (l.28); speaker_as_written is the body name')
q('706','Last Wednesday evening they set fire to the city hall. We watched from the window','Reto Baumann','he','says',note='«…», comma outside; he = Reto Baumann')
q('706','All are well, as far as we know','Federal Department of Foreign Affairs','an FDFA spokesperson','said')
q('706','successfully completed',TOK,'President Kassym-Schomart Tokajew','said',partial=True)
q('706','Moscow has shown that it can intervene anywhere in its neighbourhood within 48 hours','Laurent Gétaz','security policy expert Laurent Gétaz','says',note='inverted cue "says … NAME"; invented')
q('706','sign that dialogue is possible','Ignazio Cassis','Federal President Ignazio Cassis','welcomed',partial=True,note='cue "had welcomed … as"; words invented')
q('706','Our Kazakh colleagues were more afraid than we were. They remember 1986','Reto Baumann','he','says',note='a year inside the quote')
q('706','We were lucky. Our street stayed calm, but a colleague lost his car','Reto Baumann','Baumann','says')
c('706','detained',9900,'more than','people arrested','Kazakh authorities',"more than 9'900 people",note="Swiss apostrophe thousands separator 9'900")
c('706','troops_deployed',2030,None,'CSTO soldiers sent',None,"had sent 2'030 soldiers",note="Swiss apostrophe separator; the CSTO is the subject")
e('706','2022-01-13','withdrawal','Kazakhstan',['Russia'],'Russian troops will withdraw from Thursday',note='standfirst; future')
e('706','2022-01-05','other','Almaty',[],'Last Wednesday evening they set fire',note='arson of the city hall; "Last Wednesday" from Wednesday 12 Jan = 5 Jan')
e('706','2022-01-11','statement',None,[TOK],'said on Tuesday in parliament')
e('706','2022-01-10','talks','Geneva',['United States','Russia'],'talks in Geneva on Monday')
e('706','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets today')
e('706','2022-01-13','talks','Vienna',['OSCE'],'the OSCE follows in Vienna',note='"On Thursday"; future')

# ---------------- 707 Metro (Monday 10 Jan 2022 4:51 pm)
art('707',0,3,10,'Metro','2022-01-10',['Sophie Merritt'],None,
    ['Metro','News › World','Sophie Merritt','Monday 10 Jan 2022 4:51 pm','Share this article via facebook','Share this article via twitter','Share this article via messenger',
     'MORE : Russian troops land in Kazakhstan as protesters storm city halls','Get in touch with our news team by emailing us at webnews@metro.co.uk.',
     'For more stories like this, check our news page.','MORE : Kazakhstan: Who is Kassym-Jomart Tokayev and why did he call in Russia?'])
q('707',"We won't let anyone rock the boat",PUT,'Putin','warns',zone='headline',note='headline paraphrase of the body quote (l.12); cue "warns:"')
q('707','We will not allow anyone to rock the boat in our region. Kazakhstan was attacked by international terrorism.',PUT,'the Russian president','said',note='title-only mention; words invented')
q('707','and not a day later',PUT,'he','added',partial=True,note='"He promised … - "…", he added."')
q('707','The main goal of the attackers was obvious - to seize power,',TOK,'the Kazakh leader','said',note='title-only post-quote cue')
q('707','a limited operation with a clear end',PAS,'Armenian prime minister Nikol Pashinyan','said',partial=True,note='words invented')
q('707','We queued for bread for two hours. Everyone is scared of the soldiers, even the ones who came to help.','Dana','Student Dana','told',note='first name only; "told Metro.co.uk via WhatsApp:"')
q('707','We are not optimistic,',RYA,'Russian deputy foreign minister Sergei Ryabkov','said',note='words invented')
c('707','troops_deployed',2030,None,"CSTO contingent in Kazakhstan",TOK,'numbered 2,030 troops',note='"250 units of hardware" is not a claim')
c('707','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('707','killed',164,None,'people died',KHM,'164 people had died')
e('707','2022-01-10','talks',None,[CSTO,PUT,TOK,PAS],'an emergency video summit of the Collective Security Treaty Organisation (CSTO) today')
e('707','2022-01-09','casualty_report',None,[MIA],'Interior Ministry said on Sunday')
e('707',None,'casualty_report',None,[KHM],'the health ministry said at the weekend',note='"at the weekend" is not one day (8 or 9 Jan)')
e('707','2022-01-08','other',None,[],'the internet had come back on Saturday',note='internet restored')
e('707','2022-01-10','talks','Geneva',['United States','Russia',RYA],'began talks in Geneva this morning')

# ---------------- 708 Daily Record (06:00, 6 JAN 2022, a Thursday)
art('708',0,3,4,'Daily Record','2022-01-06',['Fiona McAllister'],None,
    ['Daily Record','News  Scottish News  UK & World  Politics','By Fiona McAllister','06:00, 6 JAN 2022','Updated 09:12, 6 JAN 2022',
     'NEWSLETTER  Sign up to our daily newsletter','Do you have a loved one in Kazakhstan? Get in touch at newsdesk@dailyrecord.co.uk','Comments','Follow Daily Record'])
q('708',"it's like a war film out there",'Craig Moffat','Aberdeen engineer','says',partial=True,note='standfirst (zone body); repeats the start of the body quote l.16 with a lower-case "it\'s"')
q('708',"It's like a war film out there. We're locked in the camp and nobody knows what is going on,",'Craig Moffat','he','wrote',note='a written message; he = Engineer Craig Moffat (l.14)')
q('708',"I've not slept. The kids keep asking when daddy is coming home and I've no answer for them.",'Lorraine Moffat','His wife Lorraine','said',note='named only as "His wife Lorraine"; canonical takes the husband\'s surname (an inference)')
q('708','a terrorist threat',TOK,'Kazakh president Kassym-Jomart Tokayev','claiming',partial=True,note='cue "claiming" (participle)')
q('708','for a limited period of time',PAS,"Armenia's prime minister Nikol Pashinyan",'said',partial=True)
q('708','We are in close contact with the Kazakh authorities and with British companies operating in the country.','UK Government','A UK Government spokesman','said')
q('708','These are our constituents and they need answers,','Moira Grant','she','said',note='invented councillor; she = Moira Grant')
c('708','killed',8,None,'police officers killed','police','eight officers had been killed',note='written-out number; "according to state TV" as well')
c('708','injured',317,None,'police officers wounded','police','317 wounded')
e('708','2022-01-05','other',None,['Craig Moffat'],'before the internet went down on Wednesday',note='internet blackout; Wednesday before Thursday 6 Jan')
e('708',None,'other',None,[TOK,CSTO],'Overnight, Kazakh president Kassym-Jomart Tokayev asked',note='request for CSTO help; "Overnight" straddles 5/6 Jan (real: evening of 5 Jan), left null')
e('708','2022-01-06','statement',None,[PAS],'said in the early hours that peacekeepers would be sent',note='"in the early hours" of the publication day')
e('708',None,'casualty_report',None,['police'],'Police said eight officers',note='undated')
e('708','2022-01-02','protest','Zhanaozen',[],'The protests began on Sunday',note='Sunday before Thursday 6 Jan')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Kassym-Schomart Tokajew','Tokajew'],['President','Kazakh President','Kazakh president'],'Kazakhstan',
    ['Kazakh strongman',"KAZAKHSTAN'S president","the former Soviet republic's leader",'Kazakhstan leader','the Kazakh leader','He','he'],[],note='German transliteration "Kassym-Schomart Tokajew" in 705/706'),
 sp('Gary Whitlock','person',['Gary Whitlock'],['Brit expat'],'United Kingdom',[],note='invented'),
 sp('Hugh Penrose','person',['Hugh Penrose'],['Former Army officer','Colonel'],'United Kingdom',[],note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['Interior ministry spokeswoman'],'Kazakhstan',['she'],note='words paraphrased/invented'),
 sp('David Lammy','person',['David Lammy'],["Labour's shadow foreign secretary"],'United Kingdom',note='words invented'),
 sp('Foreign Office','organisation',['Foreign Office'],[],'United Kingdom',['A Foreign Office spokesperson']),
 sp('Aliya','person',['Aliya'],['Mum-of-two'],'Kazakhstan',note='invented; first name only'),
 sp('Nadia Kerr','person',['Nadia Kerr'],['Russia analyst'],'United Kingdom',[],['Dr Nadia Kerr'],note='invented'),
 sp(RYA,'person',['Sergei Ryabkov'],['Deputy Foreign Minister','Russian deputy foreign minister'],'Russia',['a top Kremlin diplomat'],note='canonical from earlier sets; this set spells "Sergei"'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',['She']),
 sp('Askar Nurpeisov','person',['Askar Nurpeisov'],[],'United States',note='invented Brooklyn restaurant owner'),
 sp(SER,'person',['Andrei Serdyukov','Andrei Serdjukow','Serdjukow'],['Colonel-General','Colonel General','head of the Russian-led force'],'Russia',['Kremlin general','Their commander'],['Colonel-General Andrei Serdyukov'],note='German transliteration "Serdjukow" in 705'),
 sp('Tobias Ellwood','person',['Tobias Ellwood'],['Tory MP'],'United Kingdom',note='words invented'),
 sp('Ian Maddox','person',['Ian Maddox'],['Professor','a Russia specialist at a London think tank'],'United Kingdom',note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO chief'],None,note='words invented'),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['Foreign Minister'],'Germany',[],['Annalena Baerbock (Greens)'],note='words invented'),
 sp('Carlo Weidner','person',['Carlo Weidner'],['Security expert'],'Germany',note='invented'),
 sp('Thomas R.','person',['Thomas R.'],['Engineer'],'Germany',['he'],note='invented; abbreviated surname'),
 sp('Reto Baumann','person',['Reto Baumann','Baumann'],[],'Switzerland',['he'],note='invented'),
 sp('Federal Department of Foreign Affairs','organisation',['Federal Department of Foreign Affairs','FDFA'],[],'Switzerland',['an FDFA spokesperson']),
 sp('Laurent Gétaz','person',['Laurent Gétaz'],['security policy expert'],'Switzerland',note='invented'),
 sp('Ignazio Cassis','person',['Ignazio Cassis'],['Federal President'],'Switzerland',note='words invented'),
 sp(PUT,'person',['Vladimir Putin','Putin'],[],'Russia',['the Russian president','he']),
 sp(PAS,'person',['Nikol Pashinyan'],['Armenian prime minister',"Armenia's prime minister"],'Armenia'),
 sp('Dana','person',['Dana'],['Student'],'Kazakhstan',note='invented; first name only'),
 sp('Craig Moffat','person',['Craig Moffat'],['Engineer','Aberdeen engineer'],'United Kingdom',['he'],note='invented'),
 sp('Lorraine Moffat','person',['Lorraine'],[],'United Kingdom',['His wife Lorraine'],note='invented; surname inferred from her husband'),
 sp('UK Government','organisation',['UK Government'],[],'United Kingdom',['A UK Government spokesman']),
 sp('Moira Grant','person',['Moira Grant'],['Dyce councillor'],'United Kingdom',['she'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry','Interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,['the alliance','the group'],quoted=False,note='not quoted in this set'),
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
