#!/usr/bin/env python3
"""Source of the devset171 annotation: the hand-chosen spans, values and dates for 1461-1468.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset171/annotation_source.py && python3 tests/devset171/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
SAMK='Spiritual Administration of Muslims of Kazakhstan'; KCF='Kazakhstan Chess Federation'

MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; PPO='Kazakh Presidential Press Office'
RDM='Russian Defence Ministry'; KHM='Kazakh Health Ministry'

def secs_after_from(p,headings):
    """live-page posts: heading line, then a 'From CNW's NAME' line, then the body; first_line = first body line."""
    L=T[doc(p)].split('\n')
    return [{"heading":h,"line":L.index(h)+1,"first_line":cut80(L[L.index(h)+2])} for h in headings]

# ---------------- 1461 CNW cable-network live page (January 7, 2022, Friday)
P='1461'
heads=['Blinken questions why Kazakhstan needed outside help','Interior ministry says thousands detained','Russian paratroopers land near Almaty',
       'Tokayev: "I have given the order to shoot to kill without warning"','Analysis: Why Kazakhstan matters to Moscow']
art(P,0,ln(P,'January 7, 2022 Kazakhstan unrest news'),ln(P,"• Kazakhstan's President Kassym-Jomart"),'CNW','2022-01-07',['Rachel Whitford','Omar Haddad','Lena Porter'],None,
    ['CNW  World | US Politics | Business | Health | Entertainment | Style | Travel | Sports | Video | Live TV','Sign in   Watch Live TV   Audio   Edition: US','LIVE UPDATES',
     'By Rachel Whitford, Omar Haddad and Lena Porter, CNW','Updated 3:48 p.m. ET, January 7, 2022',"What we're covering",'Our live coverage has ended. Scroll through the posts below to read more.',
     '3:41 p.m. ET, January 7, 2022',"From CNW's Lena Porter",'CNW cannot independently verify the figures.','Related','Terms of Use | Privacy Policy | Ad Choices | Accessibility & CC | About | Newsletters | Transcripts','© 2022 Cable News Worldwide. All Rights Reserved.'])
A[-1]['sections']=secs_after_from(P,heads)
q(P,'It would seem to me that the Kazakh authorities and government certainly have the capacity to deal appropriately with protests,','Antony Blinken','Blinken','said')
q(P,"one lesson of recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave.",'Antony Blinken','He','added that',partial=True)
q(P,'I have given the order to shoot to kill without warning',TOK,'Tokayev',None,zone='headline',note='quote in a live-post heading after "Tokayev:"; the body has no such sentence')
q(P,'20,000 bandits',TOK,'Tokayev','blaming',partial=True,note='two-word partial with a number; the number is also an `other` claim')
q(P,'What negotiations can there be with criminals and murderers?',TOK,'Tokayev','said')
q(P,'We had to deal with armed and well-prepared bandits, both local and foreign.',TOK,'Tokayev','said',note='second quote after the interposed "Tokayev said."')
q(P,'largely been restored',TOK,'He','said',partial=True)
q(P,'This is Moscow saying: this is our backyard, and we will police it,',None,'the former official','said',note='unnamed former US official; inverted cue "…," said the former official')
c(P,'detained',3811,None,'people detained across the country since the unrest began',MIA,'3,811 people had been detained across the country')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='the scare-quoted label "armed criminals" is not a quote record')
c(P,'injured',18,None,'"armed criminals" wounded',MIA,'18 others wounded')
c(P,'killed',18,None,'police and national guard officers killed',MIA,'death toll among police and national guard officers as 18')
c(P,'injured',748,None,'police and national guard officers injured',MIA,'with 748 injured')
c(P,'aircraft',70,'more than','aircraft flying troops and equipment to Kazakhstan',RDM,'more than 70 aircraft were being used')
c(P,'troops_deployed',2500,'about','personnel in the CSTO force',CSTO,'will number about 2,500 personnel')
c(P,'other',20000,None,'"bandits" blamed for the violence in Almaty',TOK,'blaming "20,000 bandits"',note='attackers as counted by Tokayev; borderline')
e(P,None,'statement','Washington',['Antony Blinken'],'told reporters at the State Department',note='no day word; the post is stamped 7 January 2022')
e(P,'2022-01-06','talks',None,['Antony Blinken','Mukhtar Tileuberdi'],'Blinken spoke by phone with Kazakh Foreign Minister Mukhtar Tileuberdi on Thursday')
e(P,None,'casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said 3,811",note='no day word; the post is stamped 7 January 2022')
e(P,None,'troop_deployment','Almaty',['Russian Defence Ministry',CSTO,'Andrei Serdyukov'],'Russian paratroopers land near Almaty',note='post heading; no day word (post stamped 7 January 2022)')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'meet in Geneva on Monday',note='future Monday after Friday 7 Jan')

