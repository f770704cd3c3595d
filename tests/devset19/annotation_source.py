#!/usr/bin/env python3
"""Source of the devset19 annotation: the hand-chosen spans, values and dates for 245-252.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset19/annotation_source.py && python3 tests/devset19/verify.py
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
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; AZMFA='Azerbaijani Foreign Ministry'
BYMOD='Belarusian Defence Ministry'; EGMFA='Egyptian Foreign Ministry'

# ---------------- 245 The National-style piece (Jan 07, 2022, a Friday)
art('245',0,3,4,'The National','2022-01-07',['Rashid Al Mansoori'],None,
    ['The National','World | Asia','Jan 07, 2022','Rashid Al Mansoori, Foreign Correspondent','Updated: January 07, 2022, 6:04 PM'])
q('245','with great concern',UAEMFA,'The Ministry of Foreign Affairs and International Cooperation','said in a statement',partial=True)
q('245','security and stability will return to Kazakhstan soon, through dialogue and in a way that preserves the safety of its people',UAEMFA,'The Ministry of Foreign Affairs and International Cooperation','said in a statement',partial=True,note='"and hoped that “…”" in the same sentence as "said in a statement"; closing mark followed by a full stop outside')
q('245','The Gulf has a direct interest in a calm and prosperous Central Asia,','Anwar Gargash','Dr Gargash','said',note='honorific "Dr" before the surname')
q('245','Those who do not surrender will be destroyed,',TOK,'he','said',note='"he said in a televised address"; he = Tokayev')
q('245','The Gulf has a direct interest in a calm and prosperous Central Asia.','Anwar Gargash','Dr Gargash',None,note='pull quote on its own line, repeated from the body (ends with "." instead of ","); own record, cue null, like devset 130')
q('245','as soon as the airport is secure','Air Astana','Air Astana','said',partial=True)
q('245','We are not worried about the money, we are worried about the people,','Khalid Al Suwaidi','Mr Al Suwaidi','said',note='surname-only mention with "Mr"; first mention has an age')
c('245','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label after the figure (label excluded from quotes)')
c('245','detained',3000,'more than','people detained since the unrest began',MIA,'more than 3,000 people detained')
c('245','killed',18,None,'members of the security forces killed','state media','Eighteen members of the security forces have died',note='written-out figure at the start of a sentence')
c('245','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'About 2,500 troops from the Collective Security Treaty Organisation',note='"according to the alliance" at the end of the sentence')
e('245','2022-01-06','statement',None,[UAEMFA],'The UAE on Thursday called for restraint in Kazakhstan',note='"on Thursday" from Friday 7 Jan')
e('245',None,'statement',None,['Anwar Gargash'],'wrote on Twitter that the country was a friend',note='undated tweet')
e('245','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('245','2022-01-02','protest',None,[],'since the unrest began on January 2')
e('245','2022-01-07','statement',None,[TOK],'he said in a televised address on Friday morning')
e('245',None,'troop_deployment','Kazakhstan',[CSTO],'have arrived to guard government buildings and airports',note='undated arrival (real: from 6 Jan)')
e('245','2022-01-05','other','Almaty',['flydubai'],'flydubai suspended its flights to the city on Wednesday',note='flight suspension; Wednesday before Friday 7 Jan')
e('245',None,'statement',None,['Saudi Arabia'],'Riyadh urged its citizens in Kazakhstan to stay indoors')

# ---------------- 246 Kyiv Post-style piece (January 8, 2022, a Saturday)
art('246',0,3,7,'Kyiv Post','2022-01-08',['Oksana Levchenko'],None,
    ['Kyiv Post',"Ukraine's Ukraine Politics World",'Author: Oksana Levchenko','Published January 8, 2022, 4:17 pm',
     "Read also: Danilov: Russia has 127,000 troops near Ukraine's borders",'Kyiv Post is an independent publication. Support us on Patreon.'])
q('246','In 2014 we also heard that Russian soldiers came only to protect people and would leave soon. They are still in Crimea,','Oleg Nikolenko','Foreign Ministry spokesman Oleg Nikolenko','told',note='inverted word order: "…," Foreign Ministry spokesman Oleg Nikolenko told reporters; a year (2014) inside the quote')
q('246','very closely','Oleg Nikolenko','Nikolenko','said',partial=True,note='two-word partial with a speech verb; surname only')
q('246','We respect the sovereignty of Kazakhstan and hope that its people will decide their own future without foreign bayonets,','Dmytro Kuleba','Kuleba','said')
q('246','how fast the Kremlin can move an army when it wants to','Oleksiy Danilov','He','said',partial=True,note='He = Danilov, named in the sentence before')
q('246','The same Il-76s that carried paratroopers to Almaty can carry them to Belarus tomorrow,','Oleksiy Danilov','the secretary','said',note='title-only attribution after the quote')
q('246','An invitation from a weak ruler is the most convenient form of occupation,','Volodymyr Fesenko','he','said')
c('246','troops_deployed',127000,None,"Russian troops near Ukraine's borders",'Oleksiy Danilov','127,000 troops',zone='related',note='"Read also:" teaser inside the text')
c('246','troops_deployed',2000,'more than','soldiers flown in by the CSTO in two days','Oleksiy Danilov','more than 2,000 soldiers in two days')
c('246','troops_deployed',2030,'about','CSTO servicemen taking part',CSTO,'about 2,030 servicemen are taking part')
c('246','detained',4404,None,'people detained in Kazakhstan',MIA,'4,404 people had been detained')
e('246','2022-01-08','statement','Kyiv',['Oleg Nikolenko'],'told reporters in Kyiv',note='"on Saturday" = publication day')
e('246','2022-01-07','statement',None,['Dmytro Kuleba'],'said in a video address on Friday')
e('246',None,'statement',None,['Oleksiy Danilov'],'Oleksiy Danilov, went further',note='undated')
e('246','2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday, January 10')
e('246','2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia Council meeting in Brussels on Wednesday',note='future; Wednesday after Monday 10 Jan')
e('246','2022-01-13','talks','Vienna',['OSCE'],'an OSCE meeting in Vienna on Thursday',note='future')

# ---------------- 247 Trend item (7 January 2022)
art('247',0,2,6,'Trend','2022-01-07',['Nargiz Mammadova'],'Baku, Azerbaijan',
    ['Politics','7 January 2022 15:38 (UTC +04:00)','By Nargiz Mammadova','---','Follow the author on Twitter: @NargizMammadova'])
q('247','We are following with concern the events in fraternal Kazakhstan. Azerbaijan stands in solidarity with the brotherly Kazakh people and supports the steps of President Kassym-Jomart Tokayev aimed at restoring law and order,',AZMFA,'the statement','said',note='a name (Tokayev) inside the quote; "the statement said"')
q('247','At the moment there is no information about any citizen of Azerbaijan being killed or injured,','Leyla Abdullayeva','Abdullayeva','said')
q('247','if the situation requires it','Leyla Abdullayeva','Abdullayeva','According to',partial=True)
c('247','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers have been killed')
c('247','injured',748,None,'law enforcement officers injured',MIA,'748 injured')
c('247','detained',2000,'more than','people detained',MIA,'more than 2,000 people have been detained')
e('247',None,'statement',None,[AZMFA],'the Foreign Ministry of Azerbaijan said in a statement',note='no day given (the dateline is Jan.7)')
e('247',None,'statement',None,['Leyla Abdullayeva'],'Speaking at a briefing',note='undated')
e('247',None,'talks',None,['Ilham Aliyev',TOK],'Earlier, President Ilham Aliyev held a telephone conversation with President Tokayev',note='"Earlier", no date')
e('247','2022-01-02','protest','Mangystau',[],'began on January 2 in the Mangystau region')
e('247','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'Tokayev declared a state of emergency across the country')
e('247','2022-01-05','other',None,[TOK,CSTO],'asked the Collective Security Treaty Organization (CSTO) for help',note='request for CSTO help, same sentence as "On January 5"')

# ---------------- 248 Kun.uz-style item (07.01.2022, a Friday)
art('248',0,4,6,'Kun.uz','2022-01-07',[],None,
    ['KUN.UZ','Uzbekistan | Politics','07.01.2022, 14:22   👁 12 430','Tags: Kazakhstan, border, Mirziyoyev, Norov','Subscribe to our Telegram channel: @kunuzofficial'])
q('248','Uzbekistan is ready to provide any necessary assistance to the fraternal people of Kazakhstan','Shavkat Mirziyoyev','the Uzbek leader','said',note='«guillemets», comma outside the closing mark')
q('248','We do not interfere in the internal affairs of our neighbours, but we are not indifferent to what happens there,','Vladimir Norov','Norov','said')
c('248','killed',26,None,'armed attackers killed',MIA,'26 armed attackers have been killed')
c('248','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died')
c('248','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
e('248',None,'other','Uzbekistan–Kazakhstan border',['Uzbek State Customs Committee'],'Uzbekistan has temporarily restricted the movement',note='border restriction; no day given')
e('248','2022-01-06','talks',None,['Shavkat Mirziyoyev',TOK],"held a telephone conversation with Kazakhstan's President Kassym-Jomart Tokayev on January 6")
e('248',None,'statement','Tashkent',['Vladimir Norov'],'told journalists in Tashkent',note='undated')
e('248','2022-01-07','casualty_report',None,[MIA],'the Kazakh Interior Ministry said on Friday morning')
e('248',None,'other',None,['Uzbek State Customs Committee'],'Last week, the State Customs Committee reported record trade',note='"Last week" is not a day; trade report')

# ---------------- 249 Substack newsletter issue ("Jan 10", no year; Monday 10 January 2022)
art('249',0,2,3,'Steppe Notes','2022-01-10',['Dana Whitford'],None,
    ['Steppe Notes','Jan 10','Subscribe','Share','Footnotes','Thanks for reading Steppe Notes! Subscribe for free to receive new posts and support my work.','12 likes · 3 comments'],
    sections=(ln('249','1. The airlift'),ln('249','2. The numbers nobody agrees on'),ln('249','3. Geneva')))
q('249','The mission is limited in time and in scope,','Dmitry Peskov','Peskov','said',note='em-dash cue: ,” — Peskov said; surname only, later "The spokesman"')
q('249','We spent the first night on the floor. Now the shooting has stopped, and everyone is afraid to ask who was shot.','Aizhan','Aizhan','wrote',note='pseudonym ("a 31-year-old teacher I will call Aizhan"); a message, cue "wrote"')
q('249','unilateral concessions','Sergey Ryabkov','Ryabkov','said',partial=True,note='footnote marker "3" glued after the closing mark; the one-word "difficult" in the same sentence is excluded')
q('249','with anyone but our allies','Wendy Sherman','Sherman','told',partial=True)
c('249','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'about 2,030 troops were in the country',note='footnote marker 1 glued after the sentence is not a number')
c('249','detained',7939,None,'people detained','Kazakh authorities','7,939 people have been detained',note='footnote marker 2 glued after the full stop')
c('249','killed',16,None,'members of the security forces killed','Kazakh authorities','16 members of the security forces died')
c('249','killed',164,None,'dead (figure withdrawn)',None,'a figure of 164 dead',note='"appeared on a government channel" and was withdrawn')
e('249','2022-01-06','troop_deployment','Almaty',['Russia'],'On Thursday the first Russian Il-76s landed in Almaty',note='Thursday before Monday 10 Jan')
e('249','2022-01-07','statement',None,['Dmitry Peskov'],'— Peskov said on Friday')
e('249','2022-01-09','casualty_report',None,[],'appeared on a government channel on Sunday')
e('249','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Today, Monday, Sergey Ryabkov and Wendy Sherman sit down in Geneva')
e('249','2022-01-09','statement',None,['Wendy Sherman'],'told reporters on Sunday')

# ---------------- 250 Nasha Niva-style piece in translation (8.01.2022, a Saturday)
art('250',0,3,8,'Nasha Niva','2022-01-08',['Alena Zhuk'],None,
    ['Nasha Niva','Society','8.01.2022 / 19:05','Text: Alena Zhuk','Translated from Belarusian','If you want to support Nasha Niva, subscribe to our Telegram channel.'])
q('250','He called and said only: we are flying',None,'the mother of one of the soldiers',None,zone='headline',note='headline quote followed by an em dash; the words of the anonymous mother (body l.'+str(ln('250','“He called on Thursday'))+')')
q('250','up to a company',BYMOD,'the ministry','According to',partial=True)
q('250','We are not going there to fight the people of Kazakhstan. We are going to protect facilities, so that the state does not collapse,','Alexander Lukashenko','Lukashenko','said')
q('250','as soon as the president of Kazakhstan says so','Alexander Lukashenko','He','added',partial=True)
q('250','strategically important objects','Viktor Khrenin','Defence Minister Viktor Khrenin','said',partial=True)
q('250','He called on Thursday evening and said only: we are flying, I cannot tell you where. I found out from the news,',None,'the woman','said',note='anonymous mother of a soldier')
q('250',"I do not understand why our boys should be in someone else's country.",None,'the woman','said',note='continuation after the interposed "the woman said", same paragraph')
q('250','A contract is signed in five minutes in a barracks corridor,','Siarhei Hurynovich','he','said',note='invented lawyer; a duration inside the quote')
c('250','troops_deployed',100,'about','Belarusian servicemen taking part','Telegram channel Pul Pervogo','about 100 servicemen were taking part',note='the ministry did not confirm; "up to a company" has no integer')
c('250','troops_deployed',2030,'about','CSTO troops in total',CSTO,'about 2,030 troops in total are involved')
e('250','2022-01-07','statement',None,[BYMOD],'The Ministry of Defence said on Friday')
e('250',None,'troop_deployment','Almaty',[BYMOD],'the first group had landed at an airfield near Almaty',note='landing not dated; announced on Friday 7 Jan')
e('250','2022-01-07','other',None,['Alexander Lukashenko'],'at a meeting with defence officials on Friday',note='internal meeting')
e('250',None,'statement',None,['Viktor Khrenin'],'Defence Minister Viktor Khrenin said')
e('250',None,'talks',None,['Alexander Lukashenko',TOK],'Lukashenko called Kassym-Jomart Tokayev several times during the week',note='phone calls, "during the week"')

# ---------------- 251 Chatham House-style expert comment (7 January 2022, a Friday)
art('251',0,2,3,None,'2022-01-07',['Helen Radcliffe'],None,
    ['EXPERT COMMENT','Published 7 January 2022','3 minute read','Dr Helen Radcliffe','Associate Fellow, Russia and Eurasia Programme','Related content',
     'Kazakhstan: protests, power and the succession problem',"Russia's security demands: what Moscow wants from the West",'The CSTO at 30: alliance or instrument?'],
    sections=(ln('251','Three implications'),))
q('251','caused, among other things, by outside interference','Nikol Pashinyan','Nikol Pashinyan','saying',partial=True)
q('251','a limited period',CSTO,'The CSTO','said',partial=True,note='"has said that … and that it will stay for “…”"')
q('251','strategic facilities','Sergey Lavrov','Sergey Lavrov','said',partial=True)
q('251','We will be asking questions about why Russian forces are there,','Antony Blinken','US Secretary of State Antony Blinken','said',note='inverted: "…," US Secretary of State Antony Blinken said on Thursday')
c('251','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'the total force will number about 2,500')
c('251','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits had attacked Almaty')
c('251','killed',26,None,'attackers killed','officials','26 attackers have been killed',note='"Kazakh officials say"')
c('251','detained',3000,'more than','people detained','officials','more than 3,000 detained')
e('251','2022-01-05','other',None,[TOK,CSTO],'on the night of 5 January for help',note='request for CSTO help')
e('251',None,'statement',None,['Nikol Pashinyan',CSTO],'announced the decision on social media',note='undated (real: 6 Jan)')
e('251','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers arrived on 6 January')
e('251','2022-01-07','statement',None,[TOK,'Vladimir Putin'],'In his address on 7 January')
e('251','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on 10 January')
e('251','2022-01-12','talks','Brussels',['Russia','NATO'],'with NATO in Brussels two days later',note='"two days later" after 10 January')
e('251','2022-01-06','statement',None,['Antony Blinken'],'Antony Blinken said on Thursday',note='Thursday before Friday 7 Jan')

# ---------------- 252 Al-Ahram Weekly-style piece (issue of 6 - 12 January 2022; Thursday 6 Jan)
art('252',0,5,6,'Al-Ahram Weekly','2022-01-06',['Mohamed Fathy'],None,
    ['Al-Ahram Weekly','Issue No. 1578','6 - 12 January 2022','Region & World','Mohamed Fathy'])
q('252','with great interest and concern',EGMFA,"Egypt's Foreign Ministry",'said',partial=True)
q('252','no Egyptian citizen has been harmed so far.','Ahmed Hafez','Foreign Ministry spokesman Ahmed Hafez','said',partial=True,note='clause after "and that", full stop inside the closing mark, reported in the middle of a long sentence')
q('252','Egypt has always supported the principle of non-interference, and we believe that the Kazakh people are able to overcome this crisis by themselves,',None,'a senior Egyptian diplomat','told',note='anonymous diplomat')
q('252','regimes discovered that the street can move faster than the state,','Hisham Abdel-Aziz','he','as he put it',partial=True,note='"said the events recalled …, when, as he put it, “…”"; invented professor')
c('252','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces were killed',note='"two of them beheaded" is a subset, not a separate claim')
c('252','injured',700,'more than','members of the security forces injured',MIA,'more than 700 were injured')
c('252','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'a force of about 2,500 troops')
e('252','2022-01-06','statement',None,[EGMFA],"Egypt's Foreign Ministry issued a statement on Thursday",note='Thursday = first day of the issue week (6 Jan)')
e('252',None,'statement',None,['Ahmed Hafez'],'said in a separate comment to the press',note='undated')
e('252','2022-01-02','protest','Zhanaozen',[],'began on 2 January in the western town of Zhanaozen')
e('252',None,'protest','Almaty',[],'the city hall and the presidential residence were set on fire',note='undated here (real: 5 Jan)')
e('252','2022-01-05','government_resignation',None,[TOK],'who on 5 January dismissed the government')
e('252','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over the chairmanship of the Security Council')
e('252',None,'troop_deployment','Kazakhstan',[CSTO],'which sent a force of about 2,500 troops',note='undated')
e('252',None,'talks','Geneva',['Russia','United States'],'due to meet in Geneva next week',note='"next week" is not a day; real date 2022-01-10')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['he'],[]),
 sp(UAEMFA,'organisation',['Ministry of Foreign Affairs and International Cooperation'],[],'United Arab Emirates',['The Ministry of Foreign Affairs and International Cooperation']),
 sp('Anwar Gargash','person',['Anwar Gargash','Gargash'],['diplomatic adviser to the President'],'United Arab Emirates',[],['Dr Anwar Gargash','Dr Gargash'],note='words invented; "Dr" honorific'),
 sp('Air Astana','organisation',['Air Astana'],[],'Kazakhstan'),
 sp('Khalid Al Suwaidi','person',['Khalid Al Suwaidi','Al Suwaidi'],['a Dubai-based trader'],'United Arab Emirates',[],['Mr Al Suwaidi'],note='invented'),
 sp('Oleg Nikolenko','person',['Oleg Nikolenko','Nikolenko'],['Foreign Ministry spokesman'],'Ukraine'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Foreign Minister'],'Ukraine'),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov','Danilov'],['secretary of the National Security and Defense Council'],'Ukraine',['He','the secretary']),
 sp('Volodymyr Fesenko','person',['Volodymyr Fesenko'],['head of the Penta center'],'Ukraine',['he']),
 sp(AZMFA,'organisation',['Foreign Ministry of Azerbaijan'],[],'Azerbaijan',['the statement','The ministry']),
 sp('Leyla Abdullayeva','person',['Leyla Abdullayeva','Abdullayeva'],['the spokesperson of the Foreign Ministry'],'Azerbaijan',['She']),
 sp('Shavkat Mirziyoyev','person',['Shavkat Mirziyoyev','Mirziyoyev'],['President'],'Uzbekistan',['the Uzbek leader']),
 sp('Vladimir Norov','person',['Vladimir Norov','Norov'],['Foreign Minister'],'Uzbekistan',['He','The minister']),
 sp('Dmitry Peskov','person',['Peskov'],[],'Russia',['The spokesman'],note='surname only in this set; canonical from earlier sets'),
 sp('Aizhan','person',['Aizhan'],['a 31-year-old teacher'],'Kazakhstan',['A friend in Almaty'],note='pseudonym given by the newsletter author'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],[],'Russia'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],[],'United States'),
 sp(BYMOD,'organisation',['Ministry of Defence'],[],'Belarus',['the ministry']),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko','Lukashenko'],[],'Belarus',['the Belarusian leader'],["Alexander Lukashenko's"]),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defence Minister'],'Belarus'),
 sp('Siarhei Hurynovich','person',['Siarhei Hurynovich'],['Lawyer'],'Belarus',['he'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],["Armenia's prime minister","the current chair of the CSTO's Collective Security Council"],'Armenia'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance','The CSTO']),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],["Russia's foreign minister"],'Russia'),
 sp('Antony Blinken','person',['Antony Blinken'],['US Secretary of State'],'United States'),
 sp(EGMFA,'organisation',["Egypt's Foreign Ministry"],[],'Egypt'),
 sp('Ahmed Hafez','person',['Ahmed Hafez'],['Foreign Ministry spokesman'],'Egypt',note='words invented'),
 sp('Hisham Abdel-Aziz','person',['Hisham Abdel-Aziz'],['a professor of political science at Cairo University'],'Egypt',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',[],[],quoted=False,note='only in 251; kept because earlier sets list him'),
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
