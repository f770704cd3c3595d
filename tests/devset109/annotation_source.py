#!/usr/bin/env python3
"""Source of the devset109 annotation: the hand-chosen spans, values and dates for 965-972.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset109/annotation_source.py && python3 tests/devset109/verify.py
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
KA='Kazakh authorities'; PGO="Kazakh Prosecutor General's Office"; UAMFA='Ukrainian Foreign Ministry'
NSDC='National Security and Defense Council of Ukraine'

# ---------------- 965 The Ukrainian Week analysis (11 January 2022, a Tuesday)
art('965',0,4,5,'The Ukrainian Week','2022-01-11',['Bohdana Kravets'],None,
    ['THE UKRAINIAN WEEK','Politics | Ukraine and the world | Economics | Society | Culture','Politics','11 January 2022, 16:40','Author: Bohdana Kravets',
     'Share: Facebook | Twitter | Telegram','Photo: Russian paratroopers board an Il-76 near Moscow, 6 January 2022 (Russian Ministry of Defence)',
     'Tags: Kazakhstan, CSTO, Russia, Belarus, security','Read more: Why the Donbas front stayed quiet over the holidays',
     '© 2022 The Ukrainian Week. All rights reserved. Republication only with a hyperlink to tyzhden.ua'])
q('965','We have seen this film before. First they come to guard the airport, then they decide who governs the country,','Oleksiy Danilov','Oleksiy Danilov','told',note='"…," Oleksiy Danilov, secretary of the …, told The Ukrainian Week: name + apposition before the verb')
q('965','a test of logistics, not of friendship','Oleksiy Danilov','He','called',partial=True,note='"He called the operation “…”"; He = Danilov')
q('965','The question is not whether the Russians leave Almaty,','Serhiy Kovalchuk','Serhiy Kovalchuk','said',note='inverted cue "said Serhiy Kovalchuk, a retired colonel"; invented')
q('965','The question is how much they learned on the way there.','Serhiy Kovalchuk','Serhiy Kovalchuk','said',note='second half after the interposed inverted cue')
q('965','For us the lesson is simple,','Serhiy Kovalchuk','he','added',note='paragraph opens with the quote; he = Kovalchuk (previous paragraph)')
q('965','An invitation can be manufactured in one night.','Serhiy Kovalchuk','he','added',note='continuation after the interposed "he added"')
q('965','very closely',UAMFA,"Ukraine's Foreign Ministry",'said',partial=True,note='subject of "said" is the ministry ("through its spokesman Oleg Nikolenko"); Nikolenko is an acceptable alternative')
q('965','ironclad guarantees','Sergey Ryabkov','Sergei Ryabkov','said',partial=True)
q('965','Nothing about Ukraine without Ukraine.',None,"Kyiv's diplomats",'repeat the same line',note='slogan repeated by a group; speaker null as in gold 004')
q('965','They will not even need to cross a border illegally. They will be invited,','Serhiy Kovalchuk','he','said',note='"Kovalchuk warns" earlier in the same paragraph, then "he said"')
c('965','troops_deployed',2030,'about','CSTO soldiers from six member states in Kazakhstan',CSTO,'about 2,030 soldiers from six member states',note='"the bloc said"')
c('965','killed',164,None,'people killed in Kazakhstan','Kazakh Ministry of Health','164 people had been killed')
c('965','detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people had been detained')
c('965','other',20000,None,'"international terrorists" who attacked Almaty',TOK,'said 20,000 of them had attacked Almaty',note='Tokayev\'s figure, not confirmed')
e('965','2022-01-05','other',None,[TOK,CSTO],"Tokayev's request on the night of 5 January",note='request for CSTO help')
e('965',None,'troop_deployment','Almaty',['Russia',CSTO],'Russian paratroopers were landing in Almaty',note='"Within a day of" the request; no day given (real: 6 Jan)')
e('965','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],"At the CSTO's online summit on Monday",note='Monday before Tue 11 Jan')
e('965','2022-01-11','statement',None,[TOK],'On Tuesday Tokayev told parliament',note='publication day; withdrawal "in two days"')
e('965',None,'statement',None,['Oleksiy Danilov'],'told The Ukrainian Week',note='undated interview')
e('965',None,'casualty_report',None,['Kazakh Ministry of Health',MIA],'The health ministry said 164',note='undated')
e('965','2022-01-07','statement',None,[UAMFA,'Oleg Nikolenko'],'said on Friday that Kyiv was following events')
e('965','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and American diplomats sat down in Geneva',note='"On the same Monday the CSTO leaders met"')
e('965','2022-01-12','talks','Brussels',['Russia','NATO'],'on Wednesday Russia will meet NATO in Brussels',note='future; Wednesday after Tue 11 Jan')
e('965',None,'statement',None,['Sergey Ryabkov'],'said after the Geneva session',note='no day word (real: 10 Jan)')

# ---------------- 966 RBC-Ukraine item (Friday 07 January 2022)
art('966',0,5,9,'RBC-Ukraine','2022-01-07',['Iryna Savchuk'],None,
    ['RBC-Ukraine','News | Politics | Economy | War | World | Opinions','World','Friday 07 January 2022 18:05','Author: Iryna Savchuk',
     'Photo: CSTO troops at Almaty airport (Getty Images)',"Read also: Reznikov: Ukraine's army is ready for any scenario in the north",
     'Subscribe to RBC-Ukraine on Telegram – only verified news','Tags: Kazakhstan CSTO Russia Podolyak'])
q('966','in a matter of hours','Mykhailo Podolyak','him','According to',partial=True,note='"According to him"; him = Podolyak (previous paragraph)')
q('966','The Kremlin wants to come to Geneva as the owner of half a continent. Kazakhstan is its business card,','Mykhailo Podolyak','Podolyak','said',note='comma inside AND outside the closing mark: `card,", Podolyak said`')
q('966','Those who do not surrender will be destroyed,',TOK,'the president','said',note='title-only mention after the quote')
q('966','any movement of Russian forces is analysed by our intelligence every day','Oleksii Reznikov',"Ukraine's Defence Minister Oleksii Reznikov",'noted',partial=True,note='"said …, but noted that “…”"')
c('966','killed',26,None,'"armed criminals" killed ("liquidated")',MIA,'26 "armed criminals" had been "liquidated"',note='two scare-quoted labels around the verb; neither is a quote')
c('966','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers killed',note='"two of them found beheaded" is a subset, not a claim')
c('966','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained',note='"the ministry said" after the figure')
c('966','aircraft',70,'more than','aircraft transferring the Russian contingent',RDM,'more than 70 aircraft')
e('966',None,'statement',None,['Mykhailo Podolyak'],'said in a comment to RBC-Ukraine',note='undated')
e('966','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e('966','2022-01-07','statement',None,[TOK],'Earlier on Friday, President Kassym-Jomart Tokayev said',note='televised address; order to fire without warning')
e('966',None,'troop_deployment','Kazakhstan',[RDM,'Russia'],'involved in transferring the Russian contingent',note='undated airlift')
e('966','2022-01-06','statement',None,['Oleksii Reznikov'],'speaking to journalists on Thursday')
e('966',None,'statement',None,['Oleg Nikolenko'],'Foreign Ministry spokesman Oleg Nikolenko said',note='travel advice; undated')
e('966','2022-01-02','protest','Zhanaozen',[],'began on 2 January in the town of Zhanaozen')
e('966','2022-01-05','protest','Almaty',[],"the mayor's office was set on fire on Wednesday",note='Wednesday before Fri 7 Jan')
e('966',None,'talks','Geneva',['Russia','United States'],'timed for the talks with Washington next week',note='"next week" is not a day (real: 10 Jan)')

# ---------------- 967 Ukraine Crisis Media Center briefing transcript (12 January 2022, a Wednesday)
art('967',0,4,12,'Ukraine Crisis Media Center','2022-01-12',[],None,
    ['Ukraine Crisis Media Center','uacrisis.org | Press center | Events | Analytics | EN | UA','Press briefings','12 January 2022 - 13:25','Speakers:',
     'Mariana Bondar, senior analyst, Centre for Eurasian Security Studies','Petro Humeniuk, former military attaché of Ukraine in Central Asia',
     'Moderator: Olena Tkach','The full video of the briefing is available on the UCMC YouTube channel.','Photos: UCMC',
     'Tags: Kazakhstan, CSTO, Russia, NATO, security','Ukraine Crisis Media Center. Materials can be used with a reference to UCMC.'])
q('967','the main mission of the CSTO peacekeeping forces has been successfully completed',TOK,'Tokayev','said',partial=True,note='"Tokayev said in parliament, and I quote, “…”" inside Bondar\'s (unquoted) answer; lower-case start, so partial')
q('967','a single extra day','Vladimir Putin','he','said',partial=True,note='"Putin told the summit … and he said the operation would not last “…”"')
q('967','simply non-starters','Wendy Sherman','Ms Sherman','said',partial=True,note='the one-word "firm" in the same sentence is excluded')
q('967','We are ready to help, and we will be ready again,','Alexander Lukashenko','he','said',note='he = Lukashenko, named in the sentence before; the paragraph is spoken by Humeniuk (nearest-name/speaker-label trap)')
c('967','troops_deployed',2030,'about','CSTO troops on the ground',CSTO,'it had about 2,030 troops on the ground',note='"the CSTO said it had …"')
c('967','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('967','detained',10000,'almost','people detained by Wednesday morning',MIA,'the figure was close to 10,000',note='"close to" = almost; the source carries over from the previous sentence')
c('967','killed',164,None,'official death toll','official figures','The official death toll is 164')
e('967','2022-01-12','talks','Brussels',['NATO','Russia'],'Today the NATO-Russia Council is meeting in Brussels')
e('967','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'On 6 January the first Russian units')
e('967','2022-01-11','statement',None,[TOK],'Yesterday Tokayev said in parliament',note='also announced in the moderator\'s question ("yesterday the Kazakh president announced"), same event')
e('967','2022-01-10','talks',None,['Vladimir Putin',CSTO],'Putin told the summit on Monday')
e('967','2022-01-10','casualty_report',None,[MIA],'On Monday the Interior Ministry said')
e('967','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Ryabkov and Sherman spent almost eight hours together on Monday')
e('967',None,'statement',None,['Alexander Lukashenko'],'he said about Kazakhstan last week',note='"last week" is not a day')

# ---------------- 968 Defense Express analysis (08.01.2022, a Saturday)
art('968',0,5,9,'Defense Express','2022-01-08',[],None,
    ['DEFENSE EXPRESS','Ukrainian defence information & consulting','Home / Analytics / Air Force','08.01.2022 | 14:10','Defense Express analytical group','👁 8 214',
     'Share on: Facebook | Twitter | LinkedIn','Related: Belarus: where Russian aviation can land in 12 hours',
     'Defense Express © 2006–2022. Use of materials is permitted only with a hyperlink to the source.'])
q('968','fully performing the tasks assigned','Igor Konashenkov','ministry spokesman Igor Konashenkov','said',partial=True)
q('968','about 2,500',CSTO,'The CSTO itself','spoke of',partial=True,note='a quoted figure; also a claim')
q('968','This is the first time since Syria that we see the VTA working at this pace on a real mission,','Valentyn Panchenko','Valentyn Panchenko','said',note='inverted "said Valentyn Panchenko, a former …"; invented')
q('968','The distance from Ivanovo to Almaty is about 3,000 kilometres. From Pskov to the Belarusian-Ukrainian border it is less than a thousand.','Valentyn Panchenko','Valentyn Panchenko','said',note='second quote after the interposed inverted cue; distances are not claims')
q('968','That is the real number to remember, not 2,500 or 3,000,','Valentyn Panchenko','he','said',note='figures inside the quote are not claims (rhetorical)')
q('968','Twenty-four hours.','Valentyn Panchenko','he','said',note='continuation after "he said"')
c('968','aircraft',75,None,'Il-76 flights in 48 hours (outlet estimate)',None,'75 Il-76s in 48 hours',zone='headline')
c('968','aircraft',70,'more than','Il-76 aircraft in the airlift',RDM,'more than 70 Il-76 aircraft')
c('968','aircraft',5,None,'An-124 heavy transports in the airlift',RDM,'five An-124 heavy transports')
c('968','aircraft',75,'about','Il-76 sorties flown by Saturday morning (outlet estimate)',None,'about 75 Il-76 sorties',note='sorties, not aircraft; the outlet\'s own estimate')
c('968','troops_deployed',2500,'about','CSTO peacekeepers',CSTO,'spoke of "about 2,500" peacekeepers',note='"roughly 3,000 people" in the same paragraph is a lift capacity, not a claim')
c('968','detained',4404,None,'people detained',KA,'4,404 people had been detained')
c('968','killed',164,None,'people died, including children',KA,'164 people had died',note='the health ministry later withdrew the figure')
e('968','2022-01-06','troop_deployment','Kazakhstan',[RDM,'Russia'],'which began on Thursday',note='airlift; Thursday before Sat 8 Jan')
e('968','2022-01-08','statement',None,['Igor Konashenkov'],'On Saturday ministry spokesman Igor Konashenkov said')
e('968','2022-01-05','other',None,[KA,CSTO],'requested help on the night of 5 to 6 January',note='request for help; range -> first day')
e('968',None,'exercise','Belarus',['Russia','Belarus'],'exercise announced for February',note='future exercise, no day')
e('968','2022-01-08','casualty_report',None,[KA],'Kazakh authorities said on Saturday')
e('968',None,'other',None,['Kazakh Ministry of Health'],'the health ministry later withdrew the figure',note='"later", no day')

# ---------------- 969 Kafkadesk piece (January 12, 2022, a Wednesday)
art('969',0,5,9,'Kafkadesk','2022-01-12',[],'Kraków, Poland',
    ['KAFKADESK','Central European News, Culture & Views','Poland | Czech Republic | Slovakia | Hungary | Austria | Central Europe','CENTRAL EUROPE',
     'January 12, 2022','Kafkadesk Kraków office','Support independent journalism in Central Europe – become a Kafkadesk patron','Follow us on Facebook and Twitter'])
q('969','for a genuine dialogue inside Kazakhstan','Zbigniew Rau','Foreign Minister Zbigniew Rau','said',partial=True)
q('969','the use of force against peaceful protesters can never be a solution.','Zbigniew Rau','Foreign Minister Zbigniew Rau','warned',partial=True,note='"and warned that “….”": full stop inside the mark')
q('969','We are not neutral observers. What happens in Central Asia is a test of the same rules that protect Poland and our neighbours,','Zbigniew Rau','Rau','said')
q('969','A country that calls in foreign troops against its own citizens owes them an explanation,','Jan Lipavský','Lipavský','wrote',note='Twitter')
q('969','sovereign state','Péter Szijjártó','Hungarian Foreign Minister Péter Szijjártó','said',partial=True,note='two-word partial with a speech verb (borderline with a label)')
q('969',"Kazakhstan is an important partner for Hungary, and stability there is in Europe's interest too,",'Péter Szijjártó','the minister','told')
q('969','with concern','Ivan Korčok','Ivan Korčok','noting',partial=True)
q('969','as soon as possible','Ivan Korčok','Ivan Korčok','noting',partial=True)
q('969',"In Prague we remember very well what 'fraternal help' means,",'Petra Vondráčková','Petra Vondráčková','said',note="nested single-quoted 'fraternal help' (not a separate quote); invented historian")
q('969','The tanks came by invitation too, at least on paper.','Petra Vondráčková','Petra Vondráčková','said',note='continuation after the interposed inverted cue')
q('969','Moscow wants to show that it can enforce order in its neighbourhood while it negotiates the security architecture of ours,','Wojciech Zieliński','Wojciech Zieliński','said',note='invented analyst')
c('969','troops_deployed',2030,'about','CSTO troops in the mission',CSTO,'the mission involves about 2,030 troops')
c('969','detained',10000,'almost','people detained since 2 January',KA,'almost 10,000 people had been detained')
e('969','2022-01-12','talks','Brussels',['Russia','NATO'],'As Russian and NATO diplomats met in Brussels on Wednesday')
e('969','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'will chair the OSCE Permanent Council in Vienna on Thursday',note='future')
e('969','2022-01-11','statement','Warsaw',['Zbigniew Rau'],'at a press conference in Warsaw on Tuesday')
e('969',None,'statement',None,['Jan Lipavský'],'Lipavský wrote on Twitter',note='undated')
e('969','2022-01-10','statement',None,['Péter Szijjártó'],'told Hungarian public media on Monday')
e('969','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal will start on Thursday',note='future')
e('969','2022-01-11','casualty_report',None,[KA],'Kazakh authorities said on Tuesday')
e('969','2022-01-02','protest',None,[],'since the start of the unrest on 2 January')
e('969','2022-01-10','talks','Geneva',['Russia','United States'],'on the table in Geneva on Monday')

# ---------------- 970 NewsMaker (Moldova) piece (10 January 2022, a Monday)
art('970',0,4,9,'NewsMaker','2022-01-10',['Victoria Munteanu'],None,
    ['NewsMaker','Moldova | Transnistria | World | Economy | Opinion       RO | RU | EN','World','10 January 2022, 17:20','Victoria Munteanu','🕑 4 min',
     'Read also','Sandu convenes Security Council as gas contract with Gazprom is reviewed','The CSTO is not a peacekeeping organisation. Explainer',
     'Subscribe to NewsMaker on Telegram'])
q('970','We have lived with this for 30 years.','Nicu Popescu','Nicu Popescu',None,zone='headline',note='headline opens with a quote (a prefix of the body quote, l.11); no cue in the headline')
q('970','We have lived with this for 30 years. Troops that come for a short time have a habit of staying,','Nicu Popescu','Deputy Prime Minister and Foreign Minister Nicu Popescu','told',note='two titles joined by "and" before the name')
q('970','every effort to calm the situation by political means','Nicu Popescu','He','said',partial=True)
q('970','What is happening in Kazakhstan is first of all a tragedy for the people of Kazakhstan,','Maia Sandu','Sandu','said')
q('970','We hope that the violence will stop and that the citizens will decide their future themselves.','Maia Sandu','Sandu','said',note='separate sentence after "Sandu said."; cue carried over')
q('970','Russian peacekeepers are the only guarantee of stability','Vitaly Ignatiev','Vitaly Ignatiev','said',partial=True,note='the scare-quoted "foreign minister" title before the name is excluded')
q('970','The Kremlin is advertising a product: security in exchange for sovereignty,','Sorin Țurcanu','he','said',note='Țurcanu named in the same sentence before the quote; invented')
q('970','Kazakhstan bought it in one night. Moldova has been paying for it for three decades.','Sorin Țurcanu','he','said',note='continuation')
q('970','no decisions about Moldova without Moldova','Nicu Popescu','Popescu','said',partial=True)
c('970','troops_deployed',1500,'about','Russian servicemen stationed in Transnistria','Chișinău','About 1,500 Russian servicemen are still stationed there',note='Russian forces near Ukraine (borderline scope: a long-term garrison, not the Kazakh deployment); "according to Chișinău"')
c('970','troops_deployed',2030,'about','CSTO troops deployed in Kazakhstan',CSTO,'around 2,030 troops are deployed',note='"around" = about; "The Russian-led bloc says"')
c('970','detained',7939,None,'people detained',KA,'7,939 people had been detained')
c('970','killed',164,None,'people killed in a week of violence',KA,'164 people had been killed in a week of violence')
c('970','killed',16,None,'members of the security forces among the dead',KA,'among them 16 members of the security forces',note='a subset of the 164 with its own subject')
e('970','2022-01-10','statement',None,['Nicu Popescu'],'told NewsMaker on Monday')
e('970','2022-01-08','other',None,['Maia Sandu'],'after a meeting of the Supreme Security Council on Saturday',note='internal meeting; Sandu spoke to reporters after it')
e('970',None,'statement',None,['Moldovan Foreign Ministry'],'The Moldovan Foreign Ministry said 36',note='undated')
e('970','2022-01-09','other','Istanbul',[],'flown home via Istanbul on Sunday',note='evacuation of two citizens')
e('970','2022-01-10','casualty_report',None,[KA],'Kazakh authorities said on Monday')
e('970',None,'statement','Tiraspol',['Vitaly Ignatiev'],'the self-proclaimed authorities welcomed the CSTO operation',note='undated')
e('970','2022-01-10','talks','Geneva',['Russia','United States'],'started in Geneva on Monday')

# ---------------- 971 BNN (Latvia) item with LETA (January 13, 2022, a Thursday)
art('971',0,6,9,'BNN','2022-01-13',[],None,
    ['BNN','Baltic News Network','Latvia | Lithuania | Estonia | Baltics | World | Business | Opinion','World','January 13, 2022 | 15:48','BNN, LETA',
     'Share: Facebook Twitter Draugiem','Comments (3)','Most read: Latvia to extend state of emergency until March 1'])
q('971','a Europe divided into spheres of influence','Edgars Rinkēvičs','Latvian Foreign Minister Edgars Rinkēvičs','told',partial=True,note='the headline\'s "spheres of influence" is a label (excluded)')
q('971','The events in Kazakhstan show why the principles of Helsinki matter. Every state has the right to choose its own security arrangements, and no state has the right to decide for its neighbours,','Edgars Rinkēvičs','Rinkēvičs','said',note='"Rinkēvičs said, according to the ministry"')
q('971','They moved thousands of soldiers across a continent in two days. Our allies need to be here before something happens, not after,','Artis Pabriks','the minister','said',note='"thousands" is vague, not a claim')
q('971','We speak with one voice,','Edgars Rinkēvičs','he','said')
c('971','troops_deployed',2030,'about','CSTO contingent being withdrawn',None,'its contingent of around 2,030 troops',note='the bloc is the subject, not an attribution')
c('971','killed',164,None,'people killed in the unrest',PGO,'164 people had been killed in the unrest',note='"among them three children" is a subset, not a claim')
c('971','detained',9900,None,'people detained',PGO,'9,900 people had been detained')
e('971','2022-01-13','talks','Vienna',['Edgars Rinkēvičs','OSCE'],'told the OSCE Permanent Council in Vienna on Thursday')
e('971','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('971','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday')
e('971',None,'statement',None,['Alexander Lukashevich'],'who said after the session that the talks were',note='no day word (same day)')
e('971','2022-01-12','statement',None,['Artis Pabriks'],'Speaking on Latvian television on Wednesday evening')
e('971','2022-01-11','statement',None,[TOK],'announced on Tuesday that the CSTO mission had completed its task')
e('971','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the bloc began withdrawing its contingent',note='"today" = publication day')
e('971',None,'withdrawal','Almaty',[RDM],'the first Il-76 aircraft with Russian paratroopers had taken off',note='undated (same day)')
e('971','2022-01-12','casualty_report',None,[PGO],'Kazakh prosecutors said on Wednesday')
e('971',None,'talks',None,['Edgars Rinkēvičs','Gabrielius Landsbergis'],'he had spoken by phone with his Lithuanian counterpart',note='phone call; undated')

# ---------------- 972 The Ukrainian Weekly print page (Sunday, January 16, 2022)
art('972',0,5,10,'The Ukrainian Weekly','2022-01-16',['Halyna Mazur'],'KYIV',
    ['THE UKRAINIAN WEEKLY                                SUNDAY, JANUARY 16, 2022                                No. 3',
     'Published by the Ukrainian National Association Inc., a fraternal non-profit association',
     'Vol. XC   No. 3   THE UKRAINIAN WEEKLY   SUNDAY, JANUARY 16, 2022   $2.00','by Halyna Mazur','Kyiv Press Bureau',
     '(Continued on page 14)','Kazakhstan...','(Continued from page 1)','Subscribe to The Ukrainian Weekly: www.ukrweekly.com • 973-555-0140'])
q('972','The Kremlin wanted to arrive at the negotiating table with a demonstration of force, and it did,','Dmytro Kuleba','Foreign Affairs Minister Dmytro Kuleba','told')
q('972','We do not intend to give it any reason to repeat the demonstration on our soil.','Dmytro Kuleba','Foreign Affairs Minister Dmytro Kuleba','told',note='second sentence after the interposed cue')
q('972','nothing about Ukraine without Ukraine.',None,None,None,partial=True,note='a principle "often repeated in Washington"; no single speaker (gold 004 chorus rule)')
q('972','core principles','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('972','the risk of war in the OSCE area is now greater than ever before in the last 30 years.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warned',partial=True,note='"Rau, the OSCE chairman, warned that “….”"')
q('972','test the rapid deployment of forces',NSDC,'the National Security and Defense Council of Ukraine','said',partial=True)
q('972','Our community has seen in Almaty the same script we saw in Crimea,','Andriy Boyko','Andriy Boyko','said',note='inverted "said Andriy Boyko, president of …"; invented')
q('972','Leaving quickly is also a message: we can come back whenever we are invited,','Volodymyr Levytskyi','Volodymyr Levytskyi','said',note='after the jump line "(Continued from page 1)"; invented analyst')
q('972','We always do.','Dmytro Kuleba','Mr. Kuleba','answered',note='"Mr. Kuleba, asked whether …, answered briefly: “…”"')
c('972','troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,030 troops to Kazakhstan',note='the CSTO is the subject, not an attribution')
c('972','aircraft',70,'more than','aircraft carrying the Russian contingent',RDM,'carried by more than 70 aircraft')
c('972','killed',225,None,'people killed',"Kazakh officials",'225 people were killed')
c('972','killed',19,None,'members of the security forces killed',"Kazakh officials",'including 19 members of the security forces')
c('972','detained',12000,'about','people detained',"Kazakh officials",'about 12,000 were detained')
e('972','2022-01-10','talks','Geneva',['Russia','United States'],'began in Geneva on January 10')
e('972','2022-01-13','talks','Vienna',['OSCE','Russia'],'ended in Vienna on Thursday',note='Thursday before Sun 16 Jan')
e('972','2022-01-14','statement','Kyiv',['Dmytro Kuleba'],'told journalists in Kyiv on January 14')
e('972','2022-01-05','other',None,[TOK,CSTO],'appealed for help on January 5')
e('972','2022-01-02','protest','Zhanaozen',[],'in the oil town of Zhanaozen on January 2')
e('972','2022-01-11','statement',None,[TOK],'said on January 11 that the mission was complete')
e('972','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal began last Thursday',note='"last Thursday" from Sunday 16 Jan')
e('972','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'talked for nearly eight hours',note='same meeting as "began in Geneva on January 10"')
e('972','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'On January 12, at the NATO-Russia Council in Brussels')
e('972','2022-01-13','statement','Vienna',['Zbigniew Rau'],'At the Organization for Security and Cooperation in Europe the next day',note='"the next day" after January 12')
e('972','2022-01-14','statement',None,[NSDC],'In a statement issued on January 14')
e('972','2022-01-14','protest','New York',['Andriy Boyko'],'at a vigil in front of the Russian Consulate in New York on Friday evening',note='vigil; Friday before Sun 16 Jan')
e('972','2022-01-14','other',None,[],'On the same day, a cyberattack defaced',note='"On the same day" = the Friday of the vigil')
e('972',None,'exercise','Belarus',['Russia','Belarus'],'expected to arrive for joint exercises in February',note='future, no day')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Oleksiy Danilov','person',['Oleksiy Danilov'],['secretary of the National Security and Defence Council'],'Ukraine',['He']),
 sp('Serhiy Kovalchuk','person',['Serhiy Kovalchuk','Kovalchuk'],['a retired colonel'],'Ukraine',['he'],note='invented'),
 sp(UAMFA,'organisation',["Ukraine's Foreign Ministry"],[],'Ukraine',[],note='spoke "through its spokesman Oleg Nikolenko"'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],["Moscow's deputy foreign minister",'Russian Deputy Foreign Minister'],'Russia'),
 sp('Mykhailo Podolyak','person',['Mykhailo Podolyak','Podolyak'],['adviser to the head of the Office of the President of Ukraine'],'Ukraine',['him'],note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Kazakh president'],'Kazakhstan',['the president'],["Tokayev's"],note='"Mr. Tokayev" in 972'),
 sp('Oleksii Reznikov','person',['Oleksii Reznikov','Reznikov'],["Ukraine's Defence Minister"],'Ukraine'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',['he']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States',[],['Ms Sherman']),
 sp('Alexander Lukashenko','person',['Lukashenko'],[],'Belarus',['he'],note='surname only in this set'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['ministry spokesman'],'Russia'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The CSTO itself','the bloc','The Russian-led bloc']),
 sp('Valentyn Panchenko','person',['Valentyn Panchenko','Panchenko'],['a former Ukrainian Air Force navigator','a Defense Express expert'],'Ukraine',['he'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Foreign Minister','Polish Foreign Minister','the OSCE chairman'],'Poland'),
 sp('Jan Lipavský','person',['Jan Lipavský','Lipavský'],['Czech Foreign Minister'],'Czech Republic'),
 sp('Péter Szijjártó','person',['Péter Szijjártó'],['Hungarian Foreign Minister'],'Hungary',['the minister']),
 sp('Ivan Korčok','person',['Ivan Korčok'],["Slovakia's top diplomat"],'Slovakia'),
 sp('Petra Vondráčková','person',['Petra Vondráčková'],['a historian at Charles University'],'Czech Republic',note='invented'),
 sp('Wojciech Zieliński','person',['Wojciech Zieliński'],[],'Poland',note='invented; "of the Warsaw-based Centre for Eastern Studies"'),
 sp('Nicu Popescu','person',['Nicu Popescu','Popescu'],['Deputy Prime Minister and Foreign Minister'],'Moldova',['He']),
 sp('Maia Sandu','person',['Maia Sandu','Sandu'],['President'],'Moldova'),
 sp('Vitaly Ignatiev','person',['Vitaly Ignatiev'],['"foreign minister"'],'Transnistria (unrecognised)',note='title in scare quotes'),
 sp('Sorin Țurcanu','person',['Sorin Țurcanu'],['Political analyst'],'Moldova',['he'],note='invented'),
 sp('Edgars Rinkēvičs','person',['Edgars Rinkēvičs','Rinkēvičs'],['Latvian Foreign Minister'],'Latvia',['he']),
 sp('Artis Pabriks','person',['Artis Pabriks','Pabriks'],['Defence Minister'],'Latvia',['the minister']),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Foreign Affairs Minister','Minister'],'Ukraine',[],['Mr. Kuleba','Minister Kuleba']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway'),
 sp(NSDC,'organisation',['National Security and Defense Council of Ukraine'],[],'Ukraine',[],note='"National Security and Defence Council" (British spelling) in 965 as part of Danilov\'s title'),
 sp('Andriy Boyko','person',['Andriy Boyko'],["president of a Ukrainian American veterans' group in New Jersey"],'United States',note='invented'),
 sp('Volodymyr Levytskyi','person',['Volodymyr Levytskyi'],['a political analyst at the Kyiv Institute of Regional Studies'],'Ukraine',note='invented'),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko'],['Foreign Ministry spokesman'],'Ukraine',[],[],quoted=False,note='mentioned in 965 and 966; not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry',"Russia's Defence Ministry","Russia's Defense Ministry"],[],'Russia',[],[],quoted=False,note='source of aircraft figures in 966, 968, 972; not quoted'),
 sp('Kazakh Ministry of Health','organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='965, 968; not quoted'),
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