# ---------------- 1462 KXTN 9 local TV station site (Jan 11, 2022, Tuesday)
P='1462'
art(P,0,ln(P,'Oklahoma oil workers home safe after unrest in Kazakhstan'),ln(P,'OKLAHOMA CITY (KXTN) - Two'),'KXTN 9 News','2022-01-11',['Tyler Brannock'],'OKLAHOMA CITY',
    ['KXTN 9 NEWS  |  Oklahoma City','Weather   Traffic   Watch Live   Closings   Contests   Newsletters','LOCAL NEWS  >  NATIONAL/WORLD','Posted: Jan 11, 2022 / 06:24 PM CST',
     'Updated: Jan 11, 2022 / 10:02 PM CST','by: Tyler Brannock','[VIDEO: Families greet returning workers at Will Rogers World Airport]',
     'Copyright 2022 Nexstead Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.','MORE STORIES','OKC Thunder fall to Spurs in overtime',
     'KXTN 9 NEWS | Contact Us | EEO Report | FCC Public File | Privacy Policy | Terms of Use'])
q(P,'At first it was just people in the square, kind of peaceful, honking horns,','Jesse Calloway','Calloway','told')
q(P,'Then the phones went dead and nobody knew anything.','Jesse Calloway','Calloway','told',note='second quote after the interposed cue')
q(P,"I kept the TV on all night. Every time they showed Kazakhstan I'd look for his face in the crowd, which is crazy, he wasn't even in that city,",'Carla Dunnigan','she','said',note='"Dunnigan\'s wife, Carla" in the previous sentence; surname shared with Mark Dunnigan')
q(P,'all of our personnel in Kazakhstan are accounted for and safe.',None,'A spokesperson','said in a statement that',partial=True,note='unnamed company spokesperson')
q(P,'These are Oklahoma families, and they deserve answers fast,','Diane Whitlow','Whitlow','said')
q(P,"It's good money and good people over there,",'Mark Dunnigan','Dunnigan','said',note='bare surname "Dunnigan" = Mark (Carla is "she"/"Dunnigan\'s wife")')
q(P,"But I'm staying home for a while.",'Mark Dunnigan','Dunnigan','said')
c(P,'killed',164,'at least','people killed across the country','Kazakh officials','at least 164 people were killed across the country')
c(P,'troops_deployed',2000,'more than','troops from a Russian-led alliance sent into Kazakhstan',None,'More than 2,000 troops from a Russian-led alliance')
e(P,'2022-01-02','protest','western Kazakhstan',[],'when protests over fuel prices broke out on Jan. 2')
e(P,'2022-01-05','other','western Kazakhstan',['Jesse Calloway','Mark Dunnigan'],'moved its foreign staff to a secured compound on Wednesday, Jan. 5')
e(P,'2022-01-05','protest','Almaty',[],'the same day rioters stormed the airport in Almaty',note='"the same day" = Wednesday, Jan. 5')
e(P,'2022-01-11','other','Oklahoma City',['Jesse Calloway','Mark Dunnigan'],'at Will Rogers World Airport on Tuesday')
e(P,'2022-01-10','statement',None,['Diane Whitlow'],'in a phone interview Monday')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'were sent into the country at the request of President Kassym-Jomart Tokayev')

