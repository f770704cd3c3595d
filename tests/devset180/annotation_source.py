#!/usr/bin/env python3
"""Source of the devset180 annotation: the hand-chosen spans, values and dates for 1533-1540.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset180/annotation_source.py && python3 tests/devset180/verify.py
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

# ---------------- 1533 Eurovista News (Euronews-style) page with a cookie-consent banner (Updated: 11/01/2022 - 18:42, Tuesday)
P='1533'
art(P,0,ln(P,'Kazakhstan: CSTO troops to start leaving in two days, Tokayev says'),ln(P,"Kazakhstan's President Kassym-Jomart Tokayev said on Tuesday"),
    'Eurovista News','2022-01-11',['Clara Dumont'],None,
    ['We value your privacy','ACCEPT ALL    MORE OPTIONS','Skip to main content','Share this article','Comments',
     'Read more | Who are the CSTO troops in Kazakhstan and why were they sent?','Video. Tokayev addresses parliament',
     'More aboutKazakhstanCSTORussiaProtests','Most viewed','Copyright © Eurovista News 2022'])
q(P,'main mission',TOK,'Kassym-Jomart Tokayev','declaring',partial=True,note='two-word evaluative partial; the clause hangs on "Tokayev said"')
q(P,'The main task of the peacekeepers has been fulfilled. The situation is stable across the country,',TOK,'he','told')
q(P,'very rich',TOK,'The president','saying',partial=True)
q(P,'even by international standards',TOK,'The president','saying',partial=True,note='second partial in the same clause')
q(P,'People are afraid to go out after dark, even now,','Dana Sarsenova','Dana Sarsenova','said',note='inverted cue "said Dana Sarsenova, a 34-year-old pharmacist"; age is not a claim')
q(P,'We hear that the soldiers will leave, but who will stay?','Dana Sarsenova','Dana Sarsenova','said',note='second half of a quote split by the interposed attribution')
q(P,'exactly as long as needed','Dmitry Peskov','Dmitry Peskov','told',partial=True,note='"Vladimir Putin\'s spokesman" sits between name and cue: nearest-name trap (Putin)')
q(P,'the use of force against peaceful demonstrators','Josep Borrell','Josep Borrell','warned',partial=True)
c(P,'troops_deployed',2030,'about','CSTO troops deployed to Kazakhstan',None,'The alliance deployed about 2,030 troops')
c(P,'killed',164,None,'people killed in the unrest',None,'said 164 people had been killed',note='"Official figures"; the health ministry later withdrew the number as a "technical error"')
c(P,'detained',9900,None,'people detained',MIA,'9,900 people had been detained')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'Addressing lawmakers in a session broadcast live')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin pulling out in two days',note='"in two days" from the Tuesday 11 January stamp')
e(P,'2022-01-05','other',None,[TOK,CSTO],'Tokayev appealed for help on 5 January',note='appeal to the CSTO')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'The alliance deployed about 2,030 troops',note='no date given for the deployment itself (real 2022-01-06)')
e(P,None,'protest','Zhanaozen',[],'protests that started over a rise in fuel prices',note='start not dated in the text (real 2022-01-02)')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'Tokayev named Alikhan Smailov')
e(P,None,'casualty_report',None,[],'Official figures published over the weekend',note='"over the weekend" left unresolved (8-9 January)')
e(P,'2022-01-11','arrest',None,[MIA],'The Interior Ministry said on Tuesday')
e(P,None,'statement','Moscow',['Dmitry Peskov'],'Dmitry Peskov, Vladimir Putin\'s spokesman, told reporters',note='no day word')

# ---------------- 1534 The Gulf Chronicle (UAE daily) with a "Follow us on Google News" prompt (Published: January 08, 2022 17:32, Saturday)
P='1534'
art(P,0,ln(P,'UAE embassy urges citizens in Kazakhstan to stay indoors as Almaty calms'),ln(P,'Dubai: The UAE Embassy in Nur-Sultan'),
    'The Gulf Chronicle','2022-01-08',[],'Dubai',
    ['Follow us on Google News. Click the star to add us to your favourites.','Staff Report, with inputs from agencies',
     'Russian paratroopers arrive at an airfield outside Almaty on Friday.  Image Credit: AFP/Russian Defence Ministry',
     'ALSO READ','Kazakhstan: Tokayev orders troops to shoot without warning','Sign up for our newsletter','Enter your email   SUBSCRIBE',
     'Related Stories','Tags','© 2022 The Gulf Chronicle. All rights reserved. Dubai Media Zone, Building 7.'])
q(P,'We call on all citizens to adhere to the instructions of the local authorities and to contact the embassy in case of emergency,','UAE Embassy in Nur-Sultan','the embassy','said')
q(P,'On Wednesday night we heard shooting for hours. Today it is quiet, but the streets are empty,','Mohammed Al Hashimi','he','said')
q(P,'What negotiations can there be with criminals and murderers?',TOK,'he','asked',note='cue after the quote in the same sentence; antecedent in the preceding sentence')
c(P,'detained',4404,None,'people detained so far',MIA,'4,404 people had been detained so far')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh state television','26 "armed criminals" had been killed')
c(P,'killed',18,None,'members of the security forces who died','Kazakh state television','18 members of the security forces had died',note='"two of them found beheaded" is a subset and not recorded')
c(P,'aircraft',70,'more than','aircraft ferrying Russian troops','Russian Defence Ministry','more than 70 aircraft were ferrying troops')
e(P,'2022-01-08','statement',None,['UAE Embassy in Nur-Sultan'],'the embassy said in a post on Saturday')
e(P,'2022-01-07','statement',None,['Flydubai','Air Arabia'],'Flydubai and Air Arabia said on Friday',note='flights to Almaty suspended')
e(P,'2022-01-08','arrest',None,[MIA],"Kazakhstan's Interior Ministry said on Saturday")
e(P,None,'casualty_report',None,['Kazakh state television'],'State television reported',note='no day word (likely 2022-01-08)')
e(P,None,'troop_deployment','Kazakhstan',['Russian Defence Ministry'],'more than 70 aircraft were ferrying troops')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address on Friday')

# ---------------- 1535 Bosphorus Daily (Turkish English daily) with RELATED blocks (JAN 11, 2022 - 8:47 PM GMT+3, Tuesday)
P='1535'
art(P,0,ln(P,'Erdoğan pledges support to Tokayev as Turkic states hold emergency video summit'),ln(P,'President Recep Tayyip Erdoğan on Tuesday said'),
    'Bosphorus Daily','2022-01-11',[],'ISTANBUL',
    ['Search    Newsletter    E-Paper','BOSPHORUS DAILY WITH AGENCIES','0 Comments','RELATED','Turkish Airlines suspends Almaty flights amid unrest',
     'Source: BOSPHORUS DAILY WITH AGENCIES','KEYWORDS','RELATED NEWS','Log in to comment. Comments are the responsibility of their authors.','MOST READ',
     '© Bosphorus Daily 2022. All rights reserved.'])
q(P,'brotherly Kazakhstan','Recep Tayyip Erdoğan','President Recep Tayyip Erdoğan','said',partial=True)
q(P,'great sorrow','Recep Tayyip Erdoğan','Erdoğan','said',partial=True)
q(P,'We are ready to share our experience and to provide every kind of support that Kazakhstan may need. Stability in Kazakhstan is the stability of the whole Turkic world,','Recep Tayyip Erdoğan','Erdoğan','said')
q(P,'well-trained terrorist groups',TOK,'He','repeated his claim',partial=True)
q(P,'This is a moment for solidarity, not for words alone,','Baghdad Amreyev','he','said',note='the RELATED block (2 lines) sits between Tokayev and this paragraph')
c(P,'troops_deployed',2000,'about','CSTO contingent',TOK,'contingent of some 2,000 troops',note='"some" → about')
c(P,'detained',9900,'more than','people detained since 2 January','Kazakh authorities','more than 9,900 people have been detained')
e(P,'2022-01-11','talks',None,['Organization of Turkic States','Recep Tayyip Erdoğan',TOK,'Shavkat Mirziyoyev','Sadyr Japarov','Ilham Aliyev'],'met by video link',note='extraordinary OTS summit')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start withdrawing on Thursday',note='future Thursday after the Tuesday stamp')
e(P,'2022-01-02','protest','Kazakhstan',[],'since the protests began on Jan. 2')
e(P,'2022-01-09','other','Almaty',['Turkish Foreign Ministry'],'evacuated from Almaty on a special flight on Sunday',note='evacuation; 72 citizens not a claim (out of scope)')

# ---------------- 1536 Northern Broadcast News (Canadian broadcaster site) with inline READ MORE links (Posted January 7, 2022 3:15 pm, Friday)
P='1536'
art(P,0,ln(P,'Canadians in Kazakhstan urged to shelter in place as Russian-led troops arrive'),ln(P,'Ottawa is advising Canadians in Kazakhstan'),
    'Northern Broadcast News','2022-01-07',[],None,
    ['By Staff   The Maple Press','Updated January 7, 2022 5:48 pm','3 min read',"Click to play video: 'Kazakhstan president authorizes troops to fire without warning'",
     'READ MORE: Russian-led alliance sends troops to Kazakhstan as unrest spreads','READ MORE: U.S. questions Russian-led deployment to Kazakhstan',
     '© 2022 The Maple Press','Trending Now','Comments closed.','Please see our Commenting Policy for more.','Sign up for our Morning News Newsletter'])
q(P,'Canadians who are in Kazakhstan should follow the instructions of local authorities, monitor local media and keep their travel documents with them,','Marc-André Lavoie','spokesperson Marc-André Lavoie','said in an email',note='inverted cue after the quote')
q(P,'We have not had internet since Wednesday. We are getting news by text message from our families in Canada,',None,'A Calgary-based engineer','said',note='anonymous; the quote\'s own cue is "he said", antecedent in the previous paragraph')
q(P,'deeply concerned','Mélanie Joly','Mélanie Joly','wrote on Twitter',partial=True)
q(P,'a peaceful resolution that respects the rights of the people of Kazakhstan.','Mélanie Joly','Mélanie Joly','called for',partial=True,note='final full stop inside the marks')
q(P,'My aunt has not left her apartment for three days,','Irina Dolgova','Dolgova','said')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed')
c(P,'detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people detained')
c(P,'troops_deployed',2500,'about','troops flown in by Russia and its allies','Russian state media','about 2,500 troops')
e(P,'2022-01-07','statement','Ottawa',['Global Affairs Canada'],'Global Affairs Canada said Friday')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday he had authorized security forces')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'Russia and its allies have flown in',note='no day word')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'due to meet in Geneva on Monday',note='future Monday after the Friday stamp')
e(P,None,'statement',None,['Mélanie Joly'],'wrote on Twitter that she was',note='no day word')

# ---------------- 1537 The Pacific Herald (Japanese English daily) with a SUBSCRIBE NOW prompt mid-article (Jan 13, 2022, Thursday)
P='1537'
art(P,0,ln(P,'Japanese trading houses monitor Kazakh uranium supply as unrest eases'),ln(P,'Japanese trading houses with stakes'),
    'The Pacific Herald','2022-01-13',['Kenji Watanabe'],None,
    ['TOKYO EDITION','BUSINESS / CORPORATE','Staff Writer','SUBSCRIBE NOW',
     'In a time of both rumor and noise, quality journalism is more important than ever. By subscribing, you can help us tell the story right.',
     'KEYWORDS','WITH THE CHALLENGE OF PANDEMIC REPORTING...','PHOTO GALLERY (PHOTOS)','© The Pacific Herald. All rights reserved.'])
q(P,'Our partners have confirmed that the mines continued to operate normally and that there was no disruption to shipments,',None,'a spokesperson for one Tokyo-based trading house','said',note='anonymous company spokesperson')
q(P,'We hope that calm will be restored quickly and that the safety of Japanese nationals is secured,','Hirokazu Matsuno','Matsuno','said')
q(P,'The market reacted within hours, even though not a single pound of production was lost,','Yuko Arakawa','Yuko Arakawa','said',note='inverted cue')
q(P,'It was a reminder that Kazakhstan is a single point of risk.','Yuko Arakawa','Yuko Arakawa','said',note='continuation after the interposed attribution')
c(P,'killed',164,None,'people killed during the unrest','Kazakh officials','164 people were killed during the unrest',note='"a figure that was later disputed"')
c(P,'detained',9900,'more than','people detained','Kazakh officials','more than 9,900 people were detained')
e(P,'2022-01-13','statement','Tokyo',[],'said Thursday that production had not been affected',note='unnamed Japanese trading houses')
e(P,'2022-01-05','protest','Almaty',[],'when protests turned violent in Almaty on Jan. 5')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'said Tuesday that the Russian-led troops')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'took off from Kazakhstan on Thursday afternoon')
e(P,'2022-01-12','statement','Tokyo',['Hirokazu Matsuno'],'told a news conference Wednesday')
e(P,None,'statement',None,['Kazatomprom'],'Kazatomprom said last week',note='"last week" unresolved')

# ---------------- 1538 The Island Mail (Cyprus-style daily) running a wire story, share bar + comment count (January 12, 2022, Wednesday)
P='1538'
art(P,0,ln(P,'NATO tells Russia it will not give up open-door policy'),ln(P,'NATO allies told Russia on Wednesday'),
    'The Island Mail','2022-01-12',[],None,
    ['Search...','Home > World','By Meridian Wire Service','Share','Facebook Twitter Linkedin Email Print',
     'Reporting by Lena Hartmann and Piotr Nowicki; Editing by Alison Greer','Tags','0 Comments','Login','Be the first to comment.','Related Posts',
     'Recommended by','Sponsored | This New Device Makes Any Home Smarter Overnight','© Copyright 2022 The Island Mail. All rights reserved.'])
q(P,'There are significant differences between NATO allies and Russia on these issues. Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat down around the same table,','Jens Stoltenberg','Secretary-General Jens Stoltenberg','told')
q(P,'very dangerous','Alexander Grushko','Grushko','warned',partial=True)
q(P,'If NATO shifts to a policy of containment, we will respond with counter-containment,','Alexander Grushko','he','told')
q(P,'We have seen the swift deployment of Russian troops to Kazakhstan. It is for Kazakhstan to decide, but we expect them to leave,','Jens Stoltenberg','he','said')
q(P,'will not be dragged','Nicos Anastasiades','Anastasiades',None,art=None,partial=True,zone='related',note='"Related Posts" teaser, "Name:" headline convention')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western estimates','around 100,000 troops')
c(P,'troops_deployed',2030,None,'CSTO peacekeeping contingent',CSTO,'contingent of 2,030 personnel')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin','Wendy Sherman'],'NATO allies told Russia on Wednesday',note='NATO-Russia Council')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'two days after U.S. and Russian officials met in Geneva',note='"two days after" the Wednesday meeting')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'followed on Thursday by a meeting')
e(P,'2022-01-12','statement',None,['Alexander Grushko'],'he told a briefing later in the day')
e(P,'2022-01-11','statement',None,[CSTO],'The CSTO said on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing on Thursday')

# ---------------- 1539 The Deccan Observer (Indian daily) with app banner and "Also Read" (Updated: Jan 9, 2022, 06:12 IST, Sunday)
P='1539'
art(P,0,ln(P,'Kazakhstan unrest: Indian students in Almaty safe, says MEA; helpline set up'),ln(P,'NEW DELHI: India is in touch'),
    'The Deccan Observer','2022-01-09',['Arvind Menon'],'NEW DELHI',
    ['Download the app   |   Sign In','News  >  World News  >  Asia News','Share   AA   FOLLOW US   Start a Conversation',
     'Indian students at a university hostel in Almaty. (Photo courtesy: A student / Representative image)',
     'Also Read: Air India has no plan to operate evacuation flights yet, say officials','Also Read','FOLLOW US ON SOCIAL MEDIA','Start a Conversation',
     'Trending Now','Copyright © 2022 The Deccan Observer. All rights reserved.'])
q(P,'Our embassy is in regular contact with the Indian community, including students. There is no report of any Indian national being harmed,','Arindam Bagchi','MEA spokesperson Arindam Bagchi','told')
q(P,'closely following','Arindam Bagchi','Bagchi','said',partial=True)
q(P,'normalise soon','Arindam Bagchi','Bagchi','said',partial=True,note='governed by "hoped", attributed by "Bagchi said"')
q(P,'We were locked inside for three nights. The shooting was very close, and the wardens told us to keep the lights off,','Rahul Nair','Rahul Nair','said',note='inverted cue')
q(P,'fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True)
q(P,'largely been restored','Kazakh Presidential Press Office','His office','said',partial=True)
q(P,'The university has promised to extend the semester. We just want to go home for a while,','Priya Sharma','she','said')
q(P,'as long as necessary','Russia','Russia','says',art=None,partial=True,zone='related',note='"Also Read" teaser')
c(P,'detained',4404,None,'people detained across the country',MIA,'4,404 people had been detained across the country')
e(P,'2022-01-08','statement','New Delhi',['Ministry of External Affairs','Arindam Bagchi'],'the ministry of external affairs (MEA) said on Saturday')
e(P,'2022-01-08','arrest',None,[MIA],"Kazakhstan's interior ministry said on Saturday")
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'guarding strategic facilities since Thursday',note='Thursday before the Sunday stamp')
e(P,'2022-01-07','statement',None,[TOK],'on Friday rejected any talks with protesters')

# ---------------- 1540 The Himalayan Ledger (Nepali English daily) with "Read Other News" (Published at : January 14, 2022, Friday)
P='1540'
art(P,0,ln(P,'Kazakhstan mission is over, CSTO commander says as first troops fly home'),ln(P,'The Russian-led force sent to Kazakhstan last week'),
    'The Himalayan Ledger','2022-01-14',[],None,
    ['Subscribe | E-Paper | Sign in','Ledger Desk','Updated at : January 14, 2022 07:20','Kathmandu',
     'A handover ceremony for CSTO troops in Almaty on Thursday. Post Photo/Courtesy: CSTO press service',
     'Read more: Kathmandu residents in Almaty recall "long nights" during unrest',
     'Our journalism has always been independent of commercial and political influence. Your support helps us stay that way.',
     'SUPPORT US','Read Other News','Most Read from World',"Editor's Picks",'© 2022 The Himalayan Ledger. All rights reserved.'])
q(P,'The mission has been fulfilled in full. The peacekeepers are handing over all protected facilities and are returning home,','Andrei Serdyukov','Serdyukov','said')
q(P,'We have not heard any constructive response to our proposals,','Alexander Lukashevich','Alexander Lukashevich','told',note='quote first, then the name; "Russia\'s envoy" in the previous sentence')
q(P,'greater now than ever before in the last 30 years','Zbigniew Rau','Zbigniew Rau','said',partial=True)
q(P,'no reason','Sergey Ryabkov','Sergei Ryabkov','said',partial=True,note='two-word partial kept (substance of the statement)')
c(P,'other',30,'about','sites guarded by the CSTO force','Andrei Serdyukov','about 30 sites')
c(P,'troops_deployed',2030,None,'CSTO servicemen deployed',CSTO,'2,030 servicemen')
c(P,'other',250,None,'pieces of CSTO equipment',CSTO,'250 pieces of equipment')
c(P,'detained',10000,'more than','detainees',None,'more than 10,000',note='"Official figures"')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving the country on Thursday')
e(P,None,'other','Almaty',[CSTO,'Andrei Serdyukov'],'At a ceremony in Almaty',note='handover ceremony; the caption and the lead say Thursday (2022-01-13) but the sentence has no day word')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'would be finished by January 19',note='planned end of the withdrawal')
e(P,'2022-01-13','talks','Vienna',['OSCE','Alexander Lukashevich'],'the talks there on Thursday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday')
e(P,None,'statement',None,['Zbigniew Rau'],'who chairs the OSCE this year, said',note='no day word')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['he','He','The president'],['kassym-jomart tokayev'],note='words invented/paraphrased'),
 sp('Dana Sarsenova','person',['Dana Sarsenova'],['a 34-year-old pharmacist'],'Kazakhstan',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],["Vladimir Putin's spokesman"],'Russia',note='words invented'),
 sp('Josep Borrell','person',['Josep Borrell'],["The EU's foreign policy chief"],None,note='words invented'),
 sp('UAE Embassy in Nur-Sultan','organisation',['UAE Embassy in Nur-Sultan'],[],'United Arab Emirates',['the embassy'],note='wording invented'),
 sp('Mohammed Al Hashimi','person',['Mohammed Al Hashimi'],['an Emirati businessman'],'United Arab Emirates',['he'],note='invented'),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',[],['recep tayyip erdoğan'],note='words invented'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['OTS Secretary-General'],None,['he'],note='real OTS secretary-general; words invented'),
 sp('Marc-André Lavoie','person',['Marc-André Lavoie'],['spokesperson'],'Canada',note='invented Global Affairs Canada spokesperson'),
 sp('Mélanie Joly','person',['Mélanie Joly'],["Canada's Foreign Affairs Minister"],'Canada',note='words invented'),
 sp('Irina Dolgova','person',['Irina Dolgova','Dolgova'],['a Kazakh-Canadian community organizer in Toronto'],'Canada',note='invented'),
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno','Matsuno'],['Chief Cabinet Secretary'],'Japan',[],[],note='words invented'),
 sp('Yuko Arakawa','person',['Yuko Arakawa'],['a senior analyst at Marunouchi Energy Research'],'Japan',note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['Secretary-General','NATO Secretary-General'],None,['he'],note='words paraphrased/invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['he'],note='words paraphrased'),
 sp('Nicos Anastasiades','person',['Anastasiades'],[],'Cyprus',note='only in a related-post teaser; words invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA spokesperson'],'India',note='words invented'),
 sp('Rahul Nair','person',['Rahul Nair'],['a fifth-year medical student from Kerala'],'India',['He'],note='invented'),
 sp('Priya Sharma','person',['Priya Sharma'],['Another student'],'India',['she'],note='invented'),
 sp('Kazakh Presidential Press Office','organisation',[],[],'Kazakhstan',['His office'],note='Tokayev\'s office, not named'),
 sp('Russia','organisation',['Russia'],[],'Russia',[],note='the state as speaker of a teaser headline ("Russia says ...")'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','the commander of the Collective Security Treaty Organization\'s peacekeeping force'],'Russia',['He'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy to the Organization for Security and Co-operation in Europe"],'Russia',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's Foreign Minister"],'Poland',note='words paraphrased'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],["Russia's deputy foreign minister"],'Russia',note='canonical spelling from the gold; words invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of detention figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],[],quoted=False,note='source of troop figures; not quoted'),
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
