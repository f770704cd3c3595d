#!/usr/bin/env python3
"""Source of the devset147 annotation: the hand-chosen spans, values and dates for 1269-1276.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset147/annotation_source.py && python3 tests/devset147/verify.py
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
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
GEMFA='Georgian Foreign Ministry'; TRMFA='Turkish Foreign Ministry'; RUMFA='Russian Foreign Ministry'
DFAT='Department of Foreign Affairs and Trade'; OTS='Organization of Turkic States'; AMMOD='Armenian Defence Ministry'

# ---------------- 1269 Caravanserai "World reacts" round-up (2022-01-07, a Friday)
P='1269'
art(P,0,4,6,'Caravanserai','2022-01-07',['Timur Saidov'],'ALMATY',
    ['Caravanserai','Central Asia | Politics | Security','By Timur Saidov','2022-01-07','Below is a round-up of the main reactions.',
     'United States','European Union','United Nations','China','Russia','Turkey','Iran','Germany','Japan','Kyrgyzstan','Ukraine',
     'Share: Facebook | Twitter | Telegram | WhatsApp','Do you like this article?','0 Comments','Comment Policy',
     'Caravanserai is sponsored by the United States Central Command.'])
q(P,'We call on all Kazakh authorities and protesters alike to show restraint,','Ned Price','State Department spokesman Ned Price','told')
q(P,'for any violations of human rights.','Ned Price','the spokesman','said',partial=True,note='"Price added that Washington had "questions" (one word, excluded), and the spokesman said …"; "." inside the closing mark')
q(P,"Civilians' rights and safety must be guaranteed,",'Josep Borrell','Borrell','wrote',note='"wrote on Twitter"; the tweet is quoted, not embedded')
q(P,'brings back memories of situations to be avoided.','Josep Borrell','He','called',partial=True,note='"He called the foreign military presence something that "…""')
q(P,'refrain from violence,','António Guterres','Secretary-General António Guterres','urged',partial=True,note='Guterres\'s words relayed by his spokesman ("his spokesman Stéphane Dujarric told reporters"); speaker Guterres, Dujarric is a nearest-name trap')
q(P,'The Secretary-General is following the situation very closely,','Stéphane Dujarric','Dujarric','said')
q(P,'decisive and strong measures','Xi Jinping','Chinese President Xi Jinping','praised',partial=True)
q(P,'firmly opposes any attempt by external forces to instigate a colour revolution,','Xi Jinping','the message','said',partial=True,note='Beijing "…," the message said, according to state broadcaster CCTV; the message is Xi\'s (previous sentence); CCTV is only the channel')
q(P,'The mission will take as long as the Kazakh leadership considers necessary,','Dmitry Peskov','Kremlin spokesman Dmitry Peskov','said')
q(P,'by force, using trained and organised armed formations.',RUMFA,'The Russian Foreign Ministry','described',partial=True)
q(P,'solidarity with brotherly Kazakhstan',TRMFA,'Ankara','expressed',partial=True,note='capital city as the speaker mention; the next sentence names the ministry')
q(P,'We hope peace and calm will be restored as soon as possible.',TRMFA,'The Turkish Foreign Ministry','said in a statement',note='colon cue: said in a statement: "…"')
q(P,"Kazakhstan's problems must be solved by Kazakhs, through dialogue and without foreign interference,",'Saeed Khatibzadeh','the spokesman','said',note='named once as "Foreign ministry spokesman Saeed Khatibzadeh", then by role')
q(P,'We are deeply worried,','German Foreign Office','a spokeswoman for the German Foreign Office','said',note='inverted cue; unnamed spokeswoman → the institution as speaker')
q(P,'Our soldiers will not take part in any operations against civilians,','Sadyr Japarov','President Sadyr Japarov','said',note='"said in a Facebook post"')
q(P,'Today it is Kazakhstan. Tomorrow Moscow may be invited anywhere,',None,'a senior adviser to the Ukrainian president','said',note='anonymous ("asking not to be named")')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" have been killed',note='scare-quoted label (excluded from quotes)')
c(P,'killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces have died')
c(P,'troops_deployed',150,None,'Kyrgyz servicemen approved for the CSTO mission',None,'approved sending 150 servicemen',note='parliamentary approval of a deployment; the parliament is the actor, not a source')
c(P,'troops_deployed',2500,'about','CSTO troops being deployed',CSTO,'about 2,500 troops are being deployed')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
e(P,'2022-01-05','protest','Kazakhstan',[],'since the protests turned violent on Wednesday',note='Wednesday before Friday 7 Jan')
e(P,'2022-01-06','statement',None,['Ned Price'],'told reporters on Thursday')
e(P,None,'statement',None,['Josep Borrell'],'Borrell wrote on Twitter',note='undated tweet')
e(P,None,'statement',None,['Xi Jinping',TOK],'In a verbal message to Tokayev',note='undated (real: 7 Jan)')
e(P,None,'statement','Tokyo',['Hirokazu Matsuno'],'told a press conference in Tokyo',note='undated; no quote')
e(P,'2022-01-06','other','Kyrgyzstan',['Kyrgyz parliament'],"Kyrgyzstan's parliament on Thursday approved",note='parliamentary vote on the deployment')
e(P,'2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")

# ---------------- 1270 Georgia Today, Twitter statements (January 8, 2022, a Saturday)
P='1270'
art(P,0,5,10,'Georgia Today','2022-01-08',['Nino Gelashvili'],None,
    ['GEORGIA TODAY','Home  Politics  Business  Society  World  Culture  Sport','Politics','by Nino Gelashvili','January 8, 2022  |  15:40',
     'Embedded tweet:','— MFA of Georgia 🇬🇪 (@MFAgovge) January 6, 2022','— David Zalkaliani (@DZalkaliani) January 7, 2022',
     'Tags: Kazakhstan, MFA, Zalkaliani, Twitter','Related: Georgian PM Garibashvili Comments on Russia-NATO Talks','© 2022 Georgia Today. All rights reserved.'])
q(P,'stands with the friendly people of Kazakhstan',GEMFA,'the ministry','wrote',partial=True,note='the same words reappear unquoted in the embedded tweet below (the tweet text has no marks, so it is not a quote)')
q(P,"I spoke with my Kazakh counterpart Mukhtar Tileuberdi and conveyed Georgia's solidarity,",'David Zalkaliani','he','tweeted',note='a name inside the quote (Tileuberdi) is a nearest-name trap; the words differ from the embedded tweet')
q(P,'Nobody from our community has been hurt, and we are arranging seats on flights for those who wish to return,','Tamar Kvaratskhelia','the spokeswoman','said',note='named once ("Ministry spokeswoman Tamar Kvaratskhelia"), then by role')
q(P,'Every state has the right to choose its partners,','Tamar Kvaratskhelia','she','said')
q(P,'but that right must belong to the state, not be imposed on it.','Tamar Kvaratskhelia','she','said',note='second half of a quote split by the interposed "she said"')
q(P,'Russian tanks have a habit of staying where they are invited,','Khatia Dekanoidze','United National Movement MP Khatia Dekanoidze','tweeted',partial=True,note='"tweeted that "…"" - clause embedded after "that"; comma inside the mark')
c(P,'killed',26,None,'rioters "liquidated"','Kazakh authorities','26 rioters had been "liquidated"',note='one-word "liquidated" excluded from quotes (gold 000 rule)')
c(P,'detained',3000,'more than','people detained','Kazakh authorities','more than 3,000 detained')
c(P,'troops_deployed',2500,'about',"CSTO contingent",CSTO,"the alliance's contingent numbers about 2,500 troops",note='"According to the CSTO," at the start of the sentence')
e(P,'2022-01-06','statement',None,[GEMFA],'In a tweet posted late on Thursday',note='Thursday before Saturday 8 Jan; the embedded tweet is stamped January 6, 2022')
e(P,'2022-01-07','statement',None,['David Zalkaliani'],'followed up the next morning',note='"the next morning" after Thursday 6 Jan; tweet stamped January 7, 2022')
e(P,None,'talks',None,['David Zalkaliani','Mukhtar Tileuberdi'],'Had a phone call with FM @MTileuberdi',note='phone call mentioned in the tweet text; not dated in the text itself (likely 7 Jan, tweet stamp)')
e(P,'2022-01-07','statement',None,['Tamar Kvaratskhelia'],'told journalists on Friday')
e(P,'2022-01-07','casualty_report',None,['Kazakh authorities'],'The Kazakh authorities said on Friday')
e(P,'2022-01-10','other',None,[GEMFA],'would publish an update on Monday',note='future; Monday after Saturday 8 Jan')

# ---------------- 1271 Times of Israel liveblog entry (January 11, 2022, a Tuesday)
P='1271'
art(P,0,5,9,'The Times of Israel','2022-01-11',[],None,
    ['THE TIMES OF ISRAEL','LIVEBLOG','Liveblog | January 11, 2022','By TOI staff','Today, 5:42 pm','Share','Facebook Twitter Email Link','Read more:',
     'Russia and US end Geneva talks with no breakthrough','Israeli tourists describe chaos at Almaty airport','Times of Israel Liveblog'])
q(P,'Every Israeli who wanted to come home from Kazakhstan is home or on the way,','Yair Lapid','Foreign Minister Yair Lapid','says',note='present-tense liveblog cue "says in a statement"')
q(P,'I thank our embassy staff, who worked around the clock in very difficult conditions.','Yair Lapid','Foreign Minister Yair Lapid','says',note='second sentence of the same paragraph after the cue')
q(P,'We heard shooting all night on Wednesday, and in the morning there was no internet, no cash machines, nothing,','Yael Ben-Ami','she','says',note='a weekday inside the quote (not an event)')
q(P,'not needed at the moment.','Edwin Yabo','the ambassador','According to',partial=True,note='"Ambassador Edwin Yabo" named in the sentence before')
q(P,'The main mission has been successfully completed,',TOK,'Tokayev','tells')
q(P,'the undermining of the foundations of the state.','Vladimir Putin','Russian President Vladimir Putin','told',partial=True)
q(P,'with great attention.',None,'A senior Israeli diplomat','says',partial=True,note='anonymous diplomat')
c(P,'troops_deployed',2030,None,'CSTO troops in Kazakhstan',TOK,'which he says numbers 2,030 troops')
c(P,'killed',164,None,'people killed in the unrest','Kazakh authorities','Kazakh authorities say 164 people were killed',note='"officials later walk back the overall figure"')
c(P,'killed',16,None,'members of the security forces killed','Kazakh authorities','including 16 members of the security forces')
e(P,'2022-01-11','other','Ben Gurion Airport',['Israeli Foreign Ministry'],'landed at Ben Gurion Airport on Tuesday afternoon',note='evacuation flight from Almaty')
e(P,None,'statement',None,['Yair Lapid'],'says in a statement',note='present tense in the liveblog; no day word (likely 11 Jan)')
e(P,None,'statement','Nur-Sultan',[TOK],'tells lawmakers in Nur-Sultan',note='no day word (real: 11 Jan)')
e(P,'2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'will begin to withdraw in two days',note='"in two days" from Tuesday 11 Jan')
e(P,'2022-01-10','talks',None,['Vladimir Putin',CSTO],'told a virtual CSTO summit',note='"Yesterday" from Tuesday 11 Jan')
e(P,None,'talks','Geneva',['Russia','United States'],'the Geneva talks between Russia and the United States',note='undated (real: 10 Jan)')

# ---------------- 1272 SBS News community story (Published 9 January 2022, a Sunday)
P='1272'
art(P,0,5,7,'SBS News','2022-01-09',['Sophie Tran'],None,
    ['SBS News','News  Australia  World  Podcasts  Languages','World','By Sophie Tran','Published 9 January 2022 at 11:02am','Source: SBS News',
     "Image: Protesters gather in Almaty's Republic Square on Wednesday. Source: AAP","WATCH: Footage shows smoke over Almaty's city hall",'01:12',
     'If you need support, Lifeline is available 24/7 on 13 11 14.','Share','Follow SBS News on Facebook and Twitter'])
q(P,"My mum sent one message - 'we are alive, do not worry' - and then nothing,",'Aigerim Nurlanova','she','told',note='nested single-quoted message is not a separate record; the single-quoted headline is excluded')
q(P,'Not knowing is the worst part.','Aigerim Nurlanova','she','told',note='after the interposed "she told SBS News"')
q(P,'deeply concerned','Marise Payne','Foreign Minister Marise Payne','said',partial=True)
q(P,'restraint from all parties.','Marise Payne','Foreign Minister Marise Payne','called for',partial=True)
q(P,'Our embassy in Moscow, which is accredited to Kazakhstan, is providing consular assistance,',DFAT,'the spokesperson','said',note='"A spokesperson for the Department of Foreign Affairs and Trade (DFAT)"; unnamed spokesperson → the department')
q(P,'For thirty years Kazakhstan has tried to balance Moscow, Beijing and the West. This week the balance tilted,','Daniel Holloway','Dr Holloway','said')
q(P,'small in number, but enormous in symbolism.','Daniel Holloway','He','said',partial=True)
q(P,'We are not political,','Aigerim Nurlanova','she','said',note='she = Ms Nurlanova (previous paragraph)')
q(P,"We just want the internet back so we can hear our families' voices.",'Aigerim Nurlanova','she','said')
c(P,'detained',4000,'almost','people detained','Kazakh authorities','almost 4,000 people had been detained')
c(P,'killed',26,None,'"armed criminals" killed','Kazakh authorities','26 "armed criminals" had been killed')
c(P,'killed',18,None,'members of the security forces killed','Kazakh authorities','18 members of the security forces had died')
c(P,'troops_deployed',2500,'about','CSTO troops deployed','Daniel Holloway',"the CSTO's deployment of about 2,500 troops",note='figure inside the analyst\'s reported speech')
e(P,'2022-01-07','statement',None,['Marise Payne'],'Foreign Minister Marise Payne said on Friday')
e(P,'2022-01-06','other',None,[DFAT],'raised its advice for the whole country',note='travel advice raised "on Thursday" (same sentence)')
e(P,'2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Saturday')
e(P,None,'protest','Melbourne',[],'planned a small vigil at Federation Square next weekend',note='"next weekend" is a period; date null')

# ---------------- 1273 Al-Monitor Turkey Pulse (January 12, 2022, a Wednesday)
P='1273'
art(P,0,4,6,'Al-Monitor','2022-01-12',['Selin Aydemir'],None,
    ['AL-MONITOR','Turkey Pulse','Selin Aydemir','January 12, 2022','Read more: Iran watches CSTO deployment with mixed feelings',
     'Found in: Kazakhstan, Turkic Council, CSTO, Russia-Turkey ties',"Selin Aydemir is a contributor for Al-Monitor's Turkey Pulse. She covers Turkish foreign policy from Ankara."])
q(P,'The Turkic world stands shoulder to shoulder with Kazakhstan,','Mevlut Cavusoglu','Cavusoglu','said',note='"according to a readout released by the Turkish Foreign Ministry" - the ministry is the channel')
q(P,'without delay.','Mevlut Cavusoglu','He','said',partial=True)
q(P,'attacks on public order and the constitutional foundations of the state.',OTS,'a joint statement','condemned',partial=True,note='read out by the secretary-general Baghdad Amreyev; speaker the organisation')
q(P,'all kinds of support','Recep Tayyip Erdogan','Erdogan','offered',partial=True,note='"According to the Turkish Directorate of Communications, Erdogan offered …"')
q(P,'peace and tranquility','Recep Tayyip Erdogan','Erdogan','said',partial=True)
q(P,'We have the language, the culture, the trade, but when the moment came, it was Russian planes on the runway,',None,'a Turkish diplomat','told',note='anonymous')
q(P,'Turkey sells the idea of a Turkic union. Russia sells security. In a crisis, people buy security,','Emre Kaya','he','said')
q(P,'foreign interference,','Hossein Amir-Abdollahian','Foreign Minister Hossein Amir-Abdollahian','told',partial=True,note='two-word partial with a speech verb; "the Iranian Foreign Ministry said" is the channel')
c(P,'troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',None,'some 2,030 troops',note='"some" → about; no source given')
c(P,'detained',9900,None,'people detained since January 2',MIA,'9,900 people had been detained')
c(P,'killed',164,None,'people killed (later revised)','Kazakh Health Ministry','164 people were killed')
e(P,'2022-01-11','talks',None,['Mevlut Cavusoglu',OTS],'extraordinary video conference on Tuesday')
e(P,'2022-01-11','statement',None,[TOK],'by Tuesday Tokayev said their withdrawal would start within two days',note='"by Tuesday" read as Tuesday 11 Jan')
e(P,'2022-01-07','talks',None,['Recep Tayyip Erdogan',TOK],'spoke with Tokayev by phone on Friday')
e(P,None,'talks',None,['Hossein Amir-Abdollahian'],'told his Kazakh counterpart last week',note='"last week" is a period')
e(P,'2022-01-11','casualty_report',None,[MIA],'Interior Ministry said Tuesday')
e(P,'2022-01-02','protest','Kazakhstan',[],'since January 2')
e(P,None,'talks','Turkey',[OTS],'scheduled for March in Turkey',note='future summit, month only')

# ---------------- 1274 Balkan Insight (January 13, 2022, a Thursday)
P='1274'
art(P,0,5,7,'Balkan Insight','2022-01-13',['Milica Jovanovic'],'Belgrade',
    ['BIRN  Balkan Insight','News  Analysis  Opinion  Investigations','Home > News','Milica Jovanovic  BIRN  Belgrade','January 13, 2022  14:27',
     'Tags: Serbia, Russia, Kazakhstan, CSTO','This article is also available in: Bosnian, Serbian','BIRN  Balkan Investigative Reporting Network','Support Balkan Insight'])
q(P,'friends help friends when a colour revolution knocks on the door.','Aleksandar Vulin',"Serbia's Interior Minister, Aleksandar Vulin",'calling',partial=True,note='"calling it proof that "…"" - the label "colour revolution" sits inside a real quote')
q(P,'Russia showed in two days what the West has not shown in twenty years - that it protects its allies,','Aleksandar Vulin','Vulin','said')
q(P,'Serbia is militarily neutral and will remain so. We solve our own problems.','Aleksandar Vucic','the president','said',note='colon cue "the president said: "…""')
q(P,'great respect','Aleksandar Vucic','He','added',partial=True)
q(P,'An interior minister who admires foreign troops shooting at protesters is telling us how he would like to deal with his own citizens,','Borko Stefanovic','Stefanovic','wrote',note='"wrote on Twitter"')
q(P,'progressively align','European Union','an EU spokesperson','said',partial=True,note='unnamed spokesperson → the EU as speaker')
c(P,'killed',164,'at least','people died in the unrest','Kazakh authorities','at least 164 people died in the unrest')
c(P,'killed',17,None,'members of the security forces killed','Kazakh authorities','including 17 members of the security forces')
c(P,'troops_deployed',2030,'about','CSTO troops deployed',CSTO,'About 2,030 CSTO troops were deployed')
e(P,'2022-01-12','statement','Novi Sad',['Aleksandar Vulin'],'on Wednesday praised the deployment')
e(P,None,'talks','Moscow',['Aleksandar Vulin'],'met Russian officials in Moscow last month',note='"last month" (December 2021)')
e(P,'2022-01-11','statement',None,['Aleksandar Vucic'],'Asked by reporters on Tuesday')
e(P,'2022-01-07','other',None,['Informer'],'on its front page on Friday',note='tabloid front page; the quoted tabloid headline "Putin saved Kazakhstan" is not a quote record')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'started in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'end on Thursday at the Organization for Security and Co-operation in Europe in Vienna')
e(P,'2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'the withdrawal began on Thursday')

# ---------------- 1275 JAMnews (08.01.2022, a Saturday)
P='1275'
art(P,0,5,11,'JAMnews','2022-01-08',[],'Yerevan',
    ['JAMnews','Armenia  Azerbaijan  Georgia  Abkhazia  South Ossetia  Karabakh  Russia','Armenia / Politics','08.01.2022  17:55','JAMnews, Yerevan',
     'Read also: Pashinyan: CSTO summit to be held on January 10',
     'The opinions expressed in the article convey the terminology and views of the author and not necessarily those of the editorial board.','Follow JAMnews on Telegram'])
q(P,'We did not send troops to fight','Nikol Pashinyan','Pashinyan',None,zone='headline',note='headline quote ending with ":"; words repeated from the body')
q(P,'We did not send troops to fight. Our contingent will guard infrastructure and will not take part in any operations involving force,','Nikol Pashinyan','Pashinyan','wrote',note='"wrote on Facebook"')
q(P,'under Article 4 of the Collective Security Treaty.','Nikol Pashinyan','Pashinyan','said',partial=True)
q(P,'The servicemen are in good health and have already taken up their positions,','Aram Torosyan','the spokesman','said',note='named once ("Defence Ministry spokesman Aram Torosyan"), then by role')
q(P,'When Armenia asked, the organisation found a hundred reasons to do nothing. When Tokayev asked, planes took off in a few hours,','Anna Melkonyan','opposition MP Anna Melkonyan','told',note='a name inside the quote (Tokayev); "a hundred reasons" is not a claim')
q(P,'The chairman of the CSTO cannot refuse to send his own soldiers, otherwise the chairmanship becomes a joke,','Hovhannes Ghazaryan','he','said')
q(P,'Armenian soldiers are not police for dictators',None,'A small group of activists','read',note='poster slogan (gold 004 "Say no to Putin" rule: speaker null)')
q(P,'after the mission is completed.',AMMOD,'the Armenian Defence Ministry','According to',partial=True)
c(P,'troops_deployed',100,'about','Armenian servicemen sent to Kazakhstan',None,'About 100 Armenian servicemen')
c(P,'troops_deployed',2500,'about','CSTO contingent',CSTO,'the total contingent numbers about 2,500 troops')
c(P,'killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c(P,'detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
e(P,'2022-01-07','troop_deployment','Kazakhstan',['Armenia',CSTO],'flew to Kazakhstan on Friday')
e(P,'2022-01-07','statement',None,['Nikol Pashinyan'],'wrote on Facebook on Friday evening')
e(P,'2022-01-06','other',None,['Nikol Pashinyan',CSTO],'The deployment was announced on Thursday morning')
e(P,None,'other',None,[TOK,CSTO],'asked the alliance for help',note='"only hours after" the Thursday-morning announcement (real: night of 5 Jan)')
e(P,'2022-01-08','protest','Yerevan',[],'outside the government building in Yerevan on Saturday')
e(P,'2022-01-07','casualty_report',None,[MIA],'On Friday the Kazakh Interior Ministry reported')

# ---------------- 1276 Khaama Press (January 9, 2022, a Sunday)
P='1276'
art(P,0,5,10,'Khaama Press','2022-01-09',['Farid Ahmadzai'],'KABUL',
    ['KHAAMA PRESS',"Afghanistan's Leading News Agency",'Home / Afghanistan / Economy','By Farid Ahmadzai','January 9, 2022','Share this:',
     'Facebook Twitter WhatsApp Telegram','Related','Uzbekistan restricts movement at Kazakhstan border','Afghan flour prices rise as winter sets in',
     'Farid Ahmadzai is a reporter at Khaama Press covering economy and trade.'])
q(P,'peace and stability for the people of Kazakhstan','Zabihullah Mujahid','Zabihullah Mujahid','said',partial=True,note='"said on Twitter on Saturday that Afghanistan wanted "…""')
q(P,'through understanding.','Zabihullah Mujahid','Zabihullah Mujahid','said',partial=True)
q(P,'Kazakhstan is an important source of flour for our people, and any long disruption will affect prices in our markets,','Inamullah Samangani','the deputy spokesman','said')
q(P,'The drivers have no food and no money to pay for hotels. The price of a bag of flour in Kabul went up by 200 afghanis in three days,','Khan Jan Alokozai','Alokozai','said',note='price and duration inside the quote are not claims')
q(P,'People remember what happened in August, so they buy and keep,','Hamidullah','he','said',note='single name only')
q(P,'shoot to kill without warning',TOK,"Kazakhstan's President Kassym-Jomart Tokayev",'said',partial=True,note='the gold excluded "shoot to kill" as a label; the longer phrase here is attributed to Tokayev by "said … that he had ordered", so it is kept as a partial')
c(P,'killed',26,None,'attackers killed','Kazakh officials','26 attackers were killed')
c(P,'detained',4000,'more than','people detained','Kazakh officials','more than 4,000 people were detained')
c(P,'troops_deployed',2500,'about','CSTO troops arrived in Kazakhstan',CSTO,'About 2,500 troops of the Russian-led CSTO alliance')
e(P,'2022-01-08','statement',None,['Zabihullah Mujahid'],'said on Twitter on Saturday')
e(P,'2022-01-05','other','Kazakh-Uzbek border',[],'waiting at the Kazakh-Uzbek border since Wednesday',note='trucks stuck since Wednesday 5 Jan')
e(P,'2022-01-02','protest','Kazakhstan',[],'which began on January 2')
e(P,'2022-01-07','statement',None,[TOK],'said on Friday that he had ordered')
e(P,None,'other',None,[],'exports would resume next week',note='future; "next week" is a period')

S=[
 sp('Ned Price','person',['Ned Price','Price'],['State Department spokesman'],'United States',['the spokesman']),
 sp('Josep Borrell','person',['Josep Borrell','Borrell'],['EU foreign policy chief'],'European Union',['He']),
 sp('António Guterres','person',['António Guterres'],['Secretary-General'],'United Nations',['The Secretary-General']),
 sp('Stéphane Dujarric','person',['Stéphane Dujarric','Dujarric'],[],'United Nations',['his spokesman']),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese President'],'China',['the message']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia'),
 sp(RUMFA,'organisation',['Russian Foreign Ministry'],[],'Russia'),
 sp(TRMFA,'organisation',['Turkish Foreign Ministry'],[],'Turkey',['Ankara']),
 sp('Saeed Khatibzadeh','person',['Saeed Khatibzadeh'],['Foreign ministry spokesman'],'Iran',['the spokesman']),
 sp('German Foreign Office','organisation',['German Foreign Office'],[],'Germany',['a spokeswoman for the German Foreign Office']),
 sp('Sadyr Japarov','person',['Sadyr Japarov'],['President'],'Kyrgyzstan'),
 sp(GEMFA,'organisation',["Georgia's Foreign Ministry",'MFA of Georgia'],[],'Georgia',['the ministry']),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],['Foreign Minister'],'Georgia',['he'],note='words invented'),
 sp('Tamar Kvaratskhelia','person',['Tamar Kvaratskhelia','Kvaratskhelia'],['Ministry spokeswoman'],'Georgia',['the spokeswoman','she'],['Ms Kvaratskhelia'],note='invented'),
 sp('Khatia Dekanoidze','person',['Khatia Dekanoidze'],['United National Movement MP'],'Georgia',note='words invented'),
 sp('Yair Lapid','person',['Yair Lapid','Lapid'],['Foreign Minister'],'Israel',note='words invented'),
 sp('Yael Ben-Ami','person',['Yael Ben-Ami'],['passenger'],'Israel',['she'],note='invented'),
 sp('Edwin Yabo','person',['Edwin Yabo'],['Ambassador'],'Israel',['the ambassador'],note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['Kazakh President',"Kazakhstan's President"],'Kazakhstan',['he']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia'),
 sp('Aigerim Nurlanova','person',['Aigerim Nurlanova','Nurlanova'],['Melbourne pharmacist'],'Australia',['she'],['Ms Nurlanova'],note='invented'),
 sp('Marise Payne','person',['Marise Payne'],['Foreign Minister'],'Australia',note='words invented'),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['the spokesperson','A spokesperson for the Department of Foreign Affairs and Trade (DFAT)']),
 sp('Daniel Holloway','person',['Daniel Holloway','Holloway'],['a Central Asia specialist at the Australian National University'],'Australia',['He'],['Dr Daniel Holloway','Dr Holloway'],note='invented'),
 sp('Mevlut Cavusoglu','person',['Mevlut Cavusoglu','Cavusoglu'],['Turkish Foreign Minister'],'Turkey',['He'],note='words invented'),
 sp(OTS,'organisation',['Organization of Turkic States'],[],None,['a joint statement']),
 sp('Recep Tayyip Erdogan','person',['Recep Tayyip Erdogan','Erdogan'],['Turkish President'],'Turkey',note='words invented'),
 sp('Emre Kaya','person',['Emre Kaya'],['an analyst at an Ankara-based think tank'],'Turkey',['he'],note='invented'),
 sp('Hossein Amir-Abdollahian','person',['Hossein Amir-Abdollahian'],['Foreign Minister'],'Iran',note='words invented'),
 sp('Aleksandar Vulin','person',['Aleksandar Vulin','Vulin'],['Interior Minister'],'Serbia',[],["Serbia's Interior Minister, Aleksandar Vulin","Vulin's"],note='words invented'),
 sp('Aleksandar Vucic','person',['Aleksandar Vucic'],['President'],'Serbia',['the president','He'],note='words invented'),
 sp('Borko Stefanovic','person',['Borko Stefanovic','Stefanovic'],['Opposition politician'],'Serbia',note='words invented'),
 sp('European Union','organisation',['EU'],[],None,['an EU spokesperson']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Prime Minister','chairs the CSTO Collective Security Council'],'Armenia',note='words invented'),
 sp('Aram Torosyan','person',['Aram Torosyan'],['Defence Ministry spokesman'],'Armenia',['the spokesman'],note='words invented'),
 sp('Anna Melkonyan','person',['Anna Melkonyan'],['opposition MP'],'Armenia',note='invented'),
 sp('Hovhannes Ghazaryan','person',['Hovhannes Ghazaryan'],['Political analyst'],'Armenia',['he'],note='invented'),
 sp(AMMOD,'organisation',['Armenian Defence Ministry'],[],'Armenia'),
 sp('Zabihullah Mujahid','person',['Zabihullah Mujahid','Mujahid'],['spokesman of the Islamic Emirate'],'Afghanistan',note='words invented'),
 sp('Inamullah Samangani','person',['Inamullah Samangani'],['Deputy spokesman'],'Afghanistan',['the deputy spokesman'],note='words invented'),
 sp('Khan Jan Alokozai','person',['Khan Jan Alokozai','Alokozai'],['a member of the Afghanistan Chamber of Commerce and Investments'],'Afghanistan',note='words invented'),
 sp('Hamidullah','person',['Hamidullah'],['A flour seller in Kabul'],'Afghanistan',['he'],note='invented; single name only'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source of troop figures'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
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
