#!/usr/bin/env python3
"""Source of the devset62 annotation: the hand-chosen spans, values and dates for 589-596.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset62/annotation_source.py && python3 tests/devset62/verify.py
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
UZMFA='Uzbek Foreign Ministry'; UZCUS='Uzbek State Customs Committee'; TJMOD='Tajik Defence Ministry'; TJPS='Tajik Presidential Press Service'
KGMOD='Kyrgyz Defence Ministry'; AMMOD='Armenian Defence Ministry'; PGO="Kazakh Prosecutor General's Office"; MOH='Kazakh Ministry of Health'
ALMA='Almaty city administration'; KNB='Kazakh National Security Committee'; ATAM='Atameken National Chamber of Entrepreneurs'

# ---------------- 589 Podrobno.uz item (07.01.2022, a Friday)
art('589',0,7,11,'Podrobno.uz','2022-01-07',[],'Tashkent',
    ['PODROBNO.UZ','News | Politics | Economy | Society | World | Sport','RU | UZ | EN','World','07.01.2022 18:24  |  👁 4 318  |  🕑 3 min',
     'Photo: Podrobno.uz / Trucks near the Yallama checkpoint, 7 January','Tags: Kazakhstan, border, trucks, CSTO','Share: Telegram | Facebook | VK | Odnoklassniki',
     'Read Podrobno.uz in Telegram: @podrobno_uz','© 2022 Podrobno.uz. When using materials, a hyperlink to Podrobno.uz is required.'])
q('589','Our drivers have food and fuel for two or three days, not more. We are asking the Kazakh side to open at least a humanitarian lane,','Bakhodir Rakhimov',"the association's chairman Bakhodir Rakhimov",'told',note='inverted: "…," the association\'s chairman NAME told Podrobno.uz; "two or three days" inside the quote is not a claim')
q('589','simply rot','Bakhodir Rakhimov','He','added',partial=True,note='two-word partial after "He added that …"; the 4,500 tonnes in the same sentence is not a claim')
q('589','There is no internet, no news. We only hear shooting on the radio,','Sanjar','he','said',note='driver given by first name only ("47-year-old Sanjar from Andijan"), then "he said"')
q('589','full support for the measures taken by the leadership of Kazakhstan to restore constitutional order','Abdulaziz Kamilov','Kamilov','expressed',partial=True,note='nearest-attribution trap: "…", the ministry\'s press service reported; the one expressing support is Kamilov')
q('589','We are not a member of any military bloc, and we will not send soldiers anywhere,','Yusup Kabuljanov','Foreign Ministry spokesman Yusup Kabuljanov','said',note='inverted cue "said Foreign Ministry spokesman NAME"')
q('589','a sovereign matter for our neighbours','Yusup Kabuljanov','the spokesman','stressed',partial=True,note='title-only attribution after the quote')
q('589','as soon as the Kazakh side gives a signal',UZCUS,'The State Customs Committee','said',partial=True)
c('589','killed',26,None,'armed attackers "liquidated"',MIA,'26 armed attackers had been',note='the one-word "liquidated" after the figure is excluded from quotes')
c('589','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('589','detained',3700,'more than','people detained across the country',MIA,'More than 3,700 people have been detained',note='"it said" = the Interior Ministry')
c('589','troops_deployed',2500,'about','CSTO contingent in Kazakhstan',CSTO,'about 2,500 troops according to the alliance',note='"according to the alliance\'s secretariat"')
e('589','2022-01-07','other','Zhibek Zholy and Yallama crossings',[],'remained stuck at the Zhibek Zholy and Yallama crossings on Friday',note='trucks stuck at the closed border')
e('589',None,'other','Kazakhstan–Uzbekistan border',['Kazakhstan'],'kept its southern border closed for a third day',note='closure start not given by a day word; "a third day" on Friday implies 2022-01-05')
e('589','2022-01-06','talks',None,['Abdulaziz Kamilov','Mukhtar Tileuberdi'],'held a telephone conversation with his Kazakh counterpart Mukhtar Tileuberdi on Thursday',note='Thursday before Friday 7 Jan')
e('589','2022-01-07','casualty_report','Nur-Sultan',[MIA],'the Kazakh Interior Ministry said on Friday')
e('589',None,'troop_deployment','Kazakhstan',[CSTO],'has started guarding state facilities',note='undated')
e('589',None,'statement','Tashkent',['Yusup Kabuljanov'],'answering a question from journalists at the briefing in Tashkent',note='undated briefing')

# ---------------- 590 Avesta item (08.01.2022, a Saturday)
art('590',0,8,12,'Avesta','2022-01-08',['Firuza Nazarova'],'DUSHANBE',
    ['AVESTA','Information agency of Tajikistan','Home  Politics  Economy  Society  Region  Culture','Search...','Politics  / 08.01.2022 / 13:05',
     'Author: Firuza Nazarova','Related news:','Rahmon and Tokayev discuss the situation in Kazakhstan by phone','Tajik migrants in Almaty: "We stay at home and wait"',
     '© 2022 AVESTA. All rights reserved. Use of the materials requires a link to avesta.tj'])
q('590','In accordance with the decision of the CSTO Collective Security Council, a unit of the Ministry of Defence numbering 200 servicemen has been sent to the Republic of Kazakhstan for a limited period,',TJMOD,"the ministry's statement",'says',note='"the ministry\'s statement says" (present tense); the 200 inside the quote is also a claim')
q('590','strategic objects',TJMOD,'It','added',partial=True,note='"It added that …"; It = the ministry; two-word partial kept like devset19\'s "strategic facilities"')
q('590','expressed support for the efforts of the Kazakh leadership to stabilise the situation,',TJPS,'the press service','according to',partial=True,note='the press service\'s words about Rahmon (gold: press-office wording → the press office); Rahmon is an acceptable alternative')
q('590','the brotherly solidarity shown at a difficult moment','Kassym-Jomart Tokayev','Tokayev','thanked',partial=True,note='"thanked his Tajik counterpart for “…”"; full stop outside the closing mark')
q('590','Tajikistan is itself a country that knows the price of instability. In the 1990s the Collective forces helped us, and now we help our neighbours,','Shukhrat Ganiev','Ganiev','said',note='a decade ("the 1990s") inside the quote')
q('590','Our boys will return home when the job is done.','Shukhrat Ganiev','Ganiev','said',note='second half after the interposed "Ganiev said." (same cue)')
q('590','under constant pressure',None,'A Dushanbe political analyst','said',partial=True,note='anonymous analyst ("asked not to be named")')
q('590','We stay at home and wait',None,'Tajik migrants',None,art=None,zone='related',note='"Related news:" teaser headline after the article')
c('590','troops_deployed',200,None,'Tajik servicemen sent to Kazakhstan',TJMOD,'numbering 200 servicemen',note='inside the ministry\'s quoted statement')
c('590','aircraft',2,None,'Russian Il-76 aircraft carrying the Tajik unit',TJMOD,'two Russian Il-76 military transport aircraft',note='written-out "two"')
c('590','detained',4404,None,'people detained in Kazakhstan','Kazakh authorities','had reached 4,404',note='"The Kazakh side announced"')
c('590','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='scare-quoted label (excluded from quotes)')
c('590','killed',16,None,'security officers killed',MIA,'another 16 security officers lost their lives')
e('590','2022-01-07','troop_deployment','Kazakhstan',['Tajikistan',CSTO],'flew to Kazakhstan the day before',note='"the day before" = Friday 7 Jan (publication Saturday 8 Jan)')
e('590',None,'statement',None,[TJMOD],'the Ministry of Defence of the Republic of Tajikistan reported',note='no day given')
e('590','2022-01-06','talks',None,['Emomali Rahmon','Kassym-Jomart Tokayev'],'spoke by phone with Kazakh President Kassym-Jomart Tokayev on Thursday evening',note='Thursday before Saturday 8 Jan')
e('590','2022-01-08','casualty_report',None,['Kazakhstan'],'The Kazakh side announced on Saturday')
e('590',None,'statement',None,['Shukhrat Ganiev'],'contacted by Avesta',note='undated')
e('590',None,'other',None,['Tajik Migration Service'],'The service said earlier this week',note='"earlier this week" is not a day; hotline report')

# ---------------- 591 Vesti.kg piece (10 January 2022, a Monday)
art('591',0,5,11,'Vesti.kg','2022-01-10',['Aigerim Toktosunova'],None,
    ['ВЕСТИ.KG | VESTI.KG','Kyrgyzstan news portal','Main > Politics','10 January 2022, 16:40','Views: 2 904','Aigerim Toktosunova',
     'Subscribe to our channel in Telegram','Found a mistake? Select it and press Ctrl+Enter','Comments (14)',
     'Nurlan_osh: Tell me why are our soldiers there in 20 degrees of frost?','Asel K.: God help our boys 🙏'])
q('591','Our servicemen are guarding important facilities together with colleagues from other countries. They will not take part in any actions against the civilian population, I want to say this clearly,','Sadyr Japarov','Japarov','said')
q('591','a lesson for the whole region','Sadyr Japarov','The Kyrgyz leader','called',partial=True)
q('591','The flight went normally, all our servicemen are healthy, the food and accommodation are provided by the Kazakh side,','Almaz Orozaliev','deputy defence minister Colonel Almaz Orozaliev','told',note='inverted: "…," deputy defence minister Colonel NAME told journalists on Sunday')
q('591','Our parliament took ten minutes to send our sons to a foreign country. Nobody asked the people,','Temirlan Osmonov','former deputy Temirlan Osmonov','said',note='inverted "said former deputy NAME, 54,"; age and a duration are not claims')
q('591','under the operational command of the CSTO, not of the Kazakh police','Almaz Orozaliev','He','said',partial=True)
q('591','within weeks','Almaz Orozaliev','He','repeated',partial=True,note='"and repeated that the soldiers would come home “within weeks”"; borderline two-word partial')
c('591','troops_deployed',150,None,'Kyrgyz servicemen delivered to Kazakhstan',KGMOD,'150 servicemen of the Kyrgyz Armed Forces')
c('591','other',20,None,'units of Kyrgyz military equipment delivered',KGMOD,'20 units of military equipment',note='equipment count → other (as devset61)')
c('591','aircraft',3,None,'Russian Il-76 aircraft that delivered the Kyrgyz unit',KGMOD,'three Il-76 aircraft of the Russian Aerospace Forces',note='written-out "three"')
c('591','troops_deployed',2000,'more than','servicemen sent by the CSTO to Kazakhstan','Vladimir Putin','more than 2,000 servicemen to Kazakhstan')
c('591','detained',7939,None,'people detained during the riots','Kazakh authorities','7,939 people had been detained')
e('591','2022-01-10','talks',None,['Sadyr Japarov',CSTO],'took part on Monday in the extraordinary session of the CSTO Collective Security Council',note='video-link CSTO summit')
e('591','2022-01-06','other','Bishkek',['Jogorku Kenesh'],'approved the sending of the contingent on Thursday',note='Thursday before Monday 10 Jan ("Recall that")')
e('591',None,'troop_deployment','Kazakhstan',['Kyrgyzstan',CSTO],'were delivered to Kazakhstan',note='undated')
e('591','2022-01-09','statement',None,['Almaz Orozaliev'],'told journalists on Sunday')
e('591',None,'statement',None,['Temirlan Osmonov'],'in a video on his Facebook page',note='undated')
e('591','2022-01-10','statement',None,['Kassym-Jomart Tokayev'],'At the same session, Kazakh President Kassym-Jomart Tokayev said',note='"the same session" = the Monday summit')
e('591','2022-01-06','other',None,['Sadyr Japarov'],'Earlier, on January 6, Japarov signed a law',note='law on the status of CSTO forces')
e('591','2022-01-10','casualty_report',None,['Kazakh authorities'],'the Kazakh authorities reported on Monday')

# ---------------- 592 Turan item (11.01.22, a Tuesday)
art('592',0,5,7,'Turan','2022-01-11',[],'Baku',
    ['TURAN Information Agency','Independent news agency of Azerbaijan since 1990','Politics | Economy | Society | Analytics | Interview','-0-',
     'Subscribe to the Turan newsletter','Tel: (+994 12) 498 69 43 | E-mail: office@turan.az','The reprint of materials is allowed only with reference to the Turan agency.'])
q('592','no intention','Sergey Ryabkov','Ryabkov','told',partial=True,note='"Ryabkov told a press conference that Moscow had “no intention” of …"')
q('592','It is vital for us that Ukraine will never, under any circumstances, join NATO,','Sergey Ryabkov','the Russian diplomat','said',note='title-only attribution')
q('592','ideas that simply cannot be accepted','Wendy Sherman','Sherman','said',partial=True)
q('592','successfully completed','Kassym-Jomart Tokayev','Tokayev','said',partial=True)
q('592','The phased withdrawal of the joint contingent will begin in two days and will not take more than 10 days,','Kassym-Jomart Tokayev','the president','said',note='durations inside the quote are not claims')
q('592','Moscow wanted to show the Americans on the eve of Geneva that it can move troops into a neighbouring country in 48 hours and take them out when it pleases. It was a demonstration for the West,','Elnur Talibov','the expert','said')
q('592','in the South Caucasus the Russian peacekeepers have also been said to be temporary','Elnur Talibov','him','According to',partial=True,note='"According to him, … since “…”"')
c('592','troops_deployed',100000,'about','Russian troops massed near the Ukrainian border','Wendy Sherman','about 100,000 troops near the Ukrainian border')
c('592','troops_deployed',2030,'about','servicemen in the CSTO mission',CSTO,'about 2,030 servicemen',note='"the organization\'s secretariat said last week"')
c('592','other',250,'about','units of equipment in the CSTO mission',CSTO,'some 250 units of equipment',note='"some" → about; equipment count → other')
e('592','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'held in Geneva on Monday ended without any breakthrough',note='Monday before Tuesday 11 Jan')
e('592','2022-01-10','statement','Geneva',['Sergey Ryabkov'],'After it, Ryabkov told a press conference',note='"After it" = after the Monday meeting')
e('592',None,'statement',None,['Wendy Sherman'],'speaking to reporters by phone',note='undated (likely 2022-01-10)')
e('592','2022-01-11','statement','Nur-Sultan',['Kassym-Jomart Tokayev'],'Speaking in the Mazhilis (lower chamber of parliament) on Tuesday',note='the lead\'s "announced today" (l.7) is the same event')
e('592','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving Kazakhstan in two days',note='future; "in two days" from Tuesday 11 Jan')
e('592','2022-01-11','appointment','Nur-Sultan',['Kassym-Jomart Tokayev','Alikhan Smailov'],'He also named Alikhan Smailov as the new prime minister',note='same Mazhilis session')
e('592',None,'statement',None,[CSTO],"the organization's secretariat said last week",note='"last week" is not a day')
e('592','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council is scheduled to meet in Brussels on Wednesday',note='future')
e('592','2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council in Vienna on Thursday',note='future')

# ---------------- 593 Azatutyun (RFE/RL Armenian Service) piece (January 12, 2022, a Wednesday)
art('593',0,5,10,'Azatutyun','2022-01-12',['Lilit Sahakyan'],None,
    ['Azatutyun.am',"RFE/RL's Armenian Service",'Armenia | Karabakh | World | Video | Radio','January 12, 2022','Lilit Sahakyan',
     'Copyright (c) 2022. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.',
     'Related','Armenian Peacekeepers Leave For Kazakhstan','CSTO Chairman Pashinyan Calls Emergency Summit'])
q('593','no legal or moral right','Nikol Pashinyan','Prime Minister Nikol Pashinyan','telling',partial=True,note='cue "telling critics … that"')
q('593','When we were in trouble we asked the CSTO to act, and we were disappointed when it did not. Now that another member asks, should we do the same thing that we criticized?','Nikol Pashinyan','Pashinyan','said',note='quote ends with "?" inside the mark, no comma')
q('593','has not fired a single shot.','Nikol Pashinyan','The premier','insisted',partial=True,note='title-only attribution; full stop inside the closing mark (US style)')
q('593',"serving someone else's interests",'Arsen Melkonyan','Arsen Melkonyan','accused',partial=True,note='"accused the government of “…”"')
q('593','Our soldiers are guarding Kazakh bakeries, and who is guarding our border?','Arsen Melkonyan','Melkonyan','asked')
q('593','Our contingent will be among the first to come back,','Nikol Pashinyan','he','told',note='"he told RFE/RL"; Tokayev is named in the sentence before (nearest-name trap)')
q('593','The Armenian peacekeepers are in good spirits and their equipment is in full order,','Aram Torosyan','Defense Ministry spokesman Aram Torosyan','said',note='inverted cue')
c('593','troops_deployed',100,None,'Armenian soldiers sent to Kazakhstan',None,'sent 100 soldiers to Kazakhstan',note='"according to the Defense Ministry" closes the next sentence, not this one')
c('593','troops_deployed',70,None,'Armenian soldiers who arrived in Almaty on 7 January',AMMOD,'Seventy of them arrived in Almaty',note='written-out figure at the start of a sentence; first group of the 100')
c('593','troops_deployed',2030,None,'servicemen in the CSTO collective forces',CSTO,'which numbered 2,030 servicemen')
c('593','detained',9900,'more than','people detained during the unrest','Kazakh authorities','more than 9,900 people were detained')
c('593','killed',164,None,'people killed (civilians and security personnel)','Kazakh authorities','164 people, including civilians and security personnel, were killed',note='"The death toll has since been revised several times"')
e('593','2022-01-12','statement','Yerevan',['Nikol Pashinyan'],"on Wednesday defended Armenia's participation",note='National Assembly Q&A session')
e('593',None,'troop_deployment','Kazakhstan',['Armenia',CSTO],'sent 100 soldiers to Kazakhstan last week',note='"last week" is not a day')
e('593',None,'other',None,['Kassym-Jomart Tokayev',CSTO],'asked the bloc for help',note='request for CSTO help; undated here (real: 5 Jan)')
e('593','2022-01-07','troop_deployment','Almaty',['Armenia'],'arrived in Almaty on January 7')
e('593','2022-01-08','troop_deployment','Almaty',['Armenia'],'the rest followed the next day',note='"the next day" after January 7')
e('593','2022-01-11','talks',None,['Nikol Pashinyan','Kassym-Jomart Tokayev'],'discussed the withdrawal with Tokayev by phone on Tuesday',note='Tuesday before Wednesday 12 Jan')
e('593','2022-01-12','statement',None,[CSTO],'The CSTO secretariat said on Wednesday')
e('593','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin tomorrow and be completed by January 22',note='future; "tomorrow" from Wednesday 12 Jan')
e('593','2022-01-12','statement',None,['Aram Torosyan'],'in a Facebook post on Wednesday')

# ---------------- 594 Georgia Today piece (13 January 2022, a Thursday)
art('594',0,7,12,'Georgia Today','2022-01-13',['Nino Kvaratskhelia'],None,
    ['GEORGIA TODAY','ENGLISH-LANGUAGE NEWS FROM GEORGIA','Politics | Business | Society | Culture | Sport | Opinion','Politics','by Nino Kvaratskhelia','13 January 2022 17:15',
     'Topics: OSCE, Russia, NATO, Kazakhstan, Zalkaliani','Share on Facebook | Share on Twitter | Share on LinkedIn','READ MORE',
     'NATO-Russia Council: No Breakthrough, but Talks to Continue','Georgians Return from Almaty: "The city looked like after a war"','© 2022 GEORGIA TODAY. All rights reserved.'])
q('594','will not be a subject of bargaining','David Zalkaliani','Zalkaliani',None,partial=True,zone='headline',note='headline "NAME at OSCE: Georgia “…”" with no speech verb')
q('594','behind our backs.','David Zalkaliani','Georgian Foreign Minister David Zalkaliani','warning',partial=True,note='cue "warning that …"; full stop inside the mark')
q('594','Georgia will not be a subject of bargaining between great powers. The sovereign right of every country to choose its alliances is not negotiable,','David Zalkaliani','Zalkaliani','said',note='"Zalkaliani said, according to a statement released by the Ministry" — the speaker is the minister, not the ministry')
q('594','belong to the 19th century, not the 21st.','David Zalkaliani','he','said',partial=True,note='interposed ", he said," before the partial; ordinals inside are not numbers to extract')
q('594','deep disagreements','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('594','not be overcome quickly.','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True,note='second partial in the same sentence')
q('594','the danger of a war in our region is higher today than at any moment in three decades.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',partial=True,note='clause after "told the Council that"')
q('594','the Kremlin can put its troops anywhere in a matter of hours if a government asks.','Sandro Gelashvili','Opposition MP Sandro Gelashvili','said',partial=True)
q('594','For us it is not an abstract question. We have had Russian troops on 20 percent of our territory since 2008,','Sandro Gelashvili','he','said',note='percentage and year inside the quote are not claims')
q('594','The city looked like after a war',None,'Georgians',None,art=None,zone='related',note='"READ MORE" teaser headline')
c('594','aircraft',30,'about','aircraft to be used for the CSTO withdrawal',RDM,'about 30 aircraft would be used')
c('594','troops_deployed',2000,'about','CSTO contingent in Kazakhstan',None,'had numbered some 2,000 troops',note='"some" → about; no source in the sentence')
c('594','detained',12000,'about','people detained during the riots','officials','about 12,000 people were detained',note='"Kazakh officials now say"; "dozens of people died" is vague (no claim)')
e('594','2022-01-13','talks','Vienna',['David Zalkaliani','OSCE'],'addressed the OSCE Permanent Council in Vienna on Thursday')
e('594','2022-01-12','talks','Brussels',['NATO','Russia'],'came a day after the NATO-Russia Council met in Brussels',note='"a day after" relative to the Thursday Vienna meeting')
e('594','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'Jens Stoltenberg said afterwards',note='"afterwards" = after the 12 Jan NRC meeting')
e('594','2022-01-13','statement','Vienna',['Zbigniew Rau'],'told the Council that',note='at the Thursday Vienna meeting')
e('594',None,'other',None,['Russia','United States','NATO'],'handed to the US and NATO in December',note='Russian draft treaties; month only (real: 2021-12-17)')
e('594','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began pulling out its forces on Thursday')
e('594','2022-01-09','other','Almaty',['Georgian Airways'],'a Georgian Airways charter flight brought',note='evacuation flight "On Sunday" (Sunday before Thursday 13 Jan)')
e('594',None,'statement',None,['Sandro Gelashvili'],'speaking to GEORGIA TODAY',note='undated')

# ---------------- 595 Exclusive.kz piece (09.01.2022, a Sunday)
art('595',0,9,11,'Exclusive.kz','2022-01-09',['Dauren Abilkhairov'],'ALMATY',
    ['EXCLUSIVE','Analytical portal | exclusive.kz','KZ  RU  EN','Economy · Politics · Society · Exclusive interview','09.01.2022 21:30','Author: Dauren Abilkhairov',
     'Photo: Exclusive.kz / a looted electronics store on Abylai Khan Avenue','Tags: Almaty, business, riots, Atameken','Share:  Facebook  Telegram  WhatsApp',
     'If you find an error in the text, select it with the mouse and press Ctrl+Enter',
     '© Exclusive.kz, 2001–2022. Full or partial reproduction of materials is allowed only with a hyperlink to exclusive.kz'])
q('595','We lost everything in one night','Marat Zhumabekov','Marat Zhumabekov',None,zone='headline',note='headline quote followed by a colon; it repeats the start of the body quote (l.19); attributed only in the body')
q('595','We lost everything in one night. Phones, laptops, even the cash register. The police came two days later, when there was nothing left to protect,','Marat Zhumabekov','Marat Zhumabekov','says',note='inverted present-tense cue "says NAME, 41,"')
q('595','will certainly grow','Raimbek Batalov','Chamber chairman Raimbek Batalov','said',partial=True)
q('595','open fire to kill without warning','Kassym-Jomart Tokayev','he','said',partial=True,note='evaluative order wording with a speech verb (kept as partial); gold excluded the bare label “shoot to kill”')
q('595','a significant number of foreign citizens',MIA,'The Interior Ministry','said',partial=True)
q('595','Investors look at pictures of burned buildings, not at our statistics. It will take at least a year to restore trust,','Aidarbek Seitkaliev','he','told',note='"he told Exclusive"; "at least a year" is a duration')
q('595','With what? I will go to the bank on Monday and then we will see,','Marat Zhumabekov','the businessman','said',note='surname in the previous sentence, title-like "the businessman" as the attribution')
q('595','within a month',ALMA,'The city administration','said',partial=True,note='borderline short partial (a promise wording)')
c('595','damage_usd',200000000,'about','preliminary damage to Almaty businesses',ATAM,'about $200 million',note='dollar equivalent of "87 billion tenge" (the tenge figure is not a separate record)')
c('595','other',20000,None,'"bandits" who attacked Almaty','Kassym-Jomart Tokayev','20,000 bandits had attacked Almaty')
c('595','killed',164,None,'people who died across the country (figure later removed)',MOH,'164 people had died across the country',note='"later removed from the official channel"')
c('595','killed',103,None,'people who died in Almaty',MOH,'including 103 in Almaty',note='regional breakdown of the 164; borderline (a scorer may drop it as a subset)')
c('595','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
e('595','2022-01-09','other','Almaty',[],'some shops in central Almaty opened their doors',note='"On Sunday" = publication day')
e('595','2022-01-08','statement',None,['Raimbek Batalov'],'said on Saturday that the figure')
e('595','2022-01-07','statement',None,['Kassym-Jomart Tokayev'],'promised in his address on Friday',note='Friday before Sunday 9 Jan')
e('595','2022-01-09','casualty_report',None,[MOH,MIA],'The official toll was updated today',note='"today" = Sunday 9 Jan')
e('595','2022-01-08','statement',None,[KNB],'announced on Saturday that its former chairman Karim Masimov')
e('595','2022-01-06','arrest',None,['Karim Masimov',KNB],'had been detained on Thursday on suspicion of high treason',note='Thursday before Sunday 9 Jan')
e('595','2022-01-09','statement','Almaty',[ALMA],'The city administration said on Sunday')

# ---------------- 596 Caliber.Az piece (14 January 2022, a Friday)
art('596',0,7,9,'Caliber.Az','2022-01-14',[],None,
    ['CALIBER.AZ','Politics  Military  Economy  Analytics  In the region  Opinion','ENG | РУС | AZE','14 January 2022 12:40  |  1 247 views','Caliber.Az',
     'Follow us on Telegram and Facebook',"Readers' choice:  Armenia again provokes on the border  |  Oil prices rise on Kazakhstan supply fears",
     '© 2020–2022 Caliber.Az. All rights reserved.'])
q('596','decisive steps','Hikmet Hajiyev','Baku','notes',partial=True,zone='headline',note="headline: \"Baku notes Tokayev's “…”\"; the body quote (l.19) is Hajiyev's; the single-quoted 'Mission completed' is excluded")
q('596','Military transport aviation aircraft with the personnel and equipment of the Russian contingent are being redeployed to the airfields of permanent deployment. In total, more than 600 servicemen have already returned home,','Igor Konashenkov','ministry spokesman Major General Igor Konashenkov','said',note='inverted cue with rank; the figure inside is also a claim')
q('596','The tasks have been fulfilled in full. Not a single civilian was harmed by the peacekeepers,','Andrei Serdyukov','the general','stressed',note='"Andrey" spelling; title-only attribution "the general"')
q('596','President Tokayev took decisive steps to protect the constitutional order and the independence of Kazakhstan. We have always believed that Kazakhstan will overcome this test,','Hikmet Hajiyev','Hajiyev','said',note='a name (Tokayev) inside the quote')
q('596','full solidarity','Ilham Aliyev','President Ilham Aliyev','expressed',partial=True,note='reported inside Hajiyev\'s recollection ("He recalled that …"); the one expressing is Aliyev')
q('596',"The alliance has shown that it can gather about 2,000 soldiers in two days. But it is Moscow's alliance, and everyone saw this,",'Rovshan Guliyev','he','said',note='the figure inside is also a claim')
c('596','troops_deployed',600,'more than','Russian servicemen already returned home (withdrawal)','Igor Konashenkov','more than 600 servicemen have already returned home',note='withdrawal count → troops_deployed (as devset61)')
c('596','aircraft',16,None,'Il-76 aircraft used on the first day of the withdrawal','Igor Konashenkov','16 Il-76 aircraft')
c('596','troops_deployed',2000,'about','soldiers gathered by the CSTO in two days','Rovshan Guliyev','about 2,000 soldiers in two days')
c('596','killed',225,None,'people killed during the unrest',PGO,'225 people, including 19 law enforcement')
c('596','killed',19,None,'law enforcement officers and servicemen killed',PGO,'19 law enforcement officers and servicemen',note='security-force deaths within the 225, recorded separately as other sets do')
c('596','detained',4500,'more than','people held in the investigation',PGO,'more than 4,500 people were being held')
e('596','2022-01-13','withdrawal','Kazakhstan',[CSTO],'which began yesterday',note='"yesterday" from Friday 14 Jan')
e('596','2022-01-14','statement',None,[RDM],'the Russian Defence Ministry reported on Friday')
e('596','2022-01-13','other','Almaty',['Andrei Serdyukov',CSTO],'At the ceremony in Almaty on Thursday',note='ceremony ending the mission')
e('596',None,'statement',None,['Hikmet Hajiyev'],'told Caliber.Az that Azerbaijan welcomed',note='undated')
e('596','2022-01-07','talks',None,['Ilham Aliyev','Kassym-Jomart Tokayev'],'had spoken with Tokayev by phone last Friday',note='"last Friday" from Friday 14 Jan = 7 Jan')
e('596','2022-01-13','casualty_report',None,[PGO],"the Kazakh General Prosecutor's Office reported on Thursday")
e('596','2022-01-12','other','Baku–Aktau',[],'resumed their regular schedule on Wednesday',note='ferry service; Wednesday before Friday 14 Jan')
e('596',None,'statement',None,['Rovshan Guliyev'],'commenting to our portal',note='undated')

# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Bakhodir Rakhimov','person',['Bakhodir Rakhimov'],["the association's chairman"],'Uzbekistan',['He'],note='invented'),
 sp('Sanjar','person',['Sanjar'],['One of the drivers'],'Uzbekistan',['he'],note='invented; first name only, "47-year-old Sanjar from Andijan"'),
 sp('Abdulaziz Kamilov','person',['Abdulaziz Kamilov','Kamilov'],['Uzbek Foreign Minister'],'Uzbekistan',note='words invented'),
 sp('Yusup Kabuljanov','person',['Yusup Kabuljanov'],['Foreign Ministry spokesman'],'Uzbekistan',['the spokesman'],note='words invented'),
 sp(UZCUS,'organisation',['State Customs Committee'],[],'Uzbekistan',['The State Customs Committee'],note='canonical from devset19'),
 sp(TJMOD,'organisation',['Ministry of Defence of the Republic of Tajikistan'],[],'Tajikistan',["the ministry's statement",'It']),
 sp(TJPS,'organisation',['presidential press service'],[],'Tajikistan',['the press service'],note='Rahmon\'s press service'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','the president']),
 sp('Shukhrat Ganiev','person',['Shukhrat Ganiev','Ganiev'],['Member of the Majlisi Namoyandagon'],'Tajikistan',note='invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov','Japarov'],['President'],'Kyrgyzstan',['The Kyrgyz leader','the head of state'],note='words invented'),
 sp('Almaz Orozaliev','person',['Almaz Orozaliev','Orozaliev'],['deputy defence minister','Colonel'],'Kyrgyzstan',['He'],note='invented'),
 sp('Temirlan Osmonov','person',['Temirlan Osmonov'],['former deputy'],'Kyrgyzstan',note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['the Russian diplomat'],note='written "Sergei"; canonical from the gold; words paraphrased'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words invented'),
 sp('Elnur Talibov','person',['Elnur Talibov'],['Azerbaijani political scientist'],'Azerbaijan',['the expert','him'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister','Armenian Prime Minister'],'Armenia',['The premier','he'],note='words invented'),
 sp('Arsen Melkonyan','person',['Arsen Melkonyan','Melkonyan'],['of the Hayastan bloc'],'Armenia',note='invented'),
 sp('Aram Torosyan','person',['Aram Torosyan'],['Defense Ministry spokesman'],'Armenia',note='words invented'),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],['Georgian Foreign Minister'],'Georgia',['The minister','he'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='words paraphrased'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words paraphrased'),
 sp('Sandro Gelashvili','person',['Sandro Gelashvili'],['Opposition MP'],'Georgia',['he'],note='invented'),
 sp('Marat Zhumabekov','person',['Marat Zhumabekov','Zhumabekov'],[],'Kazakhstan',['the businessman'],note='invented'),
 sp('Raimbek Batalov','person',['Raimbek Batalov'],['Chamber chairman'],'Kazakhstan',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The Interior Ministry']),
 sp('Aidarbek Seitkaliev','person',['Aidarbek Seitkaliev'],['Economist'],'Kazakhstan',['he'],note='invented'),
 sp(ALMA,'organisation',['city administration'],[],'Kazakhstan',['The city administration']),
 sp('Igor Konashenkov','person',['Igor Konashenkov','Konashenkov'],['ministry spokesman','Major General'],'Russia',note='words paraphrased'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Andrey Serdyukov'],['Colonel General','commander of the Russian Airborne Forces','the commander of the peacekeeping forces'],'Russia',['the general'],note='words invented'),
 sp('Hikmet Hajiyev','person',['Hikmet Hajiyev','Hajiyev'],['Assistant to the President of Azerbaijan'],'Azerbaijan',['Baku','He'],note='words invented; "Baku" in the headline'),
 sp('Ilham Aliyev','person',['Ilham Aliyev'],['President'],'Azerbaijan'),
 sp('Rovshan Guliyev','person',['Rovshan Guliyev'],['Azerbaijani military expert'],'Azerbaijan',['he'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','The CSTO secretariat'],[],quoted=False,note='mentioned in all eight files; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='source of figures in 594 and 596; not quoted'),
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
