//! Date expressions in news text and their resolution to calendar dates.
//!
//! This module owns two steps, both pure and free of SQL:
//!
//! 1. [`find_dates`] scans text once with a single linear-time regex and returns every date
//!    expression it recognises as a [`DateMention`]: absolute forms ("January 6, 2022",
//!    "6 January", "6th January", "Jan 14", "2022-01-13", "December 2021", "late December"),
//!    ranges ("January 13-14", "from February 10 to 20", "January 12 and 13": the first day
//!    is kept), weekdays ("on Thursday", "last Friday", "next Wednesday", "Wednesday next
//!    week", "Friday's talks"), day words ("yesterday", "today", "tomorrow"), counted offsets
//!    ("3 days ago", "two weeks later"), coarse periods ("last week", "earlier this month",
//!    "next month", "last year") and anaphoric forms that lean on the previous date in the
//!    text ("the same day", "the following day", "on the 12th").
//! 2. [`resolve`] turns a mention into a [`ResolvedDate`] against a [`DateContext`]:
//!    * Relative forms (weekdays, day words, "ago", "last week" ...) are resolved only
//!      against the article's **publication date**; with none they stay unresolved.
//!    * A month and day without a year take the year that puts the date nearest the
//!      reference date: the publication date, else the document's anchor (the latest
//!      fully written date in the document). "December 17" next to January 2022 is
//!      therefore 2021-12-17 and "February 10" is 2022-02-10.
//!    * A bare weekday is the most recent such day on or before the publication date
//!      (the publication day itself when they are equal), or the next one on or after it
//!      when the sentence speaks of the future. "last Thursday" is strictly before,
//!      "next Wednesday" strictly after, "Wednesday next week" is in the following
//!      Monday-to-Sunday week.
//!    * Weeks, months and years resolve to their first day with a coarser
//!      [`Granularity`].
//!
//! All arithmetic uses `chrono`; impossible dates ("February 30") resolve to nothing.

use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use once_cell::sync::Lazy;
use regex::Regex;

/// How much of the calendar a resolved date stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    /// One day.
    Day,
    /// A Monday-to-Sunday week; the date is its Monday.
    Week,
    /// A calendar month; the date is its first day.
    Month,
    /// A calendar year; the date is January 1.
    Year,
}

/// A date expression resolved onto the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedDate {
    /// The day, or the first day of the week, month or year.
    pub date: NaiveDate,
    /// What `date` stands for.
    pub granularity: Granularity,
}

/// Which week a weekday name refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeekShift {
    /// "on Thursday": the nearest one in the direction of the sentence's tense.
    Bare,
    /// "last Thursday": strictly before the reference day.
    Last,
    /// "next Thursday": strictly after the reference day.
    Next,
    /// "this Thursday": in the reference day's week.
    This,
    /// "Thursday last week": in the week before the reference day's week.
    LastWeek,
    /// "Thursday next week": in the week after the reference day's week.
    NextWeek,
}

/// A parsed date expression, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateExpr {
    /// An explicit calendar date or month; `year` is `None` when not written.
    Calendar {
        /// The year, when written.
        year: Option<i32>,
        /// The month, 1–12.
        month: u32,
        /// The day of the month, or `None` for a whole month.
        day: Option<u32>,
    },
    /// A weekday name.
    Weekday {
        /// The day of the week.
        weekday: Weekday,
        /// Which week it is in.
        shift: WeekShift,
    },
    /// A day counted from the publication date: yesterday = -1, today = 0, "3 days ago" = -3.
    Days(i64),
    /// A week counted from the publication week: last week = -1.
    Weeks(i64),
    /// A month counted from the publication month: earlier this month = 0, last month = -1.
    Months(i64),
    /// A year counted from the publication year: last year = -1.
    Years(i64),
    /// A day counted from the previous date in the text: "the same day" = 0,
    /// "the following day" = 1, "two days later" = 2.
    AfterPrevious(i64),
    /// "on the 12th": that day of the previous date's month.
    DayOfPreviousMonth(u32),
    /// A relative expression whose amount is not a number ("a few days ago").
    Vague,
}

/// One date expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// What the expression says.
    pub expr: DateExpr,
    /// The expression ends a period ("until February 9", "till Monday") rather than dating a happening.
    pub until: bool,
    /// The expression qualifies the following noun ("the January 10 letter"); the noun is
    /// returned so callers can decide whether it names a happening.
    pub attributive_noun: Option<String>,
}

/// What relative and year-less dates are resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateContext {
    /// The article's publication date: the only anchor for relative expressions.
    pub published: Option<NaiveDate>,
    /// A date that places the document in time when there is no publication date (the
    /// latest fully written date in it); used only to infer missing years.
    pub anchor: Option<NaiveDate>,
}

impl DateContext {
    /// A context with a publication date and no anchor.
    pub fn published(date: Option<NaiveDate>) -> Self {
        DateContext { published: date, anchor: None }
    }

    /// A context whose anchor is the latest fully written date found in `text`.
    pub fn from_text(published: Option<NaiveDate>, text: &str) -> Self {
        DateContext { published, anchor: latest_full_date(text) }
    }

    /// The date year-less dates are placed near: the publication date, else the anchor.
    pub fn reference(&self) -> Option<NaiveDate> {
        self.published.or(self.anchor)
    }
}

const MONTHS: &str = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?";
const WEEKDAYS: &str = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const COUNT: &str = r"\d{1,3}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|few)";

