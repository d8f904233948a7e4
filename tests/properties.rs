//! Properties over arbitrary input: extraction never panics, and every fact's
//! `start..end` (characters) slice of the normalized text equals its `text`.

use proptest::prelude::*;

fn check_spans(text: &str) {
    let record = vnextract::extract(text);
    let normalized = vnextract::Extractor::default().normalize_text(text);
    let chars: Vec<char> = normalized.chars().collect();
    for (fact, start, end) in record.spans() {
        assert!(
            start <= end && end <= chars.len(),
            "{fact:?} at {start}..{end} of {}",
            chars.len()
        );
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, fact);
    }
}

/// Pieces of real report language, so random mixes reach the extractors' rules.
const PIECES: &[&str] = &[
    "Ngày 24/12/2016, ",
    "Sáng nay, ngày 30/12, ",
    "UBND tỉnh Sơn La ",
    "đồng chí Cầm Ngọc Minh, ",
    "Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh ",
    "chủ trì Hội nghị. ",
    "đạt 94,3%",
    "gần 95% ",
    "50/53 đầu công việc",
    "trao Bằng khen cho 11 tập thể và 13 cá nhân",
    "tặng 01 cờ thi đua, ",
    "91,19/100 điểm",
    "giảm 1,76 điểm",
    "quý I/2017",
    "4 tháng đầu năm 2017",
    "giai đoạn 2016 – 2021",
    "Nghị định số 108/2014/NĐ-CP",
    "Thanh Hoá ",
    "Khánh Hoà",
    "\n\n",
    " ",
    "–",
    "Tue, 27/12/2016 17:00 | GMT +7\n",
    "Tổng số lượt truy cập: 40503542\n",
    "ông Bùi Quang Cẩm - Tỉnh ủy viên - ",
    "Chủ tịch UBND tỉnh Vương Bình Thạnh ",
    "%",
    "/",
    ",",
    "9",
    "đ",
    "\u{0301}",
    "\u{00A0}",
    "\u{200B}",
    "\r\n",
    "TP.HCM",
    "Bà Rịa–Vũng Tàu",
    "Nguyễn Xu&acirc;n Thanh ",
    "Chi&#7871;n s&#297; ",
    "&ndash;",
    "&nbsp;",
    "&amp;",
    "&#0;",
    "&#x",
    "TN&MT",
    "&",
    ";",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_strings_never_panic_and_spans_match(text in any::<String>()) {
        check_spans(&text);
    }

    #[test]
    fn mixes_of_report_language_never_panic_and_spans_match(
        picks in proptest::collection::vec(0..PIECES.len(), 0..60)
    ) {
        let text: String = picks.iter().map(|&i| PIECES[i]).collect();
        check_spans(&text);
    }

    #[test]
    fn arbitrary_bytes_always_give_one_record(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        let extractor = vnextract::Extractor::default();
        let record = extractor.extract_bytes("x", &bytes);
        prop_assert_eq!(&record.source, "x");
        // The batch path takes the read buffer by value; it must read the same.
        let owned = extractor.extract_owned_bytes("x", bytes);
        prop_assert_eq!(owned, record);
    }
}

/// Every encoding sample and fixture gives the same record whether its bytes
/// are lent (`extract_bytes`) or handed over (`extract_owned_bytes`, the batch path).
#[test]
fn owned_and_borrowed_bytes_give_the_same_record() {
    let mut checked = 0;
    for dir in ["fixtures", "fixtures/encodings"] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let bytes = std::fs::read(&path).unwrap();
                let extractor = vnextract::Extractor::default();
                let lent = extractor.extract_bytes("x", &bytes);
                assert!(lent.error.is_none(), "{}", path.display());
                let owned = extractor.extract_owned_bytes("x", bytes);
                assert_eq!(owned, lent, "{}", path.display());
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 16, "5 fixtures and 11 encoding samples");
}

#[test]
fn spans_match_on_every_fixture() {
    for entry in std::fs::read_dir("fixtures").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt") {
            check_spans(&std::fs::read_to_string(&path).unwrap());
        }
    }
}
