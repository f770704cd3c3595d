#!/usr/bin/env python3
"""Source of the devset139 annotation: the hand-chosen spans, values and dates for 1205-1212.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset139/annotation_source.py && python3 tests/devset139/verify.py
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
def art(p,index,headline_line,first_line_line,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=(),headline=None,first_line=None):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    hl=headline if headline is not None else (L[headline_line-1] if headline_line else None)
    fl=cut80(first_line) if first_line is not None else cut80(L[first_line_line-1])
    assert (hl is None or hl in T[f]) and fl in T[f],(f,hl,fl)
    A.append(dict(doc=f,index=index,headline=hl,first_line=fl,outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
PUT='Vladimir Putin'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; SER='Andrei Serdyukov'; LAV='Sergey Lavrov'
STO='Jens Stoltenberg'; TRMFA='Turkish Foreign Ministry'; INMEA='Indian Ministry of External Affairs'
CMD='Central Military District press service'

# ---------------- 1205 Mastodon thread (Jan 11, 2022, Tue); one article = the 7 toots; replies after 7/7 are outside it
art('1205',0,None,10,None,'2022-01-11',['Jana Köhler'],None,
    ['Jana Köhler','@jkoehler@journa.host','Pinned · Thread','Jan 11, 2022, 09:14 · 🌐 · Web','↩ 4   🔁 38   ⭐ 61   🔖   ···'],
    le=ln('1205','↩ 5   🔁 23   ⭐ 39'))
q('1205','has been successfully completed',TOK,'Tokayev','told parliament',partial=True)
q('1205','no shots fired',TOK,'he','insisted',partial=True,note='he = Tokayev from the previous toot')
q('1205','The peacekeepers guarded strategic facilities, nothing more,',TOK,'Tokayev','said',note='"Tokayev said, according to the official transcript"')
q('1205','destructive forces',PUT,'Putin','to frame',partial=True,note='two-word evaluative wording; cue is "used the same call to frame … as"')
q('1205','We will not allow so-called colour revolutions to be played out in our region.',PUT,'Putin','Said',note='inverted cue before the quote: "Said Putin:"; "colour revolutions" inside is not a separate quote')
q('1205','Families are going from one police station to the next with photos. Nobody tells them anything.','Bakhyt Nurmanova','Bakhyt Nurmanova','messaged',note='a written message, cue "messaged me overnight:"')
c('1205','detained',7939,None,'people detained across the country',MIA,'7,939 people were detained',note='"the interior ministry now says"')
c('1205','killed',164,None,'dead, including children','Kazakh Health Ministry','The health ministry gives 164 dead')
e('1205','2022-01-11','statement',None,[TOK],'Tokayev told parliament today')
e('1205','2022-01-13','withdrawal','Kazakhstan',[CSTO],'a phased pullout will start in two days',note='"in two days" from Tue 11 Jan')
e('1205','2022-01-10','talks',None,[CSTO,TOK,PUT],"At yesterday's video summit of the alliance")
e('1205','2022-01-09','casualty_report',None,['Kazakh Health Ministry'],'briefly retracted on Sunday',note='"on Sunday" from Tue 11 Jan')
e('1205','2022-01-10','talks','Geneva',[RYA,SHE],'Ryabkov and Sherman talked for almost eight hours on Monday')
e('1205','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels is tomorrow',note='NATO-Russia Council (not named)')
e('1205','2022-01-13','talks','Vienna',['OSCE','Russia'],'Vienna on Thursday')

# ---------------- 1206 Apple Podcasts episode page (JAN 13, 2022, Thu)
art('1206',0,7,12,'The Eurasia Desk','2022-01-13',['Tom Prendergast'],None,
    ['Apple Podcasts Preview','The Eurasia Desk','Lowy-Street Media','JAN 13, 2022','Open in Podcasts','Listen on Apple Podcasts ▶ 41 min','Show more','Published  13 January 2022 at 5:00 am'],
    le=ln('1206','Produced by Hannah Cole.'))
q('1206','a success',TOK,'President Kassym-Jomart Tokayev','says',partial=True,note='two-word evaluative partial')
q('1206','do not feel that anything was solved','Yerlan Sadykov','Sadykov','says',partial=True)
q('1206',"I think we will look back on this as the moment Tokayev stopped being anyone's successor and became the president,",'Priya Menon','Menon','says',note='Tokayev named inside the quote is not the speaker')
q('1206',"He has the army and the Kremlin's gratitude. He does not yet have the street.",'Yerlan Sadykov','Sadykov','is less sure',note='cue without a speech verb: "Sadykov is less sure: …"')
q('1206','limited time',CSTO,'CSTO','pointing to',partial=True,note='Menon points to the CSTO\'s own wording; speaker is the CSTO (borderline; could be read as a term)')
c('1206','killed',225,None,'people killed','officials','officials report 225 people killed')
c('1206','killed',19,None,'members of the security forces killed','officials','including 19 members of the security forces')
c('1206','detained',10000,'about','people detained','officials','about 10,000 detained')
c('1206','troops_deployed',2030,None,'CSTO troops deployed',CSTO,'The CSTO says 2,030 troops')
c('1206','other',250,None,'pieces of CSTO equipment deployed',CSTO,'250 pieces of equipment')
e('1206','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The Russian-led CSTO force began pulling out today')
e('1206','2022-01-11','statement',None,[TOK],'which Tokayev announced on Tuesday',note='"on Tuesday" from Thu 13 Jan')
e('1206','2022-01-05','protest','Almaty',[],'the night of January 5',note='in the chapter list')
e('1206','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council meeting in Brussels on Wednesday')
e('1206','2022-01-13','talks','Vienna',['OSCE'],"today's OSCE session in Vienna")
e('1206','2022-01-13','statement','Vienna',['Zbigniew Rau'],"where Poland's foreign minister warned",note='minister not named in the text')

# ---------------- 1207 Vimeo webinar recording page with transcript (Jan 12, 2022, Wed)
art('1207',0,3,7,'Warsaw Eastern Studies Forum','2022-01-12',[],None,
    ['vimeo','1,204 views · Jan 12, 2022','Like   Later   Share','Speakers:','TRANSCRIPT','[Recording continues to 00:58:40]','© Warsaw Eastern Studies Forum 2022'],
    le=ln('1207','[Recording continues to 00:58:40]'))
q('1207','no intention',RYA,'Deputy Foreign Minister Ryabkov','said',partial=True,note="inside Kowal's unquoted turn")
q('1207','pushing back on security proposals that are simply non-starters',SHE,'Wendy Sherman','said',partial=True)
q('1207','Nobody I know saw twenty thousand armed men.',None,'My neighbour','put it best',note='anonymous neighbour; followed by the stage note [laughs]')
c('1207','detained',9900,'about','people detained','officials','The official number of detained is now about 9,900')
c('1207','killed',164,None,'people died','Kazakh authorities','The authorities say 164 people died')
c('1207','other',20000,None,'"bandits" said to have attacked Almaty',TOK,'The president spoke of 20,000',note='attackers, not casualties; "twenty thousand" inside the neighbour\'s quote is not a separate claim')
e('1207','2022-01-05','other',None,[TOK,CSTO],'his request on the night of 5 January',note='request for CSTO help')
e('1207',None,'troop_deployment','Kazakhstan',[CSTO],'sent troops into a member state for the first time in its history last week',note='"last week" is not a day')
e('1207','2022-01-10','talks','Geneva',[RYA,SHE],'And the Geneva meeting itself, on Monday?')
e('1207','2022-01-12','talks','Brussels',['NATO','Russia'],'Today in Brussels we will see the same script at the NATO-Russia Council')
e('1207','2022-01-11','other','Almaty',[],'The internet came back partly yesterday')
e('1207','2022-01-11','statement',None,[TOK],'Tokayev said yesterday that the withdrawal would begin within two days')
e('1207','2022-01-13','withdrawal','Kazakhstan',['Russia'],'Russian troops leave on Thursday',note='conditional forecast ("If he keeps to that")')
e('1207',None,'exercise','Belarus',['Russia','Belarus'],'the joint drills announced for February')

# ---------------- 1208 VK community wall post, machine-translated (8 Jan 2022, Sat); comments are outside the article
art('1208',0,10,12,'Omsk Now','2022-01-08',[],None,
    ['ВКонтакте','Омск Сейчас | Omsk Now','community · 48 312 subscribers','[Machine translation from Russian. Show original]','8 Jan 2022 at 21:47','Photo: press service of the Ministry of Defense of the Russian Federation','❤ 312   💬 87   ↪ 41   👁 23K'],
    le=ln('1208','❤ 312   💬 87'))
q('1208','as long as needed',CMD,None,None,partial=True,zone='headline',note='headline partial; the body attributes the statement to the press service')
q('1208','Units of the district are carrying out the tasks of protecting important state and military facilities together with the Kazakh law enforcement agencies,',CMD,'the press service','told')
q('1208','My son called yesterday for a minute, said everything is fine, he is fed, he is not allowed to say where,',None,'The mother of a contract soldier','wrote',note='anonymous; "she wrote"')
q('1208','speedy and safe return','Alexander Burkov','Alexander Burkov','wished',partial=True)
q('1208','with everything that is required','Alexander Burkov','Burkov','According to',partial=True)
c('1208','aircraft',70,'more than','Il-76 and An-124 aircraft used to move the peacekeepers',RDM,'more than 70 Il-76 transport aircraft')
c('1208','killed',26,None,'rioters "liquidated"','Kazakh authorities','26 rioters were "liquidated"',note='one-word scare quote excluded from quotes')
c('1208','killed',18,None,'security officers died','Kazakh authorities','18 security officers died')
c('1208','detained',3811,None,'people detained since the start of the riots','Kazakh authorities','3,811 people have been detained')
e('1208','2022-01-06','troop_deployment','Kazakhstan',['Russia'],'who flew to Kazakhstan on Thursday',note='"on Thursday" from Sat 8 Jan')
e('1208','2022-01-07','other','Almaty',[RDM],'fully taken under control on Friday')
e('1208','2022-01-08','statement','Omsk',['Alexander Burkov'],'on Saturday wished the servicemen')
e('1208','2022-01-05','other',None,[TOK,CSTO],'asked the CSTO for help on the night of January 5-6',note='range → first day')
e('1208','2022-01-07','other',None,[],'My son called yesterday',note='inside a quoted message; "yesterday" read from the publication date')
e('1208',None,'statement',None,[CMD],'the press service told Omsk Now',note='same day as the post is likely but not stated')

# ---------------- 1209 radio programme transcript, Indian external service (Friday, 14 January 2022)
art('1209',0,4,11,'Radio Bharat International','2022-01-14',['Kavita Raghunathan'],None,
    ['RADIO BHARAT INTERNATIONAL','External Services Division | English Service','Broadcast: Friday, 14 January 2022, 20:30 IST','Presenter: Kavita Raghunathan','[Signature tune]'],
    le=ln('1209','After the news, our weekly science magazine.'))
q('1209','a well-prepared act of aggression',TOK,'President Tokayev','told parliament',partial=True)
q('1209','The people have legitimate grievances, and the state will address them.',TOK,'He','said',note='He = "the President himself" (previous sentence); read out by the guest')
q('1209','a model for the organisation',SER,'He','called it',partial=True,note='He = General Andrei Serdyukov')
q('1209','closely following',INMEA,'The External Affairs Ministry','said',partial=True)
q('1209','no reason for optimism',RYA,'Mr Ryabkov','said',partial=True)
c('1209','killed',225,None,'people killed',"Kazakh Prosecutor General's Office",'225 people were killed')
c('1209','troops_deployed',2000,'about','CSTO personnel sent to Kazakhstan','S. K. Bhandari','About 2,000 personnel',note="the guest's own figure")
e('1209','2022-01-13','withdrawal','Kazakhstan',[CSTO],'seen those troops begin to leave',note='"on Thursday" from Fri 14 Jan')
e('1209','2022-01-11','statement',None,[TOK],'told parliament on Tuesday')
e('1209','2022-01-13','other','Kazakhstan',[SER],'at the handover ceremony on Thursday')
e('1209',None,'statement',None,[INMEA],'The External Affairs Ministry said')
e('1209','2022-01-10','talks','Geneva',['Russia','United States'],'Geneva on Monday')
e('1209','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels on Wednesday')
e('1209','2022-01-13','talks','Vienna',['OSCE'],'Vienna yesterday')

# ---------------- 1210 Instagram reel page (JANUARY 6, 2022, Thu); auto-captions and comments outside the article
art('1210',0,None,10,'ankahaberenglish','2022-01-06',[],None,
    ['Instagram','ankahaberenglish • Follow','Verified','Original audio · ankahaberenglish','Reels','View all 214 comments','JANUARY 6, 2022','♥ 18,406 likes','Auto-generated captions'],
    le=ln('1210','#Kazakhstan #Almaty'),headline='Russian-led troops land in Kazakhstan as protests turn deadly 🇰🇿')
q('1210','a limited period of time','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q('1210','stabilise and normalise the situation','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True)
q('1210','with concern',TRMFA,"Turkey's foreign ministry",'said in a statement',partial=True)
q('1210','as soon as possible',TRMFA,"Turkey's foreign ministry",'said in a statement',partial=True,note='borderline: a stock phrase, kept because it is marked inside a reported statement')
q('1210','Dozens of attackers were liquidated, their identities are being established.','Saltanat Azirbek','Saltanat Azirbek','told state TV')
q('1210','a band of terrorists',TOK,'Tokayev','called',partial=True)
c('1210','killed',12,None,'police officers killed','Kazakh authorities','12 police officers had been killed')
c('1210','injured',353,None,'police officers injured','Kazakh authorities','353 injured')
c('1210','detained',2000,'more than','people detained','Kazakh authorities','more than 2,000 people had been detained')
e('1210','2022-01-06','troop_deployment','Almaty',[CSTO],'touched down near Almaty on Thursday')
e('1210','2022-01-06','statement',None,[TRMFA],'said in a statement on Thursday')
e('1210',None,'casualty_report','Almaty',['police'],'were "eliminated" overnight',note='overnight 5-6 Jan likely')
e('1210','2022-01-05','government_resignation',None,[TOK],'on Wednesday dismissed the government')
e('1210','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'took over the Security Council from Nursultan Nazarbayev')

# ---------------- 1211 Weibo account page, 3 posts = 3 articles ("1-10", no year → 2022-01-10, Mon)
HL=['Lavrov: CSTO operation in Kazakhstan will end once tasks are completed','Kazakhstan: number of detained rises to 7,939','Geneva talks end, Ryabkov: the US did not give the answers Russia expected']
def body_after(p,h):
    t=T[doc(p)]; i=t.index(h+'】')+len(h)+1; return t[i:t.index('\n',i)]
art('1211',0,None,None,'Global Horizon','2022-01-10',[],None,
    ['微博 Weibo','环球视野 Global Horizon','V  Official account · 2,318,006 followers','[Translated by Weibo · Original text in Chinese]','Global Horizon','1-10 09:12  from Weibo video account','Forward 1,204   Comments 3,877   Like 41,560'],
    ls=1,le=9,headline=HL[0],first_line=body_after('1211',HL[0]))
art('1211',1,None,None,'Global Horizon','2022-01-10',[],None,['1-10 14:30  from iPhone 13 Pro Max','Forward 860   Comments 2,145   Like 28,903'],
    ls=11,le=14,headline=HL[1],first_line=body_after('1211',HL[1]))
art('1211',2,None,None,'Global Horizon','2022-01-10',[],None,['1-10 22:05  from Weibo weibo.com','Forward 533   Comments 1,689   Like 17,244','Hot comments'],
    ls=16,le=19,headline=HL[2],first_line=body_after('1211',HL[2]))
q('1211','absolutely legitimate',LAV,'He','said',partial=True)
q('1211','As soon as the situation stabilises, the contingent will return home,',LAV,'Lavrov','said')
q('1211','stable and under control',MIA,'The ministry','said',art=1,partial=True)
q('1211',"Kazakhstan has withstood an attempted coup d'état.",TOK,'He','stressed',art=1,note='"He stressed:" with a colon; He = Tokayev')
q('1211','has no plans',RYA,'Ryabkov','told reporters',art=2,partial=True)
q('1211','difficult, long, very professional',RYA,'Ryabkov','told reporters',art=2,partial=True)
q('1211','slam closed',SHE,'Sherman','said',art=2,partial=True,note='two-word partial (evaluative verb phrase)')
c('1211','troops_deployed',2030,None,'CSTO force','Russian side','the CSTO force numbers 2,030 people')
c('1211','detained',7939,None,'people detained',MIA,'number of detained rises to 7,939',art=1,zone='headline')
c('1211','detained',7939,None,'people detained in connection with the riots',MIA,'7,939 people have been detained',art=1)
c('1211','killed',16,None,'police and military personnel killed',TOK,'16 police and military personnel had been killed',art=1)
e('1211','2022-01-09','statement',None,[LAV],'On the 9th, Russian Foreign Minister Sergey Lavrov spoke')
e('1211','2022-01-10','talks',None,[TOK,CSTO],'on the 10th attended the CSTO video summit',art=1)
e('1211','2022-01-10','talks','Geneva',[RYA,SHE],'held talks in Geneva for nearly 8 hours',art=2,note='"On the 10th local time"')
e('1211','2022-01-09','other','Geneva',[RYA,SHE],'On the previous day, the two sides had held a working dinner',art=2)

# ---------------- 1212 Kenyan radio midday bulletin transcript (Wednesday 12th January 2022); one article
art('1212',0,5,11,'Radio Nyota','2022-01-12',['Wanjiru Kamau'],None,
    ['RADIO NYOTA 98.4 FM','Nairobi · Mombasa · Kisumu · Listen live','NEWS | BULLETINS','Read by: Wanjiru Kamau','Audio: 6:42 ▶ Play   ⤓ Download','Transcript of the 1pm bulletin as read on air.','Share: Facebook · Twitter · WhatsApp'],
    le=ln('1212','[Bulletin continues with local news, sport and weather]'))
q('1212','None of our citizens has been harmed, and we are in touch with them daily,','Macharia Kamau','the PS','said')
q('1212','We stayed inside the hostel for five days. We heard gunshots every night,','Achieng','she','told Radio Nyota',note='pseudonym given by the station')
q('1212','Now the shops are open and people are clearing the streets.','Achieng','she','told Radio Nyota',note='continuation after the interposed cue')
q('1212','not compromise on core principles',STO,'NATO Secretary General Jens Stoltenberg','said',partial=True)
c('1212','killed',164,None,'people died in the violence','Kazakh government','The government has said 164 people died')
c('1212','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,500 troops')
c('1212','troops_deployed',100000,'up to','Russian troops near Ukraine','Western officials','up to 100,000 troops near Ukraine')
e('1212','2022-01-12','statement','Nairobi',['Macharia Kamau'],'In a statement this morning',note='"this morning" = publication day')
e('1212','2022-01-10','other','Almaty',[],'Flights out of Almaty resumed on Monday')
e('1212','2022-01-02','protest',None,[],'began on January 2nd')
e('1212','2022-01-11','statement',None,[TOK],'Yesterday, President Kassym-Jomart Tokayev announced')
e('1212','2022-01-13','withdrawal','Kazakhstan',[CSTO],'start going home tomorrow')
e('1212','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russia are holding talks today')
e('1212',None,'statement','Brussels',[STO],'said before the meeting',note='likely 2022-01-12 but not stated')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakh President"],'Kazakhstan',['he','He','the President himself'],["Kassym-Jomart Tokayev's"]),
 sp(PUT,'person',['Putin'],[],'Russia',[],[],note='surname only in this set'),
 sp('Bakhyt Nurmanova','person',['Bakhyt Nurmanova'],['A human-rights lawyer in Almaty'],'Kazakhstan',note='invented'),
 sp('Yerlan Sadykov','person',['Yerlan Sadykov','Sadykov'],['journalist'],'Kazakhstan',note='invented'),
 sp('Priya Menon','person',['Priya Menon','Menon'],['Central Asia researcher'],'Australia',[],['Dr Priya Menon'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance']),
 sp(RYA,'person',['Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia',[],['Mr Ryabkov']),
 sp(SHE,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp(CMD,'organisation',['Central Military District'],[],'Russia',['the press service']),
 sp('Alexander Burkov','person',['Alexander Burkov','Burkov'],['The governor of the region'],'Russia',note='real governor of Omsk region; words invented'),
 sp(SER,'person',['Andrei Serdyukov'],['General'],'Russia',['He']),
 sp(INMEA,'organisation',['External Affairs Ministry'],[],'India',['The External Affairs Ministry']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp(TRMFA,'organisation',["Turkey's foreign ministry"],[],'Turkey'),
 sp('Saltanat Azirbek','person',['Saltanat Azirbek'],['A police spokeswoman'],'Kazakhstan',note='real Almaty police spokeswoman; words invented'),
 sp(LAV,'person',['Sergey Lavrov','Lavrov'],['Russian Foreign Minister'],'Russia',['He']),
 sp(MIA,'organisation',["Ministry of Internal Affairs",'interior ministry'],[],'Kazakhstan',['The ministry']),
 sp('Macharia Kamau','person',['Macharia Kamau'],['Foreign Affairs Principal Secretary'],'Kenya',['the PS'],note='real PS; words invented'),
 sp('Achieng','person',['Achieng'],['a second-year medical student'],'Kenya',['she'],note='pseudonym given by the station'),
 sp(STO,'person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],'Norway',[],['Mr Stoltenberg']),
 sp(RDM,'organisation',['Russian Defence Ministry'],[],'Russia',[],[],quoted=False,note='source of the aircraft figure'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev'],[],'Kazakhstan',[],["Nursultan Nazarbayev's"],quoted=False,note='mentioned in 2 files'),
]
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
