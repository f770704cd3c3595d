#!/usr/bin/env python3
"""Source of the devset134 annotation: the hand-chosen spans, values and dates for 1165-1172.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset134/annotation_source.py && python3 tests/devset134/verify.py
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
    L=T[doc(p)].split('\n'); hits=[i+1 for i,l in enumerate(L) if l==s or l.startswith(s)]
    assert len(hits)==1,(p,s,hits); return hits[0]
def art(p,index,headline,first,outlet,published,authors,dateline,boiler,ls=1,le=None,note=None):
    """headline / first: the start of the exact line (located by hand-chosen text, must be unique)."""
    f=doc(p); L=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in L,(f,b)
    for a in authors: assert a in T[f],(f,a)
    if dateline: assert dateline in T[f],(f,dateline)
    A.append(dict(doc=f,index=index,headline=L[ln(p,headline)-1],first_line=cut80(L[ln(p,first)-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=[]))
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
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
MOH='Kazakh Ministry of Health'; AFMOC='Afghan Ministry of Commerce and Industries'
KHMFA='Cambodian Ministry of Foreign Affairs and International Cooperation'; SLTB='Sri Lanka Tea Board'

# ---------------- 1165 Pajhwok Afghan News item (Jan 8, 2022, a Saturday)
art('1165',0,'Afghan traders stranded','KABUL (Pajhwok):','Pajhwok Afghan News','2022-01-08',[],'KABUL',
    ['Pajhwok Afghan News','Home » Business » Regional','Jan 8, 2022 - 15:42','By Pajhwok Reporter','Views: 1,284','(ha/ma)','Related:',
     'Afghan wheat imports drop 20pc in December','Copyright © 2022 Pajhwok Afghan News. All rights reserved.'],
    note='"By Pajhwok Reporter" is a generic staff byline (authors []); "(ha/ma)" are editors\' initials')
q('1165','If the border stays closed for another week, the poor will feel it first,','Khan Agha Sherzad','he','said',note='he = Sherzad, named in the paragraph before')
q('1165','We have 40 wagons stuck at Hairatan and nobody can tell us when they will move.','Khan Agha Sherzad','he','said',note='second half after "he said."; a count of wagons inside the quote (not a claim)')
q('1165','in contact with the Kazakh side',AFMOC,'The Ministry of Commerce and Industries','said',partial=True)
q('1165','within days',AFMOC,'The Ministry of Commerce and Industries','said',partial=True,note='two-word partial after "expected supplies to resume", same sentence as "said"; borderline (could be read as a scare quote)')
q('1165','fire without warning',TOK,'President Kassym-Jomart Tokayev','said',partial=True,note='"said on Friday he had authorised security forces to “…”"')
q('1165','We stayed inside for four days. On Thursday we heard shooting all night near the square,',None,'the 23-year-old','said',note='anonymous Afghan student (introduced in the paragraph before); the quote opens its own paragraph; "On Thursday" inside the quote is not an event')
q('1165','Uzbekistan can send flour too, but the price is higher,','Khan Agha Sherzad','he','added',note='he = Sherzad (surname-only mention in the previous sentence)')
q('1165','peace and stability','Abdul Qahar Balkhi','Abdul Qahar Balkhi','wrote',partial=True,note='"wrote on Twitter … that Afghanistan hoped for “…”"')
c('1165','detained',3811,None,'people detained across Kazakhstan',MIA,'3,811 people had been detained')
c('1165','killed',26,None,'"armed criminals" killed','officials','26 "armed criminals" had been killed',note='label "armed criminals" excluded from quotes')
c('1165','killed',18,None,'members of the security forces killed','officials','18 members of the security forces had died')
c('1165','troops_deployed',2500,'about','CSTO force in Kazakhstan',RDM,'now numbers about 2,500 troops')
e('1165','2022-01-02','protest','Kazakhstan',[],'the unrest that began in Kazakhstan last Sunday',note='"last Sunday" from Saturday 8 Jan')
e('1165','2022-01-08','statement','Kabul',['Khan Agha Sherzad'],'told Pajhwok Afghan News on Saturday')
e('1165',None,'statement',None,[AFMOC],'expected supplies to resume',note='undated ministry statement')
e('1165','2022-01-07','casualty_report',None,[MIA],'the interior ministry said on Friday')
e('1165','2022-01-07','statement',None,[TOK],'said on Friday he had authorised security forces')
e('1165','2022-01-05','other',None,[TOK,CSTO],'which Tokayev called in on Wednesday',note='request for CSTO help')
e('1165','2022-01-06','statement',None,['Abdul Qahar Balkhi'],'wrote on Twitter on Thursday')

# ---------------- 1166 Kuensel piece (January 10, 2022, a Monday)
art('1166',0,'Bhutanese in Kazakhstan safe','All 31 Bhutanese','Kuensel','2022-01-10',['Thinley Namgay'],None,
    ['KUENSEL',"Bhutan's National Newspaper",'Home   Nation   Business   Opinion   Sports   Editorial','January 10, 2022','Thinley Namgay',
     'Edited by Tshering Palden','Related Stories','Facebook   Twitter   WhatsApp   Email','© Kuensel Corporation Ltd. 2022'])
q('1166','There is no need for parents to panic. Our people are indoors and they have food,','Tandi Dorji','Lyonpo','said',note='"Lyonpo" (Dzongkha honorific for a minister) used alone as the attributing mention; full form "Foreign Minister Lyonpo Dr Tandi Dorji"')
q('1166','The situation is being monitored round the clock,','Tandi Dorji','he','added',note='split by the interposed "he added,"')
q('1166','and if it becomes necessary, we will arrange their return.','Tandi Dorji','he','added',note='second half of the split quote')
q('1166','It was like living in a blackout,',None,'the student','said',note='anonymous student from Trashigang')
q('1166','We could only hear helicopters.',None,'the student','said',note='second half after "the student said."')
q('1166','The peacekeepers came at our request and they will go home when the job is done,',TOK,'he','said',note='he = Tokayev (previous sentence)')
q('1166','My son called me on Saturday night and I could finally sleep,','Dechen Wangmo','Dechen Wangmo','said',note='inverted cue "said Dechen Wangmo, 54"; "Saturday night" inside the quote is not an event')
c('1166','killed',164,None,'people killed in the unrest','state media','164 people had been killed',note='"officials later called the figure a technical error"; kept as reported')
c('1166','detained',5800,'more than','people detained',MIA,'more than 5,800 people had been detained')
e('1166','2022-01-09','statement',None,['Bhutanese Ministry of Foreign Affairs'],'confirmed yesterday',note='"yesterday" from Monday 10 Jan')
e('1166','2022-01-08','other','Almaty',[],'the internet returned on Saturday',note='internet restored')
e('1166','2022-01-09','casualty_report',None,['state media'],'Kazakh state media reported on Sunday')
e('1166','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'who began arriving last Thursday',note='"last Thursday" from Monday 10 Jan')
e('1166','2022-01-07','statement',None,[TOK],'he said in a televised address on Friday')
e('1166','2022-01-10','talks','Geneva',['Russia','United States'],'begin talks in Geneva today',note='"today" = publication day')

# ---------------- 1167 Prothom Alo English piece (Updated: 11 Jan 2022, a Tuesday)
art('1167',0,'Russia, US end Geneva talks','Senior diplomats from Russia','Prothom Alo','2022-01-11',[],'Dhaka',
    ['Prothom Alo','English','International','Prothom Alo English Desk','Dhaka','Updated: 11 Jan 2022, 18:30','Facebook   Twitter   Whatsapp   Copy link',
     'Read more: What the CSTO is and why it went to Kazakhstan','Also Read','Bangladesh watching Kazakhstan situation closely: FM',
     'Follow Prothom Alo English on Facebook, Twitter and Instagram','© Prothom Alo 2022. All rights reserved.'],
    note='"Prothom Alo English Desk" is a desk, not a person (authors []); "Dhaka" on its own line under the desk is taken as the dateline')
q('1167','For us it is a matter of national security that Ukraine does not join NATO, not now and not in the future,','Sergey Ryabkov','Russian deputy foreign minister Sergei Ryabkov','told',note='quote first, then "Russian deputy foreign minister Sergei Ryabkov told reporters …, according to AFP" (the agency is not the speaker)')
q('1167','proposals that simply cannot be accepted','Wendy Sherman','US deputy secretary of state Wendy Sherman','said',partial=True)
q('1167','candid and useful','Wendy Sherman','She','described',partial=True,note='cue "described the discussion as"')
q('1167','The main task of the collective forces has been carried out,',TOK,'Tokayev','told')
q('1167','a timely and necessary step',TOK,'Tokayev','calling',partial=True,note='same sentence as the full quote; cue is the participle "calling … “…”"')
q('1167','All our nationals there are safe, and the mission in Moscow is in contact with them,','Kamrul Hasan','Kamrul Hasan','told',note='name + long role in commas before "told Prothom Alo"')
c('1167','troops_deployed',2000,'about','CSTO force in Kazakhstan',None,'the roughly 2,000-strong force',note='"roughly" → about; compound adjective "2,000-strong"')
c('1167','detained',9900,'about','people detained in connection with the riots',MIA,'some 9,900 people have been detained',note='"some" → about')
c('1167','killed',164,None,'death toll',MOH,'put the death toll at 164')
e('1167','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov','Wendy Sherman'],'ended nearly eight hours of talks in Geneva on Monday')
e('1167','2022-01-11','statement',None,[TOK],'said on Tuesday that the troops')
e('1167','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'would begin leaving the country in two days',note='"in two days" from Tuesday 11 Jan (planned)')
e('1167','2022-01-11','appointment',None,['Alikhan Smailov'],'parliament approved Alikhan Smailov as the new prime minister',note='"On the same day" = Tuesday')
e('1167',None,'government_resignation',None,[],'a week after the previous government resigned',note='"a week after" is approximate; real date 2022-01-05')
e('1167','2022-01-11','statement','Dhaka',['Kamrul Hasan'],'told Prothom Alo on Tuesday')
e('1167','2022-01-12','talks','Brussels',['Russia','NATO'],'due to meet in Brussels on Wednesday',note='future')
e('1167','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')

# ---------------- 1168 Viet Nam News item (January, 13/2022 - 09:41, a Thursday)
art('1168',0,'CSTO force begins withdrawal','MOSCOW —','Vietnam News','2022-01-13',[],'MOSCOW',
    ['VIETNAM NEWS','THE NATIONAL ENGLISH LANGUAGE DAILY','World','January, 13/2022 - 09:41',
     'Servicemen of the CSTO collective peacekeeping forces at a ceremony in Almaty. — AFP/VNA Photo','Share   Tweet   Email','Related news',
     'Việt Nam calls for dialogue in Kazakhstan','Copyright by Vietnam News - All rights reserved.'],
    note='date format "January, 13/2022"; no byline, closing "— VNS" glued to the last body line')
q('1168','The mission has been fulfilled in full. The facilities we protected are being handed back to the Kazakh law enforcement agencies,','Andrei Serdyukov','Serdyukov','was quoted as saying',note='"Serdyukov was quoted as saying by the RIA news agency" (RIA is the relay, not the speaker)')
q('1168','Without the support of our allies, the situation in Almaty could have gone out of control,',TOK,'he','said')
q('1168','deep disagreements','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True)
q('1168','The risk of a new armed conflict in Europe is real,','Jens Stoltenberg','he','warned')
q('1168','useful but sobering','Alexander Grushko','Russian deputy foreign minister Alexander Grushko','called',partial=True,note='"called the meeting “…”"')
c('1168','troops_deployed',2000,'more than','CSTO force being withdrawn',RDM,'more than 2,000 troops',note='"about 250 units of military equipment" is not a claim')
c('1168','detained',10000,'almost','people detained since the start of the riots',MIA,'nearly 10,000 people had been detained')
e('1168','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'will start pulling out of Kazakhstan today',note='"today" = publication day')
e('1168','2022-01-12','statement','Almaty',['Andrei Serdyukov'],'Colonel General Andrei Serdyukov, said on Wednesday',note='speech at a ceremony')
e('1168',None,'statement',None,[TOK],'addressing the peacekeepers via video link',note='undated')
e('1168','2022-01-12','casualty_report',None,[MIA],'The Kazakh interior ministry said on Wednesday')
e('1168','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko'],'NATO–Russia Council in Brussels on Wednesday')
e('1168','2022-01-13','talks','Vienna',['OSCE'],'set to meet in Vienna on Thursday',note='future (same day as publication)')
e('1168','2022-01-02','protest','Mangystau',[],'began on January 2')

# ---------------- 1169 Mint (livemint) wire piece (Updated: 13 Jan 2022, a Thursday)
art('1169',0,"Russia sees 'no grounds'",'Russia said on Thursday that it saw','Mint','2022-01-13',[],None,
    ['mint','Home / News / World','3 min read . Updated: 13 Jan 2022, 10:47 PM IST','Reuters','Listen to this article',
     'This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.',
     'Catch all the Politics News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.',
     'Topics','Russia   NATO   OSCE   Kazakhstan   Ukraine','MORE FROM THIS SECTION','See All'],
    note='"Reuters" on its own line is the agency, not an author (authors []); first_line is the summary (dek) line 7, which nearly repeats the first body sentence')
q('1169','There is no reason to meet again next week and repeat everything we have already said,','Sergey Ryabkov','Russian deputy foreign minister Sergei Ryabkov','told')
q('1169','Our task is to keep talking, even when talking is hard,','Zbigniew Rau','Rau','told',note='full name in the paragraph before (reported, unquoted speech)')
q('1169','crisis in European security','Michael Carpenter','US ambassador to the OSCE Michael Carpenter','described',partial=True,note='cue "described the moment as a “…”"')
q('1169','the noise of war is getting louder','Michael Carpenter','US ambassador to the OSCE Michael Carpenter','warned',partial=True)
q('1169','without delay','Alexander Lukashevich',"Russia's envoy Alexander Lukashevich",'said',partial=True,note='two-word partial with a speech verb; borderline')
q('1169','main task',TOK,'The Kazakh leader','told',partial=True,note='two-word partial, title-only mention; borderline (could be read as a scare quote)')
q('1169','Twelve planes carrying our servicemen have left Almaty,',RDM,'a ministry statement','said',note='"a ministry statement said" = Russia\'s defence ministry (two paragraphs earlier); "Twelve planes" is not a claim')
c('1169','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'US estimates','about 100,000 troops')
c('1169','troops_deployed',2030,'about','CSTO force sent to Kazakhstan',RDM,'some 2,030 troops',note='"some" → about; same sentence as "Russia\'s defence ministry said"')
c('1169','killed',164,'at least','people killed in the unrest',MOH,'At least 164 people were killed')
e('1169','2022-01-13','statement',None,['Sergey Ryabkov'],'Russia said on Thursday it saw no reason',note='body sentence; the dek repeats it in other words')
e('1169',None,'talks','Vienna',['OSCE','Zbigniew Rau','Michael Carpenter','Alexander Lukashevich'],'Rau told the OSCE Permanent Council',note='no day word in the sentence; headline/dek imply 2022-01-13')
e('1169','2022-01-13','troop_withdrawal','Kazakhstan',[RDM,CSTO],"Russia's defence ministry said on Thursday",note='first paratroopers flown home')
e('1169',None,'troop_deployment','Kazakhstan',[CSTO],'was sent last week',note='"last week" is a period; real 2022-01-06')
e('1169','2022-01-11','statement',None,[TOK],'told parliament on Tuesday')
e('1169',None,'statement',None,['Indian Ministry of External Affairs'],'had said earlier that it was closely following',note='undated')

# ---------------- 1170 Phnom Penh Post piece (08 January 2022, a Saturday)
art('1170',0,'Cambodia, as ASEAN chair','Cambodia has called for restraint','The Phnom Penh Post','2022-01-08',['Sok Rathana Pich'],None,
    ['The Phnom Penh Post','National / Politics','Sok Rathana Pich','Publication date 08 January 2022 | 19:05 ICT','Share this:','Read more:',
     "Hun Sen takes up ASEAN chair, vows ‘ASEAN for all’",'Most Viewed','Back to top'])
q('1170','return to normal life as soon as possible',KHMFA,'Cambodia','saying',partial=True,note='straight marks here, curly marks later in the same article; the country name stands for the ministry named in the next paragraph')
q('1170','with deep concern',KHMFA,'the Ministry of Foreign Affairs and International Cooperation','said',partial=True)
q('1170','According to our information, there are only a few Cambodians in Kazakhstan, mostly students on scholarships. We have asked them to stay at home and follow the instructions of local authorities,','Chum Sounry','he','said',note='"According to" inside the quote is not the cue')
q('1170','How can anyone talk with people who kill and loot?',TOK,'he','asked',note='question mark inside the marks, cue "asked"')
q('1170','Phnom Penh wants to show that the chair speaks for stability everywhere, not only in Southeast Asia,','Meas Sovann','he','said')
q('1170','But the message is also for home: the government sees street protests as a threat, and it says so.','Meas Sovann','he','said',note='second quote after "he said."')
q('1170','Cambodia will not take sides between the big powers,','Meas Sovann','Sovann','said',note='Khmer name (family name Meas first) but the paper uses the given name "Sovann" as a surname')
c('1170','detained',4404,None,'people detained','Kazakh authorities','4,404 people had been detained')
c('1170','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('1170','killed',16,'at least','police officers and national guardsmen killed','Kazakh media','at least 16 police officers and national guardsmen died')
c('1170','troops_deployed',2500,'about','CSTO force in Kazakhstan',CSTO,'its force numbers about 2,500',note='"The alliance says"; "four other member states" is not a claim')
e('1170','2022-01-07','statement',None,[KHMFA],'In a statement released on Friday')
e('1170','2022-01-08','statement','Phnom Penh',['Chum Sounry'],'told The Post on Saturday')
e('1170','2022-01-08','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Saturday')
e('1170','2022-01-07','statement',None,[TOK],'rejected calls for talks with protesters on Friday')
e('1170','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'sent troops to the country on Thursday')

# ---------------- 1171 Sunday Observer (Sri Lanka) business piece (Sunday, January 9, 2022)
art('1171',0,'Kazakh turmoil clouds','Sri Lankan tea exporters fear','Sunday Observer','2022-01-09',['Dilanthi Jayawardena'],None,
    ['Sunday Observer',"Sri Lanka's Premier Sunday Newspaper",'Business','Sunday, January 9, 2022 - 01:00','by Dilanthi Jayawardena','Font size: - +',
     'Comments','Add new comment','Copyright © 2022 Associated Newspapers of Ceylon Ltd.'],
    note='the date line comes before the headline; lower-case "by"')
q('1171','We have containers at sea and no way of knowing if the buyer will even be at his office when they arrive,','Nihal Wickramasooriya','Nihal Wickramasooriya','said',note='inverted "said NAME, a director of …"')
q('1171','This is a small market for us, but it is a loyal one.','Nihal Wickramasooriya','Nihal Wickramasooriya','said',note='second quote in the same paragraph')
q('1171','assess the impact',SLTB,'The Sri Lanka Tea Board','said',partial=True)
q('1171','panic over one week of bad news',None,'A senior official at the board','said',partial=True,note='anonymous official')
q('1171','Whoever refuses to lay down arms will be eliminated,',TOK,'he','said',note='one-word "terrorists" in the same paragraph is excluded')
q('1171','The buyers in Almaty also supply Kyrgyzstan and Uzbekistan. If that hub is disrupted for a month, we lose more than one country,','Ruwani Perera','she','said',note='she = Dr Ruwani Perera (paragraph before)')
q('1171','Tea is the last thing people stop buying,',None,'he','said',note='anonymous "An exporter in Kandy"')
c('1171','detained',4404,None,'people detained',MIA,'4,404 people had been detained')
c('1171','troops_deployed',2500,'about','troops from a Russian-led alliance in Kazakhstan','Russian news agencies','around 2,500 troops',note='"around" → about')
e('1171','2022-01-04','other','Kazakhstan',[],'since Tuesday, when banks and the internet were shut down',note='"Tuesday" before Sunday 9 Jan (as the text says; other sources give 5 Jan)')
e('1171','2022-01-07','statement',None,[SLTB],'The Sri Lanka Tea Board said on Friday')
e('1171','2022-01-02','protest','Zhanaozen',[],'The unrest began last Sunday',note='"last Sunday" from Sunday 9 Jan = a week before')
e('1171','2022-01-05','government_resignation',None,[],'The government resigned on Wednesday')
e('1171','2022-01-08','casualty_report',None,[MIA],"interior ministry said yesterday")
e('1171',None,'statement',None,[TOK],'in a televised speech',note='undated (real: 7 Jan)')

# ---------------- 1172 Sun Online (Maldives) piece (12 January 2022, MVT 14:05, a Wednesday)
art('1172',0,'Air Astana suspends Malé flights',"Kazakhstan's national carrier Air Astana",'Sun Online','2022-01-12',['Mariyam Shiuna'],None,
    ['SUN','Sun Online | Maldives','News   Business   Travel   Sports   Dhivehi','Mariyam Shiuna','12 January 2022, MVT 14:05','Photo: Sun / Mohamed Athif',
     'An Air Astana aircraft at Velana International Airport. (Photo/Sun)','Share   Tweet   WhatsApp','Related','Russia remains top source market for 2021',
     '© 2022 Sun Media Group. All rights reserved.'],
    note='photo credit (Mohamed Athif) is not an author; the caption line precedes the body')
q('1172','Kazakhstan is one of our fastest-growing markets and we are confident the flights will return soon,','Abdulla Mausoom','Mausoom','said',note='inverted "said Mausoom"; honorific "Dr" in the first mention')
q('1172','We have asked resorts to be flexible with guests who cannot travel.','Abdulla Mausoom','Mausoom','said')
q('1172','almost every booking for the second half of January','Abdulla Ghiyas','MATATO secretary general Abdulla Ghiyas','According to',partial=True,note='"According to NAME, “…” from Kazakhstan had been cancelled"')
q('1172','closely following the situation in Kazakhstan','Abdulla Shahid','Foreign Minister Abdulla Shahid','said',partial=True)
c('1172','troops_deployed',2000,'about','Russian troops in the CSTO force',None,'Russia had sent about 2,000 of the troops')
c('1172','killed',164,None,'people killed','Kazakh authorities','164 people were killed')
c('1172','detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 detained',note='"nearly" → almost; shares the subject of the previous claim')
e('1172',None,'other','Almaty',['Air Astana'],'has suspended its flights between Almaty and Malé',note='flight suspension, undated')
e('1172',None,'other','Almaty',[],'closed Almaty airport for several days last week',note='"last week" is a period')
e('1172','2022-01-12','statement',None,['Abdulla Mausoom'],'Speaking to Sun on Wednesday',note='Wednesday = publication day')
e('1172','2022-01-10','other','Malé',[],'flew home via Dubai on Monday')
e('1172','2022-01-06','other',None,['MATATO'],'cancellations had started on January 6')
e('1172','2022-01-11','statement',None,[TOK],'said on Tuesday that peacekeeping troops')
e('1172',None,'troop_withdrawal','Kazakhstan',[CSTO],'would begin leaving Kazakhstan within two days',note='"within two days" is a deadline, not a day (contrast 1167 "in two days")')
e('1172',None,'statement',None,['Abdulla Shahid'],'said on Twitter last week',note='"last week" is a period')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special)+list(variants): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president","Kazakh President","Kazakhstan's President"],'Kazakhstan',['he','The Kazakh leader'],[]),
 sp('Khan Agha Sherzad','person',['Khan Agha Sherzad','Sherzad'],['head of the Kabul flour dealers union'],'Afghanistan',['he'],note='invented'),
 sp(AFMOC,'organisation',['Ministry of Commerce and Industries'],[],'Afghanistan',['The Ministry of Commerce and Industries']),
 sp('Abdul Qahar Balkhi','person',['Abdul Qahar Balkhi'],['spokesman of the Ministry of Foreign Affairs'],'Afghanistan',note='real official; words invented'),
 sp('Tandi Dorji','person',['Tandi Dorji'],['Foreign Minister'],'Bhutan',['Lyonpo','he'],['Lyonpo Dr Tandi Dorji'],note='real official; words invented; "Lyonpo" honorific'),
 sp('Dechen Wangmo','person',['Dechen Wangmo'],[],'Bhutan',note='invented parent'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian deputy foreign minister'],'Russia',note='canonical from earlier sets; only "Sergei" printed here'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US deputy secretary of state'],'United States',['She']),
 sp('Kamrul Hasan','person',['Kamrul Hasan'],['director general (external publicity) of the foreign ministry'],'Bangladesh',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General','the commander of the force'],'Russia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway',['he']),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian deputy foreign minister'],'Russia'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],["Poland's foreign minister"],'Poland'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US ambassador to the OSCE'],'United States'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia'),
 sp(RDM,'organisation',["Russia's defence ministry",'Russian Defence Ministry','The Russian Defence Ministry'],[],'Russia',['a ministry statement']),
 sp(KHMFA,'organisation',['Ministry of Foreign Affairs and International Cooperation'],[],'Cambodia',['Cambodia']),
 sp('Chum Sounry','person',['Chum Sounry'],['Ministry spokesman'],'Cambodia',['he'],note='real official; words invented'),
 sp('Meas Sovann','person',['Meas Sovann','Sovann'],['a political analyst at a private university in Phnom Penh'],'Cambodia',['he'],note='invented'),
 sp('Nihal Wickramasooriya','person',['Nihal Wickramasooriya','Wickramasooriya'],['a director of a Colombo-based export firm'],'Sri Lanka',note='invented'),
 sp(SLTB,'organisation',['Sri Lanka Tea Board'],[],'Sri Lanka'),
 sp('Ruwani Perera','person',['Ruwani Perera'],['Trade analyst'],'Sri Lanka',['she'],['Dr Ruwani Perera'],note='invented; institute invented'),
 sp('Abdulla Mausoom','person',['Abdulla Mausoom','Mausoom'],['Tourism Minister'],'Maldives',[],['Dr Abdulla Mausoom'],note='real official; words invented'),
 sp('Abdulla Ghiyas','person',['Abdulla Ghiyas'],['MATATO secretary general'],'Maldives',note='words invented'),
 sp('Abdulla Shahid','person',['Abdulla Shahid'],['Foreign Minister'],'Maldives',note='real official; words paraphrased/invented'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='not quoted; source of figures in 6 files'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,[],[],quoted=False,note='not quoted; in every file'),
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
