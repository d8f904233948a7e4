//! Award mentions: the award and title names found by one automaton, read
//! whole ("Huân chương Lao động hạng Ba", "danh hiệu …"), and the HTML block
//! and sentence each is read in.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::text::fold::{lower_aligned, push_lower_aligned};
use crate::text::front_matter::front_matter_end;
use crate::text::words::is_whole_word;

use super::count::{COLLECTIVES, INDIVIDUALS, first_count, received_here};
use super::{AWARDS, GENERIC, TITLE_WORD, TITLES};

/// Every name the automaton looks for: [`AWARDS`], [`TITLES`], and each
/// with "chiến sỹ" for "chiến sĩ" (both spellings are current).
pub(super) fn all_names() -> Vec<String> {
    let mut names: Vec<String> = AWARDS.iter().chain(TITLES).map(|n| n.to_string()).collect();
    let variants: Vec<String> = names
        .iter()
        .filter(|n| n.contains("sĩ"))
        .map(|n| n.replace("sĩ", "sỹ"))
        .collect();
    names.extend(variants);
    names
}

pub(super) static AWARD_NAMES: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(all_names())
        .unwrap()
});

/// Pieces of the award names, one inside each name, each with at most one
/// non-ASCII char. They are searched, with that char in either case, in the
/// text with only its ASCII letters lower-cased: lower-casing is aligned and
/// never turns a non-ASCII char into ASCII, so a name in the lower-cased text
/// always shows its anchor there.
pub(super) const ANCHOR_PIECES: &[&str] = &[
    // Each starts with bytes rare in Vietnamese prose, as the prefilter keys
    // on its first bytes: "đua", not " thi "; "ầy th", not "y thu".
    "khen",
    "đua",
    "xuất s",
    "huân ch",
    "huy ch",
    "niệm ch",
    "lao đ",
    "vũ tr",
    "giáo",
    "ầy th",
    "danh hi",
    "tiên ti",
    "thắng",
];

pub(super) static ANCHORS: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    for anchor in ANCHOR_PIECES {
        patterns.push(regex::escape(anchor));
        if let Some(c) = anchor.chars().find(|c| !c.is_ascii()) {
            patterns.push(regex::escape(
                &anchor.replace(c, &c.to_uppercase().to_string()),
            ));
        }
    }
    // A literal alternation: the regex crate gives it a SIMD prefilter
    // (aho-corasick does not, for these patterns, and walks every byte).
    regex::bytes::Regex::new(&patterns.join("|")).unwrap()
});

pub(super) static LONGEST_NAME: LazyLock<usize> =
    LazyLock::new(|| all_names().iter().map(|n| n.len()).max().unwrap_or(0));

/// Award names in `text` (whole words), as the name automaton finds them in the
/// lower-cased text: only the merged windows around anchors are lower-cased.
pub(super) fn award_names(text: &str) -> Vec<(usize, usize)> {
    // A non-overlapping scan may skip an anchor that overlaps one it reports,
    // so each window reaches a whole name's length either side: any name
    // whose anchor overlaps the reported one still lies inside it.
    let reach = *LONGEST_NAME;
    let ascii_lower = text.as_bytes().to_ascii_lowercase();
    let mut windows: Vec<(usize, usize)> = ANCHORS
        .find_iter(&ascii_lower)
        .map(|m| {
            (
                text.floor_char_boundary(m.start().saturating_sub(reach)),
                text.ceil_char_boundary(m.end() + reach),
            )
        })
        .collect();
    let mut hits = Vec::new();
    if windows.is_empty() {
        return hits;
    }
    windows.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(windows.len());
    for (lo, hi) in windows {
        match merged.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => merged.push((lo, hi)),
        }
    }
    // No name crosses a window's edge (each lies inside its anchor's window),
    // so leftmost-longest matching per window equals matching the whole text.
    let mut lower = String::new();
    for (lo, hi) in merged {
        lower.clear();
        push_lower_aligned(&text[lo..hi], &mut lower);
        hits.extend(
            AWARD_NAMES
                .find_iter(&lower)
                .map(|m| (lo + m.start(), lo + m.end()))
                .filter(|&(s, e)| is_whole_word(text, s, e)),
        );
    }
    hits
}

/// One award name in the text, as the statements are read around it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Mention {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The award as reported: lower case, without quotes.
    pub(super) award: String,
    /// A title that continues a list of titles given, right after its
    /// counted recipients: "đạt danh hiệu A, 50 cán bộ B" gives B to the 50.
    pub(super) listed: bool,
}

