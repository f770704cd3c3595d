#!/usr/bin/env python3
"""Source of the devset162 annotation: the hand-chosen spans, values and dates for 1389-1396.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset162/annotation_source.py && python3 tests/devset162/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; KAP='Kazatomprom'
MISD='Ministry of Information and Social Development'; PUT='Vladimir Putin'; NAZ='Nursultan Nazarbayev'

# ---------------- 1389 Fission Markets "5 things" listicle for uranium investors (Jan 7, 2022, Friday)
P='1389'
art(P,0,ln(P,'5 things uranium investors need to know'),ln(P,"The world's largest producer is in turmoil."),'Fission Markets','2022-01-07',['Gemma Thorne'],None,
    ['FISSION MARKETS','Uranium | Nuclear Fuel | Miners | ETFs | Newsletter | Log in',
     'U3O8 spot $45.25/lb ▲ 8.1%   KAP (LSE) $31.10 ▼ 4.6%   CCJ $24.88 ▲ 6.2%   URNM $88.40 ▲ 5.9%',
     'Markets > Supply','By Gemma Thorne | Jan 7, 2022 | 6 min read','KEY TAKEAWAYS',
     'Related: Cameco shares jump as Kazakh unrest rattles uranium market','Related: What is yellowcake? A beginner\'s guide',
     'Disclaimer: Fission Markets content is for information only and is not investment advice. The author holds no positions in the securities mentioned.',
     '© 2022 Fission Markets Media LLC | Terms | Privacy | Contact'],
    sections=[ln(P,'#1 Production'),ln(P,'#2 The problem'),ln(P,'#3 The government'),ln(P,'#4 Russian troops'),ln(P,'#5 The spot')])
q(P,"Kazatomprom's production activities are continuing without interruption, and the company has no plans to change its 2022 guidance,",KAP,'the company','said in a statement',note='company as speaker; "2022 guidance" is not a claim')
q(P,'closely monitoring',KAP,'It','added',partial=True,note='two-word partial; the writer then dismisses it as boilerplate wording, but it is still the company\'s words')
q(P,'The mines can keep pumping, but if trains and customs stop, the yellowcake just sits in a warehouse,','Rory Kimani','Rory Kimani','wrote in a note to clients',note='inverted "…," NAME, a … analyst at …, wrote')
q(P,'the one variable nobody can hedge right now.','Rory Kimani','He','called',partial=True,note='full stop inside the closing mark')
q(P,'as quickly as possible',TOK,'Tokayev','promised',partial=True)
q(P,'strategic facilities',CSTO,'The alliance','said',partial=True,note='two-word partial in a relative clause after "said it would send"; the one-word "terrorist" in #3 is excluded')
q(P,'A thin market plus a scary headline equals a spike. It does not equal a supply shortage,','Rory Kimani','Kimani','said')
c(P,'troops_deployed',2500,'about','CSTO troops to be sent to Kazakhstan',CSTO,'The alliance said it would send about 2,500 troops')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
e(P,'2022-01-06','statement',None,[KAP],'The national producer said on Thursday')
e(P,'2022-01-05','other',None,[TOK],'accepted the resignation of the cabinet on Wednesday')
e(P,'2022-01-05','other',None,[TOK,NAZ],'took over the chairmanship of the Security Council from Nursultan Nazarbayev the same day')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'On Thursday the first units of a Russian-led force')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said more than 3,000',note='"by Friday morning" = publication day')

# ---------------- 1390 PrepWise IAS current-affairs Q&A (10 January 2022, Monday)
P='1390'
art(P,0,ln(P,'Kazakhstan crisis and the CSTO: explained in Q&A'),ln(P,'Russian-led troops of the Collective Security'),'PrepWise IAS','2022-01-10',[],None,
    ['PrepWise IAS','Daily Current Affairs | Monthly Magazine | Test Series | Mains Answer Writing | Login / Register',
     'Home » Current Affairs » 10 January 2022','GS Paper 2: International Relations | Prelims: Places in news, International organisations',
     'Posted by PrepWise Editorial Team | 10 January 2022','Why in news?','Mains practice question','Prelims MCQ',
     '(a) Armenia (b) Tajikistan (c) Uzbekistan (d) Kyrgyzstan','Source: PIB, MEA briefing, news reports',
     'Share: WhatsApp | Telegram | Facebook','Join our Telegram channel for daily PDFs',
     'Previous: 8 January 2022 – Daily Current Affairs | Next: 11 January 2022 – Daily Current Affairs','© PrepWise IAS 2022. All rights reserved.'],
    sections=[ln(P,'Q. What triggered'),ln(P,'Q. How did the government'),ln(P,'Q. What is the CSTO?'),ln(P,'Q. Why is this deployment'),ln(P,'Q. What does it mean for India?'),ln(P,'Q. What else is happening')])
q(P,'open fire without warning',TOK,'he','said',partial=True,note='"he said he had authorised the security forces to"; the label "bandits and terrorists" after "calling the rioters" is excluded')
q(P,'will not allow the situation to be destabilised from outside',PUT,'Russian President Vladimir Putin','is expected to tell',partial=True,note='words expected at a summit later the same day, also "a line Kremlin aides have used all week"; kept as Putin\'s')
q(P,'Our embassy in Nur-Sultan is in constant touch with Indian nationals, including students in Almaty,','Arindam Bagchi','Arindam Bagchi','said')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'The CSTO says 2,030 troops')
c(P,'other',250,None,'units of CSTO military hardware in Kazakhstan',CSTO,'250 units of military hardware')
e(P,'2022-01-02','protest','Zhanaozen',[],'On 2 January, residents of the oil town of Zhanaozen')
e(P,'2022-01-05','protest','Almaty',[],'By 5 January crowds in Almaty had set fire')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Tokayev asked for help on the night of 5 January')
e(P,None,'statement',None,['Nikol Pashinyan',CSTO],'announced the decision within hours',note='"within hours" of the night of 5 January (real: early 6 January); not resolved')
e(P,'2022-01-10','talks',None,[CSTO],'the CSTO leaders are holding an extraordinary video summit today')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergei Ryabkov'],'meet today for security talks')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday',note='future Wednesday from Monday 10 Jan')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on Thursday')
e(P,None,'statement',None,['Arindam Bagchi'],'said at the weekly briefing',note='briefing date not given')

# ---------------- 1391 VerifyLine fact-check with rating (12 January 2022, Wednesday)
P='1391'
art(P,0,ln(P,"Did Kazakhstan's government confirm"),ln(P,'CLAIM: "Kazakhstan'),'VerifyLine','2022-01-12',['Hana Novak'],None,
    ['VerifyLine','Independent fact-checking since 2016 | Fact checks | Explainers | Methodology | Corrections policy | Support us','FACT CHECK',
     'By Hana Novak | Published 12 January 2022, 14:05 CET | Updated 12 January 2022, 17:30 CET',
     'RATING SCALE: True | Mostly true | Missing context | Misleading | False | Fabricated','Sources','1. Khabar 24 post, 9 January 2022 (archived)',
     'Spotted something we should check? Send it to tips@verifyline.org','VerifyLine is a signatory of the IFCN Code of Principles.',
     '© 2022 VerifyLine. Content licensed under CC BY-ND 4.0'])
q(P,"Kazakhstan's government has admitted 164 people were killed in the protests.",None,'Viral posts on Facebook, Twitter and Telegram',None,note='the checked claim in the CLAIM box; speaker = anonymous social-media posts (CLAIMED BY line); its 164 is not a claim record')
q(P,"Kazakhstan's government has admitted 164 people were killed in the protests.",None,'a screenshot','with the caption',n=2,note='same wording repeated in the body as the screenshot caption')
q(P,'The real number is ten times higher. Share before they delete it.',None,'One widely shared version on Telegram','adds',malformed=True,note='closing mark missing: the paragraph ends after "delete it."')
q(P,'by mistake',MISD,'the Ministry of Information and Social Development','said',partial=True)
q(P,"official casualty figures will be announced by the Prosecutor General's Office once identification is complete",None,'A ministry spokeswoman','told',partial=True,note='unnamed spokeswoman of the information ministry; "told VerifyLine by phone that"')
q(P,'ten times higher',None,'The claim',None,n=2,partial=True,note='the writer re-quotes the Telegram post; no speech verb. The scare-quoted "armed criminals" and the rating label "missing context" are excluded')
q(P,"We simply don't know the number yet, and anyone who gives you one with certainty is guessing,",'Dina Sarsenova','Dina Sarsenova','said',note='inverted "…," said NAME, a researcher at …')
c(P,'killed',164,None,'people killed across the country (withdrawn)',"Kazakh Ministry of Health",'The post said 164 people had been killed across the country',note='Khabar 24 citing the Health Ministry; withdrawn on 10 Jan as published "by mistake". The 164 in the headline and inside the viral quotes is not a claim record')
c(P,'killed',103,None,'people killed in Almaty (withdrawn)',"Kazakh Ministry of Health",'103 of them in Almaty',note='part of the withdrawn post')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died')
c(P,'detained',9900,None,'people detained',MIA,'On Tuesday it said 9,900 people had been detained')
e(P,'2022-01-09','casualty_report',None,['Khabar 24',"Kazakh Ministry of Health"],'a post by the state news channel Khabar 24 on the morning of Sunday 9 January')
e(P,'2022-01-10','statement',None,[MISD],'On Monday the Ministry of Information and Social Development said')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said on 7 January')
e(P,'2022-01-11','casualty_report',None,[MIA],'On Tuesday it said 9,900 people',note='same sentence as the 9,900 claim')

# ---------------- 1392 Harbour Times photo gallery "In pictures" (Sat, Jan 8, 2022)
P='1392'
art(P,0,ln(P,'In pictures: a week of fire and fear in Kazakhstan'),ln(P,'Protests over fuel prices turned into'),'The Harbour Times','2022-01-08',['Tama Rewiti'],None,
    ['The Harbour Times','Auckland | NZ | World | Business | Sport | Photos | Opinion','World > Asia > Galleries','Compiled by Tama Rewiti, Photo Editor',
     'Sat, Jan 8, 2022 · 11:02 AM','1 / 10','Photograph: Aidana Kurmanova / Steppe Lens Agency','10 / 10','Photograph: CSTO press service / Handout',
     '◀ Previous gallery: Snow chaos in the South Island   |   Next gallery: Australia bushfire season ▶','Share this gallery: Facebook | Twitter | Email | Copy link',
     'More galleries','Photos may not be reproduced without permission.','© 2022 The Harbour Times. All rights reserved.'])
q(P,'Fair prices, fair elections',None,'handwritten signs','demanding',note='slogan on placards; speaker null (the gold sign-slogan rule)')
q(P,'We came to talk, nobody came out to talk to us,',None,'one young man','told',note='anonymous protester quoted in a caption')
q(P,'I have given the order to fire without warning,',TOK,'he','said',note='"he" = President Kassym-Jomart Tokayev earlier in the caption; the label "criminals and murderers" after "adding that" is excluded')
q(P,'We have had no internet and no cash for three days,','Saule','Saule','said',note='first name and age only ("Saule, 54"); "three days" is not a claim')
q(P,'for a limited period',CSTO,'The CSTO','said',partial=True)
c(P,'other',120,'more than','vehicles set on fire across Almaty','Almaty city officials','more than 120 vehicles, including police cars, were set on fire')
c(P,'aircraft',70,'more than','aircraft in the Russian airlift','Russian Defence Ministry','more than 70 aircraft would take part in the airlift')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed')
c(P,'detained',4400,'more than','people detained',MIA,'more than 4,400 people detained')
c(P,'troops_deployed',2500,'about','CSTO force size',CSTO,'its force would number about 2,500 troops')
e(P,'2022-01-04','protest','Aktau',[],"Demonstrators gather in Aktau's central square on Tuesday evening")
e(P,'2022-01-05','protest','Almaty',[],'near Republic Square in Almaty in the early hours of Wednesday')
e(P,'2022-01-05','protest','Almaty',[],"The Almaty mayor's office burns on Wednesday afternoon")
e(P,'2022-01-06','troop_deployment','Chkalovsky',['Russia'],'before loading paratroopers bound for Kazakhstan on Thursday')
e(P,'2022-01-06','other','Almaty',[],'The airport was retaken from rioters the same day')
e(P,'2022-01-07','statement',None,[TOK],'addresses the nation on Friday')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said on Friday')
e(P,'2022-01-07','troop_deployment','Nur-Sultan',['Armenia','Belarus',CSTO],'Peacekeepers from Armenia and Belarus arrive at the airport in Nur-Sultan on Friday night')

# ---------------- 1393 Hanse Radio International "What the papers say" press review (Tuesday, 11 January 2022)
P='1393'
art(P,0,ln(P,'What the papers say: Geneva talks and the troops in Kazakhstan'),ln(P,'Our daily review of the European'),'Hanse Radio International','2022-01-11',['Katrin Vogelsang'],None,
    ['HANSE RADIO INTERNATIONAL','English Service | News | Programmes | Podcasts | Frequencies | Deutsch','Programmes > What the Papers Say',
     'Tuesday, 11 January 2022 | 07:10 CET | Compiled by Katrin Vogelsang','Listen (4:52)',
     'That was our press review. The next edition is on air tomorrow at 07:10 CET.','Related programmes',
     'What the papers say: Kazakhstan’s president takes charge (10 January 2022)','Europe Today: NATO prepares for Wednesday’s Russia Council',
     '© 2022 Hanse Radio International | Imprint | Data protection | Accessibility'],
    sections=[ln(P,'GENEVA'),ln(P,'KAZAKHSTAN\n')])
q(P,'Eight hours at the negotiating table produced exactly one agreement: to keep talking. That may be a diplomatic achievement, but it is not a breakthrough, whatever the smiles at the door suggested.','Lemanic Gazette','The Lemanic Gazette',None,note='newspaper as speaker; attribution only by a colon after "is unimpressed by the result" (no speech verb)')
q(P,'Nobody walked out. Given where we started, that is more than most people expected, and Thursday’s OSCE meeting in this city now has something to build on.','Tages-Kurier','It','writes')
q(P,'Moscow did not come to Geneva to negotiate but to deliver an ultimatum,','Gazeta Bałtycka','the paper','writes',note='inverted "…," the paper writes; the single-quoted Ryabkov words ‘absolutely mandatory’ are excluded (single marks)')
q(P,'If the administration wants to keep the allies together, it must tell them everything it tells the Russians, and tell it to them first.','Potomac Ledger','It','argues')
q(P,'In less than forty-eight hours the alliance moved 2,030 soldiers to a country the size of Western Europe. Those who called the CSTO a paper organisation should now apologise.','Moskovsky Vestnik','The Moskovsky Vestnik','praises',malformed=True,note='conventional multi-paragraph style: this paragraph is left open and the next re-opens with “; attribution by "praises … :"')
q(P,'The operation also shows who Kazakhstan’s real friends are. Not one Western capital offered anything but statements.','Moskovsky Vestnik','The Moskovsky Vestnik','praises',note='second paragraph of the Vestnik quote, re-opened and closed')
q(P,'an insurance policy for Akorda, paid for in Moscow’s currency.','Steppe Herald','The paper','calls the mission',partial=True)
q(P,'to explain to his own people why he needed foreign soldiers to protect him from them.','Steppe Herald','It','adds',partial=True,note='"him" = Tokayev, named inside the sentence (nearest-name trap)')
q(P,'Russia’s answer to NATO’s Article 5, with the difference that only one member decides when it is used.','Corriere del Nord','it','argues',partial=True,note='cue interposed: "The CSTO, it argues, has become"')
q(P,'but the precedent will stay.','Corriere del Nord','The paper','expects',partial=True)
c(P,'detained',8000,'almost','people detained in Kazakhstan',MIA,'almost 8,000 people have now been detained')
c(P,'troops_deployed',2030,None,'CSTO soldiers moved to Kazakhstan','Moskovsky Vestnik','moved 2,030 soldiers',note='inside the newspaper quote; "forty-eight hours" is not a claim')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],"Monday's talks between the United States and Russia in Geneva")
e(P,'2022-01-13','talks','Vienna',['OSCE'],'Thursday’s OSCE meeting in this city',note='inside the Tages-Kurier quote; "this city" = Vienna')
e(P,'2022-01-11','statement',None,[TOK],'who addresses parliament today')

# ---------------- 1394 EurasiaScope timeline with analysis (14 January 2022, Friday)
P='1394'
art(P,0,ln(P,'Twelve days in January'),ln(P,'From a gas-price protest in Zhanaozen'),'EurasiaScope','2022-01-14',['Jonas Lindahl','Zarina Abdrakhmanova'],None,
    ['EurasiaScope','Analysis of politics and security from the Baltic to the Pacific','Home | Regions | Topics | Podcasts | About | Donate','CENTRAL ASIA · TIMELINE',
     'Jonas Lindahl and Zarina Abdrakhmanova','14 January 2022 · 12 min read',
     'Jonas Lindahl is a senior fellow at EurasiaScope. Zarina Abdrakhmanova is a researcher on our Central Asia desk.',
     'Read next: Who is Alikhan Smailov?','Read next: The CSTO after Kazakhstan: five scenarios',
     'EurasiaScope is an independent, non-profit analysis outlet. We do not take money from governments.','© 2022 EurasiaScope. Republication permitted with attribution.'],
    sections=[ln(P,'SUNDAY 2 JANUARY'),ln(P,'TUESDAY 4 JANUARY'),ln(P,'WEDNESDAY 5 JANUARY'),ln(P,'THURSDAY 6 JANUARY'),ln(P,'FRIDAY 7 JANUARY'),ln(P,'SATURDAY 8 JANUARY'),ln(P,'MONDAY 10 JANUARY'),ln(P,'TUESDAY 11 JANUARY'),ln(P,'THURSDAY 13 JANUARY')])
q(P,'terrorist gangs trained abroad',TOK,'he','calls',partial=True,note='"what he calls"; historic present')
q(P,'state and military facilities',CSTO,'The CSTO','says',partial=True)
q(P,'shoot to kill without warning',TOK,'Tokayev','says',partial=True,note='longer than the gold\'s excluded label "shoot to kill", so kept as his reported order')
q(P,'What negotiations can there be with criminals and murderers?',TOK,'he','asks',note='question quote, cue "asks" after the closing mark')
q(P,'will not allow',PUT,'Putin','tells',partial=True,note='three-word partial inside reported speech')
q(P,'successfully completed',TOK,'Tokayev','tells',partial=True)
q(P,'The short version,','Jonas Lindahl','Lindahl','says',note='quote split by the interposed "says Lindahl"')
q(P,'is that the street gave Tokayev the crisis and Moscow gave him the means to use it.','Jonas Lindahl','Lindahl','says',note='second half starts in lower case; the author quoting himself')
c(P,'detained',9900,None,'people detained',MIA,'The Interior Ministry says 9,900 people have been detained')
c(P,'troops_deployed',2030,None,'CSTO contingent withdrawing','Andrei Serdyukov','the contingent of 2,030 troops',note='"at least 14" oil workers in 2011 is historical, not a claim')
e(P,'2022-01-02','protest','Zhanaozen',[],'Residents of Zhanaozen block roads')
e(P,'2022-01-04','protest',None,[],'Protests spread to Aktau, Uralsk and Almaty')
e(P,'2022-01-04','statement','Mangystau',['Kazakh government'],'In the evening the government announces a cap on gas prices')
e(P,'2022-01-05','other',None,[TOK],"accepts the government's resignation in the morning")
e(P,'2022-01-05','protest','Almaty',[],"crowds storm the mayor's office and the airport")
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Late at night Tokayev asks the Collective Security Treaty Organisation for help')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers land')
e(P,'2022-01-06','other','Almaty',[],'Security forces retake Almaty airport')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address Tokayev says')
e(P,'2022-01-08','other',None,['National Security Committee','Karim Masimov'],'has been detained on suspicion of treason')
e(P,'2022-01-10','other','Kazakhstan',[],'A national day of mourning.')
e(P,'2022-01-10','talks',None,[CSTO,PUT],'CSTO leaders meet by video link')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'In Geneva, Russian and US negotiators meet for eight hours')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev tells parliament')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He nominates Alikhan Smailov as prime minister')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry says 9,900')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'The CSTO begins its withdrawal with a farewell ceremony in Almaty')
e(P,'2022-01-13','talks','Vienna',['Russia','OSCE'],'Russia and the West meet at the OSCE in Vienna')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'The last of the troops are due to leave by 19 January')

# ---------------- 1395 The Meridian political obituary of Nazarbayev (Jan 13th 2022, Thursday)
P='1395'
art(P,0,ln(P,'The Leader of the Nation\nNursultan'),ln(P,"Nursultan Nazarbayev's long rule ended this month"),'The Meridian','2022-01-13',[],'Nur-Sultan',
    ['THE MERIDIAN','A weekly review of world affairs','World | Economy | Ideas | Books | Obituaries | The Archive | Subscribe','OBITUARY · POLITICAL LIVES',
     'Jan 13th 2022 | Nur-Sultan | 9 min read','FACT FILE','Born: July 6th 1940, Chemolgan, Kazakh SSR','President of Kazakhstan: 1990-2019',
     'This article appeared in the World section of the print edition under the headline "The Leader of the Nation"',
     'Reuse this content | The Trust Project','Subscribe to The Meridian from $1 a week'])
q(P,'I will not leave the people. I will always be with you,',NAZ,'he','told',note='quoted from his 2019 resignation address; the gloss ("Leader of the Nation") in the fact file and the print-headline line are not quotes')
q(P,'Elbasy calls on everyone to rally around the President of Kazakhstan to overcome the current challenges,','Aidos Ukibay','he','wrote on Twitter',note='spokesman quoting his principal in the third person; speaker is Ukibay')
q(P,'absolutely false','Aidos Ukibay','he','said',partial=True,note='cue interposed: "were, he said, …"')
q(P,'very profitable companies',TOK,'Tokayev','said',partial=True)
q(P,'rich even by international standards',TOK,'Tokayev','said',partial=True,note='second partial in the same sentence')
q(P,'What ended this month was not a man but a system in which one man could never be wrong,','Miriam Castellanos','Miriam Castellanos','says',note='present-tense inverted cue "says NAME, a historian …"')
q(P,'He outlived it. That may be the hardest thing for him.','Miriam Castellanos','Miriam Castellanos','says',note='second quote in the same paragraph; "He" inside = Nazarbayev')
c(P,'detained',9900,None,'people detained',MIA,'The Interior Ministry says 9,900 people have been detained',note='ages (81), years and "three decades" are not claims')
e(P,'2022-01-02','protest',None,[],'On January 2nd protests over gas prices began in the west')
e(P,'2022-01-05','other',None,[TOK,NAZ],'announced that he himself was taking over the Security Council',note='"Three days later" than January 2nd')
e(P,'2022-01-05','protest','Taldykorgan',[],'a statue of him being pulled down in Taldykorgan',note='same "Three days later" clause')
e(P,'2022-01-08','statement',None,['Aidos Ukibay'],'insisted on January 8th')
e(P,'2022-01-11','statement',None,[TOK],'In a speech to parliament Tokayev said',note='"The blow that counted came on Tuesday" (from Thursday 13 Jan)')

# ---------------- 1396 The Steppe Bulletin e-mail newsletter, 9 items (Issue 118, Friday 14 January 2022)
P='1396'
L=T[doc(P)].split('\n')
heads=['CSTO troops start to go home','Tokayev turns on the Nazarbayev system','Internet back, but not everywhere',
 'Geneva, Brussels, Vienna: three meetings, no breakthrough','Kyrgyz contingent back in Bishkek','Uzbekistan stays out',
 'FROM OUR FELLOWS: What the protests were really about','EVENT: Kazakhstan after January, online, 27 January, 15:00 CET','OPPORTUNITY: Summer fellowship 2022']
for i,h in enumerate(heads):
    hl=L.index(h)+1
    b=[]
    if i==0: b=['View this email in your browser','THE STEPPE BULLETIN','Weekly news from Central Asia, by the Nordic Centre for Central Asian Studies',
               'Issue 118 · Friday 14 January 2022',L[6],'IN THIS ISSUE: Kazakhstan · Russia-West talks · Kyrgyzstan · Uzbekistan · From our fellows · Events · Opportunities']
    if i==8: b=['You are receiving this email because you subscribed to The Steppe Bulletin.','Nordic Centre for Central Asian Studies · Box 1204 · 221 00 Lund · Sweden',
               'Unsubscribe | Update your preferences | Forward to a friend']
    art(P,i,hl,hl+1,'The Steppe Bulletin','2022-01-14',[],None,b,ls=hl,le=hl+1)
q(P,'fully accomplished','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',art=0,partial=True)
q(P,'It is time to pay the people back,',TOK,'he','said',art=1)
q(P,'We are working without Instagram and WhatsApp, which for a small shop means working without customers,','Gulmira Tasbolatova','Gulmira Tasbolatova','told',art=2,note='inverted "…," Almaty florist NAME told the Bulletin')
q(P,'in the coming days','Alexander Lukashevich','Alexander Lukashevich','said',art=3,partial=True)
q(P,'sovereign decisions','Abdulaziz Kamilov','Abdulaziz Kamilov','said',art=5,partial=True)
q(P,'The anger in Zhanaozen in 2022 has the same roots as in 2011: jobs, wages, and who gets the oil money,','Erlan Zhaksylykov','he','writes',art=6,note='years inside the quote are not claims')
c(P,'troops_deployed',2030,None,'CSTO troops leaving Kazakhstan','Andrei Serdyukov','all 2,030 troops and their equipment',art=0)
c(P,'detained',9900,None,'people detained since the start of the unrest',MIA,'9,900 people had been detained since the start of the unrest',art=1)
c(P,'troops_deployed',150,'about','Kyrgyz soldiers of the CSTO force returning home',None,'Around 150 Kyrgyz soldiers',art=4,note='"Around" → about; no source named')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'began withdrawing on Thursday after a handover ceremony in Almaty',art=0)
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last planes will leave by 19 January',art=0)
e(P,'2022-01-11','statement',None,[TOK,'Alikhan Smailov'],'In a speech to the Mazhilis on Tuesday',art=1)
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said the same day',art=1)
e(P,'2022-01-10','other','Almaty',[],'Mobile internet was restored in most of Almaty on Monday',art=2)
e(P,'2022-01-05','other','Kazakhstan',[],'a near-total shutdown that began on 5 January',art=2)
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Russian and US delegations met in Geneva on Monday',art=3)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council convened in Brussels on Wednesday',art=3)
e(P,'2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich'],'the OSCE Permanent Council met in Vienna on Thursday',art=3)
e(P,'2022-01-13','withdrawal','Bishkek',['Kyrgyzstan',CSTO],'returned home on Thursday night',art=4)
e(P,'2022-01-12','statement',None,['Abdulaziz Kamilov'],'Foreign Minister Abdulaziz Kamilov said on Wednesday',art=5)
e(P,'2022-01-27','other',None,['Nordic Centre for Central Asian Studies','Erlan Zhaksylykov','Helena Strand'],'Kazakhstan after January, online, 27 January',art=7,note='the advertised webinar (future)')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(KAP,'organisation',['Kazatomprom'],[],'Kazakhstan',['the company','It','The national producer'],["Kazatomprom's"],note='real company; statement wording invented'),
 sp('Rory Kimani','person',['Rory Kimani','Kimani'],['a fuel-cycle analyst at Harlow Street Capital'],None,['He'],note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','President Kassym-Jomart Tokayev'],'Kazakhstan',['he','He'],note='words paraphrased or invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance']),
 sp(PUT,'person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words paraphrased'),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['spokesperson'],'India',note='real MEA spokesperson; words invented'),
 sp(MISD,'organisation',['Ministry of Information and Social Development'],[],'Kazakhstan',note='real ministry; wording invented'),
 sp('Dina Sarsenova','person',['Dina Sarsenova'],['a researcher at the Almaty-based rights group Open Steppe'],'Kazakhstan',note='invented'),
 sp('Saule','person',['Saule'],['a retired teacher'],'Kazakhstan',note='invented; first name and age only'),
 sp('Lemanic Gazette','organisation',['Lemanic Gazette'],[],'Switzerland',note='invented newspaper (Geneva)'),
 sp('Tages-Kurier','organisation',['Tages-Kurier'],[],'Austria',['It'],note='invented newspaper (Vienna)'),
 sp('Gazeta Bałtycka','organisation',['Gazeta Bałtycka'],[],'Poland',['the paper'],note='invented newspaper (Warsaw)'),
 sp('Potomac Ledger','organisation',['Potomac Ledger'],[],'United States',['It'],note='invented newspaper (Washington)'),
 sp('Moskovsky Vestnik','organisation',['Moskovsky Vestnik'],[],'Russia',note='invented newspaper (Moscow)'),
 sp('Steppe Herald','organisation',['Steppe Herald'],[],'Kazakhstan',['The paper','It'],note='invented newspaper (Almaty)'),
 sp('Corriere del Nord','organisation',['Corriere del Nord'],[],'Italy',['it','The paper'],note='invented newspaper (Milan)'),
 sp('Jonas Lindahl','person',['Jonas Lindahl','Lindahl'],['a senior fellow at EurasiaScope'],None,note='invented; co-author quoting himself'),
 sp(NAZ,'person',['Nursultan Nazarbayev','Nazarbayev'],['Elbasy','former President','First President'],'Kazakhstan',['he','the former president'],["Nazarbayev's"],note='words paraphrased'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['His spokesman'],'Kazakhstan',['he'],note='real spokesman; words paraphrased'),
 sp('Miriam Castellanos','person',['Miriam Castellanos'],["a historian of Soviet Central Asia at Lisbon's Institute for Eurasian Studies"],None,note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','Gen.'],'Russia',note='words paraphrased'),
 sp('Gulmira Tasbolatova','person',['Gulmira Tasbolatova'],['Almaty florist'],'Kazakhstan',note='invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',note='words paraphrased'),
 sp('Abdulaziz Kamilov','person',['Abdulaziz Kamilov'],['Foreign Minister'],'Uzbekistan',note='words invented'),
 sp('Erlan Zhaksylykov','person',['Erlan Zhaksylykov'],['visiting fellow'],'Kazakhstan',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files; not quoted'),
 sp('Kazakh Ministry of Health','organisation',['Health Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the withdrawn 164 (1391); not quoted'),
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
