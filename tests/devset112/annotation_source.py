#!/usr/bin/env python3
"""Source of the devset112 annotation: the hand-chosen spans, values and dates for 989-996.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset112/annotation_source.py && python3 tests/devset112/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KZMDD='Kazakh Ministry of Digital Development'; ODIHR='OSCE Office for Democratic Institutions and Human Rights'
PGO="Kazakh Prosecutor General's Office"; SER='Andrei Serdyukov'

# ---------------- 989 New Lines-style long-form reportage (January 14, 2022, a Friday)
art('989',0,4,5,'New Lines','2022-01-14',['Marat Ospanov','Claire Dubois'],None,
    ['NEW LINES','Reportage','By Marat Ospanov and Claire Dubois','January 14, 2022','Share','Twitter  Facebook  Email',
     'Marat Ospanov is a journalist based in Almaty. Claire Dubois is a freelance writer covering Central Asia.','Subscribe to New Lines','Topics: Kazakhstan, Central Asia, Russia'])
q('989','We thought it was fireworks at first,','Dauren','he','said',note='eyewitness named by first name only; quote split by the interposed "he said"')
q('989','until the windows started to shake.','Dauren','he','said',note='second half of the split quote')
q('989','Nobody was in charge. Not the protesters, not the state. That was the frightening part.','Dauren','he','said',note='stand-alone quote; the only cue is the interposed "By midnight, he said," earlier in the same paragraph; he = Dauren (pronoun chain from the previous paragraph)')
q('989','an act of aggression prepared from abroad.',TOK,'Tokayev','describing',partial=True,note='full stop inside the closing mark')
q('989','We had forty beds and more than a hundred wounded by Thursday morning,','Aigerim','she','said',note='nurse named by first name only; "Thursday morning" inside the quote is not an event')
q('989',"At two o'clock they brought in a boy of maybe seventeen. He had been standing at a bus stop. The surgeon said he would live, but he would not walk properly again.",'Aigerim','She',None,malformed=True,
  note='conventional multi-paragraph quote: this paragraph is left open and the next re-opens; the attribution ("She described … in a long voice message") is in the preceding paragraph, so cue null')
q('989','Then the soldiers came and asked for a list of everybody we had admitted. We gave it to them. What else could we do?','Aigerim','She',None,note='second paragraph of the multi-paragraph quote; re-opened and closed')
q('989','open fire without warning',TOK,'Tokayev','said',partial=True)
q('989','What negotiations can there be with criminals and murderers?',TOK,'he','asked',note='question mark inside; cue "asked"')
q('989','strategic facilities',SER,'he','said',partial=True,note='"His soldiers, he said, would guard “…”"; he = Serdyukov')
q('989',"I don't know who they were,",'Dauren','he','told',note='"he told us"; split by interposed attribution')
q('989','Nobody came to take them for hours.','Dauren','he','told')
q('989','successfully completed',TOK,'Tokayev','told',partial=True)
q('989','There were three crowds,','Erlan Sadykov','he','said',note='he = Sadykov, named in the paragraph before')
q('989','The people from Zhanaozen who wanted cheaper gas, the angry young men from the suburbs, and a third group that nobody can describe but everybody saw.','Erlan Sadykov','he','said')
q('989','Ask the people who lost their jobs last week,','Erlan Sadykov','he','said',note='"last week" inside the quote is not an event')
q('989',"My mother asks me every day if it's over,",'Dauren','he','said',note='Dauren re-introduced by name at the start of the paragraph')
q('989',"I tell her yes. I don't know.",'Dauren','he','said')
c('989','injured',100,'more than','wounded at one Almaty hospital (City Hospital No. 4)','Aigerim','more than a hundred wounded',note='inside a quote; written out "a hundred"; "forty beds" is not a claim')
c('989','troops_deployed',2030,None,'CSTO troops in Kazakhstan',SER,'the force numbered 2,030 troops')
c('989','other',250,None,'pieces of CSTO equipment',SER,'250 pieces of equipment')
c('989','killed',11,None,'bodies counted outside a police station','Dauren','He counted eleven.',note='eyewitness count, written out')
c('989','killed',164,None,'dead (toll published and withdrawn)',None,'a toll of 164 dead',note='"published on a government channel and withdrawn"')
c('989','detained',9900,None,'people detained',MIA,'the Interior Ministry said 9,900 people had been detained')
c('989','detained',12000,'more than','people detained','officials','more than 12,000')
e('989','2022-01-05','protest','Almaty',[],'It was the evening of January 5, and the crowd below had been growing since lunch')
e('989','2022-01-02','protest','Zhanaozen',[],'The protests had begun on January 2 in Zhanaozen')
e('989','2022-01-04','protest','Almaty',[],'Two days later they had reached Almaty',note='"two days later" after 2 January')
e('989','2022-01-05','government_resignation',None,['Askar Mamin',TOK],'the government of Askar Mamin resigned')
e('989','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took the chairmanship of the Security Council from Nursultan Nazarbayev')
e('989','2022-01-05','other',None,[TOK,CSTO],'Late that night, Tokayev asked the Collective Security Treaty Organization for help',note='request for CSTO help; "that night" = 5 January')
e('989','2022-01-07','statement',None,[TOK],'On January 7, in a televised address')
e('989','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'The first Russian paratroopers had landed at Almaty airport the previous day',note='"the previous day" relative to 7 January')
e('989',None,'statement',None,[SER],'later said the force numbered',note='undated')
e('989','2022-01-09','casualty_report',None,[],'On Sunday, a toll of 164 dead was published',note='Sunday before Friday 14 Jan')
e('989','2022-01-11','casualty_report',None,[MIA],'On Tuesday, the Interior Ministry said')
e('989','2022-01-13','casualty_report',None,['officials'],'by Thursday, officials put the number')
e('989','2022-01-11','statement',None,[TOK],'Tokayev told parliament on Tuesday')
e('989','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving in two days',note='announced Tuesday 11 Jan: "in two days"')
e('989','2022-01-08','arrest',None,['Karim Masimov'],'was arrested on January 8 on suspicion of treason')

# ---------------- 990 Rest of World-style tech feature (12 January 2022, a Wednesday)
art('990',0,6,7,'Rest of World','2022-01-12',['Aliya Nurbekova'],'Almaty, Kazakhstan',
    ['REST OF WORLD','Reporting on the global impact of technology','Internet shutdowns','By Aliya Nurbekova','12 January 2022','Almaty, Kazakhstan',
     'Illustration: a dimmed map of Central Asia with a broken Wi-Fi symbol. Rest of World',"Read next: How Telegram channels became Central Asia's front page","Sign up for Rest of World's newsletter"])
q('990','First the pool went offline, then the bank app, then everything,','Didar','he','told',note='"he told Rest of World"; first name only')
q('990','I sat there listening to the machines and I could not earn a single cent.','Didar','he','told',note='continuation after the interposed cue')
q('990','the coordination of criminal groups through messengers,',KZMDD,'A ministry spokesperson','told',partial=True,note='unnamed spokesperson; speaker = the ministry')
q('990',"No internet, no work. It's that simple,",'Yerbol','he','said')
q('990','When you switch off the internet, you also switch off the witnesses,','Gulnara Bekova','Gulnara Bekova','said',note='inverted: "…," said Gulnara Bekova, who …')
q('990','but only in the areas where the emergency applies, and only for as long as it is necessary.','Gulnara Bekova','she','said',partial=True,note='"The law, she said, allows …, “but only …”": partial that continues the reported sentence')
q('990','I am not political,','Didar','he','said')
q('990','But I need electricity and I need the internet. Here, this week, I had neither.','Didar','he','said')
c('990','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty',note='the one-word "bandits" is excluded from quotes')
c('990','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'which had sent about 2,000 troops')
c('990','detained',10000,'almost','people detained',MIA,'almost 10,000 people had been detained')
e('990','2022-01-05','other',None,[],'On the evening of Wednesday last week',note='internet shutdown; "Wednesday last week" from Wednesday 12 Jan')
e('990','2022-01-10','other',None,[KZMDD],'until Monday, when the Ministry of Digital Development said',note='access restored')
e('990','2022-01-07','statement',None,[TOK],'In an address on January 7')
e('990',None,'troop_deployment','Kazakhstan',[CSTO],'and he thanked the Collective Security Treaty Organization',note='undated deployment')
e('990','2022-01-11','casualty_report',None,[MIA],'By yesterday, the Interior Ministry said')
e('990',None,'statement',None,['Digital Steppe'],"Bekova's group has asked the authorities",note='undated request')
e('990','2022-01-10','other',None,['Didar'],'Didar reconnected five days later',note='"five days later" after Wednesday 5 Jan')

# ---------------- 991 Helsingin Sanomat International edition ("13.1. 18:20", no year; Thursday 13 January 2022)
art('991',0,5,7,'Helsingin Sanomat','2022-01-13',['Sanna Virtanen'],None,
    ['Helsingin Sanomat','HS International','Politics','Sanna Virtanen HS','13.1. 18:20 | Updated 13.1. 20:05',"Read also: Sweden's Hultqvist: Russia cannot veto our choices",'Kommentoi / Comment','Share'])
q('991','We decide our own security arrangements','Pekka Haavisto','Haavisto','says',zone='headline',note='headline quote, comma outside the closing mark, present-tense cue "says"')
q('991','We decide our own security arrangements, and nobody else can decide them for us,','Pekka Haavisto','Foreign Minister Pekka Haavisto','says',note='inverted present-tense cue; party label "(Green)" after the name')
q('991','The option to apply for membership is part of our foreign and security policy. That has been the line of the president and the government, and it remains the line,','Pekka Haavisto','he','says')
q('991','also includes the possibility of military alignment','Sauli Niinistö','President Sauli Niinistö','saying',partial=True)
q('991','Kazakhstan showed how fast Russia can put a force on the ground when the political decision has been made. That was the real demonstration this month, not the talks,','Ville Korhonen','senior research fellow Ville Korhonen','says',note='invented researcher; inverted present tense')
q('991','If they leave on schedule, the Kremlin can say: we came, we helped, we left. That story is aimed at the West as much as at Central Asia.','Ville Korhonen','him',None,note='stand-alone paragraph; nearest attributing mention "According to him" in the paragraph before')
q('991','We are in close contact with Stockholm every day,','Pekka Haavisto','Haavisto','said')
c('991','troops_deployed',100000,'about','Russian troops near the Ukrainian border','US administration','about 100,000 troops near the Ukrainian border')
c('991','troops_deployed',2030,'about','CSTO soldiers in Kazakhstan',CSTO,'about 2,030 soldiers took part',note='"According to the organisation"; border length 1,340 km and "ten days" are not claims')
e('991','2022-01-13','statement',None,['Pekka Haavisto'],'Haavisto spoke to HS on Thursday afternoon',note='interview with HS')
e('991','2022-01-13','talks','Vienna',['OSCE'],'after the OSCE Permanent Council had met in Vienna',note='"a few hours after" the Thursday interview')
e('991','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'On Monday, Russian Deputy Foreign Minister Sergei Ryabkov')
e('991','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday the NATO-Russia Council convened in Brussels')
e('991',None,'statement',None,['Russia'],'In December, Moscow demanded written guarantees',note='"In December" (2021), no day')
e('991','2022-01-01','statement',None,['Sauli Niinistö'],'in his New Year speech on January 1')
e('991','2022-01-11','other',None,['Sauli Niinistö'],'a discussion with the Finnish ambassadors on Tuesday')
e('991','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'On January 6, the first Russian paratroopers')
e('991','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal that began on Thursday')
e('991','2022-01-11','statement',None,[TOK],'Tokayev announced on Tuesday that the mission had been completed')

# ---------------- 992 Der Standard piece in translation ("13. Jänner 2022, 19:05", a Thursday)
art('992',0,8,10,'Der Standard','2022-01-13',['Anna Lechner'],'Vienna',
    ['derStandard','International > Europa > OSZE','Translated from German','OSCE IN VIENNA','Anna Lechner','13. Jänner 2022, 19:05','214 Postings','(Anna Lechner, 13.1.2022)',
     'Weiterlesen / Read more:','Russia and NATO talk – and talk past each other','Kazakhstan: the CSTO troops are leaving','Forum: 214 Postings','Rules of the forum'],
    sections=(ln('992','Kazakhstan as a shadow'),))
q('992','The danger of a war in the OSCE area appears greater today than at any point in the past thirty years,','Zbigniew Rau','the Polish chairman','said',note='title-only attribution after the quote; name in the sentence before; "thirty years" not a claim')
q('992','made for exactly such moments','Zbigniew Rau','he','said',partial=True,note='comma-split cue "The organisation, he said, was “…”"; full stop outside')
q('992','a concrete response, article by article','Alexander Lukashevich','He','told',partial=True)
q('992','We will not negotiate the sovereignty of third countries behind their backs,','Michael Carpenter','Carpenter','said',note='words invented')
q('992','a place of dialogue','Alexander Schallenberg',"Austria's foreign minister Alexander Schallenberg",'said',partial=True,note='party label "(ÖVP)" between name and cue')
q('992','with great concern',ODIHR,'The OSCE Office for Democratic Institutions and Human Rights (ODIHR)','said',partial=True)
q('992','We are an organisation that works by consensus. That is our strength and at the same time our weakness,',None,'a diplomat from a Western delegation','said',note='anonymous diplomat')
c('992','troops_deployed',2000,'about','CSTO soldiers being withdrawn from Kazakhstan','Russia','the roughly 2,000 soldiers',note='"According to Moscow"; "roughly" → about')
c('992','detained',12000,'more than','people detained','Kazakh authorities','more than 12,000 people detained')
e('992','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'At the weekly Permanent Council',note='date from the article stamp and "the session concluded a week … begun on Monday"; no day word in the sentence')
e('992','2022-01-01','other',None,['Poland','OSCE'],'took over the OSCE chairmanship on 1 January')
e('992','2022-01-13','statement',None,['Alexander Lukashevich'],'He told journalists after the meeting')
e('992','2022-01-10','talks','Geneva',['United States','Russia'],'begun on Monday in Geneva')
e('992','2022-01-12','talks','Brussels',['NATO','Russia'],'followed on Wednesday by the NATO-Russia Council in Brussels')
e('992','2022-01-13','statement',None,['Sergey Ryabkov'],'said the day after the Brussels talks',note='"the day after" Wednesday 12 Jan')
e('992',None,'other','Vienna',['Alexander Schallenberg','Zbigniew Rau'],'who met Rau at the margins')
e('992',None,'troop_deployment','Kazakhstan',[CSTO],'who had been flown in last week',note='"last week" is not a day')
e('992','2022-01-13','withdrawal','Kazakhstan',[CSTO],'soldiers began on Thursday')
e('992','2022-01-11','statement',None,[ODIHR],'had already said on Tuesday')

# ---------------- 993 The UB Post (January 10, 2022, a Monday)
art('993',0,6,11,'The UB Post','2022-01-10',['B.Khuder'],None,
    ['The UB Post',"Mongolia's leading English-language newspaper",'Home / Politics / Foreign relations','By B.Khuder','January 10, 2022','Related news',
     'Bayan-Ulgii residents wait for news from relatives in Kazakhstan','MIAT resumes Istanbul route','Share this: Facebook | Twitter | Email','© 2022 The UB Post. All rights reserved.'])
q('993','Our priority from the first day was the safety of our citizens. We worked around the clock with the Kazakh side to get permission for this flight,','B.Battsetseg','Foreign Minister B.Battsetseg','told',note='Mongolian initial+name form glued with a dot')
q('993','if there is demand','B.Battsetseg','she','added',partial=True,note='comma outside the closing mark')
q('993','We could hear shooting, and we did not know who was shooting at whom,','Solongo','Solongo','said',note='first name only')
q('993','When the phone network came back, the first call I made was to my mother.','Solongo','Solongo','said',note='continuation after the interposed cue')
q('993','For a country between two great neighbours, the lesson is that stability is precious and that friends should be chosen carefully,','Ts.Enkhbold','he','said',note='invented researcher; "Ts." initial glued')
q('993','with great anxiety','Ts.Enkhbold','He','added',partial=True)
c('993','killed',164,None,'people killed (figure later removed)','Kazakh state television','164 people have been killed')
c('993','detained',5800,None,'people detained, including some foreign nationals',MIA,'5,800 people, including some foreign nationals')
c('993','troops_deployed',2030,'about','CSTO troops deployed',CSTO,'about 2,030 troops are deployed',note='146 passengers and about 2,000 citizens are not claims')
e('993','2022-01-08','other','Ulaanbaatar',['MIAT Mongolian Airlines'],'landed at Chinggis Khaan International Airport on Saturday evening',note='evacuation flight; Saturday before Monday 10 Jan')
e('993','2022-01-05','other','Almaty',[],"the city's airport was seized by rioters on January 5")
e('993',None,'statement',None,['B.Battsetseg'],'told reporters at the airport',note='undated (probably at the Saturday arrival)')
e('993','2022-01-02','protest','Zhanaozen',[],'began on January 2 in the oil town of Zhanaozen')
e('993','2022-01-07','statement',None,[TOK],'On Friday, President Kassym-Jomart Tokayev said in a televised address')
e('993',None,'casualty_report',None,['Kazakh state television'],'According to Kazakh state television',note='undated')
e('993','2022-01-09','casualty_report',None,[MIA],'The Kazakh Interior Ministry said yesterday')
e('993','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in Kazakhstan on Thursday')
e('993','2022-01-10','talks','Geneva',['Russia','United States'],'Today, Russian and US delegations begin talks in Geneva')
e('993','2022-01-10','talks',None,[CSTO,'Armenia'],'a virtual CSTO summit chaired by Armenia is also expected',note='"Today" from the same sentence')

# ---------------- 994 Coda Story analysis (19 January 2022, a Wednesday)
art('994',0,4,6,'Coda Story','2022-01-19',['Katya Morozova'],None,
    ['CODA','Disinformation | Authoritarian Tech | Rewriting History','Katya Morozova','19 January 2022',
     'Katya Morozova is a reporter covering Central Asia and the Caucasus for Coda Story.','Share this story'])
q('994','a well-organised act of aggression',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('994','If twenty thousand fighters had come from abroad, we would expect to see foreign passports, foreign weapons, foreign bodies,','Rustam Iskakov','Rustam Iskakov','said',note='inverted: "…," said Rustam Iskakov, a researcher …; "twenty thousand" is hypothetical, not a claim')
q('994','What we have instead is one confession on television.','Rustam Iskakov','Rustam Iskakov','said',note='continuation after the interposed cue')
q('994','The story needs a face, so the state finds one.\n\nThen the face becomes the proof, and the proof travels. Within hours the clip was on Russian channels, with subtitles, as evidence that the West was behind the unrest.','Rustam Iskakov','Iskakov','said',malformed=True,
  note='one opening and one closing mark across two paragraphs (no re-opening mark): one record spanning the line break')
q('994','to undermine the foundations of the state','Vladimir Putin','Russian President Vladimir Putin','told',partial=True,note='"so-called colour revolutions" in the same sentence has no marks')
q('994','without firing a single shot','Sergey Lavrov','Foreign Minister Sergei Lavrov','told',partial=True)
q('994','important state and strategic facilities',SER,'Colonel General Andrei Serdyukov','said',partial=True)
q('994','They are asked about one thing: what they posted, and where they were on the fifth,','Dina Tulegenova','she','said',note='invented lawyer')
c('994','other',20000,None,'"terrorists" (official figure questioned by the article)',None,'"20,000 terrorists"',zone='headline',note='headline; the scare-quoted phrase itself is excluded from quotes')
c('994','other',20000,None,'bandits who attacked Almaty',TOK,'attacked by 20,000 bandits')
c('994','killed',225,None,'people killed during the unrest',PGO,'225 people had been killed')
c('994','killed',19,None,'members of the security forces killed',PGO,'including 19 members of the security forces',note='subset of the 225, stated as its own figure')
c('994','detained',10000,'more than','people detained',MIA,'more than 10,000 people had been detained')
c('994','troops_deployed',2000,'about','CSTO troops leaving Kazakhstan',CSTO,'the roughly 2,000 CSTO troops',note='"according to the alliance"')
e('994','2022-01-07','statement',None,[TOK],'In a televised address, President Kassym-Jomart Tokayev said')
e('994','2022-01-10','talks',None,[TOK,CSTO],'Three days later, speaking by video link to a summit',note='"three days later" after 7 January; "Nine days ago" (from 19 Jan) agrees')
e('994','2022-01-15','casualty_report',None,[PGO],"On Saturday, the Prosecutor General's Office said",note='Saturday before Wednesday 19 Jan')
e('994',None,'other',None,['Vikram Ruzakhunov'],'appeared on Kazakh television with a bruised face',note='televised confession, undated')
e('994',None,'statement','Bishkek',['Vikram Ruzakhunov'],'he told journalists in Bishkek',note='"The day after his release"; the release is not dated')
e('994','2022-01-10','statement',None,['Vladimir Putin'],'Putin told the CSTO summit',note='the summit dated by "Three days later" above')
e('994',None,'statement',None,['Sergey Lavrov'],'Sergei Lavrov later told reporters')
e('994','2022-01-19','withdrawal','Kazakhstan',[CSTO],'Today the last of the roughly')
e('994',None,'other','Almaty',[SER],'at a farewell ceremony in Almaty last week',note='"last week" is not a day')

# ---------------- 995 Globes (13 Jan, 2022 17:42, a Thursday)
art('995',0,6,8,'Globes','2022-01-13',['Yael Ben-Dor'],None,
    ['Globes','Israel Business News','Home > Markets > Commodities','By Yael Ben-Dor','13 Jan, 2022 17:42',
     'Published by Globes, Israel business news - en.globes.co.il - on January 13, 2022.','© Copyright of Globes Publisher Itonut (1983) Ltd., 2022.'])
q('995','The mines are far from Almaty, and the company moved quickly to reassure the market. Still, the episode reminded everyone how concentrated supply is,','Amir Shalev','Amir Shalev','said',note='inverted cue; invented analyst')
q('995','Our warehouse is ten minutes from the square. We were lucky, the windows were broken and that is all,','Avi Rosenthal','he','said',note='invented CEO')
q('995','Others were not so lucky.','Avi Rosenthal','he','said',note='continuation after "he said."')
q('995','Kazakhstan needs water technology more than it needs politics,','Avi Rosenthal','he','said')
q('995','by a month or two, not cancelled','Avi Rosenthal','he','adding',partial=True)
q('995','We have to be honest: a very profitable group has appeared in the country, and the people are entitled to their share,',TOK,'he','told',note='"he told parliament"; he = Tokayev (previous paragraph sentence subject); words invented')
q('995','Investors can live with a strong state. What they cannot live with is a state that changes the rules overnight.','Amir Shalev','Shalev','said',note='cue in the previous sentence of the same paragraph ("said Shalev", comma-split)')
c('995','detained',9900,None,'people detained during the unrest','officials','9,900 people were detained',note='"official figures"; 40%, 8%, about 150 Israelis are not claims')
c('995','troops_deployed',2030,None,'CSTO troops to be withdrawn',TOK,'withdrawing its 2,030 troops')
e('995','2022-01-06','statement',None,['Kazatomprom'],'Kazatomprom said last Thursday',note='"last Thursday" from Thursday 13 Jan = 6 Jan')
e('995','2022-01-12','other','Nur-Sultan',['Avi Rosenthal'],'who flew to Nur-Sultan yesterday')
e('995',None,'statement',None,['Israeli Ministry of Foreign Affairs'],'said at the height of the crisis')
e('995','2022-01-11','casualty_report',None,[],'According to official figures published on Tuesday')
e('995','2022-01-11','statement',None,[TOK],'Tokayev said the same day')
e('995','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the first units are due to leave today')
e('995',None,'statement',None,[TOK],'he told parliament',note='no day in this sentence (real: 11 Jan)')

# ---------------- 996 Taiwan News (2022/01/08 16:25, a Saturday)
art('996',0,6,8,'Taiwan News','2022-01-08',[],'TAIPEI',
    ['Taiwan News','Home | Taiwan | Politics | Business | World | Sports','World','By Taiwan News, Staff Writer','2022/01/08 16:25','(CNA contributed to this report)',
     'Related: Taiwan raises travel alert for Kazakhstan to red',"Related: Kazakhstan's internet blackout hits crypto miners",'#Kazakhstan #China #Xi Jinping #MOFA #CSTO'])
q('996','firm action at the decisive moment','Xi Jinping','Xi','said',partial=True,note='relayed "According to Chinese state broadcaster CCTV"; headline single-quoted \'decisive measures\' excluded')
q('996','stands against any attempt to destabilise Kazakhstan.','Xi Jinping','Xi','said',partial=True,note='"and that China “…”": full stop inside')
q('996','necessary support','Xi Jinping','Xi','added',partial=True)
q('996','They are all safe, and we have asked them to avoid crowds and follow local instructions,','Joanne Ou','Ou','said',note='Chinese characters after the name at first mention')
q('996',"China has huge investments in Kazakhstan, from pipelines to railways. It does not want chaos on its western border, and it will accept a bigger Russian role if that is the price,",'Chen Yu-ting','Chen','said',note='invented researcher')
q('996','Washington will raise it, Moscow will say it was invited,','Chen Yu-ting','he','said')
c('996','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare label excluded from quotes')
c('996','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('996','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces',note='written out at the sentence start')
c('996','troops_deployed',2500,'about','CSTO troops to be sent',CSTO,'about 2,500 troops',note='11 Taiwanese citizens is not a claim')
e('996','2022-01-07','statement',None,['Xi Jinping',TOK],'Xi Jinping on Friday (Jan. 7) sent a verbal message')
e('996','2022-01-06','statement',None,['Wang Wenbin'],'had said on Thursday that the unrest')
e('996','2022-01-08','statement','Taipei',['Joanne Ou'],'told reporters in Taipei on Saturday (Jan. 8)')
e('996','2022-01-06','other',None,['Taiwanese Ministry of Foreign Affairs'],'raised its travel alert for Kazakhstan to "red" on Thursday')
e('996','2022-01-07','casualty_report',None,[MIA],'the Ministry of Internal Affairs said on Friday')
e('996','2022-01-05','other',None,[TOK,CSTO],'which Tokayev asked for help on Wednesday night',note='request for CSTO help')
e('996','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian units landed on Thursday')
e('996','2022-01-10','talks','Geneva',['United States','Russia'],'meet in Geneva on Monday (Jan. 10)',note='future')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Dauren','person',['Dauren'],[],'Kazakhstan',['he'],note='eyewitness, first name only'),
 sp('Aigerim','person',['Aigerim'],['a nurse at City Hospital No. 4'],'Kazakhstan',['She','she'],note='first name only; surname withheld'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he']),
 sp(SER,'person',['Andrei Serdyukov'],['the Russian colonel general commanding the CSTO contingent','Colonel General'],'Russia',['he']),
 sp('Erlan Sadykov','person',['Erlan Sadykov'],['a political analyst in Nur-Sultan'],'Kazakhstan',['he','He'],note='invented'),
 sp('Didar','person',['Didar'],['The 29-year-old'],'Kazakhstan',['he'],note='bitcoin miner, first name only'),
 sp(KZMDD,'organisation',['Ministry of Digital Development'],[],'Kazakhstan',['A ministry spokesperson']),
 sp('Yerbol','person',['Yerbol'],[],'Kazakhstan',['he'],note='courier, first name only'),
 sp('Gulnara Bekova','person',['Gulnara Bekova','Bekova'],['who coordinates the Almaty-based group Digital Steppe'],'Kazakhstan',['she'],note='invented (and the group Digital Steppe)'),
 sp('Pekka Haavisto','person',['Pekka Haavisto','Haavisto'],['Foreign Minister'],'Finland',['he'],note='words invented'),
 sp('Sauli Niinistö','person',['Sauli Niinistö'],['President'],'Finland',['The president'],note='words invented'),
 sp('Ville Korhonen','person',['Ville Korhonen','Korhonen'],['senior research fellow'],'Finland',['him'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's foreign minister"],'Poland',['the Polish chairman','he'],note='words invented/paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],['permanent representative'],'Russia',['He'],note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter','Carpenter'],['The US ambassador to the OSCE'],'United States',note='words invented'),
 sp('Alexander Schallenberg','person',['Alexander Schallenberg'],["Austria's foreign minister"],'Austria',note='words invented'),
 sp(ODIHR,'organisation',['Office for Democratic Institutions and Human Rights','ODIHR'],[],None),
 sp('B.Battsetseg','person',['B.Battsetseg'],['Foreign Minister'],'Mongolia',['she','She'],note='printed in the Mongolian initial+name form; words invented'),
 sp('Solongo','person',['Solongo'],['a third-year student at Al-Farabi Kazakh National University'],'Mongolia',note='first name only'),
 sp('Ts.Enkhbold','person',['Ts.Enkhbold'],['a researcher at the Institute for Strategic Studies in Ulaanbaatar'],'Mongolia',['he','He'],note='invented'),
 sp('Rustam Iskakov','person',['Rustam Iskakov','Iskakov'],['a researcher who tracks state media narratives in Central Asia'],None,note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented/paraphrased'),
 sp('Sergey Lavrov','person',['Sergei Lavrov'],['Foreign Minister'],'Russia',note='canonical spelling from earlier sets; words invented'),
 sp('Dina Tulegenova','person',['Dina Tulegenova'],['a lawyer who represents several detainees in Almaty'],'Kazakhstan',['she'],note='invented'),
 sp('Amir Shalev','person',['Amir Shalev','Shalev'],['a commodities analyst at a Tel Aviv investment house'],'Israel',note='invented'),
 sp('Avi Rosenthal','person',['Avi Rosenthal','Rosenthal'],['CEO of an Israeli irrigation company'],'Israel',['he'],note='invented'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese leader'],'China',note='words invented/paraphrased'),
 sp('Joanne Ou','person',['Joanne Ou','Ou'],["Taiwan's MOFA spokesperson"],'Taiwan',[],['Joanne Ou (歐江安)'],note='words invented'),
 sp('Chen Yu-ting','person',['Chen Yu-ting','Chen'],['a researcher at National Chengchi University'],'Taiwan',['he','He'],['Chen Yu-ting (陳郁婷)'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['Collective Security Treaty Organization','CSTO'],[],None,['the alliance','the organisation'],quoted=False,note='source of figures; not quoted'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',quoted=False,note='mentioned in 991 and 992; not quoted'),
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
