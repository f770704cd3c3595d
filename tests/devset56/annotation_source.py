#!/usr/bin/env python3
"""Source of the devset56 annotation: the hand-chosen spans, values and dates for 541-548.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset56/annotation_source.py && python3 tests/devset56/verify.py
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
BYMOD='Belarusian Defence Ministry'; EGMFA='Egyptian Foreign Ministry'

# ---------------- 245 The National-style piece (Jan 07, 2022, a Friday)
MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
SER='Andrei Serdyukov'; PES='Dmitry Peskov'; KON='Igor Konashenkov'; RMFA='Russian Foreign Ministry'

# ---------------- 541 Ekho Moskvy radio interview transcript (07 January 2022, a Friday)
art('541',0,5,14,'Echo of Moscow','2022-01-07',[],None,
    ['ЭХО МОСКВЫ · Echo of Moscow','Home / Programmes / Special Opinion','91.2 FM  |  Listen live  |  Schedule  |  Archive','07 January 2022, 19:08',
     'Guest: Pavel Gusarov, military analyst','Host: Natalya Vorontsova','▶ Listen  |  ⬇ Download (mp3, 48.2 MB)  |  Video version on YouTube','[NEWS]',
     'The transcript is prepared from the broadcast and may contain inaccuracies.','The opinions of guests may not coincide with the position of the editorial board.',
     'Share: VK  Telegram  Twitter  Facebook','© Echo of Moscow, 2022'])
q('541','to open fire without warning',TOK,'President Tokayev','said',partial=True,note="inside the host's turn (N. VORONTSOVA); the turns themselves are unquoted speech and are not quotes")
q('541','the units have begun carrying out their tasks to protect important state and military facilities.',KON,'Konashenkov','said',note='relayed by the guest: "Konashenkov said this morning, and I quote, “…”"; full stop inside the mark')
q('541','absolutely legitimate',PES,'Peskov','said',partial=True)
q('541','This is a precedent that will be remembered in every capital of the region,',None,'a colleague of mine in Bishkek','put it',note='inverted "that is how a colleague of mine in Bishkek put it"; anonymous')
q('541','getting them out again can take a very long time','Antony Blinken','Blinken','said',partial=True,note='words invented/paraphrased')
c('541','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" have been killed',note='"armed criminals" is a label, excluded from quotes')
c('541','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died')
c('541','aircraft',70,'more than','aircraft used for the airlift',RDM,'more than 70 aircraft have been used for the airlift')
c('541','troops_deployed',2500,'about','CSTO troops from all member states',CSTO,'about 2,500 troops from all the member states',note='"The CSTO says", spoken by the guest')
c('541','troops_deployed',100,'about','Armenian troops',None,'the Armenians sent about 100',note='the guest\'s own figure, no source')
e('541','2022-01-07','statement',None,[TOK],'This morning President Tokayev said in a televised address')
e('541',None,'casualty_report',None,[MIA],'the Kazakh Interior Ministry reports that 26',note='no day word ("reports"); likely 2022-01-07')
e('541','2022-01-07','statement',None,[RDM],'The Defence Ministry said this afternoon')
e('541','2022-01-07','statement',None,[KON],'Konashenkov said this morning')
e('541','2022-01-06','statement',None,[PES],'Peskov said yesterday')
e('541','2022-01-10','talks','Geneva',['Russia','United States'],'the talks in Geneva on Monday',note='"on Monday" after Friday 7 Jan = next Monday')
e('541','2022-01-06','statement',None,['Antony Blinken'],'Blinken already said on Thursday')

# ---------------- 542 Mediazona live chronicle (08.01.2022, a Saturday; entries newest first)
art('542',0,4,9,'Mediazona','2022-01-08',[],None,
    ['MEDIAZONA','News   Chronicles   Courts   Prisons   Donate','08.01.2022 · Mediazona','Translated from Russian by the editorial team',
     '23:40','21:15','19:02','17:30','15:48','14:20','12:05','10:10','09:00',
     'Good morning. We are continuing the chronicle. Yesterday\'s chronicle is here.',
     'Support Mediazona. We are a media outlet that writes about courts, prisons and police. Donate →'])
q('542','Relatives stand outside from seven in the morning, and nobody tells them anything. Lists are not published,','Saltanat Abenova','Abenova','said',note='«guillemets»; invented lawyer')
q('542','prompt response',TOK,'Tokayev','thanked',partial=True,note='"According to the Akorda, Tokayev thanked … for the “prompt response”"; cue taken as the verb "thanked" (the Akorda is the reporting source)')
q('542','We heard automatic fire around six, then it went quiet,',None,'a resident of a house on Zheltoksan Street','said',note='anonymous resident ("He asked not to be named")')
q('542','the Almaty airport and a number of strategic facilities',CSTO,'The CSTO','said',partial=True)
q('542','We do not have a single document showing who was killed and where. Only statements,','Yevgeny Zhovtis','human rights defender Yevgeny Zhovtis','said',note='inverted cue after «…,»; words invented')
c('542','detained',4404,None,'people detained across the country',MIA,'4,404 people have been detained')
c('542','killed',16,None,'police officers and national guardsmen killed',MIA,'16 police officers and national guardsmen have been killed')
c('542','other',20000,None,'"bandits" who attacked Almaty',TOK,'20,000 "bandits" had attacked Almaty',note='one-word "bandits" excluded from quotes')
c('542','aircraft',70,'more than','aircraft that delivered the troops',RDM,'more than 70 aircraft have now delivered the troops')
e('542','2022-01-08','casualty_report',None,[MIA],'The Kazakh Interior Ministry has published new figures',note='no day word; dated from the 23:40 entry of the 8 January chronicle')
e('542','2022-01-08','arrest',None,['Karim Masimov','National Security Committee'],'Karim Masimov has been detained on suspicion of high treason',note='announced in the 19:02 entry; the detention day itself is not given')
e('542','2022-01-05','other',None,['Karim Masimov'],'Masimov was removed from his post on Wednesday',note='dismissal; Wednesday before Saturday 8 Jan')
e('542','2022-01-08','talks',None,[TOK,'Vladimir Putin'],'he had spoken by phone with Vladimir Putin for the second time this week',note='phone call; dated from the 17:30 entry')
e('542','2022-01-08','statement',None,[CSTO],'The CSTO said on Saturday')
e('542','2022-01-07','statement',None,[TOK],'Yesterday, Tokayev said that')
e('542','2022-01-08','other','Almaty',[],'The internet has partly returned in Almaty',note='dated from the 12:05 entry')

# ---------------- 543 Gazeta.ru piece (10.01.2022, a Monday)
art('543',0,4,11,'Gazeta.Ru','2022-01-10',['Igor Belyaev'],None,
    ['Газета.Ru  |  GAZETA.RU — English digest','Politics  ·  Economy  ·  Society  ·  Army  ·  World','Igor Belyaev','10.01.2022 | 21:37',
     'Photo: the Russian and US delegations at the permanent mission in Geneva, 10 January 2022. Russian MFA press service',
     'Read also:','Peskov: the Kremlin does not expect breakthroughs in Geneva','How Kazakhstan lived through the week without the internet',
     'Subscribe to Gazeta.Ru in Telegram and Yandex.Zen','© 1999–2022 Gazeta.Ru. When using materials, a hyperlink is required. 18+'])
q('543','Complicated but businesslike','Sergey Ryabkov','Ryabkov',None,partial=True,zone='headline',note='headline quote before a colon; a shortened form of the body partial')
q('543','complicated but very businesslike','Sergey Ryabkov','Deputy Foreign Minister Sergey Ryabkov','described the conversation as',partial=True)
q('543','We have no reason to believe that the American side understands what we need. We need guarantees that NATO will not move one step further to the east, and this is an absolute imperative for us,','Sergey Ryabkov','Ryabkov','told',note='words invented')
q('543','for exercises and nothing more','Sergey Ryabkov','the diplomat','According to',partial=True)
q('543','Some of what Moscow put on the table simply cannot be accepted by us or by our allies,','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',note='inverted cue "…," said US Deputy Secretary of State Wendy Sherman; words invented')
q('543','only in passing',None,'A source in the Russian delegation','told',partial=True,note='anonymous source')
q('543',"an attempted coup d'état",TOK,'He','called',partial=True,note='"He called the unrest “…”"; He = Tokayev')
q('543','Moscow showed in 48 hours that it can move a division by air. In Geneva everyone understood that message,','Alexander Kolesnikov','he','told',note='«guillemets»; invented expert; a duration inside the quote')
c('543','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('543','killed',164,None,'dead (figure later withdrawn)','Kazakh Presidential Press Office','put the number of dead at 164',note='"the president\'s office"; the figure was withdrawn')
c('543','troops_deployed',2030,'about','CSTO contingent',CSTO,'about 2,030 servicemen according to the organisation',note='"the organisation\'s secretariat"')
e('543','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'spent almost eight hours at the US permanent mission in Geneva on Monday')
e('543','2022-01-12','talks','Brussels',['Russia','NATO'],'with NATO in Brussels on Wednesday',note='Wednesday after Monday 10 Jan')
e('543','2022-01-13','talks','Vienna',['Russia','OSCE'],'at the OSCE in Vienna on Thursday')
e('543',None,'statement',None,['Wendy Sherman'],'at a telephone briefing',note='no day word (real: 10 Jan)')
e('543',None,'troop_deployment','Almaty',['Russia',CSTO],'Last week Russian paratroopers flew to Almaty',note='"Last week" is not a day')
e('543','2022-01-10','casualty_report',None,[MIA],'the Interior Ministry reported on Monday')
e('543',None,'casualty_report',None,['Kazakh Presidential Press Office'],"Earlier, the president's office put",note='"Earlier," is not a day')
e('543','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'On Monday Kassym-Jomart Tokayev spoke at an extraordinary online session',note='CSTO Collective Security Council video session')

# ---------------- 544 Komsomolskaya Pravda report (13 January 2022, a Thursday)
art('544',0,5,13,'Komsomolskaya Pravda','2022-01-13',['Dmitry Stepanov'],'Almaty',
    ['KP.RU  Комсомольская правда','Komsomolskaya Pravda — English translation','Politics | Incidents | Health | Stars | Sport',
     'Our special correspondent Dmitry Stepanov sends a report from Almaty airport','13 January 2022 17:20','👁 184 056   💬 312','PHOTO: Dmitry STEPANOV',
     'READ ALSO','Kazakhstan: a chronicle of the terrible week','«Rossiya» will not leave its own: how the evacuation of Russians from Almaty went',
     'Join KP on VK and Telegram','© JSC «Publishing House «Komsomolskaya Pravda», 2022. Age mark 16+'])
q('544','We came, we did the job, we are going home','Sasha','Sasha',None,zone='headline',note='headline quote before a colon; the sergeant\'s words from the body')
q('544','We came, we did the job, we are going home,','Sasha','a sergeant from Ivanovo','tells',note='present-tense cue "tells me"; only a first name is given')
q('544',"People here came up to us and said thank you. An old woman brought us baursaks. I didn't expect that, honestly.",'Sasha','a sergeant from Ivanovo','tells',note='second quote in the same paragraph after "He is 23."')
q('544','has been successfully completed',TOK,'he','said',partial=True,note='"The mission, he said, “…”"; he = Tokayev')
q('544','All the tasks set have been fulfilled. Not a single shot was fired at civilians by our units,',SER,'the general','said',note='words invented')
q('544','Who will answer for this? Nobody,','Nurlan','he','says',note='taxi driver, first name only')
q('544','proud of our troops',PES,'Dmitry Peskov','said',partial=True)
c('544','troops_deployed',2030,None,'CSTO military personnel brought into Kazakhstan',CSTO,'2,030 military personnel',note='"250 units of equipment" is out of scope')
c('544','aircraft',14,None,'transport aircraft for the withdrawal',RDM,'will involve 14 transport aircraft')
c('544','killed',160,'more than','people killed in the riots','officials','more than 160 people were killed in the riots',note='"According to the latest official figures"')
c('544','killed',17,None,'police officers and servicemen killed','officials','17 police officers and servicemen')
c('544','injured',4500,'more than','people injured','officials','More than 4,500 people were injured')
e('544','2022-01-13','withdrawal','Almaty',['Russia'],'The first aircraft with Russian peacekeepers took off from Almaty this morning')
e('544','2022-01-11','statement',None,[TOK],'The withdrawal was announced on Tuesday',note='Tuesday before Thursday 13 Jan; speech to the Mazhilis')
e('544','2022-01-13','other',None,[SER],'confirmed that the handover of the guarded facilities',note='"Today"; handover of facilities')
e('544','2022-01-12','statement',None,[PES],'Dmitry Peskov said on Wednesday')

# ---------------- 545 TV Rain (Dozhd) segment transcript (12 January 2022, a Wednesday)
art('545',0,5,14,'TV Rain','2022-01-12',['Kirill Orlov'],None,
    ['TV RAIN · ДОЖДЬ','The optimistic channel','Live  |  Programmes  |  News  |  Subscribe','12 January 2022, 20:45','Presenter: Anna Lebedeva',
     'Correspondent: Kirill Orlov (Brussels)','Duration: 07:42','[Transcript of the segment. Video available to subscribers.]','[END OF SEGMENT]',
     'Tags: NATO, Russia, Brussels, Kazakhstan, Grushko, Stoltenberg','Share  |  Copy link','Subscribe to TV Rain to watch the full broadcast. First 7 days free.','© TV Rain, 2008–2022'])
q('545','serious disagreements','Jens Stoltenberg','He','said',partial=True,note='He = Jens Stoltenberg (previous sentence); inside the correspondent\'s turn')
q('545','take time to overcome','Jens Stoltenberg','He','said',partial=True)
q('545','Moscow has no say over whether Ukraine joins the alliance.','Jens Stoltenberg','he','said',note='"then he said the phrase that everyone here is repeating tonight: “…”"; words paraphrased')
q('545','If the alliance chooses to speak to us through threats, it will get exactly the same answer,','Alexander Grushko','the deputy minister','said',note='words invented; the one-word "unpredictable" after it is excluded')
q('545','We asked a simple question: when will the troops leave?',None,'he','told',note='«guillemets»; "he" = an anonymous NATO diplomat')
c('545','detained',9900,None,'people detained after the January events','Kazakh authorities','9,900 people have now been detained')
c('545','killed',225,None,'bodies brought to morgues',"Kazakh Prosecutor General's Office",'225 bodies had been brought to morgues')
e('545','2022-01-12','talks','Brussels',['Russia','NATO','Alexander Grushko','Alexander Fomin'],'has ended in Brussels today')
e('545',None,'statement',None,['Jens Stoltenberg'],'Jens Stoltenberg came out to the press first',note='no day word (same evening, 12 Jan)')
e('545',None,'statement',None,['Alexander Grushko'],'Grushko spoke about an hour later',note='relative to Stoltenberg\'s press conference, not to a day')
e('545','2022-01-11','statement',None,[TOK],'the answer was already given yesterday by Tokayev himself')
e('545','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal starts on Thursday')
e('545','2022-01-12','casualty_report',None,["Kazakh Prosecutor General's Office"],"The Prosecutor General's Office said today")
e('545','2022-01-13','talks','Vienna',['Russia','OSCE'],'Tomorrow the third round, at the OSCE in Vienna')

# ---------------- 546 Rossiya 24 / Vesti news segment transcript (11.01.2022, a Tuesday)
art('546',0,4,10,'Rossiya 24','2022-01-11',['Yevgeny Kornilov','Marina Yakovleva'],None,
    ['VESTI.RU  |  ВЕСТИ','Rossiya 24 · News · Video','11.01.2022 17:00','Rossiya 24 · segment of the 17:00 news bulletin','Authors: Yevgeny Kornilov, Marina Yakovleva',
     'CORRESPONDENT: Yevgeny Kornilov, Marina Yakovleva, Vesti, Nur-Sultan.','Video: 02:58','Watch Rossiya 24 live','© 2001–2022 VGTRK. All rights reserved'])
q('546','successfully completed',TOK,'The President','said',partial=True,note='the SYNCH line (Tokayev\'s soundbite) has no marks and is not a quote')
q('546','well-trained militants',TOK,'him','According to',partial=True)
q('546','a circle of extremely profitable firms and people rich even by world standards',TOK,'He','saying',partial=True,note='words paraphrased')
q('546','Preparations for the return of the units to their permanent bases have begun,',KON,'Defence Ministry spokesman Igor Konashenkov','said')
q('546','We will not allow colour revolutions','Vladimir Putin','Putin',None,art=None,zone='related',note='related-video title after "Putin at the CSTO summit:"')
c('546','aircraft',70,'more than','aircraft involved in the deployment',RDM,'more than 70 aircraft had been involved in the deployment')
c('546','detained',8798,None,'people detained across the country',MIA,'8,798 people have been detained')
e('546','2022-01-11','statement','Nur-Sultan',[TOK],'Kassym-Jomart Tokayev today addressed the deputies of the Mazhilis')
e('546','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'The Mazhilis approved Smailov in a matter of minutes',note='no day word in the sentence; same session as the "today" of the lead')
e('546','2022-01-13','withdrawal','Kazakhstan',[CSTO],'in two days a phased withdrawal would begin',note='"in two days" from Tuesday 11 Jan')
e('546',None,'other','Nur-Sultan',[],'the curfew here has been lifted',note='no day word')
e('546',None,'statement',None,[KON,RDM],'Defence Ministry spokesman Igor Konashenkov said',note='no day word')
e('546','2022-01-10','statement',None,[MIA],'The ministry said on Monday')

# ---------------- 547 The Insider investigation (14.01.2022, a Friday)
art('547',0,4,10,'The Insider','2022-01-14',['Roman Dobrynin'],None,
    ['The Insider','Investigations  ·  Politics  ·  Fact-checks  ·  Antifake  ·  RU | EN','14.01.2022','Author: Roman Dobrynin','Reading time: 6 min',
     'If you have information about the operation, write to us: tips@theins.ru (PGP key on the website).',
     'Support The Insider: independent investigations cannot exist without readers.','Share:  Facebook  Twitter  Telegram  Copy link','© The Insider, 2013–2022'],
    sections=(ln('547','Flight data'),ln('547','The soldiers themselves'),ln('547','How many'),ln('547','What is next')))
q('547','A military board flying with the transponder off is invisible to the public services. So 42 is a floor, not a ceiling,','Gleb Tarasov','he','told',note='invented analyst; a number inside the quote')
q('547','Almaty, we are here',None,'a contract serviceman of the 31st Guards Air Assault Brigade','posted',note='photo caption of a social-media post; unnamed serviceman; cue "posted a photo with the caption"')
q('547','a question for the military',PES,'Kremlin spokesman Dmitry Peskov','said',partial=True)
q('547','our best units',SER,'Colonel General Andrei Serdyukov','called',partial=True)
q('547','The Russians carried the whole operation. The others were symbolic,',None,'a former officer of the Airborne Forces','said',note='anonymous')
c('547','aircraft',70,'more than','aircraft used',RDM,'more than 70 aircraft had been used',note='"at least 42 flights" is a flight count (out of scope, as devset 270)')
c('547','troops_deployed',2030,None,'CSTO force',CSTO,'the CSTO force numbered 2,030 servicemen',note='"Officially"')
c('547','troops_deployed',1500,'about','Russian part of the CSTO force',"The Insider's sources in the Ministry of Defence",'the Russian part was about 1,500')
e('547','2022-01-06','troop_deployment',None,['Russia'],'Between 6 and 9 January, flight tracking services recorded',note='range: first day')
e('547','2022-01-08','statement',None,[RDM],'The Defence Ministry itself said on 8 January')
e('547','2022-01-07','other','Almaty',[],'On 7 January a contract serviceman',note='social-media post')
e('547','2022-01-10','statement',None,[PES],'Asked on Monday about the composition of the contingent',note='Monday before Friday 14 Jan')
e('547',None,'statement',None,[SER],'Earlier, Colonel General Andrei Serdyukov')
e('547','2022-01-13','withdrawal','Kazakhstan',[CSTO],'The withdrawal started on Thursday')
e('547','2022-01-19','withdrawal','Kazakhstan',[CSTO,SER],'will be finished by 19 January',note='planned end of the withdrawal')

# ---------------- 548 Moskovsky Komsomolets column (13.01.2022, a Thursday)
art('548',0,7,9,'Moskovsky Komsomolets','2022-01-13',['Mikhail Rostovtsev'],None,
    ['МК  Moskovsky Komsomolets','MK.RU — English translation','Politics  |  Economics  |  Incidents  |  Columns','Columnist Mikhail Rostovtsev',
     'Published: 13.01.2022 at 22:14','Views: 41 380','The author\'s opinion may not coincide with the position of the editorial board.','Comments (218)',
     'Read also: The Foreign Ministry on Vienna: "A pause is possible"','© MK, 1919–2022. 16+'])
q('548','a constructive answer','Alexander Lukashevich',"Russia's permanent representative Alexander Lukashevich",'said',partial=True)
q('548','We are not going to wait forever. If there is no reaction, we will draw our own conclusions,','Alexander Lukashevich','Lukashevich','said',note='words invented')
q('548','than at any moment in a generation','Zbigniew Rau',"Poland's foreign minister Zbigniew Rau",'warned',partial=True,note='words paraphrased')
q('548','the sound of war in Europe is getting louder','Michael Carpenter','US Ambassador Michael Carpenter','said',partial=True,note='closing mark followed by an em dash; words paraphrased')
q('548','We did not ask anyone to stay for a single extra day,',TOK,'Tokayev','put it',note='"as Tokayev put it at the Mazhilis"; invented words; cue kept as "put it"')
q('548','turn the region into a testing ground for colour revolutions','Sergey Lavrov','He','said',partial=True,note='He = Lavrov (previous sentence); invented words')
q('548','A pause is possible',RMFA,'The Foreign Ministry',None,art=None,zone='related')
c('548','troops_deployed',2000,'about','troops in the CSTO operation',None,'about 2,000 troops in total')
e('548','2022-01-10','talks','Geneva',['Russia','United States'],'Geneva on Monday')
e('548','2022-01-12','talks','Brussels',['Russia','NATO'],'Brussels on Wednesday')
e('548','2022-01-13','talks','Vienna',['Russia','OSCE'],'Vienna today')
e('548','2022-01-13','statement','Vienna',['Alexander Lukashevich'],'Alexander Lukashevich said on Thursday')
e('548',None,'statement','Vienna',['Michael Carpenter'],'said after the Vienna session',note='no day word (13 Jan implied)')
e('548','2022-01-13','statement',None,[SER],'Serdyukov said today')
e('548','2022-01-12','other',None,['Sergei Shoigu','Vladimir Putin'],'Sergei Shoigu reported to the president on Wednesday',note='internal meeting/report')
e('548','2022-01-13','withdrawal','Kazakhstan',['Russia'],'the first groups would leave on Thursday')
e('548',None,'statement',None,['Sergey Lavrov'],'He said last week',note='"last week" is not a day')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','President of Kazakhstan'],'Kazakhstan',['he','He','him','The President'],[]),
 sp(KON,'person',['Igor Konashenkov','Konashenkov'],['Defence Ministry spokesman'],'Russia'),
 sp(PES,'person',['Dmitry Peskov','Peskov'],['Kremlin spokesman'],'Russia'),
 sp('Antony Blinken','person',['Blinken'],[],'United States',note='surname only in this set'),
 sp('Saltanat Abenova','person',['Saltanat Abenova','Abenova'],['Lawyer'],'Kazakhstan',note='invented'),
 sp(CSTO,'organisation',['CSTO'],[],None,['The CSTO']),
 sp('Yevgeny Zhovtis','person',['Yevgeny Zhovtis'],['human rights defender'],'Kazakhstan',note='real person; words invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['the diplomat']),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Alexander Kolesnikov','person',['Alexander Kolesnikov'],['Military expert'],'Russia',['he'],note='invented'),
 sp('Sasha','person',['Sasha'],['a sergeant from Ivanovo'],'Russia',note='first name only (invented)'),
 sp(SER,'person',['Andrei Serdyukov','Serdyukov'],['Colonel General','the commander of the collective peacekeeping forces'],'Russia',['the general']),
 sp('Nurlan','person',['Nurlan'],['A taxi driver'],'Kazakhstan',['he'],note='first name only (invented)'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],[],None,['He','he']),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['Deputy Foreign Minister'],'Russia',['the deputy minister']),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],[],'Russia'),
 sp('Gleb Tarasov','person',['Gleb Tarasov'],['aviation analyst'],'Russia',['he'],note='invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's permanent representative"],'Russia'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's foreign minister"],'Poland'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['US Ambassador'],'United States'),
 sp('Sergey Lavrov','person',['Lavrov'],[],'Russia',['He'],note='surname only in this set'),
 sp(RMFA,'organisation',['Foreign Ministry'],[],'Russia',['The Foreign Ministry'],note='related-teaser quote in 548'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp(RDM,'organisation',['Defence Ministry'],[],'Russia',[],[],quoted=False,note='source of the aircraft figures; not quoted directly'),
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
