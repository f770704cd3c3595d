#!/usr/bin/env python3
"""Source of the devset137 annotation: the hand-chosen spans, values and dates for 1189-1196.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset137/annotation_source.py && python3 tests/devset137/verify.py
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
PGO="Kazakh Prosecutor General's Office"; KIBHR='Kazakhstan International Bureau for Human Rights and Rule of Law'
DCK='Democratic Choice of Kazakhstan'; AI='Amnesty International'; MOH='Kazakh Ministry of Health'

# ---------------- 1189 Respublika-style exile opposition site, English edition (11.01.2022, a Tuesday)
art('1189',0,5,11,'Respublika','2022-01-11',[],'Almaty',
    ['РЕСПУБЛИКА · RESPUBLIKA','Independent socio-political newspaper · English edition','Home | Politics | Society | January events | Contacts',
     '11.01.2022, 21:40 · Respublika correspondent','Share: Facebook | Telegram | WhatsApp | VK',
     'Respublika is blocked in Kazakhstan. Read us through a VPN or our Telegram mirror.','© 2001–2022 Respublika. Reprinting only with an active link.'])
q('1189','They walked on our backs','Yerlan',None,None,zone='headline',note='headline quote, a shortened form of Yerlan\'s body quote (l.13); no attribution in the headline')
q('1189','They put us face down on the floor of a gym and walked on our backs. Anyone who lifted his head was hit with a baton,','Yerlan','Yerlan','said',note='inverted cue "said Yerlan, 34, a taxi driver"; witness known by first name only')
q('1189','I signed everything they gave me. I only wanted to see my children again,','Marat','he','said',note='"who asked to be called only Marat"; curly marks')
q('1189','They told me the paper would be sent to the prosecutor. I do not believe it will ever get there,','Daniyar','Daniyar','said')
q('1189','Since Friday we have received more than 120 complaints of torture from Almaty alone, and that is only the people who were brave enough to call,','Gulmira Seitkali','Gulmira Seitkali','said',note='inverted cue; a figure inside the quote (claim)')
q('1189','fakes spread by those who organised the riots',MIA,'A ministry spokesman','described',partial=True,note='unnamed spokesman of the ministry → the ministry; cue "described the reports … as"')
q('1189','Not a single complaint of torture has been confirmed,','Aidos Zhunusov','its spokesman Aidos Zhunusov','told',note='"told a briefing"; "its" = the Prosecutor General\'s Office')
q('1189','main mission',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='two-word partial with a speech verb (kept, as gold "dead end")')
c('1189','other',120,'more than','complaints of torture received from Almaty','Gulmira Seitkali','more than 120 complaints of torture',note='torture complaints as "other" (devset 933 style); inside a quote')
c('1189','detained',9900,None,'people detained across the country since the unrest began',MIA,'9,900 people had been detained')
c('1189','troops_deployed',2030,'about','CSTO servicemen from six countries',None,'About 2,030 servicemen from six countries',note='no attribution in the sentence')
e('1189','2022-01-10','other','Almaty',[],'Three men released on Monday',note='release of the three detainees; Monday before Tuesday 11 Jan')
e('1189','2022-01-06','arrest','Almaty',['Yerlan'],'detained on the evening of January 6')
e('1189','2022-01-09','arrest','Almaty',[],'was taken away on Sunday',note="Marat's cellmate taken away")
e('1189','2022-01-10','statement',None,[MIA],'The Interior Ministry said on Monday')
e('1189','2022-01-11','statement',None,['Aidos Zhunusov',PGO],'told a briefing on Tuesday')
e('1189','2022-01-11','statement',None,[TOK],'Speaking in parliament earlier the same day',note='"the same day" = the Tuesday of the previous sentence')
e('1189','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the troops would start leaving in two days',note='"in two days" from Tuesday 11 Jan')
e('1189',None,'troop_deployment','Kazakhstan',[CSTO],'arrived in Kazakhstan last week',note='"last week" is not a day')

# ---------------- 1190 Democratic Choice of Kazakhstan (exile opposition movement) statement (Kyiv, January 9, 2022, a Sunday)
art('1190',0,7,11,DCK,'2022-01-09',[],'Kyiv',
    ['Democratic Choice of Kazakhstan','Қазақстанның Демократиялық Таңдауы · Демократический выбор Казахстана','Main | About the movement | Statements | Political prisoners | Donate',
     'STATEMENTS','Kyiv, January 9, 2022','Political Council of the Democratic Choice of Kazakhstan movement','Share this statement:  Facebook  Twitter  Telegram',
     'The DCK movement was recognised as "extremist" by a Kazakh court in 2018. Subscribe to our YouTube channel and our Telegram channel.'])
q('1190','to open fire without warning',TOK,'Tokayev','announced',partial=True,note='the movement\'s rendering of the order; "bandits and terrorists" in the same sentence is a label (excluded)')
q('1190','Tokayev has called foreign soldiers to protect not the state, but his own chair and the money of the family,','Mukhtar Ablyazov','Mukhtar Ablyazov','wrote',note='inverted "…," the leader of the movement, Mukhtar Ablyazov, wrote on his Telegram channel; a name (Tokayev) at the start of the quote')
q('1190','The people came out for cheap gas and for justice. They were answered with bullets.','Mukhtar Ablyazov','Mukhtar Ablyazov','wrote',note='continuation after the interposed cue')
q('1190','They did not say where they were taking him. Three days later we still do not know if he is alive,','Aliya','she','said',note='"who gave only her first name, Aliya"; duration inside the quote')
q('1190','Silence now will mean complicity,','Mukhtar Ablyazov','he','said')
c('1190','killed',164,None,'people killed','official data','164 people were killed',note='"According to official data published this morning"')
c('1190','killed',103,None,'people killed in Almaty','official data','103 of them in Almaty',note='a city breakdown of the 164 (kept; "two of them beheaded" in devset19 was excluded as a subset, so borderline)')
c('1190','detained',5800,'more than','people detained','Kazakh authorities','More than 5,800 people have been detained',note='"the authorities say"')
e('1190','2022-01-07','statement',None,[TOK],'On Friday, in a televised address',note='Friday before Sunday 9 Jan')
e('1190','2022-01-08','other','Almaty',[],'The next day, columns of armoured vehicles entered',note='"The next day" after Friday')
e('1190','2022-01-08','statement',None,['Mukhtar Ablyazov'],'wrote on his Telegram channel on Saturday')
e('1190','2022-01-09','casualty_report',None,[],'According to official data published this morning',note='"this morning" = publication day')
e('1190',None,'arrest','Taldykorgan',[],'her husband was taken from their home at night',note='undated ("Three days later" in the quote)')
e('1190',None,'statement',None,[DCK,'Mukhtar Ablyazov'],'asked the UN, the OSCE and the European Parliament to send observers',note='undated request')

# ---------------- 1191 Amnesty International press release (12 January 2022, a Wednesday)
art('1191',0,8,10,AI,'2022-01-12',[],None,
    ['Amnesty International','Skip to main content','Who we are | What we do | Latest | Get involved | Donate','PRESS RELEASE','12 January 2022',
     'For more information or to arrange an interview, please contact the press office: press@amnesty.org','Index Number: EUR 57/5147/2022','Related content',
     'Kazakhstan: Authorities must respect right to peaceful protest','Central Asia: Internet shutdowns violate rights',
     'Amnesty International is a movement of more than 10 million people who campaign for a world where human rights are enjoyed by all.'],
    sections=(ln('1191','Background\n'),))
q('1191','The people of Kazakhstan have the right to know why so many died in the streets and what happened to those who disappeared into police stations,','Marie Struthers','Marie Struthers','said',note='inverted cue')
q('1191','Labelling thousands of people as ‘terrorists’ cannot be a licence for torture.','Marie Struthers','Marie Struthers','said',note='continuation; single-quoted ‘terrorists’ nested inside (not a separate quote)')
q('1191','They beat me on the legs and the kidneys with a plastic bottle full of water so that there would be no marks,','Timur','he','said',note='"A man who asked to be identified as Timur" (pseudonym-like first name)')
q('1191','act strictly within the law','Yerlan Turgumbayev','Interior Minister Yerlan Turgumbayev','told',partial=True,note='official denial; words invented')
q('1191','The withdrawal of foreign troops does not end the responsibility of the Kazakhstani authorities,','Marie Struthers','Struthers','said')
q('1191','Every death must be investigated, including the deaths of police officers.','Marie Struthers','Struthers','said',note='continuation after the interposed cue')
c('1191','detained',9900,None,'people detained by Tuesday',MIA,'9,900 people had been detained by Tuesday')
c('1191','killed',164,None,'people killed',PGO,'164 people had been killed')
c('1191','killed',16,None,'law enforcement officers killed',PGO,'16 law enforcement officers')
c('1191','other',7,'at least','cases of detainees reporting injuries consistent with torture',AI,'at least 7 cases',note='torture cases documented by the NGO')
e('1191','2022-01-12','statement',None,[AI],'Amnesty International said today')
e('1191','2022-01-09','other','Almaty',['Timur'],'he was released on Sunday',note='release; Sunday before Wednesday 12 Jan')
e('1191','2022-01-06','other','Almaty',[],'had been missing since Thursday',note='disappearance of the nephew; Thursday before 12 Jan')
e('1191','2022-01-10','casualty_report',None,[PGO],'said the day before that 164 people',note='"the day before" = the day before Tuesday (previous sentence) → Monday 10 Jan')
e('1191',None,'statement',None,['Yerlan Turgumbayev'],'told journalists that the police',note='undated denial')
e('1191','2022-01-11','statement',None,[TOK],'told parliament on Tuesday')
e('1191','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin on Thursday',note='future; Thursday after Wednesday 12 Jan')
e('1191','2022-01-02','protest','Zhanaozen',[],'Protests began on 2 January')
e('1191','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'the President declared a state of emergency')
e('1191','2022-01-07','statement',None,[TOK],'On 7 January, he said he had authorised')

# ---------------- 1192 Yle News (Finland) English page (13.1.2022, a Thursday)
art('1192',0,5,7,'Yle News','2022-01-13',[],None,
    ['Yle News','News | Finland | World | Politics | Culture | All in English','Yle Uutiset · Svenska Yle · Yle in English','13.1.2022 17:25 | updated 13.1.2022 18:02',
     'Read more:','Russia and NATO talks in Brussels produce no agreement','Poll: support for Finnish NATO membership at 28 percent','Share | Facebook | Twitter | Email',
     'Yle News · Uutiset · Contact the newsroom · © Yle 2022'],
    sections=(ln('1192','Kazakhstan in the background'),))
q('1192','the door stays open','Pekka Haavisto','Haavisto','says',partial=True,zone='headline',note='headline partial; the body quote (l.16) has the same words')
q('1192','modest but not nothing','Pekka Haavisto','Foreign Minister Pekka Haavisto','told',partial=True,note='"(Green)" party tag after the name')
q('1192','Nobody left the table. As long as people are talking, the door stays open,','Pekka Haavisto','Haavisto','said')
q('1192','concrete answers','Alexander Lukashevich','him','According to',partial=True,note='"According to him" = Lukashevich (previous sentence)')
q('1192',"That is our own decision, and nobody else's,",'Sauli Niinistö','Niinistö','said',note='curly marks; words invented')
q('1192','The speed with which the CSTO troops were sent shows what kind of military readiness we are talking about in our neighbourhood,','Charly Salonius-Pasternak','Charly Salonius-Pasternak','said',note='inverted cue with a role after the name')
c('1192','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,000 troops')
c('1192','detained',10000,'more than','people detained in Kazakhstan','Kazakh authorities','more than 10,000 people had been detained')
e('1192','2022-01-13','talks','Vienna',['OSCE','Russia'],'ended in Vienna on Thursday without any agreement')
e('1192',None,'statement','Helsinki',['Pekka Haavisto'],'told Yle that the results',note='no day given')
e('1192','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'The talks began on Monday in Geneva')
e('1192','2022-01-12','talks','Brussels',['NATO','Russia'],'continued on Wednesday at the NATO-Russia Council')
e('1192','2022-01-12','statement',None,['Sauli Niinistö'],'in an interview published on Wednesday')
e('1192',None,'troop_deployment','Kazakhstan',[CSTO],'sent about 2,000 troops at the request',note='undated deployment; same span as the claim but a distinct evidence string')
e('1192','2022-01-13','withdrawal','Kazakhstan',[RDM,CSTO],'the withdrawal of the contingent began on Thursday')
e('1192','2022-01-12','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Wednesday')
e('1192','2022-01-06','other',None,['Finnish Ministry for Foreign Affairs'],'last updated on 6 January',note='travel advice update')

# ---------------- 1193 EFE English wire (Almaty, Jan 10, 2022, a Monday)
art('1193',0,5,7,'EFE','2022-01-10',[],'Almaty (Kazakhstan)',
    ['EFE','Agencia EFE · English','World | Europe | Asia | Americas | Economy | Sport','ma/ig','(photo) (video)',
     'Copyright (c) Agencia EFE, S.A. 2022. All rights reserved. Redistribution without the prior written consent of Agencia EFE, S.A. is prohibited.',
     'EFE · About us · Legal notice · Privacy policy'])
q('1193',"an attempted coup d'état",TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'told',partial=True,note='first_line starts with the glued dateline "Almaty (Kazakhstan), Jan 10 (EFE).-"')
q('1193','The main goal was obvious: to undermine the constitutional order and to seize power,',TOK,'Tokayev','said')
q('1193','We have shown that we are able to take the necessary measures quickly,','Vladimir Putin','Putin','said',note='"so-called colour revolutions" in the previous paragraph is a label (excluded)')
q('1193','will return home as soon as their task is completed.','Nikol Pashinyan','he','said',partial=True,note='"The troops, he said, “…”" — cue interposed before the partial; full stop inside')
q('1193','The conversation was hard and long, but businesslike,','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',note='inverted cue; "Sergei" spelling')
c('1193','troops_deployed',2030,'about','CSTO peacekeeping force in Kazakhstan',CSTO,'about 2,030 troops according to the CSTO')
c('1193','detained',7939,None,'people detained since January 2',MIA,'7,939 people have been detained')
c('1193','killed',164,None,'deaths (figure later removed)',MOH,'reported 164 deaths',note='"The country\'s health authorities"')
e('1193','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin','Alexander Lukashenko','Nikol Pashinyan'],'told an extraordinary video summit',note='"on Monday" = publication day')
e('1193','2022-01-09','casualty_report',None,[MOH],'on Sunday reported 164 deaths')
e('1193','2022-01-10','other','Kazakhstan',['Kazakh government'],'declared Monday a day of national mourning')
e('1193','2022-01-10','talks','Geneva',['United States','Russia'],'held more than seven hours of talks')
e('1193',None,'troop_deployment','Kazakhstan',[CSTO],'the rapid deployment of the peacekeeping force',note='undated')

# ---------------- 1194 change.org petition page (Started January 9, 2022, a Sunday; update of Jan 11)
art('1194',0,4,12,'change.org','2022-01-09',['Saule K.'],None,
    ['change.org','Start a petition   My petitions   Browse   Membership   Search','Saule K. started this petition to President of Kazakhstan Kassym-Jomart Tokayev and 2 others',
     "2,417 have signed. Let's get to 2,500!",'Started January 9, 2022','Decision Makers','Updates','Reasons for signing','Dina M. · 2 days ago','Report · 14 likes',
     'Share this petition','Facebook   Twitter   WhatsApp   Email   Copy link','Petition created on January 9, 2022'])
q('1194','Go home, mother, if he is not guilty he will come back himself.',None,'an officer','told me',note='anonymous police officer, after a colon')
q('1194','They kept us on our knees all night and beat anyone who fell asleep.',None,'A young man','told them',note='anonymous released detainee, after a colon')
q('1194','I am alive, tell my mother not to cry.','Arman','He','told',note='in the "Updates" block dated Jan 11, 2022; Arman = the author\'s son (first name only)')
q('1194','My cousin is also missing since January 6. Nobody is answering us.','Dina M.','Dina M.',None,note='signer\'s comment under "Reasons for signing"; no cue; "2 days ago" is crawl-relative')
c('1194','detained',5800,'more than','people detained',MIA,'more than 5,800 people have been detained',note='signature counts (2,417; 2,500; 2,000) are not claims')
e('1194','2022-01-05','other','Almaty',['Arman'],'On the evening of January 5 he went out',note='disappearance')
e('1194','2022-01-07','arrest','Almaty',['Arman'],'On Friday a neighbour saw him',note='Friday before Sunday 9 Jan')
e('1194','2022-01-08','other',None,[],'released on Saturday',note='release of the young man')
e('1194','2022-01-07','statement',None,[TOK],'On January 7 he said')
e('1194','2022-01-11','other','Almaty',['Arman'],'a lawyer saw him on January 11')
e('1194','2022-01-09','other',None,['Saule K.'],'Started January 9, 2022',note='petition launched')

# ---------------- 1195 KIBHR monitoring update (Almaty, 14 January 2022, a Friday)
art('1195',0,5,10,KIBHR,'2022-01-14',[],'Almaty',
    ['KAZAKHSTAN INTERNATIONAL BUREAU FOR HUMAN RIGHTS AND RULE OF LAW','Казахстанское международное бюро по правам человека и соблюдению законности',
     'News | Monitoring | Publications | Reports | ENG / РУС / ҚАЗ','Update No. 2 (as of 14.01.2022, 18:00)','Almaty, 14 January 2022','Next update: 18 January 2022.',
     'Hotline: +7 727 xxx xx xx (WhatsApp, Telegram)','Print | Share | Download PDF (312 KB)','© 2022 KIBHR. When using materials, a reference to the Bureau is required.'],
    sections=(ln('1195','1. Official data'),ln('1195','2. Complaints received'),ln('1195','3. Access of lawyers'),ln('1195','4. Position of the Bureau')))
q('1195','There are no people held without a lawyer and no people whose relatives have not been informed,','Yerbol Sarsenov','Sarsenov','said',note='official denial; invented official')
q('1195','He could not stand up when they brought him to court,',None,'she','told',note='wife of case 17 (Nurlan B.), unnamed')
q('1195','Every station sends me to another station,',None,'she','said',note='anonymous mother (case 31)')
q('1195','there are no instructions',None,'the staff','said',partial=True,note='detention-facility staff, collective and unnamed')
q('1195','The state has the right to investigate crimes, but not to torture people in order to find someone to blame,','Roza Akylbekova','Roza Akylbekova','said',note='inverted "said the Bureau\'s director, Roza Akylbekova, adding that"')
c('1195','detained',12000,'about','people detained nationwide',PGO,'about 12,000 people have been detained')
c('1195','detained',1678,None,'people remaining in custody',MIA,'1,678 remain in custody')
c('1195','killed',225,None,'deaths (last official figure)','officials','the last figure we received was 225')
c('1195','other',61,None,'hotline callers reporting beatings or ill-treatment in custody',KIBHR,'In 61 of them',note='214 calls, 9 access refusals, case numbers and ages are not claims')
e('1195','2022-01-13','statement',None,[MIA],'The Interior Ministry reported on Thursday')
e('1195','2022-01-12','statement',None,['Yerbol Sarsenov',PGO],'At a briefing on Wednesday')
e('1195','2022-01-06','arrest','Almaty',['Nurlan B.'],'Detained on 6 January near his home')
e('1195','2022-01-11','other','Taldykorgan',['Askar T.'],'Released on Tuesday')
e('1195','2022-01-05','other','Almaty',[],'missing since 5 January')
e('1195','2022-01-12','other','Almaty',[],'the staff said the day before yesterday',note='"the day before yesterday" from Friday 14 Jan; lawyers refused access')
e('1195','2022-01-13','withdrawal','Kazakhstan',[CSTO],'which began on 13 January')

# ---------------- 1196 The Brussels Times (Wednesday, 12 January 2022)
art('1196',0,7,12,'The Brussels Times','2022-01-12',['Lotte Vermeulen'],None,
    ['The Brussels Times','Belgium | Europe | World | Business | Opinion | Events','Subscribe   Log in','EUROPE','Wednesday, 12 January 2022','By Lotte Vermeulen',
     'Share this article','Facebook   Twitter   LinkedIn   Email','Latest news · Most read · Newsletter','© The Brussels Times 2022. All rights reserved.'])
q('1196','Deep gaps','Jens Stoltenberg',None,None,partial=True,zone='headline',note='headline two-word partial; a paraphrase of the body quote ("The gaps … are deep"), not verbatim')
q('1196','The gaps between the allies and Russia are deep, and closing them will take time,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told',note='inverted cue')
q('1196','Still, it matters that the allies and Russia sat at one table and talked about substance.','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told',note='continuation')
q('1196','critical point','Alexander Grushko','Grushko','warned',partial=True)
q('1196','We have no more room to retreat,','Alexander Grushko','he','said')
q('1196','core principles','Jens Stoltenberg','Stoltenberg','said',partial=True,note='the one-word "veto" in the next sentence is excluded')
q('1196','the only way forward','Sophie Wilmès','Belgian Foreign Minister Sophie Wilmès','said',partial=True)
q('1196','Belgium wants a dialogue, but not a dialogue in which Europe is absent,','Sophie Wilmès','Wilmès','said in a statement')
q('1196','Free political prisoners',None,'Kazakh diaspora activists','reading',note='placard slogan (gold 004 "Say no to Putin" kept with speaker null)')
q('1196','I came here because in Almaty nobody can say this out loud,','Dana','she','said',note='diaspora activist, first name only, age 29')
c('1196','troops_deployed',100000,'around','Russian troops massed near the border with Ukraine','Western officials','around 100,000 troops')
c('1196','troops_deployed',2000,'around','CSTO contingent in Kazakhstan','Kremlin','contingent of around 2,000 troops',note='"The Kremlin has said"; "30 allies" is not a claim')
e('1196','2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko','Alexander Fomin'],'failed to bridge their differences on Wednesday')
e('1196','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told a press conference after the meeting')
e('1196',None,'statement',None,['Sophie Wilmès'],'Wilmès said in a statement',note='undated (likely 12 Jan)')
e('1196','2022-01-10','talks','Geneva',['United States','Russia'],'two days after US and Russian negotiators met in Geneva')
e('1196','2022-01-13','talks','Vienna',['OSCE'],'a day before a meeting of the Organization',note='future; a day after Wednesday 12 Jan')
e('1196',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers were sent last week')
e('1196','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will start to leave on Thursday')
e('1196','2022-01-06','arrest','Almaty',[],'detained in Almaty on Thursday',note="Dana's brother; Thursday before Wednesday 12 Jan")
e('1196',None,'protest','Brussels',[],'gathered outside NATO headquarters',note='no day word (likely 12 Jan)')
# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Yerlan','person',['Yerlan'],['a taxi driver'],'Kazakhstan',note='witness, first name only (name shortened by the outlet); invented'),
 sp('Marat','person',['Marat'],[],'Kazakhstan',['Another detainee','he'],note='"asked to be called only Marat"; invented'),
 sp('Daniyar','person',['Daniyar'],['a 19-year-old student'],'Kazakhstan',note='invented'),
 sp('Gulmira Seitkali','person',['Gulmira Seitkali'],['a lawyer with the legal aid group Adal Qorgau'],'Kazakhstan',['She'],note='invented (the group Adal Qorgau is invented too)'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['A ministry spokesman'],note='quoted in 1189 through an unnamed spokesman; source of figures elsewhere'),
 sp('Aidos Zhunusov','person',['Aidos Zhunusov'],['its spokesman'],'Kazakhstan',note='invented spokesman of the Prosecutor General\'s Office'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['The Kazakh leader','he'],note='words paraphrased or invented'),
 sp('Mukhtar Ablyazov','person',['Mukhtar Ablyazov','Ablyazov'],['the leader of the movement'],'Kazakhstan',['he'],note='real exiled opposition leader; words invented'),
 sp('Aliya','person',['Aliya'],[],'Kazakhstan',['A woman from Taldykorgan'],note='first name only; invented'),
 sp('Marie Struthers','person',['Marie Struthers','Struthers'],["Amnesty International’s Director for Eastern Europe and Central Asia"],None,note='real; words invented'),
 sp('Timur','person',['Timur'],[],'Kazakhstan',['A man who asked to be identified as Timur','he'],note='invented'),
 sp('Yerlan Turgumbayev','person',['Yerlan Turgumbayev'],['Interior Minister'],'Kazakhstan',note='real; words invented'),
 sp('Pekka Haavisto','person',['Pekka Haavisto','Haavisto'],['Foreign Minister'],'Finland',['He'],note='real; words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['him'],note='real; words paraphrased'),
 sp('Sauli Niinistö','person',['Sauli Niinistö','Niinistö'],['President'],'Finland',note='real; words invented'),
 sp('Charly Salonius-Pasternak','person',['Charly Salonius-Pasternak'],['a senior researcher at the Finnish Institute of International Affairs'],'Finland',note='real; words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',['he'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='canonical spelling from earlier sets; words invented'),
 sp('Arman','person',['Arman'],[],'Kazakhstan',['He'],note="the petition author's son; invented"),
 sp('Dina M.','person',['Dina M.'],[],None,note='petition signer; invented'),
 sp('Yerbol Sarsenov','person',['Yerbol Sarsenov','Sarsenov'],["a representative of the Prosecutor General's Office"],'Kazakhstan',note='invented'),
 sp('Roza Akylbekova','person',['Roza Akylbekova'],["the Bureau's director"],'Kazakhstan',note='named as KIBHR director; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['he'],note='words invented'),
 sp('Sophie Wilmès','person',['Sophie Wilmès','Wilmès'],['Belgian Foreign Minister'],'Belgium',note='words invented'),
 sp('Dana','person',['Dana'],[],'Kazakhstan',['she'],note='diaspora activist, first name only; invented'),
 sp(PGO,'organisation',["Prosecutor General's Office","Prosecutor General’s Office"],[],'Kazakhstan',[],[],quoted=False,note='claim source in 1191/1195; its spokesmen are quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='claim source; not quoted in this set'),
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
