//! Dated events and relative-date resolution.
//!
//! Pure functions over article text. No SQL here.
//! (Placeholder: finds nothing yet.)

use crate::model::{Article, Event, SpeakerIndex};

/// Finds the events reported in `article`, with dates resolved against its publication date.
pub fn extract_events(_article: &Article, _speakers: &SpeakerIndex) -> Vec<Event> {
    Vec::new()
}
