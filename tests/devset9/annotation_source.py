#!/usr/bin/env python3
"""Source of the devset9 annotation: the hand-chosen spans, values and dates for 165-172.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset9/annotation_source.py && python3 tests/devset9/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),hl=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    for a in authors: assert a in T[f],(f,a)
    if hl is not None: assert hl in T[f],(f,hl)
    if dateline is not None: assert dateline in T[f],(f,dateline)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=hl if hl is not None else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
CSTO='CSTO'; KPPO='Kazakh Presidential Press Office'; NSC='Kazakh National Security Committee'
MAT='Hirokazu Matsuno'; PAS='Nikol Pashinyan'; AMD='Armenian Defence Ministry'; LUK='Alexander Lukashenko'
RYA='Sergey Ryabkov'; XI='Xi Jinping'; USSD='US State Department'
WRAP='the span crosses a hard line break of the printed column (OCR text), so it is not delimited within one line'
CUE='the span runs across a subtitle cue boundary (blank line, cue number and time code inside the quote)'

# ---------------- 165 Kyodo item (Jan 7, 2022, a Friday)
art('165',0,3,5,'Kyodo News','2022-01-07',[],'TOKYO',
    ['KYODO NEWS - Jan 7, 2022 - 18:05 | World, All','==Kyodo','Related coverage:',
     'Japan, Australia sign defense pact to deepen security cooperation','Kishida, Biden to hold online summit as early as next week'],le=29)
q('165','gravely concerned',MAT,'Japan',None,partial=True,zone='headline',
  note='headline partial; the words recur in the l.7 quote; the headline names only "Japan"')
q('165','with a sense of urgency,',MAT,'the top government spokesman','said',partial=True,note='"the top government spokesman" = Matsuno, named only in the next paragraph')
q('165','We are gravely concerned about the situation, and we strongly hope that it will be calmed down through dialogue and without further loss of life,',MAT,
  'Chief Cabinet Secretary Hirokazu Matsuno','told')
q('165','continue to gather information in cooperation with the countries concerned.',MAT,'Matsuno','saying',partial=True,
  note='"Matsuno, 59," (age after the surname) is the subject')
q('165','What negotiations can there be with criminals and murderers?',TOK,'he','said',note='quote ends with "?" inside the marks; "he" = Tokayev')
q('165','largely been restored',TOK,'he','adding',partial=True)
q('165','until the situation becomes clearer.',None,'A spokesman for one of the companies','said',partial=True,note='anonymous company spokesman')
c('165','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='the label "armed criminals" is not a quote')
c('165','killed',18,None,'members of the security forces who died','Kazakh authorities','18 members of the security forces had died')
c('165','detained',3000,'more than','people detained across the country','Kazakh authorities','more than 3,000 people had been detained')
c('165','troops_deployed',2500,'about','CSTO force, mostly Russian paratroopers',RDM,'a CSTO force of around 2,500 troops')
e('165','2022-01-07','statement','Tokyo',[MAT],'Chief Cabinet Secretary Hirokazu Matsuno told a press conference',note='"said Friday" = publication day')
e('165','2022-01-06','statement','Tokyo',['Yoshimasa Hayashi'],'Foreign Minister Yoshimasa Hayashi said Thursday')
e('165','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Friday')
e('165','2022-01-07','statement',None,[TOK],'in a televised address the same day',note='"the same day" = Friday of the previous paragraph')
e('165','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'began arriving Thursday')
e('165','2022-01-02','protest','Zhanaozen',[],'The protests erupted on Jan. 2 in the oil town of Zhanaozen')
e('165',None,'protest','Almaty',[],"where the mayor's office was set on fire",note='no day given (2022-01-05)')

# ---------------- 166 Armenpress item (6 January 2022, a Thursday)
art('166',0,3,5,'ARMENPRESS','2022-01-06',[],'YEREVAN',
    ['Politics 19:42, 6 January, 2022',"Photo: Nikol Pashinyan's Facebook page",'ARMENPRESS news agency, Armenia'])
q('166','Taking into account the appeal of the President of the Republic of Kazakhstan Kassym-Jomart Tokayev and the threat to the national security and sovereignty of Kazakhstan, caused among other things by interference from outside, the CSTO Collective Security Council has made a decision to send the CSTO Collective Peacekeeping Forces to the Republic of Kazakhstan for a limited period of time to stabilize and normalize the situation in the country',
  PAS,'Nikol Pashinyan','wrote',note='Facebook post; closing ” before the comma (`”, Nikol Pashinyan wrote`); a name (Tokayev) inside the quote')
q('166','The peacekeepers have a clearly defined mandate, and after the fulfilment of that mandate they will return home,',PAS,'the Prime Minister','said')
q('166','The Armenian peacekeepers will be engaged only in the protection of important infrastructure facilities and will not participate in the maintenance of public order',
  AMD,'the Ministry of Defense','said in a statement',note='«guillemets»; closing » before the comma')
q('166','When our borders were violated, the Organization limited itself to statements. Today we are sending our boys to guard someone else’s airports,',
  'Lilit Harutyunyan','Harutyunyan','told',note='the faction name "Hayastan" in the previous sentence is a name in marks, not a quote')
q('166','a matter of responsibility, not of choice','Armen Grigoryan','him','According to',partial=True,note='"According to him, ..." = Armen Grigoryan')
c('166','troops_deployed',100,'about','Armenian servicemen in the CSTO contingent',AMD,'will consist of about 100 servicemen')
c('166','troops_deployed',70,None,'first group of Armenian servicemen sent to Kazakhstan',AMD,'The first group of 70 servicemen')
c('166','killed',8,None,'police officers and servicemen killed',MIA,'8 police officers and servicemen were killed')
c('166','injured',317,None,'police officers and servicemen injured',MIA,'317 were injured')
e('166','2022-01-05','statement',None,[PAS,CSTO],'has announced on his Facebook page',note='post "published late on January 5"')
e('166','2022-01-05','other',None,[TOK,CSTO],'addressed the CSTO member states with a request for assistance',note='request for CSTO help; "several hours" before the post of late 5 January')
e('166','2022-01-06','other','Yerevan',[PAS],'Speaking at the Cabinet session on Thursday',note='internal government meeting; Thursday = publication day')
e('166','2022-01-05','talks',None,[PAS,TOK],'in a telephone conversation the day before',note='"the day before" the Thursday cabinet session')
e('166','2022-01-06','troop_deployment','Kazakhstan',['Armenia',AMD],'departed for Kazakhstan from the Erebuni airfield in the afternoon',note='no date word; "in the afternoon" of the publication day')
e('166',None,'statement','Yerevan',['Lilit Harutyunyan'],'Harutyunyan told journalists in the National Assembly')
e('166','2022-01-02','protest','Zhanaozen',[],'Protests in Kazakhstan began on January 2 in Zhanaozen')

# ---------------- 167 BelTA item (10 January 2022, a Monday)
art('167',0,1,6,'BelTA','2022-01-10',[],'MINSK',
    ['10 January 2022 | 15:47','Politics','Photo: archive','When using BelTA materials, a hyperlink to belta.by is obligatory.'])
q('167','Our decision to send the peacekeeping forces to Kazakhstan was taken within hours, not weeks, and this is the best answer to those who for years have been saying that the CSTO is an organization that exists only on paper. We have proved that we are together not only at the negotiating table, but also when it is really difficult,',
  LUK,'the Belarusian leader','said')
q('167','We see the same handwriting that we saw in Belarus in 2020. The same methods, the same Telegram channels, the same attempts to bring people to the streets and then to use them as cover.',
  LUK,'Alexander Lukashenko',None,malformed=True,
  note='conventional multi-paragraph quote: the paragraph is left open and the next one re-opens with “; no cue of its own (gold 004 Ash convention); attributed by "Alexander Lukashenko said" at the end of the next paragraph')
q('167','Therefore we must draw conclusions. Kazakhstan is not the last attempt, and we must be ready for the fact that tomorrow the same scenario can be tried in any of our countries,',
  LUK,'Alexander Lukashenko','said',note='second paragraph of the multi-paragraph quote (re-opened with “)')
q('167','I want to thank our Belarusian guys. They are doing their duty with dignity, and they will come home as soon as the mission is completed,',LUK,'the head of state','said',
  note='straight marks, while the other quotes in this file are curly')
q('167','to stay forever',LUK,'The Belarusian leader','noting',partial=True)
q('167','to carry out any task set by the command','Viktor Khrenin','The Minister of Defense Viktor Khrenin','said',partial=True)
c('167','troops_deployed',500,'about','Belarusian peacekeeping contingent',LUK,'numbers about 500 servicemen',note='"According to him"; "103rd" (brigade number) is not a claim')
e('167','2022-01-10','talks',None,[CSTO,LUK,PAS,'Vladimir Putin',TOK,'Sadyr Japarov','Emomali Rahmon','Stanislav Zas'],
  'extraordinary session of the CSTO Collective Security Council which was held via videoconference on 10 January',note='online CSTO summit')
e('167','2022-01-10','statement',None,[LUK],'Belarusian President Alexander Lukashenko said as he took part')
e('167','2022-01-07','troop_deployment','Kazakhstan',['Belarus','Russia'],'from the Vitebsk airfield on 7 January')
e('167',None,'statement',None,['Viktor Khrenin'],'The Minister of Defense Viktor Khrenin said',note='"Earlier"; no day given')

# ---------------- 168 OCR'd printed newspaper page (Saturday, January 8, 2022): two articles
B168=['THE LAKESHORE TRIBUNE          SATURDAY, JANUARY 8, 2022          A1','WORLD','Tribune Foreign Desk','Continued on Page A6',
      'WEATHER: Snow likely, high 28, low 14. Details, B8','INSIDE: Opinion A10 | Obituaries B4 | Sports C1',
      '-------------------------------------------------------','A6          THE LAKESHORE TRIBUNE          SATURDAY, JANUARY 8, 2022',
      'KAZAKHSTAN','Continued from Page A1']
art('168',0,5,13,'The Lakeshore Tribune','2022-01-08',['MARTIN HOLLOWAY'],'MOSCOW',B168,ls=1,le=107,
    hl="Russian-led troops\nfan out in Kazakhstan\nas leader vows to\n'destroy' militants")
art('168',1,109,114,'The Lakeshore Tribune','2022-01-08',['SUSAN OKAFOR'],None,['Tribune Staff Writer'],ls=109,le=122,
    hl='Council to vote on\nnew parking rules')
q('168','Those who do not surrender\nwill be destroyed,',TOK,'Tokayev','said',malformed=True,note=WRAP)
q('168','The contingent will stay as\nlong as the Kazakh leadership\nconsiders it necessary,','Dmitry Peskov','Peskov','said',malformed=True,note=WRAP)
q('168',"One les-\nson of recent history is that once\nRussians are in your house, it's\nsometimes very difficult to get\nthem to leave,",'Antony Blinken','he','said',malformed=True,
  note=WRAP+'; "les-\\nson" hyphenated; "he" = Blinken, named in the previous sentence')
q('168','We have not left the apart-\nment for three days,','Ainur Bekova','Ai-\nnur Bekova','said',malformed=True,
  note=WRAP+'; the speaker\'s first name is itself hyphenated across the wrap ("Ai-\\nnur"); inverted cue')
q('168','Every night we hear\nshooting.','Ainur Bekova','Ai-\nnur Bekova','said',malformed=True,note=WRAP+'; continuation after the inverted cue')
c('168','killed',26,None,'armed attackers killed',MIA,'26 armed attackers had been\nkilled',note='evidence crosses the column wrap')
c('168','killed',18,None,'police officers and national guardsmen who died',MIA,'18 police officers and\nnational guardsmen had died')
c('168','detained',3811,None,'people detained',MIA,'It said 3,811\npeople had been detained')
c('168','aircraft',70,'more than','planes ferrying troops to Kazakhstan',RDM,'more than 70 planes were ferry-')
c('168','troops_deployed',2500,'about','eventual size of the CSTO force',RDM,'number about 2,500.')
e('168','2022-01-07','troop_deployment','Kazakhstan',[CSTO],'fanned\nout across Kazakhstan on Fri-',note='"on Fri-\\nday" hyphenated across the wrap')
e('168','2022-01-07','statement',None,[TOK],'in a televised address,',note='same sentence context as Friday\'s deployment; no own day word')
e('168',None,'casualty_report',None,[MIA],'The Interior Ministry said\n26',note='no day given')
e('168','2022-01-06','statement',None,['Dmitry Peskov'],'Peskov said on Thursday that the')
e('168','2022-01-07','statement','Washington',['Antony Blinken'],'he said at a news\nconference on Friday')
e('168',None,'statement','Moscow',['Maria Zakharova'],'ria Zakharova called the remark',note='no day given (2022-01-08)')
e('168','2022-01-02','protest','Zhanaozen',[],'The unrest began Jan. 2 in the')
e('168','2022-01-05','protest','Almaty',[],'On Wednesday\ncrowds stormed the mayor\'s',note='"On Wednesday" resolved from Saturday 8 Jan')
e('168',None,'government_resignation',None,[TOK],'He also dismissed his gov-',note='no day given (2022-01-05)')
e('168',None,'appointment',None,[TOK,'Nursultan Nazarbayev'],'took over as head\nof the powerful Security Council',note='no day given (2022-01-05)')
e('168','2022-01-10','talks','Geneva',['Russia','United States'],'scheduled to begin\nMonday in Geneva',note='future; Monday after Saturday 8 Jan')

# ---------------- 169 TV news subtitles (SRT), uploaded Jan 11, 2022 (a Tuesday)
art('169',0,118,3,'Eurasia Now','2022-01-11',['Kate Lindgren'],None,
    ['Video description','Eurasia Now · 41,287 views · Uploaded Jan 11, 2022',"For Eurasia Now, I'm Kate Lindgren."])
q('169','main mission has been\n\n4\n00:00:10,500 --> 00:00:13,100\nsuccessfully completed',TOK,'Tokayev','said',malformed=True,partial=True,note=CUE)
q('169','like a war zone','Daniyar Sultanbekov','Almaty resident Daniyar Sultanbekov','said',partial=True,
  note='the sentence continues in the next cue ("for three nights."), outside the marks')
q('169','difficult, long,\n\n22\n00:01:21,900 --> 00:01:25,200\nvery professional',RYA,'Deputy Foreign Minister Sergei Ryabkov','called',malformed=True,partial=True,note=CUE)
c('169','troops_deployed',2030,'about','CSTO troops from six countries',None,'Some 2,030 troops from six countries')
c('169','detained',9900,None,'people detained since 2 January',MIA,'9,900 people have been detained')
e('169','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('169','2022-01-13','withdrawal','Kazakhstan',[CSTO],'leaving Kazakhstan on Thursday,',note='future; Thursday after Tuesday 11 Jan')
e('169',None,'troop_deployment','Kazakhstan',[CSTO],"arrived last week at Tokayev's request",note='"last week": not a day')
e('169','2022-01-02','protest',None,[],'since the protests began on January 2')
e('169',None,'appointment',None,[TOK,'Alikhan Smailov'],'Tokayev also named Alikhan Smailov',note='no own day word (2022-01-11)')
e('169','2022-01-10','talks','Geneva',['United States','Russia',RYA],'on Monday in talks on Ukraine')
e('169','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russia meet in Brussels',note='future; "on Wednesday" after Tuesday 11 Jan')

# ---------------- 170 page scraped to Markdown (January 9, 2022, a Sunday)
art('170',0,7,15,'Northgate Observer','2022-01-09',['Ines Calloway','Tomasz Wierzbicki'],None,
    ['[Skip to content](#main)','* [World](https://www.northgateobserver.com/world)','**By Ines Calloway and Tomasz Wierzbicki**',
     '*Published January 9, 2022 · Updated January 9, 2022, 21:10 GMT*',
     '![Kazakh servicemen patrol a square in central Almaty on January 8. Photo: Reuters](img/almaty-patrol-0108.jpg)',
     '![Wendy Sherman arrives at the US mission in Geneva. Photo: AP](img/sherman-geneva.jpg)','## Related',
     '*© 2022 Northgate Observer. All rights reserved.* [Terms](https://www.northgateobserver.com/terms) · [Privacy](https://www.northgateobserver.com/privacy)'],
    ls=7,le=45,sections=(25,),hl='Kazakhstan says 5,800 detained as Russian and US envoys meet in Geneva')
q('170','a substantial number of foreign nationals',KPPO,"Kazakhstan's presidential office",'said',partial=True,note='closing mark before the comma')
q('170','stabilized in all regions',KPPO,'Kazakh presidential press service','said',partial=True,note='the speaker is the text of a Markdown link')
q('170','The conversation was difficult, but businesslike,',RYA,'Ryabkov','told')
q('170','We will not make any concessions under pressure.',RYA,'Ryabkov','told',note='continuation after the interposed attribution')
q('170','We are not expecting breakthroughs in one meeting, but we are ready for serious work','Dmitry Peskov','Peskov','said',note='em-dash cue `” — Peskov said on Friday`; surname only')
q('170',"Deputy Secretary Sherman stressed the United States' commitment to the international principles of sovereignty, territorial integrity, and the freedom of sovereign nations to choose their own alliances.",
  USSD,'the US State Department','said',note='Markdown "> " block quote whose text is also wrapped in marks; cue "said:" ends the previous paragraph; a name (Sherman) inside the quote')
q('170',"Once Russians are in your house, it's sometimes very difficult to get them to leave",'Antony Blinken','Blinken',None,zone='related',
  note='quote inside the link text of a "## Related" item')
c('170','detained',5800,None,'people detained (headline)',KPPO,'Kazakhstan says 5,800 detained',zone='headline')
c('170','detained',5800,None,'people detained after a week of unrest',KPPO,'5,800 people, including')
c('170','killed',164,None,'people killed across the country (post later deleted)',None,'164 people had been killed',note='"a government information channel"; not confirmed')
c('170','killed',103,None,'people killed in Almaty (post later deleted)',None,'including 103 in Almaty')
c('170','troops_deployed',100000,'about','Russian troops near Ukraine',None,'about 100,000 Russian troops near Ukraine',note='bullet in the "Key points" list')
e('170','2022-01-09','statement',None,[KPPO],"Kazakhstan's presidential office said on Sunday")
e('170','2022-01-09','other',None,[TOK],'had chaired a crisis meeting on Sunday')
e('170',None,'casualty_report',None,[],'a government information channel reported that 164',note='"Earlier"; no day given (2022-01-09)')
e('170','2022-01-08','statement',None,[NSC,'Karim Masimov'],'The National Security Committee said on Saturday',note='announcement of the detention; the detention itself is undated here')
e('170','2022-01-09','talks','Geneva',[RYA,'Wendy Sherman'],'met for a working dinner on Sunday evening')
e('170','2022-01-10','talks','Geneva',['Russia','United States'],'Strategic Stability Dialogue](https://www.state.gov/strategic-stability-dialogue) on Monday',note='future')
e('170','2022-01-07','statement',None,['Dmitry Peskov'],'Peskov said on Friday')
e('170','2022-01-09','statement',None,[USSD,'Wendy Sherman'],'In a statement released after the dinner',note='after the Sunday dinner')
e('170','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council meeting in Brussels on Wednesday',note='future')
e('170','2022-01-13','talks','Vienna',['OSCE','Russia'],'OSCE Permanent Council in Vienna on Thursday',note='future')

# ---------------- 171 think-tank commentary (13 January 2022, a Thursday)
art('171',0,4,10,'Harrow Institute for International Affairs','2022-01-13',['Nurlan Dzhaksybekov'],None,
    ['Harrow Institute for International Affairs','Commentary | Russia and Eurasia Programme','13 January 2022','Nurlan Dzhaksybekov','About the author',
     'Nurlan Dzhaksybekov is an associate fellow with the Russia and Eurasia Programme at the Harrow Institute for International Affairs. He previously worked for 12 years as a correspondent in Almaty and Moscow.',
     'The Harrow Institute takes no institutional positions. The views expressed are those of the author.'],sections=(24,))
q('171','had never had statehood','Vladimir Putin','Vladimir Putin','remarked',partial=True,note='a 2014 remark quoted in a 2022 text')
q('171','successfully completed',TOK,'Tokayev','told',partial=True)
q('171','strong president, influential parliament, accountable government',TOK,'Tokayev','promising',partial=True,
  note='his 2019 slogan; kept as a partial because it is his own wording with a verb of saying ("promising"); borderline with a label')
q('171','not a day longer than necessary','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','insisted',partial=True,note='closing mark before the comma; endnote marker ⁵ after the full stop')
q('171','Nur-Sultan will remain multi-vector on paper, but the vectors are no longer of equal length.',None,'one senior European diplomat','put it',note='anonymous diplomat')
c('171','troops_deployed',2030,None,'CSTO troops deployed by 8 January',CSTO,'2,030 troops')
c('171','other',250,None,'pieces of CSTO equipment',CSTO,'250 pieces of equipment')
c('171','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('171','killed',16,'at least','members of the security forces killed','officials','at least 16 members of the security forces')
e('171','2022-01-02','protest','Zhanaozen',[],'which began in Zhanaozen on 2 January')
e('171','2022-01-05','other',None,[TOK,CSTO],'on the night of 5 January President Kassym-Jomart Tokayev asked',note='request for CSTO help')
e('171','2022-01-08','troop_deployment','Kazakhstan',[CSTO],'by 8 January the alliance had deployed',note='"by 8 January": the deployment began on 6 January')
e('171','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev told the Mazhilis on 11 January')
e('171','2022-01-11','statement',None,[MIA],'The interior ministry said on 11 January')
e('171','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal that began today',note='"today" = publication day')
e('171',None,'appointment',None,[TOK,'Nursultan Nazarbayev'],'his decision to remove Nazarbayev from the chairmanship',note='no date given (2022-01-05)')
e('171',None,'talks',None,['Russia','United States','NATO'],'difficult talks with Russia in Geneva and Brussels this week',note='"this week": not a day (10 and 12 January)')

# ---------------- 172 Chinese MFA press conference transcript (January 7, 2022, a Friday)
art('172',0,1,5,None,'2022-01-07',[],None,['2022-01-07 20:30'])
q('172','at a critical moment, you took strong and decisive measures and quickly calmed the situation, showing your sense of responsibility as a statesman to your country and people.',
  XI,'President Xi','pointed out',partial=True,note="inside Wang Wenbin's unmarked answer; Xi's verbal message relayed by the spokesperson (devset5 139 convention)")
q('172','China is ready to provide necessary support to the best of its ability to help Kazakhstan tide over the difficulties. China and Kazakhstan are a community with a shared future.',
  XI,'President Xi','said',note='"In the message, President Xi also said, "…""')
c('172','troops_deployed',2500,'about','CSTO peacekeepers being deployed (in a question)','Russia','about 2,500 CSTO peacekeepers',note='figure in a journalist\'s question ("Russia says")')
e('172','2022-01-07','statement',None,[XI,TOK],'Today, President Xi Jinping sent a verbal message',note='verbal message')
e('172','2022-01-07','statement',None,[TOK],'said today that constitutional order had been largely restored',note='in the Global Times question')
e('172','2022-01-07','statement','Beijing',['Wang Wenbin'],"China believes that the Kazakh people have the wisdom",note='the spokesperson\'s answer on Kazakhstan (unmarked speech)')
e('172','2022-01-10','talks','Geneva',['United States','Russia'],'will hold talks in Geneva on Monday',note='future; in the Bloomberg question')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(MAT,'person',['Hirokazu Matsuno','Matsuno'],['Chief Cabinet Secretary'],'Japan',['the top government spokesman','Japan'],note='words invented; the headline partial is attributed to "Japan"'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','To-\nkayev'],['President','Kazakh President','President of Kazakhstan','the Kazakh President'],'Kazakhstan',
    ['he','the Kazakh President'],["Tokayev's"],note='168 hyphenates the name across a column wrap ("To-\\nkayev")'),
 sp(PAS,'person',['Nikol Pashinyan','Pashinyan'],['Prime Minister of Armenia','Chairman of the CSTO Collective Security Council'],'Armenia',['the Prime Minister',"The Prime Minister’s"]),
 sp(AMD,'organisation',['Ministry of Defense'],[],'Armenia',['the Ministry of Defense'],note='"The Ministry of Defense informs"; first used as a claim source in devset4'),
 sp('Lilit Harutyunyan','person',['Lilit Harutyunyan','Harutyunyan'],['MP'],'Armenia',note='invented'),
 sp('Armen Grigoryan','person',['Armen Grigoryan'],['Secretary of the Security Council of Armenia'],'Armenia',['him'],note='words invented'),
 sp(LUK,'person',['Alexander Lukashenko','Lukashenko'],['Belarusian President','President'],'Belarus',['the Belarusian leader','The Belarusian leader','the head of state','The head of state','The President']),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Minister of Defense'],'Belarus',note='words invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Dmitry\nPeskov','Peskov'],['Kremlin spokesman'],'Russia',note='surname only with the em-dash cue in 170; name split by the column wrap in 168'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of\nState'],'United States',['he']),
 sp('Ainur Bekova','person',['Ai-\nnur Bekova'],['a teacher'],'Kazakhstan',note='invented; first name hyphenated across the column wrap'),
 sp('Daniyar Sultanbekov','person',['Daniyar Sultanbekov'],['Almaty resident'],'Kazakhstan',note='invented'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',note='canonical form from devset2; written "Sergei" here'),
 sp(KPPO,'organisation',['presidential office','presidential press service'],[],'Kazakhstan',["Kazakhstan's presidential office",'Kazakh presidential press service']),
 sp(USSD,'organisation',['US State Department'],[],'United States',note='new canonical'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia'),
 sp(XI,'person',['Xi Jinping','President Xi'],['President'],'China',['President Xi']),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Foreign Ministry Spokesperson'],'China',[],[],quoted=False,
    note='his turns are labelled "Wang Wenbin:" and are not quotes; listed because he speaks the whole transcript (172 only), like devset7 Ned Price'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['first president'],'Kazakhstan',[],[],quoted=False),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','Ministry of Internal Affairs of Kazakhstan'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 166, 168, 169, 171'),
 sp(RDM,'organisation',['Russian Defense Ministry',"Russia's Defense Ministry"],[],'Russia',[],[],quoted=False,note='source of figures in 165, 168'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of figures in 171'),
]

OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
        assert '\n' not in x['quote'],(x['doc'],x['quote'][:30])
    else:
        assert '\n' in x['quote'] or not (t[o-1] in OPEN and t[k] in CLOSE),(x['doc'],x['quote'][:30])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
