#!/usr/bin/env python3
"""Source of the devset78 annotation: the hand-chosen spans, values and dates for 717-724.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset78/annotation_source.py && python3 tests/devset78/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
EGMFA='Egyptian Foreign Ministry'; PTMFA='Portuguese Ministry of Foreign Affairs'

# ---------------- 717 CTK English service (07.01.2022, a Friday)
art('717',0,3,4,'ČTK','2022-01-07',['Petra Novotná'],'Prague',
    ['ČTK - Czech News Agency | English service','Home > News > World','07.01.2022 14:52 | Author: Petra Novotná (CTK) | Category: World',
     'Share: Facebook | Twitter | E-mail | Print','pno/jw','© ČTK 2022. All rights reserved. Reproduction without permission prohibited.',
     'Related: Lipavský: Czech Republic will stand by Ukraine | Russia moves 100,000 troops near Ukraine, NATO warns'])
q('717','We are in contact with about 60 Czechs who are in Kazakhstan, and none of them has reported an injury,','Hana Dvořáková','ministry spokeswoman Hana Dvořáková','told',note='inverted cue "…," ministry spokeswoman NAME told CTK; the quote opens the body after the stamp/share lines')
q('717','with great concern','Jan Lipavský','Foreign Minister Jan Lipavský','said in a tweet',partial=True)
q('717','Those who did not surrender will be eliminated,',TOK,'he','said',note='"he said in a televised address"; he = Tokayev (previous sentence)')
q('717','This is not a peacekeeping mission in the classic sense, it is a police operation dressed up as one,','Karel Šrámek','Karel Šrámek','told',note='"…," Karel Šrámek, an analyst at …, told CTK (appositive between name and cue)')
q('717','can move quickly when it wants to','Karel Šrámek','Šrámek','said',partial=True)
c('717','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('717','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('717','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died',note='"According to the ministry"')
c('717','injured',748,None,'members of the security forces injured',MIA,'748 were injured')
c('717','troops_deployed',2500,'about','CSTO soldiers taking part',CSTO,'About 2,500 soldiers will take part',note='"its secretariat said"')
c('717','troops_deployed',100000,None,'Russian troops near Ukraine','NATO','Russia moves 100,000 troops near Ukraine',zone='related',note='related-links line at the foot of the page')
e('717','2022-01-07','statement',None,['Czech Foreign Ministry'],'the Czech Foreign Ministry told CTK on Friday')
e('717','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'a day after Russian-led troops began landing',note='"a day after" Friday 7 Jan')
e('717','2022-01-06','other','Kazakhstan',['Czech Foreign Ministry'],'the honorary consulate in Almaty were closed on Thursday',note='embassy and consulate closed')
e('717',None,'statement',None,['Jan Lipavský'],'Foreign Minister Jan Lipavský said in a tweet',note='undated tweet')
e('717','2022-01-07','statement',None,[TOK],'Tokayev said on Friday he had ordered security forces')
e('717',None,'casualty_report',None,[MIA],'The Kazakh Interior Ministry said 26 rioters',note='no day given')
e('717','2022-01-05','other',None,[CSTO,TOK],'agreed on Wednesday night to send troops',note='CSTO decision to deploy')
e('717',None,'talks',None,['NATO','Russia'],"ahead of next week's talks with Russia",note='"next week" is not a day (real: 2022-01-12 NATO-Russia Council)')

# ---------------- 718 TASR English news (Saturday, 08 January 2022)
art('718',0,5,7,'TASR','2022-01-08',[],'Bratislava',
    ['TASR – Tlačová agentúra Slovenskej republiky','ENGLISH NEWS | Foreign','Saturday, 08 January 2022 | 11:37','Edited by: mh',
     'Tags: Kazakhstan, CSTO, Korčok, Visegrad','Copyright © TASR 2022. All rights reserved.'])
q('718','The people of Kazakhstan have a right to express their views without being shot at. At the same time, violence against police is unacceptable,','Ivan Korčok','Korčok','told')
q('718','based on human rights and not on geopolitics','Ivan Korčok','he','added',partial=True,note='interposed cue "Slovakia, he added, will support …"; he = the minister (Korčok)')
q('718',"Should Kazakhstan become a second Belarus, we will see the same scenario on the EU's eastern border,",'Zuzana Hlaváčová','Slovak MEP Zuzana Hlaváčová','warned',note='inverted "…," warned Slovak MEP NAME, speaking to TASR by phone')
q('718','shown that it can be in Almaty within 24 hours','Matej Kováčik','Security analyst Matej Kováčik','said',partial=True,note='a duration inside a partial (not a claim)')
q('718','The question is not how fast they come, but when, if ever, they leave,','Matej Kováčik','he','added',note='full quote directly after the partial, same paragraph')
c('718','detained',4404,None,'people detained',MIA,'put the number of detained people at 4,404',note='number after its noun')
c('718','killed',164,None,'people dead (report later called an error)','Kazakh state television','164 people had died in the unrest',note='the Health Ministry later said the report was an error')
c('718','troops_deployed',2030,'about','CSTO troops in Kazakhstan',RDM,'roughly 2,030 troops',note='"roughly" normalised to about')
c('718','aircraft',70,'more than','transport aircraft flying the troops in',RDM,'more than 70 transport aircraft')
e('718','2022-01-08','statement',None,['Ivan Korčok'],'on Saturday called on the Kazakh authorities')
e('718','2022-01-07','talks',None,['Ivan Korčok','Visegrad Group'],'with his counterparts in the Visegrad Group on Friday')
e('718','2022-01-08','casualty_report',None,[MIA],'The Kazakh Interior Ministry on Saturday put')
e('718',None,'casualty_report',None,['Kazakh state television'],'Kazakh state television earlier reported',note='"earlier", no day')
e('718',None,'statement',None,['Zuzana Hlaváčová'],'speaking to TASR by phone',note='undated')
e('718',None,'other',None,['European Parliament'],'during its plenary session later this month',note='future debate; "later this month" is not a day')

# ---------------- 719 BTA English (10.01.2022, a Monday)
art('719',0,4,8,'BTA','2022-01-10',['Desislava Georgieva'],'Sofia',
    ['BTA | Bulgarian News Agency','English | World | 10.01.2022 17:05','Sofia, January 10 (BTA correspondent Desislava Georgieva)','/DG/',
     'Follow BTA on Facebook and Telegram','(c) Bulgarian News Agency 2022'])
q('719','complicated but successful','Teodora Genchovska','Foreign Minister Teodora Genchovska','told',partial=True)
q('719','Our consul worked around the clock. I thank our Turkish colleagues for the seats they found for us,','Teodora Genchovska','Genchovska','said')
q('719','We heard shooting every night. On the third day, soldiers in different uniforms appeared in the streets,','Stoyan Dimitrov','Dimitrov','told',note='passenger introduced with occupation and age (44) in the previous sentence')
q('719',"an attempted coup d'état",TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('719','The mission will be completed, and the contingent will be withdrawn,','Vladimir Putin','he','promised',note='he = Putin (previous sentence); Tokayev is the nearer earlier name in the paragraph above')
q('719','Bulgaria insists that no decisions about European security can be made without the Europeans at the table,','Teodora Genchovska','Genchovska','said',note='inverted "…," said Genchovska, adding that …')
c('719','other',20000,None,'"terrorists" who attacked Almaty',TOK,'20,000 "terrorists" had attacked Almaty',note='one-word scare quote "terrorists" excluded from quotes')
c('719','detained',7939,None,'people detained','Kazakh authorities','7,939 people had been detained')
e('719','2022-01-09','other','Sofia',['Bulgarian Foreign Ministry','Turkish Airlines'],'returned to Sofia on Sunday',note='evacuation flight')
e('719','2022-01-10','statement','Sofia',['Teodora Genchovska'],'told reporters at Sofia Airport on Monday')
e('719','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'told an online summit of the Collective Security Treaty Organization on Monday')
e('719','2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Monday')
e('719','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'opened in Geneva on Monday')
e('719','2022-01-12','talks',None,['NATO','Russia'],'A NATO-Russia Council meeting follows on Wednesday',note='future; Wednesday after Monday 10 Jan')
e('719','2022-01-13','talks','Vienna',['OSCE'],'will discuss European security on Thursday in Vienna',note='future')
e('719','2022-01-01','other',None,['Poland','OSCE'],'whose chairmanship Poland took over on January 1')

# ---------------- 720 Tanjug (12 January 2022, a Wednesday)
art('720',0,5,7,'Tanjug','2022-01-12',[],'BELGRADE',
    ['TANJUG','Serbian news agency   |   ENG   |   SRB','POLITICS','12.01.2022. 13:21   Autor: Tanjug','Follow us: Facebook  Twitter  Instagram  YouTube',
     'Tanjug © 2022 | Sva prava zadržana / All rights reserved'])
q('720','Kazakhstan is a friendly country, and we respect its sovereign decisions. We are militarily neutral and we are not going to comment on what other states do,','Aleksandar Vučić','Vučić','told')
q('720','any kind of agreement that lowers tensions','Aleksandar Vučić','Vučić','said',partial=True)
q('720','small countries always pay the highest price','Aleksandar Vučić','Vučić','said',partial=True,note='second partial in the same sentence, after "because"')
q('720','The main task has been accomplished,','Andrei Serdyukov','Serdyukov','said')
q('720','Our embassy is in contact with about 30 of our citizens, and they are all fine,','Nikola Selaković','Selaković','said',note='a citizen count inside the quote (not a claim)')
c('720','detained',9900,None,'people detained since the protests began',MIA,'9,900 people have been detained')
c('720','killed',16,None,'members of the security forces killed','Kazakh authorities','16 members of the security forces had been killed',note='"two of them beheaded" is a subset, not a claim (devset19 convention)')
c('720','troops_deployed',2030,None,'CSTO troops at the peak of the mission',RDM,'numbered 2,030 troops at its peak')
e('720','2022-01-12','statement','Belgrade',['Aleksandar Vučić'],'said on Wednesday that Serbia respects')
e('720','2022-01-12','talks','Brussels',['Russia','NATO'],'taking place in Brussels on Wednesday')
e('720','2022-01-11','statement',None,[TOK],'announced on Tuesday that the CSTO troops')
e('720',None,'withdrawal','Kazakhstan',[CSTO],'would start leaving the country within two days',note='future; "within two days" of Tuesday 11 Jan (real start 2022-01-13)')
e('720','2022-01-11','casualty_report',None,['Kazakh authorities'],'said the day before that 16 members',note='"the day before" = Tuesday 11 Jan')
e('720','2022-01-11','statement','Almaty',['Andrei Serdyukov'],'Serdyukov said in Almaty on Tuesday')
e('720',None,'statement',None,['Nikola Selaković'],'Selaković said Belgrade had no information',note='undated')

# ---------------- 721 Lusa English service (13 Jan 2022, a Thursday)
art('721',0,5,7,'Lusa','2022-01-13',[],'Lisbon',
    ['LUSA - Agência de Notícias de Portugal','English Service','World','13 Jan 2022, 10:48','By Lusa','RCS // ZO','Lusa/fim'])
q('721','days of silence','Rui Carvalho','Rui Carvalho',None,zone='headline',partial=True,note='headline partial taken from Carvalho\'s body quote ("They were days of silence"); the headline itself says "Portuguese in Almaty describe"')
q('721','For five days we had no internet, no bank cards and no idea what was happening two streets away. They were days of silence,','Rui Carvalho','Rui Carvalho','said',note='inverted "…," said NAME, 37, a Portuguese engineer …; durations/counts inside the quote')
q('721','a success',TOK,'Kazakh President Kassym-Jomart Tokayev','had said',partial=True,note='"according to … Tokayev, who had said the day before that the operation had been “…”"')
q('721','no reports of Portuguese nationals affected',PTMFA,"Portugal's Ministry of Foreign Affairs",'said',partial=True)
q('721','They ask me whether it will all happen again. I tell them I do not know,','Maria Esteves','she','said')
q('721','fully aligned','Augusto Santos Silva','Foreign Minister Augusto Santos Silva','told',partial=True)
q('721','There can be no return to spheres of influence in Europe,','Augusto Santos Silva','the minister','said')
c('721','troops_deployed',2000,'about','CSTO soldiers being withdrawn',TOK,'its roughly 2,000 soldiers',note='"according to Kazakh President … Tokayev"')
c('721','detained',9900,'more than','people detained during the protests','officials','more than 9,900 people were detained',note='"According to official figures"')
c('721','killed',164,None,'deaths (figure withdrawn)','Kazakh state television','a figure of 164 deaths',note='broadcast on Sunday, later withdrawn')
e('721','2022-01-12','withdrawal','Almaty',[CSTO],'on Wednesday he saw the first armoured vehicles',note='eyewitness; Wednesday before Thursday 13 Jan')
e('721','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing its roughly 2,000 soldiers on Thursday')
e('721','2022-01-12','statement',None,[TOK],'who had said the day before that the operation',note='"the day before" relative to Thursday 13 Jan')
e('721','2022-01-19','withdrawal',None,[RDM],'the last units would be home by 19 January',note='future completion date')
e('721','2022-01-09','casualty_report',None,['Kazakh state television'],'broadcast on Sunday by state television')
e('721','2022-01-13','talks','Vienna',['OSCE','Russia'],'were taking part on Thursday in a meeting of the Organization')
e('721','2022-01-10','talks','Geneva',['Russia','United States'],'after Geneva on Monday')
e('721','2022-01-12','talks','Brussels',['Russia','NATO'],'Brussels on Wednesday')
e('721','2022-01-12','statement',None,['Augusto Santos Silva'],'told Lusa on Wednesday')

# ---------------- 722 ANA-MPA English (11/01/2022, a Tuesday)
art('722',0,5,7,'ANA-MPA','2022-01-11',[],None,
    ['ANA-MPA | Athens-Macedonian News Agency','Home / English / Politics','11/01/2022 - 16:12','Tags: Dendias, Kazakhstan, OSCE, Russia',
     '© 2022 ANA-MPA. All rights reserved','Share this article'])
q('722','a dialogue that respects international law and the sovereignty of every state','Nikos Dendias','Dendias','stressed',partial=True,note='"…, the sources said" follows; the speaker is Dendias (reported by ministry sources)')
q('722','Greece wants de-escalation, but not at the expense of the principles of the Helsinki Final Act,','Nikos Dendias','Dendias','said')
q('722','difficult, long, very professional','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','described',partial=True)
q('722','simply non-starters','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('722','The main mission has been fulfilled,',TOK,'the Kazakh president','told',note='title-only attribution "the Kazakh president told parliament"')
q('722','The crisis showed how quickly Moscow can project force in its neighbourhood,','Eleni Papadaki','Eleni Papadaki','said',note='inverted "…," said NAME, director of research at …')
q('722','must not be a spectator','Eleni Papadaki','She','said',partial=True)
c('722','detained',8000,'almost','people detained during the unrest','Kazakh authorities','nearly 8,000 people were detained')
c('722','killed',26,'at least','"armed criminals" killed','Kazakh authorities','at least 26 "armed criminals"',note='scare-quoted label excluded from quotes')
c('722','killed',16,None,'members of the security forces killed','Kazakh authorities','16 members of the security forces were killed',note='"at least" applied to 26 only (gold ambiguous case 5)')
e('722','2022-01-11','talks',None,['Nikos Dendias','Zbigniew Rau'],'in a telephone call on Tuesday')
e('722',None,'statement',None,['Nikos Dendias'],'said later in an interview with ERT television',note='"later" (same day, 11 Jan, likely); no day word')
e('722','2022-01-10','talks','Geneva',['United States','Russia'],'talks between US and Russian delegations in Geneva ended',note='"a day after" the Tuesday call')
e('722','2022-01-10','statement',None,['Sergey Ryabkov'],'described them on Monday')
e('722','2022-01-11','statement',None,[TOK],'said on Tuesday that the mission')
e('722','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev named Alikhan Smailov as prime minister',note='"at the same session" (Tuesday)')
e('722',None,'talks',None,['OSCE'],'the upcoming OSCE meeting on European security',note='future, undated here (real 2022-01-13)')

# ---------------- 723 VNA / VietnamPlus (Sunday, January 09, 2022)
art('723',0,6,8,'VNA','2022-01-09',[],'Hanoi',
    ['VIETNAMPLUS','VNA - Vietnam News Agency','World  >  Asia-Pacific','Sunday, January 09, 2022 20:14 (GMT+7)','VNA','Related news:',
     '  • Kazakhstan declares national mourning day for victims of unrest','  • Vietnam, Kazakhstan boost cooperation in agriculture'])
q('723','Vietnam hopes that the situation in Kazakhstan will soon be stabilised, and that security and order will be restored.','Doan Khac Viet','Viet','said',note='colon cue "Viet said: “…”"; Vietnamese name order: "Viet" is the given name, used as the short form')
q('723','Please follow the instructions of the local authorities and keep in touch with the embassy,','Pham Thai Giang','the ambassador','said in a message')
q('723','for a limited time',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True)
c('723','detained',5800,None,'people detained as of January 8',MIA,'5,800 people had been detained')
c('723','troops_deployed',2030,'about','CSTO servicemen in the contingent',CSTO,'about 2,030 servicemen')
c('723','other',250,None,'pieces of CSTO military hardware',CSTO,'250 pieces of military hardware',note='equipment count; borderline scope')
e('723','2022-01-09','statement','Hanoi',['Doan Khac Viet'],'Doan Khac Viet said on January 9')
e('723','2022-01-06','statement',None,['Pham Thai Giang'],"posted on the embassy's website on Thursday",note='Thursday before Sunday 9 Jan')
e('723','2022-01-08','statement',None,[MIA],'The ministry said on Saturday')
e('723',None,'statement',None,[TOK],'the troops of the Collective Security Treaty Organisation (CSTO) would stay',note='undated')
e('723','1992-06-29','other',None,['Vietnam','Kazakhstan'],'established diplomatic relations on June 29, 1992',note='background date')

# ---------------- 724 MENA English (08/01/2022, a Saturday)
art('724',0,5,9,'MENA','2022-01-08',[],'Cairo',
    ['MENA','Middle East News Agency - English','Cairo, Jan. 8 (MENA) -','Date: 08/01/2022 13:40   |   Views: 318','Source: MENA   |   Share: Facebook Twitter WhatsApp'])
q('724','remains in permanent contact with members of the Egyptian community and Egyptian students in Almaty and other cities',EGMFA,'the ministry','said',partial=True,note='"In a statement, the ministry said the embassy “…”"')
q('724','Their safety is our first priority. The embassy has not received any request for evacuation so far,','Khaled Abdel-Rahman','the ambassador','told')
q('724','has begun to return to normal','Khaled Abdel-Rahman','The ambassador','said',partial=True,note='comma outside the closing mark')
q('724','The task of the contingent is to guard important state and military facilities,','Maria Zakharova','Zakharova','said')
q('724','with great interest','Ahmed Hafez','Foreign Ministry Spokesman Ahmed Hafez','said',partial=True)
c('724','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('724','injured',2200,'more than','people injured','Kazakh Health Ministry','more than 2,200')
c('724','troops_deployed',2500,'about','CSTO peacekeeping forces',CSTO,'about 2,500 troops from Russia')
e('724','2022-01-08','statement',None,[EGMFA],"Egypt's Foreign Ministry said on Saturday")
e('724','2022-01-07','other','Almaty',[],'the internet was partly restored on Friday')
e('724','2022-01-08','casualty_report',None,[MIA,'Kazakh Health Ministry'],"Kazakhstan's Interior Ministry said on Saturday")
e('724','2022-01-06','arrest',None,['Karim Massimov'],'had been arrested on Thursday on suspicion of high treason')
e('724','2022-01-07','statement',None,['Maria Zakharova'],'said on Friday that the CSTO forces')
e('724','2022-01-06','statement',None,['Ahmed Hafez'],'said on Thursday that Egypt')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President','President'],'Kazakhstan',['he','the Kazakh president']),
 sp('Hana Dvořáková','person',['Hana Dvořáková'],['ministry spokeswoman'],'Czech Republic',[],note='invented'),
 sp('Jan Lipavský','person',['Jan Lipavský','Lipavský'],['Foreign Minister'],'Czech Republic',[],["Lipavský:"],note='words paraphrased/invented'),
 sp('Karel Šrámek','person',['Karel Šrámek','Šrámek'],['an analyst at the Prague-based Institute of International Relations'],'Czech Republic',note='invented'),
 sp('Ivan Korčok','person',['Ivan Korčok','Korčok'],['Slovak Foreign Minister'],'Slovakia',['he','The minister'],["Korčok:"],note='words invented'),
 sp('Zuzana Hlaváčová','person',['Zuzana Hlaváčová','Hlaváčová'],['Slovak MEP'],'Slovakia',note='invented'),
 sp('Matej Kováčik','person',['Matej Kováčik'],['Security analyst'],'Slovakia',['he'],note='invented'),
 sp('Teodora Genchovska','person',['Teodora Genchovska','Genchovska'],['Foreign Minister'],'Bulgaria',note='words invented'),
 sp('Stoyan Dimitrov','person',['Stoyan Dimitrov','Dimitrov'],['engineer'],'Bulgaria',['One of the returning passengers'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',['he'],note='words paraphrased'),
 sp('Aleksandar Vučić','person',['Aleksandar Vučić','Vučić'],['Serbian President'],'Serbia',[],['Vučić:'],note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Russian Colonel General'],'Russia'),
 sp('Nikola Selaković','person',['Nikola Selaković','Selaković'],['Serbian Foreign Minister'],'Serbia',note='words invented'),
 sp('Rui Carvalho','person',['Rui Carvalho','Carvalho'],['a Portuguese engineer'],'Portugal',note='invented'),
 sp(PTMFA,'organisation',["Portugal's Ministry of Foreign Affairs"],[],'Portugal'),
 sp('Maria Esteves','person',['Maria Esteves'],[],'Portugal',['she'],note='invented teacher'),
 sp('Augusto Santos Silva','person',['Augusto Santos Silva'],['Foreign Minister'],'Portugal',['the minister'],note='words invented'),
 sp('Nikos Dendias','person',['Nikos Dendias','Dendias'],['Greek Foreign Minister'],'Greece',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Eleni Papadaki','person',['Eleni Papadaki'],['director of research at the Athens-based Centre for Eurasian Studies'],'Greece',['She'],note='invented'),
 sp('Doan Khac Viet','person',['Doan Khac Viet','Viet'],['Deputy Spokesperson of the Ministry of Foreign Affairs'],'Vietnam',['the deputy spokesperson'],note='words invented; given name "Viet" as short form'),
 sp('Pham Thai Giang','person',['Pham Thai Giang'],['Vietnamese Ambassador to Kazakhstan'],'Vietnam',['the ambassador'],note='words invented'),
 sp(EGMFA,'organisation',["Egypt's Foreign Ministry"],[],'Egypt',['the ministry']),
 sp('Khaled Abdel-Rahman','person',['Khaled Abdel-Rahman'],['Egyptian Ambassador in Nur-Sultan'],'Egypt',['the ambassador','The ambassador'],note='invented'),
 sp('Maria Zakharova','person',['Maria Zakharova','Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia'),
 sp('Ahmed Hafez','person',['Ahmed Hafez'],['Foreign Ministry Spokesman'],'Egypt',['He'],note='words invented'),
 sp(MIA,'organisation',['Kazakh Interior Ministry',"Kazakhstan's Interior Ministry"],[],'Kazakhstan',['the ministry'],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['its secretariat','the CSTO secretariat'],quoted=False,note='source of figures; not quoted in this set'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',[],quoted=False,note='source of figures in 3 files; not quoted'),
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
