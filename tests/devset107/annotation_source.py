#!/usr/bin/env python3
"""Source of the devset107 annotation: the hand-chosen spans, values and dates for 949-956.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset107/annotation_source.py && python3 tests/devset107/verify.py
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
    """1-based number of the line that holds the unique string s"""
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
RYAB='Sergey Ryabkov'; SHER='Wendy Sherman'; BLIN='Antony Blinken'; KNB='Kazakh National Security Committee'
UKFO='UK Foreign Office'; RUMFA='Russian Foreign Ministry'; SERD='Andrei Serdyukov'; PSAKI='Jen Psaki'

# ---------------- 949 NPR.org web story (January 10, 2022, a Monday)
P='949'
art(P,0,ln(P,'U.S. and Russia open high-stakes talks'),ln(P,'GENEVA — American and Russian'),'NPR','2022-01-10',['Claire Donnelly','Ben Harlow'],'GENEVA',
    ['NPR','Sections','Donate','EUROPE','January 10, 2022 5:01 AM ET','Heard on Morning Edition','Listen · 3:52','3-Minute Listen','Playlist','Download','Embed','Transcript',
     'Enlarge this image','hide caption','toggle caption','Lucien Marchetti/AFP via Getty Images','Sponsor Message',"NPR's Ben Harlow reported from Moscow.",'More Stories From NPR','Facebook','Twitter','Flipboard','Email'],
    sections=(ln(P,'A shadow over the talks'),))
q(P,'difficult, but businesslike,',RYAB,'Ryabkov','told',partial=True,note='"Ryabkov told Russian reporters afterward that the conversation had been "…," and that …"; comma inside the closing mark')
q(P,'We will not make concessions under pressure, and we do not intend to,',RYAB,'he','said',note='stand-alone paragraph; he = Ryabkov (previous paragraph)')
q(P,'not the principle that countries choose their own alliances.',None,'A senior State Department official','told',partial=True,note='anonymous official ("speaking on condition of anonymity"); cue "told reporters"; the quoted clause ends with "." inside the mark')
q(P,'real progress',BLIN,'Secretary of State Antony Blinken','said',partial=True,note='two-word evaluative partial with a speech verb ("said in a television interview")')
q(P,"Russian forces sit on Ukraine's doorstep.",BLIN,'Secretary of State Antony Blinken','said',partial=True)
q(P,'a substantial number of foreign nationals.',MIA,'The Interior Ministry','said',partial=True)
q(P,'People are queuing for bread and nobody talks about politics on the street. Everyone is waiting to see who comes knocking,','Timur Seitkali','Seitkali','said',note='invented resident; age and job in the previous paragraph, surname-only cue "Seitkali said"')
q(P,'a fantasy of Western propagandists.',RYAB,'Ryabkov','dismissed',partial=True,note='cue "dismissed the idea as"')
c(P,'troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'United States','Russia has massed about 100,000 troops',note='"according to U.S. estimates"')
c(P,'killed',164,None,'people killed in a week of unrest (figure later removed)','Kazakh state television','164 people had been killed',note='later removed from the channel\'s website')
c(P,'detained',5800,None,'people detained',MIA,'5,800 people had been detained')
c(P,'troops_deployed',2030,'about','CSTO troops in Kazakhstan','Russian officials','about 2,030 troops in all',note='"Russian officials say the CSTO deployment, about 2,030 troops in all, …"')
e(P,'2022-01-10','talks','Geneva',[SHER,RYAB],'sit down here Monday for the first of three rounds of talks',note='publication day')
e(P,'2022-01-09','talks','Geneva',[SHER,RYAB],'already met over dinner on Sunday',note='working dinner; Sunday before Monday 10 Jan')
e(P,'2022-01-08','statement',None,['US State Department'],'told reporters in a call on Saturday',note='background call by an anonymous official')
e(P,'2022-01-09','statement',None,[BLIN],'said in a television interview on Sunday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels on Wednesday',note='future; Wednesday after Monday 10 Jan')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')
e(P,'2022-01-05','other',None,[TOK,CSTO],'asked for help last Wednesday',note='request for CSTO help; "last Wednesday" from Monday 10 Jan')
e(P,'2022-01-09','casualty_report',None,['Kazakh state television'],'Kazakh state television reported on Sunday')
e(P,'2022-01-09','statement',None,[RYAB],'Ryabkov, asked on Sunday whether',note='Sunday before Monday 10 Jan; Ryabkov dismissed a permanent mission')

# ---------------- 950 BBC News website article ("Published 7 January", no year; Friday 7 January 2022)
P='950'
art(P,0,ln(P,'Kazakhstan unrest: Tokayev orders'),ln(P,"Kazakhstan's President Kassym-Jomart Tokayev says he has"),'BBC News','2022-01-07',['Hannah Preston'],None,
    ['BBC','Homepage','Skip to content','Accessibility Help','News','Home | Coronavirus | Climate | UK | World | Business | Politics | Tech | Science | Health',
     'Africa | Asia | Australia | Europe | Latin America | Middle East | US & Canada','Published','7 January','Share','Image source, Reuters','Image caption,',
     'By Hannah Preston','BBC News','Media caption,','Watch: Gunfire in central Almaty as troops retake the main square','Analysis box by Martin Keel, Moscow correspondent',
     'Related Topics','More on this story','Why are there riots in Kazakhstan and why are Russian troops there?','6 January',"Kazakhstan's president asks Russia-led alliance for help",'5 January'])
q(P,'shoot without warning',TOK,'Kassym-Jomart Tokayev','says',n=2,partial=True,note='present-tense cue "says he has authorised"; the same words appear unquoted in the headline')
q(P,'Who would negotiate with people who loot and kill?',TOK,'he','asked',note='question closed by "?" inside the mark; cue "asked"')
q(P,'We are dealing with armed and well-prepared bandits, both local and foreign.',TOK,'he','asked',note='second sentence after the interposed "he asked." — same cue (gold rule)')
q(P,'for a limited period of time',RUMFA,"Russia's foreign ministry",'said',partial=True)
q(P,'very difficult',BLIN,'Antony Blinken','said',partial=True,note='two-word evaluative partial; "speaking at a news conference in Washington on Friday, said …"')
q(P,'refrain from violence','Antonio Guterres','António Guterres','urged',partial=True,note='"Guterres urged all sides to "…", his spokesman said" — the words are Guterres\'s, relayed by his spokesman (gold "press office quoted Tokayev")')
q(P,'We have not left the flat for two days. We are down to pasta and tea,',None,'she','said',note='anonymous Almaty resident ("who asked not to be named"); a duration inside the quote')
c(P,'other',20000,None,'"bandits" who attacked Almaty',TOK,'He said 20,000 "bandits" had attacked Almaty',note='one-word scare quote "bandits" excluded from quotes')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c(P,'killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died',note='"two of whom were found beheaded" is a subset, not a claim')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'it is sending about 2,500 troops',note='"The alliance says"')
e(P,'2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e(P,'2022-01-07','casualty_report',None,[MIA],'The interior ministry said on Friday')
e(P,'2022-01-02','protest',None,[],'The protests began last Sunday',note='"last Sunday" from Friday 7 Jan')
e(P,'2022-01-05','protest','Almaty',[],"the mayor's office was set on fire on Wednesday")
e(P,None,'other',None,[TOK,CSTO],'Mr Tokayev has asked the Russian-led Collective Security Treaty Organization',note='request for CSTO help; undated here (real: night of 5 Jan)')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'The alliance says it is sending about 2,500 troops',note='undated; the Thursday landing is only in the image caption (not annotated)')
e(P,'2022-01-07','statement','Washington',[BLIN],'speaking at a news conference in Washington on Friday')
e(P,None,'talks','Geneva',['Russia','United States'],'Next week Russian diplomats sit down with US officials in Geneva',note='"Next week" is not a day (real: 10 Jan)')
e(P,'2022-01-05','other','Kazakhstan',[],'Internet access has been cut across much of Kazakhstan since Wednesday',note='internet shutdown')

# ---------------- 951 The Daily Beast (Jan. 08, 2022, a Saturday)
P='951'
art(P,0,ln(P,'Kazakhstan’s Ex-Spy Chief Arrested'),ln(P,'The man who ran the country’s feared'),'The Daily Beast','2022-01-08',['Natalia Brandt'],None,
    ['The Daily Beast','Subscribe','Sign In','WORLD','‘HIGH TREASON’','Natalia Brandt','Breaking News Reporter','Published Jan. 08, 2022 11:42AM ET',
     'Photo Illustration by The Daily Beast/Getty','Read it at Reuters','Got a tip? Send it to The Daily Beast here.'])
q(P,'A criminal case on high treason was opened on January 6, 2022. K. Masimov is being held as a suspect in a temporary detention centre,',KNB,'the statement','said',note='"the statement said"; a date inside the quote')
q(P,'Elbasy is in Nur-Sultan and feels well. He asks every citizen to stand together behind the head of state,','Aidos Ukibay','Ukibay','wrote',note='a tweet; cue "wrote"; "Elbasy" (leader of the nation) = Nazarbayev inside the quote')
q(P,'This looks a lot less like counter-terrorism and a lot more like a palace coup,','Eleanor Whitfield','Eleanor Whitfield','told',note='inverted cue "…,” Eleanor Whitfield, a … analyst at …, told The Daily Beast."; invented analyst')
q(P,'Tokayev has Russian paratroopers guarding his airports, and that gives him the muscle to clear out Nazarbayev’s people.','Eleanor Whitfield','Eleanor Whitfield','told',note='second half after the interposed attribution; same cue')
q(P,'a message to everyone in the old family network','Eleanor Whitfield','She','said',partial=True)
q(P,'very closely for any abuses',PSAKI,'White House press secretary Jen Psaki','said',partial=True)
c(P,'detained',4400,'more than','people detained in the crackdown','Kazakh government','more than 4,400 people detained',note='"by the government’s count"')
c(P,'killed',26,None,'rioters killed',MIA,'26 rioters had been killed',note='one-word “neutralized” in the same sentence is excluded')
c(P,'other',20000,None,'“terrorists” who hit the country',TOK,'20,000 “terrorists” trained abroad',note='Tokayev’s claim; one-word label excluded from quotes')
c(P,'troops_deployed',2500,'about','CSTO troops deployed',CSTO,'About 2,500 troops from the Moscow-led',note='"according to the alliance"')
e(P,'2022-01-08','statement',None,[KNB],'the country’s security service said Saturday')
e(P,'2022-01-06','arrest',None,[KNB,'Karim Masimov'],'was detained on Thursday',note='Thursday before Saturday 8 Jan (the quoted statement also says January 6)')
e(P,'2022-01-05','other',None,[TOK,'Karim Masimov'],'He had been fired as the committee’s chairman only a day earlier',note='dismissal; "a day earlier" than Thursday 6 Jan')
e(P,'2022-01-08','casualty_report',None,[MIA],'The Interior Ministry said Saturday')
e(P,None,'statement',None,['Aidos Ukibay'],'insisted on Twitter that the 81-year-old was in the capital',note='undated tweet (real: 8 Jan)')
e(P,'2022-01-07','statement',None,[TOK],'On Friday he said he had given the order to shoot to kill')
e(P,None,'statement','Washington',[PSAKI],'White House press secretary Jen Psaki said',note='undated')

# ---------------- 952 inews.co.uk (January 11, 2022, a Tuesday)
P='952'
art(P,0,ln(P,"Kazakhstan's president says Russian-led troops will start going home"),ln(P,'Kassym-Jomart Tokayev named a new prime minister'),'i','2022-01-11',['Joe Walcott'],None,
    ['i','News','Politics','World','Opinion','Culture','Puzzles','By Joe Walcott','World Affairs Correspondent','January 11, 2022 6:12 pm(Updated 7:03 pm)',
     'Read Next','Why the Kazakhstan crisis matters for the Russia-Nato talks','Most Read','Comments'])
q(P,'successfully completed',TOK,"Kazakhstan's President",'declared',partial=True,note='title-only subject "Kazakhstan\'s President"; the name comes in the next paragraph')
q(P,'The main task of the peacekeepers has been carried out. The situation is stable, and our own forces can now guard the key facilities,',TOK,'he','told')
q(P,'a class of people who became very rich, even by global standards',TOK,'Mr Tokayev','said',partial=True)
q(P,'give something back to the people',TOK,'Mr Tokayev','said',partial=True)
q(P,'We have received credible reports of beatings in police stations in Almaty, and families are not being told where their relatives are held,','Nadezhda Orlova','Nadezhda Orlova','said',note='inverted "…," said Nadezhda Orlova, of the … Bureau for Civil Liberties; invented person and NGO')
q(P,'We continue to call on all sides to avoid violence and to respect the right to peaceful protest,',UKFO,'a Foreign Office spokesperson','said')
q(P,'The banks opened this morning and the queues went round the block. People want cash in their hands in case it all starts again,','Gareth Pryce','he','said',note='invented Briton; "this morning" inside the quote')
q(P,'as soon as the Kazakh side considers it necessary','Maria Zakharova','Maria Zakharova','said',partial=True,note='closing mark followed by "." outside')
c(P,'troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,030 troops',note='the alliance is the subject that sent them (source null, like devset19 252)')
c(P,'detained',9900,None,'people detained','officials','put the number detained at 9,900',note='"Official figures released on Tuesday"')
c(P,'killed',164,None,'death toll (figure withdrawn)','officials','withdrew a figure of 164',note='withdrawn figure; kept as in earlier sets')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'Speaking to MPs in the capital Nur-Sultan on Tuesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'said they will begin to withdraw in two days',note='"in two days" from Tuesday 11 Jan (future)')
e(P,'2022-01-05','other',None,[TOK,CSTO],'appealed for help last Wednesday',note='request for CSTO help; "last Wednesday" from Tuesday 11 Jan')
e(P,'2022-01-11','appointment',None,['Alikhan Smailov','Mazhilis'],'Lawmakers on Tuesday approved his choice of Alikhan Smailov')
e(P,'2022-01-05','government_resignation',None,['Askar Mamin'],'who was dismissed on 5 January along with his cabinet')
e(P,'2022-01-11','casualty_report',None,[],'Official figures released on Tuesday')
e(P,'2022-01-09','casualty_report',None,[],'when officials withdrew a figure of 164',note='"since Sunday, when …" → Sunday 9 Jan')
e(P,'2022-01-10','statement',None,['Maria Zakharova'],'said on Monday that the mission would end')
e(P,None,'statement',None,[UKFO],'The UK has urged restraint.',note='undated')

# ---------------- 953 Washington Examiner (January 12, 2022, a Wednesday)
P='953'
art(P,0,ln(P,'NATO and Russia end Brussels meeting'),ln(P,'BRUSSELS — NATO allies and Russia'),'Washington Examiner','2022-01-12',['Anna Kessler'],'BRUSSELS',
    ['Washington Examiner','Politics','Policy','Opinion','Magazine','Podcasts','Policy > National Security','by Anna Kessler, National Security Reporter',' | January 12, 2022 05:48 PM',
     'Print this article','Related Content',"Biden administration warns of 'swift and severe' costs in Geneva talks",'Kazakhstan arrests ex-spy chief amid Russian-backed crackdown',
     'Washington Examiner Videos','Sign up for the Washington Examiner Daily newsletter'])
q(P,'serious disagreements','Jens Stoltenberg','Secretary-General Jens Stoltenberg','acknowledging',n=2,partial=True,note='participle cue "with … Stoltenberg acknowledging there were "…""; the same words single-quoted in the headline (excluded)')
q(P,'will take time and hard work to narrow.','Jens Stoltenberg','Secretary-General Jens Stoltenberg','acknowledging',partial=True,note='full stop inside the closing mark at the end of the sentence')
q(P,'Allies were united. We will not compromise on the right of each nation to choose its own path,','Jens Stoltenberg','Stoltenberg','told')
q(P,'If Moscow leaves the table now, everyone will understand that it never wanted an agreement in the first place,',SHER,'she','said',note='she = Sherman, named at the start of the paragraph')
q(P,'The administration keeps holding meetings while Putin keeps moving tanks,','Dale Whitcomb','Rep. Dale Whitcomb','said',note='inverted "…," said Rep. Dale Whitcomb, an Oklahoma Republican …; invented congressman; a name (Putin) inside the quote')
q(P,'Talking is fine. Talking instead of deterring is not.','Dale Whitcomb','Rep. Dale Whitcomb','said',note='second half after the interposed attribution')
q(P,'already redrawing the map','Dale Whitcomb','Whitcomb','pointed to',partial=True,note='cue "pointed to … as evidence that"')
q(P,'read out their positions and barely engaged',None,'A senior NATO diplomat','said',partial=True,note='anonymous diplomat')
c(P,'troops_deployed',100000,'about',"Russian troops near Ukraine",'United States','Russia has gathered about 100,000 troops',note='"The United States estimates"')
c(P,'troops_deployed',2000,'more than','Russian-led troops flown into Kazakhstan',None,'more than 2,000 Russian-led troops were flown in',note='in the reporter\'s clause, not inside Whitcomb\'s quote')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'wrapped up four hours of talks here on Wednesday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'came two days after U.S. and Russian negotiators held marathon talks in Geneva',note='"two days after" Wednesday 12 Jan')
e(P,None,'statement','Brussels',['Jens Stoltenberg'],'told a news conference after the session',note='no day word in the sentence; same day as the session (2022-01-12)')
e(P,None,'statement',None,[SHER],'she said in a call with reporters',note='undated')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'were flown in last week',note='"last week" is not a day')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin leaving on Thursday',note='future; Thursday after Wednesday 12 Jan')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev told parliament on Tuesday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'meet in Vienna on Thursday')

# ---------------- 954 The Week UK explainer (13 January 2022, a Thursday)
P='954'
art(P,0,ln(P,'Kazakhstan: has Tokayev come out on top?'),ln(P,'Russian-led troops begin to leave after'),'The Week','2022-01-13',['Julia Fenwick'],None,
    ['THE WEEK','Subscribe','Newsletters','Sign in','World news','Julia Fenwick','13 January 2022','Share on Facebook','Share on Twitter','Copy link',
     'You might also like','Russia and Nato: what happened in Geneva?',"Why Kazakhstan matters to the world's oil markets",'SUBSCRIBE TO THE WEEK',
     'Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives.'],
    sections=(ln(P,'What happened\n'),ln(P,'What did the commentators say?'),ln(P,'What next?')))
q(P,'fulfilled its tasks in full',SERD,'Colonel General Andrei Serdyukov','said',partial=True)
q(P,'the cheapest victory Moscow has won in a decade','Owen Marsh','Owen Marsh',None,partial=True,note='"For Owen Marsh in The Times, the withdrawal is "…"" — attribution without a speech verb, so cue null; invented columnist')
q(P,'spent a week and a few hundred flights to turn Kazakhstan from a careful balancer into a client','Owen Marsh','he','argued',partial=True,note='"Russia, he argued, "…"" — interposed cue before the quoted clause')
q(P,'owes his survival to the Kremlin','Priya Lal','Priya Lal','said',partial=True,note='cue in the previous sentence of the same paragraph ("Not so fast, said Priya Lal in The Guardian."); invented columnist')
q(P,'He invited the Russians in and he is sending them home,','Priya Lal','she','wrote')
q(P,'That is not the behaviour of a vassal.','Priya Lal','she','wrote',note='second half after the interposed "she wrote."')
q(P,'has more holes than a Kazakh cheese','The Economist','The Economist','was blunter',partial=True,note='colon introduction "The Economist was blunter: …"; the cue is that phrase (no speech verb); the one-word "terrorist" label in the same sentence is excluded; an outlet as speaker')
q(P,'Nur-Sultan will be asked to repay the favour,','Robert Hale','he','predicted',note='"warned that …" in the previous sentence; the quote\'s own cue is "he predicted"; invented columnist')
q(P,'and it will find that the bill comes in roubles and in votes at the UN.','Robert Hale','he','predicted',note='second half after the interposed cue (starts lower-case with "and")')
q(P,'higher than at any time in a generation','Zbigniew Rau','Zbigniew Rau','told',partial=True)
q(P,'some useful moments','Dmitry Peskov','Dmitry Peskov','told',partial=True,note='the one-word "fundamental" in the same sentence is excluded')
c(P,'troops_deployed',2000,'about','CSTO soldiers deployed',None,'The CSTO deployed around 2,000 soldiers',note='"around" → about')
c(P,'detained',12000,'more than','people detained during the turmoil','Kazakh authorities','more than 12,000 people were detained')
c(P,'killed',19,None,'members of the security forces killed',None,'among them 19 members of the security forces',note='"Dozens have died" (vague, not a claim); source null because "According to the Kazakh authorities" is in the previous sentence')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The first Russian-led troops began pulling out of Kazakhstan today')
e(P,'2022-01-13','statement','Almaty',[SERD],'At a ceremony in Almaty, Colonel General Andrei Serdyukov',note='ceremony "today" (same paragraph context, publication day); no day word in this sentence, dated from the lead')
e(P,'2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last units would leave by 19 January',note='planned end of the withdrawal')
e(P,'2022-01-11','statement',None,[TOK],'He told parliament on Tuesday')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia'],'ended today in Vienna')
e(P,None,'statement',None,['Dmitry Peskov'],'told reporters the talks had produced',note='undated')

# ---------------- 955 GB News web story (Published 14/01/2022, a Friday)
P='955'
art(P,0,ln(P,"British nationals told to 'stay vigilant'"),ln(P,'Britons in the Central Asian country'),'GB News','2022-01-14',['Tom Riley'],None,
    ['GB News','Watch Live','Shows','News','Politics','Opinion','World','By Tom Riley','Published 14/01/2022 - 11:32 | Updated 14/01/2022 - 12:05','Tweet',
     "@FCDOtravelGovUK: We've updated our Kazakhstan travel advice. Read the latest before you travel.",'Related','Kazakhstan crisis: Ex-spy chief held on suspicion of treason',
     "Putin warns 'colour revolution' will not be allowed",'Most Read','Sign up to our newsletter'])
q(P,'remains fragile',UKFO,'officials','said',partial=True,note='"In updated travel advice issued on Thursday, officials said …"')
q(P,'You should follow the instructions of the local authorities, avoid any demonstrations and carry your passport at all times,',UKFO,'the guidance','said',note='"the guidance said" — a document as the subject')
q(P,'We came at the request of a friendly state, we did what was asked of us, and now we are leaving,',SERD,'he','said',note='he = Serdyukov, named in the sentence before')
q(P,'Vladimir Putin has just shown the world he can put two thousand troops into a neighbouring country in a weekend and take them out again when it suits him,','Richard Ashdown','he','said',note='invented MP; named in the previous paragraph ("told GB News"); a written-out figure inside the quote')
q(P,'If we think Ukraine is watching this with indifference, we are kidding ourselves.','Richard Ashdown','he','said',note='second half after the interposed "he said."')
q(P,'The shooting never reached us out here, but you could feel it. Nobody has been allowed off site for ten days,','Paul Benson','he','told',note='"he told GB News by WhatsApp"; the one-word "eerie" in the previous paragraph is excluded; invented oil worker')
c(P,'other',600,'more than','Russian servicemen already returned home',RDM,'more than 600 servicemen had already returned',note='withdrawal count; no "troops_withdrawn" type in the schema, so other')
c(P,'troops_deployed',2030,'about','CSTO personnel in the operation','Kremlin','about 2,030 personnel',note='"the Kremlin said" at the end of the sentence')
c(P,'troops_deployed',2000,None,'troops Putin put into Kazakhstan','Richard Ashdown','two thousand troops',note='written-out number inside a quote')
c(P,'detained',4266,None,'people still held in connection with the riots','Kazakh Prosecutor General\'s Office','4,266 people were still being held')
e(P,'2022-01-13','statement',None,[UKFO],'In updated travel advice issued on Thursday',note='travel advice update; Thursday before Friday 14 Jan')
e(P,'2022-01-14','statement',None,[RDM],"Russia's Defence Ministry said on Friday")
e(P,None,'withdrawal','Russia',[RDM],'the first aircraft carrying its paratroopers had landed at Ulyanovsk and Ivanovo',note='landing reported on Friday; the landing day itself is not given')
e(P,'2022-01-13','withdrawal','Almaty',[SERD,CSTO],"On Thursday, at a send-off in Almaty's Republic Square",note='send-off ceremony')
e(P,'2022-01-14','statement',None,["Kazakh Prosecutor General's Office"],"The Kazakh prosecutor general's office said on Friday")

# ---------------- 956 Newsmax (Thursday, 13 January 2022)
P='956'
art(P,0,ln(P,"Russia Says Security Talks at 'Dead End'"),ln(P,'A week of high-level diplomacy between Russia'),'Newsmax','2022-01-13',['Mark Delaney'],None,
    ['Newsmax','Home | Newsfront | America | Politics | World | Finance | Health | Opinion','Tags: russia | ukraine | osce | kazakhstan | nato',
     'By Mark Delaney    |   Thursday, 13 January 2022 04:22 PM EST','Current | Bio | Archive','Comment  |  Print  |   A  A','Newsmax wires contributed to this report.',
     '© 2022 Newsmax Media, Inc. All rights reserved.','Related Stories:',"Biden: Russia Faces 'Severe' Consequences if Ukraine Invaded",'Kazakhstan Detains Former Security Chief on Treason Charge'])
q(P,'close to a dead end',RYAB,'Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='the headline\'s single-quoted \'Dead End\' is excluded')
q(P,'I do not see why we should meet again next week just to repeat the same arguments,',RYAB,'Ryabkov','said')
q(P,'the most serious test for its security in decades','Michael Carpenter','U.S. Ambassador Michael Carpenter','told',partial=True)
q(P,'We are not going to sit back and let Russia redraw borders by force,','Michael Carpenter','Carpenter','said')
q(P,'There is still time for diplomacy, but that time is not unlimited.','Michael Carpenter','Carpenter','said',note='second half after the interposed "Carpenter said."')
q(P,'with lectures and ultimatums.','Alexander Lukashevich','Alexander Lukashevich','complained',partial=True,note='full stop inside the closing mark')
q(P,'Vladimir Putin has been given a seat at the table and nothing in return has been asked of him,','Clay Morrow','Sen. Clay Morrow','said in a statement',note='inverted "…," Sen. Clay Morrow, R-Idaho, said in a statement Thursday; invented senator')
q(P,'negotiate over the heads of our European partners,',PSAKI,'White House press secretary Jen Psaki','told',partial=True,note='comma inside the closing mark')
c(P,'troops_deployed',100000,None,"Russian troops near Ukraine's border",'Western intelligence','between 100,000 and 120,000 troops',vmax=120000,note='range: value = lower bound, value_max = upper bound')
c(P,'detained',10000,'more than','people detained in the crackdown',MIA,'more than 10,000 people have been detained')
c(P,'troops_deployed',2000,'about','CSTO troops being pulled out',None,'the roughly 2,000 CSTO troops',note='"roughly" → about; Tokayev is quoted on the timing, not the figure')
e(P,'2022-01-13','talks','Vienna',['OSCE','Russia','United States'],'ended Thursday the way it began')
e(P,None,'statement',None,[RYAB],'Speaking to Russian television before envoys gathered in Vienna',note='no day word in the sentence (likely 2022-01-13)')
e(P,None,'statement','Vienna',['Michael Carpenter'],'At the OSCE meeting, U.S. Ambassador Michael Carpenter told reporters',note='at the Thursday meeting (likely 2022-01-13); no day word in the sentence')
e(P,None,'statement','Vienna',['Zbigniew Rau'],'opening the session as the OSCE\'s new chairman',note='likely 2022-01-13')
e(P,None,'withdrawal','Kazakhstan',['Russia',CSTO],'Russia has meanwhile begun pulling out the troops')
e(P,'2022-01-13','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said Thursday")
e(P,'2022-01-13','statement',None,['Clay Morrow'],'said in a statement Thursday')
e(P,None,'statement',None,[PSAKI],"asked about Ryabkov's remarks",note='undated')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['he','Mr Tokayev'],["Tokayev's"]),
 sp(RYAB,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister','Deputy Foreign Minister'],'Russia',['he'],["Ryabkov's"],note='canonical spelling from earlier sets; only "Sergei" is printed here'),
 sp(SHER,'person',['Wendy Sherman'],['Deputy Secretary of State'],'United States',['she']),
 sp(BLIN,'person',['Antony Blinken'],['Secretary of State','US Secretary of State'],'United States'),
 sp('Timur Seitkali','person',['Timur Seitkali','Seitkali'],['a 34-year-old software developer in Almaty'],'Kazakhstan',note='invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',['The Interior Ministry',"Kazakhstan's Interior Ministry"]),
 sp(RUMFA,'organisation',["Russia's foreign ministry"],[],'Russia'),
 sp('Antonio Guterres','person',['António Guterres'],['The UN Secretary General'],None,[],[],note='canonical spelling from earlier sets; words relayed by "his spokesman"'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['the statement','the country’s security service']),
 sp('Aidos Ukibay','person',['Aidos Ukibay','Ukibay'],['His spokesman'],'Kazakhstan',note='Nazarbayev\'s spokesman; words invented'),
 sp('Eleanor Whitfield','person',['Eleanor Whitfield'],['a Central Asia analyst at the London consultancy Steppe Risk'],'United Kingdom',['She'],note='invented, as is Steppe Risk'),
 sp(PSAKI,'person',['Jen Psaki','Psaki'],['White House press secretary'],'United States'),
 sp('Nadezhda Orlova','person',['Nadezhda Orlova'],[],'Kazakhstan',[],note='invented, as is the Bureau for Civil Liberties'),
 sp(UKFO,'organisation',['Foreign Office'],[],'United Kingdom',['a Foreign Office spokesperson','officials','the guidance']),
 sp('Gareth Pryce','person',['Gareth Pryce'],['an English teacher from Swansea'],'United Kingdom',['he'],note='invented'),
 sp('Maria Zakharova','person',['Maria Zakharova'],['foreign ministry spokeswoman'],'Russia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['Secretary-General'],'Norway'),
 sp('Dale Whitcomb','person',['Dale Whitcomb','Whitcomb'],['Rep.','an Oklahoma Republican on the House Armed Services Committee'],'United States',note='invented'),
 sp(SERD,'person',['Andrei Serdyukov'],['Colonel General','the Russian commander of the mission','the Russian commander of the Collective Security Treaty Organization (CSTO) force'],'Russia',['he']),
 sp('Owen Marsh','person',['Owen Marsh'],[],'United Kingdom',['he'],note='invented columnist (words attributed to The Times are invented)'),
 sp('Priya Lal','person',['Priya Lal'],[],'United Kingdom',['she'],note='invented columnist (The Guardian)'),
 sp('The Economist','organisation',['The Economist'],[],'United Kingdom',note='words invented'),
 sp('Robert Hale','person',['Robert Hale'],[],'United Kingdom',['he'],note='invented columnist (The Spectator)'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister",'Polish Foreign Minister'],'Poland'),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['A Kremlin spokesman'],'Russia'),
 sp('Richard Ashdown','person',['Richard Ashdown'],['Conservative MP'],'United Kingdom',['he'],note='invented'),
 sp('Paul Benson','person',['Paul Benson'],[],'United Kingdom',['he'],note='invented'),
 sp('Michael Carpenter','person',['Michael Carpenter','Carpenter'],['U.S. Ambassador'],'United States'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's permanent representative","Russia's envoy"],'Russia'),
 sp('Clay Morrow','person',['Clay Morrow'],['Sen.'],'United States',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','The alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['ex-President','the first president'],'Kazakhstan',[],["Nazarbayev’s","Nazarbayev's"],quoted=False,note='mentioned in 3 files'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia',[],[],quoted=False,note='mentioned in 953 (inside a quote), 955, 956'),
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
