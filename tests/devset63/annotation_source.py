#!/usr/bin/env python3
"""Source of the devset63 annotation: the hand-chosen spans, values and dates for 597-604.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset63/annotation_source.py && python3 tests/devset63/verify.py
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
def secs(p,idx,headings):
    """sections for a live page / explainer: heading line and the first non-empty body line after it,
    skipping an entry timestamp line (live pages)."""
    L=T[doc(p)].split('\n'); out=[]
    for h in headings:
        j=h
        while not L[j].strip() or re.match(r'^Jan \d+, 2022 / ',L[j]): j+=1
        out.append({"heading":L[h-1],"line":h,"first_line":cut80(L[j])})
    A[idx]['sections']=out
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
BLI='Antony Blinken'; SHE='Wendy Sherman'; RYA='Sergey Ryabkov'; PUT='Vladimir Putin'; KNB='Kazakh National Security Committee'
UKFO='UK Foreign Office'; USSD='US State Department'

# ---------------- 597 USA Today story (Published/Updated Jan. 7, 2022, a Friday)
art('597',0,5,16,'USA Today','2022-01-07',['Josh Pemberton'],None,
    ['USA TODAY','NEWS','WORLD','Published 11:48 a.m. ET Jan. 7, 2022 | Updated 6:12 p.m. ET Jan. 7, 2022','Facebook','Twitter','Email',
     'RELATED: What is the CSTO? The Russian-led alliance sending troops to Kazakhstan','Contributing: The Associated Press',
     'Josh Pemberton covers national security for USA TODAY. Follow him on Twitter @jpembertonDC.','Featured Weekly Ad'],le=36)
q('597','What talks can there be with criminals and murderers?',TOK,'he','said',note='he = Tokayev (subject of the previous clause)')
q('597','They must be destroyed, and this will be done soon.',TOK,'he','said',note='second half of a quote split by "he said."')
q('597','We have real questions about the nature of this request and why it was made,',BLI,'Blinken','told reporters')
q('597','watching very closely for any violations of human rights.',BLI,'He','said',partial=True,note='full stop inside the closing mark')
q('597','We hear shooting every few hours, and the internet comes and goes,','Dena Kaliyeva','she','said',note='"she said by phone"; first mention has an age (34)')
q('597','Nobody tells us anything.','Dena Kaliyeva','she','said',note='continuation after "she said by phone."')
q('597','closely monitoring the situation and the reports of a foreign deployment','Jen Psaki','Jen Psaki','said',partial=True)
q('597','The timing is not an accident, but it is not a plan either,','Marcus Lindqvist','Marcus Lindqvist','said',note='inverted cue "said Marcus Lindqvist, a … analyst at the Wilson Center"')
q('597','Moscow saw an opening and took it.','Marcus Lindqvist','Marcus Lindqvist','said',note='continuation; attribution in the same paragraph')
c('597','killed',26,None,'people described as armed criminals killed',MIA,'said 26 people it described as armed criminals had been killed')
c('597','detained',3800,'more than','people detained across the country',MIA,'more than 3,800 detained across the country')
c('597','killed',18,None,'police officers and national guardsmen killed',MIA,'Eighteen police officers and national guardsmen have died',note='written-out figure at a sentence start; "two of them found beheaded" is a subset and not recorded')
c('597','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'About 2,500 troops from the Collective Security Treaty Organization',note='"the bloc said" at the end of the sentence; "six former Soviet states" is not a claim')
c('597','troops_deployed',100000,'about','Russian soldiers massed near Ukraine',None,'an estimated 100,000 Russian soldiers are massed',note='"an estimated" → about')
e('597','2022-01-07','statement',None,[TOK],'said Friday he had ordered security forces to fire without warning')
e('597',None,'casualty_report',None,[MIA],'The Interior Ministry said 26 people',note='no day word')
e('597','2022-01-02','protest','Mangystau',[],'The unrest began Sunday in the oil-producing western region of Mangystau',note='"Sunday" before Friday 7 Jan')
e('597','2022-01-05','protest','Almaty',[],"reached Almaty by Wednesday, when crowds set fire to the mayor's office")
e('597',None,'troop_deployment','Kazakhstan',[CSTO],'have been sent to the Central Asian nation',note='undated')
e('597','2022-01-07','statement',None,[BLI],'Secretary of State Antony Blinken questioned on Friday')
e('597','2022-01-10','talks','Geneva',['United States','Russia'],'set to meet in Geneva on Monday',note='future "on Monday" from Friday 7 Jan')

# ---------------- 598 NBC News story with an embedded video transcript (Jan. 11, 2022, a Tuesday)
art('598',0,6,8,'NBC News','2022-01-11',['Marina Ostrovsky'],'LONDON',
    ['NBC News','Sections','Watch Live','WORLD','Jan. 11, 2022, 1:37 PM UTC / Updated Jan. 11, 2022, 4:05 PM UTC','By Marina Ostrovsky and Reuters',
     'SHARE THIS —',"▶ Watch: Kazakhstan's leader says foreign troops will leave (01:52)",'VIDEO TRANSCRIPT',"NBC News' Yulia Petrenko contributed.",
     'Marina Ostrovsky','Marina Ostrovsky is a reporter for NBC News Digital based in London.','© 2022 NBCUniversal Media, LLC'],le=42)
q('598','The main mission of the peacekeeping forces has been successfully completed,',TOK,'President Kassym-Jomart Tokayev','told',note='inverted: "…," President Kassym-Jomart Tokayev told the lower house')
q('598','A phased withdrawal will begin in two days and will take no more than ten days.',TOK,'President Kassym-Jomart Tokayev','told',note='continuation in the same paragraph')
q('598','very profitable companies and a layer of people wealthy even by international standards',TOK,'the president','said',partial=True)
q('598','no intention',RYA,'Sergei Ryabkov','said',partial=True,note='two-word evaluative partial with a speech verb (kept, like gold "moral support")')
q('598','We explained to our colleagues that we do not plan to invade Ukraine, and there is no reason to fear an escalation,',RYA,'Ryabkov','told reporters')
q('598','clear and firm',SHE,'Wendy Sherman','said',partial=True)
q('598',"We will not allow anyone to slam closed NATO's open-door policy,",SHE,'she','said',note='"she said in a call with reporters"')
c('598','detained',9900,None,'people detained since the protests began',MIA,'said 9,900 people had been detained')
c('598','killed',164,None,'deaths reported by state media',"state media",'when state media reported 164 deaths')
c('598','killed',164,'at least','people killed (video transcript)','officials','at least 164 people were killed',note='spoken by the correspondent in the embedded video transcript; counted as body text')
c('598','troops_deployed',100000,'about','Russian troops near the Ukrainian border','U.S. officials','roughly 100,000 troops near the Ukrainian border',note='"roughly" → about')
e('598','2022-01-11','statement',None,[TOK],'said Tuesday that troops from a Russian-led security bloc would begin leaving')
e('598','2022-01-13','withdrawal','Kazakhstan',[CSTO],'A phased withdrawal will begin in two days',note='inside the quote; "in two days" from Tuesday 11 Jan')
e('598','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'as head of government on Tuesday')
e('598','2022-01-09','casualty_report',None,['state media'],'since Sunday, when state media reported 164 deaths')
e('598','2022-01-10','talks','Geneva',['United States','Russia'],'ended nearly eight hours of talks on Monday')
e('598',None,'statement',None,[SHE],'she said in a call with reporters',note='undated (after the Monday talks)')

# ---------------- 599 CBS News live-updates page (Updated on: January 6, 2022, a Thursday)
art('599',0,6,13,'CBS News','2022-01-06',['Hannah Roeder'],None,
    ['CBS NEWS','U.S.  World  Politics  Entertainment  HealthWatch  MoneyWatch  Live','LIVE UPDATES','Updated on: January 6, 2022 / 5:40 PM / CBS News',
     '/ CBS News','Latest Updates','Jan 6, 2022 / 4:58 PM','Watch CBS News','CBS News Streaming Network','Copyright ©2022 CBS Interactive Inc. All rights reserved.'],le=50)
secs('599',2,[ln('599','State Department: U.S.'),ln('599','Almaty police:'),ln('599','Interior Ministry publishes'),ln('599','Russia says paratroopers'),ln('599','Tokayev asks for help')])
q('599','closely watching',USSD,'State Department',None,partial=True,zone='headline',note='in a live-entry heading "State Department: U.S. “closely watching” deployment"; label-colon attribution, cue null; the body does not repeat the words')
q('599','We call on the authorities and the protesters alike to exercise restraint,','Ned Price','Price','said')
q('599','The government of Kazakhstan should be able to address this crisis peacefully.','Ned Price','Price','said',note='continuation')
q('599','not clear','Ned Price','Price','said',partial=True,note='two-word partial with a speech verb; borderline (could be read as a scare quote)')
q('599','dozens of attackers have been eliminated','Saltanat Azirbek','Saltanat Azirbek','told state television',partial=True)
q('599','Twelve law enforcement officers were killed and 353 were injured,',MIA,'the Interior Ministry','said',note='"said in a statement carried by state news agencies"')
q('599','The advance units of the Russian contingent have begun carrying out their assigned tasks,',RDM,'the ministry','said',note="the ministry = Russia's Defense Ministry")
q('599','important state and military facilities.',RDM,'the ministry','adding',partial=True)
q('599','collective peacekeeping forces for a limited period of time','Nikol Pashinyan','Nikol Pashinyan','saying',partial=True)
q('599','Today I appealed to the heads of the CSTO states to help Kazakhstan overcome this terrorist threat,',TOK,'he','said',note='he = Tokayev; "Today" inside the quote is the day of the address (Wed 5 Jan)')
c('599','killed',12,None,'security officers killed',MIA,'12 security officers killed',note='"What we know" bullet')
c('599','injured',353,None,'security officers injured',MIA,'353 injured, according to the Interior Ministry',note='"What we know" bullet')
c('599','killed',12,None,'law enforcement officers killed',MIA,'Twelve law enforcement officers were killed',note='inside the ministry quote; written-out')
c('599','injured',353,None,'law enforcement officers injured',MIA,'353 were injured')
c('599','detained',2298,None,'people detained since the start of the week',MIA,'2,298 people had been detained')
e('599','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in Kazakhstan on Thursday')
e('599',None,'casualty_report','Almaty',['police'],'police said dozens of protesters had been killed',note='"overnight" (5–6 Jan); vague "dozens"')
e('599','2022-01-06','statement',None,['Ned Price'],'said Thursday that the United States was seeking clarity')
e('599',None,'casualty_report',None,[MIA],'the Interior Ministry said in a statement carried by state news agencies',note='no day word (entry stamped Jan 6)')
e('599',None,'troop_deployment','Kazakhstan',[RDM],'military transport planes had delivered the first units of the force',note='undated')
e('599','2022-01-05','statement',None,['Nikol Pashinyan',CSTO],'announced the decision late Wednesday on Facebook')
e('599','2022-01-05','statement',None,[TOK],'In a televised address late Wednesday')

# ---------------- 600 The Times (London) article cut by the paywall (Wednesday January 12 2022)
art('600',0,7,18,'The Times','2022-01-12',['Hugo Marchant','Tom Ashworth'],None,
    ['THE TIMES','Sign in','Subscribe','World | Europe','Hugo Marchant, Brussels | Tom Ashworth, Moscow','Wednesday January 12 2022, 6.00pm, The Times','Share','Save',
     'Wendy Sherman, the American deputy secretary of state, arrives at Nato headquarters for the four-hour meeting','JEAN-LUC DEMARCQ/EPA',
     'Continue reading with a subscription','Unlock unlimited access to The Times','Get full digital access for £1 for 3 months','Cancel anytime',
     'Already a subscriber? Log in','Related articles','Kazakhstan unrest: Tokayev says Russian troops will leave within ten days','January 11 2022, 5.00pm',
     "Putin hails Russian-led bloc for 'saving' Kazakhstan",'Copyright © The Times, 2022'],le=28)
q('600','serious and direct','Jens Stoltenberg','Jens Stoltenberg','said',partial=True)
q('600','Allies were united and clear: we will not compromise on the right of each nation to choose its own path,','Jens Stoltenberg','he','said')
q('600','At the same time, we are ready to sit down again.','Jens Stoltenberg','he','said',note='continuation')
q('600','The alliance is trying to contain Russia, and we will respond to any attempt to do so with all the means available to us,','Alexander Grushko','he','told reporters',note='he = Grushko (previous sentence)')
q('600','not unlimited','Alexander Grushko','he','added',partial=True,note='British punctuation: full stop outside the closing mark')
q('600','played a very important psychological role',TOK,'Kassym-Jomart Tokayev','saying',partial=True,note='the sentence is cut by the paywall after the closing mark ("… role” in")')
c('600','troops_deployed',100000,'about','Russian troops near the Ukrainian border',None,'an estimated 100,000 troops')
c('600','troops_deployed',2030,None,'soldiers of the CSTO mission in Kazakhstan',None,'the 2,030 soldiers of the mission')
e('600',None,'talks','Brussels',['NATO','Russia'],'the first meeting of the Nato-Russia Council in more than two years',note='no day word; real date 2022-01-12 (publication day)')
e('600','2022-01-10','talks','Geneva',[SHE,RYA],"Monday's meeting in Geneva between Sherman and Sergei Ryabkov")
e('600','2022-01-13','talks','Vienna',['OSCE'],'will host the final round in Vienna tomorrow')
e('600','2022-01-12','other','Almaty',[CSTO,TOK],'held a farewell ceremony in Almaty today')

# ---------------- 601 PBS NewsHour segment transcript (Jan 10, 2022, a Monday)
art('601',0,7,18,'PBS NewsHour','2022-01-10',['Lisa Marchetti','Peter Halvorsen'],None,
    ['PBS NEWSHOUR','Full Episode  Politics  Arts  Nation  World  Economy  Science','World','Jan 10, 2022 6:45 PM EST','Transcript  Audio',
     'By — Lisa Marchetti','By — Peter Halvorsen','Leave your feedback  Share','TRANSCRIPT','Support Provided By: Learn more','Educate your inbox',
     "Subscribe to Here's the Deal, our politics newsletter for analysis you won't find anywhere else.",'Thank you. Please check your inbox to confirm.'],le=41)
q('601','ideas that simply cannot be on the table for the United States,',SHE,'Wendy Sherman','told reporters',partial=True,note='spoken "what she called, quote, “…,” end quote"; the marks are present, so it is a quote')
q('601','ironclad, legally binding guarantees',RYA,'He','insisted',partial=True,note='"insisted Russia needed what he called “…”"; the preceding "quote, long, frank and businesslike, unquote" has no marks and is not recorded')
q('601','a well-planned attempt to seize power.',TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('601','the situation in our countries to be rocked from the outside.',PUT,'Vladimir Putin','said',partial=True,note='"said the alliance had shown it would not allow, in his words, “…”"')
q('601','If Moscow wants de-escalation, it knows what to do.',None,'One U.S. official','put it this way',note='anonymous official')
c('601','troops_deployed',100000,'about',"Russian troops near Ukraine's border",None,"around 100,000 Russian troops near Ukraine's border",note="the anchor's question")
c('601','troops_deployed',2000,'about','troops of the CSTO mission',None,'the roughly 2,000 troops of the mission')
c('601','killed',164,None,'people killed (figure later withdrawn)','Kazakh authorities','the Kazakh authorities said 164 people had been killed')
c('601','detained',8000,'almost','people detained',MIA,'nearly 8,000 people had been detained')
e('601','2022-01-10','talks','Geneva',[SHE,RYA],'met for nearly eight hours in Geneva today')
e('601','2022-01-10','talks',None,[CSTO,TOK,PUT],'held an emergency video summit on the unrest in Kazakhstan',note='"Meanwhile" after "today" in the previous sentence; resolved to the same day')
e('601',None,'casualty_report',None,['Kazakh authorities'],'Over the weekend, the Kazakh authorities said 164',note='"Over the weekend" is not a single day (likely 2022-01-09)')
e('601','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said today that nearly 8,000')
e('601','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday, NATO and Russia meet in Brussels')
e('601','2022-01-13','talks','Vienna',['OSCE'],'on Thursday it is the OSCE in Vienna')

# ---------------- 602 Vox explainer (Jan 13, 2022, a Thursday)
art('602',0,7,9,'Vox','2022-01-13',['Rachel Okafor'],None,
    ['Vox','Menu','Explainers  Politics  Culture  Future Perfect  Podcasts','WORLD POLITICS','By Rachel Okafor  Jan 13, 2022, 8:00am EST','Share this story',
     'Share this on Facebook','Share this on Twitter','SHARE','Further reading','How Kazakhstan\'s "Old Man" Nazarbayev lost his grip',
     'The Russia-Ukraine talks, explained in 5 charts','$95/year','$120/year','Other','Most Read'],le=46)
secs('602',5,[ln('602','What set off the protests?'),ln('602','Why did Russia send troops?'),ln('602','How many people were hurt?'),ln('602','Does this say anything about Ukraine?')])
q('602','It was never only about gas,','Azamat Nurlanov','Azamat Nurlanov','told me',note='inverted, first-person reporter cue')
q('602','People have watched a tiny elite get richer for 30 years, and the gas price was the last straw.','Azamat Nurlanov','Azamat Nurlanov','told me',note='continuation')
q('602','collapse of the whole state order,',PUT,'Russian President Vladimir Putin','claimed',partial=True)
q('602','The important thing was not what the soldiers did but who sent them,','Erin Castellano','Erin Castellano','said',note='inverted "said Erin Castellano, a Central Asia expert at …"')
q('602','It showed that Tokayev owes Moscow.','Erin Castellano','Erin Castellano','said',note='continuation; the name in the quote is not the speaker')
q('602','We are facing a crisis in European security,','Zbigniew Rau','Zbigniew Rau','told',note='"Poland\'s foreign minister, Zbigniew Rau, told OSCE delegates"')
c('602','troops_deployed',2000,'about','CSTO force being withdrawn',RDM,'the roughly 2,000-strong force')
c('602','killed',16,None,'members of the security forces killed',MIA,'counts 16 members of the security forces among the dead')
c('602','injured',2200,'more than','people who sought hospital treatment',MIA,'more than 2,200 people sought hospital treatment',note='same sentence as the ministry count; source read as the ministry')
c('602','detained',12000,'about','people detained',None,'About 12,000 people were detained')
e('602','2022-01-13','withdrawal','Kazakhstan',[RDM],'the first Russian units began flying home from Kazakhstan')
e('602','2022-01-19','withdrawal','Kazakhstan',[RDM],'would be completed by January 19',note='planned completion')
e('602','2022-01-01','other',None,[],'roughly doubled',note='LPG price rise "On January 1"')
e('602','2022-01-02','protest','Zhanaozen',[],'The next day, people in the western oil town of Zhanaozen took to the streets',note='"The next day" after January 1')
e('602','2022-01-05','statement',None,[TOK,CSTO],'On the evening of January 5, President Kassym-Jomart Tokayev asked')
e('602','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('602','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels on Wednesday')
e('602','2022-01-13','talks',None,['OSCE','Russia'],'and at the OSCE today')
e('602','2022-01-13','statement',None,['Zbigniew Rau'],'told OSCE delegates on Thursday')

# ---------------- 603 Telegraph world story (8 January 2022, a Saturday)
art('603',0,6,8,'The Telegraph','2022-01-08',['Oliver Penhaligon','Daisy Whitcombe'],None,
    ['The Telegraph','News  Sport  Business  Opinion  Ukraine  Money  Life  Style  Travel  Culture','See all World News',
     'By Oliver Penhaligon, Moscow Correspondent and Daisy Whitcombe','8 January 2022 • 5:32pm','Related Topics','Kazakhstan, Russia, Vladimir Putin',
     'Advertisement','We rely on advertising to help fund our award-winning journalism.','Thank you for your support.','Need help? Visit our adblocking instructions page.'],le=26)
q('603','Elbasy is in Nur-Sultan and is in direct contact with the head of state,','Aidos Ukibay','he','wrote on Twitter',note='he = Aidos Ukibay; the gloss “Leader of the Nation” in the same sentence is a translation label, excluded')
q('603','rally around the president','Aidos Ukibay','He','urged',partial=True)
q('603','Nobody has seen the old man for a week. In Kazakhstan, that is a statement in itself,',None,'one Western diplomat','said',note='anonymous diplomat')
q('603','Order has been restored in all regions,',TOK,'Mr Tokayev','said')
q('603','a horde of some 20,000 armed militants',TOK,'Mr Tokayev','claiming',partial=True)
q('603','We came out because of prices, not because someone paid us,','Yerlan','Yerlan','said',note='first name only (+ age 27)')
q('603','deeply concerned',UKFO,"Britain's Foreign Office",'said',partial=True)
q('603','restraint on all sides',UKFO,"Britain's Foreign Office",'urged',partial=True)
q('603','Tokayev now owes his survival to Putin, and Putin will collect,','Tobias Rendell','Dr Tobias Rendell','said',note='honorific "Dr"; names inside the quote are not the speaker')
c('603','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('603','killed',26,None,'"armed criminals" killed','officials','officials said 26 "armed criminals"',note='scare-quoted label after the figure (excluded from quotes)')
c('603','killed',18,None,'members of the security forces killed','officials','18 members of the security forces had been killed')
c('603','troops_deployed',2500,'about','CSTO troops guarding strategic facilities',CSTO,'Some 2,500 troops from the Russian-led Collective Security Treaty Organisation',note='"the alliance said"; the two-word “strategic facilities” is treated as a label, not a quote')
c('603','other',20000,'about','armed militants said to have attacked Almaty',TOK,'some 20,000 armed militants',note='inside a partial quote; an attacker count, borderline in scope')
e('603','2022-01-08','statement',None,[KNB],'The National Security Committee announced on Saturday')
e('603','2022-01-06','arrest',None,[KNB,'Karim Masimov'],'had been detained on Thursday')
e('603','2022-01-05','other',None,['Karim Masimov'],'the day after he was sacked',note='dismissal; "the day after" → the day before Thursday 6 Jan')
e('603','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'who on Wednesday took over the chairmanship of the Security Council')
e('603','2022-01-08','talks',None,[TOK,PUT],'in a phone call on Saturday')
e('603','2022-01-07','statement',None,[TOK],'said in an address on Friday')
e('603',None,'statement',None,['Aidos Ukibay'],'he wrote on Twitter',note='undated tweet')

# ---------------- 604 The Atlantic essay (JANUARY 14, 2022, a Friday)
art('604',0,6,8,'The Atlantic','2022-01-14',['Sam Whitaker'],None,
    ['The Atlantic','Sign In  Subscribe','GLOBAL','By Sam Whitaker','Photograph by Daniyar Sadykov / AFP / Getty','JANUARY 14, 2022','SHARE   SAVE',
     'Listen to this article','00:00','12:48','Produced by ListenUp','Sam Whitaker is a staff writer at The Atlantic.','Related Podcast',
     'Listen to the podcast: The Experiment'],le=42)
secs('604',7,[ln('604','\nI.\n')+1,ln('604','\nII.\n')+1])
q('604','We came on request, we did our job, and we are leaving on schedule,','Andrei Serdyukov','he','told',note='he = Serdyukov ("told a Kazakh television crew")')
q('604','Our people carried out guard duties, nothing more,','Andrei Serdyukov','he','said')
q('604','It was an operation to protect the regime, not the country,',None,'a former Kazakh diplomat','told me',note='anonymous')
q('604','And the regime will be grateful in ways we have not seen yet.',None,'a former Kazakh diplomat','told me',note='continuation')
q('604','running out of time','Alexander Lukashevich','Alexander Lukashevich','warned',partial=True)
q('604','the most serious test for this organization in a generation','Michael Carpenter','Michael Carpenter','called',partial=True)
q('604','ready for diplomacy, and ready for the alternative','Michael Carpenter','Michael Carpenter','said',partial=True)
q('604','Our positions are simply too far apart to justify another round right now,',RYA,'he','told',note='he = Ryabkov ("told RTVI")')
c('604','troops_deployed',600,'more than','Russian servicemen already withdrawn',RDM,'more than 600 Russian servicemen')
c('604','other',60,None,'Russian military vehicles already withdrawn',RDM,'60 military vehicles')
c('604','killed',225,None,'people who died in the unrest','Kazakh government','The government now says 225 people died')
c('604','killed',19,None,'police officers and soldiers killed','Kazakh government','among them 19 police officers and soldiers')
c('604','detained',12000,None,'people detained at one point','prosecutors','Prosecutors say 12,000 people were detained')
e('604','2022-01-13','other','Almaty',['Russia',CSTO],'On Thursday, Russian paratroopers',note='farewell ceremony and departure')
e('604','2022-01-13','withdrawal','Kazakhstan',[RDM],"By yesterday evening, Russia's Defense Ministry said",note='"yesterday" from Friday 14 Jan')
e('604','2022-01-05','statement',None,[TOK,CSTO],'asked for help on January 5')
e('604','2022-01-11','statement',None,[TOK],'promised lawmakers on Tuesday')
e('604','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday in Geneva')
e('604','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday in Brussels')
e('604','2022-01-13','talks','Vienna',['OSCE','Russia'],'on Thursday in Vienna')
e('604','2022-01-13','statement',None,[RYA],'Sergei Ryabkov said on Thursday')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh president','the Kazakh president'],'Kazakhstan',['he','the president','Mr Tokayev'],["Tokayev's"]),
 sp(BLI,'person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',['He']),
 sp('Dena Kaliyeva','person',['Dena Kaliyeva'],['a pharmacist in Almaty'],'Kazakhstan',['she'],note='invented'),
 sp('Jen Psaki','person',['Jen Psaki'],['White House press secretary'],'United States',note='words invented'),
 sp('Marcus Lindqvist','person',['Marcus Lindqvist'],['a Central Asia analyst at the Wilson Center'],None,note='invented'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister',"Russia's deputy foreign minister"],'Russia',['He','he'],note='words invented'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','the American deputy secretary of state'],'United States',['she']),
 sp('Ned Price','person',['Ned Price','Price'],['State Department spokesman'],'United States',note='words invented'),
 sp(USSD,'organisation',['State Department'],[],'United States',note='speaker of the live-entry heading in 599'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['Police spokeswoman'],'Kazakhstan',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',['the Interior Ministry','The Interior Ministry']),
 sp(RDM,'organisation',["Defense Ministry"],[],'Russia',['the ministry',"Russia's Defense Ministry"]),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['the Nato secretary-general'],'Norway',['he'],note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],["Russia's deputy foreign minister"],'Russia',['he'],note='words invented'),
 sp(PUT,'person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented'),
 sp('Azamat Nurlanov','person',['Azamat Nurlanov'],['a Kazakh sociologist'],'Kazakhstan',note='invented'),
 sp('Erin Castellano','person',['Erin Castellano'],['a Central Asia expert at George Mason University'],'United States',note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',note='words invented'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],["Mr Nazarbayev's spokesman"],'Kazakhstan',['he','He'],note='words invented'),
 sp('Yerlan','person',['Yerlan'],['an electrician'],'Kazakhstan',note='invented; first name only'),
 sp(UKFO,'organisation',['Foreign Office'],[],'United Kingdom',["Britain's Foreign Office"]),
 sp('Tobias Rendell','person',['Tobias Rendell'],["King's College London"],'United Kingdom',[],['Dr Tobias Rendell'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Col. Gen.',"The mission's commander"],'Russia',['he'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's ambassador"],'Russia',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['The U.S. envoy'],'United States',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the bloc','the alliance'],quoted=False,note='mentioned in every document; not quoted'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],[],'Kazakhstan',['Elbasy'],quoted=False,note='mentioned in 598, 602, 603; not quoted'),
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
