#!/usr/bin/env python3
"""Source of the devset81 annotation: the hand-chosen spans, values and dates for 741-748.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset81/annotation_source.py && python3 tests/devset81/verify.py
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
PGO="Kazakh Prosecutor General's Office"; KHM='Kazakh Health Ministry'

# ---------------- 741 Indian "Five things to know" explainer listicle (January 7, 2022, Fri)
P='741'
art(P,0,3,4,'The Deccan Ledger','2022-01-07',['Priya Raghunathan'],'New Delhi',
    ['THE DECCAN LEDGER','Home > Explained > World','By Priya Raghunathan | New Delhi | Updated: January 7, 2022 8:12:40 pm IST',
     'Share: WhatsApp | Facebook | Twitter | Email',"Also read: Explained: Why fuel price caps sparked Kazakhstan's protests",
     'Tags: Kazakhstan, CSTO, Russia, Explained','© 2022 The Deccan Ledger. All rights reserved.'],
    sections=[ln(P,'1. What is the CSTO?'),ln(P,'2. How many soldiers have arrived?'),ln(P,'3. How bad is the violence?'),ln(P,'4. What did Tokayev say?'),ln(P,'5. Why should India care?')])
q(P,'terrorist gangs trained abroad',TOK,'Tokayev','said',partial=True,note='the one-word "aggression," (charter term) in the sentence before is excluded')
q(P,'Our contingent will guard strategic facilities and will not take part in operations against civilians,',CSTO,'the CSTO secretariat','said in a statement')
q(P,'Those who do not surrender will be eliminated,',TOK,'he','said',note='he = the president (Tokayev); the one-word "especially" after it is excluded')
q(P,'closely following','Indian Ministry of External Affairs','The Ministry of External Affairs','said',partial=True,note='two-word partial with a speech verb')
q(P,'Nobody in our hostel has been hurt, but we have not had bread since Tuesday,','Aditya Menon','Aditya Menon','told',note='inverted: "…," NAME, a fourth-year student in Almaty, told The Deccan Ledger by phone')
q(P,"Delhi will say very little in public, and that is the right call,",'Kavita Sood','she','said')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'about 2,500 troops',note='"The alliance says"')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'killed',18,None,'police and national guard officers killed',MIA,'18 police and national guard officers had died')
c(P,'detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained',note='"it said" = the interior ministry')
e(P,'2022-01-05','other',None,[TOK,CSTO],'on Wednesday night President Kassym-Jomart Tokayev asked a Moscow-led alliance for help',note='request for CSTO help; Wednesday before Fri 7 Jan')
e(P,None,'protest','Almaty',[],'turned violent in Almaty this week',note='"this week" is not a day')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'The alliance says it is sending',note='undated')
e(P,'2022-01-06','statement',None,[CSTO],'the CSTO secretariat said in a statement on Thursday')
e(P,'2022-01-07','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Friday")
e(P,'2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e(P,None,'statement',None,['Indian Ministry of External Affairs'],'The Ministry of External Affairs said it was',note='undated')

# ---------------- 742 Canadian timeline article (Published Jan. 14, 2022, Fri)
P='742'
art(P,0,3,4,'Prairie Courier','2022-01-14',['Marc-André Lefebvre'],None,
    ['PRAIRIE COURIER','World','Marc-André Lefebvre · Prairie Courier','Published Jan. 14, 2022 6:00 a.m. CST',
     'Read more: Saskatchewan potash firms watch Kazakh exports','Comments are closed for this story.'],
    sections=[ln(P,'What comes next')])
q(P,'I have today appealed to the heads of state of the CSTO to help Kazakhstan overcome this terrorist threat,',TOK,'he','says',note='historic present in a timeline entry; he = Tokayev')
q(P,'a limited period of time.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','says',partial=True,note='full stop inside the closing mark')
q(P,"One lesson in recent history is that once Russians are in your house, it's sometimes very difficult to get them to leave,",'Antony Blinken','Blinken','tells',note='words paraphrased; first mention "The U.S. Secretary of State, Antony Blinken"')
q(P,'difficult, long, very professional.','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','calls',partial=True,note='"calls the talks “…”": an evaluative list used as a partial')
q(P,'there are real differences between NATO allies and Russia','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','says',partial=True)
q(P,'They are relieved the shooting has stopped, but everyone is scared to talk on the phone,','Aigerim Dzhaksybekova','she','said')
c(P,'killed',164,None,'people dead (figure later withdrawn)','officials','Officials say 164 people have died',note='"a figure later withdrawn"')
c(P,'detained',9900,None,'people detained over the whole period',MIA,'The interior ministry says 9,900 people were detained')
e(P,None,'withdrawal','Kazakhstan',[CSTO],'the last foreign soldiers will leave next week',note='"next week" is not a day')
e(P,'2022-01-02','protest','Zhanaozen',[],'Residents of Zhanaozen, an oil town',note='timeline entry "Jan. 2 —"')
e(P,'2022-01-04','protest','Almaty',[],'Protests spread to Almaty, the largest city')
e(P,'2022-01-05','government_resignation',None,[],'The government resigns.')
e(P,'2022-01-05','protest','Almaty',[],"Crowds storm the Almaty mayor's office")
e(P,'2022-01-05','other',None,[TOK,CSTO],'Tokayev appeals to the Collective Security Treaty Organization',note='"Late that night" of the Jan. 5 entry')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia'],'The first Russian transport planes land')
e(P,'2022-01-07','statement',None,[TOK],'Tokayev says he has ordered troops to shoot without warning')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'Blinken tells reporters')
e(P,'2022-01-10','casualty_report',None,[],'Officials say 164 people have died, a figure later withdrawn')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Russian and American diplomats meet in Geneva')
e(P,'2022-01-11','statement','Kazakhstan',[TOK],'Tokayev tells parliament the CSTO mission')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He names Alikhan Smailov prime minister')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russian envoys meet in Brussels')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Withdrawal begins.')
e(P,'2022-01-13','statement','Vienna',['Zbigniew Rau','OSCE'],'At the OSCE in Vienna, Polish Foreign Minister Zbigniew Rau warns')
e(P,'2022-01-12','statement','Saskatoon',['Aigerim Dzhaksybekova'],'she said on Wednesday',note='Wednesday before Fri 14 Jan')
e(P,'2022-01-05','other','Kazakhstan',[],'spent the day before the troops arrived sheltering',note='"the day before the troops arrived": troops landed Jan. 6 per the timeline')

# ---------------- 743 Irish obituary-style profile (Wed, 12 Jan, 2022)
P='743'
art(P,0,3,8,'The Munster Chronicle','2022-01-12',['Declan Hurley'],None,
    ['The Munster Chronicle','OBITUARIES','Born: March 3, 1961. Died: January 9, 2022','Wed, 12 Jan, 2022 - 07:00','Declan Hurley',
     "Funeral arrangements will be announced by O'Keeffe's Funeral Home, Blackpool.",'Sign the online book of condolence | Print | Share','© The Munster Chronicle 2022'])
q(P,'He used to say the steppe was the only place flatter than the Bog of Allen, and he meant it as a compliment,','Máire Ó Murchú','Máire Ó Murchú','said',note='inverted with apposition: "…," his sister, Máire Ó Murchú, said; invented')
q(P,'treated a roughneck and a director exactly the same.','Yerlan Suleimenov','Yerlan Suleimenov','said',partial=True,note='full stop inside the mark; invented')
q(P,'I saw what happened the last time. I pray they have learned something,','Seán Ó Murchú','he','wrote',note='the deceased, in a private message; invented')
q(P,'very kind','Máire Ó Murchú','His sister','said',partial=True,note='role-only mention ("His sister"), two-word partial')
q(P,'Seán would bring sliotars back in his suitcase, 40 at a time,','Peadar Lynch','Fr Peadar Lynch','said',note='inverted cue; "Fr" honorific; a number inside the quote (not a claim)')
c(P,'detained',5000,'more than','people detained across the country',None,'detained more than 5,000 people across the country',note='"the authorities had detained": actor, not a cited source')
e(P,'2022-01-09','other','Aktau',['Seán Ó Murchú'],'He died of a heart attack on Sunday',note='death; Sunday before Wed 12 Jan (also the Died: line)')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests that began in Zhanaozen on January 2')
e(P,'2022-01-04','other',None,['Seán Ó Murchú'],'he wrote to a friend in Cork last Tuesday',note='"last Tuesday" from Wed 12 Jan: he died on Sunday 9 Jan, so it is Tuesday 4 Jan, not 11 Jan')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'Russian-led CSTO troops were guarding airports',note='"By the end of last week"')
e(P,'2022-01-14','other',None,['Department of Foreign Affairs'],'the repatriation is expected on Friday',note='future; Friday after Wed 12 Jan')

# ---------------- 744 Nigerian "in numbers" analysis (Tuesday, January 11, 2022)
P='744'
art(P,0,4,8,'Lagos Daily Tribune','2022-01-11',['Chukwuemeka Adeyemi'],None,
    ['LAGOS DAILY TRIBUNE','FOREIGN | ANALYSIS','Tuesday, January 11, 2022','By Chukwuemeka Adeyemi, Foreign Desk','Listen to this article  04:12',
     'RELATED: Fuel subsidy removal: NLC threatens nationwide strike','Get the latest news on Telegram and WhatsApp. Subscribe now.'],
    sections=[ln(P,'\n164\n')+1,ln(P,'\n16\n')+1,ln(P,'\n7,939\n')+1,ln(P,'\n2,030\n')+1,ln(P,'\n$2.1 billion\n')+1,ln(P,'What it means for Nigeria')])
q(P,'by mistake','Kazakh Information Ministry','the information ministry','said',partial=True)
q(P,"an attempted coup d'état",TOK,'Tokayev','told',partial=True)
q(P,'a well-coordinated act of aggression',TOK,'Tokayev','told',partial=True,note='second partial in the same sentence; the closing mark is followed by ".", outside')
q(P,'as soon as its tasks are completed','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q(P,'We will not allow the situation to be rocked at home,','Vladimir Putin','Putin','said')
q(P,'When you let fuel prices jump overnight, you are not doing economics, you are lighting a match,','Funmilayo Bakare','she','said',note='invented; "Dr Funmilayo Bakare" in the sentence before')
c(P,'killed',164,None,'deaths reported (figure withdrawn)',KHM,'164\nDeaths reported by a state news channel',note='the number is a heading line of its own; evidence spans the heading and the start of the next line. "citing the health ministry"; withdrawn on Monday')
c(P,'killed',16,None,'police and national guard officers killed',MIA,'16\nPolice and national guard officers killed',note='heading-number layout')
c(P,'injured',1300,None,'members of the security forces injured',MIA,'1,300 members of the security forces were injured')
c(P,'detained',7939,None,'people detained nationwide',MIA,'7,939\nPeople detained nationwide',note='heading-number layout')
c(P,'troops_deployed',2030,None,'CSTO troops deployed in Kazakhstan',CSTO,'2,030\nCSTO troops deployed',note='heading-number layout; "according to the alliance\'s secretariat"')
c(P,'other',250,None,'pieces of military equipment deployed',CSTO,'250 pieces of military equipment')
c(P,'damage_usd',2100000000,None,'cost of looting and damage in Almaty','Almaty business chamber','$2.1 billion\nThe estimated cost',note='heading-number layout; "estimated"')
e(P,'2022-01-09','casualty_report',None,[KHM],'Deaths reported by a state news channel on Sunday')
e(P,'2022-01-10','statement',None,['Kazakh Information Ministry'],'On Monday the information ministry said')
e(P,'2022-01-10','casualty_report',None,[MIA],'People detained nationwide as of Monday')
e(P,'2022-01-10','statement',None,[TOK],"told a meeting of the country's security council on Monday")
e(P,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'speaking at an online CSTO summit on Monday')
e(P,None,'statement',None,['Nigeria'],'Nigerian officials have confirmed',note='undated')

# ---------------- 745 Australian reader mailbag "You asked, we answered" (Saturday 8 January 2022)
P='745'
art(P,0,3,4,'The Southern Star Herald','2022-01-08',['Tom Gallagher'],None,
    ['The Southern Star Herald','WORLD  ·  YOU ASKED, WE ANSWERED','By Tom Gallagher','Saturday 8 January 2022 — 5.00am','Save  |  Share  |  A A A',
     'Have a question about a story in the news? Email youasked@southernstarherald.com.au',"Tom Gallagher is The Southern Star Herald's Europe correspondent.",'License this article'],
    sections=[ln(P,'Q: Where is Kazakhstan'),ln(P,'Q: Who invited'),ln(P,'Q: Is it a coup?'),ln(P,'Q: How many people'),ln(P,'Q: Will this affect')])
q(P,'The situation in Kazakhstan poses a threat to national security and sovereignty,','Nikol Pashinyan','Nikol Pashinyan','said',note='inverted "said NAME, the Armenian leader who…"')
q(P,'a struggle inside the elite that spilled onto the streets','Ruth Ashworth','Dr Ruth Ashworth','told',partial=True,note='invented; "told me" (first-person reporter); full stop outside the closing mark')
q(P,'The protests were real and they were about fuel and wages, but some of the men with guns were something else,','Ruth Ashworth','she','said')
c(P,'aircraft',70,'more than','planes used to fly in the troops',RDM,'more than 70 planes')
c(P,'troops_deployed',2500,'about','CSTO troops in the group',RDM,'the group totalled about 2,500')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty',note='Tokayev\'s count of attackers; the one-word "bandits" is excluded from quotes')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died')
c(P,'injured',748,None,'officers hurt',MIA,'748 officers hurt')
c(P,'detained',3811,None,'people detained','police','3,811 people had been detained')
e(P,None,'statement',None,['DFAT'],'has urged them to shelter in place',note='undated')
e(P,'2022-01-05','other',None,[TOK,CSTO],'late on Wednesday night',note='request for CSTO help; Wednesday before Sat 8 Jan')
e(P,None,'statement',None,['Nikol Pashinyan'],'said Nikol Pashinyan',note='undated')
e(P,'2022-01-07','statement',None,[RDM],"Russia's Defence Ministry said on Friday")
e(P,'2022-01-07','statement',None,[TOK],'Tokayev used stronger words on Friday')
e(P,'2022-01-07','casualty_report',None,['police'],'Police reported on Friday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday',note='future')
e(P,None,'statement',None,['Antony Blinken'],'Antony Blinken said this week',note='"this week" is not a day')
e(P,None,'statement',None,['Dmitry Peskov'],'called such remarks',note='undated; the one-word "offensive" is excluded')

# ---------------- 746 South African "The week ahead" diary (Sunday, 9 January 2022)
P='746'
art(P,0,3,8,'Cape Ledger','2022-01-09',['Thandeka Mokoena'],None,
    ['CAPE LEDGER','Sunday Edition | International','Sunday, 9 January 2022','Compiled by Thandeka Mokoena','5 min read',
     "Next week: the World Economic Forum's virtual Davos Agenda, from January 17.",'Share this: Facebook Twitter WhatsApp LinkedIn'],
    sections=[ln(P,'\nMONDAY\n')+1,ln(P,'\nTUESDAY\n')+1,ln(P,'\nWEDNESDAY\n')+1,ln(P,'\nTHURSDAY\n')+1,ln(P,'THE NUMBERS TO WATCH'),ln(P,'OUR VIEW')])
q(P,'The talks will be difficult, I am sure. They will not be simple,','Sergey Ryabkov','he','told',note='he = Ryabkov (surname in the sentence before)')
q(P,'We must be prepared for the possibility that diplomacy will fail,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','warned')
q(P,'Vienna is where the smaller countries get to talk,',None,'the diplomat','said',note='anonymous Polish diplomat ("who asked not to be named")')
q(P,'a considerable number of foreign nationals',MIA,"Kazakhstan's interior ministry",'said',partial=True,note='partial inside commas, interrupting the reported clause')
q(P,"Pretoria watches Moscow's neighbourhood through Moscow's eyes,",'Sipho Ndlovu','he','said',note='invented')
q(P,'That will not always serve us.','Sipho Ndlovu','he','said',note='stand-alone continuation in the same paragraph; cue taken from the paragraph')
c(P,'detained',5800,None,'people detained, including foreign nationals',MIA,'5,800 people')
c(P,'killed',164,None,'dead',KHM,'put the number of dead at 164')
c(P,'troops_deployed',2030,'about','CSTO soldiers deployed',CSTO,'roughly 2,030 soldiers are deployed',note='"roughly" → about')
e(P,'2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'meet for the Strategic Stability Dialogue',note='section MONDAY after Sunday 9 Jan (future)')
e(P,'2022-01-09','statement',None,['Sergey Ryabkov'],'Ryabkov set the tone on Sunday evening')
e(P,'2022-01-10','talks',None,[CSTO,'Nikol Pashinyan'],'an extraordinary online summit of the Collective Security Treaty Organization',note='"Also Monday"')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'addresses the lower house of parliament',note='section TUESDAY (future)')
e(P,'2022-01-08','statement',None,['Kazakh Presidential Press Office'],'His office said on Saturday')
e(P,None,'arrest',None,['Karim Masimov'],'had been detained on suspicion of treason',note='arrest date not given (reported Saturday)')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets for the first time since 2019')
e(P,'2022-01-07','statement',None,['Jens Stoltenberg'],'warned on Friday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'holds its Permanent Council')
e(P,'2022-01-09','casualty_report',None,[MIA],"interior ministry said on Sunday")
e(P,'2022-01-17','other',None,['World Economic Forum'],'from January 17',note='"Next week:" footer line; kept as a dated event though it is a teaser')

# ---------------- 747 children's news site (Posted Friday January 14, 2022)
P='747'
art(P,0,4,8,'KidsNews Weekly','2022-01-14',['Hannah Brooks'],None,
    ['KidsNews Weekly','News for curious minds aged 8 to 13','WORLD NEWS  |  Reading level: ★★☆','Written by Hannah Brooks  |  Posted Friday January 14, 2022',
     '🔊 Listen  |  🖨 Print  |  ⭐ Save to my reading list','WORD BANK','QUICK QUIZ','Answers: 1. Almaty 2. Six','Parents and teachers: download the free worksheet for this story.'],
    sections=[ln(P,'WHAT HAPPENED NEXT?'),ln(P,'IS IT SAFE NOW?'),ln(P,'ARE THE SOLDIERS LEAVING?')])
q(P,'We came to help our friends, and we will go home when the job is done,','Andrei Serdyukov','General Andrei Serdyukov','said',note='inverted "said General NAME, the Russian officer in charge"; words invented')
q(P,'I was scared of the loud bangs at night,','Ayana','she','said',note='a child, first name only; invented')
q(P,'Now I just want to see my friends.','Ayana','she','said',note='continuation after "she said." in the same paragraph')
q(P,'Your mission is complete,',TOK,'he','told',note='he = President Tokayev')
c(P,'troops_deployed',2000,'about','soldiers sent by Russia and other CSTO members',None,'sent about 2,000 soldiers')
c(P,'killed',164,None,'people dead (later called a mistake)','Kazakh government','164 people had died')
c(P,'detained',10000,'about','people arrested',None,'About 10,000 people were arrested')
e(P,'2022-01-02','protest','Zhanaozen',[],'On January 2, they started protesting')
e(P,None,'other',None,[TOK,CSTO],'asked some friendly countries for help',note='undated')
e(P,None,'other','Kazakhstan',[],'The internet was switched back on in most places this week',note='"this week" is not a day')
e(P,'2022-01-09','casualty_report',None,['Kazakh government'],"Kazakhstan's government said last Sunday",note='"last Sunday" from Fri 14 Jan')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'On Thursday, the soldiers started to go home')
e(P,None,'other',None,[TOK],'Tokayev thanked them at a ceremony',note='no day in its own sentence (context suggests Thursday 13 Jan)')

# ---------------- 748 Polish English-language "Who's who" profiles (13.01.2022, Thu)
P='748'
art(P,0,3,8,'The Vistula Review','2022-01-13',['Jakub Wiśniewski'],'Warsaw',
    ['THE VISTULA REVIEW','Poland · Europe · World','13.01.2022  |  Jakub Wiśniewski  |  Warsaw','Reading time: 6 minutes','🔗 Copy link   ✉ Newsletter',
     'Read also: Rau in Vienna: Poland\'s OSCE year begins under pressure','Tags: Kazakhstan, OSCE, CSTO, Zbigniew Rau','The Vistula Review · Independent news from Poland in English'],
    sections=[ln(P,'KASSYM-JOMART TOKAYEV'),ln(P,'ANDREI SERDYUKOV'),ln(P,'KARIM MASIMOV'),ln(P,'\nZBIGNIEW RAU\n')+1,ln(P,'SERGEI RYABKOV AND WENDY SHERMAN'),ln(P,'THE TOLL')])
q(P,'successfully completed',TOK,'he','told',partial=True,note='"On Tuesday he told parliament"; he = Tokayev (only named in the all-caps profile heading)')
q(P,"Thanks to the first president, a group of very profitable companies and a layer of people rich even by international standards has appeared.",TOK,'The Kazakh leader','saying',note='"saying:" colon before the quote; paraphrased')
q(P,'fulfilled all its tasks','Andrei Serdyukov','the general','said',partial=True)
q(P,'It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Rau','said',note='a prepared speech "according to his ministry"; words paraphrased')
q(P,'pushed back on security proposals that are simply non-starters','Wendy Sherman','Sherman','said',partial=True)
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees','Sergey Ryabkov','Ryabkov','said',partial=True,note='"Ryabkov, for his part, said"')
q(P,'Moving a full battalion to Almaty in a day is a message to Vilnius and Warsaw too,','Marta Kowalczyk','she','said',note='invented')
c(P,'troops_deployed',2030,'about','CSTO soldiers deployed',None,'about 2,030 soldiers')
c(P,'other',250,None,'units of CSTO equipment deployed',None,'250 units of equipment')
c(P,'detained',2,None,"Masimov's deputies detained",'Kazakh prosecutors','Two of his deputies were detained',note='follows gold 001 ("two of his deputies" → 2)')
c(P,'detained',9900,None,'people detained',MIA,'9,900 people were detained')
c(P,'killed',225,None,'bodies brought to morgues',PGO,'225 bodies had been brought to morgues')
c(P,'killed',19,None,'members of the security forces among the dead',PGO,'19 members of the security forces')
e(P,'2022-01-13','statement','Vienna',['Zbigniew Rau','OSCE'],'takes the floor at the OSCE in Vienna today')
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday he told parliament')
e(P,'2022-01-13','withdrawal','Almaty',['Andrei Serdyukov',CSTO],'At a farewell ceremony in Almaty on Thursday')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'arrested on January 6 on suspicion of high treason')
e(P,None,'arrest',None,[],'detained later in the week',note='"later in the week" is not a day')
e(P,'2022-01-01','other',None,['Zbigniew Rau','OSCE'],'since 1 January, the chair of the OSCE',note='start of the OSCE chairmanship')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'led the talks in Geneva on Monday')
e(P,'2022-01-12','casualty_report',None,[PGO],"The prosecutor general's office said on Wednesday")
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','KASSYM-JOMART TOKAYEV'],['President','President of Kazakhstan'],'Kazakhstan',['he','The Kazakh leader','the president']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the CSTO secretariat','The alliance','the alliance']),
 sp('Indian Ministry of External Affairs','organisation',['Ministry of External Affairs'],[],'India',['The Ministry of External Affairs']),
 sp('Aditya Menon','person',['Aditya Menon'],['a fourth-year student in Almaty'],'India',note='invented'),
 sp('Kavita Sood','person',['Kavita Sood'],['Former ambassador'],'India',['she'],note='invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister','the Armenian leader'],'Armenia'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['The U.S. Secretary of State','Secretary of State'],'United States'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov','SERGEI RYABKOV'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['he'],note='spelled "Sergei" throughout this set; canonical from earlier sets'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway'),
 sp('Aigerim Dzhaksybekova','person',['Aigerim Dzhaksybekova'],['a Kazakh-Canadian community organizer in Saskatoon'],'Canada',['she'],note='invented'),
 sp('Máire Ó Murchú','person',['Máire Ó Murchú','Máire'],[],'Ireland',['His sister','his sister'],note='invented; sister of the deceased'),
 sp('Yerlan Suleimenov','person',['Yerlan Suleimenov'],[],'Kazakhstan',note='invented'),
 sp('Seán Ó Murchú','person',['Seán Ó Murchú','Mr Ó Murchú','Seán'],['engineer'],'Ireland',['he'],note='invented; the subject of the obituary'),
 sp('Peadar Lynch','person',['Peadar Lynch'],['a family friend'],'Ireland',[],['Fr Peadar Lynch'],note='invented; "Fr" honorific'),
 sp('Kazakh Information Ministry','organisation',['information ministry'],[],'Kazakhstan',['the information ministry']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Funmilayo Bakare','person',['Funmilayo Bakare'],['a senior fellow at the Lagos Institute of International Affairs'],'Nigeria',['she'],['Dr Funmilayo Bakare'],note='invented (institute invented too)'),
 sp('Ruth Ashworth','person',['Ruth Ashworth'],['a Central Asia specialist at the Australian National University'],'Australia',['she'],['Dr Ruth Ashworth'],note='invented'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',["Kazakhstan's interior ministry"]),
 sp('Sipho Ndlovu','person',['Sipho Ndlovu'],['Professor'],'South Africa',['he'],['Professor Sipho Ndlovu'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','ANDREI SERDYUKOV'],['Colonel General','General','the Russian officer in charge'],'Russia',['the general']),
 sp('Ayana','person',['Ayana'],[],'Kazakhstan',['she'],note='invented child, first name only, aged 11'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister',"Poland's foreign minister"],'Poland'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman','WENDY SHERMAN'],['US Deputy Secretary of State'],'United States'),
 sp('Marta Kowalczyk','person',['Marta Kowalczyk'],['an analyst at the Warsaw-based Centre for Eastern Studies'],'Poland',['she'],note='invented'),
 sp(RDM,'organisation',['Defence Ministry'],[],'Russia',["Russia's Defence Ministry"],quoted=False,note='source of figures in 745 only'),
 sp('Karim Masimov','person',['Karim Masimov','KARIM MASIMOV'],['former intelligence chief','Former head of the National Security Committee'],'Kazakhstan',[],[],quoted=False,note='mentioned in 746 and 748'),
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
