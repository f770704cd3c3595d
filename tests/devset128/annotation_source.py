#!/usr/bin/env python3
"""Source of the devset128 annotation: the hand-chosen spans, values and dates for 1117-1124.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset128/annotation_source.py && python3 tests/devset128/verify.py
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
MAC='Emmanuel Macron'; ALI='Ilham Aliyev'; KAZ='Ruslan Kazakbaev'; SUL='Yerlan Suleimenov'; JAP='Sadyr Japarov'
RAI='Ebrahim Raisi'; ERD='Recep Tayyip Erdoğan'; SCH='Olaf Scholz'; MIR='Shavkat Mirziyoyev'; PAS='Nikol Pashinyan'
TIL='Mukhtar Tileuberdi'

# ---------------- 1117 Élysée press release (11 January 2022, a Tuesday)
art('1117',0,6,11,'Élysée','2022-01-11',[],None,
    ['ÉLYSÉE','Présidence de la République','FR | EN','Home > Latest news > Press releases','Press release',
     '11 January 2022 — Subject: Europe & foreign affairs','Share','Facebook  Twitter  LinkedIn  Email  Print','Related content',
     'Telephone conversation with President Vladimir Putin','French Presidency of the Council of the European Union: the programme',
     'Élysée Palace — 55 rue du Faubourg Saint-Honoré, 75008 Paris','Legal notices | Accessibility | Personal data | Contact'])
q('1117','alongside the Kazakh people in this painful moment',MAC,'He','stressed',partial=True,note='He = the President of the Republic (Macron); "France stood" is reported speech')
q('1117','essentially fulfilled its task',TOK,'He','said',partial=True,note='He = President Tokayev (previous sentence)')
q('1117','The situation is stabilised, and the withdrawal of the collective forces will begin in the coming days,',TOK,'President Tokayev','told',note='"President Tokayev told him, according to a summary published by the Kazakh side"')
q('1117','Dialogue with society is the only lasting answer to the frustrations that have been expressed,',MAC,'the Head of State','said',note='"the Head of State" = Macron (the French President, subject of the paragraph), not the Kazakh President mentioned two paragraphs earlier')
q('1117','restraint on all sides','Jean-Yves Le Drian','The Minister','had called for',partial=True)
q('1117','fully involved',MAC,'The President of the Republic','said',partial=True,note='two-word evaluative partial, kept')
q('1117','cannot be negotiated without Europeans',MAC,'The President of the Republic','said',partial=True,note='second partial of the same "said that … and that …" sentence')
c('1117','troops_deployed',2030,None,'CSTO collective forces deployed to Kazakhstan',TOK,'2,030 servicemen of the collective forces had been deployed')
c('1117','detained',7900,'more than','people detained since the start of the unrest',MIA,'more than 7,900 people have been detained')
e('1117','2022-01-10','talks',None,[MAC,TOK],'held a telephone conversation on Monday',note='"on Monday" from Tuesday 11 Jan')
e('1117',None,'protest',None,[],'the violence that struck the country last week',note='"last week" is not a day')
e('1117',None,'withdrawal','Kazakhstan',[CSTO],'will begin in the coming days',note='future, no day')
e('1117','2022-01-10','casualty_report',None,[MIA],'released by the Kazakh Interior Ministry the same day',note='"the same day" = the day of the call (Monday)')
e('1117','2022-01-09','talks',None,['Jean-Yves Le Drian',TIL],'The day before, the Minister for Europe and Foreign Affairs',note='"The day before" the Monday call')
e('1117','2022-01-10','talks','Geneva',['United States','Russia'],'the opening day of the Strategic Stability Dialogue',note='same day as the call')
e('1117','2022-01-12','talks','Brussels',['NATO','Russia'],'followed on Wednesday by the NATO-Russia Council in Brussels')
e('1117','2022-01-13','talks','Vienna',['OSCE'],'on Thursday by a meeting of the OSCE Permanent Council in Vienna')

# ---------------- 1118 president.az readout (07 January 2022, a Friday)
art('1118',0,6,9,'Official web-site of the President of the Republic of Azerbaijan','2022-01-07',[],None,
    ['President of the Republic of Azerbaijan Ilham Aliyev','Official web-site','AZ  EN  RU','News » Events » Telephone conversations',
     '07 January 2022, 18:35','Print   Share   Facebook   Twitter   Telegram','Other news',
     '07 January 2022, 12:10   Ilham Aliyev received the delegation led by the President of the Asian Development Bank',
     '06 January 2022, 17:45   Ilham Aliyev attended the opening of a school in Fuzuli district',
     '© 2022 Official web-site of the President of the Republic of Azerbaijan'])
q('1118','Azerbaijan has always stood by brotherly Kazakhstan and will continue to do so. We are confident that the Kazakh people will overcome these difficult days with dignity.',ALI,'President Ilham Aliyev','said',note='cue "said:" with a colon before the quote')
q('1118','in all regions of the country',TOK,'The President of Kazakhstan','said',partial=True,note='closing mark followed by a comma')
q('1118','The attacks were well prepared and coordinated from a single centre,',TOK,'the Kazakh President','said')
c('1118','killed',26,None,'armed criminals killed ("liquidated")',TOK,'26 armed criminals had been liquidated',note='"According to President Kassym-Jomart Tokayev"')
c('1118','killed',18,None,'law enforcement officers killed',TOK,'18 law enforcement officers had been killed')
c('1118','detained',3811,None,'people detained by law enforcement agencies',TOK,'3,811 people had been detained')
e('1118','2022-01-07','talks',None,[ALI,TOK],'On January 7, President of the Republic of Azerbaijan Ilham Aliyev had a phone conversation')
e('1118','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'which arrived on January 6')
e('1118','2022-01-06','talks',None,['Jeyhun Bayramov',TIL],'the day before, Minister of Foreign Affairs Jeyhun Bayramov')
e('1118',None,'statement',None,['Azerbaijani Foreign Ministry'],'Earlier this week the Foreign Ministry of Azerbaijan also issued a statement',note='"Earlier this week" is not a day')
e('1118',None,'other','Azerbaijan',[ALI,TOK],'invited Kassym-Jomart Tokayev to pay a visit to Azerbaijan',note='invitation to a future visit, undated')

# ---------------- 1119 Kyrgyz MFA news item (12.01.2022, a Wednesday)
art('1119',0,6,10,'Ministry of Foreign Affairs of the Kyrgyz Republic','2022-01-12',[],None,
    ['MINISTRY OF FOREIGN AFFAIRS OF THE KYRGYZ REPUBLIC','Кыргыз Республикасынын Тышкы иштер министрлиги','Кырг  Рус  Eng',
     'Main / Press center / News','12.01.2022','Press service of the MFA of the Kyrgyz Republic','Views: 1 245',
     'Share:  VK  Facebook  Telegram  WhatsApp','720040, Bishkek, 59 Razzakov str.  |  Tel.: +996 (312) 62-05-45  |  Hotline',
     '© 2022 Ministry of Foreign Affairs of the Kyrgyz Republic'])
q('1119','The Kyrgyz Republic fulfilled its allied obligations quickly and in full. Our soldiers will return home as soon as the mission is completed,',KAZ,'the Minister','stated',note='cue after the quote; "Minister R. Kazakbaev" in the previous paragraph')
q('1119','is fully under control',SUL,'him','According to',partial=True,note='"According to him" = Ambassador Y. Suleimenov (invented)')
q('1119','highly appreciates the brotherly help of Kyrgyzstan',SUL,'him','According to',partial=True,note='second partial in the same "According to him" sentence')
q('1119','capable of acting promptly',JAP,'President S. Japarov','said',partial=True,note='initial + surname form')
q('1119','We must not allow anyone to use our territory against a neighbour and ally.',JAP,'Japarov','said',note='"Speaking at the session, Japarov said:" — colon cue; the full stop is inside the marks')
c('1119','troops_deployed',150,None,'Kyrgyz contingent of the CSTO force in Kazakhstan',KAZ,'numbering 150 servicemen')
c('1119','detained',7900,'more than','people detained in connection with the riots',SUL,'more than 7,900 people had been detained')
e('1119','2022-01-11','talks',None,[KAZ,SUL],'On January 11, 2022, Minister of Foreign Affairs of the Kyrgyz Republic',note='meeting (reception of the ambassador); place not stated')
e('1119','2022-01-11','talks',None,[KAZ,'Abdulaziz Kamilov'],'The same day, Minister R. Kazakbaev held a telephone conversation')
e('1119','2022-01-10','talks',None,[KAZ,JAP,CSTO],'The day before, on January 10, the Minister took part',note='CSTO Collective Security Council session by videoconference')
e('1119','2022-01-06','other',None,['Jogorku Kenesh'],'on January 6, the Jogorku Kenesh approved the sending',note='parliament vote on the contingent')
e('1119',None,'talks',None,[KAZ,'CSTO Secretariat'],'Next week the Minister is expected to hold consultations',note='"Next week" is not a day')

# ---------------- 1120 president.ir readout (Friday, 7 January 2022 | 17 Dey 1400)
art('1120',0,6,12,'president.ir','2022-01-07',[],None,
    ['The President of the Islamic Republic of Iran','president.ir','فارسی | English | العربية','Home | News | Phone calls',
     'Friday, 7 January 2022 | 17 Dey 1400 - 20:40','News code: 128877','Tags:','Ayatollah Raisi  |  Kazakhstan  |  Phone call  |  Neighbourhood policy',
     'Send to friends   Print   Short link: president.ir/en/128877','All rights reserved for the Presidential Information Base (president.ir)'])
q('1120','The Islamic Republic of Iran considers the security of Kazakhstan as its own security and is ready to provide any assistance in this regard.',RAI,'The President of the Islamic Republic of Iran','said',note='the subject is separated from "said:" by a long clause')
q('1120','The people of Kazakhstan are wise enough not to allow the enemies of the region to exploit their legitimate demands.',RAI,'Ayatollah Seyyed Ebrahim Raisi','added',note='cue "added:"; the sentence opens with "According to the Information Base of the Presidency"')
q('1120','the hand of foreigners',RAI,'The President','stating',partial=True)
q('1120','Regional problems must be solved by the countries of the region themselves,',RAI,'Ayatollah Raisi','noted')
q('1120','We requested the help of the Collective Security Treaty Organization for a limited period, and the situation is now under the control of the security forces,',TOK,'the President of Kazakhstan','said')
q('1120','through dialogue and within the legal framework','Saeed Khatibzadeh','Saeed Khatibzadeh','had expressed',partial=True,note='"the spokesman of the Ministry of Foreign Affairs, Saeed Khatibzadeh, had expressed Tehran\'s hope that …"')
c('1120','other',20000,'about','armed bandits who attacked Almaty',TOK,'about 20,000 armed bandits had attacked the city of Almaty')
c('1120','killed',164,None,'people killed in the events, including security personnel',TOK,'164 people had lost their lives')
e('1120','2022-01-07','talks',None,[RAI,TOK],'in a telephone conversation with the President of Kazakhstan on Friday evening')
e('1120','2022-01-05','protest','Almaty',[],'the airport and the television had been seized on Wednesday',note='"on Wednesday" from Friday 7 Jan')
e('1120',None,'other','Nur-Sultan',[TOK,RAI],'invited his Iranian counterpart to visit Nur-Sultan',note='future visit, undated')
e('1120',None,'talks','Ashgabat',[RAI,TOK],'during their meeting in Ashgabat in November',note='month only (real: 2021-11-28, ECO summit)')
e('1120','2022-01-06','statement',None,['Saeed Khatibzadeh'],"On Thursday, the spokesman of the Ministry of Foreign Affairs")

# ---------------- 1121 Turkish Directorate of Communications (10.01.2022, a Monday)
art('1121',0,6,10,'Presidency of the Republic of Türkiye Directorate of Communications','2022-01-10',[],None,
    ['T.C. CUMHURBAŞKANLIĞI İLETİŞİM BAŞKANLIĞI','Presidency of the Republic of Türkiye · Directorate of Communications','TR | EN | AR | RU',
     'Home  >  News  >  Presidency','10.01.2022','#Kazakhstan  #Türkiye  #OTS','Share:  Facebook  Twitter  WhatsApp  E-posta',
     'İletişim Başkanlığı | Contact | Accessibility | KVKK',
     '© 2022 Presidency of the Republic of Türkiye Directorate of Communications. All rights reserved.'])
q('1121','Türkiye will continue to stand by the brotherly Kazakh people, with whom we share a common history, language and culture,',ERD,'President Erdoğan','said')
q('1121','ready to take on any responsibility',ERD,'President Erdoğan','stated',partial=True,note='"President Erdoğan stated that … and that the Organization was “…”" — the words are attributed to Erdoğan, the content is about the OTS')
q('1121','The period of acute crisis is behind us. Now our priority is to rebuild Almaty and to meet the social demands of our citizens,',TOK,'President Tokayev','said',note='"according to the Kazakh presidency"')
q('1121','the deep-rooted solidarity between our two nations','Fahrettin Altun','Fahrettin Altun','said',partial=True,note='"in a message on social media, said the call reflected “…”"')
c('1121','detained',8000,'almost','people detained in the counter-terrorist operation',TOK,'nearly 8,000 people had been detained')
e('1121',None,'talks',None,[ERD,TOK],'President Recep Tayyip Erdoğan held a phone call with President Kassym-Jomart Tokayev',note='no day in the text (page date 10.01.2022)')
e('1121',None,'protest',None,[],'the incidents that took place in Kazakhstan last week',note='"last week" is not a day')
e('1121','2022-01-11','talks',None,['Organization of Turkic States'],'via videoconference tomorrow',note='"tomorrow" from Monday 10 Jan; extraordinary OTS foreign ministers meeting')
e('1121',None,'withdrawal','Kazakhstan',[CSTO],'would start to withdraw within two days',note='"within two days" is a period, not a day')
e('1121','2022-01-06','talks',None,['Mevlüt Çavuşoğlu',TIL],'had a phone call with his Kazakh counterpart Mukhtar Tileuberdi last Thursday',note='"last Thursday" from Monday 10 Jan')
e('1121','2022-01-05','statement',None,['Turkish Foreign Ministry'],'the Turkish Foreign Ministry said in a statement on Wednesday')
e('1121','2022-01-08','other','Istanbul',['Turkish Airlines'],'returned to Istanbul on Saturday',note='evacuation flight')
e('1121',None,'statement',None,['Fahrettin Altun'],'in a message on social media',note='undated')

# ---------------- 1122 Bundesregierung press release (Wednesday, 12 January 2022)
art('1122',0,9,11,'Die Bundesregierung','2022-01-12',[],None,
    ['Die Bundesregierung','Federal Government','Search  |  Deutsch  |  Menu','Homepage > Press releases','Press release 9/22',
     'Wednesday, 12 January 2022','Press and Information Office of the Federal Government','Print  |  Share: Twitter  Facebook  Email  |  Back to top',
     'Related articles','Federal Chancellor Scholz receives Austrian Federal Chancellor Nehammer',
     'Press conference by Federal Chancellor Scholz and Federal Chancellor Nehammer',
     'Imprint  |  Data protection  |  Accessibility  |  Sign language  |  Easy German'])
q('1122','in a transparent and independent manner',SCH,'He','emphasised',partial=True,note='He = the Federal Chancellor')
q('1122','The foreign contingent has carried out its mission. In ten days not a single soldier of it will remain on our soil,',TOK,'the President','said',note='"the President said, according to the Kazakh side"')
q('1122','without restrictions',TOK,'He','assured',partial=True,note='He = President Tokayev; two-word partial kept')
q('1122','de-escalation and restraint','Annalena Baerbock','the Minister','had urged',partial=True,note='"the Minister had urged “…”, the Federal Foreign Office said": the words are the minister\'s, the office reports them (gold 002 l.386 rule)')
q('1122','Security in Europe can only be achieved together, and not through threats,',SCH,'Scholz','said',note='said "the day before" at a press conference')
c('1122','killed',164,None,'people killed during the unrest','Kazakh authorities','164 people had died during the unrest',note='reported by Tokayev "according to the Kazakh authorities"')
c('1122','killed',16,None,'members of the security forces killed','Kazakh authorities','among them 16 members of the security forces',note='subset of the 164, but a separately stated category (security forces)')
e('1122','2022-01-12','talks',None,[SCH,TOK],'spoke by telephone today with the President')
e('1122','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the CSTO forces would begin tomorrow',note='"tomorrow" from Wednesday 12 Jan')
e('1122','2022-01-10','talks',None,['Annalena Baerbock',TIL],'had spoken with her Kazakh counterpart Mukhtar Tileuberdi on Monday')
e('1122','2022-01-12','talks','Brussels',['NATO','Russia'],'on the day of the meeting of the NATO-Russia Council in Brussels')
e('1122','2022-01-13','talks','Vienna',['OSCE'],'where the Permanent Council will meet in Vienna tomorrow')
e('1122','2022-01-11','statement',None,[SCH,'Karl Nehammer'],'at a press conference with the Austrian Chancellor Karl Nehammer the day before')

# ---------------- 1123 president.uz item (10.01.2022 15:20, a Monday)
art('1123',0,6,10,'Official website of the President of the Republic of Uzbekistan','2022-01-10',[],None,
    ['Official website of the President of the Republic of Uzbekistan','PRESIDENT.UZ',"O'zb  Ўзб  Рус  Eng",'Main  /  Press service  /  Information',
     '10.01.2022   15:20','Print   |   Share:  Telegram  Facebook  Twitter','Related news',
     '08.01.2022  Telephone conversation with the President of the Russian Federation','06.01.2022  Telephone conversation with the President of Kazakhstan',
     '© 2022 Press Service of the President of the Republic of Uzbekistan. All rights reserved.','Using materials — link to the site is required.'])
q('1123','The main phase of the counter-terrorist operation has been completed. I thank you, dear Shavkat Miromonovich, for your brotherly support in these difficult days,',TOK,'the President of Kazakhstan','said',note='inverted cue "said the President of Kazakhstan"; the addressee\'s name and patronymic inside the quote is a trap')
q('1123','peace, stability and prosperity of fraternal Kazakhstan',MIR,'Shavkat Mirziyoyev','noted',partial=True)
q('1123','The peoples of Uzbekistan and Kazakhstan have always been together, in joy and in trouble. This will continue to be so,',MIR,'the President of Uzbekistan','emphasized')
c('1123','detained',7900,'more than','people detained',TOK,'more than 7,900 people had been detained')
e('1123',None,'talks',None,[MIR,TOK],'Shavkat Mirziyoyev held a telephone conversation',note='no day in the text (page date 10.01.2022)')
e('1123','2022-01-06','talks',None,[MIR,TOK],'The first took place on January 6')
e('1123','2022-01-08','talks',None,[MIR,TOK],'and the second on Saturday',note='"on Saturday" from Monday 10 Jan')
e('1123','2022-01-09','other','Uzbekistan–Kazakhstan border',[],'had resumed operation on Sunday',note='Gisht-Kuprik and Yallama checkpoints reopened')
e('1123','2022-01-10','talks',None,[CSTO],'held today by videoconference',note='extraordinary CSTO Collective Security Council session')
e('1123',None,'talks',None,[],'hold a meeting of the intergovernmental commission in the near future',note='future, no day')

# ---------------- 1124 primeminister.am release (08.01.2022, a Saturday)
art('1124',0,6,10,'The Prime Minister of the Republic of Armenia','2022-01-08',[],None,
    ['THE PRIME MINISTER OF THE REPUBLIC OF ARMENIA','Official website','ՀԱՅ | ENG | РУС','Home › Press releases › Telephone conversations',
     '08.01.2022','Share:  Facebook  Twitter  VK  Email','Government of the Republic of Armenia, 1 Republic Square, Yerevan 0010',
     '© 2022 The Office of the Prime Minister of the Republic of Armenia'])
q('1124','The presence of the collective forces has had a great stabilising effect,',TOK,'Kassym-Jomart Tokayev','noted')
q('1124','strategic objects only',TOK,'Kassym-Jomart Tokayev','adding',partial=True,note='"…,” Kassym-Jomart Tokayev noted, adding that the peacekeepers were guarding “…”"')
q('1124','The CSTO peacekeeping forces will remain in Kazakhstan only as long as it is necessary, and not a single day longer,',PAS,'Nikol Pashinyan','said')
q('1124','We are not talking about taking sides in an internal conflict. We responded to the request of a member state under Article 4 of the Collective Security Treaty, as the charter requires.',PAS,'Nikol Pashinyan','said',note='"Speaking to journalists …, Nikol Pashinyan said:"')
q('1124','no more than 100 servicemen',PAS,'the Prime Minister','said',partial=True,note='partial that is also a claim')
c('1124','troops_deployed',2500,'about','CSTO contingent in Kazakhstan','CSTO Secretariat','now numbers about 2,500 servicemen')
c('1124','troops_deployed',70,'about','Armenian servicemen in the CSTO contingent','CSTO Secretariat','of whom about 70 are Armenian')
c('1124','troops_deployed',100,'at most','Armenian unit sent to Kazakhstan',PAS,'no more than 100 servicemen',note='"no more than" → at most; inside a partial quote')
e('1124','2022-01-07','talks',None,[PAS,TOK],'Yesterday evening Nikol Pashinyan had a telephone conversation',note='"Yesterday" from Saturday 8 Jan')
e('1124','2022-01-07','talks',None,[PAS,'Vladimir Putin'],'Earlier in the day, the Prime Minister had a telephone conversation',note='"Earlier in the day" = the day of the Tokayev call (yesterday)')
e('1124','2022-01-08','talks',None,[PAS,'Alexander Lukashenko',JAP],'Today the Prime Minister spoke by phone')
e('1124','2022-01-10','talks',None,[CSTO],'by videoconference on Monday',note='future Monday from Saturday 8 Jan')
e('1124','2022-01-08','statement',None,[PAS],'Speaking to journalists after the conversations',note='after today\'s conversations, so 8 Jan (implied)')
e('1124','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'on January 6, upon the request of President Tokayev',note='decision to send the forces')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','President of the Republic of Kazakhstan'],'Kazakhstan',
    ['He','President Tokayev','The President of Kazakhstan','the Kazakh President','the President of Kazakhstan','the President'],['Mr Kassym-Jomart Tokayev']),
 sp(MAC,'person',['Emmanuel Macron'],['The President of the Republic'],'France',['He','the Head of State','The President of the Republic']),
 sp('Jean-Yves Le Drian','person',['Jean-Yves Le Drian'],['the Minister for Europe and Foreign Affairs'],'France',['The Minister'],note='words invented'),
 sp(ALI,'person',['Ilham Aliyev'],['President of the Republic of Azerbaijan','Head of State'],'Azerbaijan',['President Ilham Aliyev']),
 sp(KAZ,'person',['Ruslan Kazakbaev','Kazakbaev'],['Minister of Foreign Affairs of the Kyrgyz Republic'],'Kyrgyzstan',['the Minister'],['R. Kazakbaev'],note='words invented'),
 sp(SUL,'person',['Yerlan Suleimenov'],['Ambassador Extraordinary and Plenipotentiary of the Republic of Kazakhstan to the Kyrgyz Republic'],'Kazakhstan',['him'],['Y. Suleimenov'],note='invented person'),
 sp(JAP,'person',['Sadyr Japarov','Japarov'],['President of the Kyrgyz Republic'],'Kyrgyzstan',[],['S. Japarov']),
 sp(RAI,'person',['Ebrahim Raisi','Raisi'],['The President of the Islamic Republic of Iran'],'Iran',['The President'],['Ayatollah Seyyed Ebrahim Raisi','Ayatollah Raisi']),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh'],['the spokesman of the Ministry of Foreign Affairs'],'Iran'),
 sp(ERD,'person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',['President Erdoğan']),
 sp('Fahrettin Altun','person',['Fahrettin Altun'],['Director of Communications'],'Turkey'),
 sp(SCH,'person',['Olaf Scholz','Scholz'],['Federal Chancellor'],'Germany',['He','The Federal Chancellor','The Chancellor']),
 sp('Annalena Baerbock','person',['Annalena Baerbock'],['Federal Foreign Minister'],'Germany',['the Minister']),
 sp(MIR,'person',['Shavkat Mirziyoyev'],['President of the Republic of Uzbekistan'],'Uzbekistan',['the President of Uzbekistan','The head of our state'],['Shavkat Miromonovich'],note='"Shavkat Miromonovich" (name + patronymic) appears only inside a Tokayev quote as a form of address'),
 sp(PAS,'person',['Nikol Pashinyan'],['Prime Minister','Chairman of the CSTO Collective Security Council'],'Armenia',['the Prime Minister']),
 sp(TIL,'person',['Mukhtar Tileuberdi'],['Minister of Foreign Affairs of Kazakhstan'],'Kazakhstan',[],[],quoted=False,note='mentioned in 4 files, never quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['President of the Russian Federation'],'Russia',[],[],quoted=False,note='1117 related title and 1124 body'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='never quoted here; source of figures via "the CSTO Secretariat" (1124)'),
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
