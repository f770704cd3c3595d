#!/usr/bin/env python3
"""Source of the devset96 annotation: the hand-chosen spans, values and dates for 861-868.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset96/annotation_source.py && python3 tests/devset96/verify.py
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
PGO="Kazakh Prosecutor General's Office"; GKBA='German-Kazakh business association'

# ---------------- 861 Brookings "Order from Chaos" post (Wednesday, January 12, 2022)
art('861',0,5,13,'Brookings','2022-01-12',['Margaret Ellison Holt'],None,
    ['Skip to main content','Brookings',"Editor's Note: This piece is part of a series on Russia's western and southern flanks ahead of this week's security talks.",'Topics   Regions   Research & Commentary   Experts   Events   About Us','ORDER FROM CHAOS',
     'Wednesday, January 12, 2022','Share   Tweet   Email   Print','Related Content',
     'The Brookings Institution is a nonprofit organization based in Washington, D.C.'])
q('861','an attempted seizure of power',TOK,'the Kazakh president','said',partial=True,note='title-only mention ("the Kazakh president"); "Tokayev himself" opens the paragraph')
q('861','a single centre',TOK,'the Kazakh president','said',partial=True,note='second partial in the same sentence')
q('861','The main work of the peacekeepers is done,',TOK,'he','added')
q('861','We came at the request of a partner, and we will go home when the task is done,',None,'a senior Russian diplomat','told',note='anonymous diplomat; "told me" (the author)')
q('861','once Russian soldiers move into a house, getting them out again can be very hard.','Antony Blinken','Secretary of State Antony Blinken','warned',partial=True,note='"warned that “…”", full stop inside the mark; an interposed "asked on Friday about the deployment"')
q('861','did not come up in any significant way.','Wendy Sherman','Deputy Secretary Wendy Sherman','said',partial=True,note='nearest-name trap: Sergey Ryabkov is named between the speaker and the cue')
q('861','This was an invitation, not an invasion,','Elena Vardanyan','Elena Vardanyan','said',note='inverted cue "said Elena Vardanyan"; invented analyst')
q('861','That difference will matter enormously to the region, even if it matters less in Washington,','Elena Vardanyan','she','said')
c('861','troops_deployed',2030,'about','CSTO troops in Kazakhstan by Monday',CSTO,'about 2,030 troops',note='"according to the CSTO secretariat"')
c('861','other',250,'about','pieces of CSTO equipment in Kazakhstan',CSTO,'250 pieces of equipment',note='shares "about" and the source with the 2,030 troops; borderline in scope')
c('861','killed',164,None,'people killed','Kazakh authorities','164 people were killed')
c('861','detained',9900,None,'people detained','Kazakh authorities','9,900 people have been detained')
e('861',None,'troop_deployment','Almaty',['Russia'],'Russian transport planes were landing in Almaty',note='"last week" — not a day (real: from 6 Jan)')
e('861','2022-01-11','statement',None,[TOK],'Speaking to parliament on Tuesday',note='Tuesday before Wednesday 12 Jan')
e('861','2022-01-13','withdrawal','Kazakhstan',[TOK],'the withdrawal would begin in two days',note='"in two days" counted from the Tuesday speech (11 Jan), not from publication')
e('861','2022-01-10','statement',None,[],'told me on Monday',note='anonymous Russian diplomat')
e('861','2022-01-07','statement',None,['Antony Blinken'],'asked on Friday about the deployment')
e('861','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'sat across from Sergey Ryabkov in Geneva on Monday')

# ---------------- 862 IISS Military Balance blog (14th January 2022, Fri)
art('862',0,7,9,'IISS','2022-01-14',['Thomas Ravensworth'],None,
    ['IISS','The International Institute for Strategic Studies','Research   Publications   Events   Online Analysis   Military Balance+',
     'Online Analysis','Military Balance Blog','14th January 2022','By Thomas Ravensworth, Research Fellow for Russian and Eurasian Military Capability',
     'Share this analysis:   Twitter   LinkedIn   Facebook   Email','Back to Military Balance Blog','© The International Institute For Strategic Studies 2022'])
q('862','the mission has been accomplished in full','Andrei Serdyukov','he','declared',partial=True,note='"he declared that “…” and that his troops had “…”"; he = Serdyukov')
q('862','shown professionalism and discipline','Andrei Serdyukov','he','declared',partial=True)
q('862','The task was limited from the start,','Stanislav Zas','Zas','told',note='split quote: “…,” Zas told reporters, “…”')
q('862','and we never intended to stay a day longer than necessary.','Stanislav Zas','Zas','told',note='second half of the split quote')
q('862','It was a dress rehearsal, whether or not anyone in Moscow planned it that way,',None,'one European defence attaché','said',note='anonymous attaché; inverted "said one European defence attaché"')
c('862','other',70,'more than','sorties flown into Kazakhstan by Russian transport aviation',RDM,'more than 70 sorties',note='sorties, not aircraft: type other')
c('862','troops_deployed',2030,'about','CSTO personnel at the peak',CSTO,'about 2,030 personnel')
c('862','troops_deployed',100,'about','Belarusian personnel',None,'Belarus sent around 100 personnel',note='"around" → about')
c('862','troops_deployed',70,'about','Armenian personnel',None,'Armenia about 70')
c('862','troops_deployed',200,'about','Tajik personnel',None,'Tajikistan some 200',note='"some" → about')
c('862','troops_deployed',150,None,'Kyrgyz contingent approved by parliament',None,'a contingent of 150')
c('862','killed',225,None,'bodies delivered to morgues since the unrest started','Kazakh officials','225 bodies')
c('862','killed',19,None,'members of the security forces killed','Kazakh officials','19 members of the security forces',note='subset of the 225')
e('862','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Between 6 and 9 January',note='range → first day')
e('862','2022-01-06','other',None,['Kyrgyz parliament'],"Kyrgyzstan's parliament approved a contingent",note='approval of a contingent')
e('862','2022-01-13','statement','Almaty',['Andrei Serdyukov'],'At a ceremony in Almaty on Thursday',note='Thursday before Friday 14 Jan')
e('862',None,'statement',None,['Stanislav Zas'],'Zas told reporters',note='undated')
e('862','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal began on Thursday')
e('862','2022-01-19','withdrawal','Kazakhstan',[RDM],'expects the last aircraft to leave by 19 January',note='expected completion (future)')
e('862',None,'casualty_report',None,[],'say 225 bodies have been delivered',note='undated')

# ---------------- 863 SWP Comment, PDF text (NO.4 JANUARY 2022; no day)
art('863',0,7,10,'Stiftung Wissenschaft und Politik',None,['Jakob Brenninkmeyer','Anna-Lena Voss'],None,
    ['Stiftung Wissenschaft und Politik','German Institute for International and Security Affairs','SWP Comment','NO.4 JANUARY 2022',
     'SWP Comment 4','January 2022','2','© Stiftung Wissenschaft und Politik, 2022','All rights reserved','doi: 10.18449/2022C04','ISSN (Print) 1861-1761'],
    sections=(ln('863','Economic stakes'),ln('863','Recommendations')))
q('863','terrorist gangs trained abroad',TOK,'President Kassym-Jomart Tokayev','describing',partial=True,note='cue is a participle clause "describing the protesters as “…”"')
q('863','must be respected, including the right to peaceful protest','Josep Borrell','Josep Borrell','said',partial=True)
q('863','A shoot-without-warning order is not compatible with our understanding of the rule of law,','Annalena Baerbock','she','said',note='"she said, according to her ministry"; named in the sentence before')
q('863','almost none',GKBA,'the German-Kazakh business association','According to',partial=True,note='two-word partial with "According to"')
q('863','Nobody is asking who gave the order, because everybody knows.',None,'one Kazakh human rights lawyer','told',note='anonymous lawyer; cue before the quote ("told the authors on 10 January,")')
c('863','killed',225,None,'deaths',PGO,'225 deaths')
c('863','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('863','troops_deployed',2000,'about','CSTO troops whose withdrawal started on 13 January',None,'roughly 2,000 troops',note='"roughly" → about')
e('863','2022-01-02','protest','Zhanaozen',[],'The unrest began on 2 January in Zhanaozen')
e('863','2022-01-05','protest','Almaty',[],'By 5 January protests had reached Almaty')
e('863','2022-01-05','other',None,[TOK,CSTO],'That evening President Kassym-Jomart Tokayev asked',note='CSTO request; "That evening" = 5 January from the previous sentence')
e('863',None,'casualty_report',None,[PGO],"The Prosecutor General's Office later reported 225 deaths",note='"later", undated')
e('863','2022-01-07','statement',None,['Josep Borrell'],"On 7 January the EU's High Representative")
e('863','2022-01-09','statement',None,['Annalena Baerbock'],'went further two days later',note='two days after 7 January (explicit anchor, so resolvable without a publication date)')
e('863','2022-01-10','other',None,[],'told the authors on 10 January',note='interview with an anonymous lawyer')
e('863','2022-01-13','withdrawal','Kazakhstan',[CSTO],'started on 13 January')

# ---------------- 864 Responsible Statecraft analysis (JANUARY 11, 2022, Tue)
art('864',0,6,7,'Responsible Statecraft','2022-01-11',['Daniel K. Mercer'],None,
    ['RESPONSIBLE STATECRAFT','A publication of the Quincy Institute for Responsible Statecraft','Home | Military | Diplomacy | Washington Politics | Analysis | Latest',
     'ANALYSIS | EUROPE','Written by Daniel K. Mercer','JANUARY 11, 2022','Photo: The US mission in Geneva on Monday. (Credit: Shutterstock/Fabrice Dupont)',
     'Tags: Geneva, Kazakhstan, NATO, Russia, Ukraine','Share on Facebook   Share on Twitter   Email','Sign up for our newsletter'],
    sections=(ln('864','The Kazakhstan factor'),))
q('864','hard, lengthy, but businesslike','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','told',partial=True)
q('864','no intention of attacking Ukraine','Sergey Ryabkov','He','insisted',partial=True)
q('864','For us it is essential that Ukraine never, ever joins NATO,','Sergey Ryabkov','Ryabkov','said')
q('864',"Nobody gets to shut NATO's door on behalf of its members,",'Wendy Sherman','she','told',note='named in the sentence before')
q('864','a candid and serious exchange','Wendy Sherman','she','adding',partial=True,note='"adding that the talks were “…”"')
q('864','Moscow went into Kazakhstan because it was asked and because it wants to leave quickly,','Anatol Pryce','Anatol Pryce','said',note='inverted cue "said Anatol Pryce"; invented fellow')
q('864','Ukraine is the opposite case on both counts.','Anatol Pryce','Anatol Pryce','said',note='continuation sentence in the same paragraph')
c('864','troops_deployed',100000,'about','Russian troops near the Ukrainian border',None,'roughly 100,000 troops',note='"roughly" → about')
c('864','troops_deployed',2500,'about','CSTO troops in Kazakhstan',None,'about 2,500 CSTO troops')
e('864','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'After seven and a half hours at the US mission',note='Monday from the previous sentence')
e('864','2022-01-10','statement',None,['Wendy Sherman'],'told a telephone briefing later in the evening',note='evening of the Monday talks')
e('864',None,'troop_deployment','Kazakhstan',[CSTO],'mostly Russian, arrived last week',note='"last week" — not a day')
e('864','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets in Brussels on Wednesday',note='future')
e('864','2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council in Vienna on Thursday',note='future')

# ---------------- 865 PONARS Eurasia Policy Memo (January 2022; no day)
art('865',0,10,15,'PONARS Eurasia',None,['Saule Zhakenova'],None,
    ['PONARS Eurasia','New Approaches to Research and Security in Eurasia','Elliott School of International Affairs, The George Washington University',
     'Policy Memos   Articles   Events   Scholars   Podcast','PONARS Eurasia Policy Memo No. 741','January 2022','KIMEP University (Almaty)',
     '© PONARS Eurasia 2022. The views expressed are those of the author.','Download PDF'],
    sections=(ln('865','From protest to purge'),ln('865','Counting the cost'),ln('865','Policy implications')))
q('865','a class of very rich people has emerged, rich even by global standards',TOK,'Tokayev','saying',partial=True,note='"criticised …, saying that “…” and that it was “…”"')
q('865','time for them to give something back to the people of Kazakhstan',TOK,'Tokayev','saying',partial=True)
q('865','remains in the capital','Aidos Ukibay','Aidos Ukibay','insisted',partial=True,note='"His spokesman, Aidos Ukibay, had earlier insisted"')
q('865','The troops were a signal to the elites more than to the street,',None,'a former KNB officer','told',note='anonymous; inverted "a former KNB officer told the author"')
q('865','Tokayev was telling everyone that Moscow was on his side.',None,'a former KNB officer','told',note='name inside the quote is not the speaker')
c('865','killed',225,None,'death toll',PGO,'put the death toll at 225')
c('865','killed',19,None,'law-enforcement officers killed',PGO,'19 law-enforcement officers')
c('865','detained',12000,None,'people detained at some point',MIA,'12,000 people were detained')
c('865','troops_deployed',2030,None,'CSTO servicemen at the peak',None,'2,030 servicemen')
e('865','2022-01-02','protest','Mangystau',[],'began in Mangystau on January 2')
e('865','2022-01-05','government_resignation',None,[TOK],"Tokayev accepted the government's resignation")
e('865','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'removed Nursultan Nazarbayev as chair of the Security Council',note='removal from the Security Council chair (gold-style "appointment")')
e('865','2022-01-06','arrest',None,['Karim Masimov'],'Karim Masimov, the head of the National Security Committee',note='"The next day" after 5 January')
e('865','2022-01-11','statement',None,[TOK],'In his address to the Mazhilis on January 11')
e('865','2022-01-18','statement',None,['Nursultan Nazarbayev'],'stayed silent until January 18',note='his first statement came on 18 January')
e('865',None,'statement',None,['Aidos Ukibay'],'had earlier insisted',note='undated')
e('865','2022-01-15','casualty_report',None,[PGO],'on January 15')
e('865','2022-01-19','withdrawal','Kazakhstan',[CSTO],'completed its withdrawal on January 19')

# ---------------- 866 The National Interest "The Buzz" (January 9, 2022, Sun)
art('866',0,6,8,'The National Interest','2022-01-09',['Gregory T. Walcott'],None,
    ['The National Interest','Subscribe | Log In','Topics: Security   Economics   Technology   Politics   Region   Blog Brands','The Buzz',
     'by Gregory T. Walcott','January 9, 2022','Topic: Security   Region: Eurasia   Tags: Kazakhstan, CSTO, Russia, NATO','Image: Reuters.','Most Popular'])
q('866','open fire without warning',TOK,'he','said',partial=True,note='he = Tokayev, named in the sentence before')
q('866','anyone who refuses to lay down arms will be destroyed',TOK,'he','said',partial=True)
q('866','We are asking questions about how this request came about.','Ned Price','State Department spokesman Ned Price','said',note='cue before the quote: "Ned Price said, “…”"')
q('866','You cannot call this an invasion,','Paul Strand','Paul Strand','argued',note='inverted "argued Paul Strand"; invented ex-NATO officer')
q('866','but you would be foolish to ignore how smoothly it went.','Paul Strand','Paul Strand','argued',note='second half after the interposed cue')
c('866','troops_deployed',2500,'about','CSTO troops deployed',CSTO,'about 2,500 troops')
c('866','troops_deployed',100000,'almost','Russian soldiers massed near Ukraine',None,'nearly 100,000 soldiers',note='"nearly" → almost')
c('866','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('866','aircraft',70,'more than','aircraft used by the Russian Aerospace Forces','Paul Strand','more than 70 aircraft',note='"he noted" → Strand')
e('866','2022-01-08','other','Almaty',[RDM],'On Saturday the Russian Defence Ministry released video',note='video release')
e('866','2022-01-05','protest','Almaty',[],'taken by rioters on Wednesday',note='airport seized; Wednesday before Sunday 9 Jan')
e('866','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('866','2022-01-08','casualty_report',None,[MIA],'The Interior Ministry reported on Saturday')
e('866',None,'statement',None,['Ned Price'],'State Department spokesman Ned Price said',note='undated')
e('866','2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council on Wednesday',note='future')
e('866',None,'troop_deployment','Kazakhstan',['Russia'],'have been in Kazakhstan for three days',note='duration; arrival would be 6 Jan but no day is named')

# ---------------- 867 Stimson Center commentary (Date: January 13, 2022, Thu)
art('867',0,7,13,'Stimson Center','2022-01-13',['Rachel Okonkwo-Lindqvist'],None,
    ['STIMSON','Promoting security, prosperity & peace','Programs   Research   Experts   Events   About   Donate','COMMENTARY',
     'By Rachel Okonkwo-Lindqvist  •  Date: January 13, 2022','Reducing Conflict   Europe & Eurasia','Recommended',
     'Stimson Center  |  1211 Connecticut Ave NW, 8th Floor  |  Washington, DC 20036','© Copyright 2022 The Stimson Center'],
    sections=(ln('867','Kazakhstan in the background'),))
q('867','The danger of war in our region is higher now than at any point in three decades,','Zbigniew Rau','he','told')
q('867','fresh conversation on European security','Zbigniew Rau','The chairman-in-office','proposed',partial=True,note='title-only mention; cue "proposed"')
q('867','not the place for serious decisions','Alexander Lukashevich','He','called',partial=True,note='"He called the format “…”"')
q('867','We are hearing the sound of war coming closer.','Michael Carpenter','Michael Carpenter','told',note='"His American counterpart, Michael Carpenter, told journalists afterwards:" — colon before the quote')
q('867','a genuine danger of a new war in Europe','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',partial=True)
q('867','monitoring the situation closely','Anders Kvist','Anders Kvist','said',partial=True,note='invented head of the OSCE office')
q('867','Those are small tools, but small tools are what we have,',None,'a European diplomat in Vienna','told',note='anonymous')
c('867','killed',164,None,'people killed','Kazakh authorities','164 people died')
e('867','2022-01-13','talks','Vienna',['OSCE'],'On Thursday the 57 participating States',note='publication day ("today")')
e('867','2022-01-12','talks',None,['NATO','Russia'],'the NATO-Russia Council on Wednesday')
e('867','2022-01-03','protest','Kazakhstan',[],'which erupted ten days ago',note='"ten days ago" from 13 Jan (real start: 2 Jan)')
e('867',None,'statement',None,['Anders Kvist'],'said last week',note='"last week" — not a day')
e('867','2022-01-13','statement','Vienna',[],'told Stimson on Thursday',note='anonymous diplomat')

# ---------------- 868 Riddle analysis (10 January 2022, Mon)
art('868',0,8,10,'Riddle','2022-01-10',['Nikita Orlovsky'],None,
    ['RIDDLE','Russia and Eurasia: analysis you can trust','Politics   Economy   Society   Regions   Authors   About   RU','10 January 2022','Nikita Orlovsky',
     'Riddle is an independent media outlet. Support us.','Share:   Facebook   Twitter   Telegram   VK'])
q('868','a forcible attempt to shake the state, carried out by armed groups that had been trained and organised in advance','Maria Zakharova','Foreign Ministry spokeswoman Maria Zakharova','wrote',partial=True)
q('868','limited in time','Dmitry Peskov','Dmitry Peskov','telling',partial=True)
q('868','interfere in internal affairs','Dmitry Peskov','Dmitry Peskov','telling',partial=True)
q('868','Kazakhstan should thank us every morning for the rest of its existence,',None,'one well-known host','said',note='anonymous TV host; inverted "said one well-known host"')
q('868','We have shown that we will not let this happen,','Vladimir Putin','Putin','told')
c('868','killed',164,None,'people killed','Kazakh officials','164 people had been killed')
c('868','killed',3,None,'children killed','Kazakh officials','including three children',note='subset of the 164, written out')
c('868','detained',7939,None,'people detained since the unrest began','Kazakh officials','7,939 people had been detained')
e('868','2022-01-05','other',None,[TOK],'a day after Kassym-Jomart Tokayev asked for help',note='CSTO request; "On Thursday, a day after" → Wed 5 Jan')
e('868',None,'statement',None,['Maria Zakharova'],'wrote on Telegram',note='undated')
e('868','2022-01-07','statement',None,['Dmitry Peskov'],'telling reporters on Friday')
e('868','2022-01-09','other',None,[],'published on Sunday',note='poll publication')
e('868','2022-01-10','casualty_report','Almaty',[],'Kazakh officials said on Monday')
e('868','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'by video link on Monday as well',note='CSTO summit by video')
e('868','2022-01-09','statement',None,['Andrei Serdyukov'],'said on Sunday that his units')
# ---------------- speakers: quoted speakers, plus organisations that are figure sources
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[

 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh president'],'Kazakhstan',['the Kazakh president','he','He'],["Kassym-Jomart Tokayev's"]),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary','Deputy Secretary of State'],'United States',['she']),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['He']),
 sp('Elena Vardanyan','person',['Elena Vardanyan'],['a fellow at the Yerevan Policy Lab'],'Armenia',['she'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel-General','commander of the Russian Airborne Forces'],'Russia',['he']),
 sp('Stanislav Zas','person',['Stanislav Zas','Zas'],["The CSTO's Secretary-General"],'Belarus',[],note='words invented'),
 sp('Josep Borrell','person',['Josep Borrell'],["the EU's High Representative"],None),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['German Foreign Minister'],'Germany',['she']),
 sp(GKBA,'organisation',['German-Kazakh business association'],[],'Germany',[],note='invented organisation name (generic)'),
 sp('Anatol Pryce','person',['Anatol Pryce'],['a senior fellow at the Quincy Institute'],'United States',[],note='invented'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['His spokesman'],'Kazakhstan',[],note='spokesman of Nazarbayev; words invented'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States',[],note='words invented'),
 sp('Paul Strand','person',['Paul Strand'],['a former NATO planning officer'],None,['he'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',['he','The chairman-in-office']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's ambassador"],'Russia',['He']),
 sp('Michael Carpenter','person',['Michael Carpenter'],['His American counterpart'],'United States'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],'Norway'),
 sp('Anders Kvist','person',['Anders Kvist'],['the head of the OSCE Programme Office in Nur-Sultan'],None,[],note='invented'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Foreign Ministry spokeswoman'],'Russia'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['the Kremlin spokesman'],'Russia'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of figures in 861/862/866; not quoted'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 863/865; not quoted'),
 sp(RDM,'organisation',['Russian Ministry of Defence','Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='source of the sorties figure; not quoted'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],[],'Kazakhstan',[],[],quoted=False,note='mentioned in 865 only'),
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
