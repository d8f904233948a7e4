//! Where a province mention stands: in the article, on a source line, in
//! the publisher's footer or masthead, or in the page's furniture.
//!
//! The body is the headline, sapo, text and captions; the publisher's lines
//! and the page's menus are not (GUIDE: "menus, counters, footers, related
//! links, front matter and markup are not the body"). The normalizer drops
//! the chrome lines it recognises; these rules place what it leaves:
//!
//! 1. The stretch of text a mention is judged by is its line, or in a line of
//!    HTML the text between the tags around it ("<p>Địa chỉ: …, tỉnh Đăk
//!    Nông</p>" is judged as "Địa chỉ: …, tỉnh Đăk Nông").
//! 2. Source: a stretch opening "Nguồn" ("Nguồn: Cổng thông tin điện tử tỉnh
//!    Bắc Kạn"). A dateline credit ("(Baothanhhoa.vn) - Ngày …") is one too
//!    (see `credit.rs`).
//! 3. Footer: a stretch opening with a footer's word ("Bản quyền", "©",
//!    "Cơ quan chủ quản", "Chịu trách nhiệm", "Giấy phép", "Địa chỉ", "Điện
//!    thoại", "ĐT:", "E-mail", "Website", "Fax") or holding "Bản quyền thuộc"
//!    near its start; and a masthead, a stretch that is only the name of a
//!    portal ending in the province ("TRANG THÔNG TIN ĐIỆN TỬ THANH TRA TỈNH
//!    ĐĂK NÔNG", "Cổng thông tin điện tử tỉnh Sơn La"), where a sentence
//!    goes on ("Cổng thông tin tỉnh Sơn La lần đầu tiên thực hiện …").
//! 4. Chrome, neither body nor evidence: the text of an `<option>` (a "Liên
//!    kết web" list of other portals); the front matter of a Markdown post
//!    (from a first line "---" to the next; its title repeats the headline
//!    after a search keyword: `title: " [Huế] Huế là thành phố …"`); the alt
//!    text of a Markdown image (`![Headline again](…)`).
//!
//! Source lines count as the body's mentions (a newspaper's name is one);
//! footers and chrome do not. Source and footer lines are the publisher's
//! evidence of the subject province (`subject.rs`).

use std::sync::LazyLock;

use memchr::memmem;
use serde::Serialize;

use super::ProvinceMention;
use crate::text::fold::{eq_folded, fold_char};

/// Where a mention stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Place {
    /// The article: headline, sapo, text, captions.
    Body,
    /// A source line or a dateline credit.
    Source,
    /// The publisher's footer or masthead.
    Footer,
    /// Page furniture: a menu's options, front matter, an image's alt text.
    Chrome,
}

impl Place {
    /// True where a mention counts as one of the body's: the article and its
    /// source credit.
    pub fn in_body(self) -> bool {
        matches!(self, Place::Body | Place::Source)
    }
}

/// Line starts that mark a publisher's footer (folded).
const FOOTER_STARTS: &[&str] = &[
    "bản quyền",
    "copyright",
    "©",
    "cơ quan chủ quản",
    "chịu trách nhiệm",
    "giấy phép",
    "địa chỉ",
    "điện thoại",
    "đt:",
    "e-mail",
    "email",
    "website",
    "fax",
];

/// The first characters of [`FOOTER_STARTS`].
const FOOTER_FIRSTS: &str = "bc©gđewf";

/// The words a portal's name opens with (folded).
const PORTAL_NAMES: &[&str] = &["cổng thông tin", "trang thông tin"];

/// A publisher's footer that need not start its line.
const COPYRIGHT: &str = "Bản quyền thuộc";

/// How far into a line a footer's "Bản quyền thuộc" may stand, in characters.
pub(super) const FOOTER_HEAD_CHARS: usize = 160;

