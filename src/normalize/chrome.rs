//! Page chrome: lines that are portal furniture, not the report.
//!
//! Reports scraped from provincial portals carry visitor counters, navigation
//! links, image placeholders and a footer (copyright, address, phone, e-mail,
//! licence). They are not the article: their numbers are not facts about it
//! and the footer's "responsible for content" person is not one of its people.
//!
//! Every rule matches a whole line (after cleaning), case-insensitively, and
//! only lines of at most [`MAX_CHROME_LEN`] bytes: body paragraphs are longer,
//! and a rule that matched part of a line could cut body text. Rules are
//! conservative: an unclear line (a sidebar heading, a breadcrumb, the
//! article's date line, "Nguồn: …", "Tác giả: …") is kept.
//!
//! Contact lines ("Địa chỉ: …", "ĐT: …", "E-mail: …") could also occur in a
//! body (an announcement giving an address), so they are dropped only as part
//! of a footer block: a run of adjacent chrome lines (blank lines between
//! them allowed) that holds a copyright or licence line, or two contact lines.

use std::sync::LazyLock;

use regex::RegexSet;

/// Longest line that may be chrome; the longest footer lines seen (licence,
/// address) are under 200 bytes.
pub const MAX_CHROME_LEN: usize = 300;

/// What a line is, for chrome removal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Body,
    Blank,
    /// Always dropped.
    Chrome,
    /// Always dropped; also marks its block as a footer.
    Footer,
    /// A counter's label on its own line; dropped, and a bare number right
    /// after it is its value.
    CounterLabel,
    /// Only digits: a counter value if it follows a counter label.
    Number,
    /// Address, phone, e-mail, website: dropped only inside a footer block.
    Contact,
}

/// The rules, each with why it exists. Order matters only for [`KINDS`].
const RULES: &[&str] = &[
    // 0 Counter labels alone on a line; the value is on the next line
    // ("Số lần xem các bài viết" / "21162408", "THỐNG KÊ TRUY CẬP").
    r"(?i)^(?:thống kê truy cập|thống kê lượt truy cập|truy cập hiện tại|số lần xem các bài viết|(?:tổng )?(?:số )?lượt truy cập|số người đang truy cập|đang truy cập|(?:số )?lượt xem|đang trực tuyến)\s*:?$",
    // 1 Counters with their value ("Tổng số lượt truy cập: 40503542",
    // "Số người đang truy cập: 41", "Lượt xem: 137", "Hôm nay: 1.234").
    r"(?i)^(?:tổng (?:số )?lượt truy cập|(?:số )?lượt truy cập|số người đang truy cập|đang truy cập|(?:số )?lượt xem|lượt đọc|số lần xem các bài viết|truy cập hôm nay|đang trực tuyến|đang online|online|hôm nay|hôm qua|tuần này|tháng này)\s*:\s*[\d.,\s]+$",
    // 2 Who is online ("Đang có 78 khách và không thành viên đang online").
    r"(?i)^(?:hiện )?(?:đang )?có [\d.]+ (?:khách|người|thành viên)(?: và (?:[\d.]+|không) (?:khách|thành viên))? đang (?:online|trực tuyến|truy cập)\.?$",
    // 3 Navigation and skip links of the portal software.
    r"(?i)^(?:skip ribbon commands|skip to main content|skip navigation links|các tin mới hơn|các tin cũ hơn|các tin khác|tin mới hơn|tin cũ hơn|về đầu trang|lên đầu trang|in bài viết|gửi bài viết|bản in|xem tiếp|quay lại|trở về)\s*:?$",
    // 4 Image and table placeholders left by scrapers and portals ("anh tin
    // bai" is the alt text of an article photo, "[img]" a dropped image).
    r"(?i)^(?:anh tin bai|ảnh tin bài|\[(?:img|image|hình|ảnh)\]|<jsontable[^>]*>\s*</jsontable>|<img[^>]*>)$",
    // 5 The network-trust badge's alt text, with or without diacritics.
    r"(?i)^(?:chung nhan tin nhiem mang|chứng nhận tín nhiệm mạng)\.?$",
    // 6 Copyright lines ("Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.").
    r"(?i)^(?:©|\(c\) ?\d{4}|copyright(?-u:\b)|bản quyền (?:thuộc|©|\(c\))|bản quyền \d{4})",
    // 7 Licence lines ("Được thiết lập theo Giấy phép … số 06/GP-TTĐT …").
    r"(?i)^(?:được thiết lập theo giấy phép|giấy phép (?:số|thiết lập|hoạt động|xuất bản).{0,120}\d+/gp)",
    // 8 Who answers for the portal's content: a footer line, never a person
    // of the report.
    r"(?i)^(?:chịu trách nhiệm (?:quản lý )?(?:nội dung|chính|xuất bản)|trưởng ban biên tập|cơ quan chủ quản|đơn vị chủ quản)\s*:",
    // 9 Contact lines; dropped only inside a footer block.
    r"(?i)^(?:địa chỉ|trụ sở|điện thoại|đt|tel|phone|fax|e-?mail|website|hotline)\s*:",
    // 10 A bare number.
    r"^[\d.,]+$",
];

