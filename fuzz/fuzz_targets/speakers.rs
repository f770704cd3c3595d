//! Speakers: every mention's text is exactly its span of the body, and points at a speaker.
#![no_main]

use kzcorpus::model::span::slice_chars;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for article in kzcorpus::segment::segment(text) {
        let index = kzcorpus::speakers::find_speakers(&article);
        let chars = article.body.chars().count();
        for m in &index.mentions {
            assert!(m.start <= m.end && m.end <= chars);
            assert!(m.speaker < index.speakers.len());
            assert_eq!(slice_chars(&article.body, m.start, m.end), m.text);
        }
    }
});
