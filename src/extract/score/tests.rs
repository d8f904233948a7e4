//! The scores example table (rows read by hand off real phrases, and phrases
//! with no score), the seeds, and the scan's oracle and no-panic tests.

use super::*;
use crate::testing::examples::{self, Row};
use crate::testing::seeds;

/// A score as read by hand; a `subject` of "" means none.
#[derive(Debug)]
struct Want {
    value: f64,
    out_of: Option<f64>,
    change: Option<&'static str>,
    subject: &'static str,
}

/// Real phrases and the scores read off them by hand.
#[rustfmt::skip]
const EXAMPLES: &[Row<&[Want]>] = &[
    Row {
        phrase: "Tổng điểm trung bình Chỉ số CCHC năm 2022 của các sở đạt 91,19/100 điểm, giảm 1,76 điểm so với năm 2021",
        want: &[
            Want { value: 91.19, out_of: Some(100.0), change: None, subject: "Tổng điểm trung bình Chỉ số CCHC năm 2022 của các sở" },
            Want { value: 1.76, out_of: None, change: Some("decrease"), subject: "Tổng điểm trung bình Chỉ số CCHC năm 2022 của các sở" },
        ],
    },
    Row {
        phrase: "trong đó, Sở Giao thông Vận tải đứng đầu với 96,79 điểm;",
        want: &[Want { value: 96.79, out_of: None, change: None, subject: "Sở Giao thông Vận tải" }],
    },
    Row {
        phrase: "tổng điểm trung bình của các huyện đạt 87,94/100 điểm, tăng 0,37 điểm so với năm 2021",
        want: &[
            Want { value: 87.94, out_of: Some(100.0), change: None, subject: "tổng điểm trung bình của các huyện" },
            Want { value: 0.37, out_of: None, change: Some("increase"), subject: "tổng điểm trung bình của các huyện" },
        ],
    },
    Row {
        phrase: "trong đó, UBND huyện Sông Mã xếp vị trí thứ nhất trong bảng xếp hạng chỉ số CCHC khối huyện với 96,19 điểm.",
        want: &[Want { value: 96.19, out_of: None, change: None, subject: "UBND huyện Sông Mã" }],
    },
    Row {
        phrase: "Chỉ số PAR Index của tỉnh đạt 85,44 điểm, tăng 2,1 điểm",
        want: &[
            Want { value: 85.44, out_of: None, change: None, subject: "Chỉ số PAR Index của tỉnh" },
            Want { value: 2.1, out_of: None, change: Some("increase"), subject: "Chỉ số PAR Index của tỉnh" },
        ],
    },
    Row {
        phrase: "Chỉ số PCI năm 2016 của tỉnh đạt 60,72 điểm",
        want: &[Want { value: 60.72, out_of: None, change: None, subject: "Chỉ số PCI năm 2016 của tỉnh" }],
    },
    Row {
        phrase: "Sở Nội vụ đạt 95 điểm",
        want: &[Want { value: 95.0, out_of: None, change: None, subject: "Sở Nội vụ" }],
    },
    Row {
        phrase: "thấp hơn 3,5 điểm so với năm trước",
        want: &[Want { value: 3.5, out_of: None, change: Some("decrease"), subject: "" }],
    },
    Row {
        phrase: "đạt 8/10 ĐIỂM",
        want: &[Want { value: 8.0, out_of: Some(10.0), change: None, subject: "" }],
    },
];

/// Phrases with no score in them.
const NEGATIVES: &[&str] = &[
    // not scores
    "Hội nghị được kết nối tới 120 điểm cầu trên toàn tỉnh",
    "huyện có 5 điểm trường lẻ",
    "tại 3 điểm giao dịch",
    "tại thời điểm này",
    "đạt 94,3%",
    "đạt 120/100 điểm",
    "mã A5 điểm",
    "các điểm mới của luật",
    "Giao bóng 2 ăn điểm 11/27 1/2 Điểm trên lưới 3/9",
];

#[test]
fn examples() {
    examples::check_facts(EXAMPLES, NEGATIVES, find_scores, |phrase, s, want| {
        phrase.get(s.start..s.end) == Some(s.text.as_str())
            && (s.value - want.value).abs() < 1e-9
            && s.out_of == want.out_of
            && s.change.as_deref() == want.change
            && s.subject.as_deref() == (!want.subject.is_empty()).then_some(want.subject)
    });
}

#[test]
fn seeds() {
    let values = |text: &str| -> Vec<(f64, Option<f64>, Option<String>)> {
        find_scores(text)
            .into_iter()
            .map(|s| (s.value, s.out_of, s.change))
            .collect()
    };
    for text in [
        seeds::SON_LA_2016,
        seeds::BAC_KAN_2017,
        seeds::CCHC_INDEX_2015,
        seeds::AN_GIANG_2015,
    ] {
        assert_eq!(values(text), []);
    }
    let d = |s: &str| Some(s.to_string());
    assert_eq!(
        values(seeds::SON_LA_SIPAS_2022),
        [
            (91.19, Some(100.0), None),
            (1.76, None, d("decrease")),
            (96.79, None, None),
            (87.94, Some(100.0), None),
            (0.37, None, d("increase")),
            (96.19, None, None),
        ]
    );
}

/// The score matches as found before: the regex over the whole text.
fn matches_scanning_everything(text: &str) -> Vec<(usize, usize)> {
    SCORE
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .filter(|&(s, e)| standalone(text, s, e))
        .collect()
}

proptest::proptest! {
    #[test]
    fn marks_find_what_scanning_finds(
        text in "([0-9]{1,4}|١٢|[.,/ ]|/ |điểm|ĐIỂM|Điểm| điểm cầu|ể|đ|a|\\n){0,40}"
    ) {
        let found: Vec<(usize, usize)> =
            find_scores(&text).iter().map(|s| (s.start, s.end)).collect();
        let mut expected = matches_scanning_everything(&text);
        expected.retain(|&(s, e)| {
            let caps = SCORE.captures(&text[s..e]).unwrap();
            let value = parse_number(&caps[1]);
            value.is_some_and(|v| caps.get(2).is_none_or(|m| {
                parse_number(m.as_str()).is_some_and(|max| max > 0.0 && v <= max)
            }))
        });
        proptest::prop_assert_eq!(found, expected);
    }
}

#[test]
fn never_panics() {
    for s in [
        "điểm",
        "1 điểm",
        "1/0 điểm",
        "ể1điểm",
        ",1 điểm",
        "giảm 1 điểm",
    ] {
        let _ = find_scores(s);
    }
}