# ---------------- 1463 KCPR public radio station story (January 8, 2022, Saturday)
P='1463'
art(P,0,ln(P,"Local scholar: Kazakhstan crisis shows Russia's reach in Central Asia"),ln(P,'The violence in Kazakhstan this week may'),'Cascade Public Radio','2022-01-08',['Hannah Okonkwo'],None,
    ['KCPR 89.9 Cascade Public Radio','News | Music | Programs | Schedule | Events | Donate','Listen Live · All Things Considered','World','Cascade Public Radio | By Hannah Okonkwo',
     'Published January 8, 2022 at 7:15 AM PST','Listen • 4:38','Copyright 2022 KCPR. To see more, visit KCPR.','Tags: World, Kazakhstan, Cascade State University, Morning Edition','Related Content',
     'Support local news. Become a sustaining member today.','KCPR is a service of Cascade Public Media. © 2022 | Privacy Policy | FCC Public Files | Contact'])
q(P,"My mother called me on Thursday night from a neighbor's landline. She said, 'We hear shooting, but we are fine,'",'Dina Sarsenbayeva','Sarsenbayeva','told',note="nested single-quoted speech of the mother kept inside one record; closing ' then \" before the cue")
q(P,'That was the first time I had heard her voice since Tuesday.','Dina Sarsenbayeva','Sarsenbayeva','told')
q(P,'a turning point for the region.','Dina Sarsenbayeva','Sarsenbayeva','calls',partial=True,note='present-tense cue "calls that decision"')
q(P,'For 30 years Kazakhstan has tried to balance between Russia, China and the West,','Dina Sarsenbayeva','she','said')
q(P,'When you invite Russian paratroopers to guard your airports, that balance changes, at least for now.','Dina Sarsenbayeva','she','said')
q(P,'Moscow wants to be seen as the firefighter, not the occupier,','Ethan Morrow','Morrow','said')
q(P,"I'd expect them to announce a withdrawal sooner than people think.",'Ethan Morrow','Morrow','said')
c(P,'killed',18,None,'members of the security forces killed','Kazakh authorities','including 18 members of the security forces')
c(P,'detained',4400,'more than','people detained',MIA,'More than 4,400 people have been detained')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests began Jan. 2 in the oil town of Zhanaozen')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'On Thursday, Russia and its allies')
e(P,'2022-01-06','other','Almaty',['Dina Sarsenbayeva'],'My mother called me on Thursday night',note='inside the quote; the call from Almaty')
e(P,'2022-01-08','casualty_report',None,[MIA],'the Interior Ministry said Saturday')
e(P,'2022-01-13','other',None,['Dina Sarsenbayeva','Cascade State University'],'She plans to hold an open online discussion next Thursday.',note='"next Thursday" from Saturday 8 Jan read as the coming Thursday; 20 Jan is possible')

# ---------------- 1464 Capitol Brief "Morning Security" newsletter (01/10/2022, Monday)
P='1464'
art(P,0,ln(P,'Geneva talks open under a Kazakhstan cloud'),ln(P,'GOOD MONDAY MORNING'),'Capitol Brief','2022-01-10',['Nick Delgado','Priya Raman'],None,
    ['CAPITOL BRIEF','MORNING SECURITY','Your daily briefing on defense and national security','By Nick Delgado and Priya Raman | 01/10/2022 06:00 AM EST','With help from Aaron Fisk',
     "Programming note: Morning Security will not publish on Monday, Jan. 17. We'll be back on Tuesday, Jan. 18.",'A message from Halvorsen Aerospace:',
     'Halvorsen Aerospace is proud to support the men and women who defend our nation. Learn more.','Trusted partner. Proven performance. Halvorsen Aerospace.','MEDIA MENTIONS','TRANSITIONS',
     'Follow us on Twitter: Nick Delgado @ndelgado | Priya Raman @praman','To change your alert settings, please log in. Capitol Brief, LLC | 1000 Wilson Blvd. Arlington, VA 22209 | Unsubscribe'])
