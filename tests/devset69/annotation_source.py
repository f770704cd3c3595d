#!/usr/bin/env python3
"""Source of the devset69 annotation: the hand-chosen spans, values and dates for 645-652.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset69/annotation_source.py && python3 tests/devset69/verify.py
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
    A.append(dict(doc=f,index=index,headline=L[headline_line-1] if headline_line else None,first_line=cut80(L[first_line_line-1]),outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=secs))
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
KZA='Kazakh authorities'; IEDFA='Irish Department of Foreign Affairs'; KZHM='Kazakh Health Ministry'

# ---------------- 645 Twitter Spaces transcript (Started Jan 11, 2022, a Tuesday)
art('645',0,ln('645','Steppe Desk Live: Who invited'),ln('645','[00:00:41]'),'Twitter','2022-01-11',['Steppe Desk'],None,
    ['Twitter','Spaces · Recording available','Hosted by Steppe Desk @steppedesk · Started Jan 11, 2022','Transcript (auto-generated captions, lightly edited by the host)',
     'Speakers: Steppe Desk @steppedesk (Host) · Mira Tulegenova @mira_talks (Co-host) · Yerlan B. @almaty_eng · Dana Seitkali @kz_lawyer_d',
     '214 people listened · 4 speakers · 1:02:17','Share · Tweet · Copy link','Rate this Space ★★★★★'])
q('645','the main mission of the collective peacekeeping forces has been successfully completed.',TOK,'Tokayev','His words, roughly:',note='host\'s rendering ("roughly") after "Tokayev told parliament this morning that …"; cue is the colon phrase')
q('645','I lived through 1986 and this was worse,',None,'My neighbour','told',note='anonymous neighbour ("a retired teacher") reported by a Space speaker; a year inside the quote')
q('645','20,000 bandits','Kassym-Jomart Tokayev','The president','said',partial=True,note='two-word partial with the figure inside the marks; also a claim')
q('645','show us the case files, not the adjectives.','Dana Seitkali','I',"I'd say",note='the Space speaker quotes herself ("As a lawyer I\'d say, and I said it on Saturday as well, …"); her unquoted turns are not quotes')
q('645','not stay a day longer than needed','Dmitry Peskov','The Kremlin spokesman','said',partial=True,note='title only; "Peskov" is named in the host\'s question on the line before')
q('645','we will not allow the situation at home to be rocked.','Vladimir Putin','Putin','said',note='interposed "I\'m reading from the Kremlin readout" between cue and quote')
q('645','orderly and on schedule','Andrei Serdyukov','Serdyukov','promised',partial=True,note='"according to the Russian defence ministry" follows; the speaker is Serdyukov')
q('645','no reason for optimism','Sergey Ryabkov','Ryabkov','said',partial=True)
q('645','a frank and forthright discussion','Wendy Sherman','Sherman','called it',partial=True,note='"She, Sherman I mean, called it" - pronoun corrected in speech')
c('645','detained',9900,None,'people detained across the country',MIA,'says 9,900 people were detained')
c('645','detained',5800,None,'people detained (Sunday figure)',MIA,'On Sunday it said 5,800',note='"it" = the interior ministry')
c('645','other',20000,None,'"bandits" who attacked Almaty',TOK,'"20,000 bandits" attacked Almaty',note='figure inside a partial quote')
c('645','aircraft',11,None,'Russian Il-76s seen on the Almaty airport apron','Yerlan B.','I counted 11 on the apron',note='an eyewitness count')
c('645','troops_deployed',2030,'about','CSTO troops on the ground',CSTO,'the CSTO says about 2,030 troops')
c('645','other',250,None,'pieces of CSTO equipment on the ground',CSTO,'250 pieces of equipment',note='equipment count, same sentence as the 2,030 troops; borderline scope')
e('645','2022-01-11','statement',None,[TOK],'Tokayev told parliament this morning',note='"this morning" = the Space date')
e('645','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the pullout begins in two days',note='"in two days" from Tue 11 Jan (future)')
e('645','2022-01-09','casualty_report',None,[MIA],'On Sunday it said 5,800')
e('645','2022-01-10','other','Almaty',[],'Internet came back on Monday afternoon',note='internet restored')
e('645','2022-01-08','statement',None,['Dana Seitkali'],'I said it on Saturday as well')
e('645','2022-01-10','statement',None,['Dmitry Peskov'],'The Kremlin spokesman said yesterday')
e('645','2022-01-10','talks',None,['Vladimir Putin',CSTO],'at the CSTO video summit on Monday')
e('645','2022-01-06','troop_deployment','Almaty',['Russia'],'I counted 11 on the apron on Thursday',note='Thursday before Tue 11 Jan')
e('645','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'Geneva ended yesterday with nothing')

# ---------------- 646 Shannon FM phone-in transcript (Friday 7 January 2022)
art('646',0,ln('646','TRANSCRIPT: Segment 2 of 3'),ln('646','GER MORAN: Good afternoon'),'Shannon FM','2022-01-07',[],None,
    ['SHANNON FM 95.2','The Lunchtime Line with Ger Moran','Friday 7 January 2022 | 12:00–13:00','Listen back  |  Download MP3 (41 MB)  |  Text your comments to 51595',
     'This transcript was produced by the programme team and may contain errors.','Segment 3: Heating oil prices. Listen back',
     '© Shannon FM 2022 | Privacy | Complaints procedure | Contact the studio: 061 555 952'])
q('646','exercise extreme caution',IEDFA,'The Department of Foreign Affairs','has told',partial=True)
q('646','open fire without warning',TOK,'President Tokayev','said',partial=True,note='"said he had authorised troops to “…”"; closing mark followed by a full stop outside')
q('646',"Mam, we're grand, we're just not allowed outside the camp,",None,'He','said',note="the caller's son (anonymous), by phone")
q('646','safe and accounted for',None,'They','saying',partial=True,note='the unnamed employer, in an email ("They sent an email saying that all 140 … were “…”")')
q('646',"it is like a film I don't want to watch.",None,'He','told',note="the caller's father (anonymous)")
c('646','killed',26,None,'"armed criminals" killed',MIA,'says 26 people it calls armed criminals have been killed')
c('646','killed',18,None,'members of the security forces killed',MIA,'and 18 members of the security forces')
c('646','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'it has sent about 2,500 troops')
e('646','2022-01-07','statement',None,[TOK],'went on television this morning')
e('646',None,'statement',None,[IEDFA],'The Department of Foreign Affairs has told Irish citizens',note='undated travel advice')
e('646',None,'casualty_report',None,[MIA],'The interior ministry in Kazakhstan says',note='undated')
e('646','2022-01-05','other',None,[],'since Wednesday because they cut the internet',note='internet cut; Wednesday before Fri 7 Jan')
e('646',None,'troop_deployment','Kazakhstan',[CSTO],'the alliance, the CSTO, says it has sent',note='undated')
e('646','2022-01-10','talks','Geneva',['Russia','United States'],'when the Russians and the Americans sit down in Geneva',note='"Monday" after Fri 7 Jan (future)')

# ---------------- 647 think-tank round-table report (Report published 13 January 2022, a Thursday)
art('647',0,ln('647',"After Almaty: the CSTO's first real mission"),ln('647','Five specialists met'),'Nordic Institute for Eurasian Affairs','2022-01-13',['Lauri Virtanen'],None,
    ['NORDIC INSTITUTE FOR EURASIAN AFFAIRS','Home › Events › Event reports','EVENT REPORT','Round table, Helsinki and online | Report published 13 January 2022',
     'Rapporteur: Lauri Virtanen','Share: Facebook | Twitter | LinkedIn | Email','Nordic Institute for Eurasian Affairs · Mannerheimintie 00 · Helsinki · Newsletter sign-up'])
q('647','how quickly an alliance that existed mostly on paper can become real.','Kaisa Lehtinen','Lehtinen','said',partial=True,note='clause after "said the week had shown"; full stop inside the mark')
q('647','The request came from Tokayev himself, on the night of 5 January, and that matters for how we judge it,','Arman Zhunusov','Zhunusov','said',note='a name (Tokayev) inside the quote; inverted after the quote')
q('647','within about 48 hours','Arman Zhunusov','He','described',partial=True,note='a duration inside a partial')
q('647','many families still do not know where their relatives are.','Arman Zhunusov','he','added',partial=True,note='"he added" interposed earlier in the sentence ("The Kazakh authorities, he added, had detained … and “…”")')
q('647','a favour that will be remembered in Moscow for a long time','Peter Holmqvist','Holmqvist','In his view',partial=True,note='attribution "In his view"; surname in the sentence before')
q('647','Lukashenko sent his paratroopers, and the message to Minsk and to Kyiv is the same: Moscow is willing to move quickly,','Irina Vasko','she','argued',note='nearest-name trap: Lukashenko inside the quote')
q('647','with a demonstration of reach.','Irina Vasko','She','saying',partial=True)
q('647','respectable, not extraordinary,','Jari Mäkelä','Mäkelä',"in Mäkelä's words",partial=True,note='possessive cue "in Mäkelä\'s words"')
q('647','This was a policing task done by soldiers,','Jari Mäkelä','the colonel','said',note='rank-only mention ("Col. (ret.)" in the panel list)')
q('647','Ask me again in a year. Kazakhs have a long memory.','Arman Zhunusov','Zhunusov','closed the discussion',note='colon attribution "Zhunusov closed the discussion: “…”"')
c('647','troops_deployed',2030,'about','CSTO personnel deployed',CSTO,'about 2,030 personnel were deployed')
c('647','detained',9900,None,'people detained by Tuesday',KZA,'had detained 9,900 people by Tuesday',note='reported by Zhunusov, attributed to the authorities')
c('647','other',70,'more than','transport flights of the airlift','Jari Mäkelä','More than 70 transport flights',note='flights, not aircraft → other (devset convention)')
e('647','2022-01-12','other','Helsinki',['Nordic Institute for Eurasian Affairs'],'Five specialists met at the Institute on Wednesday',note='the round table itself')
e('647','2022-01-10','statement',None,[CSTO],'the CSTO had announced on Monday')
e('647','2022-01-13','withdrawal','Kazakhstan',[CSTO,TOK],'the withdrawal would start on Thursday',note='"Thursday" = the publication day')
e('647','2022-01-05','other',None,[TOK,CSTO],'on the night of 5 January',note='request for CSTO help, inside a quote')
e('647','2022-01-10','talks','Geneva',['Russia','United States'],'the Russia–US talks in Geneva on Monday')
e('647','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO–Russia Council meeting held in Brussels the same day as the round table',note='"the same day as the round table" = Wednesday 12 Jan')
e('647','2022-02-03','other',None,['Nordic Institute for Eurasian Affairs'],'takes place on 3 February 2022',note='next round table (future)')

# ---------------- 648 letters page (Published January 12, 2022, a Wednesday)
art('648',0,ln('648',"Wednesday's letters to the editor"),ln('648','Re "Russian-led troops'),'The Globe and Mail','2022-01-12',['Ainur Bekova','Robert Lacasse','Margaret Hughes','Daniel Osei'],None,
    ['THE GLOBE AND MAIL','Opinion › Letters to the Editor','Published January 12, 2022','Readers respond. Letters are edited for length and clarity.',
     'Letters to the Editor should be exclusive to The Globe and Mail. Include your name, address and daytime phone number. Keep letters to 150 words or fewer. Letters may be edited for length and clarity. To submit a letter by e-mail, click here.',
     'Sign up for the Opinion newsletter','Report an error  |  Editorial code of conduct'],
    sections=(ln('648','Who asked for help?'),ln('648','Numbers matter'),ln('648','The Geneva connection'),ln('648','A lesson from 1986')))
q('648','terrorists trained abroad',TOK,'President Kassym-Jomart Tokayev','says',partial=True,note='the figure 20,000 stands outside the marks; the "Re "…"" headline reference is not a quote')
q('648','I did not see an army.',None,'she','told',note="the letter writer's cousin (anonymous), by phone")
q('648','closely monitoring the situation,','Global Affairs Canada','Global Affairs Canada','told',partial=True)
q('648','no need','Sergey Ryabkov','Mr. Ryabkov','said',partial=True,note='two-word partial; printed "Sergei Ryabkov"')
q('648','a frank and forthright discussion.','Wendy Sherman','Ms. Sherman','described the meeting as',partial=True)
q('648','Moscow never leaves on time.',None,'He','used to say',note="the letter writer's late father (anonymous)")
c('648','other',20000,None,'"terrorists trained abroad" who attacked Almaty',TOK,'20,000 "terrorists trained abroad"')
c('648','killed',164,None,'dead (figure withdrawn)',None,'cited 164 dead',note='"a figure the Kazakh Health Ministry then walked back"; the paper cited it, source left null (as devset19 249)')
c('648','detained',7939,None,'people detained',MIA,'said 7,939 people had been detained')
e('648',None,'other',None,[TOK,CSTO],'he invited the Collective Security Treaty Organization',note='undated request for help')
e('648',None,'casualty_report',None,['Kazakh Health Ministry'],'a figure the Kazakh Health Ministry then walked back',note='retraction, undated')
e('648','2022-01-10','casualty_report',None,[MIA],'On Monday the Interior Ministry said')
e('648','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'in Geneva on Monday')

# ---------------- 649 OSCE press-conference transcript (VIENNA, 13 January 2022, a Thursday)
art('649',0,ln('649','Press conference by the OSCE Chairman-in-Office'),ln('649','BRZEZICKA: Good afternoon'),'OSCE','2022-01-13',[],'VIENNA',
    ['Organization for Security and Co-operation in Europe','Newsroom › Press releases and statements › Transcripts','VIENNA, 13 January 2022','Unofficial transcript. Check against delivery.',
     'Participants: Zbigniew Rau, Minister of Foreign Affairs of Poland and OSCE Chairman-in-Office; Joanna Brzezicka, OSCE Chairmanship spokesperson (moderator)',
     'Related: Statement by the Chairman-in-Office to the special Permanent Council (13 January 2022)',
     'Contacts: Press and Public Information Section · Wallnerstrasse 6, 1010 Vienna · press@osce.org','Follow the OSCE on Twitter'])
q('649','the risk of war in the OSCE area is now greater than at any time in the past thirty years,','Zbigniew Rau','I','told the Council',partial=True,note='Rau quotes his own words to the Council ("I told the Council this morning that “…,” and I stand by …"); speaker label RAU')
q('649','the necessary measures.','Alexander Lukashevich','the Russian ambassador Alexander Lukashevich','told journalists',partial=True,note='inside the question of Thomas Reiter (ORF): the questioner is not the speaker')
q('649','act transparently and in line with its OSCE commitments.','Mukhtar Tileuberdi','He','assured me',partial=True,note='"He assured me, and I quote him, that Kazakhstan would “…”"')
q('649','sovereignty and the free choice of alliances,','Zbigniew Rau','RAU',None,partial=True,note='a principle stated by Rau in his own answer after a colon; no speech verb, attributed by the transcript label; borderline with a slogan')
c('649','troops_deployed',2000,'about','CSTO troops beginning to leave',None,'The CSTO force of about 2,000 troops',note='in a journalist\'s question, unattributed')
c('649','killed',16,None,'members of the security forces killed',KZA,'the authorities say 16 members of the security forces',note='"and dozens of civilians" has no integer')
c('649','aircraft',14,None,'aircraft that have flown troops home',RDM,'the first 14 aircraft have already flown troops home')
e('649','2022-01-13','talks','Vienna',['OSCE','Russia'],'Today the 57 participating States held',note='special Permanent Council')
e('649','2022-01-13','statement','Vienna',['Zbigniew Rau'],'I told the Council this morning')
e('649',None,'statement',None,['Alexander Lukashevich'],'told journalists before the meeting',note='"before the meeting" - probably 13 Jan, no day word')
e('649','2022-01-13','withdrawal','Kazakhstan',[CSTO],'troops began leaving today')
e('649','2022-01-11','talks',None,['Zbigniew Rau','Mukhtar Tileuberdi'],'I spoke with Foreign Minister Mukhtar Tileuberdi on Tuesday')
e('649','2022-01-12','talks','Brussels',['NATO','Russia'],'yesterday in Brussels the NATO-Russia Council ended without agreement')

# ---------------- 650 Slashdot story + comments (Friday January 07, 2022)
art('650',0,ln('650','Kazakhstan Pulls the Plug'),ln('650','An anonymous reader quotes'),'Slashdot','2022-01-07',['BeauHD'],None,
    ['Slashdot','News for nerds, stuff that matters','Stories | Topics | Jobs | Submit | Login','Posted by BeauHD on Friday January 07, 2022 @08:10PM from the kill-switch dept.',
     'Further reading: Kazakhstan\'s internet blackout, hour by hour (NetBlocks).','Kazakhstan | Networking | Government | Bitcoin','298 comments',
     'Re:Kill switch (Score:5, Insightful)','by steppe_sysadmin (6543210) on Friday January 07, 2022 @08:32PM (#62152301)',
     'Slashdot Top Deals','Terms | Privacy Policy | Advertise | © 2022 Slashdot Media. All Rights Reserved.'])
q('650','a small fraction of ordinary levels','NetBlocks','Monitoring group NetBlocks','said',partial=True)
q('650','Miners here are used to power cuts, not to a whole country going dark,','Didar Bekbau','Didar Bekbau','said',note='inverted cue "…," said Didar Bekbau, who runs a mining farm')
q('650','unplug nothing, log everything,',None,'My manager',"instruction",note="a commenter's manager (anonymous); cue is the noun \"instruction\"")
q('650','We paid for a dedicated fibre and it bought us one day.','Didar Bekbau','he','told',note='"Bekbau\'s farm … he told a Telegram group: “…”" (in a comment)')
q('650','strategic sites only.','Dmitry Peskov','Peskov','said',partial=True,note='in a comment; "Peskov already said so, “…”"')
c('650','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='scare-quoted label, excluded from quotes')
c('650','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers died')
c('650','detained',3000,'more than','people detained',MIA,'more than 3,000 people have been detained')
c('650','troops_deployed',2500,'about','CSTO troops being sent',CSTO,'about 2,500 troops are being sent',note='"the alliance says"')
e('650','2022-01-05','other','Kazakhstan',[],'cut nearly all internet access for a third straight day',note='"a third straight day" on Fri 7 Jan → the shutdown began on Wed 5 Jan')
e('650','2022-01-07','statement',None,['NetBlocks'],'NetBlocks said on Friday')
e('650','2022-01-05','other',None,[TOK,CSTO],'asked the Collective Security Treaty Organization for help on Wednesday night',note='request for CSTO help')
e('650',None,'statement',None,[TOK],'said on state TV',note='undated address')
e('650',None,'troop_deployment','Kazakhstan',[CSTO],'troops from a Russian-led alliance landed',note='undated')

# ---------------- 651 Discord channel export (messages 06-Jan-22 21:14 - 07-Jan-22 09:30; no publication date)
art('651',0,None,ln('651',"ok so it's official"),None,None,[],None,
    ['==============================================================','Guild: Central Asia Watch','Channel: Kazakhstan / kz-live',
     "Topic: Live links + translations. Source or it didn't happen. No doxxing.",'{Embed}','Russian paratroopers begin arriving in Kazakhstan - Steppe Wire',
     'https://steppewire.example/2022/01/06/paratroopers','Exported 13 message(s)'])
q('651','for a limited period of time','Nikol Pashinyan','Pashinyan','posted',partial=True)
q('651','our soldiers are not going to shoot at Kazakhs',None,'one MP','said',note='anonymous Kyrgyz MP; no final punctuation')
q('651','to fire without warning',TOK,'he','said',partial=True,note='translated by a chat member; "destroyed" (one word) in the same sentence is excluded')
q('651','watching for any violations of human rights','Antony Blinken','Blinken','said',partial=True)
q('651',"I have 4000 tenge and a full tank of petrol, that's my plan",None,'he','told',note="a member's brother (anonymous); money inside the quote")
c('651','troops_deployed',2500,'about','CSTO troops in total','RIA','around 2,500 total',note='"RIA says"')
c('651','killed',26,None,'attackers killed (ministry count)',MIA,'the 26 dead number',note='"the ministry\'s count of attackers"')
c('651','troops_deployed',150,None,'Kyrgyz troops',"Sadyr Japarov's office",'150 Kyrgyz troops')
c('651','other',20000,None,'"bandits" who attacked Almaty',TOK,'20 thousand bandits',note='written-out "20 thousand"')
c('651','killed',18,None,'security personnel killed',MIA,'18 security personnel killed')
c('651','injured',748,None,'security personnel injured',MIA,'748 injured')
c('651','detained',3811,None,'people detained',MIA,'3,811 detained')
e('651','2022-01-06','statement',None,['Nikol Pashinyan',CSTO],'Pashinyan posted that the council agreed',note='message date 06-Jan-22 (no "today", but the message calls it news)')
e('651',None,'troop_deployment','Kazakhstan',['Belarus','Armenia','Tajikistan','Kyrgyzstan'],'Belarus, Armenia, Tajikistan, Kyrgyzstan sending smaller units')
e('651','2022-01-06','casualty_report',None,[MIA],'the 26 dead number from this morning',note='"this morning" resolved from the message timestamp (06-Jan-22)')
e('651','2022-01-06','other','Bishkek',['Kyrgyz parliament'],'Kyrgyz parliament is fighting about it',note='"on the floor today" from the message timestamp')
e('651',None,'statement',None,["Sadyr Japarov's office"],"Japarov's office says 150",note='undated')
e('651','2022-01-07','statement',None,[TOK],'Tokayev address just now',note='message timestamp 07-Jan-22 08:40 AM')
e('651','2022-01-07','casualty_report',None,[MIA],'interior ministry also says',note='"as of this morning"')
e('651','2022-01-06','statement',None,['Antony Blinken'],'Blinken was asked yesterday',note='"yesterday" from the 07-Jan-22 message')
e('651','2022-01-10','talks','Geneva',['United States','Russia'],'raise it in Geneva on Monday')

# ---------------- 652 Instagram post of a news account ("JANUARY 9", no year; Sunday 9 January 2022)
art('652',0,ln('652','ALMATY AFTER THE STORM'),ln('652','Life is slowly returning'),'steppe.news','2022-01-09',[],None,
    ['Instagram','steppe.news • Follow','Almaty, Kazakhstan','📸 Swipe to see the city on Sunday. Photos: @steppe.news team','#Almaty #Kazakhstan #Алматы #Qantar #CSTO',
     'View all 412 comments','aigerim.s.kz 🙏🙏🙏 praying for everyone','marat_almaty_1987 "technical error" 164 people is not a technical error',
     'nurlan.photo Thank you for the honest reporting. My street (Zheltoksan) still has burned cars','d.kaliyeva Where are the 5800 detained held? Families need lists',
     '12,483 likes','JANUARY 9','Add a comment...','Post'])
q('652','all critical services have been restored,',None,"The city's acting akim",'said',partial=True,note='unnamed official (title only)')
q('652','a considerable number of foreign nationals',KZA,'The Kazakh authorities','say',partial=True)
q('652','a technical error',None,'officials','called it',partial=True,note='unnamed officials; repeated as a scare quote in a comment (boilerplate, not annotated)')
q('652','taken under protection','Igor Konashenkov','Russian defence ministry spokesman Igor Konashenkov','said',partial=True)
q('652','We worked three days without going home. I have never seen wounds like that.','Gulnara','Gulnara, 45, a nurse',None,note='colon attribution with no verb (vox pop); first name only')
q('652','My phone only started working yesterday. The first message was from my mum.','Timur','Timur, 19, a student','wrote to us',note='"yesterday" inside the quote is not resolved')
c('652','detained',5800,None,'people detained',KZA,'say 5,800 people have been detained')
c('652','killed',164,None,'dead (figure removed)',KZHM,"The health ministry's figure of 164 dead",note='removed hours later; "5800" in a comment is boilerplate')
c('652','aircraft',70,'more than','aircraft used by the CSTO contingent','Igor Konashenkov','flown in more than 70 aircraft')
e('652','2022-01-08','other','Almaty',[],'On Saturday the first buses ran again')
e('652','2022-01-09','statement','Almaty',[],"The city's acting akim said on Sunday",note='unnamed acting akim')
e('652','2022-01-09','casualty_report',None,[KZHM],'published on Sunday morning',note='figure removed hours later')
e('652',None,'statement',None,['Igor Konashenkov'],'Russian defence ministry spokesman Igor Konashenkov said',note='undated')
e('652','2022-01-10','talks','Geneva',['Russia','United States'],'Tomorrow, Monday, Russian and American diplomats meet in Geneva')

# ---------------- speakers: quoted speakers, plus organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President'],'Kazakhstan',['The president','he'],note='words paraphrased'),
 sp('Dana Seitkali','person',['Dana Seitkali'],[],'Kazakhstan',['I'],['@kz_lawyer_d'],note='invented Spaces speaker, a lawyer'),
 sp('Dmitry Peskov','person',['Peskov'],[],'Russia',['The Kremlin spokesman'],note='surname only in this set'),
 sp('Vladimir Putin','person',['Putin'],[],'Russia',note='surname only; words paraphrased from a readout'),
 sp('Andrei Serdyukov','person',['Serdyukov'],[],'Russia',note='surname only; words invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',[],['Mr. Ryabkov'],note='canonical from earlier sets; printed "Sergei" in 648'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['U.S. Deputy Secretary of State'],'United States',['She'],['Ms. Sherman']),
 sp(IEDFA,'organisation',['Department of Foreign Affairs'],[],'Ireland',[],[]),
 sp('Kaisa Lehtinen','person',['Kaisa Lehtinen','Lehtinen'],['Senior Research Fellow','chair'],'Finland',[],['Dr Kaisa Lehtinen'],note='invented'),
 sp('Arman Zhunusov','person',['Arman Zhunusov','Zhunusov'],['KIMEP University'],'Kazakhstan',['He','he'],['Prof. Arman Zhunusov'],note='invented'),
 sp('Peter Holmqvist','person',['Peter Holmqvist','Holmqvist'],['Ambassador (ret.)','former Swedish ambassador in Nur-Sultan'],'Sweden',[],[],note='invented'),
 sp('Irina Vasko','person',['Irina Vasko','Vasko'],['independent analyst'],'Lithuania',['she','She'],['Dr Irina Vasko'],note='invented'),
 sp('Jari Mäkelä','person',['Jari Mäkelä','Mäkelä'],['Col. (ret.)','Finnish Defence Forces'],'Finland',['the colonel'],["Mäkelä's"],note='invented'),
 sp('Global Affairs Canada','organisation',['Global Affairs Canada'],[],'Canada',note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','RAU'],['Minister of Foreign Affairs of Poland','OSCE Chairman-in-Office'],'Poland',['I'],note='"RAU" is the transcript speaker label; words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['the Russian ambassador'],'Russia',note='words paraphrased'),
 sp('Mukhtar Tileuberdi','person',['Mukhtar Tileuberdi'],['Foreign Minister'],'Kazakhstan',['He'],note='words invented'),
 sp('NetBlocks','organisation',['NetBlocks'],['Monitoring group'],None,note='words invented'),
 sp('Didar Bekbau','person',['Didar Bekbau','Bekbau'],['who runs a mining farm'],'Kazakhstan',['he'],["Bekbau's"],note='invented'),
 sp('Nikol Pashinyan','person',['Pashinyan'],[],'Armenia',note='surname only; words paraphrased'),
 sp('Antony Blinken','person',['Blinken'],[],'United States',note='surname only; words invented'),
 sp(KZA,'organisation',['Kazakh authorities'],[],'Kazakhstan',['the authorities','officials']),
 sp('Igor Konashenkov','person',['Igor Konashenkov'],['Russian defence ministry spokesman'],'Russia',note='words paraphrased'),
 sp('Gulnara','person',['Gulnara'],['a nurse'],'Kazakhstan',note='invented vox-pop; first name only'),
 sp('Timur','person',['Timur'],['a student'],'Kazakhstan',note='invented vox-pop; first name only'),
 sp(MIA,'organisation',['interior ministry','Interior Ministry'],[],'Kazakhstan',quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance'],quoted=False,note='source of figures in 4 files; not quoted in this set'),
 sp(KZHM,'organisation',['Kazakh Health Ministry','health ministry'],[],'Kazakhstan',quoted=False,note='164-dead figure (648, 652); not quoted'),
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
