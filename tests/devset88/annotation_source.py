#!/usr/bin/env python3
"""Source of the devset88 annotation: the hand-chosen spans, values and dates for 797-804.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset88/annotation_source.py && python3 tests/devset88/verify.py
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
MYMFA='Malaysian Ministry of Foreign Affairs'; SAMFA='Saudi Ministry of Foreign Affairs'; SER='Andrei Serdyukov'

# ---------------- 797 Business Recorder carrying Reuters (January 7, 2022, a Friday)
art('797',0,3,7,'Business Recorder','2022-01-07',[],'LONDON',
    ['Business Recorder','Home / World','Reuters | Published January 7, 2022 | Updated 09:14pm','Copyright Business Recorder, 2022','Follow us on Google News   |   WhatsApp   |   Twitter'])
q('797','Operations continue at reduced rates while we work with authorities to restore normal logistics,','Tengizchevroil','a company spokesman','said',note='unnamed spokesman of the company named in the sentence before; speaker = the company')
q('797',"The market is not losing many barrels yet, but it is pricing the risk that the unrest spreads to the west of the country,",'Tamsin Harwood','Tamsin Harwood','said',note='inverted cue: ," said Tamsin Harwood, a commodities strategist (invented)')
q('797','as long as the Kazakh leadership considers it necessary','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True,note='comma outside the closing mark')
q('797','This is not an open-ended operation.','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','adding:',note='colon-introduced full quote after "adding:" in the same sentence')
q('797','Anyone who refuses to lay down arms will be dealt with,',TOK,'Tokayev','said',note='paraphrased/invented wording')
c('797','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='one-word scare-quoted label after the figure is not a quote')
c('797','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('797','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces were killed',note='written-out number at sentence start')
c('797','troops_deployed',2500,'about','CSTO troops sent',RDM,'about 2,500 troops, according to the Russian defence ministry')
e('797','2022-01-07','other',None,[],'Oil prices rose on Friday',note='market move; Friday = publication day')
e('797','2022-01-05','other','Tengiz',['Tengizchevroil'],'production at Tengiz had been reduced on Wednesday',note='output cut; Wednesday before Fri 7 Jan')
e('797','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's interior ministry said on Friday")
e('797',None,'troop_deployment','Kazakhstan',[CSTO],'The Collective Security Treaty Organization has sent',note='undated')
e('797',None,'statement',None,['Dmitry Peskov'],'Kremlin spokesman Dmitry Peskov told reporters',note='undated')
e('797',None,'statement',None,[TOK],'in a televised address, said he had ordered',note='undated (real: 7 Jan)')

# ---------------- 798 The Borneo Post (Saturday, 8 January 2022)
art('798',0,3,8,'The Borneo Post','2022-01-08',['Jacqueline Anak Lunsong'],'KUCHING',
    ['The Borneo Post','Nation | World | Sarawak | Sabah','by Jacqueline Anak Lunsong','Saturday, 8 January 2022 4:52 PM','Related News',' Sabah reports 112 new Covid-19 cases','Share this: Facebook  Twitter  WhatsApp  Telegram'])
q('798','established contact with all registered Malaysians',MYMFA,'the ministry','said',partial=True,note='"the ministry said the embassy had “…”"; ministry = Wisma Putra')
q('798','Our priority is their safety. We advise Malaysians there to stay indoors and avoid crowds,',MYMFA,'it','added',note='"it added" = the ministry')
q('798','He said the internet was cut off for almost two days and he could hear shooting near the hostel,','Puan Mariam','she','said',note='pseudonymous mother ("asked to be identified only as Puan Mariam"); a duration inside the quote')
q('798','Now he only wants to come home.','Puan Mariam','she','said',note='continuation after interposed "she said."')
q('798','If the federal government arranges an evacuation flight, Sarawak will cover the cost of bringing our children home,','Wilfred Engkang','he','said',note='he = Datuk Wilfred Engkang (invented), named in the previous paragraph; honorific "Datuk"')
c('798','killed',26,None,'protesters killed','Kazakh authorities','26 protesters had been killed')
c('798','killed',18,None,'security personnel killed','Kazakh authorities','18 security personnel had died')
c('798','detained',3811,None,'people detained','Kazakh authorities','3,811 people had been detained')
c('798','aircraft',70,'more than','military planes carrying CSTO troops','Russian state media','more than 70 military planes')
e('798','2022-01-08','statement',None,[MYMFA],'the Foreign Ministry (Wisma Putra) said today',note='"today" = 8 Jan (dateline Jan 8)')
e('798','2022-01-06','other',None,['Puan Mariam'],'her son had called on Thursday night',note='phone call from a student')
e('798','2022-01-02','protest',None,[],'began on January 2 in the west of the country')
e('798','2022-01-05','protest','Almaty',[],'government buildings were set on fire on Wednesday')
e('798','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said yesterday')
e('798','2022-01-07','talks',None,['Wilfred Engkang',MYMFA],'he had spoken to Wisma Putra officials on Friday')

# ---------------- 799 The Himalayan Times carrying AFP (Jan 10, 2022, a Monday)
art('799',0,3,10,'The Himalayan Times','2022-01-10',[],'GENEVA',
    ['THE HIMALAYAN TIMES','Home » World','AGENCE FRANCE PRESSE','GENEVA, JANUARY 10','Published: 08:45 pm Jan 10, 2022','TAGS: #Russia   #USA   #Kazakhstan','Most Read'])
q('799','The talks were hard and long, but businesslike and specific,','Sergey Ryabkov','Ryabkov','told')
q('799','our key demands','Sergey Ryabkov','he','said',partial=True,note='interposed "Washington, he said, had not yet…"')
q('799','firmly rejected ideas that cannot be on the table','Wendy Sherman','Sherman','said',partial=True)
q('799','candid and serious','Wendy Sherman','Sherman','called',partial=True,note='"but called the exchange “…”"; cue = called (same subject Sherman)')
q('799','complex but businesslike','Sergey Ryabkov','he','said',partial=True,note='he = Ryabkov, named at start of previous sentence')
q('799','a substantial number of foreign nationals',MIA,'The interior ministry','said',partial=True)
q('799',"an attempted coup d'etat",TOK,'President Kassym-Jomart Tokayev','told',partial=True)
q('799','Peaceful rallies were used as cover by people who wanted to seize power,',TOK,'Tokayev','said')
q('799','Nobody will be allowed to shake our common home,','Vladimir Putin','he','said',note='he = Putin; the preceding sentence holds the excluded label "colour revolutions"')
c('799','troops_deployed',100000,'about','Russian troops near Ukraine','Western estimates','some 100,000 troops near',note='"some" normalised to about')
c('799','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
e('799','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'met in Geneva on Monday')
e('799','2022-01-09','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Dinner with Sherman on Sunday evening')
e('799','2022-01-09','statement',None,['Sergey Ryabkov'],'A day earlier, Ryabkov had warned',note='"A day earlier" relative to the Monday talks')
e('799','2022-01-09','casualty_report',None,[MIA],'The interior ministry said on Sunday')
e('799','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'told an online summit of the Collective Security Treaty Organization on Monday',note='CSTO online summit')
e('799','2022-01-12','talks','Brussels',['NATO','Russia'],'are to meet in Brussels on Wednesday',note='future')
e('799','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')
e('799',None,'statement','Kathmandu',['Nepal Ministry of Foreign Affairs'],'said last week',note='"last week" is not a day')

# ---------------- 800 The Island (Sri Lanka) (Wednesday 12th January, 2022)
art('800',0,7,11,'The Island','2022-01-12',[],None,
    ['The Island',"Online edition of Sri Lanka's oldest English daily",'Features | News | Editorial | Sports','Wednesday 12th January, 2022','By our Diplomatic Correspondent','Print this item | Email'])
q('800','successfully completed',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('800','will take no more than ten days',TOK,'he','said',partial=True,note='interposed "he said"; a duration inside the quote')
q('800','Under the old order a narrow circle grew very rich while ordinary families were left behind,',TOK,'the President','said',note='title-only inverted cue ", the President said"; invented wording')
q('800','We are ready to listen, but we will not compromise on core principles,',None,'a NATO diplomat','told',note='anonymous diplomat: speaker null, mention in speaker_as_written (devset19/212 rule)')
q('800','how fast an invited force can arrive, and how much depends on whether it leaves','Nirmala Wickramaratne','Dr Wickramaratne','According to',partial=True,note='invented analyst; honorific Dr')
c('800','troops_deployed',2030,None,'CSTO contingent troops',CSTO,'numbered 2,030 troops')
c('800','other',250,None,'pieces of CSTO military hardware',CSTO,'250 pieces of military hardware')
c('800','killed',164,None,'death toll (later withdrawn)','Kazakh officials','put the death toll at 164',note='the repeat "the 164 had been posted in error" is not a separate claim: it is a retraction')
c('800','killed',103,None,'dead in Almaty','Kazakh officials','including 103 in Almaty')
e('800','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'sit down in Brussels today (12)')
e('800','2022-01-11','statement','Nur-Sultan',[TOK],'Addressing parliament in Nur-Sultan yesterday')
e('800','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin in two days',note='"in two days" from 11 Jan')
e('800','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'He also named Alikhan Smailov as Prime Minister')
e('800','2022-01-10','casualty_report',None,['Kazakh officials'],'Kazakh officials on Monday')
e('800','2022-01-10','talks','Geneva',['Russia','United States'],'held talks in Geneva on Monday (10)')
e('800','2022-01-13','talks','Vienna',['OSCE'],'meets in Vienna tomorrow (13)')
e('800',None,'statement',None,[CSTO],'the alliance said last week',note='"last week" not a day')

# ---------------- 801 Saudi Gazette (Sunday, 9 January 2022)
art('801',0,6,10,'Saudi Gazette','2022-01-09',[],'RIYADH',
    ['Saudi Gazette','Sunday, 9 January 2022 | 6 Jumada Al-Akhirah 1443','World','Saudi Gazette report','Tags: Kazakhstan, Saudi Arabia, Evacuation','© Saudi Gazette 2022'])
q('801','The Kingdom follows with great interest the developments in the friendly Republic of Kazakhstan and hopes for the return of security and stability,',SAMFA,'it','said',note='it = the ministry; "in a statement carried by the Saudi Press Agency"')
q('801','None of our citizens has been harmed, praise be to God, and the embassy line is open around the clock,','Faisal Al-Qahtani','the ambassador','said',note='invented ambassador; title-only inverted cue')
q('801','largely restored','Kazakh authorities','Kazakh authorities','said',partial=True)
q('801','strategic facilities',SER,'CSTO commander Colonel General Andrei Serdyukov','said',partial=True,note='two-word partial with a speech verb (kept like "moral support")')
q('801','Our peacekeepers do not use weapons against civilians,',SER,'he','was quoted as saying',note='"he was quoted as saying by Russian news agencies"')
q('801','within days','Air Astana','Air Astana','said',partial=True)
c('801','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('801','aircraft',70,'more than','aircraft used to airlift the Russian CSTO contingent',RDM,'more than 70 aircraft')
e('801','2022-01-08','statement',None,[SAMFA],'the Ministry of Foreign Affairs said on Saturday')
e('801','2022-01-08','statement',None,['Kazakh authorities'],'Kazakh authorities said on Saturday')
e('801','2022-01-06','arrest',None,['Karim Masimov'],'was arrested on Thursday')
e('801',None,'troop_deployment','Kazakhstan',[RDM,CSTO],'used to airlift the Russian contingent',note='undated')
e('801','2022-01-05','protest','Almaty',[],'seized by protesters on Wednesday')
e('801',None,'other','Almaty',['Saudi embassy'],'were moved by road to the capital',note='evacuation; undated')

# ---------------- 802 Daily Times (Pakistan) (JANUARY 11, 2022, a Tuesday)
art('802',0,5,10,'Daily Times','2022-01-11',[],'ISLAMABAD',
    ['Daily Times','Your Right To Know','HOME  |  PAKISTAN  |  WORLD  |  OPINION  |  BUSINESS','Staff Report','JANUARY 11, 2022','Share on Facebook   Tweet   WhatsApp','Comments are closed.'])
q('802','unity, sovereignty and territorial integrity','Pakistan',None,None,partial=True,note='"Pakistan on Tuesday reaffirmed its support for Kazakhstan\'s “…”"; no speech verb, but the country is the subject of "reaffirmed"; speaker_as_written/cue null (borderline)')
q('802','expressed solidarity with the brotherly people of Kazakhstan','Imran Khan','the PMO','According to',partial=True,note='reported through the Prime Minister\'s Office ("According to the PMO, the prime minister “…”"); speaker = Imran Khan, speaker_as_written = the PMO (nearest-name trap)')
q('802','Our mission is in touch with the community, and so far nobody has asked to be evacuated,','Asim Iftikhar','Iftikhar','said',note='words invented')
q('802','The main tasks have been done. The withdrawal will be phased,',TOK,'the president','said',note='inverted cue ", said the president" (title only, lower case)')
q('802','terrorist aggression',TOK,'Tokayev','said',partial=True,note='two-word evaluative partial with a speech verb; the one-word "bandits" in the same sentence is excluded')
q('802','Figures like 20,000 are political numbers; they tell us what the government wants us to believe,','Humaira Qureshi','Dr Humaira Qureshi','said',note='invented academic; a number inside the quote (not a claim)')
q('802','What matters for Pakistan is a stable transit route to Central Asia.','Humaira Qureshi','Dr Humaira Qureshi','said',note='second sentence after the interposed cue')
c('802','troops_deployed',2030,None,'CSTO troops to pull out',TOK,'the 2,030 troops would pull out')
c('802','detained',9900,None,'people detained since the start of the unrest',MIA,'9,900 people had been detained')
c('802','killed',16,None,'members of the security forces killed','Kazakh officials','16 members of the security forces had been killed')
c('802','other',20000,'about','"bandits" who attacked Almaty',TOK,'some 20,000 "bandits" had attacked Almaty',note='attackers count; the repeat inside the Qureshi quote is not a claim')
e('802','2022-01-11','statement','Islamabad',['Pakistan'],'Pakistan on Tuesday reaffirmed')
e('802','2022-01-10','talks',None,['Imran Khan',TOK],'spoke to Tokayev by telephone on Monday')
e('802',None,'statement',None,['Asim Iftikhar'],'told the weekly briefing',note='undated')
e('802','2022-01-11','statement','Nur-Sultan',[TOK],'addressed the Mazhilis, the lower house of parliament, by video link today')
e('802','2022-01-10','casualty_report',None,[MIA],'The Kazakh interior ministry said on Monday')
e('802','2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2')

# ---------------- 803 Manila Bulletin carrying AFP (Jan 13, 2022, a Thursday)
art('803',0,5,10,'Manila Bulletin','2022-01-13',[],None,
    ['MANILA BULLETIN',"The Nation's Leading Newspaper",'NEWS  >  WORLD','By Agence France-Presse','Published Jan 13, 2022 08:31 pm','TAGS: #Kazakhstan #CSTO #OSCE #Russia','Share  |  Facebook  |  Twitter  |  Email'])
q('803','The peacekeeping contingent has completed its tasks in full and is returning to its permanent bases,',SER,'Serdyukov','said',note='words invented')
q('803','Our region has not stood this close to a major war for three decades,','Zbigniew Rau','Rau','said',note='paraphrased; the duration is not a claim')
q('803','the danger is real and rising','Michael Carpenter','US ambassador Michael Carpenter','told',partial=True,note='"told reporters afterwards that “…”"')
q('803','disappointing','Alexander Lukashevich','Russia\'s envoy Alexander Lukashevich','said',partial=True,note='ONE-WORD quote kept as partial because it is the envoy\'s evaluative verdict with "said" (borderline; contrast the excluded one-word labels)')
q('803','counter-terrorist operation',TOK,'President Kassym-Jomart Tokayev','had said',partial=True,note='official term; kept as partial because of the speech verb (borderline)')
q('803','All 63 Filipinos we know of in Kazakhstan are accounted for,','Ma. Teresita Daza','DFA spokesperson Ma. Teresita Daza','said in a text message',note='inverted order "…," DFA spokesperson NAME said; words invented')
c('803','aircraft',4,None,'Il-76 planes already left',RDM,'the first four Il-76 transport planes had already left')
c('803','troops_deployed',2000,'about','CSTO troops withdrawing',RDM,'the roughly 2,000 troops',note='"roughly" normalised to about')
c('803','detained',12000,None,'people detained','Kazakh authorities','12,000 people had been detained')
c('803','killed',164,None,'people died in the unrest','Kazakh officials','164 people had died')
e('803','2022-01-13','withdrawal','Almaty',[CSTO,SER],'started leaving Kazakhstan on Thursday')
e('803','2022-01-22','withdrawal','Kazakhstan',[CSTO,RDM],'due to be completed by January 22',note='planned end of withdrawal')
e('803','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Michael Carpenter','Alexander Lukashevich'],'resumed talks on European security at the OSCE in Vienna')
e('803','2022-01-12','talks','Brussels',['NATO','Russia'],"Wednesday's NATO-Russia Council")
e('803','2022-01-10','talks','Geneva',['Russia','United States'],'the Russia-US talks in Geneva on Monday')
e('803','2022-01-12','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Wednesday')
e('803','2022-01-11','statement',None,[TOK],'had said the day before',note='"the day before" relative to "on Wednesday" in the previous sentence (pluperfect), not to the Thursday publication day')
e('803','2022-01-10','casualty_report',None,['Kazakh officials'],'Officials said on Monday')
e('803','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a week after they were flown in',note='"a week after" Thursday 13 → 6 Jan')

# ---------------- 804 The Tribune (Chandigarh) (Jan 08, 2022, a Saturday)
art('804',0,7,13,'The Tribune','2022-01-08',['Kuldeep Sandhu'],'Ludhiana',
    ['The Tribune','Chandigarh, India','Home  |  Nation  |  World  |  Punjab  |  Haryana  |  Himachal','Posted at: Jan 08, 2022, 7:40 PM; last updated: Jan 08, 2022, 7:40 PM (IST)','Tribune News Service','Ludhiana, January 8','Top News','Tribune Shorts   |   E-Paper   |   Download App'])
q('804','My daughter has been locked in her hostel in Almaty since Wednesday. The food is running out and the phones work only at night,','Harjit Kaur','Harjit Kaur','said',note='invented parent; inverted cue')
q('804','They heard firing the whole of Thursday,','Rajinder Mann','he','said',note='invented parent')
q('804','closely following the situation','Arindam Bagchi','MEA spokesperson Arindam Bagchi','said',partial=True)
q('804','Our embassy in Nur-Sultan is in contact with Indian nationals, and helplines are working,','Arindam Bagchi','Bagchi','said',note='words invented')
q('804','constitutional order has been largely restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('804','No Punjabi child will be left behind. I have already written to the minister,','Ravneet Singh Bittu','the MP','said',note='title-only inverted cue; the nearest name is S Jaishankar (trap); words invented')
c('804','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('804','troops_deployed',2500,'about','CSTO forces deployed',None,'numbering about 2,500')
e('804','2022-01-08','statement','Ludhiana',[],'today urged the Ministry of External Affairs',note='parents\' appeal')
e('804','2022-01-05','other','Almaty',[],'locked in her hostel in Almaty since Wednesday',note='inside a quote; start of lockdown')
e('804','2022-01-06','statement','New Delhi',['Arindam Bagchi'],'said in New Delhi on Thursday')
e('804','2022-01-08','casualty_report',None,[MIA],'reported today that 4,404')
e('804','2022-01-07','statement',None,[TOK],'said yesterday that')
e('804','2022-01-10','talks',None,['Ravneet Singh Bittu','S Jaishankar'],'with External Affairs Minister S Jaishankar on Monday',note='future; Monday after Sat 8 Jan')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he','the President','the president','The Kazakh leader']),
 sp('Tengizchevroil','organisation',['Tengizchevroil'],[],'Kazakhstan',['a company spokesman'],note='Chevron-led operator of Tengiz'),
 sp('Tamsin Harwood','person',['Tamsin Harwood'],['a commodities strategist at Meridian Futures in London'],'United Kingdom',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp(MYMFA,'organisation',['Foreign Ministry (Wisma Putra)','Wisma Putra'],[],'Malaysia',['the ministry','it']),
 sp('Puan Mariam','person',['Puan Mariam'],['The mother of one of the students'],'Malaysia',['she'],note='pseudonym-like name ("asked to be identified only as"), invented'),
 sp('Wilfred Engkang','person',['Wilfred Engkang'],['State assemblyman'],'Malaysia',['he'],['Datuk Wilfred Engkang'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['he'],note='spelt "Sergei" here; canonical from earlier sets'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',['The interior ministry',"Kazakhstan's interior ministry",'The Kazakh interior ministry']),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',['he']),
 sp('Nirmala Wickramaratne','person',['Nirmala Wickramaratne','Wickramaratne'],['Colombo-based analyst'],'Sri Lanka',[],['Dr Nirmala Wickramaratne','Dr Wickramaratne'],note='invented'),
 sp(SAMFA,'organisation',['Ministry of Foreign Affairs'],[],'Saudi Arabia',['it','The ministry']),
 sp('Faisal Al-Qahtani','person',['Faisal Al-Qahtani'],['Ambassador'],'Saudi Arabia',['the ambassador','He'],note='invented'),
 sp('Kazakh authorities','organisation',['Kazakh authorities'],[],'Kazakhstan'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','CSTO commander'],'Russia',['he']),
 sp('Air Astana','organisation',['Air Astana'],[],'Kazakhstan'),
 sp('Pakistan','organisation',['Pakistan'],[],'Pakistan',note='the state as subject of "reaffirmed its support"'),
 sp('Imran Khan','person',['Imran Khan'],['Prime Minister'],'Pakistan',['the PMO','the prime minister']),
 sp('Asim Iftikhar','person',['Asim Iftikhar','Iftikhar'],['Foreign Office Spokesperson'],'Pakistan',note='words invented'),
 sp('Humaira Qureshi','person',['Humaira Qureshi'],['teaches Central Asian studies at Quaid-i-Azam University'],'Pakistan',[],['Dr Humaira Qureshi'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',note='words paraphrased'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US ambassador'],'United States',note='words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia'),
 sp('Ma. Teresita Daza','person',['Ma. Teresita Daza'],['DFA spokesperson'],'Philippines',note='words invented'),
 sp('Harjit Kaur','person',['Harjit Kaur'],[],'India',note='invented parent'),
 sp('Rajinder Mann','person',['Rajinder Mann'],['Another parent'],'India',['he'],note='invented parent'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA spokesperson'],'India',note='words invented'),
 sp('Ravneet Singh Bittu','person',['Ravneet Singh Bittu'],['Ludhiana MP'],'India',['the MP'],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='not quoted; in all 8 files'),
 sp(RDM,'organisation',['defence ministry'],[],'Russia',["Russia's defence ministry",'the Russian defence ministry'],quoted=False,note='source of figures in 3 files; not quoted'),
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
