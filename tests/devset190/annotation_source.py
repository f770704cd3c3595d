#!/usr/bin/env python3
"""Source of the devset190 annotation: the hand-chosen spans, values and dates for 1613-1620.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset190/annotation_source.py && python3 tests/devset190/verify.py
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
RYA='Sergey Ryabkov'; SHER='Wendy Sherman'

# ---------------- 1613 US local TV station site carrying CNN Newsource copy (Monday 10 January 2022, EST)
P='1613'
art(P,0,ln(P,"US and Russia hold 'frank' talks"),ln(P,'Geneva (CNN) — Senior US'),'KRDN 6 News','2022-01-10',['Marisa Kline','Devon Ashby'],'Geneva',
    ['KRDN 6 NEWS',"Riverside Valley's News Leader",'Watch Live | Weather | Traffic | Closings & Delays | Contests | Contact Us',
     'WEATHER ALERT: Winter Weather Advisory in effect until 7 AM Tuesday for Lake and Orchard counties','National & World',
     'Published: Jan. 10, 2022 at 6:48 PM EST | Updated: Jan. 10, 2022 at 9:12 PM EST',"CNN's Priya Nandakumar contributed to this report.",
     'The-CNN-Wire ™ & © 2022 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.','Copyright 2022 KRDN. All rights reserved.',
     'Most Read','Riverside Valley man wins $50,000 on scratch-off ticket',
     'Download the KRDN 6 News app | Report a typo | Closed captioning | EEO Report | FCC Public File'],
    le=ln(P,'will host talks in Vienna on Thursday'),sections=(ln(P,'Kazakhstan crisis in the background'),ln(P,'What comes next')))
q(P,'non-starters for the United States,',SHER,'Wendy Sherman','told',partial=True,note='comma inside the closing mark')
q(P,'Nobody in that room expected to settle everything in one day, and we did not,',SHER,'Sherman','said')
q(P,'But we listened, we were heard, and we will keep talking.',SHER,'Sherman','said',note='second half after the interposed "Sherman said."')
q(P,'long and businesslike',RYA,'Sergei Ryabkov','described the discussions as',partial=True)
q(P,'ironclad guarantees',RYA,'Sergei Ryabkov','said',partial=True,note='two-word evaluative partial after "said Russia needed"')
q(P,'We have no intention of attacking Ukraine, and we have said this many times. There is no reason to fear an escalation,',RYA,'Ryabkov','told')
q(P,'did not walk out and did not threaten to,',None,'A senior State Department official','said',partial=True,note='anonymous official')
q(P,'the most we could realistically hope for today.',None,'the official','called',partial=True,note='anonymous official; "which the official called"')
q(P,"an attempted coup d'état",TOK,'Kassym-Jomart Tokayev','told',partial=True,note='"told an emergency video summit … that his country had faced"')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine','US officials','massed roughly 100,000 troops')
c(P,'troops_deployed',2000,'more than','CSTO troops flown into Kazakhstan',None,'more than 2,000 troops were flown in last week')
c(P,'detained',8000,'almost','people detained in Kazakhstan','Kazakh authorities','nearly 8,000 people had been detained')
e(P,'2022-01-10','talks','Geneva',['United States','Russia',SHER,RYA],'met for nearly eight hours in Geneva on Monday')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'more than 2,000 troops were flown in last week',note='"last week" = 6-7 Jan; no day')
e(P,'2022-01-10','talks',None,[CSTO,TOK],'an emergency video summit of the Collective Security Treaty Organization on Monday')
e(P,'2022-01-10','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'scheduled to meet in Brussels on Wednesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'will host talks in Vienna on Thursday')

# ---------------- 1614 UK regional daily (Newsquest-style) page carrying PA copy (4:12pm 7th January 2022, Friday)
P='1614'
FCDO='Foreign, Commonwealth and Development Office'
art(P,0,ln(P,'Britons in Kazakhstan told to stay indoors'),ln(P,'British nationals in Kazakhstan have been urged'),'The Ribble Valley Echo','2022-01-07',[],None,
    ['The Ribble Valley Echo',"News | Sport | What's On | Property | Jobs | Announcements | Photo Sales | Subscribe",'UK & International News',
     'By PA News Agency','Share','4:12pm 7th January 2022','Read more:','Fuel price protests spread across Kazakhstan',
     'Russian paratroopers land in Kazakhstan as alliance answers call for help','Comments: Our rules','Report this comment','Most Read',
     '2. Roadworks on A59 to last three weeks','Send us your news','Contact us | Advertise | Terms | Privacy | Cookies',
     "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
     '© Copyright 2001-2022. Part of a regional newspaper group.'],le=ln(P,'The unrest began on January 2'))
q(P,'We are in close contact with the Kazakh authorities and are providing consular assistance to a small number of British people. Anyone who needs help should call our 24-hour line.',
  FCDO,'A FCDO spokesperson','said',note='colon cue "said:"; unnamed spokesperson of a named office, so the office is the speaker')
q(P,'What negotiations can there be with people who burn and kill? They must be destroyed,',TOK,'he','said',note='he = Tokayev (previous paragraph)')
q(P,"He rang on Thursday from a neighbour's landline and said there had been shooting near his flat all night,",'Margaret Hurst','Mrs Hurst','said',note='inverted "said Mrs Hurst, 64" (age after the name)')
q(P,"He sounded calm, but he's my son, so of course I'm not calm. I just want him on a plane home.",'Margaret Hurst','Mrs Hurst',None,note='stand-alone continuation paragraph, no cue of its own')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'said 20,000 "bandits" had attacked Almaty',note='attackers counted by Tokayev')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
e(P,'2022-01-07','statement',None,[FCDO],'updated its travel advice on Friday')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in the country at his request',note='"a day after" the Friday address')
e(P,'2022-01-05','other','Kazakhstan',[],'The internet has been largely cut off across the country since Wednesday')
e(P,'2022-01-05','protest','Almaty',[],'which was seized by protesters on Wednesday')
e(P,'2022-01-06','other','Almaty',['Owen Hurst','Margaret Hurst'],'He rang on Thursday',note='the phone call reported inside a quote')
e(P,'2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2')

# ---------------- 1615 McClatchy-style metro daily carrying AP (originally published January 11, 2022 1:14 PM, Tuesday)
P='1615'
art(P,0,ln(P,'Kazakh leader says Russia-led troops to start leaving in 2 days'),ln(P,"ALMATY, Kazakhstan — Kazakhstan's president said Tuesday"),'The San Joaquin Sentinel','2022-01-11',['Dana Kurmanova','Peter Lindell'],'ALMATY, Kazakhstan',
    ['The San Joaquin Sentinel','Local | Sports | Business | Opinion | Nation & World | Obituaries | E-Edition','SUBSCRIBE NOW','$1 for 6 months. Unlimited digital access.',
     'NATION & WORLD','The Associated Press','Updated January 11, 2022 5:02 PM','READ NEXT','Valley growers brace for fertilizer price spike','___',
     'Lindell reported from Moscow.','This story was originally published January 11, 2022 1:14 PM.','Related stories from The San Joaquin Sentinel',
     'Stocks slip as Treasury yields climb','Comments are closed for this article.','Copyright 2022 The San Joaquin Sentinel | Privacy Policy | Terms of Service'],
    le=ln(P,'Tokayev owes his survival to Moscow'))
q(P,'The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'President Kassym-Jomart Tokayev','told')
q(P,'Within two days a phased withdrawal will begin. It will take no more than 10 days.',TOK,'President Kassym-Jomart Tokayev','told',malformed=True,
  note='AP multi-paragraph style: the paragraph ends inside the quote with no closing mark; the next paragraph re-opens')
q(P,'The forces came at our request, and they will leave when their work is done.',TOK,'President Kassym-Jomart Tokayev',None,note='re-opened continuation paragraph, no cue of its own')
q(P,"We've never seen prices like this,",'Tom Alvarez','Tom Alvarez','said',art=None,zone='related',note='quote inside the mid-article READ NEXT teaser for a local story')
q(P,'a layer of wealthy people, even by international standards,',TOK,'Tokayev','said',partial=True)
q(P,'to give something back to the people.',TOK,'Tokayev','said',partial=True)
q(P,'Russia now has a debt it can call in,','Erica Marsden','Erica Marsden','said',note='inverted "said Erica Marsden, a Central Asia researcher …"')
q(P,'Tokayev owes his survival to Moscow, and everyone in the region saw it.','Erica Marsden','Erica Marsden','said',note='second sentence after the interposed cue; a name inside the quote (Tokayev) is not the speaker')
c(P,'troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',None,'sent 2,030 troops to Kazakhstan last week')
c(P,'detained',9900,None,'people detained in connection with the unrest',MIA,'9,900 people had been detained')
e(P,'2022-01-11','statement',None,[TOK],"Kazakhstan's president said Tuesday")
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw in two days',note='"in two days" from Tuesday 11 Jan')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'sent 2,030 troops to Kazakhstan last week',note='"last week"; no day')
e(P,'2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'In the same speech Tokayev proposed Alikhan Smailov',note='"the same speech" = Tuesday')
e(P,'2022-01-11','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said Tuesday")
e(P,'2022-01-08','arrest',None,['Karim Massimov'],'was arrested on suspicion of treason on Saturday')

# ---------------- 1616 South African broadcaster site carrying AFP (Monday 10 January 2022 - 5:47pm)
P='1616'
DIRCO='Department of International Relations and Cooperation'
art(P,0,ln(P,'Putin says Kazakhstan unrest was foreign-backed'),ln(P,'MOSCOW - President Vladimir Putin on Monday'),'Highveld News Network','2022-01-10',[],'MOSCOW',
    ['HNN','Highveld News Network','Home | South Africa | Africa | World | Business | Sport | Lifestyle | Watch Live','World','Monday 10 January 2022 - 5:47pm','AFP',
     'WATCH: Kazakh president addresses Russia-led security bloc','Video duration 01:58','- AFP, with additional reporting by HNN','Related',
     'Russian, US diplomats meet in Geneva over Ukraine','Kazakhstan: Almaty airport to reopen','Tags: Kazakhstan, Russia, CSTO, Vladimir Putin',
     'HNN | Highveld News Network (Pty) Ltd | (c) 2022 | Terms and Conditions | PAIA Manual | Contact'],
    le=ln(P,'is following developments closely'),sections=(ln(P,'Pretoria "following closely"'),))
q(P,'not the first and not the last attempt to interfere in the internal affairs of our states from outside','Vladimir Putin','Putin','said',partial=True,note='closing mark before the full stop')
q(P,'We will not allow the situation to be rocked at home,','Vladimir Putin','Putin','told',note='nearest names after the cue are the listeners (Armenia, Belarus …)')
q(P,'The main goal was obvious: the undermining of the constitutional order, the destruction of government institutions and the seizure of power,',TOK,'Tokayev','said')
q(P,'limited in time and size','Nikol Pashinyan','Nikol Pashinyan','said',partial=True)
q(P,'following closely',DIRCO,'Pretoria',None,partial=True,zone='headline',note='two-word quote in a section sub-heading, "Pretoria" for the department; the body wording differs')
q(P,'Our mission in Moscow, which is accredited to Kazakhstan, is following developments closely,','Thabo Nkosana','DIRCO spokesperson Thabo Nkosana','said in a statement')
c(P,'other',20000,'about','"bandits" who attacked Almaty',TOK,'about 20,000 "bandits"',note='attackers counted by Tokayev')
c(P,'troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan',CSTO,'sent just over 2,000 troops',note='"just over" normalised to more than')
c(P,'detained',7939,None,'people detained','Kazakh authorities','put the number of people detained at 7,939')
e(P,'2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK,'Nikol Pashinyan'],'Speaking at a video summit of the Collective Security Treaty Organization')
e(P,'2022-01-05','statement',None,[TOK,CSTO],"who requested the CSTO's help last Wednesday",note='"last Wednesday" from Monday 10 Jan')
e(P,'2022-01-10','casualty_report',None,['Kazakh authorities'],'The Kazakh authorities on Monday put the number')
e(P,'2022-01-10','other','Kazakhstan',['Kazakh authorities'],'declared a day of national mourning')
e(P,'2022-01-09','casualty_report',None,[],'published on a government channel on Sunday and then withdrawn',note='the withdrawn toll of 164 is not taken as a claim')
e(P,None,'statement',None,[DIRCO,'Thabo Nkosana'],'said in a statement',note='undated DIRCO statement')

# ---------------- 1617 Philippine broadcaster site carrying AFP (Posted at Jan 08 2022 10:14 PM, Saturday)
P='1617'
DFA='Philippine Department of Foreign Affairs'
art(P,0,ln(P,'Kazakhstan arrests ex-security chief for treason'),ln(P,'ALMATY - Kazakhstan has arrested the former head'),'Kapuluan News Channel','2022-01-08',[],'ALMATY',
    ['KNC NEWS','Kapuluan News Channel','News | Business | Entertainment | Life | Sports | Overseas | TeleRadyo | Live','OVERSEAS','Agence France-Presse',
     'Posted at Jan 08 2022 10:14 PM | Updated as of Jan 08 2022 11:02 PM','- with a report from Carlo Dizon, KNC News','RELATED VIDEO',
     "Kazakh leader orders troops to 'fire without warning'",'For updates on this story, follow @KNCNews','Tags: Kazakhstan, Almaty, Karim Massimov, Nazarbayev, DFA, OFW',
     'KNC NEWS | About | Advertise | Privacy Policy | Contact Us | Copyright 2022'],
    le=ln(P,'He advised Filipinos in Almaty'),sections=(ln(P,'No Filipinos hurt - DFA'),))
q(P,'I went out for bread for the first time in three days. The streets are full of soldiers, but at least it is quiet now,','Dinara','Dinara','said',note='first name only; inverted cue with age and job')
q(P,'once Russian troops are in your house, getting them to leave can be very hard.','Antony Blinken','Antony Blinken','saying',partial=True,note='"saying that" + quoted clause; wording invented')
q(P,'draw lessons','Russian Foreign Ministry',"Moscow's foreign ministry",'accused',partial=True,note='two-word partial; "offensive" in the same sentence is a one-word quote (excluded)')
q(P,'Our embassy in Moscow has reached most of the estimated 180 Filipinos in Kazakhstan, and all of them are safe,','Ramon Villadelgado','Foreign Affairs Undersecretary Ramon Villadelgado','told')
c(P,'detained',4404,None,'people detained across the country',MIA,'4,404 people had been detained')
e(P,'2022-01-08','statement',None,['National Security Committee'],'authorities said Saturday')
e(P,'2022-01-06','arrest',None,['Karim Massimov','National Security Committee'],'was detained on Thursday')
e(P,'2022-01-05','other',None,[TOK,'Karim Massimov'],'a day after President Kassym-Jomart Tokayev removed him from the post',note='a day before Thursday')
e(P,'2022-01-07','statement',None,[TOK],'said Friday he had ordered security forces to shoot to kill')
e(P,'2022-01-02','protest','western Kazakhstan',[],'on January 2')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'have been deployed since Thursday')
e(P,'2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken on Friday questioned the need')
e(P,'2022-01-08','statement',None,[DFA,'Ramon Villadelgado'],'in a text message on Saturday')

# ---------------- 1618 Australian talk-radio newsroom feed page, 3 items = 3 articles (Thursday 13 January 2022, AEDT)
P='1618'
heads=['Russia and NATO fail to bridge divide over Ukraine','Russian-led troops to begin leaving Kazakhstan',"Sydney's Kazakh community holds candlelight vigil"]
firsts=['Talks between Russia and NATO have ended','Troops from a Russian-led military alliance','Members of Sydney\'s small Kazakh community']
ends=['Talks move to Vienna tonight','almost 10,000 people were detained','Listen Now  03:42']
stamps=['13 January 2022 7:42am','13 January 2022 6:15am','13 January 2022 5:30am']
auth=[[],[],['Lucy Brennan']]
for i in range(3):
    hl=ln(P,'\n'+heads[i]+'\n')+1
    b=['Article image for '+heads[i],stamps[i]]+(['By Harbourside Newsroom'] if i<2 else ['By Lucy Brennan'])
    if i==0: b=['Harbourside 1170','LISTEN LIVE | Shows | Podcasts | News | Sport | Traffic | Contact','NEWS','Latest News','Thursday 13 January 2022']+b
    if i==2: b+=['Press PLAY below to hear the full interview','Listen Now  03:42','Load more',
                 'Harbourside 1170 acknowledges the Traditional Custodians of the land on which we broadcast.',
                 'Harbourside Broadcasting Pty Ltd | Privacy | Terms | Complaints | Advertise with us']
    art(P,i,hl,ln(P,firsts[i]),'Harbourside 1170','2022-01-13',auth[i],None,b,ls=hl,le=ln(P,ends[i]))
q(P,'The risk of a new armed conflict in Europe is real, and we must not be naive about it,','Jens Stoltenberg','NATO Secretary-General Jens Stoltenberg','told',art=0)
q(P,'turned a deaf ear','Alexander Grushko','Alexander Grushko','said',art=0,partial=True)
q(P,'Every facility we were asked to protect has been handed back to our Kazakh colleagues,','Andrei Serdyukov','he','said',art=1,note='he = Colonel General Andrei Serdyukov (previous sentence)')
q(P,'Many of us still cannot reach our parents. We came tonight so nobody has to wait for news alone,','Aliya Nurgalieva','she','said',art=2)
c(P,'troops_deployed',2000,'about','CSTO soldiers sent to Kazakhstan',None,'About 2,000 soldiers',art=1)
c(P,'detained',10000,'almost','people detained during the unrest',MIA,'almost 10,000 people were detained',art=1)
e(P,'2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'The NATO-Russia Council meeting in Brussels on Wednesday, European time',art=0,note='Wednesday in Europe; the item is stamped Thursday morning AEDT')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'Talks move to Vienna tonight, Australian time',art=0,note='"tonight" from the 13 Jan stamp')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will today begin pulling out of Kazakhstan',art=1)
e(P,None,'other','Almaty',['Andrei Serdyukov'],'at a handover ceremony in Almaty',art=1,note='no day given')
e(P,'2022-01-12','other','Sydney',['Kazakh Australian Cultural Association'],'gathered at Darling Harbour last night',art=2,note='"last night" from the 13 Jan 5:30am stamp')

# ---------------- 1619 finance portal carrying AFP (Published Jan 13, 2022 3:41 PM GMT, Thursday)
P='1619'
art(P,0,ln(P,"Russia sees 'dead end' in security talks"),ln(P,'Moscow (AFP) - Russia on Thursday'),'MarketPulse','2022-01-13',[],'Moscow',
    ['MarketPulse','Quotes | Markets | News | Currencies | Commodities | Portfolio | Sign in',
     'RTS 1,532.94 -6.5% | MOEX 3,641.12 -3.9% | USD/RUB 76.31 +1.8% | Brent 84.52 +0.1% | USD/KZT 434.90 -0.2%','News > World',
     'By AFP - Agence France Presse','Published Jan 13, 2022 3:41 PM GMT','Copyright © 2022 Agence France-Presse. All rights reserved.','Related Articles',
     'Oil steady as investors weigh Kazakhstan output recovery','Disclaimer: MarketPulse provides news for information only and does not give investment advice.',
     'Terms and Conditions | Privacy Policy | Risk Warning'],le=ln(P,'was little changed'))
q(P,'dead end','Russia','Russia','said',n=2,partial=True,note='two-word evaluative partial; the speaker as written is the state ("Russia on Thursday said"); Ryabkov is named only in the next paragraph. Headline has the same words in single quotes (excluded)')
q(P,'I do not see grounds to sit down again in the coming days and repeat the same conversation,',RYA,'Ryabkov','told')
q(P,'We are being told no on the key points.',RYA,'Ryabkov','told')
q(P,'real danger','Zbigniew Rau','Zbigniew Rau','told',partial=True)
q(P,'Investors had priced in a slow diplomatic process, not a door slammed shut,','Anna Verbitskaya','Anna Verbitskaya','said')
q(P,"Today's move is pure geopolitics.",'Anna Verbitskaya','Anna Verbitskaya','said')
c(P,'troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western officials','an estimated 100,000 troops',note='"an estimated" normalised to about')
c(P,'troops_deployed',2030,None,'CSTO soldiers sent to Kazakhstan',CSTO,'it sent 2,030 soldiers')
e(P,'2022-01-13','statement',None,['Russia',RYA],'Russia on Thursday said')
e(P,'2022-01-10','talks','Geneva',['Russia','United States',RYA],'in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'met in Vienna',note='no day word in the sentence; "His comments came as" ties it to Thursday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia Council meeting in Brussels on Wednesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'Russian-led troops began leaving on Thursday')

# ---------------- 1620 UK national daily web article (Wednesday 05 January 2022 19:42 GMT)
P='1620'
USSD='US State Department'
art(P,0,ln(P,'Kazakhstan protesters storm Almaty city hall'),ln(P,'Government resigns and state of emergency declared'),'The Clarion','2022-01-05',['Harriet Lowe'],None,
    ['THE CLARION','News | Politics | Voices | Culture | Sport | Climate | Money | Travel','World > Asia',
     'For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails','Sign up to our free breaking news emails','SIGN UP',
     'I would like to be emailed about offers, events and updates from The Clarion. Read our privacy notice','Wednesday 05 January 2022 19:42 GMT','Comments','Bookmark',
     'Read More',"'We are in the dark': Kazakhs abroad struggle to reach families",'Kazakhstan fuel protests: what we know so far',
     'More about','Join our commenting forum','Most popular','3. Storm warning issued for Scotland','(c) 2022 The Clarion Digital News & Media Ltd'],
    le=ln(P,'one of the most stable states in Central Asia'))
q(P,'Today I appealed to the heads of state of the CSTO to help Kazakhstan overcome this terrorist threat,',TOK,'he','said',note='he = Mr Tokayev')
q(P,'We are confident that our Kazakh friends can solve their internal problems themselves. Nobody should interfere from outside,','Dmitry Peskov','Dmitry Peskov','said',note='inverted "said Dmitry Peskov, Vladimir Putin\'s spokesman": the nearer name is not the speaker')
q(P,'We call on the authorities to respect the right to peaceful protest, and on protesters to express themselves peacefully,',USSD,'a spokesperson','said',note='unnamed spokesperson of the State Department')
c(P,'killed',8,None,'police officers and national guard troops killed',MIA,'eight police officers and national guard troops had been killed',note='written-out number')
c(P,'injured',317,None,'police officers and national guard troops injured',MIA,'317 injured')
c(P,'detained',200,'more than','people detained','state television','More than 200 people have been detained')
e(P,'2022-01-05','protest','Almaty',[],"stormed the mayor's office in Almaty and set it on fire on Wednesday")
e(P,'2022-01-05','government_resignation',None,[TOK],"accepted the cabinet's resignation early on Wednesday")
e(P,'2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a two-week state of emergency across the whole country in the evening')
e(P,'2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'taken over as head of the powerful Security Council')
e(P,'2022-01-05','statement',None,[TOK,CSTO],'In a second televised address late on Wednesday')
e(P,'2022-01-05','statement',None,['Kremlin','Dmitry Peskov'],'The Kremlin said earlier in the day')
e(P,None,'statement',None,[USSD],'The US State Department urged',note='no day word (same day, 5 Jan)')
e(P,'2022-01-02','protest','Zhanaozen',[],'The protests began on Sunday in the oil town of Zhanaozen')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(SHER,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='real; words invented'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',note='canonical spelling as in tests/gold; written "Sergei" here; words invented/paraphrased'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President',"Kazakhstan's president"],'Kazakhstan',['he','Mr Tokayev','The president'],note='real; words paraphrased'),
 sp(FCDO,'organisation',['Foreign, Commonwealth and Development Office','FCDO'],[],'United Kingdom',['A FCDO spokesperson'],note='unnamed spokesperson'),
 sp('Margaret Hurst','person',['Margaret Hurst','Mrs Hurst'],[],'United Kingdom',note='invented'),
 sp('Tom Alvarez','person',['Tom Alvarez'],[],'United States',note='invented; only in the READ NEXT teaser'),
 sp('Erica Marsden','person',['Erica Marsden'],['a Central Asia researcher at a university in London'],None,note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['President'],'Russia',note='real; words paraphrased'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',note='real; words invented'),
 sp(DIRCO,'organisation',["Department of International Relations and Cooperation",'DIRCO'],[],'South Africa',['Pretoria'],note='"Pretoria" in the sub-heading'),
 sp('Thabo Nkosana','person',['Thabo Nkosana'],['DIRCO spokesperson'],'South Africa',note='invented'),
 sp('Dinara','person',['Dinara'],['a 34-year-old accountant'],'Kazakhstan',note='invented; first name only'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State','Secretary of State'],'United States',note='real; words invented (paraphrase)'),
 sp('Russian Foreign Ministry','organisation',["foreign ministry"],[],'Russia',["Moscow's foreign ministry"],note='written "Moscow\'s foreign ministry"'),
 sp('Ramon Villadelgado','person',['Ramon Villadelgado'],['Foreign Affairs Undersecretary'],'Philippines',['He'],note='invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary-General'],None,note='real; words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia',note='real; words invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General',"The force's commander"],'Russia',['he'],note='real; words invented'),
 sp('Aliya Nurgalieva','person',['Aliya Nurgalieva'],['president of the Kazakh Australian Cultural Association'],'Australia',['she','She'],note='invented, as is the association'),
 sp('Russia','organisation',['Russia'],[],'Russia',note='the state as speaker of "dead end" (1619)'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's Foreign Minister"],'Poland',note='real; words invented'),
 sp('Anna Verbitskaya','person',['Anna Verbitskaya'],['a strategist at a Moscow brokerage'],'Russia',note='invented'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],["Vladimir Putin's spokesman"],'Russia',['The Kremlin'],note='real; words paraphrased'),
 sp(USSD,'organisation',['US State Department'],[],'United States',['a spokesperson'],note='unnamed spokesperson'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of detention and casualty figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance','the alliance'],quoted=False,note='source of troop figures; not quoted'),
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
