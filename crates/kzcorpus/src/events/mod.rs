//! Dated events: what happened on which day, where, and who took part.
//!
//! Pure functions over article text; no SQL here. An event is a date expression (see
//! [`dates`]) together with the sentence that holds it: each dated mention of a happening
//! becomes one [`Event`] whose evidence is that sentence. Relative dates are resolved
//! against the article's publication date only; without one they are kept with
//! [`DatePrecision::RelativeUnresolved`] and no date. An event's date is a day, or a month
//! when the text names only an explicit month ("in December 2021"); relative periods that
//! name no day ("last week", "earlier this month") resolve in [`dates`] to a week or month
//! but are stored without a date, as the gold annotation does.
//!
//! # Event types
//! The type comes from trigger words in the sentence (`data/event_triggers.tsv`), the one
//! nearest the date winning within the strongest tier present:
//!
//! | type | what it covers | example triggers |
//! |---|---|---|
//! | `troop_deployment` | troops or equipment sent, deployed, stationed | deployed, dispatched, were sent to, combat duty |
//! | `withdrawal` | forces leaving, pullouts | withdraw, pullout, return home |
//! | `talks` | meetings, negotiations, calls and summits between governments or organisations | talks, meeting, phone call, session |
//! | `arrest` | people arrested or detained | arrested, detained, taken into custody |
//! | `protest` | protests, rallies, riots | protests, rally, riots, unrest |
//! | `state_of_emergency` | emergency rule, curfews | state of emergency, curfew |
//! | `government_resignation` | a government or official resigning | government resigned, resign |
//! | `appointment` | someone appointed or put in charge | appointed, appointment, in his place |
//! | `statement` | a notable public declaration (used only when nothing else is said) | said, announced, warned |
//! | `cyberattack` | attacks on computer systems | cyberattack, hackers |
//! | `sanctions` | sanctions and embargoes | sanctions, embargo |
//! | `exercise` | military drills | exercise, drills, manoeuvres |
//! | `court_ruling` | court decisions and sentences | court, sentenced, verdict |
//! | `casualty_report` | reports of dead and injured | killed, dead, injured |
//! | `other` | visits, ceremonies, document releases, evacuations, anything else dated | visit, ceremony, released |
//!
//! Two decisive triggers joined by "and" ("a state of emergency was declared and the
//! government resigned") give one event each.
//!
//! # What is not an event
//! * the end of a period ("the first phase will last till February 9");
//! * a date used as a label of a document ("the January 10 letter"; but "the January 22
//!   deadline" and "the January 12 meeting" are events);
//! * background history: dates more than a year before the publication date (or, without
//!   one, before the document's latest written date);
//! * a restatement: the same date and type again in the same or the next paragraph (unless
//!   both name two or more people and none of them is the same), or the
//!   same date repeated inside a quotation there;
//! * years alone ("in 2014") and vague periods ("last year", "a few days ago").

pub mod dates;
pub(crate) mod sentences;
pub mod types;

use chrono::{Duration, NaiveDate};
use once_cell::sync::Lazy;
use regex::Regex;

use self::dates::{find_dates, resolve, DateContext, DateExpr, DateMention, Granularity};
use self::sentences::{sentences, MentionIndex, Sentence};
use self::types::{find_places_in, find_triggers_in, Trigger};
use crate::model::span::CharMap;
use crate::model::{Article, DatePrecision, Event, SpeakerIndex};

/// Finds the events reported in `article`, with dates resolved against its publication date.
///
/// Year-less dates are placed using the publication date or, without one, the latest fully
/// written date in the article. Use [`extract_events_with`] to supply a document-wide anchor.
///
/// # Examples
/// ```
/// use kzcorpus::{Article, SpeakerIndex};
/// let article = Article {
///     published: chrono::NaiveDate::from_ymd_opt(2023, 3, 9),
///     body: "Riot police detained dozens on Tuesday.".into(),
///     ..Default::default()
/// };
/// let events = kzcorpus::events::extract_events(&article, &SpeakerIndex::default());
/// assert_eq!(events[0].kind, "arrest");
/// assert_eq!(events[0].date, chrono::NaiveDate::from_ymd_opt(2023, 3, 7));
/// ```
pub fn extract_events(article: &Article, speakers: &SpeakerIndex) -> Vec<Event> {
    extract_events_with(article, speakers, None)
}

/// Like [`extract_events`], with `document_anchor`: the latest fully written date of the
/// whole document (see [`DateContext::anchor`]). Without a publication date, year-less
/// dates are placed near the later of it and the article's own latest written date.
pub fn extract_events_with(article: &Article, speakers: &SpeakerIndex, document_anchor: Option<NaiveDate>) -> Vec<Event> {
    extract_events_scanned(article, speakers, document_anchor, &BodyScan::new(&article.body))
}

/// What the event and claim extractors both read off an article's body: its character
/// map, sentences and date expressions. The pipeline scans each body once for both.
#[derive(Debug, Clone)]
pub struct BodyScan {
    /// Byte to character offsets of the body.
    pub(crate) chars: CharMap,
    /// The body's sentences ([`sentences`]).
    pub(crate) sentences: Vec<Sentence>,
    /// The body's date expressions ([`find_dates`]).
    pub(crate) dates: Vec<DateMention>,
}

impl BodyScan {
    /// Scans `body`.
    pub fn new(body: &str) -> Self {
        BodyScan { chars: CharMap::new(body), sentences: sentences(body), dates: find_dates(body) }
    }
}

/// [`extract_events_with`] given the [`BodyScan`] of the article's body.
pub fn extract_events_scanned(
    article: &Article,
    speakers: &SpeakerIndex,
    document_anchor: Option<NaiveDate>,
    scan: &BodyScan,
) -> Vec<Event> {
    let body = article.body.as_str();
    let ctx = DateContext {
        published: article.published,
        // the document's "now": its latest fully written date, wherever in the document it is
        anchor: dates::latest_full_date(body).max(document_anchor),
    };
    let (chars, sents, mentions) = (&scan.chars, &scan.sentences, &scan.dates);
    // triggers and places matter only near dates: found line by line, in the lines with one
    let mut lines = LineMatches::default();
    let paragraph_starts = paragraph_starts(body, &sents);
    let mention_index = MentionIndex::new(speakers);
    let horizon = ctx.reference().and_then(|r| r.checked_sub_signed(Duration::days(366)));

    // day headings of a live blog date the lines below them, not an event of their own
    let headings = day_headings(body, mentions, &ctx);
    let mut events = Vec::new();
    // events of this and the previous paragraph (the last 64), to drop restatements
    let mut recent: std::collections::VecDeque<Recent> = std::collections::VecDeque::new();
    // the last day resolved, and the paragraph it was in
    let mut previous: Option<(NaiveDate, usize)> = None;
    let mut quotes = QuoteCounter::default();
    // the sentence and end of the last date that was still to come
    let mut schedule: Option<(usize, usize)> = None;
    let (mut si, mut ti, mut pi) = (0usize, 0usize, 0usize);
    // per-sentence caches: (sentence index, its triggers, its places)
    let mut cache: Option<(usize, Vec<Trigger>, Vec<(usize, usize)>)> = None;
    // the sentence, end and types of the last date given types
    let mut listed: Option<(usize, usize, Vec<&'static str>)> = None;
    // the sentence, end and day of the last weekday resolved
    let mut last_weekday: Option<(usize, usize, NaiveDate)> = None;
    // the sentence, end and day of the last date resolved to a day
    let mut sentence_day: Option<(usize, usize, NaiveDate)> = None;
    for (mi, m) in mentions.iter().enumerate() {
        while si < sents.len() && sents[si].end <= m.start {
            si += 1;
        }
        let Some(sentence) = sents.get(si).copied() else { break };
        if m.start < sentence.start {
            continue;
        }
        if cache.as_ref().map(|c| c.0) != Some(si) {
            lines.cover(body, &sentence);
            let (triggers, places) = (&lines.triggers, &lines.places);
            while ti < triggers.len() && triggers[ti].end <= sentence.start {
                ti += 1;
            }
            while pi < places.len() && places[pi].1 <= sentence.start {
                pi += 1;
            }
            let ts = triggers[ti..].iter().take_while(|t| t.start < sentence.end).filter(|t| t.end <= sentence.end).copied().collect();
            let ps = places[pi..].iter().take_while(|p| p.0 < sentence.end).filter(|p| p.1 <= sentence.end).copied().collect();
            cache = Some((si, ts, ps));
        }
        let Some((_, sentence_triggers, sentence_places)) = cache.as_ref() else { continue };
        // the words around the date: the whole sentence, or a window of it when it is very long
        let (lo, hi) = window(body, &sentence, m);
        let near_triggers = within(sentence_triggers, |t| (t.start, t.end), lo, hi);
        let near_places = within(sentence_places, |p| (p.0, p.1), lo, hi);

        let future = speaks_of_future(body, lo, hi, m)
            || schedule.is_some_and(|(s, end)| s == si && continues_schedule(body, end, m));
        schedule = future.then_some((si, m.end));
        // "the same day", "on the 12th" lean on a date from this or the previous paragraph only
        let near_previous = previous.filter(|(_, p)| p + 1 >= sentence.paragraph).map(|(d, _)| d);
        // under a day heading of a live blog, "today" and "in two days" count from that day
        let section_day = headings.partition_point(|h| h.1 <= m.start).checked_sub(1).map(|h| headings[h].2);
        let here = DateContext { published: section_day.or(ctx.published), ..ctx };
        let mut resolved = resolve(&m.expr, &here, near_previous, future);
        if matches!(m.expr, DateExpr::Weekday { .. }) {
            if let (Some(r), Some((s, end, before))) = (resolved.as_mut(), last_weekday) {
                // (only a day listed after today or a day to come, read into the past: "The
                // OSCE meets on Thursday, and NATO on Wednesday" lists days to come out of order)
                // (today counts only in a sentence that schedules: "was scheduled to host
                // Omsk on Thursday night and Traktor on Saturday", not "landed on Thursday, and
                // … had asked for them on Wednesday")
                let sentence_text = body.get(sentence.start..sentence.end).unwrap_or("");
                let schedules = || FUTURE.is_match(sentence_text) || sentence_text.to_ascii_lowercase().contains("scheduled");
                let past = here.published.is_some_and(|p| r.date < p && (before > p || (before == p && schedules())));
                if s == si && past && lists_after(body, end, m.start) {
                    r.date += Duration::days(7);
                }
            }
            last_weekday = resolved.filter(|r| r.granularity == Granularity::Day).map(|r| (si, m.end, r.date));
        }
        // "in two days" counts ahead from the page, not to a day the story is told from
        let within_days = deadline_count(body, m);
        let counted_ahead = within_days || body[m.start..].get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in "));
        // … unless the sentence told of a day before it and reports what would happen then:
        // "Tokayev told parliament on Tuesday that the withdrawal would begin in two days"
        let mut reported_ahead = false;
        // the day of a speech earlier in this sentence, made already, and the words since it
        let speech = sentence_day
            .filter(|&(s, _, day)| s == si && here.published.is_none_or(|p| day <= p))
            .map(|(_, end, day)| (day, body.get(end..m.start).unwrap_or("").to_ascii_lowercase()));
        match (&m.expr, speech) {
            // "Tokayev told parliament on Tuesday that the withdrawal would begin in two days"
            (DateExpr::Days(n), Some((day, between))) if counted_ahead => {
                // ("within two days" of a start is that day too; "within ten days", or names
                // released "within three days", is a deadline)
                let starts = ["begin", "start", "leav", "withdraw", "pull"].iter().any(|w| between.contains(w));
                if (between.contains("would") || between.contains("will")) && (!within_days || (*n <= 2 && starts)) {
                    resolved = Some(dates::ResolvedDate { date: day + Duration::days(*n), granularity: Granularity::Day });
                    reported_ahead = true;
                }
            }
            // … and a weekday the speech looked ahead to: "told parliament on Tuesday that the
            // force would begin withdrawing from Thursday" is the Thursday after that Tuesday
            // (the "would" in the weekday's own clause, with nothing told as past after it:
            // not "… the troops, who will leave soon, had arrived on Thursday"; ", starting on
            // Thursday" continues the clause)
            (DateExpr::Weekday { .. }, Some((day, between))) => {
                let own = [" would ", " will "].iter().filter_map(|w| between.rfind(w)).max().map(|at| &between[at..]);
                let looks_ahead = own.is_some_and(|clause| {
                    let clause = clause.replace(", starting", " starting").replace(", beginning", " beginning");
                    clause.len() <= 120 && !clause.contains([',', ';']) && !told_in_past(&clause)
                });
                if let Some(r) = resolved.as_mut().filter(|r| r.date <= day && looks_ahead && REPORTED.is_match(&between)) {
                    r.date += Duration::days(7 * ((day - r.date).num_days() / 7 + 1));
                }
            }
            _ => {}
        }
        if !counted_ahead {
            sentence_day = resolved.filter(|r| r.granularity == Granularity::Day).map(|r| (si, m.end, r.date));
        }
        // (a deadline is no day something happened on: "… remains in force until Jan. 19. The
        // day before, Tokayev …" counts from the day before, not from the 19th; nor is a
        // count ahead: "would start in two days. … on the same day" is the day it was said)
        if let Some(r) = resolved.filter(|r| r.granularity == Granularity::Day && !m.until && !counted_ahead) {
            previous = Some((r.date, sentence.paragraph));
        }
        let in_heading = headings.get(headings.partition_point(|h| h.1 <= m.start)).is_some_and(|h| h.0 <= m.start);
        if skip_mention(body, m, mentions.get(mi + 1)) || in_heading {
            continue;
        }
        let (date, precision) = match resolved {
            Some(r) if r.granularity == Granularity::Day => (Some(r.date), DatePrecision::Day),
            // an explicit month ("in December 2021"); "earlier this month" names no day and
            // stays unresolved, like "last week"
            Some(r) if r.granularity == Granularity::Month && matches!(m.expr, DateExpr::Calendar { .. }) => {
                (Some(r.date), DatePrecision::Month)
            }
            _ => (None, DatePrecision::RelativeUnresolved),
        };
        if let (Some(d), Some(h)) = (date, horizon) {
            if d < h {
                continue; // background history
            }
        }
        // a trigger nearer another date of the sentence belongs to that date: "On January 7,
        // Tokayev announced …, and on January 8 the committee said … had been detained"
        let quoted = quotes.inside(body, paragraph_starts.get(sentence.paragraph).copied().unwrap_or(0), m.start);
        // "Today it is Almaty, tomorrow it may be Minsk": day words inside a quotation are
        // the speaker's, not the article's; "in two days" dates only what is still to come
        // ("500 were detained in two days" is a duration)
        if (quoted && matches!(m.expr, DateExpr::Days(_))) || (!reported_ahead && (within_days || (counted_ahead && !future))) {
            continue;
        }
        let others = within(mentions, |d| (d.start, d.end), lo, hi);
        // (a movement found at a vocabulary word's place replaces it: "arrived" alone is a visit)
        let forces = mentions_forces(&body[lo..hi]);
        let movements = if forces { troop_movements(body, lo, hi) } else { Vec::new() };
        let sittings = if body[lo..hi].contains("hours") { hours_at_the_table(body, lo, hi) } else { Vec::new() };
        let approved = if body[lo..hi].contains("approved") || body[lo..hi].contains("endorsed") || body[lo..hi].contains("confirmed") { approvals(body, lo, hi) } else { Vec::new() };
        // (the end a withdrawal is set for: "the withdrawal would be completed by January 19")
        let completion = (forces || body[lo..hi].contains("withdraw")).then(|| completed_by(body, lo, m)).flatten();
        let near_triggers: Vec<Trigger> = near_triggers
            .iter()
            .filter(|t| !movements.iter().any(|v| v.start < t.end && t.start < v.end))
            .chain(movements.iter())
            .chain(completion.iter())
            .chain(sittings.iter())
            .chain(approved.iter())
            .copied()
            .collect();
        let own_triggers: Vec<Trigger> = near_triggers
            .iter()
            .filter(|t| {
                let gap = |d: &DateMention| if t.end <= d.start { d.start - t.end } else { t.start.saturating_sub(d.end) };
                let mine = gap(m);
                !others
                    .iter()
                    // (a deadline "within ten days" dates nothing and owns no word)
                    .filter(|o| o.start != m.start && !matches!(o.expr, DateExpr::Vague | DateExpr::Years(_)) && !deadline_count(body, o))
                    .any(|o| {
                        let between = t.start >= m.end.min(o.end) && t.end <= m.start.max(o.start);
                        if (!between && gap(o) >= mine) || !separated_by_clause(body, m, o) {
                            return false;
                        }
                        // a word between the two dates belongs to the side of the clause
                        // break it is on: "On January 5 the government declared a state of
                        // emergency, and on January 6 troops arrived"
                        match clause_break_between(body, m, o).filter(|_| between) {
                            Some(split) => (t.end <= split) != (m.start < o.start),
                            None => gap(o) < mine,
                        }
                    })
            })
            .copied()
            .collect();
        // (forces that "fanned out" are named before the verb: "Reporters fanned out to
        // interview residents and soldiers" deploys nobody)
        let own_triggers: Vec<Trigger> = own_triggers
            .into_iter()
            .filter(|t| {
                let trigger = &body[t.start..t.end];
                let forces_here = if trigger.to_ascii_lowercase().starts_with("fan") { mentions_forces(&body[lo..t.start]) } else { forces };
                (forces_here || !needs_forces(trigger)) && !exercises_a_quality(body, t) && !denied_speech(body, t) && !phoned_on_a_day(body, t)
            })
            // (a government's meeting with its own people is no talks: "met with the servicemen",
            // "held a meeting with the heads of regions", "the plenary session of the Senate")
            .map(|t| if t.kind == "talks" && internal_meeting(body, &t) { Trigger { kind: "other", ..t } } else { t })
            .collect();
        // (a deployment named as what is spoken of, or decided, is no deployment of that day when
        // a word of saying dates it: "praised the deployment on Wednesday", "announced the
        // decision to send peacekeepers late on Wednesday")
        let sayings: Vec<Trigger> = own_triggers.iter().filter(|t| t.tier == 3 && t.kind == "statement").copied().collect();
        let own_triggers: Vec<Trigger> = if sayings.is_empty() {
            own_triggers
        } else {
            own_triggers.into_iter().filter(|t| !(matches!(t.kind, "troop_deployment" | "protest") && spoken_of(body, t, &sayings))).collect()
        };
        let mut kinds = choose_kinds(body, m, &own_triggers);
        // "officials met in Geneva on Monday and NATO and Russian envoys in Brussels on
        // Wednesday": a date with no word of its own, joined to the sentence's previous date
        // by a plain list, shares that date's happening
        if kinds == ["other"] && own_triggers.is_empty() {
            if let Some((_, _, shared)) = listed.as_ref().filter(|(s, end, _)| *s == si && shares_happening(body, *end, m.start, &near_triggers)) {
                kinds = shared.clone();
            }
        }
        listed = Some((si, m.end, kinds.clone()));
        // the day of a speech whose sentence counts ahead from it dates the speech, and the
        // day counted ahead what was to begin: "Tokayev announced on January 11 that the
        // withdrawal would begin in two days" is a statement on the 11th
        if !reported_ahead && !counted_ahead && kinds.iter().any(|k| matches!(*k, "withdrawal" | "troop_deployment" | "talks")) {
            // (the count the next date of the sentence: "On Monday the leaders met, and on
            // Tuesday X told parliament that … would leave in two days" dates no speech Monday)
            let counted_later = mentions.get(mi + 1).filter(|o| {
                o.start < sentence.end
                    && matches!(o.expr, DateExpr::Days(_))
                    && body.get(o.start..).is_some_and(|r| {
                        r.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("in ")) || r.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("within "))
                    })
            });
            if let Some(o) = counted_later {
                let between = body.get(m.end..o.start).unwrap_or("").to_ascii_lowercase();
                let before = body.get(sentence.start..m.start).unwrap_or("").to_ascii_lowercase();
                let spoke = REPORTED.is_match(&between) || ["told", "announced", "said"].iter().any(|w| before.contains(w));
                // (not a count inside the words quoted: "I told him: \"… will be there in a day\"";
                // a scare-quoted word on the way is closed: the alliance's "peacekeepers" would …)
                // (either way: a day inside a quotation closed before the speech verb is the
                // speaker's too, "“… landed on Thursday,” Tokayev told parliament")
                let quoted = between.matches('"').count() % 2 == 1
                    || between.matches('“').count() != between.matches('”').count()
                    || between.matches('«').count() != between.matches('»').count();
                // (the day of a relative clause inside the report is its own: "said the
                // peacekeepers, who landed on Thursday, would start leaving")
                let relative = before.contains(", who ") || before.contains(", which ") || between.starts_with(',');
                if spoke && !quoted && !relative && (between.contains("would") || between.contains("will")) {
                    kinds = vec!["statement"];
                }
            }
        }
        // a day counted ahead from a speech dates only what was to begin then, not what the
        // speech also said had been done ("… would begin leaving in two days and that he had
        // appointed Smailov")
        if reported_ahead {
            kinds.retain(|k| matches!(*k, "withdrawal" | "troop_deployment" | "talks"));
            if kinds.is_empty() {
                continue;
            }
        }
        // a stamp ("7:42 PM · Jan 6, 2022") reports no happening, but under a social-media
        // post ("Name (@handle): …") it dates that post, a statement
        if kinds == ["other"] && is_stamp(&body[lo..hi]) {
            let line_before = body[..lo].trim_end_matches('\n').rsplit('\n').next().unwrap_or("");
            if !line_before.contains("(@") {
                continue;
            }
            kinds = vec!["statement"];
        }
        let anaphoric = matches!(m.expr, DateExpr::AfterPrevious(_) | DateExpr::DayOfPreviousMonth(_));
        let location = nearest_place(body, m, near_places);
        let (start, end) = (chars.char_of(lo), chars.char_of(hi));
        let participants = participants(speakers, &mention_index, start, end);
        while recent.front().is_some_and(|r| r.paragraph + 1 < sentence.paragraph) || recent.len() > 64 {
            recent.pop_front();
        }
        for kind in kinds {
            let repeat = date.is_some()
                && recent.iter().any(|r| {
                    // (two calls of one day between different people are two events)
                    // (each side naming two: "the two ministers spoke by phone", said by a
                    // ministry, is the same call)
                    let others_took_part = r.participants.len() >= 2
                        && participants.len() >= 2
                        && !r.participants.iter().any(|p| participants.contains(p));
                    r.date == date && r.sentence != si && (r.kind == kind || (quoted && !anaphoric)) && !others_took_part
                });
            if repeat {
                continue;
            }
            recent.push_back(Recent { date, kind, paragraph: sentence.paragraph, sentence: si, participants: participants.clone() });
            events.push(Event {
                date,
                date_precision: precision,
                kind: kind.to_string(),
                location: location.clone(),
                participants: participants.clone(),
                evidence: body[lo..hi].to_string(),
                start,
                end,
            });
        }
    }
    if !headings.is_empty() {
        section_events(body, scan, speakers, &mention_index, &headings, &mut events);
    }
    events
}

