//! The ratios example table (rows read by hand off real phrases, and phrases
//! with no ratio), the seeds, and the scan's oracle and no-panic tests.

use super::*;
use crate::testing::examples::{self, Row};
use crate::testing::seeds;
use proptest::strategy::Strategy;

/// A ratio as read by hand; a `unit` of "" means none.
#[derive(Debug)]
struct Want {
    numerator: f64,
    denominator: f64,
    unit: &'static str,
    percent: Option<f64>,
}

/// Real phrases and the ratios read off them by hand.
#[rustfmt::skip]
const EXAMPLES: &[Row<&[Want]>] = &[
    Row {
        phrase: "đã thực hiện hoàn thành 50/53 đầu công việc, đạt 94,3%; Hoàn thành 11/15 mục tiêu đạt 73,3%.",
        want: &[
            Want { numerator: 50.0, denominator: 53.0, unit: "đầu công việc", percent: Some(94.3) },
            Want { numerator: 11.0, denominator: 15.0, unit: "mục tiêu", percent: Some(73.3) },
        ],
    },
    Row {
        phrase: "đã hoàn thành 17/19 mục tiêu (đạt 89,5% mục tiêu đầu nhiệm kỳ), 12/12 đề án, dự án cải cách hành chính đều được triển khai đạt 100% kế hoạch.",
        want: &[
            Want { numerator: 17.0, denominator: 19.0, unit: "mục tiêu", percent: Some(89.5) },
            Want { numerator: 12.0, denominator: 12.0, unit: "đề án, dự án cải cách hành chính", percent: Some(100.0) },
        ],
    },
    Row {
        phrase: "xếp hạng từ 49/63 tỉnh thành năm 2011, năm 2014 đã tăng 30 bậc xếp 19/63 tỉnh thành.",
        want: &[
            Want { numerator: 49.0, denominator: 63.0, unit: "tỉnh thành", percent: None },
            Want { numerator: 19.0, denominator: 63.0, unit: "tỉnh thành", percent: None },
        ],
    },
    Row {
        phrase: "(cao hơn 2021 là 1,25%), 20/20 sở, ngành có chỉ số SIPAS đạt từ 90% trở lên",
        want: &[Want { numerator: 20.0, denominator: 20.0, unit: "sở, ngành", percent: None }],
    },
    Row {
        phrase: "12/12 UBND huyện, thành phố có chỉ số SIPAS đạt từ 90% trở lên",
        want: &[Want { numerator: 12.0, denominator: 12.0, unit: "UBND huyện, thành phố", percent: None }],
    },
    Row {
        phrase: "có 9/11 đơn vị hoàn thành kế hoạch",
        want: &[Want { numerator: 9.0, denominator: 11.0, unit: "đơn vị", percent: None }],
    },
    Row {
        phrase: "đã có 15/15 xã đạt chuẩn nông thôn mới",
        want: &[Want { numerator: 15.0, denominator: 15.0, unit: "xã", percent: None }],
    },
    Row {
        phrase: "xếp thứ 35/63 tỉnh, thành phố",
        want: &[Want { numerator: 35.0, denominator: 63.0, unit: "tỉnh, thành phố", percent: None }],
    },
    Row {
        phrase: "38/40 cơ quan, đơn vị đã triển khai, đạt 95%",
        want: &[Want { numerator: 38.0, denominator: 40.0, unit: "cơ quan, đơn vị", percent: Some(95.0) }],
    },
    Row {
        phrase: "kết quả thực hiện đạt 94,3% (50/53 đầu công việc)",
        want: &[Want { numerator: 50.0, denominator: 53.0, unit: "đầu công việc", percent: Some(94.3) }],
    },
    Row {
        phrase: "so với năm 2015 và đang đứng ở vị trí thấp (58/63) trong các địa phương cả nước.",
        want: &[Want { numerator: 58.0, denominator: 63.0, unit: "", percent: None }],
    },
    Row {
        phrase: "Chỉ số PCI năm 2016 đạt 60,74 điểm, xếp thứ 14/63, tăng 10 bậc",
        want: &[Want { numerator: 14.0, denominator: 63.0, unit: "", percent: None }],
    },
    Row {
        phrase: "Chỉ số cải cách hành chính tăng 6 bậc, xếp thứ 3/63 tỉnh, thành phố.",
        want: &[Want { numerator: 3.0, denominator: 63.0, unit: "tỉnh, thành phố", percent: None }],
    },
    Row {
        phrase: "có 21/63 tỉnh, thành phố ban hành kế hoạch",
        want: &[Want { numerator: 21.0, denominator: 63.0, unit: "tỉnh, thành phố", percent: None }],
    },
    Row {
        phrase: "419/419 hộ dân thuộc diện di dời",
        want: &[Want { numerator: 419.0, denominator: 419.0, unit: "hộ dân", percent: None }],
    },
    Row {
        phrase: "xếp 2/63 tỉnh, thành phố về mức độ sẵn sàng",
        want: &[Want { numerator: 2.0, denominator: 63.0, unit: "tỉnh, thành phố", percent: None }],
    },
    Row {
        phrase: "179/196 HTX",
        want: &[Want { numerator: 179.0, denominator: 196.0, unit: "HTX", percent: None }],
    },
    Row {
        phrase: "20/20 sở, ngành, các huyện đã triển khai",
        want: &[Want { numerator: 20.0, denominator: 20.0, unit: "sở, ngành", percent: None }],
    },
];

