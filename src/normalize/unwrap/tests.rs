//! The unwrapping rules, row by row, and every seed wrapped at the widths
//! of exports and PDF pages giving the facts the seed gives.

use std::borrow::Cow;

use super::*;
use crate::normalize::{NormalizeOptions, normalize};
use crate::testing::examples::{self, Row};
use crate::testing::seeds;
use crate::testing::wrap::hard_wrap;
use crate::{Extractor, Record};

/// Each row is read after a paragraph of Sơn La's 2016 review hard-wrapped
/// at 80 columns, which makes the document wrapped at 80; its lines are cut
/// where a greedy layout at 80 cuts them.
const ROWS: &[Row<&str>] = &[
    // a clause cut mid-sentence, going on in lower case
    Row {
        phrase: "Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội\nđồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân\ndân tỉnh giám sát quá trình thực hiện Nghị quyết.",
        want: "Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, Tổ đại biểu Hội đồng nhân dân tỉnh và đại biểu Hội đồng nhân dân tỉnh giám sát quá trình thực hiện Nghị quyết.\n",
    },
    // a name cut after its first syllable: "Ngọc" did not fit after "Cầm"
    Row {
        phrase: "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành\nchính và công tác nội vụ năm 2016, triển khai nhiệm vụ năm 2017, đồng chí Cầm\nNgọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị.",
        want: "Ngày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị tổng kết công tác cải cách hành chính và công tác nội vụ năm 2016, triển khai nhiệm vụ năm 2017, đồng chí Cầm Ngọc Minh, Phó Bí thư tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị.\n",
    },
    // "kinh tế - xã hội" cut before its dash, which did not fit
    Row {
        phrase: "Trong 6 tháng đầu năm 2017, dưới sự lãnh đạo của Tỉnh ủy, HĐND tình hình kinh tế\n- xã hội của tỉnh tiếp tục chuyển biến tích cực.",
        want: "Trong 6 tháng đầu năm 2017, dưới sự lãnh đạo của Tỉnh ủy, HĐND tình hình kinh tế - xã hội của tỉnh tiếp tục chuyển biến tích cực.\n",
    },
    // a heading in capitals after a line as long as the width
    Row {
        phrase: "Các sở, ban, ngành tiếp tục đẩy mạnh cải cách hành chính trên địa bàn toàn tỉnh\nNHIỆM VỤ TRỌNG TÂM NĂM 2018\nSở Nội vụ tham mưu cho UBND tỉnh ban hành kế hoạch.",
        want: "Các sở, ban, ngành tiếp tục đẩy mạnh cải cách hành chính trên địa bàn toàn tỉnh\nNHIỆM VỤ TRỌNG TÂM NĂM 2018\nSở Nội vụ tham mưu cho UBND tỉnh ban hành kế hoạch.\n",
    },
    // a title, shorter than the width, and the first sentence
    Row {
        phrase: "Hội nghị tổng kết công tác cải cách hành chính năm 2016\nNgày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị.",
        want: "Hội nghị tổng kết công tác cải cách hành chính năm 2016\nNgày 24/12/2016, UBND tỉnh đã tổ chức Hội nghị.\n",
    },
    // list items, each as long as the width and none ending in punctuation
    Row {
        phrase: "- Báo cáo của Thường trực Hội đồng nhân dân tỉnh về kết quả giám sát năm 2017\n- Báo cáo của Ủy ban nhân dân tỉnh về tình hình kinh tế - xã hội 6 tháng đầu năm\n- Báo cáo thẩm tra của các Ban",
        want: "- Báo cáo của Thường trực Hội đồng nhân dân tỉnh về kết quả giám sát năm 2017\n- Báo cáo của Ủy ban nhân dân tỉnh về tình hình kinh tế - xã hội 6 tháng đầu năm\n- Báo cáo thẩm tra của các Ban\n",
    },
    Row {
        phrase: "Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện\n1. Về lĩnh vực Tài nguyên và Môi trường\nHội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện\na) Hội đồng nhân dân tỉnh xem xét các báo cáo 6 tháng và 1 năm của Ủy ban tỉnh\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        want: "Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện\n1. Về lĩnh vực Tài nguyên và Môi trường\nHội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh quan tâm chỉ đạo thực hiện\na) Hội đồng nhân dân tỉnh xem xét các báo cáo 6 tháng và 1 năm của Ủy ban tỉnh\nII. NHIỆM VỤ 6 THÁNG CUỐI NĂM\n",
    },
    // a signature after the closing line, and a byline whose first word
    // would have fit on the line before it
    Row {
        phrase: "Nghị quyết này đã được Hội đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp thứ Sáu\nthông qua ngày 13 tháng 7 năm 2017 và có hiệu lực từ ngày 23 tháng 7 năm 2017./.\nCHỦ TỊCH\nNguyễn Văn Tuấn",
        want: "Nghị quyết này đã được Hội đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp thứ Sáu thông qua ngày 13 tháng 7 năm 2017 và có hiệu lực từ ngày 23 tháng 7 năm 2017./.\nCHỦ TỊCH\nNguyễn Văn Tuấn\n",
    },
    Row {
        phrase: "Các sở, ban, ngành tiếp tục đẩy mạnh cải cách hành chính trên địa bàn tỉnh\nLê Hồng",
        want: "Các sở, ban, ngành tiếp tục đẩy mạnh cải cách hành chính trên địa bàn tỉnh\nLê Hồng\n",
    },
    // a paragraph that starts indented
    Row {
        phrase: "Các sở, ban, ngành tiếp tục đẩy mạnh cải cách hành chính trên địa bàn toàn tỉnh\n\u{A0} \u{A0} Năm 2023, tỉnh tiếp tục triển khai kế hoạch.",
        want: "Các sở, ban, ngành tiếp tục đẩy mạnh cải cách hành chính trên địa bàn toàn tỉnh\nNăm 2023, tỉnh tiếp tục triển khai kế hoạch.\n",
    },
    // a title cut by layout, then a counter: chrome alone, not the title's end
    Row {
        phrase: "Hội nghị trực tuyến tổng kết công tác cải cách hành chính; công bố Chỉ số hài\nlòng về sự phục vụ của cơ quan hành chính và Chỉ số cải cách hành chính năm 2022\nLượt xem: 137",
        want: "Hội nghị trực tuyến tổng kết công tác cải cách hành chính; công bố Chỉ số hài lòng về sự phục vụ của cơ quan hành chính và Chỉ số cải cách hành chính năm 2022\n",
    },
    // a licence footer cut after its label's colon is a footer to its end
    Row {
        phrase: "Được thiết lập theo Giấy phép hoạt động trang thông tin điện tử tổng hợp số:\n06/GP-TTĐT ngày 19/6/2019 của Sở Thông tin và Truyền thông.",
        want: "",
    },
];

