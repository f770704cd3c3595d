//! Speaker recognition and normalisation: names, titles, aliases, transliteration keys.
//!
//! Pure functions over article text. No SQL here: the store maps [`LocalSpeaker`]s onto
//! database-wide speaker ids using [`alias_key`].
//! (Placeholder: recognises nothing yet.)

use crate::model::{Article, SpeakerIndex};

/// Finds the speakers named in `article` and every mention of them.
pub fn find_speakers(_article: &Article) -> SpeakerIndex {
    SpeakerIndex::default()
}

/// The normalised match key of a name: lowercase, accents and punctuation removed,
/// transliteration variants folded (Andrey/Andrei, Serdiukov/Serdyukov).
pub fn alias_key(name: &str) -> String {
    let lower: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}
