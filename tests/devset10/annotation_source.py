#!/usr/bin/env python3
"""Source of the devset10 annotation: the hand-chosen spans, values and dates for 173-180.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset10/annotation_source.py && python3 tests/devset10/verify.py
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
def art(p,index,headline,first_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    """headline / first_line: a line number (the whole line; first_line cut at 80) or an exact string
    (used for the RSS items, whose text sits inside XML tags)."""
    f=doc(p); t=T[f]; L=t.split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    for a in authors: assert a in t,(f,a)
    if dateline: assert dateline in t,(f,dateline)
    h=L[headline-1] if isinstance(headline,int) else headline
    fl=cut80(L[first_line-1]) if isinstance(first_line,int) else cut80(first_line)
    assert h and fl and h in t and fl in t,(f,h,fl)
    assert ls<=line_of(t,t.index(h))<=le,(f,'headline outside span')
    secs=[{"heading":L[s-1],"line":s,"first_line":cut80(L[s]) if L[s] else cut80(L[s+1])} for s in sections]
    A.append(dict(doc=f,index=index,headline=h,first_line=fl,outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    for _ in range(n):
        off=t.index(quote,off+1)
    if saw is not None: assert saw in t,(f,saw)
    if cue is not None: assert cue in t,(f,cue)
    if zone=='related': art=None
    Q.append(dict(doc=f,article_index=art,quote=quote,speaker=speaker,speaker_as_written=saw,cue=cue,malformed=malformed,partial=partial,zone=zone,line=line_of(t,off),offset=off,note=note))
def c(p,what,value,qual,subject,src,ev,art=0,zone='body',vmax=None,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    if zone=='related': art=None
    C.append(dict(doc=f,article_index=art,what=what,value=value,qualifier=qual,subject=subject,source_attributed=src,evidence=ev,value_max=vmax,zone=zone,line=line_of(t,t.index(ev)),note=note))
def e(p,date,typ,loc,parts,ev,art=0,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    E.append(dict(doc=f,article_index=art,date=date,type=typ,location=loc,participants=parts,evidence=ev,line=line_of(t,t.index(ev)),note=note))
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; KA='Kazakh authorities'; MOH='Kazakh Ministry of Health'; PUT='Vladimir Putin'
RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; LED='Jean-Yves Le Drian'
ENT='the marks are HTML entities (&quot; / &#8220; &#8221;), not characters (devset4 130 convention)'

# ---------------- 173 AP "The Latest" (January 7, 2022, a Friday)
art('173',0,1,11,'Associated Press','2022-01-07',[],'ALMATY',
    ['By The Associated Press','January 7, 2022','The latest on the unrest in Kazakhstan (all times local):','___',
     "Follow AP's coverage of Kazakhstan at https://apnews.com/hub/kazakhstan"],sections=(9,19,29,39,49))
q('173','the situation is stabilizing in all regions.','Aizhan Kemelbekova','Ministry spokeswoman Aizhan Kemelbekova','told',partial=True,
  note='the full stop sits inside the marks; the "counter-terrorist operation" before it is an official label (excluded)')
q('173','We hear shooting every night. Nobody tells us anything,','Marat Tulegenov','he','said',note='"he" = Marat Tulegenov, 37, named earlier in the paragraph')
q('173','fire to kill without warning.',TOK,'President Kassym-Jomart Tokayev','says',partial=True,note='present-tense cue in a "The Latest" item lead')
q('173','What negotiations can there be with criminals and murderers?',TOK,'he','said',note='question mark inside the marks')
q('173','Russia is acting strictly within the framework of its obligations as an ally,','Dmitry Peskov','Peskov','said',
  note='em-dash cue (`,” — Peskov said`); Peskov is named by surname only, after "The Kremlin says" and before "The Kremlin spokesman"')
q('173',"One lesson of recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave,",'Antony Blinken','Blinken','told')
q('173','no concessions',RYA,'Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='two-word partial with a speech verb ("who said Thursday that ...")')
c('173','killed',26,None,"'armed criminals' killed (headline)",KA,"26 'armed criminals' killed",zone='headline',note='"Kazakhstan says"; the single-quoted label is not a quote')
c('173','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" have been killed')
c('173','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('173','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died')
c('173','other',20000,None,'bandits who attacked Almaty',TOK,'20,000 bandits had attacked Almaty')
c('173','aircraft',70,'more than','transport planes flying in the troops',RDM,'more than 70 transport planes')
e('173','2022-01-02','protest','Kazakhstan',[],'the unrest that has shaken the country since Sunday',note='"since Sunday" from Friday 7 Jan')
e('173','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry says 26",note='item time-stamped 10:40 a.m. on the publication day')
e('173','2022-01-07','statement',None,[TOK],'In a televised address')
e('173','2022-01-07','statement','Moscow',['Dmitry Peskov'],'in a conference call with reporters')
e('173','2022-01-07','statement','Washington',['Antony Blinken'],'told a news conference at the State Department')
e('173','2022-01-10','talks','Geneva',['United States','Russia',SHE,RYA],"Monday's talks between U.S. and Russian officials",note='future: Monday after Friday 7 Jan')
e('173','2022-01-06','statement',None,[RYA],'who said Thursday that Moscow')
e('173',None,'troop_deployment','Kazakhstan',[RDM],'being used to fly in the troops',note='no day word')

# ---------------- 174 Bloomberg-style markets story (January 6, 2022, a Thursday)
art('174',0,2,6,'Bloomberg','2022-01-06',['Daria Volkonskaya','Henry Whitcombe'],None,
    ['Markets','By Daria Volkonskaya and Henry Whitcombe','January 6, 2022, 4:12 PM GMT+3 Updated on January 6, 2022, 7:38 PM GMT+3',
     '— With assistance from Anna Kerimbayeva',"Before it's here, it's on the Bloomberg Terminal.",'LEARN MORE'],sections=(12,18))
q('174','not been affected','Kazatomprom','Kazatomprom','said in a statement',partial=True)
q('174','Investors will demand a political risk premium on anything Kazakh for a while, even if the oil keeps flowing,','Richard Kowalczyk','Richard Kowalczyk','said by phone',
  note='inverted cue ", Richard Kowalczyk, an emerging-markets strategist ..., said by phone"')
q('174','What the market hates most is not knowing who is actually in charge.','Richard Kowalczyk','Richard Kowalczyk','said by phone',note='continuation in the same paragraph')
q('174','The default risk here is close to zero. This is about governance,','Richard Kowalczyk','he','said',note='"he" = Kowalczyk, named by surname at the start of the paragraph')
c('174','killed',18,'at least','members of the security forces killed',MIA,'At least 18 members of the security forces had been killed',
  note='the only in-scope figure; prices, %, barrels, tenge, basis points and years are market numbers, not claims')
e('174','2022-01-05','other','Tengiz',[],'Output at the giant Tengiz field',note='output cut "on Wednesday" (from Thursday 6 Jan); "people familiar with the matter" (unquoted)')
e('174','2022-01-06','other','Kazakhstan',['National Bank of Kazakhstan'],'closed banks nationwide on Thursday')
e('174','2022-01-06','protest','Almaty',[],'Security forces were fighting protesters in Almaty on Thursday')
e('174','2022-01-05','protest','Almaty',[],'a day after demonstrators stormed government buildings',note='"a day after" Thursday')
e('174',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia said it was sending paratroopers',note='no day word; likely 2022-01-06')
e('174',None,'statement',None,['Kazatomprom'],'Kazatomprom said in a statement')

# ---------------- 175 explainer with question subheadings (8 January 2022, a Saturday)
art('175',0,2,6,None,'2022-01-08',['Julia Brandt'],None,
    ['Explainer','By Julia Brandt','Published 8 January 2022','Read more: Kazakhstan says more than 3,000 detained as Russian-led troops arrive'],sections=(8,16,22,30))
q('175',"This is the moment Tokayev stopped being Nazarbayev's appointee and became president in his own right,",'Gaukhar Syzdykova','Gaukhar Syzdykova','said',
  note='inverted cue; a name (Tokayev, Nazarbayev) inside the quote')
q('175','But he owes that moment to Moscow, and Moscow will remember it.','Gaukhar Syzdykova','Gaukhar Syzdykova','said',note='continuation in the same paragraph')
q('175','The Kremlin will arrive in Geneva looking like the guarantor of order in its neighbourhood,','Oliver Pemberton','he','said')
q('175','legally binding guarantees','Russian Foreign Ministry',"Russia's foreign ministry",'demanding',partial=True,
  note='borderline: the ministry\'s own wording, introduced by "published draft treaties demanding" (no plain speech verb)')
c('175','killed',18,None,'members of the security forces killed',KA,'18 members of the security forces have been killed',note='"Authorities say"; "dozens of protesters" is vague')
c('175','injured',4000,'more than','people injured',MOH,'more than 4,000 people had been injured')
c('175','troops_deployed',2500,'about','CSTO force',CSTO,'of about 2,500 troops',note='"The alliance says"')
c('175','detained',3000,'more than','people detained (Read more teaser)',KA,'more than 3,000 detained',zone='related',note='"Read more:" teaser; "Kazakhstan says"')
e('175','2022-01-02','protest','Zhanaozen',[],'Protests began on 2 January')
e('175','2022-01-05','protest','Almaty',[],"crowds stormed and set fire to the mayor's office in Almaty",note='"On Wednesday" from Saturday 8 Jan')
e('175','2022-01-05','government_resignation',None,[TOK],'dismissed the government the same day')
e('175','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over as head of the powerful Security Council')
e('175',None,'other',None,[TOK,CSTO],'Tokayev asked the Collective Security Treaty Organization',note='request for CSTO help; undated here (2022-01-05)')
e('175','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers landed on Thursday')
e('175',None,'arrest',None,['Karim Masimov'],'was detained on suspicion of treason',note='undated here; 2022-01-06 by other reports')
e('175','2022-01-08','casualty_report',None,[MOH],'The health ministry said on Saturday')
e('175','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that order')
e('175','2022-01-10','talks','Geneva',['Russia','United States'],'will meet in Geneva on Monday',note='future')
e('175',None,'other',None,['Russian Foreign Ministry'],'published draft treaties',note='"Last month": December 2021 (17 Dec), no day given')

# ---------------- 176 AKIpress item (06/01/22 = 6 January 2022, a Thursday)
art('176',0,4,6,'AKIpress','2022-01-06',[],'BISHKEK',
    ['AKIpress News Agency','Politics | 06/01/22 17:25','Related news:','Kyrgyz citizens in Almaty asked to stay at home - MFA','Som exchange rate: 1 USD = 84.76 soms'])
q('176','strategic facilities','Taalaibek Omuraliev','Chief of the General Staff of the Armed Forces Taalaibek Omuraliev','told',partial=True)
q('176','Our servicemen will not shoot at the people of Kazakhstan. They are going to protect buildings, not to fight,','Taalaibek Omuraliev','Omuraliev','said')
q('176','an obligation for all of us under the Collective Security Treaty','Talant Mamytov','Speaker Talant Mamytov','said',partial=True,
  note='"Speaker" is the title of the head of parliament, not a label for a speaker')
q('176','Today we send our boys to Almaty, tomorrow someone will send soldiers to Bishkek, and we will have no right to object,','Elvira Sulaimanova','Sulaimanova','said',
  note='named with an age in the sentence before ("Deputy Elvira Sulaimanova, 44,")')
q('176','brotherly Kazakh people','Sadyr Japarov','Japarov','said',partial=True,note='"in a post on his Facebook page, Japarov said ..."')
q('176','Our peoples are one. What happens in Kazakhstan today concerns every Kyrgyz family,','Sadyr Japarov','the President','wrote',note='Facebook post')
c('176','troops_deployed',150,None,'Kyrgyz servicemen in the CSTO contingent','Kyrgyz Defence Ministry','will consist of 150 servicemen',
  note='vote counts (62, 3, 1), "two hours", "2010", age 44, "About 30 people", 1,200 trucks and the som rate are not claims')
c('176','detained',12,None,'protesters detained near the Kazakh embassy in Bishkek','Bishkek city police department','police detained 12 of them',
  note='borderline scope: detentions in Kyrgyzstan at a solidarity protest')
e('176','2022-01-06','other','Bishkek',['Jogorku Kenesh'],'on Thursday, January 6, approved the sending',note='parliament vote')
e('176','2022-01-06','other','Bishkek',['Sadyr Japarov'],'signed the relevant decree the same evening')
e('176',None,'statement',None,['Sadyr Japarov'],'in a post on his Facebook page',note='"Earlier", no day')
e('176','2022-01-05','other',None,[TOK,CSTO],'On January 5, President of Kazakhstan Kassym-Jomart Tokayev appealed',note='request for CSTO help')
e('176','2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'On the night of January 6, Chairman of the CSTO')
e('176','2022-01-05','protest','Bishkek',[],'About 30 people gathered on Wednesday evening',note='"Wednesday" from Thursday 6 Jan')

# ---------------- 177 EU statement to the OSCE Permanent Council (13 January 2022)
art('177',0,11,15,'European Union','2022-01-13',[],'Vienna',
    ['PC.DEL/34/22','13 January 2022','ENGLISH only','EUROPEAN UNION','OSCE Permanent Council No. 1351','Vienna, 13 January 2022','Mr. Chair,',
     'I request that this statement be attached to the journal of the day.','Thank you, Mr. Chair.'])
c('177','killed',16,'at least','members of the security forces killed',KA,'at least 16 members of the security forces lost their lives',note='"official figures released by the authorities"')
c('177','injured',2000,'more than','people injured',KA,'more than 2,000 people were injured')
c('177','detained',9900,None,'people detained',KA,'9,900 people were detained')
e('177','2022-01-13','statement','Vienna',['European Union','OSCE'],'EU Statement on the situation in Kazakhstan',note='the statement itself, at Permanent Council No. 1351')
e('177','2022-01-07','statement',None,[TOK],'as announced by President Tokayev on 7 January')
e('177','2022-01-10','other','Almaty',[],'access to the internet was restored in Almaty on 10 January')
e('177',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'We take note of the deployment of the forces',note='no date given')
e('177','2022-01-13','withdrawal','Kazakhstan',[CSTO],'their withdrawal began today')
e('177','2022-01-11','statement','Nur-Sultan',[TOK],'in his address to the Mazhilis on 11 January')

# ---------------- 178 RSS feed saved as text: five items = five articles
CH=['<title>Caspian Ledger - Central Asia</title>','<link>https://caspianledger.example/central-asia</link>',
    '<description>News and analysis from Kazakhstan, Kyrgyzstan, Uzbekistan and the Caspian region</description>',
    '<lastBuildDate>Mon, 10 Jan 2022 19:30:00 GMT</lastBuildDate>']
art('178',0,'Geneva talks end without breakthrough as Ryabkov rules out NATO compromise',
    "Russian and US negotiators ended nearly eight hours of talks in Geneva on Monday with no agreement",'Caspian Ledger','2022-01-10',['Tom Ashworth'],None,
    CH+['<link>https://caspianledger.example/2022/01/10/geneva-talks-end</link>','<pubDate>Mon, 10 Jan 2022 19:05:00 GMT</pubDate>','<dc:creator>Tom Ashworth</dc:creator>'],ls=10,le=16)
art('178',1,"CSTO leaders hold online summit, Putin says 'colour revolution' will not be allowed",
    'Leaders of the Collective Security Treaty Organization met by video link on Monday.','Caspian Ledger','2022-01-10',[],None,
    ['<link>https://caspianledger.example/2022/01/10/csto-summit</link>','<pubDate>Mon, 10 Jan 2022 13:40:00 GMT</pubDate>','<dc:creator>Caspian Ledger staff</dc:creator>'],ls=17,le=23)
art('178',2,'Kazakhstan says 164 dead, then withdraws figure',
    'A post on a government Telegram channel on Sunday said 164 people had died in the unrest,','Caspian Ledger','2022-01-09',['Aruzhan Tokenova'],None,
    ['<link>https://caspianledger.example/2022/01/09/kazakhstan-toll</link>','<pubDate>Sun, 09 Jan 2022 11:20:00 GMT</pubDate>'],ls=24,le=30)
art('178',3,'Tokayev: "20,000 bandits" attacked Almaty',
    'President Kassym-Jomart Tokayev said on Friday that 20,000 bandits had attacked Almaty and that','Caspian Ledger','2022-01-07',['Aruzhan Tokenova'],None,
    ['<link>https://caspianledger.example/2022/01/07/tokayev-address</link>','<pubDate>Fri, 07 Jan 2022 14:05:00 GMT</pubDate>'],ls=31,le=37)
art('178',4,'Protests spread from Zhanaozen to Aktau and Almaty',
    'Demonstrations that began in the oil town of Zhanaozen over the doubling of gas prices spread on','Caspian Ledger','2022-01-04',['Tom Ashworth'],None,
    ['<link>https://caspianledger.example/2022/01/04/protests-spread</link>','<pubDate>Tue, 04 Jan 2022 21:15:00 GMT</pubDate>'],ls=38,le=44)
q('178','For us it is absolutely mandatory to make sure that Ukraine never, never, ever becomes a member of NATO,',RYA,'Russian Deputy Foreign Minister Sergei Ryabkov','told',art=0,
  note='inside <![CDATA[<p>…</p>]]>')
q('178','security proposals that are simply non-starters',SHE,'US Deputy Secretary of State Wendy Sherman','said',art=0,partial=True,note='closing mark before the full stop')
q('178','not the first and far from the last attempt to interfere in the internal affairs of our states from outside',PUT,'President Vladimir Putin','said',art=1,
  malformed=True,partial=True,note=ENT)
q('178','a significant number of foreign citizens',MIA,'The Interior Ministry','said',art=2,malformed=True,partial=True,
  note=ENT+'; inside CDATA the entities are not decoded, so the raw text is what a reader of the file sees')
q('178','20,000 bandits',TOK,'Tokayev',None,art=3,partial=True,zone='headline',note='item title "Tokayev: "…" attacked Almaty": a name and colon, no verb')
q('178','Those who do not surrender will be destroyed,',TOK,'he','said',art=3,malformed=True,note=ENT)
q('178','very quickly',TOK,'He','saying',art=3,malformed=True,partial=True,note=ENT+'; two-word partial after "saying"')
c('178','troops_deployed',2030,'about','CSTO troops in Kazakhstan',TOK,'roughly 2,030 troops',art=1,note='"roughly" → about')
c('178','killed',164,None,'deaths (figure later withdrawn)',None,'said 164 people had died',art=2,note='"a government Telegram channel"; called a technical error')
c('178','killed',164,None,'deaths (item title)',KA,'Kazakhstan says 164 dead',art=2,zone='headline')
c('178','killed',103,None,'deaths in Almaty (later withdrawn)',None,'including 103 in Almaty',art=2)
c('178','detained',5800,None,'people detained',MIA,'5,800 people had been detained',art=2)
c('178','other',20000,None,'bandits who attacked Almaty (item title)',TOK,'"20,000 bandits" attacked',art=3,zone='headline')
c('178','other',20000,None,'bandits who attacked Almaty',TOK,'20,000 bandits had attacked Almaty',art=3)
e('178','2022-01-10','talks','Geneva',['Russia','United States',RYA,SHE],'ended nearly eight hours of talks in Geneva on Monday',art=0)
e('178','2022-01-10','talks',None,[CSTO,PUT,TOK],'met by video link on Monday',art=1,note='CSTO online summit')
e('178','2022-01-09','casualty_report',None,[],'A post on a government Telegram channel on Sunday',art=2)
e('178',None,'statement',None,[MOH],'before the health ministry called the figure',art=2,note='"technical error" (a scare quote, excluded); same day by context')
e('178','2022-01-07','statement',None,[TOK],'President Kassym-Jomart Tokayev said on Friday',art=3)
e('178','2022-01-04','protest','Aktau',[],'spread on Tuesday to the regional centre of Aktau',art=4,note='also Almaty')
e('178',None,'protest','Zhanaozen',[],'Demonstrations that began in the oil town of Zhanaozen',art=4,note='no day given (2022-01-02)')

# ---------------- 179 France 24-style piece with AFP (13/01/2022, a Thursday)
art('179',0,3,7,'France 24','2022-01-13',[],None,
    ['Europe','Issued on: 13/01/2022 - 18:47','Read also: Kazakhstan: Russian-led troops begin withdrawal after "mission accomplished"','(FRANCE 24 with AFP)'])
q('179',' a new Yalta ',LED,'Le Drian','warns',partial=True,zone='headline',note='guillemets with inner spaces: the spaces are kept (exact text between the marks)')
q('179',' There will be no new Yalta (...) Europe cannot be a spectator of discussions that concern its own security ',LED,'Le Drian','told',
  note='guillemets with inner spaces; "(...)" ellipsis inside the quote; the comma follows the closing »')
q('179',' a lot of disagreements on fundamental issues ','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','said',partial=True)
q('179','We are not at the table in Geneva, but we are in the game,','Josep Borrell','Borrell','said')
q('179','Any security arrangement in Europe must involve Europeans (...) and it must respect the choice of every country.','Josep Borrell','Borrell','said',
  note='continuation quote after the split; "(...)" ellipsis')
q('179','the rights of those arrested',LED,'Le Drian','called on',partial=True,note='straight marks among guillemets and curly marks')
q('179',' to turn the page of the violence ',LED,'The French minister','said',partial=True,note='speaker referred to by title only')
c('179','detained',9900,None,'people detained during the unrest',KA,'9,900 people were detained')
c('179','troops_deployed',2000,'about','CSTO troops deployed in Kazakhstan',None,'About 2,000 troops from Russia')
e('179','2022-01-13','talks','Brest',['European Union',LED,'Josep Borrell'],'gathered in the French port city of Brest on Thursday',note='informal "Gymnich" meeting, 13-14 Jan')
e('179','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council met in Brussels',note='"a day after" Thursday 13 Jan')
e('179','2022-01-13','talks','Vienna',['OSCE'],'a session of the OSCE Permanent Council in Vienna',note='"on the same day"')
e('179','2022-01-12','statement',None,['Alexander Grushko'],'said on Wednesday that the talks')
e('179','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing on Thursday')
e('179',None,'talks',None,[LED,'Mukhtar Tileuberdi'],'spoke by phone with his Kazakh counterpart',note='"last week": undated')
e('179','2022-01-14','other','Brest',['European Union'],'The meeting ends on Friday',note='future')

# ---------------- 180 Reddit thread scrape (no date printed: "6h")
art('180',0,4,8,'Reddit',None,['u/steppe_watcher'],None,
    ['r/worldnews','Posted by u/steppe_watcher · 6h','14 points · 9 comments · 89% Upvoted','Comments','[removed]','level 1 load more comments (2)'])
q('180','The main mission has been successfully accomplished,',TOK,'Tokayev','told',note='inside a "> " quoted news paragraph')
q('180','Within two days the gradual withdrawal of the united peacekeeping contingent of the CSTO will begin.',TOK,'Tokayev','told',note='continuation in the same paragraph')
q('180','we will not allow the situation to be rocked at home',PUT,'Putin','said',note='a user quoting an official; lower-case start, whole clause')
q('180','difficult, long, very professional',RYA,'Ryabkov','called',partial=True)
q('180',"slam closed NATO's open door policy",SHE,'Sherman','said',partial=True)
q('180',"once Russians are in your house, it's sometimes very difficult to get them to leave",'Antony Blinken','Blinken','said',partial=True,
  note='"literally said last week" (a user quoting an official)')
c('180','detained',10000,'almost','people detained over the unrest',KA,'nearly 10,000 people had been detained',note='"authorities said" in the quoted story')
c('180','killed',164,None,'deaths (later called a technical error)',None,'164 people died',note='"they" (unclear: the Kazakh authorities); "technical error" is a scare quote')
e('180',None,'withdrawal','Kazakhstan',[CSTO],'would start withdrawing its troops from the country in two days',note='no publication date; "Tuesday" + 2 days = 2022-01-13')
e('180',None,'statement',None,[TOK],'Tokayev told parliament',note='"on Tuesday" unresolved (no publication date): 2022-01-11')
e('180',None,'appointment',None,['Alikhan Smailov',TOK],'Tokayev also named Alikhan Smailov',note='2022-01-11')
e('180',None,'statement',None,[PUT],'Putin said on Monday',note='"on Monday" unresolved: 2022-01-10 (CSTO summit)')
e('180',None,'talks','Geneva',[RYA,SHE],'Meanwhile in Geneva Ryabkov called the talks',note='2022-01-10')
e('180',None,'talks','Brussels',['NATO','Russia'],'Watch what happens in Brussels tomorrow',note='future, "tomorrow": 2022-01-12')
e('180',None,'statement',None,['Antony Blinken'],'Blinken literally said last week',note='"last week": 2022-01-07')
e('180',None,'other','Almaty',[],'Internet came back yesterday',note='relative to an undated comment')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','President of Kazakhstan','Kazakh President'],'Kazakhstan',['he','He','The president']),
 sp('Aizhan Kemelbekova','person',['Aizhan Kemelbekova'],['Ministry spokeswoman'],'Kazakhstan',note='invented'),
 sp('Marat Tulegenov','person',['Marat Tulegenov'],['a taxi driver'],'Kazakhstan',['he'],note='invented'),
 sp('Dmitry Peskov','person',['Peskov'],['The Kremlin spokesman'],'Russia',note='surname only'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State','The secretary of state'],'United States'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia'),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','US Deputy Secretary of State'],'United States'),
 sp(PUT,'person',['Vladimir Putin','Putin'],['President','Russian President'],'Russia'),
 sp('Kazatomprom','organisation',['Kazatomprom','National Atomic Co. Kazatomprom JSC'],[],'Kazakhstan',['The company']),
 sp('Richard Kowalczyk','person',['Richard Kowalczyk','Kowalczyk'],['an emerging-markets strategist at Harbourline Capital in London'],'United Kingdom',['he'],note='invented'),
 sp('Gaukhar Syzdykova','person',['Gaukhar Syzdykova'],['a political analyst in Nur-Sultan'],'Kazakhstan',note='invented'),
 sp('Oliver Pemberton','person',['Oliver Pemberton'],['of the London-based Eurasia Risk Group'],'United Kingdom',['he'],note='invented'),
 sp('Russian Foreign Ministry','organisation',["Russia's foreign ministry"],[],'Russia'),
 sp('Taalaibek Omuraliev','person',['Taalaibek Omuraliev','Omuraliev'],['Chief of the General Staff of the Armed Forces'],'Kyrgyzstan',note='invented'),
 sp('Talant Mamytov','person',['Talant Mamytov'],['Speaker'],'Kyrgyzstan',['he'],note='real speaker of the Jogorku Kenesh; words invented'),
 sp('Elvira Sulaimanova','person',['Elvira Sulaimanova','Sulaimanova'],['Deputy'],'Kyrgyzstan',note='invented'),
 sp('Sadyr Japarov','person',['Sadyr Japarov','Japarov'],['President'],'Kyrgyzstan',['the President']),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The Interior Ministry',"Kazakhstan's Interior Ministry"]),
 sp(LED,'person',['Jean-Yves Le Drian','Le Drian'],['French Foreign Minister','The French minister'],'France',['The French minister']),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Josep Borrell','person',['Josep Borrell','Borrell'],['EU foreign policy chief'],'Spain'),
 sp(CSTO,'organisation',['Collective Security Treaty Organization','CSTO'],[],None,['the alliance','The alliance'],quoted=False),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',quoted=False,note='175 and 178'),
]

OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE and '\n' not in x['quote'],(x['doc'],x['quote'][:30],t[o-1],t[k])
    else:
        assert t[o-6:o] in ('&quot;','#8220;') or '\n' in x['quote'],(x['doc'],x['quote'][:30])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
