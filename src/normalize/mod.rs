//! Normalization: NFC, one tone-mark placement, whitespace, page chrome.
//!
//! The text every extractor reads and every offset refers to:
//! - lines end in LF (CRLF and CR are converted), and the text ends in one LF
//!   unless it is empty;
//! - each line is cleaned (module `clean`): NBSP, tabs and other spacing or control
//!   characters become one space, zero-width characters, soft hyphens and
//!   direction marks are removed, runs of spaces collapse, ends are trimmed;
//!   then NFC and the modern tone placement (module `tone`);
//! - paragraphs are kept: blank lines between text collapse to one, blank
//!   lines at the start and end go;
//! - page chrome lines are dropped unless [`NormalizeOptions::keep_chrome`]
//!   ([`chrome`]);
//! - in a hard-wrapped document (PDF pages, exports at 70–100 columns), a
//!   line cut by layout mid-sentence is joined to the next with one space
//!   (module `unwrap`);
//! - dashes and quotes are kept as written (extractors treat them as equal).
//!
//! It is one pass over the lines, one over their lengths (two when the
//! document is wrapped) and one over the kept ones, and it copies only when
//! something changes: text that is already normal comes back borrowed.

pub mod chrome;
mod clean;
mod tone;
mod unwrap;

use std::borrow::Cow;
use std::ops::Range;

use chrome::Kind;

/// How to normalize.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NormalizeOptions {
    /// Keep the lines that are portal furniture (counters, footers, navigation).
    pub keep_chrome: bool,
}

/// The normalized text that every extractor reads and every offset refers to.
pub fn normalize(text: &str, options: NormalizeOptions) -> Cow<'_, str> {
    assemble(text, &analyze(text, options.keep_chrome))
}

/// Normalized text and the chrome lines it left out, as written (trimmed).
pub struct Normalized<'a> {
    pub text: Cow<'a, str>,
    /// Dropped furniture; a publisher footer here still says whose page it is.
    pub chrome: Vec<&'a str>,
}

/// Like [`normalize`], also handing back the dropped chrome lines, in one pass.
pub fn normalize_with_chrome(text: &str, options: NormalizeOptions) -> Normalized<'_> {
    let analysis = analyze(text, options.keep_chrome);
    let chrome = analysis
        .lines
        .iter()
        .filter(|line| line.drop)
        .map(|line| text[line.start..line.end].trim())
        .collect();
    Normalized {
        text: assemble(text, &analysis),
        chrome,
    }
}

/// Joins the kept lines of an analysis into the normalized text.
fn assemble<'a>(text: &'a str, analysis: &Analysis) -> Cow<'a, str> {
    let mut out = Output::new(text);
    let mut blank_pending = false;
    let mut blank_at = None;
    for line in &analysis.lines {
        if line.drop {
            continue;
        }
        if line.kind == Kind::Blank {
            if !out.is_empty() && !blank_pending {
                blank_pending = true;
                // A blank line that is exactly "\n" can be reused in place.
                blank_at = (line.start == line.end && line.lf).then_some(line.start);
            }
            continue;
        }
        if blank_pending {
            match blank_at {
                Some(at) => out.keep(at..at + 1),
                None => out.push("\n"),
            }
            blank_pending = false;
        }
        let end = if line.joins { " " } else { "\n" };
        match &line.clean {
            None if line.lf && !line.joins => out.keep(line.start..line.end + 1),
            None => {
                out.keep(line.start..line.end);
                out.push(end);
            }
            Some(range) => {
                out.push(&analysis.cleaned[range.clone()]);
                out.push(end);
            }
        }
    }
    out.finish()
}

/// One line of the input.
pub(crate) struct Line {
    /// Byte range of the line in the input, without its line end.
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The line ends in exactly "\n" (not CRLF, CR, or the end of the text).
    lf: bool,
    /// The cleaned line in [`Analysis::cleaned`], when it differs from the input.
    clean: Option<Range<usize>>,
    kind: Kind,
    pub(crate) drop: bool,
    /// The line goes on in the next: a layout cut it, and its end becomes
    /// one space (module `unwrap`).
    joins: bool,
}

impl Line {
    /// The line's clean text.
    fn text<'a>(&self, input: &'a str, cleaned: &'a str) -> &'a str {
        match &self.clean {
            Some(range) => &cleaned[range.clone()],
            None => &input[self.start..self.end],
        }
    }
}

pub(crate) struct Analysis {
    pub(crate) lines: Vec<Line>,
    /// The cleaned forms of the lines that changed, one after another.
    cleaned: String,
}

