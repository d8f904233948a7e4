//! The places example table (a stretch of text, the mention in it and its
//! place, read by hand), and the tests of the footer, front-matter and
//! stretch helpers.

use super::*;
use crate::testing::examples::{self, Row};

/// A mention in a row's stretch of text, and its place.
#[derive(Debug)]
struct Want {
    mention: &'static str,
    place: Place,
}

/// Stretches of text, each with a mention in it and the mention's place.
#[rustfmt::skip]
const EXAMPLES: &[Row<Want>] = &[
    Row {
        phrase: "UBND tỉnh Sơn La tổ chức Hội nghị",
        want: Want { mention: "Sơn La", place: Place::Body },
    },
    Row {
        phrase: "Nguồn: Cổng thông tin điện tử tỉnh Bắc Kạn",
        want: Want { mention: "Bắc Kạn", place: Place::Source },
    },
    Row {
        phrase: "Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.",
        want: Want { mention: "Sơn La", place: Place::Footer },
    },
    Row {
        phrase: "Trang chủ | Bản quyền thuộc Sở Nội vụ tỉnh Sơn La",
        want: Want { mention: "Sơn La", place: Place::Footer },
    },
    // Mastheads, and sentences that open like one.
    Row {
        phrase: "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SƠN LA",
        want: Want { mention: "SƠN LA", place: Place::Footer },
    },
    Row {
        phrase: "cổng thông tin tỉnh Sơn La lần đầu tiên thực hiện",
        want: Want { mention: "Sơn La", place: Place::Body },
    },
    // HTML: the text between tags.
    Row {
        phrase: r#"<p align="center"><strong>TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH ĐĂK NÔNG</strong></p>"#,
        want: Want { mention: "ĐĂK NÔNG", place: Place::Footer },
    },
    Row {
        phrase: r#"<p align="center" style="font-size: 13px">Địa chỉ: Khu hành chính Sùng Đức, phường Nghĩa Tân, thị xã Gia Nghĩa, tỉnh Đăk Nông</p>"#,
        want: Want { mention: "Đăk Nông", place: Place::Footer },
    },
    Row {
        phrase: r#"<option selected>-- Liên kết web --</option><option value="http://daknong.gov.vn/Pages/default.aspx">Cổng thông tin tỉnh Đăk Nông</option>"#,
        want: Want { mention: "Đăk Nông", place: Place::Chrome },
    },
    Row {
        phrase: "<p>Riêng đối với tỉnh Kon Tum, KTT cửa khẩu sẽ là đầu tàu</p>",
        want: Want { mention: "Kon Tum", place: Place::Body },
    },
    Row {
        phrase: "<p>Sáng 5/3, <strong>UBND tỉnh Sơn La</strong> tổ chức</p>",
        want: Want { mention: "Sơn La", place: Place::Body },
    },
    // Markdown: an image's alt text; the headline's link text is the body.
    Row {
        phrase: "![Nhiều trường ở Thừa Thiên Huế đã xây dựng chế độ](https://example.vn/a.jpg)",
        want: Want { mention: "Thừa Thiên Huế", place: Place::Chrome },
    },
    Row {
        phrase: "[Nhiều trường ở Thừa Thiên Huế đã xây dựng chế độ](https://example.vn/a.htm)",
        want: Want { mention: "Thừa Thiên Huế", place: Place::Body },
    },
    Row {
        phrase: "![ảnh](https://example.vn/a.jpg) Hội nghị tại tỉnh Sơn La",
        want: Want { mention: "Sơn La", place: Place::Body },
    },
    // A '>' that closes no tag is text.
    Row {
        phrase: "Địa chỉ -> tỉnh Sơn La <br>",
        want: Want { mention: "Sơn La", place: Place::Footer },
    },
];

#[test]
fn examples() {
    let read = |row: &Row<Want>| {
        let start = row.phrase.find(row.want.mention).unwrap();
        let end = start + row.want.mention.len();
        Places::new().at(row.phrase, start, end).1
    };
    examples::check_rows(EXAMPLES, read, |_, got, want| *got == want.place);
}

#[test]
fn footer_firsts_are_the_footer_words_first_characters() {
    let mut firsts: Vec<char> = FOOTER_STARTS
        .iter()
        .filter_map(|w| w.chars().next())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    let mut listed: Vec<char> = FOOTER_FIRSTS.chars().collect();
    listed.sort_unstable();
    assert_eq!(firsts, listed);
}

#[test]
fn the_stretch_is_the_text_between_tags() {
    let text = "<div><p>Địa chỉ: tỉnh Sơn La</p><p>tỉnh Điện Biên</p></div>\nSơn La";
    let mut places = Places::new();
    let at = |name: &str| text.find(name).unwrap();
    assert_eq!(
        places.at(text, at("Sơn La"), at("Sơn La") + 7),
        ("Địa chỉ: tỉnh Sơn La", Place::Footer)
    );
    let start = at("Điện Biên");
    assert_eq!(
        places.at(text, start, start + "Điện Biên".len()),
        ("tỉnh Điện Biên", Place::Body)
    );
    let start = text.rfind("Sơn La").unwrap();
    assert_eq!(places.at(text, start, text.len()), ("Sơn La", Place::Body));
}

