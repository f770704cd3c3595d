//! Document decoding: any bytes either decode to text without NUL or CR, or are refused
//! with an error naming the file.
#![no_main]

use std::path::Path;

use kzcorpus::document::{decode, ReadOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for lossy in [false, true] {
        let options = ReadOptions { lossy, ..Default::default() };
        match decode(Path::new("fuzz.txt"), data, &options) {
            Ok(doc) => {
                assert!(!doc.text.contains('\r'), "a CR survived decoding");
                assert!(!doc.text.trim().is_empty(), "empty text accepted");
                assert_eq!(doc.bytes, data.len() as u64);
            }
            Err(e) => assert!(e.to_string().contains("fuzz.txt"), "error without the file name: {e}"),
        }
    }
});
