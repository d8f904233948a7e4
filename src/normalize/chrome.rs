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
//! Keyword, tag and trend lists that news pages and their JSON exports put
//! beside the article ("Từ khóa: …", `"KeyWords": [ … ]`) are not the report
//! either: a list over several lines goes whole, from its opening line to
//! its `]`, when every line between is an item.
//!
//! Contact lines ("Địa chỉ: …", "ĐT: …", "E-mail: …") could also occur in a
//! body (an announcement giving an address), so they are dropped only as part
//! of a footer block: a run of adjacent chrome lines (blank lines between
//! them allowed) that holds a copyright or licence line, or two contact lines.

use std::sync::LazyLock;

use regex_automata::meta::Regex as MultiRegex;

use crate::text::case::fast_lower;

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
    /// Opens a JSON list of keywords, tags or trends (`"KeyWords": [`).
    ListStart,
    /// A JSON string, number, key-value pair or brace on its own line: an
    /// item of such a list when it stands inside one.
    ListItem,
    /// `]` or `],`: closes the list.
    ListEnd,
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
    // 11 Keyword, tag and trend lines of a page ("Từ khóa: Kon Tum, dự án",
    // "Tags: …") and such a JSON list on one line.
    r#"(?i)^(?:từ khóa|từ khoá|tags?|keywords?)\s*:|^"(?:key ?words?|tags?|trends?|topics?)"\s*:\s*\[.*\],?$"#,
    // 12 The same JSON list over several lines: its opening line, …
    r#"(?i)^"(?:key ?words?|tags?|trends?|topics?)"\s*:\s*\[$"#,
    // 13 … its items (`"Kon Tum",`, `{`, `"word": "Khánh Hòa",`, `},`) …
    r#"^(?:[{}],?|"[^"]*"(?:\s*:\s*(?:"[^"]*"|[\d.]+))?,?)$"#,
    // 14 … and its end.
    r"^\],?$",
];

/// The kind each rule in [`RULES`] gives.
const KINDS: [Kind; 15] = [
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
    Kind::Chrome,
    Kind::ListStart,
    Kind::ListItem,
    Kind::ListEnd,
];

/// All the rules in one automaton. They are all anchored at the line start,
/// so the leftmost-first match is that of the first rule in [`RULES`] that
/// matches, and the search stops there (a `RegexSet` would run every rule
/// to the end of the line).
static RULE_SET: LazyLock<MultiRegex> =
    LazyLock::new(|| MultiRegex::new_many(RULES).expect("chrome rules are valid regexes"));

/// The kind of one clean line (trimmed, single spaces, NFC): that of the
/// first rule in [`RULES`] that matches it.
pub(crate) fn classify(line: &str) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    if line.len() > MAX_CHROME_LEN || !may_be_chrome(line) {
        return Kind::Body;
    }
    RULE_SET
        .find(line)
        .map_or(Kind::Body, |m| KINDS[m.pattern().as_usize()])
}

/// Room for the longest first word lower-cased ("trưởng": 9 bytes); a
/// longer opening word can only start "copyright".
const FIRST_WORD_ROOM: usize = 16;

/// False when no rule can match `line`, judged by its first word
/// lower-cased, so most body lines skip the rules. A line opening with a
/// letter must open with one of the rules' first words (see
/// [`is_first_word`]); lines opening with anything else (a digit, '[', '<',
/// '(', '©') are left to the rules, and so are 'ſ' and the Kelvin sign,
/// which `(?i)` folds to "s" and "k".
fn may_be_chrome(line: &str) -> bool {
    let mut word = [0u8; FIRST_WORD_ROOM];
    let mut len = 0;
    for c in line.chars() {
        // Vietnamese letters are lower-cased without the Unicode tables; the
        // word ends at the first character that is not one (a rule's first
        // word is followed by a space, ':' or '-').
        let lower = match fast_lower(c) {
            Some(lower) if !c.is_ascii() || c.is_ascii_alphabetic() => lower,
            _ if c == 'ſ' || c == '\u{212A}' => return true,
            _ => break,
        };
        if len + lower.len_utf8() > FIRST_WORD_ROOM {
            return word.starts_with(b"copyright");
        }
        len += lower.encode_utf8(&mut word[len..]).len();
    }
    let word = &word[..len];
    word.is_empty() || word.starts_with(b"copyright") || is_first_word(word)
}

