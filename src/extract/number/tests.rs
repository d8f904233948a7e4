//! The numbers example table (phrases and the value of each read whole, and
//! phrases that are no number), and the readers' oracle and no-panic tests.

use super::*;
use crate::testing::examples::{self, Row};

/// Phrases and the value of each, read whole.
#[rustfmt::skip]
const EXAMPLES: &[Row<Option<f64>>] = &[
    // thousands separators and long digits
    Row { phrase: "1.646", want: Some(1646.0) },
    Row { phrase: "10.448", want: Some(10448.0) },
    Row { phrase: "45.000", want: Some(45000.0) },
    Row { phrase: "40503542", want: Some(40503542.0) },
    Row { phrase: "21162408", want: Some(21162408.0) },
    Row { phrase: "1.000.000", want: Some(1e6) },
    Row { phrase: "476.157", want: Some(476157.0) },
    Row { phrase: "188.017", want: Some(188017.0) },
    // decimal comma
    Row { phrase: "94,3", want: Some(94.3) },
    Row { phrase: "95,83", want: Some(95.83) },
    Row { phrase: "0,37", want: Some(0.37) },
    Row { phrase: "91,19", want: Some(91.19) },
    Row { phrase: "1.812,6", want: Some(1812.6) },
    Row { phrase: "1.579,96", want: Some(1579.96) },
    // leading zeros
    Row { phrase: "01", want: Some(1.0) },
    Row { phrase: "04", want: Some(4.0) },
    // the ambiguous cases (see the rules)
    Row { phrase: "1.5", want: Some(1.5) },
    Row { phrase: "10.25", want: Some(10.25) },
    Row { phrase: "1,000", want: Some(1.0) },
    Row { phrase: "1.500", want: Some(1500.0) },
    // multipliers
    Row { phrase: "1,5 triệu", want: Some(1_500_000.0) },
    Row { phrase: "2 nghìn", want: Some(2000.0) },
    Row { phrase: "3 tỷ", want: Some(3e9) },
    Row { phrase: "31,8 triệu", want: Some(31_800_000.0) },
    Row { phrase: "23.000 tỷ", want: Some(2.3e13) },
    // words
    Row { phrase: "một", want: Some(1.0) },
    Row { phrase: "hai", want: Some(2.0) },
    Row { phrase: "ba", want: Some(3.0) },
    Row { phrase: "bốn", want: Some(4.0) },
    Row { phrase: "năm", want: Some(5.0) },
    Row { phrase: "bảy", want: Some(7.0) },
    Row { phrase: "chín", want: Some(9.0) },
    Row { phrase: "mười", want: Some(10.0) },
    Row { phrase: "mười một", want: Some(11.0) },
    Row { phrase: "mười lăm", want: Some(15.0) },
    Row { phrase: "hai mươi", want: Some(20.0) },
    Row { phrase: "hai mươi mốt", want: Some(21.0) },
    Row { phrase: "ba mươi tư", want: Some(34.0) },
    Row { phrase: "một trăm", want: Some(100.0) },
    Row { phrase: "một trăm lẻ năm", want: Some(105.0) },
    Row { phrase: "hai trăm ba mươi", want: Some(230.0) },
    Row { phrase: "hai nghìn", want: Some(2000.0) },
    Row { phrase: "hai ngàn", want: Some(2000.0) },
    Row { phrase: "một triệu hai trăm nghìn", want: Some(1_200_000.0) },
    Row { phrase: "Ba", want: Some(3.0) },
    // whole numerals (issue 15: read whole, or not at all)
    Row { phrase: "hai trăm nghìn", want: Some(200_000.0) },
    Row { phrase: "một trăm nghìn", want: Some(100_000.0) },
    Row { phrase: "mười nghìn", want: Some(10_000.0) },
    Row { phrase: "mười lăm nghìn", want: Some(15_000.0) },
    Row { phrase: "hai mươi nghìn", want: Some(20_000.0) },
    Row { phrase: "hai mươi mốt nghìn không trăm mười một", want: Some(21_011.0) },
    Row { phrase: "một nghìn không trăm linh một", want: Some(1_001.0) },
    Row { phrase: "một nghìn linh năm", want: Some(1_005.0) },
    Row { phrase: "hai nghìn không trăm hai mươi lăm", want: Some(2_025.0) },
    Row { phrase: "một nghìn chín trăm chín mươi chín", want: Some(1_999.0) },
    Row { phrase: "hai nghìn ba trăm", want: Some(2_300.0) },
    Row { phrase: "ba trăm lẻ năm", want: Some(305.0) },
    Row { phrase: "bốn mươi tư", want: Some(44.0) },
    Row { phrase: "năm mươi lăm", want: Some(55.0) },
    Row { phrase: "hai mươi năm", want: Some(25.0) },
    Row { phrase: "sáu mươi", want: Some(60.0) },
    Row { phrase: "chín mươi chín", want: Some(99.0) },
    Row { phrase: "một trăm mười", want: Some(110.0) },
    Row { phrase: "một trăm mười một", want: Some(111.0) },
    Row { phrase: "hai trăm ba mươi tư", want: Some(234.0) },
    Row { phrase: "bảy trăm", want: Some(700.0) },
    Row { phrase: "một triệu", want: Some(1e6) },
    Row { phrase: "năm triệu không trăm linh năm nghìn", want: Some(5_005_000.0) },
    Row { phrase: "một tỷ", want: Some(1e9) },
    Row { phrase: "hai tỉ", want: Some(2e9) },
    Row { phrase: "ba tỷ hai trăm triệu", want: Some(3.2e9) },
    Row { phrase: "một nghìn tỷ", want: Some(1e12) },
    Row { phrase: "mười hai ngàn", want: Some(12_000.0) },
    Row { phrase: "Hai Mươi Mốt", want: Some(21.0) },
    Row { phrase: "HAI TRĂM NGHÌN", want: Some(200_000.0) },
];

