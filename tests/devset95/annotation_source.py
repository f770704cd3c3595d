#!/usr/bin/env python3
"""Source of the devset95 annotation: the hand-chosen spans, values and dates for 853-860.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset95/annotation_source.py && python3 tests/devset95/verify.py
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
def L(p,n): return T[doc(p)].split('\n')[n-1]
A,Q,C,E=[],[],[],[]
def art(p,index,headline,first_line,outlet,published,authors,dateline,boiler,ls=1,le=None,note=None):
    """headline / first_line: a line number (whole line; first_line cut at 80) or an exact string."""
    f=doc(p); Ls=T[f].split('\n')
    if le is None: le=last_line(p)
    for b in boiler: assert b in Ls,(f,b)
    h=Ls[headline-1] if isinstance(headline,int) else headline
    fl=cut80(Ls[first_line-1]) if isinstance(first_line,int) else first_line
    assert h in T[f] and fl in T[f],(f,h,fl)
    A.append(dict(doc=f,index=index,headline=h,first_line=fl,outlet=outlet,published=published,authors=authors,dateline=dateline,boilerplate_examples=boiler,line_start=ls,line_end=le,sections=[],note=note))
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
SER='Andrei Serdyukov'; RYA='Sergey Ryabkov'; SHE='Wendy Sherman'; PUT='Vladimir Putin'; KAUTH='Kazakh authorities'
KRMFA='South Korean Foreign Ministry'

# ---------------- 853 AP Archive video page with SHOTLIST / STORYLINE (Date Created: 01/13/2022, a Thursday)
art('853',0,4,36,'AP','2022-01-13',[],'Almaty, Kazakhstan',
    ['AP ARCHIVE','Home | Search | My Collections | Licensing | Contact Us','Story No: 4395271','Duration: 02:37',
     'Restrictions: AP Clients Only / No Access Kazakhstan','Add to collection   Download preview   Share','SHOTLIST:','STORYLINE:',
     'Clients are reminded:','© 2022 The Associated Press. All rights reserved.'],
    note='first_line = first STORYLINE paragraph (l.36); the SHOTLIST lines are shot descriptions, but their SOUNDBITE quotes are body quotes. dateline from "Location:"')
q('853','The mission has been fulfilled. The peacekeeping forces guarded the facilities entrusted to them, and not a single one of them was lost.',SER,'Colonel General Andrei Serdyukov',None,note='SOUNDBITE label line above the quote gives the speaker; cue null (as devset 275)')
q('853','We thank our allies. Today we can say that order in the city is in our own hands again,','Yerlan Sadykov','Yerlan Sadykov',None,note='SOUNDBITE label; the quote ends with "," although nothing follows')
q('853','I have lived here for forty years and I have never seen the akimat burning.',None,'Almaty resident',None,note='SOUNDBITE label "Almaty resident, no name given"; duration "forty years" inside, not a claim')
q('853','completed its tasks in full',SER,'Colonel General Andrei Serdyukov','said',partial=True)
q('853','main mission',TOK,'Tokayev','telling',partial=True,note='two-word partial with a speech verb ("telling parliament that the …")')
q('853','We did not ask them to stay a day longer than necessary,',None,'a Kazakh officer at the airfield','told',note='anonymous officer; cue "told AP"')
c('853','troops_deployed',2030,None,'CSTO servicemen deployed',RDM,'2,030 servicemen',note='"It added" = the Russian Defence Ministry')
c('853','other',250,'about','pieces of military hardware deployed',RDM,'about 250 pieces of military hardware')
c('853','detained',10000,'more than','people detained during the unrest',MIA,'More than 10,000 people were detained')
c('853','killed',164,'at least','death toll',KAUTH,'put the death toll at no fewer than 164',note='"no fewer than" normalised to at least')
e('853','2022-01-13','withdrawal','Kazakhstan',[CSTO],'on Thursday began leaving Kazakhstan',note='"on Thursday" = publication day')
e('853',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'a week after they arrived at the request of President Kassym-Jomart Tokayev',note='"a week after" is not a day (real: from 6 Jan)')
e('853','2022-01-13','other','Almaty',[SER],'At a ceremony at an airfield in Almaty',note='no day word in the sentence; dated from the shotlist heading "Almaty, Kazakhstan - 13 January 2022"')
e('853',None,'statement',None,[RDM],'The Russian Defence Ministry said the withdrawal would take up to 10 days',note='undated')
e('853','2022-01-11','statement',None,[TOK],'Tokayev announced on Tuesday',note='"on Tuesday" before Thursday 13 Jan')
e('853','2022-01-02','protest','Zhanaozen',[],'began on January 2 in the oil town of Zhanaozen')
e('853','2022-01-05','protest','Almaty',[],'government buildings were set ablaze on January 5')

# ---------------- 854 Democracy Now! "Headlines" page (Monday, January 10, 2022): three headline items = three articles
art('854',0,10,12,'Democracy Now!','2022-01-10',[],None,
    ['Democracy Now!','Independent Global News','Donate','Headlines  Shows  Topics  Columns  Events  Get Involved','Headlines','Monday, January 10, 2022',
     'Watch Headlines   Listen   Download   Share   Tweet   Email'],ls=1,le=13,
    note='the page date and furniture belong to all three items; "AMY GOODMAN:" is the reader, not an author')
art('854',1,14,16,'Democracy Now!','2022-01-10',[],None,[],ls=14,le=17)
art('854',2,18,20,'Democracy Now!','2022-01-10',[],None,
    ['Support independent media. Democracy Now! is funded by viewers and listeners like you. Please donate today.',
     'The original content of this program is licensed under a Creative Commons Attribution-Noncommercial-No Derivative Works 3.0 United States License.'],ls=18)
q('854','Attempted Coup',TOK,'Tokayev','Calls',partial=True,zone='headline',note='headline quote; Title Case copy of the body partial')
q('854',"an attempted coup d'état.",TOK,'President Kassym-Jomart Tokayev','told',partial=True,note='"told a virtual summit … that his country had survived “…”"; final "." inside the mark')
q('854','Under the guise of spontaneous protests, a wave of unrest broke out. It became clear that the main goal was to undermine constitutional order and seize power.',TOK,'He','said')
q('854','People are afraid to go to the morgues to look for their relatives, because they are afraid they will be arrested too.','Dana Mirzakhmetova','Dana Mirzakhmetova','told',note='"told Democracy Now! by phone, “…”" — outlet name with "!" between cue and quote')
q('854','under pressure and under threats.',RYA,'Deputy Foreign Minister Sergei Ryabkov','said',art=1,partial=True)
q('854','Nothing about Ukraine without Ukraine,',SHE,'she','told',art=1,note='she = Sherman, named in the sentence before; the name in the same sentence (Ryabkov) is the counterpart, not the speaker')
q('854','beaten and threatened',None,'His editor','said',art=2,partial=True,note='unnamed editor')
c('854','detained',8000,'almost','people detained in Kazakhstan',None,'Nearly 8,000 Detained',zone='headline')
c('854','detained',8000,'almost','people detained',KAUTH,'nearly 8,000 people have been detained',note='"Authorities in Kazakhstan say"')
c('854','detained',7939,None,'people taken into custody',MIA,'7,939 people had been taken into custody')
c('854','killed',164,None,'death toll (later withdrawn)','officials','revised the death toll to 164',note='"including children"; figure withdrawn as a "technical error" (scare quote excluded)')
c('854','troops_deployed',100000,'about','Russian troops near the border with Ukraine',None,'some 100,000 troops',art=1)
c('854','detained',10,'at least','journalists briefly detained','Press freedom groups','at least 10 journalists were briefly detained',art=2)
e('854','2022-01-09','casualty_report',None,[MIA],'The Interior Ministry said Sunday',note='"Sunday" without "on", before Monday 10 Jan')
e('854','2022-01-10','talks',None,[TOK,CSTO],'told a virtual summit of the Russian-led Collective Security Treaty Organization',note='"On Monday" = publication day')
e('854',None,'statement',None,[TOK],'Tokayev has issued orders to shoot to kill without warning',note='undated')
e('854',None,'troop_deployment','Kazakhstan',[PUT],"who sent paratroopers at Tokayev's request",note='undated')
e('854',None,'statement',None,[PUT],'vowed the bloc would not allow',note='undated (same CSTO summit, real 10 Jan, but not stated)')
e('854','2022-01-10','talks','Geneva',['United States','Russia'],'officials met today for talks on Ukraine and European security',art=1,note='"today" = publication day')
e('854',None,'statement',None,[RYA],'Ahead of the meeting, Deputy Foreign Minister Sergei Ryabkov said',art=1,note='"Ahead of the meeting" is not a day')
e('854','2022-01-09','talks','Geneva',[SHE,RYA],'after a working dinner with Ryabkov on Sunday',art=1)
e('854','2022-01-12','talks','Brussels',['NATO','Russia'],'scheduled to meet in Brussels Wednesday',art=1,note='future; "Wednesday" without "on"')
e('854','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',art=1,note='future')
e('854',None,'other','Almaty',[],'has been released after four days in custody',art=2,note='release of the journalist; no day given')

# ---------------- 855 RTÉ Aertel teletext page P132, three subpages (Wed 12 Jan, no year)
art('855',0,'NATO-Russia talks end with\n "significant differences"','Talks between NATO and Russia in','RTÉ Aertel','2022-01-12',[],None,
    [L('855',1),L('855',2),L('855',3),L('855',21),L('855',22),L('855',43),L('855',44),L('855',66)],
    note='teletext hard-wraps at ~38 columns and indents every line by one space; the headline is two screen lines, kept with its line break; '
         'first_line is l.8 without the leading space; the three subpage headers (1/3, 2/3, 3/3) are furniture of one story')
q('855','significant differences','Jens Stoltenberg','Jens Stoltenberg',None,partial=True,zone='headline',note='headline quote; the attribution is only in the body')
q('855','significant differences','Jens Stoltenberg','Secretary General','saying',n=2,partial=True,note='"the alliance\'s / Secretary General saying" — the title is split over two screen lines; named only in the next paragraph')
q('855','No one else has a veto,','Jens Stoltenberg','he','said')
q('855','clearly and honestly','Alexander Grushko','Alexander Grushko','said',partial=True,note='"who said … “…”."; full stop outside the mark')
q('855','following closely','Simon Coveney','Simon Coveney','said',partial=True)
q('855','maximum restraint on\n all sides, including the security\n forces','Simon Coveney','Simon Coveney','urged',partial=True,
  note='spans two hard line breaks inside one teletext paragraph (each continuation line starts with a space); not malformed: one paragraph, matching marks')
q('855','Dialogue is the only way out of\n this for the people of Kazakhstan,','Simon Coveney','Mr Coveney','added',note='hard line break inside the quote; "Mr Coveney added" on the next screen line')
c('855','troops_deployed',100000,'about',"Russian troops near Ukraine's border",None,"100,000 troops near Ukraine's border",note='"is estimated", no source named')
c('855','detained',9900,None,'people detained in Kazakhstan','officials','Officials said yesterday that 9,900',note='the figure and "people had been detained" are on two screen lines')
e('855','2022-01-12','talks','Brussels',['NATO','Russia'],'Brussels today ended without a deal',note='"today" = page date')
e('855','2022-01-10','talks','Geneva',['United States','Russia'],'followed US-Russian talks in Geneva on',note='"on / Monday" wrapped to the next line')
e('855','2022-01-13','talks','Vienna',['OSCE'],'The OSCE will meet in Vienna',note='"tomorrow" on the next screen line')
e('855','2022-01-22','withdrawal','Kazakhstan',[CSTO],'would finish leaving by 22 Jan.',note='deadline "by 22 Jan" (no year) announced by Tokayev')
e('855','2022-01-11','casualty_report','Kazakhstan',['officials'],'Officials said yesterday',note='"yesterday" from Wed 12 Jan')
e('855',None,'statement',None,['Simon Coveney'],'Affairs Minister Simon Coveney said',note='undated')

# ---------------- 856 ABC Radio National, RN Breakfast programme page with transcript (Broadcast Wed 12 Jan 2022)
art('856',0,"Kazakhstan's crackdown and what it means for Russia's neighbourhood",9,'ABC Radio National','2022-01-12',[],None,
    ['ABC Radio National','Listen Live   Programs   Podcasts   Subjects   Schedule','RN Breakfast','Listen  10m 54s   Download   Share','Transcript','Credits',
     'Share   Facebook   Twitter   Email','Audio rights: This audio is available in Australia and overseas.'],
    note='headline = the text after "Program: "; first_line = the programme description (l.9); host and producer are not authors')
q('856','The main mission has been successfully accomplished.',TOK,'He','said',note='quoted inside the guest\'s unquoted speech, with an interposed "and I\'m translating from the Russian,"; He = Tokayev (named by the host)')
q('856','to share with the people.',TOK,'He','said',partial=True)
q('856','We will not let anyone destabilise our common home,',PUT,'He','said',note='quoted by the host; He = Putin, named in the sentence before')
q('856','in full accordance with the treaty.','Sergey Lavrov','Foreign Minister Lavrov','said',partial=True,note='"was asked about it last week and he said … “…”"')
q('856','We called the fire brigade, we did not sell them the house.',None,'one Kazakh official','put it',note='anonymous official quoted by the guest; cue "put it to me"')
c('856','detained',10000,'almost','people detained',None,'with almost 10,000 people detained',note='programme description')
c('856','detained',9900,'about','people detained','Kazakh government','around 9,900 people have been detained',note='"The government is now saying" (host)')
c('856','killed',164,None,'official death toll (taken down)',KAUTH,'The official figure at the weekend was 164')
c('856','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces have died')
c('856','troops_deployed',2000,'about','CSTO troops sent within a couple of days','Ruslan Abenov','about 2,000 troops within a couple of days',note="the guest's own estimate")
e('856','2022-01-11','statement','Kazakhstan',[TOK],'President Tokayev addressed his parliament yesterday')
e('856','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw on Thursday',note='future')
e('856','2022-01-10','talks',None,[PUT,CSTO],'Vladimir Putin spoke on Monday at the CSTO summit')
e('856',None,'statement',None,['Sergey Lavrov'],'Foreign Minister Lavrov was asked about it last week',note='"last week" is not a day')
e('856','2022-01-09','statement',None,[],'put it to me on Sunday',note='anonymous Kazakh official speaking to the guest')
e('856',None,'talks','Geneva',[],'the Geneva talks are taking place',note='"the same week"; no day')

# ---------------- 857 BBC Sounds episode page of BBC World Service "Newshour" (Released On: 07 Jan 2022, a Friday)
art('857',0,6,12,'BBC World Service','2022-01-07',[],None,
    ['BBC Sounds','Home   My Sounds   Music   Podcasts   Sign in','Newshour','Available for over a year','49 mins','Play   + Add to My Sounds   Share',
     'Presenter: James Carver','Producer: Helen Marsh','Clips','00:12:40  Blinken: Russians "in your house"','Programme Website','More episodes',
     'Explore the BBC','Terms of Use   About the BBC   Privacy Policy   Cookies   Accessibility Help'],
    note='episode description = body; the "Clips" chapter titles (with quoted fragments) are furniture')
q('857','What negotiations are possible with criminals and killers?',TOK,'he','rejected',note='"he rejected calls for negotiations: “…”" — colon before the quote; cue kept as the verb')
q('857','eerily quiet, with gunfire at night and checkpoints on every major road.','Rustam Khodjaev','Our Central Asia correspondent Rustam Khodjaev','described',partial=True,note='the outlet\'s own correspondent as speaker; "described the city as"')
q('857','has chosen the hard road, and the country will pay for it.','Marat Bekov','Marat Bekov','tells',partial=True,note='present-tense cue "tells Newshour that"; "the president" just before the quote is the subject of the quote, not the speaker')
q('857','The internet is off, the cash machines are empty and nobody knows who is shooting at whom.',None,'a resident of Almaty','hear from',note='"we hear from a resident of Almaty, who asked not to be named: “…”"')
q('857','Recent history teaches that once Russian troops are in your house, getting them to leave can be very hard.','Antony Blinken','Secretary of State Antony Blinken','told')
c('857','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" have been killed')
c('857','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces have died')
c('857','detained',3000,'more than','people detained',MIA,'More than 3,000 people have been detained',note='no source in the sentence; follows "The interior ministry says"')
e('857','2022-01-07','statement',None,[TOK],'In a televised address on Friday')
e('857',None,'statement',None,[TOK,PUT],'He also thanked Vladimir Putin',note='undated')
e('857',None,'casualty_report',None,[MIA],'The interior ministry says 26',note='present tense, no day')
e('857','2022-01-06','other','Almaty',['Rustam Khodjaev'],'who reached Almaty on Thursday',note="correspondent's arrival")
e('857','2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken told reporters on Friday')
e('857',None,'statement',None,['Russian Foreign Ministry'],"Russia's foreign ministry called the remark",note='undated (real: 8 Jan)')
e('857','2022-01-10','talks','Geneva',['United States','Russia'],"ahead of Monday's talks in Geneva",note='future Monday after Fri 7 Jan')

# ---------------- 858 Reuters Connect video script (Date: 10/01/2022 20:12 GMT, a Monday)
art('858',0,4,32,'Reuters','2022-01-10',['Laura Kessler','Marc Duvoisin'],'GENEVA, SWITZERLAND',
    ['REUTERS CONNECT','Video  Pictures  Text  Graphics  My Downloads','Edit Number: 1','Slug: USA-RUSSIA/TALKS','Duration: 3:05',
     'Restrictions: NONE (Reuters) / SWITZERLAND OUT (SRF)','Language: ENGLISH, RUSSIAN / NATS','SHOWS:','VIDEO CLIP','Download   Add to basket   Preview'],
    note='DD/MM date; first_line = the STORY paragraph with its "STORY: " label; authors from the "(Production: …)" credit')
q('858','For us it is absolutely essential that Ukraine does not become a member of NATO. Not now and not later.',RYA,'SERGEI RYABKOV',None,note='upper-case SOUNDBITE label "… SERGEI RYABKOV, SAYING:"; cue null')
q('858','We have no intention of attacking Ukraine. There is no reason to fear an escalation.',RYA,'RYABKOV',None,note='label "RYABKOV SAYING:" (surname only)')
q('858','We told them plainly that some of their proposals cannot be the basis for any agreement.',SHE,'WENDY SHERMAN',None,note='label with "(via video link)" after SAYING')
q('858','long, tough and businesslike,',RYA,'Deputy Foreign Minister Sergei Ryabkov','described',partial=True)
q('858','shut the door on new members.',SHE,'U.S. Deputy Secretary of State Wendy Sherman','said',partial=True)
q('858','watch very closely',SHE,'Sherman','told',partial=True)
c('858','troops_deployed',100000,'about',"Russian troops massed near Ukraine's borders",'Western estimates','Some 100,000 Russian troops are massed')
c('858','troops_deployed',2500,'about','CSTO troops deployed to Kazakhstan',None,'about 2,500 troops from the Russian-led')
c('858','detained',7900,'more than','people detained in Kazakhstan',None,'more than 7,900 people have been detained')
e('858','2022-01-10','talks','Geneva',['United States','Russia',RYA,SHE],'Russia told the United States on Monday (January 10)')
e('858',None,'troop_deployment','Kazakhstan',[CSTO],"last week's deployment",note='"last week" is not a day')
e('858','2022-01-12','talks','Brussels',['NATO','Russia'],'NATO-Russia Council in Brussels on Wednesday',note='future')
e('858','2022-01-13','talks','Vienna',['OSCE'],'talks at the OSCE in Vienna on Thursday',note='future')

# ---------------- 859 C-SPAN video page with closed captions (JANUARY 7, 2022, a Friday)
art('859',0,5,6,'C-SPAN','2022-01-07',[],None,
    ['C-SPAN','Home  Schedule  Video Library  Radio  Podcasts  Classroom  Donate','JANUARY 7, 2022','Program ID: 517204-1','Views: 1,412 total views',
     'Share   Embed   Clip   Download','Transcript type: Closed Captioning','Closed captioning is not a perfect record of what was said. Text may contain errors.',
     'Hide Transcript','Related Video','C-SPAN is a public service created by the American Cable Television Industry.'],
    note='first_line = the programme description; the upper-case caption lines are unquoted speech (no quotes) except the reporter\'s marked quote')
q('859','deeply concerned','Ned Price','Mr. Price','said',partial=True)
q('859','The shoot-to-kill order, to the extent it exists, is something we would reject.','Ned Price','he','said')
q('859','I HAVE GIVEN THE ORDER TO FIRE WITHOUT WARNING.',TOK,'THE PRESIDENT','SAID',note='inside an upper-case caption line: a reporter\'s question "THE PRESIDENT SAID QUOTE, “…”"; the word QUOTE is not part of the cue')
c('859','detained',3000,'more than','arrests in Kazakhstan',KAUTH,'MORE THAN 3,000 ARRESTS',note='caption text in capitals; "THE KAZAKH AUTHORITIES HAVE REPORTED"')
c('859','troops_deployed',2500,'about','Russian/CSTO troops going into Kazakhstan','Russia','ABOUT 2,500 TROOPS GOING IN',note='a reporter relays "THE RUSSIANS SAY"')
e('859','2022-01-07','statement','Washington',['Ned Price'],'briefed reporters on the situation in Kazakhstan',note='Event Date: January 7, 2022')
e('859','2022-01-06','talks',None,['Antony Blinken','Mukhtar Tileuberdi'],'SPOKE WITH FOREIGN MINISTER TILEUBERDI YESTERDAY',note='"THE SECRETARY" = Blinken (world knowledge); "YESTERDAY" from 7 Jan')
e('859','2022-01-06','other','Almaty',['United States'],'authorized the voluntary departure of family members',note='"the day before" (from the briefing day 7 Jan)')
e('859','2022-01-10','talks','Geneva',[SHE,'Russia'],'would lead the U.S. delegation in Geneva on Monday',note='future')
e('859','2022-01-12','talks',None,['NATO','Russia'],'NATO CONSULTATIONS ON WEDNESDAY',note='future')
e('859','2022-01-13','talks',None,['OSCE'],'THE OSCE ON THURSDAY',note='future')

# ---------------- 860 KBS World Radio news item, anchor + report script (Write: 2022-01-07 14:52:18, a Friday)
art('860',0,6,10,'KBS World Radio','2022-01-07',['Kim Ji-hoon'],None,
    ['KBS WORLD Radio','ENGLISH  한국어  中文  日本語  Русский  Français','News  Korean Culture  Learn Korean  Listen',"News > Int'l",
     'Write: 2022-01-07 14:52:18 / Update: 2022-01-07 17:20:05','Facebook  Twitter  Print  Font size  +  -','Kim Ji-hoon, KBS World Radio News.',
     'Copyright © KBS WORLD Radio. All Rights Reserved.','Related Articles'],
    note='author from the sign-off line (also "Kim Ji-hoon reports." in the anchor intro); first_line keeps the "Anchor: " label')
q('860','in contact with Korean residents around the clock.',None,'A foreign ministry official','told',partial=True,note='anonymous ministry official; speaker null (the ministry itself is a separate, unquoted speaker)')
q('860','We have confirmed that there is no damage to our nationals so far. We are asking them to refrain from going outside.',None,'Foreign ministry official',None,note='"[Sound bite: Foreign ministry official (Korean)]" label; anonymous')
q('860','Internet service is cut off in many areas, so we communicate by landline.',None,'An official with the Korea-Kazakhstan business council','said')
q('860','I heard gunfire all night on Wednesday. We are staying indoors and waiting.','Shin Mi-rae','Shin Mi-rae',None,note='"[Sound bite: NAME, role (Korean)]" label; Korean name order (surname first)')
c('860','killed',26,None,'rioters killed',MIA,'26 rioters had been killed')
c('860','detained',3000,'more than','people detained',MIA,'more than 3,000 detained')
c('860','killed',18,None,'security officers killed',MIA,'18 security officers had died')
c('860','troops_deployed',2500,'about','CSTO troops arrived in Kazakhstan',None,'About 2,500 troops from the Russian-led')
e('860','2022-01-02','protest','Kazakhstan',[],'erupted on January 2')
e('860','2022-01-07','statement',None,[KRMFA],'A foreign ministry official told reporters on Friday')
e('860','2022-01-06','other',None,[KRMFA],'set up an emergency task force the day before',note='"the day before" Friday 7 Jan')
e('860',None,'other','Almaty',[KRMFA],'raised its travel alert for Almaty to level three',note='undated')
e('860','2022-01-08','other','Almaty',['Asiana Airlines'],'flight scheduled for Saturday',note='cancelled flight; Saturday after Fri 7 Jan')
e('860','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('860',None,'troop_deployment','Kazakhstan',[CSTO,TOK],'have arrived in the country at President',note='undated')
e('860','2022-01-05','other','Almaty',['Shin Mi-rae'],'I heard gunfire all night on Wednesday',note='inside a quote; Wednesday before Fri 7 Jan')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t,re.I) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(SER,'person',['Andrei Serdyukov'],['Colonel General','commander of CSTO collective peacekeeping forces'],'Russia',[],['Colonel General Andrei Serdyukov'],note='words invented'),
 sp('Yerlan Sadykov','person',['Yerlan Sadykov'],['Kazakh airfield officer'],'Kazakhstan',note='invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's president"],'Kazakhstan',['He','he','THE PRESIDENT'],["Tokayev's"],note='words paraphrased/invented'),
 sp('Dana Mirzakhmetova','person',['Dana Mirzakhmetova'],[],'Kazakhstan',note='invented; the group "Adilet Watch" is invented'),
 sp(RYA,'person',['Sergei Ryabkov','Ryabkov','SERGEI RYABKOV'],['Deputy Foreign Minister','RUSSIAN DEPUTY FOREIGN MINISTER'],'Russia',[],[],note='canonical from earlier sets; words paraphrased/invented'),
 sp(SHE,'person',['Wendy Sherman','Sherman','WENDY SHERMAN'],['Deputy Secretary of State','U.S. DEPUTY SECRETARY OF STATE','DEPUTY SECRETARY'],'United States',['she']),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['Secretary General'],'Norway',['he']),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Deputy Foreign Minister'],'Russia'),
 sp('Simon Coveney','person',['Simon Coveney','Coveney'],['Foreign\n Affairs Minister'],'Ireland',[],['Mr Coveney'],note='words invented; the title is wrapped over two teletext lines and kept as written'),
 sp(PUT,'person',['Vladimir Putin'],['Russian President'],'Russia',['He']),
 sp('Sergey Lavrov','person',['Lavrov'],['Foreign Minister'],'Russia',[],['Foreign Minister Lavrov'],note='surname only in this set'),
 sp('Rustam Khodjaev','person',['Rustam Khodjaev'],['Central Asia correspondent'],None,note='invented BBC correspondent'),
 sp('Marat Bekov','person',['Marat Bekov'],['a retired Kazakh diplomat'],'Kazakhstan',note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['Secretary of State'],'United States',['THE SECRETARY']),
 sp('Ned Price','person',['Ned Price','Price'],['State Department spokesperson','Spokesperson, U.S. Department of State'],'United States',['he'],['Mr. Price'],note='words invented'),
 sp('Shin Mi-rae','person',['Shin Mi-rae'],['Almaty-based teacher'],'South Korea',note='invented'),
 sp('Ruslan Abenov','person',['Ruslan Abenov','RUSLAN ABENOV'],['Research Fellow, Centre for European Studies, Australian National University'],None,[],['Dr Ruslan Abenov'],quoted=False,
    note='invented guest; his transcript speech is unmarked (not quotes) but he is the source of a claim'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],[],quoted=False,note='mentioned in most files'),
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