static DATE_RE: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(
        concat!(
            // ISO 2022-01-13
            r"(?-u:\b)(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?-u:\b)",
            // day-first with dots, as European and translated text writes it: 05.01.2022
            r"|(?-u:\b)(?P<ed>\d{{1,2}})\.(?P<em>\d{{2}})\.(?P<ey>\d{{4}})(?-u:\b)",
            // the same without a year, only after a preposition of time: "on 10.01"
            r"|(?-u:\b)(?i:on|since|until|till|as of) (?P<fd>\d{{1,2}})\.(?P<fm>\d{{2}})(?-u:\b)(?:[^.\d]|\.\D|\.$|$)",
            // "on January, 6" (translated text): the comma form needs the preposition too
            r"|(?-u:\b)(?i:on) (?P<cm>{m}), (?P<cd2>\d{{1,2}})(?-u:\b)",
            // 6 January 2022, the 6th of January, 13-14 January
            r"|(?-u:\b)(?:the )?(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{{1,2}}(?:st|nd|rd|th)?)? (?:of )?(?P<dm>{m})(?:,? (?P<dy>\d{{4}}))?(?-u:\b)",
            // January 6, 2022 / January 13-14 / February 10 to 20 / Jan 14 / December 2021 / December
            r"|(?-u:\b)(?P<mm>{m})(?: (?P<md>\d{{1,2}})(?:st|nd|rd|th)?(?P<mr>\s?(?:[-–]|to|and|through|until)\s?(?P<md2>\d{{1,2}})(?:st|nd|rd|th)?)?)?(?:,? (?P<my>\d{{4}}))?(?-u:\b)",
            // Thursday, last Friday, Wednesday next week
            r"|(?-u:\b)(?:(?P<ws>(?i:last|next|this|past|coming)) )?(?P<wd>{w})(?:'s|’s)?(?: (?P<ww>next|last|this) week)?(?-u:\b)",
            // yesterday, today, tomorrow
            // (and the same day in a live report: "this morning", "a short time ago")
            r"|(?-u:\b)(?P<dw>(?i:yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|a short time ago|moments ago|minutes ago|an hour ago))(?-u:\b)",
            // 3 days ago, two weeks later
            r"|(?-u:\b)(?P<cn>{c}) (?P<cu>day|week|month|year)s? (?P<cd>ago|earlier|later|before|after)(?-u:\b)",
            // in two days, in a week (from the publication date)
            r"|(?-u:\b)(?i:in|within) (?P<inn>{c}) (?P<inu>day|week)s?(?-u:\b)",
            // last week, earlier this month, this past week
            r"|(?-u:\b)(?P<ps>(?i:last|next|this past|this|past|coming|earlier this|later this|early this|late last|earlier last|early next|later next)) (?P<pu>week|month|year)(?-u:\b)",
            // the same day, the following day, the day before
            r"|(?-u:\b)(?P<an>(?i:the same day|that same day|the following (?:day|morning)|the next (?:day|morning)|the previous day|the day before|the day after)|(?:Next day|Following day))(?-u:\b)",
            // on the 12th
            r"|(?-u:\b)the (?P<od>\d{{1,2}})(?:st|nd|rd|th)(?-u:\b)",
        ),
        m = MONTHS,
        w = WEEKDAYS,
        c = COUNT
    );
    crate::rx::regex(&pattern).expect("the date pattern is valid")
});

static FULL_DATE_RE: Lazy<Regex> = Lazy::new(|| {
    let pattern = format!(
        r"(?-u:\b)(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})(?-u:\b)|(?-u:\b)(?P<ed>\d{{1,2}})\.(?P<em>\d{{2}})\.(?P<ey>\d{{4}})(?-u:\b)|(?-u:\b)(?P<dd>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<dm>{m}),? (?P<dy>\d{{4}})(?-u:\b)|(?-u:\b)(?P<mm>{m}) (?P<md>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<my>\d{{4}})(?-u:\b)",
        m = MONTHS
    );
    crate::rx::regex(&pattern).expect("the full-date pattern is valid")
});

