#!/usr/bin/env python3
"""Source of the devset170 annotation: the hand-chosen spans, values and dates for 1453-1460.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset170/annotation_source.py && python3 tests/devset170/verify.py
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
KA='Kazakh authorities'

# ---------------- 1453 Daily News Hungary (7 January 2022, 16:18, Fri), MTI credit at the foot
P='1453'
art(P,0,5,8,'Daily News Hungary','2022-01-07',['Dávid Kertész'],None,
    ['Daily News Hungary','Hungarian news in English since 2013','Home  |  Politics  |  Economy  |  Culture  |  Travel  |  Budapest',
     'READ ALSO: Hungarian Airlines suspend Almaty charter until further notice','Source: MTI, dailynewshungary.com',
     'Tags: Kazakhstan, Szijjártó Péter, MOL, CSTO','© 2022 Daily News Hungary. All rights reserved.'])
SZ='Péter Szijjártó'
q(P,'I asked my colleague about the safety of our citizens, and I was told that the authorities are doing everything to restore order as fast as possible,',SZ,'Szijjártó','said')
q(P,'Our embassy in Nur-Sultan is working around the clock.',SZ,'Szijjártó','said',note='second half after the interposed "Szijjártó said."')
q(P,'one of Hungary’s most important partners in Central Asia',SZ,'The minister','described',partial=True,note='curly apostrophe inside the curly-quoted span')
q(P,'find its way back to stability and calm',SZ,'The minister','said',partial=True)
q(P,'This is a sovereign decision of Kazakhstan, and we respect it,',SZ,'he','said')
q(P,'The foreign minister talks about partners, but people are being shot in the streets,','Ágnes Vadai','the Democratic Coalition MP','wrote',
  note='role phrase after the quote; "The foreign minister" inside the quote is Szijjártó, not the speaker')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 “armed criminals” had been killed',note='one-word-style label "armed criminals" excluded as a quote')
c(P,'detained',3000,'more than','people detained since the protests began',MIA,'more than 3,000 people detained')
c(P,'killed',18,None,'members of the security forces killed',MIA,'Eighteen members of the security forces were killed',note='written-out number at sentence start')
e(P,'2022-01-07','statement',None,[SZ],'Foreign Minister Péter Szijjártó said on Friday',note='video on Facebook')
e(P,None,'talks',None,[SZ,'Mukhtar Tileuberdi'],'after a telephone call with his Kazakh counterpart, Mukhtar Tileuberdi',note='no day given; probably 7 January')
e(P,'2022-01-07','casualty_report',None,[MIA],'The Kazakh interior ministry said on Friday')
e(P,'2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began arriving in the country on Thursday')
e(P,'2022-01-05','other','Kazakhstan',[TOK,CSTO],'asked the alliance for help on Wednesday night',note='request for CSTO help')

# ---------------- 1454 Expats.cz (Updated on 10.01.2022 17:45 CET, Mon)
P='1454'
art(P,0,5,11,'Expats.cz','2022-01-10',['Tereza Novotná'],None,
    ['Expats.cz',"Prague's English-language news, jobs and living guide",'News  ·  Living in Prague  ·  Jobs  ·  Real Estate  ·  Events',
     'Tereza Novotná','Reading time: 4 minutes','RELATED','Czech ministry: no Czechs hurt in Kazakh unrest',
     'Tereza Novotná is a staff reporter at Expats.cz covering Prague life and Czech politics.','© Expats.cz 2022'])
AS='Aidana Sultanbekova'; JL='Jan Lipavský'; MD='Marat Dzhaksybekov'
q(P,'We watched the news all night',AS,None,None,zone='headline',note='headline quote = opening words of the body quote on line 12; speaker only from the body')
q(P,'We watched the news all night, every night, and there was nothing we could do,',AS,'Sultanbekova','said',note='inverted cue "said Sultanbekova, 24,"')
q(P,'When my mother called, she just cried.',AS,'Sultanbekova','said',note='second quote of the same paragraph after the inverted attribution')
q(P,'around 40 Czech citizens',JL,'Jan Lipavský','said',partial=True,note='number inside a partial; citizens count is not a claim')
q(P,'We are ready to assist anyone who needs it,',JL,'he','wrote',note='on Twitter')
q(P,'People come in for plov and stay to ask if my brother is okay,',MD,'he','said')
q(P,'He is okay. But in Almaty it is not okay yet.',MD,'he','said',note='second half after interposed "he said."')
q(P,'Everyone says it is calm now,',AS,'she','said')
q(P,'but calm is not the same as normal.',AS,'she','said',note='split quote: "…," she said, "…"')
c(P,'killed',164,None,'people killed in the unrest',KA,'The authorities say 164 people were killed',note='"later disputed by officials"')
e(P,'2022-01-09','other','Prague',[],'gathered on Sunday afternoon near the Kazakh embassy',note='flowers laid by the Kazakh community')
e(P,'2022-01-05','other','Kazakhstan',[],'largely cut from Wednesday',note='internet shutdown')
e(P,'2022-01-07','statement',None,[JL],'Jan Lipavský said on Friday')
e(P,'2022-01-10','talks',None,[TOK,CSTO],'told a CSTO video summit on Monday')

# ---------------- 1455 The Slovenia Times, STA item (13 January 2022 | 18:22, Thu); stamp line AFTER the dateline lead
P='1455'
art(P,0,4,5,'The Slovenia Times','2022-01-13',[],'Ljubljana',
    ['THE SLOVENIA TIMES','News from Slovenia in English','Politics | Business | Society | Culture | Sport','13 January 2022 | 18:22 | STA',
     'Related','Source: STA','Copyright © The Slovenia Times. Content from STA is reproduced under licence.'])
AL='Anže Logar'
q(P,'no return to spheres of influence',AL,'Logar',None,partial=True,zone='headline',note='headline "Name: …, \\"…\\"" convention')
q(P,'Dialogue is always better than silence, but dialogue cannot mean a return to spheres of influence,',AL,'Logar','told')
q(P,'the full support of Slovenia',AL,'The minister','said',partial=True,note='nearest-name trap: Zbigniew Rau is the subject of the reported clause, not the speaker')
q(P,'with concern',AL,'Logar','said',partial=True,note='two-word partial kept (evaluative wording with a speech verb); borderline')
q(P,'The deployment was short, and that is good. But we need to know what those soldiers did there,',AL,'Logar','said')
q(P,'Slovenia chaired the EU until the end of December. We should speak with a clearer voice,','Tanja Fajon','she','told')
c(P,'detained',10000,'almost','people detained',KA,'put the number of people detained at almost 10,000')
c(P,'troops_deployed',2030,'about','Russian-led CSTO troops in Kazakhstan',None,'which numbered about 2,030')
e(P,'2022-01-13','statement','Ljubljana',[AL],'Logar told reporters in Ljubljana')
e(P,'2022-01-13','talks','Ljubljana',[AL],'after meeting the Slovak foreign minister',note='Slovak minister named only in the Related teaser (Korčok)')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'the OSCE Permanent Council met in Vienna',note='"on the day" Logar spoke')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'the US-Russian meeting in Geneva on Monday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels on Wednesday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving the country on the same day',note='"the same day" = Thursday of the detention figure')

# ---------------- 1456 Total Croatia News (8 January 2022 - 14:10, Sat); TCN doubled-apostrophe quote marks
P='1456'
art(P,0,5,8,'Total Croatia News','2022-01-08',['Ivana Perić'],None,
    ['Total Croatia News','TCN','Croatia  |  Politics  |  Travel  |  Lifestyle  |  Business',"For more on politics in Croatia, follow TCN's dedicated section.",
     'Read more','Croatian Citizens Advised Not to Travel to Kazakhstan','Total Croatia News - Your source for news from Croatia'])
GR='Gordan Grlić Radman'
q(P,'We Are in Touch with All Croatians There',GR,'Grlić Radman',None,zone='headline',note='Title-Case headline version of the body quote on line 10; "Name on Kazakhstan:" convention')
q(P,'The situation is serious, but our people are safe, and we are in contact with all Croatians there,',GR,'Grlić Radman','said',malformed=True,
  note="delimited by two ASCII apostrophes '' used as a double mark (TCN house quirk), not a real double quote")
q(P,'following the situation minute by minute.',GR,'Grlić Radman','adding that',malformed=True,partial=True,note="'' … '' doubled-apostrophe marks")
q(P,'a small team with a big job',GR,'He','said',malformed=True,partial=True,note="'' … '' doubled-apostrophe marks")
q(P,'We support the sovereignty and territorial integrity of Kazakhstan,',GR,'Grlić Radman','said')
q(P,'and we call on all sides to refrain from violence.',GR,'Grlić Radman','said',note='split by the interposed "Grlić Radman said,"')
c(P,'killed',164,None,'people killed in the unrest',MOH,'164 people had been killed in the unrest')
c(P,'detained',4404,None,'people detained',MIA,'put the number of detained at 4,404')
c(P,'troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'around 2,500 troops')
e(P,'2022-01-08','statement','Zagreb',[GR],'the Croatian minister spoke on Saturday morning')
e(P,'2022-01-08','casualty_report',None,[MOH,MIA],'The Kazakh health ministry said on Saturday')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday that he had given security forces the order to fire without warning')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'The Russian-led CSTO alliance has sent',note='no date in the text')

# ---------------- 1457 The Romania Journal "News in brief" (posted on 12/01/2022 at 19:40, Wed): 3 items = 3 articles
P='1457'
art(P,0,7,8,'The Romania Journal','2022-01-12',[],None,
    ['The Romania Journal','romaniajournal.ro','HOME   POLITICS   ECONOMY   EXTERNAL   SOCIETY   OPINION','EXTERNAL',
     'News in brief: Aurescu on NATO-Russia Council, Romanians evacuated from Almaty, Ciucă at the MApN','posted on 12/01/2022 at 19:40 by Romania Journal'],ls=7,le=9)
art(P,1,10,11,'The Romania Journal','2022-01-12',[],None,[],ls=10,le=13)
art(P,2,14,15,'The Romania Journal','2022-01-12',[],None,
    ['Tags: Bogdan Aurescu, Kazakhstan, NATO, Nicolae Ciucă','Related posts','Iohannis: The Black Sea must stay a sea of stability',
     '© 2022 The Romania Journal. All rights reserved. Reproduction without written consent is prohibited.'],ls=14,le=16)
BA='Bogdan Aurescu'; NC='Nicolae Ciucă'
q(P,'unacceptable and without any legal basis',BA,'Bogdan Aurescu','said',art=0,partial=True,note='the headline has only the one-word "unacceptable" (excluded)')
q(P,'Romania is not a buffer zone. We are a NATO member with the same rights as every other ally,',BA,'Aurescu','said',art=0,note='"said in a statement released after…"')
q(P,'with one voice',BA,'The minister','added that',art=0,partial=True)
q(P,'They are tired, but they are all well,','Crina Dobrescu','Crina Dobrescu','said',art=1,note='inverted cue with role "a MAE spokesperson"')
q(P,'We are prepared, and the allies know that,',NC,'Ciucă','told',art=2)
c(P,'detained',10000,'about','people detained in connection with the unrest',KA,'around 10,000 people have been detained',art=1)
e(P,'2022-01-12','statement',None,[BA],'Foreign Minister Bogdan Aurescu said on Wednesday',art=0)
e(P,None,'talks','Brussels',['NATO','Russia'],'after the NATO-Russia Council in Brussels',art=0,note='no day word in this item; 12 January')
e(P,'2022-01-11','other','Bucharest',['Romanian Foreign Ministry'],'arrived in Bucharest on Tuesday night',art=1,note='evacuation flight of 16 Romanians')
e(P,'2022-01-12','statement',None,[NC],'said on Wednesday that Romania was ready to host additional NATO forces',art=2)

# ---------------- 1458 Le News (Geneva) (10 Jan 2022, Mon)
P='1458'
art(P,0,4,6,'Le News','2022-01-10',['Jane Whitfield'],None,
    ['Le News','Swiss news in English','News   Life   Business   Geneva   Lausanne   Zurich   Subscribe','Jane Whitfield | 10 Jan 2022',
     'READ MORE: Why Geneva keeps hosting the big summits',"Le News is Switzerland's English-language news site, based in Geneva.",'© 2022 Le News. Photo: Keystone'])
RY='Sergey Ryabkov'; WS='Wendy Sherman'; IC='Ignazio Cassis'; CP='Claude Perrin'
q(P,'difficult, long, very professional',RY,'Ryabkov','told',partial=True,note='closing mark before the full stop')
q(P,'ironclad, waterproof, bulletproof, legally binding guarantees',RY,'He','said',partial=True)
q(P,'pushed back firmly',WS,'Sherman','said',partial=True)
q(P,'simply non-starters',WS,'Sherman','said',partial=True)
q(P,'Switzerland is glad to offer its good offices. Geneva is a place where people talk, even when it is hard,',IC,'Cassis','said')
q(P,'The timing could not be worse,',CP,'Claude Perrin','said',note='inverted cue with affiliation')
q(P,'Moscow sends troops to a neighbour the same week it asks the West for security guarantees.',CP,'Claude Perrin','said',note='continuation after the inverted attribution')
c(P,'troops_deployed',2030,'about','CSTO troops taking part in the mission','Moscow','some 2,030 CSTO troops',note='"some" -> about; "Moscow says"')
e(P,'2022-01-10','talks','Geneva',[WS,RY],"sat down with Russia's Deputy Foreign Minister Sergei Ryabkov")
e(P,'2022-01-09','statement',None,[IC],'Cassis said on Sunday')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'Talks will continue in Brussels on Wednesday',note='NATO-Russia Council, future at publication')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'at the OSCE in Vienna on Thursday',note='future at publication')

# ---------------- 1459 Metropole (Vienna) (January 14, 2022, Fri); "Words:" byline, "Photo:" credit
P='1459'
art(P,0,5,10,'Metropole','2022-01-14',['Lukas Brandstätter'],None,
    ['METROPOLE','Vienna in English','Culture · City Life · Politics · Food & Drink · Explainers','POLITICS','Photo: OSCE/Micky Kroell',
     'READ MORE','The Hofburg: A Palace Turned Conference Centre','Metropole is Vienna\'s English-language magazine. Subscribe to our print edition.'],
    sections=(14,18))
ZR='Zbigniew Rau'; LU='Alexander Lukashevich'; MC='Michael Carpenter'; AS2='Alexander Schallenberg'
q(P,'It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,',ZR,'Rau','told')
q(P,'a constructive response',LU,'He','told',partial=True)
q(P,'appropriate measures',LU,'He','warned',partial=True,note='two-word partial kept (threat wording with a speech verb)')
q(P,'sounding loud',MC,'Michael Carpenter','said',partial=True)
q(P,'We are a neutral country, and we take this role seriously. If they want to talk here again, the door is open,',AS2,'he','said',
  note='antecedent "Foreign Minister Alexander Schallenberg" at the start of the paragraph')
q(P,'the elephant in the room',None,'A diplomat from a Nordic delegation','said',partial=True,note='anonymous diplomat; idiom but an attributed characterisation')
c(P,'troops_deployed',2030,None,'CSTO troops at the peak of the mission',CSTO,'who numbered 2,030 at the peak of the mission')
e(P,'2022-01-13','talks','Vienna',['OSCE',ZR],'the Permanent Council of the Organization for Security and Co-operation in Europe met on Thursday')
e(P,'2022-01-01','other',None,[ZR,'OSCE'],'took over the OSCE chairmanship from Sweden on January 1')
e(P,'2022-01-13','withdrawal','Almaty',[CSTO],'had started handing over protected sites to Kazakh forces in a ceremony in Almaty',note='"The alliance said on Thursday that … had started"')

# ---------------- 1460 The Lithuania Tribune, ELTA item (2022-01-11 16:05, Tue)
P='1460'
art(P,0,4,8,'The Lithuania Tribune','2022-01-11',[],'Vilnius',
    ['The Lithuania Tribune','Lithuanian news in English','Politics | Business | Society | Opinion | Baltics','ELTA','2022-01-11 16:05','Share',
     'Related articles','Lithuania raises alert level for border units','© The Lithuania Tribune. All rights reserved.'])
GL='Gabrielius Landsbergis'; LK='Laurynas Kasčiūnas'
q(P,'dress rehearsal',GL,'Landsbergis',None,partial=True,zone='headline',note='two-word headline partial after "Name:"; the body has the longer quote')
q(P,'whenever and wherever it sees its influence threatened',GL,'Gabrielius Landsbergis','said',partial=True)
q(P,'What we saw in Kazakhstan in the last week was a kind of dress rehearsal. Troops can be moved in a day. We, as Russia\'s neighbours, should draw conclusions,',GL,'Landsbergis','said')
q(P,"They produced a date for the next meeting. That's all.",GL,'the minister','replied',note='cue "replied:" after "Asked whether…"')
q(P,'now, not after the next crisis',LK,'Laurynas Kasčiūnas','said',partial=True)
q(P,"We cannot wait for Russia's written answers. By then, it may be too late,",LK,'Kasčiūnas','told')
c(P,'killed',164,None,'people killed since the start of the protests',KA,'164 people, including 103 in Almaty',note='"Kazakh officials said"')
c(P,'killed',103,None,'people killed in Almaty',KA,'including 103 in Almaty, had been killed',note='subset of the 164')
c(P,'detained',7939,'about','people detained',MIA,'Some 7,939 people have been detained')
c(P,'troops_deployed',2030,None,'CSTO force to be withdrawn',TOK,'the 2,030-strong force',note='hyphenated number-adjective; "he announced"')
e(P,'2022-01-11','statement','Vilnius',[GL],'Gabrielius Landsbergis said on Tuesday',note='interview with LRT radio')
e(P,'2022-01-10','talks','Geneva',['United States','Russia'],'the Geneva talks on Monday')
e(P,'2022-01-10','casualty_report',None,[KA],'Kazakh officials said on Monday')
e(P,'2022-01-10','talks',None,[TOK,CSTO],'Speaking at a video summit of the CSTO on Monday')
e(P,'2022-01-11','statement',None,[TOK],'On Tuesday he announced that the withdrawal')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start in two days',note='announced future start: "in two days" from Tuesday 11 January')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(SZ,'person',['Péter Szijjártó','Szijjártó','Szijjártó Péter'],['Foreign Minister'],'Hungary',['The minister','he'],note='real; words invented; Hungarian name order "Szijjártó Péter" only in furniture'),
 sp('Ágnes Vadai','person',['Ágnes Vadai'],['Opposition politician','the Democratic Coalition MP'],'Hungary',note='real MP; words invented'),
 sp(AS,'person',['Aidana Sultanbekova','Sultanbekova'],[],'Kazakhstan',['she'],note='invented; age 24'),
 sp(JL,'person',['Jan Lipavský'],['Czech Foreign Minister'],'Czech Republic',['he'],note='real; words invented'),
 sp(MD,'person',['Marat Dzhaksybekov'],[],'Kazakhstan',['he'],note='invented restaurant owner'),
 sp(AL,'person',['Anže Logar','Logar'],['Foreign Minister'],'Slovenia',['The minister'],note='real; words invented'),
 sp('Tanja Fajon','person',['Tanja Fajon'],['Opposition Social Democrat MEP'],'Slovenia',['she'],note='real; words invented'),
 sp(GR,'person',['Gordan Grlić Radman','Grlić Radman'],['Croatian Foreign and European Affairs Minister'],'Croatia',['He','the Croatian minister'],note='real; words invented; two-part surname'),
 sp(BA,'person',['Bogdan Aurescu','Aurescu'],['Foreign Minister'],'Romania',['The minister'],note='real; words invented'),
 sp('Crina Dobrescu','person',['Crina Dobrescu'],['a MAE spokesperson'],'Romania',note='invented'),
 sp(NC,'person',['Nicolae Ciucă','Ciucă'],['Prime Minister'],'Romania',note='real; words invented'),
 sp(RY,'person',['Sergei Ryabkov','Ryabkov'],["Russia's Deputy Foreign Minister"],'Russia',['He'],note='canonical spelling as in the gold; words paraphrased'),
 sp(WS,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',note='words invented'),
 sp(IC,'person',['Ignazio Cassis','Cassis'],['Swiss Foreign Minister','Swiss president'],'Switzerland',note='real; words invented'),
 sp(CP,'person',['Claude Perrin'],['a lecturer at the Geneva Graduate Institute'],'Switzerland',note='invented'),
 sp(ZR,'person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',note='real; wording paraphrased'),
 sp(LU,'person',['Alexander Lukashevich'],["Russia's envoy to the OSCE"],'Russia',['He'],note='real; words paraphrased'),
 sp(MC,'person',['Michael Carpenter'],['US Ambassador'],'United States',note='real; words paraphrased'),
 sp(AS2,'person',['Alexander Schallenberg'],['Foreign Minister'],'Austria',['he'],note='real; words invented'),
 sp(GL,'person',['Gabrielius Landsbergis','Landsbergis'],['Foreign Minister'],'Lithuania',['the minister'],note='real; words invented'),
 sp(LK,'person',['Laurynas Kasčiūnas','Kasčiūnas'],['The chairman of the Seimas Committee on National Security and Defence'],'Lithuania',note='real; words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','the Kazakh president'],["Tokayev's"],quoted=False,note='not quoted (only the label "peacekeeping mission", excluded); source of the 2,030 figure in 1460'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the 164 figure in 1456; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['The alliance','the alliance'],[],quoted=False,note='source of the 2,030 figure in 1459; not quoted'),
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
