#!/usr/bin/env python3
"""Source of the devset102 annotation: the hand-chosen spans, values and dates for 909-916.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset102/annotation_source.py && python3 tests/devset102/verify.py
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
UKFO='UK Foreign Office'; GAC='Global Affairs Canada'; SGMFA='Singapore Ministry of Foreign Affairs'
DIRCO='South African Department of International Relations and Cooperation'; MFAT='New Zealand Ministry of Foreign Affairs and Trade'
KZEMB='Kazakh Embassy in Washington'; USSD='US State Department'; KNB='Kazakh National Security Committee'; MOH='Kazakh Ministry of Health'

# ---------------- 909 The Press and Journal (Aberdeen) energy page (January 7, 2022, a Friday)
art('909',0,3,4,'The Press and Journal','2022-01-07',['Calum Strachan'],None,
    ['The Press and Journal','News / Business / Energy','By Calum Strachan','January 7, 2022, 5:42 pm  Updated: January 7, 2022, 7:15 pm',
     'Share  Facebook  Twitter  LinkedIn  Email  WhatsApp','Comments','Most Read','3 Oil workers in Kazakhstan told to stay put',
     'Sign up to our daily Energy newsletter','© Copyright 2022 DC Thomson. All rights reserved.'])
q('909','Our people are safe, they have food and water, and we speak to them twice a day,','Fiona Reid','Fiona Reid','said',note='inverted cue "…," said NAME, role, company (invented)')
q('909','The difficulty is getting them home. There is simply no way out at the moment.','Fiona Reid','Fiona Reid','said',note='second half after the interposed attribution')
q('909','until there is a safe route to an open airport','Fiona Reid','She','added',partial=True)
q('909',"I've seen strikes out there before, but nothing like this. The lads still on site are sitting tight in the accommodation blocks and watching the news on their phones when the signal comes back,",'Douglas Mearns','Mr Mearns','said')
q('909','will be eliminated',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said in a televised address on Friday that … and that those who refused to surrender “…”"')
q('909','follow the advice of the local authorities and stay indoors',UKFO,'A spokesperson','said',partial=True,note='spokesperson of the FCDO named in the previous sentence')
q('909','small number',UKFO,'A spokesperson','said',partial=True,note='borderline two-word partial (official wording with a speech verb), not a claim')
q('909','Every operator up here has a Kazakhstan contingency plan in a drawer somewhere,','Moira Gillanders','Mrs Gillanders','said',note='inverted "said Mrs Gillanders"')
q('909','This week they are finding out whether anyone ever read it.','Moira Gillanders','Mrs Gillanders','said')
c('909','killed',26,None,'armed protesters killed',MIA,'26 armed protesters had been killed')
c('909','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('909','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('909','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'About 2,500 troops from the Russian-led',note='own sentence, not attributed')
e('909','2022-01-06','protest','western Kazakhstan',[],'reached the oilfields on Thursday',note='Thursday before Friday 7 Jan')
e('909','2022-01-02','protest','Zhanaozen',[],'The protests began on January 2 in Zhanaozen')
e('909','2022-01-05','protest','Almaty',[],"the mayor's office was set alight on Wednesday")
e('909','2022-01-06','protest','Tengiz',[],'Some contractors at Tengiz downed tools on Thursday',note='strike at the oilfield')
e('909',None,'other','Atyrau',['Douglas Mearns'],'was flown out the day before the airport in Atyrau closed',note='"the day before" an undated closure: null')
e('909','2022-01-07','statement','Nur-Sultan',[TOK],'said in a televised address on Friday')
e('909',None,'casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said 26",note='no day given')
e('909',None,'troop_deployment','Kazakhstan',[CSTO,TOK],"have been sent to the country at Mr Tokayev's request",note='undated')
e('909',None,'statement',None,[UKFO],'has advised against all but essential travel',note='travel advice, undated')

# ---------------- 910 CTV News (Saturday, January 8, 2022)
art('910',0,3,14,'CTV News','2022-01-08',['Alexandra Menard'],'Toronto',
    ['CTVNews.ca','Canada | World | Politics | Health | Climate | Video','Alexandra Menard','CTVNews.ca Writer',
     'Published Saturday, January 8, 2022 4:18PM EST','Last Updated Saturday, January 8, 2022 6:02PM EST','SHARE','Text size: A A A',
     'WATCH: Russian-led troops arrive in Kazakhstan as death toll rises','With files from The Associated Press','RELATED STORIES',
     "Kazakhstan's president says he ordered troops to 'fire without warning'",'Report a typo or error'])
q('910','I called my mother 30 times yesterday and not one call went through,','Dana Seitkali','Seitkali','said',note='number inside the quote is not a claim')
q('910','You start imagining the worst thing every time the phone is silent.','Dana Seitkali','Seitkali','said')
q('910',"Someone's cousin reaches someone's aunt, and then ten families in Calgary know that a street in Almaty is quiet,",'Yerlan Abenov','Abenov','told')
q('910','aware of reports',GAC,'Global Affairs Canada','said in an email',partial=True)
q('910','continues to provide consular assistance',GAC,'the department','adding',partial=True)
q('910','deeply concerned','Mélanie Joly','Foreign Affairs Minister Melanie Joly','wrote',partial=True,note='printed without the accent; canonical from earlier sets')
q('910','A request from a government to an alliance it belongs to is legal on paper, but legality is not the same thing as legitimacy,','Aisha Ahmadi','Aisha Ahmadi','said')
q('910','speak with its allies in one voice','Aisha Ahmadi','She','said',partial=True)
q('910',"He said, 'We are fine, don't come,'",'Dana Seitkali','she','said',note="she reports her brother's words; the nested single-quoted span is kept inside (outer quote only, gold 002 l.207)")
q('910','That is all I needed to hear for today.','Dana Seitkali','she','said')
c('910','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('910','killed',16,None,'police officers and national guard members killed','state television','16 police officers and national guard members had been killed')
c('910','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'about 2,500 troops',note='"According to the alliance"')
e('910','2022-01-05','other','Kazakhstan',[],'was cut on Wednesday',note='internet shutdown')
e('910','2022-01-08','other','Almaty',[],'Connections were partly restored in Almaty on Saturday')
e('910','2022-01-08','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said Saturday")
e('910',None,'arrest',None,['Karim Masimov'],'was arrested on suspicion of high treason',note='arrest undated; announced Saturday (real arrest 6 Jan)')
e('910','2022-01-08','statement',None,[KNB],'the National Security Committee said Saturday')
e('910','2022-01-05','other',None,['Karim Masimov',TOK],'Masimov was removed from his post on Wednesday',note='dismissal')
e('910','2022-01-07','statement',None,['Mélanie Joly'],'wrote on Twitter on Friday')
e('910','2022-01-05','other',None,[TOK,CSTO],'for help on Wednesday night',note='request for CSTO help')
e('910','2022-01-06','troop_deployment','Kazakhstan',[CSTO,'Russia'],'began arriving the next day',note='"the next day" after Wednesday 5 Jan')
e('910','2022-01-10','talks','Geneva',['United States','Russia'],"ahead of Monday's talks",note='future; Monday after Saturday 8 Jan')

# ---------------- 911 The West Australian business page (Fri, 7 January 2022)
art('911',0,3,10,'The West Australian','2022-01-07',['Nadia Pellegrino'],None,
    ['The West Australian','Business  |  Markets  |  Mining','Nadia Pellegrino','Fri, 7 January 2022 6:55PM',
     'Camera Icon  Protesters in Almaty on Wednesday. Picture: AP','Get the latest news from thewest.com.au in your inbox.','Sign up for our emails'])
q('911','has not been affected','Kazatomprom','Kazatomprom','said in a statement',partial=True)
q('911','The market does not believe that statement yet, and frankly neither do I,','Tom Keogh','Swan River Securities resources analyst Tom Keogh','told',note='inverted: "…," ROLE NAME told The West Australian')
q('911','When a government shuts the internet off and calls in foreign troops, a fund manager in London is not going to wait for the next production report.','Tom Keogh','Swan River Securities resources analyst Tom Keogh','told')
q('911','They are asking a simple question: can Western Australia produce it, and how soon?','Brett Hollins','he','said',note='quote ends with "?" inside the marks; he = Hollins (previous paragraph)')
q('911','The answer is not tomorrow, but the question has changed.','Brett Hollins','he','said')
q('911','There will be no talks with people who kill police officers,',TOK,'the President','said')
q('911','strategic facilities',CSTO,'the alliance','called',partial=True,note='"what the alliance called “…”"')
q('911','a reliable supplier to our friends','Keith Pitt','Resources Minister Keith Pitt','said',partial=True)
q('911','This is a sentiment trade,','Tom Keogh','he','said',note='he = Mr Keogh, named earlier in the paragraph')
q('911','Sentiment trades go both ways.','Tom Keogh','he','said',note='standalone second quote in the same paragraph after "he said."')
c('911','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label (excluded from quotes)')
c('911','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('911','detained',3000,'more than','people detained',None,'More than 3,000 people have been detained',note='separate sentence after the ministry sentence; not attributed')
c('911','troops_deployed',2500,'about','CSTO soldiers deployed',None,'About 2,500 soldiers from the Russian-led')
e('911','2022-01-07','other','Perth',[],'ASX-listed uranium explorers enjoyed their best day in months on Friday',note='market rally')
e('911','2022-01-06','statement',None,['Kazatomprom'],'said in a statement on Thursday')
e('911','2022-01-02','protest','Zhanaozen',[],'The unrest began in the oil town of Zhanaozen on January 2')
e('911','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('911','2022-01-07','statement',None,[TOK],'President Kassym-Jomart Tokayev on Friday rejected calls for talks')
e('911',None,'troop_deployment','Kazakhstan',[CSTO],'have been deployed to guard',note='undated')
e('911',None,'other','Kazakhstan',['Kestrel Gold'],'had withdrawn its two expatriate geologists last week',note='"last week" is not a day')
e('911',None,'statement',None,['Keith Pitt'],'Resources Minister Keith Pitt, asked about the Kazakh crisis',note='undated')

# ---------------- 912 Mothership.sg (January 09, 2022, a Sunday)
art('912',0,4,6,'Mothership','2022-01-09',['Jane Tay'],None,
    ['Mothership','News  Lifestyle  Singapore  Opinion  Videos','Jane Tay | January 09, 2022, 11:20 AM',
     'Follow and listen to our podcast, Hello From The Other Side, on Spotify.','Sign up for our weekly newsletter',
     "Top image via Ryan Goh's Instagram stories.",'If you like what you read, follow us on Facebook, Instagram, Twitter and Telegram to get the latest updates.'],
    sections=(ln('912','What happened?'),ln('912',"MFA: No S'poreans affected"),ln('912','Russian troops arrive')))
q('912','Heard shots basically the whole of Thursday night. Today it is quiet but it is the scary kind of quiet,','Ryan Goh','he','wrote',note='Instagram story; he = Ryan Goh')
q('912','like 20 packets','Ryan Goh','Goh','told',partial=True,note='number inside a partial, not a claim')
q('912',"I'm okay, my family is okay, please don't worry so much,",'Ryan Goh','he','added')
q('912','no reports of Singaporeans affected',SGMFA,"Singapore's Ministry of Foreign Affairs (MFA)",'said',partial=True)
q('912','stay indoors, monitor local news closely and heed the instructions of the local authorities',SGMFA,'MFA','urged',partial=True)
q('912','important state and military facilities','Andrei Serdyukov','Russian Colonel-General Andrei Serdyukov','said',partial=True,note='"according to Russian state media" at the end')
q('912',"I'll only feel safe when I see the noodle stall near my hostel open again,",'Ryan Goh','he','said')
c('912','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty')
c('912','detained',4000,'more than','people detained','Kazakh authorities','more than 4,000 people have been detained so far')
c('912','killed',164,None,'death toll reported by Kazakh media',MOH,'a death toll of 164',note='"citing the health ministry"; "could not be independently verified"')
c('912','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'About 2,500 troops from the CSTO')
e('912','2022-01-08','other','Almaty',['Ryan Goh'],'shared a series of Instagram stories on Saturday (Jan. 8)')
e('912','2022-01-02','protest','Zhanaozen',[],'Protests began on Jan. 2')
e('912',None,'state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency',note='"on Wednesday night" attaches to the request, not the emergency (real: 5 Jan)')
e('912','2022-01-05','other',None,[TOK,CSTO],'on Wednesday night, asked a Russian-led military alliance',note='request for CSTO help')
e('912','2022-01-07','statement',None,[TOK],'On Friday (Jan. 7), Tokayev claimed')
e('912','2022-01-09','casualty_report',None,[MOH],'Kazakh media on Sunday morning (Jan. 9) reported')
e('912','2022-01-08','statement',None,[SGMFA],'In a statement on Saturday')
e('912',None,'troop_deployment','Kazakhstan',[CSTO],'have been sent to Kazakhstan, the alliance said',note='undated')
e('912','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that the troops would stay only temporarily')
e('912','2022-01-10','other','Almaty',[],'classes would go online from Monday (Jan. 10)',note='future; university classes online')

# ---------------- 913 IOL (Published Jan 12, 2022, a Wednesday)
art('913',0,5,13,'IOL','2022-01-12',[],'Johannesburg',
    ['IOL','News  Business  Sport  Entertainment  Lifestyle  Motoring','News / World','By Staff Reporter and Reuters','Published Jan 12, 2022',
     'Share this article:','Facebook  Twitter  WhatsApp  Email','Related Topics:','Kazakhstan  Russia  Vladimir Putin  Protests','Recommended'])
q('913','main mission',TOK,'President Kassym-Jomart Tokayev','declaring',partial=True,note='two-word partial; inverted "…, President NAME said on Tuesday, declaring that the “…”"')
q('913','The situation has been stabilised in all regions of the country. The counter-terrorist operation is being wound down step by step,',TOK,'the president','told')
q('913','When the task is done, the contingent will of course go home,','Vladimir Putin','Putin','said')
q('913','rock the situation in our common home','Vladimir Putin','Putin','adding',partial=True)
q('913','no reports of South Africans harmed','Lunga Ngwenya','Department of International Relations and Cooperation spokesperson Lunga Ngwenya','said',partial=True)
q('913','We call on all parties to resolve their differences through dialogue and within the constitutional framework,','Lunga Ngwenya','Ngwenya','said')
q('913',"What Moscow showed in Kazakhstan is that it can put a brigade into a partner's capital in 48 hours, and take it out again when it chooses,",'Themba Mahlangu','Dr Themba Mahlangu','said',note='inverted cue with honorific "Dr"; duration inside the quote')
q('913','Leaders in Bamako and Bangui are watching that very carefully.','Themba Mahlangu','Dr Themba Mahlangu','said')
q('913','very big','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','describing',partial=True,note='printed "Sergei"; canonical from earlier sets')
c('913','troops_deployed',2030,None,'CSTO servicemen sent to Kazakhstan',CSTO,'2,030 servicemen',note='"250 pieces of military hardware" in the same sentence is not a claim')
c('913','detained',7939,None,'people detained nationwide','Kazakh authorities','7,939 people were detained')
c('913','killed',164,None,'deaths (figure withdrawn)',None,'A figure of 164 deaths',note='"published on Sunday by a government news channel, was later withdrawn"')
e('913','2022-01-11','statement','Nur-Sultan',[TOK],'President Kassym-Jomart Tokayev said on Tuesday')
e('913','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw in two days',note='"in two days" from Tuesday 11 Jan')
e('913','2022-01-11','appointment','Nur-Sultan',['Alikhan Smailov',TOK],'parliament approved Alikhan Smailov',note='"In the same session" = Tuesday')
e('913','2022-01-05','government_resignation',None,[],'The previous cabinet resigned on January 5')
e('913',None,'troop_deployment','Kazakhstan',[CSTO,'Andrei Serdyukov'],'said last week that it had sent 2,030 servicemen',note='"last week" is not a day')
e('913','2022-01-10','talks',None,[CSTO,'Vladimir Putin'],'At an emergency video summit of the alliance on Monday')
e('913','2022-01-09','casualty_report',None,[],'published on Sunday by a government news channel')
e('913','2022-01-12','statement',None,['Lunga Ngwenya'],'Lunga Ngwenya said on Wednesday',note='publication day')
e('913','2022-01-12','talks','Brussels',['Russia','NATO'],'prepared to meet in Brussels on Wednesday')
e('913','2022-01-10','talks','Geneva',['Russia','United States'],'two days after talks between Russian and US delegations in Geneva',note='"two days after" Wednesday 12 Jan')
e('913',None,'statement','Geneva',['Sergey Ryabkov'],'said after the Geneva meeting',note='undated (real: 10 Jan)')
e('913','2022-01-13','talks','Vienna',['OSCE'],'will host a third round in Vienna on Thursday')

# ---------------- 914 Otago Daily Times (Tue, 11 Jan 2022, NZ time)
art('914',0,5,12,'Otago Daily Times','2022-01-11',['Hamish McKenzie'],None,
    ['Otago Daily Times','ODT Online','Home » News » World','By Hamish McKenzie','Tue, 11 Jan 2022','  Share on Facebook   Tweet   Email   Print',
     'Comments','You must be logged in to comment.','ODT Online is published by Allied Press Ltd.'])
q('914',"It was much calmer here than in Almaty, but you'd hear helicopters and then nothing on your phone to tell you why,",'Sarah Whitcombe','Ms Whitcombe','told')
q('914','My parents in Mosgiel were far more scared than I was, to be honest.','Sarah Whitcombe','Ms Whitcombe',None,note='stand-alone quoted paragraph, no cue; nearest preceding attribution')
q('914','a first','Anya Petrenko','University of Otago politics lecturer Dr Anya Petrenko','said',partial=True,note='borderline two-word partial')
q('914','For twenty years the CSTO was mostly a club that held meetings. Last week it became an army, in a matter of hours,','Anya Petrenko','Dr Petrenko','said')
q('914','Moscow walked into Geneva having just demonstrated that it can fly troops anywhere in its neighbourhood. That is not an accident,','Anya Petrenko','she','said')
q('914','not aware of any New Zealanders affected',MFAT,'A Ministry of Foreign Affairs and Trade spokesman','said',partial=True)
q('914','Everyone says the same thing: the prices were the spark, but the fire was already there,','Sarah Whitcombe','she','said',note='she = Ms Whitcombe (previous paragraph)')
c('914','troops_deployed',2000,'more than','CSTO troops arrived in Kazakhstan',None,'More than 2000 troops have since arrived',note='no thousands separator')
c('914','detained',7939,None,'people detained across the country','Kazakh authorities','7939 people had been detained',note='no thousands separator')
e('914','2022-01-05','other','Nur-Sultan',['Sarah Whitcombe'],'Her school closed from January 5')
e('914','2022-01-17','other','Nur-Sultan',[],'is due to reopen next Monday',note='"next Monday" from Tuesday 11 Jan; future')
e('914','2022-01-02','protest','western Kazakhstan',[],'The unrest began on January 2 in western Kazakhstan')
e('914',None,'other',None,[TOK,CSTO],'called in the Collective Security Treaty Organisation (CSTO)',note='request for CSTO help, undated')
e('914',None,'troop_deployment','Kazakhstan',[CSTO],'troops have since arrived',note='undated')
e('914','2022-01-10','talks',None,[CSTO,TOK],'At an online summit of CSTO leaders yesterday (NZ time)',note='"yesterday" from Tuesday 11 Jan (NZ)')
e('914','2022-01-10','casualty_report',None,[],'Kazakh authorities said on Monday')
e('914','2022-01-10','talks','Geneva',['United States','Russia'],'meeting in Geneva on Monday (local time)')
e('914',None,'statement',None,[MFAT],'A Ministry of Foreign Affairs and Trade spokesman said',note='undated')

# ---------------- 915 WUSA9 local TV site (Published: 9:41 PM EST January 8, 2022, a Saturday; updated January 9)
art('915',0,5,7,'WUSA9','2022-01-08',['Marcus Bell'],'Washington',
    ['WUSA9','Local News  Weather  Verify  Get Uplifted  Watch Live','WASHINGTON, DC','Author: Marcus Bell','Published: 9:41 PM EST January 8, 2022',
     'Updated: 10:15 AM EST January 9, 2022',"RELATED: What's happening in Kazakhstan? Here's what to know",
     'Download the WUSA9 app to get breaking news, weather and more delivered to your phone.',
     'SUBSCRIBE: Get the latest headlines delivered to your inbox every morning with the WUSA9 Daily Newsletter'])
q('915','Free Kazakhstan',None,'Demonstrators','reading',note='slogan on signs (gold 004 "Say no to Putin")')
q('915','Stop killing our people.',None,'Demonstrators','reading',note='slogan on signs; full stop inside the mark. The single-quoted headline form is excluded')
q('915','My brother is in Almaty and I have not been able to talk to him since Wednesday,','Aliya Nurpeisova','Aliya Nurpeisova','said')
q('915','We are here because our families cannot be loud right now. So we have to be loud for them.','Aliya Nurpeisova','Aliya Nurpeisova','said')
q('915','These were people asking for cheaper gas and an end to corruption. They are not terrorists,','Timur Sadykov','Timur Sadykov','said',note='inverted, age after the name')
q('915','aimed at protecting citizens',KZEMB,'The embassy','said in a statement',partial=True)
q('915','for any violations of human rights','Ned Price','State Department spokesperson Ned Price','said',partial=True)
q('915','We will come back every Saturday until we know everyone is safe,','Aliya Nurpeisova','she','said')
c('915','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('915','killed',16,None,'members of the security forces killed','Kazakh government','16 members of the security forces',note='"dozens of people" (vague) in the same sentence is not a claim')
c('915','troops_deployed',2500,'about','CSTO troops taking part',CSTO,'about 2,500 troops are taking part')
e('915','2022-01-08','protest','Washington',[],'rallied outside the Embassy of Kazakhstan in Northwest D.C. on Saturday afternoon')
e('915','2022-01-02','protest','Zhanaozen',[],'The unrest began on Jan. 2')
e('915','2022-01-08','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said Saturday")
e('915','2022-01-07','statement',None,[TOK],'On Friday, President Kassym-Jomart Tokayev said')
e('915','2022-01-06','statement',None,[KZEMB],'The embassy said in a statement posted online on Thursday')
e('915','2022-01-07','other','Almaty',[USSD],'The State Department said Friday that it had authorized the voluntary departure',note='voluntary departure of consulate families')
e('915',None,'statement',None,['Ned Price'],'State Department spokesperson Ned Price said',note='undated')
e('915',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia has sent troops to Kazakhstan',note='undated')
e('915','2022-01-10','talks','Geneva',['United States','Russia'],'set to meet in Geneva on Monday',note='future; Monday after Saturday 8 Jan')
e('915',None,'protest','Washington',[],'planned to return next weekend',note='"next weekend" is not a day')

# ---------------- 916 Belfast Telegraph (January 13 2022 06:30 PM, a Thursday)
art('916',0,4,6,'Belfast Telegraph','2022-01-13',['Ciarán Doherty'],None,
    ['Belfast Telegraph','News › World News','Ciarán Doherty','January 13 2022 06:30 PM',"Today's Headlines",'Get the latest news direct to your inbox every morning',
     'Sign up','Read more',"Kazakhstan's president names new prime minister as troops prepare to leave",'Nato and Russia fail to close gap in Brussels talks','Sponsored'])
q('916','the most serious security crisis in decades','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',partial=True)
q('916','We must not pretend that dialogue alone will remove the danger. But without dialogue the danger only grows,','Zbigniew Rau','Mr Rau','said')
q('916','concrete answers','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q('916','endless discussions','Alexander Lukashevich','Alexander Lukashevich','said',partial=True,note='second partial in the same sentence ("would not accept")')
q('916','significant differences','Jens Stoltenberg',"the alliance's Secretary General Jens Stoltenberg",'said',partial=True)
q('916','Allies will not compromise on the right of each nation to choose its own path,','Jens Stoltenberg','the Nato chief','said',note='title-only attribution')
q('916','in full','Andrei Serdyukov','Colonel-General Andrei Serdyukov','said',partial=True,note='borderline two-word partial')
q('916','One reading is that Moscow keeps its word. The other is that Moscow has just shown it can put troops into a neighbouring country and take them out again on its own timetable,','Niamh Quigley','Dr Quigley','said')
q('916','bought time, not trust','Niamh Quigley','She','said',partial=True,note='names (Biden, Putin) in the same sentence are not the speaker')
q('916','every diplomatic channel that remains open','Simon Coveney','Foreign Affairs Minister Simon Coveney','said',partial=True)
c('916','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'Western officials','about 100,000 Russian troops')
c('916','troops_deployed',2000,'about','CSTO troops in Kazakhstan',CSTO,'roughly 2,000 troops',note='"roughly" → about')
c('916','killed',26,None,'armed rioters killed','Kazakh officials','26 armed rioters')
c('916','killed',18,None,'members of the security forces killed','Kazakh officials','18 members of the security forces')
e('916','2022-01-13','talks','Vienna',['OSCE','Russia','Zbigniew Rau','Alexander Lukashevich'],'ended a week of talks in Vienna on Thursday')
e('916','2022-01-12','talks','Brussels',['Russia','NATO'],'talks between Russia and Nato in Brussels the day before',note='"the day before" Thursday 13 Jan')
e('916','2022-01-10','talks','Geneva',['Russia','United States'],'between Russian and American delegations in Geneva on Monday')
e('916','2022-01-12','statement','Brussels',['Jens Stoltenberg'],"After Wednesday's Nato-Russia Council")
e('916',None,'statement','Brussels',['Alexander Grushko'],'said the talks had been frank',note='undated (real: 12 Jan)')
e('916','2022-01-13','withdrawal','Kazakhstan',[CSTO,'Andrei Serdyukov'],'began to withdraw on Thursday')
e('916','2022-01-19','withdrawal','Kazakhstan',[CSTO],'will be gone by January 19',note='deadline for the end of the withdrawal')
e('916',None,'talks',None,['Joe Biden','Vladimir Putin'],'a phone call between US President Joe Biden and Vladimir Putin late last month',note='"late last month" (real: 30 Dec 2021)')
e('916','2022-01-10','statement','Dublin',['Simon Coveney'],'Simon Coveney said on Monday')
e('916',None,'talks','Vienna',['OSCE'],'due to meet again in Vienna next week',note='"next week" is not a day')


# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the President','the president'],["Mr Tokayev's"]),
 sp('Fiona Reid','person',['Fiona Reid'],['operations director at Dyce-based Granite Subsea Services'],'United Kingdom',['She'],note='invented; company invented'),
 sp('Douglas Mearns','person',['Douglas Mearns','Mearns'],['a 52-year-old pipefitter from Stonehaven'],'United Kingdom',[],['Mr Mearns'],note='invented'),
 sp(UKFO,'organisation',['Foreign, Commonwealth and Development Office'],[],'United Kingdom',['A spokesperson'],note='canonical from earlier sets'),
 sp('Moira Gillanders','person',['Moira Gillanders','Gillanders'],['Industry veteran'],'United Kingdom',[],['Mrs Gillanders'],note='invented'),
 sp('Dana Seitkali','person',['Dana Seitkali','Seitkali'],['a pharmacist'],'Canada',['she'],note='invented'),
 sp('Yerlan Abenov','person',['Yerlan Abenov','Abenov'],['heads a Kazakh cultural association in Calgary'],'Canada',[],note='invented'),
 sp(GAC,'organisation',['Global Affairs Canada'],[],'Canada',['the department']),
 sp('Mélanie Joly','person',['Melanie Joly'],['Foreign Affairs Minister'],'Canada',[],note='printed without the accent; words invented'),
 sp('Aisha Ahmadi','person',['Aisha Ahmadi'],['a political scientist at the University of Toronto'],'Canada',['She'],note='invented'),
 sp('Kazatomprom','organisation',['Kazatomprom'],['the state-controlled miner'],'Kazakhstan',['The company']),
 sp('Tom Keogh','person',['Tom Keogh','Keogh'],['Swan River Securities resources analyst'],'Australia',['he'],['Mr Keogh'],note='invented; firm invented'),
 sp('Brett Hollins','person',['Brett Hollins'],['Mulga Energy managing director'],'Australia',['he'],note='invented; company invented'),
 sp('Keith Pitt','person',['Keith Pitt'],['Resources Minister'],'Australia',note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance','The alliance']),
 sp('Ryan Goh','person',['Ryan Goh','Goh'],['a business student on a semester exchange'],'Singapore',['he'],["Ryan Goh's"],note='invented'),
 sp(SGMFA,'organisation',["Singapore's Ministry of Foreign Affairs",'MFA'],[],'Singapore',[]),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel-General','commander'],'Russia',[]),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',[],note='words invented'),
 sp('Lunga Ngwenya','person',['Lunga Ngwenya','Ngwenya'],['Department of International Relations and Cooperation spokesperson'],'South Africa',[],note='invented spokesperson'),
 sp('Themba Mahlangu','person',['Themba Mahlangu'],['a senior researcher at the Pretoria-based Institute for Strategic Futures'],'South Africa',[],['Dr Themba Mahlangu'],note='invented; institute invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister'],'Russia',[],note='printed "Sergei"; canonical from earlier sets'),
 sp('Sarah Whitcombe','person',['Sarah Whitcombe','Whitcombe'],['A former Kaikorai Valley College teacher'],'New Zealand',['she'],['Ms Whitcombe'],note='invented'),
 sp('Anya Petrenko','person',['Anya Petrenko','Petrenko'],['University of Otago politics lecturer'],'New Zealand',['she'],['Dr Anya Petrenko','Dr Petrenko'],note='invented'),
 sp(MFAT,'organisation',['Ministry of Foreign Affairs and Trade','MFAT'],[],'New Zealand',['A Ministry of Foreign Affairs and Trade spokesman']),
 sp('Aliya Nurpeisova','person',['Aliya Nurpeisova','Nurpeisova'],['a graduate student at George Mason University'],'United States',['she'],note='invented'),
 sp('Timur Sadykov','person',['Timur Sadykov'],['an IT consultant from Gaithersburg'],'United States',[],note='invented'),
 sp(KZEMB,'organisation',['Embassy of Kazakhstan'],[],'Kazakhstan',['The embassy']),
 sp('Ned Price','person',['Ned Price'],['State Department spokesperson'],'United States',[],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',[],['Mr Rau'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',[],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],'Norway',['the Nato chief'],note='words invented'),
 sp('Niamh Quigley','person',['Niamh Quigley','Quigley'],["a lecturer in international security at Queen's University Belfast"],'United Kingdom',['She'],['Dr Quigley'],note='invented'),
 sp('Simon Coveney','person',['Simon Coveney'],['Foreign Affairs Minister'],'Ireland',[],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
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