/// The month number of a month name or abbreviation ("Jan.", "Sept").
pub fn month_number(name: &str) -> Option<u32> {
    let key: String = name.trim_end_matches('.').chars().take(3).collect::<String>().to_ascii_lowercase();
    let n = match key.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// Whether `word` is a weekday name ("Thursday"), in any case.
pub(crate) fn weekday_name(word: &str) -> bool {
    weekday_of(word).is_some()
}

fn weekday_of(name: &str) -> Option<Weekday> {
    name.parse::<Weekday>().ok()
}

fn count_value(word: &str) -> Option<i64> {
    let w = word.to_ascii_lowercase();
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    let n = match w.as_str() {
        "a" | "an" | "one" => 1,
        "two" | "a couple of" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    };
    Some(n)
}

fn num(caps: &regex::Captures<'_>, name: &str) -> Option<u32> {
    caps.name(name).and_then(|m| m.as_str().parse().ok())
}

fn year(caps: &regex::Captures<'_>, name: &str) -> Option<i32> {
    caps.name(name).and_then(|m| m.as_str().parse().ok())
}

/// The latest fully written date (day, month and year) in `text`, if any.
///
/// Only years from 1900 to 2100 count, so reference numbers that look like years are ignored.
pub fn latest_full_date(text: &str) -> Option<NaiveDate> {
    FULL_DATE_RE
        .captures_iter(text)
        .filter_map(|c| {
            let (y, m, d) = if c.name("iy").is_some() {
                (year(&c, "iy")?, num(&c, "im")?, num(&c, "id")?)
            } else if c.name("ey").is_some() {
                (year(&c, "ey")?, num(&c, "em")?, num(&c, "ed")?)
            } else if c.name("dd").is_some() {
                (year(&c, "dy")?, month_number(c.name("dm")?.as_str())?, num(&c, "dd")?)
            } else {
                (year(&c, "my")?, month_number(c.name("mm")?.as_str())?, num(&c, "md")?)
            };
            if !(1900..=2100).contains(&y) {
                return None;
            }
            NaiveDate::from_ymd_opt(y, m, d)
        })
        .max()
}

/// Finds every date expression in `text`, in order. Offsets are bytes.
///
/// # Examples
/// ```
/// use kzcorpus::events::dates::{find_dates, DateExpr};
/// let found = find_dates("The talks opened on January 10 in Geneva.");
/// assert_eq!(found[0].expr, DateExpr::Calendar { year: None, month: 1, day: Some(10) });
/// ```
pub fn find_dates(text: &str) -> Vec<DateMention> {
    let mut out = Vec::new();
    for caps in DATE_RE.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let (mut start, mut end) = (whole.start(), whole.end());
        let expr = if caps.name("iy").is_some() {
            match (year(&caps, "iy"), num(&caps, "im"), num(&caps, "id")) {
                (Some(y), Some(m), Some(d)) => DateExpr::Calendar { year: Some(y), month: m, day: Some(d) },
                _ => continue,
            }
        } else if caps.name("ey").is_some() {
            match (year(&caps, "ey"), num(&caps, "em"), num(&caps, "ed")) {
                (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) => DateExpr::Calendar { year: Some(y), month: m, day: Some(d) },
                _ => continue,
            }
        } else if let Some(day) = caps.name("fd") {
            // the match starts at the preposition and may take one character after the date
            let Some(month) = caps.name("fm") else { continue };
            (start, end) = (day.start(), month.end());
            match (num(&caps, "fm"), num(&caps, "fd")) {
                (Some(m @ 1..=12), Some(d @ 1..=31)) => DateExpr::Calendar { year: None, month: m, day: Some(d) },
                _ => continue,
            }
        } else if let Some(m) = caps.name("cm") {
            let Some(day) = caps.name("cd2") else { continue };
            (start, end) = (m.start(), day.end());
            let Some(month) = month_number(m.as_str()) else { continue };
            match num(&caps, "cd2") {
                Some(d @ 1..=31) => DateExpr::Calendar { year: None, month, day: Some(d) },
                _ => continue,
            }
        } else if let Some(m) = caps.name("dm") {
            let Some(month) = month_number(m.as_str()) else { continue };
            DateExpr::Calendar { year: year(&caps, "dy"), month, day: num(&caps, "dd") }
        } else if let Some(m) = caps.name("mm") {
            let Some(month) = month_number(m.as_str()) else { continue };
            let mut y = year(&caps, "my");
            // "February 10 to 2,000 troops": the second number is not a day, so drop the range.
            if let (Some(range), Some(d2)) = (caps.name("mr"), caps.name("md2")) {
                let rest = &text[d2.end()..];
                let bad_day = num(&caps, "md2").map_or(true, |d| d == 0 || d > 31);
                if bad_day || rest.starts_with(|c: char| c.is_ascii_digit()) || rest.starts_with(",0") || looks_like_thousands(rest) {
                    end = range.start();
                    y = None;
                }
            }
            let day = num(&caps, "md");
            if day.is_none() && y.is_none() {
                // A month name alone is a date only after a time word ("in May", "late December");
                // "May" and "March" are also verbs, so they need one of the stronger time words.
                let prev = previous_word(text, start);
                let strong = matches!(prev.as_str(), "early" | "late" | "mid" | "in" | "since" | "until" | "till");
                let weak = matches!(prev.as_str(), "by" | "during" | "through" | "from" | "of");
                let verb_like = matches!(month, 3 | 5) && !m.as_str().ends_with('.');
                if !(strong || (weak && !verb_like)) {
                    continue;
                }
            }
            DateExpr::Calendar { year: y, month, day }
        } else if let Some(w) = caps.name("wd") {
            let Some(weekday) = weekday_of(w.as_str()) else { continue };
            let shift = match (
                caps.name("ws").map(|s| s.as_str().to_ascii_lowercase()),
                caps.name("ww").map(|s| s.as_str()),
            ) {
                (_, Some("next")) => WeekShift::NextWeek,
                (_, Some("last")) => WeekShift::LastWeek,
                (_, Some(_)) => WeekShift::This,
                (Some(s), None) if s == "last" || s == "past" => WeekShift::Last,
                (Some(s), None) if s == "next" || s == "coming" => WeekShift::Next,
                (Some(_), None) => WeekShift::This,
                (None, None) => WeekShift::Bare,
            };
            DateExpr::Weekday { weekday, shift }
        } else if let Some(w) = caps.name("dw") {
            // "World Today", "USA Today": a capitalised day word after a capitalised word
            // ends a programme's or paper's name
            let name_before = text[..w.start()].strip_suffix(' ').and_then(|b| b.split_whitespace().next_back()).is_some_and(|prev| {
                // (not a dateline or a label in capitals: "ALMATY Today the streets …")
                prev.starts_with(|c: char| c.is_uppercase()) && prev.chars().last().is_some_and(char::is_alphabetic) && prev.chars().any(char::is_lowercase)
            });
            if w.as_str().starts_with(char::is_uppercase) && name_before {
                continue;
            }
            match w.as_str().to_ascii_lowercase().as_str() {
                "yesterday" => DateExpr::Days(-1),
                "tomorrow" => DateExpr::Days(1),
                _ => DateExpr::Days(0),
            }
        } else if let Some(n) = caps.name("inn") {
            // "in two days of talks" is a duration
            if text[end..].trim_start().starts_with("of ") {
                continue;
            }
            // so is "in N days" after things counted: "the third meeting in four days", "three
            // rounds of talks in four days"
            // (not "leave the two cities in two days": only meetings and times are counted so)
            let before: Vec<String> = text[..start].split_whitespace().rev().take(4).map(str::to_ascii_lowercase).collect();
            let occasion = before.first().is_some_and(|noun| COUNTED_OCCASIONS.contains(&noun.trim_end_matches('s')));
            // (but "will hold a second session in three days" is a date to come)
            let planned = text[..start].split_whitespace().rev().take(7).any(|w| {
                matches!(w.to_ascii_lowercase().as_str(), "will" | "shall" | "would" | "to" | "plans" | "due") || w.ends_with("'ll") || w.ends_with("’ll")
            });
            let counted = occasion && !planned && before.iter().skip(1).any(|w| ORDINAL_WORDS.contains(&w.as_str()) || count_value(w).is_some_and(|n| n > 1));
            if counted {
                continue;
            }
            match (count_value(n.as_str()), caps.name("inu").map(|u| u.as_str())) {
                (Some(count), Some("day")) => DateExpr::Days(count),
                (Some(count), Some(_)) => DateExpr::Weeks(count),
                _ => DateExpr::Vague,
            }
        } else if let Some(n) = caps.name("cn") {
            let unit = caps.name("cu").map_or("", |u| u.as_str());
            let dir = caps.name("cd").map_or("", |d| d.as_str());
            let Some(count) = count_value(n.as_str()) else {
                out.push(mention(text, start, end, DateExpr::Vague));
                continue;
            };
            let forward = matches!(dir, "later" | "after");
            let signed = if forward { count } else { -count };
            match (dir, unit) {
                ("later" | "earlier" | "before" | "after", "day") => DateExpr::AfterPrevious(signed),
                ("later" | "earlier" | "before" | "after", _) => DateExpr::Vague,
                (_, "day") => DateExpr::Days(signed),
                (_, "week") => DateExpr::Weeks(signed),
                (_, "month") => DateExpr::Months(signed),
                _ => DateExpr::Years(signed),
            }
        } else if let Some(p) = caps.name("ps") {
            let p = p.as_str().to_ascii_lowercase();
            let offset = if p.ends_with("last") || p == "past" || p == "this past" {
                -1
            } else if p.ends_with("next") || p == "coming" {
                1
            } else {
                0
            };
            match caps.name("pu").map_or("", |u| u.as_str()) {
                "week" => DateExpr::Weeks(offset),
                "month" => DateExpr::Months(offset),
                _ => DateExpr::Years(offset),
            }
        } else if let Some(a) = caps.name("an") {
            // (a brief's terse "Next day protests spread …": no article; but "Following
            // day-long talks" is a compound)
            if text[a.end()..].starts_with('-') {
                continue;
            }
            let lower = a.as_str().to_ascii_lowercase();
            let phrase = match ["same day", "next day", "following day"].iter().find(|p| lower.starts_with(*p)) {
                Some(p) => format!("the {p}"),
                None => lower,
            };
            match phrase.as_str() {
                "the following day" | "the next day" | "the day after" | "the following morning" | "the next morning" => {
                    DateExpr::AfterPrevious(1)
                }
                "the previous day" | "the day before" => DateExpr::AfterPrevious(-1),
                _ => DateExpr::AfterPrevious(0),
            }
        } else if caps.name("od").is_some() {
            // "on the 12th", "Sunday the 2nd", "through the 19th" are days; "the 30th
            // anniversary", "the 12th round" count things: a noun follows
            let word_before = text[..start].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("").to_ascii_lowercase();
            let dated = matches!(
                word_before.as_str(),
                "on" | "by" | "until" | "till" | "since" | "from" | "before" | "after" | "and" | "or" | "through" | "to" | "between" | "of"
            ) || weekday_name(&word_before);
            let next_word = text[end..].trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let noun_next = next_word.chars().next().is_some_and(char::is_lowercase)
                && !["a", "an", "the", "of", "and", "or", "to", "when", "as", "at", "in", "there", "it", "he", "she", "they", "we", "police", "troops"]
                    .contains(&next_word);
            let counted = !dated && noun_next;
            match num(&caps, "od") {
                Some(d) if (1..=31).contains(&d) && !counted => DateExpr::DayOfPreviousMonth(d),
                _ => continue,
            }
        } else {
            continue;
        };
        out.push(mention(text, start, end, expr));
    }
    inherit_range_years(text, &mut out);
    entry_clocks(text, &mut out);
    out
}

