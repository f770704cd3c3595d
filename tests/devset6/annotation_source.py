#!/usr/bin/env python3
"""Source of the devset6 annotation: the hand-chosen spans, values and dates for 141-148.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset6/annotation_source.py && python3 tests/devset6/verify.py
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
    for a in authors: assert a in T[f],(f,a)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    if hl is not None: assert hl in L[headline_line-1],(f,hl)
    A.append(dict(doc=f,index=index,headline=hl if hl is not None else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    if zone=='related': art=None
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; AI='Amnesty International'

# ---------------- 141 RFE/RL (Azattyq) report (Tuesday, January 11, 2022)
art('141',0,1,5,'RFE/RL','2022-01-11',['Aigul Temirkhanova'],'ALMATY, Kazakhstan',
    ['January 11, 2022 18:40 GMT',"By Aigul Temirkhanova and RFE/RL's Kazakh Service",'Copyright (c) 2022. RFE/RL, Inc. All Rights Reserved.'])
q('141','Nobody tells us anything. They say he is not on their lists, but his friends saw police put him in a van,','Marat Zhunusov','Zhunusov','said',
  note='stand-alone paragraph after "told RFE/RL\'s Kazakh Service" (indirect speech) in the paragraph before; cue from its own sentence')
q('141',"The authorities' shoot-without-warning order is a recipe for unlawful killings,",'Mihra Rittmann','Mihra Rittmann','said',
  note='inverted cue ", said NAME, TITLE at Human Rights Watch"; the organisation name is not the speaker')
q('141','People detained must have prompt access to lawyers and their families.','Mihra Rittmann','Mihra Rittmann','said',note='continuation after the interposed attribution')
q('141','deeply alarming',AI,AI,'called',partial=True,note='"said in a statement ... and called the mass arrests "..."')
q('141','more than 300 requests','Bakhytzhan Toregozhina','Bakhytzhan Toregozhina','said',partial=True,note='the figure is not a claim (requests, not people)')
q('141','I will go to every prison in this country if I have to,','Marat Zhunusov','he','said',note='surname-only mention "Zhunusov said he would keep looking." before the quote')
c('141','detained',9900,None,'people detained nationwide since 2 January',MIA,'9,900 people had been detained')
c('141','killed',164,None,'people killed (later called preliminary)','officials','164 people were killed')
c('141','detained',2000,'at least','detainees in Almaty denied a lawyer',AI,'at least 2,000 detainees')
c('141','other',20000,None,'"bandits" who attacked Almaty (Tokayev\'s figure)',TOK,'20,000 "bandits" attacked Almaty')
c('141','troops_deployed',2030,'about','CSTO troops from five countries',None,'Some 2,030 troops')
e('141','2022-01-10','statement',None,[MIA],'The Interior Ministry said on January 10')
e('141','2022-01-02','protest',None,[],'since the protests began on January 2')
e('141','2022-01-06','arrest','Almaty',['police'],'went missing in Almaty on January 6',note='disappearance; friends saw police take him')
e('141',None,'arrest','Taldykorgan',[],'her brother had been taken from his home the day before',note='"the day before" has no anchor date in the text')
e('141','2022-01-10','statement',None,['Human Rights Watch'],'Human Rights Watch on January 10 urged')
e('141',None,'statement',None,[AI],'Amnesty International said in a statement')
e('141','2022-01-11','statement','Nur-Sultan',[TOK],'He told parliament on January 11')
e('141','2022-01-13','withdrawal','Kazakhstan',[CSTO],'their withdrawal would start in two days',note='future; "in two days" from 11 Jan')
e('141','2022-01-05','other',None,[TOK,CSTO],'after Tokayev asked for help on January 5',note='request for CSTO help')
e('141',None,'statement',None,["Kazakh Prosecutor General's Office"],"The Prosecutor-General's Office said last week",note='"last week" left undated')

# ---------------- 142 encyclopedia-style summary (no date, no byline)
art('142',0,1,6,None,None,[],None,
    ['From the free encyclopedia','This article is about the deployment of Collective Security Treaty Organization forces during the 2022 Kazakh unrest. For the protests themselves, see 2022 Kazakh unrest.',
     'Contents','1 Request','2 Deployment','3 Withdrawal','4 Reactions','5 References','References'],sections=(15,18,23,26,33))
q('142','terrorist bands',TOK,'Tokayev','describing',partial=True,note='two-word evaluative wording with a verb of saying; borderline with the label "terrorists"')
q('142','for a limited period of time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announced',partial=True,note='footnote marker "[4]" follows the full stop after the closing mark')
q('142','successfully completed',TOK,'Tokayev','told',partial=True)
q('142',"one lesson in recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave",'Antony Blinken','United States Secretary of State Antony Blinken','saying',partial=True,
  note='closing mark, full stop, then the footnote marker ".[15]"')
c('142','troops_deployed',2030,None,'CSTO contingent by 8 January','CSTO','the contingent numbered 2,030 servicemen',note='"according to the CSTO secretariat"')
c('142','other',250,None,'units of military equipment of the CSTO contingent','CSTO','250 units of military equipment')
c('142','troops_deployed',1100,'about','Russian troops in the contingent','Reuters','about 1,100 troops, according to Reuters')
c('142','troops_deployed',500,None,'Belarusian soldiers',None,'Belarus sent 500 soldiers')
c('142','troops_deployed',100,None,'Armenian soldiers',None,'Armenia 100',note='elliptical list: the noun and verb are omitted')
c('142','troops_deployed',200,None,'Tajik soldiers',None,'Tajikistan 200')
c('142','troops_deployed',150,None,'Kyrgyz soldiers',None,'Kyrgyzstan 150',note='footnote markers "[8][9]" glued after the full stop')
c('142','other',110,'more than','transport aviation sorties to move the contingent',None,'more than 110 sorties',note='sorties (flights), not aircraft')
e('142','2022-01-05','other',None,[TOK,CSTO],'On 5 January 2022, Tokayev appealed to the CSTO heads of state',note='request for CSTO help')
e('142','2022-01-05','statement',None,['Nikol Pashinyan',CSTO],'announced the same night',note='"the same night" = 5 January')
e('142','2022-01-06','troop_deployment','Almaty',[CSTO],'The first Russian paratroopers landed in Almaty on 6 January')
e('142',None,'appointment',None,['Andrei Serdyukov',CSTO],'was appointed commander of the collective force',note='undated in the text')
e('142','2022-01-11','statement','Nur-Sultan',[TOK],'On 11 January Tokayev told the Mazhilis')
e('142','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin two days later',note='"two days later" after 11 January')
e('142','2022-01-13','other','Almaty',[CSTO],'A farewell ceremony was held in Almaty on 13 January')
e('142','2022-01-13','withdrawal','Almaty',[CSTO],'The first aircraft carrying Russian troops home left Almaty the same day',note='"the same day" = 13 January')
e('142','2022-01-07','statement',None,['Antony Blinken'],'questioned the need for the deployment on 7 January')
e('142',None,'statement',None,['Maria Zakharova'],'called the remark "offensive"')
e('142',None,'statement',None,['China'],'The Chinese government expressed support')
e('142','2022-01-07','statement',None,[TOK],"the 'shoot without warning' order announced by Tokayev on 7 January")

# ---------------- 143 BBC Monitoring digest of state media (8 January 2022)
art('143',0,1,5,'BBC Monitoring','2022-01-08',[],None,
    ['BBC Monitoring','Published: 8 January 2022','Sources: Channel One TV, Moscow, in Russian 1800 gmt 7 Jan 22; Rossiya 1 TV; RIA Novosti; Kazinform; Khabar 24 TV','(c) BBC Monitoring 2022'])
q('143','strategic facilities','Channel One','Russian state TV Channel One','reported',partial=True,note='the channel\'s own report; no person named')
q('143','more than 70 aircraft','Igor Konashenkov','Defence Ministry spokesman Igor Konashenkov','as saying',partial=True,
  note='chain "The channel quoted X as saying": the speaker is X, not the channel (gold 002 l.386)')
q('143','quiet but tense',None,"Rossiya 1 TV's correspondent",'said',partial=True,note='unnamed correspondent')
q('143','as long as the Kazakh side deems necessary','Dmitry Peskov','Peskov','said',partial=True,note='surname-only second mention; RIA Novosti is the medium')
q('143','Those who do not surrender will be destroyed.',TOK,'Tokayev','as telling',note='"Khabar 24 quoted Tokayev as telling viewers: “…”"; the speaker is Tokayev, not the channel')
q('143',"once again tried to set fire to a neighbour's house",'Vladimir Solovyov','Pro-Kremlin commentator Vladimir Solovyov','told',partial=True)
q('143','thank Moscow','Vladimir Solovyov','Solovyov','said',partial=True)
q('143','We learn the news from Russian TV, because our own channels show cartoons.',None,'an unnamed resident','as saying',malformed=True,note='closing mark missing: the paragraph ends after "cartoons."; Vlast.kz "quoted an unnamed resident as saying: "…"')
c('143','aircraft',70,'more than','aircraft that flew the Russian contingent to Kazakhstan','Igor Konashenkov','more than 70 aircraft',note='inside a partial quote')
c('143','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('143','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('143','killed',18,None,'law-enforcement officers killed',MIA,'18 law-enforcement officers had died')
c('143','injured',748,None,'law-enforcement officers injured',MIA,'748 had been injured')
c('143','troops_deployed',2500,'about','troops that could eventually be deployed','CSTO','about 2,500 troops could eventually be deployed',note='anonymous "source in the CSTO secretariat" cited by Kommersant; possible, not actual')
e('143','2022-01-05','protest','Almaty',[],'which had been seized by rioters on 5 January',note='airport seized')
e('143','2022-01-07','troop_deployment','Almaty',['Russia',CSTO],'Russian paratroopers were guarding',note='dated from the broadcast source line (1800 gmt 7 Jan 22)')
e('143',None,'talks',None,['Vladimir Putin',TOK],'had spoken by phone with Tokayev several times over the past days')
e('143','2022-01-08','statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told state news agency RIA Novosti',note='dated from the source line (1012 gmt 8 Jan 22)')
e('143','2022-01-08','casualty_report',None,[MIA],'Kazakh news agency Kazinform quoted the Interior Ministry',note='dated from the source line (0715 gmt 8 Jan 22)')
e('143','2022-01-07','statement',None,[TOK],"Tokayev's televised address of 7 January")
e('143',None,'other','Almaty',[],'mobile internet in Almaty had been switched off for a fourth day',note='"a fourth day": no start date given')

# ---------------- 144 Hansard (Tuesday 11 January 2022)
art('144',0,1,7,'House of Commons Hansard','2022-01-11',[],None,
    ['Volume 706: debated on Tuesday 11 January 2022','House of Commons Hansard','12.36 pm','Col. 224','12.51 pm'])
q('144','The CSTO forces will not take part in any law enforcement operations and will leave when their task is complete.','Mukhtar Tileuberdi','Mukhtar Tileuberdi','said',
  note='quoted inside Mr Ellwood\'s unmarked speech; the speaker is the quoted minister; the speeches after the member labels are not quotes')
c('144','killed',164,None,'people killed, including children','Kazakh authorities','164 people have been killed')
c('144','detained',10000,'almost','people detained','Kazakh authorities','almost 10,000 have been detained')
c('144','troops_deployed',2000,'about','CSTO troops, mostly Russian',None,'about 2,000 troops')
c('144','detained',10000,None,'detainees (Ellwood\'s question)',None,'the 10,000 detainees')
c('144','killed',26,'at least','protesters shot dead in Almaty',None,'at least 26 protesters were shot dead',note='"Reports suggest"')
e('144','2022-01-11','other','London',['Tobias Ellwood','James Cleverly'],'(Urgent Question): To ask the Secretary of State',note='Commons urgent question')
e('144','2022-01-05','other',None,[TOK,CSTO],'requested assistance from the Collective Security Treaty Organization on 5 January')
e('144','2022-01-13','withdrawal','Kazakhstan',[CSTO],'their withdrawal will begin on Thursday',note='future')
e('144','2022-01-10','talks','Geneva',['Sergey Ryabkov','United States'],'Only yesterday, in Geneva')
e('144',None,'statement',None,['Mukhtar Tileuberdi'],'Mukhtar Tileuberdi, said last week',note='"last week" left undated')
e('144','2022-01-12','talks','Brussels',['NATO','Russia'],"tomorrow's NATO-Russia Council in Brussels",note='future')
e('144','2022-01-10','talks',None,['Foreign Secretary','Antony Blinken'],'The Foreign Secretary spoke to Secretary Blinken yesterday',note='phone call; the Foreign Secretary is not named')
e('144','2022-01-13','talks','Vienna',['OSCE'],'at the OSCE in Vienna on Thursday',note='future')

# ---------------- 145 forwarded embassy statement (Friday, January 7, 2022)
HL145='Statement of the Embassy of the Republic of Kazakhstan on the events of January 2-7'
art('145',0,4,21,'Embassy of the Republic of Kazakhstan','2022-01-07',[],None,
    ['From: Press Office <press@kazembassy-example.org>','Sent: Friday, January 7, 2022 10:14 AM','To: Media List','Subject: FW: '+HL145,
     'Dear colleagues,','Kind regards,','-----Original Message-----','From: Consular Section','Sent: Friday, January 7, 2022 8:02 AM','Subject: '+HL145,
     '--','Dana Bekmukhambetova | Press Attaché','Tel: +1 (202) 555-0148','www.kazembassy-example.org',
     'CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s). If you have received this message in error, please notify the sender and delete it. Any unauthorised use is prohibited.'],
    hl=HL145)
q('145','Order has largely been restored in all regions of the country. Counter-terrorist operations will continue until the militants are completely destroyed.',TOK,'the Head of State','said')
q('145','the peacekeeping forces of the CSTO are here for a limited time',TOK,'The President','noted',partial=True,note='«guillemets»; embedded after "and that"')
c('145','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers were killed')
c('145','injured',700,'more than','law enforcement officers injured',MIA,'more than 700 were injured')
c('145','killed',2,None,'officers found beheaded (among the 18)',MIA,'Two of the officers were found beheaded',note='written-out; a subset of the 18, like the gold\'s "two of his deputies"')
c('145','detained',3811,None,'people detained',TOK,'3,811 people had been detained')
c('145','troops_deployed',2500,'about','CSTO contingent','Embassy of the Republic of Kazakhstan','numbering about 2,500 servicemen')
e('145','2022-01-02','protest','Zhanaozen',[],'peaceful rallies began in the city of Zhanaozen')
e('145',None,'other','Mangystau region',['Government of Kazakhstan'],'reducing the price to 50 tenge per liter',note='"responded immediately": undated')
e('145','2022-01-04','protest','Almaty',[],'from January 4 the protests were hijacked')
e('145','2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the Government')
e('145','2022-01-05','state_of_emergency','Almaty',[TOK],'declared a state of emergency in Almaty and Mangystau region')
e('145','2022-01-05','appointment',None,[TOK],'he took over as Chairman of the Security Council',note='"Later that day" = 5 January')
e('145','2022-01-07','statement',None,[TOK],'In his address to the nation on January 7')
e('145','2022-01-07','statement',None,['Embassy of the Republic of Kazakhstan'],'STATEMENT OF THE EMBASSY OF THE REPUBLIC OF KAZAKHSTAN',note='dated from the "Sent:" line of the original message')

# ---------------- 146 long-read feature (Thu 13 Jan 2022)
art('146',0,2,3,None,'2022-01-13',['Helen Marsh'],'Almaty',
    ['The Long Read','by Helen Marsh in Almaty','Thu 13 Jan 2022 06.00 GMT','Protesters in Almaty on 5 January. Photograph: Abduaziz Madyarov/AFP via Getty Images',
     "Related: Kazakhstan's president says 'terrorists' plotted coup",'Tanks in the city during the unrest. Photograph: Vladimir Tretyakov/AP',
     'This article was amended on 13 January 2022 to correct the age of Asel Nurgaliyeva.'],sections=(15,33))
q('146','Then the shooting started, and nobody was silent any more,','Yerzhan Kaliyev','he','told',note='"he told me"; named in the sentence before')
q('146','We did not invite anyone,','Asel Nurgaliyeva','Asel Nurgaliyeva','said')
q('146','We wanted cheap gas and honest elections, and we got tanks.','Asel Nurgaliyeva','Asel Nurgaliyeva','said',note='continuation after the interposed attribution')
q('146','We did not invite anyone','Asel Nurgaliyeva','Asel Nurgaliyeva',None,n=2,note='pull quote repeating l.21 (without the comma); no cue (devset4 130 convention)')
q('146','a struggle inside the elite','Dossym Satpayev','Dossym Satpayev','said',partial=True)
q('146','I have never seen anything like it in twenty years,',None,'he','said',note='anonymous surgeon ("asked not to be named"); "twenty years" is a duration')
q('146','Not this year,','Yerzhan Kaliyev','he','said',note='"Kaliyev says …" before; split by "he said, and laughed."')
q('146','Maybe never.','Yerzhan Kaliyev','he','said',note='continuation after the interposed attribution')
c('146','killed',164,None,'people killed nationwide','officials','164 people died across the country')
c('146','killed',103,None,'people killed in Almaty','officials','103 of them in Almaty')
c('146','other',20000,None,'"terrorists" who attacked Almaty (Tokayev\'s figure)',TOK,'20,000 "terrorists" attacked Almaty')
c('146','troops_deployed',2000,'about','CSTO troops',TOK,'about 2,000 of them')
c('146','detained',10000,'almost','people detained',MIA,'Almost 10,000 people have been detained')
c('146','injured',40,'more than','gunshot wounds treated in one hospital in one night',None,'more than 40 gunshot wounds',note='anonymous surgeon')
e('146','2022-01-05','protest','Almaty',[],'a crowd of several thousand was gathering')
e('146','2022-01-02','protest','Zhanaozen',[],'The unrest began on 2 January in Zhanaozen')
e('146','2022-01-05','other',None,[TOK,CSTO],'On the night of 5 January, Tokayev asked',note='request for CSTO help')
e('146','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'The next morning, Russian paratroopers began landing',note='"The next morning" after the night of 5 January')
e('146','2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday he told parliament that the mission was over')
e('146','2022-01-06','arrest',None,['Karim Masimov'],'who was detained on 6 January on suspicion of treason')

# ---------------- 147 Moscow Times-style report (Jan. 10, 2022, a Monday)
art('147',0,2,7,'The Moscow Times','2022-01-10',[],None,
    ['News','Jan. 10, 2022 — 21:15','Updated: Jan. 11, 2022','The Moscow Times','Read more: Russian Troops to Leave Kazakhstan Within Days, Tokayev Says',
     'Read more about the Kazakhstan crisis on our website.'])
q('147','The talks were difficult, long, very professional,','Sergey Ryabkov','Ryabkov','told')
q('147','We have the impression that the American side took the Russian proposals very seriously.','Sergey Ryabkov','Ryabkov','told',note='continuation after the interposed attribution')
q('147','no grounds for optimism','Sergey Ryabkov','he','added',partial=True)
q('147','simply non-starters','Wendy Sherman','Sherman','called',partial=True,note='surname-only mention')
q('147','We will not run ahead,','Dmitry Peskov','Peskov','said',note='em-dash cue: ”,” — Peskov said”')
q('147','ready to carry out any task','Andrei Serdyukov','Serdyukov','told',partial=True,note='"writes Kommersant" in the next sentence refers to the troop figure, not this quote')
q('147','the undermining of the foundations of the state','Vladimir Putin','Putin','said',partial=True,note='"colour revolutions" in the same sentence is a label (excluded)')
q('147','an extra trump card','Tatiana Stanovaya','Tatiana Stanovaya','wrote',partial=True,note='Telegram post; "43" is an age')
c('147','other',7,None,'strategic facilities under Russian control',RDM,'7 strategic facilities')
c('147','troops_deployed',3000,'about','servicemen from five CSTO countries','Andrei Serdyukov','around 3,000 servicemen',note='"writes Kommersant, citing its own sources"')
c('147','aircraft',75,None,'aircraft involved in the airlift',None,'75 aircraft had been involved in the airlift',note='anonymous source via RBC')
c('147','detained',9900,None,'detentions since the start of the unrest',MIA,'9,900 detentions')
e('147','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'after almost eight hours of talks with U.S. Deputy Secretary of State Wendy Sherman in Geneva')
e('147','2022-01-12','talks','Brussels',['NATO','Russia'],'Jan. 12 in Brussels',note='future')
e('147','2022-01-13','talks','Vienna',['OSCE','Russia'],'Jan. 13 in Vienna',note='future')
e('147',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov earlier said',note='"earlier": undated')
e('147','2022-01-09','statement',None,['Andrei Serdyukov'],'Serdyukov told the Zvezda TV channel on Sunday')
e('147','2022-01-13','withdrawal','Kazakhstan',['Russia'],'would return to Russia as early as Jan. 13',note='future; expected')
e('147','2022-01-10','statement',None,[MIA],"Kazakhstan's Interior Ministry on Monday reported")
e('147','2022-01-10','talks',None,['Vladimir Putin',CSTO],'speaking at an online CSTO summit on the same day',note='"the same day" = Monday 10 Jan')

# ---------------- 148 podcast transcript (Wednesday, 12 January 2022)
art('148',0,1,5,'The Eurasia Hour','2022-01-12',[],None,
    ['Released: Wednesday, 12 January 2022 · 38 min listen','Transcript','[MUSIC]'])
q('148','In my twenty-five years of practice I have never seen the courts work like this, at night, in batches.',None,'A lawyer I know','told',
  note='quoted by the guest inside her unmarked answer; anonymous lawyer; the turns after "JS:" / "AK:" are not quotes')
q('148','a limited operation','Dmitry Peskov','Peskov','said',partial=True)
q('148','a dead end','Sergey Ryabkov','Ryabkov','called',partial=True)
c('148','troops_deployed',2030,'about','CSTO troops, most of them Russian',None,'about 2,030 troops came')
c('148','other',20000,None,'"bandits" who attacked Almaty (Tokayev\'s figure, in the host\'s question)',TOK,'20,000 bandits attacked Almaty')
c('148','detained',10000,'almost','people detained',MIA,'almost 10,000 people were detained')
e('148','2022-01-05','protest','Almaty',[],'By the afternoon the akimat, the mayor\'s office, was burning',note='"On Wednesday the fifth"')
e('148','2022-01-05','other',None,[TOK,CSTO],'Tokayev asked for help on the night of the fifth')
e('148','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'by the morning of the sixth the first Russian planes were landing')
e('148','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')
e('148','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal starts tomorrow',note='future; "tomorrow" from the release date 12 Jan')
e('148',None,'statement',None,['Dmitry Peskov'],'Peskov said last week',note='"last week" left undated')
e('148',None,'talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'while Ryabkov is sitting across from Wendy Sherman in Geneva',note='present tense, no day given (10 Jan by world knowledge)')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','the Head of State','The President'],'Kazakhstan',
    ['He','he','The Kazakh president'],["Tokayev's"],note='"the Head of State" / "The President" in the embassy statement (145)'),
 sp('Marat Zhunusov','person',['Marat Zhunusov','Zhunusov'],[],'Kazakhstan',['he'],note='invented; father of a missing man'),
 sp('Mihra Rittmann','person',['Mihra Rittmann'],['senior Central Asia researcher at Human Rights Watch'],None,note='Human Rights Watch researcher; words invented'),
 sp(AI,'organisation',[AI],[],None),
 sp('Bakhytzhan Toregozhina','person',['Bakhytzhan Toregozhina'],['head of the rights group Ar.Rukh.Khak'],'Kazakhstan',note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',[],['Pashinyan, Nikol'],note='reference-list form "Pashinyan, Nikol"'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['United States Secretary of State','Secretary'],'United States',[],['Secretary Blinken']),
 sp('Channel One','organisation',['Channel One'],['Russian state TV'],'Russia',note='Russian state TV channel; "Channel One TV" in source lines'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Defence Ministry spokesman'],'Russia'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Vladimir Solovyov','person',['Vladimir Solovyov','Solovyov'],['Pro-Kremlin commentator'],'Russia'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['The Kazakh Foreign Minister'],'Kazakhstan'),
 sp('Yerzhan Kaliyev','person',['Yerzhan Kaliyev','Kaliyev'],['taxi driver'],'Kazakhstan',['he'],note='invented; "31-year-old"'),
 sp('Asel Nurgaliyeva','person',['Asel Nurgaliyeva'],['economist'],'Kazakhstan',note='invented; "45-year-old"'),
 sp('Dossym Satpayev','person',['Dossym Satpayev','Satpayev'],['political scientist'],'Kazakhstan',note='words invented; his single-quoted l.31 sentence is excluded'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['he']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','commander of the Russian Airborne Forces'],'Russia'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Tatiana Stanovaya','person',['Tatiana Stanovaya','Stanovaya'],['Political analyst','founder of the R.Politik consultancy'],'Russia',note='words invented; "43" is her age'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False),
 sp(RDM,'organisation',['Defence Ministry','Defense Ministry'],[],'Russia',quoted=False,note='143 "Defence Ministry spokesman"; 147 "the Defense Ministry"'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,quoted=False),
]

OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
    else:
        assert '\n' in x['quote'] or not (t[o-1] in OPEN and t[k] in CLOSE),(x['doc'],x['quote'][:30])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
