#!/usr/bin/env python3
"""Source of the devset26 annotation: the hand-chosen spans, values and dates for 301-308.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset26/annotation_source.py && python3 tests/devset26/verify.py
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
def ln(p,s):
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    hl=ln(p,headline) if headline else None; fl=ln(p,first)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=L[hl-1] if hl else None,first_line=cut80(L[fl-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
MOH='Kazakh Ministry of Health'; PGO="Kazakh Prosecutor General's Office"; TJMOD='Tajik Defence Ministry'; UKFO='UK Foreign Office'
KA='Kazakh authorities'

# ---------------- 301 Orda.kz investigation in translation (12.01.2022, a Wednesday)
art('301',0,'How many died in Almaty?','In one week the official figures','Orda.kz','2022-01-12',['Madina Seitkali'],None,
    ['ORDA.KZ','News  Investigations  Politics  Society  Opinion  EN','Investigations','12.01.2022, 19:40','Reading time: 6 min',
     'Author: Madina Seitkali','Translated from Russian by the Orda.kz editorial team','Photo: Orda.kz. Relatives wait outside the city forensic morgue on Tuesday',
     'If you have information about people who went missing in January, write to us: tips@orda.kz','Tags: Almaty, morgue, death toll, January events',
     'Share: Telegram  WhatsApp  Facebook','Subscribe to Orda.kz on Telegram and Instagram',
     '© Orda.kz, 2022. Any use of materials is permitted only with a hyperlink to the source.'],
    sections=(ln('301','A number that disappeared'),ln('301','Three morgues in one day'),ln('301','What the officials say')))
q('301','as a result of a technical error',MOH,'the Ministry of Health','said',partial=True,note='"On Monday the Ministry of Health said the figure had been published “…”"')
q('301','dozens of armed attackers',PGO,"the Prosecutor General's Office",'said',partial=True,note='phrase with a vague quantity ("dozens"), not a claim')
q('301','We are not hiding anything. When the identification is finished, all the names will be published,','Timur Saparov','Timur Saparov','said',note='inverted: "…," NAME, deputy head of …, said at a briefing on Tuesday; invented official')
q('301','We went to three morgues in one day. At each one they told us to come back tomorrow,','Aliya','she','said',note='first name only (surname withheld at her request); "three morgues" not a claim')
q('301','Nobody shows us a list. They show us photographs on a phone, one after another.','Aliya','she','said',note='second half of a quote split by the interposed "she said."')
q('301','We had never seen so many at once. By Thursday there was no room left in the refrigerators,',None,'he','told',note='anonymous morgue staff member ("A staff member of the city forensic morgue, who spoke on condition of anonymity"); cue "told Orda.kz"')
q('301','turning a tragedy into a state secret','Dina Abenova','Abenova','said',partial=True,note='invented lawyer; first mention in an "According to Dina Abenova" sentence')
q('301','a well-prepared attack on our statehood',TOK,'He','spoke of',partial=True,note='"He spoke of “…”" (He = Tokayev, named in the sentence before)')
q('301','are being clarified together with law enforcement bodies',MOH,'the press service of the Ministry of Health','replied in writing',partial=True,note='written reply of the press service; the speaker is the ministry')
c('301','killed',164,None,'people died during the unrest (figure deleted)','Kazakh government','164 people had died during the unrest',note='"a short message appeared on the government\'s official Telegram channel"; withdrawn later as "a technical error"')
c('301','killed',103,None,'people died in Almaty (part of the 164)','Kazakh government','103 of them in Almaty',note='subset of the 164 with a location; kept because it is a separate figure for Almaty')
c('301','killed',17,None,'law enforcement officers killed',PGO,'17 law enforcement officers had been killed')
c('301','detained',10000,'almost','people detained across the country',MIA,'Nearly 10,000 people have been detained across the country',note='"according to the Interior Ministry" after the figure')
e('301','2022-01-09','casualty_report',None,['Kazakh government'],"On Sunday morning a short message appeared on the government's official Telegram channel",note='Sunday before Wed 12 Jan')
e('301','2022-01-10','statement',None,[MOH],'On Monday the Ministry of Health said the figure')
e('301','2022-01-11','casualty_report',None,[PGO],"On Tuesday the Prosecutor General's Office said only")
e('301','2022-01-11','statement','Almaty',['Timur Saparov'],'said at a briefing on Tuesday')
e('301','2022-01-05','other','Almaty',['Aliya'],'has been looking for her younger brother since January 5',note='a man goes missing')
e('301','2022-01-11','statement',None,[TOK],'In his speech to the Mazhilis on Tuesday')
e('301','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the peacekeepers would start leaving in two days',note='"in two days" from the Tuesday (11 Jan) speech')
e('301',None,'other',None,[],'The hotline 1414 for relatives of the missing was opened last week',note='"last week" is not a day')

# ---------------- 302 Tengrinews English item (11 January 2022, a Tuesday)
art('302',0,'CSTO peacekeepers to begin leaving Kazakhstan in two days - Tokayev','The main mission of the CSTO collective','Tengrinews.kz','2022-01-11',['Aruzhan Temirkhanova'],None,
    ['Tengrinews.kz','KAZAKHSTAN  WORLD  SOCIETY  SPORT  |  ҚАЗ  РУС  ENG','KAZAKHSTAN NEWS','11 January 2022, 13:52','Photo: Akorda press service',
     'Read the news in Russian','Author: Aruzhan Temirkhanova','If you find a mistake in the text, select it with the mouse and press Ctrl+Enter',
     'Subscribe to Tengrinews.kz on Telegram: @tengrinews','Copying materials without a hyperlink to Tengrinews.kz is prohibited.'],
    sections=(ln('302','New prime minister'),))
q('302','The main task of the peacekeepers has been fulfilled successfully. In two days a phased withdrawal of the joint contingent will begin. It will take no more than ten days,',TOK,'the Head of State','said',note='title-only attribution ("the Head of State said"); a duration inside the quote')
q('302','The terrorists acted in an organised way, they had a single command centre,',TOK,'the President','noted')
q('302','My first task is to restore normal life in the regions that suffered, and to do it in weeks, not months,','Alikhan Smailov','Smailov','told')
q('302','a layer of very rich people appeared, rich even by international standards',TOK,'Tokayev','said',partial=True,note='"Tokayev said that … “…”"; the unquoted "so-called colour revolutions" (Putin) is not a quote')
c('302','troops_deployed',2030,'about','CSTO contingent servicemen',TOK,'the contingent numbered about 2,030 servicemen',note='"According to Tokayev"')
c('302','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment')
c('302','detained',9900,None,'people detained since the start of the riots',MIA,'9,900 people had been detained',note='"the Interior Ministry\'s press service reported"; the 1,678 criminal cases in the same sentence are not a claim')
e('302','2022-01-11','statement','Nur-Sultan',[TOK],'said on Tuesday at an extraordinary session of the Mazhilis')
e('302','2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days a phased withdrawal of the joint contingent will begin',note='inside the quote; "in two days" from 11 Jan')
e('302','2022-01-11','appointment',None,['Alikhan Smailov',TOK],'At the same session the deputies approved Alikhan Smailov as Prime Minister',note='"At the same session" = the Tuesday session')
e('302','2022-01-05','government_resignation',None,[TOK],'when Tokayev accepted the resignation of the Cabinet of Askar Mamin')
e('302','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'Yesterday, at an extraordinary online session of the CSTO Collective Security Council',note='"Yesterday" from Tue 11 Jan')
e('302','2022-01-11','casualty_report',None,[MIA],"the Interior Ministry's press service reported on Tuesday morning")
e('302',None,'other',None,[],'internet access had been restored in most regions',note='"Earlier, Tengrinews.kz reported"; no date')

# ---------------- 303 Arab News opinion column (09 January 2022, a Sunday)
art('303',0,'Kazakhstan shows Moscow still writes the rules','When Kazakhstan\'s president asked his allies','Arab News','2022-01-09',['OMAR AL-RASHEED'],None,
    ['Arab News','Saudi Arabia  Middle East  World  Business  Opinion  Sport  Lifestyle','OPINION','Short Url','https://arab.news/p7w3k','Updated 09 January 2022',
     'OMAR AL-RASHEED','January 09, 2022 20:15','Follow','Omar Al-Rasheed is a Riyadh-based political analyst specializing in Eurasian affairs. Twitter: @OAlRasheed',
     "Disclaimer: Views expressed by writers in this section are their own and do not necessarily reflect Arab News' point of view",'Most Popular'])
q('303','without warning',TOK,'he','said',partial=True,note='two-word phrase of the order, with "he said he had ordered … to fire “…”"; borderline between partial and label')
q('303','What dialogue can there be with criminals and murderers?',TOK,'he','asked',note='cue "asked" after a question')
q('303','as long as the Kazakh leadership considers it necessary,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','insisted',partial=True,note='comma inside the closing mark')
q('303','History teaches us that once Russian soldiers enter a country, it can be very hard to persuade them to leave,','Antony Blinken','US Secretary of State Antony Blinken','told',note='inverted: "…," TITLE NAME told reporters on Friday; paraphrased, not the real wording')
q('303','Nobody in this region wants chaos in Kazakhstan. But everybody is also counting how fast Russia moved,',None,'he','said',note='anonymous "senior Gulf official" the columnist spoke to')
q('303','is only possible while nobody needs to be rescued.',None,'one Kazakh diplomat','told',partial=True,note='anonymous diplomat inside "as one Kazakh diplomat once told me"; full stop inside the mark')
c('303','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'The alliance sent about 2,500 troops')
c('303','detained',3800,'more than','people detained',MIA,'more than 3,800',note='"Interior Ministry figures published the same day put the number of detained at …"')
c('303','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",None,"an estimated 100,000 troops near Ukraine's borders",note='"an estimated" normalised to about')
e('303','2022-01-05','other',None,[TOK,CSTO],'asked his allies for help last Wednesday night',note='"last Wednesday" from Sun 9 Jan; request for CSTO help')
e('303','2022-01-06','troop_deployment','Almaty',['Russia'],'By Thursday afternoon, Russian transport planes were landing outside Almaty')
e('303','2022-01-02','protest','Zhanaozen',[],'began in the oil town of Zhanaozen on Jan. 2')
e('303',None,'government_resignation',None,[TOK],'dismissed his government',note='undated (real: 5 Jan)')
e('303','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('303','2022-01-07','casualty_report',None,[MIA],'Interior Ministry figures published the same day',note='"the same day" = the Friday of the address')
e('303','2022-01-07','statement',None,['Antony Blinken'],'told reporters on Friday')
e('303',None,'statement',None,['Russian Foreign Ministry'],'The Russian Foreign Ministry called his remarks offensive',note='undated')
e('303','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday, Russian and American diplomats meet in Geneva',note='future; Monday after Sun 9 Jan')
e('303','2022-01-12','talks','Brussels',['Russia','NATO'],'on Wednesday, Russia sits down with NATO in Brussels')
e('303','2022-01-13','talks','Vienna',['OSCE'],'on Thursday, the OSCE gathers in Vienna')

# ---------------- 304 MailOnline piece (7 January 2022, a Friday)
art('304',0,"'Fire without warning'","Tokayev says he gave the order to open fire",'MailOnline','2022-01-07',['HARRIET COLE'],None,
    ['Home  News  Royals  U.S.  Sport  TV  Showbiz  Femail  Health  Science  Money  Travel','Latest Headlines  World News  Coronavirus  Ukraine  Most read',
     'By HARRIET COLE FOR MAILONLINE','Published: 10:21 GMT, 7 January 2022 | Updated: 15:48 GMT, 7 January 2022','e-mail','142 shares','View comments',
     'Kazakh servicemen patrol a street in central Almaty on Friday morning after a night of gunfire',
     'Russian paratroopers board an Il-76 at an airfield outside Moscow (pictured) as the first of 2,500 CSTO troops flew to Kazakhstan',
     "A burnt-out car outside the mayor's office in Almaty, where officials said 26 'armed criminals' were 'liquidated'",
     'Share or comment on this article:','Comments 87','Share what you think','The comments below have not been moderated.','Most watched News videos',
     'Published by Associated Newspapers Ltd','Part of the Daily Mail, The Mail on Sunday & Metro Media Group'])
q('304','I have given the order to the law enforcement bodies and the army to open fire without warning,',TOK,'Tokayev','said',note='paraphrased; the single-quoted headline \'Fire without warning\' is excluded')
q('304','Those who do not give themselves up will be eliminated.',TOK,'Tokayev','said',note='second half after the interposed "Tokayev said."')
q('304','What negotiations can there be with criminals and murderers? They must be destroyed, and it will be done in the near future.',TOK,'He','added',note='"He added: “…”" (speaker before the quote)')
q('304','Putin is showing the West, days before the Geneva talks, that he can move thousands of men across a continent overnight,','Samuel Whitcombe','Dr Whitcombe','said',note='inverted "said Dr Whitcombe"; invented academic; "Putin" inside the quote is not the speaker')
q('304','Ukraine will be watching this very carefully.','Samuel Whitcombe','Dr Whitcombe','said',note='continuation after the inverted cue')
q('304','We are in close contact with the Kazakh authorities and with partners. We call for restraint on all sides.',UKFO,'A spokesman','told',note='"A spokesman told MailOnline: “…”"; the spokesman of the Foreign Office (previous sentence)')
c('304','killed',18,None,'police died in riots',None,'18 police die in riots',zone='headline')
c('304','other',20000,None,'"bandits" who attacked Almaty',TOK,"He claims 20,000 'bandits' attacked Almaty",note='summary bullet (standfirst)')
c('304','killed',26,None,'rioters "liquidated"',MIA,"26 rioters 'liquidated'",note='summary bullet')
c('304','killed',18,None,'officers killed',MIA,'18 officers killed',note='summary bullet')
c('304','other',20000,None,'"bandits" who attacked Almaty',TOK,"Tokayev said 20,000 'bandits' had attacked Almaty")
c('304','killed',26,None,'"armed criminals" killed',MIA,"26 'armed criminals' had been killed",note='single-quoted label (excluded from quotes); the caption repeating the 26 is boilerplate')
c('304','detained',3000,'more than','people detained since the protests began',MIA,'more than 3,000 people detained')
c('304','killed',18,None,'members of the security forces died',MIA,'18 members of the security forces had died',note='"two of them found beheaded" is a subset, not a claim')
c('304','injured',748,None,'members of the security forces injured',MIA,'748 had been injured')
e('304','2022-01-07','statement',None,[TOK],"Kazakhstan's president today said he had ordered security forces",note='"today" = publication day')
e('304',None,'casualty_report',None,[MIA],"The interior ministry said 26 'armed criminals'",note='no day given')
e('304','2022-01-05','other','Kazakhstan',[],'has been cut since Wednesday',note='internet shutdown')
e('304','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'confirmed that the first units had landed on Thursday',note='the bullet "began landing at airfields on Thursday" repeats it')
e('304',None,'statement',None,[UKFO],"The Foreign Office said it was 'deeply concerned'",note='single-quoted \'deeply concerned\' excluded')
e('304','2022-01-02','protest',None,[],'The unrest began on Sunday in the west of the country',note='Sunday before Fri 7 Jan')
e('304','2022-01-05','protest','Almaty',[],'spread to Almaty by Wednesday')

# ---------------- 305 Yle News (11.1.2022, a Tuesday)
art('305',0,'Haavisto: Finland\'s Nato option','Foreign Minister Pekka Haavisto told Yle','Yle News','2022-01-11',[],None,
    ['Yle News','Front page  Finland  World  Politics  Economy  Culture  Sports  All In Finnish  Podcasts','News','11.1.2022 17:20 • Updated 11.1.2022 18:05',
     'Foreign Minister Pekka Haavisto (Green) at the Foreign Ministry in Helsinki on Tuesday. Image: Anni Korpela / Lehtikuva','Related articles',
     "Niinistö's New Year's speech: Finland's freedom to choose is not negotiable",'Marin: No plans to apply for Nato membership during this term',
     'Follow Yle News on Facebook, Twitter and Instagram','Yle News app'],
    sections=(ln('305','Kazakhstan a reminder'),))
q('305',"is not on anyone else's negotiating table",'Pekka Haavisto','Haavisto',None,partial=True,zone='headline',note='"Haavisto: … “…”" headline (colon, no verb); shortened from the body quote')
q('305','calm attention','Pekka Haavisto','Pekka Haavisto','said',partial=True,note='comma outside the closing mark; "(Green)" party tag after the name')
q('305',"Finland's Nato option is not on anyone else's negotiating table. We decide it ourselves, and we will decide it on our own timetable,",'Pekka Haavisto','Haavisto','said')
q('305','The Americans have kept their word: nothing about us without us,','Pekka Haavisto','he','added')
q('305','also includes the possibility of military alignment','Sauli Niinistö','he','said',partial=True,note='"President Sauli Niinistö struck a similar note … when he said that …"')
q('305',"What we saw in Kazakhstan shows how quickly things can change in Russia's neighbourhood. It is one more reason to keep our own defence credible,",'Pekka Haavisto','the minister','said',note='title-only "the minister"; Kaikkonen, also a minister, is named only later')
q('305','at a good level','Antti Kaikkonen','He','said',partial=True)
q('305','ready to discuss','Riikka Purra','Riikka Purra','said',partial=True)
c('305','troops_deployed',2000,'about','CSTO soldiers in the operation',CSTO,'about 2,000 soldiers from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan',note='"According to the CSTO"')
c('305','detained',8000,'almost','people detained during the unrest',KA,'nearly 8,000 people were detained')
e('305','2022-01-11','statement',None,['Pekka Haavisto'],'Foreign Minister Pekka Haavisto (Green) said on Tuesday')
e('305','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'met in Geneva on Monday for nearly eight hours')
e('305','2022-01-12','talks','Brussels',['NATO','Russia'],'the Nato-Russia Council will convene in Brussels on Wednesday',note='future')
e('305','2022-01-10','other',None,['Finland','United States'],'received an overview of the Geneva talks from Washington the same evening',note='"the same evening" = Monday of the Geneva talks; a briefing')
e('305','2022-01-01','statement',None,['Sauli Niinistö'],"in his New Year's speech on 1 January")
e('305',None,'troop_deployment','Kazakhstan',[CSTO],"were sent at President Kassym-Jomart Tokayev's request",note="\"last week's events\"; no day")
e('305','2022-01-11','statement',None,[TOK],'Tokayev announced on Tuesday')
e('305','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw in two days',note='"in two days" from Tue 11 Jan')
e('305',None,'statement','Helsinki',['Antti Kaikkonen'],'told reporters in Helsinki',note='undated')
e('305',None,'statement',None,['Petteri Orpo'],'said in a tweet',note='undated')

# ---------------- 306 Asia-Plus item (January 7, 2022, a Friday)
art('306',0,'Tajik servicemen fly to Kazakhstan','A unit of Tajikistan\'s armed forces','Asia-Plus','2022-01-07',[],'Dushanbe',
    ['ASIA-PLUS','Tajikistan news  |  Central Asia  |  World  |  Migrants  |  RU  EN','Politics','January 7, 2022 16:45','Dushanbe',
     'Tags: CSTO, Kazakhstan, armed forces, migrants','Share:  Facebook  Telegram  WhatsApp  Print',
     'When using materials of Asia-Plus, a hyperlink to the source is required.'],
    sections=(ln('306','Migrants worried'),))
q('306','Our servicemen will not take part in any operations against civilians. Their task is to guard facilities, and they will return home as soon as the mission is over,','Rustam Nazarzoda','ministry spokesman Rustam Nazarzoda','told',note='inverted "…," TITLE NAME told Asia-Plus by phone; invented spokesman')
q('306','a question of our obligations, not of politics','Saidali Qurbonzoda','Saidali Qurbonzoda','said',partial=True,note='invented MP')
q('306','When we need help ourselves, we will also turn to the CSTO,','Saidali Qurbonzoda','Qurbonzoda','said')
q('306','solidarity and support','Emomali Rahmon','Rahmon','expressed',partial=True,note='"According to the Tajik president\'s press service, Rahmon expressed “…”"')
q('306','My brother works at a construction site in Almaty. For two days we could not reach him at all. Yesterday evening he finally called and said he is alive,','Jamshed','Jamshed','said',note='inverted "said Jamshed, a resident of Vahdat"; first name only; "Yesterday" inside the quote is not an event')
q('306','For Dushanbe this is a symbolic step. It shows Moscow that Tajikistan is a reliable ally, and it costs little,','Anvar Sharipov','he','said',note='invented analyst')
c('306','troops_deployed',200,'about','Tajik servicemen in the CSTO contingent',TJMOD,'the Tajik contingent includes about 200 servicemen')
c('306','killed',26,None,'armed rioters killed',MIA,'26 armed rioters had been killed')
c('306','killed',18,None,'police officers and National Guard servicemen died',MIA,'18 police officers and National Guard servicemen had died')
c('306','detained',3000,'more than','people detained',MIA,'More than 3,000 people were detained')
e('306','2022-01-07','statement',None,[TJMOD],'the Ministry of Defense of Tajikistan said on Friday')
e('306','2022-01-06','troop_deployment','Kazakhstan',[TJMOD,'Russia'],'They were flown from Dushanbe by Russian military transport aircraft on Thursday evening')
e('306','2022-01-06','other','Dushanbe',['Majlisi Namoyandagon'],'Earlier on Thursday, the Majlisi Namoyandagon',note='parliament vote')
e('306','2022-01-06','talks',None,['Emomali Rahmon',TOK],'held a telephone conversation with Kazakh President Kassym-Jomart Tokayev on January 6')
e('306','2022-01-07','casualty_report',None,[MIA],'the Interior Ministry said on Friday that 26')
e('306',None,'other',None,['Somon Air'],'Somon Air said it had cancelled its Dushanbe–Almaty flights',note='flight cancellation; announcement undated ("until January 10" is an end date)')

# ---------------- 307 Polish Radio English Section (13.01.2022, a Thursday)
art('307',0,'Risk of war in Europe greater','Poland\'s foreign minister, who took over','Polskie Radio','2022-01-13',[],None,
    ['Polskie Radio','English Section','News  Politics  Business  Culture  Podcasts  Listen live','13.01.2022 16:40','Zbigniew Rau. Photo: PAP/Tomasz Wrona',
     'Source: IAR, PAP, Reuters','(gs/mk)','Share: Facebook  Twitter  Email','Copyright © Polskie Radio S.A. All rights reserved.'],
    sections=(ln('307','Kazakhstan on the agenda'),))
q('307','It seems that the risk of war in the OSCE area is now greater than at any time in the last 30 years,','Zbigniew Rau','Zbigniew Rau','said',note='"30 years" not a claim')
q('307','We must focus on the peaceful resolution of conflicts in and around Ukraine,','Zbigniew Rau','he','said')
q('307','restore the culture of dialogue','Zbigniew Rau','he','adding',partial=True,note='", adding that … “…”"')
q('307','a constructive response','Alexander Lukashevich','Alexander Lukashevich','told',partial=True)
q('307','in the very near future','Alexander Lukashevich','Alexander Lukashevich','told',partial=True,note='second partial in the same sentence')
q('307','the necessary measures','Alexander Lukashevich','he','warned',partial=True)
q('307','sounding loud','Michael Carpenter','Michael Carpenter','said',partial=True,note='two-word partial; full stop outside the mark')
q('307','We are facing a crisis in European security,','Michael Carpenter','he','said')
q('307','the last forum where everyone still sits at one table','Marcin Przydacz','Marcin Przydacz','told',partial=True)
q('307','That is why we will not give up on it, even if expectations are low.','Marcin Przydacz','He','added')
q('307','cannot be allowed to redraw the map of Europe through ultimatums','Gabrielius Landsbergis','Gabrielius Landsbergis','wrote',partial=True)
c('307','detained',10000,'almost','people detained after the riots',KA,'nearly 10,000 people were detained',note='"where authorities say"')
c('307','aircraft',4,None,'Il-76 aircraft with Russian paratroopers leaving Kazakhstan',RDM,'the first four Il-76 aircraft',note='written-out "four"')
c('307','troops_deployed',2000,'more than','CSTO force deployed to Kazakhstan',None,'a force of more than 2,000 troops')
e('307','2022-01-13','statement','Vienna',['Zbigniew Rau','OSCE'],'said in his address on Thursday',note='address to the OSCE Permanent Council')
e('307','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('307','2022-01-12','talks','Brussels',['NATO','Russia'],'a session of the NATO-Russia Council in Brussels on Wednesday')
e('307','2022-01-13','statement','Vienna',['Alexander Lukashevich'],'told reporters after the session',note='"after the session" = the Thursday session')
e('307','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began on Thursday')
e('307',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'at the request of Kazakh President Kassym-Jomart Tokayev last week',note='"last week" is not a day')
e('307','2022-01-01','other',None,['Poland','OSCE'],'Poland took over the OSCE chairmanship from Sweden on January 1')
e('307',None,'other','Brussels',['Zbigniew Rau','European Parliament'],'present the priorities of the Polish chairmanship',note='"next week" is not a day')
e('307',None,'statement',None,['Gabrielius Landsbergis'],'wrote on Twitter',note='undated')

# ---------------- 308 CBC News (Calgary) piece (Jan 12, 2022, a Wednesday)
art('308',0,"'We just want to know they're alive'","Members of Alberta's Kazakh community",'CBC News','2022-01-12',['Lena Ortiz'],None,
    ['CBC','Menu','Search','Sign In','News','Top Stories  Local  Climate  World  Canada  Politics  Indigenous  Business  Health','Calgary',
     'Lena Ortiz · CBC News · Posted: Jan 12, 2022 4:00 AM MT | Last Updated: January 12, 2022','Social Sharing',
     'Aigul Bekova holds her phone at her home in northwest Calgary. For almost five days, she could not reach her parents in Almaty. (Lena Ortiz/CBC)',
     'With files from Reuters and The Canadian Press',"CBC's Journalistic Standards and Practices | About CBC News",
     'Corrections and clarifications | Submit a news tip | Report error'],
    sections=(ln('308','Ottawa calls for restraint'),ln('308','Mining giant watches')))
q('308','You see the pictures of the square on the news, and you know your mother walks there every morning. You cannot sleep,','Aigul Bekova','Bekova','said',note='inverted "said Bekova, a software tester …"; invented; the single-quoted headline is excluded')
q('308',"He said, 'We are fine, we stayed home, the shooting was far away.' I cried for an hour,",'Aigul Bekova','she','said',note='nested single-quoted words of her father inside; one record for the outer quote')
q('308','deeply concerned','Mélanie Joly','Mélanie Joly','said in a statement',partial=True,note='two-word evaluative partial with a speech verb')
q('308','For Tokayev, the troops were a signal to his own elite more than to the West. They told everyone in Nur-Sultan whose side Moscow was on,','Alexei Voronin','Voronin','said',note='invented academic')
q('308','Our team on the ground is safe, and operations at Inkai have not been disrupted,','Rachel Dunmore','spokesperson Rachel Dunmore','said in an email',note='invented company spokesperson (Cameco)')
q('308','We are far away, but we are not strangers to what happens there,','Aigul Bekova','she','said')
c('308','killed',16,None,'members of the security forces killed',KA,'16 members of the security forces were killed')
c('308','detained',10000,'almost','people detained',KA,'nearly 10,000 people were detained')
c('308','killed',164,None,'deaths (figure withdrawn)',None,'A figure of 164 deaths',note='"appeared on a government channel on Sunday was withdrawn hours later"')
c('308','troops_deployed',2000,'about','CSTO force in Kazakhstan',TOK,'the roughly 2,000-strong force',note='"Tokayev told parliament the roughly 2,000-strong force…"; hyphenated "-strong"')
e('308','2022-01-05','protest','Almaty',[],'clashed on Jan. 5 and 6',note='two-day range; first day')
e('308','2022-01-09','casualty_report',None,[],'appeared on a government channel on Sunday',note='Sunday before Wed 12 Jan')
e('308',None,'statement',None,['Mélanie Joly'],'said in a statement last week',note='"last week" is not a day')
e('308','2022-01-11','statement',None,['Global Affairs Canada'],'Global Affairs Canada said Tuesday',note='day name without "on"')
e('308','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in the country on Jan. 6')
e('308','2022-01-11','statement',None,[TOK],'On Tuesday, Tokayev told parliament')
e('308',None,'withdrawal','Kazakhstan',[CSTO],'would start to leave within two days',note='"within two days" of Tue 11 Jan is a deadline, not a day (real start: 13 Jan)')
e('308','2022-01-06','other','Toronto',['Cameco'],'on the Toronto Stock Exchange last Thursday',note='"last Thursday" from Wed 12 Jan; share price fall')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State','Kazakh President'],'Kazakhstan',['he','He','the Head of State','the President',"Kazakhstan's president"],["Tokayev's"]),
 sp(MOH,'organisation',['Ministry of Health'],[],'Kazakhstan',['the press service of the Ministry of Health']),
 sp(PGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan'),
 sp('Timur Saparov','person',['Timur Saparov'],['deputy head of the Almaty health department'],'Kazakhstan',[],[],note='invented'),
 sp('Aliya','person',['Aliya'],['a 31-year-old accountant'],'Kazakhstan',['she'],note='invented; first name only, surname withheld'),
 sp('Dina Abenova','person',['Dina Abenova','Abenova'],['a lawyer with the Kazakhstan International Bureau for Human Rights'],'Kazakhstan',note='invented'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['Prime Minister'],'Kazakhstan'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Antony Blinken','person',['Antony Blinken'],['US Secretary of State'],'United States',note='words paraphrased'),
 sp('Samuel Whitcombe','person',['Samuel Whitcombe','Whitcombe'],["a lecturer in Eurasian security at King's College London"],'United Kingdom',[],['Dr Samuel Whitcombe','Dr Whitcombe'],note='invented'),
 sp(UKFO,'organisation',['Foreign Office'],[],'United Kingdom',['A spokesman']),
 sp('Pekka Haavisto','person',['Pekka Haavisto','Haavisto'],['Foreign Minister'],'Finland',['he','the minister'],['Pekka Haavisto (Green)']),
 sp('Sauli Niinistö','person',['Sauli Niinistö','Niinistö'],['President'],'Finland',['he'],["Niinistö's"]),
 sp('Antti Kaikkonen','person',['Antti Kaikkonen'],['Defence Minister'],'Finland',['He'],['Antti Kaikkonen (Centre)']),
 sp('Riikka Purra','person',['Riikka Purra'],['Finns Party chair'],'Finland'),
 sp('Rustam Nazarzoda','person',['Rustam Nazarzoda'],['ministry spokesman'],'Tajikistan',note='invented'),
 sp('Saidali Qurbonzoda','person',['Saidali Qurbonzoda','Qurbonzoda'],['a member of the lower chamber'],'Tajikistan',note='invented'),
 sp('Emomali Rahmon','person',['Emomali Rahmon','Rahmon'],['President'],'Tajikistan'),
 sp('Jamshed','person',['Jamshed'],['a resident of Vahdat'],'Tajikistan',note='invented; first name only'),
 sp('Anvar Sharipov','person',['Anvar Sharipov'],['Dushanbe-based analyst'],'Tajikistan',['he'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's foreign minister"],'Poland',['he']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['he']),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador to the OSCE'],'United States',['he']),
 sp('Marcin Przydacz','person',['Marcin Przydacz'],["Poland's deputy foreign minister"],'Poland',['He']),
 sp('Gabrielius Landsbergis','person',['Gabrielius Landsbergis'],["Lithuania's foreign minister"],'Lithuania'),
 sp('Aigul Bekova','person',['Aigul Bekova','Bekova'],['a software tester'],'Canada',['she'],note='invented'),
 sp('Mélanie Joly','person',['Mélanie Joly'],['Foreign Affairs Minister'],'Canada'),
 sp('Alexei Voronin','person',['Alexei Voronin','Voronin'],['who teaches post-Soviet politics at the University of Calgary'],'Canada',note='invented'),
 sp('Rachel Dunmore','person',['Rachel Dunmore'],['spokesperson'],'Canada',note='invented; Cameco spokesperson'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance','the alliance'],[],quoted=False,note='mentioned in all files; not quoted'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],[],quoted=False,note='mentioned in 302 and 304 (inside a quote)'),
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
