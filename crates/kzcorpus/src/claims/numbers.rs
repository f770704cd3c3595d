//! Numbers written in news text: digits ("12,000", "1.8 million", "$2-3 billion") and
//! words ("twelve", "two thousand", "a thousand", "three hundred and fifty").
//!
//! One linear regex pass per form; values are exact integers (`i64`, saturating). What
//! a number counts is decided by the caller ([`super`]). No SQL here.

use once_cell::sync::Lazy;
use regex::Regex;

/// A number found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberMention {
    /// Byte offset of the first character (the currency sign, when there is one).
    pub start: usize,
    /// Byte offset one past the last character (including a scale word like "billion").
    pub end: usize,
    /// The value, or the lower bound of a range.
    pub value: i64,
    /// The upper bound of a range ("2-3 billion"), else `None`.
    pub value_max: Option<i64>,
    /// Written with a currency sign or code ("$", "US$", "USD").
    pub money: bool,
    /// Written out in words.
    pub in_words: bool,
    /// Written as a bare four-digit number between 1900 and 2100 ("in 2014").
    pub year_like: bool,
}

static DIGITS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(concat!(
        // thousands grouped by commas, or by spaces as in translated text ("7 939", with a
        // plain, no-break or thin space); a space-grouped run must end the number ("10 2022"
        // is a day and a year, not ten thousand…)
        // (and grouped the Indian way, in lakhs: "1,00,000"; or the Swiss way, by apostrophes:
        // "9'900")
        r"(?P<cur>US\$|\$|USD ?)?(?P<n1>\d{1,2}(?:,\d{2})+,\d{3}(?-u:\b)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u{A0}\u{202F}\u{2009}]\d{3})+(?-u:\b)|\d{1,3}(?:['’]\d{3})+(?-u:\b)|\d+(?:\.\d+)?)",
        // "$2 billion to $3 billion": a scale word may come before the range too
        r"(?:\s?(?P<scale1>thousand|million|billion|trillion|bn)(?-u:\b))?",
        r"(?:\s?(?:-|–|to)\s?(?:US\$|\$)?(?P<n2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))?",
        r"(?:\s?(?P<scale>thousand|million|billion|trillion|bn)(?-u:\b))?",
    ))
    .expect("digit pattern compiles")
});

const NUMBER_WORDS: &str = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen";

static WORDS: Lazy<Regex> = Lazy::new(|| {
    crate::rx::regex(&format!(r"(?i)(?-u:\b)(?:(?:a|an)\s+)?(?:{w})(?:(?:\s+and\s+|\s+|-)(?:{w}))*(?-u:\b)", w = NUMBER_WORDS))
        .expect("number-word pattern compiles")
});

fn scale_of(word: &str) -> Option<i64> {
    match word.to_ascii_lowercase().as_str() {
        "thousand" => Some(1_000),
        "million" => Some(1_000_000),
        "billion" | "bn" => Some(1_000_000_000),
        "trillion" => Some(1_000_000_000_000),
        _ => None,
    }
}

fn small_word(word: &str) -> Option<i64> {
    let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    let w = word.to_ascii_lowercase();
    if let Some(i) = words.iter().position(|x| *x == w) {
        return i64::try_from(i).ok();
    }
    tens.iter().position(|x| *x == w).and_then(|i| i64::try_from(i).ok()).map(|i| (i + 2) * 10)
}

/// The value of a run of number words ("two thousand", "a hundred and fifty").
pub fn words_value(run: &str) -> Option<i64> {
    let mut total: i64 = 0;
    let mut current: i64 = 0;
    let mut any = false;
    for word in run.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty()) {
        let lower = word.to_ascii_lowercase();
        match lower.as_str() {
            "and" => continue,
            "a" | "an" => current = 1,
            "hundred" => current = current.max(1).saturating_mul(100),
            "dozen" => current = current.max(1).saturating_mul(12),
            _ => {
                if let Some(scale) = scale_of(&lower) {
                    total = total.saturating_add(current.max(1).saturating_mul(scale));
                    current = 0;
                } else {
                    current = current.saturating_add(small_word(&lower)?);
                }
            }
        }
        any = true;
    }
    any.then(|| total.saturating_add(current))
}

