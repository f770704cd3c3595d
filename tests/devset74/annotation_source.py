#!/usr/bin/env python3
"""Source of the devset74 annotation: the hand-chosen spans, values and dates for 685-692.

Regenerates articles/quotes/claims/events/speakers.jsonl in this folder. Offsets (code-point
indexes) and line numbers are computed from the chosen span; every judgement is written out below by hand.
Run: python3 tests/devset74/annotation_source.py && python3 tests/devset74/verify.py
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
ARMFA='Argentine Foreign Ministry'; BRMFA='Brazilian Foreign Ministry'; CUMFA='Cuban Foreign Ministry'
SHER='Wendy Sherman'; RYAB='Sergey Ryabkov'; SERD='Andrei Serdyukov'; STOL='Jens Stoltenberg'

# ---------------- 685 Clarín English edition (08/01/2022 18:45, Sat)
art('685',0,3,4,'Clarín','2022-01-08',[],None,
    ['Clarín','English Edition | World','08/01/2022 18:45','Clarín.com','Share on Facebook | Share on Twitter | Share on WhatsApp',
     'Photo: Russian soldiers in the airport of Almaty. (AP)','More news about: Kazakhstan | Russia | Vladimir Putin','Copyright 1996-2022 Clarín.com - All rights reserved'])
q('685','shoot without warning',TOK,'Tokayev','orders to',partial=True,zone='headline',note='headline partial; "orders to" kept as the cue phrase')
q('685','mostly restored',TOK,'The president of the Central Asian country','says',partial=True,note='standfirst (first_line); closing mark followed by "."')
q('685','The counter-terrorist operation continues. Those who do not give up will be eliminated,',TOK,'the head of state','said',note='"the head of state said, according to the version of his speech distributed by the presidency"; title-only mention')
q('685','mostly restored',TOK,'He','added',n=2,partial=True)
q('685','deep concern',ARMFA,'the Argentine Foreign Ministry','expressed in a communiqué',partial=True)
q('685','peaceful solution that respects human rights',ARMFA,'the Argentine Foreign Ministry','called for',partial=True)
q('685','We are in permanent contact with each one of them, nobody asked to be evacuated for now,','Martín Echeverría','he','explained',note='"he explained by telephone"; he = consul Martín Echeverría (invented)')
q('685','found the perfect excuse','Rosa Villegas','Analyst Rosa Villegas','considered',partial=True)
q('685','Putin does not send troops for free. The bill will arrive later,','Rosa Villegas','the academic','warned',note='inverted cue "warned the academic"')
c('685','detained',4404,None,'people detained in Kazakhstan',MIA,'counts 4,404 detainees',note='standfirst; repeated in the body (each occurrence one record)')
c('685','detained',4404,None,'people detained in the whole country',MIA,'4,404 people were detained')
c('685','killed',26,None,'"armed criminals" killed',MIA,'26 "armed criminals" were killed',note='"According to the same source" = the Interior Ministry; scare-quoted label excluded from quotes')
c('685','killed',18,None,'members of the forces of order killed',MIA,'18 members of the forces of order died',note='"two of them decapitated" is a subset, not a claim')
c('685','troops_deployed',2500,'about','CSTO soldiers to be deployed','diplomatic sources','some 2,500 soldiers',note='"some" -> about')
e('685','2022-01-07','statement',None,[TOK],'authorized on Friday the security forces to open fire without warning',note='"on Friday" from Sat 8 Jan')
e('685','2022-01-08','other','Almaty',[],'shots were heard again this Saturday')
e('685','2022-01-06','troop_deployment','Almaty',[CSTO,RDM],'took control of the Almaty airport on Thursday night',note='"Thursday night" from Sat 8 Jan')
e('685',None,'statement','Buenos Aires',[ARMFA],'the Argentine Foreign Ministry expressed in a communiqué',note='undated')
e('685','2022-01-02','protest','Zhanaozen',[],'The crisis began on January 2')
e('685','2022-01-10','talks','Geneva',['Russia','United States'],'will meet on Monday in Geneva',note='"on Monday" ... "next week" from Sat 8 Jan -> Mon 10 Jan')

# ---------------- 686 El Tiempo English edition (January 11, 2022, Tue)
art('686',0,5,7,'El Tiempo','2022-01-11',['Camila Restrepo Ortiz'],'GENEVA/BOGOTÁ',
    ['EL TIEMPO','Inicio > Mundo > Europa','ENGLISH EDITION','By: Camila Restrepo Ortiz','Special for EL TIEMPO','January 11, 2022, 07:32 p.m.',
     'Keep reading','- The five keys to understanding the crisis in Kazakhstan','- Petro and Fajardo debate about foreign policy','CAMILA RESTREPO ORTIZ','Follow us on Twitter @ELTIEMPO'])
q('686','firm in pushing back',SHER,'Wendy Sherman','said',partial=True)
q('686','simply non-starters.',SHER,'Wendy Sherman','said',partial=True,note='"." inside the closing mark')
q('686',"We will not allow anyone to slam closed NATO's open-door policy.",SHER,'She','added',note='cue before the quote with a colon')
q('686','difficult, long, very professional',RYAB,'Sergey Ryabkov','described the conversation as',partial=True)
q('686','For us it is absolutely mandatory to make sure that Ukraine never, never, never becomes a member of NATO,',RYAB,'the Russian diplomat','told journalists')
q('686','Colombia defends dialogue and the sovereignty of the states, without exceptions.',None,'A senior official of the Colombian diplomacy','told this newspaper',note='anonymous official; speaker null')
q('686','What happens between Moscow and Washington affects the price of oil, and that affects Colombia directly,','Andrés Galvis','he','said')
q('686','whether there is real will or only theater.','Andrés Galvis','Galvis','According to',partial=True,note='"According to Galvis, ... will show “…”"')
c('686','troops_deployed',2030,'about','CSTO forces in Kazakhstan',CSTO,'about 2,030 soldiers',note='"according to the alliance\'s latest figure"')
c('686','killed',164,None,'people died in the riots','Kazakh authorities','164 people had died',note='"among them three children" is a subset, not a claim')
c('686','detained',9900,'about','people detained','Kazakh authorities','about 9,900 people had been detained')
c('686','troops_deployed',100000,'about','Russian soldiers near the Ukrainian border','US estimates','about 100,000 soldiers')
e('686','2022-01-10','talks','Geneva',[SHER,RYAB],'ended on Monday night without a breakthrough')
e('686',None,'troop_deployment','Kazakhstan',['Russia'],'days after Russia sent paratroopers to Kazakhstan',note='undated ("days after")')
e('686','2022-01-13','withdrawal','Kazakhstan',[CSTO],'will begin to withdraw in two days',note='"in two days" from Tue 11 Jan -> 13 Jan (resolved; a scorer may prefer null)')
e('686','2022-01-11','casualty_report',None,['Kazakh authorities'],'Kazakh authorities reported on Tuesday')
e('686','2022-01-12','talks','Brussels',['NATO','Russia'],'the meeting of the NATO-Russia Council on Wednesday in Brussels')
e('686','2022-01-13','talks','Vienna',['OSCE'],'the OSCE session on Thursday in Vienna')

# ---------------- 687 Folha de S.Paulo English (Jan.6.2022 at 9:14PM, Thu)
art('687',0,5,7,'Folha de S.Paulo','2022-01-06',['Renata Albuquerque'],'SÃO PAULO',
    ['FOLHA DE S.PAULO','International','World','Jan.6.2022 at 9:14PM','Renata Albuquerque','SÃO PAULO','Translated by Tomás Barreto',
     'Read the article in the original language',"Folha's journalism relies on its subscribers. Subscribe now.",'Copyright Folha de S.Paulo. All rights reserved.'])
q('687','with attention',BRMFA,'The Brazilian government','said',partial=True,note='two-word partial kept (the ministry\'s wording with a speech verb); speaker = Itamaraty, named in the next sentence')
q('687','So far we have no record of Brazilians injured or detained,',BRMFA,'the ministry','said in a note')
q('687','limited in time and in number',CSTO,'The Collective Security Treaty Organization','said',partial=True)
q('687','terrorist bands trained abroad',TOK,'President Kassym-Jomart Tokayev','accused',partial=True)
q('687','The Kremlin was invited in, and it rarely leaves a place quickly when it is invited,','Ricardo Lessa Monteiro','he','said to Folha')
q('687','We hear shots at night. The company told us to stay inside and not to go to the windows,','Mariana Kowalski','she','told',note='"she told the report by a messaging app" (machine-translated "told the reporter")')
c('687','detained',2298,None,'people arrested',MIA,'2,298 people had been arrested')
c('687','killed',13,None,'police officers and soldiers died',MIA,'13 police officers and soldiers had died',note='"one of them found beheaded" is a subset, not a claim')
e('687','2022-01-06','statement',None,[BRMFA],'The Brazilian government said on Thursday')
e('687','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'The first Russian paratroopers landed in Kazakhstan on Thursday morning')
e('687','2022-01-06','casualty_report',None,[MIA],'Later in the day, the Interior Ministry said',note='"Later in the day" = Thursday')
e('687','2022-01-05','other','Almaty',[],'the internet had been cut since Wednesday')

# ---------------- 688 Público English (13 de Janeiro de 2022, 21:15, Thu)
art('688',0,5,7,'Público','2022-01-13',['Teresa Valadares'],None,
    ['PÚBLICO','Mundo','CAZAQUISTÃO / ENGLISH','Teresa Valadares','13 de Janeiro de 2022, 21:15','Tópicos','Mundo  Rússia  NATO  OSCE  Cazaquistão','Comentários','Os comentários estão desactivados.'])
q('688','The risk of war in Europe is greater than in the last 30 years','Zbigniew Rau',None,None,zone='headline',note='headline quote with no attribution in the headline; speaker from the body (Rau); shortened form of the body quote')
q('688','It seems that the risk of war in the OSCE area is now greater than ever before in the last 30 years,','Zbigniew Rau','Rau','said',note='inverted "said Rau"')
q('688','necessary measures','Alexander Lukashevich','he','warned',partial=True,note='"Moscow, he warned, would take “…”"')
q('688','We cannot wait forever,','Alexander Lukashevich','the diplomat','added')
q('688','crisis in European security','Michael Carpenter','Michael Carpenter','spoke of',partial=True)
q('688','is sounding loud','Michael Carpenter','Michael Carpenter','said',partial=True)
q('688','Portugal will not accept spheres of influence in Europe. That belongs to the past,','Augusto Santos Silva','the minister','declared',note='inverted "declared the minister"')
q('688','fully accomplished',SERD,'Andrei Serdyukov','said',partial=True)
q('688','Nobody slammed the door, but nobody opened a window either,','Inês Calado','she','summarized')
c('688','killed',164,'at least','dead in the January crisis in Kazakhstan','Kazakh authorities','left at least 164 dead',note='"according to the official count"')
e('688','2022-01-13','talks','Vienna',['OSCE','Zbigniew Rau'],'inaugurated this Thursday in Vienna')
e('688','2022-01-10','talks','Geneva',['Russia','United States'],'began on Monday in Geneva')
e('688','2022-01-12','talks','Brussels',['NATO','Russia'],'continued on Wednesday in Brussels')
e('688','2022-01-12','statement','Lisbon',['Augusto Santos Silva'],'said on Wednesday that Portugal is aligned with NATO')
e('688','2022-01-09','casualty_report',None,['Kazakh authorities'],'the official count released on Sunday')
e('688','2022-01-06','troop_deployment','Kazakhstan',[CSTO],'who arrived on January 6')
e('688','2022-01-13','withdrawal','Kazakhstan',[CSTO],'started to leave the country this Thursday')

# ---------------- 689 La Vanguardia, automatic translation (12/01/2022, Wed)
art('689',0,5,7,'La Vanguardia','2022-01-12',['Núria Casals'],'Brussels',
    ['LA VANGUARDIA','Internacional','[Automatic translation from Spanish]','Núria Casals, Brussels. Correspondent','12/01/2022 13:02 | Updated 12/01/2022 19:40',
     'Topics: NATO  Russia  Ukraine  Kazakhstan','Share: Facebook  Twitter  WhatsApp  Email','© La Vanguardia Ediciones S.L. All rights reserved.'])
q('689','We are not going to renounce to our open door',STOL,None,None,zone='headline',note='headline quote, speaker from the dek/body; prefix of the body quote')
q('689','significant differences',STOL,'Stoltenberg','admits',partial=True,note='dek (first_line)')
q('689','significant differences',STOL,'Jens Stoltenberg','recognized',n=2,partial=True)
q('689','will not be easy to bridge',STOL,'Jens Stoltenberg','recognized',partial=True)
q('689','There is a real risk of new armed conflict in Europe,',STOL,'the Norwegian','warned',note='inverted "warned the Norwegian"')
q('689','We are not going to renounce to our open door. This is not negotiable,',STOL,'he','stated')
q('689','a very low level','Alexander Grushko','Grushko','declared',partial=True)
q('689','legal guarantees, not promises','Alexander Grushko','Grushko','declared',partial=True)
q('689','firm and united','José Manuel Albares','José Manuel Albares','defended',partial=True)
q('689','Spain is a reliable ally and will be where it has to be,','José Manuel Albares','Albares','said',note='inverted "said Albares"')
q('689','The ball is in the camp of Moscow,',None,'one diplomat','summarized',note='anonymous Alliance diplomat; literal machine translation of "en el campo de Moscú"')
c('689','troops_deployed',2030,None,'CSTO contingent in Kazakhstan','Moscow','reached 2,030 troops')
c('689','other',19,None,'objects handed over by Russian paratroopers to Kazakh forces',RDM,'19 objects')
e('689','2022-01-12','talks','Brussels',['NATO','Russia',STOL,'Alexander Grushko','Alexander Fomin'],'the first meeting of the NATO-Russia Council since July of 2019')
e('689','2022-01-12','statement','Brussels',[STOL],'he stated in the press conference')
e('689','2022-01-11','statement','Madrid',['José Manuel Albares'],'defended on Tuesday')
e('689',None,'withdrawal','Kazakhstan',[CSTO],'will withdraw in ten days',note='"in ten days" is a completion horizon, not a start date; null')
e('689','2022-01-13','talks','Vienna',['OSCE'],'will finish tomorrow in Vienna')

# ---------------- 690 Granma English edition (january 9, 2022, Sun)
art('690',0,5,7,'Granma','2022-01-09',[],None,
    ['GRANMA','OFFICIAL ORGAN OF THE CENTRAL COMMITTEE OF THE COMMUNIST PARTY OF CUBA','ENGLISH EDITION | World','Author: Redacción Internacional | internet@granma.cu',
     'january 9, 2022 11:01:23','Translated by ESTI','Share: f  t  in','Comments: 0','Cubadebate | Juventud Rebelde | Trabajadores | Prensa Latina'])
q('690','Cuba expresses its solidarity with the brotherly people and government of Kazakhstan, and trusts that they will restore peace and order in full exercise of their sovereignty,',CUMFA,'the text','read')
q('690','a known script','Bruno Rodríguez Parrilla','Bruno Rodríguez Parrilla','wrote on his Twitter account',partial=True)
q('690','promoted from abroad','Bruno Rodríguez Parrilla','Bruno Rodríguez Parrilla','wrote on his Twitter account',partial=True)
q('690','historic ties of friendship','Bruno Rodríguez Parrilla','he','recalled',partial=True)
q('690','This is a temporary measure. The troops will leave when the situation is stabilized,',TOK,'he','said',note='he = "The President of Kazakhstan" in the previous sentence')
q('690','legitimate request','Maria Zakharova','Maria Zakharova','said',partial=True)
q('690','Some capitals forget that they invaded countries without any invitation,','Maria Zakharova','Zakharova','noted')
q('690','the same manuals','Yuniel Cárdenas','professor Yuniel Cárdenas','told Granma',partial=True)
q('690','The oil, the uranium and the geography explain the interest of those who finance chaos,','Yuniel Cárdenas','he','affirmed')
c('690','killed',18,None,'law enforcement agents killed','Kazakh authorities','the death of 18 agents')
c('690','injured',748,None,'officers injured','Kazakh authorities','748 officers were injured')
c('690','other',20000,'about','"bandits" who attacked Almaty',TOK,'some 20,000 bandits attacked',note='attackers count attributed to Tokayev ("denounced")')
e('690','2022-01-08','statement',None,[CUMFA],'Cuba reiterated on Saturday')
e('690',None,'statement',None,['Bruno Rodríguez Parrilla'],'wrote on his Twitter account',note='undated tweet')
e('690',None,'troop_deployment','Kazakhstan',[CSTO],'sent a peacekeeping contingent',note='undated')
e('690','2022-01-07','statement',None,[TOK],'he said on Friday')
e('690',None,'statement',None,['Maria Zakharova'],'rejected Western criticism',note='undated')

# ---------------- 691 La Nación analysis (10 de enero de 2022, Mon)
art('691',0,5,7,'La Nación','2022-01-10',['Lucía Ferrán'],'GENEVA',
    ['LA NACION','El Mundo | ANÁLISIS','Translated with the help of an automatic tool','Por Lucía Ferrán','10 de enero de 2022','Escuchar nota | Compartir',
     'Conocé The Trust Project','Temas: Rusia  Estados Unidos  Kazajistán  Ucrania','MÁS LEÍDAS DE El Mundo','Copyright 2022 SA LA NACION | Todos los derechos reservados'])
q('691','We came with open eyes, not with illusions,',None,'a member of the American delegation','told LA NACION',note='anonymous delegate; speaker null')
q('691','frank and forthright',SHER,'she','said',partial=True,note='"Wendy Sherman ... was more diplomatic: the conversation had been “…”, she said"')
q('691','iron-clad guarantees',RYAB,'Sergei Ryabkov','repeated',partial=True)
q('691','We do not trust the Americans. We need everything on paper,',RYAB,'the vice minister','said')
q('691','We will not allow color revolutions in the region,','Vladimir Putin','the Russian president','said')
q('691','international terrorism','Vladimir Putin','the Russian president','spoke of',partial=True,note='"who spoke of"')
q('691','Moscow says to Washington: this is my neighborhood, and I decide who enters,','Tomás Ibarguren','he','explained')
q('691','Argentina, as a country that depends on global stability, should watch it closely.','Tomás Ibarguren','he','explained',note='continuation in the same paragraph')
c('691','troops_deployed',100000,'about','Russian soldiers near the Ukrainian border','Washington','some 100,000 Russian soldiers')
c('691','troops_deployed',2030,None,'CSTO soldiers in Kazakhstan',CSTO,'the alliance speaks of 2,030 soldiers')
c('691','other',250,'more than','pieces of CSTO military equipment',CSTO,'more than 250 pieces of military equipment')
c('691','killed',164,None,'dead in Kazakhstan','Kazakh authorities','164 dead')
c('691','detained',7939,None,'people arrested',MIA,'7,939 people were arrested')
e('691','2022-01-10','talks','Geneva',[SHER,RYAB],'sat down today, Monday')
e('691','2022-01-09','talks','Geneva',['Russia','United States'],'a dinner of work that began on Sunday night')
e('691','2022-01-06','troop_deployment','Kazakhstan',['Russia',CSTO],'Last Thursday, in a matter of hours',note='"Last Thursday" from Mon 10 Jan -> 6 Jan')
e('691','2022-01-10','talks',None,[CSTO,'Vladimir Putin',TOK],'In a video summit of the CSTO this Monday')
e('691','2022-01-12','talks','Brussels',['NATO','Russia'],'continues on Wednesday in Brussels')
e('691','2022-01-13','talks','Vienna',['OSCE'],'ends on Thursday in Vienna')

# ---------------- 692 O Globo, browser machine translation (14/01/2022, Fri)
art('692',0,5,7,'O Globo','2022-01-14',['Carolina Siqueira'],'BUENOS AIRES and MOSCOW',
    ['Translated to: English  |  Show original  |  Options ▼','O GLOBO','Mundo','Por Carolina Siqueira, correspondent','14/01/2022 - 06:38 / Updated 14/01/2022 - 10:55',
     'Leia mais:','Negotiations between Russia and NATO end without agreement in Vienna','Rate this translation','Saiba mais  |  Termos de uso  |  © 1996 - 2022. Todos direitos reservados a Editora Globo S/A.'])
q('692','main phase',TOK,'Tokayev','says',partial=True,note='dek (first_line)')
q('692','The peacekeepers leave with the feeling of the duty fulfilled,',SERD,'the general','said',note='inverted "said the general, according to the Russian agency RIA Novosti"')
q('692','main phase',TOK,'Tokayev','had announced',n=2,partial=True)
q('692','Thanks to the first president, a group of very profitable companies appeared in the country, a layer of rich people even by international standards,',TOK,'the president','declared',note='inverted "declared the president"; "the first president" inside the quote is Nazarbayev (trap)')
q('692','The families need names, not numbers,','Yevgeniy Zhovtis','he','said')
q('692','Moscow wants to show that it is not an occupying force, that it comes and goes,','Lívia Andrade Couto','she','evaluated')
c('692','troops_deployed',2030,None,'CSTO military personnel in the operation',RDM,'2,030 military personnel')
c('692','other',250,None,'units of CSTO equipment in the operation',RDM,'250 units of equipment')
c('692','detained',9900,None,'people passed through detention',"Kazakh Prosecutor General's Office",'9,900 people passed through detention')
c('692','killed',164,None,'dead',"Kazakh Prosecutor General's Office",'the number of dead reached 164')
e('692','2022-01-13','withdrawal','Kazakhstan',[CSTO],'began yesterday to leave Kazakhstan',note='"yesterday" from Fri 14 Jan')
e('692',None,'other','Almaty',[CSTO,SERD],'In a ceremony in Almaty',note='undated ceremony (likely 13 Jan)')
e('692','2022-01-19','withdrawal',None,[RDM],'will conclude until January 19')
e('692','2022-01-11','statement','Nur-Sultan',[TOK],'Tokayev had announced on Tuesday',note='speech to the Parliament')
e('692','2022-01-11','appointment',None,[TOK,'Alikhan Smailov'],'he named as prime minister Alikhan Smailov')
e('692','2022-01-13','casualty_report',None,["Kazakh Prosecutor General's Office"],"The Prosecutor General's Office said on Thursday")

def sp(canonical,kind,variants,titles,country,desc=(),special=(),quoted=True,note=None):
    files=sorted(f for f,t in T.items() if any(re.search(r'(?<!\w)'+re.escape(v)+r'(?!\w)',t) for v in list(variants)+list(special)))
    for x in list(titles)+list(desc)+list(special): assert any(x in t for t in T.values()),(canonical,x)
    return dict(canonical=canonical,kind=kind,variants=list(variants),titles=list(titles),country=country,descriptive_mentions=list(desc),special_forms=list(special),quoted=quoted,files=files,note=note)
S=[
 sp(TOK,'person',['Kassym-Jomart Tokayev','Tokayev'],['President','the Kazakh president'],'Kazakhstan',['The president of the Central Asian country','the head of state','He','he','the president']),
 sp(ARMFA,'organisation',['Argentine Foreign Ministry'],[],'Argentina',['the Argentine Foreign Ministry']),
 sp('Martín Echeverría','person',['Martín Echeverría'],['The Argentine consul in charge of the region'],'Argentina',['he'],note='invented'),
 sp('Rosa Villegas','person',['Rosa Villegas'],['Analyst'],'Argentina',['the academic'],note='invented'),
 sp(SHER,'person',['Wendy Sherman'],['US Deputy Secretary of State','the number two of the State Department'],'United States',['She','she'],note='words invented'),
 sp(RYAB,'person',['Sergey Ryabkov','Sergei Ryabkov'],['Russian Deputy Foreign Minister','the vice minister'],'Russia',['the Russian diplomat','the vice minister'],note='words invented/paraphrased'),
 sp('Andrés Galvis','person',['Andrés Galvis','Galvis'],['professor at the Universidad Javeriana'],'Colombia',['he'],note='invented'),
 sp(BRMFA,'organisation',['Itamaraty'],[],'Brazil',['The Brazilian government','the ministry'],note='"Itamaraty, as the Foreign Ministry is known"'),
 sp(CSTO,'organisation',['CSTO','Collective Security Treaty Organization'],[],None,['the alliance']),
 sp('Ricardo Lessa Monteiro','person',['Ricardo Lessa Monteiro'],['retired diplomat'],'Brazil',['he'],note='invented'),
 sp('Mariana Kowalski','person',['Mariana Kowalski'],['Engineer'],'Brazil',['she'],note='invented; age 34'),
 sp('Zbigniew Rau','person',['Zbigniew Rau','Rau'],['The Polish foreign minister'],'Poland',[],note='words paraphrased'),
 sp('Alexander Lukashevich','person',['Alexander Lukashevich'],['The Russian ambassador to the OSCE'],'Russia',['he','the diplomat'],note='words invented'),
 sp('Michael Carpenter','person',['Michael Carpenter'],['The American representative'],'United States',note='words paraphrased'),
 sp('Augusto Santos Silva','person',['Augusto Santos Silva'],['the Minister of Foreign Affairs'],'Portugal',['the minister'],note='words invented'),
 sp(SERD,'person',['Andrei Serdyukov'],['Commander','General','the commander of the contingent'],'Russia',['the general'],note='words invented'),
 sp('Inês Calado','person',['Inês Calado'],['Researcher'],'Portugal',['she'],note='invented'),
 sp(STOL,'person',['Jens Stoltenberg','Stoltenberg'],['The secretary general of NATO'],'Norway',['the Norwegian','he'],note='words invented/paraphrased'),
 sp('Alexander Grushko','person',['Alexander Grushko','Grushko'],['the vice minister of Foreign Affairs'],'Russia',note='words invented'),
 sp('José Manuel Albares','person',['José Manuel Albares','Albares'],['The Spanish minister of Foreign Affairs'],'Spain',note='words invented'),
 sp(CUMFA,'organisation',['Ministry of Foreign Affairs (Minrex)','Cuban Foreign Ministry'],[],'Cuba',['the text']),
 sp('Bruno Rodríguez Parrilla','person',['Bruno Rodríguez Parrilla'],['The Cuban Foreign Minister'],'Cuba',['he'],note='words invented'),
 sp('Maria Zakharova','person',['Maria Zakharova','Zakharova'],['Russian Foreign Ministry spokeswoman'],'Russia',note='words invented'),
 sp('Yuniel Cárdenas','person',['Yuniel Cárdenas'],['professor'],'Cuba',['he'],note='invented'),
 sp('Vladimir Putin','person',['Vladimir Putin','Putin'],['the Russian president'],'Russia',['the Russian president'],["Putin's"],note='words invented'),
 sp('Tomás Ibarguren','person',['Tomás Ibarguren'],['of the Universidad de San Andrés'],'Argentina',['he'],note='invented'),
 sp('Yevgeniy Zhovtis','person',['Yevgeniy Zhovtis'],['Human rights defender'],'Kazakhstan',['he'],note='words invented'),
 sp('Lívia Andrade Couto','person',['Lívia Andrade Couto'],['professor'],'Brazil',['she'],note='invented'),
 sp(MIA,'organisation',['Interior Ministry','Ministry of Internal Affairs'],[],'Kazakhstan',[],[],quoted=False,note='source of figures; not quoted'),
 sp(RDM,'organisation',['Russian Ministry of Defense'],[],'Russia',['The Russian ministry of Defense'],[],quoted=False,note='source of figures; not quoted'),
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
