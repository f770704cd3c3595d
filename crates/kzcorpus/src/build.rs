//! Building a database: reading sources, extracting, and storing each document.
//!
//! This module wires the stages together. It reports progress through a callback so the
//! CLI (indicatif) and the Python package (tqdm) can each draw their own bar; it never
//! prints.
//!
//! # A streaming, parallel build
//! Reader/extractor threads (one per core by default, [`BuildOptions::threads`]) each take
//! every `n`-th source: read it, hash it, skip it when its sha256 is already stored, else
//! decode and [`extract`] it, and send the result down their own bounded channel. The
//! calling thread is the single writer: it receives results round-robin — that is, in
//! source order — resolves speakers and writes each document through a [`crate::store::Batch`]
//! (a few hundred documents per transaction, one savepoint per document). Because the
//! writer sees documents in the same order as a sequential build, every id and row is
//! identical to `threads = 1`. Memory is bounded by the channels (a few documents per
//! thread) plus SQLite's page cache, whatever the size of the corpus; only the list of
//! paths and the set of known hashes (32 bytes per stored document) grow with it.
//!
//! On a database with no documents the full-text indexes are built once at the end
//! instead of row by row ([`Store::begin_bulk_load`]).

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use crate::document::{self, Document, ReadOptions};
use crate::error::{Error, Result};
use crate::extract::{extract, ExtractOptions};
use sha2::{Digest, Sha256};

use crate::model::ExtractedDocument;
use crate::store::{Batch, Mode, Store, WriteOutcome};

