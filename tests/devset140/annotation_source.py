#!/usr/bin/env python3
"""Source of the devset140 annotation: the hand-chosen spans, values and dates for 1213-1220.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset140/annotation_source.py && python3 tests/devset140/verify.py
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
BLK='Antony Blinken'; CLV='James Cleverly'; PGO="Kazakh Prosecutor General's Office"

# ---------------- 1213 State Department fact sheet (JANUARY 11, 2022, a Tuesday)
art('1213',0,ln('1213','U.S. Engagement with Russia, NATO'),ln('1213','The United States is engaging Russia this week'),'U.S. Department of State','2022-01-11',[],None,
    ['U.S. DEPARTMENT of STATE','Skip to content','Home > Office of the Spokesperson > Fact Sheets','FACT SHEET','OFFICE OF THE SPOKESPERSON','JANUARY 11, 2022','Facebook   Twitter   LinkedIn   Email','TAGS','Related Articles','Back to Top'],
    sections=(ln('1213','STRATEGIC STABILITY DIALOGUE (GENEVA)'),ln('1213','NATO-RUSSIA COUNCIL (BRUSSELS)'),ln('1213','OSCE PERMANENT COUNCIL (VIENNA)'),ln('1213','\nKAZAKHSTAN\n')+1))
q('1213',"clear that some of Moscow's proposals cannot be on the table at all,",'Wendy Sherman','the Deputy Secretary','told',partial=True,note='"had made it “…”" inside a bullet; title-only mention "the Deputy Secretary"')
q('1213','Nothing about our Allies will be decided in a room without them,','Ned Price','Department Spokesperson Ned Price','said',note='inverted cue inside a bullet: "…," said Department Spokesperson Ned Price')
q('1213','a forum for both sides to listen, not only to talk.','Ned Price','He','added',partial=True)
q('1213','We will be watching closely to make sure the CSTO forces leave when the government asks them to,',BLK,'Secretary Blinken','said',note='"said last Friday"')
q('1213','when Kazakhstan has well-equipped forces of its own.',BLK,'Secretary Blinken','adding',partial=True,note='cue "adding that … had questions about why the request was made “…”"')
c('1213','troops_deployed',100000,'about','Russian troops near the border with Ukraine',None,'approximately 100,000 troops',note='"approximately" -> about')
c('1213','detained',9900,'more than','people detained since the unrest began','Kazakh authorities','more than 9,900 people have been detained')
c('1213','troops_deployed',2030,'about','CSTO troops in Kazakhstan',TOK,'roughly 2,030 troops',note='"roughly" -> about; in the sentence of what Tokayev announced')
e('1213','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'talks with Russian Deputy Foreign Minister Sergey Ryabkov on Monday, January 10')
e('1213','2022-01-10','statement',None,['Wendy Sherman'],'Afterward the Deputy Secretary told reporters',note='"Afterward" = after the Monday session')
e('1213','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council will meet on Wednesday, January 12',note='future at publication')
e('1213','2022-01-13','talks','Vienna',['OSCE'],'On Thursday the 57 participating States will discuss',note='Thursday after Tuesday 11 Jan; future')
e('1213','2022-01-06','talks',None,[BLK,'Mukhtar Tileuberdi'],'spoke with Kazakh Foreign Minister Mukhtar Tileuberdi on January 6')
e('1213','2022-01-11','statement',None,[TOK],'announced today that the Collective Security Treaty Organization',note='"today" = publication day')
e('1213','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving the country in two days',note='"in two days" from the announcement of 11 Jan; future')
e('1213','2022-01-07','statement',None,[BLK],'Secretary Blinken said last Friday',note='"last Friday" from Tuesday 11 Jan')

# ---------------- 1214 admin.ch FDFA press release (Bern, 08.01.2022, a Saturday)
art('1214',0,ln('1214','Kazakhstan: Switzerland calls for restraint'),ln('1214','Bern, 08.01.2022 -'),'The Federal Council','2022-01-08',[],'Bern',
    ['The Federal Council','The portal of the Swiss government','DE   FR   IT   RM   EN','Homepage > Documentation > Press releases','Address for enquiries:','FDFA Communication','Publisher:','Last modification 08.01.2022','Top of page','Share   Print'])
q('1214','Switzerland and Kazakhstan have been partners for many years, including in the Bretton Woods institutions, where we share a constituency. This gives us the possibility to speak frankly.','Ignazio Cassis','Mr Cassis','said',malformed=True,note='multi-paragraph convention: this paragraph is left open (no closing mark), the next re-opens; the cue is in the next paragraph')
q('1214','The legitimate concerns of the population must be addressed through dialogue and not by force. Human rights, including the right to peaceful assembly, must be respected also in a state of emergency,','Ignazio Cassis','Mr Cassis','said')
q('1214','temporary and limited','Russia','Moscow','has stated',partial=True,note='"as Moscow has stated"; the Russian government as a whole (no ministry named)')
q('1214','all safe and working, partly from home','Jean-Luc Perrin','Ambassador Jean-Luc Perrin','said',partial=True,note='invented ambassador')
q('1214','Geneva is ready to host the dialogue for as long as the parties need it,','Andrea Zurbriggen','the FDFA spokesperson, Andrea Zurbriggen','told',note='invented spokesperson; role before the name with a comma')
c('1214','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" have been killed',note='scare-quoted label excluded from quotes')
c('1214','detained',4400,'more than','people detained since the protests began',MIA,'more than 4,400 people detained')
c('1214','killed',18,None,'members of the security forces killed',MIA,'the deaths of 18 members of the security forces',note='"The authorities also reported"')
c('1214','troops_deployed',2500,'about','CSTO soldiers to be deployed',CSTO,'Some 2,500 soldiers are to be deployed',note='"Some" -> about; "the organisation said"')
e('1214','2022-01-07','talks',None,['Ignazio Cassis','Mukhtar Tileuberdi'],'spoke by telephone on Friday',note='Friday before Saturday 8 Jan')
e('1214','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'On Thursday, the first units of the Collective Security Treaty Organization')
e('1214','2022-01-10','talks','Geneva',['United States','Russia'],'the talks between the United States and Russia in Geneva on Monday',note='future; Monday after Saturday 8 Jan')
e('1214',None,'statement',None,['Andrea Zurbriggen'],'told the media',note='undated')

# ---------------- 1215 Dáil Éireann debate (Wednesday, 19 Jan 2022)
art('1215',0,ln('1215','Crisis in Kazakhstan and Security in Eastern Europe: Statements'),ln('1215','I thank the Minister for coming in.'),'Houses of the Oireachtas','2022-01-19',[],None,
    ['Houses of the Oireachtas','Home > Debates > Dáil Éireann debate - Wednesday, 19 Jan 2022','Dáil Éireann debate - Wednesday, 19 Jan 2022','Vol. 1017 No. 2','Print   Share   Download PDF','Written Answers are published here','Next Debate: Ukraine: Statements','Previous Debate: Covid-19 (Transport): Statements'])
q('1215','shoot without warning',TOK,'their President','telling the world',partial=True,note='"their President was telling the world he had given the order to “…”"; the debate speech itself is unquoted and not a quote')
q('1215','beaten and denied access to lawyers','Amnesty International','Amnesty International','has said',partial=True)
q('1215','the danger of war in our region has not been this high for three decades.','Zbigniew Rau','the new Polish chair, Zbigniew Rau','warned',partial=True,note='"warned that “…”" inside the Minister\'s speech; a clause after "that", flagged partial')
q('1215','a transparent and independent investigation','European Union','the EU statement','called for',partial=True)
q('1215','in a legally binding form','Sergey Ryabkov','Mr. Ryabkov','said',partial=True,note='"The Deputy Foreign Minister, Mr. Ryabkov," (title, then name)')
q('1215','neutrality does not mean indifference.','Micheál Martin','the Taoiseach','said',note='title only; quoted inside the Minister\'s speech')
c('1215','killed',225,None,'people killed in the unrest',PGO,'225 people had been killed')
c('1215','killed',19,None,'members of the security forces killed',PGO,'among them 19 members of the security forces',note='subset of the 225; kept as its own figure')
c('1215','detained',10000,'almost','people detained',None,'Nearly 10,000 people were detained',note='"Nearly" -> almost')
c('1215','troops_deployed',2000,'about','CSTO troops in Kazakhstan','Kazakh authorities','roughly 2,000 troops',note='"the Kazakh authorities have told us"')
e('1215',None,'protest','Kazakhstan',[],'Two weeks ago the people of Kazakhstan went onto the streets',note='"Two weeks ago" is not a day (about 2-5 Jan)')
e('1215','2022-01-15','casualty_report',None,[PGO],"On Saturday last, the Prosecutor General's office said",note='"Saturday last" from Wednesday 19 Jan')
e('1215','2022-01-17','other',None,['Ireland'],'raised it with the Kazakh side on Monday',note='the Irish ambassador (not named); Monday before Wednesday 19 Jan')
e('1215','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'Last Thursday I listened to the discussion at the OSCE Permanent Council')
e('1215','2022-01-19','withdrawal','Kazakhstan',[CSTO],'leave the country today')
e('1215',None,'talks','Geneva; Brussels',['Russia','United States','NATO'],'Last week in Geneva and Brussels',note='"Last week" is not a day (10 and 12 Jan)')
e('1215','2022-01-17','statement','Brussels',['Micheál Martin'],'As the Taoiseach said in Brussels on Monday')
e('1215','2022-01-24','talks',None,['European Union'],'The EU foreign ministers will meet again on Monday next',note='"Monday next" from Wednesday 19 Jan; future')

# ---------------- 1216 Australian Foreign Minister doorstop transcript (12 January 2022, a Wednesday)
art('1216',0,ln('1216','Doorstop interview, Sydney'),ln('1216','MARISE PAYNE: Thank you for coming out'),'Minister for Foreign Affairs','2022-01-12',[],None,
    ['Minister for Foreign Affairs','Minister for Women','Senator the Hon Marise Payne','Home  Media releases  Transcripts  Speeches  Articles','Transcript','12 January 2022','[ENDS]','Media enquiries',"Minister's office: (02) 6277 7500",'DFAT Media: (02) 6261 1555','Authorised by Senator the Hon Marise Payne, Liberal Party of Australia, Parliament House, Canberra.'])
q('1216','we will not make any decisions about Ukraine without Ukraine, or about Europe without Europe.',BLK,'He','told',note='"He told me, and I quote, “…”"; He = Secretary Blinken; inside unquoted transcript speech by Payne')
q('1216','hard, but businesslike','Sergey Ryabkov','Mr Ryabkov','described',partial=True,note='"described the talks as “…”"')
c('1216','killed',160,'more than','people killed in Kazakhstan','Kazakh authorities','more than 160 people have been killed',note='"The authorities there now say"')
c('1216','detained',8000,'almost','people detained',None,'close to 8,000 people have been detained',note='"close to" -> almost; "we have seen reports"')
c('1216','troops_deployed',100000,'about',"Russian troops on Ukraine's border",None,"some 100,000 troops on Ukraine's border",note='"some" -> about')
e('1216','2022-01-11','statement',None,[TOK],'Overnight, President Tokayev told the Kazakh parliament',note='"Overnight" in Sydney = 11 Jan in Kazakhstan')
e('1216','2022-01-13','withdrawal','Kazakhstan',[CSTO],"their withdrawal would begin in two days' time",note='two days after 11 Jan; future')
e('1216','2022-01-07','talks',None,['Marise Payne',BLK],'I spoke with Secretary Blinken on Friday')
e('1216','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO meets Russia tonight, our time, in Brussels')
e('1216','2022-01-13','talks','Vienna',['OSCE'],'the OSCE meeting on Thursday')

# ---------------- 1217 U.S. Helsinki Commission press release (Friday, January 07, 2022)
art('1217',0,ln('1217','HELSINKI COMMISSION LEADERS CONDEMN'),ln('1217','Call on CSTO troops to leave'),'U.S. Helsinki Commission','2022-01-07',[],'WASHINGTON',
    ['COMMISSION ON SECURITY AND COOPERATION IN EUROPE','U.S. HELSINKI COMMISSION','HOME | ABOUT | ISSUES | HEARINGS & EVENTS | NEWS | PUBLICATIONS | CONTACT','Press Release','Friday, January 07, 2022','Contact: Daniel Ostrowski','Tel: (202) 225-1901','###','Tags: Kazakhstan, Russia, Central Asia, OSCE','Share   Tweet   Email   Print'])
q('1217','as soon as possible','U.S. Helsinki Commission','HELSINKI COMMISSION LEADERS',None,partial=True,zone='headline',note='quote in the dek under the headline; no cue; the words are not repeated in the body')
q('1217','The people of Kazakhstan took to the streets because of fuel prices and stayed because of decades of corruption. They deserve answers, not bullets,','Ben Cardin','Sen. Ben Cardin','said',note='inverted cue "…," said Helsinki Commission Chairman Sen. Ben Cardin (MD); state in brackets after the name')
q('1217','An order to shoot without warning is an order no OSCE participating State should ever give.','Ben Cardin','Sen. Ben Cardin','said',note='second half after the interposed inverted attribution')
q('1217','a dangerous precedent for the whole region.','Steve Cohen','Rep. Steve Cohen','said',partial=True)
q('1217',"Once Moscow's soldiers are inside a country, history shows they are in no hurry to go home.",'Steve Cohen','He','added',note='"He added, “…”" (comma before the quote)')
q('1217','The Kremlin is showing us what it means by security guarantees,','Roger Wicker','he','said',note='he = Wicker, named in the previous sentence ("noted that")')
q('1217','We stand with the people of Kazakhstan,','Joe Wilson','Rep. Joe Wilson','said',note='inverted cue')
c('1217','killed',26,None,'protesters killed',MIA,'26 protesters were killed')
c('1217','detained',3000,'more than','people detained by Friday morning',MIA,'more than 3,000 people were detained')
c('1217','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had died')
c('1217','injured',748,None,'law enforcement officers injured',MIA,'748 were injured')
c('1217','troops_deployed',2500,'about','CSTO troops to be sent',CSTO,'about 2,500 troops')
e('1217','2022-01-07','statement','Washington',['U.S. Helsinki Commission'],'the leaders of the Helsinki Commission today condemned the violence')
e('1217','2022-01-02','protest','Zhanaozen',[],'Protests began on January 2 in the western town of Zhanaozen')
e('1217','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a nationwide state of emergency',note='"On Wednesday" from Friday 7 Jan')
e('1217','2022-01-05','other',None,[TOK,CSTO],'requested assistance from the CSTO',note='request for CSTO help, same sentence as "On Wednesday"')
e('1217','2022-01-06','troop_deployment','Almaty',['Russia'],'The first Russian paratroopers landed near Almaty the next day',note='"the next day" after Wednesday 5 Jan')

# ---------------- 1218 GOV.UK FCDO press release (Published 6 January 2022, Thu; updated 7 January)
art('1218',0,ln('1218','\nForeign Secretary statement on the situation in Kazakhstan\n')+1,ln('1218','The Foreign Secretary has called for an end'),'GOV.UK','2022-01-06',[],None,
    ['Skip to main content','Cookies on GOV.UK','We use some essential cookies to make this website work.','Accept additional cookies   Reject additional cookies   View cookies','GOV.UK','Menu','Home > International > Foreign affairs','Press release',
     'From: Foreign, Commonwealth & Development Office and The Rt Hon Elizabeth Truss MP','Published 6 January 2022','Last updated 7 January 2022 — see all updates','Explore the topic','Is this page useful?  Yes  No','Report a problem with this page','OGL','© Crown copyright'])
q('1218','limited period of time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True,note='the two-word label “peacekeeping force” in the same sentence is excluded')
q('1218','I have made clear that the use of lethal force against civilians is not acceptable. Any deployment of foreign troops must respect Kazakhstan’s sovereignty.',CLV,'he','said',note='"After the call he said: “…”"')
q('1218','We will be watching,',CLV,'Mr Cleverly','added',note='split by the interposed "Mr Cleverly added"')
q('1218','to make sure that the CSTO forces leave as promised.',CLV,'Mr Cleverly','added',note='second half after the interposed attribution')
q('1218','returning to normal life','Erlan Idrissov','The Ambassador','told',partial=True,note='"according to the Foreign Office" at the end of the sentence')
c('1218','killed',8,None,'police and national guard officers killed',MIA,'8 police and national guard officers had been killed')
c('1218','injured',317,None,'police and national guard officers injured',MIA,'317 injured')
c('1218','detained',2000,'more than','people detained',MIA,'More than 2,000 people have been detained')
c('1218','killed',26,None,'armed attackers killed','Kazakh authorities','26 armed attackers were killed',note='in the 7 January update')
c('1218','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces died')
c('1218','troops_deployed',2500,'about','CSTO troops being deployed',CSTO,'About 2,500 CSTO troops')
e('1218',None,'statement',None,['Liz Truss'],'Foreign Secretary Liz Truss said:',note='no day word; the page was published 6 Jan. Her statement is unmarked (no quotation marks) and is not a quote record')
e('1218','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'On Wednesday, President Kassym-Jomart Tokayev declared a state of emergency',note='Wednesday before Thursday 6 Jan')
e('1218','2022-01-05','other',None,[TOK,CSTO],'asked the Collective Security Treaty Organization (CSTO) for help')
e('1218','2022-01-07','talks','London',[CLV,'Erlan Idrissov'],'On Friday Minister for Europe James Cleverly spoke to the Kazakh Ambassador')
e('1218',None,'troop_deployment','Kazakhstan',[CSTO],'are being deployed, the alliance said',note='undated')

# ---------------- 1219 Estonian MFA press release (13.01.2022 | 18:22, a Thursday)
art('1219',0,ln('1219','Foreign Minister Liimets at OSCE:'),ln('1219','Estonian Minister of Foreign Affairs Eva-Maria Liimets took part'),'Estonian Ministry of Foreign Affairs','2022-01-13',[],None,
    ['Republic of Estonia','Ministry of Foreign Affairs','EST   ENG   RUS','Search','Home » Press releases','13.01.2022 | 18:22','Press release','Additional information:','Ministry of Foreign Affairs Press Office','Last updated: 13.01.2022 18:40','Share  Facebook  Twitter  LinkedIn','Back to top'])
q('1219','Estonia supports dialogue, but dialogue cannot mean accepting ultimatums,','Eva-Maria Liimets','Minister Liimets','said')
q('1219','Spheres of influence belong to the last century. Every country has the right to choose its own alliances, and that includes Ukraine.','Eva-Maria Liimets','Minister Liimets','said',note='second quote after the attribution, same paragraph')
q('1219','how quickly Russian troops can appear in a neighbouring country','Eva-Maria Liimets','the minister','According to',partial=True)
q('1219','De-escalation must come first. Without it, there is nothing to build on,','Eva-Maria Liimets','she','said')
q('1219','every tool it has','Zbigniew Rau','Rau','told',partial=True)
q('1219','Ukraine is not alone,','Dmytro Kuleba','Kuleba','said',note='"Kuleba said, according to the ministry"')
c('1219','troops_deployed',2000,'more than','CSTO troops deployed to Kazakhstan','Eva-Maria Liimets','More than 2,000 troops of the Collective Security Treaty Organization',note='"she noted"')
c('1219','troops_deployed',100000,'about',"Russian soldiers near Ukraine's borders",'Eva-Maria Liimets','about 100,000 soldiers',note='"Liimets recalled"')
e('1219','2022-01-13','talks','Vienna',['Eva-Maria Liimets','OSCE'],'took part today via video link in the special session')
e('1219',None,'talks',None,['United States','Russia','NATO'],'the talks held earlier in the week',note='"earlier in the week" is not a day (10 and 12 Jan)')
e('1219','2022-01-11','statement',None,[TOK],'Kassym-Jomart Tokayev said on Tuesday')
e('1219','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would start today',note='"today" in reported speech = publication day')
e('1219','2022-01-12','other',None,['Eva-Maria Liimets'],"On Wednesday, the minister met Estonia's ambassadors",note='internal meeting')
e('1219',None,'talks',None,['Eva-Maria Liimets','Dmytro Kuleba'],'Last week she had a telephone conversation',note='"Last week" is not a day')

# ---------------- 1220 House of Commons Library Insight (14 January 2022, a Friday)
art('1220',0,ln('1220','Kazakhstan: unrest, Russian troops and the UK response'),ln('1220','The worst violence in Kazakhstan since independence'),'House of Commons Library','2022-01-14',['Fiona Marsh','Tom Aldridge'],None,
    ['House of Commons Library','UK Parliament','Research Briefings   Insights   Topics   About the Library','Insight','14 January 2022','Share this insight','Download PDF','Further reading','Related posts','10 January 2022 | Insight','Produced by the House of Commons Library'],
    sections=(ln('1220','What happened?'),ln('1220','Why did the CSTO intervene?'),ln('1220','What has the UK said?')))
q('1220','shoot to kill without warning',TOK,'Tokayev','said',partial=True,note='"said he had given the order to “…”"; longer than the label "shoot to kill" that the gold excludes, so kept as a partial')
q('1220',"an attempted coup d'état",TOK,'he','told',partial=True)
q('1220','made our concerns very clear to the Kazakh authorities',CLV,'the Minister for Europe, James Cleverly','told',partial=True)
q('1220','We will judge the CSTO by its actions, not its communiqués.',CLV,'He','added')
q('1220','not something we are considering at this stage',CLV,'The Minister','replied',partial=True,note='"replied that sanctions were “…”"; the nearest name is Stephen Doughty, who asked')
c('1220','killed',160,'more than','people killed in the unrest',None,'has left more than 160 people dead',note='in the standfirst')
c('1220','detained',9900,None,'people detained by 11 January',MIA,'9,900 people had been detained')
c('1220','troops_deployed',2030,'about','CSTO troops arrived',None,'Around 2,030 troops arrived',note='"Around" -> about')
e('1220','2022-01-02','protest','Zhanaozen',[],'Protests began on 2 January in Zhanaozen')
e('1220','2022-01-05','protest','Almaty',[],'government buildings were set on fire on 5 January')
e('1220','2022-01-05','government_resignation',None,[TOK],'dismissed the government')
e('1220','2022-01-07','statement',None,[TOK],'In an address on 7 January')
e('1220','2022-01-10','talks',None,[TOK,CSTO],'On Monday, he told an online summit',note='Monday before Friday 14 Jan (CSTO video summit)')
e('1220','2022-01-13','withdrawal','Kazakhstan',[RDM],'The Russian Ministry of Defence said on Thursday',note='hand-over of guarded facilities, start of the pull-out')
e('1220','2022-01-06','statement',None,['Liz Truss'],'called on 6 January for an end to the violence')
e('1220','2022-01-11','other','London',[CLV,'Stephen Doughty'],'Responding to an Urgent Question on Tuesday',note='House of Commons Urgent Question; Tuesday before Friday 14 Jan')


# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['their President','he'],[]),
 sp('Wendy Sherman','person',['Wendy R. Sherman','Sherman'],['Deputy Secretary of State'],'United States',['the Deputy Secretary']),
 sp('Ned Price','person',['Ned Price'],['Department Spokesperson'],'United States',['He']),
 sp(BLK,'person',['Blinken'],['Secretary','Secretary of State'],'United States',['He'],['Secretary Blinken'],note='only "Secretary Blinken" is printed in this set; canonical from earlier sets'),
 sp('Ignazio Cassis','person',['Ignazio Cassis','Cassis'],['Federal Councillor'],'Switzerland',[],['Mr Cassis'],note='words invented'),
 sp('Russia','organisation',['Russia','Moscow'],[],'Russia',['Moscow'],note='"as Moscow has stated" (1214): the Russian government, no ministry named'),
 sp('Jean-Luc Perrin','person',['Jean-Luc Perrin'],['Ambassador',"The embassy's head of mission"],'Switzerland',note='invented'),
 sp('Andrea Zurbriggen','person',['Andrea Zurbriggen'],['the FDFA spokesperson'],'Switzerland',note='invented'),
 sp('Amnesty International','organisation',['Amnesty International'],[],None),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['the new Polish chair','Polish Foreign Minister'],'Poland',note='words paraphrased/invented'),
 sp('European Union','organisation',['EU'],[],None,['the EU statement']),
 sp('Sergey Ryabkov','person',['Ryabkov'],['The Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',[],['Mr. Ryabkov','Mr Ryabkov']),
 sp('Micheál Martin','person',[],['the Taoiseach'],'Ireland',['the Taoiseach'],note='only "the Taoiseach" is printed (1215); words invented; no variants printed'),
 sp('Ben Cardin','person',['Ben Cardin'],['Helsinki Commission Chairman','Sen.'],'United States',[],['Sen. Ben Cardin (MD)'],note='words invented'),
 sp('Steve Cohen','person',['Steve Cohen'],['Co-Chairman','Rep.'],'United States',['He'],['Rep. Steve Cohen (TN)'],note='words invented'),
 sp('Roger Wicker','person',['Roger Wicker'],['Ranking Member','Sen.'],'United States',['he'],['Sen. Roger Wicker (MS)'],note='words invented'),
 sp('Joe Wilson','person',['Joe Wilson'],['Ranking Member','Rep.'],'United States',[],['Rep. Joe Wilson (SC)'],note='words invented'),
 sp('U.S. Helsinki Commission','organisation',['U.S. Helsinki Commission','Helsinki Commission','Commission on Security and Cooperation in Europe'],[],'United States',['the leaders of the Helsinki Commission']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['The CSTO chairman','Armenian Prime Minister'],'Armenia'),
 sp(CLV,'person',['James Cleverly','Cleverly'],['Minister for Europe','the Minister for Europe'],'United Kingdom',['he','He','The Minister'],['Mr Cleverly'],note='words invented'),
 sp('Erlan Idrissov','person',['Erlan Idrissov'],['the Kazakh Ambassador in London'],'Kazakhstan',['The Ambassador'],note='words invented'),
 sp('Eva-Maria Liimets','person',['Eva-Maria Liimets','Liimets'],['Estonian Minister of Foreign Affairs','Minister'],'Estonia',['the minister','she'],['Minister Liimets'],note='words invented'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Ukrainian Foreign Minister'],'Ukraine',note='words invented'),
 sp(MIA,'organisation',['Kazakh Ministry of Internal Affairs','Interior Ministry'],[],'Kazakhstan',['the ministry'],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance','the organisation'],[],quoted=False,note='source of figures; not quoted'),
 sp('Liz Truss','person',['Liz Truss','Elizabeth Truss'],['Foreign Secretary'],'United Kingdom',[],[],quoted=False,note='her 1218 statement has no quotation marks; mentioned in 1218 and 1220'),
 sp('Marise Payne','person',['Marise Payne'],['Minister for Foreign Affairs'],'Australia',[],[],quoted=False,note='the transcript speaker (1216); her speech is unquoted'),
 sp('Simon Coveney','person',['Simon Coveney'],['Minister for Foreign Affairs'],'Ireland',[],[],quoted=False,note='the debate speaker (1215); his speech is unquoted'),
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

