#!/usr/bin/env python3
"""Source of the devset146 annotation: the hand-chosen spans, values and dates for 1261-1268.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset146/annotation_source.py && python3 tests/devset146/verify.py
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
KPO='Kazakh Presidential Press Office'; KHM='Kazakh Health Ministry'; NZMFAT='New Zealand Ministry of Foreign Affairs and Trade'
DFAT='Department of Foreign Affairs and Trade'

# ---------------- 1261 9News (Australia) story (8:14am Jan 8, 2022, Sat, AEDT)
art('1261',0,ln('1261',"Australians in Kazakhstan told to shelter"),ln('1261','Australians caught up in the unrest'),'9News','2022-01-08',[],None,
    ['9News','Home  World  Australia  Sport  Entertainment  Video','By Staff writer with AP','8:14am Jan 8, 2022','▶ Play video',
     "Kazakhstan's president has authorised security forces to fire without warning. (Nine)",'0:00 / 1:42',
     'READ MORE: What is the CSTO and why are Russian troops in Kazakhstan?','Share','Facebook  Twitter  Email','© Nine Digital Pty Ltd 2022'])
q('1261','without warning',TOK,"the country's president",'said',n=2,partial=True,note='first of two overlapping partials; the headline \'shoot to kill\' is single-quoted (excluded)')
q('1261','shoot to kill without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said he had given the order to “…”"; contains the label "shoot to kill" but is longer')
q('1261','Those who do not surrender will be eliminated,',TOK,'he','said')
q('1261','providing consular assistance to a small number of Australians',DFAT,'A DFAT spokesperson','told',partial=True)
q('1261','Commercial flight options are extremely limited. Australians should not rely on the Australian Government to get them out,',DFAT,'the spokesperson','said',note='"Do not travel" (advice level) in the previous sentence is a label, excluded')
q('1261','deeply concerned','Marise Payne','Foreign Minister Marise Payne','wrote',partial=True)
q('1261','My mum sent one message on Wednesday night. Since then, nothing. I check my phone every five minutes,','Aruzhan Sadykova','Ms Sadykova','said',note='invented student; a relative day inside the quote is not an event')
c('1261','killed',26,None,'armed rioters killed',MIA,'26 armed rioters had been killed')
c('1261','detained',3000,'more than','people detained since the protests broke out',MIA,'more than 3,000 people detained')
c('1261','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces have died',note='written-out number at a sentence start; "according to the ministry" follows')
e('1261','2022-01-07','statement',None,[TOK],'In a televised address on Friday',note='Friday before Saturday 8 Jan (AEDT stamp)')
e('1261','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers arrived in the country on Thursday')
e('1261',None,'statement',None,[DFAT],'A DFAT spokesperson told 9News',note='undated')
e('1261',None,'statement',None,['Marise Payne'],'wrote on Twitter that Australia',note='undated tweet')
e('1261','2022-01-08','other','Almaty',[],'remained closed on Saturday',note='airport closure on the publication day')
e('1261','2022-01-02','protest',None,[],'The unrest began on January 2')

# ---------------- 1262 Deutschlandfunk news item in English (Stand: 10.01.2022, 07:05 Uhr, Mon)
art('1262',0,ln('1262','Russia and US open security talks in Geneva'),ln('1262','The talks between Russia and the United States on security'),'Deutschlandfunk','2022-01-10',[],None,
    ['Deutschlandfunk','Nachrichten  |  Politik  |  English edition','Stand: 10.01.2022, 07:05 Uhr','Diese Nachricht wurde am 10.01.2022 im Programm Deutschlandfunk gesendet.',
     'Mehr zum Thema','Ukraine-Konflikt: Was Russland von der NATO fordert','Kasachstan: Die Rolle Nasarbajews','Deutschlandfunk – Nachrichten zum Hören: dlf.de/nachrichten'],
    sections=(ln('1262','Kazakhstan: President speaks of attempted coup'),))
q('1262','difficult but businesslike','Sergey Ryabkov','Sergei Rjabkow (Ryabkov)','said',partial=True,note='German transliteration with the English form in brackets')
q('1262','under pressure and under threats','Sergey Ryabkov','He','warned',partial=True)
q('1262','We will not accept that a country decides for its neighbours which alliance they may join,','Annalena Baerbock','the Green politician','said',note='party label as the attribution')
q('1262','Nothing about Europe without Europe.','Annalena Baerbock','Baerbock','added',note='colon-introduced quote after "Baerbock added:"')
q('1262',"an attempted coup d'état",TOK,'he','describe',partial=True,note='"According to the presidential office, he will describe … as “…”" (future); speaker Tokayev')
q('1262','For Putin this is a showcase: within 48 hours more than 2,000 soldiers were on the ground,','Jonas Reiter','Reiter','said',note='invented DLF correspondent; "Putin" inside the quote is not the speaker')
c('1262','detained',7939,None,'people detained across the country','Kazakh authorities','7,939 people had been detained')
c('1262','killed',164,None,'dead (figure later withdrawn)',KHM,'put the number of dead at 164')
c('1262','troops_deployed',2000,'more than','soldiers on the ground within 48 hours','Jonas Reiter','more than 2,000 soldiers were on the ground',note='inside the correspondent\'s quote')
c('1262','troops_deployed',2030,'about','CSTO soldiers deployed in Kazakhstan',CSTO,'around 2,030 soldiers')
c('1262','other',250,None,'pieces of military equipment deployed',CSTO,'250 pieces of military equipment')
e('1262','2022-01-10','talks','Geneva',['Russia','United States'],'begin in Geneva this morning')
e('1262','2022-01-09','talks','Geneva',['Russia','United States'],'already met yesterday evening for a working dinner')
e('1262','2022-01-09','statement',None,['Sergey Ryabkov'],'said after the dinner',note='after the dinner of "yesterday evening"')
e('1262',None,'statement',None,['Annalena Baerbock'],'speaking in the Deutschlandfunk morning programme',note='probably the publication morning, not stated')
e('1262','2022-01-12','talks','Brussels',['NATO','Russia'],'continue on Wednesday in Brussels')
e('1262','2022-01-13','talks','Vienna',['OSCE','Russia'],'on Thursday in Vienna at the OSCE')
e('1262','2022-01-10','talks',None,[TOK,CSTO],'address an online summit of the military alliance CSTO today')
e('1262','2022-01-09','casualty_report',None,['Kazakh authorities'],'The Kazakh authorities said yesterday')
e('1262','2022-01-09','casualty_report',None,[KHM],'The health ministry had on Sunday')

# ---------------- 1263 1News (TVNZ) story (Jan 13, 2022 07:12 AM NZ time, Thu)
art('1263',0,ln('1263',"NATO says 'real risk'"),ln('1263','NATO Secretary-General Jens Stoltenberg said'),'1News','2022-01-13',[],None,
    ['1News','Menu  Search  Watch live','Source: 1News / Reuters','Jan 13, 2022 07:12 AM','Share','Copy link',
     '1News Europe correspondent Kate Delaney contributed to this report.','Related','TVNZ  |  1News  |  Privacy  |  Terms of use'])
q('1263','a real risk for new armed conflict in Europe','Jens Stoltenberg','NATO Secretary-General Jens Stoltenberg','said',partial=True,note="headline 'real risk' is single-quoted (excluded)")
q('1263','There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge,','Jens Stoltenberg','Stoltenberg','told')
q('1263','honestly and clearly','Alexander Grushko',"Russia's Deputy Foreign Minister Alexander Grushko",'said',partial=True)
q('1263','If NATO moves to a policy of containment, there will be counter-containment,','Alexander Grushko','Mr Grushko','said')
q('1263','successfully completed',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('1263','no reports of New Zealanders harmed',NZMFAT,"New Zealand's Ministry of Foreign Affairs and Trade",'said',partial=True)
q('1263','dialogue, not escalation','Nanaia Mahuta','Foreign Minister Nanaia Mahuta','said',partial=True,note='words invented')
c('1263','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'US officials','around 100,000 troops')
e('1263','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council met on Wednesday')
e('1263',None,'statement','Brussels',['Jens Stoltenberg'],'told reporters at NATO headquarters',note='after the Wednesday meeting (12 Jan), not dated in its sentence')
e('1263','2022-01-10','talks','Geneva',['United States','Russia'],"Monday's meeting between US and Russian diplomats in Geneva")
e('1263','2022-01-13','talks','Vienna',['OSCE'],'in Vienna at the Organization for Security and Co-operation in Europe later today')
e('1263','2022-01-13','withdrawal','Kazakhstan',[CSTO],'begin withdrawing its troops from Kazakhstan today')
e('1263','2022-01-11','statement',None,[TOK],'said on Tuesday the mission')
e('1263',None,'statement',None,[NZMFAT],'An MFAT spokesperson said',note='undated; "fewer than 20 New Zealanders" is not a claim')

# ---------------- 1264 ČT24 (Czech TV) page in browser machine translation (11. 1. 2022 17:32, Tue)
art('1264',0,ln('1264','Tokayev: The CSTO mission is fulfilled'),ln('1264','Kazakh President Kassym-Jomart Tokayev announced'),'ČT24','2022-01-11',[],'Nur-Sultan/Prague',
    ['ČT24 – Česká televize','Zprávy  Domácí  Svět  Ekonomika  Sport  Živě','[Translated from Czech by browser – Original: Čeština]','World',
     '11. 1. 2022 17:32 – Updated 11. 1. 2022 18:05','Nur-Sultan/Prague','(ČTK, Reuters, ČT24)','Tagy: Kazachstán, ODKB, Tokajev','Sdílet na Facebooku  Sdílet na X','Vytisknout'])
q('1264','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Tokajev','told',note='Czech low-high quotes „…“; Czech spelling "Tokajev"')
q('1264','a layer of rich people even by international standards',TOK,'Tokajev','according to',partial=True,note='„…“ partial; Nazarbayev named in the sentence is not the speaker')
q('1264','with concern','Jan Lipavský','Czech Foreign Minister Jan Lipavský','said',partial=True,note='two-word evaluative partial with a speech verb, kept as devset19 kept "with great concern"')
q('1264','We call on the Kazakh authorities to respect human rights also in the investigation of the riots,','Jan Lipavský','the minister','said',note='inverted "said the minister"; words invented')
q('1264','Tokayev wants to show that he is not dependent on Russian bayonets. He has the stabilisation, now he needs the legitimacy,','Michal Vondra','he','said',note='invented analyst; a name inside the quote')
c('1264','other',20000,'about','bandits who attacked Almaty',TOK,'about 20 thousand bandits',note='"20 thousand" written with a word')
c('1264','detained',9900,None,'people detained',MIA,'police have so far detained 9,900 people')
c('1264','killed',164,None,'people who died during the riots',KHM,'164 people died during the riots')
c('1264','killed',3,None,'children among the dead',KHM,'among them 3 children',note='subset of the 164; borderline')
e('1264','2022-01-11','statement','Nur-Sultan',[TOK],'announced on Tuesday in the lower house of parliament')
e('1264','2022-01-13','withdrawal','Kazakhstan',[CSTO],'Their gradual withdrawal will begin in two days',note='"in two days" from Tuesday 11 Jan')
e('1264','2022-01-11','appointment',None,['Alikhan Smailov',TOK],'The deputies approved him in the same session')
e('1264','2022-01-10','casualty_report',None,[KHM],'The Ministry of Health reported on Monday')
e('1264',None,'statement',None,['Jan Lipavský'],'said for ČT24',note='undated')

# ---------------- 1265 CNA (Singapore) story (13 Jan 2022 09:40PM, Thu)
art('1265',0,ln('1265','Russia-led troops begin leaving Kazakhstan'),ln('1265','ALMATY: Troops from a Russia-led'),'CNA','2022-01-13',[],'ALMATY',
    ['CNA','Singapore  Asia  East Asia  World  Commentary  Sustainability  CNA Insider','Listen to this article','3 min','Bookmark','Share',
     'Soldiers of the CSTO peacekeeping force attend a ceremony in Almaty, Kazakhstan, on Jan 13, 2022. (Photo: AFP/Ruslan Pryanikov)',
     '13 Jan 2022 09:40PM (Updated: 13 Jan 2022 10:02PM)','Source: Agencies/AFP/fh','Related Topics','Get our pick of top stories and thoughtful articles in your inbox','Subscribe here'])
q('1265','The tasks set before the collective peacekeeping forces have been fulfilled in full. Not a single shot was fired by our units,','Andrei Serdyukov','Serdyukov','said',note='words invented')
q('1265','You came to us in a difficult hour, and we will not forget it,','Sultan Gamaletdinov','he','told',note='"Sultan Kamaletdinov" spelling; words invented')
q('1265','a calculated gesture','Nargiza Umarova','Dr Nargiza Umarova','said',partial=True,note='invented analyst; "terrorists" earlier is a one-word label (excluded)')
q('1265','He needed the troops for a few days to secure the capital and the airports. Keeping them longer would have cost him at home,','Nargiza Umarova','she','said')
c('1265','aircraft',20,'more than','Il-76 transport planes to fly Russian troops home',RDM,'more than 20 Il-76 transport planes')
c('1265','troops_deployed',2030,'about','troops deployed in the CSTO mission',CSTO,'About 2,030 troops')
c('1265','other',250,None,'units of military hardware deployed',CSTO,'250 units of military hardware')
c('1265','detained',10000,'almost','people detained','officials','nearly 10,000 people had been detained')
e('1265','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing from Kazakhstan on Thursday (Jan 13)')
e('1265','2022-01-13','other','Almaty',['Andrei Serdyukov','Sultan Gamaletdinov'],'At a ceremony in Almaty, the commander',note='ceremony; caption gives Jan 13')
e('1265',None,'troop_deployment','Kazakhstan',[CSTO],'a week after they arrived',note='"a week after" = about 6 Jan; not a day')
e('1265','2022-01-11','statement',None,[TOK],'Mr Tokayev had said on Tuesday')
e('1265','2022-01-12','casualty_report',None,['officials'],'Officials said on Wednesday')

# ---------------- 1266 Geo News (Pakistan) web story (January 07, 2022, Fri)
art('1266',0,ln('1266','Pakistan monitoring Kazakhstan situation'),ln('1266','ISLAMABAD: Pakistan is closely following'),'Geo News','2022-01-07',[],'ISLAMABAD',
    ['GEO NEWS','Latest  Pakistan  World  Business  Sports  Entertainment  Videos','Web Desk','January 07, 2022','Follow Geo News on WhatsApp',
     'Get the latest news delivered to you.','Geo News Digital Desk','Copyright © 2022 Geo TV. All rights reserved.'])
q('1266','We are in constant touch with our Embassy in Nur-Sultan and our Consulate in Almaty. All Pakistanis are reported safe,','Asim Iftikhar Ahmad','the spokesperson','said',note='"said in response to media queries"; words invented')
q('1266','Pakistan hopes that peace and normalcy will return soon. Kazakhstan is a brotherly country and we stand with its people,','Asim Iftikhar Ahmad','Ahmad','said')
q('1266','The shops were closed for two days. Now one store has opened and there is a long line,','Usman Tariq','he','said',note='invented student; quoted after "told Geo News that …" in the previous sentence')
c('1266','killed',26,'at least','"armed criminals" killed','Kazakh authorities','at least 26 "armed criminals" have been killed',note='scare-quoted label excluded from quotes')
c('1266','killed',18,None,'law enforcement personnel killed','Kazakh authorities','18 law enforcement personnel lost their lives')
c('1266','detained',3700,'more than','people detained','Kazakh authorities','more than 3,700 people have been detained')
c('1266','troops_deployed',2500,'about','CSTO troops sent by Russia and allies','TASS','around 2,500 troops')
e('1266','2022-01-07','statement','Islamabad',['Asim Iftikhar Ahmad'],'Asim Iftikhar Ahmad said on Friday')
e('1266','2022-01-06','statement',None,['TASS'],'TASS reported on Thursday',note='report of the CSTO troop numbers')
e('1266','2022-01-02','protest','Zhanaozen',[],'Protests began on Sunday in the western city of Zhanaozen',note='Sunday before Friday 7 Jan')
e('1266',None,'protest','Almaty',[],'where government buildings were set on fire',note='undated')
e('1266',None,'talks',None,['Imran Khan',TOK],'Prime Minister Imran Khan is also expected to speak to President Tokayev',note='expected call, no date')

# ---------------- 1267 RTVE English item (BRUSSELS, 12 Jan.; 12.01.2022 | 13:46, Wed)
art('1267',0,ln('1267','Albares: "Spain will not'),ln('1267',"The Spanish foreign minister backs NATO's response"),'RTVE','2022-01-12',['Laura Martín Gil'],'BRUSSELS',
    ['RTVE.es','Noticias  Internacional  English','Laura Martín Gil','BRUSSELS, 12 Jan. (RTVE) –','12.01.2022 | 13:46','Etiquetas: OTAN  Rusia  Ucrania  Kazajistán',
     'Compartir en Facebook  Compartir en Twitter  Compartir en WhatsApp','© Corporación de Radio y Televisión Española'])
q('1267','Spain will not negotiate the security of its allies behind their backs','José Manuel Albares','Albares',None,zone='headline',note='headline "Name: “…”" with a colon, no verb; repeated in the body with a comma')
q('1267','without fissures','José Manuel Albares','Spanish Foreign Minister José Manuel Albares','said',partial=True)
q('1267','Spain will not negotiate the security of its allies behind their backs,','José Manuel Albares','Albares','told')
q('1267','the only way','José Manuel Albares','The minister','added',partial=True)
q('1267','cannot be a monologue of demands','José Manuel Albares','The minister','added',partial=True)
q('1267','that are simply non-starters','Wendy Sherman','Wendy Sherman','said',partial=True)
q('1267','They are separate questions,','Russian delegation','the Russian delegation','said',note='"said in a written statement distributed to journalists"')
c('1267','detained',9900,None,'people detained in Kazakhstan',MIA,'9,900 people had been detained')
e('1267','2022-01-12','talks','Brussels',['NATO','Russia'],'met a Russian delegation in Brussels for the first time since 2019')
e('1267','2022-01-12','statement','Brussels',['José Manuel Albares'],'said on Wednesday that Spain supported')
e('1267','2022-01-11','statement','Madrid',['Pedro Sánchez'],'Speaking the day before in Madrid')
e('1267','2022-01-10','talks','Geneva',['Russia','United States'],'two days after the talks between Russia and the United States in Geneva')
e('1267','2022-01-13','talks','Vienna',['OSCE'],'On Thursday, the discussions move to Vienna')
e('1267','2022-01-11','casualty_report',None,[MIA],'the Interior Ministry said on Tuesday')
e('1267',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers arrived last week',note='"last week" is not a day')
e('1267','2022-01-13','withdrawal','Kazakhstan',[RDM],'could leave on Thursday',note='planned first return flight')

# ---------------- 1268 NOS (Netherlands) item in automatic translation (9 januari 2022, 11:52, Sun)
art('1268',0,ln('1268',"Kazakhstan arrests former security chief"),ln('1268',"The former head of Kazakhstan's security service"),'NOS','2022-01-09',['Iris de Wit'],None,
    ['NOS Nieuws','Binnenland  Buitenland  Politiek  Economie  Tech  Cultuur & Media','[Automatically translated from Dutch]','BUITENLAND',
     'Gepubliceerd: 9 januari 2022, 11:52','Aangepast: 9 januari 2022, 14:20','Correspondent Rusland','Iris de Wit','Deel artikel:',
     'share-on-whatsapp  share-on-facebook  share-on-twitter','Bekijk meer van Buitenland'])
q('1268','a significant number of foreign citizens',KPO,'the Kazakh presidential office','According to',partial=True)
q('1268','The government wants to show that it is in control again. But many people I spoke to are still afraid to go outside after dark.','Iris de Wit','Correspondent Iris de Wit',None,note='"Correspondent NAME: “…”" colon form; the author quoted in her own article')
q('1268','restored in all regions',TOK,'Tokayev','wrote',partial=True)
q('1268','until the militants are fully destroyed',TOK,'he','said',partial=True)
q('1268','an end to the violence on all sides','Wopke Hoekstra','Foreign Minister Wopke Hoekstra','called for',partial=True,note='words invented')
c('1268','detained',5800,None,'people detained in recent days',KPO,'5,800 people were detained in recent days')
c('1268','aircraft',70,'more than','aircraft flying troops and equipment to Kazakhstan',RDM,'more than 70 aircraft')
e('1268','2022-01-08','arrest',None,['Karim Masimov','National Security Committee'],'The National Security Committee (KNB) announced this yesterday')
e('1268','2022-01-05','other',None,['Karim Masimov',TOK],'Masimov was dismissed on Wednesday by President Tokayev',note='dismissal')
e('1268','2022-01-08','talks',None,[TOK,'Vladimir Putin'],'spoke by phone with Russian President Putin on Saturday')
e('1268',None,'statement',None,[TOK],'Tokayev wrote on Twitter',note='undated')
e('1268','2022-01-05','other',None,['Dutch Ministry of Foreign Affairs'],'raised its travel advice for Kazakhstan to code red last Wednesday',note='"last Wednesday" from Sunday 9 Jan')
e('1268','2022-01-10','talks',None,[CSTO],'Tomorrow the CSTO leaders will hold a video meeting')
e('1268','2022-01-10','talks','Geneva',['Russia','United States'],'Russia and the United States will begin talks in Geneva')
# ---------------- speakers: quoted speakers, plus organisations/persons mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Tokajev'],['President','Kazakh President'],'Kazakhstan',['he',"the country's president"],['Mr Tokayev'],note='"Tokajev" is the Czech spelling (1264)'),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['A DFAT spokesperson','the spokesperson']),
 sp('Marise Payne','person',['Marise Payne'],['Foreign Minister'],'Australia',note='words invented'),
 sp('Aruzhan Sadykova','person',['Aruzhan Sadykova','Sadykova'],['a 24-year-old Kazakh student at Monash University'],'Kazakhstan',[],['Ms Sadykova'],note='invented'),
 sp('Sergey Ryabkov','person',['Rjabkow','Ryabkov'],["Russia's Deputy Foreign Minister"],'Russia',['He'],['Sergei Rjabkow (Ryabkov)'],note='German transliteration with the English form in brackets'),
 sp('Annalena Baerbock','person',['Annalena Baerbock','Baerbock'],['German Foreign Minister'],'Germany',['the Green politician']),
 sp('Jonas Reiter','person',['Jonas Reiter','Reiter'],['Our correspondent in Moscow'],'Germany',note='invented DLF correspondent'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary-General'],'Norway',['He']),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],["Russia's Deputy Foreign Minister",'Deputy Foreign Minister'],'Russia',[],['Mr Grushko']),
 sp(NZMFAT,'organisation',['Ministry of Foreign Affairs and Trade','MFAT'],[],'New Zealand',['An MFAT spokesperson']),
 sp('Nanaia Mahuta','person',['Nanaia Mahuta'],['Foreign Minister'],'New Zealand',note='words invented'),
 sp('Jan Lipavský','person',['Jan Lipavský'],['Czech Foreign Minister'],'Czech Republic',['the minister'],note='words invented'),
 sp('Michal Vondra','person',['Michal Vondra'],['Political scientist'],'Czech Republic',['he'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','the commander of the Collective Security Treaty Organization (CSTO) contingent'],'Russia',note='words invented'),
 sp('Sultan Gamaletdinov','person',['Sultan Kamaletdinov'],["Kazakhstan's Deputy Defence Minister"],'Kazakhstan',['he'],note='spelt "Kamaletdinov" here; canonical from the gold; words invented'),
 sp('Nargiza Umarova','person',['Nargiza Umarova'],['of the S Rajaratnam School of International Studies'],'Singapore',['she'],['Dr Nargiza Umarova'],note='invented'),
 sp('Asim Iftikhar Ahmad','person',['Asim Iftikhar Ahmad','Ahmad'],['Foreign Office (FO) spokesperson'],'Pakistan',['the spokesperson','He'],note='words invented'),
 sp('Usman Tariq','person',['Usman Tariq'],['A Pakistani student in Almaty'],'Pakistan',['he'],note='invented'),
 sp('José Manuel Albares','person',['José Manuel Albares','Albares'],['Spanish Foreign Minister'],'Spain',['The minister'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State','Deputy Secretary of State'],'United States'),
 sp('Russian delegation','organisation',['Russian delegation'],[],'Russia',['the Russian delegation'],note='"said in a written statement"; invented'),
 sp(KPO,'organisation',['presidential office'],[],'Kazakhstan',['the Kazakh presidential office']),
 sp('Iris de Wit','person',['Iris de Wit'],['Correspondent Rusland','Correspondent'],'Netherlands',note='invented; the article\'s author'),
 sp('Wopke Hoekstra','person',['Wopke Hoekstra'],['Foreign Minister'],'Netherlands',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of the Interior'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='not quoted in this set'),
 sp(RDM,'organisation',['Russian Defence Ministry','Russian Ministry of Defence'],[],'Russia',[],[],quoted=False),
 sp(KHM,'organisation',['health ministry','Ministry of Health'],[],'Kazakhstan',[],[],quoted=False),
 sp('Vladimir Putin','person',['Putin'],['Russian President'],'Russia',[],[],quoted=False),
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
