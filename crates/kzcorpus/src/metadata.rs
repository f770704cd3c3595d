//! Article metadata: outlet, publication date, byline authors and dateline.
//!
//! Pure functions over text. No SQL, no I/O.
//! (Placeholder: fills nothing yet.)

use crate::model::Article;

/// Fills the metadata fields of `article` from the page text around it.
pub fn fill(_article: &mut Article, _page: &str) {}
