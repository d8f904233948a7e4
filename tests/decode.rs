//! Every file in `fixtures/encodings/` is the same seed paragraph (from
//! `fixtures/000_son_la_cchc_2016.txt`) in another encoding or form; each
//! must decode, detected and named, to the same normalized text.

use std::fs;

use vnextract::{DecodeError, Decoded, Encoding, Extractor, Options};

fn fixture(name: &str) -> Vec<u8> {
    fs::read(format!("fixtures/encodings/{name}")).expect("fixture exists")
}

/// `bytes` read as `encoding`.
fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded, DecodeError> {
    let options = Options {
        encoding,
        ..Options::default()
    };
    Extractor::new(options).decode(bytes)
}

fn normalized(text: &str) -> String {
    Extractor::default().normalize_text(text)
}

/// (file, encoding named by detection, encoding to ask for explicitly)
const FILES: &[(&str, &str, Encoding)] = &[
    ("000.utf-8.txt", "utf-8", Encoding::Utf8),
    ("000.utf-8-bom.txt", "utf-8", Encoding::Utf8),
    ("000.nfd.txt", "utf-8", Encoding::Utf8),
    ("000.crlf.txt", "utf-8", Encoding::Utf8),
    ("000.utf-16le-bom.txt", "utf-16le", Encoding::Utf16),
    ("000.utf-16be-bom.txt", "utf-16be", Encoding::Utf16),
    (
        "000.windows-1258.txt",
        "windows-1258",
        Encoding::Windows1258,
    ),
    ("000.tcvn3.txt", "tcvn3", Encoding::Tcvn3),
    ("000.vni.txt", "vni", Encoding::Vni),
    (
        "000.mojibake.txt",
        "utf-8 (repaired mojibake)",
        Encoding::Utf8,
    ),
];

#[test]
fn every_encoding_gives_the_same_text() {
    let reference = normalized(&String::from_utf8(fixture("000.utf-8.txt")).unwrap());
    assert!(reference.contains("Hội nghị tổng kết công tác cải cách hành chính"));
    for &(name, detected, explicit) in FILES {
        let bytes = fixture(name);
        let auto = decode(&bytes, Encoding::Auto).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(auto.encoding, detected, "{name}");
        assert_eq!(normalized(&auto.text), reference, "{name} (auto)");
        let named = decode(&bytes, explicit).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(normalized(&named.text), reference, "{name} ({explicit:?})");
    }
}

#[test]
fn tcvn3_capitals_font_reads_as_capitals() {
    let decoded = decode(&fixture("000.tcvn3-capitals.txt"), Encoding::Tcvn3).unwrap();
    assert_eq!(
        decoded.text.trim_end(),
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC CẢI CÁCH HÀNH CHÍNH VÀ CÔNG TÁC NỘI VỤ NĂM 2016"
    );
}

#[test]
fn wrong_explicit_encoding_is_an_error_not_garbage() {
    let error = decode(&fixture("000.tcvn3.txt"), Encoding::Utf8).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("the input is not valid UTF-8")
    );
}

#[test]
fn undecodable_input_gives_an_error_record_not_facts() {
    let extractor = vnextract::Extractor::default();
    for (bytes, message) in [
        (b"".as_slice(), "the input is empty or only whitespace"),
        (b"PK\x03\x04\x14\x00\x06\x00", "the input is binary data"),
        (
            &[
                0x9D_u8, 0x81, 0x8F, 0x90, 0x8D, 0x9D, 0x81, 0x8F, 0x90, 0x8D,
            ],
            "the input is not UTF-8",
        ),
    ] {
        let record = extractor.extract_bytes("x", bytes);
        let error = record.error.as_deref().unwrap_or_default();
        assert!(error.starts_with(message), "{bytes:x?}: {error}");
        assert!(record.dates.is_empty() && record.people.is_empty());
    }
}

/// Western European text saved in Windows-1252 (issue 16): read as such, not
/// as TCVN3 ("Gebühren" became "Gebỹhren") or VNI.
const WESTERN: &[(&str, &str)] = &[
    (
        "German",
        "Die Gebühren für die Nutzung der öffentlichen Einrichtungen werden ab dem 1. Januar erhöht. Der Bürgermeister erklärte, dass die Maßnahme für den Haushalt nötig sei.",
    ),
    (
        "French",
        "Le conseil municipal a approuvé le budget de l'année prochaine. Les élus ont décidé d'augmenter les dépenses pour les écoles et la sécurité, là où c'était nécessaire.",
    ),
    (
        "English",
        "The café on the corner serves a crème brûlée that critics call naïve but delightful; the résumé of its chef mentions a stint in São Paulo.",
    ),
];

#[test]
fn windows_1252_text_is_read_as_windows_1252() {
    for &(language, text) in WESTERN {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
        assert!(!unmappable, "{language}");
        let decoded = decode(&bytes, Encoding::Auto).unwrap_or_else(|e| panic!("{language}: {e}"));
        assert_eq!(decoded.encoding, "windows-1252", "{language}");
        assert_eq!(decoded.text, text, "{language}");
    }
}
