#!/usr/bin/env python3
"""Source of the devset199 annotation: the hand-chosen spans, values and dates for 1685-1692.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset199/annotation_source.py && python3 tests/devset199/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),hl=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    if hl is not None: assert hl in T[f],(f,hl)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=hl if hl else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    for _ in range(n):
        off=t.index(quote,off+1)
    if saw is not None: assert saw in t,(f,saw)
    if cue is not None: assert cue in t,(f,cue)
    if zone=='related': art=None
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
KHM='Kazakh Health Ministry'; KPPO='Kazakh Presidential Press Office'; AZ='Saltanat Azirbek'
SER='Andrei Serdyukov'; ZAS='Stanislav Zas'; KNB='National Security Committee'; SM='Alikhan Smailov'

# ---------------- 1685 The Lowlands Ledger, TimelineJS interactive timeline (13 January 2022, Thursday)
P='1685'
slides=[ln(P,h) for h in ('Gas price doubles, Zhanaozen takes to the streets','Protests reach Almaty\nThousands','Government falls, city hall burns','First Russian paratroopers land','"Shoot without warning"\nIn','A death toll, then a deletion','Mourning, and a summit by video link','Tokayev announces the exit','The withdrawal begins\nAt')]
art(P,0,ln(P,'Eleven days in Kazakhstan'),ln(P,'Residents of the oil town of Zhanaozen'),'The Lowlands Ledger','2022-01-13',['Sanne de Vries'],None,
    ['The Lowlands Ledger','News from the Netherlands and beyond, in English','Home | Netherlands | Europe | World | Business | Interactive','World > Interactive','INTERACTIVE TIMELINE',
     'Swipe or use the arrows to move through the timeline. All dates are local time in Kazakhstan.','By Sanne de Vries | 13 January 2022, 15:20 CET','Photo: social media / via The Lowlands Ledger','‹ Previous | Next ›','Photo: Reuters (archive)',
     'Jan 2 | Jan 4 | Jan 5 | Jan 6 | Jan 7 | Jan 9 | Jan 10 | Jan 11 | Jan 13',
     'Gas price doubles... | Protests reach Almaty | Government falls... | First Russian paratroopers... | "Shoot without warning" | A death toll... | Mourning... | Tokayev announces... | The withdrawal begins',
     'Sources: Lowlands Ledger reporting, ANP, Reuters, AFP, Kazakh Interior Ministry, Akorda.','Built with TimelineJS','Related','© 2022 The Lowlands Ledger B.V. | Privacy | Cookie settings | Contact'],
    sections=slides)
q(P,'terrorist gangs trained abroad',TOK,'he','called',partial=True,note='"what he called"; evaluative wording attributed to Tokayev, kept as a partial')
q(P,'Dozens of attackers were neutralised during the night,',AZ,'she','said')
q(P,'Shoot without warning',TOK,None,None,partial=True,zone='headline',note='slide heading of the 7 January slide, compressing the body partial; the repeat in the TimelineJS navigation strip (line 59) is furniture and excluded')
q(P,'open fire to kill without warning',TOK,'Tokayev','said',partial=True,note='"said he had ordered troops to"')
q(P,'not final and not verified','Berik Uali','Berik Uali','said',partial=True)
q(P,'the main phase of the counter-terrorist operation',TOK,'Tokayev','said',partial=True)
q(P,'The mission is accomplished. Not one civilian was harmed by our soldiers.',SER,'Andrei Serdyukov','told',note='colon cue "told the departing troops:"')
q(P,'speak with one voice','Mark Rutte','Rutte',None,partial=True,zone='related',note='related-link headline "Rutte: Europe must …"')
c(P,'killed',18,None,'members of the security forces killed',AZ,'said 18 members of the security forces had been killed')
c(P,'injured',748,None,'members of the security forces injured',AZ,'and 748 injured')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'said 26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained')
c(P,'killed',164,None,'people who died in the unrest',KHM,'reported that 164 people had died',note='"State television, citing the health ministry"; the post was later taken down and the spokesman called it unverified')
c(P,'killed',103,None,'people who died in Almaty',KHM,'103 of them in Almaty',note='breakdown of the 164, kept as its own claim')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',TOK,'the CSTO force of 2,030 troops')
e(P,'2022-01-02','protest','Zhanaozen',[],'Residents of the oil town of Zhanaozen gathered in the central square',note='date from the slide date line')
e(P,'2022-01-04','protest','Almaty',[],'Thousands marched through Almaty in the evening')
e(P,'2022-01-04','other','Mangystau',['Kazakh government'],'The government cut the gas price in Mangystau')
e(P,'2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],"accepted the resignation of Askar Mamin's cabinet")
e(P,'2022-01-05','state_of_emergency',None,[TOK],'declared a state of emergency')
e(P,'2022-01-05','protest','Almaty',[],"rioters set fire to the mayor's office and seized the airport")
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Late at night Tokayev asked the Collective Security Treaty Organisation (CSTO) for help')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'The first Russian units landed outside Almaty in the morning')
e(P,'2022-01-06','casualty_report',None,[AZ],'Police spokeswoman Saltanat Azirbek said')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address, Tokayev said')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said 26')
e(P,'2022-01-09','casualty_report',None,[KHM],'State television, citing the health ministry, reported')
e(P,'2022-01-09','statement',None,['Berik Uali'],'Presidential spokesman Berik Uali said',note='no day word; inside the 9 January slide')
e(P,'2022-01-10','other','Kazakhstan',[],'a national day of mourning')
e(P,'2022-01-10','talks',None,[CSTO,TOK],'At an online CSTO summit')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'US and Russian diplomats sat down')
e(P,'2022-01-11','statement',None,[TOK],'Addressing parliament, Tokayev said')
e(P,'2022-01-11','appointment',None,[SM],'Deputies approved Alikhan Smailov as prime minister')
e(P,'2022-01-13','other','Almaty',[CSTO,SER],'At a ceremony in Almaty')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'The first Il-76 transport planes left for Russia in the afternoon')

# ---------------- 1686 The Indus Observer Q-and-A explainer with FAQPage JSON-LD (January 10, 2022, Monday)
P='1686'
qs=[ln(P,'Q%d. '%i) for i in range(1,8)]
art(P,0,ln(P,'Explainer: Kazakhstan’s week of fire'),ln(P,'From a fuel-price protest to Russian-led troops'),'The Indus Observer','2022-01-10',[],None,
    ['THE INDUS OBSERVER','Lahore | Karachi | Islamabad','Monday, January 10, 2022 | Jamadi-us-Sani 7, 1443','HOME   PAKISTAN   WORLD   BUSINESS   SPORT   OPINION   E-PAPER','World','Web Desk',
     'January 10, 2022 | 03:15 PM PKT','Last Updated: January 10, 2022 | 06:40 PM PKT','Tags: Kazakhstan, CSTO, Russia, Central Asia','Related Stories','Comments are closed.','Copyright © 2022 The Indus Observer. All rights reserved.'],
    sections=qs)
q(P,'including a significant number of foreign nationals',KPPO,'The president’s office','said',partial=True,note='n=1: the body span (curly marks); the JSON-LD copy on line 37 (escaped \\" marks) is page code, excluded')
q(P,'Our troops will not take part in operations against protesters,',ZAS,'Zas','said',note='n=1: the body span; the JSON-LD duplicate is excluded')
q(P,'in Nur-Sultan and in direct contact','Aidos Ukibay','Aidos Ukibay','said',partial=True)
q(P,'closely following the developments in brotherly Kazakhstan','Asim Iftikhar Ahmad','Asim Iftikhar Ahmad','said',partial=True)
c(P,'killed',164,None,'deaths in the unrest',KHM,'reported 164 deaths',note='"state media citing the health ministry"; withdrawn as a "technical error" (two-word label, excluded from quotes)')
c(P,'killed',103,None,'deaths in Almaty',KHM,'including 103 in Almaty')
c(P,'killed',16,None,'police officers and national guardsmen killed',MIA,'16 police officers and national guardsmen were killed')
c(P,'detained',5800,None,'people detained',KPPO,'5,800 people had been detained, “including',note='the JSON-LD copy has escaped straight marks, so this evidence is unique')
c(P,'detained',7939,None,'people detained',AZ,'the figure had risen to 7,939')
c(P,'troops_deployed',2030,None,'CSTO personnel in Kazakhstan',ZAS,'the force numbered 2,030 personnel',note='"250 pieces of equipment" is not a claim')
e(P,'2022-01-02','protest','Zhanaozen',[],'Protests began on January 2 in Zhanaozen',note='unique: the JSON-LD copy reads "on <strong>January 2</strong> in"')
e(P,'2022-01-04','protest','Almaty',[],'By January 4 they had spread to Almaty')
e(P,'2022-01-09','casualty_report',None,[KHM],'On Sunday, state media citing the health ministry')
e(P,'2022-01-09','casualty_report',None,[KPPO],'The president’s office said on Sunday',note='curly apostrophe; the JSON-LD copy has a straight one')
e(P,'2022-01-10','casualty_report',None,[AZ,MIA],'told a briefing on Monday')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'appealed to the Russia-led Collective Security Treaty Organisation (CSTO) late on January 5')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'the first Russian paratroopers landed the next morning',note='"the next morning" after 5 January')
e(P,None,'other',None,[TOK,'Nursultan Nazarbayev'],'Tokayev has taken over the chairmanship of the Security Council',note='no date (real 2022-01-05)')
e(P,'2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on January 6')
e(P,'2022-01-08','statement',None,[KNB],'the committee said on Saturday')
e(P,None,'statement',None,['Aidos Ukibay'],'Nazarbayev’s spokesman Aidos Ukibay said')
e(P,'2022-01-07','statement',None,['Asim Iftikhar Ahmad'],'said on Friday that Pakistan')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'is due to address the Mazhilis',note='future "on Tuesday" from Monday 10 Jan')
e(P,'2022-01-10','talks',None,[CSTO],'CSTO leaders were meeting by video link on Monday')

# ---------------- 1687 Arabian Ledger chronology with Hijri + Gregorian headings (Wednesday 12 January 2022)
P='1687'
days=[ln(P,h) for h in ('(2 January 2022)','(4 January 2022)','(5 January 2022)','(6 January 2022)','(7 January 2022)','(8 January 2022)','(9 January 2022)','(10 January 2022)','(11 January 2022)')]
art(P,0,ln(P,'Chronology: Kazakhstan'),ln(P,'JEDDAH: Kazakhstan'),'Arabian Ledger','2022-01-12',[],'JEDDAH',
    ['ARABIAN LEDGER','Jeddah • Riyadh • Dammam','Wednesday 9 Jumada Al-Akhirah 1443 - 12 January 2022','Home | Saudi Arabia | Gulf | World | Economy | Opinion | Life | Sports','WORLD','ARABIAN LEDGER STAFF','Published: 12 January 2022 - 11:05 KSA',
     '---','Saudi citizens in Kazakhstan can contact the Embassy of the Kingdom in Nur-Sultan.','Read also: OPEC+ output unaffected by Kazakh unrest, sources say','Read also: Gulf airlines suspend flights to Almaty','Share: Twitter | Facebook | WhatsApp | Email','ARABIAN LEDGER © 2022 - All Rights Reserved'],
    sections=days)
q(P,'for a limited period of time','Nikol Pashinyan','Nikol Pashinyan','writes',partial=True)
q(P,'following with concern','Saudi Ministry of Foreign Affairs','The Saudi Ministry of Foreign Affairs','says in a statement',partial=True)
q(P,'trusts in the ability of the Kazakh leadership to restore security','Saudi Ministry of Foreign Affairs','The Saudi Ministry of Foreign Affairs','says in a statement',partial=True)
q(P,'20,000 bandits',TOK,'Tokayev','says in a televised speech',partial=True,note='number inside a partial; also an `other` claim')
q(P,'will not allow the situation to be rocked from outside','Vladimir Putin','Vladimir Putin','tells',partial=True)
q(P,'a great success',TOK,'Tokayev','tells parliament',partial=True)
q(P,'The troops will stay exactly as long as the Kazakh president considers necessary.','Dmitry Peskov','Dmitry Peskov','says:')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" attacked Almaty')
c(P,'killed',26,None,'attackers killed',MIA,'reports 26 attackers killed')
c(P,'killed',18,None,'members of the security forces dead',MIA,'18 members of the security forces dead')
c(P,'detained',4404,None,'people detained',MIA,'4,404 people have been detained')
c(P,'detained',7939,None,'people detained across the country',AZ,'7,939 people have been detained')
c(P,'troops_deployed',2000,'about','CSTO troops to withdraw',TOK,'its roughly 2,000 troops',note='"roughly" normalised to about')
e(P,'2022-01-02','protest','Zhanaozen',[],'Residents of Zhanaozen in the western Mangystau region protest',note='Gregorian date in brackets after the Hijri date (29 Jumada Al-Ula 1443)')
e(P,'2022-01-04','protest','Kazakhstan',[],'Protests spread to Aktobe, Uralsk and Almaty')
e(P,'2022-01-05','government_resignation',None,[TOK],'dismisses the government')
e(P,'2022-01-05','state_of_emergency','Almaty',[TOK],'imposes a state of emergency in Almaty and Mangystau')
e(P,'2022-01-05','protest','Almaty',[],"Crowds storm the Almaty mayor's office and the airport")
e(P,'2022-01-05','statement',None,[TOK,CSTO],'At night Tokayev appeals to the Collective Security Treaty Organization')
e(P,'2022-01-06','statement',None,[CSTO],'The CSTO approves the request')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan'],'who chairs the bloc, writes')
e(P,'2022-01-06','statement',None,['Saudi Ministry of Foreign Affairs'],'says in a statement that the Kingdom')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev says in a televised speech')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry reports 26')
e(P,'2022-01-08','arrest',None,[KNB,'Karim Masimov'],'announces the arrest of its former chief, Karim Masimov')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Interior Ministry says 4,404')
e(P,'2022-01-09','other','Almaty',[],'Flights from Almaty remain suspended')
e(P,'2022-01-10','other','Kazakhstan',[],'National day of mourning.')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'CSTO leaders hold an extraordinary online summit')
e(P,'2022-01-10','casualty_report',None,[AZ],'tells reporters that 7,939')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev tells parliament')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin withdrawing in two days',note='"in two days" from the 11 January entry')
e(P,'2022-01-11','appointment',None,[TOK,SM],'He nominates Alikhan Smailov as prime minister')
e(P,'2022-01-11','statement',None,['Dmitry Peskov'],'The Kremlin spokesman Dmitry Peskov says')

# ---------------- 1688 NPRU "At a glance" research briefing, PDF-to-text (12 January 2022, Wednesday; date only in the page footer)
P='1688'
secs=[ln(P,h) for h in ('\nBackground\n','\nCasualties and detentions\n','\nChronology of key events\n','\nEuropean reactions\n','\nOutlook\n')]
secs=[s+1 for s in secs]
art(P,0,None,ln(P,'In the first two weeks of January 2022'),'Nordic Parliamentary Research Unit','2022-01-12',['Mikkel Sørensen'],None,
    ['AT A GLANCE','Nordic Parliamentary Research Unit','NPRU | Nordic Parliamentary Research Unit','Author: Mikkel Sørensen, Foreign Affairs Desk','PE 2022/004 – 12 January 2022','EN','1','References','7 Ibid.',
     'Disclaimer and copyright. This document is prepared for Members and staff of Nordic parliaments. The content','© Nordic Parliamentary Research Unit, 2022.','2'],
    sections=secs,hl='Kazakhstan: unrest, CSTO intervention and\ndiplomatic fallout')
q(P,'strategic\nfacilities',ZAS,'Stanislav Zas','said',partial=True,malformed=True,note='span across a line break (PDF line wrapping); two-word wording attributed by "said", kept as a partial')
q(P,'about 9,900',MIA,'its spokesperson','put the number at',partial=True,note='the Interior Ministry\'s unnamed spokesperson; footnote marker ".6" follows the closing mark')
q(P,'ready to help','Josep Borrell','Josep Borrell','said',partial=True)
q(P,'restraint on all sides','Nordic foreign ministers','Nordic foreign ministers','called for',partial=True,note='quote starts at the head of a new PDF line')
q(P,'the use of lethal force against demonstrators can never be normal','Ann Linde','Linde','said',partial=True,note='name split across a PDF line break ("Ann\\nLinde"); footnote ".11" after the closing mark')
c(P,'troops_deployed',2030,None,'CSTO personnel deployed',CSTO,'The CSTO deployed 2,030 personnel3',note='footnote marker "3" glued to the word after the number')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained',note='footnote ".5" follows')
c(P,'detained',9900,'about','people detained',MIA,'put the number at "about 9,900"')
c(P,'killed',16,None,'members of the security forces killed',MIA,'According to the Interior Ministry, 16 members of')
c(P,'killed',164,None,'overall death toll (withdrawn figure)',None,'a figure of 164 given',note='the figure was "withdrawn the same day"; source not named in the text (footnote 8 cites Khabar 24)')
e(P,'2022-01-01','other',None,['Kazakh Ministry of Energy'],'was lifted on 1 January')
e(P,'2022-01-05','government_resignation',None,[TOK],'On 5 January President Kassym-Jomart Tokayev dismissed the government')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'late that night, asked the CSTO for help')
e(P,'2022-01-10','casualty_report',None,[MIA],'On 10 January the Interior Ministry said')
e(P,'2022-01-11','casualty_report',None,[MIA],'11 January its spokesperson put the number')
e(P,'2022-01-09','casualty_report',None,[],'on 9 January was withdrawn the same day')
e(P,'2022-01-02','protest','Zhanaozen',[],'2 Jan – Protests begin in Zhanaozen.')
e(P,'2022-01-04','protest','Almaty',[],'4 Jan – Protests spread to Almaty')
e(P,'2022-01-05','government_resignation',None,[],'5 Jan – Government resigns')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'6 Jan – First CSTO troops arrive')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'Masimov detained.')
e(P,'2022-01-07','statement',None,[TOK],'7 Jan – Tokayev orders security forces to fire without warning.')
e(P,'2022-01-10','talks',None,[CSTO],'10 Jan – CSTO video summit')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Russia–US talks in Geneva.')
e(P,'2022-01-11','statement',None,[TOK],'11 Jan – Tokayev announces the CSTO withdrawal.')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'12 Jan – NATO–Russia Council meets in Brussels.')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'13 Jan – CSTO withdrawal begins')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'OSCE Permanent Council in Vienna.')
e(P,'2022-01-07','statement',None,['Josep Borrell'],'On 7 January the EU High Representative, Josep Borrell, said')
e(P,'2022-01-09','statement',None,['Nordic foreign ministers'],'In a statement on 9 January, Nordic foreign ministers')
e(P,'2022-01-12','statement',None,['Ann Linde'],'said on 12 January that')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'The CSTO contingent is due to leave by 19 January.')

# ---------------- 1689 Rond-Point Weekly week-in-review e-mail newsletter (Fri, 14 Jan 2022)
P='1689'
secs=[ln(P,h) for h in ('THE WEEK AT A GLANCE','THE BIG STORY:','QUOTES OF THE WEEK','BY THE NUMBERS','NEXT WEEK')]
art(P,0,None,ln(P,'Good evening from Brussels.'),'Rond-Point Weekly','2022-01-14',['Claire Dumont'],None,
    ['From: Rond-Point Weekly <newsletter@rondpoint-weekly.eu>','To: subscriber@example.org','Date: Fri, 14 Jan 2022 17:30:05 +0100','View this e-mail in your browser','ROND-POINT WEEKLY',"Europe's security week, in one e-mail",'Issue 52 · Friday 14 January 2022','Claire Dumont, editor',
     'You are receiving this because you subscribed at rondpoint-weekly.eu. Forwarded this e-mail? Subscribe here.','Rond-Point Weekly · Rue de la Loi 42 · 1040 Brussels · Unsubscribe · Update your preferences'],
    sections=secs,hl='The week: Geneva, Brussels, Vienna - and Almaty')
q(P,'fulfilled its tasks in full',SER,'Andrei Serdyukov','said',partial=True)
q(P,'Nobody here believes the numbers are final, including the people who publish them.',None,'A diplomat from a Nordic mission in Nur-Sultan','told us:',note='anonymous diplomat')
q(P,"We will not allow anyone to slam NATO's open door.",'Wendy Sherman','Wendy Sherman',None,note='"Quotes of the week" list: attribution after " - ", no speech verb')
q(P,'The situation has stabilised, and the mission has done what it came to do.',TOK,'Kassym-Jomart Tokayev',None,note='attribution after " - "')
q(P,'There are significant differences, and they will not be easy to reconcile.','Jens Stoltenberg','Jens Stoltenberg',None,note='attribution after " - "')
q(P,'The risk of war in the OSCE area is now greater than ever before in the last 30 years.','Zbigniew Rau','Zbigniew Rau',None,note='attribution after " - "; "30 years" is not a claim')
c(P,'troops_deployed',2030,None,'CSTO soldiers deployed to Kazakhstan',CSTO,'The CSTO says it deployed 2,030 soldiers')
c(P,'aircraft',70,'more than','transport flights to take the troops home','Russian Defence Ministry','more than 70 transport flights',note='flights rather than aircraft; borderline aircraft claim')
c(P,'detained',9900,None,'people detained','Kazakh officials','Officials said on Wednesday that 9,900 people had been detained')
c(P,'troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',CSTO,'2,030 - CSTO troops sent to Kazakhstan (CSTO)',note='"By the numbers" line: number first, source in brackets')
c(P,'detained',9900,None,'people detained in Kazakhstan as of 11 January',MIA,'9,900 - people detained in Kazakhstan as of 11 January (Interior Ministry)')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'US and Russian delegations talk for almost eight hours',note='day from the "MON 10" cell')
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan holds a day of mourning')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev tells parliament the CSTO troops will go home')
e(P,'2022-01-11','appointment','Nur-Sultan',[],'New prime minister approved.')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'First NATO-Russia Council since 2019 lasts four hours.')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'THU 13 · Vienna · OSCE Permanent Council.')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'In Almaty, the CSTO withdrawal begins.')
e(P,'2022-01-14','statement','Moscow',['Sergey Lavrov'],'Lavrov says Russia will not wait')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'called in the Collective Security Treaty Organisation on 5 January')
e(P,'2022-01-13','statement',None,['Russian Defence Ministry'],"Russia's defence ministry said on Thursday")
e(P,'2022-01-12','casualty_report',None,['Kazakh officials'],'Officials said on Wednesday',note='the "By the numbers" box dates the figure "as of 11 January"')
e(P,None,'other',None,['Antony Blinken'],'Blinken travels to Kyiv and Berlin.',note='"NEXT WEEK" with no day (real 2022-01-19)')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'The last CSTO units are due out of Kazakhstan by 19 January.')
e(P,'2022-01-24','other','Brussels',['EU foreign ministers'],'EU foreign ministers meet in Brussels on 24 January.')

# ---------------- 1690 The Malabar Financial Daily day-by-day account (Updated: 12 Jan 2022, 07:40 AM IST, Wednesday)
P='1690'
dayl=[ln(P,'Day %d: '%i) for i in range(1,11)]
art(P,0,ln(P,'Kazakhstan crisis: a day-by-day account'),ln(P,'From the gas-price protest in Zhanaozen'),'The Malabar Financial Daily','2022-01-12',['Ananya Krishnan'],None,
    ['The Malabar Financial Daily','Markets | Economy | Companies | Politics | World | Opinion | ePaper','Subscribe   Sign in','World','Ananya Krishnan','Updated: 12 Jan 2022, 07:40 AM IST','3 min read',
     "Also Read | Kazakhstan unrest: what it means for India's uranium imports","Also Read | 'Indians in Almaty safe, embassy helpline active', says MEA",'Also Read | Russia-US talks in Geneva end without breakthrough',
     'Topics','Kazakhstan   CSTO   Russia   Central Asia','Download The Malabar Financial Daily App to get Premium stories','Copyright © 2022 The Malabar Financial Daily. All rights reserved.'],
    sections=dayl)
q(P,'closely monitoring','Indian Ministry of External Affairs',"India's external affairs ministry",'says',partial=True)
q(P,'All Indian nationals in Kazakhstan are safe,','Indian Ministry of External Affairs','an MEA spokesperson','says',note='unnamed spokesperson of the ministry; the single-quoted "Also Read" teaser on line 31 is excluded')
q(P,"faced an attempted coup d'état",TOK,'Tokayev','says',partial=True)
q(P,'The main mission has been successfully completed,',TOK,'Tokayev','tells lawmakers')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'says 26 "armed criminals" have been killed')
c(P,'killed',18,None,'security personnel killed',MIA,'18 security personnel have died')
c(P,'detained',4404,None,'people detained','Kazakh authorities','Authorities say 4,404 people have been detained')
c(P,'detained',5800,None,'people detained, including foreigners','Kazakh authorities','Authorities say 5,800 people have been detained')
c(P,'detained',7939,None,'detainees',MIA,'puts the number of detainees at 7,939')
c(P,'troops_deployed',2000,'about','CSTO forces in Kazakhstan',TOK,'numbering about 2,000')
e(P,'2022-01-02','protest','Zhanaozen',[],'Hundreds gather in the oil town of Zhanaozen',note='date from the "Day 1: Sunday, January 2" heading')
e(P,'2022-01-03','protest','Aktau',[],'The protests spread to Aktau and other cities.')
e(P,'2022-01-04','protest','Almaty',[],'Tens of thousands take to the streets in Almaty.')
e(P,'2022-01-04','other','Mangystau',['Kazakh government'],'The government restores the cap on the gas price in Mangystau.')
e(P,'2022-01-05','government_resignation',None,[TOK],'Tokayev sacks the cabinet')
e(P,'2022-01-05','protest','Almaty',[],'Protesters storm the city hall in Almaty.')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'At night, Tokayev asks the Russia-led')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers arrive.')
e(P,'2022-01-06','statement',None,['Indian Ministry of External Affairs'],"India's external affairs ministry says")
e(P,'2022-01-07','statement',None,[TOK],'Tokayev authorises police to shoot without warning.')
e(P,'2022-01-07','casualty_report',None,[MIA],'The interior ministry says 26')
e(P,'2022-01-08','arrest',None,['Karim Masimov'],'Former security chief Karim Masimov is arrested.')
e(P,'2022-01-08','casualty_report',None,['Kazakh authorities'],'Authorities say 4,404')
e(P,'2022-01-09','casualty_report',None,['Kazakh authorities'],'Authorities say 5,800')
e(P,'2022-01-09','other','Almaty',[],'is back under government control')
e(P,'2022-01-05','protest','Almaty',[],'seized by rioters on Day 4',note='"Day 4" = Wednesday, January 5 by the page\'s own counter')
e(P,'2022-01-10','other','Kazakhstan',[],'A day of mourning.')
e(P,'2022-01-10','talks',None,[CSTO,TOK],'At a CSTO video summit')
e(P,'2022-01-10','casualty_report',None,[MIA],'The interior ministry puts the number')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev says the CSTO forces')
e(P,'2022-01-11','appointment',None,[SM],'Alikhan Smailov is confirmed as prime minister.')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of CSTO troops begins on Thursday.',note='future Thursday from Wednesday 12 Jan')

# ---------------- 1691 The Doha Despatch "what we know" list (Saturday, January 08, 2022, 09:12 PM AST)
P='1691'
items=[ln(P,'%d. ['%i) for i in range(1,8)]+[ln(P,"WHAT WE DON'T KNOW")]
art(P,0,ln(P,"Kazakhstan unrest: what we know, and what we don't"),ln(P,'Each item carries the date'),'The Doha Despatch','2022-01-08',[],None,
    ['THE DOHA DESPATCH','Qatar | Gulf | Middle East | World | Business | Sport','Breaking: Kazakhstan','WHAT WE KNOW','Doha Despatch Newsroom','Published: Saturday, January 08, 2022 | 09:12 PM (AST)',
     'This page will be updated as the situation develops.','MORE ON KAZAKHSTAN','Gulf carriers extend suspension of Almaty flights','Explainer: what is the CSTO?','© 2022 The Doha Despatch. All rights reserved. | About us | Contact | Advertise'],
    sections=items)
q(P,'Order has been restored in all regions,',AZ,'she','told')
q(P,'is in the capital, Nur-Sultan, and is not going anywhere','Aidos Ukibay','Aidos Ukibay','wrote',partial=True)
q(P,'following with great concern','Qatari Ministry of Foreign Affairs','The Ministry of Foreign Affairs','said',partial=True)
q(P,'after the stabilisation',TOK,'Tokayev','has said only that',partial=True)
c(P,'aircraft',70,'more than','aircraft in the airlift','Igor Konashenkov','more than 70 aircraft were involved')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died',note='"two of them found beheaded" is a detail, not a separate claim')
c(P,'detained',4404,None,'people detained',AZ,'4,404 people had been detained')
c(P,'troops_deployed',3000,'more than','Russian paratroopers in Kazakhstan','Telegram channels','at more than 3,000',note='item marked UNCONFIRMED ("Unverified posts"); kept as an attributed claim, a scorer may drop it')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'began flying in troops on Thursday',note='"Thursday" from Saturday 8 Jan; the "[CONFIRMED · Jan 6]" tag is a check date, not the event date')
e(P,None,'statement',None,['Igor Konashenkov'],'Major General Igor Konashenkov, said')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said on Friday')
e(P,'2022-01-08','casualty_report',None,[AZ],'said on Saturday that 4,404')
e(P,'2022-01-08','statement',None,[KNB,'Karim Masimov'],'the committee said today',note='the detention itself is undated')
e(P,'2022-01-05','other',None,['Karim Masimov',KNB],'who headed the National Security Committee until Wednesday',note='dismissal; "until Wednesday" from Saturday 8 Jan')
e(P,None,'statement',None,['Aidos Ukibay'],'wrote on Facebook')
e(P,None,'statement',None,['Qatari Ministry of Foreign Affairs'],'The Ministry of Foreign Affairs said Qatar',note='no day word; the "[CONFIRMED · Jan 7]" tag is a check date (likely 2022-01-07)')

# ---------------- 1692 Lanka Evening Wire WordPress category archive, 3 posts = 3 articles (newest first)
P='1692'
posts=[('World Roundup: Troops start to leave Kazakhstan; OSCE talks in Vienna','2022-01-13',['Dilani Fernando']),
       ('World Roundup: NATO and Russia meet in Brussels','2022-01-12',['Dilani Fernando']),
       ('World Roundup: Geneva talks end; Kazakhstan mourns','2022-01-10',['Nimal Jayawardena'])]
L=T[doc(P)].split('\n')
for i,(h,d,au) in enumerate(posts):
    hl_=L.index(h)+1
    b=[L[hl_],'Read more »']
    if i==0: b=['LANKA EVENING WIRE',"Sri Lanka's news, every evening",'Home | Local | Business | World | Sports | Features | Videos','Category: World Roundup','Posts in this category, newest first.']+b
    if i==2: b+=['« Older posts','Search the archive','© 2022 Lanka Evening Wire. Powered by WordPress.']
    art(P,i,hl_,hl_+2,'Lanka Evening Wire',d,au,None,b,ls=hl_,le=hl_+4)
q(P,'Our troops did not fire a single shot at the people of Kazakhstan,',ZAS,'Stanislav Zas','said',art=0,note='inverted "…," CSTO Secretary General Stanislav Zas said in Moscow')
q(P,'We cannot let this week end in silence,','Zbigniew Rau','Rau','said',art=0)
q(P,'a real risk for new armed conflict in Europe','Jens Stoltenberg','Jens Stoltenberg','said',art=1,partial=True)
q(P,'difficult, long, very professional','Sergey Ryabkov','Sergei Ryabkov','said',art=2,partial=True)
c(P,'detained',9900,None,'people detained over the unrest','Kazakh officials','9,900 people had been detained over the unrest',art=1)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out on Thursday',art=0)
e(P,None,'statement','Moscow',[ZAS],'Stanislav Zas said in Moscow',art=0,note='no day word')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'opened the OSCE Permanent Council',art=0,note='no day word; the post is about that day (real 2022-01-13); dated from the post stamp and "this week"')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'met in Brussels on Wednesday',art=1)
e(P,'2022-01-11','casualty_report',None,['Kazakh officials'],'officials said on Tuesday',art=1)
e(P,None,'statement',None,['Berik Uali'],'Berik Uali, said many of those held',art=1)
e(P,'2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'held nearly eight hours of talks in Geneva today',art=2)
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan observed a day of mourning',art=2,note='no day word; the post of 10 Jan')
e(P,'2022-01-09','statement',None,['Sri Lankan Foreign Ministry'],"Sri Lanka's Foreign Ministry said on Sunday",art=2)

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','He'],["Tokayev's"],note='real; words invented or paraphrased'),
 sp(AZ,'person',['Saltanat Azirbek'],['Police spokeswoman','Interior Ministry spokeswoman'],'Kazakhstan',['she'],note='real Interior Ministry spokesperson; words invented'),
 sp('Berik Uali','person',['Berik Uali'],['Presidential spokesman'],'Kazakhstan',[],["Tokayev's spokesman"],note='real presidential press secretary; words invented'),
 sp(SER,'person',['Andrei Serdyukov'],['Colonel General','commander of the CSTO contingent'],'Russia',[],note='real; words invented'),
 sp('Mark Rutte','person',['Rutte'],[],'Netherlands',note='real; related-link headline only'),
 sp(KPPO,'organisation',['president’s office',"president's office"],[],'Kazakhstan',['The president’s office']),
 sp(ZAS,'person',['Stanislav Zas','Zas'],['CSTO Secretary General','secretary general'],'Belarus',note='real; words invented'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],[],'Kazakhstan',[],["Nazarbayev’s spokesman","His spokesman"],note='real spokesman of Nazarbayev; words paraphrased'),
 sp('Asim Iftikhar Ahmad','person',['Asim Iftikhar Ahmad'],['Foreign Office spokesperson'],'Pakistan',note='real spokesperson; words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',note='real; words paraphrased'),
 sp('Saudi Ministry of Foreign Affairs','organisation',['Saudi Ministry of Foreign Affairs'],[],'Saudi Arabia',note='real body; wording invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',note='real; words paraphrased'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['The Kremlin spokesman'],'Russia',note='real; words invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',['its spokesperson'],note='quoted once through its unnamed spokesperson (1688); source of figures in all docs but 1692'),
 sp('Josep Borrell','person',['Josep Borrell'],['EU High Representative'],None,note='real; words paraphrased'),
 sp('Nordic foreign ministers','organisation',['Nordic foreign ministers'],[],None,note='a group statement; wording invented'),
 sp('Ann Linde','person',['Linde'],['The Swedish foreign minister'],'Sweden',[],['Ann\nLinde'],note='real; words invented; the full name is split across a PDF line break'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',note='real; words paraphrased'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General','Secretary General'],None,note='real; words paraphrased'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['OSCE Chairman-in-Office',"Poland's foreign minister"],'Poland',note='real; words paraphrased'),
 sp('Indian Ministry of External Affairs','organisation',['MEA'],[],'India',["India's external affairs ministry",'an MEA spokesperson']),
 sp('Qatari Ministry of Foreign Affairs','organisation',['Ministry of Foreign Affairs'],[],'Qatar',['The Ministry of Foreign Affairs'],note='"Ministry of Foreign Affairs" also occurs in 1687 as part of the Saudi ministry\'s name'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],["Russia's deputy foreign minister"],'Russia',note='real; words paraphrased; spelt Sergei here'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance','the bloc'],quoted=False,note='source of troop figures; not quoted'),
 sp(KHM,'organisation',['health ministry'],[],'Kazakhstan',quoted=False,note='source of the withdrawn 164 figure (1685, 1686); not quoted'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Major General',"Russia's defence ministry spokesman"],'Russia',quoted=False,note='source of the aircraft claim (1691); not quoted'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former head of the National Security Committee','Former security chief'],'Kazakhstan',quoted=False,note='mentioned in 6 files; not quoted'),
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