/// Splits `text` into lines (at LF, CRLF or CR), cleans and classifies them,
/// and decides which are chrome to drop.
pub(crate) fn analyze(text: &str, keep_chrome: bool) -> Analysis {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut cleaned = String::new();
    let mut scratch = String::new();
    let mut start = 0;
    while start < bytes.len() {
        let (end, next, lf) = match memchr::memchr2(b'\n', b'\r', &bytes[start..]) {
            Some(i) => {
                let end = start + i;
                match bytes[end] {
                    b'\n' => (end, end + 1, true),
                    _ if bytes.get(end + 1) == Some(&b'\n') => (end, end + 2, false),
                    _ => (end, end + 1, false),
                }
            }
            None => (bytes.len(), bytes.len(), false),
        };
        let raw = &text[start..end];
        let clean = if clean::is_clean(raw) {
            None
        } else {
            if cleaned.capacity() == 0 {
                // Once, enough for the rest of the text in most cases.
                cleaned.reserve(text.len() - start);
            }
            let at = cleaned.len();
            clean::push_clean(raw, &mut cleaned, &mut scratch);
            if cleaned[at..] == *raw {
                cleaned.truncate(at);
                None
            } else {
                Some(at..cleaned.len())
            }
        };
        let line_text = clean.as_ref().map_or(raw, |r| &cleaned[r.clone()]);
        let kind = match (line_text.is_empty(), keep_chrome) {
            (true, _) => Kind::Blank,
            (false, true) => Kind::Body,
            (false, false) => chrome::classify(line_text),
        };
        lines.push(Line {
            start,
            end,
            lf,
            clean,
            kind,
            drop: false,
            joins: false,
        });
        start = next;
    }
    unwrap::mark_wrapped(text, &cleaned, &mut lines);
    if !keep_chrome {
        let kinds: Vec<Kind> = lines.iter().map(|line| line.kind).collect();
        for (line, drop) in lines.iter_mut().zip(chrome::resolve(&kinds)) {
            line.drop = drop;
        }
        // A line is joined only to a line that stays with it.
        for i in 1..lines.len() {
            lines[i - 1].joins &= lines[i - 1].drop == lines[i].drop;
        }
    }
    Analysis { lines, cleaned }
}

/// The output, borrowed from the input for as long as it is a contiguous
/// slice of it, copied from the first change on.
struct Output<'a> {
    input: &'a str,
    borrowed: Range<usize>,
    owned: Option<String>,
}

impl<'a> Output<'a> {
    fn new(input: &'a str) -> Self {
        Output {
            input,
            borrowed: 0..0,
            owned: None,
        }
    }

    fn is_empty(&self) -> bool {
        self.owned
            .as_ref()
            .map_or(self.borrowed.is_empty(), String::is_empty)
    }

    /// Appends `input[range]`.
    fn keep(&mut self, range: Range<usize>) {
        match &mut self.owned {
            None if self.borrowed.is_empty() => self.borrowed = range,
            None if self.borrowed.end == range.start => self.borrowed.end = range.end,
            _ => {
                let input = self.input;
                self.owned_mut().push_str(&input[range]);
            }
        }
    }

    /// Appends text that is not in the input at this place.
    fn push(&mut self, s: &str) {
        self.owned_mut().push_str(s);
    }

    fn owned_mut(&mut self) -> &mut String {
        let (input, borrowed) = (self.input, self.borrowed.clone());
        self.owned.get_or_insert_with(|| {
            let mut owned = String::with_capacity(input.len() + 16);
            owned.push_str(&input[borrowed]);
            owned
        })
    }

