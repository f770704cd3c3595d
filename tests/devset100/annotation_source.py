#!/usr/bin/env python3
"""Source of the devset100 annotation: the hand-chosen spans, values and dates for 893-900.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset100/annotation_source.py && python3 tests/devset100/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; OMMFA='Omani Ministry of Foreign Affairs'
SYMFA='Syrian Foreign and Expatriates Ministry'; KZMOH='Kazakh Ministry of Health'; TIL='Mukhtar Tileuberdi'
ABZ='Abdullah bin Zayed Al Nahyan'; ASIM='Asim Iftikhar Ahmad'; GUR='Menachem Gurevich'

# ---------------- 893 Oman Observer-style piece (January 8, 2022, a Saturday)
art('893',0,5,11,'Oman Observer','2022-01-08',[],'MUSCAT',
    ['OMAN OBSERVER','Home | Oman | World | Business | Sports | Opinion | Epaper','World','Agencies','January 8, 2022',
     'Share: Facebook Twitter WhatsApp Email','Related Posts','Oil prices climb as Kazakhstan unrest disrupts output',
     'Oman Air adds flights to Central Asia in winter schedule','© 2022 Oman Observer. All rights reserved.'])
q('893','restraint and wisdom',OMMFA,'the Ministry of Foreign Affairs','calling on',partial=True,note='"…, the Ministry of Foreign Affairs said on Friday, calling on all parties to exercise “…”"; "said" is the alternative cue')
q('893','calm and stability will soon return to the friendly country and its people.',OMMFA,'the ministry','said',partial=True,note='"the ministry said it hoped that “…”"; full stop inside the closing mark')
q('893','Those who do not surrender will be destroyed,',TOK,'he','said',note='he = Tokayev, named in the sentence before')
q('893','out of the question',TOK,'he','adding',partial=True,note='"he said, adding that … were “…”"; full stop outside the mark')
q('893','We have been doing business in Almaty for ten years and we have never seen anything like this,','Salim Al Harthy','Salim Al Harthy','said',note='inverted cue "…," said Salim Al Harthy, an Omani trader …; a duration inside the quote')
q('893','Our partners told us the banks have been closed since Wednesday and nobody can send money.','Salim Al Harthy','Salim Al Harthy','said',note='second half after the interposed attribution')
q('893','Kazakhstan is an important OPEC+ partner, but the production losses are small and, I think, temporary,','Yousuf Al Balushi','Dr Yousuf Al Balushi','told',note='"…," Dr Yousuf Al Balushi, an economist …, told the Observer; the preceding "Analysts in Muscat said" is a group, not the speaker')
c('893','killed',26,None,'armed rioters killed',MIA,'26 armed rioters had been killed')
c('893','detained',3000,'more than','people detained since the protests began',MIA,'more than 3,000 people detained')
c('893','killed',18,None,'members of the security forces killed','state television','Eighteen members of the security forces have died',note='written-out figure at a sentence start')
c('893','troops_deployed',2500,'about','CSTO soldiers taking part in the mission',CSTO,'About 2,500 soldiers will take part',note='"the alliance said"')
e('893','2022-01-07','statement',None,[OMMFA],'the Ministry of Foreign Affairs said on Friday',note='Friday before Saturday 8 Jan')
e('893','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('893','2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e('893','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The day before, troops from the Russian-led Collective Security Treaty Organisation began arriving',note='"The day before" = the day before Friday 7 Jan (the address in the previous paragraph)')
e('893','2022-01-06','other',"Kazakhstan's Tengiz field",[],'Oil prices rose on Thursday',note='market move; Thursday before Saturday 8 Jan')

# ---------------- 894 WAM (Emirates News Agency) item (10th January, 2022, a Monday)
art('894',0,6,8,'WAM','2022-01-10',['Amjad Saleh','Esraa Ismail'],'ABU DHABI',
    ['WAM','Emirates News Agency','Home > UAE > Politics','Mon 10-01-2022 18:44 PM','WAM/Amjad Saleh/Esraa Ismail','Related News',
     'UAE affirms solidarity with Kazakhstan','UAE President congratulates Kazakh counterpart on Independence Day'])
q('894','the safety of its brotherly people.',ABZ,'H.H. Sheikh Abdullah','affirmed',partial=True,note='end of a list after "support for all measures … to preserve"; full stop inside the mark')
q('894','The UAE stands by Kazakhstan and is confident in its ability to overcome this difficult period,',ABZ,'H.H.','said',note='"H.H. said" — honorific abbreviation alone as the subject')
q('894','stabilised completely',TIL,'He','stressed',partial=True,note='He = the Kazakh minister (previous sentence); "His Highness" in the same sentence is the listener')
q('894','Our government is determined to restore the confidence of foreign investors, including our partners in the Emirates,',TIL,'the Kazakh minister','said')
c('894','troops_deployed',2030,None,'CSTO peacekeeping contingent in Kazakhstan',TIL,'numbering 2,030 servicemen')
c('894','detained',7939,None,'people detained across the country',TIL,'7,939 people had been detained')
e('894','2022-01-10','talks',None,[ABZ,TIL],'today received a phone call from Mukhtar Tileuberdi',note='"today" = the dateline day')
e('894','2022-01-05','state_of_emergency','Kazakhstan',[],'the state of emergency was declared on 5th January')
e('894',None,'other','United Arab Emirates',[],'the visit of a Kazakh government delegation to the UAE',note='"scheduled for February" — a month, no day')
e('894','2022-01-07','statement',None,[UAEMFA],'On Friday, the UAE Ministry of Foreign Affairs and International Cooperation had issued a statement',note='Friday before Monday 10 Jan')

# ---------------- 895 The News International-style item (January 14, 2022, a Friday)
art('895',0,6,11,'The News International','2022-01-14',[],'ISLAMABAD',
    ['The News','INTERNATIONAL','Home | Latest | Pakistan | World | Business | Sports | Opinion | E-Paper','National','Our Correspondent','January 14, 2022',
     'Facebook | Twitter | Whatsapp | Email','Comments','More from National','Senate body seeks briefing on Pakistanis abroad','Cabinet to take up mini-budget next week'])
q('895','We are happy to see that life in Kazakhstan is returning to normal. Pakistan has always stood with the brotherly people of Kazakhstan,',ASIM,'Foreign Office Spokesperson Asim Iftikhar Ahmad','said')
q('895','Around 600 Pakistanis live in Kazakhstan, most of them students and businessmen. Not a single one of them was hurt,',ASIM,'he','said',note='"Responding to a question, the spokesperson said that …" in the sentence before; a citizen count inside the quote (not a claim)')
q('895','so far, nobody has asked to be evacuated.',ASIM,'He','added',partial=True,note='"He said …, but added that “…”"')
q('895','full support','Imran Khan','Prime Minister Imran Khan','conveyed',partial=True,note='Ahmad "recalled that" Khan "had conveyed Pakistan\'s “full support”": the words are Khan\'s, reported by the spokesperson (Ahmad is an acceptable alternative); borderline two-word partial')
q('895','dialogue and diplomacy',ASIM,'Ahmad','said',partial=True)
q('895','We hope all outstanding issues will be resolved peacefully,',ASIM,'he','said')
c('895','detained',9900,'more than','people detained in connection with the riots','Kazakh authorities','more than 9,900 people had been detained')
c('895','killed',164,None,'deaths (figure withdrawn)','officials','put the number of deaths at 164',note='"Officials in Nur-Sultan earlier put …"; later withdrawn from the government website')
c('895','troops_deployed',2000,'more than','CSTO soldiers sent to Kazakhstan',None,'more than 2,000 soldiers',note='the alliance is the subject that sent them (source null, as devset19 252)')
e('895','2022-01-13','statement','Islamabad',[ASIM],'Pakistan on Thursday welcomed the return of normalcy',note='weekly press briefing; Thursday before Friday 14 Jan')
e('895',None,'talks',None,['Imran Khan',TOK],'had spoken to President Kassym-Jomart Tokayev on the telephone earlier this week',note='"earlier this week" is not a day')
e('895','2022-01-13','withdrawal','Kazakhstan',[CSTO],'CSTO troops began leaving Kazakhstan on Thursday')
e('895','2022-01-12','other','Almaty',[CSTO],'a day after a handover ceremony in Almaty',note='"a day after" Thursday 13 Jan')
e('895',None,'troop_deployment','Kazakhstan',[CSTO],'to the country last week',note='"last week" is not a day (real: from 6 Jan)')
e('895','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday',note='Monday before Friday 14 Jan')

# ---------------- 896 The Indian Express-style piece (Updated: January 11, 2022 4:12:05 am, a Tuesday)
art('896',0,5,7,'The Indian Express','2022-01-11',['Ritika Menon'],'New Delhi',
    ['The Indian Express','Home  ePaper  India  World  Explained  Opinion  Cities  Sports','News / World','Written by Ritika Menon | New Delhi |',
     'Updated: January 11, 2022 4:12:05 am','Advertisement',"Newsletter | Click to get the day's best explainers in your inbox",'Best of Express',
     'Omicron: Centre revises guidelines for home isolation','Explained: What the Russia-US talks in Geneva were about','© The Indian Express (P) Ltd'])
q('896','Our Embassy in Nur-Sultan is in regular touch with the Indian community, including our students. There have been no reports of any Indian national being affected,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','said')
q('896','largely calm','Arindam Bagchi','He','described',partial=True,note='"He described the situation as “…”"')
q('896','continue to watch developments closely','Arindam Bagchi','He','said',partial=True,note='same sentence: "but said the government would “…”"')
q('896','We could not even call our parents. The hostel warden told us not to go near the windows at night,','Aditya Rawat','Aditya Rawat','said',note='inverted cue "…," said Aditya Rawat, a third-year MBBS student …')
q('896','The dates have not changed. We are in touch with all five capitals,',None,'the official','said',note='anonymous "senior government official in New Delhi"')
c('896','detained',7939,None,'people detained across the country','Kazakh authorities','7,939 people had been detained')
c('896','killed',16,None,'police officers and soldiers killed',MIA,'16 police officers and soldiers had been killed')
c('896','troops_deployed',2030,'about','CSTO troops guarding strategic facilities',None,'numbering about 2,030')
e('896','2022-01-10','statement',None,['Indian Ministry of External Affairs'],'the Ministry of External Affairs (MEA) said on Monday',note='Monday before Tuesday 11 Jan')
e('896','2022-01-10','other','Almaty',[],'Internet was restored in Almaty on Monday',note='in the standfirst')
e('896','2022-01-05','other',None,['Indian Ministry of External Affairs'],'issued an advisory and helpline numbers last Wednesday',note='the embassy\'s advisory; "last Wednesday" = 5 Jan')
e('896','2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Monday')
e('896',None,'talks','New Delhi',[],'India-Central Asia Summit planned for later this month',note='"later this month" is not a day')
e('896','2022-01-26','other','New Delhi',['Narendra Modi'],'Republic Day celebrations on January 26',note='planned event (future)')
e('896','2022-01-09','statement',None,['Kazakh Foreign Ministry'],'On Sunday, the Kazakh foreign ministry told the Indian side')

# ---------------- 897 Mehr News Agency item (Jan 8, 2022, a Saturday)
art('897',0,6,8,'Mehr News Agency','2022-01-08',[],'TEHRAN',
    ['Mehr News Agency','Politics','Jan 8, 2022, 2:35 PM','News ID: 1823517','MA/5403897','Tags','Kazakhstan, Saeed Khatibzadeh, Hossein Amir-Abdollahian, CSTO',
     'Related News','Amir-Abdollahian, Kazakh FM discuss latest developments',"Iran's trade with Eurasian Union rises 40%",'© Mehr News Agency'])
q('897','The Islamic Republic of Iran hopes that the situation will return to normal as soon as possible through the wisdom of the Kazakh government and people.','Saeed Khatibzadeh','Khatibzadeh','said',note='"Khatibzadeh pointed to … and said, “…”" (cue before the quote, comma before the mark)')
q('897','enemies of the region','Saeed Khatibzadeh','he','adding',partial=True,note='"he said, adding that the “…” should not …"')
q('897','This is a decision for Nur-Sultan to make, and we respect it,','Saeed Khatibzadeh','he','noted',note='he = "the spokesman" in the sentence before')
q('897','a friendly and important country','Hossein Amir-Abdollahian','Amir-Abdollahian','described',partial=True,note='"According to the Iranian Foreign Ministry\'s website, Amir-Abdollahian described Kazakhstan as “…”"; the single-quoted \'calm will return soon\' in the same sentence is excluded')
q('897','well-trained terrorist groups',TIL,'The Kazakh foreign minister','said',partial=True,note='evaluative wording with a speech verb (kept as partial, unlike the one-word label "terrorists")')
c('897','detained',4400,'more than','people arrested in Kazakhstan','Kazakh media','more than 4,400 people have been arrested')
c('897','killed',18,None,'police officers and servicemen killed',MIA,'18 police officers and servicemen had been killed')
e('897','2022-01-08','statement','Tehran',['Saeed Khatibzadeh'],'Speaking to reporters on Saturday',note='publication day')
e('897','2022-01-07','talks',None,['Hossein Amir-Abdollahian',TIL],'Earlier on Friday, Iranian Foreign Minister Hossein Amir-Abdollahian held a phone conversation')
e('897','2022-01-05','other',None,[TOK,CSTO],'asked the Russia-led CSTO for help on Wednesday',note='request for CSTO help')
e('897','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'the first units of the alliance arrived in the country on Thursday')
e('897',None,'casualty_report',None,[MIA],'The Kazakh Interior Ministry also announced',note='undated')

# ---------------- 898 Ynetnews-style piece (Published: 01.09.22 = 9 January 2022, a Sunday)
art('898',0,5,7,'Ynetnews','2022-01-09',['Noa Shapira'],None,
    ['ynetnews','News | Opinion | Health & Science | Culture | Jewish World | Tech','Jewish World','Noa Shapira|','Published: 01.09.22, 18:20','Comments','Back to Homepage'])
q('898','We heard shooting all night between Wednesday and Thursday. Nobody went out, not even to buy bread,',GUR,'Rabbi Menachem Gurevich','said',note='inverted cue; day names inside the quote')
q('898','Thank God, none of our people were hurt.',GUR,'Rabbi Menachem Gurevich','said',note='second half after the interposed attribution')
q('898','give every assistance needed','Yair Lapid','Foreign Minister Yair Lapid','instructed',partial=True,note='"Lapid instructed the embassy … to “…”, a ministry official said": Lapid\'s words relayed by an unnamed official (nearest-cue trap)')
q('898','The city hall burned, cars were overturned, shops were looted. It looked like a war zone,','Eitan Levy','Levy','said',note='the one-word "shocking." in the sentence before is excluded')
q('898','published by mistake.',KZMOH,'the Health Ministry','said',partial=True)
q('898','People here are afraid, but they want to believe that it is over,',GUR,'the rabbi','said')
q('898','I told them: we have survived worse.',GUR,'the rabbi','said',note='second half after the interposed attribution')
c('898','detained',5800,None,'people detained, including foreign nationals','Kazakh authorities','5,800 people had been detained')
c('898','killed',164,None,'dead (figure withdrawn)',None,'reported 164 dead',note='"A post on the government\'s official channel"; withdrawn')
c('898','troops_deployed',2030,'about','CSTO troops deployed in Kazakhstan',None,'some 2,030 troops',note='"some" → about')
e('898','2022-01-09','statement','Almaty',[GUR],'community leaders told Ynet on Sunday',note='"01.09.22" is MM.DD.YY = 9 Jan')
e('898','2022-01-06','other',None,['Yair Lapid'],'instructed the embassy on Thursday',note='instruction to the embassy; Thursday before Sunday 9 Jan')
e('898','2022-01-09','casualty_report',None,['Kazakh authorities'],"Kazakhstan's authorities said on Sunday")
e('898',None,'casualty_report',None,[],"A post on the government's official channel earlier reported",note='"earlier"; real: 9 Jan')
e('898',None,'troop_deployment','Kazakhstan',[CSTO],'has deployed some 2,030 troops in Kazakhstan',note='undated')
e('898','2022-01-08','arrest',None,['Karim Masimov'],'On Saturday, the country\'s former security chief, Karim Masimov, was arrested')

# ---------------- 899 bdnews24.com item (Published: 07 Jan 2022, a Friday)
art('899',0,5,11,'bdnews24.com','2022-01-07',[],None,
    ['bdnews24.com','Home | Bangladesh | Politics | Economy | World | Sport | Entertainment | Opinion | বাংলা','World','Senior Correspondent, bdnews24.com',
     'Published: 07 Jan 2022 08:14 PM BdST Updated: 07 Jan 2022 09:02 PM BdST','Facebook | Twitter | Messenger | WhatsApp','Click here for more world news'])
q('899','We have been in touch with our people there since Wednesday. None of them has been injured, and nobody has sought our help to return,','Shahriar Alam','Alam','told')
q('899','If necessary, we will bring them home,','Shahriar Alam','he','said',note='he = "The state minister"')
q('899','We had food for three days only. On Thursday a shop near our dormitory opened for one hour, and everybody ran there,',None,'the student','said',note='anonymous Bangladeshi student ("did not want to be named")')
q('899','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
c('899','killed',26,None,'"armed criminals" "liquidated"',MIA,'26 "armed criminals" had been "liquidated"',note='two scare-quoted labels (excluded from quotes) around the verb')
c('899','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces killed')
c('899','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c('899','troops_deployed',2500,'about','CSTO troops arrived in Kazakhstan',None,'about 2,500 in number',note='"Troops from …, about 2,500 in number, arrived"')
e('899','2022-01-07','statement','Dhaka',['Shahriar Alam'],'told bdnews24.com on Friday')
e('899','2022-01-07','casualty_report',None,[MIA],'The Kazakh interior ministry said on Friday')
e('899','2022-01-07','statement',None,[TOK],'said on Friday he had authorised troops')
e('899','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in the country on Thursday to help restore order')
e('899','2022-01-02','protest',None,[],'The protests began on Jan 2')
e('899',None,'statement',None,['Antonio Guterres'],'urged all sides to refrain from violence',note='undated')

# ---------------- 900 SANA item (11 January، 2022 — Arabic comma; a Tuesday)
art('900',0,6,8,'SANA','2022-01-11',['H. Said','Mazen Eyon'],'Damascus',
    ['SANA','Syrian Arab News Agency','Home | Syria | Politics | Arab & World | Economy | Health | Culture','11 January، 2022','H. Said / Mazen Eyon',
     'Tags: Kazakhstan, CSTO, Foreign and Expatriates Ministry','Related News','Syria condemns terrorist attacks in Kazakhstan','Mekdad receives credentials copy of new Kazakh ambassador'])
q('900','The Syrian Arab Republic stands by friendly Kazakhstan, its leadership and its people, and is confident that it will overcome this ordeal thanks to the awareness of its people and the wisdom of its leadership.',SYMFA,'the Foreign and Expatriates Ministry','said',note='cue and colon before the quote: "the … Ministry said: “…”"')
q('900','a legitimate step in line with international law.',SYMFA,'The statement','describing',partial=True,note='"The statement said Syria welcomed …, describing it as “…”"; "said" is the alternative cue')
q('900','The main goal was obvious: the undermining of the constitutional order and the seizure of power,',TOK,'Tokayev','said')
c('900','other',20000,'about','militants who took part in the attacks on Almaty',TOK,'about 20,000 militants had taken part')
c('900','troops_deployed',2030,None,'CSTO forces in Kazakhstan',TOK,'numbering 2,030 soldiers',note='"250 units of military equipment" in the same phrase is not a claim')
e('900','2022-01-11','statement','Damascus',[SYMFA],'In a statement issued on Tuesday',note='publication day')
e('900',None,'other',None,['Faisal Mekdad',TIL],'had sent a cable to his Kazakh counterpart',note='"Earlier", no date')
e('900','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'during a video summit of the CSTO leaders yesterday',note='"yesterday" from Tuesday 11 Jan')
e('900','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev announced on Tuesday in parliament')
e('900',None,'withdrawal','Kazakhstan',[CSTO],'will begin withdrawing from Kazakhstan within two days',note='"within two days" is a bound, not a day (real start: 13 Jan)')
e('900',None,'talks','Nur-Sultan',['Russia','Iran','Turkey'],'The 17th round of the talks was held in Nur-Sultan in December',note='Astana format on Syria; month only (December 2021)')

# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(OMMFA,'organisation',['Ministry of Foreign Affairs'],[],'Oman',['the ministry'],note='"The Sultanate of Oman … the Ministry of Foreign Affairs said"'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['he']),
 sp('Salim Al Harthy','person',['Salim Al Harthy','Al Harthy'],['an Omani trader'],'Oman',note='invented'),
 sp('Yousuf Al Balushi','person',['Yousuf Al Balushi'],['an economist at a Muscat-based consultancy'],'Oman',[],['Dr Yousuf Al Balushi'],note='invented'),
 sp(ABZ,'person',['Abdullah bin Zayed Al Nahyan','Abdullah bin Zayed'],['Minister of Foreign Affairs and International Cooperation'],'United Arab Emirates',['H.H.','His Highness'],['H.H. Sheikh Abdullah bin Zayed Al Nahyan','H.H. Sheikh Abdullah'],note='words invented'),
 sp(TIL,'person',['Mukhtar Tileuberdi','Tileuberdi'],['Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Kazakhstan'],'Kazakhstan',['the Kazakh minister','He','The Kazakh foreign minister'],note='words invented'),
 sp(ASIM,'person',['Asim Iftikhar Ahmad','Ahmad'],['Foreign Office Spokesperson'],'Pakistan',['the spokesperson','he','He'],note='words invented'),
 sp('Imran Khan','person',['Imran Khan'],['Prime Minister'],'Pakistan'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA spokesperson'],'India',['He'],note='words invented'),
 sp('Aditya Rawat','person',['Aditya Rawat'],['a third-year MBBS student in Almaty'],'India',note='invented'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],['Iranian Foreign Ministry Spokesman'],'Iran',['the spokesman','he'],note='words invented'),
 sp('Hossein Amir-Abdollahian','person',['Hossein Amir-Abdollahian','Amir-Abdollahian'],['Iranian Foreign Minister'],'Iran',note='words invented'),
 sp(GUR,'person',['Menachem Gurevich','Gurevich'],['Rabbi'],'Kazakhstan',['the rabbi'],['Rabbi Menachem Gurevich'],note='invented'),
 sp('Yair Lapid','person',['Yair Lapid'],['Foreign Minister'],'Israel',note='words invented'),
 sp('Eitan Levy','person',['Eitan Levy','Levy'],['Israeli businessman'],'Israel',note='invented'),
 sp(KZMOH,'organisation',['Health Ministry'],[],'Kazakhstan',['the Health Ministry']),
 sp('Shahriar Alam','person',['Shahriar Alam','Alam'],['State Minister for Foreign Affairs'],'Bangladesh',['The state minister','he'],note='words invented'),
 sp(SYMFA,'organisation',['Foreign and Expatriates Ministry'],[],'Syria',['The statement']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='not quoted in this set; in all 8 files'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],quoted=False,note='source of figures in 893, 896, 897, 899'),
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
