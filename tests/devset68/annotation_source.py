#!/usr/bin/env python3
"""Source of the devset68 annotation: the hand-chosen spans, values and dates for 637-644.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset68/annotation_source.py && python3 tests/devset68/verify.py
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
TRMFA='Turkish Foreign Ministry'; MOH='Kazakh Ministry of Health'; SERD='Andrei Serdyukov'; KHAT='Saeed Khatibzadeh'
IRMFA='Iranian Foreign Ministry'; OTS='Organization of Turkic States'; CHP="Republican People's Party"; ERD='Recep Tayyip Erdoğan'; CAV='Mevlüt Çavuşoğlu'

# ---------------- 637 Bianet English (07 January 2022, Friday)
art('637',0,4,5,'bianet English',"2022-01-07",[],None,
    ['bianet English','Home | Human Rights | Politics | World | Women | Media','WORLD','BIA News Desk','07 January 2022, Friday 16:42',
     'Click to read the article in Turkish','(AS/VK)','Tags: Kazakhstan, CSTO, human rights, detentions, Turkey',
     'Share on: Facebook | Twitter | WhatsApp | E-mail','bianet is a project of IPS Communication Foundation. Copyleft.'])
q('637','Nobody knows where these people are. Families go from one police station to another and are sent away,','Deniz Arıkan','Deniz Arıkan','said',malformed=True,
  note='opened with a straight " and closed with a curly ” (mismatched marks); inverted cue "…,” said Deniz Arıkan"')
q('637','dozens of messages since Wednesday night','Deniz Arıkan','Arıkan','said',partial=True,note='the vague "dozens" is not a claim')
q('637','far higher than what the officials admit','Deniz Arıkan','She','added',partial=True)
q('637','we are following closely',TRMFA,'Ankara',None,zone='headline',note='quote in a section sub-heading "Ankara: …" (name + colon, cue null); it is not repeated in the body')
q('637','peace and stability will be restored as soon as possible through common sense and dialogue.',TRMFA,"Turkey's Ministry of Foreign Affairs",'saying',partial=True,
  note='"issued a written statement …, saying it hoped that "…"" ; the full stop is inside the mark')
q('637','a brotherly country',TRMFA,'The statement','recalled',partial=True,note='three-word evaluative partial; speaker_as_written is the statement')
q('637','When the troops of one country are called in against the people of another, human rights are always the first victim,','Deniz Arıkan','Arıkan','said')
q('637','We ask the Turkish government to raise this with Nur-Sultan, not only to talk about brotherhood.','Deniz Arıkan','Arıkan','said',note='second half after the interposed "Arıkan said."')
q('637','fire without warning',TOK,'Tokayev','said',partial=True)
q('637','once the airport is safe for our guests and crew','Turkish Airlines','The carrier','said',partial=True,note='"said on Twitter"')
c('637','detained',3811,None,'people detained since the protests began',MIA,'3,811 people had been detained')
c('637','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='"The ministry also reported"; the label "armed criminals" is not a quote')
c('637','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had lost their lives')
c('637','troops_deployed',2500,'about','CSTO troops deployed to Kazakhstan',None,'Some 2,500 troops of the Russian-led Collective Security Treaty Organization',note='"Some" → about')
e('637','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('637','2022-01-02','protest',None,[],'since protests over fuel prices began on January 2')
e('637','2022-01-06','statement',None,[TRMFA],'issued a written statement on Thursday',note='Thursday before Friday 7 Jan')
e('637','2022-01-06','talks',None,[CAV,'Mukhtar Tileuberdi'],'spoke by phone with his Kazakh counterpart Mukhtar Tileuberdi the same day',note='"the same day" = the Thursday of the statement')
e('637',None,'troop_deployment','Kazakhstan',[CSTO],'have been deployed to Kazakhstan',note='undated')
e('637','2022-01-07','statement',None,[TOK],'Tokayev said in an address on Friday')
e('637','2022-01-05','other','Almaty',['Turkish Airlines'],'cancelled its İstanbul-Almaty flights on Wednesday and Thursday',note='flight cancellation over two days; first day used')

# ---------------- 638 Duvar English (Monday January 10 2022)
art('638',0,4,5,'Duvar English','2022-01-10',[],'ANKARA',
    ['DUVAR ENGLISH','Politics  Economy  Diplomacy  Human Rights  Culture  Opinion','Diplomacy','Duvar English','Monday January 10 2022 13:18',
     'Recommended','Turkic Council renamed Organization of Turkic States at İstanbul summit','Lira slips as inflation hits 36 percent',
     'Follow Duvar English on Twitter @duvarenglish','© 2022 Duvar English. All rights reserved.'])
q('638','Turkey stands by brotherly Kazakhstan in these difficult days and is ready to share its experience,',ERD,'Erdoğan','was quoted as saying',note='a readout quoting the president; the speaker is Erdoğan (gold 002 l.386 rule)')
q('638','a week of silence',CHP,'Opposition',None,zone='headline',note='section sub-heading "Opposition: "…"" (label + colon, cue null); the words are not repeated in the body; the one-word "solidarity" (l.13) is excluded')
q('638','The OTS held summits with photographs and declarations for thirty years. When one of its founders burned, it waited a week and then called a video call,','Selin Kaynak','CHP lawmaker Selin Kaynak','told',
  note='inverted: "…," CHP lawmaker Selin Kaynak told Duvar English; "thirty years" inside the quote is a duration')
q('638','the only address','Selin Kaynak','Kaynak','said',partial=True)
q('638',"an attempted coup d'état",TOK,'Tokayev','told',partial=True,note='"Tokayev on Monday told a CSTO video summit that …"')
q('638','Our companies in Almaty suffered looting, but no Turkish citizen was hurt,','Mehmet Muş','Trade Minister Mehmet Muş','said')
c('638','killed',164,None,'people killed in the violence',MOH,'164 people were killed in the violence',note='"state news channel Khabar 24 attributed to the Health Ministry"')
c('638','detained',5800,None,'people detained',MIA,'The Interior Ministry put the number of people detained at 5,800')
c('638','troops_deployed',2000,'about','CSTO troops in Kazakhstan','Kazakh officials','the roughly 2,000 troops',note='"roughly" → about')
e('638','2022-01-11','talks',None,[OTS],'will hold an extraordinary video conference on Tuesday',note='future; Tuesday after Monday 10 Jan')
e('638','2022-01-10','statement',None,[TRMFA],'the Turkish Foreign Ministry announced on Monday')
e('638','2022-01-09','talks',None,[ERD,TOK],'spoke with Kazakh President Kassym-Jomart Tokayev by phone on Sunday')
e('638','2022-01-10','talks',None,[TOK,CSTO],'Tokayev on Monday told a CSTO video summit',note='CSTO extraordinary session (video)')
e('638',None,'talks','İstanbul',[ERD,OTS],'Erdoğan hosted the OTS summit in İstanbul in November',note='"in November" (month only, no day) → null; real date 12 Nov 2021')
e('638','2022-01-08','statement',None,['Mehmet Muş'],'Trade Minister Mehmet Muş said on Saturday')

# ---------------- 639 Milliyet in Google machine translation (08.01.2022, Saturday)
art('639',0,5,6,'Milliyet','2022-01-08',[],None,
    ['Milliyet','Translated from Turkish by Google  |  Show original  |  Options ▾','HomepageAgendaEconomyWorldSportMagazineWriters','World',
     'Milliyet.com.tr - World Service','08.01.2022 - 11:32 | Last update: 08.01.2022 - 12:05','Keywords: Kazakhstan, Tokayev, KGAÖ, Russia, Serdyukov',
     'Share: Facebook Twitter Whatsapp','Comment (0)'])
q('639','the commander of the collective peacekeeping forces',CSTO,'The KGAÖ Joint Headquarters','it was said',partial=True,
  note='"KGAÖ" is the Turkish acronym of the CSTO (untranslated by the machine); the Joint Headquarters is the CSTO speaking')
q('639','to protect important state and military facilities',CSTO,'The KGAÖ Joint Headquarters','it was said',partial=True,note='closing mark followed by " ." (space before the full stop)')
q('639','The peacekeepers will not participate in the actions against the protesters, they will only guard the objects,',SERD,'Serdyukov','said',note='inverted "…," said Serdyukov')
q('639','I gave the order to shoot without warning to the law enforcement, the terrorists continue to damage the property and use weapons against the citizens,',TOK,'he','said',malformed=True,
  note='closing mark missing: the attribution ", he said." ends up inside the open quote (like gold 002 l.290); he = Tokayev ("Kasım Cömert Tokayev", the machine-translated name)')
q('639','Vladimir Vladimirovich responded to our request very quickly and in a friendly manner,',TOK,'he','expressed',note='machine-translation cue "he expressed"; the name inside the quote (Putin by name and patronymic) is not the speaker')
q('639','with concern',TRMFA,"Turkey's Ministry of Foreign Affairs",'said',partial=True,note='two-word evaluative partial with a speech verb')
c('639','troops_deployed',2030,None,'soldiers of the CSTO force',CSTO,'the number of the soldiers of the force is 2 thousand 30',note='machine-translated numeral "2 thousand 30" = 2,030; the 250 pieces of equipment are not a claim')
c('639','other',20000,None,'"bandits" who attacked Almaty',TOK,'20 thousand bandits attacked Almaty',note='attackers (type other, as earlier sets); "20 thousand" = 20,000')
c('639','detained',4404,None,'people taken into custody',MIA,'4 thousand 404 people were taken into custody',note='"Kazakh Ministry of Interior"; "4 thousand 404" = 4,404')
c('639','killed',18,None,'security personnel killed',MIA,'lost their lives was announced as 18')
c('639','injured',1000,'more than','people who applied to hospitals',MOH,'exceeded 1000',note='"exceeded" → more than')
c('639','injured',400,'about','people being treated in hospital',MOH,'about 400 of them are being treated in hospital')
e('639',None,'statement',None,[CSTO],'The KGAÖ Joint Headquarters made a statement on the subject',note='undated (the appointment was announced on 6 Jan)')
e('639',None,'appointment',None,[SERD,CSTO],'was entrusted to the commander of the Russian Airborne Troops',note='standfirst; undated')
e('639','2022-01-07','statement',None,[TOK],'in his message to the nation yesterday',note='"yesterday" from Saturday 8 Jan')
e('639','2022-01-06','statement',None,[TRMFA],'in the written statement on Thursday')
e('639',None,'other','Crimea',[SERD],'took part in the annexation of Crimea in 2014',note='year only → null; a biographical event')

# ---------------- 640 Iran International (01/12/2022, Wednesday)
art('640',0,4,7,'Iran International','2022-01-12',[],None,
    ['IRAN INTERNATIONAL','LIVE TV   |   فارسی   |   English','IRAN IN BRIEF  ·  WORLD  ·  ANALYSIS  ·  VIDEO','Iran International Newsroom','01/12/2022',
     'READ MORE','Raisi Sends Condolences To Kazakh Counterpart As Death Toll Rises',"Iran's Gasoline Price Protests: Two Years On",
     '© Iran International 2022','Share  |  Tweet  |  Telegram  |  Copy link'])
q('640','return of calm',IRMFA,"Iran's foreign ministry",'welcomed',partial=True,note='cue "has welcomed the "…""')
q('640','the legal government of Kazakhstan',KHAT,'Foreign ministry spokesman Saeed Khatibzadeh','told',partial=True)
q('640','any interference by foreign hands',KHAT,'Foreign ministry spokesman Saeed Khatibzadeh','told',partial=True)
q('640','The Kazakh government invited them, and that is its sovereign decision.',KHAT,'he','said',note='"he said: "…"" (colon before the quote); he = Khatibzadeh')
q('640','in any field the friendly people of Kazakhstan need.','Ebrahim Raisi','President Ebrahim Raisi','offering',partial=True,note='reported via "state media reported"; cue kept as the participle "offering"')
q('640','For Tehran, a street uprising against a president is always a Western plot, whether it is in Minsk, in Almaty or in Tehran itself,','Behrouz Farahani','Behrouz Farahani','said',note='inverted "…," said Behrouz Farahani, a London-based researcher')
q('640','They look at Almaty and they see November 2019.','Behrouz Farahani','Behrouz Farahani','said',note='second quote in the same paragraph after the inverted cue; it takes that cue (paragraph rule); a month-year inside the quote is not an event')
q('640','with envy rather than concern','Behrouz Farahani','Farahani','said',partial=True)
q('640','in the operations rooms of Washington and Tel Aviv','Kayhan','The daily Kayhan','wrote',partial=True,note='a newspaper as speaker')
c('640','killed',164,None,'people who died in the unrest','Kazakh authorities','164 people died in the unrest')
c('640','detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 have been detained',note='"nearly" → almost')
c('640','troops_deployed',2000,'about','soldiers of the CSTO contingent',None,'which numbered about 2,000 soldiers')
e('640','2022-01-10','statement','Tehran',[KHAT],'told his weekly press conference on Monday')
e('640',None,'talks',None,['Ebrahim Raisi',TOK],'had spoken with Tokayev by phone last week',note='"last week" is a period, not a day → null')
e('640','2022-01-11','statement',None,[TOK],'Tokayev on Tuesday announced that the CSTO contingent')
e('640','2022-01-09','statement','Tehran',['Kayhan'],'The daily Kayhan wrote on Sunday',note='an editorial; Sunday before Wednesday 12 Jan')
e('640',None,'other',None,[],'was halted for three days last week',note='rail freight halt; "last week" → null')

# ---------------- 641 Kayhan International (Sunday, January 9, 2022)
art('641',0,6,7,'Kayhan International','2022-01-09',[],'TEHRAN',
    ['KAYHAN INTERNATIONAL','Daily Newspaper of the Islamic Republic','Sunday, January 9, 2022 — Dey 19, 1400 — Jumada al-Akhirah 6, 1443','No. 10,682',
     'Home > International','Related:',"- Leader: Enemy's Soft War Targets Youth",'- Iran, Kazakhstan Sign Grain Deal Worth $300m',
     'Kayhan International — Published by Kayhan Institute, Ferdowsi Ave., Tehran'])
q('641','20,000 bandits',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='a partial that is also a claim (as in earlier sets)')
q('641','largely restored',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='same sentence as "20,000 bandits"')
q('641','when Russian soldiers enter a country, it is often very hard to make them go home.','Antony Blinken','U.S. Secretary of State Antony Blinken','made an arrogant remark',partial=True,
  note='cue is an editorialised phrase "made an arrogant remark that"; Blinken\'s words paraphrased here')
q('641','The Americans speak about sovereignty only when a government they do not like is in danger,','Hassan Rezaei','Hassan Rezaei','told',note='inverted "…," Hassan Rezaei, a university lecturer in Tehran, told Kayhan')
q('641','When their friends in the Persian Gulf sent tanks to Bahrain in 2011, nobody in Washington spoke of an occupation.','Hassan Rezaei','Hassan Rezaei','told',note='second quote in the same paragraph after the inverted cue; it takes that cue (paragraph rule)')
q('641','the same notebook','Hassan Rezaei','Rezaei','said',partial=True)
q('641','a limited period of time',CSTO,'The Collective Security Treaty Organization','said',partial=True)
q('641','with wisdom and without foreign interference',KHAT,'Foreign Ministry Spokesman Saeed Khatibzadeh','said',partial=True)
q('641','The enemy uses the same method everywhere: first economic pressure, then cyberspace, then the street,','Hassan Rezaei','the lecturer','said',note='inverted "said the lecturer" (title-like description only)')
q('641','learned this lesson at a high price','Hassan Rezaei','the lecturer','adding',partial=True)
c('641','other',20000,None,'"bandits" who attacked Kazakhstan',TOK,'"20,000 bandits"',note='inside a partial quote')
c('641','killed',26,'at least','"terrorists" killed',MIA,'at least 26 "terrorists" were killed',note='scare label "terrorists" (one word, excluded)')
c('641','detained',4404,None,'people arrested',MIA,'4,404 people were arrested')
c('641','killed',18,None,'police officers and soldiers killed',MIA,'Eighteen police officers and soldiers were martyred',note='written out at sentence start; "martyred"; "two of whom were beheaded" is a subset, not a claim')
c('641','troops_deployed',2500,'about','CSTO peacekeepers in Kazakhstan',CSTO,'its force of about 2,500 peacekeepers')
e('641','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that his country had been attacked')
e('641','2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken on Friday made an arrogant remark')
e('641','2022-01-08','statement',None,['Russian Foreign Ministry'],"Russia's Foreign Ministry answered on Saturday")
e('641','2022-01-06','statement',None,[KHAT],'Saeed Khatibzadeh said on Thursday')
e('641',None,'statement',None,[CSTO],'The Collective Security Treaty Organization said its force',note='undated')

# ---------------- 642 The New Arab (13 January, 2022, Thursday)
art('642',0,5,6,'The New Arab','2022-01-13',[],None,
    ['The New Arab','العربي الجديد','News  |  Analysis  |  Opinion  |  Society  |  Culture  |  Video','News','The New Arab Staff & Agencies','13 January, 2022',
     'Follow us on Twitter: @The_NewArab','Agencies contributed to this report.','Read More','Kazakhstan unrest: Arab students stranded in Almaty',
     'Russia-NATO talks: What happens next?','Share  Facebook  Twitter  WhatsApp  Email','Copyright © 2022 The New Arab'])
q('642','fully accomplished',SERD,'Colonel General Andrei Serdyukov','told',partial=True,note='"told his soldiers that their mission had been "…""')
q('642','Not a single peacekeeper took part in actions against civilians,',SERD,'Serdyukov','said')
q('642','We came to guard facilities, and we guarded them.',SERD,'Serdyukov','said',note='second half after the interposed "Serdyukov said."')
q('642','nothing to report','Alexander Lukashevich',"Russia's envoy Alexander Lukashevich",'said',partial=True)
q('642','in the coming days','Alexander Lukashevich',"Russia's envoy Alexander Lukashevich",'warned',partial=True,note='a relative time phrase inside a partial is not an event')
q('642','the danger of a war in the OSCE region is higher now than at any time in three decades.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True,
  note='"said that "…"" — a whole clause embedded after "that", flagged partial like devset19 245; "three decades" is not a claim; words paraphrased')
q('642','never close the door','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True,note='nearest name before the cue is "Russia"/"Geneva" inside the relative clause')
q('642','because of the price of oil, not because of the CSTO',None,'A diplomat from a Gulf state','told',partial=True,note='anonymous diplomat → speaker null')
c('642','troops_deployed',2030,None,'CSTO contingent troops',CSTO,'The contingent numbered 2,030 troops',note='"according to the alliance"; 250 pieces of equipment not a claim')
c('642','killed',164,None,'people killed in the unrest','Kazakh authorities','164 people were killed')
c('642','killed',16,None,'members of the security forces killed','Kazakh authorities','16 members of the security forces')
c('642','detained',9900,None,'people detained','Kazakh authorities','9,900 people were detained')
e('642','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing its troops from Kazakhstan on Thursday')
e('642','2022-01-13','other','Almaty',[SERD],'A ceremony was held in Almaty on Thursday morning')
e('642','2022-01-11','statement',None,[TOK],'President Kassym-Jomart Tokayev said on Tuesday')
e('642',None,'talks','Vienna',['OSCE','Russia'],'held the last of three meetings between Russia and Western countries',note='no day word in this sentence (the standfirst\'s "on Thursday" belongs to the CSTO pull-out) → null; real date 2022-01-13')
e('642','2022-01-10','talks','Geneva',['Wendy Sherman','Russia'],'who led talks with Russia in Geneva on Monday')
e('642','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russian officials had met in Brussels on Wednesday')

# ---------------- 643 Middle East Monitor (January 11, 2022 at 2:51 pm, Tuesday)
art('643',0,4,10,'Middle East Monitor','2022-01-11',[],None,
    ['MEMO Middle East Monitor','Creating new perspectives since 2009','Home / Asia & Americas / Europe & Russia',
     'January 11, 2022 at 2:51 pm | Published in: Asia & Americas, Europe & Russia, News','Kazakh President Kassym-Jomart Tokayev',
     'Kazakh President Kassym-Jomart Tokayev in Nur-Sultan, Kazakhstan on 7 January 2022 [Akorda/Handout - Anadolu Agency]','January 11, 2022 at 2:51 pm',
     'READ: Kazakhstan: 164 people killed in unrest, says health ministry','READ: Iran, Turkey urge dialogue as Kazakhstan unrest deepens',
     'Categories','Asia & Americas, Europe & Russia, Kazakhstan, News','Comments','Show Comments'])
q('643','successfully completed',TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'describing',partial=True,note='"told parliament …, describing their main mission as "…""')
q('643','The withdrawal will take no more than ten days,',TOK,'Tokayev','said')
q('643','a layer of wealthy people appeared, even by international standards,',TOK,'He','saying',partial=True)
q('643','to pay their dues to the people of Kazakhstan',TOK,'He','saying',partial=True)
q('643','a technical error',MOH,'The health ministry','said',partial=True,note='three-word phrase with a speech verb → partial (not a scare quote)')
q('643','as a cry about gas prices in Zhanaozen and became a cry about thirty years of one family.','Ainur Seitkali','Kazakh activist Ainur Seitkali','said',partial=True)
q('643','People were not terrorists. They were drivers, workers, students.','Ainur Seitkali','Kazakh activist Ainur Seitkali',None,malformed=True,
  note='multi-paragraph quote in the conventional style: this paragraph is left open and the next re-opens; one record per paragraph; cue null because this paragraph has no attribution ("she added" is in the next)')
q('643','If there were armed groups, show them to the world, show their names and their courts,','Ainur Seitkali','she','added')
q('643','in every field',CAV,'Mevlut Cavusoglu','said',partial=True,note='name written without Turkish letters here')
q('643','full solidarity','Qatari Ministry of Foreign Affairs','its foreign ministry','said',partial=True)
c('643','killed',164,None,'people killed in the unrest',MOH,'164 people killed in unrest',zone='related',note='"READ:" teaser inside the text')
c('643','detained',9900,None,'people detained across the country',MIA,'9,900 people have been detained')
c('643','killed',164,None,'dead (figure published on the weekend)',MOH,'the figure of 164 dead',note='a figure the ministry called "a technical error"; kept as a textual occurrence, flagged here')
c('643','troops_deployed',2030,'about','CSTO soldiers who took part in the mission',CSTO,'An estimated 2,030 soldiers',note='"An estimated" → about; "the CSTO says"')
e('643','2022-01-11','statement','Nur-Sultan',[TOK],'today told parliament',note='"today" = publication day')
e('643','2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov',TOK],"Lawmakers approved Tokayev's nominee Alikhan Smailov",note='"during the same session" = today')
e('643','2022-01-10','statement',None,[MOH],'The health ministry said yesterday')
e('643','2022-01-11','talks',None,[OTS,CAV],'after a video conference of the Organisation of Turkic States today')
e('643','2022-01-07','statement',None,['Qatari Ministry of Foreign Affairs'],'Qatar had expressed "full solidarity" with Kazakhstan on Friday',note='Friday before Tuesday 11 Jan')

# ---------------- 644 Al-Quds Al-Arabi in machine translation (6 - January - 2022, Thursday)
art('644',0,5,8,'Al-Quds Al-Arabi','2022-01-06',[],'Nur-Sultan',
    ['القدس العربي','Al-Quds Al-Arabi','Translated automatically from Arabic','Home | Politics | Arab World | International | Economy | Opinion | Culture',
     'Nur-Sultan - "Al-Quds Al-Arabi" and agencies:','6 - January - 2022','Related topics','Tags: Almaty, Kazakhstan, Tokayev, CSTO, Russia',
     '© Al-Quds Al-Arabi 2022 - Translated by machine'],le=26)
q('644','began to perform the assigned tasks',RDM,'The Russian Ministry of Defense','said in a statement',partial=True)
q('644','will be limited in time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q('644','tens of the rioters were liquidated','Kazakh police','The Kazakh police','said',partial=True,note='"tens" (dozens) is vague: no claim')
q('644','Almaty was attacked by terrorist gangs that received training abroad. I have appealed to the leaders of the CSTO to help Kazakhstan in overcoming this terrorist threat.',TOK,'Tokayev','said',note='cue before a colon: "Tokayev said in a televised speech on Wednesday night: "…""')
q('644','we will act as hard as possible',TOK,'the Kazakh president','added',partial=True,note='the one-word headline "hard" is excluded')
q('644','is following closely','Ned Price','Ned Price','said',partial=True)
q('644','any violations of human rights','Ned Price','Ned Price','warning',partial=True,note='the headline label "rights violations" is excluded (a paraphrase, not his words)')
q('644','We regard the events as an attempt inspired from the outside to undermine the security and integrity of the state by force.','Maria Zakharova','Maria Zakharova','said',malformed=True,
  note='closing mark missing at the end of the paragraph')
q('644','a terrorist aggression',TOK,'Tokayev',None,art=None,zone='related',partial=True,note='"Related topics" teaser "Tokayev: the country was facing "…"" (name + colon); the one-word "peacekeeping" in the other teaser is excluded')
c('644','aircraft',70,'more than','Il-76 and An-124 aircraft transporting the troops',RDM,'more than 70 aircraft')
c('644','troops_deployed',2500,'about','CSTO peacekeeping force','Nikol Pashinyan','about 2,500 soldier',note='machine-translated singular "soldier"')
c('644','detained',2298,None,'people arrested',MIA,'2,298 people were arrested')
c('644','killed',12,None,'members of the security forces killed',MIA,'12 of the security forces were killed',note='"one of them was found beheaded" is a subset')
e('644','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'The first units of Russian paratroopers arrived in Kazakhstan on Thursday')
e('644','2022-01-05','other',None,[TOK,CSTO],'asked for yesterday, Wednesday',note='request for CSTO help; "yesterday, Wednesday" from Thursday 6 Jan')
e('644','2022-01-05','statement',None,[TOK],'Tokayev said in a televised speech on Wednesday night')
e('644','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over yesterday the presidency of the Security Council')
e('644','2022-01-05','statement',None,['Ned Price'],'Ned Price said on Wednesday')
e('644',None,'statement','Moscow',['Maria Zakharova'],'In Moscow, the spokeswoman of the Russian foreign ministry Maria Zakharova said',note='undated')
e('644','2022-01-05','government_resignation',None,['Askar Mamin',TOK],'had presented its resignation on Wednesday morning')
e('644',None,'statement',None,[RDM],'The Russian Ministry of Defense said in a statement',note='undated')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President',"Kazakhstan's President",'The President of Kazakhstan'],'Kazakhstan',
    ['he','He','the Kazakh president','The Kazakh leader'],['Kasım Cömert Tokayev',"Tokayev's"],note='"Kasım Cömert Tokayev" is the machine-translated Turkish spelling (639)'),
 sp('Deniz Arıkan','person',['Deniz Arıkan','Arıkan'],['a member of the Lawyers for Freedom association'],'Turkey',['She'],note='invented'),
 sp(TRMFA,'organisation',["Turkey's Ministry of Foreign Affairs",'Turkish Foreign Ministry'],[],'Turkey',['The statement','Ankara']),
 sp('Turkish Airlines','organisation',['Turkish Airlines'],[],'Turkey',['The carrier']),
 sp(ERD,'person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',note='words invented'),
 sp(CHP,'organisation',["Republican People's Party",'CHP'],[],'Turkey',['Opposition'],note='speaker of a sub-heading label only'),
 sp('Selin Kaynak','person',['Selin Kaynak','Kaynak'],['CHP lawmaker','a former diplomat'],'Turkey',note='invented'),
 sp('Mehmet Muş','person',['Mehmet Muş'],['Trade Minister'],'Turkey',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation','KGAÖ'],[],None,['The KGAÖ Joint Headquarters','the alliance'],
    note='"KGAÖ" = Kolektif Güvenlik Antlaşması Örgütü, left untranslated by the machine (639)'),
 sp(SERD,'person',['Andrei Serdyukov','Andrey Serdyukov','Serdyukov'],['Colonel General','the commander of the Russian Airborne Troops'],'Russia'),
 sp(IRMFA,'organisation',["Iran's foreign ministry"],[],'Iran'),
 sp(KHAT,'person',['Saeed Khatibzadeh','Khatibzadeh'],['Foreign ministry spokesman','Foreign Ministry Spokesman'],'Iran',['he'],note='words invented'),
 sp('Ebrahim Raisi','person',['Ebrahim Raisi','Raisi'],['President'],'Iran',note='words invented'),
 sp('Behrouz Farahani','person',['Behrouz Farahani','Farahani'],["a London-based researcher on Iran's relations with Central Asia"],'United Kingdom',note='invented'),
 sp('Kayhan','organisation',['Kayhan'],[],'Iran',['The daily Kayhan'],note='a newspaper quoted by another outlet (640); also the outlet of 641'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['U.S. Secretary of State'],'United States',note='words paraphrased'),
 sp('Hassan Rezaei','person',['Hassan Rezaei','Rezaei'],['a university lecturer in Tehran'],'Iran',['the lecturer'],note='invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words paraphrased'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp(MOH,'organisation',['Health Ministry','Kazakh Ministry of Health'],[],'Kazakhstan',['The health ministry']),
 sp('Ainur Seitkali','person',['Ainur Seitkali'],['Kazakh activist'],'Kazakhstan',['she'],note='invented'),
 sp(CAV,'person',['Mevlüt Çavuşoğlu','Mevlut Cavusoglu'],['Foreign Minister',"Turkey's Foreign Minister"],'Turkey',note='words invented'),
 sp('Qatari Ministry of Foreign Affairs','organisation',[],[],'Qatar',['its foreign ministry'],note='named only as "its foreign ministry" after "Qatar"'),
 sp(RDM,'organisation',['Russian Ministry of Defense'],[],'Russia'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Kazakh police','organisation',['Kazakh police'],[],'Kazakhstan'),
 sp('Ned Price','person',['Ned Price'],['the spokesman of the American State Department'],'United States'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['the spokeswoman of the Russian foreign ministry'],'Russia',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry','Kazakh Ministry of Interior','Kazakh Interior Ministry'],[],'Kazakhstan',['The ministry'],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(OTS,'organisation',['Organization of Turkic States','Organisation of Turkic States','OTS'],[],None,quoted=False),
 sp('Russian Foreign Ministry','organisation',["Russia's Foreign Ministry",'Russian foreign ministry'],[],'Russia',quoted=False),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev'],['former president'],'Kazakhstan',quoted=False),
 sp('Alikhan Smailov','person',['Alikhan Smailov'],['acting prime minister','the new prime minister'],'Kazakhstan',quoted=False),
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