/// Parses "12,000", "1.8" into a value multiplied by `scale`, rounding to an integer.
fn digits_value(text: &str, scale: i64) -> Option<i64> {
    let clean: String = text.chars().filter(|c| !matches!(c, ',' | '\'' | '’') && !c.is_whitespace()).collect();
    if let Some((int, frac)) = clean.split_once('.') {
        let int: i64 = int.parse().ok()?;
        let frac_digits = frac.len().min(9);
        let frac: i64 = frac.get(..frac_digits)?.parse().ok()?;
        let denom = 10i64.checked_pow(u32::try_from(frac_digits).ok()?)?;
        Some(int.saturating_mul(scale).saturating_add(frac.saturating_mul(scale) / denom))
    } else {
        clean.parse::<i64>().ok().map(|v| v.saturating_mul(scale))
    }
}

/// True for a day and month written with a dot ("05.01.2022", "on 10.01"): the first
/// two fields of a full date, or a bare `DD.MM` after a preposition of time.
fn is_numeric_date(number: &str, before: &str, after: &str) -> bool {
    let Some((day, month)) = number.split_once('.') else { return false };
    let plausible = (1..=2).contains(&day.len())
        && month.len() == 2
        && day.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && month.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    if !plausible {
        return false;
    }
    let full_date = after.strip_prefix('.').is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let mut words = before.trim_end().rsplit(|c: char| !c.is_alphabetic());
    let last = words.next().unwrap_or("");
    let preposition = ["on", "since", "until", "till"].iter().any(|p| last.eq_ignore_ascii_case(p))
        || (last.eq_ignore_ascii_case("of") && words.next().is_some_and(|w| w.eq_ignore_ascii_case("as")));
    full_date || preposition
}

/// The groups after the first of a space-grouped number written right after a month name
/// ("Jan. 6 300" is the sixth of January and 300), or `None` when that is not the case.
fn day_group_after_month<'t>(number: &'t str, before: &str) -> Option<&'t str> {
    let split = number.find(|c: char| c.is_whitespace())?;
    let word = before.trim_end().rsplit(char::is_whitespace).next()?;
    // "may" in lower case is the verb
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || crate::metadata::month_number(word).is_none() {
        return None;
    }
    let rest = number[split..].trim_start();
    (!rest.starts_with('0')).then_some(rest)
}

