#!/usr/bin/env python3
"""Source of the devset163 annotation: the hand-chosen spans, values and dates for 1397-1404.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset163/annotation_source.py && python3 tests/devset163/verify.py
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
    A.append(dict(doc=f,index=index,headline=L[headline_line-1] if headline_line else None,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RMOD='Russian Defence Ministry'
PRES='Kazakh Presidential Press Office'; BMOD='Belarusian Defence Ministry'; PASH='Nikol Pashinyan'

# ---------------- 1397 RT news item with an embedded tweet (10 Jan, 2022 12:41, Monday)
P='1397'
art(P,0,ln(P,"Ryabkov says Moscow 'will not budge'"),ln(P,"Moscow is going into Monday's talks"),'RT','2022-01-10',[],None,
    ['RT','Question more','News | Russia & FSU | World News | Business | Op-ed | Shows | Projects | Podcasts','Russia & FSU',
     '10 Jan, 2022 12:41 / Updated 2 years ago','Get short URL',
     'Russian Deputy Foreign Minister Sergey Ryabkov arrives at the US Mission in Geneva, January 10, 2022. © Sputnik / Pavel Bednyakov',
     "READ MORE: CSTO troops will leave Kazakhstan 'once the job is done' – Putin",'Like this story? Share it with a friend!',
     "Subscribe to RT newsletter to get stories the mainstream media won't tell you.",'Trends:','Kazakhstan unrest','Russia-NATO talks',
     'Comments (214)','RT News App','© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2022. All rights reserved.'])
q(P,'no way','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','said',partial=True,note='two-word partial after "said there was"')
q(P,'We will not make any concessions under pressure, and we will not agree to anything that undermines our security,','Sergey Ryabkov','he','said')
q(P,'complex, but businesslike.','Sergey Ryabkov','The Russian diplomat','described',partial=True,note='"described that meeting as"; full stop inside the mark; Sherman named inside the same sentence (nearest-name trap)')
q(P,'with a clear understanding','Sergey Ryabkov','He','added',partial=True)
q(P,'about 2,030 servicemen and 250 units of equipment','Vladimir Putin','Russian President Vladimir Putin','told',partial=True)
q(P,'limited in time.','Vladimir Putin','Russian President Vladimir Putin','told',partial=True,note='second partial of the same "told the meeting that" sentence')
q(P,"We will not allow the situation in our own home to be rocked, and we will not allow so-called 'color revolution' scenarios to be implemented,",'Vladimir Putin','Putin','said',note="nested single-quoted 'color revolution' kept inside the one record")
q(P,"an attempted coup d'etat",TOK,'Tokayev','told',partial=True,note='"told his counterparts that the unrest had been"; the following "armed militants." is a label and is excluded')
q(P,'spent a week hunting for Russian tanks on the streets of Almaty','Maria Zakharova','Maria Zakharova','writing',partial=True,note='written on Telegram; participle cue "writing that"')
q(P,'fully restored',PRES,"Tokayev's office",'said',partial=True,note="the office, not Tokayev, is the speaker; possessive name form")
c(P,'troops_deployed',2030,'about','CSTO servicemen deployed to Kazakhstan','Vladimir Putin','about 2,030 servicemen',note='inside Putin\'s partial quote; "250 units of equipment" is not a claim')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman','Russia','United States'],'sat down in Geneva')
e(P,'2022-01-09','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'had a working dinner with US Deputy Secretary of State Wendy Sherman on Sunday evening')
e(P,'2022-01-10','statement',None,['Wendy Sherman'],"set out Washington's line on Twitter",note='the embedded tweet is dated January 10, 2022; its text has no quote marks and is not a quote record')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'sent troops into Kazakhstan last week',note='"last week" only (real: 6 Jan)')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'held an extraordinary video summit',note='"On Monday" opens the sentence')
e(P,None,'statement',None,['Maria Zakharova'],'took aim at Western coverage on her Telegram channel',note='undated')
e(P,'2022-01-10','casualty_report','Nur-Sultan',[MIA],'the Kazakh Interior Ministry said on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'sit down with NATO in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'(OSCE) in Vienna on Thursday')

# ---------------- 1398 TASS live feed (7 JAN, 23:55; Friday 7 January 2022)
P='1398'
art(P,0,ln(P,'Riots in Kazakhstan: live updates'),ln(P,'Kazakh President Kassym-Jomart Tokaev said he had'),'TASS','2022-01-07',[],None,
    ['TASS','Russian News Agency','RUSSIAN POLITICS & DIPLOMACY | WORLD | BUSINESS & ECONOMY | MILITARY & DEFENSE | SCIENCE & SPACE | EMERGENCIES | SOCIETY & CULTURE | SPORT','World',
     'The feed is updated as events unfold. All times are Moscow time (GMT+3).','7 JAN, 23:55','23:55','22:40','21:15','19:02','17:30','15:48','12:10','09:05',
     'Read also','CSTO Collective Security Council to hold extraordinary session on Monday','Peacekeepers from Armenia, Tajikistan and Kyrgyzstan arrive in Kazakhstan',
     'Tags','Riots in Kazakhstan','© TASS 1999-2022. All rights reserved. Reproduction of materials is allowed only with reference to TASS.'])
q(P,'What negotiations can there be with criminals and murderers?',TOK,'the head of state','said',note='question mark inside the quote; title-only inverted cue "the head of state said in a televised address"')
q(P,'to open fire to kill without warning.',TOK,'He','said',partial=True,note='wording of the order; kept as a partial because a speech verb and speaker introduce it')
q(P,'the Almaty airport and several vital facilities','Igor Konashenkov','Ministry spokesman Major General Igor Konashenkov','said',partial=True)
q(P,'The main task of the contingent is to protect important state and military facilities,','Andrei Serdyukov','Serdyukov','said')
q(P,'will not take part','Andrei Serdyukov','Serdyukov','adding',partial=True)
q(P,'agreed to stay in constant contact.','Dmitry Peskov','Peskov','told reporters',partial=True,note='Putin and Tokaev named in the preceding sentence (nearest-name trap)')
q(P,'a question for the CSTO.','Dmitry Peskov','He','noting',partial=True)
q(P,'up to 500 servicemen,',BMOD,'the ministry','said',partial=True,note='the ministry = the Belarusian Defense Ministry named at the start of the entry')
q(P,'largely restored',TOK,'Tokaev','said',partial=True)
q(P,'The counter-terrorist operation continues. The militants have not laid down their arms,',TOK,'he','said')
c(P,'aircraft',70,'more than','aircraft used to airlift Russian troops',RMOD,'more than 70 aircraft')
c(P,'killed',26,None,'armed rioters "eliminated"',MIA,'26 armed criminals had been eliminated')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained')
c(P,'killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers have been killed')
c(P,'injured',748,None,'law enforcement officers injured',MIA,'748 injured')
c(P,'troops_deployed',500,'up to','Belarusian servicemen sent to Kazakhstan',BMOD,'up to 500 servicemen',note='inside a partial quote; "103rd" brigade is not a number to extract')
e(P,'2022-01-07','statement',None,[TOK],'in a televised address',note='entry 23:55 of the 7 Jan feed')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'landed at an airfield near Almaty on Thursday')
e(P,'2022-01-07','other','Kazakhstan',['Andrei Serdyukov','Kazakh armed forces'],'held a meeting with the leadership of the Kazakh armed forces',note='entry 21:15; past tense within the feed day')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry reported',note='entry 19:02 of the 7 Jan feed')
e(P,None,'talks',None,['Vladimir Putin',TOK],'had held another telephone conversation',note='the call itself is undated (likely 7 Jan)')
e(P,None,'troop_deployment',None,[BMOD],'had flown out',note='undated; the ministry reported it in the 15:48 entry of 7 Jan')
e(P,'2022-01-07','statement',None,[TOK],'in a morning address to the nation',note='entry 12:10 of the 7 Jan feed')
e(P,'2022-01-05','protest','Almaty',[],'seized by rioters on Wednesday evening',note='Almaty airport')
e(P,'2022-01-06','other','Almaty',['Kazakh security forces'],'retaken by security forces on Thursday',note='Almaty airport')

# ---------------- 1399 Sputnik photo gallery (16:04 GMT 08.01.2022, Saturday)
P='1399'
art(P,0,ln(P,'In Photos: CSTO Peacekeepers Take Up Positions'),ln(P,'Servicemen from Russia, Belarus, Armenia'),'Sputnik International','2022-01-08',[],None,
    ['SPUTNIK INTERNATIONAL','World | Russia | Military | Beyond Politics | Analysis | Multimedia | Radio','Multimedia > Photo','16:04 GMT 08.01.2022','Get short URL','0   0   0','Subscribe',
     '1 / 8','© Sputnik / Vladimir Astapkovich','2 / 8','© Sputnik / Russian Defence Ministry','4 / 8','© Sputnik / Handout','© Sputnik / Press service of the Armenian Defence Ministry',
     '8 / 8','Related','Putin, Tokayev Agree on Further Steps to Stabilise Situation in Kazakhstan','Kazakh Leader Authorises Law Enforcement to Shoot Without Warning',
     'Kazakhstan, CSTO, Almaty, peacekeepers, Russian Defence Ministry','Sputnik International','© 2022 Sputnik All rights reserved','18+'])
q(P,'have been tasked exclusively with guarding facilities and will not be used against civilians.','Andrei Serdyukov','Serdyukov','According to',partial=True,note='in a slide caption (the captions are the body of a gallery page)')
q(P,'We are going to help a fraternal people, not to fight them,','Baktybek Bekbolotov','Kyrgyz Defence Minister Baktybek Bekbolotov','told',note='inverted cue with title + name')
q(P,'We have never seen anything like this here. Never,',None,'A woman','told',note='anonymous resident; "she told Sputnik", she = the woman in the caption')
c(P,'aircraft',70,'more than','aircraft used in the airlift',RMOD,'more than 70 aircraft',note='slide 2 caption')
c(P,'troops_deployed',100,None,'Armenian troops sent to Kazakhstan','Armenian Defence Ministry','Armenia has sent 100 troops',note='slide 5 caption')
c(P,'detained',4404,None,'people detained since the start of the riots',MIA,'4,404 people had been detained',note='slide 8 caption')
e(P,'2022-01-06','troop_deployment','Chkalovsky airfield',['Russia',CSTO],'at the Chkalovsky airfield outside Moscow on 6 January')
e(P,'2022-01-08','statement',None,[RMOD],'The Russian Defence Ministry said on Saturday')
e(P,'2022-01-06','other','Almaty',[],'which was retaken from rioters on Thursday',note='Almaty airport; Thursday before Saturday 8 Jan')
e(P,None,'statement','Almaty',['Andrei Serdyukov'],'at a briefing in Almaty',note='undated briefing')
e(P,None,'troop_deployment','Yerevan',['Armenian Defence Ministry'],'before their departure from Yerevan',note='undated')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Saturday')
e(P,None,'statement',None,[TOK,CSTO],'asked for help after riots broke out',note='undated request (real: 5 Jan)')

# ---------------- 1400 RIA Novosti news feed in translation (12.01.2022, Wednesday), 4 items = 4 articles
P='1400'
L=T[doc(P)].split('\n')
items=[('17:40','Serdyukov: peacekeepers will begin handing over facilities to Kazakh forces tomorrow','ALMATY'),
       ('16:15','Grushko after the Russia-NATO Council: we have reached a moment of truth','BRUSSELS'),
       ('13:05','Kazakh Interior Ministry: about 10 thousand people detained during the riots','NUR-SULTAN'),
       ('10:20','Peskov: the Kremlin sees no reason to extend the CSTO mission','MOSCOW')]
ends=[12,18,24,30]
for i,(stamp,h,dl) in enumerate(items):
    hl=L.index(h)+1; b=[stamp]
    if i==0: b=['РИА НОВОСТИ','RIA NOVOSTI','[Translated from Russian]','Лента новостей — News feed','12.01.2022']+b
    if i==3: b+=['Read also','Lavrov: Russia will not accept "ultimatums" in the security dialogue','Zakharova commented on Western media reports about Kazakhstan','Subscribe to RIA Novosti in Telegram','© 2022 МИА «Россия сегодня»']
    art(P,i,hl,hl+1,'RIA Novosti','2022-01-12',[],dl,b,ls=hl-1,le=ends[i])
q(P,'From tomorrow we begin the phased transfer of the facilities to the Kazakh side. The mission has been completed,','Andrei Serdyukov','Serdyukov','said',art=0)
q(P,'critically dangerous','Alexander Grushko','Deputy Foreign Minister Alexander Grushko','said',art=1,partial=True)
q(P,'We explained to our partners very clearly that the further expansion of the alliance is unacceptable for us. Now the ball is in their court,','Alexander Grushko','the deputy minister','told journalists',art=1,note='title-only inverted cue')
q(P,'stable and under control.',MIA,'The ministry','added',art=2,partial=True)
q(P,'The mission was announced as limited in time, and it will be completed within the stated time frame,','Dmitry Peskov','Peskov','said',art=3)
c(P,'detained',10000,'about','people detained during the riots',MIA,'about 10 thousand people detained',art=2,zone='headline',note='"10 thousand" written with a word; rounded from the body figure')
c(P,'detained',9900,None,'people detained during the mass riots',MIA,'detained 9,900 people',art=2,note='"1,678 criminal cases" is not a claim')
c(P,'killed',16,None,'law enforcement officers killed',MIA,'16 law enforcement officers had been killed',art=2)
e(P,'2022-01-12','statement','Almaty',['Andrei Serdyukov'],'Colonel-General Andrey Serdyukov, told journalists',art=0,note='the item is dated 12 Jan; "tomorrow" in its headline')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'to the Kazakh law enforcement agencies on Thursday',art=0)
e(P,None,'statement',None,[TOK],'Earlier, President Kassym-Zhomart Tokaev announced',art=0,note='"Earlier" only (real: 11 Jan)')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko'],'after a meeting of the Russia-NATO Council in Brussels on Wednesday',art=1)
e(P,None,'statement','Brussels',['Jens Stoltenberg'],'said at a press conference',art=1,note='no day word (same day as the Council, 12 Jan)')
e(P,None,'casualty_report',None,[MIA],"the press service of the republic's Interior Ministry reported",art=2,note='no day word; item dated 12 Jan')
e(P,None,'casualty_report',None,[MIA],'Earlier, the ministry reported',art=2,note='"Earlier" only')
e(P,None,'statement','Moscow',['Dmitry Peskov'],'presidential press secretary Dmitry Peskov told journalists',art=3,note='no day word; item dated 12 Jan')

# ---------------- 1401 Kun.uz in browser machine translation from Uzbek (10.01.2022, 16:05, Monday)
P='1401'
art(P,0,ln(P,'A.Komilov: Uzbekistan will not send'),ln(P,'Minister of Foreign Affairs of Uzbekistan Abdulaziz'),'Kun.uz','2022-01-10',[],None,
    ['[Google Translate]  Uzbek → English   Show original','KUN.UZ',"Yangiliklar | O'zbekiston | Jahon | Iqtisodiyot | Jamiyat | Sport   O'zb  Ўзб  Рус  Eng",'World',
     '10.01.2022, 16:05   👁 22 136','Tags: Kazakhstan, Abdulaziz Komilov, CSTO','Join our Telegram channel: @kunuzofficial',
     "Kun.uz — O'zbekistondagi eng ko'p o'qiladigan sayt",'© 2013–2022 Kun.uz. Materiallardan foydalanilganda havola qilish majburiy.'])
q(P,'Our position has not changed. We consider the events in Kazakhstan to be its internal affair, and the Kazakh people are able to overcome these difficulties on their own,','Abdulaziz Komilov','A.Komilov','said',note='Uzbek initial glued to the surname ("A.Komilov")')
q(P,'Uzbekistan is ready to provide any necessary assistance to the brotherly Kazakh people,','Shavkat Mirziyoyev','Sh.Mirziyoyev','said',note='"said then, according to the press service of the President"; glued initial "Sh."; Q.Toqayev is named earlier in the paragraph')
q(P,'all citizens of Uzbekistan who wished to return home','Abdulaziz Komilov','him','According to',partial=True,note='"According to him" with him = the minister')
q(P,'We have no fuel for heater and no money for food. Nobody tells us anything,',None,'one of the drivers from Andijan','said',note='anonymous truck driver; inverted cue')
q(P,"an attempt of coup d'état",TOK,'Q.Toqayev','called',partial=True,note='"called the events"; MT wording; Uzbek Latin form Q.Toqayev')
c(P,'detained',7939,None,'people detained during the riots',MIA,'7,939 people were detained',note='2,318 returned citizens and about 1,500 trucks are not claims')
e(P,'2022-01-10','statement',None,['Abdulaziz Komilov'],'answered the questions of journalists on the situation in neighboring Kazakhstan on Monday')
e(P,'2022-01-06','talks',None,['Shavkat Mirziyoyev',TOK],'on January 6 President Sh.Mirziyoyev held a telephone conversation')
e(P,'2022-01-10','casualty_report',None,[MIA],'reported on Monday that 7,939')
e(P,'2022-01-10','talks',None,[CSTO,TOK],'On Monday an extraordinary session of the CSTO Collective Security Council')
e(P,None,'statement',None,[TOK],'Earlier Q.Toqayev called the events',note='"Earlier" only')

# ---------------- 1402 Trend exclusive interview (11 January 2022 16:20 (UTC +04:00), Tuesday)
P='1402'
art(P,0,ln(P,'Expert: CSTO mission in Kazakhstan was'),ln(P,'The first ever deployment of the Collective'),'Trend News Agency','2022-01-11',['Leyla Mammadli'],'BAKU, Azerbaijan',
    ['Trend News Agency','Politics | Economy | Business | Society | Azerbaijan | Caspian | Central Asia | Russia | World','Central Asia','11 January 2022 16:20 (UTC +04:00)','Interview',
     'BAKU, Azerbaijan, Jan. 11','By Leyla Mammadli - Trend:','Follow the author on Twitter: @L_Mammadli','---','Related news',
     'Azerbaijani MFA comments on situation in Kazakhstan',"Kazakhstan's Majilis approves Alikhan Smailov as new PM",'Trend News Agency © 2022. All rights reserved.'])
q(P,'a test the bloc passed','Rauf Hasanli','Expert',None,partial=True,zone='headline',note='"Expert:" headline convention; the body answer repeats the words without quote marks (unmarked interview speech, no record)')
q(P,'Without the support of the CSTO, we could have lost control of Almaty.',TOK,'he','said',note='relayed inside the analyst\'s unquoted answer; he = "President Kasym-Jomart Tokayev" two sentences earlier')
q(P,'for a limited period',PASH,'he','said',partial=True,note='he = Pashinian, inside the unquoted answer')
q(P,'as an ally,',PASH,'he','said',partial=True,note='second partial of the same sentence')
q(P,'We are not going to give up our red lines,','Sergey Ryabkov','he','says',note='"When he says, "…," he is speaking"; he = Sergei Riabkov (transliteration variant)')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'asked for help on the night of 5 January')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'the first Russian units were in Almaty the next morning',note='"the next morning" after the night of 5 January')
e(P,'2022-01-10','talks',None,[CSTO,TOK],"At yesterday's summit",note='"yesterday" from Tuesday 11 Jan')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Russia and the United States began talks in Geneva',note='"The same day" = the day of the summit')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev told parliament today')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal will begin in two days',note='"in two days" from "today" (11 Jan)')
e(P,None,'talks',None,['Ilham Aliyev',TOK],'expressed support to Tokayev by phone',note='undated phone call')

# ---------------- 1403 Armenpress full text of a speech (Politics 14:05, 10 January, 2022, Monday)
P='1403'
art(P,0,ln(P,"PM Pashinyan's remarks at CSTO extraordinary session"),ln(P,'YEREVAN, JANUARY 10, ARMENPRESS.'),'Armenpress','2022-01-10',[],'YEREVAN',
    ['ARMENPRESS','Armenian News Agency','Politics | Economy | Society | Culture | Sport | Region | World | Photo | Video','ՀԱՅ | РУС | ENG | عربي | TÜRK',
     'Politics 14:05, 10 January, 2022','Photo: primeminister.am',
     '18:30, 10 January, 2022 | Putin: CSTO forces will leave Kazakhstan after completing mission',
     '16:10, 10 January, 2022 | Armenian peacekeepers guard bakery and power plant in Kazakhstan',
     '© 2022 ARMENPRESS. All rights reserved. When using materials, a hyperlink to armenpress.am is mandatory.'])
t=T[doc(P)]
s0=t.index('"Dear colleagues,')+1; s1=t.index('completion of the mission."')+len('completion of the mission.')
q(P,t[s0:s1],PASH,'the Prime Minister','presents the opening remarks',malformed=True,
  note='the full speech: ONE opening mark (l.11) and ONE closing mark (l.19) across five paragraphs, no re-opening marks; a name (Tokayev) and two figures inside')
q(P,"an attempted coup d'état,",TOK,'Kassym-Jomart Tokayev','said',partial=True)
q(P,'I believe that the mission of the CSTO peacekeeping forces has been successful. Very soon it will be completed,',TOK,'Tokayev','said')
q(P,'The CSTO has shown that it is capable of acting quickly and in solidarity,',PASH,'the Prime Minister','said in his closing remarks',note='"Nikol Pashinyan thanked …" precedes; the cue uses the title')
c(P,'troops_deployed',2000,'more than','CSTO servicemen in Kazakhstan',PASH,'more than 2,000 servicemen from our six countries',note='inside the speech')
c(P,'troops_deployed',100,None,'Armenian servicemen in Kazakhstan',PASH,'The Armenian contingent consists of 100 servicemen',note='inside the speech')
e(P,'2022-01-10','talks',None,[CSTO,PASH,TOK,'Vladimir Putin','Alexander Lukashenko','Sadyr Japarov','Emomali Rahmon'],'chaired today the extraordinary session')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'On January 5, President of Kazakhstan Kassym-Jomart Tokayev appealed',note='inside the speech')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'the decision was made to send the peacekeeping forces',note='"Within hours" of the 5 January appeal; no date of its own')
e(P,'2022-01-10','statement',None,[TOK],'the floor was given to the President of Kazakhstan')
e(P,'2022-01-10','statement',None,[CSTO],'the leaders adopted a statement')
e(P,None,'talks','Yerevan',[CSTO],'expected to be held in Yerevan in the autumn',note='future session, no day')

# ---------------- 1404 Kursiv vox pop in translation (13.01.2022, 11:30, Thursday)
P='1404'
art(P,0,ln(P,'"We open at our own risk": Almaty'),ln(P,'A week after the riots, Almaty is slowly'),'Kursiv','2022-01-13',['Dinara Zhaksylykova'],None,
    ['kursiv.media','Kursiv','Finance · Business · Economy · Markets · Tech · Opinion · Kursiv Guide','Қаз | Рус | Eng','Business / Small business','13.01.2022, 11:30',
     'Author: Dinara Zhaksylykova',"Translated from Russian by Kursiv's editorial office",'Reading time: 5 min','Read also:',
     'Almaty akimat begins accepting applications for compensation','National Bank keeps the base rate at 9.75%','Subscribe to Kursiv on Telegram',
     'Tags: Almaty, small business, riots, compensation','© 2022 Kursiv Media Kazakhstan. Use of materials is permitted only with an active hyperlink to kursiv.media.'],
    sections=[ln(P,'Daniyar Serikbayev, 38,'),ln(P,'Aigul Temirkhanova, 45,'),ln(P,'Ruslan Ospanov, 29,'),ln(P,'Gulnara Abdrakhmanova, 52,'),ln(P,'Yerzhan Kaliyev, 41,')])
q(P,'We open at our own risk','Daniyar Serikbayev',None,None,zone='headline',note='headline quote = the last sentence of his body quote; no name in the headline')
q(P,'Two of our five coffee shops were looted on the night of 5 January. The glass, the coffee machines, even the chairs were taken. We reopened the other three on Monday, but in the evening the streets are empty. People are still afraid. We open at our own risk.','Daniyar Serikbayev','Daniyar Serikbayev',None,note='vox-pop block: name line, then a stand-alone quoted paragraph with no speech verb')
q(P,'The shop was not touched, but we lost everything we had prepared for the holidays: the flowers simply died during the week when we could not come to work. For a small business it is a serious loss.','Aigul Temirkhanova','Aigul Temirkhanova',None,note='vox-pop block')
q(P,'The internet shutdown was the worst thing for us. For five days we had no orders at all. We paid the couriers anyway, because they have families.','Ruslan Ospanov','Ruslan Ospanov',None,note='vox-pop block')
q(P,'I have worked in this city for twenty-three years and I have never seen anything like it. Now I want one thing: that the state keeps its promise to compensate the losses. We have filled in all the forms.','Gulnara Abdrakhmanova','Gulnara Abdrakhmanova',None,note='vox-pop block; "twenty-three years" is a duration')
q(P,'Fourteen cars were burned or stolen from our showroom. The insurance company says that riots are not an insured event. I hope the government fund will help, otherwise we will have to close.','Yerzhan Kaliyev','Yerzhan Kaliyev',None,note='vox-pop block; "Fourteen cars" is not a claim')
c(P,'detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained',note='87 billion tenge damage, shop and car counts are not claims')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday')
e(P,'2022-01-05','other','Almaty',[],'switched off on 5 January',note='internet shutdown')
e(P,'2022-01-05','protest','Almaty',[],'looted on the night of 5 January',note='inside the quote')
e(P,'2022-01-10','other','Almaty',['Daniyar Serikbayev'],'We reopened the other three on Monday',note='inside the quote; Monday before Thursday 13 Jan')
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday, President Kassym-Jomart Tokayev instructed the government')
e(P,None,'other','Almaty',['Kazakh authorities'],'the authorities lifted the "red" level',note='undated; the one-word "red" is excluded from quotes')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov','Sergei Riabkov'],['Deputy Foreign Minister'],'Russia',['he','He','The Russian diplomat'],note='RT "Sergey Ryabkov" vs Trend "Sergei Riabkov"; words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words paraphrased/invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Kassym-Jomart Tokaev','Tokaev','Kasym-Zhomart Tokayev','Kassym-Zhomart Tokaev','Q.Toqayev','Kasym-Jomart Tokayev'],
    ['President','Kazakh President','President of Kazakhstan'],'Kazakhstan',['he','He','the head of state','the Kazakh leader'],["Tokayev's"],
    note='seven spellings across the set: Tokayev (RT, Armenpress, Kursiv), Tokaev (TASS), Kasym-Zhomart (Sputnik), Kassym-Zhomart Tokaev (RIA), Q.Toqayev (Kun.uz), Kasym-Jomart (Trend)'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',note='words invented'),
 sp(PRES,'organisation',["Tokayev's office"],[],'Kazakhstan',note='quoted as "Tokayev\'s office" (1397)'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Ministry spokesman','Major General'],'Russia'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov','Andrey Serdyukov'],['Colonel General','Colonel-General','commander of the CSTO collective peacekeeping forces'],'Russia',note='Andrei (TASS, Sputnik) / Andrey (RIA); words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin Spokesman','presidential press secretary'],'Russia',['He']),
 sp(BMOD,'organisation',['Belarusian Defense Ministry'],[],'Belarus',['the ministry']),
 sp('Baktybek Bekbolotov','person',['Baktybek Bekbolotov'],['Kyrgyz Defence Minister'],'Kyrgyzstan',note='real minister; words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['the deputy minister'],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs of Kazakhstan'],[],'Kazakhstan',['The ministry','the ministry'],note='quoted in 1400; source of figures in all eight files except 1402 and 1403'),
 sp('Abdulaziz Komilov','person',['Abdulaziz Komilov','A.Komilov'],['Minister of Foreign Affairs of Uzbekistan'],'Uzbekistan',['the minister','him'],note='real minister; words invented; Uzbek initial-glued form'),
 sp('Shavkat Mirziyoyev','person',['Sh.Mirziyoyev'],['President'],'Uzbekistan',['the head of our state'],note='only the initial-glued form appears; canonical from world knowledge; words invented'),
 sp('Rauf Hasanli','person',['Rauf Hasanli'],['political analyst','head of the Baku-based Caspian Strategy Center'],'Azerbaijan',['Expert'],note='invented; his interview answers are unmarked speech'),
 sp(PASH,'person',['Nikol Pashinyan','Pashinyan','Nikol Pashinian','Pashinian'],['Prime Minister of Armenia','Chairperson of the CSTO Collective Security Council',"Armenia's Prime Minister"],'Armenia',['the Prime Minister','he'],["Pashinyan's"],note='Pashinyan (Armenpress) / Pashinian (Trend); words invented'),
 sp('Daniyar Serikbayev','person',['Daniyar Serikbayev'],['co-owner of a chain of coffee shops'],'Kazakhstan',note='invented'),
 sp('Aigul Temirkhanova','person',['Aigul Temirkhanova'],['owner of a flower shop on Abay Avenue'],'Kazakhstan',note='invented'),
 sp('Ruslan Ospanov','person',['Ruslan Ospanov'],['founder of a delivery start-up'],'Kazakhstan',note='invented'),
 sp('Gulnara Abdrakhmanova','person',['Gulnara Abdrakhmanova'],['owner of a sewing workshop'],'Kazakhstan',note='invented'),
 sp('Yerzhan Kaliyev','person',['Yerzhan Kaliyev'],['director of a car dealership'],'Kazakhstan',note='invented'),
 sp(RMOD,'organisation',['Russian Defense Ministry','Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='source of the airlift figures in 1398 and 1399; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,[],[],quoted=False,note='mentioned in all eight files; not quoted'),
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
