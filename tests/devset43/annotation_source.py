#!/usr/bin/env python3
"""Source of the devset43 annotation: the hand-chosen spans, values and dates for 437-444.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset43/annotation_source.py && python3 tests/devset43/verify.py
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

SD='US State Department'; MYMFA='Malaysian Foreign Ministry'; PKFO='Pakistani Foreign Office'

# ---------------- 437 ABC News (US) live-update page (January 7, 2022, a Friday)
art('437',0,5,7,'ABC News','2022-01-07',['Lena Marchetti','Tom Garvey','Priya Nandakumar'],None,
    ['ABC News','Video   Live   Shows   2022 Elections   Shop','INTERNATIONAL','By Lena Marchetti, Tom Garvey and Priya Nandakumar','January 7, 2022, 3:12 PM',
     'Share   Tweet   Email',"Here's how the news is developing. All times Eastern.","ABC News' Dana Kessler contributed to this report.",'Copyright © 2022 ABC News Internet Ventures.'],
    sections=(ln('437','Blinken says Kazakhstan owes'),ln('437','Interior ministry: 18 officers'),ln('437','Tokayev: Fire without warning'),ln('437','First Russian paratroopers land'),ln('437','U.S. lets families')))
q('437','felt the need','Antony Blinken','Secretary of State Antony Blinken','said',partial=True,note='three-word partial with a speech verb')
q('437','History keeps teaching the same lesson: when Russian soldiers come into your home, persuading them to go can take a very long time,','Antony Blinken','Blinken','told')
q('437','any violation of human rights','Antony Blinken','He','added',partial=True)
q('437','Anyone who refuses to lay down their weapons will be eliminated,',TOK,'the president','said')
q('437','What kind of negotiation is possible with people who kill?',TOK,'He','asking',note='cue is the participle "asking" after "He rejected calls for talks"')
q('437','The peacekeepers will guard state and military facilities and will not take part in operations against the population,','Vladimir Zainetdinov','an alliance spokesman, Vladimir Zainetdinov','told',note='words invented; role phrase before the name')
q('437','fluid and dangerous',SD,'A department spokesperson','described',partial=True,note='unnamed spokesperson → the department')
c('437','killed',18,None,'officers killed (entry heading)',MIA,'18 officers dead',zone='headline',note='figure in a live-entry heading; duplicates the body figure')
c('437','detained',3000,'more than','people detained (entry heading)',MIA,'more than 3,000 detained',zone='headline',note='figure in a live-entry heading')
c('437','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed')
c('437','injured',748,None,'members of the security forces injured',MIA,'748 injured')
c('437','killed',26,None,'"armed criminals" "liquidated"',MIA,'26 "armed criminals" had been "liquidated"',note='two scare-quoted labels around the verb; labels excluded from quotes')
c('437','detained',3000,'more than','people in custody',MIA,'more than 3,000 people were in custody')
c('437','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty')
c('437','troops_deployed',2500,'about','CSTO force',CSTO,'its force would number about 2,500 soldiers')
e('437','2022-01-07','statement','Washington',['Antony Blinken'],'Secretary of State Antony Blinken said Friday')
e('437','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said 18 members",note='no day word; date from the live-entry stamp "Jan 07, 9:05 am"')
e('437','2022-01-07','statement',None,[TOK],'In a televised address, President Kassym-Jomart Tokayev',note='no day word; date from the entry stamp "Jan 07, 7:30 am"')
e('437','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first units landed on Thursday')
e('437','2022-01-06','other','Almaty',[SD],'The State Department on Thursday authorized the voluntary departure',note='authorized departure of consulate staff')

# ---------------- 438 Sydney Morning Herald with a Reuters credit (January 8, 2022, a Saturday)
art('438',0,4,9,'The Sydney Morning Herald','2022-01-08',['Aliya Zhunusova','Peter Hollis'],'Almaty',
    ['The Sydney Morning Herald','World   Asia   Kazakhstan','By Aliya Zhunusova and Peter Hollis','January 8, 2022 — 9.47am',
     'Save   Share   Normal text size   Larger text size   Very large text size',"Burnt-out cars outside the Almaty mayor's office on Friday. Reuters",'Reuters, with staff writers','License this article'])
q('438','The counter-terrorist operation will go on until the militants are destroyed completely,',TOK,'Tokayev','said',note='the one-word "foolish" later in the sentence is excluded')
q('438','It is a matter of days or weeks, not of years,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told')
q('438','clearly limited','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','stressing',partial=True)
q('438','deeply troubled','Marise Payne','Foreign Minister Marise Payne','said',partial=True)
q('438','The internet went dark and the phones went dark with it. You refresh the news every ten minutes and you learn nothing,','Gulnara Bekova','she','said',note='invented community organiser; "ten minutes" is not a claim')
q('438','My mother is 71. She does not even know I am worried.','Gulnara Bekova','she','said',note='continuation after the interposed "she said"; an age inside the quote')
c('438','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('438','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('438','killed',18,None,'security officers killed',MIA,'18 security officers had died')
e('438','2022-01-07','statement',None,[TOK],'said on Friday that constitutional order')
e('438','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'a day after Russian-led troops arrived',note='"a day after" Friday = Thursday 6 Jan')
e('438','2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said on Saturday')
e('438','2022-01-07','other',None,['Australian Department of Foreign Affairs and Trade'],'on Friday raised its advice for Kazakhstan',note='travel-advice change')
e('438',None,'statement',None,['Dmitry Peskov'],'told reporters, stressing',note='undated')
e('438',None,'protest','Sydney',['Gulnara Bekova'],'would gather outside the Kazakh honorary consulate next week',note='"next week" is not a day')

# ---------------- 439 The Mainichi English item (January 11, 2022, a Tuesday)
art('439',0,6,12,'The Mainichi','2022-01-11',['Keiko Harada'],'TOKYO',
    ['The Mainichi',"Japan's National Daily Since 1922",'Top News   Japan   World   Business   Sports   Opinion','January 11, 2022 (Mainichi Japan)','Japanese version',
     '(Japanese original by Keiko Harada, Foreign News Department)','Click here for the original Japanese story'])
q('439','We are confirming the safety of Japanese nationals through our embassy, and no harm to them has been reported so far,','Hirokazu Matsuno','Matsuno','told',note='words invented')
q('439','within the next few days.','Hirokazu Matsuno','He','said',partial=True,note='full stop inside the closing mark')
q('439','successfully completed',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True)
q('439','with grave concern','Yoshimasa Hayashi','Foreign Minister Yoshimasa Hayashi','said',partial=True)
q('439','Our staff stayed at home and there was no internet, so we could only wait,',None,'the official','said',note='anonymous trading-house official')
c('439','detained',7939,None,'people detained','Kazakh authorities','7,939 people had been detained')
c('439','troops_deployed',2000,'about','CSTO personnel on the ground',None,'some 2,000 personnel',note='"some" normalised to about; no source named')
e('439','2022-01-11','statement','Tokyo',['Hirokazu Matsuno'],'said on Jan. 11 that the government')
e('439','2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said the previous day',note='"the previous day" from Jan. 11')
e('439','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in the country on Jan. 6')
e('439','2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday, Kazakh President Kassym-Jomart Tokayev told parliament')
e('439','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'its withdrawal would start in two days',note='future; two days after Tuesday 11 Jan')
e('439','2022-01-07','statement','Tokyo',['Yoshimasa Hayashi'],'had said on Jan. 7 that Japan')

# ---------------- 440 Gazeta.uz English item (12 January 2022, a Wednesday)
art('440',0,6,8,'Gazeta.uz','2022-01-12',[],None,
    ['Gazeta.uz','Society   Politics   Economy   Tashkent   Uz | Ru | En','Politics   12 January 2022, 17:05','Photo: press service of Uzbekistan Railways',
     'Read more on Gazeta.uz:','Mirziyoyev holds phone call with Tokayev','Follow Gazeta.uz on Telegram and Instagram','© 2022 Gazeta.uz. Full or partial use of materials requires a hyperlink to Gazeta.uz.'])
q('440','The first trains with fruit and vegetables left Tashkent this morning, and we expect traffic to return to normal by the end of the week,','Uzbekistan Railways',"the company's press service",'said')
q('440','Uzbekistan has consistently said that the events in Kazakhstan are its internal affair,','Yusup Kabuljanov','Yusup Kabuljanov','said',note='inverted: "…," said NAME, the spokesman …; words invented')
q('440','full guarantees','Yusup Kabuljanov','Kabuljanov','added',partial=True,note='cue interposed between subject and verb phrase: "The Kazakh side, Kabuljanov added, had given"; the subject "The Kazakh side" is not the speaker')
q('440','He slept in the cold and ate bread and tea, but he says the Kazakh people around him were kind,','Dilnoza Rakhimova','she','told',note='invented; "he says" inside the quote is the husband')
c('440','detained',9900,None,'people detained during the riots',MIA,'9,900 people were detained during the riots')
c('440','troops_deployed',2030,None,'CSTO servicemen deployed','Stanislav Zas','2,030 servicemen',note='"250 units of equipment" is not a claim')
e('440','2022-01-12','other','Tashkent',['Uzbekistan Railways'],'restarted freight traffic to Kazakhstan on 12 January')
e('440','2022-01-12','statement','Tashkent',['Yusup Kabuljanov'],'at a briefing on Wednesday')
e('440','2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday, President Kassym-Jomart Tokayev announced in the Mazhilis')
e('440','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'would begin leaving the country in two days',note='future; two days after Tuesday 11 Jan')
e('440','2022-01-11','statement',None,['Stanislav Zas'],'said the day before',note='"the day before" Wednesday 12 Jan')

# ---------------- 441 The Slovak Spectator (13. Jan 2022, a Thursday)
art('441',0,4,6,'The Slovak Spectator','2022-01-13',[],None,
    ['The Slovak Spectator','News   Business   Culture   Travel   Slovakia in the World','Compiled by Spectator staff','13. Jan 2022 at 18:40','Facebook   Twitter   Email',
     'Read also: Slovakia raises its travel warning for Kazakhstan','Top stories',"Subscribe to Spectator's newsletter"])
q('441','Slovakia will not accept any deal about Ukraine made without Ukraine, and no country can be told which alliance it may join,','Ivan Korčok','Korcok','told',note='name without diacritics ("Korcok") here, "Korčok" elsewhere; words invented')
q('441','the danger of a major war in Europe has not been this high for three decades.','Zbigniew Rau',"Poland's Foreign Minister Zbigniew Rau",'warned',partial=True,note='paraphrased; full stop inside the mark')
q('441','We need concrete answers, and we need them quickly,','Alexander Lukashevich','he','told',note='"disappointing" (one word) in the same sentence is excluded')
q('441','The fact that the soldiers are going home is good news, but questions about the use of force against protesters remain,','Ivan Korčok','the minister','said')
c('441','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'Western estimates',"about 100,000 troops near Ukraine's borders")
e('441','2022-01-13','statement','Vienna',['Ivan Korčok'],'said on Thursday that the Organization')
e('441','2022-01-13','talks','Vienna',['OSCE','Russia'],'a meeting of its Permanent Council in Vienna',note='same day as the statement ("after")')
e('441','2022-01-10','talks','Geneva',['Russia','United States'],'Russian-US talks in Geneva on Monday')
e('441','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday')
e('441','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'were starting to leave on Thursday')
e('441',None,'other','Almaty',['Slovak Foreign Ministry'],'evacuated from Almaty last week',note='"last week" is not a day; 3 citizens is not a claim')

# ---------------- 442 Kazakh embassy Facebook Q&A post ("January 10", no year; Monday 10 Jan 2022)
art('442',0,4,6,'Embassy of Kazakhstan in Malaysia','2022-01-10',[],None,
    ['Embassy of Kazakhstan in Malaysia','January 10 at 4:26 PM · 🌐','See translation','👍❤️ 214   ·   37 comments   ·   52 shares','Like   Comment   Share','Most relevant ▾','1d   Like   Reply','View more comments'])
q('442','there will be no amnesty for terrorists, but peaceful citizens have nothing to fear.',TOK,'President Kassym-Jomart Tokayev','said',note='"As … said, “…”" inside an unquoted Q&A answer; words invented; lower-case start but a whole clause, not partial')
q('442','temporary and strictly limited in time.',TOK,'our President','In the words of',partial=True)
q('442','The withdrawal of the CSTO contingent will begin after the mission is completed,','Nurlan Temirbekov','the Ambassador','says',note='in the page\'s reply to a comment; present-tense inverted cue')
c('442','killed',164,None,'people died in the unrest',"General Prosecutor's Office",'164 people died',note='said by the ambassador in an unquoted answer, citing the prosecutor')
c('442','killed',16,None,'law enforcement officers among the dead',"General Prosecutor's Office",'16 law enforcement officers')
e('442','2022-01-05','other',None,[TOK,CSTO],'asked the CSTO partners for help on 5 January')
e('442','2022-01-09','other','Kuala Lumpur',['Embassy of Kazakhstan in Malaysia'],"Yesterday we met with the students' association",note='"Yesterday" from Monday 10 Jan')
e('442','2022-01-10','statement','Kuala Lumpur',['Nurlan Temirbekov'],'recorded at the Embassy in Kuala Lumpur today')

# ---------------- 443 Pakistan Today item (JANUARY 9, 2022, a Sunday)
art('443',0,4,9,'Pakistan Today','2022-01-09',[],'ISLAMABAD',
    ['Pakistan Today','HOME   NATIONAL   WORLD   BUSINESS   OPINION','Our Correspondent','JANUARY 9, 2022','SHARE   Facebook   Twitter   WhatsApp','RELATED ARTICLES','Qureshi, Kazakh FM discuss situation in phone call'])
q('443','The flight landed in Islamabad late on Saturday night. All the passengers are safe and have been reunited with their families,','Asim Iftikhar Ahmad','FO spokesperson Asim Iftikhar Ahmad','said in a statement',note='words invented')
q('443','solidarity with the brotherly people of Kazakhstan','Shah Mahmood Qureshi','Qureshi','expressed',partial=True,note='"According to the statement, Qureshi expressed …" — the FO reports the minister\'s words; speaker Qureshi')
q('443','We heard gunshots the whole night on Thursday. The hotel staff told us to stay away from the windows,','Kamran Aslam','Kamran Aslam','said',note='invented; inverted "…," said NAME, who …')
q('443','I want to finish my degree. But my parents will not let me go back this month,',None,'she','said',note='anonymous student')
q('443','round the clock',PKFO,'The FO','said',partial=True)
c('443','detained',4000,'almost','people detained','Kazakh authorities','nearly 4,000 people had been detained')
c('443','killed',26,None,'"criminals" killed','Kazakh authorities','26 "criminals" had been killed')
c('443','troops_deployed',2500,'about','CSTO troops sent',None,'about 2,500 troops',note='the CSTO is the subject that sent them')
e('443','2022-01-09','statement','Islamabad',[PKFO],'The Foreign Office (FO) on Sunday said')
e('443','2022-01-08','other','Islamabad',[PKFO],'The flight landed in Islamabad late on Saturday night',note='evacuation flight; inside a quote')
e('443','2022-01-07','talks',None,['Shah Mahmood Qureshi','Mukhtar Tileuberdi'],'had spoken to his Kazakh counterpart Mukhtar Tileuberdi on Friday')
e('443','2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Saturday')

# ---------------- 444 New Straits Times (January 7, 2022, a Friday)
art('444',0,6,10,'New Straits Times','2022-01-07',['Nur Hafizah Azmi'],'KUALA LUMPUR',
    ['New Straits Times','News   Nation   World   Business   Sports   Lifestyle','World','By Nur Hafizah Azmi - January 7, 2022 @ 7:58pm',
     'Tags: Kazakhstan, Wisma Putra, Malaysians abroad','Click here for more stories from NST World'])
q('444','close contact',MYMFA,'the ministry','said',partial=True)
q('444','The embassy will continue to monitor the situation closely and will provide the necessary consular assistance,',MYMFA,'it','said',note='"it said" = the ministry')
q('444','peacefully and through dialogue','Saifuddin Abdullah','Foreign Minister Datuk Seri Saifuddin Abdullah','said',partial=True,note='honorifics "Datuk Seri"')
q('444','We work our shifts as usual, but everyone is watching the news,',None,'he','told',note='anonymous engineer')
q('444','The shops are open, but the internet comes and goes. My mother calls me five times a day,','Siti Aminah Jusoh','she','said',note='invented')
c('444','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('444','detained',3000,'more than','people detained',MIA,'more than 3,000 detained')
c('444','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had lost their lives')
e('444','2022-01-07','statement','Kuala Lumpur',[MYMFA],'the Foreign Ministry (Wisma Putra) said today')
e('444','2022-01-06','statement',None,['Saifuddin Abdullah'],'said yesterday that Malaysia hoped')
e('444','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('444','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('444',None,'other',None,[TOK],'has authorised troops to shoot without warning',note='undated order')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the president','He','our President','The Head of State']),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',['He']),
 sp('Vladimir Zainetdinov','person',['Vladimir Zainetdinov'],['an alliance spokesman'],'Russia',note='CSTO spokesman; words invented'),
 sp(SD,'organisation',['State Department'],[],'United States',['A department spokesperson']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Marise Payne','person',['Marise Payne'],['Foreign Minister'],'Australia'),
 sp('Gulnara Bekova','person',['Gulnara Bekova','Bekova'],['Kazakh community organiser'],'Kazakhstan',['she'],['Ms Bekova'],note='invented'),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno','Matsuno'],['Chief Cabinet Secretary'],'Japan',['He']),
 sp('Yoshimasa Hayashi','person',['Yoshimasa Hayashi'],['Foreign Minister'],'Japan'),
 sp('Uzbekistan Railways','organisation',['Uzbekistan Railways'],[],'Uzbekistan',["the company's press service"]),
 sp('Yusup Kabuljanov','person',['Yusup Kabuljanov','Kabuljanov'],['the spokesman of the Foreign Ministry'],'Uzbekistan',note='words invented'),
 sp('Dilnoza Rakhimova','person',['Dilnoza Rakhimova'],['Tashkent resident'],'Uzbekistan',['she'],note='invented'),
 sp('Ivan Korčok','person',['Ivan Korčok','Korčok','Korcok'],['Foreign Affairs Minister'],'Slovakia',['the minister'],note='with and without diacritics; words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's Foreign Minister"],'Poland',note='words paraphrased/invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative"],'Russia',['he']),
 sp('Nurlan Temirbekov','person',['Nurlan Temirbekov'],['Ambassador'],'Kazakhstan',['the Ambassador'],note='invented ambassador'),
 sp('Asim Iftikhar Ahmad','person',['Asim Iftikhar Ahmad'],['FO spokesperson'],'Pakistan'),
 sp('Shah Mahmood Qureshi','person',['Shah Mahmood Qureshi','Qureshi'],['Foreign Minister'],'Pakistan'),
 sp('Kamran Aslam','person',['Kamran Aslam'],['A Pakistani businessman'],'Pakistan',note='invented'),
 sp(PKFO,'organisation',['Foreign Office','FO'],[],'Pakistan',['The FO']),
 sp(MYMFA,'organisation',['Foreign Ministry (Wisma Putra)','Wisma Putra'],[],'Malaysia',['the ministry','it']),
 sp('Saifuddin Abdullah','person',['Saifuddin Abdullah'],['Foreign Minister'],'Malaysia',[],['Datuk Seri Saifuddin Abdullah']),
 sp('Siti Aminah Jusoh','person',['Siti Aminah Jusoh'],['a postgraduate student in Nur-Sultan'],'Malaysia',['she'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,[],[],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',[],[],quoted=False,note='mentioned only'),
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