/// Version of the extraction rules; a database built by another version is re-extracted.
/// 2: headline claims, label quotes, organisation anaphora, assumed year of year-less documents.
/// 3: live-blog day headings, dotted dates, digest credits, bar bylines, organisation keys
/// ("X of Kazakhstan"), fronted titles, more claim forms.
/// 4: HTML residue and PDF wraps decoded, newsletters split, mastheads, labelled quotes
/// ("Name: “…”"), pull quotes, family-name-first names, stamps of social-media posts.
/// 5: citation markers, source notes, running heads and reference lists removed, wire
/// versions split, present-tense schedules, initials ("A.N. Serdyukov"), role of an
/// organisation as its holder, more furniture and claim forms.
/// 6: Markdown pages, subtitles and newspaper columns decoded; stamps led by an agency or a
/// section, datelines of more agencies, press mastheads; citations, bulleted and role labels;
/// lakh figures, times of day; post stamps of channel digests; more furniture; well-known
/// people named by surname alone.
/// 7: event types of calls, requests for help, crowds and venues; a dated speech to an
/// audience is a statement; calls of one day between other people are not restatements;
/// news feeds and wire feeds split into stories; header places; patronymics and acronyms
/// of speakers; statements by someone holding a quote; more claim forms.
/// 8: troops arriving or sent with words between are a deployment; a date listed after
/// another shares its happening; headings over headings are one header (no empty digest
/// items); an institution's name opening the page is its publisher; two-digit slashed
/// dates are day first, also with a two-digit year; "A, B, and C" bylines; outlets
/// crediting a list of agencies, named in a byline ("…, CNN", "Nikkei staff writer") or
/// after "All rights reserved"; wire stamps with four-digit times ("1143 GMT"); "U.S." before
/// an office or a lower-case word ends no sentence ("said U.S. Ambassador X"); "Writer:"
/// bylines and a role after the name; view counters and stray bars around stamps;
/// "Published date:"; issue numbers are no headlines; a date is no unknown outlet; a name
/// labelling a quote may open a table cell or a sentence; a handle between a name and its
/// verb is passed over; denied words of saying ("has not commented") date nothing; a zoned
/// clock opening a log's entry ("• 06:40 UTC: …") dates it on the log's day; "748 others
/// injured" and "the deaths of 160 people" are claims; an appositive name after a comma is
/// the cue's subject; a repeated quote is credited to whoever first said it; a sentence
/// opened by "But" keeps its subject in focus; hyphenated French and German first names; a
/// word between two dated clauses belongs to its side of the clause break; a weekly's
/// range date ("6 - 12 January 2022", the first day), section paths ("Region & World") and a
/// translator's note are no headline or outlet; a publisher's name over its issue line;
/// datelines with a glued month ("Jan.7") and a colon after the agency ("(Trend):"); a
/// person's name on the page's first line is no publisher.
/// 9: outlet lines keep the name's capitals ("Foreign policy" is a section), sites named by
/// their domain ("Report.az", "KAKTUS.MEDIA") and editions ("IRNA English"); "13-Jan-2022",
/// "Answered …" and "… Age: 4 years" stamps; writers described after the name, editors and
/// analysts' roles in bylines, "Analysts:" bylines; menus flattened into spaced lines, forum
/// counters, language switchers, release numbers and "View this email in your browser <…>"
/// are furniture; banks, parliaments, organisations and universities head a page as its
/// publisher; "Place. 6 January. AGENCY/" datelines and no agency after the place's comma;
/// legislatures end a name and "the MP said" takes the member of parliament; "expressed" and
/// "voiced" are cues; "… and said" takes the first verb's subject (its person first); a
/// relative "who" before a cue speaks for the person named before it; a name opening its
/// sentence after a few words is its subject; people introduced by a first name ("who gave
/// his name only as Yerlan") speak; established political labels ("colour revolutions") are
/// no quotes; talks that "move to" or "conclude" on a weekday are scheduled; a weekday listed
/// after today is not read into the past; a capitalised "Today" after a capitalised word
/// names a programme; "would begin in two days" in a sentence dated by its speech counts
/// from that day, and a longer "within" is a deadline; a count ahead is not the day "the
/// same day" refers to; farewell ceremonies are withdrawals, cancellations and internet
/// shutdowns "other", condemning and criticising statements, people gathering and buildings
/// burning protests; a gapped scare-quoted verb after its noun counts ("26 armed criminals
/// “liquidated”"), and so does materiel leaving or taking part in an operation; menus with
/// joined labels ("Science & Tech") and a writer's role line above the stamp are furniture;
/// a weekday a speech looked ahead to ("told parliament on Tuesday that … would begin
/// withdrawing from Thursday") follows the speech, and a standing promise ("has promised to")
/// looks ahead; a description's title of the same job ("the diplomat") nearly equals the
/// same word, and a press secretary is no diplomat; a relative named by a known first name
/// ("his brother Nurlan") speaks; "Modified on" after a stamp; "the number of people
/// detained across the country at N"; materiel a contingent numbers; "at 10 a.m." is no count;
/// well-known people's countries for descriptions with a nationality ("the Russian leader"); a
/// cue deep in the sentence after a full stop inside the marks is not the quote's; surnames
/// with a lower-case particle next to a cue ("said de Wit") or after a first name ("Ursula von
/// der Leyen") are names, and "von der Leyen" is the one named in full.
/// 10: menus set apart by two spaces or bars are furniture when an item has several words or
/// most are a site's sections; a one-word logo ("Kloop") or "X News" over a one-word section
/// label names the publisher; the headline sits above a block of summary points; "By A FOR
/// OUTLET" bylines, bylines of dots and bars ("A · CBC News · Posted: …"), reading-time lines,
/// a series' number ("Briefing Paper No. 1/2022") and a time zone as a stamp's place; unions
/// of states in capitals ("EUROPEAN UNION") publish; abbreviated ranks ("Col.") and
/// honorifics ("Rabbi", "Haji") are titles, and "the colonel" answers to "Col."; a ministry's
/// field is part of its name ("Ministry of Information and Social Development") up to a
/// country; ", adding that …" names no speaker after the cue; more first names and
/// organisation heads (confederation, association, chamber, foundation, university, centre).
/// Also in 10: "Updated /" and "Status:" stamps; a padded slashed date without a clock is read
/// only when one reading falls in the corpus's weeks; five or more bar-separated items and
/// dotted section lists are menus; Wikimedia's "Jump to" lines; a site's tagline under its
/// name, an editor's bracketed note and a topic-and-place kicker ("Unrest in Kazakhstan") are
/// no headline; a site's name over its menus and sections comes before copyright holders;
/// "ACRONYM | Full Name" mastheads; European site domains; a writer's role line is no outlet;
/// a name and a dash alone is a dateline only if it looks like a place; a wire's year-less
/// dateline ("Havana, Jan 8 (Prensa Latina) The …") dates it in the weeks before the anchor,
/// and history over three years old anchors no year-less date; sites named by their domain
/// and camel-case brands are organisations, a place's people ("New Zealanders") no person,
/// and a name after a person's "of" is where they work; a known first name opening its
/// sentence with an age or an occupation; "According to X"; the subject after an opening
/// phrase ("In his speech on Tuesday, X …"); a surname before an aside; a time inside a
/// description; "the FM", "the PM"; "says the 61-year-old"; ", a line X called …" names the
/// quote; the day of a speech that counts ahead is a statement; scare quotes in single marks
/// and casualty words in title case or capitals count as claims; "Date of issue:" stamps, a
/// section after a stamp and two spaces ("7 January 2022  Peace and Security"), "OUTLET / 06:48
/// PM January 07, 2022" and a form's field holding a code ("Glide n°: OT-2022-000004-KAZ", no
/// headline).
/// 11: a page's printed stamp with its page ("Sat, Jan 08, 2022 - page 5"), "Asked" stamps and
/// a stamp after a place of the gazetteer in any case ("NEW DELHI, January 08, 2022 22:10 IST");
/// a staff credit with no name ("Special Correspondent") and a post's boosts and favourites
/// are furniture; a heading under the stamp is the headline when only labels stand above it;
/// an editor's note over the headline does not start the text; a social post's writer over
/// their handle, and a thread's post counters ("… 3/7") end sentences; a question of up to 18
/// words over a stamp is a headline; a trigger after a plain "and" or "followed by" belongs
/// to the next date. Also in 11: "said Mr. X" (an honorific's full stop opens no clause);
/// "…, the spokesperson recalled, but said …" takes the subject of the cue set off before it;
/// auxiliaries and adverbs are no part of a subject, and a new organisation's name ends at its
/// head noun ("the government had" names none); a person "of" or "at" an organisation speaks,
/// and a country leading, backing or housing it ("Russia-led", "Ankara-based") is no part of
/// its name; the event gazetteer's one-word places are no people; more first names (South
/// Asia, Africa, the Caucasus, Turkey, East Asia, Latin America) and organisation heads
/// (forum, network, initiative, observatory, society, league, movement, port, airport); a
/// person's organisation between the name and the verb keeps the name its sentence's subject;
/// "AFP and Reuters, ALMATY, Kazakhstan" credits give the dateline, and so do "Dubai: …" and
/// "ISLAMABAD:" alone on its line; day-first dashed stamps ("13-01-2022 - 17:40"), a
/// 12-hour stamp whose one reading in the corpus's weeks is day first ("07/01/2022 06:45
/// PM"), "1/7/22" in a US byline, a stamp after a known place and a bullet ("Jakarta ● Sun,
/// January 9, 2022"); "By A On 1/7/22 …", "A (The Jakarta Post)" and "A, Senior Reporter"
/// bylines; more of the world's capitals and large cities in the place gazetteer; middle
/// initials without full stops ("Retno LP Marsudi"); two capitalised words before ", a
/// 24-year-old" or an age in commas are a person; a first name alone is the one person named
/// in full with it; "X called it “…,” but said …" is X's (a conjunction is never a
/// subject); a first name and "a 45-year-old" after it is a person; bylines with the date
/// after two spaces or a dash ("By A - January 7, 2022") and "Author: A" between bars; rows of
/// share buttons naming networks are furniture; "New York, January 11, 2022 — …" and
/// "Ulaanbaatar /MONTSAME/. …" datelines, and a place in capitals right above the stamp; a
/// site's motto under its name, even written as sentences, is neither text nor the end of the
/// header, and names the outlet; "Post subject:" labels; a stamp without its year is no outlet;
/// more verbs of public saying type a dated sentence a statement when nothing else does
/// (thanked, promised, pledged, vowed, advised, rejected, hailed, praised, reiterated,
/// acknowledged, went further, addressed parliament); talks told by their table ("a working
/// dinner", "hours together", "received the ambassador"); a day after a verb of saying and a clause with a verb of its own ("said the ferries
/// had been cancelled on Wednesday") dates that clause, not the saying; the day protests
/// began ("since the unrest began on January 2") dates a protest; Arabic names with "bin"
/// and "al-" ("Faisal bin Hamad al-Thani", "al-Thani said"); an occupation in the apposition
/// after a name, and a name set off by commas after a role before "said", make a person;
/// airways and airlines are organisations, and "the airline said" is the one named before;
/// a site's name opening the page, or its tagline glued under it, is no headline over a
/// headline set apart below; the writer's name over the stamp after a standfirst; an archive's
/// toolbar is furniture. After a read-only review: "family"/"weekly" are no adverbs; a subject
/// named before an inserted source keeps its coordinated verb; a known first name alone stays
/// its own person; an organisation's age makes no person; places of the event gazetteer stop
/// only a one-word name (not "Robert Amsterdam"); "al-Qaeda" and its like are organisations;
/// "the club said" needs a club; a country in title case before a colon is a roundup's label;
/// dashed dates are day first; an embedded post's "Name @handle · Jan 7" names no writer; an
/// archive's capture range and a contributor's "Special to The X" are furniture; a quote set
/// inside its clause ("was “closely monitoring” the situation and called for …") is that
/// clause's subject's; a bracket before an aside's comma ("Shaheen (D-N.H.), who chairs …,
/// said"); a participle without its comma ("sent a message on Friday praising his “…”") takes
/// the sentence's subject; stamps with a bracketed or "Last update on:" update after them and
/// "7:41 am on 8 January 2022"; "Service", "Offices" and "Ratings" name institutions over a
/// release; about fifty more of the world's news outlets in `data/outlets.tsv`.
///
/// Version 12:
/// - speakers: surnames with "Le"/"La"/"del"/"ter" join the full name ("Le Drian"); "MEP" is a
///   title; more Dutch, Flemish, Italian, Polish and Filipino first names; Kazakh Latin "q"
///   folds onto "k" (Toqaev); "Datuk" and "Dato" are titles, and "Seri" after them; "akim" is a
///   role; people introduced by a first name ("introduced herself as Irina", "identified only by
///   his first name, Mikhail,"); a Chinese or Korean name, family name first, before a
///   description or a cue ("Li Wenhao, a research fellow, told"); "Co.", "Ltd" and the like are
///   organisation heads (alone they name no one); a feminine surname ending outweighs a first
///   name both sexes bear ("Bakhyt Omarova");
/// - attribution: "said the group's spokesperson, Taras Hnatiuk" is Hnatiuk's; a person in
///   commas after the words saying who they are, opening a sentence ("Russia's ambassador to
///   the OSCE, Alexander Lukashevich, was …"), is the next "he"; "a spokesman for X said … he
///   said" is X's; "the company said" is the nearest company; "Jan. 7" ends no sentence; a quote
///   inside its clause going on with a preposition or "why" takes no cue later in that clause;
///   a cue set in commas before a quote has its subject after it ("The differences, said the
///   Secretary General, “…”"); "X was quoted by Y as saying" is X's; "reminded" is a cue; a
///   named sentence with a quote of its own is no cue for the quote closed before it; "X, the
///   general commanding the mission, has called it “…”" is X's; "a DFAT spokesperson" is the
///   organisation named before with those initials; "a taxi driver, Yerlan, tells me"; "the
///   general" is no secretary-general; African and Latin American demonyms;
/// - metadata: "Published at :", "Publish : … Update : …", "(Xinhua) 09:31, …", an issue
///   number before a stamp and counters set off by bars after it; writers over the stamp whose
///   surname is also a place, or in capitals, after a known first name; "Article by:"; a
///   writer's role under the byline is no outlet; bilingual mastheads and logos on two lines;
///   "Home >> World" breadcrumbs; "ERBIL, Kurdistan Region —", "Tashkent, 13 January (UzA). …"
///   and "DUSHANBE, 09.01.2022 /NIAT "Khovar"/. …" datelines; "Jan 12,2022" and "AFP , Monday
///   10 Jan 2022" stamps; "By A Special correspondent"; a "Summary" or "Highlights" label is
///   furniture; about ninety more outlets, some (`logo`)
///   counted only as a page's first line; stamps with bullets ("10.01.2022 · 17:25 · Views: 1 846")
///   or a label before them ("NEWS  11 January 2022, 20:40"); a site's tagline is no headline
///   over the stamp, and counts as a label over a heading under the stamp;
/// - events: a date with no word for what happened, next to a venue of the January talks
///   ("Brussels on Wednesday", "the OSCE in Vienna on Thursday"), is talks.
///
/// 13:
/// - speakers: a ministry named without its country but placed in a capital ("the Foreign
///   Ministry in Tbilisi", "In Baku, the Foreign Ministry said") or after a country opening the
///   sentence voicing its stance ("Kuwait has expressed concern …, the Foreign Ministry said") is
///   that country's (`data/capitals.tsv`); more nationalities (Maltese, Cypriot, Taiwanese, …);
///   "a taxi driver who drove me from the hotel, Nurlan, says";
/// - attribution: "“…,” as X put it" after a quote opening its sentence; a participle's subject
///   is no possessive of an opening phrase ("Elsewhere in his press conference, X …, saying"); a
///   cue word after a possessive or an article is a noun ("NATO's promise"; not a participle
///   after "'s": "He's said"); the person agent of a passive is the next "he" ("was announced by
///   President X"); a relative clause introducing the person between an unnamed subject and its
///   cue ("a sergeant, who introduced himself as Sasha, tells me"); "Lt. Col. (ret.) X"; "“…,” a
///   spokesman said" is the organisation named in that sentence or the one before (unless it
///   accused or urged someone); Irish first names; a verb after "should" or "must" in a clause
///   the quote goes on ("adding that NATO should answer … “with one voice”") is no cue; "In her
///   words, “…”"; Lithuanian women's surnames; a person whose cue follows a relative clause in
///   commas is the next "he" ("Dr X of Haifa, who grew up in Karaganda, said"); pastors and
///   muftis are titles; "a think tank" is no cue; a highlight repeating part of a credited quote
///   is that speaker's; a role alone opening the clause, its verb right after it ("…, the
///   president criticised X, saying"), is a participle's subject; contractions of I, we, you and
///   they name no one;
/// - metadata: a site's name opening the page over its navigation (a menu, a language switcher, a
///   breadcrumb) is its outlet (not a banner, a label or a person's name), in Latin letters
///   beside another script, a domain kept as printed ("i24NEWS", "Kurdistan24", "ZN.UA", "TV RAIN
///   · ДОЖДЬ"); "1/12/2022 2:26 PM" is month first by its 12-hour clock; about forty more
///   outlets; stamps with a zone after the time ("Published 11:48 a.m. ET Jan. 7, 2022"), parts
///   set off by slashes ("Updated on: January 6, 2022 / 5:40 PM / CBS News", "Politics  /
///   08.01.2022 / 13:05") or the paper's name after a comma; "By — Ann Lee"; writers with their
///   places between bars; a writer's name over the outlet's name and the stamp; "Jan.12,2022",
///   "2022年01月09日", "[2022.01.14]", "Strasbourg 12/01/2022" (a known place, no comma),
///   "09.01.2022 - Press release" stamps; a body's name over the headline ("OSCE Office for
///   Democratic Institutions and Human Rights") or under the site's name opening the page is
///   neither text nor headline; three short items set three spaces apart are a menu; a headline
///   over a writer's bare name and the stamp; "BY A ON 1/12/22"; "GAZETA.RU — English digest"
///   names the outlet; a translator's note or a paper's motto under its name is no headline when
///   another heading can be; a site's Latin name under its name in another script; a translated
///   page's stamps and bylines in its own language ("publié le 8 janvier 2022 à 19h42",
///   "Publicerad 12 januari 2022 kl 10.15", "Actualizado Domingo, 9 enero 2022", "di Ann Lee" (not
///   a capitalised particle: "Di Maio"),
///   "Andreas Imhof, Moskau"); its share buttons are a menu;
/// - store: a plain foreign ministry no longer joins one that a country's name joined in another
///   article (a plain interior or defence ministry still does).
///
/// 14:
/// - quotes: a quotation printed in the headline is a quote with zone 'headline' (offsets into
///   the headline; schema version 5), credited to the body quote that repeats its words, else
///   to a name that speaks or labels its part ("Kuleba warns …", "Rau in Vienna: …", "…", says
///   Rau), else to the body's main voice (not one speaking for an office the headline does not
///   name); one word, a term or title in capitals in a sentence-case headline, a name after a
///   naming word ("the fund", "sing") and a span the body prints only as a scare quote are no
///   quotations;
/// - claims: thousands grouped by apostrophes ("9'900", as Swiss papers write them); "rounded
///   up" is an arrest word; "cops" are counted people; "the death toll from last week's riots at 164";
/// - metadata: "The Sun" is The Sun; an agency's name before a hyphen and what it is ("ČTK -
///   Czech News Agency") is its logo, an acronym keeping its capitals; a blogging platform's bar
///   ("Open in app", "Sign up   Sign in"), "(Unofficial English translation)" and a parliamentary
///   record's header ("Verbatim report of proceedings", "House of Lords", "S. Hrg. 117-412") are
///   furniture;
/// - attribution: a person opening a clause after ", and" before a verb ("…, and Deputy Secretary
///   X delivered it") is a salient antecedent of the next pronoun, and so is one named in commas
///   after a role opening the sentence, past a "who" aside ("Armenia's prime minister, X, who
///   chaired the CSTO, defended …");
/// - bylines: a role after the name ("By Ann Lee Staff Reporter", "By Ann Lee, ITV News
///   Producer") and a place between bars ("By Ann Lee | New Delhi | Updated: …") are no writers;
///   a writer's name over their role and handle ("Ann Lee" / "Digital Producer" / "@annlee") or
///   beside the outlet's name above the stamp ("Ann Lee · Steppe Courier") is the byline; a
///   role's words are no name; a known place between bars is the dateline; "… Globe Staff" after
///   the last writer's name is no part of it;
/// - metadata: a site's long name or owner between bars under its logo, over its menu, is
///   masthead ("IP Quarterly" / "Internationale Politik Quarterly | German Council on Foreign
///   Relations"); TIME, Jacobin, The Spectator, New Statesman; German and Estonian first names;
/// - furniture and stamps: a search engine's cache header, "Go to the full CNN experience", a
///   press reader's "Page 4 · World"; "This content was published on January 10, 2022 - 18:05";
///   a printed page's running head "THE IRISH TIMES Saturday, January 8, 2022   11"; a blog's
///   categories ("Posted in Bulgaria, Europe, World"); a site's domain before a stamp is no
///   place ("Agenda.ge, 12 Jan 2022 - 17:48, Tbilisi, Georgia"); an audio player's button
///   ("Listen (2 min)", "Listen  4:12"); a writer's e-mail line between their name and handle;
///   business papers (Barron's, MarketWatch, Handelsblatt …); a headline wrapped after a word that
///   cannot end it ("… orders troops to" / "shoot without warning") keeps its second line, the
///   line break kept; a site's tagline ("Online edition of …") over its menu and stamp is no
///   headline; "; last updated: …" after a stamp;
/// - events: a weekday closing its clause before ", and" and a new clause keeps its own tense
///   ("held talks in Geneva on Monday, and NATO will meet Russia on Wednesday": Monday is past);
///   "are to meet" and "are planned" tell of something still to come.
///
/// 15:
/// - furniture: a machine translation's notice ("[This page was translated automatically …]",
///   "Translated automatically from the Kazakh language", "[Google Translate: …]"); a line
///   wholly in another script than English's, unless it holds quotation marks; a paper's
///   tagline in its script and in English between bars; a language switcher with the site's
///   name in its script; a newsletter's sponsor ("Presented by …") and greeting ("Good morning,
///   Quartz readers!"); an action bar ("1.9K   Share   Download   Clip   Save"); "A publication of
///   …"; a video archive's record fields ("Story No:", "Duration:");
/// - bylines and stamps: a place after the byline's comma ("By Ann Lee, Moscow") and a
///   translator's credit are no writers; a date and a writer between spaced hyphens ("14 January
///   2022 - Piotr Zawadzki", only a first name the list knows and no well-known person); "-Updated
///   on 08.01.2022-15:12"; a video page's views before its stamp and hashtags after it; a post's
///   categories before it; "Event Date:", "Date Created:"; a researcher's or fellow's role line
///   under the name (the name printed again below it) is no headline; "Location:" is no
///   headline; an acronym and its name between dashes ("IFJ - International Federation of
///   Journalists"); outlets and think tanks (openDemocracy, FAZ, Quartz, Brookings, IISS …); a
///   logo's mark after a name ("THE GLOBE AND MAIL*");
/// - datelines: a long dash glued to a place in capitals ("YEREVAN—Prime Minister …"); the
///   paragraph under a standfirst of up to 35 words may open with the dateline, unless the place
///   is an aside between dashes; "City, Country" with a country the place list knows;
/// - speakers: a first name after a cue with a description ("says Gulnara, a retired teacher",
///   "said Natalya, whose husband …") is a person; a one-word name described as a company in
///   commas ("Kazatomprom, the state miner,") is an organisation; "Afterwards" is no name; a
///   hyphenated first name counts as two words when the canonical name is chosen;
/// - attribution: a participle of saying after "by" or a comma ("opened by warning that …")
///   before a fragment closing its sentence, and a cue introducing a whole sentence with a comma
///   or colon right before it, keep the quote when the next sentence has a cue of its own;
///   ", and warned" past a "that"-clause's subject is the main clause's verb; a broadcast
///   script's sound-bite label over a quote opening its line names the speaker;
/// - claims: "several thousand", "a few hundred" are vague; a figure after its sentence opens
///   in an earlier year ("In December 2011, police killed …") is no claim;
/// - events: "the third meeting in four days" counts a span; a calendar's dated entries closing
///   the text stay in it; "Expect …", "Next:", "Coming up:", "Also Monday: …", "move Wednesday
///   to", "is followed by", "open on Monday" look ahead;
/// - sentences (events and claims): a line wrapped inside its sentence, ending in a word that
///   never ends one ("met in Brussels on" / "Wednesday …", "detained more" / "than 3,000") or in
///   a comma before a lower-case word, goes on with the next line, and the claim rules read
///   such a sentence as one line.
///
/// 16:
/// - events: a count of the dead beside a count of the detained ("26 had been killed and more
///   than 3,000 detained") is a casualty report, not an arrest;
/// - datelines: two cities between a slash ("ALMATY/MOSCOW, Jan 10 (Reuters) -"), a time after
///   the date ("Rome, 14 Jan 2022 12:37 (Agenzia Nova) -"), an ordinal day ("ABU DHABI, 10th
///   January, 2022 (WAM) --"); the first line after a story's summary bullets; a place in
///   capitals under a standfirst of up to 80 words;
/// - furniture: wire copy's revision notes ("(Adds …)", "(ATTN: …)", "Eds: UPDATES …"), "(END)",
///   "--IANS", desk initials in lower case, "tr. Ann Lee", "News ID: …", "Copyright(c) …", a
///   photo's "| License Photo";
/// - bylines and stamps: "By Kenji Sato / Yomiuri Shimbun Correspondent", an institution's
///   initials after the name ("Daniel Ooi, ANU"), a date and a writer apart by a run of spaces,
///   an AP feed's closing stamp ("AP-WF-01-07-22 1612GMT"), an Arabic comma in a stamp; Gulf
///   and Levant news agencies and a few more outlets;
/// - attribution and speakers: a participle's clause after a quote ("…”, rejecting calls for
///   talks") names no speaker unless a name comes before its verb; a surname that is also a
///   first name ("Ahmad recalled …") is the person named in full before; "the rabbi", "the
///   imam", "the sheikh" stand only for someone given that title; two fields joined before a
///   body's head ("Foreign and Expatriates Ministry");
/// - decoding: a text saved as UTF-8 and read back as Windows-1252 ("â€œ", "Ã‡avuÅŸoÄŸlu",
///   three such sequences or more) is repaired, offsets still pointing into the source;
/// - furniture: "[Translated from Italian]", "ru.sputnik.kz | Translated from Russian", a
///   browser's "Translated to: English  Show original"; a count on the line above a quote
///   labels nothing ("Difficult to answer  33" / "“The picture is familiar,” says …");
///   clerics' titles (archpriest, ayatollah …); European papers (la Repubblica, Le Figaro …);
/// - attribution: a clause of its own after a quote ("“think carefully” before asking …")
///   names no speaker; "X of the Y faction called it “…”" is X's; "a company spokesman said"
///   is the company named before; "Chevron-led Tengizchevroil" is an organisation,
///   "Tengizchevroil"; a one-word name described as a venture or consortium is one;
/// - segmentation: a digest's numbered item headings ("1. Tokayev names new prime minister,
///   says …", three or more in order, five words or more on average, no writer's byline above
///   them) each start an article, the number dropped; a ticker's items over their own
///   datelines ("19:42  HEADLINE" / "BRUSSELS 12/01 (BELGA/AFP) - …"), the clock dropped; a
///   bulletin's items each under their own stamp ("DAILY BULLETIN" … "13.01.2022 | 11:05" /
///   headline / text; a live blog, whose title names no digest, stays one article); a series'
///   issue line is a stamp ("INSS Insight No. 1553, January 13, 2022"); a
///   writer's role line of up to twelve words with its institution after a comma; a site's
///   name opening the page over its furniture ("The Daily Beast" / "Subscribe") is no headline
///   when a longer heading follows, and names the outlet unless it is a label or a person; a
///   question over a standfirst and the byline or stamp is the headline.
///   (The numbered items need a page that calls itself a digest, "PRESS REVIEW", "Daily
///   Bulletin"; the two counts of a casualty report stand side by side, not "detained 120
///   suspected of killing two"; a clause after a quote ends the search for its speaker only
///   when no comma sets it off; a dateline away from the first line needs an agency or a known
///   place.) A count in a headline's quotation marks with nobody named or said to say it is a
///   label ("Where did Kazakhstan's “20,000 terrorists” go?"); a place in
///   capitals opening one of the first four lines of text ("MOSCOW — …" under a photo's
///   caption, under one sentence of text at most) is the dateline when an agency or the gazetteer vouches
///   for it;
///   bylines "By: Ann Lee", "By Ann Lee - Reporter / @annlee", "By Europe correspondent Ann Lee
///   and wires".
///
/// 17:
/// - segmentation: under a title that names a digest ("Top news of the day", "News feed", "Main
///   news of the day: …", "World news in brief"; two words or more, and no story's headline and
///   stamp between it and the items) three or more headlines each straight over their text are
///   articles, with a clock ("21:47", "18:42 GMT+3") or a print column's rubric
///   ("KAZAKHSTAN") above each and an agency's bracketed credit closing each text allowed; a
///   compiler's or writer's credit above them keeps them one newsletter;
/// - stamps and datelines: a day with a full stop ("13. Jan 2022 at 18:40"); a stamp with a
///   time and no year ("13.1. 18:20", "01-09 19:42") above the text or under a standfirst and
///   a name, in the year that puts it in the corpus's weeks; a breadcrumb's day ("Home / News
///   feed / 13 January 2022") when nothing else dates the page; an agency and its place before
///   a barred stamp ("Agence France-Presse . Almaty | Published: …"); a credit, its place and
///   the stamp between bars ("Reuters | Almaty | Updated: …"); "Baku/11.01.22/Turan: …"; a
///   dateline alone on its line ("ALMATY, Kazakhstan (AP) —"); a city and its country before
///   a stamp's bullet;
/// - bylines and outlets: "Interview by X"; a writer's role before a comma ("X - Reporter,
///   Agência Brasil - Brasília"); "Name, European Pravda" and "Name, DHNS, New Delhi" (a known
///   outlet, then places); a stamp's "Posted" label is no writer; the site's name over its
///   menus carries an agency's copy credited under the headline; a masthead in two scripts
///   ("ВЁРСТКА / VERSTKA") is the outlet; more Central Asian first names;
/// - speakers: a known surname shaped like a patronymic ("Alexander Volfovich", "Alexander
///   Lukashevich") is its own person; a bracketed aside after a subject ("X (name changed)
///   sees …") keeps it the subject; "the diplomat", "the envoy", "the ambassador" are never
///   someone known only by a military rank; a title's word glued before a full name is no part
///   of it ("… Military Studies Mykola Zhuravets", "Seyyed Ebrahim Raisi"; an Arabic name's
///   chain of given names stays);
/// - headlines and furniture: a section's name repeated from the menu over the stamp is no
///   headline ("Analytics and comments | Projects | …" … "Analytics and comments" / stamp /
///   headline); an official site's accessibility link is furniture; a labelled topic after a
///   stamp's date ("11 January 2022 — Subject: Europe & foreign affairs"); a site's spaced
///   menu is no photo's caption, a pair's spaced slash standing in it ("Currency / Forex").
///
/// 18:
/// - segmentation and headlines: a headline opened or closed by a translated page's quote
///   marks („…“, »…«, ”…”); a standfirst written as sentences between the headline and its
///   byline or stamp, blank lines allowed around it (never a first paragraph opened by its
///   dateline); translators' notes in the page's language ("Oversat til engelsk", "Translation
///   from Bulgarian", "This article has been translated from Swedish.") are dropped; a dateline
///   alone on its line and a paper's short motto ("Georgia's English-language daily") are no
///   headline; a Factiva record's fields (HD, BY, PD, SN; the other codes are no text); a news
///   aggregator's items, each a headline over "Source | 13 Jan 16:22", are articles with that
///   source and day;
/// - stamps: Czech "13. 1. 2022"; month names in Portuguese, Dutch, Icelandic, Finnish, Czech,
///   Polish and "Jänner"; lower-case foreign weekdays ("fredag 7. januar 2022"); "Stand:",
///   "Gepubliceerd:", "Aangepast:"; a reading time and an Iranian calendar's date after the
///   stamp; an issue number with "#"; a dashed date both of whose readings are possible is
///   read in the corpus's month when only one reading falls there ("01-07-2022 13:15");
/// - bylines and outlets: a desk's credit before a barred stamp ("Staff Writer | January 6,
///   2022 | 11:52 am   Markets"); "Af"/"Von" bylines, also before a bar; a list of writers
///   closed by the place the last filed from ("Kirill Vorontsov; Alma Zhumagulova, Almaty"); a
///   translator's note over the text is furniture; a byline's bureau
///   ("By Ann Lee Ottawa Bureau") and a writer's post ("…, Research Fellow for …") are no
///   names; a writer, outlet and place set apart by spaces ("Milica Jovanovic  BIRN
///   Belgrade"); a state body's title-case name over its site ("The Ministry of Foreign Affairs
///   of the Russian Federation"); a site's name before its comma'd description ("MercoPress,
///   South Atlantic News Agency"); a known outlet's camel-case logo ("derStandard"); a site's
///   domain after a dateline's city ("JAKARTA, KOMPAS.com -"); some forty more outlets;
/// - furniture: consent managers ("We value your privacy", "We and our 842 partners use
///   cookies"), a government site's cookie banner, registration walls, a site's top bar
///   ("Menu  Search  Watch live"), a translated column's notices;
/// - speakers and attribution: a comma participle after a quote inside its clause keeps the
///   sentence's subject (", adding: “…”" after "on NATO's policy" is the sayer's); "the
///   ministry said" is the ministry that spoke shortly before, over one named in passing; a
///   person opening the clause after "According to X," with a verb of their own speaks; the
///   field an office's title ends with is no part of the name after it ("… International
///   Cooperation Stanley Kakubo"); an institute's or directorate's field after "for" or a
///   region's name stays in its name ("Sofia Institute for Eastern Studies").
///
/// 19:
/// - raw wire feeds: a feed's control lines are furniture (teleprinter codes "ZCZC …" and
///   "NNNN", story numbers, AP slugs and stamps, agency headers, "URGENT", "UPDATE 1", "(3rd
///   writethru)", keyword slugs, "ATTENTION -- … -- ATTENTION", kill notices and notes to
///   editors, a feed's labelled fields, revision notes without brackets and end stamps); a
///   keyword slug of two parts only under such a line ("URGENT" / "KAZAKHSTAN-MOURNING"); a
///   wire item's heading may stand over a revision note before its dateline; a service's
///   name over its feed names the outlet ("XINHUA ENGLISH NEWS SERVICE");
/// - datelines: "NUR-SULTAN. KAZINFORM - …" and "NUR-SULTAN. January 7. KAZINFORM - …";
/// - headers: a headline asked as a question over a standfirst in sentences and the stamp
///   (and never the text's first paragraph); a site's account bar ("Subscribe    Log in",
///   "Log in    Abonneer") is furniture; "Author Katja Brenner" without a colon is a byline; a
///   writer's name over the stamp may hold a surname's particle ("Eva de Wit"); a paper's
///   briefs column ("WORLD IN BRIEF") is one article per heading over a paragraph opened by
///   its place ("MANAMA: …"); a breadcrumb may end in the page's day after an arrow; a
///   site's domain alone is no dateline ("VOV.VN - …");
/// - stamps: a weekday and the clock before the date ("Saturday, 09:15, 08/01/2022"); a
///   desk's credit before a bar ("Posted by PrepWise Editorial Team | 10 January 2022");
/// - bylines: "Posted by Jonas Ekberg on …" (a person's name; a site's is no writer); a role in
///   lower case after the name ("By Philippa Grant, standards and style editor"); an academic
///   title and the writer's post around a name over the stamp ("Dr Katarzyna Lind, Senior
///   Fellow, Security Programme"); a name in capitals keeps its hyphened parts' capitals
///   ("BALTIC-CASPIAN INSTITUTE" → "Baltic-Caspian Institute");
/// - pages of items: releases or news items each over its own dated stamp with text under it
///   are one article each (not a live page's entries, a list of related stories, nor a wire's
///   one-line "FLASH:" alerts); their publisher may be a logo with its description
///   ("MercoPress, South Atlantic News Agency"); a site's bar of two to four account or menu
///   items is furniture ("Listen live   Search", "Log in   Support Rappler");
/// - quotes: a quotation opening its line and closed by a dash and its speaker is a
///   paragraph, and the name after the dash speaks ("“We are ready to talk.” – Jens
///   Stoltenberg, Nato secretary general"; "– a shopkeeper in Almaty" names no one); a
///   person's name (and a description after a comma) on the line right over a quote filling
///   its line speaks (a vox pop); a quote filling the paragraph after one that closes with a
///   colon and announces a statement is that paragraph's first person's;
/// - stamps: a Hijri date and the issue's number beside the Gregorian date ("Tuesday - 8
///   Jumada al-Akhirah 1443 AH - 11 January 2022 AD Issue Number [15750]"); a space before the
///   year's comma ("13 January ,2022"); a byline's names end at a bar before the date
///   ("Posted by Olga Verner | 9 January 2022 | Filed under: …"); the Hijri or Iranian date
///   written month first ("— Dey 19, 1400 — Jumada al-Akhirah 6, 1443");
/// - headers: a periodical's name over its issue's number is no headline ("THE SECURITY BRIEF"
///   / "Issue 212"; "Issued on: 13/01/2022" is a stamp, no issue); a two-sentence question
///   under a headline is its standfirst; a barred menu's joined pairs may run to 32 characters;
/// - bylines: "Words: Lukas Brandstätter";
/// - a newsletter that calls itself a digest or briefing: each heading right under a rule
///   ("------") over its text is an article; a wiki page's title is its first line over "From
///   Wikipedia, the free encyclopedia";
/// - events: an authority's tally of a hundred detained or more, given on the day the sentence
///   dates, is a casualty report ("The Interior Ministry said on Tuesday that 9,900 people had
///   been detained"), a handful taken into custody the arrest itself; a force that "will
///   leave", "would leave" or is "expected to leave" names a withdrawal (a happening's word);
///   a saying on the sentence's day that counts the dead or hurt is a casualty report;
/// - authors: a publisher or its desk is no writer (the page's outlet, a known outlet, a
///   domain, "Web Desk", "Midwest News").
///
/// 20:
/// - events: a date fronting its sentence, then the sayer and a verb of saying, dates the
///   saying ("On Monday the Ministry of Health said the figure had been published …" is a
///   statement), unless the verb's own object or audience is a happening ("On Monday Tokayev
///   declared a state of emergency", "told an online summit"), the saying reports an arrest,
///   or it counts the dead or detained; protests "turned violent", "sit-in", "shooting
///   started", buildings "on fire", "gatherings", people who "came out", where it "all began";
///   forces that "took up positions", "flew in" or "flew to" (with forces named), "began
///   flying home", "began pulling" out, are "to be gone by" or "due out by" a day; more verbs
///   of saying ("suggested", "addressed", "instructed", "tells", "affirmed", "reacted") and
///   statements "released", "issued" or made on television; talks told by hours at the table
///   ("spent nearly eight hours with"), a dinner, sitting opposite, or concerns raised with a
///   counterpart; a government's meeting with its own people or bodies ("met with the
///   servicemen", "a meeting with the heads of regions", "the plenary session of the Senate")
///   is `other`, as the gold's conventions say, unless another state or body is named there;
///   a count of the dead published or given as a figure that day is a casualty report ("A figure
///   of 164 dead, published on Sunday …", "By Monday, the figure had risen to 7,939"); a saying
///   at a meeting on its day is talks ("said at the online summit on Monday", "told the
///   bloc's leaders by video link on Monday"); a deployment spoken of ("praised the
///   deployment") or decided ("announced the decision to send peacekeepers"), and protests
///   that are a saying's object ("condemned the unrest as an attack"), are the saying's;
/// - headers: a photo's caption between the headline and its stamp; a menu item in camel case
///   ("ePaper"); bylines: a photographer's credit after a bar, bracketed posts ("By Ann Lee
///   (Almaty, special correspondent) and …"), an agency's "…, with local reporting by Ann Lee",
///   a letter's "From Dr Ann Lee, Frankfurt, Germany"; a writer's name alone right under the
///   stamp, over the text or opened by a known first name ("Jan 13, 2022" / "Yasmine Benali");
///   labels "Written by:", "Analysis by", "Commentary by", "Correspondent:", "Rapporteur:",
///   "Reporter :"; a camera's credit after a bar, a handle after the name, an address or link
///   marks in square brackets, a post after a slash without a space ("KENJI SATO/ Staff Writer");
///   "Byline: Ann Lee" and a wire's "(By Ann Lee and Bo Tran)"; a news database's "Length: 398
///   words" is furniture and its labelled fields ("Dateline: YEREVAN") no outlet; a research
///   database's citation gives the writers, the paper and the day ("Kowalczyk, Anna; Herrera,
///   Mike.  The Lakefront Ledger; Milwaukee, Wis. 12 Jan 2022: A.6."), and its result
///   navigation and action row are furniture;
/// - pages of items: each heading over text closed by a dash and a credit ("— Staff report",
///   "— Submitted by …") is an article, and a letters page is one article a letter.
/// 21:
/// - events: a saying that only credits the clause its date ends ("… returned from Almaty on
///   Saturday, the Foreign Ministry said.") leaves the date to what the clause reports; a
///   sayer, then the date, then the verb of saying dates the saying ("The Foreign Office on
///   Saturday said …"), with the exceptions of a date fronting the saying;
///   protests "spread to" or "spread across" a place, and workers "stopped work"; "the crisis
///   began on …" dates the protests' start; a call on someone ("called on citizens to …") is a
///   saying, a call on a day ("Her sister called on Sunday") is not; a person approved,
///   endorsed or confirmed for a post is an appointment ("approved his choice of", "approved
///   Marat Ospanov as");
/// - headers: a Hijri date beside the Gregorian one in figures ("Tuesday 1443/6/8 -
///   2022/01/11") or in a dateline ("Nur-Sultan, Jumada Al-Akhirah 08, 1443, January 11, 2022,
///   SPA --") is passed over, and no date has a year outside 1800–2200; an agency after the
///   dateline's date and a comma ("…, January 11, 2022, SPA -"); a menu closed by a language's
///   name in a script without capitals ("…   Reports   عربي"); an outlet's small words in
///   lower case ("Associated Press Of Pakistan" → "… of Pakistan") and initials without a
///   vowel kept in capitals ("SBC NEWS ASIA" → "SBC News Asia"); a paper's name in capitals
///   under its site's domain and over the menu is the outlet, not the headline
///   ("stltoday.com" / "ST. LOUIS POST-DISPATCH"), unless the domain is its initials; a
///   paywall's "Subscribe for $1     Log In" is furniture; an agency's stamp of labelled
///   fields names its source and day ("Source: Tianshan Wire   Editor: Ma Ling   2022-01-12
///   16:48:05"); Malay and Indonesian stamp labels ("Diterbitkan pada: Jan 07, 2022 18:42 MYT");
///   a broadcaster's "Listen live" button does not make a live page of a page of stamped
///   items; Welsh, Irish, Gaelic, Italian, Portuguese, Polish, Ukrainian, Malay, Indonesian, Urdu
///   and Bengali in language switchers; items that each print their stamp right above their
///   heading, and none under it, begin at that stamp (a page of agency items dated by their own
///   stamps, not the next item's).
/// - speakers: seats of government named for it are organisations ("Downing Street", "the
///   Akorda", "the Élysée", "the Chancellery"); more Malay, Indonesian, Arabic and Central Asian
///   first names; a region's own word ("Region", "Oblast", "Province", "Krai") is no part of
///   the name after it.
/// 22:
/// - speakers: a building's word written before the seat's name makes it an organisation
///   ("Wisma Putra", "Casa Rosada"); a title's field after its "of" names no one ("Deputy
///   Minister of Transport of the Novosibirsk Region Anton Kolesnikov", "… of International
///   Relations and Cooperation …"); a double-barrelled surname alone joins the full name
///   ("Khumalo-Dube"); a compound adjective ("Russian-led", "Kremlin-backed") names no one, and
///   what it leads, owns or runs is a body ("Chevron-led Tengizchevroil"); forms of address
///   and honorifics are titles ("Madam", "Sir", "H.E.", "Samdech", Burmese "U" and "Daw").
/// - events: a chronology's day heading with a Hijri date beside the Gregorian one ("Sunday 29
///   Jumada Al-Ula 1443 (2 January 2022)") dates the entries below it, and no date on a
///   heading's line is an event of its own; a chronology's lead-in ("Following is a
///   chronology of the main events:") opens the text, so the day headings under it stay in
///   the body and are no stamp; the order to fire without warning ("shoot-to-kill") is a
///   statement; the day forces' withdrawal is to be completed by is a withdrawal ("would be
///   completed by January 19", "the last units will be home by 19 January"); troops named
///   right before "who arrived" or "which landed" arrived then ("CSTO forces, who arrived on
///   Thursday"), also after an aside of up to 120 characters;
/// - headers: a label of at most four words in capitals right over a heading in mixed case is
///   its kicker ("WHAT WE KNOW" / "Kazakhstan unrest: what we know, and what we don't"), unless
///   it opens the page; labels of one or two words joined by bullets are a section's path or a
///   paper's cities, no headline ("Jeddah • Riyadh • Dammam", "CENTRAL ASIA · TIMELINE"); a
///   periodical's masthead line spacing out its issue, its date and other calendars' days
///   dates the page ("Vol. IX, No. 273    12 January 2022    Wednesday    10th Waxing of
///   Pyatho 1383 ME"); a dateline alone on its line over the text ("Nay Pyi Taw, 11 Jan —");
///   each item of a page of posts is dated by its own byline ("Posted by Ann Lee on January
///   12, 2022 at 9:10 pm"), not the page's first; Sinhala and Tamil first names; an e-mailed
///   newsletter's sender is its outlet unless a person or a desk ("From: Rond-Point Weekly
///   <newsletter@…>").
pub const EXTRACTOR_VERSION: &str = "22";

