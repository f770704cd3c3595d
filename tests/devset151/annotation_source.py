#!/usr/bin/env python3
"""Source of the devset151 annotation: the hand-chosen spans, values and dates for 1301-1308.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset151/annotation_source.py && python3 tests/devset151/verify.py
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
KPA='Kazakh Presidential Administration'; SER='Andrei Serdyukov'

# ---------------- 1301 Astana Times-style piece (11 January 2022, a Tuesday); numbers with space separators
art('1301',0,3,8,'The Astana Times','2022-01-11',['Aigerim Seitkali'],'NUR-SULTAN',
    ['THE ASTANA TIMES','Nation | Politics | Business | Opinion | Multimedia','By Aigerim Seitkali in NATION on 11 January 2022','Share   Tweet   Email   Print',
     'Photo: Tokayev addresses the Mazhilis, 11 January 2022. Photo credit: Akorda press service.',
     'Related: Smailov approved as Prime Minister | Internet restored in Almaty after five days','© 2022 The Astana Times. All rights reserved.'])
q('1301','The main mission of the CSTO forces has been completed successfully, and the situation in all regions is now stable,',TOK,'Tokayev','said')
q('1301','no more than ten days',TOK,'he','added',partial=True,note='"The pull-out, he added, would … take “…”"; the duration is not a claim')
q('1301','Every person detained will be checked, and those who simply stood in a crowd will be released,','Yerlan Turgumbayev','he','told',note='"he told reporters"; he = Interior Minister Yerlan Turgumbayev')
q('1301','We lost the city for almost two days, and people want to know why,','Marat Zhunusov','Marat Zhunusov','said',note='inverted cue "…," said NAME, role after a comma; invented deputy')
q('1301','in February, not in a year','Marat Zhunusov','He','said',partial=True)
q('1301','hollowed out',TOK,'He','said',partial=True,note='two-word evaluative wording with a speech verb (kept as partial, gold rule 2)')
c('1301','detained',9900,None,'people detained nationwide',None,'9 900 detained nationwide',zone='headline',note='numeral with a space as thousands separator, in the headline')
c('1301','detained',9900,None,'people detained across the country since the unrest started',MIA,'9 900 people have been detained',note='space thousands separator')
c('1301','detained',5800,'about','people held in Almaty',MIA,'about 5 800 were held in Almaty alone',note='regional subset; "roughly 59 percent of the total" next to it is not a claim')
c('1301','injured',1300,None,'police officers and servicemen injured',MIA,'1 300 police officers and servicemen had been injured')
c('1301','killed',16,None,'police officers and servicemen who died',MIA,'16 of them had died')
c('1301','troops_deployed',2030,None,'CSTO contingent servicemen',CSTO,'numbers 2 030 servicemen',note='"according to the CSTO secretariat"; "250 units of equipment" is not a claim')
e('1301','2022-01-11','statement','Nur-Sultan',[TOK],'told the lower chamber of Parliament on Tuesday')
e('1301','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'Deputies approved the appointment the same afternoon',note='"the same afternoon" = Tuesday; 82 votes is not a claim')
e('1301','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving the country in two days',note='"in two days" from Tuesday 11 Jan (announced, future)')
e('1301','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'which arrived last Thursday',note='"last Thursday" from Tuesday 11 Jan')
e('1301',None,'statement',None,['Yerlan Turgumbayev'],'he told reporters after the session',note='after the Tuesday session; no day word of its own')
e('1301','2022-01-10','other','Almaty',['National Bank of Kazakhstan'],'banks in Almaty reopened on Monday')

# ---------------- 1302 Kommersant piece in translation (08.01.2022, a Saturday); "2.5 thousand", "4 thousand 404", "over a hundred"
art('1302',0,6,7,'Kommersant','2022-01-08',['Ivan Sorokin','Kirill Zhuravlev'],None,
    ['KOMMERSANT','Politics   Economy   Business   World   Society','08.01.2022, 21:40','Newspaper "Kommersant" No. 2 from 08.01.2022, p. 1',
     'Ivan Sorokin; Kirill Zhuravlev, Almaty','Translated from Russian','Read also: Tokayev took the chair of the Security Council','Kommersant in Telegram — subscribe'])
q('1302','has taken under protection the objects of strategic importance',SER,'Colonel General Andrei Serdyukov','said',partial=True)
q('1302','Our task is to free the Kazakh law enforcement agencies for their main work,',SER,'the general','stressed')
q('1302','Nobody here expected that the city would fall in a single night,',None,'the source','said',note='anonymous government source ("Kommersant\'s source in the Kazakh government")')
q('1302','There is no question of the contingent staying there forever,','Dmitry Peskov','he','told')
q('1302','a week, maximum two',None,'one Kommersant interlocutor in the Defence Ministry','in the words of',partial=True,note='anonymous; cue phrase "in the words of"')
c('1302','troops_deployed',2500,None,'CSTO grouping in Kazakhstan',None,'has grown to 2.5 thousand people',note='"2.5 thousand" in the standfirst; no attribution in that line')
c('1302','troops_deployed',2500,'about','CSTO grouping military personnel',RDM,'about 2.5 thousand military personnel')
c('1302','aircraft',70,'more than','Il-76 and An-124 sorties',RDM,'more than 70 Il-76 and An-124 aircraft sorties')
c('1302','killed',100,'more than','"armed militants" killed in Almaty','Almaty commandant\'s office','over a hundred "armed militants" had been eliminated',note='"over a hundred" = more than 100; scare-quoted label excluded from quotes')
c('1302','detained',4404,None,'people detained','Kazakh Ministry of Internal Affairs','4 thousand 404 people',note='mixed words-and-digits form "4 thousand 404"')
c('1302','detained',2000,'more than','people detained (Thursday tally)',MIA,'just over two thousand detained',note='"just over" = more than; the earlier tally')
c('1302','killed',18,None,'security forces killed',MIA,'18 people died',note='"two of whom were found beheaded" is a subset, not a claim')
c('1302','injured',1500,'about','security forces wounded',MIA,'About one and a half thousand were wounded',note='"one and a half thousand" = 1500')
e('1302','2022-01-08','troop_deployment','Kazakhstan',[CSTO,RDM],'have reached their planned strength',note='reported on Saturday')
e('1302','2022-01-08','casualty_report','Almaty',["Almaty commandant's office"],'reported on Saturday morning')
e('1302','2022-01-06','casualty_report',None,[MIA],'Two days earlier, on Thursday',note='both "two days earlier" and "Thursday" give 6 Jan')
e('1302','2022-01-07','statement',None,[TOK],'on Friday rejected talks with the protesters')
e('1302',None,'statement','Moscow',['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov said the decision')
e('1302','2022-01-05','protest','Almaty',[],'seized by the crowd on Wednesday')

# ---------------- 1303 Dawn piece with agency credit (January 7, 2022, a Friday); ranges
art('1303',0,5,12,'Dawn','2022-01-07',[],'ALMATY',
    ['DAWN','Home | Pakistan | World | Business | Opinion | Sport | Prism','WORLD','Reuters | AFP','Published January 7, 2022 Updated about 6 hours ago',
     'Facebook   Twitter   WhatsApp   Comments','Published in Dawn, January 7th, 2022','Comments (14) | Closed'])
q('1303','The forces will stay for a limited time, until the situation is stabilised,','Stanislav Zas','CSTO Secretary General Stanislav Zas','told')
q('1303','any operations against civilians','Stanislav Zas','he','said',partial=True,note='"The alliance, he said, would not take part in “…”"')
q('1303','Almaty was attacked, destroyed, vandalised, the residents of Almaty became victims of attacks by terrorists and bandits,',TOK,'Tokayev','said')
q('1303','international terrorist gangs',TOK,'He','described',partial=True,note='"He described the attackers as “…”"')
q('1303','We call on all sides to show restraint,','Ned Price','he','said')
q('1303','any violations of human rights','Ned Price','he','adding',partial=True,note='", adding that … “…”" after "he said"')
c('1303','troops_deployed',2000,None,'CSTO troops flown into Kazakhstan',None,'flies 2,000-2,500 troops into Kazakhstan',vmax=2500,zone='headline',note='range in the headline')
c('1303','troops_deployed',2000,None,'CSTO force total',CSTO,'the total would be 2,000-2,500 troops',vmax=2500,note='range: value = lower bound, value_max = upper bound')
c('1303','troops_deployed',1500,None,'Russian share of the CSTO force','Russian military source','between 1,500 and 2,000',vmax=2000,note='range; "roughly 80pc of the contingent" is not a claim')
c('1303','injured',1000,'more than','people injured','Kazakh Health Ministry','more than 1,000 people had been injured',note='"about 400 … in hospital and 62 in intensive care" are subsets, not claims')
c('1303','killed',13,None,'security forces killed',MIA,'Thirteen members of the security forces were killed',note='written-out at a sentence start')
c('1303','detained',2000,'about','people detained',MIA,'some 2,000 people had been detained',note='"some" = about')
e('1303','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'landed in Kazakhstan on Thursday')
e('1303',None,'statement',None,['Stanislav Zas'],'told Russian television')
e('1303','2022-01-02','protest','Zhanaozen',[],'The protests began on Sunday in the oil town of Zhanaozen',note='Sunday before Friday 7 Jan')
e('1303','2022-01-05','government_resignation',None,[TOK],'dismissed the government on Wednesday')
e('1303','2022-01-05','other',None,[TOK,CSTO],'appealed to the CSTO for help the same night',note='request for CSTO help; "the same night" = Wednesday')
e('1303',None,'statement',None,[TOK],'Tokayev said in a televised address')
e('1303',None,'statement','Washington',['Ned Price'],'had questions about the request for help')
e('1303',None,'statement',None,["Pakistan's Foreign Office"],'was in touch with between 150 and 200 Pakistani students',note='students count is not a claim')

# ---------------- 1304 Moscow Times story with update stamps, newest first (Jan. 10, 2022, a Monday); tally through the day
art('1304',0,5,10,'The Moscow Times','2022-01-10',['Daria Volkova'],None,
    ['The Moscow Times','Independent News From Russia','News | Opinion | Business | Arts and Life | Ukraine War? Not in 2022 | Newsletters',
     'Jan. 10, 2022 - 12:05 pm | Updated: Jan. 10, 2022 - 8:41 pm','By Daria Volkova','ORIGINAL STORY:',
     'Read more: Russia, U.S. Wrap Up Geneva Talks Without Breakthrough','Contribute today'])
q('1304','a technical error',KPA,'The presidential administration','said',partial=True)
q('1304',"an attempted coup d'etat",TOK,'Tokayev','told',partial=True)
q('1304','undermining of the foundations of the state','Vladimir Putin','Russian President Vladimir Putin','said',partial=True)
q('1304','We will not allow so-called color revolutions to be played out in our countries,','Vladimir Putin','he','said')
q('1304','limited in time and scope','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q('1304','If we had been late by a day or two, we would have lost Kazakhstan,','Alexander Lukashenko','the Belarusian leader','told',note='cue follows the quote; the surname comes before it ("Belarus\'s Alexander Lukashenko went further:")')
q('1304','I have been going from one police station to the next since Friday,','Gulnara','one woman','said',note='"said one woman, who gave her name only as Gulnara"')
c('1304','detained',8000,'more than','people detained',None,'Tally of Detained Climbs Past 8,000',zone='headline',note='"Past" = more than')
c('1304','detained',8200,None,'people detained (evening tally)',MIA,'raised its tally of detained people to 8,200')
c('1304','detained',7939,None,'people detained (morning tally)',MIA,'up from 7,939 in the morning')
c('1304','detained',4800,None,'people still in custody',MIA,'4,800 of them remained in custody',note='subset still held; borderline')
c('1304','killed',164,None,'people killed (figure later called an error)','Khabar 24','the figure of 164 dead')
c('1304','other',20000,'about','"bandits" who attacked Almaty',TOK,'about 20,000 "bandits"',note='one-word scare quote excluded from quotes')
c('1304','detained',8000,'almost','people detained',MIA,'has risen to nearly 8,000')
c('1304','detained',7939,None,'people detained nationwide',MIA,'7,939 people had been detained nationwide',note='same figure as the morning update (each occurrence recorded)')
c('1304','killed',164,None,'people killed','Khabar 24','164 people had been killed',note='"citing the health ministry"')
c('1304','killed',103,None,'people killed in Almaty','Khabar 24','including 103 in Almaty')
e('1304','2022-01-10','casualty_report',None,[MIA],'in its evening update')
e('1304','2022-01-10','statement',None,[KPA],'The presidential administration said the figure of 164 dead')
e('1304','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin','Nikol Pashinyan','Alexander Lukashenko'],'CSTO leaders held an extraordinary video summit',note='1:30 p.m. update on Monday')
e('1304','2022-01-10','other','Kazakhstan',[],'marked a national day of mourning')
e('1304','2022-01-09','casualty_report',None,['Khabar 24'],'On Sunday, Khabar 24 reported')
e('1304','2022-01-05','other','Almaty',[],'went missing on Wednesday',note='Wednesday before Monday 10 Jan')
e('1304',None,'talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'began talks with U.S. Deputy Secretary of State Wendy Sherman',note='"Meanwhile" only; real date 2022-01-10')

# ---------------- 1305 Kyodo News item (Jan 13, 2022, a Thursday); written-out numbers, numbers in headline and caption
art('1305',0,5,11,'Kyodo News','2022-01-13',[],'ALMATY, Kazakhstan',
    ['KYODO NEWS','Kyodo News+','World | Japan | Asia | Business | Sports | Photos','KYODO NEWS - Jan 13, 2022 - 19:52 | World, All',
     '[Photo] Russian servicemen board a military transport plane at Almaty airport on Jan. 13, 2022. Around 2,000 troops will leave by Jan. 19. (Kyodo)',
     'Related coverage:','Kazakhstan says 164 killed in unrest, later retracts figure','Japan urges restraint in Kazakhstan, says 150 nationals safe','(C) Kyodo News. All Rights Reserved.'])
q('1305','without firing a single shot.',SER,'Col. Gen. Andrei Serdyukov','said',partial=True,note='full stop inside the closing mark')
q('1305','The mission is accomplished, and we are going home,',SER,'the commander','told')
q('1305','never forget',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True)
q('1305','We continue to call on Japanese residents to stay indoors and avoid crowds,','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told')
q('1305','closely watching','Hirokazu Matsuno','He','said',partial=True)
q('1305','higher than at any point in the past three decades.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True,note='words paraphrased/invented; "disappointing," (Lukashevich) is a one-word quote and excluded')
c('1305','troops_deployed',2030,None,'CSTO personnel to be withdrawn',SER,'all two thousand thirty personnel',note='written-out "two thousand thirty"')
c('1305','detained',10000,'almost','people detained','Kazakh authorities','nearly ten thousand people were detained',note='written-out')
c('1305','killed',164,None,'dead (unconfirmed by prosecutors)','state media','one hundred sixty-four dead',note='written-out; caption "Around 2,000 troops" and the related-coverage "164" are boilerplate, not claims')
e('1305','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing from Kazakhstan on Thursday')
e('1305','2022-01-13','other','Almaty',[SER,CSTO],'At a ceremony in Almaty',note='farewell ceremony, same day')
e('1305',None,'statement',None,[TOK],'thanked the contingent in a video message')
e('1305','2022-01-12','statement',None,[TOK],'A day earlier he had accused',note='"a day earlier" than Thursday 13 Jan')
e('1305','2022-01-09','casualty_report',None,['state media'],'that state media reported on Sunday')
e('1305',None,'other','Almaty',["Japan's Foreign Ministry"],'left the country last week on a chartered flight',note='evacuation; "last week" is not a day')
e('1305',None,'statement','Tokyo',['Hirokazu Matsuno'],'told a press conference in Tokyo')
e('1305','2022-01-13','talks','Vienna',['OSCE','Russia'],'held a meeting with Russia on Thursday')

# ---------------- 1306 Al Arabiya English energy story (09 January ,2022, a Sunday); percentages next to counts
art('1306',0,5,12,'Al Arabiya English','2022-01-09',[],None,
    ['Al Arabiya English','News | Middle East | Gulf | World | Business | Energy | Views','Energy','Al Arabiya English, AFP',
     'Published: 09 January ,2022: 04:18 PM GST Updated: 09 January ,2022: 06:02 PM GST','(Tweet)  (Facebook)  (Linkedin)  (Whatsapp)  (Copy link)',
     'Last Update: 06:02 PM GST','READ MORE: OPEC+ sticks to planned output hike as Kazakhstan unrest jolts market'])
q('1306','temporarily adjusted','Tengizchevroil','Tengizchevroil','said',partial=True)
q('1306','logistical disruptions','Tengizchevroil','Tengizchevroil','said',partial=True)
q('1306','Our first priority is the safety of our employees and the integrity of our operations,','Chevron','a Chevron spokesperson','said in an emailed statement')
q('1306','The field continues to operate.','Chevron','a Chevron spokesperson',None,note='stand-alone continuation sentence, no cue of its own')
q('1306','a considerable number of foreign citizens',KPA,"The president's office",'said',partial=True)
q('1306',"affirmed the Kingdom's support for the security and stability of Kazakhstan",'Mohammed bin Salman','The crown prince','according to',partial=True,note='reported by the Saudi Press Agency; "according to the Saudi Press Agency"')
q('1306','in a way that preserves the safety and security of its people and their property','Saudi Foreign Ministry',"Saudi Arabia's Foreign Ministry",'called on',partial=True)
q('1306','Tengiz is big, but the real risk for oil is what happens between Moscow and Washington in Geneva on Monday,','Karim Haddad','he','said',note='invented analyst')
c('1306','detained',5800,None,'people held in the crackdown',None,'5,800 held in crackdown',zone='headline')
c('1306','detained',5800,None,'people detained','Kazakh authorities','reported that 5,800 people had been detained')
c('1306','detained',5800,None,'people detained, including foreigners',KPA,'5,800 people, including',note='"Around 70 percent of them were held in Almaty" next to it is not a claim')
c('1306','killed',16,None,'security forces killed',MIA,'16 members of the security forces had been killed')
c('1306','injured',1300,'more than','security forces wounded',MIA,'more than 1,300 wounded')
c('1306','troops_deployed',2500,'about','CSTO-led force',RDM,'force of about 2,500 troops',note='"according to the Russian Defense Ministry"; 15-20 percent, 1.6 million barrels and 5 percent are not claims')
e('1306',None,'other','Tengiz',['Tengizchevroil'],'was reduced this week',note='"this week" is not a day')
e('1306','2022-01-09','statement',None,[KPA],"The president's office said on Sunday")
e('1306',None,'casualty_report',None,[MIA],'In a separate update, the Interior Ministry said')
e('1306','2022-01-08','talks',None,[TOK,'Mohammed bin Salman'],'spoke by phone with Saudi Crown Prince Mohammed bin Salman on Saturday')
e('1306',None,'statement',None,['Saudi Foreign Ministry'],'had earlier called on Kazakhstan to resolve')
e('1306','2022-01-10','talks','Geneva',['Russia','United States'],'between Moscow and Washington in Geneva on Monday',note='inside a quote; "on Monday" from Sunday 9 Jan = the next day')
e('1306','2022-01-08','statement',None,[RDM],'which said on Saturday that the Almaty airport')

# ---------------- 1307 Sydney Morning Herald (January 13, 2022 — 5.30am AEDT, a Thursday); Brussels talks "on Wednesday"
art('1307',0,5,11,'The Sydney Morning Herald','2022-01-13',['Bevan Moorhouse'],'London',
    ['The Sydney Morning Herald','World | Europe','Skip to sections navigation','By Bevan Moorhouse','January 13, 2022 — 5.30am',
     'Save   Share   Normal text size   Larger text size   Very large text size','License this article',
     'Bevan Moorhouse is Europe correspondent for The Sydney Morning Herald and The Age.','Most Viewed in World',
     'Image: Russian paratroopers, some of the roughly two-and-a-half thousand CSTO troops sent to Kazakhstan, guard a power station in Almaty. AP'])
q('1307','real risk','Jens Stoltenberg',"the alliance's chief",'warned',partial=True,note='two-word evaluative wording with "warned"')
q('1307','significant differences','Jens Stoltenberg','Secretary-General Jens Stoltenberg','said',partial=True,note='the headline has the same words in single curly marks (excluded)')
q('1307','not be easy to bridge','Jens Stoltenberg','Secretary-General Jens Stoltenberg','said',partial=True)
q('1307','We are ready to sit down again, but we will not compromise on the right of each nation to choose its own path,','Jens Stoltenberg','Stoltenberg','told')
q('1307','a path to nowhere','Alexander Grushko','Grushko','said',partial=True)
q('1307','The internet came back on Monday and the shops are open, but everyone is still a bit on edge,','Michael Tran','he','said',note='invented')
q('1307','restraint and respect for human rights','Marise Payne','She','said',partial=True)
q('1307','between diplomacy and confrontation','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
c('1307','detained',10000,None,'people detained in Kazakhstan',None,'10,000 detained in Kazakhstan',zone='headline')
c('1307','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'US and NATO estimates','about 100,000 troops near',note='caption "two-and-a-half thousand CSTO troops" is excluded (figure in an image caption)')
c('1307','detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 people had now been detained')
c('1307','killed',100,'more than','people killed','officials','more than a hundred people were killed',note='"more than a hundred", no exact number')
e('1307','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin','Wendy Sherman'],'ended their first formal talks in more than two years on Wednesday',note='"Wednesday" (European time) before the Thursday 5.30am AEDT stamp')
e('1307',None,'statement',None,['Alexander Grushko'],'Grushko later said')
e('1307','2022-01-11','statement',None,['Marise Payne'],'said on Tuesday that Australia was concerned')
e('1307','2022-01-10','talks','Geneva',['Wendy Sherman','Russia'],'who led the American side in Geneva on Monday')
e('1307','2022-01-13','talks','Vienna',['OSCE','Russia'],'is set for Thursday')

# ---------------- 1308 Hindustan Times numbered explainer (Jan 08, 2022 09:47 PM IST, a Saturday); "2.5K", "4.4K", "1K"
art('1308',0,4,5,'Hindustan Times','2022-01-08',[],None,
    ['hindustantimes','Home / World News / Kazakhstan crisis: 2.5K CSTO troops, 4.4K detained – what we know so far','By HT News Desk, New Delhi',
     'Updated on Jan 08, 2022 09:47 PM IST','Listen to this article   |   Follow us   |   Share Via','(With inputs from agencies)',
     'Topics: kazakhstan   cstо   tokayev   russia','Get Latest World News along with Latest News from India at Hindustan Times.'])
q('1308','several days, maybe weeks',CSTO,'The Russia-led alliance','said',partial=True)
q('1308','fire without warning',TOK,'President Kassym-Jomart Tokayev','authorised',partial=True,note='the order\'s words; cue is the verb "authorised … to"')
q('1308','The militants have not laid down their arms, they continue to commit crimes,',TOK,'he','said')
q('1308','The embassy in Nur-Sultan is in regular contact with Indian nationals and has set up helplines,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','told')
q('1308','We can hear shooting at night, but our university says we should not panic,','Anjali Nair','she','said',note='invented student')
q('1308','For New Delhi, the priority is the safety of students. Everything else can wait,','Rakesh Menon','Rakesh Menon','said',note='invented former diplomat; inverted cue')
c('1308','detained',4400,'more than','people detained',MIA,'Over 4.4K detained',note='"4.4K" = 4400; the item label; headline figures are not recorded because the headline is repeated in the breadcrumb (evidence not unique)')
c('1308','detained',4404,None,'people detained so far',MIA,'4,404 people had been detained so far')
c('1308','detained',3800,'about','people detained (previous day)',MIA,'the figure stood at about 3,800')
c('1308','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed')
c('1308','killed',18,None,'security personnel killed',MIA,'18 security personnel died')
c('1308','injured',1000,'more than','people injured','state media','more than 1K people had been injured',note='"1K" = 1000')
c('1308','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'would total around 2.5K troops',note='"around" = about; 8,000 students, $2.5 billion, 80% are not claims')
e('1308','2022-01-08','casualty_report',None,[MIA],'said on Saturday that 4,404')
e('1308','2022-01-06','arrest',None,['Karim Masimov'],'was detained on Thursday on suspicion of treason')
e('1308','2022-01-08','statement',None,['National Security Committee'],'the committee said on Saturday')
e('1308','2022-01-07','statement',None,[TOK],'on Friday authorised security forces')
e('1308','2022-01-06','statement','New Delhi',['Arindam Bagchi'],'at the weekly briefing on Thursday')
e('1308',None,'other',None,['Air India'],'have put services on hold')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','He'],["Tokayev's"]),
 sp('Yerlan Turgumbayev','person',['Yerlan Turgumbayev'],['Interior Minister'],'Kazakhstan',['he']),
 sp('Marat Zhunusov','person',['Marat Zhunusov'],['a deputy from the Nur Otan faction'],'Kazakhstan',['He'],note='invented'),
 sp(SER,'person',['Andrei Serdyukov'],['Colonel General','Col. Gen.','commander of the force','The commander of the collective forces'],'Russia',['the general','the commander']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['he']),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary General'],'Belarus',['he']),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States',['he'],note='words invented'),
 sp(KPA,'organisation',['presidential administration',"president's office"],[],'Kazakhstan',['The presidential administration',"The president's office"]),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',['he']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko'],[],'Belarus',['the Belarusian leader'],["Belarus's Alexander Lukashenko"]),
 sp('Gulnara','person',['Gulnara'],[],'Kazakhstan',['one woman'],note='invented; first name only'),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan',['He'],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words paraphrased'),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],[],'Kazakhstan'),
 sp('Chevron','organisation',['Chevron'],[],'United States',['a Chevron spokesperson']),
 sp('Mohammed bin Salman','person',['Mohammed bin Salman'],['Saudi Crown Prince'],'Saudi Arabia',['The crown prince']),
 sp('Saudi Foreign Ministry','organisation',["Saudi Arabia's Foreign Ministry"],[],'Saudi Arabia'),
 sp('Karim Haddad','person',['Karim Haddad'],['Analyst'],'United Arab Emirates',['he'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['Secretary-General'],None,["the alliance's chief"]),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Michael Tran','person',['Michael Tran'],['An Australian engineer working in Atyrau'],'Australia',['he'],note='invented'),
 sp('Marise Payne','person',['Marise Payne'],['Foreign Minister'],'Australia',['She'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State','U.S. Deputy Secretary of State'],'United States'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The Russia-led alliance']),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['MEA spokesperson'],'India',note='words invented'),
 sp('Anjali Nair','person',['Anjali Nair'],['A student from Kerala studying medicine in Almaty'],'India',['she'],note='invented'),
 sp('Rakesh Menon','person',['Rakesh Menon'],['a former Indian diplomat who served in Almaty'],'India',note='invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in most files; not quoted'),
 sp(RDM,'organisation',['Russian Ministry of Defence','Russian Defense Ministry'],[],'Russia',[],[],quoted=False,note='source of figures; not quoted'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister'],'Russia',[],[],quoted=False,note='only mentioned (1304); canonical from earlier sets'),
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
