#!/usr/bin/env python3
"""Source of the devset2 annotation: the hand-chosen spans, values and dates for 109-116.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset2/annotation_source.py && python3 tests/devset2/verify.py
"""
import json, os, re
D=os.path.dirname(os.path.abspath(__file__))
T={f:open(os.path.join(D,'docs',f),encoding='utf-8').read() for f in os.listdir(os.path.join(D,'docs'))}
def doc(p): return [f for f in T if f.startswith(p)][0]
def line_of(t,off): return t.count('\n',0,off)+1
def cut80(s):
    if len(s)<=80: return s
    i=s.rfind(' ',0,81)
    return s[:i]
A,Q,C,E=[],[],[],[]
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls,le,sections=()):
    f=doc(p); L=T[f].split('\n')
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
def q(p,quote,speaker,saw,cue,n=1,art=0,malformed=False,partial=False,zone='body',note=None):
    f=doc(p); t=T[f]; off=-1
    for _ in range(n):
        off=t.index(quote,off+1)
    # ensure the quote is delimited by a mark right before
    Q.append(dict(doc=f,article_index=art,quote=quote,speaker=speaker,speaker_as_written=saw,cue=cue,malformed=malformed,partial=partial,zone=zone,line=line_of(t,off),offset=off,note=note))
def c(p,what,value,qual,subject,src,ev,art=0,zone='body',vmax=None,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    C.append(dict(doc=f,article_index=art,what=what,value=value,qualifier=qual,subject=subject,source_attributed=src,evidence=ev,value_max=vmax,zone=zone,line=line_of(t,t.index(ev)),note=note))
def e(p,date,typ,loc,parts,ev,art=0,note=None):
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    E.append(dict(doc=f,article_index=art,date=date,type=typ,location=loc,participants=parts,evidence=ev,line=line_of(t,t.index(ev)),note=note))
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
# ---------------- 109 Ukrinform analysis (published 11.01.2022, a Tuesday)
art('109',0,1,7,'Ukrinform','2022-01-11',[],None,
    ['11.01.2022 18:40','Ukrinform','Read also: NATO–Russia Council to meet in Brussels on Wednesday for the first time since 2019',"Photo: Kazakhstan's Ministry of Internal Affairs"],1,35,sections=(13,23))
q('109','uses every crisis near its borders to plant its soldiers there','Dmytro Kuleba','the minister','According to',partial=True)
q('109','simply non-starters','Wendy Sherman','Sherman','told',partial=True)
q('109',"The Kremlin wants to cut Europe into zones of influence again, as if the last thirty years never happened. It is testing how far the West is ready to retreat.\n\nUkraine will not be small change in someone else's bargain, and our partners have assured us of this at every level,",
  'Oleksiy Danilov','Danilov','wrote',malformed=True,note='one opening and one closing mark across two paragraphs (lines 19-21); line 21 has no re-opening mark')
q('109','a dangerous precedent','Taras Hnatiuk','Kyiv political scientist Taras Hnatiuk','told',partial=True)
q('109','If the troops stay there for months, Kazakhstan will lose part of its sovereignty without noticing it,','Taras Hnatiuk','the expert','said')
c('109','troops_deployed',2030,None,'CSTO servicemen sent to Kazakhstan','CSTO','2,030 servicemen')
c('109','other',250,None,'units of CSTO military equipment sent to Kazakhstan','CSTO','250 units of military equipment')
c('109','detained',9900,None,'people detained across Kazakhstan','Kazakh Ministry of Internal Affairs','9,900 people had been detained')
c('109','killed',16,None,'police officers and servicemen killed',MIA,'16 police officers and servicemen had been killed')
c('109','killed',164,None,'people dead (earlier report, later withdrawn)',None,'An earlier report of 164 dead',note='published on "a government channel" and withdrawn; no named source')
c('109','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Oleksii Reznikov','about 100,000 Russian troops remain near the Ukrainian border')
e('109','2022-01-05','other','Kazakhstan',[TOK,'CSTO'],'asked the bloc for help on the night of January 5',note='request for CSTO help')
e('109',None,'statement',None,['Dmytro Kuleba'],'Dmytro Kuleba said that the events in Kazakhstan should serve as a warning to Europe')
e('109','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov','Wendy Sherman'],'The Strategic Stability Dialogue between Russia and the United States took place in Geneva on January 10')
e('109',None,'statement',None,['Oleksiy Danilov'],'Danilov wrote on Facebook',note='Facebook post, undated')
e('109','2022-01-11','arrest','Kazakhstan',[MIA],'detained across the country as of Tuesday morning',note='Tuesday = publication day 11.01.2022')
e('109','2022-01-09','casualty_report',None,[],'published on a government channel on January 9',note='report of 164 dead, later withdrawn')
e('109','2022-01-07','statement',None,[TOK],'On January 7, Tokayev announced that he had given law enforcement the order to fire without warning')
e('109','2022-01-08','arrest',None,['Karim Masimov','Kazakh National Security Committee'],'on January 8 the National Security Committee said that its former head, Karim Masimov, had been detained',note='date of the announcement; the detention itself is not dated in this text')

