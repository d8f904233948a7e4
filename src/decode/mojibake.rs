//! Repair of UTF-8 that was read as Windows-1252 and saved again as UTF-8:
//! "Há»™i nghá»‹" back to "Hội nghị", and text that went through it twice.
//!
//! Text is repaired only when it carries one of [`MOJIBAKE_SIGNATURES`],
//! pairs that no real text holds; then each run of Windows-1252 characters is
//! turned back into its bytes and every valid UTF-8 sequence in them replaces
//! its characters. The Windows-1252 table lives here because the repair reads
//! it both ways; the VNI reader in [`super::legacy`] and the numeric
//! references of [`super::entities`] borrow [`cp1252_char`].

/// Windows-1252 bytes 0x80..=0x9F; undefined ones keep their C1 code point,
/// as Windows and most converters do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The Windows-1252 byte of `c`, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    match c as u32 {
        0..=0x7F | 0xA0..=0xFF => Some(c as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|&h| h == c)
            .map(|i| 0x80 + i as u8),
    }
}

pub(super) fn cp1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The signatures of UTF-8 read as Windows-1252: the lead bytes of ạ..ỹ
/// ("áº", "á»"), đ ("Ä‘"), ư ("Æ°"), ơ ("Æ¡"), Đ ("Ä\u{90}"), of typographic
/// punctuation ("â€") and emoji ("ðŸ"), and of é ä ö ü; then the same read
/// twice. None of these pairs occurs in real text.
const MOJIBAKE_SIGNATURES: [&str; 16] = [
    "áº",
    "á»",
    "Ä‘",
    "Æ°",
    "Æ¡",
    "Ä\u{90}",
    "â€",
    "ðŸ",
    "Ã©",
    "Ã¤",
    "Ã¶",
    "Ã¼",
    "Ã¡Âº",
    "Ã¡Â»",
    "Ã„â€˜",
    "Ã†Â°",
];

/// True when `text` holds one of [`MOJIBAKE_SIGNATURES`]. Each starts with a
/// two-byte Latin-1 letter (lead byte C3) followed by a character whose lead
/// byte is C2, C5 or E2; those lead bytes are rare in Vietnamese (NBSP,
/// quotes, dashes), so they are the candidates, checked in place.
fn has_mojibake_signature(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0xC2, 0xC5, 0xE2, bytes).any(|i| {
        i >= 2
            && bytes[i - 2] == 0xC3
            && MOJIBAKE_SIGNATURES
                .iter()
                .any(|signature| bytes[i - 2..].starts_with(signature.as_bytes()))
    })
}

/// Repairs UTF-8 that was read as Windows-1252 and saved again as UTF-8;
/// `None` when `text` shows no sign of it.
pub(super) fn repair_mojibake(text: &str) -> Option<String> {
    if !has_mojibake_signature(text) {
        return None;
    }
    let mut current = undo_cp1252(text);
    if has_mojibake_signature(&current) {
        current = undo_cp1252(&current);
    }
    Some(current)
}

/// One round of repair: every run of characters that are Windows-1252 bytes is
/// turned back into those bytes, and each valid UTF-8 multi-byte sequence in
/// them replaces its characters; anything else stays as it was.
fn undo_cp1252(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<u8> = Vec::new();
    for c in text.chars() {
        match cp1252_byte(c) {
            Some(b) => run.push(b),
            None => {
                flush_run(&run, &mut out);
                run.clear();
                out.push(c);
            }
        }
    }
    flush_run(&run, &mut out);
    out
}

fn flush_run(run: &[u8], out: &mut String) {
    let mut i = 0;
    while i < run.len() {
        let b = run[i];
        let len = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        if len > 1
            && let Some(Ok(s)) = run.get(i..i + len).map(std::str::from_utf8)
        {
            out.push_str(s);
            i += len;
            continue;
        }
        out.push(cp1252_char(b));
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{SENTENCE, auto};
    use super::*;

    #[test]
    fn mojibake_is_repaired() {
        // UTF-8 bytes read as Windows-1252, then saved as UTF-8 again.
        let garbled: String = SENTENCE.bytes().map(cp1252_char).collect();
        assert!(garbled.contains("Há»™i nghá»‹"));
        let (text, name) = auto(garbled.as_bytes()).unwrap();
        assert_eq!(text, SENTENCE);
        assert_eq!(name, "utf-8 (repaired mojibake)");
        // twice garbled
        let twice: String = garbled.bytes().map(cp1252_char).collect();
        assert_eq!(auto(twice.as_bytes()).unwrap().0, SENTENCE);
    }

    /// The candidate search of `has_mojibake_signature` sees every signature.
    #[test]
    fn every_signature_has_a_candidate_byte() {
        for signature in MOJIBAKE_SIGNATURES {
            let bytes = signature.as_bytes();
            assert_eq!(bytes[0], 0xC3, "{signature:?}");
            assert!(matches!(bytes[2], 0xC2 | 0xC5 | 0xE2), "{signature:?}");
        }
    }

    /// Same answer as searching the whole text for every signature.
    #[test]
    fn signature_check_agrees_with_a_full_search() {
        let searcher = aho_corasick::AhoCorasick::new(MOJIBAKE_SIGNATURES).unwrap();
        let garbled: String = SENTENCE.bytes().map(cp1252_char).collect();
        let twice: String = garbled.bytes().map(cp1252_char).collect();
        let mut texts = vec![
            SENTENCE.to_owned(),
            garbled,
            twice,
            "Café Trung Nguyên, Ã là chữ cái".to_owned(),
            "Federer – Dolgopolov: «Wimbledon» \u{A0}© 2019".to_owned(),
            "â€".to_owned(),
            "xÃ„â€˜".to_owned(),
            "ÃÃ©".to_owned(),
        ];
        texts.extend(MOJIBAKE_SIGNATURES.iter().map(|s| format!("a{s}b")));
        for text in &texts {
            assert_eq!(
                has_mojibake_signature(text),
                searcher.is_match(text.as_str()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn text_with_latin_letters_is_not_repaired() {
        for text in [
            "Café Trung Nguyên, Ã là chữ cái",
            "Federer – Dolgopolov: «Wimbledon»",
        ] {
            assert_eq!(auto(text.as_bytes()).unwrap(), (text.into(), "utf-8"));
        }
    }
}
