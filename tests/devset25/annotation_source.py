#!/usr/bin/env python3
"""Source of the devset25 annotation: the hand-chosen spans, values and dates for 293-300.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset25/annotation_source.py && python3 tests/devset25/verify.py
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
N='\u00a0'
UAMFA='Ukrainian Foreign Ministry'; KGMFA='Kyrgyz Foreign Ministry'; FRMFA='French Foreign Ministry'; KZHM='Kazakh Health Ministry'

# ---------------- 293 Vedomosti-style business piece in translation (10.01.2022, a Monday)
art('293',0,3,4,'Vedomosti','2022-01-10',['Ekaterina Mironova','Artyom Bazhenov'],None,
    ['VEDOMOSTI','Economy / Trade','10.01.2022, 21:14','Translated from Russian','Share: VK · Telegram · WhatsApp',
     "Read also: Why Kazakhstan's oil workers took to the streets",'© VEDOMOSTI, 1999—2022','18+'],sections=(ln('293','\nMarkets\n')+1,))
q('293','We have trucks that have been standing at the crossing since January 5. The drivers have food for three more days,','Oleg Tarasenko','Oleg Tarasenko','said',note='inverted cue: ," said Oleg Tarasenko, the owner of …; a date inside the quote')
q('293',"an attempted coup d'état",TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='"told an online session … that the country had withstood “…”"')
q('293','We will not let anyone rock the situation in our common home,','Vladimir Putin','him','quoted',note='"the Kremlin quoted him as saying"; him = Putin (sentence before); the Kremlin is the channel, not the speaker')
q('293','The uranium market reacted not to the riots but to the internet blackout. For two days nobody could reach the mines,','Maxim Sorokin','Maxim Sorokin','told',note='inverted: ,” Maxim Sorokin, chief economist at …, told Vedomosti')
q('293','a change in the rules of the game','Maxim Sorokin','he','believes',partial=True,note='cue "he believes" interposed between commas')
q('293','If the new team starts revising contracts, Russian business will be the first to feel it,','Maxim Sorokin','Sorokin','warned')
q('293','This is business risk. Nobody promised that the neighbours would always be quiet,',None,'he','said',note='he = "A federal official who deals with trade with Central Asia" (anonymous)')
c('293','detained',7939,None,'people detained across Kazakhstan',MIA,'7,939 people have been detained')
c('293','killed',164,None,'deaths (figure later removed)',KZHM,'reported 164 deaths',note='the figure was later removed from the government channel')
c('293','troops_deployed',2030,None,'CSTO contingent servicemen',RDM,'numbers 2,030 servicemen')
c('293','other',250,None,'units of military equipment of the CSTO contingent',RDM,'250 units of military equipment',note='equipment count; "other"')
e('293','2022-01-08','other',None,[],'Deliveries by rail resumed on Saturday',note='Saturday before Monday 10 Jan')
e('293','2022-01-06','other','Kazakhstan',[],'Kazakh banks stopped processing payments on January 6')
e('293','2022-01-10','casualty_report',None,[MIA],'Interior Ministry figures published on Monday',note='detention figures')
e('293',None,'casualty_report',None,[KZHM],'The Health Ministry had reported',note='undated; later removed')
e('293','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'an online session of the CSTO Collective Security Council on Monday')
e('293','2022-01-05','other',None,[TOK,CSTO],'which Tokayev invited on January 5',note='invitation of the CSTO force')
e('293','2022-01-05','other','London',['Kazatomprom'],'lost 11% in London on Wednesday',note='share fall; Wednesday before Monday 10 Jan')

# ---------------- 294 FT "FirstFT: Asia" newsletter (January 11 2022, a Tuesday)
art('294',0,4,5,'Financial Times','2022-01-11',['Emily Hartwell'],None,
    ['FINANCIAL TIMES','myFT  |  Search  |  Sign In','FirstFT: Asia','January 11 2022','Save','Print this page',
     "Thank you for reading FirstFT Asia. Here is the rest of today's newsletter. Please send your recommendations and feedback to firstft@ft.com. Sign up here.",
     'Copyright The Financial Times Limited 2022. All rights reserved.'],
    sections=(ln('294','Five more stories in the news'),ln('294','The day ahead'),ln('294',"What else we're reading")))
q('294','long, hard and businesslike','Sergey Ryabkov','Deputy foreign minister Sergei Ryabkov','said',partial=True,note='"Sergei" spelling; lower-case title')
q('294','For us it is absolutely essential that Ukraine is never taken into Nato,','Sergey Ryabkov','Ryabkov','told')
q('294','Nobody gets to decide for Ukraine who its friends and allies are,','Wendy Sherman','she','said',note='she = Sherman, named in the sentence before with a lower-case title')
q('294','main mission',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='numbered item with a bold lead glued to the sentence ("…mission is over President …")')
q('294','Nothing has actually stopped at the mines,','Kazatomprom','a Kazatomprom spokesperson','said',note='unnamed spokesperson → the company')
q('294','The biggest winner of this week is the Kremlin,','Pavel Ignatov','Pavel Ignatov','said',note='in the "What else we\'re reading" teaser; inverted cue')
c('294','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'US officials','about 100,000 troops near')
c('294','troops_deployed',2030,None,'Russia-led CSTO force in Kazakhstan',TOK,'a Russia-led force of 2,030 troops')
c('294','detained',10000,'almost','people detained in Kazakhstan since 2 January','Kazakh authorities','almost 10,000 people have been detained')
e('294','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'ended almost eight hours of talks in Geneva on Monday')
e('294','2022-01-12','talks','Brussels',['NATO','Russia'],'Nato ambassadors meet Russian officials in Brussels on Wednesday')
e('294','2022-01-13','talks','Vienna',['OSCE'],'the OSCE convenes in Vienna on Thursday')
e('294',None,'statement',None,[TOK],"Kazakhstan's leader says CSTO mission is over",note='undated (real: 11 Jan, address to parliament)')
e('294',None,'withdrawal','Kazakhstan',[CSTO],'would begin to pull out in two days',note='"in two days" from an undated statement; real start 2022-01-13')
e('294','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev will address parliament today')
e('294','2022-01-02','protest','Kazakhstan',[],'since protests began on January 2')

# ---------------- 295 Kloop (Kyrgyzstan) piece in translation (12 January 2022, a Wednesday)
art('295',0,3,8,'Kloop','2022-01-12',['Aidana Sadykova'],None,
    ['Kloop','News  ·  Kyrgyzstan  ·  Kazakhstan','12 January 2022, 16:40','Author: Aidana Sadykova','This article was translated from Russian by the Kloop editorial team.',
     'Support Kloop',"Our journalism exists thanks to readers. A donation of 500 soms a month pays for one hour of a reporter's work.",'Kloop Media Public Foundation, 2022'])
q('295','He called me on the evening of January 5 and said he was going out to buy bread. After that his phone was off,','Nurlan','his brother Nurlan','told',note='relative named by first name only')
q('295','In the video he speaks like a person who has been told what to say.','Nurlan','his brother Nurlan','told',note='second half after the interposed "his brother Nurlan told Kloop."; "he" inside = Toktosunov')
q('295','in constant contact',KGMFA,'The ministry','said',partial=True)
q('295','objectively and without haste','Sadyr Japarov','Japarov','asked',partial=True,note='"According to Sultanbayev, Japarov asked for …" — words reported by the press secretary; speaker Japarov')
q('295','Our soldiers did not shoot at anyone and did not take part in any operations against civilians. They guarded one object and that is all,','Gulnara Asanova','she','said',note='stand-alone paragraph; she = the spokeswoman named in the paragraph before')
q('295','We are sending soldiers to defend a regime that now shows our people on television as terrorists,','Temirlan Beishenov','opposition politician Temirlan Beishenov','said',note='inverted cue')
q('295','A statement made by a man with bruises on his face has no legal value,','Cholpon Abdieva','Abdieva','said')
q('295','and the Kazakh court should know this.','Cholpon Abdieva','Abdieva','said',note='second half after the interposed cue; starts lower-case')
c('295','detained',9900,None,'people detained in Kazakhstan',"Kazakh Prosecutor General's Office",'detained 9,900 people')
c('295','detained',12,'at least','Kyrgyz citizens among the detained',KGMFA,'at least 12 citizens of Kyrgyzstan',note='a subset of the 9,900')
c('295','troops_deployed',150,'about','Kyrgyz servicemen in the CSTO force',None,'about 150 servicemen')
e('295','2022-01-10','other',None,[],'Kazakh state television on Monday broadcast a video',note='televised "confession"')
e('295','2022-01-11','statement',None,[KGMFA],"Kyrgyzstan's Foreign Ministry said on Tuesday")
e('295',None,'talks',None,['Sadyr Japarov',TOK],'raised the case in a phone call with Kassym-Jomart Tokayev',note='undated phone call')
e('295','2022-01-11','casualty_report',None,["Kazakh Prosecutor General's Office"],"the prosecutor general's office said on Tuesday",note='detention figure')
e('295','2022-01-15','withdrawal','Kazakhstan',['Kyrgyz Defence Ministry'],'will return home by Saturday',note='"by Saturday" = deadline, Saturday after Wed 12 Jan')
e('295','2022-01-07','protest','Bishkek',[],'protested outside the government building on January 7')
e('295',None,'other','Almaty',[],'Toktosunov had been released',note='"Update, 18:15" has no day word; by the stamp it is 2022-01-12')

# ---------------- 296 Le Point-style piece in translation (09/01/2022, a Sunday); French typography kept: « » with NBSP inside
art('296',0,3,4,'Le Point','2022-01-09',['Julien Marchetti'],None,
    ['Le Point','International','By Julien Marchetti','Published on 09/01/2022 at 12:30 - Modified on 09/01/2022 at 15:02','[Translated from French]',
     'Read also – Kazakhstan'+N+': the fall of the Nazarbayev clan','Read also – Uranium'+N+': why Kazakhstan matters to French nuclear power',
     'Le Point newsletter'+N+': receive the best of international news every morning'])
q('296','a return to calm','Jean-Yves Le Drian','Le Drian',None,partial=True,note='in the dek; "Le Drian wants “…”" has no speech verb')
q('296',N+'with great attention'+N,FRMFA,"The Quai d'Orsay",None,partial=True,note='« » with NBSP inside (kept in the span); no speech verb ("is following")')
q('296',N+'all parties to show restraint'+N,FRMFA,'France','called on',partial=True,note='"In a statement released on Friday, France called on «…»"')
q('296',N+'raises questions that Europe cannot ignore'+N,'Jean-Yves Le Drian','he','said',partial=True)
q('296',N+'We want a return to calm, but not a calm obtained by force and without witnesses'+N,'Jean-Yves Le Drian','he','added',note='comma outside the closing guillemet (French style)')
q('296',N+'20'+N+'000 bandits'+N,TOK,'President Kassym-Jomart Tokayev','has said',partial=True,note='a number with an NBSP thousands separator inside the partial')
q('296',N+'production has not been affected'+N,'Orano','a spokeswoman','assured',partial=True,note='unnamed spokeswoman → the company')
q('296',N+'France is a major investor, but in Kazakhstan the decisive partner remains Moscow, and the last few days have made it clearer than ever'+N,'Claire Vasseur','Claire Vasseur','believes',note='inverted French cue «…», believes Claire Vasseur')
q('296',N+'arrives late, as usual'+N,'Claire Vasseur','her','According to',partial=True)
q('296',N+'The CSTO forces came at our request and will leave as soon as their mission is over. There is no occupation'+N,'Gulsara Amanbayeva','she','told')
q('296',N+'Nothing about European security without the Europeans'+N,'Emmanuel Macron','Emmanuel Macron','said')
c('296','killed',164,None,'dead in the official toll','Kazakh authorities','is 164 dead')
c('296','killed',103,None,'dead in Almaty','Kazakh authorities','including 103 in Almaty',note='Almaty part of the 164')
c('296','detained',6000,'almost','people arrested',MIA,'Nearly 6'+N+'000 people have been arrested',note='NBSP thousands separator; "Nearly" → almost')
c('296','other',20000,None,'"bandits" who attacked Almaty',TOK,'20'+N+'000 bandits',note='attackers count claimed by Tokayev, inside a partial quote')
e('296','2022-01-07','statement',None,[FRMFA],'In a statement released on Friday')
e('296','2022-01-08','statement','Paris',['Jean-Yves Le Drian'],'went a step further on Saturday evening')
e('296','2022-01-09','casualty_report',None,['Kazakh authorities'],'published by the Kazakh authorities on Sunday morning')
e('296','2022-01-07','statement',None,[TOK],'gave the order on Friday to fire')
e('296','2022-01-10','talks','Geneva',['Russia','United States'],'negotiations between Russia and the United States open on Monday in Geneva')
e('296',None,'statement','Paris',['Gulsara Amanbayeva'],'she told Le Point',note='undated interview')
e('296',None,'statement','Strasbourg',['Emmanuel Macron'],'Emmanuel Macron said in Strasbourg last month',note='"last month" is not a day')

# ---------------- 297 security firm travel risk bulletin (07 Jan 2022 09:40 UTC, a Friday)
art('297',0,4,ln('297','- Security forces regained'),'Halberd Global Risk','2022-01-07',[],None,
    ['HALBERD GLOBAL RISK','Client Portal > Alerts > Central Asia','TRAVEL RISK BULLETIN','Issued: 07 Jan 2022 | 09:40 UTC','Alert ID: HGR-KZ-2201-04',
     'Risk rating: Country HIGH (raised from MODERATE) | Almaty EXTREME','Prepared by: Halberd Intelligence Desk, Dubai',
     'NEXT UPDATE: 07 Jan 2022, 18:00 UTC or earlier if the situation changes.',
     'This bulletin is provided to Halberd Global Risk clients for information only. © 2022 Halberd Global Risk Ltd. Not for redistribution.'],
    sections=(ln('297','\nSUMMARY\n')+1,ln('297','\nSITUATION\n')+1,ln('297','\nANALYSIS\n')+1,ln('297','\nADVICE\n')+1))
q('297','Those who do not surrender will be eliminated,',TOK,'he','said',note='he = Tokayev; "this morning" = publication day')
q('297','Demonstrations can turn violent with little warning,','US Embassy in Nur-Sultan','the embassy','said')
q('297','The situation in Almaty has moved from civil unrest to an armed security operation,','Liam Costigan','Liam Costigan','said',note="inverted cue with the firm's own analyst")
q('297','We expect the authorities to hold the city by force over the weekend, but isolated shooting is likely to continue.','Liam Costigan','Liam Costigan','said',note='continuation in the same paragraph after the cue sentence')
c('297','troops_deployed',2500,'about','CSTO personnel expected in Kazakhstan',None,'about 2,500 personnel are expected')
c('297','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have been killed')
c('297','injured',748,None,'members of the security forces injured',MIA,'748 injured')
c('297','killed',26,None,'attackers "liquidated" in Almaty',MIA,'put the number at 26',note='"a spokeswoman later put the number at 26" (the ministry\'s spokeswoman)')
c('297','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
e('297','2022-01-06','other','Almaty',[],'regained control of most of central Almaty overnight 06-07 Jan',note='range "06-07 Jan" → first day')
e('297','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('297',None,'state_of_emergency','Kazakhstan',[],'The state of emergency remains in force nationwide until 19 Jan',note='end date, not a declaration date')
e('297','2022-01-02','protest','Zhanaozen',[],'Protests that began on 02 Jan in Zhanaozen')
e('297','2022-01-05','protest','Almaty',[],'On the evening of 05 Jan crowds stormed')
e('297','2022-01-06','casualty_report',None,[MIA],'The ministry said on Thursday')
e('297','2022-01-07','statement',None,[TOK],'In a televised address this morning')
e('297','2022-01-05','other','Almaty',['US Embassy in Nur-Sultan'],'said on Wednesday that it had ordered the departure',note='ordered departure of consulate staff')

# ---------------- 298 Xinhua photo story (2022-01-14 10:26:51; dateline Jan. 13)
art('298',0,3,ln('298','ALMATY, Jan. 13 (Xinhua)'),'Xinhua','2022-01-14',[],'ALMATY',
    ['Xinhua  |  English.news.cn','Photos','Source: Xinhua | 2022-01-14 10:26:51 | Editor: huaxia','Video PLayer Close','[Editor: huaxia]','Enditem','Web Editor: Wang Yi','Copyright © 2000-2022 XINHUA.NET'])
q('298','The peacekeepers guarded important state and military facilities and helped the Kazakh law enforcement bodies to stabilize the situation,','Andrei Serdyukov','Serdyukov','said')
q('298','The mission has been completed.','Andrei Serdyukov','Serdyukov','said',note='second sentence after the interposed cue')
q('298','timely and effective',TOK,'Kazakh President Kassym-Jomart Tokayev','thanked',partial=True)
q('298','In a difficult hour you stood next to us. The people of Kazakhstan will remember this,','Sultan Gamaletdinov','he','told',note='spelt "Kamaletdinov" here (gold: Gamaletdinov)')
q('298','For a week we were afraid to go out. Now I can take my daughter to school again,','Dina Zhakupova','she','said')
c('298','troops_deployed',2030,None,'CSTO contingent troops',TOK,'consists of 2,030 troops')
c('298','other',250,None,'units of equipment of the CSTO contingent',TOK,'250 units of equipment')
c('298','aircraft',4,None,'Il-76 aircraft that left Almaty with Russian servicemen',RDM,'four Il-76 aircraft')
c('298','killed',164,'at least','people dead in the unrest','Kazakh authorities','at least 164 people dead')
e('298','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began to withdraw from Kazakhstan on Thursday',note='dateline Jan. 13; "Thursday" from the 14 Jan stamp gives the same day')
e('298','2022-01-13','other','Almaty',[CSTO,'Andrei Serdyukov','Sultan Gamaletdinov'],'A ceremony was held at the headquarters')
e('298','2022-01-11','statement',None,[TOK],'on Tuesday thanked the CSTO member states')
e('298','2022-01-13','withdrawal','Almaty',[RDM],'left Almaty for Ivanovo on Thursday')
e('298',None,'withdrawal',None,['Armenia','Belarus','Kyrgyzstan','Tajikistan'],'will also return home in the coming days')
e('298','2022-01-10','other','Almaty',[],'Public transport resumed on Monday')
e('298','2022-01-02','protest','Kazakhstan',[],'which began on Jan. 2 over a fuel price rise')

# ---------------- 299 Reddit AMA (no date: "2d")
art('299',0,3,ln('299','Hi Reddit!'),'Reddit',None,['u/steppe_stringer'],None,
    ['r/IAmA','Posted by u/steppe_stringer · 2d','Journalist','1.4k comments · Share · Save · 96% Upvoted','Sort by: best','level 1','[removed]','Continue this thread →',
     'About · Careers · Press · Reddit Inc © 2022. All rights reserved'])
q('299','Half of them were hungry, half of them were paid. Nobody here knows who paid.',None,'A police officer','put it this way',note='anonymous officer; colon before the quote')
q('299','prepared from a single centre',TOK,'Tokayev himself','told',partial=True)
q('299','We are here to guard, not to shoot,',None,'A Russian officer','told',note='"told me, “…,”" — comma after the cue')
q('299','the mission will be completed','Vladimir Putin','Putin','said',partial=True)
q('299','I lived through 1986 and I never saw anything like this',None,'My landlady','said',note='no punctuation inside the closing mark; a year inside')
q('299','They were detained for doing their job, and they were released because the world was watching.',None,'Its director','told',note='director of Adil Soz, unnamed')
c('299','killed',164,None,'dead (health ministry, post deleted)',KZHM,'The health ministry said 164 on Sunday')
c('299','killed',16,None,'security personnel killed',MIA,'says 16 security personnel were killed')
c('299','troops_deployed',2030,'about','CSTO troops',RDM,'about 2,030 troops came')
c('299','aircraft',70,None,"planes' worth of equipment",RDM,"70 planes' worth of equipment",note='odd wording; borderline')
c('299','detained',10000,'almost','people detained',MIA,'almost 10,000 people were detained')
c('299','detained',2,'at least','local journalists held','Adil Soz','At least two local journalists were held')
e('299','2022-01-05','protest','Almaty',[],'when the protests turned violent on January 5')
e('299',None,'casualty_report',None,[KZHM],'said 164 on Sunday',note='publication date unknown ("2d"); likely 2022-01-09')
e('299','2022-01-06','other','Almaty',[],'I saw bodies near the akimat on the morning of the 6th',note='"the 6th" read as 6 January (month from context)')
e('299',None,'statement',None,[TOK],"Tokayev said on Tuesday that they'll start leaving in two days",note='publication date unknown; likely 2022-01-11')

# ---------------- 300 Ukrainian MFA comment (11 January, 2022 - 18:05, a Tuesday)
art('300',0,4,ln('300','The Ministry of Foreign Affairs of Ukraine has taken note'),'Ministry of Foreign Affairs of Ukraine','2022-01-11',[],None,
    ['Ministry of Foreign Affairs of Ukraine','Українською | English','Home / Press center / Comments','11 January, 2022 - 18:05','Print version',
     'Kyiv, 11 January 2022','Tags: Russia, USA, NATO, OSCE, Kazakhstan, Geneva','© 2022 Ministry of Foreign Affairs of Ukraine. Site map | Contacts | Accessibility'])
q('300','iron-clad guarantees','Sergey Ryabkov','Deputy Foreign Minister of the Russian Federation Sergey Ryabkov','stated',partial=True)
q('300','Russia is trying to return the world to 1945 and divide it into spheres of influence. This will not happen,','Dmytro Kuleba','Minister Kuleba','stressed',note='a year inside the quote')
q('300','a clear signal of unity','Dmytro Kuleba','He','added',partial=True)
q('300','The speed with which Russia moved troops to Kazakhstan should be a lesson for everyone who believes that a military threat to Ukraine is exaggerated,','Oleg Nikolenko','the Spokesperson of the Ministry Oleg Nikolenko','said',note='inverted cue; long title before the name')
c('300','troops_deployed',100000,'more than','Russian troops near the Ukrainian border and in occupied territories',None,'more than 100,000 troops')
c('300','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'about 2,500 troops of the Russia-led')
e('300','2022-01-10','talks','Geneva',['United States','Russia'],'held in Geneva on 10 January 2022')
e('300','2022-01-10','talks',None,['Dmytro Kuleba','Antony Blinken'],'held a telephone conversation with Secretary of State Antony Blinken the same evening',note='"the same evening" = of the Geneva meeting')
e('300',None,'statement',None,['Wendy Sherman'],'informed the Ukrainian side after the meeting',note='"after the meeting" (likely 2022-01-10)')
e('300','2022-01-10','statement',None,['Sergey Ryabkov'],'Yesterday Deputy Foreign Minister')
e('300','2022-01-12','talks','Brussels',['NATO','Russia'],'the meeting of the NATO-Russia Council on 12 January')
e('300','2022-01-13','talks','Vienna',['OSCE'],'the meeting of the OSCE Permanent Council on 13 January')
e('300',None,'troop_deployment','Kazakhstan',[CSTO],'to Kazakhstan last week was carried out',note='"last week" is not a day')
e('300','2022-01-10','statement',None,['Oleg Nikolenko'],'Oleg Nikolenko said on Monday')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's leader",'Kazakh President'],'Kazakhstan',['he','Tokayev himself']),
 sp('Oleg Tarasenko','person',['Oleg Tarasenko'],['the owner of a Samara logistics company'],'Russia',[],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['him']),
 sp('Maxim Sorokin','person',['Maxim Sorokin','Sorokin'],['chief economist at Tverskaya Capital'],'Russia',['he'],note='invented (Tverskaya Capital invented too)'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy foreign minister','Deputy Foreign Minister of the Russian Federation'],'Russia',[],note='words paraphrased/invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['deputy secretary of state','Deputy Secretary of State'],'United States',['she']),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan',['a Kazatomprom spokesperson']),
 sp('Pavel Ignatov','person',['Pavel Ignatov'],['a Moscow-based analyst'],'Russia',note='invented'),
 sp('Nurlan','person',['Nurlan'],[],'Kyrgyzstan',['his brother Nurlan'],note='invented; brother of the invented Aibek Toktosunov, first name only'),
 sp(KGMFA,'organisation',["Kyrgyzstan's Foreign Ministry",'Kyrgyz Foreign Ministry'],[],'Kyrgyzstan',['The ministry']),
 sp('Sadyr Japarov','person',['Sadyr Japarov','Japarov'],['President'],'Kyrgyzstan',note='words invented'),
 sp('Gulnara Asanova','person',['Gulnara Asanova'],['Defence Ministry spokeswoman'],'Kyrgyzstan',['she'],note='invented'),
 sp('Temirlan Beishenov','person',['Temirlan Beishenov'],['opposition politician'],'Kyrgyzstan',note='invented'),
 sp('Cholpon Abdieva','person',['Cholpon Abdieva','Abdieva'],['Human rights lawyer'],'Kyrgyzstan',note='invented'),
 sp('Jean-Yves Le Drian','person',['Jean-Yves Le Drian','Le Drian'],['Foreign Minister'],'France',['he'],note='words invented'),
 sp(FRMFA,'organisation',["Quai d'Orsay"],[],'France',["The Quai d'Orsay",'France'],note='"France" used as the speaker of the statement'),
 sp('Orano','organisation',['Orano'],[],'France',['a spokeswoman']),
 sp('Claire Vasseur','person',['Claire Vasseur'],["an associate fellow at the Institut d'études eurasiennes"],'France',['her'],note='invented (institute invented too)'),
 sp('Gulsara Amanbayeva','person',['Gulsara Amanbayeva'],['The Kazakh ambassador in Paris'],'Kazakhstan',['she'],note='invented'),
 sp('Emmanuel Macron','person',['Emmanuel Macron'],[],'France',note='words paraphrased'),
 sp('US Embassy in Nur-Sultan','organisation',['US Embassy in Nur-Sultan'],[],'United States',['the embassy']),
 sp('Liam Costigan','person',['Liam Costigan','Costigan'],["Halberd's head of Eurasia analysis"],'United Kingdom',note='invented (Halberd Global Risk invented too); country assumed'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','The commander of the CSTO forces'],'Russia'),
 sp('Sultan Gamaletdinov','person',['Sultan Kamaletdinov'],["Kazakhstan's Deputy Defense Minister"],'Kazakhstan',['he'],note='spelt "Kamaletdinov" in this set; canonical from gold ("Gamaletdinov")'),
 sp('Dina Zhakupova','person',['Dina Zhakupova'],['Local resident'],'Kazakhstan',['she'],note='invented'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Minister of Foreign Affairs of Ukraine'],'Ukraine',['He'],['Minister Kuleba']),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko'],['the Spokesperson of the Ministry'],'Ukraine'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(KZHM,'organisation',['Health Ministry','health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the withdrawn 164 figure in 293 and 299'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='mentioned in every file; not quoted'),
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
