#!/usr/bin/env python3
"""Source of the devset21 annotation: the hand-chosen spans, values and dates for 261-268.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset21/annotation_source.py && python3 tests/devset21/verify.py
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



KYMOD='Kyrgyz Defence Ministry'; OTS='Organization of Turkic States'; HEALTH='Kazakh Ministry of Health'
AZEMB='Embassy of Azerbaijan in Kazakhstan'; TIL='Mukhtar Tileuberdi'

# ---------------- 261 Foreign Policy "Morning Brief" newsletter (JANUARY 11, 2022, a Tuesday)
art('261',0,4,5,'Foreign Policy','2022-01-11',['Colm Quinlan'],None,
    ['FOREIGN POLICY','MORNING BRIEF','By Colm Quinlan, the writer of Foreign Policy’s Morning Brief.','JANUARY 11, 2022, 6:00 AM',
     'If you would like to receive Morning Brief in your inbox every weekday, please sign up here.','That’s it for today.',
     'For more on these stories and others, visit ForeignPolicy.com, and follow us on Twitter at @ForeignPolicy.',
     'Colm Quinlan is the writer of Foreign Policy’s Morning Brief. Twitter: @cquinlan_fp'],
    sections=(ln('261','Geneva Ends in a Draw'),ln('261','Kazakhstan’s Numbers Keep Climbing'),ln('261','What We’re Following Today')))
q('261','ironclad, legally binding guarantees','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',partial=True)
q('261','difficult but businesslike.','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','called',partial=True,note='"and called the conversation “…”" (second verb of the same sentence); full stop inside the closing mark')
q('261','pushed back firmly on proposals that are simply non-starters.','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','said',partial=True)
q('261','We don’t know. Only Moscow can answer that question.','Wendy Sherman','Sherman','said',note='"Sherman said: “…”" (colon before the quote, speaker before the quote)')
q('261','The main task has been fulfilled, and the constitutional order is restored,',TOK,'Tokayev','told')
q('261','rock the boat at home','Vladimir Putin','Russian President Vladimir Putin','said',partial=True,note='"speaking at the same session, said …"; words invented')
c('261','troops_deployed',100000,'about',"Russian troops massed near Ukraine's border",'U.S. officials','about 100,000 troops near Ukraine’s border')
c('261','detained',7939,None,'people detained since the unrest began','Kazakh authorities','7,939 people had been detained')
c('261','killed',164,None,'death toll of the unrest','health officials','put the death toll at 164')
c('261','troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',None,'roughly 2,030 troops',note='"roughly" → about')
e('261','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'at the U.S. mission in Geneva on Monday')
e('261','2022-01-12','talks','Brussels',['NATO','Russia'],'The talks move to Brussels on Wednesday',note='future')
e('261','2022-01-13','talks','Vienna',['OSCE','Russia','United States'],'conclude Thursday at the Organization for Security',note='future; bare "Thursday" without "on"')
e('261','2022-01-10','casualty_report',None,[],'Kazakh authorities said on Monday')
e('261','2022-01-02','protest','Kazakhstan',[],'since the unrest began on Jan. 2')
e('261','2022-01-09','other',None,[],'briefly vanished from an official Telegram channel the day before',note='"the day before" relative to Monday 10 Jan (not to the publication date)')
e('261','2022-01-11','statement',None,[TOK],'is due to address parliament today',note='future, "today" = publication day')
e('261','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'Tokayev told a CSTO video summit on Monday',note='CSTO summit session')

# ---------------- 262 Report.az item (06 January, 2022, a Thursday)
art('262',0,4,9,'Report.az','2022-01-06',[],'Baku',
    ['Report.az','Home / Foreign policy','06 January, 2022 17:44','Foreign policy','Tags: Kazakhstan, CSTO, Sevinj Hasanova, Milli Majlis',
     'Subscribe to Report.az on Telegram','© 2022 Report.az. All rights reserved. When citing, a hyperlink to Report.az is required.'])
q('262','Kazakhstan will come out of this crisis stronger','Sevinj Hasanova','Azerbaijani MP',None,zone='headline',note='"Azerbaijani MP: "…"" headline (colon, no verb), as devset 218; repeated inside the body quote')
q('262','Kazakhstan is a brotherly country for us, and what happens there is not foreign to Azerbaijan. I am sure that Kazakhstan will come out of this crisis stronger,','Sevinj Hasanova','the MP','said')
q('262','organized from outside and aimed at the unity of the Kazakh people.','Sevinj Hasanova','her','According to',partial=True,note='"According to her, the events were "…""; full stop inside the mark')
q('262','Azerbaijan is not a member of the CSTO, but we respect the sovereign choice of Nur-Sultan,','Sevinj Hasanova','she','stressed')
q('262','So far, no Azerbaijani citizen has been among the dead or the injured. Our citizens can contact the embassy around the clock,',AZEMB,"the embassy's statement",'reads',note='"the embassy\'s statement reads"')
c('262','killed',8,None,'police officers and national guard servicemen killed',MIA,'8 police officers and national guard servicemen were killed',note='"Report informs, citing Kazakh media, that …, according to the Interior Ministry" (chain of sources)')
c('262','injured',317,None,'police officers and national guard servicemen injured',MIA,'317 were injured')
c('262','detained',2000,'more than','people detained in Almaty','Almaty police department','More than 2,000 people were detained in Almaty alone')
e('262',None,'statement',None,['Sevinj Hasanova'],'member of the Milli Majlis Sevinj Hasanova told Report',note='no day word (dateline 6 January)')
e('262',None,'statement',None,[AZEMB],'Earlier, the Embassy of Azerbaijan in Kazakhstan urged citizens',note='"Earlier"')
e('262','2022-01-05','other',None,['Azerbaijan Airlines'],'Azerbaijan Airlines (AZAL) said on Wednesday',note='flight cancellations; Wednesday before Thursday 6 Jan')
e('262','2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the government')
e('262','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency in the country')
e('262','2022-01-05','other',None,[TOK,CSTO],'he appealed to the CSTO for help',note='"Later the same night" after "On January 5"; request for CSTO help')
e('262','2022-01-02','protest','Zhanaozen',[],'The protests began on January 2 in the city of Zhanaozen')

# ---------------- 263 Kaktus.media piece in translation (10.01.2022, a Monday)
art('263',0,4,12,'Kaktus.media','2022-01-10',['Aidai Toktosunova'],None,
    ['KAKTUS.MEDIA','News · Society','10.01.2022 11:26','Author: Aidai Toktosunova','Translated from Russian by the editorial team',
     'Photo: a checkpoint on the Kyrgyz-Kazakh border. Archive of Kaktus.media','If you notice a mistake, select it and press Ctrl+Enter.',
     'Share: Facebook · Telegram · WhatsApp · VK'])
q('263','We found out from Facebook',None,'families of Kyrgyz servicemen',None,zone='headline',note='headline quote followed by a colon; collective anonymous speaker')
q('263','Our military personnel are not participating in the dispersal of citizens and do not use weapons against the civilian population,',KYMOD,'the press service of the ministry','said')
q('263','sounds calm.',None,'The father of another serviceman','told',partial=True,note='anonymous father; "told us that his son … and "sounds calm.""')
q('263','in a hurry, without a serious discussion.','Dastan Bekeshev','Deputy Dastan Bekeshev','wrote',partial=True)
q('263',"Kyrgyz soldiers should not become hostages of someone else's political crisis.",'Dastan Bekeshev','him','According to',note='a whole sentence after "According to him," (not partial)')
q('263','Kyrgyz soldiers, come home',None,None,None,note='placard slogan ("with placards "…""), like the gold\'s "Say no to Putin"')
q('263','exactly as long as it is needed by the fraternal people, not a day longer.','Sadyr Japarov','President Sadyr Japarov','said',partial=True)
q('263','The situation in Almaty has stabilized, there are no losses among our servicemen,','Baktybek Bekbolotov','Defense Minister Baktybek Bekbolotov','told',note='inverted: "…," Defense Minister … told journalists on Sunday')
c('263','troops_deployed',150,None,'Kyrgyz servicemen in Kazakhstan',KYMOD,'150 servicemen of the Armed Forces of Kyrgyzstan')
c('263','detained',6,None,'participants of the protest at the Russian embassy in Bishkek',None,'Police detained 6 participants of the action',note='protest in Bishkek against the deployment (borderline scope); released the same evening')
c('263','troops_deployed',2030,'about','CSTO servicemen in total',None,'about 2,030 servicemen from Russia')
e('263','2022-01-10','statement',None,[KYMOD],'the Ministry of Defense of the Kyrgyz Republic reported today')
e('263','2022-01-07','troop_deployment','Kazakhstan',['Kyrgyzstan'],'They flew from the Kant airbase on the night of January 7')
e('263','2022-01-06','other','Bishkek',['Jogorku Kenesh'],'the Jogorku Kenesh approved sending the contingent',note='parliament vote')
e('263','2022-01-06','protest','Bishkek',[],'several dozen people gathered at the Russian embassy in Bishkek',note='"The same day" = January 6')
e('263',None,'statement',None,['Dastan Bekeshev'],'wrote on his page',note='undated')
e('263',None,'statement',None,['Sadyr Japarov'],'said last week that the contingent',note='"last week" is not a day')
e('263','2022-01-09','statement',None,['Baktybek Bekbolotov'],'told journalists on Sunday',note='Sunday before Monday 10 Jan')
e('263','2022-01-06','other',None,[CSTO,TOK],'the CSTO Collective Security Council decided on January 6',note='decision to send peacekeepers')

# ---------------- 264 IRNA item (Jan 7, 2022, a Friday)
art('264',0,4,9,'IRNA','2022-01-07',[],'Tehran',
    ['IRNA English','Politics','Jan 7, 2022, 3:25 PM','News ID: 84603371','**2045','Follow us on Twitter @IrnaEnglish'])
q('264','The Islamic Republic of Iran considers the developments in Kazakhstan an internal matter of this country and believes that the problems should be resolved through peaceful means and dialogue,','Saeed Khatibzadeh','Khatibzadeh','said')
q('264','some foreign parties','Saeed Khatibzadeh','He','warned',partial=True,note='three-word partial with a speech verb')
q('264','the interference of those who seek instability in the region will only make the situation more complicated.','Saeed Khatibzadeh','He','adding',partial=True,note='", adding that “…”" in the same sentence')
q('264','We are confident that the wise government and people of Kazakhstan will overcome these difficult conditions,','Hossein Amir-Abdollahian','the Iranian top diplomat','said',note='title-only mention; "according to the Foreign Ministry\'s website" follows')
q('264','an attack by well-trained terrorist groups,',TIL,'the Kazakh foreign minister','Stressing',partial=True,note='participle cue before the quote, speaker after it')
c('264','killed',26,None,'armed rioters killed','Kazakh officials','26 armed rioters have been killed')
c('264','detained',3000,'more than','people detained','Kazakh officials','more than 3,000 people detained so far')
c('264','killed',18,'about','members of the security forces killed','Kazakh officials','Some 18 members of the security forces also lost their lives',note='"Some" → about')
c('264','troops_deployed',2000,'more than','CSTO troops dispatched to Kazakhstan','Russian media','Over 2,000 troops from the Russia-led',note='"Over" → more than')
e('264','2022-01-07','statement',None,['Saeed Khatibzadeh'],'Khatibzadeh said on Friday')
e('264','2022-01-06','talks',None,['Hossein Amir-Abdollahian',TIL],'held a phone conversation with his Kazakh counterpart Mukhtar Tileuberdi on Thursday evening')
e('264','2022-01-02','protest','western Kazakhstan',[],'started last Sunday with protests against a sharp increase in fuel prices',note='"last Sunday" from Friday 7 Jan')
e('264',None,'troop_deployment','Kazakhstan',[CSTO],'have been dispatched to the country',note='undated')

# ---------------- 265 Hurriyet Daily News piece (January 11 2022, a Tuesday)
art('265',0,4,9,'Hürriyet Daily News','2022-01-11',[],'ANKARA',
    ['Hürriyet Daily News','TÜRKİYE > DIPLOMACY','ANKARA','January 11 2022 18:32:00','Kazakhstan, Türkiye, Tokayev, Çavuşoğlu, Organization of Turkic States',
     'RECOMMENDED','Turkish citizens in Kazakhstan urged to stay indoors','Erdoğan holds phone call with Kazakh president','© 2022 Hürriyet Daily News. All rights reserved.'])
q('265','We stand with the brotherly people of Kazakhstan in these difficult days. Stability in Kazakhstan is the stability of the whole Turkic world,','Mevlüt Çavuşoğlu','Turkish Foreign Minister Mevlüt Çavuşoğlu','said')
q('265','experience and capacity','Mevlüt Çavuşoğlu','Çavuşoğlu','said',partial=True)
q('265','the acts of violence and the attempts to undermine constitutional order',OTS,'the ministers','condemned',partial=True,note='"In a joint statement …, the ministers condemned “…”"')
q('265','The situation is fully under control, and the CSTO peacekeepers will begin to leave the country in two days,',TIL,'Tileuberdi','told',note='a duration inside the quote')
q('265','will continue to stand by Kazakhstan,','Recep Tayyip Erdoğan','Erdogan','said',partial=True,note='spelt without the breve here ("Erdogan"), "Erdoğan" in the line before; reported via the Communications Directorate statement')
q('265','The Turkic world waited a full week to say a single word,','Mehmet Ali Karabulut','Mehmet Ali Karabulut','said',note='inverted: "…," said NAME, a deputy from …')
c('265','killed',164,None,'people dead in the unrest','Kazakh authorities','has left 164 people dead')
c('265','detained',9900,'more than','people detained','Kazakh officials','more than 9,900 have been detained')
e('265','2022-01-11','talks',None,[OTS,'Mevlüt Çavuşoğlu',TIL],'held an extraordinary meeting via video conference on Jan. 11')
e('265','2022-01-11','statement',None,[OTS],'In a joint statement released after the meeting',note='after the 11 Jan meeting')
e('265','2022-01-10','talks',None,['Recep Tayyip Erdoğan',TOK],'by phone on Monday')
e('265','2022-01-09','casualty_report',None,[],'according to figures published by Kazakh authorities on Jan. 9')
e('265','2022-01-11','casualty_report',None,[],'Kazakh officials said on Jan. 11')
e('265',None,'statement',None,['Turkish Foreign Ministry'],'the Foreign Ministry said last week',note='"last week" is not a day')

# ---------------- 266 CGTN TV transcript (13-Jan-2022, a Thursday)
art('266',0,4,9,'CGTN','2022-01-13',[],None,
    ['CGTN','World Today | Transcript','13-Jan-2022','Editor: Zhang Lin','[END]','Copyright © 2022 CGTN. Beijing ICP prepared NO.16065310-3'])
q('266','has justified itself.',TOK,'President Kassym-Jomart Tokayev','adding',partial=True,note='inside the reporter\'s spoken turn; "told parliament that …, adding that the mission “…”"')
q('266','the measures taken by the Kazakh authorities to restore order','Xi Jinping','Xi','said',partial=True,note='"Xi said China firmly supports "…"" ; words invented')
q('266','willing to provide necessary support','Wang Yi','Wang','said',partial=True)
c('266','troops_deployed',2000,'more than','servicemen who took part in the CSTO operation','Kazakh side','more than 2,000 servicemen')
c('266','other',250,'about','units of military equipment in the CSTO operation','Kazakh side','about 250 units of military equipment',note='equipment, not troops')
c('266','detained',9900,None,'people detained',"Kazakh Prosecutor General's Office",'9,900 people have been detained')
c('266','killed',164,None,'official death toll',None,'The official death toll stands at 164')
e('266','2022-01-13','withdrawal','Almaty',[CSTO,'Andrei Serdyukov'],'A farewell ceremony was held here in Almaty on Thursday morning',note='ceremony marking the start of the withdrawal')
e('266','2022-01-11','statement',None,[TOK],'On Tuesday, President Kassym-Jomart Tokayev told parliament')
e('266','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'appointed a new prime minister, Alikhan Smailov, on the same day')
e('266','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to President Tokayev last Friday',note='"last Friday" from Thursday 13 Jan')
e('266','2022-01-10','talks',None,['Wang Yi',TIL],'also spoke with his Kazakh counterpart Mukhtar Tileuberdi on Monday')
e('266',None,'protest','Almaty',[],'which was burned by rioters last week',note='"last week"')

# ---------------- 267 Quora answer (Answered January 12, 2022, a Wednesday)
art('267',0,4,10,'Quora','2022-01-12',['Timur Abenov'],None,
    ['Quora','Home   Following   Answer   Spaces   Notifications   Search Quora','Timur Abenov',
     'Lived in Almaty, Kazakhstan (2009–present) · Author has 312 answers and 1.1M answer views','Answered January 12, 2022',
     '9.4K views · View upvotes · View shares','Upvote · 2.1K   Share · 48   Comments · 112','Related questions',
     'Is Kazakhstan going to become part of Russia?','What is the CSTO and who are its members?','Why did fuel prices in Kazakhstan rise so much in 2022?'])
q('267','to fire without warning,',TOK,'He','said',partial=True,note='He = Tokayev ("Tokayev\'s own words were pretty clear.")')
q('267','those who do not surrender will be destroyed.',TOK,'He','said',partial=True,note='second partial of the same sentence ("and that “…”")')
q('267','They just say wait,',None,'my friend','told',note='anonymous friend of the author')
q('267','as soon as the job is done','Vladimir Putin','Putin','said',partial=True,note='full stop outside the closing mark')
c('267','troops_deployed',2030,'about','CSTO soldiers who came to Kazakhstan',None,'Officially about 2,030 soldiers came',note='"Officially" with no named source')
c('267','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits attacked Almaty')
c('267','killed',164,None,'people who died','the government','The government says 164 people died')
e('267','2022-01-02','protest','Zhanaozen',[],'The protests started on January 2 in Zhanaozen')
e('267','2022-01-05','protest','Almaty',[],'on Wednesday evening the akimat (city hall) was burning',note='"By last Wednesday" / "on Wednesday evening" from Wednesday 12 Jan = 5 Jan')
e('267','2022-01-05','statement',None,[TOK,CSTO],'That night Tokayev went on TV',note='request for CSTO help announced; "That night" = 5 Jan')
e('267',None,'statement',None,['Nikol Pashinyan',CSTO],'Pashinyan had to announce it',note='undated')
e('267','2022-01-07','troop_deployment','Almaty',['Russia'],'I saw them myself near the airport on Friday',note='an observation; Friday before Wednesday 12 Jan')
e('267','2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'On January 5 he removed Nazarbayev as head of the Security Council')
e('267','2022-01-08','arrest',None,['Karim Masimov'],'three days later the former KNB chief Karim Masimov was arrested',note='"three days later" after 5 January')
e('267','2022-01-07','statement',None,[TOK],'That was last Friday.',note='"fire without warning" speech')
e('267','2022-01-11','statement',None,[TOK],'Tokayev told parliament yesterday')
e('267','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal starts tomorrow',note='future')
e('267','2022-01-10','talks',None,['Vladimir Putin',CSTO],'at the CSTO video meeting on Monday')

# ---------------- 268 bne IntelliNews paywalled briefing (January 10, 2022, a Monday)
art('268',0,4,9,'bne IntelliNews','2022-01-10',[],None,
    ['bne IntelliNews','Eurasia > Kazakhstan','By bne IntelliNews','January 10, 2022',
     'This article is for subscribers only. To continue reading, subscribe or log in.','Subscribe from $20 a month  |  Already a subscriber? Log in',
     'Share:  Twitter  LinkedIn  Facebook  Email','Related articles',"Kazakhstan's Tokayev asks Russia-led bloc for help as protests spread",
     'Tenge under pressure as Kazakh unrest hits markets'])
q('268','The currency held up much better than in 2015. The central bank had the reserves and used them,','Yevgeny Ruzin','Yevgeny Ruzin','said',note='inverted: "…," said NAME, chief economist at …; a year inside the quote')
q('268','a technical error.',HEALTH,'the health ministry','calling',partial=True,note='"withdrew the figure …, calling it “…”"')
q('268',"Investors had priced Kazakhstan as the boring, stable one in Central Asia. That premium is gone for now,",None,'a London-based fund manager','told',note='anonymous')
q('268','the real question is how long the soldiers stay, and what Moscow asks for in return.','Yevgeny Ruzin','ruzin','According to',note='surname in lower case ("According to ruzin,"), a source typo')
c('268','killed',164,None,'people who died, including three children','Kazakh authorities','164 people, including three children, had died',note='the figure was withdrawn the same evening; "three children" is a subset')
c('268','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('268','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces had been killed',note='"two of them decapitated" is a subset, not a claim')
c('268','troops_deployed',2030,None,'CSTO peacekeeping contingent',CSTO,'numbers 2,030 troops',note='"the CSTO secretariat said"')
e('268','2022-01-10','other','Almaty',[],'banks reopened in Almaty on January 10')
e('268','2022-01-09','casualty_report',None,[],'Kazakh authorities said on January 9')
e('268','2022-01-09','other',None,[HEALTH],'the health ministry withdrew the figure on Sunday evening')
e('268','2022-01-10','casualty_report',None,[MIA],'The interior ministry said on Monday')
e('268','2022-01-07','statement',None,['Kazatomprom'],"Kazatomprom, the world's largest uranium producer, said on January 7")
e('268','2022-01-07','statement',None,["Moody's"],"Moody's said on Friday")
e('268','2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'who on January 5 accepted the resignation of the government of Askar Mamin')
e('268','2022-01-11','other',None,[TOK],'present a new cabinet to parliament on Tuesday',note='future')
e('268',None,'other','Tengiz',['Tengizchevroil'],'Chevron-led Tengizchevroil reduced output temporarily',note='undated')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['He'],["Tokayev's"]),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='spelt "Sergei" here; canonical from earlier sets'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Sevinj Hasanova','person',['Sevinj Hasanova','Hasanova'],['member of the Milli Majlis'],'Azerbaijan',['Azerbaijani MP','the MP','her','she'],note='invented'),
 sp(AZEMB,'organisation',['Embassy of Azerbaijan in Kazakhstan'],[],'Azerbaijan',["the embassy's statement"]),
 sp(KYMOD,'organisation',['Ministry of Defense of the Kyrgyz Republic'],[],'Kyrgyzstan',['the press service of the ministry']),
 sp('Dastan Bekeshev','person',['Dastan Bekeshev'],['Deputy'],'Kyrgyzstan',['him'],note='words invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan',note='words invented'),
 sp('Baktybek Bekbolotov','person',['Baktybek Bekbolotov'],['Defense Minister'],'Kyrgyzstan',note='words invented'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],['Iranian Foreign Ministry Spokesman'],'Iran',['He','The spokesman'],note='words invented'),
 sp('Hossein Amir-Abdollahian','person',['Hossein Amir-Abdollahian','Amir-Abdollahian'],['Iranian Foreign Minister'],'Iran',['the Iranian top diplomat'],note='words invented'),
 sp(TIL,'person',['Mukhtar Tileuberdi','Tileuberdi'],['Kazakh Foreign Minister'],'Kazakhstan',['the Kazakh foreign minister'],note='words invented'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Turkish Foreign Minister'],'Türkiye',note='words invented'),
 sp(OTS,'organisation',['Organization of Turkic States','OTS'],[],None,['the ministers']),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdoğan','Erdoğan','Erdogan'],['President'],'Türkiye',note='with and without the breve'),
 sp('Mehmet Ali Karabulut','person',['Mehmet Ali Karabulut'],['a deputy from the İYİ (Good) Party'],'Türkiye',note='invented'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China',note='words invented'),
 sp('Wang Yi','person',['Wang Yi','Wang'],['Chinese Foreign Minister'],'China',note='words invented'),
 sp(HEALTH,'organisation',['health ministry'],[],'Kazakhstan',['the health ministry']),
 sp('Yevgeny Ruzin','person',['Yevgeny Ruzin','ruzin'],['chief economist at Steppe Capital in Almaty'],'Kazakhstan',note='invented; lower-case "ruzin" is a source typo'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','commander of the peacekeeping forces'],'Russia',quoted=False,note='speaks only in an unquoted TV soundbite (266)'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of figures; mentioned in every file'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 262 and 268'),
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
