#!/usr/bin/env python3
"""Source of the devset145 annotation: the hand-chosen spans, values and dates for 1253-1260.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement (what counts as a
quote, speaker, cue, flags, claim type, event date) is written out below by hand.
Run: python3 tests/devset145/annotation_source.py && python3 tests/devset145/verify.py
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
PPO='Kazakh Presidential Press Office'; DFAT='Australian Department of Foreign Affairs and Trade'; GFFO='German Federal Foreign Office'

# ---------------- 1253 news.com.au page (January 8, 2022 - 4:12PM, a Saturday)
art('1253',0,5,6,'news.com.au','2022-01-08',['Jessica Tran'],None,
    ["Kazakhstan unrest: Russian troops guard Almaty airport as death toll climbs | news.com.au — Australia's leading news site",
     'news.com.au','Breaking News','@jesstran_news','January 8, 2022 - 4:12PM','0 comments','WATCH: Smoke rises over Almaty as troops move in (0:48)','Video player loading...',
     "A burnt-out bus outside the mayor's office in Almaty on Thursday. Some of the 4,404 people detained were held near here. Picture: Alexander Bogdanov/AFP",
     'READ MORE:',"Djokovic's visa saga: what happens next","Aussie stranded in Almaty: 'We hear gunfire all night'",'— with AFP','Join the conversation','Be the first to comment on this story','Read related topics: Russia'])
q('1253','use lethal force without any warning',TOK,'Kassym-Jomart Tokayev','said',partial=True)
q('1253','Those who refuse to lay down their weapons will be wiped out,',TOK,'he','said',note='he = Tokayev (previous paragraph)')
q('1253','a limited time','Maria Zakharova','Russian Foreign Ministry spokeswoman Maria Zakharova','said',partial=True)
q('1253','We are providing consular help to a small number of Australians,',DFAT,'a DFAT spokesperson','said',note='unnamed spokesperson of an organisation: speaker is the organisation')
q('1253','Mum texted me on Wednesday morning that they were okay and then nothing,','Aigerim Sultanova','Ms Sultanova','told',note='split by an interposed attribution; a weekday inside the quote is not an event')
q('1253','You refresh the map every five minutes and it tells you nothing.','Aigerim Sultanova','Ms Sultanova','told',note='second half after the interposed "Ms Sultanova told news.com.au."')
q('1253','History shows that once Russian soldiers are in your house, it can be very hard to get them to leave,','Antony Blinken','Mr Blinken','told',note='attribution after the quote with "Mr"; the previous sentence names him in full (paraphrased words)')
c('1253','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" had been killed',note='scare-quoted label after the figure (excluded from quotes)')
c('1253','killed',18,None,'members of the security forces killed',MIA,'18 members of the security forces had died')
c('1253','detained',4000,'more than','people detained across the country',MIA,'More than 4,000 people have been detained',note='the caption figure 4,404 (l.22) is not a claim (captions excluded, gold 001 l.11)')
c('1253','troops_deployed',2500,'about','CSTO troops sent to Kazakhstan',CSTO,'about 2,500 troops had been sent')
e('1253',None,'troop_deployment','Almaty',['Russia'],'Russian paratroopers have taken control of the main airport',note='airport taken; no day given')
e('1253','2022-01-07','statement',None,[TOK],'said on Friday he had authorised security forces',note='Friday before Saturday 8 Jan')
e('1253',None,'casualty_report',None,[MIA],'The Interior Ministry said 26')
e('1253',None,'troop_deployment','Kazakhstan',[CSTO],'said about 2,500 troops had been sent to the country')
e('1253',None,'statement',None,[DFAT],'has raised its travel advice')
e('1253','2022-01-05','other','Kazakhstan',[],'since Wednesday, when the internet was cut',note='internet shutdown; Wednesday before Saturday 8 Jan')
e('1253','2022-01-02','protest','Zhanaozen',[],'The unrest began last Sunday',note='"last Sunday" from Saturday 8 Jan')
e('1253','2022-01-07','statement',None,['Antony Blinken'],'Mr Blinken told reporters on Friday')
e('1253','2022-01-10','talks','Geneva',['Russia','United States'],'due to meet in Geneva on Monday',note='future')

# ---------------- 1254 Mirror page with cookie banner (10:37, 11 JAN 2022, a Tuesday)
art('1254',0,6,7,'Mirror','2022-01-11',['Tom Holloway'],None,
    ['We value your privacy','ACCEPT ALL    MORE OPTIONS','Mirror','News > World News','By Tom Holloway, Foreign News Reporter','10:37, 11 JAN 2022','Updated 11:02, 11 JAN 2022','NEWS',
     'Sergei Ryabkov arrives for the talks in Geneva (Image: Getty Images)','Sign up to the Mirror World newsletter','Enter your email    SUBSCRIBE',
     'Russian soldiers during drills in the Rostov region (Image: AP)','MOST READ',"Man finds 1,000-year-old coin on allotment",'Show comments (0)','Follow Mirror: Facebook Twitter'])
q('1254','We told our American colleagues plainly that Russia is not going to attack Ukraine and that nobody in Moscow is planning it,','Sergey Ryabkov','Ryabkov','said',note='inverted cue "said Ryabkov"; words invented')
q('1254','long and hard','Sergey Ryabkov','the veteran diplomat','warned',partial=True,note='title-only mention; the one-word "non-negotiable" in the same sentence is excluded')
q('1254',"No one gets to close NATO's door on behalf of the countries knocking on it,",'Wendy Sherman','she','told',note='she = Ms Sherman (previous paragraph, whose "non-starters" is a one-word label, excluded)')
q('1254','businesslike but cold',None,'A Western diplomat in Geneva','said',partial=True,note='anonymous diplomat')
c('1254','troops_deployed',100000,'about','Russian troops near the Ukrainian border','Western officials','around 100,000 troops')
c('1254','troops_deployed',2030,None,'CSTO contingent in Kazakhstan',None,'the 2,030-strong contingent',note='figure in the reporter\'s words inside a Putin paraphrase; source left null')
e('1254','2022-01-10','talks','Geneva',['Sergey Ryabkov','Wendy Sherman'],'spent almost eight hours with US Deputy Secretary of State Wendy Sherman',note='"on Monday" in the same sentence')
e('1254',None,'statement','Geneva',['Sergey Ryabkov'],'said Ryabkov',note='after the talks; no day word (likely 2022-01-10)')
e('1254',None,'statement','Geneva',['Wendy Sherman'],'she told reporters after the meeting',note='no day word (likely 2022-01-10)')
e('1254',None,'troop_deployment','Kazakhstan',['Russia',CSTO],'Russia flew paratroopers into Kazakhstan',note='"days after"')
e('1254','2022-01-10','statement',None,['Vladimir Putin'],'President Vladimir Putin told allies on Monday')
e('1254','2022-01-12','talks','Brussels',['Jens Stoltenberg','NATO','Russia'],'in Brussels on Wednesday',note='future')
e('1254','2022-01-13','talks','Vienna',['OSCE'],'will meet in Vienna on Thursday',note='future')

# ---------------- 1255 Scroll.in (Jan 09, 2022 · 08:30 pm, a Sunday)
art('1255',0,3,4,'Scroll.in','2022-01-09',[],None,
    ['Scroll.in','WORLD','Scroll Staff','Jan 09, 2022 · 08:30 pm','Share    Tweet    WhatsApp    Email','Also read:','What is the CSTO, the Russian-led bloc that has sent troops to Kazakhstan?',
     'India abstains, again: what New Delhi has said about Russia and Ukraine','We welcome your comments at letters@scroll.in.','Kazakhstan    Russia    Indian students    MEA'])
q('1255','closely monitoring','Arindam Bagchi','The Ministry of External Affairs spokesperson Arindam Bagchi','said',partial=True)
q('1255','Our embassy is in regular contact with Indian nationals, including students, and has set up helplines,','Arindam Bagchi','Bagchi','said',note='"said in a statement"; words invented')
q('1255','The shooting stopped on Friday night, but we still cannot go out after 11 pm,','Rahul Menon','Rahul Menon','said',note='inverted cue "said Rahul Menon, a 21-year-old …"; time and weekday inside the quote')
q('1255','Nobody tells us when the university will reopen,',None,'she','said',note='anonymous student ("Another student, who did not want to be named")')
q('1255','a significant number',PPO,'The presidential office','said',partial=True)
q('1255','avoid taking sides','Meera Iyer','Meera Iyer','told',partial=True)
q('1255','India has strong ties with both Moscow and Central Asia, and it will want stability above everything else,','Meera Iyer','she','said')
c('1255','killed',164,None,'people killed in the unrest',"Kazakh Ministry of Health",'164 people had been killed',note='figure later withdrawn')
c('1255','detained',5800,None,'people detained',PPO,'5,800 people had been detained')
c('1255','troops_deployed',2030,'about','CSTO troops in Kazakhstan',CSTO,'numbering about 2,030')
e('1255','2022-01-08','statement',None,['Arindam Bagchi'],'said on Saturday that the government',note='Saturday before Sunday 9 Jan')
e('1255','2022-01-09','casualty_report',None,['Kazakh Ministry of Health'],"health ministry said on Sunday")
e('1255',None,'arrest',None,[PPO],'The presidential office said 5,800',note='detention figure; no day word')
e('1255','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'guarding airports and power stations since Thursday',note='"since Thursday" from Sunday 9 Jan')
e('1255','2022-01-11','other','Nur-Sultan',[TOK],'expected to address parliament on Tuesday',note='future address to parliament; Tuesday after Sunday 9 Jan')

# ---------------- 1256 Exclusive.kz in translation (12.01.2022, 10:44, a Wednesday)
art('1256',0,5,7,'Exclusive.kz','2022-01-12',['Yerlan Abdikarimov'],None,
    ['EXCLUSIVE.KZ','Politics','12.01.2022, 10:44   👁 3 218','Translated from Russian','Photo: press service of Akorda','Read also:','Who is Alikhan Smailov, the new prime minister',
     'Photo: CSTO press service. Peacekeepers from Armenia at the thermal power plant in Almaty','Our correspondent Yerlan Abdikarimov','Found a typo? Select it and press Ctrl+Enter','Share:   Facebook   VK   Telegram   WhatsApp'])
q('1256','The main mission of the CSTO forces has been fulfilled. The withdrawal will take no more than ten days,',TOK,'the president','said',note='two sentences in one quote; "ten days" is a duration, not a claim')
q('1256','very quickly, literally within hours',TOK,'He','said',partial=True,note='He = the head of state; the comma follows the closing mark')
q('1256','real strength',TOK,'He','called',partial=True,note='"and called the mission a demonstration of the alliance\'s “…”" — two-word evaluative partial')
q('1256','The tasks set for the peacekeepers have been accomplished in full. Not a single shot was fired by our units,','Andrei Serdyukov','Serdyukov','said',note='inverted cue "said Serdyukov"; words invented')
q('1256','Akorda needs to show that sovereignty was not handed over to Moscow,','Marat Zhunusov','he','said')
c('1256','detained',9900,None,'people detained since the riots began',MIA,'9,900 people have been detained',note='"1,678 criminal cases" is not a claim')
c('1256','troops_deployed',2030,None,'CSTO servicemen in the operation','CSTO','2,030 servicemen')
c('1256','other',250,'about','units of CSTO military equipment','CSTO','about 250 units of military equipment')
e('1256','2022-01-11','statement','Nur-Sultan',[TOK],'announced on Tuesday that the peacekeeping contingent',note='Tuesday before Wednesday 12 Jan')
e('1256','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will start on Thursday',note='future; also "in two days" from Tuesday')
e('1256',None,'arrest',None,[MIA],'According to the Ministry of Internal Affairs, 9,900')
e('1256','2022-01-12','withdrawal','Almaty',['Andrei Serdyukov',CSTO],'reported on Wednesday that the contingent had handed over',note='handover of guarded facilities (ceremony)')
e('1256','2022-01-11','statement',None,['Stanislav Zas'],'told reporters the previous day',note='"the previous day" read relative to the Wednesday report → Tuesday 11 Jan (ambiguous)')

# ---------------- 1257 Toronto Star with a paywall prompt (Thu., Jan. 13, 2022)
art('1257',0,3,4,'Toronto Star','2022-01-13',['Claire Dubois'],'OTTAWA',
    ['Toronto Star','World','By Claire Dubois Ottawa Bureau','Thu., Jan. 13, 2022 timer 4 min. read','SHARE:','Join the conversation',"You've read 5 of 5 free articles this month.",
     'Subscribe now for just $1 per week for your first 24 weeks.','Already a subscriber? Log in','SUBSCRIBE','Claire Dubois is an Ottawa-based reporter for the Star covering foreign affairs. Follow her on Twitter: @clairedubois',
     'Comments are closed for this article.'])
q('1257','severe costs','Mélanie Joly',"Canada's Foreign Affairs Minister Mélanie Joly",'warned',n=2,partial=True,note="the headline's single-quoted 'severe costs' is excluded")
q('1257','Diplomacy is always the first option, but Canada will not accept a Europe where borders are changed by force,','Mélanie Joly','she','said')
q('1257','higher than at any moment in a generation.','Zbigniew Rau',"Poland's Foreign Minister Zbigniew Rau",'saying',partial=True,note='full stop inside the closing mark; words invented')
q('1257','If we do not hear a constructive answer to our proposals within a reasonable time, we will have to take measures,','Alexander Lukashevich','Lukashevich','said',note='words invented')
q('1257','a genuine danger of a new war on the continent.','Jens Stoltenberg','NATO Secretary General Jens Stoltenberg','said',partial=True,note='words paraphrased')
q('1257','We are looking at all options,','Mélanie Joly','she','said',note='she = Joly, named in the previous paragraph after a non-quote number paragraph')
q('1257','They came to Geneva to talk about Ukraine without Ukraine,','Oksana Hrytsenko','she','told')
c('1257','troops_deployed',100000,'about',"Russian troops near Ukraine's borders",'Western intelligence','roughly 100,000',note='"roughly" → about; Canadian trainers (200) and 33,000 trained soldiers are out of scope')
c('1257','troops_deployed',2000,'about','Russian contingent in Kazakhstan',RDM,'roughly 2,000-strong Russian contingent')
e('1257','2022-01-13','statement','Ottawa',['Mélanie Joly'],'warned Russia on Thursday')
e('1257','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau','Alexander Lukashevich'],'opened the Vienna session',note='the Vienna session is the close of the week on Thursday (same day as the Joly sentence)')
e('1257',None,'statement','Vienna',['Alexander Lukashevich'],'Lukashevich said after the meeting',note='no day word (likely 2022-01-13)')
e('1257','2022-01-12','talks','Brussels',['NATO','Russia'],'a NATO-Russia Council meeting in Brussels the day before',note='"the day before" the Thursday Vienna session')
e('1257',None,'withdrawal','Kazakhstan',[RDM],'the first planes carrying paratroopers had left Kazakhstan')
e('1257','2022-01-19','withdrawal','Kazakhstan',[RDM],'would be completed by Jan. 19',note='future end date')

# ---------------- 1258 t-online in translation (06.01.2022 | 18:27, a Thursday)
art('1258',0,4,11,'t-online','2022-01-06',['Jonas Weidner'],None,
    ['t-online','News > Politics > Abroad','Would you like to be notified about breaking news?   NO THANKS   ALLOW','Updated on 06.01.2022 | 18:27   Reading time: 3 min.','By Jonas Weidner, dpa, AFP',
     'Translated from German','Advertisement','Almaty: Smoke rises from the city administration building. (Source: Vladimir Tretyakov/AP/dpa)','More on the topic','Almaty: Internet blocked nationwide',
     'Topics','Share   Tweet   Email','© t-online 2022'])
q('1258','for a limited period, to help calm the country and restore order','Nikol Pashinyan','he','wrote',partial=True,note='he = Pashinyan; comma outside the closing mark; words invented')
q('1258','We are following the events with great concern and call on all sides to refrain from violence,',GFFO,'a spokesperson for the Federal Foreign Office','said',note='unnamed spokesperson → organisation')
q('1258','An ally asked for help under a treaty we both signed, nothing more,','Dmitry Peskov','the spokesman','said',note='title-only mention after the quote; named in the sentence before')
q('1258','Europe must not leave Central Asia to the Kremlin,','Jürgen Harnisch','he','told',note='invented politician')
c('1258','killed',8,None,'police officers and soldiers killed',MIA,'eight police officers and soldiers were killed',note='written-out figure')
c('1258','injured',317,None,'police officers and soldiers injured',MIA,'317 were injured')
c('1258','injured',1000,'more than','people hurt in total','state television','more than 1,000 people had been hurt',note='"almost 400 of whom were in hospital" is a subset, not a claim; "Dozens of attackers" is vague')
e('1258','2022-01-06','statement','Berlin',['German federal government',GFFO],'reacted with concern on Thursday')
e('1258',None,'statement',None,['Nikol Pashinyan',CSTO],'announced the deployment overnight',note='"overnight" = night of 5-6 January; no day word')
e('1258','2022-01-05','other',None,[TOK,CSTO],'had asked the alliance for help on Wednesday evening',note='request for CSTO help')
e('1258',None,'casualty_report',None,[MIA],'According to the Interior Ministry in Nur-Sultan')
e('1258','2022-01-06','statement',None,['Dmitry Peskov'],'the spokesman said on Thursday')
e('1258',None,'troop_deployment','Kazakhstan',['Russia'],'first advance units of Russian paratroopers had already arrived')
e('1258','2022-01-02','protest',None,[],'The protests had begun on Sunday',note='"on Sunday" from Thursday 6 Jan = 2 Jan')
e('1258','2022-01-05','government_resignation',None,[TOK],'Tokayev dismissed the government on Wednesday')
e('1258','2022-01-05','state_of_emergency','Kazakhstan',[TOK],'declared a two-week state of emergency',note='shares "on Wednesday" with the dismissal')

# ---------------- 1259 Punch (Nigeria) agency report (12th January 2022, a Wednesday)
art('1259',0,4,10,'Punch','2022-01-12',[],None,
    ['Kindly share this story:','PUNCH','Home » World News','Agency Report','12th January 2022','Download The Punch Lite App on Google Play Store for fast news update','RELATED NEWS',
     'Fuel scarcity: NNPC assures Nigerians of adequate supply','(Reuters/NAN)','Contact: theeditor@punchng.com'])
q('1259','Under the first president, a handful of extremely lucrative companies grew up, along with a stratum of people who are wealthy even by world standards,',TOK,'the president','told',note='words paraphrased')
q('1259','no more than 10 days',TOK,'He','adding',partial=True,note='"adding that the process would take “…”"; a duration, not a claim')
q('1259',"an attempted coup d'etat",TOK,'Tokayev','said',partial=True,note='kept as a partial (a phrase, not a single-word label); borderline')
q('1259','Nursultan Abishevich is not going anywhere and supports the head of state,','Aidos Ukibay','Ukibay','wrote',note='name and patronymic inside the quote; words invented')
c('1259','killed',164,None,'people killed across the country','authorities','164 people, including three children',note='"three children" is a subset, not a separate claim')
c('1259','detained',8000,'almost','people detained',MIA,'nearly 8,000')
c('1259','other',20000,'at most','militants who attacked Almaty',TOK,'up to 20,000 militants',note='"up to" → at most (as devset 1124/1149)')
e('1259','2022-01-11','appointment','Nur-Sultan',[TOK,'Alikhan Smailov'],'on Tuesday appointed a new prime minister')
e('1259','2022-01-11','other','Nur-Sultan',['Mazhilis'],'Lawmakers approved the nomination in a vote the same day')
e('1259','2022-01-13','withdrawal','Kazakhstan',[CSTO],'would begin a phased withdrawal in two days',note='"in two days" from Tuesday 11 Jan')
e('1259','2022-01-10','casualty_report',None,[],'Authorities said on Monday that 164 people')
e('1259',None,'other','Tengiz',[],'was reduced last week',note='oil output cut; "last week" is not a day')
e('1259','2022-01-09','statement',None,['Aidos Ukibay'],'said on Sunday that the former president')

# ---------------- 1260 Evening Standard with a registration wall and sponsored teasers (10 January 2022, a Monday)
art('1260',0,3,4,'Evening Standard','2022-01-10',['Harriet Okafor'],None,
    ['Evening Standard','News › World','Register for free to continue reading','Sign up with email    Already have an account? Sign in','By Harriet Okafor','10 January 2022','Share   Comments',
     'Promoted Stories','Sponsored | This £9 gadget is flying off shelves in London','Sponsored | Homeowners under 75 are in for a big surprise','Read More',
     'Sponsored | Doctors stunned: this morning habit melts belly fat','Most Read','1. Tube strike: full list of closures'])
q('1260','What happened in Kazakhstan was an attempt from outside to meddle in the affairs of our countries, and it will not be the last one,','Vladimir Putin','Putin','told',note='words paraphrased; the headline\'s single-quoted \'victory\' is excluded')
q('1260',"The crisis has shown how important it is for our countries to have each other's back,",TOK,'Mr Tokayev','said',note='the one-word "large-scale" in the paragraph before is excluded')
q('1260','We have defended the constitutional order.',TOK,'He','added',note='"He later added:" with a colon before the quote')
q('1260','in a matter of hours','Alexander Lukashenko','Alexander Lukashenko','said',partial=True,note='written "Belarus\'s Alexander Lukashenko"')
q('1260','It lets the Kremlin say: look, we come when called and leave when asked,','Natalia Brooks','she','said',note='colon inside the quote; invented academic')
c('1260','troops_deployed',2030,None,'CSTO force in Kazakhstan',CSTO,'numbers 2,030 soldiers')
c('1260','other',250,None,'pieces of CSTO military hardware',CSTO,'250 pieces of military hardware')
c('1260','detained',5800,None,'people detained during the riots','Kazakh authorities','5,800 people, including a number of foreign nationals')
e('1260','2022-01-10','talks',None,['Vladimir Putin',TOK,'Alexander Lukashenko','Nikol Pashinyan',CSTO],'at an emergency summit of the Collective Security Treaty Organisation (CSTO) on Monday')
e('1260','2022-01-05','other',None,[TOK,CSTO],'whose plea for help on January 5')
e('1260',None,'troop_deployment','Kazakhstan',[CSTO],'praised the deployment of troops to Kazakhstan')
e('1260','2022-01-09','arrest',None,['Kazakh authorities'],'Kazakh authorities said on Sunday')
e('1260','2022-01-10','talks','Geneva',['Russia','United States'],'held talks on Ukraine and European security on Monday')

# ---------------- speakers: quoted speakers, plus persons/organisations mentioned (not quoted) in 2+ files
def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President',"Kazakhstan's President"],'Kazakhstan',['he','He','the president','the head of state'],['Mr Tokayev']),
 sp('Maria Zakharova','person',['Maria Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia'),
 sp(DFAT,'organisation',['Department of Foreign Affairs and Trade','DFAT'],[],'Australia',['a DFAT spokesperson']),
 sp('Aigerim Sultanova','person',['Aigerim Sultanova','Sultanova'],['Melbourne woman'],'Australia',[],['Ms Sultanova'],note='invented'),
 sp('Antony Blinken','person',['Antony Blinken','Blinken'],['US Secretary of State'],'United States',[],['Mr Blinken'],note='words paraphrased'),
 sp('Sergey Ryabkov','person',['Sergei Ryabkov','Ryabkov'],['Deputy Foreign Minister'],'Russia',['the veteran diplomat'],note='canonical from earlier sets; printed "Sergei"'),
 sp('Wendy Sherman','person',['Wendy Sherman','Sherman'],['US Deputy Secretary of State'],'United States',['she'],['Ms Sherman']),
 sp('Arindam Bagchi','person',['Arindam Bagchi','Bagchi'],['The Ministry of External Affairs spokesperson'],'India',[],note='words invented'),
 sp('Rahul Menon','person',['Rahul Menon'],['a 21-year-old fourth-year medical student from Kochi'],'India',note='invented'),
 sp(PPO,'organisation',[],[],'Kazakhstan',['The presidential office']),
 sp('Meera Iyer','person',['Meera Iyer'],['a Central Asia researcher at a Delhi think tank'],'India',['she'],note='invented'),
 sp('Andrei Serdyukov','person',['Andrei Serdyukov','Serdyukov'],['Colonel-General','The commander of the collective forces'],'Russia',note='words invented'),
 sp('Marat Zhunusov','person',['Marat Zhunusov'],['Political scientist'],'Kazakhstan',['he'],note='invented'),
 sp('Mélanie Joly','person',['Mélanie Joly','Joly'],["Canada's Foreign Affairs Minister"],'Canada',['she'],note='words invented'),
 sp('Zbigniew Rau','person',['Zbigniew Rau'],["Poland's Foreign Minister"],'Poland',note='words invented'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich','Lukashevich'],["Russia's envoy to the OSCE"],'Russia',note='words invented'),
 sp('Jens Stoltenberg','person',['Jens Stoltenberg'],['NATO Secretary General'],'Norway',note='words paraphrased'),
 sp('Oksana Hrytsenko','person',['Oksana Hrytsenko'],[],'Canada',['she'],note='invented; heads a Ukrainian-Canadian community group'),
 sp('Nikol Pashinyan','person',['Nikol Pashinyan'],["Armenia's Prime Minister"],'Armenia',['he'],["Armenia's Nikol Pashinyan"]),
 sp(GFFO,'organisation',['Federal Foreign Office'],[],'Germany',['a spokesperson for the Federal Foreign Office']),
 sp('Dmitry Peskov','person',['Dmitry Peskov'],['Kremlin spokesman'],'Russia',['the spokesman']),
 sp('Jürgen Harnisch','person',['Jürgen Harnisch'],['Greens foreign policy expert'],'Germany',['he'],note='invented'),
 sp('Aidos Ukibay','person',['Aidos Ukibay','Ukibay'],['His spokesman'],'Kazakhstan',note='spokesman of Nazarbayev; words invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['President'],'Russia',['the Russian president']),
 sp('Alexander Lukashenko','person',['Alexander Lukashenko'],[],'Belarus',[],["Belarus's Alexander Lukashenko"]),
 sp('Natalia Brooks','person',['Natalia Brooks'],['a Russia specialist at a London university'],'United Kingdom',['she'],['Dr Natalia Brooks'],note='invented'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organisation','Collective Security Treaty Organization'],[],None,['the alliance','the bloc'],quoted=False,note='source of figures; not quoted in this set'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],quoted=False,note='source of figures in 5 files; not quoted'),
 sp('Nursultan Nazarbayev','person',['Nursultan Nazarbayev','Nazarbayev'],['the first president'],'Kazakhstan',[],["Nazarbayev's"],quoted=False,note='mentioned in 1256 (teaser) and 1259; the first president, not quoted'),
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