impl Mention {
    /// "khen thưởng" alone: the act, no award named.
    pub(super) fn is_generic(&self) -> bool {
        self.award == GENERIC
    }

    pub(super) fn is_title(&self) -> bool {
        self.award.starts_with(TITLE_WORD)
    }

    /// A title only a person holds: "(danh hiệu) chiến sĩ thi đua cơ sở".
    pub(super) fn is_person_title(&self) -> bool {
        let title = self.award.strip_prefix(TITLE_WORD).unwrap_or(&self.award);
        PERSON_TITLES
            .iter()
            .any(|p| title.trim_start().starts_with(p))
    }

    /// The award's name as output: a title is "danh hiệu …" whether the
    /// text writes "danh hiệu" or not ("13 Chiến sĩ thi đua toàn quốc").
    pub(super) fn output_name(&self) -> String {
        if TITLE_AWARDS
            .iter()
            .any(|title| self.award.starts_with(title))
        {
            format!("{TITLE_WORD} {}", self.award)
        } else {
            self.award.clone()
        }
    }
}

/// HTML block tags left in a page (`</p><p>`, `<br>`, `<td>`): a statement
/// never runs across one.
pub(super) const BLOCK_TAGS: &[&str] = &[
    "p", "br", "div", "li", "ul", "ol", "td", "th", "tr", "table", "h1", "h2", "h3", "h4", "h5",
    "h6",
];

/// The sentence `s_start..s_end` around the award at `start..end`, narrowed
/// to the HTML block that holds the award.
pub(super) fn block_bounds(
    text: &str,
    s_start: usize,
    start: usize,
    end: usize,
    s_end: usize,
) -> (usize, usize) {
    let is_block_tag = |at: usize| {
        let tag = text[at + 1..].strip_prefix('/').unwrap_or(&text[at + 1..]);
        let name_len = tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len());
        let name = tag[..name_len].to_ascii_lowercase();
        BLOCK_TAGS.contains(&name.as_str()) && tag[name_len..].starts_with(['>', ' ', '/'])
    };
    let from = memchr::memrchr_iter(b'<', &text.as_bytes()[s_start..start])
        .map(|i| s_start + i)
        .find(|&at| is_block_tag(at))
        .and_then(|at| text[at..start].find('>').map(|gt| at + gt + 1))
        .unwrap_or(s_start);
    let to = memchr::memchr_iter(b'<', &text.as_bytes()[end..s_end])
        .map(|i| end + i)
        .find(|&at| is_block_tag(at))
        .unwrap_or(s_end);
    (from, to)
}

/// The award names of the body (after any front matter), read whole: "danh
/// hiệu" with the title after it, "Huân chương" with its capitalized name
/// and its class.
pub(super) fn mentions(text: &str) -> Vec<Mention> {
    let body = front_matter_end(text);
    let hits = award_names(text);
    let mut out: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i < hits.len() {
        let (start, end) = hits[i];
        i += 1;
        if start < body {
            continue;
        }
        let name = lower_aligned(&text[start..end]);
        if name == TITLE_WORD {
            if let Some((title_end, title, took_next)) = title_after(text, end, hits.get(i)) {
                i += usize::from(took_next);
                out.push(Mention {
                    start,
                    end: title_end,
                    award: format!("{TITLE_WORD} {title}"),
                    listed: false,
                });
            }
            continue;
        }
        // A title right after an award says what it was given for: "Bằng
        // khen tập thể lao động xuất sắc" is a bằng khen.
        if out
            .last()
            .is_some_and(|m| text.get(m.end..start) == Some(" "))
        {
            continue;
        }
        if TITLES.contains(&name.replace("sỹ", "sĩ").as_str()) {
            let listed = out
                .last()
                .is_some_and(|list| listed_after(text, list, start));
            // "5.719 đơn vị đạt Tập thể lao động xuất sắc": a title received.
            if listed || received_here(&text[..start], false) {
                out.push(Mention {
                    start,
                    end,
                    award: format!("{TITLE_WORD} {name}"),
                    listed,
                });
            }
            continue;
        }
        let (end, award) = whole_name(text, start, end, name);
        out.push(Mention {
            start,
            end,
            award,
            listed: false,
        });
    }
    out
}

/// The awards of [`AWARDS`] that are titles (danh hiệu), not objects.
const TITLE_AWARDS: &[&str] = &["chiến sĩ thi đua", "anh hùng", "nhà giáo", "thầy thuốc"];

