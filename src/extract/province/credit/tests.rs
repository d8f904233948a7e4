//! The credits example table: credit lines and the province each names, read
//! by hand, and lines that are no credit or name none.

use super::*;
use crate::testing::examples::{self, Row};

/// A line and the province its credit names, or none.
#[rustfmt::skip]
const EXAMPLES: &[Row<Option<&str>>] = &[
    Row {
        phrase: "(Thanhuytphcm.vn) - Ngày 15/7, tại Công viên phần mềm Quang Trung",
        want: Some("Hồ Chí Minh"),
    },
    Row { phrase: "(Baothanhhoa.vn) - Sáng 19/8, tại", want: Some("Thanh Hóa") },
    Row { phrase: "(baobacgiang.com.vn) – Chiều 3/4", want: Some("Bắc Giang") },
    Row { phrase: "(Baothuathienhue.vn) - Sáng nay", want: Some("Thừa Thiên Huế") },
];

/// Lines that are no credit, or credit an outlet of no province.
const NEGATIVES: &[&str] = &[
    // Outlets of no province.
    "(Chinhphu.vn) - Thủ tướng Chính phủ",
    "(Dangcongsan.vn) - Sáng 12/6",
    // Not a credit: inside a sentence, no dash after, no name.
    "Xem thêm (Baothanhhoa.vn) - bài viết",
    "(Baothanhhoa.vn) Sáng 19/8",
    "(.vn) - Sáng 19/8",
    "https://baothanhhoa.vn) - x",
];

/// `line` as the second line of a page.
fn in_page(line: &str) -> String {
    format!("Tiêu đề\n{line}\n")
}

#[test]
fn examples() {
    let read = |line: &str| find(&in_page(line));
    examples::check(EXAMPLES, NEGATIVES, read, |line, found, want| {
        let text = in_page(line);
        found.len() <= 1
            && found.first().map(|m| m.province.name) == *want
            && found.iter().all(|m| {
                text.get(m.start..m.end) == Some(m.text.as_str()) && m.text.ends_with(".vn")
            })
    });
}

#[test]
fn a_credit_may_open_the_text() {
    let found = find("(Baothanhhoa.vn) - Sáng 19/8");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "Baothanhhoa.vn");
}
