//! Compiling the extraction rules' regular expressions.
//!
//! Every pattern is compiled here so that all of them get a lazy-DFA cache large enough for
//! their size. With the `regex` crate's default cache (a few megabytes), the larger rules
//! (the page-furniture set, the gazetteer alternations, Unicode classes under case
//! folding) exhaust the cache, and the engine falls back to the PikeVM, which is linear but
//! about a hundred times slower. The cache is per thread and grows only as states are
//! actually built, so the limit is a ceiling, not an allocation.
//!
//! Rules write word boundaries as `(?-u:\b)` (ASCII): a Unicode `\b` makes the lazy DFA
//! give up on the first non-ASCII byte (a curly quote, an em dash) and fall back as well.

use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// The lazy-DFA cache ceiling of each compiled rule, in bytes.
const DFA_CACHE_LIMIT: usize = 64 << 20;

/// Compiles one rule.
pub(crate) fn regex(pattern: &str) -> Result<Regex, regex::Error> {
    RegexBuilder::new(pattern)
        .dfa_size_limit(DFA_CACHE_LIMIT)
        .build()
}

/// Compiles a set of rules (each may carry its own flags).
pub(crate) fn set<I, S>(patterns: I) -> Result<RegexSet, regex::Error>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    RegexSetBuilder::new(patterns).dfa_size_limit(DFA_CACHE_LIMIT).build()
}

/// Compiles a set of rules matched case-insensitively (page furniture, teaser headers).
pub(crate) fn set_ci<I, S>(patterns: I) -> Result<RegexSet, regex::Error>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    RegexSetBuilder::new(patterns)
        .case_insensitive(true)
        .dfa_size_limit(DFA_CACHE_LIMIT)
        .build()
}
