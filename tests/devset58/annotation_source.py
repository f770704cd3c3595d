#!/usr/bin/env python3
"""Source of the devset58 annotation: the hand-chosen spans, values and dates for 557-564.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset58/annotation_source.py && python3 tests/devset58/verify.py
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
MIA='Kazakh Ministry of Internal Affairs'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'; KHM='Kazakh Health Ministry'; KA='Kazakh authorities'
JPMFA='Japanese Foreign Ministry'; TWMFA='Taiwanese Ministry of Foreign Affairs'; DFA='Philippine Department of Foreign Affairs'; MFAT='New Zealand Ministry of Foreign Affairs and Trade'

# ---------------- 557 The Asahi Shimbun (AJW)-style piece (January 8, 2022 at 18:40 JST, a Saturday)
art('557',0,4,11,'The Asahi Shimbun','2022-01-08',['KENJI MORIOKA'],None,
    ['THE ASAHI SHIMBUN','ASIA & WORLD > ASIA & PACIFIC','By KENJI MORIOKA/ Staff Writer','January 8, 2022 at 18:40 JST',
     'Photo/Illutration Soldiers stand guard outside the damaged city hall in Almaty, Kazakhstan, on Jan. 7. (Provided by a reader)',
     'Related Articles',"Japan's uranium imports from Kazakhstan reach record high",
     'Copyright The Asahi Shimbun Company. All rights reserved. No reproduction or republication without written permission.'])
q('557','We have confirmed the safety of all of the roughly 140 Japanese nationals registered in the country, and we will continue to do everything we can to protect them,','Hirokazu Matsuno','Chief Cabinet Secretary Hirokazu Matsuno','told',note='inverted order with a long title before the name; a count of nationals (not a claim) inside the quote')
q('557','with strong interest','Hirokazu Matsuno','He','said',partial=True,note='He = Matsuno (previous paragraph)')
q('557','The shooting at night was the worst part. Nobody knew who was fighting whom,',None,'A manager at a Tokyo-based trading house','said',note='anonymous manager; the cue is "he said", speaker_as_written keeps the descriptive phrase of the previous paragraph (as devset57)')
q('557','My Kazakh staff cannot leave, so I will not leave either,','Takashi Ueno','Ueno','said',note='invented tour operator; first mention has the age "47"')
q('557','resolved peacefully through dialogue','Yoshimasa Hayashi','Foreign Minister Yoshimasa Hayashi','said',partial=True)
q('557','If Moscow can send paratroopers across a border in a day, Europe will read that as a signal,',None,'a senior Foreign Ministry official','said',note='inverted cue "said a senior Foreign Ministry official"; anonymous')
c('557','detained',4404,None,'people detained since the unrest began',KA,'4,404 people had been detained')
c('557','killed',26,None,'"armed criminals" killed','state television','26 "armed criminals" had been killed',note='scare-quoted label after the figure (label excluded from quotes)')
c('557','killed',18,None,'members of the security forces killed','state television','18 members of the security forces had died',note='"two of them beheaded" is a subset, not a claim')
c('557','troops_deployed',2000,'more than','CSTO soldiers in Kazakhstan',CSTO,'more than 2,000 soldiers')
e('557','2022-01-08','other','Almaty',[],'said on Jan. 8 that they were moving employees',note='Japanese companies withdrawing staff')
e('557','2022-01-06','other',None,[JPMFA],'raised its travel advisory for all of Kazakhstan to Level 3 on Jan. 6',note='travel advisory')
e('557','2022-01-07','statement','Tokyo',['Hirokazu Matsuno'],'told a news conference on Friday')
e('557','2022-01-08','casualty_report',None,[KA],'Kazakh authorities said on Saturday')
e('557','2022-01-06','troop_deployment','Almaty',['Russia',CSTO],'Russian transport planes began landing at the Almaty airport on Thursday')
e('557','2022-01-07','other','Almaty',[],'after the shooting in the city center stopped the day before',note='"the day before" = the day before Saturday 8 Jan')
e('557','2022-01-07','statement',None,['Yoshimasa Hayashi'],'Foreign Minister Yoshimasa Hayashi said on Jan. 7')
e('557','2022-01-10','talks','Geneva',['United States','Russia'],'due to start in Geneva on Monday',note='future; Monday after Saturday 8 Jan')

# ---------------- 558 Focus Taiwan (CNA) item (01/07/2022 08:52 PM, a Friday)
art('558',0,7,13,'Focus Taiwan','2022-01-07',['Chen Yu-hsuan','Lee Wen-ting'],'Taipei',
    ['Focus Taiwan','CNA English News','Politics | Cross-Strait | Business | Society | Science & Tech | Culture | Sports','POLITICS','01/07/2022 08:52 PM',
     "Photo taken from the Ministry of Foreign Affairs' website",'(By Chen Yu-hsuan and Lee Wen-ting)','Enditem/ls','Related News',
     'Jan. 6: Taiwan issues red travel alert for Kazakhstan'])
q('558','Our staff in Moscow have reached every Taiwanese national who registered with us, and so far they are all safe,','Joanne Ou','MOFA spokeswoman Joanne Ou','said',note='Chinese characters in brackets between the name and the cue: Joanne Ou (歐江安) said')
q('558','stay indoors and avoid crowds','Joanne Ou','She','added',partial=True,note='She = Ou')
q('558','strong measures','Xi Jinping','Chinese leader Xi Jinping','praising',partial=True,note='two-word evaluative partial with the cue "praising"; the message is reported via "Chinese state media reported"')
q('558','China has invested billions in Kazakhstan\'s pipelines and railways, and what it wants most is stability on its western border, even if the stability is provided by Moscow,','Lin Chih-wei','Lin','said',note='invented analyst; surname-first Chinese name, surname "Lin"')
q('558','at least 2,500 personnel,','Lin Chih-wei','Lin','estimated',partial=True,note='a figure inside a partial quote; also a claim')
c('558','detained',3000,'about','people detained across the country',MIA,'some 3,000 people had been detained',note='"some" normalised to about')
c('558','injured',1000,'more than','people injured',KHM,'more than 1,000 people had been injured')
c('558','troops_deployed',2500,'at least','CSTO personnel deployed (analyst estimate)','Lin Chih-wei','at least 2,500 personnel',note='figure inside a partial quote')
e('558','2022-01-07','statement','Taipei',[TWMFA,'Joanne Ou'],"Taiwan's Ministry of Foreign Affairs (MOFA) said Friday",note='"said Friday" with no "on" (CNA style)')
e('558','2022-01-07','statement',None,[TOK],'said in a televised address on Friday')
e('558','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'a day after troops from the Russian-led Collective Security Treaty Organization (CSTO) began to arrive',note='"a day after" Friday')
e('558','2022-01-06','statement','Beijing',['Wang Wenbin'],'told reporters Thursday')
e('558','2022-01-07','statement',None,['Xi Jinping',TOK],'sent a verbal message to Tokayev on Friday')
e('558','2022-01-10','talks','Geneva',['United States','Russia'],'strategic stability talks in Geneva on Jan. 10')
e('558','2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia Council meeting in Brussels on Jan. 12')

# ---------------- 559 ANTARA News item (Sunday, 9 January 2022 15:20 WIB)
art('559',0,6,13,'ANTARA News','2022-01-09',['Dewi Kartikasari'],'Jakarta',
    ['ANTARA News','Indonesian News Agency','Home > World','Sunday, 9 January 2022 15:20 WIB','Reporter: Dewi Kartikasari','Editor: Bambang Purwanto',
     "Related news: Indonesia monitors situation in Kazakhstan, ensures citizens' safety",'Related news: Indonesia, Kazakhstan discuss cooperation in trade, education','COPYRIGHT © ANTARA 2022'])
q('559','Until today, no Indonesian citizen has been reported as a victim. The embassy continues to communicate with them through a WhatsApp group every day,','Fadjroel Rachman','Fadjroel Rachman','said in a statement',note='title before a comma: "Indonesian Ambassador to Kazakhstan, Fadjroel Rachman, said"')
q('559','not to leave their homes unless absolutely necessary','Fadjroel Rachman','He','said',partial=True,note='He = the ambassador ("According to the ambassador" in the paragraph before)')
q('559','The situation is gradually returning to normal, but we have prepared a contingency plan if the conditions worsen,','Judha Nugraha','Nugraha','stated')
q('559','largely been restored',TOK,'Kazakh President Kassym-Jomart Tokayev','said',partial=True)
q('559','peacefully and in accordance with the rule of law.','Retno Marsudi','Indonesian Foreign Minister Retno Marsudi','expressed hope',partial=True,note='full stop inside the closing mark')
c('559','detained',5800,None,'people detained, including foreign nationals',MIA,'5,800 people, including a number of foreign nationals, had been detained')
c('559','killed',164,None,'deaths (figure withdrawn)','government Telegram channel','a figure of 164 deaths',note='the Health Ministry called it a technical error')
c('559','killed',16,None,'security personnel killed',KA,'16 security personnel had been killed')
c('559','injured',1300,'more than','security personnel injured',KA,'more than 1,300 injured')
c('559','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',CSTO,'its contingent numbers 2,030 personnel')
e('559','2022-01-09','statement',None,['Fadjroel Rachman'],'said in a statement received here on Sunday')
e('559','2022-01-05','other',None,['Indonesian Embassy in Nur-Sultan'],'the embassy opened a hotline on Wednesday',note='Wednesday before Sunday 9 Jan')
e('559','2022-01-05','state_of_emergency','Kazakhstan',['Kazakh government'],'the day the Kazakh government declared a state of emergency',note='"the day" = the Wednesday of the same sentence')
e('559','2022-01-08','statement','Jakarta',['Judha Nugraha'],'stated in Jakarta on Saturday')
e('559','2022-01-09','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Sunday")
e('559',None,'troop_deployment','Kazakhstan',[CSTO],'guarding strategic facilities in the country since last week',note='"since last week" is not a day')
e('559','2022-01-07','statement',None,[TOK],'said on Friday that order had')
e('559',None,'statement',None,['Retno Marsudi'],'had earlier expressed hope',note='"earlier", undated')

# ---------------- 560 The Philippine Star print story on philstar.com (January 8, 2022 | 12:00am, a Saturday)
art('560',0,5,10,'The Philippine Star','2022-01-08',['Marites Dizon-Reyes'],'MANILA, Philippines',
    ['philstar.com','HEADLINES | NATION | WORLD | BUSINESS | OPINION | SPORTS | ENTERTAINMENT','Nation','Marites Dizon-Reyes - The Philippine Star','January 8, 2022 | 12:00am',
     'RELATED: Kazakh leader says troops may shoot to kill','FOLLOW US ON:','Facebook  Twitter  Instagram','Comments are moderated. Philstar.com may remove posts that are abusive or off-topic.'])
q('560','All our kababayan are accounted for. We have told them that the government is ready to bring them home at no cost if they wish,','Sarah Lou Arriola','Arriola','said',note='Filipino word "kababayan" (compatriots) inside the quote')
q('560',"We heard gunshots the whole night. Ma'am told us to sleep in the corridor, away from the windows,",'Jonalyn Bautista','she','said',note='invented OFW; she = Bautista (previous paragraph)')
q('560',"still paying for my sister's schooling.",'Jonalyn Bautista','Bautista','said',partial=True,note='full stop inside the closing mark')
q('560','without warning',TOK,'Tokayev','said',partial=True,note='two-word partial: the wording of his order')
q('560','closely monitoring','Karlo Nograles','Acting presidential spokesman Karlo Nograles','said',partial=True)
q('560','For now there is no need for a ban. The numbers are small and our people there are safe,','Karlo Nograles','Nograles','said')
c('560','killed',26,None,'protesters "liquidated"',KA,'26 protesters had been "liquidated"',note='one-word scare quote "liquidated" after the figure (excluded from quotes)')
c('560','detained',3000,'more than','people arrested',KA,'more than 3,000 people arrested')
c('560','killed',18,None,'police and national guard members killed',KA,'18 police and national guard members had died')
c('560','troops_deployed',2500,'about','CSTO soldiers sent',None,'around 2,500 soldiers',note='"around" → about; the alliance is the subject, no attribution')
e('560','2022-01-07','statement','Manila',[DFA],'the Department of Foreign Affairs (DFA) said yesterday',note='print edition dated Saturday 8 Jan: "yesterday" = Friday 7 Jan')
e('560','2022-01-05','protest','Almaty',[],'where government buildings were torched on Wednesday')
e('560','2022-01-07','casualty_report',None,[KA],'Kazakh authorities said yesterday')
e('560','2022-01-06','troop_deployment','Kazakhstan',[CSTO,TOK],'sent around 2,500 soldiers on Thursday')
e('560',None,'statement',None,[TOK],'Tokayev, in a televised speech, said',note='undated here (real: 7 Jan)')
e('560',None,'statement','Manila',['Karlo Nograles'],'Nograles said in a virtual briefing',note='undated')
e('560',None,'other',None,[DFA],'The DFA earlier raised Alert Level 2 over Kazakhstan',note='"earlier", undated')

# ---------------- 561 ThePrint piece (10 January, 2022 07:45 pm IST, a Monday)
art('561',0,6,8,'ThePrint','2022-01-10',['SHRUTI MEHRA'],'New Delhi',
    ['ThePrint','Politics  Governance  Economy  Defence  India  World  Opinion  Features','DIPLOMACY','SHRUTI MEHRA','10 January, 2022 07:45 pm IST',
     'Also read: Why Kazakhstan matters to India — uranium, oil and a gateway to Central Asia','Also read: Russia, US start talks in Geneva as Ukraine tension simmers',
     'Subscribe to our channels on YouTube & Telegram','Support Our Journalism',"Independent reporting costs money. Back ThePrint's newsroom with a subscription."])
q('561','closely following the developments','Arindam Bagchi','MEA spokesperson Arindam Bagchi','said',partial=True)
q('561','Kazakhstan is a close and friendly partner. We are confident that the government and people of Kazakhstan will be able to overcome the present situation,','Arindam Bagchi','Bagchi','said')
q('561','India will not criticise a CSTO operation. Russia is our oldest defence partner and Kazakhstan asked for the troops itself. What India wants is a stable Central Asia, not a lecture,','Vikram Anand','he','told',note='invented former ambassador; he = Anand (previous paragraph)')
q('561','in a virtual format','Vikram Anand','Anand','added',partial=True)
q('561','too busy consolidating power at home','Meena Rawat','She','said',partial=True,note='invented professor; She = Rawat, named in the previous sentence')
q('561','The last thing he wants is to be seen on Rajpath while his own capital is under curfew,','Meena Rawat','Rawat','said',note='"he" inside the quote is Tokayev, not the speaker')
q('561','difficult but professional.','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','described as',partial=True,note='cue "described as"; full stop inside the mark')
c('561','troops_deployed',2030,None,'CSTO troops in Kazakhstan',TOK,'the 2,030 CSTO troops in his country',note='"The Kazakh president told the session"')
c('561','detained',7939,None,'people detained',MIA,'7,939 people had been detained')
e('561','2022-01-06','statement','New Delhi',['Arindam Bagchi'],'At the weekly briefing on Thursday',note='Thursday before Monday 10 Jan')
e('561','2021-12-19','talks','New Delhi',['S. Jaishankar'],'was held in New Delhi on 19 December',note='India-Central Asia Dialogue; December before the January events → 2021')
e('561','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'Tokayev addressed an extraordinary online session',note='CSTO video summit')
e('561','2022-01-10','casualty_report',None,[MIA],'the Kazakh Interior Ministry said on Monday')
e('561','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov'],'held more than seven hours of talks in Geneva on Monday')
e('561','2022-01-26','other','New Delhi',['India'],'chief guests on 26 January',note='planned Republic Day invitation (future, in the dek)')

# ---------------- 562 Scroll.in piece (Jan 11, 2022 · 09:10 pm, a Tuesday)
art('562',0,6,8,'Scroll.in','2022-01-11',[],None,
    ['Scroll.in','Latest  Politics  Culture  Video  Magazine  Global','GLOBAL','Scroll Staff','Jan 11, 2022 · 09:10 pm',
     "Also read: Russia says CSTO troops in Kazakhstan 'will not stay a day longer than needed'","Also read: In Kazakhstan's protests, echoes of a long history of oil-town unrest",
     'Kassym-Jomart Tokayev','We welcome your comments at letters@scroll.in.'])
q('562','successfully completed',TOK,'Kazakhstan President Kassym-Jomart Tokayev','told',partial=True)
q('562','The CSTO forces have done the main job they came for. The pull-out will start in two days, step by step, and it will be over in ten days at most,',TOK,'Tokayev','said',note='durations inside the quote (not claims)')
q('562','Under the first president, a small circle of companies and individuals became extremely rich, rich even by world standards,',TOK,'he','said',note='he = the president (previous paragraph); first half of a quote split by an interposed cue')
q('562','Now they must give something back to the people.',TOK,'he','said',note='second half after the interposed "he said."; same cue')
q('562','a coordinated attack',TOK,'Tokayev','told',partial=True)
q('562','The alliance has proved it can act fast when one of its members is in danger,','Vladimir Putin','Putin','said',note='"according to a Kremlin transcript" follows the cue')
q('562','aimed at the street and at Moscow at the same time','Dimash Seitkali','Dimash Seitkali','said',partial=True,note='invented analyst; full stop outside the closing mark')
q('562','Tokayev has to show people that he is not Nazarbayev\'s shadow, and he has to show the Kremlin that he can manage without its soldiers,','Dimash Seitkali','Seitkali','told',note='names inside the quote (Tokayev, Nazarbayev) are not the speaker')
c('562','troops_deployed',2030,None,'CSTO troops sent to Kazakhstan',None,'had sent 2,030 troops')
c('562','other',250,None,'units of CSTO military hardware',None,'250 units of military hardware',note='equipment → other, as in earlier sets')
c('562','detained',9900,None,'people detained since the start of the unrest',MIA,'9,900 people had been detained')
c('562','injured',2200,'about','people injured',KHM,'put the number of injured at about 2,200')
e('562','2022-01-11','statement','Nur-Sultan',[TOK],'on Tuesday told Parliament')
e('562','2022-01-13','withdrawal','Kazakhstan',[CSTO],'their withdrawal would begin in two days',note='"in two days" from Tuesday 11 Jan (future at publication)')
e('562','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'approved the appointment the same day',note='"the same day" = Tuesday')
e('562',None,'troop_deployment','Kazakhstan',[CSTO],'to Kazakhstan last week',note='"last week" is not a day')
e('562','2022-01-11','casualty_report',None,[MIA],'The Interior Ministry said on Tuesday')
e('562','2022-01-10','talks',None,[TOK,'Vladimir Putin',CSTO],'On Monday, Tokayev told an online summit of CSTO leaders')
e('562','2022-01-02','protest','Zhanaozen',[],'began on January 2 in the oil town of Zhanaozen')

# ---------------- 563 Firstpost explainer (January 12, 2022, 16:05:41 IST, a Wednesday)
art('563',0,4,6,'Firstpost','2022-01-12',[],None,
    ['Firstpost',"Home › Explainers › Russia-NATO talks in Brussels: What's on the table and why Kazakhstan matters",'FP Explainers • January 12, 2022, 16:05:41 IST',
     'With inputs from agencies','Tags: NATO, Russia, Ukraine, Kazakhstan, CSTO, Geneva talks',
     'Updated Date: January 12, 2022 16:05:41 IST','Read the latest News, Trending News, Cricket News and India News here. Follow Firstpost on Facebook, Twitter and Instagram.'],
    sections=(16,22,30,34,46))
q('563','We need iron-clad guarantees that Ukraine will not join NATO, not now and not in the future,','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','told')
q('563','lock the door','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('563','not about the core principles.','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True,note='full stop inside the mark')
q('563','Every ally has the same right to be defended, and that is not up for negotiation,','Jens Stoltenberg','Stoltenberg','said')
q('563','harder to say goodbye than to say hello','Antony Blinken','US Secretary of State Antony Blinken','suggested',partial=True)
q('563','Russia will say: look, we came when asked, and we leave when the job is done. That is a message aimed at Brussels as much as at Nur-Sultan,','Harsh Venkatesan','Harsh Venkatesan','said',note='inverted cue "said Harsh Venkatesan, a fellow …"; invented analyst; a colon inside the quote')
c('563','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'US and Ukrainian officials',"about 100,000 troops near Ukraine's borders")
c('563','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',CSTO,'The CSTO contingent numbers 2,030 servicemen',note='"according to the alliance\'s secretariat"')
e('563','2022-01-12','talks','Brussels',['NATO','Russia'],"sat down at the alliance's headquarters in Brussels on Wednesday")
e('563','2022-01-10','talks','Geneva',['Russia','United States'],'spent nearly eight hours in Geneva on Monday')
e('563','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future')
e('563','2022-01-10','statement','Geneva',['Wendy Sherman'],'Wendy Sherman said on Monday')
e('563','2022-01-07','statement',None,['Antony Blinken'],'suggested on Friday')
e('563',None,'statement',None,['Russian Foreign Ministry'],"Russia's foreign ministry called the comment",note='undated reply')
e('563','2022-01-11','statement',None,[TOK],'Tokayev said on Tuesday that the CSTO troops')
e('563',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Last week, Russia flew paratroopers to Kazakhstan',note='"Last week" is not a day')

# ---------------- 564 NZ Herald piece (10 Jan, 2022 06:00 AM NZ time, a Monday; Sunday evening in Kazakhstan)
art('564',0,4,16,'NZ Herald','2022-01-10',['Hamish Calloway'],None,
    ['NZ Herald','World','10 Jan, 2022 06:00 AM','4 mins to read','Share','Share on Facebook  Share on Twitter  Share via Email',
     'Armoured vehicles on a street in Almaty on Sunday. Photo / AP','By Hamish Calloway','- Additional reporting AP','Advertisement','Latest from World',
     'Biden, Putin envoys meet in Geneva as Ukraine fears mount','Copyright 2022, NZME Publishing Limited'])
q('564','like a place holding its breath','Rebecca Thorne','Rebecca Thorne','said',partial=True,note='invented teacher; full stop outside the closing mark')
q('564','You could hear machine guns, then nothing for an hour, then more. Nobody on my floor slept,','Rebecca Thorne','Thorne','told')
q('564','The supermarket near me was looted on Thursday. When it opened again, there was no bread and a queue round the block.','Rebecca Thorne','Thorne',None,note='stand-alone continuation paragraph with no cue')
q('564','technical error','Kazakh Health Ministry','the Health Ministry','blaming',partial=True,note='two-word partial with the cue "blaming"; borderline with a label')
q('564','deeply concerned','Nanaia Mahuta','Foreign Minister Nanaia Mahuta','said',partial=True)
q('564','We urge the Kazakh authorities to respect the right to peaceful protest and to make sure that any use of force is necessary and proportionate,','Nanaia Mahuta','she','said in a statement')
q('564',"My students have been texting me every day to ask if I'm okay. I'm not going to run away from them now.",'Rebecca Thorne','Thorne','said',note='"Thorne said she had no plans to leave." precedes the quote in the same paragraph')
q('564',"What looks like a street uprising is also a fight at the top, and Tokayev is using the chaos to push out Nazarbayev's people,",'Jonathan Mercer','Mercer','said',note='invented academic; first mention "Otago University\'s Professor Jonathan Mercer"')
q('564','watched very nervously','Jonathan Mercer','He','said',partial=True)
c('564','detained',5800,None,'people detained, including foreign nationals',KA,'5,800 people had been detained')
c('564','killed',164,None,'people killed (figure withdrawn)','state news channel','164 people had been killed',note='withdrawn by the Health Ministry as a "technical error"')
c('564','killed',16,None,'members of the security forces killed',MIA,'16 members of the security forces had been killed')
c('564','troops_deployed',2030,None,'CSTO personnel in Kazakhstan',CSTO,'it now has 2,030 personnel')
e('564','2022-01-09','casualty_report',None,[KA],'Kazakh authorities said on Sunday',note='published Monday 10 Jan NZ time; "Sunday" = 9 Jan')
e('564','2022-01-09','casualty_report',None,['state news channel'],'A state news channel reported earlier on Sunday')
e('564',None,'other',None,[MFAT],'Its travel advice for the country was raised',note='"last week", no day')
e('564',None,'protest',None,[],'The unrest began a week ago',note='"a week ago" is not resolved (real: 2 Jan)')
e('564','2022-01-05','protest','Almaty',[],"set fire to the mayor's office on Wednesday")
e('564','2022-01-08','arrest',None,['Karim Masimov'],"On Saturday, the country's former intelligence chief")
e('564','2022-01-10','talks','Geneva',['United States','Russia'],'due to begin talks in Geneva tonight NZ time',note='"tonight NZ time" on Monday 10 Jan = Monday in Geneva')
e('564',None,'statement',None,['Nanaia Mahuta'],'she said in a statement',note='undated')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp('Hirokazu Matsuno','person',['Hirokazu Matsuno'],['Chief Cabinet Secretary'],'Japan',['He'],note='words invented'),
 sp('Takashi Ueno','person',['Takashi Ueno','Ueno'],[],'Japan',note='invented'),
 sp('Yoshimasa Hayashi','person',['Yoshimasa Hayashi'],['Foreign Minister'],'Japan',note='words invented'),
 sp('Joanne Ou','person',['Joanne Ou','Ou'],['MOFA spokeswoman'],'Taiwan',['She'],['歐江安'],note='words invented; Chinese name in brackets'),
 sp('Xi Jinping','person',['Xi Jinping'],['Chinese leader'],'China',note='words invented'),
 sp('Lin Chih-wei','person',['Lin Chih-wei','Lin'],['an associate research fellow at the Institute for National Defense and Security Research'],'Taiwan',[],['林志偉'],note='invented'),
 sp('Fadjroel Rachman','person',['Fadjroel Rachman'],['Indonesian Ambassador to Kazakhstan'],'Indonesia',['He','the ambassador'],note='words invented'),
 sp('Judha Nugraha','person',['Judha Nugraha','Nugraha'],['Director for the Protection of Indonesian Citizens at the Foreign Affairs Ministry'],'Indonesia',note='words invented'),
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','Kazakhstan President'],'Kazakhstan',['he','The Kazakh president']),
 sp('Retno Marsudi','person',['Retno Marsudi'],['Indonesian Foreign Minister'],'Indonesia',note='words invented'),
 sp('Sarah Lou Arriola','person',['Sarah Lou Arriola','Arriola'],['Foreign Affairs Undersecretary'],'Philippines',note='words invented'),
 sp('Jonalyn Bautista','person',['Jonalyn Bautista','Bautista'],['a 34-year-old nanny from Iloilo'],'Philippines',['she'],note='invented'),
 sp('Karlo Nograles','person',['Karlo Nograles','Nograles'],['Acting presidential spokesman'],'Philippines',note='words invented'),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['MEA spokesperson'],'India',note='words invented'),
 sp('Vikram Anand','person',['Vikram Anand','Anand'],['a former Indian ambassador to Kazakhstan'],'India',['he'],note='invented'),
 sp('Meena Rawat','person',['Meena Rawat','Rawat'],['a professor at the Centre for Russian and Central Asian Studies at JNU'],'India',['She'],note='invented'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='canonical spelling from the gold; printed "Sergei"'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',note='words invented'),
 sp('Dimash Seitkali','person',['Dimash Seitkali','Seitkali'],['an Almaty-based political analyst'],'Kazakhstan',note='invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States',note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary General'],None,note='words invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',note='words paraphrased/invented'),
 sp('Harsh Venkatesan','person',['Harsh Venkatesan'],['a fellow at a New Delhi think-tank who tracks Eurasia'],'India',note='invented'),
 sp('Rebecca Thorne','person',['Rebecca Thorne','Thorne'],[],'New Zealand',note='invented'),
 sp(KHM,'organisation',['Health Ministry'],[],'Kazakhstan',['the Health Ministry']),
 sp('Nanaia Mahuta','person',['Nanaia Mahuta'],['Foreign Minister'],'New Zealand',['she'],note='words invented'),
 sp('Jonathan Mercer','person',['Jonathan Mercer','Mercer'],["Otago University's Professor"],'New Zealand',['He'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 6 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization','Collective Security Treaty Organisation'],[],None,['the alliance'],quoted=False,note='source of figures; not quoted'),
 sp('Nursultan Nazarbayev','person',['Nazarbayev'],[],'Kazakhstan',[],["Nazarbayev's"],quoted=False,note='mentioned in 562 and 564'),
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