#[test]
fn front_matter_runs_from_the_first_line_to_the_next_dashes() {
    let post = "---\nlayout: post\ntitle: \" [Huế] Huế là thành phố\"\n---\n[Huế là thành phố](https://x.vn)\n";
    let end = front_matter_end(post).unwrap();
    assert_eq!(
        &post[..end],
        "---\nlayout: post\ntitle: \" [Huế] Huế là thành phố\"\n---"
    );
    assert_eq!(front_matter_end("---\ntitle: a\n---"), Some(16));
    // A dash line that is longer, or no closing line, or no opening one.
    assert_eq!(front_matter_end("---\ntitle: a\n----\n---\nb"), Some(21));
    assert_eq!(front_matter_end("---\ntitle: a\nbody"), None);
    assert_eq!(front_matter_end("Tin\n---\nb\n---\n"), None);
    assert_eq!(front_matter_end(""), None);
}

#[test]
fn first_chars_counts_characters_not_bytes() {
    assert_eq!(first_chars("Sơn La", 3), "Sơn");
    assert_eq!(first_chars("Sơn La", 6), "Sơn La");
    assert_eq!(first_chars("Sơn La", 7), "Sơn La");
    assert_eq!(first_chars("ĐĐĐĐ", 2), "ĐĐ");
    assert_eq!(first_chars("", 0), "");
    let long = "Bản quyền thuộc ".repeat(20);
    let want: String = long.chars().take(FOOTER_HEAD_CHARS).collect();
    assert_eq!(first_chars(&long, FOOTER_HEAD_CHARS), want);
}

/// The line around `at` as it was found before: every line start listed
/// once, then a binary search.
fn line_by_index(text: &str, at: usize) -> (usize, usize) {
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    let index = starts.partition_point(|&s| s <= at).saturating_sub(1);
    let end = starts.get(index + 1).map_or(text.len(), |next| next - 1);
    (starts[index], end)
}

proptest::proptest! {
    /// In text without markup, the stretches found from the mentions are
    /// the listed lines, whatever the order of the mentions.
    #[test]
    fn lines_found_from_mentions_are_the_listed_lines(
        text in "(Nguồn: a|Bản quyền|b|\n| ){0,12}",
        picks in proptest::collection::vec(0usize..200, 0..12),
        sorted in proptest::bool::ANY,
    ) {
        let mut ats: Vec<usize> = picks.iter().map(|p| p % (text.len() + 1)).collect();
        ats.retain(|&at| text.is_char_boundary(at));
        if sorted {
            ats.sort_unstable();
        }
        let mut places = Places::new();
        for at in ats {
            let (start, end) = line_by_index(&text, at);
            let (line, place) = places.at(&text, at, at);
            proptest::prop_assert_eq!(line.as_ptr() as usize - text.as_ptr() as usize, start);
            proptest::prop_assert_eq!(line.len(), end - start);
            proptest::prop_assert_eq!(place, stretch_place(&text[start..end]));
        }
    }

    /// The copyright test is the search of the head it replaced.
    #[test]
    fn copyright_in_head_is_the_search_of_the_head(
        text in "(Bản quyền thuộc|Bản|quyền|thuộc|ĐĐĐĐĐĐĐĐĐĐ|aaaaaaaaaa| ){0,40}"
    ) {
        let head = &text[..text
            .char_indices()
            .nth(FOOTER_HEAD_CHARS)
            .map_or(text.len(), |(i, _)| i)];
        proptest::prop_assert_eq!(has_copyright_in_head(&text), head.contains(COPYRIGHT));
    }

    /// Places found from the mentions, in any order, are those of a
    /// fresh search: the caches never answer for another stretch.
    #[test]
    fn cached_places_are_fresh_places(
        text in "(Nguồn: a|Bản quyền|<p>|</p>|<option>|Địa chỉ: |Cổng thông tin |b|<|>|!\\[|\\]\\(|\n| ){0,16}",
        picks in proptest::collection::vec((0usize..300, 0usize..8), 0..12),
        sorted in proptest::bool::ANY,
    ) {
        let mut spans: Vec<(usize, usize)> = picks
            .iter()
            .map(|&(p, len)| {
                let start = p % (text.len() + 1);
                (start, (start + len).min(text.len()))
            })
            .filter(|&(s, e)| {
                text.is_char_boundary(s)
                    && text.is_char_boundary(e)
                    && !text[s..e].contains(['\n', '<', '>'])
            })
            .collect();
        if sorted {
            spans.sort_unstable();
        }
        let mut places = Places::new();
        for (start, end) in spans {
            let cached = places.at(&text, start, end);
            let fresh = Places::new().at(&text, start, end);
            proptest::prop_assert_eq!(cached, fresh);
        }
    }
}