/// The titles only a person holds (a unit can be a hero).
const PERSON_TITLES: &[&str] = &["chiến sĩ thi đua", "nhà giáo", "thầy thuốc"];

/// True when the title at `start` continues the list of titles that `list`
/// opened: `list` is a title, and only ", " and the counted recipients of
/// this one stand between ("danh hiệu đơn vị thi đua quyết thắng, 50 cán bộ
/// chiến sỹ tiên tiến").
pub(super) fn listed_after(text: &str, list: &Mention, start: usize) -> bool {
    if !list.is_title() || list.end >= start {
        return false;
    }
    let Some(between) = text[list.end..start].strip_prefix(", ") else {
        return false;
    };
    let offset = start - between.len();
    [&*COLLECTIVES, &*INDIVIDUALS].iter().any(|re| {
        first_count(re, text, offset, between)
            .is_some_and(|(at, to, _)| at == offset && to + 1 == start)
    })
}

/// The title after "danh hiệu" ending at `end`: a listed title ("danh hiệu
/// Chiến sĩ thi đua cơ sở", the `next` hit) or any quoted one ("danh hiệu
/// “DN Đà Nẵng tiêu biểu”"), with its closing quote. Its end, its name in
/// lower case, and whether it took the `next` hit.
pub(super) fn title_after(
    text: &str,
    end: usize,
    next: Option<&(usize, usize)>,
) -> Option<(usize, String, bool)> {
    let rest = text[end..].strip_prefix(' ')?;
    let (open, close) = match rest.chars().next()? {
        '“' => ('“', '”'),
        '"' => ('"', '"'),
        '«' => ('«', '»'),
        '\'' => ('\'', '\''),
        _ => (' ', ' '),
    };
    let quoted = open != ' ';
    let title_start = end + 1 + if quoted { open.len_utf8() } else { 0 };
    if let Some(&(s, e)) = next.filter(|h| h.0 == title_start) {
        let closing = if quoted && text[e..].starts_with(close) {
            close.len_utf8()
        } else {
            0
        };
        return Some((e + closing, lower_aligned(&text[s..e]), true));
    }
    if !quoted {
        return None;
    }
    // A quoted title not in the lexicon: a short name on one line.
    let window = &text[title_start..text.ceil_char_boundary(title_start + 120)];
    let title = &window[..window.find(close)?];
    let fits = title.starts_with(char::is_alphanumeric)
        && !title.contains('\n')
        && title.split_whitespace().count() <= 10;
    fits.then(|| {
        (
            title_start + title.len() + close.len_utf8(),
            lower_aligned(title.trim_end()),
            false,
        )
    })
}

/// The name of the award at `start..end` (`name`, lower case) read whole:
/// a bare "Huân chương" takes the capitalized words of its name after it
/// ("Huân chương Tự do"), and an order its class ("hạng Nhất").
pub(super) fn whole_name(
    text: &str,
    start: usize,
    mut end: usize,
    name: String,
) -> (usize, String) {
    if !name.starts_with("huân chương") {
        return (end, name);
    }
    if name == "huân chương" {
        // Capitalized words; after one alone, its second syllable ("Tự do").
        let mut taken = 0;
        while taken < 4 {
            let Some(word) = text[end..].strip_prefix(' ') else {
                break;
            };
            let len = word
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(word.len());
            let capital = word.starts_with(char::is_uppercase);
            let second_syllable = taken == 1
                && len > 0
                && word.starts_with(char::is_lowercase)
                && !NOT_IN_A_NAME.contains(&&word[..len]);
            if len == 0 || !(capital || second_syllable) {
                break;
            }
            end += 1 + len;
            taken += 1;
            if second_syllable {
                break;
            }
        }
    }
    if !name.contains(" hạng ") {
        let rest = lower_aligned(&text[end..text.ceil_char_boundary(end + 16)]);
        for class in [" hạng nhất", " hạng nhì", " hạng ba"] {
            if rest.starts_with(class)
                && !text[end + class.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                end += class.len();
                break;
            }
        }
    }
    (end, lower_aligned(&text[start..end]))
}

/// Words that end an order's name rather than continue it: "Huân chương
/// Tự do của tổng thống", "Huân chương Hữu nghị cho …".
pub(super) const NOT_IN_A_NAME: &[&str] = &[
    "của", "cho", "và", "vì", "tại", "được", "năm", "hạng", "từ", "trong", "với", "đã", "là",
    "đến", "lần",
];
