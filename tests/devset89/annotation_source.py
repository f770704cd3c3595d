#!/usr/bin/env python3
"""Source of the devset89 annotation: the hand-chosen spans, values and dates for 805-812.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset89/annotation_source.py && python3 tests/devset89/verify.py
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
UAEMFA='UAE Ministry of Foreign Affairs and International Cooperation'; AZMFA='Azerbaijani Foreign Ministry'
BYMOD='Belarusian Defence Ministry'; EGMFA='Egyptian Foreign Ministry'

KA='Kazakh authorities'; SUL='Jake Sullivan'; TIL='Mukhtar Tileuberdi'; KJP='Karine Jean-Pierre'; BOR='Josep Borrell'
MIC='Charles Michel'; CAV='Mevlüt Çavuşoğlu'; SAK='Hiroki Sakamoto'; HAY='Yoshimasa Hayashi'; RYA='Sergey Ryabkov'
JAI='S. Jaishankar'; BAG='Arindam Bagchi'; GUT='António Guterres'; DUJ='Stéphane Dujarric'; LED='Jean-Yves Le Drian'; JOL='Mélanie Joly'

# ---------------- 805 White House "Briefing Room" page: readout + gaggle excerpt (JANUARY 08, 2022, Sat)
P='805'
art(P,0,ln(P,"Readout of National Security Advisor"),ln(P,"National Security Advisor Jake Sullivan spoke"),'The White House','2022-01-08',[],None,
    ['The White House','BRIEFING ROOM','Statements and Releases','JANUARY 08, 2022 • STATEMENTS AND RELEASES','###'],ls=1,le=ln(P,'###'))
art(P,1,ln(P,"Press Gaggle by Principal"),ln(P,"At a press gaggle aboard"),'The White House','2022-01-08',[],None,
    ['JANUARY 08, 2022 • PRESS BRIEFINGS','Twitter  Facebook  Instagram  YouTube  Email','WH.GOV','Privacy Policy   Copyright Policy   Accessibility Statement'],ls=ln(P,"Press Gaggle by Principal"))
q(P,'strongly supports the constitutional institutions of Kazakhstan and the right of its people to protest peacefully,',SUL,'He','said',partial=True,note='"He said Washington “…”" — he = Sullivan; speaker Sullivan though the words are framed as Washington\'s position')
q(P,'proportionate and lawful.',SUL,'Mr. Sullivan','underscored',partial=True)
q(P,'will be on our minds in every session.',SUL,'Mr. Sullivan','noted',partial=True)
q(P,'We have seen the reports of shoot-on-sight orders, and we are deeply concerned,',KJP,'she','said',art=1)
q(P,'Those who are peacefully protesting should never be fired upon.',KJP,'she','said',art=1,note='continuation after "she said." in the same paragraph')
q(P,'a question for Moscow and Nur-Sultan,',KJP,'Ms. Jean-Pierre','replied',art=1,partial=True)
q(P,'will not accept a Russian garrison in Central Asia dressed up as peacekeeping.',None,'A senior administration official','said',art=1,partial=True,note='anonymous official; speaker null')
c(P,'killed',26,None,'protesters killed',KA,'26 protesters had been killed')
c(P,'detained',4404,None,'people detained since the unrest began',KA,'4,404 people had been detained')
c(P,'troops_deployed',2500,None,'Russian-led (CSTO) troops in Kazakhstan',None,'2,500 Russian-led troops',art=1,note='figure inside a reporter\'s question; "two days" is not a claim')
e(P,'2022-01-08','talks',None,[SUL,TIL],'spoke by phone today with Foreign Minister Mukhtar Tileuberdi',note='"today" = page date')
e(P,'2022-01-07','other','Kazakhstan',[TIL],'the measures his government had taken on Friday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'will meet Russian officials in Geneva on Monday')
e(P,'2022-01-07','statement',None,[KJP],'At a press gaggle aboard Air Force One on Friday',art=1)
e(P,'2022-01-06','talks',None,['Antony Blinken',TIL],'The Secretary of State spoke with Mr. Tileuberdi on Thursday',art=1,note='"The Secretary of State" not named; Blinken from world knowledge')
e(P,'2022-01-05','other','Almaty',['State Department'],'authorized the voluntary departure of non-emergency staff from the Consulate General in Almaty on Wednesday',art=1)

# ---------------- 806 Council of the EU press release (10 January 2022, Mon)
P='806'
art(P,0,ln(P,"Kazakhstan: Declaration by"),ln(P,"The European Union is deeply concerned"),'Council of the European Union','2022-01-10',[],None,
    ['Council of the European Union','Home > Press > Press releases','Press release','10 January 2022 17:05','For more information:','Press office - General Secretariat of the Council','press.office@consilium.europa.eu','Share:  Twitter  Facebook  LinkedIn  E-mail','Download as pdf'])
q(P,'a clear and independent picture',BOR,'Josep Borrell','said',partial=True,note='"the High Representative, Josep Borrell, said" — apposition title before the name')
q(P,'We have seen images that remind us of things we thought belonged to the past,',BOR,'Borrell','said')
q(P,'This is not the way to deal with social protests.',BOR,'Borrell','said',note='continuation after the interposed "Borrell said."')
q(P,'unacceptable under any circumstances.',BOR,'the High Representative','called them',partial=True,note='cue "called them" (evaluation, not a speech verb)')
q(P,'dialogue, not repression, is the path to stability,',MIC,'Michel','stressed',partial=True,note='"According to the spokesperson, Michel stressed…" — the spokesperson reports; speaker Michel')
c(P,'detained',7900,'more than','people detained',None,'more than 7,900 people have been detained',note='"The EU notes reports that…" — no named source')
c(P,'killed',164,None,'people who died in the unrest','Kazakh Ministry of Health','164 people had died',note='figure later withdrawn (stated in the text); kept as a claim')
e(P,'2022-01-02','protest','Kazakhstan',[],'the events in Kazakhstan since 2 January')
e(P,'2022-01-10','statement',None,['European Union',BOR],'Declaration by the High Representative on behalf of the EU',note='evidence in the headline; date = release date')
e(P,'2022-01-07','statement','Brussels',[BOR],'Speaking to journalists in Brussels on Friday')
e(P,None,'talks',None,['European Union','Kazakhstan'],'EU ambassadors had met their Kazakh counterparts twice in the past week',note='"in the past week" is a period: date null')
e(P,'2022-01-08','talks',None,[MIC,TOK],'spoke by telephone with President Kassym-Jomart Tokayev on Saturday')
e(P,'2022-01-09','casualty_report',None,['Kazakh Ministry of Health'],"health ministry said on Sunday")

# ---------------- 807 Turkish MFA page: press release No: 6 (6 January 2022, Thu) + Minister's statements (7 January 2022, Fri)
P='807'
art(P,0,ln(P,"No: 6, 6 January 2022"),ln(P,"We are closely following"),'Republic of Turkey Ministry of Foreign Affairs','2022-01-06',[],None,
    ['REPUBLIC OF TURKEY','MINISTRY OF FOREIGN AFFAIRS','TR | EN | FR | RU | AR','Home / Press Releases and Statements','-----'],ls=1,le=ln(P,'-----'))
art(P,1,ln(P,"Minister Çavuşoğlu's Statements"),ln(P,"Foreign Minister Mevlüt Çavuşoğlu said on Friday"),'Republic of Turkey Ministry of Foreign Affairs','2022-01-07',[],None,
    ['Share   Print   A-   A+','© Republic of Turkey Ministry of Foreign Affairs','Site Map | Contact | Disclaimer'],ls=ln(P,"Minister Çavuşoğlu's Statements"))
q(P,'in every way, if asked,',CAV,'Foreign Minister Mevlüt Çavuşoğlu','said',art=1,partial=True)
q(P,'Kazakhstan is not an ordinary partner for us; it is family,',CAV,'Çavuşoğlu','told reporters',art=1)
q(P,'What we want is for order to return without more blood being shed.',CAV,'Çavuşoğlu','told reporters',art=1,note='second half after the interposed "Çavuşoğlu told reporters in Ankara."')
q(P,'It is the decision of a sovereign state. We respect it,',CAV,'he','said',art=1,note='he = the Minister (previous sentence "the Minister noted")')
q(P,'only as long as necessary',CAV,'he','adding',art=1,partial=True,note='closing mark before the full stop ("necessary".)')
q(P,'heartbreaking for all of us.',CAV,'Çavuşoğlu','said',art=1,partial=True)
c(P,'killed',26,None,'rioters killed',KA,'26 rioters had been killed',art=1)
c(P,'killed',18,None,'security officers killed',KA,'18 security officers had died',art=1,note='the 1,500 Turkish citizens and 22 evacuation requests are not claims')
e(P,'2022-01-06','statement',None,['Turkish Foreign Ministry'],'Press Release Regarding the Developments in Kazakhstan',note='evidence in the headline')
e(P,'2022-01-07','statement','Ankara',[CAV],'said on Friday that Turkey was ready to help Kazakhstan',art=1)
e(P,'2022-01-06','talks',None,[CAV,TIL],'spoke by telephone with his counterpart Mukhtar Tileuberdi the day before',art=1,note='"the day before" = the day before Friday 7 Jan')
e(P,'2022-01-06','talks',None,[CAV,'Baghdad Amreyev'],'Baghdad Amreyev, on Thursday',art=1)
e(P,'2022-01-11','talks',None,['Organization of Turkic States'],'by video conference on Tuesday',art=1,note='future "on Tuesday" from Friday 7 Jan')
e(P,'2022-01-07','casualty_report',None,[KA],'Kazakh authorities said on Friday',art=1)

# ---------------- 808 Japanese MOFA press secretary press conference (Tuesday, January 11, 2022)
P='808'
art(P,0,ln(P,"Press Conference by Press Secretary SAKAMOTO"),ln(P,"Reporter (Kazinform)"),'Ministry of Foreign Affairs of Japan','2022-01-11',[],None,
    ['Ministry of Foreign Affairs of Japan','Japanese | English','Home > Press Releases > Press Conferences > Press Secretary','Tuesday, January 11, 2022, 4:02 p.m. Ministry of Foreign Affairs, Press Conference Room','Opening Remarks','(No opening remarks)','(End)','Page Top','Back to Press Conferences','Copyright © 2022 Ministry of Foreign Affairs of Japan'],
    sections=[ln(P,"Situation in Kazakhstan"),ln(P,"Russia-U.S. Strategic Stability Dialogue")])
q(P,'successfully completed',TOK,"Kazakhstan's President Tokayev",'said',partial=True,note="quoted inside a reporter's question")
q(P,'will calm down at an early date through peaceful means.',HAY,'Foreign Minister Hayashi','said',partial=True,note='"As … said in his statement on January 7, we hope that the situation “…”" — the press secretary reports the Minister\'s statement')
q(P,'essential in any circumstances.',SAK,'Press Secretary SAKAMOTO','conveyed',partial=True,note='"we have conveyed that … is “…”"; speaker = the answering press secretary (on behalf of the government); speaker_as_written is the speaker label')
q(P,'difficult, long, very professional.',RYA,'Deputy Foreign Minister Ryabkov','said',partial=True,note="in a reporter's question")
q(P,'The important thing is that dialogue continues,',SAK,'I','I would like to say',note='the press secretary quotes himself; first-person cue interposed')
q(P,'and that the sovereignty of Ukraine is respected.',SAK,'I','I would like to say',note='second half after the interposed cue; starts with "and"')
c(P,'detained',10000,'almost','people detained',KA,'nearly 10,000 people have been detained',note="in a reporter's question; 160 Japanese nationals is not a claim")
e(P,'2022-01-11','statement',None,[TOK],'said today that the CSTO mission')
e(P,'2022-01-13','troop_withdrawal','Kazakhstan',['CSTO'],'the troops would begin to withdraw in two days',note='"in two days" from 11 Jan')
e(P,'2022-01-07','statement',None,[HAY],'in his statement on January 7')
e(P,'2022-01-10','other','Almaty',['Consulate-General of Japan in Almaty'],'The Consulate-General in Almaty reopened on Monday')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'held talks in Geneva yesterday')
e(P,'2022-01-12','talks',None,['NATO','Russia'],'The NATO-Russia Council will meet tomorrow')
e(P,'2022-01-13','talks',None,['OSCE'],'the OSCE Permanent Council on Thursday')

# ---------------- 809 Indian MEA weekly media briefing transcript (January 13, 2022, Thu)
P='809'
art(P,0,ln(P,"Transcript of Weekly Media Briefing"),ln(P,"Official Spokesperson, Shri Arindam Bagchi: Good afternoon"),'Ministry of External Affairs','2022-01-13',[],None,
    ['Ministry of External Affairs','Government of India','Media Center > Briefings > Transcripts of Weekly Media Briefing','(Concludes)','Print    Share    Tweet    Email','Related Links','Content owned by Ministry of External Affairs, Government of India'])
q(P,'with the people and Government of Kazakhstan in this difficult time.',JAI,'the External Affairs Minister','said',partial=True,note='the minister is not named; canonical from world knowledge')
q(P,'we are in touch with all five Central Asian partners',BAG,'I','I would only say',partial=True,note='the spokesperson quotes his own words; "deeply saddened" earlier in the answer is unquoted and not a quote')
c(P,'troops_deployed',2030,None,'CSTO troops who came to Kazakhstan',TOK,'2,030 troops had come',note="in a reporter's question")
c(P,'killed',164,None,'deaths in the unrest',None,'There were reports of 164 deaths',note="reporter's question; no source")
c(P,'killed',164,None,'deaths in the unrest',KA,'put at 164 on Sunday',note='same figure again (each occurrence one record); "the Kazakh side"; 300 students and "a few thousand" are not claims')
e(P,None,'other','Nur-Sultan',['Embassy of India in Nur-Sultan'],'had issued an advisory last week',note='"last week" is a period: date null')
e(P,'2022-01-13','other','Almaty',[],'Almaty airport reopened on Thursday',note='"on Thursday" = the briefing day')
e(P,'2022-01-11','talks',None,[JAI,'Kazakhstan'],'spoke to his counterpart on Tuesday')
e(P,'2022-01-09','casualty_report',None,[KA],'put at 164 on Sunday before revising the figure')
e(P,None,'talks',None,['India','Central Asia'],'the India-Central Asia summit later this month',note='future, undated')

# ---------------- 810 UN Secretary-General site: statement (06 January 2022, Thu) + note to correspondents (08 January 2022, Sat)
P='810'
art(P,0,ln(P,"Statement attributable to the Spokesperson"),ln(P,"The Secretary-General is following closely"),'United Nations Secretary-General','2022-01-06',[],'New York',
    ['United Nations Secretary-General','Home > Media > Statements','Statements','New York, 06 January 2022','Stéphane Dujarric, Spokesman for the Secretary-General','***'],ls=1,le=ln(P,'***'))
art(P,1,ln(P,"Note to correspondents"),ln(P,"The Secretary-General spoke by phone on Friday"),'United Nations Secretary-General','2022-01-08',[],'New York',
    ['New York, 08 January 2022','Print    E-mail    Share','United Nations  |  Secretary-General  |  Contact  |  Copyright  |  Fraud Alert  |  Privacy Notice  |  Terms of Use'],ls=ln(P,"Note to correspondents"))
q(P,'in full respect of human rights and the Charter of the United Nations.',GUT,'The Secretary-General','said',art=1,partial=True,note='the Secretary-General is never named')
q(P,'very concerned',DUJ,'the Spokesman','said',art=1,partial=True,note='the Spokesman reports the Secretary-General\'s feeling; speaker = the Spokesman (alternative: Guterres)')
q(P,'He wants to see a full investigation into all the deaths,',DUJ,'Mr. Dujarric','told reporters',art=1,note='"He" inside the quote = the Secretary-General (not the speaker)')
q(P,'Those responsible for violations should be held to account.',DUJ,'Mr. Dujarric','told reporters',art=1)
q(P,'cannot independently verify',DUJ,'He','saying',art=1,partial=True)
c(P,'troops_deployed',2500,None,'CSTO troops being deployed',KA,'2,500 CSTO troops were being deployed',art=1,note='"informed by the authorities"')
c(P,'detained',3811,None,'people detained',MIA,'3,811 people detained',art=1,note='"some 90 staff members" is not a claim')
e(P,'2022-01-06','statement',None,[GUT],'The Secretary-General is following closely the developments in Kazakhstan.',note='date = statement date')
e(P,'2022-01-07','talks',None,[GUT,TIL],'spoke by phone on Friday with the Foreign Minister of Kazakhstan',art=1)
e(P,'2022-01-07','statement',None,[DUJ],'the Spokesman said on Friday',art=1)
e(P,'2022-01-06','statement',None,['Michelle Bachelet'],'had issued her own appeal on the day before the call',art=1,note='"the day before the call" = the day before Friday 7 Jan')

# ---------------- 811 France Diplomatie spokesperson press briefing Q&A (12/01/2022, Wed)
P='811'
art(P,0,ln(P,"Statements made by the Spokesperson"),ln(P,"Q - President Tokayev announced"),'France Diplomatie','2022-01-12',[],None,
    ['France Diplomatie - Ministry for Europe and Foreign Affairs','FR | EN | ES | DE | AR | ZH','Home > Press and media > Press briefings','Published on 12/01/2022','Kazakhstan - Q&A - Excerpt from the press briefing (12.01.22)','Top of page','Share:  Facebook  Twitter  LinkedIn  Email','© Ministry for Europe and Foreign Affairs | Legal notice | Accessibility'])
q(P,'deplores the many victims',LED,'Jean-Yves Le Drian','said',partial=True,note='"As the Minister, Jean-Yves Le Drian, said on Friday, France “…”"; the unnamed spokesperson answers')
q(P,'Stability in Central Asia cannot be built on repression.',LED,'the Minister','said',note='"what the Minister said to his European counterparts: “…”" — colon before the quote')
q(P,'with Europeans,',LED,'the Minister','reminded',partial=True,note='cue after the quote: ", the Minister reminded yesterday"')
c(P,'detained',9900,None,'people arrested',MIA,'9,900 people have been arrested',note="in the question; \"around 600 French nationals\" and \"ten days\" are not claims")
e(P,'2022-01-11','statement',None,[TOK],'President Tokayev announced yesterday')
e(P,'2022-01-07','statement',None,[LED],'Jean-Yves Le Drian, said on Friday')
e(P,'2022-01-07','statement',None,['Sergey Lavrov'],'The Russian Foreign Minister said on Friday',note='Lavrov not named; "colour revolutions" is an excluded label')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council is meeting today in Brussels')
e(P,'2022-01-13','talks','Brest',[LED,'European Union'],'The Minister will be in Brest tomorrow')

# ---------------- 812 Global Affairs Canada statement on Canada.ca (January 7, 2022, Fri; update January 10, 2022)
P='812'
art(P,0,ln(P,"Minister Joly issues statement"),ln(P,"The Honourable Mélanie Joly, Minister of Foreign Affairs, today"),'Global Affairs Canada','2022-01-07',[],'Ottawa, Ontario',
    ['Government of Canada / Gouvernement du Canada','Canada.ca > Global Affairs Canada > News','Français','Statement','From: Global Affairs Canada','January 7, 2022 - Ottawa, Ontario - Global Affairs Canada','Associated links','Contacts','Press Secretary','Media Relations Office','343-203-7700','Follow us on Twitter: @CanadaFP','Share this page','Date modified: 2022-01-10'],
    sections=[ln(P,"Update - January 10, 2022")])
q(P,'Canada is deeply concerned by the violence in Kazakhstan and by the reports of dozens of people killed, including members of the security forces.',JOL,'The Honourable Mélanie Joly','issued the following statement',malformed=True,note='multi-paragraph statement: each paragraph re-opens with a mark, only the last closes; this paragraph is left open (one record per paragraph)')
q(P,'We call on the Kazakh authorities to respect the right to peaceful protest and to refrain from the use of lethal force. The instruction to shoot without warning, announced this morning, is alarming.',JOL,'The Honourable Mélanie Joly',None,malformed=True,note='middle paragraph, left open; no cue in its own paragraph')
q(P,'Canada urges all parties to engage in dialogue and to restore full access to the internet so that Kazakhs can communicate freely. We will continue to monitor the situation closely with our partners.',JOL,'The Honourable Mélanie Joly',None,note='last paragraph of the statement, properly closed')
q(P,'We do not accept that a protest movement can be labelled terrorism in order to justify shoot-to-kill orders,',JOL,'she','said',note='in the "Update - January 10, 2022" section')
q(P,'a deployment that must be temporary and transparent.',JOL,'she','described as',partial=True,note='"which she described as “…”"; she = Joly (sentence opens "Joly said")')
c(P,'troops_deployed',2500,'about','troops from Russia and other CSTO countries',None,'about 2,500 troops from Russia and other CSTO countries')
c(P,'detained',5800,'more than','people detained by Sunday','police','more than 5,800 people had been detained by Sunday',note='"According to the Minister, … a figure given by Kazakhstan\'s police"; "dozens of people killed" is vague and "126 Canadians" is not a claim')
e(P,'2022-01-07','statement','Ottawa',[JOL],'today issued the following statement')
e(P,'2022-01-07','statement',None,[TOK],'announced this morning',note='the shoot-without-warning order; Tokayev not named in the doc; "this morning" = statement date')
e(P,'2022-01-10','statement',None,[JOL],'Speaking to reporters on Monday',note='"on Monday" resolved from the update date (10 Jan), not the publication date')
e(P,None,'talks',None,['Canada','United States','European Union'],'had raised Kazakhstan with the United States and European allies over the weekend',note='"over the weekend" = 8-9 Jan, a period: date null')
e(P,None,'troop_deployment','Kazakhstan',['CSTO','Russia'],'had noted the arrival of about 2,500 troops',note='undated arrival')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Tokayev'],["Kazakhstan's President",'President'],'Kazakhstan',[],[],note='surname only in this set (808, 811); 806 has the full name'),
 sp(SUL,'person',['Jake Sullivan','Sullivan'],['National Security Advisor'],'United States',['He'],['Mr. Sullivan',"Jake Sullivan's"]),
 sp(KJP,'person',['Karine Jean-Pierre','Jean-Pierre'],['Principal Deputy Press Secretary'],'United States',['she'],['Ms. Jean-Pierre']),
 sp(BOR,'person',['Josep Borrell','Borrell'],['the High Representative'],'European Union',['the High Representative','He']),
 sp(MIC,'person',['Charles Michel','Michel'],['the President of the European Council'],'European Union'),
 sp(CAV,'person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Foreign Minister','the Minister'],'Turkey',['he','the Minister'],["Minister Çavuşoğlu's"]),
 sp(SAK,'person',['SAKAMOTO Hiroki','SAKAMOTO'],['Press Secretary'],'Japan',['I'],['Press Secretary SAKAMOTO'],note='invented; Japanese surname-first order in capitals'),
 sp(HAY,'person',['Hayashi'],['Foreign Minister'],'Japan',note='surname only; words invented'),
 sp(RYA,'person',['Ryabkov'],['Deputy Foreign Minister'],'Russia'),
 sp(JAI,'person',[],['the External Affairs Minister'],'India',['the External Affairs Minister'],note='never named; canonical from world knowledge; words invented'),
 sp(BAG,'person',['Arindam Bagchi'],['Official Spokesperson'],'India',['I'],['Shri Arindam Bagchi'],note='real spokesperson; words invented'),
 sp(GUT,'person',[],['The Secretary-General'],None,['The Secretary-General','He'],note='never named in the doc; canonical from world knowledge'),
 sp(DUJ,'person',['Stéphane Dujarric','Dujarric'],['Spokesman for the Secretary-General'],None,['the Spokesman','He'],['Mr. Dujarric'],note='words invented'),
 sp(LED,'person',['Jean-Yves Le Drian'],['the Minister'],'France',['the Minister']),
 sp(JOL,'person',['Mélanie Joly','Joly'],['Minister of Foreign Affairs'],'Canada',['she'],['The Honourable Mélanie Joly','Minister Joly']),
 sp(TIL,'person',['Mukhtar Tileuberdi','Tileuberdi'],['Foreign Minister','the Foreign Minister of Kazakhstan'],'Kazakhstan',[],['Mr. Tileuberdi'],quoted=False,note='mentioned in 805, 807, 810; not quoted'),
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
