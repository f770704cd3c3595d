#!/usr/bin/env python3
"""Source of the devset85 annotation: the hand-chosen spans, values and dates for 773-780.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset85/annotation_source.py && python3 tests/devset85/verify.py
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
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; AZMFA='Azerbaijani Foreign Ministry'
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
AMMOD='Armenian Defence Ministry'; KZPGO="Kazakh Prosecutor General's Office"; KZMOH='Kazakh Health Ministry'
def L(p,s): return ln(p,s)

# ---------------- 773 The Baltic Times (2022.01.10, a Monday)
P='773'
art(P,0,L(P,'Landsbergis: Kazakhstan shows'),L(P,'VILNIUS – '),'The Baltic Times','2022-01-10',[],'Vilnius',
    ['THE BALTIC TIMES','Home | Lithuania | Latvia | Estonia | Baltics | World | Opinion','2022.01.10 14:22','BNS/TBT Staff',
     'Share on Facebook | Share on Twitter | Print','Related articles',"Estonia's PM says no NATO decisions without allies",'© The Baltic Times, 2022. All rights reserved.'])
q(P,'What we saw last week in Almaty is a rehearsal of how Moscow understands security: a request at night, planes in the morning, and nobody knows when they leave,','Gabrielius Landsbergis','Landsbergis','told')
q(P,'a normal negotiation between equals','Gabrielius Landsbergis','The minister','said',partial=True)
q(P,'Nothing about us without us,','Gabrielius Landsbergis','he','added',note='a slogan, but attributed with "he added"; kept as a full quote')
q(P,'with great attention','Gitanas Nausėda','Lithuanian President Gitanas Nausėda','said',partial=True,note='"speaking to the LRT radio on Saturday, said …"; name with a diacritic')
q(P,'the speed of Russian airlift capabilities','Artis Pabriks','Latvian Defence Minister Artis Pabriks','wrote',partial=True)
q(P,'For the Kremlin, Kazakhstan is an advertisement. It wants to show Europe that it keeps its word to its allies and that it can move an army across a continent in two days,','Rūta Kazlauskaitė','she','said',note='invented analyst; "two days" inside the quote is a duration, not a claim')
c(P,'troops_deployed',2030,'about','CSTO servicemen deployed to Kazakhstan',CSTO,'about 2,030 servicemen')
c(P,'other',250,None,'pieces of military hardware deployed',CSTO,'250 pieces of military hardware',note='"about" is applied to the first number only (gold rule 5)')
c(P,'killed',164,None,'people killed (figure later withdrawn)','Kazakh authorities','164 people had been killed')
c(P,'detained',5800,None,'people detained','Kazakh authorities','5,800 people had been detained')
e(P,'2022-01-10','statement','Vilnius',['Gabrielius Landsbergis'],'Landsbergis said on Monday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'diplomats sat down for talks in Geneva',note='same sentence as "on Monday"')
e(P,'2022-01-05','other',None,[TOK,CSTO],'asked the bloc for help on January 5',note='request for CSTO help')
e(P,'2022-01-09','casualty_report',None,[],'Kazakh authorities said on Sunday')
e(P,'2022-01-08','statement',None,['Gitanas Nausėda'],'speaking to the LRT radio on Saturday')
e(P,'2022-01-07','statement',None,['Artis Pabriks'],'wrote on Twitter the day before',note='"the day before" = the day before Saturday 8 Jan (the previous paragraph)')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'planned in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'an OSCE meeting in Vienna on Thursday')

# ---------------- 774 Postimees English (08.01.2022, a Saturday)
P='774'
art(P,0,L(P,'Kallas: Estonia watches'),L(P,'Prime Minister Kaja Kallas said the Russian-led'),'Postimees','2022-01-08',['Marten Rüütel'],None,
    ['POSTIMEES','ENGLISH','News | Estonia | World | Opinion | Business','WORLD','Marten Rüütel','news.postimees.ee','08.01.2022 11:05',
     'PHOTO: Estonian Prime Minister Kaja Kallas at a press conference in Tallinn. Photo: Madis Veltman',
     'Read also: Estonian defence forces to receive new anti-tank weapons','Comments (14)','Share this article','Postimees Grupp · Contact · Privacy policy'])
q(P,"Russia has been preparing its airborne troops for exactly this kind of quick operation for years. What matters is what it does next on Ukraine's border,",'Kaja Kallas','the prime minister','said',note='title-only attribution after the quote')
q(P,'a test of whether the Kremlin wants diplomacy at all','Kaja Kallas','She','described',partial=True,note='cue "described … as"')
q(P,'At this point all of our citizens are safe, and the consular service is in contact with them around the clock,','Eva-Maria Liimets','Liimets','said')
q(P,'not recommended until further notice.','Eva-Maria Liimets','Liimets','adding',partial=True,note='full stop inside the closing mark')
q(P,'They came quickly, and they will leave quickly, because Tokayev needs them to leave. That is the difference between Kazakhstan and Belarus,','Kaarel Pärn','Pärn','said',note='invented researcher; a name (Tokayev) inside the quote')
q(P,'militarily small','Kaarel Pärn','Pärn','added',partial=True)
c(P,'aircraft',70,'more than','aircraft used in the airlift',RDM,'more than 70 aircraft')
c(P,'killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c(P,'killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had died')
c(P,'troops_deployed',2000,'about','Russian presence in Kazakhstan','Kaarel Pärn','about 2,000 troops')
c(P,'troops_deployed',100000,'about','Russian soldiers massed near Ukraine',None,'the estimated 100,000 soldiers',note='"estimated" normalised to about')
e(P,'2022-01-07','statement',None,['Kaja Kallas'],'Speaking to Postimees on Friday')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'The CSTO said on Thursday that the first units of Russian paratroopers had landed',note='landing reported on Thursday (the report date is used)')
e(P,None,'talks','Geneva',['Russia','United States'],'the forthcoming talks in Geneva',note='no day given (real: 10 Jan)')
e(P,None,'statement',None,['Eva-Maria Liimets'],'Eva-Maria Liimets said the ministry had contacted',note='undated')
e(P,'2022-01-13','other',None,['Estonian government'],'at its cabinet meeting next Thursday',note='"next Thursday" from Saturday 8 Jan; internal government meeting')

# ---------------- 775 Hetq (January 13, 2022, a Thursday)
P='775'
art(P,0,L(P,'Parents of Armenian Peacekeepers'),L(P,'Armenia sent 100 servicemen'),'Hetq','2022-01-13',['Lilit Avetisyan'],None,
    ['Hetq Online','Investigative Journalists of Armenia','Politics  Society  Economy  Investigations  English','Lilit Avetisyan','January 13, 2022 13:40',
     'Tags: CSTO, Kazakhstan, peacekeepers, Armenian army','Hetq is supported by its readers. Donate','© 2022 Investigative Journalists of Armenia'])
q(P,'Nobody Asked Us',None,'Parents of Armenian Peacekeepers in Kazakhstan',None,zone='headline',note='headline quote after a colon; the parents are not named; the words are not repeated in the body')
q(P,'caused, among other things, by outside interference.','Nikol Pashinyan','Prime Minister Nikol Pashinyan','writing',partial=True,note='"collective peacekeeping forces" in the same sentence is a label (excluded)')
q(P,'important infrastructure facilities','Aram Torosyan','Defense Ministry spokesperson Aram Torosyan','according to',partial=True,note='inverted "according to" placed between subject and verb')
q(P,'He told me everything is calm and that they only stand at a building. But he is a conscript, he has served eight months. Why him?',None,'The mother of one 19-year-old conscript','said',note='anonymous mother ("asked us not to publish her name"), cue "she said"')
q(P,"When our border was attacked last year, we asked the CSTO for help and got statements. Now our boys are sent to protect somebody else's palace,",'Armen Grigoryan','Grigoryan','said',note='invented father')
q(P,'a political gift to Moscow','Vahe Sargsyan','MP Vahe Sargsyan','called',partial=True,note='invented MP')
q(P,'We are fulfilling our commitment. The mission is temporary and our servicemen will return home after it is completed,','Nikol Pashinyan','he','told')
q(P,'in the coming days.',AMMOD,'The Defense Ministry','said',partial=True)
c(P,'troops_deployed',100,None,'Armenian servicemen sent to Kazakhstan',AMMOD,'Armenia sent 100 servicemen',note='"the Defense Ministry confirmed"')
c(P,'detained',9900,None,'people detained by 10 January','Kazakh authorities','9,900 people had been detained')
e(P,'2022-01-07','statement',None,[AMMOD],'the Defense Ministry confirmed on January 7')
e(P,'2022-01-05','statement',None,['Nikol Pashinyan',CSTO],'on the night of January 5-6',note='range "January 5-6" → first day')
e(P,'2022-01-10','other',None,[],'said her son called her on Monday',note='phone call of a soldier to his mother')
e(P,'2022-01-12','statement','Yerevan',['Nikol Pashinyan'],'Pashinyan defended the decision in parliament on Wednesday')
e(P,'2022-01-10','talks',None,[CSTO,TOK],'At the extraordinary CSTO online summit on January 10')
e(P,'2022-01-13','statement',None,[AMMOD],'The Defense Ministry said on Thursday')
e(P,None,'withdrawal','Kazakhstan',[CSTO],'the withdrawal of the forces would start within two days',note='"within two days" of 10 Jan, a period, not a day')

# ---------------- 776 Agenda.ge (12 Jan 2022, a Wednesday)
P='776'
art(P,0,L(P,'Georgian FM discusses'),L(P,'Georgian Foreign Minister David Zalkaliani met'),'Agenda.ge','2022-01-12',[],'Tbilisi, Georgia',
    ['agenda.ge','Georgian news in English','Politics | Economy | Society | Culture | Sport','Agenda.ge, 12 Jan 2022 - 17:48, Tbilisi, Georgia',
     'Photo: Georgian Foreign Ministry press office','Share: Facebook | Twitter | LinkedIn'])
q(P,"Georgia's future cannot be discussed at a table where Georgia is not present. We expect our partners to stand firmly by the principle of the open door,",'David Zalkaliani','Zalkaliani','said')
q(P,'unwavering support','Toivo Klaar','Klaar','according to',partial=True,note='"Klaar, according to the ministry\'s statement, reaffirmed …": the ministry reports his words')
q(P,'stabilise as soon as possible','David Zalkaliani','The Georgian minister','said',partial=True)
q(P,'Our consulate worked through the nights when the internet was down in Almaty. Every person who asked for help received it,','Teimuraz Lezhava','Lezhava','said')
q(P,"People here remember how the word 'peacekeepers' sounded in August 2008,",'Giorgi Melikidze','he','said',note="nested single-quoted 'peacekeepers' inside; a year inside the quote; invented analyst")
c(P,'troops_deployed',2030,'about','total strength of the CSTO force',CSTO,'about 2,030 troops')
e(P,'2022-01-12','talks','Tbilisi',['David Zalkaliani','Toivo Klaar'],'Toivo Klaar in Tbilisi today',note='"today" = publication day')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'started in Geneva on Monday')
e(P,None,'talks',None,['David Zalkaliani','Mukhtar Tileuberdi'],'Earlier this week, Zalkaliani spoke with',note='"Earlier this week" is not a day')
e(P,'2022-01-06','other',None,['Georgian Foreign Ministry'],'have returned from Kazakhstan since January 6',note='return of citizens from 6 Jan (start date)')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'which takes place today')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'its withdrawal would begin on Thursday',note='future, Thursday after Tuesday 11 Jan')
e(P,'2022-01-07','statement',None,[CSTO],'The CSTO said on January 7')

# ---------------- 777 The Sofia Globe (January 11, 2022, a Tuesday)
P='777'
art(P,0,L(P,"Bulgaria's Petkov: No NATO"),L(P,'Prime Minister Kiril Petkov said on January 11'),'The Sofia Globe','2022-01-11',[],None,
    ['The Sofia Globe','Bulgaria and beyond','Home  Bulgaria  Europe  World  Features  About','Written by The Sofia Globe staff on January 11, 2022',
     'Posted in Bulgaria, Europe, World','(Photo: government.bg)','Share this:','Facebook  Twitter  Email','Like this:','Loading...'])
q(P,'Bulgaria is a sovereign state and a member of NATO, and it decides for itself about its defence. This is not a subject for bilateral bargaining,','Kiril Petkov','Petkov','told')
q(P,'clear guarantees','Kiril Petkov','Petkov','said',partial=True)
q(P,'think carefully','Stefan Yanev','Yanev','said',partial=True,note='two-word partial, kept (evaluative wording with a speech verb)')
q(P,'We call for dialogue and for the respect of human rights, including for those detained,','Teodora Genchovska','Genchovska','said')
q(P,'We do not need a partial answer. We need legally binding guarantees,','Sergey Ryabkov','Ryabkov','said',note='one-word "iron-clad" in the previous sentence is excluded')
c(P,'troops_deployed',2000,'about','Russian-led force in Kazakhstan',None,'a Russian-led force of about 2,000 troops')
c(P,'detained',7939,None,'people detained since the start of the protests','Kazakh authorities','7,939 people had been detained')
e(P,'2022-01-11','statement','Sofia',['Kiril Petkov'],'Prime Minister Kiril Petkov said on January 11')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'a day after Russian and US delegations held more than seven hours of talks in Geneva')
e(P,None,'other',None,['Russia'],'published in December',note='draft agreement published in December 2021, no day')
e(P,'2022-01-10','talks',None,['Kiril Petkov','Herro Mustafa'],'US Ambassador Herro Mustafa on Monday')
e(P,None,'troop_deployment','Kazakhstan',['Russia',CSTO],'arrived last week',note='"last week" is not a day')
e(P,'2022-01-10','casualty_report',None,[],'Kazakh authorities reported on Monday')
e(P,'2022-01-10','statement','Geneva',['Sergey Ryabkov'],'told journalists in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'due to meet in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council in Vienna on Thursday')

# ---------------- 778 Caspian News (Fri 14 January 2022)
P='778'
art(P,0,L(P,'CSTO Troops Begin Leaving'),L(P,'The first units of the Collective'),'Caspian News','2022-01-14',['Rauf Nasibov'],None,
    ['CASPIAN NEWS','Caspian region news and analysis','POLITICS','By Rauf Nasibov','Fri 14 January 2022 10:33',
     'Tags: Kazakhstan, CSTO, Serdyukov, Tokayev','Follow Caspian News on Telegram and Twitter','© 2022 Caspian News. All rights reserved.'])
q(P,'The task set by the heads of state has been fulfilled in full. Not a single incident with the local population was registered,','Andrei Serdyukov','Serdyukov','said')
q(P,'a great success',TOK,'President Kassym-Jomart Tokayev','called',partial=True)
q(P,'absolutely legitimate.',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='full stop inside the closing mark')
q(P,"an attempted coup d'état",TOK,'He','said',partial=True)
q(P,'Kazakhstan has never been so close to losing its statehood as last week,',TOK,'Tokayev','told')
q(P,'territorial integrity and constitutional order','Leyla Abdullayeva','Foreign Ministry spokesperson Leyla Abdullayeva','said',partial=True)
q(P,'Two thousand soldiers is not an occupation, but it is a precedent. That is what the region will remember,','Ilgar Mammadli','he','said',note='invented analyst; written-out figure inside the quote (claim)')
c(P,'aircraft',14,'about','Il-76 aircraft used on the first day of the withdrawal',RDM,'Some 14 Il-76 aircraft',note='"Some" normalised to about')
c(P,'killed',225,None,'bodies delivered to morgues',KZPGO,'225 bodies had been delivered to morgues')
c(P,'killed',19,None,'law enforcement officers and servicemen killed',KZPGO,'19 law enforcement officers and servicemen')
c(P,'injured',4500,'more than','people injured',KZPGO,'More than 4,500 people had been injured')
c(P,'troops_deployed',2000,None,'CSTO soldiers (analyst, inside a quote)','Ilgar Mammadli','Two thousand soldiers',note='written-out number inside a quote')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'left Kazakhstan on Thursday')
e(P,'2022-01-12','other',None,[CSTO],'a day after the peacekeepers handed over the facilities',note='handover; the day before Thursday 13 Jan')
e(P,'2022-01-13','other','Almaty',['Andrei Serdyukov',CSTO],'A ceremony marking the end of the mission was held in Almaty on Thursday morning')
e(P,'2022-01-19','withdrawal','Kazakhstan',[RDM],'will be completed by January 19',note='planned completion')
e(P,'2022-01-11','statement',None,[TOK],'addressing the Mazhilis on Tuesday')
e(P,'2022-01-12','casualty_report',None,[KZPGO],"The Kazakh Prosecutor General's Office said on Wednesday")
e(P,None,'statement',None,['Leyla Abdullayeva'],'Leyla Abdullayeva said Baku supported',note='undated')
e(P,'2022-01-10','other',None,[],'had reopened for cargo traffic on Monday',note='border reopening')

# ---------------- 779 Prishtina Insight (January 12, 2022, a Wednesday)
P='779'
art(P,0,L(P,'Kosovo Watches Russia-NATO'),L(P,'Kosovo politicians said on Wednesday'),'Prishtina Insight','2022-01-12',[],None,
    ['PRISHTINA INSIGHT','News  Politics  Culture  Opinion  Guides','Prishtina Insight | Prishtina | BIRN','January 12, 2022 | 15:20',
     'This article was produced with the support of the Balkan Investigative Reporting Network.','Share  Tweet  Email','Most read',
     'Kosovo Power Cuts to Continue Through January','Serbia Ends Year with Record Arms Imports'])
q(P,'Our partners have told us clearly that KFOR stays as long as it is needed. We have no reason to doubt that,','Donika Gërvalla-Schwarz','she','said',note='"told BIRN that …" in the previous sentence; cue of the quote is "she said"')
q(P,'how fast a so-called peacekeeping mission can be put together when Moscow wants it.','Donika Gërvalla-Schwarz','Gërvalla-Schwarz','added',partial=True,note='"added that the Kazakh events showed “…”"; full stop inside')
q(P,'significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q(P,'not be easy to bridge','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True,note='second partial of the same sentence; the full stop is outside the closing mark')
q(P,'any bloc, neither NATO nor the CSTO','Aleksandar Vučić','Serbian President Aleksandar Vučić','said',partial=True)
q(P,'It was presented almost as a model: allies help allies. The message to Serbia was not subtle,','Jelena Perić','Perić','said',note='invented analyst')
c(P,'troops_deployed',2000,'about','soldiers in the Russian-led operation',None,'around 2,000 soldiers')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c(P,'killed',164,None,'death toll (later corrected)',KZMOH,'the death toll had risen to 164')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'as the NATO-Russia Council met in Brussels')
e(P,None,'statement',None,['Donika Gërvalla-Schwarz'],'told BIRN that Pristina',note='undated interview')
e(P,'2022-01-12','statement','Brussels',['Jens Stoltenberg'],'said after the four-hour meeting in Brussels',note='after the meeting dated Wednesday in the lead')
e(P,'2022-01-11','statement','Belgrade',['Aleksandar Vučić'],'said on Tuesday that Serbia')
e(P,'2022-01-10','casualty_report',None,[MIA],'Interior Ministry data published on Monday')
e(P,'2022-01-14','other',None,['Albin Kurti','Franco Federici'],'Franco Federici, on Friday',note='planned meeting; Friday after Wednesday 12 Jan')

# ---------------- 780 OC Media (7 January 2022, a Friday)
P='780'
art(P,0,L(P,'Armenian opposition demands'),L(P,"Armenia’s opposition has demanded"),'OC Media','2022-01-07',['Ani Ghazaryan'],None,
    ['OC Media','Independent journalism from the Caucasus','Armenia  Azerbaijan  Georgia  North Caucasus  Opinion','by Ani Ghazaryan','7 January 2022',
     'Read more:','Armenia hosts CSTO exercises amid border tensions','OC Media relies on readers for support. Become a member.','Share: Facebook Twitter Telegram'])
q(P,'the suppression of protests in another country','Tigran Abrahamyan','Opposition lawmaker Tigran Abrahamyan','said in a statement',partial=True,note='full stop outside the closing mark')
q(P,'The CSTO did nothing when Azerbaijani troops crossed into Armenia, and now our soldiers are flying to Almaty,','Tigran Abrahamyan','Abrahamyan','wrote')
q(P,'Tokayev has already given an order to shoot without warning. Armenia’s name should not stand next to that,','Anna Karapetyan','Karapetyan','said',note='invented; a name inside the quote')
q(P,'limited duration.','Nikol Pashinyan','he','wrote',partial=True)
q(P,'fire without warning',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='the order\'s wording, "said … that he had ordered … to “…”"; kept as a partial (borderline vs the label "shoot to kill")')
q(P,'Our servicemen will guard strategic facilities. They will not be used against the population,','Suren Papikyan','he','said')
c(P,'troops_deployed',100,None,'Armenian soldiers sent to Kazakhstan',None,'the 100 soldiers it sent to Kazakhstan')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 “armed criminals” had been killed',note='scare-quoted label excluded from quotes')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c(P,'troops_deployed',2500,'about','CSTO combined force',CSTO,'about 2,500 troops')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'a day after Prime Minister Nikol Pashinyan announced',note='the day before Friday 7 Jan')
e(P,'2022-01-07','statement',None,[AMMOD],'The Defence Ministry confirmed on Friday')
e(P,'2022-01-07','troop_deployment','Kazakhstan',[AMMOD],'had landed in Kazakhstan in the early hours of the morning',note='landing in the early hours of Friday (same sentence)')
e(P,None,'statement',None,['Tigran Abrahamyan'],'said in a statement that Armenia',note='undated')
e(P,'2022-01-07','protest','Yerevan',[],'gathered outside the government building on Friday afternoon')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan'],'In a post on Thursday')
e(P,'2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e(P,'2022-01-07','statement',None,['Suren Papikyan'],'speaking to journalists on Friday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Gabrielius Landsbergis','person',['Gabrielius Landsbergis','Landsbergis'],['Lithuanian Foreign Minister'],'Lithuania',['The minister','he'],note='words invented'),
 sp('Gitanas Nausėda','person',['Gitanas Nausėda'],['Lithuanian President'],'Lithuania',note='words invented'),
 sp('Artis Pabriks','person',['Artis Pabriks'],['Latvian Defence Minister'],'Latvia',note='words invented'),
 sp('Rūta Kazlauskaitė','person',['Rūta Kazlauskaitė'],['a political scientist at Vilnius University'],'Lithuania',['she'],note='invented'),
 sp('Kaja Kallas','person',['Kaja Kallas','Kallas'],['Prime Minister','Estonian Prime Minister'],'Estonia',['the prime minister','She'],note='words invented'),
 sp('Eva-Maria Liimets','person',['Eva-Maria Liimets','Liimets'],['Estonian Foreign Minister'],'Estonia',note='words invented'),
 sp('Kaarel Pärn','person',['Kaarel Pärn','Pärn'],['a researcher at the International Centre for Defence and Security'],'Estonia',note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister'],'Armenia',['he'],note='words paraphrased/invented'),
 sp('Aram Torosyan','person',['Aram Torosyan'],['Defense Ministry spokesperson'],'Armenia',note='words invented'),
 sp('Armen Grigoryan','person',['Armen Grigoryan','Grigoryan'],[],'Armenia',['A father from Abovyan'],note='invented'),
 sp('Vahe Sargsyan','person',['Vahe Sargsyan'],['MP'],'Armenia',note='invented'),
 sp(AMMOD,'organisation',['Defense Ministry','Defence Ministry'],[],'Armenia',['The Defense Ministry']),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],['Georgian Foreign Minister'],'Georgia',['The Georgian minister'],note='words invented'),
 sp('Toivo Klaar','person',['Toivo Klaar','Klaar'],['EU Special Representative for the South Caucasus and the crisis in Georgia'],'European Union',note='words invented'),
 sp('Teimuraz Lezhava','person',['Teimuraz Lezhava','Lezhava'],['deputy minister'],'Georgia',note='words invented'),
 sp('Giorgi Melikidze','person',['Giorgi Melikidze'],['Political analyst'],'Georgia',['he'],note='invented; his forum is invented'),
 sp('Kiril Petkov','person',['Kiril Petkov','Petkov'],['Prime Minister'],'Bulgaria',note='words invented'),
 sp('Stefan Yanev','person',['Stefan Yanev','Yanev'],['Defence Minister'],'Bulgaria',note='words invented'),
 sp('Teodora Genchovska','person',['Teodora Genchovska','Genchovska'],['Foreign Minister'],'Bulgaria',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister',"Russia's lead negotiator"],'Russia',note='canonical from earlier sets; spelled "Sergei" here'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','The commander of the collective forces'],'Russia'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['He']),
 sp('Leyla Abdullayeva','person',['Leyla Abdullayeva'],['Foreign Ministry spokesperson'],'Azerbaijan'),
 sp('Ilgar Mammadli','person',['Ilgar Mammadli'],['Political scientist'],'Azerbaijan',['he'],note='invented'),
 sp('Donika Gërvalla-Schwarz','person',['Donika Gërvalla-Schwarz','Gërvalla-Schwarz'],['Foreign Minister'],'Kosovo',['she'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None),
 sp('Aleksandar Vučić','person',['Aleksandar Vučić'],['Serbian President'],'Serbia',note='words invented'),
 sp('Jelena Perić','person',['Jelena Perić','Perić'],['analyst'],'Serbia',note='invented; her centre is invented'),
 sp('Tigran Abrahamyan','person',['Tigran Abrahamyan','Abrahamyan'],['Opposition lawmaker'],'Armenia',note='words invented'),
 sp('Anna Karapetyan','person',['Anna Karapetyan','Karapetyan'],['a member of the Armenian Helsinki Committee'],'Armenia',note='invented'),
 sp('Suren Papikyan','person',['Suren Papikyan'],['Deputy Prime Minister'],'Armenia',['he'],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the bloc'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 4 files; not quoted'),
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
