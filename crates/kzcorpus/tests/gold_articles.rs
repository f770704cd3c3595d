//! Gold-annotation figures (filled by the issue that owns this stage).
#![allow(unused_imports)]
use crate::common;
