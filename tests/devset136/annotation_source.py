#!/usr/bin/env python3
"""Source of the devset136 annotation: the hand-chosen spans, values and dates for 1181-1188.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset136/annotation_source.py && python3 tests/devset136/verify.py
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
N='\u00a0'
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KA='Kazakh authorities'; SER='Andrei Serdyukov'; LBMFA='Lebanese Foreign Ministry'

# ---------------- 1181 Berlingske (Denmark) in translation (fredag 7. januar 2022, a Friday); Danish »reversed guillemets«
RG='Danish »reversed guillemets« (» opens, « closes): a real house style, but the checker only accepts « / " / “ / „ / ‘ as openers, so flagged malformed'
art('1181',0,3,4,'Berlingske','2022-01-07',['Mette Kjærgaard'],None,
    ['BERLINGSKE','Internationalt · Oversat til engelsk','Af Mette Kjærgaard','fredag 7. januar 2022 kl. 16.42','Del artiklen   Facebook   Twitter   Mail',
     'Flere nyheder','Læs også: Danske virksomheder i Kasakhstan holder vejret','© Berlingske Media A/S · Pilestræde 34 · 1147 København K'])
q('1181','We are following Kazakhstan hour by hour','Jeppe Kofod','Danish foreign ministry',None,malformed=True,zone='headline',note='headline "Danish foreign ministry: »…«", a shortened form of Kofod\'s body quote (l.11); the ministry is an acceptable alternative speaker. '+RG)
q('1181',"We are following the situation in Kazakhstan hour by hour, and the embassy in Moscow is in contact with the Danes we know are there,",'Jeppe Kofod','Foreign Minister Jeppe Kofod','told',malformed=True,note='inverted order: »…,« Foreign Minister Jeppe Kofod told Berlingske on Friday. '+RG)
q('1181','not hesitate','Jeppe Kofod','Kofod','said',malformed=True,partial=True,note=RG)
q('1181','Tokayev has asked for help from the very power that has the most to gain from his weakness,','Rasmus Holmgaard Lind','Rasmus Holmgaard Lind','says',malformed=True,note='present-tense inverted cue "says NAME, a senior researcher at …"; a name (Tokayev) inside the quote. '+RG)
q('1181','That is the real news of this week.','Rasmus Holmgaard Lind','Rasmus Holmgaard Lind','says',malformed=True,note='second half of a quote split by the interposed attribution. '+RG)
q('1181','not at any price','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',malformed=True,partial=True,note=RG)
c('1181','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('1181','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
c('1181','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces have died',note='written-out figure at the start of a sentence; "the ministry said" after it')
c('1181','troops_deployed',2500,'about','CSTO soldiers taking part',CSTO,'about 2,500 soldiers will take part',note='"The alliance has said"')
e('1181','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'where Russian-led troops began landing on Thursday',note='Thursday before Friday 7 Jan')
e('1181','2022-01-07','statement',None,['Jeppe Kofod'],'told Berlingske on Friday')
e('1181','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e('1181','2022-01-07','other','Brussels',['NATO'],'NATO ambassadors met on Friday in a video session',note='internal NATO meeting')
e('1181','2022-01-07','statement',None,['Jens Stoltenberg'],'Secretary General Jens Stoltenberg said afterwards',note='"afterwards" = after the Friday meeting')
e('1181','2022-01-10','talks','Geneva',['Russia','United States'],'takes place in Geneva on Monday',note='Monday after Friday 7 Jan')

# ---------------- 1182 Telex (Hungary) English (2022. január 10., a Monday); Hungarian „…” marks, nested »…«
art('1182',0,4,9,'Telex','2022-01-10',['Dóra Kelemen'],None,
    ['telex','English','Világ / World','Dóra Kelemen','2022. január 10. – 18:05','Megosztás   Másolás','Kapcsolódó cikkek','Oroszország és az USA Genfben tárgyal',
     'Telex – Minden jog fenntartva · Adatvédelem · Impresszum'])
q('1182','We will not lecture anyone','Péter Szijjártó','Szijjártó',None,zone='headline',note='Hungarian „…” (low-9 opener, right double closer); headline "„…” – Szijjártó on …" (speaker after an en dash)')
q('1182','We will not lecture anyone. Kazakhstan is a strategic partner of Hungary, and what matters now is that order and stability return,','Péter Szijjártó','Szijjártó','said')
q('1182','fully under control','Mukhtar Tileuberdi','the Kazakh minister','told',partial=True,note='"According to the Hungarian ministry, the Kazakh minister told him that …"; the ministry only relays it')
q('1182','The government keeps calling Tokayev a »reliable partner«, but a reliable partner does not give a shoot-without-warning order to his own police,','Ágnes Vadász','Ágnes Vadász','said',note='inverted cue "said NAME, an opposition MP"; nested Hungarian »…« inner quote kept inside (not a record of its own)')
q('1182','bring the temperature down','Péter Szijjártó','He','said',partial=True,note='"He said that … and hoped that the … meeting on Wednesday would „…”"')
c('1182','killed',164,None,'people died in the unrest',KA,'164 people had died in the unrest')
c('1182','detained',7939,None,'people detained across the country',KA,'7,939 people had been detained')
c('1182','troops_deployed',2000,'more than','CSTO troops in Kazakhstan',CSTO,'more than 2,000 troops from Russia')
e('1182','2022-01-10','statement','Budapest',['Péter Szijjártó'],'said at a press conference in Budapest')
e('1182','2022-01-10','talks','Geneva',['Russia','United States'],'as Russian and American diplomats sat down for talks in Geneva')
e('1182','2022-01-09','talks',None,['Péter Szijjártó','Mukhtar Tileuberdi'],'spoke by telephone with his Kazakh counterpart Mukhtar Tileuberdi on Sunday')
e('1182','2022-01-10','casualty_report',None,[KA],'Kazakh authorities said on Monday')
e('1182','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO–Russia Council meeting on Wednesday',note='future; Wednesday after Monday 10 Jan')
e('1182','2022-01-10','statement',None,[TOK],'Tokayev said on Monday that the CSTO mission')

# ---------------- 1183 Mediapart in translation (12 janvier 2022, a Wednesday); « NBSP-padded guillemets », French paragraph continuation »
FC='French convention for a quote over two paragraphs: the second paragraph re-opens with a continuation » (not an opener the checker accepts)'
art('1183',0,3,4,'Mediapart','2022-01-12',['Camille Renaudin'],'Almaty (Kazakhstan)',
    ['MEDIAPART','International — Article traduit du français','Par Camille Renaudin','12 janvier 2022 à 19h14',"Lire plus tard   Offrir l'article   PDF",
     'Cet article est en accès libre. Soutenez Mediapart, abonnez-vous.'])
q('1183',N+'They took my brother at the hospital'+N,'Aigerim',None,None,zone='headline',note='headline quote with no attribution; the words fit Aigerim (her brother was taken at the hospital), who is only introduced in the body; NBSP inside the marks kept')
q('1183',N+'He was not at the square. He was driving people home because there was no other transport. They saw the bandage and they decided he was a looter.','Aigerim','Aigerim',None,malformed=True,note='stand-alone quoted paragraph left open (no closing mark); speaker from the previous paragraph; '+FC)
q('1183',N+'We went to three police stations. Everywhere they told us the lists were not ready. Then a man in a mask said that we should go home and wait.'+N,'Aigerim','Aigerim',None,malformed=True,note='continuation paragraph opened by » and closed by »; one record per paragraph-span (gold rule for re-opened paragraphs); '+FC)
q('1183',N+'20,000 bandits'+N,TOK,'Tokayev','has spoken of',partial=True,note='a figure inside a partial quote; also a claim')
q('1183',N+'The word terrorist is used for anyone who was in the street,'+N,'Yevgeniy Zhovtis','Yevgeniy Zhovtis','said',note='inverted cue "…, » said NAME, the director of …"')
q('1183',N+'The mission has been accomplished'+N,SER,'he','told',note='comma outside the closing guillemet; he = Serdyukov ("the organisation\'s commander Andrei Serdyukov")')
q('1183',N+'I just want to know if he is alive'+N,'Aigerim','she','says',note='present-tense cue after the quote; comma outside')
c('1183','detained',9900,None,'people detained since the start of the unrest',KA,'9,900 people had been detained')
c('1183','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits',note='inside a partial quote; devset19 251 recorded the same figure as "other"')
e('1183','2022-01-08','arrest','Almaty',[],'was taken by police on Saturday',note='Saturday before Wednesday 12 Jan')
e('1183','2022-01-11','casualty_report',None,[KA],'The Kazakh authorities said on Tuesday')
e('1183','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin on Thursday',note='future; Thursday after Wednesday 12 Jan')
e('1183','2022-01-12','statement',None,[SER],'announced on Wednesday')
e('1183','2022-01-10','talks','Geneva',['Russia','United States'],'In Geneva, on Monday')

# ---------------- 1184 The Daily Star (Lebanon) (Jan. 08, 2022, a Saturday); speaker named only after the quote
art('1184',0,4,8,'The Daily Star','2022-01-08',['Yasmine Haddad'],'BEIRUT',
    ['The Daily Star','LEBANON NEWS · WORLD · OPINION · BUSINESS','World','Yasmine Haddad | The Daily Star','Jan. 08, 2022 | 12:21 AM',
     'Copyright 2022, The Daily Star. All Rights Reserved.','Mobile site · RSS · Contact us'],
    sections=(ln('1184',"'A foreign hand'"),ln('1184','Moscow under the CSTO banner')))
q('1184','Nobody prepared us for this. In the morning there was a normal city, by the evening the akimat was burning and we could hear shooting from our balcony.','Karim Nassar','Karim Nassar','described',note='stand-alone quoted paragraph; the speaker is named only in the NEXT paragraph ("That was how Karim Nassar … described Wednesday")')
q('1184','terrorists trained abroad',TOK,'Kazakh President Kassym-Jomart Tokayev','has blamed',partial=True)
q('1184','What we see is not only a social protest. There is a struggle inside the elite, and the street became the weapon.','Rami Khalil','Rami Khalil','The verdict came from',note='stand-alone quote; attribution in the next paragraph ("The verdict came from NAME, who teaches …")')
q('1184','changes the balance for years','Rami Khalil','he','said',partial=True)
q('1184','We have food and water for a week,','Karim Nassar','he','said',note='"Nassar said … \\"…,\\" he said. \\"…\\""')
q('1184','What we do not have is information.','Karim Nassar','he','said',note='second half after the interposed "he said"')
q('1184','as soon as the airport opens.',LBMFA,'The Foreign Ministry','said',partial=True,note='full stop inside the closing mark')
c('1184','killed',26,None,'"armed criminals" killed','Kazakh officials','26 "armed criminals" were killed',note='scare-quoted label (excluded from quotes)')
c('1184','detained',3000,'more than','people detained','Kazakh officials','more than 3,000 people detained')
c('1184','killed',18,None,'members of the security forces killed','Kazakh officials','Eighteen members of the security forces died',note='"they said" after it')
c('1184','troops_deployed',2500,'about','CSTO soldiers taking part',CSTO,'About 2,500 soldiers will take part',note='"Russian news agencies reported, citing the alliance"')
e('1184','2022-01-07','other','Beirut',[LBMFA],'the Foreign Ministry in Beirut set up a hotline',note='same sentence as "said Friday" (Friday before Saturday 8 Jan)')
e('1184','2022-01-05','protest','Almaty',[],'described Wednesday in a telephone call',note='the akimat burning, as described; Wednesday before Saturday 8 Jan')
e('1184',None,'statement',None,[TOK],'said he had given orders to fire without warning',note='undated (real: 7 Jan)')
e('1184','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began deploying troops on Thursday')
e('1184','2022-01-07','statement',None,['Rami Khalil'],'Speaking to The Daily Star on Friday')

# ---------------- 1185 Svenska Dagbladet in translation (13 januari 2022, a Thursday); Swedish ”…” (right double mark on both sides)
SW='Swedish typography: the right double mark ” is used as opener and closer; the checker does not accept ” as an opener, so flagged malformed'
art('1185',0,3,4,'Svenska Dagbladet','2022-01-13',['Johan Lindqvist'],'VIENNA',
    ['SvD. Svenska Dagbladet','Världen | Översatt från svenska','Johan Lindqvist','Publicerad 13 januari 2022 kl 17.30','Dela   Spara   Lyssna',
     'Läs mer: Andersson: Vi bestämmer själva','SvD Premium · Kundservice · Cookies'])
q('1185',"Europe's security order is not negotiable",'Ann Linde','Linde',None,malformed=True,zone='headline',note='headline "Linde in Vienna: ”…”"; '+SW)
q('1185','moment of truth','Alexander Lukashevich',"Russia's envoy",'called it',malformed=True,partial=True,note='in the dek (first_line); '+SW)
q('1185',"Every state has the right to choose its own security arrangements. Europe's security order is not negotiable, and it cannot be decided by two or three countries over the heads of others,",'Ann Linde','Linde','said',malformed=True,note=SW)
q('1185','a moment of truth','Alexander Lukashevich','Alexander Lukashevich','described the situation as',malformed=True,partial=True,note=SW)
q('1185','The Russians showed in Kazakhstan how quickly they can move troops. That has not been lost on anyone in this room,','Karin Söderberg','Karin Söderberg','says',malformed=True,note='present-tense inverted cue; '+SW)
c('1185','troops_deployed',2030,None,'CSTO soldiers (now withdrawing)',RDM,'CSTO force of 2,030 soldiers',note='"the Russian Ministry of Defence said"')
c('1185','killed',164,None,'people killed',KA,'164 people were killed')
c('1185','detained',10000,'almost','people detained',KA,'almost 10,000 detained')
e('1185','2022-01-13','talks','Vienna',['OSCE','Ann Linde','Alexander Lukashevich'],"used Thursday's meeting of the OSCE Permanent Council",note='OSCE Permanent Council; Thursday = publication day')
e('1185','2022-01-10','talks','Geneva',['Russia','United States'],'bilateral talks between Russia and the United States in Geneva on Monday')
e('1185','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO–Russia Council in Brussels on Wednesday')
e('1185',None,'statement',None,['Magdalena Andersson'],'Prime Minister Magdalena Andersson said last week',note='"last week" is not a day')
e('1185','2022-01-13','withdrawal','Kazakhstan',[CSTO,RDM],'began withdrawing from Kazakhstan on Thursday')

# ---------------- 1186 Brief.kz (11.01.2022, a Tuesday); indented block quote, quotes in headline and subheading, nested single quotes
art('1186',0,3,7,'Brief.kz','2022-01-11',['Saule Akhmetova'],None,
    ['BRIEF.KZ','Новости | Экономика | English','11.01.2022, 15:48   |   Views: 3 217','Author: Saule Akhmetova',
     'Read also: Banks in Almaty resume work','Subscribe to Brief.kz in Telegram','© 2014–2022 Brief.kz'],
    sections=(ln('1186','"Mission accomplished," says the president'),ln('1186','Business wants a plan')))
q('1186','The main attack was on Almaty',TOK,'Tokayev',None,zone='headline',note='headline "Tokayev to Mazhilis: \\"…\\""')
q('1186','The main attack was on Almaty. The loss of Almaty would have opened the way to the capture of the densely populated south and then of the whole country. The militants had a single command centre,',TOK,'the president','said',note='indented block quote (4 spaces) introduced by "The key passage, as published by Akorda:"; the cue "the president said." is on the next paragraph after a blank line')
q('1186','Mission accomplished,',TOK,'the president','says',zone='headline',note='quote in a subheading with a present-tense inverted cue')
q('1186','A phased withdrawal of the CSTO contingent will begin in two days and will take no more than ten days,',TOK,'Tokayev','said')
q('1186',"We heard the words 'strict order' and 'fair competition' in one speech. Now we need to see which one wins,",'Rustem Baizhanov','Rustem Baizhanov','told',note="nested single-quoted phrases 'strict order' / 'fair competition' stay inside (no records)")
c('1186','troops_deployed',2030,'about','CSTO servicemen deployed',CSTO,'Around 2,030 servicemen',note='"according to the CSTO secretariat"')
c('1186','other',250,None,'units of military hardware deployed by the CSTO',CSTO,'250 units of military hardware')
c('1186','detained',9900,None,'people detained by law enforcement',TOK,'had detained 9,900 people')
e('1186','2022-01-11','statement','Nur-Sultan',[TOK,'Mazhilis'],'addressed an online session of the Mazhilis on Tuesday')
e('1186','2022-01-10','talks',None,[CSTO],"a day after the CSTO's leaders met by video link",note='"a day after" Tuesday 11 Jan')
e('1186','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'he appointed Alikhan Smailov as prime minister',note='in the Tuesday speech; confirmed by deputies the same day')
e('1186','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin in two days',note='inside the quote; "in two days" from Tuesday 11 Jan')
e('1186','2022-01-10','other','Almaty',[],'Banks reopened in Almaty on Monday')

# ---------------- 1187 The Press and Journal (Aberdeen) (Saturday, January 8 2022); British single quotes as the primary marks
SQ="house style with single quotes ‘…’ for all speech: included (the gold's single-quote exclusion targets labels and headline phrases in double-quote documents)"
art('1187',0,3,8,'The Press and Journal','2022-01-08',['Euan Mackie'],None,
    ['The Press and Journal','Business | Energy','By Euan Mackie','Saturday, January 8 2022, 6.00am','Share   Share on Facebook   Share on Twitter   Email',
     'Comments','Most Read','© DC Thomson & Co Ltd 2022'])
q('1187','We were told to stay in camp',None,'one Aberdeen engineer working near Atyrau',None,zone='headline',note='headline "North-east oil workers in Kazakhstan: ‘…’", shortened from the anonymous engineer\'s words (l.12); '+SQ)
q('1187','We were told on Wednesday to stay in camp and not to go into town. The food is fine, the internet comes and goes,',None,'one Aberdeen engineer working near Atyrau','said',note='anonymous ("who asked not to be named"); '+SQ)
q('1187','Nobody is panicking, but everybody is watching the news,',None,'he','added',note='he = the anonymous engineer; '+SQ)
q('1187','Our priority is to get rotations home safely, and for now the flights out of Atyrau are still running,','Colin Baird','he','said',note=SQ)
q('1187','Families in the north-east need clear advice, not silence,','Stephen Flynn','he','said',note=SQ)
c('1187','killed',26,None,'rioters killed','Kazakh government','26 rioters had been killed',note='"In Almaty, the government said"')
c('1187','killed',18,None,'members of the security forces killed','Kazakh government','18 members of the security forces had died')
c('1187','detained',3000,'more than','people detained',None,'More than 3,000 people have been detained')
c('1187','troops_deployed',2500,'about','CSTO troops being sent',CSTO,'around 2,500 troops were being sent',note='"around" normalised to about')
e('1187','2022-01-05','other','Atyrau',[],'We were told on Wednesday to stay in camp',note='inside the quote; Wednesday before Saturday 8 Jan')
e('1187','2022-01-06','statement','Tengiz',['Tengizchevroil'],'the consortium led by Chevron, said on Thursday')
e('1187','2022-01-02','protest','Mangystau',[],'The unrest began on January 2')
e('1187','2022-01-07','statement',None,[CSTO],'Collective Security Treaty Organisation said on Friday')
e('1187',None,'statement',None,['Stephen Flynn'],'said he had raised the case of local workers with the Foreign Office',note='undated')
e('1187','2022-01-06','other',None,[],'Brent crude rose above $82 a barrel on Thursday',note='market move')

# ---------------- 1188 El Confidencial in translation (06/01/2022, a Thursday); «…» with comma outside, Spanish raya dialogue (excluded)
art('1188',0,3,4,'El Confidencial','2022-01-06',['Lucía Ortega Prieto'],'Madrid',
    ['EL CONFIDENCIAL','Mundo · Traducción al inglés','Lucía Ortega Prieto. Madrid','06/01/2022 - 20:35   Actualizado: 06/01/2022 - 22:10',
     'Compartir en Facebook   Compartir en Twitter   Comentarios 12','Temas: Kazajistán, Rusia, OTAN, José Manuel Albares','Más noticias de Mundo'])
q('1188','Spain defends dialogue, not tanks','José Manuel Albares','Albares',None,zone='headline',note='headline "Albares on Kazakhstan: «…»"')
q('1188','with great attention','José Manuel Albares','José Manuel Albares','said',partial=True,note='name set off by commas after the title: "The Minister of Foreign Affairs, José Manuel Albares, said"')
q('1188','Spain defends dialogue, not tanks. The Kazakh people have the right to protest peacefully, and the authorities have the duty to protect them','José Manuel Albares','Albares','declared',note='comma outside the closing guillemet')
q('1188','Putin arrives in Geneva with a success that costs him very little','Nicolás Ferrer Lasa','he','told',note='he = Ferrer (surname-only mention "Ferrer believes" just before); a name (Putin) inside the quote')
q('1188','rights and safety','Josep Borrell','Josep Borrell','said',partial=True,note='"said … that the EU was ready to help and asked for the «…» of civilians"')
c('1188','killed',8,None,'police officers and soldiers died',KA,'eight police officers and soldiers had died',note='written-out figure')
c('1188','injured',317,None,'police officers and soldiers wounded',KA,'317 had been wounded')
c('1188','detained',2000,'more than','people detained',MIA,'More than 2,000 people were detained')
c('1188','troops_deployed',2500,'about','CSTO contingent','Russian media','Russian media put the figure at about 2,500')
e('1188','2022-01-06','statement',None,['José Manuel Albares'],'said on Thursday that Spain is following',note='radio interview on Thursday = publication day')
e('1188','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'landed in Kazakhstan on Thursday')
e('1188','2022-01-10','talks','Geneva',['Russia','United States'],'before the talks with Washington on Monday',note='Monday after Thursday 6 Jan')
e('1188','2022-01-05','statement',None,['Josep Borrell'],'said on Wednesday that the EU was ready to help')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Jeppe Kofod','person',['Jeppe Kofod','Kofod'],['Foreign Minister'],'Denmark',['Danish foreign ministry'],note='words invented'),
 sp('Rasmus Holmgaard Lind','person',['Rasmus Holmgaard Lind'],['a senior researcher at the Danish Institute for International Studies'],'Denmark',['He'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],'Norway',note='words invented'),
 sp('Péter Szijjártó','person',['Péter Szijjártó','Szijjártó'],['Foreign Minister'],'Hungary',['He','The minister'],note='words invented'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],[],'Kazakhstan',['the Kazakh minister',"his Kazakh counterpart"],note='words invented'),
 sp('Ágnes Vadász','person',['Ágnes Vadász'],['an opposition MP'],'Hungary',note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President','President'],'Kazakhstan',['the president','The head of state','The Kazakh president','he'],note='words paraphrased or invented'),
 sp('Aigerim','person',['Aigerim'],[],'Kazakhstan',['she'],note='invented; first name only (surname withheld)'),
 sp('Yevgeniy Zhovtis','person',['Yevgeniy Zhovtis'],['the director of the Kazakhstan International Bureau for Human Rights'],'Kazakhstan',note='words invented'),
 sp(SER,'person',['Andrei Serdyukov'],["the organisation's commander"],'Russia',['he'],note='words paraphrased'),
 sp('Karim Nassar','person',['Karim Nassar','Nassar'],['a 41-year-old engineer from Zahle'],'Lebanon',['he'],note='invented'),
 sp('Rami Khalil','person',['Rami Khalil'],['teaches Central Asian politics at the Lebanese American University'],'Lebanon',['he'],note='invented'),
 sp(LBMFA,'organisation',['Foreign Ministry'],[],'Lebanon',['The Foreign Ministry','the Foreign Ministry in Beirut'],note='"Foreign Ministry" also names other ministries in other files'),
 sp('Ann Linde','person',['Ann Linde','Linde'],['Foreign Minister'],'Sweden',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative to the OSCE"],'Russia',["Russia's envoy"],note='words invented'),
 sp('Karin Söderberg','person',['Karin Söderberg'],['an analyst at the Swedish Defence Research Agency, FOI'],'Sweden',note='invented'),
 sp('Rustem Baizhanov','person',['Rustem Baizhanov'],["chairman of an Almaty retailers' association"],'Kazakhstan',note='invented'),
 sp('Colin Baird','person',['Colin Baird'],['managing director of Dyce-based Baird Offshore Services'],'United Kingdom',['he'],note='invented (and his firm)'),
 sp('Stephen Flynn','person',['Stephen Flynn'],['Aberdeen South MP'],'United Kingdom',['he'],note='words invented'),
 sp('José Manuel Albares','person',['José Manuel Albares','Albares'],['The Minister of Foreign Affairs'],'Spain',note='words invented'),
 sp('Nicolás Ferrer Lasa','person',['Nicolás Ferrer Lasa','Ferrer'],['a researcher at a London think tank'],'Spain',['he'],note='invented'),
 sp('Josep Borrell','person',['Josep Borrell'],["The European Union's high representative"],'European Union',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance','the organisation'],quoted=False,note='source of troop figures; not quoted (the one-word «peacekeeping» in 1188 is excluded)'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 1181 and 1188; not quoted'),
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