/// Options of [`build`].
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// How source files are read (lossy decoding, size cap).
    pub read: ReadOptions,
    /// Stop at the first failed document instead of reporting and skipping it.
    pub strict: bool,
    /// Extraction options passed to every document.
    pub extract: ExtractOptions,
    /// Reader/extractor threads; 0 (the default) means one per available core, 1 runs
    /// everything on the calling thread. The rows written do not depend on it.
    pub threads: usize,
}

/// One source for [`build_sources`]: a file on disk or bytes in memory.
#[derive(Debug, Clone)]
pub enum Source {
    /// A file to read.
    File(PathBuf),
    /// In-memory bytes with the name to store in `documents.path`.
    Bytes {
        /// The name stored as the document path.
        name: String,
        /// The raw content.
        bytes: Vec<u8>,
    },
}

impl Source {
    fn label(&self) -> PathBuf {
        match self {
            Source::File(p) => p.clone(),
            Source::Bytes { name, .. } => PathBuf::from(name),
        }
    }
}

/// Progress of a running build, passed to the callback after each document.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    /// Documents handled so far.
    pub done: usize,
    /// Documents in the build.
    pub total: usize,
    /// The document just handled.
    pub path: &'a Path,
    /// Bytes of the document just handled.
    pub bytes: u64,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Documents looked at.
    pub documents: usize,
    /// Documents written.
    pub added: usize,
    /// Documents already stored with the same content (skipped).
    pub unchanged: usize,
    /// Articles written.
    pub articles: usize,
    /// Bytes of source text read.
    pub bytes: u64,
    /// Documents that failed, with why; none of their rows were written.
    pub failed: Vec<Error>,
}

