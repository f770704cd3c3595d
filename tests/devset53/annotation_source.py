#!/usr/bin/env python3
"""Source of the devset53 annotation: the hand-chosen spans, values and dates for 517-524.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset53/annotation_source.py && python3 tests/devset53/verify.py
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
ARMFA='Argentine Foreign Ministry'; UYMFA='Uruguayan Foreign Ministry'; RUMFA='Russian Foreign Ministry'; BRMFA='Brazilian Foreign Ministry'
CLMFA='Chilean Foreign Ministry'; PGO="Kazakh Prosecutor General's Office"; KZA='Kazakh authorities'

# ---------------- 517 MercoPress item (Saturday, January 8th 2022)
art('517',0,ln('517','Argentina and Uruguay urge'),ln('517','Buenos Aires and Montevideo both'),'MercoPress','2022-01-08',[],None,
    ['MercoPress','South Atlantic News Agency','Home | Argentina | Uruguay | Brazil | Falklands | International','Saturday, January 8th 2022 - 09:41 UTC',
     'Tags: Argentina, Uruguay, Kazakhstan, CSTO, Russia','Share: Facebook | Twitter | WhatsApp | E-mail','Top Stories:',
     'Falklands: fishing licences for 2022 season announced','Mercosur ministers to meet in Montevideo next month','© MercoPress - All rights reserved'])
q('517','with deep concern',ARMFA,"Argentina's Foreign Ministry",'said',partial=True,note='the sentence also ends "according to a note published by the Palacio San Martín"')
q('517','avoid further loss of life and seek a peaceful way out of the crisis,',ARMFA,"Argentina's Foreign Ministry",'said',partial=True,note='second partial in the same sentence ("and called on all parties to …"); comma inside the mark')
q('517','Uruguay supports dialogue and the full respect of human rights in every circumstance,',UYMFA,'the ministry','said',note='"the ministry said in a tweet"; antecedent "Uruguay\'s Foreign Ministry" in the previous sentence')
q('517','Anyone who keeps shooting will be eliminated,',TOK,'he','said',note='"he" = President Kassym-Jomart Tokayev earlier in the paragraph')
q('517','This is a classic Moscow operation in its near abroad, fast and framed as a request from an ally,','Martín Echeverry','Martín Echeverry','said',note='inverted cue "…," said NAME, a professor …; the following "He added that …" is unquoted')
c('517','killed',26,None,'"armed criminals" killed ("liquidated")',MIA,'26 "armed criminals" had been "liquidated"',note='scare-quoted label and a one-word quoted verb after the figure (both excluded from quotes)')
c('517','killed',18,None,'police and national guard officers killed',MIA,'18 police and national guard officers had died',note='"two of them beheaded" (a subset) is not recorded')
c('517','detained',3811,None,'people detained',MIA,'3,811 people had been detained',note='"It added" = the Interior Ministry')
c('517','aircraft',70,'more than','Russian transport planes flying troops in',RDM,'more than 70 transport planes')
e('517','2022-01-07','statement',None,[ARMFA,UYMFA],'Buenos Aires and Montevideo both issued short statements on Friday',note='"on Friday" from Saturday 8 Jan')
e('517','2022-01-02','protest','Zhanaozen',[],'The unrest started on January 2')
e('517','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('517','2022-01-07','statement',None,[TOK],'In a televised address the same day',note='"the same day" = the Friday of the previous paragraph')
e('517','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'agreed on Thursday to send what it describes as peacekeepers',note='the decision to send; "on Thursday" from Saturday')
e('517','2022-01-10','talks','Geneva',['Russia','United States'],'negotiators meet in Geneva on Monday',note='"on Monday" (future) from Saturday 8 Jan')

# ---------------- 518 Mexico News Daily item (Monday, January 10, 2022)
art('518',0,ln('518','Foreign Relations Ministry monitoring'),ln('518','Ebrard says none has been hurt'),'Mexico News Daily','2022-01-10',[],None,
    ['Mexico News Daily','News | Politics | Opinion | Travel | Living | Subscribe','NEWS','Published on Monday, January 10, 2022','By Mexico News Daily',
     'With reports from Reuters and El Universal','Related: Mexican tourists stranded in Peru after protests close airport','Share this: Facebook  Twitter  WhatsApp',
     'Support Mexico News Daily: become a subscriber for less than US $1 a week.'])
q('518','None of our compatriots has been injured and all of them are in safe places,','Marcelo Ebrard','Foreign Minister Marcelo Ebrard','wrote',note='inverted cue "…," Foreign Minister NAME wrote on Twitter')
q('518','a considerable number of foreign nationals.',MIA,'The Interior Ministry','said',partial=True)
q('518','largely been restored.',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='subject separated from "said on Friday" by a relative clause containing the one-word "terrorists," (excluded)')
q('518','We heard shooting all night on Wednesday and nobody knew what was happening,','Gabriela Solís','she','said')
q('518','Now the streets are quiet, but there are soldiers everywhere.','Gabriela Solís','she','said',note='second half after the interposed "she said."')
q('518','They have treated us like their own children,','Gabriela Solís','she','added',note='previous sentence "Solís said she …" is indirect speech')
q('518','If Russia ends up stronger in Central Asia, it gains leverage in every negotiation, including with the United States,','Andrea Villaseñor','Andrea Villaseñor','said',note='inverted cue; the sentence before names only "Analysts in Mexico City"')
c('518','killed',164,None,'people killed in the violence',KZA,'164 people had been killed in the violence',note='the text adds that the figure was later withdrawn')
c('518','killed',103,None,'people killed in Almaty',KZA,'including 103 in Almaty',note='subset of the 164, kept because a figure with its own place (gold 001 kept "two of his deputies")')
c('518','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c('518','troops_deployed',2030,'about','CSTO soldiers guarding airports and power plants',CSTO,'about 2,030 soldiers according to the alliance')
e('518','2022-01-09','statement',None,['Mexican Foreign Relations Ministry'],'said on Sunday that it was in contact',note='SRE; "on Sunday" from Monday 10 Jan')
e('518',None,'statement',None,['Marcelo Ebrard'],'wrote on Twitter. He said the embassy',note='undated tweet (probably 9 Jan)')
e('518','2022-01-09','casualty_report',None,[KZA],'Kazakh authorities said Sunday')
e('518','2022-01-07','statement',None,[TOK],'said on Friday that constitutional order')
e('518','2022-01-05','other','Almaty',[],'We heard shooting all night on Wednesday',note='shooting in Almaty, inside a quote; "Wednesday" before Monday 10 Jan')
e('518','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')

# ---------------- 519 Colombia Reports piece (January 11, 2022, a Tuesday)
art('519',0,ln('519','Geneva talks end without breakthrough'),ln('519','Russian and US diplomats ended'),'Colombia Reports','2022-01-11',['Lucía Restrepo'],None,
    ['Colombia Reports','Colombia news | Politics | Economy | Security | World | Data','January 11, 2022','World','by Lucía Restrepo  January 11, 2022',
     'Colombia Reports is an independent news website. Support our journalism on Patreon.','Related posts','Duque government rejects Russian "interference" claims',
     "Colombia's defense ministry reports fewer coca fields in 2021",'Leave a Reply','Your email address will not be published.'])
q('519','very seriously','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','told reporters',partial=True,note='subject and cue separated by a relative clause')
q('519','For us it is absolutely obligatory that Ukraine does not join the alliance, not now and not later,','Sergey Ryabkov','Ryabkov','said')
q('519','not on the table for us.','Wendy Sherman','Deputy Secretary of State Wendy Sherman','said',partial=True,note='nearest name before the cue is the title phrase; "His counterpart" refers back to Ryabkov')
q('519','to decide for Ukraine which club it joins,','Wendy Sherman','she','told',partial=True,note='"she told a phone briefing"')
q('519','successfully completed','Kassym-Jomart Tokayev','Tokayev','told parliament',partial=True)
q('519',"attempted coup d'état.",'Kassym-Jomart Tokayev','Tokayev','said',partial=True)
q('519','Kazakhstan asked and in less than 24 hours there were planes on the runway,','Hernán Quiroga','Quiroga','said',note='first mention "retired general Hernán Quiroga" is in the previous paragraph with "said" and no quote')
q('519','Venezuela has been told for years that the same could happen there, and Bogotá should take that seriously.','Hernán Quiroga','Quiroga','said',note='continuation after the interposed "Quiroga said."')
q('519','very worrying','Iván Duque','President Iván Duque','called',partial=True,note='cue "called the violence … \\"very worrying\\""; words invented')
c('519','troops_deployed',100000,'about','Russian troops massed near Ukraine\'s border','US estimates','around 100,000 troops near Ukraine\'s border',note='"around" → about')
c('519','troops_deployed',2030,None,'troops sent by the CSTO',CSTO,'The alliance had sent 2,030 troops',note='"a CSTO spokesman said"')
c('519','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
e('519','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'ended nearly eight hours of talks in Geneva on Monday')
e('519','2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday in Nur-Sultan, Tokayev told parliament',note='"On Tuesday" = the publication day')
e('519','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin in two days',note='"in two days" counted from the Tuesday speech')
e('519','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said the day before',note='"the day before" = the day before Tuesday')
e('519',None,'statement',None,['Iván Duque'],'President Iván Duque last week called',note='"last week" is not a day')
e('519','2022-01-12','talks','Brussels',['NATO','Russia'],'The Russia–NATO Council meets in Brussels on Wednesday')
e('519','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday')

# ---------------- 520 Tico Times piece (January 12, 2022, a Wednesday)
art('520',0,ln('520','Costa Rican student in Kazakhstan:'),ln('520','A Costa Rican student living in Almaty'),'The Tico Times','2022-01-12',['Alejandro Zúñiga Castro'],None,
    ['The Tico Times','Costa Rica News | Travel | Real Estate | Pura Vida','Home » World','January 12, 2022','Alejandro Zúñiga Castro','Share: Facebook  Twitter  WhatsApp',
     'Read more: Costa Rica confirms new omicron record; hospitals under pressure','Stay informed: Subscribe to The Tico Times newsletter','Tico Times / Costa Rica News'])
q('520','On Thursday the internet came back for ten minutes and I sent my mother a voice note saying I was alive,','Daniela Mora','Mora','said')
q('520','Then it went off again for two days.','Daniela Mora','Mora','said',note='continuation after the interposed "Mora said."')
q('520','People here are very kind. But everybody is afraid to talk about politics,','Daniela Mora','she','said')
q('520','follow the instructions of the local authorities and stay in contact with the consular network.','Rodolfo Solano','Foreign Minister Rodolfo Solano','asked',partial=True,note='words invented')
q('520','I want to finish my degree here,','Daniela Mora','Mora','said')
q('520',"My friends are here. I'm only going home if my parents force me.",'Daniela Mora','Mora','said',note='continuation after the interposed "Mora said."')
q('520','A mother never stops worrying, even when the news says it is over,','Lorena Vargas','she','told',note='"she told The Tico Times"; "she" = the mother, Lorena Vargas, not the student')
c('520','killed',164,None,'people who died in the week of violence','official figures','164 people died',note='"according to official figures"')
c('520','other',20000,'about','"bandits" who attacked Almaty','Kazakh government','about 20,000 "bandits"',note='one-word scare quote "bandits" excluded from quotes; type other as in earlier sets')
c('520','detained',10000,'almost','people detained across the country',KZA,'nearly 10,000 people were detained',note='"nearly" → almost; "Authorities say"')
e('520','2022-01-06','other','Almaty',[],'On Thursday the internet came back for ten minutes',note='inside a quote; "On Thursday" before Wednesday 12 Jan')
e('520','2022-01-11','statement',None,['Costa Rican Ministry of Foreign Affairs and Worship'],'said on Tuesday that it knew of four Costa Ricans')
e('520',None,'statement',None,[TOK],'has promised an investigation',note='undated')
e('520','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal is due to begin on Thursday',note='"on Thursday" (future) from Wednesday 12 Jan')
e('520',None,'other','Almaty',['Daniela Mora'],'return to classes next week',note='"next week" is not a day')

# ---------------- 521 Santiago Times piece (Thursday, 13 January 2022)
art('521',0,ln('521','OSCE talks in Vienna close a week'),ln('521','SANTIAGO – The third round'),'The Santiago Times','2022-01-13',['Tomás Aravena Lagos'],'SANTIAGO',
    ['The Santiago Times',"Chile's English-language news since 1991",'POLITICS  BUSINESS  ENVIRONMENT  TRAVEL  WORLD','WORLD','Thursday, 13 January 2022 | Written by Tomás Aravena Lagos',
     'Recommended for you','- Boric names first women-majority cabinet (Jan 21)','- Lithium tender suspended after court ruling','Comments are closed.','© 2022 The Santiago Times. All rights reserved.'])
q('521','Europe has not been this close to a large war in a generation,','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',note='inverted cue "…," NAME told the Permanent Council; words invented')
q('521','a conversation of the deaf','Alexander Lukashevich','Alexander Lukashevich','said',partial=True,note='name in apposition after "Russia\'s envoy,"; words invented')
q('521','a crisis of European security,','Michael Carpenter','Michael Carpenter','called',partial=True)
q('521','We have to take this very seriously.','Michael Carpenter','Michael Carpenter','adding',note='cue "adding:" before the quote')
q('521','Kazakhstan is a competitor and a partner at the same time,','Verónica Ibáñez','Verónica Ibáñez','said',note='the next paragraph "She noted that …" is unquoted')
q('521','a peaceful and democratic solution',CLMFA,"Chile's Foreign Ministry",'called for',partial=True)
c('521','killed',164,None,'people killed during the unrest',PGO,'164 people, including four children, were killed',note='"Kazakh prosecutors said"; "four children" (a subset) not recorded separately')
c('521','detained',9900,'more than','people detained',MIA,'More than 9,900 people had been detained')
e('521','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],'ended in Vienna on Thursday')
e('521','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday')
e('521','2022-01-10','talks','Geneva',['Russia','United States'],'the Russian-American talks in Geneva on Monday')
e('521',None,'withdrawal','Kazakhstan',[CSTO],'the Russian-led force in Kazakhstan began to leave',note='"Meanwhile," with no day (real start 13 Jan)')
e('521','2022-01-19','withdrawal','Kazakhstan',[RDM],'would be completed by January 19',note='the planned end of the Russian withdrawal')
e('521',None,'statement',None,[CLMFA],'in a statement issued last week',note='"last week" is not a day')
e('521','2022-01-12','casualty_report',None,[PGO],'Kazakh prosecutors said on Wednesday')

# ---------------- 522 Caracas Chronicles analysis (January 14, 2022, a Friday)
art('522',0,ln('522','From Almaty to La Carlota'),ln('522','When Ryabkov hinted at troops'),'Caracas Chronicles','2022-01-14',['Mariana Guzmán Febres'],None,
    ['CARACAS CHRONICLES','Politics · Economy · Culture · Podcast · Donate','ANALYSIS','Mariana Guzmán Febres','January 14, 2022','6 min read',
     'Mariana Guzmán Febres is a political scientist and Caracas Chronicles contributor based in Valencia.','Caracas Chronicles is 100% reader-supported. Become a patron.','SHARE  TWEET  EMAIL'])
q('522','neither confirm nor exclude','Sergey Ryabkov','Russian deputy foreign minister Sergey Ryabkov','told',partial=True,note='words paraphrased')
q('522',"stands with Russia against NATO's expansion and the provocations of Washington.",'Félix Plasencia','Foreign Minister Félix Plasencia','wrote',partial=True,note='words invented')
q('522','Moscow sends troops where it has a treaty, a base network and a president who owes it everything,',None,'a former Venezuelan diplomat who served in Moscow','told',note='anonymous source ("told us"), speaker null')
q('522','a few dozen, not thousands.',None,'That diplomat','added',partial=True,note='anonymous; "That diplomat … added that …"')
q('522','They protect their investments, not their friends,','Ricardo Pérez-Lugo','he','said',note='"he" = Economist Ricardo Pérez-Lugo at the start of the paragraph')
q('522','is thinking about its own security','Dmitry Peskov','Dmitry Peskov','said',partial=True,note='"Its spokesman, Dmitry Peskov," (Its = the Kremlin)')
c('522','troops_deployed',2030,None,'CSTO soldiers at the peak of the force',None,'it had 2,030 soldiers',note='no source named')
c('522','killed',164,'at least','people dead in the crackdown',PGO,'at least 164 people dead')
c('522','detained',10000,'more than','people detained',PGO,'more than 10,000 detained')
e('522','2022-01-13','statement',None,['Sergey Ryabkov'],'On Thursday, Russian deputy foreign minister Sergey Ryabkov')
e('522','2022-01-12','statement',None,['Félix Plasencia'],'wrote the day before',note='"the day before" the Thursday of the previous paragraph')
e('522','2022-01-05','other',None,[TOK,CSTO],'On January 5, Kassym-Jomart Tokayev asked')
e('522','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'Within a day, Russian paratroopers were landing',note='"Within a day" of 5 Jan')
e('522','2022-01-13','withdrawal','Kazakhstan',[CSTO],'on Thursday the first of them were already flying home')
e('522','2022-01-12','casualty_report',None,[PGO],"the prosecutor general's office gave on Wednesday")
e('522','2022-01-14','statement',None,['Dmitry Peskov'],'said on Friday that Russia')

# ---------------- 523 The Brazil Reporter piece (7 Jan 2022, a Friday)
art('523',0,ln('523','Itamaraty stays quiet'),ln('523',"Brazil's Foreign Ministry, known as Itamaraty"),'The Brazil Reporter','2022-01-07',['Felipe Andrade Nunes'],None,
    ['THE BRAZIL REPORTER',"Brazil's news in English",'HOME  POLITICS  BUSINESS  ENVIRONMENT  CULTURE  INTERNATIONAL','INTERNATIONAL','By Felipe Andrade Nunes',
     'Posted on 7 Jan 2022 at 18:20 (Brasília)','Tags: Kazakhstan, Russia, Itamaraty, Bolsonaro','Like this article? Share it:','Facebook  |  Twitter  |  LinkedIn  |  WhatsApp',
     'The Brazil Reporter © 2022. Independent journalism from Rio de Janeiro.'])
q('523','Brazil has a tradition of non-intervention and we follow it,',None,'a senior Itamaraty official','told',note='anonymous official, speaker null (the ministry is a possible alternative)')
q('523','There is nothing to add while the situation is unclear.',None,'a senior Itamaraty official','told',note='continuation in the same paragraph after the attribution')
q('523','Any interruption in the railways of Central Asia reaches our farms within weeks,','Carla Teixeira','she','said',note='"she" = Carla Teixeira, named in the previous sentence with "said" (indirect)')
q('523','When it is a friend of the president, the ministry loses its voice,','Ana Lúcia Ferraz','Deputy Ana Lúcia Ferraz','wrote',note='"Deputy" = member of the Chamber of Deputies, title not part of the name')
q('523','about 20',BRMFA,'Itamaraty','said',partial=True,note='a quoted figure (citizens, not a claim); two words, kept as a partial because it is the ministry\'s wording with a speech verb')
c('523','other',20000,None,'"terrorists" who attacked Almaty',TOK,'20,000 "terrorists" had attacked Almaty',note='one-word scare quote excluded from quotes')
c('523','killed',26,None,'attackers killed','police','26 attackers had been killed',note='"Kazakh police said"')
c('523','detained',3000,'more than','people arrested','police','more than 3,000 people arrested')
c('523','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces were killed')
e('523','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'said on Thursday it would send peacekeepers',note='the decision; "on Thursday" from Friday 7 Jan')
e('523','2022-01-07','troop_deployment','Almaty',[RDM],'said on Friday that the first units')
e('523','2022-01-07','statement',None,[TOK],'Tokayev said earlier on Friday')
e('523','2022-01-06','statement',None,['Ana Lúcia Ferraz'],'on Twitter on Thursday night')
e('523',None,'other','Moscow',['Jair Bolsonaro'],'due to visit Moscow next month',note='"next month" (February 2022)')
e('523','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday, January 10')

# ---------------- 524 teleSUR English item (Published 9 January 2022, a Sunday)
art('524',0,ln('524','CSTO Says Kazakhstan Mission'),ln('524','The alliance said its forces are guarding'),'teleSUR English','2022-01-09',[],None,
    ['teleSUR English','Multimedia | Opinion | Latin America | World | Videos','News > Kazakhstan','The Russian-led alliance rejected Western criticism of the deployment. | Photo: Twitter/@mod_russia',
     'Published 9 January 2022 (14 hours 22 minutes ago)','by: teleSUR/ JF','Sources: TASS - Sputnik','RELATED:','Kazakhstan: Tokayev Orders Troops to "Shoot to Kill Without Warning"',
     'Download the teleSUR App | Follow us on Telegram'])
q('524','As Long As Needed',CSTO,'CSTO','Says',partial=True,zone='headline',note='Title Case quote in the headline; repeats the body partial')
q('524','strategic facilities',CSTO,'The alliance','said',partial=True,note='in the dek (first_line)')
q('524','as long as needed',CSTO,'The Collective Security Treaty Organization','said',partial=True)
q('524','Our peacekeepers are not taking part in any operations against the population. Their task is the protection of strategic facilities,','Stanislav Zas','CSTO Secretary-General Stanislav Zas','told',note='inverted cue "…," NAME told Russian media; words invented')
q('524','when Russian soldiers come into a country, it can be very hard to see them go.','Antony Blinken','U.S. Secretary of State Antony Blinken','said',partial=True,note='"said that \\"…\\"" clause; words paraphrased')
q('524','Washington is the last capital that should lecture anyone about leaving, after twenty years in Afghanistan,',RUMFA,'the ministry','said',note='"the ministry said on Telegram"; words invented')
q('524','We reject the attempts to destabilize Kazakhstan from abroad,','Bruno Rodriguez','he','wrote')
q('524','the sovereign decisions of its authorities.','Bruno Rodriguez','he','adding',partial=True,note='"adding that Havana trusted \\"…\\""')
q('524','a considerable number of foreign citizens,',KZA,'Kazakh authorities','said',partial=True)
q('524','timely and effective.','Kremlin','the Kremlin','According to',partial=True,note='content of the Tokayev–Putin call as reported by the Kremlin')
c('524','troops_deployed',2500,'about','CSTO service members in the force',CSTO,'about 2,500 service members',note='"according to the CSTO"')
c('524','detained',5800,None,'people detained',KZA,'5,800 people, including')
c('524','killed',164,None,'people who died since January 2','state television','164 people had died since January 2',note='the text adds that officials called the figure a mistake')
e('524','2022-01-09','statement',None,[CSTO],'said on Sunday that its peacekeeping contingent')
e('524','2022-01-07','statement',None,['Antony Blinken'],'On Friday, U.S. Secretary of State Antony Blinken')
e('524','2022-01-08','statement',None,[RUMFA],'replied the next day',note='"the next day" after Friday')
e('524',None,'statement',None,['Bruno Rodriguez'],'he wrote on Twitter',note='undated tweet')
e('524','2022-01-09','casualty_report',None,[KZA],'Kazakh authorities said Sunday')
e('524','2022-01-08','talks',None,[TOK,'Vladimir Putin'],'held a phone call with Russian President Vladimir Putin on Saturday')
e('524','2022-01-10','talks',None,[CSTO],'extraordinary video conference on Monday',note='"on Monday" (future) from Sunday 9 Jan')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','The president']),
 sp(ARMFA,'organisation',["Argentina's Foreign Ministry"],[],'Argentina',[],[],note='also "the Palacio San Martín" (its seat)'),
 sp(UYMFA,'organisation',["Uruguay's Foreign Ministry"],[],'Uruguay',['the ministry']),
 sp('Martín Echeverry','person',['Martín Echeverry'],['a professor of international relations at the University of the Republic in Montevideo'],'Uruguay',['He'],note='invented'),
 sp('Marcelo Ebrard','person',['Marcelo Ebrard','Ebrard'],['Foreign Minister'],'Mexico',['He'],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The Interior Ministry','It']),
 sp('Gabriela Solís','person',['Gabriela Solís','Solís'],['a 24-year-old Mexican studying Russian at Al-Farabi University'],'Mexico',['she'],note='invented'),
 sp('Andrea Villaseñor','person',['Andrea Villaseñor'],['a security analyst at the National Autonomous University (UNAM)'],'Mexico',note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian deputy foreign minister'],'Russia',note='words paraphrased or invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',['she','His counterpart'],note='words invented'),
 sp('Hernán Quiroga','person',['Hernán Quiroga','Quiroga'],['retired general','a lecturer at the Universidad Externado'],'Colombia',note='invented'),
 sp('Iván Duque','person',['Iván Duque'],['President'],'Colombia',note='words invented; "Duque" alone appears in a related-post title'),
 sp('Daniela Mora','person',['Daniela Mora','Mora'],[],'Costa Rica',['A Costa Rican student living in Almaty','she'],note='invented'),
 sp('Rodolfo Solano','person',['Rodolfo Solano'],['Foreign Minister'],'Costa Rica',note='words invented'),
 sp('Lorena Vargas','person',['Lorena Vargas'],[],'Costa Rica',['Her mother','she'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',['its new chairman'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['the US ambassador to the OSCE'],'United States',note='words invented'),
 sp('Verónica Ibáñez','person',['Verónica Ibáñez'],['an analyst at the Santiago consultancy Andes Metal Research'],'Chile',['She'],note='invented'),
 sp(CLMFA,'organisation',["Chile's Foreign Ministry"],[],'Chile'),
 sp('Félix Plasencia','person',['Félix Plasencia'],['Foreign Minister'],'Venezuela',note='words invented'),
 sp('Ricardo Pérez-Lugo','person',['Ricardo Pérez-Lugo'],['Economist'],'Venezuela',['he'],note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],[],'Russia',['Its spokesman'],note='words invented'),
 sp('Carla Teixeira','person',['Carla Teixeira'],['a commodities analyst at a São Paulo brokerage'],'Brazil',['she'],note='invented'),
 sp('Ana Lúcia Ferraz','person',['Ana Lúcia Ferraz'],['Deputy'],'Brazil',[],note='invented'),
 sp(BRMFA,'organisation',['Itamaraty',"Brazil's Foreign Ministry"],[],'Brazil'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance','the alliance']),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary-General'],None,note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State'],'United States',note='words paraphrased'),
 sp(RUMFA,'organisation',["Russia's Foreign Ministry"],[],'Russia',['the ministry']),
 sp('Bruno Rodriguez','person',['Bruno Rodríguez'],["Cuba's Foreign Minister"],'Cuba',['he'],note='canonical as in devset 332 (printed there without the accent); words invented'),
 sp(KZA,'organisation',['Kazakh authorities'],[],'Kazakhstan'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['the Kremlin']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['General','Colonel-General',"commander of Russia's airborne troops"],'Russia',[],[],quoted=False,note='mentioned in 517 and 524'),
 sp(RDM,'organisation',["Russia's Defence Ministry"],[],'Russia',[],[],quoted=False,note='source of figures in 517, 521, 523'),
 sp(PGO,'organisation',["prosecutor general's office",'Kazakh prosecutors'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 521 and 522'),
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
