#!/usr/bin/env python3
"""Source of the devset73 annotation: the hand-chosen spans, values and dates for 677-684.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset73/annotation_source.py && python3 tests/devset73/verify.py
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
NB='\u00a0'; RYA='Sergey Ryabkov'; FRMFA='French Ministry for Europe and Foreign Affairs'; KNB='National Security Committee'
FDFA='Swiss Federal Department of Foreign Affairs'; PGO="Kazakh Prosecutor General's Office"; KA='Kazakh authorities'
def L(p,s): return ln(p,s)

# ---------------- 677 RFI English (Issued on: 11/01/2022 - 14:26, a Tuesday)
p='677'
art(p,0,L(p,'CSTO troops to begin leaving Kazakhstan in two days, Tokayev says'),L(p,"Kazakhstan's president says the Russian-led"),'RFI','2022-01-11',[],None,
    ['RFI','Listen  |  Live  |  Podcasts  |  Languages ▾','Asia-Pacific / Kazakhstan','Issued on: 11/01/2022 - 14:26','Modified: 11/01/2022 - 16:02','2 min',
     'Russian servicemen board a military transport plane at Chkalovsky airfield outside Moscow, 6 January 2022. AP - Russian Defence Ministry Press Service',
     'Text by: RFI','Listen - 02:11','(with AFP)','Tags: Kazakhstan  Russia  CSTO  Vladimir Putin','Share  Facebook  Twitter  Whatsapp  E-mail','Read more on related topics:',
     'Kazakhstan unrest: internet partially restored as Almaty counts the cost'])
q(p,'The main mission of the collective peacekeeping forces has been successfully completed,',TOK,'the president','told',note='"the president told deputies"; title only, antecedent in the previous paragraph')
q(p,"a well-prepared attempt at a coup d'état",TOK,'Tokayev','said',partial=True,note='one-word "terrorists" in the same sentence is excluded')
q(p,'The shops are opening again, but people are afraid to talk on the phone,','Dauren','he','said',note='first-name-only resident')
q(p,'Everyone knows someone who was taken.','Dauren','he','said',note='second half after the interposed "he said"')
q(p,'external forces to rock the boat','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q(p,'Moscow wanted to show that it can deploy quickly and leave quickly,','Clémence Vautrin','she','said')
q(p,'a shop window','Clémence Vautrin','she','describing',partial=True)
q(p,'complicated but businesslike',RYA,'Russian Deputy Foreign Minister Sergei Ryabkov','described',partial=True)
q(p,'simply non-starters','Wendy Sherman','Wendy Sherman','said',partial=True)
c(p,'detained',8000,'almost',"people detained during last week's unrest",KA,"put the number of people detained during last week's unrest at almost 8,000",note='standfirst; "authorities"')
c(p,'troops_deployed',2030,'about','CSTO troops dispatched to Kazakhstan',CSTO,'dispatched about 2,030 troops',note='"according to the CSTO secretariat"')
c(p,'other',250,None,'pieces of CSTO military hardware sent to Kazakhstan',CSTO,'250 pieces of military hardware')
c(p,'detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained')
c(p,'killed',164,None,'death toll','Kazakh Health Ministry','given a death toll of 164',note='officials later said the figure was published in error')
e(p,'2022-01-11','statement','Kazakhstan',[TOK],'Kassym-Jomart Tokayev told parliament on Tuesday')
e(p,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start pulling out in two days',note='"in two days" from Tuesday 11 Jan (planned)')
e(p,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'appointed Alikhan Smailov as prime minister at the same session')
e(p,None,'troop_deployment','Kazakhstan',[CSTO],'to Kazakhstan last week, most of them Russian',note='"last week" is a period, not a day')
e(p,'2022-01-10','casualty_report',None,[MIA],"On Monday, Kazakhstan's interior ministry said")
e(p,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'chairing an online summit of the CSTO on Monday')
e(p,'2022-01-10','talks','Geneva',[RYA,'Wendy Sherman'],'spent more than seven hours on Monday')
e(p,'2022-01-12','talks','Brussels',['NATO','Russia'],'due to meet a Russian delegation in Brussels on Wednesday')

# ---------------- 678 Libération in translation (publié le 8 janvier 2022, a Saturday); guillemets with NBSP inside
p='678'
art(p,0,L(p,'Kazakhstan: Moscow plays policeman in Central Asia'),L(p,'With the arrival of Russian paratroopers'),'Libération','2022-01-08',['Camille Berthier'],None,
    ['Libération',"Menu  Rechercher  S'abonner  Se connecter",'International / Asie','[Article translated from French]','Réservé aux abonnés',
     'par Camille Berthier, correspondante à Moscou','publié le 8 janvier 2022 à 19h42','Sur le même sujet','Russie-Otan : à Genève, un dialogue de sourds annoncé',
     '© Libération  —  Mentions légales  —  CGU'])
g=lambda s:NB+s+NB
q(p,g('a question of principle'),None,'a diplomat in Moscow','summed up',partial=True,note='French guillemets with NBSP inside the marks (kept in the quote); anonymous diplomat')
q(p,g('If Kazakhstan falls, everything falls, from Minsk to Dushanbe.'),None,'a diplomat in Moscow',None,note='stand-alone continuation, no cue')
q(p,g('fire without warning'),TOK,'he','said',partial=True)
q(p,g('What talks can there be with criminals and murderers?'),TOK,'he','asked',note='colon-introduced; cue after the closing mark')
q(p,g('Putin is not doing Tokayev a favour; he is presenting him with an invoice'),'Jean-Baptiste Fournel','Jean-Baptiste Fournel','says',note='inverted cue after "», says"; names inside the quote are not speakers')
q(p,g('Tokayev now owes his chair to Moscow, and everyone in the region has understood it.'),'Jean-Baptiste Fournel','him',None,note='"For him, … :" introduces the quote; no speech verb')
q(p,g('an end to violence and the opening of a dialogue'),FRMFA,"the Quai d'Orsay",'called for',partial=True,note='metonym for the French foreign ministry')
q(p,g('any concessions under pressure'),RYA,'Deputy Foreign Minister Sergei Ryabkov','warned',partial=True)
c(p,'aircraft',70,'more than','Russian aircraft used to fly in the contingent',RDM,'more than seventy aircraft')
c(p,'detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c(p,'killed',26,None,'"armed criminals" killed',KA,'26 «'+NB+'armed criminals',note='label in guillemets excluded from quotes')
c(p,'killed',18,None,'members of the security forces killed',KA,'18 members of the security forces')
e(p,'2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'on the night of Thursday to Friday',note='night of 6-7 Jan; first day used')
e(p,'2022-01-05','protest','Almaty',[],'which protesters had briefly seized on Wednesday')
e(p,'2022-01-07','statement',None,[TOK],'On Friday he said he had authorised')
e(p,'2022-01-08','casualty_report',None,[MIA],'The interior ministry reported on Saturday')
e(p,'2022-01-02','protest','Zhanaozen',[],'broke out on 2 January in Zhanaozen')
e(p,'2022-01-08','statement',None,[KNB],'On Saturday, the National Security Committee (KNB) announced')
e(p,'2022-01-06','arrest',None,['Karim Masimov',KNB],'had been arrested on Thursday on suspicion of high treason')
e(p,'2022-01-05','other',None,[TOK,'Karim Masimov'],'was dismissed by Tokayev on Wednesday')
e(p,'2022-01-07','statement','Paris',[FRMFA],"In Paris, the Quai d'Orsay called for",note='"on Friday" later in the sentence')
e(p,'2022-01-10','talks','Geneva',['United States','Russia'],'On Monday, American and Russian negotiators are to meet in Geneva')
e(p,'2022-01-12','talks','Brussels',['NATO','Russia'],'followed by the NATO-Russia Council in Brussels on Wednesday')
e(p,'2022-01-13','talks','Vienna',['OSCE'],'a session of the OSCE in Vienna on Thursday')
e(p,'2022-01-08','statement','Moscow',[RYA],'Sergei Ryabkov warned on Saturday')

# ---------------- 679 NRK in machine translation (Publisert 10.01.2022, a Monday); Norwegian dash quotes
p='679'
art(p,0,L(p,'Huitfeldt on the Geneva talks:'),L(p,'While Russian and American diplomats met in Geneva'),'NRK','2022-01-10',['Kari Sundby Eide'],None,
    ['NRK','Nyheter  Sport  Kultur  Distrikt  TV  Radio','Utenriks','[Automatically translated from Norwegian]','Journalist','Publisert 10.01.2022, kl. 15.41',
     'Oppdatert 10.01.2022, kl. 18.07','Del artikkelen','Les også: Kasakhstan: – De skjøt rett inn i folkemengden','Les også: Dette er CSTO','Ansvarlig redaktør  |  Personvern  |  Kontakt NRK'])
q(p,'No deals over the heads of Europeans','Anniken Huitfeldt','Huitfeldt',None,zone='headline',note='headline quote; the body gives the words as a dash quote (no marks, excluded)')
q(p,'a special interest in calm and predictability in the north','Anniken Huitfeldt','She','added',partial=True)
q(p,"an attempted coup d'état",TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q(p,'Kazakhstan will never be the same after these days,',TOK,'Tokayev','said')
q(p,'as soon as the situation has been fully stabilised',TOK,'He','promised',partial=True)
q(p,'we will not allow anyone to destabilise our common home','Vladimir Putin','Russian President Vladimir Putin','said',partial=True,note='"said … that "…"" clause embedded in the reporter\'s sentence')
q(p,'The Kremlin wanted to come to Geneva looking strong,','Ingrid Lysaker','she','said')
q(p,'not ready to compromise on core principles','Jens Stoltenberg','Stoltenberg','said',partial=True)
c(p,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c(p,'killed',164,None,'people who died in the unrest',KA,'164 people had died in the unrest')
c(p,'troops_deployed',2000,'more than','CSTO soldiers sent to Kazakhstan',None,'just over 2,000 soldiers',note='"just over" → more than; the CSTO is the subject, no attribution')
e(p,'2022-01-10','talks','Geneva',['Wendy Sherman',RYA],'met in Geneva on Monday')
e(p,'2022-01-10','other','Kazakhstan',[],'observed a national day of mourning on Monday')
e(p,'2022-01-10','casualty_report',None,[MIA],"The country's interior ministry said on Monday")
e(p,'2022-01-09','casualty_report',None,[KA],'authorities said on Sunday that 164 people')
e(p,'2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'told a video summit of the Russian-led military alliance CSTO on Monday')
e(p,'2022-01-12','talks','Brussels',['Jens Stoltenberg','NATO','Russia'],'On Wednesday, NATO Secretary General Jens Stoltenberg will chair')
e(p,'2022-01-07','statement',None,['Jens Stoltenberg'],'Stoltenberg said on Friday')

# ---------------- 680 SVT Nyheter in translation (Publicerad 12 januari 2022, a Wednesday)
p='680'
art(p,0,L(p,'Linde after NATO-Russia meeting:'),L(p,'NATO and Russia met in Brussels on Wednesday'),'SVT Nyheter','2022-01-12',['Erik Sjöberg'],None,
    ['SVT Nyheter','Inrikes  Utrikes  Lokalt  Vetenskap  Ekonomi  Kultur  Sport','UTRIKES','Publicerad 12 januari 2022 kl 10.15','Uppdaterad 12 januari 2022 kl 17.48',
     'Dela','[Translated from Swedish by the SVT Text service]','Moskvakorrespondent','Läs mer: Kazakstans president: Kuppförsöket är avvärjt',
     'Läs mer: Så fungerar CSTO – Rysslands militärallians','Dela artikeln:  Facebook  Twitter  Kopiera länk','SVT Nyheter  •  Kontakta SVT  •  Om cookies'])
q(p,"Sweden decides Sweden's security policy",'Ann Linde','Linde',None,zone='headline',note='headline condensation of the body quote')
q(p,"It is Sweden that decides Sweden's security policy, not anyone else,",'Ann Linde','Linde','told')
q(p,'a critically low point','Alexander Grushko','Grushko','told',partial=True)
q(p,'significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q(p,'There is a real risk of a new armed conflict in Europe,','Jens Stoltenberg','Stoltenberg','said')
q(p,'Putin has got Kazakhstan and Ukraine onto the same agenda,','Lena Wallin','Lena Wallin','says',note='inverted cue "says Lena Wallin"; Putin inside the quote is not the speaker')
q(p,'He shows that he can both send troops and pull them out again.','Lena Wallin','Lena Wallin','says',note='second quote in the same paragraph, after the inverted cue; "He" inside = Putin')
q(p,'It is a message to Brussels as much as to Nur-Sultan,','Lena Wallin','she','said')
c(p,'troops_deployed',2000,'about','CSTO contingent in Kazakhstan',CSTO,'its contingent of about 2,000 soldiers')
c(p,'detained',10000,'almost','people detained in connection with the unrest',MIA,'almost 10,000 people have been detained')
e(p,'2022-01-12','talks','Brussels',['NATO','Russia','Alexander Grushko','Alexander Fomin','Jens Stoltenberg'],'NATO and Russia met in Brussels on Wednesday')
e(p,'2022-01-12','statement',None,['Ann Linde'],'said on Wednesday that Sweden would never accept')
e(p,None,'statement','Brussels',['Jens Stoltenberg'],'said at a press conference at NATO headquarters',note='no day word; same day as the meeting (12 Jan)')
e(p,'2022-01-12','statement',None,[CSTO],'the Russian-led alliance CSTO said on Wednesday')
e(p,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'would complete its withdrawal by 19 January')
e(p,'2022-01-13','other','Almaty',[CSTO],'is planned for Thursday in Almaty')
e(p,'2022-01-13','talks','Vienna',['OSCE'],'The talks continue in Vienna on Thursday')

# ---------------- 681 news.ORF.at in machine translation (Publiziert am 13.01.2022, a Thursday); no author
p='681'
art(p,0,L(p,'OSCE talks in Vienna: Poland warns of war in Europe'),L(p,'After Geneva and Brussels, the third round'),'ORF','2022-01-13',[],None,
    ['news.ORF.at','Ausland  Inland  Wirtschaft  Chronik  Kultur  IT  Sport','[Machine translation from German]','red, ORF.at/Agenturen','Links:','OSZE (englisch)',
     'Außenministerium','Publiziert am 13.01.2022 13.22 Uhr','Mehr aus dem Ressort Ausland','ORF.at  •  Impressum/Offenlegung  •  Datenschutz'])
q(p,'We have not been this close to a war in Europe for thirty years,','Zbigniew Rau','Rau','said',note='"thirty years" is a duration, not a claim')
q(p,'every state is heard, large or small','Zbigniew Rau','the minister','added',partial=True)
q(p,'last chance for serious talks','Alexander Lukashevich',"Russia's OSCE ambassador Alexander Lukashevich",'spoke of',partial=True)
q(p,'measures of its own','Alexander Lukashevich','Lukashevich','told',partial=True,note='cue after the quote: "…", Lukashevich told journalists')
q(p,'City of dialogue','Alexander Schallenberg','Schallenberg',None,zone='headline',note='sub-heading "Schallenberg: …"')
q(p,'the city of dialogue','Alexander Schallenberg','Foreign Minister Alexander Schallenberg','welcomed',partial=True)
q(p,'Nobody should expect a breakthrough from a single meeting,','Alexander Schallenberg','he','said')
q(p,'no grounds for a new round in the coming days',RYA,'Deputy Foreign Minister Sergej Rjabkow (Sergei Ryabkov)','said',partial=True,note='German transliteration with the English form in brackets')
c(p,'aircraft',4,None,'Il-76 transport aircraft with soldiers leaving Almaty',RDM,'four Il-76 transport aircraft',note='"According to the Defence Ministry in Moscow"; "76" is part of the type name')
c(p,'troops_deployed',2000,'about','soldiers sent to Kazakhstan',None,'A total of about 2,000 soldiers')
c(p,'killed',160,'more than','dead',KA,'more than 160 dead')
e(p,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'took place in Vienna on Thursday')
e(p,'2022-01-13','statement','Moscow',[RYA],'said on Thursday that he saw')
e(p,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing its troops from Kazakhstan on Thursday')
e(p,None,'troop_deployment','Kazakhstan',[CSTO],'sent to the country last week',note='"last week"')
e(p,'2022-01-11','statement',None,[TOK],'had announced on Tuesday')

# ---------------- 682 NZZ in translation (14.01.2022, 05.30 Uhr, a Friday)
p='682'
art(p,0,L(p,"The CSTO leaves Kazakhstan – Moscow's influence stays"),L(p,'The Russian-led alliance is withdrawing'),'Neue Zürcher Zeitung','2022-01-14',['Andreas Imhof'],'Moskau',
    ['Neue Zürcher Zeitung','International','[English translation of the German original]','Hören  Merken  Drucken  Teilen','ANALYSE','Andreas Imhof, Moskau',
     '14.01.2022, 05.30 Uhr','Lesezeit 4 min','Passend zum Artikel','Kasachstan: Tokajew ernennt neuen Regierungschef',
     'Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.'])
q(p,'The tasks assigned to the contingent have been fulfilled in full,','Andrei Serdyukov','the commander of the CSTO force, Colonel General Andrei Serdyukov','said',note='inverted cue; role phrase before the name')
q(p,'an enormous psychological effect',TOK,'Tokayev','said',partial=True)
q(p,'a caste of the very rich',TOK,'he','said',partial=True,note='"who he said had allowed"; Nazarbayev is the nearest name but not the speaker')
q(p,'Tokayev has bought time, not legitimacy,','Thomas Gerber','Thomas Gerber','says')
q(p,'double dependence','Thomas Gerber','He','speaks of',partial=True,note='two-word evaluative phrase with a speech verb: kept as partial')
q(p,'refrain from violence and respect fundamental rights',FDFA,'The Federal Department of Foreign Affairs (FDFA)','called on',partial=True)
q(p,"The price of the rescue will be presented later – in Moscow's currency,",'Thomas Gerber','he','says')
c(p,'troops_deployed',2000,'about','CSTO soldiers being withdrawn',RDM,'the roughly 2,000 soldiers',note='"roughly" → about')
c(p,'detained',12000,'more than','people detained since the start of the protests',MIA,'more than 12,000 people have been detained')
c(p,'killed',225,None,'bodies delivered to morgues',PGO,'225 bodies delivered to morgues')
c(p,'killed',19,None,'members of the security forces among the dead',PGO,'among them 19 members of the security forces',note='subset of the 225')
e(p,'2022-01-13','withdrawal','Almaty',['Andrei Serdyukov',CSTO],'on Thursday at a ceremony in Almaty')
e(p,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'to be completed by 19 January')
e(p,'2022-01-11','statement',None,[TOK],'thanked the allies in parliament on Tuesday')
e(p,'2022-01-12','casualty_report',None,[PGO],"The Prosecutor General's Office spoke on Wednesday")
e(p,None,'statement',None,[FDFA],'had last week called on all sides',note='"last week"')

# ---------------- 683 El Mundo in translation (Actualizado Domingo, 9 enero 2022 - 01:12)
p='683'
art(p,0,L(p,'Kazakhstan arrests its former spy chief'),L(p,'Karim Masimov, a close ally of Nursultan Nazarbayev'),'El Mundo','2022-01-09',['LUCÍA FERRÁNDIZ'],'Moscú',
    ['EL MUNDO','España  Internacional  Economía  Opinión  Deportes  Cultura','Internacional','[Traducido del español / Translated from Spanish]','KAZAJISTÁN',
     'LUCÍA FERRÁNDIZ','Moscú','Actualizado Domingo, 9 enero 2022 - 01:12','Comentar  ·  Compartir en Facebook  ·  Compartir en Twitter',
     'Conforme a los criterios de','The Trust Project','Saber más','Más en Internacional'])
q(p,'on charges of high treason',KNB,'The agency','said',partial=True)
q(p,'Masimov was the guarantor of the old system; his fall is a message to the whole clan,','Aigerim Bekova','Almaty political scientist Aigerim Bekova','told',note='inverted cue')
q(p,'to become, at last, the real master of the house','Aigerim Bekova','her','In her view',partial=True,note='Tokayev is the subject of the sentence but not the speaker')
q(p,'Our plant in Nur-Sultan has not stopped at any time, and all 400 employees are safe,','Talgo','a spokesman for Talgo','told',note='unnamed company spokesman → the company; 400 employees is not a claim')
q(p,'At this moment we have no record of any Spaniard affected,','José Manuel Albares','Albares','said')
q(p,'any travel that is not strictly necessary','José Manuel Albares','He','added',partial=True)
c(p,'troops_deployed',2500,'about','CSTO soldiers sent to Kazakhstan',None,'which has sent some 2,500 soldiers',note='"some" → about')
c(p,'killed',26,None,'rioters dead',KA,'26 rioters',note='"The official count"')
c(p,'killed',18,None,'members of the security forces dead',KA,'18 members of the security forces dead')
c(p,'detained',4404,None,'people detained',MIA,'4,404 people had been detained')
e(p,'2022-01-08','statement',None,[KNB],'announced on Saturday that its former director')
e(p,'2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on 6 January')
e(p,'2022-01-08','talks',None,[TOK,'Vladimir Putin'],'Tokayev spoke by phone on Saturday with Vladimir Putin')
e(p,'2022-01-08','casualty_report',None,[MIA],'The interior ministry reported on Saturday')
e(p,'2022-01-07','statement','Madrid',['José Manuel Albares'],'José Manuel Albares said on Friday')
e(p,None,'troop_deployment','Kazakhstan',[CSTO],'thanks to the deployment of the Collective Security Treaty Organization')

# ---------------- 684 Corriere della Sera in translation (6 gennaio 2022, a Thursday)
p='684'
art(p,0,L(p,'Kazakhstan, Russian troops arrive.'),L(p,"The Russian-led alliance answers Tokayev's call"),'Corriere della Sera','2022-01-06',['Giorgio Ferraresi'],None,
    ['CORRIERE DELLA SERA','Esteri',"[Traduzione dall'italiano / Translation from Italian]",'di Giorgio Ferraresi','6 gennaio 2022 (modifica il 6 gennaio 2022 | 21:30)',
     '© RIPRODUZIONE RISERVATA','Leggi anche','Ucraina, la Nato e la Russia: il calendario dei colloqui'])
q(p,'Our plants are operating regularly','Eni','Eni',None,zone='headline',note='headline; a cut of the body quote')
q(p,'for a limited period of time','Nikol Pashinyan','the Armenian Prime Minister Nikol Pashinyan','announced',partial=True)
q(p,'dozens of assailants were eliminated','Almaty police','A police spokeswoman','said',partial=True,note='"dozens" is vague: no claim')
q(p,'terrorist gangs trained abroad',TOK,'he','called',partial=True,note='"what he called"')
q(p,'an attempt, inspired from abroad, to undermine the security and integrity of the state','Russian Foreign Ministry','The Russian foreign ministry','described',partial=True)
q(p,'Our plants are operating regularly and all our personnel are safe,','Eni','a company spokesman','told')
q(p,'We are in constant contact with the Kazakh authorities and with our embassy.','Eni','a company spokesman','told',note='continuation in the same paragraph')
q(p,'following the situation with the utmost attention','Luigi Di Maio','Foreign Minister Luigi Di Maio','wrote on Twitter',partial=True)
c(p,'troops_deployed',2500,'about','CSTO force for Kazakhstan',CSTO,'the force will number about 2,500 soldiers',note='"According to the alliance"')
c(p,'killed',8,None,'members of the security forces killed',MIA,'eight members of the security forces had been killed')
c(p,'injured',317,None,'members of the security forces injured',MIA,'317 injured')
c(p,'detained',2298,None,'people arrested',MIA,'2,298 people had been arrested')
e(p,'2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers landed in Kazakhstan on Thursday')
e(p,None,'statement',None,['Nikol Pashinyan',CSTO],'announced overnight that the alliance would send peacekeepers',note='"overnight" = night of 5-6 Jan; no day word')
e(p,'2022-01-02','protest','Zhanaozen',[],'The protests began on Sunday in Zhanaozen')
e(p,'2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the government')
e(p,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'extended the state of emergency to the whole country')
e(p,'2022-01-05','other',None,[TOK,CSTO],'In the evening he asked the CSTO for help',note='"In the evening" of the Wednesday named in the previous sentence')
e(p,None,'casualty_report',None,[MIA],'The interior ministry reported that eight')
e(p,None,'talks','Geneva',['Russia','United States'],'Next week the focus shifts to Geneva',note='"next week" is not a day')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','He','the president']),
 sp('Dauren','person',['Dauren'],[],'Kazakhstan',['he','a resident'],note='invented; first name only'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Clémence Vautrin','person',['Clémence Vautrin'],['a researcher at the Paris-based Institute for Eurasian Studies'],'France',['she'],note='invented (institute invented)'),
 sp(RYA,'person',['Sergei Ryabkov','Rjabkow'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',[],['Sergej Rjabkow (Sergei Ryabkov)'],note='canonical from the gold; words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp(FRMFA,'organisation',["Quai d'Orsay"],[],'France',["the Quai d'Orsay"]),
 sp('Jean-Baptiste Fournel','person',['Jean-Baptiste Fournel'],['a researcher at the Observatoire des États post-soviétiques'],'France',['him'],note='invented (observatory invented)'),
 sp('Anniken Huitfeldt','person',['Anniken Huitfeldt','Huitfeldt'],['Foreign Minister'],'Norway',['She'],note='words invented'),
 sp('Ingrid Lysaker','person',['Ingrid Lysaker','Lysaker'],['Senior researcher'],'Norway',['she'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway'),
 sp('Ann Linde','person',['Ann Linde','Linde'],['Foreign Minister'],'Sweden',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Lena Wallin','person',['Lena Wallin'],['Russia analyst at the Swedish Institute of International Affairs (UI)'],'Sweden',['she'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',['the minister'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's OSCE ambassador"],'Russia',note='words invented'),
 sp('Alexander Schallenberg','person',['Alexander Schallenberg','Schallenberg'],['Foreign Minister'],'Austria',['he'],note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','the commander of the CSTO force'],'Russia',note='words invented'),
 sp('Thomas Gerber','person',['Thomas Gerber','Gerber'],['a Central Asia expert at the University of Bern'],'Switzerland',['He','he'],note='invented'),
 sp(FDFA,'organisation',['Federal Department of Foreign Affairs','FDFA'],[],'Switzerland'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['The agency']),
 sp('Aigerim Bekova','person',['Aigerim Bekova'],['political scientist'],'Kazakhstan',['her'],note='invented'),
 sp('Talgo','organisation',['Talgo'],[],'Spain',['a spokesman for Talgo']),
 sp('José Manuel Albares','person',['José Manuel Albares','Albares'],['Foreign Minister'],'Spain',['He'],note='words invented'),
 sp('Eni','organisation',['Eni'],[],'Italy',['a company spokesman']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Almaty police','organisation',['police'],[],'Kazakhstan',['A police spokeswoman'],note='unnamed spokeswoman → the organisation'),
 sp('Russian Foreign Ministry','organisation',['Russian foreign ministry'],[],'Russia',['The Russian foreign ministry']),
 sp('Luigi Di Maio','person',['Luigi Di Maio'],['Foreign Minister'],'Italy',note='words invented'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='not quoted here'),
 sp(RDM,'organisation',['Russian Defence Ministry','Russian defence ministry','Defence Ministry in Moscow'],[],'Russia',quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Karim Massimov','Masimov','Massimov'],[],'Kazakhstan',quoted=False,note='mentioned in 678 (French spelling) and 683'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev'],[],'Kazakhstan',quoted=False),
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
