#!/usr/bin/env python3
"""Source of the devset115 annotation: the hand-chosen spans, values and dates for 1013-1020.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset115/annotation_source.py && python3 tests/devset115/verify.py
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
BHMFA='Bahraini Ministry of Foreign Affairs'; EGMFA='Egyptian Foreign Ministry'; LBMFA='Lebanese Foreign Ministry'
ILMFA='Israeli Foreign Ministry'; MAEMB='Moroccan Embassy in Kazakhstan'; TRPRES='Turkish Presidency'

# ---------------- 1013 Al Mayadeen English (13 Jan 2022, a Thursday)
art('1013',0,4,5,'Al Mayadeen English','2022-01-13',[],None,
    ['Al Mayadeen English','News  |  Politics  |  Opinion  |  Culture  |  Live','World News','By Al Mayadeen English','Source: Agencies','13 Jan 2022 18:05',
     ' Share   Tweet   Copy link','Read more: Tokayev: Foreign-trained militants behind Almaty attacks','Tags: Russia   Kazakhstan   NATO   OSCE   CSTO','© 2022 Al Mayadeen English. All rights reserved.'],
    sections=(ln('1013','Withdrawal from Kazakhstan'),))
q('1013','dead end','Sergey Ryabkov','Ryabkov','says',partial=True,zone='headline',note='two-word partial in the headline ("Ryabkov says … hit “dead end”"); the same words recur inside the full body quote')
q('1013','no reason','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','said',partial=True)
q('1013','We see a lack of readiness on the American side to hear us on the key issues. This is a dead end, and I do not know where it leads,','Sergey Ryabkov','Ryabkov','told')
q('1013','will not wait forever','Sergey Ryabkov','The Russian diplomat','added',partial=True,note='title-only mention')
q('1013','higher today than at any point in three decades.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warned',partial=True,note='"three decades" inside the quote is a duration, not a claim')
q('1013','We need a clear answer. If there is none, we will draw our own conclusions,','Alexander Lukashevich','he','said',note='he = Lukashevich, named with "told reporters" in the sentence before')
q('1013','The tasks set before the peacekeeping contingent have been fully completed,','Andrei Serdyukov','Serdyukov','said')
q('1013',"an attempted coup d'état.",TOK,'Tokayev','described as',partial=True,note='straight apostrophe inside a straight-quoted span; full stop inside the mark')
q('1013','any foreign interference','Saeed Khatibzadeh',"Iran's Foreign Ministry spokesman Saeed Khatibzadeh",'said',partial=True)
c('1013','troops_deployed',2030,'about','CSTO servicemen deployed in Kazakhstan',RDM,'some 2,030 servicemen were deployed',note='"According to the ministry"')
c('1013','detained',9900,None,'people detained during the events',MIA,'9,900 people were detained')
e('1013','2022-01-13','statement',None,['Sergey Ryabkov'],'Sergey Ryabkov said on Thursday')
e('1013','2022-01-12','talks','Brussels',['NATO','Russia'],'a day after the NATO-Russia Council met in Brussels',note='"a day after" Thursday 13 Jan')
e('1013','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'held its Permanent Council meeting in Vienna on the same day',note='"on the same day" = Thursday')
e('1013',None,'statement',None,['Alexander Lukashevich'],'told reporters that the talks would be judged',note='undated')
e('1013',None,'withdrawal','Kazakhstan',[RDM,CSTO],'had started loading equipment onto aircraft',note='undated (reported on 13 Jan)')
e('1013','2022-01-13','other','Almaty',['Andrei Serdyukov'],'at a ceremony in Almaty on Thursday')
e('1013','2022-01-11','statement',None,[TOK],'announced on Tuesday that the mission would end')
e('1013',None,'statement',None,['Saeed Khatibzadeh'],'said last week that Tehran rejects',note='"last week" is not a day')

# ---------------- 1014 Bahrain News Agency (Fri 07/01/2022 = 7 January, DD/MM)
art('1014',0,5,7,'Bahrain News Agency','2022-01-07',[],'Manama',
    ['Bahrain News Agency','بنا','Home | Local | Regional | International | Economy | Sports','International','Fri 07/01/2022 - 16:12',
     'SM/HA','BNA 1612 GMT 2022/01/07','Related News','Bahrain condemns terrorist attack in Somalia','HM the King receives cables of congratulations'])
q('1014','to preserve its security and stability and protect the lives of its citizens',BHMFA,'The Ministry of Foreign Affairs','has expressed',partial=True,note='closing mark before the full stop')
q('1014','exercise the utmost caution',BHMFA,'the ministry','called on',partial=True)
q('1014','The Kingdom of Bahrain stands by Kazakhstan in these difficult circumstances and is confident in the wisdom of its leadership,','Abdullatif bin Rashid Al Zayani','Dr. Al Zayani','affirmed',note='honorifics "HE Dr." on first mention, "Dr. Al Zayani" in the cue')
q('1014','is under the full control of the authorities.','Mukhtar Tileuberdi','The Kazakh minister','saying',partial=True,note='"for his part, thanked …, saying that …"')
q('1014','will spare no effort','Khalil Ebrahim Al Khayyat','Ambassador Khalil Ebrahim Al Khayyat','said',partial=True,note='name followed by a role in apposition')
c('1014','killed',26,None,'armed rioters killed',MIA,'26 armed rioters were killed')
c('1014','detained',3000,'more than','people detained',MIA,'more than 3,000 people were detained')
c('1014','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers lost their lives')
e('1014','2022-01-07','statement',None,[BHMFA],'In a statement today',note='"today" = dateline day')
e('1014','2022-01-06','talks',None,['Abdullatif bin Rashid Al Zayani','Mukhtar Tileuberdi'],'received a phone call yesterday',note='"yesterday" from Fri 7 Jan')
e('1014','2022-01-07','casualty_report',None,[MIA],'released by the Kazakh Interior Ministry on Friday')
e('1014','2022-01-02','protest',None,[],'The unrest erupted on 2 January')
e('1014','2022-01-05','protest','Almaty',[],"where the mayor's office was stormed on Wednesday")
e('1014','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in the country on Thursday')
e('1014',None,'statement',None,['Khalil Ebrahim Al Khayyat'],'Assistant Undersecretary for Consular Affairs, said',note='undated')

# ---------------- 1015 Daily News Egypt (January 10, 2022, a Monday)
art('1015',0,4,8,'Daily News Egypt','2022-01-10',['Hossam Mounir'],None,
    ['Daily News Egypt','Egypt | Politics | Business | World | Opinion','World','Hossam Mounir','January 10, 2022',
     '(Photo: AFP) Russian servicemen board a military transport plane at the Chkalovsky airfield outside Moscow.',
     'Hossam Mounir is a journalist covering foreign affairs for Daily News Egypt.','Share this:','Facebook  Twitter  LinkedIn  WhatsApp','Related Posts','Egypt, Kazakhstan discuss boosting tourism ties'])
q('1015','complex, but businesslike.','Sergey Ryabkov','Ryabkov','told',partial=True)
q('1015','Moscow showed that it can move some 2,500 troops across thousands of kilometres in less than 48 hours. Washington is reading that message very carefully in Geneva,','Walid Sorour','Sorour','said',note='invented analyst; first mention one paragraph earlier ("told Daily News Egypt")')
q('1015','every interest in de-escalation.','Walid Sorour','He','added',partial=True)
q('1015','I do not think so. Tokayev needs the Russians for a week, not for a decade.','Walid Sorour','Sorour','said',note='cue before the quote with a colon: "Sorour said: “…”"')
q('1015','A precedent has been set. The next time a capital in the region calls Moscow, it will be easier to say yes,','Rania El-Sherbiny','she','said')
c('1015','killed',164,None,'people killed in the unrest','state television','164 people had been killed',note='figure later removed from the channel\'s website; "including three children" is a subset and is not a separate claim')
c('1015','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('1015','troops_deployed',2500,'about','troops moved by Moscow to Kazakhstan','Walid Sorour','some 2,500 troops',note='inside a quote; the analyst is the source')
e('1015','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'sat down in Geneva on Monday')
e('1015','2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'a working dinner on Sunday evening')
e('1015',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'only days after Russian paratroopers landed in Kazakhstan',note='"only days after" is not a date')
e('1015','2022-01-09','casualty_report',None,['state television'],'state television reported on Sunday')
e('1015','2022-01-06','statement',None,[EGMFA],'said last Thursday that it was following',note='"last Thursday" from Monday 10 Jan')
e('1015','2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia Council meeting in Brussels on Wednesday',note='future')
e('1015','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')

# ---------------- 1016 L'Orient Today (08 January 2022 at 13h20, a Saturday)
art('1016',0,5,6,"L'Orient Today",'2022-01-08',['Rania Haddad'],'BEIRUT',
    ["L'Orient Today",'Lebanon   Middle East   World   Opinion   Culture','Lire en français','WORLD','OLJ / By Rania Haddad, 08 January 2022 at 13h20',
     'Rania Haddad','Translated by Joelle El Khoury','Read also','In Almaty, the Lebanese community waits for the internet to return'])
q('1016','We hid in the dormitory for three days','Karim Zein','Karim Zein',None,zone='headline',note='headline quote followed by a colon; shortened from the body quote')
q('1016','We hid in the dormitory for three days. We heard shooting every night and we had no internet to tell our families we were alive,','Karim Zein','Karim Zein','said',note='inverted cue ",” said NAME, a 22-year-old …"')
q('1016','safe and accounted for,',LBMFA,'The Lebanese Foreign Ministry','said',partial=True)
q('1016','with great attention','Abdallah Bou Habib','Minister Abdallah Bou Habib','said',partial=True,note='"quoted in a ministry statement, said"')
q('1016','overcome this ordeal quickly.','Abdallah Bou Habib','Minister Abdallah Bou Habib','said',partial=True)
q('1016','Then the Russians came on Thursday and the streets became very quiet, too quiet,','Maya Khoury','she','said')
q('1016','at the request of a legitimate government','Alexander Rudakov',"Russia's ambassador in Beirut, Alexander Rudakov",'told',partial=True)
q('1016','not stay one day longer than necessary.','Alexander Rudakov',"Russia's ambassador in Beirut, Alexander Rudakov",'told',partial=True)
q('1016','The airport is closed for now. When it reopens, we will see who wants to come back,',None,'a source at the ministry','told',note='anonymous ministry source ("the source told L\'Orient Today")')
c('1016','killed',26,None,'"criminals" killed','Kazakh authorities','26 "criminals" were killed',note='one-word scare quote excluded from quotes')
c('1016','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces died',note='"two of whom were found decapitated" is a subset, not a claim')
c('1016','detained',4400,'more than','people detained',MIA,'More than 4,400 people were detained')
e('1016','2022-01-07','statement',None,[LBMFA],'The Lebanese Foreign Ministry said Friday')
e('1016','2022-01-08','casualty_report',None,[MIA],'the Interior Ministry said Saturday')
e('1016','2022-01-05','protest','Almaty',[],'when crowds stormed the Almaty city hall',note='"the worst night was Wednesday"')
e('1016','2022-01-06','troop_deployment','Almaty',['Russia'],'Then the Russians came on Thursday',note='inside a quote')
e('1016','2022-01-07','statement','Beirut',['Alexander Rudakov'],'told reporters on Friday that Moscow')

# ---------------- 1017 Arutz Sheva (11/01/22 = 11 January 2022, a Tuesday)
art('1017',0,4,5,'Arutz Sheva','2022-01-11',['Eliyahu Ben-Ami'],None,
    ['Israel National News - Arutz Sheva','Israel News  |  Jewish World  |  Middle East  |  Opinion','Jewish World','Eliyahu Ben-Ami , 11/01/22 16:32',
     'Tags: Kazakhstan   Russia   Jewish communities','Share   Tweet   WhatsApp   Email','Arutz Sheva is on Telegram - join our channel'])
q('1017','Nobody from our community was hurt, thank G-d. The synagogue was closed for two days, which has not happened in living memory,','Mendel Gurevich','Rabbi Mendel Gurevich','said',note='inverted cue; "two days" is a duration')
q('1017','People were frightened, but nobody was alone,','Mendel Gurevich','he','said')
q('1017','is closely monitoring the situation.','Lior Haiat','A ministry spokesman, Lior Haiat','said',partial=True)
q('1017','successfully completed',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('1017','will take no more than ten days.',TOK,'He','added',partial=True)
q('1017','a class of the super-rich',TOK,'Tokayev','accused',partial=True)
q('1017','Putin is telling Washington: this is my neighborhood, and I decide who keeps order in it,','Ilana Vexler','she','said',note='name (Putin) inside the quote; speaker introduced as "Dr. Ilana Vexler" in the sentence before')
q('1017','a handful','Jewish Agency','The Jewish Agency','said',partial=True,note='borderline: a vague quantity in quotes; kept as partial')
c('1017','troops_deployed',2030,'about','CSTO troops deployed',CSTO,'some 2,030 troops',note='"according to its secretariat"')
c('1017','other',250,'about','pieces of military hardware deployed by the CSTO',CSTO,'about 250 pieces of military hardware')
c('1017','killed',164,None,'people killed during the violence','officials','164 people were killed',note='"Kazakh officials have said"')
c('1017','detained',9900,None,'people detained',MIA,'9,900 people were detained')
e('1017','2022-01-11','statement','Almaty',['Mendel Gurevich'],"the city's rabbi told Arutz Sheva on Tuesday")
e('1017','2022-01-09','statement',None,['Lior Haiat',ILMFA],'said on Sunday that Israel')
e('1017','2022-01-11','statement',None,[TOK],'In a speech to parliament on Tuesday')
e('1017','2022-01-13','withdrawal','Kazakhstan',[CSTO],'its withdrawal would begin in two days',note='"in two days" from the Tuesday speech; planned')
e('1017',None,'appointment',None,[TOK,'Alikhan Smailov'],'named a new prime minister',note='undated here (real: 11 Jan)')
e('1017','2022-01-10','talks','Geneva',['Russia','United States'],'the talks in Geneva on Monday')

# ---------------- 1018 Hespress English (Monday 10 January 2022)
art('1018',0,4,9,'Hespress English','2022-01-10',[],'Nur-Sultan',
    ['Hespress English','Politics   Society   Economy   World   Sport','World','Hespress English - MAP','Monday 10 January 2022 - 14:35',
     'Share on Facebook   Share on Twitter','Follow Hespress English on Google News','Copyright © 2022 Hespress English'])
q('1018','The embassy has been in permanent contact with the students since the first day of the events, and none of them has been injured,','Mohamed Rida El Fassi','Ambassador Mohamed Rida El Fassi','said in a statement')
q('1018','remains mobilized around the clock.','Mohamed Rida El Fassi','The diplomat','added',partial=True)
q('1018','The banks reopened yesterday and we could finally buy food. Last Wednesday we heard explosions near the university,','Youssef Benali','he','said')
q('1018','thanks to the decisive actions',TOK,'Tokayev','said',partial=True)
q('1018','the stability, security and territorial integrity','Morocco','Morocco','has said',partial=True,note='a state as speaker')
c('1018','killed',164,None,'people killed in the unrest','Kazakh authorities','164 people had been killed in the unrest',note='figure withdrawn')
c('1018','detained',7939,None,'people detained','Kazakh authorities','7,939 had been detained')
c('1018','troops_deployed',2500,'about','soldiers sent by the CSTO',None,'which sent about 2,500 soldiers',note='the CSTO is the subject that sent them; source null (as devset19 252)')
e('1018','2022-01-10','statement','Nur-Sultan',[MAEMB],'said on Monday that all Moroccan students')
e('1018','2022-01-05','other',None,[MAEMB],'a crisis cell set up on January 5')
e('1018','2022-01-09','other','Almaty',[],'The banks reopened yesterday',note='inside a quote; "yesterday" from Monday 10 Jan')
e('1018','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e('1018','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'held an extraordinary video summit on Monday')

# ---------------- 1019 Ahval (Jan 12 2022, a Wednesday)
art('1019',0,4,5,'Ahval','2022-01-12',[],None,
    ['AHVAL','News  Opinion  Turkey  Economy  Video  Podcast','Turkey-Russia','Ahval','Jan 12 2022 13:48 Gmt+3','Last Updated On: Jan 12 2022 15:02 Gmt+3',
     'Ahval is an independent news site. Support us.','Share   Tweet   Email'])
q('1019','all kinds of support.',TRPRES,'the presidency','called',partial=True,note='"what the presidency called “…”"')
q('1019','with the brotherly Kazakh people','Mevlüt Çavuşoğlu','Turkish Foreign Minister Mevlüt Çavuşoğlu','said',partial=True)
q('1019','The Turkic world project was put to its first real test, and Ankara sent a tweet while Moscow sent paratroopers,','Burak Ertem','Burak Ertem','said',note='inverted cue; invented analyst')
q('1019','If we call ourselves a big brother, we should behave like one. Instead we waited for Moscow to decide,','Ahmet Kaya Durmaz','he','said',note='he = the opposition deputy; the one-word "spectator" before it is excluded')
q('1019','with wisdom and patience',None,'A columnist for the daily Sabah','wrote',partial=True,note='unnamed columnist')
q('1019','an act of aggression',TOK,'Tokayev','told',partial=True,note='"told … through his own minister"')
c('1019','troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',CSTO,'Some 2,030 CSTO troops')
c('1019','detained',10000,'almost','people detained','Kazakh authorities','almost 10,000')
e('1019','2022-01-10','talks',None,['Recep Tayyip Erdoğan',TOK],'spoke by phone with Kazakh President Kassym-Jomart Tokayev only on Monday')
e('1019','2022-01-11','talks',None,['Organization of Turkic States','Mevlüt Çavuşoğlu'],'held an emergency video meeting of foreign ministers on Tuesday')
e('1019','2022-01-12','withdrawal','Kazakhstan',[CSTO],'which said on Wednesday that the withdrawal had started')
e('1019','2022-01-11','statement','Ankara',['Ahmet Kaya Durmaz'],'told parliament on Tuesday')
e('1019','2022-01-12','other','Almaty',['Turkish Airlines'],'Turkish Airlines resumed some flights to Almaty on Wednesday')

# ---------------- 1020 IFP News (January 8, 2022, a Saturday)
art('1020',0,4,9,'IFP News','2022-01-08',[],None,
    ['IFP News','Iran Front Page','Home > Politics > Foreign Policy','January 8, 2022 - 19:40 | Politics','News ID: 118653','Share: Facebook Twitter Telegram WhatsApp',
     'Related News','Iran, Kazakhstan FMs discuss bilateral ties, regional issues','Khatibzadeh: Iran watching developments in Kazakhstan','IFP Editorial Staff'])
q('1020','respects the sovereignty and independence of Kazakhstan','Hossein Amirabdollahian','Amirabdollahian','said',partial=True)
q('1020','We are confident that the wise people of Kazakhstan will not allow foreigners to take advantage of the situation,','Hossein Amirabdollahian','the top Iranian diplomat','said')
q('1020','The Islamic Republic of Iran is opposed to any kind of foreign interference in the internal affairs of Kazakhstan,','Saeed Khatibzadeh','he','said')
q('1020','the Americans are always looking for a new front','Hamid Rezaei','political analyst Hamid Rezaei','said',partial=True,note='invented analyst')
c('1020','detained',4000,'more than','people detained since the unrest erupted','Kazakh media','more than 4,000 people have been detained')
c('1020','killed',26,None,'armed rioters killed','Kazakh media','26 armed rioters have been killed')
c('1020','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces lost their lives')
c('1020','troops_deployed',2500,'about','CSTO troops to be sent',CSTO,'about 2,500 troops would be sent')
e('1020','2022-01-08','talks',None,['Hossein Amirabdollahian','Mukhtar Tileuberdi'],'In the Saturday phone call')
e('1020','2022-01-06','statement',None,['Saeed Khatibzadeh'],'said on Thursday that Tehran')
e('1020','2022-01-02','protest',None,[],'since the unrest erupted on January 2')
e('1020','2022-01-07','statement',None,['Hamid Rezaei'],'Speaking on state TV on Friday')
e('1020',None,'statement',None,['Iranian embassy in Nur-Sultan'],'has said that no Iranian national has been harmed',note='undated')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['The Russian diplomat']),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['he']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General'],'Russia'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President','President'],'Kazakhstan',['He'],["Tokayev's"]),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],["Iran's Foreign Ministry spokesman"],'Iran',['he']),
 sp(BHMFA,'organisation',['Ministry of Foreign Affairs'],[],'Bahrain',['the ministry']),
 sp('Abdullatif bin Rashid Al Zayani','person',['Abdullatif bin Rashid Al Zayani','Al Zayani'],['Foreign Minister'],'Bahrain',[],['HE Dr. Abdullatif bin Rashid Al Zayani','Dr. Al Zayani'],note='words invented'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi','Tileuberdi'],['Kazakh Foreign Minister'],'Kazakhstan',['The Kazakh minister']),
 sp('Khalil Ebrahim Al Khayyat','person',['Khalil Ebrahim Al Khayyat'],['Ambassador','Assistant Undersecretary for Consular Affairs'],'Bahrain',note='invented'),
 sp('Walid Sorour','person',['Walid Sorour','Sorour'],['head of the international studies unit at the Al-Ahram Center for Political and Strategic Studies'],'Egypt',['He'],note='invented'),
 sp('Rania El-Sherbiny','person',['Rania El-Sherbiny'],[],'Egypt',['she'],note='invented'),
 sp('Karim Zein','person',['Karim Zein'],['a 22-year-old medical student from Tyre'],'Lebanon',note='invented'),
 sp(LBMFA,'organisation',['Lebanese Foreign Ministry'],[],'Lebanon'),
 sp('Abdallah Bou Habib','person',['Abdallah Bou Habib'],['Minister'],'Lebanon',note='words invented'),
 sp('Maya Khoury','person',['Maya Khoury'],[],'Lebanon',['she'],note='invented'),
 sp('Alexander Rudakov','person',['Alexander Rudakov'],["Russia's ambassador in Beirut"],'Russia',note='words invented'),
 sp('Mendel Gurevich','person',['Mendel Gurevich','Gurevich'],['Rabbi'],'Kazakhstan',['he',"the city's rabbi"],note='invented'),
 sp('Lior Haiat','person',['Lior Haiat'],['A ministry spokesman'],'Israel',note='words invented'),
 sp('Ilana Vexler','person',['Ilana Vexler'],['a historian who follows Russian affairs'],'Israel',['she'],['Dr. Ilana Vexler'],note='invented'),
 sp('Jewish Agency','organisation',['Jewish Agency'],[],'Israel'),
 sp('Mohamed Rida El Fassi','person',['Mohamed Rida El Fassi'],['Ambassador'],'Morocco',['The diplomat'],note='invented'),
 sp('Youssef Benali','person',['Youssef Benali'],['a fifth-year medical student in Almaty'],'Morocco',['he'],note='invented'),
 sp('Morocco','organisation',['Morocco'],[],'Morocco',note='the state as speaker'),
 sp(TRPRES,'organisation',['the presidency'],[],'Turkey'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu'],['Turkish Foreign Minister'],'Turkey',note='words invented'),
 sp('Burak Ertem','person',['Burak Ertem'],['a fellow at the Economic Policy Research Foundation of Turkey (TEPAV)'],'Turkey',note='invented'),
 sp('Ahmet Kaya Durmaz','person',['Ahmet Kaya Durmaz'],['Opposition deputy'],'Turkey',['he'],note='invented'),
 sp('Hossein Amirabdollahian','person',['Hossein Amirabdollahian','Amirabdollahian'],["Iran's Foreign Minister"],'Iran',['the top Iranian diplomat']),
 sp('Hamid Rezaei','person',['Hamid Rezaei'],['political analyst'],'Iran',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in several files; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',quoted=False,note='mentioned in 1017 and 1018; his "colour revolutions" is an excluded label'),
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