/// Phrases that are no number, or no one number read whole.
const NEGATIVES: &[&str] = &[
    // whole numerals (issue 15: read whole, or not at all)
    "hai triệu rưỡi",
    // shortened or broken numerals are not read ("hai trăm ba" is said
    // for 230, "hai nghìn ba" for 2300; the full numerals differ)
    "hai trăm ba",
    "hai nghìn ba",
    "hai trăm ba nghìn",
    "hai nghìn năm",
    "một trăm lẻ",
    "hai nghìn không",
    "không trăm",
    "một trăm lẻ mười",
    "mười hai mươi",
    "hai mươi mười",
    "trăm",
    "nghìn",
    "không",
    "ba bốn",
    // not numbers, or not one number
    "",
    "tư",
    "lăm",
    "hai ba",
    "1.2.3",
    "1,2,3",
    "abc",
    "mươi",
    "bao",
];

#[test]
fn examples() {
    examples::check(EXAMPLES, NEGATIVES, parse_number, |_, got, want| {
        match (got, want) {
            (Some(g), Some(w)) => (g - w).abs() < 1e-6,
            (None, None) => true,
            _ => false,
        }
    });
}

/// parse_number as it was, always through the regex reader.
fn parse_by_regex(s: &str) -> Option<f64> {
    let s = s.trim();
    match read_number(s) {
        Some((value, len)) if len == s.len() => Some(value),
        _ => None,
    }
}

proptest::proptest! {
    #[test]
    fn digit_shortcut_agrees_with_the_regex(s in "[0-9.,]{0,12}") {
        proptest::prop_assert_eq!(parse_number(&s), parse_by_regex(&s));
    }
}

proptest::proptest! {
    #[test]
    fn digits_value_agrees_with_the_string_build(s in "[0-9.,]{0,12}|[0-9.,]{60,70}") {
        proptest::prop_assert_eq!(digits_value(&s), digits_value_by_string(&s));
    }
}