# ---------------- 110 TASS (published 10 JAN 2022, a Monday)
art('110',0,1,7,'TASS','2022-01-10',[],'MOSCOW',['10 JAN 2022, 17:25','Updated 10 JAN 2022, 18:02'],1,33,sections=(17,25))
q('110','The time frame is set by the Kazakh side. As soon as President Tokaev decides that the tasks have been fulfilled, the peacekeepers will return to their permanent bases,','Dmitry Peskov','Peskov','said',note='name inside the quote (Tokaev) is not the speaker')
q('110',"We will not allow the situation in our countries to be shaken and will not let the so-called 'color revolution' scenarios be implemented,",'Vladimir Putin','Putin','said',note="inner single-quoted 'color revolution' is part of the quote")
q('110','militants with combat experience in hot spots abroad.',TOK,'his','In his words',partial=True,note='speaker named in the previous sentence (Kazakh President Kassym-Jomart Tokaev)')
q('110','in direct contact','Aidos Ukibay',"Nazarbaev's press secretary Aidos Ukibay",'wrote',partial=True)
q('110','Our servicemen are carrying out exclusively tasks of protecting key facilities,','Igor Konashenkov','he','noted')
c('110','aircraft',70,'more than','Il-76 aircraft used to deliver the Russian contingent',RDM,'more than 70 Il-76 aircraft')
c('110','aircraft',5,None,'An-124 heavy transport planes used to deliver the Russian contingent',RDM,'five An-124 heavy transport planes',note='written-out number')
c('110','detained',7939,None,'people detained during the unrest',MIA,'7,939 people had been detained')
c('110','killed',16,None,'law enforcement officers killed',MIA,'16 law enforcement officers were killed')
c('110','injured',1300,None,'law enforcement officers injured',MIA,'1,300 were injured')
e('110','2022-01-10','statement',None,['Dmitry Peskov'],'Kremlin Spokesman Dmitry Peskov told reporters on Monday')
e('110','2022-01-10','talks',None,['CSTO','Vladimir Putin',TOK],'an extraordinary session of the CSTO Collective Security Council held via videoconference on Monday',note='videoconference summit')
e('110','2022-01-09','statement',None,['Aidos Ukibay'],'On Sunday, Nazarbaev\'s press secretary Aidos Ukibay wrote on Telegram')
e('110','2022-01-10','arrest','Kazakhstan',[MIA],'reported on Monday that 7,939 people had been detained')
e('110','2022-01-08','arrest',None,['Karim Masimov','Kazakh National Security Committee'],'On January 8, the National Security Committee of Kazakhstan reported that its former chairman Karim Masimov had been detained',note='date of the announcement')
e('110','2022-01-05','other',None,[TOK,'Karim Masimov'],'Masimov was dismissed by Tokaev on January 5',note='dismissal')
e('110','2022-01-10','other','Kazakhstan',[],'January 10 was declared a day of national mourning in Kazakhstan',note='day of mourning')
e('110','2022-01-02','protest','Mangistau Region',[],'Mass protests in Kazakhstan began on January 2')

# ---------------- 111 Reuters Geneva (published January 10, 2022, a Monday)
art('111',0,1,9,'Reuters','2022-01-10',['Marcus Feldt','Irina Solovyova'],'GENEVA',
    ['4 minute read','January 10, 2022 9:47 PM GMT Updated 2 hours ago',
     "(This story has been corrected to show that the talks lasted nearly eight hours, not seven, in paragraph 1, and to fix the spelling of Ryabkov's name in paragraph 2)",
     'Reporting by Marcus Feldt in Geneva and Irina Solovyova in Moscow; Additional reporting by Olzhas Nurgaliyev in Almaty; Writing by Marcus Feldt; Editing by Thomas Reid and Helen Castellanos',
     'Our Standards: The Thomson Reuters Trust Principles.'],1,39)
