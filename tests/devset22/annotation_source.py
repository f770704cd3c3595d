#!/usr/bin/env python3
"""Source of the devset22 annotation: the hand-chosen spans, values and dates for 269-276.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset22/annotation_source.py && python3 tests/devset22/verify.py
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
    """headline: exact headline text (a whole line or part of one); first: a unique string on the first_line line."""
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    assert headline in T[f],(f,headline)
    for b in boiler: assert b in L,(f,b)
    fl=L[ln(p,first)-1]
    secs=[]
    for h in sections:
        hl=ln(p,h); nxt=L[hl] if L[hl].strip() else L[hl+1]
        secs.append({"heading":L[hl-1],"line":hl,"first_line":cut80(nxt)})
    A.append(dict(doc=f,index=index,headline=headline,first_line=cut80(fl),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MOH='Kazakh Ministry of Health'; SER='Andrei Serdyukov'; KZMFA='Kazakh Foreign Ministry'; SAMFA='Saudi Foreign Ministry'
MA='Miriam Achterberg'; BLK='Antony Blinken'; TIL='Mukhtar Tileuberdi'

# ---------------- 269 Sky News-style piece with an embedded tweet (Friday 7 January 2022)
art('269',0,"Kazakhstan: President authorises troops to 'fire without warning' as death toll rises",
    'At least 18 members of the security forces have been killed in the unrest','Sky News','2022-01-07',['Dominic Harcourt'],None,
    ['Sky News','Home | UK | World | Politics | US | Climate | Science & Tech | Business | Ukraine','Foreign affairs reporter @domharcourtsky',
     'Friday 7 January 2022 14:52, UK','Why you can trust Sky News','2,314 Retweets   8,905 Likes',
     'Click to subscribe to the Sky News Daily wherever you get your podcasts','Share this with Facebook Twitter Whatsapp Email','© 2022 Sky UK'])
q('269','I have given the order to the police and the army to shoot without warning,',TOK,'he','said',note='"he" = Tokayev, named in the paragraph before')
q('269','What talks can there be with people who burn hospitals and kill policemen?',TOK,'Mr Tokayev','adding',note='cue "adding:" with a colon before the quote; the sentence subject is "Mr Tokayev"')
q('269','some real questions',BLK,'Antony Blinken','said',partial=True)
q('269','for as long as the Kazakh side requires',RDM,"Russia's defence ministry",'said',partial=True,note='closing mark followed by "." outside')
q('269','Within a day of the request, Russian paratroopers were on the ground in Almaty,','Ellie Prentice','she','said',note='quote split by an interposed "she said."; invented correspondent')
q('269','That tells you the plans were already on the shelf.','Ellie Prentice','she','said',note='second half of the split quote')
q('269','We hear shooting every night. Nobody goes out after dark, and the internet comes and goes.',None,'A resident of the city','told',note='anonymous resident ("told Sky News:")')
c('269','killed',18,'at least','members of the security forces killed','officials','At least 18 members of the security forces have been killed',note='in the dek (first_line); repeated in the body as "Eighteen"')
c('269','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('269','detained',3000,None,'people detained since the protests began',MIA,'3,000 people had been detained')
c('269','killed',18,None,'police officers and National Guard troops killed',MIA,'Eighteen police officers and National Guard troops had died',note='written-out number; "it added" = the interior ministry')
c('269','injured',748,None,'security-force members in hospital',MIA,'748 were in hospital',note='"in hospital" read as injured')
c('269','troops_deployed',2500,'about','CSTO troops in Kazakhstan',CSTO,'About 2,500 troops from the Collective Security Treaty Organisation')
c('269','aircraft',70,'more than','transport planes used to fly the CSTO troops in',RDM,'more than 70 transport planes')
e('269','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('269','2022-01-02','protest',None,[],'since the protests began on Sunday',note='Sunday before Friday 7 Jan')
e('269','2022-01-07','statement','Washington',[BLK],'Speaking to reporters in Washington on Friday')
e('269','2022-01-06','talks',None,[BLK,TIL],'after a call with his Kazakh counterpart on Thursday',note='the embedded tweet (not quoted: no marks) is stamped Jan 6, 2022')
e('269',None,'troop_deployment','Kazakhstan',[CSTO],'are now in the country',note='undated arrival')
e('269','2022-01-05','protest','Almaty',[],'which protesters stormed on Wednesday')
e('269','2022-01-06','other','Almaty',[],"was retaken by security forces the day before the president's speech",note='"the day before" the Friday speech = Thursday 6 Jan')

# ---------------- 270 RIA Novosti English item (08.01.2022, a Saturday)
art('270',0,'CSTO Peacekeepers Take Almaty Airport Under Protection – Serdyukov','MOSCOW, January 8 – RIA Novosti. Units','RIA Novosti','2022-01-08',[],'MOSCOW',
    ['RIA NOVOSTI','RUSSIA | WORLD | ECONOMY | SCIENCE | MULTIMEDIA','ENGLISH | РУССКИЙ','19:24 08.01.2022 (updated: 19:51 08.01.2022)',
     '© RIA Novosti / Russian Defence Ministry','Russian peacekeepers board an Il-76 aircraft at the Chkalovsky airfield','Subscribe',
     'Add to favourites','Comments (0)','Subscribe to RIA Novosti on Telegram','© 2022 MIA «Rossiya Segodnya»'])
q('270','The airport is operating under the control of the Kazakh side and our servicemen. No incidents have been recorded,',SER,'Serdyukov','told',note='"Serdyukov told journalists"')
q('270','The situation in the city is gradually stabilising,',SER,'the commander','said',note='inverted cue "said the commander"')
q('270','is limited in time and in its tasks','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True)
q('270','as soon as the Kazakh leadership considers it necessary','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','told',partial=True,note='second partial in the same sentence ("and that the troops would leave “…”")')
q('270','The Kazakh side informed the Russian President about the measures being taken to restore order,','Kremlin','the Kremlin','said in a statement')
c('270','troops_deployed',2030,None,'servicemen in the CSTO peacekeeping contingent',RDM,'the peacekeeping contingent numbers 2,030 servicemen',note='"about 250 units of equipment" and "more than 70 flights" (flights, not aircraft) are not claims')
c('270','detained',4404,None,'people detained across Kazakhstan',MIA,'4,404 people had been detained')
c('270','killed',26,None,'rioters killed in clashes',MIA,'Another 26 rioters were killed')
e('270','2022-01-08','statement','Almaty',[SER],'the commander of the contingent, Colonel General Andrey Serdyukov, said on Saturday')
e('270','2022-01-08','statement',None,['Dmitry Peskov'],'Earlier on Saturday, Kremlin spokesman Dmitry Peskov')
e('270','2022-01-08','talks',None,['Vladimir Putin',TOK],'held a telephone conversation with Kassym-Jomart Tokayev on Saturday')
e('270','2022-01-08','statement',None,['Kazakh National Security Committee'],'announced the same day')
e('270','2022-01-06','arrest',None,['Karim Masimov'],'had been detained on Thursday on suspicion of high treason',note='Thursday before Saturday 8 Jan')
e('270','2022-01-02','protest','Mangistau',[],'Protests in Kazakhstan began on January 2')

# ---------------- 271 university press release with an expert comment (11 January 2022, a Tuesday)
art('271',0,'Expert comment: CSTO withdrawal is "a test of Moscow\'s word", says Westbridge political scientist',
    "As Kazakhstan's President Kassym-Jomart Tokayev announced today",'University of Westbridge','2022-01-11',[],None,
    ['University of Westbridge','Study | Research | About | News and events','News and events › Press releases › 2022','Published: 11 January 2022',
     'Media contact: Press Office, press@westbridge.ac.uk, +44 (0)1632 960 417','Share: Twitter | LinkedIn | Facebook | Email','ENDS','Notes to editors',
     'Keywords: Kazakhstan, Russia, CSTO, Politics and International Studies','Back to press releases'])
q('271',"a test of Moscow's word",MA,'Westbridge political scientist','says',partial=True,zone='headline',note='headline quote followed by ", says …"')
q('271','The announcement that the CSTO mission will begin pulling out on Thursday and finish within ten days matters a great deal. Moscow presented this as a short, technical operation, and now it has to prove that.',
  MA,'Dr Miriam Achterberg','comments',malformed=True,note='conventional multi-paragraph style: the paragraph is left open (no closing mark) and the next paragraph re-opens with “; introduced by "comments:" at the end of the previous paragraph')
q('271',"Roughly 2,000 of the peacekeepers are Russian, and plenty of observers expected some of them to stay on. If they leave on schedule, it strengthens Tokayev's claim that he is his own man.",
  MA,'Dr Miriam Achterberg',None,note='second paragraph of the comment; properly closed; no cue in its own paragraph')
q('271','has completed its main task',TOK,'Mr Tokayev','said',partial=True)
q('271','owes the Kremlin after this',MA,'she','argued',partial=True)
q('271',"Yesterday in Geneva, Russia's diplomats were insisting on security guarantees from the West,",MA,'she','said',note='split quote, interposed "she said."')
q('271','Kazakhstan showed the world that Moscow can move troops across a continent in a day. Nobody at those talks missed that.',MA,'she','said')
q('271','the first real test',MA,'Dr Achterberg','added',partial=True)
c('271','troops_deployed',2000,'about','Russian troops among the CSTO peacekeepers',MA,'Roughly 2,000 of the peacekeepers are Russian',note='inside the expert\'s quote; "Roughly" → about')
c('271','detained',8000,'almost','people detained during the unrest','Kazakh authorities','nearly 8,000 people were detained')
c('271','killed',160,'more than','deaths in the unrest',MOH,'more than 160 deaths',note='the government later said the figure was being checked')
e('271','2022-01-11','statement','Nur-Sultan',[TOK],'announced today that the Russian-led force')
e('271','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin pulling out on Thursday',note='"in two days" / "on Thursday" from Tuesday 11 Jan')
e('271','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'He also named Alikhan Smailov as prime minister',note='same speech as "today"')
e('271',None,'government_resignation',None,[],'since the government resigned last week',note='"last week" is not a day (real: 5 Jan)')
e('271','2022-01-10','talks','Geneva',['Russia','United States'],'Yesterday in Geneva',note='"Yesterday" inside the quote, resolved from the release date')
e('271','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council meeting in Brussels on Wednesday')

# ---------------- 272 Wikipedia talk page (signed comments 9-11 January 2022; no single publication date)
art('272',0,'Talk:2022 Kazakh unrest','The infobox says 164 killed.','Wikipedia',None,[],None,
    ['From Wikipedia, the free encyclopedia','Article  Talk    Read  Edit  Add topic  View history',
     'This is the talk page for discussing improvements to the 2022 Kazakh unrest article.',
     "This is not a forum for general discussion of the article's subject.",'Please sign your posts by typing four tildes (~~~~).','Contents',
     'Last edited on 11 January 2022, at 14:05 (UTC).','Content is available under CC BY-SA 3.0 unless otherwise noted.',
     'Privacy policy  About Wikipedia  Disclaimers  Contact Wikipedia  Mobile view'],
    sections=('== Death toll in the infobox ==','== Number of CSTO troops ==','== "Shoot without warning" in the lead =='))
q('272','was published in error',KZMFA,'The Foreign Ministry','said',partial=True)
q('272','we go with the latest official figure and footnote the rest','Steppenwolf_KZ','I','said',partial=True,note='an editor quoting his own earlier position ("As I said above"); the speaker is the signing user')
q('272','no more than needed for the tasks set','Stanislav Zas','the CSTO secretary general Stanislav Zas','told',partial=True)
q('272','Shoot without warning',TOK,None,None,n=2,partial=True,zone='headline',note='section heading (2nd occurrence; the 1st is the Contents list, furniture, not recorded). Tokayev\'s phrase, no cue')
q('272','to open fire without warning',TOK,'Tokayev','said',partial=True)
c('272','killed',164,None,'deaths in the unrest (retracted figure)',MOH,'The infobox says 164 killed',note='state TV citing the health ministry; "the 164 figure" in the reply is a reference to the same number, not recorded')
c('272','detained',9900,None,'people detained',MIA,"the interior ministry's own figure of 9,900 detained")
c('272','troops_deployed',2500,None,'CSTO troops (infobox figure)',None,'The infobox lists 2,500 troops',note='the editor\'s proposal "about 2,500" (in double marks, a wording suggestion) is not a separate claim and not a quote')
c('272','troops_deployed',2030,None,'servicemen in the whole CSTO contingent',RDM,'gave 2,030 servicemen',note='"Use 2,030 and cite the ministry" repeats it as a proposal; not recorded')
e('272','2022-01-09','casualty_report',None,[MOH],'a state TV report on Sunday',note='relative day resolved from the comment\'s own signature (11 January 2022)')
e('272','2022-01-10','statement',None,[KZMFA],'The Foreign Ministry said on Monday',note='from the signature date 11 January')
e('272','2022-01-11','statement',None,[TOK],'Tokayev said today that the withdrawal',note='"today" = signature date 11 January')
e('272','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal starts in two days',note='two days after 11 January')
e('272','2022-01-07','statement',None,[TOK],'Tokayev said on Friday that he had authorised',note='Friday before the signature date 10 January')

# ---------------- 273 Straits Times item with Reuters credit (Jan 13, 2022, a Thursday)
art('273',0,'Russia sees no grounds for new talks soon as OSCE meeting ends; first CSTO troops leave Kazakhstan','VIENNA/MOSCOW (REUTERS) - Russia said',
    'The Straits Times','2022-01-13',[],'VIENNA/MOSCOW',
    ['THE STRAITS TIMES','SUBSCRIBE   LOG IN','Singapore | Asia | World | Opinion | Life | Business | Tech | Sport','World | Europe',
     'Published Jan 13, 2022, 10:41 PM SGT','Updated Jan 14, 2022, 12:05 AM SGT','FacebookWhatsappTwitterEmailLinkedIn','REUTERS',
     "Join ST's Telegram channel here and get the latest breaking news delivered to you.",'Read 3 articles and stand to win rewards','Spin the wheel now',
     'Copyright © 2022 SPH Media Limited. Co. Regn. No. 202120748H. All rights reserved.'])
q('273','At the moment I do not see grounds to sit down again in a few days and start the same discussions over again,','Sergey Ryabkov','Deputy Foreign Minister Sergei Ryabkov','told')
q('273','We are facing the most serious risk to security in Europe in three decades,','Zbigniew Rau','Mr Rau','told',note='"three decades" is not a claim')
q('273','a serious and constructive response','Alexander Lukashevich','Alexander Lukashevich','said',partial=True)
q('273','extremely dangerous','Alexander Lukashevich','Alexander Lukashevich','warned',partial=True,note='two-word evaluative partial with a speech verb (gold rule 2)')
q('273','not to trade away the sovereignty of other nations','Michael Carpenter','Michael Carpenter','said',partial=True)
q('273','Our mission has been fulfilled,',SER,'Colonel-General Andrei Serdyukov','told',note='inverted "…," NAME, the commander of the force, told the soldiers, according to a ministry video')
c('273','troops_deployed',100000,'about','Russian troops near Ukraine\'s border','United States','around 100,000 troops near Ukraine',note='"Washington has said"')
c('273','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'the roughly 2,000 troops it sent')
c('273','killed',50,'more than','people killed in the Kazakh unrest','Kazakh authorities','more than 50 people were killed')
c('273','killed',18,None,'members of the security forces killed','Kazakh authorities','including 18 members of the security forces',note='subset of the 50+, but a distinct category (security forces), kept as in other sets')
e('273','2022-01-13','statement',None,['Sergey Ryabkov'],'Russia said on Thursday (Jan 13)')
e('273',None,'talks','Vienna',['OSCE','Russia','Zbigniew Rau'],'opened the session with a warning',note='no day word in the sentence; the headline and the lead place it on Thursday 13 Jan')
e('273','2022-01-13','statement','Vienna',['Michael Carpenter'],'said on Thursday that Washington and its allies')
e('273','2022-01-12','talks','Brussels',['NATO','Russia'],'the Nato-Russia Council in Brussels on Wednesday')
e('273','2022-01-10','talks','Geneva',['United States','Russia'],'the US-Russia talks in Geneva on Monday')
e('273',None,'withdrawal','Kazakhstan',[CSTO],'began withdrawing the roughly',note='"meanwhile", no day word (headline: first troops leave; real 13 Jan)')
e('273',None,'troop_deployment','Kazakhstan',[CSTO],'it sent to the country last week',note='"last week" is not a day')
e('273',None,'other','Almaty',[SER],'A ceremony was held in Almaty',note='undated farewell ceremony')

# ---------------- 274 Al Arabiya English item (12 January 2022, a Wednesday)
art('274',0,'Saudi Arabia, Qatar welcome calm in Kazakhstan as Tokayev names new government','Saudi Arabia welcomed on Wednesday the',
    'Al Arabiya English','2022-01-12',[],None,
    ['Al Arabiya English','Gulf | Middle East | World | Business | Life & Style | Sports | Videos','World','Published: 12 January 2022 ,17:35 KSA',
     'Updated: 12 January 2022 ,18:10 KSA','Font size: A A A','Read more:','Last Update: 18:10 KSA 15:10 GMT','Follow Al Arabiya English on Twitter and Facebook'])
q('274','return of security and stability',SAMFA,'Saudi Arabia','welcomed',partial=True,note='the country as subject; the ministry is named in the next sentence')
q('274','the friendly people of Kazakhstan',SAMFA,"the Kingdom's Ministry of Foreign Affairs",'said',partial=True)
q('274','all measures taken by its government to protect lives and property.',SAMFA,"the Kingdom's Ministry of Foreign Affairs",'said',partial=True,note='full stop inside the closing mark')
q('274','The State of Qatar hopes that the brotherly Kazakh people will overcome this ordeal through dialogue.','Majed al-Ansari','Majed al-Ansari','told',note='"its spokesperson Majed al-Ansari told reporters in Doha:"; words invented')
q('274','The main mission of the peacekeepers has been successfully completed,',TOK,'the Kazakh leader','said')
q('274','will take no longer than ten days.',TOK,'He','added',partial=True)
q('274','layer of wealthy people',TOK,'Tokayev','saying',partial=True,note='evaluative wording with a speech verb, kept as partial')
c('274','troops_deployed',2000,'more than','CSTO soldiers deployed to Kazakhstan',None,'The alliance deployed more than 2,000 soldiers')
c('274','detained',9900,None,'people detained by Tuesday',MIA,'9,900 people had been detained by Tuesday')
c('274','killed',164,None,'deaths in the violence',MOH,'164 people died in the violence',note='later described as unverified')
e('274','2022-01-12','statement',None,[SAMFA],'Saudi Arabia welcomed on Wednesday')
e('274','2022-01-11','statement','Doha',['Qatari Foreign Ministry','Majed al-Ansari'],'expressed its relief at the improved situation a day earlier',note='"a day earlier" than Wednesday 12 Jan')
e('274','2022-01-11','statement','Nur-Sultan',[TOK],'On Tuesday, President Kassym-Jomart Tokayev told parliament')
e('274','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing its troops from Thursday')
e('274','2022-01-05','other',None,[TOK,CSTO],'after Tokayev asked for help on January 5',note='request for CSTO help')
e('274',None,'statement','Nur-Sultan',['Saudi embassy in Nur-Sultan'],'the Saudi embassy in Nur-Sultan said last week',note='"last week" is not a day')

# ---------------- 275 Azattyq (RFE/RL Kazakh Service) TV script (12.01.2022, a Wednesday)
art('275',0,'Relatives Search For Detainees Outside Almaty Police Stations','Families in Almaty are still searching','RFE/RL','2022-01-12',['Aigerim Tulegenova'],None,
    ['RFE/RL | Azattyq (Kazakh Service)','TV NEWS SCRIPT -- FOR BROADCAST AND WEB','SLUG: KZ-DETAINEES-RELATIVES','DATE: 12.01.2022','DURATION: 2\'40"',
     'REPORTER: Aigerim Tulegenova (Almaty)','CAMERA: Daniyar Ospanov','EDITOR: Mark Hollis (Prague)','LANGUAGE OF SOUNDBITES: Russian, Kazakh (English translation below)',
     'RIGHTS: RFE/RL only. No access Kazakhstan state TV.','ANCHOR INTRO:','VOICE-OVER:','END OF SCRIPT',
     'Contact: azattyq.desk@rferl.org | Web version: azattyq.org/a/31650412.html'])
q('275','My son went out to buy bread on Wednesday evening and did not come back. On Friday a neighbour saw him in a police van. Since then, nothing.',
  'Gulnara Sadykova','Gulnara Sadykova',None,note='soundbite: the speaker is given only by the label line "SOUNDBITE (Russian), NAME, mother of a detainee:"; cue null')
q('275','did not commit violence',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q('275','They told us he is a terrorist. He is a driver, he has two children. What kind of terrorist?','Bakhyt Ermekova','Ermekova','said',note='soundbite label plus a cue after the quote')
q('275','According to the people in this queue, at least three of the detainees from this street were taken on the same night, and none of them has been charged yet.',
  'Aigerim Tulegenova','Aigerim Tulegenova',None,note='reporter\'s stand-up in marks; speaker from the label "STAND-UP, NAME, Almaty:"')
c('275','detained',10000,'about','people detained across Kazakhstan since January 4',MIA,'about 10,000 people had been detained across the country')
c('275','detained',3,'at least','detainees taken from one street on the same night','relatives of detainees','at least three of the detainees from this street',note='inside the reporter\'s stand-up quote; a local count, kept like gold 001\'s "two of his deputies"')
e('275','2022-01-11','statement',None,[MIA],"Kazakhstan's Interior Ministry said on Tuesday")
e('275','2022-01-11','statement',None,[TOK],'said on Tuesday that those who')
e('275','2022-01-13','withdrawal','Kazakhstan',[CSTO],'expected to leave Kazakhstan tomorrow')
e('275','2022-01-05','arrest','Almaty',[],'My son went out to buy bread on Wednesday evening',note='said on Wednesday 12 Jan in the past tense, so the Wednesday before (5 Jan); the detention itself is known only from Friday 7 Jan')
e('275',None,'protest','Almaty',[],"detained during last week's unrest",note='"last week" is not a day')

# ---------------- 276 Kazakh embassy (London) statement on its website (10 January 2022, a Monday)
art('276',0,'Statement by the Embassy on the situation in Kazakhstan','The Embassy of the Republic of Kazakhstan in London informs',
    'Embassy of the Republic of Kazakhstan in the United Kingdom of Great Britain and Northern Ireland','2022-01-10',[],None,
    ['Embassy of the Republic of Kazakhstan in the United Kingdom of Great Britain and Northern Ireland','Home  About Kazakhstan  Consular Issues  Press Service  Contacts',
     'Қаз | Рус | Eng','Press Service › Press Releases','10 January 2022, 11:30','Views: 1 208','Hotline of the Ministry of Foreign Affairs: +7 7172 72 05 18',
     'E-mail: london@mfa.kz','Share: Facebook  Twitter  Telegram  WhatsApp','Print version','© 2022 Embassy of the Republic of Kazakhstan in the UK. All rights reserved.'])
q('276','constitutional order has been largely restored in all regions',TOK,'President Kassym-Jomart Tokayev','stressed',partial=True)
q('276','the CSTO forces arrived for a short period and will not take part in operations against citizens.',TOK,'the Head of State','emphasised',note='"As the Head of State emphasised, “…”" (title only, British spelling of the cue); full stop inside the mark')
q('276','an attempt to undermine the sovereignty and integrity of the state',TIL,'Minister of Foreign Affairs Mukhtar Tileuberdi','said',partial=True)
q('276','the safety of foreign citizens and diplomatic missions is guaranteed',TIL,'He','assured',partial=True)
c('276','troops_deployed',2030,None,'CSTO peacekeepers who arrived in Kazakhstan',None,'numbering 2,030 servicemen',note='the embassy\'s own statement; no source named')
c('276','detained',7939,None,'people detained as of 10 January',MIA,'7,939 people had been detained as of 10 January')
c('276','killed',16,None,'law enforcement officers killed',None,'Sixteen law enforcement officers were killed in the line of duty',note='written-out; the "According to the Ministry" of the previous sentence is not carried over')
e('276','2022-01-07','statement',None,[TOK],'In his address to the nation on 7 January')
e('276','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in the country on 6-7 January',note='range → first day')
e('276','2022-01-10','talks',None,[TOK,CSTO],'Today the Head of State takes part in an extraordinary online session',note='CSTO Collective Security Council video session')
e('276','2022-01-11','appointment','Nur-Sultan',[TOK],'Tomorrow, President Tokayev is to present the candidacy',note='planned; the Mazhilis vote on the new prime minister')
e('276','2022-01-09','other',None,[TIL],'during a briefing for foreign diplomats on Sunday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','the Head of State'],'Kazakhstan',['he','He','the Kazakh leader','the Head of State'],["Tokayev's"],note='words paraphrased or invented'),
 sp(BLK,'person',['Antony Blinken'],['The secretary of state'],'United States',[],['@SecBlinken'],note='tweet text invented'),
 sp(RDM,'organisation',["Russia's defence ministry",'Russian Defence Ministry','Russian defence ministry'],[],'Russia'),
 sp('Ellie Prentice','person',['Ellie Prentice'],["Sky's Moscow correspondent"],'United Kingdom',['she'],note='invented'),
 sp(SER,'person',['Andrey Serdyukov','Andrei Serdyukov','Serdyukov'],['Colonel General','Colonel-General','the commander of the contingent'],'Russia',['the commander']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Kremlin','organisation',['Kremlin'],[],'Russia',['the Kremlin','the Kremlin press service']),
 sp(MA,'person',['Miriam Achterberg','Achterberg'],['Senior Lecturer in Post-Soviet Politics at the University of Westbridge'],'United Kingdom',['she','Westbridge political scientist'],['Dr Miriam Achterberg','Dr Achterberg'],note='invented'),
 sp(KZMFA,'organisation',['Foreign Ministry'],[],'Kazakhstan',['The Foreign Ministry']),
 sp('Steppenwolf_KZ','person',['Steppenwolf_KZ'],[],None,['I'],note='invented Wikipedia user name'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['the CSTO secretary general'],None),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Deputy Foreign Minister'],'Russia',['He']),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's Foreign Minister"],'Poland',[],['Mr Rau']),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['The US ambassador to the OSCE'],'United States'),
 sp(SAMFA,'organisation',["Kingdom's Ministry of Foreign Affairs"],[],'Saudi Arabia',['Saudi Arabia',"the Kingdom's Ministry of Foreign Affairs"]),
 sp('Majed al-Ansari','person',['Majed al-Ansari'],['spokesperson'],'Qatar',note='words invented'),
 sp('Gulnara Sadykova','person',['Gulnara Sadykova'],['mother of a detainee'],'Kazakhstan',note='invented'),
 sp('Bakhyt Ermekova','person',['Bakhyt Ermekova','Ermekova'],['sister of a detainee'],'Kazakhstan',note='invented'),
 sp('Aigerim Tulegenova','person',['Aigerim Tulegenova'],['REPORTER'],'Kazakhstan',note='invented reporter; quoted in her stand-up'),
 sp(TIL,'person',['Mukhtar Tileuberdi','Tileuberdi'],['Minister of Foreign Affairs','Kazakh FM'],'Kazakhstan',['He']),
 sp(MIA,'organisation',['Interior Ministry','interior ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='not quoted in this set'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the 160+/164 death figures in 3 files'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',[],[],quoted=False,note='only in 270; kept because earlier sets list him'),
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