/// Phrases with no ratio in them.
const NEGATIVES: &[&str] = &[
    // not ratios
    "Quảng Ninh sẽ chiếm 1/10 chiều dài cao tốc",
    "dãy núi Tam Đảo chiếm 1/4 diện tích của toàn tỉnh",
    "Trường Mầm non 19/5, khu Trung tâm Văn hóa",
    "xếp thứ hai, thứ 5/12 họp",
    "Sáng nay, ngày 30/12, Chủ tịch UBND tỉnh",
    "ngày 30/12 UBND tỉnh tổ chức hội nghị",
    "ngày 15/5/2017 để đánh giá",
    "Đợt 1/2017, toàn tỉnh tinh giản",
    "theo Nghị định số 108/2014/NĐ-CP.",
    "Nghị quyết số 36a/NQ-CP của Chính phủ",
    "Trong quý I/2017, đã có",
    "các sở đạt 91,19/100 điểm",
    "đạt 8/10 điểm",
    "dịch vụ công mức độ 3/4 với Văn phòng",
    "phục vụ 24/7 cho người dân",
    "Ngày 12/1/2023, đồng chí",
    "số 06/GP-TTĐT ngày 19/6/2019",
    "từ 1/7 các cơ quan áp dụng",
    "đến 31/12 phải hoàn thành",
    "tỷ lệ 3/5",
    "1.812,6 tỉ đồng/3.103,6 tỉ đồng",
    "Lỗi kép 8 27/36 Tỷ lệ giao bóng 1 23/50 21/27 Giao bóng 1",
];

#[test]
fn examples() {
    examples::check_facts(EXAMPLES, NEGATIVES, find_ratios, |phrase, r, want| {
        phrase.get(r.start..r.end) == Some(r.text.as_str())
            && (r.numerator, r.denominator) == (want.numerator, want.denominator)
            && r.unit.as_deref() == (!want.unit.is_empty()).then_some(want.unit)
            && r.percent == want.percent
    });
}

fn pairs(text: &str) -> Vec<(f64, f64)> {
    find_ratios(text)
        .iter()
        .map(|r| (r.numerator, r.denominator))
        .collect()
}

#[test]
fn seeds() {
    assert_eq!(pairs(seeds::SON_LA_2016), []);
    assert_eq!(pairs(seeds::BAC_KAN_2017), []);
    assert_eq!(pairs(seeds::CCHC_INDEX_2015), []);
    assert_eq!(
        pairs(seeds::AN_GIANG_2015),
        [
            (50.0, 53.0),
            (11.0, 15.0),
            (17.0, 19.0),
            (12.0, 12.0),
            (49.0, 63.0),
            (19.0, 63.0)
        ]
    );
    assert_eq!(
        pairs(seeds::SON_LA_SIPAS_2022),
        [(20.0, 20.0), (12.0, 12.0)]
    );
}

/// The ratio matches as found before: the regex over the whole text.
fn matches_scanning_everything(text: &str) -> Vec<(usize, usize)> {
    RATIO
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .filter(|&(s, e)| !glued(text, s, e))
        .collect()
}

fn matches_from_slashes(text: &str) -> Vec<(usize, usize)> {
    ratio_matches(text)
        .map(|m| (m.whole.start, m.whole.end))
        .collect()
}

proptest::proptest! {
    #[test]
    fn ascii_reading_is_the_regex(text in "([0-9]{1,6}|[/ a]|ể|đ)*", from in 0usize..20) {
        let from = from.min(text.len());
        proptest::prop_assume!(text.is_char_boundary(from));
        let by_regex = RATIO.captures_at(&text, from).map(|c| {
            (c.get(0).unwrap().range(), c.get(1).unwrap().range(), c.get(2).unwrap().range())
        });
        let by_hand = ascii_ratio_at(text.as_bytes(), from)
            .map(|m| (m.whole, m.numerator, m.denominator));
        proptest::prop_assert_eq!(by_hand, by_regex);
    }
}

