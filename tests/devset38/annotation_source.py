#!/usr/bin/env python3
"""Source of the devset38 annotation: the hand-chosen spans, values and dates for 397-404.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset38/annotation_source.py && python3 tests/devset38/verify.py
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
DFAT='Australian Department of Foreign Affairs and Trade'; OTS='Organization of Turkic States'; KBS='Kazakh Border Service'
def L(p,n): return T[doc(p)].split('\n')[n-1]

# ---------------- 397 SBS News (Updated Saturday 8 January 2022 11:32 AM AEDT; Friday = 7 Jan)
art('397',0,ln('397','Australians in Kazakhstan told to shelter in place as foreign troops arrive'),ln('397','The Department of Foreign Affairs and Trade says'),'SBS News','2022-01-08',['Chloe Marantelli'],None,
    ['SBS News','Home | Australia | World | Politics | Podcasts | Watch on SBS On Demand','World','By Chloe Marantelli','Updated Saturday 8 January 2022 11:32 AM AEDT',
     'Listen to this article  4 min','Share  Facebook  Twitter  WhatsApp  Email','Picture: Security forces patrol a square in Almaty on Friday. Source: AAP','With AAP.',
     'Follow SBS News on Facebook and Twitter.','Read More',"Kazakhstan president orders troops to 'fire without warning'",'What is the CSTO, the alliance sending troops to Kazakhstan?',
     'SBS acknowledges the traditional owners of country throughout Australia.','© SBS 2022'])
q('397','aware of a small number of Australians',DFAT,'A spokesperson for the Department of Foreign Affairs and Trade (DFAT)','said',n=2,partial=True,note="unnamed spokesperson of a department: speaker is the department; the same words appear unquoted in the dek (l.8)")
q('397','We strongly encourage Australians in Kazakhstan to follow the instructions of local authorities and monitor the media,',DFAT,'the spokesperson','said')
q('397','Those who do not give themselves up will be eliminated,',TOK,'Mr Tokayev','said',note='"Mr" honorific (Australian style)')
q('397','My mother rang on a landline on Thursday night. She said the shooting had stopped but nobody is going outside,','Aigerim Nurlanova','she','said',note='she = Dr Aigerim Nurlanova, named in the sentence before (invented)')
q('397','anxious and very frustrated','Aigerim Nurlanova','Dr Nurlanova','described',partial=True)
q('397','People here are refreshing their phones all day, waiting for one message,','Aigerim Nurlanova','she','added')
q('397','closely monitoring','Marise Payne','Foreign Minister Marise Payne','said',partial=True)
c('397','killed',26,None,'protesters killed',MIA,'26 protesters had been killed')
c('397','detained',3800,'more than','people detained',MIA,'more than 3,800 people detained')
c('397','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces had died',note='written-out number; "according to the ministry" follows')
c('397','troops_deployed',2500,'about','CSTO contingent in Kazakhstan',CSTO,'would number about 2,500 soldiers')
e('397','2022-01-07','statement',None,[DFAT],'said on Friday the department was',note='Friday before Sat 8 Jan (Australian time)')
e('397','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('397',None,'statement',None,[TOK],'Mr Tokayev said in a televised address',note='undated here (real: 7 Jan)')
e('397',None,'troop_deployment','Almaty',[CSTO],'took up positions in the largest city, Almaty',note='undated')
e('397','2022-01-02','protest','Zhanaozen',[],'The unrest began on 2 January in the oil town of Zhanaozen')
e('397','2022-01-05','protest','Almaty',[],'spread to Almaty by Wednesday',note='"by Wednesday" read as Wed 5 Jan')
e('397',None,'statement',None,['Smartraveller'],'Smartraveller has raised its advice',note='undated travel-advice change')

# ---------------- 398 Al-Monitor (January 7, 2022, Fri)
art('398',0,ln('398','Turkey cautious as Turkic ally Kazakhstan calls in Russian-led troops'),ln('398','Ankara has offered support to Kazakhstan'),'Al-Monitor','2022-01-07',['Ezgi Toprakoğlu'],'ANKARA',
    ['AL-MONITOR','The Pulse of the Middle East','Turkey Pulse | Politics','Ezgi Toprakoğlu','January 7, 2022','Read in Turkish | Arabic','Read More:',
     'Erdogan, Putin to discuss Syria, Ukraine',"Turkey's lira slide deepens as inflation hits 36%",'Found in: Kazakhstan, CSTO, Turkic states, Russia-Turkey ties',
     'Sign up for the Al-Monitor newsletter','© 2022 Al-Monitor, LLC. All rights reserved.'])
q('398','in solidarity with brotherly Kazakhstan','Mevlut Cavusoglu','Cavusoglu','wrote',partial=True)
q('398','as soon as possible.','Mevlut Cavusoglu','Cavusoglu','wrote',partial=True,note='"…wrote that … and hoped that calm would be restored “as soon as possible.”"; cue kept as the main verb "wrote" ("hoped" is an alternative)')
q('398','We believe the Kazakh people will overcome these difficult days with common sense,','Recep Tayyip Erdogan','Erdogan','quoted',note='"the statement from the Communications Directorate quoted Erdogan as saying" (gold 002 l.386 rule: speaker is the person quoted)')
q('398','with concern.',OTS,'The Organization of Turkic States','said',partial=True)
q('398','The Turkic world talks a lot about brotherhood, but when the crisis came, Tokayev called Moscow, not Ankara,','Selim Karadağ','Selim Karadağ','said',note='inverted cue "said Selim Karadağ"; name inside the quote (Tokayev) is a trap; invented')
q('398','That tells you where the hard power is.','Selim Karadağ','Selim Karadağ','said',note='second half after the interposed attribution')
q('398','Our warehouse was looted on Wednesday night. We are waiting,',None,'A Turkish businessman in Almaty','said',note='anonymous; "he said" at the end, descriptive mention kept as speaker_as_written')
q('398','a Russian protectorate in all but name.','Hakan Bilgin','columnist Hakan Bilgin','called',partial=True,note='invented columnist; "Writing in a pro-government daily"')
c('398','troops_deployed',2500,'about','CSTO troops deployed to Kazakhstan','Selim Karadağ','roughly 2,500 troops',note='figure inside Karadağ\'s reported speech; "roughly" → about')
c('398','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('398','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c('398','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
e('398','2022-01-06','talks',None,['Mevlut Cavusoglu','Mukhtar Tileuberdi'],'spoke by phone with his Kazakh counterpart Mukhtar Tileuberdi on Thursday')
e('398',None,'talks',None,['Recep Tayyip Erdogan',TOK],'also called President Kassym-Jomart Tokayev',note='undated phone call')
e('398','2022-01-05','statement',None,[OTS],'said Wednesday it was following events')
e('398',None,'troop_deployment','Kazakhstan',['Russia'],'the arrival of Russian paratroopers',note='undated')
e('398','2022-01-07','casualty_report',None,['Kazakh authorities',MIA],'Kazakh authorities said Friday')
e('398',None,'other',None,['Turkish Airlines'],'Turkish Airlines canceled its flights',note='flight cancellation, undated; "until Jan. 10" is the end date, not the event date')

# ---------------- 399 Asia Times (January 11, 2022, Tue)
art('399',0,ln('399','China says little, gains much from Kazakh crisis'),ln('399','Beijing backed Tokayev'),'Asia Times','2022-01-11',['Daniel Okafor'],'HONG KONG',
    ['Asia Times','Subscribe  |  Newsletters  |  Search','CENTRAL ASIA','by Daniel Okafor  January 11, 2022','Follow @dokafor_writes',
     'Daniel Okafor is a Hong Kong-based journalist covering China\'s relations with Central Asia.',"Like this story? Here's how to support Asia Times.",
     'Tags: Belt and Road, China, CSTO, Kazakhstan, Tokayev, Xi Jinping','Related',"Kazakhstan's Tokayev tightens grip as Nazarbayev era fades","Russia's CSTO gamble in Central Asia",
     'Asia Times Financial','© 2022 Asia Times Holdings Limited'])
q('399','decisive and strong measures','Xi Jinping','President Xi Jinping','praising',partial=True,note='message, not speech; cue is the participle "praising"')
q('399','a highly responsible politician.','Xi Jinping','President Xi Jinping','calling',partial=True)
q('399',"firmly opposes any force undermining Kazakhstan's stability,",'Xi Jinping','Xi','said',partial=True,note='"according to state broadcaster CCTV" follows; CCTV is the channel, not the speaker')
q('399','China is ready to provide necessary support to help Kazakhstan overcome its difficulties,','Wang Wenbin','Wang','told')
q('399',"Beijing's priority is order on its border. If Russian paratroopers deliver order, Beijing is content to let them carry the cost,",'Li Mingyu','Li Mingyu','said',note='inverted cue; invented researcher')
q('399','A day without trains reminds everyone how thin the corridor is,','Li Mingyu','he','said')
q('399','main mission',TOK,'he','told',partial=True,note='"On Tuesday he told parliament the “main mission” …"; he = Tokayev (previous sentence); two-word phrase kept as partial')
q('399','They want the roads and the pipelines, not the checkpoints,',None,'the diplomat','said',note='anonymous European diplomat')
c('399','troops_deployed',2030,None,'CSTO servicemen sent to Kazakhstan',CSTO,'2,030 servicemen',note='"250 units of military hardware" in the same sentence is not a claim here (equipment count)')
c('399','killed',164,None,'people died in the violence','Kazakh officials','officials said 164 people had died')
c('399','detained',8000,'almost','people detained','Kazakh officials','close to 8,000 had been detained',note='"close to" → almost')
e('399',None,'other',None,[TOK,'Russia'],'asked Moscow for troops last week',note='"last week" not resolved to a day (real: 5 Jan)')
e('399','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a message to Tokayev on Friday')
e('399','2022-01-10','statement','Beijing',['Wang Wenbin'],'went further on Monday')
e('399','2022-01-09','casualty_report',None,['Kazakh officials'],'By Sunday, Kazakh officials said',note='"By Sunday" read as Sun 9 Jan')
e('399','2022-01-06','other','Khorgos',[],'briefly shut on Thursday',note='border crossing closure')
e('399','2022-01-11','statement',None,[TOK],'On Tuesday he told parliament',note='Tuesday = publication day')

# ---------------- 400 The Hill (01/12/22 4:05 PM ET, Wed)
art('400',0,ln('400',"Senators warn Russia: Kazakhstan deployment 'not a model' for Ukraine"),ln('400','A bipartisan group of senators on Wednesday'),'The Hill','2022-01-12',['REBECCA SALLOWAY'],None,
    ['The Hill','News | Policy | Opinion | Video | Events','DEFENSE','BY REBECCA SALLOWAY - 01/12/22 4:05 PM ET','Share   Tweet   More',
     'TAGS  Kazakhstan  Russia  Ukraine  Jeanne Shaheen  Rob Portman  Wendy Sherman',
     'THE HILL 1625 K STREET, NW SUITE 900 WASHINGTON DC 20006 | 202-628-8500 TEL | 202-628-8503 FAX','© 1998 - 2022 Nexstar Media Inc. | All Rights Reserved.'])
q('400','how quickly the Kremlin can move soldiers when it decides to.','Jeanne Shaheen','Sen. Jeanne Shaheen','said',partial=True,note='party tag "(D-N.H.)" and a role clause between name and verb')
q('400','We cannot allow Putin to dress up an intervention as a peacekeeping mission and call it legitimate,','Jeanne Shaheen','Shaheen','told',note='name inside the quote (Putin) is a trap')
q('400','The world saw those transport planes land in Almaty within hours,','Rob Portman','he','said',note='he = Sen. Rob Portman, previous sentence "agreed"')
q('400','Ukraine has to be ready for the same speed.','Rob Portman','he','said',note='second half after the interposed attribution')
q('400',"We were very clear that the choice is Russia's,",'Wendy Sherman','Sherman','said')
q('400','ready to talk','Wendy Sherman','Sherman','adding',partial=True)
q('400','changed the conversation','Rob Portman','Portman','said',partial=True)
q('400','A month ago people asked me whether Russia could really move that fast. Nobody asks that anymore,','Rob Portman','he','said')
c('400','troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan','Russia','just over 2,000 troops',note='"just over" → more than')
c('400','troops_deployed',100000,'about','Russian troops massed near Ukraine','U.S. officials','about 100,000 troops near')
c('400','killed',164,None,'death toll of the unrest','Kazakh authorities',"death toll from last week's violence at 164")
c('400','detained',9900,None,'people detained','Kazakh authorities','9,900 people had been detained')
e('400','2022-01-12','statement','Washington',['Jeanne Shaheen','Rob Portman'],'A bipartisan group of senators on Wednesday warned Moscow')
e('400','2022-01-12','talks','Brussels',['Wendy Sherman','Russia','NATO'],'met Russian officials at the NATO-Russia Council in Brussels on Wednesday')
e('400','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'two days after a marathon session',note='"two days after" Wednesday → Mon 10 Jan')
e('400','2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities on Monday put the death toll')
e('400','2022-01-13','talks','Vienna',['Russia','OSCE'],'in Vienna on Thursday')
e('400',None,'troop_deployment','Almaty',[CSTO],'transport planes land in Almaty',note='inside a quote; undated')

# ---------------- 401 Eurasia Review reprint (January 13, 2022, Thu)
hl401=[i+1 for i,l in enumerate(T[doc('401')].split('\n')) if l.startswith('OSCE Talks End')][0]
art('401',0,hl401,ln('401','The third round of this week'),'Eurasia Review','2022-01-13',['Tomasz Wierzbicki'],None,
    ['Eurasia Review','A Journal of Analysis and News','Home » Europe » OSCE Talks End Without Breakthrough As Russia Eyes Kazakhstan Exit – Analysis',
     'January 13, 2022  Oxford Eurasia Forum  0 Comments','By Tomasz Wierzbicki',
     'Tomasz Wierzbicki is a senior fellow at the Oxford Eurasia Forum. This article was originally published by the Oxford Eurasia Forum.',
     'Share this:','Click to share on Twitter (Opens in new window)','Click to share on Facebook (Opens in new window)','Related',
     "Kazakhstan: Tokayev's New Cabinet Faces Old Problems – Analysis",'Russia-NATO Council: Dialogue Without Results – OpEd','Leave a Reply','Your email address will not be published.'])
q('401','the risk of war in the OSCE area is greater now than ever before in the last 30 years.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warning',partial=True,note='cue "by warning that"; duration "30 years" inside the quote is not a claim')
q('401','not in months, but in days.','Alexander Lukashevich','He','said',partial=True)
q('401','We do not see the point in sitting down for discussions of a general nature,','Alexander Lukashevich','Lukashevich','told')
q('401','Security in Europe is not something two countries decide over the heads of everyone else,','Michael Carpenter','he','said')
q('401','fulfilled its tasks in full.','Andrei Serdyukov','General Andrei Serdyukov','told',partial=True,note='relative clause "who commands the force" between name and verb')
q('401','prefers facts on the ground to words on paper.',None,'one Western delegate','put it',partial=True,note='"as one Western delegate put it"; anonymous')
q('401','tragic January',TOK,'Tokayev','said',partial=True,note='two-word phrase with a speech verb, kept as partial')
c('401','troops_deployed',2030,None,'CSTO troops to be withdrawn',RDM,'which number 2,030 troops')
c('401','killed',225,None,'bodies delivered to morgues',TOK,'225 bodies had been delivered to morgues',note='body count as a death toll')
e('401','2022-01-13','talks','Vienna',['OSCE','Russia','Zbigniew Rau'],'ended in Vienna on Thursday')
e('401','2022-01-13','withdrawal','Almaty',[RDM,CSTO],'On Thursday, the Russian Defence Ministry said the first units')
e('401','2022-01-12','other','Almaty',[CSTO],'a day after a ceremony marking the end of their mission',note='"a day after" Thursday')
e('401','2022-01-12','statement',None,['Andrei Serdyukov'],'told the ceremony on Wednesday')
e('401','2022-01-19','withdrawal',None,[CSTO],'is to be finished by 19 January',note='planned end of withdrawal')
e('401','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday')

# ---------------- 402 Radio Free Asia (2022.01.10, Mon)
art('402',0,ln('402','Truckers stranded at Khorgos'),ln('402','Drivers say they have waited five days'),'Radio Free Asia','2022-01-10',['Erkin Tursun'],None,
    ['Radio Free Asia','Uyghur | Tibetan | Mandarin | Cantonese | Korean | Burmese | Khmer | Lao | Vietnamese','Home > News > Uyghur','By Erkin Tursun','2022.01.10',
     'Listen to story  Print  Email  Share','Reported by Erkin Tursun for RFA\'s Uyghur Service. Translated by Alim Seytoff. Written in English by Joshua Lipes.',
     'Copyright © 2022, RFA. Used with the permission of Radio Free Asia, 2025 M St. NW, Suite 300, Washington DC 20036.','Comments (0)'])
q('402','We have been sleeping in our cabs since Wednesday. The diesel is running out,','Nurbol','one Kazakh driver','told',note='first name only ("who gave only his first name, Nurbol"); invented')
q('402','They told us the crossing was closed by the Kazakh side and there was nothing to discuss,',None,'A second driver','said',note='anonymous; "he said" at the end')
q('402','in the near future,',KBS,"Kazakhstan's border service",'said',partial=True)
q('402','Any crisis in Kazakhstan is bad news for Xinjiang families, because the first thing the state does is silence the loud ones,','Serikzhan Bilash','Serikzhan Bilash','said',note='inverted cue; "in a message to RFA"; words invented')
q('402','internal affair','Wang Wenbin','Chinese Foreign Ministry spokesman Wang Wenbin','called',partial=True)
q('402','external forces','Wang Wenbin','Chinese Foreign Ministry spokesman Wang Wenbin','said',partial=True,note='two-word diplomatic formula; borderline with the excluded labels')
c('402','killed',164,None,'people killed in the unrest','Kazakh authorities','164 people had been killed')
c('402','detained',6000,'almost','people detained','Kazakh authorities','nearly 6,000 people detained')
e('402','2022-01-10','other','Khorgos',[],'Hundreds of trucks were backed up',note='queue at the border on the publication day')
e('402',None,'other','Khorgos',['Kazakh authorities'],'after Kazakh authorities closed the frontier',note='"during last week\'s unrest": not a day')
e('402','2022-01-06','other','Khorgos',['Chinese border police'],'turned back vehicles on Thursday')
e('402','2022-01-09','statement',None,[KBS],"Kazakhstan's border service said Sunday")
e('402','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e('402',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia sent paratroopers',note='undated')
e('402','2022-01-07','statement',None,['Wang Wenbin'],'on Friday called the unrest')

# ---------------- 403 dpa international roundup (stamp "111543 Jan 22" = 11 Jan 15:43; Tue)
art('403',0,ln('403','Kazakh president names new government'),ln('403','Berlin/Nur-Sultan (dpa) -'),'dpa international','2022-01-11',[],'Berlin/Nur-Sultan',
    ['dpa international','Kazakhstan / Unrest / Politics / Diplomacy','(Roundup)','dpa mag xx n1 hs','111543 Jan 22','#Kazakhstan #Russia #Germany #Conflicts',
     'Notes to editors: ++ picture available ++ recommended for online ++','dpa-AFX / dpa international  Copyright 2022'])
q('403','very important from a psychological point of view.',TOK,'Tokayev','told',partial=True)
q('403','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Tokayev','said')
q('403','with great concern.','Annalena Baerbock','Annalena Baerbock','said',partial=True,note='"speaking in Berlin" between name and verb')
q('403','Violence is never the answer to the legitimate demands of a population,','Annalena Baerbock','Baerbock','said',note='quote follows the partial in the same paragraph')
q('403','a layer of wealthy people, even by international standards.',TOK,'Tokayev','saying',partial=True,note='name inside the sentence (Nazarbayev) is a trap')
q('403','no reason to be optimistic','Sergey Ryabkov','Sergei Ryabkov','said',partial=True,note='spelling "Sergei"; canonical Sergey Ryabkov')
c('403','detained',9900,None,'people detained',MIA,'put the number of detained at 9,900')
c('403','killed',164,None,'people died','health authorities','Health authorities have said 164 people died')
c('403','troops_deployed',2030,None,'CSTO soldiers sent to Kazakhstan',CSTO,'had sent 2,030 soldiers')
e('403','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister on Tuesday')
e('403','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin pulling out in two days',note='"in two days" from Tue 11 Jan')
e('403','2022-01-11','other',None,['Alikhan Smailov'],'Parliament approved Alikhan Smailov',note='parliamentary approval; same day as the nomination (dpa "on Tuesday" context)')
e('403',None,'statement','Berlin',['Annalena Baerbock'],'speaking in Berlin, said',note='undated (likely 11 Jan)')
e('403','2022-01-11','statement',None,['German Foreign Office'],'said on Tuesday that around 50 German nationals')
e('403','2022-01-10','talks','Geneva',['Sergey Ryabkov','United States'],"after Monday's talks with US negotiators")
e('403','2022-01-12','talks','Brussels',['Russia','NATO'],'Russia and NATO are to meet in Brussels on Wednesday')

# ---------------- 404 Novaya Gazeta English (12.01.2022 19:40, Wed)
art('404',0,ln('404','"Why did they send my boy?" Russian families'),ln('404','Special correspondent Yelena Vorontsova reports'),'Novaya Gazeta','2022-01-12',['Yelena Vorontsova'],'IVANOVO',
    ['Novaya Gazeta','Independent newspaper | English edition','Society','12.01.2022 19:40    Views: 18 304','Translated from Russian by the Novaya Gazeta English desk.',
     'Share: VK  Telegram  Twitter','Support Novaya Gazeta. Every donation matters.','Read also:','Kazakhstan after January: a week that changed Central Asia',
     '© Novaya Gazeta, 2022. Reproduction only with a link to the source.'])
q('404','Why did they send my boy?','Marina',None,None,zone='headline',note='headline quote with no attribution; speaker from the body (first name only, invented)')
q('404','Why did they send my boy? He is nineteen, he signed a contract in September,','Marina','Marina','said',note='age "nineteen" inside the quote, not a claim')
q('404','nobody shoots at us here.',None,'He','wrote',partial=True,note='unnamed paratrooper (Pichugina\'s husband); written message')
q('404','about half.','Oksana Pichugina','She','said',partial=True,note='invented')
q('404','order is fully restored.','Sergei Shoigu','Defence Minister Sergei Shoigu','said',partial=True)
q('404','A soldier goes where he is ordered, that is what the oath is for,','Viktor Rudenko','Rudenko','said',note='invented')
q('404','But the mothers are right to ask questions.','Viktor Rudenko','Rudenko','said')
q('404','obviously incomplete.','Pavel Chikov','Human rights lawyer Pavel Chikov','called',partial=True,note='"wrote that … and called the official count … “…”"; words invented')
q('404','They said ten days. I am counting,','Marina','she','said')
q('404','They took everyone on the square',None,None,None,art=None,zone='related',note='"Read also:" teaser; no speaker')
c('404','aircraft',70,'more than','Il-76 aircraft used to ferry troops',RDM,'more than 70 Il-76 aircraft')
c('404','troops_deployed',2030,None,'joint CSTO force',RDM,'a joint force of 2,030 servicemen',note='"According to the ministry" opens the sentence')
c('404','killed',164,None,'official death toll',None,'the official count of 164 dead',note='cited by Chikov as incomplete; no named source of the count')
c('404','detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 people were detained')
e('404','2022-01-11','other','Ivanovo',[],'The women outside the checkpoint of the airborne barracks on Tuesday')
e('404','2022-01-06','troop_deployment','Kazakhstan',[RDM],'said on January 6 that units of the 98th division')
e('404','2022-01-06','statement',None,['Sergei Shoigu'],'said on Thursday that the contingent',note='Thursday before Wed 12 Jan')
e('404','2022-01-11','statement',None,[TOK],'On Tuesday, Kazakh President Kassym-Jomart Tokayev told parliament')
e('404','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin on January 13')
e('404',None,'statement',None,['Pavel Chikov'],'wrote that Kazakh courts',note='undated')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['he'],['Mr Tokayev',"Tokayev's"]),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['A spokesperson for the Department of Foreign Affairs and Trade (DFAT)','the spokesperson']),
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova','Nurlanova'],['Central Asia researcher'],'Australia',['she'],['Dr Aigerim Nurlanova','Dr Nurlanova'],note='invented; Melbourne-based, family in Almaty'),
 sp('Marise Payne','person',['Marise Payne'],['Foreign Minister'],'Australia'),
 sp('Mevlut Cavusoglu','person',['Mevlut Cavusoglu','Cavusoglu'],['Turkish Foreign Minister'],'Turkey',note='words invented'),
 sp('Recep Tayyip Erdogan','person',['Recep Tayyip Erdogan','Erdogan'],['President'],'Turkey',[],["Erdogan's"],note='words invented'),
 sp(OTS,'organisation',['Organization of Turkic States'],[],None,['The Organization of Turkic States']),
 sp('Selim Karadağ','person',['Selim Karadağ','Karadağ'],['a lecturer in Eurasian studies'],'Turkey',[],[],note='invented'),
 sp('Hakan Bilgin','person',['Hakan Bilgin'],['columnist'],'Turkey',note='invented'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['President'],'China'),
 sp('Wang Wenbin','person',['Wang Wenbin','Wang'],['Foreign Ministry spokesman','Chinese Foreign Ministry spokesman'],'China'),
 sp('Li Mingyu','person',['Li Mingyu','Li'],['a researcher at a Shanghai think tank'],'China',['he'],note='invented'),
 sp('Jeanne Shaheen','person',['Jeanne Shaheen','Shaheen'],['Sen.'],'United States',[],['Sen. Jeanne Shaheen (D-N.H.)']),
 sp('Rob Portman','person',['Rob Portman','Portman'],['Sen.','co-chair of the Senate Ukraine Caucus'],'United States',['he'],['Sen. Rob Portman (R-Ohio)']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's envoy"],'Russia',['He']),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States',['he']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['General'],'Russia',['General Andrei Serdyukov']),
 sp('Nurbol','person',['Nurbol'],[],'Kazakhstan',['one Kazakh driver'],note='first name only; invented'),
 sp(KBS,'organisation',['border service'],[],'Kazakhstan',["Kazakhstan's border service"]),
 sp('Serikzhan Bilash','person',['Serikzhan Bilash'],['an activist'],'Kazakhstan',note='words invented'),
 sp('Annalena Baerbock','person',['Annalena Baerbock','Baerbock'],['German Foreign Minister'],'Germany'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',[],[],note='printed "Sergei" (403) and "Sergey" (400, event only)'),
 sp('Marina','person',['Marina'],[],'Russia',['she'],note='first name only; invented'),
 sp('Oksana Pichugina','person',['Oksana Pichugina'],["A paratrooper's wife"],'Russia',['She'],note='invented'),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Defence Minister'],'Russia'),
 sp('Viktor Rudenko','person',['Viktor Rudenko','Rudenko'],['head of a local veterans\' council'],'Russia',note='invented'),
 sp('Pavel Chikov','person',['Pavel Chikov'],['Human rights lawyer'],'Russia',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='figure source in several docs; not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='figure source; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry','Defence Ministry'],[],'Russia',[],[],quoted=False,note='figure source; not quoted'),
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
