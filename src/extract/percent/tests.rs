//! The percentages example table (rows read by hand off real phrases, and
//! phrases with no percentage), the seeds, and the scan's oracle, limit and
//! no-panic tests.

use super::*;
use crate::extract::figure::figures_scanning_everything;
use crate::testing::examples::{self, Row};
use crate::testing::seeds;

/// One percentage as read by hand. A `context` of `None` is not asserted
/// (the row is about the qualifier or value only); [`ANY`] asks for some
/// context.
#[derive(Debug)]
struct Want {
    value: f64,
    qualifier: Option<&'static str>,
    context: Option<&'static str>,
}

const ANY: Option<&str> = Some("*");

/// Real phrases (seeds and corpus) and the percentages read off them by hand.
#[rustfmt::skip]
const EXAMPLES: &[Row<&[Want]>] = &[
    Row {
        phrase: "tỷ lệ hồ sơ TTHC giải quyết đúng hạn đạt trên 99%Các sở",
        want: &[
            Want { value: 99.0, qualifier: Some("above"), context: Some("tỷ lệ hồ sơ TTHC giải quyết đúng hạn") },
        ],
    },
    Row {
        phrase: "Năm 2022, chỉ số SIPAS khối sở đạt đạt 95,83% (cao hơn 2021 là 1,25%), 20/20 sở",
        want: &[
            Want { value: 95.83, qualifier: Some("reached"), context: Some("chỉ số SIPAS khối sở") },
            Want { value: 1.25, qualifier: Some("increase"), context: Some("chỉ số SIPAS khối sở") },
        ],
    },
    Row {
        phrase: "20/20 sở, ngành có chỉ số SIPAS đạt từ 90% trở lên",
        want: &[Want { value: 90.0, qualifier: Some("above"), context: Some("chỉ số SIPAS") }],
    },
    Row {
        phrase: "Chỉ số SIPAS khối huyện đạt 96,3% (cao hơn năm 2021 là 1,66%);",
        want: &[
            Want { value: 96.3, qualifier: Some("reached"), context: Some("Chỉ số SIPAS khối huyện") },
            Want { value: 1.66, qualifier: Some("increase"), context: Some("Chỉ số SIPAS khối huyện") },
        ],
    },
    Row {
        phrase: "(Huyện Sông Mã có chỉ số SIPAS cao nhất, đạt 99,2%).",
        want: &[Want { value: 99.2, qualifier: Some("reached"), context: Some("chỉ số SIPAS cao nhất") }],
    },
    Row {
        phrase: "Trong năm, 100% danh mục TTHC và quy trình nội bộ giải quyết TTHC các lĩnh vực được cập nhật",
        want: &[
            Want { value: 100.0, qualifier: None, context: Some("danh mục TTHC và quy trình nội bộ giải quyết TTHC các lĩnh vực") },
        ],
    },
    Row {
        phrase: "đã hoàn thành 50/53 đầu công việc, đạt 94,3%; Hoàn thành",
        want: &[Want { value: 94.3, qualifier: Some("reached"), context: Some("50/53 đầu công việc") }],
    },
    Row {
        phrase: "Hoàn thành 11/15 mục tiêu đạt 73,3%.",
        want: &[Want { value: 73.3, qualifier: Some("reached"), context: Some("11/15 mục tiêu") }],
    },
    Row {
        phrase: "hoàn thành 17/19 mục tiêu (đạt 89,5% mục tiêu đầu nhiệm kỳ)",
        want: &[Want { value: 89.5, qualifier: Some("reached"), context: Some("mục tiêu đầu nhiệm kỳ") }],
    },
    Row {
        phrase: "cải cách hành chính công đã có gần 95% đơn vị sự nghiệp công lập thực hiện cơ chế tự chủ",
        want: &[
            Want { value: 95.0, qualifier: Some("approximate"), context: Some("đơn vị sự nghiệp công lập") },
        ],
    },
    Row {
        phrase: "việc trả kết các quả thủ tục hành chính qua đường bưu điện đạt 70%;",
        want: &[
            Want { value: 70.0, qualifier: Some("reached"), context: Some("việc trả kết các quả thủ tục hành chính qua đường bưu điện") },
        ],
    },
    Row {
        phrase: "đạt 70 phần trăm kế hoạch",
        want: &[Want { value: 70.0, qualifier: Some("reached"), context: ANY }],
    },
    Row {
        phrase: "chỉ số đạt 95,83 %",
        want: &[Want { value: 95.83, qualifier: Some("reached"), context: Some("chỉ số") }],
    },
    Row {
        phrase: "Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố là 76%,",
        want: &[
            Want { value: 76.0, qualifier: None, context: Some("Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố") },
        ],
    },
    Row {
        phrase: "tăng khoảng 10% so với kế hoạch",
        want: &[Want { value: 10.0, qualifier: Some("increase"), context: None }],
    },
    Row {
        phrase: "tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,29%",
        want: &[Want { value: 5.29, qualifier: Some("increase"), context: None }],
    },
    Row {
        phrase: "chỉ số công nghiệp của tỉnh giảm 0,45% so với cùng kỳ",
        want: &[
            Want { value: 0.45, qualifier: Some("decrease"), context: Some("chỉ số công nghiệp của tỉnh") },
        ],
    },
    Row {
        phrase: "chỉ chiếm chưa đến 1% trong tất cả trường hợp",
        want: &[Want { value: 1.0, qualifier: Some("below"), context: ANY }],
    },
    Row {
        phrase: "số nhiệm vụ đã thực hiện hoàn thành là 637 nhiệm vụ, đạt hơn 83%, còn lại",
        want: &[Want { value: 83.0, qualifier: Some("above"), context: Some("637 nhiệm vụ") }],
    },
    Row {
        phrase: "trên 80% hệ thống kênh mương thủy lợi",
        want: &[
            Want { value: 80.0, qualifier: Some("above"), context: Some("hệ thống kênh mương thủy lợi") },
        ],
    },
    Row {
        phrase: "dưới 2,5 lít là 15%",
        want: &[Want { value: 15.0, qualifier: None, context: ANY }],
    },
    Row {
        phrase: "xe có dung tích dưới 5%",
        want: &[Want { value: 5.0, qualifier: Some("below"), context: ANY }],
    },
    Row {
        phrase: "tỷ lệ giải ngân đạt xấp xỉ 60%",
        want: &[Want { value: 60.0, qualifier: Some("approximate"), context: Some("tỷ lệ giải ngân") }],
    },
    Row {
        phrase: "vượt 5% kế hoạch",
        want: &[Want { value: 5.0, qualifier: Some("above"), context: ANY }],
    },
    Row {
        phrase: "bằng 93,5% so với dự toán năm",
        want: &[Want { value: 93.5, qualifier: Some("reached"), context: None }],
    },
    // a range gives both bounds, with one qualifier and context
    Row {
        phrase: "chỉ tiêu tăng trưởng cả năm từ 8,5- 9%",
        want: &[
            Want { value: 8.5, qualifier: None, context: Some("chỉ tiêu tăng trưởng cả năm") },
            Want { value: 9.0, qualifier: None, context: Some("chỉ tiêu tăng trưởng cả năm") },
        ],
    },
    Row {
        phrase: "tỷ lệ sử dụng nước hợp vệ sinh đạt 80-90%",
        want: &[
            Want { value: 80.0, qualifier: Some("reached"), context: Some("tỷ lệ sử dụng nước hợp vệ sinh") },
            Want { value: 90.0, qualifier: Some("reached"), context: Some("tỷ lệ sử dụng nước hợp vệ sinh") },
        ],
    },
    Row {
        phrase: "luôn vượt từ 15 đến 20%",
        want: &[
            Want { value: 15.0, qualifier: Some("above"), context: ANY },
            Want { value: 20.0, qualifier: Some("above"), context: ANY },
        ],
    },
    Row {
        phrase: "Mức tăng trưởng năm 2017 phấn đấu đạt 10,2-10,5%.",
        want: &[
            Want { value: 10.2, qualifier: Some("reached"), context: Some("Mức tăng trưởng năm 2017 phấn đấu") },
            Want { value: 10.5, qualifier: Some("reached"), context: Some("Mức tăng trưởng năm 2017 phấn đấu") },
        ],
    },
    Row {
        phrase: "cao hơn 12-15% so với giai đoạn 2008-2013. Có 9-11% doanh nghiệp tham gia",
        want: &[
            Want { value: 12.0, qualifier: Some("increase"), context: None },
            Want { value: 15.0, qualifier: Some("increase"), context: None },
            Want { value: 9.0, qualifier: None, context: Some("doanh nghiệp tham gia") },
            Want { value: 11.0, qualifier: None, context: Some("doanh nghiệp tham gia") },
        ],
    },
    Row {
        phrase: "giảm từ 20 – 25 phần trăm chi phí",
        want: &[
            Want { value: 20.0, qualifier: Some("decrease"), context: ANY },
            Want { value: 25.0, qualifier: Some("decrease"), context: ANY },
        ],
    },
    Row {
        phrase: "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%",
        want: &[Want { value: 70.0, qualifier: Some("above"), context: ANY }],
    },
    Row {
        phrase: "chiếm 79,40% diện tích tự nhiên",
        want: &[Want { value: 79.4, qualifier: None, context: ANY }],
    },
    Row {
        phrase: "với tỷ lệ 100% đại biểu dự kỳ họp tán thành",
        want: &[Want { value: 100.0, qualifier: None, context: ANY }],
    },
    Row {
        phrase: "100% sở, ngành, các huyện",
        want: &[Want { value: 100.0, qualifier: None, context: Some("sở, ngành") }],
    },
    Row {
        phrase: "tăng 15,07% về số DN, tăng 72,66% về số vốn",
        want: &[
            Want { value: 15.07, qualifier: Some("increase"), context: ANY },
            Want { value: 72.66, qualifier: Some("increase"), context: ANY },
        ],
    },
    Row {
        phrase: "tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng (tăng 6,5% so tháng trước và tăng 9,3% so cùng kỳ)",
        want: &[
            Want { value: 6.5, qualifier: Some("increase"), context: Some("tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng") },
            Want { value: 9.3, qualifier: Some("increase"), context: Some("tổng mức bán lẻ tháng 1 đạt 188.017 tỷ đồng") },
        ],
    },
    Row {
        phrase: "thuế với xe dưới 2,5 lít là 15%; 2,5-3 lít là 20% và trên 3 lít là 25%.",
        want: &[
            Want { value: 15.0, qualifier: None, context: Some("thuế với xe dưới 2,5 lít") },
            Want { value: 20.0, qualifier: None, context: Some("2,5-3 lít") },
            Want { value: 25.0, qualifier: None, context: Some("trên 3 lít") },
        ],
    },
    Row {
        phrase: "phấn đấu đến năm 2020 tỷ lệ chôn lấp rác còn 60% và đến năm 2025 còn 25%.",
        want: &[
            Want { value: 60.0, qualifier: None, context: Some("phấn đấu đến năm 2020 tỷ lệ chôn lấp rác") },
            Want { value: 25.0, qualifier: None, context: Some("phấn đấu đến năm 2020 tỷ lệ chôn lấp rác") },
        ],
    },
    Row {
        phrase: "Tỷ lệ che phủ rừng tiếp tục tăng, đến nay đạt trên 70%.",
        want: &[
            Want { value: 70.0, qualifier: Some("above"), context: Some("Tỷ lệ che phủ rừng tiếp tục tăng") },
        ],
    },
    Row {
        phrase: "tổng sản phẩm trên địa bàn (GRDP) ước tăng 5,29%",
        want: &[
            Want { value: 5.29, qualifier: Some("increase"), context: Some("tổng sản phẩm trên địa bàn") },
        ],
    },
    Row {
        phrase: "tỷ lệ cử tri đồng ý phương án sắp xếp nói trên chiếm 96,39% tổng số cử tri",
        want: &[
            Want { value: 96.39, qualifier: None, context: Some("tỷ lệ cử tri đồng ý phương án sắp xếp nói trên") },
        ],
    },
    Row {
        phrase: "đã được các bộ, ngành, địa phương xử lý và trả lời doanh nghiệp, đạt tỷ lệ 76,1%.",
        want: &[
            Want { value: 76.1, qualifier: Some("reached"), context: Some("địa phương xử lý và trả lời doanh nghiệp") },
        ],
    },
    Row {
        phrase: "trong đó huyện Hoài Ân dẫn đầu với 41,38%, tiếp đến",
        want: &[Want { value: 41.38, qualifier: None, context: Some("huyện Hoài Ân dẫn đầu") }],
    },
    Row {
        phrase: "phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên.",
        want: &[
            Want { value: 11.5, qualifier: Some("above"), context: Some("phấn đấu tăng trưởng GRDP năm 2025") },
            Want { value: 12.4, qualifier: Some("above"), context: Some("phấn đấu tăng trưởng GRDP năm 2025") },
        ],
    },
    Row {
        phrase: "cơ chế tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí đối với 100% cơ quan quản lý hành chính, đơn vị sự nghiệp công lập... Qua đó",
        want: &[
            Want { value: 100.0, qualifier: None, context: Some("cơ quan quản lý hành chính, đơn vị sự nghiệp công lập") },
        ],
    },
    Row {
        phrase: "tỷ lệ bao phủ bảo hiểm y tế đạt chín mươi phần trăm",
        want: &[
            Want { value: 90.0, qualifier: Some("reached"), context: Some("tỷ lệ bao phủ bảo hiểm y tế") },
        ],
    },
    Row {
        phrase: "tăng hai trăm ba mươi phần trăm",
        want: &[Want { value: 230.0, qualifier: Some("increase"), context: None }],
    },
    Row {
        phrase: "đạt chín mươi lăm phần trăm kế hoạch",
        want: &[Want { value: 95.0, qualifier: Some("reached"), context: ANY }],
    },
    // markup in the page, past a tag's "<"
    Row {
        phrase: "<div class=\"tin\">tỷ lệ hồ sơ đúng hạn đạt 95%</div>",
        want: &[Want { value: 95.0, qualifier: Some("reached"), context: ANY }],
    },
    // the body after a front-matter block
    Row {
        phrase: "---\ntitle: \"Cục Thuế thu ngân sách tháng 1 đạt gần 13% dự toán\"\n---\n[Cục Thuế thu ngân sách tháng 1 đạt gần 13% dự toán](https://x.vn/a.html)",
        want: &[Want { value: 13.0, qualifier: Some("approximate"), context: ANY }],
    },
];

