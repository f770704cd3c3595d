#!/usr/bin/env python3
"""Source of the devset108 annotation: the hand-chosen spans, values and dates for 957-964.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset108/annotation_source.py && python3 tests/devset108/verify.py
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
KPO='Kazakh Presidential Press Office'; KHM='Kazakh Health Ministry'; KNB='Kazakh National Security Committee'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; PUT='Vladimir Putin'

# ---------------- 957 Ground News story comparison page (Published Jan 11, 2022, a Tuesday)
art('957',0,5,10,'Ground News','2022-01-11',[],None,
    ['Ground News','Home   For You   Local   Blindspot   My News Bias','Sign In   Subscribe','Published Jan 11, 2022 · Updated 3 days ago',
     'Kazakhstan   CSTO   Kassym-Jomart Tokayev   Russia','Summary by Ground News','Insights by Ground AI','Does this summary seem wrong?   Let us know',
     'Left 29%   Center 54%   Right 17%','41 Sources','Total News Sources   41','Sort by:   Top   Latest   Left   Center   Right',
     'Reuters   Center   United Kingdom   · Jan 11, 2022','Read Full Article','Show more',
     'Ground News · About · Help Center · Gift   © 2022 Snapwise Inc. All rights reserved.'])
q('957','will take no more than 10 days,',TOK,'the president','said',partial=True,note='embedded in a summary bullet: The withdrawal "…," the president said')
q('957','strategic facilities',TOK,'the president','adding',partial=True,note='"adding that the contingent had guarded “…”"; two-word partial with a speech verb (devset19 251 precedent)')
q('957','The timing is a matter for the leadership of Kazakhstan and the CSTO, and Russia will act accordingly.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',note='"told reporters:" colon before the quote')
q('957','The main mission has been successfully completed,',TOK,'Tokayev','told',art=None,zone='related',note='excerpt on a source card (Reuters)')
q('957','a layer of wealthy people',TOK,'The president','saying',art=None,zone='related',partial=True,note='source card (Al Jazeera); the single-quoted \'terrorists\' in that card headline is excluded')
q('957','Thanks to the first president, a group of very profitable companies appeared in the country,',TOK,'Tokayev','said',art=None,zone='related',note='source card (The Guardian)')
c('957','detained',9900,None,'people detained since the unrest began',MIA,'9,900 people had been detained')
c('957','troops_deployed',2030,'about','CSTO contingent servicemen from five countries',RDM,'about 2,030 servicemen from five countries',note='"roughly three-quarters of them Russian" is a fraction, not a claim')
c('957','detained',9900,None,'total number of detained',MIA,'the total number of detained reached 9,900',zone='related',note='source card (RT); repeats the summary figure')
e('957','2022-01-11','statement',None,[TOK],'told the lower house of parliament on Tuesday',note='"on Tuesday" = publication day')
e('957','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin a phased pullout in two days',note='"in two days" from Tuesday 11 Jan (future at publication)')
e('957','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Tokayev also proposed Alikhan Smailov',note='"deputies approved the nomination the same day"')
e('957','2022-01-05','appointment',None,['Alikhan Smailov'],'who had been acting prime minister since last Wednesday',note='"last Wednesday" from Tuesday 11 Jan')
e('957',None,'statement','Moscow',['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters',note='undated (likely 11 Jan)')

# ---------------- 958 inkl reader copy of a Guardian story (Sat, 8 Jan 2022)
art('958',0,5,12,'The Guardian','2022-01-08',['Rachel Hale','Tom Ridley'],None,
    ['inkl','Discover   My Feed   Bookmarks   Newsletters   Account','The Guardian','World news','Rachel Hale in Almaty and Tom Ridley','Sat, 8 Jan 2022, 5:36 PM','5 min read','Bookmark   Share',
     'Image: Kazakh servicemen stand guard at a checkpoint in central Almaty on Saturday. Photograph: Anvar Ilyasov/AP',
     'Related: Russian paratroopers land in Kazakhstan as unrest spreads','Topics: Kazakhstan · Russia · Europe · World news',
     'Read the original article on The Guardian','Share   Bookmark   Open in app','inkl · Terms · Privacy · Good news, for good people'])
q('958','They tell us to wait, they tell us to come back tomorrow. Nobody tells us anything,','Gulnara Seitkali','she','said',note='invented relative; age after the name in the first mention')
q('958','I just want to know if he is alive.','Gulnara Seitkali','she','said',note='second half after the interposed "she said"')
q('958','prompt response',KPO,"Tokayev's office",'said',partial=True,note='"Tokayev\'s office said he had thanked … for the “…”": the office is the speaking entity; Tokayev is an acceptable alternative')
q('958','We have received dozens of calls from families, and in not one case have we been allowed to see the person,','Dinara Yessimova','she','told',note='"she told the Guardian"')
q('958','every person on the street as a terrorist','Dinara Yessimova','she','said',partial=True,note='"The authorities, she said, were treating “…”"')
q('958','cannot become a permanent feature of the region','Josep Borrell','Josep Borrell','warned',partial=True,note='"said … but warned that … “…”"; cue is the verb governing the quoted clause')
c('958','detained',4266,None,'people detained nationwide',MIA,'4,266 people had been detained nationwide')
c('958','killed',16,None,'police officers and national guardsmen killed',MIA,'16 police officers and national guardsmen had been killed',note='"two of whom were found decapitated" is a subset, not a claim')
c('958','killed',40,'more than','dead',KHM,'reported more than 40 dead')
c('958','troops_deployed',2500,'about','CSTO troops in Kazakhstan',CSTO,'Around 2,500 troops from the Russian-led alliance',note='"Around" -> about; "the CSTO said"')
e('958','2022-01-08','other','Almaty',[],"queued outside the city's main morgue on Saturday",note='relatives searching for the missing')
e('958','2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on Thursday',note='Thursday before Saturday 8 Jan')
e('958','2022-01-05','other',None,['Karim Masimov'],'until he was dismissed on Wednesday',note='dismissal')
e('958','2022-01-08','statement',None,[KNB],'the committee said in a brief statement',note='announced "on Saturday" per the lead sentence')
e('958','2022-01-08','casualty_report',None,[MIA],'The interior ministry said on Saturday')
e('958','2022-01-07','statement',None,[TOK],'who on Friday authorised troops to open fire without warning')
e('958','2022-01-08','talks',None,[TOK,PUT],'spoke by telephone to Vladimir Putin on Saturday')
e('958','2022-01-08','other','Almaty',[],'The internet was partially restored in Almaty on Saturday afternoon')
e('958',None,'statement','Brussels',['Josep Borrell'],"In Brussels, the EU's foreign policy chief, Josep Borrell, said",note='undated')

# ---------------- 959 Opera News creator post, Nigeria ("01-09 19:42", no year; Sunday 9 January 2022)
art('959',0,4,10,'Opera News','2022-01-09',['TheGlobalDesk'],None,
    ['Opera News','For You   Nigeria   Politics   Sports   Entertainment   Business   World','TheGlobalDesk','Follow','01-09 19:42','Photo credit: Google',
     'Opinion: What do you think about this? Share your thoughts in the comment section below.',
     'Content created and supplied by: TheGlobalDesk (via Opera News )','👍 56   💬 12   ↗ Share'],
    sections=(ln('959','Kazakhstan In The Picture'),ln('959','What Next?')))
q('959','We will not give in to pressure and threats, which are constantly coming from the West,',RYA,'the Russian diplomat','said',note='"the Russian diplomat said according to state news agency RIA Novosti"; first mention "Sergei Ryabkov"')
q('959',"while tens of thousands of troops sit on Ukraine's doorstep,",'Antony Blinken','He','warned',partial=True,note='He = Blinken (previous sentence)')
q('959','when Russian troops enter a country, getting them out again can take years.','Antony Blinken','Blinken','said',partial=True,note='"had earlier said that “…”": clause partial with the full stop inside the mark')
q('959','No Nigerian has been reported hurt. Our students in Almaty should stay indoors and obey the curfew.','Adaeze Okonkwo','Mrs Adaeze Okonkwo','told',note='"told our correspondent:" colon; honorific "Mrs"; invented')
q('959','Nigeria and Africa should watch closely, because a war in Europe will push up the price of wheat and fuel here,','Emeka Obi','Dr Emeka Obi','said',note='inverted cue "…," said Dr NAME; invented')
c('959','troops_deployed',100000,'about',"Russian soldiers near Ukraine's borders",'Western intelligence','about 100,000 Russian soldiers')
c('959','killed',164,None,'people died in the violence','state television','reported that 164 people had died in the violence',note='"including three children" is a subset, not a claim; the figure was later removed')
e('959','2022-01-10','talks','Geneva',['Russia','United States'],'ahead of high-stakes talks on Monday',note='Monday after Sunday 9 Jan (headline "Tomorrow")')
e('959','2022-01-09','statement',None,[RYA],'said on Sunday that Moscow would not make any concessions')
e('959','2022-01-09','talks','Geneva',[RYA,'Wendy Sherman'],'hold a working dinner on Sunday evening',note='expected at publication')
e('959','2022-01-09','statement',None,['Antony Blinken'],'Antony Blinken also spoke on Sunday')
e('959',None,'troop_deployment','Kazakhstan',['Russia'],'days after Russia flew paratroopers into Kazakhstan',note='"days after": no date')
e('959',None,'protest','Kazakhstan',[],'rocked by deadly protests over fuel prices last week',note='"last week" is not a day')
e('959','2022-01-09','casualty_report',None,['state television'],'State television on Sunday reported')
e('959','2022-01-08','statement','Moscow',['Nigerian Embassy in Moscow'],'said on Saturday that it was in touch with Nigerian students')
e('959','2022-01-12','talks','Brussels',['Russia','NATO'],'meet NATO members in Brussels on Wednesday',note='future; "After Geneva"')
e('959','2022-01-13','talks','Vienna',['Russia','OSCE'],'in Vienna on Thursday',note='future')

# ---------------- 960 upday summary card with a DW source (7 Jan 2022, 13:05, a Friday)
art('960',0,5,6,'upday','2022-01-07',['Lena Brandt'],None,
    ['upday','TOP NEWS   MY NEWS   VIDEO   ☰','World','7 Jan 2022, 13:05','Written by Lena Brandt, upday news team','Source: DW','Read full article on DW','More on this topic',
     'Russian paratroopers land in Almaty   (DW · 6 Jan 2022)','👍 Like   Share   Save','Swipe for next story →','upday – Your daily news. Powered by Samsung. Imprint · Privacy'],
    sections=(ln('960','What happened?'),ln('960','How bad is it?'),ln('960','What is the role of Russia?'),ln('960','How has Germany reacted?'),ln('960','What comes next?')))
q('960','without warning',TOK,'Tokayev',None,zone='headline',partial=True,note='headline "Tokayev: … “without warning”": name-colon attribution, no speech verb; two-word partial kept because it is the reported wording of his order')
q('960','Those who refuse to lay down their weapons will be eliminated,',TOK,'Tokayev','said',note='"…," Tokayev said in a televised address')
q('960','limited time',CSTO,'The CSTO','said',partial=True,note='"for a “limited time”." — two-word partial (devset19 251 "a limited period")')
q('960','We are deeply worried. Violence, whoever it comes from, cannot be the answer,','Annalena Baerbock','she','said',note='she = Foreign Minister Annalena Baerbock (previous sentence)')
c('960','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" have been killed',note='scare-quoted label excluded from quotes')
c('960','detained',3000,'more than','people arrested since the protests began',MIA,'more than 3,000 people arrested')
c('960','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died')
c('960','injured',748,None,'members of the security forces injured',MIA,'748 were injured')
c('960','troops_deployed',2500,'about','CSTO soldiers taking part',CSTO,'around 2,500 soldiers would take part')
e('960','2022-01-07','statement',None,[TOK],'said on Friday he had authorised the police and army')
e('960','2022-01-02','protest',None,[],'since the protests began on 2 January')
e('960','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived on Thursday',note='Thursday before Friday 7 Jan')
e('960',None,'statement','Berlin',['Annalena Baerbock'],'she said in Berlin',note='undated')
e('960','2022-01-06','other',None,['German Federal Foreign Office'],'a crisis team had met on Thursday evening',note='internal meeting')
e('960','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday, Russian and US diplomats are due to meet in Geneva',note='future; Monday after Friday 7 Jan')

# ---------------- 961 Inshorts card list: four 60-word cards = four articles (13 Jan 2022, Thursday)
art('961',0,5,7,'Inshorts','2022-01-13',['Aditi Rao'],None,
    ['inshorts','☰ Categories   English ▾','Showing News for: World','short by Aditi Rao / 11:08 am on 13 Jan 2022, Thursday','read more at Reuters'],ls=5,le=8)
art('961',1,10,12,'Inshorts','2022-01-13',['Sakshi Menon'],None,
    ['short by Sakshi Menon / 07:41 pm on 13 Jan 2022, Thursday','read more at Hindustan Times'],ls=10,le=13)
art('961',2,15,17,'Inshorts','2022-01-13',['Aditi Rao'],None,
    ['short by Aditi Rao / 09:15 pm on 13 Jan 2022, Thursday','read more at The Indian Express'],ls=15,le=18)
art('961',3,20,22,'Inshorts','2022-01-13',['Nikhil Joshi'],None,
    ['short by Nikhil Joshi / 10:02 pm on 13 Jan 2022, Thursday','read more at NDTV','Get the Inshorts app','Download on the App Store   GET IT ON Google Play',
     'Inshorts Pte. Ltd. © COPYRIGHT 2022','Contact Us   Terms & conditions   Privacy Policies'],ls=20,le=23)
q('961','The mission has been accomplished, the tasks set have been fulfilled in full,',SER,'CSTO force commander Colonel General Andrei Serdyukov','said',art=0)
q('961','We must focus on a peaceful resolution of the conflict in and around Ukraine,','Zbigniew Rau','Rau','told',art=1,note='"…," Rau told the OSCE\'s Permanent Council')
q('961','Our positions simply do not meet, and I see no point in meeting again next week,',RYA,'Ryabkov','told',art=2,note='the single-quoted \'no grounds\' in the headline is excluded')
c('961','troops_deployed',2030,'about','CSTO troops deployed in Kazakhstan',SER,'Around 2,030 troops were deployed',art=0,note='the sentence ends "he added" (= Serdyukov)')
c('961','detained',12000,'more than','detained in Kazakhstan after unrest',KPO,'Over 12,000 detained',art=3,zone='headline',note='"Over" -> more than; "says Tokayev\'s office"')
c('961','detained',12000,'more than','people detained in connection with the riots',KPO,'More than 12,000 people have been detained',art=3)
c('961','killed',164,None,'deaths',KHM,'reported 164 deaths',art=3)
c('961','killed',16,None,'police officers and soldiers among the dead',KHM,'including 16 police officers and soldiers',art=3,note='subset of the 164, a separate group (security forces) as in devset19 245')
e('961','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday',art=0)
e('961','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a week after they arrived',art=0,note='"a week after" Thursday 13 Jan')
e('961',None,'statement','Almaty',[SER],'said at a ceremony in Almaty',art=0,note='no day word (likely 13 Jan)')
e('961','2022-01-13','statement','Vienna',['Zbigniew Rau','OSCE'],'warned on Thursday that the danger',art=1,note='speech to the OSCE Permanent Council')
e('961','2022-01-13','statement',None,[RYA],'said on Thursday that he saw no reason',art=2)
e('961','2022-01-10','talks','Geneva',['Russia','United States'],'after meetings in Geneva on Monday',art=2,note='Monday before Thursday 13 Jan')
e('961','2022-01-13','casualty_report',None,[KPO],'the office of President Kassym-Jomart Tokayev said on Thursday',art=3,note='detention figure')
e('961','2022-01-12','statement',None,[TOK],'Tokayev on Wednesday accused',art=3)

# ---------------- 962 archive.today capture of a Tengrinews page (10 January 2022, 19:27, a Monday)
art('962',0,15,20,'Tengrinews','2022-01-10',['Talgat Nurpeisov'],None,
    ['archive.today','webpage capture','search\t10 Jan 2022 21:03:11 UTC','no other snapshots from this url','All snapshots from host en.tengrinews.kz','Webpage\tScreenshot',
     'share\tdownload .zip\treport bug or abuse\tBuy me a coffee','short link\thttps://archive.ph/Qx7pL','TENGRINEWS','Kazakhstan News   World News   Sport   Opinion   Photo   Video',
     '10 January 2022, 19:27','Views: 18 412','Talgat Nurpeisov','Read also:','Almaty airport to resume flights on Thursday',
     'Tengrinews.kz: 010000, Nur-Sultan. Any use of the materials is allowed only with a hyperlink to Tengrinews.kz','© 2011-2022 Tengrinews.kz. All rights reserved.'])
q('962',"What looked like spontaneous protests was used as cover for a planned assault. It was an attempted coup d'etat,",TOK,'the Head of State','said',note='title-only attribution "the Head of State said"')
q('962','one centre of command',TOK,'him','According to',partial=True,note='"According to him, the attackers had “…”"')
q('962','Their aim was obvious: to undermine the constitutional order and destroy government institutions,',TOK,'he','stressed')
q('962','The alliance has shown that it can act quickly when one of its members is in danger,',PUT,'Putin','said')
q('962','after the completion of their mission','Nikol Pashinyan','Pashinyan','said',partial=True)
c('962','other',20000,'about','bandits who took part in the attack on Almaty',TOK,'about 20,000 bandits',note='as devset19 251')
c('962','detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
e('962','2022-01-10','talks',None,[CSTO,TOK,PUT,'Nikol Pashinyan','Alexander Lukashenko','Emomali Rahmon','Sadyr Japarov'],'extraordinary online session of the CSTO Collective Security Council on Monday',note='video summit')
e('962','2022-01-10','casualty_report',None,[MIA],'Earlier on Monday, the Interior Ministry reported')
e('962','2022-01-10','other','Kazakhstan',[],'Monday was declared a day of national mourning')
e('962',None,'withdrawal','Kazakhstan',[CSTO],'the main phase of the counter-terrorist operation would soon end',note='"soon": no date')

# ---------------- 963 Yandex News story page in English ("12 January, 14:20", no year; Wednesday 12 Jan 2022)
art('963',0,4,8,'Yandex News','2022-01-12',[],None,
    ['Yandex News','Main   Politics   Society   Economy   In the world   Incidents   Culture   Technology','In the world','12 January, 14:20',
     'The story is formed automatically from 64 sources','Story chronicle','All sources','Show all 64 sources',
     'Yandex News automatically aggregates materials from media outlets. The editorial board is not responsible for their content.','© 2022 Yandex'],
    sections=(ln('963','Meanwhile in Brussels'),))
q('963','The peacekeepers have fulfilled their tasks. The contingent is ready to leave and will be withdrawn in an organised way,',SER,'Serdyukov','said',note='a source label ("RIA Novosti") follows the sentence after three spaces; it is not the speaker')
q('963','a very important psychological role',TOK,'Kazakh President Kassym-Jomart Tokayev','saying',partial=True)
q('963','This was announced from the very beginning, that the mission is limited in time,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',note='"The Kremlin called the decision natural." precedes the quote')
q('963','a concrete conversation, not a lecture','Alexander Grushko','Deputy Foreign Minister Alexander Grushko','said',partial=True,note='nearest-name trap: Fomin is named between the speaker and the verb')
q('963','will never trade away the right of nations to choose their own path','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
c('963','troops_deployed',2030,None,'CSTO force military personnel',SER,'the CSTO force numbered 2,030 military personnel',note='"250 units of military equipment" is not a claim (devset 900 precedent)')
e('963','2022-01-13','withdrawal','Kazakhstan',[CSTO],'from Kazakhstan will begin on Thursday',note='Thursday after Wednesday 12 Jan; the headline says "on January 13"')
e('963',None,'statement','Almaty',[SER],'said during a ceremony at the Almaty airfield',note='undated')
e('963',None,'statement',None,[TOK],'earlier thanked the allies',note='"earlier": no date')
e('963',None,'statement',None,['Dmitry Peskov'],'told journalists',note='undated')
e('963','2022-01-12','other',None,[TOK],'Tokayev held a meeting with the heads of regions',note='story-chronicle item "Jan 12, 11:02"; internal meeting')
e('963','2022-01-11','appointment',None,['Alikhan Smailov'],'Parliament approved Alikhan Smailov as Prime Minister',note='story-chronicle item "Jan 11"')
e('963','2022-01-10','talks',None,[CSTO],'CSTO leaders held an extraordinary video session',note='story-chronicle item "Jan 10"')
e('963','2022-01-12','talks','Brussels',['Russia','NATO','Alexander Grushko','Alexander Fomin','Jens Stoltenberg'],'The Russia-NATO Council met in Brussels on Wednesday')

# ---------------- 964 NewsPicks page with a Nikkei Asia story (2022/1/14 15:06, a Friday)
art('964',0,4,8,'Nikkei Asia','2022-01-14',[],'TOKYO',
    ['NewsPicks','Home   Ranking   Economy   Technology   World   Original   Search','Picked from Nikkei Asia','Nikkei Asia   2022/1/14 15:06','128 Picks   Share   Save'],ls=1,le=16)
q('964','Our employees are returning to the office from today, but we will keep business travel on hold for the time being,',None,'a spokesperson for one of the companies','said',note='anonymous company spokesperson')
q('964','closely monitoring','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told',partial=True,note='"told a regular news conference … that Tokyo was “…”"')
q('964','Moscow has shown it can move a brigade across Central Asia in under 48 hours. Japanese investors will price that in,','Kenji Morita','Kenji Morita','said',note='inverted "…," said NAME, a senior fellow…; a duration inside the quote; invented')
q('964','restore social justice',TOK,'He','said',art=None,zone='related',partial=True,note='reader comment ("Top Picks", Yuko Takahashi), outside the article span; He = Tokayev')
q('964','No impact on production','Kazatomprom','they','told',art=None,zone='related',note='reader comment (Shinji Arakawa): the quote comes first, "is what they told me"; they = Kazatomprom')
q('964','Nothing ever changes here.',None,'People there','told',art=None,zone='related',note='reader comment (Mariko Endo); anonymous people quoted')
c('964','detained',12000,'more than','people detained during the crisis','Kazakh authorities','more than 12,000 people were detained')
c('964','killed',164,'at least','deaths',KHM,'at least 164 deaths')
c('964','killed',16,None,'members of the security forces among the dead',KHM,'including 16 members of the security forces',note='subset group, as in 961')
c('964','troops_deployed',2000,'about','CSTO force',CSTO,'The CSTO force of about 2,000 troops',note='"according to the alliance" at the end of the sentence')
e('964','2022-01-14','other','Almaty',[],'began to reopen their offices in Almaty on Friday',note='Japanese companies reopen offices')
e('964','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a day after the Russian-led Collective Security Treaty Organization started withdrawing',note='"a day after" Friday 14 Jan')
e('964',None,'statement','Nur-Sultan',['Japanese Embassy in Nur-Sultan'],'The Japanese Embassy in Nur-Sultan said',note='undated')
e('964','2022-01-12','statement','Tokyo',['Hirokazu Matsuno'],'told a regular news conference on Wednesday')
e('964','2022-01-13','statement',None,['Kazatomprom'],'said on Thursday that production had not been affected')
e('964','2022-01-22','withdrawal','Kazakhstan',[CSTO],'will complete its withdrawal by Jan. 22',note='future deadline')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President','President',"Kazakhstan's President"],'Kazakhstan',['the president','The president','the Head of State','he','He','him'],["Tokayev's"]),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia',[],[],note='words invented'),
 sp('Gulnara Seitkali','person',['Gulnara Seitkali'],[],'Kazakhstan',['she'],note='invented; mother of a missing man'),
 sp(KPO,'organisation',["Tokayev's office",'the office of President Kassym-Jomart Tokayev'],[],'Kazakhstan',[],[],note='printed only as "Tokayev\'s office" / "the office of President …"'),
 sp('Dinara Yessimova','person',['Dinara Yessimova'],['a human rights lawyer'],'Kazakhstan',['she'],note='invented'),
 sp('Josep Borrell','person',['Josep Borrell'],["the EU's foreign policy chief"],'European Union',note='words invented'),
 sp(RYA,'person',['Sergei Ryabkov','Sergey Ryabkov','Ryabkov'],["Russia's Deputy Foreign Minister"],'Russia',['the Russian diplomat'],note='"Sergei" in 959, "Sergey" in 961; canonical from earlier sets'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',['He'],note='words invented'),
 sp('Adaeze Okonkwo','person',['Adaeze Okonkwo'],['a spokesperson for the Ministry of Foreign Affairs in Abuja'],'Nigeria',[],['Mrs Adaeze Okonkwo'],note='invented'),
 sp('Emeka Obi','person',['Emeka Obi'],['a lecturer in international relations at the University of Lagos'],'Nigeria',[],['Dr Emeka Obi'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The CSTO','the alliance','the Russian-led alliance']),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['Foreign Minister'],'Germany',['she'],note='words invented'),
 sp(SER,'person',['Andrei Serdyukov','Andrey Serdyukov','Serdyukov'],['CSTO force commander','Colonel General','the commander of the CSTO forces'],'Russia',['the general'],note='"Andrei" in 961, "Andrey" in 963'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's Foreign Minister"],'Poland',['OSCE chief'],note='words invented'),
 sp(PUT,'person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='words invented'),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan'),
 sp('Kenji Morita','person',['Kenji Morita'],['a senior fellow at the Tokyo-based Eurasia Economic Institute'],'Japan',note='invented; the institute is invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan',['they'],note='quoted only inside a reader comment (964)'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(KHM,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of death figures in 958, 961, 964'),
 sp('Alikhan Smailov','person',['Alikhan Smailov','Smailov'],['acting prime minister'],'Kazakhstan',[],[],quoted=False,note='mentioned in 957, 963 and a 964 related title'),
 sp('Nursultan Nazarbayev','person',['Nazarbayev'],['the first president'],'Kazakhstan',[],[],quoted=False,note='surname only (957 card headline, 964 comment); "the first president" inside a quote'),
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
