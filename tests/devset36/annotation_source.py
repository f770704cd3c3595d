#!/usr/bin/env python3
"""Source of the devset36 annotation: the hand-chosen spans, values and dates for 381-388.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset36/annotation_source.py && python3 tests/devset36/verify.py
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
def art(p,index,headline,first_line_start,outlet,published,authors,dateline,boiler,ls=1,le=None,sections=()):
    """headline: exact string; first_line_start: a unique prefix of the first body line."""
    f=doc(p); L=T[f].split('\n'); t=T[f]
    assert headline in t,(f,headline)
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    fl=L[ln(p,first_line_start)-1]; assert fl.startswith(first_line_start),(f,first_line_start)
    secs=[{"heading":L[h-1],"line":h,"first_line":cut80(L[h]) if L[h] else cut80(L[h+1])} for h in sections]
    A.append(dict(doc=f,index=index,headline=headline,first_line=cut80(fl),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; KA='Kazakh authorities'
NBK='National Bank of Kazakhstan'; KHM='Kazakh Ministry of Health'; CPJ='Committee to Protect Journalists'

# ---------------- 381 machine-translated Russian forum thread (first post 06.01.2022, a Thursday)
art('381',0,'What happens in Almaty?? (news, discussion)','Friends, who is in city','FORUM.KZ','2022-01-06',['Nurik_Almaty'],None,
    ['Board index » Society » Politics and news','Print view   Previous topic | Next topic','Author\tMessage','Posted: 06.01.2022, 09:14',
     'Joined: 14.03.2011','Posts: 4 512','_________________','Everything will be Kazakhstan','Top','Quote (Nurik_Almaty):',
     'Powered by phpBB® Forum Software © phpBB Limited','Translated automatically from Russian'])
q('381','the terrorist bands were trained abroad',TOK,'the president','said',partial=True,note='"On TV the president said that "…""; the president = Tokayev (named later in the thread)')
q('381','collective peacekeeping forces for a limited period of time','Nikol Pashinyan','Pashinyan','wrote',partial=True)
q('381','We ran through the service exit and hid in the garages,',None,'he','told',note="the poster's brother, an airport worker (anonymous); \"he told me by phone\"")
q('381','Order is restored in all regions, the anti-terrorist operation continues.',MIA,'Ministry of internal affairs','said',note='cue "said:" with a colon before the quote; lower-case "internal affairs" (machine translation)')
q('381','Order is restored',MIA,'they','said',n=2,partial=True,note='a later poster repeats the ministry\'s words, followed by " - they said this yesterday also"')
q('381','we will act as hard as possible',TOK,'Tokayev','said',partial=True,note='"Tokayev today said again "…", i think …" (comma outside the mark)')
q('381','does not interfere','Sergey Lavrov','Lavrov','gave comment',partial=True,note='machine-translated cue "gave comment, that"')
q('381','Stay at home and do not go to the square,',None,'the akim','said',note='the unnamed akim (mayor) of Almaty, "the akim said in the video"')
c('381','troops_deployed',2500,'about','CSTO peacekeepers sent to Kazakhstan','Nikol Pashinyan','in total about 2 500 people',note='space as the thousands separator')
c('381','killed',18,None,'law enforcement officers killed',MIA,'18 employees of law enforcement were killed',note='"According to them" = the ministry')
c('381','injured',748,None,'law enforcement officers wounded',MIA,'748 wounded')
c('381','detained',2000,'more than','people detained',MIA,'more than 2 000 people detained')
e('381',None,'statement',None,[TOK],'On TV the president said',note='undated TV address (real: night of 5-6 Jan)')
e('381',None,'other',None,[TOK,CSTO],'he asked help from the CSTO',note='request for CSTO help; undated')
e('381',None,'protest','Almaty',[],'Akimat burned, this I saw myself.',note='city administration burned; undated (real: 5 Jan)')
e('381','2022-01-05','other','Almaty',[],'on the evening of Wednesday unknown people took the terminal',note='airport seized; Wednesday before the post of Thu 06.01')
e('381',None,'statement',None,['Nikol Pashinyan',CSTO],'Pashinyan wrote that the CSTO will send',note='undated')
e('381',None,'casualty_report',None,[MIA],'Ministry of internal affairs said:',note='no day word; post of 06.01')
e('381','2022-01-06','statement',None,[TOK],'Tokayev today said again',note='"today" = the date of the post (06.01)')
e('381',None,'statement',None,['Sergey Lavrov'],'Lavrov already gave comment',note='undated')
e('381','2022-01-06','troop_deployment','Almaty',['Russia'],'The first Russian planes landed yesterday',note='"yesterday" resolved from the post stamp 07.01.2022, not from the thread date')

# ---------------- 382 Fitch Wire (Fri 07 Jan 2022)
art('382',0,'Kazakhstan Unrest Tests Policy Credibility; Sovereign Buffers Remain Strong','Fitch Ratings-London/Hong Kong-07 January 2022:','Fitch Ratings','2022-01-07',[],'London/Hong Kong',
    ['FitchRatings','Research | Sovereigns | Emerging Europe | Kazakhstan','Fitch Wire','Fri 07 Jan, 2022 - 10:41 AM ET','Contact:','Karin Lindqvist','Director, Sovereigns',
     'Additional information is available on www.fitchratings.com'])
q('382','fire without warning',TOK,'Mr Tokayev','said',partial=True)
q('382','largely been restored',TOK,'Mr Tokayev','said',partial=True,note='"in the same address said order had "…""; subject is Mr Tokayev earlier in the sentence')
q('382','functioning normally, despite temporary interruptions to communications',NBK,'The National Bank of Kazakhstan','said',partial=True)
q('382','ensure the stability of the tenge',NBK,'It','added',partial=True,note='It = the National Bank')
q('382','The immediate economic impact should be limited if order is restored quickly,','Karin Lindqvist','Karin Lindqvist','said',note='inverted cue "said Karin Lindqvist, a director in …"; invented analyst')
q('382','The more important question is whether the authorities follow through on the political and economic reforms they have promised.','Karin Lindqvist','Karin Lindqvist','said',note='second half after the interposed attribution')
c('382','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label (excluded from quotes)')
c('382','detained',3000,'more than','people detained',MIA,'more than 3,000 people had been detained')
c('382','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died',note='after a semicolon in the ministry sentence')
c('382','troops_deployed',2500,'about','CSTO troops deployed',CSTO,'about 2,500 troops were being deployed')
e('382','2022-01-02','protest','Kazakhstan',[],'has spread across Kazakhstan since 2 January')
e('382','2022-01-05','government_resignation',None,[],'The government resigned on Wednesday')
e('382',None,'other',None,[TOK,CSTO],'asked the Russian-led Collective Security Treaty Organisation (CSTO) for assistance',note='request for CSTO help; no day word')
e('382','2022-01-07','casualty_report',None,[MIA],'The Interior Ministry said on Friday')
e('382','2022-01-07','statement',None,[TOK],'Mr Tokayev said on Friday')
e('382',None,'statement',None,[NBK],"The National Bank of Kazakhstan said that the country's financial system",note='undated')
e('382','2022-01-06','statement',None,[NBK],'It added on Thursday')
e('382',None,'troop_deployment','Kazakhstan',[CSTO],'The CSTO said about 2,500',note='undated')

# ---------------- 383 VnExpress International (Jan 8, 2022, a Saturday)
art('383',0,'Vietnamese in Kazakhstan safe, embassy says as unrest eases','None of the about 200 Vietnamese','VnExpress International','2022-01-08',['Nguyen Minh Chau'],None,
    ['VnExpress International','Latest news, business, travel and analysis from Vietnam','News  Business  Travel  Life  Perspectives  World','News › World',
     'By Nguyen Minh Chau   January 8, 2022 | 05:36 pm GMT+7','Soldiers patrol a street in Almaty, Kazakhstan, January 7, 2022. Photo by Reuters',
     'Tags: Kazakhstan  unrest  Vietnamese abroad  CSTO','Share   Facebook   Twitter   Email','Comment (0)'])
q('383','All our citizens are safe. We have contacted every community group, and nobody has asked to be evacuated so far,','Tran Quoc Hung','Ambassador Tran Quoc Hung','told',note='inverted order: "…," Ambassador NAME told VnExpress; Vietnamese name order')
q('383','We heard gunshots all night on Wednesday and Thursday. Now it is quieter, but we still do not dare to open,','Le Van Thanh','he','said',note='day names inside the quote are not events')
q('383','closely following','Le Thi Thu Hang','Foreign ministry spokeswoman Le Thi Thu Hang','said',partial=True)
q('383','soon restore stability','Le Thi Thu Hang','Foreign ministry spokeswoman Le Thi Thu Hang','said',partial=True,note='"and hoped Kazakhstan would "…"" in the same sentence')
c('383','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('383','killed',26,None,'rioters killed',KA,'26 rioters had been killed',note='"Authorities earlier said"')
c('383','killed',18,None,'security officers killed',KA,'18 security officers had died',note='"two of whom were found beheaded" is a subset, not a claim')
c('383','troops_deployed',2500,'about','CSTO troops sent',None,'has sent about 2,500 troops',note='the alliance is the subject; no source')
e('383','2022-01-08','statement','Nur-Sultan',['Vietnamese Embassy in Kazakhstan'],'the Vietnamese Embassy in Nur-Sultan said Saturday')
e('383','2022-01-08','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Saturday")
e('383','2022-01-07','statement',None,[TOK],'said Friday he had authorized troops')
e('383','2022-01-06','statement',None,['Le Thi Thu Hang'],'said on Thursday that Vietnam')
e('383',None,'troop_deployment','Kazakhstan',[CSTO],'has sent about 2,500 troops at his request',note='undated')

# ---------------- 384 EUobserver "Agenda" (10 Jan 2022, a Monday)
art('384',0,'This WEEK: Russia security talks dominate EU agenda','A week of high-stakes diplomacy','EUobserver','2022-01-10',['Mikkel Sørensen'],'BRUSSELS',
    ['EUobserver','Independent. Not-for-profit. Reporting on the EU since 2000.','Agenda | Foreign Affairs','Agenda','By Mikkel Sørensen','BRUSSELS, 10. JAN, 06:59',
     'Author bio','Mikkel Sørensen is a Brussels correspondent for EUobserver.','Tags: Agenda, Foreign Affairs, Russia, Kazakhstan, Nato','Related articles',
     'Russia talks: EU fears being left out','Kazakhstan: EU calls for restraint as death toll rises'])
q('384','We are not going to make any concessions under pressure,','Sergey Ryabkov','Ryabkov','told',note='spelled "Sergei Ryabkov" in this doc; the one-word "short" in the same sentence is excluded')
q('384','European security is not a matter for the US and Russia alone,','Josep Borrell','he','said')
q('384','at the table, not on the menu','Josep Borrell','he','said',partial=True,note='"he said, calling for the EU to be "…""; cue kept as "said" (the participle "calling for" is the alternative)')
q('384','It is not acceptable to shoot without warning,','Josep Borrell','Borrell','said')
q('384','a genuine national dialogue','Josep Borrell','He','added',partial=True)
c('384','killed',164,'at least','people killed in the violence',KHM,'At least 164 people were killed',note='"according to the Kazakh health ministry"')
c('384','detained',8000,'almost','people detained',None,'nearly 8,000 have been detained',note='"nearly" → almost; the health-ministry attribution is read as covering the death toll only')
c('384','troops_deployed',2030,None,'CSTO troops in Kazakhstan',CSTO,'2,030 troops in the country')
e('384','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'meet in Geneva on Monday for strategic-stability talks')
e('384','2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'after a working dinner on Sunday evening')
e('384',None,'statement',None,['Sergey Ryabkov'],'told Russian agencies before the dinner',note='"before the dinner" (likely 9 Jan)')
e('384','2022-01-12','talks','Brussels',['NATO','Russia'],'in the Nato-Russia Council in Brussels on Wednesday',note='future')
e('384','2022-01-13','talks','Vienna',['OSCE','Russia'],'hosts the third round on Thursday',note='future')
e('384',None,'other','eastern Ukraine',['Josep Borrell'],'who visited eastern Ukraine last week',note='"last week" is not a day (real: 5 Jan)')
e('384','2022-01-12','talks','Brest',['EU defence ministers'],'EU defence ministers meet informally in Brest, France, on Wednesday and Thursday',note='two-day meeting; first day')
e('384','2022-01-13','talks','Brest',['EU foreign ministers'],'followed by foreign ministers in the same format on Thursday and Friday',note='two-day meeting; first day')
e('384','2022-01-07','statement',None,['Josep Borrell'],'Borrell said on Friday')
e('384',None,'withdrawal','Kazakhstan',[CSTO],'is expected to start withdrawing',note='future, no date')

# ---------------- 385 CPJ alert (January 11, 2022, a Tuesday)
art('385',0,'Kazakh authorities detain, attack journalists covering unrest; at least one killed','New York, January 11, 2022','Committee to Protect Journalists','2022-01-11',[],'New York',
    ['Committee to Protect Journalists','Defending Journalists Worldwide','Donate   Reports   Regions   Topics   About','January 11, 2022 10:52 AM EST',
     'Share this article   Facebook   Twitter   Email',"Subscribe to CPJ's newsletters",'© 2022 Committee to Protect Journalists. All rights reserved.'])
q('385',"Kazakhstan's authorities cannot restore order by silencing the people who report on it,",'Aruna Kemelbek','Aruna Kemelbek','said',note='inverted cue "said NAME, CPJ\'s … coordinator"; invented')
q('385','Every journalist detained for doing their job must be released, and the internet must be switched back on.','Aruna Kemelbek','Aruna Kemelbek','said',note='second half of the same paragraph')
q('385','They took his phone and his press card and told him he was a provocateur,',None,'the editor','said',note='anonymous editor ("speaking on condition of anonymity")')
q('385','so-called free media',TOK,'President Kassym-Jomart Tokayev','criticized what he called',partial=True)
q('385','do not detain journalists for their work','Mergen Zhaksybayev','Ministry spokesman Mergen Zhaksybayev','told',partial=True,note='invented spokesman')
c('385','detained',8,'at least','journalists detained since January 2',CPJ,'police have detained at least 8 journalists',note='"according to CPJ\'s review"; a count of journalists only')
c('385','killed',1,'at least','journalist killed',None,'At least one journalist',note='written-out "one"; "according to his employer" (not a named source)')
c('385','detained',9900,None,'people detained across the country',MIA,'9,900 people had been detained')
c('385','killed',164,None,'people died',KA,'Authorities said 164 people died',note='"officials later revised the figure"')
e('385','2022-01-02','protest','Kazakhstan',[],'Since protests broke out on January 2')
e('385','2022-01-05','other','Almaty',[],'was killed in Almaty on January 5',note='killing of a TV channel driver')
e('385','2022-01-07','arrest','Almaty',['Daulet Akhmetov'],'On Friday, police in Almaty detained Daulet Akhmetov',note='Friday before Tue 11 Jan')
e('385','2022-01-08','other',None,['Daulet Akhmetov'],'released the next day without charge',note='"the next day" after Friday 7 Jan')
e('385','2022-01-07','statement',None,[TOK],'in a televised address, and accused them',note='"On the same day" = Friday 7 Jan')
e('385','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e('385','2022-01-10','other','Kazakhstan',[],'The internet was restored in most regions on Monday')
e('385','2022-01-09','statement',None,['Mergen Zhaksybayev'],'told reporters on Sunday')
e('385','2022-01-11','statement','New York',[CPJ],'the Committee to Protect Journalists said today',note='"today" = publication day')

# ---------------- 386 US student newspaper (January 12, 2022, a Wednesday)
art('386',0,'Kazakh students at LSU wait for news from home as internet blackout ends','When the internet came back on','The Lakeview Ledger','2022-01-12',['Emily Tran'],None,
    ['THE LAKEVIEW LEDGER','The independent student newspaper of Lakeview State University since 1921','News | Sports | Opinion | Arts | Podcasts | Donate','NEWS',
     'By Emily Tran, Staff Writer','January 12, 2022','Contact Emily Tran at etran@lakeviewledger.com.','Related: Student government passes resolution on study-abroad safety',
     '© 2022 The Lakeview Ledger. Powered by SNworks.'])
q('386',"I had not heard my mother's voice for five days,",'Madina Ospanova','Ospanova','said',note='inverted "said Ospanova, a biochemistry major"; invented student')
q('386',"The first thing she said was, 'We are fine, do not come home.'",'Madina Ospanova','Ospanova','said',note="nested single-quoted words of her mother inside (not a separate record); the span ends .'\" ")
q('386','They checked his phone for photos of the protests and let him go,','Yerlan Dzhaksybekov','Dzhaksybekov','said')
q('386','He was lucky.','Yerlan Dzhaksybekov','Dzhaksybekov','said',note='continuation after "Dzhaksybekov said."')
q('386','We want these students to know that Lakeview is their home too,','Rebecca Hollins','Rebecca Hollins','wrote',note='inverted "wrote NAME, director of …, in the message"')
q('386','a turning point','David Kessler','Political science professor David Kessler','said',partial=True)
q('386','This is the first time the alliance has actually been used, and it was used to keep a government in power, not to defend a border,','David Kessler','he','said')
q('386','I just want to hug them,','Madina Ospanova','she','said')
c('386','killed',164,None,'people killed',"Kazakh officials",'164 people had been killed')
c('386','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
e('386','2022-01-10','other','Almaty',[],'When the internet came back on in Almaty on Monday')
e('386','2022-01-05','other','Kazakhstan',[],"until the country's internet was shut down last Wednesday",note='"last Wednesday" from Wed 12 Jan')
e('386','2022-01-02','protest','Kazakhstan',[],'Protests over fuel prices that began on Jan. 2')
e('386',None,'casualty_report',None,['Kazakh officials'],'Kazakh officials said over the weekend',note='"over the weekend" = 8-9 Jan, not a single day')
e('386','2022-01-10','casualty_report',None,[MIA],'the Interior Ministry said on Monday')
e('386',None,'troop_deployment','Kazakhstan',[CSTO],'Troops from a Russian-led alliance arrived',note='undated')
e('386','2022-01-11','statement',None,[TOK],'who said on Tuesday they would start leaving in two days',note='withdrawal announced; the start ("in two days") is not a separate event here')
e('386','2022-01-08','other','Almaty',[],'stopped at a police checkpoint in Almaty on Saturday')
e('386','2022-01-06','other',None,['Lakeview State University'],'sent an email to affected students last Thursday',note='"last Thursday" from Wed 12 Jan')

# ---------------- 387 Hungary Today with MTI (2022.01.09., a Sunday)
art('387',0,'Szijjártó: Hungarian Companies in Kazakhstan Unharmed, Cooperation to Continue','Foreign Minister Péter Szijjártó phoned','Hungary Today','2022-01-09',['Bence Horváth'],None,
    ['Hungary Today','News from Hungary','POLITICS  ECONOMY  CULTURE  SPORTS  OPINION','by Bence Horváth  2022.01.09.',
     'Featured photo via Péter Szijjártó’s Facebook page','MTI','Tags: Kazakhstan, Péter Szijjártó, foreign policy','SHARE   f   t   in'])
q('387','a key partner in Central Asia','Péter Szijjártó','Foreign Minister Péter Szijjártó','told',partial=True,note='"told him that Hungary considers Kazakhstan “…”, the ministry said"; speaker is the minister, the ministry only reports the call')
q('387','All 47 Hungarians who are registered with our embassy are safe, and the Hungarian companies operating there have suffered no damage,','Péter Szijjártó','the minister','said',note='a citizen count (47) inside the quote is not a claim')
q('387','continue cooperation in energy and agriculture without interruption','Péter Szijjártó','He','added',partial=True)
q('387','return to normal within days','Péter Szijjártó','He','added',partial=True,note='same sentence as the previous partial ("and that Budapest expected …")')
q('387','Hungary is interested in the success of these talks, because a new cold war would hurt Central Europe first,','Péter Szijjártó','he','said',note='the one-word “export” earlier in the paragraph is excluded')
q('387','The government calls a regime that shoots its own citizens a key partner,','Momentum','a spokesperson for the Momentum party','told',note='unnamed party spokesperson; the party is the speaker (like a press office)')
c('387','killed',164,None,'people died in the unrest',KA,'164 people, including children, had died')
c('387','detained',5800,None,'people detained',KA,'5,800 people had been detained')
e('387','2022-01-08','talks',None,['Péter Szijjártó','Mukhtar Tileuberdi'],'phoned his Kazakh counterpart Mukhtar Tileuberdi on Saturday')
e('387',None,'statement',None,['Péter Szijjártó'],'In a video posted on his Facebook page after the call',note='"after the call" (likely 8 Jan)')
e('387','2022-01-09','casualty_report',None,[KA],'Kazakh authorities said on Sunday')
e('387','2022-01-10','talks','Geneva',['Russia','United States'],'ahead of Monday’s talks between Russia and the United States in Geneva',note='future; typographic apostrophe in "Monday’s"')
e('387','2022-01-09','statement',None,['Momentum'],'told MTI on Sunday')
e('387',None,'withdrawal','Kazakhstan',[CSTO],'the CSTO contingent would leave the country as soon as its task was completed',note='future, conditional, no date')

# ---------------- 388 football news site (13 January 2022, a Thursday)
art('388',0,"Kairat's Brazilian striker Wellington leaves Almaty after unrest: 'We heard shooting every night'",'Kairat Almaty have agreed','Steppe Football','2022-01-13',['Arman Zhunusov'],None,
    ['STEPPE FOOTBALL','Kazakhstan Premier League · Transfers · National Team · Europe','Home › Premier League › Kairat',
     '13 January 2022, 14:20 | Author: Arman Zhunusov | 👁 8 341 | 💬 27','Read also: Astana sign Georgian midfielder on loan until June',
     'Read also: National team friendly in Dubai cancelled','Share: VK  Facebook  Telegram  WhatsApp','© 2016–2022 Steppe Football. Use of materials only with an active link.'])
q('388','Wellington asked to go home for family reasons, and we respected his wish,','Nurlan Akhmetov','Kairat sporting director Nurlan Akhmetov','said',note='"said in a statement on the club\'s website"; invented')
q('388','He remains a friend of the club.','Nurlan Akhmetov','Kairat sporting director Nurlan Akhmetov','said',note='continuation in the same paragraph')
q('388','We heard shooting every night near our apartment. My daughter is three years old, I could not explain to her what was happening,','Wellington Souza','he','wrote',note='Instagram story; the headline\'s single-quoted version is excluded')
q('388','within ten days','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True,note='"Their commander, Colonel General Andrei Serdyukov, said …"')
q('388','Football is not important now, but the players need routine,',None,'he','told',note="the club's unnamed Spanish coach")
c('388','killed',164,None,'people killed across the country',KHM,'164 people were killed across the country',note='"According to the health ministry"')
c('388','killed',103,None,'people killed in Almaty',KHM,'103 of them in Almaty',note='subset of the 164 with its own location; kept as a claim')
c('388','troops_deployed',2000,'about','troops from Russia and other CSTO states',None,'About 2,000 troops from Russia')
e('388','2022-01-13','other','Almaty',['Kairat Almaty','Wellington Souza'],'the club announced on Thursday')
e('388','2022-01-10','other','Almaty',['Wellington Souza'],'flew back to São Paulo with his wife and daughter on Monday')
e('388','2022-01-11','statement',None,['Wellington Souza'],'In an Instagram story posted on Tuesday')
e('388','2022-01-02','protest','Almaty',[],'the violence that began on January 2')
e('388',None,'troop_deployment','Kazakhstan',[CSTO],'were sent to guard airports and government buildings',note='undated')
e('388','2022-01-13','withdrawal','Kazakhstan',['Andrei Serdyukov',CSTO],'said on Thursday that the withdrawal had begun')
e('388','2022-01-08','other','Antalya',['Kairat Almaty'],'which was due to start last Saturday',note='planned camp start that was postponed; "last Saturday" from Thu 13 Jan')
e('388','2022-01-16','other','Antalya',['Kairat Almaty'],'the squad would fly out on Sunday',note='future; Sunday after Thu 13 Jan')
e('388','2022-03-05','other','Kazakhstan',['Professional Football League of Kazakhstan'],'would start on March 5 as planned',note='season start; year from context')

# ---------------- speakers: quoted speakers, plus organisations that are only figure sources
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['the president','Mr Tokayev'],[]),
 sp('Nikol Pashinyan','person',['Pashinyan'],[],'Armenia',note='surname only in this set'),
 sp(MIA,'organisation',['Ministry of internal affairs','Interior Ministry'],[],'Kazakhstan',['they']),
 sp('Sergey Lavrov','person',['Lavrov'],[],'Russia',note='surname only in this set'),
 sp(NBK,'organisation',['National Bank of Kazakhstan'],[],'Kazakhstan',['It']),
 sp('Karin Lindqvist','person',['Karin Lindqvist'],["a director in Fitch's emerging Europe sovereigns team",'Director, Sovereigns'],None,note='invented analyst'),
 sp('Tran Quoc Hung','person',['Tran Quoc Hung'],['Ambassador'],'Vietnam',note='invented'),
 sp('Le Van Thanh','person',['Le Van Thanh'],[],'Vietnam',['he'],note='invented restaurant owner'),
 sp('Le Thi Thu Hang','person',['Le Thi Thu Hang'],['Foreign ministry spokeswoman'],'Vietnam',note='words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian deputy foreign minister'],'Russia',note='canonical from earlier sets; written "Sergei" here'),
 sp('Josep Borrell','person',['Josep Borrell','Borrell'],['EU foreign affairs chief'],None,['he','He'],note='words invented'),
 sp('Aruna Kemelbek','person',['Aruna Kemelbek'],["CPJ's Europe and Central Asia program coordinator"],None,note='invented'),
 sp('Mergen Zhaksybayev','person',['Mergen Zhaksybayev'],['Ministry spokesman'],'Kazakhstan',note='invented'),
 sp('Madina Ospanova','person',['Madina Ospanova','Ospanova'],['a biochemistry major'],'Kazakhstan',['she'],note='invented'),
 sp('Yerlan Dzhaksybekov','person',['Yerlan Dzhaksybekov','Dzhaksybekov'],['a graduate student in civil engineering'],'Kazakhstan',note='invented'),
 sp('Rebecca Hollins','person',['Rebecca Hollins'],['director of the Office of International Programs'],'United States',note='invented'),
 sp('David Kessler','person',['David Kessler','Kessler'],['Political science professor'],'United States',['he'],note='invented'),
 sp('Péter Szijjártó','person',['Péter Szijjártó','Szijjártó'],['Foreign Minister'],'Hungary',['the minister','He'],["Péter Szijjártó’s"],note='words invented'),
 sp('Momentum','organisation',['Momentum'],[],'Hungary',['a spokesperson for the Momentum party']),
 sp('Nurlan Akhmetov','person',['Nurlan Akhmetov'],['Kairat sporting director'],'Kazakhstan',note='invented'),
 sp('Wellington Souza','person',['Wellington Souza','Wellington'],['Brazilian forward'],'Brazil',['the player'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General'],'Russia',['Their commander']),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,[],quoted=False,note='figure source; not quoted here'),
 sp(KHM,'organisation',['health ministry'],[],'Kazakhstan',[],quoted=False,note='source of the 164 figure'),
 sp(CPJ,'organisation',['Committee to Protect Journalists','CPJ'],[],None,[],quoted=False,note='publisher; source of the journalist count'),
]
OPEN='"“«„‘\''; CLOSE='"”»“’\''
for x in Q:
    t=T[x['doc']]; o=x['offset']; k=o+len(x['quote'])
    if not x['malformed']:
        assert t[o-1] in '"“«„‘' and t[k] in '"”»“’',(x['doc'],x['quote'][:30],t[o-1],t[k])
def dump(name,items):
    with open(os.path.join(D,name+'.jsonl'),'w',encoding='utf-8') as fh:
        for it in items: fh.write(json.dumps(it,ensure_ascii=False)+'\n')
for n,it in (('articles',A),('quotes',Q),('claims',C),('events',E),('speakers',S)): dump(n,it)
print(len(A),len(Q),len(C),len(E),len(S))
