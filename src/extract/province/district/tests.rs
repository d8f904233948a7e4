//! The districts example table: phrases and the districts they name, read by
//! hand, and phrases that name none.

use super::*;
use crate::testing::examples::{self, Row};

/// A district as read by hand: its unit word and its name as written.
#[derive(Debug)]
struct Want {
    kind: &'static str,
    name: &'static str,
}

/// Phrases and the districts they name.
#[rustfmt::skip]
const EXAMPLES: &[Row<&[Want]>] = &[
    Row {
        phrase: "Huyện Sông Mã có chỉ số SIPAS cao nhất",
        want: &[Want { kind: "huyện", name: "Sông Mã" }],
    },
    Row {
        phrase: "UBND huyện Sông Mã xếp vị trí thứ nhất",
        want: &[Want { kind: "huyện", name: "Sông Mã" }],
    },
    Row {
        phrase: "Chủ tịch UBND huyện Sông Mã Lò Văn Hải",
        want: &[Want { kind: "huyện", name: "Sông Mã" }],
    },
    Row {
        phrase: "Phường Chiềng Cơi, thành phố Sơn La",
        want: &[Want { kind: "thành phố", name: "Sơn La" }],
    },
    Row {
        phrase: "huyện Long Hồ (tỉnh Vĩnh Long)",
        want: &[Want { kind: "huyện", name: "Long Hồ" }],
    },
    Row { phrase: "huyện Hoàng Su Phì", want: &[Want { kind: "huyện", name: "Hoàng Su Phì" }] },
    Row {
        phrase: "Công an quận Bắc Từ Liêm (Hà Nội)",
        want: &[Want { kind: "quận", name: "Bắc Từ Liêm" }],
    },
    Row { phrase: "ở quận 8, TP.HCM", want: &[Want { kind: "quận", name: "8" }] },
    Row {
        phrase: "đề xuất thị xã Phú Mỹ lên thành phố",
        want: &[Want { kind: "thị xã", name: "Phú Mỹ" }],
    },
    Row {
        phrase: "Quy Nhơn (TP.Quy Nhơn, Bình Định)",
        want: &[Want { kind: "thành phố", name: "Quy Nhơn" }],
    },
    Row {
        phrase: "Quang Trung (H.Tây Sơn, Bình Định)",
        want: &[Want { kind: "huyện", name: "Tây Sơn" }],
    },
    Row {
        phrase: "TP Thủy Nguyên được thành lập",
        want: &[Want { kind: "thành phố", name: "Thủy Nguyên" }],
    },
    Row {
        phrase: "sẽ thành lập TP Thủy Nguyên Theo tờ trình",
        want: &[Want { kind: "thành phố", name: "Thủy Nguyên" }],
    },
    Row {
        phrase: "huyện Dương Minh Châu",
        want: &[Want { kind: "huyện", name: "Dương Minh Châu" }],
    },
    Row { phrase: "Nghệ An: thành phố Vinh", want: &[Want { kind: "thành phố", name: "Vinh" }] },
];

/// Phrases that name no district.
const NEGATIVES: &[&str] = &[
    // Provincial-level cities and plain words are not districts.
    "HĐND thành phố Hà Nội khóa XV",
    "Công an TP.Hà Nội",
    "TP.HCM",
    "UBND các huyện, thành phố tiếp tục triển khai",
    "cấp tỉnh, huyện được quan tâm",
    "các huyện chủ động sử dụng kinh phí",
    "TPU-Chips",
    "Chủ tịch UBND TP Nguyễn Đức Chung",
    "góp phần vào kết quả của TP.Ghi nhận các kiến nghị",
    "Nguyễn H. Nam",
];

#[test]
fn examples() {
    examples::check_facts(EXAMPLES, NEGATIVES, find_districts, |phrase, d, want| {
        let name = phrase.get(d.start + d.text.len() - d.name.len()..d.end);
        (d.kind, name) == (want.kind, Some(want.name))
            && phrase.get(d.start..d.end) == Some(d.text.as_str())
    });
}

#[test]
fn districts_are_never_provinces() {
    let text = "Huyện Sông Mã, thị xã Phú Mỹ và thành phố Sơn La";
    let provinces: Vec<&str> = super::super::find_provinces(text)
        .iter()
        .map(|m| m.province.name)
        .collect();
    assert_eq!(provinces, vec!["Sơn La"]);
}