q(P,'difficult, but businesslike.','Sergey Ryabkov','Ryabkov','telling',partial=True)
q(P,'anything about Ukraine without Ukraine',None,'A senior State Department official','told',partial=True,note='unnamed official; the phrase echoes the "nothing about Ukraine without Ukraine" slogan but is reported speech')
q(P,"We're watching it closely, but it's a matter for the Kazakh government,",'John Kirby','press secretary John Kirby','told',note='inverted cue "…," press secretary John Kirby told reporters Friday')
q(P,'a test of whether Putin is serious about anything other than intimidation.','Jim Risch','Jim Risch','told',partial=True,note='speaker separated from the cue by a relative clause ("who has been pushing…")')
q(P,'the full range','Bob Menendez','Bob Menendez','said',partial=True)
q(P,"Three meetings, one message, and I'm not sure Moscow wants to hear it.",None,'One European diplomat','summed up the week for us',note='unnamed European diplomat; cue before a colon')
c(P,'killed',16,None,'security personnel who died in the unrest',TOK,'16 security personnel had died')
c(P,'detained',5800,None,'people detained',MIA,'the number of people detained at 5,800')
c(P,'troops_deployed',2030,'about','troops in the Russian-led force',CSTO,'numbers about 2,030 troops')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'sit down this morning at the U.S. mission in Geneva')
e(P,'2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'had a working dinner Sunday night')
e(P,'2022-01-08','statement',None,['US State Department'],'told reporters on a Saturday call')
e(P,'2022-01-09','statement',None,[TOK],'said Sunday that 16 security personnel')
e(P,'2022-01-07','statement',None,['John Kirby'],'told reporters Friday')
e(P,None,'statement',None,['Bob Menendez'],'said last week',note='"last week" has no day')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'then the OSCE in Vienna on Thursday')

# ---------------- 1465 Gist (Axios-style) bullet story (Jan 13, 2022, Thursday)
P='1465'
art(P,0,ln(P,'Russia starts pulling troops out of Kazakhstan'),ln(P,'Russian-led troops began withdrawing'),'Gist','2022-01-13',['Sara Lindqvist-Oyelaran'],None,
    ['Gist','Home | Local | Politics | World | Technology | Newsletters | Log in','World','By Sara Lindqvist-Oyelaran','Jan 13, 2022 - World',"Go deeper: What the CSTO is — and isn't",
     'Sign up for the Gist World newsletter','Got a tip? Contact us.','Gist Media, Inc. © 2022 | About | Careers | Privacy policy | Terms of use'])
q(P,'has been completed','Andrei Serdyukov','Col. Gen. Andrei Serdyukov','said',partial=True)
q(P,'The mission has been fulfilled,',TOK,'Tokayev','said in a statement',note='after the bold-label "What they\'re saying:"')
q(P,'a distortion.','Maria Zakharova','Maria Zakharova','said',partial=True,note='two-word evaluative partial, kept (gold rule 2)')
q(P,'We said from day one this would be limited in time, and it is,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told')
q(P,'no reason','Sergey Ryabkov','Ryabkov','said',partial=True,note='two-word partial; borderline')
q(P,'program of political and economic modernization',TOK,'Tokayev','has promised',partial=True)
c(P,'troops_deployed',2030,None,'CSTO troops deployed',CSTO,'2,030: CSTO troops deployed, per the alliance',note='"By the numbers" bullet: number before a colon')
c(P,'killed',225,None,'deaths in the unrest','Kazakh government','225: deaths the Kazakh government now reports')
c(P,'killed',19,None,'police and soldiers killed','Kazakh government','including 19 police and soldiers')
c(P,'detained',9900,None,'people detained','Kazakh officials','9,900: people detained, according to Kazakh officials')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing from Kazakhstan on Thursday')
e(P,None,'other','Nur-Sultan',[CSTO,'Andrei Serdyukov'],'at a ceremony in Nur-Sultan',note='no day word (really 13 Jan)')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'The last of the troops are due out by Jan. 19.')
e(P,'2022-01-13','statement',None,[TOK],'Tokayev said in a statement Thursday')
e(P,'2022-01-12','statement',None,['Maria Zakharova'],'said Wednesday that Western warnings')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE met in Vienna Thursday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'after Geneva on Monday')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council on Wednesday')
e(P,'2022-01-13','statement',None,['Sergey Ryabkov'],'Ryabkov said Thursday')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He named a new prime minister, Alikhan Smailov, on Tuesday.')

