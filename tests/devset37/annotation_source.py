#!/usr/bin/env python3
"""Source of the devset37 annotation: the hand-chosen spans, values and dates for 389-396.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset37/annotation_source.py && python3 tests/devset37/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KA='Kazakh authorities'; PGO="Kazakh Prosecutor General's Office"; MNMFA='Mongolian Ministry of Foreign Affairs'
KNB='Kazakh National Security Committee'; SGMFA='Singapore Ministry of Foreign Affairs'

# ---------------- 389 Khaama Press (January 7, 2022, a Friday)
P='389'
art(P,0,ln(P,'Islamic Emirate watches Kazakh unrest as Afghans'),ln(P,'KABUL: Dozens'),'Khaama Press','2022-01-07',['Farid Nazari'],'KABUL',
    ['Khaama Press','Home | Afghanistan | Region | World | Opinion','By Farid Nazari - January 7, 2022','Share on Facebook  Tweet  WhatsApp',
     'Photo: Burnt-out vehicles near Almaty city hall. File photo / Khaama Press','Tags: Kazakhstan, CSTO, Islamic Emirate, Afghan students',
     "Khaama Press is Afghanistan's leading and largest online news agency. © 2022 Khaama Press. All rights reserved."])
q(P,'following the situation in a friendly neighbouring region with attention','Zabihullah Mujahid','Zabihullah Mujahid','said',partial=True,note='"said the Taliban administration was “…”"; the speaker is the spokesman, not the administration')
q(P,'My brother called us on Thursday night. He said there is no food in the hostel and they cannot go out because of shooting,','Nasir Ahmad','Nasir Ahmad','said',note='inverted cue ",” said Nasir Ahmad, a 34-year-old shopkeeper"; "He said" inside the quote is the brother, not a cue')
q(P,'We only want them to come home safely,','Nasir Ahmad','he','added')
q(P,'how quickly a stable neighbour can become a closed door','Abdul Wahid Tokhi','Abdul Wahid Tokhi','said',partial=True,note='name after an appositive: "A former Afghan diplomat …, Abdul Wahid Tokhi, said"')
q(P,'If the railway from Kazakhstan stops, the bread price in Mazar will double in a week,','Abdul Wahid Tokhi','Tokhi','told',note='surname only; "a week" inside the quote is not a claim')
q(P,'fire without warning',TOK,'Tokayev','said',partial=True,note='the order\'s wording; kept as a partial (it is not a fixed label like "shoot to kill")')
q(P,'strategic facilities',RDM,"Russia's Defence Ministry",'said',partial=True)
c(P,'killed',26,None,'armed rioters killed',MIA,'26 armed rioters had been killed')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c(P,'detained',3800,'more than','people detained',MIA,'More than 3,800 people have been detained',note='"the ministry said" after the figure')
c(P,'troops_deployed',2500,'about','CSTO soldiers sent to Kazakhstan',CSTO,'Roughly 2,500 soldiers',note='"Roughly" normalised to about; "according to the alliance"')
e(P,'2022-01-02','protest','Kazakhstan',[],'The unrest began on January 2')
e(P,'2022-01-05','protest','Almaty',[],'government buildings were stormed on Wednesday',note='Wednesday before Friday 7 Jan')
e(P,'2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e(P,None,'statement',None,['Zabihullah Mujahid'],'Zabihullah Mujahid, the spokesman of the Islamic Emirate, said',note='undated')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'have been sent to Kazakhstan at the request of President',note='undated')
e(P,None,'statement',None,[TOK],'Tokayev said in a televised address',note='undated here (real: 7 Jan)')
e(P,None,'statement',None,[RDM],"Russia's Defence Ministry said the CSTO force",note='undated')

# ---------------- 390 Times of India (Jan 11, 2022, a Tuesday)
P='390'
art(P,0,ln(P,'Kazakhstan: Indian students in Almaty safe'),ln(P,"NEW DELHI: India's embassy"),'The Times of India','2022-01-11',[],'NEW DELHI',
    ['THE TIMES OF INDIA','News / World News / Rest of World News','TOI-Online | Updated: Jan 11, 2022, 21:42 IST','Printed from','SIGN IN | Download TOI App',
     'READ ALSO | Kazakhstan says 164 killed in unrest; figure later withdrawn','FOLLOW US ON SOCIAL MEDIA','Facebook | Twitter | Instagram | KOO APP | YOUTUBE',
     'Copyright © 2022 Bennett, Coleman & Co. Ltd. All rights reserved.'])
q(P,'Our mission has been in constant contact with the Indian community, including students in Almaty and Semey. All are safe,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','said')
q(P,'successfully completed',TOK,'Tokayev','said',partial=True)
q(P,'The situation has been stabilised in all regions,',TOK,'he','told')
q(P,'The peacekeepers will leave as soon as their tasks are fulfilled, not a day later,','Andrei Serdyukov','Serdyukov','said')
q(P,"Kazakhstan is India's biggest supplier of uranium. Stability there matters to us more than people realise,",'Meena Raghavan','she','said',note='invented analyst; first named before a "told TOI" sentence without a quote')
c(P,'killed',164,None,'killed in unrest (figure later withdrawn)',KA,'Kazakhstan says 164 killed in unrest',zone='related',note='"READ ALSO |" teaser inside the text')
c(P,'detained',9900,None,'people detained across the country',KA,'9,900 people have been detained')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',None,'The CSTO force of 2,030 troops')
e(P,'2022-01-11','statement',None,['Indian Ministry of External Affairs'],'the external affairs ministry said on Tuesday')
e(P,None,'statement','Nur-Sultan',[TOK],'Addressing the Mazhilis',note='no day word (real: 11 Jan, the publication day)')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the contingent would begin on Thursday',note='future; Thursday after Tuesday 11 Jan')
e(P,None,'appointment',None,[TOK,'Alikhan Smailov'],'named Alikhan Smailov as the new prime minister',note='"the same day" as an undated address (real: 11 Jan)')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived on January 6 and 7',note='range: first day')
e(P,'2022-01-10','statement',None,['Andrei Serdyukov'],'Serdyukov, said on Monday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'held talks in Geneva on Monday')
e(P,None,'statement',None,['Wendy Sherman'],'said afterwards that Washington',note='"afterwards" = after the Monday talks, probably 2022-01-10; left null')

# ---------------- 391 Moscow Times page scraped with cookie banner and JSON-LD (Jan. 13, 2022, a Thursday)
P='391'
art(P,0,ln(P,'\nKremlin Hails CSTO Mission as Talks With West Stall\n')+1,ln(P,'The Kremlin on Thursday praised'),'The Moscow Times','2022-01-13',['Irina Vostrikova'],None,
    ['We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies. Accept | Learn more',
     T[doc(P)].split('\n')[1],'The Moscow Times','Independent news from Russia','News','Jan. 13, 2022','Irina Vostrikova',
     'Russian paratroopers boarding an Il-76 transport at Almaty airport. Russian Defense Ministry / TASS','Read more: Kazakhstan Says 225 Killed in Unrest',
     'Share  Facebook  Twitter  Telegram  VK','Contribute today'])
q(P,'The operation showed that the organization is capable of acting quickly and effectively,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told')
q(P,'We are not going to wait forever. If we do not hear a constructive answer within a reasonable time, we will take measures,','Alexander Lukashevich','Lukashevich','said',note='full name given in the previous paragraph, where he is not yet quoted')
q(P,'nothing new','Alexander Lukashevich','Lukashevich','adding',partial=True,note='", adding that Moscow had been offered “…”"')
q(P,'no reason','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='name split from the verb by a relative clause')
q(P,'a dead end.','Sergey Ryabkov','He','said',partial=True,note='full stop inside the closing mark')
q(P,'turning point','Daniyar Ashimbayev','Kazakh analyst Daniyar Ashimbayev','said',partial=True)
c(P,'troops_deployed',2000,'more than','CSTO servicemen to be returned to their bases',RDM,'more than 2,000 servicemen',note='withdrawal figure; "some 250 pieces of equipment" is not a claim')
c(P,'killed',225,None,'bodies delivered to morgues',PGO,'225 bodies had been delivered')
c(P,'killed',19,None,'members of the security forces among the dead',PGO,'including 19 members of the security forces')
e(P,'2022-01-13','statement',None,['Kremlin'],'The Kremlin on Thursday praised')
e(P,'2022-01-13','withdrawal','Kazakhstan',[RDM,CSTO],'began flying the first peacekeepers home from Kazakhstan on Thursday')
e(P,None,'talks','Vienna',['OSCE','Russia'],'after a meeting of the Organization for Security and Co-operation in Europe',note='no day word (real: 13 Jan)')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'the Russia-U.S. talks in Geneva on Monday')
e(P,'2022-01-13','statement',None,['Sergey Ryabkov'],'told RTVI on Thursday')
e(P,None,'casualty_report',None,[PGO],"the General Prosecutor's Office said that 225",note='undated')

# ---------------- 392 Hürriyet Daily News (January 12 2022, a Wednesday)
P='392'
art(P,0,ln(P,'Ankara urges restraint as Turkic states'),ln(P,'Turkey on Jan. 11 joined'),'Hürriyet Daily News','2022-01-12',[],'ANKARA',
    ['Hürriyet Daily News','TÜRKİYE | WORLD | ECONOMY | OPINION','ANKARA','January 12 2022 12:47:00','Turkish Foreign Minister Mevlüt Çavuşoğlu. AA Photo',
     'Recommended','Kazakh president names new prime minister','Turkish Airlines resumes Almaty flights','© 2022 Hürriyet Daily News - Tüm hakları saklıdır'])
q(P,'We have always stood by the Kazakh people and we will continue to do so,','Mevlüt Çavuşoğlu','Foreign Minister Mevlüt Çavuşoğlu','said',note='"according to a statement from his ministry" follows')
q(P,'ready to share its experience','Mevlüt Çavuşoğlu','Çavuşoğlu','said',partial=True)
q(P,'to restore constitutional order.','Baghdad Amreyev','Baghdad Amreyev','said',partial=True,note='full stop inside the closing mark')
q(P,"A Turkic world that only holds video calls while Russian soldiers guard Almaty airport is not the union we were promised,",'Ünal Çeviköz','Ünal Çeviköz','said',note='inverted cue with a long appositive')
q(P,'Nothing has been looted from Turkish firms that we know of, but several shops were damaged,','Murat Gürsoy','Murat Gürsoy','said',note='inverted cue')
q(P,'should recover within weeks.','Murat Gürsoy','He','added',partial=True)
c(P,'killed',164,None,'people dead in the violence','officials','left 164 people dead',note='"according to Kazakh officials"')
c(P,'injured',2200,'more than','people injured','officials','more than 2,200 injured')
c(P,'troops_deployed',2000,'about','Russian troops brought to Kazakhstan',None,'around 2,000 Russian troops')
c(P,'detained',8000,'almost','people detained',KA,'almost 8,000 people had been detained')
e(P,'2022-01-11','talks',None,['Turkey','Organization of Turkic States'],'Turkey on Jan. 11 joined an online meeting')
e(P,None,'talks',None,['Recep Tayyip Erdoğan',TOK],'spoke with Tokayev by phone last week',note='"last week" is not a day')
e(P,'2022-01-10','casualty_report',None,[KA],'Kazakh authorities said on Jan. 10')
e(P,'2022-01-10','other','Almaty',['Turkish Airlines'],'Turkish Airlines resumed flights to Almaty on Monday',note='Monday before Wednesday 12 Jan')
e(P,'2022-01-11','statement',None,['Tanju Bilgiç'],'said late on Tuesday')
e(P,None,'statement','Ankara',['Ünal Çeviköz'],'Opposition lawmakers in Ankara questioned',note='undated')

# ---------------- 393 MONTSAME (2022-01-08, a Saturday)
P='393'
art(P,0,ln(P,'Mongolian Foreign Ministry: No Mongolian citizens hurt'),ln(P,'Ulaanbaatar /MONTSAME/.'),'MONTSAME','2022-01-08',['Ts.Enkhjargal'],'Ulaanbaatar',
    ['MONTSAME News Agency','Mongolian | English | Russian | Chinese | Japanese','POLITICS','2022-01-08 16:12:05','Photo: MFA of Mongolia','Author: Ts.Enkhjargal',
     'Related news:','Mongolia, Kazakhstan to mark 30 years of diplomatic relations','MONTSAME © 2022. All rights reserved. Copying is allowed only with a hyperlink to the source.'])
q(P,'The Embassy of Mongolia in Nur-Sultan and the Consulate General in Almaty are working around the clock and keep in touch with our citizens,',MNMFA,'the ministry','noted',note='"noted in a press release"')
q(P,'peace and stability will be restored in the brotherly country as soon as possible','B.Battsetseg','the Minister','wished',partial=True,note='"wished that “…”." — the closing mark comes before the full stop')
q(P,'largely restored',TOK,'Kazakh President Kassym-Jomart Tokayev','stated',partial=True)
q(P,'Flights will resume when the Kazakh side confirms that the airport is safe.','L.Batbayar','Head of the Civil Aviation Authority of Mongolia L.Batbayar','said',note='initial glued to the surname (Mongolian style); cue before the quote with a comma')
q(P,'Almost every family here has someone in Kazakhstan. People are calling us day and night,','A.Bayandalai','he','said')
c(P,'detained',4404,None,'people detained',MIA,'a total of 4,404 people had been detained',note='"around 1,500 Mongolian citizens" and "67 citizens" are not claims')
e(P,'2022-01-08','statement',None,[MNMFA],'informed on January 8')
e(P,'2022-01-07','talks',None,['B.Battsetseg','Mukhtar Tileuberdi'],'held a phone conversation with her Kazakh counterpart Mukhtar Tileuberdi on Friday')
e(P,'2022-01-07','statement',None,[TOK],'stated that constitutional order has been',note='"On the same day" = Friday of the phone call')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'deployed peacekeeping forces to Kazakhstan on January 6')
e(P,None,'other',None,['Civil Aviation Authority of Mongolia'],'remain suspended',note='flight suspension, no date')

# ---------------- 394 Civil.ge (10/01/2022, a Monday)
P='394'
art(P,0,ln(P,'Georgian Officials, Opposition Spar'),ln(P,'Georgian politicians traded barbs'),'Civil.ge','2022-01-10',[],None,
    ['Civil.ge',"Georgia's news in English since 2001",'Politics | Society | Occupied Regions | Economy','10/01/2022 - 19:30','Also Read:',
     'Garibashvili: NATO membership not negotiable','This post is also available in: ქართული (Georgian) Русский (Russian)'])
q(P,'is not a subject of bargaining between third countries.','Irakli Garibashvili','Prime Minister Irakli Garibashvili','said',partial=True,note='partial that starts with a verb; full stop inside the mark')
q(P,"Nobody will decide Georgia's future without Georgia.",'Irakli Garibashvili','he','added',note='colon before the quote: "he added: “…”"')
q(P,'nothing about Georgia','David Zalkaliani','Foreign Minister David Zalkaliani','said',partial=True,note='Washington\'s assurance as reported by Zalkaliani; speaker Zalkaliani (gold 000 l.55 rule)')
q(P,"Today Almaty, tomorrow it could be anyone in Moscow's so-called zone of interest,",'Nika Melia','UNM chairman Nika Melia','wrote',note='Facebook post')
q(P,'Kazakhstan is a member of the CSTO and asked for help itself. Georgia is not, and our choice is NATO,','Irakli Kobakhidze','Kobakhidze','told',note='full name with title in the sentence before')
q(P,'never, ever','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',partial=True,note='"told reporters … that NATO must “…” admit"; the one-word "irresponsible." is excluded')
c(P,'troops_deployed',2000,'about','Russian-led troops flown into Kazakhstan',None,'about 2,000 troops flown in within days',note='in the reporter\'s dash parenthesis inside the opposition\'s argument')
c(P,'killed',164,None,'people killed (figure later removed)',KA,'164 people, including children, were killed')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'as U.S. and Russian diplomats met in Geneva',note='"as" ties it to "on Monday" in the same sentence')
e(P,'2022-01-10','statement',None,['Irakli Garibashvili'],'Prime Minister Irakli Garibashvili said on Monday')
e(P,'2022-01-09','statement',None,['David Zalkaliani'],'Foreign Minister David Zalkaliani said on Sunday')
e(P,None,'statement',None,['Nika Melia'],'UNM chairman Nika Melia wrote on Facebook',note='undated')
e(P,'2022-01-10','statement',None,['Irakli Kobakhidze'],'Kobakhidze told reporters on Monday')
e(P,'2022-01-09','casualty_report',None,[KA],'The Kazakh authorities said on Sunday')

# ---------------- 395 The Straits Times (Jan 9, 2022, a Sunday)
P='395'
art(P,0,ln(P,'Kazakhstan leader blames foreign-trained militants'),ln(P,'ALMATY (REUTERS, AFP) -'),'The Straits Times','2022-01-09',[],'ALMATY',
    ['THE STRAITS TIMES','Asia | East Asia | South-east Asia | South Asia | Australia/NZ','Published Jan 9, 2022, 8:25 PM SGT','Updated Jan 9, 2022, 10:47 PM SGT',
     "Sign up for ST's weekly Asian Insider newsletter","Join ST's Telegram channel and get the latest breaking news delivered to you.",
     'Read 3 articles and stand to win rewards','Spin the wheel now'])
q(P,'a substantial number of foreign citizens',KA,'The authorities','said',partial=True)
q(P,'stabilised and is under control',KNB,'the National Security Committee','announced',partial=True)
q(P,'Under the guise of unplanned protests, a wave of unrest broke out,',TOK,'he','said',note='"he said in a statement released on Saturday"; he = Mr Tokayev (sentence before); "terrorist groups" after "adding that" is a label, excluded')
q(P,'We stayed away from the windows and ate instant noodles from the minimart downstairs,','Cheryl Tan','Ms Cheryl Tan','said',note='inverted cue, "Ms" honorific, age after the name')
q(P,'remain indoors and monitor local news',SGMFA,"Singapore's Ministry of Foreign Affairs",'advised',partial=True)
q(P,'It shows that Russia can project force into Central Asia within 48 hours,','Alexander Lim','he','said',note='invented analyst; "Dr Alexander Lim" first')
c(P,'detained',5800,None,'people detained',KA,'5,800 people had been detained')
c(P,'troops_deployed',2030,'about','CSTO soldiers deployed',CSTO,'About 2,030 CSTO soldiers',note='"according to the alliance"; "four Singaporeans" and "48 hours" are not claims')
e(P,'2022-01-09','other','Almaty',[KA],'regained control of the streets of Almaty on Sunday')
e(P,'2022-01-07','statement',None,[TOK],'who on Friday said he had ordered')
e(P,'2022-01-10','talks',None,[TOK,CSTO],'at an online summit of the Collective Security Treaty Organisation (CSTO) on Monday',note='future')
e(P,'2022-01-08','statement',None,[TOK],'in a statement released on Saturday')
e(P,'2022-01-06','arrest',None,['Karim Masimov'],'arrested on suspicion of treason on Thursday',note='Thursday before Sunday 9 Jan')
e(P,'2022-01-06','statement',None,[SGMFA],"Singapore's Ministry of Foreign Affairs said on Thursday")
e(P,'2022-01-08','talks',None,['Vladimir Putin',TOK],'discussed the situation by phone on Saturday')

# ---------------- 396 Novinite (January 12, 2022, Wednesday)
P='396'
art(P,0,ln(P,'\nBulgaria Rejects Russian Demand to Pull NATO Forces Out Ahead of Brussels Talks\n')+1,ln(P,"Bulgaria's Prime Minister Kiril Petkov"),'Novinite.com','2022-01-12',[],None,
    ['Novinite.com','Sofia News Agency','Home | Bulgaria | Politics | World | Business','Politics | January 12, 2022, Wednesday // 13:10 | Views: 2841',
     'Bulgaria: Bulgaria Rejects Russian Demand to Pull NATO Forces Out Ahead of Brussels Talks','Tags: NATO, Russia, Petkov, Radev, Brussels, CSTO, Kazakhstan',
     'Comments (0)','Add comment'])
q(P,'Bulgaria is a sovereign state and a full member of NATO. It is not for Moscow to decide where allied troops are stationed,','Kiril Petkov','Petkov','said',note='"according to the government\'s press office" follows the cue')
q(P,'We must keep the dialogue open, because the alternative is dangerous for everyone,','Rumen Radev','Radev','told',note='the one-word "unacceptable" before it is excluded')
q(P,'concrete answers, not general words','Alexander Grushko','Alexander Grushko','said',partial=True,note='"who said ahead of the meeting that Moscow expected “…”"')
q(P,'This is not a threat to anyone,','Stefan Yanev','he','added')
q(P,'as soon as the Kazakh president decides.','Sergey Lavrov','Russian Foreign Minister Sergey Lavrov','said',partial=True)
q(P,'is addressed to Washington, but it is written for Sofia and Bucharest.','Boryana Ilieva','Analyst Boryana Ilieva','said',partial=True,note='invented analyst')
c(P,'troops_deployed',2500,'about','CSTO peacekeepers sent to Kazakhstan',None,'some 2,500 peacekeepers',note='"some" → about; "around 150 US soldiers" in Bulgaria is out of scope')
c(P,'detained',10000,'almost','people detained',KA,'almost 10,000 people were detained')
e(P,'2022-01-12','statement','Sofia',['Kiril Petkov'],'rejected on Wednesday')
e(P,'2022-01-11','statement',None,['Rumen Radev'],'Radev told journalists on Tuesday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council met in Brussels on Wednesday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'two days after talks between Russian and U.S. diplomats in Geneva',note='two days before Wednesday 12 Jan')
e(P,None,'statement',None,['Alexander Grushko'],'said ahead of the meeting',note='"ahead of the meeting": probably 2022-01-12 or earlier; left null')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'sent some 2,500 peacekeepers last week',note='"last week" is not a day')
e(P,'2022-01-10','statement',None,['Sergey Lavrov'],'Sergey Lavrov said on Monday')
e(P,'2022-01-02','protest','Kazakhstan',[],'which began on January 2')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','The president','The Kazakh leader'],['Mr Tokayev']),
 sp('Zabihullah Mujahid','person',['Zabihullah Mujahid'],['the spokesman of the Islamic Emirate'],'Afghanistan',note='words invented'),
 sp('Nasir Ahmad','person',['Nasir Ahmad','Ahmad'],['a 34-year-old shopkeeper'],'Afghanistan',['he'],note='invented'),
 sp('Abdul Wahid Tokhi','person',['Abdul Wahid Tokhi','Tokhi'],['A former Afghan diplomat'],'Afghanistan',note='invented'),
 sp(RDM,'organisation',["Russia's Defence Ministry",'Defense Ministry'],[],'Russia'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA spokesperson'],'India',note='words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General'],'Russia'),
 sp('Meena Raghavan','person',['Meena Raghavan'],['A Delhi-based Central Asia analyst'],'India',['she'],note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's envoy to the body"],'Russia',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',['He'],note='canonical from earlier sets; printed "Sergei" here'),
 sp('Daniyar Ashimbayev','person',['Daniyar Ashimbayev'],['Kazakh analyst'],'Kazakhstan',note='words invented'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister'],'Turkey',note='words invented'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],["The organization's secretary general"],None,note='Secretary General of the Organization of Turkic States; words invented'),
 sp('Ünal Çeviköz','person',['Ünal Çeviköz'],["a deputy of the main opposition Republican People's Party (CHP) and a former ambassador"],'Turkey',note='words invented'),
 sp('Murat Gürsoy','person',['Murat Gürsoy'],['the head of a Turkish business association in Almaty'],'Turkey',['He'],note='invented'),
 sp(MNMFA,'organisation',['Ministry of Foreign Affairs of Mongolia'],[],'Mongolia',['the ministry','the Ministry']),
 sp('B.Battsetseg','person',['B.Battsetseg'],['Minister of Foreign Affairs'],'Mongolia',['the Minister'],note='words invented'),
 sp('L.Batbayar','person',['L.Batbayar'],['Head of the Civil Aviation Authority of Mongolia'],'Mongolia',note='invented'),
 sp('A.Bayandalai','person',['A.Bayandalai'],['Bayan-Ulgii aimag Governor'],'Mongolia',['he'],note='words invented'),
 sp('Irakli Garibashvili','person',['Irakli Garibashvili','Garibashvili'],['Prime Minister'],'Georgia',['he']),
 sp('David Zalkaliani','person',['David Zalkaliani'],['Foreign Minister'],'Georgia'),
 sp('Nika Melia','person',['Nika Melia'],['UNM chairman'],'Georgia',note='words invented'),
 sp('Irakli Kobakhidze','person',['Irakli Kobakhidze','Kobakhidze'],['Ruling Georgian Dream party chairman'],'Georgia',note='words invented'),
 sp(KA,'organisation',['Kazakh authorities','The authorities'],[],'Kazakhstan'),
 sp(KNB,'organisation',['National Security Committee'],[],'Kazakhstan'),
 sp('Cheryl Tan','person',['Cheryl Tan'],['a marketing manager'],'Singapore',['She'],['Ms Cheryl Tan'],note='invented'),
 sp(SGMFA,'organisation',["Singapore's Ministry of Foreign Affairs"],[],'Singapore'),
 sp('Alexander Lim','person',['Alexander Lim'],['a Eurasia specialist at a Singapore think-tank'],'Singapore',['he'],['Dr Alexander Lim'],note='invented'),
 sp('Kiril Petkov','person',['Kiril Petkov','Petkov'],["Bulgaria's Prime Minister"],'Bulgaria',note='words invented'),
 sp('Rumen Radev','person',['Rumen Radev','Radev'],['President'],'Bulgaria',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Stefan Yanev','person',['Stefan Yanev'],['Bulgarian Defense Minister'],'Bulgaria',['he'],note='words invented'),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],['Russian Foreign Minister'],'Russia'),
 sp('Boryana Ilieva','person',['Boryana Ilieva'],['Analyst'],'Bulgaria',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 389 and 393; not quoted'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',[],[],quoted=False,note='mentioned in 390 and 394; her only quoted word ("non-starter", 390) is excluded'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',[],[],quoted=False,note='mentioned; not quoted'),
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
