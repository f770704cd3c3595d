#!/usr/bin/env python3
"""Source of the devset173 annotation: the hand-chosen spans, values and dates for 1477-1484.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset173/annotation_source.py && python3 tests/devset173/verify.py
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
KPGO="Kazakh Prosecutor General's Office"; PUT='Vladimir Putin'; ATAM='National Chamber of Entrepreneurs Atameken'
KYRMOD='Kyrgyz Defence Ministry'; RMOD='Russian Defence Ministry'

# ---------------- 1477 Akorda press-service news list, 3 releases = 3 articles (all stamped 10 January 2022, Monday)
P='1477'
h0=ln(P,'Head of State takes part in extraordinary session'); h1=ln(P,'Head of State holds telephone conversation'); h2=ln(P,'Head of State receives Prosecutor General')
art(P,0,h0,h0+3,'Akorda (Presidential Press Office of Kazakhstan)','2022-01-10',[],None,
    ['Official website of the President of the Republic of Kazakhstan','AKORDA.KZ','Қаз | Рус | Eng','President | Press service | Documents | Events | State symbols | Contacts','Press service › News › 10 January 2022','10 January 2022, 14:40'],ls=h0,le=h1-2)
art(P,1,h1,h1+3,'Akorda (Presidential Press Office of Kazakhstan)','2022-01-10',[],None,['10 January 2022, 17:15'],ls=h1,le=h2-2)
art(P,2,h2,h2+3,'Akorda (Presidential Press Office of Kazakhstan)','2022-01-10',[],None,
    ['10 January 2022, 18:50','Share: Facebook | Twitter | Telegram | VK','Print version','© 2022 Official website of the President of the Republic of Kazakhstan','All materials are available under Creative Commons Attribution 4.0 International'],ls=h2,le=ln(P,'Kassym-Jomart Tokayev also ordered'))
q(P,"Under the guise of spontaneous protests, a wave of unrest broke out. It soon became clear that the main goal was to undermine the constitutional order and seize power. We are talking about an attempted coup d'état,",TOK,'Kassym-Jomart Tokayev','said',art=0,note='inverted order: full name after the quote')
q(P,'The mission of the CSTO peacekeeping forces will be completed soon. Their presence is temporary,',TOK,'Kassym-Jomart Tokayev','underlined',art=0)
q(P,'eternal friendship and good-neighbourliness','Shavkat Mirziyoyev','The Uzbek leader','noted',art=1,partial=True,note='role phrase "The Uzbek leader"; partial inside reported speech')
q(P,'Not a single person who did not commit a crime should be prosecuted. At the same time, those responsible must answer before the law in full,',TOK,'the Head of State','said',art=2,note='nearest-name trap: "the Prosecutor General" is named just before; "the Head of State" = Tokayev')
c(P,'troops_deployed',2030,None,'CSTO peacekeeping contingent servicemen',TOK,'numbers 2,030 servicemen and 250 units of military equipment',art=0,note='"According to the President"; the 250 units of equipment are not a separate claim')
c(P,'detained',7939,None,'people detained across the country','Berik Asylov','7,939 people had been detained across the country',art=2,note='"The Head of State was informed" by the Prosecutor General')
c(P,'other',1678,None,'criminal cases opened','Berik Asylov','1,678 criminal cases had been opened',art=2)
e(P,'2022-01-10','talks',None,[TOK,PUT,'Alexander Lukashenko','Nikol Pashinyan','Sadyr Japarov','Emomali Rahmon','Stanislav Zas',CSTO],'held via videoconference on Monday',art=0)
e(P,'2022-01-06','deployment','Kazakhstan',[CSTO],'which arrived in the country on 6 January',art=0)
e(P,None,'talks',None,[TOK,'Shavkat Mirziyoyev'],'held a telephone conversation with President of the Republic of Uzbekistan',art=1,note='no day word; the release is stamped 10 January 2022')
e(P,None,'other','Nur-Sultan',[TOK,'Berik Asylov'],'received Prosecutor General Berik Asylov',art=2,note='no day word; the release is stamped 10 January 2022')

# ---------------- 1478 Prosecutor General's Office official statement, PDF text extract (12.01.2022, Wednesday)
P='1478'
art(P,0,ln(P,'on the course of the investigation into the mass riots'),ln(P,"1. The Prosecutor General's Office informs"),"Prosecutor General's Office of the Republic of Kazakhstan",'2022-01-12',[],None,
    ["PROSECUTOR GENERAL'S OFFICE OF THE REPUBLIC OF KAZAKHSTAN",'Press Service','OFFICIAL STATEMENT','Page 1 of 2',"PROSECUTOR GENERAL'S OFFICE OF THE REPUBLIC OF KAZAKHSTAN                 No. 04-11/2022","Press Service of the Prosecutor General's Office",'of the Republic of Kazakhstan','Tel.: +7 (7172) 71-25-00 | e-mail: press@prokuror.kz | www.prokuror.gov.kz','Page 2 of 2'],
    ls=ln(P,'OFFICIAL STATEMENT'),le=ln(P,'clock hotline of the Prosecutor General'))
q(P,'Every fact of detention is being checked by a\nprosecutor. Persons whose involvement has not been confirmed are released immediately.','Nurlan Dauletbayev','Deputy Prosecutor General Nurlan Dauletbayev','said',malformed=True,note='span across a PDF hard line break (the quote itself is properly opened and closed); cue "said:" with a colon')
q(P,'We call on citizens to rely only on official sources,',KPGO,'the statement','says',note='the statement quoting itself; present-tense cue')
q(P,'a well-organised force with a single\ncommand','Nurlan Dauletbayev','Mr Dauletbayev','describing',malformed=True,partial=True,note='partial across a PDF hard line break; "told journalists, describing the attackers as"')
c(P,'detained',9900,None,'people detained in connection with the riots',KPGO,'9,900 people have been detained in connection with')
c(P,'detained',2416,None,'persons placed in custody by court decisions',KPGO,'2,416 persons have been placed in custody',note='subset of the 9,900 (remanded in custody)')
c(P,'other',1812,None,'pre-trial investigations registered',KPGO,'1,812 pre-trial investigations')
c(P,'other',44,None,'cases under "Act of terrorism"',KPGO,'including 44 cases')
c(P,'other',34,None,'cases under "Mass riots"',KPGO,'34 cases under the article')
c(P,'other',1300,None,'business facilities damaged',KPGO,'1,300 business facilities were damaged')
c(P,'other',100,'more than','shopping centres and banks looted',KPGO,'more than 100',note='the phrase continues on the next PDF line ("shopping centres and banks were looted")')
c(P,'other',87000000000,'about','preliminary damage in tenge',KPGO,'about\n87 billion tenge',note='damage in tenge, not USD, so not damage_usd; the qualifier and number are split by a PDF line break')
c(P,'other',1146,None,'detained persons released','Nurlan Dauletbayev','1,146 detained persons had already been released')
c(P,'killed',18,None,'members of the security forces killed','Nurlan Dauletbayev','18 members of the')
c(P,'killed',2,None,'security-force members beheaded (subset of the 18)','Nurlan Dauletbayev','two of whom were beheaded',note='written-out "two"; subset of the 18, recorded like gold 001 "two of his deputies"')
e(P,'2022-01-04','protest','Kazakhstan',[],'mass riots of 4–7 January 2022',note='range 4–7 January: first day')
e(P,None,'statement','Nur-Sultan',['Nurlan Dauletbayev'],'speaking at a briefing at the',note='no day word; the statement is dated 12.01.2022')
e(P,None,'protest','Almaty',[],'the attacks on administrative buildings in Almaty,',note='also Taldykorgan, Shymkent and Aktobe; no date in this sentence')

# ---------------- 1479 Nur-Sultan city akimat announcement, Kazakh/English paragraph pairs (11.01.2022, Tuesday)
P='1479'
art(P,0,ln(P,'Curfew hours changed in the capital'),ln(P,'Қала коменданты шешімімен'),'Akimat of Nur-Sultan city','2022-01-11',[],None,
    ['Нұр-Сұлтан қаласының әкімдігі | Akimat of Nur-Sultan city','Official Internet resource','Қаз   Рус   Eng','Home / Press center / Announcements','ХАБАРЛАНДЫРУ | ANNOUNCEMENT','11.01.2022   09:30','Коменданттық сағат уақыты өзгертілді',
     'Related announcements:','• Schools of the capital switch to distance learning until 22 January (10.01.2022)','• Mourning day: flags lowered on public buildings (09.01.2022)','© 2022 Akimat of Nur-Sultan city. Address: 010000, Nur-Sultan, Beibitshilik St. 11','Last updated: 11.01.2022 09:41'],
    ls=ln(P,'Коменданттық сағат уақыты өзгертілді'),le=ln(P,'For reference: 109'))
q(P,'Қалада жағдай тұрақты, барлық тіршілікті қамтамасыз ету жүйелері қалыпты жұмыс істеп тұр','Altai Kulginov','Алтай Көлгінов',None,note='Kazakh original in «guillemets» after "Name:"; the English line below is its translation; kept as a separate record')
q(P,'The situation in the city is stable, all life-support systems are operating normally.','Altai Kulginov','City akim Altai Kulginov',None,note='"Name: \\"…\\"" colon convention, no speech verb')
q(P,'I thank the residents of the capital for their patience and solidarity. Thanks to the coordinated work of law enforcement agencies, order in Nur-Sultan was not disrupted,','Altai Kulginov','Altai Kulginov','said')
c(P,'detained',17,None,'people detained in Nur-Sultan for violating the curfew over the past day','Altai Kulginov','17 people had been detained in Nur-Sultan')
e(P,'2022-01-11','other','Nur-Sultan',['Akimat of Nur-Sultan city'],'from 11 January the curfew will be in force',note='curfew shortened to 23:00–07:00')
e(P,'2022-01-10','other','Nur-Sultan',['Altai Kulginov'],'a meeting of the city headquarters on Monday evening',note='Monday before Tuesday 11 Jan')

# ---------------- 1480 Kazinform photo report (13 January 2022, Thursday)
P='1480'
art(P,0,ln(P,'CSTO peacekeepers hold farewell ceremony in Almaty'),ln(P,'ALMATY. KAZINFORM – A ceremony'),'Kazinform','2022-01-13',[],'ALMATY',
    ['KAZINFORM','International News Agency','Қаз   Рус   Eng   中文','Politics   Society   Economy   World   Regions   Photo   Video','PHOTO REPORT','13 January 2022, 16:05','Photo by Zhanbolat Tuleubekov ©','1 / 6','6 / 6',
     'Read also:','Tokayev: CSTO troops to begin withdrawal in two days','Almaty airport resumes flights','Tags: CSTO, Almaty, peacekeepers','Share:    f    t    in    tg','When using materials of Kazinform, a hyperlink to inform.kz is obligatory','© 1997–2022 Kazinform International News Agency'],
    ls=ln(P,'CSTO peacekeepers hold farewell ceremony in Almaty'),le=ln(P,'Residents of Almaty bring flowers'))
q(P,'The peacekeepers did not take part in combat operations. They guarded strategic facilities, and today these facilities are handed over to the law enforcement agencies of Kazakhstan,','Andrei Serdyukov','Andrey Serdyukov','said')
q(P,'In the most difficult days you stood next to us. Almaty will not forget it,','Bakytzhan Sagintayev','he','said')
c(P,'troops_deployed',2000,'more than','CSTO servicemen in the mission',None,'More than 2,000 servicemen from Russia')
e(P,'2022-01-13','other','Almaty',['Andrei Serdyukov','Bakytzhan Sagintayev',CSTO],'took place in Almaty on Thursday')
e(P,'2022-01-13','withdrawal',None,[CSTO],'expected to leave for their home countries on Thursday')

# ---------------- 1481 Tengrinews English live feed, newest first (7 January 2022, Friday)
P='1481'
art(P,0,ln(P,'Situation in Kazakhstan: live updates, January 7'),ln(P,'The Interior Ministry reports that 26'),'Tengrinews','2022-01-07',[],None,
    ['tengrinews.kz','KAZAKHSTAN   WORLD   SPORT   SCIENCE   LIFE','ҚАЗ   РУС   ENG','ONLINE','Published: 07 January 2022 08:12   Updated: 07 January 2022 21:47','Tengrinews.kz English edition','Refresh the page to see new entries. All times are Nur-Sultan time (GMT+6).','21:47',
     'Earlier:','Situation in Kazakhstan: live updates, January 6','Tokayev appeals to CSTO for help','Subscribe to our Telegram channel','Tengrinews.kz. Reprinting of materials is allowed only with an active hyperlink.','© 2007–2022 Tengrinews.kz'],
    ls=ln(P,'Situation in Kazakhstan: live updates, January 7'),le=ln(P,'Good morning. We continue'))
q(P,'open fire without warning',TOK,'He','said',partial=True,note='"He said he had given the order … to"; He = Kassym-Jomart Tokayev')
q(P,'Those who do not surrender will be destroyed,',TOK,'the President','said')
q(P,'What negotiations can there be with criminals and murderers?',TOK,'he','said',note='question mark inside the marks')
q(P,'largely restored',TOK,'he','adding',partial=True,note='two-word evaluative partial after "adding that"')
q(P,'We came at six in the morning, and there is still no bread,',None,'a woman in the queue in Almaly district','told',note='anonymous resident; "told our correspondent"')
c(P,'killed',26,None,'"armed criminals" eliminated',MIA,'26 armed criminals have been eliminated')
c(P,'detained',3811,None,'people detained',MIA,'3,811 have been detained')
c(P,'killed',18,None,'law enforcement officers killed',MIA,'has risen to 18')
c(P,'injured',748,None,'law enforcement officers injured',MIA,'with 748 injured')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen in the CSTO forces',KYRMOD,'contingent of 150 servicemen')
c(P,'aircraft',70,'more than','Il-76 and An-124 aircraft in the CSTO airlift',RMOD,'more than 70 Il-76 and An-124 aircraft')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Interior Ministry reports that',note='21:47 entry of the 7 January feed')
e(P,'2022-01-07','deployment','Kazakhstan',[CSTO,KYRMOD],'has arrived in Kazakhstan as part of the CSTO forces',note='20:30 entry')
e(P,'2022-01-07','other','Nur-Sultan',[],'Internet access has been partially restored in Nur-Sultan',note='18:05 entry')
e(P,'2022-01-07','statement',None,[TOK],'addressed the nation for the third time in three days',note='11:52 entry')
e(P,'2022-01-06','deployment','Almaty',[CSTO],'Yesterday the first CSTO units landed in Almaty')

# ---------------- 1482 The Astana Times Q&A interview (14 January 2022, Friday)
P='1482'
art(P,0,ln(P,'"Kazakhstan Has Passed a Stress Test"'),ln(P,'NUR-SULTAN – Two weeks ago'),'The Astana Times','2022-01-14',['Dana Omarova'],'NUR-SULTAN',
    ['THE ASTANA TIMES','Nation | Business | Opinion | Culture | Tourism | Interviews','Search','Interviews','By Dana Omarova in Interviews on 14 January 2022','This interview has been edited and condensed for clarity.',
     'Tags: CSTO, January events, interview, Tokayev','Related Posts','Tokayev Nominates Alikhan Smailov as Prime Minister','Kazakhstan Observes National Day of Mourning','Share on Facebook   Tweet   Telegram','© 2022 The Astana Times. All rights reserved.'],
    ls=ln(P,'"Kazakhstan Has Passed a Stress Test"'),le=ln(P,'The acute phase is over.'))
q(P,'Kazakhstan Has Passed a Stress Test','Saule Zhakupova','Analyst',None,zone='headline',note='headline quote before a colon; "Analyst" = the interviewee; the words do not recur in the body')
q(P,'We should separate the peaceful protesters from those who organised the violence,','Saule Zhakupova','Zhakupova','said')
q(P,'psychological importance',None,'one Russian expert','put it',partial=True,note='inside Zhakupova\'s unquoted Q&A answer, but the quoted words are an unnamed Russian expert\'s')
q(P,'Thanks to the First President, a layer of very profitable companies and wealthy people appeared in the country',TOK,'He','said',note='"He also said, and I quote," inside Zhakupova\'s unquoted answer; He = the President (Tokayev); closing mark before the full stop')
c(P,'killed',160,'more than','people who died in the unrest','Kazakh authorities','more than 160 people died',note='"according to official figures"')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests began in Zhanaozen on Jan. 2')
e(P,'2022-01-05','protest','Almaty',[],'On Jan. 5 the situation in Almaty changed sharply')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'in the Mazhilis on Jan. 11')
e(P,'2022-01-11','statement',None,[TOK],'The President said on Tuesday',note='Tuesday before Friday 14 Jan; the same speech as Jan. 11')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal began on Thursday')

# ---------------- 1483 Kyrgyz Ministry of Defence press-service news (13.01.2022, Thursday)
P='1483'
art(P,0,ln(P,'Kyrgyz peacekeepers return home from Kazakhstan'),ln(P,'Servicemen of the Kyrgyz contingent'),'Ministry of Defence of the Kyrgyz Republic','2022-01-13',[],None,
    ['КЫРГЫЗ РЕСПУБЛИКАСЫНЫН КОРГОНУУ МИНИСТРЛИГИ','MINISTRY OF DEFENCE OF THE KYRGYZ REPUBLIC','Кырг   Рус   Eng','Main » Press service » News','13.01.2022 | 19:20 | Views: 1 084','Press service of the Ministry of Defence of the Kyrgyz Republic',
     'Photo gallery (14)','Other news:','• 12.01.2022 The Minister of Defence held a meeting with the heads of structural divisions','• 10.01.2022 Kyrgyz peacekeepers continue to guard facilities in Almaty','720040, Bishkek, Logvinenko St. 26 | Hotline: 1513','© 2022 Ministry of Defence of the Kyrgyz Republic. When using materials, a link to the site is required.'],
    ls=ln(P,'Kyrgyz peacekeepers return home from Kazakhstan'),le=ln(P,'It should be recalled that'))
q(P,'You have honourably fulfilled your duty and shown that Kyrgyzstan is a reliable partner within the CSTO. The people of Kazakhstan are our brothers, and we could not stay aside.','Baktybek Bekbolotov','the minister','noted',note='"the minister noted:" colon before the quote')
q(P,'There were no incidents involving our servicemen. The local population treated us with warmth,','Kanat Sydykov','the colonel','told')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen in the CSTO contingent',None,'consisting of 150 servicemen and 20 units of equipment',note='the ministry\'s own site, no attribution in the text; 20 units of equipment not a separate claim; the 12 medals are not a claim')
e(P,'2022-01-13','withdrawal','Bishkek',['Kyrgyz Defence Ministry','Baktybek Bekbolotov'],'returned to Bishkek on Thursday')
e(P,'2022-01-07','deployment','Kazakhstan',['Kyrgyz Defence Ministry'],'was deployed to Kazakhstan on 7 January')
e(P,'2022-01-06','other','Bishkek',['Jogorku Kenesh'],'on 6 January the Jogorku Kenesh approved',note='parliamentary vote on sending troops')

# ---------------- 1484 The Steppe Business Daily markets story (Monday, 10 January 2022)
P='1484'
art(P,0,ln(P,'Tenge steadies, KASE reopens'),ln(P,'ALMATY — The Kazakh tenge'),'The Steppe Business Daily','2022-01-10',['Marat Seitkaliyev','Anel Iskakova'],'ALMATY',
    ['THE STEPPE BUSINESS DAILY',"Kazakhstan's English-language business newspaper",'Markets | Banking | Energy | Mining | Agro | Companies | Opinion','Subscribe | Sign in','MARKETS','Monday, 10 January 2022 · 18:25 · By Marat Seitkaliyev and Anel Iskakova · 4 min read',
     'Related','Kazatomprom says uranium output unaffected by unrest','Atameken opens hotline for businesses hit by riots','© 2022 The Steppe Business Daily. Reproduction without permission prohibited.'],
    ls=ln(P,'Tenge steadies, KASE reopens'),le=ln(P,'Brent, $'))
q(P,'There is no shortage of cash. ATMs are being loaded as quickly as the security situation permits,','Yerbolat Dossayev','Dossayev','said')
q(P,'For five days we could not see prices, and that is worse for a market than any bad news,','Aidos Zhunussov','Aidos Zhunussov','said',note='inverted cue "said NAME, head of trading…"')
q(P,'a disaster for small business','Raimbek Batalov','Raimbek Batalov','called',partial=True,note='"called the situation \\"…\\""')
c(P,'other',1300,'about','businesses damaged or looted in Almaty',ATAM,'about 1,300 businesses had been damaged or looted')
c(P,'detained',5800,None,'people detained across the country',MIA,'5,800 people have been detained')
e(P,'2022-01-10','other','Almaty',['Kazakhstan Stock Exchange'],'resumed trading after a break')
e(P,'2022-01-09','statement',None,['National Bank of Kazakhstan'],'said on Sunday that it had not intervened')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President of Kazakhstan','Head of State','the President'],'Kazakhstan',['the Head of State','He','he','the President'],note='real; words paraphrased or invented'),
 sp('Shavkat Mirziyoyev','person',['Shavkat Mirziyoyev'],['President of the Republic of Uzbekistan'],'Uzbekistan',['The Uzbek leader'],note='real; words invented'),
 sp('Nurlan Dauletbayev','person',['Nurlan Dauletbayev','Dauletbayev'],['Deputy Prosecutor General'],'Kazakhstan',[],['Mr Dauletbayev'],note='invented'),
 sp(KPGO,'organisation',["Prosecutor General's Office"],[],'Kazakhstan',['the statement'],note='the statement quotes itself'),
 sp('Altai Kulginov','person',['Altai Kulginov','Алтай Көлгінов'],['City akim','akim'],'Kazakhstan',['The akim'],note='real akim of Nur-Sultan; words invented; Kazakh Cyrillic form in 1479'),
 sp('Andrei Serdyukov','person',['Andrey Serdyukov'],['Colonel General','Commander of the CSTO Collective Peacekeeping Forces'],'Russia',note='real; words invented; written "Andrey"'),
 sp('Bakytzhan Sagintayev','person',['Bakytzhan Sagintayev'],['Almaty city akim'],'Kazakhstan',['he'],note='real akim of Almaty in January 2022; words invented'),
 sp('Saule Zhakupova','person',['Saule Zhakupova','Zhakupova'],['senior research fellow at the Institute of World Economy and Politics (IWEP)'],'Kazakhstan',['Analyst'],note='invented'),
 sp('Baktybek Bekbolotov','person',['Baktybek Bekbolotov'],['Minister of Defence of the Kyrgyz Republic','Major General'],'Kyrgyzstan',['the minister'],note='real; words invented'),
 sp('Kanat Sydykov','person',['Kanat Sydykov'],['Commander of the contingent','Colonel'],'Kyrgyzstan',['the colonel'],note='invented'),
 sp('Yerbolat Dossayev','person',['Yerbolat Dossayev','Dossayev'],['chairman'],'Kazakhstan',note='real National Bank chairman at the time; words invented'),
 sp('Aidos Zhunussov','person',['Aidos Zhunussov'],['head of trading at an Almaty brokerage'],'Kazakhstan',note='invented'),
 sp('Raimbek Batalov','person',['Raimbek Batalov'],["The chamber's chairman"],'Kazakhstan',note='real Atameken chairman; words invented'),
 sp('Berik Asylov','person',['Berik Asylov'],['Prosecutor General'],'Kazakhstan',quoted=False,note='real; source of the 1477 detention/case figures, not quoted'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='claim source only'),
 sp(KYRMOD,'organisation',['Kyrgyz Defence Ministry','Ministry of Defence of the Kyrgyz Republic'],[],'Kyrgyzstan',quoted=False,note='claim source only'),
 sp(RMOD,'organisation',['Russian Defence Ministry'],[],'Russia',quoted=False,note='claim source only'),
 sp(ATAM,'organisation',['Atameken national chamber of entrepreneurs','Atameken'],[],'Kazakhstan',['The chamber'],quoted=False,note='claim source only'),
 sp(CSTO,'organisation',['CSTO'],[],None,quoted=False,note='event participant; not quoted'),
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
