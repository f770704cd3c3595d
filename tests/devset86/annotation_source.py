#!/usr/bin/env python3
"""Source of the devset86 annotation: the hand-chosen spans, values and dates for 781-788.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset86/annotation_source.py && python3 tests/devset86/verify.py
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
BYMOD='Belarusian Defence Ministry'; EGMFA='Egyptian Foreign Ministry'
def A_(p,hl,fl,outlet,pub,authors,dateline,boiler,sections=(),le=None):
    art(p,0,ln(p,hl),ln(p,fl),outlet,pub,authors,dateline,boiler,le=le,sections=[ln(p,s) for s in sections])
HEALTH='Kazakh Health Ministry'; KNB='Kazakh National Security Committee'

# ---------------- 781 Chicago Tribune community story (Jan 07, 2022, Fri)
p='781'
A_(p,"Chicago's Kazakh community waits by the phone",'For three days, Aigerim Seitkali','Chicago Tribune','2022-01-07',['Marisa Kowalczyk'],None,
   ['Chicago Tribune','NEWS  |  BREAKING  |  CHICAGOLAND  |  NATION & WORLD  |  OPINION  |  SPORTS','Subscribe for $1','Jan 07, 2022 at 5:45 pm',
    'Share on Facebook    Share on Twitter    Email','Marisa Kowalczyk covers immigrant communities for the Tribune.','mkowalczyk@chicagotribune.com','Copyright © 2022, Chicago Tribune'])
q(p,'Every time it buzzes I think it is my mother, and every time it is not, I feel sick,','Aigerim Seitkali','Seitkali','said',note='inverted cue "said Seitkali, a nurse …"; first named in the photo caption')
q(p,'fire without warning',TOK,'Tokayev','said',partial=True)
q(p,'What negotiations can there be with criminals and murderers?',TOK,'he','said',note='question mark inside the quote, then "he said"')
q(p,'He told me the streets smell of smoke and nobody goes outside,','Daniyar Bekov','Bekov','said',note='reported speech of the brother; speaker is Bekov')
q(p,'at least six burned cars','Daniyar Bekov','He','added',partial=True,note='"six" inside the partial is not a claim (burned cars)')
q(p,'We are not political people here,','Gulnara Omarova','Gulnara Omarova','said',note='inverted: said Gulnara Omarova, who teaches …')
q(p,'We want our families alive, that is all.','Gulnara Omarova','Gulnara Omarova','said',note='second half of a quote split by the interposed attribution')
c(p,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare label "armed criminals" excluded from quotes')
c(p,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c(p,'killed',18,None,'members of the security forces killed','state media','Eighteen members of the security forces have died',note='written-out number at sentence start')
c(p,'troops_deployed',2500,'about','CSTO troops deployed to Kazakhstan','CSTO','About 2,500 troops from the alliance were being deployed',note='"a spokesman for the bloc said"')
e(p,'2022-01-05','other','Kazakhstan',[],'The internet in Kazakhstan was largely shut down on Wednesday')
e(p,'2022-01-04','protest','Almaty',[],'the day after protests over fuel prices turned violent',note='"the day after" the Wednesday shutdown = Tuesday 4 Jan')
e(p,'2022-01-06','troop_deployment','Kazakhstan',['CSTO',TOK],'began flying in troops at the request of President Kassym-Jomart Tokayev')
e(p,'2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said Friday")
e(p,'2022-01-07','statement',None,[TOK],'Tokayev said in a televised address Friday')
e(p,'2022-01-06','other',None,['Daniyar Bekov'],'finally reached his brother late Thursday',note='"late Thursday" from Friday 7 Jan')
e(p,'2022-01-09','other','Chicago',[],'plan a prayer vigil Sunday at 4 p.m.',note='future "Sunday" from Friday 7 Jan')
e(p,'2022-01-06','other','Almaty',['US State Department'],'The State Department said on Thursday it had authorized the voluntary departure')

# ---------------- 782 Los Angeles Times (JAN. 10, 2022 2:51 PM PT, Mon)
p='782'
A_(p,'U.S. and Russia end Geneva talks with no breakthrough on Ukraine','Moscow repeats demand that NATO stop expanding','Los Angeles Times','2022-01-10',['DEREK HALVORSEN'],'GENEVA',
   ['Los Angeles Times','WORLD & NATION','STAFF WRITER','JAN. 10, 2022 2:51 PM PT','MORE FROM WORLD & NATION',
    'Halvorsen reported from Geneva. Times staff writer Pauline Okafor in Washington contributed to this report.'])
q(p,'firm in pushing back on security proposals that are simply non-starters.','Wendy Sherman','Deputy Secretary of State Wendy Sherman','told reporters',partial=True,note='full stop inside the closing mark; reported with "that the United States had been"')
q(p,"We will not allow anyone to slam closed NATO's open-door policy,",'Wendy Sherman','Sherman','said')
q(p,'difficult, long, very professional.','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','described the conversation as',partial=True)
q(p,'There is no reason to fear some kind of escalatory scenario,','Sergey Ryabkov','Ryabkov','said')
q(p,'ironclad, waterproof, bulletproof, legally binding guarantees','Sergey Ryabkov','Ryabkov','adding',partial=True)
q(p,'We had a frank exchange, but frankness is not the same as progress,',None,'one U.S. official','said',note='anonymous official, speaker null')
q(p,'Both sides came to Geneva to be seen talking, not to make a deal,','Roxanne Delacroix-Ng','Roxanne Delacroix-Ng','said',note='inverted cue with a hyphenated invented surname')
q(p,'the least consequential of the three.','Roxanne Delacroix-Ng','She','said',partial=True)
c(p,'troops_deployed',100000,'about',"Russian troops massed near Ukraine's border",None,"roughly 100,000 Russian troops massed near Ukraine's border",note='"roughly" -> about')
c(p,'killed',164,None,'people killed in Kazakhstan','Kazakh authorities','164 people had been killed')
c(p,'detained',8000,'almost','people detained in Kazakhstan','Kazakh authorities','nearly 8,000 detained')
e(p,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'talked for nearly eight hours Monday')
e(p,None,'troop_deployment','Kazakhstan',['Russia'],'Russia led a deployment of troops to Kazakhstan',note='"days after", not resolvable')
e(p,'2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Monday')
e(p,'2022-01-12','talks','Brussels',['NATO','Russia'],'The talks move Wednesday to the NATO-Russia Council in Brussels')
e(p,'2022-01-13','talks','Vienna',['OSCE','Russia'],'on Thursday to the Organization for Security and Cooperation in Europe in Vienna')

# ---------------- 783 Boston Globe (Updated January 12, 2022, 7:18 p.m., Wed)
p='783'
A_(p,'At NATO headquarters, Russia and the West find little to agree on','BRUSSELS — Four hours of talks','The Boston Globe','2022-01-12',['Theodore Quimby','Hannah Lindqvist'],'BRUSSELS',
   ['The Boston Globe',"Today's Paper  |  Metro  |  Nation  |  World  |  Business  |  Opinion",'WORLD','Gift this article   Share   Comment',
    '©2022 Boston Globe Media Partners, LLC'])
q(p,'significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q(p,'will not be easy to bridge.','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q(p,'It is a positive sign that all NATO allies and Russia sat around the same table and engaged on substantive topics,','Jens Stoltenberg','Stoltenberg','told a news conference')
q(p,'a very dangerous','Alexander Grushko','Grushko','told Russian reporters',partial=True,note='partial that stops mid-phrase ("…" point); "military-technical" in the same sentence is excluded as a term')
q(p,"We're not going to know until we see it,",'Wendy Sherman','she','said')
q(p,'I have cousins in Kharkiv and friends in Almaty,','Yuliya Brandt','Brandt','said')
q(p,'This week I feel like I am watching the same movie on two screens.','Yuliya Brandt','Brandt','said')
q(p,'a demonstration effect','Monica Toft','Monica Toft','said',partial=True)
q(p,'Putin showed he can move troops into a neighbor quickly and call it an invitation,','Monica Toft','Toft','said',note='"Putin" at the start of the quote is not the speaker')
q(p,'Nobody in Brussels missed that.','Monica Toft','Toft','said')
c(p,'troops_deployed',2030,'about','CSTO force in Kazakhstan','Moscow','the force of about 2,030 soldiers',note='source written as "Moscow"')
e(p,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin'],'Four hours of talks between Russia and the 30 NATO allies on Wednesday')
e(p,'2022-01-10','talks','Geneva',['Wendy Sherman'],'who had met Russian diplomats in Geneva two days earlier',note='"two days earlier" from Wednesday 12 Jan')
e(p,None,'troop_deployment','Kazakhstan',['Russia'],'a week after Russia-led troops arrived in Kazakhstan',note='"a week after" is approximate; left null (literal 2022-01-05, real 6 Jan)')
e(p,'2022-01-12','statement',None,['Moscow'],'Moscow said Wednesday that the force')
e(p,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'would begin withdrawing the next day',note='"the next day" after Wednesday 12 Jan')
e(p,'2022-01-13','talks','Vienna',['OSCE'],'The final round is set for Thursday in Vienna at the OSCE.')

# ---------------- 784 Star Tribune (JANUARY 8, 2022 — 6:30PM, Sat)
p='784'
A_(p,'Minnesota exchange student describes curfew, gunfire in Almaty','A Macalester junior spent a week indoors','Star Tribune','2022-01-08',['Brooke Engstrom'],None,
   ['Star Tribune','Local | Minneapolis | St. Paul | Business | Sports | Variety | Opinion','WORLD','JANUARY 8, 2022 — 6:30PM','Text size  Share  Print',
    'brooke.engstrom@startribune.com  612-673-4000','© 2022 StarTribune. All rights reserved.'])
q(p,'pops that did not stop until morning.','Caleb Nordquist','he','described',partial=True)
q(p,'On Wednesday night we counted the shots from the window and gave up after fifty,','Caleb Nordquist','Nordquist','said by phone',note='"fifty" inside the quote is not a claim')
q(p,'Those were the longest 48 hours of my life,','Dana Nordquist','she','said',note='same surname as the student; "she" = the mother')
q(p,'largely been restored.',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"terrorists" in the same sentence is an excluded label')
q(p,'the small number of students','Rebecca Tollefson','Macalester spokesperson Rebecca Tollefson','said',partial=True)
q(p,'Their safety is our first priority,','Rebecca Tollefson','Tollefson','said')
q(p,'like two different places','Caleb Nordquist','Nordquist','said',partial=True)
q(p,'Monday it was a normal January, people buying coffee,','Caleb Nordquist','he','said')
q(p,'By Thursday there were armored vehicles on Abay Avenue.','Caleb Nordquist','he','said')
c(p,'detained',4400,'more than','people detained across Kazakhstan','Kazakh authorities','more than 4,400 people had been detained')
c(p,'killed',164,None,'people died',HEALTH,'164 people had died',note='post later removed')
c(p,'aircraft',70,'more than','aircraft that flew in CSTO troops',RDM,'more than 70 aircraft')
e(p,'2022-01-05','other','Almaty',[],"Almaty's airport was seized by protesters on Wednesday")
e(p,'2022-01-06','other','Almaty',[],'retaken by security forces the next day')
e(p,'2022-01-07','statement',None,[TOK],'on Friday called the unrest an attack')
e(p,'2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Saturday')
e(p,None,'other','St. Paul',['Caleb Nordquist'],'He expects to return to St. Paul next week.',note='"next week" is a period; null')

# ---------------- 785 Houston Chronicle (Jan. 6, 2022, Thu)
p='785'
A_(p,'Chevron says Kazakhstan oil field output reduced as unrest spreads','Chevron Corp., the largest foreign investor','Houston Chronicle','2022-01-06',['Lindsey Marchetti'],None,
   ['Houston Chronicle','BUSINESS › ENERGY','Jan. 6, 2022 Updated: Jan. 6, 2022 8:12 p.m.','Facebook  Twitter  Email  Comments','RELATED STORIES',
    'Lindsey Marchetti covers energy for the Houston Chronicle.'])
q(p,'Tengizchevroil has temporarily adjusted production due to logistical issues caused by the disruption,','Chevron','the San Ramon, Calif.-based company','said in a statement',note='company referred to by a descriptive phrase after the quote')
q(p,'Kazakhstan sold itself as the stable one in the neighborhood,','Raúl Espinoza-Ward','Espinoza-Ward','said')
q(p,'That story just got a lot harder to tell.','Raúl Espinoza-Ward','Espinoza-Ward','said')
q(p,'would be a much bigger deal','Raúl Espinoza-Ward','He','said',partial=True)
q(p,'As head of state, I intend to act as harshly as possible,',TOK,'he','said',note='"tough" earlier in the sentence is a one-word quote, excluded')
q(p,'We are monitoring the situation closely,','Meghan Boyce','spokesperson Meghan Boyce','said')
c(p,'injured',353,None,'law enforcement officers injured',MIA,'353 law enforcement officers had been injured')
c(p,'killed',12,None,'law enforcement officers killed',MIA,'and 12 killed')
c(p,'detained',2000,'about','people detained','Kazakh officials','some 2,000 people had been detained',note='"some" -> about')
e(p,'2022-01-06','statement',None,['Chevron'],'said Thursday that output at the giant Tengiz field')
e(p,'2022-01-02','protest','Zhanaozen',[],'The unrest began Sunday in the oil town of Zhanaozen')
e(p,'2022-01-04','protest','Almaty',[],'spread to Almaty by Tuesday')
e(p,'2022-01-05','government_resignation','Kazakhstan',[],'The government resigned on Wednesday.')
e(p,'2022-01-06','casualty_report',None,[MIA],'the Interior Ministry said Thursday that 353')
e(p,'2022-01-05','other',None,['CSTO'],'Late Wednesday, a Russia-led military alliance agreed')
e(p,'2022-01-06','troop_deployment','Kazakhstan',[RDM],'paratroopers were already on the ground')
e(p,None,'statement',None,[TOK],'said in a televised address that he had taken over')

# ---------------- 786 WBUR (January 13, 2022, Thu)
p='786'
A_(p,'OSCE talks in Vienna close a week of diplomacy','The last of three meetings','WBUR','2022-01-13',['Priya Ramaswamy'],None,
   ['WBUR',"Boston's NPR News Station",'News  |  Podcasts  |  Listen Live','World','Listen  4:12','Share   Tweet   Email','This article is more than 4 years old.',
    "WBUR's Jeremy Foss contributed reporting.",'Related:','Support the news'])
q(p,'It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told')
q(p,'deeply disappointing','Alexander Lukashevich','Alexander Lukashevich','told reporters',partial=True)
q(p,'a constructive response','Alexander Lukashevich','Alexander Lukashevich','told reporters',partial=True)
q(p,'sounding loud.','Michael Carpenter','U.S. Ambassador to the OSCE Michael Carpenter','said',partial=True)
q(p,'We face a crisis in European security,','Michael Carpenter','Carpenter','said')
q(p,'The security of one state cannot come at the expense of another.','Michael Carpenter','Carpenter','said')
q(p,'Three meetings, three cities and one sentence everybody agreed on: we will keep talking,','Ilya Markovich','Markovich','said in an interview')
q(p,'no grounds','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True,note='two-word evaluative partial; also "according to Russian news agencies"')
q(p,'When Moscow says its troops are leaving, this time they actually are,','Ilya Markovich','he','said')
c(p,'troops_deployed',2000,'about','CSTO troops flown home from Kazakhstan',RDM,'about 2,000 troops and roughly 250 pieces of equipment',note='withdrawal figure; 250 pieces of equipment not a claim')
c(p,'detained',10000,'about','people detained since 2 January','Kazakh government','about 10,000 people had been detained')
c(p,'killed',225,None,'people killed','Kazakh government','225 people had been killed')
c(p,'killed',19,None,'security forces killed (subset)','Kazakh government','including 19 members of the security forces')
e(p,'2022-01-13','talks','Vienna',['OSCE','Russia','Zbigniew Rau'],'ended Thursday in Vienna')
e(p,'2022-01-10','talks','Geneva',[],'followed talks in Geneva on Monday')
e(p,'2022-01-12','talks','Brussels',[],'and in Brussels on Wednesday')
e(p,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'Russian-led troops started to pull out Thursday')
e(p,'2022-01-13','casualty_report',None,['Kazakh government'],"Kazakhstan's government said Thursday")
e(p,'2022-01-02','protest','Kazakhstan',[],'since the protests began on Jan. 2')
e(p,'2022-01-13','statement',None,['Dmitry Peskov'],'said earlier in the day that Russia saw')

# ---------------- 787 Philadelphia Inquirer explainer (Published Jan. 9, 2022, Sun)
p='787'
A_(p,"Kazakhstan crisis: 5 questions about Russia's first CSTO deployment",'The Russia-led alliance had never before','The Philadelphia Inquirer','2022-01-09',['Gregory Ashby-Tran'],None,
   ['The Philadelphia Inquirer','NEWS | SPORTS | BUSINESS | OPINION | POLITICS | ENTERTAINMENT','NATION & WORLD','Published Jan. 9, 2022','Share icon   Comment icon',
    'Gregory Ashby-Tran is an Inquirer staff writer.'],
   sections=['What happened in Kazakhstan?','Who sent troops, and how many?','Why does Moscow care?','What has Tokayev said?','What comes next?'])
q(p,'a substantial number of foreign citizens.',KNB,'the National Security Committee','said',partial=True)
q(p,'a limited time.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q(p,"Kazakhstan is the anchor of Russia's southern flank, and the Kremlin cannot afford chaos there,",'Dolores Whitcombe','Dolores Whitcombe','said')
q(p,'What Putin wants is a grateful neighbor.','Dolores Whitcombe','Dolores Whitcombe','said')
q(p,'I have given the order to shoot to kill without warning,',TOK,'he','said',note='under a question sub-head naming Tokayev')
q(p,"once Russians are in your house, it's sometimes very difficult to get them to leave.",'Antony Blinken','Secretary of State Antony Blinken','said',partial=True,note='introduced by "said Friday that"')
q(p,'If Antony Blinken loves history lessons so much, he should remember this one,','Maria Zakharova','she','wrote on Telegram',note='name inside the quote is not the speaker')
c(p,'detained',5800,'about','people detained',KNB,'about 5,800 people had been detained')
c(p,'killed',164,None,'deaths',HEALTH,'reported 164 deaths')
c(p,'troops_deployed',3000,'more than','CSTO troops in Kazakhstan',RDM,'more than 3,000 troops were now in the country')
c(p,'other',20000,None,'attackers in the assault on Almaty',TOK,'20,000 attackers',note='unverified figure; "5 questions" in the headline is not a claim')
e(p,'2022-01-02','protest','western Kazakhstan',[],'began last Sunday in the west of the country',note='"last Sunday" from Sunday 9 Jan')
e(p,'2022-01-05','protest','Almaty',[],'by Wednesday, had turned into riots in Almaty')
e(p,None,'government_resignation','Kazakhstan',[TOK],'dismissed his cabinet and declared a state of emergency')
e(p,'2022-01-09','casualty_report',None,[KNB],'On Sunday, the National Security Committee said')
e(p,'2022-01-08','casualty_report',None,[HEALTH],'a day earlier')
e(p,'2022-01-06','other',None,['CSTO'],'approved a mission on Thursday')
e(p,'2022-01-07','statement',None,[TOK],'In a speech Friday he said')
e(p,'2022-01-10','talks','Geneva',['Russia','United States'],'Russia and the United States meet Monday in Geneva')
e(p,'2022-01-12','talks',None,['NATO','Russia'],'followed by NATO-Russia talks Wednesday')
e(p,'2022-01-13','talks',None,['OSCE'],'an OSCE meeting Thursday')
e(p,'2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken said Friday')
e(p,'2022-01-08','statement',None,['Maria Zakharova'],'responded Saturday')

# ---------------- 788 Seattle Times world briefs (Jan. 11, 2022 at 7:02 pm, Tue)
p='788'
A_(p,'World briefs: Kazakhstan names new cabinet','NUR-SULTAN, Kazakhstan — President','The Seattle Times','2022-01-11',[],'NUR-SULTAN, Kazakhstan',
   ['The Seattle Times','Nation & World','Jan. 11, 2022 at 7:02 pm | Updated Jan. 11, 2022 at 7:40 pm','By Seattle Times news services',
    'Compiled from The Associated Press, Reuters and The Washington Post.','Most Read Nation & World Stories'],
   sections=['Elsewhere in the world'])
q(p,'successfully completed',TOK,'President Kassym-Jomart Tokayev','told parliament',partial=True)
q(p,'The withdrawal will take no more than 10 days,',TOK,'Tokayev','said')
q(p,'layer of rich people',TOK,'He','saying',partial=True)
q(p,'It is time to pay back to the people of Kazakhstan,',TOK,'Tokayev','said')
q(p,'a timely step.','Vladimir Putin','He','called',partial=True,note='"color revolutions" in the previous sentence is an excluded term')
q(p,'strategic facilities','Andrei Serdyukov','Col. Gen. Andrei Serdyukov','said',partial=True)
q(p,'Our task has been fulfilled,','Andrei Serdyukov','Serdyukov','said')
q(p,'watch closely','Ned Price','State Department spokesman Ned Price','said',partial=True)
q(p,'We will judge by actions,','Ned Price','Price','said')
c(p,'troops_deployed',2000,'about','CSTO force to leave Kazakhstan',TOK,'the force of about 2,000 troops would start leaving')
c(p,'detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c(p,'killed',164,None,'death toll','Kazakh authorities','put the death toll at 164')
e(p,'2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e(p,'2022-01-13','withdrawal','Kazakhstan',['CSTO'],'would start leaving in two days',note='"in two days" from Tuesday 11 Jan')
e(p,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'confirmed Alikhan Smailov as prime minister')
e(p,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said Tuesday')
e(p,'2022-01-10','statement','Moscow',['Vladimir Putin'],'had said a day earlier')
e(p,None,'other','Almaty',['Andrei Serdyukov'],'said at a ceremony in Almaty')
e(p,'2022-01-11','statement','Washington',['Ned Price'],'Price said on Tuesday')
e(p,'2022-01-10','statement',None,['Kyrgyz Foreign Ministry'],"His country's Foreign Ministry said Monday")

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','He']),
 sp('Aigerim Seitkali','person',['Aigerim Seitkali','Seitkali'],['a nurse'],'United States',[],note='invented'),
 sp('Daniyar Bekov','person',['Daniyar Bekov','Bekov'],[],'United States',['He'],note='invented'),
 sp('Gulnara Omarova','person',['Gulnara Omarova'],[],'United States',[],note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States',['she']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',[],note='canonical from earlier sets; spelt Sergei here'),
 sp('Roxanne Delacroix-Ng','person',['Roxanne Delacroix-Ng'],['a political scientist at UC Irvine'],'United States',['She'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Yuliya Brandt','person',['Yuliya Brandt','Brandt'],[],'United States',[],note='invented'),
 sp('Monica Toft','person',['Monica Toft','Toft'],['a professor of international politics'],'United States',[],note='real academic; words invented'),
 sp('Caleb Nordquist','person',['Caleb Nordquist'],['Macalester College student'],'United States',['he'],note='invented; surname shared with his mother'),
 sp('Dana Nordquist','person',['Dana Nordquist'],[],'United States',['she'],note='invented'),
 sp('Rebecca Tollefson','person',['Rebecca Tollefson','Tollefson'],['Macalester spokesperson'],'United States',note='invented'),
 sp('Chevron','organisation',['Chevron'],[],'United States',['the San Ramon, Calif.-based company'],['Chevron Corp.']),
 sp('Raúl Espinoza-Ward','person',['Raúl Espinoza-Ward','Espinoza-Ward'],['a senior analyst at a Houston consultancy'],'United States',['He'],note='invented'),
 sp('Meghan Boyce','person',['Meghan Boyce'],['spokesperson'],'United States',note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia'),
 sp('Michael Carpenter','person',['Michael Carpenter','Carpenter'],['U.S. Ambassador to the OSCE'],'United States'),
 sp('Ilya Markovich','person',['Ilya Markovich','Markovich'],[],'United States',['he'],note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp(KNB,'organisation',['National Security Committee'],[],'Kazakhstan',['the National Security Committee']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Dolores Whitcombe','person',['Dolores Whitcombe','Whitcombe'],['a Russia specialist'],'United States',note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',['she']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['He']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Col. Gen.','commander of the force'],'Russia',[],['Col. Gen. Andrei Serdyukov']),
 sp('Ned Price','person',['Ned Price','Price'],['State Department spokesman'],'United States'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(HEALTH,'organisation',['Health Ministry'],[],'Kazakhstan',[],[],quoted=False),
 sp(RDM,'organisation',["Russia's Defense Ministry",'Russian Defense Ministry'],[],'Russia',[],[],quoted=False),
 sp('CSTO','organisation',['Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False),
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