/// A clock time with its zone opening an entry of a log ("• 06:40 UTC: A ceremony was
/// held …", "16:40 GMT — …"): the entry happened on the log's day, "today" for the page
/// or the day heading above it. A bare clock ("[05:10]") is a recording's offset.
static ENTRY_CLOCK: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(r"(?m)^[ \t]*(?:[•*·-][ \t]*)?(?P<clock>\d{1,2}[:.]\d{2}[ \t]*(?:UTC|GMT|MSK|CET|local time))[ \t]*[:—–-]")
        .expect("entry-clock pattern compiles")
});

/// Ordinal words that count events ("the third meeting in four days").
const ORDINAL_WORDS: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/// Occasions counted over a span of days ("the third meeting in four days", "talks"), singular.
const COUNTED_OCCASIONS: &[&str] = &["meeting", "round", "talk", "session", "summit", "visit", "call", "trip", "time", "attempt", "flight", "sortie"];

/// Adds the entry clocks of `text` to `mentions` as days counted from the publication
/// date, in text order.
fn entry_clocks(text: &str, mentions: &mut Vec<DateMention>) {
    let found: Vec<DateMention> = ENTRY_CLOCK
        .captures_iter(text)
        .filter_map(|c| c.name("clock"))
        // (the entry is its line's text, not a live blog's short entry title over it: those
        // are dated by the blog's day headings)
        .filter(|m| text[m.end()..].split('\n').next().is_some_and(|line| line.len() >= 80))
        // (an entry that names its own date is dated by it)
        .filter(|m| !mentions.iter().any(|d| d.start >= m.end() && d.start < m.end() + 3))
        .map(|m| mention(text, m.start(), m.end(), DateExpr::Days(0)))
        .collect();
    if found.is_empty() {
        return;
    }
    mentions.extend(found);
    mentions.sort_by_key(|d| d.start);
}

