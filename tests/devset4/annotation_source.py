#!/usr/bin/env python3
"""Source of the devset4 annotation: the hand-chosen spans, values and dates for 125-132.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset4/annotation_source.py && python3 tests/devset4/verify.py
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
    if zone=='related': art=None
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'
CSTO='CSTO'; NSC='Kazakh National Security Committee'
ZAS='Stanislav Zas'; KRM='Kremlin'

# ---------------- 125 Al Jazeera-style reactions piece (Published On 7 Jan 2022, a Friday)
art('125',0,1,2,'Al Jazeera','2022-01-07',[],None,
    ['Al Jazeera and news agencies','Published On 7 Jan 2022','7 Jan 2022','SOURCE: Al Jazeera and news agencies'],sections=(22,))
q('125','peace and stability will be restored as soon as possible through dialogue','Mevlüt Çavuşoğlu','Turkish Foreign Minister Mevlut Cavusoglu','said',partial=True,note='name without Turkish diacritics (canonical form from devset2)')
q('125','We attach great importance to the peace and stability of brotherly Kazakhstan,','Recep Tayyip Erdoğan','Erdogan','said',note='followed by "according to a statement from his office"; the office is the channel, Erdogan the speaker')
q('125','We hope the problems will be resolved peacefully and within the framework of the law, without any foreign interference,','Saeed Khatibzadeh','Khatibzadeh','told')
q('125','with great concern','Qatari Foreign Ministry',"Qatar's foreign ministry",'said in a statement',partial=True,note='short evaluative phrase with a speech verb; the standfirst\'s single-quoted ‘with concern’ is excluded')
q('125','strategic facilities',RDM,'The Russian defence ministry','said',partial=True,note='two-word partial with a speech verb, as devset3 118')
q('125','fire to kill without warning',TOK,'Tokayev','said',partial=True)
q('125','What negotiations can there be with criminals and murderers?',TOK,'he','said',note='"he" = Tokayev; quote ends with "?" inside the marks')
q('125',"For Ankara, Kazakhstan is part of the Turkic world, but Turkey cannot compete with Moscow's military weight there,",'Selim Kaya','Selim Kaya','said',note='inverted cue ", said Selim Kaya, 54, a professor"; the age is not a claim')
c('125','killed',26,None,'"armed criminals" killed in clashes','Kazakh authorities','26 "armed criminals" had been killed',note='the label "armed criminals" is not a quote')
c('125','injured',18,None,'"armed criminals" wounded in clashes','Kazakh authorities','and 18 wounded')
c('125','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c('125','detained',3811,None,'people detained across the country',MIA,'3,811 people had been detained')
c('125','aircraft',70,'more than','aircraft flying in paratroopers',RDM,'more than 70 aircraft')
c('125','troops_deployed',2500,'about','expected size of the CSTO force',None,'expected to number about 2,500',note='expected, not yet reached; source not given in the sentence')
e('125','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Friday')
e('125','2022-01-06','talks',None,['Mevlüt Çavuşoğlu','Mukhtar Tileuberdi'],'In a phone call with his Kazakh counterpart Mukhtar Tileuberdi on Thursday',note='phone call; Thursday before Friday 7 Jan')
e('125','2022-01-06','talks',None,['Recep Tayyip Erdoğan',TOK],'spoke to President Kassym-Jomart Tokayev the same day',note='"the same day" = the Thursday of the previous paragraph')
e('125',None,'statement','Tehran',['Saeed Khatibzadeh'],'Khatibzadeh told reporters',note='no day given; Tehran is from "Tehran was following"')
e('125',None,'statement',None,['Qatari Foreign Ministry'],"Qatar's foreign ministry said in a statement")
e('125','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'began sending troops on Thursday')
e('125','2022-01-02','protest',None,[],'The protests began on January 2 in the oil-rich west')
e('125','2022-01-05','protest','Almaty',[],'government buildings were set on fire on Wednesday')
e('125','2022-01-07','statement',None,[TOK],'On Friday, Tokayev said he had ordered security forces',note='televised address')

# ---------------- 126 Kyiv Independent-style piece (January 8, 2022, a Saturday)
art('126',0,1,3,'Kyiv Independent','2022-01-08',['Iryna Kovalchuk'],None,
    ['by Iryna Kovalchuk','January 8, 2022 9:41 pm','Read more: Kuleba: "We will not trade Ukraine\'s sovereignty for Russia\'s promises"',
     "Read more: Russia keeps 100,000 troops near Ukraine's borders, Reznikov says",'Kyiv Independent news desk contributed to this story.'])
q('126','The same general who planned the occupation of Crimea is now in Almaty. This is not a coincidence, this is a method,','Oleksii Reznikov','Defense Minister Oleksii Reznikov','wrote',note='Facebook post; "The same general" = Serdiukov')
q('126','all scenarios, including the worst one','Oleksii Reznikov','Reznikov','said',partial=True)
q('126','no decisions about Ukraine can be taken without Ukraine','Volodymyr Zelensky','Zelensky','stressed',partial=True,note='"According to the statement, Zelensky stressed that ..." - the office statement is the channel')
q('126',"We will not trade Ukraine's sovereignty for Russia's promises",'Dmytro Kuleba','Kuleba',None,zone='related',note='"Read more:" teaser; "Kuleba:" headline form, no speech verb')
q('126',"within 24 hours of Tokayev's request, before anyone in the West had even woken up.",'Oleksiy Danilov','Oleksiy Danilov','told',partial=True,note='"24 hours" inside the quote is a duration, not a claim')
q('126','Kazakhstan asked for help, and its allies answered. Nobody is asking anyone to help in Ukraine,','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova','said')
q('126',"Russia moved a whole airborne division's headquarters in less than a day. We must count in hours, not weeks,",'Olena Marchuk','she','said')
q('126','We have received clear assurances,','Dmytro Kuleba','Kuleba','said')
q('126','Nothing will be agreed behind our back.','Dmytro Kuleba','Kuleba','said',note='second sentence after the interposed "Kuleba said."')
c('126','troops_deployed',100000,'about',"Russian troops near Ukraine's borders and in Crimea",'Oleksii Reznikov','about 100,000 troops')
c('126','aircraft',70,'more than','transport aircraft used for the airlift to Kazakhstan','Ukrainian military intelligence','more than 70 transport aircraft')
c('126','troops_deployed',3000,'about','Russian troops in Kazakhstan','Ukrainian military intelligence','around 3,000 of the troops now in Kazakhstan')
c('126','troops_deployed',100000,None,"Russian troops near Ukraine's borders",'Oleksii Reznikov','Russia keeps 100,000 troops',zone='related',note='"Read more:" teaser')
e('126','2022-01-08','statement',None,['Oleksii Reznikov'],'wrote on Facebook on Saturday')
e('126','2022-01-07','talks',None,['Volodymyr Zelensky','Charles Michel'],'discussed the situation with European Council President Charles Michel on Friday')
e('126','2022-01-06','statement',None,['Maria Zakharova'],'Maria Zakharova said on Thursday')
e('126',None,'statement','Kyiv',['Oleksiy Danilov'],'told a briefing in Kyiv',note='no day given')
e('126','2022-01-10','talks','Geneva',['Russia','United States'],'The Geneva meeting between Russian and U.S. delegations is scheduled for Jan. 10',note='future')
e('126','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Jan. 12',note='future')
e('126','2022-01-13','talks','Vienna',['OSCE'],'a session of the OSCE Permanent Council in Vienna on Jan. 13',note='future')
e('126','2022-01-07','talks',None,['Dmytro Kuleba','Antony Blinken'],'spoke with U.S. Secretary of State Antony Blinken on Friday')

# ---------------- 127 press-conference transcript (10 January 2022, a Monday)
art('127',0,1,6,None,'2022-01-10',[],None,['10 January 2022 - 22:05','Transcript','Print version','Back to the list'])
q('127','difficult, long, very professional, deep, concrete','Sergey Ryabkov','He','described',partial=True,note='intro paragraph; "He" = Deputy Foreign Minister Sergey Ryabkov')
q('127','We have not yet seen any grounds for optimism on the key issues.','Sergey Ryabkov','He','warned',note='introduced by "and warned:" in the same sentence')
q('127','the entire contingent will, of course, be withdrawn from the country','Vladimir Putin','President Putin','said',partial=True,
  note="inside Ryabkov's unquoted answer; attributed explicitly to Putin (devset3 119 convention). The answers after \"Ryabkov:\" / questions after \"Question:\" are not quotes")
c('127','troops_deployed',100000,'about','Russian troops near the Ukrainian border (in a question)','Western capitals','about 100,000 troops near the Ukrainian border',note="figure in a journalist's question")
c('127','troops_deployed',2000,'more than','CSTO troops in Kazakhstan (in a question)',None,'more than 2,000 troops in Kazakhstan',note="figure in a journalist's question")
e('127','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman','Russia','United States'],'after almost eight hours of talks with a US delegation')
e('127','2022-01-10','talks',None,['Vladimir Putin',CSTO],'at the CSTO summit this morning',note='"this morning" resolved from the transcript date')
e('127','2022-01-12','talks','Brussels',['Russia','NATO'],'We will continue in Brussels on Wednesday',note='future')
e('127','2022-01-13','talks','Vienna',['Russia','OSCE'],'in Vienna on Thursday',note='future')

# ---------------- 128 Kazinform-style wire (11 January 2022, a Tuesday)
art('128',0,1,5,'Kazinform','2022-01-11',[],'NUR-SULTAN',['11 January 2022, 16:42','Kazinform','Follow Kazinform on Telegram'])
q('128','The main mission of the CSTO peacekeeping forces has been successfully completed. In two days the phased withdrawal of the united contingent will begin. The withdrawal process will take no more than 10 days,',
  TOK,'the Kazakh President','said',note='«guillemets»; the name is written Qasym-Jomart Toqaev in this text')
q('128','The attack on Almaty was carried out by a single command center. The terrorists were well prepared, and their goal was to seize power,',TOK,'Toqaev','stressed')
q('128','a stratum of people who are rich even by international standards',TOK,'The Head of State','noted',partial=True,
  note='the following "Qazaqstan halqyna" and ("For the people of Kazakhstan") are the fund\'s name, not quotes')
c('128','troops_deployed',2030,None,'CSTO servicemen in the contingent',TOK,'2,030 servicemen',note='list item')
c('128','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment',note='list item')
c('128','other',5,None,'CSTO guard units deployed in Alma-Ata and Nur-Sultan',TOK,'5 guard units',note='list item; small deployment count, borderline')
c('128','other',20000,'about','bandits who took part in the attacks on Alma-Ata',TOK,'some 20 thousand bandits',note='"20 thousand" normalised; "some" read as about')
c('128','killed',16,None,'law enforcement officers and servicemen killed',TOK,'16 law enforcement officers and servicemen were killed')
c('128','injured',1300,'more than','law enforcement officers wounded',TOK,'over 1,300 law enforcement officers were wounded')
c('128','detained',9900,None,'people detained by the Ministry of Internal Affairs',TOK,'9,900 people were detained',note='given by Toqaev; the ministry is the detaining body')
e('128','2022-01-11','statement','Nur-Sultan',[TOK],'at an extended session of the Mazhilis on Tuesday')
e('128','2022-01-13','withdrawal','Kazakhstan',[CSTO],'In two days the phased withdrawal of the united contingent will begin',note='future; "in two days" from 11 Jan, inside the quote')
e('128','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in Kazakhstan on January 6 and 7',note='range: first day')
e('128','2022-01-01','other','Mangystau',[],'rose from 60 to 120 tenge per litre on January 1',note='gas price rise, trigger of the protests')
e('128','2022-01-11','appointment',None,['Alikhan Smailov'],'approved the candidacy of Alikhan Smailov',note='"At the same session"')
e('128','2022-01-10','talks',None,[CSTO],'on January 10, the leaders of the CSTO member states held an extraordinary online session')

# ---------------- 129 email newsletter with three stories (Wednesday, 12 January 2022) = three articles
NLB=['View in browser','THE STEPPE LETTER | Wednesday, 12 January 2022','Hi there,','— Dana']
art('129',0,11,14,'The Steppe Letter','2022-01-12',['Dana Yessenova'],None,NLB+['By Dana Yessenova','Read the full story →'],ls=11,le=20)
art('129',1,22,25,'The Steppe Letter','2022-01-12',['Arman Zhakupov'],None,['By Arman Zhakupov','Read the full story →'],ls=22,le=31)
art('129',2,33,36,'The Steppe Letter','2022-01-12',['Dana Yessenova'],None,
    ['By Dana Yessenova','Read the full story →','Thanks for reading. See you on Friday.','You are receiving this email because you subscribed to The Steppe Letter.',
     'Unsubscribe | Manage preferences','© 2022 Steppe Letter Media, Almaty'],ls=33)
q('129','All the tasks set for the peacekeeping contingent have been fulfilled in full,','Igor Konashenkov','Konashenkov','said in a video statement')
q('129','We do not even know where he is being held,','Yerlan Zhakenov','Zhakenov','said',art=1)
q('129','This is not how a state governed by law behaves.','Yerlan Zhakenov','Zhakenov','said',art=1,note='second sentence after the interposed "Zhakenov said."')
q('129','security proposals that are simply non-starters','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',art=2,partial=True,
  note='the one-word "difficult" and "businesslike" (Ryabkov) in the same sentence are excluded')
q('129','I think Kazakhstan has shown the West that Russia will act fast in its neighborhood,','Timur Akhmetov','Timur Akhmetov','said',art=2,note='split quote: inverted cue ", said Timur Akhmetov, a researcher"')
q('129','The question is who is next.','Timur Akhmetov','Timur Akhmetov','said',art=2,note='second half of the split quote')
c('129','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',None,'The contingent numbers 2,030 troops')
c('129','detained',2,None,"Masimov's former deputies arrested",NSC,'Two of his former deputies',art=1,note='written-out number; like the gold 001 Masimov case')
e('129','2022-01-12','statement',None,[RDM,'Igor Konashenkov'],"Russia's Defence Ministry said on Wednesday",note='Wednesday = publication day')
e('129','2022-01-13','withdrawal','Almaty',[CSTO],'start loading equipment onto Il-76 aircraft on Thursday',note='future')
e('129','2022-01-11','statement',None,[TOK],'told lawmakers the day before',note='"the day before" = the day before Wednesday 12 Jan')
e('129',None,'arrest',None,['Karim Masimov'],'who was detained last week',art=1,note='"last week" is not resolvable to a day; real date 2022-01-06')
e('129',None,'statement',None,[NSC,'Karim Masimov'],'now faces a charge of high treason',art=1,note='no day given')
e('129',None,'arrest',None,['Anuar Sadykulov','Daulet Yergozhin'],'have also been arrested',art=1)
e('129','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman','Russia','United States'],'met for almost eight hours in Geneva on Monday',art=2)
e('129','2022-01-12','talks','Brussels',['NATO','Russia'],'Today the NATO-Russia Council meets in Brussels',art=2)

# ---------------- 130 bad HTML scrape (Sunday, January 9, 2022)
art('130',0,3,6,'Eurasia Daily Wire','2022-01-09',['Marek Novak','Ainur Sultanbekova'],'ALMATY',
    ['Skip to content','Home &amp; World &gt; Asia &gt; Central Asia','Share on Facebook | Share on Twitter | Share on WhatsApp | Email',
     'By Marek Novak &amp; Ainur Sultanbekova&nbsp;| Sunday, January 9, 2022 | 6 min read','<p>Related:&nbsp;<a>Who is Karim Masimov?</a>',
     '[1] Figures from Khabar 24, January 9.','&copy; 2022 Eurasia Daily Wire. All rights reserved. | Privacy &amp; Cookies'],
    hl='Kazakhstan: Tokayev says &quot;constitutional order&quot; restored as death toll rises to 164')
ENT='the marks are HTML entities (&quot; / &#8220; &#8221;), not characters'
q('130','largely restored',TOK,'Kazakhstan&#8217;s president','said',malformed=True,partial=True,note=ENT)
q('130','The counter-terrorist operation will continue until the militants are completely destroyed,',TOK,'he','said',malformed=True,note=ENT+'; "he" = the markdown-linked [Tokayev]')
q('130','a significant number of foreign nationals',MIA,'The interior ministry','said',malformed=True,partial=True,note=ENT)
q('130','Most of the attackers had combat experience in hot spots. They were trained abroad,',TOK,'Tokayev','told',malformed=True,note=ENT+'; nearest-name trap: Charles Michel follows the cue')
q('130','The counter-terrorist operation will continue until the militants are completely destroyed',TOK,'Tokayev',None,n=2,malformed=True,
  note=ENT+'; pull quote repeating l.7 (without the comma), between two share rows; no cue')
q('130','provide assistance','Charles Michel','Michel','said',malformed=True,partial=True,note=ENT)
q('130','The rights of peaceful protesters must be respected,','Charles Michel','he','wrote',malformed=True,note=ENT+'; Twitter post')
q('130','We were scared to go out for three days,','Gulnara','Gulnara','said',note='first name only; "37" is an age')
q('130','Now we are scared of what comes next.','Gulnara','Gulnara','said',note='continuation in the same paragraph')
c('130','killed',164,None,'death toll (headline)',None,'death toll rises to 164',zone='headline')
c('130','killed',164,None,'people killed in a week of unrest','officials','164 people had been killed in a week of unrest',note='"[1]" footnote marker follows the sentence')
c('130','killed',103,None,'people killed in Almaty','officials','including 103 in Almaty')
c('130','killed',44,None,'earlier death toll given on Thursday',None,'the figure of 44 given on Thursday')
c('130','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c('130','damage_usd',200000000,'about','damage to property','officials','estimated at about $200 million')
c('130','other',100,'more than','businesses and banks looted','officials','more than 100 businesses and banks looted')
c('130','other',400,'about','vehicles destroyed','officials','around 400 vehicles destroyed')
c('130','troops_deployed',2000,'more than','Russian soldiers in the CSTO force',RDM,'more than 2,000 soldiers')
c('130','aircraft',70,'about','aircraft used to fly in the Russian contingent',RDM,'about 70 aircraft')
e('130','2022-01-09','statement',None,[TOK],'said on Sunday that constitutional order',note='meeting of the operational headquarters')
e('130','2022-01-09','casualty_report',None,['Kazakh Ministry of Health'],'The health ministry figure, released by state news channel Khabar 24')
e('130','2022-01-08','talks',None,[TOK,'Charles Michel'],'in a phone call on Saturday')
e('130','2022-01-06','arrest',None,['Karim Masimov'],'was detained on suspicion of treason on Thursday')
e('130','2022-01-08','statement',None,[NSC,'Karim Masimov'],'the National Security Committee announced on Saturday',note='announcement of the arrest')
e('130','2022-01-09','statement',None,[RDM],"Russia's defence ministry said on Sunday")

# ---------------- 131 opinion column (Wed 12 Jan 2022)
art('131',0,3,5,None,'2022-01-12',['Catherine Holloway'],None,
    ['Opinion | Central Asia','Catherine Holloway','Wed 12 Jan 2022 07.00 GMT','Catherine Holloway is a writer on Russia and Central Asia',
     'This article was amended on 12 January 2022 to correct the date of the first CSTO landings.'])
q('131','20,000 bandits and terrorists',TOK,'he','as he put it',partial=True,note='cue phrase "as he put it" placed before the quote')
q('131','in six waves',TOK,'he','as he put it',partial=True,note='same sentence as "20,000 bandits and terrorists"; short but attributed')
q('131','undermining of the foundations of the state','Vladimir Putin','Vladimir Putin’s','in Vladimir Putin’s words',partial=True,note='like devset2 "In his words"')
q('131','legitimate, time-limited response to a request from an ally',KRM,'the Kremlin','insists',partial=True)
q('131','We ran out of blood on the second night,',None,'she','said',note='anonymous doctor; split quote')
q('131','Nobody told us who was shooting at whom.',None,'she','said',note='second half of the split quote')
q('131','If everyone who went out on the street is a terrorist, then half the city is a terrorist.',None,'one Almaty lawyer','put it',note='anonymous; "As one Almaty lawyer put it to me,"')
q('131','ironclad, waterproof, bulletproof, legally binding guarantees','Sergey Ryabkov','Sergei Ryabkov','said',partial=True)
q('131','We are not going to make concessions under pressure,','Sergey Ryabkov','Ryabkov','told')
q('131','It is the Americans who must make them.','Sergey Ryabkov','Ryabkov','told',note='second half of the split quote')
q('131','to slam closed NATO’s open-door policy','Wendy Sherman','Wendy Sherman','insists',partial=True)
c('131','troops_deployed',2500,'about','CSTO force',None,'a Collective Security Treaty Organization force of about 2,500')
c('131','other',20000,None,'"bandits and terrorists" who attacked Almaty',TOK,'“20,000 bandits and terrorists”',note='figure inside a partial quote')
c('131','detained',9900,'at least','people detained','Human rights groups','at least 9,900 people have been detained')
e('131','2022-01-02','protest','Zhanaozen',[],'What began on 2 January as a protest over gas prices in Zhanaozen')
e('131','2022-01-05','protest',None,[],'by January 5th, become something else entirely',note='"January 5th"')
e('131','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'On 6 January the first Russian paratroopers landed')
e('131','2022-01-10','talks','Geneva',['Russia','United States'],'On Monday, Russian and American diplomats sat down in Geneva')
e('131','2022-01-12','talks','Brussels',['NATO','Russia'],'today NATO meets Russia in Brussels')
e('131','2022-01-13','talks','Vienna',['OSCE'],'on Thursday, the OSCE will try in Vienna',note='future')
e('131','2022-01-13','withdrawal','Kazakhstan',[CSTO,TOK],'Tokayev says the withdrawal will begin on Thursday',note='future')

# ---------------- 132 Reuters-style factbox (January 6, 2022, a Thursday)
art('132',0,1,7,'Reuters','2022-01-06',[],None,
    ['By Reuters Staff','January 6, 2022 6:18 PM UTC','2 min read','(Compiled by the Moscow and Nur-Sultan bureaus; editing by Alex Richardson)'])
q('132','The whole world will be watching,','Jen Psaki','White House spokeswoman Jen Psaki','told',note='the one-word "questions" (Blinken) before it is excluded')
q('132','in constant contact',KRM,'The Kremlin','said',partial=True)
q('132','This is an internal affair of Kazakhstan, and we are against any outside interference','Dmitry Peskov','Peskov','said',note='em-dash cue "” — Peskov said"; surname only in this text')
q('132','for a limited period of time',ZAS,'Secretary-General Stanislav Zas','said',partial=True)
q('132','a foreign military intervention brings back memories of situations to avoid','Josep Borrell','Josep Borrell','said',partial=True)
q('132','all concerned to refrain from violence','Antonio Guterres','Secretary-General Antonio Guterres','urged',partial=True,note='reported through "his spokesman Stephane Dujarric said"; the speaker is Guterres')
q('132','properly resolve the issue','Wang Wenbin','Wang Wenbin','said',partial=True)
q('132','for a limited period','Nikol Pashinyan','Prime Minister Nikol Pashinyan','said',n=2,partial=True,note='also a prefix of Zas\'s "for a limited period of time" above')
q('132','guard important state facilities','Viktor Khrenin','Defence Minister Viktor Khrenin','said',partial=True)
q('132','closely following','Ukrainian Foreign Ministry','The foreign ministry','said',partial=True,note='two-word wording with a speech verb; borderline')
c('132','troops_deployed',2500,'about','CSTO force',ZAS,'number about 2,500 troops')
c('132','troops_deployed',100,'about','Armenian troops in the CSTO force','Armenian Defence Ministry','about 100 troops')
c('132','troops_deployed',500,'about','Belarusian servicemen',  'Viktor Khrenin','about 500 servicemen',note='"for up to two weeks" is a duration')
c('132','detained',2298,None,'people detained',MIA,'2,298 people had been detained')
c('132','killed',8,None,'police officers and national guardsmen killed',MIA,'8 police officers and national guardsmen killed')
c('132','killed',12,None,'police officers and national guardsmen killed (updated)',MIA,'that figure had risen to 12',note='"At 1530 GMT" is a time, not a claim')
e('132','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began sending troops to Kazakhstan on Thursday')
e('132',None,'statement',None,['Jen Psaki'],'White House spokeswoman Jen Psaki told reporters')
e('132',None,'statement',None,['Dmitry Peskov',KRM],'Peskov said in a call with reporters')
e('132',None,'statement',None,['Josep Borrell'],'Josep Borrell said the EU was ready to help')
e('132',None,'statement',None,['Antonio Guterres'],'Antonio Guterres urged')
e('132',None,'troop_deployment','Kazakhstan',['Belarus'],'Minsk said it would send a unit of its special operations forces',note='announced; no day given')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(variants)+list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Qasym-Jomart Toqaev','Toqaev'],['President','Head of State','the Kazakh President','Kazakh leadership'],'Kazakhstan',
    ['he','the Kazakh President','The Head of State','Kazakhstan&#8217;s president','The President'],['[Tokayev](https://www.akorda.kz/en/news)','Tokayev’s',"Tokayev's"],
    note='Kazinform-style transliteration Qasym-Jomart Toqaev in 128; markdown-linked name in 130'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlut Cavusoglu','Cavusoglu'],['Turkish Foreign Minister'],'Turkey',note='canonical form with diacritics from devset2; written without them here'),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdogan','Erdogan'],['Turkish President'],'Turkey',note='canonical form from devset2'),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh','Khatibzadeh'],["Iran's foreign ministry spokesman"],'Iran'),
 sp('Qatari Foreign Ministry','organisation',["Qatar's foreign ministry"],[],'Qatar'),
 sp(RDM,'organisation',['Russian defence ministry',"Russia's Defence Ministry","Russia's defence ministry"],[],'Russia',['The Russian defence ministry']),
 sp('Selim Kaya','person',['Selim Kaya'],['a professor of international relations in Istanbul'],'Turkey',note='invented'),
 sp('Oleksii Reznikov','person',['Oleksii Reznikov','Reznikov'],['Defense Minister'],'Ukraine'),
 sp('Volodymyr Zelensky','person',['Volodymyr Zelensky','Zelensky'],['President'],'Ukraine'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Foreign Minister'],'Ukraine'),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov','Danilov'],['the secretary of the National Security and Defense Council'],'Ukraine'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia'),
 sp('Olena Marchuk','person',['Olena Marchuk'],['a military analyst at the Kyiv-based Institute of Strategic Assessment'],'Ukraine',['she'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister',"Moscow’s chief negotiator"],'Russia',['He'],
    note='in 127 the unquoted answers are labelled "Ryabkov:"'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['President','Russian President'],'Russia',[],['Vladimir Putin’s']),
 sp('Igor Konashenkov','person',['Igor Konashenkov','Konashenkov'],['Spokesman'],'Russia'),
 sp('Yerlan Zhakenov','person',['Yerlan Zhakenov','Zhakenov'],['A lawyer for the family'],'Kazakhstan',note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State','the US deputy secretary of state','Deputy Secretary of State'],'United States'),
 sp('Timur Akhmetov','person',['Timur Akhmetov'],['a researcher in Almaty'],'Kazakhstan',note='invented'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',['The interior ministry','the ministry']),
 sp('Charles Michel','person',['Charles Michel','Michel'],['European Council President'],'Belgium',['he']),
 sp('Gulnara','person',['Gulnara'],['a teacher'],'Kazakhstan',note='invented; first name only'),
 sp(KRM,'organisation',['Kremlin'],[],'Russia',['The Kremlin','the Kremlin']),
 sp('Jen Psaki','person',['Jen Psaki'],['White House spokeswoman'],'United States'),
 sp('Dmitry Peskov','person',['Peskov'],[],'Russia',note='surname only in 132; canonical from devset2'),
 sp(ZAS,'person',['Stanislav Zas'],['Secretary-General'],'Belarus'),
 sp('Josep Borrell','person',['Josep Borrell'],["The bloc's foreign policy chief"],'Spain'),
 sp('Antonio Guterres','person',['Antonio Guterres'],['Secretary-General'],'Portugal'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Foreign ministry spokesman'],'China'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Prime Minister'],'Armenia'),
 sp('Viktor Khrenin','person',['Viktor Khrenin'],['Defence Minister'],'Belarus'),
 sp('Ukrainian Foreign Ministry','organisation',['foreign ministry'],[],'Ukraine',['The foreign ministry'],note='132 UKRAINE bullet'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev'],['the first President of Kazakhstan'],'Kazakhstan',quoted=False),
 sp('Karim Masimov','person',['Karim Masimov','Masimov'],['Former security chief','former chairman'],'Kazakhstan',quoted=False),
 sp(NSC,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',quoted=False),
 sp('Antony Blinken','person',['Antony Blinken'],['U.S. Secretary of State','Secretary of State'],'United States',quoted=False,note='quoted only with the one-word "questions" (132), which is excluded'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,quoted=False),
]

OPEN='"“«„‘'; CLOSE='"”»“’'
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in OPEN and t[k] in CLOSE,(x['doc'],x['quote'][:30],t[o-1],t[k])
    else:
        assert not (t[o-1] in OPEN and t[k] in CLOSE),(x['doc'],x['quote'][:30])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
