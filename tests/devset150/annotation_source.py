#!/usr/bin/env python3
"""Source of the devset150 annotation: the hand-chosen spans, values and dates for 1293-1300.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset150/annotation_source.py && python3 tests/devset150/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
MOH='Kazakh Ministry of Health'; KNB='Kazakh National Security Committee'; OTS='Organization of Turkic States'
SC='Kazakh Supreme Court'; KTZ='Kazakhstan Temir Zholy'

# ---------------- 1293 Kazakh Ministry of Healthcare website release (10 January 2022, Mon)
P='1293'
art(P,0,4,ln(P,'Nur-Sultan, 10 January 2022. As of'),'Ministry of Healthcare of the Republic of Kazakhstan','2022-01-10',[],'Nur-Sultan',
    ['Ministry of Healthcare of the Republic of Kazakhstan','Main / Press center / News','Date of publication: 10 January 2022 14:25','Date of update: 10 January 2022 14:40',
     'For reference: the call centre of the Ministry of Healthcare works around the clock at 1406.','Share:   Facebook   Twitter   Telegram   WhatsApp',
     'Was this information useful?  Yes  No','© 2022 Ministry of Healthcare of the Republic of Kazakhstan'])
q(P,'All hospitals of Almaty have been provided with blood products, medicines and oxygen for at least two weeks ahead. There is no shortage,','Azhar Giniyat','the Minister','said',note='title-only attribution; the name is in the preceding paragraph')
q(P,'courage and professionalism in the most difficult days','Azhar Giniyat','She','thanked',partial=True,note='She = Giniyat (female minister); cue "thanked … for their"')
q(P,'Not a single ambulance crew refused to go out on a call, even on the night when the city administration building was on fire.','Azat Shoranov','He','stressed',note='colon cue "He stressed:" before the quote; closing mark after the full stop')
q(P,'Most of them came with gunshot and shrapnel wounds. Our surgeons did not leave the operating theatres for two days,','Ruslan Baimukhamedov','Baimukhamedov','said',note='inverted cue "said Baimukhamedov"')
c(P,'injured',1078,None,'people injured in the riots still in hospital',MOH,'1,078 people injured during the mass riots remain in hospitals',note='hospitalised injured at 10:00 on 10 Jan')
c(P,'injured',4353,None,'people who sought medical help in connection with the riots since 5 January','Azhar Giniyat','a total of 4,353 people have sought medical help')
c(P,'injured',214,None,'wounded received by City Clinical Hospital No. 7 on the first night','Ruslan Baimukhamedov','the hospital had received 214 wounded on the first night alone',note='one hospital')
e(P,'2022-01-10','casualty_report','Kazakhstan',[MOH],'the Ministry of Healthcare of the Republic of Kazakhstan reports')
e(P,'2022-01-09','other',None,['Azhar Giniyat'],'Speaking at a meeting of the republican operational headquarters on Sunday',note='internal government meeting; Sunday before Mon 10 Jan')
e(P,'2022-01-05','protest','Kazakhstan',[],'since 5 January a total of',note='riots as the start of the count')
e(P,'2022-01-11','other','Almaty',[MOH],'From Tuesday, planned hospitalisation and outpatient appointments will resume',note='Tuesday after Mon 10 Jan')

# ---------------- 1294 KNB press-service official information (08.01.2022, Sat)
P='1294'
art(P,0,ln(P,'On the detention of the former Chairman'),ln(P,'On 6 January 2022, the Investigative'),'National Security Committee of the Republic of Kazakhstan','2022-01-08',[],None,
    ['NATIONAL SECURITY COMMITTEE OF THE REPUBLIC OF KAZAKHSTAN','Press Service | Official information | Contacts | Қаз | Рус | Eng','OFFICIAL INFORMATION','08.01.2022 | 12:10',
     'Related news:','• Counter-terrorist operation continues in Almaty – KNB (07.01.2022)','• KNB: 3 servicemen of special unit "A" wounded (06.01.2022)',
     'Print version   Share   ↑ Top','© 2022 National Security Committee of the Republic of Kazakhstan. When using materials, a link to the site is required.'])
q(P,'All investigative actions are being carried out strictly in accordance with the law. Details cannot be disclosed in the interests of the investigation,',KNB,'the press service of the Committee','said')
q(P,"The 'red' level of terrorist threat remains in Almaty and Almaty region. We ask residents to treat with understanding the checkpoints on the roads,",'Daniyar Sultanbekov','Sultanbekov','said',note="single-quoted 'red' nested inside; not a separate quote")
q(P,'coordinated manner','Daniyar Sultanbekov','Sultanbekov','According to',partial=True,note='two-word partial after "According to Sultanbekov,"')
q(P,'We have identified the channels through which they were managed. This work will be completed,','Daniyar Sultanbekov','the representative','added')
c(P,'detained',126,None,'members of armed groups detained by the KNB, police and National Guard since 5 January','Daniyar Sultanbekov','had detained 126 members of armed groups')
c(P,'killed',7,None,'militants "neutralized" in clearance operations in Almaty on Friday night','Daniyar Sultanbekov','7 militants had been neutralized',note='"neutralized" read as killed (like gold "liquidated"); borderline')
c(P,'killed',2,None,'KNB officers killed defending the Committee building in Almaty','Daniyar Sultanbekov','Two officers of the Committee were killed',note='written-out; "he said" after the sentence')
c(P,'injured',3,None,'servicemen of special unit "A" wounded',KNB,'KNB: 3 servicemen of special unit "A" wounded',zone='related',note='"Related news" teaser line')
e(P,'2022-01-06','other',None,[KNB],'opened a pre-trial investigation into high treason')
e(P,'2022-01-06','arrest',None,['Karim Masimov',KNB],'was detained on the same day and placed in a temporary detention facility',note='"on the same day" = 6 January of the previous sentence')
e(P,'2022-01-05','other',None,[TOK,'Karim Masimov'],'was relieved of his post by a decree of Head of State Kassym-Jomart Toqaev on Wednesday, 5 January',note='dismissal')
e(P,'2022-01-05','appointment',None,[TOK],'the President took over the chairmanship of the Security Council',note='"On the same day"')
e(P,'2022-01-07','other','Almaty',[KNB],'during clearance operations in Almaty on Friday night',note='security operation; Friday before Sat 8 Jan')
e(P,None,'casualty_report','Almaty',[KNB],'were killed while defending its building in Almaty',note='undated')

# ---------------- 1295 Hürriyet Daily News (January 11 2022, Tue)
P='1295'
art(P,0,ln(P,'Turkic states hold extraordinary meeting over Kazakhstan'),ln(P,'Foreign ministers of the Organization of Turkic States'),'Hürriyet Daily News','2022-01-11',[],'ANKARA',
    ['Hürriyet Daily News','TÜRKİYE   WORLD   ECONOMY   OPINION   LIFE   SPORTS','WORLD','ANKARA','Published January 11 2022 18:42:00',
     'TAGS: Kazakhstan, Turkic states, Çavuşoğlu, CSTO','RECOMMENDED','Erdoğan, Tokayev discuss Kazakhstan unrest over phone',
     "Türkiye follows events in Kazakhstan 'with concern'",'© 2022 Hurriyet Daily News - All rights reserved.'])
q(P,'shoulder to shoulder','Mevlut Cavusoglu','Turkish Foreign Minister Mevlüt Çavuşoğlu','said',partial=True,note='Turkish diacritics in the name')
q(P,'Kazakhstan is not only a friend, it is our brother. Its stability is the stability of the whole Turkic world,','Mevlut Cavusoglu','Çavuşoğlu','told')
q(P,'deep sorrow',OTS,'the ministers','expressed',partial=True,note='joint statement of the OTS ministers')
q(P,'attempts to undermine the constitutional order',OTS,'the ministers','condemned',partial=True)
q(P,'to provide any support needed,','Recep Tayyip Erdogan','Erdoğan','said',partial=True,note='comma inside the closing mark; "according to the Turkish Presidency\'s Directorate of Communications"')
q(P,'successfully completed',TOK,'Tokayev','said',partial=True)
q(P,'The main mission was accomplished. The troops will leave within ten days,',TOK,'Tokayev','told')
q(P,'The organization reacted late, and this is a lesson. It needs tools for crisis moments, not only summits,','Hasan Öztürk','Hasan Öztürk','said',note='inverted cue "said Hasan Öztürk, a lecturer …"')
c(P,'killed',164,None,'people killed in the violence','Kazakh authorities','Kazakh authorities say 164 people, including children, were killed')
c(P,'detained',8000,'almost','people detained across the country','Kazakh authorities','nearly 8,000 people were detained across the country')
c(P,'troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',CSTO,'sent 2,030 troops to the country',note='"according to the bloc"')
e(P,'2022-01-11','talks',None,[OTS,'Mevlut Cavusoglu'],'held an extraordinary meeting via video conference on Jan. 11')
e(P,None,'talks',None,['Recep Tayyip Erdogan',TOK],'had spoken by phone with Kazakh President Kassym-Jomart Tokayev last week',note='"last week" is not a day')
e(P,'2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that the mission')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the force would begin in two days',note='"in two days" from Tuesday 11 Jan')
e(P,None,'troop_deployment','Kazakhstan',[CSTO],'the Collective Security Treaty Organization (CSTO), sent',note='undated')
e(P,'2022-01-13','other','Almaty',['Turkish Airlines'],'resume its flights to Almaty on Jan. 13')
e(P,None,'other',None,[],'were flown out of the country last week',note='evacuation; "last week" not a day')

# ---------------- 1296 Kazakhstan Temir Zholy press centre (09.01.2022, Sun)
P='1296'
art(P,0,ln(P,'Passenger trains to and from Almaty resume running'),ln(P,'Nur-Sultan. Joint-stock company'),KTZ,'2022-01-09',[],'Nur-Sultan',
    ['JSC NC "KAZAKHSTAN TEMIR ZHOLY"','Passengers | Freight | Press centre | Tenders | Contacts','Press centre > News','09.01.2022',
     'Contact centre: 1433 (free of charge)','Share: VK | Facebook | Telegram','JSC NC "Kazakhstan Temir Zholy" © 2022. All rights reserved.'])
q(P,'Our priority was the safety of passengers and staff. As soon as the law enforcement agencies confirmed the security of the stations, we began to restore traffic,','Aliya Nurpeisova','KTZ press secretary Aliya Nurpeisova','said')
q(P,'Their lives are not in danger. They are receiving all the necessary help,','Aliya Nurpeisova','she','added',note='the previous sentence ends "Nurpeisova said."')
q(P,'everything possible','Aigul Sadykova','Aigul Sadykova','said',partial=True)
q(P,'We had no internet and did not know what was happening in Almaty. The staff brought us tea and bread and said nothing bad would happen,','Aigul Sadykova','she','said')
c(P,'injured',3,None,'KTZ employees injured during the riots','Aliya Nurpeisova','3 employees of the company were injured')
e(P,'2022-01-09','other','Almaty',[KTZ],'from 9 January the movement of passenger trains')
e(P,'2022-01-05','other','Almaty',[KTZ],'on the evening of 5 January, due to the situation in Almaty, the company suspended',note='ticket sales suspended')
e(P,'2022-01-08','other','Almaty',[],'On Saturday, 11 freight trains with food products arrived',note='Saturday before Sun 9 Jan')
e(P,None,'statement',None,['Prime Minister of the Republic of Kazakhstan'],'Earlier, the Prime Minister of the Republic of Kazakhstan instructed',note='"Earlier," undated; PM not named')

# ---------------- 1297 Supreme Court press service (12 January 2022, Wed)
P='1297'
art(P,0,4,ln(P,'The press service of the Supreme Court of the Republic'),'Supreme Court of the Republic of Kazakhstan','2022-01-12',[],None,
    ['SUPREME COURT OF THE REPUBLIC OF KAZAKHSTAN','Home › Press service › News','12 January 2022, 16:05    Views: 3 417',
     'Tags: investigating judge, state of emergency, Almaty','Print     Share: Facebook  Telegram  WhatsApp','© 2022 Supreme Court of the Republic of Kazakhstan'])
q(P,'Every detention must be justified. The judge must personally see the detained person and check any complaints of ill-treatment,','Zhakip Asanov','Asanov','said')
q(P,'not to allow formalism','Zhakip Asanov','He','instructed',partial=True)
q(P,'We work in two shifts, including at night. Hearings take place in the temporary detention facilities, so the detainees do not have to be transported,','Marat Yessenov','the judge','said')
q(P,'Information that people are detained without a court decision for weeks does not correspond to reality,','Marat Yessenov','he','stressed',note='stand-alone paragraph; he = Yessenov')
c(P,'detained',681,None,'persons whose detention in custody was sanctioned by investigating judges',SC,'sanctioned the detention in custody of 681 persons')
c(P,'detained',1540,None,'people given administrative arrest for violating the state of emergency',SC,'imposed administrative arrest on 1,540 people')
e(P,'2022-01-04','protest','Kazakhstan',[],'in connection with the events of 4–11 January',note='range; first day')
e(P,'2022-01-11','other',None,['Zhakip Asanov'],'held an online meeting with the chairpersons of regional courts on Tuesday',note='Tuesday before Wed 12 Jan')
e(P,'2022-01-10','other','Almaty',[],'resumed their work on Monday')
e(P,'2022-01-05','other','Almaty',[],'which were closed from 5 January')
e(P,'2022-01-11','statement','Nur-Sultan',[TOK],'on 11 January, Head of State Kassym-Jomart Tokayev, speaking in the Mazhilis')

# ---------------- 1298 Central Communications Service briefing (13.01.2022, Thu)
P='1298'
art(P,0,6,ln(P,'A briefing was held at the Central'),'Central Communications Service under the President of the Republic of Kazakhstan','2022-01-13',[],None,
    ['Central Communications Service under the President of the Republic of Kazakhstan','ORTCOM.KZ    News | Briefings | Video | Contacts','BRIEFINGS','13.01.2022, 11:30',
     'Photo: ortcom.kz','#briefing #MVD #Almaty','Subscribe to our Telegram channel @ortcom_kz'])
q(P,'The operational situation in all regions of the country is stable and under control. Not a single incident was registered in the past day,','Nurlan Zhaksybekov','Zhaksybekov','said')
q(P,'Those who voluntarily hand over weapons will be released from criminal liability. We call on citizens to use this opportunity,','Nurlan Zhaksybekov','the official representative','stressed')
q(P,"The city is coming back to life. Restoring the akimat building will take time, but the work has already started,",'Yerzhan Babakumarov','the deputy akim','said')
q(P,'quick and professional','Alikhan Smailov','Prime Minister Alikhan Smaiylov','thanked',partial=True,note='transliteration Smaiylov; nearest names are Serdyukov and the contingent')
c(P,'detained',9900,None,'people detained in connection with the riots',MIA,'Interior Ministry: 9,900 people detained',zone='headline')
c(P,'detained',9900,None,'people detained in connection with the riots',MIA,'9,900 people have been detained in connection with the riots')
c(P,'killed',16,None,'police and National Guard servicemen killed','Nurlan Zhaksybekov','16 police and National Guard servicemen had been killed')
c(P,'injured',1300,'more than','police and National Guard servicemen injured','Nurlan Zhaksybekov','more than 1,300 injured')
e(P,'2022-01-13','other','Nur-Sultan',['Nurlan Zhaksybekov','Yerzhan Babakumarov'],'A briefing was held at the Central Communications Service')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal of the peacekeeping forces had begun on Thursday')
e(P,'2022-01-12','other','Nur-Sultan',['Alikhan Smailov','Andrei Serdyukov'],'Yesterday, at a ceremony in Nur-Sultan',note='"Yesterday" from Thu 13 Jan')
e(P,None,'other',None,[MIA],'has been lowered to',note='threat level lowered; undated')

# ---------------- 1299 Akimat of Mangystau region (4 January 2022, Tue)
P='1299'
art(P,0,6,ln(P,'Aktau, 4 January 2022. By the decision'),'Akimat of Mangystau region','2022-01-04',[],'Aktau',
    ['Akimat of Mangystau region','Official Internet resource    gov.kz','Main > Press center > News','4 January 2022 · 19:40',
     'The akimat reminds that for questions residents can contact the hotline 8 (7292) 50-25-05.','Share:  Facebook  VKontakte  Telegram','Last modified: 04.01.2022 19:52'])
q(P,'The main demand of residents has been met. The price will be 50 tenge, and this decision is effective immediately in all gas stations of the region,','Nurlan Nogayev','Nogayev','said')
q(P,'social issues of the oil workers','Nurlan Nogayev','He','added',partial=True)
q(P,'There will be no shortage of liquefied gas. We have agreed with producers on additional supplies,','Nurzhan Baikadamov','he','said',note='"According to Vice Minister … Nurzhan Baikadamov, …" opens the paragraph; he = Baikadamov')
q(P,'We have heard you. I ask you not to follow those who want to use the situation for their own purposes,','Nurlan Nogayev','the akim','said')
q(P,'taking into account economic feasibility and in the legal field',TOK,'Toqaev','wrote',partial=True,note='Kazakh transliteration Toqaev; tweet')
c(P,'detained',20,None,'people detained in Aktau overnight','police','20 people had been detained in Aktau overnight',note='"The regional police department reported"')
e(P,'2022-01-04','statement','Aktau',['Nurlan Nogayev'],'Nurlan Nogayev announced this to residents')
e(P,'2022-01-03','other','Aktau',['Yeraly Tugzhanov'],'arrived in Aktau the day before',note='"the day before" = 3 Jan')
e(P,'2022-01-02','protest','Zhanaozen',[],'came out to the central square on 2 January')
e(P,'2022-01-03','protest','Aktau',[],'On Monday, similar gatherings took place in Aktau',note='Monday before Tue 4 Jan')
e(P,None,'arrest','Aktau',['police'],'had been detained in Aktau overnight',note='"overnight" (night of 3-4 Jan) not resolved')
e(P,None,'statement',None,[TOK],'in his Twitter account wrote',note='undated tweet')

# ---------------- 1300 1TV Georgian Public Broadcaster (12/01/2022, Wed)
P='1300'
art(P,0,6,ln(P,"Georgia's Foreign Minister David Zalkaliani has said"),'Georgian Public Broadcaster','2022-01-12',[],None,
    ['1TV | Georgian Public Broadcaster','NEWS   POLITICS   WORLD   ECONOMY   SOCIETY   |   ქარ   ENG   РУС','Politics','12/01/2022 21:10',
     'Read also:','Gharibashvili: Georgia follows events in Kazakhstan closely','Georgian citizens in Kazakhstan safe, says MFA','Share  Tweet',
     '© 2022 Georgian Public Broadcaster. All rights reserved.'])
q(P,'Nothing about Georgia without Georgia. Our partners have assured us of this at every level,','David Zalkaliani','Zalkaliani','told')
q(P,'There are significant differences between NATO Allies and Russia. Our differences will not be easy to bridge,','Jens Stoltenberg','the NATO chief','said',note='"Speaking after the four-hour session in Brussels, Stoltenberg said …" earlier in the paragraph')
q(P,'We saw how quickly Russian troops can enter a neighbouring country. In Georgia we know this from 2008,','David Zalkaliani','the minister','said',note='year inside the quote')
q(P,'too cautious','Nino Beridze','Opposition MP Nino Beridze','said',partial=True)
q(P,'Tbilisi should be at the table, not waiting outside the door,','Nino Beridze','Beridze','said')
q(P,'the consensus position of the country','Georgian Dream','The ruling Georgian Dream party','said',partial=True)
c(P,'troops_deployed',2030,None,'CSTO troops deployed in Kazakhstan',None,'the Russian-led CSTO has deployed 2,030 troops')
c(P,'troops_deployed',100000,'about','Russian troops massed near Ukraine',"Western estimates",'Russia has massed about 100,000 troops')
e(P,'2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council met in Brussels on Wednesday')
e(P,'2022-01-11','talks',None,['David Zalkaliani','Jens Stoltenberg'],'on Tuesday, the day before the meeting',note='phone call')
e(P,'2022-01-12','statement','Brussels',['Jens Stoltenberg'],'Speaking after the four-hour session in Brussels')
e(P,'2022-01-10','talks','Geneva',['Russia','United States'],'talks between Russian and US delegations in Geneva on Monday')
e(P,'2022-01-13','talks','Vienna',['OSCE'],'will discuss European security in Vienna on Thursday')
e(P,'2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal of the contingent is to start on Thursday')
e(P,'2022-01-12','statement','Tbilisi',['David Zalkaliani'],'told journalists in Tbilisi',note='the day of the page')

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev','Kassym-Jomart Toqaev','Toqaev'],['Head of State','Kazakh President','President'],'Kazakhstan',[],["Tokayev's"],note='Kazakh transliteration Toqaev in 1294/1299'),
 sp('Azhar Giniyat','person',['Azhar Giniyat','Giniyat'],['Minister of Healthcare'],'Kazakhstan',['the Minister','She'],note='words invented'),
 sp('Azat Shoranov','person',['Azat Shoranov'],['Vice Minister of Healthcare'],'Kazakhstan',['He'],note='words invented'),
 sp('Ruslan Baimukhamedov','person',['Ruslan Baimukhamedov','Baimukhamedov'],['Chief physician of City Clinical Hospital No. 7 of Almaty'],'Kazakhstan',note='invented'),
 sp(KNB,'organisation',['National Security Committee','KNB'],[],'Kazakhstan',['the press service of the Committee'],note='also the outlet of 1294'),
 sp('Daniyar Sultanbekov','person',['Daniyar Sultanbekov','Sultanbekov'],["the Committee's official representative"],'Kazakhstan',['the representative','He'],note='invented'),
 sp('Mevlut Cavusoglu','person',['Mevlüt Çavuşoğlu','Çavuşoğlu'],['Turkish Foreign Minister'],'Turkey',note='canonical ASCII form from earlier sets; words invented'),
 sp(OTS,'organisation',['Organization of Turkic States','OTS'],[],None,['the ministers']),
 sp('Recep Tayyip Erdogan','person',['Recep Tayyip Erdoğan','Erdoğan'],['President'],'Turkey',note='canonical ASCII form from earlier sets'),
 sp('Hasan Öztürk','person',['Hasan Öztürk'],['a lecturer in international relations at Ankara University'],'Turkey',note='invented'),
 sp('Aliya Nurpeisova','person',['Aliya Nurpeisova','Nurpeisova'],['KTZ press secretary'],'Kazakhstan',['she'],note='invented'),
 sp('Aigul Sadykova','person',['Aigul Sadykova'],['a passenger of train No. 6'],'Kazakhstan',['she'],note='invented'),
 sp('Zhakip Asanov','person',['Zhakip Asanov','Asanov'],['Chairman of the Supreme Court'],'Kazakhstan',['He','the Chairman'],note='words invented'),
 sp('Marat Yessenov','person',['Marat Yessenov'],['Judge of the Specialised Investigative Court of Almaty'],'Kazakhstan',['the judge','he'],note='invented'),
 sp('Nurlan Zhaksybekov','person',['Nurlan Zhaksybekov','Zhaksybekov'],['official representative of the Ministry of Internal Affairs'],'Kazakhstan',['the official representative','He'],note='invented'),
 sp('Yerzhan Babakumarov','person',['Yerzhan Babakumarov','Babakumarov'],['Deputy Akim of Almaty'],'Kazakhstan',['the deputy akim'],note='words invented'),
 sp('Alikhan Smailov','person',['Alikhan Smaiylov'],['Prime Minister'],'Kazakhstan',note='canonical from earlier sets; printed Smaiylov'),
 sp('Nurlan Nogayev','person',['Nurlan Nogayev','Nogayev'],['akim of the region'],'Kazakhstan',['the akim','He'],note='words invented'),
 sp('Nurzhan Baikadamov','person',['Nurzhan Baikadamov'],['Vice Minister of Energy'],'Kazakhstan',['he'],note='invented'),
 sp('David Zalkaliani','person',['David Zalkaliani','Zalkaliani'],["Georgia's Foreign Minister"],'Georgia',['the minister'],note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,['the NATO chief'],note='words invented'),
 sp('Nino Beridze','person',['Nino Beridze','Beridze'],['Opposition MP'],'Georgia',note='invented'),
 sp('Georgian Dream','organisation',['Georgian Dream'],[],'Georgia',['The ruling Georgian Dream party']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General','commander of the collective peacekeeping forces'],'Russia',quoted=False,note='mentioned only'),
 sp('Karim Masimov','person',['Masimov'],['former Chairman of the KNB'],'Kazakhstan',[],['K. Masimov'],quoted=False,note='initial + surname'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the bloc'],quoted=False),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',quoted=False,note='source of figures in 1298'),
 sp(MOH,'organisation',['Ministry of Healthcare'],[],'Kazakhstan',quoted=False,note='source of a figure in 1293; also the outlet'),
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
