//! kzcorpus turns raw English news documents into one SQLite database of articles,
//! quotes, speakers, events and numeric claims, each row traceable to character offsets
//! in the stored article text.
//!
//! ```
//! use kzcorpus::{Corpus, QuoteFilter};
//!
//! # fn main() -> kzcorpus::Result<()> {
//! let corpus = Corpus::open_bundled()?;                 // the bundled dataset, in memory
//! let quotes = corpus.quotes(&QuoteFilter::default().speaker("Lavrov"))?;
//! for text in quotes.texts("text").into_iter().flatten().take(3) {
//!     println!("{text}");
//! }
//! # Ok(())
//! # }
//! ```
//!
//! The pipeline is a chain of pure stages — [`document`] (bytes → text), [`markup`]
//! (a page's HTML residue and PDF line wraps → the text a reader saw), [`segment`]
//! (text → articles), [`speakers`], [`quotes`], [`events`], [`claims`] — joined by
//! [`extract()`]; only [`store`] touches SQLite. Use [`extract()`] alone to process text
//! without a database (e.g. in Spark or Dask workers), or [`build()`] to fill one.

#![warn(missing_docs)]

pub mod build;
pub mod bundled;
pub mod claims;
pub mod corpus;
pub mod datasette;
pub mod document;
pub mod error;
pub mod events;
pub mod extract;
pub mod gen;
pub mod import;
pub mod metadata;
pub mod feed;
pub mod markdown;
pub mod markup;
pub mod model;
pub mod quotes;
pub mod segment;
pub mod speakers;
pub mod store;
pub mod subtitles;
mod rx;

pub use build::{build, build_sources, BuildOptions, BuildReport, Progress, Source, EXTRACTOR_VERSION};
pub use corpus::{Corpus, OpenOptions};
pub use document::{Document, ReadOptions};
pub use error::{Error, ErrorKind, Result};
pub use extract::{extract, ExtractOptions, DOMAIN_ANCHOR};
pub use model::*;
pub use store::{ArticleFilter, ClaimFilter, Column, EventFilter, QuoteFilter, Table, Values};
