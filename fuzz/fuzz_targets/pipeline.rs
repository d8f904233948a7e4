//! Arbitrary bytes through decode → normalize → extract: must never panic, and
//! every fact's offsets must point at its text in the normalized document.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let extractor = vnextract::Extractor::default();
    let record = extractor.extract_bytes("fuzz", bytes);
    // The batch path takes the read buffer by value: it must give the same record.
    let owned = extractor.extract_owned_bytes("fuzz", bytes.to_vec());
    assert_eq!(owned, record);
    if record.error.is_none() {
        let normalized = extractor.normalize(bytes).unwrap();
        let chars: Vec<char> = normalized.chars().collect();
        for (text, start, end) in record.spans() {
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(slice, text);
        }
    }
    let _ = serde_json::to_string(&record);
});
