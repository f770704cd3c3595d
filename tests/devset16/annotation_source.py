#!/usr/bin/env python3
"""Source of the devset16 annotation: the hand-chosen spans, values and dates for 221-228.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset16/annotation_source.py && python3 tests/devset16/verify.py
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
    if hl is not None: assert hl in L[headline_line-1],(f,hl)
    A.append(dict(doc=f,index=index,headline=hl if hl is not None else L[headline_line-1],first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
    f=doc(p); t=T[f]; assert t.count(ev)==1,(f,ev)
    E.append(dict(doc=f,article_index=art,date=date,type=typ,location=loc,participants=parts,evidence=ev,line=line_of(t,t.index(ev)),note=note))
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; NSC='Kazakh National Security Committee'; SER='Andrei Serdyukov'; PES='Dmitry Peskov'

# ---------------- 221 PR Newswire company update (Fri 7 Jan 2022)
art('221',0,1,7,'PR Newswire','2022-01-07',[],'ALMATY, Kazakhstan',
    ['News provided by','Jan 07, 2022, 08:30 ET','About Altyn Dala Mining Inc.','Forward-Looking Statements',
     'Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term is defined in the policies of the TSX Venture Exchange) accepts responsibility for the adequacy or accuracy of this release.',
     'For further information: Graham Whitlock, President and CEO, +1 604 555 0142; Irina Kovalenko, Investor Relations, +1 604 555 0177, ir@altyndala-mining.example',
     'SOURCE Altyn Dala Mining Inc.'])
q('221','Our first priority is the safety of our people and their families, and I am relieved to report that everyone is safe,','Graham Whitlock','Graham Whitlock','said',
  note='inverted cue ", said Graham Whitlock, President and Chief Executive Officer"; first half of a split quote')
q('221','The mine has kept running on its normal 12-hour shift schedule, and gold pours continued through the week.','Graham Whitlock','Graham Whitlock','said',
  note='second half of the split quote (same cue); "12-hour" is a duration, not a claim')
q('221','calm and stable','Graham Whitlock','Mr. Whitlock','described',partial=True)
q('221','We have operated in Kazakhstan for 11 years and we remain fully committed to the country,','Graham Whitlock','Whitlock','added',note='curly marks; surname only')
q('221','We will provide a further update when the situation requires it.','Graham Whitlock','Whitlock','added',note='second half of the split quote (same cue)')
c('221','detained',4400,'more than','people detained nationwide by the morning of 7 Jan',MIA,'more than 4,400 people had been detained')
e('221','2022-01-02','protest','Kazakhstan',[],'civil unrest that began in the country on January 2, 2022')
e('221','2022-01-05','other','Almaty',['Altyn Dala Mining Inc.'],'was closed on Wednesday',note='office closure; "Wednesday" resolved from Fri 7 Jan')
e('221','2022-01-05','other','Kazakhstan',[],'Nationwide interruptions to internet and mobile services since January 5',note='internet shutdown')
e('221','2022-01-05','state_of_emergency','Kazakhstan',['Government of Kazakhstan'],'declared a state of emergency across the country')
e('221','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'on January 6 troops of the Collective Security Treaty Organization')
e('221','2022-01-07','arrest','Kazakhstan',[MIA],'by the morning of January 7',note='detentions reported by the ministry')

# ---------------- 222 ISW-style daily update (8 Jan 2022, a Saturday)
art('222',0,3,11,'Institute for the Study of War','2022-01-08',['Mason Clarke','Ella Donovan','Pavel Horak','Nadia Lindqvist'],None,
    ['Institute for the Study of War','Mason Clarke, Ella Donovan, Pavel Horak, and Nadia Lindqvist','January 8, 2022 - Press ISW','Endnotes',
     '[1] https://www.akorda.kz/en/address-of-the-head-of-state-to-the-people-of-kazakhstan-712027',
     '[5] https://tass.com/world/1384021'],sections=(9,))
q('222','to open fire without warning',TOK,'Tokayev','said',partial=True,note='endnote marker [1] follows the sentence, not the quote')
q('222','is in the capital, Nur-Sultan, and is in direct contact with the head of state,','Aidos Ukibay','Aidos Ukibay','wrote',partial=True,note='"wrote on January 8 that the former president "…""')
q('222','strategic facilities',SER,'Colonel General Andrei Serdyukov','said',partial=True,note='name split by an appositive: "The commander of the force, Colonel General Andrei Serdyukov, said"')
q('222','unilateral concessions','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','said',partial=True)
c('222','other',20000,None,"'bandits' who attacked Almaty",TOK,"20,000 'bandits'",note="single-quoted label 'bandits' (not a quote); ISW says it cannot verify the figure")
c('222','aircraft',70,'more than','Il-76 aircraft in the airlift',RDM,'more than 70 Il-76')
c('222','aircraft',5,None,'An-124 aircraft in the airlift',RDM,'five An-124 aircraft',note='written-out figure')
c('222','troops_deployed',2500,'about','CSTO collective force','Stanislav Zas','about 2,500 personnel')
c('222','detained',4404,None,'people detained','Kazakh authorities','4,404 people had been detained')
c('222','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals"',note='the label "armed criminals" is not a quote')
e('222','2022-01-07','statement',None,[TOK],'Tokayev said in a televised address on Friday',note='"Friday" resolved from Sat 8 Jan')
e('222','2022-01-08','statement',None,[NSC,'Karim Masimov'],'announced on January 8 that its former chairman',note='announcement of the arrest')
e('222','2022-01-06','arrest',None,['Karim Masimov'],'Masimov was detained on January 6')
e('222','2022-01-08','statement',None,['Aidos Ukibay','Nursultan Nazarbayev'],'Aidos Ukibay wrote on January 8')
e('222','2022-01-08','troop_deployment','Kazakhstan',[CSTO,RDM],'continued to deliver CSTO forces to Kazakhstan for a third day',note='Key Takeaways bullet; day = publication date')
e('222','2022-01-10','talks','Geneva',['Russia','United States'],'ahead of the January 10 talks',note='future')
e('222','2022-01-08','statement',None,['Sergey Ryabkov'],'Sergey Ryabkov said on January 8')
e('222','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on January 7')
e('222',None,'statement',None,['Stanislav Zas',CSTO],'CSTO Secretary General Stanislav Zas said')

# ---------------- 223 US Embassy security alert (6 Jan 2022, a Thursday)
art('223',0,3,9,'U.S. Embassy & Consulate in Kazakhstan','2022-01-06',[],None,
    ['U.S. Embassy & Consulate in Kazakhstan','Home | News & Events | Security Alert – U.S. Embassy Nur-Sultan, Kazakhstan (January 6, 2022)',
     'By U.S. Embassy Nur-Sultan | 6 January, 2022 | Topics: Alerts, Security Alerts, U.S. Citizen Services',
     'Actions to Take:','Assistance:','+7 (7172) 70-21-00','State Department – Consular Affairs','+1-888-407-4747 or +1-202-501-4444',
     'Kazakhstan Country Information','Follow us on Facebook and Twitter'])
q('223','The safety and security of U.S. citizens is our highest priority. If you are in Kazakhstan, stay where you are, stay indoors and keep in touch with your family,',
  'William Moser','U.S. Ambassador William Moser','said',note='inverted cue ", said U.S. Ambassador William Moser"; words invented')
q('223','monitoring the situation around the clock','William Moser','The Ambassador','added',partial=True,note='title only ("The Ambassador")')
c('223','killed',18,None,'police officers killed',MIA,'18 police officers were killed')
c('223','injured',748,None,'police officers injured',MIA,'748 injured')
e('223','2022-01-02','protest','Mangystau',[],'Protests that began on January 2 in the Mangystau region')
e('223','2022-01-05','state_of_emergency','Kazakhstan',['Government of Kazakhstan'],'declared a nationwide state of emergency')
e('223','2022-01-05','protest','Almaty',[],'Government buildings in Almaty were set on fire on the night of January 5')
e('223',None,'casualty_report',None,[MIA],'The Ministry of Internal Affairs has reported',note='no day given ("has reported")')
e('223','2022-01-06','statement',None,[CSTO],'announced overnight that it would send',note='"overnight" before the 6 Jan alert: the CSTO decision of the night of 5-6 Jan; dated on the alert day')
e('223','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian troops began arriving the same day',note='"the same day" = the announcement day')
e('223',None,'other',None,['U.S. Embassy Nur-Sultan'],'have suspended routine consular services',note='no start date given')
e('223',None,'statement',None,['William Moser'],'said U.S. Ambassador William Moser')

# ---------------- 224 Kommersant in translation (08.01.2022, 02:11, a Saturday)
art('224',0,5,13,'Kommersant','2022-01-08',['Kirill Vorontsov','Alma Zhumagulova'],None,
    ['Kommersant','08.01.2022, 02:11',
     "Translator's note: translated from the Russian. Names are given as in the English service of the original publication (Tokaev, Nazarbaev, Serdyukov). Quotations are marked „…“, following Russian typographic practice.",
     'Kirill Vorontsov; Alma Zhumagulova, Almaty','Translated by Daria Mironova'])
q('224','Peacekeepers will not take part in operations',SER,None,None,zone='headline',note='headline quote in „…“; a shortened form of the body quote (l.13); no name in the headline')
q('224','strategic facilities',SER,'Colonel General Andrei Serdyukov','told',partial=True,note='straight marks in a text that otherwise uses „…“; comma after the closing mark')
q('224','The peacekeepers will not take part in operations to restore order. Their task is to guard state and military facilities and to free up Kazakh units,',SER,'he','said',note='„…“ (low-high) marks')
q('224','I express special gratitude to the President of Russia, Vladimir Vladimirovich Putin. He responded to my request very quickly and in a friendly way,',TOK,'Mr. Tokaev','said',note='names inside the quote (Putin); "Tokaev" transliteration')
q('224','open fire to kill without warning',TOK,'the Kazakh president','said',partial=True)
q('224','What negotiations can there be with criminals and murderers?',TOK,'the Kazakh president','asked',note='question quote after "asked:"')
q('224','The timing will be determined by the Kazakh side together with the CSTO, not by Moscow,',PES,'Dmitry Peskov','told',note='inverted cue ", Dmitry Peskov, the press secretary of the Russian president, told Kommersant"')
q('224','We hear shooting every night. Bread is sold only in the morning, and the queue is two hundred people long,','Yerlan Satybaldiev','he','said',note='invented resident; "two hundred people" is not a claim')
c('224','aircraft',70,'more than','Il-76 aircraft in the airlift by the evening of 7 Jan',RDM,'more than 70 Il-76 aircraft')
c('224','troops_deployed',2500,'about','CSTO contingent',None,'about 2,500 troops',note='"Kommersant\'s sources in the CSTO secretariat" (anonymous); "several hundred" from the other states is vague')
c('224','killed',26,None,'armed criminals "liquidated"',MIA,'26 armed criminals had been liquidated')
c('224','detained',3811,None,'people detained',MIA,'3,811 people detained')
c('224','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had been killed')
e('224','2022-01-07','statement',None,[SER],'told journalists on Friday',note='"Friday" resolved from Sat 8 Jan (02:11)')
e('224','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'began landing at airfields near Almaty the day before',note='"the day before" Friday 7 Jan')
e('224','2022-01-07','statement',None,[TOK,'Vladimir Putin'],'in an address to the nation on 7 January')
e('224',None,'statement',None,[PES],'the press secretary of the Russian president, told Kommersant',note='no day given')
e('224','2022-01-07','protest','Almaty',[],'shooting continued on Friday evening near Republic Square')
e('224',None,'casualty_report',None,[MIA],'The Ministry of Internal Affairs of Kazakhstan reported',note='no day given')
e('224','2022-01-05','other',None,[TOK,'Karim Masimov'],'On 5 January Mr. Tokaev dismissed the head of the National Security Committee',note='dismissal')
e('224','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over from Nursultan Nazarbaev as chairman of the Security Council')

# ---------------- 225 Euronews with agencies (07/01/2022, a Friday)
art('225',0,1,10,'Euronews','2022-01-07',[],None,
    ['Euronews with AP, AFP','Updated: 07/01/2022 - 14:32','Video caption: Armoured vehicles on the streets of Almaty on Friday morning. Copyright AP Photo/Vladimir Tretyakov',
     'Share this article','More aboutKazakhstan Russia CSTO Protests'])
q('225','I have given the order to law enforcement agencies and the army to shoot to kill without warning,',TOK,'he','said',note='curly marks; he = Tokayev of the previous sentence')
q('225','constitutional order has mainly been restored in all regions',TOK,'Tokayev','said',partial=True)
q('225','20,000 bandits',TOK,'Tokayev','said',partial=True,note='same sentence as the previous partial ("but that"); also a claim')
q('225','Kazakhstan asked for help and received it. There is nothing to discuss here',PES,'Peskov','said',note='« » guillemets and an em-dash cue "» — Peskov said"; surname only (full name in the previous paragraph)')
q('225','as long as the Kazakh leadership considers necessary',PES,'Peskov','adding',partial=True)
q('225','several days or weeks',CSTO,'The Collective Security Treaty Organisation','said',partial=True)
q('225','some serious questions','Antony Blinken','US Secretary of State Antony Blinken','said',partial=True)
c('225','other',20000,None,'bandits who attacked Almaty',TOK,'"20,000 bandits"')
c('225','killed',26,None,'"armed criminals" killed','officials','26 "armed criminals" had been killed',note='"Kazakh officials said"')
c('225','detained',3000,'more than','people detained','officials','more than 3,000 people detained')
c('225','killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces',note='written-out figure')
c('225','aircraft',20,'more than','planes that landed with Russian troops and equipment',RDM,'more than 20 planes')
c('225','troops_deployed',2500,'about','total CSTO force',CSTO,'will number about 2,500')
e('225','2022-01-07','statement',None,[TOK],'In a televised address, President Kassym-Jomart Tokayev')
e('225','2022-01-06','statement',None,[PES],'told reporters on Thursday')
e('225','2022-01-07','statement',None,[PES],'On Friday he rejected criticism')
e('225','2022-01-07','statement','Washington',['Antony Blinken'],'Antony Blinken said on Friday')
e('225','2022-01-02','protest',None,[],'The unrest began on Sunday')
e('225','2022-01-05','protest','Almaty',[],"where the mayor's office was set on fire on Wednesday")
e('225',None,'talks','Geneva',['Russia','United States'],'are due to meet in Geneva',note='future; no day given (2022-01-10)')
e('225',None,'talks',None,['Vladimir Putin','Joe Biden'],'Last week Russian President Vladimir Putin and US President Joe Biden discussed',note='"Last week" is not a day (the call was on 2021-12-30)')

# ---------------- 226 Yonhap item (Jan. 7, 2022, a Friday)
art('226',0,1,3,'Yonhap','2022-01-07',[],'SEOUL',['(END)','kimjh@yna.co.kr'])
q('226','The government is closely monitoring the situation in Kazakhstan with concern and hopes that peace and order will be restored as soon as possible,','Choi Young-sam',
  'foreign ministry spokesperson Choi Young-sam','said',note='inverted cue ", foreign ministry spokesperson Choi Young-sam said"')
q('226','thorough measures to ensure the safety of our nationals,','Choi Jong-kun','First Vice Foreign Minister Choi Jong-kun','called for',partial=True,
  note='reported through "the ministry said"; the speaker is Choi Jong-kun, not the ministry. Surname trap: "Choi said" in l.9 is Choi Young-sam')
q('226','an attack by terrorist gangs trained abroad.',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"who said the country faced "…""; full stop inside the marks')
c('226','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed')
c('226','killed',18,None,'members of the security forces who died','Kazakh authorities','18 members of the security forces had died')
c('226','detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people had been detained')
e('226','2022-01-07','statement','Seoul',['South Korean Foreign Ministry','Choi Young-sam'],'said during a regular press briefing')
e('226','2022-01-06','other',None,['Choi Jong-kun'],'held a video meeting with the heads of South Korea',note='internal meeting with missions; "on Thursday"')
e('226','2022-01-05','other','Kazakhstan',[],'largely cut since Wednesday',note='internet shutdown')
e('226','2022-01-05','other','Almaty',[],"after Almaty's airport was closed on Wednesday",note='airport closure')
e('226',None,'other',None,['South Korean Foreign Ministry'],'The ministry raised its travel advisory',note='no day given (probably the publication day)')
e('226','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Friday')
e('226','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'began arriving in Kazakhstan on Thursday')
e('226','2022-01-02','protest','Mangystau',[],'The unrest began Sunday')

# ---------------- 227 Global Voices (10 January 2022, a Monday)
art('227',0,3,11,'Global Voices','2022-01-10',['Aizada Temirbekova'],None,
    ['Global Voices','Written by Aizada Temirbekova','Translated by Nikolai Petrenko','Posted 10 January 2022 15:20 GMT','Read this post in Русский, Español, Français',
     'Translated by Nikolai Petrenko. This post was first published on Global Voices in Russian.'])
q('227','Shal, ket!',None,'the slogan',None,n=2,note='protest slogan (speaker null, like the gold\'s sign slogan); English gloss in square brackets follows; the headline repeats it in single marks (excluded)')
q('227','20,000 bandits',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"who on January 7 had described … and said that "…""; the single-quoted \'bandits and terrorists\' before it is excluded')
q('227','Biz bandit emespiz, biz halyqpyz','Dina Seitova','Almaty photographer Dina Seitova','wrote',note='transliterated Kazakh with a bracketed translation after the closing mark')
q('227',"Ya ne terrorist, ya uchitel'",None,'A teacher from Taldykorgan','posted',note='transliterated Russian ending in an apostrophe (soft sign) just before the closing mark; anonymous user known only by a handle, so speaker null')
q('227','Menin kórshim jumysqa ketip, qaıtyp kelmedi. Kimge senýge bolady?','Ruslan Zhaksybekov','The Almaty blogger Ruslan Zhaksybekov','wrote',note='Telegram post; Kazakh Latin letters; bracketed translation follows')
q('227','condemns any violence, by anyone, and demands the release of peaceful protesters.','Oyan, Qazaqstan','it','said in a statement',partial=True,
  note='"it" = the movement; its name “Oyan, Qazaqstan” in marks is a name, not a quote')
q('227','will be remembered by the date, not by the name','Lukpan Akhmedyarov','the journalist Lukpan Akhmedyarov','wrote',partial=True)
c('227','other',20000,None,'bandits who attacked the city',TOK,'"20,000 bandits"')
c('227','killed',164,None,'deaths (government toll)','Kazakh authorities','a death toll of 164',note='"the government published"; "three children" is a subset and not a claim')
c('227','detained',8000,'almost','people detained',MIA,'almost 8,000 people had been detained')
e('227','2022-01-02','protest','Zhanaozen',[],'The protests that began in the western town of Zhanaozen on January 2')
e('227','2022-01-05','appointment',None,['Nursultan Nazarbayev'],'remained chairman of the Security Council until January 5',note='end of Nazarbayev\'s chairmanship')
e('227','2022-01-05','other','Kazakhstan',[],'Between January 5 and January 8 most of the country was offline',note='internet shutdown; range, first day')
e('227','2022-01-07','statement',None,[TOK],'who on January 7 had described the protesters')
e('227','2022-01-08','statement',None,['Dina Seitova'],'wrote on Instagram on January 8',note='Instagram post')
e('227',None,'statement',None,['Oyan, Qazaqstan'],'said in a statement posted on Facebook',note='no day given')
e('227','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'who arrived on January 6')
e('227','2022-01-09','casualty_report',None,['Kazakh authorities'],'On Sunday the government published a death toll',note='"On Sunday" resolved from Mon 10 Jan')
e('227','2022-01-10','statement',None,[MIA],'the Interior Ministry said on Monday',note='Monday = publication day')
e('227',None,'statement',None,['Lukpan Akhmedyarov'],'Last week, the journalist Lukpan Akhmedyarov wrote',note='"Last week" is not a day')

# ---------------- 228 Markdown chronology table (last edited 14 January 2022)
art('228',0,1,5,None,'2022-01-14',[],None,
    ['> Compiled for the `kz-january-notes` repository. Last edited: 14 January 2022. Pull requests with corrections are welcome.',
     '| Date | Event | Source |','|------|-------|--------|','## Notes','Licence: CC BY 4.0'],
    hl='Kazakhstan, January 2022: a day-by-day chronology')
q('228','an attack on the integrity of the state',TOK,'Tokayev','says',partial=True,note='inside a table cell')
q('228','for a limited period of time','Nikol Pashinyan','Pashinyan','says',partial=True,note='"a limited period of time" is a duration phrase, not a claim')
q('228','I have given the order to shoot to kill without warning.',TOK,'Tokayev',None,note='cell "Tokayev: “…”": name and colon, no speech verb, so cue null (as devset8 160)')
q('228','We will not allow the situation to be rocked at home.','Vladimir Putin','Putin','says')
q('228','main mission has been successfully accomplished',TOK,'Tokayev','tells',partial=True)
q('228','There are significant differences between NATO Allies and Russia.','Jens Stoltenberg','Stoltenberg',None,note='"Stoltenberg: "…"": colon, no verb, cue null')
q('228','greater than ever before in the last 30 years','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','warns',partial=True,note='"30 years" is a duration, not a claim')
c('228','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" killed',note='cell "Interior ministry: …"')
c('228','detained',3811,None,'people detained',MIA,'3,811 detained')
c('228','aircraft',70,'more than','Il-76 aircraft in the airlift',RDM,'more than 70 Il-76 aircraft')
c('228','killed',164,None,'deaths (later withdrawn)',None,'164 deaths',note='"A government channel"; withdrawn as a "technical error" (label, not a quote)')
c('228','detained',5800,None,'people detained',None,'5,800 people detained',note='the Source column names Khabar 24 (a channel), not the figure\'s source')
e('228','2022-01-02','protest','Zhanaozen',[],'Protests begin in Zhanaozen')
e('228','2022-01-03','protest','Aktau',[],'Protests spread to Aktau')
e('228','2022-01-04','protest','Almaty',[],'Thousands march in Almaty')
e('228','2022-01-05','government_resignation',None,[TOK],"Tokayev accepts the government's resignation")
e('228','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'takes over the Security Council from Nazarbayev')
e('228','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declares a state of emergency')
e('228','2022-01-05','protest','Almaty',[],'The Almaty city hall is set on fire')
e('228','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Nikol Pashinyan'],'The CSTO agrees to send troops',note='decision to deploy')
e('228','2022-01-06','arrest',None,['Karim Masimov'],'Former KNB chief Masimov is detained')
e('228','2022-01-07','statement',None,[TOK],'Tokayev: “I have given the order')
e('228','2022-01-07','casualty_report',None,[MIA],'Interior ministry: 26')
e('228','2022-01-08','statement',None,[NSC,'Karim Masimov'],"The KNB announces Masimov's arrest")
e('228','2022-01-09','casualty_report',None,[],'A government channel reports 164 deaths')
e('228','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Geneva: Ryabkov and Sherman talk for nearly eight hours')
e('228','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'CSTO online summit')
e('228','2022-01-11','statement',None,[TOK],'Tokayev tells parliament')
e('228','2022-01-11','appointment',None,['Alikhan Smailov'],'Alikhan Smailov becomes prime minister')
e('228','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'NATO-Russia Council in Brussels')
e('228','2022-01-13','withdrawal','Kazakhstan',[CSTO],'CSTO withdrawal begins')
e('228','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'OSCE Permanent Council in Vienna')
e('228','2022-01-12','statement',None,[RDM],'The day before the withdrawal began',note='"the day before" the 13 Jan withdrawal (Notes section)')
e('228',None,'other','Kazakhstan',[],'the internet was restored in most of the country',note='explicitly undated ("Not dated: at some point during the week")')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files or used as claim sources
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Kassym-Jomart Tokaev','Tokaev'],['President','Kazakh President',"Kazakhstan's president"],'Kazakhstan',
    ['the Kazakh president','he',"Kazakhstan's president"],[],note='"Tokaev" in the Kommersant translation (224)'),
 sp('Graham Whitlock','person',['Graham Whitlock','Whitlock'],['President and Chief Executive Officer of Altyn Dala','President and CEO'],'Canada',[],[],note='invented CEO of the invented Altyn Dala Mining Inc.'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],["Nazarbayev's spokesman",'The press secretary of the first president'],'Kazakhstan'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','commander of the contingent','The commander of the force'],'Russia',['he'],[]),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary General'],'Belarus',quoted=False,note='source of a claim (222); not quoted'),
 sp('William Moser','person',['William Moser'],['U.S. Ambassador'],'United States',['The Ambassador'],note='words invented'),
 sp(PES,'person',['Dmitry Peskov','Peskov'],['Kremlin spokesman','the press secretary of the Russian president'],'Russia',['he']),
 sp('Yerlan Satybaldiev','person',['Yerlan Satybaldiev'],['Almaty resident'],'Kazakhstan',['he'],note='invented resident'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance']),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States'),
 sp('Choi Young-sam','person',['Choi Young-sam','Choi'],['foreign ministry spokesperson'],'South Korea',[],[],note='"Choi said" (l.9) is him; Choi Jong-kun is another person'),
 sp('Choi Jong-kun','person',['Choi Jong-kun'],['First Vice Foreign Minister'],'South Korea'),
 sp('Dina Seitova','person',['Dina Seitova'],['Almaty photographer'],'Kazakhstan',[],['@dina.seitova'],note='invented'),
 sp('Ruslan Zhaksybekov','person',['Ruslan Zhaksybekov'],['The Almaty blogger'],'Kazakhstan',note='invented'),
 sp('Oyan, Qazaqstan','organisation',['Oyan, Qazaqstan'],['The civic movement'],'Kazakhstan',['it'],note='civic movement; its statement is invented'),
 sp('Lukpan Akhmedyarov','person',['Lukpan Akhmedyarov'],['the journalist'],'Kazakhstan',note='words invented'),
 sp('Nikol Pashinyan','person',['Pashinyan'],[],'Armenia'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President','President of Russia'],'Russia',[],[],note='quoted in 228; mentioned in 224, 225'),
 sp('Jens Stoltenberg','person',['Stoltenberg'],[],'Norway'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev','Nursultan Nazarbaev','Nazarbaev'],['former President','the first president'],'Kazakhstan',[],["Nazarbayev's"],quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['former chairman','Former KNB chief'],'Kazakhstan',[],["Masimov's"],quoted=False),
 sp(NSC,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',[],[],quoted=False),
 sp(MIA,'organisation',['Ministry of Internal Affairs','Interior Ministry','interior ministry','Ministry of Internal Affairs of Kazakhstan'],[],'Kazakhstan',[],[],quoted=False,note='claim source'),
 sp(RDM,'organisation',['Russian Ministry of Defense','Russian Ministry of Defence',"Russia's defence ministry",'Russian Defence Ministry','Russian MoD'],[],'Russia',[],[],quoted=False,note='claim source'),
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
