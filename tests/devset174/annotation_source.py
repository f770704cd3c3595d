#!/usr/bin/env python3
"""Source of the devset174 annotation: the hand-chosen spans, values and dates for 1485-1492.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset174/annotation_source.py && python3 tests/devset174/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RDM='Russian Defence Ministry'
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; STO='Jens Stoltenberg'; PUT='Vladimir Putin'; SHE='Wendy Sherman'
def H(p,s):
    "1-based line number of the line that equals s exactly"
    L=T[doc(p)].split('\n'); assert L.count(s)==1,(p,s); return L.index(s)+1

# ---------------- 1485 The National "The Briefing" morning newsletter (Thursday 13 January 2022): 3 items = 3 articles
P='1485'; PUB='2022-01-13'; AU=['Hamdan Al Suwaidi']
h0=H(P,'CSTO troops start pulling out of Kazakhstan'); h1=H(P,'Geneva and Brussels talks leave Moscow unconvinced'); h2=H(P,'UAE flights to Almaty resume')
RM='Read more on thenationalnews.com >'
art(P,0,h0,h0+2,'The National',PUB,AU,None,['The National','THE BRIEFING | Your morning news digest from Abu Dhabi','View in browser','Thursday 13 January 2022',
    'Good morning. Here is what you need to know today, compiled by Hamdan Al Suwaidi, newsletter editor.','Weather in Abu Dhabi: 24°C, light winds. Prayer times: Fajr 5.44am | Dhuhr 12.29pm',RM],ls=h0,le=h0+4)
art(P,1,h1,h1+2,'The National',PUB,AU,None,[RM],ls=h1,le=h1+4)
art(P,2,h2,h2+2,'The National',PUB,AU,None,[RM,'ADVERTISEMENT','Dubai Shopping Festival: the countdown is on','You are receiving this email because you signed up for The Briefing.',
    'Unsubscribe | Manage preferences | Privacy policy','The National, Abu Dhabi, United Arab Emirates. Copyright 2022'],ls=h2,le=h2+4)
q(P,'completed every task set for them',SER,'Col Gen Andrei Serdyukov','told',art=0,partial=True,note='"Col Gen" abbreviated rank (The National style, no full stops)')
q(P,'a large number of differences on fundamental questions',RYA,'Sergey Ryabkov','said',art=1,partial=True)
q(P,'ready to sit down again',STO,'Jens Stoltenberg','said',art=1,partial=True,note='participial phrase "speaking after the meeting," between name and cue')
q(P,'Our teams on the ground have confirmed the airport is operating safely,',None,'a company spokesman','said',art=2,note='unnamed Flydubai spokesman; inverted cue after the quote')
q(P,'watching but not panicking',"Amal Khoury",'Dr Amal Khoury','said',art=2,partial=True,note='"Dr" without a full stop, UAE style')
q(P,'Kazakhstan has been a reliable partner for 30 years and one violent week does not undo that,',"Amal Khoury",'she','said',art=2,note='second quote in the same line, pronoun cue; "30 years" is not a claim')
c(P,'troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',None,'deployed about 2,030 troops',art=0)
c(P,'killed',164,None,'people who died in the violence','Kazakh officials','Kazakh officials say 164 people died',art=0)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began its withdrawal on Thursday',art=0)
e(P,None,'statement','Almaty',[SER],'told reporters in Almaty',art=0,note='no day given for the remarks (likely 2022-01-13)')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'appealed for help on January 5',art=0)
e(P,'2022-01-12','statement',None,[RYA],'Sergey Ryabkov said on Wednesday',art=1)
e(P,None,'talks','Brussels',['Russia','NATO',STO],'talks with Nato in Brussels',art=1,note='the day of the meeting itself is not stated (real date 2022-01-12); "Nato" in The National house style')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',art=1,note='present tense "takes up" on the newsletter date')
e(P,'2022-01-14','other','Almaty',['Flydubai'],'would restart on Friday',art=2,note='planned: flights resume; Friday after Thursday 13 January')

# ---------------- 1486 Tehran Times interview, Q&A format (January 11, 2022 - 21:17, Tue)
P='1486'; PUB='2022-01-11'; KAR='Mohammad-Reza Karimi'
art(P,0,H(P,'"Foreign troops in Kazakhstan must not become a permanent fixture"'),8,'Tehran Times',PUB,['Ali Reza Moradi'],'TEHRAN',
    ['Tehran Times','Politics | Interview','January 11, 2022 - 21:17','By Ali Reza Moradi','Tags: Kazakhstan, CSTO, Iran, interview','RELATED NEWS',
     'Iran calls for calm in Kazakhstan','Amir-Abdollahian, Tileuberdi discuss situation in phone call','© 2022 Tehran Times. All rights reserved.'],
    le=H(P,'A: "Stability that depends on foreign soldiers is not stability," I tell my students. Kazakhstan needs reforms, not only arrests.'))
q(P,'Foreign troops in Kazakhstan must not become a permanent fixture',KAR,None,None,zone='headline',note='interview headline: the whole headline is a quote of the interviewee, who is named only in the lede')
q(P,'turned within three days into something no one had planned for.',KAR,'Dr. Karimi','told',partial=True)
q(P,'the task has been fulfilled',PUT,'Mr. Putin','says',partial=True,note='Putin quoted inside the interviewee\'s unquoted answer ("I believe Mr. Putin when he says, as he did at the video summit on Monday, that"); the nearest speaker is Karimi, the quote is Putin\'s')
q(P,'will be resolved through dialogue and within the framework of the law,','Saeed Khatibzadeh','Mr. Khatibzadeh','said',partial=True,note='quoted inside an answer; the question line names the spokesman in full')
q(P,'difficult, long, very professional,',RYA,'Ryabkov','described them as',partial=True)
q(P,'Stability that depends on foreign soldiers is not stability,',KAR,'I','tell',note='first-person cue "I tell my students" inside an answer line; the speaker is the interviewee')
c(P,'detained',8000,'almost','people detained in Kazakhstan',MIA,'nearly 8,000 people were detained',note='the interviewee relays the ministry figure')
e(P,'2022-01-02','protest','Zhanaozen',[],'began in Zhanaozen on January 2')
e(P,'2022-01-05','protest','Almaty',[],'government buildings in Almaty were burning on January 5')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The CSTO arrived the next day.',note='"the next day" after January 5')
e(P,'2022-01-10','talks',None,[PUT,CSTO],'at the video summit on Monday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States',RYA],'The talks on Monday lasted nearly eight hours.')

# ---------------- 1487 Press TV video page with transcript (Thursday, 13 January 2022 6:42 PM)
P='1487'; PUB='2022-01-13'; GRU='Alexander Grushko'
art(P,0,H(P,'Kazakhstan: CSTO says mission accomplished as withdrawal begins'),H(P,"Press TV's Moscow correspondent Dmitry Volkov reports."),'Press TV',PUB,['Dmitry Volkov'],None,
    ['PressTV','Home | Iran | West Asia | World | Video | Programs','Video | News','Thursday, 13 January 2022 6:42 PM  [ Last Update: Thursday, 13 January 2022 7:05 PM ]',
     '[Video 03:12]','Transcript:','[END OF TRANSCRIPT]','Related','Iran welcomes return of calm to Kazakhstan','Russia-NATO talks end with no breakthrough','Comments (0)','Press TV | All rights reserved'],
    le=H(P,'[END OF TRANSCRIPT]'))
q(P,'The collective forces have completed their mission. The situation is stable.',SER,'He','said',note='"He said, \\"…\\"" with the name in the previous sentence; inside a transcript turn labelled VOLKOV (the correspondent is not the speaker)')
q(P,'not ready to take into account our concerns',GRU,'Alexander Grushko','said',partial=True)
q(P,'The Islamic Republic supports the independence and territorial integrity of Kazakhstan.',None,"Iran's ambassador in Nur-Sultan",'told',note='unnamed ambassador; cue "told me by phone" (first person = the correspondent)')
q(P,'should leave as soon as their job is done.',None,'He','said',partial=True,note='"He" = the unnamed Iranian ambassador')
q(P,'We lost everything in one night and nobody has come to ask us what happened.',None,'One shopkeeper','told',note='unnamed shopkeeper')
c(P,'troops_deployed',1500,None,'Russian servicemen being withdrawn',RDM,'withdrawal of its 1,500 servicemen',note='the withdrawing Russian contingent')
c(P,'detained',9900,'more than','people detained during the unrest','Kazakh officials','more than 9,900 people were detained')
c(P,'killed',164,None,'death toll','Kazakh Health Ministry','puts the death toll at 164')
e(P,'2022-01-13','withdrawal','Kazakhstan',[RDM],'The first Russian transport planes left Kazakhstan today',note='"today" on a page stamped 13 January')
e(P,'2022-01-19','withdrawal','Kazakhstan',[RDM],'will be completed by January 19',note='planned completion date')
e(P,None,'other','Almaty',[SER],'spoke at a ceremony in Almaty',note='no day stated (likely 2022-01-13)')
e(P,None,'talks','Brussels',['Russia','NATO',GRU],'after the Brussels meeting',note='real date 2022-01-12; not stated')
e(P,'2022-01-13','other','Almaty',[],'Almaty airport reopened to domestic flights today')

# ---------------- 1488 Jerusalem Post, Diaspora > Jewish World (JANUARY 13, 2022 20:44, Thu)
P='1488'; PUB='2022-01-13'; ML='Menachem Levin'; CL='Chana Levin'
art(P,0,H(P,"Almaty's Jews ride out the storm as Russian-led troops leave"),6,'The Jerusalem Post',PUB,['SHIRA GOLDBERG'],None,
    ['THE JERUSALEM POST','Home > Diaspora > Jewish World','By SHIRA GOLDBERG','Published: JANUARY 13, 2022 20:44','Updated: JANUARY 13, 2022 21:15','Related Content',
     "Kazakhstan's president blames 'terrorists' for unrest","Putin vows to protect ex-Soviet states from 'color revolutions'",'Copyright © 2022 Jpost Inc. All rights reserved • Terms of Use • Privacy Policy'],
    le=H(P,'Levin said he planned to reopen the synagogue for morning prayers on Sunday. "We will say a special blessing," the rabbi said, "for everyone in this city, Jews and non-Jews."'))
q(P,'We called every single family, one by one, every evening,',ML,'Levin','told')
q(P,'Thank God, no one from the community was hurt.',ML,'Levin','told',note='second sentence-quote after the interposed "Levin told The Jerusalem Post on Thursday."')
q(P,'It broke my heart, but the police asked us,',CL,'she','said',note='"Rebbetzin" honorific; same surname as the rabbi')
q(P,'following developments closely.','Lior Haiat','Lior Haiat','said',partial=True)
q(P,'People here are tired and frightened, but they are not running,','Yosef Abramov','he','said')
q(P,'We will say a special blessing,',ML,'the rabbi','said',note='bare surname "Levin" after the Rebbetzin paragraph: the rabbi, not his wife')
q(P,'for everyone in this city, Jews and non-Jews.',ML,'the rabbi','said',note='second half of a quote split by the interposed cue')
c(P,'troops_deployed',2500,'about','CSTO troops flown in',None,'some 2,500 troops were flown in')
c(P,'killed',164,None,'people killed',MIA,'reported 164 dead')
c(P,'detained',9900,'more than','people detained',MIA,'more than 9,900 detained')
e(P,'2022-01-02','protest',None,[],'The unrest broke out on January 2')
e(P,'2022-01-04','protest','Almaty',[],"when crowds stormed the mayor's office")
e(P,'2022-01-05','statement',None,[TOK,CSTO],'for help the next day',note='"the next day" after January 4')
e(P,'2022-01-06','statement','Jerusalem',['Israeli Foreign Ministry'],"Israel's Foreign Ministry said on January 6")
e(P,'2022-01-08','other','Almaty',[CL],'kept its doors closed for Shabbat on January 8')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'On Thursday, the CSTO began withdrawing.')
e(P,'2022-01-16','other','Almaty',[ML],'reopen the synagogue for morning prayers on Sunday',note='planned; Sunday after Thursday 13 January')

# ---------------- 1489 Asharq Al-Awsat English Edition (Tuesday - 8 Jumada al-Akhirah 1443 AH - 11 January 2022 AD, Issue Number)
P='1489'; PUB='2022-01-11'
art(P,0,H(P,'Kazakhstan: Tokayev Names New Premier, Says Foreign Troops to Leave in 10 Days'),13,'Asharq Al-Awsat',PUB,[],'Moscow',
    ['ASHARQ AL-AWSAT','English Edition','Home | Arab World | World | Opinion | Business | Lifestyle','World',
     'Tuesday - 8 Jumada al-Akhirah 1443 AH - 11 January 2022 AD Issue Number [15750]','Moscow - Asharq Al-Awsat','Editor Picks',
     "Putin: CSTO Will Not Allow 'Color Revolutions'",'Kazakh Ex-Security Chief Arrested on Treason Charges','Asharq Al-Awsat - the leading Arab daily newspaper - 2022'],
    le=H(P,'Sources familiar with the Geneva meeting told Asharq Al-Awsat that neither side had expected a breakthrough. "It was a first round, nothing more," a Russian diplomat said on condition of anonymity.'))
q(P,'The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Tokayev','said')
q(P,'played a very important role in terms of stabilizing the situation.',TOK,'He','added',partial=True)
q(P,"attempted coup d'etat",TOK,'The president','described',partial=True,note='closing mark after the term, before the comma')
q(P,'a single group of militants',TOK,'The president','said',partial=True)
q(P,'a frank and forthright discussion',SHE,'Wendy Sherman','described',partial=True)
q(P,'It was a first round, nothing more,',None,'a Russian diplomat','said',note='anonymous diplomat; "Sources … told Asharq Al-Awsat" in the same line')
c(P,'detained',7939,None,'people detained',None,'the number of people detained at 7,939',note='"Official figures" without a named body')
c(P,'killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces had been killed')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e(P,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov',TOK],'approved the appointment the same day')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving in two days',note='announced start of the withdrawal: two days after Tuesday 11 January')
e(P,'2022-01-10','talks',None,[CSTO,PUT],'held a videoconference summit')
e(P,'2022-01-10','casualty_report',None,[],'Official figures released on Monday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States',SHE],'met in Geneva on Monday')

# ---------------- 1490 Al Arabiya English explainer timeline (Published: 13 January ,2022: 08:05 PM GST)
P='1490'; PUB='2022-01-13'
secs=[H(P,s) for s in ['Sunday, January 2','Tuesday, January 4','Wednesday, January 5','Thursday, January 6','Friday, January 7','Saturday, January 8','Monday, January 10','Tuesday, January 11','Wednesday, January 12','Thursday, January 13']]
art(P,0,H(P,"Timeline: Kazakhstan's week of unrest, from fuel protests to CSTO pullout"),10,'Al Arabiya English',PUB,[],None,
    ['Al Arabiya English','News | World | Explainers','Published: 13 January ,2022: 08:05 PM GST','Updated: 13 January ,2022: 08:40 PM GST','Most read',
     'Saudi Arabia, Kazakhstan discuss bilateral ties','Oil prices rise as Kazakh output hit by unrest','Al Arabiya Network © 2022'],
    le=H(P,'The CSTO begins withdrawing. Kazakhstan\'s Interior Ministry says 9,900 people have been detained. A ceremony is held in Almaty to mark the handover of protected sites to Kazakh forces.'),sections=secs)
q(P,'terrorist gangs',TOK,'Tokayev','saying',partial=True)
q(P,'shoot to kill without warning',TOK,'Tokayev','says',partial=True,note='the order\'s wording with a speech verb; longer than the excluded label "shoot to kill" of the gold file')
q(P,'limited in time','Maria Zakharova','Maria Zakharova','says',partial=True)
q(P,"attempted coup d'etat",TOK,'Tokayev','tells',partial=True,note='present-tense timeline cue "tells a CSTO video summit that"')
q(P,'a real risk for new armed conflict in Europe',STO,'Jens Stoltenberg','says',partial=True)
c(P,'detained',9900,None,'people detained',MIA,"Kazakhstan's Interior Ministry says 9,900 people have been detained")
e(P,'2022-01-02','protest','Zhanaozen',[],'Protests begin in the oil town of Zhanaozen')
e(P,'2022-01-04','protest','Almaty',[],'Demonstrations spread to Almaty')
e(P,'2022-01-05','government_resignation','Nur-Sultan',[TOK],'accepts the resignation of the government')
e(P,'2022-01-05','protest','Almaty',[],"Crowds storm the mayor's office in Almaty")
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Tokayev calls on the CSTO for help')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia'],'The first Russian paratroopers arrive.')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev says he has given the order')
e(P,'2022-01-07','statement','Moscow',['Maria Zakharova'],'Maria Zakharova says the CSTO mission')
e(P,'2022-01-08','arrest',None,['Karim Masimov'],'Karim Masimov is detained on suspicion of treason')
e(P,'2022-01-10','talks',None,[TOK,CSTO],'tells a CSTO video summit')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Russia and the United States hold talks in Geneva.')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov'],'Alikhan Smailov is approved as prime minister.')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],'Russia and NATO meet in Brussels.')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The CSTO begins withdrawing.')
e(P,'2022-01-13','other','Almaty',[],'A ceremony is held in Almaty')

# ---------------- 1491 Gulf Times "WORLD IN BRIEF" (Wed, 12 Jan 2022 - 12:40 am): 5 briefs = 5 articles; "yesterday" = 11 Jan
P='1491'; PUB='2022-01-12'
heads=[('Kazakh parliament backs new premier','NUR-SULTAN'),('Rights group seeks probe into deaths','GENEVA'),('Russia, US end Geneva talks','GENEVA'),
       ('Turkey sends aid plane to Almaty','ANKARA'),('Qatar follows developments in Kazakhstan','DOHA')]
for i,(h,dl) in enumerate(heads):
    n=H(P,h); b=[]
    if i==0: b=['Gulf Times',"Qatar's top-selling English daily",'Home | Qatar | Region | International | Business | Sport','International','WORLD IN BRIEF','Wed, 12 Jan 2022 - 12:40 am']
    if i==4: b=['Most Viewed','Qatar records 4,123 new Covid-19 cases','Doha Metro extends weekend hours','Copyright © 2022 Gulf Times. All rights reserved.']
    art(P,i,n,n+1,'Gulf Times',PUB,[],dl,b,ls=n,le=n+1)
q(P,'They came at a difficult moment and they will leave when the work is done,',TOK,'Tokayev','told',art=0,note='agency credit " - AFP" glued to the end of the paragraph')
q(P,'necessary and proportionate','UN Human Rights Office','Her office','said',art=1,partial=True,note='nearest name is Michelle Bachelet; the speaker is her office')
q(P,'no intention',RYA,'Sergei Ryabkov','told',art=2,partial=True,note='two-word partial; "Sergei" spelling')
q(P,'simply non-starters',SHE,'Wendy Sherman','said',art=2,partial=True,note='the one-word "firmly" in the same sentence is excluded')
q(P,'our Kazakh brothers','Mevlut Cavusoglu','Mevlut Cavusoglu','said',art=3,partial=True,note='name printed without Turkish diacritics')
q(P,'restraint and the preservation of lives and property','Qatari Ministry of Foreign Affairs',"Qatar's Ministry of Foreign Affairs",'called for',art=4,partial=True)
c(P,'killed',164,None,'people killed','Kazakh authorities','164 people were killed',art=1)
c(P,'killed',3,None,'children killed','Kazakh authorities','including three children',art=1,note='written-out number')
e(P,'2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov'],'yesterday approved Alikhan Smailov as prime minister',art=0)
e(P,'2022-01-13','withdrawal','Kazakhstan',['Russia'],'would start withdrawing tomorrow',art=0,note='"tomorrow" relative to the 12 January print date')
e(P,'2022-01-11','statement','Geneva',['Michelle Bachelet'],'yesterday urged Kazakhstan',art=1)
e(P,'2022-01-10','talks','Geneva',['Russia','United States',RYA,SHE],'ended more than seven hours of talks on Monday',art=2)
e(P,'2022-01-11','other','Ankara',['Turkish Defence Ministry'],'took off for Almaty yesterday',art=3)
e(P,'2022-01-10','statement','Ankara',['Mevlut Cavusoglu'],'Cavusoglu said on Monday',art=3)
e(P,'2022-01-11','statement','Doha',['Qatari Ministry of Foreign Affairs'],'yesterday said the State of Qatar',art=4)

# ---------------- 1492 Arab News Pakistan edition (Updated 09 January 2022 / January 09, 2022 21:05, Sun)
P='1492'; PUB='2022-01-09'; AIA='Asim Iftikhar Ahmad'
art(P,0,H(P,'Pakistan brings home 112 students stranded in Kazakhstan'),H(P,'ISLAMABAD: A special Pakistan International Airlines flight carrying 112 students and other citizens stranded in Kazakhstan by last week\'s unrest landed in Islamabad on Sunday, officials said.'),
    'Arab News',PUB,['SAIMA RAZA'],'ISLAMABAD',
    ['Arab News','PAKISTAN','Home | Pakistan | World | Business | Opinion','Updated 09 January 2022','SAIMA RAZA','January 09, 2022 21:05','Follow','Read more',
     "Pakistan 'closely monitoring' situation in Kazakhstan: FO",'Kazakh president says order restored, allows troops to shoot without warning','Arab News © 2022 All rights reserved'],
    le=H(P,'Dr. Tariq Mehmood, the father of one of the returning students, said he had not slept for four nights. "Alhamdulillah, my daughter is home," he said.'))
q(P,'The last few days were very frightening. We could hear gunfire at night,','Ayesha Baloch','Ayesha Baloch','told')
q(P,'over 400 Pakistani nationals',AIA,'Asim Iftikhar Ahmad','said',partial=True,note='a number inside a partial quote; not a claim (nationals abroad)')
q(P,'We will continue to facilitate all those who wish to return,',AIA,'he','said')
q(P,'solidarity with the brotherly people of Kazakhstan.','Shah Mahmood Qureshi','Qureshi','expressed',partial=True,note='"According to a statement, Qureshi expressed": the minister is the speaker, the statement the channel')
q(P,'Alhamdulillah, my daughter is home,','Tariq Mehmood','he','said')
c(P,'detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c(P,'troops_deployed',2500,'about','CSTO troops sent',None,'sent around 2,500 troops')
e(P,'2022-01-09','other','Islamabad',['Pakistan International Airlines'],'landed in Islamabad on Sunday, officials said')
e(P,'2022-01-05','protest','Almaty',[],'Almaty airport was seized by protesters on Wednesday',note='"on Wednesday" in a Sunday 9 January story')
e(P,'2022-01-06','other','Nur-Sultan',['Pakistani embassy'],'set up a helpline on Thursday')
e(P,'2022-01-07','talks',None,['Shah Mahmood Qureshi','Mukhtar Tileuberdi'],'by telephone on Friday')
e(P,'2022-01-09','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Sunday")
e(P,'2022-01-02','protest',None,[],'the protests began on January 2')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Col Gen','Colonel General','The commander of the peacekeeping force'],'Russia',['He'],[],note='real; words invented'),
 sp(RYA,'person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],["Russia's Deputy Foreign Minister"],'Russia',[],["Russia's Sergei Ryabkov"],note='real; words invented/paraphrased'),
 sp(STO,'person',['Jens Stoltenberg'],['Nato Secretary General','NATO Secretary-General'],None,note='real; words invented/paraphrased'),
 sp('Amal Khoury','person',['Amal Khoury'],['Central Asia analyst'],None,['she'],['Dr Amal Khoury'],note='invented'),
 sp('Mohammad-Reza Karimi','person',['Mohammad-Reza Karimi','Karimi'],['professor of Eurasian studies'],'Iran',['I'],['Dr. Karimi','Dr. Mohammad-Reza Karimi'],note='invented interviewee'),
 sp(PUT,'person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],['Mr. Putin'],note='real; words paraphrased'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],["Foreign Ministry spokesman"],'Iran',[],['Mr. Khatibzadeh'],note='real; words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='real; words invented'),
 sp('Menachem Levin','person',['Menachem Levin','Levin'],['Rabbi','the Chabad emissary in Almaty'],'Kazakhstan',['the rabbi'],['Rabbi Menachem Levin'],note='invented'),
 sp('Chana Levin','person',['Chana Levin'],['Rebbetzin'],'Kazakhstan',['she'],['Rebbetzin Chana Levin'],note='invented; shares the surname of the rabbi'),
 sp('Lior Haiat','person',['Lior Haiat'],['Foreign Ministry spokesman'],'Israel',note='real spokesman; words invented'),
 sp('Yosef Abramov','person',['Yosef Abramov'],["The Jewish Agency's envoy to Central Asia"],'Israel',['he'],note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['He','The president'],['President Tokayev'],note='real; words invented/paraphrased'),
 sp(SHE,'person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',note='real; words invented/paraphrased'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',note='real; words paraphrased'),
 sp('UN Human Rights Office','organisation',[],[],None,['Her office'],note='the office of the UN human rights chief (Michelle Bachelet); no variant name printed'),
 sp('Mevlut Cavusoglu','person',['Mevlut Cavusoglu','Cavusoglu'],['Foreign Minister'],'Turkey',note='real; words invented'),
 sp('Qatari Ministry of Foreign Affairs','organisation',['Ministry of Foreign Affairs'],[],'Qatar',[],["Qatar's Ministry of Foreign Affairs"],note='real ministry; words invented'),
 sp('Ayesha Baloch','person',['Ayesha Baloch'],['a fourth-year medical student from Quetta'],'Pakistan',note='invented'),
 sp(AIA,'person',['Asim Iftikhar Ahmad'],['Foreign Office spokesperson'],'Pakistan',['he'],note='real spokesperson; words invented'),
 sp('Shah Mahmood Qureshi','person',['Shah Mahmood Qureshi','Qureshi'],['Foreign Minister'],'Pakistan',note='real; words invented'),
 sp('Tariq Mehmood','person',['Tariq Mehmood'],['the father of one of the returning students'],'Pakistan',['he'],['Dr. Tariq Mehmood'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source/participant; not quoted'),
 sp(RDM,'organisation',['Russian Defense Ministry'],[],'Russia',['The ministry'],[],quoted=False,note='source of the 1,500 figure (1487); US spelling in the text'),
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