/// Whether the words between a date ending at `previous_end` and the next date starting
/// at `at` only list another instance of the same happening: short, with "and" or a comma,
/// no trigger word, no full stop, quotation or reported clause.
fn shares_happening(body: &str, previous_end: usize, at: usize, triggers: &[Trigger]) -> bool {
    let Some(gap) = body.get(previous_end..at) else { return false };
    // (a clause of its own between them has its own happening: "stormed the akimat on
    // Wednesday and calm returned by Friday", "…, a week after the price rise on January 1")
    let clause = gap.split(|c: char| !c.is_alphabetic()).any(|w| {
        let w = w.to_ascii_lowercase();
        (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")))
            || matches!(w.as_str(), "by" | "after" | "before" | "since" | "until" | "than" | "ago" | "was" | "were" | "is" | "are" | "had" | "has" | "have" | "said" | "says" | "week" | "weeks" | "days")
    });
    !clause
        && gap.len() <= 100
        && (gap.contains(" and ") || gap.contains(','))
        && !gap.contains(['.', ';', ':', '"', '“', '”', '«', '»', '(', ')'])
        && !gap.contains(" that ")
        && !triggers.iter().any(|t| t.start < at && t.end > previous_end)
}

/// Whether `text` has fewer than three words besides month and weekday names and clock
/// words: a time stamp, not a sentence.
fn is_stamp(text: &str) -> bool {
    let words = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() > 1)
        .filter(|w| {
            let lower = w.to_ascii_lowercase();
            crate::metadata::month_number(&lower).is_none()
                && !dates::weekday_name(&lower)
                && !matches!(lower.as_str(), "am" | "pm" | "gmt" | "utc" | "et" | "cet" | "msk" | "local" | "time" | "updated" | "at")
        })
        .take(3)
        .count();
    words < 3
}

/// A line that is a date and nothing else ("Thursday, 13 January 2022"), heading the
/// entries of one day in a live blog or digest: where the line starts and ends (bytes)
/// and its day.
fn day_headings(body: &str, mentions: &[DateMention], ctx: &DateContext) -> Vec<(usize, usize, NaiveDate)> {
    let mut out: Vec<(usize, usize, NaiveDate)> = Vec::new();
    for m in mentions {
        if !matches!(m.expr, DateExpr::Calendar { day: Some(_), .. }) {
            continue;
        }
        // a heading is a short line: look at most 40 bytes to each side for its ends
        let mut from = m.start.saturating_sub(40);
        while !body.is_char_boundary(from) {
            from += 1;
        }
        let mut to = (m.end + 40).min(body.len());
        while !body.is_char_boundary(to) {
            to -= 1;
        }
        let line_start = match body[from..m.start].rfind('\n') {
            Some(p) => from + p + 1,
            None if from == 0 => 0,
            None => continue,
        };
        let line_end = match body[m.end..to].find('\n') {
            Some(p) => m.end + p,
            None if to == body.len() => to,
            None => continue,
        };
        let rest = format!("{} {}", &body[line_start..m.start], &body[m.end..line_end]);
        // (a Hijri date may stand beside it: "Sunday 29 Jumada Al-Ula 1443 (2 January 2022)")
        let rest = crate::metadata::without_hijri_date(&rest);
        // (a post's stamp in a channel digest is one too: "[05.01.2022 17:46]")
        // (a weekday may be in brackets: "January 5, 2022 (Wednesday)")
        let only_date = rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '-' | '–' | '—' | ':' | '|' | '[' | ']' | '(' | ')')).all(|w| {
            w.is_empty()
                || dates::weekday_name(w)
                || (w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
                || ["gmt", "utc", "am", "pm"].iter().any(|x| w.eq_ignore_ascii_case(x))
        });
        if !only_date {
            continue;
        }
        let Some(r) = resolve(&m.expr, ctx, None, false).filter(|r| r.granularity == Granularity::Day) else { continue };
        if out.last().is_none_or(|&(_, end, _)| end != line_end) {
            out.push((line_start, line_end, r.date));
        }
    }
    out
}

/// Events of the undated lines under day headings: in each line, the first sentence
/// with an event word gives one event dated by the heading above it, unless the section
/// already has an event of that day and type.
fn section_events(
    body: &str,
    scan: &BodyScan,
    speakers: &SpeakerIndex,
    mention_index: &MentionIndex<'_>,
    headings: &[(usize, usize, NaiveDate)],
    events: &mut Vec<Event>,
) {
    let mut lines = LineMatches::default();
    let mut dated_at = scan.dates.iter().map(|m| m.start).peekable();
    let mut last_paragraph = None;
    // (section, day, type) of every event so far: the main pass's, then this pass's
    let section_of = |char_pos: usize| headings.partition_point(|h| scan.chars.char_of(h.1) <= char_pos);
    let mut known: std::collections::HashSet<(usize, Option<NaiveDate>, String)> =
        events.iter().map(|e| (section_of(e.start), e.date, e.kind.clone())).collect();
    for sentence in &scan.sentences {
        let section = headings.partition_point(|h| h.1 <= sentence.start);
        let Some(&(_, _, day)) = section.checked_sub(1).and_then(|h| headings.get(h)) else { continue };
        while dated_at.peek().is_some_and(|&at| at < sentence.start) {
            dated_at.next();
        }
        // sentences with a date of their own were handled by the main pass
        if dated_at.peek().is_some_and(|&at| at < sentence.end) || last_paragraph == Some(sentence.paragraph) {
            continue;
        }
        lines.cover(body, sentence);
        let triggers: Vec<Trigger> = within(&lines.triggers, |t| (t.start, t.end), sentence.start, sentence.end).to_vec();
        if triggers.is_empty() {
            continue;
        }
        // "X said …": dated as if the day followed the speech verb, so the rules for
        // "X said on Monday that …" apply (a statement, unless a decisive word is close)
        let first = triggers.iter().min_by_key(|t| t.start);
        let pos = first.filter(|t| t.tier == 3).map_or(sentence.start, |t| t.end);
        let at = DateMention { start: pos, end: pos, expr: DateExpr::Vague, until: false, attributive_noun: None };
        let Some(&kind) = choose_kinds(body, &at, &triggers).first() else { continue };
        last_paragraph = Some(sentence.paragraph);
        let (start, end) = (scan.chars.char_of(sentence.start), scan.chars.char_of(sentence.end));
        if !known.insert((section, Some(day), kind.to_string())) {
            continue;
        }
        let places = within(&lines.places, |p| (p.0, p.1), sentence.start, sentence.end).to_vec();
        events.push(Event {
            date: Some(day),
            date_precision: DatePrecision::Day,
            kind: kind.to_string(),
            location: nearest_place(body, &at, &places),
            participants: participants(speakers, mention_index, start, end),
            evidence: body[sentence.start..sentence.end].to_string(),
            start,
            end,
        });
    }
    events.sort_by_key(|e| e.start);
}

static FORCES: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:troops?|forces|contingent|units?|peacekeep\w*|soldiers|servicemen|paratroopers|military|mission|CSTO|aircraft|planes|army|police|guards?|officers|personnel|marines|battalions?)(?-u:\b)")
        .expect("forces pattern compiles")
});

/// Whether the evidence speaks of armed forces.
fn mentions_forces(text: &str) -> bool {
    FORCES.is_match(text)
}

/// Troops named as the subject of a verb of arrival ("the first units of the Russian
/// military arrived", "a day before the first CSTO units landed"), or as the object of a
/// verb of sending or carrying ("began sending about 2,500 troops", "had delivered the
/// Belarusian peacekeepers"), with a few words between (an aside of up to 120 characters
/// before the arrival): the vocabulary's fixed phrases
/// ("troops arrived", "sent troops") need the two words side by side.
static TROOP_MOVEMENT: Lazy<Regex> = Lazy::new(|| {
    // ("military" and bare "land" are left out: "a military helicopter", "the land border")
    let troops = r"(?:troops|forces|contingents?|units|peacekeepers|soldiers|servicemen|paratroopers|battalions?|detachments?)";
    crate::rx::regex(&format!(
        r"(?i)(?-u:\b){troops}(?-u:\b)[^.;:!?\n]{{0,120}}?(?-u:\b)(?P<arrive>arriv(?:ed|es|e|ing)|landed|touched down)(?-u:\b)|(?-u:\b)(?P<send>send|sends|sending|sent|delivered|transferred|flew|flown|ferried|ferrying)(?P<between>(?:\s+[\w,.-]+){{0,4}}?)\s+{troops}(?-u:\b)"
    ))
    .expect("troop-movement pattern compiles")
});

/// Words allowed between a verb of sending and the troops it sends: quantities,
/// determiners and (capitalised) nationalities ("sending about 2,500 Russian troops").
const SENT_QUANTITY_WORDS: [&str; 22] = [
    "about", "some", "around", "over", "more", "than", "up", "to", "nearly", "almost", "a", "an", "additional", "another", "its",
    "their", "the", "first", "extra", "further", "several", "of",
];

/// Words between troops and a verb of arrival that give the verb a subject of its own
/// ("soldiers guarded the airport, where flights landed", "the military said the minister
/// would land", "stood guard as the minister landed").
const OWN_SUBJECT_WORDS: [&str; 11] = [" who ", " which ", " where ", " when ", " while ", " after ", " before ", " said ", " says ", " told ", " as "];

/// Words that deny what follows them ("had not sent", "never arrived", "hasn't commented").
const NEGATIONS: [&str; 3] = [" not ", "n't ", " never "];

/// The troop movements of `body[lo..hi]` as decisive deployment triggers at their verbs.
fn troop_movements(body: &str, lo: usize, hi: usize) -> Vec<Trigger> {
    let Some(text) = body.get(lo..hi) else { return Vec::new() };
    TROOP_MOVEMENT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let verb = c.name("arrive").or_else(|| c.name("send"))?;
            // (carried "home" or "back" is a return, not a deployment; "had not sent",
            // "never arrived" moved no one)
            let after = text[whole.end()..].trim_start().to_ascii_lowercase();
            let lead = text[..whole.start()].to_ascii_lowercase();
            let lead = lead.get(lead.len().saturating_sub(30)..).unwrap_or("");
            if after.starts_with("home") || after.starts_with("back") || NEGATIONS.iter().chain(&["refused", "denied"]).any(|w| lead.contains(w)) {
                return None;
            }
            if c.name("arrive").is_some() {
                let between = text[whole.start()..verb.start()].to_ascii_lowercase();
                let before_troops = text[..whole.start()].trim_end().rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
                let civil = matches!(before_troops.as_str(), "police" | "emergency" | "rescue" | "fire" | "medical" | "ambulance" | "aid");
                // (a relative pronoun right after the troops is theirs when it tells of an arrival:
                // "CSTO forces, who arrived on Thursday"; not another subject after it, "troops,
                // which Tokayev said arrived", nor a habit, "soldiers who arrive as guests")
                let told = verb.as_str().ends_with("ed") || verb.as_str().ends_with("down");
                let own_from = [", who ", " who ", ", which ", " which "]
                    .iter()
                    .filter(|_| told)
                    .find_map(|p| between.find(p).filter(|&at| !between[..at].contains(' ')).map(|at| at + p.len() - 1))
                    .unwrap_or(0);
                let between = &between[own_from..];
                if civil || OWN_SUBJECT_WORDS.iter().any(|w| between.contains(w)) || NEGATIONS.iter().chain(&[" home "]).any(|w| between.contains(w)) {
                    return None;
                }
            } else {
                // (only quantities and nationalities between the verb and the troops: "sent a
                // message to the troops", "sent condolences to the families of soldiers" send none)
                let between = c.name("between").map_or("", |m| m.as_str());
                let plain = between.split_whitespace().all(|w| {
                    let w = w.trim_matches(',');
                    w.starts_with(|ch: char| ch.is_uppercase() || ch.is_ascii_digit()) || SENT_QUANTITY_WORDS.contains(&w.to_ascii_lowercase().as_str())
                });
                // ("approved the sending of a contingent": the decision, not the movement)
                if !plain || text[verb.end()..].starts_with(" of ") {
                    return None;
                }
            }
            Some(Trigger { start: lo + verb.start(), end: lo + verb.end(), kind: "troop_deployment", tier: 1 })
        })
        .collect()
}

/// Whether the deployment word `t` names the deployment as a thing spoken of ("the
/// deployment", "its deployment") or a decision ("the decision to send"), not the troops moving;
/// or a protest word is the object of one of the `sayings` ("condemned the unrest").
fn spoken_of(body: &str, t: &Trigger, sayings: &[Trigger]) -> bool {
    let word = body.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
    let mut from = t.start.saturating_sub(24);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let before = body[from..t.start].to_ascii_lowercase();
    let last = before.split_whitespace().last().unwrap_or("");
    let determiner = matches!(last, "the" | "this" | "its" | "their" | "a");
    // (the protests or the protesters spoken of: "condemned the unrest", "rejected calls
    // for talks with protesters")
    // (the saying's own object, a few words after its verb)
    let object_of_saying = sayings.iter().any(|s| s.end <= t.start && t.start - s.end <= 40 && !body.get(s.end..t.start).unwrap_or(",").contains([',', '.', ';']));
    let crowd = matches!(word.as_str(), "unrest" | "protests" | "protest" | "protesters" | "demonstrators" | "riots" | "rioters" | "uprising")
        && (determiner || last == "with")
        && object_of_saying;
    (word.starts_with("deployment") && determiner) || crowd || before.trim_end().ends_with("decision to")
}

/// Words naming a government's own people or bodies as the other side of a meeting.
static INTERNAL_PARTIES: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"(?i-u)\b(?:servicemen|soldiers|community|entrepreneurs|businesses|heads of regions|akims|regional|governors|defen[cs]e officials|security officials|law enforcement|members of the government|employees|residents|students|veterans|families|commanders|headquarters|senate|mazhilis|duma|plenary|deputies|senators|journalists|parliament|cabinet session)\b",
    )
    .expect("internal-parties pattern compiles")
});

