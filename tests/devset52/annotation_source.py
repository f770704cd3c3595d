#!/usr/bin/env python3
"""Source of the devset52 annotation: the hand-chosen spans, values and dates for 509-516.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset52/annotation_source.py && python3 tests/devset52/verify.py
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
NGMFA='Nigerian Foreign Ministry'; ETMFA='Ethiopian Foreign Ministry'; SDMFA='Sudanese Foreign Ministry'; TNMFA='Tunisian Foreign Ministry'
MOH='Kazakh Ministry of Health'

# ---------------- 509 The Guardian (Nigeria) (08 January 2022, a Saturday)
art('509',0,5,9,'The Guardian','2022-01-08',['Chinedu Okafor'],None,
    ['The Guardian','Conscience, Nurtured by Truth','News  |  Politics  |  Business  |  Opinion  |  World  |  Sport','World','By Chinedu Okafor',
     '08 January 2022   |   4:12 am','Related',"Russia, US talks: Nigeria urges dialogue","Cost of stranded students' tickets rises",
     'Share on Facebook   Share on Twitter   Share on WhatsApp','Copyright © 2022 Guardian Newspapers. All rights reserved.'])
q('509','Our mission is reaching every citizen by phone, and we advise them to stay indoors until the situation is calm,','Adaeze Nwosu','Mrs Adaeze Nwosu','said',note='inverted cue with the role before the name: "…," a spokesperson for the Ministry of Foreign Affairs, Mrs Adaeze Nwosu, said in Abuja')
q('509','not on the table for now','Adaeze Nwosu','She','added',partial=True)
q('509','Dialogue with criminals and murderers? What kind of talks can there be with them?',TOK,'the President','asked',note='quote ends with "?" and no comma; title-only attribution "the President asked"')
q('509','We hear shooting at night. In the morning we queue for bread for two, three hours,','Tunde Bakare','Bakare','said',note='"two, three hours" is a duration, not a claim')
q('509','Nobody here knows what will happen next week.','Tunde Bakare','Bakare','said',note='second half of a quote split by the interposed "Bakare said."')
q('509','as soon as any plane is flying.',None,'Another student','said',partial=True,note='anonymous student; "." inside the closing mark')
c('509','killed',26,None,'armed rioters "liquidated"',MIA,'26 armed rioters had been',note='the one-word "liquidated" follows the figure (excluded from quotes)')
c('509','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('509','detained',3000,'more than','people detained across the country',MIA,'more than 3,000 people had been detained')
c('509','troops_deployed',2500,'about','CSTO soldiers flown in',CSTO,'about 2,500 soldiers')
e('509','2022-01-07','statement','Abuja',['Federal Government of Nigeria'],'The Federal Government said yesterday',note='"yesterday" from Saturday 8 Jan')
e('509','2022-01-07','casualty_report',None,[MIA],"Kazakhstan's Interior Ministry said on Friday")
e('509','2022-01-05','other',None,[TOK,CSTO],'who on Wednesday night asked the Collective Security Treaty Organisation',note='request for CSTO help')
e('509',None,'statement',None,[TOK],'told the nation he had ordered troops to fire without warning',note='undated (real 2022-01-07)')
e('509',None,'troop_deployment','Kazakhstan',[CSTO],'have been flown in to guard',note='undated')

# ---------------- 510 Mail & Guardian (11 Jan 2022, a Tuesday)
art('510',0,5,6,'Mail & Guardian','2022-01-11',['Lungile Mthembu'],None,
    ['Mail & Guardian',"Africa's best read",'NEWS   WORLD   OPINION   THOUGHT LEADER   SUBSCRIBE','World','Lungile Mthembu','11 Jan 2022','6 min read',
     "Read more: Kazakhstan's protests: what South Africa's fuel-price debate can learn",'Get the best of the M&G in your inbox','Subscribe now','© 2022 Mail & Guardian'])
q('510','ironclad, waterproof, bulletproof','Sergey Ryabkov','Russian Deputy Foreign Minister Sergey Ryabkov','told',partial=True,note='"told reporters afterwards that Moscow needed "…""')
q('510','We are not going to give anything up under pressure,','Sergey Ryabkov','he','said')
q('510','For us it is a matter of national security, not a bargaining chip.','Sergey Ryabkov','he','said',note='second half after the interposed "he said."')
q('510','security proposals that are simply non-starters','Wendy Sherman','US Deputy Secretary of State Wendy Sherman','said',partial=True)
q('510','South Africa calls for restraint from all sides and for the sovereignty of Kazakhstan to be respected,','Clayson Monyela','spokesperson Clayson Monyela','told',note='inverted cue; the organisation (Dirco) is named in the sentence before')
q('510','not second-guess a request made by a sovereign government','Clayson Monyela','Monyela','said',partial=True)
q('510','What happened in Almaty last week gave Moscow a show of strength right before Geneva,','Thandeka Dlamini','Dlamini','said')
q('510','It told Washington: we can move 2,000 men in a weekend.','Thandeka Dlamini','Dlamini','said',note='"2,000 men" inside the quote is rhetorical (not a claim)')
c('510','troops_deployed',100000,'about',"Russian troops near Ukraine's border",'US officials','some 100,000 Russian troops',note='"some" normalised to about')
c('510','troops_deployed',2030,'about','CSTO soldiers guarding sites in Kazakhstan',None,'about 2,030 soldiers from the Collective Security Treaty Organisation')
c('510','detained',7939,None,'people detained since 2 January','Kazakh authorities','7,939 people had been detained')
e('510','2022-01-10','talks','Geneva',['Russia','United States','Sergey Ryabkov','Wendy Sherman'],"Monday's meeting between Russian and American diplomats in Geneva")
e('510','2022-01-10','casualty_report',None,['Kazakh authorities'],'The Kazakh authorities said on Monday')
e('510','2022-01-02','protest',None,[],'since the protests started on January 2')
e('510','2022-01-11','statement',None,['Clayson Monyela'],'told the M&G on Tuesday')
e('510','2022-01-12','talks','Brussels',['NATO','Russia'],'The Nato-Russia Council meets in Brussels on Wednesday',note='future')
e('510','2022-01-13','talks','Vienna',['OSCE'],"the OSCE's permanent council in Vienna on Thursday",note='future')

# ---------------- 511 Daily Monitor (Uganda) (Wednesday, January 12, 2022)
art('511',0,4,8,'Monitor','2022-01-12',[],None,
    ['MONITOR','Home | News | National | World | Business | Sports | Commentary | Magazines','World','Wednesday, January 12, 2022',
     'By AGENCIES & MONITOR CORRESPONDENT','Summary','Related',"Uganda's fuel prices up again as global crude rises",'Russia, US end Geneva talks without breakthrough',
     'Share this story','Facebook  Twitter  WhatsApp  Email','© 2022 Monitor Publications Ltd. All rights reserved.'])
q('511','The main mission of the CSTO peacekeeping forces has been successfully completed,',TOK,'Mr Tokayev','told')
q('511','In two days a phased withdrawal will begin. It will take no more than ten days.',TOK,'Mr Tokayev','told',note='second quote in the same paragraph after "Mr Tokayev told the lower house of parliament in Nur-Sultan."')
q('511','a single centre',TOK,'Mr Tokayev','blamed',partial=True)
q('511','militants from Central Asia, Afghanistan and the Middle East',TOK,'Mr Tokayev','said',partial=True)
q('511','Any government that faces hungry people in the streets is tempted to call its friends for help,','Joseph Ssempala','he','said')
q('511','The lesson is that fuel prices can bring down a cabinet in one week.','Joseph Ssempala','he','said')
c('511','troops_deployed',2030,None,'CSTO servicemen deployed','Moscow','deployed 2,030 servicemen')
c('511','other',250,None,'pieces of CSTO military hardware deployed','Moscow','250 pieces of military hardware')
c('511','killed',164,None,'people killed during the unrest','officials','164 people were killed during the unrest')
c('511','killed',16,None,'members of the security forces killed','officials','16 members of the security forces',note='subset of the 164 but a separate security-forces figure')
c('511','detained',9900,None,'people detained',MIA,'9,900 people had been detained')
e('511','2022-01-11','statement','Nur-Sultan',[TOK],'yesterday announced that troops sent by',note='"yesterday" from Wednesday 12 Jan')
e('511','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin withdrawing tomorrow',note='future; "tomorrow" from 12 Jan')
e('511','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'named a new prime minister, Alikhan Smailov, on Tuesday')
e('511','2022-01-10','casualty_report',None,[MIA],'the Interior Ministry said on Monday')
e('511','2022-01-02','protest',None,[],"Kazakhstan's protests began on January 2")
e('511','2022-01-10','statement',None,['Vladimir Putin'],'On Monday, Russian President Vladimir Putin said')

# ---------------- 512 Addis Standard (January 10, 2022, a Monday)
art('512',0,4,7,'Addis Standard','2022-01-10',[],'Addis Abeba',
    ['ADDIS STANDARD','NEWS  ANALYSIS  OPINION  INTERVIEW  BUSINESS  SOCIAL AFFAIRS','News','Addis Standard staff','January 10, 2022','AS',
     'Related Posts','Ethiopia, Russia sign military cooperation agreement','Ministry briefs on diaspora homecoming',
     'Share this:   Facebook   Twitter   Telegram','Addis Standard © 2022'])
q('512','with keen interest',ETMFA,'Ethiopia','says',partial=True,zone='headline',note='headline partial; the body paraphrases it as "closely following"')
q('512','through the wisdom of the Kazakh people themselves',ETMFA,"Ethiopia's Ministry of Foreign Affairs",'said',partial=True)
q('512','We have a small community there, mostly students, and our embassy in Moscow is in touch with them,','Dina Mufti','the spokesperson','said')
q('512','every sovereign state has the right to ask its partners for help','Dina Mufti','Ambassador Dina','answered',partial=True,note='Ethiopian naming: "Ambassador Dina" uses the given name, not a surname')
q('512','an internal law enforcement matter','Dina Mufti','he','described as',partial=True)
q('512','a considerable number of foreign nationals',MIA,'the Kazakh Interior Ministry','said',partial=True)
q('512','Moscow sent soldiers within 24 hours of a request. Nobody in Africa will miss that message,','Mekdes Alemu','she','said',note='"24 hours" is a duration')
c('512','killed',164,None,'people killed in the unrest',MOH,'164 people, including two children, had been killed',note='reported by state TV, "attributed to the health ministry"; "two children" is a subset (not a claim)')
c('512','detained',5800,None,'people detained',MIA,'5,800 people')
c('512','troops_deployed',2000,'about','CSTO force',None,'some 2,000 strong',note='"some" normalised to about')
e('512','2022-01-08','statement','Addis Abeba',[ETMFA,'Dina Mufti'],"Ethiopia's Ministry of Foreign Affairs on Saturday said",note='weekly press briefing; Saturday before Monday 10 Jan')
e('512','2022-01-09','casualty_report',None,['Kazakh state television',MOH],'Kazakh state television reported on Sunday')
e('512','2022-01-09','casualty_report',None,[MIA],'On the same day, the Kazakh Interior Ministry said',note='"On the same day" = Sunday')
e('512','2022-01-10','talks',None,['Vladimir Putin',CSTO],'are scheduled to hold a video summit today',note='"today" = publication day')
e('512',None,'troop_deployment','Kazakhstan',[CSTO],'was deployed last week',note='"last week" is a period; null')

# ---------------- 513 Sudan Tribune (Sunday 9 January 2022; dateline January 8)
art('513',0,4,7,'Sudan Tribune','2022-01-09',[],'KHARTOUM',
    ['Sudan Tribune','Plural news and views on Sudan','Home  >  News  >  Politics','Sunday 9 January 2022','(ST)',
     'Related Articles','Burhan receives Russian envoy in Khartoum',"UN envoy launches consultations on Sudan's transition",'Share on: Facebook  Twitter  E-mail'])
q('513','stands with the brotherly people of Kazakhstan and with its legitimate institutions',SDMFA,'the ministry','said',partial=True)
q('513','The airlift of the main forces of the Russian contingent is being completed,','Igor Konashenkov','Konashenkov','said')
q('513','We have our own experience with protests over bread and fuel, so the statement had to be balanced,',None,'the diplomat','said',note='anonymous Sudanese diplomat')
q('513','good relations with Moscow and with Nur-Sultan alike.',None,'the diplomat','adding that',partial=True,note='"." inside the closing mark')
q('513','largely been restored',TOK,'Tokayev','said',partial=True)
c('513','aircraft',70,'more than','Russian military transport aircraft used in the airlift','Igor Konashenkov','more than 70 military transport aircraft')
c('513','detained',4404,None,'people detained',MIA,'the number of people detained at 4,404')
c('513','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed')
c('513','killed',18,None,'law enforcement officers killed',MIA,'18 law enforcement officers had lost their lives')
e('513','2022-01-08','statement','Khartoum',[SDMFA],"Sudan's Ministry of Foreign Affairs on Saturday expressed support")
e('513','2022-01-08','statement',None,['Igor Konashenkov',RDM],'Igor Konashenkov said on Saturday')
e('513','2022-01-07','casualty_report',None,[MIA],"On Friday, Kazakhstan's Interior Ministry put")
e('513','2022-01-02','protest','Zhanaozen',[],'began on 2 January in the western town of Zhanaozen')
e('513','2022-01-07','statement',None,[TOK],'Tokayev on Friday said order had')

# ---------------- 514 Morocco World News (Jan 13, 2022, a Thursday)
art('514',0,4,7,'Morocco World News','2022-01-13',['Yasmine Benali'],'Rabat',
    ['Morocco World News','Home  World  Morocco  Politics  Economy  Culture  Sports','World','Jan 13, 2022','Yasmine Benali',
     'Read also: Morocco Calls for Dialogue Between Russia, Ukraine',
     'Correction: an earlier version of this article said the death toll of 164 was released on Monday. It was released on Sunday.',
     'Tags: Kazakhstan, NATO, Russia','Share','Morocco World News © 2022'])
q('514','a real risk for new armed conflict in Europe','Jens Stoltenberg','NATO Secretary-General Jens Stoltenberg','warned',partial=True)
q('514','There are significant differences between NATO allies and Russia on these issues,','Jens Stoltenberg','Stoltenberg','told')
q('514','Our differences will not be easy to bridge, but it is a positive sign that all allies and Russia sat down around the same table.','Jens Stoltenberg','Stoltenberg','told',note='second half after the interposed "Stoltenberg told a press conference."')
q('514','as a principle.','Alexander Grushko',"Russia's Deputy Foreign Minister Alexander Grushko",'said',partial=True,note='nearest-name trap: Alexander Fomin is named between the speaker and the verb')
q('514','We carried out our tasks in full and we are going home,','Andrei Serdyukov','the general','said')
q('514','follows the developments with attention and wishes stability for Kazakhstan and its people.',None,'A Moroccan diplomat','told',partial=True)
q('514','the risk of war in the OSCE area is now greater than ever before in the last 30 years.','Zbigniew Rau','Polish Foreign Minister Zbigniew Rau','said',partial=True,note='clause after "said that"; "30 years" is a duration')
c('514','troops_deployed',2000,'more than','Russian-led contingent being withdrawn',RDM,'the contingent of more than 2,000 troops')
c('514','detained',9900,None,"people detained during last week's unrest",'Kazakh officials','9,900 people were detained')
c('514','killed',164,None,'people killed','state media','state media reported on Sunday that 164 people had been killed',note='the repeat in the correction line is furniture, not a claim')
e('514','2022-01-12','talks','Brussels',['NATO','Russia','Jens Stoltenberg','Alexander Grushko','Alexander Fomin'],'warned on Wednesday that there is')
e('514','2022-01-13','withdrawal','Almaty',[CSTO,RDM],'Russian-led troops started leaving Kazakhstan today')
e('514','2022-01-19','withdrawal',None,[RDM],'would be completed by January 19',note='planned completion')
e('514',None,'other',None,['Andrei Serdyukov'],'at a farewell ceremony',note='undated (likely 2022-01-13)')
e('514','2022-01-09','casualty_report',None,['state media'],'state media reported on Sunday')
e('514','2022-01-11','statement',None,[],'told Morocco World News on Tuesday',note='anonymous Moroccan diplomat')
e('514','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'The OSCE Permanent Council met in Vienna today')

# ---------------- 515 TAP wire (07/01/2022, a Friday)
art('515',0,5,7,'TAP','2022-01-07',[],'TUNIS',
    ['TAP','Agence Tunis Afrique Presse','Accueil | عربي | Français | English','World','07/01/2022 17:35','MB/MB',
     'Tunisie Afrique Presse © 2022 - All rights reserved'])
q('515','with great attention',TNMFA,'Foreign Ministry',None,partial=True,zone='headline',note='headline with the source after a dash ("- Foreign Ministry"); no speech verb')
q('515','with great attention',TNMFA,"Tunisia's Ministry of Foreign Affairs, Migration and Tunisians Abroad",'said',n=2,partial=True,note='same words as the headline partial')
q('515','The embassy remains in permanent contact with our community and is ready to provide any assistance they need,',TNMFA,'the statement','read',note='"the statement read" (document as subject)')
q('515','respect the curfew and the instructions of the local authorities',TNMFA,'The ministry','called on',partial=True)
q('515','Those who do not surrender will be eliminated,',TOK,'he','said')
q('515','very promptly and, most importantly, in a friendly way',TOK,'He','saying',partial=True)
q('515','the political price of energy subsidies','Sami Ben Youssef','Tunisian economist Sami Ben Youssef','told',partial=True)
q('515','Kazakhstan raised gas prices overnight. In Tunisia we know what happens when bread or fuel goes up without dialogue,','Sami Ben Youssef','Ben Youssef','said',note='two-word surname')
c('515','killed',26,None,'rioters killed',MIA,'26 rioters were killed')
c('515','detained',3000,'more than','rioters arrested',MIA,'more than 3,000 were arrested')
c('515','killed',18,None,'police and National Guard members killed',MIA,'18 members of the police and National Guard died')
c('515','injured',748,None,'police and National Guard members injured',MIA,'748 were injured')
e('515','2022-01-07','statement','Tunis',[TNMFA],'said on Friday that it was following')
e('515','2022-01-05','protest',None,[],'in clashes on Wednesday and Thursday',note='two-day range; first day')
e('515','2022-01-07','statement',None,[TOK],'said today that he had authorised')
e('515','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'began sending troops to Kazakhstan on Thursday')

# ---------------- 516 Africanews with AFP (Last updated: 06/01 - 18:42; Thursday 6 January 2022)
art('516',0,4,14,'Africanews','2022-01-06',[],None,
    ['africanews.','Live | Programmes | Business | Sport | Culture | Science | Politics | Video','Kazakhstan','By Africanews','with AFP',
     'Last updated: 06/01 - 18:42','Play video','Copyright © africanews','AFP','Russian paratroopers boarding planes near Moscow, Thursday, January 6, 2022.',
     'Share','Facebook   Twitter   WhatsApp   Email','More about: Kazakhstan  Russia  Protests'])
q('516','dozens of attackers','Kazakh police','Police','said',partial=True,note='vague quantity, no claim')
q('516','for a limited period of time to stabilise and normalise the situation.',CSTO,'The Collective Security Treaty Organisation','said',partial=True)
q('516','In view of the threat to national security and the sovereignty of Kazakhstan,','Nikol Pashinyan','Pashinyan','wrote',note='sentence fragment split by the interposed cue')
q('516','the CSTO Collective Security Council decided to send collective peacekeeping forces.','Nikol Pashinyan','Pashinyan','wrote',note='second half of the split quote')
q('516','We call on all Kazakh authorities and protesters to show restraint,','Ned Price','State Department spokesman Ned Price','told',note='inverted cue')
q('516','watching for any violations of human rights','Ned Price','State Department spokesman Ned Price','adding that',partial=True)
q('516','People here see the queues at petrol stations and they say: this could be us,','Brian Otieno','he','said')
c('516','injured',1000,'more than','people injured',MOH,'more than 1,000 people had been injured',note='"nearly 400 of them in hospital" is a subset (not a claim)')
c('516','killed',13,None,'members of the security forces killed',MIA,'Thirteen members of the security forces were killed',note='written-out number at a sentence start')
c('516','detained',2000,'more than','people detained',MIA,'More than 2,000 people were detained')
c('516','injured',353,None,'members of the security forces wounded',MIA,'353 members of the security forces had been wounded')
e('516','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'arrived in Kazakhstan on Thursday')
e('516','2022-01-05','other',None,[TOK,CSTO],'a day after President Kassym-Jomart Tokayev appealed for help',note='"a day after" Thursday')
e('516',None,'protest','Almaty',[],'tried to storm administrative buildings in Almaty overnight',note='"overnight" = night of 5-6 Jan; left null')
e('516','2022-01-05','statement',None,['Nikol Pashinyan',CSTO],'announced the deployment late on Wednesday')
e('516',None,'statement',None,['Ned Price'],'State Department spokesman Ned Price told reporters',note='undated')

# ---------------- speakers
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President",'Kazakh President'],'Kazakhstan',['the President','he','He','Mr Tokayev'],[]),
 sp('Adaeze Nwosu','person',['Adaeze Nwosu'],['a spokesperson for the Ministry of Foreign Affairs'],'Nigeria',['She'],['Mrs Adaeze Nwosu'],note='invented'),
 sp('Tunde Bakare','person',['Tunde Bakare','Bakare'],['a medical student'],'Nigeria',note='invented'),
 sp('Sergey Ryabkov','person',['Sergey Ryabkov'],['Russian Deputy Foreign Minister'],'Russia',['he'],note='words partly invented'),
 sp('Wendy Sherman','person',['Wendy Sherman'],['US Deputy Secretary of State'],'United States'),
 sp('Clayson Monyela','person',['Clayson Monyela','Monyela'],['spokesperson'],'South Africa',note='Dirco spokesperson; words invented'),
 sp('Thandeka Dlamini','person',['Thandeka Dlamini','Dlamini'],['Professor'],'South Africa',note='invented'),
 sp('Joseph Ssempala','person',['Joseph Ssempala'],[],'Uganda',['he'],['Dr Joseph Ssempala'],note='invented'),
 sp(ETMFA,'organisation',["Ethiopia's Ministry of Foreign Affairs"],[],'Ethiopia',['Ethiopia']),
 sp('Dina Mufti','person',['Dina Mufti'],['spokesperson','Ambassador'],'Ethiopia',['the spokesperson','he'],['Ambassador Dina Mufti','Ambassador Dina'],note='real spokesperson; words invented'),
 sp(MIA,'organisation',['Interior Ministry'],[],'Kazakhstan',['the Kazakh Interior Ministry']),
 sp('Mekdes Alemu','person',['Mekdes Alemu'],['analyst'],'Ethiopia',['she'],['Dr. Mekdes Alemu'],note='invented'),
 sp(SDMFA,'organisation',["Sudan's Ministry of Foreign Affairs"],[],'Sudan',['the ministry']),
 sp('Igor Konashenkov','person',['Igor Konashenkov','Konashenkov'],['Russian Defence Ministry spokesman'],'Russia'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg','Stoltenberg'],['NATO Secretary-General'],'Norway'),
 sp('Alexander Grushko','person',['Alexander Grushko'],["Russia's Deputy Foreign Minister"],'Russia'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov'],['General','the commander of the force'],'Russia',['the general']),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],['Polish Foreign Minister'],'Poland'),
 sp(TNMFA,'organisation',["Ministry of Foreign Affairs, Migration and Tunisians Abroad"],[],'Tunisia',['the statement','The ministry','Foreign Ministry']),
 sp('Sami Ben Youssef','person',['Sami Ben Youssef','Ben Youssef'],['Tunisian economist'],'Tunisia',note='invented'),
 sp('Kazakh police','organisation',['Police'],[],'Kazakhstan'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation'],[],None,['the alliance']),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan','Pashinyan'],['Armenian Prime Minister'],'Armenia'),
 sp('Ned Price','person',['Ned Price'],['State Department spokesman'],'United States'),
 sp('Brian Otieno','person',['Brian Otieno'],['Africanews correspondent in Nairobi'],'Kenya',['he'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin'],['Russian President'],'Russia',quoted=False,note='mentioned in 4 files; only a scare quote ("colour revolutions") is attributed'),
 sp(RDM,'organisation',['Russian Defence Ministry','Russian defence ministry'],[],'Russia',quoted=False,note='source of figures in 513/514'),
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