/// "From April to September 2019", "December 30 to January 2, 2022": the first end of a
/// range takes its year from the second.
fn inherit_range_years(text: &str, mentions: &mut [DateMention]) {
    for i in 1..mentions.len() {
        let (head, tail) = mentions.split_at_mut(i);
        let (Some(first), Some(second)) = (head.last_mut(), tail.first()) else { continue };
        let DateExpr::Calendar { year: year @ None, month, .. } = &mut first.expr else { continue };
        let DateExpr::Calendar { year: Some(y), month: m2, .. } = second.expr else { continue };
        let gap = text.get(first.end..second.start).unwrap_or("").trim();
        if matches!(gap, "to" | "-" | "–" | "through" | "until" | "till" | "and") {
            *year = Some(if *month > m2 { y - 1 } else { y });
        }
    }
}

fn looks_like_thousands(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next() == Some(',') && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// The lowercased word just before byte `start` (across spaces and hyphens).
fn previous_word(text: &str, start: usize) -> String {
    let before = text[..start].trim_end_matches([' ', '-', '\u{a0}']);
    before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_ascii_lowercase()
}

fn mention(text: &str, start: usize, end: usize, expr: DateExpr) -> DateMention {
    let prev_word = previous_word(text, start);
    // "until at least Saturday", "until after Sunday": the word before the hedge
    let before = text[..start].trim_end();
    let unhedged = ["at least", "after", "about", "around"].iter().find_map(|h| before.strip_suffix(h)).unwrap_or(before);
    let until = matches!(previous_word(unhedged, unhedged.len()).as_str(), "until" | "till" | "til");
    let attributive_noun = if matches!(expr, DateExpr::Calendar { day: Some(_), .. })
        && matches!(prev_word.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "your")
    {
        let after = &text[end..];
        let word: String = after
            .strip_prefix(' ')
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_alphabetic() || *c == '-')
            .collect();
        match word.chars().next() {
            Some(c) if c.is_lowercase() => Some(word),
            _ => None,
        }
    } else {
        None
    };
    DateMention { start, end, expr, until, attributive_noun }
}

/// Resolves a date expression.
///
/// `previous` is the last day resolved earlier in the same text (for "the same day" and
/// "on the 12th"); `future` says the sentence speaks of something still to come, which
/// sends a bare weekday forward instead of back. Returns `None` when the expression cannot
/// be placed: a relative expression with no publication date, a year-less date with no
/// reference, or an impossible date such as February 30.
///
/// # Examples
/// ```
/// use chrono::NaiveDate;
/// use kzcorpus::events::dates::{find_dates, resolve, DateContext};
/// let ctx = DateContext::published(NaiveDate::from_ymd_opt(2022, 1, 13));
/// let m = &find_dates("Officials met on Wednesday.")[0];
/// let r = resolve(&m.expr, &ctx, None, false).unwrap();
/// assert_eq!(r.date, NaiveDate::from_ymd_opt(2022, 1, 12).unwrap());
/// ```
pub fn resolve(expr: &DateExpr, ctx: &DateContext, previous: Option<NaiveDate>, future: bool) -> Option<ResolvedDate> {
    let day = |date| Some(ResolvedDate { date, granularity: Granularity::Day });
    match *expr {
        DateExpr::Calendar { year, month, day: d } => {
            let granularity = if d.is_some() { Granularity::Day } else { Granularity::Month };
            let dom = d.unwrap_or(1);
            let date = match year {
                Some(y) => NaiveDate::from_ymd_opt(y, month, dom)?,
                None => nearest_year(month, dom, ctx.reference()?)?,
            };
            Some(ResolvedDate { date, granularity })
        }
        DateExpr::Weekday { weekday, shift } => day(resolve_weekday(weekday, shift, ctx.published?, future)?),
        DateExpr::Days(n) => day(ctx.published?.checked_add_signed(Duration::try_days(n)?)?),
        DateExpr::Weeks(n) => {
            let p = ctx.published?;
            let monday = p.checked_sub_signed(Duration::try_days(i64::from(p.weekday().num_days_from_monday()))?)?;
            let date = monday.checked_add_signed(Duration::try_weeks(n)?)?;
            Some(ResolvedDate { date, granularity: Granularity::Week })
        }
        DateExpr::Months(n) => {
            let first = ctx.published?.with_day(1)?;
            let date = if n >= 0 {
                first.checked_add_months(Months::new(u32::try_from(n).ok()?))?
            } else {
                first.checked_sub_months(Months::new(u32::try_from(-n).ok()?))?
            };
            Some(ResolvedDate { date, granularity: Granularity::Month })
        }
        DateExpr::Years(n) => {
            let y = ctx.published?.year().checked_add(i32::try_from(n).ok()?)?;
            Some(ResolvedDate { date: NaiveDate::from_ymd_opt(y, 1, 1)?, granularity: Granularity::Year })
        }
        DateExpr::AfterPrevious(n) => day(previous?.checked_add_signed(Duration::try_days(n)?)?),
        DateExpr::DayOfPreviousMonth(d) => day(previous?.with_day(d)?),
        DateExpr::Vague => None,
    }
}

