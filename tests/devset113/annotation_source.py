#!/usr/bin/env python3
"""Source of the devset113 annotation: the hand-chosen spans, values and dates for 997-1004.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run (from /work/main): python3 tests/devset113/annotation_source.py && python3 tests/devset113/verify.py
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
def doc(p): return [f for f in T if f.split('_')[0]==p][0]

# ---------------- 997 Gulf Today opinion column (09 Jan 2022, a Sunday)
art('997',0,5,11,'Gulf Today','2022-01-09',['Ayesha Al Marzouqi'],None,
    ['GULF TODAY','Home | UAE | Opinion | World | Business | Sport | Entertainment','OPINION','Ayesha Al Marzouqi, Special to Gulf Today','09 Jan 2022',
     'Share   Facebook   Twitter   WhatsApp   Email',"The views expressed are the author's own and do not necessarily reflect the editorial policy of Gulf Today.",
     'Ayesha Al Marzouqi is a Dubai-based writer on Central Asian affairs.','More from Opinion','© 2022 Gulf Today. All rights reserved.'])
q('997','a limited time',TOK,'Tokayev','has told',partial=True)
q('997','strategic objects',TOK,'Tokayev','has told',partial=True,note='same sentence as "a limited time"; two-word partial kept like devset19 "strategic facilities"')
q('997','There is nothing to discuss with people who kill and loot,',TOK,'he','said',note='"he said in that address"; he = Tokayev')
q('997','They will be dealt with in full.',TOK,'he','said',note='continuation after the interposed "he said in that address."')
q('997','the wisdom of the Kazakh leadership','Nayef Al-Hajraf','Nayef Al-Hajraf','said',partial=True,note='"The Gulf Cooperation Council\'s secretary-general, Nayef Al-Hajraf, said on Thursday that the council trusted “…”"')
q('997','The anger was never really about gas,','Yerlan Sadykov','Yerlan Sadykov','told',note='inverted: ," Yerlan Sadykov, a Kazakh businessman …, told me; invented')
q('997','It is about who gets rich and who pays.','Yerlan Sadykov','Yerlan Sadykov','told',note='continuation after the interposed attribution')
q('997','Subsidies buy time, not loyalty,','Maryam Al Shehhi','she','says',note='present-tense cue; "Dr Maryam Al Shehhi … puts it more bluntly" in the sentence before; invented')
q('997','the fastest way to discover what people really think of you','Maryam Al Shehhi','she','argues',partial=True,note='cue "she argues" interposed inside the reporter\'s sentence')
c('997','troops_deployed',2500,'about','CSTO troops in Kazakhstan',CSTO,'About 2,500 troops from the alliance',note='"according to the CSTO"')
c('997','killed',164,None,'people killed (figure later called a mistake)','state television','reported on Sunday that 164 people had been killed',note='officials later said it was a mistake')
c('997','detained',6000,'almost','people detained',MIA,'nearly 6,000 people have been detained')
e('997','2022-01-02','other','Kazakhstan',[],'On January 2 the price of liquefied gas',note='fuel price rise that set off the protests (drivers blocked roads)')
e('997','2022-01-05','protest','Almaty',[],'by Wednesday the city hall was burning',note='Wednesday before Sunday 9 Jan')
e('997','2022-01-05','government_resignation',None,[TOK],'dismissed the government the same day',note='"the same day" = Wednesday')
e('997','2022-01-05','other',None,[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organisation for help',note='request for CSTO help, same sentence as "the same day"')
e('997',None,'troop_deployment','Kazakhstan',[CSTO],'are now in the country, according to the CSTO',note='undated presence')
e('997','2022-01-07','statement',None,[TOK],'on Friday he went further')
e('997','2022-01-09','casualty_report',None,['state television'],'State television reported on Sunday',note='Sunday = publication day')
e('997','2022-01-06','statement',None,['Nayef Al-Hajraf','Gulf Cooperation Council'],'said on Thursday that the council trusted',note='Thursday before Sunday 9 Jan')

# ---------------- 998 RIA Novosti column in translation (11.01.2022, 08:00, a Tuesday)
art('998',0,5,11,'RIA Novosti','2022-01-11',['Gleb Zaitsev'],None,
    ['RIA NOVOSTI','News | Opinion | Economy | Society | Science','Opinion / Columns','11.01.2022, 08:00','Text: Gleb Zaitsev','Translated from Russian',
     "The author's opinion may not coincide with the position of the editorial board.",'Subscribe to RIA Novosti on Telegram','Comments (148)'])
q('998','Such an operation has never been carried out by the CSTO so quickly,','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',note='inverted: ," the commander of the collective forces, Colonel General Andrei Serdyukov, said.')
q('998','only those objects that the Kazakh side has handed over to us','Andrei Serdyukov','The general','added',partial=True,note='title-only attribution')
q('998','it can act quickly and in a coordinated way','Vladimir Putin','Vladimir Putin','told',partial=True)
q('998','never allow','Vladimir Putin','Vladimir Putin','warned',partial=True,note='two-word partial with a speech verb; "colour revolutions" after it is unquoted')
q('998','an attempt to seize power by force',TOK,'Tokayev','called',partial=True)
q('998','Russian guests who arrive in your home have a habit of staying far longer than invited,','Antony Blinken','the secretary of state','said',note='title-only inverted cue after the quote; name in the previous sentence')
q('998','When Americans visit a house, the owners are lucky to keep their lives and their silverware,','Maria Zakharova','the Foreign Ministry spokeswoman','wrote',note='inverted; "wrote on Telegram"')
q('998','think about the lessons of Kabul','Maria Zakharova','She','suggested',partial=True,note='"Mr Blinken" just before the quote is a nearest-name trap')
q('998','long, hard and businesslike','Sergey Ryabkov','Our deputy minister','called',partial=True,note='"Our deputy minister" = Ryabkov (printed "Sergei Ryabkov"); Sherman named in the same sentence before is a trap')
q('998','no reason to be optimistic','Sergey Ryabkov','Our deputy minister','said',partial=True)
q('998','We came at the request of a legitimate government, and we will leave when the task is done,',None,'one of the officers','told',note='anonymous officer; "told a RIA Novosti correspondent"')
c('998','aircraft',70,'more than','Il-76 transport aircraft in the airlift',None,'more than 70 Il-76 transport aircraft')
c('998','troops_deployed',2030,'about','CSTO servicemen taking part',CSTO,'About 2,030 servicemen',note='"according to the CSTO" at the end of the sentence; "250 units of equipment" is not a claim')
c('998','killed',16,None,'police and National Guard officers killed',MIA,'16 police and National Guard officers killed')
c('998','detained',9900,None,'people detained',MIA,'9,900 people detained')
c('998','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits who attacked Almaty')
e('998','2022-01-05','other',None,[TOK,CSTO],'came on the night of 5 January',note='request for CSTO help')
e('998','2022-01-06','troop_deployment','Almaty',['Russia'],'landed near Almaty the next morning',note='"the next morning" after the night of 5 January')
e('998','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'Yesterday the leaders of the six member states met by video link',note='CSTO video summit; yesterday = Mon 10 Jan')
e('998','2022-01-07','statement',None,['Antony Blinken'],'On Friday Antony Blinken could not resist',note='Friday before Tuesday 11 Jan')
e('998','2022-01-08','statement',None,['Maria Zakharova'],'Maria Zakharova answered him the next day',note='the day after Friday 7 Jan; Telegram post')
e('998',None,'casualty_report',None,[MIA],'The Interior Ministry reports 16 police',note='undated')
e('998','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Also yesterday, in Geneva')
e('998','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev is due to address the Mazhilis today',note='expected on the publication day')

# ---------------- 999 CGTN Opinions (Updated 21:14, 10-Jan-2022, a Monday)
art('999',0,5,12,'CGTN','2022-01-10',['Li Wenhao'],None,
    ['CGTN','Home  China  World  Business  Opinions  Video','Opinions','Updated 21:14, 10-Jan-2022','Li Wenhao',
     "Editor's note: Li Wenhao is a research fellow at the Institute of Central Asian Studies in Shanghai. The article reflects the author's opinions and not necessarily the views of CGTN.",
     '(If you want to contribute and have specific expertise, please contact us at opinions@cgtn.com.)','Search Trends'])
q('999','resolute and effective','Xi Jinping','President Xi Jinping','praised',partial=True)
q('999','by all means necessary','Xi Jinping','President Xi Jinping','said',partial=True)
q('999','deliberately creates chaos','Xi Jinping','Xi','said',partial=True)
q('999','the internal affair of Kazakhstan','Wang Wenbin','Foreign Ministry spokesperson Wang Wenbin','told',partial=True)
q('999','We believe the Kazakh authorities are fully capable of resolving the problem properly,','Wang Wenbin','he','said')
q('999','a well-planned act of aggression',TOK,'Tokayev','told',partial=True,note='"Tokayev told allies on Monday that … and that the country had faced “…”"')
q('999','China and Kazakhstan are permanent comprehensive strategic partners, and we will not stand by when our friend is in trouble,','Wang Yi','Wang','said',note='"Wang said, according to a readout"; surname "Wang" is shared with Wang Wenbin (trap); here it is Wang Yi')
c('999','killed',164,None,'people killed','Kazakh authorities','The authorities say 164 people have been killed')
c('999','killed',16,None,'members of the security forces killed','Kazakh authorities','including 16 members of the security forces',note='subset with its own subject, kept')
c('999','detained',8000,'almost','people detained','Kazakh authorities','nearly 8,000 people have been detained')
c('999','troops_deployed',2030,'about','CSTO force',CSTO,'its force of about 2,030',note='"the alliance says"')
c('999','other',20000,'about','armed attackers who tried to seize Almaty',TOK,'about 20,000 attackers')
e('999','2022-01-07','statement',None,['Xi Jinping',TOK],'On Friday President Xi Jinping sent a message',note='message to Tokayev; Friday before Monday 10 Jan')
e('999','2022-01-07','statement',None,['Wang Wenbin'],'The same day, Foreign Ministry spokesperson Wang Wenbin told reporters')
e('999','2022-01-10','talks',None,[TOK,CSTO],'Tokayev told allies on Monday',note='CSTO video summit')
e('999','2022-01-10','talks',None,['Wang Yi','Mukhtar Tileuberdi'],'Earlier on Monday, State Councilor and Foreign Minister Wang Yi spoke by phone',note='phone call')

# ---------------- 1000 Anadolu Agency ANALYSIS (08.01.2022 - 14:20 GMT+3, a Saturday)
art('1000',0,5,12,'Anadolu Agency','2022-01-08',['Selim Karaca'],'ANKARA',
    ['Anadolu Agency','Türkiye | World | Politics | Economy | Analysis','Analysis','Selim Karaca   |08.01.2022 - 14:20 GMT+3 | Update: 08.01.2022 - 15:05 GMT+3',
     '- The writer is a researcher on Eurasian security at an Ankara-based think tank.',
     "*Opinions expressed in this analysis are the author's own and do not necessarily reflect Anadolu Agency's editorial policy.",
     'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.'])
q('1000','sorrow over the loss of life','Recep Tayyip Erdogan','President Recep Tayyip Erdogan','conveyed',partial=True,note='"according to the Turkish Communications Directorate, conveyed his “…”"')
q('1000','in solidarity with the brotherly Kazakh people','Recep Tayyip Erdogan','President Recep Tayyip Erdogan','said',partial=True)
q('1000','through dialogue and in a peaceful manner','Turkish Foreign Ministry','the Turkish Foreign Ministry','said',partial=True)
q('1000',"Kazakhstan's stability is the stability of the whole Turkic world,",'Mevlut Cavusoglu','he','told',note='"he told reporters in Ankara on Friday"; name in the sentence before')
q('1000','We are ready to offer every kind of support our brothers ask for.','Mevlut Cavusoglu','he','told',note='continuation after the interposed attribution')
q('1000','full support','Organization of Turkic States','The Organization of Turkic States','expressing',partial=True,note='"issued a statement expressing “full support”"; two-word partial (borderline)')
q('1000','following developments hour by hour','Baghdad Amreyev','Baghdad Amreyev','said',partial=True,note='"Its secretary-general, Baghdad Amreyev, himself a Kazakh diplomat, said …"')
q('1000','For the Turkic world this is an uncomfortable moment of truth,','Aylin Demirtas','Professor Aylin Demirtas','said',note='inverted "said Professor NAME of …"; invented')
q('1000','Solidarity in statements is easy; solidarity on the ground is a different thing.','Aylin Demirtas','Professor Aylin Demirtas','said',note='continuation, same paragraph')
c('1000','killed',26,None,'armed attackers "liquidated"',MIA,'26 armed attackers were',note='one-word “liquidated” excluded from quotes')
c('1000','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces lost their lives',note='"two of whom were found beheaded" is a subset, not a claim')
c('1000','detained',4400,'more than','people detained',MIA,'More than 4,400 people were detained')
c('1000','troops_deployed',2500,'about','CSTO troops arriving','Russian military sources','about 2,500 troops of the Russian-led')
e('1000','2022-01-02','protest','Mangystau',[],'which began on Jan. 2 with protests')
e('1000','2022-01-07','talks',None,['Recep Tayyip Erdogan',TOK],'spoke by phone with Kassym-Jomart Tokayev on Friday')
e('1000','2022-01-06','statement',None,['Turkish Foreign Ministry'],'A day earlier the Turkish Foreign Ministry had said',note='"A day earlier" than Friday 7 Jan')
e('1000','2022-01-07','statement','Ankara',['Mevlut Cavusoglu'],'he told reporters in Ankara on Friday')
e('1000',None,'statement',None,['Organization of Turkic States'],'The Organization of Turkic States also issued a statement',note='undated')
e('1000','2022-01-05','other',None,[TOK,'Russia'],'Tokayev called on the night of Jan. 5',note='request for help')
e('1000',None,'troop_deployment','Kazakhstan',[CSTO],'had begun to arrive',note='"Within a day" has no day; likely 2022-01-06')
e('1000','2022-01-08','casualty_report',None,[MIA],'by Saturday morning, the ministry said',note='Saturday = publication day')

# ---------------- 1001 ORF Expert Speak (Jan 12 2022, a Wednesday)
art('1001',0,7,11,'Observer Research Foundation','2022-01-12',['Nandini Rao'],None,
    ['ORF','OBSERVER RESEARCH FOUNDATION','Research   Expert Speak   Events   Programmes   About','Expert Speak  Raisina Debates','Jan 12 2022','Author : Nandini Rao',
     'The views expressed above belong to the author(s).','ABOUT THE AUTHOR',"Nandini Rao is a Fellow with ORF's Strategic Studies Programme.",'Read more +'])
q('1001','closely following','Arindam Bagchi','Ministry of External Affairs spokesperson Arindam Bagchi','said',partial=True)
q('1001','in touch with Indian nationals','Arindam Bagchi','Ministry of External Affairs spokesperson Arindam Bagchi','said',partial=True)
q('1001','as soon as the Kazakh side decides','Vladimir Putin','Vladimir Putin','said',partial=True,note='the one-word “peacekeeping” earlier in the paragraph is excluded')
q('1001','be over within ten days',TOK,'he','announced',partial=True,note='a duration inside a partial quote')
q('1001','The core task of the mission has been fulfilled,',TOK,'he','told')
q('1001','India has goodwill in Central Asia, but goodwill is not leverage,','Rajiv Menon','Rajiv Menon','says',note='present-tense inverted cue "says NAME, a retired …"; invented')
q('1001','has been talking about connectivity for twenty years and has built very little of it','Rajiv Menon','his','In his view',partial=True,note='cue "In his view" (as devset101 901); duration inside the quote')
c('1001','troops_deployed',2030,'about','CSTO troops on the ground',None,'about 2,030 troops, the bulk of them Russian',note='no source printed')
c('1001','detained',9900,None,'people detained',TOK,'9,900 people had been detained',note='"He also revealed that"')
e('1001','2022-01-06','statement',None,['Arindam Bagchi'],'At the weekly briefing last Thursday',note='"last Thursday" from Wednesday 12 Jan')
e('1001','2022-01-05','other',None,[TOK,CSTO],"appeal on the night of 5 January",note='request for CSTO help')
e('1001','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],"At the alliance's video summit on Monday")
e('1001','2022-01-11','statement','Nur-Sultan',[TOK],'Speaking to the Mazhilis on Tuesday')
e('1001','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to withdraw on Thursday',note='future; Thursday after Wednesday 12 Jan')
e('1001','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister, Alikhan Smailov, the same afternoon')
e('1001','2022-01-12','talks','Brussels',['NATO','Russia'],"today's NATO-Russia Council meeting in Brussels")
e('1001','2022-01-10','talks','Geneva',['Russia','United States'],"Monday's Russia-US talks in Geneva")
e('1001',None,'talks','New Delhi',['India'],'India is preparing to host the leaders of the five Central Asian republics later this month',note='"later this month" is not a day')

# ---------------- 1002 INSS Insight No. 1553 (January 13, 2022, a Thursday)
art('1002',0,7,11,'Institute for National Security Studies','2022-01-13',['Omer Dagan','Noa Lavi-Stern'],None,
    ['INSS','The Institute for National Security Studies','Publications > INSS Insight','INSS Insight No. 1553, January 13, 2022','Omer Dagan, Noa Lavi-Stern',
     "The opinions expressed in INSS publications are the authors' alone.",'Share   Print   Download PDF'],
    sections=(ln('1002','Background\n'),ln('1002','Russia: Speed as a Message'),ln('1002','Iran: Watching from the South'),ln('1002','Israel: Limited Stakes, Useful Lessons'),ln('1002','Recommendations')))
q('1002','the destruction of statehood','Vladimir Putin','Russian President Vladimir Putin','stated',partial=True)
q('1002','impressive in its scale and precision',None,'One senior Israeli official','described',partial=True,note='anonymous official')
q('1002','through peaceful means and within the framework of the law','Saeed Khatibzadeh','Foreign Ministry spokesman Saeed Khatibzadeh','said',partial=True)
q('1002','the interference of foreign parties','Saeed Khatibzadeh','Foreign Ministry spokesman Saeed Khatibzadeh','warned',partial=True,note='"and warned against “…”"')
q('1002','The community is safe and the synagogues were not harmed,','Yeshaya Cohen','Rabbi Yeshaya Cohen','said',note='inverted "said Rabbi NAME, Chief Rabbi of Kazakhstan, according to a community statement"; words invented')
q('1002','What Russia did in Almaty this week, it may try elsewhere tomorrow.',None,'one Israeli diplomat','put it',note='"As one Israeli diplomat put it, “…”"; anonymous')
c('1002','killed',160,'more than','people killed','Kazakh official figures','more than 160 people were killed')
c('1002','detained',10000,'almost','people detained','Kazakh official figures','almost 10,000 were detained')
c('1002','troops_deployed',2030,'about','CSTO force at its peak',None,'about 2,030 soldiers at its peak',note='after the semicolon; "According to Kazakh official figures" may cover it too')
c('1002','troops_deployed',100000,'more than','Russian troops near Ukraine',None,'more than 100,000 Russian troops are massed')
e('1002','2022-01-02','protest','Zhanaozen',[],'broke out on January 2 in the town of Zhanaozen')
e('1002','2022-01-05','government_resignation',None,[TOK],'On January 5, President Kassym-Jomart Tokayev dismissed the government')
e('1002','2022-01-05','other',None,[TOK,CSTO],'that night, asked the Collective Security Treaty Organization (CSTO) for assistance',note='"that night" = 5 January')
e('1002','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'The first Russian units landed the following day')
e('1002','2022-01-11','statement',None,[TOK],'On Tuesday, Tokayev announced',note='Tuesday before Thursday 13 Jan')
e('1002','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving today',note='today = publication day')
e('1002','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'Speaking at the CSTO summit on January 10')
e('1002','2022-01-07','statement',None,['Saeed Khatibzadeh'],'said on January 7')
e('1002','2022-01-06','statement',None,['Israeli Foreign Ministry'],'advised Israelis on January 6 to avoid travel',note='travel advisory')

# ---------------- 1003 JAPAN Forward editorial from The Sankei Shimbun (January 13, 2022, a Thursday)
art('1003',0,5,10,'JAPAN Forward','2022-01-13',[],None,
    ['JAPAN Forward','Politics & Security | Economy | Society | Culture | Sports','Editorials','By The Sankei Shimbun','January 13, 2022',
     'Author: Editorial Board, The Sankei Shimbun','(Read the editorial in Japanese at this link.)','Tags: CSTO, Kazakhstan, Russia, Ukraine, Editorials'])
q('1003','terrorists trained abroad,',TOK,'Tokayev','blamed',partial=True,note='"which Tokayev blamed on “…,”"; comma inside the marks; the one-word "terrorists" alone would be a label')
q('1003','seriously concerned','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told',partial=True)
q('1003','peaceful resolution through dialogue.','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told',partial=True,note='full stop inside the closing mark (US style)')
q('1003','ironclad guarantees','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',partial=True)
q('1003','slam closed','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','answered',partial=True,note='two-word partial')
q('1003','The distance between the allies and Russia on these questions is large, and closing it will take time,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',note='inverted: ," NATO Secretary General Jens Stoltenberg said afterward')
q('1003','coordinate closely with the G7','Yoshimasa Hayashi','Foreign Minister Yoshimasa Hayashi','has said',partial=True)
c('1003','troops_deployed',2030,'about','CSTO force',RDM,'about 2,030 personnel')
c('1003','aircraft',70,'more than','aircraft involved',RDM,'more than 70 aircraft involved',note='same "Russian Defense Ministry figures" sentence')
c('1003','killed',160,'more than','dead',None,'more than 160 dead')
c('1003','detained',10000,'almost','people detained',None,'nearly 10,000 people were detained')
e('1003','2022-01-13','withdrawal','Kazakhstan',['Russia',CSTO],'are set to begin withdrawing on January 13',note='publication day')
e('1003',None,'troop_deployment','Kazakhstan',['Russia'],'an airlift of paratroopers was under way',note='"Within a day of" the request: no day given')
e('1003','2022-01-07','statement',None,['Hirokazu Matsuno'],'told a press conference on January 7')
e('1003','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'In Geneva on January 10')
e('1003','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'Two days later, at the NATO-Russia Council in Brussels',note='two days after 10 January')
e('1003',None,'statement',None,['Yoshimasa Hayashi'],'Foreign Minister Yoshimasa Hayashi has said',note='undated')

# ---------------- 1004 Rzeczpospolita op-ed in translation (14.01.2022 06:00, a Friday)
art('1004',0,5,11,'Rzeczpospolita','2022-01-14',['Jędrzej Wolski'],None,
    ['Rzeczpospolita','rp.pl  |  Kraj  Świat  Ekonomia  Opinie','OPINIE / Komentarze','Published: 14.01.2022 06:00','Jędrzej Wolski','Translated from Polish',
     'Share   Facebook   Twitter   E-mail','Rzeczpospolita: subscribe for 1 zł for the first month'])
q('1004','not been this close to war','Zbigniew Rau','Foreign Minister Zbigniew Rau','told',partial=True)
q('1004','cannot be a place where the rules are rewritten by the strongest.','Zbigniew Rau','Minister Rau','stressed',partial=True,note='full stop inside the closing mark')
q('1004','If we do not receive a constructive response in a reasonable time, we will draw our own conclusions,','Alexander Lukashevich','the ambassador','said',note='title-only inverted cue; one-word “forever” in the sentence before is excluded')
q('1004','Kazakhstan was a rehearsal, and a successful one,','Katarzyna Mielnik','Dr Katarzyna Mielnik','says',note='present-tense inverted cue; invented')
q('1004','The Kremlin has tested the logistics, and the West has watched.','Katarzyna Mielnik','Dr Katarzyna Mielnik','says',note='continuation after the interposed attribution')
q('1004','as a crisis, not as diplomacy as usual','Katarzyna Mielnik','her','In her opinion',partial=True)
q('1004','the state faced a threat to its very existence.',TOK,'Kassym-Jomart Tokayev','admitted',partial=True,note='"the Kazakh president himself said on Tuesday" in the sentence before')
q('1004','full solidarity','Polish government','the government in Warsaw','has promised',partial=True,note='two-word partial; organisation speaker')
c('1004','troops_deployed',2000,'about','CSTO force','Andrei Serdyukov','The CSTO force of roughly 2,000 men',note='"according to General Andrei Serdyukov" at the end of the sentence; "roughly" → about')
c('1004','troops_deployed',100000,'more than','Russian troops near Ukraine','American estimates','More than 100,000 Russian troops are already gathered near Ukraine')
c('1004','killed',160,'more than','dead','official figures','Official figures speak of more than 160 dead')
c('1004','detained',10000,'almost','people detained in a week','official figures','Nearly 10,000 people were detained in a week',note='source carried from the previous sentence')
e('1004','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],"On Thursday in Vienna it was Poland's turn",note='OSCE Permanent Council; Thursday before Friday 14 Jan')
e('1004','2022-01-13','statement','Vienna',['Alexander Lukashevich'],'told journalists after the meeting',note='"within hours" of Thursday\'s meeting')
e('1004','2022-01-13','withdrawal','Kazakhstan',['Russia',CSTO],'That same day, Russian soldiers began to leave Kazakhstan',note='"That same day" = Thursday 13 Jan')
e('1004','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'brought in on 6 January')
e('1004','2022-01-19','withdrawal','Kazakhstan',[CSTO],'is to be gone by 19 January',note='future end of the withdrawal')
e('1004','2022-01-11','statement',None,[TOK],'what the Kazakh president himself said on Tuesday')
e('1004',None,'talks',None,['Andrzej Duda','Joe Biden'],"spoke with Joe Biden's team earlier this week",note='"earlier this week" is not a day')
e('1004','2022-01-10','talks','Geneva',['Russia','United States'],'The Geneva meeting on Monday')
e('1004','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels on Wednesday')

# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Kazakh president'],'Kazakhstan',['he'],["Kassym-Jomart Tokayev's"]),
 sp('Nayef Al-Hajraf','person',['Nayef Al-Hajraf'],["The Gulf Cooperation Council's secretary-general"],'Kuwait',note='words invented'),
 sp('Yerlan Sadykov','person',['Yerlan Sadykov'],['a Kazakh businessman'],'Kazakhstan',note='invented'),
 sp('Maryam Al Shehhi','person',['Maryam Al Shehhi'],[],'United Arab Emirates',['she'],['Dr Maryam Al Shehhi'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','the commander of the collective forces','General'],'Russia',['The general'],['Colonel General Andrei Serdyukov','General Andrei Serdyukov']),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['the secretary of state'],'United States',['the secretary of state'],['Mr Blinken']),
 sp('Maria Zakharova','person',['Maria Zakharova'],['the Foreign Ministry spokeswoman'],'Russia',['She']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['Our deputy minister'],note='printed "Sergei"; canonical from earlier sets'),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['President'],'China',note='words paraphrased/invented'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Foreign Ministry spokesperson'],'China',['he']),
 sp('Wang Yi','person',['Wang Yi','Wang'],['State Councilor and Foreign Minister'],'China',note='"Wang" alone is ambiguous with Wang Wenbin'),
 sp('Recep Tayyip Erdogan','person',['Recep Tayyip Erdogan'],['President'],'Turkey'),
 sp('Turkish Foreign Ministry','organisation',['Turkish Foreign Ministry'],[],'Turkey'),
 sp('Mevlut Cavusoglu','person',['Mevlut Cavusoglu'],['Foreign Minister'],'Turkey',['he']),
 sp('Organization of Turkic States','organisation',['Organization of Turkic States'],[],None),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['secretary-general'],'Kazakhstan',note='words invented'),
 sp('Aylin Demirtas','person',['Aylin Demirtas'],['Professor'],'Turkey',[],['Professor Aylin Demirtas'],note='invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['Ministry of External Affairs spokesperson'],'India',note='words invented'),
 sp('Rajiv Menon','person',['Rajiv Menon'],['a retired Indian Army brigadier'],'India',['his'],note='invented'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh'],['Foreign Ministry spokesman'],'Iran',note='words paraphrased/invented'),
 sp('Yeshaya Cohen','person',['Yeshaya Cohen'],['Chief Rabbi of Kazakhstan','Rabbi'],'Kazakhstan',[],['Rabbi Yeshaya Cohen'],note='words invented'),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['U.S. Deputy Secretary of State'],'United States'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None),
 sp('Yoshimasa Hayashi','person',['Yoshimasa Hayashi'],['Foreign Minister'],'Japan'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Foreign Minister','Minister'],'Poland',[],['Minister Rau']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Moscow's permanent representative"],'Russia',['the ambassador']),
 sp('Katarzyna Mielnik','person',['Katarzyna Mielnik'],['an expert on post-Soviet security at the University of Warsaw'],'Poland',['her'],['Dr Katarzyna Mielnik'],note='invented'),
 sp('Polish government','organisation',['the government in Warsaw'],[],'Poland'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the ministry'],quoted=False,note='source of figures in several files; not quoted'),
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