# ---------------- 1466 BFN terminal story (BFN 01/06/2022 = Thursday 6 January 2022), hard-wrapped
P='1466'
art(P,0,ln(P,'Kazakh Bonds Slide as Russia-Led Troops Arrive; Tenge Trading Halted'),ln(P,"(Baxter Financial News) -- Kazakhstan's"),'Baxter Financial News','2022-01-06',['Marat Ospanov','Claire Beaumont'],None,
    ['BFN 01/06/2022 11:42:07 [BFN/WNEWS]','By Marat Ospanov and Claire Beaumont','OIL OUTPUT',"TOKAYEV'S APPEAL",'--With assistance from Daniel Whitaker.','To contact the reporters on this story:',
     'To contact the editors responsible for this story:','For Related News and Information:','Kazakhstan Unrest: NI KAZAKH','©2022 Baxter Financial News L.P. All rights reserved.'])
q(P,'The risk premium will stay elevated until investors see the\ninternet back on and the banks open,','Tatiana Orlova','Tatiana Orlova','said',malformed=True,note='terminal hard wrap inside the quote: span crosses a line break (text includes the newline)')
q(P,"Nobody\nwants to price a country they can't even reach by phone.",'Tatiana Orlova','Tatiana Orlova','said',malformed=True,note='hard wrap; second quote after the interposed cue')
q(P,'temporarily adjusted','Tengizchevroil','Tengizchevroil','said',partial=True,note='company as speaker; two-word partial')
q(P,'Kazakhstan is not Libya, but the market is not used to\nthinking about it as a supply risk at all,','Greg Mallory','Greg Mallory','said',malformed=True,note='hard wrap; inverted cue "…," said Greg Mallory')
q(P,'a limited\nperiod of time.','Nikol Pashinyan','Nikol Pashinyan','said on Facebook',partial=True,malformed=True,note='hard wrap inside a partial')
c(P,'troops_deployed',2500,'about','troops in the CSTO force',CSTO,'total about 2,500 troops')
c(P,'detained',2298,None,'people detained',MIA,'2,298 people had been detained',note='"Police said … according to the Interior Ministry"; "police" is an acceptable source')
c(P,'killed',18,None,'officers killed',MIA,'18 officers had been killed')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'agreed to send troops to quell',note='no day word in the sentence')
e(P,'2022-01-06','other','Almaty',['Kazakhstan Stock Exchange'],'Kazakhstan Stock Exchange suspended trading Thursday')
e(P,'2022-01-05','other','Kazakhstan',[],'Internet access across Kazakhstan has been largely cut since\nWednesday',note='evidence crosses the hard wrap')
e(P,'2022-01-05','statement',None,[TOK],'President Kassym-Jomart Tokayev requested the deployment late\nWednesday',note='the request for CSTO help; evidence crosses the hard wrap')
e(P,None,'statement',None,['Nikol Pashinyan'],'said on Facebook',note='no day word')

# ---------------- 1467 Lakeshore Gazette page carrying an Associated Press story (Jan 9, 2022, Sunday)
P='1467'
art(P,0,ln(P,'Kazakhstan says 164 killed in week of unrest; nearly 6,000 detained'),ln(P,'ALMATY, Kazakhstan (AP) — Kazakhstan'),'The Lakeshore Gazette','2022-01-09',[],'ALMATY, Kazakhstan',
    ['The Lakeshore Gazette','Home  News  Sports  Business  Opinion  Obituaries  e-Edition  Subscribe','World','Associated Press','Jan 9, 2022 Updated Jan 9, 2022',
     'Associated Press writer Daria Litvinova in Moscow contributed to this report.',
     'Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.','Tags',
     'Kazakhstan  Almaty  Politics  Protest','Most Popular','The Lakeshore Gazette | 215 Harbor St., Port Wendell, MI | Terms of Use | Privacy Policy | Contact Us'])
