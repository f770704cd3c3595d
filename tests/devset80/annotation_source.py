#!/usr/bin/env python3
"""Source of the devset80 annotation: the hand-chosen spans, values and dates for 733-740.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset80/annotation_source.py && python3 tests/devset80/verify.py
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
UKFO='UK Foreign Office'; MEA='Indian Ministry of External Affairs'; GAC='Global Affairs Canada'; MFAT='New Zealand Ministry of Foreign Affairs and Trade'
def H(p,s): return ln(p,s)

# ---------------- 733 ITV News web article (Saturday 8 January 2022)
P='733'
art(P,0,H(P,'Russian-led troops guard Almaty as'),H(P,'Troops from a Russian-led military alliance'),'ITV News','2022-01-08',['Ellie Marsh'],None,
    ['ITV News','Home | UK | World | Politics | Money | Health | Climate | Watch live','World','Saturday 8 January 2022, 5:42pm','By Ellie Marsh, ITV News Producer',
     'Video report by ITV News Correspondent Rob Carrow',"[Video: Armoured vehicles outside Almaty's burnt city hall]",'Share','Facebook | Twitter | WhatsApp | Email','Read more',
     'Download the ITV News app for the latest updates','© ITV plc 2022. All rights reserved.'])
q(P,'open fire without a warning shot',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='"told the nation on Friday that he had authorised … to “…”"')
q(P,'What the president is describing is not a law-and-order operation, it is a licence to kill,','Baroness Whitcombe','Baroness Whitcombe','said',note='inverted cue with a peerage title; invented peer')
q(P,'We are urging all sides to exercise restraint and to respect the right to peaceful protest.',UKFO,'A spokesperson','said',note='"A spokesperson said:" with a colon; the spokesperson speaks for the Foreign Office named in the sentence before')
q(P,'for a few days, maybe a week','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True,note='title + name after "Their commander,"')
q(P,'We sat in the corridor with the lights off. My son kept asking if it was fireworks,',None,'she','said',note='anonymous Almaty resident')
q(P,'By morning there were burnt-out cars on every corner.',None,'she','said',note='second half of a quote split by the interposed "she said"')
q(P,'People did not go into the street because of gas. Gas was the match,','Nurlan Abenov','he','said')
q(P,'bought himself time with foreign soldiers','Nurlan Abenov','The 46-year-old','added',partial=True,note='age phrase as the attributing mention; the full stop is outside the closing mark')
c(P,'detained',4404,None,'people detained across Kazakhstan',MIA,'4,404 people had been detained')
c(P,'killed',26,None,'"armed criminals" killed in clashes with police',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'troops_deployed',2030,'about','CSTO troops on the ground',CSTO,'About 2,030 troops from the Collective Security Treaty Organisation',note='"according to the alliance"')
e(P,'2022-01-08','troop_deployment','Almaty',[CSTO],"were guarding key buildings in Kazakhstan's largest city on Saturday")
e(P,'2022-01-02','protest','Kazakhstan',[],'since protests over fuel prices began on January 2')
e(P,'2022-01-07','statement',None,[TOK],'told the nation on Friday')
e(P,None,'statement',None,[UKFO],'The Foreign Office said it was in touch',note='undated')
e(P,'2022-01-06','statement',None,['Andrei Serdyukov'],'said on Thursday that the force would stay',note='Thursday before Saturday 8 Jan')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'due to hold talks in Geneva on Monday',note='future')

# ---------------- 734 Channel 4 News web article (Tuesday 11 January 2022)
P='734'
art(P,0,H(P,'Tokayev says Russian-led force will start leaving'),H(P,"Kazakhstan's president has told parliament"),'Channel 4 News','2022-01-11',['Tom Ashdown'],None,
    ['Channel 4 News','News | Politics | World | FactCheck | Watch live | Catch up','World','By Tom Ashdown','Foreign Affairs Producer','Tuesday 11 Jan 2022',
     'Tags: Kazakhstan, Russia, Nato, CSTO','Share this article','Twitter | Facebook | Email','Channel 4 News is made by ITN Productions for Channel 4.'])
q(P,'core task',TOK,'Kassym-Jomart Tokayev','said',partial=True,note='two-word evaluative phrase with a speech verb; kept as partial')
q(P,'carried out with honour',TOK,'Kassym-Jomart Tokayev','said',partial=True)
q(P,'The pull-out will be finished within ten days,',TOK,'he','told',note='"he told MPs"; a duration inside the quote')
q(P,'The numbers alone should worry anyone who cares about due process,','Rachel Denholm','Rachel Denholm','told',note='inverted cue: "…," NAME, role, told Channel 4 News')
q(P,'Nobody outside the government knows who these people are.','Rachel Denholm','Rachel Denholm','told',note='second half after the interposed attribution')
q(P,'firm, written and legally binding','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','tell',partial=True,note='"emerged to tell reporters that …"; infinitive cue')
q(P,'rejected ideas that were never going to fly','Wendy Sherman','Deputy Secretary of State Wendy Sherman','said',partial=True,note='"His opposite number, Deputy Secretary of State Wendy Sherman, said"')
q(P,'We will be watching very closely to see that they leave when they say they will.',None,'a senior US official','said',note='"said only:" anonymous official')
q(P,'We are told everything is normal now,','Dana','Dana','said',note='first name only ("did not want to give her surname"); inverted cue with age')
q(P,'Normal is a strange word when you have seen what we saw.','Dana','Dana','said',note='continuation in the same paragraph, no new cue')
c(P,'detained',9900,None,'people detained in Kazakhstan',MIA,'9,900 people have now been detained',note='"According to the Interior Ministry,"')
c(P,'troops_deployed',2030,'about','CSTO troops sent to Kazakhstan in total',CSTO,'about 2,030 troops and 250 pieces of equipment')
c(P,'other',250,None,'pieces of CSTO military equipment sent',CSTO,'250 pieces of equipment',note='equipment count; same sentence as the 2,030 troops')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'speaking in the Mazhilis on Tuesday',note='address to parliament')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to pull out in two days',note='"in two days" from Tuesday 11 Jan')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He also named Alikhan Smailov as his new prime minister',note='same speech, Tuesday')
e(P,None,'government_resignation',None,[],'a week after the previous government resigned',note='"a week after" is approximate (real 5 Jan); left null')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'where Russian and American diplomats met on Monday')
e(P,'2022-01-13','other','Kazakhstan',['Stanislav Zas',CSTO],'the handover of guarded sites to Kazakh forces would begin on Thursday',note='handover of sites, announced by Zas (undated statement)')
e(P,'2022-01-10','other','Almaty',[],'Banks resumed work yesterday',note='"yesterday" from Tuesday 11 Jan')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'Nato and Russia meet in Brussels tomorrow')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on Thursday')

# ---------------- 735 CNBC markets story (Thursday 6 January 2022)
P='735'
art(P,0,H(P,'Uranium prices jump and bitcoin miners'),H(P,'Uranium prices climbed and shares'),'CNBC','2022-01-06',['Jordan Feld'],None,
    ['CNBC','MARKETS | BUSINESS | INVESTING | TECH | POLITICS | CNBC TV | WATCHLIST','ENERGY','PUBLISHED THU, JAN 6 2022 11:58 AM EST','UPDATED THU, JAN 6 2022 2:31 PM EST',
     'Jordan Feld','@JORDANFELDCNBC','KEY POINTS',"— CNBC's Priya Raman contributed to this report.",'WATCH NOW','VIDEO 02:14','Kazakhstan unrest: What it means for uranium and bitcoin',
     'Subscribe to CNBC PRO','Data is a real-time snapshot *Data is delayed at least 15 minutes.','© 2022 CNBC LLC. All Rights Reserved. A Division of NBCUniversal'])
q(P,'in normal mode','Kazatomprom','Kazatomprom','said in a statement',partial=True)
q(P,"When the country that produces four out of every ten pounds of uranium has tanks on the streets, you don't wait for the press release,",'Marcus Leong','Marcus Leong','said',note='"That did little to calm traders." then the quote; inverted cue with a role; numbers inside the quote ("four out of every ten") are not claims')
q(P,'We have 1,200 machines sitting in Ekibastuz doing nothing,','Arman Seitkali','Arman Seitkali','told',note='"told CNBC by phone from Dubai"; inverted order NAME, role, told')
q(P,'weeks, not days','Arman Seitkali','He','said',partial=True)
q(P,'a political signal as much as a military one,',None,'Analysts at one Wall Street bank','wrote',partial=True,note='unnamed bank analysts ("wrote in a note to clients")')
q(P,'the longer the troops stay, the harder it gets for Tokayev to look independent.',None,'Analysts at one Wall Street bank','warned',partial=True,note='"and warned that “…”"; a name inside the quote')
c(P,'killed',8,None,'police officers and National Guard troops killed','Kazakh authorities','eight police officers and National Guard troops had been killed',note='written-out; "according to state television" at the end of the sentence')
c(P,'injured',317,None,'police officers and National Guard troops injured','Kazakh authorities','317 injured')
c(P,'detained',2298,None,'people detained overnight','Kazakh authorities','2,298 people had been detained overnight')
c(P,'troops_deployed',2500,'about','total CSTO force',CSTO,'the total force would be about 2,500')
e(P,None,'casualty_report',None,['Kazakh authorities'],'Kazakh authorities said eight police officers',note='no day word in the sentence ("overnight"); publication day 6 Jan')
e(P,None,'statement',None,['Kazatomprom'],'Kazatomprom, the state uranium company, said in a statement',note='undated')
e(P,'2022-01-05','other','Kazakhstan',[],'after the government cut internet access on Wednesday',note='internet shutdown; Wednesday before Thursday 6 Jan')
e(P,'2022-01-06','statement',None,['Kremlin'],'The Kremlin said on Thursday')
e(P,None,'troop_deployment','Kazakhstan',['Russia',CSTO],'the first units of Russian paratroopers had already landed',note='landing reported on Thursday 6 Jan, exact day not given')

# ---------------- 736 India Today world story (Wednesday 12 January 2022)
P='736'
art(P,0,H(P,'Kazakhstan unrest: Indian students in Almaty safe'),H(P,'Kazakhstan says nearly 10,000 people'),'India Today','2022-01-12',['Shivani Rao'],'New Delhi',
    ['India Today','HOME | INDIA | WORLD | BUSINESS | SPORTS | VIDEOS | LIVE TV','News / World / Story','Advertisement','Written By: Shivani Rao','Edited By: Karan Mehta',
     'New Delhi, UPDATED: Jan 12, 2022 18:40 IST','ALSO READ | Kazakhstan names Alikhan Smailov as new prime minister','ALSO READ | What is CSTO, the Russia-led bloc that sent troops to Kazakhstan?',
     'Published By: Karan Mehta','Published On: Jan 12, 2022','TAGS: #Kazakhstan #Indian students #MEA #Almaty','Also Watch','04:12 | Kazakhstan crisis: Why Russia sent troops'])
q(P,'Our mission is in touch with the Indian community, including students, and there is no report of any Indian being harmed,',MEA,'the MEA spokesperson','said',note='unnamed spokesperson speaking for the ministry')
q(P,'My daughter called on Sunday for the first time in four days. She said they were eating only bread and tea,','Suresh Nair','Suresh Nair','said',note='a relative day inside a quote (not an event)')
q(P,'We want the government to bring them home.','Suresh Nair','Suresh Nair','said',note='second quote after the interposed cue')
q(P,'India has strong energy and connectivity stakes in Central Asia, and New Delhi will not want to see Kazakhstan become dependent on one power,','Meera Kulkarni','Kulkarni','said')
c(P,'detained',10000,'almost','people detained after the violence','Kazakh authorities','nearly 10,000 people have been detained',note='in the standfirst ("Kazakhstan says"); "nearly" -> almost')
c(P,'detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained across the country')
c(P,'killed',164,None,'death toll (later disputed)','Kazakh Ministry of Health','put the death toll at 164',note='"a figure later disputed by officials"')
e(P,'2022-01-12','statement',None,[MEA],'The Ministry of External Affairs (MEA) on Wednesday said')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Tuesday')
e(P,None,'casualty_report',None,['Kazakh Ministry of Health'],'the health ministry put the death toll',note='"Earlier," (real 9 Jan)')
e(P,'2022-01-10','other','Almaty',['Air Astana'],'Air Astana resumed some services from Almaty on Monday')
e(P,'2022-01-11','statement',None,[TOK],'President Kassym-Jomart Tokayev said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving the country in two days',note='"in two days" counted from Tuesday 11 Jan (when Tokayev spoke)')

# ---------------- 737 Toronto Star world story (Sunday 9 January 2022)
P='737'
art(P,0,H(P,"'We keep refreshing the news'"),H(P,'Members of the community in Toronto say'),'Toronto Star','2022-01-09',['Natalie Okafor'],None,
    ['TORONTO STAR','Sign In | Subscribe','GTA | Canada | Politics | World | Business | Opinion','World','By Natalie Okafor Staff Reporter','Sun., Jan. 9, 2022','timer 4 min read',
     'Updated Jan. 9, 2022 at 6:05 p.m.','With files from The Canadian Press','Natalie Okafor is a Toronto-based reporter for the Star. Reach her via email: nokafor@thestar.ca',
     'SHARE: Facebook Twitter Email','Conversations are opinions of our readers and are subject to the Code of Conduct.','Copyright owned or licensed by Toronto Star Newspapers Limited.'])
q(P,"When my mother finally answered on Saturday, the first thing she said was 'don't come,'",'Aigerim Sultanova','Sultanova','said',note="inner single-quoted words of the mother kept inside; the quote ends with ' then the closing double mark")
q(P,'Then she cried.','Aigerim Sultanova','Sultanova','said')
q(P,'a considerable number of foreign citizens.',MIA,'The Interior Ministry','said',partial=True,note='"among them “…”"; full stop inside the mark')
q(P,'deeply concerned',GAC,'Global Affairs Canada','said',partial=True)
q(P,'exercise restraint and respect human rights, including the right to peaceful assembly.',GAC,'the department','urged',partial=True)
q(P,'Canada talks about human rights everywhere. Here is a case where a foreign army was invited in to help shoot protesters, and we hear nothing,','Yerlan Dzhaksybekov','he','said')
q(P,'relieved that somebody stopped the looting.',None,'A Kazakh-born engineer in Calgary','said',partial=True,note='anonymous')
q(P,'not affected at this time.','Cameco','Cameco','said',partial=True)
c(P,'killed',164,None,'people killed in the unrest, including children','state media','164 people, including children, had been killed',note='"later removed from an official channel"')
c(P,'detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c(P,'troops_deployed',2000,'about','Russian-led troops deployed',None,'about 2,000 Russian-led troops')
e(P,None,'protest','Almaty',[],"protesters stormed the mayor's office",note='undated (real 5 Jan)')
e(P,'2022-01-09','casualty_report',None,['state media'],'Kazakh state media reported on Sunday')
e(P,'2022-01-07','statement',None,[GAC],'In a statement on Friday, the department urged',note='Friday before Sunday 9 Jan')
e(P,None,'statement',None,['Melanie Joly'],'Foreign Affairs Minister Melanie Joly wrote on Twitter',note='undated tweet')
e(P,'2022-01-06','statement',None,['Cameco'],'said on Thursday its operations were')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'scheduled to meet in Geneva on Monday',note='future')

# ---------------- 738 LBC radio website story (Thursday 13 January 2022)
P='738'
art(P,0,H(P,"Russia 'not interested' in endless talks"),H(P,"Russia's envoy to the OSCE has warned"),'LBC','2022-01-13',['Harriet Lyle'],None,
    ['LBC','Listen Live | Shows | Presenters | News | Podcasts | Watch','News > World News','13 January 2022, 16:52 | Updated: 13 January 2022, 17:20','By Harriet Lyle','Share',
     'Facebook Twitter WhatsApp Email','Listen to Andrew Castell on LBC weekdays from 4pm, on Global Player, the official LBC app.','Related',
     "Nato-Russia talks end with 'significant differences', Stoltenberg says",'Kazakhstan crisis: who is President Tokayev?','Most read',
     '1. Prince Andrew stripped of military titles','2. PM faces pressure over lockdown party','LBC is part of Global, the Media & Entertainment Group.'])
q(P,'endless discussions','Alexander Lukashevich',"Russia's envoy to the OSCE",'warned',partial=True,note='"has warned that Moscow will not sit through “…”"; named in the next paragraph')
q(P,'quickly, not in months','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q(P,'far from easy','Jens Stoltenberg',"Nato's secretary general",'described',partial=True,note='named only in the Related teaser; "which … described as “…”"')
q(P,'The Russians came with a list of demands, not a negotiating position,','Giles Farrant','he','said',note='invented retired colonel, named in the sentence before')
q(P,'You cannot bargain over whether Poland or the Baltics get to choose their allies.','Giles Farrant','he','said')
q(P,'a useful dress rehearsal','Giles Farrant','Colonel Farrant','said',partial=True)
q(P,'In a week they flew in two thousand troops, took over the airport and started talking about going home. That tells you something about readiness,','Giles Farrant','he','told',note='"he told listeners"; written-out number inside the quote')
q(P,'done everything they were asked to do','Andrei Serdyukov','General Andrei Serdyukov','said',partial=True,note='"General Andrei Serdyukov, who commands the mission, said the peacekeepers had “…”"')
q(P,'He was not even there. They took his phone and looked at his photos,','Dinara','she','said',note='radio caller, first name + place ("Dinara from Croydon")')
c(P,'troops_deployed',2000,None,'troops flown into Kazakhstan by Russia/CSTO','Giles Farrant','two thousand troops',note='written-out, inside a quote')
c(P,'killed',225,None,'bodies delivered to morgues since the unrest began','Kazakh prosecutors','225 bodies have been delivered to morgues')
c(P,'killed',19,None,'members of the security forces among the dead','Kazakh prosecutors','including 19 members of the security forces')
e(P,'2022-01-13','talks','Vienna',['Alexander Lukashevich','Zbigniew Rau','OSCE'],'Speaking in Vienna on Thursday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'It followed talks in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'a meeting of the Nato-Russia Council in Brussels yesterday',note='"yesterday" from Thursday 13 Jan')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'the withdrawal of the Russian-led force began on Thursday')
e(P,'2022-01-22','withdrawal','Kazakhstan',[CSTO],'would be gone by January 22',note='planned completion (future)')
e(P,None,'casualty_report',None,['Kazakh prosecutors'],'Kazakh prosecutors say 225 bodies',note='undated')

# ---------------- 739 Al Jazeera English live page (Monday 10 January 2022)
P='739'
art(P,0,H(P,'Russia-US talks live: Geneva meeting ends'),H(P,'Russian and US negotiators meet in Geneva'),'Al Jazeera','2022-01-10',[],None,
    ['Al Jazeera','News | Middle East | Explained | Opinion | Sport | Video | More','LIVE','Published On 10 Jan 2022','10 Jan 2022','Here are the latest updates:',
     'SOURCE: AL JAZEERA AND NEWS AGENCIES','Follow Al Jazeera English:','Facebook | Twitter | YouTube | Instagram','© 2022 Al Jazeera Media Network'],
    sections=(H(P,'20:45 GMT'),H(P,'18:12 GMT'),H(P,'17:30 GMT'),H(P,'14:05 GMT'),H(P,'12:40 GMT'),H(P,'09:15 GMT')))
q(P,'firm in rejecting proposals that simply cannot work','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','told',partial=True,note='"has told reporters that Washington was “…”"')
q(P,'bolt the door','Wendy Sherman','She','said',partial=True)
q(P,"Nothing about Ukraine will be decided behind Ukraine's back, and nothing about Europe without Europe,",'Wendy Sherman','Sherman','said')
q(P,'long, hard and businesslike','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','described',partial=True)
q(P,'We have no intention of attacking Ukraine,','Sergey Ryabkov','he','said')
q(P,'The counter-terrorist operation continues, but the situation is stabilised,','Yerlan Karin','Karin','said')
q(P,'the collapse of state institutions','Vladimir Putin','Russian President Vladimir Putin','told',partial=True)
q(P,'one command centre',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
c(P,'troops_deployed',100000,'about','Russian soldiers massed near the Ukrainian border','United States','about 100,000 Russian soldiers',note='"US estimates"')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Talks between Russian and US officials in Geneva started this morning')
e(P,'2022-01-10','statement',None,['Wendy Sherman'],'has told reporters that Washington',note='live entry of 10 Jan (18:12 GMT)')
e(P,'2022-01-10','statement',None,['Sergey Ryabkov'],'described the talks as',note='live entry of 10 Jan')
e(P,'2022-01-10','other','Kazakhstan',[],'observed a national day of mourning')
e(P,'2022-01-10','statement',None,['Yerlan Karin'],'said on state television that order had been restored',note='no day word; date from the live entry under the 10 Jan page')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said 7,939',note='date from the live entry')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'held an emergency video call on Monday')

# ---------------- 740 Newshub (New Zealand) web story (08/01/2022, Saturday)
P='740'
art(P,0,H(P,'Kiwis in Kazakhstan urged to shelter'),H(P,'The Ministry of Foreign Affairs and Trade (MFAT) is urging'),'Newshub','2022-01-08',['Jess Te Rangi'],None,
    ['Newshub.','Home | New Zealand | World | Politics | Sport | Entertainment | Lifestyle | Money','World','08/01/2022','Jess Te Rangi','Newshub Digital Producer','@jessterangi',
     'Share on Facebook  Share on Twitter  Share via Email','Jess Te Rangi / Newshub','Watch Newshub Live at 6pm','Copyright © 2022 Newshub. All rights reserved.'])
q(P,'New Zealanders in Kazakhstan should avoid protests, follow the instructions of local authorities and keep in touch with family,',MFAT,'a spokesperson','told',note='"a spokesperson told Newshub"; the spokesperson speaks for MFAT')
q(P,"It's eerie. You hear helicopters all night, then in the morning the cleaner comes in like nothing happened,",'Ben Holloway','Ben Holloway','said',note='introduced first as "One Auckland man", named in the inverted cue with an age')
q(P,'20,000 bandits',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='two-word partial with a number; the one-word "terrorists" in the same sentence is excluded')
q(P,'We have no independent evidence of 20,000 anybody. What we do have is a leader who needed a reason to call in Moscow,','Anna Whitlock','Dr Whitlock','said',note='the 20,000 inside the quote is not a claim')
q(P,'turning point','Anna Whitlock','She','said',partial=True)
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained by Saturday')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed',note='"two of whom had been beheaded" is a subset, not a claim')
c(P,'killed',26,None,'"criminals" "liquidated"',MIA,'26 "criminals" had been "liquidated"',note='one-word scare quotes around the label and the verb; excluded from quotes')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" had attacked Almaty')
c(P,'troops_deployed',2500,'about','CSTO troops, mostly Russian',None,'around 2,500 Collective Security Treaty Organization troops',note='"around" -> about; no source in the sentence (Whitlock speaks about it)')
e(P,'2022-01-08','statement',None,[MFAT],'MFAT said on Saturday')
e(P,'2022-01-08','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said 4,404",note='"by Saturday"')
e(P,'2022-01-05','protest','Almaty',[],'which was seized by protesters on Wednesday',note='airport seizure; Wednesday before Saturday 8 Jan')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday that')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'the arrival of around 2,500',note='undated')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he'],["Kazakhstan's president"]),
 sp('Baroness Whitcombe','person',['Baroness Whitcombe'],['a Liberal Democrat peer'],'United Kingdom',note='invented'),
 sp(UKFO,'organisation',['Foreign Office'],[],'United Kingdom',['A spokesperson']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','General'],'Russia',['Their commander'],['General Andrei Serdyukov']),
 sp('Nurlan Abenov','person',['Nurlan Abenov'],['an opposition activist'],'Kazakhstan',['he','The 46-year-old'],note='invented'),
 sp('Rachel Denholm','person',['Rachel Denholm'],['Central Asia researcher at a London-based rights group'],'United Kingdom',note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['he'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','US Deputy Secretary of State'],'United States',['She'],note='words invented'),
 sp('Dana','person',['Dana'],['a pharmacist'],'Kazakhstan',note='invented; first name only'),
 sp('Kazatomprom','organisation',['Kazatomprom'],['the state uranium company'],'Kazakhstan'),
 sp('Marcus Leong','person',['Marcus Leong'],['a portfolio manager at Halyard Resources in Toronto'],'Canada',note='invented'),
 sp('Arman Seitkali','person',['Arman Seitkali'],['chief executive of a mid-sized mining operator'],'Kazakhstan',['He'],note='invented'),
 sp(MEA,'organisation',['Ministry of External Affairs','MEA'],[],'India',['the MEA spokesperson']),
 sp('Suresh Nair','person',['Suresh Nair'],[],'India',note='invented parent'),
 sp('Meera Kulkarni','person',['Meera Kulkarni','Kulkarni'],['a fellow at a Delhi think tank'],'India',note='invented'),
 sp('Aigerim Sultanova','person',['Aigerim Sultanova','Sultanova'],['a software tester'],'Canada',note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The Interior Ministry']),
 sp(GAC,'organisation',['Global Affairs Canada'],[],'Canada',['the department']),
 sp('Yerlan Dzhaksybekov','person',['Yerlan Dzhaksybekov'],[],'Canada',['he'],note='invented'),
 sp('Cameco','organisation',['Cameco'],[],'Canada'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],[],'Russia',["Russia's envoy to the OSCE"],note='words invented'),
 sp('Jens Stoltenberg','person',['Stoltenberg'],[],'Norway',["Nato's secretary general"],note='named only in a Related teaser of 738'),
 sp('Giles Farrant','person',['Giles Farrant','Farrant'],['former Nato planner','Colonel (retd)'],'United Kingdom',['he'],['Colonel Farrant'],note='invented'),
 sp('Dinara','person',['Dinara'],[],'United Kingdom',['she'],note='invented radio caller'),
 sp('Yerlan Karin','person',['Yerlan Karin','Karin'],['Presidential adviser'],'Kazakhstan',note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',note='words invented'),
 sp(MFAT,'organisation',['Ministry of Foreign Affairs and Trade','MFAT'],[],'New Zealand',['a spokesperson']),
 sp('Ben Holloway','person',['Ben Holloway'],[],'New Zealand',['One Auckland man'],note='invented'),
 sp('Anna Whitlock','person',['Anna Whitlock','Whitlock'],['Otago University politics lecturer'],'New Zealand',['She'],['Dr Anna Whitlock','Dr Whitlock'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted'),
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
