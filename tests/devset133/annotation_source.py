#!/usr/bin/env python3
"""Source of the devset133 annotation: the hand-chosen spans, values and dates for 1157-1164.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset133/annotation_source.py && python3 tests/devset133/verify.py
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
def art(p,index,headline,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),first_line=None):
    """headline: exact string (a line, or the text inside a tag); first_line: the line number of the first body line,
    or first_line= an explicit string when the line holds markup."""
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    assert headline in T[f],(f,headline)
    fl=first_line if first_line is not None else cut80(L[first_line_line-1])
    assert fl in T[f],(f,fl)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=headline,first_line=fl,outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
KMH='Kazakh Ministry of Health'; CZMFA='Czech Foreign Ministry'; THO='Þórdís Kolbrún Reykfjörð Gylfadóttir'

# ---------------- 1157 Radio Prague International Atom feed: two <entry>s = two articles (newest first)
art('1157',0,'Lipavský: Czech security is not up for bargaining in Geneva or Brussels',20,'Radio Prague International','2022-01-12',['Tomáš Kratochvíl'],None,
    ['  <title>Radio Prague International - News</title>','  <subtitle>News from the Czech Republic in English</subtitle>','  <generator>Drupal</generator>',
     '    <published>2022-01-12T17:05:00+01:00</published>','    <author><name>Tomáš Kratochvíl</name></author>','    <category term="Politics"/>','    </content>'],
    ls=10,le=32)
q('1157','No one in Moscow will decide which alliance the Czech Republic belongs to, and no one in Washington will decide it for us either,','Jan Lipavský','Lipavský','told',note='cue after the quote: "…," Lipavský told Czech Television; a year (2019) after the quote is not a claim')
q('1157','useful as a thermometer','Jan Lipavský','The minister','described',partial=True,note='"The minister described the four-hour session as “…”"')
q('1157','a return to 1997 that nobody in Central Europe wants.','Jan Lipavský','The minister','said',partial=True,note='full stop inside the closing mark; year inside the quote')
q('1157','significant differences','Mircea Geoană','NATO Deputy Secretary General Mircea Geoană','told',partial=True)
q('1157','We have to be ready for a long winter, not for a quick deal,','Jana Černochová','she','said',note='she = Defence Minister Jana Černochová, named in the sentence before')
c('1157','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'Western estimates','some 100,000 troops near',note='"some" normalised to about; "According to Western estimates cited by the ministry"')
e('1157','2022-01-12','statement',None,['Jan Lipavský'],'Foreign Minister Jan Lipavský said on Wednesday evening')
e('1157','2022-01-12','talks','Brussels',['NATO','Russia'],'after the NATO-Russia Council, the first such meeting since 2019, ended in Brussels',note='"on Wednesday" from the summary / first line; the entry is of Wed 12 Jan')
e('1157','2022-01-10','talks','Geneva',['Russia','United States'],'Russian and American negotiators met in Geneva on Monday')
e('1157','2022-01-13','talks','Vienna',['OSCE'],'is due to discuss European security in Vienna on Thursday',note='OSCE Permanent Council; future "on Thursday" after Wed 12 Jan')

art('1157',1,'Foreign Ministry advises Czechs against travel to Kazakhstan',43,'Radio Prague International','2022-01-07',['Klára Benešová'],None,
    ['    <published>2022-01-07T14:20:00+01:00</published>','    <author><name>Klára Benešová</name></author>','    <category term="Czechs abroad"/>',
     '    <summary>Around 80 Czech citizens are registered with the embassy in Nur-Sultan.</summary>'],ls=33,le=53)
q('1157','We recommend that Czech citizens postpone any trip to Kazakhstan until the situation calms down,',CZMFA,'the ministry','said on its website',art=1)
q('1157','The shooting stopped yesterday evening, but nobody goes out. The shops near us have been empty for three days,','Ondřej Malý','he','said',art=1,note='invented Czech engineer; "three days" inside the quote is a duration')
q('1157','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',art=1,partial=True,note='"said in a televised address that he had authorised the security forces to “…”."; full stop outside')
c('1157','killed',26,None,'rioters killed','Kazakh authorities','26 rioters had been killed',art=1)
c('1157','detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 people detained',art=1)
c('1157','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'has sent about 2,500 troops to the country',art=1)
e('1157','2022-01-07','statement',None,[CZMFA],'The Czech Foreign Ministry on Friday advised citizens',art=1,note='travel advice; "on Friday" = publication day')
e('1157','2022-01-06','other','Almaty',[],'The shooting stopped yesterday evening',art=1,note='"yesterday" inside a quote given by phone on the publication day (Fri 7 Jan)')
e('1157','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Friday',art=1)
e('1157',None,'statement',None,[TOK],'said in a televised address that he had authorised',art=1,note='undated (real: 7 Jan)')
e('1157',None,'troop_deployment','Kazakhstan',[CSTO],"at Tokayev's request",art=1,note='undated deployment')

# ---------------- 1158 Google Alerts daily update forwarded by e-mail (Wed, Jan 12, 2022): four results = four articles
GA=['---------- Forwarded message ---------','From: Google Alerts <googlealerts-noreply@google.com>','Date: Wed, Jan 12, 2022 at 7:02 AM',
    'Subject: Google Alert - CSTO Kazakhstan','Google Alerts','Daily update ⋅ January 12, 2022','NEWS','Flag as irrelevant','See more results | Edit this alert',
    'You have received this email because you have subscribed to Google Alerts.','Unsubscribe','RSS  Receive this alert as RSS feed','Send Feedback']
art('1158',0,'Tokayev says CSTO mission complete, troops to start leaving Kazakhstan',17,'Eurasia Review',None,[],None,GA[:8],ls=15,le=18)
art('1158',1,'Kazakhstan says 9,900 detained after unrest, death toll at 164',22,'Arab News',None,[],'ALMATY',['Flag as irrelevant'],ls=20,le=23)
art('1158',2,'Russia, US end Geneva talks on security guarantees with no breakthrough',27,'The Hindu',None,[],'GENEVA',['Flag as irrelevant'],ls=25,le=28)
art('1158',3,'Armenians rally in Yerevan against sending troops to Kazakhstan',32,'Asbarez',None,[],None,['Flag as irrelevant']+GA[8:],ls=30,le=33)
q('1158','successfully completed',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True,note='"told lawmakers on Tuesday that … had been “…”"')
q('1158','The situation has stabilised in all regions of the country,',MIA,'the ministry','said',art=1,note='the snippet is cut after "said in a ..." but the quote itself is closed')
q('1158','difficult, long, very professional','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','described',art=2,partial=True,note='"described the talks … as “…”"')
q('1158','could not refuse an ally that asked for help at','Nikol Pashinyan','Prime Minister Nikol Pashinyan','saying',art=3,partial=True,malformed=True,
  note='snippet truncated by Google Alerts: the quote is never closed; the appended " ..." is the truncation mark and is left out of the span')
c('1158','detained',9900,None,'people detained after the unrest',None,'9,900 detained after unrest',art=1,zone='headline')
c('1158','killed',164,None,'death toll of the unrest',None,'after unrest, death toll at 164',art=1,zone='headline')
c('1158','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained',art=1)
c('1158','killed',164,None,'death toll of the unrest',KMH,'put the death toll at 164',art=1,note='"the health ministry had earlier put the death toll at 164"')
c('1158','troops_deployed',100,'about','Armenian servicemen sent to Kazakhstan',None,'about 100 Armenian servicemen',art=3,note='"Several hundred protesters" is vague and not a claim')
e('1158',None,'statement',None,[TOK],'told lawmakers on Tuesday',note='the results carry no publication date (only the alert date, Wed 12 Jan); likely 2022-01-11')
e('1158',None,'withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin in two days',note='relative to an unknown date; likely 2022-01-13')
e('1158',None,'casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Monday",art=1,note='no publication date; likely 2022-01-10')
e('1158','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'the talks with the U.S. on January 10',art=2)
e('1158',None,'protest','Yerevan',[],'gathered outside the government building in Yerevan on Saturday',art=3,note='no publication date; likely 2022-01-08')
e('1158',None,'statement',None,['Nikol Pashinyan'],'Pashinyan defended the deployment',art=3)

# ---------------- 1159 Helsinki Times page printed to PDF from a browser, then pdftotext (article Wed 12 Jan 2022; printed 13/01/2022)
HT=[l for l in T[doc('1159')].split('\n') if l.startswith('13/01/2022') or l.startswith('\f13/01/2022') or l.startswith('https://')]
art('1159',0,'Niinistö: Kazakhstan showed how fast Russia can move troops',13,'Helsinki Times','2022-01-12',['Anna-Kaisa Lindroos'],None,
    HT+['      HELSINKI TIMES',"      Finland's English-language newspaper",'      Home / Finland / Finland News / Politics','      Wednesday, 12 January 2022 14:05',
        '      Written by Anna-Kaisa Lindroos, STT','      Tags: Niinistö, NATO, Kazakhstan, CSTO, Russia','      Share  Tweet  Email','      Comments (0)','      © 2022 Helsinki Times. All rights reserved.'])
q('1159','Within a day Moscow had a full air bridge running to Almaty. We should not be naive about what that means for the neighbourhood,','Sauli Niinistö','Niinistö','said')
q('1159','collective force in this way','Sauli Niinistö','He','added',partial=True)
q('1159','not a subject for negotiation between Russia and the United States','Sanna Marin','Prime Minister Sanna Marin','told',partial=True)
q('1159',"That is not the decision in front of us today, but it is our decision and nobody else's.",'Sanna Marin','she','said',note='"she said:" before the quote')
q('1159','The Americans have promised us that there will be nothing about us without us. So far they have kept that promise,','Pekka Haavisto','Haavisto','said')
pb=T[doc('1159')]
s=pb.index("Finland's room to"); k=pb.index('NATO membership."')+len('NATO membership.')
q('1159',pb[s:k],'Sauli Niinistö','Niinistö','saying',partial=True,malformed=True,
  note='one pair of marks, but the span runs over a PDF page break: the page footer (URL, "1/2"), a form feed and the repeated print header sit inside it; the spoken text is "Finland\'s room to manoeuvre also includes … NATO membership."')
c('1159','troops_deployed',2000,'about','CSTO paratroopers flown in during the first wave',CSTO,'about 2,000 paratroopers')
c('1159','troops_deployed',2500,'about','total CSTO force in Kazakhstan',CSTO,'a total force of some 2,500',note='"some" normalised to about')
c('1159','troops_deployed',100000,'about','Russian soldiers close to the Ukrainian border',None,'around 100,000 soldiers')
c('1159','detained',10000,'almost','people detained during the unrest','officials','the number of people detained during the unrest at almost 10,000',note='"Officials there have put …"')
e('1159','2022-01-12','statement',None,['Sauli Niinistö'],'President Sauli Niinistö said on Wednesday')
e('1159',None,'troop_deployment','Kazakhstan',[CSTO,'Russia'],'the Russian-led deployment to Kazakhstan last week',note='"last week" is not a day')
e('1159','2022-01-11','statement',None,['Sanna Marin'],'told the public broadcaster Yle on Tuesday')
e('1159','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO ambassadors met a Russian delegation in Brussels on Wednesday')
e('1159','2022-01-10','talks','Geneva',['United States','Russia'],'two days after the US-Russia talks in Geneva',note='"two days after" Wednesday 12 Jan')
e('1159','2022-01-10','talks',None,['Pekka Haavisto','Antony Blinken'],'by telephone on Monday')
e('1159','2022-01-01','statement',None,['Sauli Niinistö'],"his New Year's speech on 1 January")
e('1159','2022-01-12','withdrawal','Kazakhstan',[CSTO],'the first CSTO units had begun to leave the country',note='"the authorities said on Wednesday that the first CSTO units had begun to leave" (the start is dated by the report)')

# ---------------- 1160 Outline.com reader view of a The Diplomat piece (January 10, 2022, Mon)
art('1160',0,"After the Crackdown, Tokayev Moves to Step Out of Nazarbayev's Shadow",10,'The Diplomat','2022-01-10',['Marek Halloran'],None,
    ['Outline','outline.com/Kz7QpW','Annotate   Print   Share   Copy link','THEDIPLOMAT.COM','by Marek Halloran','January 10, 2022',
     'Marek Halloran is a freelance writer covering Central Asia.','Back to Outline'])
q('1160',"an attempted coup d'état",TOK,'he','said',partial=True,note='"The unrest, he said, had been “…”" — cue interposed before the quote; he = Tokayev')
q('1160','a single center,',TOK,'he','said',partial=True,note='two-word evaluative phrase, kept as partial (same sentence as "he said")')
q('1160','a terrorist aggression',TOK,'he','said',partial=True)
q('1160','We will not allow the situation at home to be rocked and we will not allow so-called color revolutions to be carried out,','Vladimir Putin','the Russian president','said',note='title-only attribution after the quote; Putin named at the start of the sentence before')
q('1160','The first president is not going anywhere, but the system that was built around him is finished,','Dosym Satpayev','Dosym Satpayev','said',note='inverted "…," said NAME, role after a comma; words invented')
q('1160','He owes them a thank-you note, not a blank check,','Dosym Satpayev','he','said',note='"He" inside the quote is Tokayev; the speaker "he" is Satpayev')
q('1160','when Russian troops come into a country, getting them to go home again is rarely easy.','Antony Blinken','Secretary of State Antony Blinken','said',partial=True,note='"said that “…”"; paraphrased wording')
c('1160','killed',164,None,'people killed in the unrest','officials','Officials say 164 people were killed')
c('1160','killed',16,None,'members of the security forces killed','officials','including 16 members of the security forces')
c('1160','detained',8000,'almost','people detained','officials','almost 8,000 were detained')
c('1160','troops_deployed',2030,'about','CSTO contingent in Kazakhstan',TOK,'about 2,030 troops in his count',note='"Tokayev told the summit that the CSTO contingent, about 2,030 troops in his count"')
e('1160','2022-01-10','talks',None,[TOK,CSTO,'Vladimir Putin'],'by video link on Monday',note='extraordinary CSTO summit')
e('1160','2022-01-08','arrest',None,['Karim Masimov'],'On Saturday, the National Security Committee announced',note='announcement of the arrest; Saturday before Mon 10 Jan')
e('1160','2022-01-05','other',None,['Nursultan Nazarbayev'],'was stripped of the chairmanship of the Security Council on January 5',note='removal from office')
e('1160','2022-01-07','statement','Washington',['Antony Blinken'],'Speaking in Washington on Friday')
e('1160','2022-01-08','statement',None,["Russian Foreign Ministry"],'the next day',note='"the next day" after Friday 7 Jan')

# ---------------- 1161 MercoPress (Uruguay) item, Saturday, January 8th 2022
art('1161',0,'Uranium climbs as Kazakh unrest spreads; Kazatomprom says mines working normally',8,'MercoPress','2022-01-08',[],None,
    ['MercoPress, South Atlantic News Agency','Home | Latin America | Falklands/Malvinas | Economy | International | Opinion','Saturday, January 8th 2022 - 10:15 UTC',
     'Tags: Kazakhstan, Uranium, Commodities, Argentina','Top stories','Argentina and IMF resume talks on 44 billion dollar debt',
     'Falklands: Penguin News marks new year with fishing licence round','Comments','Disclaimer & comment rules','Commenting for this story is now closed.'])
q('1161','operating as normal','Kazatomprom','Kazatomprom','said',partial=True)
q('1161','The company has not experienced any impact on production,','Kazatomprom','the group','said in a statement')
q('1161','Markets do not need an actual supply cut to react, they only need a reason to imagine one,','Jorge Etchevarne','Jorge Etchevarne','said',note='invented analyst; inverted "…," said NAME, role')
q('1161','with more than academic interest.','Jorge Etchevarne','He','added',partial=True)
q('1161','largely been restored',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said in an address to the nation that order had “…”"')
c('1161','killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed',note='scare-quoted label after the figure is not a quote')
c('1161','killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c('1161','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained')
c('1161','aircraft',70,'more than','aircraft used to airlift Russian paratroopers',RDM,'more than 70 aircraft')
e('1161','2022-01-06','statement',None,['Kazatomprom'],'said on Thursday that its mining operations')
e('1161','2022-01-02','protest',None,[],'began on January 2 over a rise in fuel prices')
e('1161','2022-01-05','protest','Almaty',[],'turned deadly in Almaty on Wednesday night')
e('1161','2022-01-07','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Friday')
e('1161',None,'statement',None,[TOK],'said in an address to the nation',note='undated')
e('1161',None,'troop_deployment','Kazakhstan',[RDM,'Russia'],'airlift its paratroopers',note='undated')

# ---------------- 1162 UK Parliament written question and answer (tabled 10 January 2022, answered Thu 13 January 2022)
art('1162',0,'Kazakhstan: Military Intervention',14,'UK Parliament','2022-01-13',['Amanda Milling'],None,
    ['UK Parliament','Written questions, answers and statements','Search   Questions and answers   Statements   Daily reports   Help',
     'Question for Foreign, Commonwealth and Development Office','UIN 100452, tabled on 10 January 2022','Asked by Helen Carrick','Liberal Democrat, Tweedvale',
     'Answered on 13 January 2022','Answered by Amanda Milling','Minister of State (Asia)','Foreign, Commonwealth and Development Office','Related questions',
     'Kazakhstan: Human Rights (UIN 100517, answered 14 January 2022)','Kazakhstan: Travel Advice (UIN 99968, answered 12 January 2022)',
     'Share this page   Print','© UK Parliament 2022   Cookie policy   Privacy notice   Accessibility statement'])
q('1162','deeply concerned','Liz Truss','The Foreign Secretary','made clear',partial=True,note='title only; Liz Truss by world knowledge')
q('1162','People have the right to peaceful protest and freedom of expression.','Michelle Bachelet','the UN High Commissioner for Human Rights','said',note='"As the UN High Commissioner … said, “…”" — cue before the quote; name by world knowledge; wording invented')
c('1162','killed',164,None,'people who died in the unrest','Kazakh authorities','164 people died')
c('1162','detained',9000,'more than','people detained during the unrest','Kazakh authorities','more than 9,000 people were detained')
c('1162','troops_deployed',2030,None,'CSTO contingent',RDM,'numbered 2,030 personnel')
e('1162','2022-01-07','statement',None,['Liz Truss'],'The Foreign Secretary made clear on 7 January')
e('1162','2022-01-11','talks','Nur-Sultan',['United Kingdom','Kazakhstan'],'including with the Deputy Foreign Minister on 11 January',note='the Ambassador raised concerns with the Kazakh Deputy Foreign Minister')
e('1162','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'On 6 January the Collective Security Treaty Organisation agreed to send forces',note='decision to deploy')
e('1162','2022-01-11','statement',None,[TOK],'President Tokayev told the Mazhilis on 11 January')
e('1162','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would begin on 13 January',note='planned start as announced on 11 Jan')

# ---------------- 1163 Kindle "My Clippings.txt" from a Eurasianet piece sent to Kindle (no publication date; highlights added Thu 13 Jan 2022)
CL=[l for l in T[doc('1163')].split('\n') if l.startswith('- Your ')]
art('1163',0,'Kazakhstan after the CSTO: who invited whom?',4,'Eurasianet',None,[],None,
    ['Kazakhstan after the CSTO: who invited whom? (Eurasianet)','==========','use for the seminar - elite split argument']+CL)
q('1163','terrorist gangs',TOK,'he','described',partial=True,note='"he described the protesters as “…” trained abroad"')
q('1163','for a limited period of time.','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','announced',partial=True)
q('1163','The request was a political decision first and a military one second,','Aigerim Tulegenova','Aigerim Tulegenova','said',note='invented researcher')
q('1163','Tokayev needed to show the elite that Moscow was behind him, not behind','Aigerim Tulegenova','Aigerim Tulegenova','said',malformed=True,
  note='the highlight ends mid-quote: no closing mark; second half of a quote split by an interposed "said NAME"')
q('1163','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'he','said')
q('1163','We were told this was a peacekeeping mission, and peacekeepers do not stay,','Gohar Melkonyan','the Armenian opposition MP Gohar Melkonyan','said',note='invented MP; straight marks while the other clippings use curly ones')
c('1163','aircraft',70,'more than','Il-76 transport planes that flew the contingent in',RDM,'more than 70 Il-76 transport planes')
c('1163','aircraft',5,None,'An-124 transport planes that flew the contingent in',RDM,'five An-124s',note='written-out number')
c('1163','troops_deployed',2030,None,'peak size of the CSTO force',CSTO,'peaked at 2,030 soldiers',note='"The bloc says"')
c('1163','killed',164,None,'death toll of the unrest','Kazakh authorities','put the death toll at 164')
c('1163','killed',16,None,'police officers and soldiers killed','Kazakh authorities','including 16 police officers and soldiers')
e('1163',None,'other',None,[TOK,CSTO],'appealed to the Collective Security Treaty Organization late on Wednesday',note='request for help; no publication date (the "Added on" stamps are the reader\'s); likely 2022-01-05')
e('1163',None,'statement',None,['Nikol Pashinyan'],'Within hours, Armenian Prime Minister Nikol Pashinyan',note='likely 2022-01-06')
e('1163',None,'statement',None,[TOK],'On Tuesday, Tokayev told parliament',note='no publication date; likely 2022-01-11')
e('1163','2022-01-19','withdrawal',None,[CSTO,'Andrei Serdyukov'],'would be back at their bases by January 19')
e('1163',None,'statement',None,['Gohar Melkonyan'],'said last week',note='"last week" is not a day')

# ---------------- 1164 RÚV English item (12. janúar 2022 kl. 11:20 = Wed 12 Jan 2022)
art('1164',0,"Iceland backs NATO's open door ahead of Brussels meeting with Russia",11,'RÚV English','2022-01-12',['Ólöf Ragnarsdóttir'],None,
    ['RÚV English','Fréttir   Íþróttir   Menning   English   Polski','NEWS','12. janúar 2022 kl. 11:20','Ólöf Ragnarsdóttir','Deila   Tísti   Senda','Fleiri fréttir',
     'Covid-19: 1,286 new domestic infections yesterday','Volcano: Seismic activity continues near Fagradalsfjall','RÚV – Ríkisútvarpið  |  Efstaleiti 1, 103 Reykjavík'])
q('1164','Small states are the ones who lose the most when big states start drawing lines on maps,',THO,'the minister','told')
q('1164',"Iceland's security rests on the principle that every country chooses its own path.",THO,'the minister','told',note='second quote of the same paragraph, after "the minister told RÚV this morning."')
q('1164','will not compromise on core principles.','Jens Stoltenberg','Stoltenberg','has said',partial=True)
q('1164','We are not going there to listen to lectures,','Alexander Grushko','Grushko','said',note='"Grushko said, according to the Interfax news agency"')
q('1164','must not become permanent.',THO,'She','said',partial=True,note='long sentence; the CSTO figure sits between the cue and the quote')
q('1164','Iceland has no army, so it has always depended on the rules more than anyone,','Baldur Þórhallsson','he','said',note='real academic, words invented')
q('1164','When the rules are up for negotiation, we notice.','Baldur Þórhallsson','he','said')
c('1164','killed',164,None,'people killed in the unrest','Kazakh authorities','the government says 164 people were killed',note='"the government says" = Kazakh government')
c('1164','troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'number 2,030')
e('1164','2022-01-12','talks','Brussels',['NATO','Russia'],'The NATO-Russia Council meets in Brussels today')
e('1164','2022-01-12','statement',None,[THO],'told RÚV this morning')
e('1164','2022-01-10','talks',None,[THO,'Jens Stoltenberg'],'Jens Stoltenberg on Monday',note='phone/meeting "spoken with … on Monday"')
e('1164','2022-01-10','talks','Geneva',['Russia','United States'],'the same day Russian and US negotiators met in Geneva')
e('1164','2021-12-17','other','Moscow',['Russia'],'published in Moscow on 17 December',note='draft treaties published; December precedes the January talks')
e('1164','2022-01-11','statement',None,['Alexander Grushko'],'said yesterday that the talks')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','He'],["Tokayev's"]),
 sp('Jan Lipavský','person',['Jan Lipavský','Lipavský'],['Foreign Minister'],'Czech Republic',['The minister'],note='words invented'),
 sp('Mircea Geoană','person',['Mircea Geoană'],['NATO Deputy Secretary General'],None),
 sp('Jana Černochová','person',['Jana Černochová'],['Defence Minister'],'Czech Republic',['she'],note='words invented'),
 sp(CZMFA,'organisation',['Czech Foreign Ministry'],[],'Czech Republic',['the ministry']),
 sp('Ondřej Malý','person',['Ondřej Malý'],['a Czech engineer'],'Czech Republic',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the ministry']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='canonical from earlier sets'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister','Armenian Prime Minister'],'Armenia',[],["Pashinyan's"]),
 sp('Sauli Niinistö','person',['Sauli Niinistö','Niinistö'],['President'],'Finland',['He'],note='words invented'),
 sp('Sanna Marin','person',['Sanna Marin'],['Prime Minister'],'Finland',['she'],note='words invented'),
 sp('Pekka Haavisto','person',['Pekka Haavisto','Haavisto'],['Foreign Minister'],'Finland',note='words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],[],'Russia',['the Russian president']),
 sp('Dosym Satpayev','person',['Dosym Satpayev','Satpayev'],['an Almaty-based political analyst'],'Kazakhstan',['he'],note='real analyst, words invented'),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State','US Secretary of State'],'United States'),
 sp('Kazatomprom','organisation',['Kazatomprom'],[],'Kazakhstan',['the group']),
 sp('Jorge Etchevarne','person',['Jorge Etchevarne'],['a commodities analyst in Buenos Aires'],'Argentina',['He'],note='invented'),
 sp('Liz Truss','person',[],['The Foreign Secretary'],'United Kingdom',['The Foreign Secretary'],note='never named in the text; identified by world knowledge'),
 sp('Michelle Bachelet','person',[],['the UN High Commissioner for Human Rights'],None,['the UN High Commissioner for Human Rights'],note='never named; world knowledge; words invented'),
 sp('Aigerim Tulegenova','person',['Aigerim Tulegenova'],['a researcher at an Almaty think tank'],'Kazakhstan',note='invented'),
 sp('Gohar Melkonyan','person',['Gohar Melkonyan'],['the Armenian opposition MP'],'Armenia',note='invented'),
 sp(THO,'person',['Þórdís Kolbrún Reykfjörð Gylfadóttir','Þórdís Kolbrún'],['Minister for Foreign Affairs'],'Iceland',['the minister','She'],note='words invented; Icelandic usage: given names, not the patronymic, as the short form'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Baldur Þórhallsson','person',['Baldur Þórhallsson'],['professor of political science at the University of Iceland'],'Iceland',['he'],note='real academic, words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['The bloc','the alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(RDM,'organisation',['Russian Defence Ministry',"Russia's Defence Ministry",'Russian Ministry of Defence'],[],'Russia',quoted=False,note='source of figures; not quoted'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General'],'Russia',quoted=False,note='only 1163, reported speech'),
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
