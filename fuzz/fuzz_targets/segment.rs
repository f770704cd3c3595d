//! Segmentation: any text splits into articles that lie inside the document.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let chars = text.chars().count();
    for (i, a) in kzcorpus::segment::segment(text).iter().enumerate() {
        assert_eq!(a.ordinal, i);
        assert!(a.doc_start <= a.doc_end && a.doc_end <= chars, "article {i} at {}..{} of {chars}", a.doc_start, a.doc_end);
    }
});