/// True for the words the rules' alternatives open with, lower-case. Each
/// is followed in its rule by a character that is no letter (a space, ':'
/// or '-'); "copyright" is the one word a rule lets a letter follow.
fn is_first_word(word: &[u8]) -> bool {
    matches!(
        std::str::from_utf8(word),
        Ok(
            "thống" | "truy" | "số" | "tổng" | "lượt" | "đang" // rules 0, 1, 2
            | "online" | "hôm" | "tuần" | "tháng" // rule 1
            | "hiện" | "có" // rule 2
            | "skip" | "các" | "tin" | "về" | "lên" | "in" | "gửi" | "xem" | "quay" | "trở" // rule 3
            | "bản" // rules 3, 6
            | "anh" | "ảnh" // rule 4
            | "chung" | "chứng" // rule 5
            | "được" | "giấy" // rule 7
            | "chịu" | "trưởng" | "cơ" | "đơn" // rule 8
            | "địa" | "trụ" | "điện" | "đt" | "tel" | "phone" | "fax" | "e" | "email" | "website" // rule 9
            | "hotline"
            | "từ" | "tag" | "tags" | "keyword" | "keywords" // rule 11
        )
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
    // JSON lists of keywords, tags or trends: from the opening line to the
    // end, when every line between is an item (or blank).
    let mut i = 0;
    while i < kinds.len() {
        if kinds[i] == Kind::ListStart {
            let items = kinds[i + 1..]
                .iter()
                .take_while(|&&k| k == Kind::ListItem || k == Kind::Blank)
                .count();
            let end = i + 1 + items;
            if kinds.get(end) == Some(&Kind::ListEnd) {
                drop[i..=end].fill(true);
                i = end;
            }
        }
        i += 1;
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
        // Keyword, tag and trend lists beside the article.
        ("Từ khóa: cải cách hành chính, Sơn La", Kind::Chrome),
        ("Tags: Kon Tum, khu kinh tế", Kind::Chrome),
        (r#""KeyWords": ["cửa khẩu", "Kon Tum"],"#, Kind::Chrome),
        (r#""KeyWords": ["#, Kind::ListStart),
        (r#""Trends": ["#, Kind::ListStart),
        (r#""Kon Tum","#, Kind::ListItem),
        (r#""word": "Khánh Hòa","#, Kind::ListItem),
        (r#""weith": "6""#, Kind::ListItem),
        ("{", Kind::ListItem),
        ("},", Kind::ListItem),
        // (an item is dropped only inside a list: the headline field stays)
        (
            r#""Title": "Dự án phát triển khu kinh tế ở Kon Tum: Tan giấc mơ… Bờ Y","#,
            Kind::ListItem,
        ),
        ("],", Kind::ListEnd),
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
        ("Từ khóa của năm là chuyển đổi số", Kind::Body),
        (r#""Tài sản" mà cửa khẩu Bờ Y có được"#, Kind::Body),
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

    use regex::RegexSet;

    /// All the rules at once, in one set.
    static SET: LazyLock<RegexSet> =
        LazyLock::new(|| RegexSet::new(RULES).expect("chrome rules are valid regexes"));

    /// The classification by the whole set: choosing rules by first word
    /// must not change a single answer.
    fn classify_by_rules(line: &str) -> Kind {
        if line.is_empty() {
            return Kind::Blank;
        }
        if line.len() > MAX_CHROME_LEN {
            return Kind::Body;
        }
        SET.matches(line)
            .iter()
            .next()
            .map_or(Kind::Body, |rule| KINDS[rule])
    }

    #[test]
    fn the_first_word_filter_lets_every_rule_through() {
        for (line, kind) in EXAMPLES {
            if *kind != Kind::Body && *kind != Kind::Blank {
                assert!(may_be_chrome(line), "{line}");
            }
            assert_eq!(classify(line), classify_by_rules(line), "{line}");
            assert_eq!(classify(line), *kind, "{line}");
        }
        assert!(may_be_chrome("COPYRIGHTĐ 2020"));
        assert!(may_be_chrome(
            "Copyright by the portal team of the province"
        ));
        assert!(may_be_chrome("ſkip to main content"));
        assert!(may_be_chrome("ĐT: 0212"));
        assert!(may_be_chrome("21162408"));
        assert!(!may_be_chrome("Thông tin"));
        assert!(!may_be_chrome("Ông Nguyễn Văn A"));
    }

    /// Changes the case of `piece`: as written, upper case, or a capital first letter.
    fn recase(piece: &str, case: u8) -> String {
        match case {
            0 => piece.to_owned(),
            1 => piece.to_uppercase(),
            _ => {
                let mut chars = piece.chars();
                chars
                    .next()
                    .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
            }
        }
    }

    /// Every line made of a rule's opening (or a look-alike) and a tail,
    /// in every case: the filtered and the rule-only classification agree.
    #[test]
    fn the_first_word_filter_changes_no_kind() {
        let mut chrome = 0;
        for head in HEADS {
            for tail in TAILS {
                for (head_case, tail_case) in [(0, 0), (1, 1), (2, 0), (1, 0), (2, 1)] {
                    let line = recase(head, head_case) + &recase(tail, tail_case);
                    let kind = classify_by_rules(&line);
                    assert_eq!(classify(&line), kind, "{line:?}");
                    chrome += usize::from(kind != Kind::Body);
                }
            }
        }
        // The lines exercise the rules, not only the filter.
        assert!(chrome > 500, "{chrome}");
    }

    /// Openings of the rules' alternatives, and words like them that no rule takes.
    const HEADS: &[&str] = &[
        "thống kê truy cập",
        "thống kê lượt truy cập",
        "truy cập hiện tại",
        "số lần xem các bài viết",
        "tổng số lượt truy cập",
        "tổng lượt truy cập",
        "số lượt truy cập",
        "lượt truy cập",
        "số người đang truy cập",
        "lượt xem",
        "số lượt xem",
        "lượt đọc",
        "đang truy cập",
        "đang trực tuyến",
        "đang online",
        "online",
        "truy cập hôm nay",
        "hôm nay",
        "hôm qua",
        "tuần này",
        "tháng này",
        "hiện có 12",
        "hiện đang có 3",
        "đang có 78",
        "có 1.234",
        "skip ribbon commands",
        "skip to main content",
        "skip navigation links",
        "các tin mới hơn",
        "các tin khác",
        "tin cũ hơn",
        "về đầu trang",
        "lên đầu trang",
        "in bài viết",
        "gửi bài viết",
        "bản in",
        "xem tiếp",
        "quay lại",
        "trở về",
        "anh tin bai",
        "ảnh tin bài",
        "[img]",
        "[ảnh]",
        "<img src=x>",
        "<jsontable a></jsontable>",
        "chứng nhận tín nhiệm mạng",
        "chung nhan tin nhiem mang",
        "©",
        "(c) 2020",
        "(c)2021",
        "copyright",
        "copyrightđ",
        "bản quyền thuộc",
        "bản quyền ©",
        "bản quyền 2020",
        "được thiết lập theo giấy phép",
        "giấy phép số 06/gp",
        "giấy phép hoạt động số 12/gp",
        "chịu trách nhiệm nội dung",
        "chịu trách nhiệm quản lý nội dung",
        "trưởng ban biên tập",
        "cơ quan chủ quản",
        "đơn vị chủ quản",
        "địa chỉ",
        "trụ sở",
        "điện thoại",
        "đt",
        "tel",
        "phone",
        "fax",
        "e-mail",
        "email",
        "website",
        "hotline",
        "từ khóa",
        "từ khoá",
        "tags",
        "keywords",
        "\"keywords\": [",
        "\"tags\": [\"a\"]",
        "\"trends\"",
        "]",
        "{",
        "12",
        "1.234,5",
        "ſkip to main content",
        "\u{212A}hen",
        "İn bài viết",
        "thông tin",
        "ông",
        "trong",
        "sở",
        "telephone",
        "e",
        "x",
        "lượt",
        "tin",
    ];

    /// What follows an opening in the rules, and other text.
    const TAILS: &[&str] = &[
        "",
        ":",
        " :",
        ": 12",
        ": 1.234",
        " : 40503542",
        " khách đang online",
        " khách và không thành viên đang online.",
        " người đang truy cập",
        " kê",
        " Nguyễn Văn A",
        ", ngày 30/12",
        " của tỉnh",
        ": 0212.3852.555",
        ": abc@son-la.gov.vn",
        " 06/GP-TTĐT",
        ".",
    ];

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
    fn a_json_list_of_keywords_is_dropped_whole() {
        use Kind::*;
        assert_eq!(
            resolve(&[Body, ListStart, ListItem, ListItem, ListItem, ListEnd, Body]),
            [false, true, true, true, true, true, false]
        );
        // Not a list of items: a body line inside, or no end.
        assert_eq!(
            resolve(&[ListStart, ListItem, Body, ListEnd]),
            [false, false, false, false]
        );
        assert_eq!(resolve(&[ListStart, ListItem]), [false, false]);
        // Items and ends outside a keyword list are text.
        assert_eq!(
            resolve(&[ListItem, ListEnd, ListItem]),
            [false, false, false]
        );
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
