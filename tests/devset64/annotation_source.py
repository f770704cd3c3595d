#!/usr/bin/env python3
"""Source of the devset64 annotation: the hand-chosen spans, values and dates for 605-612.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset64/annotation_source.py && python3 tests/devset64/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; KNB='Kazakh National Security Committee'
MOH='Kazakh Ministry of Health'; PPO='Kazakh Presidential Press Office'; RDM='Russian Defence Ministry'

# ---------------- 605 Chosun Ilbo English Edition (January 08, 2022, a Saturday)
art('605',0,4,10,'The Chosun Ilbo','2022-01-08',['Kim Seon-woo'],None,
    ['The Chosun Ilbo','English Edition','Home > National > Diplomacy','January 08, 2022 09:12','By Kim Seon-woo','seonwoo@chosun.com',
     'Copyright (c) Chosun.com All rights reserved.','Most Viewed'])
q('605','No damage to our citizens has been reported so far, but we are checking the situation around the clock with the embassy in Nur-Sultan and the consulate in Almaty,','Choi Young-sam','Choi Young-sam','said',note='inverted: "…," said Choi Young-sam, the ministry\'s spokesman (role after the name)')
q('605','all possible options, including a temporary flight','Choi Young-sam','He','added',partial=True,note='"He added that the government was reviewing “…”"')
q('605','Those who do not surrender will be eliminated,',TOK,'he','said',note='he = Tokayev (previous sentence)')
q('605','We hear shooting at night and the internet comes back only for an hour or two,',None,'the man','said',note='anonymous Korean restaurant owner; inverted "said the man, who asked not to be named"')
q('605','Everyone is buying bread and water.',None,'the man','said',note='second half after the interposed cue')
q('605','Once Russian troops are invited in, it is never easy to ask them to leave,','Yoon Jae-hoon','Yoon','said',note='invented professor ("Prof. Yoon Jae-hoon"), then surname only; Korean name order')
c('605','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('605','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c('605','detained',4400,'more than','people detained across the country',MIA,'more than 4,400 people had been detained')
c('605','troops_deployed',2500,'about','CSTO soldiers taking part',CSTO,'some 2,500 soldiers would take part',note='"some" -> about; "The alliance said"')
e('605','2022-01-07','other',None,['South Korean Foreign Ministry'],'The Foreign Ministry said on Friday it had set up an emergency task force',note='task force set up; Friday before Saturday 8 Jan')
e('605','2022-01-02','protest',None,[],'since the protests began on Jan. 2')
e('605',None,'casualty_report',None,[MIA],'The Interior Ministry reported',note='undated')
e('605','2022-01-07','statement',None,[TOK],'on Friday gave the security forces the right to fire without warning')
e('605','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')

# ---------------- 606 Korea JoongAng Daily (11 Jan. 2022, a Tuesday)
art('606',0,4,11,'Korea JoongAng Daily','2022-01-11',['LEE JI-HYE'],None,
    ['Korea JoongAng Daily','NATIONAL | BUSINESS | ENTERTAINMENT | SPORTS | OPINION | FOREIGN AFFAIRS','Foreign Affairs','Published: 11 Jan. 2022, 19:30',
     'Updated: 11 Jan. 2022, 20:05','BY LEE JI-HYE [lee.jihye@joongang.co.kr]','Log in to comment','Copyright ⓒ Korea JoongAng Daily. All rights reserved.'])
q('606','a non-starter.','United States','Washington','calling',partial=True,note='"with Washington calling that demand “…”": evaluative wording with a speech verb; the speaker is a government named by its capital')
q('606','no confidence','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told reporters',partial=True,note='two-word partial')
q('606','We need iron-clad, legally binding guarantees, not promises,','Sergey Ryabkov','Ryabkov','said')
q('606','For us it is absolutely mandatory that Ukraine never, never ever becomes a member of NATO.','Sergey Ryabkov','Ryabkov','said',note='second quote after the interposed "Ryabkov said."; words paraphrased')
q('606','We were firm in pushing back on security proposals that are simply non-starters,','Wendy Sherman','she','said')
q('606',"slam closed NATO's open-door policy.",'Wendy Sherman','she','adding',partial=True,note='"she said, adding that Washington would not allow anyone to “…”"')
q('606',"an attempted coup d'état.",TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True)
q('606','any escalation in Europe will have consequences for energy prices in Korea.',None,'A senior official at the Blue House','told',partial=True,note='anonymous official; clause after "that"')
q('606','North Korea is watching how Washington deals with Moscow,','Park Sung-jin','Park Sung-jin','said',note='inverted cue; invented researcher')
c('606','troops_deployed',100000,'about','Russian troops near the border with Ukraine','U.S. officials','some 100,000 troops near its border with Ukraine',note='"some" -> about')
c('606','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'about 2,030 troops were on the ground in Kazakhstan')
e('606','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'ended nearly eight hours of talks in Geneva on Monday',note='Monday before Tuesday 11 Jan; "nearly eight hours" is a duration, not a claim')
e('606','2022-01-10','statement',None,[CSTO],'said on Monday that about 2,030 troops')
e('606','2022-01-10','talks',None,[TOK,CSTO],"told the alliance's video summit the same day",note='"the same day" = Monday')
e('606','2022-01-05','other',None,['North Korea'],'Pyongyang fired what it claimed was a hypersonic missile last Wednesday',note='"last Wednesday" from Tuesday 11 Jan = 5 Jan')
e('606','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets in Brussels on Wednesday',note='future')
e('606','2022-01-13','talks','Vienna',['OSCE'],'will meet in Vienna the next day',note='"the next day" after Wednesday 12 Jan')

# ---------------- 607 Hankyoreh English edition (Jan.12,2022, a Wednesday)
art('607',0,4,8,'Hankyoreh','2022-01-12',['Park Min-hee'],None,
    ['hankyoreh','english edition','International','Posted on : Jan.12,2022 17:05 KST Modified on : Jan.12,2022 17:40 KST',
     '[Photo] Kazakh President Kassym-Jomart Tokayev speaks in the lower house of parliament in Nur-Sultan on Jan. 11. (Yonhap News)',
     'By Park Min-hee, staff reporter','Please direct questions or comments to [english@hani.co.kr]','Related stories'])
q('607','main mission',TOK,'Tokayev','says',partial=True,note='in the dek (first_line), two-word partial')
q('607','main mission',TOK,'Kazakh President Kassym-Jomart Tokayev','announced',n=2,partial=True,note='repeated from the dek in the lead')
q('607','The withdrawal will begin on Jan. 13 and will take no more than 10 days,',TOK,'Tokayev','told',note='a date and a duration inside the quote')
q('607','a group of very profitable companies and a layer of wealthy people appeared, even by international standards.',TOK,'he','said',partial=True,note='"Thanks to the first president, he said, “…”": the cue interposed before a partial; words paraphrased')
q('607','as soon as the handover of protected sites is complete.','Sergei Shoigu','Russian Defense Minister Sergei Shoigu','said',partial=True,note='words invented')
q('607','The authorities must explain who gave the order to shoot and on whom,','Aigerim Nurlanova','Aigerim Nurlanova','said',note='invented activist; inverted cue')
q('607','swift restoration of stability.',None,'A Ministry of Foreign Affairs official','said',partial=True,note='anonymous South Korean official')
c('607','troops_deployed',2030,'about','CSTO force in Kazakhstan',CSTO,'numbered about 2,030 troops',note='"and 250 pieces of equipment" is not a claim')
c('607','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('607','killed',164,None,'death toll (figure withdrawn)',None,'a figure of 164 that appeared on Sunday',note='withdrawn as a "technical error" (the two-word label is not a quote)')
e('607','2022-01-11','statement','Nur-Sultan',[TOK],'announced on Tuesday that troops sent by')
e('607','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal will begin on Jan. 13',note='future, inside the quote')
e('607','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'he approved Alikhan Smailov as the new prime minister',note='"In the same speech" = Tuesday')
e('607','2022-01-12','statement',None,['Sergei Shoigu'],'Sergei Shoigu said on Wednesday',note='Wednesday = publication day')
e('607','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday')
e('607','2022-01-09','casualty_report',None,[],'a figure of 164 that appeared on Sunday',note='Sunday before Wednesday 12 Jan')

# ---------------- 608 Lianhe Zaobao in machine translation (2022-01-07, a Friday)
art('608',0,5,12,'Lianhe Zaobao','2022-01-07',['Chen Jiahui'],None,
    ['联合早报 zaobao.com','World | Central Asia','[This page is machine translated from Chinese. The translation is for reference only.]',
     'Published: 2022-01-07 14:30 / Updated: 2022-01-07 18:02','Text / Zaobao reporter Chen Jiahui','Font size: Big Medium Small',
     'Share: WeChat Weibo Facebook Twitter','Related: Hasakstan government resign, president take over Security Council chairman'])
q('608','shoot without warning',TOK,'Tokayev','ordered',partial=True,zone='headline',note='headline partial; MT "Hasakstan"')
q('608','to open fire to kill without warning,',TOK,'Kazakhstan President Tokayev','said',partial=True,note='"said he has ordered … “…,”"; the one-word “terrorists” in the same sentence is excluded')
q('608','What negotiation can there be with criminals and murderers? They must be destroyed.',TOK,'Tokayev','said',note='"Tokayev said: “…”" — cue before the quote with a colon; words paraphrased')
q('608','China and Kazakhstan are permanent comprehensive strategic partners, China is willing to provide necessary support within our ability,','Wang Wenbin','Wang Wenbin','said',note='words paraphrased; MT grammar')
q('608','took strong measures at the critical moment','Xi Jinping','Chinese President Xi Jinping','praised',partial=True,note='oral message; words paraphrased')
q('608','responsibility of a politician','Xi Jinping','Chinese President Xi Jinping','praised',partial=True,note='second partial in the same sentence ("and showed the “…”")')
q('608','The stability of Kazakhstan is directly related to the security of China western border and the China-Europe trains.','Zhou Wenhai','Zhou Wenhai','told',note='invented scholar, long title before the name (Chinese order); "told Zaobao reporter: “…”"')
c('608','other',20000,'about','bandits who attacked Almaty',TOK,'about 20000 bandits attacked Almaty city',note='number without a thousands separator')
c('608','killed',26,None,'"armed criminals" killed',MIA,'killed 26 "armed criminals"')
c('608','detained',3000,'more than','people arrested',MIA,'arrested more than 3000 people')
c('608','killed',18,None,'police and soldiers killed',MIA,'18 police and soldiers died')
c('608','injured',748,None,'people injured',MIA,'748 people injured')
e('608','2022-01-07','statement',None,[TOK],'on the 7th delivered televised speech to the nation',note='"on the 7th" (Chinese day-of-month style)')
e('608','2022-01-07','casualty_report',None,[MIA],'According to Kazakhstan Interior Ministry notice on the 7th')
e('608','2022-01-06','other',None,[CSTO,TOK],'decided on the 6th to send',note='CSTO decision to send forces')
e('608','2022-01-06','troop_deployment','Almaty',['Russia'],'arrived Almaty on the 6th')
e('608','2022-01-07','statement',None,['Wang Wenbin'],'at the regular press conference on the 7th')
e('608','2022-01-07','statement',None,['Xi Jinping',TOK],'on the 7th sent oral message to Tokayev')
e('608','2022-01-02','protest','Zhanaozen',[],'The unrest started on 2nd this month',note='"2nd this month" = 2 January')

# ---------------- 609 The Paper (Pengpai) in machine translation (2022-01-10, a Monday)
art('609',0,5,11,'The Paper','2022-01-10',['Zhang Qian','Liu Yuxin'],None,
    ['澎湃新闻 The Paper','Home > International > World Express','[Machine translation]','The Paper reporter Zhang Qian  intern Liu Yuxin',
     '2022-01-10 21:05  Source: The Paper','Font +  Font -','Editor in charge: Hu Jing  Proofreader: Zhang Liang',
     'This article is exclusive of The Paper, without authorization it is forbidden to reproduce.'])
q('609','attempted coup',TOK,'Tokayev','calls',partial=True,zone='headline',note='headline; "color revolution" in the same headline is a political term (excluded)')
q('609',"We will not allow the so-called 'color revolutions' to happen in our countries,",'Vladimir Putin','Putin','stressed',note='inner single-quoted term; words paraphrased')
q('609',"an attempted coup d'état",TOK,'Kazakhstan President Tokayev','said',partial=True,note='MT "said at the meeting, the riots were “…”"')
q('609','a single command center',TOK,'Kazakhstan President Tokayev','said',partial=True)
q('609','The mission of the CSTO forces will be completed soon,',TOK,'he','added')
q('609','temporary and limited','Nikol Pashinyan','Pashinyan','pointed out',partial=True,note='MT "Pashinyan pointed out, … “…”"; words invented')
c('609','troops_deployed',2030,None,'CSTO collective peacekeeping force',CSTO,'the collective peacekeeping force is 2030 people',note='no thousands separator; "250 units of military equipment" and "more than 70 aircraft" are not claims')
c('609','detained',5800,None,'people detained',PPO,'the total number of detained has reached 5800 people',note='"the Kazakhstan President Office" (MT)')
c('609','killed',164,None,'people killed (figure withdrawn)',MOH,'the unrest caused 164 people died',note='later withdrawn')
e('609','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK,'Nikol Pashinyan','Alexander Lukashenko','Sadyr Japarov'],'Local time on the afternoon of the 10th',note='extraordinary CSTO Collective Security Council session by video')
e('609','2022-01-09','casualty_report',None,[PPO],'Earlier, on the 9th')
e('609','2022-01-09','casualty_report',None,[MOH],'The Kazakhstan Ministry of Health on the same day said',note='"on the same day" = the 9th')
e('609','2022-01-07','talks',None,['Vladimir Putin',TOK],'Last Friday, Putin and Tokayev held a phone call',note='"Last Friday" from Monday 10 Jan = 7 Jan')

# ---------------- 610 Phoenix TV programme transcript (2022-01-13, a Thursday)
art('610',0,3,9,'Phoenix TV','2022-01-13',[],None,
    ['Phoenix TV | ifeng.com','Video > Phoenix Focus','2022-01-13 19:30  Phoenix Chinese Channel','Program: Phoenix Focus  Duration: 12:41',
     'Transcript edited from the program broadcast. Machine-assisted translation.','Share to: WeChat  Weibo  QQ Space','Copyright © Phoenix New Media Limited'])
q('610','There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge.','Jens Stoltenberg','He','said',note='inside the host\'s line; "He said: “…”", He = Stoltenberg (previous sentence); words paraphrased')
q('610','stop pretending','Alexander Grushko','Grushko','told reporters',partial=True,note='two-word partial; “military-technical measures.” in the same sentence is an established term (excluded)')
q('610','The mission has been fully accomplished.',TOK,'Tokayev','said',note='quoted by the commentator ("As Tokayev said, “…”"); words paraphrased')
q('610','fulfilled the tasks with honor.','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True,note='title and name after "The CSTO commander,"; words invented')
c('610','troops_deployed',100000,'more than','Russian troops near Ukraine','Shi Hongtao','more than 100,000 troops near Ukraine',note='commentator\'s statement')
c('610','troops_deployed',2030,'about','CSTO peacekeepers (total strength)',None,'about 2030 troops',note='no thousands separator')
c('610','detained',10000,'more than','people detained in the unrest','Kazakh authorities','more than 10,000 people have been detained',note='"Kazakh side data show"')
e('610','2022-01-12','talks','Brussels',['NATO','Russia'],'Yesterday in Brussels, the NATO-Russia Council',note='"Yesterday" from Thursday 13 Jan; "more than two years" / "about four hours" are durations')
e('610','2022-01-12','statement','Brussels',['Jens Stoltenberg'],'Stoltenberg met the press',note='"After the meeting" = 12 Jan')
e('610','2022-01-13','talks','Vienna',['OSCE','Russia'],'Today the third round of talks moved to Vienna')
e('610','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began the withdrawal')
e('610','2022-01-13','other',None,['Andrei Serdyukov'],'at the farewell ceremony on the 13th')

# ---------------- 611 Sina News page in machine translation (2022年01月09日, a Sunday)
art('611',0,5,12,'Sina News','2022-01-09',['Liu Xin'],None,
    ['新浪新闻 Sina News','Home | International | Military | Society | Video','[Auto-translated page]','2022年01月09日 08:21  Global Network',
     'Comments (1,024)  Collect','Source: Global Network reporter Liu Xin','Editor in charge: Wang Lei','Related news:',
     'Tokayev: the constitutional order has been basically restored','Uzbekistan: will send humanitarian aid to Kazakhstan','Download Sina News APP, see more news'])
q('611','On January 6, 2022, a pre-trial investigation was started on the fact of high treason. On the same day, the former chairman of the National Security Committee Masimov was detained and placed in a temporary detention facility.',KNB,'The statement','said',note='"The statement said: “…”"; a name and a date inside the quote; "Tengri News" in the previous paragraph is a media name, not a quote')
q('611','Elbasy is in contact with President Tokayev. He calls on everyone to rally around the President,','Berik Uali','Uali','wrote',note='Facebook post; a title ("Elbasy") and names inside the quote; words paraphrased')
q('611','will stay as long as necessary, but not a day more','Maria Zakharova','Russian Foreign Ministry spokeswoman Zakharova','said',partial=True,note='surname only with the title; words paraphrased')
q('611','In less than 24 hours the first echelon was on the ground, this is not easy,','Zhao Mingyuan','he','said',note='invented military expert; a duration inside the quote')
c('611','detained',5800,None,'people detained in connection with the riots',MIA,'5,800 people have been detained')
c('611','injured',2200,'more than','people who asked for medical help',MOH,'more than 2,200 people asked medical help',note='"asked medical help" read as injured')
e('611','2022-01-08','statement',None,[KNB],'on the 8th issued a statement')
e('611','2022-01-06','arrest',None,['Karim Masimov',KNB],'has been detained on the 6th on suspicion of high treason')
e('611','2022-01-05','other',None,[TOK,'Karim Masimov'],'On the 5th, Tokayev removed him',note='dismissal')
e('611','2022-01-09','casualty_report',None,[MIA],'the Kazakhstan Interior Ministry said on the 9th')
e('611','2022-01-08','statement',None,['Berik Uali'],'Berik Uali on the 8th on Facebook')
e('611','2022-01-08','statement',None,['Maria Zakharova'],'Zakharova said on the 8th')

# ---------------- 612 nippon.com carrying Jiji Press ([2022.01.14], a Friday)
art('612',0,6,10,'nippon.com','2022-01-14',[],'Tokyo',
    ['nippon.com','Your Doorway to Japan','Japan Data  In Depth  Japan Timeline  News  Videos','News from Japan > Politics','[2022.01.14]',
     'Jiji Press','[Copyright The Jiji Press, Ltd.]','Related Articles','Kishida, Biden to Hold Online Talks Next Week'])
q('612','watching with deep concern','Yoshimasa Hayashi','Japanese Foreign Minister Hayashi Yoshimasa','said',partial=True,note='Japanese name order (surname first) in the text; dateline glued with "--"')
q('612','We hope that calm will be restored through dialogue and in accordance with the rule of law, and that human rights are respected,','Yoshimasa Hayashi','Hayashi','told',note='words invented')
q('612','There has been no major disruption to business activities so far,','Hirokazu Matsuno','Matsuno','said')
q('612','The government is not in a position to comment on the decisions of the CSTO,','Yoshimasa Hayashi','Hayashi','said',note='a second Hayashi quote, after a different speaker')
c('612','detained',12000,'more than','people detained after the riots',None,'more than 12,000 people were detained',note='about 150 Japanese nationals is not a claim')
c('612','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces were killed')
c('612','troops_deployed',2000,'about','CSTO troops',None,'about 2,000 in all')
e('612','2022-01-14','statement','Tokyo',['Yoshimasa Hayashi'],'said Friday that Tokyo')
e('612','2022-01-13','statement','Tokyo',['Hirokazu Matsuno'],'said on Thursday that the government',note='Thursday before Friday 14 Jan')
e('612','2022-01-13','withdrawal','Kazakhstan',[CSTO],'started to withdraw on Thursday')
e('612',None,'talks',None,['Russia','United States','NATO'],"this week's talks between Russia",note='"this week" is not a day (real: 10-13 Jan)')

# ---------------- speakers: quoted speakers, plus organisations/persons mentioned (not quoted)
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','Kazakhstan President'],'Kazakhstan',['he']),
 sp('Choi Young-sam','person',['Choi Young-sam'],["the ministry's spokesman"],'South Korea',['He']),
 sp('Yoon Jae-hoon','person',['Yoon Jae-hoon','Yoon'],['Prof.'],'South Korea',[],['Prof. Yoon Jae-hoon'],note='invented'),
 sp('United States','organisation',['Washington'],[],'United States',[],note='government named by its capital'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['U.S. Deputy Secretary of State'],'United States',['she']),
 sp('Park Sung-jin','person',['Park Sung-jin'],['a research fellow at the Asan Institute for Policy Studies'],'South Korea',note='invented'),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Russian Defense Minister'],'Russia',note='words invented'),
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova'],['a Kazakh rights activist'],'Kazakhstan',note='invented'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Chinese Foreign Ministry spokesman'],'China',note='words paraphrased'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China'),
 sp('Zhou Wenhai','person',['Zhou Wenhai'],['Director of Center for Central Asian Studies of Lanzhou University'],'China',['He'],note='invented'),
 sp('Vladimir Putin','person',['Putin'],['Russian President'],'Russia'),
 sp('Nikol Pashinyan','person',['Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Jens Stoltenberg','person',['Stoltenberg'],['NATO Secretary General'],None,['He']),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','The CSTO commander'],'Russia'),
 sp(KNB,'organisation',['National Security Committee of Kazakhstan'],[],'Kazakhstan',['The statement']),
 sp('Berik Uali','person',['Berik Uali','Uali'],['Presidential press secretary'],'Kazakhstan'),
 sp('Maria Zakharova','person',['Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',['She']),
 sp('Zhao Mingyuan','person',['Zhao Mingyuan'],['Military expert'],'China',['he'],note='invented'),
 sp('Yoshimasa Hayashi','person',['Hayashi Yoshimasa','Hayashi'],['Japanese Foreign Minister'],'Japan',['He'],note='surname-first in the text'),
 sp('Hirokazu Matsuno','person',['Matsuno Hirokazu','Matsuno'],['Chief Cabinet Secretary'],'Japan',note='surname-first in the text'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former chairman of the committee'],'Kazakhstan',quoted=False,note='mentioned only (611)'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['former President','the first president'],'Kazakhstan',[],['Elbasy'],quoted=False,note='mentioned in 607 and 611'),
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