/// Phrases with no percentage in them.
const NEGATIVES: &[&str] = &[
    // not percentages
    "mức trích (tỷ lệ phần trăm) từ các khoản thu",
    "Sáu phần trămx",
    "<table width='100%'>",
    "width:100%",
    "<select style=\"width: 100%\" id=\"cbo-weblink\">",
    "<td style=\"padding: 0 5%; width: 45 %\">",
    // "hai trăm ba" is said for 230: neither 203 nor its tail "ba" is read
    "tăng hai trăm ba phần trăm",
    "mã A5%",
    "Tổng số lượt truy cập: 40503542",
    "ngày 12/1/2023, đạt 94,3 điểm",
    "ISO 9001:2008",
];

#[test]
fn examples() {
    examples::check_facts(EXAMPLES, NEGATIVES, find_percentages, |phrase, p, want| {
        phrase.get(p.start..p.end) == Some(p.text.as_str())
            && (p.value - want.value).abs() < 1e-9
            && p.qualifier.as_deref() == want.qualifier
            && match want.context {
                Some("*") => p.context.is_some(),
                Some(c) => p.context.as_deref() == Some(c),
                None => true,
            }
    });
}

fn values(text: &str) -> Vec<f64> {
    find_percentages(text).iter().map(|p| p.value).collect()
}

