//! Claims: every claim's span lies in the body and a range never runs backwards.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    for article in kzcorpus::segment::segment(text) {
        let index = kzcorpus::speakers::find_speakers(&article);
        let chars = article.body.chars().count();
        for c in kzcorpus::claims::extract_claims(&article, &index) {
            assert!(c.start <= c.end && c.end <= chars);
            assert!(c.value_max.map_or(true, |m| m >= c.value));
        }
    }
});
