#!/usr/bin/env python3
"""Source of the devset154 annotation: the hand-chosen spans, values and dates for 1325-1332.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset154/annotation_source.py && python3 tests/devset154/verify.py
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
GPO='Kazakh General Prosecutor\'s Office'
def L(p,s): return ln(p,s)

# ---------------- 1325 Sohu self-media article, machine-translated from Chinese (2022-01-08, Sat)
P='1325'
art(P,0,L(P,'Kazakhstan situation sudden change!'),L(P,'In the first days of the new year'),'Sohu','2022-01-08',[],None,
    ['搜狐首页 > 新闻 > 正文','Sohu Home > News > Text','2022-01-08 09:42  Source: Steppe Observer Number','Steppe Observer Number  关注 Follow',
     'Article: 1,204 | Total reading: 38.6 million','Original title: The dust settles in Alma-Ata? Look at the CSTO "big brother" action',
     '返回搜狐，查看更多','Return to Sohu, view more','Editor in charge:','点赞 Like 12   收藏 Collect   分享 Share'],
    le=L(P,'Next week on Monday'))
q(P,'I gave the order to the law enforcement and the army to open fire to kill without warning.',TOK,'Kassym-Jomart Toqayev','said',note='"Kassym-Jomart Toqayev president in the television speech on Friday said:" – MT word order, title after the name')
q(P,'Those who do not surrender will be destroyed.',TOK,'He','still said',note='"He still said" – MT for "he also said"')
q(P,'the old friend',TOK,'the Toqayev','called',partial=True,note='"called the Putin "the old friend"" – the name in the sentence is Putin, the speaker is Toqayev; MT article before names')
q(P,'The main task of the collective forces is to protect important state and military objects,',RDM,'Russian Defense Ministry','said in a statement',note='split quote, first half')
q(P,'and to help the Kazakh law enforcement to stabilize the situation.',RDM,'Russian Defense Ministry','said in a statement',note='split quote, second half; inverted cue between the halves')
q(P,'firmly opposes any external forces deliberately creating turmoil','Wang Wenbin','Chinese Foreign Ministry spokesman Wang Wenbin','said',partial=True,note='words paraphrased')
q(P,'The speed is very fast, the signal is very clear. Moscow wants to tell everyone who the boss of the yard is.','Li Hanqing','A scholar of Shanghai named Li Hanqing','told',note='invented person; "told the self-media number:"')
c(P,'killed',26,None,'armed "criminals" eliminated',MIA,'already 26 armed "criminals" were eliminated',note='"eliminated" = killed; the scare-quoted "criminals" is excluded from quotes')
c(P,'detained',4400,'more than','people detained',MIA,'more than 4,400 people were detained')
c(P,'killed',18,None,'law enforcement members killed ("sacrificed")',MIA,'18 people sacrificed',note='MT "sacrificed" = died on duty; separate sentence after "According to the Kazakhstan Interior Ministry data", source carried over')
c(P,'aircraft',70,'more than','aircraft used to carry the troops',RDM,'more than 70 aircraft were used')
c(P,'troops_deployed',2500,'about','CSTO peace force total',RDM,'the total number of the peace force is about 2,500 people')
e(P,None,'protest','Kazakhstan',[],'suddenly raised the wind and the clouds',note='MT idiom for "unrest broke out"; "In the first days of the new year" is not a day')
e(P,'2022-01-07','casualty_report',None,[MIA],'until Friday already 26',note='"until Friday" = figures as of Friday 7 Jan')
e(P,'2022-01-07','statement',None,[TOK],'in the television speech on Friday said')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'on Thursday started to send the first batch')
e(P,'2022-01-07','statement','Beijing',['Wang Wenbin'],"on Friday's regular press conference said")
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Next week on Monday, Russia and the United States will sit in Geneva',note='"Next week on Monday" from Saturday 8 Jan')

# ---------------- 1326 Huanqiu.com in browser translation from Chinese (2022-01-11, Tue)
P='1326'
art(P,0,L(P,'Kazakhstan president announced CSTO'),L(P,'[Global Network Report Reporter Zhao Yiming]'),'Huanqiu','2022-01-11',['Zhao Yiming'],None,
    ['环球网 Huanqiu.com','Home > International > Hot topic','Translate this page: English ▼   Show original','Source: Global Network   Reporter Zhao Yiming   2022-01-11 18:55',
     'Font: Large Medium Small','Responsible editor: Wang Lu','Related news:','Copyright notice: This article is Huanqiu exclusive manuscript, reproduction without authorization prohibited.','Share to: WeChat  Weibo  QQ Space'],
    le=L(P,'This is the textbook operation'))
q(P,'The withdrawal process will last no more than 10 days,',TOK,'Tokayev','said')
q(P,'A layer of wealthy people appeared, even by international standards,',TOK,'he','pointed out',note='"the Kazakh leader" in the previous sentence')
q(P,'pay to the people',TOK,'he','adding',partial=True)
q(P,'not allow the so-called color revolutions to be realized','Vladimir Putin','Russian President Putin','said',partial=True,note='contains the label "color revolutions" but the span is a longer clause')
q(P,'not the first and not the last attempt','Vladimir Putin','Putin','revealed',partial=True)
q(P,'in the nearest time','Roman Vassilenko','Kazakhstan Deputy Foreign Minister Roman Vassilenko','told',partial=True,note='words invented; MT "in the nearest time" = soon')
q(P,'proves that Moscow did not come to occupy','Vasily Kashin','Russia military expert Vasily Kashin','said',partial=True,note='words invented')
q(P,'This is the textbook operation, in and out,','Vasily Kashin','he','said')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers in Kazakhstan',TOK,'counted 2,030 servicemen')
c(P,'detained',7939,None,'people detained in the riots',MIA,'detained 7,939 people in total')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'on 11th in the Mazhilis')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the phased withdrawal will start in two days',note='"in two days" from 11 Jan')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'on the same day also nominated Alikhan Smailov')
e(P,'2022-01-10','casualty_report',None,[MIA],'Interior Ministry announced on the 10th')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'held the extraordinary video meeting')
e(P,'2022-01-10','statement',None,['Roman Vassilenko'],'the day before told the diplomats',note='"the day before" relative to the 11 Jan publication')

# ---------------- 1327 Pikabu user post, machine-translated from Russian (9 January 2022, Sun)
P='1327'
art(P,0,L(P,'Kazakhstan: what is going on in Almaty now'),L(P,'Hello, pikabushniks.'),'Pikabu','2022-01-09',['Kamaz_Almaty'],None,
    ['Pikabu','Hot   Best   Fresh   Communities','Sign in  |  Register','+347   Kamaz_Almaty   9 January 2022 at 11:20',
     '[моё] Kazakhstan  Almaty  CSTO  Long post  Text','Comments  (214)','Sort by: rating','Show 211 more comments','Share: VK  OK  Telegram   |   Save   |   Complain'],
    le=L(P,'UPD2:'))
q(P,'In the ninety-first year it was not like this, then at least people knew what they want.','Serik','My neighbor, uncle Serik','said',note='invented person; "uncle" is a familiar address, age 62 not a claim')
q(P,'Go home, brother, here it is not the place to walk.',None,'One of them','said to me',note='anonymous CSTO soldier')
q(P,'did not leave the country','Dmitry Peskov','Peskov','said',partial=True)
c(P,'detained',5800,None,'people detained in the country by Saturday',MIA,'by Saturday 5,800 people were detained')
c(P,'killed',164,None,'people died',None,'In the news they say 164 people died',note='"In the news they say"; the figure was later deleted by the ministry')
e(P,'2022-01-05','protest','Almaty',[],'On Wednesday evening it began to be scary',note='Wednesday before Sunday 9 Jan')
e(P,'2022-01-07','other','Almaty',[],'On Friday in the city were shooting')
e(P,None,'statement',None,['Kassym-Jomart Tokayev'],'Tokaev said in the address',note='undated (real: 7 Jan)')
e(P,'2022-01-08','troop_deployment','Almaty',[CSTO],'Yesterday I saw on Al-Farabi the columns')
e(P,'2022-01-09','other','Almaty',[],'Internet was given back only this morning')
e(P,None,'statement',None,['Dmitry Peskov'],'Peskov said that Nazarbaev',note='undated')

# ---------------- 1328 Abai.kz, machine-translated from Kazakh (12.01.2022, Wed)
P='1328'
art(P,0,L(P,'Toqaev: "Reform continues'),L(P,'Yesterday Head of State'),'Abai.kz','2022-01-12',['Nurlan Sapargali'],None,
    ['Abai.kz','ҚАЗАҚ ЕЛІНІҢ ПОРТАЛЫ | Kazakh Country\'s Portal','Басты бет / Main page > Саясат / Politics','12.01.2022   10:35   👁 2 731',
     'Author: Nurlan Sapargali','Translated automatically from Kazakh','Пікірлер / Comments (0)','Жазылыңыз / Subscribe to our Telegram','Abai.kz © 2009-2022. Materials may be used only with the link to the portal.'],
    le=L(P,'Let us remind that'))
q(P,'Reform continues, the Elbasy epoch is finished',TOK,'Toqaev',None,zone='headline',note='headline "Toqaev: "…"" – colon attribution, no verb; Kazakh transliteration Toqaev')
q(P,'The main reason of the events is the social and economic problems. We must look to the truth with open eyes,',TOK,'the President','said',note='inverted cue "said the President"')
q(P,'Large companies and the wealthy men must pay to this fund every year,',TOK,'Toqaev','said',note='inverted "said Toqaev"')
q(P,'the attempt of coup d\'etat',TOK,'Toqaev','said',partial=True)
q(P,'Words are good, but the people will look at deeds. Thirty years we listened to speeches.','Aidos Zhanbolatuly','Public figure Aidos Zhanbolatuly','wrote',note='invented person; Facebook post; "Thirty years" is a duration')
q(P,'The President took the heavy load. If the oligarch fund works in reality, it will be the historical step.','Dauren Ospanov','Political scientist Dauren Ospanov','said to',note='invented person; "said to Abai.kz:"')
c(P,'killed',225,None,'people died during the riots',GPO,'during the riots 225 people died')
c(P,'killed',19,None,'law enforcement employees and servicemen among the dead',GPO,'19 are the employees of the law protection bodies',note='subset of the 225 but stated as its own figure; source carried over from "According to"')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'Yesterday Head of State Qasym-Jomart Toqaev spoke')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to go out from tomorrow',note='"from tomorrow" = the day after the 12 Jan publication, reported speech of 11 Jan; if read from the speech day it would be 12 Jan')
e(P,None,'statement',None,['Aidos Zhanbolatuly'],'wrote in his Facebook page')
e(P,'2022-01-05','appointment',None,[TOK],'on 5 January the Head of State took up the chairmanship')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'on 6 January the first peacekeepers')

# ---------------- 1329 News.Mail.ru carrying Interfax, in translation (13 January 2022, Thu)
P='1329'
art(P,0,L(P,"Serdyukov reported about the start"),L(P,'The CSTO peacekeeping contingent in Kazakhstan'),'Mail.ru News','2022-01-13',[],None,
    ['Mail.ru  Почта  Новости  Дзен  Погода','News.Mail.ru > Politics > In the world','13 January 2022, 10:41','Source: Interfax','Photo: RIA Novosti',
     'Read also:','Did you like the news?   👍 128   👎 9','Subscribe to News Mail.ru in Telegram'],
    le=L(P,'NATO Secretary General Jens Stoltenberg'))
q(P,'The peacekeeping operation has been completed. The tasks are fulfilled in full volume,','Andrei Serdyukov','the general','said')
q(P,'in stages, by aviation of the Russian Aerospace Forces','Andrei Serdyukov','Serdyukov','added',partial=True)
q(P,'You came to us in a difficult hour. The Kazakh people will not forget it,','Ruslan Zhaksylykov','he','said',note='cue after an em dash ", — he said" (Russian punctuation); words invented')
q(P,'frank, direct, deep','Alexander Grushko','Deputy Foreign Minister Alexander Grushko','said',partial=True,note='three-adjective partial')
q(P,'There are significant differences between NATO Allies and Russia. Our differences will not be easy to bridge.','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','stated',note='words paraphrased')
c(P,'aircraft',4,None,'planes with Russian servicemen landed at Chkalovsky',RDM,'4 planes with Russian servicemen')
c(P,'troops_deployed',2000,'about','Russian soldiers in the mission',RDM,'about 2,000 Russian soldiers participated')
c(P,'detained',9900,None,'people detained during the riots',TOK,'Tokayev named the number of those detained during the riots: 9,900 people',zone='related',note='"Read also:" teaser')
e(P,'2022-01-13','withdrawal','Nur-Sultan',['Andrei Serdyukov',CSTO],'announced on Thursday at the ceremony in Nur-Sultan')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last units would fly out by 19 January',note='planned end')
e(P,'2022-01-12','withdrawal','Chkalovsky airfield',[RDM],'Earlier, on Wednesday, the Russian Defense Ministry reported')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'in Vienna on Thursday the Permanent Council of the OSCE')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO','Alexander Grushko'],'The day before, in Brussels, the Russia–NATO Council took place')
e(P,None,'statement',None,['Jens Stoltenberg'],'for his part, stated',note='undated in the text (real: 12 Jan)')

# ---------------- 1330 LiveJournal blog entry, machine-translated from Russian (14 January 2022, Fri)
P='1330'
art(P,0,L(P,'Short results of the "January tragedy". Part 1'),L(P,'Good day, dear friends-readers.'),'LiveJournal','2022-01-14',['zyablik_steppe'],None,
    ['LiveJournal','zyablik_steppe — Journal of an old orientalist','Subscribe   Friends   Profile','14 January 2022, 09:15   Tags: Kazakhstan, ОДКБ, geopolitics, Nazarbaev',
     'Comments (47)   Share   Link','Previous entry: About my dacha and the winter','Next entry: Short results of the "January tragedy". Part 2','Powered by LiveJournal.com'],
    le=L(P,'To be continued.'))
q(P,'is in the capital','Aidos Ukibay','his press secretary Aidos Ukibay','wrote',partial=True)
q(P,'is not going anywhere','Aidos Ukibay','his press secretary Aidos Ukibay','wrote',partial=True)
q(P,'Nobody will be spared from responsibility.',TOK,'he','declared',note='"Tokaev meanwhile speaks loudly. In the Mazhilis on Tuesday he declared:"; words invented')
q(P,'Here everyone waits — will they really touch the family, or they will only make theater?',None,'My colleague from Almaty','writes to me',note='anonymous')
q(P,'does not intend to stay there one extra day','Sergey Lavrov','Lavrov','answered',partial=True,note='words invented')
c(P,'troops_deployed',2030,'about','CSTO troops in Kazakhstan in total',None,'About 2,030 people were there in total')
c(P,'killed',225,None,'dead (official data)',GPO,'225 dead')
c(P,'detained',10000,'almost','detained',None,'almost 10 thousand',note='"10 thousand" normalised; the "official data" sentence names the prosecutor\'s office only for the dead')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Yesterday the withdrawal officially started')
e(P,'2022-01-14','withdrawal','Kazakhstan',[CSTO,'Belarus'],'today by morning already a half of the Belarusians went home')
e(P,'2022-01-12','statement',None,['Aidos Ukibay','Nursultan Nazarbayev'],'on Wednesday wrote in Facebook')
e(P,None,'other',None,['Samat Abish'],'was removed from the post in the КНБ already last week',note='"last week" is not a day')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'In the Mazhilis on Tuesday he declared')
e(P,'2022-01-14','statement','Moscow',['Sergey Lavrov'],'Lavrov on Friday — so, today — answered',note='"on Friday — so, today —" = publication day')

# ---------------- 1331 Ta Kung Pao (Hong Kong) in Google translation from traditional Chinese (2022-01-10, Mon)
P='1331'
art(P,0,L(P,'Russia-US Geneva talk no breakthrough'),L(P,'Russian Deputy Foreign Minister Ryabkov'),'Ta Kung Pao','2022-01-10',[],None,
    ['大公網 Ta Kung Pao','首頁 > 國際 > 熱點 | Home > International > Hot spot','Google Translate  |  Original language: Chinese (Traditional)','2022-01-10 08:30  Takungpao.com',
     '【大公報訊】 Comprehensive report:','責任編輯：梁志華 Responsible editor: Leung Chi-wah','【版權所有，轉載請註明出處】 [All rights reserved; please mention the source for reprint]','分享 Share: Facebook  WhatsApp  微信'],
    le=L(P,'The CSTO extraordinary video summit will be held today.'))
q(P,'will not make any concessions','Sergey Ryabkov','Ryabkov','said',partial=True)
q(P,'The talks will be difficult, but we come not with empty hands,','Sergey Ryabkov','he','said')
q(P,'not allow Russia to decide','Wendy Sherman','Sherman','stressed',partial=True)
q(P,'arms control and the transparency of military exercises','Wendy Sherman','She','said',partial=True)
q(P,"resolutely opposes any force to destroy Kazakhstan's stability",'Xi Jinping','Xi Jinping','said',partial=True)
q(P,'Beijing sees the Central Asia as the back garden of the Belt and Road. The CSTO entering in, Beijing does not say no, but also watches closely.','Chan Ka-wai','Hong Kong scholar Chan Ka-wai','said',note='invented person; "to this newspaper said:"')
c(P,'killed',164,None,'unrest death toll',None,'dead toll rises to 164',zone='headline')
c(P,'killed',164,None,'people died in the unrest','Khabar 24','totally 164 people died')
c(P,'killed',103,None,'people died in Almaty','Khabar 24','among them 103 people in Almaty',note='city breakdown of the 164')
c(P,'detained',5800,None,'people detained as of yesterday',MIA,'as of yesterday 5,800 people were detained')
e(P,'2022-01-09','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'yesterday evening held the working dinner in Geneva')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'today (10th) they will carry out the formal negotiations')
e(P,'2022-01-09','talks',None,[TOK,'Xi Jinping'],'the same day had the telephone talk with Chinese President Xi Jinping',note='"the same day" = "on the 9th"')
e(P,'2022-01-10','talks',None,[CSTO],'The CSTO extraordinary video summit will be held today.')

# ---------------- 1332 Express K print edition, translated from Russian (Wednesday, 12 January 2022)
P='1332'
art(P,0,L(P,'HOW THE DISPATCHERS OF ALMATY AIRPORT'),L(P,'Almaty international airport was captured'),'Express K','2022-01-12',['Irina Goncharova'],None,
    ['«ЭКСПРЕСС К» | EXPRESS K','Social-political newspaper of Kazakhstan','№ 3 (19451) Wednesday, 12 January 2022','Translation from Russian','Page 3 | Society',
     'Subscription index: 65320','Editorial address: Almaty, Ryskulbekov str., 33'],
    le=L(P,'The investigation is led by the KNB.'))
q(P,'We were in the tower, about 40 people. At 19.30 the crowd came through the fence, and the security guards just disappeared,','Yerlan','the dispatcher Yerlan','tells',note='invented person, first name only; present-tense cue "tells"')
q(P,'only for domestic flights at first','Almaty Airport press service',"The airport's press service",'informed',partial=True,note='the cue is in the previous sentence of the same paragraph')
q(P,'The city will be restored. We do not leave any family without help.','Yerlan Kozhagapanov','The mayor of the city Yerlan Kozhagapanov','said',note='words invented')
q(P,'I am 71 years old and never saw such a thing. Never.','Galina Petrovna','Pensioner Galina Petrovna','was short',note='invented person (first name + patronymic); the age is inside the quote, not a claim')
c(P,'injured',1269,None,'people injured in Almaty','Almaty akimat','1,269 people were injured')
e(P,'2022-01-05','protest','Almaty',[],'was captured on the evening of 5 January')
e(P,'2022-01-06','other','Almaty',[],'On 6 January, the airport was taken back')
e(P,'2022-01-07','troop_deployment','Almaty',[CSTO,'Russia'],'The next day the Russian paratroopers',note='"The next day" after 6 January')
e(P,'2022-01-10','statement',None,[RDM],'on Monday reported')
e(P,'2022-01-13','other','Almaty',[],'The reopening is planned on 13 January')
e(P,'2022-01-11','casualty_report','Almaty',['Almaty akimat'],'The Almaty akimat said on Tuesday')
e(P,'2022-01-06','arrest',None,['Karim Massimov'],'was detained on 6 January')
e(P,'2022-01-08','statement',None,['KNB'],'the committee said on Saturday')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Toqayev','Toqayev','Tokayev','Tokaev','Qasym-Jomart Toqaev','Toqaev','Kassym-Jomart Kemelevich'],['president','Head of State','the Kazakh leader','Kazakhstan president','the President'],'Kazakhstan',['He','he','the President'],['the Toqayev'],note='MT forms: "Toqayev" (Chinese MT), "Toqaev"/"Qasym-Jomart" (Kazakh MT), "Tokaev" (Russian MT), name + patronymic "Kassym-Jomart Kemelevich"'),
 sp(RDM,'organisation',['Russian Defense Ministry','Ministry of Defense of Russia'],[],'Russia',['the ministry']),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Chinese Foreign Ministry spokesman'],'China',['He'],note='words paraphrased'),
 sp('Li Hanqing','person',['Li Hanqing'],['A scholar of Shanghai'],'China',note='invented'),
 sp('Vladimir Putin','person',['Putin'],['Russian President'],'Russia',[],['the Putin']),
 sp('Roman Vassilenko','person',['Roman Vassilenko'],['Kazakhstan Deputy Foreign Minister'],'Kazakhstan',note='words invented'),
 sp('Vasily Kashin','person',['Vasily Kashin'],['Russia military expert'],'Russia',['he'],note='words invented'),
 sp('Serik','person',['Serik'],['uncle'],'Kazakhstan',['My neighbor'],note='invented, first name only'),
 sp('Dmitry Peskov','person',['Peskov'],[],'Russia',note='surname only'),
 sp('Aidos Zhanbolatuly','person',['Aidos Zhanbolatuly'],['Public figure'],'Kazakhstan',note='invented'),
 sp('Dauren Ospanov','person',['Dauren Ospanov'],['Political scientist'],'Kazakhstan',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','the commander of the collective forces'],'Russia',['the general']),
 sp('Ruslan Zhaksylykov','person',['Ruslan Zhaksylykov'],['The acting Defense Minister of Kazakhstan'],'Kazakhstan',['he'],note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='words paraphrased'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['press secretary'],'Kazakhstan',note='words invented'),
 sp('Sergey Lavrov','person',['Lavrov'],[],'Russia',note='surname only; words invented'),
 sp('Sergey Ryabkov','person',['Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['he']),
 sp('Wendy Sherman','person',['Sherman'],['Deputy Secretary of State'],'United States',['She']),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China',note='words paraphrased'),
 sp('Chan Ka-wai','person',['Chan Ka-wai'],['Hong Kong scholar'],'Hong Kong',note='invented'),
 sp('Yerlan','person',['Yerlan'],['the dispatcher'],'Kazakhstan',note='invented; first name only (asked not to give his surname)'),
 sp('Almaty Airport press service','organisation',["airport's press service"],[],'Kazakhstan',["The airport's press service"]),
 sp('Yerlan Kozhagapanov','person',['Yerlan Kozhagapanov'],['The mayor of the city'],'Kazakhstan',note='words invented'),
 sp('Galina Petrovna','person',['Galina Petrovna'],['Pensioner'],'Kazakhstan',note='invented; first name + patronymic'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','ОДКБ','ҰҚШҰ'],[],None,[],[],quoted=False,note='Russian and Kazakh abbreviations left untranslated by MT'),
 sp('Nursultan Nazarbayev','person',['Nazarbaev','Nursultan Nazarbaev','Nursultan Abishevich','Elbasy'],[],'Kazakhstan',[],[],quoted=False,note='only "Nazarbaev" spelling (Russian/Kazakh MT), the honorific "Elbasy" and name+patronymic'),
 sp(GPO,'organisation',["General Prosecutor's Office","prosecutor's office"],[],'Kazakhstan',[],[],quoted=False,note='source of the 225 in 1328 and 1330'),
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