/// True when `line`, whose first character folded is `first`, opens with
/// `word` (folded), in any case.
fn opens_with_from(line: &str, first: char, word: &str) -> bool {
    // A word the line starts with starts with its first letter, folded: most
    // words are out before their characters are counted.
    word.starts_with(first)
        && line
            .char_indices()
            .map(|(i, _)| i)
            .chain([line.len()])
            .nth(word.chars().count())
            .is_some_and(|end| eq_folded(&line[..end], word))
}

/// True when `line` opens with `word` (folded), in any case.
fn opens_with(line: &str, word: &str) -> bool {
    line.chars()
        .next()
        .is_some_and(|first| opens_with_from(line, fold_char(first), word))
}

/// Rules 2 and 3 on a stretch of text: source, footer or body.
pub(super) fn stretch_place(stretch: &str) -> Place {
    let stretch = stretch.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == '-');
    let Some(first) = stretch.chars().next().map(fold_char) else {
        return Place::Body;
    };
    // Most stretches open with a letter no footer word opens with.
    let footer_first = FOOTER_FIRSTS.contains(first);
    if first == 'n' && opens_with_from(stretch, first, "nguồn") {
        Place::Source
    } else if footer_first
        && FOOTER_STARTS
            .iter()
            .any(|w| opens_with_from(stretch, first, w))
        || has_copyright_in_head(stretch)
    {
        Place::Footer
    } else {
        Place::Body
    }
}

/// Rule 3: the stretch is a portal's name that the mention ends.
fn is_masthead(stretch: &str, after_mention: &str) -> bool {
    // The end first: trimmed from the back, it is out on its last character.
    after_mention
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '|'))
        .is_empty()
        && PORTAL_NAMES
            .iter()
            .any(|name| opens_with(stretch.trim_start(), name))
}

/// True when `line`'s first [`FOOTER_HEAD_CHARS`] characters hold
/// [`COPYRIGHT`].
pub(super) fn has_copyright_in_head(line: &str) -> bool {
    // One finder built once (building one per line cost more than the
    // search), over the bytes the head can span (a character has at most
    // four); characters are counted only when it is found, where its first
    // occurrence ends (any other ends later).
    static FINDER: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(COPYRIGHT.as_bytes()));
    let bytes = line.as_bytes();
    let span = &bytes[..bytes.len().min(4 * FOOTER_HEAD_CHARS)];
    FINDER
        .find(span)
        .is_some_and(|at| at + COPYRIGHT.len() <= first_chars(line, FOOTER_HEAD_CHARS).len())
}

/// The first `n` characters of `line`: all of it when it has no more bytes
/// than that (most lines), without counting its characters.
pub(super) fn first_chars(line: &str, n: usize) -> &str {
    if line.len() <= n {
        return line;
    }
    &line[..line.char_indices().nth(n).map_or(line.len(), |(i, _)| i)]
}

/// The stretches around mentions, found from the mentions themselves:
/// mentions come in text order, so the next one is most often in the line
/// or stretch just found; a text's lines are never all listed, and each
/// stretch of a long line of HTML is scanned once.
pub(super) struct Places {
    /// The last line found: its start, its end (a newline or the text's
    /// end), whether it holds markup, and its place when it does not.
    line: Option<(usize, usize, bool, Place)>,
    /// Where the alt text of a Markdown image that opens the last line
    /// found ends (its "]("), if it is one.
    alt_end: Option<usize>,
    /// The last stretch between tags found: start, end, place (before the
    /// masthead rule), whether it is an option's text, and the start of the
    /// span it was found from (it holds for spans from there to its end).
    stretch: Option<(usize, usize, Place, bool, usize)>,
}

impl Places {
    pub(super) fn new() -> Places {
        Places {
            line: None,
            alt_end: None,
            stretch: None,
        }
    }

