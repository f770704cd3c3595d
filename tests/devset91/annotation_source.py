#!/usr/bin/env python3
"""Source of the devset91 annotation: the hand-chosen spans, values and dates for 821-828.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset91/annotation_source.py && python3 tests/devset91/verify.py
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

SERD='Andrei Serdyukov'; HM='Kazakh Health Ministry'; PGO='Kazakh Prosecutor General\'s Office'

# ---------------- 821 Egemen Qazaqstan, machine-translated from Kazakh (10.01.2022, Mon)
P='821'
art(P,0,ln(P,'Head of State: «Terrorist'),ln(P,'Today the extraordinary session'),'Egemen Qazaqstan','2022-01-10',['Aigul SEITQALI'],None,
    ['EGEMEN QAZAQSTAN','Республикалық қоғамдық-саяси газет | Republican socio-political newspaper','Басты бет / Саясат / Politics','10.01.2022 16:05 · Қаралды: 2 904',
     'Author: Aigul SEITQALI','Translated automatically from the Kazakh language','Tags: #Toqaev #UQShU #CSTO #Almaty','Жазылыңыз: Telegram | Facebook | Instagram',
     '© 1919–2022 «Egemen Qazaqstan» RG. Барлық құқықтар қорғалған.'])
q(P,'Terrorist aggression against Kazakhstan is repelled',TOK,'Head of State',None,zone='headline',note='headline "Head of State: «…»"; the colon is the only cue; «» guillemets')
q(P,'The peacekeeping contingent arrived in our country in very short time, and this decision gave our people confidence in the days of the aggression',TOK,'Qasym-Jomart Toqaev','said',note='«…», - said NAME (guillemets, comma and hyphen before an inverted cue); Kazakh transliteration Toqaev')
q(P,'well-prepared militants, including from abroad',TOK,'He','said',partial=True)
q(P,'The withdrawal of the contingent will be made after the situation is stabilized, the mission is temporary',TOK,'the Head of State','emphasized',note='title only ("the Head of State")')
q(P,'Elbasy is in the capital and is in contact with the Head of State','Aidos Ukibay','he','wrote',note='he = press secretary Aidos Ukibay; "Elbasy" (Nazarbaev) and "Head of State" inside the quote are traps; footer «Egemen Qazaqstan» is a name, not a quote')
c(P,'detained',7900,'more than','persons detained in the country',MIA,'more than 7 900 persons were detained',note='space as thousands separator')
c(P,'killed',16,None,'law-enforcement employees killed in the clashes',MIA,'16 employees of law enforcement bodies died')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers in Kazakhstan',SERD,'2 030 military servicemen',note='space as thousands separator; Serdiukov spelling')
c(P,'other',250,None,'units of CSTO equipment in Kazakhstan',SERD,'250 units of equipment')
e(P,'2022-01-10','talks',None,[CSTO,TOK],'Today the extraordinary session of the Collective Security Council',note='"Today" = publication day; videoconference')
e(P,'2022-01-05','protest','Almaty',[],'on the night of 5 January the situation in Almaty became critical')
e(P,'2022-01-09','statement',None,[SERD],'Yesterday the commander of the peacekeeping forces',note='"Yesterday" from Mon 10 Jan')
e(P,'2022-01-09','statement',None,['Aidos Ukibay','Nursultan Nazarbayev'],'informed his press secretary Aidos Ukibay on Sunday')
e(P,'2022-01-07','statement',None,[TOK],'on 7 January the Head of State in the address to the people')
e(P,'2022-01-11','other','Nur-Sultan',[TOK],'On Tuesday Toqaev will present the new candidate',note='future "On Tuesday" from Mon 10 Jan; Mazhilis session')

# ---------------- 822 Fars News Agency English (Fri Jan 07, 2022 | Dey 17, 1400)
P='822'
art(P,0,ln(P,'Iran Supports'),ln(P,'TEHRAN (FNA)-'),'Fars News Agency','2022-01-07',[],'TEHRAN',
    ['FARS NEWS AGENCY','Home | Iran | Politics | World | Economy | Sports | Multimedia','Fri Jan 07, 2022 11:48 | Dey 17, 1400','END','MR/TM','Your Comment','Name*   Email*','Send'])
q(P,'The Islamic Republic of Iran is following the developments in the friendly and neighbouring country of Kazakhstan with concern and hopes that calm will return to the country as soon as possible through dialogue and by relying on the wisdom of its people,','Saeed Khatibzadeh','Khatibzadeh','said')
q(P,'without the interference of foreigners','Saeed Khatibzadeh','He','underlined',partial=True,note='"He underlined that …, adding that … “…”"; closing mark before the full stop')
q(P,'are working around the clock','Saeed Khatibzadeh','Khatibzadeh','noting',partial=True,note='"Khatibzadeh also stated that …, noting that …"')
q(P,'There will be no dialogue with those who burn and loot our cities,',TOK,'the Kazakh president','said',note='stand-alone paragraph; the title refers back to "President Kassym-Jomart Tokaev" in the previous paragraph')
q(P,'no plan',None,"Iranian President Ebrahim Raisi's chief of staff",'said',partial=True,note='unnamed official; Raisi (nearest name) is NOT the speaker; two-word partial kept (attributed wording)')
c(P,'killed',26,None,'armed rioters killed',MIA,'26 armed rioters were killed')
c(P,'killed',18,None,'security officers killed',MIA,'18 security officers lost their lives')
c(P,'detained',3800,'more than','people detained',MIA,'more than 3,800 people have been detained',note='"The ministry also said …, according to Kazakh state television"')
c(P,'troops_deployed',3000,'more than','Russian paratroopers sent to Kazakhstan',RDM,'over 3,000 in a statement',note='"over" → more than')
c(P,'troops_deployed',100,None,'Armenian servicemen to be sent','Armenia','Armenia said it would send 100 servicemen')
e(P,'2022-01-07','statement',None,['Saeed Khatibzadeh'],'in a statement on Friday voiced concern')
e(P,'2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e(P,'2022-01-07','statement',None,[TOK],'Also on Friday, President Kassym-Jomart Tokaev said in a televised address')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'dispatched troops to Kazakhstan a day earlier',note='"a day earlier" than Friday 7 Jan')
e(P,None,'statement',None,[],"Earlier, Iranian President Ebrahim Raisi's chief of staff said",note='"Earlier," — no day')

# ---------------- 823 FAZ in machine translation from German (Updated on 08.01.2022-15:12, Sat)
P='823'
art(P,0,ln(P,"Moscow's general in the steppe"),ln(P,'The "peace troops"'),'Frankfurter Allgemeine Zeitung','2022-01-08',['Johanna Kessler'],None,
    ['Frankfurter Allgemeine','ZEITUNG FÜR DEUTSCHLAND','Politik › Ausland › Unruhen in Kasachstan','[This page was translated automatically from German. Original: "Russische Fallschirmjäger in Almaty"]',
     'By Johanna Kessler, Moscow','-Updated on 08.01.2022-15:12','© Frankfurter Allgemeine Zeitung GmbH 2022','All rights reserved.','Share  Print  Mail  Comment'])
q(P,'The contingent will stay in Kazakhstan as long as the President of the Republic considers it necessary,',SERD,'Serdjukow','said',note='German transliteration Serdjukow; "said Serdjukow according to Russian agencies" (inverted); "President of the Republic" inside the quote is a trap')
q(P,'Violence cannot be the answer to the legitimate concerns of the population,','Annalena Baerbock','she','said',note='"she said at a meeting with her French colleague" (unnamed colleague)')
q(P,'full transparency','German Foreign Office','A spokesman of the Foreign Office','added',partial=True,note='unnamed spokesman → the office')
q(P,'The order of the state will be restored with all firmness.',TOK,'he','declared',note='"he declared: “…”" colon cue; he = Tokajew')
q(P,'For the first time, the alliance is intervening in the internal affairs of a member state – this is a precedent that Moscow will remember,','Tobias Lindner-Roth','he','says',note='present-tense cue "he says"; en dash inside the quote')
c(P,'aircraft',70,'more than','Russian transport aircraft used',RDM,'more than 70 aircraft were in use')
c(P,'troops_deployed',2500,'about','CSTO soldiers in Kazakhstan',CSTO,'about 2,500 soldiers in total',note='"the alliance … (OVKS) speaks of"; German acronym OVKS')
c(P,'killed',26,None,'"armed criminals" liquidated',MIA,'26 "armed criminals" were liquidated',note='scare-quoted label (excluded) between the number and the verb')
c(P,'killed',18,None,'security forces killed',MIA,'18 security forces died')
c(P,'detained',4400,'more than','people detained',MIA,'More than 4,400 people were detained')
e(P,'2022-01-06','troop_deployment','Almaty',[RDM,CSTO],'landed on Thursday at the airport of Almaty',note='Thursday before Sat 8 Jan')
e(P,'2022-01-07','statement',None,[SERD],'according to Russian agencies on Friday')
e(P,'2022-01-07','statement',None,['Annalena Baerbock'],'called on the Kazakh leadership on Friday evening')
e(P,'2022-01-05','other',None,[TOK,CSTO],'had asked the alliance for help in the night to Thursday',note='"in the night to Thursday" = night of Wed 5 to Thu 6 Jan; first day used')
e(P,'2022-01-07','statement',None,[TOK],'In a speech on Friday he declared')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Already on Monday the Russian and American delegations meet in Geneva',note='next Monday from Sat 8 Jan')

# ---------------- 824 Guancha.cn, browser machine translation from Chinese (2022-01-07 17:36:21, Fri)
P='824'
art(P,0,ln(P,'Chinese Foreign Ministry: support'),ln(P,'[Text/Observer Network Zhang Linlin]'),'Guancha.cn','2022-01-07',['Zhang Linlin'],None,
    ['观察者网 guancha.cn','首页 > 国际 > 国际观察','Source: Guancha.cn 2022-01-07 17:36:21','Editor: Zhang Linlin','[Machine translation from Chinese by browser. Translation may contain errors.]',
     '本文系观察者网独家稿件，未经授权，不得转载。','责任编辑：张琳琳','推荐阅读：','Russian troops arrive at Almaty airport: what is the mission of CSTO?'])
q(P,"China and Kazakhstan are permanent comprehensive strategic partners. What happened recently in Kazakhstan is Kazakhstan's internal affairs. China supports the efforts of the Kazakh authorities to stabilize the situation as soon as possible.",'Wang Wenbin','Wang Wenbin','said',note='"Wang Wenbin said: “…”" colon cue, three sentences')
q(P,'has noted the relevant reports','Wang Wenbin','Wang Wenbin','said',n=1,partial=True,note='followed by a full-width comma "，" outside the mark')
q(P,"We oppose any external force deliberately creating turmoil and instigating 'color revolution' in Kazakhstan，",'Wang Wenbin','Wang Wenbin','stressed',note="full-width comma inside the closing mark; nested single-quoted 'color revolution' (term, not a separate quote)")
q(P,'not large, but the signal is very strong',None,'A Russian analyst','told',partial=True,note='anonymous analyst')
q(P,'a few weeks, not months',None,'him','According to',partial=True,note='"According to him" = the anonymous analyst')
c(P,'detained',3811,None,'people arrested',MIA,'3811 people have been arrested',note='no thousands separator; reported via "Tengri News" (a name in quotes, not a quote)')
c(P,'killed',26,None,'"rioters" eliminated',MIA,'26 "rioters" were eliminated',note='one-word scare quote "rioters" excluded; "eliminated" read as killed')
c(P,'killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers sacrificed',note='literal machine translation of 牺牲 ("sacrificed") = died in service')
e(P,'2022-01-07','statement','Beijing',['Wang Wenbin'],'At the regular press conference of the Ministry of Foreign Affairs on January 7')
e(P,'2022-01-07','statement',None,[TOK],'on the same day said in a speech to the nation')
e(P,'2022-01-05','other',None,[TOK,CSTO],'On the 5th, President Tokayev requested help of the CSTO',note='"On the 5th" (month implied)')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'The next day, Armenian Prime Minister Pashinyan',note='"The next day" after 5 Jan')
e(P,None,'appointment',None,[RDM,SERD],'Serdyukov will be the commander of the joint peacekeeping force',note='undated')
e(P,None,'other',None,['Xi Jinping',TOK],'Earlier, Chinese President Xi Jinping has sent verbal message',note='"Earlier," — no day (real: 7 Jan)')

# ---------------- 825 Daryo.uz (12 January 2022, 18:40, Wed)
P='825'
art(P,0,ln(P,'CSTO peacekeepers to start leaving'),ln(P,'The withdrawal of the Collective Security'),'Daryo','2022-01-12',[],None,
    ['daryo.uz',"O'zbekcha | Ўзбекча | Русский | English",'News  Uzbekistan  World  Sport  Tech  Lifestyle','World | 12 January 2022, 18:40 | 👁 5 817','Read more:',
     'Tokaev names Alikhan Smailov new Prime Minister','Uzbek students return from Almaty by special trains','Subscribe to our Telegram channel @daryo_global',
     '© 2013–2022 Daryo.uz. When using materials, a hyperlink is required.'])
q(P,'The peacekeepers have done the work for which we invited them,',TOK,'the Kazakh leader','told',note='title only; name in the previous sentence ("Tokaev")')
q(P,'Their departure will start in two days and go step by step.',TOK,'the Kazakh leader','told',note='continuation quote in the same paragraph, no own cue; "two days" is a duration, not a claim')
q(P,'all the tasks set',SERD,'the general','said',partial=True)
q(P,'We did not send and will not send soldiers to Kazakhstan,',None,'a source in the Uzbek Foreign Ministry','told',note='anonymous source')
q(P,'humanitarian support, if requested',None,'The source','added',partial=True)
c(P,'troops_deployed',2030,None,'CSTO servicemen in the contingent',RDM,'2,030 servicemen')
c(P,'other',250,None,'units of CSTO military equipment',RDM,'250 units of military equipment')
c(P,'detained',9900,None,'people detained during the unrest',PGO,'9,900 people had been detained')
c(P,'killed',164,None,'death toll of the unrest','health officials','put the death toll at 164',note='later withdrawn as a "technical error" (two-word label, not a quote)')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin on Thursday and last no longer than ten days',note='"on Thursday" from Wed 12 Jan; headline "tomorrow"')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'announced the decision in the Mazhilis on Tuesday')
e(P,'2022-01-12','statement','Almaty',[SERD],'On Wednesday, the commander of the peacekeeping forces')
e(P,'2022-01-12','casualty_report',None,[PGO],"Prosecutor General's Office said on Wednesday")
e(P,None,'statement',None,['Abdulaziz Kamilov'],'said last week that Tashkent considers',note='"last week" — no day')
e(P,'2022-01-05','other',None,[],'closed on 5 January',note='border closure')
e(P,'2022-01-10','other',None,[],'was fully restored on Monday',note='border traffic restored; Monday before Wed 12 Jan')

# ---------------- 826 Shafaq News (2022-01-13T19:22:10+00:00, Thu)
P='826'
art(P,0,ln(P,'OSCE talks in Vienna end'),ln(P,'Shafaq News/ The third round'),'Shafaq News','2022-01-13',[],None,
    ['Shafaq News','شفق نيوز | Kurdî | English','Home > World','2022-01-13T19:22:10+00:00','Shafaq News Agency','Tags: Russia | OSCE | Kazakhstan | NATO','Share: Facebook  Twitter  WhatsApp  Telegram'])
q(P,'If we do not hear a constructive response to our proposals in a reasonable time, we will take the necessary measures,','Alexander Lukashevich','Lukashevich','told',note='one-word "forever" in the previous sentence is excluded')
q(P,'with open eyes','Michael Carpenter','Michael Carpenter','said',partial=True)
q(P,'We are ready to talk about arms control and transparency, but not about closing doors that belong to others,','Michael Carpenter','the American diplomat','told')
q(P,'united and firm','Michael Carpenter','the American diplomat','adding',partial=True)
q(P,'Our region has not been this close to a large conflict for a generation, and the OSCE must not stay silent,','Zbigniew Rau','Rau','said')
q(P,'Moscow wanted to show that it enters and leaves when it says, this is the model it offers to its allies,','Haidar al-Jubouri','he','said',note='invented analyst, "Dr." honorific at first mention')
c(P,'aircraft',4,None,'Il-76 aircraft leaving Almaty',RDM,'the first four Il-76 aircraft')
c(P,'troops_deployed',2000,'about','CSTO contingent to be withdrawn',RDM,'about 2,000 troops')
c(P,'detained',10000,'more than','people detained during the unrest','Kazakh authorities','more than 10,000 people were detained')
e(P,'2022-01-13','talks','Vienna',['Russia','OSCE'],'ended on Thursday in Vienna without any agreement')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'followed talks in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'the NATO-Russia Council in Brussels the day before',note='"the day before" the Thursday Vienna meeting')
e(P,'2022-01-13','withdrawal','Almaty',[RDM,CSTO],'had started on Thursday')
e(P,'2022-01-22','withdrawal','Kazakhstan',[CSTO],'complete the pull-out by 22 January',note='planned end of the pull-out')

# ---------------- 827 Pars Today (Jan 11, 2022 08:14 UTC, Tue)
P='827'
art(P,0,ln(P,'Geneva talks: Russia says'),ln(P,'Pars Today – The first round'),'Pars Today','2022-01-11',[],None,
    ['Pars Today','Voice of the Islamic Republic of Iran','English | فارسی | العربية | Русский | Français','Home » World » Europe','Jan 11, 2022 08:14 UTC','Tags','Russia  US  NATO  Geneva  Kazakhstan','Follow us on Telegram and Instagram'])
q(P,'a matter of life and death','Sergey Ryabkov','Russia','says',partial=True,zone='headline',note='headline partial attributed to "Russia"; the phrase does not recur in the body, whose Russian speaker is Riabkov')
q(P,'written guarantees that bind the whole alliance','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Riabkov','told',partial=True,note='Riabkov spelling')
q(P,'For us, this is not a question of prestige, it is a question of the survival of our security system,','Sergey Ryabkov','the Russian diplomat','said')
q(P,'no intention','Sergey Ryabkov','He','added',partial=True,note='two-word partial with a speech verb (kept)')
q(P,'outside any discussion','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q(P,'on a reciprocal basis','Wendy Sherman','Sherman','According to',partial=True)
q(P,'cannot expand to the east for thirty years and then be surprised that Russia is angry','Mohammad-Reza Moradi','Iranian political analyst Mohammad-Reza Moradi','told',partial=True,note='"thirty years" inside the quote is not a claim')
c(P,'troops_deployed',3000,'about','Russian paratroopers in the CSTO force',None,'about 3,000 paratroopers')
c(P,'detained',8000,'almost','people detained during the riots','Kazakh authorities','nearly 8,000 people had been detained')
c(P,'killed',164,None,'people killed',HM,'164 people had died')
e(P,None,'talks','Geneva',['Russia','United States'],'ended in Geneva after nearly eight hours',note='no day word in this sentence; real 2022-01-10 (Monday, line below)')
e(P,'2022-01-10','statement','Geneva',['Sergey Ryabkov'],'told a press conference late on Monday')
e(P,None,'troop_deployment','Kazakhstan',['Russia',CSTO],'the deployment of troops to Kazakhstan last week',note='"last week"')
e(P,'2022-01-10','statement',None,[TOK],'announced on Monday that the mission would end soon')
e(P,'2022-01-09','casualty_report',None,[HM],'published by the Health Ministry on Sunday')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'will meet on Wednesday in Brussels')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'a third meeting in Vienna on Thursday')

# ---------------- 828 Cumhuriyet in Google machine translation from Turkish (09 January 2022 - 13:47, Sun)
P='828'
art(P,0,ln(P,'Extraordinary summit of the Organization'),ln(P,'The Organization of Turkic States (TDT) will hold'),'Cumhuriyet','2022-01-09',[],None,
    ['Cumhuriyet','Gündem | Dünya | Ekonomi | Spor | Yazarlar','[Google Translate: Turkish → English]  Show original',
     'Publication Date: 09 January 2022 - 13:47 | Last Update: 09 January 2022 - 14:05','Cumhuriyet / World News Service',
     'Tags: Kazakhstan, Organization of Turkic States, Çavuşoğlu','Cumhuriyet © 2022 - All rights reserved.'])
q(P,'We stand with brotherly Kazakhstan in these difficult days, and the Turkic world will show its solidarity,','Mevlüt Çavuşoğlu','Çavuşoğlu','said',note='"said in his social media account"')
q(P,'all kinds of experience and support','Recep Tayyip Erdoğan','Erdoğan','expressed',partial=True,note='"According to the statement of the Communications Directorate, Erdoğan expressed that …" — speaker Erdoğan, not the directorate')
q(P,'The Turkic States Organization was founded only two months ago with big words. When Kazakhstan needed help, it was Russian soldiers who came, not the Turkic world.','Ünal Çevik Demirtaş','CHP deputy chairman Ünal Çevik Demirtaş','said',note='invented politician; "said: “…”" colon cue, two sentences')
q(P,'He has not left the country and he supports the President,',None,'the spokesman','said',note="\"Former President Nursultan Nazarbayev's spokesman\" is unnamed (Aidos Ukibay in 821 is an acceptable alternative); Nazarbayev is the nearest name but not the speaker")
c(P,'detained',5800,None,'people detained, including foreigners',MIA,'5,800 people, including foreigners, were detained')
c(P,'killed',26,None,'armed people "neutralized"',MIA,'26 armed people were neutralized',note='"neutralized" read as killed (Kazakh MIA "liquidated")')
c(P,'killed',18,None,'police officers and soldiers killed',MIA,'18 police officers and soldiers lost their lives')
c(P,'troops_deployed',2500,'about','CSTO soldiers in Kazakhstan',None,'About 2,500 soldiers of the Collective Security Treaty Organization')
e(P,'2022-01-11','talks',None,['Organization of Turkic States'],'on Tuesday, 11 January, via video conference')
e(P,'2022-01-08','statement',None,['Mevlüt Çavuşoğlu'],'said in his social media account on Saturday')
e(P,None,'talks',None,['Recep Tayyip Erdoğan',TOK],'Previously, President Recep Tayyip Erdoğan had a telephone conversation',note='"Previously," — no day')
e(P,'2022-01-09','statement',None,['Nursultan Nazarbayev'],"spokesman said on Sunday that Nazarbayev is in the capital")
e(P,'2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'was transferred to Tokayev on 5 January')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Tokayev','Qasym-Jomart Toqaev','Toqaev','Kassym-Jomart Tokaev','Tokaev','Kassym-Schomart Tokajew','Tokajew','Kasım Cömert Tokayev'],
    ['President','Head of State','Kazakh President','President of Kazakhstan'],'Kazakhstan',['He','he','the Head of State','the Kazakh leader','the Kazakh president'],[]),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['press secretary'],'Kazakhstan',['he'],note='words invented'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],['Iranian Foreign Ministry Spokesman'],'Iran',['He'],note='words invented'),
 sp(SERD,'person',['Andrei Serdiukov','Andrei Serdjukow','Serdjukow','Andrey Serdyukov','Serdyukov'],['Colonel General','commander of the Russian airborne troops'],'Russia',['the general'],note='Serdiukov (821), German Serdjukow (823)'),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['Foreign Minister'],'Germany',['she'],note='words invented'),
 sp('German Foreign Office','organisation',['Foreign Office'],[],'Germany',['A spokesman of the Foreign Office']),
 sp('Tobias Lindner-Roth','person',['Tobias Lindner-Roth','Lindner-Roth'],['The expert for Central Asia at the Science and Politics Foundation'],'Germany',['he'],note='invented'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['spokesperson'],'China',[],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's envoy to the Organization for Security and Co-operation in Europe (OSCE)"],'Russia',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['The US ambassador to the organization'],'United States',['the American diplomat'],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['The Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Haidar al-Jubouri','person',['Haidar al-Jubouri'],['An Iraqi researcher on Russian affairs'],'Iraq',['he'],['Dr. Haidar al-Jubouri'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Riabkov'],['Russian Deputy Foreign Minister'],'Russia',['the Russian diplomat','He'],note='only the Riabkov spelling occurs in this set; canonical from earlier sets'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words invented'),
 sp('Mohammad-Reza Moradi','person',['Mohammad-Reza Moradi'],['Iranian political analyst'],'Iran',note='invented'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister'],'Turkey',note='words invented'),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',note='words invented'),
 sp('Ünal Çevik Demirtaş','person',['Ünal Çevik Demirtaş'],['CHP deputy chairman'],'Turkey',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation','UQShU','OVKS','KGAÖ'],[],None,['the alliance'],[],quoted=False,note='national acronyms: UQShU (Kazakh), OVKS (German), KGAÖ (Turkish); not quoted in this set'),
 sp(MIA,'organisation',['Ministry of Internal Affairs','Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(RDM,'organisation',['Russian Defense Ministry','Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbaev','Nursultan Nasarbajew','Nursultan Nazarbayev','Nazarbayev'],['First President','Former President'],'Kazakhstan',[],['Elbasy'],quoted=False,note='mentioned in 3 files (821, 823, 828); not quoted'),
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
