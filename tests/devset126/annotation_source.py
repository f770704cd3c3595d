#!/usr/bin/env python3
"""Source of the devset126 annotation: the hand-chosen spans, values and dates for 1101-1108.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset126/annotation_source.py && python3 tests/devset126/verify.py
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
RYAB='Sergey Ryabkov'; SHER='Wendy Sherman'; SERD='Andrei Serdyukov'; KZA='Kazakh authorities'
IEDFA='Irish Department of Foreign Affairs'; INMEA='Indian Ministry of External Affairs'

# ---------------- 1101 Irish Times-style piece (Sat Jan 8 2022 - 05:45)
art('1101',0,5,6,'The Irish Times','2022-01-08',['Conor Brennan'],None,
    ['The Irish Times','Sign In | Subscribe','World > Asia-Pacific','Sat Jan 8 2022 - 05:45','Conor Brennan','Share: Facebook | Twitter | Email | WhatsApp',
     "[Photograph: A Kazakh serviceman stands guard near the burned-out mayor's office in Almaty on Friday. Photograph: Pavel Mikheyev/Reuters]",
     'Topics: Kazakhstan | Russia | CSTO | Kassym-Jomart Tokayev','© 2022 The Irish Times DAC'])
q('1101','largely restored in all regions',TOK,"Kazakhstan's president",'said',partial=True,note='unnamed at first ("Kazakhstan\'s president"); the name comes four lines later')
q('1101','Counter-terrorist operations will continue until the militants are wiped out. Those who refuse to lay down their arms will be eliminated.',TOK,'President Kassym-Jomart Tokayev',None,malformed=True,
  note='conventional multi-paragraph style: the paragraph is left open (no closing mark) and the next paragraph re-opens; the speaker is named only AFTER the quote, in the next paragraph ("The words were those of President Kassym-Jomart Tokayev"), with no speech verb')
q('1101','I have given the order to open fire without warning.',TOK,'President Kassym-Jomart Tokayev',None,note='second paragraph of the same statement; attribution follows in the next paragraph')
q('1101','guard airports, power stations and government buildings and nothing else',SERD,'Colonel General Andrei Serdyukov','told',partial=True,note='"Their commander, Colonel General Andrei Serdyukov, told Russian state television that…"; full stop outside the mark')
q('1101','We are in contact with a small number of Irish citizens in Kazakhstan,',IEDFA,'a spokeswoman for the Department of Foreign Affairs','said',note='unnamed spokeswoman; speaker = the department (the organisation she speaks for)')
q('1101','Our advice is to avoid all travel to the country for now.',IEDFA,'a spokeswoman for the Department of Foreign Affairs','said',note='second half of a quote split by the interposed attribution')
q('1101','Moscow wanted to show it can put soldiers on the ground in a partner state within 48 hours,','Aoife Nolan','she','said',note='she = Dr Aoife Nolan, named in the paragraph before; "48 hours" is not a claim')
q('1101','That is a signal to Kyiv as much as to Almaty.','Aoife Nolan','she','said',malformed=True,note='second half after "she said."; paragraph left open (multi-paragraph style), next paragraph re-opens')
q('1101','The real question is whether they leave. Mr Tokayev says they will, and the Kremlin says they will. We have heard that before.','Aoife Nolan','she',None,note='continuation paragraph, no attribution of its own; names (Tokayev, the Kremlin) inside the quote are not speakers')
c('1101','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='"armed criminals" is a scare label, excluded from quotes')
c('1101','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('1101','detained',3800,'more than','people detained',MIA,'More than 3,800 people have been detained')
c('1101','troops_deployed',2500,'about','CSTO troops arrived in Kazakhstan',None,'About 2,500 troops from the Russian-led')
e('1101','2022-01-07','statement',None,[TOK],"Kazakhstan's president said on Friday",note='televised address')
e('1101','2022-01-07','casualty_report',None,[MIA],'The interior ministry said on Friday')
e('1101','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived on Thursday and Friday',note='"Thursday and Friday" before Sat 8 Jan: range, first day; past tense → last Thursday')
e('1101','2022-01-02','protest','Zhanaozen',[],'The first signs of trouble came on January 2nd',note='ordinal "2nd"')
e('1101','2022-01-05','other','Almaty',[],"the mayor's office was set on fire on Wednesday",note='past Wednesday (5 Jan)')
e('1101','2022-01-10','talks','Geneva',['Russia','United States'],'meet in Geneva on Monday',note='future Monday')
e('1101','2022-01-12','talks','Brussels',['NATO','Russia'],'Nato-Russia Council meeting in Brussels on Wednesday',note='future Wednesday; the same word "Wednesday" two paragraphs earlier is a past day (5 Jan)')
e('1101','2022-01-13','talks','Vienna',['OSCE'],'in Vienna on Thursday',note='future Thursday, whereas "on Thursday and Friday" (troop arrival) is past')

# ---------------- 1102 The Hindu-style page carrying Reuters (GENEVA, JANUARY 11, 2022 00:12 IST; Tue)
art('1102',0,5,7,'The Hindu','2022-01-11',[],'GENEVA',
    ['THE HINDU','Home / News / International','e-Paper | Subscribe | Login','Reuters','GENEVA, JANUARY 11, 2022 00:12 IST','UPDATED: JANUARY 11, 2022 00:15 IST',
     'Share Article    PRINT    A A A','Related Topics','Russia | United States | Ukraine | Kazakhstan | diplomacy','Comments',
     'Printable version | Jan 11, 2022 12:20:48 am | https://www.thehindu.com/news/international/','© THE HINDU'],
    sections=(ln('1102','India is closely watching'),))
q('1102','guarantees written on paper and signed, not promises made in a corridor',RYAB,'The former','told',partial=True,note='"The former" = Sergei Ryabkov (first of the pair named in the sentence before)')
q('1102','firm in rejecting proposals that no member of the alliance could accept',SHER,'The latter','said',partial=True,note='"The latter" = Wendy Sherman')
q('1102',"We do not need NATO's assurances. We need a document,",RYAB,'Mr. Ryabkov','said',note='"Mr." with a full stop (The Hindu style)')
q('1102','no reason to fear an escalation',RYAB,'He','added',partial=True)
q('1102','Nobody outside the alliance gets a veto over who joins it,',SHER,'she','said',note='she = Ms. Sherman')
q('1102','a temporary mission at the request of a legitimate government',RYAB,'the former','said',partial=True,note='"the former" again = Ryabkov, four paragraphs after the pair was introduced, with Sherman quoted in between')
q('1102','as soon as the job is done',RYAB,'the former','said',partial=True,note='second partial in the same sentence')
q('1102','closely following the developments',INMEA,'the Ministry of External Affairs','said',partial=True)
q('1102','All Indian nationals in Kazakhstan are safe, and our embassy is in touch with them round the clock,','Arindam Bagchi','Mr. Bagchi','said',note='words invented')
c('1102','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'U.S. officials','about 100,000 troops near',note='"according to U.S. estimates"')
c('1102','troops_deployed',2000,'about','Russian soldiers sent to Kazakhstan (CSTO)',None,'around 2,000 soldiers',note='"around" → about')
c('1102','killed',164,None,'people killed in the unrest, including children',KZA,'164 people, including children, had been killed')
e('1102','2022-01-10','talks','Geneva',[RYAB,SHER],'ended more than seven hours of talks on European security on Monday',note='Monday before Tue 11 Jan; "seven hours" not a claim')
e('1102','2022-01-09','casualty_report',None,[KZA],'Kazakh authorities said on Sunday')
e('1102','2022-01-12','talks','Brussels',['NATO','Russia'],'A NATO-Russia Council session follows in Brussels on Wednesday')
e('1102','2022-01-13','talks','Vienna',['OSCE'],'meets in Vienna on Thursday',note='"57 participating states" is not a claim')
e('1102','2022-01-07','statement','New Delhi',[INMEA],'the Ministry of External Affairs said on Friday')
e('1102',None,'statement',None,['Arindam Bagchi'],'at the weekly media briefing',note='undated (likely the Friday briefing, 7 Jan)')

# ---------------- 1103 Jakarta Post page carrying AFP (Wed, January 12, 2022)
art('1103',0,5,10,'The Jakarta Post','2022-01-12',[],'Nur-Sultan, Kazakhstan',
    ['The Jakarta Post','World | Asia & Pacific','Premium | Subscribe','Agence France-Presse','Nur-Sultan, Kazakhstan   ●   Wed, January 12, 2022',
     'Read also: Indonesians in Kazakhstan safe, says ministry','Topics: Kazakhstan, Russia, protests, Indonesia, Tokayev','Copyright 2016 - 2022 PT. Bina Media Tenggara'])
q('1103','The main task of the CSTO contingent has been carried out, and carried out well,',TOK,'Tokayev','told',note='"told lawmakers"; words paraphrased')
q('1103','a narrow circle of very profitable companies and people who are rich even by world standards',TOK,'he','said',partial=True,note='"Thanks to the first president, he said, "…"" — "the first president" (Nazarbayev) is not the speaker; he = Tokayev ("The 68-year-old leader")')
q('1103','to pay their share to the people',TOK,'he','said',partial=True)
q('1103','in direct contact','Aidos Ukibay','His spokesman Aidos Ukibay','wrote',partial=True,note='"His" = Nazarbayev\'s; a Facebook post (cue "wrote"); words invented')
q('1103','not received any report of an Indonesian being harmed','Judha Nugraha','Judha Nugraha','was quoted as saying by',partial=True,note='"was quoted as saying by Antara news agency that …"; the agency is not the speaker')
q('1103','We ask our citizens to stay at home and to follow the instructions of local authorities,','Judha Nugraha','he','was quoted as saying',note='he = Judha Nugraha')
q('1103',"Tokayev is no longer anybody's caretaker,",'Dosym Satpayev','Dosym Satpayev','said',note='inverted cue "…," said NAME, a political scientist; the name inside the quote (Tokayev) is not the speaker; words invented')
q('1103','He is telling the elite that the old rules are over.','Dosym Satpayev','Dosym Satpayev','said',note='second half after the interposed attribution; "He" inside the quote = Tokayev')
c('1103','troops_deployed',2030,'about','CSTO troops deployed in Kazakhstan',CSTO,'About 2,030 troops from Russia',note='"according to the alliance"')
c('1103','detained',9900,'about','people detained',MIA,'Some 9,900 people have been detained',note='"Some" → about')
e('1103','2022-01-11','statement','Nur-Sultan',[TOK],'said on Tuesday that a Russian-led security force would begin leaving',note='address to parliament')
e('1103','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO],'would begin leaving the country in two days',note='"in two days" counted from Tuesday 11 Jan (the day of the speech), future')
e('1103','2022-01-08','statement',None,['Aidos Ukibay'],'wrote on Facebook on Saturday')
e('1103',None,'other','Nur-Sultan',[TOK,'Alikhan Smailov'],'Tokayev also named Alikhan Smailov',note='appointment of the prime minister; no day word (same speech, 11 Jan); "He was approved" = Smailov, not Tokayev')
e('1103','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'since January 6')
e('1103','2022-01-11','casualty_report',None,[MIA],'the interior ministry said on Tuesday')
e('1103','2022-01-10','other','Nur-Sultan',['Indonesian embassy'],'the embassy opened a hotline on Monday',note='"1,500 food packages", "112 Indonesian citizens", "Fourteen Indonesian students" are not claims')

# ---------------- 1104 Globe and Mail-style piece (PUBLISHED JANUARY 13, 2022; Thu)
art('1104',0,5,7,'The Globe and Mail','2022-01-13',['MARIE-CLAUDE TREMBLAY'],'OTTAWA',
    ['THE GLOBE AND MAIL*','WORLD','Subscribe | Log in','MARIE-CLAUDE TREMBLAY','OTTAWA','PUBLISHED JANUARY 13, 2022','UPDATED 2 HOURS AGO','FOR SUBSCRIBERS',
     'Comments    Share    Bookmark    Text Size    Listen','Report an editorial error','Report a technical issue','Editorial code of conduct',
     '© Copyright 2022 The Globe and Mail Inc. All rights reserved.'])
q('1104','frank and at times difficult','Jens Stoltenberg',"the alliance's Secretary-General",'described as',partial=True,note='title only; the name follows in the next paragraph')
q('1104','The gaps between allies and Russia on these questions are wide,','Jens Stoltenberg','Jens Stoltenberg','told',note='inverted "…," NAME told a news conference; words invented')
q('1104','Closing them will take time, but the fact that thirty allies and Russia met around one table is worth something.','Jens Stoltenberg','Jens Stoltenberg','told',note='second half; "thirty allies" is not a claim')
q('1104',"When Moscow tells us, 'we are threatening no one,' we take note of it, and then we look at the 100,000 soldiers on the border,",'Mélanie Joly','Ms. Joly','said',note="nested single-quoted words of Moscow inside the minister's quote (one record for the outer quote); words invented")
q('1104','Words and deeds have to match.','Mélanie Joly','Ms. Joly','said')
q('1104','Within 48 hours they had an airlift of more than 70 aircraft going. Nobody in Brussels missed that,','Paul Kowalczyk','Prof. Kowalczyk','said',note='inverted "said Prof. Kowalczyk, who served…"; the full name is in the paragraph before')
q('1104',"My mother finally called on Sunday and said, 'Don't worry, we are alive, we just can't go outside,'",'Aigerim Bekova','she','said',note="nested single-quoted words of the mother (not a separate record); ends with ,' before the closing double mark")
q('1104','Then the line went dead again.','Aigerim Bekova','she','said')
c('1104','troops_deployed',100000,None,'Russian soldiers on the border with Ukraine','Mélanie Joly','the 100,000 soldiers on the border',note='figure inside a quote')
c('1104','troops_deployed',2030,None,'CSTO force in Kazakhstan at its peak',RDM,'the force numbered 2,030 soldiers at its peak')
c('1104','troops_deployed',1500,'about','Russian soldiers in the CSTO force',RDM,'about 1,500 were Russian')
e('1104','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg'],'four hours of discussion in Brussels on Wednesday')
e('1104','2022-01-13','statement',None,['Mélanie Joly'],'told The Globe and Mail on Thursday')
e('1104',None,'other','Kyiv',['Mélanie Joly'],'who was in Kyiv earlier this month',note='"earlier this month": no day')
e('1104','2022-01-13','troop_withdrawal','Kazakhstan',[RDM],"Russia's Defence Ministry said on Thursday that the first units were leaving Kazakhstan")
e('1104','2022-01-13','talks','Vienna',['OSCE'],'Talks continue at the OSCE in Vienna on Thursday.')

# ---------------- 1105 swissinfo.ch with Keystone-SDA (January 13, 2022 - 17:02; Thu)
art('1105',0,7,13,'swissinfo.ch','2022-01-13',[],None,
    ['SWI swissinfo.ch','A branch of the Swiss Broadcasting Corporation SRG SSR','Languages: English | Deutsch | Français | Italiano','Foreign Affairs',
     'This content was published on January 13, 2022 - 17:02','January 13, 2022 - 17:02','Keystone-SDA/jdp','External Content','Share this story',
     'More: Russia | Security Policy | Switzerland','Articles in this story'],
    sections=(ln('1105','Bern ready to host'),ln('1105','Troops begin withdrawal')))
q('1105','a place where we talk before anyone starts shooting','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',partial=True,note='the first paragraph paraphrases him with "in the words of" but has no quote marks (not a quote)')
q('1105','concrete answers in writing, not a seminar on values','Alexander Lukashevich','Alexander Lukashevich','According to',partial=True,note='"According to Russia\'s ambassador to the OSCE, Alexander Lukashevich, Moscow expects "…""; words invented')
q('1105','without those countries at the table','Michael Carpenter','Michael Carpenter','replied',partial=True,note='reported "According to diplomats in the room"; the cue of the quote itself is "replied"; words invented')
q('1105','ready to offer its good offices, as it did in June, whenever the parties want them','Ignazio Cassis','Swiss President Ignazio Cassis','In the words of',partial=True,note='cue "In the words of" at the start of the sentence; words invented')
q('1105','Geneva has shown that talking is possible. Whether it is useful depends on the two sides,','Ignazio Cassis','he','said')
c('1105','troops_deployed',2000,'about','CSTO soldiers sent to Kazakhstan',None,'The alliance had sent about 2,000 soldiers',note='the withdrawal sentence before is attributed to the Russian Defence Ministry; this one is not')
c('1105','detained',10000,'more than','people detained during the unrest',KZA,'more than 10,000 people were detained')
c('1105','killed',164,None,'official death toll',None,'The official death toll stands at 164',note='"according to figures published on Sunday"; no named source')
e('1105','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich','Michael Carpenter'],"opened a session of the body's Permanent Council in Vienna on Thursday")
e('1105','2022-01-01','other',None,['Poland','OSCE'],'took over the OSCE chair on January 1')
e('1105','2022-01-12','statement','Bern',['Ignazio Cassis'],'Cassis spoke to reporters in Bern on Wednesday')
e('1105','2022-01-10','talks','Geneva',['United States','Russia'],'two days after US and Russian delegations met in Geneva',note='"two days after" Wednesday 12 Jan → Monday 10 Jan')
e('1105','2022-01-12','statement',None,['Swiss Federal Department of Foreign Affairs'],'said on Wednesday that around 30 Swiss nationals',note='"around 30 Swiss nationals" is not a claim')
e('1105','2022-01-13','troop_withdrawal','Kazakhstan',[CSTO,RDM],'began withdrawing its troops on Thursday')
e('1105','2022-01-09','casualty_report',None,[],'according to figures published on Sunday')

# ---------------- 1106 Politico-style piece (01/09/2022 04:30 PM EST; Sun)
art('1106',0,4,6,'POLITICO','2022-01-09',['NATHANIEL COLE','JESSICA MARTINEZ'],None,
    ['POLITICO','NATIONAL SECURITY','By NATHANIEL COLE and JESSICA MARTINEZ','01/09/2022 04:30 PM EST','Link Copied',
     'FILED UNDER: RUSSIA, KAZAKHSTAN, UKRAINE, NATO, ANTONY BLINKEN','About Us | Advertising | Breaking News Alerts | Careers | Privacy Policy','© 2022 POLITICO LLC'])
q('1106','If they come in with the same list they published in December, this is going to be a very short day,',None,'one senior administration official','said',note='anonymous official ("speaking on condition of anonymity"); speaker null')
q('1106','not about NATO membership, not for one minute.',None,'The official','said',partial=True,note='same anonymous official; "." inside the mark')
q('1106',"a useful exchange of views ahead of Monday's discussions.",'US State Department','A State Department spokesperson','said',partial=True,note='unnamed spokesperson; speaker = the department')
q('1106','give up anything just because someone is shouting at us.',RYAB,'Ryabkov','was quoted as saying by',partial=True,note='"was quoted as saying by Russian news agencies that…"; words invented')
q('1106','hardly worth the airfare.',RYAB,'He','added',partial=True,note='the one-word "disappointed" in the same sentence is excluded')
q('1106','about us without us.',None,'a European diplomat who was briefed on the U.S. plan','told',partial=True,note='slogan-like ("nothing about us without us"); kept because it is attributed with a speech verb; anonymous diplomat, speaker null')
q('1106',"It's a reminder that they can move a lot of people very fast when they decide to,",None,'the defense official','said',note='a third anonymous official ("A defense official")')
q('1106',"We assume the lesson hasn't been lost on anyone in Kyiv.",None,'the defense official','said')
q('1106','getting them out again can take a very long time.','Antony Blinken','Secretary of State Antony Blinken','said',partial=True,note='words paraphrased')
c('1106','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'roughly 2,500 troops',note='"the Collective Security Treaty Organization said it had sent"; "roughly" → about')
c('1106','killed',164,None,'people killed in the unrest',KZA,'164 people had been killed')
c('1106','detained',6000,'almost','people detained',KZA,'nearly 6,000 had been detained',note='"nearly" → almost')
e('1106','2022-01-10','talks','Geneva',['United States','Russia'],"heading into Monday's talks with Russia in Geneva",note='future Monday')
e('1106','2022-01-08','statement',None,[],'who briefed reporters on a call Saturday',note='anonymous senior official; no "on"')
e('1106','2022-01-09','talks','Geneva',[SHER,RYAB],'arrived in Geneva on Sunday and had a working dinner',note='working dinner on the publication day')
e('1106','2022-01-12','talks',None,['NATO','Russia'],'the planned NATO-Russia Council on Wednesday')
e('1106','2022-01-13','talks','Vienna',['OSCE'],'the OSCE meeting in Vienna on Thursday')
e('1106',None,'protest','Kazakhstan',[],'after protests turned violent last week',note='"last week": no day')
e('1106','2022-01-09','casualty_report',None,[KZA],'Kazakh authorities said Sunday')
e('1106','2022-01-07','statement',None,['Antony Blinken'],'Antony Blinken said Friday')
e('1106','2022-01-08','statement',None,['Russian Foreign Ministry'],"Russia's Foreign Ministry responded on Saturday")

# ---------------- 1107 Korea Herald-style piece (Published : Jan 10, 2022 - 16:41; Mon)
art('1107',0,5,12,'The Korea Herald','2022-01-10',['Park Soo-jin'],None,
    ['The Korea Herald','National | Diplomacy','[THE INVESTOR] [K-POP HERALD] [HERALD CORP]','By Park Soo-jin','Published : Jan 10, 2022 - 16:41       Updated : Jan 10, 2022 - 18:03',
     'Kakao Talk   Facebook   Twitter   Mail   Print   A-   A+','(soojin@heraldcorp.com)','By Park Soo-jin (soojin@heraldcorp.com)','Most Popular'])
q('1107','I heard the first shots around 9 p.m. and we turned off all the lights,','Kim Min-ji','she','told',note='she = Kim Min-ji; "9 p.m." not a number claim')
q('1107','We slept on the floor of the bathroom for two nights.','Kim Min-ji','she','told')
q('1107','step by step, as the security situation allows','Aida Balayeva','Aida Balayeva','said',partial=True,note='"Kazakhstan\'s information minister, Aida Balayeva, said Monday"')
q('1107','well-trained groups','Aida Balayeva','She','blamed',partial=True,note='She = Balayeva (second woman in the pronoun chain); two-word evaluative partial')
q('1107','She says terrorists, the television says terrorists. My neighbors say they saw young men with no weapons at all,','Kim Min-ji','she','said',note='"She" INSIDE the quote = Balayeva, the trailing "she said" = Kim: two women, same pronoun')
q('1107','spreading false information during a state of emergency is a crime','Aida Balayeva','she','warned',partial=True,note='"but she also warned" = Balayeva')
q('1107','The safety of our citizens is our first priority, and we are reviewing every option,','Choi Young-sam','ministry spokesperson Choi Young-sam','told',note='inverted cue; words invented')
c('1107','killed',164,None,'people killed during the unrest','Kazakh officials','164 people were killed during the unrest')
c('1107','detained',7939,None,'people detained as of Monday','Kazakh officials','7,939 people had been detained')
c('1107','troops_deployed',2000,'about','Russian paratroopers among CSTO forces',None,'About 2,000 Russian paratroopers')
e('1107','2022-01-05','protest','Almaty',[],'the shooting started outside her apartment last Wednesday night',note='"last Wednesday" from Monday 10 Jan = 5 Jan')
e('1107','2022-01-09','other',None,['Kim Min-ji'],'by phone on Sunday',note='interview with the paper')
e('1107','2022-01-10','statement',None,['Aida Balayeva'],'Aida Balayeva, said Monday')
e('1107','2022-01-10','statement',None,['Aida Balayeva'],'Balayeva told a briefing on Monday')
e('1107','2022-01-10','statement','Seoul',['South Korean Foreign Ministry'],"Seoul's Foreign Ministry said Monday",note='"about 140 South Korean nationals" is not a claim')
e('1107','2022-01-05','other','Almaty',[],'which was closed on Wednesday',note='airport closure')

# ---------------- 1108 Daily Maverick-style analysis (14 Jan 2022; Fri)
art('1108',0,4,11,'Daily Maverick','2022-01-14',['Thandeka Mokoena'],None,
    ['DAILY MAVERICK','OPINIONISTA  |  WORLD  |  ANALYSIS','By Thandeka Mokoena','14 Jan 2022  0','Follow   Save   More','Thandeka Mokoena is a contributing writer.','Gallery',
     'Comments - share your knowledge and experience'])
q('1108','What we have seen is not a revolution and not a coup. It is a fight inside the ruling family that was settled with other people\'s blood.','Sipho Ndlovu','Sipho Ndlovu',None,
  note='stand-alone quote paragraph; the speaker is named only in the NEXT paragraph ("That is how Sipho Ndlovu … put it"), so cue null as in 1101')
q('1108','completed every task set for them without firing a single shot at a civilian',SERD,'Russian General Andrei Serdyukov','said',partial=True)
q('1108','Our foreign policy is built on non-interference and on the sovereignty of states,','Lindiwe Khumalo','Lindiwe Khumalo','said',note='inverted "said NAME, a lecturer at …"')
q('1108','But non-interference cannot mean we look away when a government tells its soldiers to shoot without warning.','Lindiwe Khumalo','Lindiwe Khumalo','said',malformed=True,note='paragraph left open, next paragraph re-opens (multi-paragraph style)')
q('1108','If we had said that about Eswatini, people would have applauded.','Lindiwe Khumalo','Lindiwe Khumalo',None,note='continuation paragraph without attribution')
q('1108','will watch and say nothing, because each of them has its own Almaty waiting','Sipho Ndlovu','The latter','told',partial=True,note='"Khumalo\'s point is one that Ndlovu also made … The latter told me" = Ndlovu (last named); "The former" in the next sentence = Khumalo')
q('1108','no reason',RYAB,'Sergey Ryabkov','said',partial=True,note='two-word evaluative partial with a speech verb (borderline)')
c('1108','killed',164,'at least','people killed',KZA,'at least 164 people were killed')
c('1108','killed',16,None,'members of the security forces killed',KZA,'16 members of the security forces')
c('1108','detained',9900,None,'people detained',KZA,'9,900 people were detained')
c('1108','troops_deployed',2030,None,'CSTO troops due home',RDM,'The 2,030 troops are due to be home',note='"the Russian defence ministry said" after the figure')
e('1108','2022-01-12','other',None,['Sipho Ndlovu'],'when we spoke on Wednesday',note='interview with the author')
e('1108','2022-01-08','statement',None,[],'his press secretary insisted last Saturday',note="Nazarbayev's press secretary; \"last Saturday\" from Fri 14 Jan = 8 Jan")
e('1108','2022-01-13','other','Almaty',[SERD,TOK],'at a farewell ceremony in Almaty on Thursday')
e('1108','2022-01-19','troop_withdrawal','Kazakhstan',[RDM],'due to be home by January 19',note='future deadline')
e('1108','2022-01-10','talks','Geneva',['Russia','United States'],'In Geneva on Monday')
e('1108','2022-01-13','talks','Vienna',['OSCE'],'Vienna on Thursday')
e('1108',None,'talks','Brussels',['NATO','Russia'],'Brussels in between',note='"in between" (12 Jan) has no day word')
e('1108','2022-01-13','statement',None,[RYAB],'Sergey Ryabkov said on Thursday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',["Kazakhstan's president",'he','The 68-year-old leader'],['Mr Tokayev',"Tokayev's"]),
 sp(SERD,'person',['Andrei Serdyukov'],['Colonel General','Russian General','commander'],'Russia',['Their commander']),
 sp(IEDFA,'organisation',['Department of Foreign Affairs'],[],'Ireland',['a spokeswoman for the Department of Foreign Affairs'],note='unnamed spokeswoman'),
 sp('Aoife Nolan','person',['Aoife Nolan'],['a lecturer in Russian and Eurasian politics at Trinity College Dublin'],'Ireland',['she'],['Dr Aoife Nolan'],note='invented'),
 sp(RYAB,'person',['Sergei Ryabkov','Sergey Ryabkov','Ryabkov'],['Deputy Foreign Minister','Deputy foreign minister'],'Russia',['The former','the former','He'],['Mr. Ryabkov'],note='"Sergei" in 1102, "Sergey" in 1106/1108'),
 sp(SHER,'person',['Wendy Sherman','Sherman'],['Deputy Secretary of State','U.S. Deputy Secretary of State'],'United States',['The latter','she'],['Ms. Sherman']),
 sp(INMEA,'organisation',['Ministry of External Affairs'],[],'India',['the Ministry of External Affairs']),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['Spokesperson'],'India',[],['Mr. Bagchi'],note='words invented'),
 sp('Aidos Ukibay','person',['Aidos Ukibay'],['spokesman'],'Kazakhstan',['His spokesman Aidos Ukibay'],note="Nazarbayev's spokesman; words invented"),
 sp('Judha Nugraha','person',['Judha Nugraha'],["the ministry's director for the protection of Indonesian citizens abroad"],'Indonesia',['he'],note='words invented'),
 sp('Dosym Satpayev','person',['Dosym Satpayev'],['a political scientist in Almaty'],'Kazakhstan',note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],["the alliance's Secretary-General"],None,['He'],note='words invented'),
 sp('Mélanie Joly','person',['Mélanie Joly'],['Foreign Affairs Minister',"Canada's Foreign Affairs Minister"],'Canada',[],['Ms. Joly'],note='words invented'),
 sp('Paul Kowalczyk','person',['Paul Kowalczyk','Kowalczyk'],["a professor of international affairs at Carleton University's Norman Paterson School"],'Canada',[],['Prof. Kowalczyk'],note='invented'),
 sp('Aigerim Bekova','person',['Aigerim Bekova'],['who runs a small translation business in Toronto'],'Canada',['she'],note='invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',['the chairman of the Organization for Security and Co-operation in Europe (OSCE)'],note='OSCE chair; words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],["Russia's ambassador to the OSCE"],'Russia',note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['the American envoy'],'United States',note='words invented'),
 sp('Ignazio Cassis','person',['Ignazio Cassis','Cassis'],['Swiss President'],'Switzerland',['he'],note='words invented'),
 sp('US State Department','organisation',['State Department'],[],'United States',['A State Department spokesperson']),
 sp('Antony Blinken','person',['Antony Blinken'],['Secretary of State'],'United States',note='words paraphrased'),
 sp('Kim Min-ji','person',['Kim Min-ji','Kim'],['ran a Korean-language school'],'South Korea',['she'],note='invented'),
 sp('Aida Balayeva','person',['Aida Balayeva','Balayeva'],["Kazakhstan's information minister"],'Kazakhstan',['She','she'],note='words invented'),
 sp('Choi Young-sam','person',['Choi Young-sam'],['ministry spokesperson'],'South Korea',note='words invented'),
 sp('Sipho Ndlovu','person',['Sipho Ndlovu','Ndlovu'],['a senior researcher at the Institute for Security Studies in Pretoria'],'South Africa',['The latter'],note='invented'),
 sp('Lindiwe Khumalo','person',['Lindiwe Khumalo','Khumalo'],['a lecturer in international relations at the University of the Witwatersrand'],'South Africa',['The former'],["Khumalo's"],note='invented; "The former" in 1108 refers to her but attributes no quote'),
 sp(MIA,'organisation',['interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 1101 and 1103; not quoted'),
 sp(RDM,'organisation',["Defence Ministry",'defence ministry'],[],'Russia',[],[],quoted=False,note='source of figures in 1104, 1105, 1108; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='source of figures; not quoted in this set'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['the first president'],'Kazakhstan',[],[],quoted=False,note='mentioned in 1103 and 1108; not quoted'),
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