q('111','difficult, long, very professional','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',partial=True)
q('111','We have no plans, no intention to attack Ukraine,','Sergey Ryabkov','Ryabkov','said')
q('111','There is no reason to fear some kind of escalation scenario.','Sergey Ryabkov','Ryabkov','said')
q('111','that are simply non-starters for the United States.','Wendy Sherman','U.S. Deputy Secretary of State Wendy Sherman','said',partial=True)
q('111',"We will not allow anyone to slam shut NATO's open door policy,",'Wendy Sherman','Sherman','told')
q('111','There was an openness on their side to talk about these things, and that is a start,',None,'the official','said',note='anonymous "senior U.S. official"; no named speaker')
c('111','troops_deployed',100000,'about',"Russian troops massed near Ukraine's borders",None,"about 100,000 troops near Ukraine's borders",note='"according to Western estimates"')
c('111','troops_deployed',2000,'about','Russian troops in the CSTO force in Kazakhstan',RDM,'About 2,000 Russian troops are part of the alliance',note='"a source in the Russian Defence Ministry"')
c('111','detained',8000,'almost','people detained in Kazakhstan',None,'nearly 8,000 people have been detained',note='"Kazakh authorities say"')
e('111','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov','Wendy Sherman'],'negotiators ended nearly eight hours of talks on European security on Monday')
e('111','2022-01-12','talks','Brussels',['NATO-Russia Council'],'The NATO-Russia Council will meet in Brussels on Wednesday',note='future, announced')
e('111','2022-01-13','talks','Vienna',['OSCE'],'will hold talks in Vienna on Thursday',note='future, announced')
e('111','2022-01-11','other','Brussels',['Wendy Sherman','NATO'],'Sherman will brief NATO allies in Brussels on Tuesday',note='future briefing')
e('111','2022-01-10','talks',None,[TOK,'CSTO'],'told a video summit of the Russian-led Collective Security Treaty Organization on Monday',note='CSTO video summit')

# ---------------- 112 Daily Sabah (published Jan 11, 2022, a Tuesday)
art('112',0,3,11,'Daily Sabah','2022-01-11',[],'ISTANBUL',
    ['POLITICS','DAILY SABAH WITH AA','Jan 11, 2022 - 8:14 pm GMT+3',
     'Turkish Foreign Minister Mevlüt Çavuşoğlu attends a videoconference of the Organization of Turkic States (OTS) in Ankara, Türkiye, Jan. 11, 2022. (AA Photo)',
     'Kazakh security forces patrol a street in Almaty, Kazakhstan, Jan. 10, 2022. (Photo by Anadolu Agency/Getty Images)','Anadolu Agency'],1,39,sections=(25,))
q('112',"Kazakhstan's peace and stability is our own peace and stability. We stand by the Kazakh people and the state in these difficult days,",'Mevlüt Çavuşoğlu','Çavuşoğlu','said',note='followed by "according to Anadolu Agency (AA)" (agency credit, not the speaker)')
q('112','legitimate socioeconomic demands','Mukhtar Tileuberdi','He','said',partial=True)
q('112','The Turkic world stands in unity with Kazakhstan,','Baghdad Amreyev','Amreyev','said')
q('112','successfully completed',TOK,'Tokayev','said',partial=True)
c('112','detained',10000,'almost','people detained (subheading)',None,'Detentions rise to nearly 10,000',zone='headline',note='section subheading')
c('112','detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people have been detained')
c('112','other',1678,None,'firearms seized from rioters',MIA,'1,678 firearms were seized')
c('112','killed',16,'at least','members of the security forces killed','officials','at least 16 members of the security forces',note='"dozens dead" is vague and not annotated')
c('112','troops_deployed',2030,'about','CSTO troops deployed in Kazakhstan',None,'Some 2,030 troops',note='"Some" normalised to about')
e('112','2022-01-11','talks',None,['Mevlüt Çavuşoğlu','Mukhtar Tileuberdi','Baghdad Amreyev','Organization of Turkic States'],'Mevlüt Çavuşoğlu said Tuesday, speaking at an extraordinary meeting',note='OTS foreign ministers, videoconference')
e('112','2022-01-07','talks',None,['Recep Tayyip Erdoğan',TOK],'held a phone call with Tokayev on 07.01.2022',note='phone call; date written 07.01.2022')
e('112','2022-01-11','arrest','Kazakhstan',[MIA],'detained in connection with the riots as of 11.01.2022')
e('112','2022-01-02','protest','Mangystau',[],'began on Jan. 2 with protests over a fuel price hike')
e('112','2022-01-11','statement',None,[TOK],'Speaking at the lower house of parliament on Tuesday, Tokayev said')
e('112','2022-01-11','statement',None,['Turkish Airlines'],'Turkish Airlines said Tuesday')
e('112','2022-01-05','other','Almaty',['Turkish Airlines'],'suspended on Jan. 5',note='flight suspension')