/// Builds (or updates) the database at `db` from files and folders.
///
/// # Errors
/// Errors opening the database; with `options.strict`, the first failed document.
/// Otherwise failed documents are listed in [`BuildReport::failed`].
pub fn build(paths: &[PathBuf], db: &Path, options: &BuildOptions, progress: &mut dyn FnMut(Progress<'_>)) -> Result<BuildReport> {
    let files = document::collect_files(paths)?;
    let mut store = Store::open(db, Mode::ReadWrite)?;
    build_sources(&mut store, files.into_iter().map(Source::File).collect(), options, progress)
}

/// Builds the bundled corpus into `store`.
pub fn build_bundled(store: &mut Store, progress: &mut dyn FnMut(Progress<'_>)) -> Result<BuildReport> {
    let sources = crate::bundled::DOCUMENTS
        .iter()
        .map(|(name, bytes)| Source::Bytes { name: (*name).to_owned(), bytes: bytes.to_vec() })
        .collect();
    build_sources(store, sources, &BuildOptions { strict: true, ..Default::default() }, progress)
}

/// Documents per transaction in a build.
const BATCH_DOCUMENTS: usize = 256;
/// Source bytes per transaction in a build.
const BATCH_BYTES: u64 = 16 * 1024 * 1024;
/// Results each extractor thread may hold ready ahead of the writer.
const CHANNEL_DEPTH: usize = 4;

/// Ingests `sources` into `store`: extraction in parallel, one writer committing batches.
///
/// Documents are written in the order of `sources`, whatever the number of threads.
///
/// # Errors
/// See [`build`].
pub fn build_sources(
    store: &mut Store,
    sources: Vec<Source>,
    options: &BuildOptions,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<BuildReport> {
    // One build per database file at a time; held until this function returns.
    let _build_lock = store.lock_for_build()?;
    if store.build_info("extractor_version")?.as_deref().is_some_and(|v| v != EXTRACTOR_VERSION) {
        store.clear()?;
    }
    store.set_build_info("extractor_version", EXTRACTOR_VERSION)?;
    store.set_build_info("library_version", env!("CARGO_PKG_VERSION"))?;
    let known = store.document_hashes()?;
    store.begin_bulk_load()?;
    let written = write_all(store, &sources, &known, options, progress);
    // Restore the full-text triggers even when the build stopped early.
    let finished = store.end_bulk_load();
    let report = written?;
    finished?;
    if report.added > 0 {
        store.refresh_speakers()?;
    }
    let sources_count: i64 = store.counts()?.iter().find(|(t, _)| *t == "documents").map_or(0, |(_, n)| *n);
    store.set_build_info("source_count", &sources_count.to_string())?;
    store.set_build_info("built_at", &chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true))?;
    Ok(report)
}

/// What a reader/extractor thread hands the writer for one source.
enum Item {
    /// Read and extracted; to be written.
    Extracted(Box<Document>, ExtractedDocument),
    /// Its sha256 is already stored; nothing to do. Carries the byte count.
    Unchanged(u64),
    /// Reading or decoding failed.
    Failed(Error),
}

/// Reads, hashes and (unless already stored) decodes and extracts one source.
fn produce(source: &Source, options: &BuildOptions, known: &HashSet<[u8; 32]>) -> Item {
    produce_with(source, options, known, &extract)
}

/// [`produce`] with the extraction to run given.
fn produce_with(
    source: &Source,
    options: &BuildOptions,
    known: &HashSet<[u8; 32]>,
    extract: &dyn Fn(&str, &crate::extract::ExtractOptions) -> ExtractedDocument,
) -> Item {
    let read = |bytes: &[u8], path: &Path| {
        if !known.is_empty() && bytes.len() as u64 <= options.read.max_bytes {
            let digest: [u8; 32] = Sha256::digest(bytes).into();
            if known.contains(&digest) {
                return Ok(None);
            }
        }
        document::decode(path, bytes, &options.read).map(Some)
    };
    let doc = match source {
        Source::File(path) => match read_bytes(path, &options.read) {
            Ok(bytes) => read(&bytes, path),
            Err(e) => Err(e),
        },
        Source::Bytes { name, bytes } => read(bytes, Path::new(name)),
    };
    match doc {
        Ok(Some(doc)) => {
            // a bug in an extractor costs this document, not the build
            match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract(&doc.text, &options.extract))) {
                Ok(extracted) => Item::Extracted(Box::new(doc), extracted),
                Err(panic) => {
                    let message = panic
                        .downcast_ref::<&str>()
                        .map(|s| (*s).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "panic".to_owned());
                    Item::Failed(Error::Extraction { path: doc.path, message })
                }
            }
        }
        Ok(None) => Item::Unchanged(match source {
            Source::File(path) => std::fs::metadata(path).map_or(0, |m| m.len()),
            Source::Bytes { bytes, .. } => bytes.len() as u64,
        }),
        Err(e) => Item::Failed(e),
    }
}

