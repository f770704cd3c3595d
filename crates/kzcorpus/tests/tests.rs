//! Integration tests of the kzcorpus library, built as one binary.

// Shared helpers: temporary databases, building the bundled corpus, scoring against gold.
#[allow(dead_code)]
mod common;
// Article segmentation and metadata against the gold annotation.
mod gold_articles;
// Quotes and speakers against the gold annotation.
mod gold_quotes;
// Events and claims against the gold annotation.
mod gold_events;
// Refused documents (encoding, binary, empty, size cap) leave the database unchanged.
mod bad_input;
// Rebuilding is idempotent; databases from newer versions are refused.
mod rebuild;
// The parallel build writes the rows of a sequential one; the bulk FTS index is exact.
mod parallel_build;
// Hostile input (issue 7): broken files, pathological text, linear work, safe queries.
mod hostile;
// The hand-annotated development set in other outlets' styles must not regress.
mod devset;