    fn finish(self) -> Cow<'a, str> {
        match self.owned {
            Some(owned) => Cow::Owned(owned),
            None => Cow::Borrowed(&self.input[self.borrowed]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::seeds;

    fn norm(text: &str) -> Cow<'_, str> {
        normalize(text, NormalizeOptions::default())
    }

    /// (input, expected normalized text)
    const EXAMPLES: &[(&str, &str)] = &[
        ("Hội nghị\n", "Hội nghị\n"),
        ("Hội nghị", "Hội nghị\n"),
        ("Hội nghị\r\nnăm 2016\r\n", "Hội nghị\nnăm 2016\n"),
        ("Hội nghị\rnăm 2016\r", "Hội nghị\nnăm 2016\n"),
        ("A\n\n\n\nB\n", "A\n\nB\n"),
        ("\n\n  A  \n \n\u{A0}\nB\n\n\n", "A\n\nB\n"),
        ("Tỉnh uỷ  Thanh Hoá\n", "Tỉnh ủy Thanh Hóa\n"),
        ("Ho\u{0302}\u{0323}i nghi\u{0323}\n", "Hội nghị\n"),
        (
            "Bài viết\nLượt xem: 137\nNội dung\n",
            "Bài viết\nNội dung\n",
        ),
        (
            "Nội dung\n\nCác tin mới hơn\n\nCác tin cũ hơn\n",
            "Nội dung\n",
        ),
        (
            "Skip Ribbon Commands\nSkip to main content\n\nTiêu đề\n",
            "Tiêu đề\n",
        ),
        ("", ""),
        (" \n\u{A0}\n", ""),
    ];

    #[test]
    fn examples() {
        for (input, expected) in EXAMPLES {
            assert_eq!(norm(input), *expected, "input: {input:?}");
        }
    }

    #[test]
    fn normal_text_is_borrowed() {
        for text in ["Hội nghị\n\nNăm 2016\n", "", "Tỉnh ủy Sơn La\n"] {
            assert!(matches!(norm(text), Cow::Borrowed(_)), "{text:?}");
        }
        // a dropped last line still leaves a borrowed prefix
        assert!(matches!(
            norm("Nội dung\n\nLượt xem: 1\n"),
            Cow::Borrowed("Nội dung\n")
        ));
    }

    /// The lines of `text` that normalization drops as chrome, trimmed, in order.
    fn dropped_lines(text: &str) -> Vec<&str> {
        normalize_with_chrome(text, NormalizeOptions::default()).chrome
    }

    /// The exact chrome lines each seed loses; every other line is the article.
    /// Every seed has its row, in the order of `seeds::ALL`.
    const DROPPED: &[(&str, &[&str])] = &[
        (
            seeds::SON_LA_2016,
            &[
                "THỐNG KÊ TRUY CẬP",
                "Tổng số lượt truy cập: 40503542",
                "Số người đang truy cập: 41",
            ],
        ),
        (seeds::BAC_KAN_2017, &["Các tin mới hơn", "Các tin cũ hơn"]),
        (
            seeds::CCHC_INDEX_2015,
            &["Skip Ribbon Commands", "Skip to main content"],
        ),
        (
            seeds::AN_GIANG_2015,
            &[
                "Truy cập hiện tại",
                "Đang có 78\u{A0}khách và không thành viên đang online",
                "Số lần xem các bài viết",
                "21162408",
            ],
        ),
        (
            seeds::SON_LA_SIPAS_2022,
            &[
                "Lượt xem: 137",
                "anh tin bai",
                "anh tin bai",
                "Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.",
                "Địa chỉ: Tầng 4, tòa nhà 9 tầng - Khu Trụ sở HĐND - UBND - UBMTTQVN tỉnh và một số Sở, ban, ngành của tỉnh. Phường Chiềng Cơi, thành phố Sơn La",
                "Chịu trách nhiệm quản lý nội dung: Lương Thị Như Hoa - Giám đốc Sở",
                "ĐT: Văn phòng sở (0212).3752.630 - Phòng CCHC (0212).3751.890 FAX: (0212).3855.743",
                "E-mail: snv@sonla.gov.vn - Website:http://sonoivu.sonla.gov.vn",
                "Được thiết lập theo Giấy phép hoạt động trang thông tin điện tử tổng hợp số: 06/GP-TTĐT ngày 19/6/2019 của Sở Thông tin và Truyền thông.",
                "Chung nhan Tin Nhiem Mang",
            ],
        ),
    ];

    #[test]
    fn seeds_drop_exactly_their_chrome_lines() {
        for (i, (text, expected)) in DROPPED.iter().enumerate() {
            assert_eq!(dropped_lines(text), *expected, "seed {i}");
            // and none of them is left in the normalized text
            let normalized = norm(text);
            for line in *expected {
                let clean: String = line.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(!normalized.lines().any(|l| l == clean), "seed {i}: {line}");
            }
        }
    }

    #[test]
    fn no_article_line_is_lost() {
        for (i, text) in seeds::ALL.iter().enumerate() {
            let dropped = dropped_lines(text);
            let normalized = norm(text);
            let kept: Vec<&str> = normalized.lines().collect();
            for line in text.lines() {
                let clean = norm(line);
                let clean = clean.trim_end_matches('\n');
                if clean.is_empty() || dropped.contains(&line.trim()) {
                    continue;
                }
                assert!(kept.contains(&clean), "seed {i}: lost {line:?}");
            }
        }
    }

    #[test]
    fn keep_chrome_keeps_chrome() {
        let text = "Nội dung\nLượt xem: 137\n";
        let kept = normalize(text, NormalizeOptions { keep_chrome: true });
        assert_eq!(kept, text);
    }
}
