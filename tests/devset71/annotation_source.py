#!/usr/bin/env python3
"""Source of the devset71 annotation: the hand-chosen spans, values and dates for 661-668.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset71/annotation_source.py && python3 tests/devset71/verify.py
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
def whole(p,s):
    L=T[doc(p)].split('\n'); hits=[i+1 for i,l in enumerate(L) if l==s]
    assert len(hits)==1,(p,s,hits); return hits[0]
A,Q,C,E=[],[],[],[]
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    hl=whole(p,headline); fl=whole(p,first)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=L[hl-1],first_line=cut80(L[fl-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
PGO="Kazakh Prosecutor General's Office"; PPO='Kazakh Presidential Press Office'; KNB='National Security Committee'
MANGPOL='Mangystau Police Department'

# ---------------- 661 Informburo.kz (09.01.2022, a Sunday)
art('661',0,'Relatives search for the missing outside overflowing Almaty police stations',
    "Families wait for hours with lists of names; the Interior Ministry reports 5,135 people detained",
    'Informburo.kz','2022-01-09',['Madina Kassymova'],None,
    ['INFORMBURO.kz','News   Society   Politics   Economy   Opinion   Special projects','RU | KZ | EN','09.01.2022, 16:20   |   Society',
     'Translated from Russian','Author: Madina Kassymova','Photo: Informburo.kz / Almas Dzhanseitov',
     'Read also: How Almaty airport was seized – a timeline of January 5','Share:  Facebook   Telegram   WhatsApp   VK',
     '© 2014–2022 Informburo.kz. Any use of materials requires a hyperlink to the source.'])
q('661','My son went out on Wednesday to buy bread and never came back. Nobody here will tell me whether he is alive,','Gulnara','Gulnara','said',note='inverted "…," said Gulnara, 52 — first name only (surname withheld); a weekday inside the quote is not an event')
q('661','stabilised and is under control',MIA,'The ministry','said',partial=True,note='"The ministry said on Saturday that … had been “…”"; the label "anti-terrorist operation" in the previous sentence is excluded')
q('661','in the coming days','Aidos Zhunusov','Aidos Zhunusov','told',partial=True,note='"A police spokesman, Aidos Zhunusov, told Informburo that … “…”"')
q('661','a black box','Yerlan Sadykov','Lawyer Yerlan Sadykov','described',partial=True,note='"described the holding facilities as “…”": evaluative wording with a speech verb, kept as partial (borderline scare quote)')
q('661','Lawyers are not being let in. We are told to come back tomorrow, and tomorrow we are told the same thing,','Yerlan Sadykov','he','said')
q('661','We are counting on the state to keep its promise that the innocent will be released,','Yerlan Sadykov','Sadykov','added',note='after a photo-credit line; surname only')
c('661','detained',5135,None,'people detained across the country',MIA,'reports 5,135 people detained',note='in the dek (first_line)')
c('661','detained',5135,None,'people detained across the country',MIA,'5,135 people have been detained across the country',note='body repeat of the dek figure; own record (each textual occurrence)')
c('661','killed',26,None,'"armed criminals" killed','officials','26 "armed criminals" had been killed',note='"Officials then said"; scare-quoted label excluded from quotes')
c('661','killed',18,None,'law enforcement officers killed','officials','18 law enforcement officers had died')
e('661','2022-01-09','other','Almaty',[],'Dozens of people gathered on Sunday morning',note='relatives gather outside the city police department')
e('661','2022-01-08','statement',None,[MIA],'The ministry said on Saturday')
e('661','2022-01-08','statement',None,[TOK,'Karim Massimov'],"The day before, President Kassym-Jomart Tokayev's office announced",note='"The day before" relative to Sunday 9 Jan')
e('661','2022-01-06','arrest',None,['Karim Massimov',KNB],'The detention took place on January 6')

# ---------------- 662 Nur.kz (11 January 2022, a Tuesday)
art('662',0,'Tokayev proposes Alikhan Smailov as prime minister and announces CSTO withdrawal',
    'Deputies of the Mazhilis backed the candidacy unanimously','Nur.kz','2022-01-11',['Dias Omarov'],None,
    ['NUR.KZ','News   Kazakhstan   World   Sport   Auto   Lifestyle','Politics','11 January 2022, 13:05  ·  2 min read  ·  👁 48 917',
     'Dias Omarov  ·  Translated from Russian','Photo: Akorda press service','Subscribe to NUR.KZ on Telegram',
     'Found a mistake? Select it and press Ctrl+Enter','Tags: Tokayev, Smailov, CSTO, Mazhilis, government'])
q('662','successfully completed',TOK,'the head of state','said',partial=True)
q('662','In two days the phased withdrawal of the joint peacekeeping contingent begins. It will take no more than ten days,',TOK,'Tokayev','said')
q('662','I will be frank: the government and the law enforcement bodies made serious mistakes, and they will be assessed,',TOK,'the president','said')
q('662','fair and honest',TOK,'the president','adding',partial=True,note='"the president said, adding that … “…”"')
q('662','It is time for them to share with the people, systematically and on a regular basis,',TOK,'he','stressed')
q('662','The first task of the government is to restore normal life in the regions affected by the riots and to return prices under control,','Alikhan Smailov','the new prime minister','said',note='"Smailov, 49, thanked…" then title-only inverted cue')
c('662','troops_deployed',2030,None,'CSTO servicemen in the contingent',TOK,'the contingent numbered 2,030 servicemen',note='"250 pieces of military hardware" in the same sentence is not recorded (equipment, not troops)')
e('662','2022-01-11','appointment',None,[TOK,'Alikhan Smailov','Mazhilis'],'put forward Alikhan Smailov',note='"on Tuesday" = publication day')
e('662','2022-01-11','statement',None,[TOK],'Speaking about the CSTO mission',note='same address to the Mazhilis on Tuesday (the day word is in the first paragraph)')
e('662','2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days the phased withdrawal',note='future, inside the quote: two days after 11 Jan')
e('662','2022-01-10','talks',None,[TOK,CSTO],'On Monday, Tokayev took part in an extraordinary online session')
e('662','2022-01-05','government_resignation',None,['Askar Mamin'],'on January 5 the government of Askar Mamin resigned',note='"Recall that…" background paragraph')
e('662','2022-01-05','appointment',None,[TOK],'Tokayev took over the chairmanship of the Security Council',note='same sentence as "on January 5"')

# ---------------- 663 Total.kz (07.01.2022, a Friday)
art('663',0,'"We sat in the dark and listened to the shooting": Almaty residents describe the night',
    'Almaty residents, who have now been without the internet for a third day, spent Thursday night listening to automatic fire in the centre of the city. Total.kz correspondents spoke to people in the Almalinsky and Bostandyk districts on Friday.',
    'Total.kz','2022-01-07',['Yekaterina Li'],None,
    ['Total.kz','Home / Society / Incidents','07.01.2022 19:44','Views: 12 305    Comments: 3','Author: Yekaterina Li','Translated from Russian',
     'Total.kz will continue to follow the situation.','Comments (3)','Askar_77  ·  07.01.2022 20:12',
     'Bread at our shop was 150 tenge yesterday and 200 today. "Stability", they said.','Dana K.  ·  07.01.2022 20:31',
     'guest  ·  07.01.2022 21:05','Where were the police on Wednesday?','© Total.kz 2022. All rights reserved. 18+'],
    le=ln('663','Total.kz will continue to follow the situation.'))
q('663','We sat in the dark and listened to the shooting','Olga','Olga',None,zone='headline',note='headline quote followed by a colon; the opening words of the body quote')
q('663','We sat in the dark and listened to the shooting until four in the morning. The children kept asking whether it was a war,','Olga','Olga','said',note='first name only')
q('663','I went down once to the shop on the corner. The windows were smashed and the shelves were empty,','Bolat Zhakupov','he','recalled',note='the preceding sentence names "pensioner Bolat Zhakupov, 71" without a speech verb')
q('663','Bread is gone by ten in the morning, and people take twenty loaves at once,','Aigerim Nurlanova','Aigerim Nurlanova','says',note='present-tense inverted cue "…," says NAME, a sales assistant')
q('663','to open fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('663','20,000 bandits',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='second partial of the same sentence ("and that “…” had attacked"); also a claim')
q('663','What kind of talks can there be with criminals and murderers?',TOK,'the president','said',note='colon-introduced quote after "the president said:"')
c('663','other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" had attacked Almaty')
c('663','killed',26,None,'armed criminals "liquidated"',MIA,'26 armed criminals had been "liquidated"',note='one-word quote "liquidated" excluded; number kept (gold 000 rule)')
c('663','detained',3811,None,'people detained',MIA,'3,811 people had been detained')
c('663','killed',18,None,'police officers and servicemen killed',MIA,'18 police officers and servicemen have been killed')
c('663','injured',748,None,'police officers and servicemen injured',MIA,'748 injured')
e('663','2022-01-06','other','Almaty',[],'spent Thursday night listening to automatic fire',note='shooting in central Almaty on the night of Thursday 6 Jan')
e('663','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('663','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry reported on Friday')
e('663','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in the country on Thursday')
e('663',None,'other','Almaty',['Almaty akimat'],'The akimat said that about 120 shops',note='looting report, undated; the counts of shops/bank offices are not claims')

# ---------------- 664 Ratel.kz (12.01.2022, a Wednesday)
art('664',0,'Prosecutors promise to separate "the innocent" from the organisers; lawyers say they still cannot reach clients',
    "The Prosecutor General's Office said on Wednesday that 9,900 people had been detained in the country since the start of the January events, and that 1,678 criminal cases had been opened, most of them under articles on mass riots and terrorism.",
    'Ratel.kz','2022-01-12',['Timur Zhaksybekov'],None,
    ['RATEL.KZ','Investigations   Courts   Law   Business   Opinions','12.01.2022  ·  18:10','Courts','Author: Timur Zhaksybekov','Translated from Russian',
     'If you have information about detainees, write to our Telegram bot @ratel_info_bot','Tags: January events, detentions, prosecutor\'s office, lawyers'])
q('664','Those who were simply standing on the square and did not commit violence will not be prosecuted. Each case will be examined individually,','Aset Beisembayev','Deputy Prosecutor General Aset Beisembayev','said',note='title + name before the verb, after the quote')
q('664','That information is still being processed,',PGO,'the press service','replied',note='press service of the Prosecutor General\'s Office answering the outlet\'s question')
q('664','The investigator tells me the client has refused a lawyer. I have a statement signed by his wife. I am not allowed to show it to anyone.\n\nI have been doing this work for fifteen years and I have never seen anything like it,','Zhanar Ospanova','Ospanova','said',malformed=True,note='one opening mark and one closing mark across two paragraphs (the first paragraph is left open); one record spanning the blank line')
q('664','They were beaten in the first two days, everyone knows that,',None,'Another lawyer, who asked not to be named','said',note='anonymous lawyer; "he said"')
c('664','detained',9900,None,'people detained since the start of the January events',PGO,'9,900 people had been detained in the country',note='1,678 criminal cases in the same sentence is not a claim')
c('664','killed',19,None,'law enforcement officers and servicemen among the dead','Aset Beisembayev','19 law enforcement officers and servicemen were among the dead',note='"According to him"')
e('664','2022-01-12','statement',None,[PGO],"The Prosecutor General's Office said on Wednesday")
e('664',None,'statement','Nur-Sultan',['Aset Beisembayev'],'at a briefing in Nur-Sultan',note='no day word in the sentence (likely the same Wednesday 12 Jan)')
e('664','2022-01-11','statement',None,['Elvira Azimova'],'On Tuesday, the human rights ombudsman Elvira Azimova said')
e('664','2022-01-06','arrest',None,['Karim Massimov'],'was detained on January 6 on suspicion of high treason',note='"We remind readers that…" background line')

# ---------------- 665 Factcheck.kz (13.01.2022, a Thursday)
art('665',0,'Did "20,000 terrorists" attack Almaty? What is known about the figure',
    'In his address of January 7, President Kassym-Jomart Tokayev said that Almaty had been attacked by "20,000 bandits". The figure was repeated by state television and by officials, but so far no document or evidence has been published to confirm it.',
    'Factcheck.kz','2022-01-13',['Aliya Seitkali'],None,
    ['FACTCHECK.KZ','Fact-checks   Analysis   Media literacy   About us','KZ | RU | EN','MANIPULATION','13.01.2022','Author: Aliya Seitkali',
     'Translated from Russian','Reading time: 4 min','VERDICT: Unproven / Manipulation','If you have seen a suspicious post, send it to us: @factcheckkz_bot',
     'Factcheck.kz is a member of the International Fact-Checking Network (IFCN).','Share:  Facebook   Twitter   Telegram'],
    sections=(ln('665','What was said'),ln('665','What the official statistics show'),ln('665','The viral video'),ln('665','Conclusion')))
q('665','20,000 bandits and terrorists attacked Almaty in several waves.',None,None,None,note='the "CLAIM:" line quotes the checked statement; no speaker is named on the line (it circulates via state television and officials)')
q('665','20,000 bandits',TOK,'President Kassym-Jomart Tokayev','said',n=2,partial=True,note='the first occurrence of the string is inside the CLAIM line')
q('665',"an attempted coup d'état",TOK,'Tokayev','repeated',partial=True,note='"Tokayev repeated that the country had faced “…”"')
q('665','the armed groups included foreign fighters',PPO,'the press service of the president','saying',partial=True,note='"had published a statement saying that “…”"')
q('665','We do not know where the number 20,000 came from. No agency has explained how it was counted,','Dimash Alzhanov','political analyst Dimash Alzhanov','told',note='a number inside the quote (not a claim)')
q('665','CSTO troops are shooting at Kazakhs','Qazaq Ultras','The channel that posted it',None,note='caption of a viral video ("with the caption “…”"); the channel is named in the next sentence; the channel name "Qazaq Ultras" in marks is a name, not a quote')
q('665','CSTO units did not take part in any operations against civilians,','Stanislav Zas','CSTO Secretary General Stanislav Zas','said')
c('665','other',20000,None,'"bandits and terrorists" who attacked Almaty',None,'20,000 bandits and terrorists attacked Almaty',note='the checked claim on the "CLAIM:" line; no source on the line')
c('665','other',20000,None,'"bandits" who attacked Almaty',TOK,'had been attacked by "20,000 bandits"',note='the other mentions of the figure (headline question, "the 20,000 figure", inside Alzhanov\'s quote, "If 20,000 people", "The figure of 20,000 attackers") discuss it and are not recorded')
c('665','detained',9900,None,'people detained',PGO,'9,900 people have been detained')
c('665','killed',18,None,'dead among the security forces',MIA,'18 dead among the security forces')
e('665','2022-01-07','statement',None,[TOK],'In his address of January 7')
e('665','2022-01-10','talks',None,[TOK,CSTO],'On Monday, speaking at an online session of the CSTO')
e('665','2022-01-08','statement',None,[PPO],'Two days earlier, the press service of the president',note='"Two days earlier" than Monday 10 Jan')
e('665','2022-01-11','other',None,['Qazaq Ultras'],'spread widely on Telegram on Tuesday',note='viral video')
e('665','2022-01-05','other','Almaty',[],'filmed in Almaty on January 5',note='the footage itself')
e('665','2022-01-12','statement',None,['Stanislav Zas'],'said in an interview on Wednesday')

# ---------------- 666 Liter.kz (10 January 2022, a Monday)
art('666',0,'Tokayev at the CSTO summit: "Kazakhstan survived an attempted coup"',
    'The leaders of the six member states held an extraordinary session by video link','Liter.kz','2022-01-10',['Nurlan Baimukhanov'],None,
    ['LITER.KZ','Main   Politics   Society   Economy   World   Sport','Politics  |  10 January 2022, 18:52','Photo: Akorda','Nurlan Baimukhanov',
     'Translated from Russian','Read more on LITER.KZ:','Serdyukov: the peacekeepers guard 7 strategic facilities','Subscribe to our Instagram and Telegram','© LITER.KZ, 2010–2022'],
    le=ln('666','The leaders also agreed'))
q('666','Kazakhstan survived an attempted coup',TOK,'Tokayev',None,zone='headline',note='"NAME at EVENT: “…”" headline; not verbatim in the body')
q('666',"The main goal of the attackers was obvious: to undermine the constitutional order and to seize power. It was an attempted coup d'état,",TOK,'the Kazakh president','said')
q('666','I want to stress that the peacekeepers will not stay a day longer than necessary.',TOK,'he','said',note='"The contingent, he said, would leave …: “…”" — interposed "he said" before a colon-introduced quote; the one-word "prompt" before it is excluded')
q('666','never allow','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q('666','We understand that the events in Kazakhstan are not the first and not the last attempt to interfere in the internal affairs of our states from outside,','Vladimir Putin','he','said')
q('666','If we had not acted together, we would have lost Kazakhstan,','Alexander Lukashenko','the Belarusian leader','said')
q('666','The CSTO contingent will withdraw after the tasks are fulfilled; this was clearly agreed,','Nikol Pashinyan','the Armenian prime minister','said',note='inverted "said the Armenian prime minister"; preceded by "Pashinyan noted that …" (no marks)')
c('666','aircraft',70,'more than','Il-76 aircraft used to transfer the peacekeepers',RDM,'more than 70 Il-76 aircraft')
c('666','troops_deployed',2030,None,'servicemen in the collective forces',None,'number 2,030 servicemen',note='"Liter.kz reported earlier" — the outlet itself, so source null')
e('666','2022-01-10','talks',None,[TOK,'Vladimir Putin','Alexander Lukashenko','Nikol Pashinyan',CSTO],'took part on Monday in an extraordinary session')
e('666','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first units arrived in the republic on Thursday')
e('666','2022-01-06','statement','Almaty',[MIA],'On the same day, the Kazakh Interior Ministry reported',note='"On the same day" = the Thursday of the previous sentence')
e('666',None,'talks',None,[CSTO],'the CSTO foreign ministers would meet in the near future',note='future, no date')

# ---------------- 667 Time.kz / Vremya weekly (Friday, 14 January 2022)
art('667',0,'Farewell in Almaty, deadlock in Geneva','The CSTO began withdrawing; Moscow and Washington agreed only to keep talking',
    'Time.kz','2022-01-14',['Sergey Malkov'],None,
    ['TIME.KZ','Vremya (Time) — a national socio-political newspaper','№ 4 (2 317)   |   Friday, 14 January 2022','Politics   Economy   Society   Opinions   Week',
     'THE WEEK','Sergey Malkov','Translated from Russian','Read the newspaper in PDF','Subscription index: 65431'])
q('667','The mission has been completed. The contingent leaves without losses and with the gratitude of the people of Kazakhstan,','Andrei Serdyukov','Colonel-General Andrei Serdyukov','said',note='"…," NAME, commander of the collective forces, said at the ceremony — appositive between name and verb')
q('667','Our soldiers and the peacekeepers stood shoulder to shoulder,','Murat Bektanov','the minister','said',note='the previous sentence names "Defence Minister Murat Bektanov" without a speech verb')
q('667','We explained to our American colleagues that guarantees of non-expansion are not a subject for bargaining,','Sergey Ryabkov','Ryabkov','told')
q('667','a veto','Wendy Sherman','Sherman','said',partial=True,note='two-word partial ("would not give anyone “a veto” over"); the one-word "reciprocal" in the same sentence is excluded')
q('667','significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('667','The danger of war in our region is higher today than it has been for a generation,','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',note='words invented')
q('667','For Moscow, the fast deployment of 2,030 troops to Kazakhstan was a demonstration to the West of what it can do in a few days,','Rustam Zhumagaliyev','political scientist Rustam Zhumagaliyev','said',note='preceded by "Vremya\'s commentator notes that …" (the commentator is not the speaker)')
c('667','troops_deployed',2030,None,'troops deployed to Kazakhstan','Rustam Zhumagaliyev','the fast deployment of 2,030 troops',note='figure inside a quote')
c('667','detained',9900,None,'people detained',MIA,'put the number of detained at 9,900')
e('667','2022-01-13','other','Almaty',[CSTO,'Andrei Serdyukov','Murat Bektanov'],'On Thursday, a farewell ceremony',note='farewell ceremony for the CSTO force')
e('667','2022-01-13','withdrawal','Almaty',['Russia',CSTO],'the first Il-76s with Russian paratroopers took off',note='"the same evening" as Thursday')
e('667','2022-01-19','withdrawal','Kazakhstan',[RDM],'the withdrawal will be completed by January 19',note='future')
e('667','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'On Monday in Geneva')
e('667','2022-01-12','talks','Brussels',['NATO','Russia'],'Two days later, in Brussels',note='"Two days later" than Monday 10 Jan')
e('667','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'The OSCE Permanent Council session in Vienna on Thursday')
e('667','2022-01-12','casualty_report',None,[MIA],'The Kazakh Interior Ministry on Wednesday')

# ---------------- 668 Lada.kz (08.01.2022, a Saturday)
art('668',0,'Protesters stay on Yntymak Square in Aktau for a seventh day',
    'Several hundred residents of Aktau spent Saturday on Yntymak Square, where the protest began on January 2. Unlike in Almaty, there has been no violence in the regional centre, and police officers have not tried to disperse the crowd.',
    'Lada.kz','2022-01-08',[],None,
    ['Lada.kz','Mangystau news portal · Aktau · Zhanaozen','☰   News   Incidents   City   Auto   Ads   Weather: Aktau +3°C',
     '08.01.2022 · 17:32 · Lada.kz · 👁 21 784 · 💬 56','Translated from Russian','Photo: Lada.kz',
     'Want to report news? Write to WhatsApp +7 701 000 00 00','Lada.kz — Mangystau news since 2005. 16+'])
q('668','We came out because of the gas, but now it is about our children. There are no jobs in Zhanaozen and no jobs here,','Nurbol','Nurbol','said',note='first name only')
q('668','The price of gas has been set at 50 tenge, as you asked. I ask you to go home to your families,','Nurlan Nogayev','he','said',note='"he said, according to a video published by the akimat"; he = the regional akim Nurlan Nogayev')
q('668','They promised us everything in 2011 too,',None,'a woman in a white headscarf','said',note='anonymous; a year inside the quote')
q('668','We do not need soldiers here. Nobody here is a terrorist,','Yerzhan Kuanyshev','Yerzhan Kuanyshev','told',note='"one of the organisers, Yerzhan Kuanyshev, told Lada.kz"')
q('668','for violating the state of emergency',MANGPOL,'The Mangystau police department','said',partial=True)
c('668','detained',42,None,'people detained in Mangystau region',MANGPOL,'42 people had been detained in the region')
e('668','2022-01-08','protest','Aktau',[],'Several hundred residents of Aktau spent Saturday on Yntymak Square')
e('668','2022-01-02','protest','Aktau',[],'where the protest began on January 2')
e('668','2022-01-07','statement','Aktau',['Nurlan Nogayev'],'addressed the crowd on Friday')
e('668','2022-01-08','statement',None,[MANGPOL],'The Mangystau police department said on Saturday')
e('668','2022-01-07','other','Aktau',[],'partially restored on Friday evening',note='internet partially restored')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the head of state','the Kazakh president'],'Kazakhstan',['he','the president','the head of state','the Kazakh president'],["Kassym-Jomart Tokayev's"]),
 sp('Gulnara','person',['Gulnara'],[],'Kazakhstan',note='invented; first name only'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The ministry']),
 sp('Aidos Zhunusov','person',['Aidos Zhunusov'],['A police spokesman'],'Kazakhstan',['he'],note='invented'),
 sp('Yerlan Sadykov','person',['Yerlan Sadykov','Sadykov'],['Lawyer'],'Kazakhstan',['he'],note='invented'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['acting prime minister','the new prime minister'],'Kazakhstan',['the new prime minister'],note='words invented'),
 sp('Olga','person',['Olga'],[],'Kazakhstan',note='invented; first name only'),
 sp('Bolat Zhakupov','person',['Bolat Zhakupov'],['pensioner'],'Kazakhstan',['he'],note='invented'),
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova'],['a sales assistant'],'Kazakhstan',note='invented'),
 sp('Aset Beisembayev','person',['Aset Beisembayev'],['Deputy Prosecutor General'],'Kazakhstan',['the deputy prosecutor general'],note='invented'),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',['the press service']),
 sp('Zhanar Ospanova','person',['Zhanar Ospanova','Ospanova'],['Almaty lawyer'],'Kazakhstan',note='invented'),
 sp(PPO,'organisation',['press service of the president'],[],'Kazakhstan',['the press service of the president']),
 sp('Dimash Alzhanov','person',['Dimash Alzhanov'],['political analyst'],'Kazakhstan',['the analyst'],note='real analyst; words invented'),
 sp('Qazaq Ultras','organisation',['Qazaq Ultras'],[],'Kazakhstan',['The channel that posted it'],note='invented Telegram channel'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary General'],'Belarus',note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',['he']),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko'],['Belarusian President'],'Belarus',['the Belarusian leader']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister'],'Armenia',['the Armenian prime minister']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel-General','commander of the collective forces'],'Russia',[],['Serdyukov:'],quoted=True,note='also in a 666 "Read more" teaser'),
 sp('Murat Bektanov','person',['Murat Bektanov'],['Defence Minister'],'Kazakhstan',['the minister'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Rustam Zhumagaliyev','person',['Rustam Zhumagaliyev'],['political scientist'],'Kazakhstan',note='invented'),
 sp('Nurbol','person',['Nurbol'],['an oil-field worker from Zhanaozen'],'Kazakhstan',note='invented; first name only'),
 sp('Nurlan Nogayev','person',['Nurlan Nogayev'],['The regional akim'],'Kazakhstan',['he'],note='words invented'),
 sp('Yerzhan Kuanyshev','person',['Yerzhan Kuanyshev'],['one of the organisers'],'Kazakhstan',note='invented'),
 sp(MANGPOL,'organisation',['Mangystau police department'],[],'Kazakhstan',['The Mangystau police department']),
 sp('Karim Massimov','person',['Karim Massimov'],['former chairman of the National Security Committee (KNB)','former KNB chief'],'Kazakhstan',[],[],quoted=False,note='mentioned in 661 and 664; not quoted'),
 sp(CSTO,'organisation',['CSTO'],[],None,[],[],quoted=False,note='mentioned in most files; not quoted as a body'),
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