# ---------------- 113 live blog (entries 10-13 January 2022; last update 13 January)
art('113',0,1,5,None,'2022-01-13',[],None,
    ['Updated 13 January 2022, 16:40 GMT','Updated: this page was last updated at 16:40 GMT on 13 January. Earlier entries have not been edited.'],1,51,
    sections=(9,12,15,20,23,26,31,34,37,42,45,48))
q('113','greater than ever before in the past 30 years','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True)
q('113','not in months, but in days','Alexander Lukashevich',"Russia's envoy Alexander Lukashevich",'said',partial=True)
q('113','dead end','Sergey Ryabkov','Ryabkov',None,partial=True,zone='headline',note='entry heading "Ryabkov: talks at a "dead end"?"; no speech verb')
q('113','I see no grounds to sit down again in a few days and start the same discussions,','Sergey Ryabkov','he','said')
q('113','significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('113','They will not be easy to bridge, but it is a positive sign that all allies and Russia sat around the same table,','Jens Stoltenberg','he','told')
q('113','The main mission of the CSTO peacekeeping forces has been successfully accomplished,',TOK,'Tokayev','told')
q('113','security proposals that are simply non-starters','Wendy Sherman','Wendy Sherman','said',partial=True)
q('113','very professional','Sergey Ryabkov',"Russia's Sergei Ryabkov",'called',partial=True,note='the preceding one-word "difficult" is excluded (single word)')
q('113','not allow','Vladimir Putin','Vladimir Putin','told',partial=True,note='two-word fragment of reported speech (borderline)')
c('113','aircraft',14,None,'aircraft to take Armenian, Belarusian, Kyrgyz and Tajik troops home',RDM,'14 aircraft would take')
c('113','detained',9900,None,'people detained since the start of the unrest',MIA,'9,900 people had been detained')
c('113','other',25,None,'criminal cases on terrorism opened',"Kazakh Prosecutor General's Office",'25 criminal cases on terrorism')
c('113','troops_deployed',2000,'about','Russian servicemen in Kazakhstan','Kremlin','About 2,000 Russian servicemen')
c('113','killed',164,None,'people killed in the unrest','Kazakh Ministry of Health','has killed 164 people')
e('113','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'OSCE talks end in Vienna',note='date from the day heading')
e('113','2022-01-13','withdrawal','Almaty',['CSTO','Andrei Serdyukov'],'A farewell ceremony for the CSTO peacekeepers was held in Almaty',note='date from the day heading')
e('113','2022-01-13','statement',None,['Sergey Ryabkov'],'Sergei Ryabkov told RTVI television',note='date from the day heading')
e('113','2022-01-12','statement',None,['Jens Stoltenberg'],'NATO Secretary General Jens Stoltenberg said there were',note='date from the day heading')
e('113','2022-01-12','arrest','Kazakhstan',[MIA],"Kazakhstan's Interior Ministry said 9,900 people had been detained",note='date from the day heading')
e('113','2022-01-12','talks','Brussels',['NATO-Russia Council','Alexander Grushko','Alexander Fomin'],'The first meeting of the NATO-Russia Council in more than two years began',note='date from the day heading')
e('113','2022-01-11','appointment',None,['Alikhan Smailov',TOK],"Lawmakers approved Alikhan Smailov as Kazakhstan's new prime minister",note='date from the day heading')
e('113','2022-01-11','statement',None,[TOK],'Tokayev told parliament',note='date from the day heading')
e('113','2022-01-11','other',None,[TOK],'is due to speak to both chambers of parliament this morning',note='announced speech; "this morning" resolved from the day heading')
e('113','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'Geneva talks over',note='date from the day heading')
e('113','2022-01-10','talks',None,['CSTO','Vladimir Putin'],'CSTO leaders hold video summit',note='date from the day heading')
e('113','2022-01-10','other','Kazakhstan',[],'Kazakhstan is holding a national day of mourning',note='day of mourning; date from the day heading')

# ---------------- 114 NATO / OSCE piece (13 January 2022, a Thursday)
art('114',0,1,5,None,'2022-01-13',['Claire Duval'],'Brussels',['By Claire Duval | Brussels, 13 January 2022'],1,33,sections=(19,))
q('114','There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge.','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',note='speaker and cue before the quote ("said: “…”")')
q('114','Russia did not accept the proposal, but it did not reject it either,','Jens Stoltenberg','he','said')
q('114','the right of each nation to choose its own path','Jens Stoltenberg','Stoltenberg','said',partial=True,note='the following one-word “core” is excluded')
q('114','frank, direct and deep','Alexander Grushko','Grushko','told',partial=True)
q('114','We told them plainly that the ‘open door’ is a door into the past, and that if they try to contain Russia we will respond with countermeasures.','Alexander Grushko','the Russian diplomat','According to',note='nested single-quoted ‘open door’ is part of the quote; colon introduces the quote')
q('114','This is not an ultimatum, it is a question of our security,','Alexander Grushko','Grushko','said')
q('114','We were clear that we will not make decisions about Ukraine without Ukraine, about Europe without Europe, or about NATO without NATO,','Wendy Sherman','she','said')
q('114','the risk of war in the OSCE area is now greater than ever before in the last 30 years','Zbigniew Rau','Rau','said',partial=True)
q('114','a renewed dialogue','Zbigniew Rau','The Polish minister','called for',partial=True)
q('114','Dialogue cannot mean accepting that one state dictates to others.','Zbigniew Rau','The Polish minister','added',note='cue before the quote ("added: “…”")')
q('114','If we do not hear a constructive answer within a reasonable time frame, we will be forced to draw conclusions and take the necessary measures,','Alexander Lukashevich','the Russian envoy','said')
q('114','sounding loud','Michael Carpenter','US Ambassador to the OSCE Michael Carpenter','told',partial=True)
q('114','with honour','Andrei Serdyukov','Colonel-General Andrei Serdyukov','told',partial=True)
q('114','the rights of peaceful protesters must be respected.','Jens Stoltenberg','Stoltenberg','said',partial=True)
e('114','2022-01-12','talks','Brussels',['NATO-Russia Council','Alexander Grushko','Alexander Fomin','Wendy Sherman','Jens Stoltenberg'],'The NATO-Russia Council met in Brussels on Wednesday')
e('114',None,'statement',None,['Jens Stoltenberg'],'After the four-hour session, NATO Secretary General Jens Stoltenberg said')
e('114','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],'In Vienna on Thursday, the OSCE Permanent Council met')
e('114','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'the strategic stability talks held in Geneva on Monday')
e('114','2022-01-13','withdrawal','Kazakhstan',[RDM,'CSTO'],'the Russian Defence Ministry announced on Thursday that the withdrawal of CSTO forces from Kazakhstan had begun')

# ---------------- 115 scraped page (published January 13, 2022, a Thursday)
art('115',0,13,28,'The Eurasia Ledger','2022-01-13',['Aruzhan Bekova','Tom Whitfield'],'ALMATY',
    ['We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies. Accept all | Manage preferences',
     'Home','Sign in','Asia / Kazakhstan','Published January 13, 2022 at 3:12 pm','Share','Copy link',
     'Servicemen of the CSTO contingent board an Il-76 plane at an airfield near Almaty, Kazakhstan, January 13, 2022. Some 2,000 troops are due to leave by January 23. Russian Defence Ministry/Handout via REUTERS',
     'Advertisement','Sign up for our World Briefing newsletter: the stories that matter, in your inbox every morning. Enter your email',
     'A woman walks past a burned-out city administration building in Almaty, January 12, 2022. REUTERS/Pavel Mikheyev',
     'Share this article','Most read','More from Asia',
     '© 2022 The Eurasia Ledger Ltd. All rights reserved. Terms of use | Privacy policy | Cookie settings'],13,65)
q('115','You arrived at a critical moment, and your presence had great psychological importance for us,',TOK,'he','said',note='"according to a video released by his office" follows the cue')
q('115','People are afraid to ask where their relatives are,','Galym Serikbayev','Galym Serikbayev','said')
q('115','We have received dozens of complaints about torture.','Galym Serikbayev','Galym Serikbayev','said')
q('115','For the first time, he is the real master of the house,','Dauren Abenov','Dauren Abenov','said',note='"he" inside the quote is Tokayev, not the speaker')
q('115','The old elite has lost its last protector, and it knows that.','Dauren Abenov','Dauren Abenov','said',malformed=True,note='closing mark missing (lost in scraping); the paragraph ends the quote')
q('115','The drumbeat of war is sounding loud',None,'US envoy','warns',art=None,zone='related',note='"Most read" teaser; the envoy is not named on this page (Michael Carpenter by world knowledge)')
q('115','a large number of differences','Alexander Grushko','Grushko','says',art=None,zone='related',partial=True,note='"Most read" teaser')
c('115','troops_deployed',2030,None,'CSTO servicemen in the force',None,'numbered 2,030 servicemen',note='caption figure "Some 2,000 troops" (line 26) not annotated')
c('115','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('115','killed',225,None,'people killed in the unrest',None,'225 killed in unrest',art=None,zone='related',note='"Most read" teaser')
e('115','2022-01-13','withdrawal','Kazakhstan',['CSTO'],'began leaving Kazakhstan on Thursday')
e('115',None,'other','Almaty',[TOK,'CSTO'],'At a ceremony at the Almaty airport, Tokayev thanked the contingent',note='farewell ceremony, not dated in the sentence (same day as the withdrawal)')
e('115','2022-01-12','arrest','Kazakhstan',[MIA],"Kazakhstan's interior ministry said on Wednesday that 9,900 people had been detained")
e('115','2022-01-06','arrest',None,['Karim Masimov'],'was arrested on January 6 on suspicion of treason')

# ---------------- 116 machine-translated (11.01.2022)
art('116',0,1,5,None,'2022-01-11',[],'NUR-SULTAN',['11.01.2022, 15:37','Photo: Akorda'],1,25)
q('116','The peacekeepers have played very important role in stabilizing the situation in the country, from the psychological point of view their arrival had great significance for repelling the attack of terrorists',
  TOK,'the Head of state','said',note='guillemets; attribution follows after ", -"')
q('116','even by international standards',TOK,'the Head of state','having noted',partial=True)
q('116','I propose to create the public fund "For the people of Kazakhstan" into which the large business should make annual contributions,',TOK,'Tokaev','said',
  note='TRAP: nested straight-quoted fund name inside a straight-quoted span; naive pairing splits it in three. The «For the people of Kazakhstan» in the headline is a name, not a quote')
q('116','the people do not trust the state bodies, it is our common fault',TOK,'he','declared',malformed=True,note='opened with « but closed with a straight " (mismatched marks); attribution follows after ", -"')
c('116','troops_deployed',2030,None,'CSTO servicemen deployed to Kazakhstan',None,'2 030 servicemen',note='space as thousands separator; "data which were voiced in the Mazhilis" (no named source)')
c('116','other',250,None,'units of CSTO military equipment',None,'250 units of military equipment')
c('116','detained',7939,None,'persons detained',MIA,'7 939 persons were detained',note='space as thousands separator')
c('116','injured',2200,'more than','persons who sought medical help',"Kazakh Prosecutor General's Office",'more than 2 200 persons addressed for the medical help',note='space as thousands separator')
e('116','2022-01-11','statement','Nur-Sultan',[TOK],'At the expanded meeting of the Mazhilis of Parliament today the Head of state Kassym-Zhomart Tokaev has made the speech',note='"today" = publication date 11.01.2022')
e('116','2022-01-13','withdrawal','Kazakhstan',['CSTO'],'from 13 January the phased withdrawal of the contingent will begin',note='future, announced')
e('116','2022-01-11','appointment',None,['Alikhan Smailov',TOK],'on the same day by the Decree of the Head of state he was appointed',note='"the same day" = day of the speech (today)')
e('116','2022-01-05','government_resignation',None,['Askar Mamin'],'was sent to the resignation on 05.01.2022')
e('116','2022-01-02','protest','Mangistau region',[],'since January 2 in the Mangistau region')
e('116','2022-01-05','protest','Almaty',[],'in Almaty on 5th of January have grown into the riots',note='riots')
e('116','2022-01-06','troop_deployment','Kazakhstan',['CSTO'],'on January, 6 the CSTO troops at the request of Kazakhstan were arrived')
e('116','2022-01-10','arrest','Kazakhstan',[MIA],'on 10.01 in total 7 939 persons were detained',note='"10.01" without year resolved to 2022')
e('116','2022-01-06','arrest',None,['Karim Masimov','Kazakh National Security Committee'],'Karim Massimov on 6 January was detained')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Kassym-Jomart Tokaev','Kassym-Zhomart Tokaev','Tokayev','Tokaev'],
    ['President','Kazakh President','the Head of state','The Kazakh president','The head of state'],'Kazakhstan',
    ['he','his','the Head of state','the President','The head of state','The Kazakh president'],["Tokayev's"],
    note='Tokaev/Kassym-Zhomart are the Russian-style transliterations (110, 116)'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nursultan Nazarbaev','Nazarbayev','Nazarbaev'],['the first president','the first President'],'Kazakhstan',['Elbasy'],["Nazarbaev's"],quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Karim Massimov','Masimov'],['former head of the National Security Committee','former chairman','former chairman of committee'],'Kazakhstan',[],[],quoted=False,note='Massimov spelling in 116'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Andrey Serdyukov','Andrii Serdiukov'],['Colonel General','Colonel-General','Russian Colonel General','Commander of the Russian Airborne Forces',"the commander of Russia's Airborne Forces"],'Russia',[],[],
    note='Andrii Serdiukov is the Ukrainian-style transliteration (109)'),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['prime minister','Prime minister'],'Kazakhstan',[],[],quoted=False),
 sp('Dmitry Peskov','person',['Dmitry Peskov','Peskov'],['Kremlin Spokesman'],'Russia'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['The Russian leader']),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['press secretary'],'Kazakhstan'),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Defense Ministry Spokesman','Major General'],'Russia',['he']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Sergey Ryabkov','Sergei Riabkov','Ryabkov','Riabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['he'],["Ryabkov's"],
    note='Riabkov is the Ukrainian-style transliteration (109)'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','U.S. Deputy Secretary of State','US Deputy Secretary of State'],'United States',['she']),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba'],['Minister of Foreign Affairs of Ukraine'],'Ukraine',['the minister']),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov','Danilov'],['Secretary of the National Security and Defense Council of Ukraine'],'Ukraine'),
 sp('Taras Hnatiuk','person',['Taras Hnatiuk'],['Kyiv political scientist'],'Ukraine',['the expert'],note='invented analyst'),
 sp('Oleksii Reznikov','person',['Oleksii Reznikov'],['Minister of Defense of Ukraine'],'Ukraine',['the minister'],quoted=False),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister','Turkish Foreign Minister'],'Turkey',['The top Turkish diplomat']),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['Kazakh Foreign Minister'],'Kazakhstan',['He']),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev','Amreyev'],['OTS Secretary-General'],'Kazakhstan'),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',[],[],quoted=False),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister',"Poland's Foreign Minister",'chairman-in-office'],'Poland',['The Polish minister']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy","Russia's permanent representative to the OSCE"],'Russia',['the Russian envoy']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',['he','He']),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['the Russian diplomat']),
 sp('Alexander Fomin','person',['Alexander Fomin'],['Deputy Defence Minister'],'Russia',[],[],quoted=False),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador to the OSCE'],'United States',[],[],note='also the unnamed "US envoy" of the 115 teaser (world knowledge; not annotated as speaker there)'),
 sp('Galym Serikbayev','person',['Galym Serikbayev'],['head of the Almaty-based rights group Justice Watch Kazakhstan'],'Kazakhstan',note='invented'),
 sp('Dauren Abenov','person',['Dauren Abenov'],['a political scientist in Almaty'],'Kazakhstan',note='invented'),
 sp(MIA,'organisation',['Ministry of Internal Affairs of Kazakhstan','Interior Ministry','interior ministry','Ministry of internal affairs'],[],'Kazakhstan',['the ministry'],[],quoted=False),
 sp(RDM,'organisation',['Russian Defense Ministry','Russian Defence Ministry'],[],'Russia',[],[],quoted=False),
 sp('Kazakh National Security Committee','organisation',['National Security Committee','National Security Committee of Kazakhstan','KNB'],[],'Kazakhstan',[],[],quoted=False),
]

# checks: quote delimited by marks
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