/// Words naming another state or an international body as the other side.
static FOREIGN_PARTIES: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"(?i-u)\b(?:counterpart|ambassador|envoy|delegation|foreign minister|secretary of state|nato|osce|csto|united nations|european|russia|united states|u\.s\.|china|kazakh side|president of|prime minister of|collective security|heads of state|leaders|dinner)(?:\b|\.)",
    )
    .expect("foreign-parties pattern compiles")
});

/// Whether the meeting word `t` meets only the government's own people: the words around it
/// name one of [`INTERNAL_PARTIES`] and none of [`FOREIGN_PARTIES`] (whole words:
/// "interregional" holds no "regional").
fn internal_meeting(body: &str, t: &Trigger) -> bool {
    let mut lo = t.start.saturating_sub(50);
    while !body.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (t.end + 70).min(body.len());
    while !body.is_char_boundary(hi) {
        hi += 1;
    }
    let around = &body[lo..hi];
    INTERNAL_PARTIES.is_match(around) && !FOREIGN_PARTIES.is_match(around)
}

/// The end of a withdrawal set for a day, its words right before the date: "would be
/// completed by January 19", "the last units will be home by", "are due to leave by".
static COMPLETED_BY: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"(?i-u)\b(?:(?:be|been|is|are)\s+(?:completed?|finished|over|home|out|back|gone)(?:\s+(?:at|in|to)\s+(?:their|its)\s+(?:bases?|barracks|home bases|permanent bases))?|leave|withdrawn|pulled out)\s+by\s+$",
    )
    .expect("completed-by pattern compiles")
});

/// What a withdrawal's completion is said of: the withdrawal itself or the forces.
static WITHDRAWING: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i-u)\b(?:withdrawal|pull-?out|return|handover|troops|forces|units|contingents?|peacekeepers|soldiers|servicemen|paratroopers|aircraft|planes|mission|operation|process)\b")
        .expect("withdrawing pattern compiles")
});

/// A withdrawal trigger for the day `m` when the words right before it set the end of the
/// forces' withdrawal ([`COMPLETED_BY`]): the deadline is the day the last units leave.
fn completed_by(body: &str, lo: usize, m: &DateMention) -> Option<Trigger> {
    let before = body.get(lo..m.start)?;
    // (most dates follow no "by": answered before any pattern runs)
    let head = before.trim_end().as_bytes();
    if head.len() < 3 || !head[head.len() - 3..].eq_ignore_ascii_case(b" by") {
        return None;
    }
    let tail_from = before.len().saturating_sub(160);
    let tail_from = (tail_from..before.len()).find(|&i| before.is_char_boundary(i)).unwrap_or(before.len());
    let tail = &before[tail_from..];
    let found = COMPLETED_BY.find(tail)?;
    // (what is to be over must be the withdrawal or the forces, named in the completion's own
    // clause: not "Security forces said internet access would be back by Monday")
    let clause_from = [" said ", " says ", " that ", "; "].iter().filter_map(|b| tail[..found.start()].rfind(b).map(|at| at + b.len())).max().unwrap_or(0);
    if !WITHDRAWING.is_match(&tail[clause_from..found.start()]) {
        return None;
    }
    Some(Trigger { start: lo + tail_from + found.start(), end: lo + tail_from + found.end(), kind: "withdrawal", tier: 1 })
}

/// Hours spent at a table: "spent nearly eight hours with", "talked for more than seven
/// hours", "met for four hours".
static HOURS_AT_THE_TABLE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"(?i-u)\b(?:spent|spending|talked for|met for|sat for|negotiated for|talking for)\s+(?:nearly |almost |more than |about |over |some |roughly |around )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:-and-a-half| and a half)?\s+hours\b",
    )
    .expect("hours-at-the-table pattern compiles")
});

/// The sittings of `body[lo..hi]` ([`HOURS_AT_THE_TABLE`]) as talks triggers.
fn hours_at_the_table(body: &str, lo: usize, hi: usize) -> Vec<Trigger> {
    let Some(text) = body.get(lo..hi) else { return Vec::new() };
    HOURS_AT_THE_TABLE.find_iter(text).map(|m| Trigger { start: lo + m.start(), end: lo + m.end(), kind: "talks", tier: 2 }).collect()
}

/// A person approved for a post: "approved Alikhan Smailov as", "approved his choice of",
/// "approved the president’s choice", "approved the new prime minister" (not "approved the
/// deployment").
static APPROVED_PERSON: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"(?-u:\b)(?:approved|endorsed|confirmed)\s+(?:(?:his|her|the president['’]s)\s+(?:choice|nominee|candidate|pick)(?-u:\b)|(?:a|the|its) new (?:prime minister|premier|head of government)(?-u:\b)|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+\s+as(?-u:\b)|[A-Z][a-z]+ [A-Z][a-z]+ (?:for|to) the post(?-u:\b))",
    )
    .expect("approved-person pattern compiles")
});

/// The approvals of a person for a post in `body[lo..hi]` ([`APPROVED_PERSON`]) as
/// appointment triggers.
fn approvals(body: &str, lo: usize, hi: usize) -> Vec<Trigger> {
    let Some(text) = body.get(lo..hi) else { return Vec::new() };
    APPROVED_PERSON.find_iter(text).map(|m| Trigger { start: lo + m.start(), end: lo + m.end(), kind: "appointment", tier: 1 }).collect()
}

/// Withdrawal and arrival words that name troops moving only when forces are mentioned:
/// "the figure was later withdrawn" withdraws a report, "the diplomat flew home" is no
/// pullout, "the minister flew to Oslo", "flights began arriving" or "the minister's plane
/// landed" no deployment.
fn needs_forces(trigger: &str) -> bool {
    let t = trigger.to_ascii_lowercase();
    t == "withdrawn"
        || t == "withdrew"
        || t.ends_with(" home")
        || t.contains("leav")
        || t.contains("to leave")
        || t.contains("arriv")
        || t.ends_with(" landing")
        || t.ends_with(" landed")
        || t.starts_with("fan")
        || t.starts_with("fl")
}

/// A word of saying that is denied: "has not commented", "declined to comment", "never said".
fn denied_speech(body: &str, t: &Trigger) -> bool {
    if t.tier != 3 {
        return false;
    }
    let mut from = t.start.saturating_sub(24);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let before = body[from..t.start].to_ascii_lowercase();
    NEGATIONS.iter().chain(&["declined to ", "refused to ", " no "]).any(|w| before.contains(w))
}

/// "Her sister called on Sunday": a telephone call on a day, not a call on someone to act.
fn phoned_on_a_day(body: &str, t: &Trigger) -> bool {
    let word = body.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
    if !word.ends_with(" on") {
        return false;
    }
    let rest = body.get(t.end..).unwrap_or("");
    let mut words = rest.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase());
    let next = words.next().unwrap_or_default();
    // (or on a part of a day: "called on the night of Jan. 5")
    let part_of_day = next == "the" && words.next().is_some_and(|w| matches!(w.as_str(), "night" | "morning" | "evening" | "afternoon" | "eve"));
    let dated = crate::events::dates::weekday_name(&next) || crate::metadata::month_number(&next).is_some() || next.starts_with(|c: char| c.is_ascii_digit()) || part_of_day;
    // (a call on a day for something is the saying: "called on Thursday for restraint"; "called
    // on Sunday to say she was safe" is the telephone's)
    let clause = rest.split(['.', ';', ',', '\n']).next().unwrap_or("").to_ascii_lowercase();
    dated && !clause.contains(" for ")
}

/// "to exercise restraint", "exercised their right": the verb, not a military exercise.
fn exercises_a_quality(body: &str, t: &Trigger) -> bool {
    let word = body[t.start..t.end].to_ascii_lowercase();
    if !word.starts_with("exercis") {
        return false;
    }
    let next = body[t.end..].split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphabetic()).to_ascii_lowercase();
    matches!(
        next.as_str(),
        "restraint" | "caution" | "patience" | "vigilance" | "control" | "power" | "powers" | "influence" | "their" | "its" | "his" | "her"
            | "maximum" | "utmost" | "great" | "due"
    )
}

/// The byte offset of the last clause break (", and", ";", ", but", ", while", "followed
/// by") between two date mentions, if any.
fn clause_break_between(body: &str, a: &DateMention, b: &DateMention) -> Option<usize> {
    let (from, to) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    let gap = body.get(from..to)?;
    let marked = [", and ", "; ", ", but ", ", while ", ", whereas ", " followed by ", ", then "]
        .iter()
        .filter_map(|sep| gap.rfind(sep))
        .max()
        .map(|at| from + at);
    // "a NATO meeting in Brussels on Wednesday and an OSCE meeting in Vienna on Thursday":
    // a plain "and" right after the first date, before a noun, starts the second date's
    // clause (not before a verb of the same subject: "addressed the Mazhilis this morning
    // and announced that …")
    let noun_after_and = gap.strip_prefix(" and ").and_then(|rest| rest.split_whitespace().next()).is_some_and(|w| {
        matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her") || w.starts_with(char::is_uppercase)
    });
    marked.or_else(|| noun_after_and.then_some(from))
}

/// Whether a comma, semicolon or "and" stands between two date mentions, so that each
/// heads its own clause ("On January 7 …, and on January 8 …"), unlike a range or a
/// restatement ("January 7 and 8", "Friday, January 7").
fn separated_by_clause(body: &str, a: &DateMention, b: &DateMention) -> bool {
    let (lo, hi) = if a.end <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    let gap = body.get(lo..hi).unwrap_or("");
    gap.len() > 12 && (gap.contains([',', ';']) || gap.contains(" and "))
}

/// The triggers and places of the lines scanned so far, in text order.
///
/// Both rules never match across a `\n` and see it as a word boundary, so scanning only
/// some lines finds exactly the matches a scan of the whole text finds in them.
#[derive(Default)]
struct LineMatches {
    triggers: Vec<Trigger>,
    places: Vec<(usize, usize)>,
    /// Byte offset up to which the text is scanned: 0, or the end of a line.
    scanned: usize,
}

impl LineMatches {
    /// Scans the line holding `sentence` unless it already is (sentences come in text order,
    /// and none spans a line break).
    fn cover(&mut self, body: &str, sentence: &Sentence) {
        if sentence.end <= self.scanned {
            return; // its line is scanned already
        }
        let line_start = body[..sentence.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = body[sentence.end..].find('\n').map_or(body.len(), |i| sentence.end + i);
        let from = line_start.max(self.scanned);
        if from < line_end {
            self.triggers.extend(find_triggers_in(body, from..line_end));
            self.places.extend(find_places_in(body, from..line_end));
            self.scanned = line_end;
        }
    }
}

/// Longest evidence kept around a date, in bytes on each side, for very long sentences.
const WINDOW: usize = 300;

/// The byte span of the evidence for a mention: its sentence, or for a sentence longer
/// than two windows, the words within [`WINDOW`] bytes of the mention.
pub(crate) fn window(body: &str, sentence: &Sentence, m: &DateMention) -> (usize, usize) {
    clamp_span(body, sentence.start, sentence.end, m.start, m.end)
}

/// The span `[start, end)` when it is short, else the words within [`WINDOW`] bytes of `[at, at_end)`.
pub(crate) fn clamp_span(body: &str, start: usize, end: usize, at: usize, at_end: usize) -> (usize, usize) {
    if end - start <= 2 * WINDOW {
        return (start, end);
    }
    let mut lo = at.saturating_sub(WINDOW).max(start);
    while !body.is_char_boundary(lo) {
        lo += 1;
    }
    if lo > start {
        // start at the next word
        if let Some(p) = body[lo..at].find(' ') {
            lo += p + 1;
        }
    }
    let mut hi = (at_end + WINDOW).min(end);
    while !body.is_char_boundary(hi) {
        hi -= 1;
    }
    if hi < end {
        if let Some(p) = body[at_end..hi].rfind(' ') {
            hi = at_end + p;
        }
    }
    (lo, hi.max(at_end))
}

/// The items of a position-sorted slice lying inside `[lo, hi)`.
/// Whether a date mention counts days from "within": "within ten days" (a deadline), "within
/// two days" (a start, when a speech looks ahead).
fn deadline_count(body: &str, m: &DateMention) -> bool {
    body.get(m.start..).and_then(|rest| rest.get(..7)).is_some_and(|w| w.eq_ignore_ascii_case("within "))
}

fn within<T>(items: &[T], span: impl Fn(&T) -> (usize, usize), lo: usize, hi: usize) -> &[T] {
    let a = items.partition_point(|t| span(t).0 < lo);
    let b = items.partition_point(|t| span(t).0 < hi);
    let b = b.max(a);
    let mut end = b;
    while end > a && span(&items[end - 1]).1 > hi {
        end -= 1;
    }
    &items[a..end]
}

/// Counts double quote marks through a text in one forward pass, paragraph by paragraph.
#[derive(Default)]
struct QuoteCounter {
    paragraph_start: usize,
    position: usize,
    count: usize,
}

impl QuoteCounter {
    /// True when byte `at` lies inside a double-quoted span opened earlier in its paragraph.
    fn inside(&mut self, body: &str, paragraph_start: usize, at: usize) -> bool {
        if paragraph_start != self.paragraph_start || at < self.position {
            *self = QuoteCounter { paragraph_start, position: paragraph_start, count: 0 };
        }
        if let Some(piece) = body.get(self.position..at) {
            self.count += piece.chars().filter(|c| matches!(c, '"' | '“' | '”')).count();
            self.position = at;
        }
        self.count % 2 == 1
    }
}

struct Recent {
    date: Option<NaiveDate>,
    kind: &'static str,
    paragraph: usize,
    sentence: usize,
    /// speakers taking part (indexes into the speaker index)
    participants: Vec<usize>,
}

/// Byte offset where each paragraph starts (the start of its first sentence).
fn paragraph_starts(body: &str, sents: &[Sentence]) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for s in sents {
        if out.len() == s.paragraph {
            let line_start = body[..s.start].rfind('\n').map_or(0, |p| p + 1);
            out.push(line_start);
        }
    }
    out
}

/// Nouns that a date can label without dating a happening ("the March 2 letter").
const DOCUMENT_NOUNS: &[&str] = &[
    "letter", "letters", "edition", "issue", "memo", "note", "article", "column", "post", "version", "draft",
    "document", "newsletter", "broadcast", "episode",
];

/// Mentions that do not date a happening of their own.
fn skip_mention(body: &str, m: &DateMention, next: Option<&DateMention>) -> bool {
    if m.until {
        return true;
    }
    // a wire dateline ("ALMATY, Jan 7 (Reuters) -") dates the report, not a happening
    let line_start = body[..m.start].rfind('\n').map_or(0, |p| p + 1);
    let lead = body[line_start..m.start].trim();
    if lead.ends_with(',') && lead.len() > 2 && lead.chars().all(|c| c.is_uppercase() || matches!(c, ' ' | ',' | '-' | '.' | '\'')) {
        return true;
    }
    if matches!(m.expr, DateExpr::Years(_) | DateExpr::Vague) {
        return true;
    }
    if let Some(noun) = &m.attributive_noun {
        // "the January 10 letter" labels a document; "the January 22 deadline" or "the
        // January 12 meeting" still dates a happening
        if DOCUMENT_NOUNS.contains(&noun.to_ascii_lowercase().as_str()) {
            return true;
        }
    }
    // "the following day, January 13": the explicit date that follows stands for both
    if let Some(n) = next {
        let gap = body.get(m.end..n.start).unwrap_or("x");
        // only an explicit date restates this one: "on Thursday, a week after ..." keeps Thursday
        let restates = matches!(n.expr, DateExpr::Calendar { .. } | DateExpr::Days(_));
        if matches!(gap.trim(), "," | "-" | "–" | "—" | "(") && restates {
            return true;
        }
    }
    false
}

static FUTURE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:will|shall|is expected to|are expected to|is scheduled|are scheduled|is due|are due|is set to|are set to|is slated|are slated|to be held|plans? to|planned for|(?:is|are) planned|(?:is|are) to (?:meet|hold|host|begin|start|resume|open|convene|travel|visit|attend|sign|vote|address|discuss|take place)|upcoming|(?:has|have) (?:promised|pledged|vowed) to)(?-u:\b)|’ll(?-u:\b)|'ll(?-u:\b)")
        .expect("future pattern compiles")
});

/// Words that put what follows before the schedule ("… on Monday, after Blinken spoke …").
static AFTER_WORD: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:after|since|ago|before|weeks|days)(?-u:\b)").expect("after-word pattern compiles")
});

/// Where reported speech starts in a clause ("told parliament that", "said").
static REPORTED: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:that|said|says|told|tells|announced|warned|stated|added)(?-u:\b)").expect("reported-speech pattern compiles")
});

/// A label opening a list of what is still to come ("Next:", "Coming up:"), or a newsletter's
/// "Expect …".
static AHEAD_LABEL: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)^\W*(?:(?:next|coming up|up next|coming next|still to come|looking ahead|the week ahead|ahead)\s*:|expect(?-u:\b))")
        .expect("ahead-label pattern compiles")
});

/// Words that set what follows them back in time or into a clause of its own ("after the riots",
/// "the riots that swept Almaty").
static SET_BACK: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?i)(?-u:\b)(?:after|since|ago|before|that|which|who|when|where|following)(?-u:\b)").expect("set-back pattern compiles")
});

/// A meeting or journey in the present tense, which news uses for a schedule: "the
/// delegations sit down in Geneva on Monday", "Blinken travels to Berlin on Thursday", "the
/// talks move to Brussels on Wednesday and conclude Thursday in Vienna".
static PRESENT_SCHEDULE: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"(?i)(?-u:\b)(?:meets?|sits? down|convenes?|begins?|starts?|resumes?|kicks? off|gets? under ?way|travels?|fly|flies|hosts?|heads? (?:to|for)|moves? (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:to|on to)|shifts? to|concludes?|wraps? up|visits|opens?|(?:is|are) followed by)(?-u:\b)",
    )
    .expect("present-schedule pattern compiles")
});

/// Words that put a clause in the past, which a present-tense schedule verb cannot outweigh.
static PAST_MARKER: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(
        r"(?i)(?-u:\b)(?:was|were|had|did|has|have|been|said|told|met|held|took|went|came|began|gave|sent|flew|fled|left|led|made|won|lost|spoke|saw|brought|kept|fell|rose|struck|shot|wrote|stood|sat|yesterday|ago|earlier|last)(?-u:\b)",
    )
    .expect("past-marker pattern compiles")
});

