#!/usr/bin/env python3
"""Source of the devset148 annotation: the hand-chosen spans, values and dates for 1277-1284.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset148/annotation_source.py && python3 tests/devset148/verify.py
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
def L(p,s): return ln(p,s)
CSTO='CSTO'; TOK='Kassym-Jomart Tokayev'; MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'
PGO="Kazakh Prosecutor General's Office"; NZMFAT='New Zealand Ministry of Foreign Affairs and Trade'; GFFO='German Federal Foreign Office'
SW='Swedish-style ”…” marks (closing mark used as the opener), as kept by the machine translation'

# ---------------- 1277 The Guardian (Nigeria) op-ed (10 January 2022, Mon)
P='1277'
art(P,0,L(P,"Kazakhstan's January and the price"),L(P,'When a government invites foreign'),'The Guardian','2022-01-10',['Chukwuemeka Obiora'],None,
    ['The Guardian','Conscience, Nurtured by Truth','Home | News | Opinion | Politics | Business | Sport | Features','Opinion','By Chukwuemeka Obiora',
     '10 January 2022   |   3:55 am','Share:  Facebook  Twitter  WhatsApp  Email',
     'Chukwuemeka Obiora, a retired diplomat, writes from Abuja. He served at the Nigerian embassy in Moscow from 2009 to 2013.',
     'RELATED','© 2022 Guardian Newspapers Limited. All rights reserved.'])
q(P,'fire without warning',TOK,'He','told',partial=True,note='"He told the nation he had authorised the security forces to “…”"; He = the president (Tokayev), named in the paragraph before')
q(P,'The constitutional order has been restored in all regions,',TOK,'he','said',note='"Mr Tokayev insists…" in the sentence before')
q(P,'Russia has no intention of staying a single day longer than the Kazakh side asks,','Dmitry Peskov','presidential spokesman Dmitry Peskov','told',note='inverted: "…," presidential spokesman Dmitry Peskov told reporters; words invented')
q(P,'People did not go out for gas. They went out because for thirty years nobody asked them anything,','Aigerim Bekova','she','said',note='invented sociologist; a duration inside the quote')
q(P,'afraid to answer the door','Aigerim Bekova','she','added',partial=True)
c(P,'troops_deployed',2500,'about','CSTO troops, most of them Russian, flown in',None,'Some 2,500 troops',note='"Some" → about')
c(P,'killed',164,None,'people killed in the unrest','officials','164 people had been killed')
c(P,'detained',6000,'almost','people detained across the country','officials','nearly 6,000 had been detained')
e(P,'2022-01-02','protest','Zhanaozen',[],'began in the oil town of Zhanaozen on January 2')
e(P,'2022-01-05','protest','Almaty',[],"By Wednesday the mayor's office there was on fire",note='"By Wednesday" from Monday 10 Jan = 5 Jan')
e(P,None,'government_resignation',None,[TOK],'sacked his cabinet',note='undated (real: 5 Jan)')
e(P,None,'state_of_emergency','Kazakhstan',[TOK],'declared a state of emergency',note='undated')
e(P,None,'other',None,[TOK,CSTO],'asked the Collective Security Treaty Organisation',note='request for CSTO help; undated')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,'Andrei Serdyukov'],'flew in under the command of General Andrei Serdyukov',note='undated')
e(P,'2022-01-07','statement',None,[TOK],'On Friday the president went further')
e(P,'2022-01-09','casualty_report',None,[],'Officials said on Sunday')
e(P,None,'statement',None,[TOK],'he said in a televised address',note='undated; the Friday address is the likely one')
e(P,None,'statement',None,['Dmitry Peskov'],'told reporters',note='undated')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'In Geneva today',note='"today" = publication day')

# ---------------- 1278 NZ Herald opinion (8 Jan, 2022, Sat)
P='1278'
art(P,0,L(P,'Hamish Cotterill: Why a riot'),L(P,'Kazakhstan rarely troubles the front pages'),'NZ Herald','2022-01-08',['Hamish Cotterill'],None,
    ['NZ Herald','Premium','World | Opinion','8 Jan, 2022 05:00 AM','5 mins to read','Save   Share this article','By Hamish Cotterill','OPINION',
     'Hamish Cotterill is a former New Zealand trade commissioner for Central Asia and now consults on emerging markets from Auckland.',
     'More from Opinion','Sign up to Premium. Support independent journalism.'])
q(P,'The invitation is the easy part. The exit is the part that tends to take years,','Antony Blinken','US Secretary of State Antony Blinken','told',note='inverted cue "…," US Secretary of State Antony Blinken told a press conference; words invented/paraphrased')
q(P,'a tragedy for the Kazakh people','Maria Zakharova','Foreign Ministry spokeswoman Maria Zakharova','accused',partial=True,note='"called the remark “offensive” (one word, excluded) and accused Blinken of joking about “…”"; nearest name Blinken is not the speaker')
q(P,'We are aware of a small number of New Zealanders in Kazakhstan and are ready to provide consular assistance,',NZMFAT,'a ministry spokesperson','said',note='anonymous spokesperson → the ministry (named in the sentence before)')
q(P,'Small states survive on rules, not on friendships,',None,'a former New Zealand ambassador to Moscow','put it to me',note='anonymous source ("She asked not to be named")')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died',note='"two of them reportedly beheaded" is a subset, not a claim')
c(P,'troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'will number about 2,500',note='"that the alliance says"')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e(P,'2022-01-05','other','Kazakhstan',[],'the internet has been largely cut since Wednesday',note='internet shutdown')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'The first Russian paratroopers landed on Thursday')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'told a press conference on Friday')
e(P,None,'statement',None,['Maria Zakharova'],'called the remark',note='undated reply')
e(P,'2022-01-06','statement',None,[NZMFAT],'a ministry spokesperson said on Thursday')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday',note='future Monday after Saturday 8 Jan')

# ---------------- 1279 ZEIT ONLINE commentary in translation (7. Januar 2022, Fri)
P='1279'
art(P,0,L(P,'The return of the protective power'),L(P,'For thirty years Kazakhstan was'),'ZEIT ONLINE','2022-01-07',['Friederike Lohmann'],None,
    ['ZEIT ONLINE','Politik   Gesellschaft   Wirtschaft   Kultur   Wissen','Kasachstan:','A commentary by Friederike Lohmann',
     '7. Januar 2022, 18:41 Uhr   /   214 Kommentare','Translated from German',
     'Russian paratroopers boarding an Il-76 at the Chkalovsky airbase near Moscow on Thursday © Russian Defence Ministry/dpa',
     'Friederike Lohmann is a foreign policy editor at ZEIT ONLINE.','Show all comments','Article printed from ZEIT ONLINE. © ZEIT ONLINE'])
q(P,'Anyone who refuses to lay down arms will be eliminated',TOK,'the president','said',note='German „…“ marks, comma outside the closing mark; words paraphrased')
q(P,'20,000 bandits',TOK,'He','spoke of',partial=True,note='a figure inside a partial quote (also a claim)')
q(P,'limited period',CSTO,'The CSTO','speaks of',partial=True)
q(P,'with great concern',GFFO,'The Federal Foreign Office','said',partial=True)
q(P,'We expect that the rights of the people in Kazakhstan are respected, and that includes the right to protest peacefully',GFFO,'a spokeswoman for the ministry','said',note='anonymous spokeswoman → the ministry; words invented')
q(P,'Moscow did not want this intervention, it was asked for it, and it will try to get out quickly','Andrei Kortunov','he','told',note='words invented')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 bandits',note='as devset 104/173: Tokayev\'s unverified figure')
c(P,'killed',26,None,'attackers killed',MIA,'26 attackers had been killed')
c(P,'killed',18,None,'police officers and soldiers killed',MIA,'18 police officers and soldiers had died')
c(P,'aircraft',70,'more than','transport aircraft carrying CSTO troops',RDM,'more than 70 transport aircraft')
e(P,'2022-01-07','statement',None,[TOK],'On Friday he said he had given the order')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'decided overnight to Thursday to send a contingent',note='decision to deploy, "overnight to Thursday"')
e(P,'2022-01-06','statement',None,[GFFO],'The Federal Foreign Office said on Thursday')
e(P,None,'other','Moscow',['Annalena Baerbock'],'is due to travel to Moscow later this month',note='planned visit, no day')
e(P,None,'statement',None,['Andrei Kortunov'],'he told ZEIT ONLINE',note='undated interview')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Next Monday Russian and American diplomats meet in Geneva',note='"Next Monday" from Friday 7 Jan')

# ---------------- 1280 Aftonbladet column, machine-translated (2022-01-13, Thu)
P='1280'
art(P,0,L(P,"Europe's security is being discussed"),L(P,'In Vienna today the 57 member states'),'Aftonbladet','2022-01-13',['Karin Edholm'],None,
    ['Aftonbladet','Nyheter   Sport   Nöje   Ledare   Kultur   Debatt','KOLUMNIST','This is a Swedish article machine-translated into English.',
     'Published 2022-01-13 06.00','Updated 2022-01-13 09.12','Karin Edholm','This is a column. The writer is responsible for analysis and opinions in the text.',
     'Share   Copy link','Read more:','karin.edholm@aftonbladet.se'])
q(P,'We agreed to continue talking, and that is about all','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',malformed=True,note=SW+'; inverted cue; words invented')
q(P,'a dead end','Alexander Grushko','He','described',partial=True,malformed=True,note=SW+'; "He described the alliance\'s answer as ”…”"; He = Grushko')
q(P,'military-technical measures','Alexander Grushko','He','warned',partial=True,malformed=True,note=SW)
q(P,'Europe has not been this close to a large war for a generation','Zbigniew Rau','Rau','said',malformed=True,note=SW+'; words paraphrased')
q(P,'The OSCE has an office in Nur-Sultan, and we will use it','Ann Linde','she','answered',malformed=True,note=SW+'; words invented')
q(P,"No other country decides Sweden's security policy choices.",'Ann Linde','Linde','was clear',malformed=True,note=SW+'; colon-introduced, full stop inside')
c(P,'troops_deployed',2030,'about','CSTO soldiers who took part',CSTO,'about 2,030 soldiers took part',note='"According to the alliance"')
c(P,'killed',225,None,'official death toll of the unrest',PGO,'risen to 225 dead')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'In Vienna today the 57 member states')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'On Monday Russians and Americans sat in Geneva')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday NATO and Russia met in Brussels')
e(P,'2022-01-12','statement','Brussels',['Jens Stoltenberg'],"after Wednesday's meeting")
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday President Kassym-Jomart Tokayev announced')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start leaving in two days',note='"in two days" from Tuesday 11 Jan (announced)')
e(P,'2022-01-12','casualty_report',None,[PGO],"the prosecutor general's office said yesterday")
e(P,'2022-01-11','statement',None,['Zbigniew Rau'],'chose dramatic words on Tuesday')

# ---------------- 1281 Business Day (South Africa) column (11 January 2022, Tue)
P='1281'
art(P,0,L(P,"THANDEKA MOKOENA: Kazakhstan's unrest"),L(P,'A country that sits on uranium'),'Business Day','2022-01-11',['Thandeka Mokoena'],None,
    ['BusinessLIVE','BUSINESS DAY','NEWS   MARKETS   COMPANIES   OPINION   NATIONAL   WORLD','OPINION / COLUMNISTS','11 January 2022 - 05:10',
     'by Thandeka Mokoena','Picture: REUTERS','A burnt-out car outside the city hall in Almaty on January 7.',
     '• Mokoena is an economist at the University of the Witwatersrand and a former adviser to the National Treasury.',
     'Support independent journalism by subscribing to Business Day.',
     "Would you like to comment on this article? Register (it's quick and free) or sign in."])
q(P,'temporarily adjusted','Chevron','Chevron','said',partial=True)
q(P,'as normal','Kazatomprom','Kazatomprom','insisted',partial=True)
q(P,"It was an attempted coup d'état, a well-planned act of aggression by trained militants,",TOK,'he','told',note='"he told the leaders"; words paraphrased')
q(P,'Everybody priced Kazakhstan as a safe emerging market. Nobody priced in the street.','Daniel Kriek','Daniel Kriek','put it bluntly',note='colon-introduced; invented fund manager')
c(P,'killed',164,None,'people who died in the unrest','officials','164 people had died')
c(P,'detained',8000,'almost','people detained','officials','nearly 8,000 had been detained')
c(P,'troops_deployed',2030,None,'CSTO peacekeepers deployed','Vladimir Putin','the deployment of 2,030 CSTO peacekeepers',note='inside Putin\'s reported speech ("he said")')
e(P,'2022-01-01','other','Kazakhstan',[],"a fuel price increase on New Year's Day",note='LPG price cap lifted')
e(P,None,'government_resignation',None,[],'the cabinet had resigned',note='"Within a week"')
e(P,None,'statement','Tengiz',['Chevron'],'Chevron said production at Tengiz',note='undated')
e(P,'2022-01-10','casualty_report',None,[],'Officials said on Monday')
e(P,'2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin'],'At a video summit of the Collective Security Treaty Organisation on Monday')
e(P,'2022-01-09','statement',None,[],'The Kazakh authorities said on Sunday',note='price cap restored for 180 days')

# ---------------- 1282 The East African comment (Wednesday, January 12, 2022)
P='1282'
art(P,0,L(P,"What Kazakhstan's crisis teaches African"),L(P,'- The CSTO deployment was the first time'),'The East African','2022-01-12',['Wanjiru Kamau-Otieno'],None,
    ['THE EAST AFRICAN','Opinion & Analysis   >   Comment','Wednesday, January 12, 2022','By Wanjiru Kamau-Otieno','Summary','Advertisement',
     'Wanjiru Kamau-Otieno is a security analyst and a former researcher at the Institute for Security Studies in Nairobi. Twitter: @wkamauotieno',
     'RELATED','(c) Nation Media Group. All rights reserved.'])
q(P,'Without the help of our allies we could have lost Almaty,',TOK,'he','told',note='"Mr Tokayev, unsurprisingly, saw it differently." before; words invented')
q(P,'main mission',TOK,'he','announced',partial=True)
q(P,'a real instrument, not a paper one','Sergey Lavrov',"Russia's foreign minister Sergey Lavrov",'said',partial=True,note='words invented')
q(P,'A big brother who comes when you call will also decide when to leave,','Joseph Mwangi','Prof Joseph Mwangi','told',note='invented professor; "told me"')
c(P,'troops_deployed',2030,'about','CSTO soldiers on the ground',None,'About 2,030 soldiers')
c(P,'killed',164,None,'people killed','officials','Officials now speak of 164 dead')
c(P,'killed',16,None,'members of the security forces killed','officials','including 16 members of the security forces')
c(P,'detained',9900,'about','people detained','officials','about 9,900 people detained')
e(P,'2022-01-05','other',None,[TOK,CSTO],'On January 5, with Almaty in flames',note='appeal to the CSTO')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'were on the ground by the weekend',note='"by the weekend" is not a day')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'he told parliament on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin in two days',note='"in two days" from Tuesday 11 Jan (announced)')
e(P,None,'statement',None,['Sergey Lavrov'],'Sergey Lavrov said the operation',note='undated')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','United States'],'spent Monday in Geneva')

# ---------------- 1283 Nation Thailand op-ed (14 Jan 2022, Fri)
P='1283'
art(P,0,L(P,'Kazakhstan shows why Asean'),L(P,'Thailand knows something about protests'),'Nation Thailand','2022-01-14',['Kittipong Sirisakdi'],None,
    ['nationthailand','THAILAND  |  BUSINESS  |  ASEAN+  |  WORLD  |  OPINION','OPINION',
     'PUBLISHED : 14 Jan 2022 at 07:30  |  UPDATED : 14 Jan 2022 at 09:02','By Kittipong Sirisakdi','Follow  |  LINE  |  Facebook  |  Twitter',
     'Kittipong Sirisakdi is a former Thai diplomat and a columnist for Nation Thailand.','Related News','Copyright © 2022 Nation Group'])
q(P,'The mission has been completed,','Andrei Serdyukov','Colonel General Andrei Serdyukov','told',note='inverted; "the commander of the force, Colonel General Andrei Serdyukov, told a farewell ceremony …, according to Russian state media"')
q(P,'lost their nerve',TOK,'Mr Tokayev','criticised',partial=True)
q(P,'Once you invite a bigger neighbour to settle your quarrels, you have also invited its quarrels into your house,','Supaporn Wongchai','Dr Supaporn Wongchai','said',note='invented; honorific "Dr"')
c(P,'troops_deployed',2000,'more than','Russian soldiers in the CSTO force',RDM,'more than 2,000 soldiers',note='"250 pieces of equipment" not a claim')
c(P,'killed',225,None,'people killed',PGO,'225 people had been killed')
c(P,'killed',19,None,'police officers and soldiers killed',PGO,'19 police officers and soldiers')
c(P,'detained',9900,'more than','people detained',None,'More than 9,900 people were detained')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'Its troops began arriving on January 6')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'On Thursday, a week later, the first of them flew home')
e(P,None,'other','Almaty',['Andrei Serdyukov'],'told a farewell ceremony in Almaty',note='no day in the sentence (real: 13 Jan)')
e(P,'2022-01-11','statement',None,[RDM],'Two days earlier the Russian Defence Ministry had said',note='two days before Thursday 13 Jan')
e(P,'2022-01-12','casualty_report',None,[PGO],"The Kazakh prosecutor general's office said on Wednesday")
e(P,'2022-01-11','statement','Bangkok',['Supaporn Wongchai'],'said in a seminar on Tuesday')
e(P,None,'talks','Cambodia',['Asean'],"The region's leaders meet in Cambodia next week",note='"next week" is not a day')

# ---------------- 1284 Taipei Times editorial (Sun, Jan 09, 2022 - page 8)
P='1284'
art(P,0,L(P,"EDITORIAL: Kazakhstan's lesson"),L(P,"The scenes from Kazakhstan over the past week"),'Taipei Times','2022-01-09',[],None,
    ['Taipei Times','Home  /  Editorials','Sun, Jan 09, 2022 - page 8','This story has been viewed 4,512 times.',
     'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Taipei Times.'])
q(P,'decisive measures','Xi Jinping','Chinese President Xi Jinping','praising',partial=True)
q(P,'rejects any outside attempt to stir up chaos in Kazakhstan','Xi Jinping','Chinese President Xi Jinping','saying',partial=True,note='words paraphrased')
q(P,'provide necessary support','Wang Wenbin','Chinese Foreign Ministry spokesman Wang Wenbin','telling',partial=True)
q(P,'I have ordered the security forces to open fire without warning,',TOK,'he','said',note='"Tokayev\'s message…" in the sentence before; words paraphrased')
q(P,'Democracy is our most effective defence,','Tsai Ing-wen','President Tsai Ing-wen','said',note='words invented')
c(P,'troops_deployed',2500,'about','CSTO troops deployed',CSTO,'about 2,500 troops')
c(P,'detained',4400,'almost','people detained','Kazakh authorities','almost 4,400 people had been detained')
c(P,'killed',164,None,'people who died','Kazakh Ministry of Health','164 people had died',note='"later removed from official channels"')
e(P,'2022-01-02','protest','Zhanaozen',[],'What began on Jan. 2')
e(P,'2022-01-05','other',None,[TOK,CSTO],'On Wednesday night, Kazakh President',note='appeal to the CSTO')
e(P,'2022-01-06','troop_deployment','Almaty',[CSTO],'by Thursday morning Russian paratroopers were landing')
e(P,'2022-01-08','casualty_report',None,[],'Yesterday, Kazakh authorities said')
e(P,None,'arrest',None,['Karim Masimov'],'was arrested on suspicion of treason',note='undated')
e(P,'2022-01-07','statement',None,['Xi Jinping',TOK],'sent Tokayev a message on Friday')
e(P,None,'statement',None,['Wang Wenbin'],'telling reporters that Beijing',note='undated')
e(P,'2022-01-07','statement',None,[TOK],'he said on Friday')
e(P,'2022-01-01','statement','Taipei',['Tsai Ing-wen'],"in her New Year's Day address")
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'Tomorrow, US and Russian negotiators meet in Geneva')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','He','the president'],['Mr Tokayev']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['presidential spokesman'],'Russia',note='words invented'),
 sp('Aigerim Bekova','person',['Aigerim Bekova'],['a sociologist in Almaty'],'Kazakhstan',['she'],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',note='words invented'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Foreign Ministry spokeswoman'],'Russia'),
 sp(NZMFAT,'organisation',['Ministry of Foreign Affairs and Trade'],[],'New Zealand',['a ministry spokesperson'],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance','The CSTO']),
 sp(GFFO,'organisation',['Federal Foreign Office'],[],'Germany',['a spokeswoman for the ministry'],note='words invented'),
 sp('Andrei Kortunov','person',['Andrei Kortunov'],['director of the Russian International Affairs Council'],'Russia',['he'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],None,note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['deputy foreign minister'],'Russia',['He']),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's foreign minister"],'Poland',note='words paraphrased'),
 sp('Ann Linde','person',['Ann Linde','Linde'],['Swedish predecessor'],'Sweden',['she'],note='words invented'),
 sp('Chevron','organisation',['Chevron'],[],'United States'),
 sp('Kazatomprom','organisation',['Kazatomprom'],['the state uranium miner'],'Kazakhstan'),
 sp('Daniel Kriek','person',['Daniel Kriek'],[],'South Africa',note='invented'),
 sp('Sergey Lavrov','person',['Sergey Lavrov'],["Russia's foreign minister"],'Russia',note='words invented'),
 sp('Joseph Mwangi','person',['Joseph Mwangi'],[],'Kenya',[],['Prof Joseph Mwangi'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','General'],'Russia',['the commander of the force']),
 sp('Supaporn Wongchai','person',['Supaporn Wongchai'],['a political scientist at Chulalongkorn University'],'Thailand',['She'],['Dr Supaporn Wongchai'],note='invented'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China',note='words paraphrased'),
 sp('Wang Wenbin','person',['Wang Wenbin'],['Chinese Foreign Ministry spokesman'],'China'),
 sp('Tsai Ing-wen','person',['Tsai Ing-wen'],['President'],'Taiwan',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 1278, 1279; not quoted'),
 sp(PGO,'organisation',["prosecutor general's office"],[],'Kazakhstan',quoted=False,note='source of figures in 1280, 1283; not quoted'),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',quoted=False,note='1279, 1283; not quoted'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',quoted=False,note='1280 (teaser), 1281; not quoted'),
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
