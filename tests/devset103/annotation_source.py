#!/usr/bin/env python3
"""Source of the devset103 annotation: the hand-chosen spans, values and dates for 917-924.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Doc 917 is stored as mojibake (UTF-8 read as Windows-1252) and doc 918 with every non-ASCII
character replaced by "?"; spans for them are written in clean form and passed through mj()/qm(),
the same transforms that produced the saved pages. Doc 923 contains soft hyphens (U+00AD), written
here as "~" and expanded by sh().
Run: python3 tests/devset103/annotation_source.py && python3 tests/devset103/verify.py
"""
import codecs, json, os, re
D=os.path.dirname(os.path.abspath(__file__))
T={f:open(os.path.join(D,'docs',f),encoding='utf-8').read() for f in os.listdir(os.path.join(D,'docs'))}
codecs.register_error('drop103',lambda e:('',e.end))
def mj(s): return s.encode('utf-8').decode('cp1252',errors='drop103')   # 917: undefined bytes (0x9D) dropped
def qm(s): return re.sub(r'[^\x00-\x7f]','?',s)                          # 918
def sh(s): return s.replace('~','\u00ad')                                 # 923
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
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    """headline: exact string (asserted to occur); first: exact start of the first body text; first_line = the rest of that line from there, cut at 80."""
    f=doc(p); t=T[f]; L=t.split('\n')
    if le is None: le=last_line(p)
    assert headline is None or headline in t,(f,headline)
    assert first in t,(f,first)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    rest=t[t.index(first):].split('\n')[0]
    A.append(dict(doc=f,index=index,headline=headline,first_line=cut80(rest),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MOH='Kazakh Ministry of Health'; KNB='Kazakh National Security Committee'; MEA='Indian Ministry of External Affairs'
CAV='Mevlüt Çavuşoğlu'; ERD='Recep Tayyip Erdoğan'; OTS='Organization of Turkic States'; NZMFAT='New Zealand Ministry of Foreign Affairs and Trade'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'
MJ='mojibake: the curly marks were saved as "â€œ" (open) and "â€" (close, its third byte 0x9D dropped), so the span is not delimited by real quote marks'
QM='encoding loss: both curly marks were saved as "?", so the span is not delimited by quote marks'
WR='the marks enclose a hard line wrap of the lynx dump ("\\n" + three spaces of indentation inside the span)'

# ---------------- 917 Daily Sabah page saved as mojibake (JAN 07, 2022, a Friday)
art('917',0,mj('Türkiye stands by ‘brotherly’ Kazakhstan, Çavuşoğlu says after call'),mj('Foreign Minister Mevlüt Çavuşoğlu said Friday that'),
    'Daily Sabah','2022-01-07',[],'ISTANBUL',
    ['DAILY SABAH',mj('TÜRKİYE | DIPLOMACY'),'by DAILY SABAH WITH AA','ISTANBUL  JAN 07, 2022 - 3:41 PM GMT+3','Share on Facebook  Share on Twitter  Share on Whatsapp',
     'SUGGESTED TOPICS',mj('KAZAKHSTAN  TURKIC STATES  MEVLÜT ÇAVUŞOĞLU'),mj('© Daily Sabah. All rights reserved.')])
q('917','in these difficult days',CAV,mj('Foreign Minister Mevlüt Çavuşoğlu'),'said',malformed=True,partial=True,note=MJ)
q('917','We hope that calm will return as soon as possible, through the wisdom of the Kazakh people themselves,',CAV,mj('Çavuşoğlu'),'wrote',malformed=True,note=MJ+'; inverted "…," Çavuşoğlu wrote on Twitter')
q('917','its experience and capabilities',ERD,mj('Erdoğan'),'said',malformed=True,partial=True,note=MJ)
q('917','with great concern.',OTS,'The Organization of Turkic States (OTS)','said in a statement',malformed=True,partial=True,note=MJ+'; the full stop is inside the closing mark')
q('917','one family','Baghdad Amreyev','Baghdad Amreyev','said',malformed=True,partial=True,note=MJ+'; "Its secretary-general, Baghdad Amreyev, said"')
q('917','The counterterrorist operation continues, and order has been restored in all regions,',MIA,'the ministry','said in a statement',malformed=True,note=MJ+'; "the ministry" = the Interior Ministry of the previous sentence')
q('917','a limited period.',CSTO,'The alliance','said',malformed=True,partial=True,note=MJ)
q('917',mj('Türkiye cannot look indifferent when a founding member of the Turkic family is burning, but it also cannot compete with Moscow on security,'),'Selin Karaca','she','told',malformed=True,note=MJ+'; the quote itself contains the mojibake "TÃ¼rkiye"; invented analyst')
q('917','remembered for a long time','Selin Karaca','Karaca','added',malformed=True,partial=True,note=MJ)
c('917','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('917','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
c('917','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('917','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'would number about 2,500',note='"The alliance said the force would number about 2,500"')
e('917','2022-01-07','statement',None,[CAV],mj('Mevlüt Çavuşoğlu said Friday'))
e('917','2022-01-06','talks',None,[CAV,'Mukhtar Tileuberdi'],'spoke by phone with his Kazakh counterpart Mukhtar Tileuberdi on Thursday',note='Thursday before Friday 7 Jan')
e('917',None,'talks',None,[ERD,TOK],'also held a phone call with Kazakh President Kassym-Jomart Tokayev',note='"without giving a date"')
e('917',None,'other','Istanbul',[OTS],'whose leaders met in Istanbul in November',note='OTS summit; month only (real: 12 Nov 2021)')
e('917',None,'statement',None,[OTS],'said in a statement it was following the events',note='undated')
e('917','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry in Nur-Sultan said Friday')
e('917','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began sending troops on Thursday')
e('917',None,'other','Almaty',['Turkish Airlines'],'Turkish Airlines said it had cancelled its flights to Almaty until Jan. 9',note='flight cancellation; "until Jan. 9" is an end date, the announcement is undated')

# ---------------- 918 The Tribune page with curly quotes saved as "?" (Jan 11, 2022, a Tuesday)
art('918',0,qm('Situation in Kazakhstan ‘stabilising’, Indians safe: MEA'),'The situation in Kazakhstan is ?gradually stabilising? and all Indian nationals',
    'The Tribune','2022-01-11',[],'New Delhi',
    ['The Tribune','Since 1881','Home | Nation | World | Punjab | Haryana | Opinion','World','Tribune News Service','New Delhi, January 11',
     'Posted at: Jan 11, 2022, 1:05 AM (IST)  Last Updated: Jan 11, 2022, 1:05 AM (IST)','TAGS: #Kazakhstan  #MEA','Share:  WhatsApp  Facebook  Twitter'])
q('918','gradually stabilising',MEA,'the Ministry of External Affairs (MEA)','said',malformed=True,partial=True,note=QM)
q('918','Our embassy in Nur-Sultan is in touch with the Indian community, including students, and we have not received any report of an Indian national being harmed,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','said',malformed=True,note=QM)
q('918','several hundred calls','Arindam Bagchi','He','added',malformed=True,partial=True,note=QM)
q('918','It is for Kazakhstan to decide how it deals with its internal situation. We hope for an early return to normalcy.','Arindam Bagchi','Bagchi','said',malformed=True,note=QM+'; cue "Bagchi said:" before the quote')
q('918','For four days we did not know what was happening outside the hostel. Now the shops are open again,','Rohit Yadav','Rohit Yadav','said',malformed=True,note=QM+'; inverted "said Rohit Yadav, 22"; invented student')
q('918','We are relieved, but the children should come home until the universities reopen,','Sunita Verma','Sunita Verma','said',malformed=True,note=QM+'; inverted; invented parent')
c('918','troops_deployed',2030,None,'CSTO force in Kazakhstan','Vladimir Putin','the force of 2,030 troops would leave',note='in Putin\'s reported speech')
c('918','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('918','killed',164,None,'dead (figure withdrawn)',MOH,'figure of 164 dead',note='"later withdrawn without explanation"')
e('918','2022-01-10','statement',None,[MEA],'(MEA) said on Monday')
e('918','2022-01-05','other',None,[MEA],'since Wednesday',note='the embassy helpline has taken calls since Wednesday 5 Jan')
e('918','2022-01-09','other','Almaty',[],'the internet had been restored on Sunday')
e('918','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'told an online summit of the CSTO on Monday')
e('918','2022-01-10','casualty_report',None,[MIA],'Interior Ministry said on Monday')
e('918','2022-01-09','casualty_report',None,[MOH],'reported on state television on Sunday')
e('918',None,'other','Lucknow',[],'at a meeting with district officials last week',note='"last week" is not a day')

# ---------------- 919 Al Jazeera page with image alt-text lines (8 Jan 2022, a Saturday)
art('919',0,'Kazakhstan detains ex-security chief Masimov on treason suspicion','Karim Masimov, a close ally of former leader Nursultan Nazarbayev',
    'Al Jazeera','2022-01-08',[],None,
    ['Al Jazeera','Skip links','Skip to Content','News | Politics',
     'Image: Karim Masimov, wearing a dark suit, speaks at a podium with the Kazakh flag behind him',
     "Masimov, pictured in 2019, twice served as Kazakhstan's prime minister [File: Stanislav Filippov/AFP]",
     'By Al Jazeera Staff and News Agencies','Published On 8 Jan 2022',
     'Image: A woman in a grey coat holds a paper sign reading "We are not terrorists" near a line of police',
     'Image: Map of Kazakhstan showing Almaty, Nur-Sultan and Zhanaozen','(Al Jazeera)','SOURCE: AL JAZEERA AND NEWS AGENCIES'])
q('919','without warning',TOK,'Tokayev','said',partial=True,note='"Tokayev said 20,000 "bandits" had attacked … and that he had ordered … "without warning""; the one-word "bandits" is excluded')
q('919','Those who do not surrender will be destroyed,',TOK,'Tokayev','said')
q('919','He calls on everyone to rally around the president to overcome the challenges facing the country,','Aidos Ukibay','Ukibay','wrote',note='"He" inside the quote = Nazarbayev')
q('919','very difficult','Antony Blinken','Blinken','told',partial=True,note='attribution after the partial: "… Blinken told reporters on Friday"')
q('919','This is not only about the protesters on the street. Someone inside the system opened the door,','Dosym Satpayev','he','told')
c('919','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty')
c('919','detained',4404,None,'people detained so far',MIA,'4,404 people had been detained so far')
c('919','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('919','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
e('919','2022-01-08','statement',None,[KNB],'the committee said on Saturday')
e('919','2022-01-06','arrest',None,[KNB,'Karim Masimov'],'Masimov had been detained on Thursday')
e('919','2022-01-05','other',None,[TOK,'Karim Masimov'],'removed Masimov as KNB chief on Wednesday',note='dismissal')
e('919','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over from Nazarbayev as chairman of the Security Council',note='"the day he also took over" = Wednesday')
e('919','2022-01-07','statement',None,[TOK],'On Friday, in a televised address')
e('919','2022-01-07','talks',None,[TOK,'Vladimir Putin'],'with whom he spoke by phone later that day',note='"later that day" = Friday')
e('919','2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said on Saturday')
e('919','2022-01-08','statement',None,['Aidos Ukibay'],'said on Saturday that the former president remained')
e('919','2022-01-07','statement','Washington',['Antony Blinken'],'Blinken told reporters on Friday')
e('919','2022-01-08','other','Almaty',[],'Internet access was partially restored in Almaty on Saturday')

# ---------------- 920 Kazinform page with all paragraph breaks lost (12 January 2022, a Wednesday)
art('920',0,'Tokayev: CSTO peacekeepers to start pulling out of Kazakhstan on Thursday','NUR-SULTAN. KAZINFORM – The withdrawal of the peacekeeping contingent',
    'Kazinform','2022-01-12',[],'NUR-SULTAN',
    ['KAZINFORM International News Agency','Politics Society Economy Incidents World Photo Video','Follow us on Telegram  Facebook  Instagram',
     '© 1997-2022 Kazinform. All rights reserved. When using materials, a hyperlink to inform.kz is required.'])
q('920','The main mission of the CSTO peacekeeping forces has been successfully completed. In two days a phased withdrawal of the joint contingent will start,',TOK,'the President','said',note='opening mark glued to the previous sentence ("on Tuesday.“The …")')
q('920','fully legitimate',TOK,'The Head of State','stressed',partial=True)
q('920','I want to say clearly: there was no occupation, and there will be none,',TOK,'Tokayev','said')
q('920','in the hands of bandits',TOK,'He','noted',partial=True)
q('920','We have identified the main groups. Some of them came from abroad, and this will be proven,','Yerlan Turgumbayev','the minister','said')
q('920','The task has been fulfilled in full,',SER,'he','said',note='he = "the Commander of the CSTO Collective Peacekeeping Forces, Colonel General Andrei Serdyukov" of the previous glued sentence')
c('920','troops_deployed',2030,None,'CSTO contingent',TOK,'numbered 2,030 servicemen',note='"According to him"; the "250 units of military hardware" in the same clause is equipment, not a claim here')
c('920','detained',9900,None,'people detained in connection with the riots','Yerlan Turgumbayev','9,900 people had been detained')
e('920','2022-01-11','statement','Nur-Sultan',[TOK],'said at a session of the Mazhilis on Tuesday')
e('920','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin on Thursday',note='announced start of the withdrawal (future)')
e('920','2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov',TOK],'the deputies approved Alikhan Smailov as Prime Minister',note='"At the same session" = Tuesday')
e('920','2022-01-05','other','Almaty',['Almaty City Akimat'],'on January 5',note='the akimat and police "left the city"')
e('920','2022-01-12','casualty_report',None,['Yerlan Turgumbayev'],'told reporters on Wednesday')
e('920',None,'withdrawal','Kazakhstan',[SER,CSTO],'had begun to transfer the protected facilities',note='"Earlier," handover of facilities; no day')
e('920','2022-01-12','statement',None,[SER],'he said on Wednesday')
e('920',None,'state_of_emergency','Almaty',['Almaty city administration'],'remains in force in Almaty until January 19',note='January 19 is the end date; no start date given')

# ---------------- 921 media-monitoring CSV export: three rows = three articles (2022-01-11 / 12 / 13)
art('921',0,'Oslo warns Moscow troops in Kazakhstan must not become permanent',"Norway's Foreign Minister Anniken Huitfeldt said on Monday that the Russian-led",
    'The Barents Observer','2022-01-11',['Ingrid Solheim'],None,['id,published,source,country,language,author,headline,text,url,reach,sentiment,tags'],ls=2,le=2)
art('921',1,"NATO and Russia end Brussels meeting with 'significant differences'",'NATO and Russia held their first NATO-Russia Council meeting in more than',
    'Helsinki Times','2022-01-12',[],None,[],ls=3,le=3)
art('921',2,'OSCE talks close week of diplomacy as CSTO starts Kazakhstan pullout','The 57-nation OSCE ended a week of security talks in Vienna on Thursday, with its',
    'Euractiv','2022-01-13',['Gabriel Ionescu'],None,[],ls=4,le=4)
CSV='CSV escaping: each mark is doubled ("") inside the quoted text field; the span sits between the inner marks of the pairs'
q('921','must be temporary and transparent','Anniken Huitfeldt',"Norway's Foreign Minister Anniken Huitfeldt",'said',partial=True,note=CSV)
q('921','We have seen before how a short mission becomes a long presence,','Anniken Huitfeldt','Huitfeldt','told',note=CSV+'; inverted "…,"" Huitfeldt told the NTB news agency"')
q('921','tough but useful',RYA,'Russian Deputy Foreign Minister Sergey Ryabkov','said',partial=True,note=CSV)
q('921','significant differences','Jens Stoltenberg','Secretary General Jens Stoltenberg','called',n=2,art=1,partial=True,note=CSV+'; the single-quoted repeat in the headline field is excluded')
q('921','The allies were united: every nation must remain free to choose its own path,','Jens Stoltenberg','Stoltenberg','told',art=1,note=CSV)
q('921','not up for negotiation','Pekka Haavisto','Finnish Foreign Minister Pekka Haavisto','said',art=1,partial=True,note=CSV)
q('921','higher now than in three decades','Zbigniew Rau','Foreign Minister Zbigniew Rau','warning',art=2,partial=True,note=CSV+'; cue is the participle "warning that"')
q('921','this month, not in a year','Alexander Lukashevich','Alexander Lukashevich','said',art=2,partial=True,note=CSV)
q('921','If we do not hear a constructive response within a reasonable time, we will have to take measures to ensure our security,','Alexander Lukashevich','he','told',art=2,note=CSV)
q('921','fulfilled their task',SER,'Colonel General Andrei Serdyukov','said',art=2,partial=True,note=CSV)
c('921','troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'2,030 troops from six member states are in Kazakhstan')
c('921','troops_deployed',100000,'about','Russian troops near Ukraine','Jens Stoltenberg','the estimated 100,000 Russian troops',art=1,note='"estimated" normalised to about')
c('921','detained',10000,'about','people detained since the start of the unrest',MIA,'about 10,000 people had been detained',art=2)
e('921','2022-01-10','statement',None,['Anniken Huitfeldt'],'Huitfeldt said on Monday',note='Monday before the row date Tue 11 Jan')
e('921','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and US delegations met in Geneva',note='"on the day" the minister spoke = Monday')
e('921','2022-01-09','statement','Murmansk',['Murmansk regional government'],'the regional government said on Sunday',note='the 1,200 conscripts are not a claim')
e('921','2022-01-12','talks','Brussels',['NATO','Russia'],'in Brussels on Wednesday',art=1)
e('921',None,'statement','Helsinki',['Pekka Haavisto'],'said in Helsinki',art=1,note='undated')
e('921','2022-01-13','talks','Vienna',['OSCE','Russia'],'in Vienna on Thursday',art=2)
e('921','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the CSTO began withdrawing its contingent from Kazakhstan',art=2,note='"On the same day" = Thursday')
e('921','2022-01-13','other','Almaty',[SER,CSTO],'at a ceremony in Almaty',art=2,note='farewell ceremony, same day')
e('921','2022-01-13','casualty_report',None,[MIA],'Interior Ministry said on Thursday',art=2)

# ---------------- 922 lynx -dump of an RFE/RL page (January 10, 2022, a Monday)
art('922',0,'Putin Tells CSTO Summit Kazakh Unrest Was Foreign-Backed As Tokayev Calls It A Coup Attempt','Russian President [14]Vladimir Putin has told an online summit of the Russian-led',
    'RFE/RL','2022-01-10',['Aiman Tursyn'],None,
    ['   [1]Skip to main content','   [2]RFE/RL','   (BUTTON) Search','     * [3]Russia','   [7][IMG]',"   By [8]Aiman Tursyn and [9]RFE/RL's Kazakh Service",
     '   January 10, 2022 20:14 GMT','   [10]Share  [11]Share  [12]Share  [13]Print','   With reporting by Reuters, AFP, and TASS','References',
     '   1. https://www.rferl.org/a/putin-cstosummit-kazakhstan/31648510.html#content'],le=ln('922','With reporting by Reuters'))
q('922',"What happened in Kazakhstan is not the first attempt to interfere from outside, and we\n   will not let anyone stage so-called 'color revolutions' in our countries,",'Vladimir Putin','Putin','said',malformed=True,note=WR+"; the nested single-quoted 'color revolutions' is not a separate quote")
q('922','a coordinated attack by armed groups that\n   had been trained abroad.',TOK,'Tokayev','said',malformed=True,partial=True,note=WR)
q('922','The peacekeepers will leave as\n   soon as their task is done,',TOK,'he','said',malformed=True,note=WR)
q('922','a lesson','Alexander Lukashenko','Belarusian leader Alyaksandr Lukashenka','told',partial=True,note='two-word partial kept (evaluative wording with a speech verb); Belarusian spelling of the name')
q('922','limited in time and scope.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q('922','We told our Russian colleagues plainly that several of their proposals cannot be accepted,','Wendy Sherman','Sherman','told',note='inverted; the line is longer than the lynx wrap width, the quote does not cross a break')
q('922','shut the\n   door','Wendy Sherman','Sherman','adding',malformed=True,partial=True,note=WR)
q('922','no reason to fear',RYA,'Ryabkov','said',partial=True)
q('922','a show for two\n   audiences.','Daniyar Ashimbayev','Daniyar Ashimbaev','said',malformed=True,partial=True,note=WR)
q('922','For Moscow it proves the CSTO works, and for Tokayev it proves that Moscow is\n   behind him,','Daniyar Ashimbayev','he','told',malformed=True,note=WR)
c('922','detained',7939,None,'people detained across the country',MIA,'[17]7,939 people had been',note='lynx link marker "[17]" glued to the number')
c('922','killed',164,None,'dead (figure removed)',None,'a figure of 164 dead appeared',note='appeared on "an official Telegram channel"; the Health Ministry later called it a technical error')
e('922','2022-01-10','talks',None,['Vladimir Putin',TOK,CSTO],'has told an online summit of the Russian-led',note='"the January 10 meeting"')
e('922','2022-01-10','casualty_report',None,[MIA],'Interior Ministry said earlier on January 10')
e('922','2022-01-09','casualty_report',None,[],'On January 9, a figure of 164 dead appeared')
e('922',None,'statement',None,[MOH],'the Health Ministry later called it a technical error',note='"later"; no day')
e('922','2022-01-10','talks','Geneva',[RYA,'Wendy Sherman'],'held nearly eight hours of talks',note='"Meanwhile" = the day of the January 10 summit')

# ---------------- 923 NZZ English page with soft hyphens and Swiss thousand separators (13.01.2022, a Thursday)
art('923',0,sh('Three days, three formats, no break~through: Moscow’s talks with the West end in Vienna'),sh('After Geneva and Brussels, the OSCE meeting in Vienna'),
    'Neue Zürcher Zeitung','2022-01-13',['Andreas Vogt'],'Vienna',
    ['Neue Zürcher Zeitung','NZZ English','International','Andreas Vogt, Vienna','13.01.2022, 17.45 Uhr','Listen to this article','5 min','More on the topic',
     'Kazakhstan: Tokayev removes Nazarbayev from the Security Council','Geneva talks: eight hours and no rapprochement','NZZ Abo: read all articles for 1 franc in the first month'],
    le=ln('923','For the Swiss companies'),sections=(ln('923','Farewell in Almaty'),))
q('923','Our region has not been this close to a large war for three decades','Zbigniew Rau','Rau','said',note='guillemets «…», comma outside the closing mark')
q('923','a moment of truth','Alexander Lukashevich','Alexander Lukashevich','called',partial=True,note='the one-word «endlessly» in the next sentence is excluded')
q('923','If there is no constructive reaction, we will draw our own conclusions and take the necessary measures','Alexander Lukashevich','the diplomat','told')
q('923','in the wrong direction','Alexander Grushko','Russia’s Deputy Foreign Minister Alexander Grushko','said',partial=True,note='the one-word «significant» (Stoltenberg) in the same paragraph is excluded')
q('923','Switzerland remains ready to offer its good offices, as long as both parties want it','Ignazio Cassis','Foreign Minister Ignazio Cassis','said',note='inverted "», said Foreign Minister Ignazio Cassis"')
q('923','We leave Kazakhstan with the feeling of a duty fulfilled',SER,'the commander','said',note='the name before it is written with a soft hyphen: "Serdyu\\u00adkov"')
c('923','troops_deployed',2030,None,'CSTO contingent',RDM,'comprised 2’030 soldiers',note='Swiss thousand separator ’ (U+2019); "around 250 vehicles" is equipment, not a claim here')
c('923','detained',10000,'almost','people detained','Kazakh authorities','almost 10’000',note='Swiss thousand separator')
c('923','killed',164,None,'dead (figure that briefly circulated)',None,'a figure of 164 dead had briefly circulated')
e('923','2022-01-13','talks','Vienna',['OSCE','Russia'],'ended on Thursday in the Hofburg in Vienna')
e('923','2022-01-10','talks','Geneva',['Russia','United States'],'had begun on Monday in Geneva')
e('923','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'On Wednesday, at the first meeting of the NATO-Russia Council')
e('923','2022-01-09','talks','Geneva',['Ignazio Cassis'],'who met US and Russian delegates on Sunday')
e('923','2022-01-13','withdrawal','Kazakhstan',[CSTO],'from Kazakhstan began on Thursday')
e('923',None,'other','Almaty',[SER],'At a ceremony in Almaty',note='farewell ceremony; no day word in its own sentence (the withdrawal began on Thursday)')
e('923','2022-01-11','statement',None,[TOK],sh('had announced the with~drawal on Tuesday'),note='evidence contains a soft hyphen')
e('923','2022-01-09','casualty_report',None,[],'on Sunday a figure of 164 dead')

# ---------------- 924 RNZ page as read by a screen reader (NVDA Speech Viewer log; 5:31 am on 14 January 2022, a Friday, NZ time)
art('924',0,'Russian-led troops begin leaving Kazakhstan as talks with West stall','Troops from a Russian-led military alliance have started to withdraw from',
    'RNZ','2022-01-14',[],None,
    ['NVDA Speech Viewer','RNZ - Radio New Zealand  document','banner landmark','link  RNZ','navigation landmark  list  with 6 items','main landmark',
     '5:31 am on 14 January 2022','button  Share this','Photo: AFP / Russian Defence Ministry press service',
     "link  Read more: Kazakhstan's president says unrest was a coup attempt",'- Reuters / RNZ','list  with 3 items','link  Facebook',
     'contentinfo landmark','copyright 2022 Radio New Zealand'],sections=(ln('924','heading  level 2  Talks at a standstill'),))
q('924','The peacekeeping forces did what they were asked to do. Not a single shot was fired at civilians by our people,',SER,'Colonel General Andrei Serdyukov','said',note='inverted: "…," the commander of the mission, Colonel General Andrei Serdyukov, said … according to Russian news agencies')
q('924','not a paper organisation',TOK,'He','said',partial=True)
q('924','privileged class',TOK,'Tokayev','accused',partial=True,note='two-word evaluative wording with the cue "had accused … of allowing"')
q('924',"a veto on anyone's choices",'Michael Carpenter','Michael Carpenter','said',partial=True,note='"the United States envoy, Michael Carpenter, said"')
q('924','no reason',RYA,'Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='two-word partial "saw "no reason" to meet again"')
q('924','The Americans have heard us, but I do not see that they have understood us,',RYA,'Ryabkov','said')
q('924','positive elements','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said',partial=True)
q('924','We continue to advise New Zealanders not to travel to Kazakhstan at this time,',NZMFAT,'a ministry spokesperson','said')
c('924','troops_deployed',2030,'about','CSTO troops from six countries',None,'about 2030 troops from six countries',note='no thousands separator, looks like a year; the sentence has no attribution (the Defence Ministry is cited in the previous sentence)')
c('924','detained',10000,'more than','people detained during and after the protests','Kazakh government','more than 10,000 people were detained',note='"The government says"')
e('924','2022-01-13','withdrawal','Almaty',[CSTO],'The first soldiers left from Almaty on Thursday (local time)',note='Thursday before NZ Friday 14 Jan')
e('924','2022-01-13','statement','Almaty',[SER],'said at the ceremony',note='the ceremony was on Thursday')
e('924',None,'troop_deployment','Kazakhstan',[CSTO],'a week after they were sent in',note='"a week after" is not resolved (real: 6 Jan)')
e('924',None,'statement','Almaty',[TOK],'thanked the troops in a message read out at the airport',note='no day given')
e('924','2022-01-11','statement',None,[TOK],'On Tuesday, Tokayev had accused')
e('924','2022-01-13','talks','Vienna',['OSCE','Russia','United States'],'in Vienna yesterday',note='"yesterday" from Friday 14 Jan (NZ)')
e('924',None,'statement','Moscow',[RYA],'told RTVI television',note='undated')
e('924',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said')
e('924',None,'statement',None,[NZMFAT],'said it was aware of about 40 New Zealanders',note='the 40 New Zealanders are not a claim')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(CAV,'person',[mj('Mevlüt Çavuşoğlu'),mj('Çavuşoğlu')],['Foreign Minister'],'Türkiye',[],[mj('MEVLÜT ÇAVUŞOĞLU')],note='only mojibake forms are printed (917); words invented'),
 sp(ERD,'person',[mj('Recep Tayyip Erdoğan'),mj('Erdoğan')],['President'],'Türkiye',note='mojibake forms; words paraphrased'),
 sp(OTS,'organisation',['Organization of Turkic States','OTS'],[],None,['The Organization of Turkic States (OTS)']),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['secretary-general'],'Kazakhstan',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the ministry']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation',sh('Collective Security Treaty Organi~zation')],[],None,['The alliance']),
 sp('Selin Karaca','person',['Selin Karaca','Karaca'],['a Central Asia researcher at the Ankara-based Eurasia Dialogue Center'],'Türkiye',['she'],note='invented'),
 sp(MEA,'organisation',['Ministry of External Affairs','MEA'],[],'India',['the Ministry of External Affairs (MEA)']),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA spokesperson'],'India',['He'],note='words invented'),
 sp('Rohit Yadav','person',['Rohit Yadav'],['a fourth-year student'],'India',note='invented'),
 sp('Sunita Verma','person',['Sunita Verma'],[],'India',note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev',sh('Toka~yev')],['President','Kazakh President','Head of State'],'Kazakhstan',['the President','The Head of State','He','he']),
 sp('Aidos Ukibay','person',['Aidos Ukibay','Ukibay'],["Nazarbayev's spokesman"],'Kazakhstan',note='words paraphrased'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States'),
 sp('Dosym Satpayev','person',['Dosym Satpayev'],['a political analyst in Almaty'],'Kazakhstan',['he'],note='real analyst, words invented'),
 sp('Yerlan Turgumbayev','person',['Yerlan Turgumbayev'],['Interior Minister'],'Kazakhstan',['the minister'],note='earlier sets also spell "Erlan"'),
 sp(SER,'person',['Andrei Serdyukov',sh('Andrei Serdyu~kov')],['Commander of the CSTO Collective Peacekeeping Forces','Colonel General','the commander of the mission'],'Russia',['he','the commander']),
 sp('Anniken Huitfeldt','person',['Anniken Huitfeldt','Huitfeldt'],["Norway's Foreign Minister"],'Norway',note='words invented'),
 sp(RYA,'person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg',sh('Jens Stolten~berg'),sh('Stolten~berg')],['Secretary General'],None,note='soft-hyphen forms in 923'),
 sp('Pekka Haavisto','person',['Pekka Haavisto'],['Finnish Foreign Minister'],'Finland',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland’s Foreign Minister",'Foreign Minister'],'Poland',note='words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE","Russia’s repre\u00adsentative"],'Russia',['he','the diplomat']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Alexander Lukashenko','person',['Alyaksandr Lukashenka'],['Belarusian leader'],'Belarus',note='Belarusian spelling only in this set'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],[],'United States',note='title "U.S. Deputy Secretary of State" is broken by a lynx hard wrap'),
 sp('Daniyar Ashimbayev','person',['Daniyar Ashimbaev'],['a political analyst in Almaty'],'Kazakhstan',['he'],note='canonical from an earlier set; printed "Ashimbaev"; real analyst, words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Ignazio Cassis','person',['Ignazio Cassis'],['Foreign Minister'],'Switzerland',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['the United States envoy'],'United States',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp(NZMFAT,'organisation',["Ministry of Foreign Affairs and Trade"],[],'New Zealand',['a ministry spokesperson']),
 sp(MOH,'organisation',['health ministry','Health Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the withdrawn 164 figure in 918/922'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former leader'],'Kazakhstan',[],[],quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],[],'Kazakhstan',[],[],quoted=False),
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
