#!/usr/bin/env python3
"""Source of the devset90 annotation: the hand-chosen spans, values and dates for 813-820.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset90/annotation_source.py && python3 tests/devset90/verify.py
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
    headline=headline_line if isinstance(headline_line,str) else L[headline_line-1]
    assert headline in T[f],(f,headline)
    A.append(dict(doc=f,index=index,headline=headline,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
KNB='Kazakh National Security Committee'; KHM='Kazakh Health Ministry'

# ---------------- 813 Semafor-style item (Jan 12, 2022, a Wednesday)
art('813',0,6,16,'Semafor','2022-01-12',['Marcus Ellery'],None,
    ['SEMAFOR','Security','Jan 12, 2022, 6:41pm EST','Updated Jan 12, 2022, 7:20pm EST','Marcus Ellery','Jan 12, 2022','Share','Twitter  Facebook  LinkedIn  Email',
     'Sign up for Semafor Flagship, our daily global newsletter.','© 2022 Semafor Inc.'],
    sections=(ln('813','THE NEWS'),ln('813','KNOW MORE'),ln('813',"MARCUS'S VIEW"),ln('813','ROOM FOR DISAGREEMENT'),ln('813','THE VIEW FROM KYIV'),ln('813','NOTABLE')))
q('813','The gaps between the Allies and Russia remain wide,','Jens Stoltenberg','Secretary-General Jens Stoltenberg','told',note='words invented; inverted-order cue "…," Secretary-General Jens Stoltenberg told reporters')
q('813','sit down again','Jens Stoltenberg','Secretary-General Jens Stoltenberg','adding',partial=True,note='"adding that the alliance was ready to “…”"')
q('813','The alliance continues to live in the logic of the last century,','Alexander Grushko','Grushko','said',note='words invented')
q('813','We came at the invitation of a legitimate government, and we will go home when the job is done,',None,'one Russian diplomat','told',note='anonymous diplomat "told me in the corridor"')
q('813','Tokayev wanted the Russians to be seen arriving and to be seen leaving,','Dosym Aliyev','he','wrote',note='invented analyst; written note, cue "wrote"; names inside the quote')
q('813','He does not want to owe Putin for long.','Dosym Aliyev','he','wrote',note='second half after the interposed "he wrote in a note for clients."; "He" inside the quote = Tokayev')
q('813','useful but not sufficient','Dmytro Kuleba','Dmytro Kuleba','called',partial=True,note='name set off by commas after the role: "Ukraine\'s foreign minister, Dmytro Kuleba, called …"')
c('813','troops_deployed',2030,'about','CSTO force at its peak',CSTO,'At its peak the CSTO force numbered about 2,030 troops',note='"the bloc said"')
c('813','killed',16,'at least','police officers and soldiers killed','Kazakh authorities','at least 16 police officers and soldiers were killed')
c('813','detained',10000,'almost','people detained','Kazakh authorities','nearly 10,000 people were detained')
e('813','2022-01-12','talks','Brussels',['NATO','Russia'],'sat across from each other in Brussels on Wednesday')
e('813','2022-01-10','talks','Geneva',['United States','Russia','Wendy Sherman'],'eight hours of US-Russia talks in Geneva on Monday')
e('813',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'a week after Russia flew paratroopers into Kazakhstan',note='"a week after" the 12 Jan meeting is approximate (real: from 6 Jan); left null')
e('813','2022-01-12','withdrawal','Kazakhstan',[RDM],"Russia's defense ministry said on Wednesday",note='announcement that the handover/withdrawal had started')
e('813','2022-01-13','talks','Vienna',['OSCE'],'meets in Vienna on Thursday',note='future; Thursday after Wednesday 12 Jan')
e('813',None,'statement',None,['Dmytro Kuleba'],'in a televised interview',note='undated')

# ---------------- 814 Morning Brew-style newsletter (Friday, January 7, 2022)
art('814',0,ln('814',"Kazakhstan's crisis lands in your portfolio"),6,'Morning Brew','2022-01-07',['Neal Hart','Abby Korsun'],None,
    ['Morning Brew ☕','Friday, January 7, 2022 | View in browser','Presented by Ledgerly','—Neal Hart, Abby Korsun','MARKETS',
     'Nasdaq      15,080.86    -0.13%','Uranium     $45.25/lb    +8.1%','*Stock data as of market close, cryptocurrency data as of 5:00pm ET.',
     '[image: Soldiers on a street in central Almaty. Photo: Getty Images]','Share the Brew | Unsubscribe','Morning Brew Inc. 22 W 19th St, 4th Floor, New York, NY 10011'],
    sections=(ln('814','WORLD'),ln('814','TOUR DE HEADLINES'),ln('814',"BREW'S BETS")))
q('814','in normal mode,','Kazatomprom','Kazatomprom','said',partial=True,note='comma inside the closing mark')
q('814','possible delays','Kazatomprom','it','warned of',partial=True,note='two-word evaluative wording with a speech verb; "it" = Kazatomprom')
q('814',"Kazakh miners went dark overnight, and there's no switch we can flip from New Jersey,",'Ilya Brandt','Ilya Brandt','said',note='invented; inverted cue "…," said Ilya Brandt, who runs …')
q('814','no idea','Ilya Brandt','He','added',partial=True,note='two-word partial; borderline (could be read as a scare quote)')
q('814','largely been restored',TOK,'Tokayev','said',partial=True,note='words invented')
q('814','You do not sit down at a table with people who burn hospitals,',TOK,'he','said',note='words invented; he = Tokayev')
q('814','Nobody priced in Almaty.',None,'one commodities trader','In the words of',note='cue phrase before the quote, full stop inside the mark')
c('814','troops_deployed',2000,'more than','CSTO troops being sent',CSTO,'said it was sending more than 2,000 troops')
c('814','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" have been killed',note='scare-quoted label (excluded from quotes)')
c('814','detained',3000,'more than','people detained',MIA,'more than 3,000 people detained')
e('814','2022-01-02','protest','Kazakhstan',[],'began on January 2')
e('814','2022-01-05','protest','Almaty',[],"crowds stormed the mayor's office in Almaty",note='"by Wednesday, when …" before Friday 7 Jan')
e('814',None,'other',None,[TOK,CSTO],'asked a Russia-led alliance for help',note='request for CSTO help, undated')
e('814',None,'other','Kazakhstan',[],'switched off the internet this week',note='internet shutdown; "this week" is not a day')
e('814','2022-01-06','statement',None,['Kazatomprom'],'said on Thursday that its mines were working')
e('814','2022-01-07','statement',None,[TOK],'in a TV address on Friday morning')
e('814','2022-01-10','talks','Geneva',['Russia','United States'],'will hold security talks in Geneva on Monday',note='future')

# ---------------- 815 Politico National Security Daily-style newsletter (01/11/2022, a Tuesday)
art('815',0,4,15,'Politico','2022-01-11',['RYAN HALBERG','TESSA MONK'],None,
    ['POLITICO','NEWSLETTERS','National Security Daily','By RYAN HALBERG and TESSA MONK','01/11/2022 04:04 PM EST','With help from Jonas Pettersen','Presented by Halvorsen Aerospace',
     "Programming note: We'll be back in your inbox on Thursday, after the NATO-Russia Council.",'Follow us on Twitter: @NatSecDaily',
     'Subscribe to National Security Daily | Manage your subscriptions','POLITICO, 1000 Wilson Blvd, Arlington, VA 22209'])
q('815','We listened, we were frank, and we did not budge on the open door,','Wendy Sherman','Sherman','told',note='words invented')
q('815','ironclad, legally binding','Sergey Ryabkov','Ryabkov','said',partial=True)
q('815','another round of talk about talks.','Sergey Ryabkov','Ryabkov','warned',partial=True,note='second clause "and warned that …" of the sentence with "Ryabkov, for his part, said"')
q('815','a remarkable amount of time',None,'A senior administration official','told',partial=True,note='anonymous official')
q('815','They kept telling us how fast their troops would leave,',None,'the official','said')
q('815','It was clearly meant for us to hear.',None,'the official','said',note='continuation after the interposed "the official said."')
q('815','done its work',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True,note='"told parliament today that …"')
q('815','Too few people have grown very rich in this country,',TOK,'the president','said',note='words invented; split by "the president said,"')
q('815','and now they will have to share.',TOK,'the president','said')
q('815','a gift to Putin.','Jim Risch','Sen. Jim Risch','tweeted',partial=True,note='words invented; full stop inside the mark')
c('815','troops_deployed',100000,'about',"Russian forces near Ukraine (US estimate)",'senior administration official','about 100,000 troops',note='anonymous source')
c('815','troops_deployed',2000,'about','CSTO troops in Kazakhstan',TOK,'its roughly 2,000 troops',note='"roughly" → about')
c('815','detained',9900,None,'people detained since the unrest began',MIA,'9,900 people had been detained')
e('815','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],"Monday's talks between")
e('815',None,'statement',None,['Wendy Sherman'],'told reporters on a call afterward',note='"afterward" (after Monday\'s talks), no day word; likely 2022-01-10')
e('815','2022-01-11','statement',None,[TOK],'told parliament today',note='today = Tuesday 11 Jan')
e('815','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing in two days',note='"in two days" from Tuesday 11 Jan; planned')
e('815','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'named Alikhan Smailov as prime minister')
e('815','2022-01-10','casualty_report',None,[MIA],'The Interior Ministry said on Monday')
e('815','2022-01-10','statement',None,['Jim Risch'],'tweeted on Monday night')
e('815','2022-01-13','other',None,['US Senate Foreign Relations Committee'],"Thursday's hearing",note='future hearing')
e('815','2022-01-11','other','Almaty',['NetBlocks'],'internet was restored in Almaty on Tuesday morning')

# ---------------- 816 Quartz Daily Brief-style newsletter (Thursday, January 6, 2022)
art('816',0,2,9,'Quartz','2022-01-06',['Priya Nandakumar'],None,
    ['QUARTZ','Thursday, January 6, 2022','Good morning, Quartz readers!','Quartz Daily Brief is written by Priya Nandakumar and edited by Tom Eckert.',
     'Did you get this from a friend? Sign up here.','Quartz, 675 Avenue of the Americas, New York, NY 10011 | Unsubscribe'],
    sections=(ln('816',"Here's what you need to know"),ln('816','What to watch for'),ln('816','Charting the fuel price'),ln('816','Surprising discoveries')))
q('816','only for as long as it is needed.','Nikol Pashinyan','Armenian prime minister Nikol Pashinyan','said',partial=True,note='words invented')
q('816','a serious blow','NetBlocks','NetBlocks','said',partial=True,note='"according to NetBlocks, which said …"')
q('816','with maximum firmness,',TOK,'he','promised',partial=True,note='he = Tokayev; words paraphrased')
q('816','watching very closely','Ned Price','State Department spokesperson Ned Price','said',partial=True)
q('816','We call on all parties to find a peaceful resolution,','Ned Price','Price','told',note='words invented; split quote')
q('816','and we will be watching whether these forces respect the rights of the Kazakh people.','Ned Price','Price','told')
q('816','People here count every tenge,','Gulnar Seitkali','Gulnar Seitkali','said',note='invented; inverted cue with a long apposition')
q('816','When the price doubled overnight, that was the end of patience.','Gulnar Seitkali','Gulnar Seitkali','said',note='stand-alone second quote in the same paragraph')
c('816','killed',8,None,'police officers killed','police','eight officers had been killed',note='written-out number')
c('816','injured',317,None,'police officers injured','police','317 injured')
c('816','detained',200,'more than','people detained in Almaty','local TV channel','more than 200 people had been detained in Almaty alone')
e('816','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'agreed overnight to send',note='decision "overnight" (night of 5-6 Jan), dated to the publication day')
e('816',None,'other','Almaty',[],"Almaty's airport fell to protesters",note='undated (real: 5 Jan)')
e('816','2022-01-05','protest','Almaty',[],"set fire to the mayor's office on Wednesday")
e('816','2022-01-05','government_resignation',None,[TOK],'accepted the resignation of his government',note='"hours after" the Wednesday fire')
e('816','2022-01-05','other','Kazakhstan',['NetBlocks'],'dropped to about 5% of normal levels on Wednesday',note='internet outage')
e('816','2022-01-02','protest','western Kazakhstan',[],'where the unrest started on Sunday',note='Sunday before Thursday 6 Jan')
e('816','2022-01-06','statement',None,[TOK],'expected to address the nation again today',note='future, today')
e('816','2022-01-05','statement',None,[TOK],'On Wednesday night he promised')
e('816','2022-01-05','appointment',None,[TOK,'Nursultan Nazarbayev'],'taken over the chairmanship of the Security Council')
e('816','2022-01-05','statement',None,['Ned Price'],'Price told reporters on Wednesday')
e('816','2022-01-01','other','Mangystau',[],'doubled on January 1',note='fuel price rise')

# ---------------- 817 think-tank weekend digest e-mail (Sat, 8 Jan 2022)
art('817',0,'ESF Weekend Digest | Kazakhstan: arrests at the top, troops on the ground',18,'Eurasia Security Forum','2022-01-08',['Lena Voskresenskaya'],None,
    ['From: Eurasia Security Forum <digest@eurasiasecurityforum.org>','To: subscribers','Date: Sat, 8 Jan 2022 07:30:12 +0000','EURASIA SECURITY FORUM',
     'Weekend Digest — No. 412','Saturday, 8 January 2022','Compiled by Lena Voskresenskaya, Research Associate',
     'Items are summaries of third-party reporting. Views belong to the original authors, not to the Forum.','----------------------------------------','TOP STORY',
     'You are receiving this e-mail because you subscribed to the ESF Weekend Digest.','Forward to a colleague | Update preferences | Unsubscribe','Eurasia Security Forum, Rue Belliard 15, 1040 Brussels'],
    sections=(ln('817','Former security chief detained on treason charges'),ln('817','CSTO contingent reaches full strength'),ln('817','Casualty figures'),
              ln('817','Blinken questions the invitation'),ln('817','Xi sends a message'),ln('817','ANALYSIS WORTH READING'),ln('817','COMING UP')))
q('817','strategic facilities','Andrei Serdyukov','Colonel General Andrei Serdyukov','told',partial=True)
q('817','Our task is protection, not policing,','Andrei Serdyukov','Serdyukov','said',note='words invented')
q('817','History suggests that an army you invite in is not always easy to invite out again,','Antony Blinken','he','said',note='words invented (paraphrase); he = Blinken')
q('817','firm action at a critical moment,','Xi Jinping','Chinese President Xi Jinping','praising',partial=True,note='a verbal message "praising his “…”", reported "according to … CCTV"; speaker Xi, not CCTV')
q('817','The CSTO was never tested because nobody expected it to be used,','Temur Rakhimov','Temur Rakhimov','writes',note='invented fellow; inverted present-tense cue "writes NAME"')
q('817','turns a paper alliance into a Russian lever,','Temur Rakhimov','he','argues',partial=True)
c('817','aircraft',70,'more than','Il-76 transport aircraft that flew Russian units to Kazakhstan',RDM,'more than 70 Il-76 transport aircraft')
c('817','killed',26,None,'attackers killed',MIA,'26 attackers had been killed')
c('817','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('817','detained',4404,None,'people in custody',MIA,'4,404 people were said to be in custody')
c('817','injured',1000,None,'people injured','health officials','a figure of 1,000 injured',note='"of whom about 400 were in hospital" is a subset, not a claim')
e('817','2022-01-08','statement',None,[KNB],'announced on Saturday')
e('817','2022-01-06','arrest',None,['Karim Massimov',KNB],'The arrest took place on Thursday')
e('817','2022-01-05','other',None,[TOK,'Karim Massimov'],'a day after Tokayev removed him from his post',note='dismissal; a day before Thursday 6 Jan')
e('817','2022-01-06','troop_deployment','Kazakhstan',[RDM],'flown Russian units to Kazakhstan since Thursday',note='start of the airlift')
e('817',None,'statement','Almaty',['Andrei Serdyukov'],'told reporters in Almaty',note='undated in the text (source tag "7 Jan; … 8 Jan")')
e('817','2022-01-07','casualty_report',None,[MIA],'reported on Friday')
e('817','2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken said on Friday')
e('817','2022-01-07','statement',None,['Russian Foreign Ministry'],'"offensive" the same evening',note='"the same evening" = Friday')
e('817',None,'statement',None,['Xi Jinping',TOK],'sent Tokayev a verbal message',note='only the source tag "(CCTV, 7 Jan)" gives a date; left null')
e('817','2022-01-10','talks','Geneva',['United States','Russia'],'Mon 10 Jan — US-Russia Strategic Stability Dialogue, Geneva',note='listing in "COMING UP"')
e('817','2022-01-10','talks',None,[CSTO],'Mon 10 Jan — extraordinary CSTO video summit',note='"to be confirmed"')
e('817','2022-01-12','talks','Brussels',['NATO','Russia'],'Wed 12 Jan — NATO-Russia Council, Brussels')
e('817','2022-01-13','talks','Vienna',['OSCE'],'Thu 13 Jan — OSCE Permanent Council, Vienna')

# ---------------- 818 SPIEGEL "The Situation in the Morning" in translation (Monday, 10.01.2022)
art('818',0,5,13,'Der Spiegel','2022-01-10',['Matthias Kreutzer'],None,
    ['DER SPIEGEL','The Situation in the Morning','Monday, 10.01.2022','From Matthias Kreutzer, Berlin','Translated from German. The German original appeared as "Die Lage am Morgen".',
     'Good morning,','I wish you a good start into the week.','Yours, Matthias Kreutzer','Here you can subscribe to "The Situation" as a newsletter.','© DER SPIEGEL GmbH & Co. KG'],
    sections=(ln('818','1. Two deputies and a big question'),ln('818','2. Kazakhstan counts its dead'),ln('818','3. Baerbock goes to Moscow'),ln('818','What else is important today')))
q('818','hard going but professional','Sergey Ryabkov','Ryabkov','said',partial=True,note='words invented; followed by an en dash gloss')
q('818','We will not negotiate about Ukraine without Ukraine,','Olaf Scholz','Chancellor Olaf Scholz','told',note='words invented')
q('818','The Russians want a veto, and they will not get one.',None,'A NATO diplomat in Brussels','put it more bluntly',note='anonymous; cue before a colon')
q('818','We are afraid to say anything on the phone,',None,'a young woman','told',note='anonymous Almaty resident, reported via the colleague Anna Petrova ("told her")')
q('818','Everyone knows someone who has not come home.',None,'a young woman','told',note='second quote after the cue sentence')
q('818','a stable relationship','Annalena Baerbock','She','said',partial=True)
q('818','threats against our neighbours','Annalena Baerbock','She','said',partial=True,note='full stop outside the closing mark')
c('818','killed',164,None,'people killed (figure later withdrawn)',KHM,'164 people were killed in the unrest',note='withdrawn as a "technical error"')
c('818','killed',103,None,'people killed in Almaty (figure later withdrawn)',KHM,'including 103 in Almaty alone',note='subset of the 164 for one city; kept as its own figure')
c('818','detained',5800,None,'people detained',MIA,'detained at 5,800')
c('818','troops_deployed',2000,'about','CSTO soldiers in Kazakhstan',None,'About 2,000 of its soldiers are now in the country')
e('818','2022-01-10','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'sit down this morning')
e('818','2022-01-09','talks','Geneva',['Wendy Sherman','Sergey Ryabkov'],'They already met yesterday evening for a working dinner',note='yesterday = Sunday 9 Jan')
e('818','2022-01-09','statement',None,['Olaf Scholz'],'Chancellor Olaf Scholz told our colleagues on Sunday')
e('818','2022-01-10','other','Kazakhstan',[],'Today is a national day of mourning in Kazakhstan')
e('818',None,'casualty_report',None,[KHM],'According to the health ministry',note='undated figure, later withdrawn')
e('818','2022-01-09','casualty_report',None,[MIA],'detained at 5,800 on Sunday')
e('818','2022-01-10','talks',None,[CSTO],'is holding a video summit today')
e('818',None,'other','Moscow',['Annalena Baerbock'],'travels to Moscow next week',note='"next week" is not a day (real: 18 Jan)')
e('818','2022-01-08','statement',None,['Annalena Baerbock'],'She said on Saturday')
e('818','2022-01-13','talks','Brest',['EU'],'meet informally in Brest on Thursday',note='future; Thursday after Monday 10 Jan')

# ---------------- 819 Bloomberg Balance of Power-style newsletter (January 13, 2022, a Thursday)
art('819',0,5,12,'Bloomberg','2022-01-13',['Katrin Albers'],None,
    ['Bloomberg','Balance of Power','Newsletter','By Katrin Albers','January 13, 2022, 6:02 PM GMT+1','Sign up for Balance of Power, our daily newsletter on global politics.',
     '— With assistance from Dinara Sultanbek and Paul Whitmore','Like Balance of Power? Subscribe for unlimited access to Bloomberg.com','Have a story to share? Reply to this email.'],
    sections=(ln('819','Global Headlines'),ln('819','Chart of the day')))
q('819','closer to a major war than at any time since the Cold War ended.','Zbigniew Rau',"Poland's foreign minister Zbigniew Rau",'warning',partial=True,note='words invented; "opened by warning that Europe was “…”"')
q('819','a limit,','Alexander Lukashevich',"Russia's envoy Alexander Lukashevich",'answered',partial=True,note='two-word partial; comma inside the mark')
q('819','We heard nothing in this room that makes me less worried,','Michael Carpenter','he','said',note='words invented; he = US Ambassador Michael Carpenter (previous sentence)')
q('819','and I came in worried.','Michael Carpenter','he','said')
q('819','without oligarchs.',TOK,'Kazakh President Kassym-Jomart Tokayev','promised',partial=True)
c('819','troops_deployed',2030,'about','CSTO troops invited to Kazakhstan',None,'the roughly 2,030 CSTO troops')
c('819','killed',16,'at least','police officers and soldiers killed',MIA,'At least 16 police officers and soldiers were killed')
c('819','detained',10000,'almost','people detained',MIA,'nearly 10,000 people have been detained',note='same sentence as the Interior Ministry attribution')
e('819','2022-01-10','talks','Geneva',['United States','Russia'],'After Geneva on Monday')
e('819','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels on Wednesday')
e('819','2022-01-13','talks','Vienna',['OSCE','Russia','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],'sat down today in Vienna')
e('819','2022-01-13','withdrawal','Kazakhstan',[RDM],'took off from the country today')
e('819','2022-01-19','withdrawal','Kazakhstan',[RDM],'would be finished by Jan. 19',note='planned completion')
e('819',None,'other',None,[TOK],'thanked them in a ceremony',note='undated')
e('819','2022-01-12','casualty_report',None,[MIA],'the Interior Ministry said yesterday')

# ---------------- 820 Globe and Mail Morning Update-style newsletter (Friday, January 14, 2022)
art('820',0,4,14,'The Globe and Mail','2022-01-14',[],None,
    ['THE GLOBE AND MAIL*','Morning Update','Friday, January 14, 2022','Good morning,','These are the top stories:',
     "This is the daily Morning Update newsletter. If you're reading this on the web or someone forwarded this e-mail to you, you can sign up for Morning Update and more than 20 more Globe newsletters on our newsletter signup page."],
    sections=(ln('820','Russian troops begin leaving Kazakhstan'),ln('820','Canada could send more troops to Eastern Europe, Anand says'),ln('820','ALSO ON OUR RADAR'),ln('820','MORNING MARKETS')))
q('820','The mission has shown that the organization works,','Stanislav Zas','CSTO Secretary-General Stanislav Zas','said',note='words invented')
q('820','courage and discipline.',TOK,'Kazakh President Kassym-Jomart Tokayev','thanked',partial=True,note='"thanked the soldiers for their “…”"; cue "thanked"')
q('820','Every death must be investigated, not just those of police officers,','Mihra Rittmann','Mihra Rittmann','said in a statement',note='words invented; speaker is the researcher, not "Human Rights Watch"')
q('820','looking at all options','Anita Anand','Defence Minister Anita Anand','said',partial=True)
q('820','Canada stands with Ukraine, and we will not be caught flat-footed,','Anita Anand','Ms. Anand','told',note='words invented; honorific "Ms."')
q('820','On this track we have come to the end of the road,','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told',note='words invented; spelling "Sergei"')
c('820','troops_deployed',2030,'about','CSTO soldiers sent to Kazakhstan',None,'sent about 2,030 soldiers')
c('820','aircraft',4,None,'Russian aircraft that left Almaty (withdrawal)',RDM,'four aircraft had left Almaty on Thursday',note='written-out number')
c('820','detained',9900,None,'people detained','Kazakh authorities','9,900 people had been detained')
e('820','2022-01-13','withdrawal','Kazakhstan',['Russia'],'began flying home from Kazakhstan yesterday')
e('820','2022-01-19','withdrawal','Kazakhstan',[RDM],'would be completed by Wednesday',note='planned; Wednesday after Friday 14 Jan')
e('820',None,'other',None,['Stanislav Zas',CSTO],'at a farewell ceremony',note='undated')
e('820','2022-01-11','statement',None,[TOK],'told lawmakers on Tuesday')
e('820',None,'statement',None,['Human Rights Watch','Mihra Rittmann'],'said in a statement',note='undated')
e('820','2022-01-13','statement',None,['Anita Anand'],'Anita Anand said on Thursday')
e('820',None,'talks',None,['Russia','United States','NATO','OSCE'],'talks this week between Russia and the United States',note='"this week" covers three meetings (10, 12, 13 Jan); left null')
e('820','2022-01-13','statement',None,['Sergey Ryabkov'],'told Russian television on Thursday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary-General'],None,note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Dosym Aliyev','person',['Dosym Aliyev'],['Almaty-based analyst'],'Kazakhstan',['he'],note='invented'),
 sp('Dmytro Kuleba','person',['Dmytro Kuleba'],["Ukraine's foreign minister"],'Ukraine'),
 sp('Kazatomprom','organisation',['Kazatomprom'],['the state miner'],'Kazakhstan',['it']),
 sp('Ilya Brandt','person',['Ilya Brandt'],[],'United States',['He'],note='invented; runs a hosting firm'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President'],'Kazakhstan',['he','the president']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['Deputy Secretary of State'],'United States'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister','Russian Deputy Foreign Minister'],'Russia'),
 sp('Jim Risch','person',['Jim Risch'],['the top Republican on the Foreign Relations Committee'],'United States',[],['Sen. Jim Risch'],note='words invented'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],['Armenian prime minister'],'Armenia'),
 sp('NetBlocks','organisation',['NetBlocks'],['monitoring group'],None),
 sp('Ned Price','person',['Ned Price','Price'],['State Department spokesperson'],'United States',note='words invented'),
 sp('Gulnar Seitkali','person',['Gulnar Seitkali'],['a schoolteacher in Aktau'],'Kazakhstan',note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel General'],'Russia',note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',['he']),
 sp('Xi Jinping','person',['Xi Jinping','Xi'],['Chinese President'],'China'),
 sp('Temur Rakhimov','person',['Temur Rakhimov'],['a fellow at our Forum'],None,['he'],note='invented'),
 sp('Olaf Scholz','person',['Olaf Scholz'],['Chancellor'],'Germany',note='words invented'),
 sp('Annalena Baerbock','person',['Annalena Baerbock','Baerbock'],['Foreign Minister'],'Germany',['She']),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's envoy"],'Russia'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States',['he'],note='words invented'),
 sp('Stanislav Zas','person',['Stanislav Zas'],['CSTO Secretary-General'],'Belarus',note='words invented'),
 sp('Mihra Rittmann','person',['Mihra Rittmann'],["the group's senior Central Asia researcher"],None,note='words invented; Human Rights Watch'),
 sp('Anita Anand','person',['Anita Anand','Anand'],['Defence Minister'],'Canada',[],['Ms. Anand'],note='words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in several files; not quoted'),
 sp(RDM,'organisation',["Russia's defense ministry",'Russian Ministry of Defence','Russian defense ministry',"Russia's Defence Ministry"],[],'Russia',quoted=False,note='not quoted; mentioned in 4 files'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the bloc'],quoted=False,note='not quoted (the one-word "peacekeeping" in 816 is excluded)'),
 sp('Vladimir Putin','person',['Putin'],[],'Russia',quoted=False,note='named only inside quotes (813, 815)'),
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