q(P,'The situation has stabilized in all regions of the country,',PPO,'the office','said')
q(P,'Counterterrorism operations continue.',PPO,'the office','said')
q(P,'fire without warning.',TOK,'He','said',partial=True)
q(P,'I went out for bread for the first time in four days,','Gulnara Akhmetova','Gulnara Akhmetova','said',note='inverted cue "…," said Gulnara Akhmetova')
q(P,'There were soldiers on the corner. I did not know if they were ours.','Gulnara Akhmetova','Gulnara Akhmetova','said',malformed=True,note='conventional multi-paragraph quote: the paragraph is left open and the next one re-opens')
q(P,'Then one of them said good morning to me in Kazakh, and I cried.','Gulnara Akhmetova','Gulnara Akhmetova',None,note='continuation paragraph with no cue of its own')
c(P,'killed',164,None,'people killed in a week of unrest',KHM,'Kazakhstan says 164 killed in week of unrest',zone='headline',note='officials later said the figure was posted by mistake')
c(P,'detained',6000,'almost','people detained',PPO,'nearly 6,000 detained',zone='headline')
c(P,'killed',164,None,'people, including a child, killed in a week of protests',KHM,'164 people, including a child, had been killed',note='later said to be a mistake; "the 164 figure" in the next paragraph is not a new claim')
c(P,'detained',6000,'almost','people detained',PPO,'nearly 6,000 people had been detained')
c(P,'aircraft',70,'about',"planes' worth of troops and equipment moved into Kazakhstan",RDM,"about 70 planes' worth of troops")
c(P,'troops_deployed',2030,'about','CSTO troops in the country',CSTO,'has about 2,030 troops in the country')
e(P,'2022-01-09','casualty_report',None,[KHM],"Kazakhstan's health ministry said Sunday")
e(P,None,'statement',None,['Kazakh officials'],'Officials later said the 164 figure',note='"later", no day')
e(P,None,'other',None,[TOK,PPO],'after a meeting of the crisis center chaired by',note='internal government meeting; no day word')
e(P,'2022-01-07','statement',None,[TOK],'He said on Friday that')
e(P,'2022-01-08','arrest',None,['Karim Masimov','National Security Committee'],'Karim Masimov was arrested on suspicion of treason',note='the date is that of the announcement ("said Saturday"); the arrest day itself is not given (really 6 Jan)')

# ---------------- 1468 Senator's press release (January 12, 2022, Wednesday)
P='1468'
art(P,0,ln(P,"Whitcomb: Russia's Actions in Kazakhstan a Warning for Ukraine"),ln(P,'WASHINGTON, D.C. – U.S. Senator'),'U.S. Senator Daniel Whitcomb','2022-01-12',[],'WASHINGTON, D.C.',
    ['Skip to content','U.S. Senator Daniel Whitcomb | Nebraska','About  Issues  Services  Newsroom  Contact','Newsroom > Press Releases','January 12, 2022','###',
     'Press Contact: Emily Sorensen, (202) 224-0000','Print  |  Email  |  Share','Office Locations: Washington, D.C. | Omaha | Lincoln | Grand Island','Privacy Policy | Accessibility | Contact'])
q(P,"Today's meeting in Brussels confirmed what we already knew. Vladimir Putin is not interested in diplomacy, he is interested in concessions. The United States and our NATO allies must not give him any.",
  'Daniel Whitcomb','U.S. Senator Daniel Whitcomb','released the following statement',malformed=True,note='conventional multi-paragraph statement: paragraph left open; cue in the preceding paragraph ending with a colon')
q(P,'Last week Putin sent some 2,000 paratroopers into Kazakhstan within 48 hours. Anyone who thinks he cannot move faster against Ukraine, where he already has around 100,000 troops on the border, is not paying attention.',
  'Daniel Whitcomb','U.S. Senator Daniel Whitcomb',None,malformed=True,note='middle paragraph of the statement, left open')