/// The date with this month and day whose year puts it nearest `reference`.
fn nearest_year(month: u32, day: u32, reference: NaiveDate) -> Option<NaiveDate> {
    let y = reference.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - reference).num_days().abs())
}

fn resolve_weekday(weekday: Weekday, shift: WeekShift, published: NaiveDate, future: bool) -> Option<NaiveDate> {
    let target = i64::from(weekday.num_days_from_monday());
    let today = i64::from(published.weekday().num_days_from_monday());
    let back = (today - target).rem_euclid(7); // days back to the latest such weekday, 0..=6
    let forward = (target - today).rem_euclid(7); // days on to the next such weekday, 0..=6
    let offset = match shift {
        WeekShift::Bare if future => forward,
        WeekShift::Bare => -back,
        WeekShift::Last => -(if back == 0 { 7 } else { back }),
        WeekShift::Next => if forward == 0 { 7 } else { forward },
        WeekShift::This => target - today,
        WeekShift::NextWeek => 7 + target - today,
        WeekShift::LastWeek => target - today - 7,
    };
    published.checked_add_signed(Duration::try_days(offset)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zoned_clock_opening_a_log_entry_dates_it_today() {
        let text = "• 06:40 UTC: A ceremony marking the end of the mission was held in Almaty, according to state media reports.\n\
                    16:40 GMT — Talks end\n[05:10] HOST: It started on Sunday.";
        let found: Vec<_> = find_dates(text).into_iter().map(|m| (text[m.start..m.end].to_string(), m.expr)).collect();
        assert_eq!(found, vec![("06:40 UTC".to_string(), DateExpr::Days(0)), ("Sunday".to_string(), found[1].1.clone())]);
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Resolves the first date expression of `text` with the given publication date.
    fn first(text: &str, published: Option<NaiveDate>) -> Option<ResolvedDate> {
        let m = find_dates(text).into_iter().next()?;
        resolve(&m.expr, &DateContext::published(published), None, false)
    }

    fn first_day(text: &str, published: NaiveDate) -> Option<NaiveDate> {
        first(text, Some(published)).map(|r| r.date)
    }

    #[test]
    fn a_live_report_dates_this_morning_and_a_short_time_ago_today() {
        let p = d(2022, 1, 7);
        assert_eq!(first_day("The minister weighed in a short time ago at the State Department.", p), Some(p));
        assert_eq!(first_day("Crowds gathered again this morning in the square.", p), Some(p));
    }

    #[test]
    fn until_at_least_is_until() {
        let found = find_dates("The airport was to stay closed until at least Saturday, officials said.");
        assert!(found.iter().all(|m| m.until), "{found:?}");
    }

    #[test]
    fn an_ordinal_before_a_noun_is_no_day() {
        let exprs = |t: &str| find_dates(t).into_iter().map(|m| m.expr).collect::<Vec<_>>();
        assert_eq!(exprs("They will mark the 30th anniversary of relations and hold the 12th round."), vec![]);
        assert_eq!(exprs("It began on Sunday the 2nd."), vec![DateExpr::Weekday { weekday: chrono::Weekday::Sun, shift: WeekShift::Bare }, DateExpr::DayOfPreviousMonth(2)]);
        assert_eq!(exprs("Talks began on January 10, and on the 12th, the envoys met."), vec![
            DateExpr::Calendar { year: None, month: 1, day: Some(10) },
            DateExpr::DayOfPreviousMonth(12),
        ]);
    }

    #[test]
    fn parses_month_day_year() {
        let r = first("The vote was held on March 3, 2019 in the capital.", None).unwrap();
        assert_eq!(r, ResolvedDate { date: d(2019, 3, 3), granularity: Granularity::Day });
    }

    #[test]
    fn parses_day_month_with_and_without_year() {
        assert_eq!(first_day("Troops landed on 4 February 2023.", d(2020, 1, 1)), Some(d(2023, 2, 4)));
        assert_eq!(first_day("The court ruled on 9th February.", d(2023, 2, 20)), Some(d(2023, 2, 9)));
        assert_eq!(first_day("He arrived on the 2nd of March.", d(2023, 3, 10)), Some(d(2023, 3, 2)));
    }

    #[test]
    fn parses_abbreviated_month() {
        assert_eq!(first_day("MINSK, Feb 3 (Wire) - The drills began.", d(2023, 2, 3)), Some(d(2023, 2, 3)));
        assert_eq!(first_day("Ministers met on Sept. 21.", d(2023, 9, 25)), Some(d(2023, 9, 21)));
    }

    #[test]
    fn parses_day_first_dotted_dates_and_translated_forms() {
        assert_eq!(first_day("He resigned on 05.01.2022.", d(2022, 1, 11)), Some(d(2022, 1, 5)));
        assert_eq!(first_day("on 10.01 in total 7 939 persons were detained", d(2022, 1, 11)), Some(d(2022, 1, 10)));
        assert_eq!(first_day("on January, 6 the troops arrived", d(2022, 1, 11)), Some(d(2022, 1, 6)));
        // a decimal is not a date, nor is a month followed by a count without "on"
        assert_eq!(first("a rise of 10.01 percent", Some(d(2022, 1, 11))), None);
        assert_eq!(first("In January, 20 people fled.", Some(d(2022, 1, 11))).map(|r| r.granularity), Some(Granularity::Month));
        assert_eq!(first("on 10.01.5", Some(d(2022, 1, 11))), None);
        assert_eq!(first("Prices rose by 1.05 percent.", Some(d(2022, 1, 11))), None);
        assert_eq!(first("By January, 20 people had fled.", Some(d(2022, 1, 11))).map(|r| r.granularity), Some(Granularity::Month));
        assert_eq!(latest_full_date("11.01.2022, 15:37 and 05.01.2022"), Some(d(2022, 1, 11)));
    }

    #[test]
    fn counts_forward_from_the_publication_date() {
        assert_eq!(first_day("Troops will begin leaving the country in two days.", d(2022, 1, 11)), Some(d(2022, 1, 13)));
        assert_eq!(first("after more than eight hours in two days of talks", Some(d(2022, 1, 11))), None);
        assert_eq!(first("the third meeting in four days", Some(d(2022, 1, 11))), None);
        assert_eq!(first("Three rounds of talks in four days", Some(d(2022, 1, 11))), None);
        assert_eq!(first_day("Troops will leave in two days.", d(2022, 1, 11)), Some(d(2022, 1, 13)));
        assert_eq!(first_day("Troops will leave the two cities in two days.", d(2022, 1, 11)), Some(d(2022, 1, 13)));
        assert_eq!(first_day("Parliament will hold a second session in three days.", d(2022, 1, 11)), Some(d(2022, 1, 14)));
        assert_eq!(first("Troops will leave in two days.", None), None);
    }

    #[test]
    fn parses_iso_date() {
        assert_eq!(first("Filed 2021-11-30 by the clerk.", None).map(|r| r.date), Some(d(2021, 11, 30)));
    }

    #[test]
    fn infers_year_from_publication_date() {
        // A December date read in early January belongs to the previous year.
        assert_eq!(first_day("The letter was sent on December 20.", d(2023, 1, 4)), Some(d(2022, 12, 20)));
        // A February date read in late December belongs to the next year.
        assert_eq!(first_day("Elections are due on February 2.", d(2023, 12, 28)), Some(d(2024, 2, 2)));
        assert_eq!(first_day("Rallies resumed on 5 May.", d(2023, 5, 9)), Some(d(2023, 5, 5)));
    }

    #[test]
    fn infers_year_from_document_anchor_when_unpublished() {
        let text = "The summit opened on October 3, 2019. Delegates left on October 5.";
        let ctx = DateContext::from_text(None, text);
        assert_eq!(ctx.anchor, Some(d(2019, 10, 3)));
        let m = &find_dates(text)[1];
        assert_eq!(resolve(&m.expr, &ctx, None, false).map(|r| r.date), Some(d(2019, 10, 5)));
    }

    #[test]
    fn year_less_date_without_any_reference_is_unresolved() {
        assert_eq!(first("Talks resume on April 4.", None), None);
    }

    #[test]
    fn ranges_keep_the_first_day() {
        let found = find_dates("Ministers gather on April 13-14 in Lyon.");
        assert_eq!(found[0].expr, DateExpr::Calendar { year: None, month: 4, day: Some(13) });
        let found = find_dates("The drill runs from March 1 to 9, officials said.");
        assert_eq!(found[0].expr, DateExpr::Calendar { year: None, month: 3, day: Some(1) });
        let found = find_dates("Meetings on June 4 and 5 were cancelled.");
        assert_eq!(found[0].expr, DateExpr::Calendar { year: None, month: 6, day: Some(4) });
        let found = find_dates("Talks on 21-22 June ended.");
        assert_eq!(found[0].expr, DateExpr::Calendar { year: None, month: 6, day: Some(21) });
    }

    #[test]
    fn month_range_takes_the_year_of_its_end() {
        let found = find_dates("From April to September 2019, he led the force.");
        assert_eq!(found[0].expr, DateExpr::Calendar { year: Some(2019), month: 4, day: None });
        let found = find_dates("from December 30 to January 2, 2022");
        assert_eq!(found[0].expr, DateExpr::Calendar { year: Some(2021), month: 12, day: Some(30) });
    }

    #[test]
    fn range_word_before_a_big_number_is_not_a_range() {
        let text = "Numbers rose on June 3 to 2,000 people.";
        let found = find_dates(text);
        assert_eq!(&text[found[0].start..found[0].end], "June 3");
    }

    #[test]
    fn impossible_dates_resolve_to_nothing() {
        assert_eq!(first("It happened on February 30, 2022.", None), None);
        assert_eq!(first_day("It happened on 31 April.", d(2022, 5, 1)), None);
        assert_eq!(first("Filed 2021-13-45.", None), None);
    }

    #[test]
    fn bare_weekday_is_the_latest_on_or_before_publication() {
        // Published on a Saturday; "Wednesday" is three days earlier.
        assert_eq!(first_day("Crowds gathered on Wednesday.", d(2023, 3, 11)), Some(d(2023, 3, 8)));
    }

    #[test]
    fn weekday_equal_to_publication_day_is_that_day() {
        // Published on a Thursday: "on Thursday" is the same day, not a week before.
        assert_eq!(first_day("Parliament voted on Thursday.", d(2023, 3, 9)), Some(d(2023, 3, 9)));
    }

    #[test]
    fn future_weekday_goes_forward() {
        let m = &find_dates("The envoys will meet on Monday.")[0];
        let ctx = DateContext::published(Some(d(2023, 3, 9)));
        assert_eq!(resolve(&m.expr, &ctx, None, true).map(|r| r.date), Some(d(2023, 3, 13)));
    }

    #[test]
    fn weekday_across_a_month_boundary() {
        // Published Wednesday 1 March 2023; the previous Friday is 24 February.
        assert_eq!(first_day("Police moved in on Friday.", d(2023, 3, 1)), Some(d(2023, 2, 24)));
    }

    #[test]
    fn weekday_across_a_year_boundary() {
        // Published Monday 2 January 2023; "last Thursday" is 29 December 2022.
        assert_eq!(first_day("Shops reopened last Thursday.", d(2023, 1, 2)), Some(d(2022, 12, 29)));
        assert_eq!(first_day("Envoys return next Wednesday.", d(2022, 12, 30)), Some(d(2023, 1, 4)));
    }

    #[test]
    fn last_and_next_weekday_skip_the_publication_day() {
        assert_eq!(first_day("They spoke last Tuesday.", d(2023, 3, 7)), Some(d(2023, 2, 28)));
        assert_eq!(first_day("They speak next Tuesday.", d(2023, 3, 7)), Some(d(2023, 3, 14)));
    }

    #[test]
    fn weekday_next_week_is_in_the_following_week() {
        // Published Thursday 9 March 2023: next week's Wednesday is 15 March.
        assert_eq!(first_day("It ends by Wednesday next week.", d(2023, 3, 9)), Some(d(2023, 3, 15)));
    }

    #[test]
    fn possessive_weekday_is_a_date() {
        assert_eq!(first_day("Friday's vote was close.", d(2023, 3, 13)), Some(d(2023, 3, 10)));
    }

    #[test]
    fn day_words_and_days_ago() {
        assert_eq!(first_day("The mayor resigned yesterday.", d(2023, 3, 1)), Some(d(2023, 2, 28)));
        assert_eq!(first_day("Today the border reopened.", d(2023, 3, 1)), Some(d(2023, 3, 1)));
        assert_eq!(first_day("Votes are counted tomorrow.", d(2022, 12, 31)), Some(d(2023, 1, 1)));
        assert_eq!(first_day("The blast happened 3 days ago.", d(2024, 3, 2)), Some(d(2024, 2, 28)));
        assert_eq!(first_day("The blast happened three days ago.", d(2024, 1, 2)), Some(d(2023, 12, 30)));
    }

    #[test]
    fn relative_dates_without_publication_date_are_unresolved() {
        assert_eq!(first("The mayor resigned yesterday.", None), None);
        assert_eq!(first("Crowds gathered on Wednesday.", None), None);
        // an anchor alone does not resolve relative dates
        let ctx = DateContext { published: None, anchor: Some(d(2023, 3, 1)) };
        let m = &find_dates("Crowds gathered on Wednesday.")[0];
        assert_eq!(resolve(&m.expr, &ctx, None, false), None);
    }

    #[test]
    fn weeks_and_months_resolve_to_periods() {
        let r = first("Prices rose last week.", Some(d(2023, 1, 4))).unwrap();
        assert_eq!(r, ResolvedDate { date: d(2022, 12, 26), granularity: Granularity::Week });
        let r = first("He was named earlier this month.", Some(d(2023, 3, 20))).unwrap();
        assert_eq!(r, ResolvedDate { date: d(2023, 3, 1), granularity: Granularity::Month });
        let r = first("Drills are planned next month.", Some(d(2022, 12, 5))).unwrap();
        assert_eq!(r, ResolvedDate { date: d(2023, 1, 1), granularity: Granularity::Month });
        let r = first("Troops left in late December.", Some(d(2023, 1, 5))).unwrap();
        assert_eq!(r, ResolvedDate { date: d(2022, 12, 1), granularity: Granularity::Month });
        let r = first("Inflation peaked in October 2021.", None).unwrap();
        assert_eq!(r, ResolvedDate { date: d(2021, 10, 1), granularity: Granularity::Month });
    }

    #[test]
    fn anaphoric_dates_use_the_previous_date() {
        let text = "Talks opened on June 3. The same day, rebels attacked. On the 5th a truce held. Aid came the following day.";
        let found = find_dates(text);
        let ctx = DateContext::published(Some(d(2023, 6, 10)));
        let mut previous = None;
        let mut days = Vec::new();
        for m in &found {
            let r = resolve(&m.expr, &ctx, previous, false).map(|r| r.date);
            if r.is_some() {
                previous = r;
            }
            days.push(r);
        }
        assert_eq!(days, vec![Some(d(2023, 6, 3)), Some(d(2023, 6, 3)), Some(d(2023, 6, 5)), Some(d(2023, 6, 6))]);
        let found = find_dates("The envoy asked for help on the night of June 3. The next morning, troops landed.");
        let exprs: Vec<&DateExpr> = found.iter().map(|m| &m.expr).collect();
        assert_eq!(exprs.last(), Some(&&DateExpr::AfterPrevious(1)));
    }

    #[test]
    fn marks_until_and_attributive_dates() {
        let found = find_dates("The phase lasts until March 9. She answered the March 2 letter.");
        assert!(found[0].until);
        assert_eq!(found[1].attributive_noun.as_deref(), Some("letter"));
    }

    #[test]
    fn verbs_may_and_march_are_not_months() {
        assert!(find_dates("Damage may amount to millions. Veterans march in May.").iter().all(|m| {
            !matches!(m.expr, DateExpr::Calendar { month: 3, .. })
        }));
        assert_eq!(find_dates("Damage may reach 5 billion.").len(), 0);
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let long = "January 99, 99999 on the 77th 0000-00-00 last Funday ".repeat(200);
        for m in find_dates(&long) {
            let _ = resolve(&m.expr, &DateContext::published(Some(d(2022, 1, 1))), Some(d(2262, 12, 31)), true);
        }
        let _ = resolve(&DateExpr::Days(i64::MAX), &DateContext::published(Some(d(2022, 1, 1))), None, false);
        let _ = resolve(&DateExpr::Years(i64::MIN), &DateContext::published(Some(d(2022, 1, 1))), None, false);
        let _ = resolve(&DateExpr::Months(i64::MAX), &DateContext::published(Some(d(2022, 1, 1))), None, false);
    }
}
