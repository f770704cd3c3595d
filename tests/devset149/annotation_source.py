#!/usr/bin/env python3
"""Source of the devset149 annotation: the hand-chosen spans, values and dates for 1285-1292.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset149/annotation_source.py && python3 tests/devset149/verify.py
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
def ln(p,s):
    t=T[doc(p)]; assert t.count(s)==1,(p,s); return line_of(t,t.index(s))
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    hl=ln(p,headline); fl=ln(p,first)
    for b in boiler: assert b in L,(f,b)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=L[hl-1],first_line=cut80(L[fl-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
KHA='Saeed Khatibzadeh'; PAS='Nikol Pashinyan'; SHER='Wendy Sherman'; KZHM='Kazakh Health Ministry'
OSCE='OSCE'; NATO='NATO'

# ---------------- 1285 ISNA English item (Jan 8, 2022 = 18 Dey 1400, a Saturday)
art('1285',0,'Iran urges peaceful settlement','Tehran (ISNA) -','ISNA','2022-01-08',[],'Tehran',
    ['ISNA',"Iranian Students' News Agency",'Home > International > Asia','Jan 8, 2022 - 18 Dey 1400 - 13:42','News ID: 1400101809876','International',
     'End Item','Tags: Kazakhstan, Khatibzadeh, CSTO, Amir-Abdollahian','Related News','Copyright © 2022 ISNA. All rights reserved.'])
q('1285','the people and the government of Kazakhstan have the wisdom to pass through this stage without the interference of foreigners.',KHA,'Saeed Khatibzadeh','said',partial=True,note='clause after "believes that"; full stop inside the closing mark')
q('1285','Kazakhstan is an important partner for us on the Caspian and in the north-south corridor, and its stability is our stability,',KHA,'he','said')
q('1285','a matter decided by the members of that treaty',KHA,'The Iranian diplomat','described',partial=True,note='"described the deployment … as “…”"; title-only reference')
q('1285','to leave as soon as the mission is over',KHA,'The Iranian diplomat','adding',partial=True)
q('1285','fire without warning',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True)
q('1285','stands ready to help in any way the Kazakh side considers useful','Hossein Amir-Abdollahian','he','said',partial=True,note='"he" = Amir-Abdollahian (sentence subject), not Tileuberdi, the nearer name')
c('1285','detained',4404,None,'people detained across Kazakhstan',MIA,'4,404 people have been detained')
c('1285','killed',26,None,'"armed criminals" killed','state television','26 "armed criminals" were killed',note='scare-quoted label excluded from quotes')
c('1285','killed',18,None,'security officers killed in Almaty','state television','18 security officers lost their lives')
c('1285','troops_deployed',2500,'about','troops of the Russia-led alliance sent to Kazakhstan',CSTO,'About 2,500 troops from the Russia-led alliance')
e('1285','2022-01-08','statement','Tehran',[KHA],'speaking to reporters on Saturday')
e('1285','2022-01-08','casualty_report',None,[MIA],'According to figures released by the Kazakh Interior Ministry on Saturday')
e('1285','2022-01-06','other','Almaty',[],'lost their lives in clashes in Almaty on Thursday',note='clashes; Thursday before Saturday 8 Jan')
e('1285','2022-01-07','statement',None,[TOK],'said on Friday that he had ordered the security forces')
e('1285','2022-01-02','protest','Zhanaozen',[],'The unrest began last Sunday in the oil town of Zhanaozen',note='"last Sunday" from Saturday 8 Jan')
e('1285',None,'troop_deployment','Kazakhstan',[CSTO],'have been sent to Kazakhstan, according to the CSTO',note='undated')
e('1285','2022-01-06','talks',None,['Hossein Amir-Abdollahian','Mukhtar Tileuberdi'],'held a phone conversation with his Kazakh counterpart Mukhtar Tileuberdi on Thursday')

# ---------------- 1286 ARKA item (10.01.2022, a Monday)
art('1286',0,'Pashinyan: CSTO mission','YEREVAN, January 10. /ARKA/.','ARKA News Agency','2022-01-10',[],'YEREVAN',
    ['ARKA News Agency','Politics','10.01.2022 | 17:25','-0-','Share: Facebook | Twitter | VK | Telegram','Previous news | Next news',
     '© 2022 ARKA News Agency. When using materials, a hyperlink to arka.am is required.'])
q('1286','The decision to send forces was taken quickly and unanimously, and this shows that the organization is able to act when a member state faces a real threat,',PAS,'Pashinyan','said')
q('1286','important infrastructure facilities',PAS,'He','noted',partial=True)
q('1286','Our servicemen have no combat tasks. They will return home as soon as the mission is completed,',PAS,'the prime minister','said',note='title-only reference after the quote')
q('1286',"an attempted coup d'etat",TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True,note='subject separated from "said" by a relative clause')
q('1286','will not allow the situation to be rocked','Vladimir Putin','Russian President Vladimir Putin','adding',partial=True)
q('1286','for a limited period of time',PAS,'Pashinyan','wrote',partial=True,note='Facebook post; cue "wrote"')
q('1286',"Armenia sends its soldiers to protect someone else's government, while the CSTO did not come when our own border was attacked,",'Aram Tovmasyan','Aram Tovmasyan','told',note='invented opposition MP')
c('1286','troops_deployed',100,'about','Armenian contingent in Kazakhstan',PAS,'the Armenian contingent of about 100 servicemen')
c('1286','troops_deployed',2030,None,'CSTO contingent servicemen',TOK,'2,030 servicemen')
c('1286','other',250,None,'units of CSTO military equipment',TOK,'250 units of military equipment')
c('1286','injured',2200,'more than','people who sought medical help after the riots',KZHM,'more than 2,200 people had sought medical help')
e('1286','2022-01-10','talks',None,[CSTO,PAS,TOK,'Vladimir Putin'],'at an extraordinary session of the CSTO Collective Security Council held via video link',note='"today" = publication day')
e('1286','2022-01-06','statement',None,[PAS],'On January 6, Pashinyan wrote on Facebook')
e('1286','2022-01-08','statement',None,['Aram Tovmasyan'],'told ARKA on Saturday')
e('1286','2022-01-09','casualty_report',None,[KZHM],'The Kazakh health ministry said on Sunday')

# ---------------- 1287 The Messenger print daily (#004 (5132) Wednesday, January 12, 2022)
art('1287',0,'Tbilisi watches Geneva','Georgian Prime Minister Irakli Garibashvili said on Monday','The Messenger','2022-01-12',['Tamar Beridze'],None,
    ['THE MESSENGER',"Georgia's English-language daily",'#004 (5132) WEDNESDAY, JANUARY 12, 2022','Home | Politics | Economy | Society | Archive','Politics',
     'By Tamar Beridze','Print | E-mail | Share','© 2022 The Messenger. All rights reserved. Reproduction without permission is prohibited.'])
q('1287','is not a subject for bargaining between other countries','Irakli Garibashvili','Georgian Prime Minister Irakli Garibashvili','said',partial=True)
q('1287','Nobody can decide for Georgia which alliance it joins. Our partners in Washington and Brussels have said this clearly, and we are grateful to them,','Irakli Garibashvili','Garibashvili','told')
q('1287','there will be nothing about Georgia without Georgia.','David Zalkaliani','Foreign Minister David Zalkaliani','said',partial=True,note='"had been assured that “…”" — the words are reported by Zalkaliani (Sherman is the nearer name)')
q('1287','What we saw in Kazakhstan follows the same logic: Moscow comes as a guest and stays as a master,','Nino Kalandadze','Nino Kalandadze','said',note='inverted cue; invented MP')
q('1287',"trying to scare people with other countries' problems",'Irakli Kobakhidze','Irakli Kobakhidze','told',partial=True)
q('1287','successfully completed',TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='two-word evaluative partial with a speech verb')
q('1287','If the West gives anything on enlargement, Georgia will pay first,','Levan Abashidze','Levan Abashidze','said',note='invented analyst')
c('1287','detained',10000,'almost','people detained in connection with the unrest',MIA,'nearly 10,000 people had been detained')
c('1287','troops_deployed',2030,None,'foreign (CSTO) troops to be withdrawn',TOK,'the withdrawal of the 2,030 foreign troops')
e('1287','2022-01-10','statement',None,['Irakli Garibashvili'],'said on Monday that Georgia')
e('1287','2022-01-10','talks','Geneva',['Russia','United States'],'as Russian and US diplomats met in Geneva')
e('1287','2022-01-09','talks',None,['David Zalkaliani',SHER],'spoke by phone with US Deputy Secretary of State Wendy Sherman on Sunday')
e('1287',None,'troop_deployment','Kazakhstan',[CSTO],'were deployed last week',note='"last week" is not a day')
e('1287','2022-01-11','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Tuesday')
e('1287','2022-01-11','statement',None,[TOK],'told parliament that the CSTO mission')
e('1287','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin in two days',note='"in two days" from Tuesday 11 Jan; planned at the time of writing')
e('1287','2022-01-08','other','Almaty',['Georgian Foreign Ministry'],'had returned from Almaty on a special flight on Saturday',note='evacuation flight')
e('1287','2022-01-12','talks','Brussels',[NATO,'Russia'],'The NATO-Russia Council meets in Brussels today')
e('1287','2022-01-13','talks','Vienna',[OSCE],'will discuss European security in Vienna on Thursday')

# ---------------- 1288 Turkish Minute (January 9, 2022, a Sunday)
art('1288',0,'Erdoğan offers Tokayev support','Turkish President Recep Tayyip Erdoğan spoke by phone','Turkish Minute','2022-01-09',[],None,
    ['Turkish Minute','Turkey | Diplomacy','January 9, 2022','Related','Support Turkish Minute','We rely on our readers. Please consider donating.','Share this: Twitter | Facebook | WhatsApp | Email',
     'Turkish prosecutors seek arrest of 38 over Gülen links','Erdoğan says Turkey will not abandon Turkic world'])
q('1288','the restoration of peace and order','Recep Tayyip Erdoğan','Turkish President Recep Tayyip Erdoğan','conveyed',partial=True,note='reported through "the Turkish Presidency\'s Directorate of Communications said"; speaker taken as Erdoğan (the one who conveyed), the Directorate is an alternative')
q('1288','Turkey stands by brotherly Kazakhstan and will continue to support its stability and territorial integrity.','Recep Tayyip Erdoğan','Erdoğan','was quoted as saying',note='cue before the quote, comma then opening mark')
q('1288','in contact with all our Kazakh friends','Mevlüt Çavuşoğlu','Foreign Minister Mevlüt Çavuşoğlu','said',partial=True)
q('1288','The Turkic world was nowhere to be seen when it was needed. Moscow sent paratroopers, we sent a press release,','Ünal Çetinkaya','Ünal Çetinkaya','wrote',note='inverted, long apposition before "wrote on Twitter"; invented politician')
q('1288','a technical error.',KZHM,'the Health Ministry','said',partial=True)
c('1288','detained',5800,None,'people detained, including foreigners','Kazakh authorities','5,800 people, including a number of foreign nationals, had been detained')
c('1288','killed',164,None,'deaths (figure withdrawn)',None,'The figure of 164 deaths',note='reported on a government Telegram channel and withdrawn')
c('1288','troops_deployed',2030,None,'CSTO troops deployed in Kazakhstan',CSTO,'2,030 troops are currently deployed')
e('1288','2022-01-08','talks',None,['Recep Tayyip Erdoğan',TOK],'spoke by phone with Kazakh President Kassym-Jomart Tokayev on Saturday')
e('1288','2022-01-11','talks',None,['Organization of Turkic States'],'which will be held via video conference on Tuesday',note='future; Tuesday after Sunday 9 Jan')
e('1288','2022-01-07','statement',None,['Mevlüt Çavuşoğlu'],'said on Friday that Ankara')
e('1288',None,'statement',None,['Ünal Çetinkaya'],'wrote on Twitter',note='undated tweet')
e('1288','2022-01-05','statement',None,['Organization of Turkic States'],'The OTS had issued a statement as early as Wednesday')
e('1288','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e('1288','2022-01-09','casualty_report',None,[],'reported on a government Telegram channel earlier in the day',note='"earlier in the day" = Sunday')
e('1288',None,'other','Almaty',['Turkish Airlines'],'Turkish Airlines has suspended its flights to Almaty',note='flight suspension; start undated ("until January 10" is its end)')

# ---------------- 1289 Iran Daily print page (Tuesday, January 11, 2022 = Dey 21, 1400)
art('1289',0,'Russia, US end Geneva talks with no breakthrough','Russian and US diplomats held nearly eight hours','Iran Daily','2022-01-11',[],None,
    ['Iran Daily','No. 6965 • Tuesday, January 11, 2022 • Dey 21, 1400 • Jumada al-Akhirah 8, 1443','International Desk',
     'iran-daily.com                    Iran Daily • Tuesday, January 11, 2022                    5'],
    sections=(ln('1289','Kazakhstan calls unrest a coup attempt'),))
q('1289','an absolute must','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','said',partial=True)
q('1289','We have no intention to invade Ukraine. There is no reason to fear an escalation scenario,','Sergey Ryabkov','Ryabkov','told',note='print layout: the cue "Ryabkov told reporters." is on the next line')
q('1289','firmly pushed back',SHER,'US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('1289','simply non-starters',SHER,'US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('1289','an attempted coup',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True,note='the following "armed militants" is a label and is excluded')
q('1289','Order has been restored in all regions. The large-scale operation will soon be over,',TOK,'he','said')
q('1289','leave the country as soon as possible',KHA,"Iran's Foreign Ministry spokesman Saeed Khatibzadeh",'told',partial=True)
q('1289','security in Europe cannot be built on the expansion of one military bloc.',KHA,'he','said',partial=True,note='the sentence before has the hyphenated print break "nego-/tiations"')
c('1289','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western officials','about 100,000 troops near the Ukrainian border')
c('1289','detained',7939,None,'people detained since 2 January',MIA,'7,939 people had been detained')
c('1289','troops_deployed',2030,None,'CSTO troops in Kazakhstan',None,'The CSTO has deployed 2,030 troops',note='the alliance is the subject that deployed them')
e('1289','2022-01-10','talks','Geneva',['Sergey Ryabkov',SHER],'held nearly eight hours of talks in Geneva on Monday')
e('1289','2022-01-12','talks','Brussels',[NATO,'Russia'],'The NATO-Russia Council will meet in Brussels tomorrow',note='"tomorrow" from Tuesday 11 Jan')
e('1289','2022-01-13','talks','Vienna',[OSCE],'in Vienna on Thursday')
e('1289','2022-01-10','talks',None,[CSTO,TOK],'told an extraordinary video summit')
e('1289','2022-01-02','protest',None,[],'since the unrest began on January 2')
e('1289','2022-01-10','statement','Tehran',[KHA],'told his weekly press conference on Monday')
e('1289',None,'troop_deployment','Kazakhstan',[CSTO],'The CSTO has deployed 2,030 troops to Kazakhstan',note='undated')

# ---------------- 1290 Interfax-Azerbaijan (12 January 2022, a Wednesday)
art('1290',0,'Azerbaijan completes evacuation','BAKU. Jan 12 (Interfax-AZ)','Interfax-Azerbaijan','2022-01-12',[],'BAKU',
    ['Interfax-Azerbaijan','Politics | 12 January 2022 16:05','Interfax-AZ','Tags: Kazakhstan, MFA, evacuation, Hajiyev','Interfax-Azerbaijan News Agency (c) 2022. All rights reserved.'])
q('1290','The second special flight of Azerbaijan Airlines landed in Baku this morning. All our citizens who applied to the embassy have been brought home,','Leyla Abdullayeva','she','said')
q('1290','in an enhanced mode','Leyla Abdullayeva','Abdullayeva','noted',partial=True)
q('1290','an internal matter of a friendly state','Hikmet Hajiyev','Hikmet Hajiyev','told',partial=True,note='long title before the name')
q('1290','Azerbaijan respects the decisions taken by the legitimate leadership of Kazakhstan, including the decision to invite CSTO forces,','Hikmet Hajiyev','Hajiyev','said')
q('1290','not our business to comment on the commitments of other states.','Hikmet Hajiyev','Hajiyev','said',partial=True)
c('1290','detained',9900,None,'people detained since the beginning of the unrest',MIA,'9,900 people have been detained')
c('1290','killed',16,None,'law enforcement officers killed',MIA,'16 law enforcement officers killed')
e('1290','2022-01-12','other','Baku',['Azerbaijan Airlines'],'landed in Baku this morning',note='second evacuation flight; "this morning" = publication day')
e('1290','2022-01-12','statement',None,['Leyla Abdullayeva'],'told Interfax-Azerbaijan on Wednesday')
e('1290','2022-01-11','statement',None,['Hikmet Hajiyev'],'told reporters on Tuesday')
e('1290',None,'talks',None,['Ilham Aliyev',TOK],'held a telephone conversation with President Kassym-Jomart Tokayev last week',note='"last week" is not a day')
e('1290','2022-01-11','statement',None,[TOK],'President Tokayev said on Tuesday')
e('1290','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start in two days',note='"in two days" from Tuesday 11 Jan; planned')

# ---------------- 1291 Asbarez (January 13, 2022, a Thursday)
art('1291',0,'Armenian Peacekeepers to Leave Kazakhstan','Armenian servicemen deployed to Kazakhstan','Asbarez','2022-01-13',[],None,
    ['Asbarez','Armenian News - Since 1908','HOME  ARMENIA  COMMUNITY  INTERNATIONAL  OPINION  ARTSAKH','BY ASBAREZ STAFF','January 13, 2022',
     'Filed Under: Armenia, Featured, Top Stories','Tagged With: CSTO, Kazakhstan, Nikol Pashinyan, peacekeepers','« Previous Article | Next Article »','Leave a Reply','You must be logged in to post a comment.'])
q('1291','The contingent has completed all the tasks assigned to it. There were no losses or injuries among our servicemen,','Aram Torosyan','Defense Ministry spokesperson Aram Torosyan','said')
q('1291','It is difficult to explain to the families in Syunik why our boys guard a bakery in Almaty while the border near their homes is still not secure,','Anahit Sargsyan','Anahit Sargsyan','said',note='inverted cue; invented')
q('1291','could not stand aside when the mechanism was triggered.',PAS,'He','said',partial=True)
q('1291',"acts quickly when it serves Moscow's interests and slowly, if at all, when it serves Armenia's.",'Armenian National Committee of America','The Armenian National Committee of America','said',partial=True,note='organisation as speaker; statement invented')
c('1291','troops_deployed',100,'about','Armenian soldiers flown to Almaty','Armenian Defense Ministry','About 100 Armenian soldiers',note='"according to the ministry" at the end of the sentence')
c('1291','troops_deployed',2030,None,'joint CSTO force','Stanislav Zas','which numbers 2,030 troops')
c('1291','detained',12000,'about','people detained in Kazakhstan','Kazakh authorities','had risen to about 12,000')
e('1291','2022-01-13','statement',None,['Armenian Defense Ministry'],"Armenia's Defense Ministry announced on Thursday")
e('1291','2022-01-13','withdrawal','Kazakhstan',[CSTO],'as the Russia-led bloc began pulling its troops out')
e('1291','2022-01-07','troop_deployment','Almaty',['Armenian Defense Ministry'],'were flown to Almaty on January 7')
e('1291','2022-01-12','statement',None,['Stanislav Zas'],'said on Wednesday that the withdrawal')
e('1291','2022-01-23','withdrawal','Kazakhstan',[CSTO],'would be completed by January 23',note='planned completion date')
e('1291','2022-01-12','statement','Yerevan',[PAS],'defended the decision in parliament on Wednesday')
e('1291',None,'statement',None,['Armenian National Committee of America'],'said in a statement that the Kazakhstan mission',note='undated')
e('1291','2022-01-13','casualty_report',None,['Kazakh authorities'],'authorities said on Thursday that the number of people detained')
e('1291','2022-01-11','statement',None,[TOK],'told the parliament two days earlier',note='"two days earlier" from Thursday 13 Jan')

# ---------------- 1292 Caucasus Watch (14.01.2022, a Friday)
art('1292',0,"Caucasus capitals weigh CSTO",'The first armed deployment in the history','Caucasus Watch','2022-01-14',['Felix Brandt'],None,
    ['Caucasus Watch','News and Analysis from the South Caucasus','Georgia | Armenia | Azerbaijan | Regional','14.01.2022','Author: Felix Brandt','Reading time: 4 min.',
     'Related articles:','Armenian peacekeepers return from Kazakhstan',"Georgia's NATO bid and the Geneva talks",'Share: Facebook Twitter LinkedIn',
     'Caucasus Watch is supported by the German Foreign Office. The views expressed are those of the authors.'])
q('1292','fulfilled their mission in full','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True,note='title + appositive "The CSTO\'s commander in Kazakhstan" before the name')
q('1292','The speed of the operation surprised many in the region. It was a demonstration that the alliance exists when Moscow wants it to exist,','Thomas de Groot','Thomas de Groot','said',note='inverted cue; invented researcher')
q('1292','saw no reason to comment on the choices of a partner country',None,'A senior Azerbaijani official','told',partial=True,note='anonymous official')
q('1292','the lesson for Georgia is simple: an invitation from a weak government is all Moscow needs.','Tinatin Khidasheli','Former Defence Minister Tinatin Khidasheli','told',partial=True,note='words invented')
q('1292','slam the door',SHER,'US Deputy Secretary of State Wendy Sherman','said',partial=True,note='idiom but attributed with a speech verb; kept as partial')
q('1292','a large number of disagreements on fundamental issues','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','said',partial=True)
c('1292','aircraft',20,'more than','Il-76 aircraft to bring the troops back','Russian Defence Ministry','more than 20 Il-76 aircraft')
c('1292','troops_deployed',100,'about','Armenian soldiers sent to Kazakhstan',None,'sent about 100 soldiers')
c('1292','detained',12000,None,'people detained','Kazakh officials','the number of detained at 12,000')
c('1292','killed',160,'at least','people killed',"Kazakh Prosecutor General's Office",'at least 160 people')
c('1292','killed',19,None,'members of the security forces killed',"Kazakh Prosecutor General's Office",'19 members of the security forces')
e('1292','2022-01-13','withdrawal','Kazakhstan',['Russia',CSTO],'started flying the first soldiers home from Kazakhstan',note='"On Thursday" before Friday 14 Jan')
e('1292','2022-01-13','talks','Vienna',[OSCE],'the same day the OSCE meeting in Vienna closed')
e('1292','2022-01-13','other','Almaty',['Andrei Serdyukov'],'at a farewell ceremony in Almaty on Thursday')
e('1292','2022-01-11','statement','Tbilisi',['Tinatin Khidasheli'],'told a Tbilisi talk show on Tuesday')
e('1292','2022-01-12','statement',None,[SHER],'said on Wednesday after the NATO-Russia Council')
e('1292','2022-01-12','talks','Brussels',[NATO,'Russia'],'the NATO-Russia Council',note='no place printed; Brussels from context')
e('1292',None,'statement',None,['Alexander Grushko'],'Alexander Grushko said the discussions',note='undated')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(KHA,'person',['Saeed Khatibzadeh','Khatibzadeh'],['Foreign Ministry spokesman'],'Iran',['he','The Iranian diplomat'],note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he']),
 sp('Hossein Amir-Abdollahian','person',['Hossein Amir-Abdollahian','Amir-Abdollahian'],['Foreign Minister'],'Iran',['he'],note='words invented'),
 sp(PAS,'person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister','Prime Minister'],'Armenia',['He','the prime minister'],note='words paraphrased/invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia'),
 sp('Aram Tovmasyan','person',['Aram Tovmasyan'],[],'Armenia',note='invented opposition MP'),
 sp('Irakli Garibashvili','person',['Irakli Garibashvili','Garibashvili'],['Georgian Prime Minister'],'Georgia',note='words invented'),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],['Foreign Minister'],'Georgia',note='words invented'),
 sp('Nino Kalandadze','person',['Nino Kalandadze'],['a member of parliament from the United National Movement'],'Georgia',note='invented'),
 sp('Irakli Kobakhidze','person',['Irakli Kobakhidze'],['chairman'],'Georgia',note='words invented'),
 sp('Levan Abashidze','person',['Levan Abashidze'],[],'Georgia',note='invented analyst (Caucasus Policy Lab, invented)'),
 sp('Recep Tayyip Erdoğan','person',['Recep Tayyip Erdoğan','Erdoğan'],['Turkish President'],'Turkey',note='words invented'),
 sp('Mevlüt Çavuşoğlu','person',['Mevlüt Çavuşoğlu'],['Foreign Minister'],'Turkey',note='words invented'),
 sp('Ünal Çetinkaya','person',['Ünal Çetinkaya'],["a deputy chairman of the main opposition Republican People's Party (CHP)"],'Turkey',note='invented'),
 sp(KZHM,'organisation',['Health Ministry','health ministry'],[],'Kazakhstan',['the Health Ministry']),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='canonical from earlier sets; written "Sergei" here'),
 sp(SHER,'person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Leyla Abdullayeva','person',['Leyla Abdullayeva','Abdullayeva'],['Foreign Ministry spokesperson'],'Azerbaijan',['she','the spokesperson']),
 sp('Hikmet Hajiyev','person',['Hikmet Hajiyev','Hajiyev'],['The head of the Foreign Policy Affairs Department of the Presidential Administration'],'Azerbaijan',note='words invented'),
 sp('Aram Torosyan','person',['Aram Torosyan'],['Defense Ministry spokesperson'],'Armenia',note='words invented'),
 sp('Anahit Sargsyan','person',['Anahit Sargsyan'],['a member of the Armenian Revolutionary Federation Supreme Council of Armenia'],'Armenia',note='invented'),
 sp('Armenian National Committee of America','organisation',['Armenian National Committee of America'],[],'United States',note='statement invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General',"The CSTO's commander in Kazakhstan"],'Russia'),
 sp('Thomas de Groot','person',['Thomas de Groot'],['a researcher at the Berlin-based Centre for East European Studies'],'Germany',note='invented'),
 sp('Tinatin Khidasheli','person',['Tinatin Khidasheli'],['Former Defence Minister'],'Georgia',note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the Russia-led alliance','the Russia-led bloc'],quoted=False,note='source of figures; not quoted'),
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
