#!/usr/bin/env python3
"""Source of the devset94 annotation: the hand-chosen spans, values and dates for 845-852.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset94/annotation_source.py && python3 tests/devset94/verify.py
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

MOH='Kazakh Ministry of Health'; PGO="Kazakh Prosecutor General's Office"; UNX='UN human rights experts'

# ---------------- 845 IPHR / KIBHR joint statement (11.01.2022, a Tuesday)
art('845',0,5,10,'International Partnership for Human Rights','2022-01-11',[],'Brussels / Almaty',
    ['IPHR – International Partnership for Human Rights','Home  |  About  |  Countries  |  Publications  |  Contact','Central Asia / Kazakhstan',
     'Joint statement by IPHR and the Kazakhstan International Bureau for Human Rights and the Rule of Law (KIBHR)','11.01.2022',
     'Contact: press@iphronline.example | +32 2 000 00 00','Share: Facebook | Twitter | LinkedIn | Email',
     '© 2022 International Partnership for Human Rights. All rights reserved.'])
q('845','We have documented people taken from their homes in the middle of the night, held without access to a lawyer and beaten in custody,','Marat Yessenov','Marat Yessenov','said',note='inverted "said Marat Yessenov, deputy director of KIBHR"; role after a comma')
q('845','Those who burned buildings must answer before a court, but the thousands of people who simply stood on a square have committed no crime.','Marat Yessenov','Marat Yessenov','said',note='second half of a quote split by the interposed attribution')
q('845','a licence to kill','Hélène Vasseur','Hélène Vasseur','called',partial=True,note='"IPHR\'s programme director Hélène Vasseur called this instruction “…”"')
q('845','no state bound by international law can give.','Hélène Vasseur','Hélène Vasseur','called',partial=True,note='second partial in the same sentence, "." inside the mark')
q('845',"The presence of foreign troops does not lessen Kazakhstan's own obligations; it makes independent scrutiny even more urgent.",'Hélène Vasseur','She','added',note='colon-introduced "She added: “…”"')
q('845','successfully completed.',TOK,'Tokayev','told',partial=True,note='"Tokayev himself told parliament the same day that the mission had been “…”"')
q('845','Each time they say the investigator is busy, and each time my client spends another night in a cell without me,','Aigerim Sarsenbayeva','she','said',note='she = the KIBHR lawyer named in the sentence before ("told us that" there)')
c('845','detained',9900,None,'people detained across the country',MIA,'9,900 people have been detained across the country')
c('845','killed',164,None,'people killed (figure later withdrawn)','Kazakh authorities','164 people were killed',note='"The authorities have also reported"; the Ministry of Health withdrew the figure as an error')
c('845','troops_deployed',2030,None,'CSTO servicemen deployed',None,'deployed 2,030 servicemen',note='the CSTO is the subject that deployed them; source null (as devset19 252)')
e('845','2022-01-02','protest','Zhanaozen',[],'the unrest that began in Zhanaozen on 2 January')
e('845','2022-01-10','casualty_report',None,[MIA],'figures released by the Ministry of Internal Affairs on Monday',note='Monday before Tuesday 11 Jan')
e('845','2022-01-07','statement',None,[TOK],'On Friday President Kassym-Jomart Tokayev said he had authorised',note='"On Friday" before Tuesday 11 Jan = 7 Jan')
e('845','2022-01-11','statement',None,[CSTO],'announced on Tuesday that the withdrawal',note='Tuesday = publication day')
e('845','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin in two days',note='"in two days" from Tuesday 11 Jan')
e('845','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament the same day',note='"the same day" = Tuesday 11 Jan')
e('845','2022-01-05','other','Kazakhstan',[],'The internet shutdown imposed on 5 January',note='internet shutdown')

# ---------------- 846 FIDH press release (12 January 2022, a Wednesday)
art('846',0,11,13,'FIDH','2022-01-12',[],'Paris',
    ['FIDH','International Federation for Human Rights','Movement for human rights since 1922','EN | FR | ES | AR | FA | RU','Press release','12 January 2022',
     'Press contacts','Léa Fournier (French, English) - Tel: +33 6 00 00 00 00','Read more','- Kazakhstan: Zhanaozen, ten years on','Twitter | Facebook | Instagram | Newsletter'])
q('846','What began as a peaceful demand for affordable fuel has been turned into a story of 20,000 bandits and foreign terrorists attacking the state,','Éloïse Marchand-Diallo','Éloïse Marchand-Diallo','said',note='"FIDH Secretary-General Éloïse Marchand-Diallo said" after the quote; a figure inside the quote')
q('846','That story is being used to justify arrests on a scale Kazakhstan has never seen.','Éloïse Marchand-Diallo','Éloïse Marchand-Diallo','said',note='continuation in the same paragraph after the attributed sentence')
q('846','chaos by design','Dariga Nurlanovna','Dariga Nurlanovna','described',partial=True,note='"described the situation as “…”"; a patronymic-looking second name')
q('846','and once a confession is signed, everything else is a formality.','Dariga Nurlanovna','her','According to',partial=True,note='"According to her, … “and once …”" — the quote begins with "and" inside the reporter\'s sentence')
q('846',"Kazakhstan cannot become a footnote in a negotiation about Europe's security,",'Éloïse Marchand-Diallo','Marchand-Diallo','added',note='hyphenated surname only')
c('846','other',20000,None,'"bandits and foreign terrorists" attacking the state (figure restated from Tokayev)','Éloïse Marchand-Diallo','a story of 20,000 bandits',note='inside the quote; the figure is Tokayev\'s, quoted critically')
c('846','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty',note='one-word scare quote "bandits" after the number; attacker count, no evidence given')
c('846','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('846','killed',16,None,'police officers and national guardsmen killed',MIA,'16 police officers and national guardsmen had died')
e('846','2022-01-12','statement','Paris',['FIDH'],'today condemned the mass detention')
e('846','2022-01-05','government_resignation',None,[TOK],'Tokayev dismissed the government')
e('846','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency and appealed')
e('846','2022-01-05','other',None,[TOK,CSTO],'appealed to the Collective Security Treaty Organization (CSTO) for help',note='request for CSTO help; same sentence as "On 5 January"')
e('846','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'The first Russian paratroopers landed near Almaty the next day',note='"the next day" after 5 January')
e('846','2022-01-07','statement',None,[TOK],'Tokayev told a meeting of officials on Friday',note='Friday before Wednesday 12 Jan')
e('846','2022-01-11','statement','Nur-Sultan',[TOK],'Yesterday, addressing the Mazhilis',note='yesterday = Tuesday 11 Jan')
e('846','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start to leave on Thursday',note='future: Thursday after Wednesday 12 Jan')
e('846','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry reported on Monday')
e('846','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('846','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO–Russia Council meeting in Brussels today')
e('846','2022-01-13','talks','Vienna',['OSCE'],'meeting in Vienna tomorrow',note='future; in the numbered call list')

# ---------------- 847 UN Special Procedures press release (14 January 2022, a Friday)
art('847',0,8,12,'United Nations','2022-01-14',[],'Geneva',
    ['United Nations Human Rights','Office of the High Commissioner','Home > News and Events > Press releases','PRESS RELEASES  Special Procedures','14 January 2022','ENDS',
     "Follow news related to the UN's independent human rights experts on Twitter @UN_SPExperts.",'Tags: Kazakhstan, Freedom of assembly, Torture, Special Procedures'])
q('847','Lethal force may only be used as a last resort to protect life. An instruction to fire without warning is incompatible with that standard, whoever issues it and whatever the circumstances,',UNX,'the experts','said',note='group speaker ("UN human rights experts*", listed in the footnote)')
q('847','We have seen photographs of detainees with burns and broken bones, and heard from relatives who were told to keep silent,',UNX,'the experts','said')
q('847','must never be admitted as evidence.',UNX,'They','stressed',partial=True)
q('847','should not close the chapter on accountability.',UNX,'The experts','said',partial=True,note='"The experts welcomed … and said that …"; the cue is the second verb')
q('847','deprives people of information that may save their lives',UNX,'the experts','said',partial=True,note='interposed ", the experts said, “…”"')
c('847','detained',10000,'almost','people detained since the beginning of January',UNX,'the detention of nearly 10,000 people',note='"nearly" → almost')
c('847','killed',225,None,'bodies delivered to morgues',PGO,'225 bodies had been delivered to morgues')
c('847','killed',19,None,'law enforcement officers among the dead',PGO,'19 law enforcement officers',note='subset of the 225, given as its own category')
c('847','killed',4,'at least','cases in which children were killed',None,'at least four cases in which children were among those killed',note='written-out; "They were also informed" (no named source)')
c('847','troops_deployed',2000,'about','CSTO peacekeeping contingent',CSTO,'of around 2,000 troops',note='"around" → about')
c('847','detained',8,'at least','journalists detained while reporting',None,'At least eight journalists were detained',note='"the experts were told" (no named source)')
e('847','2022-01-14','statement','Geneva',[UNX],'today expressed grave concern')
e('847','2022-01-11','statement',None,[CSTO],'the announcement by the Collective Security Treaty Organization on Tuesday',note='Tuesday before Friday 14 Jan')
e('847','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw on Thursday',note='Thursday before Friday 14 Jan')
e('847','2022-01-05','other','Kazakhstan',[],'internet blackout that began on 5 January')

# ---------------- 848 OMCT urgent intervention (Geneva, 10 January 2022, a Monday)
art('848',0,7,12,'World Organisation Against Torture','2022-01-10',[],'Geneva',
    ['OMCT','World Organisation Against Torture','SOS-Torture Network','URGENT INTERVENTIONS','KAZ 001 / 0122 / OMCT','Geneva, 10 January 2022',
     'Please inform us of any action undertaken quoting the code of this appeal in your reply.','Donate | Subscribe to our newsletter | Contact'])
q('848','did not say who they were or where they were taking him.','Saule Abenova','Ms. Saule Abenova','said',partial=True,note='"said that the men “…”"; honorific "Ms."')
q('848','He told me that he was beaten with batons and made to kneel for hours in a corridor with about thirty other men,',None,'the lawyer','said',note='anonymous lawyer ("speaking on condition of anonymity"); a number inside the quote')
q('848','if he wanted to see his children again.',None,'The lawyer','added',partial=True)
q('848','Emergency powers do not suspend the absolute prohibition of torture,','Mireille Kasongo','Mireille Kasongo','said',note='inverted "said OMCT Deputy Director Mireille Kasongo"')
q('848','Every person held in connection with these events must be protected from ill-treatment, and every allegation must be investigated.','Mireille Kasongo','Mireille Kasongo','said',note='second sentence of the same paragraph, re-opened mark')
c('848','detained',7939,None,'people detained across Kazakhstan by 9 January',MIA,'7,939 people were detained across Kazakhstan')
e('848','2022-01-07','arrest','Almaty',['Daulet Abenov'],'who was arrested at his home on 7 January 2022')
e('848','2022-01-08','other',None,['Daulet Abenov'],'On Saturday, a lawyer was allowed to see Mr. Abenov',note='lawyer visit; Saturday before Monday 10 Jan')
e('848','2022-01-05','state_of_emergency','Kazakhstan',[],'a state of emergency has been in force since 5 January')
e('848','2022-01-05','other',None,[TOK,CSTO],'On the same day, the President requested assistance',note='request for CSTO help; "the same day" = 5 January')
e('848','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'whose forces arrived in the country on 6 January')
e('848','2022-01-10','statement','Geneva',['World Organisation Against Torture'],'requests your URGENT intervention',note='the appeal itself, dated in the header')

# ---------------- 849 IFJ statement (13/01/2022, a Thursday)
art('849',0,6,10,'International Federation of Journalists','2022-01-13',[],None,
    ['IFJ - International Federation of Journalists','The global voice of journalists','News  >  Press Releases','Categories: Press Freedom, Safety  |  13/01/2022',
     'For more information, please contact IFJ on +32 2 235 22 16','Follow the IFJ on Twitter and Facebook','Subscribe to IFJ News'])
q('849','He was doing his job, nothing more. He had a press card around his neck the whole time,',None,'the editor','said',note='unnamed editor ("His editor told the IFJ" in the sentence before)')
q('849','A journalist with a camera is not a rioter. Kazakhstan must release our colleagues and stop treating coverage of a protest as participation in it.','Anthony Bellanger','Anthony Bellanger','said',note='colon-introduced; words invented')
q('849','So far we have received nothing, not even an acknowledgement,','Gaukhar Temirbayeva','Gaukhar Temirbayeva','told',note='"the union\'s deputy chair, Gaukhar Temirbayeva, told the IFJ"')
q('849','and for the next days we wrote on paper and drove the texts to colleagues across the city.',None,'One reporter in Almaty','said',partial=True,note='anonymous reporter; the quote continues the reporter\'s reported sentence')
c('849','detained',11,'at least','journalists arrested since the start of the year','International Federation of Journalists','At least 11 journalists have been arrested',note='"according to IFJ\'s monitoring"; "two of them remain in custody" (subset) is not a claim')
c('849','detained',9900,None,'people detained nationwide','Kazakh government','had reached 9,900')
c('849','troops_deployed',2030,'about','CSTO troops','Russian officials','the roughly 2,030 CSTO troops',note='"roughly" → about')
c('849','killed',1,'at least','media worker killed','International Federation of Journalists','at least one media worker was killed',note='written-out "one"')
e('849','2022-01-13','statement',None,['International Federation of Journalists'],'today called on the authorities in Kazakhstan')
e('849','2022-01-05','arrest','Uralsk',['Nurlan Zhakupov'],'was detained in Uralsk last Wednesday',note='"last Wednesday" from Thursday 13 Jan read as the Wednesday of the previous week (5 Jan); 12 Jan would be "yesterday"')
e('849','2022-01-06','arrest','Almaty',[],'was detained on 6 January and accused')
e('849','2022-01-11','casualty_report',None,['Kazakh government'],'The government reported on Tuesday')
e('849','2022-01-11','statement',None,[TOK],'On the same day, President Kassym-Jomart Tokayev declared')
e('849','2022-01-13','withdrawal','Kazakhstan',[CSTO,'Russia'],'began loading equipment onto aircraft today')
e('849','2022-01-05','other','Kazakhstan',[],'the phone lines went down on the evening of 5 January')
e('849','2022-01-07','other','Almaty',[],'was found near the city centre on 7 January',note='body of a TV channel driver found')

# ---------------- 850 CIVICUS Monitor update (12.01.2022, a Wednesday)
art('850',0,9,15,'CIVICUS Monitor','2022-01-12',[],None,
    ['CIVICUS MONITOR','Tracking civic space','Country ratings | Watchlist | Updates | Research','KAZAKHSTAN','Rating: REPRESSED','Peaceful Assembly · Expression','12.01.2022','Rapid Response',
     'Rating: Kazakhstan is rated "Repressed" by the CIVICUS Monitor.','See also: Kazakhstan: Activists detained ahead of parliamentary elections (January 2021)',
     'SHARE:  Facebook · Twitter · LinkedIn · WhatsApp','Get the latest updates by subscribing to our newsletter.'],
    sections=(ln('850','Protests\n'),ln('850','Use of force'),ln('850','Expression and access to information'),ln('850','International response')))
q('850','Shal, ket!',None,'many','chanting',note='protest chant (speaker null, like the gold\'s sign slogan); the translation gloss ("Old man, go!") in brackets is excluded')
q('850','for a limited period of time','Nikol Pashinyan','Nikol Pashinyan','announced',partial=True,note='"announced on Facebook that …"')
q('850','In our neighbourhood alone we know of seven young men who did not come home. Nobody from the state has come to explain anything,','Dina Omarova','she','said',note='invented activist; she = Dina Omarova; a number inside the quote (not a claim)')
q('850','an information siege.',None,'A representative of a regional media outlet','described',partial=True,note='anonymous; "described the blackout as “…”"')
q('850','We learned what was happening in our own city from Russian television,',None,'he','said',note='he = the anonymous media representative')
c('850','killed',164,'at least','people killed by 9 January (figure later withdrawn)',MOH,'at least 164 people had died by 9 January')
c('850','killed',3,None,'children among the dead',MOH,'including three children',note='written-out; a category inside the 164')
c('850','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('850','troops_deployed',2000,'about','CSTO contingents in total',None,'about 2,000 troops in total')
e('850','2022-01-02','protest','Zhanaozen',[],'On 2 January, residents of Zhanaozen')
e('850','2022-01-05','protest','Almaty',[],'stormed the city administration building and the airport on 5 January')
e('850','2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the government',note='"That night" = 5 January')
e('850','2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'removed Nazarbayev as head of the Security Council')
e('850','2022-01-05','other',None,[TOK,CSTO],'requested help from the Collective Security Treaty Organization (CSTO)',note='request for CSTO help')
e('850',None,'statement',None,['Nikol Pashinyan'],'announced on Facebook that the alliance had agreed',note='undated here (real: 6 Jan)')
e('850','2022-01-07','statement',None,[TOK],'In a televised address on 7 January')
e('850','2022-01-11','casualty_report',None,[MIA],'On 11 January, the Interior Ministry said')
e('850','2022-01-05','other','Kazakhstan',[],'shut down the internet nationwide from 5 January')
e('850','2022-01-10','other','Kazakhstan',[],'Mobile connections were partially restored on 10 January')
e('850','2022-01-11','statement',None,[TOK],'On 11 January, Tokayev announced')
e('850','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin on 13 January',note='future at publication')
e('850','2022-01-10','talks','Geneva',['United States','Russia'],'in Geneva took place on 10 January')

# ---------------- 851 Access Now #KeepItOn press release (January 6, 2022, a Thursday)
art('851',0,9,14,'Access Now','2022-01-06',[],None,
    ['Skip to main content','access now','Defending digital rights of users at risk around the world','Issues   Campaigns   Resources   Press   Donate','PRESS RELEASE',
     'January 6, 2022 | 4:15 pm','Posted by: Access Now','#KeepItOn','Contact: press@accessnow.example','Tweet   Share   Email'])
q('851','Cutting off an entire country in the middle of a crisis is not a security measure — it is a decision to leave millions of people in the dark when they most need to reach their families, doctors, and the truth,','Rhea Malhotra','Rhea Malhotra','said',note='inverted "said Rhea Malhotra, #KeepItOn campaigner at Access Now"; an em dash inside the quote')
q('851','the most sweeping we have seen in the region.','Tomasz Wierzbicki','Tomasz Wierzbicki','called',partial=True)
q('851','the shutdown cannot be separated from the use of force. When people cannot film, they cannot document abuses.','Tomasz Wierzbicki','Wierzbicki','According to',note='"According to Wierzbicki, “the shutdown …”" — lower-case start but two whole sentences, so not partial')
q('851',"I don't know if she is alive. I call and call and there is nothing,",None,'she','said',note='anonymous Almaty resident')
c('851','killed',8,None,'members of the security forces killed','Kazakh authorities','eight members of the security forces were killed',note='written-out')
c('851','injured',317,None,'members of the security forces injured','Kazakh authorities','317 injured')
c('851','detained',2000,'more than','people detained in Almaty alone','officials','more than 2,000 people had been detained in Almaty alone')
e('851','2022-01-05','other','Kazakhstan',[],'imposed by authorities in Kazakhstan yesterday',note='internet shutdown; yesterday = 5 Jan')
e('851','2022-01-02','protest','Mangystau',[],'where demonstrations began on Sunday',note='Sunday before Thursday 6 Jan')
e('851','2022-01-05','protest','Almaty',[],'set fire to the city administration building on Wednesday')
e('851','2022-01-06','statement',None,[CSTO],'said today that it would send peacekeepers')
e('851','2022-01-06','troop_deployment',None,['Russia'],'the first units of Russian airborne troops had already taken off',note='"early this morning" = 6 Jan')

# ---------------- 852 HRW Dispatches (January 10, 2022, a Monday)
art('852',0,8,10,'Human Rights Watch','2022-01-10',['Anna Kovalenko'],None,
    ['Human Rights Watch','Donate now','Dispatches','Anna Kovalenko','Senior Researcher, Europe and Central Asia Division','January 10, 2022 3:31PM EST',
     'Share this via Facebook  Share this via Twitter  Share this via WhatsApp  Share this via Email  Other ways to share  Print',
     'Your tax deductible gift can help stop human rights violations and save lives around the world.','$50  $100  $250  $500  $1000  Other','Region / Country','Topic'])
q('852','I have been to four hospitals, two police stations and the morgue. Everywhere they tell me to come back tomorrow,','Zhanar','she','said',note='first name only (mother); she = Zhanar')
q('852',"an attempted coup d'état",TOK,'Kassym-Jomart Tokayev','told',partial=True,note='"told the leaders of the CSTO … that the country had survived “…”"; words paraphrased')
q('852','a single centre.',TOK,'Kassym-Jomart Tokayev','told',partial=True,note='second partial in the same sentence; "colour revolutions" in the next sentence is excluded as a label')
q('852','They exist in no list. Officially, they were never detained,','Bakhyt Serikbayev','he','said',note='he = the lawyer named in the sentence before')
q('852','that people sleep in shifts.','Bakhyt Serikbayev','He','added',partial=True)
q('852','If he is guilty, let them say so in court. But let them tell me where he is.','Zhanar','Zhanar','put it',note='cue phrase "As Zhanar put it … :" with the name inside the phrase')
c('852','killed',164,None,'people killed in the unrest (figure later said to be posted by mistake)','Kazakh authorities','164 people had been killed')
c('852','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('852','troops_deployed',2030,None,'CSTO servicemen guarding facilities','Kazakh government','2,030 CSTO servicemen')
e('852','2022-01-06','other','Almaty',[],'He left their apartment',note='disappearance of the son; "since Thursday" before Monday 10 Jan')
e('852',None,'casualty_report',None,['Kazakh authorities'],'Over the weekend, the authorities announced',note='"Over the weekend" is not a day (real: 9 Jan)')
e('852','2022-01-10','casualty_report',None,[MIA],'Today the Interior Ministry said')
e('852','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'during their video summit today',note='CSTO video summit')
e('852','2022-01-10','statement',None,['Vladimir Putin'],'speaking at the same summit, promised')
e('852','2022-01-08','other',None,['Bakhyt Serikbayev'],'the detention centres he visited on Saturday',note='lawyer\'s visits; Saturday before Monday 10 Jan')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',[],[],note='words paraphrased'),
 sp('Marat Yessenov','person',['Marat Yessenov'],['deputy director of KIBHR'],'Kazakhstan',note='invented'),
 sp('Hélène Vasseur','person',['Hélène Vasseur'],["IPHR's programme director"],None,['She'],note='invented'),
 sp('Aigerim Sarsenbayeva','person',['Aigerim Sarsenbayeva'],['A KIBHR lawyer in Taldykorgan'],'Kazakhstan',['she'],note='invented'),
 sp('Éloïse Marchand-Diallo','person',['Éloïse Marchand-Diallo','Marchand-Diallo'],['FIDH Secretary-General'],None,note='invented'),
 sp('Dariga Nurlanovna','person',['Dariga Nurlanovna'],["a lawyer who works with FIDH's partner in Almaty"],'Kazakhstan',['her'],note='invented'),
 sp(UNX,'organisation',['UN human rights experts'],[],None,['the experts','They','The experts'],note='group of four Special Rapporteurs named in the footnote; words invented'),
 sp('Saule Abenova','person',['Saule Abenova'],[],'Kazakhstan',[],['Ms. Saule Abenova'],note='invented; wife of the detainee'),
 sp('Mireille Kasongo','person',['Mireille Kasongo'],['OMCT Deputy Director'],None,note='invented'),
 sp('Anthony Bellanger','person',['Anthony Bellanger'],['IFJ General Secretary'],'France',note='words invented'),
 sp('Gaukhar Temirbayeva','person',['Gaukhar Temirbayeva'],["the union's deputy chair"],'Kazakhstan',note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Dina Omarova','person',['Dina Omarova'],['Civil society activist'],'Kazakhstan',['she'],note='invented'),
 sp('Rhea Malhotra','person',['Rhea Malhotra'],['#KeepItOn campaigner at Access Now'],None,note='invented'),
 sp('Tomasz Wierzbicki','person',['Tomasz Wierzbicki','Wierzbicki'],['a researcher who has tracked shutdowns in Central Asia'],None,note='invented'),
 sp('Zhanar','person',['Zhanar'],[],'Kazakhstan',['she'],note='invented; first name only'),
 sp('Bakhyt Serikbayev','person',['Bakhyt Serikbayev'],['a lawyer'],'Kazakhstan',['he','He'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='event participant and claim source in every file'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 7 files'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',[],[],quoted=False,note='only in 852; the one quoted label "colour revolutions" is excluded'),
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