#[test]
fn seeds() {
    let seeds: [(&str, &[f64]); 5] = [
        (seeds::SON_LA_2016, &[100.0, 95.0, 100.0]),
        (seeds::BAC_KAN_2017, &[]),
        (seeds::CCHC_INDEX_2015, &[]),
        (seeds::AN_GIANG_2015, &[94.3, 73.3, 89.5, 100.0, 70.0]),
        (
            seeds::SON_LA_SIPAS_2022,
            &[
                100.0, 99.0, 100.0, 95.83, 1.25, 90.0, 100.0, 96.3, 1.66, 90.0, 99.2,
            ],
        ),
    ];
    for (i, (text, expected)) in seeds.iter().enumerate() {
        assert_eq!(values(text), *expected, "seed {i}");
    }
}

#[test]
fn marks_find_what_scanning_finds() {
    for phrase in examples::phrases(EXAMPLES, NEGATIVES) {
        assert_eq!(figures(phrase), figures_scanning_everything(phrase));
    }
    for text in [seeds::SON_LA_SIPAS_2022, seeds::AN_GIANG_2015] {
        assert_eq!(figures(text), figures_scanning_everything(text));
    }
}

/// A document of percentages only: the facts stop one past what a record keeps.
#[test]
fn a_document_of_percentages_stops_one_past_the_record_limit() {
    let text = "Tỷ lệ đạt 95%, ".repeat(crate::extract::MAX_FACTS + 50);
    let found = find_percentages(&text);
    assert_eq!(found.len(), crate::extract::MAX_FACTS + 1);
    assert_eq!(found[0].value, 95.0);
    assert_eq!(found[crate::extract::MAX_FACTS].value, 95.0);
    // The record keeps the limit and says it cut.
    let record = crate::extract(&text);
    assert_eq!(record.percentages.len(), crate::extract::MAX_FACTS);
    assert!(record.truncated);
}

/// Figures in a row, in one clause longer than the span a clause is
/// looked for in: each is read as alone.
#[test]
fn figures_in_a_row() {
    let text = "Tỷ lệ đạt 95% ".repeat(200);
    let found = find_percentages(&text);
    assert_eq!(found.len(), 200);
    for p in &found {
        assert_eq!((p.value, p.qualifier.as_deref()), (95.0, Some("reached")));
        assert_eq!(p.context.as_deref(), Some("Tỷ lệ"), "{p:?}");
    }
    let text = "95% ".repeat(2000);
    let found = find_percentages(&text);
    assert_eq!(found.len(), 2000);
    assert!(found.iter().all(|p| p.qualifier.is_none()));
}

#[test]
fn never_panics() {
    for s in ["%", "1%", "ể%", "(%", "9,%", "1 - %", "đạt ,5%", "=\"1%"] {
        let _ = find_percentages(s);
    }
}
