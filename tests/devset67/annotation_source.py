#!/usr/bin/env python3
"""Source of the devset67 annotation: the hand-chosen spans, values and dates for 629-636.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset67/annotation_source.py && python3 tests/devset67/verify.py
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

GFFO='German Federal Foreign Office'; GFG='German Federal Government'; ILMFA='Israeli Foreign Ministry'
DFAT='Australian Department of Foreign Affairs and Trade'; MNMFA='Mongolian Ministry of Foreign Affairs'
QD='Qazaq Diaspora Rhein-Main e.V.'; UCC='Ukrainian Canadian Congress'

# ---------------- 629 Kazakh diaspora community blog in Germany (08.01.2022, a Saturday)
art('629',0,6,10,QD,'2022-01-08',['Aigerim Sadykova'],None,
    ['QAZAQ DIASPORA RHEIN-MAIN e.V.','Home | Über uns | Events | Blog | Kontakt | Spenden','DE | EN | KZ','Blog › Community News',
     'Posted on 08.01.2022 by Aigerim Sadykova · 3 Comments · Reading time: 4 min','Tags: Kazakhstan, Almaty, Community, Vigil',
     'Share: Facebook | WhatsApp | Telegram | E-Mail','3 Comments','Gulnara K. – 08.01.2022 at 21:14','Reply',
     '© 2022 Qazaq Diaspora Rhein-Main e.V. · Impressum · Datenschutz'])
q('629','We just want to hear their voices','Yerlan Baimukhanov','Yerlan Baimukhanov',None,zone='headline',note='headline quote followed by a colon; repeated (shortened) from the body quote at l.'+str(ln('629','"We just want to hear their voices. Nobody')))
q('629','We just want to hear their voices. Nobody here is asking about politics right now,','Yerlan Baimukhanov','Yerlan Baimukhanov','said',note='inverted cue "said Yerlan Baimukhanov, chairman of the association"')
q('629','She told me she had not left the flat for two days and that she could hear shooting at night,','Yerlan Baimukhanov','he','said',note='reported words of his mother inside his quote ("She told me"); the speaker is Baimukhanov')
q('629',"I don't know if he is on duty or at home,",'Dinara','she','said',note='first name only (surname withheld)')
q('629','Every time the phone rings I am afraid to answer it.','Dinara','she','said',note='continuation after the interposed "she said", same paragraph')
q('629',"alive, don't worry.",None,'her brother','sent',note='the brother\'s text message, reported inside "She added that her brother had sent one message on Thursday: “…”"; anonymous speaker')
q('629','Foreign soldiers are never a good sign for a young country,','Serik Omarov','Mr Omarov','said',note='inverted "said Mr Omarov, 47"; full name given in the sentence before')
q('629','with great concern',GFFO,'A spokesperson for the Federal Foreign Office','said',partial=True)
q('629','This is for everyone who has lost someone, whatever they think about the government,','Yerlan Baimukhanov','Baimukhanov','said',note='under the all-caps subheading "VIGIL ON SUNDAY"')
c('629','detained',4400,'more than','people detained across the country',MIA,'more than 4,400 people have been detained')
c('629','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='scare-quoted label after the figure (excluded from quotes)')
c('629','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces died')
e('629','2022-01-05','other','Kazakhstan',[],'Since the internet in Kazakhstan was switched off on Wednesday',note='internet shutdown; Wednesday before Saturday 8 Jan')
e('629','2022-01-07','casualty_report',None,[MIA],'the ministry said on Friday')
e('629','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'began arriving on Thursday')
e('629',None,'statement','Berlin',[GFFO],'said the ministry was following events',note='undated')
e('629','2022-01-09','other','Frankfurt',[QD],'We are holding a silent vigil on Sunday',note='future vigil; Sunday after Saturday 8 Jan')

# ---------------- 630 Russian-language Israeli weekly in English translation (Thursday, 13 January 2022)
art('630',0,7,12,'Kurier Izrailya','2022-01-13',['Mark Zilberman'],None,
    ['KURIER IZRAILYA','The Russian-language weekly of Israel · English edition','World | Israel | Aliyah | Culture | Opinion',
     'Thursday, 13 January 2022 | 11 Shevat 5782','By Mark Zilberman','Translated from Russian by the editors',
     'Subscribe to the print edition: 52 issues – 390 NIS','Comments (0) · Print · Send to a friend'])
q('630','The city went silent overnight','Larisa Fainberg','Larisa Fainberg',None,zone='headline',note='headline quote followed by a colon; repeated from the body')
q('630','The city went silent overnight. My sister said even the dogs stopped barking,','Larisa Fainberg','she','told',note='"she told Kurier"; "My sister said" inside the quote')
q('630','We lost windows, we lost nerves, but we did not lose people','Boris Gurevich','Gurevich','said',note='«guillemets» with the comma outside the closing mark')
q('630','in constant contact',ILMFA,'The Foreign Ministry in Jerusalem','said',partial=True)
q('630','successfully completed',TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('630','Today it is an invitation from a friendly president. Tomorrow it may be an invitation from someone nobody elected,','Igor Shtern','he','said',note='"Dr Igor Shtern" named in the sentence before')
q('630','in less than a day','Igor Shtern','he','argued',partial=True)
q('630','If the planes fly, I fly,','Larisa Fainberg','she','said',note='"Larisa" (first name) at the start of the sentence')
c('630','detained',9900,None,'people detained during and after the riots','Kazakh authorities','9,900 people were detained')
c('630','killed',164,None,'dead (figure later withdrawn)','official Telegram channel','A figure of 164 dead',note='"which appeared on Sunday in an official Telegram channel, was later withdrawn"')
c('630','troops_deployed',2000,'about','foreign (CSTO) troops to be withdrawn',TOK,'roughly 2,000 foreign troops',note='"roughly" normalised to about')
e('630','2022-01-13','withdrawal','Kazakhstan',[CSTO],'On Thursday the first columns of the CSTO force began to leave the country',note='"On Thursday" = publication day')
e('630',None,'statement','Jerusalem',[ILMFA],'The Foreign Ministry in Jerusalem said last week',note='"last week" is not a day')
e('630','2022-01-09','casualty_report',None,['official Telegram channel'],'which appeared on Sunday in an official Telegram channel')
e('630','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('630','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named Alikhan Smailov as prime minister the same day',note='"the same day" = Tuesday')

# ---------------- 631 Kharkiv regional news site (07.01.2022, a Friday)
art('631',0,5,11,'Sloboda News','2022-01-07',['Kateryna Marchenko'],None,
    ['SLOBODA NEWS · Kharkiv','News of Kharkiv and the region','Kharkiv | Region | Ukraine | World | Sport | Weather: -4°C',
     '07.01.2022 18:42 | 👁 2 918 | World','Author: Kateryna Marchenko',
     'Photo: Students from Kazakhstan in the hostel in Pavlove Pole. Photo by Sloboda News',
     'Read also: Kharkiv airport resumes flights to Turkey after the holidays','Subscribe to Sloboda News on Telegram and Viber',
     'Found a mistake? Select the text and press Ctrl+Enter'])
q('631',"My father called me from a neighbour's phone and said one thing: stay in Kharkiv, don't buy a ticket,",'Aruzhan','Aruzhan','said',note='inverted "said Aruzhan, a fourth-year student"; first name only; "said one thing:" inside the quote')
q('631','Those who refuse to lay down their arms will be destroyed,',TOK,'the Kazakh leader','said')
q('631','Nobody will be expelled because of what is happening at home,','Olha Tkachenko','Olha Tkachenko','told',note='"its head Olha Tkachenko told Sloboda News"')
q('631','They moved an airborne division in a day. Belgorod is much closer to us than Ulyanovsk is to Almaty,','Vadym Kovalenko','he','said')
q('631','the first real test','Vadym Kovalenko','He','noted',partial=True)
q('631','no signs of escalation','Serhiy Lysenko','Serhiy Lysenko','said',partial=True)
q('631','We are calm but we are not naive,','Serhiy Lysenko','he','added')
c('631','killed',26,None,'armed rioters "liquidated"',MIA,'26 armed rioters had been "liquidated"',note='one-word scare quote "liquidated" after the figure (excluded from quotes)')
c('631','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed')
c('631','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c('631','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'Ukrainian intelligence',"about 100,000 troops near Ukraine's borders",note='"According to Ukrainian intelligence estimates quoted by Kovalenko"')
e('631','2022-01-07','other','Kharkiv',[],'gathered on Friday in the hostel',note='students\' meeting')
e('631','2022-01-05','other','Kazakhstan',[],'since Wednesday, when the authorities in Kazakhstan cut the internet')
e('631','2022-01-07','casualty_report','Nur-Sultan',[MIA],'The Interior Ministry in Nur-Sultan reported on Friday')
e('631','2022-01-07','statement',None,[TOK],'In the morning President Kassym-Jomart Tokayev said',note='"In the morning" of the publication day')
e('631','2022-01-06','troop_deployment','Almaty',['Russia'],'the arrival of Russian paratroopers in Almaty on Thursday')
e('631','2022-01-10','talks','Geneva',['Russia','United States'],'the Russia–US talks in Geneva on Monday',note='future; Monday after Friday 7 Jan')

# ---------------- 632 Polish regional daily in translation (13.01.2022, a Thursday)
art('632',0,7,13,'Gazeta Nadbużańska','2022-01-13',['Tomasz Wróblewski'],None,
    ['GAZETA NADBUŻAŃSKA','Biała Podlaska · Siedlce · Łosice','Region | Poland | World | Business | Sport | Obituaries','WORLD',
     '13.01.2022, 20:15','Tomasz Wróblewski','Translated from Polish by the newspaper','TAGS: OSCE, Kazakhstan, Rau, Łosice, deportations',
     'Comments: 4 · Share · Print','Gazeta Nadbużańska © 2022 · All rights reserved · Cookie policy'])
q('632','Kazakhstan shows how fast a crisis can spread','Zbigniew Rau','Rau',None,zone='headline',note='Polish „…” marks; colon attribution "Rau in Vienna:"; the words are not in the body')
q('632','The risk of war in the OSCE area is greater now than at any time in the past thirty years','Zbigniew Rau','Rau','told',note='Polish „…”, cue after an en dash: ” – Rau told the ambassadors')
q('632','a social protest turned into a bloodbath within two days','Zbigniew Rau','he','as he put it',partial=True)
q('632','They told me the shops were empty for three days, but now there is bread again','Halina Kowalczyk','she','said',note='” – she said')
q('632','For people whose grandparents were brought there by the NKVD, a Russian column on the road is not a neutral picture','Marek Sadowski','he','said')
q('632','We have seen no movement of military units on the other side','Piotr Maj','Lt Col. Piotr Maj','said',note='inverted "– said Lt Col. Piotr Maj, spokesman for …"; rank abbreviation with a full stop')
c('632','troops_deployed',2000,'more than','soldiers in the CSTO contingent',RDM,'more than 2,000 soldiers')
c('632','other',250,'about','pieces of CSTO equipment',RDM,'about 250 pieces of equipment')
c('632','detained',10000,'almost','people detained after the riots',MIA,'nearly 10,000 people were detained')
e('632','2022-01-13','talks','Vienna',['Zbigniew Rau','OSCE'],'opened the year of the Polish OSCE chairmanship in Vienna on Thursday',note='OSCE Permanent Council')
e('632','2022-01-10','talks','Geneva',['Russia','United States'],'after Geneva on Monday')
e('632','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO–Russia Council in Brussels on Wednesday')
e('632','2022-01-13','withdrawal','Kazakhstan',[CSTO],'On the same day the Russian-led CSTO force began to withdraw',note='"On the same day" = Thursday of the Vienna meeting')
e('632','2022-01-12','statement','Terespol',['Nadbużański Border Guard Unit'],'Border guards in Terespol told us on Wednesday')
e('632',None,'statement',None,['Marcin Przydacz'],'Marcin Przydacz said earlier this week',note='"earlier this week" is not a day')

# ---------------- 633 German regional paper in translation (Dienstag, 11.01.2022)
art('633',0,9,11,'Lippische Rundschau','2022-01-11',['Jana Hölscher'],'Detmold',
    ['Lippische Rundschau','Detmold · Lemgo · Bad Salzuflen','Lokales | Lippe | Nordrhein-Westfalen | Welt | Sport | Service',
     'Dienstag, 11.01.2022 – 17:30 Uhr','[Translated from German]','By Jana Hölscher','Comment on this article (2)',
     'Share: Facebook Twitter WhatsApp Mail','More from Lippe: Road closure on the B 239 near Lage until Friday'])
q('633','Every day we call and every day we are afraid','Viktor Reimer','Viktor Reimer',None,zone='headline',note='straight quotes in the headline; the body has the same words in German „…“ marks')
q('633','At first there was no connection at all. Then on Saturday he called for two minutes and said: we are alive, the town is quiet','Viktor Reimer','Reimer','says',note='German „…“ marks, comma after the closing mark, present-tense cue "says"; "said:" inside the quote')
q('633','Every day we call and every day we are afraid','Viktor Reimer','he','added',n=2)
q('633','We have about 300 families in our local branch, and I think 200 of them have someone in Kazakhstan','Olga Dyck','Olga Dyck','said',note='inverted "said branch chairwoman Olga Dyck"; counts inside the quote are not claims')
q('633',"an attempted coup d'état",TOK,'Tokayev','had called it',partial=True,note='borderline between a label and a partial quote; kept because a speaker and a verb are given')
q('633','with concern',GFG,'a government spokesman','said',partial=True)
q('633','Many people here have two homelands. When one of them burns, the other one feels the heat','Andreas Wiebe','he','said')
q('633','People need facts, not rumours from Telegram','Olga Dyck','she','said',note='"Ms Dyck" in the sentence before')
c('633','killed',164,None,'dead (figure later withdrawn)','official channel','reported 164 dead')
c('633','detained',7939,None,'people detained up to Monday',MIA,'7,939 people were detained')
c('633','troops_deployed',2030,'about','CSTO soldiers in the operation',CSTO,'About 2,030 soldiers took part')
e('633','2022-01-09','casualty_report',None,['official channel'],'On Sunday an official channel reported 164 dead')
e('633','2022-01-11','statement','Nur-Sultan',[TOK],'told the parliament in Nur-Sultan on Tuesday')
e('633','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving in two days',note='future; two days after Tuesday 11 Jan')
e('633','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'At a video summit of the CSTO on Monday')
e('633','2022-01-10','statement','Berlin',[GFG],'In Berlin a government spokesman said on Monday')
e('633','2022-01-09','other','Detmold',['Andreas Wiebe'],'held a prayer service on Sunday')
e('633','2022-01-15','other','Detmold',['Landsmannschaft of Germans from Russia'],'planning an information evening on the situation next Saturday',note='"next Saturday" from Tuesday 11 Jan read as 15 Jan (could be read as 22 Jan)')

# ---------------- 634 Canadian ethnic-press weekly (Friday, January 14, 2022)
art('634',0,7,11,'Prairie Ukrainian Weekly','2022-01-14',['Roman Hnatiuk'],'WINNIPEG',
    ['PRAIRIE UKRAINIAN WEEKLY','Serving Ukrainian Canadians since 1984 · Winnipeg, Manitoba','Vol. 38, No. 2 · Friday, January 14, 2022',
     'NEWS | COMMUNITY | CHURCH | ARTS | OBITUARIES | SUBSCRIBE','By Roman Hnatiuk, Staff Writer','Letters to the editor: letters@prairieukrainian.ca',
     'Subscribe: $65 per year (52 issues) · Digital edition $40','Page 1 of 24 · Continued on page 3: "Manitoba Ukrainians gather food for Donbas families"'])
q('634','a dress rehearsal,','Oksana Melnyk','community leaders','warn',partial=True,zone='headline',note='headline partial with the comma inside the mark; generic "community leaders", words are Melnyk\'s (body l.'+str(ln('634','"What we saw in Almaty'))+')')
q('634','What we saw in Almaty was a dress rehearsal. Russia showed it can fly in an army overnight and call it peacekeeping,','Oksana Melnyk','Oksana Melnyk','said',note='inverted "said Oksana Melnyk, president of …"')
q('634','significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('634','the door remains open','Jens Stoltenberg','he','said',partial=True,note='interposed ", he said," before the reported clause')
q('634','Canada cannot wait for a second Kazakhstan on the Dnipro,','Daniel Kowalski','he','told')
q('634','Tokayev asked for help. Nobody in Kyiv is asking Putin for anything,','Taras Bodnar','Taras Bodnar','said',note='names inside the quote (Tokayev, Putin); inverted cue')
c('634','troops_deployed',2000,'about','troops Russia led into Kazakhstan','Russia','the roughly 2,000 troops it led into Kazakhstan',note='"Moscow says"')
c('634','detained',10000,'about','people detained during the unrest','Kazakh officials','about 10,000 people were detained')
c('634','troops_deployed',100000,None,'Russian soldiers massed near Ukraine','Daniel Kowalski','massed 100,000 soldiers near Ukraine')
e('634','2022-01-11','other','Winnipeg',[UCC,'Oksana Melnyk'],'at a meeting in the Holy Family parish hall on Tuesday',note='community meeting')
e('634','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'The week began on Monday in Geneva')
e('634','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday NATO allies met Russian officials in Brussels')
e('634','2022-01-13','talks','Vienna',['OSCE','Russia'],'on Thursday the talks moved to the OSCE in Vienna')
e('634',None,'statement','Brussels',['Jens Stoltenberg'],'said after the Brussels meeting',note='no day word; context gives Wednesday 12 Jan')
e('634','2022-01-13','withdrawal','Almaty',[RDM],'Russian Defence Ministry footage on Thursday',note='first transport planes leaving Almaty')
e('634','2022-01-16','protest','Winnipeg',[UCC],'starts at 1 p.m. on Sunday, January 16',note='future rally at the Legislature')

# ---------------- 635 Australian community radio news page (Posted Sun 9 Jan 2022, 8:40pm AEDT)
art('635',0,8,13,'Northside Community Radio','2022-01-09',['Madina Akhmetova'],None,
    ['NORTHSIDE COMMUNITY RADIO 97.9FM',"Melbourne's multicultural voice · Listen live ▶",'Programs | Schedule | News | Volunteer | Donate',
     'Steppe Hour – Central Asian news in English and Kazakh','Presented by Madina Akhmetova and Tim Doherty · Sundays 7pm–8pm',
     'Posted Sun 9 Jan 2022, 8:40pm AEDT','▶ Listen (5:12)   ⬇ Download MP3   Share',
     'Support community radio: become a member from $30 a year.'])
q('635','On Wednesday night they lay on the floor of the kitchen because the windows face the street,','Askar Nurlanov','he','said')
q('635','My dad is 74. He said he had not seen anything like it since 1986.','Askar Nurlanov','he','said',note='continuation after the interposed "he said"; "He said" inside the quote refers to the father')
q('635','reconsider your need to travel',DFAT,'The Department of Foreign Affairs and Trade','has told',partial=True)
q('635',"This is as much about Nazarbayev's family as it is about fuel prices,",'Helen Barker','Dr Barker','said',note='"Associate Professor Helen Barker" then "Dr Barker"')
q('635','The question is what Moscow will want in return,','Helen Barker','she','added')
q('635','We are far away, but our hearts are in Almaty tonight,','Madina Akhmetova','Akhmetova','said',note='the presenter/author herself, inverted cue "said Akhmetova as she closed the program"')
c('635','killed',164,None,'people died (figure later removed)','Kazakh state media','164 people had died',note='removed from an official Telegram channel; the Health Ministry said it was a mistake')
c('635','detained',5800,None,'people detained, among them foreign citizens',MIA,'5,800 people had been detained')
c('635','troops_deployed',2500,'about','CSTO troops guarding airports and buildings',None,'A CSTO force of about 2,500 troops')
e('635','2022-01-09','casualty_report',None,['Kazakh state media'],'Kazakh state media reported on Sunday')
e('635','2022-01-08','arrest',None,['Karim Masimov','National Security Committee'],'the National Security Committee announced on Saturday',note='date of the announcement')
e('635','2022-01-07','statement',None,[TOK],'President Kassym-Jomart Tokayev on Friday authorised troops')
e('635',None,'statement',None,[DFAT],'has told Australians to',note='undated travel advice')
e('635','2022-01-10','talks',None,[CSTO],'Leaders of the CSTO will hold an online summit tomorrow',note='"tomorrow" from Sunday 9 Jan (AEDT evening is still Sunday in Kazakhstan)')
e('635','2022-01-10','other','Kazakhstan',[],'Monday has been declared a day of national mourning')

# ---------------- 636 Bayan-Ölgii Kazakh-language paper in translation (2022.01.12, a Wednesday)
art('636',0,7,11,'Ölgii Tany','2022-01-12',[],'Ölgii',
    ['ӨЛГИЙ ТАҢЫ · ÖLGII TANY','Bayan-Ölgii aimag newspaper · English version','Басты бет | Аймақ | Әлем | Мәдениет | Спорт',
     'Translated from Kazakh','2022.01.12 · 16:05 · Views: 1 204','Ölgii Tany · Tel: 7042-2-xx-xx · olgiitany@mail.mn',
     'Біздің Facebook парақшамыз / Our Facebook page'])
q('636','We slept in our clothes for four nights','Nurbolat Kenzhebai','Nurbolat Kenzhebai',None,zone='headline',note='headline quote after a colon; repeated from the body')
q('636','We slept in our clothes for four nights. When the shooting stopped, we only wanted to see our mothers,','Nurbolat Kenzhebai','Nurbolat Kenzhebai','said')
q('636','They told us: if you go out, nobody will be able to help you,','Aigul Serikkhan','she','said',note='the guards\' words reported inside her quote; the speaker is the student')
q('636','ready to help everyone who wants to return',MNMFA,"Mongolia's Ministry of Foreign Affairs",'said',partial=True)
q('636','Kazakhstan is our historical homeland, and what happens there happens to us,','A. Daulet','the governor','said',note='initial-dot name "A. Daulet" in the sentence before')
q('636','did not take a single tögrög from the families','A. Daulet','he','said',partial=True,note='interposed "who, he said,"')
q('636','The Kazakh steppe has seen worse days. It will stand','Kabdolla Mukhametkhan','the elder','said',note='«guillemets», comma outside')
c('636','detained',7939,None,'people detained across the country',MIA,'7,939 people were detained')
c('636','troops_deployed',2030,None,'CSTO troops to leave Kazakhstan',TOK,'of whom there were 2,030')
e('636','2022-01-11','other','Ölgii',[],'came home on Tuesday after the riots in Kazakhstan',note='students\' return')
e('636','2022-01-10','other','Ulaanbaatar',[],'on a special flight the day before',note='"the day before" = Monday, before Tuesday\'s return')
e('636','2022-01-10','statement',None,[MNMFA],'said on Monday that no Mongolian citizen')
e('636','2022-01-12','other','Ölgii',['A. Daulet'],'met the students and their parents at the aimag theatre on Wednesday',note='Wednesday = publication day')
e('636','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('636','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin to leave the country in two days',note='future; two days after Tuesday 11 Jan')
e('636','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He also proposed Alikhan Smailov as prime minister',note='approved by the deputies the same day')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Yerlan Baimukhanov','person',['Yerlan Baimukhanov','Baimukhanov'],['chairman of the association'],'Kazakhstan',['he'],note='invented'),
 sp('Dinara','person',['Dinara'],['a medical student in Mainz'],'Kazakhstan',['she'],note='invented; first name only'),
 sp('Serik Omarov','person',['Serik Omarov','Omarov'],['the Darmstadt engineer'],'Kazakhstan',[],['Mr Omarov'],note='invented'),
 sp(GFFO,'organisation',['Federal Foreign Office'],[],'Germany',['A spokesperson for the Federal Foreign Office']),
 sp('Larisa Fainberg','person',['Larisa Fainberg','Larisa'],[],'Israel',['she'],note='invented'),
 sp('Boris Gurevich','person',['Boris Gurevich','Gurevich'],['chairs the Jewish community association in Almaty'],'Kazakhstan',note='invented'),
 sp(ILMFA,'organisation',['Foreign Ministry in Jerusalem'],[],'Israel',['The Foreign Ministry in Jerusalem']),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['the Kazakh leader','He'],[]),
 sp('Igor Shtern','person',['Igor Shtern'],['Political scientist'],'Israel',['he'],['Dr Igor Shtern'],note='invented'),
 sp('Aruzhan','person',['Aruzhan'],['a fourth-year student from Almaty'],'Kazakhstan',note='invented; first name only'),
 sp('Olha Tkachenko','person',['Olha Tkachenko'],['its head'],'Ukraine',note='invented'),
 sp('Vadym Kovalenko','person',['Vadym Kovalenko','Kovalenko'],['Political analyst'],'Ukraine',['he','He'],note='invented'),
 sp('Serhiy Lysenko','person',['Serhiy Lysenko'],['The deputy head of the regional administration'],'Ukraine',['he'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Foreign Minister'],'Poland',['he'],note='words invented'),
 sp('Halina Kowalczyk','person',['Halina Kowalczyk'],[],'Poland',['she'],note='invented'),
 sp('Marek Sadowski','person',['Marek Sadowski'],['a historian from the university in Siedlce'],'Poland',['he'],['Dr Marek Sadowski'],note='invented'),
 sp('Piotr Maj','person',['Piotr Maj'],['spokesman for the Nadbużański Border Guard Unit'],'Poland',[],['Lt Col. Piotr Maj'],note='invented'),
 sp('Viktor Reimer','person',['Viktor Reimer','Reimer'],[],'Germany',['he'],note='invented'),
 sp('Olga Dyck','person',['Olga Dyck','Dyck'],['branch chairwoman'],'Germany',['she'],['Ms Dyck'],note='invented'),
 sp(GFG,'organisation',['federal government'],[],'Germany',['a government spokesman']),
 sp('Andreas Wiebe','person',['Andreas Wiebe'],['Pastor'],'Germany',['he'],note='invented'),
 sp('Oksana Melnyk','person',['Oksana Melnyk'],['president of the Manitoba branch of the Ukrainian Canadian Congress'],'Canada',['community leaders'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,['he'],note='words paraphrased'),
 sp('Daniel Kowalski','person',['Daniel Kowalski','Kowalski'],['Winnipeg Conservative MP'],'Canada',['he'],note='invented'),
 sp('Taras Bodnar','person',['Taras Bodnar'],['a retired history teacher from Selkirk'],'Canada',note='invented'),
 sp('Askar Nurlanov','person',['Askar Nurlanov'],['who runs a café in Brunswick'],'Australia',['he'],note='invented'),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade'],[],'Australia',['The Department of Foreign Affairs and Trade']),
 sp('Helen Barker','person',['Helen Barker','Barker'],['Associate Professor','a Central Asia researcher at a Melbourne university'],'Australia',['she'],['Dr Barker'],note='invented'),
 sp('Madina Akhmetova','person',['Madina Akhmetova','Akhmetova'],['Presented by'],'Australia',[],note='invented; presenter and author'),
 sp('Nurbolat Kenzhebai','person',['Nurbolat Kenzhebai'],['a third-year student at al-Farabi Kazakh National University'],'Mongolia',note='invented'),
 sp('Aigul Serikkhan','person',['Aigul Serikkhan'],[],'Mongolia',['she'],note='invented'),
 sp(MNMFA,'organisation',['Ministry of Foreign Affairs'],[],'Mongolia',["Mongolia's Ministry of Foreign Affairs"]),
 sp('A. Daulet','person',['A. Daulet'],['The governor of Bayan-Ölgii aimag'],'Mongolia',['the governor','he'],note='invented; initial-dot name'),
 sp('Kabdolla Mukhametkhan','person',['Kabdolla Mukhametkhan'],['Elder'],'Mongolia',['the elder'],note='invented'),
 sp(CSTO,'organisation',['CSTO'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['prime minister'],'Kazakhstan',[],[],quoted=False,note='mentioned in 3 files'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],[],quoted=False,note='mentioned in 633 and (inside a quote) 634'),
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
