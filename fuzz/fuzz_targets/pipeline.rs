//! Arbitrary bytes through decode → normalize → extract: must never panic, and
//! every fact's offsets must point at its text in the normalized document.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let record = vnextract::process_bytes("fuzz", bytes, vnextract::Options::default());
    // The batch path takes the read buffer by value: it must give the same record.
    let owned = vnextract::process_owned_bytes("fuzz", bytes.to_vec(), vnextract::Options::default());
    assert_eq!(owned, record);
    if record.error.is_none() {
        let text = vnextract::decode::decode(bytes, vnextract::Encoding::Auto).unwrap().text;
        let normalized = vnextract::normalize::normalize(&text, Default::default());
        let chars: Vec<char> = normalized.chars().collect();
        for (text, start, end) in vnextract::record::spans(&record) {
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(slice, text);
        }
    }
    let _ = serde_json::to_string(&record);
});
