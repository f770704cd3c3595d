#!/usr/bin/env python3
"""Source of the devset98 annotation: the hand-chosen spans, values and dates for 877-884.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset98/annotation_source.py && python3 tests/devset98/verify.py
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
KPO='Kazakh Presidential Press Office'; KNB='Kazakh National Security Committee'; RFM='Russian Foreign Ministry'
PGO="Kazakh Prosecutor General's Office"; KRMFA='South Korean Foreign Ministry'

# ---------------- 877 Reuters CORRECTED- story (January 10, 2022, a Monday)
art('877',0,1,8,'Reuters','2022-01-10',['Marat Seitkali','Anna Dorokhova'],'ALMATY/MOSCOW',
    ['By Marat Seitkali and Anna Dorokhova','January 10, 2022 4:55 PM GMT','Updated 3 hours ago',
     '(Corrects number of detainees in paragraph 3 to 7,939 from 7,993; corrects first name of CSTO Secretary General in paragraph 7)',
     '(Reporting by Marat Seitkali in Almaty and Anna Dorokhova in Moscow; Additional reporting by Olga Petrenko in Geneva; Editing by Peter Harland and Mark Cole)',
     'Our Standards: The Thomson Reuters Trust Principles.'])
q('877','at the decisive moment',TOK,'Tokayev','said',partial=True,note='same sentence as the excluded label "armed militants"')
q('877','The main task now is to find and punish those who planned this. The peacekeepers will go home very soon,',TOK,'Tokayev','said')
q('877','We have shown that the alliance can act quickly when one of its members is in trouble,','Vladimir Putin','he','said',note='he = Putin (previous paragraph); the excluded label "colour revolutions" is in that paragraph')
q('877','within days','Stanislav Zas','Zas','added',partial=True)
q('877','frank, tough and businesslike','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','described',partial=True,note='cue "described … as"; canonical spelling Sergey (gold)')
q('877','fire without warning',TOK,'Tokayev','said',partial=True)
c('877','detained',7939,None,'people detained in Kazakhstan',None,'Kazakhstan says 7,939 detained',zone='headline',note='headline figure; "Kazakhstan says" (no named source)')
c('877','detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained across the country',note='the wrong figure 7,993 appears only in the correction note (boilerplate, not a claim)')
c('877','troops_deployed',2030,'about','CSTO servicemen taking part in the mission','Stanislav Zas','about 2,030 servicemen')
c('877','other',250,None,'units of CSTO equipment','Stanislav Zas','250 units of equipment')
c('877','killed',16,None,'members of the security forces killed','Kazakh authorities','16 members of the security forces had been killed')
c('877','killed',164,None,'deaths (figure withdrawn as a technical error)',None,'A figure of 164 deaths',note='withdrawn figure from a government Telegram channel')
e('877','2022-01-10','talks',None,[TOK,'Vladimir Putin','Stanislav Zas',CSTO],'told leaders of a Russia-led military alliance on Monday',note='CSTO video summit')
e('877',None,'casualty_report',None,[MIA],'The Interior Ministry said 7,939 people',note='no day given (publication day likely)')
e('877','2022-01-09','casualty_report',None,[],'Kazakh authorities said on Sunday')
e('877','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'began talks on Monday on European security')
e('877',None,'statement',None,[TOK],'Tokayev said last week he had ordered',note='"last week" is not a day (real: 7 Jan)')

# ---------------- 878 Reuters WRAPUP 2- (January 8, 2022, a Saturday)
art('878',0,1,12,'Reuters','2022-01-08',['Marat Seitkali','Daniel Voss'],'ALMATY/WASHINGTON',
    ['By Marat Seitkali and Daniel Voss','January 8, 2022 6:41 PM GMT','(Adds Blinken comments, detention figure, details on airport)',
     '(Reporting by Marat Seitkali in Almaty and Daniel Voss in Washington; Writing by Ellen Marsh; Editing by Frances Kerry)'])
q('878','informed him about the situation',KPO,'the Kazakh presidency','said',partial=True)
q('878','limited time',KPO,'It','said',partial=True,note='It = the Kazakh presidency; two-word wording with a speech verb kept as partial')
q('878','when conditions allow',"Almaty airport operator","The airport's operator",'said',partial=True)
q('878','Yesterday there was still shooting near the square. Today people are queuing for bread and nobody talks about politics,','Aigerim','Aigerim','said',note='inverted "said Aigerim", first name only (surname withheld); "Yesterday"/"Today" inside the quote are not events')
q('878','History suggests that an invitation is much easier to issue than to withdraw,','Antony Blinken','Blinken','told')
c('878','detained',4404,None,'detentions (bullet)',MIA,'Detentions reach 4,404',note='summary bullet; each occurrence is a record')
c('878','detained',4404,None,'people detained since the protests began',MIA,'4,404 people had been detained since the protests began')
c('878','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('878','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('878','troops_deployed',2500,'about','CSTO troops taking part in the mission',CSTO,'about 2,500 troops are taking part')
c('878','aircraft',70,'more than','Russian transport aircraft',RDM,'more than 70 transport aircraft')
e('878','2022-01-08','statement',None,[KNB],'the committee said on Saturday')
e('878','2022-01-06','arrest',None,['Karim Masimov',KNB],'taken into custody on Thursday')
e('878','2022-01-05','other',None,[TOK,'Karim Masimov'],'the day after President Kassym-Jomart Tokayev removed him from his post',note='dismissal: the day before Thursday 6 Jan')
e('878','2022-01-08','talks',None,[TOK,'Vladimir Putin'],'Tokayev spoke by phone with Russian President Vladimir Putin on Saturday')
e('878','2022-01-05','protest','Almaty',[],'briefly seized by crowds on Wednesday',note='airport seizure')
e('878','2022-01-07','statement','Washington',['Antony Blinken'],'Antony Blinken said on Friday')
e('878','2022-01-08','statement',None,[RFM],'hit back on Saturday')
e('878','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers began arriving on Thursday')

# ---------------- 879 Yonhap (2nd LD) (2022-01-09, a Sunday)
art('879',0,5,11,'Yonhap','2022-01-09',['Kim Dong-hyun'],'SEOUL',
    ['YONHAP NEWS AGENCY','National | Diplomacy','2022-01-09 18:27 | Updated : 2022-01-09 21:05',
     '(ATTN: ADDS foreign ministry comments in paras 5-6; UPDATES Kazakh casualty figures in para 9)','By Kim Dong-hyun','kdh@yna.co.kr','(END)',
     'Copyright(c) Yonhap News Agency prohibits its content from being redistributed without permission.'])
q('879','We are in contact with our nationals around the clock and will do everything necessary to ensure their safe return,',None,'a ministry official','said',note='anonymous South Korean foreign ministry official ("on condition of anonymity"); the ministry would be an acceptable alternative')
q('879','cooperating fully',None,'The official','added',partial=True,note='same anonymous official')
q('879','The shops are opening again, but nobody knows what will happen next week. My children have not left the apartment for five days,','Park Min-jae','Park','told',note='invented businessman; "next week" and "five days" inside the quote are not events or claims')
q('879','an attack on the state',TOK,'Tokayev','described',partial=True,note='"terrorists" is not quoted here')
c('879','detained',5800,None,'people detained',"Kazakh authorities",'5,800 people had been detained')
c('879','killed',16,None,'police officers and national guard members killed',"Kazakh authorities",'16 police officers and national guard members had been killed')
e('879','2022-01-09','statement','Seoul',[KRMFA],'the foreign ministry said Sunday')
e('879','2022-01-12','other','Almaty',[KRMFA],'leave for Almaty on Wednesday',note='planned charter flight (evacuation); future Wednesday after Sunday 9 Jan')
e('879','2022-01-08','other',None,[KRMFA],'A government task force met on Saturday',note='internal government meeting')
e('879','2022-01-02','protest','Kazakhstan',[],'violent protests that began on Jan. 2')
e('879',None,'other',None,[TOK,CSTO],'prompting President Kassym-Jomart Tokayev to request help',note='request for CSTO help, undated here (real: 5 Jan)')
e('879','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Sunday')
e('879','2022-01-07','statement',None,[TOK],'he vowed on Friday to destroy')

# ---------------- 880 UPI (Jan. 11, 2022, a Tuesday)
art('880',0,7,13,'UPI','2022-01-11',['Rachel Brennan'],None,
    ['UPI','Top News | World News | Odd News | Entertainment | Photos','World News','Jan. 11, 2022 / 2:38 PM','By Rachel Brennan',
     'Kazakh President Kassym-Jomart Tokayev addresses lawmakers in Nur-Sultan on Tuesday. Photo courtesy of Akorda press service/UPI | License Photo',
     'Related','Russia, U.S. end Geneva talks with no breakthrough on Ukraine','Kazakhstan arrests former intelligence chief on treason charges',
     '© 2022 United Press International, Inc. All Rights Reserved.'],le=ln('880','The protests began Jan. 2'))
q('880','The peacekeepers have done what they came to do,',TOK,'Tokayev','told')
q('880','very rich',TOK,'the president','saying',partial=True,note='two-word evaluative wording with a speech verb')
q('880','Those who became rich must now share with the people,',TOK,'Tokayev','said')
q('880','nothing to hide','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova','said',partial=True)
q('880','Our soldiers came at the request of a legitimate government and will leave the moment their task is done,','Maria Zakharova','she','wrote',note='Telegram post')
q('880','Tokayev needs to show that he is standing on his own feet and not on Russian bayonets,','Aidos Serikbayev','he','told',note='invented analyst; name of Tokayev inside the quote')
c('880','detained',9900,None,'people detained in connection with the unrest',MIA,'9,900 people had been detained')
c('880','troops_deployed',2030,'about','CSTO troops in the country',CSTO,'about 2,030 of its troops')
e('880','2022-01-11','statement','Nur-Sultan',[TOK],'President Kassym-Jomart Tokayev told parliament Tuesday',note='the photo caption "on Tuesday" is boilerplate')
e('880','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin withdrawing from Kazakhstan in two days',note='"in two days" from Tuesday 11 Jan')
e('880','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev also named Alikhan Smailov',note='same speech, same day')
e('880',None,'government_resignation',None,[],'since the government resigned last week',note='"last week" (real: 5 Jan)')
e('880','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said Tuesday')
e('880',None,'statement',None,['Maria Zakharova'],'she wrote on Telegram',note='undated')
e('880','2022-01-02','protest','Zhanaozen',[],'The protests began Jan. 2')
e('880','2022-01-05','protest','Almaty',[],'set on fire on Jan. 5')

# ---------------- 881 IANS (Brussels, Jan 12; Wednesday)
art('881',0,5,7,'IANS','2022-01-12',[],'Brussels',
    ['IANS','International','Last Updated: 12 Jan 2022 11:44 PM','--IANS','ksk/shb/',
     '(Only the headline of this report may have been reworked by our staff; the rest of the content is auto-generated from a syndicated IANS feed.)'])
q('881','not hopeless','Alexander Grushko',None,None,zone='headline',partial=True,note='headline partial; "Moscow says" — speaker resolved from the body quote')
q('881','in great detail','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','told',partial=True,note='Fomin named in the same sentence (nearest-name trap)')
q('881','We have explained our position point by point. The situation is difficult, but it is not hopeless,','Alexander Grushko','Grushko','said')
q('881','We had a serious and frank exchange, but our positions remain far apart,','Jens Stoltenberg','he','told')
q('881','choose its own path','Jens Stoltenberg','he','adding',partial=True,note='"adding that … the right to “…”" in the same sentence')
q('881','a unified NATO','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
c('881','troops_deployed',100000,'about','Russian troops near Ukraine','Jens Stoltenberg','some 100,000 troops',note='"some" normalised to about')
c('881','troops_deployed',2000,'about','CSTO mission strength',None,'about 2,000 strong')
e('881','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko','Alexander Fomin','Jens Stoltenberg'],'held its first meeting in more than two years here on Wednesday')
e('881','2022-01-10','talks','Geneva',['Russia','United States'],"followed Monday's talks between Russia and the US in Geneva")
e('881','2022-01-13','talks','Vienna',['OSCE'],'will be followed on Thursday by a session of the OSCE Permanent Council')
e('881','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start on Thursday',note='future')
e('881',None,'troop_deployment','Kazakhstan',[CSTO],'were deployed last week',note='"last week"')
e('881','2022-01-05','other',None,[TOK,CSTO],'appealed for help on January 5',note='request for CSTO help')

# ---------------- 882 PAP English Service (13.01.2022, a Thursday)
art('882',0,7,9,'PAP','2022-01-13',[],'Vienna',
    ['PAP - Polish Press Agency','English Service','Home / World / Politics','13.01.2022 17:52','tr. Tomasz Wilk','ad/ mmi/','Source: PAP','Tags: OSCE, Rau, Kazakhstan, Ukraine'],
    le=ln('882','Poland took over the OSCE chairmanship'))
q('882','We must focus on a peaceful resolution of the conflict in and around Ukraine,','Zbigniew Rau','Rau','said',note='"Rau said, according to the text of his speech"')
q('882','an opportunity that must not be wasted','Zbigniew Rau','He','called',partial=True)
q('882','We have not received a constructive answer to our proposals. If we do not hear one soon, we will draw our own conclusions,','Alexander Lukashevich','the Russian diplomat','said',note='title-only attribution after the quote; named in the sentence before')
q('882','a moment of crisis','Michael Carpenter','Ambassador Michael Carpenter','said',partial=True)
q('882','an inclusive dialogue','Zbigniew Rau','The Polish minister','said',partial=True)
q('882','The tasks have been fulfilled in full,','Andrei Serdyukov','Serdyukov','was quoted as saying',note='quoted second-hand by "Russian news agencies"')
c('882','detained',10000,'about','people detained in Kazakhstan',None,'detained about 10,000 people')
e('882','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],"told the organisation's Permanent Council in Vienna on Thursday")
e('882','2022-01-10','talks','Geneva',['Russia','United States'],'strategic stability dialogue in Geneva on Monday')
e('882','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels the day before',note='"the day before" the Thursday meeting')
e('882','2022-01-13','withdrawal','Almaty',[CSTO,'Andrei Serdyukov'],'began withdrawing on Thursday')
e('882','2022-01-13','other','Almaty',['Andrei Serdyukov'],'At a ceremony marking the end of the mission',note='ceremony on the withdrawal day')
e('882','2022-01-01','other',None,['Poland','OSCE'],'from Sweden on 1 January',note='handover of the OSCE chairmanship')

# ---------------- 884 Agenzia Nova English (14 Jan 2022, a Friday)
art('884',0,5,7,'Agenzia Nova','2022-01-14',[],'Rome',
    ['AGENZIA NOVA','Home | Italia | Esteri | Economia | English','ENGLISH','(Res)','© Agenzia Nova - Reproduction reserved',
     'Share: Facebook | Twitter | LinkedIn | Email','Related news','Kazakhstan: Di Maio, Italy ready to support dialogue and stability','Energy: Eni, gas flows from Kazakhstan regular'],
    le=ln('884',"Kazakhstan is Italy's main trading partner"))
q('884','Our operations have never stopped and our personnel are safe. We have been in constant contact with the Kazakh authorities and with the Italian embassy,','Eni','the spokesperson','said',note='unnamed company spokesperson folded into the company; "Agenzia Nova" in quotes in the paragraph before is the outlet name (excluded)')
q('884','with the utmost attention','Luigi Di Maio','Italian Foreign Minister Luigi Di Maio','said',partial=True)
q('884','completed all their tasks','Andrei Serdyukov','General Andrei Serdyukov','said',partial=True)
q('884','by the end of next week','Andrei Serdyukov','General Andrei Serdyukov','said',partial=True,note='second partial in the same sentence')
q('884','It was a test, and Moscow wanted to show that it could pass it quickly,','Marco Valentini','Marco Valentini','commented',note='inverted cue "commented Marco Valentini"; invented analyst')
q('884','Now Tokayev will have to prove that he governs alone,','Marco Valentini','he','added')
c('884','detained',12000,None,'people detained since the beginning of the protests',PGO,'12,000 people have been detained')
c('884','killed',17,None,'members of the security forces killed','Kazakh authorities','17 members of the security forces were killed')
c('884','troops_deployed',2000,'about','CSTO soldiers deployed',None,'about 2,000 soldiers from Russia')
e('884','2022-01-14','statement',None,['Eni'],'a company spokesperson told "Agenzia Nova" today')
e('884','2022-01-13','statement','Rome',['Luigi Di Maio'],'Luigi Di Maio said yesterday')
e('884','2022-01-13','withdrawal','Almaty',[CSTO,'Russia'],'began yesterday, with the first Russian units leaving Almaty')
e('884',None,'withdrawal','Kazakhstan',[CSTO,'Andrei Serdyukov'],'would be home "by the end of next week"',note='completion "by the end of next week" (no single day; real: 19 Jan)')
e('884','2022-01-02','protest','Zhanaozen',[],'broke out on 2 January in Zhanaozen')

# ---------------- 883 AP wire-feed copy, 7th Ld-Writethru (end stamp AP-WF-01-07-22; Friday 7 January 2022)
art('883',0,2,7,'Associated Press','2022-01-07',['JIM HARLAN','NINA KOVALEVA'],'ALMATY, Kazakhstan',
    ['BC-AS--Kazakhstan-Protests, 7th Ld-Writethru','Eds: UPDATES with detention figures, Price comments, details on internet outage. With AP Photos.',
     'By JIM HARLAN and NINA KOVALEVA','Associated Press','___','Associated Press writer Pavel Gromov in Moscow contributed.','AP-WF-01-07-22 1612GMT'],
    le=ln('883','he told reporters.'))
q('883','Anyone who refuses to lay down arms will be eliminated,',TOK,'Tokayev','said')
q('883','What talks can we hold with criminals and killers?',TOK,'Tokayev','said',note='second half after the interposed "Tokayev said."')
q('883','strategic facilities.',CSTO,'The alliance','says',partial=True,note='AP style: full stop inside the closing mark')
q('883','for as long as Nur-Sultan asks them to.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('883',"We stay inside. We hear shooting at night and we don't know who is shooting at whom,",'Saule','Saule','said',note='inverted "said Saule", first name only')
q('883','serious questions about why this request was made','Ned Price','State Department spokesman Ned Price','said',partial=True)
q('883','We will be watching closely for any violations of human rights,','Ned Price','he','told')
c('883','killed',26,None,'armed attackers killed',MIA,'26 armed attackers had been killed')
c('883','detained',3000,'more than','people detained across the country',MIA,'more than 3,000 people detained')
c('883','killed',18,None,'law enforcement officers killed',MIA,'Eighteen law enforcement officers have died',note='written-out figure at a sentence start; "two of them found beheaded" is a subset, not a claim')
c('883','troops_deployed',2500,'about','CSTO force',CSTO,'the force numbers about 2,500')
e('883','2022-01-07','statement',None,[TOK],"Kazakhstan's president said Friday",note='televised address')
e('883',None,'casualty_report',None,[MIA],'The Interior Ministry said 26 armed attackers',note='no day given')
e('883','2022-01-02','protest','western Kazakhstan',[],'The violence began last Sunday',note='"last Sunday" from Friday 7 Jan')
e('883','2022-01-05','protest','Almaty',[],"set fire to the mayor's office on Wednesday")
e('883','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('883',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said',note='undated')
e('883','2022-01-06','statement','Washington',['Ned Price'],'Ned Price said Thursday')

# ---------------- speakers: quoted speakers, plus organisations used as sources/participants (not quoted)
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','the president',"Kazakhstan's president"]),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['he']),
 sp('Stanislav Zas','person',['Stanislav Zas','Zas'],['CSTO Secretary General'],'Belarus',note='the correction note says his first name was corrected'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister'],'Russia',note='canonical spelling from the gold'),
 sp(KPO,'organisation',['Kazakh presidency',"president's office"],[],'Kazakhstan',['the Kazakh presidency','It']),
 sp('Almaty airport operator','organisation',["airport's operator"],[],'Kazakhstan',["The airport's operator"]),
 sp('Aigerim','person',['Aigerim'],['a 34-year-old accountant'],'Kazakhstan',note='invented; first name only'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State'],'United States',note='words invented'),
 sp('Park Min-jae','person',['Park Min-jae','Park'],['runs a small trading firm in Almaty'],'South Korea',note='invented'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',['she'],note='words invented'),
 sp('Aidos Serikbayev','person',['Aidos Serikbayev'],['Analyst'],'Kazakhstan',['he'],note='invented, as is the Steppe Policy Institute'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',['he'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister','OSCE chair'],'Poland',['He','The Polish minister'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['the Russian diplomat'],note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['Ambassador','The head of the US delegation'],'United States',note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','General','the commander of the peacekeeping contingent','The commander of the mission'],'Russia',['He'],note='words invented'),
 sp('Eni','organisation',['Eni'],[],'Italy',['the spokesperson','a company spokesperson'],note='unnamed spokesperson folded into the company'),
 sp('Luigi Di Maio','person',['Luigi Di Maio','Di Maio'],['Italian Foreign Minister'],'Italy',['the minister'],note='words invented'),
 sp('Marco Valentini','person',['Marco Valentini'],['an analyst at the Rome-based Centre for Eurasian Studies'],'Italy',['he'],note='invented, as is the Centre'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',note='words invented'),
 sp('Saule','person',['Saule'],['a 52-year-old teacher'],'Kazakhstan',note='invented; first name only'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States',['he'],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 5 files; not quoted'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['the committee'],quoted=False,note='statement reported, not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',quoted=False,note='source of the aircraft figure'),
 sp(RFM,'organisation',["Russia's Foreign Ministry"],[],'Russia',quoted=False,note='"offensive" is a one-word quote (excluded)'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',quoted=False,note='source of the 12,000 figure'),
 sp(KRMFA,'organisation',['foreign ministry'],[],'South Korea',['the ministry'],quoted=False,note='its anonymous official is quoted with speaker null'),
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
