//! Numeric claims: killed, injured, detained, troops, aircraft, damage.
//!
//! Pure functions over article text. No SQL here.
//! (Placeholder: finds nothing yet.)

use crate::model::{Article, Claim, SpeakerIndex};

/// Finds the numeric claims in `article` and who the article says made them.
pub fn extract_claims(_article: &Article, _speakers: &SpeakerIndex) -> Vec<Claim> {
    Vec::new()
}