/// Whether a clause is told in the past: a past auxiliary or common past verb, any other
/// word in "-ed" but the few that announce a plan ("scheduled", "expected"), or a time
/// word that looks back ("after", "ago").
fn told_in_past(clause: &str) -> bool {
    PAST_MARKER.is_match(clause)
        || clause.split(|c: char| !c.is_alphabetic()).any(|w| {
            w.len() > 4
                && w.get(w.len() - 2..).is_some_and(|end| end.eq_ignore_ascii_case("ed"))
                && !["scheduled", "expected", "planned", "slated", "proposed", "intended", "needed", "united"].iter().any(|p| w.eq_ignore_ascii_case(p))
                // ("followed by" orders a schedule: "meets Wednesday, followed by the OSCE"; a
                // visit that "followed a week of clashes" is past)
                && !(w.eq_ignore_ascii_case("followed") && followed_by(clause, w))
        })
}

/// Whether the word `w` (a slice of `clause`) is followed by "by".
fn followed_by(clause: &str, w: &str) -> bool {
    let at = w.as_ptr() as usize - clause.as_ptr() as usize + w.len();
    clause.get(at..).is_some_and(|rest| rest.trim_start().to_ascii_lowercase().starts_with("by "))
}

/// Whether the present-tense schedule verb of `clause` is a verb of its own, not an
/// infinitive ("rushed to meet their demands").
fn present_schedule(clause: &str) -> bool {
    PRESENT_SCHEDULE.find_iter(clause).any(|v| !clause[..v.start()].trim_end().to_ascii_lowercase().ends_with(" to"))
}

/// Whether the words between two weekdays of a sentence list them in order ("on Thursday
/// night and Traktor Chelyabinsk on Saturday", "on Monday, then on Wednesday"): the second
/// is then not a day before the first.
fn lists_after(body: &str, previous_end: usize, start: usize) -> bool {
    body.get(previous_end..start).is_some_and(|gap| {
        let lower = gap.to_ascii_lowercase();
        gap.len() <= 80
            && !gap.contains(['.', ';', '"', '“', '”'])
            && (lower.contains(" and ") || lower.contains("then") || lower.contains("followed by"))
            && !AFTER_WORD.is_match(gap)
    })
}

/// Whether the date `m` continues a schedule begun by an earlier date of its sentence that
/// was still to come: "sit down in Geneva on Monday, then it's the NATO-Russia Council in
/// Brussels on Wednesday and the OSCE in Vienna on Thursday". The words between the two
/// dates must neither report speech nor turn to the past.
fn continues_schedule(body: &str, previous_end: usize, m: &DateMention) -> bool {
    body.get(previous_end..m.start).is_some_and(|gap| {
        gap.len() <= 120 && !gap.contains(['.', ';', '"', '“', '”']) && !told_in_past(gap) && !REPORTED.is_match(gap) && !AFTER_WORD.is_match(gap)
    })
}

/// Whether the clause holding the date (within the evidence span `[lo, hi)`) speaks of something still to come.
fn speaks_of_future(body: &str, lo: usize, hi: usize, m: &DateMention) -> bool {
    let before = body.get(lo..m.start).unwrap_or("");
    // a list of what comes next ("Next: NATO-Russia Council in Brussels Wednesday, OSCE in
    // Vienna Thursday") or a newsletter's "Expect …", when the words up to the date tell of
    // nothing past ("Expect more arrests after the riots that swept Almaty on Wednesday")
    if AHEAD_LABEL.is_match(before) && !told_in_past(before) && !SET_BACK.is_match(before) {
        return true;
    }
    let clause_start = before.rfind([',', ';', ':']).map_or(lo, |p| lo + p + 1);
    let after = body.get(m.end..hi).unwrap_or("");
    // a fronted date ("on Thursday, the OSCE will meet") belongs to the clause after its comma
    // (or "Monday, when they sit down in Geneva"); a date closing its clause before "and" and
    // a new one does not ("held talks in Geneva on Monday, and NATO will meet Russia on Wednesday")
    let opens_clause = body.get(clause_start..m.start).is_some_and(|w| w.split_whitespace().count() <= 2);
    let joins_new_clause = |rest: &str| {
        let first = rest.split_whitespace().next().unwrap_or("").to_ascii_lowercase();
        matches!(first.as_str(), "and" | "but" | "while" | "whereas")
    };
    // (or a colon after it opening the sentence: "Also Monday: a summit of the alliance is
    // expected to …"; not "told parliament on Tuesday: “There will be …”")
    let fronted = after
        .trim_start()
        .strip_prefix(',')
        .or_else(|| after.trim_start().strip_prefix(':').filter(|_| opens_clause))
        .filter(|rest| opens_clause || !joins_new_clause(rest))
        .map(|rest| after.len() - rest.len());
    let (skip, rest) = match fronted {
        Some(k) => (k, &after[k..]),
        None => (0, after),
    };
    let mut clause_end = rest.find([',', ';', ':']).map_or(hi, |p| m.end + skip + p);
    if fronted.is_some() {
        // … but not into what is reported: "On Tuesday, Tokayev told parliament that … will …"
        let clause = body.get(m.end + skip..clause_end).unwrap_or("");
        if let Some(cut) = REPORTED.find(clause) {
            clause_end = m.end + skip + cut.start();
        }
    }
    let weekday = matches!(m.expr, DateExpr::Weekday { .. });
    // "ahead of Monday's meeting", "is the meeting still on for Monday?": the day is to come
    let lead = before.trim_end().to_ascii_lowercase();
    let own = body.get(clause_start..m.start).unwrap_or("");
    // (unless told as past: "the mourning was set for Monday", "flown in ahead of Monday's
    // summit, where the president praised the mission")
    let rest_of_sentence = body.get(m.end..hi).unwrap_or("");
    // (also a named thing of that day: "met on Sunday ahead of the formal dialogue on Monday")
    let ahead_of_thing = own.to_ascii_lowercase().rfind("ahead of").is_some_and(|p| {
        let thing = &own[p + "ahead of".len()..];
        thing.split_whitespace().count() <= 8 && thing.trim_end().ends_with(" on") && !told_in_past(thing)
    });
    let ahead = lead.ends_with("ahead of") || lead.ends_with("run-up to") || ahead_of_thing;
    if weekday && ((ahead && !told_in_past(rest_of_sentence)) || (lead.ends_with(" for") && !told_in_past(own))) {
        return true;
    }
    // (a present-tense schedule only in a sentence with no past in it: "Putin hosts a summit
    // on Monday, the Kremlin announced on Friday" counts from that Friday)
    let tense_of = |clause: &str| {
        FUTURE.is_match(clause) || (weekday && present_schedule(clause) && !told_in_past(body.get(lo..hi).unwrap_or("")))
    };
    // a date that is a clause of its own closing the sentence ("He will address a summit of
    // the alliance, whose force arrived last week, on Monday.") takes the tense of the
    // sentence's first clause
    let own_clause = body.get(clause_start..m.start).is_some_and(|w| matches!(w.trim(), "" | "on" | "by"))
        && body.get(m.end..clause_end).is_some_and(|w| w.trim().trim_end_matches(['.', '!']).is_empty());
    if own_clause && clause_start > lo {
        let first_end = before.find([',', ';', ':']).map_or(m.start, |p| lo + p);
        // (nothing between may report it: "…, Tokayev said in parliament, on Tuesday")
        let between_reports = body.get(first_end..m.start).is_some_and(|w| REPORTED.is_match(w));
        if !between_reports && body.get(lo..first_end).is_some_and(|first| tense_of(first) && !REPORTED.is_match(first)) {
            return true;
        }
    }
    body.get(clause_start..clause_end).is_some_and(tense_of)
}

/// Whether the words just before byte `at`, in the same clause, propose or call for what
/// follows ("proposed a three-way meeting", "called for talks").
fn proposed_before(body: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(40);
    while !body.is_char_boundary(from) {
        from += 1;
    }
    let before = body.get(from..at).unwrap_or("").to_ascii_lowercase();
    let clause = before.rsplit(['.', ',', ';', ':']).next().unwrap_or("");
    ["propos", "called for", "calls for", "call for", "calling for", "suggested", "offered"].iter().any(|p| clause.contains(p))
}

/// Whether the words between a verb of saying and its date name at most the audience of
/// the saying: "said on", "told reporters on", "in a speech to parliament on".
fn audience_only(gap: &str) -> bool {
    let gap = gap.trim();
    let gap = ["late on", "early on", "earlier on", "later on", "on"]
        .iter()
        .find_map(|w| gap.strip_suffix(w).filter(|rest| rest.is_empty() || rest.ends_with(' ')))
        .unwrap_or(gap)
        .trim_end();
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 4
        && words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\''))
        && !words.iter().any(|w| ["that", "and", "but", "after", "before", "since", "until", "by", "from", "of"].contains(&w.to_ascii_lowercase().as_str()))
}

/// The event types of a dated mention: the nearest trigger of the strongest tier, plus
/// any other decisive trigger coordinated with it by "and".
/// Whether the date is when protests began: "since the unrest began on January 2", "the
/// riots, which started on January 2", "Since protests broke out on January 2".
fn protests_began(body: &str, m: &DateMention) -> bool {
    let before = body.get(..m.start).unwrap_or("").trim_end();
    let before = before.strip_suffix(" on").or_else(|| before.strip_suffix(" in")).unwrap_or(before).trim_end();
    let Some(head) = ["began", "started", "broke out", "erupted", "flared up", "begun"].iter().find_map(|v| before.strip_suffix(v)) else {
        return false;
    };
    // the happening named just before the verb, or before the "which" that stands for it
    let tail: String = head.chars().rev().take(60).collect::<Vec<_>>().into_iter().rev().collect();
    let tail = tail.to_lowercase();
    let words: Vec<&str> = tail.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let protest_word = |w: &&str| matches!(*w, "protest" | "protests" | "unrest" | "riots" | "rioting" | "demonstrations" | "clashes" | "violence" | "uprising" | "turmoil" | "crisis");
    // (the happening's own word, and no talks or trial about it: "Talks on ending the violence
    // began on Monday")
    let about = |w: &&str| matches!(*w, "talks" | "negotiations" | "meeting" | "trial" | "hearing" | "inquiry" | "investigation" | "ending");
    // ("the crisis", not "the financial crisis": a crisis of its own kind is no unrest)
    let bare_crisis = |at: usize| words[at] != "crisis" || (at > 0 && matches!(words[at - 1], "the" | "this" | "a"));
    let n = words.len();
    let own = (n > 0 && protest_word(&words[n - 1]) && bare_crisis(n - 1))
        || (words.last() == Some(&"which") && (0..n).rev().skip(1).take(3).any(|at| protest_word(&words[at]) && bare_crisis(at)));
    own && !words.iter().rev().take(6).any(about)
}

fn choose_kinds(body: &str, m: &DateMention, triggers: &[Trigger]) -> Vec<&'static str> {
    let mut kinds = choose_kinds_by_nearest(body, m, triggers);
    // "26 were killed and more than 3,000 detained": a count of the dead next to one of the
    // detained reports the toll, whichever word is the nearer or the stronger
    // (the two counts side by side, not a cause given for the arrests: "detained 120 people
    // suspected of killing two officers", "arrested 45 after 12 officers were injured")
    let side_by_side = |t: &Trigger| {
        triggers.iter().filter(|a| a.kind == "arrest").any(|a| {
            let (from, to) = if a.end <= t.start { (a.end, t.start) } else { (t.end, a.start) };
            let between = body.get(from..to).unwrap_or("").to_lowercase();
            let words: Vec<&str> = between.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            between.len() <= 200
                && (between.contains(" and ") || between.contains(',') || between.contains(';'))
                && !words.iter().any(|w| {
                    matches!(*w, "after" | "over" | "suspected" | "accused" | "charged" | "whose" | "following" | "because")
                })
        })
    };
    if kinds.contains(&"arrest")
        && !kinds.contains(&"casualty_report")
        && triggers.iter().any(|t| t.kind == "casualty_report" && counts_before(body, t.start) && side_by_side(t))
    {
        kinds.retain(|k| *k != "arrest");
        kinds.insert(0, "casualty_report");
    }
    // (an authority's tally of the detained, given on that day, reports figures as a toll does:
    // "The Interior Ministry said on Tuesday that 9,900 people had been detained"; a handful
    // taken into custody is the arrest itself)
    // (the day the arrests' own, no comma between: "Police detained 300 protesters on Tuesday,
    // witnesses said" is the arrest)
    let arrests_day = triggers.iter().any(|t| t.kind == "arrest" && t.end <= m.start && !body.get(t.end..m.start).unwrap_or(",").contains([',', ';', '.']));
    if kinds.first() == Some(&"arrest") && !arrests_day && reported_on(body, m) && triggers.iter().any(|t| t.kind == "arrest" && tally_before(body, t.start)) {
        kinds.retain(|k| *k != "arrest");
        kinds.insert(0, "casualty_report");
    }
    // (so is a count of the dead published or given as a figure that day: "A figure of 164 dead,
    // published on Sunday …", "By Monday, the figure had risen to 7,939")
    if kinds.first().is_some_and(|k| matches!(*k, "other" | "statement")) && toll_in_sentence(body, m, triggers) {
        kinds.retain(|k| !matches!(*k, "other" | "statement"));
        kinds.insert(0, "casualty_report");
    }
    // (so is a saying on that day that counts the dead or hurt: "The ministry said on Friday that
    // 26 attackers had been killed")
    if kinds.first() == Some(&"statement")
        && reported_on(body, m)
        && triggers.iter().any(|t| t.kind == "casualty_report" && counts_before(body, t.start) && in_sentence_of(body, m, t))
    {
        kinds.retain(|k| *k != "statement");
        kinds.insert(0, "casualty_report");
    }
    kinds
}

/// Whether the sentence of date mention `m` gives a toll: a count of the dead or hurt ("a
/// figure of 164 dead"), or a figure, toll or tally with a number ("the figure had risen to
/// 7,939"), and no word of another happening but saying or publishing.
fn toll_in_sentence(body: &str, m: &DateMention, triggers: &[Trigger]) -> bool {
    let start = body.get(..m.start).and_then(|b| b.rfind(['.', '\n', '!', '?'])).map_or(0, |i| i + 1);
    let end = body.get(m.end..).and_then(|a| a.find(['.', '\n', '!', '?']).map(|i| m.end + i)).unwrap_or(body.len());
    let Some(sentence) = body.get(start..end) else { return false };
    let counted = triggers.iter().any(|t| t.kind == "casualty_report" && t.start >= start && t.end <= end && counts_before(body, t.start));
    let lower = sentence.to_ascii_lowercase();
    let figure = lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| matches!(w, "figure" | "toll" | "tally"))
        && sentence.split_whitespace().any(|w| w.trim_matches(|c: char| !c.is_ascii_digit()).replace(',', "").parse::<u64>().is_ok_and(|n| n >= 10) && !w.contains(['/', ':']) && !w.starts_with("20"));
    // (an other happening of that day keeps its type: "… 164 people died, and on Monday it
    // declared a day of mourning"; publishing the figure is the report)
    let other_happening = |t: &Trigger| {
        let word = body.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
        t.kind == "other" && !word.starts_with("publish") && !word.starts_with("release")
    };
    (counted || figure)
        && !triggers.iter().any(|t| t.start >= start && t.end <= end && (other_happening(t) || !matches!(t.kind, "other" | "statement" | "casualty_report")))
}

/// Whether trigger `t` stands in the sentence of date mention `m`.
fn in_sentence_of(body: &str, m: &DateMention, t: &Trigger) -> bool {
    let (from, to) = if t.start < m.start { (t.end, m.start) } else { (m.end, t.start) };
    !body.get(from..to).unwrap_or(".").contains(['.', '\n', '!', '?'])
}

/// The smallest count of the detained read as an authority's tally, not an arrest.
const TALLY_MIN: u64 = 100;

/// Whether a count of [`TALLY_MIN`] or more stands within the five words before `at`
/// ("9,900 people had been detained", "detained 7,939 people" is read after the verb by
/// [`tally_after`]).
fn tally_before(body: &str, at: usize) -> bool {
    let before = body.get(..at).unwrap_or("");
    let count = |w: &str| w.trim_matches(|c: char| !c.is_ascii_digit()).replace(',', "").parse::<u64>().is_ok_and(|n| n >= TALLY_MIN);
    let words: Vec<&str> = before.rsplit(char::is_whitespace).filter(|w| !w.is_empty()).take(5).collect();
    words.iter().take_while(|w| !w.ends_with(['.', ';', ':'])).any(|w| !w.contains(['.', '/', ':']) && count(w))
        || tally_after(body, at)
}

/// Whether a count of [`TALLY_MIN`] or more follows the verb within three words: "have
/// detained 7,939 people".
fn tally_after(body: &str, at: usize) -> bool {
    let after = body.get(at..).unwrap_or("");
    after.split_whitespace().skip(1).take(3).any(|w| w.trim_matches(|c: char| !c.is_ascii_digit()).replace(',', "").parse::<u64>().is_ok_and(|n| n >= TALLY_MIN) && !w.contains(['/', ':']))
}

/// Whether the sentence of date mention `m` has a verb of reporting: "said", "reported",
/// "announced", "told", "according to".
fn reported_on(body: &str, m: &DateMention) -> bool {
    let start = body.get(..m.start).and_then(|b| b.rfind(['.', '\n', '!', '?'])).map_or(0, |i| i + 1);
    let end = body.get(m.end..).and_then(|a| a.find(['\n', '!', '?']).map(|i| m.end + i)).unwrap_or(body.len());
    let sentence = body.get(start..end).unwrap_or("").to_lowercase();
    sentence.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "said" | "says" | "reported" | "reports" | "announced" | "told" | "according"))
}

/// Whether a number comes within the five words before `at`: "26 armed criminals had been
/// killed", "164 dead", "the number of dead at 164" is not (the figure follows).
fn counts_before(body: &str, at: usize) -> bool {
    let before = body.get(..at).unwrap_or("");
    let words: Vec<&str> = before.rsplit(char::is_whitespace).filter(|w| !w.is_empty()).take(5).collect();
    words.iter().take_while(|w| !w.ends_with(['.', ';', ':'])).any(|w| w.bytes().any(|b| b.is_ascii_digit()))
}