q(P,'I urge the Administration to send additional defensive weapons to Ukraine now, not after an invasion.','Daniel Whitcomb','U.S. Senator Daniel Whitcomb',None,note='last paragraph of the statement, closed')
q(P,'exactly the kind of order Moscow likes to export.','Daniel Whitcomb','He','said',partial=True)
q(P,'made a bargain they may come to regret.','Daniel Whitcomb','he','said',partial=True)
q(P,'When you ask the Kremlin for help, the Kremlin sends you a bill,','Daniel Whitcomb','Whitcomb','said')
c(P,'troops_deployed',2000,'about','Russian paratroopers sent into Kazakhstan','Daniel Whitcomb','some 2,000 paratroopers',note='"some" normalised to about; inside the statement')
c(P,'troops_deployed',100000,'about','Russian troops on the Ukrainian border','Daniel Whitcomb','around 100,000 troops on the border')
c(P,'detained',10000,'almost','people detained by Kazakh authorities','Kazakh authorities','detained nearly 10,000 people',note='"reports that Kazakh authorities have detained"')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Wendy Sherman'],'after the NATO-Russia Council meeting in Brussels',note='"today" = the release date')
e(P,'2022-01-12','statement','Washington',['Daniel Whitcomb'],'today released the following statement')
e(P,None,'troop_deployment','Kazakhstan',['Vladimir Putin'],'Last week Putin sent some 2,000',note='"last week", no day')
e(P,'2022-01-10','other',None,['Daniel Whitcomb','Antony Blinken'],'On Monday, Whitcomb joined a group of Republican senators in a letter',note='letter to Blinken')
e(P,'2022-01-12','statement','Washington',['Daniel Whitcomb'],'outside the Capitol on Wednesday afternoon')
e(P,None,'statement','Brussels',['Wendy Sherman'],'told reporters after the meeting',note='after the 12 Jan meeting; no day word')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',['He'],note='real; wording paraphrased'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['He','he'],["Tokayev's"],note='real; wording invented/paraphrased'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Col. Gen.'],'Russia',note='real; words paraphrased'),
 sp('Jesse Calloway','person',['Jesse Calloway','Calloway'],['oilfield workers'],'United States',note='invented'),
 sp('Mark Dunnigan','person',['Mark Dunnigan','Dunnigan'],['oilfield workers'],'United States',note='invented; bare "Dunnigan" also begins the mention of his wife'),
 sp('Carla Dunnigan','person',['Carla'],[],'United States',["Dunnigan's wife",'she'],["Dunnigan's wife, Carla"],note='invented; first name only, after a possessive'),
 sp('Diane Whitlow','person',['Diane Whitlow','Whitlow'],['Oklahoma Congresswoman'],'United States',note='invented'),
 sp('Dina Sarsenbayeva','person',['Dina Sarsenbayeva','Sarsenbayeva'],['Professor'],'Kazakhstan',['she'],note='invented'),
 sp('Ethan Morrow','person',['Ethan Morrow','Morrow'],['a former State Department analyst'],'United States',note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='real; words invented'),
 sp('John Kirby','person',['John Kirby'],['press secretary'],'United States',note='real Pentagon press secretary; words invented'),
 sp('Jim Risch','person',['Jim Risch'],['Senate Foreign Relations ranking member'],'United States',note='real; words invented'),
 sp('Bob Menendez','person',['Bob Menendez'],['Sen.'],'United States',[],['Sen. Bob Menendez (D-N.J.)'],note='real; words invented'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokesperson'],'Russia',note='real; words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='real; words invented'),
 sp('Tatiana Orlova','person',['Tatiana Orlova'],['emerging-market strategist'],'United Kingdom',note='invented'),
 sp('Greg Mallory','person',['Greg Mallory'],['head of\ncommodities research'],'United States',note='invented; title crosses the terminal hard wrap'),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],[],'Kazakhstan',['the operator'],note='real company; wording invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',note='real; words paraphrased'),
 sp(PPO,'organisation',["president's office"],[],'Kazakhstan',['the office'],note='wording invented'),
 sp('Gulnara Akhmetova','person',['Gulnara Akhmetova'],['a 52-year-old teacher'],'Kazakhstan',note='invented'),
 sp('Daniel Whitcomb','person',['Daniel Whitcomb','Whitcomb'],['U.S. Senator'],'United States',['He','he'],["Whitcomb:"],note='invented senator'),
 sp(MIA,'organisation',['Interior Ministry','Interior ministry'],[],'Kazakhstan',['The ministry'],quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp(RDM,'organisation',["Russia's Defense Ministry"],[],'Russia',[],quoted=False,note='source of aircraft figures; not quoted'),
 sp(KHM,'organisation',['health ministry'],[],'Kazakhstan',[],quoted=False,note='source of the 164 figure; not quoted'),
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
