//! Properties of normalization and decoding, through the front door (whose
//! normalization of text also decodes HTML character references, as
//! extraction does). The chrome lines each seed drops are checked in
//! `src/normalize`.

use std::fs;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vnextract::{DecodeError, Decoded, Encoding, Extractor, NormalizeOptions, Options};

const SEEDS: &[&str] = &[
    "000_son_la_cchc_2016.txt",
    "001_bac_kan_cchc_2017.txt",
    "002_cchc_index_2015.txt",
    "003_an_giang_cchc_2015.txt",
    "004_son_la_sipas_2022.txt",
];

fn seed(name: &str) -> String {
    fs::read_to_string(format!("fixtures/{name}")).expect("seed exists")
}

/// `text` normalized as `options` say.
fn normalize(text: &str, options: NormalizeOptions) -> String {
    let options = Options {
        normalize: options,
        ..Options::default()
    };
    Extractor::new(options).normalize_text(text)
}

/// `bytes` read as `encoding`.
fn decode(bytes: &[u8], encoding: Encoding) -> Result<Decoded, DecodeError> {
    let options = Options {
        encoding,
        ..Options::default()
    };
    Extractor::new(options).decode(bytes)
}

fn norm(text: &str) -> String {
    normalize(text, NormalizeOptions::default())
}

#[test]
fn keep_chrome_keeps_every_line() {
    let options = NormalizeOptions { keep_chrome: true };
    for name in SEEDS {
        let text = seed(name);
        let kept = normalize(&text, options);
        let non_blank = |s: &str| s.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(non_blank(&kept), non_blank(&text), "{name}");
    }
}

#[test]
fn seeds_are_idempotent_and_nfd_gives_the_same_record() {
    for name in SEEDS {
        let text = seed(name);
        let once = norm(&text);
        assert_eq!(norm(&once), once, "{name}");
        let nfd: String = text.nfd().collect();
        let nfc: String = text.nfc().collect();
        assert_eq!(norm(&nfd), once, "{name}: NFD");
        assert_eq!(vnextract::extract(&nfd), vnextract::extract(&nfc), "{name}");
        assert_eq!(
            vnextract::extract(&nfc),
            vnextract::extract(&text),
            "{name}"
        );
    }
}

/// Characters that exercise the normalizer: Vietnamese letters in both
/// forms, old-style tones, every kind of space and invisible, line ends.
fn vietnamese_ish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "a",
        "o",
        "u",
        "y",
        "e",
        "q",
        "Q",
        "O",
        "U",
        "h",
        "à",
        "á",
        "ả",
        "ã",
        "ạ",
        "è",
        "ẻ",
        "ý",
        "ỳ",
        "ỵ",
        "À",
        "Ý",
        "ơ",
        "ư",
        "đ",
        "Đ",
        "\u{300}",
        "\u{301}",
        "\u{303}",
        "\u{309}",
        "\u{323}",
        "\u{302}",
        "\u{306}",
        "\u{31B}",
        " ",
        "  ",
        "\t",
        "\u{A0}",
        "\u{AD}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{2028}",
        "\u{2000}",
        "\u{3000}",
        "\n",
        "\r\n",
        "\r",
        "\n\n\n",
        "–",
        "“",
        "1",
        "2016",
        ":",
        ".",
        "Lượt xem: 137",
        "anh tin bai",
        "Bản quyền thuộc Sở",
        "Địa chỉ: số 1",
        "E-mail: a@b.vn",
        "Số lần xem các bài viết",
        "Hội nghị",
        "hoà",
        "thuỷ",
        "quý",
        "\u{1}",
        "\u{85}",
        "\u{2126}",
        "\u{F900}",
        "한",
        "\u{1100}\u{1161}",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn normalize_is_idempotent(text in vietnamese_ish()) {
        let once = norm(&text);
        prop_assert_eq!(norm(&once), once.clone());
        let kept = normalize(&text, NormalizeOptions { keep_chrome: true });
        prop_assert_eq!(normalize(&kept, NormalizeOptions { keep_chrome: true }), kept);
    }

    #[test]
    fn normalize_never_panics_and_is_idempotent_on_any_string(text in any::<String>()) {
        let once = norm(&text);
        prop_assert_eq!(norm(&once), once.clone());
    }

    #[test]
    fn nfc_and_nfd_normalize_alike(text in vietnamese_ish()) {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(norm(&nfc), norm(&nfd));
    }

    #[test]
    fn decode_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        for encoding in [Encoding::Auto, Encoding::Utf8, Encoding::Utf16,
                         Encoding::Windows1258, Encoding::Tcvn3, Encoding::Vni] {
            let _ = decode(&bytes, encoding);
        }
    }

    #[test]
    fn decode_never_panics_on_text_like_bytes(
        bytes in prop::collection::vec(prop::sample::select(
            vec![b'a', b'o', b'u', b' ', b'\n', 0xE1, 0xBA, 0xBB, 0xC3, 0xA1, 0xC2, 0xE9, 0xF9, 0xFF, 0xFE, 0xEF, 0xBF, 0]), 0..256)
    ) {
        for encoding in [Encoding::Auto, Encoding::Utf8, Encoding::Utf16,
                         Encoding::Windows1258, Encoding::Tcvn3, Encoding::Vni] {
            if let Ok(decoded) = decode(&bytes, encoding) {
                let once = norm(&decoded.text);
                prop_assert_eq!(norm(&once), once.clone());
            }
        }
    }
}

/// `vnextract normalize` prints the text extraction sees; `--keep-chrome`
/// keeps the furniture.
#[test]
fn cli_normalize_and_keep_chrome() {
    use assert_cmd::Command;
    let path = "fixtures/004_son_la_sipas_2022.txt";
    let run = |args: &[&str]| {
        let output = Command::cargo_bin("vnextract")
            .unwrap()
            .args(args)
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let normal = run(&["normalize", path]);
    assert_eq!(normal, norm(&seed("004_son_la_sipas_2022.txt")));
    assert!(!normal.contains("Lượt xem: 137"));
    let kept = run(&["normalize", "--keep-chrome", path]);
    assert!(kept.contains("Lượt xem: 137"));
    assert!(kept.contains("Chung nhan Tin Nhiem Mang"));
    let tcvn3 = run(&[
        "normalize",
        "--encoding",
        "tcvn3",
        "fixtures/encodings/000.tcvn3.txt",
    ]);
    assert!(tcvn3.starts_with("Hội nghị tổng kết công tác cải cách hành chính"));
}