fn choose_kinds_by_nearest(body: &str, m: &DateMention, triggers: &[Trigger]) -> Vec<&'static str> {
    if protests_began(body, m) {
        return vec!["protest"];
    }
    let distance = |t: &Trigger| if t.end <= m.start { m.start - t.end } else { t.start.saturating_sub(m.end) };
    // "Lavrov said on Thursday", "Tokayev told lawmakers on Tuesday": the date dates the
    // saying, unless a decisive word is close by ("the appointment was announced yesterday")
    // or a meeting follows ("said on Monday at a session of the Council")
    let speech_before = triggers.iter().any(|t| {
        let verb = body.get(t.start..t.end).unwrap_or("").to_ascii_lowercase();
        // "declared January 10 a day of mourning": the date is the object, not the time of saying
        t.tier == 3
            && !verb.starts_with("declare")
            && !verb.starts_with("announce")
            && t.end <= m.start
            && body.get(t.end..m.start).is_some_and(audience_only)
            // (a meeting told is the happening: "said at the online summit on Monday", "told the
            // bloc's leaders by video link on Monday")
            && !triggers.iter().any(|o| o.kind == "talks" && o.start >= t.end && o.end <= m.start)
    });
    if speech_before {
        // (what the saying reports does not count: "told parliament on Tuesday that the
        // troops would withdraw", "said on Tuesday the mission would end"; but a reported
        // count of detentions is the arrest news itself)
        let reported = |t: &Trigger| t.start >= m.end && t.kind != "arrest";
        let decisive_near = triggers.iter().any(|t| t.tier == 1 && distance(t) <= 60 && !reported(t));
        let meeting_follows = triggers.iter().any(|t| {
            t.kind == "talks"
                && t.start >= m.end
                && t.start <= m.end + 60
                && body.get(m.end..t.start).is_some_and(|gap| {
                    let gap = gap.trim_start();
                    gap.starts_with("at ") || gap.starts_with("after ") || gap.starts_with("during ")
                })
        });
        // "the ministry said on Sunday that 164 people had been killed": a reported toll (or
        // count of detainees: the first figure's word decides)
        let figure_follows = triggers
            .iter()
            .filter(|t| {
                matches!(t.kind, "casualty_report" | "arrest")
                    && t.start >= m.end
                    && t.start <= m.end + 120
                    && body.get(m.end..t.end).is_some_and(|gap| gap.contains(" that ") && gap.bytes().any(|b| b.is_ascii_digit()))
            })
            .min_by_key(|t| t.start);
        if let Some(t) = figure_follows {
            return vec![t.kind];
        }
        if !decisive_near && !meeting_follows {
            return vec!["statement"];
        }
    }
    if let Some(verb) = fronted_saying(body, m, triggers) {
        // (what the saying reports does not count, but a reported figure is the news: "On
        // Sunday the ministry said that 164 people had been killed")
        let figure = triggers
            .iter()
            .filter(|t| {
                matches!(t.kind, "casualty_report" | "arrest")
                    && t.start >= verb.end
                    && t.start <= verb.end + 120
                    && body.get(verb.end..t.start).is_some_and(|gap| gap.bytes().any(|b| b.is_ascii_digit()))
            })
            .min_by_key(|t| t.start);
        if let Some(t) = figure {
            return vec![t.kind];
        }
        // (nor the verb's own object or audience: "declared a state of emergency", "told an
        // online summit of the CSTO")
        let object_follows = triggers.iter().any(|t| {
            t.tier < 3
                && t.start >= verb.end
                && t.start <= verb.end + 40
                && body.get(verb.end..t.start).is_some_and(|gap| {
                    !gap.contains(" that ")
                        && !gap.contains([',', '"', '“', ':'])
                        && !gap.split_whitespace().any(|w| FINITE_WORDS.contains(&w.to_ascii_lowercase().as_str()))
                })
        });
        // (and a reported arrest is the news itself, as after a dated saying: "On Saturday the
        // committee said its former chairman had been arrested")
        let arrest_reported = triggers.iter().any(|t| t.kind == "arrest" && t.start >= verb.end && in_sentence_of(body, m, t));
        if !object_follows && !arrest_reported {
            return vec!["statement"];
        }
    }
    let usable: Vec<&Trigger> = triggers
        .iter()
        .filter(|t| {
            // "proposed a three-way meeting": talks asked for have not happened
            if t.kind == "talks" && proposed_before(body, t.start) {
                return false;
            }
            if t.tier < 3 {
                return true;
            }
            // "X said that ... on Thursday": the date belongs to the reported clause, not the saying
            let (a, b) = if t.end <= m.start { (t.end, m.start) } else { (m.end, t.start) };
            let gap = body.get(a..b).unwrap_or("");
            // (nor when a clause of its own, told by its verb, comes between: "said she last
            // heard from her son on Wednesday", "said the flights had been cancelled on Friday")
            let finite = t.end <= m.start
                && gap.split_whitespace().any(|w| matches!(w, "had" | "has" | "have" | "was" | "were" | "would" | "will" | "is" | "are" | "could" | "should" | "might"));
            !(gap.contains(" that ") || gap.contains(['"', '“', '”']) || finite || trailing_attribution(body, m, t, triggers))
        })
        .collect();
    // (no word names what happened, but the date sits next to a venue of the week's talks:
    // "Brussels on Wednesday", "the OSCE in Vienna on Thursday", "in Geneva on Monday")
    let Some(best_tier) = usable.iter().map(|t| t.tier).min() else {
        return vec![if talks_venue_near(body, m) { "talks" } else { "other" }];
    };
    let Some(best) = usable.iter().filter(|t| t.tier == best_tier).min_by_key(|t| distance(t)) else {
        return vec!["other"];
    };
    let mut kinds = vec![best.kind];
    if best.tier == 1 {
        for t in usable.iter().filter(|t| t.tier == 1 && t.kind != best.kind) {
            let (a, b) = if t.start >= best.end { (best.end, t.start) } else { (t.end, best.start) };
            let gap = body.get(a..b).unwrap_or("");
            if gap.len() <= 60 && gap.contains(" and ") && !gap.contains([',', ';']) && !kinds.contains(&t.kind) {
                kinds.push(t.kind);
            }
        }
    }
    kinds
}

/// Whether saying `t` only credits the clause its date `m` ends: "Some 40 citizens returned
/// from Almaty on a charter flight on Saturday, the Foreign Ministry said." The date then
/// dates what the clause reports, not the saying. The saying follows the date after a comma,
/// with at most six words for its sayer, and closes the sentence; the clause before the date
/// has words of its own and no saying (a fronted date, "On Friday, the ministry said …", is
/// the saying's).
fn trailing_attribution(body: &str, m: &DateMention, t: &Trigger, triggers: &[Trigger]) -> bool {
    if t.start < m.end {
        return false;
    }
    let Some(gap) = body.get(m.end..t.start) else { return false };
    let gap = gap.trim_start();
    let Some(sayer) = without_part_of_day(gap).strip_prefix(',') else { return false };
    let sayer_words = sayer.split_whitespace().count();
    let closes = body.get(t.end..).is_some_and(|after| after.trim_start_matches(' ').starts_with(['.', ';', '\n']) || after.trim().is_empty());
    let sentence_start = body.get(..m.start).and_then(|b| b.rfind(['.', '\n', '!', '?'])).map_or(0, |i| i + 1);
    let clause_words = body.get(sentence_start..m.start).map_or(0, |c| c.split_whitespace().count());
    // (a saying in the clause itself keeps the date: "Qatar had expressed solidarity on Friday,
    // its foreign ministry said")
    let saying_in_clause = triggers.iter().any(|o| o.kind == "statement" && o.start >= sentence_start && o.end <= m.start);
    (1..=6).contains(&sayer_words) && !sayer.contains(['"', '“', '”', '(', ':']) && closes && clause_words >= 4 && !saying_in_clause
}

/// Auxiliaries that make a clause of its own: "said the figure had been published".
const FINITE_WORDS: [&str; 12] = ["had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "might"];

/// The verb of saying of a sentence fronted by its date and its sayer: "On Monday the
/// Ministry of Health said …", "Yesterday the President said in his address …", "On
/// Friday, Head of State Kassym-Jomart Tokayev announced …". The date then dates the saying,
/// whatever the saying reports. None when a word of a happening stands between the date and
/// the verb ("On Monday troops arrived and officials said …"), or a clause of its own
/// ("On Monday the figure that had been published was withdrawn, officials said").
fn fronted_saying<'t>(body: &str, m: &DateMention, triggers: &'t [Trigger]) -> Option<&'t Trigger> {
    let sentence_start = body.get(..m.start)?.rfind(['.', '\n', '!', '?', '"', '“', '”']).map_or(0, |i| i + 1);
    let lead = body.get(sentence_start..m.start)?.trim().to_ascii_lowercase();
    let lead = ["and ", "but ", "also ", "then ", "meanwhile, ", "later, ", "earlier, "]
        .iter()
        .find_map(|w| lead.strip_prefix(w))
        .unwrap_or(&lead)
        .trim();
    // (or the sayer before the date and the verb right after it: "The Foreign Office on
    // Saturday said …", "Mr Tokayev on Friday said …")
    let fronted = matches!(lead, "" | "on" | "late on" | "early on" | "earlier on" | "later on");
    let sayer_first = !fronted && sayer_before_date(body, sentence_start, m);
    if !fronted && !sayer_first {
        return None;
    }
    let verb = triggers.iter().filter(|t| t.start >= m.end).min_by_key(|t| t.start)?;
    if verb.tier != 3 || verb.kind != "statement" {
        return None;
    }
    if sayer_first {
        let gap = body.get(m.end..verb.start)?.trim();
        return without_part_of_day(gap).trim().is_empty().then_some(verb);
    }
    let gap = body.get(m.end..verb.start)?.trim_start_matches([',', ' ']);
    let gap = without_part_of_day(gap).trim_start_matches([',', ' ']);
    let words: Vec<&str> = gap.split_whitespace().collect();
    let own_clause = words.iter().any(|w| {
        matches!(
            w.trim_matches(',').to_ascii_lowercase().as_str(),
            "that" | "who" | "which" | "when" | "where" | "while" | "after" | "before" | "as" | "and"
        ) || FINITE_WORDS.contains(&w.to_ascii_lowercase().as_str())
    });
    // (the sayer begins with a capital or a determiner: "the ministry", "Tokayev", "he")
    let sayer = words.first().is_some_and(|w| {
        w.starts_with(char::is_uppercase) || matches!(w.to_ascii_lowercase().as_str(), "the" | "he" | "she" | "they" | "it" | "its" | "his" | "her")
    });
    (!words.is_empty() && words.len() <= 9 && sayer && !own_clause && !gap.contains(['"', '“', '”', ';', ':', '(']))
        .then_some(verb)
}

/// `gap` without the part of the day that may follow a date: "morning, the ministry said" →
/// ", the ministry said".
fn without_part_of_day(gap: &str) -> &str {
    ["morning", "evening", "afternoon", "night"].iter().find_map(|w| gap.strip_prefix(w)).unwrap_or(gap)
}

