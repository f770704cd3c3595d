#!/usr/bin/env python3
"""Source of the devset194 annotation: the hand-chosen spans, values and dates for 1645-1652.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset194/annotation_source.py && python3 tests/devset194/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RDM='Russian Defence Ministry'
KNB='Kazakh National Security Committee'; PFO='Pakistan Foreign Office'; KPO='Kazakh Presidential Press Office'

# ---------------- 1645 APP (Associated Press of Pakistan) wire item (Posted 08 Jan 2022, Saturday)
P='1645'
art(P,0,ln(P,'Pakistan keeps helpline open'),ln(P,'ISLAMABAD, Jan 08 (APP):'),'Associated Press of Pakistan','2022-01-08',['Sana Qaisrani'],'ISLAMABAD',
    ["Associated Press Of Pakistan","Pakistan's Premier News Agency",'HOME | NATIONAL | WORLD | BUSINESS | SPORTS | PHOTOS | VIDEOS | اردو','Home / World','Posted on 08 Jan 2022 | 7:14 pm','By Sana Qaisrani','APP/SQ/SAH','Tags: Kazakhstan, Foreign Office, Almaty, Pakistani students','Related News','Share: Facebook | Twitter | WhatsApp','© 2022 Associated Press of Pakistan. All Rights Reserved.'])
q(P,'All Pakistanis who have contacted our missions are safe, and we are facilitating those who wish to return home as soon as commercial flights resume,',PFO,'the Foreign Office','said in a statement',note='inverted cue after the quote; organisation as speaker')
q(P,'the peace, stability and unity of brotherly Kazakhstan','Shah Mahmood Qureshi','Foreign Minister Makhdoom Shah Mahmood Qureshi','according to',partial=True,note='what Qureshi conveyed, reported by the FO statement ("according to the statement"); honorific "Makhdoom" inside the name')
q(P,'Shops are opening again, but the internet is still patchy and people are staying close to home,','Zafar Iqbal Kundi','he','said',note='he = Ambassador Zafar Iqbal Kundi (previous sentence, "told APP by phone")')
q(P,'We have asked our students in Almaty not to go out after dark.','Zafar Iqbal Kundi','he','said',note='continuation after the interposed cue')
q(P,'We could hear firing until morning. On Thursday the university told us to keep our passports and documents ready,','Hamza Rafiq','he','said')
q(P,'without warning',TOK,'Tokayev','said',partial=True,note='two-word partial of the shoot-without-warning order; kept as the named speaker\'s own words')
q(P,'closely following the developments',PFO,'The Foreign Office','said',partial=True)
c(P,'detained',4404,None,'people detained across the country',MIA,'4,404 people had been detained')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'killed',18,None,'members of the security forces who died',MIA,'18 members of the security forces had died')
c(P,'aircraft',70,'more than','aircraft used to fly Russian paratroopers to Kazakhstan',RDM,'more than 70 aircraft')
c(P,'troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'numbers about 2,500 troops')
e(P,'2022-01-08','statement',None,[PFO],'The Foreign Office on Saturday said')
e(P,'2022-01-05','other','Nur-Sultan',['Embassy of Pakistan in Nur-Sultan'],'the embassy had set up a 24-hour helpline on Wednesday')
e(P,'2022-01-05','protest','Almaty',[],'when protests over a sharp rise in liquefied gas prices spread',note='"on Wednesday, when protests … spread" in the same sentence')
e(P,'2022-01-07','talks',None,['Shah Mahmood Qureshi','Mukhtar Tileuberdi'],'spoke by telephone on Friday with his Kazakh counterpart')
e(P,'2022-01-08','statement','Nur-Sultan',['Zafar Iqbal Kundi'],'the situation in the capital was calm on Saturday')
e(P,'2022-01-05','other','Almaty',['Hamza Rafiq'],'had spent Wednesday night in the basement of their hostel')
e(P,'2022-01-08','statement',None,[KNB],'the National Security Committee said on Saturday')
e(P,'2022-01-06','arrest',None,[KNB,'Karim Masimov'],'had been detained on Thursday on suspicion of high treason')
e(P,'2022-01-05','other',None,[TOK,'Karim Masimov'],'had removed Masimov from the post on Wednesday',note='dismissal')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said on Saturday')
e(P,'2022-01-07','casualty_report',None,[MIA],'It had said a day earlier',note='"a day earlier" than Saturday')
e(P,'2022-01-07','statement',None,[TOK],'On Friday, Tokayev said in a televised address')
e(P,'2022-01-05','other',None,[TOK,CSTO],'which Tokayev had asked for help on Wednesday night',note='appeal to the CSTO')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e(P,'2022-01-08','statement',None,[RDM],'The Russian Defence Ministry said on Saturday')

# ---------------- 1646 BSS "International" page: 3 wire items = 3 articles (13, 12, 11 Jan 2022)
P='1646'
L=T[doc(P)].split('\n')
items=[('13 Jan 2022, 21:08','Russia-led troops begin Kazakhstan pullout','BSS/AFP/FI/2108 hrs','2022-01-13','ALMATY'),
 ('12 Jan 2022, 22:40','NATO, Russia fail to bridge gap in Brussels talks','BSS/AFP/FI/2240 hrs','2022-01-12','BRUSSELS'),
 ('11 Jan 2022, 19:55','Kazakh president names new PM, says allied troops to leave','BSS/AFP/FI/1955 hrs','2022-01-11','NUR-SULTAN')]
for i,(st,h,end,d,dl) in enumerate(items):
    s=L.index(st)+1; hl=L.index(h)+1; en=L.index(end)+1
    b=[st,end]
    if i==0: b=['BSS','Bangladesh Sangbad Sangstha','National News Agency of Bangladesh','Home   National   International   Business   Sports   Education   Photo   বাংলা','International']+b
    if i==2: b+=['More News','© Bangladesh Sangbad Sangstha (BSS). All rights reserved.','Developed by: BSS IT Wing']
    art(P,i,hl,hl+1,'Bangladesh Sangbad Sangstha',d,[],dl,b,ls=s,le=en)
q(P,'fully accomplished its tasks','Andrei Serdyukov','Russian Colonel General Andrei Serdyukov','said',art=0,partial=True,note='name split from its title by "the commander of the mission,"')
q(P,'The peacekeepers will be withdrawn in stages, and the last units will leave within ten days,','Andrei Serdyukov','Serdyukov','told',art=0)
q(P,'There are significant differences between NATO allies and Russia on these issues,','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','told',art=1,note='inverted cue "…," NAME told a news conference')
q(P,'a very dangerous line','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','said',art=1,partial=True,note='a relative clause with a second name (Fomin) sits between the speaker and the cue')
q(P,'The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Tokayev','told',art=2)
q(P,'a layer of wealthy people',TOK,'Tokayev','said',art=2,partial=True)
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'it was sending about 2,500 troops',art=0)
c(P,'detained',9900,None,'people detained in connection with the riots','Kazakh authorities','9,900 people were detained',art=0)
c(P,'killed',164,None,'death toll of the unrest','Kazakh officials','officials have put the death toll at 164',art=0)
c(P,'detained',7939,None,'people detained since the start of the unrest',MIA,'7,939 people had been detained',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Russian-led troops on Thursday began leaving Kazakhstan',art=0)
e(P,'2022-01-13','other','Almaty',['Andrei Serdyukov',CSTO],'At a ceremony in Almaty on Thursday morning',art=0)
e(P,'2022-01-13','withdrawal','Almaty',[RDM],'took off from Almaty later on Thursday',art=0)
e(P,'2022-01-05','other',None,[TOK,CSTO],'Tokayev had asked the Collective Security Treaty Organisation for help on January 5',art=0,note='appeal to the CSTO')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin'],'NATO and Russia failed on Wednesday to find common ground',art=1)
e(P,'2022-01-12','statement','Brussels',['Jens Stoltenberg'],'told a news conference after the NATO-Russia Council',art=1,note='no own day word; the Wednesday of the lead')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'in Geneva on Monday',art=1)
e(P,'2022-01-13','talks','Vienna',['OSCE'],'is due in Vienna on Thursday',art=1,note='announced future meeting')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'on Tuesday named Alikhan Smailov as prime minister',art=2)
e(P,None,'appointment',None,['Parliament of Kazakhstan','Alikhan Smailov'],'Parliament approved Smailov',art=2,note='no day word in the sentence (real: 2022-01-11)')
e(P,'2022-01-05','government_resignation',None,[TOK],'the government that Tokayev sacked on January 5',art=2)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving the country in two days',art=2,note='"in two days" from Tuesday 11 Jan')
e(P,'2022-01-10','casualty_report',None,[MIA],'On Monday, the interior ministry said',art=2)
e(P,'2022-01-02','protest','Zhanaozen',[],'which began on January 2 in the oil town of Zhanaozen',art=2)

# ---------------- 1647 St. Louis Post-Dispatch (stltoday.com) page carrying an AP story (Jan 11, 2022, Tuesday)
P='1647'
art(P,0,ln(P,"Kazakhstan's leader says Russia-led troops will begin leaving"),ln(P,'NUR-SULTAN, Kazakhstan (AP)'),'St. Louis Post-Dispatch','2022-01-11',['ARMAN TULEGENOV','KATHERINE BRILL'],'NUR-SULTAN, Kazakhstan',
    ['stltoday.com','ST. LOUIS POST-DISPATCH','Subscribe for $1     Log In','News   Sports   Business   Opinion   Obituaries   Entertainment   Life   Deals','News / National & International','AP','ARMAN TULEGENOV and KATHERINE BRILL Associated Press','Jan 11, 2022','Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.','Related to this story','Most Popular','Trending Now','Be the first to know','Get local news delivered to your inbox!','Sign up!'])
q(P,'a layer of wealthy people, even by international standards,',TOK,'Tokayev','said',partial=True,note='cue interposed before the quote: "Thanks to Nazarbayev, Tokayev said, \\"…\\" had appeared"')
q(P,'I think the time has come to pay tribute to the people of Kazakhstan and help them on a systematic and regular basis,',TOK,'he','said')
q(P,"an attempted coup d'etat",TOK,'Tokayev','told',partial=True,note='"armed militants" in the same sentence is a label (excluded)')
q(P,'People come to me with a photo and a name, and nobody can tell them which police station has their son,','Aigerim Sadykova','she','said by phone')
c(P,'troops_deployed',2000,'about','CSTO troops to be withdrawn',TOK,'the roughly 2,000 troops',note='inside "Tokayev told parliament that …"')
c(P,'detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c(P,'killed',164,None,'people killed','Kazakh officials','Officials have said 164 people were killed')
c(P,'killed',16,None,'police officers and national guard members killed','Kazakh officials','including 16 police officers and national guard members')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'said Tuesday that a Russia-led military alliance')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing in two days',note='"in two days" from Tuesday 11 Jan')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov','Parliament of Kazakhstan'],'Lawmakers later approved Alikhan Smailov',note='"later" = later on Tuesday')
e(P,'2022-01-05','government_resignation',None,[TOK],'accepted the resignation of the previous Cabinet on Jan. 5')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests began Jan. 2 in the western city of Zhanaozen')
e(P,'2022-01-05','protest','Almaty',[],"demonstrators stormed the mayor's office")
e(P,'2022-01-05','other',None,[TOK,CSTO],'Tokayev asked the CSTO for help the same night',note='"the same night" = Jan. 5')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first Russian paratroopers landed Jan. 6.')
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan observed a national day of mourning for the victims')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said Monday')
e(P,'2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'Tokayev told a video summit of CSTO leaders',note='"Also on Monday"')
e(P,'2022-01-08','arrest',None,[KNB,'Karim Masimov'],"On Saturday, the country's security service said",note='the date of the announcement; the arrest itself is undated here')
e(P,'2022-01-05','other',None,['Karim Masimov'],'was dismissed on Jan. 5.',note='dismissal')
e(P,'2022-01-11','other','Kazakhstan',[],'was largely restored by Tuesday',note='internet restored')

# ---------------- 1648 The Pioneer (New Delhi) world page (Friday, 14 January 2022)
P='1648'
art(P,0,ln(P,'CSTO begins pullout from Kazakhstan;'),ln(P,'Russia-led troops began leaving Kazakhstan on Thursday, a week'),'The Pioneer','2022-01-14',[],'Moscow/Almaty',
    ['THE PIONEER','Since 1865','Home | Nation | World | Business | Sports | Columnists | Sunday Edition | E-Paper','World','Friday, 14 January 2022 | PNS/Agencies | Moscow/Almaty','Tags: Kazakhstan, CSTO, Russia, OSCE','Also Read','Copyright © 2022 The Pioneer. All rights reserved.'])
q(P,'The mission is over. The peacekeepers have done their job and are returning home,','Andrei Serdyukov','Serdyukov','said')
q(P,'no grounds','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','said',partial=True)
q(P,'dead end','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','said',partial=True,n=2,note='body occurrence; the headline has it in single quotes (excluded)')
q(P,'We do not see a reason to sit down again in a few days and start the same discussion,','Sergey Ryabkov','Ryabkov','told')
q(P,'the risk of war in the OSCE area is now greater than ever before in the last 30 years','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',partial=True)
q(P,'appropriate measures','Alexander Lukashevich','Alexander Lukashevich','warned',partial=True)
q(P,'The drumbeat of war is sounding loud.','Michael Carpenter','US Ambassador Michael Carpenter','said',note='cue before the quote: "said after the meeting, \\"…\\""')
c(P,'troops_deployed',2030,None,'CSTO personnel at the peak of the deployment',RDM,'had 2,030 personnel')
c(P,'other',250,None,'pieces of CSTO equipment',RDM,'250 pieces of equipment')
c(P,'aircraft',4,None,'Il-76 aircraft that took off with the first group of troops',RDM,'four Il-76 aircraft')
c(P,'detained',9900,None,'people detained during the riots',MIA,'9,900 people had been detained')
c(P,'killed',164,None,'death toll','Kazakh officials','put the death toll at 164')
c(P,'killed',16,None,'members of the security forces killed','Kazakh officials','including 16 members of the security forces')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Russia-led troops began leaving Kazakhstan on Thursday')
e(P,'2022-01-13','other','Almaty',['Andrei Serdyukov','Sultan Kamaletdinov'],'At a send-off ceremony at the Almaty garrison on Thursday')
e(P,'2022-01-13','withdrawal','Almaty',[RDM],'had taken off from Almaty with the first group of troops on Thursday afternoon')
e(P,'2022-01-19','withdrawal','Kazakhstan',[RDM],'would be completed by January 19',note='planned end of the withdrawal')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev on Tuesday told the Mazhilis')
e(P,'2022-01-11','appointment',None,['Mazhilis','Alikhan Smailov'],'The same day, lawmakers approved Alikhan Smailov')
e(P,'2022-01-12','casualty_report',None,[MIA],'On Wednesday, the Kazakh Interior Ministry said')
e(P,'2022-01-13','statement','New Delhi',['Indian Ministry of External Affairs'],'The External Affairs Ministry in New Delhi said on Thursday')
e(P,'2022-01-05','other',None,[],'suspended since January 5',note='Almaty-Delhi flights suspended')
e(P,'2022-01-13','statement','Moscow',['Sergey Ryabkov'],'Sergei Ryabkov said on Thursday')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],'met in Vienna on Thursday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'strategic stability dialogue in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-13','other','Almaty',[],'reopened for domestic flights on Thursday')

# ---------------- 1649 Arab Times (Kuwait) (Published: Sunday, January 9, 2022)
P='1649'
art(P,0,ln(P,'Kazakh ex-spy chief held for treason'),ln(P,'reported, then withdrawn; 5,800 detained'),'Arab Times','2022-01-09',[],'ALMATY, Kazakhstan',
    ['ARAB TIMES','KUWAIT NEWS','The First Independent English Daily in Kuwait','Home  Kuwait  Gulf  World  Business  Sports  Entertainment  Health  E-Edition','World','Published: Sunday, January 9, 2022','Read Also','Arab Times, Kuwait - All rights reserved'])
q(P,'a considerable number of foreign citizens',MIA,'The Interior Ministry','said',partial=True,note='quote inside an enclosed clause, followed by ","')
q(P,'expressed his gratitude for the timely support of the CSTO','Kremlin','the Kremlin','said',partial=True,note='Kremlin readout describing Tokayev; speaker is the Kremlin (gold: press-office content about a leader → the office); the name nearest the quote is Tokayev')
q(P,'stabilised in all regions',KPO,"Tokayev's office",'said',partial=True)
q(P,'The shooting stopped yesterday, but we are afraid to go out. The shops near us have nothing left,','Gulnara','she','said',malformed=True,note='opens with curly “ and closes with a straight "; first-name-only speaker introduced in the previous sentence')
q(P,'Our citizens there are few, mostly students, and we have reached every one of them,','Fahad Al-Mutairi','he','said')
q(P,"once Russians are in your house, it's sometimes very difficult to get them to leave",'Antony Blinken','Secretary of State Antony Blinken','said',partial=True)
c(P,'killed',164,None,'people killed (deck; figure later withdrawn)',None,'‘164 killed’ reported',note='deck line; the figure is reported and then withdrawn; single-quoted, so not a quote')
c(P,'detained',5800,None,'people detained (deck)',None,'5,800 detained')
c(P,'detained',5800,'about','people detained in special operations',MIA,'about 5,800 people')
c(P,'killed',164,None,'people who died in the unrest','Kazakh Ministry of Health','164 people had died in the unrest',note='via Khabar 24; later removed and called an error')
c(P,'killed',103,None,'people who died in Almaty','Kazakh Ministry of Health','among them 103 in Almaty',note='part of the withdrawn figure')
c(P,'killed',26,None,'"criminals" killed','police','26 "criminals" killed')
c(P,'killed',16,'at least','members of the security forces who died','Kazakh officials','at least 16 members of the security forces had died')
c(P,'killed',2,None,'security personnel found beheaded','Kazakh officials','two of whom were found beheaded',note='subset of the 16; written-out number')
c(P,'troops_deployed',2500,'about','CSTO troops taking part in the mission',CSTO,'about 2,500 troops from Russia')
e(P,'2022-01-08','statement',None,[KNB],'the National Security Committee (KNB) said on Saturday')
e(P,'2022-01-06','arrest',None,[KNB,'Karim Masimov'],'had been detained on Thursday')
e(P,'2022-01-05','other',None,[TOK,'Karim Masimov'],'had fired him as KNB chairman on Wednesday',note='dismissal')
e(P,'2022-01-05','other',None,[TOK,CSTO],'hours before he appealed to the Russian-led Collective Security Treaty Organisation',note='"hours" after the Wednesday dismissal')
e(P,'2022-01-09','casualty_report',None,[MIA],'The Interior Ministry said on Sunday')
e(P,'2022-01-09','casualty_report',None,['Khabar 24','Kazakh Ministry of Health'],'State news channel Khabar 24 reported on Sunday')
e(P,'2022-01-08','talks',None,[TOK,'Vladimir Putin'],'spoke with Russian President Vladimir Putin by telephone on Saturday')
e(P,None,'talks',None,[TOK,'Xi Jinping'],'He also spoke with Chinese President Xi Jinping',note='no day word (real: 2022-01-07)')
e(P,'2022-01-08','other','Almaty',[],'sporadic gunfire was heard in Almaty on Saturday night')
e(P,'2022-01-08','statement',None,['Kuwaiti Ministry of Foreign Affairs'],'urged citizens in Kazakhstan on Saturday')
e(P,'2022-01-07','statement','Washington',['Antony Blinken'],'said on Friday that one lesson')
e(P,'2022-01-08','statement','Moscow',['Russian Foreign Ministry'],"Russia's foreign ministry on Saturday called the remark")

# ---------------- 1650 The Star (Malaysia) world page carrying Reuters (Friday, 07 Jan 2022 8:12 PM MYT)
P='1650'
art(P,0,ln(P,'Russian paratroopers land in Kazakhstan as police'),ln(P,'ALMATY (Reuters):'),'The Star','2022-01-07',[],'ALMATY',
    ['The Star','Home  News  Business  Sport  Metro  Lifestyle  Tech  Opinion  World  Videos','World','Friday, 07 Jan 2022 8:12 PM MYT','Related News','Tags / Keywords: Kazakhstan , Protests , Russia , CSTO','Report it to us.','Copyright © 1995- 2022 Star Media Group Berhad','All Rights Reserved.'])
q(P,'for a limited period of time in order to stabilise and normalise the situation','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q(P,'The world will be watching for any violations of human rights,','Ned Price','spokesman Ned Price','told',note='inverted cue "…," spokesman NAME told reporters; the preceding sentence names the State Department')
q(P,'The embassy remains in close contact with them and is ready to provide consular assistance,','Malaysian Ministry of Foreign Affairs','the ministry','said in a statement',note='"the ministry" = Wisma Putra (named in the previous paragraph); the agency credit "— Reuters" follows the closing mark')
c(P,'killed',13,None,'members of the security forces killed',MIA,'13 members of the security forces had been killed')
c(P,'injured',353,None,'members of the security forces injured',MIA,'353 injured')
c(P,'detained',2298,None,'people detained by Thursday evening',MIA,'2,298 people had been detained')
c(P,'aircraft',20,'more than','Il-76 transport planes used to fly in the first units',RDM,'more than 20 Il-76 military transport planes')
e(P,'2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers flew into Kazakhstan on Thursday (Jan 6)')
e(P,'2022-01-06','statement','Almaty',['Almaty police','Saltanat Azirbek'],'Police in Almaty, the largest city, said on Thursday')
e(P,'2022-01-06','casualty_report',None,[MIA],'had been detained by Thursday evening')
e(P,'2022-01-06','statement',None,[CSTO,'Nikol Pashinyan'],'said early on Thursday that it had agreed to send peacekeepers')
e(P,'2022-01-05','other',None,[TOK,CSTO],'appealed for help late on Wednesday (Jan 5)')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[RDM],'had been used on Thursday to fly in the first units')
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'had declared a state of emergency across the country')
e(P,'2022-01-05','government_resignation',None,[TOK],'and sacked his government',note='same "on Wednesday" clause')
e(P,'2022-01-05','other',None,[TOK,'Nursultan Nazarbayev'],'as chairman of the Security Council on Wednesday')
e(P,'2022-01-02','protest','Mangystau',[],'The protests began on Sunday (Jan 2)')
e(P,'2022-01-06','statement','Washington',['Ned Price'],'told reporters on Thursday')
e(P,'2022-01-07','statement',None,['Malaysian Ministry of Foreign Affairs'],'Wisma Putra said on Friday')

# ---------------- 1651 Petra (Jordan News Agency) item (10/01/2022 17:38:05, Monday)
P='1651'
art(P,0,ln(P,'CSTO leaders back Kazakh president at emergency video summit'),ln(P,'Nur-Sultan, Jan. 10 (Petra) --'),'Jordan News Agency (Petra)','2022-01-10',[],'Nur-Sultan',
    ['Jordan News Agency (Petra)','وكالة الأنباء الأردنية','Home | Local | Arab & World | Economy | Sport | Culture | Videos | عربي','Arab & World','10/01/2022 17:38:05','--(Petra)','M.A/ N.K','Print | Share | Facebook | Twitter','Latest News','All rights reserved © Jordan News Agency (Petra) 2022'])
q(P,"The attempted coup d'etat has been thwarted. Under the guise of spontaneous protests, a wave of riots broke out,",TOK,'Tokayev','said',note='"counter-terrorist operation" in the previous sentence is a label (excluded)')
q(P,'quickly and in good time','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q(P,'effective and timely measures','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q(P,'We call on our citizens there to follow the instructions of the local authorities and to contact the embassy in case of need,','Yousef Al-Bataineh','Al-Bataineh','said')
c(P,'detained',7939,None,'people detained since the start of the riots',MIA,'7,939 people had been detained')
c(P,'killed',164,None,'people killed (figure withdrawn)','Kazakh Ministry of Health','164 people had been killed',note='withdrawn later that evening')
e(P,'2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin','Nikol Pashinyan'],'on Monday held an extraordinary session by video link')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'has been deployed since Thursday')
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan observed a national day of mourning on Monday')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Monday')
e(P,'2022-01-09','casualty_report',None,['Kazakh Ministry of Health'],'On Sunday, the Kazakh health ministry said')
e(P,'2022-01-10','statement','Amman',['Jordanian Ministry of Foreign Affairs and Expatriates','Yousef Al-Bataineh'],'told Petra on Monday')
e(P,'2022-01-06','other','Moscow',['Embassy of Jordan in Moscow'],'had activated an emergency line on Thursday')

# ---------------- 1652 SPA (Saudi Press Agency) item (Tuesday 1443/6/8 - 2022/01/11)
P='1652'
art(P,0,ln(P,'Kazakh Parliament Approves New Prime Minister;'),ln(P,'Nur-Sultan, Jumada Al-Akhirah 08, 1443'),'Saudi Press Agency','2022-01-11',[],'Nur-Sultan',
    ['SPA','Saudi Press Agency','Home   Kingdom   International   Economic   Sports   Culture   Reports   عربي','International','Tuesday 1443/6/8 - 2022/01/11','--SPA','19:22 LOCAL TIME 16:22 GMT','0068','Share   Print','Related','© Saudi Press Agency 2022'])
q(P,'The withdrawal of the contingent will take no more than ten days,',TOK,'the President','said',note='title-only mention; "ten days" is a duration, not a claim')
q(P,'successfully completed',TOK,'the President','describing',partial=True,note='"describing the main mission of the forces as \\"…\\"", after the cue of the previous quote')
q(P,'The Embassy calls on citizens in Kazakhstan to exercise caution, to avoid places of gathering and to communicate with the Embassy at any time,','Saudi Embassy in Nur-Sultan','the Embassy','said in a statement')
q(P,'security and stability','Saudi Ministry of Foreign Affairs','The Ministry of Foreign Affairs','expressed hope for',partial=True,note='borderline two-word partial; kept because it is the ministry\'s wording with a speech cue')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty',note='attackers claimed by Tokayev; one-word scare quote excluded from quotes')
c(P,'detained',9900,None,'people detained as of Tuesday morning',MIA,'9,900 people had been detained as of Tuesday morning')
c(P,'other',1600,'more than','criminal cases opened',MIA,'more than 1,600 criminal cases',note='borderline: cases, not people')
e(P,'2022-01-11','appointment','Nur-Sultan',['Mazhilis','Alikhan Smailov'],'on Tuesday approved Alikhan Smailov')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'Shortly afterwards, Tokayev signed a decree appointing Smailov')
e(P,'2022-01-05','government_resignation',None,[TOK,'Askar Mamin'],'accepted the resignation of the government of Askar Mamin',note='"since January 5, when …"')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin a phased withdrawal in two days',note='"in two days" from Tuesday 11 Jan; the headline says Thursday')
e(P,'2022-01-11','other',None,[TOK],'announced the creation of a public fund',note='same address (Tuesday)')
e(P,'2022-01-10','other','Kazakhstan',[],'Kazakhstan observed a day of national mourning')
e(P,'2022-01-10','talks',None,[CSTO],'held an extraordinary session by videoconference',note='"On Monday" at the start of the sentence')
e(P,'2022-01-11','casualty_report',None,[MIA],'According to the Ministry of Internal Affairs')
e(P,'2022-01-11','statement','Nur-Sultan',['Saudi Embassy in Nur-Sultan'],'in Nur-Sultan said on Tuesday')
e(P,'2022-01-06','statement',None,['Saudi Ministry of Foreign Affairs'],'had stated on Thursday, January 6')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','Kazakhstan\'s President'],'Kazakhstan',['he','He','the President'],["Tokayev's"],note='real; words paraphrased/invented'),
 sp(PFO,'organisation',['Foreign Office'],[],'Pakistan',['the Foreign Office','The Foreign Office'],note='words invented'),
 sp('Shah Mahmood Qureshi','person',['Makhdoom Shah Mahmood Qureshi'],['Foreign Minister'],'Pakistan',note='real; "Makhdoom" is an honorific; words invented'),
 sp('Zafar Iqbal Kundi','person',['Zafar Iqbal Kundi'],['Ambassador'],'Pakistan',['he'],note='invented'),
 sp('Hamza Rafiq','person',['Hamza Rafiq'],['a fourth-year student at a medical university in Almaty'],'Pakistan',['he'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','commander of the Collective Security Treaty Organisation (CSTO) forces'],'Russia',note='real; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,['He'],note='real; words paraphrased'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia',note='real; words paraphrased'),
 sp('Aigerim Sadykova','person',['Aigerim Sadykova'],['a lawyer in Almaty'],'Kazakhstan',['she'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',note='real; words paraphrased/invented; spelled "Sergei" here, canonical as in gold'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='real; words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative to the OSCE"],'Russia',note='real; words paraphrased'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States',['He'],note='real; words paraphrased'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','Ministry of Internal Affairs'],[],'Kazakhstan',['The Interior Ministry'],note='quoted once (1649); source of most figures'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['the Kremlin'],note='readout wording invented'),
 sp(KPO,'organisation',['presidential press service'],[],'Kazakhstan',["Tokayev's office"],["Tokayev's office"],note='quoted in 1649 as "Tokayev\'s office"'),
 sp('Gulnara','person',['Gulnara'],['A resident of the city\'s Auezov district'],'Kazakhstan',['she'],note='invented; first name only'),
 sp('Fahad Al-Mutairi','person',['Fahad Al-Mutairi'],['Ambassador'],'Kuwait',['he'],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',note='real; real public remark'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',note='real; words paraphrased'),
 sp('Ned Price','person',['Ned Price'],['spokesman'],'United States',note='real; words invented'),
 sp('Malaysian Ministry of Foreign Affairs','organisation',['Wisma Putra'],[],'Malaysia',['the ministry'],note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['He'],note='real; words paraphrased'),
 sp('Yousef Al-Bataineh','person',['Yousef Al-Bataineh','Al-Bataineh'],['Spokesman for the Operations and Consular Affairs Centre'],'Jordan',['He'],note='invented'),
 sp('Saudi Embassy in Nur-Sultan','organisation',['Embassy of the Custodian of the Two Holy Mosques in Nur-Sultan'],[],'Saudi Arabia',['the Embassy'],note='words invented'),
 sp('Saudi Ministry of Foreign Affairs','organisation',['Ministry of Foreign Affairs'],[],'Saudi Arabia',['The Ministry of Foreign Affairs'],note='words invented; the same string also names Kuwait\'s ministry in 1649'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The alliance','the alliance'],quoted=False,note='source of troop figures; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry','Russian defence ministry'],[],'Russia',quoted=False,note='source of aircraft/troop figures; not quoted'),
 sp(KNB,'organisation',['National Security Committee'],[],'Kazakhstan',["the country's security service"],['KNB'],quoted=False,note='announced the Masimov arrest; not quoted'),
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