    /// The stretch around the span `start..end` and the span's place.
    pub(super) fn at<'a>(&mut self, text: &'a str, start: usize, end: usize) -> (&'a str, Place) {
        let bytes = text.as_bytes();
        let (line_start, line_end, markup, line_place) = match self.line {
            Some(line @ (s, e, _, _)) if (s..=e).contains(&start) => line,
            _ => {
                let s = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
                let e = memchr::memchr(b'\n', &bytes[start..]).map_or(text.len(), |i| start + i);
                let line = &text[s..e];
                let markup = memchr::memchr(b'<', line.as_bytes()).is_some();
                let place = if markup {
                    Place::Body
                } else {
                    stretch_place(line)
                };
                self.stretch = None;
                self.alt_end = line
                    .strip_prefix("![")
                    .and_then(|alt| memchr::memmem::find(alt.as_bytes(), b"]("))
                    .map(|at| s + 2 + at);
                (s, e, markup, place)
            }
        };
        self.line = Some((line_start, line_end, markup, line_place));
        if self.alt_end.is_some_and(|alt_end| end <= alt_end) {
            return (&text[line_start..line_end], Place::Chrome);
        }
        let (from, to, place) = if markup {
            let (from, to, place, option) = match self.stretch {
                Some((s, e, place, option, anchor)) if anchor <= start && end <= e => {
                    (s, e, place, option)
                }
                _ => {
                    let (s, e, place, option) =
                        stretch_between_tags(text, line_start, line_end, start, end);
                    self.stretch = Some((s, e, place, option, start));
                    (s, e, place, option)
                }
            };
            (from, to, if option { Place::Chrome } else { place })
        } else {
            (line_start, line_end, line_place)
        };
        let stretch = &text[from..to];
        let end = end.min(to);
        if place == Place::Body && is_masthead(stretch, &text[end..to]) {
            return (stretch, Place::Footer);
        }
        (stretch, place)
    }
}

/// Rule 1: the text between the tag closing before `start` (a '>' with its
/// '<' on the line) and the next '<' or '>' after `end`, within the line; its
/// place; and whether the tag before is an `<option>` (rule 4).
fn stretch_between_tags(
    text: &str,
    line_start: usize,
    line_end: usize,
    start: usize,
    end: usize,
) -> (usize, usize, Place, bool) {
    let bytes = text.as_bytes();
    let before = &bytes[line_start..start];
    let tag = memchr::memrchr(b'>', before).and_then(|gt| {
        memchr::memrchr(b'<', &before[..gt]).map(|lt| (line_start + lt, line_start + gt + 1))
    });
    let from = tag.map_or(line_start, |(_, after)| after);
    // Up to a '<' or a '>': no '>' then stands between the stretch's start
    // and any later span in it, nor a '<' between such a span and the
    // stretch's end, so every later span in it has this same stretch.
    let to = memchr::memchr2(b'<', b'>', &bytes[end..line_end]).map_or(line_end, |i| end + i);
    let option = tag.is_some_and(|(lt, _)| {
        bytes
            .get(lt + 1..lt + 7)
            .is_some_and(|name| name.eq_ignore_ascii_case(b"option"))
    });
    (from, to, stretch_place(&text[from..to]), option)
}

/// Where the front matter of a Markdown post ends: a text opening with a
/// line "---" runs to the next line "---" (`None` without one).
pub(super) fn front_matter_end(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("---\n")?;
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&rest.as_bytes()[from..], b"\n---") {
        let end = 4 + from + at + 4;
        if matches!(text.as_bytes().get(end), None | Some(b'\n')) {
            return Some(end);
        }
        from += at + 4;
    }
    None
}

/// Sets the place of every mention in `mentions` (in text order).
pub(super) fn locate(text: &str, mentions: &mut [ProvinceMention]) {
    let front_matter = front_matter_end(text).unwrap_or(0);
    let mut places = Places::new();
    for mention in mentions {
        mention.place = if mention.start < front_matter {
            Place::Chrome
        } else {
            places.at(text, mention.start, mention.end).1
        };
    }
}

#[cfg(test)]
mod tests;
