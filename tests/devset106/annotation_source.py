#!/usr/bin/env python3
"""Source of the devset106 annotation: the hand-chosen spans, values and dates for 941-948.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset106/annotation_source.py && python3 tests/devset106/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),hl=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=hl if hl else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
PLMFA='Polish Ministry of Foreign Affairs'; ARMOD='Armenian Defence Ministry'; ILMFA='Israeli Foreign Ministry'
BEMFA='Belgian FPS Foreign Affairs'; ALA='Almaty International Airport'; KTF='Kazakhstan Tennis Federation'
def item(p,index,head,hl,body,outlet,published,authors,dateline,boiler=(),le=None):
    L=T[doc(p)].split('\n'); assert hl in L[head-1],(p,hl)
    art(p,index,head,body,outlet,published,authors,dateline,list(boiler),ls=head,le=le if le else body,hl=hl)

# ---------------- 941 Polish embassy press review No. 6/2022 (Wednesday 12 January 2022): 8 items = 8 articles
P='941'; EMB='Embassy of the Republic of Poland in Nur-Sultan'; PUB='2022-01-12'
H941=[(11,'Tokayev names new prime minister, says CSTO mission is over'),(15,'Almost 10,000 detained, Interior Ministry says'),
 (19,'Withdrawal to begin on Thursday, Moscow confirms'),(23,'Geneva: "no progress" but talks to continue'),
 (27,'Minister Rau to present OSCE chairmanship priorities in Vienna'),(31,'Consulate in Almaty: Polish citizens safe'),
 (35,'Internet restored in Almaty, banks reopen'),(39,'Commentary: "A bill Moscow will present later"')]
for i,(h,hl) in enumerate(H941):
    item(P,i,h,hl,h+2,EMB,PUB,[],None,
         ['Ambasada Rzeczypospolitej Polskiej w Nur-Sułtanie','Embassy of the Republic of Poland in Nur-Sultan','Home / News / Press review',
          'PRESS REVIEW No. 6/2022','Wednesday, 12 January 2022','Prepared by: Political and Economic Section',
          'The press review is a summary of media reports and does not reflect the official position of the Ministry of Foreign Affairs of the Republic of Poland.']
         if i==0 else (['---','Ambasada RP w Nur-Sułtanie, Kabanbay Batyr Ave. 13, Nur-Sultan','Share: Facebook | Twitter | E-mail | Print',
          '© Ministry of Foreign Affairs of the Republic of Poland'] if i==7 else []))
q(P,'successfully completed',TOK,'the president','said',art=0,partial=True,note='two-word partial with a speech verb (evaluative)')
q(P,'The main task, the protection of strategic facilities, has been fulfilled. There is no further need for foreign forces on our soil,',TOK,'he','told',art=0,note='"he told deputies"; he = the president')
c(P,'troops_deployed',2030,None,'CSTO contingent in Kazakhstan',None,'The CSTO contingent numbers 2,030 servicemen',art=0,note='"250 units of equipment" is not a claim')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'on Tuesday proposed Alikhan Smailov',art=0,note='Tuesday before Wed 12 Jan; the Mazhilis approved him the same day')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'In his address to the lower house',art=0,note='same day as the Tuesday nomination')
e(P,'2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'the withdrawal would start in two days',art=0,note='"in two days" counted from the Tuesday address (11 Jan)')
q(P,'citizens of neighbouring states','Shyngys Alekeshev','Ministry spokesman Shyngys Alekeshev','said',art=1,partial=True)
c(P,'detained',10000,'almost','people detained',MIA,'Almost 10,000 detained',art=1,zone='headline',note='rounded headline figure; the body gives 9,900')
c(P,'detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people have been detained',art=1,note='"125 criminal investigations" and the number 102 are not claims')
e(P,'2022-01-10','statement',None,['Shyngys Alekeshev'],'said on Monday that those detained included',art=1)
q(P,'the tasks set have been carried out in full','Andrei Serdyukov','Colonel General Andrey Serdyukov','told',art=2,partial=True,note='"told a briefing"; role phrase "commander of the collective force" follows the name')
e(P,'2022-01-13','troop_withdrawal','Almaty',[RDM,CSTO],'the first aircraft would leave Almaty on Thursday',art=2,note='future; Thursday after Wed 12 Jan. "more than 20 Il-76 and An-124 aircraft" is not a claim')
e(P,None,'statement',None,['Andrei Serdyukov'],'told a briefing that',art=2,note='undated (the item is from 12.01)')
q(P,'no progress','Sergey Ryabkov','Sergey Ryabkov',None,art=3,zone='headline',partial=True,note='headline gist of Ryabkov\'s words ("no reason to speak of progress yet"), not verbatim')
q(P,'We have the impression that the American side has taken the Russian proposals very seriously, but there is no reason to speak of progress yet.','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','told',art=3,note='colon cue: "told journalists afterwards: \\"…\\""')
q(P,'ideas that no ally could ever accept','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',art=3,partial=True)
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],"Monday's strategic security dialogue in Geneva",art=3,note='"nearly eight hours" is a duration')
q(P,'one of the issues we will follow closely.',PLMFA,'the ministry','said',art=4,partial=True,note='full stop inside the closing mark')
q(P,'The OSCE must remain a place where adversaries keep talking, and this year that will be harder than at any time since the Cold War.','Zbigniew Rau','Mr Rau','said',art=4,note='colon cue "Mr Rau said: \\"…\\""')
e(P,'2022-01-11','statement',None,[PLMFA],'In a statement issued yesterday',art=4,note='"yesterday" from Wed 12 Jan')
e(P,'2022-01-13','talks','Vienna',['Zbigniew Rau','OSCE'],'to the Permanent Council in Vienna on Thursday',art=4,note='future')
q(P,'Our telephone lines remained open throughout the state of emergency, even when the internet did not work,','Marek Zieliński','consul Marek Zieliński','said',art=5,note='inverted "…," consul NAME said; "37 Polish citizens" is not a claim')
e(P,'2022-01-11','other','Almaty',[],'Mobile internet was restored in Almaty on Tuesday morning',art=6,note='internet restored; "up to 200 people" and "23:00" are not claims')
q(P,'A bill Moscow will present later','Piotr Kamiński','Piotr Kamiński',None,art=7,zone='headline',partial=True,note='headline gist of the body partial')
q(P,'a political debt that Moscow will present for payment later','Piotr Kamiński','he','writes',art=7,partial=True,note='"he writes" interposed in the reporter\'s sentence')
e(P,'2022-01-12','talks','Brussels',['Russia','NATO'],"Russia's talks with NATO in Brussels on Wednesday",art=7,note='Wednesday = the review day')

# ---------------- 942 Government of Armenia Daily Bulletin (13.01.2022, Thursday): 6 items = 6 articles
P='942'; GOV='Government of the Republic of Armenia'; PUB='2022-01-13'
H942=[(11,'Nikol Pashinyan: Our peacekeepers fulfilled their mission with honour'),(16,'Cabinet approves the support programme for small businesses in border communities'),
 (21,'Ararat Mirzoyan holds telephone conversation with Mukhtar Tileuberdi'),(26,'Ministry of Defence: about 100 servicemen took part in the mission'),
 (31,'The Prime Minister receives a call from the President of Kazakhstan'),(36,'Consular assistance: embassy in Nur-Sultan in contact with compatriots')]
for i,(h,hl) in enumerate(H942):
    b=['13.01.2022 | '+['11:05','12:20','14:35','15:50','17:10','18:25'][i]]
    if i==0: b=['THE GOVERNMENT OF THE REPUBLIC OF ARMENIA','Press and Information Department','Prime Minister | Government | Cabinet Sittings | Press Releases | Daily Bulletin',
                'DAILY BULLETIN','13.01.2022','All news  |  Print version  |  Subscribe to the bulletin']+b
    if i==5: b=b+['---','Government of the Republic of Armenia, Republic Square, Government House 1, Yerevan 0010',
                  '© 2022 Press and Information Department. Materials may be reproduced with reference to www.gov.am','Share:  Facebook  Twitter  Telegram']
    item(P,i,h,hl,h+2,GOV,PUB,[],None,b)
q(P,'Our servicemen carried out their task with honour and without a single incident, and I thank each of them,','Nikol Pashinyan','the Prime Minister','said',art=0,note='the headline "Nikol Pashinyan: Our peacekeepers…" has no quote marks and is not a quote')
q(P,'limited in time','Nikol Pashinyan','He','recalled',art=0,partial=True,note='what the leaders agreed, as recalled by Pashinyan; the CSTO leaders collectively are an alternative speaker')
q(P,'The decision was taken on the basis of the Treaty and at the request of a member state,','Nikol Pashinyan','Nikol Pashinyan','noted',art=0)
e(P,'2022-01-13','other','Yerevan',['Nikol Pashinyan'],"At the beginning of today's Cabinet sitting",art=0,note='internal government meeting; "today" = bulletin day')
e(P,'2022-01-13','troop_withdrawal','Kazakhstan',['Armenia',CSTO],'would start returning home today',art=0)
e(P,'2022-01-10','talks',None,['Nikol Pashinyan',CSTO],'had convened the session of 10 January',art=0,note='CSTO Collective Security Council video session')
q(P,'This is not a subsidy, it is a chance to stay,','Vahan Kerobyan','the Minister','said',art=1,note='title-only attribution; named in the sentence before. AMD 10 million and 430 businesses are not claims')
e(P,None,'other',None,[GOV],'The Government approved a programme',art=1,note='no day word; the Cabinet sitting of 13 Jan is likely')
q(P,'timely and practical assistance','Mukhtar Tileuberdi','The Kazakh side','expressed gratitude for',art=2,partial=True,note='"the Kazakh side" = the Kazakh foreign minister on the call')
q(P,'the friendly people of Kazakhstan','Ararat Mirzoyan','Minister Mirzoyan','stressed',art=2,partial=True)
e(P,'2022-01-12','talks',None,['Ararat Mirzoyan','Mukhtar Tileuberdi'],'Yesterday, Foreign Minister Ararat Mirzoyan held a telephone conversation',art=2,note='"Yesterday" from Thu 13 Jan')
c(P,'troops_deployed',100,'about','Armenian servicemen in the CSTO mission',ARMOD,'Ministry of Defence: about 100 servicemen took part',art=3,zone='headline')
c(P,'troops_deployed',100,'about','Armenian servicemen in the CSTO mission',ARMOD,'which consisted of about 100 servicemen',art=3)
q(P,'Not a single weapon was used and not one of our soldiers was injured,','Aram Torosyan','Ministry spokesman Aram Torosyan','said',art=3)
e(P,'2022-01-07','troop_deployment','Kazakhstan',['Armenia','Russia'],'by Russian military transport aircraft on 7 January',art=3)
e(P,'2022-01-13','troop_withdrawal','Yerevan',['Armenia'],'The first group will land at Erebuni airport tonight',art=3,note='"tonight" = bulletin day')
e(P,'2022-01-15','troop_withdrawal',None,['Armenia'],'the return is expected to be completed by Saturday',art=3,note='future; Saturday after Thu 13 Jan')
q(P,'an example of real allied solidarity.',TOK,'The President of Kazakhstan','described',art=4,partial=True,note='full stop inside the mark; title-only mention')
q(P,'in the interests of the whole region','Nikol Pashinyan','Nikol Pashinyan','noted',art=4,partial=True)
e(P,'2022-01-12','talks',None,[TOK,'Nikol Pashinyan'],'called Prime Minister Nikol Pashinyan on Wednesday evening',art=4)
q(P,'no reports of casualties among our compatriots','Levon Hakobyan','Ambassador Levon Hakobyan','said',art=5,partial=True,note='"said in a video message"; "more than 250 citizens" is not a claim')
e(P,None,'statement',None,['Levon Hakobyan'],'said in a video message',art=5,note='undated')

# ---------------- 943 Belga English news ticker (Wednesday 12/01/2022), newest first: 10 items = 10 articles
P='943'; PUB='2022-01-12'
H943=[(6,'NATO-RUSSIA COUNCIL ENDS AFTER FOUR HOURS, NO AGREEMENT','BRUSSELS'),(9,'GRUSHKO: "NATO DOES NOT WANT TO HEAR US"','BRUSSELS'),
 (12,'SHERMAN: "WE WILL NOT SLAM THE DOOR"','BRUSSELS'),(15,'WILMÈS HOPES FOR "A SERIOUS DIALOGUE"','BRUSSELS'),
 (18,'KAZAKHSTAN: ALMOST 10,000 DETAINED AFTER RIOTS','NUR-SULTAN'),(21,'CSTO TROOPS TO START LEAVING KAZAKHSTAN ON THURSDAY','MOSCOW'),
 (24,'THREE BELGIANS STILL IN ALMATY, ALL SAFE','BRUSSELS'),(27,'EUROPEAN PARLIAMENT TO DEBATE KAZAKHSTAN NEXT WEEK','STRASBOURG'),
 (30,'OSCE MEETS IN VIENNA ON THURSDAY, LAST ROUND OF THE WEEK','VIENNA'),(33,'PRESS REVIEW: "THE WEEK OF TRUTH"','BRUSSELS')]
for i,(h,hl,dl) in enumerate(H943):
    b=['BELGA','Belgian News Agency - English service','NEWS TICKER | Wednesday 12/01/2022','[Refresh]  [Filter: Politics - World - Security]  [All times CET]'] if i==0 else []
    if i==9: b=['(c) Belga. All rights reserved. Reproduction prohibited without written permission.']
    item(P,i,h,hl,h+1,'Belga',PUB,[],dl,b)
q(P,'The gap between the allies and Russia is deep, and it will not be closed in one afternoon,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told',art=0,note='inverted: "…," NATO Secretary General Jens Stoltenberg told a press conference')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'ended without agreement on Wednesday afternoon',art=0,note='"four hours", "more than two years" are durations')
q(P,'NATO DOES NOT WANT TO HEAR US','Alexander Grushko','GRUSHKO',None,art=1,zone='headline',note='all-caps headline quote after "NAME:"; not repeated in the body')
q(P,'The line of NATO towards containment of Russia is not changing,','Alexander Grushko','Grushko','said',art=1)
e(P,None,'statement','Brussels',['Alexander Grushko'],'said after the meeting that the alliance had rejected',art=1,note='no day word; likely 12 Jan')
q(P,'WE WILL NOT SLAM THE DOOR','Wendy Sherman','SHERMAN',None,art=2,zone='headline')
q(P,"shut the alliance's door from the outside",'Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',art=2,partial=True)
q(P,'neither promised to pull back its troops nor refused to','Wendy Sherman','she','said',art=2,partial=True,note='interposed ", she said," before the partial; the subject "The Russian delegation" is not the speaker')
q(P,'A SERIOUS DIALOGUE','Sophie Wilmès','WILMÈS',None,art=3,zone='headline',partial=True,note='cue-like verb "HOPES FOR" in the headline; cue kept null as for the other headline quotes')
q(P,'a serious dialogue, without ultimatums','Sophie Wilmès','Foreign Minister Sophie Wilmès','said',art=3,partial=True)
q(P,'fully behind','Sophie Wilmès','she','said',art=3,partial=True,note='two-word partial with a speech verb')
e(P,None,'statement','Brussels',['Sophie Wilmès'],'on the margins of a meeting at the Egmont Palace',art=3,note='no day word')
c(P,'detained',10000,'almost','people detained after the riots',None,'ALMOST 10,000 DETAINED AFTER RIOTS',art=4,zone='headline')
c(P,'detained',9900,None,'people detained after the unrest','Kazakh authorities','9,900 people had been detained',art=4)
c(P,'killed',17,None,'members of the security forces killed',MIA,'dead among the security forces at 17',art=4)
c(P,'killed',164,None,'people died (figure withdrawn)','Kazakh Health Ministry','164 people had died',art=4,note='"a figure later withdrawn"')
e(P,'2022-01-12','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Wednesday',art=4)
q(P,'The withdrawal will be completed in about ten days,',RDM,'a ministry statement','said',art=5,note='"a ministry statement said" after the quote; a duration inside')
c(P,'troops_deployed',2000,'about','CSTO soldiers sent to Kazakhstan',None,'Around 2,000 soldiers were sent',art=5,note='"Around" normalised to about; no source in that sentence')
e(P,'2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'will begin to leave Kazakhstan on Thursday',art=5,note='future; Thursday after Wed 12 Jan')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'were sent to the country last week',art=5,note='"last week" is not a day')
q(P,'We stay in contact with them through our embassy in Nur-Sultan,',BEMFA,'the spokesperson','said',art=6,note='unnamed spokesperson of the ministry; speaker = the ministry. "Three Belgian nationals" is not a claim')
q(P,'hard questions about the use of force against civilians','Hilde Vautmans','Belgian MEP Hilde Vautmans','said',art=7,partial=True)
e(P,None,'other','Strasbourg',['European Parliament'],'will hold a debate on the situation in Kazakhstan',art=7,note='"next week" is not a day (plenary of 17-20 Jan)')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'will take place on Thursday at the OSCE Permanent Council in Vienna',art=8,note='future')
e(P,'2022-01-01','other',None,['Poland','OSCE'],'took over the OSCE chairmanship on 1 January',art=8)
q(P,'THE WEEK OF TRUTH','De Standaard','De Standaard',None,art=9,zone='headline',partial=True)
q(P,'the week of truth for European security','De Standaard','De Standaard','speaks of',art=9,partial=True,note='a newspaper as speaker')
q(P,'cannot trade the sovereignty of its partners','Le Soir','Le Soir','writes',art=9,partial=True,note='a newspaper as speaker')

# ---------------- 944 AeroTime aviation news (13 January 2022, a Thursday)
P='944'
art(P,0,5,12,'AeroTime','2022-01-13',['Tom Hargreaves'],None,
    ['AeroTime','News  |  Airlines  |  Airports  |  Defense  |  Aerospace  |  Opinion','Airports','Tom Hargreaves','13 January 2022','3 min read',
     'Image: Air Astana Airbus A321neo at Almaty International Airport. (c) Air Astana','Tags: Air Astana, Almaty, Kazakhstan, Airports, Central Asia',
     'Related articles','Air Astana suspends all flights from Almaty as unrest spreads','Russian Il-76 transports fly paratroopers to Kazakhstan'])
q(P,'We expect to handle the first departures from 07:00 local time, starting with domestic routes,',ALA,'the statement','said',note='"the statement said"; a clock time inside the quote')
q(P,'step by step, as foreign carriers confirm their schedules.',ALA,'the statement',None,partial=True,note='next sentence, no cue of its own ("International flights will follow …"); full stop inside the mark')
q(P,'Our crews have been ready for days. What we needed was a safe airport, and now we have it,','Peter Foster','Peter Foster','told',note='"…," NAME, the airline\'s president and chief executive, told AeroTime')
q(P,'almost all','Peter Foster','Foster','said',partial=True,note='two-word quantity hedge with a speech verb; borderline partial. "37 aircraft" is not a claim')
q(P,'You cannot imagine how happy I am to hear the airport is open,','Daniyar Seitkali','he','said',note='curly marks; invented passenger with an age')
c(P,'troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',None,'which sent about 2,030 troops to Kazakhstan')
c(P,'detained',9900,'more than','people detained after the riots','Kazakh government','more than 9,900 people had been detained')
c(P,'killed',164,None,'people died (figure later withdrawn)','officials','Officials have said that 164 people died',note='the Health Ministry later withdrew the figure')
e(P,'2022-01-13','other','Almaty',[ALA],'will resume passenger operations on Thursday, January 13, 2022',note='airport reopening')
e(P,'2022-01-12','statement',None,[ALA],'The airport said in a statement on Wednesday')
e(P,'2022-01-05','protest','Almaty',[],'On January 5, a crowd broke into the terminal building')
e(P,'2022-01-10','other','Almaty',['Kazakh officials'],'Kazakh officials said on Monday that the airport had been returned',note='the handover itself is undated; the date is that of the announcement')
e(P,'2022-01-14','other','Almaty',['FlyArystan'],'will restart flights from Almaty on Friday',note='future; Friday after Thu 13 Jan')
e(P,'2022-01-11','casualty_report',None,['Kazakh government'],'the government said on Tuesday',note='detention figure')
e(P,None,'troop_deployment','Almaty',['Russia',CSTO],'handed over to Russian paratroopers',note='undated')

# ---------------- 945 Tennis Majors piece (Tuesday, January 11, 2022)
P='945'
art(P,0,5,12,'Tennis Majors','2022-01-11',['Julien Marchand'],None,
    ['TENNIS MAJORS','Home  >  WTA  >  News','ATP   WTA   Grand Slams   Live scores   Rankings   Shop','By Julien Marchand','Tuesday, January 11, 2022 at 9:35 AM',
     'Share on: Facebook  Twitter  WhatsApp  Copy link','Aigerim Nurlanova, Adelaide 2022 © Zuma / Panoramic',
     'Read also: Australian Open 2022: Who is playing, who is out and who is waiting for a visa','Aigerim Nurlanova','Age: 24  |  Ranking: 41  |  Titles: 1',
     'Comments (3)','Log in to comment'])
q(P,'I was checking my phone between games','Aigerim Nurlanova','Aigerim Nurlanova',None,zone='headline',note='headline quote before a colon; shortened from the body quote (l.14)')
q(P,'I was checking my phone between games, which you should never do,','Aigerim Nurlanova','the 24-year-old','told',note='age phrase as the attributing mention')
q(P,"My mother finally called on Saturday from a neighbour's landline. Everybody is fine. Only then I could sleep.",'Aigerim Nurlanova','the 24-year-old','told',note='second half after the interposed attribution; a day name inside the quote (not an event)')
q(P,'very strange','Timur Abenov','Timur Abenov','said',partial=True)
q(P,'People ask me about politics, but I am a tennis player,','Timur Abenov','he','said')
q(P,'What I can say is that I want my city to be calm again, and my friends to be able to go to work.','Timur Abenov','he','said',note='split by the interposed "he said."')
q(P,'We spoke about it for one evening,','Marat Dzhaksybekov','he','said',note='invented coach')
q(P,'and then his father told him: stay and play, there is nothing you can do here.','Marat Dzhaksybekov','he','said',note='continuation; "his father told him" inside the quote is not the attribution')
q(P,'will take place as scheduled',KTF,'The federation','added',partial=True)
q(P,'To everyone at home who could not watch, because there was no internet.','Aigerim Nurlanova','she','smiled',note='colon cue "she smiled:"')
c(P,'troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan',None,'the alliance sent more than 2,000 troops',note='"No. 41", scores, ages, "about 300 juniors", "2 women and 3 men" are not claims')
c(P,'detained',9900,None,'people detained','Kazakh authorities','9,900 people had been detained')
e(P,'2022-01-10','statement','Adelaide',['Aigerim Nurlanova'],'said on Monday that she had not been able to reach her parents',note='Monday before Tue 11 Jan')
e(P,'2022-01-02','protest',None,[],'in the west of the country on January 2')
e(P,None,'other',None,[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organization for help',note='request for CSTO help, undated')
e(P,'2022-01-10','casualty_report',None,['Kazakh authorities'],'The authorities said on Monday that 9,900')
e(P,'2022-01-09','other','Sydney',['Timur Abenov'],'lost in qualifying in Sydney on Sunday',note='sports result, Sunday before Tue 11 Jan')
e(P,None,'other','Almaty',[KTF],'would reopen next week',note='"next week" is not a day')

# ---------------- 946 Helsinki Times (11.01.2022 16:42, a Tuesday)
P='946'
art(P,0,6,10,'Helsinki Times','2022-01-11',[],None,
    ['HELSINKI TIMES',"Finland's leading English-language news",'Home | Finland | Politics | Business | World | Lifestyle | Weather: Helsinki -7°C',
     'Politics','11.01.2022 16:42','Hits: 4187','STT - HT','Tags: NATO, Russia, Sauli Niinistö, Pekka Haavisto, Kazakhstan, CSTO','Comments are closed.'],
    le=28,sections=(ln('946','The Kazakh lesson'),))
q(P,"Finland's room to manoeuvre, and with it the possibility to seek military alignment, is not up for negotiation between other countries,",'Sauli Niinistö','President Sauli Niinistö','said',note='quote opens the paragraph; inverted cue after it')
q(P,'when there is something concrete to discuss.','Sauli Niinistö','He','said',partial=True,note='"his Russian counterpart" (Putin, unnamed) is not the speaker')
q(P,'how far apart the two sides still are','Pekka Haavisto','Foreign Minister Pekka Haavisto','told',partial=True)
q(P,'on everything that concerns us','Pekka Haavisto','Haavisto','said',partial=True)
q(P,'We have seen in recent days how quickly a military alliance can be activated when one member asks for help,','Sauli Niinistö','Niinistö','said')
q(P,"That works in both directions. It is a reminder that membership brings obligations, and that such decisions are made in one's own capital.",'Sauli Niinistö','Niinistö','said',note='split by the interposed "Niinistö said."')
q(P,'The CSTO was used to save a government from its own streets, not to defend a border,','Ville Laakso','he','said',note='invented researcher')
q(P,'whatever the communiqués say.','Ville Laakso','Laakso','According to',partial=True)
q(P,'a real assessment','Petteri Orpo','Opposition leader Petteri Orpo','said',partial=True)
q(P,'under pressure from Moscow or from anyone else','Riikka Purra',"The Finns Party's Riikka Purra",'said',partial=True)
c(P,'troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'US officials','massed about 100,000 troops')
c(P,'troops_deployed',2000,'more than','CSTO soldiers sent to Kazakhstan',None,'sent more than 2,000 soldiers last week',note='poll percentages (28, 42), "1,340-kilometre", "Hits: 4187" are not claims')
e(P,'2022-01-11','statement','Helsinki',['Sauli Niinistö','Pekka Haavisto'],"on Tuesday rejected Moscow's demand")
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'a day after Russian and US negotiators met in Geneva',note='"a day after" the Tuesday statements')
e(P,'2022-01-07','talks',None,['Sauli Niinistö','Joe Biden'],'by telephone with US President Joe Biden on Friday',note='Friday before Tue 11 Jan')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],"Wednesday's NATO-Russia Council in Brussels",note='future')
e(P,'2022-01-13','talks','Vienna',['OSCE'],"Thursday's meeting of the OSCE in Vienna",note='future')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'sent more than 2,000 soldiers last week at the request',note='"last week"')
e(P,'2022-01-09','other',None,['Helsingin Sanomat'],'In a poll published by Helsingin Sanomat on Sunday',note='poll publication')
e(P,'2022-01-11','statement',None,['Petteri Orpo'],'said on Tuesday that the government should prepare')

# ---------------- 947 AsiaNews item ("01/10/2022, 13.52" = 10 January 2022, a Monday; MM/DD format)
P='947'
art(P,0,7,10,'AsiaNews','2022-01-10',['Marta Colombo'],'Almaty',
    ['AsiaNews.it',"PIME Missionaries' News Agency",'ASIA  |  CENTRAL ASIA  |  RUSSIA  |  CHINA  |  ECCLESIA  |  DOSSIER','01/10/2022, 13.52','KAZAKHSTAN',
     'by Marta Colombo','Send to a friend  |  Printable version','See also','01/07/2022 KAZAKHSTAN - Tokayev: shoot without warning. Russian paratroopers in Almaty',
     '01/06/2022 KAZAKHSTAN - Almaty in flames, Moscow sends troops','01/05/2022 KAZAKHSTAN - Fuel protests: the government resigns'])
q(P,'We opened the church, but people were afraid to walk in the streets.','Andrzej Kowal','A parish priest',None,note='quote in the standfirst after "A parish priest:"; shortened form of the body quote')
q(P,'We opened the church on Thursday, but people were afraid to walk in the streets, and on Friday only eleven faithful came,','Andrzej Kowal','Fr. Andrzej Kowal','told',note='"Fr." honorific; invented priest')
q(P,'Yesterday there were more than two hundred. Many came to light a candle for people they knew.','Andrzej Kowal','Fr. Andrzej Kowal','told',note='second half after the interposed attribution')
q(P,'pray for the dead, for the wounded and for those who lost everything,','Metropolitan Alexander','Metropolitan Alexander of Astana and Kazakhstan','called on',partial=True,note='"called on believers to “…”" in a message read in parishes')
q(P,'a considerable number of foreign citizens',MIA,'The Interior Ministry','said',partial=True)
q(P,'by way of dialogue and justice, without further bloodshed','Pope Francis','He','said',partial=True,note='one-word "saddened" in the same sentence is excluded; cue "said" (also "prayed that")')
q(P,'without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='two-word partial; the one-word "terrorists" in the same sentence is excluded')
q(P,'For five days we could not call anyone in Karaganda or in Nur-Sultan,','Andrzej Kowal','Fr. Kowal','said')
q(P,'The first message I received, when the internet came back, was from a parishioner who had spent the night in the church.','Andrzej Kowal','Fr. Kowal','said')
c(P,'detained',5800,None,'people detained','Kazakh authorities','speak of 5,800 people detained',note='standfirst')
c(P,'killed',164,None,'people killed during the riots','Kazakh Health Ministry','164 people were killed in the country',note='"later removed from official channels"')
c(P,'killed',103,None,'people killed in Almaty','Kazakh Health Ministry','103 of them in Almaty',note='subset of the 164 for one city; kept because it is a separate figure for a place')
c(P,'detained',5800,None,'people detained, including foreign citizens',MIA,'The Interior Ministry said that 5,800 people')
c(P,'troops_deployed',2030,'about','CSTO peacekeeping force',None,'about 2,030 soldiers',note='"eleven faithful", "more than two hundred", "about 100,000" Catholics, "19 million" are not claims')
e(P,'2022-01-09','other','Almaty',[],'rang again in Almaty yesterday morning',note='first Sunday Mass; "yesterday" from Mon 10 Jan')
e(P,None,'statement',None,['Metropolitan Alexander'],'In a message read in all parishes',note='undated')
e(P,'2022-01-09','casualty_report',None,['Kazakh Health Ministry'],'the figure was published on Sunday')
e(P,'2022-01-09','statement','Vatican City',['Pope Francis'],'Pope Francis mentioned the country during the Angelus on Sunday')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday that he had given the order')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,'Russia'],'since the arrival of the peacekeeping force',note='undated')

# ---------------- 948 Israel Hayom (Published on 01-07-2022 13:15 = Friday 7 January 2022; MM-DD-YYYY)
P='948'
art(P,0,6,7,'Israel Hayom','2022-01-07',['Noa Ben-Ami'],None,
    ['ISRAEL HAYOM',"Israel's most widely read newspaper",'News | Middle East | World News | Opinion | Business | Lifestyle','World News','By Noa Ben-Ami',
     'Published on 01-07-2022 13:15','Last modified: 01-07-2022 16:40','Share  |  Tweet  |  WhatsApp  |  Email',
     'Photo: Smoke over the city administration building in Almaty, January 5 (AP)','Related articles',
     'Russia sends paratroopers to Kazakhstan as unrest spreads','Foreign Ministry updates travel warning for Central Asia'])
q(P,'We hear shots at night','Yossi Dahan','Yossi Dahan',None,zone='headline',note='headline quote after a colon; shortened from the body quote')
q(P,'Do not go to the airport until told.',ILMFA,'Ministry',None,note='quote in the subheadline after "Ministry:"')
q(P,'We hear shots at night, and in the morning there is no bread in the shops,','Yossi Dahan','Yossi Dahan','told',note='"…," NAME, a 41-year-old from Ashdod who works for …, told Israel Hayom by phone')
q(P,'Nobody can tell us when we will fly.','Yossi Dahan','Yossi Dahan','told',note='continuation after the interposed attribution')
q(P,'not to go to the airport until told.',ILMFA,'The Foreign Ministry','warned',partial=True,note='"warned them “…”"; repeats the subheadline in indirect form')
q(P,'At the moment the safest place is indoors,','Lior Haiat','he','said',note='he = ministry spokesman Lior Haiat, named in the sentence before')
q(P,'largely restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='the label "armed criminals" in the sentence before is excluded')
q(P,'Yesterday the staff told us to move away from the windows,','Shira Levi','she','said',note='"the staff told us" inside the quote')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed')
c(P,'killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'have sent about 2,500 troops',note='"50 Israelis", "1992", "about 1,500 Israeli tourists", ages 41 and 29 are not claims')
e(P,'2022-01-07','statement',None,[ILMFA],'the ministry said on Friday')
e(P,'2022-01-05','other','Almaty',[],'has been closed since Wednesday',note='airport closure; Wednesday before Fri 7 Jan')
e(P,'2022-01-06','statement',None,['Lior Haiat'],'he said on Thursday')
e(P,'2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Friday')
e(P,None,'statement',None,[TOK],'in a televised address',note='undated here (real: 7 Jan)')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,'Russia'],'have sent about 2,500 troops at',note='undated')

# ---------------- speakers: quoted speakers, plus the CSTO (mentioned in 7 files, not quoted)
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','the president','The President of Kazakhstan']),
 sp('Shyngys Alekeshev','person',['Shyngys Alekeshev'],['Ministry spokesman'],'Kazakhstan',note='Interior Ministry spokesman; words invented'),
 sp('Andrei Serdyukov','person',['Andrey Serdyukov'],['Colonel General','commander of the collective force'],'Russia',note='canonical spelling from the gold'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov'],['Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',['she'],['SHERMAN'],note='words invented; all-caps surname in a 943 headline'),
 sp(PLMFA,'organisation',['Ministry of Foreign Affairs of the Republic of Poland'],[],'Poland',['the ministry']),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Foreign Minister','Polish Foreign Minister'],'Poland',[],['Mr Rau'],note='words invented'),
 sp('Marek Zieliński','person',['Marek Zieliński'],['consul'],'Poland',note='invented'),
 sp('Piotr Kamiński','person',['Piotr Kamiński'],["the daily's foreign editor"],'Poland',['he'],note='invented commentator'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Prime Minister'],'Armenia',['the Prime Minister','He'],note='words invented'),
 sp('Vahan Kerobyan','person',['Vahan Kerobyan'],['Minister of Economy'],'Armenia',['the Minister'],note='words invented'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['Minister of Foreign Affairs of Kazakhstan'],'Kazakhstan',['The Kazakh side'],note='quoted only through "The Kazakh side"'),
 sp('Ararat Mirzoyan','person',['Ararat Mirzoyan','Mirzoyan'],['Foreign Minister'],'Armenia',[],['Minister Mirzoyan']),
 sp('Aram Torosyan','person',['Aram Torosyan','Torosyan'],['Ministry spokesman'],'Armenia',note='words invented'),
 sp('Levon Hakobyan','person',['Levon Hakobyan'],['Ambassador'],'Armenia',note='invented ambassador'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],["Russia's Deputy Foreign Minister"],'Russia',[],['GRUSHKO'],note='words invented'),
 sp('Sophie Wilmès','person',['Sophie Wilmès'],['Foreign Minister'],'Belgium',['she'],['WILMÈS'],note='words invented'),
 sp(RDM,'organisation',['Russian defence ministry',"Russia's Defence Ministry"],[],'Russia',['a ministry statement']),
 sp(BEMFA,'organisation',['FPS Foreign Affairs'],[],'Belgium',['the spokesperson','a spokesperson for the FPS Foreign Affairs'],note='unnamed spokesperson'),
 sp('Hilde Vautmans','person',['Hilde Vautmans'],['Belgian MEP'],'Belgium',note='words invented'),
 sp('De Standaard','organisation',['De Standaard'],[],'Belgium',note='newspaper; words invented'),
 sp('Le Soir','organisation',['Le Soir'],[],'Belgium',note='newspaper; words invented'),
 sp(ALA,'organisation',['Almaty International Airport'],[],'Kazakhstan',['The airport','the statement']),
 sp('Peter Foster','person',['Peter Foster','Foster'],["the airline's president and chief executive"],'Kazakhstan',note='Air Astana CEO; words invented'),
 sp('Daniyar Seitkali','person',['Daniyar Seitkali'],['a 34-year-old engineer'],'Kazakhstan',['he'],note='invented'),
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova','Nurlanova'],['the world No. 41'],'Kazakhstan',['the 24-year-old','she'],note='invented player'),
 sp('Timur Abenov','person',['Timur Abenov','Abenov'],[],'Kazakhstan',['he'],note='invented player'),
 sp('Marat Dzhaksybekov','person',['Marat Dzhaksybekov'],['His coach'],'Kazakhstan',['he'],note='invented coach'),
 sp(KTF,'organisation',['Kazakhstan Tennis Federation'],[],'Kazakhstan',['The federation']),
 sp('Sauli Niinistö','person',['Sauli Niinistö','Niinistö'],['President'],'Finland',['He','The president'],note='words invented'),
 sp('Pekka Haavisto','person',['Pekka Haavisto','Haavisto'],['Foreign Minister'],'Finland',note='words invented'),
 sp('Ville Laakso','person',['Ville Laakso','Laakso'],['Researcher'],'Finland',['he'],note='invented researcher'),
 sp('Petteri Orpo','person',['Petteri Orpo'],['Opposition leader'],'Finland',note='words invented'),
 sp('Riikka Purra','person',['Riikka Purra'],[],'Finland',[],["The Finns Party's Riikka Purra"],note='words invented'),
 sp('Andrzej Kowal','person',['Andrzej Kowal','Kowal'],['a Polish priest'],'Poland',['A parish priest'],['Fr. Andrzej Kowal','Fr. Kowal'],note='invented priest'),
 sp('Metropolitan Alexander','person',['Metropolitan Alexander'],['Metropolitan'],'Kazakhstan',note='"Metropolitan Alexander of Astana and Kazakhstan"; words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['The Interior Ministry']),
 sp('Pope Francis','person',['Pope Francis'],[],'Vatican City',['He'],note='words paraphrased/invented'),
 sp('Yossi Dahan','person',['Yossi Dahan'],['a 41-year-old from Ashdod'],'Israel',note='invented'),
 sp(ILMFA,'organisation',['Foreign Ministry'],[],'Israel',['The Foreign Ministry','Ministry']),
 sp('Lior Haiat','person',['Lior Haiat'],['ministry spokesman'],'Israel',['he'],note='words invented'),
 sp('Shira Levi','person',['Shira Levi'],[],'Israel',['she'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='mentioned in every file; not quoted in this set'),
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