proptest::proptest! {
    #[test]
    fn slashes_find_what_scanning_finds(
        text in "([0-9]{1,6}|١٢|٣|[.,/ ]|/ | /|ể|đ|a|\\n){0,40}"
    ) {
        proptest::prop_assert_eq!(matches_from_slashes(&text), matches_scanning_everything(&text));
    }
}

/// The percentage beside a ratio as found before: every figure of the
/// document read for each ratio, from the first (quadratic in a page of
/// ratios and percentages). The oracle of [`stated_percent`].
fn stated_percent_reading_every_figure(
    text: &str,
    all: &[Figure],
    start: usize,
    unit_end: usize,
    implied: f64,
) -> Option<f64> {
    let agrees = |p: &&Figure| (p.2 - implied).abs() <= 0.6;
    let mut stop = None;
    let mut back = None;
    all.iter()
        .filter(agrees)
        .find(|p| {
            p.0 >= unit_end
                && p.1 <= unit_end + 120
                && p.1
                    <= *stop.get_or_insert_with(|| sentence_end(text, unit_end).min(unit_end + 120))
        })
        .or_else(|| {
            all.iter().filter(agrees).rfind(|p| {
                p.0 >= start.saturating_sub(80)
                    && p.1 <= start
                    && p.0
                        >= *back.get_or_insert_with(|| {
                            sentence_start(text, start).max(start.saturating_sub(80))
                        })
            })
        })
        .map(|p| p.2)
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config::with_cases(4000))]

    /// Spans and values anywhere, and spans whose byte limits fall near a
    /// figure's ends (`edge` 1: after the ratio, 2: before it), over text
    /// dense with figures: the binary search reads what reading every
    /// figure reads.
    #[test]
    fn stated_percent_is_reading_every_figure(
        // Sentence ends are rare, so that the byte limits often bound
        // the search.
        text in proptest::collection::vec(
            proptest::prop_oneof![
                16 => "[0-9]{1,3}(,[0-9])?%|[0-9]{1,2}/[0-9]{1,2} đơn vị|đạt |tỷ lệ |, | ",
                1 => "[.;] |\\n",
            ],
            0..60,
        ).prop_map(|items| items.concat()),
        edge in 0usize..3,
        pick in proptest::prelude::any::<proptest::sample::Index>(),
        a in 0usize..400,
        b in 0usize..400,
        value in 0usize..200,
    ) {
        let all = percent_figures(&text);
        let near = (!all.is_empty()).then(|| all[pick.index(all.len())]);
        // On a limit, or within two bytes of it: `unit_end + 120` on the
        // figure's end or `unit_end` on its start, `start` on its end or
        // `start - 80` on its start.
        let d = if b % 3 == 0 { b % 5 } else { 2 };
        let (start, unit_end, implied) = match (edge, near) {
            (1, Some(f)) => {
                let from = if a % 2 == 0 { f.1 + d } else { f.0 + d + 120 };
                let unit_end = from.saturating_sub(122);
                (unit_end.saturating_sub(a % 60), unit_end, f.2 + 0.3)
            }
            (2, Some(f)) => {
                let start = if a % 2 == 0 { f.1 + d } else { f.0 + d + 80 };
                let start = start.saturating_sub(2);
                (start, start + a % 60, f.2 - 0.3)
            }
            _ => (a.min(b), a.max(b), value as f64 / 2.0),
        };
        let (start, unit_end) = (text.floor_char_boundary(start), text.floor_char_boundary(unit_end));
        proptest::prop_assert_eq!(
            stated_percent(&text, &all, start, unit_end, implied),
            stated_percent_reading_every_figure(&text, &all, start, unit_end, implied)
        );
    }

    /// Whole pages of ratios and percentages: every ratio gets the
    /// percentage reading every figure gives it.
    #[test]
    fn ratios_get_the_percent_reading_every_figure_gives(
        text in "([0-9]{1,2}/[0-9]{1,2} (đơn vị|xã)(, đạt)? |[0-9]{1,2}(,[0-9])?%|đạt |[.;,] | ){0,60}",
    ) {
        let all = percent_figures(&text);
        for r in find_ratios(&text) {
            let implied = 100.0 * r.numerator / r.denominator;
            proptest::prop_assert_eq!(
                r.percent,
                stated_percent_reading_every_figure(&text, &all, r.start, r.end, implied)
            );
        }
    }
}

#[test]
fn never_panics() {
    for s in [
        "1/2",
        "1/2 ",
        "1/2 ,",
        "ể1/2ể",
        "1 / 2 đ",
        "9/9, ",
        "9/9 a, ban",
    ] {
        let _ = find_ratios(s);
    }
}
