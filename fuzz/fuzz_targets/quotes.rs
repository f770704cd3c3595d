//! Quotes: every quote's text is exactly its span of the body, with a valid speaker index
//! and a confidence between 0 and 1.
#![no_main]

use kzcorpus::model::span::slice_chars;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for article in kzcorpus::segment::segment(text) {
        let mut index = kzcorpus::speakers::find_speakers(&article);
        let quotes = kzcorpus::quotes::extract_quotes(&article, &mut index);
        let chars = article.body.chars().count();
        for q in &quotes {
            assert!(q.start <= q.end && q.end <= chars);
            assert!(q.speaker.map_or(true, |s| s < index.speakers.len()));
            assert!((0.0..=1.0).contains(&q.confidence));
            assert_eq!(slice_chars(&article.body, q.start, q.end), q.text);
        }
    }
});
