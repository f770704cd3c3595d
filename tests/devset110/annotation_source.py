#!/usr/bin/env python3
"""Source of the devset110 annotation: the hand-chosen spans, values and dates for 973-980.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset110/annotation_source.py && python3 tests/devset110/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; MOH='Kazakh Ministry of Health'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
AUTH='Kazakh authorities'; MUFTI='Nauryzbai Kazhy Taganuly'; QMDB='Spiritual Administration of Muslims of Kazakhstan'
RYAB='Sergey Ryabkov'; STOL='Jens Stoltenberg'; RAU='Zbigniew Rau'; BAER='Annalena Baerbock'; KOS='Konstantin Kosachev'
ZHU='Aliya Zhumabayeva'; SEIT='Daulet Seitkazy'

# ---------------- 973 Riigikogu information hour, verbatim record (Wed 12 January 2022)
art('973',0,14,17,'Riigikogu','2022-01-12',[],None,
    ['RIIGIKOGU','Verbatim Records','XIV Riigikogu, VII session','Wednesday, 12 January 2022, 12:00',
     'Unofficial English translation. The Estonian text is authoritative.','Agenda','Chairman Jüri Ratas','Tarmo Leppik','Prime Minister Kaja Kallas',
     'Back to the list of sittings | Download PDF | Audio recording (12:24–12:36)','© Riigikogu 2022 · Lossi plats 1a, 15165 Tallinn'])
q('973','heard nothing new on the key point',RYAB,'The Russian deputy minister','said',partial=True,note='quoted inside an MP\'s question; the deputy minister is never named (Ryabkov from context)')
q('973','temporary, and its time is limited',TOK,'his','In his words',partial=True,note='"In his words" refers back to "President Tokayev" in the previous sentence')
q('973','nothing about Estonia will be agreed over the heads of Estonians,','Kaja Kallas','I','said',partial=True,note='the turn speaker quotes herself ("I said on Monday that"); the turn label "Prime Minister Kaja Kallas" gives the name')
q('973','hold its ground on every founding principle',STOL,'Secretary General Stoltenberg','told',partial=True)
q('973','They were on the ground in less than a day,','Martin Herem','our defence chief Martin Herem','told',note='inverted cue "…," our defence chief Martin Herem told the government on Thursday')
q('973','as soon as the President of Kazakhstan decides','Dmitry Peskov','the Kremlin spokesman','said',partial=True,note='role only; the name of the President inside the quote is a trap')
c('973','killed',164,None,'people died in the unrest',AUTH,'164 people have died in the unrest')
c('973','detained',7939,None,'people detained across Kazakhstan',MIA,'7,939 people have been detained across the country')
c('973','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',CSTO,'The CSTO says it sent 2,030 troops',note='"about 250 pieces of equipment" in the same sentence is not a claim')
e('973',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Last week Moscow sent its paratroopers to Kazakhstan',note='"Last week": date null')
e('973','2022-01-10','talks','Geneva',['United States','Russia'],'On Monday the Americans and the Russians sat in Geneva')
e('973','2022-01-12','talks','Brussels',['NATO','Russia'],'today the NATO-Russia Council is meeting in Brussels')
e('973','2022-01-11','statement',None,[TOK],'President Tokayev announced yesterday that the mission had done its job')
e('973','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would start in two days',note='"in two days" from the announcement of 11 Jan')
e('973','2022-01-10','statement',None,['Kaja Kallas'],'I said on Monday that')
e('973','2022-01-06','statement',None,['Martin Herem'],'told the government on Thursday')
e('973','2022-01-13','talks','Vienna',['OSCE'],'The OSCE Permanent Council meets tomorrow in Vienna')

# ---------------- 974 Federation Council press-service news in translation (11.01.2022, Tue)
art('974',0,8,10,'Federation Council of the Federal Assembly of the Russian Federation','2022-01-11',[],None,
    ['FEDERATION COUNCIL OF THE FEDERAL ASSEMBLY OF THE RUSSIAN FEDERATION','Official website','Home | Senators | Activities | Press Centre | Documents | Search',
     'Press Centre / News','11.01.2022 | 16:40','Photo: press service of the Federation Council','Print version | Send by e-mail','Share: VK | OK | Telegram | Twitter',
     'Tags: CSTO, Kazakhstan, Konstantin Kosachev, international affairs','All news of the section "Press Centre"',
     '© Federation Council of the Federal Assembly of the Russian Federation, 2022','Reproduction of materials is allowed with a link to the website council.gov.ru'])
q('974','The mission was requested by a legitimate government, was carried out strictly within the mandate and ends when its goals are achieved. That is the difference between us and those who come for twenty years',KOS,'Konstantin Kosachev','stressed',note='«guillemets»; Russian-style inverted cue after the closing mark: », — Konstantin Kosachev stressed.')
q('974','For a week we heard that Russian troops would never leave Kazakhstan. Now they are leaving, and I am waiting for apologies, although I do not really expect them',KOS,'he','wrote',note='«guillemets», cue "he wrote in his Telegram channel"; he = the Deputy Chairman (Kosachev)')
q('974','ready to hear Russia, and not just to listen to it',KOS,'his','In his view',partial=True,note='straight double quotes in a text that otherwise uses guillemets')
q('974','No one can reproach the allies for coming to the aid of a friend in trouble','Valentina Matviyenko','she','said')
q('974','an example of collective responsibility','Grigory Karasin','Grigory Karasin','called',partial=True)
c('974','troops_deployed',2000,'more than','CSTO joint forces in Kazakhstan',KOS,'more than 2,000 servicemen from six states',note='"According to him"; "more than 70 flights" in the next sentence is not a claim (flights)')
c('974','killed',164,None,'people died during the riots','officials','164 people, including 16 law enforcement officers, died',note='"According to official data"')
c('974','killed',16,None,'law enforcement officers died','officials','including 16 law enforcement officers',note='subset of the 164, stated separately')
e('974','2022-01-11','statement',None,[TOK],'the President of Kazakhstan announced on 11 January')
e('974','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the phased withdrawal of the CSTO peacekeepers would begin in two days',note='"in two days" from 11 Jan')
e('974',None,'statement',None,[KOS],'he wrote in his Telegram channel',note='undated (probably 11 Jan)')
e('974','2022-01-10','talks','Geneva',['Russia','United States'],'the consultations in Geneva on 10 January')
e('974','2022-01-12','talks',None,['Russia','NATO'],'the meeting of the Russia-NATO Council to be held tomorrow')
e('974',None,'statement',None,['Valentina Matviyenko'],'Valentina Matviyenko said last week',note='"last week": date null')
e('974','2022-01-11','statement',None,['Grigory Karasin'],'In an interview with journalists today')
e('974','2022-01-26','other',None,['Federation Council'],'at its plenary session on 26 January')
e('974',None,'troop_deployment','Kazakhstan',['Russian Defence Ministry'],'the transport aviation had carried out more than 70 flights',note='"Earlier": date null')

# ---------------- 975 Muftiate (QMDB) website news (10.01.2022, Mon; day of national mourning)
art('975',0,5,9,'Spiritual Administration of Muslims of Kazakhstan','2022-01-10',[],None,
    ['QMDB | Spiritual Administration of Muslims of Kazakhstan','Қаз | Рус | Eng','Main / News / Official','10.01.2022 | 11:05 | 👁 3 418',
     'Press service of the QMDB','Share: Facebook | Instagram | Telegram | WhatsApp','Read also:',
     'The Council of Ulemas issued a fatwa on the inviolability of human life',
     '© 2013–2022 Spiritual Administration of Muslims of Kazakhstan. When using materials, a hyperlink to muftyat.kz is required.'])
q('975','Let us pray for the victims and protect the peace of our common home',MUFTI,'Supreme Mufti',None,zone='headline',note='headline "Supreme Mufti: "…"" (colon attribution, no verb); the words are the second sentence of the body quote')
q('975','A people that has lost its sons and daughters in a single week must not lose its unity as well. Let us pray for the victims and protect the peace of our common home.',MUFTI,'the Supreme Mufti','said',note='cue "the Supreme Mufti said:" before the quote')
q('975','whoever kills a soul, it is as if he has killed all of mankind',MUFTI,'He','reminded',partial=True,note='a Quran verse (5:32) recited by the mufti; attributed to the reciter, like the gold\'s Pushkin line recited by Lavrov')
q('975','regardless of which side of the barricade their loved ones were on',MUFTI,'The Supreme Mufti','expressed condolences',partial=True)
q('975','People came to us not only to pray, but to spend the night, because it was frightening to go home,',SEIT,'he','said')
q('975','We fed about 400 people a day, and nobody asked whether they were Muslim.',SEIT,'he','said',note='second half after the interposed "he said."')
q('975','Each of these families will receive help until the end of the month,',SEIT,'Seitkazy','noted',note='preceded by "The chief imam added that …" in the same paragraph')
q('975','The Spiritual Administration has not called anyone to the square and did not distribute any leaflets,',QMDB,'the press service','said in a statement',note='the organisation\'s press service; the organisation\'s name is inside the quote')
c('975','killed',164,None,'people lost their lives during the riots',MOH,'164 people lost their lives during the riots',note='"among them a child" is not a claim')
c('975','killed',16,None,'servicemen and police officers killed',MIA,'16 servicemen and police officers were killed')
c('975','injured',1300,'more than','servicemen and police officers injured',MIA,'more than 1,300 were injured',note='as written the injured are the servicemen and police officers')
e('975','2022-01-10','other','Kazakhstan',[QMDB],'janaza prayers for those who died in the tragic events of January were read in all mosques of the country',note='"Today", day of national mourning')
e('975','2022-01-10','other','Nur-Sultan',[MUFTI],'led the prayer in the central mosque of Nur-Sultan',note='same day ("Today" in the previous paragraph)')
e('975','2022-01-07','other','Kazakhstan',[QMDB],'imams of all 2,700 mosques of the country read a single sermon calling for calm',note='"On Friday" from Mon 10 Jan; 2,700 mosques is not a claim')
e('975','2022-01-08','statement',None,[QMDB],'the press service said in a statement on Saturday')
e('975','2022-01-09','other',None,[MUFTI],'on Sunday the Supreme Mufti met the leaders of the regional representations')
e('975','2022-01-06','statement',None,[QMDB],'on 6 January the Spiritual Administration appealed to the youth')

# ---------------- 976 Air Astana travel advisory with an update log (last updated 11 January 2022, Tue)
art('976',0,5,10,'Air Astana','2022-01-11',[],None,
    ['Air Astana','Book   Manage booking   Check-in   Flight status   Nomad Club','Home > Information > Travel Advisories',
     'Last updated: 11 January 2022, 18:00 (Almaty time, UTC+6)','Contact Centre: +7 727 244 44 77 (24/7) | WhatsApp +7 701 785 35 35',
     'Please check the status of your flight before leaving for the airport.','Share this page:  f  in  ✉',
     'About us | Careers | Investors | Press centre | Cookies | Privacy','© 2002–2022 Air Astana JSC. All rights reserved.'],
    sections=(9,18,23,28))
q('976','We are grateful to our passengers for their patience during one of the most difficult weeks in our history,',ZHU,'Aliya Zhumabayeva','said',note='inverted cue "said Aliya Zhumabayeva, Vice President Corporate Communications" (title after the name)')
q('976','Our crews are ready, our aircraft are ready, and the airport has confirmed that the terminal is safe.',ZHU,'Aliya Zhumabayeva','said',note='second sentence after the interposed cue')
q('976','only when the competent authorities and our own security team are fully satisfied','Air Astana','The company','said',partial=True)
q('976','This is not a commercial decision, it is about the lives of people,',ZHU,'Zhumabayeva','told',note='surname only; cue "told reporters"')
c('976','injured',16,None,'Almaty airport employees injured when the terminal was stormed','Almaty International Airport','16 of its employees were injured',note='"The airport operator reported"; flight numbers, 317 passengers, 48 hours, phone numbers are not claims')
e('976','2022-01-12','other','Almaty',['Almaty International Airport','Air Astana'],'Almaty International Airport will reopen for scheduled flights tomorrow at 07:00',note='"tomorrow" in the 11 Jan entry')
e('976','2022-01-05','protest','Almaty',[],'the terminal was stormed on 5 January')
e('976','2022-01-10','withdrawal','Almaty',[CSTO],'after the CSTO contingent handed over the perimeter on Monday')
e('976','2022-01-17','other',None,['Air Astana'],'The full schedule will be restored by 17 January')
e('976','2022-01-10','other','Almaty',[],'From tomorrow, the curfew in Almaty will start at 23:00 instead of 20:00',note='"tomorrow" in the entry stamped 9 Jan, resolved from that stamp (not from the page date 11 Jan)')
e('976','2022-01-06','other',None,['Civil Aviation Committee'],'The Civil Aviation Committee extended the restriction yesterday',note='"yesterday" in the entry stamped 7 Jan')
e('976','2022-01-05','other','Almaty',['Air Astana'],'all Air Astana and FlyArystan flights to and from Almaty are cancelled for the next 48 hours',note='entry stamped 5 Jan 23:45')
e('976','2022-01-05','other','Nur-Sultan',['Air Astana'],'Two inbound flights were diverted to Nur-Sultan this evening',note='"this evening" in the entry stamped 5 Jan')

# ---------------- 977 Dutch letter to parliament (Kamerbrief), unofficial translation (13 January 2022, Thu)
art('977',0,5,21,'Government.nl','2022-01-13',['W.B. Hoekstra'],None,
    ['Government.nl','Ministry of Foreign Affairs','Home > Documents > Parliamentary documents','Parliamentary document | 13-01-2022',
     'Unofficial translation. Only the Dutch text is authentic.','To the President of the House of Representatives','of the States General',
     'Bezuidenhoutseweg 67','2594 AC The Hague','Date       13 January 2022','Our ref.   BZ2201731','Dear President,',
     'The Minister of Foreign Affairs,','W.B. Hoekstra','Download: Letter to Parliament on Kazakhstan (PDF | 212 kB)',
     'Report a vulnerability | Privacy | Cookies | Accessibility | Archive'],
    sections=(23,30,35))
q('977','only a guarantee of stability and never a participant in the operation','Mukhtar Tileuberdi','my Kazakh colleague Mukhtar Tileuberdi','assured',partial=True)
q('977','a frank and useful exchange',STOL,'The NATO Secretary General','described',partial=True,note='role only; name not printed')
q('977','deep disagreements on the fundamentals',STOL,'The NATO Secretary General','noted',partial=True,note='"but noted afterwards that there were …" (same subject)')
q('977','a road to nowhere','Alexander Grushko','Deputy Foreign Minister Grushko','according to',partial=True,note='"The Russian side, according to Deputy Foreign Minister Grushko, sees … as"')
q('977','The door stays open, and it is not Moscow that holds the key.','Wendy Sherman','the US Deputy Secretary of State','put it',note='"As the US Deputy Secretary of State put it in Brussels:"; role only')
c('977','killed',164,None,'people killed in the unrest',AUTH,'164 people were killed, including 16 members of the security forces')
c('977','killed',16,None,'members of the security forces killed',AUTH,'including 16 members of the security forces')
c('977','detained',9900,None,'people detained',MIA,'9,900 people have been detained')
c('977','troops_deployed',2000,'about','CSTO military personnel deployed to Kazakhstan',None,'some 2,000 military personnel',note='"some" → about; subject is the CSTO, no separate source')
e('977','2022-01-11','other',None,['House of Representatives'],'the permanent committee for Foreign Affairs of 11 January',note='the committee request that prompted the letter')
e('977','2022-01-02','protest',None,[],'The protests began on 2 January in the west of the country')
e('977',None,'troop_deployment','Kazakhstan',[CSTO],'deployed a contingent of some 2,000 military personnel',note='undated')
e('977','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of this contingent began today')
e('977','2022-01-11','talks',None,['Wopke Hoekstra','Mukhtar Tileuberdi'],'In a telephone conversation on Tuesday',note='the writer is "W.B. Hoekstra"')
e('977','2022-01-10','talks','Geneva',['United States','Russia'],'On Monday 10 January the United States and Russia held the Strategic Stability Dialogue in Geneva')
e('977','2022-01-12','talks','Brussels',['NATO','Russia'],'On Wednesday the NATO-Russia Council met in Brussels')
e('977','2022-01-13','talks','Vienna',['OSCE'],'today the OSCE Permanent Council discussed European security in Vienna')
e('977','2022-01-21','talks',None,['European Union'],'The Foreign Affairs Council of 21 January')

# ---------------- 978 German government press conference transcript in translation (Mon 10 January 2022)
art('978',0,5,14,'Die Bundesregierung','2022-01-10',[],None,
    ['Die Bundesregierung','Federal Government | Search | Deutsch | English','Home > Current issues > Transcripts','Monday, 10 January 2022',
     'Transcript (translation; the spoken word applies)','[...]','EWALD: (on the coronavirus pandemic; not reproduced here)',
     'Print | Share: Twitter | Facebook | E-mail','© 2022 Press and Information Office of the Federal Government','Imprint | Data protection | Accessibility | Sitemap'])
q('978','a de-escalation on all sides and the release of everyone who demonstrated peacefully',BAER,'The Foreign Minister','said',partial=True,note='inside Burger\'s answer; minister named later ("Minister Baerbock")')
q('978','moment of truth',BAER,'the Foreign Minister',None,partial=True,note='two-word phrase attributed in a journalist\'s question ("the view of the Foreign Minister that … are a "moment of truth""), no speech verb; borderline with a stock phrase')
q('978','Inviolability of borders is the foundation of peace in Europe, and it is not negotiable.','Olaf Scholz','The Chancellor','said',note='quoted by the deputy spokesperson; the Chancellor is never named')
q('978','The Bundeswehr has no mission of any kind in Central Asia,','Arne Collatz','I','say',note='the turn speaker (COLLATZ) quotes himself: "…," I can say that quite clearly')
c('978','other',20000,None,'bandits who attacked Almaty',TOK,'20,000 bandits had attacked Almaty',note='in a journalist\'s question, attributed to the Kazakh President')
c('978','other',20000,None,'attackers in Almaty (figure not verified)',TOK,'the figure of 20,000 attackers',note='the spokesman repeats the figure and says it cannot be verified; second occurrence kept (gold: each occurrence)')
c('978','detained',7939,None,'people detained throughout Kazakhstan',MIA,'7,939 people detained throughout the country')
c('978','killed',164,None,'people lost their lives','officials','according to official information 164 people have lost their lives')
c('978','troops_deployed',2030,None,'CSTO soldiers in Kazakhstan',CSTO,'a total of 2,030 soldiers')
c('978','troops_deployed',100000,'about','Russian soldiers near the Ukrainian border','German Defence Ministry','around 100,000 Russian soldiers near the Ukrainian border',note='"We continue to observe" (the ministry spokesman); "around 30 Germans" is not a claim')
e('978','2022-01-07','statement',None,[TOK],'The Kazakh President said on Friday')
e('978',None,'statement',None,[BAER],'The Foreign Minister said at the weekend',note='"at the weekend" (8-9 Jan): date null')
e('978','2022-01-10','talks',None,[CSTO],'The heads of state of the CSTO are meeting by video today')
e('978','2022-01-10','talks','Geneva',['United States','Russia'],'That applies today in Geneva')
e('978','2022-01-12','talks','Brussels',['NATO','Russia'],'on Wednesday at the NATO-Russia Council in Brussels')
e('978','2022-01-13','talks','Vienna',['OSCE'],'on Thursday at the OSCE in Vienna')
e('978',None,'statement',None,['Olaf Scholz'],'The Chancellor said last week',note='"last week": date null')
e('978',None,'other','Kyiv',[BAER],'Minister Baerbock will travel to Kyiv and to Moscow next week',note='"next week": date null (17-18 Jan)')
e('978','2022-01-18','talks','Moscow',[BAER,'Sergey Lavrov'],'she will hold talks with her counterpart Sergey Lavrov on Tuesday of next week',note='"Tuesday of next week" from Mon 10 Jan (not Tue 11 Jan)')

# ---------------- 979 Sejm Foreign Affairs Committee full record, unofficial translation (12 January 2022, Wed)
art('979',0,5,9,'Sejm of the Republic of Poland','2022-01-12',[],None,
    ['SEJM RZECZYPOSPOLITEJ POLSKIEJ','Kadencja IX | Posiedzenia komisji | Biuletyn','Committee on Foreign Affairs (SZA)','of 12 January 2022',
     '[unofficial English translation prepared for the Baltic Assembly delegation]','Committee secretaries: Anna Dąbrowska, Piotr Sowa.',
     'Chairman Deputy Marek Wiśniowski (PiS):','Undersecretary of State at the MFA Tomasz Lisiewicz:','(End of sitting at 11:42)',
     'Print | PDF (243 kB) | Back to the list of sittings','© Kancelaria Sejmu 2022 | ul. Wiejska 4/6/8, 00-902 Warszawa'])
q('979','Europe has not stood this close to a large war since the Organisation was founded',RAU,'Minister Rau','told',partial=True)
q('979','did not take part in the use of force against civilians','Kazakh Embassy in Warsaw','the Kazakh embassy','stating',partial=True,note='"a note from the Kazakh embassy stating that the contingent "…""')
q('979','Russia does not need NATO expansion to stop tomorrow, it needs it to stop on paper.',RYAB,'Deputy Foreign Minister Ryabkov','said',note='quoted by an MP ("said in Geneva, I quote:")')
q('979','we do not comment on every sentence spoken in Geneva',RAU,'Minister Rau','told',partial=True,note='nearest-name trap: "As to Minister Ryabkov, "…", as Minister Rau told our American partners"')
q('979','Central Asia has been a blind spot of this Organisation for years,','Lewica parliamentary club','the Lewica club','wrote',note='inverted cue "…," the Lewica club wrote in its statement on Monday; quoted by a Lewica deputy')
c('979','killed',164,None,'people dead in Kazakhstan','officials','The official data speak of 164 dead')
c('979','detained',10000,'almost','people detained in Kazakhstan','officials','almost 10,000 detained')
c('979','troops_deployed',2000,'about','CSTO contingent in Kazakhstan',None,'The CSTO contingent of about 2,000 soldiers',note='40 Polish citizens / 23 people are not claims')
e('979','2022-01-12','other','Warsaw',['Sejm Committee on Foreign Affairs'],'Full record of the sitting of the Committee on Foreign Affairs (No. 112)')
e('979','2022-01-13','talks','Vienna',[RAU,'OSCE'],'Tomorrow Minister Zbigniew Rau will chair the first meeting of the OSCE Permanent Council')
e('979','2022-01-11','statement','Vienna',[RAU],'Minister Rau told the ambassadors in Vienna yesterday')
e('979','2022-01-13','withdrawal','Kazakhstan',[CSTO],'is to begin its withdrawal tomorrow')
e('979','2022-01-12','talks','Brussels',['NATO','Russia'],'this morning NATO and Russia sat at one table in Brussels')
e('979','2022-01-11','other','Geneva',[],'Yesterday our ambassador reported from Geneva',note='the report, not the talks (10 Jan)')
e('979',None,'statement','Geneva',[RYAB],'Deputy Foreign Minister Ryabkov said in Geneva',note='undated (10 Jan)')
e('979','2022-01-10','statement',None,['Lewica parliamentary club'],'the Lewica club wrote in its statement on Monday')

# ---------------- 980 UK Parliament written question and answer (answered 13 January 2022, Thu)
art('980',0,5,13,'UK Parliament','2022-01-13',['James Cleverly'],None,
    ['UK Parliament','Written questions, answers and statements','Home  >  Written questions and answers  >  UIN 101563',
     'Question for Foreign, Commonwealth and Development Office','UIN 101563, tabled on 10 January 2022','Asked by Helena Markham',
     '(Conservative, Wrexham Vale)','Answered on','13 January 2022','Answered by James Cleverly','Minister of State (Europe and North America)',
     'This question was grouped with the following question(s) for answer:','Kazakhstan: Detainees 101564 tabled on 10 January 2022',
     'Is this page useful?   Yes   No','Report a problem with this page','Cookie policy | Accessibility statement | Privacy notice | Contact us','© UK Parliament 2022'])
q('980','stands with the people of Kazakhstan','Liz Truss','the Foreign Secretary','said',partial=True,note='role only; name not printed')
q('980','can never be justified','Liz Truss','she','made clear',partial=True)
q('980','has been successfully completed',TOK,'President Tokayev','statement',partial=True,note='"President Tokayev\'s statement of 11 January that the mission "…"" (possessive + noun cue)')
q('980','every case will be examined by a court, and nobody will be punished for peaceful protest','Kazakh Ambassador to the United Kingdom','The Ambassador','assured',partial=True,note='unnamed ambassador; role-only speaker')
q('980','the people of Kazakhstan deserve an independent account of what happened','Neil Holland','Neil Holland','told',partial=True,note='"the UK Permanent Representative to the OSCE, Neil Holland, told the Permanent Council that"')
c('980','killed',164,None,'people died during the unrest',AUTH,'164 people died during the unrest')
c('980','killed',16,None,'members of the security services died',AUTH,'among them 16 members of the security services')
c('980','detained',9900,'more than','people detained',AUTH,'more than 9,900 people have been detained')
c('980','troops_deployed',2030,'about','CSTO personnel deployed to Kazakhstan',None,'approximately 2,030 personnel',note='"approximately" → about')
e('980','2022-01-10','other',None,['Helena Markham'],'UIN 101563, tabled on 10 January 2022')
e('980','2022-01-02','protest',None,[],'detained since 2 January 2022')
e('980','2022-01-07','statement',None,['Liz Truss'],'On 7 January the Foreign Secretary said')
e('980','2022-01-11','statement',None,[TOK],"President Tokayev's statement of 11 January")
e('980','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased withdrawal would begin two days later',note='"two days later" than 11 Jan')
e('980','2022-01-11','talks','London',['James Cleverly','Kazakh Ambassador to the United Kingdom'],'I raised our concerns with the Kazakh Ambassador in London on 11 January')
e('980','2022-01-13','statement','Vienna',['Neil Holland','OSCE'],'Earlier today the UK Permanent Representative to the OSCE')
e('980',None,'talks',None,['NATO','Russia'],'the NATO-Russia Council meeting held this week',note='"this week": date null (12 Jan)')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','President of Kazakhstan'],'Kazakhstan',['his','President Tokayev','The Kazakh President'],["President Tokayev's"]),
 sp(RYAB,'person',['Ryabkov'],['Deputy Foreign Minister'],'Russia',['The Russian deputy minister'],['Minister Ryabkov'],note='full name never printed in this set'),
 sp('Kaja Kallas','person',['Kaja Kallas'],['Prime Minister'],'Estonia',['I']),
 sp(STOL,'person',['Stoltenberg'],['Secretary General','NATO Secretary General'],None,['The NATO Secretary General'],note='surname only (973); role only (977)'),
 sp('Martin Herem','person',['Martin Herem'],['our defence chief'],'Estonia',note='words invented'),
 sp('Dmitry Peskov','person',[],['the Kremlin spokesman'],'Russia',['the Kremlin spokesman'],note='never named; canonical from earlier sets'),
 sp(KOS,'person',['Konstantin Kosachev'],['Deputy Chairman of the Federation Council'],'Russia',['he','his','the senator','The Deputy Chairman of the Federation Council']),
 sp('Valentina Matviyenko','person',['Valentina Matviyenko'],['Chairman of the Federation Council'],'Russia',['she']),
 sp('Grigory Karasin','person',['Grigory Karasin'],['Chairman of the Committee on International Affairs'],'Russia',['he']),
 sp(MUFTI,'person',['Nauryzbay kazhy Taganuly'],['Supreme Mufti','The Chairman of the Spiritual Administration of Muslims of Kazakhstan'],'Kazakhstan',['He','the Supreme Mufti'],note='canonical spelling from earlier sets ("Nauryzbai Kazhy Taganuly"); here "Nauryzbay kazhy"'),
 sp(SEIT,'person',['Daulet Seitkazy','Seitkazy'],['The chief imam of the Almaty central mosque'],'Kazakhstan',['he','The chief imam'],note='invented'),
 sp(QMDB,'organisation',['Spiritual Administration of Muslims of Kazakhstan','QMDB'],[],'Kazakhstan',['the press service'],['the Spiritual Administration']),
 sp(ZHU,'person',['Aliya Zhumabayeva','Zhumabayeva'],['Vice President Corporate Communications'],'Kazakhstan',note='invented'),
 sp('Air Astana','organisation',['Air Astana'],[],'Kazakhstan',['The company']),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['my Kazakh colleague'],'Kazakhstan',note='words invented'),
 sp('Alexander Grushko','person',['Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Wendy Sherman','person',[],['the US Deputy Secretary of State'],'United States',['the US Deputy Secretary of State'],note='never named; identified by role'),
 sp(BAER,'person',['Baerbock'],['Foreign Minister','Minister'],'Germany',['The Foreign Minister','the Foreign Minister'],['Minister Baerbock']),
 sp('Olaf Scholz','person',[],['The Chancellor'],'Germany',['The Chancellor'],note='never named'),
 sp('Arne Collatz','person',['COLLATZ','Collatz'],['Collatz (BMVg)'],'Germany',['I'],note='only the surname (turn label); first name from world knowledge; words invented'),
 sp(RAU,'person',['Zbigniew Rau','Rau'],['Minister'],'Poland',[],['Minister Rau']),
 sp('Kazakh Embassy in Warsaw','organisation',[],[],'Kazakhstan',['the Kazakh embassy'],note='"a note from the Kazakh embassy"'),
 sp('Lewica parliamentary club','organisation',['Lewica'],[],'Poland',['the Lewica club']),
 sp('Liz Truss','person',[],['the Foreign Secretary'],'United Kingdom',['the Foreign Secretary','she'],note='never named; identified by role on 7 Jan 2022'),
 sp('Kazakh Ambassador to the United Kingdom','person',['Kazakh Ambassador'],[],'Kazakhstan',['The Ambassador'],note='unnamed'),
 sp('Neil Holland','person',['Neil Holland'],['the UK Permanent Representative to the OSCE'],'United Kingdom',note='words invented'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,[],[],quoted=False,note='source of figures; not quoted in this set'),
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
