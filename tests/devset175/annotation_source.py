#!/usr/bin/env python3
"""Source of the devset175 annotation: the hand-chosen spans, values and dates for 1493-1500.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset175/annotation_source.py && python3 tests/devset175/verify.py
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
RYA='Sergey Ryabkov'; SHE='Wendy Sherman'

# ---------------- 1493 SlovoBlog "Word of the Week" language-learning post (9 January 2022, Sunday)
P='1493'
art(P,0,ln(P,'Word of the Week #142:'),ln(P,'Privet, dear learners!'),'SlovoBlog','2022-01-09',['Olga Verner'],None,
    ['SlovoBlog','Learn Russian one word at a time','Home | Word of the Week | Grammar | Podcasts | About Olga',
     'Posted by Olga Verner | 9 January 2022 | Filed under: Word of the Week, Current Events | 14 comments',
     'Tags: на поражение, Tokayev, Kazakhstan, military vocabulary, verbs of motion','14 comments','Reply',
     '© 2022 SlovoBlog. Olga Verner. Content may not be reused without permission.','Powered by WordPress'],
    le=ln(P,'Next week: «миротворцы»'))
q(P,'Я отдал приказ правоохранительным органам и армии открывать огонь на поражение без предупреждения',TOK,'President Kassym-Jomart Tokayev','said',
  note='Russian original in «guillemets»; the full stop is outside the closing mark; the bracketed Cyrillic and strict-transliteration name forms sit between the name and the cue')
q(P,'I have given the order to law enforcement and the army to open fire to kill without warning.',TOK,'President Kassym-Jomart Tokayev',None,
  note='the blogger\'s English translation of the preceding Russian quote, introduced by "In English:" (no speech verb); same speaker')
q(P,'The phrase sounds bureaucratic in Russian, almost dry, and that dryness is exactly what makes it frightening,','Dmitri Saveliev','he','told',
  note='"he told me"; he = the friend Dmitri Saveliev named in the previous sentence')
q(P,'If you translate it softly, you lose the point.','Dmitri Saveliev','he','told',note='continuation after the interposed cue')
q(P,'двадцать тысяч бандитов',TOK,'He','said',partial=True,note='Russian partial in guillemets, followed by a dash and its unquoted English gloss')
c(P,'other',20000,None,'"bandits" who attacked the country',TOK,'twenty thousand bandits',
  note='written-out number in the English gloss of a quoted speech figure; the blogger warns it is unexplained; borderline')
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained by Saturday')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
e(P,'2022-01-07','statement',None,[TOK],'On Friday, President Kassym-Jomart Tokayev')
e(P,'2022-01-08','casualty_report',None,[MIA],'had been detained by Saturday',note='figure "by Saturday"; the report day is Saturday 8 Jan')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the CSTO troops who started landing on Thursday')

# ---------------- 1494 TranslatorsCafe forum thread (10 January 2022, Monday)
P='1494'
art(P,0,2,ln(P,'Dear colleagues, I have a rush job'),'TranslatorsCafe','2022-01-10',[],None,
    ['TranslatorsCafe Forum › Russian <> English › Legal & Political','Thread started by mirela_k (Romania), 10 January 2022, 09:14',
     'Views: 1,208 | Replies: 4','mirela_k','Posted 10.01.2022 09:14','Pavel Gruzdev (Moscow) – Moderator','Bolat_T (Almaty, Kazakhstan)','----',
     'Share this thread | Report | Subscribe','TranslatorsCafe.com – the community for professional translators since 2002 | Terms | Privacy'],
    le=ln(P,'Yes, 2,030 troops and 250 units'))
q(P,'контингент не участвует в действиях против мирного населения','Andrei Serdyukov','General Andrei Serdyukov','said',partial=True,
  note='"said that «…»"; the Cyrillic name and rank follow the Latin name in brackets (генерал-полковник Андрей Сердюков); quoted by the moderator, not a first-hand statement')
q(P,'the contingent does not take part in actions against the civilian population','Andrei Serdyukov','General Andrei Serdyukov',None,partial=True,
  note='the moderator\'s English translation after a dash; no own cue')
q(P,'For us this is not a terminology question, people here are still afraid to go outside after dark,','Bolat_T','Bolat','wrote',
  note='forum user; "Bolat wrote in a second message" (handle Bolat_T in the post header)')
q(P,'Please translate carefully.','Bolat_T','Bolat','wrote',note='continuation after the interposed cue')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'2,030 troops and 250 units of equipment',
  note='the moderator reading the CSTO release; mirela_k\'s "2,030 service personnel" (a question) and the Cyrillic «2030 военнослужащих» are not separate records; 250 units of equipment is not a claim')
e(P,None,'statement',None,['Andrei Serdyukov'],'General Andrei Serdyukov (генерал-полковник',note='undated statement of the CSTO commander')
e(P,'2022-01-10','other','Almaty',[],'where the internet just came back after five days',note='post of 10.01.2022 11:47')
e(P,None,'statement',None,[CSTO],'a Russian press release from the CSTO secretariat',note='undated release being translated')

# ---------------- 1495 Almaty akimat trilingual notice (08.01.2022, Saturday)
P='1495'
art(P,0,ln(P,'Алматы қаласында коменданттық сағат сақталады'),ln(P,'[ҚАЗ] Алматы қаласының коменданттық'),'Akimat of Almaty city','2022-01-08',[],'Almaty',
    ['ALMATY QALASYNYŃ ÁKIMDIGI | АКИМАТ ГОРОДА АЛМАТЫ | AKIMAT OF ALMATY CITY','Қаз | Рус | Eng','Main > Press centre > News','08.01.2022, 19:30',
     'Телефон горячей линии / Hotline: 109','Поделиться / Share: Facebook | Instagram | Telegram','Соңғы жаңалықтар / Latest news',
     '07.01.2022 Қалада интернет ішінара қалпына келтірілді / Internet partially restored in the city',
     '© 2022 Алматы қаласының әкімдігі / Akimat of Almaty city. Материалдарды пайдалану кезінде сілтеме міндетті. / A link is required when using materials.'],
    le=ln(P,'[РУС] Напоминаем'))
q(P,'Қала біртіндеп қалыпты өмірге оралып жатыр, бірақ тұрғындардан сабыр сақтауды сұраймыз','Serik Zhumabayev','Серік Жұмабаев','деді',
  note='Kazakh paragraph: "Name: «…», – деді." (Kazakh "said" after a comma and dash); the name comes before a colon')
q(P,'The city is gradually returning to normal life, but we ask residents to remain patient.','Serik Zhumabayev','Serik Zhumabayev','said',
  note='English version of the same statement; "Deputy akim" title, the Cyrillic name in brackets before "said:"')
q(P,'Residents who have information about looters are asked to call 102,','Department of Police of Almaty','the department','said in a statement',note='102 is a phone number, not a claim')
q(P,'Almaty residents showed that this is their city,','Serik Zhumabayev','he','said',note='he = "Zhumabayev-myrza (Mr Zhumabayev)", a Kazakh honorific glued with a hyphen')
c(P,'detained',1678,None,'people detained in Almaty for taking part in the riots','Department of Police of Almaty','1,678 people had been detained in the city')
e(P,'2022-01-19','state_of_emergency','Almaty',[],'remains in force until 19 January',note='planned end of the state of emergency; the Kazakh paragraph says the same ("19 қаңтарға дейін")')
e(P,'2022-01-08','other','Almaty',[],'on 8 January public transport resumed')
e(P,'2022-01-10','other','Almaty',[],'Banks will remain closed until Monday',note='future Monday after Saturday 8 Jan')
e(P,None,'casualty_report','Almaty',['Department of Police of Almaty'],'The Department of Police of Almaty reported',note='no day word (the notice is of 8 Jan)')
e(P,'2022-01-08','other','Almaty',['Serik Zhumabayev'],'cleaned Republic Square on Saturday morning')

# ---------------- 1496 StreamTube video page with bilingual subtitles (Jan 11, 2022, Tuesday)
P='1496'
art(P,0,4,ln(P,'Residents of Zhanaozen, where'),'Steppe Voices Media','2022-01-11',[],None,
    ['StreamTube','Search','Steppe Voices Media','48.3K subscribers','Subscribe','21,904 views  Jan 11, 2022','#Kazakhstan #Zhanaozen #Жанаозен',
     'Show transcript','Transcript','[music]','3 comments','Sort by','Related videos','About  Press  Copyright  Contact us  Creators  Terms  Privacy'],
    le=ln(P,'"I will believe it when I see it'))
q(P,'Мы просто хотели нормальной жизни','Gulnar Utegenova',None,None,zone='headline',
  note='Russian headline quote; the speaker is identified only in the transcript (0:09, Gulnar Utegenova)')
q(P,'We just wanted a normal life','Gulnar Utegenova',None,None,zone='headline',note='English translation in the same headline after "|"')
q(P,'I will believe it when I see it at the gas station,','Gulnar Utegenova','Utegenova','says',note='present-tense cue inside a subtitle line; the other subtitle lines are unquoted speech and are not quotes')
e(P,'2022-01-02','protest','Zhanaozen',[],'where the protests over gas prices started on 2 January')
e(P,'2022-01-09','other','Zhanaozen',['Steppe Voices Media'],'Filmed on 9 January')
e(P,'2022-01-05','government_resignation',None,['Askar Mamin'],'On 5 January the government of Askar Mamin resigned')

# ---------------- 1497 Obshchina community weekly, English edition (January 13, 2022, Thursday), 3 articles
P='1497'
art(P,0,7,11,'Obshchina','2022-01-13',['Irina Kogan'],None,
    ['ОБЩИНА / OBSHCHINA','The Russian-speaking community weekly of New Jersey – English edition','No. 2 (1187) | January 13, 2022',
     'IN THIS ISSUE: Kazakhstan | Geneva | Community','By Irina Kogan'],ls=7,le=13)
q(P,'I sat by the phone with a candle and prayed,','Lyudmila Sadykova','Lyudmila Petrovna','said',note='name + patronymic (Russian polite form) as the attribution, no surname')
q(P,'Господи, только бы дозвониться','Lyudmila Sadykova','she','added',note='Russian original in guillemets, then a dash and the translation; both share the cue "she added"')
q(P,'Lord, if only I could get through,','Lyudmila Sadykova','she','added',note='translation of the preceding Russian quote')
c(P,'killed',164,None,'people killed in the unrest','Kazakh officials','164 people were killed in the unrest')
c(P,'troops_deployed',2500,'about','CSTO troops sent',CSTO,'sent about 2,500 troops')
e(P,'2022-01-07','other','Almaty',['Lyudmila Sadykova'],'Orthodox Christmas on January 7')
e(P,'2022-01-09','other',None,['Lyudmila Sadykova'],'Her sister called on Sunday')
art(P,1,17,21,'Obshchina','2022-01-13',[],None,['By Staff','***'],ls=17,le=23)
q(P,'difficult, long, very professional',RYA,'Ryabkov','called',art=1,partial=True,note='"called the talks"; the comma and full stop are outside the marks')
q(P,"to slam closed NATO's open-door policy.",SHE,'Sherman','said',art=1,partial=True)
q(P,'In Russian we say «поживём – увидим», we will live and we will see,','Boris Aizenberg','Aizenberg','said',art=1,
  note='nested Russian proverb in guillemets inside the straight-quoted span: one record; the proverb is not separate')
e(P,'2022-01-10','talks','Geneva',[RYA,SHE],'met in Geneva on Monday',art=1)
e(P,None,'statement',None,['Boris Aizenberg'],'told Obshchina that he expected nothing quick',art=1,note='undated interview')
art(P,2,27,31,'Obshchina','2022-01-13',['Irina Kogan'],None,
    ['Advertising: Lawyer Y. Feldman – immigration, real estate. Говорим по-русски.','Subscription: $45 per year | obshchina-nj.com','© 2022 Obshchina Publishing'],ls=27,le=31)
q(P,'Rakhmet, thank you to everyone who gave,','Daniyar Omarov','Omarov','said',art=2,note='Kazakh "Rakhmet" (thank you) followed by its English gloss inside one quote')
e(P,'2022-01-12','other','New Jersey',['Kazakh Cultural Society of New Jersey','Church of St. Nicholas'],'collected $4,300 for families in Almaty by Wednesday',art=2,note='money is not a claim')

# ---------------- 1498 Central Asia Press Watch glossary explainer (12 January 2022, Wednesday)
P='1498'
art(P,0,ln(P,'Explainer: the words you need'),ln(P,'Reports from Kazakhstan are full'),'Central Asia Press Watch','2022-01-12',['Tomasz Wiśniewski'],None,
    ['Central Asia Press Watch','Explainers | Briefings | Newsletter','By Tomasz Wiśniewski, Central Asia Press Watch','Published 12 January 2022',
     'Read next: What is the CSTO? A 2-minute guide','Central Asia Press Watch is an independent media-monitoring project. Contact: desk@capresswatch.org'],
    le=ln(P,'A note on spelling'))
q(P,'Шал, кет!',None,'Protesters','chanted',note='protest chant in Kazakh; speaker = the protesters (no named speaker)')
q(P,'Old man, go!',None,'Protesters',None,note='English gloss of the chant inside the parenthesis "(Shal, ket!, "Old man, go!")"; the transliteration is unquoted')
q(P,'well-trained terrorist groups',TOK,'he','described the attackers as',partial=True,note='English version of the 7 January address')
q(P,'хорошо подготовленные банды',TOK,'the Russian version','says',partial=True,note='the Russian version of the same address (a document) as the attributing mention; speaker Tokayev')
q(P,'a great success',TOK,'Tokayev','told',partial=True,note='"told the Mazhilis that …"')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'numbered 2,030 troops',note='"according to the CSTO secretariat"')
e(P,'2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'On 5 January Tokayev removed Nazarbayev',note='Tokayev took the Security Council chair himself')
e(P,'2022-01-07','statement',None,[TOK],'his 7 January address')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'On 11 January Tokayev told the Mazhilis')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov','Mazhilis'],'the deputies approved him the same day')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin in two days',note='"in two days" from 11 January')

# ---------------- 1499 Eske Alu memorial page (created 13 January 2022, Thursday)
P='1499'
art(P,0,ln(P,'Ерлан Нұрлыбекұлы Қасымов'),ln(P,'Yerlan-aga, as his neighbours'),'Eske Alu','2022-01-13',[],None,
    ['Eske Alu | Еске алу | In Memory','A community memorial page for those who died in January 2022','Home | Names | Share a memory | Қазақша | Русский',
     'Yerlan Nurlybekuly Kassymov','1978 – 2022','Page created 13 January 2022 by the family',
     'Text in English; quotes from the family are given in Kazakh with our translation.','Share a memory | Light a candle (312)',
     'This page is maintained by volunteers. To report an error, write to eskealu.memorial@gmail.com'],
    le=ln(P,'Topyraǵy torqa bolsyn'))
q(P,'Ол ешқашан саясатқа араласқан емес. Ол тек жиенін алып келуге кетті','Gulmira Kassymova','Gulmira-apai','said',
  note='Kazakh original in guillemets, a dash, then the English translation; both share the cue; "-apai" is an honorific')
q(P,'He never took part in politics. He only went to fetch his niece,','Gulmira Kassymova','Gulmira-apai','said')
q(P,'Әкем бәрімізге тірек болды. My father was the support for all of us.','Nursultan','Nursultan','said',
  note='Kazakh sentence and its English translation inside one pair of marks; first name only')
q(P,'by names, not by numbers','Zhanar Abdrakhmanova','Zhanar Abdrakhmanova','said',partial=True)
q(P,'Every name here is a family,','Zhanar Abdrakhmanova','she','said')
c(P,'killed',225,None,'people killed across Kazakhstan',"Prosecutor General's Office",'225 people were killed across Kazakhstan')
c(P,'killed',19,None,'members of the security forces killed',"Prosecutor General's Office",'including 19 members of the security forces',note='a subset of the 225')
e(P,'2022-01-06','other','Almaty',['Yerlan Kassymov'],'On the evening of 6 January he drove')
e(P,'2022-01-08','other','Almaty',[],'found him in the city morgue two days later',note='"two days later" than 6 January')
e(P,None,'other','Almaty',["Almaty prosecutor's office"],'an investigation has been opened',note='undated')
e(P,'2022-01-09','other','Almaty',[],'was held on 9 January at the Nur mosque',note='funeral prayer (janaza)')

# ---------------- 1500 Geneva Diplomatic Monitor annotated transcript (Monday 10 January 2022)
P='1500'
art(P,0,ln(P,'Ryabkov in Geneva:'),ln(P,'Below are excerpts from the press conference'),'Geneva Diplomatic Monitor','2022-01-10',['Lena Hoffmann'],None,
    ['GENEVA DIPLOMATIC MONITOR','Transcripts | Briefings | Calendar | Subscribe','Transcripts > Russia','Monday, 10 January 2022, 21:40 CET',
     'Transcribed and annotated by Lena Hoffmann','Related transcripts: Lavrov, 14 January | Stoltenberg, 12 January',
     '© 2022 Geneva Diplomatic Monitor. Transcripts may be quoted with attribution.'],
    le=ln(P,'The next meetings are the NATO-Russia'))
q(P,'мы не можем позволить себе ещё один провал',RYA,'Ryabkov',None,zone='headline',note='Russian headline quote after "Name in Geneva:"; repeated in the body inside brackets (nested, not a record)')
q(P,'The talks were difficult, long, very professional, deep, concrete, without attempts to gloss over the sharp corners [Russian: «без попыток заретушировать острые углы»].',
  RYA,'Ryabkov',None,note='transcript speaker label "Ryabkov:" (no verb); the bracketed Russian original in guillemets is nested inside and is not a separate record')
q(P,'For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO.',RYA,'Ryabkov',None,
  note='the interpreter\'s note that follows repeats "never, never, ever" (metalinguistic, excluded)')
q(P,'We have no intention to attack Ukraine. There is no reason to fear an escalation scenario.',RYA,'Ryabkov',None)
q(P,'Нет оснований опасаться эскалационного сценария',RYA,'Ryabkov',None,note='Russian original given in parentheses after the English; the full stop is between » and ")"')
q(P,'It is not yet clear. We cannot afford another failure [Russian: «мы не можем позволить себе ещё один провал» – the interpreter said "another fiasco"].',
  RYA,'Ryabkov',None,note='TRAP: a straight-quoted "another fiasco" (the interpreter\'s words) is nested inside the straight-quoted answer; naive pairing splits it. One record; the inner spans are not separate')
q(P,'firmly pushed back',SHE,'Sherman','told reporters',partial=True)
q(P,'simply non-starters',SHE,'Sherman','told reporters',partial=True)
e(P,'2022-01-10','talks','Geneva',[RYA,SHE],'after about eight hours of talks with US Deputy Secretary of State Wendy Sherman')
e(P,'2022-01-10','statement','Geneva',[RYA],'the press conference given by Russian Deputy Foreign Minister')
e(P,'2022-01-10','statement',None,[SHE],'Sherman told reporters by telephone')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'the OSCE Permanent Council in Vienna on Thursday')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Касым-Жомарт Токаев','Kasym-Zhomart Tokaev','Tokaev','Toqaev'],['President'],'Kazakhstan',
    ['He','he','the Russian version'],["Tokayev's"],note='real; words paraphrased from his addresses of 7 and 11 January; Cyrillic and two Latin transliterations given in 1493 and 1498'),
 sp('Dmitri Saveliev','person',['Dmitri Saveliev'],['court interpreter'],'Germany',['he'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Андрей Сердюков'],['General','генерал-полковник','Colonel General'],'Russia',note='real CSTO commander; words invented'),
 sp('Bolat_T','person',['Bolat_T','Bolat'],[],'Kazakhstan',note='invented forum user known by handle and first name'),
 sp('Serik Zhumabayev','person',['Serik Zhumabayev','Серік Жұмабаев','Zhumabayev'],['Deputy akim','Қала әкімінің орынбасары'],'Kazakhstan',['he'],['Zhumabayev-myrza','Mr Zhumabayev'],note='invented; "-myrza" is a Kazakh honorific'),
 sp('Department of Police of Almaty','organisation',['Department of Police of Almaty'],[],'Kazakhstan',['the department']),
 sp('Gulnar Utegenova','person',['Gulnar Utegenova','Utegenova','Гульнар Утегенова'],['teacher','учительница'],'Kazakhstan',note='invented'),
 sp('Lyudmila Sadykova','person',['Lyudmila Petrovna Sadykova','Людмила Петровна Садыкова','Lyudmila Petrovna'],[],'United States',['she'],note='invented; name + patronymic as the attribution'),
 sp(RYA,'person',['Sergey Ryabkov','Ryabkov','Сергей Рябков','Sergey Alexeyevich Ryabkov','Сергей Алексеевич Рябков'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',[],['Gospodin Ryabkov'],note='real; words paraphrased/invented'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',['She'],note='real; words paraphrased'),
 sp('Boris Aizenberg','person',['Boris Aizenberg','Aizenberg'],['retired diplomat'],'United States',note='invented'),
 sp('Daniyar Omarov','person',['Daniyar Omarov','Omarov'],['Society chair'],'United States',note='invented'),
 sp('Gulmira Kassymova','person',['Gulmira Kassymova','Гүлмира Қасымова'],['His wife'],'Kazakhstan',[],['Gulmira-apai'],note='invented; "-apai" is an honorific'),
 sp('Nursultan','person',['Nursultan'],['His eldest son'],'Kazakhstan',note='invented; first name only'),
 sp('Zhanar Abdrakhmanova','person',['Zhanar Abdrakhmanova','Жанар Әбдірахманова'],['a volunteer with the Eske Alu project'],'Kazakhstan',['she'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry','МВД'],[],'Kazakhstan',quoted=False,note='source of figures in 1493; not quoted'),
 sp(CSTO,'organisation',['CSTO','ODKB','ОДКБ','ҰҚШҰ','Collective Security Treaty Organisation'],[],None,['the Russian-led alliance'],quoted=False,note='source of troop figures; not quoted'),
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