/// The kind each rule in [`RULES`] gives.
const KINDS: [Kind; 11] = [
    Kind::CounterLabel,
    Kind::Chrome,
    Kind::Chrome,
    Kind::Chrome,
    Kind::Chrome,
    Kind::Chrome,
    Kind::Footer,
    Kind::Footer,
    Kind::Footer,
    Kind::Contact,
    Kind::Number,
];

static SET: LazyLock<RegexSet> =
    LazyLock::new(|| RegexSet::new(RULES).expect("chrome rules are valid regexes"));

/// The kind of one clean line (trimmed, single spaces, NFC).
pub(crate) fn classify(line: &str) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    if line.len() > MAX_CHROME_LEN || !may_start_chrome(line.as_bytes()[0]) {
        return Kind::Body;
    }
    SET.matches(line)
        .iter()
        .next()
        .map_or(Kind::Body, |rule| KINDS[rule])
}

/// False when no rule can match a line starting with byte `first`, so most
/// body lines skip the regex set. The ASCII letters are those that start a
/// rule's words, in either case; any non-ASCII byte may ("đ", "ả", "©", and
/// "ſ" or the Kelvin sign, which `(?i)` folds to "s" and "k").
fn may_start_chrome(first: u8) -> bool {
    !first.is_ascii()
        || matches!(
            first.to_ascii_lowercase(),
            b'a' | b'b'
                | b'c'
                | b'e'
                | b'f'
                | b'g'
                | b'h'
                | b'i'
                | b'l'
                | b'o'
                | b'p'
                | b'q'
                | b's'
                | b't'
                | b'v'
                | b'w'
                | b'x'
                | b'0'..=b'9' | b'[' | b'<' | b'(' | b'.' | b','
        )
}

/// Which lines to drop, given the kind of every line in order.
pub(crate) fn resolve(kinds: &[Kind]) -> Vec<bool> {
    let mut drop = vec![false; kinds.len()];
    let mut previous: Option<Kind> = None;
    for (i, &kind) in kinds.iter().enumerate() {
        drop[i] = match kind {
            Kind::Chrome | Kind::Footer | Kind::CounterLabel => true,
            Kind::Number => previous == Some(Kind::CounterLabel),
            _ => false,
        };
        if kind != Kind::Blank {
            previous = Some(kind);
        }
    }
    // Footer blocks: runs of non-blank lines that are dropped or contact lines.
    let in_block: Vec<bool> = (0..kinds.len())
        .map(|i| drop[i] || kinds[i] == Kind::Contact)
        .collect();
    let mut i = 0;
    while i < kinds.len() {
        if kinds[i] == Kind::Blank || !in_block[i] {
            i += 1;
            continue;
        }
        let start = i;
        let (mut footer, mut contacts) = (false, 0);
        while i < kinds.len() && (kinds[i] == Kind::Blank || in_block[i]) {
            footer |= kinds[i] == Kind::Footer;
            contacts += usize::from(kinds[i] == Kind::Contact);
            i += 1;
        }
        if footer || contacts >= 2 {
            for j in start..i {
                drop[j] |= kinds[j] == Kind::Contact;
            }
        }
    }
    drop
}