/// Finds every number in `text`, in order of position.
///
/// Digits glued to letters are model names and codes, not counts, and are skipped:
/// "S-400", "Su-35", "COVID-19", "95MS", "300th".
///
/// # Examples
/// ```
/// use kzcorpus::claims::numbers::find_numbers;
/// let found = find_numbers("Damage could total $2-3 billion; two thousand fled.");
/// assert_eq!((found[0].value, found[0].value_max, found[0].money), (2_000_000_000, Some(3_000_000_000), true));
/// assert_eq!(found[1].value, 2000);
/// ```
pub fn find_numbers(text: &str) -> Vec<NumberMention> {
    let mut out = Vec::new();
    for c in DIGITS.captures_iter(text) {
        let (Some(whole), Some(n1)) = (c.get(0), c.name("n1")) else { continue };
        let before = text[..whole.start()].chars().next_back();
        let after = text[whole.end()..].chars().next();
        // glued to a letter or a hyphenated code: a model name, ordinal or identifier
        if before.is_some_and(|b| b.is_alphanumeric() || b == '-' || b == '.' || b == '/')
            || after.is_some_and(|a| a.is_alphanumeric() || a == '/')
        {
            continue;
        }
        if is_numeric_date(n1.as_str(), &text[..whole.start()], &text[whole.end()..]) {
            continue;
        }
        // a time of day ("[06.01.2022 19:40]", "at 9:05", "at 10 a.m.")
        let clock_after = text[whole.end()..].split_whitespace().next().is_some_and(|w| {
            matches!(w.trim_end_matches([',', ';']).to_ascii_lowercase().as_str(), "a.m." | "p.m." | "a.m" | "p.m" | "am" | "pm" | "am." | "pm.")
        });
        if clock_after {
            continue;
        }
        let next_digit = |s: &str| s.chars().nth(1).is_some_and(|c| c.is_ascii_digit());
        if after == Some(':') && next_digit(&text[whole.end()..])
            || before == Some(':') && text[..whole.start()].chars().rev().nth(1).is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        // "on Jan. 6 300 protesters": after a month name the first group is the day
        let (start, n1_text) = match day_group_after_month(n1.as_str(), &text[..whole.start()]) {
            Some(rest) => (n1.end() - rest.len(), rest),
            None => (whole.start(), n1.as_str()),
        };
        let strong = text[whole.end()..].starts_with("-strong");
        if c.name("scale").is_none() && c.name("scale1").is_none() && c.name("n2").is_none() && after == Some('-') && !strong {
            // "20-year", "13-year-old", "Tu-95"
            continue;
        }
        let scale2 = c.name("scale").and_then(|s| scale_of(s.as_str()));
        let scale1 = c.name("scale1").and_then(|s| scale_of(s.as_str()));
        let scale = scale1.or(scale2).unwrap_or(1);
        let Some(value) = digits_value(n1_text, scale) else { continue };
        let value_max = c.name("n2").and_then(|n| digits_value(n.as_str(), scale2.or(scale1).unwrap_or(1)));
        let raw = n1_text;
        let year_like = scale == 1 && raw.len() == 4 && !raw.contains([',', '.']) && (1900..=2100).contains(&value);
        out.push(NumberMention {
            start,
            end: whole.end(),
            value,
            value_max: value_max.filter(|m| *m > value),
            money: c.name("cur").is_some(),
            in_words: false,
            year_like,
        });
    }
    for m in WORDS.find_iter(text) {
        let mut start = m.start();
        let run = m.as_str();
        let lower = run.to_ascii_lowercase();
        // "a" and "an" count only before hundred/thousand/million/billion/dozen
        if let Some(rest) = lower.strip_prefix("a ").or_else(|| lower.strip_prefix("an ")) {
            let first = rest.trim_start().split([' ', '-']).next().unwrap_or("");
            if !matches!(first, "hundred" | "thousand" | "million" | "billion" | "dozen") {
                start += run.len() - rest.trim_start().len();
            }
        }
        let run = &text[start..m.end()];
        // "hundreds"/"thousands" are plural vague quantities; the word boundary stops before the s, so check
        if text[m.end()..].starts_with('s') {
            continue;
        }
        // a lone "one" is usually a pronoun ("one of them", "the one")
        if run.eq_ignore_ascii_case("one") {
            continue;
        }
        // "several thousand", "a few hundred": a scale with no count is vague
        let scale_only = matches!(run.to_ascii_lowercase().as_str(), "hundred" | "thousand" | "million" | "billion" | "dozen");
        let vague_before = text[..start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| matches!(w.to_ascii_lowercase().as_str(), "several" | "few" | "some" | "many" | "multiple"));
        if scale_only && vague_before {
            continue;
        }
        let Some(value) = words_value(run) else { continue };
        out.push(NumberMention {
            start,
            end: m.end(),
            value,
            value_max: None,
            money: false,
            in_words: true,
            year_like: false,
        });
    }
    out.sort_by_key(|n| n.start);
    // "1.8 million": the scale word belongs to the digits before it
    let mut kept: Vec<NumberMention> = Vec::with_capacity(out.len());
    for n in out {
        match kept.last() {
            Some(last) if n.start < last.end => {}
            _ => kept.push(n),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(text: &str) -> Vec<(i64, Option<i64>)> {
        find_numbers(text).into_iter().map(|n| (n.value, n.value_max)).collect()
    }

    #[test]
    fn parses_digits_with_thousands_separators() {
        assert_eq!(values("Police held 12,000 people and 1,250,000 fled."), vec![(12_000, None), (1_250_000, None)]);
    }

    #[test]
    fn parses_lakh_grouping_and_skips_times_of_day() {
        assert_eq!(values("nearly 1,00,000 troops and 12,50,000 people"), vec![(100_000, None), (1_250_000, None)]);
        assert_eq!(values("[06.01.2022 19:40] at 9:05 am, 3 posts"), vec![(3, None)]);
        assert_eq!(values("a 2:1 vote, 12,000 people"), vec![(12_000, None)]);
    }

    #[test]
    fn a_scale_after_several_or_a_few_is_no_number() {
        assert_eq!(values("several thousand soldiers and a few hundred police"), vec![]);
        assert_eq!(values("a thousand soldiers and two hundred police"), vec![(1_000, None), (200, None)]);
    }

    #[test]
    fn parses_scaled_decimals() {
        assert_eq!(values("a city of 1.8 million people"), vec![(1_800_000, None)]);
    }

    #[test]
    fn parses_money_ranges() {
        let found = find_numbers("Losses may reach $4-6 billion.");
        assert_eq!((found[0].value, found[0].value_max, found[0].money), (4_000_000_000, Some(6_000_000_000), true));
        assert_eq!(values("between 10 to 15 tanks"), vec![(10, Some(15))]);
        assert_eq!(values("$2 billion to $3 billion"), vec![(2_000_000_000, Some(3_000_000_000))]);
        assert_eq!(values("1.5 million-2 million"), vec![(1_500_000, Some(2_000_000))]);
    }

    #[test]
    fn parses_number_words() {
        assert_eq!(values("two thousand soldiers"), vec![(2000, None)]);
        assert_eq!(values("almost a thousand more"), vec![(1000, None)]);
        assert_eq!(values("twelve jets and three ships"), vec![(12, None), (3, None)]);
        assert_eq!(values("three hundred and fifty-two votes"), vec![(352, None)]);
        assert_eq!(values("twenty-five buses"), vec![(25, None)]);
        assert_eq!(values("a dozen cars"), vec![(12, None)]);
    }

    #[test]
    fn skips_codes_models_and_vague_plurals() {
        assert_eq!(values("S-400 systems, Su-35 jets, COVID-19, Tu-95MS, the 300th day, A4 paper"), vec![]);
        assert_eq!(values("thousands of people and hundreds of cars"), vec![]);
        assert_eq!(values("one of them"), vec![]);
        assert_eq!(values("a 20-year deal and a 13-year-old girl"), vec![]);
    }

    #[test]
    fn parses_thousands_grouped_by_spaces() {
        assert_eq!(values("in total 7 939 persons and 2\u{a0}030 servicemen"), vec![(7939, None), (2030, None)]);
        // grouped by apostrophes, as Swiss papers write them
        assert_eq!(values("more than 9'900 people and 2\u{2019}030 soldiers, the 1990's"), vec![(9900, None), (2030, None), (1990, None)]);
        assert_eq!(values("1 250 000 fled"), vec![(1_250_000, None)]);
        // a day followed by a year is not one number
        assert_eq!(values("on January 10 2022 police"), vec![(10, None), (2022, None)]);
        assert_eq!(values("groups of 12 3-year-olds"), vec![(12, None)]);
        // after a month name the first group is a day
        assert_eq!(values("on Jan. 6 300 protesters and on January 7 2 500 more"), vec![(300, None), (7, None), (2500, None)]);
        assert_eq!(find_numbers("Jan. 6 300 protesters")[0].start, 7);
        assert_eq!(values("they may 6 300 times"), vec![(6300, None)]);
    }

    #[test]
    fn skips_dates_written_with_dots() {
        assert_eq!(values("resigned on 05.01.2022 and on 10.01 in total 7 939 persons"), vec![(7939, None)]);
        assert_eq!(values("as of 11.01.2022, 1,678 firearms"), vec![(1678, None)]);
        // a decimal is still a number
        assert_eq!(values("a rise of 10.01 percent and 1.5 million"), vec![(10, None), (1_500_000, None)]);
        assert_eq!(values("prices rose by 1.05 percent"), vec![(1, None)]);
    }

    #[test]
    fn marks_year_like_numbers() {
        let found = find_numbers("in 2014 and 3030 buildings and 2,014 cars");
        assert_eq!(found.iter().map(|n| n.year_like).collect::<Vec<_>>(), vec![true, false, false]);
    }

    #[test]
    fn huge_numbers_saturate_instead_of_panicking() {
        let found = find_numbers("99999999999999999999999 troops and 9,999,999,999,999,999 trillion");
        assert!(found.iter().all(|n| n.value >= 0));
        assert!(words_value(&"ninety billion ".repeat(40)).is_some_and(|v| v > 0));
    }
}
