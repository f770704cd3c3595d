#!/usr/bin/env python3
"""Source of the devset122 annotation: the hand-chosen spans, values and dates for 1069-1076.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset122/annotation_source.py && python3 tests/devset122/verify.py
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
PES='Dmitry Peskov'; BLI='Antony Blinken'; CAV='Mevlüt Çavuşoğlu'; STO='Jens Stoltenberg'; GRU='Alexander Grushko'
SHE='Wendy Sherman'; DEN='Nikos Dendias'; TUR='Yerlan Turgumbayev'; SAR='Aigerim Sarsenova'; ABD='Nurlan Abdrakhmanov'
RAU='Zbigniew Rau'; CAR='Michael Carpenter'; LUK='Alexander Lukashevich'; LII='Eva-Maria Liimets'; LAV='Sergey Lavrov'
BAG='Arindam Bagchi'; RYA='Sergey Ryabkov'; BAR='Fiona Barrow'; PAY='Marise Payne'; SMA='Alikhan Smailov'; GIN='Azhar Giniyat'
AKC='Bolat Akchulakov'; PRI='Ned Price'; KIR='John Kirby'; PSA='Jen Psaki'; MCC='Michael McCaul'

# ---------------- 1069 Hürriyet Daily News (Published January 10 2022, Mon)
art('1069',0,3,8,'Hürriyet Daily News','2022-01-10',[],'MOSCOW',
    ['HÜRRİYET DAILY NEWS','Home > World','MOSCOW','Published January 10 2022 17:42:00 | Last Update January 10 2022 18:05:00',
     'Share on Facebook  Share on Twitter  Share on WhatsApp  E-mail','RELATED NEWS','© 2022 Hurriyet Daily News. All rights reserved.'])
q('1069','as long as the Kazakh side considers it necessary.',PES,'spokesman Dmitry Peskov','telling reporters',partial=True,note='"with spokesman Dmitry Peskov telling reporters that the troops would stay only “…”"; full stop inside the mark')
q('1069','There is no question of any permanent presence. This is a limited mission with a clear mandate,',PES,'Peskov','said')
q('1069','too early to talk about timelines,',PES,'he','replied',partial=True)
q('1069','it is sometimes very difficult to get them to leave.',BLI,'U.S. Secretary of State Antony Blinken','said',partial=True,note='nearest-name trap: the sentence subject is Peskov ("hit back at"), but the quoted words are Blinken\'s ("who said last week that … “…”")')
q('1069','This is a rather unfortunate attempt at humor on a tragic subject,',PES,'the Kremlin spokesman','said',note='Blinken named right after the quote inside the same sentence')
q('1069','would do better to remember',PES,'the Kremlin spokesman','suggesting that',partial=True)
q('1069','We are going into these talks with open eyes and without illusions,',PES,'he','said')
q('1069','Kazakhstan is our brother country, and its stability is also our stability,',CAV,'Çavuşoğlu','told reporters')
q('1069','We want this crisis to be solved by the Kazakh people themselves, through dialogue.',CAV,'Çavuşoğlu','told reporters',note='second sentence of the same paragraph, after the cue')
c('1069','troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',CSTO,'sent about 2,030 troops to Kazakhstan',note='"according to the alliance"')
c('1069','detained',7939,None,'people detained since the unrest began','Kazakh authorities','7,939 people had been detained')
e('1069','2022-01-10','statement',None,[PES],'The Kremlin on Monday brushed aside Western warnings')
e('1069','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday',note='detention figure; Sunday before Monday 10 Jan')
e('1069','2022-01-02','protest','Kazakhstan',[],'since the unrest erupted on Jan. 2')
e('1069',None,'statement',None,[BLI],'who said last week that once Russians',note='"last week" is not a day (real: 7 Jan)')
e('1069','2022-01-10','talks','Geneva',['Russia','United States'],'began in Geneva earlier in the day',note='"earlier in the day" = Monday, the publication day')
e('1069','2022-01-08','talks',None,[CAV,'Mukhtar Tileuberdi'],'spoke by phone with his Kazakh counterpart Mukhtar Tileuberdi on Saturday')
e('1069','2022-01-10','statement','Ankara',[CAV],'told reporters in Ankara on Monday')
e('1069','2022-01-11','talks',None,['Organization of Turkic States'],'extraordinary meeting of its foreign ministers by video link on Tuesday',note='future; Tuesday after Monday 10 Jan')
e('1069',None,'other','Almaty',['Turkish Airlines'],'Turkish Airlines resumed two of its three weekly flights',note='"at the weekend" (8-9 Jan) is not a single day')

# ---------------- 1070 eKathimerini (12.01.2022 • 20:14, Wed)
art('1070',0,3,8,'eKathimerini.com','2022-01-12',[],None,
    ['eKathimerini.com','NEWS | DIPLOMACY','Web Desk','12.01.2022 • 20:14','TAGS: Diplomacy, NATO, Russia',
     '[Photo: NATO Secretary-General Jens Stoltenberg speaks to the media after the NATO-Russia Council in Brussels. AP]',
     'Follow eKathimerini.com on Facebook, Twitter and Instagram','Subscribe to our newsletter'])
q('1070','There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,',STO,'Stoltenberg','told')
q('1070','But it is a positive sign that all allies and Russia sat down around the same table.',STO,'Stoltenberg','told',note='second half after the interposed cue "Stoltenberg told a press conference after the meeting."')
q('1070','core principles,',STO,'The alliance chief','said',partial=True,note='two-word partial, comma inside the mark')
q('1070','No one else has anything to say, and Russia does not have a veto,',STO,'he','said in response to a question')
q('1070','tens of thousands',STO,'Stoltenberg','said',partial=True,note='quoted vague quantity (not a claim); kept as a partial because it is attributed with a speech verb')
q('1070','a high price.',STO,'Stoltenberg','repeated',partial=True)
q('1070','We call on all parties to respect the rights of peaceful protesters,',STO,'Stoltenberg','said')
q('1070','The NATO side did not show any readiness to take our proposals into account,',GRU,'the Russian diplomat','said',note='Grushko named at the start of the sentence ("Grushko, addressing journalists…"), cue after the quote with a title')
q('1070','very dangerous.',GRU,'the Russian diplomat','warning that',partial=True)
q('1070','slam the door shut',SHE,'Sherman','said',partial=True)
q('1070','We will not allow anyone to do that.',SHE,'Sherman','adding',note='"adding: “…”" colon introduction')
q('1070','the only road that leads somewhere.',DEN,"Greece's Foreign Minister Nikos Dendias",'said',partial=True,note='long relative clause between the speaker and "said"')
q('1070','Greece has always supported the channels of communication with Moscow, but not at the expense of the sovereignty of any state,',DEN,'Dendias','said')
c('1070','troops_deployed',2000,'about','Russian-led force sent to Kazakhstan',None,'a Russian-led force of some 2,000 troops',note='"some" → about')
c('1070','troops_deployed',100000,'about','Russian troops near Ukraine','Western estimates','around 100,000, according to Western estimates',note='follows the quoted "tens of thousands" between dashes')
e('1070','2022-01-12','talks','Brussels',['NATO','Russia'],'after more than four hours of talks in Brussels on Wednesday')
e('1070','2022-01-12','statement','Brussels',[STO],'Stoltenberg told a press conference after the meeting')
e('1070','2022-01-12','statement','Brussels',[GRU],'addressing journalists at a separate briefing',note='same day as the council')
e('1070',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'was sent last week at the request of President Kassym-Jomart Tokayev',note='"last week" is not a day')
e('1070','2022-01-11','statement','Athens',[DEN],'spoke to reporters in Athens on the sidelines of a meeting with his Cypriot counterpart the day before',note='"the day before" Wednesday 12 Jan')
e('1070','2022-01-13','talks','Vienna',['OSCE'],'will host the third round of talks in Vienna on Thursday')

# ---------------- 1071 The Times of Central Asia (11 January 2022, Tue)
art('1071',0,5,8,'The Times of Central Asia','2022-01-11',['Daniyar Seitkali'],'Almaty',
    ['The Times of Central Asia','Independent News, Analysis and Commentary since 1999',
     'KAZAKHSTAN   KYRGYZSTAN   TAJIKISTAN   TURKMENISTAN   UZBEKISTAN   AFGHANISTAN','11 January 2022 | By Daniyar Seitkali  | Almaty',
     'Tags: Kazakhstan, Interior Ministry, CSTO, Tokayev','Share: Facebook | Twitter | Telegram | Print','Copyright © 2022 The Times of Central Asia'])
q('1071','The work to identify the organisers and active participants continues around the clock,',TUR,'the minister','said')
q('1071','in front of me,',TUR,'he','said',partial=True)
q('1071','These were not peaceful protesters. These were armed groups acting in a coordinated way,',SAR,'Sarsenova','said')
q('1071','by mistake.',None,'officials','said',partial=True,note='unnamed "officials"; two-word partial with a speech verb')
q('1071','Nobody will be punished for peaceful participation in a rally,',ABD,'Abdrakhmanov','said')
q('1071','but those who took up weapons will answer before the law.',ABD,'Abdrakhmanov','said',note='second half after the interposed cue')
q('1071','All complaints will be checked,',TUR,'Turgumbayev','said')
q('1071','a great success',TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('1071','The main mission of the CSTO forces has been successfully completed,',TOK,'Tokayev','told lawmakers')
q('1071','People are afraid to talk about what they saw,',None,'a 38-year-old shop owner from the Bostandyk district','said',note='anonymous resident; inverted cue')
c('1071','detained',9900,None,'people detained across the country',TUR,'9,900 people had been detained across the country')
c('1071','detained',1678,None,'people detained in Almaty',TUR,'of whom 1,678 were held in Almaty alone',note='a city subset of the 9,900; kept because it is a distinct location figure')
c('1071','killed',16,None,'police officers and National Guard soldiers killed',SAR,'16 police officers and soldiers of the National Guard had been killed')
c('1071','injured',1300,'more than','members of the security forces injured',SAR,'more than 1,300 members of the security forces injured')
c('1071','killed',164,None,'people killed (figure later withdrawn)','Kazakh government','the government had said 164 people had died',note='retracted figure; still a textual claim')
e('1071','2022-01-11','casualty_report','Nur-Sultan',[MIA,TUR],'At a briefing in Nur-Sultan on Tuesday')
e('1071','2022-01-09','casualty_report',None,['Kazakh government'],'On Sunday the government had said 164 people had died')
e('1071','2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'told the Mazhilis, the lower house of parliament',note='"Hours earlier" than the Tuesday briefing')
e('1071','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start withdrawing in two days',note='"in two days" from Tuesday 11 Jan')
e('1071','2022-01-11','appointment',None,[TOK,SMA],'In the same speech he named Alikhan Smailov')
e('1071','2022-01-10','other','Almaty',[],'Banks in the city reopened on Monday')

# ---------------- 1072 ERR News (13.01.2022 19:26, Thu)
art('1072',0,3,9,'ERR News','2022-01-13',[],None,
    ['ERR News','News | Politics | Opinion | Culture | Sports','13.01.2022 19:26','Article content: BNS, ERR News','Editor: Kristjan Mägi',
     'Follow ERR News on Facebook and Twitter and never miss an update!','Related'])
q('1072','It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,',RAU,'Rau','told reporters',note='"30 years" inside the quote is not a claim')
q('1072','renewed dialogue',RAU,'Rau','called for',partial=True)
q('1072','We cannot negotiate the Helsinki Final Act again,',RAU,'he','said')
q('1072','The drumbeat of war is sounding loud, and the rhetoric has gotten rather shrill,',CAR,'Carpenter','said')
q('1072','concrete answers',LUK,'He','said',partial=True)
q('1072','general words.',LUK,'He','said',partial=True)
q('1072','If there is no constructive answer in a reasonable time, we will be forced to take the necessary measures,',LUK,'Lukashevich','told journalists')
q('1072','with great attention',RAU,'He','said',partial=True,note='He = Rau from "According to Rau," in the sentence before')
q('1072','Security in Europe is indivisible, and that means nobody can decide over the heads of Ukraine or Kazakhstan or the Baltic states,',LII,'Liimets','said')
c('1072','troops_deployed',100000,'about',"Russian troops moved towards Ukraine's border",CAR,'Russia had moved around 100,000 troops towards')
c('1072','killed',225,None,'people killed in the Kazakh violence','Kazakh authorities','Kazakh authorities say 225 people')
c('1072','killed',19,None,'security force members killed in Kazakhstan','Kazakh authorities','including 19 members of the security forces')
e('1072','2022-01-13','talks','Vienna',['OSCE'],'Permanent Council this year in Vienna on Thursday')
e('1072','2022-01-13','statement','Vienna',[RAU],'Rau told reporters at a press conference at the Hofburg')
e('1072','2022-01-10','talks','Geneva',['Russia','United States'],'strategic stability talks in Geneva on Monday')
e('1072','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels the day before')
e('1072','2022-01-01','other',None,['Poland','OSCE'],'took over the rotating chairmanship on January 1')
e('1072','2022-01-13','statement',None,[LII],'told ERR News on Thursday evening')
e('1072','2022-01-14','talks','Brest',['European Union'],'which continues on Friday',note='the informal meeting is only dated by "continues on Friday"; its start is not given')

# ---------------- 1073 Deccan Herald / PTI (JAN 14 2022, 18:47 IST, Fri)
art('1073',0,4,5,'Deccan Herald','2022-01-14',[],'Moscow',
    ['DH','DECCAN HERALD','International   World news','PTI, Moscow','JAN 14 2022, 18:47 IST','UPDATED: JAN 14 2022, 19:02 IST','Follow us on: ',
     "Get a round-up of the day's top stories in your inbox",'Check out all newsletters','Published 14 January 2022, 18:47 IST',
     'International   World news   Russia   Sergey Lavrov   Kazakhstan   CSTO'])
q('1073','running out of patience',LAV,'Russian Foreign Minister Sergey Lavrov','said',n=2,partial=True,note='also in the headline in single quotes (excluded)')
q('1073','We are not going to wait endlessly. We need a written response, article by article,',LAV,'Lavrov','told reporters')
q('1073','We have no intention of attacking anyone,',LAV,'the veteran diplomat','said')
q('1073','But we will not allow our interests to be trampled on.',LAV,'the veteran diplomat','said')
q('1073','on schedule',LAV,'the minister','said',partial=True,note='full stop outside the closing mark')
q('1073','Those who claimed that Russian soldiers would never leave Kazakhstan have been disgraced once again,',LAV,'Lavrov','said',note='Blinken named after the cue ("in an apparent reference to") is not the speaker')
q('1073','India is a great power with its own independent foreign policy, and we respect it,',LAV,'he','said')
q('1073','safe and sound.',BAG,'External Affairs Ministry spokesperson Arindam Bagchi','said',partial=True)
q('1073','They promised us not one inch to the east, and now they tell us there were no promises,',LAV,'he','said')
c('1073','troops_deployed',2000,'more than','CSTO contingent in Kazakhstan',RDM,'the more than 2,000-strong contingent',note='hyphenated "2,000-strong"')
c('1073','killed',225,None,'people killed in the Kazakh unrest','official figures','leaving 225 people dead')
c('1073','troops_deployed',100000,'about','Russian troops near Ukraine','Ukrainian and Western officials','an estimated 100,000 troops',note='"an estimated" → about')
e('1073','2022-01-14','statement','Moscow',[LAV],'as he held his annual press conference here')
e('1073','2022-01-13','talks','Vienna',['OSCE'],'came a day after the OSCE meeting in Vienna')
e('1073','2022-01-13','statement',None,[RDM],"Russia's Defence Ministry said on Thursday")
e('1073','2022-01-19','withdrawal','Kazakhstan',[CSTO],'would be completed by January 19',note='planned completion')
e('1073','2022-01-13','statement',None,[BAG],'at a weekly briefing on Thursday')

# ---------------- 1074 ABC News (Australia) (Posted Tue 11 Jan 2022 at 9:35am AEDT)
art('1074',0,3,12,'ABC News','2022-01-11',['Isobel Hartnett'],None,
    ['ABC NEWS','Just In   For You   Australia   World   Business   Analysis','By Europe correspondent Isobel Hartnett in London, wires',
     'Posted Tue 11 Jan 2022 at 9:35am, updated Tue 11 Jan 2022 at 11:02am','Key points:','ABC/wires','Posted 9h ago, updated 7h ago',
     'Share this article','Copy link  Facebook  Twitter  LinkedIn  Email'])
q('1074','pushed back on security proposals that are simply non-starters.',SHE,'US Deputy Secretary of State Wendy Sherman','told reporters',partial=True)
q('1074',"We will not allow anyone to slam closed NATO's open-door policy,",SHE,'Ms Sherman','said')
q('1074','We will not forgo bilateral cooperation with sovereign states that wish to work with the United States.',SHE,'Ms Sherman','said')
q('1074','We were firm, we were clear,',SHE,'she','said in response to a question')
q('1074','For us, it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,',RYA,'he','said')
q('1074','difficult, long, very professional,',RYA,'Mr Ryabkov','said',partial=True)
q('1074','when the task is done',RYA,'Mr Ryabkov','said',partial=True,note='"temporary" in the same sentence is a one-word quote (excluded)')
q('1074','Moscow wanted to walk into Geneva showing that it can move troops quickly and that it has allies who ask for them,',BAR,'she','told')
q('1074','deeply concerned',PAY,"Australia's Foreign Minister Marise Payne",'said',partial=True)
c('1074','troops_deployed',100000,'about','Russian troops near the Ukrainian border',SHE,'massed around 100,000 troops near the Ukrainian border',note='reported speech of Sherman')
c('1074','troops_deployed',2000,'about','Russian-led troops flown into Kazakhstan',None,'around 2,000 Russian-led troops')
c('1074','killed',160,'more than','people killed in Kazakhstan','Kazakh authorities','more than 160 people have been killed')
e('1074',None,'talks','Geneva',['Russia','United States'],'ended more than seven hours of talks in Geneva',note='no day word; the talks were on Monday 10 Jan Geneva time, while the page is dated Tue 11 Jan AEDT')
e('1074',None,'statement',None,[SHE],'told reporters on a telephone briefing after the meeting',note='same day as the talks (10 Jan Geneva time)')
e('1074',None,'statement','Geneva',[RYA],'held his own press conference at the Russian mission')
e('1074',None,'troop_deployment','Kazakhstan',[CSTO],'were flown in last week',note='"last week" is not a day')
e('1074','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council session in Brussels on Wednesday')
e('1074','2022-01-13','talks','Vienna',['OSCE'],'a meeting of the OSCE in Vienna on Thursday')
e('1074','2022-01-07','statement',None,[PAY],'said on Friday that Canberra')

# ---------------- 1075 Kazakh TV (12 January 2022, 17:30, Wed)
art('1075',0,3,7,'Kazakh TV','2022-01-12',[],None,
    ['KAZAKH TV','Live   News   Politics   Economy   Society   Programs   Қаз | Рус | Eng','12 January 2022, 17:30   👁 2 318','▶ Watch video  02:41',
     'Read also:','Share:  Facebook  Twitter  VK  Telegram  WhatsApp','© 2022 Kazakh TV. All rights reserved. Use of materials is allowed with a hyperlink to kazakh-tv.kz'])
q('1075','a new, fair Kazakhstan',TOK,'President Kassym-Jomart Tokayev','called',partial=True,note='"setting out what he called the priorities of “…”"; borderline slogan, kept as partial')
q('1075','People expect concrete deeds from you, not reports,',TOK,'Tokayev','said')
q('1075','If a minister cannot cope, he will be replaced. I say this openly.',TOK,'Tokayev','said')
q('1075','All affected entrepreneurs will receive compensation, and the first payments will be made this month,',SMA,'the head of government','said')
q('1075','The situation in all regions is stable and under control,',TUR,'the minister','told')
q('1075','Nine of them are in critical condition,',GIN,'she','said',note='a number inside the quote, not a claim')
q('1075','a very important psychological role',TOK,'the President','noted',partial=True)
q('1075','there will be no shortage of gasoline or diesel in any region.',AKC,'him','According to',partial=True,note='"According to him, “…”"')
q('1075','Time is short. Get to work,',TOK,'he','said')
c('1075','detained',10041,None,'people detained across the country',TUR,'had detained 10,041 people across the country')
c('1075','injured',2320,None,'people who sought medical help since 4 January',GIN,'2,320 people had sought medical help',note='"sought medical help" read as injured')
e('1075','2022-01-12','other','Nur-Sultan',[TOK,SMA],'held the first meeting with the new Cabinet',note='government meeting on Wednesday')
e('1075','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin tomorrow',note='"tomorrow" from Wednesday 12 Jan')
e('1075','2022-01-11','appointment','Nur-Sultan',['Mazhilis',SMA],"the Mazhilis approved Smailov's candidacy",note='"Earlier, on Tuesday"')

# ---------------- 1076 The Washington Times (Friday, January 7, 2022)
art('1076',0,3,7,'The Washington Times','2022-01-07',['Ethan Colder'],None,
    ['The Washington Times','Politics | National Security | Foreign Policy','By Ethan Colder - The Washington Times - Friday, January 7, 2022',
     'Copyright © 2022 The Washington Times, LLC.','Click here for reprint permission.'])
q('1076','The right to fire without warning is one we reject across the board,',PRI,'State Department spokesman Ned Price','told reporters')
q('1076',"It's not something we want to see anywhere, including in Kazakhstan.",PRI,'State Department spokesman Ned Price','told reporters')
q('1076','for any violations of human rights.',PRI,'Mr. Price','said',partial=True,note='"questions" earlier in the sentence is a one-word quote (excluded)')
q('1076','very difficult',BLI,'Mr. Blinken','said',partial=True,note='cue interposed before the partial: "Once Russian forces arrive, Mr. Blinken said, it can be “…”"')
q('1076','monitoring closely',KIR,'press secretary John F. Kirby','said',partial=True)
q('1076',"We don't see any direct connection right now,",KIR,'Mr. Kirby','said in response to a question')
q('1076',"But obviously we're going to keep watching it.",KIR,'Mr. Kirby','said in response to a question')
q('1076','We continue to call on all sides to show restraint,',PSA,'she','said',note='President Biden named in the previous sentence')
q('1076','Kazakhstan is the preview of the movie Vladimir Putin wants to show in Ukraine,',MCC,'Rep. Michael McCaul','said',note='inverted cue; a name (Putin) inside the quote')
q('1076',"We're going into Geneva to listen and to put our own concerns on the table,",PRI,'he','said',note='Wendy Sherman named in the sentence before; he = Price')
c('1076','troops_deployed',100000,'about','Russian troops massed near Ukraine',None,'the roughly 100,000 Russian troops massed near Ukraine',note='"roughly" → about')
c('1076','troops_deployed',2500,'about','Russian-led force in Kazakhstan','Moscow','numbers about 2,500 troops')
c('1076','killed',26,None,'protesters killed','Kazakh officials','26 protesters had been killed')
c('1076','killed',18,None,'security force members killed','Kazakh officials','18 members of the security forces had died')
e('1076','2022-01-07','statement','Washington',[PRI],"told reporters at the department's daily briefing")
e('1076','2022-01-07','statement',None,[BLI],'at a news conference with the Canadian foreign minister',note='"hours" before the Friday briefing')
e('1076','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('1076','2022-01-07','casualty_report',None,['Kazakh officials'],'Kazakh officials said on Friday')
e('1076','2022-01-06','other','Almaty',['US State Department'],'authorized the voluntary departure')
e('1076','2022-01-10','talks','Geneva',['Russia','United States'],'talks with Moscow in Geneva on Monday')
e('1076',None,'statement',None,[PSA],'press secretary Jen Psaki said President Biden had been briefed',note='no day word')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(PES,'person',['Dmitry Peskov','Peskov'],['spokesman'],'Russia',['he','the Kremlin spokesman']),
 sp(BLI,'person',['Antony Blinken','Blinken'],['U.S. Secretary of State','Secretary of State','US Secretary of State'],'United States',[],['Mr. Blinken']),
 sp(CAV,'person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister'],'Turkey',note='words invented'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['Secretary-General'],None,['The alliance chief','he']),
 sp(GRU,'person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['the Russian diplomat']),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','US Deputy Secretary of State'],'United States',['she'],['Ms Sherman']),
 sp(DEN,'person',['Nikos Dendias','Dendias'],["Greece's Foreign Minister"],'Greece',note='words invented'),
 sp(TUR,'person',['Yerlan Turgumbayev','Turgumbayev'],['Interior Minister','Minister of Internal Affairs'],'Kazakhstan',['the minister','he'],note='words and figures invented'),
 sp(SAR,'person',['Aigerim Sarsenova','Sarsenova'],['Ministry spokeswoman'],'Kazakhstan',['she'],note='invented'),
 sp(ABD,'person',['Nurlan Abdrakhmanov','Abdrakhmanov'],['Deputy Prosecutor General'],'Kazakhstan',note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Head of State'],'Kazakhstan',['the President','he']),
 sp(RAU,'person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',['he','He'],note='words invented'),
 sp(CAR,'person',['Michael Carpenter','Carpenter'],['US Ambassador to the OSCE'],'United States',note='words paraphrased/invented'),
 sp(LUK,'person',['Alexander Lukashevich','Lukashevich'],["Russia's Permanent Representative"],'Russia',['He']),
 sp(LII,'person',['Eva-Maria Liimets','Liimets'],['Estonian Foreign Minister'],'Estonia',['She'],note='words invented'),
 sp(LAV,'person',['Sergey Lavrov','Lavrov'],['Russian Foreign Minister'],'Russia',['the veteran diplomat','the minister','he']),
 sp(BAG,'person',['Arindam Bagchi'],['External Affairs Ministry spokesperson'],'India'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['he'],['Mr Ryabkov'],note='written "Sergei" here; canonical "Sergey" from the gold'),
 sp(BAR,'person',['Fiona Barrow'],['a Russia specialist at the Australian National University'],'Australia',['she'],['Dr Fiona Barrow'],note='invented'),
 sp(PAY,'person',['Marise Payne'],["Australia's Foreign Minister"],'Australia',note='words invented'),
 sp(SMA,'person',['Alikhan Smailov','Smailov'],['Prime Minister'],'Kazakhstan',['the head of government']),
 sp(GIN,'person',['Azhar Giniyat'],['Health Minister'],'Kazakhstan',['she'],note='words and figures invented'),
 sp(AKC,'person',['Bolat Akchulakov'],['Energy Minister'],'Kazakhstan',['him'],note='words invented'),
 sp(PRI,'person',['Ned Price','Price'],['State Department spokesman'],'United States',['he'],['Mr. Price']),
 sp(KIR,'person',['John F. Kirby','Kirby'],['press secretary'],'United States',[],['Mr. Kirby']),
 sp(PSA,'person',['Jen Psaki'],['press secretary'],'United States',['she']),
 sp(MCC,'person',['Michael McCaul'],['the top Republican on the House Foreign Affairs Committee'],'United States',[],['Rep. Michael McCaul'],note='words invented'),
 sp(CSTO,'organisation',['Collective Security Treaty Organization','CSTO'],[],None,['the alliance'],quoted=False,note='source of a figure (1069); not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],quoted=False,note='held the briefing in 1071; its officials are quoted by name'),
 sp(RDM,'organisation',["Russia's Defence Ministry"],[],'Russia',[],quoted=False,note='source of the 2,000 figure in 1073'),
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