/// Whether the words of a sentence before its date `m` name only a sayer: "The Foreign
/// Office on", "Kazakhstan's president on", "Mr Tokayev" (at most eight words opening with a
/// capital, none of a clause of their own).
fn sayer_before_date(body: &str, sentence_start: usize, m: &DateMention) -> bool {
    let Some(lead) = body.get(sentence_start..m.start) else { return false };
    let lead = lead.trim();
    let lead = [" late on", " early on", " on"].iter().find_map(|w| lead.strip_suffix(w)).unwrap_or(lead).trim_end();
    let words: Vec<&str> = lead.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !lead.contains([',', ';', ':', '(', '"', '“', '”'])
        && !words.iter().any(|w| {
            let lower = w.to_ascii_lowercase();
            FINITE_WORDS.contains(&lower.as_str()) || matches!(lower.as_str(), "that" | "who" | "which" | "when" | "where" | "while" | "after" | "before" | "as" | "and" | "but" | "since" | "until" | "by")
        })
        // (a participle in lower case makes a clause of its own: "Protesters detained on Friday
        // said …")
        && !words.iter().skip(1).any(|w| w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// The cities where the security talks of 10–13 January 2022 met (Geneva, Brussels, Vienna).
const TALKS_VENUES: [&str; 3] = ["Geneva", "Brussels", "Vienna"];

/// Whether a venue of the January talks is named within a few words of the date `m`:
/// "Brussels on Wednesday", "the OSCE in Vienna on Thursday".
fn talks_venue_near(body: &str, m: &DateMention) -> bool {
    // (the window moved inward to character boundaries, never widened)
    let mut lo = m.start.saturating_sub(24);
    while !body.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (m.end + 24).min(body.len());
    while !body.is_char_boundary(hi) {
        hi -= 1;
    }
    let before = body.get(lo..m.start).unwrap_or("");
    let after = body.get(m.end..hi).unwrap_or("");
    let named = |text: &str| {
        text.split(|c: char| !c.is_alphabetic()).any(|w| TALKS_VENUES.contains(&w))
    };
    named(before) || named(after)
}

/// The place named nearest the date in its sentence after a locative preposition ("in Geneva").
fn nearest_place(body: &str, m: &DateMention, places: &[(usize, usize)]) -> Option<String> {
    let score = |&(s, e): &(usize, usize)| {
        let distance = if e <= m.start { m.start - e } else { s.saturating_sub(m.end) };
        let before = body[..s].trim_end();
        let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        let preposition = matches!(word, "in" | "to" | "from" | "at" | "into" | "near" | "across" | "of" | "inside" | "outside");
        (!preposition, distance)
    };
    // a place that is not after a locative preposition is a party ("talks with Russia"), not a location
    places
        .iter()
        .filter(|p| !score(p).0)
        .min_by_key(|p| score(p))
        .map(|&(s, e)| body[s..e].to_string())
}

/// Speakers named inside the character span `[start, end)`, in order of first mention.
fn participants(speakers: &SpeakerIndex, index: &MentionIndex<'_>, start: usize, end: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for m in index.inside(start, end) {
        if m.speaker < speakers.speakers.len() && !out.contains(&m.speaker) {
            out.push(m.speaker);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LocalSpeaker, Mention, SpeakerKind};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn article(body: &str, published: Option<NaiveDate>) -> Article {
        Article { body: body.to_string(), published, ..Default::default() }
    }

    /// The event types found in `body`, published on Thursday 11 May 2023.
    fn kinds(body: &str) -> Vec<String> {
        events_of(body, NaiveDate::from_ymd_opt(2023, 5, 11)).into_iter().map(|(_, k)| k).collect()
    }

    fn events_of(body: &str, published: Option<NaiveDate>) -> Vec<(Option<NaiveDate>, String)> {
        extract_events(&article(body, published), &SpeakerIndex::default())
            .into_iter()
            .map(|e| (e.date, e.kind))
            .collect()
    }

    #[test]
    fn a_toll_reported_after_a_dated_saying_is_a_casualty_report() {
        let article = Article {
            published: NaiveDate::from_ymd_opt(2023, 5, 8),
            body: "The regional health office said on Sunday that 37 people had been killed in the floods.".into(),
            ..Default::default()
        };
        let events = extract_events(&article, &SpeakerIndex::default());
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].kind, "casualty_report");
        assert_eq!(events[0].date, NaiveDate::from_ymd_opt(2023, 5, 7));
    }

    #[test]
    fn a_proposed_meeting_is_a_statement_and_a_held_one_is_talks() {
        let got = events_of("The president on May 3 proposed a three-way meeting with his two neighbours.", Some(d(2023, 5, 8)));
        assert_eq!(got, vec![(Some(d(2023, 5, 3)), "statement".to_string())]);
        let got = events_of("The president on May 3 held a three-way meeting with his two neighbours.", Some(d(2023, 5, 8)));
        assert_eq!(got, vec![(Some(d(2023, 5, 3)), "talks".to_string())]);
    }

    #[test]
    fn a_date_next_to_a_venue_of_the_talks_is_talks() {
        let got = events_of("The diplomats were in Brussels on Wednesday.", Some(d(2022, 1, 14)));
        assert_eq!(got, vec![(Some(d(2022, 1, 12)), "talks".to_string())]);
        let got = events_of("The diplomats were in Madrid on Wednesday.", Some(d(2022, 1, 14)));
        assert_eq!(got, vec![(Some(d(2022, 1, 12)), "other".to_string())]);
        // (a venue further back than the window, behind letters of several bytes, is not near)
        let got = events_of("Geneva ёёёёёёёёёёёёёёёёё; the diplomats were in Madrid on Wednesday.", Some(d(2022, 1, 14)));
        assert_eq!(got, vec![(Some(d(2022, 1, 12)), "other".to_string())]);
    }

    #[test]
    fn hours_at_a_table_and_concerns_raised_with_a_counterpart_are_talks() {
        assert_eq!(kinds("The two envoys spent nearly eight hours together in Oslo on Monday."), ["talks"]);
        assert_eq!(kinds("On Monday the delegations talked for more than seven hours."), ["talks"]);
        assert_eq!(kinds("The minister raised these concerns with her counterpart on Sunday."), ["talks"]);
        // (hours of a curfew are no sitting)
        assert_eq!(kinds("On Monday the curfew lasted for eight hours."), ["state_of_emergency"]);
    }

    #[test]
    fn a_deployment_spoken_of_or_decided_is_the_saying() {
        assert_eq!(kinds("The interior minister on Wednesday praised the deployment of the league's troops."), ["statement"]);
        assert_eq!(kinds("The chairman announced the decision to send peacekeepers late on Wednesday."), ["statement"]);
        assert_eq!(kinds("The governor on Friday condemned the unrest as an attack by trained gangs."), ["statement"]);
        assert_eq!(kinds("The protests that began in the port on Monday spread north."), ["protest"]);
        // (without a word of saying the deployment is the happening)
        assert_eq!(kinds("The deployment of the league's troops began on Wednesday."), ["troop_deployment"]);
    }

    #[test]
    fn a_saying_at_a_meeting_on_its_day_is_talks() {
        assert_eq!(kinds("The prime minister said at the online summit on Monday that the league would act."), ["talks"]);
        assert_eq!(kinds("The mayor told the league's leaders by video link on Monday that the port was calm."), ["talks"]);
        // (a saying to reporters stays a statement)
        assert_eq!(kinds("The mayor told reporters on Monday that the port was calm."), ["statement"]);
    }

    #[test]
    fn a_toll_published_or_given_as_a_figure_is_a_casualty_report() {
        assert_eq!(kinds("A figure of 38 dead, published on Sunday by the regional office, was later withdrawn."), ["casualty_report"]);
        assert_eq!(kinds("By Monday, the figure had risen to 1,204, according to the ministry."), ["casualty_report"]);
        // (a day's other happening keeps its type)
        assert_eq!(kinds("The office says 38 people died across the province and its islands, and on Monday it declared a day of mourning."), ["other"]);
    }

    #[test]
    fn a_governments_meeting_with_its_own_people_is_other() {
        assert_eq!(kinds("The president met with the servicemen of the returning battalion on Tuesday."), ["other"]);
        assert_eq!(kinds("On Monday the governor held a meeting with the heads of regions."), ["other"]);
        // (a meeting with another state's people stays talks)
        assert_eq!(kinds("On Monday the governor held a meeting with the ambassador of Norway and the heads of regions."), ["talks"]);
        assert_eq!(kinds("The council's leaders held an online session on Monday."), ["talks"]);
    }

    #[test]
    fn more_verbs_of_saying_and_released_statements_are_statements() {
        assert_eq!(kinds("The senator today released the following statement on the port strike."), ["statement"]);
        assert_eq!(kinds("The mayor suggested on Monday that the ferries might run again."), ["statement"]);
        assert_eq!(kinds("The governor instructed the cabinet on Tuesday to draft support measures."), ["statement"]);
        // (a report released is still a release)
        assert_eq!(kinds("The ministry released the figures on Tuesday."), ["other"]);
    }

    #[test]
    fn a_date_fronting_its_sayer_dates_the_saying() {
        // what the saying reports does not type it
        assert_eq!(kinds("On Monday the regional health office said the figure had been published by mistake."), ["statement"]);
        assert_eq!(kinds("On Tuesday, Mayor Ilse Varga announced that the ferries had been suspended."), ["statement"]);
        // but the verb's own object, a reported arrest or a count is the news
        assert_eq!(kinds("On Monday, Mayor Ilse Varga declared a state of emergency in the port."), ["state_of_emergency"]);
        assert_eq!(kinds("On Monday, she told an online summit of the league that the port was calm."), ["talks"]);
        assert_eq!(kinds("On Tuesday the prosecutor said the former mayor had been arrested."), ["arrest"]);
        // and a clause of its own before the verb is no sayer
        assert_eq!(kinds("On Monday the ferries that had been suspended resumed, officials said."), ["other"]);
    }

    #[test]
    fn a_dated_saying_without_a_toll_stays_a_statement() {
        let article = Article {
            published: NaiveDate::from_ymd_opt(2023, 5, 8),
            body: "The regional health office said on Sunday that the clinics would reopen.".into(),
            ..Default::default()
        };
        assert_eq!(extract_events(&article, &SpeakerIndex::default())[0].kind, "statement");
    }

    #[test]
    fn weekday_followed_by_a_counted_offset_is_kept() {
        let body = "Police began withdrawing from the square on Friday, two days after they were sent in.";
        let got = events_of(body, Some(d(2023, 3, 11)));
        assert!(got.contains(&(Some(d(2023, 3, 10)), "withdrawal".to_string())), "{got:?}");
    }

    #[test]
    fn dates_and_types_a_deployment() {
        let got = events_of("Marines were deployed to Lithuania on 3 March 2023 after the vote.", None);
        assert_eq!(got, vec![(Some(d(2023, 3, 3)), "troop_deployment".to_string())]);
    }

    #[test]
    fn relative_weekday_resolves_only_with_publication_date() {
        let body = "Parliament was dissolved and a state of emergency began on Tuesday.";
        assert_eq!(events_of(body, Some(d(2023, 3, 9))), vec![(Some(d(2023, 3, 7)), "state_of_emergency".to_string())]);
        let unresolved = extract_events(&article(body, None), &SpeakerIndex::default());
        assert_eq!(unresolved[0].date, None);
        assert_eq!(unresolved[0].date_precision, DatePrecision::RelativeUnresolved);
    }

    #[test]
    fn a_time_stamp_is_no_event() {
        let body = "The minister wrote about the unrest.\n7:42 PM · Jan 6, 2022\nThe talks began in Geneva on January 10.";
        let got = events_of(body, Some(d(2022, 1, 13)));
        assert!(got.iter().all(|(date, _)| *date != Some(d(2022, 1, 6))), "{got:?}");
        assert!(got.contains(&(Some(d(2022, 1, 10)), "talks".to_string())), "{got:?}");
        // under a post, the stamp dates the post
        let body = "Dmytro Kuleba (@DmytroKuleba): Kazakhstan shows what Russia can do.\n7:42 PM · Jan 6, 2022";
        assert_eq!(events_of(body, Some(d(2022, 1, 13))), vec![(Some(d(2022, 1, 6)), "statement".to_string())]);
    }

    #[test]
    fn a_fronted_weekday_takes_the_tense_of_its_clause() {
        // Wednesday 12 January 2022: "on Thursday, … will" is the next day
        let body = "Today the council meets in Brussels; and on Thursday, the OSCE will hold talks in Vienna.";
        let got = events_of(body, Some(d(2022, 1, 12)));
        assert!(got.contains(&(Some(d(2022, 1, 13)), "talks".to_string())), "{got:?}");
        let body = "On Monday, after large protests, the cabinet resigned.";
        assert_eq!(events_of(body, Some(d(2023, 3, 8))), vec![(Some(d(2023, 3, 6)), "government_resignation".to_string())]);
        // what a dated saying reports is not the date's tense
        let body = "On Tuesday, Tokayev told parliament that the CSTO troops will leave in two days.";
        let got = events_of(body, Some(d(2022, 1, 12)));
        assert!(got.iter().all(|(date, _)| *date != Some(d(2022, 1, 18))), "{got:?}");
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 11))), "{got:?}");
        // "are to meet", "are planned": an arrangement still to come
        for body in [
            "NATO and Russia are to meet in Brussels on Wednesday.",
            "Talks between Russia and NATO are planned in Brussels on Wednesday.",
            // (a newsletter's "Expect …", a list's "Next:", a schedule in the present tense)
            "Expect NATO and Russia to talk past each other in Brussels on Wednesday.",
            "Next: NATO-Russia Council in Brussels Wednesday.",
            "The talks move Wednesday to the NATO-Russia Council in Brussels.",
            "Also Wednesday: a NATO-Russia Council meeting is expected to review the talks.",
            "Meanwhile, negotiations between Russia and NATO open on Wednesday in Brussels.",
            "The Geneva meeting is followed by a session of the NATO-Russia Council in Brussels on Wednesday.",
        ] {
            assert_eq!(events_of(body, Some(d(2022, 1, 10))), vec![(Some(d(2022, 1, 12)), "talks".to_string())], "{body}");
        }
        // (but not what the words up to the date set back: "Expect more arrests after the riots
        // that swept Almaty on Wednesday")
        let got = events_of("Expect more arrests after the protests that swept Almaty on Wednesday.", Some(d(2022, 1, 10)));
        assert!(got.iter().all(|(date, _)| *date != Some(d(2022, 1, 12))), "{got:?}");
        // (a colon after a date closing a clause introduces what was said, not its tense)
        for body in [
            "Tokayev told parliament on Monday: \"There will be no mercy.\"",
        ] {
            assert_eq!(events_of(body, Some(d(2022, 1, 12))), vec![(Some(d(2022, 1, 10)), "statement".to_string())], "{body}");
        }
        // a date closing its clause before ", and" and a new one keeps its own tense
        let body = "Russian and US diplomats held talks in Geneva on Monday, and NATO will meet Russia in Brussels on Wednesday.";
        let got = events_of(body, Some(d(2022, 1, 11)));
        assert!(got.contains(&(Some(d(2022, 1, 10)), "talks".to_string())) && got.contains(&(Some(d(2022, 1, 12)), "talks".to_string())), "{got:?}");
    }

    #[test]
    fn a_present_tense_schedule_is_still_to_come_and_carries_through_its_sentence() {
        // Friday 7 January 2022
        let body = "The two delegations sit down in Geneva on Monday, then it's the NATO-Russia Council \
                    in Brussels on Wednesday and the OSCE in Vienna on Thursday.";
        let got = events_of(body, Some(d(2022, 1, 7)));
        let dates: Vec<_> = got.iter().map(|(date, _)| *date).collect();
        assert_eq!(dates, vec![Some(d(2022, 1, 10)), Some(d(2022, 1, 12)), Some(d(2022, 1, 13))], "{got:?}");
        assert_eq!(got[1].1, "talks");
        // a past marker keeps the weekday behind the publication date
        let body = "The delegations had already met in Geneva on Monday.";
        assert_eq!(events_of(body, Some(d(2022, 1, 14))), vec![(Some(d(2022, 1, 10)), "talks".to_string())]);
        // a past clause does not carry the schedule to the next date
        let body = "The ministers meet in Riga on Monday, and the envoys said on Tuesday that nothing was agreed.";
        let got = events_of(body, Some(d(2022, 1, 7)));
        assert!(got.contains(&(Some(d(2022, 1, 4)), "statement".to_string())), "{got:?}");
    }

    #[test]
    fn schedules_followed_by_more_and_journeys_heading_somewhere() {
        // Monday 10 January 2022
        let got = events_of("The NATO-Russia Council meets Wednesday in Brussels, followed by the OSCE in Vienna on Thursday.", Some(d(2022, 1, 10)));
        let dates: Vec<_> = got.iter().map(|(date, _)| *date).collect();
        assert_eq!(dates, vec![Some(d(2022, 1, 12)), Some(d(2022, 1, 13))], "{got:?}");
        let got = events_of("What's next: Sherman heads to Brussels to brief the allies on Tuesday.", Some(d(2022, 1, 10)));
        assert!(got.iter().all(|(date, _)| *date == Some(d(2022, 1, 11))), "{got:?}");
        // a visit that followed the clashes is past; "visits" is no schedule verb (Saturday 15 January)
        let got = events_of("The visit by Tokayev to Almaty on Sunday followed a week of deadly clashes.", Some(d(2022, 1, 15)));
        assert!(got.iter().all(|(date, _)| *date == Some(d(2022, 1, 9))), "{got:?}");
        // "heads" of something is no journey
        let got = events_of("The man who heads the ministry resigned on Tuesday.", Some(d(2022, 1, 10)));
        assert!(got.iter().all(|(date, _)| *date == Some(d(2022, 1, 4))), "{got:?}");
    }

    #[test]
    fn ahead_of_a_named_meeting_on_a_day() {
        // Sunday 9 January 2022
        let body = "Ryabkov and Sherman met for a working dinner on Sunday evening ahead of the formal Strategic Stability Dialogue on Monday.";
        let got = events_of(body, Some(d(2022, 1, 9)));
        assert_eq!(got, vec![(Some(d(2022, 1, 9)), "talks".to_string()), (Some(d(2022, 1, 10)), "talks".to_string())], "{got:?}");
    }

    #[test]
    fn a_deadline_is_no_anchor_for_the_day_before() {
        // Tuesday 11 January 2022
        let body = "Tokayev named a new prime minister on Jan. 11. The emergency remains in force until Jan. 19.\n\n\
                    The day before, Tokayev took part in an online summit of the alliance.";
        let got = events_of(body, Some(d(2022, 1, 11)));
        assert!(got.contains(&(Some(d(2022, 1, 10)), "talks".to_string())), "{got:?}");
    }

    #[test]
    fn ahead_of_a_day_and_a_closing_date_clause_look_forward() {
        // Saturday 8 January 2022
        let got = events_of("Officials prepared ahead of Monday's meeting in Geneva.", Some(d(2022, 1, 8)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 10))), "{got:?}");
        let got = events_of(
            "He will address a summit of the alliance, whose force arrived last week, on Monday.",
            Some(d(2022, 1, 8)),
        );
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 10))), "{got:?}");
        // a past first clause keeps the closing day in the past
        let got = events_of("He addressed a summit of the alliance, whose force had arrived, on Monday.", Some(d(2022, 1, 8)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 3))), "{got:?}");
    }

    #[test]
    fn past_sentences_keep_their_weekdays_behind_the_publication_date() {
        // Thursday 13 January 2022
        let day = Some(d(2022, 1, 13));
        for (body, want) in [
            ("The alliance heads of state agreed on Monday to send troops.", d(2022, 1, 10)),
            ("It is unclear how many people died in the capital on Wednesday.", d(2022, 1, 12)),
            ("Shops stayed open on Friday despite the curfew.", d(2022, 1, 7)),
            ("The government rushed to meet protesters' demands on Tuesday.", d(2022, 1, 11)),
            ("Troops were flown in ahead of Monday's summit, where the president praised the mission.", d(2022, 1, 10)),
            ("The day of national mourning was set for Monday, and flags flew at half mast.", d(2022, 1, 10)),
            ("The alliance will start withdrawing troops, the president said in parliament, on Tuesday.", d(2022, 1, 11)),
        ] {
            let got = events_of(body, day);
            assert!(got.iter().any(|(date, _)| *date == Some(want)), "{body}: {got:?}");
        }
        // Tuesday 11 January 2022: talks that move on and conclude are still to come
        let got = events_of(
            "The talks move to Brussels on Wednesday for a NATO-Russia Council meeting, the first in more than two years, and conclude Thursday in Vienna.",
            Some(d(2022, 1, 11)),
        );
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 12))), "{got:?}");
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 13))), "{got:?}");
        // (a move told in the past stays behind)
        let got = events_of("The talks moved to Brussels on Wednesday.", Some(d(2022, 1, 14)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 12))), "{got:?}");
        // Friday 7 January 2022: the schedule does not carry past "after"
        let got = events_of("Diplomats sit down in Geneva on Monday, after the envoy spoke to the president on Thursday.", Some(d(2022, 1, 7)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 6))), "{got:?}");
    }

    #[test]
    fn cancellations_and_shutdowns_are_other_and_condemnations_are_statements() {
        // Friday 7 January 2022
        let got = events_of("The airline cancelled its flights to Almaty on Wednesday.", Some(d(2022, 1, 7)));
        assert_eq!(got, vec![(Some(d(2022, 1, 5)), "other".to_owned())]);
        let got = events_of("When the government pulled the plug on the internet on January 5, it did not just silence protesters.", Some(d(2022, 1, 7)));
        assert_eq!(got, vec![(Some(d(2022, 1, 5)), "other".to_owned())]);
        let got = events_of("Tokayev on Friday condemned the attackers as bandits.", Some(d(2022, 1, 8)));
        assert_eq!(got, vec![(Some(d(2022, 1, 7)), "statement".to_owned())]);
    }

    #[test]
    fn crowds_gathering_and_buildings_burning_are_protests() {
        // Friday 7 January 2022
        let got = events_of("On the afternoon of January 5, thousands of people gathered in front of the city administration.", Some(d(2022, 1, 7)));
        assert_eq!(got, vec![(Some(d(2022, 1, 5)), "protest".to_owned())]);
        let got = events_of("On Wednesday evening the akimat was burning.", Some(d(2022, 1, 7)));
        assert_eq!(got, vec![(Some(d(2022, 1, 5)), "protest".to_owned())]);
        let got = events_of("The rallies turned violent in the port city on Wednesday.", Some(d(2022, 1, 7)));
        assert_eq!(got, vec![(Some(d(2022, 1, 5)), "protest".to_owned())]);
        // (gathering what is not a crowd is no protest)
        let got = events_of("Investigators gathered evidence on Wednesday.", Some(d(2022, 1, 7)));
        assert!(got.iter().all(|(_, kind)| kind != "protest"), "{got:?}");
    }

    #[test]
    fn a_reported_count_ahead_counts_from_the_day_it_was_said() {
        // Friday 14 January 2022
        let body = "Tokayev told parliament on Tuesday that the mission had been completed and that the withdrawal would begin in two days.";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert!(got.contains(&(Some(d(2022, 1, 13)), "withdrawal".to_owned())), "{got:?}");
        assert!(got.contains(&(Some(d(2022, 1, 11)), "statement".to_owned())), "{got:?}");
        let body = "He told parliament on January 11 that the force would begin to withdraw within two days.";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert!(got.contains(&(Some(d(2022, 1, 13)), "withdrawal".to_owned())), "{got:?}");
        // a duration, and a deadline, date nothing
        let got = events_of("Protests that began on 2 January turned within three days into riots.", Some(d(2022, 1, 14)));
        assert!(got.iter().all(|(date, _)| *date != Some(d(2022, 1, 5))), "{got:?}");
        let got = events_of("The withdrawal is expected to be completed within ten days.", Some(d(2022, 1, 12)));
        assert!(got.iter().all(|(date, _)| date.is_none()), "{got:?}");
        // the speech's own day is a statement, not the withdrawal it announced
        let got = events_of("Tokayev announced on January 11 that the withdrawal would begin in two days.", Some(d(2022, 1, 14)));
        assert_eq!(got, [(Some(d(2022, 1, 11)), "statement".to_owned()), (Some(d(2022, 1, 13)), "withdrawal".to_owned())]);
        // (an earlier clause's day keeps its happening; a count inside quoted words is the speaker's)
        let body = "On Monday the leaders met by video link, and on Tuesday Tokayev told parliament that the troops would start to leave in two days.";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert!(got.contains(&(Some(d(2022, 1, 10)), "talks".to_owned())), "{got:?}");
        let body = "Tokayev had announced on Tuesday that the alliance's \"peacekeepers\" would start leaving within two days.";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert_eq!(got, [(Some(d(2022, 1, 11)), "statement".to_owned()), (Some(d(2022, 1, 13)), "withdrawal".to_owned())]);
        // (a day inside a quotation closed before the speech, and a relative clause's day, keep
        // their happening)
        let body = "“The peacekeepers landed in Almaty on Thursday,” Tokayev told parliament, adding that they would start leaving in two days.";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert!(got.iter().all(|(_, kind)| kind != "statement"), "{got:?}");
        let body = "Tokayev said the peacekeepers, who landed in Almaty on Thursday, would start leaving within two days.";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert!(got.iter().all(|(_, kind)| kind != "statement"), "{got:?}");
        let body = "When I spoke to him by phone on January 5, I told him: \"Our troops will be there in a day.\"";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert!(got.contains(&(Some(d(2022, 1, 5)), "talks".to_owned())), "{got:?}");
    }

    #[test]
    fn counts_ahead_and_listed_weekdays_do_not_move_past_days() {
        // review cases: a past sentence keeps its second weekday in the past
        let got = events_of("CSTO troops landed in Almaty on Thursday, and Tokayev had asked for them late on Wednesday.", Some(d(2022, 1, 6)));
        assert!(got.iter().all(|(date, _)| *date != Some(d(2022, 1, 12))), "{got:?}");
        let got = events_of("The internet returned on Saturday and the central bank said on Friday that banks would reopen.", Some(d(2022, 1, 8)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 7))), "{got:?}");
        // a deadline for releasing names is no day of its own
        let got = events_of(
            "The interior ministry said on January 7 that 26 rioters had been killed and that it would release the names within three days.",
            Some(d(2022, 1, 10)),
        );
        assert!(got.iter().all(|(date, _)| *date != Some(d(2022, 1, 10))), "{got:?}");
        // what the speech said had been done keeps the speech's day
        let got = events_of("Tokayev told parliament on Tuesday that the troops would begin leaving in two days and that he had appointed Smailov.", Some(d(2022, 1, 14)));
        assert!(got.contains(&(Some(d(2022, 1, 13)), "withdrawal".to_owned())), "{got:?}");
        assert!(!got.contains(&(Some(d(2022, 1, 13)), "appointment".to_owned())), "{got:?}");
    }

    #[test]
    fn a_weekday_a_speech_looked_ahead_to_follows_the_speech() {
        // Wednesday 12 January 2022
        let body = "On Tuesday, President Tokayev told parliament that the alliance would begin withdrawing its troops from Thursday.";
        let got = events_of(body, Some(d(2022, 1, 12)));
        assert!(got.contains(&(Some(d(2022, 1, 13)), "withdrawal".to_owned())), "{got:?}");
        // a standing promise looks ahead too, a promise made on a day does not
        let got = events_of("Tokayev has promised to present a new cabinet to parliament on Tuesday.", Some(d(2022, 1, 10)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 11))), "{got:?}");
        let got = events_of("On Thursday, Putin promised to help Kazakhstan.", Some(d(2022, 1, 8)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 6))), "{got:?}");
        // (review cases: a past clause after the "would" keeps its day)
        for (body, day, want) in [
            ("Tokayev said on Monday that the troops, who will leave soon, had arrived on Thursday.", d(2022, 1, 11), d(2022, 1, 6)),
            ("On Monday, Tokayev told the summit that the terrorists would have seized Almaty if troops had not arrived on Thursday.", d(2022, 1, 12), d(2022, 1, 6)),
            ("The Interior Ministry said on Monday that those detained would face charges, adding that the looting peaked on Wednesday.", d(2022, 1, 11), d(2022, 1, 5)),
        ] {
            let got = events_of(body, Some(day));
            assert!(got.iter().any(|(date, _)| *date == Some(want)), "{body}: {got:?}");
        }
        let body = "Tokayev told parliament on January 11 that the contingent would leave within ten days, starting on Thursday.";
        let got = events_of(body, Some(d(2022, 1, 14)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 13))), "{got:?}");
        // (a day told as past stays: "said on Tuesday that troops had left on Monday")
        let got = events_of("The ministry said on Tuesday that the first troops had left on Monday.", Some(d(2022, 1, 12)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 10))), "{got:?}");
    }

    #[test]
    fn listed_weekdays_keep_their_order() {
        // Thursday 6 January 2022: tonight's game and Saturday's
        let got = events_of("Barys was scheduled to host Avangard Omsk on Thursday night and Traktor Chelyabinsk on Saturday.", Some(d(2022, 1, 6)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 8))), "{got:?}");
        // Friday 7 January 2022: two past days listed in order stay in the past
        let got = events_of("Protesters rallied on Monday and stormed the building on Wednesday.", Some(d(2022, 1, 7)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 5))), "{got:?}");
        // Tuesday 11 January 2022: days to come listed out of order stay as they are
        let got = events_of("The OSCE meets in Vienna on Thursday, and NATO on Wednesday in Brussels.", Some(d(2022, 1, 11)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 12))), "{got:?}");
        // (nor does a day told as before the other move)
        let got = events_of("Talks opened on Friday, days after the clashes of Tuesday.", Some(d(2022, 1, 7)));
        assert!(got.iter().all(|(date, _)| *date != Some(d(2022, 1, 11))), "{got:?}");
    }

    #[test]
    fn the_same_day_is_the_day_told_of_not_a_count_ahead() {
        // Thursday 13 January 2022
        let body = "On Tuesday, the president told parliament that the withdrawal would start in two days.\n\n\
                    He also appointed a new prime minister, Alikhan Smailov, on the same day.";
        let got = events_of(body, Some(d(2022, 1, 13)));
        assert!(got.iter().any(|(date, kind)| *date == Some(d(2022, 1, 11)) && kind == "appointment"), "{got:?}");
    }

    #[test]
    fn a_programme_named_today_dates_nothing_and_a_farewell_ceremony_is_a_withdrawal() {
        let got = events_of("Welcome back to World Today. A farewell ceremony was held here in Almaty on Thursday morning.", Some(d(2022, 1, 13)));
        assert_eq!(got, vec![(Some(d(2022, 1, 13)), "withdrawal".to_owned())]);
        let got = events_of("Today the streets of Almaty were calm again and the banks reopened.", Some(d(2022, 1, 10)));
        assert!(got.iter().any(|(date, _)| *date == Some(d(2022, 1, 10))), "{got:?}");
    }

    #[test]
    fn exercising_restraint_is_no_military_exercise() {
        let got = events_of("The ministry on Saturday called on all sides to exercise restraint.", Some(d(2022, 1, 8)));
        assert!(got.iter().all(|(_, kind)| kind != "exercise"), "{got:?}");
        let got = events_of("The army began an exercise near the border on Saturday.", Some(d(2022, 1, 8)));
        assert!(got.iter().any(|(_, kind)| kind == "exercise"), "{got:?}");
    }

    #[test]
    fn coordinated_decisive_triggers_give_two_events() {
        let body = "On Monday, after large protests, a curfew was imposed and the cabinet resigned.";
        let got = events_of(body, Some(d(2023, 3, 8)));
        assert_eq!(
            got,
            vec![
                (Some(d(2023, 3, 6)), "state_of_emergency".to_string()),
                (Some(d(2023, 3, 6)), "government_resignation".to_string())
            ]
        );
    }

    /// The event types found in `body`, published on Thursday 9 March 2023.
    fn kinds_on_a_thursday(body: &str) -> Vec<String> {
        events_of(body, Some(d(2023, 3, 9))).into_iter().map(|(_, k)| k).collect()
    }

    #[test]
    fn a_count_of_dead_beside_a_count_of_detained_is_a_casualty_report() {
        let kinds = kinds_on_a_thursday;
        assert_eq!(kinds("On Wednesday the ministry said 12 \"rioters\" had been killed and more than 900 people detained."), ["casualty_report"]);
        assert_eq!(kinds("Officials said on Wednesday that 400 people had been arrested and 31 had died."), ["casualty_report"]);
        // (the dead without a number of their own leave the detentions the news: a tally the
        // police gave that day, itself a report of figures)
        assert_eq!(kinds("Police said on Wednesday that 900 people had been detained, and put the number of dead at 12."), ["casualty_report"]);
        assert_eq!(kinds("Police said on Wednesday that 30 people had been detained, and put the number of dead at 12."), ["arrest"]);
        assert_eq!(kinds("Police detained 30 protesters on Wednesday after the killing of a guard."), ["arrest"]);
        assert_eq!(kinds("On Wednesday police detained 120 people suspected of killing two officers."), ["arrest"]);
        assert_eq!(kinds("Police arrested 45 people on Wednesday after 12 officers were injured in clashes."), ["arrest"]);
        assert_eq!(kinds("Police said on Wednesday they had detained 3 men over the deaths of 2 journalists."), ["arrest"]);
    }

    #[test]
    fn a_dated_speech_to_an_audience_is_a_statement_whatever_it_reports() {
        let kinds = kinds_on_a_thursday;
        assert_eq!(kinds("The president told lawmakers on Tuesday that the troops would withdraw."), vec!["statement"]);
        assert_eq!(kinds("In a speech to parliament on Tuesday, the president said the force would be withdrawn."), vec!["statement"]);
        assert_eq!(kinds("In his address to the nation on Tuesday, he said peacekeepers had been deployed."), vec!["statement"]);
        // a count of detentions the saying reports is the arrest news itself, a tally of
        // hundreds or more the authority's report of figures
        assert_eq!(kinds("The ministry told reporters on Tuesday that 40 people had been detained."), vec!["arrest"]);
        assert_eq!(kinds("The Interior Ministry said on Tuesday that 9,900 people had been detained."), vec!["casualty_report"]);
        assert_eq!(kinds("Police have detained 7,939 people since the riots began, the ministry said on Monday."), vec!["casualty_report"]);
        assert_eq!(kinds("Police detained 7,939 people on Monday."), vec!["arrest"]);
        assert_eq!(kinds("Police detained 300 protesters on Wednesday, witnesses said."), vec!["arrest"]);
        assert_eq!(kinds("The ministry said on Tuesday that 26 attackers had been killed."), vec!["casualty_report"]);
        // a decisive word before the date still decides
        assert_eq!(kinds("The appointment was announced on Tuesday."), vec!["appointment"]);
        // more than an audience between the verb and the date: the usual rules
        assert_eq!(kinds("He said troops were deployed to the border areas of the north on Tuesday."), vec!["troop_deployment"]);
    }

    #[test]
    fn calls_requests_crowds_and_venues_have_their_types() {
        let kinds = kinds_on_a_thursday;
        assert_eq!(kinds("The minister spoke with his Latvian counterpart on Monday."), vec!["talks"]);
        assert_eq!(kinds("The Secretary spoke to President Levits on Monday."), vec!["talks"]);
        // but speaking to the press is a statement
        assert_eq!(kinds("The Secretary spoke to reporters on Monday."), vec!["statement"]);
        assert_eq!(
            kinds("The president asked the alliance for help on Monday, and troops were deployed on Tuesday."),
            vec!["other", "troop_deployment"]
        );
        assert_eq!(kinds("Crowds stormed the city hall on Monday."), vec!["protest"]);
        assert_eq!(kinds("Envoys will meet again at the OSCE in Vienna on Friday."), vec!["talks"]);
        assert_eq!(kinds("The president accepted the resignation of the cabinet on Monday."), vec!["government_resignation"]);
        assert_eq!(kinds("She is taking over as head of the council on Monday."), vec!["appointment"]);
    }

    #[test]
    fn terse_briefs_and_bracketed_weekday_headings() {
        // "Next day" with no article counts on from the date before
        let found = events_of("On 2 Mar residents of the town protested over prices. Next day protests spread to the capital.", Some(d(2023, 3, 9)));
        assert_eq!(found, [(Some(d(2023, 3, 2)), "protest".to_string()), (Some(d(2023, 3, 3)), "protest".to_string())]);
        // (but "next day" inside a sentence needs its article, and a compound is none)
        assert!(events_of("Aid will come on a next day basis, officials said.", Some(d(2023, 3, 9))).is_empty());
        let found = events_of("Talks opened on 6 Mar. Following day-long talks, the envoy left.", Some(d(2023, 3, 9)));
        assert_eq!(found, [(Some(d(2023, 3, 6)), "talks".to_string())]);
        let body = "March 5, 2023 (Sunday)\nArmed conflicts and attacks\nTroops are deployed to the capital.\n\
                    March 6, 2023 (Monday)\nThe minister meets his Latvian counterpart in Riga.";
        assert_eq!(events_of(body, None), [(Some(d(2023, 3, 5)), "troop_deployment".to_string()), (Some(d(2023, 3, 6)), "talks".to_string())]);
    }

    #[test]
    fn two_calls_of_one_day_between_different_people_are_two_events() {
        let body = "Anna Berg held a phone call with Carl Dahl on Monday.\nEva Fisk also held a phone call with Gus Holm the same day.\nCarl Dahl held a phone call with Anna Berg again that day.";
        let names = ["Anna Berg", "Carl Dahl", "Eva Fisk", "Gus Holm"];
        let speaker = |name: &str| LocalSpeaker {
            name: name.to_string(),
            kind: SpeakerKind::Person,
            aliases: vec![name.to_string()],
            titles: vec![],
            country: None,
        };
        let mut mentions: Vec<Mention> = names
            .iter()
            .enumerate()
            .flat_map(|(i, n)| body.match_indices(n).map(move |(at, _)| Mention { speaker: i, start: at, end: at + n.len(), text: n.to_string() }))
            .collect();
        mentions.sort_by_key(|m| m.start);
        let index = SpeakerIndex { speakers: names.iter().map(|n| speaker(n)).collect(), mentions };
        let events = extract_events(&article(body, Some(d(2023, 3, 9))), &index);
        let talks: Vec<_> = events.iter().filter(|e| e.kind == "talks").collect();
        // the second call is an event of its own, the third restates the first
        assert_eq!(talks.len(), 2, "{events:?}");
        assert!(talks.iter().all(|e| e.date == Some(d(2023, 3, 6))));
        assert_eq!(talks[1].participants, vec![2, 3]);
    }

    #[test]
    fn speech_verb_does_not_type_the_reported_clause() {
        let body = "The port authority said that ferries were sailing again on Friday.";
        assert_eq!(events_of(body, Some(d(2023, 3, 10))), vec![(Some(d(2023, 3, 10)), "other".to_string())]);
        let body = "The envoy said on Friday that nothing had changed.";
        assert_eq!(events_of(body, Some(d(2023, 3, 10))), vec![(Some(d(2023, 3, 10)), "statement".to_string())]);
    }

    #[test]
    fn a_date_right_after_a_speech_verb_dates_a_statement() {
        let published = Some(d(2023, 3, 10));
        let body = "Drills will be held near the border in spring, the general said on Tuesday.";
        assert_eq!(events_of(body, published), vec![(Some(d(2023, 3, 7)), "statement".to_string())]);
        let body = "The minister said on Monday at a session of the council that talks would go on.";
        assert_eq!(events_of(body, published), vec![(Some(d(2023, 3, 6)), "talks".to_string())]);
        let body = "The appointment of the general was announced yesterday by the ministry.";
        assert_eq!(events_of(body, published), vec![(Some(d(2023, 3, 9)), "appointment".to_string())]);
    }

    #[test]
    fn skips_until_labels_and_history() {
        let body = "The drills will last until May 30. She praised the April 2 letter. \
                    The treaty was signed on June 1, 1997. Talks resumed on April 20, 2023.";
        assert_eq!(events_of(body, None), vec![(Some(d(2023, 4, 20)), "talks".to_string())]);
    }

    #[test]
    fn periods_without_a_day_are_stored_undated_except_explicit_months() {
        let body = "Protests began earlier this month. Troops left in late December.";
        let events = extract_events(&article(body, Some(d(2023, 1, 20))), &SpeakerIndex::default());
        let got: Vec<_> = events.iter().map(|e| (e.date, e.date_precision)).collect();
        assert_eq!(got, vec![(None, DatePrecision::RelativeUnresolved), (Some(d(2022, 12, 1)), DatePrecision::Month)]);
    }

    #[test]
    fn troops_moving_with_words_between_are_a_deployment() {
        let at = Some(d(2022, 1, 8));
        let kinds = |text: &str| events_of(text, at).into_iter().map(|(_, k)| k).collect::<Vec<_>>();
        assert_eq!(kinds("On 6 January, the first units of the Russian army arrived in the country."), vec!["troop_deployment"]);
        assert_eq!(kinds("The alliance began sending about 2,500 troops to the region on Thursday."), vec!["troop_deployment"]);
        assert_eq!(kinds("Planes had delivered the Belarusian peacekeepers to the airfield on Friday."), vec!["troop_deployment"]);
        // a visitor's arrival, a decision to send, and soldiers carried home are not one
        assert_ne!(kinds("The minister arrived in Geneva on Sunday."), vec!["troop_deployment"]);
        assert_ne!(kinds("Parliament on Thursday approved the sending of a contingent."), vec!["troop_deployment"]);
        assert_ne!(kinds("Troops guarded the airport on Friday, where the first flights landed."), vec!["troop_deployment"]);
        for text in [
            "Kazakh soldiers closed the land border with Kyrgyzstan on Thursday.",
            "Putin sent his condolences to the families of soldiers killed in Almaty on Friday.",
            "Tokayev sent a message to the troops on Friday thanking them.",
            "Russian planes flew the last peacekeepers home on January 19.",
            "Transports ferrying the paratroopers back to Russia took off on January 13.",
            "A military helicopter landed in the main square on Wednesday.",
            "Police units arrived at the scene on Wednesday.",
            "Soldiers stood guard on Thursday as the foreign minister landed in the capital.",
            "The ministry said it had not sent any troops on Thursday.",
        ] {
            assert!(!kinds(text).iter().any(|k| k == "troop_deployment"), "{text}");
        }
        for text in ["Nazarbayev has not commented publicly since Wednesday.", "The Kremlin declined to comment on Friday."] {
            assert!(!kinds(text).iter().any(|k| k == "statement"), "{text}");
        }
    }

    #[test]
    fn words_between_two_dated_clauses_belong_to_their_own_clause() {
        let got = events_of(
            "On January 5, the government declared a state of emergency across the country, and on January 6 troops of the alliance arrived.",
            Some(d(2022, 1, 8)),
        );
        assert_eq!(
            got,
            vec![(Some(d(2022, 1, 5)), "state_of_emergency".to_string()), (Some(d(2022, 1, 6)), "troop_deployment".to_string())]
        );
    }

    #[test]
    fn a_date_listed_after_another_shares_its_happening() {
        let at = Some(d(2022, 1, 14));
        let got = events_of("Officials met in Geneva on Monday and NATO envoys in Brussels on Wednesday.", at);
        assert_eq!(got, vec![(Some(d(2022, 1, 10)), "talks".to_string()), (Some(d(2022, 1, 12)), "talks".to_string())]);
        // a reported clause or a word of its own keeps the second date apart
        let got = events_of("Officials met in Geneva on Monday. Prices fell on Wednesday.", at);
        assert_eq!(got, vec![(Some(d(2022, 1, 10)), "talks".to_string()), (Some(d(2022, 1, 12)), "other".to_string())]);
        let got = events_of("Officials met in Geneva on Monday and calm returned by Wednesday.", at);
        assert_eq!(got, vec![(Some(d(2022, 1, 10)), "talks".to_string()), (Some(d(2022, 1, 12)), "other".to_string())]);
    }

    #[test]
    fn post_stamps_of_a_channel_digest_date_the_posts_below_them() {
        let body = "[05.01.2022 17:46]\nTokayev has accepted the resignation of the government.\n\
                    [06.01.2022 09:20]\nRussian paratroopers have landed at the Almaty airport.";
        let found = events_of(body, Some(d(2022, 1, 8)));
        assert_eq!(
            found,
            vec![(Some(d(2022, 1, 5)), "government_resignation".to_string()), (Some(d(2022, 1, 6)), "troop_deployment".to_string())]
        );
        // a plane that has landed carries no troops unless the sentence says so, and planes
        // bringing troops home that have landed end a deployment
        let got = events_of("The evacuation flight has landed in Almaty on Thursday.", Some(d(2022, 1, 8)));
        assert!(got.iter().all(|(_, kind)| kind != "troop_deployment"), "{got:?}");
        let got = events_of("The last planes carrying Russian paratroopers home from Kazakhstan have landed in Ivanovo on Thursday.", Some(d(2022, 1, 8)));
        assert!(got.iter().all(|(_, kind)| kind != "troop_deployment"), "{got:?}");
        let got = events_of("Reporters fanned out across Almaty to interview residents and soldiers on Friday.", Some(d(2022, 1, 8)));
        assert!(got.iter().all(|(_, kind)| kind != "troop_deployment"), "{got:?}");
        let got = events_of("Troops from the alliance fanned out across the country on Friday.", Some(d(2022, 1, 8)));
        assert!(got.iter().any(|(_, kind)| kind == "troop_deployment"), "{got:?}");
    }

    #[test]
    fn day_headings_date_the_entries_below_them() {
        let body = "Thursday, 13 January 2022\n\
                    16:40 GMT — OSCE talks end in Vienna\n\
                    Ministers met for three hours and the envoy said little.\n\
                    Wednesday, 12 January 2022\n\
                    The interior ministry said 9,900 people had been detained.\n\
                    The weather was cold.";
        let found = events_of(body, Some(d(2022, 1, 13)));
        assert_eq!(
            found,
            vec![
                (Some(d(2022, 1, 13)), "talks".to_string()),
                (Some(d(2022, 1, 12)), "casualty_report".to_string()),
            ]
        );
        // a saying is a statement unless a decisive word is close
        let body = "Monday, 10 January 2022\nThe envoy said there were differences after four hours of talks.\n\
                    Sunday, 9 January 2022\nThe ministry said 7,939 people had been detained.";
        assert_eq!(
            events_of(body, Some(d(2022, 1, 13))),
            vec![(Some(d(2022, 1, 10)), "statement".to_string()), (Some(d(2022, 1, 9)), "casualty_report".to_string())]
        );
        // relative dates under a heading count from its day
        let body = "Tuesday, 11 January 2022\nThe withdrawal will start in two days, the president said.\n\
                    Monday, 10 January 2022\nThe ministers met on Monday.";
        assert_eq!(
            events_of(body, Some(d(2022, 1, 13))),
            vec![(Some(d(2022, 1, 13)), "withdrawal".to_string()), (Some(d(2022, 1, 10)), "talks".to_string())]
        );
        // a date inside a sentence is not a heading
        assert_eq!(events_of("Talks were held on 13 January 2022.\nThe ministry said 40 were detained.", None).len(), 1);
        // a Hijri date beside the heading's day, and its weekday, make no event of their own
        let body = "Sunday 29 Jumada Al-Ula 1443 (2 January 2022)\n- Residents of Zhanaozen protest against a rise in gas prices.\n\
                    Wednesday 2 Jumada Al-Akhirah 1443 (5 January 2022)\n- Crowds storm the mayor's office.";
        assert_eq!(
            events_of(body, Some(d(2022, 1, 12))),
            vec![(Some(d(2022, 1, 2)), "protest".to_string()), (Some(d(2022, 1, 5)), "protest".to_string())]
        );
    }

    #[test]
    fn troops_who_arrived_on_a_day_were_deployed_that_day() {
        let kinds = |body: &str| events_of(body, Some(d(2022, 1, 12))).into_iter().map(|(_, k)| k).collect::<Vec<_>>();
        assert_eq!(kinds("Russia-led CSTO forces, who arrived in Kazakhstan on Thursday, are guarding key facilities."), ["troop_deployment"]);
        // (a long aside between the troops and their arrival)
        assert_eq!(
            kinds("Troops from the Russia-led Collective Security Treaty Organisation, about 2,500 in number, arrived in the country on Thursday."),
            ["troop_deployment"]
        );
        // (not another subject's saying, nor a habit)
        assert_ne!(kinds("The troops, which Tokayev said arrived on Thursday, are guarding key facilities."), ["troop_deployment"]);
        assert_ne!(kinds("On Friday Blinken said that soldiers who arrive as guests are in no hurry to go home."), ["troop_deployment"]);
    }

    #[test]
    fn the_day_a_withdrawal_is_to_be_completed_by_is_a_withdrawal() {
        let found = events_of("The ministry said the withdrawal would be completed by January 19.", Some(d(2022, 1, 13)));
        assert_eq!(found, vec![(Some(d(2022, 1, 19)), "withdrawal".to_string())]);
        let found = events_of("The Defence Ministry said the last units would be home by 19 January.", Some(d(2022, 1, 13)));
        assert_eq!(found, vec![(Some(d(2022, 1, 19)), "withdrawal".to_string())]);
        // (a deadline of other things is none, nor one the forces only speak of)
        let found = events_of("The ministry said the report would be completed by January 19.", Some(d(2022, 1, 13)));
        assert!(found.iter().all(|(_, kind)| kind != "withdrawal"), "{found:?}");
        let found = events_of("Security forces said internet access would be back by January 17.", Some(d(2022, 1, 13)));
        assert!(found.iter().all(|(_, kind)| kind != "withdrawal"), "{found:?}");
    }

    #[test]
    fn the_order_to_fire_without_warning_is_a_statement() {
        let kinds = |body: &str| events_of(body, Some(d(2022, 1, 13))).into_iter().map(|(_, k)| k).collect::<Vec<_>>();
        assert_eq!(kinds("President Tokayev on Friday ordered security forces to fire without warning at what he called bandits."), ["statement"]);
        assert_eq!(kinds("He gave his security forces a shoot-to-kill order last Friday."), ["statement"]);
        assert_eq!(kinds("Jan 7: Tokayev authorises troops to fire without warning"), ["statement"]);
    }

    #[test]
    fn a_trigger_belongs_to_the_nearer_date_of_its_sentence() {
        let found = events_of(
            "On January 7, Tokayev announced the order to fire without warning, and on January 8 the committee said its former head had been detained.",
            Some(d(2022, 1, 11)),
        );
        assert_eq!(found, vec![(Some(d(2022, 1, 7)), "statement".to_string()), (Some(d(2022, 1, 8)), "arrest".to_string())]);
    }

    #[test]
    fn more_verbs_of_public_saying_make_a_statement_but_dismissing_someone_does_not() {
        let kinds = |body: &str| events_of(body, Some(d(2022, 1, 13))).into_iter().map(|(_, k)| k).collect::<Vec<_>>();
        assert_eq!(kinds("The mayor on Tuesday thanked the volunteers for their help."), ["statement"]);
        assert_eq!(kinds("The ministry on Wednesday advised citizens to avoid the port."), ["statement"]);
        assert_eq!(kinds("The governor will address parliament on Tuesday."), ["statement"]);
        assert_eq!(kinds("The mayor dismissed the harbour master on Tuesday."), ["other"]);
        // (review cases: ordinary verbs type nothing; talks about the violence are talks)
        assert_eq!(kinds("Troops set out for Almaty on Thursday."), ["other"]);
        assert_eq!(kinds("Twelve people were admitted to hospital on Thursday."), ["other"]);
        assert_eq!(kinds("Talks on ending the violence began on Monday."), ["talks"]);
        // the day protests began dates them, whatever the sentence counts
        assert_eq!(kinds("The ministry says 900 people have been detained since the protests began on January 2."), ["protest"]);
        assert_eq!(kinds("Hundreds were detained during the riots, which started on January 2 in the west."), ["protest"]);
        // a day inside the clause the saying reports is that clause's, even without "that"
        assert_eq!(kinds("One of them said the ferries had been cancelled on Wednesday."), ["other"]);
        assert_eq!(kinds("The envoys spent eight hours together on Monday."), ["talks"]);
    }

    #[test]
    fn a_word_after_a_plain_and_or_followed_by_belongs_to_the_next_date() {
        let found = events_of(
            "The envoys are due to meet in Oslo on Monday, followed by a council meeting in Riga on Wednesday and a summit session in Bern on Thursday.",
            Some(d(2022, 1, 8)),
        );
        assert_eq!(
            found,
            vec![
                (Some(d(2022, 1, 10)), "talks".to_string()),
                (Some(d(2022, 1, 12)), "talks".to_string()),
                (Some(d(2022, 1, 13)), "talks".to_string())
            ]
        );
    }

    #[test]
    fn a_withdrawn_report_is_no_withdrawal_and_quoted_day_words_are_no_dates() {
        let found = events_of("January 9 – A channel reports 164 deaths; the figure is later withdrawn.", Some(d(2022, 1, 13)));
        assert!(found.iter().all(|(_, k)| k != "withdrawal"), "{found:?}");
        let found = events_of("\"Today it is Almaty, tomorrow it may be Minsk,\" he wrote on Thursday.", Some(d(2022, 1, 13)));
        assert_eq!(found, vec![(Some(d(2022, 1, 13)), "statement".to_string())]);
    }

    #[test]
    fn durations_and_people_leaving_are_not_dated_withdrawals() {
        let found = events_of("Police detained 500 people in two days, the ministry said on Monday.", Some(d(2022, 1, 13)));
        assert!(found.iter().all(|(day, _)| *day == Some(d(2022, 1, 10))), "{found:?}");
        let found = events_of("The ambassador flew home on Monday.", Some(d(2022, 1, 13)));
        assert!(found.iter().all(|(_, k)| k != "withdrawal"), "{found:?}");
    }

    #[test]
    fn troops_beginning_to_leave_is_a_withdrawal() {
        let found = events_of("Troops from the alliance began leaving Kazakhstan on Thursday.", Some(d(2022, 1, 13)));
        assert_eq!(found, vec![(Some(d(2022, 1, 13)), "withdrawal".to_string())]);
        let kinds = |body: &str| events_of(body, Some(d(2022, 1, 14))).into_iter().map(|(_, k)| k).collect::<Vec<_>>();
        assert_eq!(kinds("The first Russian units began flying home on Thursday."), ["withdrawal"]);
        assert_eq!(kinds("The rest of the contingent is to be gone by January 19."), ["withdrawal"]);
        assert_eq!(kinds("The Armenian contingent flew to the capital on Thursday."), ["troop_deployment"]);
        assert_eq!(kinds("The first soldiers of the alliance took up positions on Friday."), ["troop_deployment"]);
        // (a minister flying somewhere moves no troops)
        assert_eq!(kinds("The foreign minister flew to Oslo on Sunday."), ["other"]);
    }

    #[test]
    fn unrest_that_spreads_and_workers_who_stop_work_are_protests() {
        assert_eq!(kinds("Within days the anger spread to the capital by Wednesday."), ["protest"]);
        assert_eq!(kinds("By Thursday the anger had spread across the western regions."), ["protest"]);
        assert_eq!(kinds("On Tuesday, workers at the oil field stopped work."), ["protest"]);
    }

    #[test]
    fn the_crisis_beginning_dates_the_protests_but_a_crisis_of_its_own_kind_does_not() {
        assert_eq!(kinds("The crisis began on 2 January in the oil town."), ["protest"]);
        assert_eq!(kinds("The financial crisis began on 2 January."), ["other"]);
    }

    #[test]
    fn a_person_approved_for_a_post_is_an_appointment() {
        assert_eq!(kinds("On Tuesday parliament approved his choice of prime minister."), ["appointment"]);
        assert_eq!(kinds("Lawmakers on Tuesday approved Marat Ospanov as head of government."), ["appointment"]);
        // (an approved decision appoints no one)
        assert_eq!(kinds("On Thursday the council approved the request for help."), ["other"]);
    }

    #[test]
    fn a_call_on_someone_is_a_saying_but_a_call_on_a_day_is_not() {
        assert_eq!(kinds("The ministry called on citizens on Friday to avoid travel to the region."), ["statement"]);
        assert_eq!(kinds("Her sister called on Sunday."), ["other"]);
        assert_eq!(kinds("It was Moscow that the president called on the night of January 5."), ["other"]);
        assert_eq!(kinds("The foreign ministry called on Thursday for restraint on all sides."), ["statement"]);
        assert_eq!(kinds("Her sister called on Sunday to say she was safe."), ["other"]);
    }

    #[test]
    fn a_sayer_then_the_date_then_the_verb_dates_the_saying() {
        // (what the saying reports does not count)
        assert_eq!(kinds("The Foreign Office on Saturday said the embassy was in contact with citizens stranded by the riots."), ["statement"]);
        assert_eq!(kinds("Mr Tokayev on Friday said the troops would withdraw within ten days."), ["statement"]);
        // (a clause of its own before the date, or a word between the date and the verb, is no sayer's)
        // (the troops' own arrival dates them: a deployment, not their saying)
        assert_eq!(kinds("Troops who arrived on Friday said the city was calm."), ["troop_deployment"]);
        assert_eq!(kinds("Protesters detained on Friday said they had been beaten."), ["arrest"]);
        assert_eq!(kinds("The ministry on Friday officially said the troops had arrived."), ["troop_deployment"]);
    }

    #[test]
    fn a_trailing_credit_leaves_the_date_to_the_happening_it_credits() {
        // the date ends a clause of its own, and the saying only credits it
        assert_eq!(kinds("Some 40 Georgian citizens returned from Almaty on a charter flight on Saturday, the Foreign Ministry said."), ["other"]);
        assert_eq!(kinds("Turkish Airlines resumed some flights to Almaty on Wednesday, the carrier said."), ["other"]);
        // a saying in the clause keeps the date, and so does a fronted date or a saying with no sayer
        assert_eq!(kinds("Qatar had expressed \"full solidarity\" with Kazakhstan on Friday, its foreign ministry said."), ["statement"]);
        assert_eq!(kinds("On Friday, the Foreign Ministry said."), ["statement"]);
        assert_eq!(kinds("The minister, speaking to parliament on Tuesday, went further."), ["statement"]);
        // the saying after the date, not closing the sentence, is the saying of that day
        assert_eq!(kinds("The embassy closed its doors on Friday, the ministry said on its website."), ["statement"]);
    }

    #[test]
    fn wire_datelines_are_not_events() {
        let body = "MINSK, Feb 3 (Wire) - Soldiers were deployed on February 1.";
        assert_eq!(events_of(body, Some(d(2023, 2, 3))), vec![(Some(d(2023, 2, 1)), "troop_deployment".to_string())]);
    }

    #[test]
    fn year_less_dates_use_the_document_anchor() {
        let a = article("Envoys met in Oslo on December 28.", None);
        let got = extract_events_with(&a, &SpeakerIndex::default(), Some(d(2023, 1, 9)));
        assert_eq!(got[0].date, Some(d(2022, 12, 28)));
        assert_eq!(got[0].location.as_deref(), Some("Oslo"));
    }

    #[test]
    fn restatement_in_a_quote_is_not_a_second_event() {
        let body = "The troops will withdraw on March 19, the minister said.\n\
                    \"We will finish everything on March 19,\" he said.";
        let got = events_of(body, Some(d(2023, 3, 10)));
        assert_eq!(got, vec![(Some(d(2023, 3, 19)), "withdrawal".to_string())]);
    }

    #[test]
    fn same_day_and_following_day() {
        let body = "Ministers meet in Rome on May 4. The same day, the envoy will visit Milan. \
                    A summit follows on the following day, May 5.";
        let got = events_of(body, Some(d(2023, 4, 28)));
        assert_eq!(
            got,
            vec![
                (Some(d(2023, 5, 4)), "talks".to_string()),
                (Some(d(2023, 5, 4)), "other".to_string()),
                (Some(d(2023, 5, 5)), "talks".to_string())
            ]
        );
    }

    #[test]
    fn links_participants_from_the_speaker_index() {
        let body = "Anna Berg met Tom Kask in Riga on Monday. Nobody else came.";
        let speaker = |name: &str| LocalSpeaker {
            name: name.to_string(),
            kind: SpeakerKind::Person,
            aliases: vec![name.to_string()],
            titles: vec![],
            country: None,
        };
        let index = SpeakerIndex {
            speakers: vec![speaker("Anna Berg"), speaker("Tom Kask"), speaker("Ivo Tamm")],
            mentions: vec![
                Mention { speaker: 0, start: 0, end: 9, text: "Anna Berg".into() },
                Mention { speaker: 1, start: 14, end: 22, text: "Tom Kask".into() },
                Mention { speaker: 2, start: 50, end: 54, text: "else".into() },
            ],
        };
        let events = extract_events(&article(body, Some(d(2023, 3, 15))), &index);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].participants, vec![0, 1]);
        assert_eq!(events[0].location.as_deref(), Some("Riga"));
        assert_eq!(events[0].date, Some(d(2023, 3, 13)));
    }

    #[test]
    fn evidence_is_the_sentence_in_character_offsets() {
        let body = "“Calm” returned. Protesters rallied in Minsk on 2 April 2023 — again.";
        let events = extract_events(&article(body, None), &SpeakerIndex::default());
        let e = &events[0];
        let slice: String = body.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(slice, e.evidence);
        assert_eq!(e.evidence, "Protesters rallied in Minsk on 2 April 2023 — again.");
        assert_eq!(e.kind, "protest");
    }

    #[test]
    fn very_long_sentences_get_a_window_of_evidence() {
        let body = format!("{} troops were deployed on 4 May 2023 {}", "word ".repeat(400), "more ".repeat(400));
        let events = extract_events(&article(&body, None), &SpeakerIndex::default());
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert!(e.evidence.len() <= 2 * WINDOW && e.evidence.contains("deployed on 4 May 2023"));
        let slice: String = body.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(slice, e.evidence);
        assert_eq!(e.kind, "troop_deployment");
    }

    #[test]
    fn hostile_text_does_not_panic() {
        let body = "On February 30 the 45th. Until. “ on Monday ” 9999-99-99 the same day, ".repeat(300);
        let _ = events_of(&body, Some(d(2022, 1, 1)));
        let _ = events_of(&body, None);
    }
}
