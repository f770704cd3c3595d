#!/usr/bin/env python3
"""Source of the devset118 annotation: the hand-chosen spans, values and dates for 1037-1044.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset118/annotation_source.py && python3 tests/devset118/verify.py
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
KPPS='Kazakh Presidential Press Office'; UAMFA='Ukrainian Ministry of Foreign Affairs'; KNB='KNB'; BYMOD='Belarusian Defence Ministry'
KZMOH='Kazakh Ministry of Health'

# ---------------- 1037 Ukrinform "News of the day" (12.01.2022 21:10, Wed): 3 items = 3 articles
P='1037'
art(P,0,10,12,'Ukrinform','2022-01-12',[],None,['UKRINFORM','Multimedia Platform for Broadcasting','Politics | Economy | Society | War | World | Kazakhstan','12.01.2022 21:10','News of the day: January 12','Ukrinform offers a summary of the main events of Wednesday, 12 January.','Read also: Kuleba: No decisions on Ukraine can be taken without Ukraine','Photo: NATO'],ls=10,le=20)
art(P,1,22,24,'Ukrinform','2022-01-12',[],None,['Read also: Masimov\'s deputies also in custody, KNB confirms'],ls=22,le=30)
art(P,2,32,34,'Ukrinform','2022-01-12',[],None,['Photo: Office of the President of Ukraine','© 2015-2022 Ukrinform. All rights reserved.'],ls=32,le=44)
q(P,'Our positions remain far apart on the core questions, and closing that gap will take time,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told a press conference',note='"…," + title + full name + "told a press conference"')
q(P,'a deep gap on the fundamental questions','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','said',partial=True)
q(P,'successfully completed.',TOK,'he','told parliament',art=1,partial=True,note='"a day after he told parliament that the main mission was “…”"; he = Tokayev; "." inside the closing mark')
q(P,'The withdrawal will take no more than ten days,',KPPS,"the President's press service",'said in a statement',art=1,note='duration inside the quote, not a claim')
q(P,'We are ready for any scenario, but our priority is diplomacy,','Volodymyr Zelensky','Zelensky','said',art=2)
q(P,'counts on the unity of partners','Volodymyr Zelensky','He','added',art=2,partial=True)
c(P,'troops_deployed',2030,'about','CSTO peacekeepers in Kazakhstan',None,'some 2,030 servicemen with 250 units of equipment',art=1,note='"some" -> about; 250 units of equipment is not a claim')
c(P,'detained',9900,None,'people detained across Kazakhstan',MIA,'9,900 people had been detained',art=1)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council met in Brussels on Wednesday')
e(P,'2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told a press conference after the four-hour session',note='same day as the council')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO,TOK],'would begin on Thursday',art=1,note='"on Thursday" from Wed 12 Jan')
e(P,'2022-01-11','statement','Kazakhstan',[TOK],'a day after he told parliament',art=1,note='"a day after" the Wednesday announcement -> Tue 11 Jan')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'had arrived on January 6 and 7',art=1,note='range of two days -> first day')
e(P,'2022-01-12','other','Kyiv',['Volodymyr Zelensky'],'held a meeting with the heads of the security agencies on Wednesday',art=2)
e(P,'2022-01-13','talks','Vienna',['OSCE'],'ahead of the OSCE meeting in Vienna on Thursday',art=2)
e(P,'2022-01-11','statement',None,['Oleksiy Danilov'],'said on Tuesday that he did not expect Moscow',art=2)

# ---------------- 1038 UNN (January 10 2022, 20:47, Mon)
P='1038'
art(P,0,3,7,'UNN','2022-01-10',[],'Kyiv',['UNN - Ukrainian News Agency','Main | Politics | Society | Economy | Kyiv | Exclusive','January 10 2022, 20:47  •  Politics','Kyiv • UNN','Tags: Geneva, Russia, USA, NATO, Ryabkov','Subscribe to UNN on Telegram'])
q(P,'Our impression is that the Americans are treating our proposals with due seriousness,','Sergey Ryabkov','Ryabkov','said')
q(P,'firm, legally binding guarantees on paper','Sergey Ryabkov','he','stressed',partial=True)
q(P,'proposals that cannot even be discussed.','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q(P,'No one outside the Alliance gets to decide who may join it,','Wendy Sherman','Sherman','told a telephone briefing')
q(P,'threaten no one','Sergey Ryabkov','According to him','According to',partial=True,note='"According to him, the roughly 100,000 troops … are on Russian territory and “threaten no one”"')
q(P,'Nothing about Ukraine without Ukraine remains the key principle for our partners,','Oleg Nikolenko','spokesman Oleg Nikolenko','wrote on Facebook')
q(P,'difficult but businesslike','Sergey Ryabkov','the Russian diplomat','according to',partial=True)
q(P,'Moscow moved over two thousand soldiers to Almaty in 48 hours. This is the message to Kyiv and to Washington,','Taras Kovalchuk','he','said',note='he = the analyst named in the previous sentence')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western officials','the roughly 100,000 troops',note='"roughly" -> about; Russian forces near Ukraine are in scope (gold)')
c(P,'troops_deployed',2000,'more than','Russian soldiers moved to Almaty','Taras Kovalchuk','over two thousand soldiers',note='written-out, inside a quote; "over" -> more than')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'after almost eight hours of talks at the US mission')
e(P,'2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'Earlier, on Sunday, Sherman and Ryabkov held a working dinner',note='"on Sunday" from Mon 10 Jan')
e(P,None,'statement',None,['Oleg Nikolenko'],'wrote on Facebook',note='undated Facebook post (same day implied)')
e(P,None,'statement',None,[RDM],"Russia's Defense Ministry said last week",note='"last week" is not a day')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'will be held in Brussels on Wednesday',note='future Wednesday from Mon 10 Jan')

# ---------------- 1039 Kyiv Post op-ed (Published January 14, 2022, 10:05 am, Fri)
P='1039'
art(P,0,3,9,'Kyiv Post','2022-01-14',['Yevhen Marchuk-Lys'],None,["KYIV POST | Ukraine's Global Voice",'Opinion','By Yevhen Marchuk-Lys','Published January 14, 2022, 10:05 am',"Editor's Note: The opinions expressed in the op-ed section are the author's own and do not necessarily reflect the views of Kyiv Post.",'Share this: Facebook  Twitter  Telegram','© 1995–2022 Kyiv Post'])
q(P,'for a limited period of time.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announced',partial=True)
q(P,'The peacekeepers will not take part in operations against the population,','Andrei Serdyukov','Serdyukov','promised')
q(P,'Anyone who refuses to lay down arms will be eliminated,',TOK,'the Kazakh president','said',note='title-only mention after the quote; antecedent "Tokayev" in the previous sentence')
q(P,'We have fulfilled our obligations,','Sergei Shoigu','Russian Defense Minister Sergei Shoigu','said')
q(P,'catastrophic consequences','Alexander Lukashevich',"Russia's ambassador Alexander Lukashevich",'warn of',partial=True,note='"heard … Lukashevich warn of “…”"')
q(P,'higher now than at any point in three decades.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True)
q(P,'Russia needs only a request, real or invented,',None,'a senior Ukrainian intelligence officer','told me',note='anonymous source')
c(P,'killed',225,None,'people killed in the unrest',"General Prosecutor's Office",'Officially, 225 people died')
c(P,'killed',19,None,'members of the security forces killed',"General Prosecutor's Office",'including 19 members of the security forces')
e(P,'2022-01-13','withdrawal','Almaty',['Russia',CSTO],'On Thursday, the first Russian paratroopers began to fly home',note='"On Thursday" from Fri 14 Jan')
e(P,'2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'Only eight days ago, Armenian Prime Minister Nikol Pashinyan',note='"eight days ago" from 14 Jan -> 6 Jan (real announcement late on 5/6 Jan)')
e(P,None,'statement',None,['Andrei Serdyukov'],'Serdyukov promised last week',note='"last week" is not a day')
e(P,'2022-01-07','statement',None,[TOK],'said in an address on January 7')
e(P,'2022-01-13','other',None,['Sergei Shoigu'],'said at a ceremony on Thursday')
e(P,'2022-01-19','withdrawal','Kazakhstan',['Russia'],'the withdrawal would be completed by January 19',note='planned completion date')
e(P,'2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich','Zbigniew Rau'],'In Vienna, the same day, the OSCE Permanent Council',note='"the same day" = the Thursday of the ceremony')

# ---------------- 1040 hromadske International interview (9 January 2022 | 18:30, Sun)
P='1040'
art(P,0,3,8,'hromadske','2022-01-09',['Kateryna Bondar-Weiss'],None,['hromadske International','Interviews','9 January 2022 | 18:30','Interview by Kateryna Bondar-Weiss','Photo: Almaty, 6 January 2022. Photo by Press service / hromadske','The interview has been edited for length and clarity.','Support hromadske on Patreon','Follow us: Facebook | Twitter | YouTube | Telegram'])
q(P,'It was a palace war dressed up as a protest','Dariga Sadvakasova','Kazakh journalist',None,zone='headline',note='headline quote; its wording does not reappear in the answers')
q(P,'Just stay inside,',None,'my neighbour, a retired police officer','kept telling us',note='unnamed neighbour')
q(P,'to shoot to kill without warning.',TOK,'Tokayev','said',partial=True,note='contains the label "shoot to kill" but is a longer partial with a speech verb')
q(P,'by mistake',KZMOH,'The health ministry','saying',partial=True,note='two-word partial, the ministry\'s wording')
q(P,'Kazakhstan is the rehearsal, and the audience is in Kyiv.','Dariga Sadvakasova','I','In my view',note='the interviewee quotes her own on-air words; the Q&A answers themselves are unquoted speech and not extracted')
c(P,'detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c(P,'killed',164,None,'people killed',KZMOH,'164 people were killed',note='the ministry later withdrew part of the figure')
e(P,'2022-01-05','other','Almaty',[],'On Wednesday evening we heard automatic fire',note='"On Wednesday" from Sun 9 Jan')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev said on Friday')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'was detained on Thursday on suspicion of high treason')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said yesterday')
e(P,'2022-01-09','statement',None,[KZMOH],'but on Sunday it withdrew part of that figure')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'The talks in Geneva start tomorrow')
e(P,'2022-01-06','statement',None,['Dariga Sadvakasova'],'I said that on air on Thursday')
e(P,None,'withdrawal','Kazakhstan',[TOK],'Tokayev will ask them to go soon, maybe next week',note='"next week" is not a day')

# ---------------- 1041 Euromaidan Press translation (2022/01/11 - 16:45, Tue)
P='1041'
art(P,0,4,10,'Euromaidan Press','2022-01-11',['Natallia Hrytsevich'],None,['Euromaidan Press','News and views from Ukraine','Home > Russia > Kazakhstan','2022/01/11 - 16:45 • 4 Min Read','Article by: Natallia Hrytsevich','Translated by: Ivanna Dzhus-Lehka','Source: Nasha Niva (in Belarusian)','Read more: Lukashenka and the CSTO: a debt repaid in paratroopers','Tags: Belarus, CSTO, Kazakhstan, Lukashenka','Support Euromaidan Press. We are an independent online newspaper run by volunteers.'])
q(P,'Our guys are guarding an airfield, they are not in the city,','Alexander Lukashenko','Lukashenka','told journalists',note='Belarusian spelling Lukashenka')
q(P,'not fired a single shot','Alexander Lukashenko','He','claimed',partial=True)
q(P,'return home as heroes.','Alexander Lukashenko','He','claimed',partial=True,note='second partial in the same sentence')
q(P,'protect strategic facilities,','Viktor Khrenin','Defense Minister Viktor Khrenin','said',partial=True)
q(P,'He said they sleep in a hangar and are not allowed to tell anyone where they are,',None,'The mother of one of the paratroopers','said',note='anonymous; "he" inside the quote is her son')
q(P,"A hundred men can't change anything in a country of 19 million, but Lukashenka needed to show Putin that he pays his debts,",'Andrei Paleshchuk','he','said',note='names inside the quote (Lukashenka, Putin) are not the speaker')
q(P,'will be completed soon.',TOK,'Kazakhstan\'s President Kassym-Jomart Tokayev','said',partial=True)
q(P,'so-called colour revolutions','Vladimir Putin','Russian President Vladimir Putin','promised',partial=True,note='longer than the bare label "colour revolutions" (which is excluded elsewhere); kept as a partial with "so-called"')
c(P,'troops_deployed',100,'about','Belarusian servicemen flown to Kazakhstan','Telegram channel Hajun','about 100 servicemen flew from Vitebsk',note='"a company" (l.10) has no integer; "A hundred men" in the expert quote is a rhetorical restatement, not recorded')
e(P,'2022-01-07','troop_deployment','Kazakhstan',['Belarus'],'since their arrival on Friday',note='"on Friday" from Tue 11 Jan')
e(P,'2022-01-06','statement',None,[BYMOD],'The ministry announced on January 6')
e(P,'2022-01-10','statement',None,['Alexander Lukashenko'],'told journalists on Monday, after the CSTO online summit')
e(P,'2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'At the online summit on Monday')

# ---------------- 1042 European Pravda (Thursday, 13 January 2022, 19:52)
P='1042'
art(P,0,5,9,'European Pravda','2022-01-13',['Maryna Stepanenko-Roy'],None,['Європейська правда | European Pravda','EU | NATO | Ukraine-Russia | Kazakhstan | Opinion','Thursday, 13 January 2022, 19:52','Maryna Stepanenko-Roy, European Pravda','Read also: Blinken: Russia must choose between dialogue and confrontation','If you see a mistake, select it and press Ctrl+Enter','Use of materials is allowed only with a hyperlink to European Pravda'])
q(P,'Europe has not been this close to war in three decades','Zbigniew Rau','Rau',None,zone='headline',note='headline "Rau in Vienna: “…”" — name + colon, no verb')
q(P,'renewed European security dialogue','Zbigniew Rau','Zbigniew Rau','told the Permanent Council',partial=True)
q(P,'Europe has not been this close to war in three decades, and we must say it openly,','Zbigniew Rau','he','said')
q(P,'a menu from which one can choose individual dishes','Alexander Lukashevich',"Russia's permanent representative Alexander Lukashevich",'said',partial=True)
q(P,'catastrophic consequences for European security.','Alexander Lukashevich','he','warned',partial=True,note='interposed ", he warned," before the partial')
q(P,'We hear threats instead of prop'+'osals, and that is not how security is built,','Michael Carpenter','the American diplomat','told journalists',note='title-only mention after the quote; name in the previous sentence')
q(P,'following the situation very closely',None,'A Polish diplomat','said',partial=True,note='anonymous')
c(P,'killed',14000,'about','people killed in the war in eastern Ukraine since 2014','Yevhenii Tsymbaliuk','some 14,000 people have been killed',note='conflict casualties in scope (gold Donbas 13,000); "some" -> about')
c(P,'detained',10000,'at least','people detained in Kazakhstan','OSCE Office for Democratic Institutions and Human Rights','at least 10,000 people had been detained',note='ODIHR cites reports')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'opened the dialogue on European security in Vienna on Thursday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'began in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'continued at the NATO-Russia Council in Brussels the day before',note='"the day before" = Wed 12 Jan')
e(P,None,'statement',None,['OSCE Office for Democratic Institutions and Human Rights'],'Earlier, the OSCE Office for Democratic Institutions',note='"Earlier," undated')
e(P,'2022-01-12','statement',None,['Kazakh authorities'],'The Kazakh authorities said on Wednesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to leave the country today',note='"today" = publication day')

# ---------------- 1043 Interfax-Ukraine press-center report (14.01.2022 13:20, Fri)
P='1043'
art(P,0,5,7,'Interfax-Ukraine','2022-01-14',[],'KYIV',['Interfax-Ukraine','Press center | News | Press releases | Interviews','14.01.2022 13:20','The press conference was held in the format of an online broadcast.','Watch the video of the press conference on the YouTube channel of Interfax-Ukraine.','All rights reserved. Materials may be used with a reference to Interfax-Ukraine.'])
q(P,'Within 48 hours, more than 2,000 Russian paratroopers with armoured vehicles were in Almaty. That is our reference time,','Mykola Zhuravets-Dubovyi','director of the Center for Army Studies Mykola Zhuravets-Dubovyi','said',note='name after a long title, cue after the name')
q(P,'the infrastructure has been tested and will be used again.','Mykola Zhuravets-Dubovyi','He','said',partial=True,note='"He noted that …, but said “…”"; cue is the verb governing the quote')
q(P,'with no result, but with a lot of noise','Ihor Pavlenko-Hordiy','Former deputy foreign minister Ihor Pavlenko-Hordiy','said',partial=True)
q(P,'Putin came to Geneva with a fresh victory in his pocket,','Ihor Pavlenko-Hordiy','Pavlenko-Hordiy','stressed',note='name inside the quote (Putin) is not the speaker')
q(P,'among them 19 law enforcement officers,','Mykola Zhuravets-Dubovyi','Zhuravets-Dubovyi','recalled',partial=True)
q(P,'The door to diplomacy is open, and so is the door to deterrence,','Jake Sullivan','Sullivan','told reporters')
c(P,'troops_deployed',2000,'more than','Russian paratroopers in Almaty within 48 hours','Mykola Zhuravets-Dubovyi','more than 2,000 Russian paratroopers',note='inside a quote')
c(P,'killed',225,None,'people killed in Kazakhstan','Kazakh authorities','reported 225 dead')
c(P,'killed',19,None,'law enforcement officers killed','Kazakh authorities','among them 19 law enforcement officers',note='inside a partial quote')
e(P,'2022-01-14','other','Kyiv',['Mykola Zhuravets-Dubovyi','Ihor Pavlenko-Hordiy'],'participants of a press conference at Interfax-Ukraine said on Friday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the CSTO mission began to withdraw on Thursday')
e(P,'2022-01-13','statement','Washington',['Jake Sullivan'],'who said on Thursday that there had been no breakthrough')

# ---------------- 1044 Ukrinform correspondent item (08.01.2022 15:42, Sat)
P='1044'
art(P,0,5,9,'Ukrinform','2022-01-08',['Anton Yelchenko-Sim'],'Nur-Sultan',['UKRINFORM','08.01.2022 15:42','Kazakhstan','Ukrinform correspondent Anton Yelchenko-Sim reports from Nur-Sultan.',"Read also: Ukraine's MFA: We are in contact with Ukrainians in Kazakhstan",'Photo: Almaty, 7 January 2022 / Ukrinform'])
q(P,'Over the past day, the situation in all regions of the country has stabilised,',MIA,'the ministry','said in a statement')
q(P,'A pre-trial investigation has been started,',KNB,'the committee','said',note='"the committee" = KNB (National Security Committee)')
q(P,'strategic facilities',RDM,'The Russian Defense Ministry','adding',partial=True,note='two-word partial, borderline scare quote; kept (speech verb "adding")')
q(P,'All our citizens are safe, there are no victims among them,','Petro Vrublevskyi','Ambassador Petro Vrublevskyi','told Ukrinform by phone',note='words invented')
q(P,'mainly restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
c(P,'detained',4404,None,'people detained in Kazakhstan',MIA,'4,404 detained',zone='headline')
c(P,'killed',16,None,'members of the security forces killed',MIA,'security forces lost 16 people',zone='headline')
c(P,'detained',4404,None,'people detained in Kazakhstan',MIA,'has grown to 4,404')
c(P,'killed',16,None,'police officers and military servicemen killed',MIA,'16 police officers and military servicemen were killed')
c(P,'injured',1300,None,'members of the security forces wounded',MIA,'1,300 members of the security forces were wounded')
e(P,'2022-01-08','casualty_report',None,[MIA],'the Ministry of Internal Affairs reported on Saturday')
e(P,'2022-01-06','arrest',None,['Karim Masimov',KNB],'had been detained on January 6 on suspicion of high treason')
e(P,'2022-01-08','statement',None,[RDM],'The Russian Defense Ministry said on Saturday')
e(P,'2022-01-07','statement',None,['Petro Vrublevskyi'],'told Ukrinform by phone on Friday')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev said yesterday')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['he','the Kazakh president']),
 sp(KPPS,'organisation',[],[],'Kazakhstan',["the President's press service"],note='canonical from gold'),
 sp('Volodymyr Zelensky','person',['Volodymyr Zelensky','Zelensky'],['President'],'Ukraine',['He'],note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['he','According to him','the Russian diplomat'],note='canonical from gold; printed "Sergei"'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko'],['spokesman'],'Ukraine'),
 sp('Taras Kovalchuk','person',['Taras Kovalchuk'],['Political analyst'],'Ukraine',['he'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','The commander'],'Russia'),
 sp('Sergei Shoigu','person',['Sergei Shoigu'],['Russian Defense Minister'],'Russia'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative","Russia's ambassador"],'Russia',['he']),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister',"Poland's foreign minister",'OSCE Chairman-in-Office'],'Poland',['he']),
 sp('Dariga Sadvakasova','person',['Dariga Sadvakasova','Dariga'],['Almaty-based journalist'],'Kazakhstan',['Kazakh journalist','I'],note='invented'),
 sp(KZMOH,'organisation',[],[],'Kazakhstan',['The health ministry']),
 sp('Alexander Lukashenko','person',['Alexander Lukashenka','Lukashenka'],[],'Belarus',['He'],note='canonical from gold; Belarusian form Lukashenka printed'),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defense Minister'],'Belarus'),
 sp('Andrei Paleshchuk','person',['Andrei Paleshchuk'],['Independent military expert'],'Belarus',['he'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States',['the American diplomat'],note='words invented'),
 sp('Mykola Zhuravets-Dubovyi','person',['Mykola Zhuravets-Dubovyi','Zhuravets-Dubovyi'],['director of the Center for Army Studies'],'Ukraine',['He'],note='invented'),
 sp('Ihor Pavlenko-Hordiy','person',['Ihor Pavlenko-Hordiy','Pavlenko-Hordiy'],['Former deputy foreign minister'],'Ukraine',note='invented'),
 sp('Jake Sullivan','person',['Jake Sullivan','Sullivan'],['US national security adviser'],'United States',note='words invented'),
 sp(MIA,'organisation',['Ministry of Internal Affairs','Interior Ministry'],[],'Kazakhstan',['the ministry']),
 sp(KNB,'organisation',['KNB'],[],'Kazakhstan',['the committee']),
 sp(RDM,'organisation',['Russian Defense Ministry',"Russia's Defense Ministry"],[],'Russia'),
 sp('Petro Vrublevskyi','person',['Petro Vrublevskyi'],['Ambassador'],'Ukraine',note='words invented'),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former head of the KNB'],'Kazakhstan',quoted=False,note='mentioned in 3 files'),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov'],['secretary of the National Security and Defense Council'],'Ukraine',quoted=False,note='mentioned, speech reported without quotes'),
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