proptest::proptest! {
    #[test]
    fn fast_decimal_is_the_general_parse(
        s in "[0-9]{0,20}(\\.[0-9]{0,25})?|[0-9.]{0,12}|9007199254740[0-9]{3}(\\.[0-9])?|[0-9]{1,3}\\.[0-9]{15,23}"
    ) {
        proptest::prop_assert_eq!(
            parse_decimal(&s).map(f64::to_bits),
            s.parse::<f64>().ok().map(f64::to_bits)
        );
    }
}

#[test]
fn word_pattern_is_the_word_half() {
    assert!(NUMBER_PATTERN.contains(NUMBER_WORDS_PATTERN));
}

#[test]
fn tails_of_numerals_are_told() {
    let text = "hai mươi mốt nghìn không trăm mười một cá nhân";
    assert!(continues_numeral(text, text.find("mười một").unwrap()));
    assert!(continues_numeral(text, text.find("không").unwrap()));
    assert!(!continues_numeral(text, 0));
    let text = "Tặng Bằng khen cho ba tập thể, Mười hai cá nhân";
    assert!(!continues_numeral(text, text.find("ba").unwrap()));
    assert!(!continues_numeral(text, text.find("Mười").unwrap()));
    // digits are never a tail of words
    assert!(!continues_numeral("hai 5 tập thể", 4));
    let text = "TRĂM HAI";
    assert!(continues_numeral(text, text.find("HAI").unwrap()));
}

#[test]
fn reads_at_a_position() {
    let text = "tặng 01 cờ thi đua cho ba tập thể";
    let at = text.find("01").unwrap();
    assert_eq!(read_number_at(text, at), Some((1.0, 2)));
    let at = text.find("ba ").unwrap();
    assert_eq!(read_number_at(text, at), Some((3.0, 2)));
    // inside a word
    assert_eq!(read_number_at("bao", 0), None);
    assert_eq!(read_number_at("xba", 1), None);
    // not at a char boundary
    assert_eq!(read_number_at("tặng", 2), None);
    // a sentence-final dot is not part of the number
    assert_eq!(read_number_at("có 12.", 4), Some((12.0, 2)));
    assert_eq!(
        read_number_at("hai mươi mốt cá nhân", 0),
        Some((21.0, "hai mươi mốt".len()))
    );
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "., ",
        "9".repeat(400).as_str(),
        "mười mười",
        "tỷ",
        "một tỷ tỷ",
    ] {
        let _ = parse_number(s);
        for i in 0..s.len() {
            let _ = read_number_at(s, i);
        }
    }
}

proptest::proptest! {
    /// Every figure extractor survives any mix of digits, separators,
    /// Vietnamese letters and the words they look for, and keeps its
    /// offsets on char boundaries with `text` equal to the span.
    #[test]
    fn figure_extractors_never_panic(
        text in "([0-9]{1,4}|[.,/%()=:;' -]|ể|Đ|đạt|trên|điểm|tập thể|cá nhân|Bằng khen|tặng|cho|hai mươi|năm|\\n|A){0,40}"
    ) {
        let _ = parse_number(&text);
        for i in 0..=text.len() {
            let _ = read_number_at(&text, i);
        }
        for p in crate::extract::percent::find_percentages(&text) {
            proptest::prop_assert_eq!(&text[p.start..p.end], p.text.as_str());
        }
        for r in crate::extract::ratio::find_ratios(&text) {
            proptest::prop_assert_eq!(&text[r.start..r.end], r.text.as_str());
        }
        for s in crate::extract::score::find_scores(&text) {
            proptest::prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
        }
        for a in crate::extract::award::find_awards(&text) {
            proptest::prop_assert_eq!(&text[a.start..a.end], a.text.as_str());
        }
    }
}
