#!/usr/bin/env python3
"""Source of the devset165 annotation: the hand-chosen spans, values and dates for 1413-1420.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset165/annotation_source.py && python3 tests/devset165/verify.py
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
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls,le,sections=()):
    """headline/first: exact strings chosen by hand (first is cut at 80 chars here)."""
    f=doc(p); t=T[f]; L=t.split('\n')
    assert headline in t,(f,headline); first=cut80(first); assert first in t,(f,first)
    for b in boiler: assert b in L,(f,b)
    secs=[]
    for h in sections:
        nxt=next(x for x in L[h:] if x.strip())
        secs.append({"heading":L[h-1],"line":h,"first_line":cut80(nxt)})
    A.append(dict(doc=f,index=index,headline=headline,first_line=first,outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RMOD='Russian Defence Ministry'
SERD='Andrei Serdyukov'

# ---------------- 1413 Outlook forwarded chain with an iPhone-quoted paste (article 11 January 2022, Tuesday)
P='1413'
art(P,0,'Tokayev says CSTO mission complete, troops to leave within ten days',
    'NUR-SULTAN – President Kassym-Jomart Tokayev told the Mazhilis on Tuesday that the main mission of the CSTO',
    'Steppe Herald','2022-01-11',['Gulnara Sadykova'],'NUR-SULTAN',
    ['From: Katrin Vogel <k.vogel@ostrisk-consult.de>','Subject: FW: FW: Almaty - article from today','-----Original Message-----','Sent from my iPhone',
     '> On 11 Jan 2022, at 19:02, Aidos Karimov <aidos.karimov@gmail.com> wrote:','> By Gulnara Sadykova','> Steppe Herald | 11 January 2022, 17:15',
     '> Read more: Almaty residents count the cost of a week of riots','> © Steppe Herald 2022. All rights reserved. Reproduction without permission is prohibited.',
     '> Sent from Yahoo Mail for Android','________________________________'],
    ls=ln(P,'> Tokayev says CSTO mission complete'),le=ln(P,'> © Steppe Herald 2022'))
q(P,'successfully completed',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='line carries the "> " reply prefix of the pasted article')
q(P,'The situation has been stabilised in all regions. The withdrawal will take no more than ten days,',TOK,'Tokayev','said')
q(P,'People are tired and want to go back to work, but many are still afraid to go out after dark,','Aliya Nurpeisova','Aliya Nurpeisova','said',note='inverted "…," said NAME, a pharmacist')
q(P,'a layer of wealthy people, even by international standards',TOK,'He','said',partial=True)
q(P,'not used weapons once',SERD,'Russian General Andrei Serdyukov','said in a video',partial=True)
c(P,'troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',RMOD,'sent 2,030 troops to Kazakhstan')
c(P,'detained',7939,None,'people detained across the country',MIA,'7,939 people had been detained',note="the analyst's covering note (outside the article) says this is out of date and gives 9,900: not annotated")
c(P,'killed',164,None,'death toll of the unrest','Kazakh officials','put the death toll at 164')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told the Mazhilis on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin in two days',note='"in two days" from Tuesday 11 Jan')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'troops to Kazakhstan last week',note='"last week" (real: from 6 Jan)')
e(P,'2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'put forward Alikhan Smailov',note='same Tuesday session ("also")')
e(P,'2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e(P,'2022-01-09','other',None,[],'briefly withdrawn from a government channel on Sunday')
e(P,'2022-01-10','other','Almaty',[],'shops began to reopen on Monday')
e(P,None,'statement',None,[SERD,RMOD],'said in a video released by the Defence Ministry',note='undated video')

# ---------------- 1414 OCR of a microfilmed print page (Saturday, January 8, 2022), two articles
P='1414'
art(P,0,'KAZAKHSTAN','forces had regained control of the','The Prairie Sentinel','2022-01-08',[],None,
    ['A6   THE PRAIRIE SENTINEL   SATURDAY, JANUARY 8, 2022','WORLD','Continued from A1','SAVE 20% ON ALL','WINTER TIRES','Hanley Auto Center','Route 9, Northfield','Offer ends 1/31/22'],
    ls=ln(P,'KAZAKHSTAN\n'),le=ln(P,'in Almaty.'))
art(P,1,'U.S., Russia set\nfor Geneva talks','WASHINGTON - Senior U.S. and Rus-','The Prairie Sentinel','2022-01-08',[],'WASHINGTON',
    ['SENTINEL WIRE SERVICES','WORLD BRIEFS ON A7','Prairie Sentinel microfilm - Reel 2022-01 - Frame 0143 - OCR text, uncorrected'],
    ls=ln(P,'U.S., Russia set'),le=ln(P,'in Vienna on Thursday.'))
q(P,'fire to kill without warn-\ning',TOK,'President Kassym-Jomart Tokayev','said in a televised address',partial=True,malformed=True,note='spans a column line break with an end-of-line hyphen ("warn-\\ning")')
q(P,'What nego-\ntiations can there be with criminals\nand murderers?',TOK,'he','said',malformed=True,note='spans two column line breaks, hyphenated "nego-\\ntiations"')
q(P,'For\nthirty years Kazakhstan has tried\n\nSAVE 20% ON ALL\nWINTER TIRES\nHanley Auto Center\nRoute 9, Northfield\nOffer ends 1/31/22\n\nto balance Moscow, Beijing and\nWashington,','Helen Marsh-Okonjo','she','said',malformed=True,
  note='text between the marks, which the OCR interleaves with a 5-line tyre advert (column break); the quoted words are "For thirty years Kazakhstan has tried to balance Moscow, Beijing and Washington,"')
q(P,'This week it asked\nMoscow for soldiers. That will not\nbe forgotten quickly.','Helen Marsh-Okonjo','she','said',malformed=True,note='spans column line breaks')
q(P,'very\nhard to see','Antony Blinken','Secretary of State Antony Blinken','said',art=1,partial=True,malformed=True,note='spans a column line break')
c(P,'killed',26,None,'armed rioters killed',MIA,'The Interior Ministry said 26')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c(P,'killed',18,None,'members of the security forces who died',MIA,'It said 18 members of the security')
c(P,'troops_deployed',2500,'about','CSTO troops in the peacekeeping operation',CSTO,'about 2,500 troops would')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border',None,'estimated 100,000 troops near the',art=1,note='"an estimated" normalised to about; no source named')
e(P,'2022-01-07','other','Almaty',[],'main square in Almaty by Friday',note='security forces regain control')
e(P,None,'protest','Almaty',[],'days of clashes in which govern-',note='two days before Friday (real: 5-6 Jan); no day word')
e(P,'2022-01-07','statement',None,[TOK],'said in a televised address on Fri-',note='"Fri-\\nday" hyphenated across a line')
e(P,None,'casualty_report',None,[MIA],'The Interior Ministry said 26',note='no day word')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'Russian paratroopers were among',note='no day word')
e(P,'2022-01-06','statement',None,[CSTO],'The alliance said on Thurs-',note='"Thurs-\\nday" hyphenated across a line')
e(P,None,'other','Almaty',['US State Department'],'authorized the departure of non-',note='no day word')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'on Monday for talks on Ukraine',art=1)
e(P,'2022-01-07','statement',None,['Antony Blinken'],'said Friday that progress was',art=1)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'sion in Brussels on Wednesday',art=1,note='"ses-\\nsion" hyphenated')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday.',art=1)

# ---------------- 1415 news-app copy-paste with share bar (11 Jan 2022, Tuesday)
P='1415'
art(P,0,'Geneva talks end with no breakthrough as Moscow presses NATO demands',
    "Russia and the US agreed only to keep talking after almost eight hours of discussions, while in Kazakhstan",
    'Daybreak News','2022-01-11',['Daniel Whitcombe'],None,
    ['Daybreak News','‹ Back   World   •••','🎧 Listen · 5 min','Aa','Diplomatic Correspondent','11 Jan 2022 · 6:40 am GMT · Updated 8:05 am GMT',
     '🔗 Copy link   ✉️ Email   🐦 Tweet   💬 WhatsApp   🔖 Save','[Image 1/3 · Tap to expand]','Sergey Ryabkov arrives at the US mission in Geneva. Photo: Daybreak/Reuters',
     'ADVERTISEMENT','Continue reading below','READ MORE ›',"Who is General Serdyukov, the man leading Russia's troops in Kazakhstan?",
     '👍 Helpful (214)   👎 (12)','Topics: Russia · Nato · Kazakhstan · Ukraine','Follow Daybreak World ＋','MORE FROM WORLD',
     "Blinken: Russia 'will not find it easy to leave' Kazakhstan · 3h ago",'Tokayev names Smailov as prime minister · 5h ago',
     'Get the full story in the Daybreak News app','Download on the App Store · Get it on Google Play','Shared from Daybreak News for iPhone'],
    ls=1,le=last_line(P))
q(P,'ironclad, legally binding guarantees','Sergey Ryabkov','Sergey Ryabkov','told reporters',partial=True)
q(P,'We have told them clearly that for us this is an absolute must,','Sergey Ryabkov','he','said')
q(P,'Without it, I do not see how we move forward.','Sergey Ryabkov','he','said',note='second half after the interposed cue')
q(P,'firmly pushed back','Wendy Sherman','Wendy Sherman','said',partial=True)
q(P,'slam the door','Wendy Sherman','She','said',partial=True)
q(P,'Nobody walked out. That is the good news,',None,'the diplomat','said',note='unnamed "European diplomat"')
q(P,'There is no other good news.',None,'the diplomat','said',note='continuation after the interposed cue')
c(P,'troops_deployed',100000,'about',"Russian troops within reach of Ukraine's borders",'Western officials','massed about 100,000 troops')
c(P,'killed',164,None,'people killed in the Kazakh unrest','Kazakh authorities','164 people had been killed')
c(P,'killed',16,None,'security forces members killed','Kazakh authorities','including 16 members of the security forces')
c(P,'detained',8000,'almost','people detained in Kazakhstan','Kazakh authorities','nearly 8,000 people had been detained')
e(P,'2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'ended a long day of talks in Geneva on Monday')
e(P,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'told an online summit of the Collective Security Treaty Organisation on Monday')
e(P,None,'casualty_report',None,['Kazakh authorities'],'Kazakh authorities said 164',note='no day word')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'Nato-Russia Council in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday')

# ---------------- 1416 Word draft through pandoc (--track-changes=all), dated Tallinn, 13 January 2022 (Thursday)
P='1416'
art(P,0,'Three meetings, one message: what Europe heard from Moscow this week',
    'Four days of diplomacy ended in Vienna on Thursday much as they began in Geneva on Monday',
    'Baltic Security Observer','2022-01-13',['Sofie Lindahl'],'Tallinn',
    ['---','author: Sofie Lindahl','**NOT FOR CIRCULATION – DRAFT v3 – comments by Fri 14 Jan please**','Baltic Security Observer – Commentary',
     '*Sofie Lindahl, Senior Fellow*','Tallinn, 13 January 2022','The author is a senior fellow at the Baltic Security Observer. Views are her own.','Word count: 512 (v3)'],
    ls=1,le=last_line(P))
q(P,'greater than at any time in the past thirty years','Zbigniew Rau','Zbigniew Rau','told',partial=True,note='a reviewer comment right after it asks whether Rau said "thirty years"; the comment quote is not annotated')
q(P,'If we do not hear a constructive answer within a reasonable time, we will have to take measures to ensure our security,','Alexander Lukashevich','he','said',
  note='antecedent "Alexander Lukashevich" is glued to comment markup: "…}Russia\'s envoy Alexander Lukashevich[]{.comment-end id="0"}"')
q(P,'significant differences','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','to say',partial=True)
q(P,'These differences will not be easy to bridge,','Jens Stoltenberg','he','told reporters')
q(P,'the main task has been fulfilled',TOK,'Tokayev','told parliament',partial=True,note='"Tokayev[]{.comment-end id="1"}" – name glued to comment markup')
q(P,'Moscow showed that it can move an airborne division across a continent in forty-eight hours, and that it will be invited in,',None,'a senior Estonian defence official','said',note='anonymous official')
q(P,'no reason','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','said',partial=True,note='the attribution is an inserted tracked change replacing the deleted "[Ryabkov]"; two-word evaluative partial')
c(P,'troops_deployed',2030,None,'CSTO troops deployed to Kazakhstan',None,'2,030',note='tracked insertion; the deleted "[2,000]{.deletion …}" is not a claim')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'ended in Vienna on Thursday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'began in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'the first NATO-Russia Council meeting since 2019',note='"The day before" the Thursday OSCE meeting')
e(P,None,'troop_deployment','Kazakhstan',[CSTO,TOK],'troops there within days of',note='no date given')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO,SERD],'began handing over guarded sites to Kazakh forces on Thursday')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'told parliament on Tuesday')
e(P,'2022-01-13','statement',None,['Sergey Ryabkov'],'said on Thursday that he saw',note='an author comment doubts the day (TASS 23:50 MSK); kept as written')

# ---------------- 1417 Obsidian research notes with pasted excerpts (created 2022-01-12)
P='1417'
L17=T[doc(P)].split('\n')
art(P,0,'KZ – CSTO deployment: notes & excerpts','Working notes for ch. 3 (collective security / "invitation" logic). Mine unless marked as a paste.',
    None,'2022-01-12',[],None,
    ['---','created: 2022-01-12 21:40','updated: 2022-01-14 08:15','tags: [kazakhstan, csto, thesis-ch3, to-cite]','aliases: [KZ January notes]',
     'Source: same piece, lower down.','[[Index – thesis]] · last sync 14/01 08:15 · 3 backlinks'],
    ls=1,le=last_line(P),sections=[i+1 for i,l in enumerate(L17) if l.startswith('## ')])
q(P,'We will not allow the situation in our countries to be rocked from outside,','Vladimir Putin','he','said',note='inside a "> " pasted excerpt')
q(P,'once the mission is completed','Vladimir Putin','he','adding',partial=True)
q(P,'even earlier, on the first day','Alexander Lukashenko','Lukashenko','argued',partial=True,note='wrapped in Markdown bold: **"…"**, plus "(emphasis mine)"')
q(P,'The peacekeeping mission has been fully accomplished. We are going home,',SERD,'Serdyukov','said')
c(P,'troops_deployed',2030,'about','personnel deployed in the CSTO operation','Russian officials','about 2,030 personnel')
c(P,'detained',9900,None,'people detained since the unrest began',MIA,'9,900 people had been detained')
c(P,'killed',164,None,'official death toll','Kazakh Health Ministry','The official death toll stood at 164',note='"a figure the health ministry had first published"')
c(P,'troops_deployed',2030,None,'CSTO troops (researcher note)',RMOD,'2,030 (RU MoD)',note="the researcher's own note, not a paste")
c(P,'troops_deployed',2500,'about','CSTO troops (early statement)',CSTO,'"about 2,500" (early CSTO statement',note='"about 2,500" is in quotes but is a figure, not a quote')
e(P,'2022-01-02','protest','Zhanaozen',[],'2 Jan – Zhanaozen')
e(P,'2022-01-05','government_resignation',None,[],'5 Jan – govt resigns')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'Tokayev requests CSTO help that night')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia'],'6 Jan – first Russian transports land',note='the researcher marks it #check')
e(P,'2022-01-10','talks',None,[CSTO],'10 Jan – extraordinary CSTO summit')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'13 Jan – withdrawal ceremony in Almaty')
e(P,'2022-01-10','talks',None,['Vladimir Putin','Alexander Lukashenko',CSTO],'Speaking by video link to the extraordinary CSTO summit',note='date from the excerpt heading "summit, 10 Jan"')
e(P,'2022-01-13','other','Almaty',[SERD],'At a ceremony in Almaty on Thursday',note='"Thursday" resolved from the excerpt source date (13 Jan), as the researcher notes')
e(P,'2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday',note='"Tuesday" resolved from the excerpt source date (11 Jan)')

# ---------------- 1418 Google Docs plain-text export (BOM; Last updated 12 January 2022, Wednesday)
P='1418'
art(P,0,'Kazakhstan Situation Report #4','* Security situation in Almaty and Nur-Sultan is stabilising; curfew remains 23:00–07:00 in Almaty.',
    'Northbridge Risk Advisory','2022-01-12',['Tomás Ferreira','Ines Kowalczyk'],None,
    ['Northbridge Risk Advisory – Client Intelligence Desk','Prepared by: Tomás Ferreira, Ines Kowalczyk','Last updated: 12 January 2022, 18:30 (Almaty time)',
     'Classification: CLIENT CONFIDENTIAL – do not forward','Sources','[1] Official figure as reported by Kazakh state media, 12 January 2022.',
     '[a]Ines Kowalczyk: Confirmed by MoD briefing – ceremony planned at Almaty airport, not the square.',
     '[b]Tomás Ferreira: Translation ours – Akorda\'s English version says "successfully completed". Keep ours?'],
    ls=1,le=last_line(P))
q(P,'a significant number of foreign citizens','Marat Kozhayev','Deputy Interior Minister Marat Kozhayev','said',partial=True)
q(P,'The main mission of the collective peacekeeping forces has been successfully accomplished.',TOK,'he','said',note='cue "he said:" before a colon; comment anchor [b] glued after the closing mark')
q(P,'ready to hand over all facilities to the Kazakh side at any moment',SERD,'Colonel-General Andrei Serdyukov','told',partial=True)
q(P,'very profitable companies',TOK,'he','said',partial=True)
q(P,"He has the army, the police and, for now, the Kremlin's gratitude,",None,'one Almaty-based banker','told us',note='anonymous banker')
c(P,'detained',12000,None,'people detained across the country','Kazakh authorities','had risen to 12,000')
c(P,'troops_deployed',2030,None,'CSTO contingent',RMOD,'numbered 2,030 troops')
e(P,'2022-01-12','casualty_report',None,['Kazakh authorities'],'Kazakh authorities reported on Wednesday')
e(P,'2022-01-11','statement','Almaty',["Almaty commandant's office"],"The Almaty commandant's office said on Tuesday")
e(P,'2022-01-10','other',None,[],'Mobile internet was restored in most regions on Monday')
e(P,'2022-01-11','statement',None,[TOK],'President Tokayev announced on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start to withdraw in two days',note='also "to start 13 January" in the bottom line')
e(P,'2022-01-11','statement',None,[SERD],'told Russian state television on Tuesday')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov'],'confirmed as prime minister on Tuesday')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'CSTO withdrawal ceremony, Almaty',note='tab-separated table row')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'OSCE Permanent Council, Vienna',note='tab-separated table row')

# ---------------- 1419 clipping-service digest (report Thursday 13 January 2022), 4 clips = 4 articles
P='1419'
clips=[('Norwegian oil workers return to Kazakh fields as calm returns','Bergen Morgenpost (English edition)','2022-01-13',['Sindre Aasen'],None,'Nordvind Energy said on Wednesday'),
 ('Kazakhstan says nearly 10,000 detained, CSTO to start pullout on Thursday','Caspian Wire','2022-01-12',[],None,'The number of people detained'),
 ('Tengiz output recovers after strike ends','Nordic Energy Intelligence','2022-01-12',[],None,'Output at the Tengiz field'),
 ('NATO and Russia talk for four hours, agree on nothing','The Baltic Courier','2022-01-12',['Rūta Kalniņa'],'BRUSSELS','BRUSSELS – NATO allies')]
L19=T[doc(P)].split('\n')
for i,(h,o,d,au,dl,fl) in enumerate(clips):
    hl=ln(P,h+'\n'); ls=ln(P,'CLIP %d of 4'%(i+1)); le=[k+1 for k,l in enumerate(L19) if l=='[Full text available in portal]'][i]
    first=[l for l in L19 if l.startswith(fl)][0]
    b=[L19[ls-1],L19[ls],L19[ls+1],L19[ls+2],'[Full text available in portal]']
    if au: b.append('By '+au[0])
    if i==1: b.append('By Caspian Wire staff')
    if i==0: b=['PRESSTRACE MEDIA MONITORING','Daily Clippings Report','Client: Nordvind Energy AS – Corporate Affairs','Topic profile: KAZAKHSTAN / CSTO / REGIONAL SECURITY',
                'Your account manager: Lene Haugland (lene.haugland@presstrace.no)']+b
    if i==3: b+=['END OF REPORT – 4 clips','Manage your topic profiles at portal.presstrace.no | Unsubscribe | © PressTrace AS 2022']
    art(P,i,h,first,o,d,au,dl,b,ls=ls,le=le)
q(P,'We have had no damage to our facilities and no injuries among our people,','Kari Nordmo','Kari Nordmo','said',art=0,note='inverted "…," said NAME, the company\'s communications director')
q(P,'Foreign citizens, including those from neighbouring states, were among the attackers,','Galymzhan Nurlanov','ministry spokesman Galymzhan Nurlanov','told a briefing',art=1)
q(P,'The market barely noticed Kazakhstan, because the oil kept flowing,','Per Solberg','Per Solberg','said',art=2)
q(P,'a real risk for new armed conflict in Europe','Jens Stoltenberg','Secretary General Jens Stoltenberg','said',art=3,partial=True)
q(P,'with military-technical means','Alexander Grushko','Alexander Grushko','warned',art=3,partial=True)
c(P,'detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 detained',art=1,zone='headline',note='"Kazakhstan says"; body gives 9,900')
c(P,'detained',9900,None,"people detained over last week's riots",MIA,'has risen to 9,900',art=1)
e(P,'2022-01-12','statement',None,['Nordvind Energy'],'Nordvind Energy said on Wednesday',art=0)
e(P,None,'other','western Kazakhstan',['Nordvind Energy'],'after evacuating 38 foreign employees',art=0,note='no date; 38 evacuated staff are not a claim')
e(P,'2022-01-12','casualty_report',None,[MIA],'the Interior Ministry said on Wednesday',art=1)
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving the country on Thursday',art=1)
e(P,'2022-01-11','other','Tengiz',[],'returned to normal levels on Tuesday',art=2)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'held their first formal council meeting',art=3,note='"on Wednesday" in the same sentence')

# ---------------- 1420 Teams chat copy with an article pasted in three messages (Friday 7 January 2022)
P='1420'
art(P,0,'Tokayev orders troops to fire without warning as Russian-led force lands',
    'ALMATY – President Kassym-Jomart Tokayev said on Friday that he had ordered security forces to open fire without warning',
    'Central Asia Courier','2022-01-07',['Yerzhan Bekturov'],'ALMATY',
    ['Microsoft Teams','Eurasia Desk > General','Conversation copied Friday 7 January 2022','Jana Novotná   09:15','Central Asia Courier | Friday, 7 January 2022, 08:30 | By Yerzhan Bekturov',
     'Rob Ellery   09:17','wow. he literally says "no negotiations" in the Russian version btw, the English is softer','👍 2','Jana Novotná   09:18','part 2','(edited)',
     'Malika Ospanova   09:21','The 26 figure is only "criminals", doesn\'t include civilians. Health ministry number will be much higher.','❤️ 1','Jana Novotná   09:22','last bit','© Central Asia Courier 2022'],
    ls=ln(P,'Tokayev orders troops to fire without warning as'),le=ln(P,'© Central Asia Courier 2022'))
q(P,'I have ordered the army and the police to open fire to kill, without warning,',TOK,'Tokayev','said in a televised address')
q(P,'Those who do not surrender will be destroyed.',TOK,'Tokayev','said in a televised address',note='second half after the interposed cue')
q(P,'What negotiations can there be with criminals and murderers? We had to deal with armed and well-prepared bandits,',TOK,'he','said')
q(P,'for a limited period of time',CSTO,'The Collective Security Treaty Organisation','said',partial=True)
q(P,"The Kazakh government should be perfectly able to handle protests on its own, and to do it in a way that respects people's rights,",'Antony Blinken','he','told reporters')
q(P,'We lay on the floor with the children until four in the morning,','Saule Tasbolatova','Saule Tasbolatova','said',note='inverted cue, age "41" after the name')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'The Interior Ministry said 26 "armed criminals" had been killed',note='the chat remark "The 26 figure" is not annotated')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained')
c(P,'killed',18,None,'members of the security forces who died',MIA,'Eighteen members of the security forces had died',note='written-out number')
c(P,'troops_deployed',2500,'about','CSTO force size',CSTO,'about 2,500 troops')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday that he had ordered')
e(P,None,'casualty_report',None,[MIA],'The Interior Ministry said 26',note='no day word')
e(P,'2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'began landing at a military airfield near Almaty on Thursday')
e(P,'2022-01-06','statement',None,['Antony Blinken'],'he told reporters on Thursday')
e(P,None,'other','Almaty',[],'described a night of heavy gunfire',note='"a night": the night of 6-7 Jan, not stated')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['He','he'],["Tokayev's"],note='words partly paraphrased from his 7 and 11 Jan speeches, partly invented'),
 sp('Aliya Nurpeisova','person',['Aliya Nurpeisova'],['a pharmacist in the Bostandyk district'],'Kazakhstan',note='invented'),
 sp(SERD,'person',['Andrei Serdyukov','Serdyukov'],['Russian General','Colonel-General','the commander of the collective force'],'Russia',[],["General Serdyukov"],note='words invented'),
 sp('Helen Marsh-Okonjo','person',['Helen Marsh-Okonjo'],['Dr.'],'United States',['she'],['Dr. Helen Marsh-Okonjo'],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State','US Secretary of State'],'United States',['He','he'],note='words paraphrased/invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],["Russia's deputy foreign minister",'Deputy Foreign Minister'],'Russia',['he'],note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['the US deputy secretary of state'],'United States',['She','she'],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',note='paraphrase'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia',['he'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General','Secretary General'],'Norway',['he'],note='words paraphrased'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',['he'],note='words invented'),
 sp('Alexander Lukashenko','person',['Lukashenko'],[],'Belarus',note='surname only in the text; words invented'),
 sp('Marat Kozhayev','person',['Marat Kozhayev'],['Deputy Interior Minister'],'Kazakhstan',note='real deputy minister; words invented'),
 sp('Kari Nordmo','person',['Kari Nordmo'],["the company's communications director"],'Norway',note='invented'),
 sp('Galymzhan Nurlanov','person',['Galymzhan Nurlanov'],['ministry spokesman'],'Kazakhstan',note='invented'),
 sp('Per Solberg','person',['Per Solberg'],['an analyst at Fjord Markets'],'Norway',note='invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],["Russia's deputy foreign minister"],'Russia',note='words paraphrased'),
 sp('Saule Tasbolatova','person',['Saule Tasbolatova'],[],'Kazakhstan',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The alliance','the alliance'],note='quoted in 1420 (partial); source of troop figures'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(RMOD,'organisation',['Russian Defence Ministry','RU MoD'],[],'Russia',[],[],quoted=False,note='source of the 2,030 figure; not quoted'),
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
