#!/usr/bin/env python3
"""Source of the devset30 annotation: the hand-chosen spans, values and dates for 333-340.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset30/annotation_source.py && python3 tests/devset30/verify.py
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
def ln(p,s):
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
A,Q,C,E=[],[],[],[]
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    """headline / first: a unique substring of the headline line / first body line."""
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    hl=ln(p,headline); fl=ln(p,first)
    secs=[]
    for h in sections:
        hh=ln(p,h)
        secs.append({"heading":L[hh-1],"line":hh,"first_line":cut80(L[hh]) if L[hh] else cut80(L[hh+1])})
    A.append(dict(doc=f,index=index,headline=L[hl-1],first_line=cut80(L[fl-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KA='Kazakh authorities'; DFA='Philippine Department of Foreign Affairs'

# ---------------- 333 Carnegie Politika commentary (January 12, 2022, a Wednesday)
art('333',0,"Moscow's Kazakh Moment",'The first real operation of the Russian-led bloc','Carnegie Politika','2022-01-12',['Yekaterina Shmeleva'],None,
    ['Carnegie Endowment for International Peace','Carnegie Politika','Commentary','By Yekaterina Shmeleva','Published on January 12, 2022',
     'Yekaterina Shmeleva is a nonresident scholar at the Carnegie Russia Eurasia Center.','Related Analysis',"Tokayev's Second Presidency Begins Now"],
    sections=('A Kremlin without an exit problem','The talks next door'))
q('333','a slide into chaos and the collapse of the state','Vladimir Putin','Vladimir Putin','told',partial=True,note='"told the bloc\'s leaders by video link that the operation had prevented “…”"')
q('333','main stage',TOK,'the Kazakh president','said',partial=True,note='two-word phrase from his speech, kept as a partial (not a label); borderline')
q('333','20,000 bandits',TOK,'Tokayev','spoke of',partial=True,note='figure inside a partial; also a claim')
q('333','We are not going to stay one extra day, and no one asked us to,',None,'a senior Russian diplomat','told',note='anonymous; "told me" (the author), first person')
q('333','fully legitimate','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','insisting',partial=True,note='cue is the participle "insisting that the deployment was “…”"')
q('333','He has shown that he can call in the Russians and then show them the door,','Arman Zhunusov','Arman Zhunusov','says',note='inverted present-tense cue "says Arman Zhunusov, an Almaty political analyst"; "He" inside the quote = Tokayev')
q('333','That is not the lesson the Kremlin wanted to teach.','Arman Zhunusov','Arman Zhunusov','says',note='second half after the interposed attribution')
q('333',"when Russian soldiers arrive as guests, they tend to forget the way home",'Antony Blinken','US Secretary of State Antony Blinken','warned',partial=True,note='clause after "had warned last week that"; comma outside the closing mark. The following “offensive” (Russian MFA) is a one-word quote, excluded')
c('333','troops_deployed',2030,'about','CSTO troops in Kazakhstan',RDM,'about 2,030 troops and 250 pieces of equipment',note='"250 pieces of equipment" is not a claim')
c('333','killed',164,None,'people killed',MIA,'The Interior Ministry says 164 people were killed',note='the figure was later called a mistake (withdrawn)')
c('333','detained',9900,None,'people detained across the country',MIA,'9,900 people were detained')
c('333','other',20000,None,'"bandits" storming Almaty',TOK,'"20,000 bandits" storming Almaty',note='Tokayev\'s unverified figure, inside a partial quote')
c('333','troops_deployed',2030,None,'CSTO soldiers in Kazakhstan',None,'the 2,030 soldiers will matter',note='repeat of the figure; each occurrence is a record')
e('333','2022-01-06','troop_deployment','Almaty',[CSTO,'Russia'],'the first Il-76 transports landed near Almaty')
e('333','2022-01-10','talks',None,['Vladimir Putin',CSTO],"Vladimir Putin told the bloc's leaders by video link",note='"On Monday" from Wednesday 12 Jan: CSTO video summit')
e('333','2022-01-11','statement',None,[TOK],'Addressing the lower house of parliament',note='"the next day" after Monday 10 Jan')
e('333','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Ryabkov and Sherman spent almost eight hours together in Geneva')
e('333','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday the NATO-Russia Council convened in Brussels',note='"on Wednesday" = the publication day')
e('333',None,'statement',None,['Antony Blinken'],'Antony Blinken had warned last week',note='"last week" is not a day (real: 7 Jan)')
e('333','2022-01-19','withdrawal','Kazakhstan',[CSTO],'If the troops are really gone by January 19',note='planned completion of the withdrawal')

# ---------------- 334 Vatican News item (09 January 2022, a Sunday)
art('334',0,'Pope at Angelus: I pray for Kazakhstan','After the Angelus prayer on the Feast','Vatican News','2022-01-09',['Lucia Bertoldi'],None,
    ['Vatican News','Pope » Angelus','By Lucia Bertoldi','09 January 2022','Listen to our report',
     'Thank you for reading our article. You can keep up-to-date by subscribing to our daily newsletter. Just click here','Topics','Pope Francis'],
    sections=('A small flock in a difficult hour',))
q('334','with sorrow','Pope Francis','the Holy Father','said',partial=True,note='"the Holy Father said he had learned “with sorrow” of …"')
q('334','I pray for them and for their families, and I hope that social harmony may be found again as soon as possible through the search for dialogue, justice and the common good,','Pope Francis','he','said')
q('334','The people are frightened, but they are not alone. On Friday our churches were open, and many came simply to sit in silence,','Tomasz Wierzbicki','he','said',note='"he" = Bishop Tomasz Wierzbicki in the previous sentence ("told Vatican News by telephone"); a day name inside the quote')
q('334','very hard.','Tomasz Wierzbicki','The bishop','calling',partial=True,note='"The bishop added that …, calling the situation “very hard.”"; full stop inside the mark')
c('334','killed',164,None,'people died in the violence',KA,'164 people have died in the violence',note='"According to figures released by Kazakh authorities on Sunday"')
c('334','killed',16,'at least','members of the security forces killed',KA,'at least 16 members of the security forces')
c('334','detained',8000,'almost','people detained',KA,'nearly 8,000 people have been detained',note='"nearly" → almost')
c('334','troops_deployed',2030,'about','CSTO soldiers guarding key sites',None,'some 2,030 soldiers',note='"some" → about')
e('334','2022-01-09','statement','Vatican City',['Pope Francis'],'Pope Francis on Sunday turned his thoughts to Kazakhstan')
e('334','2022-01-09','casualty_report',None,[KA],'figures released by Kazakh authorities on Sunday')
e('334','2022-01-07','other','Almaty',['Tomasz Wierzbicki'],'On Friday our churches were open',note='inside a quote; Friday before Sunday 9 Jan')
e('334',None,'other','Almaty',['Caritas'],"the diocese's Caritas had begun distributing bread",note='undated aid distribution')

# ---------------- 335 INQUIRER.net (06:48 PM January 07, 2022, a Friday)
art('335',0,'DFA: No Filipino hurt','MANILA, Philippines — No Filipino','INQUIRER.net','2022-01-07',['Paolo Dizon'],'MANILA, Philippines',
    ['INQUIRER.net','NEWSINFO / WORLD','By: Paolo Dizon - Reporter / @PDizonINQ','INQUIRER.net / 06:48 PM January 07, 2022',
     "READ: Kazakhstan president orders troops to 'fire without warning'",'For more news about the novel coronavirus click here.',
     'What you need to know about Coronavirus.','TAGS: DFA, Kazakhstan, OFWs, unrest'])
q('335','Based on our latest monitoring, all Filipinos in Almaty and Nur-Sultan are safe and accounted for,',DFA,'the DFA','said in a statement')
q('335','in constant contact',DFA,'the DFA','adding',partial=True,note='"adding that the Philippine Embassy … was “…”" in the same sentence')
q('335','If the situation worsens, we are ready to bring our kababayan home. The embassy has prepared the list,','Sarah Lou Arriola','she','said',note='"she" = Foreign Affairs Undersecretary Sarah Lou Arriola (previous sentence); Tagalog word "kababayan" inside the quote')
q('335',"We heard shooting the whole night. We don't have internet, only sometimes, so my family in Pampanga was very worried,",'Jonalyn Reyes','Reyes','said',note='inverted "said Reyes, a domestic helper …"; full name and age in the previous paragraph')
q('335','Our manager said it is safer here than on the street,',None,'he','added',note='anonymous hotel cook ("Another OFW, a hotel cook who asked not to be named"); "said" inside the quote is reported speech of the manager')
c('335','killed',18,None,'members of the security forces killed','state television','18 members of the security forces had died')
c('335','injured',748,None,'members of the security forces injured','state television','748 were injured')
c('335','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'the force would number about 2,500',note='"The alliance said"')
e('335','2022-01-07','statement',None,[DFA],'the Department of Foreign Affairs (DFA) said on Friday')
e('335','2022-01-05','protest',None,[],'turned violent on Wednesday',note='Wednesday before Friday 7 Jan')
e('335','2022-01-06','casualty_report','Almaty',['police'],'Kazakh police said on Thursday')
e('335','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO,TOK],'began sending troops on Thursday')
e('335',None,'other',None,[DFA],'The DFA earlier placed Kazakhstan under Alert Level 1',note='"earlier": undated travel alert')

# ---------------- 336 Fox News (Published January 6, 2022 7:14pm EST, a Thursday)
art('336',0,'Russian troops pour into Kazakhstan','State Department says US is','Fox News','2022-01-06',['Tyler McKenna'],None,
    ['Fox News','World','By Tyler McKenna | Fox News','Published January 6, 2022 7:14pm EST','Facebook Twitter Flipboard Comments Print Email','close','Video',
     'Kazakhstan unrest: Protesters storm government buildings','Fox News correspondent reports on the latest from Almaty.','CLICK HERE TO GET THE FOX NEWS APP',
     'RUSSIA AMASSES 100,000 TROOPS NEAR UKRAINE BORDER AS BIDEN, PUTIN TRADE WARNINGS',"Fox News' Brooke Lindell and The Associated Press contributed to this report.",
     'Tyler McKenna is a reporter for Fox News Digital. You can follow him on Twitter @TMcKennaFox.'])
q('336','questions about the nature of this request','Ned Price','State Department spokesman Ned Price','said',partial=True)
q('336','violations of human rights','Ned Price','State Department spokesman Ned Price','said',partial=True,note='second partial in the same sentence')
q('336','The world will be watching, and we expect the Kazakh authorities to respect the peaceful protesters and the free press,','Ned Price','Price','told')
q('336',"Putin is not sending paratroopers to Almaty to keep the peace. He's showing the world, and Ukraine, that he can move thousands of troops across borders in a matter of hours,",'Michael Turner','Turner','said in a statement',note='"Rep. Michael Turner" introduced in the previous paragraph; "thousands" is vague (no claim)')
q('336','If Moscow can pull this off in 48 hours, the negotiators in Geneva need to ask themselves what else it can do,','Ted Holloway','Holloway','told',note='duration inside the quote (not a claim)')
q('336','This is a dress rehearsal.','Ted Holloway','Holloway','told',note='continuation after "Holloway told Fox News."; same cue')
c('336','troops_deployed',2500,'about','CSTO "peacekeeping" force',CSTO,'about 2,500 troops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan',note='"peacekeeping" is a one-word scare quote, excluded')
c('336','killed',12,None,'police officers killed',MIA,'12 police officers had been killed',note='"one of whom was found beheaded" is a subset, not a claim')
c('336','injured',353,None,'police officers wounded',MIA,'353 were wounded')
c('336','detained',2000,'more than','people arrested',MIA,'More than 2,000 people have been arrested',note='"the ministry said" after the figure')
c('336','troops_deployed',100000,None,'Russian troops near the Ukrainian border',None,'RUSSIA AMASSES 100,000 TROOPS',zone='related',note='all-caps inline teaser headline')
e('336','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Russian paratroopers began landing in Kazakhstan on Thursday')
e('336',None,'statement',None,['Ned Price'],'Price told reporters during a briefing',note='no day given (real: 6 Jan)')
e('336',None,'casualty_report','Almaty',['police'],'Kazakh police said that dozens of rioters',note='"overnight" without a day; "eliminated" is excluded as a one-word quote')
e('336',None,'statement',None,['Michael Turner'],'Turner said in a statement to Fox News Digital')
e('336','2022-01-10','talks','Geneva',['United States','Russia'],'hold talks in Geneva on Monday')
e('336','2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia Council meeting in Brussels on Wednesday')
e('336','2022-01-13','talks','Vienna',['OSCE'],'a session of the OSCE in Vienna on Thursday',note='"on Thursday" after a Monday/Wednesday sequence = next week\'s Thursday, not the publication day')
e('336','2022-01-06','statement',None,['Kremlin'],'The Kremlin denied on Thursday')

# ---------------- 337 TASS press review (11 JAN, 09:40; Tuesday 11 January 2022), one article with four newspaper sections
art('337',0,'Press review: Geneva talks end','Top stories in the Russian press','TASS','2022-01-11',[],None,
    ['TASS','Russian News Agency','Press review','11 JAN, 09:40','TASS is not responsible for the material quoted in these press reviews','Read more',
     'Lavrov to hold press conference on January 14','CSTO to complete Kazakhstan mission in 10 days — Tokayev'],
    sections=('Izvestia: Moscow and Washington','Kommersant: Peacekeepers','Nezavisimaya Gazeta: Bishkek','Vedomosti: Markets'))
q('337','We have no reason to be optimistic yet, but we also do not see a reason to slam the door,','Sergey Ryabkov','he','said',note='"he" = Deputy Foreign Minister Sergey Ryabkov (previous sentence); relayed via "Izvestia writes"')
q('337','For Moscow, that is the core; for Washington, it is a non-starter,','Igor Lapshin','the expert','said',note='"According to Igor Lapshin, …, the Americans were …" (unquoted) then the quote with "the expert said"')
q('337','who gave the orders',None,'A source in the Kazakh government','told',partial=True,note='anonymous source')
q('337','a mistake.',None,'several lawmakers','called',partial=True,note='group of unnamed Kyrgyz lawmakers; full stop inside the mark')
q('337','People here see the CSTO as Moscow\'s instrument, and nobody explained to them why our boys had to go,','Asel Dzhumabaeva','she','said')
q('337','The risk premium is about Ukraine, not Kazakhstan,','Dmitry Kurbatov','he','noted')
c('337','troops_deployed',2000,'more than','CSTO servicemen airlifted to Kazakhstan',RDM,'over 2,000 servicemen',note='"over" → more than; "about 250 pieces of military hardware" is not a claim')
c('337','detained',7939,None,'people detained nationwide',MIA,'7,939 people had been detained')
c('337','troops_deployed',150,'about','Kyrgyz servicemen in the mission',None,'Around 150 Kyrgyz servicemen')
e('337','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'The Russian-US strategic stability dialogue in Geneva on Monday')
e('337','2022-01-10','talks',None,[CSTO,TOK],'Speaking at an extraordinary online summit of the bloc on Monday')
e('337','2022-01-10','casualty_report',None,[MIA],'On Monday, the Kazakh Interior Ministry reported',note='detention figure')
e('337',None,'protest','Bishkek',[],'triggered protests in Bishkek',note='undated')
e('337',None,'withdrawal','Kazakhstan',[CSTO],'may start leaving Kazakhstan within days',note='"within days": no date')

# ---------------- 338 IFRC Information Bulletin (Date of issue: 10 January 2022, a Monday)
art('338',0,'Kazakhstan: Civil Unrest','Protests over a sharp rise in the price of liquefied gas','IFRC','2022-01-10',[],None,
    ['Information Bulletin','Glide n°: OT-2022-000004-KAZ','Date of issue: 10 January 2022','Date of disaster: 2 January 2022',
     'Point of contact: Nurlan Abenov, Secretary General, Kazakh Red Crescent Society','Number of people affected: approx. 3,500,000',
     'This bulletin is being issued for information only and reflects the current situation and details available at this time. The Kazakh Red Crescent Society, with the support of the International Federation of Red Cross and Red Crescent Societies (IFRC), is not requesting international assistance at this stage.',
     'Contact information','• Nurlan Abenov, Secretary General; email: sg@redcrescent.kz; phone: +7 727 291 0000','How we work'],
    sections=('The situation','Actions taken by the National Society'))
q('338','Our volunteers went out on the second night, when the shooting had not yet stopped. Their first task was to bring blood donors to the hospitals,','Nurlan Abenov','Nurlan Abenov','said',note='inverted: "…," said Nurlan Abenov, Secretary General of …')
q('338','enough supplies for the next two weeks, but not more.','Nurlan Abenov','He','added',partial=True,note='duration inside the partial')
q('338','Kazakh Red Crescent volunteers have once again shown why local action saves lives,','Birgitte Halvorsen','Birgitte Halvorsen','said',note='inverted with the role and the day after the name: "said Birgitte Halvorsen, the head of the delegation, on Saturday"')
c('338','injured',4353,None,'people who sought medical help','Kazakh Ministry of Health','4,353 people sought medical help')
c('338','injured',2265,None,'people admitted to hospitals','Kazakh Ministry of Health','2,265 who were admitted to hospitals',note='a subset of the 4,353 (hospitalised); kept because it is a separate official figure')
c('338','killed',164,None,'deaths',KA,'The authorities have reported 164 deaths',note='the bulletin notes it is unconfirmed')
e('338','2022-01-02','protest','Zhanaozen',[],'began in Zhanaozen, Mangystau region, on 2 January 2022')
e('338','2022-01-05','protest','Almaty',[],'government buildings were set on fire on 5 January')
e('338','2022-01-05','state_of_emergency','Kazakhstan',[],'a state of emergency was declared nationwide the same day',note='"the same day" = 5 January')
e('338','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'On 6 January, troops of the Collective Security Treaty Organization')
e('338','2022-01-08','statement',None,['Birgitte Halvorsen'],'the head of the delegation, on Saturday',note='Saturday before Monday 10 Jan')
e('338',None,'other',None,['Kazakh Red Crescent Society'],'KRCS has mobilized 320 volunteers',note='volunteer count and parcels are not claims')

# ---------------- 339 UN News (7 January 2022, a Friday)
art('339',0,'Kazakhstan: UN rights chief urges restraint','The UN High Commissioner for Human Rights, Michelle Bachelet','UN News','2022-01-07',[],None,
    ['UN News','Global perspective Human stories','Search','Peace and Security','7 January 2022  Peace and Security',
     'Get the UN News app for your iOS or Android devices.','Related Stories','UN chief calls for de-escalation amid Russia-Ukraine tensions'],
    sections=('Figures hard to verify',))
q('339','Peaceful protest is a right, not a privilege. But anger, however justified, can never excuse attacks on other people,','Michelle Bachelet','Ms. Bachelet','said')
q('339','a last resort, only where strictly necessary to protect life.','Michelle Bachelet','She','stressed',partial=True)
q('339','closely following','Stéphane Dujarric','UN Spokesperson Stéphane Dujarric','said',partial=True,note='content is about Guterres; the speaker is the spokesperson (nearest-name trap "Secretary-General António Guterres")')
q('339','The Secretary-General urges all concerned to act with restraint, to refrain from violence and to address their grievances through dialogue,','Stéphane Dujarric','Mr. Dujarric','said')
q('339','the principles of the UN Charter.','Stéphane Dujarric','the Spokesperson','said',partial=True,note='"Asked about …, the Spokesperson said that … “…”"; title only')
q('339','Shoot-to-kill orders are never the answer,','Liz Throssell','Liz Throssell','said',note='inverted "said Liz Throssell, a spokesperson for the High Commissioner"')
q('339','They risk a further escalation.','Liz Throssell','Liz Throssell','said',note='stand-alone continuation in the same paragraph')
c('339','killed',26,None,'protesters killed',KA,'26 protesters have been killed',note='"According to media reports citing the Kazakh authorities"')
c('339','detained',3000,'more than','people detained',KA,'more than 3,000 people detained')
c('339','killed',18,None,'members of the security forces killed',KA,'18 members of the security forces have lost their lives')
c('339','troops_deployed',2500,'about','CSTO troops',"Russia",'which Moscow says will total about 2,500')
e('339','2022-01-07','statement','Geneva',['Michelle Bachelet'],'Michelle Bachelet, on Friday called on')
e('339','2022-01-05','other','Kazakhstan',[],'With the internet largely blocked since Wednesday',note='internet blackout; Wednesday before Friday 7 Jan')
e('339',None,'statement','New York',['Stéphane Dujarric','António Guterres'],'Speaking to journalists in New York',note='no day given')
e('339','2022-01-07','statement',None,[TOK],'President Kassym-Jomart Tokayev said on Friday that he had authorized')
e('339',None,'statement',None,['UN country team in Kazakhstan'],'Earlier this week, the UN country team',note='"Earlier this week" is not a day')

# ---------------- 340 DER SPIEGEL International (11.01.2022, 17.34 Uhr; Tuesday)
art('340',0,"Kazakhstan's Ethnic Germans Fear for the Future",'The unrest in Kazakhstan has shaken the small German minority','DER SPIEGEL','2022-01-11',['Jan-Philipp Rohde','Friederike Voss'],None,
    ['DER SPIEGEL','International','World','Newsletter','Unrest in Kazakhstan','By Jan-Philipp Rohde in Almaty and Friederike Voss in Berlin','11.01.2022, 17.34 Uhr',
     'Zur Merkliste hinzufügen','Link kopieren','DER SPIEGEL 2/2022','Article translated from German','Discuss this article'],
    sections=("A test for Berlin's new government",))
q('340','I was born here, my grandparents were deported here by Stalin, and I have never seen anything like it,','Viktor Reimer','the 61-year-old','says',note='present-tense cue with an age as the mention: "says the 61-year-old"')
q('340','For two nights we heard machine guns.','Viktor Reimer','the 61-year-old','says',note='continuation after the interposed attribution')
q('340','with great concern','Annalena Baerbock','Baerbock','said',partial=True,note='surname only; first name never printed')
q('340','a permanent presence.','German Federal Foreign Office','A spokesman for the Foreign Office','said',partial=True,note='unnamed spokesman: speaker is the ministry')
q('340','Putin has shown how quickly he can move 2,000 soldiers into a neighboring country,',None,'a senior German diplomat','told',note='anonymous; a figure inside the quote (also a claim)')
q('340','Nobody in the chancellery missed the message.',None,'a senior German diplomat','told',note='continuation in the same paragraph')
q('340','hasty parallels','Tobias Wendt','He','warned against',partial=True,note='"He warned against drawing “…”"; He = Tobias Wendt')
q('340','We lit candles for everyone who died, Kazakhs, Russians, policemen, young people,','Viktor Reimer','he','says',note='"…," he says; he = Reimer (subject of the preceding sentence)')
q('340','Here, nobody asks who is German.','Viktor Reimer','he','says',note='continuation after the interposed attribution')
c('340','killed',164,None,'people killed nationwide','Kazakh Ministry of Health','164 people had been killed nationwide',note='withdrawn, as the text says')
c('340','killed',16,None,'dead security officers',None,'an official count of 16 dead security officers')
c('340','detained',9900,None,'people taken into custody',MIA,'9,900 people had been taken into custody')
c('340','troops_deployed',2000,None,'Russian soldiers moved into Kazakhstan',None,'move 2,000 soldiers into a neighboring country',note='inside an anonymous diplomat\'s quote; source null')
e('340','2022-01-05','protest','Almaty',[],'When the shooting started on the evening of Jan. 5')
e('340','2022-01-10','casualty_report',None,['Kazakh Ministry of Health'],"Kazakhstan's Health Ministry reported on Monday")
e('340','2022-01-07','statement',None,['Annalena Baerbock'],'Baerbock said on Friday')
e('340','2022-01-10','statement',None,['German Federal Foreign Office'],'A spokesman for the Foreign Office said on Monday')
e('340',None,'talks','Moscow',['Annalena Baerbock','Sergey Lavrov'],'Baerbock is due to meet Russian Foreign Minister Sergei Lavrov in Moscow next week',note='"next week" is not a day (real: 18 Jan)')
e('340','2022-01-12','talks','Brussels',['Russia','NATO'],'continues in Brussels on Wednesday')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],[],note='words paraphrased/invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Kazakh president'],'Kazakhstan',['the Kazakh president']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['he'],note='both spellings in this set; canonical from earlier sets'),
 sp('Arman Zhunusov','person',['Arman Zhunusov'],['an Almaty political analyst'],'Kazakhstan',note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',[],["Blinken's"],note='words invented'),
 sp('Pope Francis','person',['Pope Francis'],['Pope'],'Holy See',['the Holy Father','he','The Pope'],note='words invented'),
 sp('Tomasz Wierzbicki','person',['Tomasz Wierzbicki'],['Bishop'],'Kazakhstan',['he','The bishop'],note='invented'),
 sp(DFA,'organisation',['Department of Foreign Affairs','DFA'],[],'Philippines',['the DFA']),
 sp('Sarah Lou Arriola','person',['Sarah Lou Arriola','Arriola'],['Foreign Affairs Undersecretary'],'Philippines',['she'],note='real official; words invented'),
 sp('Jonalyn Reyes','person',['Jonalyn Reyes','Reyes'],['a domestic helper from San Fernando','an overseas Filipino worker in Almaty'],'Philippines',note='invented'),
 sp('Ned Price','person',['Ned Price','Price'],['State Department spokesman'],'United States',note='words paraphrased/invented'),
 sp('Michael Turner','person',['Michael Turner','Turner'],['Rep.','the top Republican on the House Intelligence Committee'],'United States',[],['Rep. Michael Turner'],note='real congressman; words invented'),
 sp('Ted Holloway','person',['Ted Holloway','Holloway'],['a former Army intelligence officer','senior fellow at the Heritage Institute for Eurasian Security'],'United States',note='invented (and the institute)'),
 sp('Igor Lapshin','person',['Igor Lapshin'],['a researcher at the Institute of World Economy and International Relations'],'Russia',['the expert'],note='invented'),
 sp('Asel Dzhumabaeva','person',['Asel Dzhumabaeva'],['Political analyst'],'Kyrgyzstan',['she'],note='invented'),
 sp('Dmitry Kurbatov','person',['Dmitry Kurbatov'],['Analyst'],'Russia',['he'],note='invented'),
 sp('Nurlan Abenov','person',['Nurlan Abenov'],['Secretary General'],'Kazakhstan',['He'],note='invented'),
 sp('Birgitte Halvorsen','person',['Birgitte Halvorsen'],['the head of the delegation','Head of Delegation'],None,note='invented (IFRC)'),
 sp('Michelle Bachelet','person',['Michelle Bachelet','Bachelet'],['UN High Commissioner for Human Rights'],None,['She'],['Ms. Bachelet'],note='words invented'),
 sp('Stéphane Dujarric','person',['Stéphane Dujarric','Dujarric'],['UN Spokesperson'],None,['the Spokesperson'],['Mr. Dujarric'],note='words invented'),
 sp('Liz Throssell','person',['Liz Throssell'],['a spokesperson for the High Commissioner'],None,note='words invented'),
 sp('Viktor Reimer','person',['Viktor Reimer','Reimer'],['runs the German cultural center'],'Kazakhstan',['the 61-year-old','he'],["Reimer's"],note='invented'),
 sp('Annalena Baerbock','person',['Baerbock'],['Foreign Minister'],'Germany',note='surname only in this set'),
 sp('German Federal Foreign Office','organisation',['Foreign Office'],[],'Germany',['A spokesman for the Foreign Office']),
 sp('Tobias Wendt','person',['Tobias Wendt'],["a Green member of the Bundestag's foreign affairs committee"],'Germany',['He'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance'],[],quoted=False,note='not quoted in this set; mentioned in all files'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],[],'United States',[],[],quoted=False,note='mentioned only (333)'),
 sp('Sergey Lavrov','person',['Sergei Lavrov','Lavrov'],['Russian Foreign Minister'],'Russia',[],[],quoted=False,note='mentioned in 337 (teaser) and 340'),
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
