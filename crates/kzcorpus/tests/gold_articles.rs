//! Gold-annotation figures (filled by the issue that owns this stage).
