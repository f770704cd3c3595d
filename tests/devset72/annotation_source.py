#!/usr/bin/env python3
"""Source of the devset72 annotation: the hand-chosen spans, values and dates for 669-676.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset72/annotation_source.py && python3 tests/devset72/verify.py
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

MIA='Kazakh Ministry of Internal Affairs'; RDM='Russian Defence Ministry'; TOK='Kassym-Jomart Tokayev'; CSTO='CSTO'
PKFO='Pakistani Foreign Office'; NPMFA='Nepalese Ministry of Foreign Affairs'; KNB='Kazakh National Security Committee'
VNMFA='Vietnamese Ministry of Foreign Affairs'; THMFA='Thai Ministry of Foreign Affairs'; LKMFA='Sri Lankan Foreign Ministry'
KPO='Kazakh Presidential Press Office'; HANG='Le Thi Thu Hang'

# ---------------- 669 The Nation (Pakistan), January 08, 2022 (a Saturday)
art('669',0,4,9,'The Nation','2022-01-08',[],'ISLAMABAD',
    ['The Nation','Home | Latest | Pakistan | World | Business | Sports | Opinions | E-Paper','Our Staff Reporter','January 08, 2022',
     'Share on Facebook   Share on Twitter   Share on WhatsApp','Related','PM Imran Khan calls for regional connectivity at CAREC meeting',
     'Pakistan, Uzbekistan agree to fast-track railway project','Copyright © 2022 The Nation. All rights reserved.'])
q('669','Pakistan values its brotherly relations with Kazakhstan and hopes that peace and normalcy will be restored at the earliest,','Asim Iftikhar Ahmad','Foreign Office spokesperson Asim Iftikhar Ahmad','said',note='inverted order after the quote: "…," TITLE NAME said at the weekly press briefing')
q('669','a round-the-clock helpline','Asim Iftikhar Ahmad','He','added',partial=True)
q('669','No Pakistani has been reported hurt so far,','Asim Iftikhar Ahmad','he','told',note='he = the spokesperson ("According to the spokesperson" earlier in the paragraph)')
q('669','Negotiations with criminals and murderers are out of the question,',TOK,'he','said')
q('669','several days, maybe weeks','Farhan Qureshi','Dr Farhan Qureshi','said',partial=True,note='comma outside the closing mark; inverted "said Dr NAME, a … expert"')
q('669','For Pakistan, Central Asia is about trade corridors and energy. Instability there delays everything from CASA-1000 to the railway plans,','Farhan Qureshi','Qureshi','told',note='"CASA-1000" inside the quote is a project name, not a number')
c('669','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label excluded from quotes')
c('669','detained',3800,'more than','people detained',MIA,'more than 3,800 people detained')
c('669','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had lost their lives')
c('669','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan','Russian officials','has sent about 2,500 troops',note='"Russian officials said" at the end of the sentence')
e('669','2022-01-07','statement','Islamabad',[PKFO,'Asim Iftikhar Ahmad'],'Pakistan on Friday expressed concern',note='the weekly press briefing (l.11) is the same event')
e('669','2022-01-02','protest',None,[],'which started on January 2')
e('669','2022-01-07','casualty_report',None,[MIA],'The Kazakh Interior Ministry said on Friday')
e('669','2022-01-07','statement',None,[TOK],'in a televised address on Friday')
e('669',None,'troop_deployment','Kazakhstan',[CSTO],"to the country at Tokayev's request",note='undated')
e('669','2022-01-06','statement',None,['Abdul Razak Dawood'],'also said on Thursday',note='Thursday before Saturday 8 Jan')

# ---------------- 670 New Age (Bangladesh) with AFP, Published: 00:05, Jan 12,2022 (a Wednesday)
art('670',0,4,8,'New Age','2022-01-12',[],'Almaty',
    ['New Age | The Outspoken Daily','Home  >  International','Agence France-Presse . Almaty | Published: 00:05, Jan 12,2022 | Updated: 00:31, Jan 12,2022',
     'Tags: Kazakhstan, CSTO, Tokayev, Russia','More about:','Kazakhstan detains nearly 8,000 after unrest',"Putin says Russia will not allow 'colour revolutions'",
     'Follow New Age on Facebook and Twitter'])
q('670','international terrorist groups',TOK,'Tokayev','described',partial=True,note='"after Tokayev described the protests as an attack by “…”"; a multi-word phrase of the speaker, kept as partial (the one-word "terrorists" on l.8 is excluded)')
q('670','In two days, a phased withdrawal of the joint contingent will begin. The withdrawal will take no more than 10 days,',TOK,'the president','said',note='title-only attribution; the single-quoted l.10 quote before it is excluded (single marks)')
q('670','a layer of wealthy people, even by international standards',TOK,'the president','saying',partial=True,note='closing mark followed by "." outside')
q('670','We have received dozens of complaints about beatings in custody,','Galiya Nurmukhanova','Galiya Nurmukhanova','said',note='inverted "said NAME, head of …"')
q('670','People are going out again, but nobody talks about what happened,','Aigul','Aigul','said',note='first name only; age in apposition')
c('670','troops_deployed',2000,'more than','CSTO troops sent to Kazakhstan',None,'sent more than 2,000 troops to Kazakhstan last week')
c('670','killed',164,None,'people killed across the country (figure withdrawn)','officials','164 people, including three children, had been killed',note='"Officials said"; the health ministry later said it was published by mistake; "three children" is a subset, not a separate claim')
c('670','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
c('670','detained',8000,'almost','people detained (related title)',None,'Kazakhstan detains nearly 8,000 after unrest',zone='related',note='"More about:" title at the foot of the page')
e('670','2022-01-11','statement',None,[TOK],'on Tuesday announced that a Russia-led military alliance',note='Tuesday before the 00:05 Wednesday stamp')
e('670','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing its troops from the country in two days',note='"in two days" from Tuesday 11 Jan')
e('670',None,'troop_deployment','Kazakhstan',[CSTO],'The Collective Security Treaty Organisation sent more than 2,000 troops',note='"last week" is not a day')
e('670','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'as the new head of government on Tuesday')
e('670','2022-01-10','casualty_report',None,[],'Officials said on Monday that 164 people')
e('670','2022-01-11','casualty_report',None,[MIA],'On Tuesday the interior ministry said')
e('670','2022-01-11','other','Almaty',[],'some shops and banks reopened on Tuesday')
e('670','2022-01-02','protest','Zhanaozen',[],'The unrest began on January 2 in the oil town of Zhanaozen')

# ---------------- 671 myRepública (Nepal), January 10, 2022 08:30 AM NPT (a Monday)
art('671',0,5,9,'Republica','2022-01-10',['SUMAN KHADKA'],'KATHMANDU',
    ['myRepública','The New York Times Partner','NEWS | BUSINESS | SOCIETY | WORLD | OPINION | SPORTS',
     'Published On: January 10, 2022 08:30 AM NPT By: SUMAN KHADKA  |  @RepublicaNepal','Published On: January 10, 2022 08:30 AM NPT By: SUMAN KHADKA',
     'Related story','Nepalis in Kazakhstan asked to contact embassy in Moscow'])
q('671','According to the information received so far, all Nepali nationals in Kazakhstan are safe and there is no need to panic,',NPMFA,'the statement','reads',note='"the statement reads" (present tense)')
q('671','We have asked them to stay indoors and follow the instructions of the local authorities,','Sewa Lamsal','she','said')
q('671','For almost five days we could not call our parents. My mother thought something had happened to me,','Prakash Thapa','Thapa','said',note='inverted "said Thapa over a phone call on Sunday"; a duration inside the quote')
q('671','calm but tense','Prakash Thapa','Thapa','said',partial=True)
q('671','We learnt about the situation from Facebook, not from the government,','Sarita Karki','Karki','said')
c('671','detained',6000,'almost','people detained, including foreign nationals','Kazakh authorities','nearly 6,000 people, including foreign nationals, had been detained')
c('671','aircraft',70,'more than','aircraft used to carry the CSTO troops',RDM,'more than 70 aircraft')
e('671','2022-01-09','statement',None,[NPMFA],'the ministry said in a press statement issued on Sunday')
e('671',None,'statement',None,['Sewa Lamsal'],'MoFA spokesperson Sewa Lamsal told Republica',note='undated')
e('671','2022-01-02','protest',None,[],'The unrest began on January 2')
e('671','2022-01-09','casualty_report',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e('671','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'On January 6, troops from the Russia-led')
e('671',None,'statement',None,[NPMFA],'Last week, the ministry had also advised',note='"Last week" is not a day')

# ---------------- 672 Thai PBS World, 13th Jan 2022 (a Thursday)
art('672',0,6,12,'Thai PBS World','2022-01-13',[],None,
    ['Thai PBS World','Thai PBS World : The latest Thai News in English, News Headlines, World News and News Broadcasts in both Thai and English',
     'Home / Asia / World','World  13th Jan 2022',"Thai PBS World's Foreign Desk",'#Kazakhstan #CSTO #OSCE #Russia','Share','Facebook  Twitter  Line',
     'Latest News','Thailand reports 7,526 new COVID-19 cases'])
q('672','The withdrawal of personnel and equipment will be carried out in stages,',RDM,'the ministry','said in a statement')
q('672','fully accomplished their tasks','Andrei Serdyukov','Colonel General Andrei Serdyukov','said',partial=True,note='subject separated from "said" by a relative clause; "." outside the mark')
q('672','Europe seems closer to a major war than at any moment in the past three decades,','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','told',note='inverted with a relative clause between name and cue ("who chairs the OSCE this year, told")')
q('672','a constructive response','Alexander Lukashevich','Alexander Lukashevich','told',partial=True,note='"Russia\'s ambassador to the OSCE, Alexander Lukashevich, told reporters"')
q('672','If we do not hear it in a reasonable time frame, we will take the necessary measures,','Alexander Lukashevich','Lukashevich','said')
q('672','frank and forthright','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('672','They have been advised to contact the Royal Thai Embassy in Nur-Sultan if they need help,','Tanee Sangrat','ministry spokesman Tanee Sangrat','said',note='inverted "said ministry spokesman NAME"')
c('672','troops_deployed',2030,'about','CSTO troops sent to Kazakhstan',CSTO,'About 2,030 troops',note='"according to the CSTO"')
c('672','other',250,None,'units of CSTO equipment sent to Kazakhstan',CSTO,'250 units of equipment',note='"About" read as applying to 2,030 only')
c('672','detained',12000,'about','people detained since the start of the unrest',MIA,'about 12,000 people had been detained')
c('672','killed',16,None,'members of the security forces killed','officials','16 members of the security forces were killed')
e('672','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began leaving Kazakhstan on Thursday')
e('672',None,'statement',None,[RDM],'the ministry said in a statement',note='undated (the day of the withdrawal)')
e('672','2022-01-13','other',None,['Andrei Serdyukov'],'said at a farewell ceremony on Thursday',note='farewell ceremony; place not stated in the sentence')
e('672','2022-01-19','withdrawal','Kazakhstan',[CSTO],'the last units would leave by January 19',note='future deadline')
e('672','2022-01-13','talks','Vienna',['OSCE','Russia'],'ended on Thursday with no sign of progress')
e('672','2022-01-10','talks','Geneva',['Russia','United States'],'in Geneva on Monday')
e('672','2022-01-12','talks','Brussels',['NATO','Russia'],'the NATO-Russia Council in Brussels the day before',note='"the day before" the Vienna meeting of Thursday 13 Jan')
e('672',None,'statement',None,[THMFA],'said earlier this week that about 20 Thai nationals',note='"earlier this week" is not a day')
e('672','2022-01-12','casualty_report',None,[MIA],'The Kazakh interior ministry said on Wednesday')

# ---------------- 673 Viet Nam News, January, 09/2022 - 10:14 (a Sunday)
art('673',0,7,11,'Viet Nam News','2022-01-09',[],'NUR-SULTAN',
    ['VIETNAM NEWS','THE NATIONAL ENGLISH LANGUAGE DAILY','Politics & Law   Society   Economy   Life & Style   World   Sports   Opinion','WORLD',
     'January, 09/2022 - 10:14','Tags: Kazakhstan, Masimov, CSTO','Share   Print   Email','Other News',
     'Russia, US open security talks in Geneva on Monday','Viet Nam calls for restraint in Kazakhstan'])
q('673','The situation has stabilised in all regions of the country,',TOK,'the Kazakh leader','said',note='"the Kazakh leader said, according to the statement" (his office\'s readout); title-only mention')
q('673','We have bread, but there is no cash in the ATMs,',None,'one woman','told',note='anonymous resident')
q('673','proactively contacted',HANG,'Spokeswoman Lê Thị Thu Hằng','told',partial=True,note='two-word partial with a speech verb; Vietnamese diacritics in the name')
q('673','Tokayev is using this moment to remove people who were loyal to Nazarbayev rather than to him,','Nguyen Van Long','Nguyễn Văn Long','said',note='inverted; names inside the quote are not the speaker')
c('673','detained',5800,None,'people detained, including foreigners',MIA,'5,800 people, including a number of foreigners, had been detained')
c('673','other',125,None,'criminal investigations opened',MIA,'125 criminal investigations')
c('673','injured',4500,'more than','people injured','health officials','more than 4,500 people had been injured')
c('673','injured',1300,'at least','members of the security forces injured','health officials','at least 1,300 members of the security forces')
c('673','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'sent about 2,000 troops to the country last week')
e('673','2022-01-08','statement',None,[KNB],'the National Security Committee (KNB) said on Saturday')
e('673','2022-01-06','arrest',None,[KNB,'Karim Masimov'],'Masimov was arrested the same day',note='"the same day" = January 6 (investigation opened)')
e('673','2022-01-05','other',None,[TOK,'Karim Masimov'],'dismissed by President Kassym-Jomart Tokayev on Wednesday',note='dismissal; Wednesday before Sunday 9 Jan')
e('673',None,'talks',None,[TOK,'Vladimir Putin'],'had held a phone call with Russian President Vladimir Putin',note='reported on Saturday 8 Jan; the call itself is not dated')
e('673','2022-01-09','casualty_report',None,[MIA],'The interior ministry said on Sunday')
e('673','2022-01-06','statement',None,[VNMFA,HANG],"Viet Nam's Ministry of Foreign Affairs said on Thursday")
e('673',None,'troop_deployment','Kazakhstan',[CSTO],'The CSTO, which sent about 2,000 troops',note='"last week" is not a day')

# ---------------- 674 Khmer Times carrying Xinhua, Publication date 11 January 2022 (a Tuesday); dateline MOSCOW, Jan. 10
art('674',0,5,9,'Khmer Times','2022-01-11',[],'MOSCOW',
    ['Khmer Times','Insight into Cambodia','National   Business   Asean   World   Opinion   Lifestyle','Xinhua  |  Publication date 11 January 2022  |  09:12 ICT',
     'RELATED POSTS','Cambodia calls for peaceful resolution in Kazakhstan','Asean chair Cambodia welcomes dialogue between major powers',
     '© 2022 Khmer Times. All rights reserved.'])
q('674','a coordinated series of armed attacks',TOK,'Kazakh President Kassym-Jomart Tokayev','told',partial=True)
q('674','The attempt to seize power has failed,',TOK,'Tokayev','said')
q('674','The mission of the peacekeepers will be completed soon,',TOK,'Tokayev','told')
q('674','Nobody will be allowed to rock the situation in our countries or to stage so-called colour revolutions,','Vladimir Putin','he','said',note='"he said, according to a transcript released by the Kremlin"; the headline\'s single-quoted \'colour revolutions\' is excluded')
q('674','an effective instrument','Nikol Pashinyan','Armenian Prime Minister Nikol Pashinyan','said',partial=True,note='subject separated from "said" by a relative clause')
q('674','We must prepare for such situations in advance, not react after the fact,','Alexander Lukashenko','Lukashenko','said')
q('674','complex but businesslike','Sergey Ryabkov','Russian Deputy Foreign Minister Sergei Ryabkov','said',partial=True,note='"said afterwards that … had been “…”"')
c('674','troops_deployed',2030,None,'CSTO servicemen deployed to Kazakhstan',RDM,'The CSTO has deployed 2,030 servicemen')
c('674','other',250,None,'pieces of CSTO military equipment',RDM,'250 pieces of military equipment')
c('674','detained',7939,None,'people detained nationwide','Kazakh authorities','7,939 people had been detained')
e('674','2022-01-10','talks',None,[CSTO,TOK,'Vladimir Putin','Nikol Pashinyan','Alexander Lukashenko'],'on Monday held an extraordinary video summit')
e('674','2022-01-05','other',None,[TOK,CSTO],"Tokayev's request on January 5",note='request for CSTO help')
e('674','2022-01-09','statement',None,[RDM],"Russia's Defence Ministry said on Sunday")
e('674','2022-01-10','casualty_report',None,['Kazakh authorities'],'The Kazakh authorities said on Monday')
e('674','2022-01-10','talks','Geneva',['Russia','United States'],'Also on Monday, Russian and U.S. delegations held talks in Geneva')

# ---------------- 675 The Irrawaddy (Myanmar), 7 January 2022 (a Friday)
art('675',0,7,13,'The Irrawaddy','2022-01-07',[],None,
    ['The Irrawaddy','Covering Burma and Southeast Asia','Home  Burma  Asia  Opinion  Specials  Business  Multimedia','ASIA','By The Irrawaddy 7 January 2022',
     'Junta spokesman Major General Zaw Min Tun at a press conference in Naypyitaw in November 2021. / AFP','Topics: Kazakhstan, Military Regime, Russia, Zaw Min Tun',
     'You may also like these stories:',"Russia Remains Myanmar Junta's Closest Friend",'Junta Chief Vows to Hold Elections in 2023',
     "Support The Irrawaddy's independent journalism",'DONATE'])
q('675','the right thing','Zaw Min Tun','its spokesman','saying',partial=True,note='"with its spokesman saying on Friday that … had done “…”"; the spokesman is named only in the next paragraph')
q('675','Every country has the right to defend its constitution against rioters. The Kazakh government asked its friends for help and they came,','Zaw Min Tun','he','said')
q('675','The generals see in Kazakhstan what they hope for themselves: a big friend who sends soldiers and asks no questions,','Ko Thura','Ko Thura','said',note='pseudonym of an analyst; inverted "said NAME, a … analyst"; colon inside the quote')
q('675','Those who kill their own people will always praise others who do the same,','Sasa','Dr Sasa','wrote',note='mononym with honorific "Dr"; cue "wrote on Twitter"; the one-word "shameful" before it is excluded')
c('675','aircraft',70,'more than','planes used to fly the CSTO troops in',RDM,'more than 70 planes')
c('675','killed',26,None,'rioters "eliminated"','Kazakh officials','26 rioters had been "eliminated"',note='one-word scare quote "eliminated" excluded from quotes')
c('675','killed',18,None,'members of the security forces killed','Kazakh officials','18 members of the security forces had been killed')
c('675','detained',3000,'more than','people detained','Kazakh officials','More than 3,000 people had been detained')
e('675','2022-01-07','statement','Naypyitaw',['Zaw Min Tun'],'with its spokesman saying on Friday')
e('675','2022-01-06','statement',None,[CSTO],'announced on Thursday that it would send peacekeepers')
e('675','2022-01-06','troop_deployment','Almaty',[CSTO],'the first units arrived in Almaty the same day',note='"the same day" = Thursday 6 Jan')
e('675','2022-01-07','casualty_report',None,['Kazakh officials'],'Kazakh officials said on Friday')
e('675',None,'statement',None,['Sasa'],'Dr Sasa wrote on Twitter',note='undated')
e('675','2022-01-07','statement',None,[TOK],'Tokayev said in a televised speech on Friday')

# ---------------- 676 Daily Mirror (Sri Lanka), 13 January 2022 09:24 am (a Thursday); "Brussels, Jan 13 (Agencies)"
art('676',0,7,11,'Daily Mirror','2022-01-13',[],'Brussels',
    ['Daily Mirror',"Online edition of Daily Mirror - Sri Lanka's most trusted and popular English daily",'Breaking News | Top Story | Business | Sports | World | Opinion | Life',
     'World','13 January 2022 09:24 am - 0     - 612','(Reuters/AFP)','Comments - 0','Add comment','Name *','Email *','Comment *','Post',
     'Disclaimer: The Daily Mirror welcomes comments from readers. Comments are moderated before being published.'])
q('676','deep disagreements','Jens Stoltenberg',"the alliance's chief",'saying',partial=True,note='title-only mention before the name appears (l.13)')
q('676','The danger of a new war in Europe is real,','Jens Stoltenberg','NATO Secretary-General Jens Stoltenberg','told',note='inverted "…," TITLE NAME told a news conference')
q('676',"No one can slam the door shut on NATO's enlargement,",'Jens Stoltenberg','he','said')
q('676','clearly and honestly','Alexander Grushko','Russian Deputy Foreign Minister Alexander Grushko','said',partial=True,note='relative clause between the name and "said"; the one-word "military-technical" in the next sentence is excluded')
q('676','prepared to continue','Wendy Sherman','She','said',partial=True)
q('676','Our honorary consul in Almaty is in daily contact with them,',None,'a senior official at the ministry','told',note='anonymous Sri Lankan official')
q('676','from a position of strength','Ranjith Wickramasuriya','Ranjith Wickramasuriya','said',partial=True)
q('676','Kazakhstan proved to the West that Russia can move troops to any neighbour in a day,','Ranjith Wickramasuriya','he','said')
c('676','troops_deployed',2000,'about','CSTO troops sent to Kazakhstan',None,'sent some 2,000 troops',note='"some" → about')
c('676','detained',10000,'about','people detained','Kazakh authorities','about 10,000 people had been detained')
c('676','injured',4000,'more than','people injured','Kazakh Ministry of Health','more than 4,000 people were injured')
e('676','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Wendy Sherman'],'in Brussels ended on Wednesday without agreement')
e('676','2022-01-10','talks','Geneva',['Russia','United States'],'after the Geneva round on Monday')
e('676','2022-01-13','talks','Vienna',['OSCE','Russia'],'in Vienna on Thursday',note='scheduled; Thursday = publication day')
e('676','2022-01-12','statement',None,[KPO],'Kazakhstan said on Wednesday that troops')
e('676','2022-01-13','withdrawal','Kazakhstan',[CSTO],'the withdrawal would start on Thursday')
e('676',None,'troop_deployment','Kazakhstan',[CSTO],'after protests turned violent last week',note='"last week" is not a day')
e('676','2022-01-11','statement',None,[LKMFA],"Sri Lanka's Foreign Ministry said on Tuesday")

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','Kazakh President','Kazakh president'],'Kazakhstan',['he','the president','the Kazakh leader'],["Tokayev's"]),
 sp('Asim Iftikhar Ahmad','person',['Asim Iftikhar Ahmad'],['Foreign Office spokesperson'],'Pakistan',['He','he','the spokesperson'],note='words invented'),
 sp('Farhan Qureshi','person',['Farhan Qureshi','Qureshi'],['a Central Asia expert at a think tank in Islamabad'],'Pakistan',[],['Dr Farhan Qureshi'],note='invented'),
 sp('Galiya Nurmukhanova','person',['Galiya Nurmukhanova'],['head of the Almaty-based rights group Adilet Kuzet'],'Kazakhstan',note='invented (rights group invented too)'),
 sp('Aigul','person',['Aigul'],['a 34-year-old accountant'],'Kazakhstan',note='invented; first name only'),
 sp(NPMFA,'organisation',['Ministry of Foreign Affairs (MoFA)','MoFA'],[],'Nepal',['the statement','the ministry']),
 sp('Sewa Lamsal','person',['Sewa Lamsal'],['MoFA spokesperson'],'Nepal',['she'],note='words invented'),
 sp('Prakash Thapa','person',['Prakash Thapa','Thapa'],['a fourth-year medical student in Semey'],'Nepal',note='invented'),
 sp('Sarita Karki','person',['Sarita Karki','Karki'],['A Kathmandu-based parent'],'Nepal',note='invented'),
 sp(RDM,'organisation',['Russian defence ministry',"Russia's defence ministry","Russia's Defence Ministry"],[],'Russia',['the ministry']),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['Colonel General'],'Russia',['He'],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's ambassador to the OSCE"],'Russia',note='words invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State','U.S. Deputy Secretary of State'],'United States',['She']),
 sp('Tanee Sangrat','person',['Tanee Sangrat'],['ministry spokesman'],'Thailand',note='words invented'),
 sp(HANG,'person',['Lê Thị Thu Hằng'],['Spokeswoman'],'Vietnam',note='canonical without diacritics as in an earlier set; words invented'),
 sp('Nguyen Van Long','person',['Nguyễn Văn Long'],['a researcher at the Institute of European Studies in Hà Nội'],'Vietnam',note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['Russian President'],'Russia',['he']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko','Lukashenko'],['Belarusian President'],'Belarus'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',note='words invented'),
 sp('Zaw Min Tun','person',['Zaw Min Tun'],['junta spokesman','Major General'],'Myanmar',['its spokesman','he'],note='words invented'),
 sp('Ko Thura','person',['Ko Thura'],['a Yangon-based political analyst'],'Myanmar',note='invented pseudonym'),
 sp('Sasa','person',['Sasa'],['A spokesperson for the civilian National Unity Government (NUG)'],'Myanmar',[],['Dr Sasa'],note='mononym; words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary-General'],None,["the alliance's chief",'he'],note='words invented'),
 sp('Alexander Grushko','person',['Alexander Grushko'],['Russian Deputy Foreign Minister'],'Russia',['He'],note='words invented'),
 sp('Ranjith Wickramasuriya','person',['Ranjith Wickramasuriya'],['a former Sri Lankan diplomat who served in Moscow'],'Sri Lanka',['he'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry','interior ministry'],[],'Kazakhstan',[],[],quoted=False,note='source of figures in 4 files; not quoted'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance'],[],quoted=False,note='mentioned in every file; not quoted in this set'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],[],'Kazakhstan',[],[],quoted=False,note='mentioned in 670 and 673'),
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