/// The lines of `text` that normalization drops as chrome, trimmed, in order.
pub fn dropped_lines(text: &str) -> Vec<&str> {
    let analysis = super::analyze(text, false);
    analysis
        .lines
        .iter()
        .filter(|line| line.drop)
        .map(|line| text[line.start..line.end].trim())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (clean line, kind) from the seeds and the natural phrasing of portals.
    const EXAMPLES: &[(&str, Kind)] = &[
        ("THỐNG KÊ TRUY CẬP", Kind::CounterLabel),
        ("Số lần xem các bài viết", Kind::CounterLabel),
        ("Truy cập hiện tại", Kind::CounterLabel),
        ("Tổng số lượt truy cập: 40503542", Kind::Chrome),
        ("Số người đang truy cập: 41", Kind::Chrome),
        ("Lượt xem: 137", Kind::Chrome),
        ("Lượt truy cập: 1.234.567", Kind::Chrome),
        (
            "Đang có 78 khách và không thành viên đang online",
            Kind::Chrome,
        ),
        ("Skip Ribbon Commands", Kind::Chrome),
        ("Skip to main content", Kind::Chrome),
        ("Các tin mới hơn", Kind::Chrome),
        ("Các tin cũ hơn", Kind::Chrome),
        ("anh tin bai", Kind::Chrome),
        ("[img]", Kind::Chrome),
        ("<jsontable name=\"bang_0\"> </jsontable>", Kind::Chrome),
        ("Chung nhan Tin Nhiem Mang", Kind::Chrome),
        ("Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.", Kind::Footer),
        ("© 2019 Sở Nội vụ tỉnh Sơn La", Kind::Footer),
        (
            "Được thiết lập theo Giấy phép hoạt động trang thông tin điện tử tổng hợp số: 06/GP-TTĐT ngày 19/6/2019 của Sở Thông tin và Truyền thông.",
            Kind::Footer,
        ),
        (
            "Chịu trách nhiệm quản lý nội dung: Lương Thị Như Hoa - Giám đốc Sở",
            Kind::Footer,
        ),
        (
            "Địa chỉ: Tầng 4, tòa nhà 9 tầng - Khu Trụ sở HĐND - UBND - UBMTTQVN tỉnh",
            Kind::Contact,
        ),
        (
            "ĐT: Văn phòng sở (0212).3752.630 - Phòng CCHC (0212).3751.890 FAX: (0212).3855.743",
            Kind::Contact,
        ),
        (
            "E-mail: snv@sonla.gov.vn - Website:http://sonoivu.sonla.gov.vn",
            Kind::Contact,
        ),
        ("21162408", Kind::Number),
        // negative: body, headings and bylines are kept
        ("THÔNG TIN CẢI CÁCH", Kind::Body),
        ("Tin chính trị", Kind::Body),
        ("Tue, 27/12/2016 17:00 | GMT +7", Kind::Body),
        ("Nguồn: Cổng thông tin điện tử tỉnh Bắc Kạn", Kind::Body),
        (
            "Tác giả: Khúc Thị Thu Hằng, Phòng CCHC&VTLT, Sở Nội vụ.",
            Kind::Body,
        ),
        ("Lê Hồng", Kind::Body),
        ("Đại biểu dự hội nghị", Kind::Body),
        (
            "Đ/c Lý Thái Hải - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu tại Hội nghị",
            Kind::Body,
        ),
        (
            "Bản quyền tác giả được bảo hộ theo quy định của pháp luật.",
            Kind::Body,
        ),
        ("Lượt xem các bộ phim tăng mạnh trong năm 2022", Kind::Body),
        (
            "Đang có nhiều khó khăn trong giải ngân vốn đầu tư công",
            Kind::Body,
        ),
        (
            "Chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện",
            Kind::Body,
        ),
        (
            "Hôm nay, ngày 30/12, Hội nghị tổng kết công tác cải cách hành chính",
            Kind::Body,
        ),
        (
            "Có 3 thành viên đăng ký sử dụng dịch vụ công trực tuyến",
            Kind::Body,
        ),
        ("", Kind::Blank),
    ];

    #[test]
    fn examples() {
        for (line, kind) in EXAMPLES {
            assert_eq!(classify(line), *kind, "line: {line}");
        }
    }

    /// The first-byte filter keeps every line some rule matches: each rule,
    /// stripped of its anchor and case flag, starts with an atom whose
    /// first characters are in the filter (checked on rule texts here).
    #[test]
    fn the_first_byte_filter_lets_every_rule_through() {
        for (line, kind) in EXAMPLES {
            if *kind != Kind::Body && *kind != Kind::Blank {
                assert!(may_start_chrome(line.as_bytes()[0]), "{line}");
            }
        }
        // Every ASCII byte the filter refuses, followed by text, is body.
        for first in (0u8..0x80).filter(|&b| !may_start_chrome(b)) {
            for rest in ["", ": 1", "ông tin", "ỐNG KÊ TRUY CẬP", "opyright 2020"] {
                let line = format!("{}{rest}", first as char);
                assert!(SET.matches(&line).iter().next().is_none(), "{line:?}");
            }
        }
    }

    #[test]
    fn a_number_is_a_counter_value_only_after_a_counter_label() {
        use Kind::*;
        assert_eq!(
            resolve(&[Body, CounterLabel, Blank, Number, Number]),
            [false, true, false, true, false]
        );
        assert_eq!(resolve(&[Body, Number]), [false, false]);
    }

    #[test]
    fn contact_lines_are_dropped_only_in_a_footer_block() {
        use Kind::*;
        // a lone address in the body stays
        assert_eq!(resolve(&[Body, Contact, Body]), [false, false, false]);
        // beside a copyright line, across blank lines, it goes
        assert_eq!(
            resolve(&[Body, Footer, Blank, Contact, Contact, Body]),
            [false, true, false, true, true, false]
        );
        // two contact lines together are a footer
        assert_eq!(resolve(&[Body, Contact, Contact]), [false, true, true]);
        // a body line breaks the block
        assert_eq!(
            resolve(&[Footer, Body, Contact, Body]),
            [true, false, false, false]
        );
    }
}
