#!/usr/bin/env python3
"""Source of the devset65 annotation: the hand-chosen spans, values and dates for 613-620.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset65/annotation_source.py && python3 tests/devset65/verify.py
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
RSF='Reporters Without Borders'; KZPGO="Kazakh Prosecutor General's Office"; KZH='Kazakh Health Ministry'


# ---------------- 613 RSF alert (Publish date: 07/01/2022, a Friday)
art('613',0,ln('613','Kazakhstan: RSF condemns'),ln('613','Detentions, smashed cameras'),RSF,'2022-01-07',[],None,
    ['RSF_en','REPORTERS WITHOUT BORDERS','Home  >  Region Europe - Central Asia  >  Kazakhstan','Donate   |   Subscribe to our newsletter',
     'Organisation','Publish date: 07/01/2022','Related articles','Kazakhstan: journalist sentenced to prison for "false information"',
     "Central Asia: RSF's five recommendations for 2022",'Share','Facebook   Twitter   LinkedIn   Email','© Reporters Without Borders – RSF'])
q('613','A journalist wearing a press vest is not a rioter. The authorities must release every reporter who is still in custody and stop treating coverage of the protests as a crime,','Marta Kowalczyk','Marta Kowalczyk','said',note='inverted cue "…," said Marta Kowalczyk, the head of …')
q('613','We were told to lie on the ground and our phones were thrown into a bus,',None,'one of the reporters, who asked not to be named','said',note='anonymous reporter; quote split by an interposed attribution')
q('613','They did not care that we showed our cards.',None,'one of the reporters, who asked not to be named','said',note='second half of the split quote, same cue')
q('613','so-called free journalists and public figures',TOK,'President Kassym-Jomart Tokayev','denounced',partial=True,note='"he denounced the role of “…”"; same sentence as "said he had ordered … to fire without warning" (unquoted)')
q('613','a green light for reprisals','Marta Kowalczyk','Kowalczyk','described',partial=True,note='"described that language as “…”"')
q('613','When the head of state blames journalists for the violence, every policeman on the street hears it.','Marta Kowalczyk','She','added',note='colon cue "She added:"')
c('613','detained',4,'at least','journalists detained in Almaty and Aktobe',RSF,'At least four journalists have been detained',note='written-out number; "according to information gathered by RSF"')
c('613','detained',2,None,'journalists held for several hours and released',RSF,'two others were held for several hours on Thursday',note='written-out; short detention')
c('613','detained',3811,None,'people detained across the country',MIA,'3,811 people had been detained')
e('613','2022-01-04','arrest','Almaty',[],'detained in Almaty and Aktobe since 4 January',note='start of the detentions of journalists')
e('613','2022-01-06','arrest',None,[],'on Thursday before being released without charge',note='Thursday before Friday 7 Jan')
e('613',None,'other',None,[],'police officers had taken his memory cards',note='"earlier this week" is not a day')
e('613','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('613','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said the same day',note='"the same day" = Friday of the address')
e('613','2022-01-05','other','Kazakhstan',[],'Access to the internet was cut across most of Kazakhstan on 5 January',note='internet shutdown')

# ---------------- 614 ARTICLE 19 statement (10 Jan 2022, a Monday)
art('614',0,ln('614','Kazakhstan: End internet shutdowns'),ln('614','ARTICLE 19 is deeply concerned'),'ARTICLE 19','2022-01-10',[],None,
    ['ARTICLE 19','Defending freedom of expression and information','About   Resources   Campaigns   Take action   Donate','Resources > Statements',
     '10 Jan 2022','Statement','Share this:  Twitter  Facebook  Email','Sign up for our newsletter','ARTICLE 19 is a registered charity (UK No. 327421)'],
    sections=(ln('614','Recommendations'),ln('614','Background')))
q('614','Switching off the internet for a whole country does not stop violence – it hides it. People could not call an ambulance, check on their families or find out where the shooting was,','Thomas Ellery','Thomas Ellery','said',note='inverted cue; en dash inside the quote')
q('614','in stages, as the security situation allows','Askar Umarov','Askar Umarov','said',partial=True,note='"the Minister of Information and Social Development, Askar Umarov, said that access would be restored “…”"; full stop outside the mark')
q('614','We are not asking the authorities to tolerate violence,','Thomas Ellery','Ellery','added',note='split by the interposed "Ellery added."')
q('614','We are asking them to stop punishing people for describing it.','Thomas Ellery','Ellery','added',note='second half after the interposed cue')
c('614','killed',164,None,'people killed, including two children (figure later called a "technical error")','state media','reported that 164 people had been killed',note='"including two children" is a subset, not a separate claim; the figure was disowned')
c('614','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
c('614','troops_deployed',2030,None,'CSTO troops deployed',CSTO,'what it said were 2,030 troops')
e('614','2022-01-05','other','Kazakhstan',[],'Mobile and fixed internet were cut across the country last Wednesday',note='"last Wednesday" from Monday 10 Jan')
e('614','2022-01-08','other','Almaty',[],'Access in Almaty was partly restored on Saturday')
e('614','2022-01-09','casualty_report',None,['state media'],'On Sunday, state media reported')
e('614','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e('614','2022-01-09','statement',None,['Askar Umarov'],'Speaking at a government briefing on Sunday')
e('614','2022-01-02','protest','Zhanaozen',[],'began on 2 January in Zhanaozen')
e('614','2022-01-05','other',None,[TOK,CSTO],'asked the Collective Security Treaty Organization (CSTO) for help',note='request for CSTO help ("On 5 January")')
e('614',None,'troop_deployment','Kazakhstan',[CSTO],'the alliance deployed what it said were',note='undated')

# ---------------- 615 Front Line Defenders case page (12 January 2022, a Wednesday)
art('615',0,ln('615','Human rights defender Zhanar Ospanova detained'),ln('615','On 6 January 2022, human rights defender'),'Front Line Defenders','2022-01-12',[],None,
    ['Front Line Defenders','Protection of human rights defenders at risk','EN  |  FR  |  ES  |  AR  |  RU','Home » Cases » Kazakhstan','12 January 2022',
     'Case History: Zhanar Ospanova','About Zhanar Ospanova','Location: Almaty, Kazakhstan','Violations: Arbitrary detention, Judicial harassment',
     'Rights Issues: Freedom of assembly, Human rights defenders','Take action','Send an appeal to the authorities of Kazakhstan','Download the appeal (PDF)',
     'Download the appeal in Russian (PDF)','Front Line Defenders, Second Floor, Grattan House, Temple Road, Blackrock, A94 FA39, Co. Dublin, Ireland'])
q('615','She was there to observe, and she told the officers so. The court did not even look at the video that shows it,','Nurlan Zhaksybekov','he','told',note='he = the lawyer named in the sentence before ("According to her lawyer, Nurlan Zhaksybekov, …")')
q('615','interrogated three times about her contacts with foreign organisations','Nurlan Zhaksybekov','Zhaksybekov','said',partial=True,note='"said … and that she was “…”"; a number inside the quote')
q('615','Everyone who documented the first days is now either in a cell or hiding their laptop.',None,'A colleague of the defender, who spoke on condition of anonymity','said',note='anonymous; colon cue "said:"')
c('615','detained',9900,None,'people detained by 11 January',KZPGO,'9,900 people had been detained by 11 January')
c('615','killed',16,None,'members of the security forces killed','Kazakh authorities','the deaths of 16 members of the security forces')
e('615','2022-01-06','arrest','Almaty',['Zhanar Ospanova'],'On 6 January 2022, human rights defender Zhanar Ospanova was detained')
e('615','2022-01-08','other','Almaty',['Medeu District Court','Zhanar Ospanova'],'the Medeu District Court sentenced her',note='court ruling')
e('615','2022-01-11','other',None,['Zhanar Ospanova'],'Her appeal was rejected on Tuesday',note='Tuesday before Wednesday 12 Jan')
e('615','2022-01-07','statement',None,[TOK],'On 7 January, President Kassym-Jomart Tokayev said in a televised address')

# ---------------- 616 Norwegian Helsinki Committee statement (11.01.2022, a Tuesday)
art('616',0,ln('616','Kazakhstan: Investigate the killings'),ln('616','As Russian-led troops prepare'),'Norwegian Helsinki Committee','2022-01-11',['Ingrid Solheim'],None,
    ['NORWEGIAN HELSINKI COMMITTEE','Den norske Helsingforskomité','Norsk | English','News   Countries   Topics   About us   Support our work','Kazakhstan',
     '11.01.2022','By Ingrid Solheim, senior adviser','Related','Kazakhstan: The right to protest must be respected (05.01.2022)',
     'Russia: Memorial must not be dissolved (28.12.2021)','Share:  Facebook  Twitter  E-mail','Den norske Helsingforskomité  |  Kirkegata 5, 0153 Oslo  |  nhc@nhc.no'])
q('616','main mission',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='two-word partial: "told the lower house … that the “…” of the CSTO force had been completed"')
q('616','We have spoken to families in Almaty who have been searching for relatives for five days. They go from the morgue to the police station and back again, and nobody gives them a list.','Berit Lindeman','Berit Lindeman','said',malformed=True,note='conventional multi-paragraph quote: the paragraph is left open and the next paragraph re-opens with “; attribution only at the end of the next paragraph')
q('616','An order to shoot without warning is not a security measure. It is a licence to kill, and those who gave it and carried it out must be held to account,','Berit Lindeman','Berit Lindeman','said',note='inverted cue "…,” said Berit Lindeman, secretary general of the NHC"')
q('616','to justify everything that followed','Berit Lindeman','She','said',partial=True)
q('616','They beat us every time the shift changed,',None,'One former detainee','told',note='anonymous former detainee ("he told the NHC"); age 34 in the apposition')
q('616','with great concern','Anniken Huitfeldt','Anniken Huitfeldt','said',partial=True)
c('616','troops_deployed',2030,None,'CSTO servicemen in the operation',CSTO,'2,030 servicemen took part in the operation')
c('616','detained',9900,None,'people detained since the protests began','Kazakh authorities','9,900 people have been detained since the protests began')
c('616','killed',16,None,'police officers and soldiers killed',MIA,'16 police officers and soldiers had been killed')
c('616','killed',164,None,'toll withdrawn by state television','state television','a toll of 164',note='withdrawn figure')
c('616','other',20000,None,'"bandits" who attacked Almaty (government description)','Kazakh government','20,000 bandits',note='quoted label with a number; the label is excluded from quotes')
e('616','2022-01-11','statement','Astana',[TOK],'told the lower house of parliament on Tuesday',note='Tuesday = publication day; location from world knowledge (Mazhilis)')
e('616','2022-01-13','withdrawal','Kazakhstan',[CSTO],'its withdrawal would begin in two days',note='"in two days" from Tuesday 11 Jan (future)')
e('616','2022-01-10','casualty_report',None,[MIA],'the Interior Ministry said on Monday')
e('616','2022-01-09','casualty_report',None,['state television'],'since state television withdrew a toll',note='figure withdrawn on Sunday')
e('616',None,'statement',None,['Anniken Huitfeldt'],'said last week that Oslo was following',note='"last week" is not a day')
e('616','2022-01-13','talks','Vienna',['OSCE'],'who meet in Vienna on Thursday',note='future OSCE Permanent Council; Thursday after Tuesday 11 Jan')

# ---------------- 617 OSCE/ODIHR press release (WARSAW, 13 January 2022, a Thursday)
art('617',0,ln('617','ODIHR Director calls on Kazakhstan'),ln('617','WARSAW, 13 January 2022'),'Organization for Security and Co-operation in Europe','2022-01-13',[],'Warsaw',
    ['Organization for Security and Co-operation in Europe','OSCE Office for Democratic Institutions and Human Rights','Home > Newsroom > Press releases','Press release',
     'For more information contact:','Katarzyna Nowicka','Spokesperson','ODIHR','Ul. Miodowa 10, 00-251 Warsaw, Poland','Office: +48 22 520 06 00','press@odihr.pl',
     'Related Stories','Chairman-in-Office Rau: OSCE must remain a platform for dialogue','ODIHR Director concerned about situation in Kazakhstan','Print   Share'])
q('617','The scale of the detentions is alarming. Every person in custody must be able to see a lawyer, to inform their family and to challenge the lawfulness of the detention before an independent judge,','Matteo Mecacci','Director Mecacci','said',note='title + surname')
q('617','deeply troubling','Matteo Mecacci','He','said',partial=True)
q('617','ODIHR stands ready to assist Kazakhstan, including by monitoring trials, as it has done in the past,','Matteo Mecacci','he','said')
q('617','the danger of a large-scale conflict on the continent is higher today than at any point in three decades.','Zbigniew Rau','Zbigniew Rau','warned',partial=True,note='clause after "warned that"; full stop inside the mark')
c('617','detained',10000,'almost','people detained since 4 January','Kazakh authorities','nearly 10,000 people have been detained')
c('617','troops_deployed',2000,'about','CSTO contingent withdrawing from Kazakhstan',RDM,'which numbered about 2,000 troops',note='"according to the Russian Ministry of Defence" at the end of the sentence')
e('617','2022-01-13','statement','Warsaw',['Matteo Mecacci'],'today urged the authorities of Kazakhstan')
e('617','2022-01-12','casualty_report',None,['Kazakh authorities'],'released by the Kazakh authorities on Wednesday',note='detention figures')
e('617','2022-01-13','talks','Vienna',['OSCE','Russia'],'the OSCE Permanent Council met in Vienna')
e('617','2022-01-10','talks','Geneva',['Russia','United States'],'began in Geneva on Monday')
e('617','2022-01-12','talks','Brussels',['NATO','Russia'],'continued at the NATO-Russia Council in Brussels the day before',note='"the day before" the Thursday session')
e('617','2022-01-13','statement','Vienna',['Zbigniew Rau'],'Speaking at the start of the session')
e('617','2022-01-13','withdrawal','Kazakhstan',[CSTO,RDM],'also began today')

# ---------------- 618 Council of Europe Commissioner for Human Rights statement (Strasbourg 12/01/2022, a Wednesday)
art('618',0,ln('618','Member states taking part in the CSTO operation'),ln('618','"Council of Europe member states do not leave'),'Council of Europe','2022-01-12',[],'Strasbourg',
    ['COUNCIL OF EUROPE','Commissioner for Human Rights','Home > Newsroom > Statements','Strasbourg 12/01/2022','Statement','Contact:',
     'Press officer, Office of the Commissioner for Human Rights','Tel. +33 (0)3 88 41 21 93','Follow the Commissioner on Twitter: @CommissionerHR',
     "Subscribe to the Commissioner's newsletter",'Share   Tweet   Print'])
q('618','Council of Europe member states do not leave their obligations at the border when they send troops abroad,','Dunja Mijatović','Dunja Mijatović','said',note='inverted cue with the adverb first: "said today the Council of Europe Commissioner for Human Rights, Dunja Mijatović"; the body starts with the quote')
q('618','Where troops of a member state exercise control over people or places, even for a few days, the Convention applies to what they do,','Dunja Mijatović','the Commissioner','said',note='title only')
q('618','Those reports must be investigated promptly and independently,','Dunja Mijatović','she','stressed',note='split by the interposed "she stressed,"')
q('618','and nobody should be convicted on the basis of a confession obtained under duress.','Dunja Mijatović','she','stressed',note='second half, starts with "and"')
q('618','temporary and limited','Nikol Pashinyan',"Nikol Pashinyan's",'assurance',partial=True,note='possessive mention; cue is the noun "assurance"')
c('618','troops_deployed',2030,'about','CSTO servicemen in Kazakhstan',CSTO,'about 2,030 servicemen')
c('618','other',250,None,'pieces of CSTO equipment',CSTO,'250 pieces of equipment')
c('618','troops_deployed',100,'about','Armenian soldiers in the CSTO force',None,'contributed about 100 soldiers')
c('618','detained',9900,None,'people detained','Kazakh officials','9,900 people had been detained')
e('618','2022-01-12','statement','Strasbourg',['Dunja Mijatović'],'said today the Council of Europe Commissioner')
e('618','2022-01-07','statement',None,[TOK],'On 7 January, President Kassym-Jomart Tokayev announced')
e('618','2022-01-11','casualty_report',None,['Kazakh officials'],'Kazakh officials said yesterday')
e('618','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin leaving the country tomorrow',note='future; "tomorrow" from Wednesday 12 Jan')
e('618',None,'troop_deployment','Almaty',['Armenia',CSTO],'to guard facilities in Almaty',note='undated')
e('618',None,'other',None,['Dunja Mijatović'],'addressed a letter to the Russian Minister of Defence',note='"in 2021" is not a day')

# ---------------- 619 German Federal Foreign Office page with a G7 statement (09.01.2022, a Sunday)
art('619',0,ln('619',"G7 Foreign Ministers' Statement on the situation"),ln('619','Germany, which holds the G7 Presidency'),'Federal Foreign Office','2022-01-09',[],None,
    ['Federal Foreign Office','Auswärtiges Amt','Deutsch | English | Leichte Sprache','Home  >  Newsroom  >  Press releases','09.01.2022 - Press release',
     'Keywords','G7   Kazakhstan   Human rights   Central Asia','© Federal Foreign Office','Print page   Share   Back to top'],
    sections=(ln('619','Statement by the G7 Foreign Ministers'),))
q('619','The people of Kazakhstan have the right to protest peacefully, and the state has the duty to protect them while it restores order. A shoot-to-kill order is incompatible with that duty.','Annalena Baerbock','Annalena Baerbock','said',note='colon cue "said on Sunday: “…”"; the term shoot-to-kill inside the quote is unquoted')
q('619','the importance of transparency about the foreign troops in the country','Annalena Baerbock','Baerbock','said',partial=True,note='"said she had stressed “…”"; the reported verb "stressed" is not the cue')
q('619','violence is never the answer to legitimate concerns','Liz Truss','Foreign Secretary Liz Truss','said',partial=True)
q('619','after consultations over the weekend','US State Department','The US State Department','said',partial=True)
c('619','detained',5800,'more than','people detained in the first days','Kazakh authorities','more than 5,800 people were detained',note='inside the numbered G7 statement text (paragraph "3.")')
c('619','troops_deployed',2030,None,'CSTO troops deployed in Kazakhstan',CSTO,'2,030 troops from six member states',note='"six member states" is not a claim')
e('619','2022-01-09','statement',None,['G7','Federal Foreign Office'],'today published the following statement')
e('619','2022-01-07','talks',None,['Annalena Baerbock','Mukhtar Tileuberdi'],'by telephone on Friday',note='phone call; Friday before Sunday 9 Jan')
e('619',None,'statement','London',['Liz Truss'],'In London, Foreign Secretary Liz Truss said',note='undated')
e('619','2022-01-10','talks','Geneva',['Russia','United States'],'Strategic Stability Dialogue in Geneva tomorrow',note='future; "tomorrow" from Sunday 9 Jan')
e('619','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels on Wednesday',note='future')
e('619',None,'troop_deployment','Kazakhstan',[CSTO],'We take note of the deployment of forces',note='undated')

# ---------------- 620 ICRC news release (08 January 2022, a Saturday)
art('620',0,ln('620','Kazakhstan: ICRC and Red Crescent deliver'),ln('620','Moscow / Almaty (ICRC)'),'International Committee of the Red Cross','2022-01-08',[],'Moscow / Almaty',
    ['International Committee of the Red Cross','ICRC','Where we work > Europe and Central Asia > Russian Federation (Moscow regional delegation)','News release','08 January 2022',
     'Facts and figures','- 3 hospitals and the ambulance service supplied in Almaty','- supplies for about 200 wounded','- 120 Red Crescent volunteers mobilised in Almaty',
     'For further information, please contact:','Olga Smirnova, ICRC Moscow, tel: +7 495 626 54 26','ICRC Media Relations, Geneva, tel: +41 22 730 22 71',
     'Share this content','Facebook   Twitter   Email'])
q('620','Doctors in Almaty have been working without a break for three days. They told us they were running short of dressings, surgical sets and body bags,','Ariane Vuillemin','Ariane Vuillemin','said')
q('620','Families are asking us where their relatives are. We are ready to help, and we have made that offer to the authorities,','Ariane Vuillemin','she','said')
q('620','Our volunteers wear the emblem and they are unarmed. We ask everyone to respect them and to let them reach the injured,','Azamat Beisenov','Azamat Beisenov','said',note='inverted cue; straight marks (the ICRC quotes above use curly marks)')
c('620','injured',1300,'more than','people injured in the unrest',KZH,'more than 1,300 people have been injured',note='"nearly 400 of them remain in hospital" is a subset, not a separate claim')
c('620','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
e('620','2022-01-07','other','Almaty',['ICRC','Red Crescent Society of Kazakhstan'],'were handed over on Friday',note='aid delivery')
e('620','2022-01-10','other','Almaty',['ICRC'],'A second delivery is planned for Monday',note='future')
e('620','2022-01-08','casualty_report',None,[MIA],'The interior ministry said on Saturday')
e('620','2022-01-05','other','Kazakhstan',[],'when communications across the country were cut',note='"since Wednesday" from Saturday 8 Jan')
e('620',None,'other',None,['ICRC'],'had offered to visit people deprived of their liberty',note='undated offer')
# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev'],['President'],'Kazakhstan',[],[],note='words paraphrased'),
 sp('Marta Kowalczyk','person',['Marta Kowalczyk','Kowalczyk'],["the head of RSF's Eastern Europe and Central Asia desk"],None,['She'],note='invented'),
 sp('Thomas Ellery','person',['Thomas Ellery','Ellery'],["ARTICLE 19's Head of Europe and Central Asia"],None,[],note='invented'),
 sp('Askar Umarov','person',['Askar Umarov'],['the Minister of Information and Social Development'],'Kazakhstan',note='words invented'),
 sp('Nurlan Zhaksybekov','person',['Nurlan Zhaksybekov','Zhaksybekov'],['her lawyer'],'Kazakhstan',['he'],note='invented'),
 sp('Berit Lindeman','person',['Berit Lindeman'],['secretary general of the NHC'],'Norway',['She'],note='words invented'),
 sp('Anniken Huitfeldt','person',['Anniken Huitfeldt'],["Norway's foreign minister"],'Norway',note='words invented'),
 sp('Matteo Mecacci','person',['Matteo Mecacci','Mecacci'],['Director','The Director of the OSCE Office for Democratic Institutions and Human Rights (ODIHR)'],None,['He','he'],['Director Mecacci'],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['OSCE Chairman-in-Office','Polish Foreign Minister'],'Poland',note='words paraphrased/invented'),
 sp('Dunja Mijatović','person',['Dunja Mijatović'],['Council of Europe Commissioner for Human Rights'],None,['the Commissioner','she'],note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia',[],["Nikol Pashinyan's"],note='words invented'),
 sp('Annalena Baerbock','person',['Annalena Baerbock','Baerbock'],['Federal Foreign Minister'],'Germany',note='words invented'),
 sp('Liz Truss','person',['Liz Truss'],['Foreign Secretary'],'United Kingdom',note='words invented'),
 sp('US State Department','organisation',['US State Department'],[],'United States',['The US State Department']),
 sp('Ariane Vuillemin','person',['Ariane Vuillemin','Vuillemin'],['the head of the ICRC regional delegation in Moscow'],None,['she'],note='invented'),
 sp('Azamat Beisenov','person',['Azamat Beisenov'],['the secretary general of the Red Crescent Society of Kazakhstan'],'Kazakhstan',note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='mentioned in all files; source of figures, not quoted'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
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
