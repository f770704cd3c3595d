//! Events: every event's span lies in the body and its participants are known speakers.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for article in kzcorpus::segment::segment(text) {
        let index = kzcorpus::speakers::find_speakers(&article);
        let chars = article.body.chars().count();
        for e in kzcorpus::events::extract_events(&article, &index) {
            assert!(e.start <= e.end && e.end <= chars);
            assert!(e.participants.iter().all(|&p| p < index.speakers.len()));
        }
    }
});
