#!/usr/bin/env python3
"""Source of the devset42 annotation: the hand-chosen spans, values and dates for 429-436.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset42/annotation_source.py && python3 tests/devset42/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; RYA='Sergey Ryabkov'
MOH='Kazakh Ministry of Health'; KPPO='Kazakh Presidential Press Office'; HAY='Yoshimasa Hayashi'; MAR='Marunaka Trading Co.'
ERD='Recep Tayyip Erdoğan'; CAV='Mevlüt Çavuşoğlu'; CARP='Michael Carpenter'; SAV='Ioannis Savvidis'; GRMFA='Greek Ministry of Foreign Affairs'

# ---------------- 429 Kyodo wire in a Japanese regional paper's English edition (2022/01/11, Tue)
art('429',0,ln('429','Japan welcomes start'),ln('429','TOKYO, Jan. 11 Kyodo -'),'The Setouchi Shimbun','2022-01-11',[],'TOKYO',
    ['THE SETOUCHI SHIMBUN  |  ENGLISH EDITION','Home > World > Asia-Pacific','2022/01/11 19:30 (JST)   Kyodo','Print  |  Font size: S M L','==Kyodo',
     'Related coverage:','Share: Facebook | Twitter | LINE | Hatena','(C) The Setouchi Shimbun. Unauthorized reproduction prohibited.'])
q('429','We take note of the statement that the mission has been completed, and we hope the withdrawal proceeds in an orderly manner,',HAY,'Foreign Minister Yoshimasa Hayashi','told')
q('429','closely following',HAY,'Hayashi','said',partial=True,note='two-word partial; first mention after the quote is "Hayashi, 60," (age not part of the name)')
q('429','Our citizens are safe, and the embassy in Nur-Sultan is working normally,',HAY,'Hayashi','said')
q('429','Internet access is still unstable, so we are in contact mostly by telephone,',MAR,'he','said',note='he = "a spokesman for Marunaka Trading Co." (unnamed); speaker = the company')
q('429','no breakthrough, but an honest conversation.',RYA,'Russian Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='full stop inside the closing mark; words invented')
c('429','troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',None,'The alliance sent about 2,030 troops',note='the alliance is the subject that sent them; source null as devset19 252')
c('429','detained',9900,None,'people detained in Kazakhstan',MIA,'9,900 people have been detained')
c('429','killed',164,None,'death toll reported by state media, later withdrawn','state media','A death toll of 164',note='withdrawn figure; kept as a textual claim')
e('429','2022-01-11','statement','Tokyo',[HAY],'Japan on Tuesday welcomed the announcement',note='"on Tuesday" = publication day')
e('429','2022-01-10','other','Tokyo',[HAY,'Kazakhstan'],'had conveyed its position to the Kazakh ambassador on Monday')
e('429','2022-01-11','statement',None,[TOK],'told lawmakers Tuesday',note='day name with no "on" (Kyodo style)')
e('429','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would start a phased withdrawal in two days',note='"in two days" from Tuesday 11 Jan')
e('429','2022-01-05','other',None,[TOK,CSTO],'after Tokayev asked for help on Jan. 5',note='request for CSTO help')
e('429',None,'troop_deployment','Kazakhstan',[CSTO],'The alliance sent about 2,030 troops',note='undated')
e('429','2022-01-10','statement',None,['Hirokazu Matsuno'],'said the day before that Japan had no plan',note='"the day before" = Monday 10 Jan')
e('429','2022-01-10','talks','Geneva',['Russia','United States'],'held more than seven hours of talks Monday')

# ---------------- 430 Guardian Australia (Wed 12 Jan 2022 05.00 AEDT)
art('430',0,ln('430','Australians in Kazakhstan urged to leave'),ln('430','Dfat raises travel advice'),'The Guardian','2022-01-12',['Callum Hardy'],None,
    ['The Guardian','Australia edition','World news › Kazakhstan','This article is more than 4 years old','Callum Hardy','Wed 12 Jan 2022 05.00 AEDT','Share',
     "Sign up for Guardian Australia's free morning and afternoon email newsletters for your daily news roundup",'Topics','Reuse this content'])
q('430','deeply concerned','Marise Payne','The foreign minister, Marise Payne','said',partial=True)
q('430','Any foreign forces that were invited in should leave as soon as their task is done, and not a day longer,','Marise Payne','Payne','said',note="the headline's single-quoted 'a day longer' echoes this (excluded)")
q('430','The people of Kazakhstan deserve a peaceful and transparent investigation of what happened.','Marise Payne','Payne','said',note='second half of a split quote (…," Payne said. "…")')
q('430','Tokayev has survived, but he survived on Russian credit,','Meruyert Abenova','she','said',note='she = Dr Meruyert Abenova; a name inside the quote')
q('430','Moscow will expect that debt to be repaid, in foreign policy if not in troops.','Meruyert Abenova','she','said')
q('430','use the forums where we do have a voice','Meruyert Abenova','She','said',partial=True)
q('430','Our people are safe and our camp was never affected.','Peter Lowe','Peter Lowe','said',note='"said on Tuesday: “…”" colon before the quote')
q('430','speak clearly','Penny Wong','The shadow foreign minister, Penny Wong','adding',partial=True,note='cue "adding that"; words invented')
c('430','troops_deployed',2000,'more than','CSTO contingent in Kazakhstan',TOK,'the CSTO contingent of more than 2,000 troops')
c('430','detained',10000,'almost','people detained since 2 January',MIA,'nearly 10,000 people have been detained')
e('430','2022-01-11','statement',None,['Marise Payne'],'said on Tuesday the government was',note='"on Tuesday" from Wed 12 Jan (AEDT)')
e('430',None,'other',None,['Department of Foreign Affairs and Trade'],'raised its travel advice for the country',note='undated (travel advice raised)')
e('430','2022-01-11','statement',None,[TOK],'told parliament on Tuesday')
e('430','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing on Thursday',note='future Thursday')
e('430','2022-01-02','protest','Kazakhstan',[],'protests over fuel prices began on 2 January')
e('430',None,'statement',None,['Global Mining Resources'],'told the market last week',note='"last week" is not a day')
e('430','2022-01-11','statement',None,['Peter Lowe'],'Its managing director, Peter Lowe, said on Tuesday')

# ---------------- 431 Deccan Herald (08 January 2022, Sat)
art('431',0,ln('431','Kazakhstan unrest: Parents'),ln('431','Parents of medical students from Karnataka'),'Deccan Herald','2022-01-08',[],'Bengaluru',
    ['DECCAN HERALD','Home > State > Top Karnataka Stories','DHNS, Bengaluru','Last Updated : 08 January 2022, 18:22 IST','Follow us on :',
     'Check out the latest DH videos here','Follow us on Facebook, Twitter and Instagram'])
q('431','My son called for two minutes at midnight. He said they are not allowed to go out, and food in the hostel is running short,','Shashikala Hegde','Shashikala Hegde','said',note='inverted cue: ," said NAME')
q('431','There is no need to panic. All the students we have reached are safe,','Manoj Rajan','he','said',note='he = Manoj Rajan, Commissioner of the KSDMA; words invented')
q('431','in constant contact','Arindam Bagchi','External Affairs Ministry spokesperson Arindam Bagchi','had said',partial=True,note='pluperfect cue "had said"; words invented')
q('431','Those who do not surrender will be eliminated,',TOK,'he','said',note='paraphrased; "he said in a televised address"')
q('431','We heard shooting on Wednesday night and again the day before yesterday,',None,'A second-year student from Mangaluru','said',note='anonymous student ("who did not wish to be named"); saw is the descriptive mention; relative days inside the quote are not events')
q('431','Now it is quiet, but nobody tells us anything.',None,'A second-year student from Mangaluru','said',note='continuation after "she said."')
c('431','killed',26,None,"'armed criminals' killed",MIA,"26 'armed criminals' were killed",note='single-quoted label (excluded from quotes)')
c('431','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
c('431','killed',18,None,'members of the security forces killed','state television','18 members of the security forces had died')
c('431','troops_deployed',2500,'about','CSTO soldiers taking part','Moscow','around 2,500 soldiers would take part',note='"Moscow said"')
e('431','2022-01-07','statement','New Delhi',['Arindam Bagchi'],'had said in New Delhi on Friday')
e('431','2022-01-07','casualty_report',None,[MIA],"interior ministry said on Friday that 26")
e('431',None,'troop_deployment','Kazakhstan',[CSTO],'have arrived in the country',note='undated')
e('431','2022-01-07','statement',None,[TOK],'said on Friday that he had authorised')

# ---------------- 432 Daily Sabah opinion column (Jan 10, 2022, Mon)
art('432',0,ln('432','Kazakhstan crisis is a test'),ln('432','The events of the past week'),'Daily Sabah','2022-01-10',['Selin Aydemir'],None,
    ['DAILY SABAH','OPINION › COLUMNS','by Selin Aydemir','Jan 10, 2022 12:05 am','- Columnist','SHARE   f   t   in   ✉',
     '* Professor of international relations at Ankara Social Sciences University',
     "The views expressed in this article are the author's own and do not necessarily reflect the editorial stance of Daily Sabah.",
     'DAILY SABAH NEWSLETTER',"Keep up to date with what's happening in Turkey, its region and the world.",'SUBSCRIBE'])
q('432','solidarity with brotherly Kazakhstan',ERD,'President Recep Tayyip Erdoğan','expressed',partial=True,note='reported "according to the Turkish Communications Directorate"; speaker = Erdoğan (subject of "expressed"); words invented')
q('432',"Kazakhstan's stability is the stability of the whole Turkic world,",CAV,'he','told',note='he = Foreign Minister Mevlüt Çavuşoğlu; words invented')
q('432','act as an organization, not just issue statements.',CAV,'he','adding',partial=True,note='full stop inside the mark')
q('432','We offered words, the Russians offered aircraft.',None,'one Ankara-based diplomat','put it',note='anonymous diplomat; "As one … put it to me,"')
q('432','stand shoulder to shoulder','Baghdad Amreyev','Secretary-General Baghdad Amreyev','has said',partial=True,note='words invented')
c('432','troops_deployed',2500,'about','CSTO troops, mostly Russian',None,'Some 2,500 troops',note='"Some" normalised to about')
c('432','killed',164,None,'people killed','Kazakh authorities','164 people have been killed')
c('432','detained',5800,None,'people detained','Kazakh authorities','5,800 detained')
e('432','2022-01-02','protest','Zhanaozen',[],'What began on Jan. 2 as a protest')
e('432',None,'other',None,[TOK,CSTO],'a request by President Kassym-Jomart Tokayev for help',note='undated request')
e('432',None,'troop_deployment','Kazakhstan',[CSTO],'arrived within days',note='undated')
e('432','2022-01-07','talks',None,[ERD,TOK],'President Recep Tayyip Erdoğan spoke by phone with Tokayev',note='"last Friday" (previous sentence) from Monday 10 Jan')
e('432',None,'statement','Ankara',[CAV],'he told reporters in Ankara',note='undated')
e('432','2022-01-11','talks',None,['Organization of Turkic States'],'extraordinary video meeting this Tuesday',note='future; "this Tuesday" from Monday 10 Jan')

# ---------------- 433 Voice of America with audio-player furniture (January 13, 2022, Thu)
art('433',0,ln('433','OSCE Talks End Week'),ln('433','VIENNA — A week of East-West'),'Voice of America','2022-01-13',['Natalie Brandt'],'VIENNA',
    ['Voice of America','Europe','January 13, 2022 04:32 PM','Natalie Brandt','Listen to this article','No media source currently available','0:00 0:04:12 0:00',
     'Download','Embed','The code has been copied to your clipboard.','The URL has been copied to your clipboard','Share','Print',
     "VOA's Daria Kovalenko contributed to this report.",'Related','Follow us','Facebook  Twitter  YouTube  Instagram'],
    sections=(ln('433','Kazakhstan pullout begins'),))
q('433','We cannot treat this as business as usual,','Zbigniew Rau','Rau','told',note='words invented')
q('433','The OSCE was built for exactly such moments, and we must use it.','Zbigniew Rau','Rau','told',note='second half of a split quote')
q('433','Every warning light we have is flashing red,',CARP,'he','said',note='he = Michael Carpenter; words invented')
q('433','not a sign of good faith.',CARP,'he','adding',partial=True,note='full stop inside the mark; a figure (100,000) in the same sentence')
q('433','We are not going to wait forever for a written answer,','Alexander Lukashevich','Lukashevich','said',note='words invented')
q('433','Our positions are still very far apart,',RYA,'he','told',note='he = Ryabkov; words invented')
q('433','We saw last week what they can do in 48 hours,',CARP,'he','said',note='"last week" and "48 hours" inside the quote: not events/claims')
c('433','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'U.S. officials',"about 100,000 Russian troops near Ukraine's borders")
c('433','troops_deployed',2030,None,'CSTO troops in the Kazakhstan deployment',CSTO,'2,030 troops had taken part')
c('433','detained',10000,'about','people detained in Kazakhstan','Kazakh officials','about 10,000 people were detained')
e('433','2022-01-13','talks','Vienna',['OSCE'],'ended Thursday in Vienna')
e('433','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('433','2022-01-12','talks','Brussels',['NATO','Russia'],'in Brussels on Wednesday')
e('433','2022-01-13','statement',None,[RYA],'said Thursday that he saw no grounds')
e('433','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began withdrawing troops from Kazakhstan',note='"Also Thursday"')
e('433','2022-01-19','withdrawal','Kazakhstan',[CSTO],'would be completed by Jan. 19',note='planned completion')

# ---------------- 434 Euronews "Good Morning Europe" digest (10/01/2022, Mon): one article with four sections
art('434',0,ln('434','Good Morning Europe: US-Russia'),ln('434','Good morning and welcome'),'Euronews','2022-01-10',[],None,
    ['euronews.','Good Morning Europe','By Euronews','Updated: 10/01/2022 - 07:58','Share this article','Comments',
     "That's all for this morning. Subscribe to Good Morning Europe to receive it in your inbox every weekday.",'More from world'],
    sections=(ln('434','1. US and Russia'),ln('434','2. Kazakhstan: a day'),ln('434',"3. Djokovic's visa appeal"),ln('434','4. Storms in the Alps')))
q('434','The talks will be difficult, but we are not going to be naive,',RYA,'Ryabkov','told',note='words invented')
q('434','the right of every nation to choose its own partners.','US State Department','The US State Department','said',partial=True,note='about what Sherman stressed; speaker is the department (subject of "said")')
q('434','The situation is stabilising in all regions,',KPPO,'the presidential press service','said in a statement',note='inverted order: "…," the presidential press service said in a statement on Sunday')
c('434','killed',164,None,'people killed in the unrest',MOH,'164 people had been killed',note='later removed from official channels')
c('434','killed',103,None,'people killed in Almaty',MOH,'including 103 in Almaty',note='subset of the 164')
c('434','detained',5800,None,'people detained',MIA,'5,800 people had been detained')
e('434','2022-01-10','talks','Geneva',['Russia','United States'],'meet in Geneva today')
e('434','2022-01-09','talks','Geneva',['Wendy Sherman',RYA],'had a working dinner with',note='"on Sunday" from Monday 10 Jan')
e('434','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO and Russia meet in Brussels on Wednesday')
e('434','2022-01-13','talks','Vienna',['OSCE'],'the OSCE in Vienna on Thursday')
e('434','2022-01-10','other','Kazakhstan',[],'holds a national day of mourning today')
e('434','2022-01-09','casualty_report',None,[MOH],'The health ministry said on Sunday')
e('434','2022-01-10','talks',None,[TOK,CSTO],'extraordinary CSTO video summit today')
e('434','2022-01-09','statement',None,[KPPO],'said in a statement on Sunday')

# ---------------- 435 Interfax-Ukraine wire (15:46 12.01.2022, Wed)
art('435',0,ln('435','Kuleba: Kazakhstan showed'),ln('435','KYIV. Jan 12 (Interfax-Ukraine)'),'Interfax-Ukraine','2022-01-12',[],'KYIV',
    ['Interfax-Ukraine','News › Politics','15:46 12.01.2022','Tags: #Kuleba #Kazakhstan #NATO #CSTO','Interfax-Ukraine, Ukrainian news, Interfax-Ukraine — 2022',
     'All rights reserved. Reference to Interfax-Ukraine is required when using the materials of the site.'])
q('435','In less than two days Russia put thousands of soldiers into another country. Everyone who says that an attack on Ukraine would take weeks to prepare should look at Almaty,','Dmytro Kuleba','Kuleba','said',note='words invented; "thousands" is vague (no claim)')
q('435','Nothing about Ukraine without Ukraine. This principle is working, and our partners are keeping to it,','Dmytro Kuleba','he','said',note='opens with a slogan, but the whole span is attributed to Kuleba')
q('435','minute by minute.','Oleksiy Danilov','Secretary of the National Security and Defense Council Oleksiy Danilov','said',partial=True,note='full stop inside the mark')
q('435','For the Kremlin, Kazakhstan was a training ground,','Oleksandr Zavitnevych','the MP','said',note='title-only mention after the quote; words invented')
c('435','troops_deployed',120000,'more than','Russian troops near the Ukrainian border and in the occupied territories','Ukrainian intelligence','more than 120,000 troops')
c('435','troops_deployed',2030,None,'CSTO servicemen sent to Kazakhstan',None,'sent 2,030 servicemen to Kazakhstan')
e('435','2022-01-12','statement','Kyiv',['Dmytro Kuleba'],'at a briefing in Kyiv on Wednesday')
e('435','2022-01-12','talks','Brussels',['NATO','Russia'],'which is taking place on Wednesday')
e('435','2022-01-11','statement',None,[TOK],'On Tuesday Tokayev announced')
e('435','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin on January 13')
e('435','2022-01-11','statement',None,['Oleksiy Danilov'],'said the day before that Kyiv',note='"the day before" = Tuesday 11 Jan')
e('435',None,'statement',None,['Ukrainian Foreign Ministry'],'had advised citizens to refrain',note='"reported earlier": undated')

# ---------------- 436 Greek Reporter (January 8, 2022, Sat)
art('436',0,ln('436','Greeks of Kazakhstan Safe'),ln('436','Members of the Greek community'),'Greek Reporter','2022-01-08',['Eleni Markou'],None,
    ['Greek Reporter','Europe | Greece | World','By Eleni Markou','January 8, 2022','Share  Tweet  Share  Email',
     'Almaty, Kazakhstan, in quieter times. Credit: Ninara / Flickr / CC BY 2.0','Related: Greek Students Return Home From Ukraine as Tensions Rise',
     'Tags: Almaty, Greek community, Kazakhstan, Pontic Greeks','© 2022 Greek Reporter. All Rights Reserved.'])
q('436','We have called every family we know. Thank God, none of our people were hurt, although many shops belonging to Greeks on Furmanov Street were damaged,',SAV,'Ioannis Savvidis','said',note='inverted cue ," said NAME')
q('436','monitoring developments with great concern',GRMFA,"Greece's Ministry of Foreign Affairs",'said',partial=True)
q('436','calm and dialogue will prevail.','Nikos Dendias','Dendias','expressed the hope',partial=True,note='reported via "According to the source,"; words invented')
q('436','We will celebrate when the guns are quiet,',SAV,'he','said')
q('436','Maybe for Orthodox Easter.',SAV,'he','said',note='continuation after "he said."')
c('436','killed',26,None,'armed rioters "liquidated"',MIA,'26 armed rioters had been',note='one-word "liquidated" excluded from quotes, as gold 000')
c('436','killed',18,None,'police and soldiers killed',MIA,'18 police and soldiers had died')
c('436','detained',4400,'more than','people detained',MIA,'More than 4,400 people have been detained')
c('436','troops_deployed',2500,'about','CSTO soldiers sent to Kazakhstan',None,'some 2,500 soldiers')
e('436','2022-01-08','statement',None,[SAV],'told Greek Reporter on Saturday')
e('436','2022-01-06','statement',None,[GRMFA],'said on Thursday that it was')
e('436','2022-01-07','talks',None,['Nikos Dendias','Mukhtar Tileuberdi'],'by phone on Friday')
e('436','2022-01-02','protest','Kazakhstan',[],'fuel prices on January 2')
e('436','2022-01-07','casualty_report',None,[MIA],'interior ministry said on Friday that 26')
e('436','2022-01-08','casualty_report',None,[MIA],'the ministry said today',note='"today" = publication day')
e('436',None,'troop_deployment','Kazakhstan',[CSTO],'were sent to the country',note='undated')
# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(HAY,'person',['Yoshimasa Hayashi','Hayashi'],['Foreign Minister'],'Japan',[],[],note='words invented'),
 sp(MAR,'organisation',['Marunaka Trading Co.'],[],'Japan',['a spokesman for Marunaka Trading Co.','he'],note='invented company; its spokesman is unnamed'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['he'],note='canonical as in gold; only "Sergei" is printed here; words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['he']),
 sp('Marise Payne','person',['Marise Payne','Payne'],['The foreign minister'],'Australia',[],[],note='words invented'),
 sp('Meruyert Abenova','person',['Meruyert Abenova'],['a lecturer in Central Asian politics at the Australian National University'],'Kazakhstan',['she','She'],['Dr Meruyert Abenova'],note='invented'),
 sp('Peter Lowe','person',['Peter Lowe'],['managing director'],'Australia',[],[],note='invented (Global Mining Resources is invented)'),
 sp('Penny Wong','person',['Penny Wong'],['The shadow foreign minister'],'Australia',[],[],note='words invented'),
 sp('Shashikala Hegde','person',['Shashikala Hegde'],['a resident of Shivamogga'],'India',[],[],note='invented'),
 sp('Manoj Rajan','person',['Manoj Rajan'],['Commissioner of the KSDMA'],'India',['he'],note='words invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi'],['External Affairs Ministry spokesperson'],'India',[],[],note='words invented'),
 sp(ERD,'person',['Recep Tayyip Erdoğan'],['President'],'Turkey',[],[],note='words invented'),
 sp(CAV,'person',['Mevlüt Çavuşoğlu'],['Foreign Minister'],'Turkey',['he'],note='words invented'),
 sp('Baghdad Amreyev','person',['Baghdad Amreyev'],['Secretary-General'],'Kazakhstan',[],[],note='OTS Secretary-General; words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['Polish Foreign Minister'],'Poland',[],[],note='words invented'),
 sp(CARP,'person',['Michael Carpenter','Carpenter'],['The U.S. ambassador to the OSCE'],'United States',['he'],note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's envoy"],'Russia',[],[],note='words invented'),
 sp('US State Department','organisation',['US State Department'],[],'United States',['The US State Department']),
 sp(KPPO,'organisation',['presidential press service'],[],'Kazakhstan',['the presidential press service']),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba','Kuleba'],['Minister of Foreign Affairs of Ukraine'],'Ukraine',['he'],note='words invented'),
 sp('Oleksiy Danilov','person',['Oleksiy Danilov'],['Secretary of the National Security and Defense Council'],'Ukraine',[],[],note='words invented'),
 sp('Oleksandr Zavitnevych','person',['Oleksandr Zavitnevych'],['Member of the Verkhovna Rada Committee on National Security'],'Ukraine',['the MP'],note='words invented'),
 sp(SAV,'person',['Ioannis Savvidis','Savvidis'],['the head of the Greek Society of Almaty'],'Kazakhstan',['he'],note='invented'),
 sp(GRMFA,'organisation',["Greece's Ministry of Foreign Affairs"],[],'Greece'),
 sp('Nikos Dendias','person',['Nikos Dendias','Dendias'],['Foreign Minister'],'Greece',[],[],note='words invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['The alliance'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(MOH,'organisation',['health ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of the 164/103 figures in 434'),
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