/// Reads a file's bytes, refusing it before reading when it is over the size cap.
fn read_bytes(path: &Path, options: &ReadOptions) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.len() > options.max_bytes {
        return Err(Error::TooLarge { path: path.to_path_buf(), bytes: meta.len(), limit: options.max_bytes });
    }
    std::fs::read(path).map_err(|e| Error::io(path, e))
}

/// Runs the readers/extractors and the writer over every source.
fn write_all(
    store: &mut Store,
    sources: &[Source],
    known: &HashSet<[u8; 32]>,
    options: &BuildOptions,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<BuildReport> {
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
    .min(sources.len().max(1));
    if threads <= 1 {
        let items = sources.iter().map(|source| produce(source, options, known));
        return write_items(store, sources, items, options.strict, progress, &|source| produce(source, options, known));
    }
    std::thread::scope(|scope| {
        let mut receivers = Vec::with_capacity(threads);
        for first in 0..threads {
            let (tx, rx) = mpsc::sync_channel(CHANNEL_DEPTH);
            receivers.push(rx);
            scope.spawn(move || {
                for source in sources.iter().skip(first).step_by(threads) {
                    // The writer hung up (it stopped on an error): stop too.
                    if tx.send(produce(source, options, known)).is_err() {
                        break;
                    }
                }
            });
        }
        // Round-robin over the threads' channels gives the items in source order. A closed
        // channel means its thread panicked: the items stop and the scope re-raises it.
        let items = (0..sources.len()).map_while(|i| receivers[i % threads].recv().ok());
        // When this returns early the receivers drop, which unblocks the threads before
        // the scope joins them.
        write_items(store, sources, items, options.strict, progress, &|source| produce(source, options, known))
    })
}

/// What writing one source came to: the outcome and the source bytes, or why it failed.
type Written = Result<(WriteOutcome, u64)>;

/// Folds one source's result (and its bytes) into `report`.
fn account(report: &mut BuildReport, written: Written) {
    match written {
        Ok((WriteOutcome::Added { articles, .. }, bytes)) => {
            report.added += 1;
            report.articles += articles;
            report.bytes += bytes;
        }
        Ok((WriteOutcome::Unchanged, bytes)) => {
            report.unchanged += 1;
            report.bytes += bytes;
        }
        Err(e) => report.failed.push(e),
    }
}

/// Writes one produced item into `batch`, with or without the document's savepoint.
fn write_item(batch: &mut Batch<'_>, item: Item, guarded: bool) -> Written {
    match item {
        Item::Extracted(doc, extracted) => {
            let outcome = if guarded {
                batch.write_document(&doc, &extracted)
            } else {
                batch.write_document_unguarded(&doc, &extracted)
            };
            outcome.map(|outcome| (outcome, doc.bytes))
        }
        Item::Unchanged(bytes) => Ok((WriteOutcome::Unchanged, bytes)),
        Item::Failed(e) => Err(e),
    }
}

/// The single writer: writes `items` (one per source, in order) in batched transactions.
///
/// Each batch is first written *unguarded* (no savepoint per document; see
/// [`crate::store::Batch::write_document_unguarded`]). When a document fails to write, the
/// batch is rolled back and its sources are produced again with `reproduce` and written
/// one savepoint each, so the failed document leaves no rows and the others are kept, as
/// if every document had been guarded. Reading failures do not spoil a batch.
fn write_items(
    store: &mut Store,
    sources: &[Source],
    items: impl Iterator<Item = Item>,
    strict: bool,
    progress: &mut dyn FnMut(Progress<'_>),
    reproduce: &dyn Fn(&Source) -> Item,
) -> Result<BuildReport> {
    let total = sources.len();
    let mut report = BuildReport { documents: total, ..Default::default() };
    let mut items = sources.iter().zip(items).enumerate().peekable();
    while items.peek().is_some() {
        let mut batch = store.batch()?;
        // this batch's sources and results, accounted when it commits
        let mut results: Vec<(&Source, Written)> = Vec::new();
        let mut spoilt = false;
        for (i, (source, item)) in items.by_ref() {
            let was_read = matches!(item, Item::Extracted(..));
            let written = write_item(&mut batch, item, false);
            // a failed write spoils the batch; a failed read does not
            spoilt = was_read && written.is_err();
            let bytes = written.as_ref().map_or(0, |(_, bytes)| *bytes);
            let failed = written.is_err();
            results.push((source, written));
            progress(Progress { done: i + 1, total, path: &source.label(), bytes });
            if spoilt || (failed && strict) || batch.documents() >= BATCH_DOCUMENTS || batch.bytes() >= BATCH_BYTES {
                break;
            }
        }
        if spoilt {
            drop(batch);
            let sources: Vec<&Source> = results.into_iter().map(|(source, _)| source).collect();
            rewrite_guarded(store, &sources, strict, &mut report, reproduce)?;
            continue;
        }
        batch.commit()?;
        for (_, written) in results {
            match written {
                // Keep the documents before the failed one, as a sequential build would.
                Err(e) if strict => return Err(e),
                written => account(&mut report, written),
            }
        }
    }
    Ok(report)
}

/// Writes `sources` again in one batch, each document in its own savepoint (after an
/// unguarded batch was rolled back).
fn rewrite_guarded(
    store: &mut Store,
    sources: &[&Source],
    strict: bool,
    report: &mut BuildReport,
    reproduce: &dyn Fn(&Source) -> Item,
) -> Result<()> {
    let mut batch = store.batch()?;
    for source in sources {
        let written = write_item(&mut batch, reproduce(source), true);
        match written {
            Err(e) if strict => {
                batch.commit()?;
                return Err(e);
            }
            written => account(report, written),
        }
    }
    batch.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "Talks in Geneva\n\n\"We will not retreat,\" Sergei Ryabkov said on Monday.\n";
    const BAD: &str = "Curfew in Almaty\n\n\"Order is restored,\" Kassym-Jomart Tokayev said on Friday.\n";

    fn source(name: &str, text: &str) -> Source {
        Source::Bytes { name: name.to_owned(), bytes: text.as_bytes().to_vec() }
    }

    /// A store whose connection refuses the quote of `BAD` (after that document's
    /// article, speakers and mentions were inserted: a failure half-way through).
    fn store_failing_bad_quote() -> Result<Store> {
        let store = Store::open_in_memory()?;
        store.sql(
            "CREATE TEMP TRIGGER fail_quote BEFORE INSERT ON main.quotes WHEN new.text LIKE 'Order is restored%'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
            &[],
        )?;
        Ok(store)
    }

    /// A good document, the failing one, and another good one.
    fn good_bad_good() -> Vec<Source> {
        vec![source("a.txt", GOOD), source("bad.txt", BAD), source("c.txt", &GOOD.replace("Monday", "Tuesday"))]
    }

    fn count(store: &Store, sql: &str) -> Result<i64> {
        Ok(store.conn().query_row(sql, [], |r| r.get(0))?)
    }

    #[test]
    fn a_panicking_extractor_fails_its_document_with_its_path() {
        let options = BuildOptions::default();
        let source = source("broken.txt", "Talks End\n\nThe talks ended on Monday.\n");
        let item = produce_with(&source, &options, &HashSet::new(), &|_, _| panic!("index out of bounds"));
        let Item::Failed(err) = item else { panic!("the document should fail") };
        assert_eq!(err.path(), Some(Path::new("broken.txt")));
        assert_eq!(err.kind(), crate::error::ErrorKind::Input);
        assert!(err.to_string().contains("index out of bounds"), "{err}");
        // the same source with the real extractors is extracted
        assert!(matches!(produce(&source, &options, &HashSet::new()), Item::Extracted(..)));
    }

    #[test]
    fn a_document_failing_half_way_leaves_no_rows_and_its_batch_neighbours_stay() -> Result<()> {
        for threads in [1, 2] {
            let mut store = store_failing_bad_quote()?;
            let options = BuildOptions { threads, ..Default::default() };
            let mut seen = 0;
            let report = build_sources(&mut store, good_bad_good(), &options, &mut |_| seen += 1)?;
            assert_eq!((report.added, report.failed.len(), seen), (2, 1, 3), "threads {threads}");
            assert!(report.failed[0].to_string().contains("injected failure"), "{}", report.failed[0]);
            assert_eq!(report.bytes, 2 * GOOD.len() as u64 + 1);
            let paths: Vec<String> = store.conn().prepare("SELECT path FROM documents ORDER BY id")?.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
            assert_eq!(paths, ["a.txt", "c.txt"]);
            assert_eq!(count(&store, "SELECT count(*) FROM articles")?, 2);
            assert_eq!(count(&store, "SELECT count(*) FROM quotes")?, 2);
            assert_eq!(count(&store, "SELECT count(*) FROM mentions WHERE text LIKE '%Tokayev%'")?, 0);
            assert_eq!(count(&store, "SELECT count(*) FROM speakers WHERE canonical LIKE '%Tokayev%'")?, 0);
        }
        Ok(())
    }

    #[test]
    fn a_strict_build_keeps_the_documents_before_the_failed_one() -> Result<()> {
        let mut store = store_failing_bad_quote()?;
        let options = BuildOptions { strict: true, threads: 1, ..Default::default() };
        let err = build_sources(&mut store, good_bad_good(), &options, &mut |_| {}).err().map(|e| e.to_string());
        assert!(err.as_deref().is_some_and(|e| e.contains("injected failure")), "{err:?}");
        assert_eq!(count(&store, "SELECT count(*) FROM documents")?, 1);
        assert_eq!(count(&store, "SELECT count(*) FROM quotes")?, 1);
        Ok(())
    }

    #[test]
    fn a_batch_spoilt_by_an_unguarded_failure_refuses_more_writes_and_its_commit() -> Result<()> {
        let mut store = store_failing_bad_quote()?;
        let read = |name: &str, text: &str| -> Result<(Document, ExtractedDocument)> {
            let doc = document::decode(Path::new(name), text.as_bytes(), &ReadOptions::default())?;
            let extracted = extract(&doc.text, &ExtractOptions::default());
            Ok((doc, extracted))
        };
        let (good, good_rows) = read("a.txt", GOOD)?;
        let (bad, bad_rows) = read("bad.txt", BAD)?;
        let mut batch = store.batch()?;
        batch.write_document_unguarded(&good, &good_rows)?;
        assert!(batch.write_document_unguarded(&bad, &bad_rows).is_err());
        assert!(batch.write_document(&good, &good_rows).is_err());
        assert!(batch.commit().is_err());
        assert_eq!(count(&store, "SELECT count(*) FROM documents")?, 0, "the whole batch rolled back");
        assert_eq!(count(&store, "SELECT count(*) FROM articles")?, 0);
        Ok(())
    }
}
