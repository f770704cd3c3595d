#!/usr/bin/env python3
"""Source of the devset121 annotation: the hand-chosen spans, values and dates for 1061-1068.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset121/annotation_source.py && python3 tests/devset121/verify.py
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
CGA='Chinese Consulate General in Almaty'; TMMFA='Turkmen Foreign Ministry'; KTZ='Kazakhstan Temir Zholy'
XI='Xi Jinping'; ZX='Zhang Xiao'; GU='Gu Min'; WW='Wang Wenbin'; RY='Sergey Ryabkov'; WS='Wendy Sherman'; ZL='Zhao Lijian'
JAP='Sadyr Japarov'; BEK='Baktybek Bekbolotov'; GB='Gurbanguly Berdimuhamedov'; UZMIG='Uzbek Agency for External Labour Migration'

# ---------------- 1061 ECNS item (2022-01-08 10:24:17, a Saturday)
art('1061',0,3,6,'ECNS','2022-01-08',[],None,
    ['ECNS','Home | China | Society | Economy | Voices | Photo | Video | Features','2022-01-08 10:24:17 | Editor: Li Yan','Related news',
     'Xi sends verbal message to Kazakh president','ECNS Wire | About Us | Contact Us | Join Us','Copyright ©1999-2022 Chinanews.com. All rights reserved.'])
q('1061','The consulate general is in close contact with Chinese enterprises and students and has opened a 24-hour hotline,',CGA,'the consulate','said',note='"the consulate said in a notice posted on its official WeChat account"; inverted order')
q('1061','stay indoors, avoid crowds and keep enough food and water at home',CGA,'It','urged',partial=True,note='It = the consulate; closing mark followed by a full stop outside')
q('1061',"resolutely opposes any attempt by outside forces to undermine Kazakhstan's stability",XI,'President Xi Jinping','saying',partial=True,note='content of a verbal message; "saying that China “…”"')
q('1061','We heard shooting near the central square on Wednesday night, but since yesterday the streets have been much quieter,','Zhou Hai','Zhou','said',note='invented businessman; relative days inside the quote')
q('1061','Nobody wants to drive into a city without internet and without fuel,','Zhou Hai','he','added')
q('1061','The peacekeepers will guard state and military facilities and will not take part in operations against protesters,',CSTO,'a statement by the CSTO secretariat','said',note='inverted: "…," a statement by the CSTO secretariat said')
q('1061','fire without warning',TOK,'Toqaev','said',partial=True,note='three-word order quoted from the address; kept as partial (his words, speech verb)')
c('1061','killed',26,None,'armed criminals killed',MIA,'26 armed criminals had been killed')
c('1061','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('1061','killed',18,None,'law enforcement officers killed',MIA,'Eighteen law enforcement officers have died',note='written-out figure at a sentence start; "according to the ministry"')
c('1061','troops_deployed',2500,'about','CSTO contingent in Kazakhstan','Russia','would number about 2,500 people',note='"The Russian side said"')
e('1061','2022-01-07','statement','Almaty',[CGA],'the Chinese Consulate General in Almaty said on Friday',note='Friday before Saturday 8 Jan')
e('1061','2022-01-07','statement',None,[XI,TOK],'sent a verbal message to Kazakh President Kassym-Jomart Toqaev on Friday')
e('1061','2022-01-05','protest','Almaty',[],'We heard shooting near the central square on Wednesday night',note='inside a quote; Wednesday before Saturday 8 Jan')
e('1061','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('1061','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving on Thursday')
e('1061','2022-01-07','statement',None,[TOK],'Toqaev said in a televised address on Friday')

# ---------------- 1062 Chinese Embassy in Kazakhstan website (2022/01/10, a Monday)
CNEMB="Embassy of the People's Republic of China in the Republic of Kazakhstan"
art('1062',0,3,5,CNEMB,'2022-01-10',[],None,
    [CNEMB,'Home > Embassy News','2022/01/10','The full text of the interview is as follows:','【Print】 【Close】',
     "Copyright © Embassy of the People's Republic of China in the Republic of Kazakhstan",'Address: 6 Shamshy Kaldayakov Street, Nur-Sultan'])
q('1062','A friend in need is a friend indeed. China will stand with the Kazakh people in this difficult moment,',ZX,'he','said',note='he = Ambassador Zhang (surname-first Chinese name)')
q('1062','normal production and operation step by step',ZX,'The ambassador','added',partial=True)
q('1062','China supports every step the Kazakh side has taken to end the violence',XI,'President Xi Jinping','stated',partial=True,note='marked quote inside an unquoted Q&A answer by the ambassador; "stated that “…”"')
q('1062','Unity is the root of prosperity.',ZX,'Ambassador Zhang Xiao','As the Kazakh saying goes',note='proverb inside the ambassador\'s unquoted answer (like the gold Pushkin line); speaker = the interviewee; the Q&A answers themselves are unmarked and not quotes')
c('1062','troops_deployed',2030,'about','CSTO servicemen taking part',ZX,'about 2,030 servicemen from the member states',note='"As far as we know"')
c('1062','injured',2,None,'Chinese employees injured in Almaty',ZX,'Two Chinese employees were slightly injured',note='borderline: a casualty count of foreign citizens (not a safety/evacuee count)')
c('1062','detained',5800,None,'people detained, including foreigners',MIA,'5,800 people, including foreigners, have been detained')
e('1062','2022-01-09','other',None,[ZX,'Kazakhstanskaya Pravda'],'On 9 January 2022, Ambassador Zhang Xiao gave a written interview',note='interview')
e('1062','2022-01-07','statement',None,[XI,TOK],'In his verbal message to President Tokayev on 7 January')
e('1062',None,'troop_deployment','Kazakhstan',[CSTO],'The operation was launched at the request of the Kazakh side',note='undated')
e('1062','2022-01-05','other','Almaty',[],'slightly injured in Almaty on 5 January',note='injury of two Chinese employees')
e('1062','2022-01-09','casualty_report',None,[MIA],'Kazakh Interior Ministry data released on Sunday',note='Sunday before Monday 10 Jan')

# ---------------- 1063 WeChat official account article, machine-translated (2022-01-09 21:30, a Sunday)
art('1063',0,2,10,'Eurasia Observer','2022-01-09',['Xiao Feng'],None,
    ['[Machine translation from Chinese]','Original  Eurasia Observer  2022-01-09 21:30  Posted in Beijing','Text | Xiao Feng  Editor | Ma Ning',
     "Editor's note: The situation in our big neighbour has changed every day. Today we try to answer the three questions readers asked most.",
     '- END -','Read 10万+','Share  Like  Wow','Scan the QR code to follow Eurasia Observer','Long press to recognise the QR code'],
    sections=(ln('1063','01 Who started it?'),ln('1063','02 Why did Russia come?'),ln('1063','03 What does it mean for China?')))
q('1063','a well-trained terrorist army',TOK,'he','called them',partial=True,note='he = Toqaev in the previous clause')
q('1063','The gas price was only the fuse. The real powder is the gap between the rich and the poor.',GU,'Professor Gu Min of Lanzhou University','told',note='cue before the quote with a colon ("told this account:"); invented professor')
q('1063','until the situation is stabilised','Maria Zakharova','Russian Foreign Ministry spokeswoman Zakharova','said',partial=True,note='surname only')
q('1063','Moscow had no choice,',GU,'Gu Min','said')
q('1063','If Kazakhstan falls into chaos, the whole Central Asian backyard is on fire.',GU,'Gu Min','said',note='second half after the interposed "Gu Min said."')
q('1063','China is willing to provide necessary support according to the needs of the Kazakh side.',WW,'Foreign Ministry spokesman Wang Wenbin','said',note='"said:" with a colon before the quote; words paraphrased/invented')
q('1063','does not want to see chaos',WW,'He','said',partial=True)
q('1063','Stability there is our stability,',GU,'Professor Gu','said')
c('1063','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits had attacked Almaty')
c('1063','detained',4404,None,'people detained nationwide',MIA,'4,404 people had been detained nationwide')
c('1063','killed',164,None,'people dead (figure later removed)','Kazakh Ministry of Health','164 people have died',note='"the ministry later removed this figure from its channel"')
e('1063','2022-01-02','protest','Zhanaozhen',[],'The protests began on January 2 in Zhanaozhen',note='"Zhanaozhen" spelling (= Zhanaozen)')
e('1063','2022-01-07','statement',None,[TOK],'On Friday, Kazakh President Toqaev said in a televised speech')
e('1063','2022-01-06','other',None,[CSTO],'The CSTO decided on the night of January 6 to send troops',note='decision to deploy')
e('1063','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first batch landed the same day',note='"the same day" = 6 January')
e('1063','2022-01-08','casualty_report',None,[MIA],'Yesterday, the Kazakh Interior Ministry said',note='yesterday from Sunday 9 Jan')
e('1063',None,'casualty_report',None,['Kazakh Ministry of Health'],'According to the Ministry of Health',note='undated (real: 9 Jan)')
e('1063','2022-01-07','statement','Beijing',[WW],'At the regular press conference on Friday')
e('1063','2022-01-10','talks','Geneva',['Russia','United States'],'Tomorrow, Russia and the United States will start talks in Geneva',note='tomorrow from Sunday 9 Jan')

# ---------------- 1064 RTHK English News (2022-01-11 HKT 21:15, a Tuesday)
art('1064',0,3,10,'RTHK','2022-01-11',[],None,
    ['RTHK English News','Local | Greater China | World | Finance | Sport','2022-01-11 HKT 21:15','Share this story','facebook','twitter','email','Related stories',
     "Kazakh president says 'foreign terrorists' behind unrest","Ryabkov, Sherman hold 'difficult' talks in Geneva",'Next Article'])
q('1064','no reason for optimism',RY,"Russia's chief negotiator",'said',partial=True,note='forward reference: the name (Sergei Ryabkov) comes only in the next paragraph')
q('1064','We need legally binding guarantees that Ukraine will stay outside Nato, and we need them soon,',RY,'Ryabkov','told')
q('1064','that cannot be accepted by any member of the alliance',WS,'US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('1064','Nobody will decide for Kyiv which club it may join,',WS,'she','said')
q('1064','done its job and done it well',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='"told parliament on Tuesday that … had “…”"')
q('1064','The contingent will start going home in two days, and the last soldier will leave within 10 days,',TOK,'he','said',note='durations inside the quote (not claims)')
q('1064','rapid restoration of stability',ZL,'foreign ministry spokesman Zhao Lijian','said',partial=True)
q('1064',"take each other's legitimate security concerns seriously",ZL,'he','said',partial=True)
c('1064','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',CSTO,'sent 2,030 troops to Kazakhstan last week',note='"according to its secretariat"')
c('1064','detained',10000,'almost','people detained since January 2','Kazakh authorities','nearly 10,000 people have been detained')
e('1064','2022-01-10','talks','Geneva',[RY,WS],"who led the Russian delegation at Monday's meeting")
e('1064','2022-01-11','statement',None,[RY],"Russia's chief negotiator said on Tuesday")
e('1064','2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e('1064','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving his country in two days',note='"in two days" from Tuesday 11 Jan')
e('1064','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'whose appointment was approved by lawmakers on the same day')
e('1064',None,'troop_deployment','Kazakhstan',[CSTO],'The Russian-led alliance sent',note='"last week" is not a day')
e('1064','2022-01-02','protest','Kazakhstan',[],'erupted on January 2')
e('1064',None,'statement','Beijing',[ZL],'In Beijing, foreign ministry spokesman Zhao Lijian said',note='no day given (real: 11 Jan)')
e('1064','2022-01-12','talks','Brussels',['NATO','Russia'],'due to meet in Brussels on Wednesday')
e('1064','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday')

# ---------------- 1065 Silk Road Briefing (Jan. 12, 2022, a Wednesday)
art('1065',0,3,8,'Silk Road Briefing','2022-01-12',['Martin Kessler'],None,
    ['Silk Road Briefing','Home | Countries | Industries | Trade | Tax | Legal | Videos','Jan. 12, 2022','Posted by Silk Road Briefing','Written by Martin Kessler',
     'Related Reading',"Kazakhstan's Special Economic Zones: An Overview For Foreign Investors",'About Us','Subscribe to our newsletter'],
    sections=(ln('1065','The Security Situation'),ln('1065','Impact On Rail'),ln('1065','Our View')))
q('1065','in two days',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='three-word temporal phrase; borderline, kept because it is his wording with a speech verb')
q('1065','all transit trains are moving according to schedule',KTZ,'Kazakhstan Temir Zholy','said in a statement',partial=True)
q('1065','no damage to railway infrastructure',KTZ,'Kazakhstan Temir Zholy','said in a statement',partial=True,note='second "that “…”" clause of the same sentence')
q('1065','Our trains were standing at Dostyk because the documents could not be sent, not because of any danger on the tracks,','Anna Weber','Anna Weber','told',note='inverted: "…," Anna Weber, a … manager …, told us')
q('1065','Some of our customers switched 40 containers to the sea route.','Anna Weber','Anna Weber','told',note='continuation in the same paragraph; 40 containers is not a claim')
q('1065','a new economic model',TOK,'Tokayev','has promised',partial=True)
q('1065','will be strictly protected',TOK,'Tokayev','told',partial=True)
c('1065','detained',7939,None,'people detained','Kazakh authorities','7,939 people had been detained')
c('1065','troops_deployed',2030,'about','CSTO troops from six member states',None,'deployed about 2,030 troops',note='the CSTO is the subject that deployed them (no separate source)')
e('1065','2022-01-02','protest',None,[],'The protests, which began on January 2')
e('1065','2022-01-05','protest','Almaty',[],'turned violent in Almaty on January 5')
e('1065','2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Monday',note='Monday before Wednesday 12 Jan')
e('1065','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'On January 6 the Collective Security Treaty Organization (CSTO) deployed')
e('1065','2022-01-11','statement',None,[TOK],'On Tuesday, President Kassym-Jomart Tokayev said',note='same address as "told parliament on Tuesday" (one event)')
e('1065','2022-01-13','withdrawal','Kazakhstan',[CSTO],'meaning on Thursday')
e('1065',None,'statement',None,[KTZ],'the national railway operator, said in a statement',note='undated')

# ---------------- 1066 president.kg press-service item (13 January 2022 | 17:40, a Thursday)
PKG='Official website of the President of the Kyrgyz Republic'
art('1066',0,4,8,PKG,'2022-01-13',[],None,
    ['PRESIDENT OF THE KYRGYZ REPUBLIC','Official website','News | Decrees | Addresses | Press service | Photo | Video','13 January 2022 | 17:40',
     'Press service of the President of the Kyrgyz Republic','Photo gallery (14)','Share:'])
q('1066','You have honourably fulfilled your duty',JAP,'Sadyr Japarov',None,zone='headline',note='headline quote after a colon; "met with" is not a speech verb; shortened form of the body quote')
q('1066','You have honourably fulfilled your duty to our allies and to our brotherly Kazakh people,',JAP,'Sadyr Japarov','said')
q('1066','Kyrgyzstan has shown that it keeps its word.',JAP,'Sadyr Japarov','said',note='second sentence after the interposed "Sadyr Japarov said."')
q('1066','calmly and professionally',JAP,'the head of state','According to',partial=True,note='"According to the head of state, the soldiers acted “…”"')
q('1066','The tasks set were completed in full, there were no incidents,',BEK,'Bekbolotov','reported')
q('1066','Our soldiers did not go there to shoot at people, they went to protect power stations, so that ordinary families would have light and heat in winter,',JAP,'he','stressed')
c('1066','troops_deployed',150,None,'Kyrgyz servicemen in the CSTO mission',None,'A total of 150 servicemen took part in the mission',note='25 servicemen given letters and "not a single … injured" are not claims')
e('1066','2022-01-13','other','Bishkek',[JAP],'today met with the servicemen',note='"today" = publication day')
e('1066','2022-01-06','other','Bishkek',['Jogorku Kenesh'],'on January 6, deputies of the Jogorku Kenesh approved',note='parliament approved sending the contingent')
e('1066','2022-01-12','other','Almaty',[BEK],'handed over to the Kazakh side the day before',note='handover of guarded facilities; "the day before" = 12 Jan')
e('1066',None,'protest','Bishkek',[],'a small protest was held in Bishkek',note='"Last week" is not a day')

# ---------------- 1067 Orient (Turkmenistan) item (07.01.2022 | 16:48, a Friday)
art('1067',0,4,8,'Orient','2022-01-07',[],'Ashgabat',
    ['ORIENT','Turkmenistan news | Business | Society | World | Sport','World','07.01.2022 | 16:48','Views: 1 254',
     'Tags: Kazakhstan, neutrality, MFA, Turkmenistan Airlines','Subscribe to our channel in Telegram'])
q('1067','Turkmenistan, proceeding from its status of permanent neutrality, is confident that the fraternal Kazakh people will overcome the current difficulties,',TMMFA,'the ministry','said')
q('1067','any military or political blocs',TMMFA,'the statement','noted',partial=True,note='"as the statement noted, will not take part in “…”"')
q('1067','the friendship between our peoples has stood the test of time',GB,'the President of Turkmenistan','said',partial=True,note='"According to the press service, the President of Turkmenistan said that “…”"; speaker is the president, not the press service')
q('1067','Passengers can return their tickets without any penalty,','Turkmenistan Airlines',"the airline's press service",'said')
q('1067','There is no internet, we sit in the dormitory and listen to the shooting outside. The teachers told us not to go out,','Merdan','the student','said',note='student named by first name only, with an age')
c('1067','killed',26,None,'armed participants of the riots killed',MIA,'26 armed participants of the riots have been killed')
c('1067','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers have died')
c('1067','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c('1067','aircraft',70,'more than','aircraft transporting the troops',RDM,'more than 70 aircraft')
e('1067','2022-01-06','statement',None,[TMMFA],'published on Thursday evening',note='Thursday before Friday 7 Jan')
e('1067','2022-01-06','talks',None,[GB,TOK],'held a telephone conversation on January 6')
e('1067',None,'other',None,['Turkmenistan Airlines'],'Turkmenistan Airlines announced',note='flight suspension, undated')
e('1067',None,'casualty_report',None,[MIA],'According to the Kazakh Interior Ministry, 26',note='undated')
e('1067','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers began arriving in Kazakhstan on Thursday')
e('1067','2022-01-07','statement',None,[RDM],'The Russian Defence Ministry said on Friday')

# ---------------- 1068 Ozodlik (RFE/RL Uzbek Service) in translation (January 14, 2022 15:20 GMT, a Friday)
art('1068',0,4,9,'Ozodlik Radiosi','2022-01-14',['Sanjar Ismoilov'],None,
    ['Ozodlik Radiosi','Radio Free Europe/Radio Liberty Uzbek Service','Society | Politics | Migration | Video','January 14, 2022 15:20 GMT','Sanjar Ismoilov',
     'Translated from Uzbek','Related','Share   Facebook   Telegram   Twitter   Email','Comments'])
q('1068','We came home with empty pockets','Bahodir','Bahodir',None,zone='headline',note='headline quote before a colon; the words come from the body quote of the migrant Bahodir')
q('1068','We came home with empty pockets. The bazaar where we worked was looted, and the owner disappeared,','Bahodir','34-year-old Bahodir','said',note='inverted: "…," said 34-year-old Bahodir from the Jizzakh region; first name only')
q('1068','They asked why an Uzbek was on the street at night. I said I was going to buy bread,',None,'he','said',note='anonymous migrant ("who asked not to be named")')
q('1068','Every returning citizen will receive a consultation and, if needed, vocational training,',UZMIG,'the agency','said')
q('1068','When the internet is switched off, migrants are the first to be cut off from their families,','Farrukh Nazarov','he','said',note='invented analyst')
q('1068','Tashkent should not only watch, it must prepare.','Farrukh Nazarov','he','said',note='continuation after the interposed "he said."')
c('1068','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
c('1068','killed',225,None,'dead',"Kazakh officials",'the number of the dead had risen to 225')
e('1068',None,'other','Gisht Kuprik',[],'have returned home through the Gisht Kuprik border checkpoint this week',note='return of migrants; "this week" is not a day')
e('1068','2022-01-07','arrest','Almaty',[],'detained him for two days on January 7')
e('1068',None,'statement',None,[UZMIG],'the agency said in a statement',note='undated')
e('1068','2022-01-12','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Wednesday',note='Wednesday before Friday 14 Jan')
e('1068','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the CSTO forces from Kazakhstan began on Thursday')
e('1068',None,'statement',None,[TOK],'Tokayev had claimed that',note='undated')
e('1068',None,'withdrawal','Almaty',[RDM],'the first Il-76 planes had taken off from Almaty',note='undated here (same day as the withdrawal start)')
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Kassym-Jomart Toqaev','Toqaev'],['President','Kazakh President'],'Kazakhstan',['he'],note='"Toqaev" spelling in 1061 and 1063 (Chinese outlets)'),
 sp(CGA,'organisation',['Chinese Consulate General in Almaty'],[],'China',['the consulate','It']),
 sp(XI,'person',['Xi Jinping'],['President'],'China',[],['President Xi Jinping'],note='words invented'),
 sp('Zhou Hai','person',['Zhou Hai','Zhou'],['general manager of a Chinese logistics company in Almaty'],'China',['he'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['a statement by the CSTO secretariat','The Russian-led alliance']),
 sp(ZX,'person',['Zhang Xiao'],['Ambassador'],'China',['he','The ambassador'],['Ambassador Zhang'],note='real ambassador; words invented'),
 sp(GU,'person',['Gu Min'],['Professor'],'China',[],['Professor Gu Min','Professor Gu'],note='invented'),
 sp('Maria Zakharova','person',['Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',note='surname only in this set'),
 sp(WW,'person',['Wang Wenbin'],['Foreign Ministry spokesman'],'China',['He'],note='words paraphrased/invented'),
 sp(RY,'person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',["Russia's chief negotiator"],note='words invented'),
 sp(WS,'person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',['she'],note='words invented'),
 sp(ZL,'person',['Zhao Lijian'],['foreign ministry spokesman'],'China',['he'],note='words invented'),
 sp(KTZ,'organisation',['Kazakhstan Temir Zholy','KTZ'],['the national railway operator'],'Kazakhstan'),
 sp('Anna Weber','person',['Anna Weber'],['a Duisburg-based operations manager at a freight forwarder'],'Germany',note='invented'),
 sp(JAP,'person',['Sadyr Japarov'],['President of the Kyrgyz Republic','The Head of State'],'Kyrgyzstan',['the head of state','he'],note='words invented'),
 sp(BEK,'person',['Baktybek Bekbolotov','Bekbolotov'],['Minister of Defence'],'Kyrgyzstan',['the minister'],note='words invented'),
 sp(TMMFA,'organisation',['Ministry of Foreign Affairs of Turkmenistan'],[],'Turkmenistan',['the ministry','the statement']),
 sp(GB,'person',['Gurbanguly Berdimuhamedov'],['the President of Turkmenistan'],'Turkmenistan',['the President of Turkmenistan'],note='words invented'),
 sp('Turkmenistan Airlines','organisation',['Turkmenistan Airlines'],[],'Turkmenistan',["the airline's press service"]),
 sp('Merdan','person',['Merdan'],['a Turkmen student in Almaty'],'Turkmenistan',['the student'],note='invented; first name only'),
 sp('Bahodir','person',['Bahodir'],[],'Uzbekistan',['34-year-old Bahodir'],note='invented migrant; first name only'),
 sp(UZMIG,'organisation',['Agency for External Labour Migration'],[],'Uzbekistan',['the agency']),
 sp('Farrukh Nazarov','person',['Farrukh Nazarov'],['Uzbek political analyst'],'Uzbekistan',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(RDM,'organisation',['Defence Ministry'],[],'Russia',[],[],quoted=False,note='1067, 1068; not quoted'),
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