/// A paragraph of the 2016 review hard-wrapped at 80 columns.
fn context() -> String {
    let paragraph = seeds::SON_LA_2016
        .lines()
        .find(|line| line.starts_with("Năm 2016, công tác"))
        .unwrap();
    hard_wrap(paragraph, 80)
}

#[test]
fn rules() {
    let context = context();
    let context_alone = normalize(&context, NormalizeOptions::default());
    // the paragraph is one line again
    assert_eq!(context_alone.lines().count(), 1, "{context_alone}");
    examples::check_rows(
        ROWS,
        |row| {
            let document = format!("{context}\n\n{}\n", row.phrase);
            let normalized = normalize(&document, NormalizeOptions::default());
            let after = normalized.strip_prefix(&*context_alone).unwrap();
            after.trim_start_matches('\n').to_string()
        },
        |_, got, want| got == want,
    );
}

/// The lines of a text as layout laid them.
fn laid(text: &str) -> impl Iterator<Item = Laid<'_>> {
    text.lines().map(|line| Laid {
        text: line.trim(),
        indent: line.chars().take_while(|c| c.is_whitespace()).count(),
    })
}

#[test]
fn the_width_of_a_wrapped_seed_is_found() {
    for (i, seed) in seeds::ALL.iter().enumerate() {
        assert_eq!(Layout::measure(laid(seed)), None, "seed {i}");
        for width in [70, 80, 95] {
            let wrapped = hard_wrap(seed, width);
            assert_eq!(
                Layout::measure(laid(&wrapped)),
                Some(Layout { width }),
                "seed {i} at {width}"
            );
        }
    }
}

#[test]
fn an_unwrapped_report_is_left_untouched() {
    for seed in seeds::ALL {
        let normal = normalize(seed, NormalizeOptions::default()).into_owned();
        let again = normalize(&normal, NormalizeOptions::default());
        assert!(
            matches!(again, Cow::Borrowed(s) if s.as_ptr() == normal.as_ptr() && s.len() == normal.len())
        );
    }
}

/// The values of a record that wrapping must not change: no offsets, no
/// text as written.
fn values(record: &Record) -> String {
    let mut out = String::new();
    out += &format!("event_date {:?}\n", record.event_date);
    out += &format!(
        "province {:?}\n",
        record.province.as_ref().map(|p| p.province.name)
    );
    for chair in &record.chairpersons {
        out += &format!(
            "chairperson {} {:?} {:?} {}\n",
            chair.name, chair.titles, chair.bodies, chair.presided
        );
    }
    out += &format!("presiding {:?}\n", record.presiding);
    for p in &record.percentages {
        out += &format!("percentage {} {:?} {:?}\n", p.value, p.qualifier, p.context);
    }
    for a in &record.awards {
        out += &format!(
            "award {:?} {:?} {:?} {:?} {:?}\n",
            a.award, a.collectives, a.individuals, a.count, a.giver
        );
    }
    for d in &record.dates {
        out += &format!("date {} {:?}\n", d.value, d.kind);
    }
    out
}

/// Every seed hard-wrapped at 70, 80 and 95 columns gives the values of the
/// seed as written; without joining, 14 of the 15 lose some (000 its
/// presiding chair at 95, 001 and 004 their event date).
#[test]
fn wrapped_seeds_give_the_seeds_facts() {
    let extractor = Extractor::default();
    let mut failures = Vec::new();
    for (i, seed) in seeds::ALL.iter().enumerate() {
        let want = values(&extractor.extract(seed));
        for width in [70, 80, 95] {
            let wrapped = hard_wrap(seed, width);
            // joined once and for all: the joined text is normal
            let joined = normalize(&wrapped, NormalizeOptions::default());
            assert_eq!(normalize(&joined, NormalizeOptions::default()), joined);
            let got = values(&extractor.extract(&wrapped));
            if got != want {
                let diff: Vec<String> = want
                    .lines()
                    .filter(|l| !got.lines().any(|g| g == *l))
                    .map(|l| format!("  - {l}"))
                    .chain(
                        got.lines()
                            .filter(|g| !want.lines().any(|l| l == *g))
                            .map(|g| format!("  + {g}")),
                    )
                    .collect();
                failures.push(format!("seed {i:03} at {width}:\n{}", diff.join("\n")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
